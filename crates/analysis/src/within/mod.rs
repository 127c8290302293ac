//! Checks within one article.

mod count_exceeds_base;
mod duplicate_paragraph;
mod figure_repeated;
mod headline_vs_body;
mod impossible_percent;
mod margin;
mod percent_vs_count;
mod shares_over_100;
mod verbal_vs_number;

use crate::context::Ctx;

pub(crate) fn run(ctx: &mut Ctx<'_>) {
    percent_vs_count::check(ctx);
    impossible_percent::check(ctx);
    shares_over_100::check(ctx);
    verbal_vs_number::check(ctx);
    headline_vs_body::check(ctx);
    figure_repeated::check(ctx);
    count_exceeds_base::check(ctx);
    margin::check(ctx);
    duplicate_paragraph::check(ctx);
}

#[cfg(test)]
pub(crate) mod test_util {
    use crosscheck_model::ArticleReport;

    /// Parse `text` and run every within-article check.
    pub(crate) fn report(text: &str) -> ArticleReport {
        let article = crosscheck_parse::article("case.txt", text);
        crate::check_article(&article)
    }

    /// Assert `name` fires on `text`; return its messages.
    pub(crate) fn assert_fires(name: &str, text: &str) -> Vec<String> {
        let report = report(text);
        let messages: Vec<String> = report
            .findings
            .iter()
            .filter(|f| f.name == name)
            .map(|f| f.message.clone())
            .collect();
        assert!(
            !messages.is_empty(),
            "{name} should fire on:\n{text}\ngot: {:?}",
            report.findings
        );
        messages
    }

    /// Assert `name` does not fire on `text`, and that it looked (its tally
    /// counts something) when `looked` is set.
    pub(crate) fn assert_quiet(name: &str, text: &str, looked: bool) {
        let report = report(text);
        let fired: Vec<&String> = report
            .findings
            .iter()
            .filter(|f| f.name == name)
            .map(|f| &f.message)
            .collect();
        assert!(
            fired.is_empty(),
            "{name} should not fire on:\n{text}\ngot: {fired:?}"
        );
        if looked {
            assert!(
                report
                    .tallies
                    .iter()
                    .any(|t| t.check == name && t.checked > 0),
                "{name} should have checked something in:\n{text}\ntallies: {:?}",
                report.tallies
            );
        }
    }
}
