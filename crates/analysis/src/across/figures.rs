//! `figure-conflict`: the same measure of the same survey given different
//! values by articles in one cluster.

use super::{
    Out,
    cluster::Group,
    digest::{Digest, Stated},
    names::jaccard,
};
use crosscheck_model::Evidence;

/// Context overlap at which two shares are taken to measure the same thing.
const SAME_MEASURE: f64 = 0.5;

/// Members compared pairwise per cluster; larger clusters compare every
/// member with the first ones only, to stay linear.
const MAX_PAIRWISE: usize = 32;

fn evidence(digest: &Digest, stated: &Stated, label: &str) -> Evidence {
    Evidence {
        source: digest.source.clone(),
        line: stated.line,
        span: stated.span,
        label: label.to_owned(),
    }
}

pub(super) fn check(digests: &[Digest], groups: &[Group], out: &mut Out) {
    for group in groups {
        let members = &group.members;
        for (i, &a) in members.iter().enumerate() {
            for &b in members.iter().skip(i + 1) {
                if i >= MAX_PAIRWISE {
                    break;
                }
                compare(&digests[a], &digests[b], out);
            }
        }
    }
}

fn compare(da: &Digest, db: &Digest, out: &mut Out) {
    if let (Some(sa), Some(sb)) = (&da.survey, &db.survey) {
        let measures = [
            ("sample size", &sa.respondents, &sb.respondents),
            ("number contacted", &sa.contacted, &sb.contacted),
            ("response rate", &sa.response_rate, &sb.response_rate),
        ];
        for (what, x, y) in measures {
            if let (Some(x), Some(y)) = (x, y)
                && !x.interval.meets(y.interval)
            {
                out.report(
                    "figure-conflict",
                    format!(
                        "the survey's {what} is {} in {} and {} in {}",
                        x.text, da.source, y.text, db.source
                    ),
                    vec![evidence(da, x, what), evidence(db, y, what)],
                    &[("value", x.value), ("other_value", y.value)],
                );
            }
        }
    }
    // Shares: each paired with its most similar share of the other article,
    // by the words around it; only a close match is the same measure.
    for x in &da.shares {
        let best = db
            .shares
            .iter()
            .map(|y| (jaccard(&x.context, &y.context), y))
            .filter(|(score, _)| *score >= SAME_MEASURE)
            .max_by(|p, q| p.0.total_cmp(&q.0));
        let Some((score, y)) = best else { continue };
        if !x.stated.interval.meets(y.stated.interval) {
            out.report(
                "figure-conflict",
                format!(
                    "the same share is {} in {} and {} in {}",
                    x.stated.text, da.source, y.stated.text, db.source
                ),
                vec![
                    evidence(da, &x.stated, "share"),
                    evidence(db, &y.stated, "same share"),
                ],
                &[
                    ("value", x.stated.value),
                    ("other_value", y.stated.value),
                    ("context_overlap", score),
                ],
            );
        }
    }
}
