//! Any bytes, decoded as the CLI decodes them, through the parser: no
//! panic, and every span inside the text on char boundaries, on its line.
#![no_main]

#[path = "../../tests/e2e/invariants.rs"]
#[allow(dead_code)] // evidence is the pipeline target's concern
mod invariants;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let article = crosscheck_parse::article("fuzz.txt", &text);
    if let Err(broken) = invariants::article(&text, &article) {
        panic!("{broken}");
    }
});
