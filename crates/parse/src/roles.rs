//! Line roles: which lines are the article and which are the page around it.
//!
//! The article is `chrome*, header, body, chrome*` with furniture anywhere.
//! Each non-blank line is first described by its shape (words, sentence
//! punctuation, case), its chrome cues, and whether it reads as a date or
//! a byline. Then, in order:
//!
//! 1. The header ends at the last date or byline line that has at most one
//!    prose paragraph before it (a prose standfirst can sit above a byline).
//! 2. The body starts at the first prose paragraph after the header; it ends
//!    at the last prose paragraph before a section terminator ("Comments",
//!    "Related stories"), extended over the short sentences that follow it.
//! 3. In the header: dates are datelines, names are bylines, the first
//!    headline-shaped line is the headline and the next longer one the
//!    standfirst; the rest is chrome.
//! 4. In the body: prose, sentences and list items are body, repeats are
//!    duplicates, cued lines, subheadings and pull quotes are chrome.
//! 5. Everything after the body is chrome.

use std::collections::HashMap;

use jiff::civil::Date;

use crate::{
    chrome::{self, ChromeScore},
    date::{self, DateLine, DateLineParse, Stamp},
    header::{self, Byline},
    normalize::{self, RawLine, is_space},
};
use crosscheck_model::Role;

/// The roles of the lines of one article, and its header fields.
#[derive(Clone, Debug, Default)]
pub(crate) struct Layout {
    /// The role of each raw line, `None` for blank lines.
    pub(crate) roles: Vec<Option<Role>>,
    /// Raw index of the headline line.
    pub(crate) headline: Option<usize>,
    /// Raw index of the standfirst line.
    pub(crate) standfirst: Option<usize>,
    /// Author names in order, without repeats.
    pub(crate) bylines: Vec<String>,
    /// The article's own publication date.
    pub(crate) published: Option<Date>,
    /// Raw indexes of lines that look like a date line but do not parse.
    pub(crate) garbled_dates: Vec<usize>,
    /// For each raw line, the raw index of the line it repeats, when it
    /// is a duplicate.
    pub(crate) duplicate_of: Vec<Option<usize>>,
}

/// What a non-blank line looks like.
#[derive(Debug)]
struct Feat<'a> {
    /// Index into the raw lines.
    idx: usize,
    /// Trimmed text.
    text: &'a str,
    n_words: usize,
    /// Some word starts with a lower-case letter.
    has_lower: bool,
    /// Starts like a sentence and ends with `.`, `!`, `?` (maybe inside
    /// closing quotes or brackets).
    sentence: bool,
    /// Ends with a full stop (before closing quotes or brackets).
    ends_period: bool,
    /// Ends with a question mark.
    ends_question: bool,
    cues: ChromeScore,
    chrome: bool,
    date: Option<DateLine>,
    byline: Option<Byline>,
    list_item: bool,
    /// The whole line is one quotation.
    quote_only: bool,
    /// The next raw line is non-blank.
    glued_next: bool,
}

impl Feat<'_> {
    fn prose(&self) -> bool {
        !self.chrome
            && self.date.is_none()
            && self.byline.is_none()
            && ((self.sentence && self.n_words >= 8) || self.n_words >= 20)
    }

    /// Shaped like a headline: a handful of words, no full stop, and
    /// not all Title Case when very short ("The Daily Example - UK").
    fn title_like(&self) -> bool {
        !self.chrome
            && self.date.is_none()
            && self.byline.is_none()
            && !self.ends_period
            && !self.text.ends_with(':')
            && (3..=30).contains(&self.n_words)
            && (self.n_words >= 5 || self.has_lower)
    }

    /// A short labelled figure in the body ("Yes: 70%", "Oppose 31%"): a
    /// line of data, not a subheading.
    fn share_line(&self) -> bool {
        !self.chrome
            && self.n_words <= 12
            && (self.text.contains('%') || self.text.to_lowercase().contains("per cent"))
    }

    /// A sentence of the article rather than a label.
    fn sentence_like(&self) -> bool {
        !self.chrome
            && self.date.is_none()
            && (self.sentence && (self.has_lower || self.quote_only))
    }
}

/// Classify every line of an article.
pub(crate) fn classify(lines: &[RawLine<'_>]) -> Layout {
    let mut layout = Layout {
        roles: vec![None; lines.len()],
        duplicate_of: vec![None; lines.len()],
        ..Layout::default()
    };
    let feats = features(lines, &mut layout.garbled_dates);
    if feats.is_empty() {
        return layout;
    }
    let Some((body_start, body_end)) = body_bounds(&feats) else {
        // No prose at all: navigation, a footer, an empty page.
        for f in &feats {
            crate::work::tick(1);
            layout.roles[f.idx] = Some(Role::Chrome);
        }
        return layout;
    };
    header(&feats[..body_start], &mut layout);
    // A long standfirst without a full stop reads like prose; right under
    // the headline, with body below it, it is the standfirst.
    let body_start = match layout.headline {
        Some(h) if body_start < body_end && standfirst_after(&feats, h, body_start) => {
            header(&feats[..=body_start], &mut layout);
            body_start + 1
        }
        _ => body_start,
    };
    // An author's biography closing the page ("Jane Smith is our health
    // editor.") is furniture, like the author box it came from.
    let mut body_end = body_end;
    while body_end > body_start && is_author_bio(feats[body_end].text, &layout.bylines) {
        body_end = (body_start..body_end)
            .rev()
            .find(|&k| feats[k].prose())
            .unwrap_or(body_start);
    }
    body(&feats[body_start..=body_end], &mut layout);
    for f in &feats[body_end + 1..] {
        crate::work::tick(1);
        layout.roles[f.idx] = Some(Role::Chrome);
    }
    layout
}

fn features<'a>(lines: &[RawLine<'a>], garbled: &mut Vec<usize>) -> Vec<Feat<'a>> {
    let mut feats = Vec::new();
    for (idx, line) in lines.iter().enumerate() {
        crate::work::tick(1);
        if line.is_blank() {
            continue;
        }
        let (_, text) = normalize::trim(line.text);
        let mut n_words = 0;
        let mut has_lower = false;
        for word in normalize::words(text) {
            has_lower |= word.chars().next().is_some_and(char::is_lowercase);
            if word.chars().any(char::is_alphanumeric) {
                n_words += 1;
            }
        }
        let end = text.trim_end_matches(|c: char| CLOSERS.contains(&c) || is_space(c));
        let ends_period = end.ends_with('.') || end.ends_with('…');
        let ends_question = end.ends_with('?');
        let ends_terminal = ends_period || ends_question || end.ends_with('!');
        let starts_sentence = text
            .chars()
            .find(|c| !OPENERS.contains(c))
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let short = text.len() <= 200;
        let date = if short {
            match date::date_line(text) {
                DateLineParse::Date(dl) => Some(dl),
                DateLineParse::Garbled => {
                    garbled.push(idx);
                    None
                }
                DateLineParse::No => None,
            }
        } else {
            None
        };
        // A bare name opening the page is the site's masthead ("Harbour
        // Tenants Network" above its tagline), not an author.
        let byline = if short && date.is_none() && !ends_period {
            header::byline(text).filter(|by| !(by.bare && feats.is_empty()))
        } else {
            None
        };
        let cues = chrome::score(text);
        let quote_only = is_quote_only(text);
        let ends_terminal_here = starts_sentence && ends_terminal;
        // "Title of another story – 2 March 2023": a dated related link.
        let related_link =
            !ends_terminal_here && n_words >= 4 && short && date.is_none() && ends_with_date(text);
        feats.push(Feat {
            idx,
            text,
            n_words,
            has_lower,
            sentence: starts_sentence && ends_terminal,
            ends_period,
            ends_question,
            chrome: chrome::is_chrome(cues, n_words) || related_link,
            cues,
            date,
            byline,
            list_item: is_list_item(text),
            quote_only,
            glued_next: lines.get(idx + 1).is_some_and(|l| !l.is_blank()),
        });
    }
    feats
}

const CLOSERS: &[char] = &['”', '’', '"', '\'', ')', ']', '»'];
const OPENERS: &[char] = &['“', '‘', '"', '\'', '(', '[', '«'];

/// Whether `text` ends with a date, after some words ("... – 2 March 2023").
fn ends_with_date(text: &str) -> bool {
    // Dates are short: look at the tail only.
    let tail_start = text.char_indices().rev().nth(30).map_or(0, |(idx, _)| idx);
    let tail = text.get(tail_start..).unwrap_or("");
    date::find_date(tail).is_some_and(|(range, _)| {
        tail.get(range.end..).is_some_and(|rest| {
            rest.trim_matches(|c: char| is_space(c) || matches!(c, ')' | ']' | '.'))
                .is_empty()
        })
    })
}

fn is_quote_only(text: &str) -> bool {
    let first = text.chars().next();
    let last = text.chars().next_back();
    matches!(first, Some('“' | '"' | '‘'))
        && matches!(last, Some('”' | '"' | '’'))
        && text.chars().count() > 2
}

fn is_list_item(text: &str) -> bool {
    let mut chars = text.chars();
    match chars.next() {
        Some('•' | '·' | '▪' | '◦' | '‣' | '⁃' | '*' | '-' | '–' | '—') => {
            chars.next().is_some_and(is_space)
        }
        Some(c) if c.is_ascii_digit() => {
            let rest = text.trim_start_matches(|c: char| c.is_ascii_digit());
            (rest.starts_with(". ") || rest.starts_with(") ") || rest.starts_with(".) "))
                && rest.len() > 3
        }
        _ => false,
    }
}

/// A line that starts with an author's name and says who they are.
fn is_author_bio(text: &str, authors: &[String]) -> bool {
    authors.iter().any(|name| {
        text.strip_prefix(name.as_str()).is_some_and(|rest| {
            ["is ", "was ", "writes ", "has been ", "works ", "covers "]
                .iter()
                .any(|verb| rest.strip_prefix(' ').is_some_and(|r| r.starts_with(verb)))
        })
    })
}

/// Indexes (into `feats`) of the first and last body lines.
fn body_bounds(feats: &[Feat<'_>]) -> Option<(usize, usize)> {
    // The header ends at the last date or byline with at most one prose
    // paragraph above it.
    let mut n_prose = 0;
    let mut header_end = None;
    for (k, f) in feats.iter().enumerate() {
        crate::work::tick(1);
        if f.prose() {
            n_prose += 1;
            if n_prose > 1 {
                break;
            }
        }
        if f.date.is_some() || f.byline.is_some() {
            header_end = Some(k);
        }
    }
    let from = header_end.map_or(0, |k| k + 1);
    let start = (from..feats.len()).find(|&k| feats[k].prose())?;
    let limit = (start + 1..feats.len())
        .find(|&k| feats[k].cues.terminator || (feats[k].chrome && feats[k].cues.legal))
        .unwrap_or(feats.len());
    let mut end = (start..limit).rev().find(|&k| feats[k].prose())?;
    // Short closing sentences ("He declined to comment.") stay in the body.
    while end + 1 < limit {
        crate::work::tick(1);
        let next = &feats[end + 1];
        if next.sentence_like() || (next.list_item && !next.chrome) {
            end += 1;
        } else {
            break;
        }
    }
    Some((start, end))
}

/// Whether the first body line (`start`) is really a standfirst: the
/// headline (raw index `headline`) is the header line right above it, no
/// standfirst was found, and it has no sentence-final punctuation.
fn standfirst_after(feats: &[Feat<'_>], headline: usize, start: usize) -> bool {
    let f = &feats[start];
    let prev = start.checked_sub(1).map(|k| feats[k].idx);
    prev == Some(headline) && !f.sentence && !f.ends_period && (8..=40).contains(&f.n_words)
}

fn header(feats: &[Feat<'_>], layout: &mut Layout) {
    layout.bylines.clear();
    let glued_to_credit =
        |k: usize| feats[k].glued_next && feats.get(k + 1).is_some_and(|next| next.cues.credit);
    let candidates: Vec<usize> = (0..feats.len())
        .filter(|&k| feats[k].title_like() && !glued_to_credit(k))
        .collect();
    // What follows a headline is a standfirst, a byline, a date, a photo
    // or the body; a consent button or a masthead's tagline is followed by
    // more furniture.
    let followed_well = |k: usize| match feats.get(k + 1) {
        None => true,
        Some(next) => {
            next.title_like()
                || next.date.is_some()
                || next.byline.is_some()
                || next.cues.credit
                || next.prose()
        }
    };
    // A line shaped like a name (a masthead, an organisation) is the
    // headline only when nothing else is.
    let headline = candidates
        .iter()
        .copied()
        .filter(|&k| !name_shaped(feats[k].text) && followed_well(k))
        .find(|&k| feats[k].n_words >= 5)
        .or_else(|| {
            candidates
                .iter()
                .copied()
                .filter(|&k| !name_shaped(feats[k].text))
                .find(|&k| feats[k].n_words >= 5)
        })
        .or_else(|| {
            candidates
                .iter()
                .copied()
                .find(|&k| !name_shaped(feats[k].text))
        })
        .or_else(|| candidates.first().copied());
    let standfirst = headline.and_then(|h| {
        let last_meta = feats
            .iter()
            .rposition(|f| f.date.is_some() || f.byline.is_some());
        (h + 1..feats.len())
            .filter(|&k| !feats[k].chrome && feats[k].date.is_none() && feats[k].byline.is_none())
            .take(1)
            .find(|&k| {
                let f = &feats[k];
                let sized = f.n_words >= 8 && f.n_words <= 60;
                // A standfirst ending with a full stop reads like a lede:
                // only a byline or date below it keeps it in the header.
                let placed = !f.ends_period || last_meta.is_some_and(|m| m > k);
                sized && placed && !glued_to_credit(k)
            })
    });
    let mut dates: Vec<(Stamp, Date)> = Vec::new();
    let mut byline_date: Option<Date> = None;
    for (k, f) in feats.iter().enumerate() {
        crate::work::tick(1);
        let role = if Some(k) == headline {
            Role::Headline
        } else if Some(k) == standfirst {
            Role::Standfirst
        } else if let Some(dl) = &f.date {
            dates.extend(dl.dates.iter().copied());
            Role::Dateline
        } else if let Some(by) = &f.byline {
            for name in &by.names {
                crate::work::tick(1);
                if !layout.bylines.contains(name) {
                    layout.bylines.push(name.clone());
                }
            }
            byline_date = byline_date.or(by.date);
            Role::Byline
        } else {
            Role::Chrome
        };
        layout.roles[f.idx] = Some(role);
    }
    layout.headline = headline.map(|k| feats[k].idx);
    layout.standfirst = standfirst.map(|k| feats[k].idx);
    // The first "Published" date wins over an "Updated" line above it.
    layout.published = date::publication_date(&dates).or(byline_date);
}

fn body(feats: &[Feat<'_>], layout: &mut Layout) {
    // Repeats are found by a hash of the words, without copying the text;
    // a hash match is confirmed word by word.
    let mut seen: HashMap<u64, Vec<usize>> = HashMap::new();
    // After a line ending with a colon, short lines are the items of an
    // unmarked list, until the next prose paragraph.
    let mut in_list = false;
    for (k, f) in feats.iter().enumerate() {
        crate::work::tick(1);
        let caption =
            f.glued_next && !f.sentence && feats.get(k + 1).is_some_and(|next| next.cues.credit);
        let list_item = in_list && !f.chrome && !f.sentence && f.n_words <= 12;
        let role = if f.chrome || f.date.is_some() || caption {
            Role::Chrome
        } else if f.prose() || f.list_item || list_item || f.share_line() {
            Role::Body
        } else if f.sentence_like() {
            // A short question standing alone is a subheading.
            if f.ends_question && !f.quote_only && f.n_words <= 6 {
                Role::Chrome
            } else {
                Role::Body
            }
        } else if f.text.ends_with(':') && f.has_lower && f.n_words >= 4 {
            Role::Body
        } else if f.n_words >= 12 && mostly_lower(f.text) {
            // A paragraph that lost its full stop.
            Role::Body
        } else {
            // Subheadings, captions without credits, labels.
            Role::Chrome
        };
        if role == Role::Body {
            // A list whose items are marked ("• ...") ends with them: the
            // short unmarked line after it is a subheading.
            in_list = f.text.ends_with(':') || (in_list && list_item && !f.list_item);
        } else if !f.chrome {
            in_list = false;
        }
        let role = if role == Role::Body {
            let bucket = seen.entry(words_hash(f.text)).or_default();
            let original = bucket
                .iter()
                .copied()
                .find(|&k| same_words(feats[k].text, f.text));
            match original {
                Some(k) => {
                    layout.duplicate_of[f.idx] = Some(feats[k].idx);
                    Role::Duplicate
                }
                None => {
                    bucket.push(k);
                    Role::Body
                }
            }
        } else {
            role
        };
        layout.roles[f.idx] = Some(role);
    }
    mark_pull_quotes(feats, layout);
}

/// Words that stay lower case inside a Title Case name.
const NAME_JOINERS: &[&str] = &[
    "of", "and", "the", "for", "in", "on", "at", "to", "&", "-", "–",
];

/// Shaped like a proper name ("Royal College of Community Nursing"): at
/// most six words, every other word capitalised, no digits.
fn name_shaped(text: &str) -> bool {
    let words: Vec<&str> = crate::normalize::words(text).collect();
    words.len() <= 6
        && !text.chars().any(|c| c.is_ascii_digit())
        && words
            .iter()
            .all(|w| NAME_JOINERS.contains(w) || w.chars().next().is_some_and(char::is_uppercase))
}

/// A hash of the words of `text`, whatever spaces separate them: FNV-1a
/// over their bytes, each word closed by 0xFF (never a byte of UTF-8).
/// Matches are confirmed word by word, so speed matters more than spread.
fn words_hash(text: &str) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    let mut hash = OFFSET;
    for word in crate::normalize::words(text) {
        crate::work::tick(1);
        for byte in word.bytes().chain([0xFF]) {
            hash = (hash ^ u64::from(byte)).wrapping_mul(PRIME);
        }
    }
    hash
}

/// Whether two lines hold the same words.
fn same_words(a: &str, b: &str) -> bool {
    let mut x = crate::normalize::words(a);
    let mut y = crate::normalize::words(b);
    loop {
        crate::work::tick(1);
        match (x.next(), y.next()) {
            (None, None) => return true,
            (Some(p), Some(q)) if p == q => {}
            _ => return false,
        }
    }
}

fn mostly_lower(text: &str) -> bool {
    let words: Vec<&str> = crate::normalize::words(text).collect();
    let lower = words
        .iter()
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .count();
    lower * 2 >= words.len()
}

/// Pull quotes looked for per article: a bound, so that a page of a
/// million quoted lines stays linear.
const MAX_PULL_QUOTES: usize = 64;

/// A short line that is only a quotation, whose words stand in another
/// body paragraph, is a pull quote: chrome.
fn mark_pull_quotes(feats: &[Feat<'_>], layout: &mut Layout) {
    let candidates = feats
        .iter()
        .filter(|f| layout.roles[f.idx] == Some(Role::Body) && f.quote_only && f.n_words <= 40);
    let candidates: Vec<&Feat<'_>> = candidates.take(MAX_PULL_QUOTES).collect();
    if candidates.is_empty() {
        return;
    }
    let body: Vec<(usize, String)> = feats
        .iter()
        .filter(|f| layout.roles[f.idx] == Some(Role::Body))
        .map(|f| (f.idx, normalize::collapse(f.text)))
        .collect();
    for f in candidates {
        crate::work::tick(1);
        let inner =
            normalize::collapse(f.text.trim_matches(|c: char| {
                OPENERS.contains(&c) || CLOSERS.contains(&c) || is_space(c)
            }));
        let inner = inner.trim_end_matches(['.', ',', '!', '?']);
        if inner.split(' ').count() < 4 {
            continue;
        }
        let elsewhere = body
            .iter()
            .any(|(idx, text)| *idx != f.idx && text.contains(inner));
        if elsewhere {
            layout.roles[f.idx] = Some(Role::Chrome);
        }
    }
}
