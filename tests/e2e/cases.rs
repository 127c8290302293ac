//! Role-annotated layout fixtures (`tests/cases/*.txt`): the article text
//! is rebuilt from the fixture, parsed, and every line's role and the
//! header fields compared with the annotations.

use std::{fmt::Write as _, fs, path::Path};

use crosscheck_model::Role;

/// A fixture: its expectations and the article text they describe.
struct Case {
    headline: Option<String>,
    standfirst: Option<String>,
    bylines: Vec<String>,
    published: Option<String>,
    /// Expected role of each input line, `None` for blank lines.
    roles: Vec<Option<Role>>,
    text: String,
}

fn role(name: &str) -> Role {
    serde_json::from_value(serde_json::Value::String(name.to_owned()))
        .unwrap_or_else(|_| panic!("unknown role {name:?}"))
}

fn nullable(value: &str) -> Option<String> {
    (value != "null").then(|| value.to_owned())
}

fn parse_case(content: &str) -> Case {
    let (head, body) = content
        .split_once("\n---\n")
        .expect("a header block ending in a --- line");
    let mut case = Case {
        headline: None,
        standfirst: None,
        bylines: Vec::new(),
        published: None,
        roles: Vec::new(),
        text: String::new(),
    };
    for line in head.lines() {
        let (key, value) = line
            .split_once(": ")
            .unwrap_or((line.trim_end_matches(':'), "null"));
        match key {
            "headline" => case.headline = nullable(value),
            "standfirst" => case.standfirst = nullable(value),
            "bylines" => {
                case.bylines = serde_json::from_str(value).expect("bylines as a JSON array")
            }
            "published" => case.published = nullable(value),
            "note" => {}
            other => panic!("unknown header key {other:?}"),
        }
    }
    let mut text_lines = Vec::new();
    for line in body.lines() {
        if line.is_empty() {
            case.roles.push(None);
            text_lines.push("");
            continue;
        }
        let (name, text) = line.split_once("| ").unwrap_or_else(|| {
            let name = line.strip_suffix('|').expect("ROLE| text");
            (name, "")
        });
        case.roles.push(Some(role(name.trim())));
        text_lines.push(text);
    }
    case.text = text_lines.join("\n");
    case
}

/// Every mismatch between the parse of a fixture and its annotations.
fn mismatches(name: &str, case: &Case) -> Vec<String> {
    let article = crosscheck_parse::article(name, &case.text);
    let mut out = Vec::new();
    let text_lines: Vec<&str> = case.text.split('\n').collect();
    for (idx, expected) in case.roles.iter().enumerate() {
        let line_no = u32::try_from(idx + 1).unwrap();
        let got = article.role_of(line_no);
        if got != *expected {
            out.push(format!(
                "line {line_no}: expected {}, got {}: {}",
                expected.map_or("blank", Role::as_str),
                got.map_or("blank", Role::as_str),
                text_lines[idx]
            ));
        }
    }
    let mut field = |what: &str, expected: String, got: String| {
        if expected != got {
            out.push(format!("{what}: expected {expected}, got {got}"));
        }
    };
    field(
        "headline",
        format!("{:?}", case.headline),
        format!("{:?}", article.headline),
    );
    field(
        "standfirst",
        format!("{:?}", case.standfirst),
        format!("{:?}", article.standfirst),
    );
    field(
        "bylines",
        format!("{:?}", case.bylines),
        format!("{:?}", article.bylines),
    );
    field(
        "published",
        format!("{:?}", case.published),
        format!("{:?}", article.published.map(|d| d.to_string())),
    );
    out
}

#[test]
fn layout_cases() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("cases");
    let mut entries: Vec<_> = fs::read_dir(&dir)
        .expect("tests/cases exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    entries.sort();
    assert!(entries.len() >= 20, "at least 20 layout cases");
    let mut report = String::new();
    let mut passed = 0;
    for path in &entries {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let case = parse_case(&fs::read_to_string(path).unwrap());
        let problems = mismatches(&name, &case);
        if problems.is_empty() {
            passed += 1;
        } else {
            let _ = writeln!(report, "{name}:");
            for problem in problems {
                let _ = writeln!(report, "  {problem}");
            }
        }
    }
    println!("layout cases: {passed}/{} passed", entries.len());
    assert!(report.is_empty(), "layout cases failing:\n{report}");
}
