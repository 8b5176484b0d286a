//! The JSON report: one document for the whole run, written when the run ends.

use std::io::{self, Write};

use serde_json::{json, Value};

use crate::article::Article;
use crate::finding::Finding;
use crate::rules::LoadError;

use super::emit::{Emitter, Rendered, Summary};
use super::finding_json::{finding_json, write_pretty};

/// One file's entry in the JSON report.
pub fn file_json(article: &Article, findings: &[Finding]) -> Value {
    json!({
        "path": article.path,
        "dateline": article.dateline_date().map(|d| d.to_string()),
        "dateline_source": article.dateline.as_ref().map(|d| d.source),
        "findings": findings.iter().map(|f| finding_json(article, f)).collect::<Vec<_>>(),
    })
}

/// The notes of an article as JSON, added to its file object when there are any.
fn add_notes_json(article: &Article, json: &mut Value) {
    if article.notes.is_empty() {
        return;
    }
    let notes: Vec<Value> = article
        .notes
        .iter()
        .map(|n| {
            let lc = article.line_col(n.span.start);
            json!({"line": lc.line, "column": lc.column, "start": n.span.start, "end": n.span.end, "message": n.message})
        })
        .collect();
    if let Some(obj) = json.as_object_mut() {
        obj.insert("notes".into(), Value::Array(notes));
    }
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

/// Keeps every file's object (with its notes) and writes the report at the end.
#[derive(Default)]
pub struct JsonEmitter {
    files: Vec<Value>,
}

impl Emitter for JsonEmitter {
    fn render(&self, article: &Article, findings: &[Finding]) -> Rendered {
        let mut file = file_json(article, findings);
        add_notes_json(article, &mut file);
        Rendered::entries(vec![file])
    }
    fn write(&mut self, rendered: Rendered, _out: &mut dyn Write) -> io::Result<()> {
        self.files.extend(rendered.entries);
        Ok(())
    }
    fn failed(&mut self, path: &str, message: &str, _out: &mut dyn Write) -> io::Result<()> {
        self.files.push(file_error_json(path, message));
        Ok(())
    }
    fn finish(&mut self, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        write_pretty(out, &report_json(std::mem::take(&mut self.files), *summary))
    }
}
