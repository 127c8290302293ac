//! Micro-benchmarks of the parser's hot paths (`cargo bench -p
//! crosscheck-parse`). Throughput over the whole pipeline is measured by
//! `cargo xtask bench`.
#![allow(clippy::unwrap_used)] // benchmark set-up

use crosscheck_model::Role;
use crosscheck_parse::Para;
use divan::{Bencher, counter::BytesCount};

fn main() {
    divan::main();
}

/// The seed articles, read once.
fn seeds() -> Vec<String> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../seeds");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// Every seed line as one body paragraph each.
fn paras(texts: &[String]) -> Vec<Para<'_>> {
    let mut out = Vec::new();
    for text in texts {
        let mut start = 0u32;
        for (k, line) in text.split('\n').enumerate() {
            if !line.trim().is_empty() {
                out.push(Para::new(
                    u32::try_from(k + 1).unwrap(),
                    start,
                    line,
                    Role::Body,
                ));
            }
            start += u32::try_from(line.len()).unwrap() + 1;
        }
    }
    out
}

#[divan::bench]
fn article(bencher: Bencher<'_, '_>) {
    let texts = seeds();
    let bytes: usize = texts.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for text in &texts {
            divan::black_box(crosscheck_parse::article(
                "seed.txt",
                divan::black_box(text),
            ));
        }
    });
}

#[divan::bench]
fn sentences(bencher: Bencher<'_, '_>) {
    let texts = seeds();
    let bytes: usize = texts.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        for text in &texts {
            divan::black_box(crosscheck_parse::sentences::split(divan::black_box(text)));
        }
    });
}

#[divan::bench]
fn figures(bencher: Bencher<'_, '_>) {
    let texts = seeds();
    let paras = paras(&texts);
    let bytes: usize = texts.iter().map(String::len).sum();
    bencher
        .counter(BytesCount::new(bytes))
        .bench(|| divan::black_box(crosscheck_parse::figures::figures(divan::black_box(&paras))));
}

#[divan::bench]
fn quotes(bencher: Bencher<'_, '_>) {
    let texts = seeds();
    let paras = paras(&texts);
    let bytes: usize = texts.iter().map(String::len).sum();
    bencher
        .counter(BytesCount::new(bytes))
        .bench(|| divan::black_box(crosscheck_parse::quotes::extract(divan::black_box(&paras))));
}

#[divan::bench]
fn acronyms(bencher: Bencher<'_, '_>) {
    let texts = seeds();
    let paras = paras(&texts);
    let bytes: usize = texts.iter().map(String::len).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        divan::black_box(crosscheck_parse::acronyms::acronyms(divan::black_box(
            &paras,
        )))
    });
}
