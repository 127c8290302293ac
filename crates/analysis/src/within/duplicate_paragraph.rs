//! `duplicate-paragraph`: a body paragraph repeated word for word.

use crosscheck_model::Role;

use crate::context::Ctx;

const NAME: &str = "duplicate-paragraph";

pub(super) fn check(ctx: &mut Ctx<'_>) {
    let article = ctx.article;
    let mut checked = 0;
    let mut found = Vec::new();
    for line in &article.lines {
        match line.role {
            Role::Body => checked += 1,
            Role::Duplicate => {
                checked += 1;
                found.push((line.line, line.span, line.duplicate_of));
            }
            _ => {}
        }
    }
    let flagged = u32::try_from(found.len()).unwrap_or(u32::MAX);
    for (line, span, original) in found {
        let mut evidence = vec![ctx.at(line, span, "repeat")];
        let message = match original.and_then(|o| article.lines.iter().find(|l| l.line == o)) {
            Some(first) => {
                evidence.push(ctx.at(first.line, first.span, "first"));
                format!("line {line} repeats line {} word for word", first.line)
            }
            None => format!("line {line} repeats an earlier paragraph word for word"),
        };
        ctx.report(NAME, message, evidence, &[]);
    }
    ctx.tally(NAME, checked, flagged, "paragraphs compared for repeats");
}

#[cfg(test)]
mod tests {
    use crate::within::test_util::{assert_fires, assert_quiet};

    const NAME: &str = super::NAME;

    #[test]
    fn fires_on_a_repeat() {
        let text = "The ward reopened on Monday after a deep clean.\nStaff said the work had taken longer than planned.\nThe ward reopened on Monday after a deep clean.\n";
        assert_eq!(
            assert_fires(NAME, text),
            ["line 3 repeats line 1 word for word"]
        );
    }
    #[test]
    fn fires_on_each_repeat() {
        let text = "The board met in public for the first time in a year.\nThe board met in public for the first time in a year.\nThe board met in public for the first time in a year.\n";
        assert_eq!(assert_fires(NAME, text).len(), 2);
    }
    #[test]
    fn fires_with_different_spacing() {
        let text = "The clinic will move to the town centre next spring.\nThe  clinic will move to the town centre next spring.\n";
        assert_fires(NAME, text);
    }
    #[test]
    fn quiet_for_a_reworded_repeat() {
        let text = "The ward reopened on Monday after a deep clean.\nThe ward reopened on Tuesday after a deep clean.\n";
        assert_quiet(NAME, text, true);
    }
    #[test]
    fn quiet_for_repeated_chrome() {
        let text =
            "Sign in\nThe ward reopened on Monday after a deep clean and a review.\nSign in\n";
        assert_quiet(NAME, text, true);
    }
    #[test]
    fn quiet_for_distinct_paragraphs() {
        let text = "The ward reopened on Monday after a deep clean.\nStaff said the work had taken longer than planned.\n";
        assert_quiet(NAME, text, true);
    }
}
