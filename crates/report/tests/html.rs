// Test helpers outside #[test] fns: a failed setup step should stop the test.
#![allow(clippy::unwrap_used)]

//! The HTML report, read back with an HTML parser: its structure, its
//! links, that it shows every finding, quote and figure, that it loses no
//! text, and that hostile article text stays text.

use std::{
    collections::{BTreeMap, BTreeSet},
    fs,
    path::{Path, PathBuf},
};

use base64::Engine as _;
use crosscheck_model::{Article, ArticleReport, CorpusReport};
use crosscheck_report::{CheckDoc, HtmlArticle, html_report};
use scraper::{ElementRef, Html, Node, Selector};
use sha2::Digest as _;

/// Articles, what the checks found, and the page rendered from them.
struct Case {
    articles: Vec<Article>,
    reports: Vec<ArticleReport>,
    corpus: Option<CorpusReport>,
    html: String,
}

fn checks() -> Vec<CheckDoc<'static>> {
    crosscheck_analysis::CHECKS
        .iter()
        .map(|c| CheckDoc {
            name: c.name,
            severity: c.severity,
            summary: c.summary,
            explanation: c.explanation,
        })
        .collect()
}

/// What `crosscheck report` does, without the binary.
fn case(paths: &[PathBuf]) -> Case {
    let texts: Vec<(String, String)> = paths
        .iter()
        .map(|path| {
            (
                path.display().to_string(),
                fs::read_to_string(path).unwrap(),
            )
        })
        .collect();
    let articles: Vec<Article> = texts
        .iter()
        .map(|(source, text)| crosscheck_parse::article(source, text))
        .collect();
    let reports: Vec<ArticleReport> = articles
        .iter()
        .map(crosscheck_analysis::check_article)
        .collect();
    let corpus = (articles.len() > 1).then(|| {
        let digests: Vec<_> = articles
            .iter()
            .zip(&texts)
            .map(|(article, (_, text))| crosscheck_analysis::Digest::new(article, text))
            .collect();
        crosscheck_analysis::check_corpus(&digests)
    });
    let items: Vec<HtmlArticle<'_>> = articles
        .iter()
        .zip(&texts)
        .zip(&reports)
        .map(|((article, (_, text)), report)| HtmlArticle {
            article,
            text,
            report,
        })
        .collect();
    let html = html_report(&items, corpus.as_ref(), &checks());
    Case {
        articles,
        reports,
        corpus,
        html,
    }
}

fn seeds() -> Case {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    case(&paths)
}

fn hostile_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile.txt")
}

fn hostile() -> Case {
    case(&[hostile_path()])
}

fn sel(css: &str) -> Selector {
    Selector::parse(css).unwrap()
}

fn text_of(element: ElementRef<'_>) -> String {
    element.text().collect()
}

/// The text a reader sees in the flow of a line: tooltips and notes left
/// out.
fn flow_text(element: ElementRef<'_>, out: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(text) => out.push_str(text),
            Node::Element(el) if el.has_class("tip", scraper::CaseSensitivity::CaseSensitive) => {}
            Node::Element(el) if el.has_class("dup", scraper::CaseSensitivity::CaseSensitive) => {}
            Node::Element(_) => {
                if let Some(child) = ElementRef::wrap(child) {
                    flow_text(child, out);
                }
            }
            _ => {}
        }
    }
}

fn by_id<'a>(doc: &'a Html, id: &str) -> ElementRef<'a> {
    doc.select(&sel("[id]"))
        .find(|e| e.value().id() == Some(id))
        .unwrap_or_else(|| panic!("no element with id {id}"))
}

#[test]
fn structure() {
    let case = seeds();
    let doc = Html::parse_document(&case.html);
    assert_eq!(doc.select(&sel("h1")).count(), 1);
    for id in ["overview", "articles", "across", "explanations"] {
        by_id(&doc, id);
    }
    let viewport = doc.select(&sel("meta[name=viewport]")).next().unwrap();
    assert!(
        viewport
            .attr("content")
            .unwrap()
            .contains("width=device-width")
    );
    // One section per article, in input order, each headed by its headline.
    let sections: Vec<ElementRef<'_>> = doc.select(&sel("article.article")).collect();
    assert_eq!(sections.len(), case.articles.len());
    for (section, article) in sections.iter().zip(&case.articles) {
        let heading = text_of(section.select(&sel("h3")).next().unwrap());
        match &article.headline {
            Some(headline) => assert_eq!(heading, *headline),
            None => assert!(heading.contains("no headline")),
        }
        // Every non-blank line, with its role as a class and a label.
        let lines: Vec<ElementRef<'_>> = section.select(&sel(".line")).collect();
        assert_eq!(lines.len(), article.lines.len());
        for (element, line) in lines.iter().zip(&article.lines) {
            let class = format!("role-{}", line.role.as_str());
            assert!(
                element
                    .value()
                    .has_class(&class, scraper::CaseSensitivity::CaseSensitive)
            );
            let label = text_of(element.select(&sel(".role")).next().unwrap());
            assert_eq!(label, line.role.as_str());
        }
    }
    // The overview lists every article and every cluster.
    let overview = by_id(&doc, "overview");
    assert_eq!(
        overview.select(&sel("table.articles tbody tr")).count(),
        case.articles.len()
    );
    let corpus = case.corpus.as_ref().unwrap();
    assert!(!corpus.clusters.is_empty());
    for (n, cluster) in corpus.clusters.iter().enumerate() {
        let section = by_id(&doc, &format!("c{}", n + 1));
        let text = text_of(section);
        assert!(text.contains(&cluster.label));
        for evidence in &cluster.evidence {
            assert!(text.contains(evidence), "cluster evidence {evidence:?}");
        }
    }
    // An explanation per check, with its text.
    for check in crosscheck_analysis::CHECKS {
        let section = by_id(&doc, &format!("check-{}", check.name));
        let shown = text_of(section.select(&sel("pre")).next().unwrap());
        assert_eq!(shown, check.explanation);
    }
}

#[test]
fn every_internal_link_resolves_and_nothing_points_outside() {
    for case in [seeds(), hostile()] {
        let doc = Html::parse_document(&case.html);
        let mut ids = BTreeSet::new();
        for element in doc.select(&sel("[id]")) {
            let id = element.value().id().unwrap();
            assert!(ids.insert(id.to_owned()), "duplicate id {id}");
        }
        let mut n_links = 0;
        for link in doc.select(&sel("[href]")) {
            let href = link.attr("href").unwrap();
            let target = href
                .strip_prefix('#')
                .unwrap_or_else(|| panic!("a link out of the page: {href}"));
            assert!(ids.contains(target), "dangling link {href}");
            n_links += 1;
        }
        assert!(n_links > 10);
        // Nothing that could load from anywhere.
        for css in ["[src]", "link", "img", "iframe", "object", "embed", "base"] {
            assert_eq!(doc.select(&sel(css)).count(), 0, "{css}");
        }
    }
}

#[test]
fn every_finding_appears_with_its_message() {
    let case = seeds();
    let doc = Html::parse_document(&case.html);
    let mut n_findings = 0;
    for (idx, report) in case.reports.iter().enumerate() {
        for (k, finding) in report.findings.iter().enumerate() {
            let entry = text_of(by_id(&doc, &format!("a{}-f{}", idx + 1, k + 1)));
            assert!(entry.contains(&finding.name) && entry.contains(&finding.message));
            n_findings += 1;
        }
    }
    let corpus = case.corpus.as_ref().unwrap();
    for (k, finding) in corpus.findings.iter().enumerate() {
        let entry = text_of(by_id(&doc, &format!("x{}", k + 1)));
        assert!(entry.contains(&finding.name) && entry.contains(&finding.message));
        n_findings += 1;
    }
    assert!(n_findings >= 6, "the seeds have findings: {n_findings}");
    // Each finding is also anchored at its words, its message in the tooltip.
    let tips: Vec<String> = doc
        .select(&sel(".hl-finding[tabindex] > .tip"))
        .map(text_of)
        .collect();
    let all = case
        .reports
        .iter()
        .flat_map(|r| &r.findings)
        .chain(&corpus.findings);
    for finding in all {
        assert!(
            tips.iter().any(|tip| tip.contains(&finding.message)),
            "{} not anchored in the text",
            finding.name
        );
    }
    // The overview's counts add up to all of them.
    let listed = doc.select(&sel("#overview .by-severity li")).count();
    assert_eq!(listed, n_findings);
    // The quote variant shows a word diff.
    let variant = corpus
        .findings
        .iter()
        .position(|f| f.name == "quote-variant")
        .unwrap();
    let entry = by_id(&doc, &format!("x{}", variant + 1));
    assert!(entry.select(&sel(".diff del, .diff ins")).count() > 0);
}

#[test]
fn quotes_and_figures_carry_their_details() {
    let case = seeds();
    let doc = Html::parse_document(&case.html);
    let mut n_quotes = 0;
    let mut n_figures = 0;
    for (idx, article) in case.articles.iter().enumerate() {
        let section = by_id(&doc, &format!("a{}", idx + 1));
        let quote_tips: Vec<String> = section
            .select(&sel(".hl-quote[tabindex] > .tip"))
            .map(text_of)
            .collect();
        assert_eq!(quote_tips.len(), article.quotes.len(), "{}", article.source);
        for (quote, tip) in article.quotes.iter().zip(&quote_tips) {
            match &quote.speaker {
                Some(speaker) => assert!(tip.contains(speaker.as_str()), "{tip}"),
                None => assert!(tip.contains("unattributed")),
            }
        }
        let figure_tips: Vec<String> = section
            .select(&sel(".hl-figure[tabindex] > .tip"))
            .map(text_of)
            .collect();
        assert_eq!(
            figure_tips.len(),
            article.figures.len(),
            "{}",
            article.source
        );
        for (figure, tip) in article.figures.iter().zip(&figure_tips) {
            assert!(tip.contains(figure.kind.as_str()), "{tip}");
            assert!(tip.contains(figure.qualifier.as_str()), "{tip}");
            if let Some(measure) = &figure.measure {
                assert!(tip.contains(measure.as_str()), "{tip}");
            }
        }
        n_quotes += article.quotes.len();
        n_figures += article.figures.len();
    }
    assert!(n_quotes > 10 && n_figures > 10);
}

#[test]
fn highlights_lose_no_text() {
    for case in [seeds(), hostile()] {
        let doc = Html::parse_document(&case.html);
        for (idx, article) in case.articles.iter().enumerate() {
            let text = fs::read_to_string(&article.source).unwrap();
            for line in &article.lines {
                let element = by_id(&doc, &format!("a{}-L{}", idx + 1, line.line));
                let mut shown = String::new();
                flow_text(element.select(&sel(".tx")).next().unwrap(), &mut shown);
                assert_eq!(shown, line.span.text(&text).unwrap());
            }
        }
    }
}

#[test]
fn only_our_script_runs_and_the_policy_names_it() {
    for case in [seeds(), hostile()] {
        let doc = Html::parse_document(&case.html);
        let scripts: Vec<ElementRef<'_>> = doc.select(&sel("script")).collect();
        assert_eq!(scripts.len(), 1);
        let digest = sha2::Sha256::digest(text_of(scripts[0]).as_bytes());
        let hash = base64::engine::general_purpose::STANDARD.encode(digest);
        let csp = doc
            .select(&sel("meta[http-equiv=Content-Security-Policy]"))
            .next()
            .unwrap()
            .attr("content")
            .unwrap()
            .to_owned();
        assert!(csp.starts_with("default-src 'none';"), "{csp}");
        assert!(
            csp.contains(&format!("script-src 'sha256-{hash}';")),
            "{csp}"
        );
        assert_eq!(doc.select(&sel("style")).count(), 1);
    }
}

#[test]
fn hostile_text_stays_text() {
    let case = hostile();
    let doc = Html::parse_document(&case.html);
    // No element has an event handler, no link runs script.
    for element in doc.select(&sel("*")) {
        for (name, value) in element.value().attrs() {
            assert!(!name.starts_with("on"), "{name}={value}");
            assert!(!value.trim_start().to_lowercase().starts_with("javascript:"));
        }
    }
    for css in ["svg", "iframe", "img", "a[href^=javascript]"] {
        assert_eq!(doc.select(&sel(css)).count(), 0, "{css}");
    }
    // The text is there, literally.
    let text = by_id(&doc, "a1").text().collect::<String>();
    for literal in [
        "<script>window.PWNED=1</script>",
        "<img src=x onerror=alert(1)>",
        "</style>",
        r#"<a href="javascript:alert(1)">x</a>"#,
        r#"<iframe src="https://example.invalid/"></iframe>"#,
        "It's the best plan we've had",
    ] {
        assert!(text.contains(literal), "{literal} is not shown");
    }
    // Quotes with both kinds of marks keep their speaker.
    let article = &case.articles[0];
    assert!(!article.quotes.is_empty());
    let speakers: BTreeMap<_, _> = article
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_deref())
        .map(|s| (s, ()))
        .collect();
    let tips: String = doc.select(&sel(".hl-quote > .tip")).map(text_of).collect();
    for speaker in speakers.keys() {
        assert!(tips.contains(speaker), "{speaker}");
    }
}

#[test]
fn figure_conflicts_are_tabled_by_measure_article_and_value() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/conflict");
    let case = case(&[dir.join("a.txt"), dir.join("b.txt")]);
    let doc = Html::parse_document(&case.html);
    let corpus = case.corpus.as_ref().unwrap();
    let conflicts: Vec<usize> = (0..corpus.findings.len())
        .filter(|&k| corpus.findings[k].name == "figure-conflict")
        .collect();
    assert_eq!(conflicts.len(), 2);
    let mut rows = Vec::new();
    for k in conflicts {
        let entry = by_id(&doc, &format!("x{}", k + 1));
        for row in entry.select(&sel("table.conflict tbody tr")) {
            let cells: Vec<String> = row.select(&sel("td")).map(text_of).collect();
            let file = Path::new(&cells[1]).file_name().unwrap().to_owned();
            rows.push((
                cells[0].clone(),
                file.to_string_lossy().into_owned(),
                cells[2].clone(),
            ));
        }
    }
    let row = |measure: &str, file: &str, value: &str| {
        (measure.to_owned(), file.to_owned(), value.to_owned())
    };
    for expected in [
        row("sample size, of nurses", "a.txt", "412"),
        row("sample size, of nurses", "b.txt", "421"),
        row("share", "a.txt", "64%"),
        row("share", "b.txt", "46%"),
    ] {
        assert!(rows.contains(&expected), "{expected:?} not in {rows:?}");
    }
}
