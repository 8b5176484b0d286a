//! Writes the fact tables of the shipped rule files (`[pack]`, `[[office]]`, `[[person]]`,
//! `[[event]]`) as Rust statics that `src/rules/fact_statics.rs` turns into facts at start-up
//! with a plain loop: no TOML and no serde at run time. Reading them was most of a one-article
//! process's rule loading, and reading the Congress pack the most of a check naming a member.
//!
//! Only the shape is checked here (types, required keys, unknown keys, dates that exist); the
//! schema's own validation runs in the tests of `rules::fact_statics`, which load every file
//! through the TOML path too and require the same facts.

use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

/// Write `fact_statics.rs` into `out_dir`: `SHIPPED_FACTS`, the facts of each file that has any.
pub fn write_fact_statics(out_dir: &std::path::Path, files: &[PathBuf]) {
    println!("cargo:rerun-if-changed=build/facts.rs");
    let mut out = String::from("// Written by build/facts.rs from rules/*.toml.\n");
    out.push_str("/// (path, facts) of each shipped file with a fact table, in file-name order.\n");
    out.push_str("pub(super) static SHIPPED_FACTS: &[(&str, ShippedFacts)] = &[\n");
    for file in files {
        let text = fs::read_to_string(file).expect("read once already");
        let root = DeTable::parse(&text).expect("parsed once already");
        let name = file.file_name().expect("a file name").to_string_lossy().into_owned();
        let at = Where { file: format!("rules/{name}"), text: &text };
        if let Some(facts) = file_facts(&at, root.get_ref()) {
            let _ = writeln!(out, "    (\"rules/{name}\", {facts}),");
        }
    }
    out.push_str("];\n");
    fs::write(out_dir.join("fact_statics.rs"), out).expect("OUT_DIR is writable");
}

/// The file being read, for messages that give a line and column.
pub struct Where<'a> {
    pub file: String,
    pub text: &'a str,
}

impl Where<'_> {
    pub fn fail(&self, at: usize, message: &str) -> ! {
        let before = &self.text[..at.min(self.text.len())];
        let line = before.matches('\n').count() + 1;
        let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
        panic!("{}:{line}:{col}: {message}", self.file)
    }
}

pub type Value<'i> = Spanned<DeValue<'i>>;

/// The `ShippedFacts` expression of one file, None when it has no fact table.
fn file_facts(at: &Where<'_>, root: &DeTable<'_>) -> Option<String> {
    let get = |key: &str| root.iter().find(|(k, _)| k.get_ref() == key).map(|(_, v)| v);
    if ["pack", "office", "person", "event"].iter().all(|k| get(k).is_none()) {
        return None;
    }
    let pack = match get("pack") {
        None => "None".to_string(),
        Some(v) => {
            let t = table(at, v, &["source", "commit", "as-of"]);
            format!(
                "Some(StaticPack {{ source: {}, commit: {}, as_of: {} }})",
                text(at, t, "source"),
                opt(at, t, "commit", text),
                opt(at, t, "as-of", date)
            )
        }
    };
    let list = |key: &str, item: fn(&Where<'_>, &Value<'_>) -> String| -> String {
        let items: Vec<String> = match get(key).map(Spanned::get_ref) {
            None => vec![],
            Some(DeValue::Array(items)) => items.iter().map(|i| item(at, i)).collect(),
            Some(_) => at.fail(get(key).expect("just read").span().start, &format!("`{key}` must be [[{key}]] tables")),
        };
        format!("&[{}]", items.join(", "))
    };
    Some(format!(
        "ShippedFacts {{ pack: {pack}, offices: {}, people: {}, events: {} }}",
        list("office", office),
        list("person", person),
        list("event", event)
    ))
}

const OFFICE_KEYS: &[&str] =
    &["title", "forms", "holder", "aliases", "surnames", "state", "district", "party", "caucus", "from", "to", "test"];

fn office(at: &Where<'_>, v: &Value<'_>) -> String {
    let t = table(at, v, OFFICE_KEYS);
    let span = v.span();
    format!(
        "StaticOffice {{ title: {}, forms: {}, holder: {}, aliases: {}, surnames: {}, state: {}, district: {}, \
         party: {}, caucus: {}, from: {}, to: {}, span: ({}, {}) }}",
        text(at, t, "title"),
        texts(at, t, "forms"),
        text(at, t, "holder"),
        opt_texts(at, t, "aliases"),
        opt_texts(at, t, "surnames"),
        opt(at, t, "state", text),
        opt(at, t, "district", district),
        opt(at, t, "party", text),
        opt(at, t, "caucus", text),
        date(at, t, "from"),
        opt(at, t, "to", date),
        span.start,
        span.end
    )
}

fn person(at: &Where<'_>, v: &Value<'_>) -> String {
    let t = table(at, v, &["name", "aliases", "born", "died", "test"]);
    format!(
        "StaticPerson {{ name: {}, aliases: {}, born: {}, died: {} }}",
        text(at, t, "name"),
        opt_texts(at, t, "aliases"),
        date(at, t, "born"),
        opt(at, t, "died", date)
    )
}

fn event(at: &Where<'_>, v: &Value<'_>) -> String {
    let t = table(at, v, &["name", "aliases", "date", "figures", "tolerance", "test"]);
    let figures = match field(t, "figures") {
        None => "None".to_string(),
        Some(f) => {
            let DeValue::Table(ft) = f.get_ref() else { at.fail(f.span().start, "`figures` must be a table") };
            let pairs: Vec<String> = ft.iter().map(|(k, n)| format!("({:?}, {})", k.get_ref(), float(at, n))).collect();
            format!("Some(&[{}])", pairs.join(", "))
        }
    };
    format!(
        "StaticEvent {{ name: {}, aliases: {}, date: {}, figures: {figures}, tolerance: {} }}",
        text(at, t, "name"),
        opt_texts(at, t, "aliases"),
        date(at, t, "date"),
        opt(at, t, "tolerance", |at, t, k| float(at, field(t, k).expect("present")))
    )
}

/// A table, after checking that its keys are all known.
pub fn table<'a, 'i>(at: &Where<'_>, v: &'a Value<'i>, keys: &[&str]) -> &'a DeTable<'i> {
    let DeValue::Table(t) = v.get_ref() else { at.fail(v.span().start, "expected a table") };
    for (k, _) in t {
        if !keys.contains(&k.get_ref().as_ref()) {
            at.fail(k.span().start, &format!("unknown field `{}`", k.get_ref()));
        }
    }
    t
}

pub fn field<'a, 'i>(t: &'a DeTable<'i>, key: &str) -> Option<&'a Value<'i>> {
    t.iter().find(|(k, _)| k.get_ref() == key).map(|(_, v)| v)
}

pub fn required<'a, 'i>(at: &Where<'_>, t: &'a DeTable<'i>, key: &str) -> &'a Value<'i> {
    field(t, key).unwrap_or_else(|| {
        let start = t.iter().next().map_or(0, |(k, _)| k.span().start);
        at.fail(start, &format!("missing field `{key}`"))
    })
}

/// `Some(...)` of an optional key read by `read`, or `None`.
fn opt(at: &Where<'_>, t: &DeTable<'_>, key: &str, read: fn(&Where<'_>, &DeTable<'_>, &str) -> String) -> String {
    match field(t, key) {
        None => "None".to_string(),
        Some(_) => format!("Some({})", read(at, t, key)),
    }
}

/// A string, as a Rust literal.
fn text(at: &Where<'_>, t: &DeTable<'_>, key: &str) -> String {
    let v = required(at, t, key);
    match v.get_ref() {
        DeValue::String(s) => format!("{:?}", s.as_ref()),
        _ => at.fail(v.span().start, &format!("`{key}` must be a string")),
    }
}

/// An array of strings, as a Rust slice literal.
fn texts(at: &Where<'_>, t: &DeTable<'_>, key: &str) -> String {
    let v = required(at, t, key);
    let DeValue::Array(items) = v.get_ref() else { at.fail(v.span().start, &format!("`{key}` must be an array")) };
    let strings: Vec<String> = items
        .iter()
        .map(|i| match i.get_ref() {
            DeValue::String(s) => format!("{:?}", s.as_ref()),
            _ => at.fail(i.span().start, &format!("`{key}` holds strings only")),
        })
        .collect();
    format!("&[{}]", strings.join(", "))
}

fn opt_texts(at: &Where<'_>, t: &DeTable<'_>, key: &str) -> String {
    if field(t, key).is_some() {
        texts(at, t, key)
    } else {
        "&[]".to_string()
    }
}

fn district(at: &Where<'_>, t: &DeTable<'_>, key: &str) -> String {
    let v = required(at, t, key);
    match v.get_ref() {
        DeValue::Integer(i) => {
            let n = i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).ok();
            match n.and_then(|n| u32::try_from(n).ok()) {
                Some(n) => n.to_string(),
                None => at.fail(v.span().start, &format!("`{key}` must be a whole number from 0")),
            }
        }
        _ => at.fail(v.span().start, &format!("`{key}` must be a whole number")),
    }
}

/// An integer or float, as a Rust `f64` expression.
fn float(at: &Where<'_>, v: &Value<'_>) -> String {
    let n = match v.get_ref() {
        DeValue::Integer(i) => i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()).map(|n| n as f64).ok(),
        DeValue::Float(f) => match f.as_str().replace('_', "").trim_start_matches('+') {
            "inf" => Some(f64::INFINITY),
            "-inf" => Some(f64::NEG_INFINITY),
            "nan" | "-nan" => Some(f64::NAN),
            s => s.parse().ok(),
        },
        _ => None,
    };
    match n {
        Some(n) if n.is_nan() => "f64::NAN".to_string(),
        Some(n) if n.is_infinite() => if n > 0.0 { "f64::INFINITY" } else { "f64::NEG_INFINITY" }.to_string(),
        Some(n) => format!("{n:?}"),
        None => at.fail(v.span().start, "expected a number"),
    }
}

/// A date as `(year, month, day)`: a TOML date, or a string starting "YYYY-MM-DD", as the
/// TOML path reads them (`toml_date`). A day that does not exist fails the tests, not here.
fn date(at: &Where<'_>, t: &DeTable<'_>, key: &str) -> String {
    let v = required(at, t, key);
    let ymd = match v.get_ref() {
        DeValue::Datetime(d) => d.date.map(|d| (i64::from(d.year), i64::from(d.month), i64::from(d.day))),
        DeValue::String(s) => {
            let b = s.as_bytes();
            let ok = b.len() >= 10 && b[4] == b'-' && b[7] == b'-';
            let n = |r: std::ops::Range<usize>| s.get(r).and_then(|x| x.parse::<i64>().ok());
            if ok {
                n(0..4).zip(n(5..7)).zip(n(8..10)).map(|((y, m), d)| (y, m, d))
            } else {
                None
            }
        }
        _ => None,
    };
    match ymd {
        Some((y, m, d)) => format!("({y}, {m}, {d})"),
        None => at.fail(v.span().start, &format!("`{key}` must be a date like 2009-01-20")),
    }
}
