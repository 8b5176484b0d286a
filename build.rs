//! Parses the shipped rule files (`rules/*.toml`) once, at build time, into a compact tree that
//! `src/rules/compact.rs` reads at start-up without a TOML parser: a one-article process spent
//! about a tenth of its time parsing 80 KB of TOML (docs/performance.md).
//!
//! The tree is TOML's own data model with every value's byte span, not the rule schema, so
//! new files, tables and fields need nothing here. A syntax error fails the build with its
//! line and column; a schema or validation error fails `rules::compact`'s tests, which load
//! every file both ways and require the same rule set.
//!
//! Node layout (integers are LEB128 varints): tag byte, span start, span end, then
//! string / datetime: length and UTF-8 bytes; integer: zigzag varint; float: 8 bytes LE;
//! bool: one byte; array: count and nodes; table: count and (key node, value node) pairs.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use toml::de::{DeTable, DeValue};
use toml::Spanned;

include!("src/rules/compact_tags.rs");

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=src/rules/compact_tags.rs");
    let out_dir = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let mut files: Vec<PathBuf> = fs::read_dir("rules")
        .expect("rules/ is readable")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();
    let mut index = String::from("/// (path, compact tree) of each file in `rules/`, written by build.rs.\n");
    index.push_str("pub(super) const COMPACT: &[(&str, &[u8])] = &[\n");
    for file in &files {
        let blob = encode_file(file);
        let name = file.file_name().expect("a file name").to_string_lossy().into_owned();
        let out = out_dir.join(format!("{name}.bin"));
        fs::write(&out, blob).expect("OUT_DIR is writable");
        let _ = writeln!(index, "    (\"rules/{name}\", include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}.bin\"))),");
    }
    index.push_str("];\n");
    fs::write(out_dir.join("rules_compact.rs"), index).expect("OUT_DIR is writable");
}

fn encode_file(path: &Path) -> Vec<u8> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let root = DeTable::parse(&text).unwrap_or_else(|e| {
        let at = e.span().map(|s| line_col(&text, s.start)).unwrap_or_default();
        panic!("{}:{at}: {}", path.display(), e.message().trim())
    });
    let mut out = Vec::with_capacity(text.len());
    head(&mut out, TABLE, &root.span());
    table(&mut out, root.get_ref());
    out
}

fn line_col(text: &str, at: usize) -> String {
    let before = &text[..at.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
    format!("{line}:{col}")
}

fn varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn bytes(out: &mut Vec<u8>, s: &str) {
    varint(out, s.len() as u64);
    out.extend_from_slice(s.as_bytes());
}

fn head(out: &mut Vec<u8>, tag: u8, span: &std::ops::Range<usize>) {
    out.push(tag);
    varint(out, span.start as u64);
    varint(out, span.end as u64);
}

fn table(out: &mut Vec<u8>, t: &DeTable<'_>) {
    varint(out, t.len() as u64);
    for (key, value) in t {
        head(out, STRING, &key.span());
        bytes(out, key.get_ref());
        node(out, value);
    }
}

fn node(out: &mut Vec<u8>, v: &Spanned<DeValue<'_>>) {
    let span = v.span();
    match v.get_ref() {
        DeValue::String(s) => {
            head(out, STRING, &span);
            bytes(out, s);
        }
        DeValue::Integer(i) => {
            let digits = i.as_str().replace('_', "");
            let n = i64::from_str_radix(&digits, i.radix()).unwrap_or_else(|e| panic!("integer {i}: {e}"));
            head(out, INTEGER, &span);
            varint(out, ((n << 1) ^ (n >> 63)) as u64);
        }
        DeValue::Float(f) => {
            let n = match f.as_str().replace('_', "").trim_start_matches('+') {
                "inf" => f64::INFINITY,
                "-inf" => f64::NEG_INFINITY,
                "nan" | "-nan" => f64::NAN,
                s => s.parse().unwrap_or_else(|e| panic!("float {s}: {e}")),
            };
            head(out, FLOAT, &span);
            out.extend_from_slice(&n.to_le_bytes());
        }
        DeValue::Boolean(b) => {
            head(out, BOOLEAN, &span);
            out.push(u8::from(*b));
        }
        DeValue::Datetime(d) => {
            head(out, DATETIME, &span);
            bytes(out, &d.to_string());
        }
        DeValue::Array(items) => {
            head(out, ARRAY, &span);
            varint(out, items.len() as u64);
            for item in items {
                node(out, item);
            }
        }
        DeValue::Table(t) => {
            head(out, TABLE, &span);
            table(out, t);
        }
    }
}
