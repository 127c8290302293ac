//! The vocabulary of crosscheck: articles, lines and their roles, spans,
//! quotes, figures, acronyms, people, surveys and findings.
//!
//! This crate does no I/O, no parsing and holds no policy: it is the data
//! the other crates exchange. Its serde shape is the JSON contract of
//! `crosscheck extract` (see SCHEMA.md).
#![deny(missing_docs)]

mod article;
mod finding;
mod span;

pub use article::{
    Acronym, Article, Figure, FigureKind, Gender, Line, Mention, Organisation, ParseIssue, Person,
    PersonRole, Qualifier, Quote, Relation, Role, Sentence, ShareGroup, Stance, Survey,
    VagueQuantity,
};
pub use finding::{
    Agreement, ArticleReport, Cluster, CorpusReport, Evidence, Finding, PersonAcross, Severity,
    SurveyStats, Tally,
};
pub use span::{LineIndex, Span};
