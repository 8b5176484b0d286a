//! Report: findings -> text for people (miette), one line each (short), JSON, or the machine
//! formats (SARIF, GitHub workflow commands, JSON Lines).
//! miette stays here, at the edge: the engine knows nothing of it.

mod human;
mod machine;

use serde::Serialize;
use serde_json::{json, Value};

use crate::article::{Article, Span};
use crate::engine::Finding;
use crate::extract::Mentions;
use crate::rules::{LoadError, Severity};

pub use human::{render_finding, render_load_error, HumanOptions};
pub use machine::{
    github, github_error, github_escape_data, github_escape_property, jsonl, jsonl_error, path_uri, record_error_json,
    record_json, sarif_log, sarif_notification, sarif_results, SARIF_SCHEMA, SARIF_VERSION,
};

/// Counts of findings by severity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
}

impl Summary {
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

/// `path:line:col: severity[rule]: message`
pub fn short(article: &Article, findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let lc = article.line_col(f.span.start);
        out.push_str(&format!(
            "{}:{}:{}: {}[{}]: {}\n",
            article.path, lc.line, lc.column, f.severity, f.rule, f.message
        ));
    }
    out
}

fn position(article: &Article, span: Span) -> Position {
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

fn merge(mut a: Value, b: Value) -> Value {
    if let (Some(a), Value::Object(b)) = (a.as_object_mut(), b) {
        a.extend(b);
    }
    a
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
                let p = position(article, r.span);
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
        let p = position(article, f.span);
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

/// One file's entry in the JSON report.
pub fn file_json(article: &Article, findings: &[Finding]) -> Value {
    json!({
        "path": article.path,
        "dateline": article.dateline_date().map(|d| d.to_string()),
        "dateline_source": article.dateline.as_ref().map(|d| d.source),
        "findings": findings.iter().map(|f| finding_json(article, f)).collect::<Vec<_>>(),
    })
}

/// A file that could not be read, in the JSON report.
pub fn file_error_json(path: &str, error: &str) -> Value {
    json!({"path": path, "dateline": null, "findings": [], "error": error})
}

/// The whole JSON report.
pub fn report_json(files: Vec<Value>, summary: Summary) -> Value {
    json!({"version": 1, "files": files, "summary": summary})
}

/// A rule-file error as JSON (for `--format json`).
pub fn load_error_json(e: &LoadError) -> Value {
    let (line, column) = e.line_col().unwrap_or((0, 0));
    json!({"path": e.path, "line": line, "column": column, "message": e.message, "help": e.help})
}

/// What `copydesk extract` prints for one file, as JSON.
pub fn extract_json(article: &Article, m: &Mentions) -> Value {
    let pos = |s: Span| {
        let lc = article.line_col(s.start);
        json!({"text": article.slice(s), "start": s.start, "end": s.end, "line": lc.line, "column": lc.column})
    };
    let dates: Vec<Value> = m
        .dates
        .iter()
        .map(|d| {
            merge(pos(d.span), json!({"value": d.value, "kind": d.kind, "tense": d.tense, "relative": d.relative}))
        })
        .collect();
    let numbers: Vec<Value> = m
        .numbers
        .iter()
        .map(|n| {
            let value =
                if n.value.fract() == 0.0 && n.value.abs() < 9e15 { json!(n.value as i64) } else { json!(n.value) };
            let mut v = merge(pos(n.span), json!({"value": value, "kind": n.kind, "bound": n.bound}));
            if n.bound != crate::extract::Bound::Exact {
                v = merge(v, json!({"low": finite(n.low), "high": finite(n.high)}));
            }
            v
        })
        .collect();
    let quantities: Vec<Value> = m
        .quantities
        .iter()
        .map(|q| json!({"number": article.slice(m.numbers[q.number].span), "noun": q.noun, "head": q.head, "verb": q.verb}))
        .collect();
    json!({
        "path": article.path,
        "dateline": article.dateline_date().map(|d| d.to_string()),
        "dates": dates,
        "numbers": numbers,
        "quantities": quantities,
    })
}

fn finite(v: f64) -> Value {
    if v.is_finite() {
        json!(v)
    } else {
        Value::Null
    }
}

/// What `copydesk extract` prints for one file, for people.
pub fn extract_text(article: &Article, m: &Mentions) -> String {
    let mut out = format!(
        "{}: dateline {}\n",
        article.path,
        article.dateline_date().map(|d| d.to_string()).unwrap_or_else(|| "none".into())
    );
    for d in &m.dates {
        let lc = article.line_col(d.span.start);
        out.push_str(&format!(
            "  {}:{} date     {:<28} {:<14} {:?}\n",
            lc.line,
            lc.column,
            format!("“{}”", article.slice(d.span)),
            d.value.as_deref().unwrap_or("null"),
            d.kind
        ));
    }
    for (i, n) in m.numbers.iter().enumerate() {
        let lc = article.line_col(n.span.start);
        let what = m
            .quantities
            .iter()
            .find(|q| q.number == i)
            .map(|q| {
                let part =
                    |label: &str, v: &Option<String>| v.as_ref().map(|v| format!(" {label}={v}")).unwrap_or_default();
                format!("{}{}{}", part("noun", &q.head), part("verb", &q.verb), part("subject", &q.subject_head))
            })
            .unwrap_or_default();
        out.push_str(&format!(
            "  {}:{} number   {:<28} {:<14} {:?} {:?}{}\n",
            lc.line,
            lc.column,
            format!("“{}”", article.slice(n.span)),
            crate::engine::fmt_num(n.value),
            n.kind,
            n.bound,
            what
        ));
    }
    out
}
