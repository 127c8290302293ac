//! One article as crosscheck understands it.
//!
//! The serde shape of [`Article`] is the JSON contract of `crosscheck
//! extract` (SCHEMA.md): the gold answer keys are a subset of it.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::Span;

/// A parsed article: its header fields, a role for every non-blank line, and
/// what was extracted from its body. Every item carries its 1-based line and
/// its byte span into the original text.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Where the text came from: a file name, a JSONL id, or `-`.
    pub source: String,
    /// The headline, trimmed and whitespace-collapsed, without a section
    /// prefix such as `NEWS:`; `None` when the article has none.
    pub headline: Option<String>,
    /// The standfirst (dek, sub-headline), when there is one.
    pub standfirst: Option<String>,
    /// Author names as printed, without "By".
    pub bylines: Vec<String>,
    /// The article's own publication date.
    pub published: Option<Date>,
    /// One entry per non-blank line, in order.
    pub lines: Vec<Line>,
    /// Attributed direct speech and writing.
    pub quotes: Vec<Quote>,
    /// Quantities stated in the headline, standfirst or body.
    pub figures: Vec<Figure>,
    /// Abbreviations defined in the text by a parenthesis.
    pub acronyms: Vec<Acronym>,
    /// People named in the text, with the roles the article gives them.
    pub people: Vec<Person>,
    /// Organisations named in the text.
    pub organisations: Vec<Organisation>,
    /// The survey the article reports, when it describes one.
    pub survey: Option<Survey>,
    /// Figures the text sets together: the answers to one question, or two
    /// shares contrasted.
    pub groups: Vec<ShareGroup>,
    /// Vague quantities given beside a number ("a majority (48%)").
    pub vague: Vec<VagueQuantity>,
    /// Sentences characterising how two parties relate.
    pub relations: Vec<Relation>,
    /// Sentences of the headline, standfirst and body lines.
    pub sentences: Vec<Sentence>,
    /// Oddities met while parsing; parsing never fails.
    pub issues: Vec<ParseIssue>,
}

impl Article {
    /// The lines with a given role.
    pub fn lines_with(&self, role: Role) -> impl Iterator<Item = &Line> {
        self.lines.iter().filter(move |line| line.role == role)
    }

    /// The role of 1-based line `line`, or `None` for a blank or missing line.
    pub fn role_of(&self, line: u32) -> Option<Role> {
        self.lines
            .binary_search_by_key(&line, |l| l.line)
            .ok()
            .map(|idx| self.lines[idx].role)
    }
}

/// A non-blank line of the input and the part it plays.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Line {
    /// 1-based line number, counting `\n`-separated lines.
    pub line: u32,
    /// What the line is.
    pub role: Role,
    /// The line's text without its line ending.
    pub span: Span,
    /// For a duplicate, the line it repeats.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duplicate_of: Option<u32>,
}

/// The part a line plays in the article (SCHEMA.md `lines[].role`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Site furniture: banners, navigation, prompts, captions, related
    /// links, comments, footers, subheadings.
    Chrome,
    /// The article's headline.
    Headline,
    /// The standfirst under the headline.
    Standfirst,
    /// The author line (it may carry the date too).
    Byline,
    /// The line carrying the article's own date.
    Dateline,
    /// The article's own prose.
    Body,
    /// A body paragraph repeating an earlier one word for word.
    Duplicate,
}

impl Role {
    /// The lower-case name used in JSON and in the text view.
    pub const fn as_str(self) -> &'static str {
        match self {
            Role::Chrome => "chrome",
            Role::Headline => "headline",
            Role::Standfirst => "standfirst",
            Role::Byline => "byline",
            Role::Dateline => "dateline",
            Role::Body => "body",
            Role::Duplicate => "duplicate",
        }
    }
}

/// A sentence of the article's own text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// 1-based line the sentence is on.
    pub line: u32,
    /// The sentence, trimmed.
    pub span: Span,
}

/// Words inside quotation marks, attributed to a source.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// 1-based line of this paragraph of the quotation.
    pub line: u32,
    /// Who or what speaks: a person's full name without honorifics, an
    /// organisation or document, the noun for an unnamed person, or `None`.
    pub speaker: Option<String>,
    /// The words inside the marks.
    pub text: String,
    /// Where the words are.
    pub span: Span,
    /// Where the attribution names the speaker, when it does in the text.
    pub speaker_span: Option<Span>,
    /// Whether this paragraph continues a quotation opened in an earlier one.
    pub continued: bool,
}

/// What kind of quantity a figure is (SCHEMA.md `figures[].kind`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum FigureKind {
    /// A percentage; the value is in percent (48.0 for "48%").
    Percent,
    /// A share; the value is a fraction in 0..=1 ("one in three").
    Proportion,
    /// A number of things or people.
    Count,
    /// An amount of money in units of the currency.
    Money,
    /// A length of time in years.
    Duration,
}

impl FigureKind {
    /// The lower-case name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            FigureKind::Percent => "percent",
            FigureKind::Proportion => "proportion",
            FigureKind::Count => "count",
            FigureKind::Money => "money",
            FigureKind::Duration => "duration",
        }
    }
}

/// How a figure is hedged (SCHEMA.md `figures[].qualifier`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Qualifier {
    /// As stated ("only" and "just" are exact).
    Exact,
    /// At least the value: over, more than, above, at least, or more.
    Over,
    /// At most the value: under, less than, almost, nearly, up to, within.
    Under,
    /// Near the value: around, about, some, roughly, approximately.
    About,
}

impl Qualifier {
    /// The lower-case name used in JSON.
    pub const fn as_str(self) -> &'static str {
        match self {
            Qualifier::Exact => "exact",
            Qualifier::Over => "over",
            Qualifier::Under => "under",
            Qualifier::About => "about",
        }
    }
}

/// A quantity stated in the text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Figure {
    /// 1-based line of the figure.
    pub line: u32,
    /// The number expression as written, without qualifier words.
    pub text: String,
    /// What kind of quantity it is.
    pub kind: FigureKind,
    /// The value, in the unit `kind` implies.
    pub value: f64,
    /// How the figure is hedged.
    pub qualifier: Qualifier,
    /// ISO 4217 currency code, for money.
    pub unit: Option<String>,
    /// Where the number expression is.
    pub span: Span,
    /// Digits written after the decimal point (48% is 0, 4.3% is 1): the
    /// precision a rounding check must honour.
    pub decimals: u8,
    /// Whether the number is written in words ("two thirds", "a million").
    pub verbal: bool,
    /// The part, for a proportion written as "273 out of 569".
    pub part: Option<f64>,
    /// The whole, for a proportion ("569" in "273 out of 569").
    pub whole: Option<f64>,
    /// What the figure quantifies, where it can be found ("CCG leads").
    pub measure: Option<String>,
    /// Index in `Article::figures` of a figure that restates this one in
    /// another form ("273 out of 569 (48%)").
    pub paired_with: Option<usize>,
}

/// An abbreviation defined by a parenthesis.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Acronym {
    /// The short form as written ("CCGs").
    pub short: String,
    /// The long form as written ("clinical commissioning groups").
    pub long: String,
    /// 1-based line of the definition.
    pub line: u32,
    /// The definition, long form and parenthesis together.
    pub span: Span,
}

/// A person named in the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Full name without honorifics ("Michael Dixon").
    pub name: String,
    /// Honorifics used with the name ("Dr", "Sir").
    pub honorifics: Vec<String>,
    /// The roles the article gives the person.
    pub roles: Vec<PersonRole>,
    /// Grammatical gender, when a pronoun or honorific tells it.
    pub gender: Option<Gender>,
    /// Where the person is named.
    pub mentions: Vec<Mention>,
}

/// A title and organisation the article gives a person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonRole {
    /// The title ("co-chair", "president", "chief executive").
    pub title: Option<String>,
    /// The organisation ("NHSCC Leadership Group").
    pub organisation: Option<String>,
    /// 1-based line where the role is given.
    pub line: u32,
    /// The words giving the role.
    pub span: Span,
}

/// Grammatical gender of a person, for resolving "he" and "she".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// he / him / his, Mr, Sir, Lord.
    Male,
    /// she / her, Mrs, Ms, Miss, Dame, Lady.
    Female,
}

/// A place where something is named.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// 1-based line.
    pub line: u32,
    /// The words.
    pub span: Span,
}

/// An organisation named in the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organisation {
    /// The name as first written in full.
    pub name: String,
    /// Its acronym, when the article defines one.
    pub acronym: Option<String>,
    /// Where it is named.
    pub mentions: Vec<Mention>,
}

/// The description of a survey or poll the article reports.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Survey {
    /// Who commissioned or published it.
    pub sponsor: Option<String>,
    /// Who carried it out (a polling company).
    pub pollster: Option<String>,
    /// Who was surveyed ("CCG managerial, clinical and financial leads").
    pub population: Option<String>,
    /// Number of respondents, the sample size n.
    pub respondents: Option<u64>,
    /// Number of people contacted.
    pub contacted: Option<u64>,
    /// Response rate in percent, as stated.
    pub response_rate: Option<f64>,
    /// Indexes in `Article::figures` of the figures that state the sample
    /// size (a count, or the part of "273 out of 569 responded"), in order.
    pub sample_figures: Vec<usize>,
    /// Indexes in `Article::figures` of the figures that are shares of the
    /// respondents ("43% of leads disagreed").
    pub shares: Vec<usize>,
    /// Where the survey is described.
    pub mentions: Vec<Mention>,
}

/// Figures that the text sets together.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareGroup {
    /// Indexes in `Article::figures`, in text order.
    pub figures: Vec<usize>,
    /// The shares answer one question ("43% disagreed and 31% agreed", a
    /// list "Support 61% / Oppose 30%"), so they cannot add up to more than
    /// 100%.
    pub answers: bool,
    /// The text contrasts the shares ("64%, while only 14%").
    pub contrast: bool,
    /// 1-based line of the first figure.
    pub line: u32,
    /// From the first figure to the last.
    pub span: Span,
}

/// A vague quantity ("a majority", "most", "a minority") given beside a
/// number, and the range of percentages it can honestly describe.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct VagueQuantity {
    /// 1-based line.
    pub line: u32,
    /// The words as written.
    pub text: String,
    /// Where they are.
    pub span: Span,
    /// Lowest percentage the words fit (inclusive).
    pub low: f64,
    /// Highest percentage the words fit (inclusive).
    pub high: f64,
    /// Index in `Article::figures` of the number beside it.
    pub figure: usize,
}

/// A sentence that characterises how two parties relate: "the boards are
/// getting in the way of the trusts" (negative), "the trusts and the
/// boards are working together well" (positive).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Relation {
    /// 1-based line.
    pub line: u32,
    /// The sentence.
    pub span: Span,
    /// The two parties, canonical and sorted, so that the same pair has
    /// the same key in every article: lower case, singular, an acronym for
    /// a body that has one ("icb", "district team").
    pub parties: [String; 2],
    /// How the sentence says they relate.
    pub stance: Stance,
    /// The words that carry the stance ("working together well").
    pub cue: String,
    /// Who says so: the speaker of a quotation, the subject of a claim
    /// ("commissioning leaders have claimed"), or `None` when the article
    /// says it in its own voice.
    pub source: Option<String>,
}

/// Whether a relationship is described as working or not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// Working together, cooperating, effective.
    Positive,
    /// Getting in the way, making things harder, controlling, distant.
    Negative,
}

/// Something odd met while parsing. Parsing never fails; it says what it
/// could not make sense of.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ParseIssue {
    /// 1-based line.
    pub line: u32,
    /// The words concerned.
    pub span: Span,
    /// What is odd, in lower case.
    pub message: String,
}
