//! Rendering of articles and findings: JSON, JSON Lines, a readable text
//! view, diagnostics and a self-contained HTML report. The only crate that
//! knows about presentation.
#![deny(missing_docs)]

mod check_json;
mod error;
mod html;
mod human;
mod text;

pub use check_json::{
    AcrossOut, AgreementOut, ArticleOut, CHECK_JSON_VERSION, CheckOutput, EvidenceOut, FindingOut,
    Summary, across_out, article_out, finding_out,
};
pub use error::ReportError;
pub use html::{CheckDoc, HtmlArticle, html_report};
pub use human::{Style, across_human, counts_line, finding_human, summary_human, survey_line};
pub use text::article_text;

use crosscheck_model::Article;

/// One article as pretty-printed JSON (the `extract --format json` record).
pub fn article_json(article: &Article) -> Result<String, ReportError> {
    Ok(serde_json::to_string_pretty(article)?)
}

/// One article as one line of compact JSON, without the line ending.
pub fn article_jsonl(article: &Article) -> Result<String, ReportError> {
    Ok(serde_json::to_string(article)?)
}
