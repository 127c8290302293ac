// Test helpers outside #[test] fns: a failed setup step should stop the test.
#![allow(clippy::unwrap_used)]

//! The `crosscheck` binary as users run it: help, inputs good and bad,
//! standard input, corpora, exit codes. Every run starts from an empty
//! environment.

use std::{
    fs,
    io::{Read, Write},
    path::{Path, PathBuf},
    process::{Command, Output, Stdio},
};

fn crosscheck() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_crosscheck"));
    cmd.env_clear();
    cmd
}

fn seeds() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

/// A fresh scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crosscheck-cli-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn run_with_stdin(cmd: &mut Command, stdin: &[u8]) -> Output {
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn settings(filter_dir: Option<&Path>) -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_prepend_module_to_snapshot(false);
    settings.set_omit_expression(true);
    if let Some(dir) = filter_dir {
        settings.add_filter(&regex_escape(&dir.display().to_string()), "[TMP]");
    }
    settings
}

fn regex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let special = "\\.+*?()|[]{}^$#&-~".contains(c);
            special
                .then_some('\\')
                .into_iter()
                .chain(std::iter::once(c))
        })
        .collect()
}

#[test]
fn help_teaches() {
    let output = crosscheck().arg("--help").output().unwrap();
    assert!(output.status.success());
    settings(None).bind(|| {
        insta::assert_snapshot!("help", String::from_utf8_lossy(&output.stdout));
    });
    let output = crosscheck().args(["extract", "--help"]).output().unwrap();
    assert!(output.status.success());
    settings(None).bind(|| {
        insta::assert_snapshot!("extract_help", String::from_utf8_lossy(&output.stdout));
    });
}

#[test]
fn missing_path_is_named_and_exits_2() {
    let output = crosscheck()
        .args(["extract", "no/such/article.txt"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "crosscheck: error: no/such/article.txt: cannot read: no such file or directory\n"
    );
    assert!(output.stdout.is_empty());
}

#[test]
fn unknown_flag_is_a_usage_error() {
    let output = crosscheck()
        .args(["extract", "--frobnicate"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("--frobnicate"));
}

#[test]
fn stdin_is_read_with_a_dash() {
    let text = fs::read(seeds().join("001_433094402c6dca53.txt")).unwrap();
    let output = run_with_stdin(crosscheck().args(["extract", "-"]), &text);
    assert!(output.status.success(), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["source"], "-");
    assert_eq!(
        json["headline"],
        "CCG and NHS England partnerships mostly work well at local level"
    );
    assert_eq!(json["published"], "2013-12-05");
}

#[test]
fn directory_is_walked_in_name_order_as_jsonl() {
    let output = crosscheck()
        .args(["extract", "--format", "jsonl"])
        .arg(seeds())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let stdout = String::from_utf8(output.stdout.clone()).unwrap();
    let sources: Vec<String> = stdout
        .lines()
        .map(|line| {
            let json: serde_json::Value = serde_json::from_str(line).unwrap();
            let source = json["source"].as_str().unwrap().to_owned();
            Path::new(&source)
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    assert_eq!(
        sources,
        [
            "000_615255b8153ecba0.txt",
            "001_433094402c6dca53.txt",
            "002_7c9aeac4ed7dd8d2.txt",
            "003_f470f7e8b9976044.txt",
            "004_2e6ba89a4edccaf7.txt"
        ]
    );
}

/// Bad inputs are named, the good ones still processed, and the exit
/// code says something went wrong.
#[test]
fn bad_inputs_are_reported_and_the_rest_processed() {
    let dir = scratch("bad");
    fs::write(
        dir.join("a_good.txt"),
        "A sentence long enough to be taken for a body paragraph here.\n",
    )
    .unwrap();
    fs::write(dir.join("b_binary.txt"), b"PK\x03\x04\0\0binary").unwrap();
    fs::write(dir.join("c_empty.txt"), b"").unwrap();
    fs::write(dir.join("d_blank.txt"), b"  \n\t\n").unwrap();
    fs::write(
        dir.join("e_latin1.txt"),
        b"Caf\xe9 owners say the new rules on opening hours will cost them dearly this year.\n",
    )
    .unwrap();
    fs::write(dir.join("notes.md"), "not an article").unwrap();
    let output = crosscheck()
        .args(["extract", "--format", "jsonl"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stdout = String::from_utf8(output.stdout.clone()).unwrap();
    assert_eq!(
        stdout.lines().count(),
        2,
        "the good file and the repaired one"
    );
    settings(Some(&dir)).bind(|| {
        insta::assert_snapshot!("bad_inputs_stderr", stderr(&output));
    });
}

#[test]
fn jsonl_corpus_with_a_malformed_line() {
    let corpus = concat!(
        "{\"id\": \"one\", \"text\": \"The council agreed the budget on Monday after a long debate.\"}\n",
        "{\"id\": \"two\", \"text\": \n",
        "{\"id\": \"three\", \"text\": \"Ministers said the plan would be published in the spring.\"}\n",
    );
    let output = run_with_stdin(
        crosscheck().args(["extract", "--input", "jsonl", "--format", "jsonl"]),
        corpus.as_bytes(),
    );
    assert_eq!(output.status.code(), Some(2));
    let ids: Vec<String> = String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| {
            serde_json::from_str::<serde_json::Value>(line).unwrap()["source"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(ids, ["one", "three"]);
    let err = stderr(&output);
    assert!(
        err.starts_with("crosscheck: error: -:2: not a JSON object"),
        "{err}"
    );
}

#[test]
fn out_dir_gets_one_record_per_article() {
    let dir = scratch("out");
    let output = crosscheck()
        .args(["extract", "--format", "text", "--out-dir"])
        .arg(&dir)
        .arg(seeds())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    let mut names: Vec<String> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 5);
    assert_eq!(names[0], "000_615255b8153ecba0.json");
    let record: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(dir.join(&names[3])).unwrap()).unwrap();
    assert_eq!(record["bylines"][0], "Richard Vize");
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_reported_not_followed() {
    let dir = scratch("loop");
    fs::write(
        dir.join("a.txt"),
        "The board approved the plan after hearing from staff and patients.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(&dir, dir.join("again")).unwrap();
    let output = crosscheck()
        .args(["extract", "--format", "jsonl"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&output.stdout).lines().count(), 1);
    assert!(
        stderr(&output).contains("symbolic link loop; not followed"),
        "{}",
        stderr(&output)
    );
}

/// `crosscheck extract ... | head` must not complain when head exits.
#[test]
fn broken_pipe_exits_quietly() {
    let mut child = crosscheck()
        .args(["extract", "--format", "text"])
        .args(std::iter::repeat_n(seeds(), 20))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 16];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stderr.is_empty(), "{}", stderr(&output));
}

#[test]
fn check_seeds_human() {
    let output = crosscheck().arg("check").arg(seeds()).output().unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let seeds_dir = seeds().display().to_string();
    let mut settings = settings(None);
    settings.add_filter(&regex_escape(&seeds_dir), "seeds");
    settings.bind(|| {
        insta::assert_snapshot!("check_seeds", stdout);
    });
}

#[test]
fn check_seeds_json() {
    let output = crosscheck()
        .args(["check", "--format", "json"])
        .arg(seeds())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["summary"]["articles"], 5);
    assert_eq!(json["summary"]["errors"], 0);
    assert_eq!(json["summary"]["warnings"], 0);
    let survey = &json["articles"][1]["survey"];
    assert_eq!(
        (survey["respondents"].as_u64(), survey["contacted"].as_u64()),
        (Some(273), Some(569))
    );
    assert_eq!(survey["response_rate"], 48.0);
    let across = &json["across"];
    assert_eq!(across["clusters"].as_array().unwrap().len(), 1);
    let variant = &across["findings"][0];
    assert_eq!(variant["name"], "quote-variant");
    let evidence = &variant["evidence"][0];
    assert_eq!(
        (evidence["line"].as_u64(), evidence["column"].as_u64()),
        (Some(23), Some(1))
    );
    assert!(
        evidence["text"]
            .as_str()
            .unwrap()
            .starts_with("Our results show")
    );
}

#[test]
fn fail_on_and_allow_set_the_exit_code() {
    let run = |args: &[&str]| {
        crosscheck()
            .arg("check")
            .args(args)
            .arg(seeds())
            .output()
            .unwrap()
    };
    // The seeds hold one cross-article warning (a quote variant).
    assert_eq!(run(&["--fail-on", "warning"]).status.code(), Some(1));
    assert_eq!(run(&["--fail-on", "info"]).status.code(), Some(1));
    assert_eq!(run(&["--fail-on", "never"]).status.code(), Some(0));
    assert_eq!(
        run(&["--fail-on", "warning", "--allow", "quote-variant"])
            .status
            .code(),
        Some(0)
    );
    let bad = run(&["--allow", "no-such-check"]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(
        stderr(&bad).contains("--allow no-such-check: no such check"),
        "{}",
        stderr(&bad)
    );
}

#[test]
fn check_with_a_bad_input_exits_2_and_checks_the_rest() {
    let dir = scratch("check-bad");
    fs::copy(seeds().join("001_433094402c6dca53.txt"), dir.join("a.txt")).unwrap();
    fs::write(dir.join("b.txt"), b"\0\0").unwrap();
    let output = crosscheck().arg("check").arg(&dir).output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stdout).contains("checked 1 article"));
}

#[test]
fn report_writes_one_page_with_every_headline() {
    let dir = scratch("report");
    let page = dir.join("report.html");
    let output = crosscheck()
        .arg("report")
        .arg(seeds())
        .arg("--html")
        .arg(&page)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stdout.is_empty());
    let html = fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    for headline in [
        "CCG and NHS England partnerships mostly work well at local level",
        "Over 40% of CCG leads doubt NHS England’s vision for primary care, shows survey",
        "Clinical commissioning risks losing its way",
        "CCG abolition to take NHS back to the future",
    ] {
        assert!(html.contains(headline), "{headline}");
    }
    assert!(html.contains("quote-variant"));
    // To standard output with -, from standard input with -.
    let text = fs::read(seeds().join("002_7c9aeac4ed7dd8d2.txt")).unwrap();
    let output = run_with_stdin(crosscheck().args(["report", "--html", "-", "-"]), &text);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let html = String::from_utf8(output.stdout).unwrap();
    assert!(html.contains("Over 40% of CCG leads doubt"));
}

#[test]
fn report_names_bad_inputs_and_exits_2() {
    let dir = scratch("report-bad");
    fs::copy(seeds().join("001_433094402c6dca53.txt"), dir.join("a.txt")).unwrap();
    fs::write(dir.join("b.txt"), b"\0\0").unwrap();
    let page = dir.join("out.html");
    let output = crosscheck()
        .arg("report")
        .arg(&dir)
        .arg("--html")
        .arg(&page)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(stderr(&output).contains("b.txt"), "{}", stderr(&output));
    let html = fs::read_to_string(&page).unwrap();
    assert!(html.contains("CCG and NHS England partnerships"));
    // --html is required; a page that cannot be written is named.
    let missing = crosscheck().arg("report").arg(seeds()).output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("--html"));
    let unwritable = crosscheck()
        .arg("report")
        .arg(seeds())
        .arg("--html")
        .arg(dir.join("no/such/dir/out.html"))
        .output()
        .unwrap();
    assert_eq!(unwritable.status.code(), Some(2));
    assert!(
        stderr(&unwritable).contains("cannot write the report to"),
        "{}",
        stderr(&unwritable)
    );
}

#[test]
fn explain_teaches() {
    let list = crosscheck().arg("explain").output().unwrap();
    assert!(list.status.success());
    let one = crosscheck()
        .args(["explain", "impossible-percent"])
        .output()
        .unwrap();
    assert!(one.status.success());
    settings(None).bind(|| {
        insta::assert_snapshot!("explain_list", String::from_utf8_lossy(&list.stdout));
        insta::assert_snapshot!(
            "explain_impossible_percent",
            String::from_utf8_lossy(&one.stdout)
        );
    });
    let unknown = crosscheck().args(["explain", "nope"]).output().unwrap();
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("no check named \"nope\""));
}

/// Run extract on one file written by `write`, as JSON Lines.
fn extract_file(name: &str, bytes: &[u8]) -> Output {
    let dir = scratch(name);
    let path = dir.join(format!("{name}.txt"));
    fs::write(&path, bytes).unwrap();
    crosscheck()
        .args(["extract", "--format", "jsonl"])
        .arg(&path)
        .output()
        .unwrap()
}

fn one_record(output: &Output) -> serde_json::Value {
    assert_eq!(output.status.code(), Some(0), "{}", stderr(output));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 1);
    serde_json::from_str(lines[0]).unwrap()
}

#[test]
fn a_50_mb_single_line() {
    let sentence =
        "The board met on Tuesday and agreed a 4.5% rise in the budget, the chair said. ";
    let text = sentence.repeat(50 * 1024 * 1024 / sentence.len() + 1);
    let record = one_record(&extract_file("huge", text.as_bytes()));
    assert_eq!(record["lines"].as_array().unwrap().len(), 1);
    assert!(record["figures"].as_array().unwrap().len() > 100_000);
}

#[test]
fn a_million_quote_marks() {
    let mut text = String::from("Quote marks everywhere, the editor said on Monday morning.\n");
    for k in 0..1_000_000 {
        text.push_str(if k % 2 == 0 { "“a " } else { "” " });
    }
    text.push('\n');
    let record = one_record(&extract_file("quotes", text.as_bytes()));
    assert!(!record["lines"].as_array().unwrap().is_empty());
}

#[test]
fn deeply_nested_brackets() {
    let text = format!(
        "The council (which {}met) agreed the budget on Monday after a long debate.\n",
        "(".repeat(500_000) + &")".repeat(500_000)
    );
    let record = one_record(&extract_file("brackets", text.as_bytes()));
    assert_eq!(record["lines"][0]["role"], "body");
}

#[test]
fn crlf_lone_cr_and_bom() {
    let text = "\u{feff}Trust fined over late cancer scans\r\n\r\nBy Ann Lee\r\n\r\nThe trust was fined on Monday after inspectors found scans were weeks late.\rIt said it would appeal.\r\n";
    let record = one_record(&extract_file("crlf", text.as_bytes()));
    assert_eq!(record["headline"], "Trust fined over late cancer scans");
    assert_eq!(record["bylines"][0], "Ann Lee");
    // The first line's span starts after the byte-order mark.
    assert_eq!(record["lines"][0]["span"]["start"], 3);
    let issues = record["issues"].as_array().unwrap();
    assert!(
        issues
            .iter()
            .any(|i| i["message"].as_str().unwrap().contains("carriage return"))
    );
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_named_and_the_rest_processed() {
    let dir = scratch("dangling");
    fs::write(
        dir.join("a.txt"),
        "The trust said it would publish the review in full later this year.\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(dir.join("gone.txt"), dir.join("b.txt")).unwrap();
    let output = crosscheck()
        .args(["extract", "--format", "jsonl"])
        .arg(&dir)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&output.stdout).lines().count(), 1);
    assert!(stderr(&output).contains("b.txt"), "{}", stderr(&output));
}

#[test]
fn output_does_not_depend_on_jobs() {
    let annotated = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/annotated");
    let run = |command: &str, jobs: &str| {
        let output = crosscheck()
            .args([command, "--format", "json", "-j", jobs])
            .arg(seeds())
            .arg(&annotated)
            .output()
            .unwrap();
        assert!(
            output.status.code().is_some_and(|c| c < 2),
            "{}",
            stderr(&output)
        );
        output.stdout
    };
    assert_eq!(run("extract", "1"), run("extract", "4"));
    assert_eq!(run("check", "1"), run("check", "3"));
}

/// Pieces of scraped articles, for corpora whose output must not depend on
/// the number of worker threads.
const PIECES: &[&str] = &[
    "Trust fined over late scans",
    "By Ann Lee",
    "Published: 3 March 2024",
    "The trust was fined on Monday after a review found scans were late.",
    "“We are worried,” said Dr Ann Lee, chair of the NHS Confederation.",
    "\"It is not good enough,\" she said.",
    "43% of leads disagreed, while only 31% agreed.",
    "273 out of 569 (48%) responded to the survey.",
    "A survey of 40 nurses found 34% backed the plan.",
    "clinical commissioning groups (CCGs)",
    "• Support 61%",
    "Share this article",
    "Mr Bo Ng, chief executive of the Tarn Trust, said it cost £5m.",
    "\u{a0}",
    "\r",
    "",
];

fn corpus() -> impl proptest::strategy::Strategy<Value = Vec<String>> {
    use proptest::prelude::*;
    let line = prop::collection::vec(prop::sample::select(PIECES), 1..4).prop_map(|p| p.join(" "));
    let article = prop::collection::vec(line, 1..15).prop_map(|lines| lines.join("\n"));
    prop::collection::vec(article, 2..12)
}

proptest::proptest! {
    // Each case runs the binary ten times; a handful of corpora suffice.
    #![proptest_config(proptest::test_runner::Config {
        cases: 6,
        failure_persistence: None,
        ..proptest::test_runner::Config::default()
    })]

    #[test]
    fn generated_corpora_do_not_depend_on_jobs(articles in corpus()) {
        let dir = scratch("jobs");
        for (k, text) in articles.iter().enumerate() {
            fs::write(dir.join(format!("{k:02}.txt")), text).unwrap();
        }
        let run = |args: &[&str], jobs: &str| {
            // A blank article is reported (exit 2) the same way whatever -j.
            let output = crosscheck().args(args).args(["-j", jobs]).arg(&dir).output().unwrap();
            assert!(output.status.code().is_some_and(|c| c <= 2), "{}", stderr(&output));
            let err = stderr(&output);
            (output.status.code(), output.stdout, err)
        };
        let extract = ["extract", "--format", "jsonl"];
        let check = ["check", "--format", "json"];
        proptest::prop_assert_eq!(run(&extract, "1"), run(&extract, "2"));
        proptest::prop_assert_eq!(run(&extract, "1"), run(&extract, "4"));
        proptest::prop_assert_eq!(run(&check, "1"), run(&check, "2"));
        proptest::prop_assert_eq!(run(&check, "1"), run(&check, "4"));
        proptest::prop_assert_eq!(run(&["check"], "1"), run(&["check"], "4"));
        let _ = fs::remove_dir_all(&dir);
    }
}
