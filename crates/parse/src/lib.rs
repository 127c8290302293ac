//! Parse news articles as scraped plain text into structured
//! [`Article`]s: line roles, header fields, sentences, quotes, figures,
//! acronyms, people and the survey an article describes.
//!
//! The parser is total: [`article`] accepts any text and never panics.
//! What it cannot make sense of is reported in [`Article::issues`].
//!
//! ```
//! let text = "Trust fined over late scans\n\nBy Ann Lee\n\nThe trust was fined on Monday after a review found that scans were late.\n";
//! let article = crosscheck_parse::article("example.txt", text);
//! assert_eq!(article.headline.as_deref(), Some("Trust fined over late scans"));
//! assert_eq!(article.bylines, ["Ann Lee"]);
//! ```
#![deny(missing_docs)]
#![warn(clippy::string_slice)]

pub mod acronyms;
mod chrome;
mod date;
pub mod figures;
mod groups;
mod header;
mod lexicon;
pub mod normalize;
pub mod numbers;
pub mod organisations;
mod people;
pub mod quotes;
mod relations;
mod roles;
pub mod sentences;
mod survey;
mod vague;
pub mod work;

use crosscheck_model::{Article, Line, ParseIssue, Role, Sentence, Span};

/// One non-blank line of article text handed to the extractors.
#[derive(Clone, Copy, Debug)]
pub struct Para<'a> {
    /// 1-based line number in the article (lines split on `\n`).
    pub line: u32,
    /// Byte offset of `text` in the original article text.
    pub start: u32,
    /// The line's text without its line ending. May contain NBSP and other odd spaces.
    pub text: &'a str,
    /// The line's role: `Role::Headline`, `Role::Standfirst` or `Role::Body`.
    pub role: Role,
    /// The sentences of `text` (byte ranges), when already split; empty
    /// means "split on demand" (see [`Para::sentences`]).
    pub sentences: &'a [std::ops::Range<usize>],
}

impl<'a> Para<'a> {
    /// A line whose sentences are split on demand.
    pub fn new(line: u32, start: u32, text: &'a str, role: Role) -> Self {
        Para {
            line,
            start,
            text,
            role,
            sentences: &[],
        }
    }

    /// The sentences of the line: those split once by [`article`], or
    /// split now.
    pub fn sentences(&self) -> std::borrow::Cow<'a, [std::ops::Range<usize>]> {
        if self.sentences.is_empty() {
            std::borrow::Cow::Owned(sentences::split(self.text))
        } else {
            std::borrow::Cow::Borrowed(self.sentences)
        }
    }
}

/// Parse the text of one article. `source` names where it came from (a
/// file name, a corpus id) and is copied into the result.
pub fn article(source: &str, text: &str) -> Article {
    let raw = normalize::lines(text);
    let layout = roles::classify(&raw);

    let mut lines = Vec::new();
    let mut paras = Vec::new();
    for ((raw_line, role), original) in raw.iter().zip(&layout.roles).zip(&layout.duplicate_of) {
        crate::work::tick(1);
        let Some(role) = *role else { continue };
        let duplicate_of = original.and_then(|idx| raw.get(idx)).map(|l| l.number);
        lines.push(Line {
            line: raw_line.number,
            role,
            span: raw_line.span(),
            duplicate_of,
        });
        if matches!(role, Role::Headline | Role::Standfirst | Role::Body) {
            paras.push(Para::new(
                raw_line.number,
                raw_line.start,
                raw_line.text,
                role,
            ));
        }
    }

    let header_text = |idx: Option<usize>| {
        idx.and_then(|idx| raw.get(idx))
            .map(|line| normalize::collapse(line.text))
    };
    let headline =
        header_text(layout.headline).map(|text| header::strip_section_prefix(&text).to_owned());
    let standfirst = header_text(layout.standfirst);

    // Split every line into sentences once; the extractors read them.
    let splits: Vec<Vec<std::ops::Range<usize>>> = paras
        .iter()
        .map(|para| sentences::split(para.text))
        .collect();
    for (para, split) in paras.iter_mut().zip(&splits) {
        crate::work::tick(1);
        para.sentences = split;
    }
    let sentences = paras
        .iter()
        .flat_map(|para| {
            para.sentences.iter().map(move |range| Sentence {
                line: para.line,
                span: shift(para, range.clone()),
            })
        })
        .collect();

    let mut issues = Vec::new();
    for &idx in &layout.garbled_dates {
        crate::work::tick(1);
        if let Some(line) = raw.get(idx) {
            issues.push(ParseIssue {
                line: line.number,
                span: line.span(),
                message: "line looks like a date line but its date is not understood".into(),
            });
        }
    }
    if let Some(line) = raw.iter().find(|line| line.text.contains('\r')) {
        issues.push(ParseIssue {
            line: line.number,
            span: line.span(),
            message: "carriage return inside a line: lines are split on line feeds only".into(),
        });
    }

    let quotes::Extraction { quotes, people } = quotes::extract(&paras);
    let figures = figures::figures(&paras);
    let acronyms = acronyms::acronyms(&paras);
    // One first pass finds the names of every line and, apart, of the
    // body lines, whose organisations the relations read.
    let orgs = organisations::Scan::new(&paras, &acronyms, |para| para.role == Role::Body);
    let organisations = orgs.all();
    let survey = survey::survey(&paras, &figures);
    let groups = groups::share_groups(&paras, &figures);
    let vague = vague::vague_quantities(&paras, &figures);
    let body: Vec<Para<'_>> = paras
        .iter()
        .copied()
        .filter(|para| para.role == Role::Body)
        .collect();
    let relations = relations::relations(&body, &quotes, &acronyms, || orgs.selected());

    Article {
        source: source.to_owned(),
        headline,
        standfirst,
        bylines: layout.bylines,
        published: layout.published,
        lines,
        quotes,
        figures,
        acronyms,
        people,
        organisations,
        survey,
        groups,
        vague,
        relations,
        sentences,
        issues,
    }
}

/// A range local to `para.text` as a span into the original text.
fn shift(para: &Para<'_>, range: std::ops::Range<usize>) -> Span {
    let base = para.start as usize;
    Span::from_range(base + range.start..base + range.end)
}
