//! `verbal-vs-number`: "one in four (40 per cent)", "a majority (48%)".

use crosscheck_model::FigureKind;

use crate::{
    context::Ctx,
    interval::{Interval, num, pct, share_percent},
};

const NAME: &str = "verbal-vs-number";

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let article = ctx.article;
    let figures = &article.figures;
    let mut checked = 0;
    let mut found: Vec<(usize, usize, String, f64)> = Vec::new();
    // Ratios in words beside a number.
    for (idx, figure) in figures.iter().enumerate() {
        if !(figure.verbal && figure.kind == FigureKind::Proportion) {
            continue;
        }
        let Some(pair) = figure.paired_with else {
            continue;
        };
        let Some(number) = figures
            .get(pair)
            .filter(|f| !f.verbal && f.kind == FigureKind::Percent)
        else {
            continue;
        };
        let (Some(words), Some(digits)) = (share_percent(figure), share_percent(number)) else {
            continue;
        };
        checked += 1;
        if !words.meets(digits) {
            let message = format!(
                "“{}” is about {}, but the number beside it is {}",
                figure.text,
                pct(figure.value * 100.0),
                number.text
            );
            found.push((idx, pair, message, number.value));
        }
    }
    // Vague quantities beside a number.
    let mut vague_found = Vec::new();
    for vague in &article.vague {
        let Some(number) = figures.get(vague.figure) else {
            continue;
        };
        let Some(digits) = share_percent(number) else {
            continue;
        };
        checked += 1;
        if !Interval::new(vague.low, vague.high).meets(digits) {
            let meaning = match (vague.low, vague.high) {
                (lo, hi) if hi >= 100.0 && (50.0..55.0).contains(&lo) => {
                    "more than half".to_owned()
                }
                (lo, hi) if hi >= 100.0 => format!("{} or more", pct(lo)),
                (lo, hi) if lo <= 0.0 && hi >= 50.0 => "less than half".to_owned(),
                (lo, hi) if lo <= 0.0 => format!("at most {}", pct(hi)),
                (lo, hi) => format!("between {} and {}", num(lo), pct(hi)),
            };
            let message = format!(
                "“{}” means {meaning}, but the number beside it is {}",
                vague.text, number.text
            );
            vague_found.push((vague.line, vague.span, vague.figure, message, number.value));
        }
    }
    let flagged = u32::try_from(found.len() + vague_found.len()).unwrap_or(u32::MAX);
    for (idx, pair, message, value) in found {
        let evidence = [ctx.figure(idx, "in words"), ctx.figure(pair, "in figures")]
            .into_iter()
            .flatten()
            .collect();
        ctx.report(NAME, message, evidence, &[("number_percent", value)]);
    }
    for (line, span, pair, message, value) in vague_found {
        let mut evidence = vec![ctx.at(line, span, "in words")];
        evidence.extend(ctx.figure(pair, "in figures"));
        ctx.report(NAME, message, evidence, &[("number_percent", value)]);
    }
    ctx.tally(
        NAME,
        checked,
        flagged,
        "quantities in words checked against their numbers",
    );
}

#[cfg(test)]
mod tests {
    use crate::within::test_util::{assert_fires, assert_quiet};

    const NAME: &str = super::NAME;

    #[test]
    fn fires_on_two_thirds() {
        let messages = assert_fires(
            NAME,
            "Two thirds (45%) of practices said they had cut services.\n",
        );
        assert_eq!(
            messages,
            ["“Two thirds” is about 66.67%, but the number beside it is 45%"]
        );
    }
    #[test]
    fn fires_on_one_in_four() {
        assert_fires(
            NAME,
            "One in four (40 per cent) carers said they had no break at all.\n",
        );
    }
    #[test]
    fn fires_on_a_majority() {
        let messages = assert_fires(
            NAME,
            "A majority (48%) of tenants said repairs were slow.\n",
        );
        assert_eq!(
            messages,
            ["“A majority” means more than half, but the number beside it is 48%"]
        );
    }
    #[test]
    fn quiet_with_qualifier() {
        assert_quiet(
            NAME,
            "Around one in 10 (8 per cent) said they had used the service.\n",
            true,
        );
    }
    #[test]
    fn quiet_when_close() {
        assert_quiet(
            NAME,
            "Nearly two thirds (64%) of practices said they had cut services.\n",
            true,
        );
    }
    #[test]
    fn quiet_when_majority_fits() {
        assert_quiet(
            NAME,
            "A majority (55%) of tenants said repairs were slow.\n",
            true,
        );
    }
    #[test]
    fn quiet_without_a_number_beside() {
        assert_quiet(
            NAME,
            "Two thirds of practices said they had cut services, a poll found.\n",
            false,
        );
    }
}
