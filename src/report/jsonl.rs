//! JSON Lines: one result line per file checked, and the archive mode's one result line per
//! article, both `{"dateline", "findings": [...]}` with the file's `path` or the record's `id`.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::{json, Value};

use crate::article::Article;
use crate::finding::Finding;

use super::emit::{Emitter, Rendered, Summary};
use super::finding_json::FindingJson;

/// One file's result line: `{"dateline": ..., "findings": [...], "path": ...}`, a clean file
/// with an empty list (so a reader tells "clean" from "not checked").
pub fn jsonl(article: &Article, findings: &[Finding]) -> String {
    let mut line = result_line(article, findings, FileKey { path: &article.path });
    line.push('\n');
    line
}

/// A file that could not be read: `{"error": ..., "findings": [], "path": ...}`, as an archive
/// record that could not be read.
pub fn jsonl_error(path: &str, message: &str) -> String {
    format!("{}\n", json!({"path": path, "error": message, "findings": []}))
}

/// One archive record's result line: `{"id": ..., "findings": [...]}`, written directly
/// (keys in the sorted order a JSON object prints them).
pub fn record_json(id: &Value, article: &Article, findings: &[Finding]) -> String {
    result_line(article, findings, RecordKey { id })
}

/// What names a result line: a file's path, or an archive record's id. Each sorts after
/// `dateline` and `findings`, so the line's keys stay in the order a JSON object prints them.
#[derive(Serialize)]
struct FileKey<'a> {
    path: &'a str,
}

#[derive(Serialize)]
struct RecordKey<'a> {
    id: &'a Value,
}

/// One result line, `{"dateline", "findings", <key>}`, written directly.
fn result_line(article: &Article, findings: &[Finding], key: impl Serialize) -> String {
    #[derive(Serialize)]
    struct Line<'a, K> {
        dateline: Option<String>,
        findings: Vec<FindingJson<'a>>,
        #[serde(flatten)]
        key: K,
    }
    let line = Line {
        dateline: article.dateline_date().map(|d| d.to_string()),
        findings: findings.iter().map(|f| FindingJson::new(article, f)).collect(),
        key,
    };
    serde_json::to_string(&line).expect("a result line serializes")
}

/// A record that could not be read: `{"id": ..., "line": n, "error": ..., "findings": []}`.
pub fn record_error_json(id: &Value, line: usize, error: &str) -> Value {
    json!({"id": id, "line": line, "error": error, "findings": []})
}

/// Writes each file's line as it comes, and an error line for a file that could not be read.
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
