//! The self-contained HTML report: one file, inline CSS and a little
//! script, nothing loaded from anywhere, readable opened from disk.
//!
//! Every piece of article text goes through maud, which escapes text and
//! attribute values; article text is only ever element content, never an
//! attribute, an `href` or a `src`. The page's Content-Security-Policy
//! allows only our own script, by its hash, so even an escaping bug could
//! not run script from an article.

use std::collections::{BTreeMap, BinaryHeap};
use std::{cmp::Reverse, fmt::Write as _};

use base64::Engine as _;
use crosscheck_model::{
    Article, ArticleReport, CorpusReport, Evidence, Figure, FigureKind, Finding, Quote, Severity,
    Span,
};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use sha2::Digest as _;
use similar::{ChangeTag, TextDiff};

use crate::human::survey_line;

/// One article as the report shows it: what was parsed, its original text
/// and what the checks found in it.
#[derive(Clone, Copy, Debug)]
pub struct HtmlArticle<'a> {
    /// The parsed article.
    pub article: &'a Article,
    /// Its original text, which the article's spans index.
    pub text: &'a str,
    /// The within-article checks' findings and tallies.
    pub report: &'a ArticleReport,
}

/// A check's documentation, for the report's "Explanations" section (the
/// analysis crate's registry, passed in so that this crate needs only the
/// model).
#[derive(Clone, Copy, Debug)]
pub struct CheckDoc<'a> {
    /// Stable kebab-case name.
    pub name: &'a str,
    /// Severity of its findings.
    pub severity: Severity,
    /// One line: what it flags.
    pub summary: &'a str,
    /// The longer explanation `crosscheck explain` prints.
    pub explanation: &'a str,
}

/// The whole report as one HTML document.
///
/// `across` is what the cross-article checks found (none for a single
/// article); `checks` documents every check a finding may name.
pub fn html_report(
    articles: &[HtmlArticle<'_>],
    across: Option<&CorpusReport>,
    checks: &[CheckDoc<'_>],
) -> String {
    let page = Page::new(articles, across, checks);
    let csp = format!(
        "default-src 'none'; style-src 'unsafe-inline'; script-src '{}'; img-src data:; \
         base-uri 'none'; form-action 'none'",
        script_hash(SCRIPT)
    );
    let n = articles.len();
    let title = format!(
        "crosscheck report: {n} article{}",
        if n == 1 { "" } else { "s" }
    );
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta http-equiv="Content-Security-Policy" content=(csp);
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) }
                style { (PreEscaped(STYLE)) }
            }
            body {
                a.skip href="#articles" { "Skip to the articles" }
                header.top {
                    h1 { (title) }
                    nav aria-label="Sections" {
                        a href="#overview" { "Overview" }
                        a href="#articles" { "Articles" }
                        a href="#across" { "Across articles" }
                        a href="#explanations" { "Explanations" }
                    }
                    p.controls {
                        input #hide-chrome type="checkbox";
                        label for="hide-chrome" { "Hide chrome lines" }
                        span.keys { " · keys: " kbd { "n" } " / " kbd { "p" } " next / previous finding" }
                    }
                }
                main {
                    (page.overview())
                    section #articles {
                        h2 { "Articles" }
                        @for idx in 0..page.articles.len() {
                            (page.article(idx))
                        }
                    }
                    (page.across())
                    (page.explanations())
                }
                script { (PreEscaped(SCRIPT)) }
            }
        }
    }
    .into_string()
}

/// The CSP source for a script: `sha256-` and the base64 of its digest.
fn script_hash(script: &str) -> String {
    let digest = sha2::Sha256::digest(script.as_bytes());
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// What the page needs while it renders: the inputs and the ids given out.
struct Page<'a> {
    articles: &'a [HtmlArticle<'a>],
    across: Option<&'a CorpusReport>,
    checks: &'a [CheckDoc<'a>],
    /// Article index by source.
    by_source: BTreeMap<&'a str, usize>,
}

/// A finding and where the page lists it.
struct Listed<'a> {
    finding: &'a Finding,
    /// The id of its entry.
    id: String,
}

impl<'a> Page<'a> {
    fn new(
        articles: &'a [HtmlArticle<'a>],
        across: Option<&'a CorpusReport>,
        checks: &'a [CheckDoc<'a>],
    ) -> Self {
        let mut by_source = BTreeMap::new();
        for (idx, item) in articles.iter().enumerate() {
            by_source.entry(item.article.source.as_str()).or_insert(idx);
        }
        Page {
            articles,
            across,
            checks,
            by_source,
        }
    }

    /// Every finding with its entry's id: articles' first, in order, then
    /// the cross-article ones.
    fn listed(&self) -> Vec<Listed<'a>> {
        let mut out = Vec::new();
        for (idx, item) in self.articles.iter().enumerate() {
            for (k, finding) in item.report.findings.iter().enumerate() {
                out.push(Listed {
                    finding,
                    id: finding_id(idx, k),
                });
            }
        }
        if let Some(across) = self.across {
            for (k, finding) in across.findings.iter().enumerate() {
                out.push(Listed {
                    finding,
                    id: across_id(k),
                });
            }
        }
        out
    }

    fn check(&self, name: &str) -> Option<&CheckDoc<'a>> {
        self.checks.iter().find(|c| c.name == name)
    }

    /// A link to a place in an article: its line when the line is shown,
    /// else the article, else nothing.
    fn place_href(&self, source: &str, line: u32) -> Option<String> {
        let idx = *self.by_source.get(source)?;
        let article = self.articles.get(idx)?.article;
        Some(if article.role_of(line).is_some() {
            line_id(idx, line)
        } else {
            article_id(idx)
        })
    }

    fn overview(&self) -> Markup {
        let listed = self.listed();
        let severities = [Severity::Error, Severity::Warning, Severity::Info];
        html! {
            section #overview {
                h2 { "Overview" }
                p.counts {
                    @for severity in severities {
                        @let n = listed.iter().filter(|l| l.finding.severity == severity).count();
                        a.count href=(format!("#sev-{}", severity.as_str())) {
                            (badge_count(severity, n))
                        }
                        " "
                    }
                }
                h3 { "Articles" }
                div.scroll {
                    table.articles {
                        thead { tr { th { "Headline" } th { "Date" } th { "Byline" } th { "Findings" } } }
                        tbody {
                            @for (idx, item) in self.articles.iter().enumerate() {
                                tr {
                                    td {
                                        a href=(format!("#{}", article_id(idx))) { (headline(item.article)) }
                                        br;
                                        small.source { (item.article.source) }
                                    }
                                    td { (published(item.article)) }
                                    td { (bylines(item.article)) }
                                    td { (counts_of(&item.report.findings)) }
                                }
                            }
                        }
                    }
                }
                h3 { "Same-story clusters" }
                @match self.across.filter(|a| !a.clusters.is_empty()) {
                    Some(across) => ul {
                        @for (n, cluster) in across.clusters.iter().enumerate() {
                            li {
                                a href=(format!("#{}", cluster_id(n))) { (cluster.label) }
                                ": " (cluster.articles.len()) " articles"
                            }
                        }
                    },
                    None => p { "No two articles report the same survey or story." },
                }
                h3 { "Findings by severity" }
                @for severity in severities {
                    @let of: Vec<&Listed<'_>> = listed.iter().filter(|l| l.finding.severity == severity).collect();
                    section.by-severity #(format!("sev-{}", severity.as_str())) {
                        h4 { (badge_count(severity, of.len())) }
                        @if of.is_empty() {
                            p.none { "None." }
                        } @else {
                            ul {
                                @for item in of {
                                    li {
                                        a href=(format!("#{}", item.id)) { code { (item.finding.name) } }
                                        ": " (item.finding.message)
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    fn article(&self, idx: usize) -> Markup {
        let Some(item) = self.articles.get(idx) else {
            return html! {};
        };
        let article = item.article;
        let marks = self.marks_of(idx);
        let per_line = marks_per_line(article, &marks);
        html! {
            article.article #(article_id(idx)) {
                h3 { (headline(article)) }
                dl.meta {
                    dt { "Source" } dd { code { (article.source) } }
                    dt { "Date" } dd { (published(article)) }
                    dt { "Byline" } dd { (bylines(article)) }
                    @if let Some(standfirst) = &article.standfirst {
                        dt { "Standfirst" } dd { (standfirst) }
                    }
                    @if let Some(survey) = &item.report.survey {
                        dt { "Survey" } dd { (survey_line(survey)) }
                    }
                    dt { "Findings" } dd { (counts_of(&item.report.findings)) }
                }
                @if !item.report.tallies.is_empty() {
                    details.tallies {
                        summary { "What was checked" }
                        ul {
                            @for tally in &item.report.tallies {
                                li { (tally.what) ": " (tally.checked) ", " (tally.flagged) " flagged" }
                            }
                        }
                    }
                }
                @if !item.report.findings.is_empty() {
                    h4 { "Findings" }
                    ol.findings {
                        @for (k, finding) in item.report.findings.iter().enumerate() {
                            li #(finding_id(idx, k)) { (self.finding_entry(finding)) }
                        }
                    }
                }
                h4 { "Text" }
                p.legend {
                    span.hl.hl-quote { "quotation" } " "
                    span.hl.hl-figure { "figure" } " "
                    span.hl.hl-finding.sev-warning { "finding" }
                    " — hover over or focus (Tab) a highlight for details; dimmed lines are chrome."
                }
                div.text {
                    @for (line, local) in article.lines.iter().zip(per_line) {
                        (self.line(idx, item.text, line, &marks, local))
                    }
                }
            }
        }
    }

    /// One finding as listed: severity, name linked to its explanation,
    /// message, and its places.
    fn finding_entry(&self, finding: &Finding) -> Markup {
        html! {
            p.finding-head {
                (badge(finding.severity)) " "
                (self.check_link(&finding.name)) ": "
                span.message { (finding.message) }
            }
            ul.evidence {
                @for evidence in &finding.evidence {
                    li { (self.evidence_place(evidence)) }
                }
            }
        }
    }

    fn check_link(&self, name: &str) -> Markup {
        html! {
            @if self.check(name).is_some() {
                a.check href=(format!("#{}", check_id(name))) title="What this check means" { code { (name) } }
            } @else {
                code { (name) }
            }
        }
    }

    /// "share: seeds/a.txt line 12 — “48%”".
    fn evidence_place(&self, evidence: &Evidence) -> Markup {
        let words = self
            .by_source
            .get(evidence.source.as_str())
            .and_then(|&idx| self.articles.get(idx))
            .and_then(|item| evidence.span.text(item.text));
        html! {
            span.label { (evidence.label) } ": "
            @match self.place_href(&evidence.source, evidence.line) {
                Some(id) => a href=(format!("#{id}")) { (evidence.source) " line " (evidence.line) },
                None => span { (evidence.source) " line " (evidence.line) },
            }
            @if let Some(words) = words {
                " — " q.words { (clip(words, 300)) }
            }
        }
    }

    /// The highlights of one article: its quotes, figures and the places
    /// findings (its own and cross-article ones) point at.
    fn marks_of(&self, idx: usize) -> Vec<Mark<'a>> {
        let Some(item) = self.articles.get(idx) else {
            return Vec::new();
        };
        let mut marks = Vec::new();
        for (k, finding) in item.report.findings.iter().enumerate() {
            for evidence in &finding.evidence {
                if evidence.source == item.article.source {
                    marks.push(Mark {
                        span: evidence.span,
                        kind: MarkKind::Finding {
                            finding,
                            label: &evidence.label,
                            entry: finding_id(idx, k),
                        },
                    });
                }
            }
        }
        if let Some(across) = self.across {
            for (k, finding) in across.findings.iter().enumerate() {
                for evidence in &finding.evidence {
                    if evidence.source == item.article.source {
                        marks.push(Mark {
                            span: evidence.span,
                            kind: MarkKind::Finding {
                                finding,
                                label: &evidence.label,
                                entry: across_id(k),
                            },
                        });
                    }
                }
            }
        }
        for quote in &item.article.quotes {
            marks.push(Mark {
                span: quote.span,
                kind: MarkKind::Quote(quote),
            });
        }
        for figure in &item.article.figures {
            marks.push(Mark {
                span: figure.span,
                kind: MarkKind::Figure(figure),
            });
        }
        marks
    }

    fn line(
        &self,
        idx: usize,
        text: &str,
        line: &crosscheck_model::Line,
        marks: &[Mark<'_>],
        local: Vec<LocalMark>,
    ) -> Markup {
        let content = line.span.text(text).unwrap_or("");
        let role = line.role;
        let nodes = nest(content, local);
        let id = line_id(idx, line.line);
        html! {
            div class=(format!("line role-{}", role.as_str())) #(id) {
                a.ln href=(format!("#{id}")) aria-label=(format!("line {}", line.line)) { (line.line) }
                span.role { (role.as_str()) }
                span.tx {
                    (self.nodes(content, &nodes, marks))
                    @if let Some(of) = line.duplicate_of {
                        span.dup { " (repeats " a href=(format!("#{}", line_id(idx, of))) { "line " (of) } ")" }
                    }
                }
            }
        }
    }

    fn nodes(&self, content: &str, nodes: &[Node], marks: &[Mark<'_>]) -> Markup {
        html! {
            @for node in nodes {
                @match node {
                    Node::Text(range) => (content.get(range.clone()).unwrap_or("")),
                    Node::Mark { mark, first, children } => {
                        @if let Some(m) = marks.get(*mark) {
                            @let class = format!("hl {}{}", m.class(), if *first { "" } else { " cont" });
                            @if *first {
                                span class=(class) tabindex="0" {
                                    (self.nodes(content, children, marks))
                                    span.tip role="tooltip" { (self.tip(m)) }
                                }
                            } @else {
                                span class=(class) { (self.nodes(content, children, marks)) }
                            }
                        }
                    }
                }
            }
        }
    }

    fn tip(&self, mark: &Mark<'_>) -> Markup {
        match &mark.kind {
            MarkKind::Quote(quote) => html! {
                span.tip-kind { "Quotation" }
                " — speaker: "
                @match &quote.speaker {
                    Some(speaker) => strong.speaker { (speaker) },
                    None => em { "unattributed" },
                }
                @if quote.continued { " (continued from an earlier paragraph)" }
            },
            MarkKind::Figure(figure) => html! {
                span.tip-kind { "Figure" }
                " — value: " strong.value { (figure_value(figure)) }
                " · " (figure.kind.as_str())
                " · qualifier: " (figure.qualifier.as_str())
                " · measures: "
                @match &figure.measure {
                    Some(measure) => strong.measure { (measure) },
                    None => em { "not found" },
                }
            },
            MarkKind::Finding {
                finding,
                label,
                entry,
            } => html! {
                (badge(finding.severity)) " "
                code { (finding.name) } " (" (label) "): "
                (finding.message) " "
                a href=(format!("#{entry}")) { "finding" }
                @if self.check(&finding.name).is_some() {
                    " · " a href=(format!("#{}", check_id(&finding.name))) { "explanation" }
                }
            },
        }
    }

    fn across(&self) -> Markup {
        let Some(across) = self.across else {
            return html! {
                section #across {
                    h2 { "Across articles" }
                    p { "A single article: nothing to compare." }
                }
            };
        };
        // Each finding goes under the first cluster holding all its
        // articles, the rest after the clusters.
        let home: Vec<Option<usize>> = across
            .findings
            .iter()
            .map(|f| {
                across
                    .clusters
                    .iter()
                    .position(|c| f.evidence.iter().all(|e| c.articles.contains(&e.source)))
            })
            .collect();
        html! {
            section #across {
                h2 { "Across articles" }
                @if across.clusters.is_empty() {
                    p { "No two articles report the same survey or story." }
                }
                @for (n, cluster) in across.clusters.iter().enumerate() {
                    section.cluster #(cluster_id(n)) {
                        h3 { "Cluster " (n + 1) ": " (cluster.label) }
                        p { "Articles:" }
                        ul {
                            @for source in &cluster.articles {
                                li { (self.article_link(source)) }
                            }
                        }
                        p { "Why they are grouped:" }
                        ul.cluster-evidence {
                            @for evidence in &cluster.evidence { li { (evidence) } }
                        }
                        @let people: Vec<_> = across.people.iter().filter(|p| p.roles.iter().any(|(s, _)| cluster.articles.contains(s))).collect();
                        @if !people.is_empty() {
                            p { "People named in several of them:" }
                            ul {
                                @for person in people {
                                    li {
                                        strong { (person.name) } ": "
                                        @for (k, (source, role)) in person.roles.iter().enumerate() {
                                            @if k > 0 { "; " }
                                            @if role.is_empty() { em { "no role given" } } @else { (role) }
                                            " (" (self.article_link(source)) ")"
                                        }
                                    }
                                }
                            }
                        }
                        @for agreement in across.agreements.iter().filter(|a| a.evidence.iter().all(|e| cluster.articles.contains(&e.source))) {
                            p.agreement {
                                span.badge.ok { "✓ consistent" } " " (agreement.message)
                            }
                        }
                        @let mine: Vec<usize> = (0..across.findings.len()).filter(|&k| home[k] == Some(n)).collect();
                        @if mine.is_empty() {
                            p { "No conflicts between these articles." }
                        }
                        @for k in mine {
                            (self.across_finding(k, &across.findings[k]))
                        }
                    }
                }
                @let rest: Vec<usize> = (0..across.findings.len()).filter(|&k| home[k].is_none()).collect();
                @if !rest.is_empty() {
                    section.cluster #unclustered {
                        h3 { "Between articles in no common cluster" }
                        @for k in rest {
                            (self.across_finding(k, &across.findings[k]))
                        }
                    }
                }
            }
        }
    }

    fn article_link(&self, source: &str) -> Markup {
        html! {
            @match self.by_source.get(source) {
                Some(&idx) => a href=(format!("#{}", article_id(idx))) { (source) },
                None => code { (source) },
            }
        }
    }

    fn across_finding(&self, k: usize, finding: &Finding) -> Markup {
        html! {
            div.across-finding #(across_id(k)) {
                (self.finding_entry(finding))
                @if finding.name == "quote-variant" {
                    (self.quote_diff(finding))
                }
                @if finding.name == "figure-conflict" {
                    (self.figure_table(finding))
                }
            }
        }
    }

    fn words_of(&self, evidence: &Evidence) -> Option<&'a str> {
        let idx = *self.by_source.get(evidence.source.as_str())?;
        evidence.span.text(self.articles.get(idx)?.text)
    }

    /// The two wordings side by side, words only in one struck out on the
    /// left and underlined on the right.
    fn quote_diff(&self, finding: &Finding) -> Markup {
        let [a, b, ..] = finding.evidence.as_slice() else {
            return html! {};
        };
        let (Some(old), Some(new)) = (self.words_of(a), self.words_of(b)) else {
            return html! {};
        };
        let diff = TextDiff::from_words(old, new);
        let changes: Vec<(ChangeTag, &str)> = diff
            .iter_all_changes()
            .map(|c| (c.tag(), c.value()))
            .collect();
        html! {
            div.diff {
                div.side {
                    p.side-head { (a.source) " (" span.del-key { "struck out" } ": only here)" }
                    p.side-text {
                        @for (tag, value) in &changes {
                            @match tag {
                                ChangeTag::Equal => (value),
                                ChangeTag::Delete => del { (value) },
                                ChangeTag::Insert => "",
                            }
                        }
                    }
                }
                div.side {
                    p.side-head { (b.source) " (" span.ins-key { "underlined" } ": only here)" }
                    p.side-text {
                        @for (tag, value) in &changes {
                            @match tag {
                                ChangeTag::Equal => (value),
                                ChangeTag::Insert => ins { (value) },
                                ChangeTag::Delete => "",
                            }
                        }
                    }
                }
            }
        }
    }

    /// Measure, article and value for each place a figure conflict cites.
    /// The measure is what the check compared (the first place's label:
    /// "sample size", "share"), with what the figure counts when the
    /// article says ("sample size, of nurses").
    fn figure_table(&self, finding: &Finding) -> Markup {
        let compared = finding.evidence.first().map_or("", |e| e.label.as_str());
        html! {
            table.conflict {
                thead { tr { th { "Measure" } th { "Article" } th { "Value" } } }
                tbody {
                    @for evidence in &finding.evidence {
                        tr {
                            td {
                                (compared)
                                @if let Some(measure) = self.measure_of(evidence) { ", of " (measure) }
                            }
                            td { (self.article_link(&evidence.source)) }
                            td { (self.words_of(evidence).unwrap_or("?")) }
                        }
                    }
                }
            }
        }
    }

    /// What the figure at an evidence place measures, when the article
    /// says.
    fn measure_of(&self, evidence: &Evidence) -> Option<&'a str> {
        let idx = *self.by_source.get(evidence.source.as_str())?;
        self.articles
            .get(idx)?
            .article
            .figures
            .iter()
            .find(|f| f.span.contains(evidence.span) || evidence.span.contains(f.span))
            .and_then(|f| f.measure.as_deref())
    }

    fn explanations(&self) -> Markup {
        html! {
            section #explanations {
                h2 { "Explanations" }
                @for check in self.checks {
                    section.explanation #(check_id(check.name)) {
                        h3 { code { (check.name) } " " (badge(check.severity)) }
                        p { (check.summary) }
                        pre { (check.explanation) }
                    }
                }
            }
        }
    }
}

/// Something to highlight in an article's text.
struct Mark<'a> {
    span: Span,
    kind: MarkKind<'a>,
}

enum MarkKind<'a> {
    Quote(&'a Quote),
    Figure(&'a Figure),
    Finding {
        finding: &'a Finding,
        label: &'a str,
        entry: String,
    },
}

impl Mark<'_> {
    fn class(&self) -> String {
        match &self.kind {
            MarkKind::Quote(_) => "hl-quote".to_owned(),
            MarkKind::Figure(_) => "hl-figure".to_owned(),
            MarkKind::Finding { finding, .. } => {
                format!("hl-finding sev-{}", finding.severity.as_str())
            }
        }
    }

    /// Which of two marks on the same words goes outside: findings, then
    /// quotes, then figures.
    fn rank(&self) -> u8 {
        match self.kind {
            MarkKind::Finding { .. } => 0,
            MarkKind::Quote(_) => 1,
            MarkKind::Figure(_) => 2,
        }
    }
}

/// A mark clipped to one line, in byte offsets into the line's text, on
/// char boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct LocalMark {
    start: usize,
    /// Ends sort in reverse, so that of two marks starting together the
    /// longer opens first and holds the other.
    end: Reverse<usize>,
    rank: u8,
    mark: usize,
    /// Whether this is the mark's first piece on the line (a mark crossing
    /// another is cut in two).
    first: bool,
}

/// The marks of each line of `article`, in the order of `article.lines`.
/// Each mark goes to every line it overlaps, clipped to it.
fn marks_per_line(article: &Article, marks: &[Mark<'_>]) -> Vec<Vec<LocalMark>> {
    let lines = &article.lines;
    let mut out = vec![Vec::new(); lines.len()];
    for (mark_idx, mark) in marks.iter().enumerate() {
        if mark.span.is_empty() {
            continue;
        }
        let first = lines.partition_point(|l| l.span.end <= mark.span.start);
        for (line_idx, line) in lines.iter().enumerate().skip(first) {
            if line.span.start >= mark.span.end {
                break;
            }
            let start = mark.span.start.max(line.span.start) - line.span.start;
            let end = mark.span.end.min(line.span.end) - line.span.start;
            if start < end {
                out[line_idx].push(LocalMark {
                    start: start as usize,
                    end: Reverse(end as usize),
                    rank: mark.rank(),
                    mark: mark_idx,
                    first: true,
                });
            }
        }
    }
    out
}

/// A piece of a line: text, or a mark around more pieces.
#[derive(Debug, PartialEq, Eq)]
enum Node {
    /// Byte range into the line's text.
    Text(std::ops::Range<usize>),
    /// A mark (by index) around its children.
    Mark {
        mark: usize,
        first: bool,
        children: Vec<Node>,
    },
}

/// Nest the marks of one line into a tree of properly nested nodes. Marks
/// that cross are cut where the outer one ends, the rest continuing as a
/// second piece; every cut lies on a char boundary of `content`.
fn nest(content: &str, marks: Vec<LocalMark>) -> Vec<Node> {
    let len = content.len();
    let floor = |mut i: usize| {
        i = i.min(len);
        while !content.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let ceil = |mut i: usize| {
        i = i.min(len);
        while !content.is_char_boundary(i) {
            i += 1;
        }
        i
    };
    let mut pending: BinaryHeap<Reverse<LocalMark>> = marks
        .into_iter()
        .filter_map(|m| {
            let (start, end) = (floor(m.start), ceil(m.end.0));
            (start < end).then_some(Reverse(LocalMark {
                start,
                end: Reverse(end),
                ..m
            }))
        })
        .collect();
    // Open marks: (piece, end, children); the root is at the bottom.
    let mut stack: Vec<(Option<LocalMark>, usize, Vec<Node>)> = vec![(None, len, Vec::new())];
    let mut pos = 0;
    loop {
        let next_start = pending.peek().map_or(len, |Reverse(m)| m.start);
        // Close the marks that end before the next one opens.
        while stack.len() > 1 {
            let Some(&(_, end, _)) = stack.last() else {
                break;
            };
            if end > next_start {
                break;
            }
            let Some((Some(piece), end, mut children)) = stack.pop() else {
                break;
            };
            if pos < end {
                children.push(Node::Text(pos..end));
                pos = end;
            }
            if let Some(parent) = stack.last_mut() {
                parent.2.push(Node::Mark {
                    mark: piece.mark,
                    first: piece.first,
                    children,
                });
            }
        }
        let Some(Reverse(piece)) = pending.pop() else {
            break;
        };
        let Some(top) = stack.last_mut() else {
            break;
        };
        if pos < piece.start {
            top.2.push(Node::Text(pos..piece.start));
            pos = piece.start;
        }
        let limit = top.1;
        let end = piece.end.0.min(limit);
        if piece.end.0 > limit {
            pending.push(Reverse(LocalMark {
                start: limit,
                first: false,
                ..piece
            }));
        }
        if piece.start < end {
            stack.push((Some(piece), end, Vec::new()));
        }
    }
    let mut root = match stack.pop() {
        Some((_, _, children)) => children,
        None => Vec::new(),
    };
    if pos < len {
        root.push(Node::Text(pos..len));
    }
    root
}

fn article_id(idx: usize) -> String {
    format!("a{}", idx + 1)
}

fn line_id(idx: usize, line: u32) -> String {
    format!("a{}-L{line}", idx + 1)
}

fn finding_id(idx: usize, k: usize) -> String {
    format!("a{}-f{}", idx + 1, k + 1)
}

fn across_id(k: usize) -> String {
    format!("x{}", k + 1)
}

fn cluster_id(n: usize) -> String {
    format!("c{}", n + 1)
}

/// `check-NAME`, with anything but `[a-z0-9-]` replaced.
fn check_id(name: &str) -> String {
    let mut out = String::from("check-");
    out.extend(name.chars().map(|c| {
        if c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' {
            c
        } else {
            '_'
        }
    }));
    out
}

/// The severity as a label that does not rely on colour: an icon and the
/// word.
fn badge(severity: Severity) -> Markup {
    html! {
        span class=(format!("badge sev-{}", severity.as_str())) {
            span aria-hidden="true" { (icon(severity)) } " " (severity.as_str())
        }
    }
}

/// "✖ 2 errors", styled as a badge.
fn badge_count(severity: Severity, n: usize) -> Markup {
    html! {
        span class=(format!("badge sev-{}", severity.as_str())) {
            span aria-hidden="true" { (icon(severity)) } " " (n) " " (plural(n, severity.as_str()))
        }
    }
}

fn icon(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "✖",
        Severity::Warning => "▲",
        Severity::Info => "ℹ",
    }
}

/// "1 error", "2 errors", "3 info".
fn plural(n: usize, word: &str) -> String {
    if n == 1 || word == "info" {
        word.to_owned()
    } else {
        format!("{word}s")
    }
}

fn counts_of(findings: &[Finding]) -> Markup {
    let count = |severity| findings.iter().filter(|f| f.severity == severity).count();
    html! {
        @if findings.is_empty() {
            span.none { "none" }
        } @else {
            @for severity in [Severity::Error, Severity::Warning, Severity::Info] {
                @let n = count(severity);
                @if n > 0 { (badge(severity)) " × " (n) " " }
            }
        }
    }
}

fn headline(article: &Article) -> Markup {
    html! {
        @match &article.headline {
            Some(headline) => (headline),
            None => em { "(no headline) " (article.source) },
        }
    }
}

fn published(article: &Article) -> Markup {
    html! {
        @match article.published {
            Some(date) => time datetime=(date.to_string()) { (date.to_string()) },
            None => span.unknown { "not found" },
        }
    }
}

fn bylines(article: &Article) -> Markup {
    html! {
        @if article.bylines.is_empty() {
            span.unknown { "not found" }
        } @else {
            (article.bylines.join("; "))
        }
    }
}

/// At most `max` chars of `text`, with an ellipsis when cut.
fn clip(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => {
            let mut out = text.get(..cut).unwrap_or("").to_owned();
            out.push('…');
            out
        }
        None => text.to_owned(),
    }
}

/// "48%", "0.3333 (273 of 569)", "£5000000", "18 months" as years.
fn figure_value(figure: &Figure) -> String {
    let mut out = match figure.kind {
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
    if let (Some(part), Some(whole)) = (figure.part, figure.whole) {
        let _ = write!(out, " ({} of {})", trim_float(part), trim_float(whole));
    }
    out
}

fn trim_float(value: f64) -> String {
    let s = format!("{value:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

const STYLE: &str = include_str!("html/report.css");
const SCRIPT: &str = include_str!("html/report.js");

#[cfg(test)]
mod tests {
    use crosscheck_model::Role;

    use super::*;

    fn mark(start: usize, end: usize, mark: usize) -> LocalMark {
        LocalMark {
            start,
            end: Reverse(end),
            rank: 0,
            mark,
            first: true,
        }
    }

    /// The nodes as a bracketed string: `a[0:bc]d` is mark 0 around "bc";
    /// a continuation piece is `[0+:...]`.
    fn show(content: &str, nodes: &[Node]) -> String {
        let mut out = String::new();
        for node in nodes {
            match node {
                Node::Text(range) => out.push_str(content.get(range.clone()).unwrap_or("<BAD>")),
                Node::Mark {
                    mark,
                    first,
                    children,
                } => {
                    let _ = write!(
                        out,
                        "[{mark}{}:{}]",
                        if *first { "" } else { "+" },
                        show(content, children)
                    );
                }
            }
        }
        out
    }

    fn check(content: &str, marks: &[(usize, usize)], expected: &str) {
        let local = marks
            .iter()
            .enumerate()
            .map(|(k, &(s, e))| mark(s, e, k))
            .collect();
        assert_eq!(show(content, &nest(content, local)), expected);
    }

    #[test]
    fn no_marks() {
        check("abc", &[], "abc");
    }

    #[test]
    fn disjoint() {
        check("abcdef", &[(1, 2), (4, 6)], "a[0:b]cd[1:ef]");
    }

    #[test]
    fn nested() {
        check("abcdef", &[(0, 6), (2, 4)], "[0:ab[1:cd]ef]");
    }

    #[test]
    fn same_span_nests() {
        check("abc", &[(0, 3), (0, 3)], "[0:[1:abc]]");
    }

    #[test]
    fn crossing_is_cut() {
        check("abcdef", &[(0, 4), (2, 6)], "[0:ab[1:cd]][1+:ef]");
    }

    #[test]
    fn crossing_inside_nested() {
        check(
            "abcdefgh",
            &[(0, 8), (1, 4), (3, 6)],
            "[0:a[1:bc[2:d]][2+:ef]gh]",
        );
    }

    #[test]
    fn off_char_boundaries_are_widened() {
        // "é" is two bytes: a mark from its second byte covers all of it.
        check("aéb", &[(2, 3)], "a[0:é]b");
        check("aéb", &[(0, 2)], "[0:aé]b");
    }

    #[test]
    fn past_the_end_is_clipped() {
        check("abc", &[(1, 99)], "a[0:bc]");
    }

    #[test]
    fn empty_after_clipping_is_dropped() {
        check("abc", &[(5, 9)], "abc");
    }

    /// The text under `nodes`, and for each mark the byte ranges it covers.
    fn walk(
        content: &str,
        nodes: &[Node],
        open: &mut Vec<usize>,
        text: &mut String,
        covered: &mut BTreeMap<usize, Vec<std::ops::Range<usize>>>,
    ) {
        for node in nodes {
            match node {
                Node::Text(range) => {
                    text.push_str(
                        content
                            .get(range.clone())
                            .expect("a cut off a char boundary"),
                    );
                    for &mark in open.iter() {
                        let ranges = covered.entry(mark).or_default();
                        match ranges.last_mut() {
                            Some(last) if last.end == range.start => last.end = range.end,
                            _ => ranges.push(range.clone()),
                        }
                    }
                }
                Node::Mark { mark, children, .. } => {
                    open.push(*mark);
                    walk(content, children, open, text, covered);
                    open.pop();
                }
            }
        }
    }

    #[test]
    fn any_marks_keep_the_text_whole_and_cover_their_words() {
        let content = "aé€b𝄞 c";
        let len = content.len();
        let widen = |start: usize, end: usize| {
            let (mut start, mut end) = (start.min(len), end.min(len));
            while !content.is_char_boundary(start) {
                start -= 1;
            }
            while !content.is_char_boundary(end) {
                end += 1;
            }
            start..end
        };
        let spans: Vec<(usize, usize)> = (0..=len)
            .flat_map(|s| (s + 1..=len + 1).map(move |e| (s, e)))
            .collect();
        for (i, &a) in spans.iter().enumerate() {
            for &b in spans.iter().skip(i).step_by(3) {
                for c in [(0, 2), (3, 9)] {
                    let marks = [a, b, c];
                    let local = marks
                        .iter()
                        .enumerate()
                        .map(|(k, &(s, e))| mark(s, e, k))
                        .collect();
                    let nodes = nest(content, local);
                    let (mut text, mut covered) = (String::new(), BTreeMap::new());
                    walk(content, &nodes, &mut Vec::new(), &mut text, &mut covered);
                    assert_eq!(text, content, "{marks:?}");
                    for (k, &(s, e)) in marks.iter().enumerate() {
                        let want = widen(s, e);
                        let got = covered.remove(&k).unwrap_or_default();
                        if want.is_empty() {
                            assert!(got.is_empty(), "{marks:?}");
                        } else {
                            assert_eq!(got, vec![want], "mark {k} of {marks:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn script_hash_is_base64_sha256() {
        // printf 'abc' | openssl dgst -sha256 -binary | base64
        assert_eq!(
            script_hash(""),
            "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
        assert_eq!(
            script_hash("abc"),
            "sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="
        );
    }

    #[test]
    fn every_role_has_a_style() {
        for role in [
            Role::Chrome,
            Role::Headline,
            Role::Standfirst,
            Role::Byline,
            Role::Dateline,
            Role::Duplicate,
        ] {
            assert!(STYLE.contains(&format!(".role-{}", role.as_str())));
        }
    }
}
