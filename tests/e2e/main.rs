// Test helpers outside #[test] fns: a failed setup step should stop the test.
#![allow(clippy::unwrap_used)]

//! End-to-end tests: layout fixtures and seed snapshots.

mod cases;
mod invariants;
mod mutations;
mod properties;
mod seeds;
