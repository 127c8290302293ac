//! Header fields: bylines and headline section prefixes.
//!
//! Bylines: `Caroline White`, `By Jane Smith and Tom Brown`,
//! `Jane Smith, Health Correspondent`, `Mark Smith 07 March 2019`,
//! `By Ann Lee | 5 May 2021`.

use jiff::civil::Date;
use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag_no_case, take_while, take_while1},
    character::complete::{char, satisfy},
    combinator::{all_consuming, opt, recognize, verify},
    multi::many1,
    sequence::preceded,
};

use crate::{date, normalize};

/// An author line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Byline {
    /// Author names as printed, without "By".
    pub(crate) names: Vec<String>,
    /// A date printed on the same line.
    pub(crate) date: Option<Date>,
    /// Nothing but names: no "By", no role, no date ("Caroline White").
    pub(crate) bare: bool,
}

/// Read `line` as a byline. Lines without "By" must be nothing but names
/// (with an optional role after a comma and an optional date), so that
/// navigation such as "Top Stories" is not taken for an author.
pub(crate) fn byline(line: &str) -> Option<Byline> {
    let text = normalize::collapse(line);
    if text.is_empty() || text.len() > 160 {
        return None;
    }
    // A date on the line is cut out with the label before it ("Posted on")
    // and the time after it; the names stand before or after it.
    let (names_text, date) = match date::find_date(&text) {
        Some((range, found)) => {
            let before = strip_date_label(text.get(..range.start).unwrap_or(""));
            let after = strip_time(text.get(range.end..).unwrap_or(""));
            match (before.is_empty(), after.is_empty()) {
                (false, true) => (before.to_owned(), Some(found)),
                (true, false) => (after.to_owned(), Some(found)),
                _ => return None,
            }
        }
        None => (text, None),
    };
    let (has_by, rest) = match strip_by(&names_text) {
        Some(rest) => (true, rest),
        None => (false, names_text.as_str()),
    };
    // Drop social handles and trailing separators.
    let rest: String = rest
        .split(' ')
        .filter(|w| !w.starts_with('@'))
        .collect::<Vec<_>>()
        .join(" ");
    let rest = rest.trim_end_matches(SEPARATORS);
    // "Staff reporter", "By our correspondent": a byline naming nobody.
    if is_staff_credit(rest) {
        return Some(Byline {
            names: Vec::new(),
            date,
            bare: false,
        });
    }
    // "Jane Smith - Health Reporter", "Jane Smith | Health Editor".
    let rest = match [" - ", " – ", " | "]
        .iter()
        .find_map(|sep| rest.split_once(sep))
    {
        Some((names, role)) if is_role(role) => names,
        Some(_) => return None,
        None => rest,
    };
    let names = names_with_roles(rest, has_by)?;
    let bare = !has_by && date.is_none() && !rest.contains(',') && names.join(" and ") == rest;
    Some(Byline { names, date, bare })
}

/// Words of a credit that names no one: "Staff reporter", "By our
/// correspondent", "Staff and agencies", "Newsdesk".
const STAFF_WORDS: &[&str] = &[
    "staff",
    "our",
    "and",
    "agencies",
    "reporter",
    "reporters",
    "writer",
    "writers",
    "correspondent",
    "newsdesk",
    "desk",
    "news",
    "web",
];

fn is_staff_credit(text: &str) -> bool {
    // At most four words: longer lines are ruled out before any is
    // lower-cased.
    let raw: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).take(5).collect();
    if raw.len() > 4 {
        return false;
    }
    let words: Vec<String> = raw.iter().map(|w| w.to_lowercase()).collect();
    let anchored = words
        .iter()
        .any(|w| matches!(w.as_str(), "staff" | "our" | "agencies" | "newsdesk"));
    (1..=4).contains(&words.len())
        && anchored
        && words.iter().all(|w| STAFF_WORDS.contains(&w.as_str()))
        && words.first().is_some_and(|w| w != "and")
}

const SEPARATORS: &[char] = &[' ', ',', '|', '-', '–', '—', '·', '•'];

/// `before` without trailing separators and a date label ("Posted on").
fn strip_date_label(before: &str) -> &str {
    let mut rest = before.trim_end_matches(SEPARATORS);
    for label in [
        "on",
        "posted",
        "published",
        "updated",
        "first published",
        "last updated",
    ] {
        crate::work::tick(1);
        if rest.len() >= label.len() {
            let cut = rest.len() - label.len();
            let at_word = cut == 0 || rest.get(..cut).is_some_and(|s| s.ends_with(' '));
            if at_word
                && rest
                    .get(cut..)
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(label))
            {
                rest = rest.get(..cut).unwrap_or("").trim_end_matches(SEPARATORS);
            }
        }
    }
    rest
}

/// `after` without leading separators and a time ("09:30", "at 10am").
fn strip_time(after: &str) -> &str {
    let rest = after.trim_start_matches(SEPARATORS);
    let rest = rest.strip_prefix("at ").unwrap_or(rest);
    let time_len = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
        .unwrap_or(rest.len());
    if time_len == 0 {
        return rest;
    }
    let rest = rest.get(time_len..).unwrap_or("");
    let rest = rest.trim_start();
    let rest = ["am", "pm", "a.m.", "p.m.", "GMT", "BST", "UTC"]
        .iter()
        .find_map(|suffix| rest.strip_prefix(suffix))
        .unwrap_or(rest);
    rest.trim_start_matches(SEPARATORS)
}

/// Names in groups joined by "and" or "&", each group either a list of
/// names or one name followed by a role: "Ben Li, Polling Editor, and Ann
/// Lee" gives Ben Li and Ann Lee.
fn names_with_roles(text: &str, has_by: bool) -> Option<Vec<String>> {
    let is_name =
        |part: &str| all_consuming(name).parse(part).is_ok() && plausible_name(part, has_by);
    let mut names = Vec::new();
    let groups = text
        .split(", and ")
        .flat_map(|part| part.split(" and "))
        .flat_map(|part| part.split(" & "));
    for group in groups {
        crate::work::tick(1);
        let group = group.trim_matches(SEPARATORS);
        let parts: Vec<&str> = group.split(", ").collect();
        // "By Ann Lee and Omar Haddad, Coastal Wire Service": after a comma,
        // a name made of an outlet's words is the desk, not a third author.
        let outlet = |part: &str| {
            part.split(' ')
                .any(|w| NOT_NAMES.contains(&w.to_lowercase().as_str()))
        };
        if parts
            .iter()
            .enumerate()
            .all(|(k, part)| is_name(part) && (k == 0 || !outlet(part)))
        {
            names.extend(parts.iter().map(|part| (*part).to_owned()));
            continue;
        }
        if let Some((first, role)) = group.split_once(", ") {
            if !is_role(role) || !is_name(first) {
                return None;
            }
            names.push(first.to_owned());
            continue;
        }
        // "Sarah Hill Health correspondent": a name, then a role without
        // a comma, told apart by a job word.
        let words: Vec<&str> = group.split(' ').collect();
        // The job word is looked up once per word, and first: most groups
        // (a headline, a caption) have none and are done with.
        let job_word: Vec<bool> = words
            .iter()
            .map(|w| ROLE_WORDS.contains(&w.to_lowercase().as_str()))
            .collect();
        let split = (2..words.len().min(5)).find(|&k| {
            job_word.get(k..).is_some_and(|after| after.contains(&true))
                && is_role(&words[k..].join(" "))
                && is_name(&words[..k].join(" "))
        })?;
        names.push(words[..split].join(" "));
    }
    (!names.is_empty()).then_some(names)
}

fn strip_by(text: &str) -> Option<&str> {
    [
        "by ",
        "posted by ",
        "written by ",
        "words by ",
        "words: ",
        "author: ",
        "reporting by ",
    ]
    .iter()
    .find_map(|prefix| {
        let head = text.get(..prefix.len())?;
        head.eq_ignore_ascii_case(prefix)
            .then(|| text.get(prefix.len()..))
            .flatten()
    })
}

/// A job title or desk: a few words, no digits, no sentence punctuation.
fn is_role(role: &str) -> bool {
    let words = role.split(' ').filter(|w| !w.is_empty()).count();
    (1..=7).contains(&words)
        && !role
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '.' | '!' | '?' | ':' | '“' | '"'))
}

type Res<'a, T> = IResult<&'a str, T>;

/// A personal name: an optional honorific, then capitalised words,
/// initials and particles ("Anna de la Cruz", "J. K. Rowling").
fn name(input: &str) -> Res<'_, &str> {
    verify(
        recognize((
            opt((honorific, char(' '))),
            alt((name_word, initial)),
            many1(preceded(char(' '), alt((name_word, initial, particle)))),
        )),
        // The surname is a word, not an initial.
        |name: &str| {
            name.rsplit(' ')
                .next()
                .is_some_and(|last| last.chars().count() > 1 && !last.ends_with('.'))
        },
    )
    .parse(input)
    .or_else(|_: nom::Err<nom::error::Error<&str>>| {
        // A single word is a name only after "By" (checked by the caller).
        name_word(input)
    })
}

fn name_word(input: &str) -> Res<'_, &str> {
    verify(
        recognize((
            satisfy(|c| c.is_uppercase()),
            take_while1(|c: char| c.is_alphabetic() || matches!(c, '\'' | '’' | '-')),
        )),
        // "LocalGov" is a brand, "McDonald" and "O’Neill" are names; a
        // wire byline prints names in capitals ("By DANA WHITFIELD").
        |word: &str| {
            !word.ends_with(['-', '\'', '’'])
                && (!camel_case(word) || word.chars().all(|c| !c.is_lowercase()))
        },
    )
    .parse(input)
}

fn camel_case(word: &str) -> bool {
    let mut prev: Option<char> = None;
    let mut chars = word.chars().peekable();
    let mut idx = 0;
    while let Some(c) = chars.next() {
        crate::work::tick(1);
        if idx > 0 && c.is_uppercase() {
            let after_prefix =
                word.starts_with("Mc") && idx == 2 || word.starts_with("Mac") && idx == 3;
            let after_mark = prev.is_some_and(|p| matches!(p, '-' | '\'' | '’'));
            if !after_prefix && !after_mark {
                return true;
            }
        }
        prev = Some(c);
        idx += 1;
        let _ = chars.peek();
    }
    false
}

fn initial(input: &str) -> Res<'_, &str> {
    recognize((satisfy(|c| c.is_uppercase()), opt(char('.')))).parse(input)
}

fn particle(input: &str) -> Res<'_, &str> {
    verify(take_while1(|c: char| c.is_lowercase()), |w: &str| {
        matches!(
            w,
            "de" | "da"
                | "di"
                | "du"
                | "del"
                | "della"
                | "van"
                | "von"
                | "der"
                | "den"
                | "la"
                | "le"
                | "bin"
                | "al"
                | "el"
                | "ter"
                | "ten"
                | "dos"
                | "das"
        )
    })
    .parse(input)
}

fn honorific(input: &str) -> Res<'_, &str> {
    recognize((
        alt((
            tag_no_case("professor"),
            tag_no_case("prof"),
            tag_no_case("dr"),
            tag_no_case("sir"),
            tag_no_case("dame"),
            tag_no_case("lord"),
            tag_no_case("lady"),
            tag_no_case("mrs"),
            tag_no_case("mr"),
            tag_no_case("ms"),
            tag_no_case("miss"),
        )),
        take_while(|c| c == '.'),
    ))
    .parse(input)
}

/// Capitalised words that, standing in a short line, are page furniture or
/// ordinary words rather than a person's name.
const NOT_NAMES: &[&str] = &[
    // heads of organisation names
    "agency",
    "alliance",
    "association",
    "authority",
    "board",
    "centre",
    "center",
    "clinic",
    "club",
    "college",
    "commission",
    "committee",
    "company",
    "confederation",
    "federation",
    "foundation",
    "fund",
    "institute",
    "ltd",
    "ministry",
    "partnership",
    "plc",
    "practice",
    "society",
    "surgery",
    "union",
    "university",
    // titles of newspapers and newsletters
    "advertiser",
    "argus",
    "briefing",
    "bulletin",
    "chronicle",
    "courier",
    "digest",
    "dispatch",
    "echo",
    "evening",
    "examiner",
    "express",
    "gazette",
    "guardian",
    "herald",
    "independent",
    "inquirer",
    "insider",
    "journal",
    "magazine",
    "mail",
    "mercury",
    "mirror",
    "monitor",
    "morning",
    "observer",
    "press",
    "review",
    "sentinel",
    "standard",
    "telegraph",
    "times",
    "tribune",
    "week",
    "wire",
    // ordinary words
    "a",
    "about",
    "all",
    "an",
    "app",
    "back",
    "breaking",
    "business",
    "care",
    "click",
    "close",
    "comment",
    "comments",
    "contact",
    "council",
    "daily",
    "department",
    "download",
    "editor",
    "editorial",
    "england",
    "exclusive",
    "features",
    "follow",
    "free",
    "from",
    "get",
    "government",
    "group",
    "health",
    "home",
    "hospital",
    "how",
    "images",
    "its",
    "join",
    "latest",
    "leave",
    "live",
    "log",
    "media",
    "menu",
    "more",
    "most",
    "my",
    "network",
    "new",
    "news",
    "newsletter",
    "next",
    "nhs",
    "now",
    "office",
    "online",
    "opinion",
    "our",
    "picks",
    "policy",
    "politics",
    "popular",
    "posts",
    "premium",
    "previous",
    "privacy",
    "rating",
    "read",
    "related",
    "reply",
    "report",
    "search",
    "service",
    "services",
    "share",
    "sign",
    "skip",
    "sport",
    "start",
    "stories",
    "story",
    "subscribe",
    "terms",
    "that",
    "the",
    "these",
    "this",
    "those",
    "today",
    "top",
    "trending",
    "trust",
    "video",
    "view",
    "weekly",
    "what",
    "when",
    "where",
    "who",
    "why",
    "world",
    "your",
];

/// Words of job titles and desks: "Health Correspondent" is a role.
const ROLE_WORDS: &[&str] = &[
    "affairs",
    "analyst",
    "chief",
    "columnist",
    "contributor",
    "correspondent",
    "data",
    "deputy",
    "desk",
    "economics",
    "editor",
    "journalist",
    "political",
    "polling",
    "presenter",
    "producer",
    "reporter",
    "senior",
    "staff",
    "team",
    "writer",
];

fn plausible_name(name: &str, has_by: bool) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    // A possessive ("What's On", "Reader’s Digest") is not a name.
    if words.iter().any(|w| {
        let lower = w.to_lowercase();
        lower.ends_with("'s") || lower.ends_with("’s")
    }) {
        return false;
    }
    let has_role_word = words
        .iter()
        .any(|w| ROLE_WORDS.contains(&w.to_lowercase().as_str()));
    if has_by {
        return (1..=5).contains(&words.len()) && (!has_role_word || words.len() == 1);
    }
    if has_role_word {
        return false;
    }
    (2..=4).contains(&words.len())
        && !words.iter().any(|w| {
            let lower = w.to_lowercase();
            NOT_NAMES.contains(&lower.as_str())
        })
        && !words
            .iter()
            .any(|w| w.chars().count() > 1 && w.chars().all(|c| c.is_uppercase()))
}

/// Section labels that newsrooms put before a headline.
const SECTION_PREFIXES: &[&str] = &[
    "news",
    "exclusive",
    "breaking",
    "breaking news",
    "revealed",
    "analysis",
    "opinion",
    "comment",
    "feature",
    "interview",
    "live",
    "watch",
    "video",
    "updated",
    "update",
    "explainer",
    "editorial",
    "review",
    "letters",
    "podcast",
    "investigation",
    "special report",
    "insight",
    "in depth",
    "blog",
    "latest",
    "just in",
];

/// The headline without a section prefix such as `NEWS:` or `Exclusive |`.
pub(crate) fn strip_section_prefix(headline: &str) -> &str {
    for sep in [':', '|'] {
        crate::work::tick(1);
        if let Some((prefix, rest)) = headline.split_once(sep) {
            let label = prefix.trim().to_lowercase();
            let rest = rest.trim_start_matches(normalize::is_space);
            if SECTION_PREFIXES.contains(&label.as_str()) && !rest.is_empty() {
                return rest;
            }
        }
    }
    headline
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(line: &str, expected: Option<&[&str]>) {
        let got = byline(line).map(|b| b.names);
        let expected = expected.map(|names| names.iter().map(|n| (*n).to_owned()).collect());
        assert_eq!(got, expected, "{line:?}");
    }

    #[test]
    fn bare_name() {
        check("Priya Natarajan", Some(&["Priya Natarajan"]));
        assert!(byline("Priya Natarajan").is_some_and(|b| b.bare));
        assert!(byline("By Priya Natarajan").is_some_and(|b| !b.bare));
        assert!(byline("Priya Natarajan, Science Editor").is_some_and(|b| !b.bare));
    }
    #[test]
    fn staff_credits_name_nobody() {
        for line in [
            "Staff Writer",
            "By our correspondent",
            "Staff and agencies",
            "Newsdesk",
        ] {
            check(line, Some(&[]));
        }
        check("Staff Room Secrets", None);
        check("Our Town", None);
    }
    #[test]
    fn capitals_after_by() {
        check(
            "By OWEN PRICE and LENA BAUER, Harbour News Service",
            Some(&["OWEN PRICE", "LENA BAUER"]),
        );
        check("By KATE MORRIS", Some(&["KATE MORRIS"]));
        // Without "By", a line in capitals is a masthead.
        check("NORTHERN DAILY POST", None);
    }
    #[test]
    fn three_authors_after_by_stay_three() {
        check(
            "By Ann Lee, Omar Haddad, Kate Lyons",
            Some(&["Ann Lee", "Omar Haddad", "Kate Lyons"]),
        );
    }
    #[test]
    fn by_two_names() {
        check(
            "By Jane Smith and Tom Brown",
            Some(&["Jane Smith", "Tom Brown"]),
        );
    }
    #[test]
    fn by_three_names() {
        check(
            "By Ann Lee, Omar Haddad and Kate O’Neill",
            Some(&["Ann Lee", "Omar Haddad", "Kate O’Neill"]),
        );
    }
    #[test]
    fn name_and_role() {
        check("Jane Smith, Health Correspondent", Some(&["Jane Smith"]));
    }
    #[test]
    fn name_with_date() {
        let got = byline("Mark Smith 07 March 2019").unwrap();
        assert_eq!(got.names, vec!["Mark Smith"]);
        assert_eq!(got.date, Some(Date::new(2019, 3, 7).unwrap()));
    }
    #[test]
    fn by_name_pipe_date_time() {
        let got = byline("By Ruth Adeyemi | 14 June 2022 09:30").unwrap();
        assert_eq!(got.names, vec!["Ruth Adeyemi"]);
        assert!(got.date.is_some());
    }
    #[test]
    fn particles_and_initials() {
        check("By Anna de la Cruz", Some(&["Anna de la Cruz"]));
        check("J. K. Rowling", Some(&["J. K. Rowling"]));
        check("Ed Li", Some(&["Ed Li"]));
    }
    #[test]
    fn posted_on_date_by_name() {
        let got = byline("Posted on 9 October 2020 by Cara Mendez").unwrap();
        assert_eq!(got.names, vec!["Cara Mendez"]);
        assert_eq!(got.date, Some(Date::new(2020, 10, 9).unwrap()));
    }
    #[test]
    fn posted_by_with_role() {
        check("Posted by Omar Said, policy analyst", Some(&["Omar Said"]));
    }
    #[test]
    fn role_between_names() {
        check(
            "By Ben Li, Data Editor, and Ann Lee",
            Some(&["Ben Li", "Ann Lee"]),
        );
    }
    #[test]
    fn name_dash_role() {
        check("Tom Reyes - Social Affairs Editor", Some(&["Tom Reyes"]));
    }
    #[test]
    fn mastheads_are_not_bylines() {
        check("Northfield Evening Courier", None);
        check("Valley Gazette", None);
        check("HealthWatch Briefing", None);
    }
    #[test]
    fn scots_and_irish_names() {
        check(
            "By Fiona MacLeod and Sean O’Brien",
            Some(&["Fiona MacLeod", "Sean O’Brien"]),
        );
    }
    #[test]
    fn name_role_weekday_date_time() {
        let got = byline("Tom Ashby Social affairs editor Tue 4 Mar 2025 18.30 GMT").unwrap();
        assert_eq!(got.names, vec!["Tom Ashby"]);
        assert_eq!(got.date, Some(Date::new(2025, 3, 4).unwrap()));
    }
    #[test]
    fn possessive_menu_item_is_not_a_byline() {
        check("What's On", None);
        check("Editor’s Choice", None);
    }
    #[test]
    fn organisations_are_not_bylines() {
        check("Northgate Policy Institute", None);
        check("Royal Society of Example Medicine", None);
    }
    #[test]
    fn handle_dropped() {
        check("By Sam Patel @sampatel", Some(&["Sam Patel"]));
    }
    #[test]
    fn by_agency_single_word() {
        check("By Reuters", Some(&["Reuters"]));
    }
    #[test]
    fn navigation_is_not_a_byline() {
        check("Related Stories", None);
        check("Our Picks", None);
        check("Top Stories", None);
        check("The Daily Example", None);
        check("GP Practice News", None);
    }
    #[test]
    fn single_word_without_by_is_not_a_byline() {
        check("Health", None);
    }
    #[test]
    fn sentence_is_not_a_byline() {
        check("Jane Smith said the plan would fail.", None);
        check("View all posts by Jane Smith", None);
    }
    #[test]
    fn headline_prefixes() {
        assert_eq!(strip_section_prefix("NEWS: Trust fined"), "Trust fined");
        assert_eq!(
            strip_section_prefix("Exclusive | Trust fined"),
            "Trust fined"
        );
        assert_eq!(
            strip_section_prefix("Brexit: what it means for nurses"),
            "Brexit: what it means for nurses"
        );
    }
}
