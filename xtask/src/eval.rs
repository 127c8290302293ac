//! `cargo xtask eval`: run the extractor on articles with gold answer keys
//! and score it exactly as SCHEMA.md (and `xtask/score.py`, the reference
//! scorer copied from shared/eval) says.

use std::{
    fs,
    path::{Path, PathBuf},
    process::Command,
};

use anyhow::{Context, Result, bail};

use crate::score;

#[derive(Debug, clap::Args)]
pub(crate) struct EvalArgs {
    /// A folder of NAME.txt + NAME.gold.json pairs (default: seeds/ with
    /// the keys in tests/gold/).
    dir: Option<PathBuf>,

    /// Folder of NAME.gold.json keys (overrides DIR for the keys).
    #[arg(long, value_name = "DIR")]
    gold: Option<PathBuf>,

    /// Folder of NAME.txt articles (overrides DIR for the texts).
    #[arg(long, value_name = "DIR")]
    texts: Option<PathBuf>,

    /// Print the scores as JSON (the shape of `score.py --json`).
    #[arg(long)]
    json: bool,

    /// Fail when a total metric is below this ratio.
    #[arg(long, value_name = "RATIO", default_value_t = 1.0)]
    min: f64,

    /// Report the scores without failing on thresholds.
    #[arg(long)]
    no_fail: bool,

    /// Also run the reference scorer (python3 xtask/score.py) on the same
    /// predictions and fail if it disagrees.
    #[arg(long)]
    compare_python: bool,
}

impl EvalArgs {
    /// What `cargo xtask ci` runs: the seeds, every metric at 100%, and the
    /// reference scorer agreeing byte for byte.
    pub(crate) fn ci() -> Self {
        EvalArgs {
            dir: None,
            gold: None,
            texts: None,
            json: false,
            min: 1.0,
            no_fail: false,
            compare_python: true,
        }
    }
}

/// The total metrics held to the threshold.
const GATED: &[(&str, &str)] = &[
    ("lines", "role_accuracy"),
    ("lines", "body_precision"),
    ("lines", "body_recall"),
    ("headline", "accuracy"),
    ("standfirst", "accuracy"),
    ("published", "accuracy"),
    ("bylines", "accuracy"),
    ("quotes", "precision"),
    ("quotes", "recall"),
    ("quotes", "attribution_accuracy"),
    ("figures", "precision"),
    ("figures", "recall"),
    ("figures", "qualifier_accuracy"),
    ("acronyms", "precision"),
    ("acronyms", "recall"),
];

pub(crate) fn run(root: &Path, args: &EvalArgs) -> Result<()> {
    let (gold_dir, texts_dir) = match (&args.dir, &args.gold, &args.texts) {
        (_, Some(gold), Some(texts)) => (gold.clone(), texts.clone()),
        (Some(dir), gold, texts) => (
            gold.clone().unwrap_or_else(|| dir.clone()),
            texts.clone().unwrap_or_else(|| dir.clone()),
        ),
        (None, gold, texts) => (
            gold.clone().unwrap_or_else(|| root.join("tests/gold")),
            texts.clone().unwrap_or_else(|| root.join("seeds")),
        ),
    };
    warn_if_stale(root, &gold_dir);

    let names = gold_names(&gold_dir)?;
    let mut texts = Vec::new();
    for name in &names {
        let text = texts_dir.join(format!("{name}.txt"));
        if text.exists() {
            texts.push(text);
        } else {
            eprintln!(
                "xtask: warning: {} has no article; scored as empty",
                text.display()
            );
        }
    }

    let pred_dir = root.join("target/eval/predictions");
    if pred_dir.exists() {
        fs::remove_dir_all(&pred_dir)
            .with_context(|| format!("cannot clear {}", pred_dir.display()))?;
    }
    fs::create_dir_all(&pred_dir)
        .with_context(|| format!("cannot create {}", pred_dir.display()))?;
    extract(root, &texts, &pred_dir)?;

    let result = score::score_dirs(&gold_dir, &pred_dir)
        .with_context(|| format!("cannot score {}", gold_dir.display()))?;
    for warning in result.warnings() {
        eprintln!("xtask: warning: {warning}");
    }
    if args.json {
        println!("{}", result.to_json_string());
    } else {
        println!("{}", result.render_table());
        println!("\npredictions: {}", pred_dir.display());
    }
    if args.compare_python {
        compare_python(root, &gold_dir, &pred_dir, &result)?;
    }

    let failing: Vec<String> = GATED
        .iter()
        .filter_map(|&(field, metric)| {
            let value = result.total(field, metric)?;
            (value + 1e-12 < args.min).then(|| format!("{field}.{metric} = {value:.4}"))
        })
        .collect();
    if failing.is_empty() || args.no_fail {
        return Ok(());
    }
    bail!("below the threshold {}: {}", args.min, failing.join(", "))
}

fn gold_names(gold_dir: &Path) -> Result<Vec<String>> {
    let mut names: Vec<String> = fs::read_dir(gold_dir)
        .with_context(|| format!("cannot read {}", gold_dir.display()))?
        .filter_map(|entry| {
            let name = entry.ok()?.file_name().to_string_lossy().into_owned();
            name.strip_suffix(".gold.json").map(str::to_owned)
        })
        .collect();
    names.sort();
    if names.is_empty() {
        bail!("{}: no *.gold.json files", gold_dir.display());
    }
    Ok(names)
}

/// Build the binary and write one prediction per article.
fn extract(root: &Path, texts: &[PathBuf], pred_dir: &Path) -> Result<()> {
    let mut build = crate::cargo();
    build.args(["build", "--quiet", "--release", "--package", "crosscheck"]);
    crate::run(build)?;
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let mut cmd = Command::new(target.join("release/crosscheck"));
    cmd.arg("extract")
        .arg("--format")
        .arg("jsonl")
        .arg("--out-dir")
        .arg(pred_dir);
    cmd.args(texts);
    let output = cmd.output().context("cannot run crosscheck extract")?;
    if !output.status.success() {
        bail!(
            "crosscheck extract failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(())
}

/// The repo's keys are a copy of shared/eval/gold, which is authoritative.
fn warn_if_stale(root: &Path, gold_dir: &Path) {
    let shared = root.join("../shared/eval/gold");
    if !shared.is_dir() || gold_dir != root.join("tests/gold") {
        return;
    }
    let Ok(entries) = fs::read_dir(&shared) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let ours = fs::read(gold_dir.join(&name)).ok();
        let theirs = fs::read(entry.path()).ok();
        if ours != theirs {
            eprintln!(
                "xtask: warning: tests/gold/{} differs from ../shared/eval/gold: re-copy the keys",
                name.to_string_lossy()
            );
        }
    }
}

/// Run the reference scorer on the same predictions: its table and its
/// JSON must be byte for byte ours.
fn compare_python(
    root: &Path,
    gold_dir: &Path,
    pred_dir: &Path,
    ours: &score::ScoreResult,
) -> Result<()> {
    let score_py = |json: bool| -> Result<String> {
        let mut cmd = Command::new("python3");
        cmd.arg(root.join("xtask/score.py"))
            .arg(gold_dir)
            .arg(pred_dir);
        if json {
            cmd.arg("--json");
        }
        let output = cmd
            .output()
            .context("cannot run python3 xtask/score.py (is python3 installed?)")?;
        if !output.status.success() {
            bail!(
                "score.py failed: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    };
    let table = score_py(false)?;
    let json = score_py(true)?;
    if table.trim_end_matches('\n') != ours.render_table() {
        bail!("cargo xtask eval and score.py print different tables for the same predictions");
    }
    if json.trim_end_matches('\n') != ours.to_json_string() {
        bail!("cargo xtask eval and score.py print different JSON for the same predictions");
    }
    println!("score.py agrees (table and JSON, byte for byte)");
    Ok(())
}
