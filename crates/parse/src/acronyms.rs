//! Acronym definitions: an abbreviation defined by a parenthesis, in either
//! direction ("Care Quality Commission (CQC)" and "CQC (Care Quality
//! Commission)").
//!
//! Matching follows Schwartz and Hearst (2003), "A simple algorithm for
//! identifying abbreviation definitions in biomedical text":
//!
//! - the short form is 2 to 10 characters, at most two words, starts with a
//!   letter or digit and has a capital letter;
//! - the long-form candidate is at most `min(|A| + 5, |A| * 2)` words before
//!   the parenthesis (`|A|` the short form's length in characters), cut at
//!   the nearest clause boundary (sentence end, comma, colon, quote, dash);
//! - the short form's letters and digits are matched right to left, each to
//!   the nearest earlier character of the candidate, the first one at the
//!   start of a word; the long form starts at that word, so the shortest
//!   matching long form wins and leading words outside the match (articles,
//!   descriptions such as "the regulator") are left out.
//!
//! On top of the published algorithm, to keep precision on news prose:
//!
//! - the first letter never lands on a joining word ("and", "of", ...): in
//!   "accident and emergency (A&E)" the `A` belongs to "accident";
//! - the long form's last word must hold a matched letter, and when the long
//!   form is not a capitalised name every content word must hold one (so a
//!   stray capitalised aside after ordinary words is not a definition);
//! - a short form with a single capital and no digit that is written like a
//!   word ("Nice", "Sage") needs a capitalised long form;
//! - a short form ending in a lowercase `s` may stand for a singular long
//!   form ("care trust (CTs)") when the plural does not match; a singular
//!   short form may stand for a plural long form ("care trusts (CT)") as it
//!   is, because matching never needs the final `s`.
//!
//! The reverse direction ("CQC (Care Quality Commission)") takes the word
//! just before the parenthesis as the short form, which must then have at
//! least two capitals, and the parenthesis as the long-form candidate.
//!
//! Work is bounded per parenthesis (a few hundred bytes either side), so a
//! line is scanned in linear time whatever it holds.

use std::collections::BTreeSet;
use std::ops::Range;

use crosscheck_model::{Acronym, Span};

use crate::Para;

/// Longest parenthesis content looked at, in bytes.
const MAX_INNER_BYTES: usize = 200;
/// Longest stretch of text before a parenthesis searched for a long form.
const MAX_WINDOW_BYTES: usize = 320;
/// Longest short form looked at before a parenthesis, in bytes.
const MAX_SHORT_BYTES: usize = 48;
/// Short-form length bounds, in characters.
const SHORT_CHARS: Range<usize> = 2..11;

/// Words that join the words of a name and never start a long form.
const JOINERS: &[&str] = &[
    "and", "&", "of", "for", "in", "on", "to", "at", "by", "with", "or", "from", "into", "as",
];
/// Articles: may start a long form only when the short form spells them.
const ARTICLES: &[&str] = &["the", "a", "an"];

/// Abbreviations defined by a parenthesis in the given lines, first
/// definition of each (short, long) pair only, in text order.
///
/// Pairs are compared case-folded and whitespace-collapsed; the long form is
/// given as written, with runs of whitespace collapsed to one space.
pub fn acronyms(paras: &[Para<'_>]) -> Vec<Acronym> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for para in paras {
        crate::work::tick(1);
        for def in definitions(para.text) {
            crate::work::tick(1);
            let key = (def.short.to_lowercase(), def.long.to_lowercase());
            if !seen.insert(key) {
                continue;
            }
            let base = para.start as usize;
            let span = Span::from_range(
                base.saturating_add(def.span.start)..base.saturating_add(def.span.end),
            );
            out.push(Acronym {
                short: def.short,
                long: def.long,
                line: para.line,
                span,
            });
        }
    }
    out
}

/// One definition found in a line, with its span in the line.
#[derive(Debug)]
struct Definition {
    short: String,
    long: String,
    span: Range<usize>,
}

/// Every definition in `text`, in text order.
fn definitions(text: &str) -> Vec<Definition> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for open in memchr::memchr_iter(b'(', bytes) {
        crate::work::tick(1);
        let Some(close) = closing(bytes, open) else {
            continue;
        };
        let Some(inner) = text.get(open + 1..close) else {
            continue;
        };
        let inner_start = open + 1 + (inner.len() - inner.trim_start().len());
        let inner = inner.trim();
        let def = forward(text, open, close, inner)
            .or_else(|| backward(text, open, close, inner, inner_start));
        out.extend(def);
    }
    out
}

/// The `)` closing the parenthesis opened at `open`, unless another `(`
/// comes first (nested) or it is too far away.
fn closing(bytes: &[u8], open: usize) -> Option<usize> {
    let from = open + 1;
    let to = bytes.len().min(from.saturating_add(MAX_INNER_BYTES));
    let rel = memchr::memchr2(b'(', b')', bytes.get(from..to)?)?;
    let at = from + rel;
    (bytes.get(at) == Some(&b')')).then_some(at)
}

/// "long form (SHORT)".
fn forward(text: &str, open: usize, close: usize, short: &str) -> Option<Definition> {
    if !is_short_form(short) {
        return None;
    }
    let window = window_before(text, open);
    let n_chars = short.chars().count();
    let max_words = (n_chars + 5).min(n_chars * 2);
    let words = window.get(window.len().saturating_sub(max_words)..)?;
    let long = best_long_form(text, short, words).or_else(|| {
        let singular = short.strip_suffix('s').filter(|s| s.chars().count() >= 2)?;
        best_long_form(text, singular, words)
    })?;
    let def = Definition {
        short: short.to_owned(),
        long: collapse(text.get(long.clone())?),
        span: long.start..close + 1,
    };
    accept(def)
}

/// "SHORT (long form)".
fn backward(
    text: &str,
    open: usize,
    close: usize,
    inner: &str,
    inner_start: usize,
) -> Option<Definition> {
    if inner.contains([',', ';', ':']) || has_example_marker(inner) {
        return None;
    }
    let short_range = word_before(text, open)?;
    let short = text.get(short_range.clone())?;
    let n_caps = short.chars().filter(|c| c.is_uppercase()).count();
    if !is_short_form(short) || n_caps < 2 || short.contains(char::is_whitespace) {
        return None;
    }
    let n_chars = short.chars().count();
    let max_words = (n_chars + 5).min(n_chars * 2);
    let words = word_ranges(inner, inner_start);
    if words.is_empty() || words.len() > max_words {
        return None;
    }
    let long = best_long_form(text, short, &words)?;
    let def = Definition {
        short: short.to_owned(),
        long: collapse(text.get(long)?),
        span: short_range.start..close + 1,
    };
    accept(def)
}

/// Checks on a whole definition that do not depend on the direction.
fn accept(def: Definition) -> Option<Definition> {
    let short_len = def.short.chars().count();
    if def.long.chars().count() <= short_len || def.long.eq_ignore_ascii_case(&def.short) {
        return None;
    }
    // A word-like short form ("Nice", "Sage") needs a name as its long form.
    let caps = def.short.chars().filter(|c| c.is_uppercase()).count();
    let letters = def.short.chars().filter(|c| c.is_alphabetic()).count();
    let has_digit = def.short.chars().any(|c| c.is_ascii_digit());
    let long_capitalised = def.long.chars().next().is_some_and(char::is_uppercase);
    if caps == 1 && letters >= 4 && !has_digit && !long_capitalised {
        return None;
    }
    Some(def)
}

/// Whether `s` can be a short form: 2 to 10 characters, at most two words,
/// starting with a letter or digit, with a capital, and no clause
/// punctuation.
fn is_short_form(s: &str) -> bool {
    let n_chars = s.chars().count();
    if !SHORT_CHARS.contains(&n_chars) {
        return false;
    }
    if !s.chars().next().is_some_and(char::is_alphanumeric) {
        return false;
    }
    if !s.chars().any(char::is_uppercase) {
        return false;
    }
    let allowed = |c: char| c.is_alphanumeric() || c == ' ' || "&-/.'’+".contains(c);
    if !s.chars().all(allowed) {
        return false;
    }
    let words: Vec<&str> = s.split(' ').collect();
    if words.len() > 2 || words.iter().any(|w| w.is_empty()) {
        return false;
    }
    // "(eg CQC)", "(see NHS)": a lowercase word is not part of an abbreviation.
    if words.len() == 2 && words.iter().any(|w| !w.chars().any(char::is_uppercase)) {
        return false;
    }
    // Roman numerals ("(II)", "(IV)") number things, they do not abbreviate.
    if s.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        return false;
    }
    !has_example_marker(s)
}

/// "e.g." or "i.e." anywhere: the parenthesis gives examples, not a name.
fn has_example_marker(s: &str) -> bool {
    let lower = s.to_lowercase();
    lower.contains("e.g") || lower.contains("i.e")
}

/// The words before `open` that may hold a long form: at most
/// `MAX_WINDOW_BYTES`, cut after the last clause boundary, with a closing
/// quote right before the parenthesis left out (`“Fit for Work” (FFW)`).
fn window_before(text: &str, open: usize) -> Vec<Range<usize>> {
    let mut lo = open.saturating_sub(MAX_WINDOW_BYTES);
    while !text.is_char_boundary(lo) {
        crate::work::tick(1);
        lo += 1;
    }
    let Some(region) = text.get(lo..open) else {
        return Vec::new();
    };
    let region = region
        .trim_end()
        .trim_end_matches(['”', '"', '’', '\''])
        .trim_end();
    let mut cut = None;
    let mut next: Option<char> = None;
    for (idx, c) in region.char_indices().rev() {
        crate::work::tick(1);
        if c == ',' && joins_name(region, idx) {
            next = Some(c);
            continue;
        }
        if is_boundary(c, next) {
            cut = Some(idx + c.len_utf8());
            break;
        }
        next = Some(c);
    }
    let truncated = cut.is_none() && lo > 0;
    let start = cut.unwrap_or(0);
    let Some(tail) = region.get(start..) else {
        return Vec::new();
    };
    let mut words = word_ranges(tail, lo + start);
    if truncated && !words.is_empty() {
        // The first word may have been cut by the byte limit.
        words.remove(0);
    }
    // A word with no letter or digit (a dash, a bullet) ends the clause.
    if let Some(last_bad) = words.iter().rposition(|w| {
        text.get(w.clone())
            .is_none_or(|w| !w.chars().any(char::is_alphanumeric))
    }) {
        words.drain(..=last_bad);
    }
    words
}

/// Whether the comma at `comma` separates capitalised words inside one name
/// ("Department for Culture, Media and Sport"), so the clause goes on: a
/// capitalised word on each side, and a capitalised `and` list after it.
fn joins_name(region: &str, comma: usize) -> bool {
    let before = region.get(..comma).unwrap_or_default();
    let after = region.get(comma + 1..).unwrap_or_default();
    let cap = |w: &str| w.starts_with(char::is_uppercase);
    let word_before = before
        .rsplit(char::is_whitespace)
        .next()
        .unwrap_or_default();
    let mut words_after = after.split_whitespace();
    let first_after = words_after.next().unwrap_or_default();
    // The list closes with "and" and a capitalised word before any other
    // comma: "Housing, Communities and Local Government".
    let mut closes = false;
    let mut prev_and = false;
    for w in words_after.take(6) {
        if prev_and {
            closes = cap(w);
            break;
        }
        if w.contains(',') || !(cap(w) || w == "and" || w == "&") {
            break;
        }
        prev_and = w == "and" || w == "&";
    }
    cap(word_before) && cap(first_after) && !first_after.contains(',') && closes
}

/// Whether `c` (followed by `next`) ends the clause a long form can lie in.
fn is_boundary(c: char, next: Option<char>) -> bool {
    match c {
        '.' => next.is_none_or(char::is_whitespace),
        ',' | ';' | ':' | '!' | '?' | '(' | ')' | '[' | ']' | '{' | '}' | '"' | '“' | '”' | '‘'
        | '«' | '»' | '|' | '–' | '—' | '•' => true,
        _ => false,
    }
}

/// The whitespace-separated words of `s`, as ranges offset by `base`.
fn word_ranges(s: &str, base: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = None;
    for (idx, c) in s.char_indices() {
        crate::work::tick(1);
        match (c.is_whitespace(), start) {
            (true, Some(st)) => {
                out.push(base + st..base + idx);
                start = None;
            }
            (false, None) => start = Some(idx),
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push(base + st..base + s.len());
    }
    out
}

/// The word right before `open` (whitespace allowed between), without
/// leading punctuation, if short enough to be a short form and ending in a
/// letter or digit.
fn word_before(text: &str, open: usize) -> Option<Range<usize>> {
    let before = text.get(..open)?.trim_end();
    let end = before.len();
    let mut start = end;
    for (idx, c) in before.char_indices().rev() {
        crate::work::tick(1);
        if c.is_whitespace() {
            break;
        }
        if end - idx > MAX_SHORT_BYTES {
            return None;
        }
        start = idx;
    }
    let word = before.get(start..end)?;
    if !word.chars().last().is_some_and(char::is_alphanumeric) {
        return None;
    }
    // An opening quote or bracket before the word is no part of it.
    let trimmed = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    Some(start + (word.len() - trimmed.len())..end)
}

/// One character of a long-form candidate.
#[derive(Clone, Copy)]
struct LongChar {
    c: char,
    /// Index of its word in the candidate.
    word: usize,
}

/// The Schwartz–Hearst match of `short` in `words` (ranges into `text`):
/// the byte range of the shortest long form, from the word holding the
/// first letter's match to the end of the last word.
fn best_long_form(text: &str, short: &str, words: &[Range<usize>]) -> Option<Range<usize>> {
    initials_long_form(text, short, words).or_else(|| letters_long_form(text, short, words))
}

/// The long form whose words' initials spell `short`, right to left:
/// "Association of Directors of Adult Social Services (ADASS)" rather than
/// the shorter "Adult Social Services", which the letter-level match would
/// take by reading the D inside "Adult". Joining words are skipped unless
/// the short form spells them in lower case ("DfE"); a trailing lower-case
/// `s` is the plural ("CCGs").
fn initials_long_form(text: &str, short: &str, words: &[Range<usize>]) -> Option<Range<usize>> {
    let mut letters: Vec<char> = short.chars().filter(|c| c.is_alphanumeric()).collect();
    if letters.len() > 1 && letters.last() == Some(&'s') {
        letters.pop();
    }
    if letters.len() < 2 {
        return None;
    }
    let last_word = words.len().checked_sub(1)?;
    let mut next = words.len();
    let mut first_word = None;
    for (pos, &letter) in letters.iter().enumerate().rev() {
        crate::work::tick(1);
        let found = (0..next).rev().find(|&w| {
            let Some(word) = words.get(w).and_then(|r| text.get(r.clone())) else {
                return false;
            };
            let joiner = JOINERS
                .iter()
                .chain(ARTICLES)
                .any(|j| word.eq_ignore_ascii_case(j));
            let initial = word.chars().find(|c| c.is_alphanumeric());
            initial.is_some_and(|c| same_letter(c, letter)) && (!joiner || letter.is_lowercase())
        })?;
        // The last letter must come from the last word, and no content
        // word may be skipped between two matched words.
        if pos == letters.len() - 1 && found != last_word {
            return None;
        }
        let skipped_content = (found + 1..next).any(|w| {
            words
                .get(w)
                .and_then(|r| text.get(r.clone()))
                .is_some_and(|word| {
                    !JOINERS
                        .iter()
                        .chain(ARTICLES)
                        .any(|j| word.eq_ignore_ascii_case(j))
                })
        });
        if pos != letters.len() - 1 && skipped_content {
            return None;
        }
        next = found;
        first_word = Some(found);
    }
    let start = words.get(first_word?)?.start;
    let end = words.get(last_word)?.end;
    Some(start..end)
}

/// The Schwartz–Hearst letter-level match, for short forms that take
/// letters from inside words ("NHSCC" from "NHS Clinical Commissioners").
fn letters_long_form(text: &str, short: &str, words: &[Range<usize>]) -> Option<Range<usize>> {
    let mut chars = Vec::new();
    for (word, range) in words.iter().enumerate() {
        crate::work::tick(1);
        let w = text.get(range.clone())?;
        chars.extend(w.chars().map(|c| LongChar { c, word }));
    }
    let word_text = |idx: usize| words.get(idx).and_then(|r| text.get(r.clone()));
    let starts_word = |idx: usize| match idx.checked_sub(1).and_then(|p| chars.get(p)) {
        None => true,
        Some(prev) => {
            chars.get(idx).is_none_or(|cur| prev.word != cur.word) || !prev.c.is_alphanumeric()
        }
    };
    let is_joiner = |word: usize| {
        word_text(word).is_some_and(|w| JOINERS.iter().any(|j| w.eq_ignore_ascii_case(j)))
    };

    let first_alnum = short.char_indices().find(|(_, c)| c.is_alphanumeric())?.0;
    let mut limit = chars.len();
    let mut matched = Vec::new();
    for (s_idx, s_char) in short.char_indices().rev() {
        crate::work::tick(1);
        if !s_char.is_alphanumeric() {
            continue;
        }
        let is_first = s_idx == first_alnum;
        let found = loop {
            limit = limit.checked_sub(1)?;
            let cur = chars.get(limit)?;
            if !same_letter(cur.c, s_char) {
                continue;
            }
            if is_first && (!starts_word(limit) || is_joiner(cur.word)) {
                continue;
            }
            break *cur;
        };
        matched.push(found);
    }
    let first = matched.last()?;
    let last_word = words.len().checked_sub(1)?;

    // The long form's last word must take part in the match.
    if !matched.iter().any(|m| m.word == last_word) {
        return None;
    }
    // Unless the long form is a capitalised name (where words such as
    // "Health and Care" in a title may go unabbreviated), every content
    // word must give the short form a letter.
    let content: Vec<usize> = (first.word..=last_word)
        .filter(|&w| {
            word_text(w).is_some_and(|t| {
                !JOINERS
                    .iter()
                    .chain(ARTICLES)
                    .any(|j| t.eq_ignore_ascii_case(j))
            })
        })
        .collect();
    let capitalised = content
        .iter()
        .filter(|&&w| {
            word_text(w).is_some_and(|t| t.chars().next().is_some_and(char::is_uppercase))
        })
        .count();
    if capitalised * 2 <= content.len()
        && !content.iter().all(|&w| matched.iter().any(|m| m.word == w))
    {
        return None;
    }
    let start = words.get(first.word)?.start;
    let end = words.get(last_word)?.end;
    Some(start..end)
}

/// Case-insensitive comparison of two characters.
fn same_letter(a: char, b: char) -> bool {
    a == b || a.to_lowercase().eq(b.to_lowercase())
}

/// `s` with every run of whitespace replaced by one space.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::Role;

    /// Runs the extractor on `text` (lines split on `\n`) and compares the
    /// (short, long) pairs found, in order.
    fn check(text: &str, expected: &[(&str, &str)]) {
        let paras = paras(text);
        let found = acronyms(&paras);
        for acr in &found {
            let span_text = acr.span.text(text).expect("span on char boundaries");
            assert!(
                span_text.contains(acr.short.as_str()),
                "{span_text:?} lacks {acr:?}"
            );
        }
        let pairs: Vec<(&str, &str)> = found
            .iter()
            .map(|a| (a.short.as_str(), a.long.as_str()))
            .collect();
        assert_eq!(pairs, expected, "in {text:?}");
    }

    fn paras(text: &str) -> Vec<Para<'_>> {
        let mut out = Vec::new();
        let mut start = 0;
        for (idx, line) in text.split('\n').enumerate() {
            out.push(Para {
                line: u32::try_from(idx + 1).unwrap(),
                start: u32::try_from(start).unwrap(),
                text: line,
                role: Role::Body,
                sentences: &[],
            });
            start += line.len() + 1;
        }
        out
    }

    // Forward definitions.
    #[test]
    fn lowercase_plural() {
        check(
            "Funding for primary care networks (PCNs) rose again.",
            &[("PCNs", "primary care networks")],
        );
    }
    #[test]
    fn capitalised_name() {
        check(
            "A statement from the Royal College of Nursing (RCN) followed.",
            &[("RCN", "Royal College of Nursing")],
        );
    }
    #[test]
    fn shortest_long_form_wins() {
        check(
            "Data from the watchdog Care Quality Commission (CQC) show a fall.",
            &[("CQC", "Care Quality Commission")],
        );
    }
    #[test]
    fn initials_beat_letters_inside_words() {
        check(
            "Figures from the Federation of Directors of Regional Transport Services (FDRTS) were cited.",
            &[(
                "FDRTS",
                "Federation of Directors of Regional Transport Services",
            )],
        );
        check(
            "a warning from the Rural Boroughs Network (RBN), which speaks for them",
            &[("RBN", "Rural Boroughs Network")],
        );
    }
    #[test]
    fn joining_words_are_skipped() {
        check(
            "Ministers at the Department of Health and Social Care (DHSC) disagreed.",
            &[("DHSC", "Department of Health and Social Care")],
        );
    }
    #[test]
    fn lowercase_letter_in_short_form() {
        check(
            "A spokesman for the Department for Education (DfE) declined.",
            &[("DfE", "Department for Education")],
        );
    }
    #[test]
    fn ampersand_and_first_letter_not_on_joiner() {
        check(
            "Waits in accident and emergency (A&E) grew.",
            &[("A&E", "accident and emergency")],
        );
    }
    #[test]
    fn singular_short_for_plural_long() {
        check(
            "New integrated care boards (ICB) will take over.",
            &[("ICB", "integrated care boards")],
        );
    }
    #[test]
    fn plural_short_for_singular_long() {
        check(
            "Each integrated care system (ICSs) must publish a plan.",
            &[("ICSs", "integrated care system")],
        );
    }
    #[test]
    fn name_with_unabbreviated_words() {
        check(
            "Guidance from the National Institute for Health and Care Excellence (NICE) changed.",
            &[("NICE", "National Institute for Health and Care Excellence")],
        );
    }
    #[test]
    fn word_like_short_form_with_name() {
        check(
            "Advice from the Scientific Advisory Group for Emergencies (Sage) was published.",
            &[("Sage", "Scientific Advisory Group for Emergencies")],
        );
    }
    #[test]
    fn digits_in_short_form() {
        check(
            "Cases of coronavirus disease 2019 (Covid-19) fell.",
            &[("Covid-19", "coronavirus disease 2019")],
        );
    }
    #[test]
    fn quoted_long_form() {
        check(
            "Under the “Fit for the Future” (FFF) plan, beds were cut.",
            &[("FFF", "Fit for the Future")],
        );
    }
    #[test]
    fn odd_spaces_collapse() {
        check(
            "Staff at the Health\u{a0}Foundation\u{a0}(HF) agreed.",
            &[("HF", "Health Foundation")],
        );
    }

    // Reverse definitions.
    #[test]
    fn reverse_direction() {
        check(
            "The CQC (Care Quality Commission) inspected the ward.",
            &[("CQC", "Care Quality Commission")],
        );
    }
    #[test]
    fn reverse_drops_leading_description() {
        check(
            "The BMA (the doctors’ union British Medical Association) objected.",
            &[("BMA", "British Medical Association")],
        );
    }
    #[test]
    fn reverse_after_opening_quote() {
        check(
            "Staff called them “CQC (Care Quality Commission) people”.",
            &[("CQC", "Care Quality Commission")],
        );
    }
    #[test]
    fn reverse_aside_is_not_a_definition() {
        check("The BMA (which speaks for doctors) objected.", &[]);
    }
    #[test]
    fn reverse_with_comma_is_not_a_definition() {
        check(
            "The BMA (British Medical Association, a union) objected.",
            &[],
        );
    }

    // Traps.
    #[test]
    fn percentage_in_brackets() {
        check("Some 120 of 250 asked (48%) agreed.", &[]);
    }
    #[test]
    fn date_range_in_brackets() {
        check("Weekly digest (3rd to 9th May 2023)", &[]);
    }
    #[test]
    fn lowercase_aside() {
        check(
            "Waiting lists (see chart) grew, as expected (noted above).",
            &[],
        );
    }
    #[test]
    fn letters_do_not_match() {
        check("The new chief nurse (CCG) said so.", &[]);
    }
    #[test]
    fn first_letter_must_start_a_word() {
        check("A policy charity (NT) warned of cuts.", &[]);
        check(
            "The Health Foundation (HF) warned of cuts.",
            &[("HF", "Health Foundation")],
        );
    }
    #[test]
    fn content_words_must_give_letters() {
        check("Patients waiting for treatment said (PT) nothing.", &[]);
    }
    #[test]
    fn word_like_short_form_after_prose() {
        check(
            "He said the sage words of a seasoned aide (Sage) today.",
            &[],
        );
        // Letters and coverage fit; only the lowercase long form tells.
        check("Work began under a strict agenda (Sage) today.", &[]);
    }
    #[test]
    fn examples_and_lists() {
        check(
            "Some bodies (e.g. CQC) objected, others (CQC, NHSE) did not.",
            &[],
        );
        check("Some bodies (eg CQC) objected.", &[]);
    }
    #[test]
    fn roman_numerals() {
        check("Part two of the Victorian Inspection (II) rules.", &[]);
    }
    #[test]
    fn nested_and_unbalanced() {
        check(
            "Old primary care trusts (PCTs (now gone)) and ((ABC and (",
            &[],
        );
        check("Trusts ((PCTs)) and )( or (", &[]);
        check("((((", &[]);
    }
    #[test]
    fn paren_at_line_start() {
        check("(NHS) was all it said.", &[]);
    }
    #[test]
    fn comma_inside_name_list() {
        check(
            "data from the Office for Trade, Skills and Regional Growth (OTSRG) show",
            &[("OTSRG", "Office for Trade, Skills and Regional Growth")],
        );
    }
    #[test]
    fn comma_list_before_name_left_out() {
        check(
            "In Derby, Leicester and Nottingham Trust (NT) said",
            &[("NT", "Nottingham Trust")],
        );
        check(
            "For patients, Dental Access Group (DAG) said",
            &[("DAG", "Dental Access Group")],
        );
    }
    #[test]
    fn comma_without_and_list_still_cuts() {
        check("Speaking in Cardiff, Wales Health Board (CWHB) said", &[]);
    }

    // Bookkeeping.
    #[test]
    fn first_definition_only() {
        check(
            "Many general practitioners (GPs) agreed.\nMost General Practitioners (GPs) did not.",
            &[("GPs", "general practitioners")],
        );
    }
    #[test]
    fn two_definitions_in_one_line() {
        check(
            "Both the Local Government Association (LGA) and NHS Providers (NHSP) agreed.",
            &[
                ("LGA", "Local Government Association"),
                ("NHSP", "NHS Providers"),
            ],
        );
    }
    #[test]
    fn spans_cover_long_form_and_parenthesis() {
        let text = "x\nWe asked the Health Foundation (HF) again.";
        let found = acronyms(&paras(text));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].line, 2);
        assert_eq!(found[0].span.text(text), Some("Health Foundation (HF)"));
        let text = "Then the CQC (Care Quality Commission) came.";
        let found = acronyms(&paras(text));
        assert_eq!(
            found[0].span.text(text),
            Some("CQC (Care Quality Commission)")
        );
    }
}
