//! JSON Lines: one finding per line, and the archive mode's one result line per article.

use std::io::{self, Write};

use serde_json::{json, Value};

use crate::article::Article;
use crate::finding::Finding;

use super::emit::{Emitter, Rendered, Summary};
use super::finding_json::{finding_json, FindingJson};

/// JSON Lines: one compact object per finding, with the file's path first.
pub fn jsonl(article: &Article, findings: &[Finding]) -> String {
    let mut out = String::new();
    for f in findings {
        let mut v = json!({"path": article.path});
        if let (Some(o), Value::Object(fj)) = (v.as_object_mut(), finding_json(article, f)) {
            o.extend(fj);
        }
        out.push_str(&v.to_string());
        out.push('\n');
    }
    out
}

/// A file that could not be read, as one JSON line.
pub fn jsonl_error(path: &str, message: &str) -> String {
    format!("{}\n", json!({"path": path, "error": message}))
}

/// One archive record's result line: `{"id": ..., "findings": [...]}`, written directly
/// (keys in the sorted order a JSON object prints them).
pub fn record_json(id: &Value, article: &Article, findings: &[Finding]) -> String {
    #[derive(serde::Serialize)]
    struct Record<'a> {
        dateline: Option<String>,
        findings: Vec<FindingJson<'a>>,
        id: &'a Value,
    }
    let record = Record {
        dateline: article.dateline_date().map(|d| d.to_string()),
        findings: findings.iter().map(|f| FindingJson::new(article, f)).collect(),
        id,
    };
    serde_json::to_string(&record).expect("a record serializes")
}

/// A record that could not be read: `{"id": ..., "line": n, "error": ..., "findings": []}`.
pub fn record_error_json(id: &Value, line: usize, error: &str) -> Value {
    json!({"id": id, "line": line, "error": error, "findings": []})
}

/// Writes each file's lines as it comes, and an error line for a file that could not be read.
pub struct JsonlEmitter;

impl Emitter for JsonlEmitter {
    fn render(&self, article: &Article, findings: &[Finding]) -> Rendered {
        Rendered::text(jsonl(article, findings))
    }
    fn write(&mut self, rendered: Rendered, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(rendered.text.as_bytes())
    }
    fn failed(&mut self, path: &str, message: &str, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(jsonl_error(path, message).as_bytes())
    }
    fn finish(&mut self, _summary: &Summary, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
}
