//! Parses the shipped rule files (`rules/*.toml`) once, at build time. Start-up reads their
//! rules and facts from Rust statics (build/rules.rs, build/facts.rs): no TOML and no serde.
//! What a check never reads (examples, explain texts) is read on first use from a compact tree
//! written here, by `src/rules/compact.rs`, without a TOML parser.
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

#[path = "build/facts.rs"]
mod facts;
#[path = "build/nfa.rs"]
mod nfa;
#[path = "build/rules.rs"]
mod rules;

include!("src/rules/compact_tags.rs");
include!("src/rules/name_hash.rs");

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=src/rules/compact_tags.rs");
    println!("cargo:rerun-if-changed=src/rules/name_hash.rs");
    link_for_quick_start();
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
        let name = file.file_name().expect("a file name").to_string_lossy().into_owned();
        if is_deferred_pack(file) {
            // Read from its statics when first needed (build/facts.rs); it has nothing else.
            continue;
        }
        fs::write(out_dir.join(format!("{name}.bin")), encode_file(file)).expect("OUT_DIR is writable");
        let _ = writeln!(index, "    (\"rules/{name}\", include_bytes!(concat!(env!(\"OUT_DIR\"), \"/{name}.bin\"))),");
    }
    index.push_str("];\n");
    index.push_str(&pack_probes(&files));
    fs::write(out_dir.join("rules_compact.rs"), index).expect("OUT_DIR is writable");
    nfa::write_builtin_patterns(&out_dir);
    facts::write_fact_statics(&out_dir, &files);
    rules::write_rule_statics(&out_dir, &files, is_deferred_pack);
}

/// Link the binary at a fixed address on Linux/glibc. A position-independent executable makes
/// the dynamic loader apply about 29,000 relative relocations at every start, reading 700 KB
/// of them and writing every page of `.data.rel.ro`: a third of the page faults of
/// `copydesk --version` (docs/performance.md, "Start-up"). The library is unaffected; the
/// objects stay position-independent, only the final link differs.
fn link_for_quick_start() {
    let os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let target_env = env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && target_env == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}

/// The compact tree of one file.
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

/// The probes of the fact packs start-up may leave unread (src/rules/pack_probe.rs): files with
/// a `[pack]` table and nothing but `[[office]]` and `[[person]]` tables without examples. Each
/// probe lists the pack's title forms and the hashes of every "form name" and person name, so
/// that a text which names nobody in the pack is checked without reading it.
fn pack_probes(files: &[PathBuf]) -> String {
    let mut out =
        String::from("/// (path, probe) of each shipped fact pack that loads on first use, written by build.rs.\n");
    out.push_str("pub(super) const DEFERRED_PACKS: &[(&str, PackProbe)] = &[\n");
    for file in files {
        let text = fs::read_to_string(file).expect("read once already");
        let root = DeTable::parse(&text).expect("parsed once already");
        let Some(probe) = probe(root.get_ref()) else { continue };
        let name = file.file_name().expect("a file name").to_string_lossy().into_owned();
        let _ = writeln!(out, "    (\"rules/{name}\", {probe}),");
    }
    out.push_str("];\n");
    out
}

/// Whether a file is a fact pack start-up leaves unread (it has a probe).
fn is_deferred_pack(file: &Path) -> bool {
    let text = fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    DeTable::parse(&text).is_ok_and(|root| probe(root.get_ref()).is_some())
}

fn strings(v: Option<&Spanned<DeValue<'_>>>) -> Vec<String> {
    match v.map(Spanned::get_ref) {
        Some(DeValue::String(s)) => vec![s.to_string()],
        Some(DeValue::Array(items)) => items.iter().flat_map(|i| strings(Some(i))).collect(),
        _ => vec![],
    }
}

fn get<'a, 'i>(t: &'a DeTable<'i>, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
    t.iter().find(|(k, _)| k.get_ref() == key).map(|(_, v)| v)
}

fn tables<'a, 'i>(root: &'a DeTable<'i>, key: &str) -> Vec<&'a DeTable<'i>> {
    let Some(v) = get(root, key) else { return vec![] };
    let DeValue::Array(items) = v.get_ref() else { return vec![] };
    items
        .iter()
        .filter_map(|i| match i.get_ref() {
            DeValue::Table(t) => Some(t),
            _ => None,
        })
        .collect()
}

/// The probe of a deferrable pack, as a Rust expression; None for any other file.
fn probe(root: &DeTable<'_>) -> Option<String> {
    let only_facts = get(root, "pack").is_some()
        && root.iter().all(|(k, _)| ["pack", "office", "person"].contains(&k.get_ref().as_ref()));
    let offices = tables(root, "office");
    let people = tables(root, "person");
    if !only_facts || offices.iter().chain(&people).any(|t| get(t, "test").is_some()) {
        return None;
    }
    let mut forms: Vec<String> = Vec::new();
    let mut titled: Vec<String> = Vec::new();
    for o in &offices {
        let names: Vec<String> = ["holder", "aliases", "surnames"].iter().flat_map(|k| strings(get(o, k))).collect();
        for form in strings(get(o, "forms")) {
            titled.extend(names.iter().map(|n| format!("{form} {n}")));
            forms.push(form);
        }
    }
    let names: Vec<String> =
        people.iter().flat_map(|p| ["name", "aliases"].iter().flat_map(|k| strings(get(p, k)))).collect();
    forms.sort();
    forms.dedup();
    let mut starts = [0u64; 4];
    let mut lens = [0u64; 4];
    for n in &names {
        let (first, len) = (usize::from(n.as_bytes()[0]), n.len().min(255));
        assert!(n.len() <= 255, "a person's name of {} bytes: the probe allows 255", n.len());
        starts[first / 64] |= 1 << (first % 64);
        lens[len / 64] |= 1 << (len % 64);
    }
    let max_titled = titled.iter().map(String::len).max().unwrap_or(0);
    Some(format!(
        "PackProbe {{ forms: &{forms:?}, titled: &{:?}, max_titled: {max_titled}, names: &{:?}, starts: {starts:?}, lens: {lens:?} }}",
        hashes(&titled),
        hashes(&names),
    ))
}

fn hashes(names: &[String]) -> Vec<u64> {
    let mut out: Vec<u64> = names.iter().map(|n| n.bytes().fold(NAME_HASH_START, name_hash_step)).collect();
    out.sort_unstable();
    out.dedup();
    out
}
