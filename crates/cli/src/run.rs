//! Running a command over many inputs: read and parse in parallel, write
//! in input order, report every problem, keep going.

use std::{
    collections::{BTreeSet, HashMap, HashSet},
    io::{self, IsTerminal, Write},
    path::Path,
    process::ExitCode,
};

use anyhow::{Context, Result, bail};
use crosscheck_model::{Article, ArticleReport};
use rayon::prelude::*;

use crosscheck_model::Severity;
use crosscheck_report::{Style, Summary};

use crate::{
    CheckArgs, CheckFormat, ColorChoice, ExtractArgs, ExtractFormat, FailOn, InputArgs,
    InputFormat, ReportArgs,
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

/// The inputs of a run, as a lazy sequence of jobs, with their number when
/// it is known before reading (files, not JSON Lines).
type Jobs = (Box<dyn Iterator<Item = Job>>, Option<u64>);

fn jobs(args: &InputArgs, problems: &mut Vec<Problem>) -> Result<Jobs> {
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
            let total = inputs.len() as u64;
            Ok((Box::new(inputs.into_iter().map(Job::Read)), Some(total)))
        }
        InputFormat::Jsonl => {
            let mut readers = Vec::new();
            for path in &paths {
                match input::open_jsonl(path) {
                    Ok(reader) => readers.push(reader),
                    Err(problem) => problems.push(problem),
                }
            }
            Ok((
                Box::new(readers.into_iter().flatten().map(Job::Ready)),
                None,
            ))
        }
    }
}

/// A processed input: the document, a warning about it, and the result.
type Done<T> = (Doc, Option<Problem>, Result<T>);

/// What a run processed, for `--stats`.
struct Stats {
    articles: u64,
    bytes: u64,
    started: std::time::Instant,
}

impl Stats {
    fn new() -> Self {
        Stats {
            articles: 0,
            bytes: 0,
            started: std::time::Instant::now(),
        }
    }

    /// One line of JSON on stderr.
    #[allow(clippy::print_stderr)] // --stats asks for it
    fn print(&self) {
        let seconds = self.started.elapsed().as_secs_f64();
        let line = serde_json::json!({
            "articles": self.articles,
            "bytes": self.bytes,
            "seconds": seconds,
            "mb_per_second": if seconds > 0.0 { self.bytes as f64 / 1e6 / seconds } else { 0.0 },
            "peak_rss_bytes": peak_rss_bytes(),
        });
        eprintln!("crosscheck: stats {line}");
    }
}

/// The process's peak resident memory (Linux: VmHWM in /proc/self/status).
fn peak_rss_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

/// Run `work` on every input in parallel batches and hand the results to
/// `sink` in input order. Problems go to stderr as they are met. Returns
/// whether any input had a problem.
fn for_each_doc<T: Send>(
    args: &InputArgs,
    stats: &mut Stats,
    work: impl Fn(&Doc) -> Result<T> + Sync,
    mut sink: impl FnMut(&Doc, T) -> Result<()>,
) -> Result<bool> {
    for_each_doc_inner(args, work, |doc, out| {
        stats.articles += 1;
        stats.bytes += doc.text.len() as u64;
        sink(doc, out)
    })
}

fn for_each_doc_inner<T: Send>(
    args: &InputArgs,
    work: impl Fn(&Doc) -> Result<T> + Sync,
    mut sink: impl FnMut(&Doc, T) -> Result<()>,
) -> Result<bool> {
    let mut problems = Vec::new();
    let (mut jobs, total) = jobs(args, &mut problems)?;
    let mut had_problem = report(&mut problems);
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = args.jobs {
        builder = builder.num_threads(n.max(1));
    }
    let pool = builder.build().context("cannot start worker threads")?;
    let mut progress = Progress::new(total);
    loop {
        let batch: Vec<Job> = jobs.by_ref().take(BATCH).collect();
        if batch.is_empty() {
            break;
        }
        let n_batch = batch.len() as u64;
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
        progress.advance(n_batch);
    }
    progress.finish();
    Ok(had_problem)
}

/// A progress bar on stderr, shown only when stderr is a terminal and the
/// run has taken more than a second: short runs and pipes stay silent.
struct Progress {
    total: Option<u64>,
    done: u64,
    started: std::time::Instant,
    bar: Option<indicatif::ProgressBar>,
    terminal: bool,
}

impl Progress {
    fn new(total: Option<u64>) -> Self {
        Progress {
            total,
            done: 0,
            started: std::time::Instant::now(),
            bar: None,
            terminal: io::stderr().is_terminal(),
        }
    }

    fn advance(&mut self, n: u64) {
        self.done += n;
        if !self.terminal {
            return;
        }
        if self.bar.is_none() && self.started.elapsed() > std::time::Duration::from_secs(1) {
            let bar = match self.total {
                Some(total) => indicatif::ProgressBar::new(total).with_style(
                    indicatif::ProgressStyle::with_template(
                        "{elapsed_precise} [{bar:40}] {pos}/{len} articles ({per_sec}, {eta} left)",
                    )
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
                ),
                None => indicatif::ProgressBar::new_spinner().with_style(
                    indicatif::ProgressStyle::with_template(
                        "{elapsed_precise} {pos} articles ({per_sec})",
                    )
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
                ),
            };
            self.bar = Some(bar);
        }
        if let Some(bar) = &self.bar {
            bar.set_position(self.done);
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
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
    let mut stats = Stats::new();
    let had_problem = for_each_doc(
        &args.inputs,
        &mut stats,
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
    if args.inputs.stats {
        stats.print();
    }
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

/// Refuse an `--allow` that names no check.
fn check_allowed(allow: &[String]) -> Result<()> {
    for name in allow {
        if crosscheck_analysis::check_info(name).is_none() {
            bail!(
                "--allow {name}: no such check (crosscheck explain lists them: {})",
                crosscheck_analysis::CHECKS
                    .iter()
                    .map(|c| c.name)
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    Ok(())
}

/// `crosscheck check`.
pub(crate) fn check(args: &CheckArgs) -> Result<ExitCode> {
    check_allowed(&args.allow)?;
    let style = Style {
        color: match args.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty())
            }
        },
        width: 100,
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut summary = Summary::default();
    let mut worst: Option<Severity> = None;
    let mut json_articles = Vec::new();
    let mut digests = Vec::new();
    let mut texts = TextStore::default();
    let format = args.format;
    let mut stats = Stats::new();
    let had_problem = for_each_doc(
        &args.inputs,
        &mut stats,
        |doc| {
            let (_, report, digest) = analyse(doc, &args.allow);
            let rendered = match format {
                CheckFormat::Human => {
                    let text_of =
                        |source: &str| (source == doc.source).then_some(doc.text.as_str());
                    let mut text = String::new();
                    for finding in &report.findings {
                        text.push_str(&crosscheck_report::finding_human(finding, &text_of, style));
                        text.push_str("\n\n");
                    }
                    text.push_str(&crosscheck_report::summary_human(&report));
                    Rendered::Text(text)
                }
                CheckFormat::Json => {
                    Rendered::Json(Box::new(crosscheck_report::article_out(&report, &doc.text)))
                }
            };
            Ok((report.findings, rendered, digest))
        },
        |doc,
         (findings, rendered, digest): (
            Vec<crosscheck_model::Finding>,
            Rendered,
            crosscheck_analysis::Digest,
        )| {
            digests.push(digest);
            texts.keep(doc);
            summary.add(&findings);
            worst = worst.max(findings.iter().map(|f| f.severity).max());
            match rendered {
                Rendered::Text(text) => {
                    out.write_all(text.as_bytes())?;
                    out.write_all(b"\n")?;
                }
                Rendered::Json(article) => json_articles.push(*article),
            }
            Ok(())
        },
    )?;
    let across = across(digests, &args.allow);
    let mut across_counts = String::new();
    let mut across_json = None;
    if let Some(corpus) = &across {
        worst = worst.max(corpus.findings.iter().map(|f| f.severity).max());
        let mut cross = Summary::default();
        cross.add(&corpus.findings);
        across_counts = format!(
            "; across articles: {} cluster{}, {} warning{}, {} info",
            corpus.clusters.len(),
            if corpus.clusters.len() == 1 { "" } else { "s" },
            cross.errors + cross.warnings,
            if cross.errors + cross.warnings == 1 {
                ""
            } else {
                "s"
            },
            cross.info
        );
        let needed: BTreeSet<&str> = corpus
            .findings
            .iter()
            .flat_map(|f| f.evidence.iter())
            .chain(corpus.agreements.iter().flat_map(|a| a.evidence.iter()))
            .map(|e| e.source.as_str())
            .collect();
        let loaded = texts.load(&needed);
        let text_of = |source: &str| loaded.get(source).map(String::as_str);
        match format {
            CheckFormat::Human => {
                out.write_all(crosscheck_report::across_human(corpus, &text_of, style).as_bytes())?;
                out.write_all(b"\n")?;
            }
            CheckFormat::Json => {
                across_json = Some(crosscheck_report::across_out(corpus, &text_of))
            }
        }
    }
    let counts = format!(
        "checked {} article{}: {} error{}, {} warning{}, {} info",
        summary.articles,
        if summary.articles == 1 { "" } else { "s" },
        summary.errors,
        if summary.errors == 1 { "" } else { "s" },
        summary.warnings,
        if summary.warnings == 1 { "" } else { "s" },
        summary.info,
    );
    match format {
        CheckFormat::Human => writeln!(out, "{counts}{across_counts}")?,
        CheckFormat::Json => {
            let output = crosscheck_report::CheckOutput {
                version: crosscheck_report::CHECK_JSON_VERSION,
                articles: json_articles,
                across: across_json,
                summary,
            };
            serde_json::to_writer_pretty(&mut out, &output)?;
            writeln!(out)?;
        }
    }
    out.flush()?;
    if args.inputs.stats {
        stats.print();
    }
    let threshold = match args.fail_on {
        FailOn::Info => Some(Severity::Info),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Error => Some(Severity::Error),
        FailOn::Never => None,
    };
    Ok(if had_problem {
        ExitCode::from(2)
    } else if threshold.is_some_and(|t| worst.is_some_and(|w| w >= t)) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Article texts kept for the cross-article diagnostics, up to a budget;
/// past it, files are read again when a finding needs them, so memory is
/// bounded whatever the corpus.
#[derive(Default)]
struct TextStore {
    kept: HashMap<String, String>,
    files: HashMap<String, std::path::PathBuf>,
    bytes: usize,
}

/// Bytes of article text kept in memory for cross-article diagnostics.
const TEXT_BUDGET: usize = 256 << 20;

impl TextStore {
    fn keep(&mut self, doc: &Doc) {
        if let Some(file) = &doc.file {
            self.files.insert(doc.source.clone(), file.clone());
        }
        if self.bytes + doc.text.len() <= TEXT_BUDGET {
            self.bytes += doc.text.len();
            self.kept.insert(doc.source.clone(), doc.text.clone());
        }
    }

    /// The texts of `sources`, from memory or read again from disk (lossy:
    /// the file was decoded the same way the first time).
    fn load(&self, sources: &BTreeSet<&str>) -> HashMap<String, String> {
        let mut out = HashMap::new();
        for &source in sources {
            if let Some(text) = self.kept.get(source) {
                out.insert(source.to_owned(), text.clone());
            } else if let Some(text) = self
                .files
                .get(source)
                .and_then(|path| std::fs::read(path).ok())
                .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
            {
                out.insert(source.to_owned(), text);
            }
        }
        out
    }
}

/// One article parsed and checked, its allowed findings dropped, with the
/// digest the cross-article checks read.
fn analyse(doc: &Doc, allow: &[String]) -> (Article, ArticleReport, crosscheck_analysis::Digest) {
    let article = crosscheck_parse::article(&doc.source, &doc.text);
    let digest = crosscheck_analysis::Digest::new(&article, &doc.text);
    let mut report = crosscheck_analysis::check_article(&article);
    report.findings.retain(|f| !allow.contains(&f.name));
    (article, report, digest)
}

/// The cross-article checks, when there are several articles, their
/// allowed findings dropped. The digests are freed here.
fn across(
    digests: Vec<crosscheck_analysis::Digest>,
    allow: &[String],
) -> Option<crosscheck_model::CorpusReport> {
    (digests.len() > 1).then(|| {
        let mut corpus = crosscheck_analysis::check_corpus(&digests);
        corpus.findings.retain(|f| !allow.contains(&f.name));
        corpus
    })
}

/// What one article renders to.
enum Rendered {
    Text(String),
    Json(Box<crosscheck_report::ArticleOut>),
}

/// `crosscheck report --html FILE`: every article is kept in memory (the
/// page holds all their texts), then the page is rendered and written.
pub(crate) fn html_report(args: &ReportArgs) -> Result<ExitCode> {
    check_allowed(&args.allow)?;
    let mut kept: Vec<(String, Article, ArticleReport)> = Vec::new();
    let mut digests = Vec::new();
    let mut stats = Stats::new();
    let had_problem = for_each_doc(
        &args.inputs,
        &mut stats,
        |doc| Ok(analyse(doc, &args.allow)),
        |doc, (article, report, digest): (Article, ArticleReport, crosscheck_analysis::Digest)| {
            kept.push((doc.text.clone(), article, report));
            digests.push(digest);
            Ok(())
        },
    )?;
    let across = across(digests, &args.allow);
    let items: Vec<crosscheck_report::HtmlArticle<'_>> = kept
        .iter()
        .map(|(text, article, report)| crosscheck_report::HtmlArticle {
            article,
            text,
            report,
        })
        .collect();
    let checks: Vec<crosscheck_report::CheckDoc<'_>> = crosscheck_analysis::CHECKS
        .iter()
        .map(|c| crosscheck_report::CheckDoc {
            name: c.name,
            severity: c.severity,
            summary: c.summary,
            explanation: c.explanation,
        })
        .collect();
    let page = crosscheck_report::html_report(&items, across.as_ref(), &checks);
    if args.html.as_os_str() == "-" {
        let mut out = io::stdout().lock();
        out.write_all(page.as_bytes())?;
        out.flush()?;
    } else {
        std::fs::write(&args.html, page)
            .with_context(|| format!("cannot write the report to {}", args.html.display()))?;
    }
    if args.inputs.stats {
        stats.print();
    }
    Ok(if had_problem {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

/// `crosscheck explain [NAME]`.
#[allow(clippy::print_stdout)] // the explanation is the command's output
pub(crate) fn explain(name: Option<&str>) -> Result<ExitCode> {
    let checks = crosscheck_analysis::CHECKS;
    let Some(name) = name else {
        let width = checks.iter().map(|c| c.name.len()).max().unwrap_or(0);
        for check in checks {
            println!(
                "{:<width$}  {:<7}  {}",
                check.name,
                check.severity.as_str(),
                check.summary
            );
        }
        return Ok(ExitCode::SUCCESS);
    };
    match crosscheck_analysis::check_info(name) {
        Some(check) => {
            println!(
                "{} ({}): {}\n",
                check.name,
                check.severity.as_str(),
                check.summary
            );
            println!("{}", check.explanation);
            Ok(ExitCode::SUCCESS)
        }
        None => bail!(
            "no check named {name:?}; `crosscheck explain` lists them: {}",
            checks.iter().map(|c| c.name).collect::<Vec<_>>().join(", ")
        ),
    }
}
