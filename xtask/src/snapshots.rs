//! Pending insta snapshots, without cargo-insta: find, review, accept,
//! reject, and refuse to pass while any is pending or orphaned.

use std::{
    fs,
    path::{Path, PathBuf},
};

use anyhow::{Context, Result, bail};

/// Every file below `dir` (skipping `target` and hidden directories).
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') || name == "target" {
            continue;
        }
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

fn all_files(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    files(root, &mut out);
    out.sort();
    out
}

fn is_pending(path: &Path) -> bool {
    let name = path.to_string_lossy();
    name.ends_with(".snap.new") || name.ends_with(".pending-snap")
}

/// Fail when a snapshot is pending review, or when an accepted snapshot's
/// `input_file` no longer exists (a seed was renamed or deleted).
pub(crate) fn check_clean(root: &Path) -> Result<()> {
    let files = all_files(root);
    let pending: Vec<&PathBuf> = files.iter().filter(|p| is_pending(p)).collect();
    let mut problems = Vec::new();
    for path in &pending {
        problems.push(format!("pending snapshot: {}", rel(root, path)));
    }
    for path in files
        .iter()
        .filter(|p| p.extension().is_some_and(|e| e == "snap"))
    {
        let text = fs::read_to_string(path).unwrap_or_default();
        if let Some(input) = header_value(&text, "input_file") {
            let base = path.parent().unwrap_or(root);
            let exists = root.join(input).exists() || base.join(input).exists();
            if !exists {
                problems.push(format!(
                    "orphaned snapshot: {} (input_file {input} is gone)",
                    rel(root, path)
                ));
            }
        }
    }
    if problems.is_empty() {
        return Ok(());
    }
    for problem in &problems {
        eprintln!("xtask: {problem}");
    }
    if !pending.is_empty() {
        eprintln!(
            "xtask: review with `cargo xtask review`, then `cargo xtask accept` or `cargo xtask reject`"
        );
    }
    bail!("{} snapshot problem(s)", problems.len())
}

/// A value of the YAML-ish front matter of a `.snap` file.
fn header_value<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let header = text.strip_prefix("---\n")?;
    let end = header.find("\n---")?;
    header.get(..end)?.lines().find_map(|line| {
        line.strip_prefix(key)
            .and_then(|rest| rest.strip_prefix(": "))
            .map(str::trim)
    })
}

fn rel(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// The accepted snapshot a pending one would replace.
fn accepted_path(pending: &Path) -> PathBuf {
    let name = pending.to_string_lossy();
    PathBuf::from(name.strip_suffix(".new").unwrap_or(&name).to_owned())
}

/// The body of a snapshot (after the front matter).
fn body(text: &str) -> &str {
    text.strip_prefix("---\n")
        .and_then(|rest| rest.find("\n---\n").and_then(|end| rest.get(end + 5..)))
        .unwrap_or(text)
}

/// Inline snapshots are not used here (tidy forbids them), so only
/// `.snap.new` files can be reviewed and accepted.
fn is_new_snap(path: &Path) -> bool {
    path.to_string_lossy().ends_with(".snap.new")
}

pub(crate) fn review(root: &Path) -> Result<()> {
    let pending: Vec<PathBuf> = all_files(root)
        .into_iter()
        .filter(|p| is_new_snap(p))
        .collect();
    if pending.is_empty() {
        println!("no pending snapshots");
        return Ok(());
    }
    for path in &pending {
        let new =
            fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        let old_path = accepted_path(path);
        let old = fs::read_to_string(&old_path).unwrap_or_default();
        println!(
            "=== {} ({})",
            rel(root, &old_path),
            if old.is_empty() { "new" } else { "changed" }
        );
        let diff = similar::TextDiff::from_lines(body(&old), body(&new));
        print!(
            "{}",
            diff.unified_diff()
                .context_radius(3)
                .header("accepted", "pending")
        );
    }
    println!("{} pending snapshot(s)", pending.len());
    Ok(())
}

pub(crate) fn accept(root: &Path, filter: Option<&str>) -> Result<()> {
    let mut n = 0;
    for path in all_files(root).into_iter().filter(|p| is_new_snap(p)) {
        if filter.is_some_and(|f| !path.to_string_lossy().contains(f)) {
            continue;
        }
        let text =
            fs::read_to_string(&path).with_context(|| format!("cannot read {}", path.display()))?;
        // Line numbers of assertions churn with every edit: drop them.
        let cleaned: String = text
            .split_inclusive('\n')
            .filter(|line| !line.starts_with("assertion_line:"))
            .collect();
        let target = accepted_path(&path);
        fs::write(&target, cleaned)
            .with_context(|| format!("cannot write {}", target.display()))?;
        fs::remove_file(&path).with_context(|| format!("cannot remove {}", path.display()))?;
        println!("accepted {}", rel(root, &target));
        n += 1;
    }
    println!("{n} snapshot(s) accepted");
    Ok(())
}

pub(crate) fn reject(root: &Path) -> Result<()> {
    let mut n = 0;
    for path in all_files(root).into_iter().filter(|p| is_pending(p)) {
        fs::remove_file(&path).with_context(|| format!("cannot remove {}", path.display()))?;
        n += 1;
    }
    println!("{n} pending snapshot(s) rejected");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepted_path_of_pending() {
        assert_eq!(
            accepted_path(Path::new("a/b/x.snap.new")),
            PathBuf::from("a/b/x.snap")
        );
    }

    #[test]
    fn header_values() {
        let text = "---\nsource: tests/e2e/seeds.rs\ninput_file: seeds/a.txt\n---\nbody\n";
        assert_eq!(header_value(text, "input_file"), Some("seeds/a.txt"));
        assert_eq!(header_value(text, "missing"), None);
        assert_eq!(body(text), "body\n");
    }
}
