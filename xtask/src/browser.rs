//! `cargo xtask browser-test`: the HTML report in a real browser.
//!
//! Renders the report of `seeds/` and of a hostile article with the
//! debug binary, opens each page from disk in headless Chromium (Debian's
//! `chromium` package), takes screenshots at a laptop and a phone width
//! under `target/browser-test/`, and reads the DOM after scripts ran
//! (`--dump-dom`): the quotes, figures and findings are there, the page's
//! own script ran (so its CSP hash is right), and nothing from the article
//! did.

use std::{
    path::{Path, PathBuf},
    process::Command,
    time::Instant,
};

use anyhow::{Context, Result, bail, ensure};

use crate::{cargo, run};

/// Options of `cargo xtask browser-test`.
#[derive(Debug, clap::Args)]
pub(crate) struct BrowserArgs {
    /// Also copy the laptop screenshot of seeds/ to docs/report.png.
    #[arg(long)]
    update_docs: bool,
}

const INSTALL: &str = "apt-get install -y --no-install-recommends chromium";

/// Widths to look at the page with: a laptop and a phone.
const WINDOWS: [(&str, &str); 2] = [("laptop", "1280,900"), ("phone", "390,844")];

pub(crate) fn run_browser_test(root: &Path, args: &BrowserArgs) -> Result<()> {
    let started = Instant::now();
    let chromium = find_chromium()?;
    let mut build = cargo();
    build.args(["build", "-q", "-p", "crosscheck"]);
    run(build)?;
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    let binary = target.join("debug/crosscheck");
    let out = target.join("browser-test");
    std::fs::create_dir_all(&out).with_context(|| format!("cannot create {}", out.display()))?;
    let profile = out.join("profile");
    let mut browser = Browser {
        chromium,
        profile,
        seconds: 0.0,
        runs: 0,
    };

    let seeds_page = render(root, &binary, "seeds", &out.join("seeds.html"))?;
    let dom = browser.dump_dom(&seeds_page)?;
    check_seeds(&dom).context("the report of seeds/ in Chromium")?;
    for (name, size) in WINDOWS {
        let png = out.join(format!("seeds-{name}.png"));
        browser.screenshot(&seeds_page, size, "1", &png)?;
    }
    // Overview and the first article's highlights, scaled down, for the
    // docs. (Headless screenshots ignore a #fragment's scroll, so this
    // is one tall window rather than a shot of an article further down.)
    let docs_png = out.join("seeds-docs.png");
    browser.screenshot(&seeds_page, "1200,2200", "0.7", &docs_png)?;

    let hostile = "crates/report/tests/fixtures/hostile.txt";
    let hostile_page = render(root, &binary, hostile, &out.join("hostile.html"))?;
    let dom = browser.dump_dom(&hostile_page)?;
    check_hostile(&dom).context("the report of a hostile article in Chromium")?;
    for (name, size) in WINDOWS {
        let png = out.join(format!("hostile-{name}.png"));
        browser.screenshot(&hostile_page, size, "1", &png)?;
    }

    if args.update_docs {
        let docs = root.join("docs/report.png");
        std::fs::copy(&docs_png, &docs)
            .with_context(|| format!("cannot copy the screenshot to {}", docs.display()))?;
        println!("browser-test: wrote {}", docs.display());
    }
    println!(
        "browser-test: passed in {:.1}s ({} Chromium runs, {:.1}s in Chromium); screenshots in {}",
        started.elapsed().as_secs_f64(),
        browser.runs,
        browser.seconds,
        out.display()
    );
    Ok(())
}

/// `$CHROMIUM`, else `chromium` on the PATH; a clear message when neither.
fn find_chromium() -> Result<PathBuf> {
    if let Some(path) = std::env::var_os("CHROMIUM") {
        return Ok(PathBuf::from(path));
    }
    let found = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join("chromium"))
            .find(|path| path.is_file())
    });
    found.with_context(|| {
        format!(
            "chromium is not installed: install Debian's package with \
             `{INSTALL}` (as root, or with sudo), or set CHROMIUM to a Chromium binary"
        )
    })
}

/// `crosscheck report INPUT --html PAGE`, run from the workspace root so
/// that the page names inputs by their relative paths.
fn render(root: &Path, binary: &Path, input: &str, page: &Path) -> Result<PathBuf> {
    let mut cmd = Command::new(binary);
    cmd.current_dir(root)
        .arg("report")
        .arg(input)
        .arg("--html")
        .arg(page);
    run(cmd)?;
    Ok(page.to_path_buf())
}

struct Browser {
    chromium: PathBuf,
    profile: PathBuf,
    seconds: f64,
    runs: u32,
}

impl Browser {
    fn command(&self) -> Command {
        let mut cmd = Command::new(&self.chromium);
        cmd.arg("--headless")
            // CI runs as root, where Chromium's sandbox cannot start.
            .arg("--no-sandbox")
            .arg("--disable-gpu")
            .arg("--no-first-run")
            .arg("--no-default-browser-check")
            .arg("--hide-scrollbars")
            // Any attempt to reach the network fails to resolve.
            .arg("--host-resolver-rules=MAP * ~NOTFOUND")
            .arg(format!("--user-data-dir={}", self.profile.display()));
        cmd
    }

    fn exec(&mut self, mut cmd: Command) -> Result<String> {
        let shown = format!("{cmd:?}");
        let started = Instant::now();
        let output = cmd
            .output()
            .with_context(|| format!("cannot run {shown}"))?;
        self.seconds += started.elapsed().as_secs_f64();
        self.runs += 1;
        if !output.status.success() {
            bail!(
                "{shown} failed ({}):\n{}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            );
        }
        Ok(String::from_utf8_lossy(&output.stdout).into_owned())
    }

    /// The DOM after the page's scripts ran.
    fn dump_dom(&mut self, page: &Path) -> Result<String> {
        let mut cmd = self.command();
        cmd.arg("--dump-dom").arg(file_url(page)?);
        self.exec(cmd)
    }

    /// A screenshot of the top of the page in a window of `size` CSS
    /// pixels ("1280,900"), at device `scale`.
    fn screenshot(&mut self, page: &Path, size: &str, scale: &str, png: &Path) -> Result<()> {
        let mut cmd = self.command();
        cmd.arg(format!("--window-size={size}"))
            .arg(format!("--force-device-scale-factor={scale}"))
            .arg(format!("--screenshot={}", png.display()))
            .arg(file_url(page)?);
        self.exec(cmd)?;
        ensure!(png.is_file(), "Chromium wrote no {}", png.display());
        Ok(())
    }
}

fn file_url(page: &Path) -> Result<String> {
    let page = page
        .canonicalize()
        .with_context(|| format!("cannot find {}", page.display()))?;
    Ok(format!("file://{}", page.display()))
}

/// What every page must show after scripts ran.
fn check_common(dom: &str) -> Result<()> {
    ensure!(
        dom.contains(r#"data-script="ran""#),
        "the page's own script did not run: is the CSP hash right?"
    );
    ensure!(
        count(dom, "<script") == 1,
        "expected exactly one script element, found {}",
        count(dom, "<script")
    );
    Ok(())
}

fn check_seeds(dom: &str) -> Result<()> {
    check_common(dom)?;
    ensure!(
        title(dom) == Some("crosscheck report: 5 articles"),
        "title: {:?}",
        title(dom)
    );
    for (what, needle, at_least) in [
        ("articles", r#"<article class="article""#, 5),
        ("quotes", r#"class="hl hl-quote""#, 10),
        ("figures", r#"class="hl hl-figure""#, 10),
        ("findings in the text", r#"class="hl hl-finding"#, 6),
        ("speakers", r#"<strong class="speaker">"#, 10),
        ("figure values", r#"<strong class="value">"#, 10),
        ("a quote variant's word diff", "<del>", 1),
        ("the explanations", r#"<section class="explanation""#, 10),
    ] {
        let n = count(dom, needle);
        ensure!(
            n >= at_least,
            "{what}: {n} found, expected {at_least} or more"
        );
    }
    for needle in [
        "quote-variant",
        "stance-conflict",
        "duplicate-paragraph",
        "Michael Dixon",
        "48%",
    ] {
        ensure!(dom.contains(needle), "{needle:?} is not on the page");
    }
    Ok(())
}

fn check_hostile(dom: &str) -> Result<()> {
    check_common(dom)?;
    ensure!(
        title(dom) == Some("crosscheck report: 1 article"),
        "the article changed the title: {:?}",
        title(dom)
    );
    // The article builds these words from pieces ('HAC'+'KED'), so they
    // appear only if its script ran.
    for needle in ["HACKED", "pwned"] {
        ensure!(
            !dom.contains(needle),
            "the article's script ran: {needle:?} found"
        );
    }
    // Serialised elements; the article's text shows as "&lt;img ...".
    for needle in ["<img", "<svg", "<iframe", "<link", "<a href=\"javascript"] {
        ensure!(
            !dom.contains(needle),
            "the article's markup became an element: {needle:?}"
        );
    }
    for literal in [
        "&lt;script&gt;window.PWNED=1&lt;/script&gt;",
        "&lt;img src=x onerror=alert(1)&gt;",
        "&lt;/style&gt;",
        "&lt;a href=\"javascript:alert(1)\"&gt;x&lt;/a&gt;",
    ] {
        ensure!(dom.contains(literal), "{literal:?} is not shown as text");
    }
    Ok(())
}

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

fn title(dom: &str) -> Option<&str> {
    let start = dom.find("<title>")? + "<title>".len();
    let end = start + dom.get(start..)?.find("</title>")?;
    dom.get(start..end)
}
