//! Report: findings -> text for people (miette), one line each (short), JSON, or the machine
//! formats (SARIF, GitHub workflow commands, JSON Lines). One [`Emitter`] per format, one file
//! each; [`emitter`] picks one from an [`OutputFormat`].
//! miette stays here, at the edge: the engine knows nothing of it.

mod extract;
mod github;
mod human;
mod json;
mod jsonl;
mod sarif;
mod short;

use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;

use crate::article::Article;
use crate::finding::Finding;
use crate::rules::{RuleSet, Severity};
use crate::span::Span;

pub use extract::{extract_json, extract_text};
pub use github::{github, github_error, github_escape_data, github_escape_property, GithubEmitter};
pub use human::{render_finding, render_load_error, HumanEmitter, HumanOptions};
pub use json::{file_error_json, file_json, load_error_json, report_json, JsonEmitter};
pub use jsonl::{jsonl, jsonl_error, record_error_json, record_json, JsonlEmitter};
pub use sarif::{path_uri, sarif_log, sarif_notification, sarif_results, SarifEmitter, SARIF_SCHEMA, SARIF_VERSION};
pub use short::{short, ShortEmitter};

/// The report formats of `copydesk check`.
#[derive(Copy, Clone, Debug, PartialEq, Eq)]
pub enum OutputFormat {
    /// Diagnostics drawn against the source, for people.
    Human,
    /// One line per finding: `path:line:col: severity[rule]: message`.
    Short,
    /// One JSON report for the whole run.
    Json,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// JSON Lines: one finding per line, written as each file is done.
    Jsonl,
}

impl OutputFormat {
    /// Formats read by programs: never decorated, never a progress bar.
    pub fn is_machine(self) -> bool {
        !matches!(self, OutputFormat::Human | OutputFormat::Short)
    }
}

/// The emitter of a format. `rules` are the rules the run checks with (SARIF lists them);
/// `human` says how the human format draws.
pub fn emitter(format: OutputFormat, rules: &RuleSet, human: HumanOptions) -> Box<dyn Emitter + '_> {
    match format {
        OutputFormat::Human => Box::new(HumanEmitter::new(human)),
        OutputFormat::Short => Box::new(ShortEmitter),
        OutputFormat::Json => Box::new(JsonEmitter::default()),
        OutputFormat::Sarif => Box::new(SarifEmitter::new(rules)),
        OutputFormat::Github => Box::new(GithubEmitter),
        OutputFormat::Jsonl => Box::new(JsonlEmitter),
    }
}

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
}

/// One checked file as an emitter rendered it: text written as it comes, and entries kept for
/// a report written at the end (JSON file objects, SARIF results).
#[derive(Debug, Default)]
pub struct Rendered {
    text: String,
    entries: Vec<Value>,
}

impl Rendered {
    fn text(text: String) -> Rendered {
        Rendered { text, entries: Vec::new() }
    }

    fn entries(entries: Vec<Value>) -> Rendered {
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

/// Where a span is, as every machine format writes it.
struct Position {
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    start: usize,
    end: usize,
}

impl Position {
    fn of(article: &Article, span: Span) -> Position {
        let s = article.line_col(span.start);
        let e = article.line_col(span.end);
        Position {
            line: s.line,
            column: s.column,
            end_line: e.line,
            end_column: e.column,
            start: span.start,
            end: span.end,
        }
    }
}

/// The keys of `b` added to the object `a`.
fn merge(mut a: Value, b: Value) -> Value {
    if let (Some(a), Value::Object(b)) = (a.as_object_mut(), b) {
        a.extend(b);
    }
    a
}

/// One finding as the machine formats write it. Serialized directly (an archive run writes a
/// finding or more per article) rather than built as a JSON value; the fields come out in the
/// order a JSON object prints its keys, sorted, which is the order the values had.
#[derive(Serialize)]
pub struct FindingJson<'a> {
    column: usize,
    end: usize,
    end_column: usize,
    end_line: usize,
    help: &'a Option<String>,
    label: &'a str,
    line: usize,
    message: &'a str,
    related: Vec<RelatedJson<'a>>,
    rule: &'a str,
    severity: Severity,
    start: usize,
}

/// A finding's "contradicted here" span as the machine formats write it.
#[derive(Serialize)]
struct RelatedJson<'a> {
    column: usize,
    end: usize,
    end_column: usize,
    end_line: usize,
    line: usize,
    message: &'a str,
    start: usize,
}

impl<'a> FindingJson<'a> {
    pub fn new(article: &Article, f: &'a Finding) -> FindingJson<'a> {
        let related = f
            .related
            .iter()
            .map(|r| {
                let p = Position::of(article, r.span);
                RelatedJson {
                    column: p.column,
                    end: p.end,
                    end_column: p.end_column,
                    end_line: p.end_line,
                    line: p.line,
                    message: &r.message,
                    start: p.start,
                }
            })
            .collect();
        let p = Position::of(article, f.span);
        FindingJson {
            column: p.column,
            end: p.end,
            end_column: p.end_column,
            end_line: p.end_line,
            help: &f.help,
            label: &f.label,
            line: p.line,
            message: &f.message,
            related,
            rule: &f.rule,
            severity: f.severity,
            start: p.start,
        }
    }
}

/// One finding as JSON (the contract: rule, severity, message, line, column, end_line,
/// end_column, start, end, help, related).
pub fn finding_json(article: &Article, f: &Finding) -> Value {
    serde_json::to_value(FindingJson::new(article, f)).expect("a finding serializes")
}

/// A JSON document as the whole-run formats print it: pretty, one trailing newline.
fn write_pretty(out: &mut dyn Write, doc: &Value) -> io::Result<()> {
    writeln!(out, "{}", serde_json::to_string_pretty(doc).unwrap_or_default())
}
