//! How much text the run will check, so that what copydesk builds on first use suits it.
//!
//! A recognizer or automaton can be built to search fast (a lazy DFA beside a regex's NFA and
//! its reverse; an Aho-Corasick DFA) or to be ready fast (the NFA alone; a contiguous NFA). An
//! archive amortizes the first over millions of searches; a one-article process, run by a
//! save hook or a pre-commit check, pays for it and searches a couple of kilobytes. The
//! matches are the same either way: only the time to build and to search changes
//! (docs/performance.md gives the figures).

use std::sync::atomic::{AtomicBool, Ordering};

/// Up to this many bytes in all, a run builds for a quick start.
pub const SHORT_RUN_MAX_BYTES: usize = 64 * 1024;

static SHORT_RUN: AtomicBool = AtomicBool::new(false);

/// Say that the whole run checks `bytes` of text, before its first check. Without a call (a
/// library user, an archive, a folder), builds are for long runs.
pub fn expect_input_bytes(bytes: usize) {
    SHORT_RUN.store(bytes <= SHORT_RUN_MAX_BYTES, Ordering::Relaxed);
}

/// Whether to build for a quick start rather than fast searching.
pub(crate) fn short_run() -> bool {
    SHORT_RUN.load(Ordering::Relaxed)
}
