//! Snapshots of every seed article: the extracted JSON (guarding the
//! SCHEMA.md contract) and the text view (what reviewers read).
//! A new seed is a new test.

use std::fs;

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    settings.set_snapshot_path("snapshots");
    settings
}

#[test]
fn extract_seeds() {
    settings().bind(|| {
        insta::glob!("../../seeds", "*.txt", |path| {
            let text = fs::read_to_string(path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy();
            let article = crosscheck_parse::article(&name, &text);
            insta::assert_json_snapshot!("extract", article);
            insta::assert_snapshot!("text", crosscheck_report::article_text(&article, &text));
        });
    });
}

/// The extracted fields of every seed contain the gold key's fields
/// (the full scoring is `cargo xtask eval`; this pins the contract).
#[test]
fn seeds_carry_the_schema_fields() {
    let seeds = concat!(env!("CARGO_MANIFEST_DIR"), "/../seeds");
    for entry in fs::read_dir(seeds).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = fs::read_to_string(&path).unwrap();
        let json = serde_json::to_value(crosscheck_parse::article(&name, &text)).unwrap();
        for field in [
            "source",
            "headline",
            "standfirst",
            "bylines",
            "published",
            "lines",
            "quotes",
            "figures",
            "acronyms",
        ] {
            assert!(json.get(field).is_some(), "{name}: no {field}");
        }
        assert_eq!(json["source"], name.as_str());
    }
}
