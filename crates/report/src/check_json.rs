//! The JSON of `crosscheck check --format json`: a stable, documented
//! shape (see `docs/check-json.md`), with evidence resolved to line,
//! column and the words themselves.

use crosscheck_model::{ArticleReport, Evidence, Finding, LineIndex, Severity, SurveyStats, Tally};
use serde::Serialize;

/// Version of the shape below; bumped on any incompatible change.
pub const CHECK_JSON_VERSION: u32 = 1;

/// The whole output of one run.
#[derive(Debug, Serialize)]
pub struct CheckOutput {
    /// Shape version.
    pub version: u32,
    /// One entry per article, in input order.
    pub articles: Vec<ArticleOut>,
    /// What was found across articles (absent for a single article).
    pub across: Option<AcrossOut>,
    /// Counts over the run.
    pub summary: Summary,
}

/// Clusters and cross-article findings, with resolved evidence.
#[derive(Debug, Serialize)]
pub struct AcrossOut {
    /// Groups of articles reporting the same survey or story.
    pub clusters: Vec<crosscheck_model::Cluster>,
    /// Findings between articles.
    pub findings: Vec<FindingOut>,
    /// Comparisons that agree (excerpts of longer quotations).
    pub agreements: Vec<AgreementOut>,
    /// People named in several articles of a cluster.
    pub people: Vec<crosscheck_model::PersonAcross>,
}

/// An agreement with resolved evidence.
#[derive(Debug, Serialize)]
pub struct AgreementOut {
    /// What agrees.
    pub message: String,
    /// Where.
    pub evidence: Vec<EvidenceOut>,
}

/// Resolve the cross-article report against the texts at hand.
pub fn across_out<'a>(
    report: &crosscheck_model::CorpusReport,
    text_of: &dyn Fn(&str) -> Option<&'a str>,
) -> AcrossOut {
    AcrossOut {
        clusters: report.clusters.clone(),
        findings: report
            .findings
            .iter()
            .map(|f| finding_out(f, text_of))
            .collect(),
        agreements: report
            .agreements
            .iter()
            .map(|a| AgreementOut {
                message: a.message.clone(),
                evidence: a
                    .evidence
                    .iter()
                    .map(|e| evidence_out(e, text_of(&e.source)))
                    .collect(),
            })
            .collect(),
        people: report.people.clone(),
    }
}

/// One article's findings and what was checked.
#[derive(Debug, Serialize)]
pub struct ArticleOut {
    /// The article's source.
    pub source: String,
    /// Its headline.
    pub headline: Option<String>,
    /// Its survey's sample and margin of error.
    pub survey: Option<SurveyStats>,
    /// What each check looked at.
    pub tallies: Vec<Tally>,
    /// The findings.
    pub findings: Vec<FindingOut>,
}

/// A finding with resolved evidence.
#[derive(Debug, Serialize)]
pub struct FindingOut {
    /// Stable check name.
    pub name: String,
    /// error, warning or info.
    pub severity: Severity,
    /// One line with the numbers recomputed.
    pub message: String,
    /// The places it is about, the main one first.
    pub evidence: Vec<EvidenceOut>,
    /// The numbers the check used.
    pub numbers: std::collections::BTreeMap<String, f64>,
}

/// A place in an article.
#[derive(Debug, Serialize)]
pub struct EvidenceOut {
    /// The article's source.
    pub source: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// The words (null when the text was not at hand).
    pub text: Option<String>,
    /// What the place shows.
    pub label: String,
    /// Byte offsets into the article's text.
    pub span: crosscheck_model::Span,
}

/// Counts over the run.
#[derive(Debug, Default, Serialize)]
pub struct Summary {
    /// Articles checked.
    pub articles: usize,
    /// Findings by severity.
    pub errors: usize,
    /// Warnings.
    pub warnings: usize,
    /// Information.
    pub info: usize,
}

impl Summary {
    /// Count the findings of one more article.
    pub fn add(&mut self, findings: &[Finding]) {
        self.articles += 1;
        for finding in findings {
            match finding.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.info += 1,
            }
        }
    }
}

/// Resolve a finding's evidence against the texts at hand.
pub fn finding_out<'a>(finding: &Finding, text_of: &dyn Fn(&str) -> Option<&'a str>) -> FindingOut {
    FindingOut {
        name: finding.name.clone(),
        severity: finding.severity,
        message: finding.message.clone(),
        evidence: finding
            .evidence
            .iter()
            .map(|evidence| evidence_out(evidence, text_of(&evidence.source)))
            .collect(),
        numbers: finding.numbers.clone(),
    }
}

fn evidence_out(evidence: &Evidence, text: Option<&str>) -> EvidenceOut {
    let (column, words) = match text {
        Some(text) => {
            let index = LineIndex::new(text);
            let (_, column) = index.line_col(text, evidence.span.start);
            (column, evidence.span.text(text).map(str::to_owned))
        }
        None => (0, None),
    };
    EvidenceOut {
        source: evidence.source.clone(),
        line: evidence.line,
        column,
        text: words,
        label: evidence.label.clone(),
        span: evidence.span,
    }
}

/// One article's entry.
pub fn article_out(report: &ArticleReport, text: &str) -> ArticleOut {
    let text_of = |source: &str| (source == report.source).then_some(text);
    ArticleOut {
        source: report.source.clone(),
        headline: report.headline.clone(),
        survey: report.survey.clone(),
        tallies: report.tallies.clone(),
        findings: report
            .findings
            .iter()
            .map(|f| finding_out(f, &text_of))
            .collect(),
    }
}
