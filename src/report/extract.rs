//! What `copydesk extract` prints: the mentions read in an article, as JSON or for people.

use serde_json::{json, Value};

use crate::article::Article;
use crate::extract::Mentions;
use crate::span::Span;

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
        article.dateline_date().map_or_else(|| "none".into(), |d| d.to_string())
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
            .quantity_of(i)
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

/// The keys of `b` added to the object `a`.
fn merge(mut a: Value, b: Value) -> Value {
    if let (Some(a), Value::Object(b)) = (a.as_object_mut(), b) {
        a.extend(b);
    }
    a
}
