//! A count of the parser's work, so that tests can check that time stays
//! linear in the input by counting steps rather than timing them.
//!
//! Every loop that scans text, lines, tokens or windows calls `tick` once
//! per iteration (or with the length of a slice it scans at once); a test
//! reads the count with [`measure`]. The counter is a plain thread-local
//! integer: one add per iteration.

use std::cell::Cell;

thread_local! {
    static WORK: Cell<u64> = const { Cell::new(0) };
}

/// Count `n` steps of work on this thread.
#[inline]
pub(crate) fn tick(n: usize) {
    WORK.with(|work| work.set(work.get().wrapping_add(n as u64)));
}

/// Steps counted on this thread so far.
pub fn count() -> u64 {
    WORK.with(Cell::get)
}

/// Run `f` and return its result with the steps of work it counted on
/// this thread.
pub fn measure<R>(f: impl FnOnce() -> R) -> (R, u64) {
    let before = count();
    let res = f();
    (res, count().wrapping_sub(before))
}

#[cfg(test)]
mod tests {
    #[test]
    fn measure_counts_ticks() {
        let ((), n) = super::measure(|| {
            for _ in 0..5 {
                super::tick(2);
            }
        });
        assert_eq!(n, 10);
    }
}
