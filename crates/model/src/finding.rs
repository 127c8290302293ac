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
