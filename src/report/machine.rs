//! Machine formats: SARIF 2.1.0 for code-scanning tools, GitHub Actions workflow commands,
//! and JSON Lines (one finding, or one archive record, per line). Everything here returns
//! strings or JSON values; the binary decides where they go.

use serde_json::{json, Value};

use crate::article::{Article, Span};
use crate::engine::Finding;
use crate::rules::{Rule, RuleSet, Severity};

use super::{finding_json, FindingJson};

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
    if let Some(d) = &r.description {
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

/// SARIF `results[]` for one article. `rules` gives each result its `ruleIndex`.
pub fn sarif_results(article: &Article, findings: &[Finding], rules: &RuleSet) -> Vec<Value> {
    let uri = path_uri(&article.path);
    findings
        .iter()
        .map(|f| {
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
            });
            let o = v.as_object_mut().expect("object");
            if let Some(i) = rules.rules.iter().position(|r| r.id == f.rule) {
                o.insert("ruleIndex".into(), json!(i));
            }
            if !related.is_empty() {
                o.insert("relatedLocations".into(), Value::Array(related));
            }
            v
        })
        .collect()
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

/// Escape the data part of a workflow command (after `::`).
pub fn github_escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escape a property value of a workflow command (`file=`, `title=`...).
pub fn github_escape_property(s: &str) -> String {
    github_escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// GitHub Actions workflow commands, one line per finding:
/// `::error file=PATH,line=L,col=C,endLine=EL,endColumn=EC,title=RULE::MESSAGE`.
pub fn github(article: &Article, findings: &[Finding]) -> String {
    let mut out = String::new();
    let file = github_escape_property(&article.path);
    for f in findings {
        let s = article.line_col(f.span.start);
        let e = article.line_col(f.span.end);
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let mut message = f.message.clone();
        if let Some(h) = &f.help {
            message.push_str("\nHelp: ");
            message.push_str(h);
        }
        out.push_str(&format!(
            "::{command} file={file},line={},col={},endLine={},endColumn={},title={}::{}\n",
            s.line,
            s.column,
            e.line,
            e.column,
            github_escape_property(&f.rule),
            github_escape_data(&message)
        ));
    }
    out
}

/// A file that could not be read, as a workflow command.
pub fn github_error(path: &str, message: &str) -> String {
    format!("::error file={},title=copydesk::{}\n", github_escape_property(path), github_escape_data(message))
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn github_escapes() {
        assert_eq!(github_escape_data("50% off\r\nnext"), "50%25 off%0D%0Anext");
        assert_eq!(github_escape_property("a:b,c%"), "a%3Ab%2Cc%25");
    }

    #[test]
    fn uris_are_references() {
        assert_eq!(path_uri("./corpus/a b.txt"), "corpus/a%20b.txt");
        assert_eq!(path_uri("<stdin>"), "%3Cstdin%3E");
        assert_eq!(path_uri("dir\\x.md"), "dir/x.md");
    }
}
