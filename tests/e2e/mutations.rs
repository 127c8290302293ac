//! Mutations of the seeds built in the test code: one planted error each,
//! and the right check must fire once, at the right line, with nothing else
//! new.

use std::{collections::BTreeMap, fs};

use crosscheck_analysis::{Digest, check_article, check_corpus};
use crosscheck_model::Finding;

const SEEDS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../seeds");

fn seed(prefix: &str) -> (String, String) {
    let mut entries: Vec<_> = fs::read_dir(SEEDS)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    let path = entries
        .into_iter()
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    (name, fs::read_to_string(path).unwrap())
}

fn all_seeds() -> Vec<(String, String)> {
    ["000", "001", "002", "003", "004"]
        .iter()
        .map(|p| seed(p))
        .collect()
}

/// Replace exactly one occurrence of `from` in `text`.
fn mutate(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "{from:?} must occur once");
    text.replacen(from, to, 1)
}

/// Findings of one article, by name.
fn within(name: &str, text: &str) -> Vec<Finding> {
    check_article(&crosscheck_parse::article(name, text)).findings
}

fn across(docs: &[(String, String)]) -> Vec<Finding> {
    let digests: Vec<Digest> = docs
        .iter()
        .map(|(name, text)| Digest::new(&crosscheck_parse::article(name, text), text))
        .collect();
    check_corpus(&digests).findings
}

fn counts(findings: &[Finding]) -> BTreeMap<String, usize> {
    let mut out = BTreeMap::new();
    for finding in findings {
        *out.entry(finding.name.clone()).or_insert(0) += 1;
    }
    out
}

/// The findings `after` has beyond `before`, by name.
fn new_findings(before: &[Finding], after: &[Finding]) -> BTreeMap<String, usize> {
    let before = counts(before);
    counts(after)
        .into_iter()
        .filter_map(|(name, n)| {
            let extra = n.saturating_sub(before.get(&name).copied().unwrap_or(0));
            (extra > 0).then_some((name, extra))
        })
        .collect()
}

fn only(name: &str) -> BTreeMap<String, usize> {
    BTreeMap::from([(name.to_owned(), 1)])
}

fn lines_of<'a>(findings: &'a [Finding], name: &str) -> Vec<(&'a str, u32)> {
    findings
        .iter()
        .filter(|f| f.name == name)
        .flat_map(|f| f.evidence.iter().map(|e| (e.source.as_str(), e.line)))
        .collect()
}

#[test]
fn unmodified_seeds_have_no_errors_or_warnings_within_articles() {
    for (name, text) in all_seeds() {
        let findings = within(&name, &text);
        let serious: Vec<&Finding> = findings
            .iter()
            .filter(|f| f.severity > crosscheck_model::Severity::Info)
            .collect();
        assert!(serious.is_empty(), "{name}: {serious:#?}");
    }
}

#[test]
fn wrong_response_rate_fires_percent_vs_count() {
    let (name, text) = seed("001");
    let before = within(&name, &text);
    let after = within(&name, &mutate(&text, "(48%)", "(58%)"));
    assert_eq!(new_findings(&before, &after), only("percent-vs-count"));
    let finding = after.iter().find(|f| f.name == "percent-vs-count").unwrap();
    assert_eq!(finding.message, "273 of 569 is 47.98%, reported as 58%");
    assert_eq!(finding.evidence[0].line, 19);
}

#[test]
fn overstated_headline_fires_headline_vs_body() {
    let (name, text) = seed("002");
    let before = within(&name, &text);
    let headline = text.lines().nth(2).unwrap();
    let after_text = text.replacen(headline, &headline.replacen("Over 40%", "Over 50%", 1), 1);
    let after = within(&name, &after_text);
    assert_eq!(new_findings(&before, &after), only("headline-vs-body"));
    assert_eq!(lines_of(&after, "headline-vs-body"), [(name.as_str(), 3)]);
}

#[test]
fn share_list_over_100_fires_shares_over_100() {
    let (name, text) = seed("002");
    let before = within(&name, &text);
    // A question and its answers, added after the paragraph on line 11.
    let anchor = "decison-making powers with regards to primary care commissioning.\n";
    let list = "\nAsked whether the current arrangements should continue, respondents split:\nYes: 52%\nNo: 41%\nDon't know: 19%\n";
    let after_text = mutate(&text, anchor, &format!("{anchor}{list}"));
    let after = within(&name, &after_text);
    assert_eq!(new_findings(&before, &after), only("shares-over-100"));
    let finding = after.iter().find(|f| f.name == "shares-over-100").unwrap();
    assert!(
        finding.message.contains("add up to 112%"),
        "{}",
        finding.message
    );
    assert_eq!(
        finding.evidence.iter().map(|e| e.line).collect::<Vec<_>>(),
        [14, 15, 16]
    );
}

#[test]
fn seeds_across_articles() {
    let docs = all_seeds();
    let digests: Vec<Digest> = docs
        .iter()
        .map(|(name, text)| Digest::new(&crosscheck_parse::article(name, text), text))
        .collect();
    let report = check_corpus(&digests);
    assert_eq!(report.clusters.len(), 1);
    let cluster = &report.clusters[0];
    assert_eq!(cluster.articles, [docs[1].0.clone(), docs[2].0.clone()]);
    assert!(
        cluster.label.contains("NHSCC")
            && cluster.label.contains("Ipsos")
            && cluster.label.contains("n = 273"),
        "{}",
        cluster.label
    );
    // Dixon's "Our results show ..." as a variant between 001 and 002.
    let variants: Vec<&Finding> = report
        .findings
        .iter()
        .filter(|f| f.name == "quote-variant")
        .collect();
    assert_eq!(variants.len(), 1);
    assert!(
        variants[0].message.contains("Michael Dixon")
            && variants[0].message.contains("[-NHS England-]")
    );
    assert_eq!(
        lines_of(&report.findings, "quote-variant"),
        [(docs[1].0.as_str(), 23), (docs[2].0.as_str(), 17)]
    );
    // "CCGs must be given both ..." consistent, as an excerpt.
    assert!(
        report
            .agreements
            .iter()
            .any(|a| a.message.contains("exact excerpt")
                && a.evidence.iter().map(|e| e.line).collect::<Vec<_>>() == [29, 15])
    );
    assert!(
        !report
            .findings
            .iter()
            .any(|f| f.name == "figure-conflict" || f.name == "role-conflict")
    );
}

/// The corpus with 002 changed.
fn with_002(from: &str, to: &str) -> Vec<(String, String)> {
    let mut docs = all_seeds();
    docs[2].1 = mutate(&docs[2].1, from, to);
    docs
}

#[test]
fn changed_sample_fires_figure_conflict() {
    let before = across(&all_seeds());
    let docs = with_002("survey of 273 CCG", "survey of 237 CCG");
    let after = across(&docs);
    assert_eq!(new_findings(&before, &after), only("figure-conflict"));
    assert_eq!(
        lines_of(&after, "figure-conflict"),
        [(docs[1].0.as_str(), 19), (docs[2].0.as_str(), 7)]
    );
}

#[test]
fn quote_given_to_someone_else_fires_misattribution() {
    let before = across(&all_seeds());
    let docs = with_002(
        "NHSCC president Dr Michael Dixon said",
        "NHSCC vice-president Dr Helen Marsh said",
    );
    let after = across(&docs);
    assert_eq!(new_findings(&before, &after), only("quote-misattribution"));
    let finding = after
        .iter()
        .find(|f| f.name == "quote-misattribution")
        .unwrap();
    assert!(
        finding.message.contains("Michael Dixon") && finding.message.contains("Helen Marsh"),
        "{}",
        finding.message
    );
    assert!(
        finding
            .evidence
            .iter()
            .any(|e| e.source == docs[2].0 && e.line == 15)
    );
}

#[test]
fn wrong_title_fires_role_conflict() {
    let before = across(&all_seeds());
    let docs = with_002(
        "NHSCC president Dr Michael Dixon",
        "NHSCC chief executive Dr Michael Dixon",
    );
    let after = across(&docs);
    assert_eq!(new_findings(&before, &after), only("role-conflict"));
    assert_eq!(
        lines_of(&after, "role-conflict"),
        [(docs[1].0.as_str(), 21), (docs[2].0.as_str(), 15)]
    );
}
