//! Organisations named in the text, with their mentions and the acronyms
//! the text defines for them.
//!
//! Two passes over the lines:
//!
//! 1. **Names.** A capitalised name is taken as an organisation when
//!    - it ends in an organisation head noun ("Health Foundation", "Leeds
//!      CCG", "Capita plc"), or starts with one that takes an "of"/"for"
//!      phrase ("Department for Education", "Royal College of Nursing");
//!    - it is "NHS" and a body's name ("NHS England", "NHS Lothian");
//!    - it is a known pollster ("Ipsos MORI", "YouGov");
//!    - it is the long form of a defined acronym and passes one of the
//!      rules above, or is a capitalised name ending in a head noun with
//!      at most one lowercase word ("Medicines and Healthcare products
//!      Regulatory Agency (MHRA)") or ending in a nation ("Sport England
//!      (SE)").
//!
//!    The name is extended left over capitalised words and over "and"
//!    between two of them ("Leeds and Wakefield CCG"), never over a
//!    determiner, a title ("Chief", "Dr"), a sentence adverb, a month, or
//!    another organisation ("Wellcome Trust and Health Foundation" are two).
//!    It must hold a word that is neither a head noun nor "NHS", so "NHS
//!    Trust" or a sentence-initial "Council" alone is no organisation.
//! 2. **Mentions.** Every occurrence of every name (case-insensitive, word
//!    by word, longest first, starting with a capital) and of every acronym
//!    defined for one (case-sensitive, not inside another name) is a mention.
//!    Names that differ only in case are one organisation, named as first
//!    written; organisations come in the order of their first mention.
//!
//! Cost: pass 1 splits each line into words once and records where a word
//! not starting with a lowercase letter or digit begins; pass 2 visits only
//! those places, and goes on past a word only while a known name does.
//! Every step looks at a bounded number of words (and a word at most
//! `MAX_WORD_BYTES`), so a line is processed in linear time.

use std::collections::BTreeMap;
use std::ops::Range;

use crosscheck_model::{Acronym, Mention, Organisation, Span};

use crate::Para;

/// Most words a name is extended by, left of its head or in its "of" phrase.
const MAX_EXTEND: usize = 8;
/// Longest word of a name, in bytes (with surrounding punctuation).
const MAX_WORD_BYTES: usize = 64;
/// Most words in a name looked for in the mention pass.
const MAX_NAME_WORDS: usize = 32;

/// Heads that never take an "of"/"for" phrase after them.
const NO_TAIL: &[&str] = &[
    "CCG", "Inc", "Journal", "LLP", "Limited", "Ltd", "PLC", "plc",
];
/// Heads written in lower case.
const LOWER_HEADS: &[&str] = &["plc"];
/// National bodies named "NHS X" even inside a longer capitalised run.
const NHS_BODIES: &[&str] = &[
    "Confederation",
    "Digital",
    "Direct",
    "Employers",
    "England",
    "Improvement",
    "Providers",
    "Resolution",
    "Scotland",
    "Wales",
];
/// Pollsters as their brands are written, with the second word some are
/// written with (matched ignoring ASCII case).
const POLLSTERS: &[(&str, Option<&str>)] = &[
    ("ComRes", None),
    ("Deltapoll", None),
    ("Ipsos", Some("MORI")),
    ("Kantar", None),
    ("Opinium", None),
    ("Panelbase", None),
    ("Populus", None),
    ("Savanta", Some("ComRes")),
    ("Survation", None),
    ("YouGov", None),
];
/// Last words of a capitalised acronym long form that make it a body
/// ("Public Health England (PHE)").
const NATIONS: &[&str] = &["England", "Scotland", "Wales", "Ireland", "Britain", "UK"];

/// Organisations named in the lines, with the acronyms defined for them.
///
/// `acronyms` are the definitions found in the same lines
/// ([`crate::acronyms::acronyms`]): a definition whose long form names an
/// organisation gives it its acronym, and uses of the acronym count as
/// mentions.
pub fn organisations(paras: &[Para<'_>], acronyms: &[Acronym]) -> Vec<Organisation> {
    Scan::new(paras, acronyms, |_| false).all()
}

/// The first pass of [`organisations`] over some lines, keeping apart what
/// a selection of them holds, so that the organisations of the selected
/// lines alone ([`Scan::selected`]) come without a second first pass:
/// names are found line by line, so those of the selected lines are what
/// the first pass over them alone would find.
pub(crate) struct Scan<'p, 'a> {
    paras: &'p [Para<'p>],
    /// Short forms of acronyms whose long form names an organisation.
    short_forms: BTreeMap<&'a str, usize>,
    acronym_of: BTreeMap<usize, &'a str>,
    short_starts: ByteSet,
    /// Names, and where a mention may start as (line index, byte offset in
    /// the line), eight bytes a word at worst, over all lines.
    all: (Trie, Vec<(u32, u32)>),
    /// The same over the selected lines.
    selected: (Trie, Vec<(u32, u32)>),
}

impl<'p, 'a> Scan<'p, 'a> {
    /// Pass 1 over `paras`; `select` picks the lines of [`Scan::selected`].
    pub(crate) fn new(
        paras: &'p [Para<'p>],
        acronyms: &'a [Acronym],
        select: impl Fn(&Para<'_>) -> bool,
    ) -> Self {
        let mut names = Trie::default();

        // Acronym long forms that name an organisation.
        let mut short_forms: BTreeMap<&str, usize> = BTreeMap::new();
        let mut acronym_of: BTreeMap<usize, &str> = BTreeMap::new();
        let mut long_toks = Words::new();
        for acr in acronyms {
            crate::work::tick(1);
            // "The King’s Fund (TKF)": the article is no part of the name.
            let long = acr.long.strip_prefix("The ").unwrap_or(&acr.long);
            long_toks.split(long);
            if !long_form_is_organisation(&long_toks) {
                continue;
            }
            let org = names.insert(long_toks.tokens(0..long_toks.len()));
            short_forms.entry(acr.short.as_str()).or_insert(org);
            acronym_of.entry(org).or_insert(acr.short.as_str());
        }
        let mut short_starts = ByteSet::default();
        for short in short_forms.keys() {
            crate::work::tick(1);
            short_starts.insert_first(short);
        }

        // Pass 1: names anchored at head nouns, "NHS" and pollsters; and
        // where a mention may start (a word not starting with a lowercase
        // letter or a digit, or starting like a short form). The long forms
        // come first in both tries, so their numbers agree.
        let mut selected = (names.clone(), Vec::new());
        let mut all = (names, Vec::new());
        let mut toks = Words::new();
        for (para_idx, para) in paras.iter().enumerate() {
            crate::work::tick(1);
            let chosen = select(para);
            toks.split(para.text);
            for idx in 0..toks.len() {
                crate::work::tick(1);
                let Some(first) = toks.first_byte(idx) else {
                    continue;
                };
                let plain = first.is_ascii_lowercase() || first.is_ascii_digit();
                if !plain || short_starts.contains(first) {
                    let at = toks.chunks.get(idx).map(|c| c.start);
                    if let (Ok(line), Some(Ok(at))) =
                        (u32::try_from(para_idx), at.map(u32::try_from))
                    {
                        all.1.push((line, at));
                        if chosen {
                            selected.1.push((line, at));
                        }
                    }
                }
                // Every anchor starts with a capital, or is "plc".
                if !plain || first == b'p' {
                    for range in candidates_at(&toks, idx) {
                        crate::work::tick(1);
                        all.0.insert(toks.tokens(range.clone()));
                        if chosen {
                            selected.0.insert(toks.tokens(range));
                        }
                    }
                }
            }
        }
        Scan {
            paras,
            short_forms,
            acronym_of,
            short_starts,
            all,
            selected,
        }
    }

    /// The organisations of all the lines.
    pub(crate) fn all(&self) -> Vec<Organisation> {
        self.mentions(&self.all.0, &self.all.1)
    }

    /// The organisations of the selected lines, as [`organisations`] of
    /// those lines alone gives them.
    pub(crate) fn selected(&self) -> Vec<Organisation> {
        self.mentions(&self.selected.0, &self.selected.1)
    }

    /// Pass 2: mentions of the names and short forms, longest first.
    fn mentions(&self, names: &Trie, starts: &[(u32, u32)]) -> Vec<Organisation> {
        let (paras, short_forms, short_starts) =
            (self.paras, &self.short_forms, &self.short_starts);
        let first_letters = names.first_letters();
        let mut orgs: BTreeMap<usize, Found> = BTreeMap::new();
        let mut buf = String::new();
        let mut cursor = (0, 0);
        for &(para_idx, chunk_start) in starts {
            crate::work::tick(1);
            let (para_idx, chunk_start) = (para_idx as usize, chunk_start as usize);
            let Some(para) = paras.get(para_idx) else {
                continue;
            };
            if (para_idx, chunk_start) < cursor {
                continue;
            }
            // Cheap tests before looking further: the word must start a known
            // name or be a short form.
            let Some((tok, chunk_end)) = next_token(para.text, chunk_start) else {
                continue;
            };
            let first_byte = tok.word.as_bytes().first().copied().unwrap_or(0);
            if !first_letters.contains(first_byte.to_ascii_lowercase())
                && !short_starts.contains(first_byte)
            {
                continue;
            }
            let short = short_forms.get(tok.word).copied();
            if short.is_none() && !names.starts_name(tok, &mut buf) {
                continue;
            }
            let base = para.start as usize;
            let mention = |start: usize, end: usize| Mention {
                line: para.line,
                span: Span::from_range(base.saturating_add(start)..base.saturating_add(end)),
            };
            if let Some((end, org)) = names.longest_at(para.text, tok, chunk_end, &mut buf) {
                let entry = orgs
                    .entry(org)
                    .or_insert_with(|| Found::new((para_idx, tok.start)));
                if entry.name.is_none() {
                    entry.name = para.text.get(tok.start..end).map(collapse);
                }
                entry.mentions.push(mention(tok.start, end));
                cursor = (para_idx, end);
            } else if let Some(org) = short {
                let entry = orgs
                    .entry(org)
                    .or_insert_with(|| Found::new((para_idx, tok.start)));
                entry.mentions.push(mention(tok.start, tok.end));
                cursor = (para_idx, tok.end);
            }
        }

        let mut found: Vec<((usize, usize), Organisation)> = orgs
            .into_iter()
            .filter_map(|(org, f)| {
                let mut mentions = f.mentions;
                mentions.sort_by_key(|m| (m.span.start, m.span.end));
                Some((
                    f.first,
                    Organisation {
                        name: f.name?,
                        acronym: self.acronym_of.get(&org).map(|s| (*s).to_owned()),
                        mentions,
                    },
                ))
            })
            .collect();
        found.sort_by_key(|(first, _)| *first);
        found.into_iter().map(|(_, org)| org).collect()
    }
}

/// A set of bytes, to test the first byte of a word cheaply.
struct ByteSet([bool; 256]);

impl Default for ByteSet {
    fn default() -> Self {
        ByteSet([false; 256])
    }
}

impl ByteSet {
    /// Adds the first byte of `word`.
    fn insert_first(&mut self, word: &str) {
        if let Some(flag) = word
            .as_bytes()
            .first()
            .and_then(|&b| self.0.get_mut(usize::from(b)))
        {
            *flag = true;
        }
    }

    fn contains(&self, byte: u8) -> bool {
        self.0.get(usize::from(byte)).copied().unwrap_or(false)
    }
}

/// What the mention pass gathers for one organisation.
struct Found {
    /// Line index and offset of the first mention.
    first: (usize, usize),
    name: Option<String>,
    mentions: Vec<Mention>,
}

impl Found {
    fn new(first: (usize, usize)) -> Self {
        Found {
            first,
            name: None,
            mentions: Vec::new(),
        }
    }
}

/// A whitespace-separated word of a line, without surrounding punctuation.
#[derive(Clone, Copy, Debug)]
struct Token<'a> {
    /// The word without surrounding punctuation or a possessive "’s".
    word: &'a str,
    /// Where `word` starts in the line.
    start: usize,
    /// Where `word` ends in the line.
    end: usize,
    /// Whether the word ended in a possessive "’s".
    possessive: bool,
    /// Whether punctuation came before the word.
    punct_before: bool,
    /// Whether punctuation came after the word.
    punct_after: bool,
}

/// The whitespace-separated chunks of a line, made into tokens on demand:
/// most words are lowercase and never need more than their first byte.
struct Words<'a> {
    text: &'a str,
    chunks: Vec<Range<usize>>,
}

impl<'a> Words<'a> {
    fn new() -> Self {
        Words {
            text: "",
            chunks: Vec::new(),
        }
    }

    /// Splits `text` into chunks, reusing the buffer.
    fn split(&mut self, text: &'a str) {
        self.text = text;
        self.chunks.clear();
        let bytes = text.as_bytes();
        let mut idx = 0;
        while idx < bytes.len() {
            crate::work::tick(1);
            let (space, width) = space_at(text, idx);
            if space {
                idx += width;
                continue;
            }
            let start = idx;
            while let Some(&byte) = bytes.get(idx) {
                crate::work::tick(1);
                // Printable ASCII, the common case, is never a space.
                if byte > b' ' && byte < 0x80 {
                    idx += 1;
                    continue;
                }
                let (space, width) = space_at(text, idx);
                if space {
                    break;
                }
                idx += width;
            }
            self.chunks.push(start..idx);
        }
    }

    fn len(&self) -> usize {
        self.chunks.len()
    }

    /// The first byte of chunk `idx`, to skip words cheaply.
    fn first_byte(&self, idx: usize) -> Option<u8> {
        let chunk = self.chunks.get(idx)?;
        self.text.as_bytes().get(chunk.start).copied()
    }

    /// Token `idx`. A chunk longer than any word of a name is a token
    /// with no word, which joins nothing.
    fn get(&self, idx: usize) -> Option<Token<'a>> {
        let chunk = self.chunks.get(idx)?;
        if chunk.len() > MAX_WORD_BYTES {
            return Some(Token {
                word: "",
                start: chunk.start,
                end: chunk.start,
                possessive: false,
                punct_before: true,
                punct_after: true,
            });
        }
        token(self.text, chunk.clone())
    }

    /// The words of tokens `range`.
    fn words(&self, range: Range<usize>) -> impl Iterator<Item = &'a str> + '_ {
        self.tokens(range).map(|t| t.word)
    }

    /// Tokens `range`.
    fn tokens(&self, range: Range<usize>) -> impl Iterator<Item = Token<'a>> + '_ {
        range.filter_map(|idx| self.get(idx))
    }
}

/// Whether the character at byte `idx` of `text` is whitespace, and its
/// width. ASCII is classified by byte, other characters are decoded.
fn space_at(text: &str, idx: usize) -> (bool, usize) {
    match text.as_bytes().get(idx) {
        Some(&byte) if byte.is_ascii() => (byte.is_ascii_whitespace() || byte == 0x0b, 1),
        Some(_) => match text.get(idx..).and_then(|rest| rest.chars().next()) {
            Some(c) => (c.is_whitespace(), c.len_utf8()),
            None => (false, 1),
        },
        None => (false, 1),
    }
}

/// Where the chunk starting at `start` ends. `None` when it is longer than
/// a word.
fn chunk_end(text: &str, start: usize) -> Option<usize> {
    let mut idx = start;
    while idx < text.len() {
        crate::work::tick(1);
        let (space, width) = space_at(text, idx);
        if space {
            break;
        }
        idx += width;
        if idx - start > MAX_WORD_BYTES {
            return None;
        }
    }
    Some(idx)
}

/// The start of the chunk after the spaces that start at `pos`; `None` at
/// the end of the text or after a long run of spaces.
fn skip_space_ahead(text: &str, pos: usize) -> Option<usize> {
    let mut idx = pos;
    while idx < text.len() {
        crate::work::tick(1);
        let (space, width) = space_at(text, idx);
        if !space {
            return Some(idx);
        }
        idx += width;
        if idx - pos > MAX_WORD_BYTES {
            return None;
        }
    }
    None
}

/// Whether `c` belongs to a word's core rather than to punctuation round it.
fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric() || c == '&'
    } else {
        // Curly quotes and dashes are common and never letters.
        !matches!(c, '‘' | '’' | '“' | '”' | '–' | '—' | '…') && c.is_alphanumeric()
    }
}

/// The token for the whitespace-separated chunk `range` of `text`.
fn token(text: &str, range: Range<usize>) -> Option<Token<'_>> {
    let chunk = text.get(range.clone())?;
    // A plain word (letters or digits at both ends, no possessive) needs no
    // trimming: most words.
    let bytes = chunk.as_bytes();
    let plain_end = |b: Option<&u8>| b.is_some_and(u8::is_ascii_alphanumeric);
    // "’s" ends in 0x99 0x73, "'s" in 0x27 0x73.
    let possessive_s = bytes.ends_with(b"'s") || bytes.ends_with("’s".as_bytes());
    if plain_end(bytes.first()) && plain_end(bytes.last()) && !possessive_s {
        return Some(Token {
            word: chunk,
            start: range.start,
            end: range.end,
            possessive: false,
            punct_before: false,
            punct_after: false,
        });
    }
    let first_ok = chunk.chars().next().is_some_and(is_word_char);
    let core = if first_ok {
        chunk
    } else {
        chunk.trim_start_matches(|c: char| !is_word_char(c))
    };
    let lead = chunk.len() - core.len();
    let last_ok = core.chars().next_back().is_some_and(is_word_char);
    let core = if last_ok {
        core
    } else {
        core.trim_end_matches(|c: char| !is_word_char(c))
    };
    let trail = chunk.get(lead + core.len()..).unwrap_or("");
    // A plural possessive apostrophe ("Thomas’") does not end a phrase.
    let plural_possessive = core.ends_with('s') && matches!(trail, "’" | "'");
    let punct_after = !trail.is_empty() && !plural_possessive;
    let stem = if core.ends_with('s') {
        core.strip_suffix("’s")
            .or_else(|| core.strip_suffix("'s"))
            .filter(|w| !w.is_empty())
    } else {
        None
    };
    let (word, possessive) = match stem {
        Some(w) => (w, true),
        None => (core, false),
    };
    let start = range.start + lead;
    Some(Token {
        word,
        start,
        end: start + word.len(),
        possessive,
        punct_before: lead > 0,
        punct_after,
    })
}

/// Whether tokens `idx` and `idx + 1` are in one phrase (no punctuation
/// between them).
fn joined(toks: &Words<'_>, idx: usize) -> bool {
    match (toks.get(idx), toks.get(idx + 1)) {
        (Some(a), Some(b)) => !a.punct_after && !b.punct_before && !a.word.is_empty(),
        _ => false,
    }
}

/// A capitalised word that may be part of a name.
fn is_name_word(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) && !is_stop(word)
}

/// Whether `word` is never part of a name though capitalised: a
/// determiner, sentence adverb or conjunction, title, month or day.
fn is_stop(word: &str) -> bool {
    // Every stop word is short ASCII: fold into a buffer, no allocation.
    let mut buf = [0u8; 12];
    let Some(dst) = buf.get_mut(..word.len()) else {
        return false;
    };
    dst.copy_from_slice(word.as_bytes());
    dst.make_ascii_lowercase();
    matches!(
        &*dst,
        b"a" | b"according"
            | b"after"
            | b"all"
            | b"also"
            | b"although"
            | b"an"
            | b"and"
            | b"another"
            | b"april"
            | b"as"
            | b"at"
            | b"august"
            | b"baroness"
            | b"because"
            | b"before"
            | b"both"
            | b"but"
            | b"by"
            | b"chair"
            | b"chairman"
            | b"chairwoman"
            | b"chief"
            | b"co-chair"
            | b"dame"
            | b"december"
            | b"deputy"
            | b"despite"
            | b"director"
            | b"dr"
            | b"during"
            | b"each"
            | b"earlier"
            | b"elsewhere"
            | b"even"
            | b"every"
            | b"february"
            | b"following"
            | b"for"
            | b"former"
            | b"friday"
            | b"from"
            | b"head"
            | b"her"
            | b"his"
            | b"how"
            | b"however"
            | b"if"
            | b"in"
            | b"its"
            | b"january"
            | b"july"
            | b"june"
            | b"just"
            | b"lady"
            | b"last"
            | b"later"
            | b"leader"
            | b"like"
            | b"lord"
            | b"many"
            | b"march"
            | b"may"
            | b"meanwhile"
            | b"minister"
            | b"miss"
            | b"monday"
            | b"most"
            | b"mp"
            | b"mr"
            | b"mrs"
            | b"ms"
            | b"my"
            | b"next"
            | b"no"
            | b"not"
            | b"november"
            | b"now"
            | b"october"
            | b"officer"
            | b"on"
            | b"only"
            | b"or"
            | b"other"
            | b"our"
            | b"over"
            | b"president"
            | b"prof"
            | b"professor"
            | b"recently"
            | b"saturday"
            | b"secretary"
            | b"separately"
            | b"september"
            | b"since"
            | b"sir"
            | b"so"
            | b"some"
            | b"such"
            | b"sunday"
            | b"that"
            | b"the"
            | b"their"
            | b"then"
            | b"these"
            | b"this"
            | b"those"
            | b"though"
            | b"thursday"
            | b"today"
            | b"tomorrow"
            | b"tuesday"
            | b"under"
            | b"unlike"
            | b"vice-chair"
            | b"wednesday"
            | b"what"
            | b"when"
            | b"where"
            | b"which"
            | b"while"
            | b"who"
            | b"whose"
            | b"why"
            | b"with"
            | b"without"
            | b"yesterday"
            | b"yet"
            | b"your"
    )
}

/// Whether `word` is a noun that ends an organisation's name
/// (case-sensitive: "Trust", not "trust").
fn is_head(word: &str) -> bool {
    matches!(
        word,
        "Academy"
            | "Agency"
            | "Alliance"
            | "Association"
            | "Authority"
            | "Board"
            | "CCG"
            | "Center"
            | "Centre"
            | "College"
            | "Commission"
            | "Commissioners"
            | "Committee"
            | "Company"
            | "Confederation"
            | "Corporation"
            | "Council"
            | "Department"
            | "Faculty"
            | "Federation"
            | "Foundation"
            | "Fund"
            | "Group"
            | "Inc"
            | "Institute"
            | "Journal"
            | "LLP"
            | "Limited"
            | "Ltd"
            | "Ministry"
            | "Network"
            | "Office"
            | "Organisation"
            | "Organization"
            | "PLC"
            | "Partnership"
            | "Party"
            | "Service"
            | "Society"
            | "Trust"
            | "Union"
            | "University"
            | "plc"
    )
}

fn is_all_caps(word: &str) -> bool {
    let letters = word.trim_end_matches('s');
    letters.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && letters
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase())
}

/// Token ranges of the organisation names in tokens `toks`.
fn candidates(toks: &Words<'_>) -> Vec<Range<usize>> {
    (0..toks.len())
        .flat_map(|idx| candidates_at(toks, idx))
        .collect()
}

/// Token ranges of the organisation names anchored at token `idx`: a head
/// noun, "NHS", or a pollster.
fn candidates_at(toks: &Words<'_>, idx: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let Some(tok) = toks.get(idx) else {
        return out;
    };
    let word = tok.word;
    if is_head(word) && (is_name_word(word) || LOWER_HEADS.contains(&word)) {
        out.extend(headed_name(toks, idx));
    }
    if word == "NHS" {
        out.extend(nhs_body(toks, idx));
    }
    out.extend(pollster(toks, idx, tok));
    out
}

/// The name ending in the head noun at `head`, or starting with it and
/// going on with an "of"/"for" phrase.
fn headed_name(toks: &Words<'_>, head: usize) -> Option<Range<usize>> {
    let head_tok = toks.get(head)?;
    // The head must end the capitalised run (or lead into an "of" phrase):
    // the "Service" of "Health Service Journal" is not a name's end.
    let next_continues = !head_tok.possessive
        && joined(toks, head)
        && toks.get(head + 1).is_some_and(|t| is_name_word(t.word));
    if next_continues {
        return None;
    }
    let tail_end = if NO_TAIL.contains(&head_tok.word) {
        None
    } else {
        tail(toks, head)
    };
    let first = extend_left(toks, head);
    let last = tail_end.unwrap_or(head);
    let distinctive = toks
        .words(first..last + 1)
        .any(|w| is_name_word(w) && !is_head(w) && w != "NHS");
    distinctive.then_some(first..last + 1)
}

/// The first token of the name whose head is at `head`.
fn extend_left(toks: &Words<'_>, head: usize) -> usize {
    let mut first = head;
    let mut steps = 0;
    while steps < MAX_EXTEND {
        crate::work::tick(1);
        let Some(prev) = first.checked_sub(1) else {
            break;
        };
        let Some(prev_tok) = toks.get(prev) else {
            break;
        };
        if !joined(toks, prev) {
            break;
        }
        if is_name_word(prev_tok.word) {
            first = prev;
            steps += 1;
            continue;
        }
        // "Leeds and Wakefield CCG": "and" between two plain capitalised
        // words, the first of them not itself ending another name.
        if matches!(prev_tok.word, "and" | "&") {
            let Some(before) = prev.checked_sub(1) else {
                break;
            };
            let ok = joined(toks, before)
                && toks.get(before).is_some_and(|t| {
                    is_name_word(t.word) && !is_head(t.word) && !is_all_caps(t.word)
                });
            if ok {
                first = before;
                steps += 2;
                continue;
            }
        }
        break;
    }
    first
}

/// The last token of an "of"/"for" phrase after the head at `head`
/// ("Department of Health and Social Care"), if there is one.
fn tail(toks: &Words<'_>, head: usize) -> Option<usize> {
    let mut last = head;
    let mut steps = 0;
    while steps < MAX_EXTEND {
        crate::work::tick(1);
        if toks.get(last).is_none_or(|t| t.possessive) || !joined(toks, last) {
            break;
        }
        let Some(link) = toks.get(last + 1) else {
            break;
        };
        let is_link = match link.word {
            "of" | "for" => true,
            "and" | "&" => last != head,
            _ => false,
        };
        let next_ok = joined(toks, last + 1)
            && toks.get(last + 2).is_some_and(|t| {
                is_name_word(t.word)
                    && !(link.word != "of" && link.word != "for" && is_all_caps(t.word))
            });
        if !is_link || !next_ok {
            break;
        }
        last += 2;
        steps += 2;
        while steps < MAX_EXTEND
            && toks.get(last).is_some_and(|t| !t.possessive)
            && joined(toks, last)
            && toks.get(last + 1).is_some_and(|t| is_name_word(t.word))
        {
            crate::work::tick(1);
            last += 1;
            steps += 1;
        }
    }
    (last != head).then_some(last)
}

/// "NHS England", "NHS Lothian": "NHS" and a body's name, when the name is
/// a known national body or a single capitalised word ending the run.
fn nhs_body(toks: &Words<'_>, nhs: usize) -> Option<Range<usize>> {
    if !joined(toks, nhs) {
        return None;
    }
    let body = toks.get(nhs + 1)?;
    if NHS_BODIES.contains(&body.word) {
        return Some(nhs..nhs + 2);
    }
    let ends_run = body.possessive
        || !joined(toks, nhs + 1)
        || toks.get(nhs + 2).is_none_or(|t| !is_name_word(t.word));
    let plain = is_name_word(body.word)
        && !is_head(body.word)
        && !is_all_caps(body.word)
        && !body.word.ends_with('s')
        && body.word.chars().all(char::is_alphabetic);
    (ends_run && plain).then_some(nhs..nhs + 2)
}

/// A pollster's name at `idx` (whose token is `tok`).
fn pollster(toks: &Words<'_>, idx: usize, tok: Token<'_>) -> Option<Range<usize>> {
    if !tok.word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let (_, second) = POLLSTERS
        .iter()
        .find(|(first, _)| tok.word.eq_ignore_ascii_case(first))?;
    let with_second = second.is_some_and(|second| {
        !tok.possessive
            && joined(toks, idx)
            && toks
                .get(idx + 1)
                .is_some_and(|t| t.word.eq_ignore_ascii_case(second))
    });
    Some(if with_second {
        idx..idx + 2
    } else {
        idx..idx + 1
    })
}

/// Whether an acronym's long form (tokenised) names an organisation: it
/// passes the name rules as a whole, or, the acronym vouching for it being
/// a name, it is capitalised and ends in a head noun or a nation.
fn long_form_is_organisation(toks: &Words<'_>) -> bool {
    let n_words = toks.len();
    if n_words == 0 {
        return false;
    }
    if candidates(toks).contains(&(0..n_words)) {
        return true;
    }
    let is_joiner = |w: &str| matches!(w, "and" | "&" | "of" | "for" | "the");
    let n_lowercase = toks
        .words(0..n_words)
        .filter(|w| !w.chars().next().is_some_and(char::is_uppercase) && !is_joiner(w))
        .count();
    let first_capitalised = toks.get(0).is_some_and(|t| is_name_word(t.word));
    let last = n_words.checked_sub(1).and_then(|last| toks.get(last));
    // "Sport England (SE)": a capitalised name ending in a nation.
    let nation = last.is_some_and(|t| NATIONS.contains(&t.word)) && n_lowercase == 0;
    // "Medicines and Healthcare products Regulatory Agency (MHRA)": a
    // name ending in a head noun, with a lowercase word at most.
    let headed = last.is_some_and(|t| is_head(t.word)) && n_lowercase <= 1;
    n_words >= 2 && first_capitalised && (nation || headed)
}

/// Names as sequences of case-folded words, each numbered.
#[derive(Clone)]
struct Trie {
    /// The children of each node by folded word; node 0 is the root.
    children: Vec<BTreeMap<String, usize>>,
    /// The name number of each node, if a name ends there.
    ends: Vec<Option<usize>>,
    n_names: usize,
}

impl Default for Trie {
    fn default() -> Self {
        Trie {
            children: vec![BTreeMap::new()],
            ends: vec![None],
            n_names: 0,
        }
    }
}

impl Trie {
    /// Adds a name, returning its number (the existing one if it is known).
    /// A possessive word inside the name keeps its "'s" ("King’s Fund");
    /// the last word's is no part of the name ("NHS England’s").
    fn insert<'t>(&mut self, tokens: impl Iterator<Item = Token<'t>>) -> usize {
        let mut node = 0;
        let mut buf = String::new();
        let mut tokens = tokens.peekable();
        while let Some(tok) = tokens.next() {
            crate::work::tick(1);
            let inner = tokens.peek().is_some();
            key_into(tok, inner, &mut buf);
            let next = self.children.len();
            let Some(children) = self.children.get_mut(node) else {
                break;
            };
            if let Some(&child) = children.get(buf.as_str()) {
                node = child;
                continue;
            }
            children.insert(buf.clone(), next);
            self.children.push(BTreeMap::new());
            self.ends.push(None);
            node = next;
        }
        let Some(end) = self.ends.get_mut(node) else {
            return usize::MAX;
        };
        *end.get_or_insert_with(|| {
            self.n_names += 1;
            self.n_names - 1
        })
    }

    /// The first bytes of the names' first words (folded).
    fn first_letters(&self) -> ByteSet {
        let mut set = ByteSet::default();
        for word in self.children.first().into_iter().flat_map(BTreeMap::keys) {
            crate::work::tick(1);
            set.insert_first(word);
        }
        set
    }

    /// Whether some name starts with the word of `tok`. `buf` is scratch
    /// space.
    fn starts_name(&self, tok: Token<'_>, buf: &mut String) -> bool {
        let Some(root) = self.children.first() else {
            return false;
        };
        key_into(tok, false, buf);
        if root.contains_key(buf.as_str()) {
            return true;
        }
        key_into(tok, true, buf);
        tok.possessive && root.contains_key(buf.as_str())
    }

    /// The longest name whose first word is `first`, the word of the
    /// chunk of `text` ending at `chunk_end`: the byte where the name ends
    /// and its number. Later words are split off one by one, only as far
    /// as the names go. `buf` is scratch space.
    fn longest_at(
        &self,
        text: &str,
        first: Token<'_>,
        chunk_end: usize,
        buf: &mut String,
    ) -> Option<(usize, usize)> {
        if !first.word.chars().next().is_some_and(char::is_uppercase) {
            return None;
        }
        let mut node = 0;
        let mut best = None;
        let mut tok = first;
        let mut pos = chunk_end;
        for n_words in 0..MAX_NAME_WORDS {
            crate::work::tick(1);
            if n_words > 0 {
                if tok.punct_after || tok.word.is_empty() {
                    break;
                }
                let Some(next) = next_token(text, pos) else {
                    break;
                };
                if next.0.punct_before {
                    break;
                }
                (tok, pos) = next;
            }
            let children = self.children.get(node)?;
            // A possessive may end a name ("NHS England’s") ...
            key_into(tok, false, buf);
            if let Some(&end_node) = children.get(buf.as_str()) {
                if let Some(&Some(name)) = self.ends.get(end_node) {
                    best = Some((tok.end, name));
                }
                if !tok.possessive {
                    node = end_node;
                    continue;
                }
            }
            // ... or be part of it ("King’s Fund").
            if !tok.possessive {
                break;
            }
            key_into(tok, true, buf);
            let Some(&inner_node) = children.get(buf.as_str()) else {
                break;
            };
            node = inner_node;
        }
        best
    }
}

/// The token of the chunk after the spaces at `pos`, and where the chunk
/// ends.
fn next_token(text: &str, pos: usize) -> Option<(Token<'_>, usize)> {
    let start = skip_space_ahead(text, pos)?;
    let end = chunk_end(text, start)?;
    if end == start {
        return None;
    }
    Some((token(text, start..end)?, end))
}

/// The trie key of `tok` into `buf`: its word folded, with "'s" when it is
/// a possessive inside a name (`inner`).
fn key_into(tok: Token<'_>, inner: bool, buf: &mut String) {
    fold_into(tok.word, buf);
    if inner && tok.possessive {
        buf.push_str("'s");
    }
}

/// `word` folded for comparison into `buf`: lower case, one kind of
/// apostrophe.
fn fold_into(word: &str, buf: &mut String) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
        return;
    }
    for c in word.chars() {
        crate::work::tick(1);
        if c == '’' {
            buf.push('\'');
        } else {
            buf.extend(c.to_lowercase());
        }
    }
}

/// `s` with every run of whitespace replaced by one space.
fn collapse(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crosscheck_model::Role;

    /// Runs acronyms then organisations on `text` (lines split on `\n`) and
    /// compares "name (ACRONYM) xMENTIONS" for each organisation, in order.
    fn check(text: &str, expected: &[&str]) {
        let paras = paras(text);
        let acronyms = crate::acronyms::acronyms(&paras);
        let orgs = organisations(&paras, &acronyms);
        for org in &orgs {
            for m in &org.mentions {
                let words = m.span.text(text).expect("mention on char boundaries");
                let same = words.eq_ignore_ascii_case(&org.name)
                    || org.acronym.as_deref() == Some(words)
                    || collapse(words).eq_ignore_ascii_case(&org.name);
                assert!(same, "mention {words:?} of {org:?}");
            }
        }
        let got: Vec<String> = orgs
            .iter()
            .map(|o| {
                let acr = o
                    .acronym
                    .as_deref()
                    .map(|a| format!(" ({a})"))
                    .unwrap_or_default();
                format!("{}{acr} x{}", o.name, o.mentions.len())
            })
            .collect();
        assert_eq!(got, expected, "in {text:?}");
    }

    fn paras(text: &str) -> Vec<Para<'_>> {
        let mut out = Vec::new();
        let mut start = 0;
        for (idx, line) in text.split('\n').enumerate() {
            out.push(Para {
                line: u32::try_from(idx + 1).unwrap(),
                start: u32::try_from(start).unwrap(),
                text: line,
                role: Role::Body,
                sentences: &[],
            });
            start += line.len() + 1;
        }
        out
    }

    /// A first pass over every line gives the selected lines the
    /// organisations a pass over them alone gives, whatever the lines.
    mod selection {
        use super::*;
        use proptest::prelude::*;

        fn line() -> impl Strategy<Value = String> {
            let words = prop::sample::select(vec![
                "the",
                "Health",
                "Foundation",
                "said",
                "NHS",
                "England",
                "and",
                "Leeds",
                "CCG",
                "of",
                "Royal",
                "College",
                "Nursing",
                "(RCN)",
                "RCN",
                "Ipsos",
                "MORI",
                "Trust",
                "Council",
                "Care",
                "Quality",
                "Commission",
                "(CQC)",
                "CQC",
                "told",
                "Wales,",
                "King’s",
                "Fund",
                "plc",
                "Capita",
                "Department",
                "for",
                "Education.",
            ]);
            prop::collection::vec(words, 0..12).prop_map(|w| w.join(" "))
        }

        proptest! {
            #[test]
            fn selected_lines_alone(
                lines in prop::collection::vec((line(), any::<bool>()), 0..6),
            ) {
                let text = lines.iter().map(|(l, _)| l.as_str()).collect::<Vec<_>>().join("\n");
                let mut paras = paras(&text);
                for (para, (_, body)) in paras.iter_mut().zip(&lines) {
                    if !body {
                        para.role = Role::Headline;
                    }
                }
                let acronyms = crate::acronyms::acronyms(&paras);
                let scan = Scan::new(&paras, &acronyms, |p| p.role == Role::Body);
                prop_assert_eq!(scan.all(), organisations(&paras, &acronyms));
                let body: Vec<Para<'_>> =
                    paras.iter().copied().filter(|p| p.role == Role::Body).collect();
                prop_assert_eq!(scan.selected(), organisations(&body, &acronyms));
            }
        }
    }

    #[test]
    fn head_noun_after_determiner() {
        check(
            "Analysts at the Health Foundation said so.",
            &["Health Foundation x1"],
        );
    }
    #[test]
    fn acronym_defined_and_used() {
        check(
            "The Royal College of Nursing (RCN) balloted members.\nThe RCN said pay had fallen.",
            &["Royal College of Nursing (RCN) x3"],
        );
    }
    #[test]
    fn acronym_defined_in_reverse() {
        check(
            "The GMC (General Medical Council) struck him off, and the GMC said why.",
            &["General Medical Council (GMC) x3"],
        );
    }
    #[test]
    fn case_variants_are_one_organisation() {
        check(
            "A poll by Ipsos Mori found support.\nThe IPSOS MORI figures, like YouGov’s, differ from ipsos mori data.",
            &["Ipsos Mori x2", "YouGov x1"],
        );
    }
    #[test]
    fn person_is_not_an_organisation() {
        check(
            "Dr Jane Webb said the plan was sound, Professor Ali Khan agreed.",
            &[],
        );
    }
    #[test]
    fn lone_capitalised_words_are_not_organisations() {
        check(
            "Council leaders met. Trust was low. Fund managers left.",
            &[],
        );
    }
    #[test]
    fn lowercase_heads_are_not_names() {
        check(
            "The trust said the local fund and the health service were stretched.",
            &[],
        );
    }
    #[test]
    fn department_with_phrase() {
        check(
            "A Department for Education spokeswoman and the Office for National Statistics disagreed.",
            &[
                "Department for Education x1",
                "Office for National Statistics x1",
            ],
        );
    }
    #[test]
    fn joined_place_names() {
        check(
            "Leeds and Wakefield CCG will merge.",
            &["Leeds and Wakefield CCG x1"],
        );
    }
    #[test]
    fn two_organisations_joined_by_and() {
        check(
            "The Wellcome Trust and Health Foundation funded it.",
            &["Wellcome Trust x1", "Health Foundation x1"],
        );
    }
    #[test]
    fn nhs_bodies() {
        check(
            "NHS Providers and NHS Digital replied, but the NHS Long Term Plan did not.",
            &["NHS Providers x1", "NHS Digital x1"],
        );
    }
    #[test]
    fn nhs_body_inside_longer_run_and_possessive() {
        check(
            "NHS England’s Regional Teams met NHS England staff.",
            &["NHS England x2"],
        );
    }
    #[test]
    fn generic_nhs_trusts() {
        check(
            "Every NHS Foundation Trust and each NHS Trust must report.",
            &[],
        );
    }
    #[test]
    fn possessive_inside_a_name_must_match() {
        check(
            "The St Mary’s Trust and the Mary’s Fund met, but St Mary Trust did not.",
            &["St Mary’s Trust x1", "Mary’s Fund x1", "St Mary Trust x1"],
        );
    }
    #[test]
    fn possessive_head() {
        check("The Wellcome Trust’s grant ended.", &["Wellcome Trust x1"]);
    }
    #[test]
    fn title_before_and_after() {
        check(
            "Chief Executive of the British Medical Association, Tom Lee, and Health Foundation Chief Economist Ann Roe spoke.",
            &["British Medical Association x1", "Health Foundation x1"],
        );
    }
    #[test]
    fn companies() {
        check(
            "Contracts went to Capita plc and Acme Health Ltd last year.",
            &["Capita plc x1", "Acme Health Ltd x1"],
        );
    }
    #[test]
    fn publication() {
        check(
            "The British Medical Journal and the Local Government Chronicle reported it.",
            &["British Medical Journal x1"],
        );
    }
    #[test]
    fn nation_body_needs_acronym() {
        check(
            "Sport England (SE) funds clubs; Sport England said SE would grow.",
            &["Sport England (SE) x4"],
        );
        check("Sport England funds clubs.", &[]);
    }
    #[test]
    fn acronym_long_form_with_lowercase_word() {
        check(
            "Officials at the Medicines and Healthcare products Regulatory Agency (MHRA) said the MHRA would act.",
            &["Medicines and Healthcare products Regulatory Agency (MHRA) x3"],
        );
    }
    #[test]
    fn acronym_spelling_the_article() {
        check(
            "The Wellcome Trust (TWT) funds research; TWT grants grew.",
            &["Wellcome Trust (TWT) x3"],
        );
    }
    #[test]
    fn acronym_for_a_kind_is_not_an_organisation() {
        check(
            "Integrated care boards (ICBs) and the Quality and Outcomes Framework (QOF) changed.",
            &[],
        );
    }
    #[test]
    fn acronym_inside_longer_name() {
        check(
            "The Royal College of Nursing (RCN) and its RCN Council clashed.",
            &["Royal College of Nursing (RCN) x2", "RCN Council x1"],
        );
    }
    #[test]
    fn sentence_adverb_not_included() {
        check(
            "Yesterday Wellcome Trust staff left. In March Health Foundation staff did too.",
            &["Wellcome Trust x1", "Health Foundation x1"],
        );
    }
    #[test]
    fn chained_heads() {
        check(
            "Guy’s and St Thomas’ NHS Foundation Trust told the Health Service Journal.",
            &[
                "Guy’s and St Thomas’ NHS Foundation Trust x1",
                "Health Service Journal x1",
            ],
        );
    }
}
