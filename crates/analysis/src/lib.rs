//! Checks of what news articles claim: survey arithmetic, verbal
//! quantities, headline against body, and (across articles) conflicting
//! figures, quotes and roles.
//!
//! Pure functions from [`Article`]s to findings: no I/O, no text beyond
//! what the parser recorded. Each finding has a stable name listed in
//! [`CHECKS`], with an explanation for `crosscheck explain`.
//!
//! ```
//! let text = "Poll finds support\n\nA survey of 40 nurses found 34% backed the plan.\n";
//! let article = crosscheck_parse::article("a.txt", text);
//! let report = crosscheck_analysis::check_article(&article);
//! assert_eq!(report.findings[0].name, "impossible-percent");
//! ```
#![deny(missing_docs)]

mod across;
mod checks;
mod context;
mod interval;
mod within;

pub use across::{Digest, check_corpus};
pub use checks::{CHECKS, CheckInfo, check_info};

use crosscheck_model::{Article, ArticleReport};

/// Run every within-article check on one article.
pub fn check_article(article: &Article) -> ArticleReport {
    let mut ctx = context::Ctx::new(article);
    within::run(&mut ctx);
    ctx.finish()
}
