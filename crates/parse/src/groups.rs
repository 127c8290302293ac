//! Which figures the text sets together, from its structure, never by
//! adding every percentage in the article:
//!
//! - **answers to one question**: shares in one sentence each tied to an
//!   answer word ("43% disagreed and only 31% agreed"), a line listing
//!   labelled shares ("Support 61% / Oppose 30% / Unsure 9%"), or a run of
//!   short lines with one share each ("Support: 61%" ...). Shares of
//!   subgroups ("54% among the young, 78% among the old") and trends ("up
//!   from 40% to 45%") are not answers to one question.
//! - **contrasts**: two shares in one sentence set against each other
//!   ("64% ..., while only 14% ...").

use std::ops::Range;

use crosscheck_model::{Figure, FigureKind, Role, ShareGroup, Span};

use crate::Para;

/// Words that name an answer to a question.
const ANSWERS: &[&str] = &[
    "agree",
    "agreed",
    "agrees",
    "disagree",
    "disagreed",
    "disagrees",
    "support",
    "supported",
    "supports",
    "oppose",
    "opposed",
    "opposes",
    "backed",
    "against",
    "favour",
    "favor",
    "yes",
    "no",
    "unsure",
    "undecided",
    "neither",
    "satisfied",
    "dissatisfied",
    "approve",
    "approved",
    "disapprove",
    "disapproved",
    "likely",
    "unlikely",
    "positive",
    "negative",
    "effective",
    "ineffective",
    "good",
    "poor",
    "better",
    "worse",
    "trust",
    "distrust",
    "know",
    "sure",
];

/// Words that make shares belong to different groups of people.
const SUBGROUP: &[&str] = &["among", "aged", "amongst"];

/// Words that make shares a trend or a comparison over time.
const TREND: &[&str] = &[
    "rose",
    "risen",
    "rising",
    "fell",
    "fallen",
    "falling",
    "increased",
    "decreased",
    "up",
    "down",
    "compared",
    "than",
    "previous",
    "last",
    "year",
    "from",
];

/// Words that set two shares against each other.
const CONTRAST: &[&str] = &[
    "while", "whilst", "whereas", "but", "only", "compared", "versus", "vs", "against", "than",
];

fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect()
}

/// A percentage that is a share (not a change in points, not negative).
fn is_share(figure: &Figure) -> bool {
    figure.kind == FigureKind::Percent && figure.value >= 0.0 && !figure.text.contains("point")
}

/// Local byte range of `figure` in `para`.
fn local(para: &Para<'_>, figure: &Figure) -> Option<Range<usize>> {
    let start = figure.span.start.checked_sub(para.start)? as usize;
    let end = figure.span.end.checked_sub(para.start)? as usize;
    (end <= para.text.len()).then_some(start..end)
}

/// The share groups of the body lines.
pub(crate) fn share_groups(paras: &[Para<'_>], figures: &[Figure]) -> Vec<ShareGroup> {
    let mut groups = Vec::new();
    let body: Vec<&Para<'_>> = paras.iter().filter(|p| p.role == Role::Body).collect();
    // Figures by line, in order (figures come in text order).
    let on_line = |line: u32| -> Vec<usize> {
        let first = figures.partition_point(|f| f.line < line);
        (first..figures.len())
            .take_while(|&idx| figures[idx].line == line)
            .collect()
    };
    let mut run: Vec<usize> = Vec::new();
    for para in &body {
        crate::work::tick(1);
        let shares: Vec<usize> = on_line(para.line)
            .into_iter()
            .filter(|&idx| is_share(&figures[idx]))
            .collect();
        if shares.is_empty() {
            flush_run(&mut run, figures, &mut groups);
            continue;
        }
        let n_words = crate::normalize::words(para.text).count();
        // A run of short lines with one share each: "Support: 61%".
        if shares.len() == 1 && n_words <= 8 {
            run.extend(&shares);
            continue;
        }
        flush_run(&mut run, figures, &mut groups);
        if shares.len() < 2 {
            continue;
        }
        // One line listing labelled shares: "Support 61% / Oppose 30%".
        if n_words <= 24 && listed(para, &shares, figures) {
            groups.push(group(figures, &shares, true, false));
            continue;
        }
        // Shares and sentences are both in text order: walk them together.
        let mut next_share = 0;
        for range in para.sentences().iter() {
            crate::work::tick(1);
            let mut in_sentence: Vec<usize> = Vec::new();
            while let Some(&idx) = shares.get(next_share) {
                crate::work::tick(1);
                let Some(r) = local(para, &figures[idx]) else {
                    next_share += 1;
                    continue;
                };
                if r.start >= range.end {
                    break;
                }
                if r.start >= range.start && r.end <= range.end {
                    in_sentence.push(idx);
                }
                next_share += 1;
            }
            if in_sentence.len() >= 2
                && let Some(group) = sentence_group(para, range, &in_sentence, figures)
            {
                groups.push(group);
            }
        }
    }
    flush_run(&mut run, figures, &mut groups);
    groups
}

fn flush_run(run: &mut Vec<usize>, figures: &[Figure], groups: &mut Vec<ShareGroup>) {
    if run.len() >= 2 {
        groups.push(group(figures, run, true, false));
    }
    run.clear();
}

fn group(figures: &[Figure], members: &[usize], answers: bool, contrast: bool) -> ShareGroup {
    let span = members
        .iter()
        .filter_map(|&idx| figures.get(idx).map(|f| f.span))
        .reduce(Span::cover)
        .unwrap_or_default();
    ShareGroup {
        figures: members.to_vec(),
        answers,
        contrast,
        line: members
            .first()
            .and_then(|&idx| figures.get(idx))
            .map_or(0, |f| f.line),
        span,
    }
}

/// Shares separated by list punctuation with short labels between them.
fn listed(para: &Para<'_>, shares: &[usize], figures: &[Figure]) -> bool {
    let ranges: Vec<Range<usize>> = shares
        .iter()
        .filter_map(|&idx| local(para, &figures[idx]))
        .collect();
    ranges.windows(2).all(|pair| {
        let gap = para.text.get(pair[0].end..pair[1].start).unwrap_or("");
        gap.contains(['/', '|', ';', '•']) && words(gap).len() <= 5
    })
}

/// Shares in one sentence: answers when each carries an answer word and
/// none is a subgroup or trend; a contrast when two are set apart.
fn sentence_group(
    para: &Para<'_>,
    sentence: &Range<usize>,
    shares: &[usize],
    figures: &[Figure],
) -> Option<ShareGroup> {
    let text = para.text.get(sentence.clone())?;
    let all_words = words(text);
    let ranges: Vec<Range<usize>> = shares
        .iter()
        .filter_map(|&idx| local(para, &figures[idx]))
        .collect();
    // The words that belong to each share: from it to the next share.
    let windows: Vec<Vec<String>> = ranges
        .iter()
        .enumerate()
        .map(|(k, range)| {
            let end = ranges.get(k + 1).map_or(sentence.end, |next| next.start);
            let after = para.text.get(range.end..end).unwrap_or("");
            words(after).into_iter().take(6).collect()
        })
        .collect();
    let subgroup = windows
        .iter()
        .any(|w| w.iter().any(|w| SUBGROUP.contains(&w.as_str())));
    let trend = all_words.iter().any(|w| TREND.contains(&w.as_str()));
    let answered = windows
        .iter()
        .filter(|w| w.iter().take(4).any(|w| ANSWERS.contains(&w.as_str())))
        .count();
    let answers = !subgroup && !trend && answered == shares.len();
    let contrast = shares.len() == 2 && {
        let between = para.text.get(ranges[0].end..ranges[1].start).unwrap_or("");
        words(between)
            .iter()
            .any(|w| CONTRAST.contains(&w.as_str()))
    };
    (answers || contrast).then(|| group(figures, shares, answers, contrast))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paras(text: &str) -> Vec<Para<'_>> {
        let mut out = Vec::new();
        let mut start = 0u32;
        for (idx, line) in text.split('\n').enumerate() {
            if !line.trim().is_empty() {
                out.push(Para {
                    line: u32::try_from(idx + 1).unwrap(),
                    start,
                    text: line,
                    role: Role::Body,
                    sentences: &[],
                });
            }
            start += u32::try_from(line.len()).unwrap() + 1;
        }
        out
    }

    /// Groups as (figure texts, answers, contrast).
    fn check(text: &str, expected: &[(&[&str], bool, bool)]) {
        let paras = paras(text);
        let figures = crate::figures::figures(&paras);
        let got: Vec<(Vec<&str>, bool, bool)> = share_groups(&paras, &figures)
            .iter()
            .map(|g| {
                (
                    g.figures
                        .iter()
                        .map(|&i| figures[i].text.as_str())
                        .collect(),
                    g.answers,
                    g.contrast,
                )
            })
            .collect();
        let expected: Vec<(Vec<&str>, bool, bool)> = expected
            .iter()
            .map(|(f, a, c)| (f.to_vec(), *a, *c))
            .collect();
        assert_eq!(got, expected, "{text}");
    }

    #[test]
    fn answers_in_one_sentence() {
        check(
            "Asked about the plan, 52% of members backed it and 41% opposed it.",
            &[(&["52%", "41%"], true, false)],
        );
    }
    #[test]
    fn answers_with_contrast() {
        check(
            "Some 38% of staff agreed, while only 27% disagreed.",
            &[(&["38%", "27%"], true, true)],
        );
    }
    #[test]
    fn listed_on_one_line() {
        check(
            "Support 61% / Oppose 30% / Unsure 9%",
            &[(&["61%", "30%", "9%"], true, false)],
        );
    }
    #[test]
    fn run_of_short_lines() {
        check(
            "Should the clinic stay open at weekends?\nYes: 70%\nNo: 22%\nDon't know: 8%\nThe council will decide next month after a consultation closes.",
            &[(&["70%", "22%", "8%"], true, false)],
        );
    }
    #[test]
    fn subgroups_are_not_answers() {
        check(
            "Support was 48% among younger voters and 71% among pensioners.",
            &[],
        );
    }
    #[test]
    fn trend_is_not_answers() {
        check(
            "Satisfaction rose from 34% last year to 39% this year.",
            &[],
        );
    }
    #[test]
    fn different_questions_in_one_sentence_are_not_grouped() {
        check(
            "In all, 55% had cut a service and 23% had closed a branch.",
            &[],
        );
    }
    #[test]
    fn contrast_without_answers() {
        check(
            "Around 70% rated local care highly, but only 20% said the same of national bodies.",
            &[(&["70%", "20%"], false, true)],
        );
    }
    #[test]
    fn findings_bullets_are_not_one_question() {
        check(
            "• 61% of practices have a vacancy they cannot fill this year\n• 45% of practices expect to cut opening hours by the spring",
            &[],
        );
    }
}
