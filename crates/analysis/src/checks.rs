//! The registry of checks: stable names, severities and explanations.

use crosscheck_model::{Evidence, Finding, Severity};

/// A check's name, severity and the text `crosscheck explain` prints.
#[derive(Clone, Copy, Debug)]
pub struct CheckInfo {
    /// Stable kebab-case name.
    pub name: &'static str,
    /// Severity of its findings.
    pub severity: Severity,
    /// One line: what it flags.
    pub summary: &'static str,
    /// What it checks, why it matters, an example, and how to silence a
    /// false alarm.
    pub explanation: &'static str,
}

/// Every check, within articles first, then across articles.
pub const CHECKS: &[CheckInfo] = &[
    CheckInfo {
        name: "percent-vs-count",
        severity: Severity::Error,
        summary: "a percentage stated beside counts disagrees with them",
        explanation: "\
What it checks: a percentage printed next to the counts it summarises, as in
\"412 out of 950 (43%)\". The counts are divided and the result compared with
the percentage, allowing for rounding at the precision printed (43% means
42.5% to 43.5%) and for qualifiers (\"some 412\" lets the counts be a little
off).

Why it matters: the reader sees both numbers and cannot tell which one is
wrong; one of them is.

Example: \"Some 412 out of 950 nurses (53%) replied\" - 412 of 950 is 43.37%.

False alarm? The counts may be of a different base than the percentage (the
percentage of a subgroup). Silence the check with
`crosscheck check --allow percent-vs-count`.",
    },
    CheckInfo {
        name: "impossible-percent",
        severity: Severity::Warning,
        summary: "no whole number of respondents gives the reported share (GRIM)",
        explanation: "\
What it checks: with a survey of n respondents, a share can only be k/n for a
whole number k. For small n not every percentage is possible: of 40
respondents, 13 is 32.5% and 14 is 35%, so 34% cannot be right at any
rounding. This is the GRIM test (Brown and Heathers, 2016). It runs only
where n is stated and small enough for it to matter (under 100 respondents
for whole percentages, under 1,000 for one decimal place).

Why it matters: an impossible share means a typo, a wrong n, or a share of a
different group than the article says.

Example: \"A survey of 40 nurses found 34% backed the plan.\"

False alarm? The share may be of a subgroup (only those who answered one
question). Silence it with `crosscheck check --allow impossible-percent`.",
    },
    CheckInfo {
        name: "shares-over-100",
        severity: Severity::Warning,
        summary: "the answers to one question add up to more than 100%",
        explanation: "\
What it checks: shares that answer one question - a list such as
\"Support 61% / Oppose 30% / Unsure 9%\", short lines one share each, or one
sentence such as \"52% backed it and 41% opposed it\" - are added up. Each
share is allowed half a point of rounding; more than 100% after that is
impossible for answers that exclude each other. Shares are grouped from the
text's structure, never by adding every percentage in the article; shares of
different groups (\"among the young ... among the old\") and trends (\"from
40% to 45%\") are not added.

Why it matters: a total over 100% means a share is wrong, or the question
allowed several answers and the article does not say so.

Example: \"Yes: 70% / No: 32% / Don't know: 8%\" adds up to 110%.

False alarm? Multiple-choice questions can add up to more than 100%. Silence
it with `crosscheck check --allow shares-over-100`.",
    },
    CheckInfo {
        name: "verbal-vs-number",
        severity: Severity::Warning,
        summary: "a verbal quantity disagrees with the number beside it",
        explanation: "\
What it checks: words for a quantity (\"two thirds\", \"one in four\", \"a
majority\", \"most\", \"a minority\") printed beside a number, as in \"a
majority (48%)\". Ratios in words are read generously (three points either
side, five with \"around\"); \"a majority\" means more than half, \"a
minority\" less than half, \"the vast majority\" three quarters or more.

Why it matters: readers remember the words; if the number does not fit them,
the words mislead.

Example: \"one in four (40 per cent)\"; \"a majority (48%)\".

False alarm? The words may describe a different base than the number. Silence
it with `crosscheck check --allow verbal-vs-number`.",
    },
    CheckInfo {
        name: "headline-vs-body",
        severity: Severity::Warning,
        summary: "a figure in the headline or standfirst is not supported by the body",
        explanation: "\
What it checks: every figure in the headline and standfirst is looked for in
the body: a share by any share (percentages and ratios compared as
percentages), a count, amount or duration by one of the same kind, each with
its rounding and qualifier (\"over 40%\" is supported by a body's 43%, \"over
50%\" is not).

Why it matters: headlines travel further than articles; a headline number the
body does not support is the most widely read error an article can make.

Example: headline \"Over 50% of GPs plan to quit\", body \"43% said they
planned to leave\".

False alarm? The body may give the figure in a form the parser does not read.
Silence it with `crosscheck check --allow headline-vs-body`.",
    },
    CheckInfo {
        name: "figure-repeated-differently",
        severity: Severity::Warning,
        summary: "the same measure is given two values in one article",
        explanation: "\
What it checks: the survey's sample size stated in several places (\"a survey
of 412 nurses\" ... \"the 421 respondents\"), and counts of the same whole
and the same thing (\"18 of the 42 boards\" ... \"20 of the 42 boards\").

Why it matters: one of the two is a typo, and every share computed from it
inherits the error.

False alarm? The two figures may describe different things that the article
names alike. Silence it with `crosscheck check --allow figure-repeated-differently`.",
    },
    CheckInfo {
        name: "count-exceeds-base",
        severity: Severity::Error,
        summary: "a part is larger than its whole",
        explanation: "\
What it checks: a part larger than its whole: \"300 out of 273\", more
respondents than people contacted, or more than 100% of a group of people.

Why it matters: it cannot be true, so at least one number is wrong.

Example: \"Some 612 out of 590 contacted responded.\"

False alarm? Rare: the parser may have paired numbers that belong to
different sentences. Silence it with `crosscheck check --allow count-exceeds-base`.",
    },
    CheckInfo {
        name: "difference-within-margin",
        severity: Severity::Info,
        summary: "the text contrasts two shares whose difference is within the margin of error",
        explanation: "\
What it checks: two shares of the same survey set against each other (\"38%
agreed, while only 31% disagreed\") are compared with the 95% margin of error
of their difference for the survey's n: 1.96 * sqrt((p1 + p2 - (p1 - p2)^2) / n),
with the finite-population correction sqrt((N - n) / (N - 1)) when the number
contacted N is known and taken as the population.

Why it matters: a contrast inside the margin of error may be sampling noise;
the article reads as if the difference were real.

This is information, not an error: the difference may still be real.

Silence it with `crosscheck check --allow difference-within-margin`.",
    },
    CheckInfo {
        name: "duplicate-paragraph",
        severity: Severity::Info,
        summary: "a body paragraph repeats an earlier one word for word",
        explanation: "\
What it checks: body paragraphs that repeat an earlier paragraph word for word
(common when a scraper or a content system duplicates a block).

Why it matters: a duplicated block inflates word counts and can double-count
quotes and figures in an analysis.

Silence it with `crosscheck check --allow duplicate-paragraph`.",
    },
    CheckInfo {
        name: "figure-conflict",
        severity: Severity::Warning,
        summary: "articles reporting one survey give one measure different values",
        explanation: "\
What it checks: articles that report the same survey (clustered by shared
sample size, sponsor, pollster, quotations and people) are compared figure by
figure: the sample size, the number contacted, the response rate, and shares
of respondents. Shares are paired only when the words around them say they
measure the same thing (at least half their content words in common), never
for merely being numbers in the same cluster; each value keeps its rounding
and qualifier.

Why it matters: when two outlets report one survey with different numbers, at
least one of them is wrong, and readers of each never see the other.

Example: one outlet says a survey of 412 nurses, another 421; one says 64%
found it effective, another 46%.

False alarm? The articles may report different waves or subgroups of a
survey. Silence it with `crosscheck check --allow figure-conflict`.",
    },
    CheckInfo {
        name: "quote-variant",
        severity: Severity::Warning,
        summary: "the same speaker's quotation is worded differently in two articles",
        explanation: "\
What it checks: quotations that share a run of six words across articles are
compared word by word, ignoring case, punctuation and quote-mark style. When
the same speaker's words differ (but are still mostly the same words), the
message shows the word diff: [-removed-] and {+added+} words. A quotation
that is an exact excerpt of a longer one elsewhere is consistent and is
reported as such in the summary.

Why it matters: a quotation is a claim about exactly what someone said;
outlets changing it, even slightly, change what the speaker is on record as
saying.

False alarm? The speaker may have said both versions at different times.
Silence it with `crosscheck check --allow quote-variant`.",
    },
    CheckInfo {
        name: "quote-misattribution",
        severity: Severity::Warning,
        summary: "the same words are attributed to different speakers",
        explanation: "\
What it checks: the same quoted words (identical, an excerpt, or a close
variant) attributed to two different named people in two articles. A
quotation running over several paragraphs is one finding.

Why it matters: one of the two articles puts words in the wrong mouth.

False alarm? Two people may have issued a joint statement. Silence it with
`crosscheck check --allow quote-misattribution`.",
    },
    CheckInfo {
        name: "role-conflict",
        severity: Severity::Warning,
        summary: "one person is given different jobs at the same organisation",
        explanation: "\
What it checks: a person named in several articles (the same full name, with
honorifics and capitalisation ignored) whose title at the same organisation
differs between articles (\"president\" in one, \"chief executive\" in
another). Organisations match however written (an acronym and its long
form). Titles that contain one another (\"chair\" and \"co-chair\") are not a
conflict, and two people sharing a role are not either.

Why it matters: a wrong title misrepresents who is speaking and with what
authority.

False alarm? The person may have changed jobs between the articles' dates.
Silence it with `crosscheck check --allow role-conflict`.",
    },
    CheckInfo {
        name: "stance-conflict",
        severity: Severity::Info,
        summary: "two articles describe the same relationship in opposite terms",
        explanation: "\
What it checks: sentences that say how two parties relate (\"the boards are
making it harder for the trusts\" against \"the trusts and the boards are
working together well\") are indexed by the pair of parties; two articles
with opposite stances on the same pair are reported, citing both passages and
whom each relies on (a quoted speaker, a claimant, or the article itself).
Conditional and hypothetical sentences are ignored, and an article whose own
sentences disagree is left out.

Why it matters: readers of one outlet get the opposite picture from readers
of the other; a fact-checker wants both sources side by side.

This is information: both can be true of different places or times.
Silence it with `crosscheck check --allow stance-conflict`.",
    },
];

/// The registry entry of check `name`.
pub fn check_info(name: &str) -> Option<&'static CheckInfo> {
    CHECKS.iter().find(|check| check.name == name)
}

/// A finding of check `name`, its severity from the registry; numbers that
/// are not finite are left out.
pub(crate) fn finding(
    name: &str,
    message: String,
    evidence: Vec<Evidence>,
    numbers: &[(&str, f64)],
) -> Finding {
    Finding {
        name: name.to_owned(),
        severity: check_info(name).map_or(Severity::Warning, |c| c.severity),
        message,
        evidence,
        numbers: numbers
            .iter()
            .filter(|(_, v)| v.is_finite())
            .map(|(k, v)| ((*k).to_owned(), *v))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_kebab_case_and_unique() {
        let mut names: Vec<&str> = CHECKS.iter().map(|c| c.name).collect();
        for name in &names {
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{name}"
            );
        }
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), CHECKS.len());
    }

    #[test]
    fn every_explanation_says_how_to_silence() {
        for check in CHECKS {
            assert!(
                check
                    .explanation
                    .contains(&format!("--allow {}", check.name)),
                "{}",
                check.name
            );
        }
    }
}
