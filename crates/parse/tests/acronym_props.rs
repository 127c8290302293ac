//! Property tests: no panic on any input, every span lies inside the
//! input, inside its own line, on char boundaries, and every mention of an
//! organisation reads as its name or acronym.

use crosscheck_model::{Role, Span};
use crosscheck_parse::Para;
use crosscheck_parse::acronyms::acronyms;
use crosscheck_parse::organisations::organisations;
use proptest::prelude::*;

/// Pieces that exercise the grammar: brackets, quote marks, digits, odd
/// spaces, capitalised words, head nouns and joining words.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => any::<char>().prop_map(String::from),
        4 => prop::sample::select(vec![
            "(", ")", "((", "))", "“", "”", "‘", "’", "\"", "'", "’s", "\u{a0}", "\u{2009}",
            "\u{200b}", "\n", "\r\n", ".", ",", ";", "–", "&", "%", "48%", "2024", "é", "İ",
            "ß", "ﬁ", "\u{301}", "NHS", "CCG", "CCGs", "(CCGs)", "(NHSCC)", "Trust", "Fund",
            "Department", "of", "for", "and", "the", "Ipsos", "MORI", "England", "Clinical",
            "Commissioners", "clinical", "commissioning", "groups", "e.g.", "A&E", "(A&E)",
            "Sport", "(SE)", "SE", "plc", "Ltd",
        ])
        .prop_map(String::from),
        4 => prop::sample::select(vec![
            " ", " ", " ", "  ", " the ", " and ", " of ",
        ])
        .prop_map(String::from),
        3 => prop::sample::select(vec![
            "Health Foundation", "Nuffield Trust", "NHS England", "NHS England’s",
            "Leeds and Wakefield CCG", "Ipsos MORI", "IPSOS Mori", "Department of Health",
            "Royal College of Nursing (RCN)", "RCN", "NHS Clinical Commissioners (NHSCC)",
            "NHSCC", "clinical commissioning groups (CCGs)", "Sport England (SE)",
            "Capita plc", "(Care Quality Commission)", "CQC",
        ])
        .prop_map(String::from),
        1 => "[A-Za-z]{1,8}",
        1 => "[A-Z]{2,5}s?",
    ]
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|pieces| pieces.concat())
}

/// The non-blank lines of `text`, as the parser hands them over.
fn paras(text: &str) -> Vec<Para<'_>> {
    let mut out = Vec::new();
    let mut start = 0usize;
    for (idx, raw) in text.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if !line.trim().is_empty() {
            out.push(Para {
                line: u32::try_from(idx + 1).expect("line number fits u32"),
                start: u32::try_from(start).expect("offset fits u32"),
                text: line,
                role: Role::Body,
                sentences: &[],
            });
        }
        start += raw.len() + 1;
    }
    out
}

/// A name or mention as the finder compares it: lower case, one kind of
/// apostrophe, single spaces, and no plural-possessive apostrophe at a
/// word's end ("Thomas’" and "Thomas" are one word).
fn normalise(s: &str) -> String {
    let lower = s.to_lowercase().replace('’', "'");
    lower
        .split_whitespace()
        .map(|w| w.trim_end_matches('\''))
        .collect::<Vec<_>>()
        .join(" ")
}

fn assert_in_line(text: &str, paras: &[Para<'_>], line: u32, span: Span) {
    assert!(span.start <= span.end, "{span:?}");
    assert!(
        span.text(text).is_some(),
        "{span:?} not on char boundaries of {text:?}"
    );
    let para = paras
        .iter()
        .find(|p| p.line == line)
        .expect("line of a para");
    let line_span = Span::new(
        para.start,
        para.start + u32::try_from(para.text.len()).expect("length fits u32"),
    );
    assert!(line_span.contains(span), "{span:?} outside line {line}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn spans_stay_inside_their_lines(text in text()) {
        let paras = paras(&text);
        let acr = acronyms(&paras);
        for a in &acr {
            assert_in_line(&text, &paras, a.line, a.span);
            prop_assert!(!a.short.is_empty() && !a.long.is_empty());
        }
        for org in organisations(&paras, &acr) {
            prop_assert!(!org.mentions.is_empty());
            prop_assert!(!org.name.is_empty());
            for m in &org.mentions {
                assert_in_line(&text, &paras, m.line, m.span);
                // Every mention reads as the name or as the acronym.
                let words = m.span.text(&text).unwrap_or_default();
                prop_assert!(
                    normalise(words) == normalise(&org.name)
                        || org.acronym.as_deref() == Some(words),
                    "{:?} as a mention of {:?}", words, org
                );
            }
        }
    }

    #[test]
    fn arbitrary_strings_do_not_panic(text in any::<String>()) {
        let paras = paras(&text);
        let acr = acronyms(&paras);
        for a in &acr {
            assert_in_line(&text, &paras, a.line, a.span);
        }
        for org in organisations(&paras, &acr) {
            for m in &org.mentions {
                assert_in_line(&text, &paras, m.line, m.span);
            }
        }
    }
}
