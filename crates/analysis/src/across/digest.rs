//! What cross-article checks need from one article: a small record built
//! once per article, so that a corpus is held as digests, not texts.

use std::collections::BTreeSet;

use crosscheck_model::{Article, Figure, FigureKind, Relation, Span};

use super::names::{is_content, org_keys, person_key, title_key, word_hashes, words};
use crate::interval::{Interval, magnitude, share_percent};

/// The cross-article view of one article.
#[derive(Clone, Debug)]
pub struct Digest {
    pub(crate) source: String,
    pub(crate) survey: Option<SurveyDigest>,
    pub(crate) shares: Vec<ShareDigest>,
    pub(crate) quotes: Vec<QuoteDigest>,
    pub(crate) people: Vec<PersonDigest>,
    pub(crate) relations: Vec<Relation>,
}

/// A figure with where it is, what it can mean, and how it is written.
#[derive(Clone, Debug)]
pub(crate) struct Stated {
    pub(crate) line: u32,
    pub(crate) span: Span,
    pub(crate) text: String,
    pub(crate) value: f64,
    pub(crate) interval: Interval,
}

impl Stated {
    fn of(figure: &Figure, value: f64, interval: Interval) -> Self {
        Stated {
            line: figure.line,
            span: figure.span,
            text: figure.text.clone(),
            value,
            interval,
        }
    }
}

#[derive(Clone, Debug)]
pub(crate) struct SurveyDigest {
    pub(crate) respondents: Option<Stated>,
    pub(crate) contacted: Option<Stated>,
    pub(crate) response_rate: Option<Stated>,
    pub(crate) sponsor: Option<String>,
    pub(crate) pollster: Option<String>,
    pub(crate) sponsor_keys: Vec<String>,
    pub(crate) pollster_keys: Vec<String>,
}

/// A share of the survey's respondents, with the words around it.
#[derive(Clone, Debug)]
pub(crate) struct ShareDigest {
    pub(crate) stated: Stated,
    pub(crate) context: BTreeSet<String>,
}

#[derive(Clone, Debug)]
pub(crate) struct QuoteDigest {
    pub(crate) line: u32,
    pub(crate) span: Span,
    pub(crate) speaker: Option<String>,
    /// The speaker's key when the speaker is a person named in the article.
    pub(crate) person: Option<String>,
    pub(crate) text: String,
    /// Lower-case words, hashed, for comparing; the words as written are
    /// read again from `text` when a difference is shown.
    pub(crate) words: Vec<u64>,
}

#[derive(Clone, Debug)]
pub(crate) struct PersonDigest {
    pub(crate) name: String,
    pub(crate) key: String,
    pub(crate) roles: Vec<RoleDigest>,
}

#[derive(Clone, Debug)]
pub(crate) struct RoleDigest {
    pub(crate) written: String,
    pub(crate) title: Option<String>,
    pub(crate) org_keys: Vec<String>,
    pub(crate) line: u32,
    pub(crate) span: Span,
}

/// Content words near a figure within its sentence: the few before it and
/// more after it ("38% said they would retire early"), which name what it
/// measures better than the whole sentence does.
fn around(text: &str, sentence: Span, figure: Span) -> BTreeSet<String> {
    let before = text
        .get(sentence.start as usize..figure.start as usize)
        .unwrap_or("");
    let after = text
        .get(figure.end as usize..sentence.end as usize)
        .unwrap_or("");
    let keep = |w: &String| is_content(w);
    let mut out: BTreeSet<String> = words(before)
        .into_iter()
        .filter(keep)
        .rev()
        .take(3)
        .collect();
    out.extend(words(after).into_iter().filter(keep).take(10));
    out
}

impl Digest {
    /// Digest a parsed article; `text` is its original text (for the words
    /// around figures).
    pub fn new(article: &Article, text: &str) -> Self {
        let survey = article.survey.as_ref();
        let figures = &article.figures;
        let sample = survey
            .and_then(|s| s.sample_figures.first())
            .and_then(|&idx| figures.get(idx));
        let survey_digest = survey.map(|s| {
            let respondents = sample.and_then(|f| match (f.kind, f.part) {
                (FigureKind::Proportion, Some(part)) => {
                    let interval = match f.qualifier {
                        crosscheck_model::Qualifier::Exact => Interval::point(part),
                        _ => Interval::point(part).widen_relative(0.1),
                    };
                    Some(Stated::of(f, part, interval))
                }
                (FigureKind::Count, _) => Some(Stated::of(f, f.value, magnitude(f))),
                _ => None,
            });
            let contacted = s.contacted.and_then(|c| {
                let f = sample.filter(|f| f.whole.is_some())?;
                let c = c as f64;
                Some(Stated::of(f, c, Interval::point(c)))
            });
            let response_rate = s.response_rate.and_then(|rate| {
                let f = figures
                    .iter()
                    .find(|f| f.kind == FigureKind::Percent && (f.value - rate).abs() < 1e-9)?;
                share_percent(f).map(|i| Stated::of(f, rate, i))
            });
            SurveyDigest {
                respondents,
                contacted,
                response_rate,
                sponsor: s.sponsor.clone(),
                pollster: s.pollster.clone(),
                sponsor_keys: s
                    .sponsor
                    .as_deref()
                    .map(|n| org_keys(n, &article.acronyms))
                    .unwrap_or_default(),
                pollster_keys: s
                    .pollster
                    .as_deref()
                    .map(|n| org_keys(n, &article.acronyms))
                    .unwrap_or_default(),
            }
        });
        let shares = survey
            .map(|s| {
                s.shares
                    .iter()
                    .filter_map(|&idx| figures.get(idx))
                    .filter_map(|f| {
                        let interval = share_percent(f)?;
                        let value = match f.kind {
                            FigureKind::Proportion => f.value * 100.0,
                            _ => f.value,
                        };
                        // Sentences are in text order: the one holding the
                        // figure is found by binary search.
                        let k = article
                            .sentences
                            .partition_point(|s| s.span.start <= f.span.start);
                        let sentence = k
                            .checked_sub(1)
                            .and_then(|k| article.sentences.get(k))
                            .filter(|s| s.span.contains(f.span));
                        let context = sentence
                            .map(|s| around(text, s.span, f.span))
                            .unwrap_or_default();
                        Some(ShareDigest {
                            stated: Stated::of(f, value, interval),
                            context,
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let people: Vec<PersonDigest> = article
            .people
            .iter()
            .map(|p| PersonDigest {
                name: p.name.clone(),
                key: person_key(&p.name),
                roles: p
                    .roles
                    .iter()
                    .map(|r| RoleDigest {
                        written: match (&r.title, &r.organisation) {
                            (Some(t), Some(o)) => format!("{t}, {o}"),
                            (Some(t), None) => t.clone(),
                            (None, Some(o)) => o.clone(),
                            (None, None) => String::new(),
                        },
                        title: r.title.as_deref().map(title_key),
                        org_keys: r
                            .organisation
                            .as_deref()
                            .map(|o| org_keys(o, &article.acronyms))
                            .unwrap_or_default(),
                        line: r.line,
                        span: r.span,
                    })
                    .collect(),
            })
            .collect();
        let known: BTreeSet<&str> = people.iter().map(|p| p.key.as_str()).collect();
        let quotes = article
            .quotes
            .iter()
            .map(|q| {
                let person = q
                    .speaker
                    .as_deref()
                    .map(person_key)
                    .filter(|key| known.contains(key.as_str()));
                QuoteDigest {
                    line: q.line,
                    span: q.span,
                    speaker: q.speaker.clone(),
                    person,
                    text: q.text.clone(),
                    words: word_hashes(&q.text),
                }
            })
            .collect();
        Digest {
            source: article.source.clone(),
            survey: survey_digest,
            shares,
            quotes,
            people,
            relations: article.relations.clone(),
        }
    }

    /// The article's source.
    pub fn source(&self) -> &str {
        &self.source
    }
}
