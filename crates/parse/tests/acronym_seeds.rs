//! The acronym extractor against the seed articles' gold keys, and the
//! organisation finder's output on the seeds.

use std::fs;
use std::path::Path;

use crosscheck_model::Role;
use crosscheck_parse::Para;
use crosscheck_parse::acronyms::acronyms;
use crosscheck_parse::organisations::organisations;
use serde::Deserialize;

#[derive(Deserialize)]
struct Gold {
    lines: Vec<GoldLine>,
    acronyms: Vec<GoldAcronym>,
}

#[derive(Deserialize)]
struct GoldLine {
    line: u32,
    role: String,
}

#[derive(Deserialize, Debug, PartialEq)]
struct GoldAcronym {
    short: String,
    long: String,
}

fn data() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."))
}

/// The headline, standfirst and body lines of `text`, with roles from `gold`.
fn paras<'a>(text: &'a str, gold: &Gold) -> Vec<Para<'a>> {
    let mut out = Vec::new();
    let mut start = 0usize;
    for (idx, raw) in text.split('\n').enumerate() {
        let line = u32::try_from(idx + 1).expect("line number fits u32");
        let role = gold
            .lines
            .iter()
            .find(|l| l.line == line)
            .and_then(|l| match l.role.as_str() {
                "headline" => Some(Role::Headline),
                "standfirst" => Some(Role::Standfirst),
                "body" => Some(Role::Body),
                _ => None,
            });
        if let Some(role) = role {
            out.push(Para {
                line,
                start: u32::try_from(start).expect("offset fits u32"),
                text: raw.strip_suffix('\r').unwrap_or(raw),
                role,
                sentences: &[],
            });
        }
        start += raw.len() + 1;
    }
    out
}

fn seeds() -> Vec<(String, String, Gold)> {
    let mut names: Vec<String> = fs::read_dir(data().join("seeds"))
        .expect("tests/data/seeds is readable")
        .map(|e| {
            let entry = e.expect("directory entry");
            entry.file_name().into_string().expect("UTF-8 file name")
        })
        .filter(|n| n.ends_with(".txt"))
        .collect();
    names.sort();
    assert_eq!(names.len(), 5);
    names
        .into_iter()
        .map(|name| {
            let stem = name.trim_end_matches(".txt").to_owned();
            let text = fs::read_to_string(data().join("seeds").join(&name)).expect("seed text");
            let gold =
                fs::read_to_string(data().join("tests/gold").join(format!("{stem}.gold.json")))
                    .expect("gold key");
            let gold: Gold = serde_json::from_str(&gold).expect("gold key is JSON");
            (stem, text, gold)
        })
        .collect()
}

#[test]
fn seed_acronyms_match_gold() {
    for (stem, text, gold) in seeds() {
        let paras = paras(&text, &gold);
        let found: Vec<GoldAcronym> = acronyms(&paras)
            .into_iter()
            .map(|a| GoldAcronym {
                short: a.short,
                long: a.long,
            })
            .collect();
        assert_eq!(found, gold.acronyms, "{stem}");
    }
}

/// Hand-checked: the organisations each seed names, with their acronym and
/// number of mentions (the gold keys do not list organisations).
const SEED_ORGANISATIONS: &[&[&str]] = &[
    &[
        "NHS England x2",
        "NHS Clinical Commissioners (NHSCC) x4",
        "NHSCC Leadership Group x1",
    ],
    &[
        "NHS England x13",
        "NHS Clinical Commissioners (NHSCC) x8",
        "Ipsos MORI x2",
        "NHSCC Leadership Group x1",
        "NHS Blackpool CCG x1",
    ],
    &[
        "NHS England x11",
        "NHS Clinical Commissioners x2",
        "Ipsos Mori x1",
    ],
    &[
        "Nuffield Trust x1",
        "King’s Fund x1",
        "NHS England x3",
        "Cambridge and Peterborough CCG x1",
    ],
    &[
        "Health Service Journal x1",
        "NHS England x4",
        "NHS Clinical Commissioners x1",
        "NHS Confederation x1",
    ],
];

#[test]
fn seed_organisations() {
    for ((stem, text, gold), expected) in seeds().into_iter().zip(SEED_ORGANISATIONS) {
        let paras = paras(&text, &gold);
        let acr = acronyms(&paras);
        let orgs = organisations(&paras, &acr);
        let got: Vec<String> = orgs
            .iter()
            .map(|o| {
                let acr = o
                    .acronym
                    .as_deref()
                    .map(|a| format!(" ({a})"))
                    .unwrap_or_default();
                format!("{}{acr} x{}", o.name, o.mentions.len())
            })
            .collect();
        assert_eq!(got, *expected, "{stem}");
        for org in &orgs {
            for m in &org.mentions {
                let words = m.span.text(&text).unwrap();
                assert!(
                    words.eq_ignore_ascii_case(&org.name) || org.acronym.as_deref() == Some(words),
                    "{stem}: {words:?} as a mention of {org:?}"
                );
            }
        }
    }
}
