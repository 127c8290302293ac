//! Figures: the quantities an article states (SCHEMA.md `figures[]`).
//!
//! Percentages (`48%`, `8 per cent`, `three percentage points`, `half a
//! percentage point`, `(-1)` after a percentage), proportions (`273 out of
//! 569`, `177 out of the 211`, `one in three`, `38 of 43`, `two thirds`, `a
//! quarter of`, `half of`), counts (`15,560`, `47`, `two`, `a million`, `an
//! 18-bed ward`), money (`£5m`, `$1.2bn`, `€300`, `5 million pounds`,
//! `16p`) and durations (`18 months`, `a 10-minute`, `a decade`, `three to
//! four decades`, `six hours a week`, `ten or more years`), each with its
//! qualifier (`over 40%`, `some 273`, `a million or more`; a bare `over`
//! before a duration usually spans a period: `£2bn over three years`),
//! what it measures (`48% of CCG leads`) and, when one
//! restates the other (`273 out of 569 (48%)`), a link between the two.
//!
//! Not figures: dates and calendar years (`5 December 2013`, `in 2014`,
//! `1980s`), times (`10:32`, `5 a.m.`), ordinals (`5th`, `first`), phone and
//! registration numbers, numbers inside names (`Covid-19`, `NHS 111`, `G7`,
//! `Section 75`), schedules (`seven-day opening`, `24/7`, `seven days a
//! week`), ages (`aged 65`, `a 70-year-old`), the idiomatic `one` (`one
//! way`, `one of the`) and vague words (`several`, `a few`).
//!
//! The scan is linear: a cheap byte test finds where a number may start (a
//! digit, a currency sign, a sign in brackets, or a word that is a number
//! word), the nom grammar of [`crate::numbers`] parses there, and every look
//! around it (qualifier words before, `or more` after, the measured noun
//! phrase) is bounded.

use std::ops::Range;

use crosscheck_model::{Figure, FigureKind, Qualifier, Span};
use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while1},
    character::complete::{char, one_of, satisfy},
    combinator::{map, map_opt, not, opt, value, verify},
    sequence::preceded,
};

use crate::Para;
use crate::numbers::{
    Fraction, Number, Numerator, and_a_fraction, fraction, hyphen, is_number_word, is_space,
    keyword, number, numeral, sp, word,
};

type Res<'a, T> = IResult<&'a str, T>;

/// Figures stated in the given headline, standfirst and body lines, in text order.
pub fn figures(paras: &[Para<'_>]) -> Vec<Figure> {
    let mut out = Vec::new();
    for para in paras {
        crate::work::tick(1);
        let base = out.len();
        for found in scan(para.text) {
            crate::work::tick(1);
            out.push(found.into_figure(para, base));
        }
    }
    out
}

/// A figure found in one line, with byte offsets local to the line.
#[derive(Clone, Debug)]
struct Found {
    /// The number expression, qualifier words excluded.
    range: Range<usize>,
    /// Where scanning resumes: after any trailing qualifier (`or more`).
    resume: usize,
    kind: FigureKind,
    value: f64,
    decimals: u8,
    verbal: bool,
    unit: Option<&'static str>,
    part: Option<f64>,
    whole: Option<f64>,
    qualifier: Qualifier,
    measure: Option<String>,
    /// Index, within the line, of a figure restating this one.
    paired: Option<usize>,
}

impl Found {
    fn into_figure(self, para: &Para<'_>, base: usize) -> Figure {
        let start = para.start as usize;
        Figure {
            line: para.line,
            text: para
                .text
                .get(self.range.clone())
                .unwrap_or_default()
                .to_owned(),
            kind: self.kind,
            value: self.value,
            qualifier: self.qualifier,
            unit: self.unit.map(str::to_owned),
            span: Span::from_range(
                start.saturating_add(self.range.start)..start.saturating_add(self.range.end),
            ),
            decimals: self.decimals,
            verbal: self.verbal,
            part: self.part,
            whole: self.whole,
            measure: self.measure,
            paired_with: self.paired.map(|idx| base + idx),
        }
    }
}

/// A parsed number expression before its qualifier and measure are read.
#[derive(Clone, Debug)]
struct Cand {
    end: usize,
    kind: FigureKind,
    value: f64,
    decimals: u8,
    verbal: bool,
    unit: Option<&'static str>,
    part: Option<f64>,
    whole: Option<f64>,
    /// A range: reported as its low end, qualifier `over`.
    range: bool,
    /// A hyphenated modifier (`a 10-minute wait`): a qualifier may come
    /// before its article (`within a 10-minute walk`).
    modifier: bool,
    /// How to look for the measured noun phrase.
    measure: MeasureAt,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MeasureAt {
    /// Never (money, durations).
    Nowhere,
    /// Only after `of` (`48% of leads`, `two thirds of GPs`).
    AfterOf,
    /// Right after the number (`15,560 responses`, `one in three GPs`).
    Direct,
}

/// What a candidate start led to.
enum Outcome {
    Figure(Cand),
    /// Not a figure, and nothing up to this offset is either (`2019-20`).
    Skip(usize),
    No,
}

// ---------------------------------------------------------------------------
// The scan
// ---------------------------------------------------------------------------

fn scan(text: &str) -> Vec<Found> {
    let bytes = text.as_bytes();
    let mut found: Vec<Found> = Vec::new();
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        crate::work::tick(1);
        // A cheap byte test first: only digits, letters, `$`, signs and the
        // lead bytes of `£`, `€`, `−`, `–` can start a figure.
        if !(b.is_ascii_alphanumeric() || matches!(b, b'$' | b'+' | b'-' | 0xC2 | 0xE2)) {
            pos += 1;
            continue;
        }
        let Some(kind) = start_kind(text, pos, b) else {
            // Skip the rest of a word or number in one step.
            let run = bytes
                .get(pos..)
                .unwrap_or_default()
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            pos += run.max(1);
            continue;
        };
        if kind == Start::Word && !word_may_start_figure(text.get(pos..).unwrap_or_default()) {
            pos = skip_token(text, pos);
            continue;
        }
        let ctx = Before::read(text, pos);
        let outcome = match kind {
            Start::Sign => signed(text, pos, &ctx, found.last()),
            Start::Currency => money(text, pos, &ctx),
            Start::Digit | Start::Word => quantity_at(text, pos, &ctx),
        };
        match outcome {
            Outcome::Figure(cand) => {
                let prev_end = found.last().map(|f| f.range.end);
                let item = finish(text, pos, &ctx, cand, prev_end);
                pos = item.resume.max(pos + 1);
                found.push(item);
            }
            Outcome::Skip(end) => pos = end.max(pos + 1),
            Outcome::No => pos = skip_token(text, pos),
        }
    }
    pair_restatements(text, &mut found);
    found
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Start {
    Digit,
    Word,
    Currency,
    Sign,
}

/// Whether a figure may start at byte `pos` (whose byte is `b`), and how.
/// Cheap: looks at the byte, the character before, and for letters the
/// word itself.
fn start_kind(text: &str, pos: usize, b: u8) -> Option<Start> {
    let rest = text.get(pos..)?;
    let kind = match b {
        b'0'..=b'9' => Start::Digit,
        b'a'..=b'z' | b'A'..=b'Z' => Start::Word,
        b'$' => Start::Currency,
        b'+' | b'-' => Start::Sign,
        _ if rest.starts_with('£') || rest.starts_with('€') => Start::Currency,
        _ if rest.starts_with('−') || rest.starts_with('–') => Start::Sign,
        _ => return None,
    };
    let prev = text.get(..pos).and_then(|head| head.chars().next_back());
    if prev.is_some_and(|c| c.is_alphanumeric() || c == '_') {
        return None;
    }
    match kind {
        Start::Digit => digit_start_ok(text, pos, prev).then_some(Start::Digit),
        Start::Word if rest.starts_with("US$") => Some(Start::Currency),
        Start::Word => {
            let w = word(rest).map(|(_, w)| w).unwrap_or_default();
            is_number_word(w).then_some(Start::Word)
        }
        Start::Sign => sign_start(rest, prev),
        Start::Currency => {
            // `£5m`, `US$1.2bn`: a digit right after the sign.
            let sign = rest.strip_prefix("US").unwrap_or(rest);
            let digits = sign.get(sign.chars().next().map_or(0, char::len_utf8)..);
            digits
                .is_some_and(|d| d.starts_with(|c: char| c.is_ascii_digit()))
                .then_some(Start::Currency)
        }
    }
}

/// Digits glued to what comes before are not a figure's start: `Covid-19`,
/// the `20` of `2019-20` or `2019/20`, the `32` of `10:32`, `+44`, `'97`,
/// a `[3]` reference, a signed change that is no percentage (`(-512)`).
fn digit_start_ok(text: &str, pos: usize, prev: Option<char>) -> bool {
    let Some(prev) = prev else { return true };
    let before_prev = text
        .get(..pos.saturating_sub(prev.len_utf8()))
        .and_then(|head| head.chars().next_back());
    match prev {
        // A sign or hyphen glued to the digits: `(-512)`, `Covid-19`, the
        // `20` of `2019-20`; a range would have been read from its start.
        '/' | '+' | '-' | '−' | '‐' | '‑' | '–' | '#' | '[' | '\'' | '’' | '‘' | '£' | '$'
        | '€' | '°' => false,
        '—' | ':' | '.' | ',' => !before_prev.is_some_and(char::is_alphanumeric),
        _ => true,
    }
}

/// A sign starts a figure in `(-1)`, `(+2)`, or before a percentage after a
/// space: `-3%`.
fn sign_start(rest: &str, prev: Option<char>) -> Option<Start> {
    let mut chars = rest.chars();
    let sign = chars.next()?;
    let next = chars.next()?;
    let after_space = prev.is_none_or(is_space) && sign != '–';
    (next.is_ascii_digit() && (prev == Some('(') || after_space)).then_some(Start::Sign)
}

/// Whether the grammar reads anything at a number word: `a` and `half`
/// start many words that are no figure (`a report`, `half-hearted`), and
/// the context around them need not be read for those.
fn word_may_start_figure(rest: &str) -> bool {
    number(rest).is_ok() || fraction(rest).is_ok() || article_duration_grammar(rest).is_ok()
}

/// After a failed start, resume past the rest of the word or number so the
/// next try is at a fresh word.
fn skip_token(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or_default();
    let first = rest.chars().next().map_or(1, char::len_utf8);
    let run = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphanumeric())
        .map_or(rest.len(), |(i, _)| i);
    pos + run.max(first)
}

// ---------------------------------------------------------------------------
// What comes before a candidate
// ---------------------------------------------------------------------------

/// The words just before a candidate (closest first, only whitespace between
/// them and the number) and whether the candidate opens a sentence.
struct Before<'t> {
    words: [&'t str; 4],
    /// Byte offset of each word in the line.
    starts: [usize; 4],
    n_words: usize,
    /// The qualifier of the words before, and how many words its phrase has.
    qualifier: Option<(Qualifier, usize)>,
    prev_char: Option<char>,
    sentence_start: bool,
}

impl<'t> Before<'t> {
    fn read(text: &'t str, pos: usize) -> Self {
        let head = text.get(..pos).unwrap_or_default();
        let prev_char = head.chars().next_back();
        let prev_solid = head.chars().rev().take(8).find(|c| !is_space(*c));
        let sentence_start = prev_solid.is_none_or(|c| ".!?:;\"“”‘’'([–—|•*".contains(c));
        let mut words = [""; 4];
        let mut starts = [0; 4];
        let mut n_words = 0;
        let mut cursor = head.len();
        while let (Some(slot), Some(at)) = (words.get_mut(n_words), starts.get_mut(n_words)) {
            crate::work::tick(1);
            let Some((start, w, more)) = word_before(head, cursor) else {
                break;
            };
            *slot = w;
            *at = start;
            n_words += 1;
            cursor = start;
            if !more {
                break;
            }
        }
        let mut ctx = Before {
            words,
            starts,
            n_words,
            qualifier: None,
            prev_char,
            sentence_start,
        };
        ctx.qualifier = ctx.read_qualifier(0);
        ctx
    }

    fn words(&self) -> &[&'t str] {
        self.words.get(..self.n_words).unwrap_or_default()
    }

    /// The closest word, if only whitespace separates it from the number.
    fn prev(&self) -> Option<&'t str> {
        self.words().first().copied()
    }

    fn prev_is(&self, list: &str) -> bool {
        self.prev().is_some_and(|w| in_list(list, w))
    }

    /// Whether the words before, past the closest `skip`, end with
    /// `phrase` (case-insensitive).
    fn ends_with(&self, skip: usize, phrase: &[&str]) -> bool {
        let words = self.words().get(skip..).unwrap_or_default();
        phrase.len() <= words.len()
            && phrase
                .iter()
                .rev()
                .zip(words)
                .all(|(p, w)| p.eq_ignore_ascii_case(w))
    }

    /// The qualifier the words before give.
    fn qualifier(&self) -> Option<Qualifier> {
        self.qualifier.map(|(q, _)| q)
    }

    /// Whether the number starts a change rather than a range: `rose from
    /// 10% to 12%`, `up by £5,000 to £95,000`. After a verb of spread
    /// (`ranging from £1m to £9m`, `varied from 3 to 8`) `from` opens a
    /// range.
    fn change_from(&self) -> bool {
        let spread = self.ends_with(0, &["from"])
            && self.words().get(1).is_some_and(|w| in_list(RANGE_VERBS, w));
        self.prev_is(" from by ") && !spread
    }

    /// Whether the words before are `the next`, `the past`, `the first`
    /// and the like: a period placed in time (`the coming three months`).
    fn placed_period(&self) -> bool {
        self.prev_is(" next past last coming first final following previous ")
            && self
                .words()
                .get(1)
                .is_some_and(|w| w.eq_ignore_ascii_case("the"))
    }

    /// Whether the qualifier is the bare word `over` (not `just over`),
    /// which before a duration may mean "during" rather than "more than".
    fn bare_over(&self) -> bool {
        self.qualifier == Some((Qualifier::Over, 1)) && self.prev_is(" over ")
    }

    /// The qualifier of the longest phrase the words before end with, past
    /// the closest `skip` words, and the phrase's length in words.
    fn read_qualifier(&self, skip: usize) -> Option<(Qualifier, usize)> {
        if self.n_words <= skip {
            return None;
        }
        // "ticked up to 4%": a verb with `up`, then `to` the level reached.
        let phrasal_up = self
            .words()
            .get(skip + 2)
            .is_some_and(|w| in_list(UP_VERBS, w));
        QUALIFIERS_BEFORE
            .iter()
            .filter(|(phrase, _)| self.ends_with(skip, phrase))
            .filter(|(phrase, _)| !(phrasal_up && *phrase == ["up", "to"]))
            .max_by_key(|(phrase, _)| phrase.len())
            .map(|&(phrase, q)| (q, phrase.len()))
    }
}

/// The word ending before `cursor` (1 to 3 spaces between), its start, and
/// whether a space precedes it (so that the word before may be read too).
/// A trailing full stop stays on the word (`No.`, `approx.`).
fn word_before(head: &str, cursor: usize) -> Option<(usize, &str, bool)> {
    let seg = head.get(..cursor)?;
    let mut chars = seg.char_indices().rev();
    let mut spaces = 0;
    let mut last = None;
    for (i, c) in chars.by_ref() {
        crate::work::tick(1);
        if is_space(c) {
            spaces += 1;
            if spaces > 3 {
                return None;
            }
        } else {
            last = Some((i, c));
            break;
        }
    }
    let (i, c) = last?;
    if spaces == 0 || !(c.is_alphabetic() || c == '.') {
        return None;
    }
    let end = i + c.len_utf8();
    let mut start = if c == '.' { end - 1 } else { i };
    let mut more = false;
    for (j, c) in chars.by_ref().take(24) {
        crate::work::tick(1);
        if c.is_alphabetic() {
            start = j;
        } else {
            more = is_space(c);
            break;
        }
    }
    if start + 1 >= end && c == '.' {
        return None;
    }
    let w = seg.get(start..end)?;
    Some((start, w, more))
}

/// Whether `w` is one of the words of `list` (lower case, each word
/// between spaces, the list starting and ending with one), in any case.
fn in_list(list: &str, w: &str) -> bool {
    padded(w, true).is_some_and(|(buf, len)| {
        std::str::from_utf8(buf.get(..len).unwrap_or_default()).is_ok_and(|n| list.contains(n))
    })
}

/// `w` between two spaces, in a stack buffer, for a whole-word search in
/// a word list; `None` for words that no list holds (long or non-ASCII).
fn padded(w: &str, lower: bool) -> Option<([u8; 26], usize)> {
    let bytes = w.as_bytes();
    if bytes.is_empty() || bytes.len() > 24 || !w.is_ascii() || bytes.contains(&b' ') {
        return None;
    }
    let mut buf = [b' '; 26];
    for (slot, &b) in buf.iter_mut().skip(1).zip(bytes) {
        crate::work::tick(1);
        *slot = if lower { b.to_ascii_lowercase() } else { b };
    }
    Some((buf, bytes.len() + 2))
}

/// Qualifier phrases before a number: SCHEMA.md's lists, plus only words
/// that say the same thing (`in excess of` is `more than`, `no more than`
/// is `at most`, `circa` is `around`). Words that describe how a figure
/// was obtained (`an estimated £5m`, `a projected 3%`) do not hedge it:
/// the figure stays `exact`.
const QUALIFIERS_BEFORE: &[(&[&str], Qualifier)] = &[
    (&["over"], Qualifier::Over),
    (&["more", "than"], Qualifier::Over),
    (&["above"], Qualifier::Over),
    (&["at", "least"], Qualifier::Over),
    (&["just", "over"], Qualifier::Over),
    (&["well", "over"], Qualifier::Over),
    (&["just", "above"], Qualifier::Over),
    (&["well", "above"], Qualifier::Over),
    (&["slightly", "over"], Qualifier::Over),
    (&["slightly", "more", "than"], Qualifier::Over),
    (&["a", "little", "over"], Qualifier::Over),
    (&["just", "more", "than"], Qualifier::Over),
    (&["in", "excess", "of"], Qualifier::Over),
    (&["upwards", "of"], Qualifier::Over),
    (&["no", "fewer", "than"], Qualifier::Over),
    (&["no", "less", "than"], Qualifier::Over),
    (&["longer", "than"], Qualifier::Over),
    (&["greater", "than"], Qualifier::Over),
    (&["higher", "than"], Qualifier::Over),
    (&["larger", "than"], Qualifier::Over),
    (&["bigger", "than"], Qualifier::Over),
    (&["no", "shorter", "than"], Qualifier::Over),
    (&["no", "lower", "than"], Qualifier::Over),
    (&["no", "smaller", "than"], Qualifier::Over),
    (&["under"], Qualifier::Under),
    (&["less", "than"], Qualifier::Under),
    (&["fewer", "than"], Qualifier::Under),
    (&["below"], Qualifier::Under),
    (&["at", "most"], Qualifier::Under),
    (&["almost"], Qualifier::Under),
    (&["nearly"], Qualifier::Under),
    (&["up", "to"], Qualifier::Under),
    (&["within"], Qualifier::Under),
    (&["close", "to"], Qualifier::Under),
    (&["near"], Qualifier::Under),
    (&["just", "under"], Qualifier::Under),
    (&["just", "below"], Qualifier::Under),
    (&["well", "under"], Qualifier::Under),
    (&["well", "below"], Qualifier::Under),
    (&["slightly", "under"], Qualifier::Under),
    (&["slightly", "less", "than"], Qualifier::Under),
    (&["just", "less", "than"], Qualifier::Under),
    (&["no", "more", "than"], Qualifier::Under),
    (&["not", "quite"], Qualifier::Under),
    (&["shorter", "than"], Qualifier::Under),
    (&["lower", "than"], Qualifier::Under),
    (&["smaller", "than"], Qualifier::Under),
    (&["no", "longer", "than"], Qualifier::Under),
    (&["no", "greater", "than"], Qualifier::Under),
    (&["no", "higher", "than"], Qualifier::Under),
    (&["no", "larger", "than"], Qualifier::Under),
    (&["no", "bigger", "than"], Qualifier::Under),
    (&["around"], Qualifier::About),
    (&["about"], Qualifier::About),
    (&["some"], Qualifier::About),
    (&["roughly"], Qualifier::About),
    (&["approximately"], Qualifier::About),
    (&["approx."], Qualifier::About),
    (&["circa"], Qualifier::About),
    (&["in", "the", "region", "of"], Qualifier::About),
    (&["only"], Qualifier::Exact),
    (&["just"], Qualifier::Exact),
    (&["exactly"], Qualifier::Exact),
    (&["precisely"], Qualifier::Exact),
];

/// `or more`, `and over`, `-plus`, `+`, `or less`, `or so` after a number.
fn qualifier_after(input: &str) -> Res<'_, Qualifier> {
    let glued = alt((
        value(Qualifier::Over, (hyphen, keyword("plus"))),
        value(Qualifier::Over, char('+')),
    ));
    let spaced = |i| {
        let (rest, _) = sp(i)?;
        alt((
            value(Qualifier::Over, keyword("plus")),
            value(Qualifier::About, (keyword("or"), sp, keyword("so"))),
            or_bound,
        ))
        .parse(rest)
    };
    alt((glued, spaced)).parse(input)
}

/// `or more`, `and over`, `or fewer`, `or longer`; not a preposition that
/// heads a phrase (`and over a five-year period`).
fn or_bound(input: &str) -> Res<'_, Qualifier> {
    let (rest, (_, _, w)) = (alt((keyword("or"), keyword("and"))), sp, word).parse(input)?;
    let q = if in_list(" more over above upwards longer greater higher larger ", w) {
        Qualifier::Over
    } else if in_list(" less fewer under below shorter lower smaller ", w) {
        Qualifier::Under
    } else {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )));
    };
    if in_list(" over under above below ", w) && starts_phrase(rest).is_ok() {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Not,
        )));
    }
    Ok((rest, q))
}

/// A phrase opening after a preposition: `and over a five-year period`,
/// `or under the cap`, `and over 200 beds` make `over` no trailing
/// qualifier as `65 and over` is.
fn starts_phrase(input: &str) -> Res<'_, ()> {
    let opener = alt((
        value(
            (),
            satisfy(|c: char| c.is_ascii_digit() || "£$€".contains(c)),
        ),
        value((), determiner),
        value(
            (),
            map_opt(word, |w| {
                in_list(" a an this that each every some half ", w).then_some(())
            }),
        ),
        value((), number),
    ));
    value((), (sp, opener)).parse(input)
}

// ---------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------

/// Capitalised words that do not make the number after them part of a name.
const FUNCTION_WORDS: &str = " \
    a about above across after against all almost also among an and another around as at \
    before below between both but by circa during each even every exactly fewer for from \
    here how if in including into just last less more most nearly next nor of on only or \
    over per roughly since so some than that the their then there these this those through \
    to under until up when where while whilst with within yet approximately around nearly \
    estimated while overall today now ";

/// Words after which a number is a label, not a quantity: `type 2`,
/// `Band 5`, `No. 10`, `Section 75`.
const LABEL_WORDS: &str = " \
    type stage grade level phase band tier wave step section article clause part chapter \
    page paragraph schedule version number no. no nos. num. room ward floor key class \
    category priority round series season unit bay item question figure table appendix rule \
    regulation reg route platform gate junction channel radio flight covid tel tel. fax ext \
    ext. code ";

/// Verbs before `from` that make `from X to Y` a range, not a change.
const RANGE_VERBS: &str = " \
    range ranges ranged ranging vary varies varied varying anywhere spanning span spans \
    spanned ";

/// Verbs that take `up` before the level a figure moved to: `picked up to
/// 3%`, `revised up to £2bn`. There `up to` is no bound.
const UP_VERBS: &str = " \
    pick picks picked picking tick ticks ticked ticking edge edges edged edging creep creeps \
    crept creeping move moves moved moving go goes went gone going jump jumps jumped jumping \
    shoot shoots shot shooting climb climbs climbed climbing push pushes pushed pushing \
    revise revises revised revising bump bumps bumped bumping step steps stepped stepping \
    speed speeds sped speeded speeding inch inches inched inching nudge nudges nudged \
    nudging come comes came coming ";

/// Words before a phone number.
const PHONE_WORDS: &str = " \
    call calling dial dialling dialing ring phone phoning telephone text texting helpline \
    hotline freephone ";

const AGE_WORDS: &str = " \
    aged age ages ageing ";

/// Plural nouns for people: `under 35` right after one is an age
/// (`renters under 35`, `those over 80`).
const PEOPLE_NOUNS: &str = " \
    people persons adults children kids youngsters teenagers men women boys girls those \
    renters tenants homeowners owners buyers borrowers workers employees staff patients \
    residents voters pupils students graduates parents mothers fathers drivers smokers \
    respondents individuals ";

const MONTHS: &str = " \
    January February March April May June July August September October November December \
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Jan. Feb. Mar. Apr. Jun. Jul. Aug. Sep. \
    Sept. Oct. Nov. Dec. ";

/// Physical units: a number before them is a measurement, not a count.
const MEASUREMENT_WORDS: &str = " \
    miles mile km kilometres kilometers metres meters metre meter kg kilos kilograms grams g \
    mg ml litres liters feet foot ft inches inch cm mm stone degrees calories mph times fold \
    am pm gmt bst hrs st nd rd th ";

/// Nouns after `seven-day` / `24-hour` that make it a schedule.
const SCHEDULE_NOUNS: &str = " \
    opening service services working week weeks access cover care rota rotas nhs gp gps \
    basis helpline support operation operations hospital hospitals surgery surgeries \
    practice practices staffing ";

/// Verbs after a share that stands for people: `a fifth said`, `half agreed`.
const SHARE_VERBS: &str = " \
    said say says had have has were are was is think thought thinks felt feel feels believe \
    believed believes agreed agree disagreed reported report would will could can did do \
    expect expected want wanted plan planned admitted described rated saw see wanted wants ";

/// Periods a rate of time is given per (`seven days a week`, `ten hours
/// a month`) and their length in years; `None` for periods of no fixed
/// length.
const PER_UNITS: &[(&str, Option<f64>)] = &[
    ("day", Some(1.0 / YEAR_DAYS)),
    ("night", Some(1.0 / YEAR_DAYS)),
    ("week", Some(7.0 / YEAR_DAYS)),
    ("fortnight", Some(14.0 / YEAR_DAYS)),
    ("month", Some(1.0 / 12.0)),
    ("year", Some(1.0)),
    ("annum", Some(1.0)),
    ("weekend", None),
    ("shift", None),
];

/// A month name as written in dates, capitalised.
fn is_month(w: &str) -> bool {
    padded(w, false).is_some_and(|(buf, len)| {
        std::str::from_utf8(buf.get(..len).unwrap_or_default()).is_ok_and(|n| MONTHS.contains(n))
    })
}

// ---------------------------------------------------------------------------
// Units
// ---------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq)]
enum Unit {
    Percent,
    /// Percentage points.
    Points,
    Time(Time),
    Currency(&'static str),
    /// Pence: hundredths of a pound (`16p`, `50 pence`).
    Pence,
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Time {
    /// Years per unit.
    years: f64,
    base: TimeBase,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TimeBase {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Fortnight,
    Month,
    Year,
    Decade,
    Century,
}

const YEAR_DAYS: f64 = 365.25;

const TIME_UNITS: &[(&str, Time)] = {
    const fn t(years: f64, base: TimeBase) -> Time {
        Time { years, base }
    }
    &[
        ("second", t(1.0 / (8766.0 * 3600.0), TimeBase::Second)),
        ("seconds", t(1.0 / (8766.0 * 3600.0), TimeBase::Second)),
        ("minute", t(1.0 / (8766.0 * 60.0), TimeBase::Minute)),
        ("minutes", t(1.0 / (8766.0 * 60.0), TimeBase::Minute)),
        ("min", t(1.0 / (8766.0 * 60.0), TimeBase::Minute)),
        ("mins", t(1.0 / (8766.0 * 60.0), TimeBase::Minute)),
        ("hour", t(1.0 / 8766.0, TimeBase::Hour)),
        ("hours", t(1.0 / 8766.0, TimeBase::Hour)),
        ("hr", t(1.0 / 8766.0, TimeBase::Hour)),
        ("hrs", t(1.0 / 8766.0, TimeBase::Hour)),
        ("day", t(1.0 / YEAR_DAYS, TimeBase::Day)),
        ("days", t(1.0 / YEAR_DAYS, TimeBase::Day)),
        ("week", t(7.0 / YEAR_DAYS, TimeBase::Week)),
        ("weeks", t(7.0 / YEAR_DAYS, TimeBase::Week)),
        ("fortnight", t(14.0 / YEAR_DAYS, TimeBase::Fortnight)),
        ("fortnights", t(14.0 / YEAR_DAYS, TimeBase::Fortnight)),
        ("month", t(1.0 / 12.0, TimeBase::Month)),
        ("months", t(1.0 / 12.0, TimeBase::Month)),
        ("year", t(1.0, TimeBase::Year)),
        ("years", t(1.0, TimeBase::Year)),
        ("yr", t(1.0, TimeBase::Year)),
        ("yrs", t(1.0, TimeBase::Year)),
        ("decade", t(10.0, TimeBase::Decade)),
        ("decades", t(10.0, TimeBase::Decade)),
        ("century", t(100.0, TimeBase::Century)),
        ("centuries", t(100.0, TimeBase::Century)),
    ]
};

const CURRENCY_WORDS: &[(&str, &str)] = &[
    ("pounds", "GBP"),
    ("sterling", "GBP"),
    ("euros", "EUR"),
    ("euro", "EUR"),
    ("dollars", "USD"),
];

fn lookup<T: Copy>(table: &[(&str, T)], w: &str) -> Option<T> {
    table
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

fn time_word(input: &str) -> Res<'_, Time> {
    map_opt(word, |w| lookup(TIME_UNITS, w)).parse(input)
}

/// Unit words that follow a number after a space: `7 per cent`,
/// `3 percentage points`, `18 months`, `15 million pounds`.
fn spaced_unit(input: &str) -> Res<'_, Unit> {
    alt((
        value(Unit::Percent, alt((tag("%"), tag("％")))),
        value(
            Unit::Points,
            (
                keyword("percentage"),
                sp,
                alt((keyword("points"), keyword("point"))),
            ),
        ),
        value(
            Unit::Percent,
            (
                keyword("per"),
                alt((sp, map(hyphen, |_| ""))),
                keyword("cent"),
            ),
        ),
        map_opt(word, |w| {
            lookup(TIME_UNITS, w)
                .map(Unit::Time)
                .or_else(|| lookup(CURRENCY_WORDS, w).map(Unit::Currency))
                .or_else(|| w.eq_ignore_ascii_case("pence").then_some(Unit::Pence))
                .or_else(|| lookup(PERCENT_WORDS, w))
        }),
    ))
    .parse(input)
}

/// Units glued to a number: `48%`, `5pc`, `3pp`, `10-minute`, `16p`,
/// `4-per-cent`.
fn glued_unit(input: &str) -> Res<'_, (Unit, bool)> {
    alt((
        value((Unit::Percent, false), alt((tag("%"), tag("％")))),
        value(
            (Unit::Percent, false),
            (hyphen, keyword("per"), hyphen, keyword("cent")),
        ),
        map(preceded(hyphen, time_word), |t| (Unit::Time(t), true)),
        map(map_opt(word, |w| lookup(PERCENT_WORDS, w)), |u| (u, false)),
        value((Unit::Pence, false), pence_sign),
    ))
    .parse(input)
}

/// `p` for pence glued to a number (`16p`), but not the `p.m.` of a time.
fn pence_sign(input: &str) -> Res<'_, ()> {
    value(
        (),
        (
            tag("p"),
            not(satisfy(|c: char| c.is_alphanumeric())),
            not((char('.'), satisfy(char::is_alphabetic))),
        ),
    )
    .parse(input)
}

const PERCENT_WORDS: &[(&str, Unit)] = &[
    ("percent", Unit::Percent),
    ("pc", Unit::Percent),
    ("pp", Unit::Points),
    ("ppt", Unit::Points),
    ("ppts", Unit::Points),
];

/// A unit after a number, and whether it is a hyphenated modifier
/// (`a 10-minute consultation`).
fn unit(input: &str) -> Res<'_, (Unit, bool)> {
    if let Ok(done) = glued_unit(input) {
        return Ok(done);
    }
    let (rest, _) = sp(input)?;
    map(spaced_unit, |u| (u, false)).parse(rest)
}

/// A percentage or percentage-point unit.
fn percent_unit(input: &str) -> Res<'_, Unit> {
    let (rest, (found, _)) = unit(input)?;
    match found {
        Unit::Percent | Unit::Points => Ok((rest, found)),
        _ => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

fn currency_sign(input: &str) -> Res<'_, &'static str> {
    alt((
        value("USD", tag("US$")),
        value("GBP", tag("£")),
        value("USD", tag("$")),
        value("EUR", tag("€")),
    ))
    .parse(input)
}

/// What joins the two ends of a range: `-`, `to`, `or`, or `and` after
/// `between`.
fn range_joiner(between: bool) -> impl Fn(&str) -> Res<'_, ()> {
    move |input| {
        let dash = value((), (opt(sp), one_of("-–‐‑—"), opt(sp)));
        let to = value((), (sp, alt((keyword("to"), keyword("or"))), sp));
        if between {
            value((), (sp, keyword("and"), sp)).parse(input)
        } else {
            alt((dash, to)).parse(input)
        }
    }
}

// ---------------------------------------------------------------------------
// Candidates
// ---------------------------------------------------------------------------

fn offset_of(text: &str, rest: &str) -> usize {
    text.len() - rest.len()
}

/// Whether `after` goes on with `)`, past at most a few spaces.
fn closes_bracket(after: &str) -> bool {
    (opt(sp), char(')')).parse(after).is_ok()
}

/// A number in brackets with a sign, after a percentage (`56% (-1)`), or a
/// signed percentage (`-3%`, `+2 percentage points`).
fn signed(text: &str, pos: usize, ctx: &Before<'_>, last: Option<&Found>) -> Outcome {
    let Some(rest) = text.get(pos..) else {
        return Outcome::No;
    };
    let sign = alt((value(-1.0, one_of("-−–")), value(1.0, char('+'))));
    let Ok((after, (sign, num, unit))) = (sign, numeral, opt(percent_unit)).parse(rest) else {
        return Outcome::No;
    };
    let end = offset_of(text, after);
    let in_brackets = ctx.prev_char == Some('(');
    if in_brackets {
        let closes = closes_bracket(after);
        // A change in points is small beside the share it follows: "56%
        // (-1)" is one, "1.6% (-441)" a change in a count.
        let after_percent = last.is_some_and(|f| {
            f.kind == FigureKind::Percent
                && num.value <= f.value.abs() + 5.0
                && text
                    .get(f.resume..pos.saturating_sub(1))
                    .is_some_and(|gap| gap.len() <= 8 && gap.chars().all(is_space))
        });
        if !closes || !(unit.is_some() || after_percent) {
            return Outcome::No;
        }
    } else if unit.is_none() {
        return Outcome::No;
    }
    Outcome::Figure(Cand {
        end,
        kind: FigureKind::Percent,
        value: sign * num.value,
        decimals: num.decimals,
        verbal: false,
        unit: None,
        part: None,
        whole: None,
        range: false,
        modifier: false,
        measure: MeasureAt::Nowhere,
    })
}

/// `£5m`, `$1.2bn`, `€300`, `£5-10m`, `£5m to £10m`.
fn money(text: &str, pos: usize, ctx: &Before<'_>) -> Outcome {
    let Some(rest) = text.get(pos..) else {
        return Outcome::No;
    };
    let Ok((after, (code, low))) = (currency_sign, numeral_number).parse(rest) else {
        return Outcome::No;
    };
    let between = ctx.prev_is(" between ");
    let from = ctx.change_from();
    let mut after = after;
    let mut low = low;
    let mut range = false;
    if !from
        && let Ok((r, (_, _, high))) =
            (range_joiner(between), opt(currency_sign), numeral_number).parse(after)
    {
        // "£5-10m": the scale written once applies to both ends.
        let low_value = if low.scale == 1.0 && high.scale != 1.0 {
            low.value * high.scale
        } else {
            low.value
        };
        if high.value > low_value {
            low.value = low_value;
            after = r;
            range = true;
        }
    }
    let end = offset_of(text, after);
    if !tail_ok(text, end, true) {
        return Outcome::No;
    }
    Outcome::Figure(Cand {
        end,
        kind: FigureKind::Money,
        value: low.value,
        decimals: low.decimals,
        verbal: false,
        unit: Some(code),
        part: None,
        whole: None,
        range,
        modifier: false,
        measure: MeasureAt::Nowhere,
    })
}

/// A number written with digits (after a currency sign), with its scale.
fn numeral_number(input: &str) -> Res<'_, Number> {
    let (rest, n) = number(input)?;
    if n.verbal {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Digit,
        )));
    }
    Ok((rest, n))
}

/// Everything that starts with a digit or a number word.
fn quantity_at(text: &str, pos: usize, ctx: &Before<'_>) -> Outcome {
    let Some(rest) = text.get(pos..) else {
        return Outcome::No;
    };
    // The leading number is parsed once and shared by the forms below.
    let lead = number(rest).ok();
    if let Some((after, part)) = lead
        && let Some(cand) = proportion(text, rest, after, part, ctx)
    {
        return Outcome::Figure(cand);
    }
    if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
        if let Some(cand) = fraction_of_percent(text, rest, ctx) {
            return Outcome::Figure(cand);
        }
        if let Some(cand) = fraction_at(text, rest, ctx) {
            return Outcome::Figure(cand);
        }
        if let Some(cand) = article_duration(text, rest, ctx) {
            return Outcome::Figure(cand);
        }
    }
    match lead {
        Some((after, low)) => quantity(text, pos, rest, after, low, ctx),
        None => Outcome::No,
    }
}

/// `273 out of 569`, `177 out of the 211`, `one in three`, `nine in 10`,
/// `1 in every 5`, `38 of 43`, `two of the three`.
fn proportion<'t>(
    text: &'t str,
    rest: &'t str,
    after_part: &'t str,
    part: Number,
    ctx: &Before<'_>,
) -> Option<Cand> {
    let the = || opt(owner);
    let link = || alt((sp, map(hyphen, |_| "-")));
    let out_of = map(
        (sp, keyword("out"), sp, keyword("of"), sp, the(), number),
        |(.., whole)| (whole, Form::OutOf),
    );
    let in_form = map(
        (
            link(),
            keyword("in"),
            link(),
            opt((keyword("every"), sp)),
            number,
        ),
        |(.., whole)| (whole, Form::In),
    );
    let of_form = map((sp, keyword("of"), sp, the(), number), |(.., whole)| {
        (whole, Form::Of)
    });
    let (after, (whole, form)) = alt((out_of, in_form, of_form)).parse(after_part).ok()?;
    let end = offset_of(text, after);
    let first_word = word(rest).map(|(_, w)| w).unwrap_or_default();
    let ok = whole.value > 0.0
        && part.value >= 0.0
        && !(whole.plain && is_year(whole.value))
        && tail_ok(text, end, false)
        && unit(after).is_err()
        && !next_word(text, end).is_some_and(is_month)
        && !leading_zero(rest)
        && verbal_case_ok(rest, ctx)
        && match form {
            // "300 out of 273" is read as written, so that a check can say
            // the part exceeds the whole.
            Form::OutOf => true,
            Form::In => part.value >= 1.0 && part.value <= whole.value,
            Form::Of => {
                part.value <= whole.value
                    && !first_word.eq_ignore_ascii_case("one")
                    && !first_word.eq_ignore_ascii_case("a")
            }
        };
    if !ok {
        return None;
    }
    Some(Cand {
        end,
        kind: FigureKind::Proportion,
        value: part.value / whole.value,
        decimals: 0,
        verbal: part.verbal || whole.verbal,
        unit: None,
        part: Some(part.value),
        whole: Some(whole.value),
        range: false,
        modifier: false,
        measure: MeasureAt::Direct,
    })
}

/// What may stand between `of` and the whole of a proportion: `the`, a
/// possessive determiner (`38 of its 43`) or a possessive noun (`31 of
/// Wales's 64`, `9 of the region's 12`), each with the space after it.
fn owner(input: &str) -> Res<'_, ()> {
    let determiner = alt((
        keyword("its"),
        keyword("their"),
        keyword("our"),
        keyword("my"),
        keyword("your"),
        keyword("his"),
        keyword("her"),
    ));
    alt((
        value((), (keyword("the"), sp, opt((possessive_noun, sp)))),
        value((), (determiner, sp)),
        value((), (possessive_noun, sp)),
    ))
    .parse(input)
}

/// A word with a possessive `'s` (`England's`, `the trust’s`).
fn possessive_noun(input: &str) -> Res<'_, ()> {
    value(
        (),
        (
            word,
            one_of("'’"),
            one_of("sS"),
            not(satisfy(char::is_alphanumeric)),
        ),
    )
    .parse(input)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Form {
    OutOf,
    In,
    Of,
}

/// `two thirds`, `three-quarters`; `a third` / `half` only where they
/// measure something (`a third of`, `half (52%)`, `a fifth said`, `cut by
/// a third`) or are qualified (`almost half`), so `a third wave` and `the
/// second half` are not figures.
fn fraction_at(text: &str, rest: &str, ctx: &Before<'_>) -> Option<Cand> {
    let (
        after,
        Fraction {
            value: share,
            numerator,
        },
    ) = fraction(rest).ok()?;
    let end = offset_of(text, after);
    if !tail_ok(text, end, false) || !verbal_case_ok(rest, ctx) {
        return None;
    }
    let followed = {
        let of = (sp, keyword("of")).parse(after).is_ok();
        let bracket = (opt(sp), char('(')).parse(after).is_ok();
        let verb = next_word(text, end).is_some_and(|w| in_list(SHARE_VERBS, w));
        of || bracket || verb || ctx.prev_is(" by ")
    };
    let qualified = ctx.qualifier().is_some();
    let ok = match numerator {
        Numerator::Many => true,
        Numerator::One => followed || qualified,
        Numerator::Implicit => {
            let determiner = (
                sp,
                alt((
                    keyword("the"),
                    keyword("their"),
                    keyword("its"),
                    keyword("all"),
                    keyword("these"),
                    keyword("those"),
                    keyword("our"),
                    keyword("my"),
                    keyword("your"),
                    keyword("his"),
                    keyword("her"),
                    keyword("them"),
                )),
            )
                .parse(after)
                .is_ok();
            let ordinal_before =
                ctx.prev_is(" the first second latter former other this that each a and one ");
            !ordinal_before && (followed || qualified || determiner)
        }
    };
    ok.then_some(Cand {
        end,
        kind: FigureKind::Proportion,
        value: share,
        decimals: 0,
        verbal: true,
        unit: None,
        part: None,
        whole: None,
        range: false,
        modifier: false,
        measure: MeasureAt::AfterOf,
    })
}

/// `half a percentage point`, `a quarter of a percentage point`, `half a
/// per cent`, `three-quarters of one per cent`: a percentage, not a share.
fn fraction_of_percent(text: &str, rest: &str, ctx: &Before<'_>) -> Option<Cand> {
    let point = (
        keyword("percentage"),
        sp,
        alt((keyword("point"), keyword("points"))),
    );
    let per_cent = (
        keyword("per"),
        alt((sp, map(hyphen, |_| ""))),
        keyword("cent"),
    );
    let (after, (share, ..)) = (
        fraction,
        sp,
        opt((keyword("of"), sp)),
        alt((keyword("a"), keyword("one"))),
        sp,
        alt((
            value((), point),
            value((), per_cent),
            value((), keyword("percent")),
        )),
    )
        .parse(rest)
        .ok()?;
    let end = offset_of(text, after);
    (tail_ok(text, end, false) && verbal_case_ok(rest, ctx)).then_some(Cand {
        end,
        kind: FigureKind::Percent,
        value: share.value,
        decimals: 0,
        verbal: true,
        unit: None,
        part: None,
        whole: None,
        range: false,
        modifier: false,
        measure: MeasureAt::AfterOf,
    })
}

/// `a decade`, `a century`, `half an hour`, `a week and a half`; `a year`,
/// `a month`, `a week` only when qualified (`within a year`, `less than a
/// month`).
fn article_duration(text: &str, rest: &str, ctx: &Before<'_>) -> Option<Cand> {
    let (after, (times, time)) = article_duration_grammar(rest).ok()?;
    let end = offset_of(text, after);
    let long = matches!(time.base, TimeBase::Decade | TimeBase::Century);
    let qualified = ctx.qualifier().is_some_and(|q| q != Qualifier::Exact);
    let consumed = rest.get(..rest.len() - after.len()).unwrap_or_default();
    let ok = !consumed.ends_with('s')
        && (tail_ok(text, end, false) || possessive_after(text, end))
        && (long || times != 1.0 || qualified)
        && !schedule_rate(after, times, time)
        && verbal_case_ok(rest, ctx);
    ok.then_some(Cand {
        end,
        kind: FigureKind::Duration,
        value: times * time.years,
        decimals: 0,
        verbal: true,
        unit: None,
        part: None,
        whole: None,
        range: false,
        modifier: false,
        measure: MeasureAt::Nowhere,
    })
}

/// `a decade`, `an hour`, `half a day`, `a year and a half`: how many and
/// which unit.
fn article_duration_grammar(input: &str) -> Res<'_, (f64, Time)> {
    let (rest, (times, _, time)) = (
        alt((
            value(1.0, alt((keyword("a"), keyword("an")))),
            value(
                0.5,
                (keyword("half"), sp, alt((keyword("a"), keyword("an")))),
            ),
        )),
        sp,
        time_word,
    )
        .parse(input)?;
    // "a year and a half", but not "a day and a half-day session".
    if times == 1.0
        && let Ok((after, part)) = (and_a_fraction, not(hyphen))
            .map(|(part, ())| part)
            .parse(rest)
    {
        return Ok((after, (times + part, time)));
    }
    Ok((rest, (times, time)))
}

/// A number with an optional unit, or a range of two.
fn quantity<'t>(
    text: &'t str,
    pos: usize,
    rest: &'t str,
    after: &'t str,
    low: Number,
    ctx: &Before<'_>,
) -> Outcome {
    let (after, low_unit) = match unit(after) {
        Ok((r, u)) => (r, Some(u)),
        Err(_) => (after, None),
    };
    let between = ctx.prev_is(" between ");
    let from = ctx.change_from();
    let modifier = low_unit.is_some_and(|(_, m)| m);
    let mut low = low;
    let mut the_unit = low_unit;
    let mut range = false;
    let mut after = after;
    if !from
        && !modifier
        && let Ok((r, (_, _, high))) =
            (range_joiner(between), opt(currency_sign), number).parse(after)
    {
        let (r, high_unit) = match unit(r) {
            Ok((r2, u)) => (r2, Some(u)),
            Err(_) => (r, None),
        };
        let compatible = match (low_unit, high_unit) {
            (Some((a, _)), Some((b, _))) => same_unit(a, b),
            _ => true,
        };
        let mut low_value = low.value;
        if low.scale == 1.0 && high.scale != 1.0 {
            low_value *= high.scale;
        }
        if high.value == low_value {
            // "a 50-50 split", "24-24": not a range.
            return Outcome::Skip(offset_of(text, r));
        }
        // After a year, "2010 to 2015", "2019-20" and "2019/20" are spans
        // of years, skipped whole; "in 2010 to 4,184 now" joins a year to a
        // figure, which is read on its own.
        let year_start = low.plain && is_year(low.value);
        let dash = (opt(sp), one_of("-–‐‑—")).parse(after).is_ok();
        let year_span = high.plain && (is_year(high.value) || dash);
        if year_start && !year_span {
            return Outcome::No;
        }
        if compatible && high.value > low_value && !high_unit.is_some_and(|(_, m)| m) {
            if year_start {
                return Outcome::Skip(offset_of(text, r));
            }
            let or = (sp, keyword("or")).parse(after).is_ok();
            if or && low.verbal && low.value == 1.0 && the_unit.is_none() && high_unit.is_none() {
                // "one or two": too vague to be a figure; "between one and
                // five" and "one to three" are ranges.
                return Outcome::Skip(offset_of(text, r));
            }
            low.value = low_value;
            the_unit = the_unit.or(high_unit);
            range = true;
            after = r;
        } else if year_start {
            return Outcome::Skip(offset_of(text, r));
        }
    }
    let end = offset_of(text, after);
    if leading_zero(rest) || !verbal_case_ok(rest, ctx) {
        return Outcome::No;
    }
    if the_unit.is_none()
        && !range
        && let Some(cand) = bounded_duration(text, end, &low, ctx)
    {
        return Outcome::Figure(cand);
    }
    let Some((unit, modifier)) = the_unit else {
        return bare_count(text, pos, end, rest, low, range, ctx);
    };
    let mut value = low.value;
    let mut currency = None;
    let kind = match unit {
        Unit::Percent | Unit::Points => FigureKind::Percent,
        Unit::Pence => {
            // Sums of a pound or more are written in pounds: "1080p" is
            // a screen, not £10.80.
            if low.scaled || low.value >= 1000.0 {
                return Outcome::No;
            }
            currency = Some("GBP");
            value = low.value / 100.0;
            FigureKind::Money
        }
        Unit::Currency(code) => {
            currency = Some(code);
            FigureKind::Money
        }
        Unit::Time(time) => {
            if !duration_ok(text, end, &low, time, modifier, ctx) {
                return Outcome::No;
            }
            value = low.value * time.years;
            FigureKind::Duration
        }
    };
    let hyphen_ok = matches!(kind, FigureKind::Percent | FigureKind::Money);
    let possessive = kind == FigureKind::Duration && !modifier && possessive_after(text, end);
    if !(possessive || tail_ok(text, end, hyphen_ok)) {
        return Outcome::No;
    }
    Outcome::Figure(Cand {
        end,
        kind,
        value,
        decimals: low.decimals,
        verbal: low.verbal,
        unit: currency,
        part: None,
        whole: None,
        range,
        modifier,
        measure: if kind == FigureKind::Percent {
            MeasureAt::AfterOf
        } else {
            MeasureAt::Nowhere
        },
    })
}

/// `five or more years`, `two or fewer weeks`: a bound between a number and
/// its unit of time. The figure is a duration whose text is the number
/// alone; [`finish`] reads the bound as its qualifier.
fn bounded_duration(text: &str, end: usize, low: &Number, ctx: &Before<'_>) -> Option<Cand> {
    let after = text.get(end..)?;
    let (rest, (_, _, _, time)) = (sp, or_bound, sp, time_word).parse(after).ok()?;
    let unit_end = offset_of(text, rest);
    let ok = duration_ok(text, unit_end, low, time, false, ctx)
        && (tail_ok(text, unit_end, false) || possessive_after(text, unit_end));
    ok.then_some(Cand {
        end,
        kind: FigureKind::Duration,
        value: low.value * time.years,
        decimals: low.decimals,
        verbal: low.verbal,
        unit: None,
        part: None,
        whole: None,
        range: false,
        modifier: false,
        measure: MeasureAt::Nowhere,
    })
}

fn same_unit(a: Unit, b: Unit) -> bool {
    match (a, b) {
        (Unit::Time(x), Unit::Time(y)) => x.base == y.base,
        (Unit::Percent | Unit::Points, Unit::Percent | Unit::Points) => true,
        (Unit::Currency(x), Unit::Currency(y)) => x == y,
        (Unit::Pence, Unit::Pence) => true,
        _ => false,
    }
}

/// Durations that are not lengths of time: schedules (`seven-day opening`,
/// `seven days a week`), ages (`70-year-old`, `aged 65`), `one day`.
fn duration_ok(
    text: &str,
    end: usize,
    low: &Number,
    time: Time,
    modifier: bool,
    ctx: &Before<'_>,
) -> bool {
    let after = text.get(end..).unwrap_or_default();
    let next = next_word(text, end);
    let schedule = modifier
        && ((time.base == TimeBase::Day && (5.0..=7.0).contains(&low.value))
            || (time.base == TimeBase::Hour && low.value == 24.0))
        && next.is_some_and(|w| in_list(SCHEDULE_NOUNS, w));
    let age = (hyphen, keyword("old")).parse(after).is_ok()
        || (sp, keyword("old")).parse(after).is_ok()
        || after_age_word(ctx);
    let unit_word = text
        .get(..end)
        .and_then(|head| head.rsplit(|c: char| !c.is_ascii_alphabetic()).next())
        .unwrap_or_default();
    let name = unit_word.starts_with(|c: char| c.is_ascii_uppercase())
        && next.is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    let one_day = low.verbal
        && low.value == 1.0
        && !modifier
        && time.base == TimeBase::Day
        && ctx.qualifier().is_none();
    !(schedule || age || name || one_day || schedule_rate(after, low.value, time))
}

/// `aged 65`, `aged under 25`, `ages 16 to 24`.
fn after_age_word(ctx: &Before<'_>) -> bool {
    ctx.words().iter().take(3).any(|w| in_list(AGE_WORDS, w))
}

/// A duration given per period that is a schedule, not a length of time:
/// days per week (`five days a week`, `a day a fortnight`), or an amount
/// that fills its whole period (`24 hours a day`, `52 weeks a year`). Time
/// spent per period (`six hours a week`, `20 minutes a day`) is a duration.
fn schedule_rate(after: &str, times: f64, time: Time) -> bool {
    let per = (
        sp,
        alt((
            keyword("a"),
            keyword("per"),
            keyword("each"),
            keyword("every"),
            keyword("an"),
        )),
        sp,
        map_opt(word, |w| lookup(PER_UNITS, w)),
    )
        .parse(after);
    let Ok((_, (.., period))) = per else {
        return false;
    };
    let Some(period) = period else {
        return true;
    };
    let week_or_fortnight = (6.0 / YEAR_DAYS..=15.0 / YEAR_DAYS).contains(&period);
    let days_per_week = time.base == TimeBase::Day && week_or_fortnight;
    days_per_week || times * time.years >= period * 0.99
}

/// A number with no unit: a count, unless it is a year, a date, a time, a
/// label, a phone number, an age, a measurement or the idiomatic `one`.
fn bare_count(
    text: &str,
    pos: usize,
    end: usize,
    rest: &str,
    n: Number,
    range: bool,
    ctx: &Before<'_>,
) -> Outcome {
    let modifier_end = (!range).then(|| count_modifier(text, end, &n)).flatten();
    let end = modifier_end.unwrap_or(end);
    let after = text.get(end..).unwrap_or_default();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    // Cheapest tests first; each is a reason the number is not a count.
    // The idiomatic "one" (`one of the`, `one way`); the low end of a
    // range (`between one and six`) is a number.
    let is_one = n.verbal && n.value == 1.0 && !n.scaled && !range;
    // "Dr Smith, 54, said": an age between commas after a name.
    let age_apposition = || {
        n.plain
            && after.starts_with(',')
            && ctx.prev_char.is_some_and(is_space)
            && text.get(..pos).is_some_and(|head| {
                let head = head.trim_end_matches(is_space);
                head.strip_suffix(',').is_some_and(|head| {
                    let name = head
                        .rsplit(|c: char| !c.is_alphabetic())
                        .next()
                        .unwrap_or_default();
                    name.starts_with(|c: char| c.is_uppercase()) && !in_list(FUNCTION_WORDS, name)
                })
            })
    };
    let phone = ctx.prev_is(PHONE_WORDS)
        || (n.plain && (digits >= 7 || digit_group_after(after) || digit_group_before(text, pos)));
    let list_marker = || {
        !n.verbal
            && pos <= 4
            && (after.starts_with('.') || after.starts_with(')'))
            && text
                .get(..pos)
                .is_some_and(|head| head.chars().all(|c| is_space(c) || c == '('))
    };
    let year = || {
        n.plain && digits == 4 && is_year(n.value) && !range && {
            let hedged = ctx.qualifier().is_some_and(|q| q != Qualifier::Exact);
            !(hedged && noun_phrase(text, skip_spaces(text, end), false).is_some())
        }
    };
    // "voters over 60 backed it": a bound on the people's age, with no noun
    // counted after the number.
    let age_bound = || {
        !n.scaled
            && n.value <= 120.0
            && ctx.prev_is(" under over above below ")
            && ctx.words().get(1).is_some_and(|w| in_list(PEOPLE_NOUNS, w))
            && noun_phrase(text, skip_spaces(text, end), false).is_none()
    };
    let label = || {
        ctx.prev_is(LABEL_WORDS)
            || prev_is_name(ctx)
            || after_age_word(ctx)
            || age_apposition()
            || age_bound()
    };
    let after_month = || ctx.prev().is_some_and(is_month) && (n.plain || n.verbal);
    let next = || next_word(text, end);
    // "from 3 to 17 May": the first day of a span of days.
    let first_day = || {
        (
            range_joiner(false),
            verify(numeral, |d: &Number| d.plain && d.value <= 31.0),
            sp,
            map_opt(word, |w| is_month(w).then_some(())),
        )
            .parse(after)
            .is_ok()
    };
    let day_of_month = || {
        n.plain
            && n.value <= 31.0
            && (next().is_some_and(is_month)
                || first_day()
                || (
                    sp,
                    keyword("of"),
                    sp,
                    map_opt(word, |w| is_month(w).then_some(())),
                )
                    .parse(after)
                    .is_ok())
    };
    let clock = || {
        // "at 10.30": a time written with a full stop.
        let minutes = (n.value.fract() * 100.0).round();
        let dotted = n.decimals == 2
            && !n.scaled
            && n.value < 24.0
            && minutes < 60.0
            && ctx.prev_is(" at by until from before after ");
        dotted
            || n.value <= 24.0
                && (
                    opt(sp),
                    alt((
                        tag_no_case("a.m."),
                        tag_no_case("p.m."),
                        tag_no_case("o'clock"),
                        tag_no_case("o’clock"),
                        keyword("am"),
                        keyword("pm"),
                        keyword("gmt"),
                        keyword("bst"),
                    )),
                )
                    .parse(after)
                    .is_ok()
    };
    let measurement = || next().is_some_and(|w| in_list(MEASUREMENT_WORDS, w));
    let address = || n.plain && street_after(text, end);
    let reject = is_one
        || phone
        || !tail_ok(text, end, false)
        || list_marker()
        || year()
        || label()
        || after_month()
        || day_of_month()
        || clock()
        || measurement()
        || address();
    if reject {
        // A range is one expression: its high end is no figure on its own
        // either (`aged 18 to 24` gives neither number).
        return if range {
            Outcome::Skip(end)
        } else {
            Outcome::No
        };
    }
    Outcome::Figure(Cand {
        end,
        kind: FigureKind::Count,
        value: n.value,
        decimals: n.decimals,
        verbal: n.verbal,
        unit: None,
        part: None,
        whole: None,
        range,
        modifier: modifier_end.is_some(),
        measure: if modifier_end.is_some() {
            MeasureAt::Nowhere
        } else {
            MeasureAt::Direct
        },
    })
}

/// Words after a hyphen that make a number no count of things: shapes and
/// ratings (`two-tier`, `three-way`, `5-star`, `10-point scale`), vague
/// numbers (`20-odd`, `40-something`), and names of rules (`two-child`).
const NOT_COUNT_MODIFIERS: &str = " \
    tier tiers way fold star stars point points plus odd something ish nil all off stop \
    speed child figure figures digit digits carat acre acres hectare hectares litre gram \
    kilo kilogram pound pounds percent cent yard yards degree ";

/// `an 18-bed ward`, `a 180-home group`, `a 40-strong team`: digits, a
/// hyphen and a word of three or more letters that qualifies the noun after
/// it; the end of the hyphenated word. Durations and ages are read as
/// durations before this; measurements (`a 20-mile trip`, `a 3-metre
/// wall`), ratings and scores (`a 3-1 win`) are not counts, and neither
/// are numbers in words (`a two-tier system`, `one-stop`), which are more
/// often idioms than counts.
fn count_modifier(text: &str, end: usize, n: &Number) -> Option<usize> {
    if n.verbal {
        return None;
    }
    let after = text.get(end..)?;
    let (rest, (_, w)) = (hyphen, word).parse(after).ok()?;
    // The word must be whole and qualify a noun: a space and a letter next.
    let noun_next = (sp, satisfy(char::is_alphabetic)).parse(rest).is_ok();
    let ok = w.len() >= 3
        && noun_next
        && !in_list(NOT_COUNT_MODIFIERS, w)
        && !in_list(MEASUREMENT_WORDS, w)
        && lookup(TIME_UNITS, w).is_none();
    ok.then(|| offset_of(text, rest))
}

/// `10 Harbour Street`: capitalised words ending in a street word.
fn street_after(text: &str, end: usize) -> bool {
    let mut at = end;
    for _ in 0..4 {
        crate::work::tick(1);
        let Some(w) = next_word(text, at) else {
            return false;
        };
        if !w.chars().next().is_some_and(char::is_uppercase) {
            return false;
        }
        if in_list(STREET_WORDS, w) {
            return true;
        }
        let Some(found) = text.get(at..).and_then(|rest| rest.find(w)) else {
            return false;
        };
        at += found + w.len();
    }
    false
}

const STREET_WORDS: &str = " \
    street road avenue lane place square way drive court terrace crescent close gardens row \
    hill walk parade st rd ";

/// A capitalised word just before the number makes it part of a name
/// (`NHS 111`, `Windows 10`), unless the word is a function word
/// (`In 2013`, `Some 273`).
fn prev_is_name(ctx: &Before<'_>) -> bool {
    let Some(w) = ctx.prev() else { return false };
    let capital = w.chars().next().is_some_and(char::is_uppercase);
    capital && !w.ends_with('.') && !in_list(FUNCTION_WORDS, w) && ctx.qualifier().is_none()
}

/// A number in words with a capital, not at the start of a sentence, is
/// part of a name (`BBC Two`, `the Five Year Forward View`).
fn verbal_case_ok(rest: &str, ctx: &Before<'_>) -> bool {
    let capital = rest.chars().next().is_some_and(|c| c.is_ascii_uppercase());
    let letter = rest.chars().next().is_some_and(|c| c.is_ascii_alphabetic());
    !(letter && capital && !ctx.sentence_start && ctx.qualifier().is_none())
}

fn is_year(value: f64) -> bool {
    (1800.0..=2099.0).contains(&value) && value.fract() == 0.0
}

fn leading_zero(rest: &str) -> bool {
    let mut bytes = rest.bytes();
    bytes.next() == Some(b'0') && bytes.next().is_some_and(|b| b.is_ascii_digit())
}

/// `0300 123 4567`: another digit group right after one space.
fn digit_group_after(after: &str) -> bool {
    let mut chars = after.chars();
    chars.next().is_some_and(|c| c == ' ' || c == '\u{a0}')
        && chars.next().is_some_and(|c| c.is_ascii_digit())
}

fn digit_group_before(text: &str, pos: usize) -> bool {
    let head = text.get(..pos).unwrap_or_default();
    let mut chars = head.chars().rev();
    chars.next().is_some_and(|c| c == ' ' || c == '\u{a0}')
        && chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// The word after `end`, past one to three spaces.
fn next_word(text: &str, end: usize) -> Option<&str> {
    let after = text.get(end..)?;
    let (rest, _) = sp(after).ok()?;
    let len = rest
        .char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() || c == '.'))
        .map_or(rest.len(), |(i, _)| i);
    let w = rest.get(..len)?;
    let w = if w.ends_with('.') && !is_month(w) {
        w.trim_end_matches('.')
    } else {
        w
    };
    (!w.is_empty()).then_some(w)
}

fn skip_spaces(text: &str, from: usize) -> usize {
    let after = text.get(from..).unwrap_or_default();
    sp(after).map_or(from, |(rest, _)| offset_of(text, rest))
}

/// `'s` closing a word (`an hour's drive`, `a year's notice`): after a
/// unit of time, a possessive.
fn possessive_after(text: &str, end: usize) -> bool {
    let after = text.get(end..).unwrap_or_default();
    let mut chars = after.chars();
    matches!(chars.next(), Some('\'' | '’'))
        && chars.next() == Some('s')
        && !chars.next().is_some_and(char::is_alphanumeric)
}

/// What may follow a number expression: not a letter or digit (`5th`,
/// `10am`, `1980s`, `8QS`), not `'s` (`100's`), not `.5`, `,0`, `:30`, `/7`,
/// `–20` (versions, lists, times, schedules, year ranges), not `°`; a hyphen and a word
/// (`two-tier`, `20-bed`) only when `hyphen_word` allows it.
fn tail_ok(text: &str, end: usize, hyphen_word: bool) -> bool {
    let after = text.get(end..).unwrap_or_default();
    let mut chars = after.chars();
    let Some(first) = chars.next() else {
        return true;
    };
    let second = chars.next();
    let third = chars.next();
    match first {
        c if c.is_alphanumeric() => false,
        '\'' | '’' => {
            // "100's", "1990's"
            !second.is_some_and(|c| c == 's' || c == 'S')
                || third.is_some_and(char::is_alphanumeric)
        }
        '-' | '‐' | '‑' => {
            let plus = (hyphen, keyword("plus")).parse(after).is_ok();
            plus || second
                .is_none_or(|c| !c.is_alphanumeric() || (hyphen_word && c.is_alphabetic()))
        }
        '.' | ',' | ':' | '/' | '–' | '×' => !second.is_some_and(|c| c.is_ascii_digit()),
        '°' => false,
        _ => true,
    }
}

// ---------------------------------------------------------------------------
// Finishing a figure: qualifier, measure
// ---------------------------------------------------------------------------

/// Reads the qualifier and measure of a candidate; `prev_end` is where the
/// figure before it on the line ends.
fn finish(text: &str, pos: usize, ctx: &Before<'_>, cand: Cand, prev_end: Option<usize>) -> Found {
    let after = text.get(cand.end..).unwrap_or_default();
    let (resume, after_qualifier) = match qualifier_after(after) {
        Ok((rest, q)) => (offset_of(text, rest), Some(q)),
        Err(_) => (cand.end, None),
    };
    let mut before = ctx.qualifier();
    if cand.kind == FigureKind::Duration
        && ctx.bare_over()
        && over_means_during(text, ctx, cand.end, prev_end)
    {
        before = None;
    }
    if cand.modifier && before.is_none() && ctx.prev_is(" a an ") {
        // "within a 20-minute walk", "more than a 40-strong team": the
        // qualifier stands before the article. A bare "over" there spans a
        // period ("over a five-year period") and is no qualifier.
        let over = ctx
            .words()
            .get(1)
            .is_some_and(|w| w.eq_ignore_ascii_case("over"));
        before = ctx
            .read_qualifier(1)
            .filter(|&(_, len)| !(over && len == 1))
            .map(|(q, _)| q);
    }
    if cand.kind == FigureKind::Duration && before.is_none() && ctx.placed_period() {
        // "within the next two years", "at least the first six weeks": the
        // qualifier stands before the period's determiner. A bare "over"
        // there spans the period ("over the past decade").
        before = ctx
            .read_qualifier(2)
            .filter(|&(_, len)| !(len == 1 && ctx.ends_with(2, &["over"])))
            .map(|(q, _)| q);
    }
    let qualifier = match (before, after_qualifier) {
        (Some(q), _) if q != Qualifier::Exact => q,
        (_, Some(q)) => q,
        (Some(q), None) if !cand.range => q,
        _ if cand.range => Qualifier::Over,
        _ => Qualifier::Exact,
    };
    let measure = measure(text, resume, cand.measure);
    Found {
        range: pos..cand.end,
        resume,
        kind: cand.kind,
        value: cand.value,
        decimals: cand.decimals,
        verbal: cand.verbal,
        unit: cand.unit,
        part: cand.part,
        whole: cand.whole,
        qualifier,
        measure,
        paired: None,
    }
}

/// Words right before `over` and a duration that make it mean "during":
/// money and change spread over a period (`cuts over two years`, `rising
/// over three years`).
const DURING_WORDS: &str = " \
    cut cuts cutting saving savings save saved investment investments invest \
    invests investing invested funding fund funds funded budget budgets allocation rise rises \
    rising rose risen increase increases increased increasing growth grow grows growing grew \
    fall falls falling fell fallen decline declines declined declining drop drops dropped \
    reduce reduces reduced reducing reduction reductions doubled tripled trebled halved \
    deliver delivered delivering out spread paid repaid allocated phased shortfall deficit \
    gap overspend payments change changes changed improvement improvements ";

/// Words right before `over` and a duration that make it "more than":
/// waiting, lasting, taking time, a copula or a preposition (`waited over
/// four hours`, `lasting over a year`, `for over a decade`, `in over two
/// years`, `is over a year`).
const MORE_THAN_WORDS: &str = " \
    wait waits waited waiting last lasts lasted lasting take takes took taking taken stay \
    stays stayed staying remain remains remained remaining stuck delayed delay delays for in \
    after of been be being is was are were than lived worked served open with ";

/// Verbs of spending time: `she spent over two years` is "more than", but
/// with a sum before them (`£9m spent over two years`) "during".
const TIME_SPENT_WORDS: &str = " spend spends spent spending ";

/// How far back, in bytes, a figure before `over` is looked for.
const DURING_WINDOW: usize = 200;

/// Whether a bare `over` before a duration means "during" (qualifier
/// `exact`) rather than "more than" (`over`).
///
/// In news prose `over` before a number of years mostly spans a period
/// (`£2bn over three years`, `recruited over five years`, `available for
/// care over two years`); "more than" is mostly written `more than` or
/// `longer than`. So "during" is the default, and "more than" needs a sign:
/// the duration followed by `ago` / `later` / `old` or a possessive (`over
/// two years' experience`); the word right before `over` one of waiting,
/// lasting or a preposition ([`MORE_THAN_WORDS`]: `waited over four
/// hours`, `for over a decade`); a verb of spending time with no figure
/// before it in the sentence (`she spent over a year`); or `over` opening a
/// sentence with no comma after the duration (`Over two years have
/// passed`, against `Over two years, the ward shrank`). A word of money or
/// change ([`DURING_WORDS`]) or a figure earlier in the same sentence
/// (`£9m spent over two years`) confirms "during".
fn over_means_during(text: &str, ctx: &Before<'_>, end: usize, prev_end: Option<usize>) -> bool {
    let Some(&over_at) = ctx.starts.first() else {
        return false;
    };
    if next_word(text, end).is_some_and(|w| in_list(" ago later earlier old previously ", w))
        || plural_possessive(text, end)
        || possessive_after(text, end)
    {
        return false;
    }
    // A bounded window: only the word before `over` is read here.
    let head = tail_window(text, over_at, 64).trim_end_matches(is_space);
    let comma_after = || text.get(end..).is_some_and(|rest| rest.starts_with(','));
    let Some(last) = head.chars().next_back() else {
        return comma_after();
    };
    if ".!?:;\"“(–—".contains(last) {
        return comma_after();
    }
    let w = head
        .rsplit(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or_default();
    if in_list(MORE_THAN_WORDS, w) {
        return false;
    }
    if in_list(DURING_WORDS, w) {
        return true;
    }
    let figure_before = prev_end.is_some_and(|prev| {
        over_at.saturating_sub(prev) <= DURING_WINDOW
            && text
                .get(prev..over_at)
                .is_some_and(|gap| !ends_sentence(gap))
    });
    figure_before || !in_list(TIME_SPENT_WORDS, w)
}

/// Whether `gap` holds the end of a sentence: `!`, `?`, `;`, or a full
/// stop before a space.
fn ends_sentence(gap: &str) -> bool {
    gap.contains(['!', '?', ';']) || gap.contains(". ") || gap.contains(".\u{a0}")
}

/// `years'` / `years’` before a noun (`five years’ experience`): a plural
/// possessive after a unit of time.
fn plural_possessive(text: &str, end: usize) -> bool {
    let head_s = text.get(..end).is_some_and(|head| head.ends_with('s'));
    let after = text.get(end..).unwrap_or_default();
    let mut chars = after.chars();
    head_s && matches!(chars.next(), Some('\'' | '’')) && chars.next().is_some_and(is_space)
}

/// At most the last `max` bytes of `text` before `end`, cut on a char boundary.
fn tail_window(text: &str, end: usize, max: usize) -> &str {
    let mut start = end.saturating_sub(max);
    while start < end && !text.is_char_boundary(start) {
        crate::work::tick(1);
        start += 1;
    }
    text.get(start..end).unwrap_or_default()
}

fn determiner(input: &str) -> Res<'_, &str> {
    alt((
        keyword("the"),
        keyword("all"),
        keyword("its"),
        keyword("their"),
        keyword("these"),
        keyword("those"),
        keyword("our"),
        keyword("his"),
        keyword("her"),
        keyword("your"),
    ))
    .parse(input)
}

/// The noun phrase a figure quantifies, read from `from` (after the number
/// and any trailing qualifier).
fn measure(text: &str, from: usize, at: MeasureAt) -> Option<String> {
    let after = text.get(from..)?;
    if at == MeasureAt::AfterOf
        && let Ok((rest, _)) = (sp, keyword("of"), sp, opt((determiner, sp))).parse(after)
    {
        return noun_phrase(text, offset_of(text, rest), true);
    }
    if at == MeasureAt::Direct
        && let Ok((rest, _)) = sp(after)
    {
        return noun_phrase(text, offset_of(text, rest), false);
    }
    None
}

/// Words that end a noun phrase.
const PHRASE_STOPS: &str = " \
    a an the to in on at for from with by of who which that whom whose were was are is be \
    been being have has had said say says would will could should may might can did do does \
    not also than as if when while but so into across over under about per each every more \
    less now still already only just this these those their its his her our they it we he \
    she there here felt feel feels think thought thinks believe believed believes agree \
    agreed agrees disagree disagreed expressed reported reporting responded according \
    compared after before since until ago shows showed suggests reveals finds found means \
    remains seems needs wants makes takes gives includes represents warns claims argues adds \
    said now or and all both some many most such what where why how then yet against between \
    within without during through among including like via because although though whether \
    out up down off back away too very really even ever never always often sometimes \
    currently already respectively each either neither nor no yes them him me us you i ";

/// Past tenses that end a noun phrase without the `-ed` ending.
const PAST_VERBS: &str = " \
    went rose fell grew saw got made took spent came left paid cost began gave kept felt \
    told thought knew sought brought met ran won lost stood held ";

const NOT_PLURAL: &str = " \
    this its has was does is his hers ours yours theirs news always perhaps whereas plus \
    thus across less unless status basis analysis crisis diagnosis series as us yes gas bus \
    bonus census virus campus focus consensus process access success business illness \
    sickness fitness awareness ";

const IRREGULAR_PLURALS: &str = " \
    people staff children men women personnel police feet teeth mice geese criteria media \
    alumni workforce public ";

fn is_plural(w: &str) -> bool {
    if in_list(IRREGULAR_PLURALS, w) {
        return true;
    }
    let lower_s = w.ends_with('s');
    lower_s
        && w.len() >= 3
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !w.ends_with("’s")
        && !in_list(NOT_PLURAL, w)
}

fn phrase_token(input: &str) -> Res<'_, &str> {
    verify(
        take_while1(|c: char| c.is_alphanumeric() || matches!(c, '-' | '\'' | '’' | '&' | '‐')),
        |t: &str| t.starts_with(char::is_alphabetic),
    )
    .parse(input)
}

fn is_lowercase_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
}

/// A noun phrase starting at `start`: words up to and including the first
/// plural noun (`CCG managerial, clinical and financial leads`), through
/// commas and `and` between lower-case modifiers. With `singular_ok`, a
/// phrase without a plural is kept too (`of the workforce`, `of the budget`).
fn noun_phrase(text: &str, start: usize, singular_ok: bool) -> Option<String> {
    // "50,000 more nurses", "300 extra beds": the comparative is not the measure.
    let mut comparative = (
        alt((
            keyword("more"),
            keyword("fewer"),
            keyword("extra"),
            keyword("additional"),
        )),
        sp,
    );
    let start = match comparative.parse(text.get(start..)?) {
        Ok((rest, _)) if keyword("than").parse(rest).is_err() => offset_of(text, rest),
        _ => start,
    };
    let mut pos = start;
    let mut last_end = None;
    let mut prev_token: Option<&str> = None;
    for _ in 0..10 {
        crate::work::tick(1);
        let rest = text.get(pos..)?;
        let Ok((after, token)) = phrase_token(rest) else {
            break;
        };
        let token_end = offset_of(text, after);
        let lower = is_lowercase_word(token);
        let connector = in_list(" and or ", token);
        if connector {
            let next_lower = next_word(text, token_end).is_some_and(is_lowercase_word);
            let prev_lower = prev_token.is_some_and(is_lowercase_word);
            if !(prev_lower && next_lower) {
                break;
            }
        } else {
            let verb_like = in_list(PAST_VERBS, token)
                || (token.ends_with("ed")
                    && next_word(text, token_end).is_none_or(|w| in_list(PHRASE_STOPS, w)));
            if verb_like
                || in_list(PHRASE_STOPS, token)
                || token.chars().any(|c| c.is_ascii_digit())
            {
                break;
            }
            last_end = Some(token_end);
            if is_plural(token) {
                return text.get(start..token_end).map(str::to_owned);
            }
        }
        prev_token = Some(token);
        // What separates this word from the next: spaces, or a comma and
        // spaces inside a list of lower-case modifiers.
        if let Ok((rest, _)) = sp(after) {
            pos = offset_of(text, rest);
        } else if let Ok((rest, _)) = (char(','), sp).parse(after) {
            let next_lower = next_word(text, token_end + 1).is_some_and(is_lowercase_word);
            if !(lower && next_lower && !connector) {
                break;
            }
            pos = offset_of(text, rest);
        } else {
            break;
        }
    }
    let end = last_end?;
    singular_ok
        .then(|| text.get(start..end).map(str::to_owned))
        .flatten()
}

// ---------------------------------------------------------------------------
// Restatements
// ---------------------------------------------------------------------------

/// Links a figure and the one in brackets right after it when one restates
/// the other: `273 out of 569 contacted (48%)`, `one in 10 (8 per cent)`,
/// `48% (273)`.
fn pair_restatements(text: &str, found: &mut [Found]) {
    for idx in 1..found.len() {
        crate::work::tick(1);
        let (Some(a), Some(b)) = (found.get(idx - 1), found.get(idx)) else {
            continue;
        };
        if a.paired.is_some() {
            continue;
        }
        let Some(gap) = text.get(a.resume..b.range.start) else {
            continue;
        };
        let gap = gap.trim_end_matches(is_space);
        let Some(lead) = gap.strip_suffix('(') else {
            continue;
        };
        let short = crate::normalize::words(lead).count() <= 3
            && !lead.contains(['.', '!', '?', ';', ':', '(', ')']);
        let closes = text.get(b.resume..).is_some_and(closes_bracket);
        let short = short || closing_restatement(text, a, b, lead);
        let kinds = |k: FigureKind| matches!(k, FigureKind::Proportion | FigureKind::Count);
        let restates = (a.kind == FigureKind::Percent && kinds(b.kind))
            || (b.kind == FigureKind::Percent && kinds(a.kind))
            || (a.kind == FigureKind::Proportion && b.kind == FigureKind::Count)
            || (a.kind == FigureKind::Count && b.kind == FigureKind::Proportion);
        if short && closes && restates {
            if let Some(a) = found.get_mut(idx - 1) {
                a.paired = Some(idx);
            }
            if let Some(b) = found.get_mut(idx) {
                b.paired = Some(idx - 1);
            }
        }
    }
}

/// Words that make a bracketed percentage at the end of a clause a second
/// measure rather than a restatement ("... compared with the average (45%)").
const NOT_RESTATED: [&str; 12] = [
    "than",
    "compared",
    "comparison",
    "average",
    "versus",
    "vs",
    "against",
    "from",
    "up",
    "down",
    "rate",
    "last",
];

/// A proportion of counts and the percentage that closes its clause:
/// `150 out of 412 parents said they would pay (36%).` The words between
/// carry no figure, no punctuation and no comparison, and the bracket ends
/// the sentence.
fn closing_restatement(text: &str, a: &Found, b: &Found, lead: &str) -> bool {
    let counted = a.kind == FigureKind::Proportion && a.whole.is_some();
    let words: Vec<&str> = crate::normalize::words(lead).collect();
    let plain = words.len() <= 12
        && !lead.contains(['.', '!', '?', ';', ':', ',', '(', ')', '–', '—'])
        && !words
            .iter()
            .any(|w| NOT_RESTATED.iter().any(|n| w.eq_ignore_ascii_case(n)));
    let ends_sentence = text.get(b.resume..).is_some_and(|after| {
        let after = after.trim_start_matches(is_space);
        after.strip_prefix(')').is_some_and(|rest| {
            let rest = rest.trim_start_matches(is_space);
            rest.is_empty() || rest.starts_with(['.', '!', '?', ';'])
        })
    });
    counted && b.kind == FigureKind::Percent && plain && ends_sentence
}

#[cfg(test)]
mod tests {
    use crosscheck_model::Role;
    use proptest::prelude::*;

    use super::*;

    fn para(text: &str) -> Para<'_> {
        Para {
            line: 7,
            start: 100,
            text,
            role: Role::Body,
            sentences: &[],
        }
    }

    /// One figure as a line of text: `kind value qualifier "text"`, then
    /// ` d=` decimals, ` unit=`, ` m="measure"` and ` p=` pair when set.
    fn render(fig: &Figure) -> String {
        let kind = match fig.kind {
            FigureKind::Percent => "percent",
            FigureKind::Proportion => "proportion",
            FigureKind::Count => "count",
            FigureKind::Money => "money",
            FigureKind::Duration => "duration",
        };
        let qualifier = match fig.qualifier {
            Qualifier::Exact => "exact",
            Qualifier::Over => "over",
            Qualifier::Under => "under",
            Qualifier::About => "about",
        };
        let value = format!("{:.6}", fig.value);
        let value = value.trim_end_matches('0').trim_end_matches('.');
        let mut out = format!("{kind} {value} {qualifier} {:?}", fig.text);
        if fig.decimals > 0 {
            out.push_str(&format!(" d={}", fig.decimals));
        }
        if let Some(unit) = &fig.unit {
            out.push_str(&format!(" unit={unit}"));
        }
        if let Some(measure) = &fig.measure {
            out.push_str(&format!(" m={measure:?}"));
        }
        if let Some(pair) = fig.paired_with {
            out.push_str(&format!(" p={pair}"));
        }
        out
    }

    /// The figures of one paragraph, rendered, against `expected`; also
    /// checks that every span covers exactly the figure's text.
    fn check(input: &str, expected: &[&str]) {
        let got = figures(&[para(input)]);
        for fig in &got {
            let range = fig.span.start as usize - 100..fig.span.end as usize - 100;
            assert_eq!(input.get(range), Some(fig.text.as_str()), "span of {fig:?}");
            assert_eq!(fig.line, 7);
        }
        let got: Vec<String> = got.iter().map(render).collect();
        assert_eq!(got, expected, "in {input:?}");
    }

    // Percentages.
    #[test]
    fn percent_sign() {
        check(
            "A poll found 61% of practice managers were worried.",
            &[r#"percent 61 exact "61%" m="practice managers""#],
        );
    }
    #[test]
    fn per_cent_words() {
        check(
            "Waits grew by 7 per cent last winter.",
            &[r#"percent 7 exact "7 per cent""#],
        );
    }
    #[test]
    fn percent_one_word_with_decimals() {
        check(
            "Spending rose 2.6 percent.",
            &[r#"percent 2.6 exact "2.6 percent" d=1"#],
        );
    }
    #[test]
    fn percent_decimal_sign() {
        check(
            "Turnout reached 3.9%.",
            &[r#"percent 3.9 exact "3.9%" d=1"#],
        );
    }
    #[test]
    fn percent_in_words() {
        check(
            "about five per cent of them",
            &[r#"percent 5 about "five per cent""#],
        );
    }
    #[test]
    fn hyphenated_per_cent() {
        check(
            "a 3.5-per-cent pay award",
            &[r#"percent 3.5 exact "3.5-per-cent" d=1"#],
        );
    }
    #[test]
    fn percentage_points() {
        check(
            "Trust in GPs fell by four percentage points.",
            &[r#"percent 4 exact "four percentage points""#],
        );
    }
    #[test]
    fn half_a_point_is_a_percent() {
        check(
            "Rates went up by half a percentage point.",
            &[r#"percent 0.5 exact "half a percentage point""#],
        );
    }
    #[test]
    fn quarter_of_a_point_is_a_percent() {
        check(
            "nearly a quarter of a percentage point lower",
            &[r#"percent 0.25 under "a quarter of a percentage point""#],
        );
    }
    #[test]
    fn half_a_per_cent() {
        check(
            "a levy of half a per cent and three-quarters of one percent",
            &[
                r#"percent 0.5 exact "half a per cent""#,
                r#"percent 0.75 exact "three-quarters of one percent""#,
            ],
        );
    }
    #[test]
    fn change_in_brackets_after_percent() {
        check(
            "Satisfaction stood at 62% (-3) and access at 55% (+2).",
            &[
                r#"percent 62 exact "62%""#,
                r#"percent -3 exact "-3""#,
                r#"percent 55 exact "55%""#,
                r#"percent 2 exact "+2""#,
            ],
        );
    }
    #[test]
    fn signed_number_without_percent_is_nothing() {
        check(
            "The side scored 7 (+2) on the index.",
            &[r#"count 7 exact "7""#],
        );
    }
    #[test]
    fn percent_range() {
        check(
            "25-30% of staff",
            &[r#"percent 25 over "25-30%" m="staff""#],
        );
    }
    #[test]
    fn percent_range_in_words() {
        check(
            "between 10 and 15 per cent",
            &[r#"percent 10 over "10 and 15 per cent""#],
        );
    }

    // Proportions.
    #[test]
    fn out_of() {
        check(
            "Four out of five nurses agreed.",
            &[r#"proportion 0.8 exact "Four out of five" m="nurses""#],
        );
    }
    #[test]
    fn out_of_the() {
        check(
            "Replies came from 38 out of the 42 trusts.",
            &[r#"proportion 0.904762 exact "38 out of the 42" m="trusts""#],
        );
    }
    #[test]
    fn out_of_with_part_over_whole_is_read_as_written() {
        check(
            "Replies came from 52 out of 48 hospices.",
            &[r#"proportion 1.083333 exact "52 out of 48" m="hospices""#],
        );
    }
    #[test]
    fn in_mixed_words_and_digits() {
        check(
            "eight in 10 GPs said so",
            &[r#"proportion 0.8 exact "eight in 10" m="GPs""#],
        );
    }
    #[test]
    fn in_every() {
        check(
            "1 in every 4 adults",
            &[r#"proportion 0.25 exact "1 in every 4" m="adults""#],
        );
    }
    #[test]
    fn in_a_million() {
        check(
            "a one in a million chance",
            &[r#"proportion 0.000001 exact "one in a million""#],
        );
    }
    #[test]
    fn of_the_digits() {
        check(
            "Only 10 of the 12 boards replied.",
            &[r#"proportion 0.833333 exact "10 of the 12" m="boards""#],
        );
    }
    #[test]
    fn of_a_possessive_whole() {
        check(
            "12 of Scotland's 14 health boards, 5 of the city’s 9 wards and 3 of its 20 sites",
            &[
                r#"proportion 0.857143 exact "12 of Scotland's 14" m="health boards""#,
                r#"proportion 0.555556 exact "5 of the city’s 9" m="wards""#,
                r#"proportion 0.15 exact "3 of its 20" m="sites""#,
            ],
        );
    }
    #[test]
    fn restated_in_brackets() {
        check(
            "one in 20 patients (5 per cent) waited",
            &[
                r#"proportion 0.05 exact "one in 20" m="patients" p=1"#,
                r#"percent 5 exact "5 per cent" p=0"#,
            ],
        );
    }
    #[test]
    fn counts_restated_at_the_end_of_their_clause() {
        check(
            "Some 150 out of 412 tenants said the rent rise was unfair (36%).",
            &[
                r#"proportion 0.364078 about "150 out of 412" m="tenants" p=1"#,
                r#"percent 36 exact "36%" p=0"#,
            ],
        );
    }
    #[test]
    fn a_closing_percentage_after_a_comparison_is_its_own_measure() {
        check(
            "Only 150 out of 412 tenants were satisfied, below the national average (45%).",
            &[
                r#"proportion 0.364078 exact "150 out of 412" m="tenants""#,
                r#"percent 45 exact "45%""#,
            ],
        );
        check(
            "In all 150 out of 412 tenants said the rent rise was unfair (45%) in June.",
            &[
                r#"proportion 0.364078 exact "150 out of 412" m="tenants""#,
                r#"percent 45 exact "45%""#,
            ],
        );
    }
    #[test]
    fn percent_restated_as_count() {
        check(
            "In all 52% (130) said yes.",
            &[
                r#"percent 52 exact "52%" p=1"#,
                r#"count 130 exact "130" p=0"#,
            ],
        );
    }
    #[test]
    fn two_thirds() {
        check(
            "two thirds of trusts",
            &[r#"proportion 0.666667 exact "two thirds" m="trusts""#],
        );
    }
    #[test]
    fn three_quarters_hyphen() {
        check(
            "three-quarters of respondents",
            &[r#"proportion 0.75 exact "three-quarters" m="respondents""#],
        );
    }
    #[test]
    fn a_quarter_of() {
        check(
            "a quarter of patients",
            &[r#"proportion 0.25 exact "a quarter" m="patients""#],
        );
    }
    #[test]
    fn a_third_of_singular() {
        check(
            "a third of the budget went",
            &[r#"proportion 0.333333 exact "a third" m="budget""#],
        );
    }
    #[test]
    fn half_of_all() {
        check(
            "half of all pharmacies",
            &[r#"proportion 0.5 exact "half" m="pharmacies""#],
        );
    }
    #[test]
    fn half_before_a_possessive_determiner() {
        check(
            "I lost half my shift to paperwork, while half your staff agree",
            &[
                r#"proportion 0.5 exact "half""#,
                r#"proportion 0.5 exact "half""#,
            ],
        );
    }
    #[test]
    fn qualified_half() {
        check("Almost half said no.", &[r#"proportion 0.5 under "half""#]);
    }
    #[test]
    fn ordinal_fraction_words_are_not_figures() {
        check("a third wave hit in the second half of the year", &[]);
    }

    // Counts.
    #[test]
    fn count_with_separator() {
        check(
            "Officials logged 22,410 complaints.",
            &[r#"count 22410 exact "22,410" m="complaints""#],
        );
    }
    #[test]
    fn count_in_words() {
        check(
            "Ten trusts failed.",
            &[r#"count 10 exact "Ten" m="trusts""#],
        );
    }
    #[test]
    fn count_compound_words() {
        check(
            "one hundred and fifty staff",
            &[r#"count 150 exact "one hundred and fifty" m="staff""#],
        );
    }
    #[test]
    fn a_million() {
        check(
            "almost a million appointments were missed",
            &[r#"count 1000000 under "a million" m="appointments""#],
        );
    }
    #[test]
    fn scaled_count() {
        check(
            "about 1.5 million people",
            &[r#"count 1500000 about "1.5 million" d=1 m="people""#],
        );
    }
    #[test]
    fn count_range() {
        check(
            "between 200 and 300 beds",
            &[r#"count 200 over "200 and 300" m="beds""#],
        );
    }
    #[test]
    fn measure_through_list_of_modifiers() {
        check(
            "a poll of 412 senior, clinical and managerial staff, the union said",
            &[r#"count 412 exact "412" m="senior, clinical and managerial staff""#],
        );
    }
    #[test]
    fn or_more_after() {
        check(
            "50 or more practices",
            &[r#"count 50 over "50" m="practices""#],
        );
    }
    #[test]
    fn and_over_heading_a_phrase_is_no_qualifier() {
        check(
            "ran for six months and over a two-year period",
            &[
                r#"duration 0.5 exact "six months""#,
                r#"duration 2 exact "two-year""#,
            ],
        );
    }
    #[test]
    fn and_over_after_an_age_like_count() {
        check(
            "patients 80 and over are invited",
            &[r#"count 80 over "80""#],
        );
    }
    #[test]
    fn plus_sign_after() {
        check("40+ hospitals", &[r#"count 40 over "40" m="hospitals""#]);
    }
    #[test]
    fn range_from_one_in_words() {
        check(
            "each visit scores between one and 9 points, or one to four stars",
            &[
                r#"count 1 over "one and 9" m="points""#,
                r#"count 1 over "one to four" m="stars""#,
            ],
        );
    }
    #[test]
    fn vague_one_or_two() {
        check("one or two practices", &[]);
    }
    #[test]
    fn hedged_year_like_count() {
        check(
            "In 2017 some 2000 nurses left.",
            &[r#"count 2000 about "2000" m="nurses""#],
        );
    }

    // Money.
    #[test]
    fn pounds_millions() {
        check(
            "The scheme costs £7m.",
            &[r#"money 7000000 exact "£7m" unit=GBP"#],
        );
    }
    #[test]
    fn pounds_billions() {
        check(
            "a £2.3bn overspend",
            &[r#"money 2300000000 exact "£2.3bn" d=1 unit=GBP"#],
        );
    }
    #[test]
    fn dollars_billions() {
        check(
            "a $4.5bn deal",
            &[r#"money 4500000000 exact "$4.5bn" d=1 unit=USD"#],
        );
    }
    #[test]
    fn euros() {
        check(
            "fees of €450 a year",
            &[r#"money 450 exact "€450" unit=EUR"#],
        );
    }
    #[test]
    fn pounds_thousands_separator() {
        check(
            "over £300,000",
            &[r#"money 300000 over "£300,000" unit=GBP"#],
        );
    }
    #[test]
    fn money_range_shares_scale() {
        check("£5-10m", &[r#"money 5000000 over "£5-10m" unit=GBP"#]);
    }
    #[test]
    fn pence() {
        check(
            "a 7p rise in the levy to 85p",
            &[
                r#"money 0.07 exact "7p" unit=GBP"#,
                r#"money 0.85 exact "85p" unit=GBP"#,
            ],
        );
    }
    #[test]
    fn pence_in_words_and_range() {
        check(
            "about 40 pence, or 5-10p a day",
            &[
                r#"money 0.4 about "40 pence" unit=GBP"#,
                r#"money 0.05 over "5-10p" unit=GBP"#,
            ],
        );
    }
    #[test]
    fn pence_is_no_time_or_word() {
        check("at 5p.m. or 3pm, and 12pts on a 1080p screen", &[]);
    }
    #[test]
    fn money_in_words() {
        check(
            "15 million pounds",
            &[r#"money 15000000 exact "15 million pounds" unit=GBP"#],
        );
    }

    // Durations.
    #[test]
    fn duration_temporal_over_is_no_qualifier() {
        check(
            "over the last 12 years",
            &[r#"duration 12 exact "12 years""#],
        );
    }
    #[test]
    fn over_after_money_is_during() {
        check(
            "a £3.1bn plan over four years",
            &[
                r#"money 3100000000 exact "£3.1bn" d=1 unit=GBP"#,
                r#"duration 4 exact "four years""#,
            ],
        );
    }
    #[test]
    fn over_after_percent_is_during() {
        check(
            "Admissions grew 9% over two years.",
            &[r#"percent 9 exact "9%""#, r#"duration 2 exact "two years""#],
        );
    }
    #[test]
    fn over_after_change_word_is_during() {
        check(
            "savings over five years and prices rising over 18 months",
            &[
                r#"duration 5 exact "five years""#,
                r#"duration 1.5 exact "18 months""#,
            ],
        );
    }
    #[test]
    fn over_opening_a_sentence_is_during() {
        check(
            "Over six years, the ward shrank.",
            &[r#"duration 6 exact "six years""#],
        );
    }
    #[test]
    fn over_after_waiting_is_more_than() {
        check(
            "patients waited over five hours; one had been ill for over a decade",
            &[
                r#"duration 0.00057 over "five hours""#,
                r#"duration 10 over "a decade""#,
            ],
        );
    }
    #[test]
    fn over_after_year_is_more_than() {
        check(
            "In 2022 staff waited over three hours.",
            &[r#"duration 0.000342 over "three hours""#],
        );
    }
    #[test]
    fn over_after_figure_and_verb_is_during() {
        check(
            "3,000 beds closed over four years",
            &[
                r#"count 3000 exact "3,000" m="beds""#,
                r#"duration 4 exact "four years""#,
            ],
        );
    }
    #[test]
    fn waiting_word_beats_a_figure() {
        check(
            "42% of patients waiting over six weeks",
            &[
                r#"percent 42 exact "42%" m="patients""#,
                r#"duration 0.11499 over "six weeks""#,
            ],
        );
    }
    #[test]
    fn spent_over_follows_the_figure() {
        check(
            "£9m spent over two years; she spent over two years on it",
            &[
                r#"money 9000000 exact "£9m" unit=GBP"#,
                r#"duration 2 exact "two years""#,
                r#"duration 2 over "two years""#,
            ],
        );
    }
    #[test]
    fn over_spanning_a_period_is_during() {
        check(
            "The new contract will be rolled out to practices over three years.",
            &[r#"duration 3 exact "three years""#],
        );
    }
    #[test]
    fn over_with_a_figure_earlier_in_the_sentence_is_during() {
        check(
            "It pledged “as much as £2bn” for community nursing over four years.",
            &[
                r#"money 2000000000 exact "£2bn" unit=GBP"#,
                r#"duration 4 exact "four years""#,
            ],
        );
    }
    #[test]
    fn figure_in_an_earlier_sentence_does_not_count() {
        check(
            "It cost £5m. She spent over three years fighting it.",
            &[
                r#"money 5000000 exact "£5m" unit=GBP"#,
                r#"duration 3 over "three years""#,
            ],
        );
    }
    #[test]
    fn over_before_a_possessive_is_more_than() {
        check(
            "staff with over six years’ training and over an hour's drive away",
            &[
                r#"duration 6 over "six years""#,
                r#"duration 0.000114 over "an hour""#,
            ],
        );
    }
    #[test]
    fn over_opening_a_clause_without_comma_is_more_than() {
        check(
            "Over ten years have passed; the wait is over a year.",
            &[
                r#"duration 10 over "ten years""#,
                r#"duration 1 over "a year""#,
            ],
        );
    }
    #[test]
    fn over_before_ago_is_more_than() {
        check(
            "The funds were cut over four years ago.",
            &[r#"duration 4 over "four years""#],
        );
    }
    #[test]
    fn just_over_stays_more_than() {
        check(
            "£40m spent in just over two years",
            &[
                r#"money 40000000 exact "£40m" unit=GBP"#,
                r#"duration 2 over "two years""#,
            ],
        );
    }
    #[test]
    fn bound_between_number_and_time_unit() {
        check(
            "nurses with ten or more years’ service and stays of two or fewer weeks",
            &[
                r#"duration 10 over "ten""#,
                r#"duration 0.03833 under "two""#,
            ],
        );
    }
    #[test]
    fn duration_within() {
        check(
            "within six weeks",
            &[r#"duration 0.11499 under "six weeks""#],
        );
    }
    #[test]
    fn duration_modifier_minutes() {
        check(
            "a 15-minute appointment",
            &[r#"duration 0.000029 exact "15-minute""#],
        );
    }
    #[test]
    fn duration_modifier_hours() {
        check(
            "a two-hour wait",
            &[r#"duration 0.000228 exact "two-hour""#],
        );
    }
    #[test]
    fn qualifier_before_article_of_modifier() {
        check(
            "homes within a 15-minute drive and almost a two-hour wait",
            &[
                r#"duration 0.000029 under "15-minute""#,
                r#"duration 0.000228 under "two-hour""#,
            ],
        );
    }
    #[test]
    fn over_a_period_is_during() {
        check(
            "spread over a three-year period",
            &[r#"duration 3 exact "three-year""#],
        );
    }
    #[test]
    fn possessive_duration() {
        check(
            "within an hour's travel, after one year's delay",
            &[
                r#"duration 0.000114 under "an hour""#,
                r#"duration 1 exact "one year""#,
            ],
        );
    }
    #[test]
    fn possessive_is_no_plural_number() {
        check("in the 1990's", &[]);
    }
    #[test]
    fn a_decade() {
        check(
            "after a decade of cuts",
            &[r#"duration 10 exact "a decade""#],
        );
    }
    #[test]
    fn a_year_needs_a_qualifier() {
        check(
            "less than a year, but a year ago",
            &[r#"duration 1 under "a year""#],
        );
    }
    #[test]
    fn duration_range() {
        check(
            "two to three months",
            &[r#"duration 0.166667 over "two to three months""#],
        );
    }
    #[test]
    fn duration_and_a_half() {
        check(
            "two and a half years",
            &[r#"duration 2.5 exact "two and a half years""#],
        );
    }
    #[test]
    fn half_an_hour() {
        check(
            "half an hour",
            &[r#"duration 0.000057 exact "half an hour""#],
        );
    }
    #[test]
    fn nearly_two_years() {
        check("nearly two years on", &[r#"duration 2 under "two years""#]);
    }
    #[test]
    fn strike_is_a_duration() {
        check(
            "a 48-hour strike",
            &[r#"duration 0.005476 exact "48-hour""#],
        );
    }
    #[test]
    fn schedules_are_not_durations() {
        check(
            "seven-day services open 24/7, five days a week, with a 24-hour helpline",
            &[],
        );
    }
    #[test]
    fn time_spent_per_period_is_a_duration() {
        check(
            "Carers give 35 hours a week, or about 20 minutes per day, or 10 days a year.",
            &[
                r#"duration 0.003993 exact "35 hours""#,
                r#"duration 0.000038 about "20 minutes""#,
                r#"duration 0.027379 exact "10 days""#,
            ],
        );
    }
    #[test]
    fn rates_filling_their_period_are_schedules() {
        check(
            "staffed 24 hours a day, 52 weeks a year, three days a week",
            &[],
        );
    }
    #[test]
    fn vague_time_is_nothing() {
        check(
            "in the past year, over several years and in recent years, a few weeks",
            &[],
        );
    }

    // Qualifiers.
    #[test]
    fn qualifiers_over() {
        check(
            "more than 500 GPs and at least 30 hospitals",
            &[
                r#"count 500 over "500" m="GPs""#,
                r#"count 30 over "30" m="hospitals""#,
            ],
        );
    }
    #[test]
    fn qualifiers_under() {
        check(
            "fewer than 10 CCGs and up to 40 sites",
            &[
                r#"count 10 under "10" m="CCGs""#,
                r#"count 40 under "40" m="sites""#,
            ],
        );
    }
    #[test]
    fn comparatives_over() {
        check(
            "stays longer than 10 days, fees greater than £90 and rates higher than 4%",
            &[
                r#"duration 0.027379 over "10 days""#,
                r#"money 90 over "£90" unit=GBP"#,
                r#"percent 4 over "4%""#,
            ],
        );
    }
    #[test]
    fn comparatives_under() {
        check(
            "visits shorter than eight minutes and scores lower than 30 points",
            &[
                r#"duration 0.000015 under "eight minutes""#,
                r#"count 30 under "30" m="points""#,
            ],
        );
    }
    #[test]
    fn negated_comparatives() {
        check(
            "no longer than six months, and no lower than 15%",
            &[
                r#"duration 0.5 under "six months""#,
                r#"percent 15 over "15%""#,
            ],
        );
    }
    #[test]
    fn comparative_after() {
        check(
            "appointments of 12 weeks or longer, and 3% or lower",
            &[
                r#"duration 0.229979 over "12 weeks""#,
                r#"percent 3 under "3%""#,
            ],
        );
    }
    #[test]
    fn qualifiers_about() {
        check(
            "around 70 trusts, roughly 12% and approximately 3,000",
            &[
                r#"count 70 about "70" m="trusts""#,
                r#"percent 12 about "12%""#,
                r#"count 3000 about "3,000""#,
            ],
        );
    }
    #[test]
    fn estimated_is_no_hedge() {
        check(
            "an estimated 4,000 beds and an estimated £2m",
            &[
                r#"count 4000 exact "4,000" m="beds""#,
                r#"money 2000000 exact "£2m" unit=GBP"#,
            ],
        );
    }
    #[test]
    fn about_words_beyond_the_core_list() {
        check(
            "circa 300 posts, approx. 15% and in the region of £9m",
            &[
                r#"count 300 about "300" m="posts""#,
                r#"percent 15 about "15%""#,
                r#"money 9000000 about "£9m" unit=GBP"#,
            ],
        );
    }
    #[test]
    fn qualifiers_exact_and_just_over() {
        check(
            "just over 20%, just 9% and only 4",
            &[
                r#"percent 20 over "20%""#,
                r#"percent 9 exact "9%""#,
                r#"count 4 exact "4""#,
            ],
        );
    }

    // Not figures.
    #[test]
    fn ordinals() {
        check(
            "the 3rd report and the second review, on the 5th floor",
            &[],
        );
    }
    #[test]
    fn label_numbers() {
        check(
            "No. 10 and Section 242 apply to type 2 diabetes and Year 6 pupils",
            &[],
        );
    }
    #[test]
    fn names_with_numbers() {
        check("Covid-19 cases, NHS 111 calls, the G20 and BBC Two", &[]);
    }
    #[test]
    fn phone_numbers() {
        check("call 0161 496 0000 or 0800 123 456 for details", &[]);
    }
    #[test]
    fn registration_number() {
        check("Company no. 4412345, reg 1234567", &[]);
    }
    #[test]
    fn times() {
        check("It began at 09:45 and ended at 6 p.m. or 10.30am", &[]);
    }
    #[test]
    fn dates() {
        check(
            "on 14 February 2019, June 3, 2021 and 2nd to 9th May 2023",
            &[],
        );
    }
    #[test]
    fn year_before_a_later_figure() {
        check(
            "Posts went from 8,420 in 2012 to 6,015 by last spring, and in 2019 to 300.",
            &[
                r#"count 8420 exact "8,420""#,
                r#"count 6015 exact "6,015""#,
                r#"count 300 exact "300""#,
            ],
        );
    }
    #[test]
    fn first_day_of_a_span_of_days() {
        check("The poll ran from 4 to 19 June and 2-9 July.", &[]);
    }
    #[test]
    fn years_and_decades() {
        check(
            "in 1999, the 1990s, the 2008 Act, 2019/20 and 2010-2015",
            &[],
        );
    }
    #[test]
    fn idiomatic_one() {
        check("on the one hand, one of the GPs said it was one way", &[]);
    }
    #[test]
    fn ages() {
        check("people aged 65 and a 70-year-old patient", &[]);
    }
    #[test]
    fn hyphenated_words() {
        check(
            "a two-tier system in a 20-bed ward",
            &[r#"count 20 exact "20-bed""#],
        );
    }
    #[test]
    fn count_modifiers() {
        check(
            "a 350-home estate and a 12-strong panel",
            &[
                r#"count 350 exact "350-home""#,
                r#"count 12 exact "12-strong""#,
            ],
        );
    }
    #[test]
    fn count_modifier_with_separator_and_qualifier() {
        check(
            "almost a 1,200-place scheme",
            &[r#"count 1200 under "1,200-place""#],
        );
    }
    #[test]
    fn count_modifier_boundary() {
        check(
            "a 45-year-old nurse, a 20-mile trip, a 3-metre fence, a 3-1 win, \
             a 5-star home, a 30-odd group, a 10-point scale and a 2-for-1 offer",
            &[],
        );
    }
    #[test]
    fn hyphenated_word_ending_a_phrase() {
        check("The team is 40-strong.", &[]);
    }
    #[test]
    fn measurements_and_times() {
        check("10 miles away, three times more likely, at 28°C", &[]);
    }
    #[test]
    fn name_with_capitals() {
        check("the Five Year Forward View", &[]);
    }
    #[test]
    fn list_marker() {
        check("1. Patients come first", &[]);
    }
    #[test]
    fn year_whole_is_no_proportion() {
        check("It fell to 5 in 2019.", &[r#"count 5 exact "5""#]);
    }
    #[test]
    fn address() {
        check("at 10 Harbour Street, London", &[]);
    }

    #[test]
    fn share_as_subject() {
        check(
            "Only a fifth said they were confident.",
            &[r#"proportion 0.2 exact "a fifth""#],
        );
    }
    #[test]
    fn cut_by_a_third() {
        check(
            "Budgets were cut by a third.",
            &[r#"proportion 0.333333 exact "a third""#],
        );
    }
    #[test]
    fn change_not_range() {
        check(
            "Pay rose by £4,000 to £61,000.",
            &[
                r#"money 4000 exact "£4,000" unit=GBP"#,
                r#"money 61000 exact "£61,000" unit=GBP"#,
            ],
        );
    }
    #[test]
    fn ranging_from_is_a_range() {
        check(
            "deficits ranging from £3m to £40m, and bills that varied from 20 to 35 days",
            &[
                r#"money 3000000 over "£3m to £40m" unit=GBP"#,
                r#"duration 0.054757 over "20 to 35 days""#,
            ],
        );
    }
    #[test]
    fn even_split_is_no_range() {
        check("It was a 50-50 call.", &[]);
    }
    #[test]
    fn titled_plan_is_no_duration() {
        check("the new 10 Year Health Plan", &[]);
    }
    #[test]
    fn age_after_qualifier() {
        check("staff aged under 30 left", &[]);
    }
    #[test]
    fn age_in_apposition() {
        check("Dr Patel, 61, retired early.", &[]);
    }
    #[test]
    fn age_range_gives_neither_end() {
        check("a poll of workers aged 18 to 30 found that", &[]);
    }
    #[test]
    fn age_bound_after_people() {
        check("voters over 60 backed the plan", &[]);
        check("most children under five were seen", &[]);
    }
    #[test]
    fn bound_after_people_counting_more() {
        check("patients over 500 attended", &[r#"count 500 over "500""#]);
        check(
            "clinics under 40 closed; teams of under 30 nurses",
            &[
                r#"count 40 under "40""#,
                r#"count 30 under "30" m="nurses""#,
            ],
        );
    }
    #[test]
    fn qualifier_before_placed_period() {
        check(
            "within the coming three weeks",
            &[r#"duration 0.057495 under "three weeks""#],
        );
        check(
            "for at least the first 12 months",
            &[r#"duration 1 over "12 months""#],
        );
    }
    #[test]
    fn over_placed_period_is_during() {
        check(
            "prices rose over the past four years",
            &[r#"duration 4 exact "four years""#],
        );
    }
    #[test]
    fn up_to_after_verb_of_change() {
        check(
            "Inflation ticked up to 4.2% in May.",
            &[r#"percent 4.2 exact "4.2%" d=1"#],
        );
        check(
            "Fares could rise by up to 4.2% in May.",
            &[r#"percent 4.2 under "4.2%" d=1"#],
        );
    }
    #[test]
    fn article_duration_and_a_half() {
        check(
            "the repair took a month and a half",
            &[r#"duration 0.125 exact "a month and a half""#],
        );
        check(
            "waits of more than a week and a half",
            &[r#"duration 0.028747 over "a week and a half""#],
        );
    }
    #[test]
    fn article_duration_before_half_modifier() {
        check("a day and a half-day review", &[]);
    }
    #[test]
    fn count_change_in_brackets_is_no_percent() {
        check(
            "GP numbers fell 2.1% (-512).",
            &[r#"percent 2.1 exact "2.1%" d=1"#],
        );
    }
    #[test]
    fn scaled_decimal_is_exact() {
        check(
            "a list of 6.3 million",
            &[r#"count 6300000 exact "6.3 million" d=1"#],
        );
    }

    #[test]
    fn hedged_proportion_restated() {
        check(
            "Roughly 150 out of 400 invited (38%) took part.",
            &[
                r#"proportion 0.375 about "150 out of 400" p=1"#,
                r#"percent 38 exact "38%" p=0"#,
            ],
        );
    }
    #[test]
    fn just_is_exact() {
        check(
            "and just one in five patients agreed",
            &[r#"proportion 0.2 exact "one in five" m="patients""#],
        );
    }
    #[test]
    fn capital_qualifier_at_start() {
        check(
            "Over 60% of pharmacists",
            &[r#"percent 60 over "60%" m="pharmacists""#],
        );
    }
    #[test]
    fn less_than_months() {
        check(
            "less than three months later",
            &[r#"duration 0.25 under "three months""#],
        );
    }
    #[test]
    fn years_of_something() {
        check(
            "It undoes 25 years of reform.",
            &[r#"duration 25 exact "25 years""#],
        );
    }
    #[test]
    fn half_a_million_or_more() {
        check(
            "areas of half a million or more residents",
            &[r#"count 500000 over "half a million" m="residents""#],
        );
    }
    #[test]
    fn decades_range() {
        check(
            "five to six decades ago",
            &[r#"duration 50 over "five to six decades""#],
        );
    }
    #[test]
    fn months_in() {
        check(
            "nine months in, staff were tired",
            &[r#"duration 0.75 exact "nine months""#],
        );
    }
    #[test]
    fn small_count_in_words() {
        check(
            "three regional offices",
            &[r#"count 3 exact "three" m="regional offices""#],
        );
    }
    #[test]
    fn dotted_time() {
        check("The board met at 10.30 on Friday.", &[]);
    }
    #[test]
    fn scaled_decimal_after_at_is_no_time() {
        check(
            "The list stood at 7.77m.",
            &[r#"count 7770000 exact "7.77m" d=2"#],
        );
    }

    proptest! {
        #[test]
        fn never_panics_and_spans_hold(text in "(\\PC|[0-9%£$€.,:/()'’“” -]){0,80}") {
            let got = figures(&[para(&text)]);
            for fig in got {
                let range = fig.span.start as usize - 100..fig.span.end as usize - 100;
                prop_assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
                prop_assert_eq!(text.get(range), Some(fig.text.as_str()));
            }
        }

        #[test]
        fn number_soup(
            first in "((one|two|a|half|third|in|out|of|the|million|per|cent|year|%|-|£|\\(|\\)|[0-9]{1,5}|,|\\.| |\u{a0})){0,40}",
            second in "((some|over|or|more|than|in|of|the|GPs|%|\\(|\\)|[0-9]{1,4}| )){0,30}",
        ) {
            let paras = [para(&first), Para { line: 8, start: 500, text: &second, role: Role::Body, sentences: &[] }];
            let got = figures(&paras);
            for (idx, fig) in got.iter().enumerate() {
                let (text, base) = if fig.line == 7 { (&first, 100) } else { (&second, 500) };
                let range = fig.span.start as usize - base..fig.span.end as usize - base;
                prop_assert_eq!(text.get(range), Some(fig.text.as_str()));
                if let Some(other) = fig.paired_with {
                    prop_assert!(other != idx);
                    prop_assert_eq!(got.get(other).and_then(|f| f.paired_with), Some(idx));
                    prop_assert_eq!(got.get(other).map(|f| f.line), Some(fig.line));
                }
            }
        }
    }
}
