//! Project automation, run as `cargo xtask <command>`:
//!
//! - `test`: the whole workspace's tests; fails on pending or orphaned
//!   snapshots, so no cargo-insta is needed.
//! - `review` / `accept [FILTER]` / `reject`: deal with pending snapshots.
//! - `eval [DIR]`: score the extractor against gold keys (SCHEMA.md).
//! - `lint`: fmt check and clippy `-D warnings`.
//! - `ci`: lint, test, eval of the seeds (what `.ci/run` runs, step by step).
//! - `bench`: throughput and memory on a generated corpus.
//! - `browser-test`: the HTML report in headless Chromium.
//! - `fuzz [TARGET] [--time SECS]`: the cargo-fuzz targets in `fuzz/`.
#![allow(clippy::print_stdout, clippy::print_stderr)] // a command-line tool

mod bench;
mod browser;
mod eval;
mod fuzz;
// The port keeps score.py's whole API (per-article metrics, in-memory scoring);
// the differential tests use all of it, eval only part.
#[allow(dead_code)]
mod score;
mod snapshots;
#[cfg(test)]
mod tidy;

use std::{
    path::{Path, PathBuf},
    process::{Command, ExitCode},
};

use anyhow::{Context, Result, bail};
use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(name = "cargo xtask", about = "crosscheck's project automation")]
struct Cli {
    #[command(subcommand)]
    command: Cmd,
}

#[derive(Debug, Subcommand)]
enum Cmd {
    /// Run every test of the workspace; fail on pending or orphaned snapshots.
    Test,
    /// Show a diff of each pending snapshot against the accepted one.
    Review,
    /// Accept pending snapshots (all, or those whose path contains FILTER).
    Accept {
        /// Only snapshots whose path contains this text.
        filter: Option<String>,
    },
    /// Delete pending snapshots.
    Reject,
    /// Score the extractor against gold answer keys.
    Eval(eval::EvalArgs),
    /// fmt --check and clippy -D warnings over the workspace.
    Lint,
    /// Everything CI checks: lint, test, eval of the seeds.
    Ci,
    /// Measure throughput and memory on a generated corpus.
    Bench(bench::BenchArgs),
    /// Open the HTML report of seeds/ and of a hostile article in headless
    /// Chromium: screenshots, and checks on the DOM after scripts ran.
    BrowserTest(browser::BrowserArgs),
    /// Fuzz the parser and the whole pipeline with cargo-fuzz (libFuzzer).
    Fuzz(fuzz::FuzzArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Cmd::Test => test(),
        Cmd::Review => snapshots::review(&root()),
        Cmd::Accept { filter } => snapshots::accept(&root(), filter.as_deref()),
        Cmd::Reject => snapshots::reject(&root()),
        Cmd::Eval(args) => eval::run(&root(), &args),
        Cmd::Lint => lint(),
        Cmd::Ci => ci(),
        Cmd::Bench(args) => bench::run(&root(), &args),
        Cmd::BrowserTest(args) => browser::run_browser_test(&root(), &args),
        Cmd::Fuzz(args) => fuzz::run(&root(), &args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("xtask: {err:#}");
            ExitCode::FAILURE
        }
    }
}

/// The workspace root (the parent of this crate).
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
}

fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
    cmd.current_dir(root());
    cmd
}

fn run(mut cmd: Command) -> Result<()> {
    let shown = format!("{cmd:?}");
    let status = cmd
        .status()
        .with_context(|| format!("cannot run {shown}"))?;
    if !status.success() {
        bail!("{shown} failed ({status})");
    }
    Ok(())
}

fn test() -> Result<()> {
    let root = root();
    let mut cmd = cargo();
    cmd.args(["test", "--workspace", "--all-targets"]);
    // New snapshots are written as .snap.new for review, never accepted
    // silently; on CI nothing is written at all.
    let update = if std::env::var_os("CI").is_some() {
        "no"
    } else {
        "new"
    };
    cmd.env("INSTA_UPDATE", update)
        .env_remove("INSTA_FORCE_PASS");
    let tests = run(cmd);
    let doc = {
        let mut cmd = cargo();
        cmd.args(["test", "--workspace", "--doc"]);
        run(cmd)
    };
    let pending = snapshots::check_clean(&root);
    tests?;
    doc?;
    pending
}

fn ci() -> Result<()> {
    lint()?;
    test()?;
    eval::run(&root(), &eval::EvalArgs::ci())
}

fn lint() -> Result<()> {
    let mut fmt = cargo();
    fmt.args(["fmt", "--all", "--", "--check"]);
    run(fmt)?;
    let mut clippy = cargo();
    clippy.args([
        "clippy",
        "--workspace",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]);
    run(clippy)
}
