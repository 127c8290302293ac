//! Running a command over many inputs: read and parse in parallel, write
//! in input order, report every problem, keep going.

use std::{
    collections::HashSet,
    io::{self, IsTerminal, Write},
    path::Path,
    process::ExitCode,
};

use anyhow::{Context, Result, bail};
use crosscheck_model::Article;
use rayon::prelude::*;

use crate::{
    ExtractArgs, ExtractFormat, InputArgs, InputFormat,
    input::{self, Doc, Input, Problem},
};

/// Inputs handled per parallel batch: bounds memory to a batch of
/// articles and their rendered output, whatever the corpus size.
const BATCH: usize = 512;

/// One unit of work: a file to read, or a record already read.
enum Job {
    Read(Input),
    Ready(Result<Doc, Problem>),
}

impl Job {
    fn resolve(self) -> Result<(Doc, Option<Problem>), Problem> {
        match self {
            Job::Read(input) => input::read(&input),
            Job::Ready(record) => record.map(|doc| (doc, None)),
        }
    }
}

/// The inputs of a run, as a lazy sequence of jobs.
fn jobs(args: &InputArgs, problems: &mut Vec<Problem>) -> Result<Box<dyn Iterator<Item = Job>>> {
    let mut paths = args.paths.clone();
    if paths.is_empty() {
        if io::stdin().is_terminal() {
            bail!("no input: give a PATH (a file or directory), or pipe text into `-`");
        }
        paths.push("-".into());
    }
    match args.input {
        InputFormat::Text => {
            let inputs = input::collect(&paths, problems);
            Ok(Box::new(inputs.into_iter().map(Job::Read)))
        }
        InputFormat::Jsonl => {
            let mut readers = Vec::new();
            for path in &paths {
                match input::open_jsonl(path) {
                    Ok(reader) => readers.push(reader),
                    Err(problem) => problems.push(problem),
                }
            }
            Ok(Box::new(readers.into_iter().flatten().map(Job::Ready)))
        }
    }
}

/// A processed input: the document, a warning about it, and the result.
type Done<T> = (Doc, Option<Problem>, Result<T>);

/// Run `work` on every input in parallel batches and hand the results to
/// `sink` in input order. Problems go to stderr as they are met. Returns
/// whether any input had a problem.
fn for_each_doc<T: Send>(
    args: &InputArgs,
    work: impl Fn(&Doc) -> Result<T> + Sync,
    mut sink: impl FnMut(&Doc, T) -> Result<()>,
) -> Result<bool> {
    let mut problems = Vec::new();
    let mut jobs = jobs(args, &mut problems)?;
    let mut had_problem = report(&mut problems);
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.jobs {
        builder = builder.num_threads(n.max(1));
    }
    let pool = builder.build().context("cannot start worker threads")?;
    loop {
        let batch: Vec<Job> = jobs.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        let results: Vec<Result<Done<T>, Problem>> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|job| {
                    let (doc, warning) = job.resolve()?;
                    let out = work(&doc);
                    Ok((doc, warning, out))
                })
                .collect()
        });
        for result in results {
            match result {
                Ok((doc, warning, out)) => {
                    if let Some(warning) = warning {
                        problems.push(warning);
                    }
                    had_problem |= report(&mut problems);
                    sink(&doc, out?)?;
                }
                Err(problem) => {
                    problems.push(problem);
                    had_problem |= report(&mut problems);
                }
            }
        }
    }
    Ok(had_problem)
}

/// Print and clear the pending problems; whether there were any.
#[allow(clippy::print_stderr)] // problems with inputs are the user's to see
fn report(problems: &mut Vec<Problem>) -> bool {
    let any = !problems.is_empty();
    for problem in problems.drain(..) {
        eprintln!("crosscheck: {problem}");
    }
    any
}

/// `crosscheck extract`.
pub(crate) fn extract(args: &ExtractArgs) -> Result<ExitCode> {
    if let Some(dir) = &args.out_dir {
        std::fs::create_dir_all(dir)
            .with_context(|| format!("cannot create output directory {}", dir.display()))?;
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut written: HashSet<String> = HashSet::new();
    let mut clashes = Vec::new();
    let format = args.format;
    let had_problem = for_each_doc(
        &args.inputs,
        |doc| {
            let article = crosscheck_parse::article(&doc.source, &doc.text);
            let rendered = match format {
                ExtractFormat::Json => crosscheck_report::article_json(&article)?,
                ExtractFormat::Jsonl => crosscheck_report::article_jsonl(&article)?,
                ExtractFormat::Text => crosscheck_report::article_text(&article, &doc.text),
            };
            let record = if args.out_dir.is_some() && format != ExtractFormat::Json {
                Some(crosscheck_report::article_json(&article)?)
            } else {
                None
            };
            Ok((article, rendered, record))
        },
        |doc, (article, rendered, record): (Article, String, Option<String>)| {
            out.write_all(rendered.as_bytes())?;
            if !rendered.ends_with('\n') {
                out.write_all(b"\n")?;
            }
            if let Some(dir) = &args.out_dir {
                let name = output_name(&doc.source);
                if !written.insert(name.clone()) {
                    clashes.push(Problem {
                        source: doc.source.clone(),
                        message: format!(
                            "{name}.json was already written by another input; not overwritten"
                        ),
                        skipped: false,
                    });
                    return Ok(());
                }
                let json = record.unwrap_or(rendered);
                write_record(dir, &name, &json)
                    .with_context(|| format!("cannot write the record of {}", article.source))?;
            }
            Ok(())
        },
    )?;
    out.flush()?;
    let clashed = report(&mut clashes);
    Ok(if had_problem || clashed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// The output file stem for a source: its file stem, or a JSONL id with
/// path separators replaced.
fn output_name(source: &str) -> String {
    let path = Path::new(source);
    let stem = path.file_stem().map_or_else(
        || source.to_owned(),
        |stem| stem.to_string_lossy().into_owned(),
    );
    let stem = if stem.is_empty() || stem == "-" {
        "stdin".to_owned()
    } else {
        stem
    };
    stem.replace(['/', '\\'], "_")
}

fn write_record(dir: &Path, name: &str, json: &str) -> io::Result<()> {
    let mut text = json.to_owned();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    std::fs::write(dir.join(format!("{name}.json")), text)
}
