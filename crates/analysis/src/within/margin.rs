//! `difference-within-margin` and the survey's own margin of error.

use crosscheck_model::{FigureKind, SurveyStats};

use crate::{
    context::Ctx,
    interval::{num, pct},
};

const NAME: &str = "difference-within-margin";

/// z for a two-sided 95% interval.
const Z95: f64 = 1.96;

/// The finite-population correction for a sample of `n` from `population`.
fn fpc(n: u64, population: Option<u64>) -> f64 {
    match population {
        Some(size) if size > n && size > 1 => ((size - n) as f64 / (size - 1) as f64).sqrt(),
        _ => 1.0,
    }
}

/// 95% margin of error, in points, of a share near 50% with `n` respondents.
pub(crate) fn margin_of_error(n: u64, population: Option<u64>) -> (f64, f64) {
    let raw = Z95 * (0.25 / n as f64).sqrt() * 100.0;
    (raw * fpc(n, population), raw)
}

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let article = ctx.article;
    let Some(survey) = &article.survey else {
        return;
    };
    let Some(n) = survey.respondents.filter(|n| *n > 0) else {
        return;
    };
    let population = survey.contacted.filter(|c| *c > n);
    let (moe, raw) = margin_of_error(n, population);
    ctx.set_survey(SurveyStats {
        respondents: n,
        contacted: survey.contacted,
        response_rate: survey.response_rate,
        sponsor: survey.sponsor.clone(),
        pollster: survey.pollster.clone(),
        population: survey.population.clone(),
        margin_of_error: moe,
        margin_of_error_uncorrected: raw,
    });

    let mut checked = 0;
    let mut found = Vec::new();
    for group in article
        .groups
        .iter()
        .filter(|g| g.contrast && g.figures.len() == 2)
    {
        let (a, b) = (group.figures[0], group.figures[1]);
        if !(survey.shares.contains(&a) && survey.shares.contains(&b)) {
            continue;
        }
        let (Some(fa), Some(fb)) = (article.figures.get(a), article.figures.get(b)) else {
            continue;
        };
        if fa.kind != FigureKind::Percent || fb.kind != FigureKind::Percent {
            continue;
        }
        checked += 1;
        let (p1, p2) = (fa.value / 100.0, fb.value / 100.0);
        let variance = (p1 + p2 - (p1 - p2).powi(2)).max(0.0) / n as f64;
        let margin = Z95 * variance.sqrt() * fpc(n, population) * 100.0;
        let gap = (fa.value - fb.value).abs();
        if gap < margin {
            found.push((a, b, gap, margin, fa.text.clone(), fb.text.clone()));
        }
    }
    let flagged = u32::try_from(found.len()).unwrap_or(u32::MAX);
    for (a, b, gap, margin, ta, tb) in found {
        let message = format!(
            "the {}-point gap between {ta} and {tb} is within the ±{} margin of error of a difference for n = {n}",
            num((gap * 10.0).round() / 10.0),
            pct((margin * 10.0).round() / 10.0).replace('%', " points"),
        );
        let evidence = [ctx.figure(a, "share"), ctx.figure(b, "contrasted share")]
            .into_iter()
            .flatten()
            .collect();
        ctx.report(
            NAME,
            message,
            evidence,
            &[
                ("gap_points", gap),
                ("margin_points", margin),
                ("n", n as f64),
            ],
        );
    }
    ctx.tally(
        NAME,
        checked,
        flagged,
        "contrasts checked against the margin of error",
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::within::test_util::{assert_fires, assert_quiet, report};

    #[test]
    fn margin_of_error_textbook_values() {
        let (moe, raw) = margin_of_error(1000, None);
        assert!((raw - 3.099).abs() < 0.01, "{raw}");
        assert!((moe - raw).abs() < 1e-12);
        // A census of half the population shrinks the margin by sqrt(1/2).
        let (moe, raw) = margin_of_error(500, Some(1000));
        assert!((moe / raw - (500.0_f64 / 999.0).sqrt()).abs() < 1e-9);
    }
    #[test]
    fn fires_on_close_contrast_in_small_sample() {
        let text = "A survey of 60 practice managers was carried out.\nIn all, 38% agreed, while only 31% disagreed.\n";
        let messages = assert_fires(NAME, text);
        assert_eq!(messages.len(), 1);
        assert!(
            messages[0].starts_with("the 7-point gap between 38% and 31% is within the ±"),
            "{messages:?}"
        );
    }
    #[test]
    fn fires_with_finite_population() {
        let text = "The survey was sent to 90 councils and 45 replied.\nSome 40% said they agreed, while 33% said they disagreed.\n";
        assert_fires(NAME, text);
    }
    #[test]
    fn fires_for_a_moderate_sample() {
        let text = "A poll of 300 GPs was published by the college on Tuesday morning.\nAbout 46% said they agreed, but 40% said they disagreed.\n";
        assert_fires(NAME, text);
    }
    #[test]
    fn quiet_when_gap_is_large() {
        let text = "A survey of 60 practice managers was carried out.\nIn all, 70% agreed, while only 20% disagreed.\n";
        assert_quiet(NAME, text, true);
    }
    #[test]
    fn quiet_for_large_sample() {
        let text = "A poll of 5,000 adults was published by the charity on Tuesday morning.\nAbout 46% said they agreed, but 40% said they disagreed.\n";
        assert_quiet(NAME, text, true);
    }
    #[test]
    fn quiet_without_a_survey() {
        assert_quiet(
            NAME,
            "In the ward, 38% of beds were empty, while only 31% were staffed.\n",
            false,
        );
    }
    #[test]
    fn survey_stats_reported() {
        let stats = report("The survey was sent to 90 councils and 45 replied.\n")
            .survey
            .unwrap();
        assert_eq!((stats.respondents, stats.contacted), (45, Some(90)));
        assert!(stats.margin_of_error < stats.margin_of_error_uncorrected);
    }
}
