//! What the model promises about any parsed article and any finding, as
//! plain functions: the property tests and the fuzz targets (which include
//! this file by path) check the same things.

use crosscheck_model::{Article, Evidence, LineIndex, Span};
use crosscheck_parse::normalize::is_space;

/// Return `Err(message)` unless `cond` holds.
macro_rules! ensure {
    ($cond:expr, $($fmt:tt)+) => {
        if !$cond {
            return Err(format!($($fmt)+));
        }
    };
}

/// The lines as SCHEMA.md counts them: split on `\n`, a trailing `\r` and a
/// leading BOM excluded; `(number, start, text)`.
fn raw_lines(text: &str) -> Vec<(u32, usize, &str)> {
    let mut out = Vec::new();
    let mut start = 0;
    for (idx, piece) in text.split('\n').enumerate() {
        let mut line = piece.strip_suffix('\r').unwrap_or(piece);
        let mut offset = start;
        if idx == 0
            && let Some(rest) = line.strip_prefix('\u{feff}')
        {
            line = rest;
            offset += '\u{feff}'.len_utf8();
        }
        out.push((u32::try_from(idx + 1).unwrap_or(u32::MAX), offset, line));
        start += piece.len() + 1;
    }
    out
}

/// A span must lie inside `text` on char boundaries and start on its
/// 1-based `line`, which must exist.
fn span(text: &str, index: &LineIndex, what: &str, line: u32, span: Span) -> Result<(), String> {
    ensure!(span.start <= span.end, "{what}: inverted span {span:?}");
    ensure!(
        (span.end as usize) <= text.len(),
        "{what}: span {span:?} past the end ({} bytes)",
        text.len()
    );
    ensure!(
        text.is_char_boundary(span.start as usize) && text.is_char_boundary(span.end as usize),
        "{what}: span {span:?} splits a char"
    );
    ensure!(
        line >= 1 && (line as usize) <= index.n_lines(),
        "{what}: line {line} of {}",
        index.n_lines()
    );
    ensure!(
        index.line(span.start) == line,
        "{what}: span {span:?} starts on line {}, not {line}",
        index.line(span.start)
    );
    Ok(())
}

/// Every invariant the model promises about `article`, parsed from `text`.
pub(crate) fn article(text: &str, article: &Article) -> Result<(), String> {
    let index = LineIndex::new(text);
    let raw = raw_lines(text);

    // One role per non-blank line, none for blank lines, in order.
    let non_blank: Vec<u32> = raw
        .iter()
        .filter(|(_, _, line)| !line.chars().all(is_space))
        .map(|&(number, _, _)| number)
        .collect();
    let with_role: Vec<u32> = article.lines.iter().map(|l| l.line).collect();
    ensure!(
        with_role == non_blank,
        "lines with a role {with_role:?}, non-blank lines {non_blank:?}"
    );
    for line in &article.lines {
        let Some(&(_, start, line_text)) = raw.get(line.line as usize - 1) else {
            return Err(format!("no line {}", line.line));
        };
        let expected = Span::from_range(start..start + line_text.len());
        ensure!(
            line.span == expected,
            "line {}: span {:?}, expected {expected:?}",
            line.line,
            line.span
        );
        if let Some(original) = line.duplicate_of {
            ensure!(
                original < line.line,
                "line {} duplicates line {original}",
                line.line
            );
        }
    }

    for s in &article.sentences {
        span(text, &index, "sentence", s.line, s.span)?;
    }
    for q in &article.quotes {
        span(text, &index, "quote", q.line, q.span)?;
        ensure!(
            q.span.text(text) == Some(q.text.as_str()),
            "quote text {:?} is not its span's",
            q.text
        );
        if let Some(s) = q.speaker_span {
            ensure!(s.text(text).is_some(), "speaker span {s:?} off the text");
        }
    }
    let n_figures = article.figures.len();
    for f in &article.figures {
        span(text, &index, "figure", f.line, f.span)?;
        ensure!(
            f.paired_with.is_none_or(|k| k < n_figures),
            "figure paired with {:?} of {n_figures}",
            f.paired_with
        );
    }
    for a in &article.acronyms {
        span(text, &index, "acronym", a.line, a.span)?;
    }
    for p in &article.people {
        for m in &p.mentions {
            span(text, &index, "person mention", m.line, m.span)?;
        }
        for r in &p.roles {
            span(text, &index, "person role", r.line, r.span)?;
        }
    }
    for o in &article.organisations {
        for m in &o.mentions {
            span(text, &index, "organisation mention", m.line, m.span)?;
        }
    }
    if let Some(survey) = &article.survey {
        for m in &survey.mentions {
            span(text, &index, "survey mention", m.line, m.span)?;
        }
        for &k in survey.sample_figures.iter().chain(&survey.shares) {
            ensure!(k < n_figures, "survey figure {k} of {n_figures}");
        }
    }
    for g in &article.groups {
        span(text, &index, "share group", g.line, g.span)?;
        for &k in &g.figures {
            ensure!(k < n_figures, "group figure {k} of {n_figures}");
        }
    }
    for v in &article.vague {
        span(text, &index, "vague quantity", v.line, v.span)?;
        ensure!(
            v.figure < n_figures,
            "vague figure {} of {n_figures}",
            v.figure
        );
    }
    for r in &article.relations {
        span(text, &index, "relation", r.line, r.span)?;
    }
    for i in &article.issues {
        span(text, &index, "issue", i.line, i.span)?;
    }
    Ok(())
}

/// Evidence must point into the text of the article it names; `texts` are
/// `(source, text)` pairs.
pub(crate) fn evidence(texts: &[(String, String)], evidence: &Evidence) -> Result<(), String> {
    let Some((_, text)) = texts.iter().find(|(source, _)| *source == evidence.source) else {
        return Err(format!("evidence names {:?}", evidence.source));
    };
    span(
        text,
        &LineIndex::new(text),
        "evidence",
        evidence.line,
        evidence.span,
    )
}
