//! `stance-conflict`: two articles characterise the same relationship in
//! opposite terms. Information only, and conservative.

use std::collections::{BTreeMap, BTreeSet};

use crosscheck_model::{Evidence, Relation, Stance};

use super::{Out, cluster::MAX_BUCKET, digest::Digest};

fn describe(relation: &Relation) -> String {
    let who = relation
        .source
        .as_deref()
        .map_or_else(|| "in its own words".to_owned(), |s| format!("citing {s}"));
    format!("“{}” ({who})", relation.cue)
}

pub(super) fn check(digests: &[Digest], out: &mut Out) {
    // parties -> (article, relation index)
    let mut index: BTreeMap<&[String; 2], Vec<(usize, usize)>> = BTreeMap::new();
    for (a, digest) in digests.iter().enumerate() {
        for (r, relation) in digest.relations.iter().enumerate() {
            index.entry(&relation.parties).or_default().push((a, r));
        }
    }
    let mut reported: BTreeSet<(usize, usize, &[String; 2])> = BTreeSet::new();
    for (parties, entries) in &index {
        let articles: BTreeSet<usize> = entries.iter().map(|e| e.0).collect();
        if articles.len() < 2 || articles.len() > MAX_BUCKET {
            continue;
        }
        // An article whose own relations disagree says nothing clear.
        let stance_of = |a: usize| -> Option<Stance> {
            let stances: BTreeSet<Stance> = entries
                .iter()
                .filter(|e| e.0 == a)
                .map(|&(_, r)| digests[a].relations[r].stance)
                .collect();
            (stances.len() == 1)
                .then(|| stances.into_iter().next())
                .flatten()
        };
        for (i, &(a, ra)) in entries.iter().enumerate() {
            for &(b, rb) in &entries[i + 1..] {
                let (x, y) = (&digests[a].relations[ra], &digests[b].relations[rb]);
                if a == b
                    || x.stance == y.stance
                    || stance_of(a).is_none()
                    || stance_of(b).is_none()
                {
                    continue;
                }
                if !reported.insert((a.min(b), a.max(b), parties)) {
                    continue;
                }
                out.report(
                    "stance-conflict",
                    format!(
                        "{} and {}: {} says {}, {} says {}",
                        parties[0],
                        parties[1],
                        digests[a].source,
                        describe(x),
                        digests[b].source,
                        describe(y)
                    ),
                    vec![
                        Evidence {
                            source: digests[a].source.clone(),
                            line: x.line,
                            span: x.span,
                            label: format!("{:?}", x.stance).to_lowercase(),
                        },
                        Evidence {
                            source: digests[b].source.clone(),
                            line: y.line,
                            span: y.span,
                            label: format!("{:?}", y.stance).to_lowercase(),
                        },
                    ],
                    &[],
                );
            }
        }
    }
}
