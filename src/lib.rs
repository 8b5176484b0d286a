//! copydesk: a fact-consistency checker for news articles.
//!
//! Data flows one way: [`article`] (ingest) -> [`extract`] (typed mentions) -> [`rules`]
//! (TOML rule files) -> [`engine`] (findings) -> [`report`] (rendering). The library returns
//! data; only the binary prints.

pub mod article;
pub mod calendar;
pub mod checker;
mod checks;
pub mod engine;
pub mod extract;
pub mod finding;
pub mod lexicon;
pub mod report;
pub mod rules;
pub mod rx;
pub mod span;

/// The cases a property test runs: `normal` in an ordinary run, or as many as the
/// `PROPTEST_CASES` environment variable asks for a deeper search.
#[cfg(test)]
pub(crate) fn proptest_cases(normal: u32) -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(normal)
}
