//! Keys under which the same thing is recognised in different articles:
//! organisations however written, people without honorifics, job titles,
//! words.

use std::collections::BTreeSet;

use crosscheck_model::Acronym;

/// Words that carry no content when comparing contexts.
const STOP: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
    "being", "but", "by", "can", "could", "did", "do", "for", "from", "had", "has", "have", "he",
    "her", "his", "if", "in", "into", "is", "it", "its", "more", "most", "of", "on", "only", "or",
    "our", "per", "cent", "percent", "she", "so", "some", "such", "than", "that", "the", "their",
    "them", "there", "these", "they", "this", "those", "to", "was", "we", "were", "when", "which",
    "while", "who", "will", "with", "would", "just", "over", "under", "around", "nearly", "almost",
    "further", "however",
];

/// Lower-case words of `text`, punctuation dropped ("didn’t" -> "didn't").
pub(crate) fn words(text: &str) -> Vec<String> {
    written_words(text)
        .into_iter()
        .map(|w| w.to_lowercase())
        .collect()
}

/// Each lower-cased word of `text` as a hash: what cross-article indexes
/// and comparisons keep per quotation, a word for eight bytes instead of a
/// string per word.
pub(crate) fn word_hashes(text: &str) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    words(text)
        .iter()
        .map(|word| {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            word.hash(&mut hasher);
            hasher.finish()
        })
        .collect()
}

/// The words of `text` as written, punctuation dropped: the same words, one
/// for one, as [`words`].
pub(crate) fn written_words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(['\'', '’']))
        .filter(|w| !w.is_empty())
        .map(|w| w.replace('’', "'"))
        .collect()
}

/// Whether a lower-case word carries content: not a stop word, no digit.
pub(crate) fn is_content(word: &str) -> bool {
    !STOP.contains(&word) && !word.chars().any(|c| c.is_ascii_digit())
}

/// Content words of `text`: no stop words, no numbers.
#[cfg(test)]
pub(crate) fn content_words(text: &str) -> BTreeSet<String> {
    words(text).into_iter().filter(|w| is_content(w)).collect()
}

/// Jaccard overlap of two word sets.
pub(crate) fn jaccard(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

/// A person's key: the name lower-cased, honorifics and spaces normalised.
pub(crate) fn person_key(name: &str) -> String {
    let honorifics = [
        "dr",
        "sir",
        "professor",
        "prof",
        "dame",
        "lord",
        "lady",
        "mr",
        "mrs",
        "ms",
        "miss",
    ];
    words(name)
        .into_iter()
        .filter(|w| !honorifics.contains(&w.trim_end_matches('.')))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Keys an organisation is known by: its name lower-cased (without "the"),
/// its acronym ("NHS Clinical Commissioners" -> "nhscc": capitalised words
/// give their initial, words in capitals stay whole), and the other form
/// of an acronym the article defines.
pub(crate) fn org_keys(name: &str, acronyms: &[Acronym]) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    let mut add = |key: String| {
        if !key.is_empty() && !keys.contains(&key) {
            keys.push(key);
        }
    };
    let plain = plain_org(name);
    add(plain.clone());
    add(initials(name));
    for acronym in acronyms {
        let short = plain_org(&acronym.short);
        let long = plain_org(&acronym.long);
        if plain == short || plain == long {
            add(short.trim_end_matches('s').to_owned());
            add(short);
            add(long.clone());
            add(initials(&acronym.long));
        }
    }
    keys
}

fn plain_org(name: &str) -> String {
    let words = words(name);
    let start = usize::from(words.first().is_some_and(|w| w == "the"));
    words.get(start..).unwrap_or_default().join(" ")
}

/// "NHS Clinical Commissioners" -> "nhscc", "Royal College of Nursing" ->
/// "rcn"; a single word gives itself.
fn initials(name: &str) -> String {
    let parts: Vec<&str> = name.split_whitespace().collect();
    if parts.len() < 2 {
        return parts.first().map(|w| w.to_lowercase()).unwrap_or_default();
    }
    let mut out = String::new();
    for word in parts {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.len() > 1 && word.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()) {
            out.push_str(&word.to_lowercase());
        } else if let Some(first) = word.chars().next().filter(|c| c.is_uppercase()) {
            out.extend(first.to_lowercase());
        }
    }
    out
}

/// A job title as a comparable key: lower case, hyphens as spaces.
pub(crate) fn title_key(title: &str) -> String {
    words(&title.replace(['-', '–'], " "))
        .into_iter()
        .filter(|w| w != "the")
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two titles can name the same job: equal, or one within the
/// other as whole words ("chair" and "co chair", "president" and
/// "president elect").
pub(crate) fn titles_compatible(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let long_words: Vec<&str> = long.split(' ').collect();
    let short_words: Vec<&str> = short.split(' ').collect();
    !short_words.is_empty()
        && long_words
            .windows(short_words.len())
            .any(|window| window == short_words.as_slice())
}

#[cfg(test)]
mod tests {
    use crosscheck_model::Span;

    use super::*;

    fn acronym(short: &str, long: &str) -> Acronym {
        Acronym {
            short: short.to_owned(),
            long: long.to_owned(),
            line: 1,
            span: Span::default(),
        }
    }

    #[test]
    fn org_keys_meet_across_forms() {
        let defined = [acronym("RCGP", "Royal College of General Practitioners")];
        let a = org_keys("RCGP", &defined);
        let b = org_keys("Royal College of General Practitioners", &[]);
        assert!(a.iter().any(|k| b.contains(k)), "{a:?} {b:?}");
        let c = org_keys("NHS Digital Services Board", &[]);
        assert!(c.contains(&"nhsdsb".to_owned()));
    }

    #[test]
    fn people_without_honorifics() {
        assert_eq!(person_key("Dr Ann  Lee"), "ann lee");
        assert_eq!(person_key("Prof. Ann Lee"), "ann lee");
    }

    #[test]
    fn titles() {
        assert!(titles_compatible(
            &title_key("Co-Chair"),
            &title_key("chair")
        ));
        assert!(titles_compatible(
            &title_key("President"),
            &title_key("president")
        ));
        assert!(!titles_compatible(
            &title_key("president"),
            &title_key("chief executive")
        ));
    }

    #[test]
    fn context_words() {
        let got = content_words("Only 37% of respondents felt the board understood its powers");
        assert!(got.contains("respondents") && got.contains("felt") && !got.contains("the"));
    }
}
