//! Findings for people: rustc-style diagnostics with the source line and
//! the words underlined, then a summary per article.

use std::fmt::Write as _;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use crosscheck_model::{ArticleReport, CorpusReport, Finding, Severity, SurveyStats};

/// How to draw diagnostics.
#[derive(Clone, Copy, Debug)]
pub struct Style {
    /// ANSI colours (only for a terminal, and never when `NO_COLOR` is set).
    pub color: bool,
    /// Width to fit long lines into.
    pub width: usize,
}

impl Style {
    /// Plain text, 100 columns: what tests and pipes get.
    pub const PLAIN: Style = Style {
        color: false,
        width: 100,
    };
}

/// One finding as a diagnostic. `text_of` gives the original text of an
/// article by its `source`; evidence whose text is not at hand is named
/// but not shown.
pub fn finding_human<'a>(
    finding: &Finding,
    text_of: &dyn Fn(&str) -> Option<&'a str>,
    style: Style,
) -> String {
    let level = match finding.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    };
    let mut title = Some(
        level
            .primary_title(finding.message.as_str())
            .id(finding.name.as_str()),
    );
    let mut groups: Vec<Group<'_>> = Vec::new();
    let mut first_group: Option<Group<'_>> = None;
    let mut missing = Vec::new();
    // One snippet per source, in the order the evidence names them.
    let mut sources: Vec<&str> = Vec::new();
    for evidence in &finding.evidence {
        if !sources.contains(&evidence.source.as_str()) {
            sources.push(&evidence.source);
        }
    }
    let mut primary_done = false;
    for source in sources {
        let Some(text) = text_of(source) else {
            for evidence in finding.evidence.iter().filter(|e| e.source == source) {
                missing.push(format!("{}:{} ({})", source, evidence.line, evidence.label));
            }
            continue;
        };
        let mut snippet = Snippet::source(text).path(source).fold(true);
        for evidence in finding.evidence.iter().filter(|e| e.source == source) {
            if evidence.span.text(text).is_none() {
                missing.push(format!("{}:{} ({})", source, evidence.line, evidence.label));
                continue;
            }
            let kind = if primary_done {
                AnnotationKind::Context
            } else {
                primary_done = true;
                AnnotationKind::Primary
            };
            snippet = snippet.annotation(
                kind.span(evidence.span.range())
                    .label(evidence.label.as_str()),
            );
        }
        match title.take() {
            Some(t) => first_group = Some(t.element(snippet)),
            None => {
                if let Some(group) = first_group.take() {
                    first_group = Some(group.element(snippet));
                }
            }
        }
    }
    let mut group = match (first_group, title) {
        (Some(group), _) => group,
        (None, Some(title)) => Group::with_title(title),
        (None, None) => return String::new(),
    };
    for place in &missing {
        group = group.element(Level::NOTE.message(format!("at {place}")));
    }
    group = group.element(Level::HELP.message(format!(
        "`crosscheck explain {}` says what this check means",
        finding.name
    )));
    groups.insert(0, group);
    let renderer = if style.color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .term_width(style.width);
    renderer.render(&groups)
}

/// The summary of one article: its survey, what each check looked at,
/// and the count of findings by severity.
pub fn summary_human(report: &ArticleReport) -> String {
    let mut out = String::new();
    let headline = report.headline.as_deref().unwrap_or("(no headline)");
    let _ = writeln!(out, "= {}: {headline}", report.source);
    if let Some(survey) = &report.survey {
        let _ = writeln!(out, "  survey: {}", survey_line(survey));
    }
    for tally in &report.tallies {
        let verdict = match (tally.checked, tally.flagged) {
            (1, 0) => "consistent".to_owned(),
            (_, 0) => "all consistent".to_owned(),
            (_, flagged) => format!("{flagged} flagged"),
        };
        let _ = writeln!(out, "  {}: {} ({verdict})", tally.what, tally.checked);
    }
    let _ = writeln!(out, "  result: {}", counts_line(&report.findings));
    out
}

/// "NHSCC survey by Ipsos MORI of nurses: n = 273 of 569 contacted (48%
/// response rate); margin of error ±4.3 points at 95% (±5.9 without the
/// finite-population correction)".
pub fn survey_line(survey: &SurveyStats) -> String {
    let mut who = String::new();
    if let Some(sponsor) = &survey.sponsor {
        let _ = write!(who, "{sponsor} ");
    }
    who.push_str("survey");
    if let Some(pollster) = &survey.pollster {
        let _ = write!(who, " by {pollster}");
    }
    if let Some(population) = &survey.population {
        let _ = write!(who, " of {population}");
    }
    let mut sample = format!("n = {}", survey.respondents);
    if let Some(contacted) = survey.contacted {
        let _ = write!(sample, " of {contacted} contacted");
    }
    if let Some(rate) = survey.response_rate {
        let _ = write!(sample, " ({} response rate)", percent(rate));
    }
    let corrected = (survey.margin_of_error - survey.margin_of_error_uncorrected).abs() > 1e-9;
    let margin = if corrected {
        format!(
            "margin of error ±{} points at 95% (±{} without the finite-population correction)",
            one_decimal(survey.margin_of_error),
            one_decimal(survey.margin_of_error_uncorrected)
        )
    } else {
        format!(
            "margin of error ±{} points at 95%",
            one_decimal(survey.margin_of_error)
        )
    };
    format!("{who}: {sample}; {margin}")
}

/// "no errors or warnings (2 info)", "1 error, 2 warnings".
pub fn counts_line(findings: &[Finding]) -> String {
    let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
    let (errors, warnings, infos) = (
        count(Severity::Error),
        count(Severity::Warning),
        count(Severity::Info),
    );
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("1 {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let mut out = if errors + warnings == 0 {
        "no errors or warnings".to_owned()
    } else {
        format!(
            "{}, {}",
            plural(errors, "error"),
            plural(warnings, "warning")
        )
    };
    if infos > 0 {
        let _ = write!(out, " ({infos} info)");
    }
    out
}

fn one_decimal(value: f64) -> String {
    format!("{value:.1}")
}

fn percent(value: f64) -> String {
    let text = format!("{value:.2}");
    format!("{}%", text.trim_end_matches('0').trim_end_matches('.'))
}

/// The "Across articles" section: each cluster with its evidence, the
/// people it names, what agrees, and the findings about its articles; then
/// findings between articles in no common cluster.
pub fn across_human<'a>(
    report: &CorpusReport,
    text_of: &dyn Fn(&str) -> Option<&'a str>,
    style: Style,
) -> String {
    let mut out = String::new();
    if report.clusters.is_empty() && report.findings.is_empty() {
        let _ = writeln!(
            out,
            "== Across articles: no two articles report the same survey or story"
        );
        return out;
    }
    let _ = writeln!(out, "== Across articles");
    let mut shown = vec![false; report.findings.len()];
    for (n, cluster) in report.clusters.iter().enumerate() {
        let _ = writeln!(out, "\ncluster {}: {}", n + 1, cluster.label);
        let _ = writeln!(out, "  articles: {}", cluster.articles.join(", "));
        let _ = writeln!(out, "  evidence: {}", cluster.evidence.join("; "));
        for person in report.people.iter().filter(|p| {
            p.roles
                .iter()
                .any(|(source, _)| cluster.articles.contains(source))
        }) {
            let roles: Vec<String> = person
                .roles
                .iter()
                .map(|(source, role)| {
                    let role = if role.is_empty() {
                        "(no role given)"
                    } else {
                        role.as_str()
                    };
                    format!("{role} ({source})")
                })
                .collect();
            let _ = writeln!(out, "  person: {}: {}", person.name, roles.join("; "));
        }
        for agreement in report.agreements.iter().filter(|a| {
            a.evidence
                .iter()
                .all(|e| cluster.articles.contains(&e.source))
        }) {
            let _ = writeln!(out, "  consistent: {}", agreement.message);
        }
        let mut any = false;
        for (k, finding) in report.findings.iter().enumerate() {
            if !shown[k]
                && finding
                    .evidence
                    .iter()
                    .all(|e| cluster.articles.contains(&e.source))
            {
                shown[k] = true;
                any = true;
                let _ = write!(out, "\n{}\n", finding_human(finding, text_of, style));
            }
        }
        if !any {
            let _ = writeln!(out, "  no conflicts between these articles");
        }
    }
    let rest: Vec<&Finding> = report
        .findings
        .iter()
        .zip(&shown)
        .filter(|(_, shown)| !**shown)
        .map(|(f, _)| f)
        .collect();
    if !rest.is_empty() {
        let _ = writeln!(out, "\nbetween articles in no common cluster:");
        for finding in rest {
            let _ = write!(out, "\n{}\n", finding_human(finding, text_of, style));
        }
    }
    out
}
