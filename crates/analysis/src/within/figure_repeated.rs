//! `figure-repeated-differently`: the same measure given two values.

use std::collections::BTreeMap;

use crosscheck_model::{Figure, FigureKind, Qualifier};

use crate::{
    context::Ctx,
    interval::{Interval, magnitude, num},
};

const NAME: &str = "figure-repeated-differently";

/// The sample size a figure states: a count, or the part of a proportion.
fn sample_size(figure: &Figure) -> Option<Interval> {
    match figure.kind {
        FigureKind::Count => Some(magnitude(figure)),
        FigureKind::Proportion => {
            let part = figure.part?;
            Some(match figure.qualifier {
                Qualifier::Exact => Interval::point(part),
                Qualifier::About => Interval::point(part).widen_relative(0.1),
                Qualifier::Over => Interval::new(part, f64::INFINITY),
                Qualifier::Under => Interval::new(0.0, part),
            })
        }
        _ => None,
    }
}

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let article = ctx.article;
    let figures = &article.figures;
    let mut checked = 0;
    let mut found: Vec<(usize, usize, String, f64, f64)> = Vec::new();

    // The survey's n, stated more than once.
    if let Some(survey) = &article.survey {
        let stated: Vec<(usize, Interval, f64)> = survey
            .sample_figures
            .iter()
            .filter_map(|&idx| {
                let figure = figures.get(idx)?;
                let value = figure.part.unwrap_or(figure.value);
                sample_size(figure).map(|i| (idx, i, value))
            })
            .collect();
        if stated.len() >= 2 {
            checked += u32::try_from(stated.len()).unwrap_or(u32::MAX);
            if let Some(&(first, first_i, first_v)) = stated.first() {
                for &(idx, interval, value) in &stated[1..] {
                    if !interval.meets(first_i) {
                        let message = format!(
                            "the survey's sample is given as {} here and {} earlier",
                            num(value),
                            num(first_v)
                        );
                        found.push((idx, first, message, value, first_v));
                    }
                }
            }
        }
    }

    // Parts of the same whole counting the same thing: "18 of the 42
    // boards" and later "20 of the 42 boards".
    let mut by_whole: BTreeMap<(u64, String), Vec<usize>> = BTreeMap::new();
    for (idx, figure) in figures.iter().enumerate() {
        if figure.kind != FigureKind::Proportion
            || figure.verbal
            || figure.qualifier != Qualifier::Exact
        {
            continue;
        }
        let (Some(whole), Some(measure)) = (figure.whole, &figure.measure) else {
            continue;
        };
        if whole.fract() != 0.0 || !(0.0..1e15).contains(&whole) {
            continue;
        }
        by_whole
            .entry((whole as u64, measure.to_lowercase()))
            .or_default()
            .push(idx);
    }
    for members in by_whole.values().filter(|m| m.len() >= 2) {
        checked += u32::try_from(members.len()).unwrap_or(u32::MAX);
        let first = members[0];
        let (Some(a), Some(whole)) = (figures[first].part, figures[first].whole) else {
            continue;
        };
        for &idx in &members[1..] {
            let Some(b) = figures[idx].part else { continue };
            if (a - b).abs() > 0.0 {
                let measure = figures[idx].measure.clone().unwrap_or_default();
                let message = format!(
                    "{} of the {} {measure} here, {} of the {} earlier",
                    num(b),
                    num(whole),
                    num(a),
                    num(whole)
                );
                found.push((idx, first, message, b, a));
            }
        }
    }

    let flagged = u32::try_from(found.len()).unwrap_or(u32::MAX);
    for (idx, earlier, message, value, earlier_value) in found {
        let evidence = [
            ctx.figure(idx, "this value"),
            ctx.figure(earlier, "earlier value"),
        ]
        .into_iter()
        .flatten()
        .collect();
        ctx.report(
            NAME,
            message,
            evidence,
            &[("value", value), ("earlier_value", earlier_value)],
        );
    }
    ctx.tally(
        NAME,
        checked,
        flagged,
        "repeated statements of one measure compared",
    );
}

#[cfg(test)]
mod tests {
    use crate::within::test_util::{assert_fires, assert_quiet};

    const NAME: &str = super::NAME;

    #[test]
    fn fires_on_two_sample_sizes() {
        let text = "A survey of 412 nurses was run in May by the union's research team.\n\nThe 421 respondents were mostly based in London.\n";
        let messages = assert_fires(NAME, text);
        assert_eq!(
            messages,
            ["the survey's sample is given as 421 here and 412 earlier"]
        );
    }
    #[test]
    fn fires_on_two_parts_of_one_whole() {
        let text = "In all, 18 of the 42 boards had paused a service.\n\nThe report said 20 of the 42 boards had paused a service.\n";
        assert_fires(NAME, text);
    }
    #[test]
    fn fires_on_responses_counted_twice() {
        let text = "The poll drew 1,204 responses from councillors across the north of England.\n\nOf the 1,240 respondents, most sat on rural councils.\n";
        assert_fires(NAME, text);
    }
    #[test]
    fn quiet_when_rounded_then_exact() {
        let text = "A survey of more than 1,800 family doctors was published today.\n\nThe survey received 1,846 responses from GPs.\n";
        assert_quiet(NAME, text, true);
    }
    #[test]
    fn quiet_when_stated_once() {
        assert_quiet(
            NAME,
            "A survey of 412 nurses was run in May by the union's research team.\n",
            false,
        );
    }
    #[test]
    fn quiet_for_different_wholes() {
        let text = "In all, 18 of the 42 boards had paused a service.\n\nSeparately, 20 of the 35 trusts had closed a ward.\n";
        assert_quiet(NAME, text, false);
    }
}
