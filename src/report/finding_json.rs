//! A finding as the machine formats (JSON, JSON Lines, SARIF) write it.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::Value;

use crate::article::Article;
use crate::finding::{Applicability, Finding, Fix};
use crate::rules::Severity;
use crate::span::Span;

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

/// One finding as the machine formats write it. Serialized directly (an archive run writes a
/// finding or more per article) rather than built as a JSON value; the fields come out in the
/// order a JSON object prints its keys, sorted, which is the order the values had.
#[derive(Serialize)]
pub struct FindingJson<'a> {
    column: usize,
    end: usize,
    end_column: usize,
    end_line: usize,
    fixes: Vec<FixJson<'a>>,
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

/// One way to resolve a finding, as the machine formats write it.
#[derive(Serialize)]
pub(super) struct FixJson<'a> {
    applicability: Applicability,
    description: &'a str,
    edits: Vec<EditJson<'a>>,
}

/// One replacement of a fix: where (as every position is written) and with what.
#[derive(Serialize)]
pub(super) struct EditJson<'a> {
    column: usize,
    end: usize,
    end_column: usize,
    end_line: usize,
    line: usize,
    replacement: &'a str,
    start: usize,
}

impl<'a> FixJson<'a> {
    pub(super) fn new(article: &Article, fix: &'a Fix) -> FixJson<'a> {
        let edits = fix
            .edits
            .iter()
            .map(|e| {
                let p = Position::of(article, e.span);
                EditJson {
                    column: p.column,
                    end: p.end,
                    end_column: p.end_column,
                    end_line: p.end_line,
                    line: p.line,
                    replacement: &e.replacement,
                    start: p.start,
                }
            })
            .collect();
        FixJson { applicability: fix.applicability, description: &fix.description, edits }
    }
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
            fixes: f.fixes.iter().map(|fix| FixJson::new(article, fix)).collect(),
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
/// end_column, start, end, help, related, fixes).
pub fn finding_json(article: &Article, f: &Finding) -> Value {
    serde_json::to_value(FindingJson::new(article, f)).expect("a finding serializes")
}

/// A JSON document as the whole-run formats print it: pretty, one trailing newline.
pub(super) fn write_pretty(out: &mut dyn Write, doc: &Value) -> io::Result<()> {
    writeln!(out, "{}", serde_json::to_string_pretty(doc).unwrap_or_default())
}
