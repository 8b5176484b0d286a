//! copydesk: a fact-consistency checker for news articles.
//!
//! The layers, from the bottom up: each imports only from those listed before it and from the
//! word lists and regexes under them all (`scripts/check-import-cycles` keeps the files free of
//! import circles).
//!
//! - [`span`]: byte spans into an article and their line/column positions.
//! - [`calendar`]: month lengths, ISO dates, the year a year-less date takes, dates written out.
//! - [`article`]: ingest: bytes of one file -> an `Article` with its dateline and sentences.
//! - [`extract`]: typed mentions of dates and numbers found in an article.
//! - [`rules`]: TOML rule files: schema, rule kinds, loading and validation.
//! - [`finding`]: what the library reports: a `Finding` and its related spans.
//! - `checks`: one check per rule kind, and the registry that runs a rule's check.
//! - [`engine`]: an article x a rule set -> findings, after the article's suppressions.
//! - [`report`]: findings rendered, one emitter per output format.
//! - [`checker`]: the library API front ends use: load rules and config once, check many inputs.
//! - `facts_import` (feature `facts-import`): public records and newsroom lists -> fact packs
//!   (TOML the rules layer loads); reads YAML and CSV, which no other layer does.
//! - [`fix`]: the findings' fixes applied to a text, round after round, its encoding kept.
//!
//! Under them all: [`lexicon`] (month, weekday and number words) and [`rx`] (the built-in
//! regexes, compiled for a fast start).
//!
//! The library returns data; only the binary prints.

pub mod article;
pub mod calendar;
pub mod checker;
mod checks;
pub mod engine;
pub mod extract;
#[cfg(feature = "facts-import")]
pub mod facts_import;
pub mod finding;
pub mod fix;
pub mod lexicon;
mod memory;
pub mod report;
pub mod rules;
pub mod rx;
pub mod span;
pub mod startup;

/// The cases a property test runs: `normal` in an ordinary run, or as many as the
/// `PROPTEST_CASES` environment variable asks for a deeper search.
#[cfg(test)]
pub(crate) fn proptest_cases(normal: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(normal)
}
