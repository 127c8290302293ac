//! Honest arithmetic: what a stated figure can mean.
//!
//! "48%" means [47.5, 48.5]; "4.3%" means [4.25, 4.35]; "over 40%" means
//! at least 39.5; "almost 40%" at most 40.5; "around 40%" 37.5 to 42.5.
//! A check fires only when no reading consistent with rounding and
//! qualifiers makes the claim true, so bounds here are generous.

use crosscheck_model::{Figure, FigureKind, Qualifier};

/// Slack for floating-point noise when comparing bounds.
pub(crate) const EPS: f64 = 1e-9;

/// A closed interval of values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Interval {
    pub(crate) lo: f64,
    pub(crate) hi: f64,
}

impl Interval {
    pub(crate) fn new(lo: f64, hi: f64) -> Self {
        Interval {
            lo: lo.min(hi),
            hi: lo.max(hi),
        }
    }

    pub(crate) fn point(value: f64) -> Self {
        Interval {
            lo: value,
            hi: value,
        }
    }

    #[cfg(test)]
    pub(crate) fn contains(self, value: f64) -> bool {
        self.lo - EPS <= value && value <= self.hi + EPS
    }

    /// Whether `other` lies inside `self`.
    pub(crate) fn includes(self, other: Interval) -> bool {
        self.lo - EPS <= other.lo && other.hi <= self.hi + EPS
    }

    pub(crate) fn meets(self, other: Interval) -> bool {
        self.lo - EPS <= other.hi && other.lo - EPS <= self.hi
    }

    /// Widen by a relative factor on each side ("some 273": about 273).
    pub(crate) fn widen_relative(self, factor: f64) -> Self {
        Interval::new(self.lo * (1.0 - factor), self.hi * (1.0 + factor))
    }

    /// Apply a qualifier to a rounded interval, with `cap` the largest
    /// possible value (100 for shares, infinity for counts) and `about` the
    /// half-width an "around" adds.
    pub(crate) fn qualified(self, qualifier: Qualifier, cap: f64, about: f64) -> Self {
        match qualifier {
            Qualifier::Exact => self,
            Qualifier::Over => Interval::new(self.lo, cap),
            Qualifier::Under => Interval::new(0.0_f64.min(self.lo), self.hi),
            Qualifier::About => Interval::new(self.lo - about, self.hi + about),
        }
    }
}

/// Half the unit of the last written digit: 0.5 for "48", 0.05 for "4.3".
pub(crate) fn half_unit(decimals: u8) -> f64 {
    0.5 * 10f64.powi(-i32::from(decimals))
}

/// The percentages a share can mean, from a percent or a proportion
/// (converted to percent). Verbal shares ("one in three", "two thirds")
/// are approximate by nature: a journalist writes "one in three" for 31%
/// to 36%, so they get three points either side.
pub(crate) fn share_percent(figure: &Figure) -> Option<Interval> {
    let (value, half) = match figure.kind {
        FigureKind::Percent => (figure.value, half_unit(figure.decimals)),
        FigureKind::Proportion if figure.verbal => (figure.value * 100.0, 3.0),
        FigureKind::Proportion => (figure.value * 100.0, 0.05),
        _ => return None,
    };
    let about = if figure.verbal { 5.0 } else { 2.5 };
    Some(Interval::new(value - half, value + half).qualified(figure.qualifier, 100.0, about))
}

/// The values a count, amount or duration can mean: half a unit of its
/// last digit at its scale ("£2.4bn": 2.35bn to 2.45bn), ten per cent for
/// a number in words ("a million").
pub(crate) fn magnitude(figure: &Figure) -> Interval {
    let value = figure.value;
    let half = if figure.verbal {
        value.abs() * 0.1
    } else {
        let mantissa = written_number(&figure.text).filter(|m| *m > 0.0);
        let scale = mantissa.map_or(1.0, |m| value / m);
        half_unit(figure.decimals) * scale.abs()
    };
    Interval::new(value - half, value + half).qualified(
        figure.qualifier,
        f64::INFINITY,
        value.abs() * 0.1,
    )
}

/// The first number written in digits in `text` ("£2.4bn" -> 2.4).
fn written_number(text: &str) -> Option<f64> {
    let start = text.find(|c: char| c.is_ascii_digit())?;
    let rest = text.get(start..)?;
    let end = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
        .unwrap_or(rest.len());
    let digits: String = rest.get(..end)?.chars().filter(|c| *c != ',').collect();
    digits.trim_end_matches('.').parse().ok()
}

/// A percentage as written for messages: "47.98%", "48%".
pub(crate) fn pct(value: f64) -> String {
    let rounded = (value * 100.0).round() / 100.0;
    let text = format!("{rounded:.2}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    format!("{text}%")
}

/// A number as written for messages: "273", "2.5".
pub(crate) fn num(value: f64) -> String {
    if value.fract().abs() < EPS {
        format!("{value:.0}")
    } else {
        let text = format!("{value:.2}");
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    }
}

#[cfg(test)]
mod tests {
    use crosscheck_model::Span;

    use super::*;

    pub(crate) fn figure(
        text: &str,
        kind: FigureKind,
        value: f64,
        qualifier: Qualifier,
        decimals: u8,
        verbal: bool,
    ) -> Figure {
        Figure {
            line: 1,
            text: text.to_owned(),
            kind,
            value,
            qualifier,
            unit: None,
            span: Span::default(),
            decimals,
            verbal,
            part: None,
            whole: None,
            measure: None,
            paired_with: None,
        }
    }

    #[test]
    fn rounding_interval_of_a_percent() {
        let f = figure("48%", FigureKind::Percent, 48.0, Qualifier::Exact, 0, false);
        let i = share_percent(&f).unwrap();
        assert!(i.contains(47.5) && i.contains(48.5) && !i.contains(47.4));
        let f = figure("4.3%", FigureKind::Percent, 4.3, Qualifier::Exact, 1, false);
        let i = share_percent(&f).unwrap();
        assert!(i.contains(4.25) && !i.contains(4.2));
    }

    #[test]
    fn qualifiers_open_one_side() {
        let over = figure("40%", FigureKind::Percent, 40.0, Qualifier::Over, 0, false);
        assert!(share_percent(&over).unwrap().contains(93.0));
        assert!(!share_percent(&over).unwrap().contains(39.0));
        let under = figure("40%", FigureKind::Percent, 40.0, Qualifier::Under, 0, false);
        assert!(share_percent(&under).unwrap().contains(3.0));
        let about = figure("40%", FigureKind::Percent, 40.0, Qualifier::About, 0, false);
        assert!(share_percent(&about).unwrap().contains(42.9));
    }

    #[test]
    fn verbal_share_is_approximate() {
        let f = figure(
            "one in three",
            FigureKind::Proportion,
            1.0 / 3.0,
            Qualifier::Exact,
            0,
            true,
        );
        let i = share_percent(&f).unwrap();
        assert!(i.contains(31.0) && i.contains(36.0) && !i.contains(28.0));
    }

    #[test]
    fn magnitude_at_scale() {
        let f = figure(
            "£2.4bn",
            FigureKind::Money,
            2.4e9,
            Qualifier::Exact,
            1,
            false,
        );
        let i = magnitude(&f);
        assert!(i.contains(2.36e9) && !i.contains(2.5e9));
        let f = figure("273", FigureKind::Count, 273.0, Qualifier::Exact, 0, false);
        assert!(!magnitude(&f).contains(274.0));
    }

    #[test]
    fn message_numbers() {
        assert_eq!(pct(47.978_910), "47.98%");
        assert_eq!(pct(48.0), "48%");
        assert_eq!(num(273.0), "273");
        assert_eq!(num(2.5), "2.5");
    }
}
