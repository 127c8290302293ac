//! Properties of the whole pipeline on any input: no panic in the parser,
//! the within-article checks, the cross-article checks or the renderers;
//! every span inside the input on char boundaries with its line in range;
//! exactly one role per non-blank line.
//!
//! Three kinds of input: any Unicode string, any bytes decoded lossily (as
//! the CLI decodes files), and article-like text built from the pieces
//! scraped pages are made of, in odd combinations.

use std::collections::BTreeSet;

use crosscheck_analysis::{Digest, check_article, check_corpus};
use crosscheck_model::{Article, ArticleReport};
use crosscheck_report::Style;
use proptest::{prelude::*, test_runner::Config};

use crate::invariants;

/// Few cases each, so that the properties add seconds to the suite, not
/// minutes; `cargo xtask fuzz` runs the same pipeline for as long as asked.
/// No failure persistence: a failure prints its minimal input, which
/// belongs in a named regression test, not in a file beside the sources.
fn config(cases: u32) -> Config {
    Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    }
}

/// Words and marks scraped articles are made of.
const PIECES: &[&str] = &[
    "Trust fined over late cancer scans",
    "NEWS: Council backs plan",
    "By Ann Lee",
    "By Ann Lee and Bo Ng | Health reporter",
    "Published: 3 March 2024",
    "Monday 4 March 2024 10:00 GMT",
    "2024-03-04",
    "Updated 12 minutes ago",
    "The trust was fined on Monday after a review found that scans were late.",
    "“We are worried,” said Dr Ann Lee, chair of the NHS Confederation.",
    "\"It is not good enough,\" she said. \"We will appeal.\"",
    "‘Nested “quotes” here,’ he told the BBC.",
    "“Unclosed quotation runs on",
    "43% of leads disagreed, while only 31% agreed.",
    "273 out of 569 (48%) responded to the survey.",
    "A survey of 40 nurses found 34% backed the plan.",
    "One in three (33.3%) said a majority (51%) were unhappy.",
    "clinical commissioning groups (CCGs) and the Royal College of Nursing (RCN)",
    "(see above) [1] ((nested)) (",
    ")",
    "• Support 61%",
    "- Oppose 30%",
    "* Don't know 9%",
    "Share this article",
    "Advertisement",
    "Sign in",
    "Related stories",
    "© 2024 Example Media Ltd. All rights reserved.",
    "The boards are getting in the way of the trusts, the ICB said.",
    "Mr Bo Ng, chief executive of the Tarn Trust, said it cost £5m, up 12% on 2023.",
    "St. Mary's Hospital vs. the U.K. Dept. of Health, e.g. 3.5 p.m.",
    "about 1.5 million people",
    "nearly two thirds",
    "\u{a0}",
    "\u{feff}",
    "\u{200b}",
    "\r",
    " ",
    ", ",
    ". ",
    "é",
    "🙂",
    "’",
    "”",
    "“",
    "%",
    "(",
];

/// One fragment: a scraped piece, a made-up word or number, or any char.
fn fragment() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => prop::sample::select(PIECES).prop_map(str::to_owned),
        2 => "[A-Z][a-z]{0,8}( [a-z]{1,8}){0,4}[.,]?",
        1 => "[0-9]{1,6}(\\.[0-9]{1,2})?%?",
        1 => any::<char>().prop_map(String::from),
    ]
}

/// A line of one to five fragments, spaced or not.
fn line() -> impl Strategy<Value = String> {
    prop::collection::vec((fragment(), prop::bool::weighted(0.8)), 1..6).prop_map(|parts| {
        let mut out = String::new();
        for (part, spaced) in parts {
            if spaced && !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&part);
        }
        out
    })
}

/// Article-like text: lines (some empty) joined by LF, CRLF or a lone CR,
/// perhaps after a byte-order mark.
pub(crate) fn article_text() -> impl Strategy<Value = String> {
    let ending = prop::sample::select(&["\n", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r"][..]);
    (
        any::<bool>(),
        prop::collection::vec((prop::option::weighted(0.85, line()), ending), 0..30),
    )
        .prop_map(|(bom, lines)| {
            let mut out = String::new();
            if bom {
                out.push('\u{feff}');
            }
            for (line, ending) in lines {
                out.push_str(line.as_deref().unwrap_or(""));
                out.push_str(ending);
            }
            out
        })
}

/// Any bytes, weighted towards article text, decoded as the CLI decodes.
fn lossy_text() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..600),
        article_text().prop_flat_map(|text| {
            let len = text.len();
            prop::collection::vec((0..len.max(1), any::<u8>()), 0..8).prop_map(move |flips| {
                let mut bytes = text.clone().into_bytes();
                for (at, byte) in flips {
                    if let Some(b) = bytes.get_mut(at) {
                        *b = byte;
                    }
                }
                bytes
            })
        }),
    ]
    .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
}

/// An invariant of the model, as a test failure.
fn holds(res: Result<(), String>) -> Result<(), TestCaseError> {
    res.map_err(TestCaseError::fail)
}

/// Parse, check and render one article; the invariants of each step.
fn pipeline_one(source: &str, text: &str) -> Result<(Article, ArticleReport), TestCaseError> {
    let article = crosscheck_parse::article(source, text);
    holds(invariants::article(text, &article))?;
    let report = check_article(&article);
    let texts = [(source.to_owned(), text.to_owned())];
    for finding in &report.findings {
        for evidence in &finding.evidence {
            holds(invariants::evidence(&texts, evidence))?;
        }
    }
    let text_of = |s: &str| (s == source).then_some(text);
    for finding in &report.findings {
        let _ = crosscheck_report::finding_human(finding, &text_of, Style::PLAIN);
    }
    let _ = crosscheck_report::summary_human(&report);
    let _ = crosscheck_report::article_out(&report, text);
    let _ = crosscheck_report::article_text(&article, text);
    prop_assert!(crosscheck_report::article_json(&article).is_ok());
    Ok((article, report))
}

proptest! {
    #![proptest_config(config(256))]

    #[test]
    fn any_string(text in any::<String>()) {
        pipeline_one("any.txt", &text)?;
    }

    #[test]
    fn any_bytes_decoded_lossily(text in lossy_text()) {
        pipeline_one("bytes.txt", &text)?;
    }
}

proptest! {
    #![proptest_config(config(512))]

    #[test]
    fn article_like_text(text in article_text()) {
        pipeline_one("article.txt", &text)?;
    }
}

proptest! {
    #![proptest_config(config(128))]

    /// Two or three articles through the whole pipeline, cross-article
    /// checks and renderers included; some share text, as syndicated
    /// stories do.
    #[test]
    fn corpus_of_articles(
        texts in prop::collection::vec(article_text(), 2..4),
        shared in prop::option::of(article_text()),
    ) {
        let texts: Vec<(String, String)> = texts
            .into_iter()
            .enumerate()
            .map(|(k, text)| {
                let text = match &shared {
                    Some(shared) if k % 2 == 0 => format!("{text}\n{shared}"),
                    _ => text,
                };
                (format!("article-{k}.txt"), text)
            })
            .collect();
        let mut digests = Vec::new();
        for (source, text) in &texts {
            let (article, _) = pipeline_one(source, text)?;
            digests.push(Digest::new(&article, text));
        }
        let corpus = check_corpus(&digests);
        let sources: BTreeSet<&str> = texts.iter().map(|(s, _)| s.as_str()).collect();
        for cluster in &corpus.clusters {
            for member in &cluster.articles {
                prop_assert!(sources.contains(member.as_str()));
            }
        }
        for evidence in corpus
            .findings
            .iter()
            .flat_map(|f| &f.evidence)
            .chain(corpus.agreements.iter().flat_map(|a| &a.evidence))
        {
            holds(invariants::evidence(&texts, evidence))?;
        }
        let text_of = |source: &str| {
            texts
                .iter()
                .find(|(s, _)| s == source)
                .map(|(_, t)| t.as_str())
        };
        let _ = crosscheck_report::across_human(&corpus, &text_of, Style::PLAIN);
        let _ = crosscheck_report::across_out(&corpus, &text_of);
    }
}
