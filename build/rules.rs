//! Writes the `[[rule]]` tables of the shipped rule files as Rust statics, each value with the
//! byte span of its token, that `src/rules/rule_statics.rs` hands to the rule validation of
//! `load.rs` at start-up: the same checks as for a rule file, with no TOML and no serde.
//! Examples (`[[rule.test]]`) and `description`s are left out: a check run reads neither, and
//! `rules::deferred` reads them when asked for.
//!
//! Only the shape is checked here (types, required keys, unknown keys); the tests of
//! `rules::rule_statics` load every file through the TOML path too and require the same rules.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};

use crate::facts::{field, required, table, Value, Where};

/// The keys of a `[[rule]]` table (`schema::RawRule`).
const RULE_KEYS: &[&str] = &[
    "id",
    "kind",
    "severity",
    "message",
    "help",
    "link",
    "description",
    "test",
    "max-year-gap",
    "swap",
    "tokens",
    "either",
    "ignorecase",
    "pattern",
    "assert",
    "replacement",
    "fix",
];

/// Write `rule_statics.rs` into `out_dir`: `SHIPPED_RULES`, the rules of each file `skip`
/// does not leave out (a fact pack read from its statics alone).
pub fn write_rule_statics(out_dir: &Path, files: &[PathBuf], skip: impl Fn(&Path) -> bool) {
    println!("cargo:rerun-if-changed=build/rules.rs");
    let mut out = String::from("// Written by build/rules.rs from rules/*.toml.\n");
    out.push_str("/// (path, rules) of each shipped file start-up loads, in file-name order.\n");
    out.push_str("pub(super) static SHIPPED_RULES: &[(&str, &[StaticRule])] = &[\n");
    for file in files.iter().filter(|f| !skip(f)) {
        let text = fs::read_to_string(file).expect("read once already");
        let root = DeTable::parse(&text).expect("parsed once already");
        let name = file.file_name().expect("a file name").to_string_lossy().into_owned();
        let at = Where { file: format!("rules/{name}"), text: &text };
        let rules: Vec<String> = match field(root.get_ref(), "rule") {
            None => vec![],
            Some(v) => match v.get_ref() {
                DeValue::Array(items) => items.iter().map(|r| rule(&at, r)).collect(),
                _ => at.fail(v.span().start, "`rule` must be [[rule]] tables"),
            },
        };
        let _ = writeln!(out, "    (\"rules/{name}\", &[{}]),", rules.join(",\n        "));
    }
    out.push_str("];\n");
    fs::write(out_dir.join("rule_statics.rs"), out).expect("OUT_DIR is writable");
}

fn rule(at: &Where<'_>, v: &Value<'_>) -> String {
    let t = table(at, v, RULE_KEYS);
    let mut out = String::from("StaticRule { ");
    let _ = write!(out, "id: {}, ", spanned(at, required(at, t, "id"), text));
    let _ = write!(out, "kind: {}, ", spanned(at, required(at, t, "kind"), text));
    let _ = write!(out, "severity: {}, ", opt(t, "severity", |v| text(at, v)));
    let _ = write!(out, "message: {}, ", spanned(at, required(at, t, "message"), text));
    let _ = write!(out, "help: {}, ", opt(t, "help", |v| spanned(at, v, text)));
    let _ = write!(out, "link: {}, ", opt(t, "link", |v| text(at, v)));
    let _ = write!(out, "max_year_gap: {}, ", opt(t, "max-year-gap", |v| spanned(at, v, integer)));
    let _ = write!(out, "swap: {}, ", opt(t, "swap", |v| spanned(at, v, pairs)));
    let _ = write!(out, "tokens: {}, ", opt(t, "tokens", |v| spanned(at, v, texts)));
    let _ = write!(out, "either: {}, ", opt(t, "either", |v| spanned(at, v, lists)));
    let _ = write!(out, "ignorecase: {}, ", opt(t, "ignorecase", |v| spanned(at, v, boolean)));
    for key in ["pattern", "assert", "replacement", "fix"] {
        let _ = write!(out, "{key}: {}, ", opt(t, key, |v| spanned(at, v, text)));
    }
    out.push('}');
    out
}

/// `Some(...)` of an optional key, or `None`.
fn opt(t: &DeTable<'_>, key: &str, read: impl Fn(&Value<'_>) -> String) -> String {
    field(t, key).map_or_else(|| "None".to_string(), |v| format!("Some({})", read(v)))
}

/// A value with its span: `(start, end, value)`.
fn spanned(at: &Where<'_>, v: &Value<'_>, read: fn(&Where<'_>, &Value<'_>) -> String) -> String {
    format!("({}, {}, {})", v.span().start, v.span().end, read(at, v))
}

fn text(at: &Where<'_>, v: &Value<'_>) -> String {
    match v.get_ref() {
        DeValue::String(s) => format!("{:?}", s.as_ref()),
        _ => at.fail(v.span().start, "expected a string"),
    }
}

fn integer(at: &Where<'_>, v: &Value<'_>) -> String {
    match v.get_ref() {
        DeValue::Integer(i) => match i64::from_str_radix(&i.as_str().replace('_', ""), i.radix()) {
            Ok(n) => format!("{n}"),
            Err(e) => at.fail(v.span().start, &format!("integer: {e}")),
        },
        _ => at.fail(v.span().start, "expected an integer"),
    }
}

fn boolean(at: &Where<'_>, v: &Value<'_>) -> String {
    match v.get_ref() {
        DeValue::Boolean(b) => b.to_string(),
        _ => at.fail(v.span().start, "expected true or false"),
    }
}

fn items<'a, 'i>(at: &Where<'_>, v: &'a Value<'i>) -> &'a [Value<'i>] {
    match v.get_ref() {
        DeValue::Array(items) => &items[..],
        _ => at.fail(v.span().start, "expected an array"),
    }
}

fn texts(at: &Where<'_>, v: &Value<'_>) -> String {
    let all: Vec<String> = items(at, v).iter().map(|i| text(at, i)).collect();
    format!("&[{}]", all.join(", "))
}

fn lists(at: &Where<'_>, v: &Value<'_>) -> String {
    let all: Vec<String> = items(at, v).iter().map(|i| texts(at, i)).collect();
    format!("&[{}]", all.join(", "))
}

/// A table of strings (`swap`), as (key, value) pairs.
fn pairs(at: &Where<'_>, v: &Value<'_>) -> String {
    let DeValue::Table(t) = v.get_ref() else { at.fail(v.span().start, "expected a table") };
    let all: Vec<String> = t.iter().map(|(k, v)| format!("({:?}, {})", k.get_ref().as_ref(), text(at, v))).collect();
    format!("&[{}]", all.join(", "))
}
