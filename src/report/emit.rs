//! What every format's emitter is and shares: the [`Emitter`] trait, a [`Rendered`] file, the
//! run's [`Summary`], and the notes on how an article was read.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;

use crate::article::Article;
use crate::finding::Finding;
use crate::rules::Severity;

/// A report being written: fed every file in input order, then finished.
///
/// A checked file goes in two steps so the costly one can run on the thread that checked the
/// file: [`render`](Emitter::render) (`&self`, any thread, any order), then
/// [`write`](Emitter::write) (in input order). [`checked`](Emitter::checked) does both.
pub trait Emitter: Sync {
    /// Render one checked file.
    fn render(&self, article: &Article, findings: &[Finding]) -> Rendered;
    /// Write one rendered file, or keep it for a report written whole at the end.
    fn write(&mut self, rendered: Rendered, out: &mut dyn Write) -> io::Result<()>;
    /// A file that could not be read (the caller tells the user; this is its report entry).
    fn failed(&mut self, path: &str, message: &str, out: &mut dyn Write) -> io::Result<()>;
    /// The end of the run.
    fn finish(&mut self, summary: &Summary, out: &mut dyn Write) -> io::Result<()>;

    /// One checked file, rendered and written.
    fn checked(&mut self, article: &Article, findings: &[Finding], out: &mut dyn Write) -> io::Result<()> {
        let rendered = self.render(article, findings);
        self.write(rendered, out)
    }

    /// Whether [`checked`](Emitter::checked) writes a file's report as it makes it, never
    /// holding it whole as [`render`](Emitter::render) does: a caller with one file to write
    /// (nothing to render ahead on other threads) should then call `checked` instead.
    fn streams(&self) -> bool {
        false
    }
}

/// One checked file as an emitter rendered it: text written as it comes, and entries kept for
/// a report written at the end (JSON file objects, SARIF results).
#[derive(Debug, Default)]
pub struct Rendered {
    pub(super) text: String,
    pub(super) entries: Vec<Value>,
}

impl Rendered {
    pub(super) fn text(text: String) -> Rendered {
        Rendered { text, entries: Vec::new() }
    }

    pub(super) fn entries(entries: Vec<Value>) -> Rendered {
        Rendered { text: String::new(), entries }
    }

    /// Whether writing it prints anything right away.
    pub fn has_text(&self) -> bool {
        !self.text.is_empty()
    }
}

/// Counts of findings by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
    /// One file checked with these findings.
    pub fn of_file(findings: &[Finding]) -> Summary {
        let mut summary = Summary { files: 1, ..Summary::default() };
        summary.add(findings);
        summary
    }
    pub fn add(&mut self, findings: &[Finding]) {
        for f in findings {
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
        }
    }
    pub fn merge(&mut self, other: Summary) {
        self.files += other.files;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
    }
    /// Whether any finding is at or above `level`.
    pub fn fails(&self, level: Severity) -> bool {
        match level {
            Severity::Error => self.errors > 0,
            Severity::Warning => self.errors + self.warnings > 0,
            Severity::Info => self.errors + self.warnings + self.infos > 0,
        }
    }
    pub fn line(&self) -> String {
        let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
        format!(
            "{} checked: {}, {}, {}",
            plural(self.files, "file"),
            plural(self.errors, "error"),
            plural(self.warnings, "warning"),
            plural(self.infos, "info")
        )
    }
}

/// `note: path:line:col: message` for each note on how the article was read.
pub fn notes_text(article: &Article) -> String {
    article
        .notes
        .iter()
        .map(|n| {
            let lc = article.line_col(n.span.start);
            format!("note: {}:{}:{}: {}\n", article.path, lc.line, lc.column, n.message)
        })
        .collect()
}
