//! People named in the body of an article: the name without honorifics, the
//! honorifics used with it, the roles the article gives the person (title
//! and organisation), the grammatical gender when an honorific or a pronoun
//! tells it, and every place the person is named.
//!
//! A person is recognised only on evidence, never from capitalisation
//! alone: an honorific ("Dr Ann Lee", "Sir Malcolm"), a title before the
//! name ("chief executive Ann Lee", "BMA chair Ann Lee"), a role after it
//! ("Ann Lee, chair of the BMA"), an age ("Ann Lee, 67,"), or a speech
//! verb ("Ann Lee said"; the quote extractor registers speakers it finds
//! the same way). Capitalised words right after an article, a bare acronym
//! or an organisation word name a thing ("the Kestrel Plan says"), whatever
//! verb follows. Short forms ("Lee", "Dr Lee", "Sir Malcolm") resolve to
//! the full name given earlier.
//!
//! Besides the registry, this module holds the word-level tools the quote
//! extractor shares: the tokenizer and the lexicons of honorifics, titles
//! and organisation words.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::LazyLock;

use aho_corasick::{AhoCorasick, MatchKind};
use crosscheck_model::{Gender, Mention, Person, PersonRole, Role, Span};

use crate::Para;
use crate::lexicon::Lexicon;

// ---------------------------------------------------------------------------
// Tokens

/// A word or a punctuation mark, with its byte range in the paragraph text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Tok<'t> {
    /// The token as written.
    pub(crate) text: &'t str,
    /// First byte, in the paragraph text.
    pub(crate) start: usize,
    /// One past the last byte, in the paragraph text.
    pub(crate) end: usize,
    /// A word (letters, digits and inner joiners) rather than punctuation.
    pub(crate) word: bool,
}

impl Tok<'_> {
    /// Whether this is the word `w`, ignoring ASCII case.
    pub(crate) fn is(&self, w: &str) -> bool {
        self.word && self.text.eq_ignore_ascii_case(w)
    }

    /// Whether this is one of the words `ws`, ignoring ASCII case.
    pub(crate) fn is_any(&self, ws: &[&str]) -> bool {
        self.word && in_list(self.text, ws)
    }

    /// Whether this is one of the words of `lexicon`, ignoring ASCII case:
    /// [`Tok::is_any`] for the long lists tested on every token.
    pub(crate) fn is_in(&self, lexicon: &Lexicon) -> bool {
        self.word && lexicon.contains_ignore_ascii_case(self.text)
    }

    /// Whether this is the punctuation mark `p`.
    pub(crate) fn is_punct(&self, p: &str) -> bool {
        !self.word && self.text == p
    }
}

/// Words and punctuation of `text[range]`; an out-of-bounds or
/// non-boundary range gives no token.
pub(crate) fn tokenize(text: &str, range: Range<usize>) -> Vec<Tok<'_>> {
    let Some(seg) = text.get(range.clone()) else {
        return Vec::new();
    };
    // About a token every five bytes of prose; a long text grows the list
    // as it goes.
    let mut toks = Vec::with_capacity((seg.len() / 5).min(4096));
    let base = range.start;
    let mut word_start: Option<usize> = None;
    // Characters are read by byte offset: ASCII, most of the text, needs
    // no decoding.
    let mut idx = 0;
    while let Some((c, len)) = char_at(seg, idx) {
        crate::work::tick(1);
        if is_word_char(c) {
            word_start.get_or_insert(idx);
            idx += len;
            // The ASCII letters and digits after it, most of a word, go in
            // one step.
            idx += seg.as_bytes().get(idx..).map_or(0, |rest| {
                rest.iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count()
            });
            continue;
        }
        if let Some(ws) = word_start {
            if is_joiner(c)
                && char_at(seg, idx + len).is_some_and(|(next, _)| next.is_alphanumeric())
            {
                idx += len;
                continue;
            }
            if c == ',' && thousands_comma(seg, ws, idx) {
                idx += len;
                continue;
            }
            word_start = None;
            let word = seg.get(ws..idx).unwrap_or("");
            if c == '.' && keeps_full_stop(word) {
                push_tok(&mut toks, seg, base, ws..idx + 1, true);
                idx += len;
                continue;
            }
            push_tok(&mut toks, seg, base, ws..idx, true);
        }
        if !c.is_whitespace() {
            push_tok(&mut toks, seg, base, idx..idx + len, false);
        }
        idx += len;
    }
    if let Some(ws) = word_start {
        push_tok(&mut toks, seg, base, ws..seg.len(), true);
    }
    toks
}

/// The character at byte `idx` of `s` and its length in bytes; `None` at
/// the end (or off a character boundary, which the callers never ask).
fn char_at(s: &str, idx: usize) -> Option<(char, usize)> {
    match s.as_bytes().get(idx) {
        Some(&b) if b.is_ascii() => Some((char::from(b), 1)),
        Some(_) => s
            .get(idx..)
            .and_then(|rest| rest.chars().next())
            .map(|c| (c, c.len_utf8())),
        None => None,
    }
}

/// The tokens of one paragraph, read once, from which the windows the
/// extractors look at are cut. A window whose ends touch whitespace (or the
/// ends of the text) tokenizes exactly as that stretch of the whole
/// paragraph does, since whitespace ends every word and is no token; other
/// windows, and paragraphs longer than [`Tokens::MAX_CACHED`] bytes (whose
/// token list would be large), are tokenized on demand.
pub(crate) struct Tokens<'t> {
    text: &'t str,
    all: Option<Vec<Tok<'t>>>,
}

impl<'t> Tokens<'t> {
    /// Longest paragraph whose tokens are kept, in bytes.
    const MAX_CACHED: usize = 64 * 1024;

    pub(crate) fn new(text: &'t str) -> Self {
        let all = (text.len() <= Self::MAX_CACHED).then(|| tokenize(text, 0..text.len()));
        Tokens { text, all }
    }

    /// The tokens of `text[range]`, as [`tokenize`] gives them.
    pub(crate) fn window(&self, range: Range<usize>) -> Cow<'_, [Tok<'t>]> {
        if let Some(all) = &self.all
            && at_whitespace(self.text, &range)
        {
            let first = all.partition_point(|t| t.start < range.start);
            let end = all.partition_point(|t| t.end <= range.end).max(first);
            if let Some(toks) = all.get(first..end) {
                return Cow::Borrowed(toks);
            }
        }
        Cow::Owned(tokenize(self.text, range))
    }
}

/// Whether `range` is a valid range of `text` whose start follows
/// whitespace (or is the start) and whose end meets whitespace (or is the
/// end).
fn at_whitespace(text: &str, range: &Range<usize>) -> bool {
    let (Some(before), Some(_), Some(after)) = (
        text.get(..range.start),
        text.get(range.clone()),
        text.get(range.end..),
    ) else {
        return false;
    };
    let start_ok = before.chars().next_back().is_none_or(char::is_whitespace);
    let end_ok = after.chars().next().is_none_or(char::is_whitespace);
    start_ok && end_ok
}

fn push_tok<'t>(toks: &mut Vec<Tok<'t>>, seg: &'t str, base: usize, r: Range<usize>, word: bool) {
    if let Some(text) = seg.get(r.clone()) {
        toks.push(Tok {
            text,
            start: base + r.start,
            end: base + r.end,
            word,
        });
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '%' | '£' | '$' | '€' | '#')
}

/// A comma grouping the digits of one number (`1,800`, `12,500,000`): a
/// word of digits before it and exactly three digits after it. A comma in
/// a list of numbers (`3,4`) or before a spaced word is punctuation.
fn thousands_comma(seg: &str, word_start: usize, comma: usize) -> bool {
    let before = seg.get(word_start..comma).unwrap_or_default();
    let after = seg.get(comma + 1..).unwrap_or_default().as_bytes();
    let digits = after.iter().take_while(|b| b.is_ascii_digit()).count();
    !before.is_empty()
        && before.bytes().all(|b| b.is_ascii_digit() || b == b',')
        && before.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && digits == 3
}

fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{2010}' | '\u{2011}' | '’' | '\'' | '.' | '&' | '/'
    )
}

/// Whether a word keeps a following full stop: honorifics and initials.
fn keeps_full_stop(word: &str) -> bool {
    let mut chars = word.chars();
    let initial = matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    initial || honorific(word).is_some() || matches!(word, "No" | "St" | "e.g" | "i.e")
}

// ---------------------------------------------------------------------------
// Word classes

/// Whether `word` is one of `list`, ignoring ASCII case.
pub(crate) fn in_list(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Starts with an upper-case letter.
pub(crate) fn is_cap(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Starts with a lower-case letter.
pub(crate) fn is_lower(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_lowercase)
}

/// All capitals, at least two letters, an optional plural `s` ("CCGs").
pub(crate) fn is_acronym(word: &str) -> bool {
    let core = word.strip_suffix('s').unwrap_or(word);
    // The shape first: it fails at the first lower-case letter of most words.
    core.chars()
        .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '&')
        && core.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// The word without a possessive ending ("Dixon’s" → "Dixon").
pub(crate) fn strip_possessive(word: &str) -> &str {
    for suffix in ["’s", "'s", "’S", "'S"] {
        crate::work::tick(1);
        if let Some(stem) = word.strip_suffix(suffix) {
            return stem;
        }
    }
    word.strip_suffix(['’', '\'']).unwrap_or(word)
}

/// The canonical honorific for `word` ("Dr." → "Dr"), if it is one.
pub(crate) fn honorific(word: &str) -> Option<&'static str> {
    #[rustfmt::skip]
    const HONORIFICS: &[&str] = &[
        "Dr", "Sir", "Professor", "Prof", "Dame", "Lord", "Lady", "Mr", "Mrs", "Ms", "Miss",
        "Rev", "Revd", "Reverend", "Cllr", "Baroness", "Baron",
    ];
    let bare = word.strip_suffix('.').unwrap_or(word);
    HONORIFICS.iter().copied().find(|h| *h == bare)
}

/// The gender an honorific tells, if any.
fn honorific_gender(h: &str) -> Option<Gender> {
    match h {
        "Mr" | "Sir" | "Lord" | "Baron" => Some(Gender::Male),
        "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" | "Baroness" => Some(Gender::Female),
        _ => None,
    }
}

/// Honorifics used with a first name ("Sir Malcolm", "Dame Clare").
fn takes_first_name(h: &str) -> bool {
    matches!(h, "Sir" | "Dame")
}

#[rustfmt::skip]
const TITLE_HEADS: &[&str] = &[
    "president", "chair", "chairman", "chairwoman", "chairperson", "executive", "officer",
    "director", "secretary", "minister", "spokesman", "spokeswoman", "spokesperson", "head",
    "leader", "manager", "founder", "partner", "editor", "governor", "lecturer", "adviser",
    "advisor", "consultant", "commissioner", "chancellor", "mayor", "councillor", "treasurer",
    "trustee", "coordinator", "co-ordinator", "researcher", "analyst", "economist", "dean",
    "surgeon", "physician", "clinician", "lead", "practitioner", "pharmacist", "midwife", "nurse",
    "gp", "chief", "author", "campaigner", "official", "representative", "ambassador",
    "registrar", "superintendent", "ombudsman", "inspector", "administrator", "boss", "fellow",
    "member", "professor",
];

#[rustfmt::skip]
const TITLE_MODIFIERS: &[&str] = &[
    "chief", "deputy", "vice", "senior", "junior", "executive", "clinical", "medical", "national",
    "regional", "general", "managing", "acting", "interim", "joint", "former", "health", "shadow",
    "assistant", "associate", "programme", "policy", "finance", "financial", "operating",
    "nursing", "commercial", "strategy", "strategic", "public", "commissioning", "accountable",
    "non-executive", "lay", "local", "practice", "communications", "press", "research",
    "scientific", "technical", "operations", "operational", "digital", "quality", "medicines",
    "workforce", "social", "foreign", "home", "prime", "principal", "founding", "honorary",
    "visiting", "permanent", "parliamentary", "education", "transformation", "primary", "patient",
    "first", "cabinet", "project", "care", "council", "committee",
];

/// Whether `word` names a position ("chair", "Co-Chair", "chief executive"
/// ends in one).
pub(crate) fn is_title_head(word: &str) -> bool {
    if TITLE_HEAD_LEXICON.contains_ignore_ascii_case(word) {
        return true;
    }
    // "co-chair", "vice-president", "non-executive"
    word.rsplit_once(['-', '\u{2010}'])
        .is_some_and(|(_, last)| TITLE_HEAD_LEXICON.contains_ignore_ascii_case(last))
}

fn is_title_modifier(word: &str) -> bool {
    TITLE_MODIFIER_LEXICON.contains_ignore_ascii_case(word)
}

// The word lists above and below, for lookups on every token.
static TITLE_HEAD_LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(TITLE_HEADS));
static TITLE_MODIFIER_LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(TITLE_MODIFIERS));
static ORG_LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(ORG_WORDS));
static STOP_LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon::new(STOP_CAP));

/// A position word or a word that qualifies one ("shadow", "chief", "chair").
pub(crate) fn is_title_word(word: &str) -> bool {
    is_title_head(word) || is_title_modifier(word)
}

/// Capitalised words that mark an organisation, a place or a thing, never a
/// person's name.
#[rustfmt::skip]
const ORG_WORDS: &[&str] = &[
    "NHS", "Trust", "Trusts", "Fund", "Group", "Council", "Commissioners", "Commission",
    "Confederation", "Foundation", "Association", "College", "Society", "Department", "Ministry",
    "Institute", "University", "Hospital", "Hospitals", "Service", "Services", "Board",
    "Committee", "Agency", "Authority", "Authorities", "Partnership", "Network", "Alliance",
    "Union", "Federation", "Ltd", "Limited", "Plc", "Centre", "Center", "Royal", "British",
    "Office", "Government", "Parliament", "Party", "Journal", "Times", "News", "Unit", "Team",
    "Teams", "Systems", "System", "England", "Scotland", "Wales", "Ireland", "Britain", "Company",
    "Corporation", "Bank", "Court", "Media", "Forum", "Club", "Programme", "Providers", "Surgery",
    "Clinic", "Medicine", "Review", "Report", "Survey", "Observatory", "Watch", "International",
    "Europe", "European", "America", "American", "Street", "Road", "Way", "Healthwatch",
    "Monitor", "Labour", "Conservative", "Conservatives", "Tory", "Tories", "Liberal",
    "Democrats", "Lords", "Commons", "House", "City", "County", "Borough", "District", "Region",
    "North", "South", "East", "West", "Central", "Greater", "New", "Integrated", "Secondary",
    "Community", "Mental", "Leadership", "Ipsos", "Mori", "London", "Kingdom", "United", "States",
    "Fire", "Police", "Guardian", "Telegraph", "Mail", "Post", "Express", "Mirror", "Independent",
    "Pulse", "Index", "Plan", "Strategy", "Framework", "Charter", "Act", "Paper", "Policy",
    "Guidance", "Manifesto", "Inquiry", "Audit", "Study", "Budget", "Panel", "Treasury", "Cabinet",
    "Inspectorate", "Tribunal", "Support", "Concern", "Action", "Aid", "Relief", "Voice", "Voices",
    "Cancer", "Heart", "Lung", "Kidney", "Diabetes", "Stroke", "Dementia", "Children", "Carers",
    "Patients", "Doctors", "Nurses", "Midwives", "Pharmacists", "Solutions", "Partners",
    "Consulting", "Holdings", "Insight", "Labs", "Age", "Mind", "Unison", "Unite", "Healthcare",
    "Medical", "Nursing", "Ambulance", "Hospice", "Charity", "Campaign", "Coalition",
    "Institution", "Academy", "School", "Schools", "Commissioning", "Clinical", "Care", "Health",
    "Primary", "Public", "Social",
];

/// Capitalised words that are never (part of) a name: function words,
/// sentence openers, months and days.
#[rustfmt::skip]
const STOP_CAP: &[&str] = &[
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "As", "It", "Its", "This",
    "That", "These", "Those", "He", "She", "They", "We", "I", "If", "When", "While", "Whilst",
    "After", "Before", "Some", "Many", "Most", "One", "Our", "Their", "His", "Her", "There",
    "Here", "Last", "Next", "According", "Commenting", "Speaking", "Responding", "Writing",
    "Asked", "Given", "However", "Instead", "Meanwhile", "Also", "Yet", "So", "Research",
    "Yesterday", "Today", "Tomorrow", "Now", "Then", "Earlier", "Later", "Previously", "Recently",
    "Currently", "Finally", "Moreover", "Furthermore", "Similarly", "Overall", "Indeed",
    "Despite", "During", "Following", "Under", "Over", "With", "Without", "From", "By", "Of",
    "To", "Into", "Not", "No", "Yes", "All", "Both", "Each", "Every", "Other", "Others", "Such",
    "What", "Who", "Why", "How", "Where", "Which", "Whose", "Although", "Though", "Because",
    "Since", "Until", "Unless", "Whether", "Even", "Only", "Just", "Still", "Thus", "Hence",
    "Therefore", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December", "Christmas", "Easter", "Covid", "Brexit", "English",
    "Scottish", "Welsh", "Irish", "Click", "Read", "Sign", "Share", "Photograph", "Related",
    "Several", "Few", "Half",
];

/// Whether `word` (capitalised) marks an organisation, a place or a thing
/// ("Trust", "Council", "England").
pub(crate) fn is_org_word(word: &str) -> bool {
    ORG_LEXICON.contains_ignore_ascii_case(strip_possessive(word))
}

/// Capitalised words that never start or continue a name.
pub(crate) fn is_stop_cap(word: &str) -> bool {
    STOP_LEXICON.contains_ignore_ascii_case(word)
}

/// Whether `word` can be part of a person's name: capitalised, with lower
/// case after the first letter (no acronym), letters and inner joiners only,
/// and not a function word, organisation word, title or honorific.
pub(crate) fn name_like(word: &str) -> bool {
    let word = strip_possessive(word);
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_uppercase()
        && chars.clone().any(char::is_lowercase)
        && chars.all(|c| c.is_alphabetic() || matches!(c, '-' | '’' | '\''))
        && !STOP_LEXICON.contains_ignore_ascii_case(word)
        && !ORG_LEXICON.contains_ignore_ascii_case(word)
        && !is_title_head(word)
        && !is_title_modifier(word)
        && honorific(word).is_none()
}

/// Letters after a name that are not part of it ("MP", "QC", "OBE").
pub(crate) fn is_postnominal(word: &str) -> bool {
    matches!(
        word,
        "MP" | "MEP"
            | "MSP"
            | "MS"
            | "AM"
            | "QC"
            | "KC"
            | "OBE"
            | "MBE"
            | "CBE"
            | "DBE"
            | "KBE"
            | "FRCP"
            | "FRCGP"
            | "FRCS"
            | "PhD"
    )
}

/// Words that join the parts of an organisation's name.
pub(crate) const CONNECTORS: &[&str] = &["of", "and", "for", "&", "the"];

/// Determiners and possessive pronouns that open a noun phrase.
pub(crate) fn is_det(t: &Tok<'_>) -> bool {
    t.is_any(&[
        "the", "a", "an", "this", "these", "those", "its", "their", "his", "her", "our", "my",
        "your", "such", "any", "every", "each", "no",
    ])
}

// ---------------------------------------------------------------------------
// Titles and roles

/// One role given to a person, as token ranges.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RoleToks {
    pub(crate) title: Range<usize>,
    pub(crate) org: Option<Range<usize>>,
    /// One past the role's last token.
    pub(crate) end: usize,
}

/// End (exclusive) of a title phrase starting at token `i`: modifiers and
/// position words ending in a position word ("Chief Clinical Officer").
fn title_phrase_end(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let mut end = None;
    let mut j = i;
    while let Some(t) = toks.get(j) {
        crate::work::tick(1);
        if !t.word || j - i >= 5 {
            break;
        }
        if is_title_head(t.text) {
            j += 1;
            end = Some(j);
        } else if is_title_modifier(t.text) {
            j += 1;
        } else {
            break;
        }
    }
    end
}

/// Roles in a role phrase starting at token `i` ("co-chair of the X and
/// chief officer at Y"): an optional article, a title, and an organisation
/// after of / at / for. Empty when no title starts there.
pub(crate) fn role_phrase(toks: &[Tok<'_>], mut i: usize) -> Vec<RoleToks> {
    let mut roles = Vec::new();
    loop {
        crate::work::tick(1);
        if toks.get(i).is_some_and(is_det) {
            i += 1;
        }
        // an organisation before the title: "NHS England’s medical director",
        // "BMA council chair"
        let mut owner = None;
        if title_phrase_end(toks, i).is_none() {
            let mut k = i;
            while k < i + 6
                && toks
                    .get(k)
                    .is_some_and(|t| t.word && (is_cap(t.text) || is_acronym(t.text)))
            {
                crate::work::tick(1);
                k += 1;
            }
            if k > i && title_phrase_end(toks, k).is_some() {
                owner = Some(i..k);
                i = k;
            }
        }
        let Some(title_end) = title_phrase_end(toks, i) else {
            break;
        };
        let title = i..title_end;
        let mut end = title_end;
        let mut org = owner;
        if toks
            .get(title_end)
            .is_some_and(|t| t.is_any(&["of", "at", "for", "with", "from", "to"]))
        {
            let mut p = title_end + 1;
            if toks.get(p).is_some_and(|t| t.is("the")) {
                p += 1;
            }
            let org_start = p;
            while let Some(t) = toks.get(p) {
                crate::work::tick(1);
                if !t.word || p - org_start >= 10 {
                    break;
                }
                if is_cap(t.text) || t.text.starts_with(|c: char| c.is_ascii_digit()) {
                    p += 1;
                    continue;
                }
                let next_cap = toks.get(p + 1).is_some_and(|n| n.word && is_cap(n.text));
                if t.is_any(CONNECTORS) && next_cap {
                    if t.is("and") && title_phrase_end(toks, p + 1).is_some() {
                        break;
                    }
                    p += 1;
                    continue;
                }
                break;
            }
            if p > org_start {
                org = Some(org_start..p);
                end = p;
            }
        }
        roles.push(RoleToks { title, org, end });
        i = end;
        let mut k = i;
        if toks.get(k).is_some_and(|t| t.is("and")) {
            k += 1;
            if toks.get(k).is_some_and(is_det) {
                k += 1;
            }
            if title_phrase_end(toks, k).is_some() {
                i = k;
                continue;
            }
        }
        break;
    }
    roles
}

/// Whether tokens `i..end` form a role phrase and nothing else: an
/// optional article, titles and their organisations.
pub(crate) fn is_role_phrase(toks: &[Tok<'_>], i: usize, end: usize) -> bool {
    let slice = toks.get(i..end).unwrap_or(&[]);
    role_phrase(slice, 0)
        .last()
        .is_some_and(|role| role.end == slice.len())
}

/// A title written before a name ("NHSCC President", "chief executive"):
/// the title tokens and the organisation tokens before them, ending just
/// before token `before`.
fn pre_title(toks: &[Tok<'_>], before: usize) -> Option<RoleToks> {
    let head_idx = before.checked_sub(1)?;
    let head = toks.get(head_idx)?;
    if !head.word || !is_title_head(head.text) {
        return None;
    }
    let head_cap = is_cap(head.text);
    let mut s = head_idx;
    while s > 0 && head_idx - s < 4 {
        crate::work::tick(1);
        let Some(m) = toks.get(s - 1) else { break };
        if !m.word || !(is_title_modifier(m.text) || is_title_head(m.text)) {
            break;
        }
        let opens_chunk = s == 1 || toks.get(s - 2).is_some_and(|p| !p.word);
        if is_cap(m.text) != head_cap && !opens_chunk {
            break;
        }
        s -= 1;
    }
    let mut o = s;
    while o > 0 && s - o < 8 {
        crate::work::tick(1);
        let Some(w) = toks.get(o - 1) else { break };
        if !w.word {
            break;
        }
        if is_cap(w.text) && !is_stop_cap(strip_possessive(w.text)) {
            o -= 1;
            continue;
        }
        let cap_before = o >= 2 && toks.get(o - 2).is_some_and(|p| p.word && is_cap(p.text));
        if o < s && w.is_any(CONNECTORS) && cap_before {
            o -= 1;
            continue;
        }
        break;
    }
    Some(RoleToks {
        title: s..before,
        org: (o < s).then_some(o..s),
        end: before,
    })
}

// ---------------------------------------------------------------------------
// The registry

/// Where a person is named in the paragraph being read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Naming {
    /// Index of the person in the registry.
    pub(crate) person: usize,
    /// The name's bytes in the paragraph text (no honorific, no possessive).
    pub(crate) name: Range<usize>,
}

#[derive(Clone, Debug)]
struct Entry {
    words: Vec<String>,
    honorifics: Vec<String>,
    roles: Vec<PersonRole>,
    gender: Option<Gender>,
    /// Article byte offset of the first naming, to pick the right person
    /// when two share a surname.
    first: u64,
}

/// The people of one article, filled paragraph by paragraph.
#[derive(Clone, Debug, Default)]
pub(crate) struct People {
    entries: Vec<Entry>,
    by_full: BTreeMap<String, usize>,
    by_last: BTreeMap<String, Vec<usize>>,
    by_first: BTreeMap<String, Vec<usize>>,
    by_single: BTreeMap<String, usize>,
}

/// Most honorifics a name may carry ("Professor Sir").
const MAX_HONORIFICS: usize = 3;

impl People {
    /// Find the people named with evidence in `chunks` (sentence ranges) of
    /// `para`, register them with their honorifics and roles, and return
    /// where they are named.
    pub(crate) fn scan(
        &mut self,
        para: &Para<'_>,
        tokens: &Tokens<'_>,
        chunks: &[Range<usize>],
    ) -> Vec<Naming> {
        let mut namings = Vec::new();
        for chunk in chunks {
            crate::work::tick(1);
            let toks = tokens.window(chunk.clone());
            let mut i = 0;
            while i < toks.len() {
                crate::work::tick(1);
                if !toks.get(i).is_some_and(|t| t.word && is_cap(t.text)) {
                    i += 1;
                    continue;
                }
                let h_start = i;
                let mut hons = Vec::new();
                let mut j = i;
                while let Some(h) = toks
                    .get(j)
                    .filter(|t| t.word && hons.len() < MAX_HONORIFICS)
                    .and_then(|t| honorific(t.text))
                {
                    crate::work::tick(1);
                    hons.push(h);
                    j += 1;
                }
                let name_start = j;
                let mut name_end = j;
                while toks
                    .get(name_end)
                    .is_some_and(|t| t.word && name_like(t.text))
                    && name_end - name_start < 5
                {
                    crate::work::tick(1);
                    name_end += 1;
                }
                let len = name_end - name_start;
                if len == 0 || len > 3 {
                    i = name_end.max(i + 1);
                    continue;
                }
                let mut after = name_end;
                while toks
                    .get(after)
                    .is_some_and(|t| t.word && is_postnominal(t.text))
                {
                    crate::work::tick(1);
                    after += 1;
                }
                let pre = pre_title(&toks, h_start);
                let app = if toks.get(after).is_some_and(|t| t.is_punct(",")) {
                    role_phrase(&toks, after + 1)
                } else {
                    Vec::new()
                };
                let speech = !names_a_thing(&toks, h_start)
                    && (speech_follows(&toks, after) || speech_precedes(&toks, h_start));
                let age = age_follows(&toks, after);
                let evidence = !hons.is_empty()
                    || (len >= 2 && (pre.is_some() || !app.is_empty() || speech || age));
                if evidence {
                    let words: Vec<&str> = toks
                        .get(name_start..name_end)
                        .unwrap_or(&[])
                        .iter()
                        .map(|t| t.text)
                        .collect();
                    let at = u64::from(para.start) + chunk_offset(&toks, name_start);
                    let person = self.add(&words, &hons, at);
                    for role in pre.iter().chain(&app) {
                        crate::work::tick(1);
                        self.add_role(person, para, &toks, role);
                    }
                    if let (Some(first), Some(last)) =
                        (toks.get(name_start), toks.get(name_end - 1))
                    {
                        let end = last.start + strip_possessive(last.text).len();
                        namings.push(Naming {
                            person,
                            name: first.start..end,
                        });
                    }
                }
                i = name_end;
            }
        }
        namings
    }

    /// Register a person by name words (possessive endings are dropped) and
    /// honorifics; `at` is the article byte offset of the naming. A single
    /// word resolves to a person named earlier by surname or first name.
    pub(crate) fn add(&mut self, words: &[&str], honorifics: &[&str], at: u64) -> usize {
        let words: Vec<String> = words
            .iter()
            .map(|w| strip_possessive(w).to_owned())
            .filter(|w| !w.is_empty())
            .collect();
        let idx = match words.as_slice() {
            [] => return self.new_entry(Vec::new(), at),
            [single] => match self.resolve_short(single) {
                Some(idx) => idx,
                None => {
                    let idx = self.new_entry(words.clone(), at);
                    self.by_single.insert(single.clone(), idx);
                    idx
                }
            },
            [first, .., last] => {
                let full = words.join(" ");
                if let Some(&idx) = self.by_full.get(&full) {
                    idx
                } else {
                    let upgraded = self
                        .by_single
                        .remove(last)
                        .or_else(|| self.by_single.remove(first));
                    let idx = match upgraded {
                        Some(idx) => {
                            if let Some(entry) = self.entries.get_mut(idx) {
                                entry.words.clone_from(&words);
                            }
                            idx
                        }
                        None => self.new_entry(words.clone(), at),
                    };
                    self.by_full.insert(full, idx);
                    self.by_last.entry(last.clone()).or_default().push(idx);
                    self.by_first.entry(first.clone()).or_default().push(idx);
                    idx
                }
            }
        };
        if let Some(entry) = self.entries.get_mut(idx) {
            for h in honorifics {
                crate::work::tick(1);
                if !entry.honorifics.iter().any(|e| e == h) {
                    entry.honorifics.push((*h).to_owned());
                }
            }
            if entry.gender.is_none() {
                entry.gender = honorifics.iter().find_map(|h| honorific_gender(h));
            }
        }
        idx
    }

    fn new_entry(&mut self, words: Vec<String>, at: u64) -> usize {
        self.entries.push(Entry {
            words,
            honorifics: Vec::new(),
            roles: Vec::new(),
            gender: None,
            first: at,
        });
        self.entries.len() - 1
    }

    /// Give person `idx` the role in `role` (token ranges into `toks`, a
    /// tokenization of `para.text`), unless it has it already.
    pub(crate) fn add_role(
        &mut self,
        idx: usize,
        para: &Para<'_>,
        toks: &[Tok<'_>],
        role: &RoleToks,
    ) {
        let text_of = |r: &Range<usize>| -> Option<(String, Range<usize>)> {
            let first = toks.get(r.start)?;
            let last = toks.get(r.end.checked_sub(1)?)?;
            let end = last.start + strip_possessive(last.text).len();
            let words: Vec<&str> = toks.get(r.clone())?.iter().map(|t| t.text).collect();
            let mut joined = words.join(" ");
            let stripped_len = strip_possessive(&joined).len();
            joined.truncate(stripped_len);
            Some((joined, first.start..end))
        };
        let Some((title, title_range)) = text_of(&role.title) else {
            return;
        };
        let org = role.org.as_ref().and_then(text_of);
        let end = org.as_ref().map_or(title_range.end, |(_, r)| r.end);
        let span =
            Span::from_range(para.start as usize + title_range.start..para.start as usize + end);
        let organisation = org.map(|(o, _)| o);
        let Some(entry) = self.entries.get_mut(idx) else {
            return;
        };
        let known = entry.roles.iter().any(|r| {
            r.title
                .as_deref()
                .is_some_and(|t| t.eq_ignore_ascii_case(&title))
                && r.organisation == organisation
        });
        if !known {
            entry.roles.push(PersonRole {
                title: Some(title),
                organisation,
                line: para.line,
                span,
            });
        }
    }

    /// The person a single name word refers to: the latest by surname, else
    /// the latest by first name, else one known only by that word.
    pub(crate) fn resolve_short(&self, word: &str) -> Option<usize> {
        let word = strip_possessive(word);
        self.by_last
            .get(word)
            .and_then(|v| v.last())
            .or_else(|| self.by_first.get(word).and_then(|v| v.last()))
            .or_else(|| self.by_single.get(word))
            .copied()
    }

    /// The full name of person `idx`, without honorifics.
    pub(crate) fn name(&self, idx: usize) -> String {
        self.entries
            .get(idx)
            .map(|e| e.words.join(" "))
            .unwrap_or_default()
    }

    /// The gender of person `idx`, when known.
    pub(crate) fn gender(&self, idx: usize) -> Option<Gender> {
        self.entries.get(idx).and_then(|e| e.gender)
    }

    /// Whether one of person `idx`'s titles ends in `word` ("Health
    /// Minister" for "minister").
    pub(crate) fn has_title(&self, idx: usize, word: &str) -> bool {
        self.entries.get(idx).is_some_and(|e| {
            e.roles.iter().any(|r| {
                r.title
                    .as_deref()
                    .and_then(|t| t.rsplit(' ').next())
                    .is_some_and(|last| last.eq_ignore_ascii_case(word))
            })
        })
    }

    /// Record what a pronoun told about person `idx`.
    pub(crate) fn set_gender(&mut self, idx: usize, gender: Gender) {
        if let Some(entry) = self.entries.get_mut(idx) {
            entry.gender.get_or_insert(gender);
        }
    }

    /// The people, in order of first naming, with every mention in the body
    /// `paras`: full names, surnames, and first names after Sir or Dame,
    /// each with the honorifics written before it.
    pub(crate) fn finish(self, paras: &[Para<'_>]) -> Vec<Person> {
        let mut patterns: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (idx, entry) in self.entries.iter().enumerate() {
            crate::work::tick(1);
            if entry.words.is_empty() {
                continue;
            }
            patterns.entry(entry.words.join(" ")).or_default().push(idx);
            if let [first, .., last] = entry.words.as_slice() {
                patterns.entry(last.clone()).or_default().push(idx);
                if entry.honorifics.iter().any(|h| takes_first_name(h)) {
                    patterns.entry(first.clone()).or_default().push(idx);
                }
            }
        }
        let mut owners: Vec<Vec<usize>> = patterns.values().cloned().collect();
        for list in &mut owners {
            crate::work::tick(1);
            list.sort_by_key(|&idx| self.entries.get(idx).map_or(0, |e| e.first));
            list.dedup();
        }
        let mut mentions: Vec<Vec<Mention>> = vec![Vec::new(); self.entries.len()];
        // Built per article and used once: the plain NFA, whose
        // construction costs least; a contiguous NFA or a DFA would cost
        // more to build than it saves in the search.
        let matcher = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(aho_corasick::AhoCorasickKind::NoncontiguousNFA))
            .build(patterns.keys());
        if let Ok(matcher) = matcher {
            for para in paras.iter().filter(|p| p.role == Role::Body) {
                crate::work::tick(1);
                let text = para.text;
                for m in matcher.find_iter(text) {
                    crate::work::tick(1);
                    let alnum_before = text
                        .get(..m.start())
                        .and_then(|s| s.chars().next_back())
                        .is_some_and(|c| c.is_alphanumeric() || c == '-');
                    let alnum_after = text
                        .get(m.end()..)
                        .and_then(|s| s.chars().next())
                        .is_some_and(char::is_alphanumeric);
                    if alnum_before || alnum_after {
                        continue;
                    }
                    let Some(list) = owners.get(m.pattern().as_usize()) else {
                        continue;
                    };
                    let at = u64::from(para.start) + m.start() as u64;
                    let k = list.partition_point(|&idx| {
                        self.entries.get(idx).is_some_and(|e| e.first <= at)
                    });
                    let Some(&person) = list.get(k.saturating_sub(1)) else {
                        continue;
                    };
                    let start = honorifics_before(text, m.start());
                    if let Some(list) = mentions.get_mut(person) {
                        list.push(Mention {
                            line: para.line,
                            span: Span::from_range(
                                para.start as usize + start..para.start as usize + m.end(),
                            ),
                        });
                    }
                }
            }
        }
        let mut people: Vec<(u64, Person)> = self
            .entries
            .into_iter()
            .zip(mentions)
            .filter(|(entry, _)| !entry.words.is_empty())
            .map(|(entry, mut mentions)| {
                mentions.sort_by_key(|m| (m.line, m.span.start));
                mentions.dedup();
                let gender = entry
                    .gender
                    .or_else(|| entry.honorifics.iter().find_map(|h| honorific_gender(h)));
                let person = Person {
                    name: entry.words.join(" "),
                    honorifics: entry.honorifics,
                    roles: entry.roles,
                    gender,
                    mentions,
                };
                (entry.first, person)
            })
            .collect();
        people.sort_by_key(|(first, _)| *first);
        people.into_iter().map(|(_, p)| p).collect()
    }
}

/// Byte offset (in the paragraph) of token `i`, as u64.
fn chunk_offset(toks: &[Tok<'_>], i: usize) -> u64 {
    toks.get(i).map_or(0, |t| t.start as u64)
}

/// Start of the honorifics written just before byte `start` ("Dr " in
/// "Dr Dixon"), or `start` when there are none.
fn honorifics_before(text: &str, start: usize) -> usize {
    let mut start = start;
    for _ in 0..MAX_HONORIFICS {
        crate::work::tick(1);
        let Some(before) = text.get(..start) else {
            break;
        };
        let Some(gap) = before.strip_suffix(' ') else {
            break;
        };
        let word_start = gap
            .char_indices()
            .rev()
            .take(12)
            .find(|&(_, c)| !(c.is_alphabetic() || c == '.'))
            .map_or(if gap.len() <= 12 { 0 } else { start }, |(i, c)| {
                i + c.len_utf8()
            });
        match gap.get(word_start..) {
            Some(word) if !word.is_empty() && honorific(word).is_some() => start = word_start,
            _ => break,
        }
    }
    start
}

/// Whether the capitalised words from token `k` follow an article, a bare
/// acronym or an organisation word, and so name a thing rather than a
/// person ("the Kestrel Plan", "NHS Long Term Workforce", "Health Attitudes
/// Monitor"); a title acronym ("GP") or a possessive ("BMA’s") does not
/// count.
pub(crate) fn names_a_thing(toks: &[Tok<'_>], k: usize) -> bool {
    k.checked_sub(1).and_then(|p| toks.get(p)).is_some_and(|t| {
        let bare = t.word && strip_possessive(t.text).len() == t.text.len();
        t.is_any(&["the", "a", "an"])
            || (bare && is_acronym(t.text) && !is_title_word(t.text))
            || (bare && is_cap(t.text) && ORG_LEXICON.contains_ignore_ascii_case(t.text))
    })
}

/// Whether an age between commas follows token `k`: "Tom Ash, 67, has
/// waited".
fn age_follows(toks: &[Tok<'_>], k: usize) -> bool {
    toks.get(k).is_some_and(|t| t.is_punct(","))
        && toks.get(k + 1).is_some_and(|t| {
            t.word && (1..=3).contains(&t.text.len()) && t.text.chars().all(|c| c.is_ascii_digit())
        })
        && toks
            .get(k + 2)
            .is_none_or(|t| !t.word && matches!(t.text, "," | "." | ";"))
}

/// Whether a speech verb follows token `k` (after at most three auxiliaries
/// or adverbs): "Ann Lee has also said".
fn speech_follows(toks: &[Tok<'_>], k: usize) -> bool {
    let mut j = k;
    while j < k + 3
        && toks.get(j).is_some_and(|t| {
            crate::work::tick(1);
            t.is_any(&[
                "has",
                "had",
                "have",
                "also",
                "today",
                "yesterday",
                "previously",
                "later",
                "then",
                "once",
            ])
        })
    {
        j += 1;
    }
    toks.get(j)
        .is_some_and(|t| t.word && crate::quotes::is_speech_verb(t.text))
}

/// Whether token `s` follows "said", "says", "added" or "according to".
fn speech_precedes(toks: &[Tok<'_>], s: usize) -> bool {
    let prev = s.checked_sub(1).and_then(|p| toks.get(p));
    let prev2 = s.checked_sub(2).and_then(|p| toks.get(p));
    prev.is_some_and(|t| {
        t.is_any(&[
            "said",
            "says",
            "added",
            "adds",
            "continued",
            "explained",
            "warned",
        ])
    }) || (prev.is_some_and(|t| t.is("to")) && prev2.is_some_and(|t| t.is("according")))
}

/// Split long sentence ranges at spaces so that no chunk is much longer than
/// 4 KiB: the scan allocates per chunk, and names never span that far.
pub(crate) fn chunks(text: &str, sentences: &[Range<usize>]) -> Vec<Range<usize>> {
    const MAX: usize = 4096;
    let mut out = Vec::new();
    for r in sentences {
        crate::work::tick(1);
        let mut start = r.start;
        while r.end.saturating_sub(start) > MAX {
            crate::work::tick(1);
            let mut cut = start + MAX;
            while cut < r.end && !text.is_char_boundary(cut) {
                crate::work::tick(1);
                cut += 1;
            }
            let space = text
                .get(start..cut)
                .and_then(|s| s.rfind(char::is_whitespace))
                .map_or(cut, |i| start + i);
            let cut = if space > start { space } else { cut };
            out.push(start..cut);
            start = cut;
        }
        out.push(start..r.end);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Windows of the tokens of a whole paragraph are the tokens of the
    /// window, whatever the text and the window.
    mod windows {
        use super::super::*;
        use proptest::prelude::*;

        fn piece() -> impl Strategy<Value = &'static str> {
            prop::sample::select(vec![
                "Dr", "Smith", "said", "1", "800", ",", ".", " ", "  ", "-", "’", "'", "&", "/",
                "%", "£", "“", "”", "é", "\u{a0}", "\t", "U.S.", "e.g.", "(", "Mr.", "co-chair",
            ])
        }

        proptest! {
            #[test]
            fn window_equals_tokenize(
                pieces in prop::collection::vec(piece(), 0..40),
                a in 0usize..200,
                b in 0usize..200,
            ) {
                let text: String = pieces.concat();
                let tokens = Tokens::new(&text);
                let (lo, hi) = (a.min(b), a.max(b));
                prop_assert_eq!(tokens.window(lo..hi).to_vec(), tokenize(&text, lo..hi));
                // Sentence-like windows: from after a space to before one.
                let spaces: Vec<usize> = text.match_indices(' ').map(|(k, _)| k).collect();
                for (&s, &e) in spaces.iter().zip(spaces.iter().skip(1)) {
                    prop_assert_eq!(tokens.window(s + 1..e).to_vec(), tokenize(&text, s + 1..e));
                }
            }
        }
    }

    /// Render a person compactly: `name | honorifics | gender | roles | mentions`.
    fn render(p: &Person, article: &str) -> String {
        let roles: Vec<String> = p
            .roles
            .iter()
            .map(|r| {
                format!(
                    "{}@{}",
                    r.title.as_deref().unwrap_or("-"),
                    r.organisation.as_deref().unwrap_or("-")
                )
            })
            .collect();
        let mentions: Vec<&str> = p
            .mentions
            .iter()
            .map(|m| m.span.text(article).unwrap_or("?"))
            .collect();
        let gender = match p.gender {
            Some(Gender::Male) => "m",
            Some(Gender::Female) => "f",
            None => "-",
        };
        format!(
            "{} | {} | {} | {} | {}",
            p.name,
            p.honorifics.join(" "),
            gender,
            roles.join("; "),
            mentions.join(", ")
        )
    }

    /// People found in `paragraphs` (one per line of an article), rendered.
    fn check(paragraphs: &[&str], expected: &[&str]) {
        let article = paragraphs.join("\n");
        let mut paras = Vec::new();
        let mut start = 0u32;
        for (idx, text) in paragraphs.iter().enumerate() {
            paras.push(Para {
                line: idx as u32 + 1,
                start,
                text,
                role: Role::Body,
                sentences: &[],
            });
            start += text.len() as u32 + 1;
        }
        let got: Vec<String> = crate::quotes::extract(&paras)
            .people
            .iter()
            .map(|p| render(p, &article))
            .collect();
        assert_eq!(got, expected);
    }

    #[test]
    fn honorific_and_appositive_role() {
        check(
            &["The letter went to Dame Ruth Okafor, chair of the Kent Health Board on Friday."],
            &["Ruth Okafor | Dame | f | chair@Kent Health Board | Dame Ruth Okafor"],
        );
    }

    #[test]
    fn title_before_name_with_organisation() {
        check(
            &["Yesterday BMA chair Tom Ridley warned of strikes."],
            &["Tom Ridley |  | - | chair@BMA | Tom Ridley"],
        );
    }

    #[test]
    fn lower_case_title_and_honorific_after_comma() {
        check(
            &["In a blog, Healthwatch director Prof Nia Evans called for calm."],
            &["Nia Evans | Prof | - | director@Healthwatch | Prof Nia Evans"],
        );
    }

    #[test]
    fn two_roles_joined_by_and() {
        check(
            &[
                "Raj Patel, deputy chair of the Medway Forum and clinical lead at Ashford CCG, spoke first.",
            ],
            &[
                "Raj Patel |  | - | deputy chair@Medway Forum; clinical lead@Ashford CCG | Raj Patel",
            ],
        );
    }

    #[test]
    fn possessive_organisation_before_title() {
        check(
            &["Dr Mia Tran, Public Health Wales’s deputy medical director, spoke."],
            &["Mia Tran | Dr | - | deputy medical director@Public Health Wales | Dr Mia Tran"],
        );
    }

    #[test]
    fn letters_after_name_before_role() {
        check(
            &["Ruth Cole MP, chair of the Lowland Trust, resigned."],
            &["Ruth Cole |  | - | chair@Lowland Trust | Ruth Cole"],
        );
    }

    #[test]
    fn surname_and_honorific_mentions_resolve() {
        check(
            &[
                "Health minister Carla Brandt opened the unit.",
                "Ms Brandt said little. Later Brandt left.",
            ],
            &["Carla Brandt | Ms | f | Health minister@- | Carla Brandt, Ms Brandt, Brandt"],
        );
    }

    #[test]
    fn first_name_after_sir() {
        check(
            &[
                "Sir Alan Howe, chief executive of the Welland Trust, resigned.",
                "Sir Alan had led it since 2009.",
            ],
            &["Alan Howe | Sir | m | chief executive@Welland Trust | Sir Alan Howe, Sir Alan"],
        );
    }

    #[test]
    fn short_form_first_is_upgraded_by_full_name() {
        check(
            &[
                "Dr Amis spoke first.",
                "Then Dr Kate Amis, a GP, spoke again.",
            ],
            &["Kate Amis | Dr | - | GP@- | Dr Amis, Dr Kate Amis"],
        );
    }

    #[test]
    fn capitalised_places_and_bodies_are_not_people() {
        check(
            &["North Devon and Torbay Hospitals met Cambridge University Press in London."],
            &[],
        );
    }

    #[test]
    fn named_documents_are_not_people() {
        check(
            &[
                "The Coastal Care Plan says beds will close.",
                "The NHS Morrow Hale said nothing.",
                "The Kestrel Review was published in May.",
                "The Rural Health Outlook Tracker said costs rose.",
            ],
            &[],
        );
    }

    #[test]
    fn age_between_commas_is_evidence() {
        check(
            &["Maya Fenwick, 81, from Whitby, waited nine hours."],
            &["Maya Fenwick |  | - |  | Maya Fenwick"],
        );
    }

    #[test]
    fn speech_verb_is_evidence() {
        check(
            &["Priya Shah said the ward would reopen."],
            &["Priya Shah |  | - |  | Priya Shah"],
        );
    }

    #[test]
    fn pronoun_continuation_sets_gender() {
        check(
            &[
                "Owen Beck said: “We are ready.”",
                "“The staff are tired,” he admitted.",
            ],
            &["Owen Beck |  | m |  | Owen Beck"],
        );
    }

    #[test]
    fn tokens_keep_digit_groups_whole() {
        let text = "Its 12,400 members, 3,40 or 2, said";
        let toks: Vec<&str> = tokenize(text, 0..text.len())
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            toks,
            [
                "Its", "12,400", "members", ",", "3", ",", "40", "or", "2", ",", "said"
            ]
        );
    }

    #[test]
    fn tokens_keep_joiners_and_honorific_stops() {
        let text = "Dr. O’Neill’s co-chair (NHSCC) said: e.g. 4.5%";
        let toks: Vec<&str> = tokenize(text, 0..text.len())
            .iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(
            toks,
            [
                "Dr.",
                "O’Neill’s",
                "co-chair",
                "(",
                "NHSCC",
                ")",
                "said",
                ":",
                "e.g.",
                "4.5%"
            ]
        );
    }
}
