//! `shares-over-100`: the answers to one question add up to more than 100%.

use crate::{
    context::Ctx,
    interval::{EPS, pct, share_percent},
};

const NAME: &str = "shares-over-100";

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let article = ctx.article;
    let mut checked = 0;
    let mut flagged = 0;
    for group in article.groups.iter().filter(|g| g.answers) {
        let members: Vec<_> = group
            .figures
            .iter()
            .filter_map(|&idx| article.figures.get(idx).map(|f| (idx, f)))
            .collect();
        let lows: Option<Vec<f64>> = members
            .iter()
            .map(|(_, f)| share_percent(f).map(|i| i.lo))
            .collect();
        let Some(lows) = lows else { continue };
        checked += 1;
        let least: f64 = lows.iter().sum();
        if least <= 100.0 + EPS {
            continue;
        }
        flagged += 1;
        let total: f64 = members.iter().map(|(_, f)| f.value).sum();
        let terms: Vec<&str> = members.iter().map(|(_, f)| f.text.as_str()).collect();
        let message = format!(
            "the answers {} add up to {}, more than 100% even with rounding (at least {})",
            terms.join(" + "),
            pct(total),
            pct(least)
        );
        let evidence = members
            .iter()
            .filter_map(|(idx, _)| ctx.figure(*idx, "share"))
            .collect();
        ctx.report(
            NAME,
            message,
            evidence,
            &[("total_percent", total), ("least_total_percent", least)],
        );
    }
    ctx.tally(NAME, checked, flagged, "answer groups added up");
}

#[cfg(test)]
mod tests {
    use crate::within::test_util::{assert_fires, assert_quiet};

    const NAME: &str = super::NAME;

    #[test]
    fn fires_on_a_list() {
        let messages = assert_fires(
            NAME,
            "Patients were asked about weekend opening in a poll run by the practice this spring.\nShould the surgery open on Saturdays?\nYes: 70%\nNo: 32%\nNot sure: 8%\nThe partners will decide on Saturday opening at their next meeting in June.\n",
        );
        assert_eq!(
            messages,
            [
                "the answers 70% + 32% + 8% add up to 110%, more than 100% even with rounding (at least 108.5%)"
            ]
        );
    }
    #[test]
    fn fires_on_one_line() {
        assert_fires(
            NAME,
            "Residents gave their verdict on the plan to merge the two surgeries in the town.\nSupport 64% / Oppose 31% / Unsure 9%\nThe health board will publish its decision on the merger next month.\n",
        );
    }
    #[test]
    fn fires_in_one_sentence() {
        assert_fires(
            NAME,
            "Asked about the merger, 58% of staff backed it and 47% opposed it.\n",
        );
    }
    #[test]
    fn quiet_at_rounding_edge() {
        // 34 + 33 + 34 = 101, within three half points.
        assert_quiet(
            NAME,
            "Residents gave their verdict on the plan to merge the two surgeries in the town.\nSupport 34% / Oppose 33% / Unsure 34%\nThe health board will publish its decision on the merger next month.\n",
            true,
        );
    }
    #[test]
    fn quiet_for_unrelated_shares_in_a_paragraph() {
        assert_quiet(
            NAME,
            "The trust said 70% of beds were full. Separately, 65% of staff had had a flu jab.\n",
            false,
        );
    }
    #[test]
    fn quiet_for_subgroups() {
        assert_quiet(
            NAME,
            "Support stood at 72% among nurses and 68% among doctors.\n",
            false,
        );
    }
    #[test]
    fn quiet_for_a_subset_of_answers() {
        assert_quiet(
            NAME,
            "Asked about the merger, 58% of staff backed it and 30% opposed it.\n",
            true,
        );
    }
}
