//! Property tests: any text, no panic, and every span lies inside the input
//! on char boundaries, with each quotation's text equal to its span's text.

use crosscheck_model::{Role, Span};
use crosscheck_parse::Para;
use crosscheck_parse::quotes::extract;
use proptest::prelude::*;

/// Pieces that exercise the extractor: quotation marks, apostrophes, speech
/// verbs, honorifics, titles, pronouns, digits and odd spaces, plus any char.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "“", "”", "‘", "’", "\"", "'", "„", "‚", " ", " ", "\u{a0}", "\n", ".", ",", ":", "(", ")",
            "–", "’90s", "100’s", "CCGs’ ", "didn’t", " said ", " says ", " he ", " she ", " it ",
            " which ", " according to ", "Dr ", "Sir ", "Ms ", " chair of the ", "Ann Lee",
            "Bo Ng", " Lee", "NHS England", " (NHSCC)", " report ", " by ", " Some ", " were told ",
            " continued: ", " one in three ", "48%", " so-called ", " and ", ", ", "é", "ß", "🙂",
        ]).prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
        1 => "[A-Za-z]{1,8}",
    ]
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..120).prop_map(|v| v.concat())
}

fn inside(span: Span, text: &str, line_range: (usize, usize)) -> bool {
    let r = span.range();
    r.start >= line_range.0 && r.end <= line_range.1 && text.get(r).is_some()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn spans_stay_inside_the_input(text in article()) {
        let mut paras = Vec::new();
        let mut start = 0usize;
        for (idx, line) in text.split('\n').enumerate() {
            if !line.trim().is_empty() {
                paras.push(Para { line: idx as u32 + 1, start: start as u32, text: line, role: Role::Body, sentences: &[] });
            }
            start += line.len() + 1;
        }
        let ex = extract(&paras);
        let line_range = |line: u32| {
            paras.iter().find(|p| p.line == line).map(|p| (p.start as usize, p.start as usize + p.text.len()))
        };
        for q in &ex.quotes {
            let range = line_range(q.line);
            prop_assert!(range.is_some());
            let range = range.unwrap();
            prop_assert!(inside(q.span, &text, range));
            prop_assert_eq!(q.span.text(&text), Some(q.text.as_str()));
            if let Some(s) = q.speaker_span {
                prop_assert!(inside(s, &text, range));
            }
            if let Some(speaker) = &q.speaker {
                prop_assert!(!speaker.trim().is_empty());
            }
        }
        for p in &ex.people {
            prop_assert!(!p.name.is_empty());
            for m in &p.mentions {
                let range = line_range(m.line);
                prop_assert!(range.is_some());
                prop_assert!(inside(m.span, &text, range.unwrap()));
            }
            for r in &p.roles {
                let range = line_range(r.line);
                prop_assert!(range.is_some());
                prop_assert!(inside(r.span, &text, range.unwrap()));
            }
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in "\\PC{0,400}") {
        let paras = [Para { line: 1, start: 0, text: &text, role: Role::Body, sentences: &[] }];
        let ex = extract(&paras);
        for q in &ex.quotes {
            prop_assert_eq!(q.span.text(&text), Some(q.text.as_str()));
        }
    }
}
