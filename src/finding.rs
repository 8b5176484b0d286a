//! What the library reports: a [`Finding`] per problem, with its [`Related`] spans. The engine
//! makes them, the checks fill in the related spans, the report renders them.

use serde::Serialize;

pub use crate::rules::Confidence;
use crate::rules::Severity;
use crate::span::Span;

/// A secondary span of a finding: "contradicted here".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Related {
    pub span: Span,
    pub message: String,
}

/// One problem found in an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub span: Span,
    /// Label for the primary span ("stated here").
    pub label: String,
    pub related: Vec<Related>,
    /// Strength of the evidence (`--min-confidence` filters on it).
    pub confidence: Confidence,
    /// Edits that would resolve the finding, best first (not yet in any output format).
    #[serde(skip)]
    pub fixes: Vec<Fix>,
}

/// Whether a fix can be applied without a human reading it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// The edit is certainly right (a rule file says `fix = "safe"`).
    Safe,
    /// The edit is the likely one; a person should confirm it.
    #[default]
    Suggested,
}

/// One replacement of a byte range of the article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Edit {
    pub span: Span,
    pub replacement: String,
}

/// One alternative way to resolve a finding: edits that never overlap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub description: String,
    pub edits: Vec<Edit>,
    pub applicability: Applicability,
}
