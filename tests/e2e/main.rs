//! End-to-end tests: layout fixtures, seed snapshots, the command line.

mod cases;
