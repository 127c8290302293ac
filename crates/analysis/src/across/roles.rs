//! `role-conflict`: one person given different jobs at the same
//! organisation by different articles.

use std::collections::{BTreeMap, BTreeSet};

use crosscheck_model::Evidence;

use super::{Out, cluster::MAX_BUCKET, digest::Digest, names::titles_compatible};

pub(super) fn check(digests: &[Digest], out: &mut Out) {
    // person key -> (article, person index)
    let mut index: BTreeMap<&str, Vec<(usize, usize)>> = BTreeMap::new();
    for (a, digest) in digests.iter().enumerate() {
        for (p, person) in digest.people.iter().enumerate() {
            if person.key.contains(' ') {
                index.entry(person.key.as_str()).or_default().push((a, p));
            }
        }
    }
    let mut reported: BTreeSet<(usize, usize, String)> = BTreeSet::new();
    for entries in index.values() {
        let articles: BTreeSet<usize> = entries.iter().map(|e| e.0).collect();
        if articles.len() < 2 || articles.len() > MAX_BUCKET {
            continue;
        }
        for (i, &(a, pa)) in entries.iter().enumerate() {
            for &(b, pb) in &entries[i + 1..] {
                if a == b {
                    continue;
                }
                let (x, y) = (&digests[a].people[pa], &digests[b].people[pb]);
                for rx in &x.roles {
                    for ry in &y.roles {
                        let same_org = rx.org_keys.iter().any(|k| ry.org_keys.contains(k));
                        let (Some(tx), Some(ty)) = (&rx.title, &ry.title) else {
                            continue;
                        };
                        if !same_org || titles_compatible(tx, ty) {
                            continue;
                        }
                        if !reported.insert((a, b, x.key.clone())) {
                            continue;
                        }
                        out.report(
                            "role-conflict",
                            format!(
                                "{} is \"{}\" in {} but \"{}\" in {}",
                                x.name,
                                rx.written,
                                digests[a].source,
                                ry.written,
                                digests[b].source
                            ),
                            vec![
                                Evidence {
                                    source: digests[a].source.clone(),
                                    line: rx.line,
                                    span: rx.span,
                                    label: "role here".to_owned(),
                                },
                                Evidence {
                                    source: digests[b].source.clone(),
                                    line: ry.line,
                                    span: ry.span,
                                    label: "role there".to_owned(),
                                },
                            ],
                            &[],
                        );
                    }
                }
            }
        }
    }
}
