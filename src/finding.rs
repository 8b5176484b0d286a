//! What the library reports: a [`Finding`] per problem, with its [`Related`] spans. The engine
//! makes them, the checks fill in the related spans, the report renders them.

use serde::Serialize;

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
}
