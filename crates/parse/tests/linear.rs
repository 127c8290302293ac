//! Linear time on pathological inputs, checked by counting work rather
//! than timing it: the parser ticks `crosscheck_parse::work` in every loop
//! that scans, and each input below is parsed at sizes n, 2n and 4n. The
//! work at 4n must stay within linear growth plus slack.
//!
//! Each base size is 20 to 50 KB, so the whole file takes a second or two
//! in a debug build.

use crosscheck_parse::work;

/// Work at 4n over work at n may exceed 4 by this much (fixed costs shrink
/// the ratio; look-ahead that stops at the text's end grows it a little).
const MAX_RATIO: f64 = 4.6;

/// Parse `make(n)`, `make(2n)` and `make(4n)`; assert linear growth.
#[allow(clippy::print_stdout)] // the counts are what `--nocapture` shows
fn assert_linear(name: &str, n: usize, make: impl Fn(usize) -> String) {
    let counts: Vec<(usize, u64)> = [n, 2 * n, 4 * n]
        .into_iter()
        .map(|size| {
            let text = make(size);
            let (article, steps) = work::measure(|| crosscheck_parse::article("linear.txt", &text));
            assert!(!article.source.is_empty());
            (text.len(), steps)
        })
        .collect();
    let ratio = counts[2].1 as f64 / counts[0].1.max(1) as f64;
    println!(
        "{name:<22} bytes {:>7} {:>7} {:>7}  work {:>9} {:>9} {:>9}  4n/n {ratio:.2}",
        counts[0].0, counts[1].0, counts[2].0, counts[0].1, counts[1].1, counts[2].1
    );
    assert!(
        counts[0].1 >= counts[0].0 as u64 / 8,
        "{name}: {} steps for {} bytes; is the counter ticking?",
        counts[0].1,
        counts[0].0
    );
    assert!(
        ratio <= MAX_RATIO,
        "{name}: work grew {ratio:.2}x from n to 4n ({counts:?})"
    );
}

/// A sentence to start the article, so that the pathological line is body.
const LEAD: &str = "The council met on Monday to agree the budget for next year.\n\n";

/// SplitMix64, for word soup that is the same on every run.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        ((z ^ (z >> 31)) % n as u64) as usize
    }
}

#[test]
fn quote_marks() {
    assert_linear("quote marks", 8_000, |n| {
        let mut text = LEAD.to_owned();
        for k in 0..n {
            text.push_str(["“a ", "” ", "‘", "’ ", "\"", "'s "][k % 6]);
        }
        text
    });
}

#[test]
fn opening_quote_marks() {
    assert_linear("opening quote marks", 10_000, |n| {
        format!("{LEAD}Ann Lee said {}\n", "“".repeat(n))
    });
}

#[test]
fn nested_brackets() {
    assert_linear("nested brackets", 10_000, |n| {
        format!(
            "{LEAD}The board (which {} met) agreed.\n",
            "(".repeat(n) + &")".repeat(n)
        )
    });
}

#[test]
fn one_line_of_figures() {
    assert_linear("line of figures", 6_000, |n| {
        let mut text = LEAD.to_owned();
        for k in 0..n {
            text.push_str(&format!("{}% ", 10 + k % 90));
        }
        text
    });
}

#[test]
fn figures_in_context() {
    assert_linear("figures in context", 800, |n| {
        let mut text = LEAD.to_owned();
        for k in 0..n {
            text.push_str(&format!(
                "{} out of {} ({}%) of leads agreed, while {}% disagreed. ",
                k % 500,
                569,
                k % 100,
                (k + 7) % 100
            ));
        }
        text
    });
}

#[test]
fn repeated_paragraphs() {
    assert_linear("repeated paragraphs", 150, |n| {
        let para = "“We are worried,” said Dr Ann Lee, chair of the NHS Confederation (NHSC), adding that 43% of 273 leads disagreed.\n\n";
        format!(
            "Trust fined over late scans\n\nBy Ann Lee\n\n{}",
            para.repeat(n)
        )
    });
}

#[test]
fn word_soup() {
    const WORDS: &[&str] = &[
        "the", "said", "Ann", "Lee", "of", "NHS", "(NHS)", "48%", "“", "”", "board", "trust",
        "told", "and", "Dr", "chair", "survey", "273", "out", "569", "a", "majority", "were",
        "working", "together", "with", "BBC", ".", ",", "he", "she", "By", "Monday", "2024",
    ];
    for lines in [false, true] {
        let name = if lines {
            "word soup, lines"
        } else {
            "word soup, one line"
        };
        assert_linear(name, 6_000, |n| {
            let mut rng = Rng(7);
            let mut text = LEAD.to_owned();
            for k in 0..n {
                text.push_str(WORDS[rng.below(WORDS.len())]);
                text.push(if lines && k % 40 == 39 { '\n' } else { ' ' });
            }
            text
        });
    }
}

#[test]
fn said_verbs() {
    assert_linear("said verbs", 8_000, |n| {
        format!("{LEAD}{}\n", "said ".repeat(n))
    });
    assert_linear("speakers said", 3_000, |n| {
        format!("{LEAD}“Yes,” {}\n", "Ann Lee said, ".repeat(n))
    });
}

#[test]
fn parenthesised_acronyms() {
    assert_linear("acronyms", 6_000, |n| {
        format!("{LEAD}{}\n", "(AB) ".repeat(n))
    });
    assert_linear("defined acronyms", 2_000, |n| {
        format!("{LEAD}{}\n", "Alpha Beta Group (ABG) and ".repeat(n))
    });
}

#[test]
fn many_short_lines() {
    assert_linear("many short lines", 3_000, |n| {
        let mut text = String::from("Trust fined over late scans\n\nBy Ann Lee\n\n");
        for k in 0..n {
            text.push_str(["Share this article", "Advertisement", "Yes.", "- 12%", ""][k % 5]);
            text.push_str(if k % 3 == 0 { "\r\n" } else { "\n" });
        }
        text
    });
}
