//! Normalisation by classification: the original text is never rewritten,
//! so every offset stays an offset into what the user gave us. This module
//! says which characters count as spaces and splits the text into lines.

use crosscheck_model::Span;

/// Whether `c` separates words: Unicode White_Space (which covers NBSP,
/// the en/em spaces, NNBSP, ideographic space, ...), plus the zero-width
/// characters scrapers leave behind (ZWSP, ZWNJ, ZWJ, word joiner, BOM).
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}')
}

/// The words of `text`: its maximal runs of non-[`is_space`] characters,
/// as `text.split(is_space).filter(|w| !w.is_empty())` gives them, but
/// reading ASCII bytes without decoding them (lines are mostly ASCII and
/// every line is split several times).
pub fn words(text: &str) -> Words<'_> {
    Words { text, pos: 0 }
}

/// Iterator returned by [`words`].
#[derive(Clone, Debug)]
pub struct Words<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Words<'a> {
    /// The byte length of the run of spaces (`space`) or of non-spaces at
    /// byte `from`.
    fn run(&self, from: usize, space: bool) -> usize {
        let bytes = self.text.as_bytes();
        let mut idx = from;
        loop {
            // Printable ASCII, most of a word, is taken in a tight loop.
            if !space {
                idx += bytes.get(idx..).map_or(0, |rest| {
                    rest.iter().take_while(|&&b| b > b' ' && b < 0x7F).count()
                });
            }
            let Some(&b) = bytes.get(idx) else { break };
            let (is, len) = if b.is_ascii() {
                (is_ascii_space(b), 1)
            } else {
                match self.text.get(idx..).and_then(|rest| rest.chars().next()) {
                    Some(c) => (is_space(c), c.len_utf8()),
                    None => break,
                }
            };
            if is != space {
                break;
            }
            idx += len;
        }
        idx - from
    }
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let start = self.pos + self.run(self.pos, true);
        let len = self.run(start, false);
        self.pos = start + len;
        if len == 0 {
            return None;
        }
        self.text.get(start..start + len)
    }
}

/// [`is_space`] for an ASCII byte: tab, line feed, vertical tab, form
/// feed, carriage return and space.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// `text` with runs of [`is_space`] collapsed to one ASCII space and trimmed.
pub fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in words(text) {
        crate::work::tick(1);
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `text` without leading and trailing [`is_space`] characters, with the
/// byte offset of the result inside `text`.
pub fn trim(text: &str) -> (usize, &str) {
    let trimmed_start = text.trim_start_matches(is_space);
    let offset = text.len() - trimmed_start.len();
    (offset, trimmed_start.trim_end_matches(is_space))
}

/// One line of the input, as SCHEMA.md counts them: split on `\n`, a
/// trailing `\r` and a leading byte-order mark excluded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RawLine<'a> {
    /// 1-based line number.
    pub(crate) number: u32,
    /// Offset of `text` in the original input.
    pub(crate) start: u32,
    /// The line without its ending.
    pub(crate) text: &'a str,
}

impl RawLine<'_> {
    pub(crate) fn span(&self) -> Span {
        Span::from_range(self.start as usize..self.start as usize + self.text.len())
    }

    /// Whether the line holds nothing but spaces.
    pub(crate) fn is_blank(&self) -> bool {
        self.text.chars().all(is_space)
    }
}

/// Split `text` into lines.
pub(crate) fn lines(text: &str) -> Vec<RawLine<'_>> {
    crate::work::tick(text.len());
    let mut out = Vec::with_capacity(memchr::memchr_iter(b'\n', text.as_bytes()).count() + 1);
    let mut start = 0usize;
    let bom = text.starts_with('\u{FEFF}');
    for (idx, piece) in text.split('\n').enumerate() {
        crate::work::tick(1);
        let piece_start = start;
        start += piece.len() + 1;
        let mut line = piece.strip_suffix('\r').unwrap_or(piece);
        let mut offset = piece_start;
        if idx == 0 && bom {
            line = line.strip_prefix('\u{FEFF}').unwrap_or(line);
            offset += '\u{FEFF}'.len_utf8();
        }
        out.push(RawLine {
            number: u32::try_from(idx + 1).unwrap_or(u32::MAX),
            start: u32::try_from(offset).unwrap_or(u32::MAX),
            text: line,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse_handles_odd_spaces() {
        assert_eq!(collapse("  a\u{A0}\u{A0}b\u{2009}c\u{200B} "), "a b c");
        assert_eq!(collapse(""), "");
    }

    #[test]
    fn lines_strip_crlf_and_bom() {
        let text = "\u{FEFF}first\r\nsecond\n\nlast";
        let lines = lines(text);
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0].text, "first");
        assert_eq!(lines[0].span().text(text), Some("first"));
        assert_eq!(lines[1].text, "second");
        assert_eq!(lines[1].number, 2);
        assert!(lines[2].is_blank());
        assert_eq!(lines[3].span().text(text), Some("last"));
    }

    #[test]
    fn lone_cr_stays_inside_the_line() {
        let lines = lines("a\rb\nc");
        assert_eq!(lines.len(), 2);
        assert_eq!(lines[0].text, "a\rb");
    }

    #[test]
    fn ascii_spaces_are_the_ascii_white_space() {
        for b in 0..0x80u8 {
            assert_eq!(is_ascii_space(b), is_space(char::from(b)), "byte {b:#x}");
        }
    }

    #[test]
    fn words_skip_every_kind_of_space() {
        let got: Vec<&str> = words("\u{A0}Dr\u{200B}Ann  Lee,\u{3000}said\t").collect();
        assert_eq!(got, ["Dr", "Ann", "Lee,", "said"]);
        assert_eq!(words("").count(), 0);
        assert_eq!(words(" \u{FEFF} ").count(), 0);
    }

    mod split {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            /// `words` is the plain split on spaces without the empty pieces,
            /// whatever the text.
            #[test]
            fn words_equal_split(text in "(\\PC|[ \t\r\n\u{0b}\u{0c}\u{85}\u{a0}\u{200b}\u{2009}\u{3000}\u{feff}]){0,40}") {
                let reference: Vec<&str> = text.split(is_space).filter(|w| !w.is_empty()).collect();
                prop_assert_eq!(words(&text).collect::<Vec<_>>(), reference);
            }
        }
    }

    #[test]
    fn trim_reports_offset() {
        assert_eq!(trim("\u{A0} ab \t"), (3, "ab"));
    }
}
