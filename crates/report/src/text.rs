//! The human text view of one extracted article.

use std::fmt::Write as _;

use crosscheck_model::{Article, Figure, FigureKind, Role};

/// A readable view of one article: header fields, every line with its
/// role in a margin (chrome marked with `·`), then what was extracted.
/// `text` is the article's original text, for the line contents.
pub fn article_text(article: &Article, text: &str) -> String {
    let mut out = String::new();
    let none = "(none)";
    let _ = writeln!(out, "== {}", article.source);
    let _ = writeln!(
        out,
        "headline:   {}",
        article.headline.as_deref().unwrap_or(none)
    );
    let _ = writeln!(
        out,
        "standfirst: {}",
        article.standfirst.as_deref().unwrap_or(none)
    );
    let bylines = if article.bylines.is_empty() {
        none.to_owned()
    } else {
        article.bylines.join("; ")
    };
    let _ = writeln!(out, "bylines:    {bylines}");
    let published = article
        .published
        .map_or_else(|| none.to_owned(), |date| date.to_string());
    let _ = writeln!(out, "published:  {published}");
    let _ = writeln!(out);

    let width = article
        .lines
        .last()
        .map_or(1, |line| line.line.to_string().len());
    for line in &article.lines {
        let content = line.span.text(text).unwrap_or("");
        let mark = if line.role == Role::Chrome {
            '·'
        } else {
            '│'
        };
        let _ = writeln!(
            out,
            "{:>width$} {:<10} {mark} {}",
            line.line,
            line.role.as_str(),
            content.trim_end()
        );
    }

    if !article.quotes.is_empty() {
        let _ = writeln!(out, "\nquotes:");
        for quote in &article.quotes {
            let speaker = quote.speaker.as_deref().unwrap_or("(unattributed)");
            let _ = writeln!(out, "  {:>width$} {speaker}: “{}”", quote.line, quote.text);
        }
    }
    if !article.figures.is_empty() {
        let _ = writeln!(out, "\nfigures:");
        for figure in &article.figures {
            let _ = writeln!(out, "  {:>width$} {}", figure.line, describe_figure(figure));
        }
    }
    if !article.acronyms.is_empty() {
        let _ = writeln!(out, "\nacronyms:");
        for acronym in &article.acronyms {
            let _ = writeln!(
                out,
                "  {:>width$} {} = {}",
                acronym.line, acronym.short, acronym.long
            );
        }
    }
    if !article.people.is_empty() {
        let _ = writeln!(out, "\npeople:");
        for person in &article.people {
            let roles: Vec<String> = person
                .roles
                .iter()
                .map(|role| match (&role.title, &role.organisation) {
                    (Some(title), Some(org)) => format!("{title}, {org}"),
                    (Some(title), None) => title.clone(),
                    (None, Some(org)) => org.clone(),
                    (None, None) => String::new(),
                })
                .filter(|role| !role.is_empty())
                .collect();
            let honorifics = if person.honorifics.is_empty() {
                String::new()
            } else {
                format!(" ({})", person.honorifics.join(", "))
            };
            let roles = if roles.is_empty() {
                String::new()
            } else {
                format!(": {}", roles.join("; "))
            };
            let _ = writeln!(out, "  {}{honorifics}{roles}", person.name);
        }
    }
    if !article.organisations.is_empty() {
        let _ = writeln!(out, "\norganisations:");
        for org in &article.organisations {
            match &org.acronym {
                Some(acronym) => {
                    let _ = writeln!(out, "  {} ({acronym})", org.name);
                }
                None => {
                    let _ = writeln!(out, "  {}", org.name);
                }
            }
        }
    }
    if let Some(survey) = &article.survey {
        let _ = writeln!(out, "\nsurvey:");
        let field = |value: Option<String>| value.unwrap_or_else(|| "(not stated)".to_owned());
        let _ = writeln!(out, "  sponsor:       {}", field(survey.sponsor.clone()));
        let _ = writeln!(out, "  pollster:      {}", field(survey.pollster.clone()));
        let _ = writeln!(out, "  population:    {}", field(survey.population.clone()));
        let _ = writeln!(
            out,
            "  respondents:   {}",
            field(survey.respondents.map(|n| n.to_string()))
        );
        let _ = writeln!(
            out,
            "  contacted:     {}",
            field(survey.contacted.map(|n| n.to_string()))
        );
        let _ = writeln!(
            out,
            "  response rate: {}",
            field(survey.response_rate.map(|r| format!("{}%", trim_float(r))))
        );
        let shares: Vec<&str> = survey
            .shares
            .iter()
            .filter_map(|&idx| article.figures.get(idx).map(|f| f.text.as_str()))
            .collect();
        let _ = writeln!(
            out,
            "  shares of respondents: {}",
            if shares.is_empty() {
                "(none found)".to_owned()
            } else {
                shares.join(", ")
            }
        );
    }
    if !article.issues.is_empty() {
        let _ = writeln!(out, "\nissues:");
        for issue in &article.issues {
            let _ = writeln!(out, "  {:>width$} {}", issue.line, issue.message);
        }
    }
    out
}

/// "“48%” percent 48, exact, of respondents"
fn describe_figure(figure: &Figure) -> String {
    let value = match figure.kind {
        FigureKind::Percent => format!("{}%", trim_float(figure.value)),
        FigureKind::Proportion => format!("{:.4}", figure.value),
        FigureKind::Count => trim_float(figure.value),
        FigureKind::Money => format!(
            "{} {}",
            trim_float(figure.value),
            figure.unit.as_deref().unwrap_or("")
        ),
        FigureKind::Duration => format!("{} years", trim_float(figure.value)),
    };
    let mut out = format!(
        "“{}” {} {value}, {}",
        figure.text,
        figure.kind.as_str(),
        figure.qualifier.as_str()
    );
    if let Some(measure) = &figure.measure {
        let _ = write!(out, ", of {measure}");
    }
    out
}

fn trim_float(value: f64) -> String {
    let s = format!("{value:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}
