//! What the checks report: findings with their evidence.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Span;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; not a problem in itself.
    Info,
    /// Probably wrong, or needs a look.
    Warning,
    /// Cannot be right as printed.
    Error,
}

impl Severity {
    /// The lower-case name used in JSON and on the command line.
    pub const fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One thing a check found, with the words it is about.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable kebab-case name of the pattern flagged (`impossible-percent`).
    pub name: String,
    /// How serious it is.
    pub severity: Severity,
    /// One line, with the numbers recomputed.
    pub message: String,
    /// The places the finding is about, first the main one.
    pub evidence: Vec<Evidence>,
    /// The numbers the check used, by name.
    pub numbers: BTreeMap<String, f64>,
}

/// A place in one article that a finding points at.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The article's `source`.
    pub source: String,
    /// 1-based line.
    pub line: u32,
    /// The words.
    pub span: Span,
    /// What this place shows ("reported share", "counts").
    pub label: String,
}

/// What the checks found in one article, and what they looked at.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleReport {
    /// The article's `source`.
    pub source: String,
    /// The article's headline, for summaries.
    pub headline: Option<String>,
    /// Findings, by line.
    pub findings: Vec<Finding>,
    /// For each check that had something to look at, how much it checked.
    pub tallies: Vec<Tally>,
    /// The survey's numbers, when the article describes one with a sample
    /// size.
    pub survey: Option<SurveyStats>,
}

/// How much one check looked at in one article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tally {
    /// The check's name.
    pub check: String,
    /// Items checked.
    pub checked: u32,
    /// Items that gave a finding.
    pub flagged: u32,
    /// What an item is ("percentages checked against their counts").
    pub what: String,
}

/// A survey's sample and its margin of error.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SurveyStats {
    /// Respondents, n.
    pub respondents: u64,
    /// People contacted, when stated: taken as the population size for the
    /// finite-population correction.
    pub contacted: Option<u64>,
    /// Response rate in percent, as stated.
    pub response_rate: Option<f64>,
    /// Who ran it and for whom, as the article says.
    pub sponsor: Option<String>,
    /// Who carried it out.
    pub pollster: Option<String>,
    /// Who was surveyed.
    pub population: Option<String>,
    /// 95% margin of error of a share near 50%, in percentage points, with
    /// the finite-population correction when the population size is known.
    pub margin_of_error: f64,
    /// The same without the correction.
    pub margin_of_error_uncorrected: f64,
}

/// Articles that report the same survey or story, and why we think so.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cluster {
    /// The articles' sources, in input order.
    pub articles: Vec<String>,
    /// A short name for what they report ("NHSCC survey by Ipsos MORI, n =
    /// 273").
    pub label: String,
    /// The shared evidence, one item each ("same sample size n = 273", "3
    /// shared quotations", "Michael Dixon").
    pub evidence: Vec<String>,
}

/// Something compared across articles and found consistent, worth saying
/// ("an exact excerpt of a longer quotation").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Agreement {
    /// What agrees.
    pub message: String,
    /// Where, in each article.
    pub evidence: Vec<Evidence>,
}

/// A person named in several articles, with what each calls them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonAcross {
    /// Full name without honorifics.
    pub name: String,
    /// (source, role as written) pairs; the role is "" when none is given.
    pub roles: Vec<(String, String)>,
}

/// What the checks found across a set of articles.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CorpusReport {
    /// Groups of articles reporting the same survey or story.
    pub clusters: Vec<Cluster>,
    /// Cross-article findings.
    pub findings: Vec<Finding>,
    /// Comparisons that found agreement, worth reporting.
    pub agreements: Vec<Agreement>,
    /// People named in more than one article of a cluster.
    pub people: Vec<PersonAcross>,
}
