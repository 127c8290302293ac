//! The `crosscheck` command line: argument parsing, input walking,
//! parallelism and exit codes. No analysis lives here.
#![allow(clippy::print_stderr)] // the binary reports problems on stderr

mod input;
mod run;

use std::{io, path::PathBuf, process::ExitCode};

use clap::{Args, Parser, Subcommand, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  crosscheck extract seeds/                      one JSON record per article in seeds/*.txt
  crosscheck extract --format text article.txt   roles in a margin, then quotes and figures
  crosscheck extract --out-dir preds/ seeds/     write preds/NAME.json for each NAME.txt
  curl -s URL | crosscheck extract -             read one article from standard input
  crosscheck extract --input jsonl --format jsonl corpus.jsonl > records.jsonl

Exit status: 0 all inputs processed, 2 usage error or an input could not be read.";

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
    /// Parse articles into structured records, one per article.
    ///
    /// Every non-blank line gets a role (chrome, headline, standfirst,
    /// byline, dateline, body, duplicate); the record's fields follow
    /// SCHEMA.md.
    #[command(after_help = EXAMPLES)]
    Extract(ExtractArgs),
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
