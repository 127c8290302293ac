//! The survey an article describes: who ran it and for whom, of whom, how
//! many answered out of how many asked, and which figures are shares of
//! its respondents.
//!
//! Built on the figures already extracted (their part, whole, pairing and
//! measure) and on the words around them:
//! - "412 out of 950 approached (43%) responded": respondents, contacted and
//!   the stated response rate, from a proportion in a sentence about
//!   responding;
//! - "a survey of 2,000 adults", "polled 1,100 nurses", "15,560 responses",
//!   "conducted 200 interviews": the sample size, and the population it
//!   counts;
//! - "X commissioned Y to survey ...", "carried out by Y", "a poll for X",
//!   "an X survey": sponsor and pollster (a known polling company is the
//!   pollster, anyone else the sponsor).

use std::{borrow::Cow, ops::Range};

use crosscheck_model::{Figure, FigureKind, Mention, Span, Survey};

use std::sync::LazyLock;

use aho_corasick::AhoCorasick;

use crate::Para;

/// Finds any survey word, case aside, without splitting words.
static SURVEY_FINDER: LazyLock<Option<AhoCorasick>> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(SURVEY_WORDS)
        .ok()
});

/// Words that say a sentence is about a survey.
const SURVEY_WORDS: &[&str] = &[
    "survey",
    "surveys",
    "surveyed",
    "poll",
    "polls",
    "polled",
    "polling",
    "questionnaire",
    "respondents",
    "responded",
    "responses",
    "interviews",
    "interviewed",
    "questioned",
];

/// Words that say people answered.
const RESPONSE_WORDS: &[&str] = &[
    "responded",
    "respond",
    "responding",
    "replied",
    "completed",
    "returned",
    "answered",
    "participated",
    "responses",
];

/// Words right before a count that make it the number contacted.
const CONTACT_BEFORE: &[&[&str]] = &[
    &["sent", "to"],
    &["invited"],
    &["emailed"],
    &["contacted"],
    &["approached"],
];

/// Words right before a count that make it the sample size.
const SAMPLE_BEFORE: &[&[&str]] = &[
    &["survey", "of"],
    &["poll", "of"],
    &["sample", "of"],
    &["study", "of"],
    &["census", "of"],
    &["polled"],
    &["surveyed"],
    &["questioned"],
    &["interviewed"],
    &["asked"],
    &["consulted"],
];

/// Words right after a count that make it the sample size.
const SAMPLE_AFTER: &[&str] = &[
    "respondents",
    "responses",
    "replies",
    "interviews",
    "participants",
    "responded",
    "replied",
    "answered",
];

/// Words that say a share is an answer of the respondents.
const OPINION_WORDS: &[&str] = &[
    "said",
    "say",
    "says",
    "felt",
    "feel",
    "feels",
    "thought",
    "think",
    "thinks",
    "believe",
    "believed",
    "believes",
    "agreed",
    "agree",
    "agrees",
    "disagreed",
    "disagree",
    "reported",
    "reporting",
    "expressed",
    "supported",
    "support",
    "supports",
    "opposed",
    "oppose",
    "backed",
    "rated",
    "satisfied",
    "dissatisfied",
    "confident",
    "concerned",
    "worried",
    "wanted",
    "want",
    "planned",
    "plan",
    "intend",
    "intended",
    "expect",
    "expected",
    "described",
    "doubt",
    "doubted",
    "answered",
    "chose",
    "preferred",
    "favoured",
    "considered",
    "respondents",
    "admitted",
    "warned",
    "claimed",
    "would",
];

/// Polling companies: named in a survey sentence, they carried it out.
const POLLSTERS: &[&str] = &[
    "ipsos",
    "mori",
    "yougov",
    "savanta",
    "comres",
    "opinium",
    "survation",
    "bmg",
    "kantar",
    "populus",
    "icm",
    "deltapoll",
    "natcen",
    "focaldata",
    "censuswide",
    "onepoll",
    "panelbase",
    "gallup",
    "techne",
    "omnisis",
    "redfield",
];

/// Words that end a population phrase ("leads across England").
const POPULATION_STOPS: &[&str] = &[
    "across",
    "in",
    "about",
    "on",
    "between",
    "from",
    "who",
    "which",
    "that",
    "with",
    "to",
    "for",
    "during",
    "over",
    "at",
    "by",
    "as",
    "were",
    "was",
    "said",
    "found",
    "has",
    "have",
    "had",
    "this",
    "last",
    "earlier",
    "online",
    "carried",
    "conducted",
    "published",
    "commissioned",
    "run",
    "undertaken",
    "released",
    "showed",
    "shows",
    "finds",
];

/// A sentence of a headline, standfirst or body line.
struct Sent<'a> {
    line: u32,
    /// A body sentence (not the headline or standfirst).
    body: bool,
    /// Offset of `text` in the original article.
    start: u32,
    text: &'a str,
    /// Words with their byte ranges in `text`, lower-cased (borrowed
    /// when already lower case, as most words are).
    words: Vec<(Range<usize>, Cow<'a, str>)>,
}

impl Sent<'_> {
    fn span(&self) -> Span {
        Span::from_range(self.start as usize..self.start as usize + self.text.len())
    }

    fn has_any(&self, list: &[&str]) -> bool {
        self.words.iter().any(|(_, w)| list.contains(&w.as_ref()))
    }

    /// Index of the first word starting at or after local byte `pos`.
    fn word_at(&self, pos: usize) -> usize {
        self.words.partition_point(|(range, _)| range.start < pos)
    }

    fn contains(&self, span: Span) -> bool {
        self.span().contains(span)
    }
}

fn words(text: &str) -> Vec<(Range<usize>, Cow<'_, str>)> {
    // About a word every six bytes of prose.
    let mut out = Vec::with_capacity((text.len() / 6).min(4096));
    let mut start = None;
    for (idx, c) in text.char_indices() {
        crate::work::tick(1);
        let inside = c.is_alphanumeric() || matches!(c, '\'' | '’' | '-' | '&');
        match (inside, start) {
            (true, None) => start = Some(idx),
            (false, Some(s)) => {
                push_word(text, s..idx, &mut out);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        push_word(text, s..text.len(), &mut out);
    }
    out
}

fn push_word<'a>(text: &'a str, range: Range<usize>, out: &mut Vec<(Range<usize>, Cow<'a, str>)>) {
    if let Some(word) = text.get(range.clone()) {
        let word = word.trim_end_matches(['\'', '’', '-']);
        if !word.is_empty() {
            let low = if word.is_ascii() && !word.bytes().any(|b| b.is_ascii_uppercase()) {
                Cow::Borrowed(word)
            } else {
                Cow::Owned(word.to_lowercase())
            };
            out.push((range.start..range.start + word.len(), low));
        }
    }
}

/// The survey described in `paras`, if any, over the article's `figures`.
pub(crate) fn survey(paras: &[Para<'_>], figures: &[Figure]) -> Option<Survey> {
    // Most articles describe no survey: one pass to find out before any
    // word is split.
    let finder = SURVEY_FINDER.as_ref()?;
    if !paras.iter().any(|para| finder.is_match(para.text)) {
        return None;
    }
    let sents: Vec<Sent<'_>> = paras
        .iter()
        .flat_map(|para| {
            para.sentences()
                .into_owned()
                .into_iter()
                .filter_map(move |range| {
                    let text = para.text.get(range.clone())?;
                    Some(Sent {
                        line: para.line,
                        body: para.role == crosscheck_model::Role::Body,
                        start: para.start + u32::try_from(range.start).ok()?,
                        text,
                        words: words(text),
                    })
                })
        })
        .collect();
    let about: Vec<&Sent<'_>> = sents.iter().filter(|s| s.has_any(SURVEY_WORDS)).collect();
    let first = about.first()?;
    let mut survey = Survey {
        mentions: about
            .iter()
            .map(|s| Mention {
                line: s.line,
                span: s.span(),
            })
            .collect(),
        ..Survey::default()
    };

    // Sentences are in text order: the one holding a figure is found by
    // binary search, so a line of a million figures stays linear.
    let sentence_of = |figure: &Figure| {
        let k = sents.partition_point(|s| s.start <= figure.span.start);
        k.checked_sub(1)
            .and_then(|k| sents.get(k))
            .filter(|s| s.contains(figure.span))
    };
    let mut response_rate_figure = None;
    let mut sample_exact = false;
    for (idx, figure) in figures.iter().enumerate() {
        crate::work::tick(1);
        let Some(sent) = sentence_of(figure) else {
            continue;
        };
        let local = (figure.span.start - sent.start) as usize;
        let local_end = (figure.span.end - sent.start) as usize;
        match (figure.kind, figure.part, figure.whole) {
            (FigureKind::Proportion, Some(_), Some(whole)) if responding_whole(sent, local_end) => {
                // "18 of the 35 boards that responded": the whole answered.
                survey.respondents = survey.respondents.or(to_count(whole));
            }
            (FigureKind::Proportion, Some(part), Some(whole))
                if near_response(sent, local, local_end) =>
            {
                survey.sample_figures.push(idx);
                if survey.respondents.is_none() {
                    sample_exact = figure.qualifier == crosscheck_model::Qualifier::Exact;
                    survey.respondents = to_count(part);
                    survey.contacted = to_count(whole);
                    if let Some(pair) = figure
                        .paired_with
                        .and_then(|p| figures.get(p).map(|f| (p, f)))
                        && pair.1.kind == FigureKind::Percent
                    {
                        survey.response_rate = Some(pair.1.value);
                        response_rate_figure = Some(pair.0);
                    }
                }
            }
            (FigureKind::Count, _, _)
                if (sent.has_any(SURVEY_WORDS) || sent.has_any(RESPONSE_WORDS))
                    && (follows(sent, local, CONTACT_BEFORE) || invited_after(sent, local_end)) =>
            {
                survey.contacted = survey.contacted.or(to_count(figure.value));
            }
            (FigureKind::Percent, _, _) if is_response_rate(sent, local, local_end) => {
                survey.response_rate.get_or_insert(figure.value);
                response_rate_figure.get_or_insert(idx);
            }
            (FigureKind::Count, _, _) if is_sample_count(sent, local, local_end) => {
                survey.sample_figures.push(idx);
                // An exact statement of n wins over "more than 1,800".
                let exact = figure.qualifier == crosscheck_model::Qualifier::Exact;
                if survey.respondents.is_none() || (exact && !sample_exact) {
                    survey.respondents = to_count(figure.value);
                    sample_exact = exact;
                    if let Some(measure) = figure.measure.clone().filter(|m| !is_response_noun(m)) {
                        survey.population = Some(measure);
                    }
                }
            }
            _ => {}
        }
    }
    let body: Vec<&Sent<'_>> = about.iter().copied().filter(|s| s.body).collect();
    if survey.population.is_none() {
        survey.population = body.iter().find_map(|s| population_phrase(s));
    }
    let (sponsor, pollster) = organisations(&body);
    survey.sponsor = sponsor;
    // A polling company named anywhere in the body ("the research, carried
    // out by Ipsos, showed ...") ran the survey the article describes.
    survey.pollster = pollster.or_else(|| {
        let all: Vec<&Sent<'_>> = sents.iter().filter(|s| s.body).collect();
        organisations(&all).1
    });

    // Shares of the respondents: percentages and proportions from the
    // survey's first mention on (and in the headline and standfirst), in
    // sentences about answers, that are not the response rate or a share
    // of some other whole.
    let first_start = first.start;
    let samples: std::collections::HashSet<usize> = survey.sample_figures.iter().copied().collect();
    for (idx, figure) in figures.iter().enumerate() {
        crate::work::tick(1);
        if !matches!(figure.kind, FigureKind::Percent | FigureKind::Proportion)
            || samples.contains(&idx)
            || Some(idx) == response_rate_figure
            || figure.value < 0.0
        {
            continue;
        }
        // "30 out of the 45 trusts" counts some other whole; "one in
        // three" is a ratio, whatever its denominator.
        let counted = |f: &Figure| f.text.contains(" out of ") || f.text.contains(" of ");
        let other_whole = counted(figure)
            && figure.whole.is_some_and(|whole| {
                survey
                    .respondents
                    .is_none_or(|n| to_count(whole) != Some(n))
            });
        let paired_other_whole = figure.paired_with.is_some_and(|p| {
            figures
                .get(p)
                .is_some_and(|f| f.whole.is_some() && counted(f) && !samples.contains(&p))
        });
        if other_whole || paired_other_whole {
            continue;
        }
        let Some(sent) = sentence_of(figure) else {
            continue;
        };
        let early = sent.start < first_start;
        let in_body_after = !early;
        let header = paras
            .iter()
            .any(|p| p.line == figure.line && p.role != crosscheck_model::Role::Body);
        let local_start = (figure.span.start - sent.start) as usize;
        let local_end = (figure.span.end - sent.start) as usize;
        if (in_body_after || header) && answered(sent, local_start, local_end) {
            survey.shares.push(idx);
        }
    }
    Some(survey)
}

/// Words before a percentage that make it a change, not a share: "risen
/// by 5.6%", "from 34% to 39%".
const CHANGE_BEFORE: &[&str] = &[
    "by",
    "rose",
    "risen",
    "rise",
    "rising",
    "fell",
    "fallen",
    "fall",
    "increase",
    "increased",
    "decrease",
    "decreased",
    "grew",
    "grown",
    "up",
    "down",
    "from",
    "to",
    "cut",
    "cuts",
];

/// Verbs by which a survey reports its results ("the survey found 29%").
const FOUND: &[&str] = &[
    "found",
    "finds",
    "showed",
    "shows",
    "revealed",
    "reveals",
    "suggests",
    "suggested",
];

/// Whether the share at local bytes `start..end` is an answer: an answer
/// verb follows it in its sentence ("61% said", "43% of leads
/// disagreed"), or the survey reports it ("the poll found 29% of ...");
/// never a change ("risen by 5.6%").
fn answered(sent: &Sent<'_>, start: usize, end: usize) -> bool {
    let first = sent.word_at(start);
    let after = sent.word_at(end);
    let before = first
        .checked_sub(1)
        .and_then(|k| sent.words.get(k))
        .map(|(_, w)| w.as_ref());
    if before.is_some_and(|w| CHANGE_BEFORE.contains(&w)) {
        return false;
    }
    let verb_after = sent.words[after..]
        .iter()
        .take(10)
        .any(|(_, w)| OPINION_WORDS.contains(&w.as_ref()));
    let reported = sent.words[..first]
        .iter()
        .rev()
        .take(12)
        .any(|(_, w)| FOUND.contains(&w.as_ref()));
    verb_after || reported
}

fn to_count(value: f64) -> Option<u64> {
    (value >= 0.0 && value.fract() == 0.0 && value < 1e15).then_some(value as u64)
}

fn is_response_noun(measure: &str) -> bool {
    SAMPLE_AFTER.iter().any(|w| measure.eq_ignore_ascii_case(w))
}

/// Whether the words right before local byte `start` of `sent` end with
/// one of `patterns` (qualifier words skipped).
fn follows(sent: &Sent<'_>, start: usize, patterns: &[&[&str]]) -> bool {
    let first = sent.word_at(start);
    let before: Vec<&str> = sent.words[..first]
        .iter()
        .rev()
        .map(|(_, w)| w.as_ref())
        .filter(|w| {
            !matches!(
                *w,
                "some"
                    | "more"
                    | "than"
                    | "over"
                    | "nearly"
                    | "almost"
                    | "around"
                    | "about"
                    | "just"
                    | "all"
            )
        })
        .take(3)
        .collect();
    patterns.iter().any(|pattern| {
        pattern.len() <= before.len() && pattern.iter().rev().zip(&before).all(|(p, w)| p == w)
    })
}

/// Whether the count at local bytes `start..end` of `sent` is the sample
/// size: "survey of 1,204 ...", "polled 2,000", "8,310 responses",
/// "2,418 replied".
fn is_sample_count(sent: &Sent<'_>, start: usize, end: usize) -> bool {
    let after = sent.word_at(end);
    let after_ok = sent.words[after..]
        .iter()
        .take(4)
        .any(|(_, w)| SAMPLE_AFTER.contains(&w.as_ref()));
    follows(sent, start, SAMPLE_BEFORE) || after_ok
}

/// Whether a response word stands close to the figure at local bytes
/// `start..end` in the same clause: "412 out of 950 approached (43%)
/// responded", "responses came from 35 out of 42" (but not "responded,
/// from 30 out of the 45 trusts", where a comma opens another clause).
fn near_response(sent: &Sent<'_>, start: usize, end: usize) -> bool {
    let first = sent.word_at(start);
    let after = sent.word_at(end);
    let clause_gap = |from: usize, to: usize| {
        sent.text
            .get(from..to)
            .is_some_and(|gap| gap.contains([',', ';', ':', '–', '—']))
    };
    let later = sent.words[after..]
        .iter()
        .take(6)
        .find(|(_, w)| RESPONSE_WORDS.contains(&w.as_ref()));
    let later_ok = later.is_some_and(|(range, _)| !clause_gap(end, range.start));
    let earlier = sent.words[first.saturating_sub(6)..first]
        .iter()
        .rev()
        .find(|(_, w)| RESPONSE_WORDS.contains(&w.as_ref()));
    let earlier_ok = earlier.is_some_and(|(range, _)| !clause_gap(range.end, start));
    later_ok || earlier_ok
}

/// "the 9,500 GPs invited to take part": a count followed by "invited".
fn invited_after(sent: &Sent<'_>, end: usize) -> bool {
    let after = sent.word_at(end);
    sent.words[after..].iter().take(3).any(|(_, w)| {
        matches!(
            w.as_ref(),
            "invited" | "contacted" | "approached" | "emailed"
        )
    })
}

/// "a response rate of 83%", "83% response rate".
fn is_response_rate(sent: &Sent<'_>, start: usize, end: usize) -> bool {
    let first = sent.word_at(start);
    let after = sent.word_at(end);
    let before = first >= 3
        && sent.words[first - 3].1 == "response"
        && sent.words[first - 2].1 == "rate"
        && matches!(sent.words[first - 1].1.as_ref(), "of" | "was" | "is");
    let behind = sent.words.get(after).is_some_and(|(_, w)| w == "response")
        && sent.words.get(after + 1).is_some_and(|(_, w)| w == "rate");
    before || behind
}

/// "18 of the 35 boards that responded": a response verb in a relative
/// clause on the whole, within a few words after the figure.
fn responding_whole(sent: &Sent<'_>, end: usize) -> bool {
    let after = sent.word_at(end);
    sent.words[after..]
        .iter()
        .take(8)
        .collect::<Vec<_>>()
        .windows(2)
        .any(|pair| {
            matches!(pair[0].1.as_ref(), "that" | "who" | "which")
                && RESPONSE_WORDS.contains(&pair[1].1.as_ref())
        })
        || sent.words[after..]
            .iter()
            .take(5)
            .any(|(_, w)| w == "responding")
}

/// "to survey CCG leads across England" -> "CCG leads".
fn population_phrase(sent: &Sent<'_>) -> Option<String> {
    let words = &sent.words;
    // "a survey of X", "to survey X", "surveyed X", "polled X".
    let at = words.iter().enumerate().position(|(j, (_, w))| {
        let next_of = words.get(j + 1).is_some_and(|(_, n)| n == "of");
        let after_to = j > 0 && words[j - 1].1 == "to";
        match w.as_ref() {
            "survey" | "poll" => next_of || after_to,
            "surveyed" | "polled" | "questioned" | "interviewed" => true,
            _ => false,
        }
    })?;
    let mut k = at + 1;
    if words.get(k).is_some_and(|(_, w)| w == "of") {
        k += 1;
    }
    let first = words.get(k)?;
    if first.1.chars().next().is_none_or(|c| c.is_ascii_digit())
        || matches!(
            first.1.as_ref(),
            "the" | "its" | "their" | "a" | "an" | "this" | "found" | "by"
        )
    {
        return None;
    }
    let mut last = None;
    for (j, (_, w)) in words.iter().enumerate().skip(k).take(10) {
        crate::work::tick(1);
        if POPULATION_STOPS.contains(&w.as_ref()) {
            break;
        }
        last = Some(j);
    }
    let last = last?;
    let text = sent
        .text
        .get(words.get(k)?.0.start..words.get(last)?.0.end)?;
    let text = crate::normalize::collapse(text);
    (!text.is_empty()).then_some(text)
}

/// One of `nouns` among the `back` words before word `j`.
fn noun_before<T>(words: &[(T, Cow<'_, str>)], j: usize, back: usize, nouns: &[&str]) -> bool {
    words
        .get(j.saturating_sub(back)..j)
        .is_some_and(|before| before.iter().any(|(_, w)| nouns.contains(&w.as_ref())))
}

/// What the words around a name say it did for the survey.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Part {
    /// Carried it out: "conducted by Y", "commissioned Y to survey".
    Ran,
    /// Paid for or published it: "commissioned by X", "for X".
    Paid,
    /// Either: "a survey by X", "the X poll".
    Either,
}

/// Sponsor and pollster named in the survey sentences: a polling company
/// is the pollster; whoever ran it is the pollster when someone else paid
/// for it; otherwise the first body named is the sponsor.
fn organisations(sents: &[&Sent<'_>]) -> (Option<String>, Option<String>) {
    let mut named: Vec<(String, Part)> = Vec::new();
    for sent in sents {
        crate::work::tick(1);
        let words = &sent.words;
        for (j, (_, w)) in words.iter().enumerate() {
            crate::work::tick(1);
            match w.as_ref() {
                // "X commissioned Y to survey": X pays, Y runs it.
                "commissioned" if words.get(j + 1).is_some_and(|(_, n)| n != "by") => {
                    // Only a named commissioner: "locally commissioned GP
                    // services" names nobody.
                    if let Some(x) = name_before(sent, j) {
                        named.push((x, Part::Paid));
                        if let Some(y) = name_after(sent, j + 1) {
                            named.push((y, Part::Ran));
                        }
                    }
                }
                "by" if j > 0 => {
                    let prev = words[j - 1].1.as_ref();
                    let ran = matches!(prev, "out" | "conducted" | "run" | "undertaken" | "done");
                    let either = matches!(prev, "survey" | "poll" | "research" | "study");
                    // "a survey of 900 nurses by the X Alliance": a "by" a
                    // few words after the survey noun, naming a body.
                    let after_survey =
                        noun_before(words, j, 8, &["survey", "poll", "research", "study"]);
                    if let Some(y) = name_after(sent, j + 1) {
                        if prev == "commissioned" {
                            named.push((y, Part::Paid));
                        } else if ran {
                            named.push((y, Part::Ran));
                        } else if either || (after_survey && looks_like_body(&y)) {
                            named.push((y, Part::Either));
                        }
                    }
                }
                // "a poll for X", "interviews for X", "on behalf of X"
                "for" | "of" if j > 0 => {
                    let prev = words[j - 1].1.as_ref();
                    let paid = (w == "for"
                        && matches!(prev, "survey" | "poll" | "polling" | "interviews"))
                        || (w == "of" && prev == "behalf");
                    // "a poll of 412 parents for the X Trust": a "for" a few
                    // words after the survey noun, naming a body.
                    let after_survey = w == "for"
                        && noun_before(words, j, 6, &["survey", "poll", "polling", "interviews"]);
                    if let Some(x) = name_after(sent, j + 1)
                        && (paid || (after_survey && looks_like_body(&x)))
                    {
                        named.push((x, Part::Paid));
                    }
                }
                // "an X poll", "the X survey" ("GP survey" names no body)
                "survey" | "poll" => {
                    if let Some(x) = name_before(sent, j)
                        .filter(|x| x.split(' ').count() >= 2 || x.len() >= 3 || is_pollster(x))
                    {
                        named.push((x, Part::Either));
                    }
                }
                // "Y conducted 200 interviews", "Y polled 2,000 adults"
                "conducted" | "polled" | "surveyed" | "interviewed" => {
                    if let Some(y) = name_before(sent, j) {
                        named.push((y, Part::Ran));
                    }
                }
                _ => {}
            }
        }
        // A polling company named anywhere in a survey sentence.
        for (j, (_, w)) in words.iter().enumerate() {
            crate::work::tick(1);
            if POLLSTERS.contains(&w.as_ref())
                && capitalised(sent, j)
                && let Some(name) = name_after(sent, j).or_else(|| name_before(sent, j + 1))
            {
                named.push((name, Part::Ran));
            }
        }
    }
    let pays = named.iter().any(|(_, part)| *part == Part::Paid);
    let pollster = named
        .iter()
        .find(|(name, _)| is_pollster(name))
        .or_else(|| {
            named.iter().find(|(name, part)| {
                pays && *part == Part::Ran
                    && !named.iter().any(|(n, p)| n == name && *p == Part::Paid)
            })
        })
        .map(|(name, _)| name.clone());
    let sponsor = named
        .iter()
        .find(|(_, part)| *part == Part::Paid)
        .or_else(|| {
            named
                .iter()
                .find(|(name, _)| Some(name) != pollster.as_ref() && !is_pollster(name))
        })
        .map(|(name, _)| name.clone());
    (sponsor, pollster)
}

/// A name that reads as an organisation: several words, an acronym, or a
/// polling company ("Covid" alone is not one).
fn looks_like_body(name: &str) -> bool {
    name.split(' ').count() >= 2
        || (name.len() >= 2 && name.chars().all(|c| c.is_uppercase() || c.is_ascii_digit()))
        || is_pollster(name)
}

fn is_pollster(name: &str) -> bool {
    name.split([' ', '-'])
        .any(|w| POLLSTERS.contains(&w.to_lowercase().as_str()))
}

/// Whether only spaces separate word `k` from the word before it (a
/// bracket or comma ends a name).
fn spaced(sent: &Sent<'_>, k: usize) -> bool {
    let (Some(prev), Some(cur)) = (sent.words.get(k.wrapping_sub(1)), sent.words.get(k)) else {
        return false;
    };
    sent.text
        .get(prev.0.end..cur.0.start)
        .is_some_and(|gap| gap.chars().all(crate::normalize::is_space))
}

fn capitalised(sent: &Sent<'_>, j: usize) -> bool {
    sent.words
        .get(j)
        .and_then(|(range, _)| sent.text.get(range.clone()))
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase)
}

const NAME_JOINERS: &[&str] = &["of", "and", "for", "the", "&"];

/// The capitalised name starting at word `j` ("Ipsos MORI", "NHS
/// Clinical Commissioners", "King’s Fund").
fn name_after(sent: &Sent<'_>, j: usize) -> Option<String> {
    let mut j = j;
    if sent.words.get(j).is_some_and(|(_, w)| w == "the") {
        j += 1;
    }
    if !capitalised(sent, j) {
        return None;
    }
    let mut end = j;
    let mut k = j + 1;
    while k < sent.words.len() && spaced(sent, k) {
        crate::work::tick(1);
        if capitalised(sent, k) {
            end = k;
        } else if !NAME_JOINERS.contains(&sent.words[k].1.as_ref()) || !capitalised(sent, k + 1) {
            break;
        }
        k += 1;
    }
    span_text(sent, j, end)
}

/// The capitalised name ending just before word `j`, allowing an adverb
/// or auxiliary between ("NHSCC subsequently commissioned").
fn name_before(sent: &Sent<'_>, j: usize) -> Option<String> {
    let mut end = j.checked_sub(1)?;
    while matches!(
        sent.words.get(end)?.1.as_ref(),
        "subsequently" | "has" | "had" | "also" | "then" | "recently" | "new" | "latest" | "annual"
    ) {
        crate::work::tick(1);
        end = end.checked_sub(1)?;
    }
    if !capitalised(sent, end) {
        return None;
    }
    let mut start = end;
    while start > 0 && spaced(sent, start) {
        crate::work::tick(1);
        let prev = start - 1;
        if capitalised(sent, prev) {
            start = prev;
        } else if prev > 0
            && NAME_JOINERS.contains(&sent.words[prev].1.as_ref())
            && capitalised(sent, prev - 1)
        {
            start = prev - 1;
        } else {
            break;
        }
    }
    // A sentence-initial word ("The", "But") is not part of the name.
    let is_stop = |k: usize| {
        matches!(
            sent.words[k].1.as_ref(),
            "the" | "a" | "an" | "but" | "and" | "in" | "last" | "this" | "its" | "our" | "their"
        )
    };
    while start <= end && is_stop(start) {
        crate::work::tick(1);
        start += 1;
    }
    if start > end {
        return None;
    }
    span_text(sent, start, end)
}

fn span_text(sent: &Sent<'_>, first: usize, last: usize) -> Option<String> {
    let range = sent.words.get(first)?.0.start..sent.words.get(last)?.0.end;
    let text = sent.text.get(range)?;
    let text = text.trim_end_matches("’s").trim_end_matches("'s");
    (!text.is_empty()).then(|| crate::normalize::collapse(text))
}

#[cfg(test)]
mod tests {
    use crosscheck_model::Role;

    use super::*;

    fn parse(text: &str) -> Option<Survey> {
        let paras: Vec<Para<'_>> = text
            .split('\n')
            .scan(0u32, |offset, line| {
                let start = *offset;
                *offset += u32::try_from(line.len()).unwrap() + 1;
                Some((start, line))
            })
            .enumerate()
            .map(|(idx, (start, line))| Para {
                line: u32::try_from(idx + 1).unwrap(),
                start,
                text: line,
                role: Role::Body,
                sentences: &[],
            })
            .collect();
        let figures = crate::figures::figures(&paras);
        survey(&paras, &figures)
    }

    /// (sponsor, pollster, population, respondents, contacted, response rate)
    type Expected<'a> = (
        Option<&'a str>,
        Option<&'a str>,
        Option<&'a str>,
        Option<u64>,
        Option<u64>,
        Option<f64>,
    );

    fn check(text: &str, expected: Expected<'_>) {
        let got = parse(text).expect("a survey");
        assert_eq!(
            (
                got.sponsor.as_deref(),
                got.pollster.as_deref(),
                got.population.as_deref(),
                got.respondents,
                got.contacted,
                got.response_rate
            ),
            expected,
            "{text}"
        );
    }

    #[test]
    fn responded_out_of_contacted_with_rate() {
        check(
            "The union asked its branch secretaries about staffing. Some 412 out of 950 approached (43%) responded.",
            (None, None, None, Some(412), Some(950), Some(43.0)),
        );
    }
    #[test]
    fn survey_of_count_gives_population() {
        check(
            "A survey of 1,204 practice managers by the Primary Care Alliance found most were short of staff.",
            (
                Some("Primary Care Alliance"),
                None,
                Some("practice managers"),
                Some(1204),
                None,
                None,
            ),
        );
    }
    #[test]
    fn commissioned_pollster() {
        check(
            "The charity commissioned YouGov to poll carers in Wales about respite.\nYouGov polled 2,050 carers online.",
            (None, Some("YouGov"), Some("carers"), Some(2050), None, None),
        );
    }
    #[test]
    fn sponsor_commissions_pollster() {
        check(
            "Care England commissioned Savanta to survey home owners across the country.\nIn all, 318 responses were received.",
            (
                Some("Care England"),
                Some("Savanta"),
                Some("home owners"),
                Some(318),
                None,
                None,
            ),
        );
    }
    #[test]
    fn sponsor_after_the_sample() {
        check(
            "A poll of 880 commuters for the Northern Rail Users Group found most wanted later trains.",
            (
                Some("Northern Rail Users Group"),
                None,
                Some("commuters"),
                Some(880),
                None,
                None,
            ),
        );
    }
    #[test]
    fn a_purpose_after_the_sample_is_no_sponsor() {
        check(
            "A survey of 880 commuters for three weeks found most wanted later trains.",
            (None, None, Some("commuters"), Some(880), None, None),
        );
    }
    #[test]
    fn interviews_count() {
        check(
            "Opinium conducted 1,500 interviews for the Daily Example in March.",
            (
                Some("Daily Example"),
                Some("Opinium"),
                None,
                Some(1500),
                None,
                None,
            ),
        );
    }
    #[test]
    fn sent_to_and_replied_with_rate() {
        check(
            "The questionnaire went out in May. The survey was sent to 3,100 pharmacists and 1,023 replied, a response rate of 33%.",
            (None, None, None, Some(1023), Some(3100), Some(33.0)),
        );
    }
    #[test]
    fn whole_that_responded() {
        let got = parse(
            "Twelve of the 40 councils that responded to the survey said they would raise fees.",
        )
        .unwrap();
        assert_eq!(got.respondents, Some(40));
        assert_eq!(got.contacted, None);
        assert_eq!(got.shares.len(), 1, "{got:?}");
    }
    #[test]
    fn name_stops_at_bracket() {
        check(
            "A survey of 500 dentists by the Dental Practices Group (DPG) found most had closed lists.",
            (
                Some("Dental Practices Group"),
                None,
                Some("dentists"),
                Some(500),
                None,
                None,
            ),
        );
    }
    #[test]
    fn runner_and_payer() {
        check(
            "The study, run by the Midlands Health Observatory on behalf of the Rural Surgeries Forum, drew 640 responses from the 2,000 practices invited.",
            (
                Some("Rural Surgeries Forum"),
                Some("Midlands Health Observatory"),
                None,
                Some(640),
                Some(2000),
                None,
            ),
        );
    }
    #[test]
    fn exact_sample_beats_rounded() {
        let got = parse("A survey of more than 900 midwives found low morale.\nThe survey received 934 responses.").unwrap();
        assert_eq!(got.respondents, Some(934));
    }
    #[test]
    fn ratio_is_a_share_count_of_count_is_not() {
        let got = parse("A poll of 800 carers was run in June.\nOnly one in four said they had a break, and 30 out of the 45 councils asked said budgets were cut.").unwrap();
        let shares: Vec<usize> = got.shares.clone();
        assert_eq!(shares.len(), 1, "{got:?}");
    }
    #[test]
    fn a_change_is_not_a_share() {
        let got = parse("A poll of 300 councillors was published today.\nA spokesman said budgets had risen by 4.2% this year, while 56% of councillors said they were short of money.").unwrap();
        assert_eq!(got.shares.len(), 1, "{got:?}");
    }
    #[test]
    fn reported_by_the_survey() {
        let got = parse("A survey of 800 nurses was published today.\nThe survey found 38% of nurses on night shifts.").unwrap();
        assert_eq!(got.shares.len(), 1, "{got:?}");
    }
    #[test]
    fn pollster_named_outside_the_survey_sentences() {
        let got = parse("A survey of 900 carers was published by the charity today.\nThe fieldwork, done by Savanta in March, also covered Wales.").unwrap();
        assert_eq!(got.pollster.as_deref(), Some("Savanta"));
    }
    #[test]
    fn a_cause_is_not_a_sponsor() {
        check(
            "The survey of 75 hospices found services were hit by Covid in 2021.",
            (None, None, Some("hospices"), Some(75), None, None),
        );
    }
    #[test]
    fn no_survey_no_description() {
        assert!(parse("The trust cut 40 beds and 12% of its budget last year.").is_none());
    }
    #[test]
    fn shares_of_respondents() {
        let text = "A poll of 600 nurses was published today.\nAbout 62% said they planned to leave, while 30% disagreed.\nThe hospital has 40% more beds than in 2010.";
        let got = parse(text).unwrap();
        assert_eq!(got.respondents, Some(600));
        assert_eq!(got.shares.len(), 2, "{got:?}");
    }
}
