//! The five seed articles against their hand-checked gold quotations.

use std::path::Path;

use crosscheck_model::Role;
use crosscheck_parse::Para;
use crosscheck_parse::quotes::{Extraction, extract};
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    lines: Vec<GoldLine>,
    quotes: Vec<GoldQuote>,
}

#[derive(Deserialize)]
struct GoldLine {
    line: u32,
    role: String,
}

#[derive(Deserialize)]
struct GoldQuote {
    line: u32,
    speaker: Option<String>,
    text: String,
    #[serde(default)]
    speaker_alternatives: Vec<String>,
}

/// The article text and its extraction from the gold body lines.
fn run(name: &str) -> (String, Gold, Extraction) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let text = std::fs::read_to_string(root.join(format!("seeds/{name}.txt"))).expect("seed text");
    let gold: Gold = serde_json::from_str(
        &std::fs::read_to_string(root.join(format!("tests/gold/{name}.gold.json")))
            .expect("gold key"),
    )
    .expect("gold json");
    let mut paras = Vec::new();
    let mut start = 0usize;
    for (idx, raw) in text.split('\n').enumerate() {
        let line = idx as u32 + 1;
        let body = raw.strip_suffix('\r').unwrap_or(raw);
        if gold
            .lines
            .iter()
            .any(|l| l.line == line && l.role == "body")
        {
            paras.push((line, start as u32, body));
        }
        start += raw.len() + 1;
    }
    let paras: Vec<Para<'_>> = paras
        .into_iter()
        .map(|(line, start, text)| Para {
            line,
            start,
            text,
            role: Role::Body,
            sentences: &[],
        })
        .collect();
    let ex = extract(&paras);
    (text, gold, ex)
}

fn last_word(s: &str) -> String {
    s.split_whitespace()
        .last()
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Every gold quotation is found on its line with the same words and a
/// speaker the scorer accepts (last word of the speaker or an alternative),
/// and nothing else is found.
fn check(name: &str) {
    let (text, gold, ex) = run(name);
    for q in &ex.quotes {
        assert_eq!(q.span.text(&text), Some(q.text.as_str()));
        if let Some(span) = q.speaker_span {
            assert!(span.text(&text).is_some());
        }
    }
    let got: Vec<String> = ex
        .quotes
        .iter()
        .map(|q| {
            format!(
                "{} [{}] {}",
                q.line,
                q.speaker.as_deref().unwrap_or("-"),
                q.text
            )
        })
        .collect();
    assert_eq!(ex.quotes.len(), gold.quotes.len(), "{name}: {got:#?}");
    for g in &gold.quotes {
        let found = ex
            .quotes
            .iter()
            .find(|q| q.line == g.line && q.text == g.text)
            .unwrap_or_else(|| panic!("{name}: missing line {} {:?}\n{got:#?}", g.line, g.text));
        let ok = match (&found.speaker, &g.speaker) {
            (None, None) => true,
            (Some(s), Some(gs)) => std::iter::once(gs)
                .chain(&g.speaker_alternatives)
                .any(|alt| last_word(alt) == last_word(s)),
            _ => false,
        };
        assert!(
            ok,
            "{name}: line {} speaker {:?}, gold {:?} / {:?}",
            g.line, found.speaker, g.speaker, g.speaker_alternatives
        );
    }
}

#[test]
fn seed_000() {
    check("000_615255b8153ecba0");
}

#[test]
fn seed_001() {
    check("001_433094402c6dca53");
}

#[test]
fn seed_002() {
    check("002_7c9aeac4ed7dd8d2");
}

#[test]
fn seed_003() {
    check("003_f470f7e8b9976044");
}

#[test]
fn seed_004() {
    check("004_2e6ba89a4edccaf7");
}

/// The people of seed 001 with their roles, genders and mentions.
#[test]
fn seed_001_people() {
    let (text, _, ex) = run("001_433094402c6dca53");
    let got: Vec<String> = ex
        .people
        .iter()
        .map(|p| {
            let roles: Vec<String> = p
                .roles
                .iter()
                .map(|r| {
                    format!(
                        "{}@{}",
                        r.title.as_deref().unwrap_or("-"),
                        r.organisation.as_deref().unwrap_or("-")
                    )
                })
                .collect();
            let mentions: Vec<&str> = p
                .mentions
                .iter()
                .map(|m| m.span.text(&text).unwrap())
                .collect();
            format!(
                "{} {:?} {:?} {} | {}",
                p.name,
                p.honorifics,
                p.gender,
                roles.join("; "),
                mentions.join(", ")
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            "Michael Dixon [] Some(Male) President@NHSCC | Michael Dixon",
            "Malcolm Grant [\"Sir\"] Some(Male) Chair@NHS England | Sir Malcolm Grant",
            "Amanda Doyle [] Some(Female) Co-Chair@NHSCC Leadership Group; Chief Clinical Officer@NHS Blackpool CCG | Amanda Doyle",
        ]
    );
}
