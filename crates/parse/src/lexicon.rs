//! Word lists that are looked up once per token.
//!
//! The extractors test most tokens against lists of tens or hundreds of
//! words (speech verbs, title words, function words). Scanning a list costs
//! a comparison per entry; a [`Lexicon`] first asks whether any entry has
//! the token's first letter and length, which rules out most tokens in a
//! few instructions, and then compares only the entries with that first
//! letter. Lookups give exactly what a scan of the list would.

/// A fixed list of words, for membership tests.
pub(crate) struct Lexicon {
    /// For each ASCII-lower-cased first byte, bit `len` is set when an
    /// entry has that length (lengths of 63 bytes and more share bit 63).
    shapes: [u64; 256],
    /// For each ASCII-lower-cased first byte, the entries starting with it.
    buckets: Vec<Vec<&'static str>>,
}

impl Lexicon {
    /// A lexicon of `words` (empty words are never found).
    pub(crate) fn new<'w>(words: impl IntoIterator<Item = &'w &'static str>) -> Self {
        let mut shapes = [0u64; 256];
        let mut buckets = vec![Vec::new(); 256];
        for &word in words {
            let Some(key) = key(word) else { continue };
            if let (Some(shape), Some(bucket)) = (shapes.get_mut(key), buckets.get_mut(key)) {
                *shape |= bit(word);
                bucket.push(word);
            }
        }
        Lexicon { shapes, buckets }
    }

    /// The entries `word` may equal, case aside: none when no entry has its
    /// first letter and length.
    fn candidates(&self, word: &str) -> &[&'static str] {
        let Some(key) = key(word) else { return &[] };
        if self
            .shapes
            .get(key)
            .is_none_or(|shape| shape & bit(word) == 0)
        {
            return &[];
        }
        self.buckets.get(key).map_or(&[], Vec::as_slice)
    }

    /// Whether `word` is in the list, exactly.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.candidates(word).contains(&word)
    }

    /// Whether `word` is in the list, ASCII case aside.
    pub(crate) fn contains_ignore_ascii_case(&self, word: &str) -> bool {
        self.candidates(word)
            .iter()
            .any(|entry| entry.eq_ignore_ascii_case(word))
    }
}

fn key(word: &str) -> Option<usize> {
    word.as_bytes()
        .first()
        .map(|b| usize::from(b.to_ascii_lowercase()))
}

fn bit(word: &str) -> u64 {
    1 << word.len().min(63)
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: &[&str] = &["said", "says", "Told", "warned", "x", "über", "said", "gp"];

    #[test]
    fn lookups_agree_with_a_scan_of_the_list() {
        let lexicon = Lexicon::new(WORDS);
        for probe in [
            "said", "SAID", "says", "told", "Told", "TOLD", "warned", "x", "X", "über", "ÜBER",
            "sai", "saidx", "tol", "", "y", "ü", "warner", "GP", "gP", "g",
        ] {
            assert_eq!(lexicon.contains(probe), WORDS.contains(&probe), "{probe:?}");
            assert_eq!(
                lexicon.contains_ignore_ascii_case(probe),
                WORDS.iter().any(|w| w.eq_ignore_ascii_case(probe)),
                "{probe:?}"
            );
        }
    }

    #[test]
    fn long_words_share_the_top_length_bit() {
        let long: &'static str =
            "a-very-long-hyphenated-compound-word-of-more-than-sixty-three-bytes";
        let lexicon = Lexicon::new(&[long]);
        assert!(lexicon.contains(long));
        assert!(
            !lexicon
                .contains("a-very-long-hyphenated-compound-word-of-more-than-sixty-three-bytez")
        );
    }
}
