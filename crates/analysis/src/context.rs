//! What a check needs while it runs: the article, and where its findings
//! and tallies go.
use crosscheck_model::{Article, ArticleReport, Evidence, Finding, Span, Tally};

use crate::checks::finding;

pub(crate) struct Ctx<'a> {
    pub(crate) article: &'a Article,
    findings: Vec<Finding>,
    tallies: Vec<Tally>,
    survey: Option<crosscheck_model::SurveyStats>,
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(article: &'a Article) -> Self {
        Ctx {
            article,
            findings: Vec::new(),
            tallies: Vec::new(),
            survey: None,
        }
    }

    /// Evidence at figure `idx`.
    pub(crate) fn figure(&self, idx: usize, label: impl Into<String>) -> Option<Evidence> {
        let figure = self.article.figures.get(idx)?;
        Some(self.at(figure.line, figure.span, label))
    }

    /// Evidence at a line and span.
    pub(crate) fn at(&self, line: u32, span: Span, label: impl Into<String>) -> Evidence {
        Evidence {
            source: self.article.source.clone(),
            line,
            span,
            label: label.into(),
        }
    }

    /// Record a finding of check `name` (its severity comes from the
    /// registry).
    pub(crate) fn report(
        &mut self,
        name: &str,
        message: String,
        evidence: Vec<Evidence>,
        numbers: &[(&str, f64)],
    ) {
        self.findings
            .push(finding(name, message, evidence, numbers));
    }

    /// Record how much check `name` looked at (nothing is recorded when it
    /// had nothing to check).
    pub(crate) fn tally(&mut self, name: &str, checked: u32, flagged: u32, what: &str) {
        if checked > 0 {
            self.tallies.push(Tally {
                check: name.to_owned(),
                checked,
                flagged,
                what: what.to_owned(),
            });
        }
    }

    pub(crate) fn set_survey(&mut self, stats: crosscheck_model::SurveyStats) {
        self.survey = Some(stats);
    }

    pub(crate) fn finish(mut self) -> ArticleReport {
        self.findings.sort_by(|a, b| {
            let line = |f: &Finding| {
                f.evidence
                    .first()
                    .map_or((0, 0), |e| (e.line, e.span.start))
            };
            line(a).cmp(&line(b)).then_with(|| a.name.cmp(&b.name))
        });
        ArticleReport {
            source: self.article.source.clone(),
            headline: self.article.headline.clone(),
            findings: self.findings,
            tallies: self.tallies,
            survey: self.survey,
        }
    }
}
