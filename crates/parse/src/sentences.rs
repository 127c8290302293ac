//! English sentence splitting for news prose.
//!
//! [`split`] makes one left-to-right pass over the text. It cuts the text into
//! whitespace-separated tokens and decides, for each token, whether a sentence
//! ends after it, looking at most six tokens ahead. A run of
//! detached dots (". . .") is read as one token, so lookahead stays bounded
//! however long the run. Every token is classified once, so the work is
//! linear in the input, whatever its shape (one 50 MB word, a million
//! periods, a million quote marks).
//!
//! A sentence ends after `.`, `?`, `!` or an ellipsis (with any closing quote
//! marks or brackets that follow) unless the next word shows it goes on:
//! - a lower-case next word never starts a sentence ("Yahoo! in", "“Why?”
//!   she asked", "the U.S. for 20 years");
//! - abbreviations are read by kind: titles and company suffixes ("Dr",
//!   "Co", "Jr"), initials ("J. K. Rowling") and dotted abbreviations ("U.S.",
//!   "U.K.") end a sentence only before a word that usually opens one ("The",
//!   "It", "How", ...); "etc." and month abbreviations end one before any
//!   capital; "e.g.", "i.e." and "vs." never do; any abbreviation and "No."
//!   keep going before a number ("No. 10", "p. 55", "Jan. 5");
//! - "a.m." and "p.m." end a sentence before a capital unless the sentence so
//!   far is only an opening time phrase ("At 5 a.m. Mr. Smith ...") or the
//!   next word is a time zone;
//! - after a closing quote mark, a capitalised name followed by a speech verb
//!   that closes the clause ("“Stop.” Jane Doe said.") continues the sentence;
//! - three spaced dots (". . .") mark an omission, four end a sentence; a word
//!   ending in a period before spaced dots ends its sentence when a capital
//!   follows the dots ("end. . . . Next").
//!
//! Lists split before a bullet ("•", "⁃", ...) and before an item marker that
//! follows the previous one ("1." then "2.", "a)" then "b)"), once a marker
//! has opened a sentence or followed a colon. A line break always ends a
//! sentence (scraped articles put one paragraph on a line), and sentences
//! glued together by a scraper ("...our website.Sign up ...") are split
//! inside the token.
#![deny(missing_docs)]
#![warn(clippy::string_slice)]

use std::collections::VecDeque;
use std::ops::Range;

/// How many tokens past the current one a decision may look at.
const LOOKAHEAD: usize = 6;

/// Byte ranges of the sentences of `text`, in order, each trimmed of surrounding whitespace.
pub fn split(text: &str) -> Vec<Range<usize>> {
    let mut res = Vec::new();
    let mut window = VecDeque::with_capacity(LOOKAHEAD + 1);
    let mut line_start = 0;
    let bytes = text.as_bytes();
    for idx in memchr::memchr3_iter(b'\n', b'\r', 0xE2, bytes) {
        crate::work::tick(1);
        // Line breaks: \n, \r, U+2028 and U+2029 (E2 80 A8 and E2 80 A9).
        let len = if bytes.get(idx) != Some(&0xE2) {
            1
        } else if matches!(bytes.get(idx + 1..idx + 3), Some([0x80, 0xA8 | 0xA9])) {
            3
        } else {
            continue;
        };
        split_line(text, line_start..idx, &mut window, &mut res);
        line_start = idx + len;
    }
    split_line(text, line_start..text.len(), &mut window, &mut res);
    res
}

/// Splits one line (`range` of `text`) and appends its sentences to `res`.
fn split_line(
    text: &str,
    range: Range<usize>,
    window: &mut VecDeque<Tok>,
    res: &mut Vec<Range<usize>>,
) {
    let Some(line) = text.get(range.clone()) else {
        return;
    };
    let mut lexer = Lexer {
        line,
        base: range.start,
        pos: 0,
        peeked: None,
        dq_open: false,
    };
    window.clear();
    let mut state = State::new();
    let mut exhausted = false;
    loop {
        crate::work::tick(1);
        while !exhausted && window.len() <= LOOKAHEAD {
            crate::work::tick(1);
            match lexer.next_tok() {
                Some(tok) => window.push_back(tok),
                None => exhausted = true,
            }
        }
        let Some(tok) = window.pop_front() else {
            break;
        };
        state.step(text, &tok, window, exhausted, res);
    }
    state.finish(res);
}

/// Class of the first significant character of a token (after opening marks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Lead {
    /// A lower-case letter: the sentence goes on.
    Lower,
    /// An upper-case letter.
    Upper,
    /// An ASCII digit.
    Digit,
    /// Punctuation that continues a clause: `,` `;` `:` `-` `)` `%` ...
    Cont,
    /// Anything else (currency signs, bullets, caseless scripts, nothing).
    Other,
}

/// The sentence-final punctuation a token ends with (before closing marks).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Term {
    None,
    /// A single `.`.
    Period,
    /// Two or more dots, or `…`.
    Ellipsis,
    /// A run holding `?` or `!`.
    Mark,
}

/// How a word before a single period behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Abbr {
    /// An ordinary word: the period ends the sentence before a capital or digit.
    Normal,
    /// An ordinary word that also precedes numbers ("No. 10", "Fig. 3").
    NumOnly,
    /// Never ends a sentence ("e.g.", "vs.").
    Never,
    /// Ends a sentence before any capital ("etc.", "Jan.").
    Capital,
    /// Ends a sentence only before a typical sentence opener ("Dr.", "U.S.", "J.").
    Starter,
    /// "a.m." / "p.m.".
    Time,
}

/// A list item marker such as `1.`, `2.)`, `3)`, `a.` or `b)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Marker {
    /// 0 for digits, 1 for lower-case letters, 2 for upper-case letters.
    kind: u8,
    /// The number, or the letter's position in the alphabet (a = 0).
    value: u32,
    /// 0 for `.`, 1 for `.)`, 2 for `)`.
    style: u8,
}

impl Marker {
    /// Whether this marker may open a list: any number, or the letter a.
    fn opens(self) -> bool {
        self.kind == 0 || self.value == 0
    }

    /// Whether this marker is the item after `prev`.
    fn follows(self, prev: Marker) -> bool {
        self.kind == prev.kind
            && self.style == prev.style
            && prev.value.checked_add(1) == Some(self.value)
    }
}

/// Whether a token is a bullet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Bullet {
    None,
    /// Bullet characters only ("•").
    Only,
    /// Starts with a bullet character ("⁃9.").
    Lead,
}

/// One token (a run of non-space characters, or a run of detached dots),
/// classified once when it is read.
#[derive(Clone, Copy, Debug)]
struct Tok {
    /// Absolute byte range in the text.
    start: usize,
    end: usize,
    lead: Lead,
    /// Absolute byte range of the leading run of letters (after opening
    /// marks), looked up in the word lists only when a decision needs it.
    alpha_start: usize,
    alpha_end: usize,
    /// That run is followed by a period ("J.", "U.S").
    alpha_dot: bool,
    /// Ends with `,` `;` `:` `.` `?` or `!` (closing marks aside).
    clause_end: bool,
    term: Term,
    /// Ends with closing quote marks (after the terminal punctuation, if any).
    quote_closed: bool,
    abbr: Abbr,
    /// Number of dots if this is a run of detached dots (`…` counts 3), else 0.
    dots: u32,
    /// Number of space-separated tokens in that run.
    dot_toks: u32,
    marker: Option<Marker>,
    bullet: Bullet,
    /// Has sentence punctuation inside it and may hold glued sentences.
    inner: bool,
    /// Holds only unambiguous closing marks (a stray `”` after a period).
    closers_only: bool,
    /// Ends with a colon: a list marker may follow ("options: 1. ...").
    colon_end: bool,
    /// Holds an odd number of straight double quotes.
    dq_odd: bool,
    /// Is a straight double quote alone.
    lone_dq: bool,
}

impl Tok {
    /// Whether the token's leading word, in lower case, is in `list`.
    fn word_in(&self, text: &str, list: fn(&str) -> bool) -> bool {
        let mut found = false;
        if let Some(word) = text.get(self.alpha_start..self.alpha_end) {
            with_lower(word, |lower| found = list(lower));
        }
        found
    }

    /// Capitalised and a typical sentence opener ("The", "It", "How"), not an initial.
    fn starter(&self, text: &str) -> bool {
        self.lead == Lead::Upper && !self.alpha_dot && self.word_in(text, is_starter)
    }

    /// A time zone ("GMT").
    fn timezone(&self, text: &str) -> bool {
        text.get(self.alpha_start..self.alpha_end)
            .is_some_and(is_time_zone)
    }
}

/// Cuts a line into tokens, merging runs of detached dots and trailing
/// closing marks.
struct Lexer<'a> {
    line: &'a str,
    base: usize,
    pos: usize,
    peeked: Option<Tok>,
    /// An odd number of straight double quotes has been read on this line.
    dq_open: bool,
}

impl Lexer<'_> {
    /// The next raw token (a maximal run of non-whitespace), classified.
    fn next_raw(&mut self) -> Option<Tok> {
        if let Some(tok) = self.peeked.take() {
            return Some(tok);
        }
        let rest = self.line.get(self.pos..)?;
        let start = self.pos + run_len(rest, true);
        let word = self.line.get(start..)?;
        let len = run_len(word, false);
        if len == 0 {
            return None;
        }
        let word = word.get(..len)?;
        self.pos = start + len;
        let tok = classify(word, self.base + start);
        self.dq_open ^= tok.dq_odd;
        Some(tok)
    }

    /// The next token: a raw token, or a run of detached dots, with any
    /// closing marks standing alone after it merged in.
    fn next_tok(&mut self) -> Option<Tok> {
        let mut tok = self.next_raw()?;
        loop {
            crate::work::tick(1);
            let dq_open = self.dq_open;
            let Some(next) = self.next_raw() else {
                break;
            };
            // A straight double quote standing alone closes an open one.
            let closes = next.closers_only || (next.lone_dq && dq_open);
            if tok.dots > 0 && next.dots > 0 {
                tok.dots = tok.dots.saturating_add(next.dots);
                tok.dot_toks = tok.dot_toks.saturating_add(1);
                tok.end = next.end;
                tok.quote_closed |= next.quote_closed;
            } else if (tok.term != Term::None || tok.dots > 0) && closes {
                tok.end = next.end;
                tok.quote_closed |= next.quote_closed;
            } else {
                self.peeked = Some(next);
                break;
            }
        }
        Some(tok)
    }
}

/// Byte length of the run of whitespace (`ws`) or of non-whitespace at the start of `s`.
fn run_len(s: &str, ws: bool) -> usize {
    let bytes = s.as_bytes();
    let mut idx = 0;
    while let Some(&b) = bytes.get(idx) {
        crate::work::tick(1);
        if b.is_ascii() {
            if char::from(b).is_whitespace() != ws {
                break;
            }
            idx += 1;
        } else {
            match s.get(idx..).and_then(|rest| rest.chars().next()) {
                Some(c) if c.is_whitespace() == ws => idx += c.len_utf8(),
                _ => break,
            }
        }
    }
    idx
}

/// Whether `s` holds only unambiguous closing marks (a stray `”` after a period).
fn is_closers_only(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| matches!(c, '”' | '’' | '»' | '›' | ')' | ']'))
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '“' | '‘' | '"' | '\'' | '(' | '[' | '{' | '«' | '‹' | '„' | '‚' | '¿' | '¡'
    )
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | ')' | ']' | '}' | '»' | '›')
}

fn is_quote(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | '»' | '›')
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…')
}

fn is_bullet(c: char) -> bool {
    !c.is_ascii() && "•◦▪▫‣⁃●○■□►▶➢✓✔❖∙".contains(c)
}

fn lead_of(c: Option<char>) -> Lead {
    match c {
        Some(c) if c.is_lowercase() => Lead::Lower,
        Some(c) if c.is_uppercase() => Lead::Upper,
        Some(c) if c.is_ascii_digit() => Lead::Digit,
        Some(',' | ';' | ':' | '-' | '–' | '—' | ')' | ']' | '}' | '%' | '&' | '/' | '”' | '’') => {
            Lead::Cont
        }
        _ => Lead::Other,
    }
}

/// ASCII punctuation that sends a token down the slow path of [`classify`],
/// as a bit set indexed by byte value.
const SPECIAL_ASCII: u128 = {
    let chars = b".?!\"'()[]{}@/:";
    let mut mask = 0u128;
    let mut idx = 0;
    while idx < chars.len() {
        mask |= 1 << chars[idx];
        idx += 1;
    }
    mask
};

/// Classifies one raw token starting at absolute offset `start`.
fn classify(word: &str, start: usize) -> Tok {
    let mut tok = Tok {
        start,
        end: start + word.len(),
        lead: Lead::Other,
        alpha_start: start,
        alpha_end: start,
        alpha_dot: false,
        clause_end: false,
        term: Term::None,
        quote_closed: false,
        abbr: Abbr::Normal,
        dots: 0,
        dot_toks: 0,
        marker: None,
        bullet: Bullet::None,
        inner: false,
        closers_only: false,
        colon_end: false,
        dq_odd: false,
        lone_dq: false,
    };

    // Fast path: plain ASCII words and numbers with no punctuation that matters here.
    let plain = word
        .bytes()
        .all(|b| b.is_ascii() && (SPECIAL_ASCII >> b) & 1 == 0);
    if plain {
        tok.lead = lead_of(word.chars().next());
        tok.alpha_end = start + word.bytes().take_while(u8::is_ascii_alphabetic).count();
        tok.clause_end = word.ends_with([',', ';']);
        return tok;
    }
    tok.closers_only = is_closers_only(word);
    tok.colon_end = word.ends_with(':');
    tok.dq_odd = word.bytes().filter(|&b| b == b'"').count() % 2 == 1;
    tok.lone_dq = word == "\"";

    // Trailing closing marks, then the terminal run before them.
    let mut close_off = word.len();
    for (idx, c) in word.char_indices().rev() {
        crate::work::tick(1);
        if !is_closer(c) {
            break;
        }
        close_off = idx;
        tok.quote_closed |= is_quote(c);
    }
    let core = word.get(..close_off).unwrap_or("");
    if !core.is_empty() && core.chars().all(|c| c == '.' || c == '…') {
        tok.dots = core
            .chars()
            .map(|c| if c == '…' { 3 } else { 1 })
            .fold(0u32, u32::saturating_add);
        tok.dot_toks = 1;
        tok.lead = Lead::Other;
        return tok;
    }
    let mut term_off = close_off;
    let mut has_mark = false;
    for (idx, c) in core.char_indices().rev() {
        crate::work::tick(1);
        if !is_terminal(c) {
            break;
        }
        term_off = idx;
        has_mark |= c == '?' || c == '!';
    }
    let run = core.get(term_off..).unwrap_or("");
    let elision = core
        .get(..term_off)
        .and_then(|s| s.chars().next_back())
        .is_some_and(|c| c == '[' || c == '(');
    tok.term = if run.is_empty() || elision {
        Term::None
    } else if has_mark {
        Term::Mark
    } else if run == "." {
        Term::Period
    } else {
        Term::Ellipsis
    };
    tok.clause_end = core
        .chars()
        .next_back()
        .is_some_and(|c| is_terminal(c) || matches!(c, ',' | ';' | ':'));

    // Leading opening marks and the first significant character.
    let lead_off = word
        .char_indices()
        .find(|&(_, c)| !is_opener(c))
        .map_or(word.len(), |(idx, _)| idx);
    let body = word.get(lead_off..).unwrap_or("");
    tok.lead = lead_of(body.chars().next());

    // The leading alphabetic run, for the word lists.
    let alpha_len = body
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(body.len(), |(idx, _)| idx);
    tok.alpha_start = start + lead_off;
    tok.alpha_end = start + lead_off + alpha_len;
    tok.alpha_dot = body.get(alpha_len..).is_some_and(|s| s.starts_with('.'));

    // The word before a single period, as an abbreviation.
    if tok.term == Term::Period && term_off >= lead_off {
        tok.abbr = word.get(lead_off..term_off).map_or(Abbr::Normal, abbr_kind);
    }

    // Bullets and list markers.
    let first = word.chars().next();
    if first.is_some_and(is_bullet) {
        tok.bullet = if word.chars().all(is_bullet) {
            Bullet::Only
        } else {
            Bullet::Lead
        };
    }
    tok.marker = parse_marker(word.trim_start_matches(is_bullet));

    // Sentence punctuation before the end may hide glued sentences.
    tok.inner = core
        .get(..term_off)
        .is_some_and(|s| s.contains(is_terminal))
        && !word.contains(['@', '/'])
        && !body.starts_with("www");
    tok
}

/// Calls `f` with `s` in ASCII lower case, if it is short enough to be in a word list.
fn with_lower(s: &str, f: impl FnOnce(&str)) {
    const MAX: usize = 16;
    if s.is_empty() || s.len() > MAX {
        return;
    }
    let mut buf = [0u8; MAX];
    let Some(dst) = buf.get_mut(..s.len()) else {
        return;
    };
    dst.copy_from_slice(s.as_bytes());
    dst.make_ascii_lowercase();
    if let Ok(lower) = std::str::from_utf8(dst) {
        f(lower);
    }
}

/// How the word `w` (without its final period) behaves as an abbreviation.
fn abbr_kind(w: &str) -> Abbr {
    let mut chars = w.chars();
    match (chars.next(), chars.next()) {
        (None, _) => return Abbr::Normal,
        (Some(c), None) if c.is_alphabetic() => return Abbr::Starter,
        _ => {}
    }
    // Dotted abbreviations: segments of one or two ASCII letters ("U.S", "Ph.D").
    let dotted = w.contains('.')
        && w.split('.').all(|seg| {
            (1..=2).contains(&seg.len()) && seg.bytes().all(|b| b.is_ascii_alphabetic())
        });
    let mut res = if dotted { Abbr::Starter } else { Abbr::Normal };
    if w.len() <= 12 {
        with_lower(w, |lower| {
            res = match lower {
                "e.g" | "i.e" => Abbr::Never,
                "a.m" | "p.m" => Abbr::Time,
                _ if dotted => Abbr::Starter,
                _ => listed_abbr(lower),
            };
        });
    }
    res
}

/// Parses a list item marker (`12.`, `3.)`, `4)`, `a.`, `b)`) filling the whole of `s`.
fn parse_marker(s: &str) -> Option<Marker> {
    let (body, style) = if let Some(body) = s.strip_suffix(".)") {
        (body, 1)
    } else if let Some(body) = s.strip_suffix(')') {
        (body, 2)
    } else if let Some(body) = s.strip_suffix('.') {
        (body, 0)
    } else {
        return None;
    };
    if (1..=3).contains(&body.len()) && body.bytes().all(|b| b.is_ascii_digit()) {
        let value = body.parse().ok()?;
        return Some(Marker {
            kind: 0,
            value,
            style,
        });
    }
    let mut chars = body.chars();
    match (chars.next(), chars.next()) {
        (Some(c @ 'a'..='z'), None) => Some(Marker {
            kind: 1,
            value: u32::from(c) - u32::from('a'),
            style,
        }),
        (Some(c @ 'A'..='Z'), None) => Some(Marker {
            kind: 2,
            value: u32::from(c) - u32::from('A'),
            style,
        }),
        _ => None,
    }
}

/// The splitter's state within one line.
struct State {
    /// Start of the open sentence, if any.
    start: Option<usize>,
    /// End of the last token read.
    prev_end: usize,
    /// Tokens in the open sentence so far.
    n_toks: usize,
    /// The open sentence starts with a word that opens a time phrase ("At").
    prep_start: bool,
    /// The next token stands where a list marker may stand.
    marker_pos: bool,
    /// The last list marker that opened a sentence.
    last_marker: Option<Marker>,
}

impl State {
    fn new() -> State {
        State {
            start: None,
            prev_end: 0,
            n_toks: 0,
            prep_start: false,
            marker_pos: true,
            last_marker: None,
        }
    }

    fn close(&mut self, end: usize, res: &mut Vec<Range<usize>>) {
        if let Some(start) = self.start.take()
            && start < end
        {
            res.push(start..end);
        }
        self.n_toks = 0;
        self.prep_start = false;
        self.marker_pos = true;
    }

    fn finish(&mut self, res: &mut Vec<Range<usize>>) {
        self.close(self.prev_end, res);
    }

    fn step(
        &mut self,
        text: &str,
        tok: &Tok,
        ahead: &VecDeque<Tok>,
        exhausted: bool,
        res: &mut Vec<Range<usize>>,
    ) {
        // A bullet or the next list marker starts a new item.
        if self.start.is_some() && !self.marker_pos {
            let next_item = tok
                .marker
                .zip(self.last_marker)
                .is_some_and(|(marker, last)| marker.follows(last));
            if tok.bullet != Bullet::None || next_item {
                self.close(self.prev_end, res);
            }
        }
        if self.start.is_none() {
            self.start = Some(tok.start);
            self.prep_start = tok.word_in(text, is_time_prep);
        }
        self.n_toks += 1;
        let mut is_marker = false;
        if self.marker_pos
            && let Some(marker) = tok.marker
            && (marker.opens() || self.last_marker.is_some_and(|last| marker.follows(last)))
        {
            self.last_marker = Some(marker);
            is_marker = true;
        }
        self.marker_pos = (self.marker_pos && tok.bullet == Bullet::Only) || tok.colon_end;

        if tok.inner
            && let Some(word) = text.get(tok.start..tok.end)
        {
            for cut in inner_cuts(word) {
                crate::work::tick(1);
                self.close(tok.start + cut, res);
                self.start = Some(tok.start + cut);
                self.n_toks = 1;
                self.marker_pos = false;
            }
        }

        self.prev_end = tok.end;
        if !is_marker && self.ends_after(text, tok, ahead, exhausted) {
            self.close(tok.end, res);
        }
    }

    /// Whether the sentence ends after `tok`, given the tokens `ahead`.
    fn ends_after(&self, text: &str, tok: &Tok, ahead: &VecDeque<Tok>, exhausted: bool) -> bool {
        let Some(next) = ahead.front() else {
            return false;
        };
        if tok.quote_closed && attributed(text, ahead, exhausted) {
            // “...” Jane Doe said.
            return false;
        }
        if tok.dots > 0 {
            // A run of detached dots.
            if self.n_toks == 1 {
                return false;
            }
            if tok.dots == 1 {
                return matches!(next.lead, Lead::Upper | Lead::Digit | Lead::Other);
            }
            return (tok.dot_toks == 1 || tok.dots >= 4) && next.lead == Lead::Upper;
        }
        match tok.term {
            Term::None => false,
            Term::Mark => !matches!(next.lead, Lead::Lower | Lead::Cont),
            Term::Ellipsis => next.lead == Lead::Upper,
            Term::Period => {
                if next.dots > 0 {
                    // "end. . . . Next": the period ends it if a capital follows the dots.
                    return next.dots >= 2 && ahead.get(1).is_some_and(|t| t.lead == Lead::Upper);
                }
                if tok.quote_closed {
                    return matches!(next.lead, Lead::Upper | Lead::Digit | Lead::Other);
                }
                match next.lead {
                    Lead::Lower | Lead::Cont => false,
                    Lead::Digit => tok.abbr == Abbr::Normal,
                    Lead::Upper | Lead::Other => match tok.abbr {
                        Abbr::Normal | Abbr::NumOnly => true,
                        Abbr::Never => false,
                        Abbr::Capital => next.lead == Lead::Upper,
                        Abbr::Starter => next.starter(text),
                        Abbr::Time => {
                            next.lead == Lead::Upper
                                && !next.timezone(text)
                                && !(self.prep_start && self.n_toks <= 4)
                        }
                    },
                }
            }
        }
    }
}

/// Whether the tokens after a closing quote are an attribution such as
/// "Jane Doe said." or "The health minister added,": a capitalised word,
/// at most four words in all, then a speech verb that closes the clause.
fn attributed(text: &str, ahead: &VecDeque<Tok>, exhausted: bool) -> bool {
    for (idx, tok) in ahead.iter().enumerate().take(5) {
        crate::work::tick(1);
        let last = exhausted && idx + 1 == ahead.len();
        // "said:" opens a new quote rather than closing this one.
        let closes = (tok.clause_end && !tok.colon_end) || last;
        if idx > 0 && closes && tok.word_in(text, is_speech_verb) {
            return true;
        }
        let title = tok.term == Term::Period && tok.abbr == Abbr::Starter;
        if (idx == 0 && tok.lead != Lead::Upper) || (tok.clause_end && !title) {
            return false;
        }
    }
    false
}

/// Byte offsets inside `word` where a glued sentence starts: a lower-case
/// word of two or more letters, sentence punctuation, optional closing
/// marks, then a capitalised word ("website.Get", "done.”Next").
fn inner_cuts(word: &str) -> Vec<usize> {
    let mut cuts = Vec::new();
    let mut iter = word.char_indices();
    let mut run_start = 0;
    let mut run_len = 0usize;
    let mut prev_lower = false;
    while let Some((off, c)) = iter.next() {
        crate::work::tick(1);
        if c.is_alphabetic() {
            if run_len == 0 {
                run_start = off;
            }
            run_len += 1;
            prev_lower = c.is_lowercase();
            continue;
        }
        if run_len >= 2 && prev_lower && is_terminal(c) {
            // Step over the rest of the punctuation and any closing marks.
            let mut after = iter.clone();
            let mut probe = iter.clone();
            while probe
                .next()
                .is_some_and(|(_, c)| is_terminal(c) || is_closer(c))
            {
                crate::work::tick(1);
                after = probe.clone();
            }
            iter = after.clone();
            let before = word.get(run_start..off).map_or(Abbr::Normal, abbr_kind);
            if let (Some((cut, upper)), Some((_, lower))) = (after.next(), after.next())
                && upper.is_uppercase()
                && lower.is_lowercase()
                && matches!(before, Abbr::Normal | Abbr::NumOnly)
            {
                cuts.push(cut);
            }
        }
        run_len = 0;
        prev_lower = false;
    }
    cuts
}

/// Words that usually open a sentence, in lower case. After an
/// abbreviation such as "U.S." or an initial, a capitalised word from this
/// list starts a new sentence; any other capitalised word continues a name.
/// Words that are also common first names or surnames (Will, May, Grant)
/// are left out.
fn is_starter(word: &str) -> bool {
    matches!(
        word,
        "a" | "about"
            | "according"
            | "after"
            | "again"
            | "all"
            | "also"
            | "although"
            | "among"
            | "an"
            | "and"
            | "another"
            | "any"
            | "are"
            | "as"
            | "at"
            | "because"
            | "before"
            | "both"
            | "but"
            | "by"
            | "can"
            | "could"
            | "currently"
            | "despite"
            | "did"
            | "do"
            | "does"
            | "during"
            | "each"
            | "earlier"
            | "even"
            | "every"
            | "finally"
            | "for"
            | "from"
            | "furthermore"
            | "had"
            | "has"
            | "have"
            | "he"
            | "her"
            | "here"
            | "his"
            | "how"
            | "however"
            | "i"
            | "if"
            | "in"
            | "indeed"
            | "instead"
            | "is"
            | "it"
            | "its"
            | "last"
            | "later"
            | "many"
            | "meanwhile"
            | "moreover"
            | "most"
            | "my"
            | "nevertheless"
            | "no"
            | "not"
            | "now"
            | "of"
            | "on"
            | "one"
            | "only"
            | "or"
            | "our"
            | "overall"
            | "perhaps"
            | "please"
            | "previously"
            | "recently"
            | "she"
            | "since"
            | "so"
            | "some"
            | "still"
            | "such"
            | "that"
            | "the"
            | "their"
            | "then"
            | "there"
            | "these"
            | "they"
            | "this"
            | "those"
            | "though"
            | "thus"
            | "to"
            | "today"
            | "under"
            | "unless"
            | "was"
            | "we"
            | "were"
            | "what"
            | "when"
            | "where"
            | "which"
            | "while"
            | "who"
            | "why"
            | "with"
            | "would"
            | "yesterday"
            | "yet"
            | "you"
            | "your"
    )
}

/// Speech verbs that close an attribution after a quote.
fn is_speech_verb(word: &str) -> bool {
    matches!(
        word,
        "acknowledged"
            | "added"
            | "adds"
            | "admits"
            | "admitted"
            | "agreed"
            | "announced"
            | "answered"
            | "argued"
            | "argues"
            | "asked"
            | "asks"
            | "claimed"
            | "claims"
            | "commented"
            | "comments"
            | "concluded"
            | "continued"
            | "continues"
            | "declared"
            | "explained"
            | "explains"
            | "insisted"
            | "insists"
            | "noted"
            | "notes"
            | "observed"
            | "recalled"
            | "remarked"
            | "replied"
            | "replies"
            | "said"
            | "says"
            | "stated"
            | "states"
            | "stressed"
            | "suggested"
            | "suggests"
            | "told"
            | "urged"
            | "warned"
            | "warns"
            | "writes"
            | "wrote"
    )
}

/// First words of an opening time phrase ("At 5 a.m.").
fn is_time_prep(word: &str) -> bool {
    matches!(
        word,
        "about"
            | "after"
            | "around"
            | "at"
            | "before"
            | "by"
            | "from"
            | "shortly"
            | "since"
            | "until"
    )
}

/// Time zones that may follow "a.m." or "p.m.".
fn is_time_zone(word: &str) -> bool {
    matches!(
        word,
        "AEST"
            | "BST"
            | "CDT"
            | "CEST"
            | "CET"
            | "CST"
            | "EDT"
            | "EST"
            | "ET"
            | "GMT"
            | "IST"
            | "MST"
            | "PDT"
            | "PST"
            | "PT"
            | "UTC"
    )
}

/// The kind of an abbreviation written with a final period, given in lower case.
fn listed_abbr(word: &str) -> Abbr {
    match word {
        "adm" | "assn" | "atty" | "ave" | "blvd" | "brig" | "bros" | "capt" | "cllr" | "cmdr"
        | "co" | "col" | "corp" | "cpl" | "dept" | "det" | "dr" | "fr" | "ft" | "gen" | "gov"
        | "hon" | "inc" | "insp" | "jr" | "lt" | "ltd" | "maj" | "messrs" | "mlle" | "mme"
        | "mr" | "mrs" | "ms" | "mt" | "mx" | "plc" | "pres" | "prof" | "pte" | "rd" | "rep"
        | "rev" | "rt" | "sen" | "sgt" | "sr" | "st" | "supt" | "univ" => Abbr::Starter,
        "al" | "apr" | "aug" | "dec" | "etc" | "feb" | "jan" | "jul" | "jun" | "mar" | "nov"
        | "oct" | "sep" | "sept" => Abbr::Capital,
        "approx" | "cf" | "eg" | "esp" | "excl" | "ie" | "incl" | "viz" | "vs" => Abbr::Never,
        "art" | "ch" | "est" | "ext" | "fig" | "figs" | "no" | "nos" | "nr" | "n°" | "nº"
        | "op" | "para" | "pp" | "ref" | "tel" | "vol" | "vols" => Abbr::NumOnly,
        _ => Abbr::Normal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn check(input: &str, expected: &[&str]) {
        let got: Vec<&str> = split(input)
            .into_iter()
            .map(|range| input.get(range).unwrap())
            .collect();
        assert_eq!(got, expected, "input: {input:?}");
    }

    // Honorifics and titles.
    #[test]
    fn titles_without_period() {
        check(
            "Dr Jane Okafor leads the review. Prof Alan Reid disagreed.",
            &[
                "Dr Jane Okafor leads the review.",
                "Prof Alan Reid disagreed.",
            ],
        );
    }
    #[test]
    fn titles_with_period() {
        check(
            "The letter was signed by Mrs. Ruth Allen and Rev. Ian Moss. Both are trustees.",
            &[
                "The letter was signed by Mrs. Ruth Allen and Rev. Ian Moss.",
                "Both are trustees.",
            ],
        );
    }
    #[test]
    fn military_titles_in_a_row() {
        check(
            "Lt. Col. Mark Ode and Sgt. Paul Hines gave evidence.",
            &["Lt. Col. Mark Ode and Sgt. Paul Hines gave evidence."],
        );
    }
    #[test]
    fn political_titles() {
        check(
            "The bill was backed by Sen. Maria Lopez and Gov. Dan Cole. It passed.",
            &[
                "The bill was backed by Sen. Maria Lopez and Gov. Dan Cole.",
                "It passed.",
            ],
        );
    }
    #[test]
    fn junior_ends_a_sentence() {
        check(
            "The award went to Harold Pike Jr. He accepted it in person.",
            &[
                "The award went to Harold Pike Jr.",
                "He accepted it in person.",
            ],
        );
    }
    #[test]
    fn saint_before_a_name() {
        check(
            "She was treated at St. Luke’s Hospital. It has 300 beds.",
            &[
                "She was treated at St. Luke’s Hospital.",
                "It has 300 beds.",
            ],
        );
    }
    #[test]
    fn street_abbreviation_ends_a_sentence() {
        check(
            "The clinic moved to Mill St. The old site will be sold.",
            &["The clinic moved to Mill St.", "The old site will be sold."],
        );
    }

    // Numbers after abbreviations.
    #[test]
    fn registration_number() {
        check(
            "The firm is listed as Reg No. 4417263. Its office is in Leeds.",
            &[
                "The firm is listed as Reg No. 4417263.",
                "Its office is in Leeds.",
            ],
        );
    }
    #[test]
    fn number_ten() {
        check(
            "Aides at No. 10 declined to comment on the leak.",
            &["Aides at No. 10 declined to comment on the leak."],
        );
    }
    #[test]
    fn answer_no_ends_a_sentence() {
        check(
            "Asked if the plan would be dropped, she said no. The review continues.",
            &[
                "Asked if the plan would be dropped, she said no.",
                "The review continues.",
            ],
        );
    }
    #[test]
    fn month_before_day_and_at_end() {
        check(
            "The scheme began on Jan. 12 and ended in Dec. Its cost was not disclosed.",
            &[
                "The scheme began on Jan. 12 and ended in Dec.",
                "Its cost was not disclosed.",
            ],
        );
    }

    // Latin and other abbreviations.
    #[test]
    fn eg_mid_sentence() {
        check(
            "Some trusts, e.g. Northfield and Ashby, cut waiting lists. Others did not.",
            &[
                "Some trusts, e.g. Northfield and Ashby, cut waiting lists.",
                "Others did not.",
            ],
        );
    }
    #[test]
    fn ie_mid_sentence() {
        check(
            "The budget rose in real terms, i.e. after inflation. Staff costs rose faster.",
            &[
                "The budget rose in real terms, i.e. after inflation.",
                "Staff costs rose faster.",
            ],
        );
    }
    #[test]
    fn etc_mid_sentence() {
        check(
            "Clinics offer jabs, blood tests, etc. at no charge.",
            &["Clinics offer jabs, blood tests, etc. at no charge."],
        );
    }
    #[test]
    fn etc_at_end() {
        check(
            "Leaflets cover diet, exercise, sleep, etc. The campaign starts in May.",
            &[
                "Leaflets cover diet, exercise, sleep, etc.",
                "The campaign starts in May.",
            ],
        );
    }
    #[test]
    fn versus() {
        check(
            "The ruling in Patel vs. Northshire Council was overturned. An appeal is likely.",
            &[
                "The ruling in Patel vs. Northshire Council was overturned.",
                "An appeal is likely.",
            ],
        );
    }
    #[test]
    fn company_suffix() {
        check(
            "The contract went to Barr & Co. It was the lowest bid. Barr & Co. Holdings denied wrongdoing.",
            &[
                "The contract went to Barr & Co.",
                "It was the lowest bid.",
                "Barr & Co. Holdings denied wrongdoing.",
            ],
        );
    }

    // Initials.
    #[test]
    fn initials_of_an_author() {
        check(
            "The foreword is by P. D. Harlow. It runs to 12 pages.",
            &["The foreword is by P. D. Harlow.", "It runs to 12 pages."],
        );
    }
    #[test]
    fn middle_initial() {
        check(
            "Dr Anna M. Kerr chaired the panel.",
            &["Dr Anna M. Kerr chaired the panel."],
        );
    }

    // Dotted abbreviations and times.
    #[test]
    fn dotted_country_names() {
        check(
            "The drug is sold in the U.K. and the U.S. It costs less in France. The U.K. Government has not commented.",
            &[
                "The drug is sold in the U.K. and the U.S.",
                "It costs less in France.",
                "The U.K. Government has not commented.",
            ],
        );
    }
    #[test]
    fn pm_ends_a_sentence() {
        check(
            "The clinic opens at 8 a.m. Patients queue from dawn.",
            &["The clinic opens at 8 a.m.", "Patients queue from dawn."],
        );
    }
    #[test]
    fn opening_time_phrase_goes_on() {
        check(
            "By 9 p.m. Ward 4 was full.",
            &["By 9 p.m. Ward 4 was full."],
        );
    }
    #[test]
    fn time_zone_goes_on() {
        check(
            "Voting closes at 10 p.m. GMT on Thursday.",
            &["Voting closes at 10 p.m. GMT on Thursday."],
        );
    }

    // Numbers, links and addresses.
    #[test]
    fn decimals_and_money() {
        check(
            "Spending rose by 4.3% to £1.5bn. That was below target. The trust saved £2.5m in 2023. Savings were smaller after that.",
            &[
                "Spending rose by 4.3% to £1.5bn.",
                "That was below target.",
                "The trust saved £2.5m in 2023.",
                "Savings were smaller after that.",
            ],
        );
    }
    #[test]
    fn url_at_end() {
        check(
            "Details are at https://www.example.org/health/report.pdf. Responses close on Friday.",
            &[
                "Details are at https://www.example.org/health/report.pdf.",
                "Responses close on Friday.",
            ],
        );
    }
    #[test]
    fn email_at_end() {
        check(
            "Send comments to consult.team@example.nhs.uk. The deadline is noon.",
            &[
                "Send comments to consult.team@example.nhs.uk.",
                "The deadline is noon.",
            ],
        );
    }

    // Ellipses.
    #[test]
    fn ellipsis_inside_a_quote() {
        check(
            "“We will … keep going,” she said. The board agreed.",
            &["“We will … keep going,” she said.", "The board agreed."],
        );
    }
    #[test]
    fn spaced_dots_mark_an_omission() {
        check(
            "The figures were . . . disappointing. Nobody said so.",
            &["The figures were . . . disappointing.", "Nobody said so."],
        );
    }
    #[test]
    fn trailing_ellipsis_before_a_capital() {
        check(
            "Funding was promised... Then it vanished.",
            &["Funding was promised...", "Then it vanished."],
        );
    }

    // Quoted speech.
    #[test]
    fn question_in_quotes_then_speech_verb() {
        check(
            "“Is this the best we can do?” she asked. Nobody replied.",
            &[
                "“Is this the best we can do?” she asked.",
                "Nobody replied.",
            ],
        );
    }
    #[test]
    fn closing_quote_ends_a_sentence() {
        check(
            "He called it “a missed chance.” The report was shelved.",
            &["He called it “a missed chance.”", "The report was shelved."],
        );
    }
    #[test]
    fn quote_then_named_speaker() {
        check(
            "“The money is simply not there.” Karen Holt said. Her union agreed.",
            &[
                "“The money is simply not there.” Karen Holt said.",
                "Her union agreed.",
            ],
        );
    }
    #[test]
    fn quote_then_titled_speaker() {
        check(
            "“Enough.” Dr. Lee Park said.",
            &["“Enough.” Dr. Lee Park said."],
        );
    }
    #[test]
    fn quote_then_speaker_with_role() {
        check(
            "“Beds are the problem.” The chief nurse added, pointing to the queue.",
            &["“Beds are the problem.” The chief nurse added, pointing to the queue."],
        );
    }
    #[test]
    fn quote_then_speaker_opening_a_new_quote() {
        check(
            "It was “a fair deal.” Union chief Sam Ives said: “We disagree.”",
            &[
                "It was “a fair deal.”",
                "Union chief Sam Ives said: “We disagree.”",
            ],
        );
    }
    #[test]
    fn quote_then_longer_new_sentence() {
        check(
            "“Beds are the problem.” The chief nurse was not convinced by that.",
            &[
                "“Beds are the problem.”",
                "The chief nurse was not convinced by that.",
            ],
        );
    }
    #[test]
    fn glued_after_closing_quote() {
        check(
            "It was “a disgrace.”Ministers denied it.",
            &["It was “a disgrace.”", "Ministers denied it."],
        );
    }
    #[test]
    fn et_al_ends_a_sentence() {
        check(
            "The figures come from Khan et al. The authors were not paid.",
            &[
                "The figures come from Khan et al.",
                "The authors were not paid.",
            ],
        );
    }
    #[test]
    fn quote_then_named_speaker_asks() {
        check(
            "“Who pays?” Tom Fry asked.",
            &["“Who pays?” Tom Fry asked."],
        );
    }
    #[test]
    fn quote_then_new_sentence_with_speech_verb() {
        check(
            "“We waited too long.” She said the trust had failed.",
            &["“We waited too long.”", "She said the trust had failed."],
        );
    }
    #[test]
    fn single_curly_quotes() {
        check(
            "The memo said: ‘Budgets are fixed.’ Managers were not consulted.",
            &[
                "The memo said: ‘Budgets are fixed.’",
                "Managers were not consulted.",
            ],
        );
    }
    #[test]
    fn straight_quotes_and_detached_closer() {
        check(
            "Her verdict: \"Not good enough. \" Managers have until June.",
            &[
                "Her verdict: \"Not good enough. \"",
                "Managers have until June.",
            ],
        );
    }
    #[test]
    fn stray_curly_closer_joins_the_sentence() {
        check(
            "Her verdict: “Not good enough. ” Managers have until June.",
            &[
                "Her verdict: “Not good enough. ”",
                "Managers have until June.",
            ],
        );
    }
    #[test]
    fn apostrophes() {
        check(
            "The trust’s chair didn’t attend. Her deputy did.",
            &["The trust’s chair didn’t attend.", "Her deputy did."],
        );
    }

    // Parentheses.
    #[test]
    fn period_inside_parentheses_mid_sentence() {
        check(
            "Turnout was low (see the chart below.) in most areas.",
            &["Turnout was low (see the chart below.) in most areas."],
        );
    }
    #[test]
    fn parenthesised_sentence() {
        check(
            "Beds were full on most days. (Figures exclude Wales.) Trusts blamed the cold.",
            &[
                "Beds were full on most days.",
                "(Figures exclude Wales.)",
                "Trusts blamed the cold.",
            ],
        );
    }

    // Lists, bullets and marks.
    #[test]
    fn numbered_list_after_colon() {
        check(
            "Three options were tabled: 1. Merge the boards 2. Cut the levy 3. Do nothing",
            &[
                "Three options were tabled: 1. Merge the boards",
                "2. Cut the levy",
                "3. Do nothing",
            ],
        );
    }
    #[test]
    fn bullets() {
        check(
            "• Waiting times rose • Staff left",
            &["• Waiting times rose", "• Staff left"],
        );
    }
    #[test]
    fn lettered_list() {
        check(
            "a) Fund the wards b) Hire nurses",
            &["a) Fund the wards", "b) Hire nurses"],
        );
    }
    #[test]
    fn exclamation_and_question() {
        check(
            "Hospitals are full! Who will act? Not the board.",
            &["Hospitals are full!", "Who will act?", "Not the board."],
        );
    }

    // Scraped text.
    #[test]
    fn glued_sentences() {
        check(
            "Read the full story on our website.Sign up for alerts.",
            &["Read the full story on our website.", "Sign up for alerts."],
        );
    }
    #[test]
    fn glued_title_is_not_split() {
        check(
            "The letter to Mr.Hale was leaked.",
            &["The letter to Mr.Hale was leaked."],
        );
    }
    #[test]
    fn line_break_ends_a_sentence() {
        check(
            "Related stories\nBeds run short as winter bites.\n\n  Sign in  ",
            &[
                "Related stories",
                "Beds run short as winter bites.",
                "Sign in",
            ],
        );
    }
    #[test]
    fn nbsp_is_whitespace() {
        check(
            "The levy\u{a0}rose.\u{a0}It was\u{a0}expected.",
            &["The levy\u{a0}rose.", "It was\u{a0}expected."],
        );
    }
    #[test]
    fn empty_and_blank() {
        check("", &[]);
        check(" \t\u{a0} ", &[]);
    }
    #[test]
    fn no_final_punctuation() {
        check("Waiting lists grew again", &["Waiting lists grew again"]);
    }

    // Pathological sizes: these would not finish if any step were quadratic.
    #[test]
    fn many_periods() {
        let text = ". ".repeat(200_000) + &"a.".repeat(200_000) + &" A.".repeat(200_000);
        let ranges = split(&text);
        assert!(!ranges.is_empty());
    }
    #[test]
    fn long_word_and_many_quotes() {
        let text = "x".repeat(1_000_000) + " " + &"“".repeat(300_000) + " " + &"”.".repeat(300_000);
        assert_eq!(split(&text).len(), 1);
    }

    fn strip_ws(s: &str) -> String {
        s.chars().filter(|c| !c.is_whitespace()).collect()
    }

    proptest! {
        #[test]
        fn ranges_are_sound(text in prop_oneof![
            any::<String>(),
            "[a-zA-Z0-9 .?!…'\"“”‘’()\\[\\]•⁃°%£:,@/\u{a0}\n\r\u{2028}é😀-]{0,120}",
            "((Dr|Mr|No|U\\.S|a\\.m|etc|[A-Z]|[a-z]+|[0-9]+|“|”|\\.\\.\\.|\\. \\. \\.)[.?!]? ){0,30}",
        ]) {
            let ranges = split(&text);
            let mut last_end = 0;
            let mut joined = String::new();
            for range in &ranges {
                prop_assert!(range.start >= last_end, "overlap or disorder: {ranges:?}");
                let sentence = text.get(range.clone());
                prop_assert!(sentence.is_some(), "not on char boundaries: {range:?}");
                let sentence = sentence.unwrap_or("");
                prop_assert!(!sentence.is_empty());
                prop_assert_eq!(sentence.trim(), sentence);
                joined.push_str(sentence);
                last_end = range.end;
            }
            // Nothing but whitespace is left out.
            prop_assert_eq!(strip_ws(&joined), strip_ws(&text));
        }
    }
}
