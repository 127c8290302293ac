//! `quote-variant` and `quote-misattribution`: quotations that share words
//! across articles, compared word by word (case, punctuation and quote
//! marks aside).

use std::collections::BTreeMap;

use crosscheck_model::{Agreement, Evidence};
use similar::{Algorithm, DiffOp, capture_diff_slices, diff_ratio};

use super::{Out, cluster::Shared, digest::Digest, digest::QuoteDigest, names::written_words};

/// Word-level similarity above which two quotations are the same words,
/// reworded; below it they merely share a phrase.
const SAME_WORDS: f32 = 0.6;

/// Fewest words a quotation needs before two articles' use of it says
/// anything: shorter ones are idioms and scare quotes ("seen this film
/// before") that unrelated speakers share.
const MIN_WORDS: usize = 10;

/// Longest quotation compared word by word (diffing is not linear).
const MAX_WORDS: usize = 4000;

/// Words of context shown around a change in a message.
const CONTEXT: usize = 3;

/// How two quotations relate.
enum Relation {
    /// Word for word the same.
    Same,
    /// One is a contiguous part of the other.
    Excerpt { short_is_a: bool },
    /// The same words, reworded: the diff ops.
    Variant(Vec<DiffOp>),
    /// Different words that share a phrase.
    Unrelated,
}

fn relate(a: &[u64], b: &[u64]) -> Relation {
    if a == b {
        return Relation::Same;
    }
    let (short, long, short_is_a) = if a.len() <= b.len() {
        (a, b, true)
    } else {
        (b, a, false)
    };
    if !short.is_empty() && long.windows(short.len()).any(|w| w == short) {
        return Relation::Excerpt { short_is_a };
    }
    if a.len() > MAX_WORDS || b.len() > MAX_WORDS {
        return Relation::Unrelated;
    }
    let ops = capture_diff_slices(Algorithm::Myers, a, b);
    if diff_ratio(&ops, a.len(), b.len()) >= SAME_WORDS {
        Relation::Variant(ops)
    } else {
        Relation::Unrelated
    }
}

/// The last word of a speaker's name, lower-cased: the scorer's notion of
/// "the same speaker" ("Dr Dixon" and "Michael Dixon").
fn surname(speaker: &str) -> Option<String> {
    super::names::words(speaker).pop()
}

/// "… local teams and [-City Council-] social workers are …": the changed
/// words with a little context, the first article's words in brackets and
/// the second's in braces.
fn word_diff(a: &[String], b: &[String], ops: &[DiffOp]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut last_end: Option<usize> = None;
    for op in ops {
        match *op {
            DiffOp::Equal { .. } => {}
            DiffOp::Delete {
                old_index, old_len, ..
            } => {
                push_context(&mut parts, a, old_index, &mut last_end);
                parts.push(format!(
                    "[-{}-]",
                    a[old_index..old_index + old_len].join(" ")
                ));
                last_end = Some(old_index + old_len);
            }
            DiffOp::Insert {
                old_index,
                new_index,
                new_len,
            } => {
                push_context(&mut parts, a, old_index, &mut last_end);
                parts.push(format!(
                    "{{+{}+}}",
                    b[new_index..new_index + new_len].join(" ")
                ));
                last_end = Some(old_index);
            }
            DiffOp::Replace {
                old_index,
                old_len,
                new_index,
                new_len,
            } => {
                push_context(&mut parts, a, old_index, &mut last_end);
                parts.push(format!(
                    "[-{}-]{{+{}+}}",
                    a[old_index..old_index + old_len].join(" "),
                    b[new_index..new_index + new_len].join(" ")
                ));
                last_end = Some(old_index + old_len);
            }
        }
    }
    if let Some(end) = last_end {
        let tail: Vec<&str> = a
            .iter()
            .skip(end)
            .take(CONTEXT)
            .map(String::as_str)
            .collect();
        if !tail.is_empty() {
            parts.push(tail.join(" "));
        }
        if end + CONTEXT < a.len() {
            parts.push("…".to_owned());
        }
    }
    parts.join(" ")
}

/// Context words before a change at `at`, after the previous change.
fn push_context(parts: &mut Vec<String>, a: &[String], at: usize, last_end: &mut Option<usize>) {
    let from = at.saturating_sub(CONTEXT);
    match *last_end {
        Some(end) if end + 2 * CONTEXT >= at => {
            let between: Vec<&str> = a
                .get(end..at)
                .unwrap_or_default()
                .iter()
                .map(String::as_str)
                .collect();
            if !between.is_empty() {
                parts.push(between.join(" "));
            }
        }
        _ => {
            if from > 0 || last_end.is_some() {
                parts.push("…".to_owned());
            }
            let before: Vec<&str> = a
                .get(from..at)
                .unwrap_or_default()
                .iter()
                .map(String::as_str)
                .collect();
            if !before.is_empty() {
                parts.push(before.join(" "));
            }
        }
    }
    *last_end = Some(at);
}

fn evidence(digest: &Digest, quote: &QuoteDigest, label: &str) -> Evidence {
    Evidence {
        source: digest.source.clone(),
        line: quote.line,
        span: quote.span,
        label: label.to_owned(),
    }
}

fn opening(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().take(8).collect();
    let more = text.split_whitespace().count() > 8;
    format!("“{}{}”", words.join(" "), if more { " …" } else { "" })
}

/// Two articles and the two speakers the same words are given to.
type Moved = (usize, usize, String, String);

/// Compare the quotations of every pair of articles that share a shingle.
pub(super) fn check(digests: &[Digest], pairs: &BTreeMap<(usize, usize), Shared>, out: &mut Out) {
    // Misattributions are gathered per article pair and speaker pair, so a
    // quotation over several paragraphs moved to someone else is one finding.
    let mut moved: BTreeMap<Moved, Vec<(usize, usize)>> = BTreeMap::new();
    for (&(a, b), shared) in pairs {
        let (da, db) = (&digests[a], &digests[b]);
        for &(qa, qb) in &shared.quotes {
            let (Some(x), Some(y)) = (da.quotes.get(qa), db.quotes.get(qb)) else {
                continue;
            };
            if x.words.len().min(y.words.len()) < MIN_WORDS {
                continue;
            }
            let relation = relate(&x.words, &y.words);
            if matches!(relation, Relation::Unrelated) {
                continue;
            }
            let (sx, sy) = (
                x.speaker.as_deref().and_then(surname),
                y.speaker.as_deref().and_then(surname),
            );
            let both_people = x.person.is_some() && y.person.is_some();
            if both_people && sx != sy {
                moved
                    .entry((
                        a,
                        b,
                        x.speaker.clone().unwrap_or_default(),
                        y.speaker.clone().unwrap_or_default(),
                    ))
                    .or_default()
                    .push((qa, qb));
                continue;
            }
            if sx.is_none() || sx != sy {
                continue;
            }
            let who = x.speaker.clone().unwrap_or_default();
            match relation {
                Relation::Excerpt { short_is_a } => {
                    let (short, long, ds, dl) = if short_is_a {
                        (x, y, da, db)
                    } else {
                        (y, x, db, da)
                    };
                    out.agreements.push(Agreement {
                        message: format!(
                            "{who}'s {} in {} is an exact excerpt of the longer quotation in {}",
                            opening(&short.text),
                            ds.source,
                            dl.source
                        ),
                        evidence: vec![
                            evidence(ds, short, "excerpt"),
                            evidence(dl, long, "full quotation"),
                        ],
                    });
                }
                Relation::Variant(ops) => {
                    let (wx, wy) = (written_words(&x.text), written_words(&y.text));
                    let diff = word_diff(&wx, &wy, &ops);
                    let ratio = diff_ratio(&ops, x.words.len(), y.words.len());
                    out.report(
                        "quote-variant",
                        format!(
                            "{who}'s quotation is worded differently in {} and {}: {diff}",
                            da.source, db.source
                        ),
                        vec![
                            evidence(da, x, "as quoted here"),
                            evidence(db, y, "as quoted there"),
                        ],
                        &[("similarity", f64::from(ratio))],
                    );
                }
                Relation::Same | Relation::Unrelated => {}
            }
        }
    }
    for ((a, b, who_a, who_b), quotes) in moved {
        let (da, db) = (&digests[a], &digests[b]);
        let mut ev = Vec::new();
        for &(qa, qb) in &quotes {
            if let (Some(x), Some(y)) = (da.quotes.get(qa), db.quotes.get(qb)) {
                ev.push(evidence(da, x, &format!("attributed to {who_a}")));
                ev.push(evidence(db, y, &format!("attributed to {who_b}")));
            }
        }
        let first = quotes
            .first()
            .and_then(|&(qa, _)| da.quotes.get(qa))
            .map(|q| opening(&q.text))
            .unwrap_or_default();
        let n = quotes.len();
        out.report(
            "quote-misattribution",
            format!(
                "the same words{} are attributed to {who_a} in {} and to {who_b} in {}{}",
                if first.is_empty() {
                    String::new()
                } else {
                    format!(", {first},")
                },
                da.source,
                db.source,
                if n > 1 {
                    format!(" ({n} paragraphs)")
                } else {
                    String::new()
                }
            ),
            ev,
            &[("paragraphs", n as f64)],
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::across::names::word_hashes as words;

    #[test]
    fn excerpt_and_variant() {
        let long_text = "We will not close the ward this winter, and we will not cut staff.";
        let other_text = "We will not shut the ward this winter, and we will not cut staff.";
        let long = words(long_text);
        let short = words("we will not close the ward this winter");
        assert!(matches!(
            relate(&short, &long),
            Relation::Excerpt { short_is_a: true }
        ));
        let other = words(other_text);
        let Relation::Variant(ops) = relate(&long, &other) else {
            unreachable!("a variant")
        };
        assert_eq!(
            word_diff(&written_words(long_text), &written_words(other_text), &ops),
            "We will not [-close-]{+shut+} the ward this …"
        );
    }

    #[test]
    fn unrelated_quotes_sharing_a_phrase() {
        let a = words(
            "The service is under huge pressure and we need more money from the government now.",
        );
        let b = words(
            "Patients told us the service is under huge pressure but praised the staff for their care.",
        );
        assert!(matches!(relate(&a, &b), Relation::Unrelated));
    }

    #[test]
    fn surnames() {
        assert_eq!(surname("Dr Ann Lee").as_deref(), Some("lee"));
        assert_eq!(surname("The report").as_deref(), Some("report"));
    }
}
