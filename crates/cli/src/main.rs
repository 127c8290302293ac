//! The `crosscheck` command line: argument parsing, input walking,
//! parallelism and exit codes. No analysis lives here.
#![allow(clippy::print_stderr)] // the binary reports problems on stderr

mod input;
mod run;

use std::{io, path::PathBuf, process::ExitCode};

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Extraction makes many small strings and vectors per article, on every
/// worker thread at once; mimalloc serves them from per-thread pages.
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

const REPORT_EXAMPLES: &str = "\
Examples:
  crosscheck report seeds/ --html report.html          every article in seeds/*.txt, and across them
  crosscheck report a.txt b.txt --html - > out.html    the page on standard output
  crosscheck report --input jsonl corpus.jsonl --html corpus.html

The page needs no network and runs no script but its own (a Content-Security-Policy
says so): open it from disk. It holds every article's text, so it grows with the corpus.

Exit status: 0 written, 2 usage error or an input could not be read (the page is still
written, without it).";

const EXAMPLES: &str = "\
Examples:
  crosscheck check seeds/                        diagnostics and a summary per article
  crosscheck check --format json seeds/ | jq .   the same as JSON
  crosscheck explain impossible-percent          what a finding means
  crosscheck report seeds/ --html report.html    one self-contained page to open in a browser
  crosscheck extract seeds/                      one JSON record per article in seeds/*.txt
  crosscheck extract --format text article.txt   roles in a margin, then quotes and figures
  crosscheck extract --out-dir preds/ seeds/     write preds/NAME.json for each NAME.txt
  curl -s URL | crosscheck extract -             read one article from standard input
  crosscheck extract --input jsonl --format jsonl corpus.jsonl > records.jsonl

Exit status: 0 clean, 1 findings at or above --fail-on (check), 2 usage error or an input
could not be read.";

/// Check what news articles claim.
///
/// crosscheck reads articles as scraped plain text (banners, captions,
/// related links and footers included), finds the article inside the page
/// and extracts its headline, byline, date, quotes, figures and acronyms.
#[derive(Debug, Parser)]
#[command(name = "crosscheck", version, after_help = EXAMPLES)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check what articles claim: survey arithmetic, verbal quantities,
    /// headline against body.
    ///
    /// Prints rustc-style diagnostics with the words underlined, then a
    /// summary per article (its survey, what was checked).
    #[command(after_help = EXAMPLES)]
    Check(CheckArgs),
    /// Explain a finding: what it checks, why it matters, how to silence it.
    ///
    /// With no NAME, lists every check.
    Explain {
        /// A check's name, as printed in brackets by `crosscheck check`.
        name: Option<String>,
    },
    /// Parse articles into structured records, one per article.
    ///
    /// Every non-blank line gets a role (chrome, headline, standfirst,
    /// byline, dateline, body, duplicate); the record's fields follow
    /// SCHEMA.md.
    #[command(after_help = EXAMPLES)]
    Extract(ExtractArgs),
    /// Write a self-contained HTML report of what was found.
    ///
    /// An overview (articles, same-story clusters, findings by severity),
    /// each article's text line by line with its quotes, figures and
    /// findings highlighted, the clusters with their quote variants and
    /// figure conflicts, and the explanation of every check.
    #[command(after_help = REPORT_EXAMPLES)]
    Report(ReportArgs),
}

#[derive(Debug, Args)]
struct InputArgs {
    /// Files, directories (walked for *.txt, in name order) or - for
    /// standard input. With no PATH, standard input is read.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,

    /// How inputs are framed: one article per file, or a JSON Lines corpus
    /// of {"id": ..., "text": ...} objects.
    #[arg(long, value_enum, default_value_t = InputFormat::Text)]
    input: InputFormat,

    /// Worker threads (default: one per core).
    #[arg(long, short = 'j', value_name = "N")]
    jobs: Option<usize>,

    /// At the end, print on stderr one line of JSON with the articles and
    /// bytes processed, the seconds taken and the peak memory.
    #[arg(long)]
    stats: bool,
}

#[derive(Debug, Args)]
struct ExtractArgs {
    #[command(flatten)]
    inputs: InputArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Json)]
    format: ExtractFormat,

    /// Also write each record to DIR/NAME.json (NAME = the input's file
    /// stem, or its JSONL id), as score.py expects predictions.
    #[arg(long, value_name = "DIR")]
    out_dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct CheckArgs {
    #[command(flatten)]
    inputs: InputArgs,

    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    format: CheckFormat,

    /// Exit with status 1 when a finding is at least this severe.
    #[arg(long, value_enum, default_value_t = FailOn::Error, value_name = "SEVERITY")]
    fail_on: FailOn,

    /// Do not run check NAME (repeatable). `crosscheck explain` lists them.
    #[arg(long, value_name = "NAME")]
    allow: Vec<String>,

    /// Colour the diagnostics: auto (a terminal without NO_COLOR), always,
    /// never.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    color: ColorChoice,
}

#[derive(Debug, Args)]
struct ReportArgs {
    #[command(flatten)]
    inputs: InputArgs,

    /// Write the HTML page to FILE (- for standard output).
    #[arg(long, value_name = "FILE", required = true)]
    html: PathBuf,

    /// Do not run check NAME (repeatable). `crosscheck explain` lists them.
    #[arg(long, value_name = "NAME")]
    allow: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum CheckFormat {
    /// Diagnostics with source lines, then a summary per article.
    Human,
    /// One JSON document: articles, findings with resolved evidence,
    /// summary (docs/check-json.md).
    Json,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, ValueEnum)]
enum FailOn {
    /// Any finding, information included.
    Info,
    /// Warnings and errors.
    Warning,
    /// Errors only.
    Error,
    /// Never: exit 0 whatever is found.
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum InputFormat {
    /// One article per file (or standard input).
    Text,
    /// One {"id": ..., "text": ...} object per line.
    Jsonl,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ExtractFormat {
    /// Pretty JSON, one object per article (a stream jq reads).
    Json,
    /// One compact JSON object per line.
    Jsonl,
    /// Roles in a margin, then quotes, figures and acronyms.
    Text,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => run::extract(&args),
        Command::Check(args) => run::check(&args),
        Command::Explain { name } => run::explain(name.as_deref()),
        Command::Report(args) => run::html_report(&args),
    };
    match result {
        Ok(code) => code,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("crosscheck: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// Whether the error is stdout closing early (`crosscheck ... | head`).
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|io_err| io_err.kind() == io::ErrorKind::BrokenPipe)
    })
}
