//! Checks across articles: which report the same survey or story, and
//! where they disagree on figures, quotations, people's roles and stance.

mod cluster;
mod digest;
mod figures;
pub(crate) mod names;
mod quotes;
mod roles;
mod stance;

use std::collections::{BTreeMap, BTreeSet};

use crosscheck_model::{Agreement, Cluster, CorpusReport, Evidence, Finding, PersonAcross};

pub use digest::Digest;

use crate::checks::finding;

/// Where cross-article findings go.
#[derive(Default)]
pub(crate) struct Out {
    findings: Vec<Finding>,
    agreements: Vec<Agreement>,
}

impl Out {
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
}

/// Run every cross-article check over the digests of a corpus.
pub fn check_corpus(digests: &[Digest]) -> CorpusReport {
    let pairs = cluster::shared_pairs(digests);
    let groups = cluster::clusters(digests.len(), &pairs);
    let mut out = Out::default();
    figures::check(digests, &groups, &mut out);
    quotes::check(digests, &pairs, &mut out);
    roles::check(digests, &mut out);
    stance::check(digests, &mut out);
    let clusters = groups.iter().map(|g| describe(digests, g)).collect();
    let people = groups
        .iter()
        .flat_map(|g| people_across(digests, g))
        .collect();
    CorpusReport {
        clusters,
        findings: out.findings,
        agreements: out.agreements,
        people,
    }
}

/// A cluster's label and evidence, from what its members share.
fn describe(digests: &[Digest], group: &cluster::Group) -> Cluster {
    let mut samples = BTreeSet::new();
    let mut sponsors = BTreeSet::new();
    let mut pollsters = BTreeSet::new();
    let mut people = BTreeSet::new();
    let mut n_quotes = 0;
    for (_, shared) in &group.shared {
        samples.extend(shared.sample);
        sponsors.extend(shared.sponsor.clone());
        pollsters.extend(shared.pollster.clone());
        people.extend(shared.people.iter().cloned());
        n_quotes += shared.n_quotes();
    }
    let mut label = String::new();
    if let Some(sponsor) = sponsors.first() {
        label.push_str(sponsor);
        label.push(' ');
    }
    if !sponsors.is_empty() || !pollsters.is_empty() || !samples.is_empty() {
        label.push_str("survey");
        if let Some(pollster) = pollsters.first() {
            label.push_str(&format!(" by {pollster}"));
        }
        if let Some(n) = samples.first() {
            label.push_str(&format!(", n = {n}"));
        }
    } else if let Some(person) = people.first() {
        label = format!("story quoting {person}");
    } else {
        label = "the same story".to_owned();
    }
    let mut evidence = Vec::new();
    for n in &samples {
        evidence.push(format!("same sample size n = {n}"));
    }
    for sponsor in &sponsors {
        evidence.push(format!("same sponsor {sponsor}"));
    }
    for pollster in &pollsters {
        evidence.push(format!("same pollster {pollster}"));
    }
    if n_quotes > 0 {
        evidence.push(format!(
            "{n_quotes} shared quotation{}",
            if n_quotes == 1 { "" } else { "s" }
        ));
    }
    for person in &people {
        evidence.push(format!("both name {person}"));
    }
    Cluster {
        articles: group
            .members
            .iter()
            .map(|&m| digests[m].source.clone())
            .collect(),
        label,
        evidence,
    }
}

/// People named in more than one article of a cluster, with their roles.
fn people_across(digests: &[Digest], group: &cluster::Group) -> Vec<PersonAcross> {
    let mut by_key: BTreeMap<&str, PersonAcross> = BTreeMap::new();
    for &m in &group.members {
        for person in &digests[m].people {
            let entry = by_key
                .entry(person.key.as_str())
                .or_insert_with(|| PersonAcross {
                    name: person.name.clone(),
                    roles: Vec::new(),
                });
            let written: Vec<&str> = person.roles.iter().map(|r| r.written.as_str()).collect();
            entry
                .roles
                .push((digests[m].source.clone(), written.join("; ")));
        }
    }
    by_key
        .into_values()
        .filter(|p| {
            p.roles
                .iter()
                .map(|(s, _)| s)
                .collect::<BTreeSet<_>>()
                .len()
                >= 2
        })
        .collect()
}
