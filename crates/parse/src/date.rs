//! Dates as newsrooms print them, and whole date lines.
//!
//! `Thursday, 05 December 2013`, `5 Dec 2013`, `5th December 2013`,
//! `December 5, 2013`, `2013-12-05`, `05/12/2013` (day first),
//! `Published: 5 December 2013 10:32`, `Updated 6 Dec 2013, 09:15 GMT`.

use jiff::civil::Date;
use nom::{
    IResult, Parser,
    branch::alt,
    bytes::complete::{tag, tag_no_case, take_while, take_while_m_n, take_while1},
    character::complete::{char, one_of},
    combinator::{all_consuming, cut, eof, map_opt, not, opt, peek, recognize, value},
    error::context,
    multi::many0,
    sequence::{preceded, terminated},
};

use crate::normalize::is_space;

/// What a date line says its date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Stamp {
    /// "Published", "Posted", "First published", or no label.
    Published,
    /// "Updated", "Last updated", "Modified".
    Updated,
}

/// A line that is nothing but one or more dates (with labels and times).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DateLine {
    /// The dates in order, each with its label.
    pub(crate) dates: Vec<(Stamp, Date)>,
}

/// The publication date among dates read in order: the first unlabelled
/// or "Published" one, else the first "Updated" one.
pub(crate) fn publication_date(dates: &[(Stamp, Date)]) -> Option<Date> {
    dates
        .iter()
        .find(|(stamp, _)| *stamp == Stamp::Published)
        .or_else(|| dates.first())
        .map(|&(_, date)| date)
}

/// The outcome of reading a line as a date line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum DateLineParse {
    /// The whole line is dates.
    Date(DateLine),
    /// The line starts with a date label ("Published:") but the date after
    /// it is not understood.
    Garbled,
    /// Not a date line.
    No,
}

type Res<'a, T> = IResult<&'a str, T>;

/// Read a whole line as a date line.
pub(crate) fn date_line(line: &str) -> DateLineParse {
    // Every date has a digit: a line without one can at most be a label
    // with a date that is not understood ("Published: yesterday").
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        let labelled = (take_while(is_space), label, ws, char(':'))
            .parse(line)
            .is_ok();
        return if labelled {
            DateLineParse::Garbled
        } else {
            DateLineParse::No
        };
    }
    match all_consuming(context("dateline", date_line_grammar)).parse(line) {
        Ok((_, dates)) => DateLineParse::Date(DateLine { dates }),
        Err(nom::Err::Failure(_)) => DateLineParse::Garbled,
        Err(_) => DateLineParse::No,
    }
}

/// The first date found anywhere in `text`, with its byte range.
pub(crate) fn find_date(text: &str) -> Option<(std::ops::Range<usize>, Date)> {
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut offset = 0;
    let mut rest = text;
    while !rest.is_empty() {
        crate::work::tick(1);
        // A date starts at a word start: a digit, or a letter after a
        // non-alphanumeric character; every form of [`date`] opens with an
        // ASCII digit or letter.
        let may_open = rest
            .as_bytes()
            .first()
            .is_some_and(u8::is_ascii_alphanumeric);
        let at_word_start = may_open
            && text
                .get(..offset)
                .and_then(|before| before.chars().next_back())
                .is_none_or(|c| !c.is_alphanumeric());
        if at_word_start && let Ok((after, date)) = date.parse(rest) {
            let end = offset + (rest.len() - after.len());
            return Some((offset..end, date));
        }
        let step = rest.chars().next().map_or(1, char::len_utf8);
        offset += step;
        rest = text.get(offset..)?;
    }
    None
}

fn ws(input: &str) -> Res<'_, &str> {
    take_while(is_space).parse(input)
}

fn ws1(input: &str) -> Res<'_, &str> {
    take_while1(is_space).parse(input)
}

fn date_line_grammar(input: &str) -> Res<'_, Vec<(Stamp, Date)>> {
    let (input, _) = ws(input)?;
    let (input, first) = labelled_stamp(input)?;
    let (input, more) = many0(preceded(separator, labelled_stamp)).parse(input)?;
    let (input, _) = opt(preceded(separator, reading_time)).parse(input)?;
    let (input, _) = (ws, opt(one_of(".,;|")), ws, eof).parse(input)?;
    let mut dates = vec![first];
    dates.extend(more);
    Ok((input, dates))
}

/// `Published: <stamp>`. After a label and a colon the prefix is committed:
/// the stamp is required (`cut`), so a garbled date is told apart from
/// prose that merely starts with "Posted".
fn labelled_stamp(input: &str) -> Res<'_, (Stamp, Date)> {
    let (input, label) = opt((label, label_end)).parse(input)?;
    match label {
        Some((stamp, true)) => {
            let (input, date) = cut(context("date after label", stamp_date)).parse(input)?;
            Ok((input, (stamp, date)))
        }
        Some((stamp, false)) => {
            let (input, date) = stamp_date(input)?;
            Ok((input, (stamp, date)))
        }
        None => {
            let (input, date) = stamp_date(input)?;
            Ok((input, (Stamp::Published, date)))
        }
    }
}

fn label(input: &str) -> Res<'_, Stamp> {
    alt((
        value(
            Stamp::Updated,
            alt((
                tag_no_case("last updated"),
                tag_no_case("last modified"),
                tag_no_case("updated"),
                tag_no_case("modified"),
            )),
        ),
        value(
            Stamp::Published,
            alt((
                tag_no_case("first published"),
                tag_no_case("published"),
                tag_no_case("posted"),
                tag_no_case("date"),
            )),
        ),
    ))
    .parse(input)
}

/// What follows a label: a colon (true: committed) or a space, "on", "at".
fn label_end(input: &str) -> Res<'_, bool> {
    alt((
        value(true, (ws, char(':'), ws)),
        value(
            false,
            (ws1, opt((alt((tag_no_case("on"), tag_no_case("at"))), ws1))),
        ),
    ))
    .parse(input)
}

/// A date with an optional weekday before it and an optional time before
/// or after it.
fn stamp_date(input: &str) -> Res<'_, Date> {
    alt((
        // 10:32 GMT, 5 December 2013 / 10:32 on Thursday 5 December 2013
        preceded(
            (time, ws, opt(char(',')), ws, opt((tag_no_case("on"), ws1))),
            weekday_date,
        ),
        terminated(
            weekday_date,
            opt(preceded(
                (
                    ws,
                    opt(alt((
                        tag(","),
                        tag("-"),
                        tag("–"),
                        tag("|"),
                        tag("•"),
                        tag("·"),
                        tag_no_case("at"),
                    ))),
                    ws,
                ),
                time,
            )),
        ),
    ))
    .parse(input)
}

/// "6 min read", "(4 minute read)".
fn reading_time(input: &str) -> Res<'_, ()> {
    let (input, _) = (
        opt(char('(')),
        digits(1, 3),
        ws1,
        alt((
            tag_no_case("minutes"),
            tag_no_case("minute"),
            tag_no_case("mins"),
            tag_no_case("min"),
        )),
        ws1,
        tag_no_case("read"),
        opt(char(')')),
    )
        .parse(input)?;
    Ok((input, ()))
}

fn separator(input: &str) -> Res<'_, ()> {
    let (input, _) = alt((
        recognize((ws, one_of("|•·/–—,;"), ws)),
        recognize((ws, char('-'), ws1)),
        ws1,
    ))
    .parse(input)?;
    Ok((input, ()))
}

fn weekday_date(input: &str) -> Res<'_, Date> {
    preceded(opt((weekday, opt(char(',')), ws1)), date).parse(input)
}

/// A calendar date in any of the accepted shapes.
pub(crate) fn date(input: &str) -> Res<'_, Date> {
    alt((iso_date, day_month_year, month_day_year, numeric_dmy)).parse(input)
}

fn digits(min: usize, max: usize) -> impl FnMut(&str) -> Res<'_, u32> {
    move |input| {
        map_opt(
            terminated(
                take_while_m_n(min, max, |c: char| c.is_ascii_digit()),
                not(peek(one_of("0123456789"))),
            ),
            |s: &str| s.parse::<u32>().ok(),
        )
        .parse(input)
    }
}

fn make_date(year: u32, month: u32, day: u32) -> Option<Date> {
    let year = i16::try_from(year).ok()?;
    let month = i8::try_from(month).ok()?;
    let day = i8::try_from(day).ok()?;
    Date::new(year, month, day).ok()
}

/// 2013-12-05 (optionally followed by a `T` time, which is not read).
fn iso_date(input: &str) -> Res<'_, Date> {
    map_opt(
        (
            digits(4, 4),
            char('-'),
            digits(2, 2),
            char('-'),
            digits(2, 2),
        ),
        |(y, _, m, _, d)| make_date(y, m, d),
    )
    .parse(input)
}

/// 05/12/2013, 5.12.2013, 05-12-2013: day first, as UK newsrooms write.
fn numeric_dmy(input: &str) -> Res<'_, Date> {
    let (input, day) = digits(1, 2)(input)?;
    let (input, sep) = one_of("/.-").parse(input)?;
    let (input, month) = digits(1, 2)(input)?;
    let (input, _) = char(sep).parse(input)?;
    let (input, year) = digits(4, 4)(input)?;
    match make_date(year, month, day) {
        Some(date) => Ok((input, date)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Verify,
        ))),
    }
}

/// 5 December 2013, 05 Dec 2013, 5th Dec. 2013, 5 December, 2013.
fn day_month_year(input: &str) -> Res<'_, Date> {
    map_opt(
        (
            day,
            ws1,
            opt((tag_no_case("of"), ws1)),
            month,
            opt(char(',')),
            ws1,
            digits(4, 4),
        ),
        |(d, _, _, m, _, _, y)| make_date(y, m, d),
    )
    .parse(input)
}

/// December 5, 2013, Dec. 5 2013, December 5th, 2013.
fn month_day_year(input: &str) -> Res<'_, Date> {
    map_opt(
        (month, ws1, day, opt(char(',')), ws1, digits(4, 4)),
        |(m, _, d, _, _, y)| make_date(y, m, d),
    )
    .parse(input)
}

fn day(input: &str) -> Res<'_, u32> {
    terminated(
        digits(1, 2),
        opt(alt((
            tag_no_case("st"),
            tag_no_case("nd"),
            tag_no_case("rd"),
            tag_no_case("th"),
        ))),
    )
    .parse(input)
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month name, full or abbreviated to three letters (or "Sept"), with an
/// optional full stop after an abbreviation.
fn month(input: &str) -> Res<'_, u32> {
    let (rest, word) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(input)?;
    // Compared case aside in place: tried at every word of a short line.
    let found = MONTHS.iter().zip(1u32..).find_map(|(name, number)| {
        let full = name.eq_ignore_ascii_case(word);
        let abbrev = (word.len() == 3 || word.eq_ignore_ascii_case("sept"))
            && name
                .get(..word.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(word));
        (full || abbrev).then_some((number, full))
    });
    match found {
        Some((number, full)) => {
            let (rest, _) = if full {
                (rest, None)
            } else {
                opt(char('.')).parse(rest)?
            };
            Ok((rest, number))
        }
        None => Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

fn weekday(input: &str) -> Res<'_, ()> {
    let (rest, word) = take_while1(|c: char| c.is_ascii_alphabetic()).parse(input)?;
    let known = WEEKDAYS.iter().any(|day| {
        day.eq_ignore_ascii_case(word)
            || ((3..=4).contains(&word.len())
                && day
                    .get(..word.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(word)))
    });
    if known {
        let (rest, _) = opt(char('.')).parse(rest)?;
        Ok((rest, ()))
    } else {
        Err(nom::Err::Error(nom::error::Error::new(
            input,
            nom::error::ErrorKind::Tag,
        )))
    }
}

/// 10:32, 10:32:05, 10.32am, 10am, 10:32 GMT, 9:15 p.m. BST. A bare
/// number is not a time ("4 min read").
fn time(input: &str) -> Res<'_, ()> {
    let ampm = || {
        alt((
            tag_no_case("a.m."),
            tag_no_case("p.m."),
            tag_no_case("am"),
            tag_no_case("pm"),
        ))
    };
    let (input, _) = (
        alt((
            recognize((
                digits(1, 2),
                one_of(":."),
                digits(2, 2),
                opt((char(':'), digits(2, 2))),
                opt(preceded(ws, ampm())),
            )),
            recognize((digits(1, 2), ws, ampm())),
        )),
        opt(preceded(ws1, timezone)),
    )
        .parse(input)?;
    Ok((input, ()))
}

fn timezone(input: &str) -> Res<'_, &str> {
    alt((
        recognize((
            char('('),
            take_while1(|c: char| c.is_ascii_uppercase()),
            char(')'),
        )),
        recognize((
            alt((tag("GMT"), tag("UTC"))),
            opt((
                one_of("+-"),
                take_while1(|c: char| c.is_ascii_digit() || c == ':'),
            )),
        )),
        recognize((one_of("+-"), digits(2, 2), opt(char(':')), digits(2, 2))),
        alt((
            tag("BST"),
            tag("CET"),
            tag("CEST"),
            tag("EST"),
            tag("EDT"),
            tag("CST"),
            tag("CDT"),
            tag("PST"),
            tag("PDT"),
            tag("IST"),
        )),
    ))
    .parse(input)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i16, m: i8, d: i8) -> Date {
        Date::new(y, m, d).unwrap()
    }

    /// A whole line read as a date line, giving its publication date.
    fn check(line: &str, expected: Option<Date>) {
        let got = match date_line(line) {
            DateLineParse::Date(dl) => publication_date(&dl.dates),
            _ => None,
        };
        assert_eq!(got, expected, "{line:?}");
    }

    #[test]
    fn weekday_day_month_year() {
        check("Thursday, 05 December 2013", Some(ymd(2013, 12, 5)));
    }
    #[test]
    fn short_month() {
        check("5 Dec 2013", Some(ymd(2013, 12, 5)));
    }
    #[test]
    fn abbreviated_month_with_stop() {
        check("Tue 14 Sept. 2021", Some(ymd(2021, 9, 14)));
    }
    #[test]
    fn ordinal_day() {
        check("21st March 2019", Some(ymd(2019, 3, 21)));
    }
    #[test]
    fn us_order() {
        check("December 5, 2013", Some(ymd(2013, 12, 5)));
    }
    #[test]
    fn us_order_abbreviated() {
        check("Mar. 7, 2024", Some(ymd(2024, 3, 7)));
    }
    #[test]
    fn iso() {
        check("2013-12-05", Some(ymd(2013, 12, 5)));
    }
    #[test]
    fn numeric_day_first() {
        check("05/12/2013", Some(ymd(2013, 12, 5)));
    }
    #[test]
    fn numeric_dots() {
        check("1.2.2020", Some(ymd(2020, 2, 1)));
    }
    #[test]
    fn numeric_impossible() {
        check("31/02/2020", None);
    }
    #[test]
    fn published_label_and_time() {
        check("Published: 5 December 2013 10:32", Some(ymd(2013, 12, 5)));
    }
    #[test]
    fn published_and_updated() {
        check(
            "Published 5 December 2013 | Updated 6 December 2013, 09:15 GMT",
            Some(ymd(2013, 12, 5)),
        );
    }
    #[test]
    fn updated_only() {
        check(
            "Last updated on 2 May 2022 at 16:40 BST",
            Some(ymd(2022, 5, 2)),
        );
    }
    #[test]
    fn reading_time_after_date() {
        check("15 March 2020 · 4 min read", Some(ymd(2020, 3, 15)));
    }
    #[test]
    fn bullet_before_time() {
        check("2 June 2021 • 8:15am", Some(ymd(2021, 6, 2)));
    }
    #[test]
    fn time_first() {
        check(
            "10:32 GMT, Thursday 5 December 2013",
            Some(ymd(2013, 12, 5)),
        );
    }
    #[test]
    fn nbsp_inside() {
        check("5\u{A0}December\u{A0}2013", Some(ymd(2013, 12, 5)));
    }
    #[test]
    fn surrounding_space() {
        check("  June 30, 2020 ", Some(ymd(2020, 6, 30)));
    }
    #[test]
    fn prose_is_not_a_date_line() {
        check("The board met on 5 December 2013 to agree cuts.", None);
    }
    #[test]
    fn month_and_year_only() {
        check("December 2013", None);
    }
    #[test]
    fn year_is_not_a_date() {
        check("2013", None);
    }
    #[test]
    fn label_without_date_is_garbled() {
        assert_eq!(date_line("Published: yesterday"), DateLineParse::Garbled);
        assert_eq!(
            date_line("Published: 45 Smarch 2013"),
            DateLineParse::Garbled
        );
    }
    #[test]
    fn label_word_in_prose_is_not_garbled() {
        assert_eq!(
            date_line("Posted items must arrive by Friday"),
            DateLineParse::No
        );
        assert_eq!(date_line("Dated ideas"), DateLineParse::No);
    }
    #[test]
    fn find_date_inside_text() {
        let text = "Mark Smith 07 March 2019";
        let (range, date) = find_date(text).unwrap();
        assert_eq!(date, ymd(2019, 3, 7));
        assert_eq!(text.get(range), Some("07 March 2019"));
        assert!(find_date("Room 101 was shut in 2019").is_none());
        assert!(find_date("x12/05/2013").is_none());
    }
}
