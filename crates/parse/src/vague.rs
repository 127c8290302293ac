//! Vague quantities given beside a number: "a majority (48%)", "most
//! respondents (55 per cent)", "a minority – 12% –". Each carries the range
//! of percentages the words can honestly describe, so a check can compare
//! them with the number.

use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use crosscheck_model::{Figure, FigureKind, Span, VagueQuantity};

use crate::Para;

/// Phrases, lower case, and the percentages (inclusive) they fit. Longer
/// phrases first, so that "a slight majority" wins over "majority".
const PHRASES: &[(&str, f64, f64)] = &[
    ("an overwhelming majority", 75.0, 100.0),
    ("the overwhelming majority", 75.0, 100.0),
    ("the vast majority", 75.0, 100.0),
    ("a vast majority", 75.0, 100.0),
    ("a large majority", 60.0, 100.0),
    ("a clear majority", 55.0, 100.0),
    ("a big majority", 60.0, 100.0),
    ("a slight majority", 50.0, 60.0),
    ("a narrow majority", 50.0, 60.0),
    ("a small majority", 50.0, 60.0),
    ("a bare majority", 50.0, 55.0),
    ("a majority", 50.0, 100.0),
    ("the majority", 50.0, 100.0),
    ("almost all", 85.0, 100.0),
    ("nearly all", 85.0, 100.0),
    ("virtually all", 90.0, 100.0),
    ("a large minority", 25.0, 50.0),
    ("a significant minority", 10.0, 50.0),
    ("a small minority", 0.0, 25.0),
    ("a tiny minority", 0.0, 10.0),
    ("a minority", 0.0, 50.0),
    ("very few", 0.0, 15.0),
    ("hardly any", 0.0, 10.0),
    ("most", 50.0, 100.0),
];

/// Most words allowed between the phrase and the bracket holding its
/// number ("a majority of those who answered (52%)").
const MAX_GAP_WORDS: usize = 6;

static MATCHER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasickBuilder::new()
        .ascii_case_insensitive(true)
        .match_kind(MatchKind::LeftmostLongest)
        // Every body line is scanned: a DFA is worth its build time.
        .kind(Some(AhoCorasickKind::DFA))
        .build(PHRASES.iter().map(|(phrase, _, _)| phrase))
        .ok()
});

/// Vague quantities in the lines, each paired with the percentage in
/// brackets (or between dashes) that follows it. One pass per line.
pub(crate) fn vague_quantities(paras: &[Para<'_>], figures: &[Figure]) -> Vec<VagueQuantity> {
    let Some(matcher) = MATCHER.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for para in paras {
        crate::work::tick(1);
        for m in matcher.find_iter(para.text) {
            crate::work::tick(1);
            let (pos, end) = (m.start(), m.end());
            let before_ok = para
                .text
                .get(..pos)
                .and_then(|b| b.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric());
            let after_ok = para
                .text
                .get(end..)
                .and_then(|a| a.chars().next())
                .is_none_or(|c| !c.is_alphanumeric());
            let Some(&(_, low, high)) = PHRASES.get(m.pattern().as_usize()) else {
                continue;
            };
            if !before_ok || !after_ok {
                continue;
            }
            let (Some(figure), Some(text)) = (
                bracketed_percent(para, end, figures),
                para.text.get(pos..end),
            ) else {
                continue;
            };
            let start = para.start as usize + pos;
            out.push(VagueQuantity {
                line: para.line,
                text: text.to_owned(),
                span: Span::from_range(start..start + text.len()),
                low,
                high,
                figure,
            });
        }
    }
    out
}

/// The percentage right after local byte `end`, in brackets or between
/// dashes, within a few words: the number the vague words describe.
/// Figures are in text order, so the first one after `end` is found by
/// binary search.
fn bracketed_percent(para: &Para<'_>, end: usize, figures: &[Figure]) -> Option<usize> {
    let abs_end = para.start as usize + end;
    let idx = figures.partition_point(|f| (f.span.start as usize) < abs_end);
    let f = figures.get(idx)?;
    if f.kind != FigureKind::Percent || f.line != para.line {
        return None;
    }
    let local_start = (f.span.start as usize).checked_sub(para.start as usize)?;
    let gap = para.text.get(end..local_start)?;
    let opener = gap.trim_end().ends_with(['(', '–', '—']) || gap.trim_end().ends_with(" -");
    let n_words = gap
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    (opener && n_words <= MAX_GAP_WORDS && !gap.contains(['.', ';', '!', '?'])).then_some(idx)
}

#[cfg(test)]
mod tests {
    use crosscheck_model::Role;

    use super::*;

    /// (text, low, high, figure text) of each vague quantity found.
    fn check(text: &str, expected: &[(&str, f64, f64, &str)]) {
        let paras = [Para {
            line: 1,
            start: 0,
            text,
            role: Role::Body,
            sentences: &[],
        }];
        let figures = crate::figures::figures(&paras);
        let got: Vec<(&str, f64, f64, &str)> = vague_quantities(&paras, &figures)
            .iter()
            .map(|v| {
                assert_eq!(v.span.text(text), Some(v.text.as_str()));
                (
                    text.get(v.span.range()).unwrap(),
                    v.low,
                    v.high,
                    figures[v.figure].text.as_str(),
                )
            })
            .collect();
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn majority_in_brackets() {
        check(
            "A majority (48%) of tenants said repairs were slow.",
            &[("A majority", 50.0, 100.0, "48%")],
        );
    }
    #[test]
    fn words_between_phrase_and_number() {
        check(
            "Most of the dentists who replied (58 per cent) had closed their lists.",
            &[("Most", 50.0, 100.0, "58 per cent")],
        );
    }
    #[test]
    fn longest_phrase_wins() {
        check(
            "A slight majority (53%) backed the merger.",
            &[("A slight majority", 50.0, 60.0, "53%")],
        );
    }
    #[test]
    fn dashes() {
        check(
            "A minority – 12% – wanted the old rota back.",
            &[("A minority", 0.0, 50.0, "12%")],
        );
    }
    #[test]
    fn no_number_no_pair() {
        check("Most wards were full by the evening.", &[]);
    }
    #[test]
    fn number_in_next_sentence_is_not_paired() {
        check("Most nurses agreed. (Some 40% did not reply.)", &[]);
    }
    #[test]
    fn almost_is_not_most() {
        check("Almost (41%) of the money went on agency staff.", &[]);
    }
}
