//! `cargo xtask fuzz [TARGET] [--time SECS]`: run the cargo-fuzz targets in
//! `fuzz/`, one after the other, each seeded with the articles we have.
//!
//! Choices, and why:
//! - `--sanitizer none`: the workspace forbids `unsafe`, so AddressSanitizer
//!   would mostly watch safe code, at about half the speed; what we hunt is
//!   panics, broken span invariants and blow-ups. `--sanitizer address`
//!   is there for when a dependency is suspected.
//! - `--debug-assertions`: overflow checks on, so that span arithmetic that
//!   wraps in release panics here.
//! - On a stable toolchain cargo-fuzz's `-Z` flags need `RUSTC_BOOTSTRAP=1`.
//! - `-timeout=10`: an input that takes ten seconds is a blow-up, and
//!   libFuzzer saves it as a `timeout-*` artifact.

use std::{fs, path::Path, process::Command};

use anyhow::{Context, Result, bail};

/// The targets in `fuzz/fuzz_targets`.
const TARGETS: &[&str] = &["parse", "pipeline"];

/// Where seed inputs come from, relative to the root: every `*.txt`.
const SEED_DIRS: &[&str] = &["seeds", "tests/annotated", "tests/cases"];

#[derive(Debug, clap::Args)]
pub(crate) struct FuzzArgs {
    /// One target (parse, pipeline); both by default, one after the other.
    target: Option<String>,

    /// Seconds to fuzz each target.
    #[arg(long, value_name = "SECS", default_value_t = 600)]
    time: u64,

    /// Sanitizer for cargo-fuzz: none (default) or address.
    #[arg(long, default_value = "none")]
    sanitizer: String,
}

pub(crate) fn run(root: &Path, args: &FuzzArgs) -> Result<()> {
    let installed = Command::new(cargo_path())
        .args(["fuzz", "--version"])
        .output()
        .is_ok_and(|out| out.status.success());
    if !installed {
        bail!("cargo-fuzz is not installed; install it with `cargo install cargo-fuzz`");
    }
    let targets: Vec<&str> = match &args.target {
        Some(target) if TARGETS.contains(&target.as_str()) => vec![target.as_str()],
        Some(target) => bail!(
            "no fuzz target {target:?}; there are {}",
            TARGETS.join(", ")
        ),
        None => TARGETS.to_vec(),
    };
    let bootstrap = !rustc_is_nightly()?;
    for target in targets {
        let corpus = root.join("fuzz/corpus").join(target);
        let seeded = seed(root, &corpus)?;
        println!(
            "xtask: fuzzing {target} for {} s ({seeded} seed inputs{})",
            args.time,
            if bootstrap { ", RUSTC_BOOTSTRAP=1" } else { "" }
        );
        let mut cmd = Command::new(cargo_path());
        cmd.current_dir(root.join("fuzz"))
            .args(["fuzz", "run", "--sanitizer", &args.sanitizer])
            .args(["--debug-assertions", target])
            .arg(&corpus)
            .arg("--")
            .arg(format!("-max_total_time={}", args.time))
            .arg("-timeout=10")
            .arg("-print_final_stats=1");
        if bootstrap {
            cmd.env("RUSTC_BOOTSTRAP", "1");
        }
        crate::run(cmd)
            .with_context(|| format!("fuzz target {target} failed; see fuzz/artifacts/{target}"))?;
    }
    Ok(())
}

fn cargo_path() -> std::ffi::OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

/// Whether the toolchain cargo-fuzz will use is a nightly.
fn rustc_is_nightly() -> Result<bool> {
    let out = Command::new("rustc")
        .arg("-V")
        .output()
        .context("cannot run rustc -V")?;
    Ok(String::from_utf8_lossy(&out.stdout).contains("nightly"))
}

/// Copy every seed article into `corpus` (libFuzzer's working corpus, kept
/// between runs and ignored by git); returns how many there are.
fn seed(root: &Path, corpus: &Path) -> Result<usize> {
    fs::create_dir_all(corpus).with_context(|| format!("cannot create {}", corpus.display()))?;
    let mut n = 0;
    for dir in SEED_DIRS {
        let entries = fs::read_dir(root.join(dir)).with_context(|| format!("cannot read {dir}"))?;
        for entry in entries {
            let path = entry?.path();
            if path.extension().is_none_or(|e| e != "txt") {
                continue;
            }
            let Some(name) = path.file_name() else {
                continue;
            };
            let dest = corpus.join(format!(
                "seed-{}-{}",
                dir.replace('/', "-"),
                name.to_string_lossy()
            ));
            fs::copy(&path, &dest)
                .with_context(|| format!("cannot copy {} to the corpus", path.display()))?;
            n += 1;
        }
    }
    Ok(n)
}
