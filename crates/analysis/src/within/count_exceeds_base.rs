//! `count-exceeds-base`: a part larger than its whole.

use crosscheck_model::{FigureKind, Qualifier};

use crate::{
    context::Ctx,
    interval::{EPS, num, pct},
};

const NAME: &str = "count-exceeds-base";

/// Nouns for people and member bodies: more than 100% of these is
/// impossible ("120% of nurses").
const PEOPLE: &[&str] = &[
    "adults",
    "boards",
    "carers",
    "councillors",
    "councils",
    "dentists",
    "doctors",
    "gps",
    "leads",
    "managers",
    "members",
    "nurses",
    "patients",
    "people",
    "pharmacists",
    "practices",
    "residents",
    "respondents",
    "staff",
    "trusts",
    "voters",
    "workers",
];

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let article = ctx.article;
    let mut checked = 0;
    let mut found = Vec::new();
    for (idx, figure) in article.figures.iter().enumerate() {
        match (figure.kind, figure.part, figure.whole) {
            (FigureKind::Proportion, Some(part), Some(whole)) if !figure.verbal => {
                checked += 1;
                if part > whole + EPS {
                    found.push((
                        vec![(idx, "part and whole")],
                        format!(
                            "{} out of {}: the part is larger than the whole",
                            num(part),
                            num(whole)
                        ),
                        part,
                        whole,
                    ));
                }
            }
            (FigureKind::Percent, _, _) if figure.measure.as_deref().is_some_and(is_people) => {
                checked += 1;
                if figure.value > 100.0 + EPS && figure.qualifier != Qualifier::Under {
                    let measure = figure.measure.clone().unwrap_or_default();
                    found.push((
                        vec![(idx, "share")],
                        format!("{} of {measure}: more than all of them", pct(figure.value)),
                        figure.value,
                        100.0,
                    ));
                }
            }
            _ => {}
        }
    }
    if let Some(survey) = &article.survey
        && let (Some(n), Some(contacted)) = (survey.respondents, survey.contacted)
    {
        checked += 1;
        if n > contacted {
            let figures: Vec<(usize, &str)> = survey
                .sample_figures
                .iter()
                .take(1)
                .map(|&idx| (idx, "respondents"))
                .collect();
            found.push((
                figures,
                format!(
                    "{n} respondents out of {contacted} contacted: more answered than were asked"
                ),
                n as f64,
                contacted as f64,
            ));
        }
    }
    let flagged = u32::try_from(found.len()).unwrap_or(u32::MAX);
    for (figures, message, part, whole) in found {
        let evidence = figures
            .iter()
            .filter_map(|&(idx, label)| ctx.figure(idx, label))
            .collect();
        ctx.report(NAME, message, evidence, &[("part", part), ("whole", whole)]);
    }
    ctx.tally(NAME, checked, flagged, "parts checked against their wholes");
}

fn is_people(measure: &str) -> bool {
    measure
        .split_whitespace()
        .last()
        .is_some_and(|head| PEOPLE.contains(&head.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use crate::within::test_util::{assert_fires, assert_quiet};

    const NAME: &str = super::NAME;

    #[test]
    fn fires_on_part_over_whole() {
        let messages = assert_fires(
            NAME,
            "Some 300 out of 273 wards reported a shortage last winter.\n",
        );
        assert_eq!(
            messages,
            ["300 out of 273: the part is larger than the whole"]
        );
    }
    #[test]
    fn fires_on_more_respondents_than_contacted() {
        let text =
            "The survey was sent to 500 pharmacists and 612 replied, a response rate of 122%.\n";
        assert_fires(NAME, text);
    }
    #[test]
    fn fires_on_share_over_all_people() {
        assert_fires(
            NAME,
            "The union said 120% of nurses had worked unpaid overtime.\n",
        );
    }
    #[test]
    fn quiet_when_part_fits() {
        assert_quiet(
            NAME,
            "Some 250 out of 273 wards reported a shortage last winter.\n",
            true,
        );
    }
    #[test]
    fn quiet_for_growth_over_100_percent() {
        assert_quiet(
            NAME,
            "Agency spending rose by 120% in two years, the trust said.\n",
            false,
        );
    }
    #[test]
    fn quiet_when_all_replied() {
        assert_quiet(
            NAME,
            "The survey was sent to 40 practices and 40 replied.\n",
            true,
        );
    }
}
