//! Quotations in the headline, standfirst and body of an article, and who
//! said them.
//!
//! Two steps per paragraph, both linear in its length:
//!
//! 1. **Marks.** One pass over the quotation marks (`“ ” ‘ ’ „ ‚` and the
//!    straight `"` and `'`) with a small stack, so nested quotations stay
//!    inside the outer one. Whether a mark opens or closes is read from the
//!    characters around it; a `’` or `'` between letters or digits is an
//!    apostrophe (didn’t, King’s, 100’s), one before two digits is an
//!    elision (’90s), and a plural possessive (CCGs’ budget) closes nothing
//!    while a later closing mark is still to come. A quotation still open at
//!    the end of a paragraph goes on into the next paragraph when that one
//!    opens with a mark, or has no opening mark but a closing one.
//! 2. **Attribution**, from the words of the sentence around the quotation,
//!    first rule that gives a source: the nearest speech verb before it and
//!    its subject ("X said:", "X, chair of Y, said", "Y president X
//!    commented", "a report by X claims", "the Z (ZZ), which described them
//!    as", "as one GP put it", "X called on Y to …"; for a participle with
//!    no subject since the previous quotation, the sentence's subject read
//!    around the quotations), or the verb reporting its clause when that
//!    clause's subject is a document or a pronoun ("X said the figures show
//!    …": X); an attribution right after it ("“…,” said X", "“…,” he
//!    urged"); "according to X" before it; a closing ", X said." clause of
//!    the sentence; a person named as the subject of a new clause since the
//!    previous quotation, else that quotation's source ("Some said it was
//!    “a,” with “b”"); "according to X" after it; the quotation a
//!    continuation paragraph carries on; and, for a quotation standing as
//!    its own sentence, the previous quotation's speaker in the paragraph
//!    (or, for a paragraph that is only a quotation, the previous
//!    paragraph's last speaker, or the subject of its reported speech when
//!    it quoted nothing).
//!
//! Pronouns: "he" and "she" resolve to the latest person (a speaker, named
//! or not, or a person named in the paragraph) not known to be of the other
//! gender, never to an organisation or a document; "it" to the latest
//! organisation or document, "they" to the latest source that is not a
//! document. The subject of reported speech ("Ann Lee, a GP, said the rota
//! was unworkable.") counts as a speaker for pronouns in its own and the
//! next paragraph, and a document or organisation opening a sentence
//! without speech ("The audit is damning.") is the first choice for "it" or
//! "they" in the next sentence. Surnames and "Sir" + first name resolve to
//! the full name given earlier, a definite title ("the minister") to the
//! person given it, "No 10" to the office, and passive speech verbs without
//! an agent to the latest source in the paragraph.
//!
//! A share as a subject ("64% said", "one in five of the carers polled
//! called it") speaks for the group it is a share of: the words after its
//! "of", a fronted "Of the carers polled,", the people counted last before
//! it in the paragraph, or else the people the latest survey sentence
//! counts ("a poll of 2,000 adults"); a number is never a speaker.
//!
//! The headline and the standfirst are read each on its own, with the same
//! rules and nothing carried into or out of them, plus one of their own: a
//! source before the line's first colon ("Midwives: rotas ‘at breaking
//! point’") attributes the quotations after it, unless it is a section
//! label or a topic rather than someone or something that speaks. There,
//! a quotation without a source is never listed.
//!
//! A few words quoted inside the writer's own sentence with no source (scare
//! quotes, "so-called" and "a scheme called “…”" names) are not listed; a
//! quotation that stands as its own sentence, or follows a speech verb whose
//! subject cannot be resolved ("It said"), is listed with no speaker.

use std::ops::Range;

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;
use crosscheck_model::{Gender, Person, Quote, Role, Span};
use memchr::memchr3;

use crate::Para;
use crate::lexicon::Lexicon;
use crate::people::{
    self, CONNECTORS, Naming, People, Tok, Tokens, honorific, in_list, is_acronym, is_cap, is_det,
    is_lower, is_postnominal, is_role_phrase, is_stop_cap, is_title_word, name_like, role_phrase,
    strip_possessive, tokenize,
};

/// Quotations and people found in the lines of one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Extraction {
    /// Attributed quotations, in line order; a quotation running over
    /// several paragraphs gives one entry per paragraph.
    pub quotes: Vec<Quote>,
    /// People named in the body, in order of first naming.
    pub people: Vec<Person>,
}

/// Quotations (with speakers) and people in the lines of one article, in order.
///
/// Body lines ([`Role::Body`]) are read in turn: a quotation carries over
/// from one body line to the next in `paras`, whatever their line numbers,
/// and so do the sources pronouns stand for. The headline and the standfirst
/// are read each on its own, after the body (so that a surname there
/// resolves to the full name the body gives), with nothing carried into or
/// out of them; there a quotation is listed only with a source, and a
/// source before a colon attributes the quotations after it ("Union: staff
/// ‘at breaking point’"). Other lines are not read.
pub fn extract(paras: &[Para<'_>]) -> Extraction {
    let mut ex = Extractor::default();
    for para in paras.iter().filter(|p| p.role == Role::Body) {
        crate::work::tick(1);
        ex.para(para);
    }
    let Extractor { people, found, .. } = ex;
    let mut quotes = Vec::new();
    for para in paras
        .iter()
        .filter(|p| matches!(p.role, Role::Headline | Role::Standfirst))
    {
        let mut head = Extractor {
            people: people.clone(),
            header: true,
            ..Extractor::default()
        };
        head.para(para);
        quotes.extend(to_quotes(head.found, &head.people));
    }
    quotes.extend(to_quotes(found, &people));
    // header lines come first in an article, but the order is the lines'
    quotes.sort_by_key(|q| q.line);
    Extraction {
        quotes,
        people: people.finish(paras),
    }
}

/// The quotations found, with the speakers' names from `people`.
fn to_quotes(found: Vec<Found>, people: &People) -> impl Iterator<Item = Quote> {
    found.into_iter().map(|f| Quote {
        line: f.line,
        speaker: f.who.map(|who| match who {
            Who::Person(idx) => people.name(idx),
            Who::Named(name, _) => name,
        }),
        text: f.text,
        span: f.span,
        speaker_span: f.speaker_span,
        continued: f.continued,
    })
}

// ---------------------------------------------------------------------------
// Speech verbs

/// Verbs that introduce or attribute speech or writing, as written in lower
/// case. Base forms serve plural subjects ("critics say").
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "say", "says", "said", "saying", "add", "adds", "added", "adding", "comment", "commented",
    "commenting", "continue", "continues", "continued", "claim", "claims", "claimed", "claiming",
    "warn", "warns", "warned", "warning", "tell", "tells", "told", "telling", "urge", "urges",
    "urged", "urging", "explain", "explains", "explained", "explaining", "suggest", "suggests",
    "suggested", "suggesting", "stress", "stresses", "stressed", "stressing", "insist", "insists",
    "insisted", "insisting", "argue", "argues", "argued", "arguing", "notes", "noted", "noting",
    "admit", "admits", "admitted", "admitting", "concede", "concedes", "conceded", "conclude",
    "concludes", "concluded", "reads", "write", "writes", "wrote", "writing", "states", "stated",
    "describe", "describes", "described", "describing", "ruled", "rules", "announce", "announces",
    "announced", "declare", "declares", "declared", "reveal", "reveals", "revealed", "reports",
    "reported", "predict", "predicts", "predicted", "agree", "agrees", "agreed", "acknowledge",
    "acknowledges", "acknowledged", "ask", "asks", "asked", "replied", "replies", "respond",
    "responds", "responded", "remarked", "observes", "observed", "emphasise", "emphasises",
    "emphasised", "emphasize", "emphasizes", "emphasized", "highlights", "highlighted", "recalls",
    "recalled", "confirm", "confirms", "confirmed", "complain", "complains", "complained",
    "criticise", "criticises", "criticised", "criticize", "criticizes", "criticized", "promise",
    "promises", "promised", "pledged", "vowed", "tweeted", "recommend", "recommends",
    "recommended", "propose", "proposes", "proposed", "advise", "advises", "advised", "find",
    "finds", "found", "show", "shows", "showed", "maintain", "maintains", "maintained", "contend",
    "contends", "contended", "cautioned", "reiterated", "repeated", "feel", "feels", "felt",
    "believe", "believes", "believed", "think", "thinks", "thought", "expressed", "welcome",
    "welcomes", "welcomed", "hailed", "accused", "demanded", "quipped", "boasted", "wondered",
    "dismissed", "dismisses",
];

/// Verbs that need a particle ("pointed out", "went on").
const PARTICLE_VERBS: &[(&str, &str)] = &[
    ("pointed", "out"),
    ("points", "out"),
    ("point", "out"),
    ("went", "on"),
    ("goes", "on"),
    ("called", "for"),
    ("calls", "for"),
    ("call", "for"),
    ("calling", "for"),
    ("called", "on"),
    ("calls", "on"),
    ("call", "on"),
    ("calling", "on"),
    ("put", "it"),
    ("puts", "it"),
];

/// Naming verbs that attribute only with an object ("called it “…”"; "a
/// scheme called “…”" is a name, not a quotation).
const NAMING_VERBS: &[&str] = &[
    "called", "calls", "call", "dubbed", "dubs", "branded", "brands", "labelled", "labels",
    "labeled", "termed", "terms",
];

/// Every verb of the three lists, for a quick first test (every token of
/// every window is tested).
static ANY_VERB: LazyLock<Lexicon> = LazyLock::new(|| {
    Lexicon::new(
        SPEECH_VERBS
            .iter()
            .chain(NAMING_VERBS)
            .chain(PARTICLE_VERBS.iter().map(|(v, _)| v)),
    )
});

/// Whether `word` (as written) is a speech verb, without looking at its
/// context.
pub(crate) fn is_speech_verb(word: &str) -> bool {
    ANY_VERB.contains(word)
}

#[derive(Clone, Copy, Debug)]
struct Verb {
    idx: usize,
    /// Token after the verb and its particle.
    end: usize,
    /// An -ing form: its subject is the clause's ("…, adding: “…”").
    participle: bool,
}

/// The speech verb at token `v`, in context: not after a determiner ("the
/// claims"), with its particle, with an object for naming verbs.
fn speech_verb_at(toks: &[Tok<'_>], v: usize) -> Option<Verb> {
    let t = toks.get(v)?;
    if !t.word || !is_speech_verb(t.text) {
        return None;
    }
    let w = t.text;
    let next = toks.get(v + 1);
    let particle = PARTICLE_VERBS
        .iter()
        .any(|(verb, particle)| *verb == w && next.is_some_and(|n| n.is(particle)));
    let end = if particle {
        v + 2
    } else if NAMING_VERBS.contains(&w) {
        let object = next.is_some_and(|n| {
            n.is_any(&[
                "it", "them", "this", "that", "him", "her", "the", "a", "an", "these", "those",
                "its", "their",
            ])
        });
        if !object {
            return None;
        }
        v + 1
    } else if SPEECH_VERBS.contains(&w) {
        v + 1
    } else {
        return None;
    };
    if v > 0 && toks.get(v - 1).is_some_and(is_det) {
        return None;
    }
    Some(Verb {
        idx: v,
        end,
        participle: w.ends_with("ing"),
    })
}

/// The last speech verb among `toks`.
fn last_speech_verb(toks: &[Tok<'_>]) -> Option<Verb> {
    (0..toks.len()).rev().find_map(|v| speech_verb_at(toks, v))
}

/// Most speech verbs followed outwards from a nested one.
const MAX_NESTING: usize = 6;

/// The speech verb that reports the clause of speech verb `verb` when that
/// clause's subject is no speaker of its own ("X said the results showed
/// that …", "X says it shows …": "said", "says"), followed outwards; else
/// `verb`. A clause with a subject that can speak ("X said the council
/// called it …") keeps its own verb.
fn outer_verb(toks: &[Tok<'_>], mut verb: Verb) -> Verb {
    for _ in 0..MAX_NESTING {
        crate::work::tick(1);
        let before = subject_before(toks, verb.idx, 0);
        if before.passive {
            break;
        }
        let start = match before.subj {
            Subj::Pronoun(k) => k,
            Subj::Phrase { a, b: None } if !can_speak(toks, a.clone()) => a.start,
            _ => break,
        };
        let mut end = start;
        if end > 0 && toks.get(end - 1).is_some_and(|t| t.is("that")) {
            end -= 1;
        }
        let outer = (end.saturating_sub(2)..end)
            .filter_map(|u| speech_verb_at(toks, u))
            .find(|o| o.end == end && !o.participle);
        match outer {
            Some(o) => verb = o,
            None => break,
        }
    }
    verb
}

/// Whether the noun phrase `np` names something that speaks for itself:
/// anything but a document, data or findings ("the results", "the
/// figures for May").
fn can_speak(toks: &[Tok<'_>], np: Range<usize>) -> bool {
    let slice = toks.get(np).unwrap_or(&[]);
    let head_end = slice
        .iter()
        .skip(1)
        .position(|t| t.is_in(&SPLIT_PREPS_LEXICON))
        .map_or(slice.len(), |k| k + 1);
    !slice
        .get(..head_end)
        .and_then(<[Tok<'_>]>::last)
        .is_some_and(|t| is_doc_noun(t) && is_lower(t.text))
}

// ---------------------------------------------------------------------------
// Word lists for subjects

/// Words that end a subject phrase when walking back from its verb.
#[rustfmt::skip]
const STOP_WORDS: &[&str] = &[
    "that", "but", "or", "nor", "yet", "so", "after", "before", "as", "when", "while", "whilst",
    "because", "if", "although", "though", "since", "where", "whether", "instead", "then", "once",
    "until", "unless", "whereas", "than", "is", "are", "was", "were", "be", "been", "being", "am",
    "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
    "shall", "do", "does", "did", "not", "to", "there", "here", "it", "he", "she", "they", "we",
    "i", "you", "him", "them", "us", "me", "what", "how", "why", "also", "now", "however",
    "meanwhile", "according", "given", "including", "with", "without", "despite", "amid",
    "during", "like", "unlike", "about", "which", "who", "whom", "whose",
];

/// Auxiliaries and adverbs skipped between a subject and its verb.
#[rustfmt::skip]
const AUX_WORDS: &[&str] = &[
    "has", "have", "had", "also", "today", "yesterday", "previously", "recently", "now", "then",
    "further", "later", "earlier", "once", "just", "already", "again", "subsequently",
    "additionally", "separately", "repeatedly", "publicly", "privately", "would", "will", "could",
    "may", "might", "did", "does", "do", "yet", "even", "still", "not", "never", "always",
    "often", "is", "are", "was", "were", "been", "being", "be",
];

const BE_WORDS: &[&str] = &["is", "are", "was", "were", "been", "being", "be"];

/// Nouns ending in -ly that are not adverbs.
const LY_NOUNS: &[&str] = &[
    "family", "assembly", "supply", "monopoly", "anomaly", "reply", "ally", "italy", "rally",
];

const PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you"];

const RELATIVES: &[&str] = &["which", "who", "that"];

/// Lexicons of the longer lists, which are tested on most tokens.
static AUX_WORDS_LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(AUX_WORDS));
static DOC_NOUNS_LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(DOC_NOUNS));
static STOP_WORDS_LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(STOP_WORDS));
static SPLIT_PREPS_LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(SPLIT_PREPS));
static UNITS_LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(UNITS));
static SHARE_QUALIFIERS_LEXICON: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(SHARE_QUALIFIERS));
static ORG_NOUNS_LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(ORG_NOUNS));
static PERSON_NOUNS_LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(PERSON_NOUNS));

/// Prepositions after which a plain noun phrase ends ("a spokesman for …").
const SPLIT_PREPS: &[&str] = &[
    "of", "for", "at", "in", "from", "on", "into", "with", "about", "by", "to",
];

/// Nouns for documents and studies, which speak as "The report".
#[rustfmt::skip]
const DOC_NOUNS: &[&str] = &[
    "report", "study", "survey", "paper", "review", "analysis", "research", "letter", "statement",
    "document", "publication", "guidance", "audit", "inquiry", "consultation", "briefing",
    "journal", "newspaper", "magazine", "article", "website", "blog", "bill", "manifesto",
    "findings", "poll", "evaluation", "assessment", "submission", "memo", "minutes", "strategy",
    "plan", "framework", "data", "figures", "update", "newsletter", "release", "bulletin", "book",
    "editorial", "evidence", "proposals", "white", "green", "results", "statistics", "numbers",
];

/// Quantifiers that stand for a group ("Some complained").
const QUANTIFIERS: &[&str] = &[
    "some", "many", "most", "others", "several", "few", "all", "both", "majority", "minority",
    "number", "handful", "half",
];

fn is_aux_or_adverb(t: &Tok<'_>, prev: Option<&Tok<'_>>) -> bool {
    if !t.word {
        return false;
    }
    if t.is_in(&AUX_WORDS_LEXICON) {
        return true;
    }
    t.text.len() >= 6
        && t.text.ends_with("ly")
        && is_lower(t.text)
        && !in_list(t.text, LY_NOUNS)
        && !prev.is_some_and(is_det)
}

fn is_doc_noun(t: &Tok<'_>) -> bool {
    t.is_in(&DOC_NOUNS_LEXICON)
}

fn is_stop(t: &Tok<'_>) -> bool {
    t.is_in(&STOP_WORDS_LEXICON)
}

fn is_indefinite(t: &Tok<'_>) -> bool {
    t.is_any(&["a", "an", "one", "another"])
}

/// Join token texts with single spaces, except between tokens written
/// together ("inspectors’", "(RCN)").
fn join(toks: &[Tok<'_>]) -> String {
    let mut out = String::new();
    let mut prev_end = None;
    for t in toks {
        crate::work::tick(1);
        if prev_end.is_some_and(|end| end != t.start) {
            out.push(' ');
        }
        out.push_str(t.text);
        prev_end = Some(t.end);
    }
    out
}

/// Byte range covered by tokens `r`, in the paragraph.
fn byte_range(toks: &[Tok<'_>], r: &Range<usize>) -> Option<Range<usize>> {
    let first = toks.get(r.start)?;
    let last = toks.get(r.end.checked_sub(1)?)?;
    Some(first.start..last.end)
}

// ---------------------------------------------------------------------------
// Quotation marks

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Double,
    Single,
}

/// A top-level quotation in one paragraph.
#[derive(Clone, Debug)]
struct Raw {
    /// Start of the opening mark; `None` when the quotation is carried over
    /// from the previous paragraph and opens at the paragraph's start.
    open: Option<usize>,
    /// Between the marks, untrimmed.
    inner: Range<usize>,
    /// End of the closing mark; `None` when it runs to the paragraph's end.
    close: Option<usize>,
    kind: Kind,
}

struct MarkScan {
    raws: Vec<Raw>,
    /// Whether the quotation carried over from the previous paragraph
    /// closed in this one (always true when none was carried).
    inherited_closed: bool,
}

enum Act {
    Open(Kind),
    Close(Kind),
    Ignore,
}

/// Deepest nesting followed; deeper marks are ignored.
const MAX_DEPTH: usize = 8;

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i)?.chars().next_back()
}

/// Where a mark may open: start, space, bracket, dash or another opening mark before it.
fn opening_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(
                p,
                '(' | '[' | '{' | '–' | '—' | '-' | '/' | '“' | '‘' | '"' | '\'' | '„'
            )
    })
}

/// Where a mark may close: end, space, punctuation or another closing mark after it.
fn closing_context(next: Option<char>) -> bool {
    next.is_none_or(|n| {
        n.is_whitespace()
            || matches!(
                n,
                '.' | ','
                    | ';'
                    | ':'
                    | '!'
                    | '?'
                    | ')'
                    | ']'
                    | '}'
                    | '–'
                    | '—'
                    | '-'
                    | '…'
                    | '”'
                    | '’'
                    | '"'
                    | '\''
            )
    })
}

/// Two digits then a non-letter or "s": the elided century of ’90s, ’15.
fn elided_year(text: &str, after: usize) -> bool {
    let mut chars = text.get(after..).unwrap_or("").chars();
    let (Some(a), Some(b)) = (chars.next(), chars.next()) else {
        return false;
    };
    a.is_ascii_digit()
        && b.is_ascii_digit()
        && chars
            .next()
            .is_none_or(|c| c == 's' || !c.is_alphanumeric())
}

/// Whether a single mark at `pos` could close a quotation.
fn single_close_candidate(prev: Option<char>, next: Option<char>) -> bool {
    let between =
        prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
    !between && prev.is_some_and(|p| !p.is_whitespace()) && closing_context(next)
}

/// Start of the last single mark in `text` that could close a quotation.
fn last_single_close(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut last = None;
    let mut from = 0;
    while let Some(rel) = bytes
        .get(from..)
        .and_then(|rest| memchr::memchr2(b'\'', 0xE2, rest))
    {
        crate::work::tick(1);
        let pos = from + rel;
        let c = char_at(text, pos);
        from = pos + c.map_or(1, char::len_utf8);
        if matches!(c, Some('\'' | '’'))
            && single_close_candidate(
                char_before(text, pos),
                c.and_then(|c| char_at(text, pos + c.len_utf8())),
            )
        {
            last = Some(pos);
        }
    }
    last
}

/// A single mark after a colon or comma, or at the paragraph's start, opens
/// speech even when nothing closes it in this paragraph.
fn speech_intro(text: &str, pos: usize) -> bool {
    let before = text.get(..pos).unwrap_or("").trim_end();
    before.is_empty() || before.ends_with([':', ','])
}

/// Plural possessive "CCGs’ budget": after an s, before a space and a
/// lower-case word.
fn plural_possessive(text: &str, pos: usize, prev: Option<char>, len: usize) -> bool {
    if !matches!(prev, Some('s' | 'S')) {
        return false;
    }
    let rest = text.get(pos + len..).unwrap_or("");
    let mut chars = rest.chars();
    chars.next().is_some_and(char::is_whitespace)
        && chars
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit())
}

fn classify(text: &str, pos: usize, c: char, stack: &[Kind], last_close: Option<usize>) -> Act {
    let len = c.len_utf8();
    let prev = char_before(text, pos);
    let next = char_at(text, pos + len);
    let spaced = prev.is_none_or(char::is_whitespace) && next.is_none_or(char::is_whitespace);
    let left = opening_context(prev) && next.is_some_and(|n| !n.is_whitespace());
    let right = prev.is_some_and(|p| !p.is_whitespace()) && closing_context(next);
    let open_double = stack.contains(&Kind::Double);
    let open_single = stack.contains(&Kind::Single);
    match c {
        '“' | '„' => {
            if right && !left && open_double {
                Act::Close(Kind::Double)
            } else if spaced {
                Act::Ignore
            } else {
                Act::Open(Kind::Double)
            }
        }
        '”' => {
            if left && !right && !open_double {
                Act::Open(Kind::Double)
            } else if spaced && !open_double {
                Act::Ignore
            } else {
                Act::Close(Kind::Double)
            }
        }
        '"' => {
            if spaced {
                Act::Ignore
            } else if left && !right {
                Act::Open(Kind::Double)
            } else if (right && !left) || open_double {
                // a closing position, or either way with a quotation open
                Act::Close(Kind::Double)
            } else {
                Act::Open(Kind::Double)
            }
        }
        '‘' | '‚' | '’' | '\'' => {
            let between =
                prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
            if between || spaced || (left && elided_year(text, pos + len)) {
                return Act::Ignore;
            }
            let opener = matches!(c, '‘' | '‚') || (left && !right);
            if opener {
                if next.is_none_or(char::is_whitespace) {
                    return Act::Ignore;
                }
                let closes_later = last_close.is_some_and(|l| l > pos);
                return if closes_later || speech_intro(text, pos) {
                    Act::Open(Kind::Single)
                } else {
                    Act::Ignore
                };
            }
            if right && open_single {
                let later = last_close.is_some_and(|l| l > pos);
                if later && plural_possessive(text, pos, prev, len) {
                    return Act::Ignore;
                }
                return Act::Close(Kind::Single);
            }
            Act::Ignore
        }
        _ => Act::Ignore,
    }
}

/// The top-level quotations of one paragraph. With `inherited`, the text
/// starts inside a quotation of that kind carried over from the previous
/// paragraph.
fn scan_marks(text: &str, inherited: Option<Kind>) -> MarkScan {
    let last_close = last_single_close(text);
    let bytes = text.as_bytes();
    let mut stack: Vec<Kind> = Vec::with_capacity(MAX_DEPTH);
    let mut top_open: Option<usize> = None;
    let mut top_inner = 0;
    let mut raws = Vec::new();
    let mut inherited_closed = inherited.is_none();
    if let Some(kind) = inherited {
        stack.push(kind);
    }
    let mut from = 0;
    while let Some(rel) = bytes
        .get(from..)
        .and_then(|rest| memchr3(b'"', b'\'', 0xE2, rest))
    {
        crate::work::tick(1);
        let pos = from + rel;
        let Some(c) = char_at(text, pos) else {
            break;
        };
        let len = c.len_utf8();
        from = pos + len;
        match classify(text, pos, c, &stack, last_close) {
            Act::Open(kind) => {
                if stack.len() < MAX_DEPTH {
                    if stack.is_empty() {
                        top_open = Some(pos);
                        top_inner = pos + len;
                    }
                    stack.push(kind);
                }
            }
            Act::Close(kind) => {
                if let Some(idx) = stack.iter().rposition(|&k| k == kind) {
                    stack.truncate(idx);
                    if stack.is_empty() {
                        if top_open.is_none() {
                            inherited_closed = true;
                        }
                        raws.push(Raw {
                            open: top_open,
                            inner: top_inner..pos,
                            close: Some(pos + len),
                            kind,
                        });
                        top_open = None;
                    }
                }
            }
            Act::Ignore => {}
        }
    }
    if let Some(&kind) = stack.first() {
        raws.push(Raw {
            open: top_open,
            inner: top_inner..text.len(),
            close: None,
            kind,
        });
    }
    MarkScan {
        raws,
        inherited_closed,
    }
}

// ---------------------------------------------------------------------------
// Attribution

/// Who speaks.
#[derive(Clone, Debug, PartialEq)]
enum Who {
    /// A person in the registry.
    Person(usize),
    /// An organisation, a document, a group or the noun for an unnamed
    /// person, with which of these it is.
    Named(String, Sort),
}

impl Who {
    fn sort(&self) -> Sort {
        match self {
            Who::Person(_) => Sort::Person,
            Who::Named(_, sort) => *sort,
        }
    }
}

/// What kind of source a speaker is, which decides the pronouns that can
/// stand for it: "he" and "she" for people, "it" for organisations and
/// documents, "they" for anything but a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sort {
    /// A person in the registry.
    Person,
    /// A person not named: "a ward sister", "one GP", "the spokesman".
    Unnamed,
    /// People counted or quantified: "nurses", "Some", "Most of the leads".
    Group,
    /// An organisation, an institution or a body.
    Org,
    /// A document, a study or a set of data.
    Doc,
}

/// A source remembered for pronouns.
#[derive(Clone, Debug)]
struct Recent {
    who: Who,
    /// Article byte offset where it was last a source.
    at: u64,
    /// Index (among body paragraphs) of the paragraph where it was.
    para: usize,
    /// Only the subject of reported speech or of a sentence, never of a
    /// quotation: it stands for pronouns in its own and the next paragraph
    /// only.
    weak: bool,
    /// The gender an unnamed person's noun or an earlier pronoun told (a
    /// registered person's gender lives in the registry).
    gender: Option<Gender>,
}

/// A speaker and where the attribution names it (bytes in the paragraph).
#[derive(Clone, Debug)]
struct Attr {
    who: Who,
    span: Option<Range<usize>>,
}

/// A quotation found, before speaker names are final.
struct Found {
    line: u32,
    who: Option<Who>,
    text: String,
    span: Span,
    speaker_span: Option<Span>,
    continued: bool,
}

/// The subject of a speech verb, as found walking back from it.
enum Subj {
    /// No subject before the verb ("… and explains", "…, adding").
    Empty,
    /// A pronoun (token index).
    Pronoun(usize),
    /// A relative pronoun (token index): the subject is its antecedent.
    Relative(usize),
    /// A noun phrase `a`, with an appositive `b` ("X, chair of Y,").
    Phrase {
        a: Range<usize>,
        b: Option<Range<usize>>,
    },
}

struct Before {
    subj: Subj,
    passive: bool,
}

/// Most tokens walked back over for a subject.
const MAX_SUBJECT: usize = 40;

/// The subject of the verb at token `v`, looking no further back than `lo`.
fn subject_before(toks: &[Tok<'_>], v: usize, lo: usize) -> Before {
    let mut e = v;
    let mut passive = false;
    while e > lo {
        crate::work::tick(1);
        let Some(t) = toks.get(e - 1) else { break };
        let prev = e.checked_sub(2).and_then(|p| toks.get(p));
        if !is_aux_or_adverb(t, prev) {
            break;
        }
        passive |= t.is_any(BE_WORDS);
        e -= 1;
    }
    let empty = |passive| Before {
        subj: Subj::Empty,
        passive,
    };
    let Some(last) = e
        .checked_sub(1)
        .filter(|&i| i >= lo)
        .and_then(|i| toks.get(i))
    else {
        return empty(passive);
    };
    if last.is_any(&["and", "or", "but", "as", "nor"]) {
        return empty(passive);
    }
    if last.is_any(PRONOUNS) {
        return Before {
            subj: Subj::Pronoun(e - 1),
            passive,
        };
    }
    if last.is_any(RELATIVES) {
        return Before {
            subj: Subj::Relative(e - 1),
            passive,
        };
    }
    let mut b = None;
    let mut a_end = e;
    if last.is_punct(",") {
        // the closing comma of an appositive: "X, chair of Y, said"
        let mut k = e - 1;
        let mut found = None;
        while k > lo && e - k < 25 {
            crate::work::tick(1);
            k -= 1;
            match toks.get(k) {
                Some(t) if t.is_punct(",") => {
                    found = Some(k);
                    break;
                }
                Some(t) if !t.word && !matches!(t.text, "(" | ")" | "’" | "'") => break,
                _ => {}
            }
        }
        let Some(k) = found else {
            return empty(passive);
        };
        b = Some(k + 1..e - 1);
        a_end = k;
        // "X, 54, who has worked here for years, said": the relative clause
        // describes X; an age or a role between commas before it is the
        // appositive
        if toks.get(k + 1).is_some_and(|t| t.is_any(&["who", "whose"])) {
            b = None;
            let before = (lo..k)
                .rev()
                .take(12)
                .take_while(|&j| {
                    toks.get(j)
                        .is_some_and(|t| t.word || matches!(t.text, "," | "(" | ")" | "’" | "'"))
                })
                .find(|&j| toks.get(j).is_some_and(|t| t.is_punct(",")));
            if let Some(j) = before {
                let age = j + 2 == k && toks.get(j + 1).is_some_and(is_count);
                if age || is_role_phrase(toks, j + 1, k) {
                    b = Some(j + 1..k);
                    a_end = j;
                }
            }
        }
    }
    let mut s = a_end;
    let mut steps = 0;
    // The appositive was read from a comma with none closing it ("X, chief
    // executive said"): it may instead be the subject after a fronted
    // clause ("On the figures, a spokesman said").
    let mut open_role = false;
    while s > lo && steps < MAX_SUBJECT {
        crate::work::tick(1);
        steps += 1;
        let Some(t) = toks.get(s - 1) else { break };
        if !t.word {
            if plural_possessive_mark(toks, s - 1) {
                s -= 1;
                continue;
            }
            if t.text == ")" {
                let open = (lo..s - 1)
                    .rev()
                    .take(8)
                    .find(|&k| toks.get(k).is_some_and(|o| o.is_punct("(")));
                if let Some(k) = open {
                    s = k;
                    continue;
                }
                break;
            }
            // "X, 41, from Leeds, said": an age stacked before the
            // appositive describes X too.
            let age = s + 1 == a_end && toks.get(s).is_some_and(is_count);
            if t.text == "," && b.is_some() && age {
                a_end = s - 1;
                s -= 1;
                continue;
            }
            if t.text == "," && b.is_none() && s < a_end && is_role_phrase(toks, s, a_end) {
                b = Some(s..a_end);
                a_end = s - 1;
                s -= 1;
                open_role = true;
                continue;
            }
            break;
        }
        // "found that most GPs said": "that" opens the first verb's clause
        let complementiser = t.is("that")
            && (s.saturating_sub(3)..s.saturating_sub(1))
                .filter_map(|u| speech_verb_at(toks, u))
                .any(|verb| verb.end == s - 1);
        if t.is_any(RELATIVES) && s < a_end && !complementiser {
            // "the leads who responded said": the words after it are a relative clause
            a_end = s - 1;
            s -= 1;
            continue;
        }
        if is_stop(t) || speech_verb_at(toks, s - 1).is_some() {
            break;
        }
        if t.is("and") {
            let cap_before = s >= 2
                && toks
                    .get(s - 2)
                    .is_some_and(|p| (p.word && is_cap(p.text)) || p.is_punct(")"));
            let cap_after = toks
                .get(s)
                .is_some_and(|n| n.word && (is_cap(n.text) || n.is("the")));
            if !(cap_before && cap_after && s < a_end) {
                break;
            }
        }
        s -= 1;
    }
    // "When asked about the plans, a spokesman said": the words before the
    // comma end a fronted clause, as the object of a preposition.
    let fronted = open_role
        && s < a_end
        && s.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|t| {
            t.is_in(&SPLIT_PREPS_LEXICON)
                || t.is_any(&["after", "before", "during", "despite", "amid"])
        });
    if fronted && let Some(b) = b {
        return Before {
            subj: Subj::Phrase { a: b, b: None },
            passive,
        };
    }
    if s >= a_end {
        if let Some(b) = b {
            // "…, Jane Smith, said" with nothing usable before the name
            return Before {
                subj: Subj::Phrase { a: b, b: None },
                passive,
            };
        }
        return empty(passive);
    }
    Before {
        subj: Subj::Phrase { a: s..a_end, b },
        passive,
    }
}

/// A noun phrase starting at token `i`, no further than `hi`: "the report",
/// "Dr Jane Smith", "a spokesman", "NHS England".
fn np_forward(toks: &[Tok<'_>], i: usize, hi: usize) -> Range<usize> {
    if number_ten(toks, i) && i + 2 <= hi {
        return i..i + 2;
    }
    let mut j = i;
    if toks.get(j).is_some_and(is_det) {
        j += 1;
    }
    let mut saw_cap = false;
    while j < hi && j - i < 12 {
        crate::work::tick(1);
        let Some(t) = toks.get(j) else { break };
        if !t.word {
            if j + 1 < hi && plural_possessive_mark(toks, j) {
                j += 1;
                continue;
            }
            if t.text == "(" {
                let close = (j + 1..hi)
                    .take(6)
                    .find(|&k| toks.get(k).is_some_and(|c| c.is_punct(")")));
                if let Some(k) = close {
                    j = k + 1;
                    continue;
                }
            }
            break;
        }
        if honorific(t.text).is_some()
            || (is_cap(t.text) && !is_stop_cap(t.text))
            || is_acronym(t.text)
        {
            saw_cap = true;
            j += 1;
            continue;
        }
        let next_cap = toks.get(j + 1).is_some_and(|n| n.word && is_cap(n.text));
        let next_connector_cap = toks.get(j + 1).is_some_and(|n| n.is("the"))
            && toks.get(j + 2).is_some_and(|n| n.word && is_cap(n.text));
        if saw_cap && t.is_any(CONNECTORS) && (next_cap || next_connector_cap) {
            j += 1;
            continue;
        }
        if saw_cap && is_lower(t.text) && is_title_word(t.text) {
            // "Labour’s shadow health secretary Ann Lee"
            j += 1;
            continue;
        }
        if !saw_cap
            && is_lower(t.text)
            && !is_stop(t)
            && !t.is_in(&SPLIT_PREPS_LEXICON)
            && !t.is_any(PRONOUNS)
            && speech_verb_at(toks, j).is_none()
        {
            j += 1;
            continue;
        }
        break;
    }
    if j == i + 1 && toks.get(i).is_some_and(is_det) {
        return i..i;
    }
    i..j
}

/// Whether token `k` is the mark of a plural possessive between two words
/// ("the nurses’ union", "Patients' Forum").
fn plural_possessive_mark(toks: &[Tok<'_>], k: usize) -> bool {
    let Some(t) = toks.get(k) else {
        return false;
    };
    !t.word
        && matches!(t.text, "’" | "'")
        && k.checked_sub(1)
            .and_then(|p| toks.get(p))
            .is_some_and(|p| p.word && p.end == t.start && p.text.ends_with(['s', 'S']))
        && toks.get(k + 1).is_some_and(|n| n.word)
}

/// Whether tokens `i` and `i + 1` are "No 10" or "Number 10", the Prime
/// Minister's office named by its address.
fn number_ten(toks: &[Tok<'_>], i: usize) -> bool {
    toks.get(i)
        .is_some_and(|t| t.is_any(&["No", "No.", "Number"]) && is_cap(t.text))
        && toks.get(i + 1).is_some_and(|t| t.text == "10")
}

/// The noun phrase of a document's agent after "by": up to the first
/// lower-case word once capitals have started ("membership body Rural
/// Clinics Network (RCN)", "the X Trust and the Y Fund").
fn agent_range(toks: &[Tok<'_>], i: usize, hi: usize) -> Range<usize> {
    let mut j = i;
    let mut saw_cap = false;
    while j < hi && j - i < 16 {
        crate::work::tick(1);
        let Some(t) = toks.get(j) else { break };
        if !t.word {
            if t.text == "(" {
                let close = (j + 1..hi)
                    .take(6)
                    .find(|&k| toks.get(k).is_some_and(|c| c.is_punct(")")));
                if let Some(k) = close {
                    j = k + 1;
                    continue;
                }
            }
            break;
        }
        if is_cap(t.text) || is_acronym(t.text) {
            saw_cap = true;
            j += 1;
            continue;
        }
        if t.is_any(CONNECTORS) {
            j += 1;
            continue;
        }
        if !saw_cap && is_lower(t.text) && !is_stop(t) && !t.is_in(&SPLIT_PREPS_LEXICON) {
            j += 1;
            continue;
        }
        break;
    }
    // drop trailing connectors
    while j > i && toks.get(j - 1).is_some_and(|t| t.is_any(CONNECTORS)) {
        crate::work::tick(1);
        j -= 1;
    }
    i..j
}

/// Capitalised run ending at token `he` (exclusive), from no earlier than
/// `lo`, with connectors between capitals ("Health Foundation and the King’s
/// Fund", "Department of Health").
fn org_run(toks: &[Tok<'_>], lo: usize, he: usize) -> Range<usize> {
    let cap = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.word && (is_cap(t.text) || is_acronym(t.text)) && !is_stop_cap(t.text)
        })
    };
    let mut k = he;
    while k > lo {
        crate::work::tick(1);
        if cap(k - 1) || (k >= 2 && k - 1 > lo && cap(k - 2) && plural_possessive_mark(toks, k - 1))
        {
            k -= 1;
            continue;
        }
        let connector = toks.get(k - 1).is_some_and(|t| t.is_any(CONNECTORS));
        let cap_before = (k >= 2 && cap(k - 2))
            || (k >= 3 && toks.get(k - 2).is_some_and(|t| t.is_any(CONNECTORS)) && cap(k - 3));
        if connector && k - 1 > lo && cap_before {
            k -= 1;
            continue;
        }
        break;
    }
    while k < he && toks.get(k).is_some_and(|t| t.is_any(CONNECTORS)) {
        crate::work::tick(1);
        k += 1;
    }
    k..he
}

/// The group a bare quantifier ("Some") or share ("41%") stands for: the
/// plural noun after the last count in the words before `before` ("one in
/// three respondents", "40% of CCG leads").
fn group_referent(text: &str, before: usize) -> Option<String> {
    let lo = ceil_boundary(text, before.saturating_sub(400));
    let toks = tokenize(text, lo..before.min(text.len()));
    counted_groups(&toks).last()
}

/// The people (or bodies) counted in `toks`, in order: the plural noun
/// after each count ("4,000 nurses", "one in three GP partners" gives
/// "GP partners"), not a unit ("12 weeks", "£40 million").
fn counted_groups<'a>(toks: &'a [Tok<'a>]) -> impl Iterator<Item = String> + 'a {
    toks.iter().enumerate().filter_map(|(k, t)| {
        crate::work::tick(1);
        if !is_count(t) {
            return None;
        }
        let mut j = k + 1;
        while j < k + 6
            && toks.get(j).is_some_and(|n| {
                crate::work::tick(1);
                is_count(n) || n.is_any(&["in", "out", "of", "the", "per", "cent", "those"])
            })
        {
            j += 1;
        }
        // up to two modifiers: "4,000 district nurses", "300 GP partners"
        let m = j;
        while j < m + 2
            && toks.get(j).is_some_and(|n| {
                n.word
                    && !is_plural_noun(n)
                    && (is_acronym(n.text)
                        || (is_lower(n.text)
                            && !is_stop(n)
                            && !n.is_in(&SPLIT_PREPS_LEXICON)
                            && !n.text.ends_with("ed")
                            && !n.text.ends_with("ing")
                            && !is_speech_verb(n.text)))
            })
        {
            crate::work::tick(1);
            j += 1;
        }
        toks.get(j)
            .filter(|n| is_plural_noun(n) && !n.is_in(&UNITS_LEXICON))?;
        toks.get(m..=j).map(join)
    })
}

/// The group named after "of" at token `g`, before `hi`: past
/// determiners and numbers, up to a participle or a preposition ("the 300
/// GPs surveyed": "GPs"; "nurses in England": "nurses"). `None` for no
/// words or a pronoun ("of them").
fn of_group(toks: &[Tok<'_>], mut g: usize, hi: usize) -> Option<Range<usize>> {
    while g < hi && toks.get(g).is_some_and(|t| is_det(t) || is_number_word(t)) {
        g += 1;
    }
    let mut h = g;
    while h < hi
        && toks.get(h).is_some_and(|t| {
            let participle = h > g && is_lower(t.text) && t.text.ends_with("ed");
            t.word && !t.is_in(&SPLIT_PREPS_LEXICON) && !t.is_any(RELATIVES) && !participle
        })
    {
        h += 1;
    }
    let words = toks.get(g..h)?;
    let pronouns = words
        .iter()
        .all(|t| t.is_any(&["them", "us", "all", "those"]));
    (!words.is_empty() && !pronouns).then_some(g..h)
}

/// The group of a clause fronted before the share at token `share`: "Of
/// the carers polled, nearly half said …" gives "carers".
fn fronted_of_group(toks: &[Tok<'_>], share: usize) -> Option<Range<usize>> {
    let comma = share.checked_sub(1)?;
    if !toks.get(comma).is_some_and(|t| t.is_punct(",")) {
        return None;
    }
    let of = (comma.saturating_sub(8)..comma)
        .rev()
        .find(|&k| toks.get(k).is_some_and(|t| t.is("of")))?;
    let opens = of == 0 || toks.get(of - 1).is_some_and(|t| !t.word);
    opens.then(|| of_group(toks, of + 1, comma)).flatten()
}

/// Finds the words that say a sentence describes a survey, case aside.
static SURVEY_FINDER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "survey",
            "poll",
            "questioned",
            "interviewed",
            "respondents",
            "responded",
            "questionnaire",
        ])
        .ok()
});

/// The people a survey sentence counts first ("A poll of 2,000 adults
/// found …": "adults"); the sentence is read up to [`WINDOW`] bytes.
fn survey_population(text: &str, sent: Range<usize>) -> Option<String> {
    let lo = ceil_boundary(text, sent.start);
    let hi = floor_boundary(text, sent.end.min(lo + WINDOW)).max(lo);
    let slice = text.get(lo..hi)?;
    SURVEY_FINDER.as_ref()?.find(slice)?;
    let toks = tokenize(text, lo..hi);
    counted_groups(&toks).next()
}

/// Plural nouns that measure rather than count people or bodies.
#[rustfmt::skip]
const UNITS: &[&str] = &[
    "years", "months", "weeks", "days", "hours", "minutes", "seconds", "times", "points",
    "pounds", "pence", "euros", "dollars", "miles", "metres", "kilometres", "litres", "grams",
    "kilograms", "tonnes", "beds", "items", "visits", "appointments", "cases", "shifts", "places",
    "posts", "vacancies", "sessions", "calls", "referrals", "admissions", "prescriptions",
    "operations", "procedures", "treatments", "tests", "scans", "journeys", "nights", "decades",
    "centuries", "levels", "rates",
];

/// Words a share is written with besides its numbers ("64.7 per cent",
/// "one in five", "273 out of 569", "a third", "nearly three in four (73
/// per cent)").
const SHARE_WORDS: &[&str] = &["per", "cent", "percent", "in", "out", "of"];

/// Qualifiers before a share ("just over", "nearly", "a").
#[rustfmt::skip]
const SHARE_QUALIFIERS: &[&str] = &[
    "a", "an", "just", "only", "nearly", "almost", "around", "about", "some", "over", "under",
    "more", "less", "fewer", "than", "roughly", "approximately", "up", "to", "at", "least",
    "close", "well", "barely",
];

/// Whether `t` is a number or a fraction word ("41%", "64.7", "three",
/// "two-thirds", "quarter").
fn is_number_word(t: &Tok<'_>) -> bool {
    is_count(t)
        || (t.word
            && t.text.contains(['-', '\u{2010}'])
            && t.text
                .split(['-', '\u{2010}'])
                .all(|part| is_count(&Tok { text: part, ..*t })))
}

/// The end (token index) of a share opening the phrase `r` ("64.7 per
/// cent", "nearly three in four (73 per cent)", "a third"), when the phrase
/// opens with one: qualifiers, then numbers joined by share words, a
/// bracketed restatement and the thousands commas of "4,863".
fn share_end(toks: &[Tok<'_>], r: &Range<usize>) -> Option<usize> {
    let mut i = r.start;
    while i < r.end
        && toks
            .get(i)
            .is_some_and(|t| t.is_in(&SHARE_QUALIFIERS_LEXICON))
    {
        i += 1;
    }
    let mut numbers = 0;
    let mut depth = 0usize;
    let mut end = None;
    while i < r.end {
        let Some(t) = toks.get(i) else { break };
        let next_is_number = toks.get(i + 1).is_some_and(is_number_word);
        let fits = if is_number_word(t) {
            numbers += 1;
            true
        } else if t.is_any(&["in", "out"]) {
            next_is_number || toks.get(i + 1).is_some_and(|n| n.is("of"))
        } else if t.is("of") {
            next_is_number
        } else if t.is_any(SHARE_WORDS) || t.text == "%" {
            true
        } else if t.is_punct(",") {
            i > r.start
                && toks
                    .get(i - 1)
                    .is_some_and(|p| p.end == t.start && is_count(p))
                && toks
                    .get(i + 1)
                    .is_some_and(|n| n.start == t.end && is_count(n))
        } else if t.is_punct("(") {
            depth += 1;
            true
        } else if t.is_punct(")") && depth > 0 {
            depth -= 1;
            true
        } else {
            false
        };
        if !fits {
            break;
        }
        i += 1;
        if depth == 0 {
            end = Some(i);
        }
    }
    end.filter(|_| numbers > 0)
}

fn is_count(t: &Tok<'_>) -> bool {
    t.word
        && (t.text.chars().any(|c| c.is_ascii_digit())
            || t.is_any(&[
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "twenty", "hundred", "thousand", "half", "third", "thirds", "quarter", "quarters",
                "fifth", "fifths", "majority", "minority",
            ]))
}

fn is_plural_noun(t: &Tok<'_>) -> bool {
    let w = t.text;
    if !t.word {
        return false;
    }
    if is_acronym(w) && w.ends_with('s') {
        return true;
    }
    is_lower(w)
        && w.len() >= 4
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !in_list(
            w,
            &[
                "was",
                "has",
                "this",
                "its",
                "thus",
                "less",
                "unless",
                "perhaps",
                "always",
                "towards",
                "across",
                "whereas",
                "besides",
                "sometimes",
                "news",
                "series",
                "does",
            ],
        )
}

/// Smallest char boundary at or after `i`.
fn ceil_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while i < text.len() && !text.is_char_boundary(i) {
        crate::work::tick(1);
        i += 1;
    }
    i
}

/// Largest char boundary at or before `i`.
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while i > 0 && !text.is_char_boundary(i) {
        crate::work::tick(1);
        i -= 1;
    }
    i
}

fn has_alnum(text: &str, range: Range<usize>) -> bool {
    text.get(range)
        .is_some_and(|s| s.chars().any(char::is_alphanumeric))
}

/// Index of the sentence holding byte `pos`, or of the last one before it.
fn sentence_of(sents: &[Range<usize>], pos: usize) -> Option<usize> {
    sents.partition_point(|r| r.start <= pos).checked_sub(1)
}

/// Bytes read on each side of a quotation for its attribution.
const WINDOW: usize = 1000;

/// Most recent speakers and named people remembered for pronouns.
const RECENT: usize = 16;

/// A candidate for "he" or "she".
#[derive(Clone, Copy)]
enum Cand {
    /// A remembered source (index into the list).
    Source(usize),
    /// A person in the registry.
    Person(usize),
}

fn remember<T: PartialEq>(list: &mut Vec<T>, item: T) {
    list.retain(|x| *x != item);
    list.push(item);
    if list.len() > RECENT {
        list.remove(0);
    }
}

/// The words around one quotation that its attribution is read from.
struct Around<'t> {
    /// Start of the opening mark (0 for a quotation carried over).
    open: usize,
    /// End of the closing mark (the paragraph's end when unclosed).
    after_close: usize,
    /// The sentence's words before the quotation, since the previous one.
    lead: Vec<Tok<'t>>,
    /// Words after it, to the end of its sentence or the next quotation.
    tail: Vec<Tok<'t>>,
    /// Words after the last quotation of its sentence, to the sentence's end.
    final_clause: Vec<Tok<'t>>,
    /// Start of the quotation's sentence.
    sent_start: usize,
    /// Whether `lead` starts where the sentence starts.
    at_sentence_start: bool,
    /// Whether an earlier quotation ends in the same sentence.
    same_sentence: bool,
    /// Whether the quotation sits inside a sentence of the writer's.
    embedded: bool,
}

/// The words around quotation `j` of `raws`, bounded by its sentence (in
/// `sents`), by its neighbours and by [`WINDOW`] bytes each way.
fn around<'t>(text: &'t str, sents: &[Range<usize>], raws: &[Raw], j: usize) -> Around<'t> {
    let Some(raw) = raws.get(j) else {
        return Around {
            open: 0,
            after_close: 0,
            lead: Vec::new(),
            tail: Vec::new(),
            final_clause: Vec::new(),
            sent_start: 0,
            at_sentence_start: false,
            same_sentence: false,
            embedded: true,
        };
    };
    let open = raw.open.unwrap_or(0);
    let after_close = raw.close.unwrap_or(text.len());
    let sent_start = sentence_of(sents, open)
        .and_then(|i| sents.get(i))
        .map_or(0, |r| r.start)
        .min(open);
    let prev_end = j
        .checked_sub(1)
        .and_then(|p| raws.get(p))
        .map_or(0, |r| r.close.unwrap_or(text.len()));
    let lead_lo = sent_start.max(prev_end).min(open);
    let lead_lo = ceil_boundary(text, lead_lo.max(open.saturating_sub(WINDOW)));
    let lead = if raw.open.is_some() {
        tokenize(text, lead_lo..open)
    } else {
        Vec::new()
    };
    let close_sent_end = raw
        .close
        .and_then(|c| sentence_of(sents, c.saturating_sub(1)))
        .and_then(|i| sents.get(i))
        .map_or(text.len(), |r| r.end);
    let next_open = raws.get(j + 1).map_or(text.len(), |r| r.open.unwrap_or(0));
    let tail_hi = close_sent_end.min(next_open).max(after_close);
    let tail_hi = floor_boundary(text, tail_hi.min(after_close + WINDOW));
    let tail = if raw.close.is_some() {
        tokenize(text, after_close..tail_hi)
    } else {
        Vec::new()
    };
    let same_sentence = j > 0 && prev_end > sent_start;
    // the words after the sentence's last quotation, for a closing ", X said."
    let mut last = j;
    while last < j + 8
        && raws
            .get(last + 1)
            .is_some_and(|r| r.open.unwrap_or(0) < close_sent_end)
    {
        crate::work::tick(1);
        last += 1;
    }
    let final_clause = match raws.get(last).and_then(|r| r.close) {
        Some(c) if c <= close_sent_end && last < j + 8 => {
            let lo = ceil_boundary(text, c.max(close_sent_end.saturating_sub(WINDOW)));
            tokenize(text, lo..close_sent_end)
        }
        _ => Vec::new(),
    };
    let embedded = raw.open.is_some() && (same_sentence || has_alnum(text, lead_lo..open))
        || tail.iter().any(|t| t.word);
    Around {
        open,
        after_close,
        lead,
        tail,
        final_clause,
        sent_start,
        at_sentence_start: lead_lo == sent_start,
        same_sentence,
        embedded,
    }
}

/// What one paragraph offers the resolvers.
struct Ctx<'p> {
    para: Para<'p>,
    text: &'p str,
    /// The paragraph's tokens, for windows of it.
    tokens: Tokens<'p>,
    namings: Vec<Naming>,
    /// The byte ranges of the paragraph's quotations, marks included, in order.
    quoted: Vec<Range<usize>>,
    /// The latest source in this paragraph.
    para_last: Option<Attr>,
    /// In a headline or standfirst "Source: … ‘…’", the end of the colon
    /// and the source it names.
    colon_source: Option<(usize, Attr)>,
}

impl Ctx<'_> {
    /// Article byte offset of paragraph byte `pos`.
    fn at(&self, pos: usize) -> u64 {
        u64::from(self.para.start) + pos as u64
    }

    /// Whether paragraph byte `pos` lies inside a quotation.
    fn in_quotation(&self, pos: usize) -> bool {
        let k = self.quoted.partition_point(|r| r.end <= pos);
        self.quoted.get(k).is_some_and(|r| r.start <= pos)
    }
}

#[derive(Default)]
struct Extractor {
    people: People,
    found: Vec<Found>,
    /// The quotation left open at the end of the previous paragraph, and its speaker.
    carry: Option<(Kind, Option<Who>)>,
    /// The previous paragraph's last speaker, when it had quotations.
    prev_para_last: Option<Option<Who>>,
    /// The subject of the previous paragraph's last reported speech, when
    /// it had no quotations ("The trust said it would review the case.").
    prev_para_reported: Option<Who>,
    /// Sources, most recent last.
    recent: Vec<Recent>,
    /// People named in earlier paragraphs, most recent last.
    recent_named: Vec<usize>,
    /// Index of the body paragraph being read.
    para_idx: usize,
    /// The document or organisation opening the sentence just read, when
    /// that sentence holds no speech ("The review is blunt."): the first
    /// choice for "it" and "they" in the next sentence.
    topic: Option<Who>,
    /// The people the latest survey described asked ("a poll of 2,000
    /// adults": "adults"), for a share with no group of its own.
    population: Option<String>,
    /// Reading a headline or a standfirst: only quotations with a source
    /// are kept, and "Source: … ‘…’" attributes.
    header: bool,
}

impl Extractor {
    fn para(&mut self, para: &Para<'_>) {
        let text = para.text;
        let sents = para.sentences();
        let chunks = people::chunks(text, &sents);
        let tokens = Tokens::new(text);
        let namings = self.people.scan(para, &tokens, &chunks);
        let (scan, continued_first) = self.scan_with_carry(text);
        let only_quotes = only_quotes(text, &scan.raws);
        let quoted = scan
            .raws
            .iter()
            .map(|r| r.open.unwrap_or(0)..r.close.unwrap_or(text.len()))
            .collect();
        let mut ctx = Ctx {
            para: *para,
            text,
            tokens,
            namings,
            quoted,
            para_last: None,
            colon_source: None,
        };
        if self.header {
            ctx.colon_source = self.colon_source(&ctx);
        }
        let raws = &scan.raws;
        let mut prev_attr: Option<Attr> = None;
        let mut para_had_quotes = false;
        let mut last_who: Option<Who> = None;
        let mut last_open_who: Option<Who> = None;
        let mut next_sent = 0;
        for (j, raw) in raws.iter().enumerate() {
            crate::work::tick(1);
            self.read_sentences(&ctx, &sents, &mut next_sent, raw.open.unwrap_or(0));
            let continued = j == 0 && continued_first;
            let near = around(text, &sents, raws, j);
            let so_called = near.lead.last().is_some_and(|t| t.is("so-called"));
            let attr = if so_called {
                None
            } else {
                self.quote_attr(&ctx, &near, j > 0, continued, only_quotes, &prev_attr)
            };
            // a speech verb whose subject could not be resolved ("It said:")
            let unresolved_speech = attr.is_none()
                && last_speech_verb(&near.lead).is_some_and(|verb| {
                    let before = subject_before(&near.lead, verb.idx, 0);
                    !verb.participle && !before.passive && !matches!(before.subj, Subj::Empty)
                });
            let keep = !so_called
                && (attr.is_some()
                    || (!self.header && (unresolved_speech || continued || !near.embedded)));
            if raw.close.is_none() {
                last_open_who = attr.as_ref().map(|a| a.who.clone());
            }
            prev_attr.clone_from(&attr);
            if !keep {
                continue;
            }
            let Some((text_range, quote_text)) = trimmed(text, raw.inner.clone()) else {
                continue;
            };
            if let Some(a) = &attr {
                self.remember_source(a.who.clone(), ctx.at(text_range.start), false);
                ctx.para_last = Some(a.clone());
            }
            let base = para.start as usize;
            let shift = |r: &Range<usize>| Span::from_range(base + r.start..base + r.end);
            self.found.push(Found {
                line: para.line,
                who: attr.as_ref().map(|a| a.who.clone()),
                text: quote_text.to_owned(),
                span: shift(&text_range),
                speaker_span: attr.as_ref().and_then(|a| a.span.as_ref()).map(shift),
                continued,
            });
            para_had_quotes = true;
            last_who = attr.map(|a| a.who);
        }
        self.read_sentences(&ctx, &sents, &mut next_sent, text.len());
        self.carry = raws
            .last()
            .filter(|r| r.close.is_none())
            .map(|r| (r.kind, last_open_who));
        self.prev_para_last = para_had_quotes.then_some(last_who);
        self.prev_para_reported = self
            .recent
            .last()
            .filter(|r| !para_had_quotes && r.para == self.para_idx)
            .map(|r| r.who.clone());
        let n_named = ctx.namings.len();
        for naming in ctx.namings.iter().skip(n_named.saturating_sub(RECENT)) {
            crate::work::tick(1);
            remember(&mut self.recent_named, naming.person);
        }
        self.para_idx += 1;
    }

    /// Remember `who` as the latest source, at article offset `at`; `weak`
    /// for the subject of reported speech or of a sentence. A source seen
    /// with a quotation stays a full source when seen again weakly.
    fn remember_source(&mut self, who: Who, at: u64, weak: bool) {
        let mut entry = Recent {
            gender: noun_gender(&who),
            who,
            at,
            para: self.para_idx,
            weak,
        };
        if let Some(i) = self.recent.iter().position(|r| r.who == entry.who) {
            let old = self.recent.remove(i);
            entry.weak &= old.weak;
            entry.gender = old.gender.or(entry.gender);
        }
        self.recent.push(entry);
        if self.recent.len() > RECENT {
            self.recent.remove(0);
        }
    }

    /// Read the sentences from `*next` on that end by byte `limit`, for the
    /// sources they give pronouns: a sentence without quotation marks
    /// remembers the subject of its speech verb (reported speech: "Ann Lee
    /// said the plan was late.") for the same and the next paragraph, and
    /// a sentence without speech opened by a document or an organisation
    /// makes it the topic for the next sentence.
    fn read_sentences(
        &mut self,
        ctx: &Ctx<'_>,
        sents: &[Range<usize>],
        next: &mut usize,
        limit: usize,
    ) {
        while let Some(sent) = sents.get(*next).filter(|r| r.end <= limit) {
            crate::work::tick(1);
            *next += 1;
            self.topic = None;
            if let Some(group) = survey_population(ctx.text, sent.clone()) {
                self.population = Some(group);
            }
            let k = ctx.quoted.partition_point(|q| q.end <= sent.start);
            if ctx.quoted.get(k).is_some_and(|q| q.start < sent.end) {
                continue;
            }
            self.read_sentence(ctx, sent.clone());
        }
    }

    /// The source a sentence without quotation marks gives pronouns.
    fn read_sentence(&mut self, ctx: &Ctx<'_>, sent: Range<usize>) {
        let text = ctx.text;
        let lo = ceil_boundary(text, sent.start);
        let hi = floor_boundary(text, sent.end.min(lo + WINDOW));
        let toks = ctx.tokens.window(lo..hi.max(lo));
        let verb = (0..toks.len())
            .filter_map(|v| speech_verb_at(&toks, v))
            .find(|verb| !verb.participle);
        if let Some(verb) = verb {
            let pos = toks.get(verb.idx).map_or(lo, |t| t.start);
            let before = subject_before(&toks, verb.idx, 0);
            if before.passive {
                return;
            }
            let attr = match before.subj {
                Subj::Empty => None,
                Subj::Pronoun(k) => toks.get(k).and_then(|t| self.resolve_pronoun(ctx, t, pos)),
                Subj::Relative(k) => self.resolve_relative(ctx, &toks, k, pos),
                Subj::Phrase { a, b } => self.resolve_phrase(ctx, &toks, a, b, pos),
            };
            if let Some(attr) = attr {
                self.remember_source(attr.who, ctx.at(pos), true);
            }
            return;
        }
        let np = clause_subject(&toks, toks.len());
        if !is_topic(ctx, &toks, np.clone()) {
            return;
        }
        let pos = toks.get(np.start).map_or(lo, |t| t.start);
        if let Some(attr) = self.resolve_simple(ctx, &toks, np, None, pos)
            && matches!(attr.who.sort(), Sort::Org | Sort::Doc)
        {
            self.topic = Some(attr.who);
        }
    }

    /// The latest person given a title ending in `head` ("minister"): a
    /// speaker, someone named in this paragraph before byte `pos`, or
    /// someone named in an earlier paragraph.
    fn titled_person(&self, ctx: &Ctx<'_>, head: &str, pos: usize) -> Option<usize> {
        let upto = ctx.namings.partition_point(|n| n.name.end <= pos);
        let speakers = self.recent.iter().rev().filter_map(|r| match r.who {
            Who::Person(p) => Some(p),
            Who::Named(..) => None,
        });
        let named_here = ctx
            .namings
            .get(..upto)
            .unwrap_or(&[])
            .iter()
            .rev()
            .take(RECENT)
            .map(|n| n.person);
        let named_before = self.recent_named.iter().rev().copied();
        speakers
            .chain(named_here)
            .chain(named_before)
            .find(|&p| self.people.has_title(p, head))
    }

    /// The latest source "it" (an organisation or a document) or "they"
    /// (any but a document, one of unknown gender first) stands for.
    fn impersonal(&self, it: bool) -> Option<Who> {
        let mut live = self.recent.iter().rev().filter(|r| self.live(r));
        let r = if it {
            live.find(|r| matches!(r.who.sort(), Sort::Org | Sort::Doc))
        } else {
            let mut live = live.filter(|r| r.who.sort() != Sort::Doc);
            live.clone()
                .find(|r| self.gender_of(r).is_none())
                .or_else(|| live.next())
        };
        r.map(|r| r.who.clone())
    }

    /// Whether a remembered source can still stand for a pronoun.
    fn live(&self, r: &Recent) -> bool {
        !r.weak || self.para_idx <= r.para + 1
    }

    /// The gender known for a remembered source.
    fn gender_of(&self, r: &Recent) -> Option<Gender> {
        match r.who {
            Who::Person(p) => self.people.gender(p),
            Who::Named(..) => r.gender,
        }
    }

    /// The speaker of one quotation, by the rules in order: its own
    /// sentence (speech verb before, attribution after, "according to"), a
    /// closing ", X said." clause, an earlier quotation in the same sentence,
    /// "according to" after it, the quotation it continues, and for a
    /// quotation standing on its own the previous speaker.
    fn quote_attr(
        &mut self,
        ctx: &Ctx<'_>,
        near: &Around<'_>,
        not_first: bool,
        continued: bool,
        only_quotes: bool,
        prev_attr: &Option<Attr>,
    ) -> Option<Attr> {
        self.attribute(ctx, near)
            .or_else(|| self.final_clause_attr(ctx, &near.final_clause, near.after_close))
            .or_else(|| {
                let (colon, attr) = ctx.colon_source.as_ref()?;
                (*colon <= near.open).then(|| attr.clone())
            })
            .or_else(|| {
                // "X said he was “a”, but Y was “b”": a person named since the
                // previous quotation takes over from its speaker
                let named = near.lead.first().zip(near.lead.last()).and_then(|(f, l)| {
                    let hi = ctx.namings.partition_point(|n| n.name.start < l.end);
                    let n = ctx.namings.get(..hi)?.last()?;
                    let subject = n.name.start >= f.start && opens_clause(&near.lead, n.name.start);
                    subject.then(|| Attr {
                        who: Who::Person(n.person),
                        span: Some(n.name.clone()),
                    })
                });
                match named {
                    Some(attr) if near.same_sentence => Some(attr),
                    _ => prev_attr.clone().filter(|_| near.same_sentence),
                }
            })
            .or_else(|| self.according_tail(ctx, &near.tail, near.after_close))
            .or_else(|| {
                continued
                    .then(|| self.carry.as_ref().and_then(|(_, who)| who.clone()))
                    .flatten()
                    .map(|who| Attr { who, span: None })
            })
            .or_else(|| {
                if near.embedded {
                    None
                } else if not_first {
                    ctx.para_last.clone()
                } else if only_quotes {
                    self.prev_para_last
                        .clone()
                        .flatten()
                        .or_else(|| self.prev_para_reported.clone())
                        .map(|who| Attr { who, span: None })
                } else {
                    None
                }
            })
    }

    /// The source named before the first colon of a headline or standfirst
    /// ("Union: staff ‘at breaking point’", "Dr Ann Lee: ‘…’"), with the
    /// colon's end: a short phrase opening the line with a capital, holding
    /// no quotation and no speech verb, that is not a section label
    /// ("Exclusive:").
    fn colon_source(&mut self, ctx: &Ctx<'_>) -> Option<(usize, Attr)> {
        /// Most words a source before a colon has.
        const MAX_WORDS: usize = 6;
        let text = ctx.text;
        let colon = text.find(':')?;
        if ctx.quoted.first().is_some_and(|q| q.start < colon)
            || crate::header::strip_section_prefix(text).len() != text.len()
        {
            return None;
        }
        let toks = tokenize(text, 0..colon);
        let words = toks.iter().filter(|t| t.word).count();
        let opens = toks.first().is_some_and(|t| t.word && is_cap(t.text));
        let head = toks.iter().rev().find(|t| t.word)?;
        if !opens
            || !(1..=MAX_WORDS).contains(&words)
            || (0..toks.len()).any(|v| speech_verb_at(&toks, v).is_some())
        {
            return None;
        }
        let attr = self.resolve_phrase(ctx, &toks, 0..toks.len(), None, colon)?;
        // the whole phrase names the source, and it is one that speaks
        // (not a topic: "Mental health: …", "Shifting care out of hospital: …")
        let whole = attr.span.as_ref().is_some_and(|s| s.end >= head.end);
        let speaks = match attr.who.sort() {
            Sort::Person | Sort::Unnamed | Sort::Doc => true,
            Sort::Group | Sort::Org => {
                speaker_noun(head) || toks.iter().any(|t| t.word && is_acronym(t.text))
            }
        };
        (whole && speaks).then_some((colon + 1, attr))
    }

    /// Scan the marks of a paragraph, continuing a quotation left open by
    /// the previous one when this paragraph opens with a mark or closes the
    /// quotation without opening one. Returns whether the first quotation
    /// continues the previous paragraph's.
    fn scan_with_carry(&self, text: &str) -> (MarkScan, bool) {
        let normal = scan_marks(text, None);
        let Some((kind, _)) = &self.carry else {
            return (normal, false);
        };
        let first = text
            .char_indices()
            .find(|(_, c)| !c.is_whitespace())
            .map_or(text.len(), |(i, _)| i);
        if normal.raws.first().is_some_and(|r| r.open == Some(first)) {
            return (normal, true);
        }
        let inherited = scan_marks(text, Some(*kind));
        if inherited.inherited_closed {
            (inherited, true)
        } else {
            (normal, false)
        }
    }

    /// Attribution from the quotation's own sentence: a speech verb before
    /// it, an attribution right after it, or "according to" before it.
    fn attribute(&mut self, ctx: &Ctx<'_>, near: &Around<'_>) -> Option<Attr> {
        if let Some(verb) = last_speech_verb(&near.lead).map(|v| outer_verb(&near.lead, v)) {
            let attr = self.verb_attr(
                ctx,
                &near.lead,
                verb,
                &near.tail,
                near.at_sentence_start,
                near.open,
            );
            if attr.is_some() {
                return attr;
            }
            if verb.participle && !near.at_sentence_start {
                let attr = self.sentence_subject(ctx, near, verb);
                if attr.is_some() {
                    return attr;
                }
            }
        }
        self.tail_attr(ctx, &near.tail, near.after_close)
            .or_else(|| self.according_lead(ctx, &near.lead, near.open))
    }

    /// The subject of a participle whose words since the previous quotation
    /// name none ("The minister toured the “virtual ward”, adding: “…”"):
    /// read from the sentence's start, leaving out what is quoted.
    fn sentence_subject(&mut self, ctx: &Ctx<'_>, near: &Around<'_>, verb: Verb) -> Option<Attr> {
        let at = near.lead.get(verb.idx)?.start;
        let lo = near.sent_start.max(near.open.saturating_sub(WINDOW));
        let lo = ceil_boundary(ctx.text, lo);
        let toks: Vec<Tok<'_>> = tokenize(ctx.text, lo..near.open)
            .into_iter()
            .filter(|t| !ctx.in_quotation(t.start))
            .collect();
        let v = toks.iter().position(|t| t.start == at)?;
        self.fallback_subject(ctx, &toks, v, &[], lo == near.sent_start, near.open)
    }

    /// The speaker of speech verb `verb` in `toks`.
    fn verb_attr(
        &mut self,
        ctx: &Ctx<'_>,
        toks: &[Tok<'_>],
        verb: Verb,
        tail: &[Tok<'_>],
        at_sentence_start: bool,
        pos: usize,
    ) -> Option<Attr> {
        if !verb.participle {
            if let Some(found) = self.subject_attr(ctx, toks, verb, tail, pos) {
                return found;
            }
        } else if let Some(attr) = self.absolute_subject(ctx, toks, verb, pos) {
            return Some(attr);
        }
        self.fallback_subject(ctx, toks, verb.idx, tail, at_sentence_start, pos)
    }

    /// The speaker named as the subject of `verb`, or the agent of a passive
    /// one (else the latest source in the paragraph). `None` when the verb
    /// has no subject of its own ("… and explains", "to say").
    fn subject_attr(
        &mut self,
        ctx: &Ctx<'_>,
        toks: &[Tok<'_>],
        verb: Verb,
        tail: &[Tok<'_>],
        pos: usize,
    ) -> Option<Option<Attr>> {
        let before = subject_before(toks, verb.idx, 0);
        if before.passive {
            // the subject of a passive speech verb is the hearer: look for the agent
            let by = (verb.end..toks.len())
                .take(8)
                .find(|&k| toks.get(k).is_some_and(|t| t.is("by")))
                .map(|k| (toks, k + 1))
                .or_else(|| {
                    let k = tail.iter().position(|t| t.word)?;
                    tail.get(k).filter(|t| t.is("by")).map(|_| (tail, k + 1))
                });
            if let Some((agent_toks, k)) = by {
                let np = np_forward(agent_toks, k, agent_toks.len());
                if let Some(attr) = self.resolve_phrase(ctx, agent_toks, np, None, pos) {
                    return Some(Some(attr));
                }
            }
            return Some(ctx.para_last.clone());
        }
        match before.subj {
            Subj::Empty => None,
            Subj::Pronoun(k) => Some(toks.get(k).and_then(|t| self.resolve_pronoun(ctx, t, pos))),
            Subj::Relative(k) => Some(self.resolve_relative(ctx, toks, k, pos)),
            Subj::Phrase { a, b } => Some(self.resolve_phrase(ctx, toks, a, b, pos)),
        }
    }

    /// The subject of a participle in an absolute clause ("…, with
    /// midwives warning of “…”"): the noun phrase between "with" and it.
    fn absolute_subject(
        &mut self,
        ctx: &Ctx<'_>,
        toks: &[Tok<'_>],
        verb: Verb,
        pos: usize,
    ) -> Option<Attr> {
        let before = subject_before(toks, verb.idx, 0);
        let Subj::Phrase { a, b: None } = before.subj else {
            return None;
        };
        let with = a.start.checked_sub(1).and_then(|k| toks.get(k));
        if before.passive || !with.is_some_and(|t| t.is("with")) {
            return None;
        }
        self.resolve_phrase(ctx, toks, a, None, pos)
    }

    /// The subject of a verb with none before it: an earlier speech verb's
    /// subject in the same words, else the noun phrase opening the sentence
    /// ("The review looks at … and explains …").
    fn fallback_subject(
        &mut self,
        ctx: &Ctx<'_>,
        toks: &[Tok<'_>],
        v: usize,
        tail: &[Tok<'_>],
        at_sentence_start: bool,
        pos: usize,
    ) -> Option<Attr> {
        for u in (0..v).rev() {
            crate::work::tick(1);
            let Some(verb) = speech_verb_at(toks, u).filter(|verb| !verb.participle) else {
                continue;
            };
            if let Some(found) = self.subject_attr(ctx, toks, verb, tail, pos) {
                return found;
            }
        }
        if !at_sentence_start {
            return None;
        }
        let np = clause_subject(toks, v);
        match np.clone().next().and_then(|k| toks.get(k)) {
            Some(t) if np.len() == 1 && t.is_any(PRONOUNS) => self.resolve_pronoun(ctx, t, pos),
            _ => self.resolve_phrase(ctx, toks, np, None, pos),
        }
    }

    /// An attribution right after a quotation: "said X", "X said", "he
    /// urged", "according to X".
    fn tail_attr(&mut self, ctx: &Ctx<'_>, toks: &[Tok<'_>], pos: usize) -> Option<Attr> {
        let i = toks
            .iter()
            .position(|t| t.word || !matches!(t.text, "," | "–" | "—" | "-" | ":" | ")"))?;
        let first = toks.get(i)?;
        if !first.word {
            return None;
        }
        if let Some(verb) = speech_verb_at(toks, i) {
            if verb.participle {
                return None;
            }
            let np = np_forward(toks, verb.end, toks.len());
            return match np.clone().next().and_then(|k| toks.get(k)) {
                Some(t) if t.is_any(PRONOUNS) => self.resolve_pronoun(ctx, t, pos),
                _ => self.resolve_phrase(ctx, toks, np, None, pos),
            };
        }
        if first.is("according") && toks.get(i + 1).is_some_and(|t| t.is("to")) {
            let np = np_forward(toks, i + 2, toks.len());
            return self.resolve_phrase(ctx, toks, np, None, pos);
        }
        let hi = (i + 20).min(toks.len());
        for v in i..hi {
            crate::work::tick(1);
            let Some(verb) = speech_verb_at(toks, v) else {
                continue;
            };
            if verb.participle {
                return None;
            }
            // "“…,” as one GP put it"
            let s = i + usize::from(first.is("as"));
            let before = subject_before(toks, v, s);
            return match before.subj {
                Subj::Pronoun(k) if k == s => self.resolve_pronoun(ctx, toks.get(k)?, pos),
                Subj::Phrase { a, b } if a.start == s && !before.passive => {
                    self.resolve_phrase(ctx, toks, a, b, pos)
                }
                _ => None,
            };
        }
        None
    }

    /// A closing ", X said." or ", says X." clause ending the sentence
    /// after its last quotation: it attributes every quotation before it.
    fn final_clause_attr(&mut self, ctx: &Ctx<'_>, toks: &[Tok<'_>], pos: usize) -> Option<Attr> {
        let mut end = toks.len();
        while end > 0 && toks.get(end - 1).is_some_and(|t| !t.word) {
            crate::work::tick(1);
            end -= 1;
        }
        let comma = (0..end).rev().take(12).find(|&k| {
            toks.get(k)
                .is_some_and(|t| t.is_punct(",") || t.is_punct("–"))
        })?;
        let i = comma + 1;
        if let Some(verb) = speech_verb_at(toks, i).filter(|v| !v.participle) {
            let np = np_forward(toks, verb.end, end);
            return match np.clone().next().and_then(|k| toks.get(k)) {
                Some(t) if t.is_any(PRONOUNS) => self.resolve_pronoun(ctx, t, pos),
                _ => self.resolve_phrase(ctx, toks, np, None, pos),
            };
        }
        let v = (i..end.min(i + 8)).find(|&v| speech_verb_at(toks, v).is_some())?;
        let verb = speech_verb_at(toks, v)?;
        if verb.participle || end.saturating_sub(verb.end) > 6 {
            return None;
        }
        // ", as one manager said."
        let s = i + usize::from(toks.get(i).is_some_and(|t| t.is("as")));
        let before = subject_before(toks, v, s);
        match before.subj {
            _ if before.passive => None,
            Subj::Pronoun(k) if k == s => self.resolve_pronoun(ctx, toks.get(k)?, pos),
            Subj::Phrase { a, b } if a.start == s => self.resolve_phrase(ctx, toks, a, b, pos),
            _ => None,
        }
    }

    /// "According to X" before a quotation. When it opens the sentence and a
    /// named subject follows ("According to the magazine, the Treasury wants
    /// …"), that subject is the source; otherwise X.
    fn according_lead(&mut self, ctx: &Ctx<'_>, toks: &[Tok<'_>], pos: usize) -> Option<Attr> {
        let k = (0..toks.len().saturating_sub(1)).rev().find(|&k| {
            toks.get(k).is_some_and(|t| t.is("according"))
                && toks.get(k + 1).is_some_and(|t| t.is("to"))
        })?;
        let x = np_forward(toks, k + 2, toks.len());
        if x.is_empty() {
            return None;
        }
        let opens_clause = k == 0
            || toks
                .get(k - 1)
                .is_some_and(|t| !t.word || t.is_any(&["but", "and", "yet", "so"]));
        if opens_clause && toks.get(x.end).is_some_and(|t| t.is_punct(",")) {
            let z = np_forward(toks, x.end + 1, toks.len());
            let named = toks
                .get(z.start)
                .is_some_and(|t| t.word && is_cap(t.text) && !is_stop_cap(t.text) && !is_det(t));
            let verb_follows = toks.get(z.end).is_some_and(|t| t.word && is_lower(t.text));
            if !z.is_empty()
                && named
                && verb_follows
                && let Some(attr) = self.resolve_phrase(ctx, toks, z, None, pos)
            {
                return Some(attr);
            }
        }
        self.resolve_phrase(ctx, toks, x, None, pos)
    }

    /// "according to X" anywhere after a quotation.
    fn according_tail(&mut self, ctx: &Ctx<'_>, toks: &[Tok<'_>], pos: usize) -> Option<Attr> {
        let k = (0..toks.len().saturating_sub(1)).find(|&k| {
            toks.get(k).is_some_and(|t| t.is("according"))
                && toks.get(k + 1).is_some_and(|t| t.is("to"))
        })?;
        let np = np_forward(toks, k + 2, toks.len());
        self.resolve_phrase(ctx, toks, np, None, pos)
    }

    /// "he" / "she": the latest person (a speaker, named or not, or someone
    /// named in this paragraph) not known to be of the other gender, who then
    /// gets this one; else a person named in an earlier paragraph; else the
    /// latest speaker who is a person. Never an organisation or a document.
    /// "it" and "they": the topic of the sentence before, else the latest
    /// organisation or document for "it", the latest source that is not a
    /// document (one of unknown gender first) for "they".
    fn resolve_pronoun(&mut self, ctx: &Ctx<'_>, t: &Tok<'_>, pos: usize) -> Option<Attr> {
        let span = Some(t.start..t.end);
        let gender = if t.is("he") {
            Gender::Male
        } else if t.is("she") {
            Gender::Female
        } else if t.is("it") || t.is("they") {
            let who = self.topic.clone().or_else(|| self.impersonal(t.is("it")))?;
            return Some(Attr { who, span });
        } else {
            return None;
        };
        let other = match gender {
            Gender::Male => Gender::Female,
            Gender::Female => Gender::Male,
        };
        // sources and people named in this paragraph, latest first
        let mut cands: Vec<(u64, Cand)> = self
            .recent
            .iter()
            .enumerate()
            .filter(|(_, r)| self.live(r) && matches!(r.who.sort(), Sort::Person | Sort::Unnamed))
            .map(|(i, r)| (r.at, Cand::Source(i)))
            .collect();
        let upto = ctx.namings.partition_point(|n| n.name.end <= pos);
        let named_here = ctx.namings.get(..upto).unwrap_or(&[]).iter().rev();
        for n in named_here
            .take(4 * RECENT)
            .filter(|n| !ctx.in_quotation(n.name.start))
            .take(RECENT)
        {
            crate::work::tick(1);
            cands.push((ctx.at(n.name.start), Cand::Person(n.person)));
        }
        cands.sort_by_key(|c| std::cmp::Reverse(c.0));
        let named_before = self.recent_named.iter().rev().map(|&p| Cand::Person(p));
        let gender_of = |c: &Cand| match *c {
            Cand::Source(i) => self.recent.get(i).and_then(|r| self.gender_of(r)),
            Cand::Person(p) => self.people.gender(p),
        };
        let hit = cands
            .into_iter()
            .map(|(_, c)| c)
            .chain(named_before)
            .find(|c| gender_of(c) != Some(other));
        let who = match hit {
            Some(Cand::Person(p)) => {
                self.people.set_gender(p, gender);
                Who::Person(p)
            }
            Some(Cand::Source(i)) => {
                let r = self.recent.get_mut(i)?;
                if let Who::Person(p) = r.who {
                    self.people.set_gender(p, gender);
                } else {
                    r.gender.get_or_insert(gender);
                }
                r.who.clone()
            }
            None => self
                .recent
                .iter()
                .rev()
                .find(|r| self.live(r) && matches!(r.who.sort(), Sort::Person | Sort::Unnamed))?
                .who
                .clone(),
        };
        Some(Attr { who, span })
    }

    /// The speaker of a share of people ("64.7 per cent", "one in five
    /// of the nurses") that opens the phrase `a` and ends at token `end`:
    /// the group after "of", else the people counted last before it in the
    /// paragraph, else the latest survey's respondents; a number is never a
    /// speaker. `None` when the phrase goes on otherwise ("40 nurses").
    fn share_group(
        &self,
        ctx: &Ctx<'_>,
        toks: &[Tok<'_>],
        a: Range<usize>,
        end: usize,
    ) -> Option<Option<Attr>> {
        let share = toks.get(a.start..end)?;
        // "one nurse", "one of them": one person, not a share
        if share
            .iter()
            .filter(|t| t.word)
            .all(|t| t.is_any(&["one", "a", "an"]))
        {
            return None;
        }
        let first = toks.get(a.start)?;
        let span = Some(first.start..toks.get(end - 1)?.end);
        let group = |r: Range<usize>| {
            Some(Attr {
                who: Who::Named(join(toks.get(r.clone())?), Sort::Group),
                span: byte_range(toks, &r),
            })
        };
        if end < a.end {
            if !toks.get(end).is_some_and(|t| t.is("of")) {
                return None;
            }
            if let Some(r) = of_group(toks, end + 1, a.end) {
                return Some(group(r));
            }
        } else if let Some(r) = fronted_of_group(toks, a.start) {
            return Some(group(r));
        }
        let group = group_referent(ctx.text, first.start).or_else(|| self.population.clone());
        Some(group.map(|name| Attr {
            who: Who::Named(name, Sort::Group),
            span,
        }))
    }

    /// The antecedent of "which" / "who" / "that" at token `rel`.
    fn resolve_relative(
        &mut self,
        ctx: &Ctx<'_>,
        toks: &[Tok<'_>],
        rel: usize,
        pos: usize,
    ) -> Option<Attr> {
        let mut e = rel;
        if e > 0 && toks.get(e - 1).is_some_and(|t| t.is_punct(",")) {
            e -= 1;
        }
        // "the Union of X (UX), which …": the antecedent is before the bracket
        if e > 0
            && toks.get(e - 1).is_some_and(|t| t.is_punct(")"))
            && let Some(k) = (e.saturating_sub(8)..e - 1)
                .rev()
                .find(|&k| toks.get(k).is_some_and(|t| t.is_punct("(")))
        {
            e = k;
        }
        let mut s = e;
        while s > 0 && e - s < 12 {
            crate::work::tick(1);
            let Some(t) = toks.get(s - 1) else { break };
            if !t.word {
                break;
            }
            if is_det(t) {
                s -= 1;
                break;
            }
            let cap = is_cap(t.text) && !is_stop_cap(t.text);
            let connector = t.is_any(CONNECTORS)
                && s >= 2
                && toks.get(s - 2).is_some_and(|p| p.word && is_cap(p.text));
            let noun = is_lower(t.text)
                && !is_stop(t)
                && !t.is_in(&SPLIT_PREPS_LEXICON)
                && speech_verb_at(toks, s - 1).is_none();
            if cap || connector || noun {
                s -= 1;
                continue;
            }
            break;
        }
        self.resolve_phrase(ctx, toks, s..e, None, pos)
    }

    /// The speaker a noun phrase names: a person (registered or found now),
    /// a document's author ("a report by X"), an organisation, a document, a
    /// group, or the noun for an unnamed person.
    fn resolve_phrase(
        &mut self,
        ctx: &Ctx<'_>,
        toks: &[Tok<'_>],
        a: Range<usize>,
        b: Option<Range<usize>>,
        pos: usize,
    ) -> Option<Attr> {
        let a_toks = toks.get(a.clone()).filter(|s| !s.is_empty())?;
        let a_bytes = byte_range(toks, &a)?;
        // a person named in the phrase, unless only as an owner ("Ann
        // Lee’s deputy"), else in its appositive ("her deputy, Dr Bo Ng,")
        let b_bytes = b.as_ref().and_then(|b| byte_range(toks, b));
        let named_in = |r: &Range<usize>, owners: bool| {
            let upto = ctx.namings.partition_point(|n| n.name.start < r.end);
            ctx.namings
                .get(..upto)
                .unwrap_or(&[])
                .iter()
                .rev()
                .take_while(|n| n.name.start >= r.start)
                .find(|n| {
                    let owner = n.name.end < r.end
                        && ctx
                            .text
                            .get(n.name.end..)
                            .is_some_and(|rest| rest.starts_with(['’', '\'']));
                    n.name.end <= r.end && (owners || !owner)
                })
        };
        let inside = named_in(&a_bytes, false)
            .or_else(|| b_bytes.as_ref().and_then(|r| named_in(r, true)))
            .or_else(|| named_in(&a_bytes, true));
        if let Some(n) = inside {
            return Some(Attr {
                who: Who::Person(n.person),
                span: Some(n.name.clone()),
            });
        }
        if let [single] = a_toks
            && single.is_any(PRONOUNS)
        {
            return self.resolve_pronoun(ctx, single, pos);
        }
        // "…, Jane Smith, said" after a role: the appositive is the person
        if let Some(b) = b.clone() {
            let b_toks = toks.get(b.clone()).unwrap_or(&[]);
            let names = b_toks.iter().all(|t| t.word && name_like(t.text));
            if (2..=3).contains(&b_toks.len()) && names {
                let words: Vec<&str> = b_toks.iter().map(|t| t.text).collect();
                let person = self.people.add(&words, &[], ctx.at(pos));
                for role in role_phrase(a_toks, 0) {
                    crate::work::tick(1);
                    self.people.add_role(person, &ctx.para, a_toks, &role);
                }
                return Some(Attr {
                    who: Who::Person(person),
                    span: byte_range(toks, &b),
                });
            }
        }
        // a document's author: "a report by X", "research by X into Y"
        if let Some(by) = a_toks.iter().position(|t| t.is("by"))
            && a_toks.get(..by).unwrap_or(&[]).iter().any(is_doc_noun)
        {
            let agent = agent_range(toks, a.start + by + 1, a.end);
            if !agent.is_empty()
                && let Some(attr) = self.resolve_simple(ctx, toks, agent, None, pos)
            {
                return Some(attr);
            }
        }
        self.resolve_simple(ctx, toks, a, b, pos)
    }

    fn resolve_simple(
        &mut self,
        ctx: &Ctx<'_>,
        toks: &[Tok<'_>],
        a: Range<usize>,
        b: Option<Range<usize>>,
        pos: usize,
    ) -> Option<Attr> {
        if let Some(end) = share_end(toks, &a)
            && let Some(attr) = self.share_group(ctx, toks, a.clone(), end)
        {
            return attr;
        }
        // the head part ends at the first preposition after a lower-case word
        let mut hp_end = a.end;
        for k in a.start + 1..a.end {
            crate::work::tick(1);
            let split = toks.get(k).is_some_and(|t| t.is_in(&SPLIT_PREPS_LEXICON))
                && toks.get(k - 1).is_some_and(|p| p.word && is_lower(p.text));
            if split {
                hp_end = k;
                break;
            }
        }
        let hp = a.start..hp_end;
        let tok = |k: usize| toks.get(k);
        // an office named by its address: "No 10", "Number 10"
        let at = if tok(hp.start).is_some_and(|t| t.is("the")) {
            hp.start + 1
        } else {
            hp.start
        };
        if number_ten(toks, at) && at + 2 == hp.end {
            let r = at..hp.end;
            return Some(Attr {
                who: Who::Named(join(toks.get(r.clone())?), Sort::Org),
                span: byte_range(toks, &r),
            });
        }
        // "X (ACR)": the acronym
        if hp.len() >= 3
            && tok(hp.end - 1).is_some_and(|t| t.is_punct(")"))
            && tok(hp.end - 3).is_some_and(|t| t.is_punct("("))
            && let Some(acr) = tok(hp.end - 2).filter(|t| t.word && is_acronym(t.text))
        {
            return Some(Attr {
                who: Who::Named(acr.text.to_owned(), Sort::Org),
                span: Some(acr.start..acr.end),
            });
        }
        // drop a trailing parenthesis and letters after a name ("MP")
        let mut he = hp.end;
        if tok(he.checked_sub(1)?).is_some_and(|t| t.is_punct(")"))
            && let Some(k) = (hp.start..he)
                .rev()
                .find(|&k| tok(k).is_some_and(|t| t.is_punct("(")))
        {
            he = k;
        }
        while he > hp.start + 1 && tok(he - 1).is_some_and(|t| t.word && is_postnominal(t.text)) {
            crate::work::tick(1);
            he -= 1;
        }
        if he <= hp.start {
            return None;
        }
        // a name: two or three name words before the verb, or one known name
        let mut ns = he;
        while ns > hp.start
            && he - ns < 4
            && tok(ns - 1).is_some_and(|t| t.word && name_like(t.text))
        {
            crate::work::tick(1);
            ns -= 1;
        }
        let run = he - ns;
        let mut hons = Vec::new();
        let mut hs = ns;
        while hs > hp.start && hons.len() < 3 {
            crate::work::tick(1);
            match tok(hs - 1).and_then(|t| honorific(t.text)) {
                Some(h) => {
                    hons.push(h);
                    hs -= 1;
                }
                None => break,
            }
        }
        hons.reverse();
        let name_span = byte_range(toks, &(ns..he));
        let thing = hons.is_empty() && ns > hp.start && people::names_a_thing(toks, ns);
        if ((2..=3).contains(&run) && !thing) || (run == 1 && !hons.is_empty()) {
            let words: Vec<&str> = toks.get(ns..he)?.iter().map(|t| t.text).collect();
            let person = self.people.add(&words, &hons, ctx.at(pos));
            if let Some(b_toks) = b.and_then(|b| toks.get(b)) {
                for role in role_phrase(b_toks, 0) {
                    crate::work::tick(1);
                    self.people.add_role(person, &ctx.para, b_toks, &role);
                }
            }
            return Some(Attr {
                who: Who::Person(person),
                span: name_span,
            });
        }
        if run == 1
            && let Some(person) = tok(ns).and_then(|t| self.people.resolve_short(t.text))
        {
            return Some(Attr {
                who: Who::Person(person),
                span: name_span,
            });
        }
        let first = tok(hp.start)?;
        // a group: "Some", "Many of the leads", "Most GPs"
        let mut q = hp.start;
        if first.is_any(&["a", "the"]) && tok(q + 1).is_some_and(|t| t.is_any(QUANTIFIERS)) {
            q += 1;
        }
        if let Some(quant) = tok(q).filter(|t| t.is_any(QUANTIFIERS) && q < he) {
            let mut r = q + 1;
            while r < he && tok(r).is_some_and(|t| t.is_any(&["of", "the", "those", "these"])) {
                crate::work::tick(1);
                r += 1;
            }
            let rest = toks.get(r..he).unwrap_or(&[]);
            let bare = rest.is_empty() || rest.iter().all(|t| t.is_any(&["them", "us"]));
            let who = if bare {
                group_referent(ctx.text, quant.start)
                    .or_else(|| self.population.clone())
                    .unwrap_or_else(|| quant.text.to_owned())
            } else {
                join(rest)
            };
            return Some(Attr {
                who: Who::Named(who, Sort::Group),
                span: Some(quant.start..quant.end),
            });
        }
        // skip an article, and an owner's possessive before a common noun
        let mut body = hp.start;
        if is_det(first) || is_indefinite(first) {
            body += 1;
        }
        let head = tok(he - 1)?;
        if let Some(k) = (body..he).rev().find(|&k| {
            tok(k).is_some_and(|t| t.word && strip_possessive(t.text).len() < t.text.len())
        }) && k + 1 < he
            && is_lower(head.text)
        {
            body = k + 1;
        }
        let named = |who: String, sort: Sort, r: Range<usize>| {
            // a number is never a speaker ("64.7 per cent", "54")
            let number = toks.get(r.clone())?.iter().all(|t| {
                !t.word
                    || is_number_word(t)
                    || t.is_any(SHARE_WORDS)
                    || t.is_in(&SHARE_QUALIFIERS_LEXICON)
            });
            (!number).then(|| Attr {
                who: Who::Named(who, sort),
                span: byte_range(toks, &r),
            })
        };
        if is_indefinite(first) && body < he {
            return named(join(toks.get(body..he)?), noun_sort(head), body..he);
        }
        let sole_word = he - 1 == body;
        if is_doc_noun(head) && (is_lower(head.text) || sole_word) {
            if let Some(b) = b.filter(|b| {
                tok(b.start).is_some_and(|t| t.word && is_cap(t.text))
                    && !is_role_phrase(toks, b.start, b.end)
            }) {
                return named(join(toks.get(b.clone())?), Sort::Doc, b);
            }
            let phrase = join(toks.get(hp.start..he)?);
            return named(capitalise(&phrase), Sort::Doc, hp.start..he);
        }
        if head.word && (is_cap(head.text) || is_acronym(head.text)) {
            let run = org_run(toks, hp.start, he);
            if run.is_empty() {
                return None;
            }
            let name = join(toks.get(run.clone())?);
            let sort = if run.len() == 1 {
                noun_sort(head)
            } else if is_doc_noun(head) {
                Sort::Doc
            } else {
                Sort::Org
            };
            return named(strip_possessive(&name).to_owned(), sort, run);
        }
        if body < he && head.word && is_lower(head.text) {
            // "the minister" after "Health Minister Ann Lee": that person
            let titled = first.is("the")
                && toks
                    .get(body..he)?
                    .iter()
                    .all(|t| t.word && is_lower(t.text) && is_title_word(t.text));
            if let Some(p) = titled
                .then(|| self.titled_person(ctx, head.text, pos))
                .flatten()
            {
                return Some(Attr {
                    who: Who::Person(p),
                    span: byte_range(toks, &(body..he)),
                });
            }
            return named(join(toks.get(body..he)?), noun_sort(head), body..he);
        }
        None
    }
}

/// The subject opening a clause at the start of `toks`, before token `v`.
fn clause_subject(toks: &[Tok<'_>], v: usize) -> Range<usize> {
    let mut i = 0;
    while i < v
        && toks.get(i).is_some_and(|t| {
            crate::work::tick(1);
            !t.word
                || t.is_any(&[
                    "but",
                    "and",
                    "so",
                    "yet",
                    "however",
                    "meanwhile",
                    "also",
                    "now",
                    "then",
                    "still",
                ])
        })
    {
        i += 1;
    }
    let s = i;
    if toks.get(i).is_some_and(is_det) {
        i += 1;
    }
    let mut seen = false;
    while i < v && i < s + 8 {
        crate::work::tick(1);
        let Some(t) = toks.get(i) else { break };
        let prev = i.checked_sub(1).and_then(|p| toks.get(p));
        // a plural possessive: "the inspectors’ audit"
        if plural_possessive_mark(toks, i) {
            i += 1;
            continue;
        }
        if !t.word || is_stop(t) || is_aux_or_adverb(t, prev) || speech_verb_at(toks, i).is_some() {
            break;
        }
        let verbish = is_lower(t.text) && (t.text.ends_with('s') || t.text.ends_with("ed"));
        if seen && verbish && !t.is_in(&SPLIT_PREPS_LEXICON) {
            break;
        }
        if t.is_in(&SPLIT_PREPS_LEXICON) {
            break;
        }
        seen = true;
        i += 1;
    }
    if seen { s..i } else { s..s }
}

/// Whether the name starting at byte `start` opens a clause in `toks`:
/// after punctuation or a conjunction, with only honorifics and titles
/// between ("…, but Mrs Vine was", "while chair Ann Lee").
fn opens_clause(toks: &[Tok<'_>], start: usize) -> bool {
    let Some(k) = toks.iter().position(|t| t.start == start) else {
        return false;
    };
    let mut k = k;
    while k > 0
        && toks
            .get(k - 1)
            .is_some_and(|t| t.word && (honorific(t.text).is_some() || is_title_word(t.text)))
    {
        crate::work::tick(1);
        k -= 1;
    }
    k == 0
        || toks.get(k - 1).is_some_and(|t| {
            !t.word
                || t.is_any(&[
                    "but", "and", "while", "whilst", "whereas", "although", "though", "yet",
                ])
        })
}

/// Lower-case nouns for a body that can speak ("the council said").
#[rustfmt::skip]
const ORG_NOUNS: &[&str] = &[
    "council", "trust", "government", "department", "board", "committee", "regulator",
    "charity", "union", "college", "commission", "authority", "agency", "service", "ministry",
    "company", "firm", "organisation", "organization", "watchdog", "hospital", "association",
    "federation", "network", "partnership", "alliance", "foundation", "institute", "fund",
    "treasury", "body", "group", "confederation", "inspectorate", "practice", "provider",
];

/// Whether the noun phrase `np` opening a sentence names a document or an
/// organisation, and no person: "The audit, out today,", "This study",
/// "NHS England", "The Treasury", "the council" (not a bare capitalised
/// word such as "Community", which may only open the sentence).
fn is_topic(ctx: &Ctx<'_>, toks: &[Tok<'_>], np: Range<usize>) -> bool {
    let (Some(first), Some(head)) = (
        toks.get(np.start),
        np.end.checked_sub(1).and_then(|k| toks.get(k)),
    ) else {
        return false;
    };
    let k = ctx.namings.partition_point(|n| n.name.start < first.start);
    let has_person = ctx.namings.get(k).is_some_and(|n| n.name.end <= head.end);
    if has_person || !head.word {
        return false;
    }
    let det = is_det(first);
    let words = np.len();
    if is_lower(head.text) {
        return det && (is_doc_noun(head) || head.is_in(&ORG_NOUNS_LEXICON));
    }
    if is_acronym(head.text) {
        return !head.text.ends_with('s') || words > 1;
    }
    // "The Audit Panel", "NHS England", not "Community" alone; a head that
    // could be a surname would make the phrase a person's name
    is_cap(head.text)
        && words > 1
        && !name_like(head.text)
        && (people::is_org_word(head.text) || is_doc_noun(head))
}

/// Nouns for a person besides titles ("a mother of two", "one patient").
#[rustfmt::skip]
const PERSON_NOUNS: &[&str] = &[
    "person", "individual", "patient", "resident", "doctor", "worker", "carer", "caregiver",
    "source", "insider", "volunteer", "student", "teacher", "pensioner", "owner", "employee",
    "colleague", "friend", "neighbour", "respondent", "participant", "whistleblower", "paramedic",
    "porter", "cleaner", "receptionist", "dentist", "therapist", "psychiatrist", "psychologist",
    "physiotherapist", "optometrist", "locum", "trainee", "medic", "survivor", "relative",
    "parent", "grandparent", "sibling", "child", "mp", "expert", "academic", "scientist",
    "activist", "critic", "veteran", "client", "customer", "tenant", "applicant", "claimant",
];

/// Nouns that tell a woman.
const FEMALE_NOUNS: &[&str] = &[
    "woman",
    "mother",
    "mum",
    "daughter",
    "wife",
    "widow",
    "grandmother",
    "sister",
    "girl",
    "lady",
    "spokeswoman",
    "chairwoman",
    "businesswoman",
    "councilwoman",
];

/// Nouns that tell a man.
const MALE_NOUNS: &[&str] = &[
    "man",
    "father",
    "dad",
    "son",
    "husband",
    "widower",
    "grandfather",
    "brother",
    "boy",
    "gentleman",
    "spokesman",
    "chairman",
    "businessman",
    "councilman",
];

/// Whether `word` names one person: a title, a relation, a job.
fn is_person_noun(word: &str) -> bool {
    PERSON_NOUNS_LEXICON.contains_ignore_ascii_case(word)
        || in_list(word, FEMALE_NOUNS)
        || in_list(word, MALE_NOUNS)
        || people::is_title_head(word)
}

/// Whether noun `t` (singular or plural, any case) names a source that
/// speaks: a person ("nurse", "Campaigners"), a body ("union",
/// "Charities") or a document ("report").
fn speaker_noun(t: &Tok<'_>) -> bool {
    let w = strip_possessive(t.text);
    let speaks = |s: &str| {
        is_person_noun(s)
            || ORG_NOUNS_LEXICON.contains_ignore_ascii_case(s)
            || DOC_NOUNS_LEXICON.contains_ignore_ascii_case(s)
    };
    // "charities", "midwives"
    let irregular = [("ies", "y"), ("ves", "fe"), ("ves", "f")]
        .iter()
        .any(|(plural, single)| {
            w.strip_suffix(plural)
                .is_some_and(|stem| speaks(&format!("{stem}{single}")))
        });
    irregular
        || [Some(w), w.strip_suffix('s'), w.strip_suffix("es")]
            .into_iter()
            .flatten()
            .any(speaks)
}

/// The sort of source a noun phrase with head `t` names.
fn noun_sort(t: &Tok<'_>) -> Sort {
    let w = strip_possessive(t.text);
    if is_doc_noun(t) {
        return Sort::Doc;
    }
    if is_person_noun(w) {
        return Sort::Unnamed;
    }
    if is_acronym(w) {
        // "GPs", "CCGs" are several; "BMA" is one body
        return if w.ends_with('s') {
            Sort::Group
        } else {
            Sort::Org
        };
    }
    let singular = w.strip_suffix('s').unwrap_or(w);
    let lower = w.to_lowercase();
    let lower_tok = Tok {
        text: &lower,
        start: t.start,
        end: t.end,
        word: t.word,
    };
    // "nurses", "Campaigners" (capitalised at a sentence's start)
    if singular.len() < w.len() && (is_person_noun(singular) || is_plural_noun(&lower_tok)) {
        return Sort::Group;
    }
    Sort::Org
}

/// The gender an unnamed person's noun tells ("a spokeswoman").
fn noun_gender(who: &Who) -> Option<Gender> {
    let Who::Named(name, Sort::Unnamed) = who else {
        return None;
    };
    let last = name.rsplit(' ').next().unwrap_or("");
    if in_list(last, FEMALE_NOUNS) {
        Some(Gender::Female)
    } else if in_list(last, MALE_NOUNS) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// First letter upper-cased ("the report" → "The report").
fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The quotation's words without surrounding spaces, with their range;
/// `None` when there is no letter or digit.
fn trimmed(text: &str, inner: Range<usize>) -> Option<(Range<usize>, &str)> {
    let s = text.get(inner.clone())?;
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if !t.chars().any(char::is_alphanumeric) {
        return None;
    }
    let start = inner.start + lead;
    Some((start..start + t.len(), t))
}

/// Whether the paragraph holds nothing but its quotations (and punctuation).
fn only_quotes(text: &str, raws: &[Raw]) -> bool {
    if raws.is_empty() {
        return false;
    }
    let mut from = 0;
    for raw in raws {
        crate::work::tick(1);
        if has_alnum(text, from..raw.open.unwrap_or(0).max(from)) {
            return false;
        }
        from = raw.close.unwrap_or(text.len());
    }
    !has_alnum(text, from..text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Build paragraphs from `paragraphs` (line i+1 each, joined by
    /// newlines; body lines unless marked `[headline] ` or `[standfirst] `)
    /// and compare the quotations, rendered as `LINE[+] SPEAKER: TEXT` (`+`
    /// marks a continued quotation, `-` no speaker).
    fn check(paragraphs: &[&str], expected: &[&str]) {
        let lines: Vec<(Role, &str)> = paragraphs
            .iter()
            .map(|p| {
                if let Some(rest) = p.strip_prefix("[headline] ") {
                    (Role::Headline, rest)
                } else if let Some(rest) = p.strip_prefix("[standfirst] ") {
                    (Role::Standfirst, rest)
                } else {
                    (Role::Body, *p)
                }
            })
            .collect();
        let article = lines.iter().map(|l| l.1).collect::<Vec<_>>().join("\n");
        let mut paras = Vec::new();
        let mut start = 0u32;
        for (idx, &(role, text)) in lines.iter().enumerate() {
            paras.push(Para::new(idx as u32 + 1, start, text, role));
            start += text.len() as u32 + 1;
        }
        let got: Vec<String> = extract(&paras)
            .quotes
            .iter()
            .map(|q| {
                assert_eq!(q.span.text(&article), Some(q.text.as_str()));
                format!(
                    "{}{} {}: {}",
                    q.line,
                    if q.continued { "+" } else { "" },
                    q.speaker.as_deref().unwrap_or("-"),
                    q.text
                )
            })
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn speaker_before_with_colon() {
        check(
            &["Ward manager Tessa Quinn said: “We cannot staff the night shifts.”"],
            &["1 Tessa Quinn: We cannot staff the night shifts."],
        );
    }

    #[test]
    fn speaker_after_inverted() {
        check(
            &["“Beds are full every winter,” said Dr Farid Aziz, a consultant in Hull."],
            &["1 Farid Aziz: Beds are full every winter,"],
        );
    }

    #[test]
    fn speaker_after_stacked_age_and_place() {
        check(
            &[
                "Council leader Ruth Pell said: “The budget is spent.”",
                "Bus driver Omar Fenn, 44, from Hull, said he had lost shifts.",
                "“I work nights and weekends,” he told reporters.",
            ],
            &[
                "1 Ruth Pell: The budget is spent.",
                "3 Omar Fenn: I work nights and weekends,",
            ],
        );
    }

    #[test]
    fn speaker_after_body_with_thousands_in_relative_clause() {
        check(
            &[
                "The Guild of Village Bakers (GVB), which has 2,300 members, said “flour costs \
                 have doubled.”",
            ],
            &["1 GVB: flour costs have doubled."],
        );
    }

    #[test]
    fn role_phrase_after_fronted_clause_is_subject() {
        check(
            &["Asked about the delays, a council spokesman said the plan was “on track”."],
            &["1 council spokesman: on track"],
        );
    }

    #[test]
    fn name_before_unclosed_role_phrase_stays_subject() {
        check(
            &["Mina Rowe, chief executive said: “We are hiring.”"],
            &["1 Mina Rowe: We are hiring."],
        );
    }

    #[test]
    fn speaker_after_name_then_verb() {
        check(
            &["“The money has gone,” Colin Marsh told the committee."],
            &["1 Colin Marsh: The money has gone,"],
        );
    }

    #[test]
    fn quotation_without_speaker() {
        check(
            &["“Nobody reads the small print.”"],
            &["1 -: Nobody reads the small print."],
        );
    }

    #[test]
    fn two_speakers_in_one_paragraph() {
        check(
            &["“It is late,” said Ada Pike. Rob Tull replied: “It is on time.”"],
            &["1 Ada Pike: It is late,", "1 Rob Tull: It is on time."],
        );
    }

    #[test]
    fn split_quotation_around_attribution() {
        check(
            &["“We tried,” Mina Roy said, “and we failed.”"],
            &["1 Mina Roy: We tried,", "1 Mina Roy: and we failed."],
        );
    }

    #[test]
    fn nested_quotation_stays_inside() {
        check(
            &["Lena Ford said: “My boss told me ‘never again’ and walked out.”"],
            &["1 Lena Ford: My boss told me ‘never again’ and walked out."],
        );
    }

    #[test]
    fn apostrophes_inside_single_marks() {
        check(
            &["The audit said: ‘The board’s plan won’t work as it did in the ’90s.’"],
            &["1 The audit: The board’s plan won’t work as it did in the ’90s."],
        );
    }

    #[test]
    fn plural_possessive_inside_single_marks() {
        check(
            &["Hal Ives said: ‘The trusts’ budgets are spent already.’"],
            &["1 Hal Ives: The trusts’ budgets are spent already."],
        );
    }

    #[test]
    fn possessive_outside_quotes_is_not_a_mark() {
        check(
            &["The GPs’ union met. Nothing was said about 100’s of letters."],
            &[],
        );
    }

    #[test]
    fn multi_paragraph_reopened_each_paragraph() {
        check(
            &[
                "Jo Hale said: “The first part runs on.",
                "“The second part ends here.”",
            ],
            &[
                "1 Jo Hale: The first part runs on.",
                "2+ Jo Hale: The second part ends here.",
            ],
        );
    }

    #[test]
    fn multi_paragraph_without_reopening_mark() {
        check(
            &[
                "Pat Oduya commented: “Waiting lists grew all year.",
                "Staff did what they could, and we thank them.”",
                "The board meets again in May.",
            ],
            &[
                "1 Pat Oduya: Waiting lists grew all year.",
                "2+ Pat Oduya: Staff did what they could, and we thank them.",
            ],
        );
    }

    #[test]
    fn mixed_straight_and_curly_marks() {
        check(
            &["Ian Cole said: \"It starts straight.", "“And ends curly\"."],
            &[
                "1 Ian Cole: It starts straight.",
                "2+ Ian Cole: And ends curly",
            ],
        );
    }

    #[test]
    fn quote_only_paragraph_keeps_speaker() {
        check(
            &[
                "Una Platt said: ‘We were warned.’",
                "‘Nobody listened to us.’",
            ],
            &[
                "1 Una Platt: We were warned.",
                "2 Una Platt: Nobody listened to us.",
            ],
        );
    }

    #[test]
    fn pronoun_picks_speaker_of_that_gender() {
        check(
            &[
                "Mr Dev Rao said: “Costs are up.”",
                "Ms Kim Lowe added: “So is demand.”",
                "“We need help,” he insisted.",
            ],
            &[
                "1 Dev Rao: Costs are up.",
                "2 Kim Lowe: So is demand.",
                "3 Dev Rao: We need help,",
            ],
        );
    }

    #[test]
    fn pronoun_prefers_later_speaker_of_unknown_gender() {
        check(
            &[
                "Mr Hugo Frost said: “Rotas are thin.”",
                "Jordan Pell, a porter, said: “Lifts break weekly.”",
                "“Nobody fixes them,” she added.",
                "“Not even in winter,” he said.",
            ],
            &[
                "1 Hugo Frost: Rotas are thin.",
                "2 Jordan Pell: Lifts break weekly.",
                "3 Jordan Pell: Nobody fixes them,",
                "4 Hugo Frost: Not even in winter,",
            ],
        );
    }

    #[test]
    fn personal_pronoun_skips_organisations() {
        check(
            &[
                "Tariq Bell said: “Clinics are closing.”",
                "The Rural Dispensing Trust said: “We disagree.”",
                "“The data is clear,” he said.",
            ],
            &[
                "1 Tariq Bell: Clinics are closing.",
                "2 Rural Dispensing Trust: We disagree.",
                "3 Tariq Bell: The data is clear,",
            ],
        );
    }

    #[test]
    fn pronoun_falls_back_to_previous_speaker() {
        check(
            &[
                "Sam Ng said: “First point.”",
                "She continued: “Second point.”",
            ],
            &["1 Sam Ng: First point.", "2 Sam Ng: Second point."],
        );
    }

    #[test]
    fn reported_speech_subject_takes_later_pronoun() {
        check(
            &[
                "Mrs Ina Holt said: “The rota is fine.”",
                "Robin Vale, director of nursing at the Fenwick Trust, said the rota was unworkable. “We lose two nurses a month,” she said.",
            ],
            &[
                "1 Ina Holt: The rota is fine.",
                "2 Robin Vale: We lose two nurses a month,",
            ],
        );
    }

    #[test]
    fn reported_speech_spokesperson_takes_they() {
        check(
            &[
                "Dr Omar Reid said: “Parking is a scandal.”",
                "A spokesperson for Lowfield council said no charge had been agreed. “We will consult drivers first,” they added.",
            ],
            &[
                "1 Omar Reid: Parking is a scandal.",
                "2 spokesperson: We will consult drivers first,",
            ],
        );
    }

    #[test]
    fn reported_speech_unnamed_person_in_next_paragraph() {
        check(
            &[
                "Ms Lia Moss said: “Lists are long.”",
                "A practice nurse in Kent told a newsletter that her clinic list had doubled.",
                "“I cannot see everyone,” she said.",
            ],
            &[
                "1 Lia Moss: Lists are long.",
                "3 practice nurse: I cannot see everyone,",
            ],
        );
    }

    #[test]
    fn reported_speech_source_lapses_after_next_paragraph() {
        check(
            &[
                "Ms Lia Moss said: “Lists are long.”",
                "A porter at the site said the lifts were broken.",
                "Repairs are booked for June.",
                "Nobody has costed them.",
                "“We will find the money,” she said.",
            ],
            &[
                "1 Lia Moss: Lists are long.",
                "5 Lia Moss: We will find the money,",
            ],
        );
    }

    #[test]
    fn it_after_sentence_about_a_document() {
        check(
            &[
                "The Kestrel Foundation said: “We welcome scrutiny.”",
                "The inspectors’ audit, released on Tuesday, is damning. It said: “Wards were left unstaffed.”",
            ],
            &[
                "1 Kestrel Foundation: We welcome scrutiny.",
                "2 The inspectors’ audit: Wards were left unstaffed.",
            ],
        );
    }

    #[test]
    fn it_after_sentence_about_an_organisation() {
        check(
            &["The Lowfield Partnership has 40 member practices. “We are stretched,” it added."],
            &["1 Lowfield Partnership: We are stretched,"],
        );
    }

    #[test]
    fn topic_holds_only_for_the_next_sentence() {
        check(
            &[
                "The Kestrel Foundation said: “We welcome scrutiny.”",
                "The audit is short. Ministers met on Monday. “It changes nothing,” it added.",
            ],
            &[
                "1 Kestrel Foundation: We welcome scrutiny.",
                "2 Kestrel Foundation: It changes nothing,",
            ],
        );
    }

    #[test]
    fn nested_speech_about_findings_goes_to_outer_speaker() {
        check(
            &[
                "Carlow Health Watch said the figures showed that waits were “out of control”.",
                "The regulator says its data shows care is “patchy at best”.",
            ],
            &[
                "1 Carlow Health Watch: out of control",
                "2 regulator: patchy at best",
            ],
        );
    }

    #[test]
    fn nested_speech_by_a_speaker_keeps_inner_subject() {
        check(
            &["Ms Ida Kerr said the council had called the scheme “a disgrace”."],
            &["1 council: a disgrace"],
        );
    }

    #[test]
    fn put_it_is_a_speech_verb() {
        check(
            &[
                "As one ward sister put it to me, the unit is “held together with tape”.",
                "Waits are “a lottery”, as a Dorset GP put it.",
                "“Nobody is in charge,” as one porter puts it.",
            ],
            &[
                "1 ward sister: held together with tape",
                "2 Dorset GP: a lottery",
                "3 porter: Nobody is in charge,",
            ],
        );
    }

    #[test]
    fn definite_title_refers_to_person_with_that_title() {
        check(
            &[
                "Health minister Cara Doyle opened the unit on Friday.",
                "“Costs are up,” said Mr Ben Ash.",
                "The minister said the rebuild was “on track”.",
                "“We will not cut corners,” she added.",
            ],
            &[
                "2 Ben Ash: Costs are up,",
                "3 Cara Doyle: on track",
                "4 Cara Doyle: We will not cut corners,",
            ],
        );
    }

    #[test]
    fn speakers_reported_by_a_survey_keep_their_words() {
        check(
            &[
                "The audit found that many midwives said they felt “invisible” at work.",
                "The review points out that most porters believe the rota is “unfair”.",
            ],
            &["1 midwives: invisible", "2 porters: unfair"],
        );
    }

    #[test]
    fn pronoun_for_member_of_public_given_an_age() {
        check(
            &[
                "Dr Ina Sole said: “Demand is up.”",
                "Owen Pryce, 72, has waited a year for a new hip. “I am in pain every day,” he said.",
            ],
            &[
                "1 Ina Sole: Demand is up.",
                "2 Owen Pryce: I am in pain every day,",
            ],
        );
    }

    #[test]
    fn surname_resolves_to_full_name() {
        check(
            &[
                "The trust is led by Professor Gail Swan, chair of the Fenland Board.",
                "“We will appeal,” Prof Swan said.",
            ],
            &["2 Gail Swan: We will appeal,"],
        );
    }

    #[test]
    fn appositive_role_before_verb() {
        check(
            &["Neil Ash, director of the Rural GP Network said: “Rural practices close first.”"],
            &["1 Neil Ash: Rural practices close first."],
        );
    }

    #[test]
    fn owner_named_before_appositive_name() {
        check(
            &["Mr Ray Dunn’s deputy, Dr Ola Kemp, said: “The rota is broken.”"],
            &["1 Ola Kemp: The rota is broken."],
        );
    }

    #[test]
    fn appositive_between_commas() {
        check(
            &["Vera Dunn, who chairs the panel, said: “No decision yet.”"],
            &["1 Vera Dunn: No decision yet."],
        );
    }

    #[test]
    fn title_before_name() {
        check(
            &["Patients Association chief executive Rhona Bell warned: “Trust is fragile.”"],
            &["1 Rhona Bell: Trust is fragile."],
        );
    }

    #[test]
    fn organisation_as_speaker() {
        check(
            &["The Royal College of Nursing said: “Pay must rise.”"],
            &["1 Royal College of Nursing: Pay must rise."],
        );
    }

    #[test]
    fn document_as_speaker() {
        check(
            &["The inquiry report states: “Warnings were ignored.”"],
            &["1 The inquiry report: Warnings were ignored."],
        );
    }

    #[test]
    fn named_plan_speaks_as_a_document() {
        check(
            &["The NHS Coastal Care Plan states: “No ward closes in winter.”"],
            &["1 NHS Coastal Care Plan: No ward closes in winter."],
        );
    }

    #[test]
    fn document_by_organisation_uses_acronym() {
        check(
            &[
                "A study published by the Health Policy Unit (HPU) finds that clinics are “badly stretched”.",
            ],
            &["1 HPU: badly stretched"],
        );
    }

    #[test]
    fn research_by_two_bodies() {
        check(
            &[
                "Analysis by the Carers Trust and the Dales Foundation concludes that respite is “a lottery”.",
            ],
            &["1 Carers Trust and the Dales Foundation: a lottery"],
        );
    }

    #[test]
    fn according_to_source() {
        check(
            &["Rents will rise “sharply”, according to the housing charity Shelterwise."],
            &["1 Shelterwise: sharply"],
        );
    }

    #[test]
    fn according_to_then_named_subject() {
        check(
            &[
                "According to the newspaper, the Treasury plans to make savings “within months”.",
                "According to the Herald, Public Health Wales expects “a hard winter”.",
            ],
            &[
                "1 The newspaper: within months",
                "2 Public Health Wales: a hard winter",
            ],
        );
    }

    #[test]
    fn scare_quote_without_source_is_dropped() {
        check(
            &["The “efficiency drive” has cost more than it saved."],
            &[],
        );
    }

    #[test]
    fn so_called_name_is_dropped() {
        check(&["Ministers said the so-called “bed tax” would go."], &[]);
    }

    #[test]
    fn scare_quote_with_source_is_kept() {
        check(
            &["Unison described the offer as “an insult” to porters."],
            &["1 Unison: an insult"],
        );
    }

    #[test]
    fn unnamed_person_drops_article() {
        check(
            &["As one pharmacist told us, the shortages are “getting worse by the week”."],
            &["1 pharmacist: getting worse by the week"],
        );
    }

    #[test]
    fn relative_pronoun_takes_antecedent() {
        check(
            &["The plan was backed by the Kings Hill Partnership, which called it “overdue”."],
            &["1 Kings Hill Partnership: overdue"],
        );
    }

    #[test]
    fn relative_pronoun_after_bracketed_acronym() {
        check(
            &[
                "The Guild of Hospital Porters (GHP), which branded the offer “an insult” in May, will ballot members.",
            ],
            &["1 Guild of Hospital Porters: an insult"],
        );
    }

    #[test]
    fn passive_without_agent_takes_latest_source() {
        check(
            &["The regulator said wards were “unsafe”. Managers were told to find “quick fixes”."],
            &["1 regulator: unsafe", "1 regulator: quick fixes"],
        );
    }

    #[test]
    fn passive_with_agent() {
        check(
            &["The scheme was described as “a gimmick” by the Patients Forum."],
            &["1 Patients Forum: a gimmick"],
        );
    }

    #[test]
    fn group_quantifier_resolves_to_counted_noun() {
        check(
            &[
                "Only two in five nurses felt supported. Some said the rota was “chaotic,” with shifts “changed overnight.”",
            ],
            &["1 nurses: chaotic,", "1 nurses: changed overnight."],
        );
    }

    #[test]
    fn straight_single_marks_as_quotes() {
        check(
            &["Council leaders want a 'joined-up' service, the report says."],
            &["1 The report: joined-up"],
        );
    }

    #[test]
    fn straight_double_marks() {
        check(
            &["Leo Grant said: \"We won't close.\""],
            &["1 Leo Grant: We won't close."],
        );
    }

    #[test]
    fn closing_clause_attributes_every_quotation() {
        check(
            &["Beds are “full” and staff “exhausted”, a senior nurse said yesterday."],
            &["1 senior nurse: full", "1 senior nurse: exhausted"],
        );
    }

    #[test]
    fn coordinated_verb_takes_sentence_subject() {
        check(
            &["The review covers ten trusts and warns that care is 'patchy' in places."],
            &["1 The review: patchy"],
        );
    }

    #[test]
    fn participle_takes_main_subject() {
        check(
            &["Mo Blake defended the cuts, adding: “There was no choice.”"],
            &["1 Mo Blake: There was no choice."],
        );
    }

    #[test]
    fn naming_verb_without_object_is_not_speech() {
        check(
            &["Staff joined a scheme called “Fresh Start” last year."],
            &[],
        );
    }

    #[test]
    fn unclosed_stray_single_mark_is_ignored() {
        check(&["The ward ‘was full and nobody came."], &[]);
    }

    #[test]
    fn spokesperson_for_organisation() {
        check(
            &["A spokesperson for NHS Improvement said: “We are reviewing the figures.”"],
            &["1 spokesperson: We are reviewing the figures."],
        );
    }

    #[test]
    fn offices_named_by_address() {
        check(
            &[
                "No 10 said the reforms were “long overdue” and would go ahead.",
                "“We back the chief medical officer,” said Number 10.",
                "Downing Street said the review was “under way”.",
            ],
            &[
                "1 No 10: long overdue",
                "2 Number 10: We back the chief medical officer,",
                "3 Downing Street: under way",
            ],
        );
    }

    #[test]
    fn plural_possessive_inside_organisation_name() {
        check(
            &[
                "Carers' Voice Dorset said: “Respite has vanished.”",
                "“Nobody answers the phone,” said Parents’ Forum Leeds.",
            ],
            &[
                "1 Carers' Voice Dorset: Respite has vanished.",
                "2 Parents’ Forum Leeds: Nobody answers the phone,",
            ],
        );
    }

    #[test]
    fn organisation_after_quotation() {
        check(
            &["“Funding must follow patients,” the BMA said."],
            &["1 BMA: Funding must follow patients,"],
        );
    }

    #[test]
    fn unnamed_person_after_quotation() {
        check(
            &["“We were never consulted,” said one practice nurse."],
            &["1 practice nurse: We were never consulted,"],
        );
    }

    #[test]
    fn party_title_before_name_after_quotation() {
        check(
            &["“It is a scandal,” said Labour’s shadow health secretary Jon Ashby."],
            &["1 Jon Ashby: It is a scandal,"],
        );
    }

    #[test]
    fn age_between_commas() {
        check(
            &["Jane Oduya, 54, said: “I waited nine hours.”"],
            &["1 Jane Oduya: I waited nine hours."],
        );
    }

    #[test]
    fn pronoun_for_person_named_but_not_quoted() {
        check(
            &["The clinic is run by Mrs Joan Hill. “We are proud of the team,” she said."],
            &["1 Joan Hill: We are proud of the team,"],
        );
    }

    #[test]
    fn multi_paragraph_single_marks() {
        check(
            &[
                "Rita Vos said: ‘The first half of it.",
                "‘The second half.’",
            ],
            &[
                "1 Rita Vos: The first half of it.",
                "2+ Rita Vos: The second half.",
            ],
        );
    }

    #[test]
    fn called_for_is_speech() {
        check(
            &["The BMA has called for “an urgent rethink” of the plans."],
            &["1 BMA: an urgent rethink"],
        );
    }

    #[test]
    fn deputy_title_with_organisation() {
        check(
            &["NHS Providers deputy chief executive Ola Dimka said: “Trusts are stretched.”"],
            &["1 Ola Dimka: Trusts are stretched."],
        );
    }

    #[test]
    fn bare_surname_resolves() {
        check(
            &[
                "Tim Jones, chair of the Weald Forum, opened the meeting.",
                "“We must listen,” Jones said.",
            ],
            &["2 Tim Jones: We must listen,"],
        );
    }

    #[test]
    fn unresolved_pronoun_keeps_quotation() {
        check(
            &["Inspectors visited in May. It said the ward was “poorly led”."],
            &["1 -: poorly led"],
        );
    }

    #[test]
    fn comma_clause_before_speaker() {
        check(
            &["Speaking at the conference, Dr Ife Obi said: “Prevention pays.”"],
            &["1 Ife Obi: Prevention pays."],
        );
    }

    #[test]
    fn elided_year_with_straight_apostrophe() {
        check(
            &["Kay Rowe said: 'In the '80s we had matrons.'"],
            &["1 Kay Rowe: In the '80s we had matrons."],
        );
    }

    #[test]
    fn sentence_initial_document_noun() {
        check(
            &["Figures show that waits are at a “record high”."],
            &["1 Figures: record high"],
        );
    }

    #[test]
    fn plural_verb_after_acronym() {
        check(
            &["The RCN claim that nurses are “leaving in droves” this year."],
            &["1 RCN: leaving in droves"],
        );
    }

    #[test]
    fn one_word_scare_quote_before_sourced_quote() {
        check(
            &["Clinics will become “hubs” once the board agreed it had “no alternative” at all."],
            &["1 board: no alternative"],
        );
    }

    #[test]
    fn second_person_in_sentence_takes_over() {
        check(
            &["Mr Cole said he was “hopeful”, but Mrs Vine was “far from convinced”."],
            &["1 Cole: hopeful", "1 Vine: far from convinced"],
        );
    }

    #[test]
    fn person_named_as_object_does_not_take_over() {
        check(
            &["Mr Cole called the plan “bold” and thanked Mrs Vine for her “tireless work”."],
            &["1 Cole: bold", "1 Cole: tireless work"],
        );
    }

    #[test]
    fn participle_clause_then_titled_speaker() {
        check(
            &[
                "Responding to the figures, BMA chair Dr Ewan Hale said: “These waits are dangerous.”",
            ],
            &["1 Ewan Hale: These waits are dangerous."],
        );
    }

    #[test]
    fn letters_after_name_are_dropped() {
        check(
            &["Ann Ruiz MP, chair of the health committee, said: “The plan is late.”"],
            &["1 Ann Ruiz: The plan is late."],
        );
    }

    #[test]
    fn headline_source_before_colon() {
        check(
            &["[headline] Midwives: rotas ‘stretched to snapping point’"],
            &["1 Midwives: stretched to snapping point"],
        );
    }
    #[test]
    fn headline_speech_verb_after_quotation() {
        check(
            &["[headline] Rural surgeries 'close to collapse', warns watchdog"],
            &["1 watchdog: close to collapse"],
        );
    }
    #[test]
    fn standfirst_reported_speech_with_scare_quote() {
        check(
            &["[standfirst] Hospice charity says funding is a ‘postcode lottery’ for families"],
            &["1 Hospice charity: postcode lottery"],
        );
    }
    #[test]
    fn standfirst_absolute_participle_takes_its_own_subject() {
        check(
            &[
                "[standfirst] Data shows waits grew again, with campaigners warning of a ‘lost winter’",
            ],
            &["1 campaigners: lost winter"],
        );
    }
    #[test]
    fn body_absolute_participle_takes_its_own_subject() {
        check(
            &["The board approved the cuts, with governors describing them as “reckless”."],
            &["1 governors: reckless"],
        );
    }
    #[test]
    fn headline_scare_quote_without_source_is_dropped() {
        check(
            &["[headline] Why the ‘winter crisis’ never really ends"],
            &[],
        );
    }
    #[test]
    fn headline_topic_before_colon_is_no_source() {
        check(
            &["[headline] Discharge delays: why ‘bed blocking’ keeps rising"],
            &[],
        );
    }
    #[test]
    fn headline_section_label_is_no_source() {
        check(
            &["[headline] Exclusive: trusts ‘sat on’ warnings from staff"],
            &[],
        );
    }
    #[test]
    fn headline_surname_resolves_to_body_name() {
        check(
            &[
                "[headline] Okafor: hospice grants ‘a lottery’",
                "Hospice director Dr Nia Okafor said the grants came late.",
            ],
            &["1 Nia Okafor: a lottery"],
        );
    }
    #[test]
    fn headline_speaker_does_not_carry_into_body() {
        check(
            &[
                "[headline] Council leader: budget ‘cannot be balanced’",
                "She said: “We will appeal.”",
            ],
            &[
                "1 Council leader: cannot be balanced",
                "2 -: We will appeal.",
            ],
        );
    }
    #[test]
    fn body_speaker_does_not_carry_into_standfirst() {
        check(
            &[
                "[standfirst] Ministers face a ‘reckoning’ as rotas collapse",
                "Ward sister Ama Boateng said: “We are exhausted.”",
            ],
            &["2 Ama Boateng: We are exhausted."],
        );
    }

    #[test]
    fn share_speaks_for_the_group_after_of() {
        check(
            &["Nearly 58 per cent of midwives said the rota was “unworkable”."],
            &["1 midwives: unworkable"],
        );
    }
    #[test]
    fn share_speaks_for_the_people_counted_before_it() {
        check(
            &["A poll of 1,500 paramedics found 41% described handovers as “chaotic”."],
            &["1 paramedics: chaotic"],
        );
    }
    #[test]
    fn share_speaks_for_an_earlier_survey_population() {
        check(
            &[
                "The union questioned 2,300 hospital porters in March.",
                "Just under a third said conditions were “grim”.",
            ],
            &["2 hospital porters: grim"],
        );
    }
    #[test]
    fn share_written_in_words_with_a_bracket() {
        check(
            &["Of the carers polled, nearly three in four (74%) called the scheme “a shambles”."],
            &["1 carers: a shambles"],
        );
    }
    #[test]
    fn share_without_a_group_is_never_the_speaker() {
        check(
            &["Waits grew by 12 weeks. About 30 per cent said that was “too long”."],
            &["1 -: too long"],
        );
    }
    #[test]
    fn count_of_people_is_not_a_share() {
        check(
            &["About 40 porters said the lifts were “a disgrace”."],
            &["1 40 porters: a disgrace"],
        );
    }

    #[test]
    fn called_on_is_speech() {
        check(
            &[
                "Union leader Jo Marsh said the offer was poor.",
                "She called on ministers to agree a “fair, funded deal” for porters.",
            ],
            &["2 Jo Marsh: fair, funded deal"],
        );
    }
    #[test]
    fn participle_after_attributed_quotation_in_mixed_marks() {
        check(
            &[
                "Dr Lena Ward called on the board to back a “clear plan”, adding: ‘We have waited long enough.’",
            ],
            &[
                "1 Lena Ward: clear plan",
                "1 Lena Ward: We have waited long enough.",
            ],
        );
    }
    #[test]
    fn participle_takes_sentence_subject_across_unattributed_quotation() {
        check(
            &["The minister toured the “virtual ward” in Hull, adding: “This is the future.”"],
            &["1 minister: This is the future."],
        );
    }

    #[test]
    fn age_and_relative_clause_between_name_and_verb() {
        check(
            &[
                "Tomas Reyes, 61, who has cared for his wife since 2019, told the paper: “Nobody rings back.”",
            ],
            &["1 Tomas Reyes: Nobody rings back."],
        );
    }
    #[test]
    fn relative_clause_alone_between_name_and_verb() {
        check(
            &["Priya Shah, who runs a pharmacy in Leek, told reporters: “Stock is the problem.”"],
            &["1 Priya Shah: Stock is the problem."],
        );
    }
    #[test]
    fn role_and_relative_clause_between_name_and_verb() {
        check(
            &[
                "Ola Ben, chair of Leek Patients Forum, who met the trust last week, said: “It listened.”",
            ],
            &["1 Ola Ben: It listened."],
        );
    }

    #[test]
    fn quotation_paragraph_after_reported_speech() {
        check(
            &[
                "A hospice spokeswoman said the closure had been a hard decision.",
                "“We know how much the ward meant to families.”",
            ],
            &["2 hospice spokeswoman: We know how much the ward meant to families."],
        );
    }
    #[test]
    fn quotation_paragraph_after_plain_narrative_has_no_speaker() {
        check(
            &["Waiting lists grew again in May.", "“Enough is enough.”"],
            &["2 -: Enough is enough."],
        );
    }

    #[test]
    fn spans_are_article_offsets() {
        let paras = [Para {
            line: 3,
            start: 10,
            text: "Ann Bo said: “Yes.”",
            role: Role::Body,
            sentences: &[],
        }];
        let q = &extract(&paras).quotes[0];
        assert_eq!(q.span, Span::new(10 + 16, 10 + 20));
        assert_eq!(q.speaker_span, Some(Span::new(10, 16)));
    }

    #[test]
    fn many_reported_sentences_stay_linear() {
        let text =
            "Dr Ola Penn said it was late. The Tarn Trust is calm. “No,” she said. ".repeat(5_000);
        let paras = [Para {
            line: 1,
            start: 0,
            text: &text,
            role: Role::Body,
            sentences: &[],
        }];
        assert_eq!(extract(&paras).quotes.len(), 5_000);
    }

    #[test]
    fn many_marks_stay_linear_and_safe() {
        let text = "“‘\"'".repeat(50_000);
        let paras = [Para {
            line: 1,
            start: 0,
            text: &text,
            role: Role::Body,
            sentences: &[],
        }];
        let _ = extract(&paras);
    }
}
