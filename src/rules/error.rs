//! Errors in rule files and configs, each pointing at a byte span of its file.

use std::ops::Range;

use crate::span::LineIndex;

/// A rule-file or config error that points into the file. Shown as `path:line:col: message`,
/// or `path: message` when the span or the file's text is unknown.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}: {message}", self.location())]
pub struct LoadError {
    pub path: String,
    /// The file's text, when it could be read, for rendering the span.
    pub source_text: Option<String>,
    pub span: Option<Range<usize>>,
    pub message: String,
    pub help: Option<String>,
}

/// Errors shown per rule file; more are summed up in one last error, so a file of thousands of
/// broken rules costs no more to report than a file of twenty.
pub const MAX_ERRORS_PER_FILE: usize = 20;

impl LoadError {
    /// An error in a file being loaded. The file's text is attached once loading ends (see
    /// [`attach_source`]), to the errors that are kept.
    pub(super) fn at(path: &str, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        LoadError { path: path.to_string(), source_text: None, span, message: message.into(), help: None }
    }
    /// Attach the file's text now (for a file with at most a few errors, like a config).
    pub(super) fn with_source(mut self, text: &str) -> Self {
        self.source_text = Some(text.to_string());
        self
    }
    pub(super) fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
    /// 1-based line and column (in characters) of the error's start.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        let text = self.source_text.as_ref()?;
        // Lines end as the human format's drawing ends them (`\n`, `\r\n`, a lone `\r`).
        let lc = LineIndex::new(text).line_col(text, self.span.as_ref()?.start);
        Some((lc.line, lc.column))
    }
    /// `path:line:col`, or the path alone.
    fn location(&self) -> String {
        match self.line_col() {
            Some((l, c)) => format!("{}:{l}:{c}", self.path),
            None => self.path.clone(),
        }
    }
}

/// Keep the first [`MAX_ERRORS_PER_FILE`] errors, each with the file's text, and
/// say how many more there were.
pub(super) fn attach_source(path: &str, text: &str, mut errors: Vec<LoadError>) -> Vec<LoadError> {
    let more = errors.len().saturating_sub(MAX_ERRORS_PER_FILE);
    errors.truncate(MAX_ERRORS_PER_FILE);
    for e in &mut errors {
        e.source_text = Some(text.to_string());
    }
    if more > 0 {
        errors.push(LoadError {
            path: path.to_string(),
            source_text: None,
            span: None,
            message: format!("... and {more} more errors in this file"),
            help: Some("fix the errors above first".into()),
        });
    }
    errors
}
