//! `percent-vs-count`: "412 out of 950 (53%)".

use crosscheck_model::{FigureKind, Qualifier};

use crate::{
    context::Ctx,
    interval::{Interval, num, pct, share_percent},
};

const NAME: &str = "percent-vs-count";

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let figures = &ctx.article.figures;
    let mut checked = 0;
    let mut flagged = 0;
    let mut found = Vec::new();
    for (idx, figure) in figures.iter().enumerate() {
        if figure.kind != FigureKind::Percent {
            continue;
        }
        let Some(pair) = figure.paired_with else {
            continue;
        };
        let Some(counts) = figures.get(pair) else {
            continue;
        };
        let (Some(part), Some(whole)) = (counts.part, counts.whole) else {
            continue;
        };
        if counts.kind != FigureKind::Proportion || counts.verbal || whole <= 0.0 {
            continue;
        }
        let Some(reported) = share_percent(figure) else {
            continue;
        };
        checked += 1;
        let computed = part / whole * 100.0;
        // "some 412 out of 950": the counts themselves are approximate.
        let counted = match counts.qualifier {
            Qualifier::Exact => Interval::point(computed),
            Qualifier::About => Interval::point(computed).widen_relative(0.05),
            Qualifier::Over => Interval::new(computed, 100.0),
            Qualifier::Under => Interval::new(0.0, computed),
        };
        if counted.meets(reported) {
            continue;
        }
        flagged += 1;
        found.push((
            idx,
            pair,
            part,
            whole,
            computed,
            figure.value,
            figure.text.clone(),
        ));
    }
    for (idx, pair, part, whole, computed, value, text) in found {
        let message = format!(
            "{} of {} is {}, reported as {text}",
            num(part),
            num(whole),
            pct(computed)
        );
        let evidence = [
            ctx.figure(idx, "reported share"),
            ctx.figure(pair, "counts"),
        ]
        .into_iter()
        .flatten()
        .collect();
        ctx.report(
            NAME,
            message,
            evidence,
            &[
                ("part", part),
                ("whole", whole),
                ("computed_percent", computed),
                ("reported_percent", value),
            ],
        );
    }
    ctx.tally(
        NAME,
        checked,
        flagged,
        "percentages checked against their counts",
    );
}

#[cfg(test)]
mod tests {
    use crate::within::test_util::{assert_fires, assert_quiet};

    const NAME: &str = super::NAME;

    #[test]
    fn fires_on_wrong_share() {
        let messages = assert_fires(
            NAME,
            "Only 412 out of 950 nurses asked (53%) replied to the union.\n",
        );
        assert_eq!(messages, ["412 of 950 is 43.37%, reported as 53%"]);
    }
    #[test]
    fn fires_on_swapped_digits() {
        assert_fires(
            NAME,
            "In all, 61 out of 140 practices (34%) had a vacancy they could not fill.\n",
        );
    }
    #[test]
    fn fires_with_one_decimal_place() {
        assert_fires(
            NAME,
            "Of those surveyed, 45 out of 300 (16.5%) said they would retire early.\n",
        );
    }
    #[test]
    fn quiet_when_rounding_fits() {
        assert_quiet(
            NAME,
            "Only 412 out of 950 nurses asked (43%) replied to the union.\n",
            true,
        );
    }
    #[test]
    fn quiet_at_the_rounding_edge() {
        // 19 of 40 is 47.5%, which rounds to 48% (half up).
        assert_quiet(
            NAME,
            "A total of 19 out of 40 wards (48%) were short of a nurse.\n",
            true,
        );
    }
    #[test]
    fn quiet_when_counts_are_approximate() {
        // "some" lets the counts be a little off: 412/950 = 43.4%, 45% is near.
        assert_quiet(
            NAME,
            "Some 412 out of 950 nurses asked (45%) replied to the union.\n",
            true,
        );
    }
}
