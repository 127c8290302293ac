//! `cargo xtask bench`: throughput and memory on a generated corpus.
//!
//! The corpus is generated deterministically from the seeds: each article
//! is a seed with its body paragraphs partly reordered, its numbers and
//! the surnames of its people changed, and chrome added, written as JSON Lines. For each size
//! the run measures, in one go: a plain read-and-split-lines pass over the
//! same bytes (the yardstick), `crosscheck extract` on one thread and on
//! all, and `crosscheck check` (cross-article included), each with its
//! peak resident memory as the binary reports it (`--stats`).

use std::{
    fmt::Write as _,
    fs,
    io::{BufRead, BufReader, BufWriter, Write},
    path::{Path, PathBuf},
    process::{Command, Stdio},
    time::Instant,
};

use anyhow::{Context, Result, bail};

#[derive(Debug, clap::Args)]
pub(crate) struct BenchArgs {
    /// Corpus sizes in articles, comma-separated (`--size 1000000` for one).
    #[arg(
        long,
        alias = "size",
        value_delimiter = ',',
        default_value = "1000,10000,100000"
    )]
    sizes: Vec<usize>,

    /// Where the corpora and results.json go.
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
}

/// SplitMix64: a small deterministic generator, so corpora are the same on
/// every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Surnames given to the people of a seed in its variants.
const SURNAMES: &[&str] = &[
    "Hart", "Okoro", "Mendes", "Patel", "Rees", "Khan", "Lamb", "Sato", "Petrov", "Moss", "Mensah",
    "Voss",
];

/// Honorifics that put a person's name after them.
const HONORIFICS: &[&str] = &[
    "Dr",
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Professor",
    "Prof",
    "Sir",
    "Dame",
];

const CHROME: &[&str] = &[
    "We use cookies to improve your experience. By continuing you agree to our cookie policy. Accept",
    "Sign in",
    "Subscribe to our free daily newsletter",
    "Related stories",
    "Share this article",
    "Advertisement",
    "Most read",
    "© 2024 Example Media Ltd. All rights reserved.",
    "Leave a comment",
];

/// One generated article from a seed.
fn variant(seed: &str, rng: &mut Rng) -> String {
    let mut lines: Vec<String> = seed.lines().map(str::to_owned).collect();
    // Reorder a few paragraphs in the middle (keep the top lines).
    let n = lines.len();
    if n > 10 {
        for _ in 0..3 {
            let a = 6 + rng.below(n - 6);
            let b = 6 + rng.below(n - 6);
            lines.swap(a, b);
        }
    }
    // Rename about half of the people the seed names, consistently, so
    // that mentions still agree with each other.
    let mut renames: Vec<(String, &str)> = Vec::new();
    for old in surnames(seed) {
        if rng.below(2) == 0 {
            renames.push((old, SURNAMES[rng.below(SURNAMES.len())]));
        }
    }
    let mut out = String::new();
    for _ in 0..rng.below(3) {
        let _ = writeln!(out, "{}", CHROME[rng.below(CHROME.len())]);
    }
    for line in &lines {
        let mut line = change_digits(line, rng);
        for (old, new) in &renames {
            line = replace_word(&line, old, new);
        }
        let _ = writeln!(out, "{line}");
    }
    for _ in 0..rng.below(4) {
        let _ = writeln!(out, "{}", CHROME[rng.below(CHROME.len())]);
    }
    out
}

/// The surnames of people named after an honorific ("Dr Jane Smith",
/// "Professor Smith"): the last of up to three capitalised words after it.
fn surnames(text: &str) -> Vec<String> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .collect();
    let mut out: Vec<String> = Vec::new();
    for (k, word) in words.iter().enumerate() {
        if !HONORIFICS.contains(word) {
            continue;
        }
        let name = words
            .iter()
            .skip(k + 1)
            .take(3)
            .take_while(|w| {
                let mut chars = w.chars();
                chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
            })
            .last();
        if let Some(name) = name
            && !out.iter().any(|o| o == name)
        {
            out.push((*name).to_owned());
        }
    }
    out
}

/// `line` with every whole-word `old` replaced by `new`.
fn replace_word(line: &str, old: &str, new: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(at) = rest.find(old) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + old.len()..].chars().next();
        out.push_str(&rest[..at]);
        let whole =
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric);
        out.push_str(if whole { new } else { old });
        rest = &rest[at + old.len()..];
    }
    out.push_str(rest);
    out
}

/// Change some digits, keeping the shape of the numbers.
fn change_digits(line: &str, rng: &mut Rng) -> String {
    line.chars()
        .map(|c| {
            if c.is_ascii_digit() && rng.below(3) == 0 {
                char::from(b'0' + (rng.below(9) + 1) as u8)
            } else {
                c
            }
        })
        .collect()
}

/// Write the first `size` articles of the corpus to `path` as JSON Lines.
fn generate(root: &Path, size: usize, path: &Path) -> Result<u64> {
    let mut seeds: Vec<String> = Vec::new();
    let mut entries: Vec<PathBuf> = fs::read_dir(root.join("seeds"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    entries.sort();
    for entry in entries {
        seeds.push(fs::read_to_string(entry)?);
    }
    if seeds.is_empty() {
        bail!("no seeds to generate a corpus from");
    }
    let mut rng = Rng(0x00C0_FFEE);
    let mut writer = BufWriter::new(fs::File::create(path)?);
    let mut bytes = 0u64;
    for k in 0..size {
        let text = variant(&seeds[k % seeds.len()], &mut rng);
        bytes += text.len() as u64;
        let record = serde_json::json!({"id": format!("gen-{k:07}"), "text": text});
        serde_json::to_writer(&mut writer, &record)?;
        writer.write_all(b"\n")?;
    }
    writer.flush()?;
    Ok(bytes)
}

/// The yardstick: read the corpus and split every article into lines.
fn baseline(path: &Path) -> Result<(f64, u64)> {
    let start = Instant::now();
    let reader = BufReader::new(fs::File::open(path)?);
    let mut bytes = 0u64;
    let mut lines = 0u64;
    for line in reader.lines() {
        let line = line?;
        let record: serde_json::Value = serde_json::from_str(&line)?;
        let text = record["text"].as_str().unwrap_or("");
        bytes += text.len() as u64;
        lines += text.lines().count() as u64;
    }
    std::hint::black_box(lines);
    Ok((start.elapsed().as_secs_f64(), bytes))
}

/// One run of the binary with `--stats`, its stats line parsed.
fn run_stats(binary: &Path, args: &[&str], corpus: &Path) -> Result<serde_json::Value> {
    let output = Command::new(binary)
        .args(args)
        .arg("--stats")
        .arg(corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .output()
        .with_context(|| format!("cannot run {}", binary.display()))?;
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = stderr
        .lines()
        .find_map(|l| l.strip_prefix("crosscheck: stats "))
        .with_context(|| format!("no stats from {args:?}: {stderr}"))?;
    Ok(serde_json::from_str(line)?)
}

pub(crate) fn run(root: &Path, args: &BenchArgs) -> Result<()> {
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| root.join("target/bench"));
    fs::create_dir_all(&out)?;
    let mut build = crate::cargo();
    build.args(["build", "--quiet", "--release", "--package", "crosscheck"]);
    crate::run(build)?;
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let binary = target.join("release/crosscheck");
    let threads = std::thread::available_parallelism().map_or(1, usize::from);

    let mut results = Vec::new();
    println!(
        "{:>8} {:>9} {:>10} {:>11} {:>11} {:>9} {:>9} {:>10} {:>11}",
        "articles",
        "MB",
        "split MB/s",
        "extract 1t",
        "extract all",
        "ratio 1t",
        "check s",
        "check MB/s",
        "check peak"
    );
    for &size in &args.sizes {
        let corpus = out.join(format!("corpus-{size}.jsonl"));
        let bytes = generate(root, size, &corpus)?;
        let (split_s, _) = baseline(&corpus)?;
        let one = run_stats(
            &binary,
            &[
                "extract", "--input", "jsonl", "--format", "jsonl", "-j", "1",
            ],
            &corpus,
        )?;
        let all = run_stats(
            &binary,
            &["extract", "--input", "jsonl", "--format", "jsonl"],
            &corpus,
        )?;
        let check = run_stats(
            &binary,
            &[
                "check",
                "--input",
                "jsonl",
                "--format",
                "json",
                "--fail-on",
                "never",
            ],
            &corpus,
        )?;
        let mb = bytes as f64 / 1e6;
        let split_mbs = mb / split_s.max(1e-9);
        let f = |v: &serde_json::Value, k: &str| v[k].as_f64().unwrap_or(0.0);
        let one_mbs = f(&one, "mb_per_second");
        let all_mbs = f(&all, "mb_per_second");
        let check_s = f(&check, "seconds");
        let check_peak = f(&check, "peak_rss_bytes") / (1024.0 * 1024.0);
        println!(
            "{size:>8} {mb:>9.1} {split_mbs:>10.1} {one_mbs:>11.1} {all_mbs:>11.1} {:>9.2} {check_s:>9.2} {:>10.1} {check_peak:>9.0}MB",
            one_mbs / split_mbs.max(1e-9),
            mb / check_s.max(1e-9),
        );
        results.push(serde_json::json!({
            "articles": size,
            "bytes": bytes,
            "split_lines": {"seconds": split_s, "mb_per_second": split_mbs},
            "extract_one_thread": one,
            "extract_all_threads": all,
            "check_all_threads": check,
            "extract_ratio_to_split": one_mbs / split_mbs.max(1e-9),
        }));
        if size >= 10_000 {
            // Big corpora take disk space; the next size regenerates.
            let _ = fs::remove_file(&corpus);
        }
    }
    let summary = serde_json::json!({
        "threads": threads,
        "results": results,
        "targets": targets(&results),
    });
    let path = out.join("results.json");
    fs::write(&path, serde_json::to_string_pretty(&summary)?)?;
    println!("\n{}", render_targets(&summary["targets"]));
    println!("results: {}", path.display());
    Ok(())
}

/// The targets of the scale issue, judged on the measurements.
fn targets(results: &[serde_json::Value]) -> serde_json::Value {
    let by_size = |n: u64| results.iter().find(|r| r["articles"].as_u64() == Some(n));
    let extract = results
        .iter()
        .filter_map(|r| r["extract_one_thread"]["mb_per_second"].as_f64())
        .fold(f64::NAN, f64::max);
    let growth = match (by_size(10_000), by_size(100_000)) {
        (Some(a), Some(b)) => {
            let (ta, tb) = (
                a["check_all_threads"]["seconds"].as_f64().unwrap_or(0.0),
                b["check_all_threads"]["seconds"].as_f64().unwrap_or(0.0),
            );
            (ta > 0.0).then(|| tb / ta)
        }
        _ => None,
    };
    let peak = by_size(100_000).and_then(|r| r["check_all_threads"]["peak_rss_bytes"].as_f64());
    serde_json::json!({
        "extract_mb_per_second_per_core": {"value": extract, "target": 100.0, "met": extract >= 100.0},
        "check_time_100k_over_10k": {"value": growth, "target": 12.0, "met": growth.map(|g| g <= 12.0)},
        "check_peak_rss_100k_bytes": {"value": peak, "target": 2.0 * 1024.0 * 1024.0 * 1024.0, "met": peak.map(|p| p < 2.0 * 1024.0 * 1024.0 * 1024.0)},
    })
}

fn render_targets(targets: &serde_json::Value) -> String {
    let mut out = String::from("targets:\n");
    for (name, t) in targets.as_object().into_iter().flatten() {
        let met = match t["met"].as_bool() {
            Some(true) => "met",
            Some(false) => "NOT MET",
            None => "not measured (needs the 10k and 100k sizes)",
        };
        let _ = writeln!(
            out,
            "  {name}: {} (target {}): {met}",
            t["value"], t["target"]
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_follow_honorifics() {
        let text = "Prof Ada Quill spoke. Later Mr Quill and Ms Rosa Vane-Ito agreed; Dr said no.";
        assert_eq!(surnames(text), ["Quill", "Vane-Ito"]);
    }

    #[test]
    fn replace_word_keeps_longer_words() {
        assert_eq!(
            replace_word("Quill and Quillby met Quill’s aide", "Quill", "Moss"),
            "Moss and Quillby met Moss’s aide"
        );
    }

    #[test]
    fn variants_rename_people_consistently() {
        let seed = "Head\n\nDr Ada Quill said 12 things.\nQuill added 3 more.\n";
        let renamed = (0..64)
            .map(|k| variant(seed, &mut Rng(k)))
            .find(|v| !v.contains("Quill"))
            .expect("some variant renames Quill");
        let surname = SURNAMES
            .iter()
            .find(|s| renamed.contains(&format!("Dr Ada {s}")))
            .expect("a surname from the list");
        assert!(renamed.contains(&format!("\n{surname} added")), "{renamed}");
    }
}
