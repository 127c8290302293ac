//! Same-story clustering from shared evidence, through an index of keys:
//! articles meet only inside a key's bucket (the same sample size, sponsor,
//! pollster, quotation shingle or person), never by comparing all pairs.
//! Buckets larger than [`MAX_BUCKET`] are too common to mean anything and
//! are skipped, which also keeps the work linear in the corpus.

use std::collections::{BTreeMap, BTreeSet};

use super::digest::Digest;

/// Articles sharing a key beyond this many say nothing about each other.
pub(crate) const MAX_BUCKET: usize = 64;

/// Words in a quotation shingle.
pub(crate) const SHINGLE: usize = 6;

/// Evidence weight needed to put two articles in one cluster.
const LINK: u32 = 4;

/// What two articles share.
#[derive(Clone, Debug, Default)]
pub(crate) struct Shared {
    pub(crate) sample: Option<u64>,
    pub(crate) contacted: Option<u64>,
    pub(crate) sponsor: Option<String>,
    pub(crate) pollster: Option<String>,
    /// Pairs of quotation indexes (in the first article, in the second)
    /// that share a shingle.
    pub(crate) quotes: BTreeSet<(usize, usize)>,
    pub(crate) people: BTreeSet<String>,
}

impl Shared {
    /// Quotations shared: several shingles of one quotation pair count
    /// once, and so does a quotation matched to several of the other
    /// article.
    pub(crate) fn n_quotes(&self) -> usize {
        let mut seen_a = BTreeSet::new();
        let mut seen_b = BTreeSet::new();
        self.quotes
            .iter()
            .filter(|&&(qa, qb)| seen_a.insert(qa) & seen_b.insert(qb))
            .count()
    }

    fn weight(&self) -> u32 {
        let sample = self
            .sample
            .map_or(0, |n| if n >= 20 && n % 50 != 0 { 3 } else { 1 });
        let quotes = 3 * u32::try_from(self.n_quotes()).unwrap_or(u32::MAX / 4);
        sample
            + 2 * u32::from(self.contacted.is_some())
            + u32::from(self.sponsor.is_some())
            + u32::from(self.pollster.is_some())
            + quotes
            + u32::try_from(self.people.len()).unwrap_or(u32::MAX / 4)
    }
}

/// A key of the index and the label of what it shows.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Key {
    Sample(u64),
    Contacted(u64),
    Sponsor(String),
    Pollster(String),
    Shingle(u64),
    Person(String),
}

/// Quotation shingles: runs of [`SHINGLE`] words, hashed. Two quotations
/// sharing a hash are only candidates: the quotation checks compare their
/// words.
pub(crate) fn shingles(words: &[u64]) -> impl Iterator<Item = u64> + '_ {
    use std::hash::{Hash, Hasher};
    words.windows(SHINGLE).map(|window| {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        window.hash(&mut hasher);
        hasher.finish()
    })
}

/// The pairs of articles (by index, first < second) with what they share,
/// found through the key index.
pub(crate) fn shared_pairs(digests: &[Digest]) -> BTreeMap<(usize, usize), Shared> {
    // key -> (article, item) entries; an article appears once per key
    // except for shingles, where the item is the quotation.
    let mut index: BTreeMap<Key, Vec<(usize, usize)>> = BTreeMap::new();
    for (a, digest) in digests.iter().enumerate() {
        let mut keys: BTreeSet<(Key, usize)> = BTreeSet::new();
        if let Some(survey) = &digest.survey {
            if let Some(n) = &survey.respondents {
                keys.insert((Key::Sample(n.value as u64), 0));
            }
            if let Some(c) = &survey.contacted {
                keys.insert((Key::Contacted(c.value as u64), 0));
            }
            for key in &survey.sponsor_keys {
                keys.insert((Key::Sponsor(key.clone()), 0));
            }
            for key in &survey.pollster_keys {
                keys.insert((Key::Pollster(key.clone()), 0));
            }
        }
        for (q, quote) in digest.quotes.iter().enumerate() {
            for shingle in shingles(&quote.words) {
                keys.insert((Key::Shingle(shingle), q));
            }
        }
        for person in &digest.people {
            if person.key.contains(' ') {
                keys.insert((Key::Person(person.key.clone()), 0));
            }
        }
        for (key, item) in keys {
            index.entry(key).or_default().push((a, item));
        }
    }
    let mut pairs: BTreeMap<(usize, usize), Shared> = BTreeMap::new();
    for (key, entries) in &index {
        let articles: BTreeSet<usize> = entries.iter().map(|&(a, _)| a).collect();
        if articles.len() < 2 || articles.len() > MAX_BUCKET {
            continue;
        }
        for (i, &(a, qa)) in entries.iter().enumerate() {
            for &(b, qb) in &entries[i + 1..] {
                if a == b {
                    continue;
                }
                let ((a, qa), (b, qb)) = if a < b {
                    ((a, qa), (b, qb))
                } else {
                    ((b, qb), (a, qa))
                };
                let shared = pairs.entry((a, b)).or_default();
                let label = |keys: &[String], name: &Option<String>| {
                    name.clone().or_else(|| keys.first().cloned())
                };
                match key {
                    Key::Sample(n) => shared.sample = Some(*n),
                    Key::Contacted(c) => shared.contacted = Some(*c),
                    Key::Sponsor(_) => {
                        let survey = digests[a].survey.as_ref();
                        shared.sponsor = survey.and_then(|s| label(&s.sponsor_keys, &s.sponsor));
                    }
                    Key::Pollster(_) => {
                        let survey = digests[a].survey.as_ref();
                        shared.pollster = survey.and_then(|s| label(&s.pollster_keys, &s.pollster));
                    }
                    Key::Shingle(_) => {
                        shared.quotes.insert((qa, qb));
                    }
                    Key::Person(_) => {
                        if let Some(person) = digests[a]
                            .people
                            .iter()
                            .find(|p| Key::Person(p.key.clone()) == *key)
                        {
                            shared.people.insert(person.name.clone());
                        }
                    }
                }
            }
        }
    }
    pairs
}

/// A cluster: its members (indexes, ascending) and what they share.
#[derive(Clone, Debug)]
pub(crate) struct Group {
    pub(crate) members: Vec<usize>,
    pub(crate) shared: Vec<((usize, usize), Shared)>,
}

/// Union the pairs with enough shared evidence into clusters.
pub(crate) fn clusters(n: usize, pairs: &BTreeMap<(usize, usize), Shared>) -> Vec<Group> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for (&(a, b), shared) in pairs {
        if shared.weight() >= LINK {
            let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
            if ra != rb {
                parent[ra.max(rb)] = ra.min(rb);
            }
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for x in 0..n {
        let root = find(&mut parent, x);
        groups.entry(root).or_default().push(x);
    }
    groups
        .into_values()
        .filter(|members| members.len() >= 2)
        .map(|members| {
            let set: BTreeSet<usize> = members.iter().copied().collect();
            let shared = pairs
                .iter()
                .filter(|((a, b), s)| set.contains(a) && set.contains(b) && s.weight() >= LINK)
                .map(|(k, s)| (*k, s.clone()))
                .collect();
            Group { members, shared }
        })
        .collect()
}
