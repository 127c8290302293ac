// Test helpers outside #[test] fns: a failed setup step should stop the test.
#![allow(clippy::unwrap_used)]

//! End-to-end tests: layout fixtures and seed snapshots.

mod cases;
mod mutations;
mod seeds;
