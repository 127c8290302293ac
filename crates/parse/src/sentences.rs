//! Sentence splitting (placeholder until the abbreviation-aware splitter lands).

use std::ops::Range;

/// Byte ranges of the sentences of `text`, each trimmed.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let (start, trimmed) = crate::normalize::trim(text);
    if trimmed.is_empty() {
        Vec::new()
    } else {
        std::iter::once(start..start + trimmed.len()).collect()
    }
}
