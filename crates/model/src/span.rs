//! Byte spans into the original text, and the index that turns them into
//! line and column numbers.

use std::ops::Range;

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the **original** text of an
/// article, as it was read (before any normalisation).
///
/// Eight bytes and `Copy`: every extracted thing carries one, so a finding can
/// always show the exact words it is about.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the range.
    pub start: u32,
    /// One past the last byte of the range.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end`; an inverted pair is clamped to empty.
    pub const fn new(start: u32, end: u32) -> Self {
        if end < start {
            Span { start, end: start }
        } else {
            Span { start, end }
        }
    }

    /// A span from a `usize` range, saturating at `u32::MAX`.
    pub fn from_range(range: Range<usize>) -> Self {
        let clamp = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Span::new(clamp(range.start), clamp(range.end))
    }

    /// The span as a `usize` range, for slicing with `str::get`.
    pub fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    /// Length in bytes.
    pub const fn len(self) -> u32 {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside `self`.
    pub const fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// The text the span covers, or `None` when it does not lie on char
    /// boundaries inside `text`.
    pub fn text(self, text: &str) -> Option<&str> {
        text.get(self.range())
    }
}

/// Line starts of a text, to map byte offsets to 1-based lines and columns.
///
/// Lines are split on `\n` only, as SCHEMA.md counts them.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    /// Index the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| u32::try_from(i + 1).unwrap_or(u32::MAX)),
        );
        LineIndex {
            starts,
            len: u32::try_from(text.len()).unwrap_or(u32::MAX),
        }
    }

    /// Number of lines (a text ending in `\n` has an empty last line).
    pub fn n_lines(&self) -> usize {
        self.starts.len()
    }

    /// The 1-based line holding byte `offset` (offsets past the end map to
    /// the last line).
    pub fn line(&self, offset: u32) -> u32 {
        let idx = match self.starts.binary_search(&offset) {
            Ok(idx) => idx,
            Err(idx) => idx.saturating_sub(1),
        };
        u32::try_from(idx + 1).unwrap_or(u32::MAX)
    }

    /// Byte offset where 1-based `line` starts, if there is such a line.
    pub fn line_start(&self, line: u32) -> Option<u32> {
        self.starts.get((line as usize).checked_sub(1)?).copied()
    }

    /// 1-based line and 1-based column (in chars) of byte `offset` in `text`,
    /// which must be the text this index was built from.
    pub fn line_col(&self, text: &str, offset: u32) -> (u32, u32) {
        let line = self.line(offset.min(self.len));
        let start = self.line_start(line).unwrap_or(0) as usize;
        let end = (offset as usize).min(text.len());
        let col = text
            .get(start..end)
            .map_or(end.saturating_sub(start), |s| s.chars().count());
        (line, u32::try_from(col + 1).unwrap_or(u32::MAX))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_basics() {
        let span = Span::new(2, 5);
        assert_eq!(span.len(), 3);
        assert_eq!(span.text("abcdefg"), Some("cde"));
        assert_eq!(Span::new(5, 2), Span::new(5, 5));
        assert!(Span::new(0, 10).contains(span));
        assert_eq!(span.cover(Span::new(7, 9)), Span::new(2, 9));
        // not a char boundary
        assert_eq!(Span::new(1, 2).text("é"), None);
    }

    #[test]
    fn line_index_maps_offsets() {
        let text = "ab\ncdé\n\nx";
        let idx = LineIndex::new(text);
        assert_eq!(idx.n_lines(), 4);
        assert_eq!(idx.line(0), 1);
        assert_eq!(idx.line(2), 1);
        assert_eq!(idx.line(3), 2);
        assert_eq!(idx.line(8), 3);
        assert_eq!(idx.line(9), 4);
        assert_eq!(idx.line_col(text, 4), (2, 2));
        // after the two-byte é
        assert_eq!(idx.line_col(text, 7), (2, 4));
        assert_eq!(idx.line_start(4), Some(9));
        assert_eq!(idx.line_start(0), None);
    }
}
