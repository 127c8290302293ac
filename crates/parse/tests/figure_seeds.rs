//! The extractor against the hand-checked gold figures of the five seeds.
#![allow(clippy::unwrap_used)] // test code: a malformed fixture should fail loudly

use crosscheck_model::{Figure, FigureKind, Qualifier, Role};
use crosscheck_parse::Para;
use crosscheck_parse::figures::figures;
use serde_json::Value;

const SEEDS: &[&str] = &[
    "000_615255b8153ecba0",
    "001_433094402c6dca53",
    "002_7c9aeac4ed7dd8d2",
    "003_f470f7e8b9976044",
    "004_2e6ba89a4edccaf7",
];

fn data(name: &str) -> String {
    let dir = if name.ends_with(".gold.json") {
        "tests/gold"
    } else {
        "seeds"
    };
    let path = format!("{}/../../{dir}/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{path}: {err}"))
}

/// The headline, standfirst and body lines of a seed, roles from the gold key.
fn paras<'a>(text: &'a str, gold: &Value) -> Vec<Para<'a>> {
    let role_of = |line: u32| {
        gold["lines"].as_array().unwrap().iter().find_map(|l| {
            (l["line"].as_u64() == Some(u64::from(line))).then(|| l["role"].as_str().unwrap())
        })
    };
    let mut out = Vec::new();
    let mut start = 0usize;
    for (idx, raw) in text.split('\n').enumerate() {
        let line = u32::try_from(idx + 1).unwrap();
        let body = raw.strip_suffix('\r').unwrap_or(raw);
        let role = match role_of(line) {
            Some("headline") => Some(Role::Headline),
            Some("standfirst") => Some(Role::Standfirst),
            Some("body") => Some(Role::Body),
            _ => None,
        };
        if let Some(role) = role {
            out.push(Para {
                line,
                start: u32::try_from(start).unwrap(),
                text: body,
                role,
                sentences: &[],
            });
        }
        start += raw.len() + 1;
    }
    out
}

fn kind_name(kind: FigureKind) -> &'static str {
    match kind {
        FigureKind::Percent => "percent",
        FigureKind::Proportion => "proportion",
        FigureKind::Count => "count",
        FigureKind::Money => "money",
        FigureKind::Duration => "duration",
    }
}

fn qualifier_name(q: Qualifier) -> &'static str {
    match q {
        Qualifier::Exact => "exact",
        Qualifier::Over => "over",
        Qualifier::Under => "under",
        Qualifier::About => "about",
    }
}

fn matches(fig: &Figure, gold: &Value) -> bool {
    let value = gold["value"].as_f64().unwrap();
    let kind = gold["kind"].as_str().unwrap();
    let close = if kind == "proportion" {
        (fig.value - value).abs() <= 0.0005
    } else {
        (fig.value - value).abs() <= value.abs() * 0.0005
    };
    u64::from(fig.line) == gold["line"].as_u64().unwrap()
        && kind_name(fig.kind) == kind
        && close
        && qualifier_name(fig.qualifier) == gold["qualifier"].as_str().unwrap()
}

fn check_seed(name: &str) {
    let text = data(&format!("{name}.txt"));
    let gold: Value = serde_json::from_str(&data(&format!("{name}.gold.json"))).unwrap();
    let got = figures(&paras(&text, &gold));
    let expected = gold["figures"].as_array().unwrap();
    let mut unmatched: Vec<&Value> = expected.iter().collect();
    let mut extra = Vec::new();
    for fig in &got {
        assert_eq!(
            text.get(fig.span.range()),
            Some(fig.text.as_str()),
            "{name}: span of {fig:?}"
        );
        match unmatched.iter().position(|g| matches(fig, g)) {
            Some(idx) => {
                unmatched.remove(idx);
            }
            None => extra.push(fig),
        }
    }
    assert!(
        unmatched.is_empty() && extra.is_empty(),
        "{name}: missing {unmatched:#?}\nextra {extra:#?}"
    );
}

#[test]
fn seed_000() {
    check_seed(SEEDS[0]);
}
#[test]
fn seed_001() {
    check_seed(SEEDS[1]);
}
#[test]
fn seed_002() {
    check_seed(SEEDS[2]);
}
#[test]
fn seed_003() {
    check_seed(SEEDS[3]);
}
#[test]
fn seed_004() {
    check_seed(SEEDS[4]);
}

/// What the seeds' paired figures and measures look like, beyond the scorer.
#[test]
fn seed_001_pairs_and_measures() {
    let text = data(&format!("{}.txt", SEEDS[1]));
    let gold: Value = serde_json::from_str(&data(&format!("{}.gold.json", SEEDS[1]))).unwrap();
    let got = figures(&paras(&text, &gold));
    let find = |t: &str| got.iter().position(|f| f.text == t).unwrap();
    let (prop, pct) = (find("273 out of 569"), find("48%"));
    assert_eq!(got[prop].paired_with, Some(pct));
    assert_eq!(got[pct].paired_with, Some(prop));
    assert_eq!(
        (got[prop].part, got[prop].whole),
        (Some(273.0), Some(569.0))
    );
    assert_eq!(
        got[find("177 out of the 211")].measure.as_deref(),
        Some("CCGs")
    );
    assert_eq!(
        got[find("one in three")].measure.as_deref(),
        Some("respondents")
    );
}

#[test]
fn seed_002_measures() {
    let text = data(&format!("{}.txt", SEEDS[2]));
    let gold: Value = serde_json::from_str(&data(&format!("{}.gold.json", SEEDS[2]))).unwrap();
    let got = figures(&paras(&text, &gold));
    let measure = |t: &str| {
        got.iter()
            .find(|f| f.text == t)
            .and_then(|f| f.measure.clone())
    };
    assert_eq!(measure("40%").as_deref(), Some("CCG leads"));
    assert_eq!(
        measure("273").as_deref(),
        Some("CCG managerial, clinical and financial leads")
    );
    assert_eq!(measure("One in ten").as_deref(), Some("CCG leads"));
    assert_eq!(measure("37%").as_deref(), Some("respondents"));
}
