//! What `copydesk extract` prints: the mentions read in an article, as JSON or for people.

use std::io::{self, Write};

use serde_json::{json, Value};

use crate::article::Article;
use crate::extract::numbers::Word;
use crate::extract::{DateMention, Mentions, NumberMention, Quantity};
use crate::span::Span;

/// What `copydesk extract` prints for one file, as JSON.
pub fn extract_json(article: &Article, m: &Mentions) -> Value {
    json!({
        "path": article.path,
        "dateline": article.dateline_date().map(|d| d.to_string()),
        "dates": m.dates.iter().map(|d| date_json(article, d)).collect::<Vec<_>>(),
        "numbers": m.numbers.iter().map(|n| number_json(article, n)).collect::<Vec<_>>(),
        "quantities": m.quantities.iter().map(|q| quantity_json(article, m, q)).collect::<Vec<_>>(),
    })
}

fn position_json(article: &Article, s: Span) -> Value {
    let lc = article.line_col(s.start);
    json!({"text": article.slice(s), "start": s.start, "end": s.end, "line": lc.line, "column": lc.column})
}

fn date_json(article: &Article, d: &DateMention) -> Value {
    merge(
        position_json(article, d.span),
        json!({"value": d.value, "kind": d.kind, "tense": d.tense, "relative": d.relative}),
    )
}

fn number_json(article: &Article, n: &NumberMention) -> Value {
    let value = if n.value.fract() == 0.0 && n.value.abs() < 9e15 { json!(n.value as i64) } else { json!(n.value) };
    let mut v = merge(position_json(article, n.span), json!({"value": value, "kind": n.kind, "bound": n.bound}));
    if n.bound != crate::extract::Bound::Exact {
        v = merge(v, json!({"low": finite(n.low), "high": finite(n.high)}));
    }
    v
}

fn quantity_json(article: &Article, m: &Mentions, q: &Quantity) -> Value {
    json!({"number": article.slice(m.numbers[q.number].span), "noun": q.noun, "head": q.head, "verb": q.verb})
}

/// `copydesk extract --format json` written as it goes: `{"files": [...]}` laid out as
/// `serde_json::to_string_pretty` lays it out, but one mention at a time, so a 16 MB article
/// never holds its whole document in memory (it took 30 times the article's size).
#[derive(Debug, Default)]
pub struct ExtractJsonWriter {
    files: usize,
}

impl ExtractJsonWriter {
    /// Open the document.
    pub fn start(out: &mut impl Write) -> io::Result<Self> {
        out.write_all(b"{\n  \"files\": [")?;
        Ok(ExtractJsonWriter { files: 0 })
    }

    /// One file's object; its keys in serde_json's (sorted) order.
    pub fn file(&mut self, out: &mut impl Write, article: &Article, m: &Mentions) -> io::Result<()> {
        out.write_all(if self.files == 0 { b"\n    {\n" } else { b",\n    {\n" })?;
        self.files += 1;
        let dateline = json!(article.dateline_date().map(|d| d.to_string()));
        writeln!(out, "      \"dateline\": {dateline},")?;
        write_array(out, "dates", m.dates.iter().map(|d| date_json(article, d)))?;
        out.write_all(b",\n")?;
        write_array(out, "numbers", m.numbers.iter().map(|n| number_json(article, n)))?;
        out.write_all(b",\n")?;
        writeln!(out, "      \"path\": {},", json!(article.path))?;
        write_array(out, "quantities", m.quantities.iter().map(|q| quantity_json(article, m, q)))?;
        out.write_all(b"\n    }")
    }

    /// Close the document (and its line).
    pub fn finish(self, out: &mut impl Write) -> io::Result<()> {
        out.write_all(if self.files == 0 { b"]\n}\n" } else { b"\n  ]\n}\n" })
    }
}

/// `"key": [...]` at a file object's depth, each item pretty-printed and indented to its place
/// (JSON strings escape their line breaks, so every line break is the layout's).
fn write_array(out: &mut impl Write, key: &str, items: impl Iterator<Item = Value>) -> io::Result<()> {
    write!(out, "      \"{key}\": [")?;
    let mut any = false;
    for item in items {
        out.write_all(if any { b",\n" } else { b"\n" })?;
        any = true;
        let text = serde_json::to_string_pretty(&item).map_err(io::Error::other)?;
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                out.write_all(b"\n")?;
            }
            write!(out, "        {line}")?;
        }
    }
    out.write_all(if any { b"\n      ]" } else { b"]" })
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
    let mut out = Vec::new();
    write_extract_text(&mut out, article, m).expect("writing to a Vec cannot fail");
    String::from_utf8(out).expect("the text is UTF-8")
}

/// [`extract_text`] written as it goes, a line at a time.
pub fn write_extract_text(out: &mut impl Write, article: &Article, m: &Mentions) -> io::Result<()> {
    writeln!(
        out,
        "{}: dateline {}",
        article.path,
        article.dateline_date().map_or_else(|| "none".into(), |d| d.to_string())
    )?;
    for d in &m.dates {
        let lc = article.line_col(d.span.start);
        writeln!(
            out,
            "  {}:{} date     {:<28} {:<14} {:?}",
            lc.line,
            lc.column,
            format!("“{}”", article.slice(d.span)),
            d.value.as_deref().unwrap_or("null"),
            d.kind
        )?;
    }
    for (i, n) in m.numbers.iter().enumerate() {
        let lc = article.line_col(n.span.start);
        let what = m
            .quantity_of(i)
            .map(|q| {
                let part =
                    |label: &str, v: &Option<Word>| v.as_ref().map(|v| format!(" {label}={v}")).unwrap_or_default();
                format!("{}{}{}", part("noun", &q.head), part("verb", &q.verb), part("subject", &q.subject_head))
            })
            .unwrap_or_default();
        writeln!(
            out,
            "  {}:{} number   {:<28} {:<14} {:?} {:?}{}",
            lc.line,
            lc.column,
            format!("“{}”", article.slice(n.span)),
            crate::engine::fmt_num(n.value),
            n.kind,
            n.bound,
            what
        )?;
    }
    Ok(())
}

/// The keys of `b` added to the object `a`.
fn merge(mut a: Value, b: Value) -> Value {
    if let (Some(a), Value::Object(b)) = (a.as_object_mut(), b) {
        a.extend(b);
    }
    a
}
