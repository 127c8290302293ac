//! The number grammar behind figures, written with nom.
//!
//! - numerals: `273`, `15,560`, `4.3`, `0.5`;
//! - number words up to "nine hundred and ninety-nine": `three`,
//!   `twenty-five`, `ninety nine`, `one hundred and twenty`;
//! - scales: `5m`, `1.5bn`, `20k`, `2 million`, `two billion`, `a million`,
//!   `half a million`, `a dozen`, and `two and a half`;
//! - fractions in words: `half`, `a third`, `one quarter`, `two thirds`,
//!   `three-quarters`.
//!
//! Every word is matched whole (`ten` never matches the start of `tend`),
//! and whitespace between words is one to three [`is_space`] characters, so
//! a parse looks only a bounded distance past the last thing it consumed.

use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{take_while_m_n, take_while1},
    character::complete::{char, digit1, one_of, satisfy},
    combinator::{map, map_opt, not, opt, recognize, value, verify},
    multi::many0_count,
    sequence::preceded,
};

type Res<'a, T> = IResult<&'a str, T>;

/// A number as written in the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Number {
    /// The value, scale included (`1.5bn` is 1.5e9, `a dozen` is 12).
    pub value: f64,
    /// Digits written after the decimal point (`4.3` has 1).
    pub decimals: u8,
    /// Whether the number is written in words (`two`, `a million`).
    pub verbal: bool,
    /// Whether a scale multiplied it (`5m`, `2 million`, `a dozen`).
    pub scaled: bool,
    /// Whether it is bare digits: no separator, decimals or scale (`2013`).
    pub plain: bool,
    /// The scale that multiplied it, 1 when none (`5m` has 1e6).
    pub scale: f64,
}

/// How the numerator of a fraction in words is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Numerator {
    /// No numerator: `half`.
    Implicit,
    /// `a`, `an` or `one`: `a third`, `one quarter`.
    One,
    /// Two or more: `two thirds`, `three-quarters`.
    Many,
}

/// A fraction written in words.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fraction {
    /// The value as a fraction of one (`two thirds` is 0.666...).
    pub value: f64,
    /// How the numerator is written.
    pub numerator: Numerator,
}

pub use crate::normalize::is_space;

/// One to three spaces between two words.
pub fn sp(input: &str) -> Res<'_, &str> {
    take_while_m_n(1, 3, is_space).parse(input)
}

/// A hyphen joining two words: ASCII, U+2010 or the non-breaking U+2011.
pub fn hyphen(input: &str) -> Res<'_, char> {
    one_of("-\u{2010}\u{2011}").parse(input)
}

/// A whole run of ASCII letters.
pub fn word(input: &str) -> Res<'_, &str> {
    take_while1(|c: char| c.is_ascii_alphabetic()).parse(input)
}

/// The whole word `expected`, in any case.
pub fn keyword<'a>(
    expected: &'static str,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    verify(word, move |w: &str| w.eq_ignore_ascii_case(expected))
}

fn lookup<T: Copy>(table: &[(&str, T)], w: &str) -> Option<T> {
    table
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
        .map(|&(_, v)| v)
}

const UNITS: &[(&str, u32)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
];

const TEENS: &[(&str, u32)] = &[
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
];

const TENS: &[(&str, u32)] = &[
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// Scale words after a number: `2 million`, `three thousand`, `two dozen`.
const SCALE_WORDS: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
    ("dozen", 12.0),
];

/// Scale suffixes written against a numeral: `5m`, `1.5bn`, `20k`.
const SCALE_SUFFIXES: &[(&str, f64)] = &[
    ("k", 1e3),
    ("m", 1e6),
    ("mn", 1e6),
    ("bn", 1e9),
    ("tn", 1e12),
    ("thousand", 1e3),
    ("million", 1e6),
    ("billion", 1e9),
    ("trillion", 1e12),
];

/// Denominators in words, singular and plural.
const DENOMINATORS: &[(&str, u32)] = &[
    ("half", 2),
    ("halves", 2),
    ("third", 3),
    ("thirds", 3),
    ("quarter", 4),
    ("quarters", 4),
    ("fifth", 5),
    ("fifths", 5),
    ("sixth", 6),
    ("sixths", 6),
    ("seventh", 7),
    ("sevenths", 7),
    ("eighth", 8),
    ("eighths", 8),
    ("ninth", 9),
    ("ninths", 9),
    ("tenth", 10),
    ("tenths", 10),
];

/// Whether `w` can start a number or fraction in words; the scanner parses
/// only at such words.
pub fn is_number_word(w: &str) -> bool {
    let all = [UNITS, TEENS, TENS];
    all.iter().any(|table| lookup(table, w).is_some())
        || ["a", "an", "half"]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(w))
}

/// A numeral: digits with optional thousands separators (`15,560`; only
/// after a first group of one to three digits) and decimals (`4.3`).
pub fn numeral(input: &str) -> Res<'_, Number> {
    let group = (
        char(','),
        take_while_m_n(3, 3, |c: char| c.is_ascii_digit()),
        not(satisfy(|c: char| c.is_ascii_digit())),
    );
    let (rest, int_part) = digit1(input)?;
    let (rest, groups) = if int_part.len() <= 3 {
        recognize(many0_count(group)).parse(rest)?
    } else {
        (rest, "")
    };
    let (rest, fraction) = opt(preceded(char('.'), digit1)).parse(rest)?;
    let too_long = int_part.len() + groups.len() > 24 || fraction.is_some_and(|f| f.len() > 12);
    if too_long {
        return Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::TooLarge,
        )));
    }
    // Accumulate the digits without allocating: exact up to 2^53 (fifteen
    // digits, more than any figure in the news has); the caps above keep
    // longer runs from being read as numbers at all.
    let whole = int_part
        .bytes()
        .chain(groups.bytes())
        .filter(u8::is_ascii_digit)
        .fold(0.0_f64, |acc, b| acc * 10.0 + f64::from(b - b'0'));
    let value = match fraction {
        Some(f) => {
            let scale = 10f64.powi(i32::try_from(f.len()).unwrap_or(12));
            let frac = f
                .bytes()
                .fold(0.0_f64, |acc, b| acc * 10.0 + f64::from(b - b'0'));
            (whole * scale + frac) / scale
        }
        None => whole,
    };
    let decimals = fraction.map_or(0, |f| u8::try_from(f.len()).unwrap_or(u8::MAX));
    let number = Number {
        value,
        decimals,
        verbal: false,
        scaled: false,
        plain: groups.is_empty() && fraction.is_none(),
        scale: 1.0,
    };
    Ok((rest, number))
}

fn unit_word(input: &str) -> Res<'_, u32> {
    map_opt(word, |w| lookup(UNITS, w)).parse(input)
}

fn below_hundred(input: &str) -> Res<'_, u32> {
    alt((
        map(
            (
                map_opt(word, |w| lookup(TENS, w)),
                opt(preceded(alt((map(hyphen, |_| ""), sp)), unit_word)),
            ),
            |(tens, unit)| tens + unit.unwrap_or(0),
        ),
        map_opt(word, |w| lookup(TEENS, w)),
        unit_word,
    ))
    .parse(input)
}

fn below_thousand(input: &str) -> Res<'_, u32> {
    alt((
        map(
            (
                unit_word,
                sp,
                keyword("hundred"),
                opt(preceded((sp, opt((keyword("and"), sp))), below_hundred)),
            ),
            |(hundreds, _, _, rest)| hundreds * 100 + rest.unwrap_or(0),
        ),
        below_hundred,
    ))
    .parse(input)
}

/// A cardinal in words, up to "nine hundred and ninety-nine".
pub fn cardinal(input: &str) -> Res<'_, Number> {
    map(below_thousand, |n| Number {
        value: f64::from(n),
        decimals: 0,
        verbal: true,
        scaled: false,
        plain: false,
        scale: 1.0,
    })
    .parse(input)
}

fn scale_word(input: &str) -> Res<'_, f64> {
    map_opt(word, |w| lookup(SCALE_WORDS, w)).parse(input)
}

/// `a million`, `a dozen`, `a hundred`, `half a million`.
fn article_scale(input: &str) -> Res<'_, Number> {
    let (rest, (times, _, scale)) = (
        alt((
            value(1.0, keyword("a")),
            value(0.5, (keyword("half"), sp, keyword("a"))),
        )),
        sp,
        alt((value(100.0, keyword("hundred")), scale_word)),
    )
        .parse(input)?;
    let number = Number {
        value: times * scale,
        decimals: 0,
        verbal: true,
        scaled: true,
        plain: false,
        scale,
    };
    Ok((rest, number))
}

/// `and a half`, `and a quarter` after a whole number.
pub fn and_a_fraction(input: &str) -> Res<'_, f64> {
    preceded(
        (sp, keyword("and"), sp, keyword("a"), sp),
        alt((value(0.5, keyword("half")), value(0.25, keyword("quarter")))),
    )
    .parse(input)
}

/// A number: a numeral or cardinal with an optional `and a half` and scale,
/// or `a million` / `half a billion` / `a dozen`.
pub fn number(input: &str) -> Res<'_, Number> {
    if let Ok(done) = article_scale(input) {
        return Ok(done);
    }
    let (rest, mut base) = alt((numeral, cardinal)).parse(input)?;
    let (rest, extra) = opt(and_a_fraction).parse(rest)?;
    if let Some(extra) = extra {
        base.value += extra;
        base.plain = false;
    }
    let verbal = base.verbal;
    let suffix = |i| {
        if verbal {
            preceded(sp, scale_word).parse(i)
        } else {
            alt((
                map_opt(word, |w| lookup(SCALE_SUFFIXES, w)),
                preceded(sp, scale_word),
            ))
            .parse(i)
        }
    };
    let (rest, scale) = opt(suffix).parse(rest)?;
    if let Some(scale) = scale {
        // Round to the precision written, so that 4.1 million is 4100000
        // and not 4099999.9999999995.
        // The base is rounded to its written places first (plus two for
        // "and a quarter"), then scaled: both steps are exact for news
        // figures.
        let places = 10f64.powi(i32::from(base.decimals) + 2);
        base.value = (base.value * places).round() * scale / places;
        base.scale = scale;
        base.scaled = true;
        base.plain = false;
    }
    Ok((rest, base))
}

/// A fraction in words: `half`, `a third`, `one quarter`, `two thirds`,
/// `three-quarters`. Values above one (`three halves`) are refused.
pub fn fraction(input: &str) -> Res<'_, Fraction> {
    let numerator = alt((
        value(
            (1, Numerator::One),
            alt((keyword("a"), keyword("an"), keyword("one"))),
        ),
        map(verify(unit_word, |n| *n >= 2), |n| (n, Numerator::Many)),
        value((10, Numerator::Many), keyword("ten")),
    ));
    let written = map(
        (
            numerator,
            alt((sp, map(hyphen, |_| "-"))),
            map_opt(word, |w| lookup(DENOMINATORS, w)),
        ),
        |((n, numerator), _, d)| Fraction {
            value: f64::from(n) / f64::from(d),
            numerator,
        },
    );
    let half = value(
        Fraction {
            value: 0.5,
            numerator: Numerator::Implicit,
        },
        keyword("half"),
    );
    verify(alt((written, half)), |f: &Fraction| f.value <= 1.0).parse(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(value, decimals, verbal, consumed text)` of [`number`] at the start of `input`.
    fn check(input: &str, expected: Option<(f64, u8, bool, &str)>) {
        let got = number(input).ok().map(|(rest, n)| {
            let used = input.len() - rest.len();
            (
                n.value,
                n.decimals,
                n.verbal,
                input.get(..used).unwrap_or_default(),
            )
        });
        match (got, expected) {
            (Some(g), Some(e)) => {
                assert!(
                    (g.0 - e.0).abs() <= e.0.abs() * 1e-9,
                    "{input:?}: value {} != {}",
                    g.0,
                    e.0
                );
                assert_eq!((g.1, g.2, g.3), (e.1, e.2, e.3), "{input:?}");
            }
            (g, e) => assert_eq!(g.is_some(), e.is_some(), "{input:?}: got {g:?}"),
        }
    }

    fn check_fraction(input: &str, expected: Option<f64>) {
        let got = fraction(input).ok().map(|(_, f)| f.value);
        match (got, expected) {
            (Some(g), Some(e)) => assert!((g - e).abs() < 1e-9, "{input:?}: {g} != {e}"),
            (g, e) => assert_eq!(g, e, "{input:?}"),
        }
    }

    #[test]
    fn plain_digits() {
        check("712 nurses", Some((712.0, 0, false, "712")));
    }
    #[test]
    fn thousands_separator() {
        check("12,345 visits", Some((12345.0, 0, false, "12,345")));
    }
    #[test]
    fn list_comma_is_not_a_separator() {
        check("3,14", Some((3.0, 0, false, "3")));
    }
    #[test]
    fn decimals() {
        check("7.25 more", Some((7.25, 2, false, "7.25")));
    }
    #[test]
    fn sentence_full_stop() {
        check("81.", Some((81.0, 0, false, "81")));
    }
    #[test]
    fn suffix_bn() {
        check("2.4bn spent", Some((2.4e9, 1, false, "2.4bn")));
    }
    #[test]
    fn suffix_m() {
        check("12m", Some((12e6, 0, false, "12m")));
    }
    #[test]
    fn suffix_k() {
        check("40k", Some((40e3, 0, false, "40k")));
    }
    #[test]
    fn no_suffix_inside_word() {
        check("5mg", Some((5.0, 0, false, "5")));
    }
    #[test]
    fn spaced_scale() {
        check("3.2 million", Some((3.2e6, 1, false, "3.2 million")));
    }
    #[test]
    fn word_unit() {
        check("seven", Some((7.0, 0, true, "seven")));
    }
    #[test]
    fn word_teen() {
        check("Fourteen", Some((14.0, 0, true, "Fourteen")));
    }
    #[test]
    fn word_compound_hyphen() {
        check("sixty-two", Some((62.0, 0, true, "sixty-two")));
    }
    #[test]
    fn word_compound_space() {
        check("eighty one", Some((81.0, 0, true, "eighty one")));
    }
    #[test]
    fn word_hundreds() {
        check(
            "three hundred and six",
            Some((306.0, 0, true, "three hundred and six")),
        );
    }
    #[test]
    fn word_hundreds_noun() {
        check("two hundred beds", Some((200.0, 0, true, "two hundred")));
    }
    #[test]
    fn word_scale() {
        check("four billion", Some((4e9, 0, true, "four billion")));
    }
    #[test]
    fn article_million() {
        check("a million", Some((1e6, 0, true, "a million")));
    }
    #[test]
    fn article_dozen() {
        check("a dozen", Some((12.0, 0, true, "a dozen")));
    }
    #[test]
    fn half_a_billion() {
        check("half a billion", Some((5e8, 0, true, "half a billion")));
    }
    #[test]
    fn scaled_decimal_is_exact() {
        check("4.1 million", Some((4_100_000.0, 1, false, "4.1 million")));
    }
    #[test]
    fn two_dozen() {
        check("two dozen", Some((24.0, 0, true, "two dozen")));
    }
    #[test]
    fn and_a_half() {
        check("three and a half", Some((3.5, 0, true, "three and a half")));
    }
    #[test]
    fn not_a_prefix_of_a_word() {
        check("tend", None);
    }
    #[test]
    fn ordinal_word_is_no_number() {
        check("seventh", None);
    }
    #[test]
    fn bare_article() {
        check("a report", None);
    }
    #[test]
    fn very_long_digit_run() {
        check(&"9".repeat(40), None);
    }
    #[test]
    fn fraction_two_thirds() {
        check_fraction("two thirds", Some(2.0 / 3.0));
    }
    #[test]
    fn fraction_hyphen() {
        check_fraction("three-quarters", Some(0.75));
    }
    #[test]
    fn fraction_a_fifth() {
        check_fraction("a fifth", Some(0.2));
    }
    #[test]
    fn fraction_half() {
        check_fraction("half", Some(0.5));
    }
    #[test]
    fn fraction_over_one() {
        check_fraction("five quarters", None);
    }
    #[test]
    fn fraction_ordinal() {
        check_fraction("the third", None);
    }
}
