//! Cues that a line is site furniture rather than the article's prose.
//!
//! No single word decides: news prose talks about apps, newsletters and
//! comments too. Each cue has a weight, calls to action weigh more at the
//! start of a sentence, site-speak ("our site", "your browser") adds up, and
//! a long line needs more evidence than a short one (see [`is_chrome`]).

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::lexicon::Lexicon;
use crate::normalize::is_space;

/// What a cue says about the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Cue {
    /// Boilerplate words (copyright, cookies, subscription...).
    Boiler,
    /// An imperative call to action ("Sign up", "Click here"); weighs more
    /// at the start of a sentence.
    Action,
    /// A photo credit or caption label ("Photograph:", "Getty Images").
    Credit,
    /// Site-speak addressing the reader or naming the site.
    Site,
}

/// Phrases, their kind and weight. Matched case-insensitively on word
/// boundaries. Kept general: none of these is an article's sentence.
const PHRASES: &[(&str, Cue, u32)] = &[
    // legal and company footers
    ("all rights reserved", Cue::Boiler, 6),
    ("©", Cue::Boiler, 4),
    ("copyright", Cue::Boiler, 2),
    ("registered in england", Cue::Boiler, 4),
    ("registered in scotland", Cue::Boiler, 4),
    ("registered office", Cue::Boiler, 4),
    ("company limited by guarantee", Cue::Boiler, 5),
    ("limited by guarantee", Cue::Boiler, 4),
    ("registered charity", Cue::Boiler, 3),
    ("charity no", Cue::Boiler, 3),
    ("charity number", Cue::Boiler, 3),
    ("reg no", Cue::Boiler, 4),
    ("reg. no", Cue::Boiler, 4),
    ("company number", Cue::Boiler, 3),
    ("company no", Cue::Boiler, 3),
    ("vat no", Cue::Boiler, 3),
    ("privacy policy", Cue::Boiler, 4),
    ("privacy notice", Cue::Boiler, 4),
    ("cookie policy", Cue::Boiler, 4),
    ("terms and conditions", Cue::Boiler, 3),
    ("terms of use", Cue::Boiler, 4),
    ("terms of service", Cue::Boiler, 4),
    ("we use cookies", Cue::Boiler, 5),
    ("uses cookies", Cue::Boiler, 4),
    ("cookie settings", Cue::Boiler, 5),
    ("manage cookies", Cue::Boiler, 5),
    ("accept cookies", Cue::Boiler, 5),
    ("accept all", Cue::Boiler, 3),
    ("cookies", Cue::Boiler, 1),
    ("javascript", Cue::Boiler, 2),
    ("browser", Cue::Boiler, 2),
    ("newsletter", Cue::Boiler, 2),
    ("subscription", Cue::Boiler, 1),
    ("subscribers", Cue::Boiler, 1),
    ("premium", Cue::Boiler, 1),
    ("membership", Cue::Boiler, 1),
    ("free trial", Cue::Boiler, 3),
    ("days free", Cue::Boiler, 3),
    ("email updates", Cue::Boiler, 2),
    ("notifications", Cue::Boiler, 1),
    ("advertisement", Cue::Boiler, 2),
    ("sponsored content", Cue::Boiler, 4),
    ("min read", Cue::Boiler, 4),
    ("minute read", Cue::Boiler, 4),
    ("intended for", Cue::Boiler, 1),
    ("professionals only", Cue::Boiler, 3),
    ("no comments yet", Cue::Boiler, 6),
    ("view all posts", Cue::Boiler, 6),
    ("posts by", Cue::Boiler, 2),
    ("related stories", Cue::Boiler, 4),
    ("related articles", Cue::Boiler, 4),
    ("more on this story", Cue::Boiler, 5),
    ("most read", Cue::Boiler, 3),
    ("most popular", Cue::Boiler, 3),
    ("you may also like", Cue::Boiler, 5),
    ("you might also like", Cue::Boiler, 5),
    ("top stories", Cue::Boiler, 3),
    ("regulated by", Cue::Boiler, 2),
    ("media enquiries", Cue::Boiler, 4),
    ("press enquiries", Cue::Boiler, 4),
    ("press office", Cue::Boiler, 2),
    ("please call", Cue::Action, 2),
    ("please contact", Cue::Action, 2),
    ("notes to editors", Cue::Boiler, 4),
    ("registered trade union", Cue::Boiler, 4),
    ("certificate of independence", Cue::Boiler, 3),
    ("unlimited access", Cue::Boiler, 3),
    ("healthcare professional", Cue::Boiler, 2),
    ("health professional", Cue::Boiler, 2),
    ("press standards", Cue::Boiler, 4),
    ("ipso", Cue::Boiler, 3),
    ("breaking news alerts", Cue::Boiler, 3),
    ("news alerts", Cue::Boiler, 2),
    // calls to action
    ("sign in", Cue::Action, 2),
    ("sign up", Cue::Action, 2),
    ("signup", Cue::Action, 2),
    ("log in", Cue::Action, 2),
    ("login", Cue::Action, 2),
    ("log out", Cue::Action, 2),
    ("subscribe", Cue::Action, 2),
    ("register", Cue::Action, 1),
    ("click here", Cue::Action, 4),
    ("tap here", Cue::Action, 4),
    ("click to", Cue::Action, 2),
    ("download the app", Cue::Action, 4),
    ("download", Cue::Action, 1),
    ("read more", Cue::Action, 2),
    ("read next", Cue::Action, 3),
    ("read this article", Cue::Action, 3),
    ("read news", Cue::Action, 2),
    ("continue reading", Cue::Action, 4),
    ("start reading", Cue::Action, 4),
    ("keep reading", Cue::Action, 3),
    ("skip to", Cue::Action, 4),
    ("back to top", Cue::Action, 5),
    ("share this", Cue::Action, 4),
    ("share on", Cue::Action, 3),
    ("share via", Cue::Action, 3),
    ("follow us", Cue::Action, 4),
    ("yes, i", Cue::Action, 3),
    ("no, i", Cue::Action, 3),
    ("i am a", Cue::Action, 2),
    ("i accept", Cue::Action, 3),
    ("i agree", Cue::Action, 3),
    ("follow", Cue::Action, 1),
    ("like us on", Cue::Action, 4),
    ("leave a reply", Cue::Action, 5),
    ("leave a comment", Cue::Action, 5),
    ("add a comment", Cue::Action, 4),
    ("post a comment", Cue::Action, 4),
    ("view all", Cue::Action, 2),
    ("view more", Cue::Action, 2),
    ("see more", Cue::Action, 2),
    ("load more", Cue::Action, 3),
    ("show more", Cue::Action, 3),
    ("already a member", Cue::Action, 5),
    ("already a subscriber", Cue::Action, 5),
    ("already registered", Cue::Action, 4),
    ("become a member", Cue::Action, 4),
    ("create an account", Cue::Action, 4),
    ("get all your", Cue::Action, 3),
    ("get the latest", Cue::Action, 3),
    ("get in the know", Cue::Action, 3),
    ("get our", Cue::Action, 2),
    ("join", Cue::Action, 1),
    ("listen to this", Cue::Action, 4),
    ("print this", Cue::Action, 4),
    ("email this", Cue::Action, 4),
    ("copy link", Cue::Action, 4),
    ("update your browser", Cue::Action, 4),
    ("updating your browser", Cue::Action, 4),
    // photo credits and captions
    ("photograph:", Cue::Credit, 8),
    ("photo:", Cue::Credit, 6),
    ("photos:", Cue::Credit, 6),
    ("image:", Cue::Credit, 6),
    ("images:", Cue::Credit, 6),
    ("picture:", Cue::Credit, 6),
    ("pictured:", Cue::Credit, 4),
    ("illustration:", Cue::Credit, 6),
    ("credit:", Cue::Credit, 6),
    ("getty images", Cue::Credit, 5),
    ("shutterstock", Cue::Credit, 5),
    ("alamy", Cue::Credit, 4),
    ("istock", Cue::Credit, 5),
    ("image source", Cue::Credit, 4),
    ("image caption", Cue::Credit, 6),
    ("caption:", Cue::Credit, 6),
    // reporting credits at the foot of a story
    ("contributed to this report", Cue::Credit, 6),
    ("contributed to this story", Cue::Credit, 6),
    ("contributed reporting", Cue::Credit, 5),
    ("additional reporting by", Cue::Credit, 5),
    // downloads and recommendations
    ("download the full report", Cue::Action, 4),
    ("(pdf", Cue::Site, 3),
    ("picked for you", Cue::Site, 3),
    ("chosen for you", Cue::Site, 3),
    ("recommended for you", Cue::Site, 4),
    // site-speak
    ("this website", Cue::Site, 2),
    ("this site", Cue::Site, 2),
    ("our site", Cue::Site, 2),
    ("our website", Cue::Site, 2),
    ("our online", Cue::Site, 2),
    ("our free", Cue::Site, 2),
    ("our app", Cue::Site, 2),
    ("our newsletter", Cue::Site, 2),
    ("our journalism", Cue::Site, 2),
    ("our readers", Cue::Site, 2),
    ("our weekly", Cue::Site, 2),
    ("our daily", Cue::Site, 2),
    ("the app", Cue::Site, 1),
    ("for free", Cue::Site, 1),
    ("for you", Cue::Site, 1),
    ("your browser", Cue::Site, 2),
    ("your inbox", Cue::Site, 4),
    ("on facebook", Cue::Site, 2),
    ("on twitter", Cue::Site, 2),
    ("on instagram", Cue::Site, 2),
    ("on linkedin", Cue::Site, 2),
    ("on tiktok", Cue::Site, 2),
    ("on youtube", Cue::Site, 2),
    ("your email", Cue::Site, 2),
    ("your account", Cue::Site, 2),
    ("your news", Cue::Site, 2),
];

/// Whole lines that are labels of page furniture when they stand alone
/// (compared case-insensitively after trimming spaces, a trailing colon,
/// and a leading or trailing count).
const LABELS: &[&str] = &[
    "advertisement",
    "sponsored",
    "promoted",
    "comments",
    "comment",
    "reply",
    "related",
    "related stories",
    "related articles",
    "related content",
    "related topics",
    "more on this story",
    "more stories",
    "most read",
    "most popular",
    "trending",
    "top stories",
    "our picks",
    "editor's picks",
    "editors' picks",
    "recommended",
    "you may also like",
    "read next",
    "read more",
    "share",
    "share this",
    "share this article",
    "share this story",
    "share this page",
    "rating",
    "ratings",
    "tags",
    "topics",
    "menu",
    "search",
    "home",
    "close",
    "print",
    "email",
    "listen",
    "watch",
    "video",
    "newsletter",
    "subscribe",
    "sign in",
    "sign up",
    "log in",
    "follow us",
    "contact us",
    "about us",
    "about the author",
    "leave a reply",
    "leave a comment",
    "have your say",
    "join the conversation",
    "join the discussion",
    "latest news",
    "latest",
    "next article",
    "previous article",
    "back to top",
    "skip to content",
    "skip to main content",
];

/// Labels after which everything is page furniture: once the body has
/// started, these open a comment section or a related-links list.
const TERMINATORS: &[&str] = &[
    "comments",
    "comment",
    "reply",
    "related",
    "related stories",
    "related articles",
    "related content",
    "more on this story",
    "more stories",
    "most read",
    "most popular",
    "our picks",
    "editor's picks",
    "editors' picks",
    "you may also like",
    "read next",
    "leave a reply",
    "leave a comment",
    "have your say",
    "join the conversation",
    "join the discussion",
    "about the author",
];

/// Prefixes that make the line an inline link or a tag list: `Related: ...`.
const PREFIXES: &[&str] = &[
    "related:",
    "read more:",
    "read more about",
    "see also:",
    "more:",
    "watch:",
    "listen:",
    "tags:",
    "topics:",
    "categories:",
    "filed under:",
    "more on:",
    "more from",
    "explore more on",
    "recommended:",
    "advertisement",
    "chart:",
    "graphic:",
    "table:",
    "map:",
    "video:",
    "audio:",
    "source:",
];

/// Buttons that scrapers glue to the end of a banner.
const TRAILING_BUTTONS: &[&str] = &["close", "×", "✕", "accept", "dismiss", "got it", "ok"];

static MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        // Every body line is scanned: a DFA is worth its build time.
        .kind(Some(AhoCorasickKind::DFA))
        .build(PHRASES.iter().map(|(phrase, _, _)| phrase))
        .ok()
});

/// The evidence that a line is chrome.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct ChromeScore {
    /// Sum of cue weights.
    pub(crate) score: u32,
    /// A photo credit or caption label was seen.
    pub(crate) credit: bool,
    /// The whole line is a furniture label ("Related stories").
    pub(crate) label: bool,
    /// The line is a label that ends the article ("Comments").
    pub(crate) terminator: bool,
    /// A legal footer (copyright, company registration): the article is over.
    pub(crate) legal: bool,
    /// A navigation bar or breadcrumb ("Home | News | Health").
    pub(crate) nav: bool,
}

/// Score `line` (already trimmed) for chrome cues.
pub(crate) fn score(line: &str) -> ChromeScore {
    // Whole-line scans: buttons, links, contact details, the cue automaton.
    crate::work::tick(line.len());
    let mut out = ChromeScore::default();
    // A furniture label is a few words; only short lines are compared.
    let bare = if line.len() <= MAX_LABEL {
        bare_label(line)
    } else {
        String::new()
    };
    // "Readers' comments (2)", "Your comments": a comment section opens.
    let comments_heading =
        bare.split(' ').count() <= 3 && (bare.ends_with("comments") || bare.ends_with("comment"));
    if LABELS.contains(&bare.as_str()) || comments_heading {
        out.label = true;
        out.score += 8;
    }
    if TERMINATORS.contains(&bare.as_str()) || comments_heading {
        out.terminator = true;
    }
    // Prefixes are ASCII: compare bytes, case aside, without lower-casing
    // the line.
    if PREFIXES
        .iter()
        .any(|p| starts_with_ignore_ascii_case(line, p))
    {
        out.score += 6;
    }
    if ends_with_button(line) {
        out.score += 3;
    }
    if looks_like_link_or_handle(line) {
        out.score += 4;
    }
    if has_contact_details(line) {
        out.score += 2;
    }
    if is_nav(line) {
        out.nav = true;
        out.score += 8;
    }

    let mut you = false;
    let Some(matcher) = MATCHER.as_ref() else {
        return out;
    };
    for m in matcher.find_iter(line) {
        crate::work::tick(1);
        if !on_word_boundaries(line, m.start(), m.end()) {
            continue;
        }
        let Some(&(phrase, cue, weight)) = PHRASES.get(m.pattern().as_usize()) else {
            continue;
        };
        let weight = match cue {
            Cue::Action if at_sentence_start(line, m.start()) => weight + 2,
            Cue::Action => weight.saturating_sub(1).max(1),
            Cue::Credit => {
                out.credit = true;
                weight
            }
            Cue::Boiler if LEGAL.contains(&phrase) => {
                out.legal = true;
                weight
            }
            _ => weight,
        };
        out.score += weight;
    }
    // Words are split on anything but letters, digits and `'`; only the
    // words starting with a `y` are looked at.
    let is_part = |c: char| c.is_alphanumeric() || c == '\'';
    for at in memchr::memchr2_iter(b'y', b'Y', line.as_bytes()) {
        crate::work::tick(1);
        let starts_word = !line
            .get(..at)
            .and_then(|s| s.chars().next_back())
            .is_some_and(is_part);
        let rest = line.get(at..).unwrap_or("");
        let word = rest.split(|c: char| !is_part(c)).next().unwrap_or("");
        if starts_word
            && ["you", "your", "you're"]
                .iter()
                .any(|w| word.eq_ignore_ascii_case(w))
        {
            you = true;
            break;
        }
    }
    if you {
        out.score += 1;
    }
    out
}

/// Longest line that can be a navigation bar, in bytes.
const MAX_NAV: usize = 240;

/// Longest line compared with the furniture labels, in bytes.
const MAX_LABEL: usize = 64;

/// Boilerplate phrases of a legal footer.
const LEGAL: &[&str] = &[
    "all rights reserved",
    "registered trade union",
    "company limited by guarantee",
    "limited by guarantee",
    "©",
    "registered in england",
    "registered in scotland",
    "registered office",
    "reg no",
    "reg. no",
];

/// Words that name sections of a news site.
const SECTIONS: &[&str] = &[
    "arts",
    "books",
    "business",
    "cars",
    "climate",
    "comment",
    "coronavirus",
    "cricket",
    "crosswords",
    "culture",
    "economy",
    "education",
    "entertainment",
    "environment",
    "events",
    "family",
    "fashion",
    "features",
    "film",
    "food",
    "football",
    "games",
    "golf",
    "health",
    "home",
    "jobs",
    "latest",
    "life",
    "lifestyle",
    "local",
    "markets",
    "money",
    "motoring",
    "music",
    "news",
    "newsletters",
    "notices",
    "obituaries",
    "offers",
    "opinion",
    "podcasts",
    "politics",
    "property",
    "puzzles",
    "rugby",
    "science",
    "shopping",
    "sport",
    "sports",
    "style",
    "tech",
    "technology",
    "tennis",
    "travel",
    "tv",
    "uk",
    "us",
    "video",
    "voices",
    "weather",
    "world",
    "what's",
    "on",
    "&",
    "and",
    "england",
    "scotland",
    "wales",
    "ireland",
];

/// A navigation bar or breadcrumb: short segments between separators
/// ("Home | News | Health", "Home › Health › Story"), a page title with the
/// site's name after a bar ("Story | The Example Times"), or a run of
/// section names ("News Sport Property Jobs").
fn is_nav(line: &str) -> bool {
    // Menus are short and hold words, not figures: "Support 61% / Oppose
    // 30%" is data.
    if line.len() > MAX_NAV || line.contains('%') || contains_ignore_ascii_case(line, "per cent") {
        return false;
    }
    // Counted without collecting: most lines are prose and are done with
    // after this pass.
    let mut n_words = 0;
    let mut n_seps = 0;
    for word in crate::normalize::words(line) {
        n_words += 1;
        if matches!(word, "|" | "›" | ">" | "»" | "/" | "•" | "·") {
            n_seps += 1;
        }
    }
    if n_seps >= 2 {
        return true;
    }
    // Menu items laid out with runs of spaces: "Research  Blog  Events".
    if line.contains("  ") {
        let segments: Vec<&str> = line
            .split("  ")
            .map(|s| s.trim_matches(is_space))
            .filter(|s| !s.is_empty())
            .collect();
        if segments.len() >= 3
            && segments
                .iter()
                .all(|s| crate::normalize::words(s).count() <= 3)
        {
            return true;
        }
    }
    let words: Vec<&str> = if n_seps == 1 {
        crate::normalize::words(line).collect()
    } else {
        Vec::new()
    };
    if words.contains(&"|") {
        // "Headline words | Site Name": a capitalised name after the bar.
        let after: Vec<&&str> = words.iter().skip_while(|w| **w != "|").skip(1).collect();
        let site_like = (1..=4).contains(&after.len())
            && after
                .iter()
                .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()));
        let before = words.len() - after.len() - 1;
        return site_like && before >= 4;
    }
    // At least three words, three in four of them section names: stop at
    // the first miss too many.
    if n_words < 3 {
        return false;
    }
    let mut misses = 0;
    for word in crate::normalize::words(line) {
        crate::work::tick(1);
        if !is_section(word) {
            misses += 1;
            if misses * 4 > n_words {
                return false;
            }
        }
    }
    true
}

/// Whether `word`, case aside, names a section of a news site.
fn is_section(word: &str) -> bool {
    static SECTION_WORDS: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(SECTIONS));
    if word.is_ascii() {
        SECTION_WORDS.contains_ignore_ascii_case(word)
    } else {
        let lower = word.to_lowercase();
        SECTIONS.contains(&lower.as_str())
    }
}

/// Whether `text` starts with the ASCII `prefix`, ASCII case aside.
fn starts_with_ignore_ascii_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// `text` without the ASCII `suffix`, ASCII case aside, if it ends with it.
fn strip_suffix_ignore_ascii_case<'t>(text: &'t str, suffix: &str) -> Option<&'t str> {
    let cut = text.len().checked_sub(suffix.len())?;
    let (head, end) = (text.get(..cut)?, text.get(cut..)?);
    end.eq_ignore_ascii_case(suffix).then_some(head)
}

/// Whether `text` contains the ASCII `needle`, ASCII case aside: each
/// place the first byte (either case) occurs, found by memchr, is compared.
fn contains_ignore_ascii_case(text: &str, needle: &str) -> bool {
    let (hay, needle) = (text.as_bytes(), needle.as_bytes());
    let Some(&first) = needle.first() else {
        return true;
    };
    memchr::memchr2_iter(first.to_ascii_lowercase(), first.to_ascii_uppercase(), hay).any(|at| {
        crate::work::tick(1);
        hay.get(at..at + needle.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(needle))
    })
}

/// Whether the evidence is enough for a line of `n_words` words: long lines
/// need more, since prose mentions apps and newsletters too.
pub(crate) fn is_chrome(score: ChromeScore, n_words: usize) -> bool {
    let threshold = match n_words {
        0..=12 => 3,
        13..=30 => 5,
        _ => 6,
    };
    score.label || score.score >= threshold
}

/// The line lower-cased without spaces, a trailing colon, or a count
/// ("23 Comments", "Comments (4)").
fn bare_label(line: &str) -> String {
    let lower = crate::normalize::collapse(line).to_lowercase();
    let trimmed = lower
        .trim_end_matches(':')
        .trim_end_matches(|c: char| c.is_ascii_digit() || c == '(' || c == ')' || c == ' ')
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == ' ');
    trimmed.trim().to_owned()
}

fn ends_with_button(line: &str) -> bool {
    // Only the last few characters can be a button.
    let tail_start = line.char_indices().rev().nth(12).map_or(0, |(idx, _)| idx);
    let tail = line.get(tail_start..).unwrap_or("");
    let after_break = |rest: &str| rest.ends_with(|c: char| is_space(c) || c == '.');
    let button = if tail.is_ascii() {
        // Compared in place, case aside: no lower-cased copy.
        TRAILING_BUTTONS
            .iter()
            .any(|button| strip_suffix_ignore_ascii_case(tail, button).is_some_and(after_break))
    } else {
        let lower = tail.to_lowercase();
        TRAILING_BUTTONS
            .iter()
            .any(|button| lower.strip_suffix(button).is_some_and(after_break))
    };
    button && crate::normalize::words(line).nth(3).is_some()
}

/// An e-mail address or a phone number ("0113 496 0000", "020 7946 0183"):
/// contact details belong to page furniture more often than to prose.
fn has_contact_details(line: &str) -> bool {
    let email = line.contains('@')
        && line.split(is_space).any(|w| {
            w.split_once('@')
                .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
        });
    if email {
        return true;
    }
    // A run of at least nine digits broken only by single spaces; most
    // lines have fewer digits than that in all.
    if line.bytes().filter(u8::is_ascii_digit).count() < 9 {
        return false;
    }
    let mut digits = 0;
    let mut phone = false;
    let mut prev_space = false;
    for c in line.chars() {
        crate::work::tick(1);
        if c.is_ascii_digit() {
            digits += 1;
            prev_space = false;
            if digits >= 9 {
                phone = true;
                break;
            }
        } else if c == ' ' && !prev_space && digits > 0 {
            prev_space = true;
        } else {
            digits = 0;
            prev_space = false;
        }
    }
    phone
}

fn looks_like_link_or_handle(line: &str) -> bool {
    let mut n_words = 0;
    let mut link = false;
    for w in crate::normalize::words(line).take(4) {
        n_words += 1;
        link |= w.starts_with("http://")
            || w.starts_with("https://")
            || w.starts_with("www.")
            || (w.starts_with('@') && w.len() > 1);
    }
    n_words <= 3 && link
}

fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text.get(..start).and_then(|s| s.chars().next_back());
    let after = text.get(end..).and_then(|s| s.chars().next());
    let first = text.get(start..).and_then(|s| s.chars().next());
    let last = text.get(..end).and_then(|s| s.chars().next_back());
    let boundary_before =
        !first.is_some_and(char::is_alphanumeric) || !before.is_some_and(char::is_alphanumeric);
    let boundary_after =
        !last.is_some_and(char::is_alphanumeric) || !after.is_some_and(char::is_alphanumeric);
    boundary_before && boundary_after
}

/// Whether byte `pos` starts a sentence: only spaces, or a sentence end or
/// a separator, before it.
fn at_sentence_start(text: &str, pos: usize) -> bool {
    let before = text.get(..pos).unwrap_or("").trim_end_matches(is_space);
    before.is_empty() || before.ends_with(['.', '?', '!', '|', '•', ':', '–', '—', '-', '»', '›'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(line: &str, expected: bool) {
        let n_words = crate::normalize::words(line).count();
        let got = score(line);
        assert_eq!(is_chrome(got, n_words), expected, "{line:?}: {got:?}");
    }

    #[test]
    fn cookie_banner() {
        check(
            "We use cookies to give you the best experience. By continuing you agree to our cookie policy. Accept",
            true,
        );
    }
    #[test]
    fn audience_gate() {
        check(
            "Content on this site is meant for medical professionals only",
            true,
        );
    }
    #[test]
    fn sign_up_prompt() {
        check("Sign up for our free weekly briefing", true);
    }
    #[test]
    fn company_footer() {
        check(
            "Example Media Ltd. Registered office: 1 High Street, Leeds. Company number 0123456",
            true,
        );
    }
    #[test]
    fn photo_credit() {
        check(
            "Nurses on the new ward at the county hospital, which opened its doors in the spring after two years of building work. Photograph: Jo Bloggs/Agency",
            true,
        );
    }
    #[test]
    fn standalone_label() {
        check("Related stories", true);
        check("12 Comments", true);
        assert!(score("Comments (3)").terminator);
    }
    #[test]
    fn comment_section_headings() {
        for heading in [
            "Readers' comments (2)",
            "Reader comments",
            "5 comments",
            "Your comments",
        ] {
            let got = score(heading);
            assert!(got.terminator && got.label, "{heading}");
        }
        assert!(!score("Ministers ignored the comments").terminator);
    }
    #[test]
    fn inline_link() {
        check("Related: Council approves new care home plan", true);
        check("Topics: NHS, funding, GPs", true);
    }
    #[test]
    fn browser_banner_with_button() {
        check(
            "Your browser is out of date and parts of our website may not display properly, so please switch to a newer one. Close",
            true,
        );
    }
    #[test]
    fn consent_button() {
        check("Yes, I am a registered nurse", true);
    }
    #[test]
    fn media_contact() {
        check(
            "For press enquiries please call the trust communications team on 0113 496 0000",
            true,
        );
    }
    #[test]
    fn paywall_pitch() {
        check(
            "Members get unlimited access to every report and our weekly digest.",
            true,
        );
    }
    #[test]
    fn share_list_is_not_a_menu() {
        check("Support 64% / Oppose 31% / Unsure 9%", false);
    }
    #[test]
    fn menu_with_wide_spaces() {
        check("Topics  Podcasts  Careers  Contact the team", true);
    }
    #[test]
    fn charity_footer() {
        check(
            "The Example Society is a company limited by guarantee, registered in Wales, and a registered charity no. 22334455.",
            true,
        );
    }
    #[test]
    fn prose_mentioning_apps_is_not_chrome() {
        check(
            "Patients will be able to sign up for the booking app through their surgery, and a monthly newsletter will report progress.",
            false,
        );
    }
    #[test]
    fn prose_about_comments_is_not_chrome() {
        check(
            "The minister made no further comments on the review.",
            false,
        );
    }
    #[test]
    fn prose_about_advertisements_is_not_chrome() {
        check(
            "The trust placed an advertisement for 40 nurses in March, but only nine applied, its board papers show.",
            false,
        );
    }
    #[test]
    fn share_prices_are_not_a_share_button() {
        check(
            "Share prices in the care home operator fell by a third on Monday.",
            false,
        );
    }
}
