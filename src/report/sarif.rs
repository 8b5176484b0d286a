//! SARIF 2.1.0 for code-scanning tools: one log for the whole run, written when the run ends,
//! with the loaded rules as the driver's rules.

use std::collections::HashMap;
use std::io::{self, Write};

use serde_json::{json, Value};

use crate::article::Article;
use crate::finding::Finding;
use crate::rules::{Rule, RuleSet, Severity};
use crate::span::Span;

use super::emit::{Emitter, Rendered, Summary};
use super::finding_json::write_pretty;

/// The SARIF version written and the schema URI a log names.
pub const SARIF_VERSION: &str = "2.1.0";
pub const SARIF_SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a relative URI reference: `/` separators, anything outside the unreserved set
/// (and `/`) percent-encoded, so `<stdin>` or a space stays a valid reference.
pub fn path_uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `tool.driver.rules[]` entry for one rule.
fn sarif_rule(r: &Rule) -> Value {
    // The message template reads as a short description unless it is mostly placeholders;
    // the first line of the description is the fallback.
    let first_line = r.description.as_deref().and_then(|d| d.lines().map(str::trim).find(|l| !l.is_empty()));
    let short = if r.message.trim().is_empty() { first_line.unwrap_or(&r.id) } else { r.message.as_str() };
    let mut v = json!({
        "id": r.id,
        "name": r.kind.name(),
        "shortDescription": {"text": short},
        "defaultConfiguration": {"level": sarif_level(r.severity)},
        "properties": {"kind": r.kind.name(), "source": r.source},
    });
    let o = v.as_object_mut().expect("object");
    if let Some(d) = &*r.description {
        o.insert("fullDescription".into(), json!({"text": d.trim()}));
    }
    if let Some(l) = &r.link {
        o.insert("helpUri".into(), json!(l));
    }
    if let Some(h) = &r.help {
        o.insert("help".into(), json!({"text": h}));
    }
    v
}

fn sarif_region(article: &Article, span: Span) -> Value {
    let s = article.line_col(span.start);
    let e = article.line_col(span.end);
    json!({
        "startLine": s.line,
        "startColumn": s.column,
        "endLine": e.line,
        "endColumn": e.column,
    })
}

fn sarif_location(article: &Article, uri: &str, span: Span) -> Value {
    json!({"physicalLocation": {"artifactLocation": {"uri": uri}, "region": sarif_region(article, span)}})
}

/// The `partialFingerprints` key: copydesk's own recipe, versioned (a new recipe, a new key).
pub const FINGERPRINT_KEY: &str = "copydesk/v1";

/// Whitespace runs collapsed to one space, ends trimmed.
fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// 128-bit FNV-1a: stable across runs, platforms and Rust versions, as a fingerprint must be.
fn fnv1a_128(bytes: &[u8]) -> u128 {
    const OFFSET: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
    const PRIME: u128 = 0x0000_0000_0100_0000_0000_0000_0000_013b;
    bytes.iter().fold(OFFSET, |h, &b| (h ^ u128::from(b)).wrapping_mul(PRIME))
}

/// Each finding's fingerprint, recognising it when lines move: a hash of its rule, the text it
/// flags and the sentence around it (its line when no sentence holds it), whitespace
/// collapsed, and how many findings before it in the file share all three. Line numbers,
/// offsets, the message (which may cite a line) and the path take no part.
pub fn fingerprints(article: &Article, findings: &[Finding]) -> Vec<String> {
    let text = |s: Span| normalise(article.source().get(s.range()).unwrap_or_default());
    let mut seen: HashMap<String, usize> = HashMap::new();
    findings
        .iter()
        .map(|f| {
            let around = article
                .sentence_at(f.span.start)
                .map_or_else(|| article.line_span(f.span.start), |i| article.sentences[i].span);
            let context = format!("{}\u{1f}{}\u{1f}{}", f.rule, text(f.span), text(around));
            let n = seen.entry(context.clone()).or_default();
            let key = format!("{context}\u{1f}{n}");
            *n += 1;
            format!("{:032x}", fnv1a_128(key.as_bytes()))
        })
        .collect()
}

/// SARIF `results[]` for one article. `rules` gives each result its `ruleIndex`.
pub fn sarif_results(article: &Article, findings: &[Finding], rules: &RuleSet) -> Vec<Value> {
    let uri = path_uri(&article.path);
    let prints = fingerprints(article, findings);
    findings
        .iter()
        .zip(prints)
        .map(|(f, print)| {
            let mut loc = sarif_location(article, &uri, f.span);
            loc["message"] = json!({"text": f.label});
            let related: Vec<Value> = f
                .related
                .iter()
                .enumerate()
                .map(|(i, r)| {
                    let mut l = sarif_location(article, &uri, r.span);
                    let o = l.as_object_mut().expect("object");
                    o.insert("id".into(), json!(i));
                    o.insert("message".into(), json!({"text": r.message}));
                    l
                })
                .collect();
            let mut text = f.message.clone();
            if let Some(h) = &f.help {
                text.push_str("\nHelp: ");
                text.push_str(h);
            }
            let mut v = json!({
                "ruleId": f.rule,
                "level": sarif_level(f.severity),
                "message": {"text": text},
                "locations": [loc],
                "partialFingerprints": {FINGERPRINT_KEY: print},
                "rank": f.confidence.sarif_rank(),
                "properties": {"confidence": f.confidence},
            });
            let o = v.as_object_mut().expect("object");
            if let Some(i) = rules.rules.iter().position(|r| r.id == f.rule) {
                o.insert("ruleIndex".into(), json!(i));
            }
            if !related.is_empty() {
                o.insert("relatedLocations".into(), Value::Array(related));
            }
            if !f.fixes.is_empty() {
                o.insert("fixes".into(), sarif_fixes(article, &uri, f));
            }
            v
        })
        .collect()
}

/// SARIF `fixes[]`: each alternative as one artifact change of the file, its edits as
/// replacements (an empty deleted region inserts); whether it is safe goes in its properties.
fn sarif_fixes(article: &Article, uri: &str, f: &Finding) -> Value {
    let fixes: Vec<Value> = f
        .fixes
        .iter()
        .map(|fix| {
            let replacements: Vec<Value> = fix
                .edits
                .iter()
                .map(|e| json!({"deletedRegion": sarif_region(article, e.span), "insertedContent": {"text": e.replacement}}))
                .collect();
            json!({
                "description": {"text": fix.description},
                "artifactChanges": [{"artifactLocation": {"uri": uri}, "replacements": replacements}],
                "properties": {"applicability": fix.applicability},
            })
        })
        .collect();
    Value::Array(fixes)
}

/// A file that could not be read, as a SARIF tool execution notification.
pub fn sarif_notification(path: &str, message: &str) -> Value {
    json!({
        "level": "error",
        "message": {"text": message},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": path_uri(path)}}}],
    })
}

/// The whole SARIF log: one run, the loaded rules as `tool.driver.rules`.
pub fn sarif_log(rules: &RuleSet, results: Vec<Value>, notifications: Vec<Value>) -> Value {
    let ok = notifications.is_empty();
    json!({
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {
                "name": "copydesk",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://crates.io/crates/copydesk",
                "rules": rules.rules.iter().map(sarif_rule).collect::<Vec<_>>(),
            }},
            "invocations": [{
                "executionSuccessful": ok,
                "toolExecutionNotifications": notifications,
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

/// Keeps every file's results and every unreadable file's notification; writes the log at
/// the end.
pub struct SarifEmitter<'a> {
    rules: &'a RuleSet,
    results: Vec<Value>,
    notifications: Vec<Value>,
}

impl<'a> SarifEmitter<'a> {
    pub fn new(rules: &'a RuleSet) -> SarifEmitter<'a> {
        SarifEmitter { rules, results: Vec::new(), notifications: Vec::new() }
    }
}

impl Emitter for SarifEmitter<'_> {
    fn render(&self, article: &Article, findings: &[Finding]) -> Rendered {
        Rendered::entries(sarif_results(article, findings, self.rules))
    }
    fn write(&mut self, rendered: Rendered, _out: &mut dyn Write) -> io::Result<()> {
        self.results.extend(rendered.entries);
        Ok(())
    }
    fn failed(&mut self, path: &str, message: &str, _out: &mut dyn Write) -> io::Result<()> {
        self.notifications.push(sarif_notification(path, message));
        Ok(())
    }
    fn finish(&mut self, _summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        let log = sarif_log(self.rules, std::mem::take(&mut self.results), std::mem::take(&mut self.notifications));
        write_pretty(out, &log)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_hash_is_fixed() {
        // FNV-1a 128 of "a" (a published test vector): a fingerprint never changes with the
        // platform or the Rust version.
        assert_eq!(fnv1a_128(b"a"), 0xd228_cb69_6f1a_8caf_7891_2b70_4e4a_8964);
        assert_eq!(normalise("  two\n words\t"), "two words");
    }

    #[test]
    fn uris_are_references() {
        assert_eq!(path_uri("./corpus/a b.txt"), "corpus/a%20b.txt");
        assert_eq!(path_uri("<stdin>"), "%3Cstdin%3E");
        assert_eq!(path_uri("dir\\x.md"), "dir/x.md");
    }
}
