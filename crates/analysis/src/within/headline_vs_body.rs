//! `headline-vs-body`: a headline or standfirst figure the body does not
//! support.

use crosscheck_model::{Figure, FigureKind, Role};

use crate::{
    context::Ctx,
    interval::{Interval, magnitude, share_percent},
};

const NAME: &str = "headline-vs-body";

/// What a figure can mean, in units comparable with `other` figures of a
/// compatible kind: shares as percentages, the rest at their own scale.
fn meaning(figure: &Figure) -> Option<(u8, Interval)> {
    match figure.kind {
        FigureKind::Percent | FigureKind::Proportion => share_percent(figure).map(|i| (0, i)),
        FigureKind::Count => Some((1, magnitude(figure))),
        FigureKind::Money => Some((2, magnitude(figure))),
        FigureKind::Duration => Some((3, magnitude(figure))),
    }
}

/// Whether two figures count the same thing: the same head noun of their
/// measures ("CCG leads" and "leads").
fn same_measure(a: &Figure, b: &Figure) -> bool {
    let head = |f: &Figure| {
        f.measure
            .as_deref()
            .and_then(|m| m.split_whitespace().last())
            .map(str::to_lowercase)
    };
    head(a).is_some() && head(a) == head(b)
}

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let article = ctx.article;
    let role = |f: &Figure| article.role_of(f.line);
    let body: Vec<(u8, Interval, &Figure)> = article
        .figures
        .iter()
        .filter(|f| role(f) == Some(Role::Body))
        .filter_map(|f| meaning(f).map(|(k, i)| (k, i, f)))
        .collect();
    let mut checked = 0;
    let mut found = Vec::new();
    for (idx, figure) in article.figures.iter().enumerate() {
        let Some(place @ (Role::Headline | Role::Standfirst)) = role(figure) else {
            continue;
        };
        let Some((kind, interval)) = meaning(figure) else {
            continue;
        };
        // Percentage-point changes and money in other currencies are
        // compared only with their own kind.
        let comparable: Vec<&(u8, Interval, &Figure)> = body
            .iter()
            .filter(|(k, _, f)| *k == kind && (kind != 2 || f.unit == figure.unit))
            .collect();
        // When the body gives figures of the same thing ("... of GPs"),
        // only those can support the headline's; a share of something else
        // proves nothing about it.
        let same: Vec<&(u8, Interval, &Figure)> = comparable
            .iter()
            .copied()
            .filter(|(_, _, f)| same_measure(figure, f))
            .collect();
        let comparable = if same.is_empty() { comparable } else { same };
        checked += 1;
        // An exact headline figure is supported by a body figure that
        // agrees within rounding; a qualified one ("over 50%") only by a
        // body figure that implies it ("over 40%" does not).
        let supports = |body: &Interval| match figure.qualifier {
            crosscheck_model::Qualifier::Exact => body.meets(interval),
            _ => interval.includes(*body),
        };
        if comparable.iter().any(|(_, i, _)| supports(i)) {
            continue;
        }
        found.push((
            idx,
            place,
            comparable
                .iter()
                .map(|(_, _, f)| f.text.clone())
                .take(4)
                .collect::<Vec<_>>(),
        ));
    }
    let flagged = u32::try_from(found.len()).unwrap_or(u32::MAX);
    for (idx, place, nearby) in found {
        let Some(figure) = article.figures.get(idx) else {
            continue;
        };
        let place = if place == Role::Headline {
            "headline"
        } else {
            "standfirst"
        };
        let stated = match figure.qualifier {
            crosscheck_model::Qualifier::Exact => figure.text.clone(),
            q => format!("{} {}", q.as_str(), figure.text),
        };
        let message = if nearby.is_empty() {
            format!("the {place} says {stated}, but the body gives no figure of that kind")
        } else {
            format!(
                "the {place} says {stated}, but no figure in the body supports it (the body has {})",
                nearby.join(", ")
            )
        };
        let evidence = ctx.figure(idx, place).into_iter().collect();
        ctx.report(NAME, message, evidence, &[("value", figure.value)]);
    }
    ctx.tally(
        NAME,
        checked,
        flagged,
        "headline and standfirst figures checked against the body",
    );
}

#[cfg(test)]
mod tests {
    use crate::within::test_util::{assert_fires, assert_quiet};

    const NAME: &str = super::NAME;

    #[test]
    fn fires_when_headline_overstates() {
        let text = "Over 50% of GPs plan to quit within five years\n\nA survey of 900 GPs found 43% planned to leave within five years, up from 35% in 2019.\n";
        let messages = assert_fires(NAME, text);
        assert_eq!(
            messages,
            [
                "the headline says over 50%, but no figure in the body supports it (the body has 43%, 35%)"
            ]
        );
    }
    #[test]
    fn fires_on_a_count() {
        let text = "Trust to close five wards this winter\n\nThe trust said three wards would close in December because of staff shortages.\n";
        assert_fires(NAME, text);
    }
    #[test]
    fn fires_when_body_has_no_such_figure() {
        let text = "Council to spend £4m on care homes\n\nThe council said the money would go on repairs to homes across the county this year.\n";
        assert_fires(NAME, text);
    }
    #[test]
    fn fires_when_body_only_says_less() {
        let text = "Over 50% of GPs plan to quit within five years\n\nA survey of 900 GPs found over 40% planned to leave within five years.\n";
        assert_fires(NAME, text);
    }
    #[test]
    fn a_share_of_something_else_does_not_support() {
        let text = "Over 50% of GPs plan to quit within five years\n\nA survey of 900 GPs found 43% of GPs planned to leave, while 62% of practices had a vacancy.\n";
        assert_fires(NAME, text);
    }
    #[test]
    fn quiet_when_over_is_true() {
        let text = "Over 40% of GPs plan to quit within five years\n\nA survey of 900 GPs found 43% planned to leave within five years.\n";
        assert_quiet(NAME, text, true);
    }
    #[test]
    fn quiet_for_a_ratio_against_a_percentage() {
        let text = "Two in three carers skip meals to pay bills\n\nA poll of 2,000 carers found 66% had skipped a meal to pay a bill this year.\n";
        assert_quiet(NAME, text, true);
    }
    #[test]
    fn quiet_for_rounded_money() {
        let text = "Council to spend £4m on care homes\n\nThe council said £4.2m would go on repairs to homes across the county this year.\n";
        assert_quiet(NAME, text, true);
    }
}
