//! `impossible-percent`: the GRIM test on shares of a survey's n.

use crosscheck_model::{FigureKind, Qualifier};

use crate::{
    context::Ctx,
    interval::{EPS, half_unit, num, pct},
};

const NAME: &str = "impossible-percent";

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let Some(survey) = &ctx.article.survey else {
        return;
    };
    let Some(n) = survey.respondents.filter(|n| *n > 0) else {
        return;
    };
    let n_f = n as f64;
    let mut checked = 0;
    let mut found = Vec::new();
    for &idx in &survey.shares {
        let Some(figure) = ctx.article.figures.get(idx) else {
            continue;
        };
        if figure.kind != FigureKind::Percent
            || figure.qualifier != Qualifier::Exact
            || figure.value > 100.0
        {
            continue;
        }
        let half = half_unit(figure.decimals);
        // Every share is possible when one respondent is worth less than
        // the rounding step: the test only matters for small n.
        if 100.0 / n_f <= 2.0 * half {
            continue;
        }
        checked += 1;
        let lo = ((figure.value - half) * n_f / 100.0 - EPS).ceil().max(0.0);
        let hi = ((figure.value + half) * n_f / 100.0 + EPS).floor().min(n_f);
        if lo <= hi {
            continue;
        }
        // The nearest possible shares either side.
        let below = hi.max(0.0);
        let above = lo.min(n_f);
        found.push((idx, figure.text.clone(), figure.value, below, above));
    }
    let flagged = u32::try_from(found.len()).unwrap_or(u32::MAX);
    for (idx, text, value, below, above) in found {
        let message = format!(
            "no whole number of the {n} respondents gives {text}: {} of {n} is {}, {} of {n} is {}",
            num(below),
            pct(below / n_f * 100.0),
            num(above),
            pct(above / n_f * 100.0),
        );
        let evidence = ctx.figure(idx, "reported share").into_iter().collect();
        ctx.report(
            NAME,
            message,
            evidence,
            &[("n", n_f), ("reported_percent", value)],
        );
    }
    ctx.tally(
        NAME,
        checked,
        flagged,
        &format!("shares checked against n = {n} (GRIM)"),
    );
}

#[cfg(test)]
mod tests {
    use crate::within::test_util::{assert_fires, assert_quiet};

    const NAME: &str = super::NAME;

    #[test]
    fn fires_for_impossible_whole_percent() {
        let messages = assert_fires(
            NAME,
            "A survey of 40 nurses found 34% backed the new rota.\n",
        );
        assert_eq!(
            messages,
            ["no whole number of the 40 respondents gives 34%: 13 of 40 is 32.5%, 14 of 40 is 35%"]
        );
    }
    #[test]
    fn fires_for_impossible_decimal() {
        assert_fires(
            NAME,
            "A poll of 120 pharmacists found 41.3% said they would close on Sundays.\n",
        );
    }
    #[test]
    fn fires_for_each_impossible_share() {
        let text = "A survey of 30 practice managers was carried out.\nIn all, 52% said they were short of staff and 18% said they were not.\n";
        assert_eq!(assert_fires(NAME, text).len(), 2);
    }
    #[test]
    fn quiet_when_possible() {
        // 13 of 40 is 32.5%, which rounds to 33% half up.
        assert_quiet(
            NAME,
            "A survey of 40 nurses found 33% backed the new rota.\n",
            true,
        );
    }
    #[test]
    fn quiet_for_large_samples() {
        assert_quiet(
            NAME,
            "A survey of 2,000 adults found 34% backed the plan.\n",
            false,
        );
    }
    #[test]
    fn quiet_when_hedged() {
        assert_quiet(
            NAME,
            "A survey of 40 nurses found around 34% backed the new rota.\n",
            false,
        );
    }
}
