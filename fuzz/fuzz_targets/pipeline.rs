//! Any bytes as one to three articles through the whole pipeline: parse,
//! within-article checks, cross-article checks, and every renderer (JSON,
//! text view, human diagnostics). No panic, and all evidence inside the
//! text it names.
#![no_main]

#[path = "../../tests/e2e/invariants.rs"]
mod invariants;

use crosscheck_analysis::{Digest, check_article, check_corpus};
use crosscheck_report::Style;

/// Split the input into articles at form feeds (at most three); the first
/// byte, when it is a digit, asks for a cut into that many equal parts
/// instead, so that articles share text the fuzzer wrote once.
fn articles(data: &[u8]) -> Vec<(String, String)> {
    let text = String::from_utf8_lossy(data).into_owned();
    let mut parts: Vec<String> = match text.as_bytes().first() {
        Some(&d @ b'1'..=b'3') => {
            let n = usize::from(d - b'0');
            let rest = text.get(1..).unwrap_or_default();
            let mut parts = Vec::new();
            let mut from = 0;
            for k in 1..=n {
                let mut to = rest.len() * k / n;
                while !rest.is_char_boundary(to) {
                    to += 1;
                }
                parts.push(rest.get(from..to).unwrap_or_default().to_owned());
                from = to;
            }
            parts
        }
        _ => text.splitn(3, '\u{c}').map(str::to_owned).collect(),
    };
    parts.truncate(3);
    parts
        .into_iter()
        .enumerate()
        .map(|(k, text)| (format!("article-{k}.txt"), text))
        .collect()
}

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let texts = articles(data);
    let text_of = |source: &str| {
        texts
            .iter()
            .find(|(s, _)| s == source)
            .map(|(_, t)| t.as_str())
    };
    let mut digests = Vec::new();
    for (source, text) in &texts {
        let article = crosscheck_parse::article(source, text);
        if let Err(broken) = invariants::article(text, &article) {
            panic!("{source}: {broken}");
        }
        let report = check_article(&article);
        for evidence in report.findings.iter().flat_map(|f| &f.evidence) {
            if let Err(broken) = invariants::evidence(&texts, evidence) {
                panic!("{broken}");
            }
        }
        for finding in &report.findings {
            let _ = crosscheck_report::finding_human(finding, &text_of, Style::PLAIN);
        }
        let _ = crosscheck_report::summary_human(&report);
        let _ = crosscheck_report::article_out(&report, text);
        let _ = crosscheck_report::article_text(&article, text);
        let _ = crosscheck_report::article_json(&article);
        let _ = crosscheck_report::article_jsonl(&article);
        digests.push(Digest::new(&article, text));
    }
    let corpus = check_corpus(&digests);
    for evidence in corpus
        .findings
        .iter()
        .flat_map(|f| &f.evidence)
        .chain(corpus.agreements.iter().flat_map(|a| &a.evidence))
    {
        if let Err(broken) = invariants::evidence(&texts, evidence) {
            panic!("{broken}");
        }
    }
    let _ = crosscheck_report::across_human(&corpus, &text_of, Style::PLAIN);
    let _ = crosscheck_report::across_out(&corpus, &text_of);
});
