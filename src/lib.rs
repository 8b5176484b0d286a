//! copydesk: a fact-consistency checker for news articles.
//!
//! Data flows one way: [`article`] (ingest) -> [`extract`] (typed mentions) -> [`rules`]
//! (TOML rule files) -> [`engine`] (findings) -> [`report`] (rendering). The library returns
//! data; only the binary prints.

pub mod article;
pub mod engine;
pub mod extract;
pub mod lexicon;
pub mod report;
pub mod rules;
pub mod rx;
