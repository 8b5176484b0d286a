//! What a document is checked with: the rules and `copydesk.toml` its folder's config names
//! (found as the command line finds it, walking up, but from the document's folder), and the
//! editor's settings. Rule-file errors become diagnostics in the rule files.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::NaiveDate;
use copydesk::checker::{Checker, CheckerOptions};
use copydesk::rules::{Config, LoadError, Severity};
use lsp_types::{Diagnostic, DiagnosticSeverity, Position, Range, Uri};
use serde::Deserialize;

use super::text::{Encoding, Lines};

/// The editor's settings, from `initializationOptions` or `workspace/configuration` (section
/// `copydesk`): `{"select": [..], "ignore": [..], "minimumSeverity": "warning",
/// "dateline": "2025-09-19"}`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Settings {
    pub select: Vec<String>,
    pub ignore: Vec<String>,
    pub minimum_severity: Option<Severity>,
    pub dateline: Option<NaiveDate>,
}

#[derive(Deserialize, Default)]
#[serde(default, rename_all = "camelCase", deny_unknown_fields)]
struct RawSettings {
    select: Vec<String>,
    ignore: Vec<String>,
    minimum_severity: Option<Severity>,
    dateline: Option<String>,
}

impl Settings {
    /// Read settings, either bare or under a `copydesk` key; `null` is the defaults. An error
    /// says what is wrong, for the editor to show.
    pub fn from_json(value: &serde_json::Value) -> Result<Settings, String> {
        let value = value.get("copydesk").unwrap_or(value);
        if value.is_null() {
            return Ok(Settings::default());
        }
        let raw: RawSettings = serde_json::from_value(value.clone()).map_err(|e| format!("copydesk settings: {e}"))?;
        let dateline = match raw.dateline.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            None => None,
            Some(d) => Some(
                NaiveDate::parse_from_str(d, "%Y-%m-%d")
                    .map_err(|_| format!("copydesk settings: dateline `{d}` is not a date like 2025-09-19"))?,
            ),
        };
        Ok(Settings { select: raw.select, ignore: raw.ignore, minimum_severity: raw.minimum_severity, dateline })
    }

    pub fn shows(&self, severity: Severity) -> bool {
        self.minimum_severity.is_none_or(|min| severity >= min)
    }
}

/// The rules one config loads, or the errors that stopped them loading.
pub type Loaded = Result<Checker, Vec<LoadError>>;

/// Checkers by the config they read (none: the built-in rules alone), loaded when a document
/// first needs one and dropped when a config or rule file changes.
pub struct Checkers {
    /// The command line's `--config`, `--rules` and `--no-default-rules`, for every document.
    base: CheckerOptions,
    by_config: HashMap<Option<PathBuf>, Loaded>,
}

impl Checkers {
    pub fn new(base: CheckerOptions) -> Checkers {
        Checkers { base, by_config: HashMap::new() }
    }

    /// The config a document at `path` reads: `--config` when given, else `copydesk.toml` in
    /// the document's folder or above (the workspace's, for a document with no file).
    pub fn config_for(&self, path: Option<&Path>, root: Option<&Path>) -> Option<PathBuf> {
        if let Some(config) = &self.base.config {
            return Some(config.clone());
        }
        let start = path.and_then(Path::parent).or(root)?;
        Config::discover(start)
    }

    pub fn get(&mut self, config: Option<PathBuf>) -> &Loaded {
        let base = &self.base;
        self.by_config.entry(config.clone()).or_insert_with(|| Checker::new(&CheckerOptions { config, ..base.clone() }))
    }

    pub fn clear(&mut self) {
        self.by_config.clear();
    }

    /// Every load error of the loaded configs, as diagnostics per file (by URI; a `Uri` key
    /// would be a mutable key type to clippy).
    pub fn error_diagnostics(&self, encoding: Encoding) -> BTreeMap<String, (Uri, Vec<Diagnostic>)> {
        let mut out: BTreeMap<String, (Uri, Vec<Diagnostic>)> = BTreeMap::new();
        for (config, loaded) in &self.by_config {
            let Err(errors) = loaded else { continue };
            for e in errors {
                if let Some((uri, d)) = error_diagnostic(e, config.as_deref(), encoding) {
                    let (_, ds) = out.entry(uri.as_str().to_string()).or_insert_with(|| (uri, Vec::new()));
                    if !ds.contains(&d) {
                        ds.push(d);
                    }
                }
            }
        }
        out
    }
}

/// A load error as a diagnostic in its file, at its span; an error about a file that does not
/// exist (a missing rule path) goes to the config that names it, at its top.
fn error_diagnostic(e: &LoadError, config: Option<&Path>, encoding: Encoding) -> Option<(Uri, Diagnostic)> {
    let path = Path::new(&e.path);
    let (file, range) = match (&e.source_text, &e.span) {
        (Some(text), Some(span)) => {
            let lines = Lines::new(text, encoding);
            (path, Range::new(lines.position(span.start), lines.position(span.end)))
        }
        _ if path.is_file() => (path, Range::default()),
        _ => (config?, Range::default()),
    };
    let mut message = if file == path { e.message.clone() } else { format!("{}: {}", e.path, e.message) };
    if let Some(help) = &e.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    let diagnostic = Diagnostic {
        range: if range.start == range.end { widen(range) } else { range },
        severity: Some(DiagnosticSeverity::ERROR),
        source: Some("copydesk".into()),
        message,
        ..Diagnostic::default()
    };
    Some((uri_of(&absolute(file)), diagnostic))
}

/// An empty range shows as nothing in some editors: one character wide instead.
fn widen(range: Range) -> Range {
    Range::new(range.start, Position::new(range.start.line, range.start.character + 1))
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The file a `file:` URI names (percent-decoded), if it names one.
pub fn path_of(uri: &Uri) -> Option<PathBuf> {
    let s = uri.as_str();
    let rest = s.strip_prefix("file://")?;
    // `file:///p` (empty authority) or `file://localhost/p`.
    let path = rest.strip_prefix("localhost").unwrap_or(rest);
    let path = path.split(['?', '#']).next()?;
    let bytes = path.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = || std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok().and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex()) {
            (b'%', Some(b)) => {
                decoded.push(b);
                i += 3;
            }
            (b, _) => {
                decoded.push(b);
                i += 1;
            }
        }
    }
    Some(PathBuf::from(String::from_utf8(decoded).ok()?))
}

/// The `file:` URI of an absolute path, percent-encoding all but unreserved characters.
pub fn uri_of(path: &Path) -> Uri {
    let mut s = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            s.push(b as char);
        } else {
            s.push_str(&format!("%{b:02X}"));
        }
    }
    Uri::from_str(&s).expect("a percent-encoded file path is a URI")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn settings_read_bare_or_under_copydesk() {
        let v = serde_json::json!({"copydesk": {"select": ["date"], "minimumSeverity": "warning", "dateline": "2025-09-19"}});
        let s = Settings::from_json(&v).unwrap();
        assert_eq!(s.select, vec!["date".to_string()]);
        assert_eq!(s.minimum_severity, Some(Severity::Warning));
        assert!(s.shows(Severity::Error) && !s.shows(Severity::Info));
        assert_eq!(s.dateline, NaiveDate::from_ymd_opt(2025, 9, 19));
        assert_eq!(Settings::from_json(&serde_json::Value::Null).unwrap(), Settings::default());
        let e = Settings::from_json(&serde_json::json!({"dateline": "19/9/2025"})).unwrap_err();
        assert!(e.contains("not a date"), "{e}");
        assert!(Settings::from_json(&serde_json::json!({"selct": []})).is_err());
    }

    #[test]
    fn file_uris_round_trip() {
        let p = Path::new("/tmp/a dir/ünï #1.md");
        let uri = uri_of(p);
        assert_eq!(uri.as_str(), "file:///tmp/a%20dir/%C3%BCn%C3%AF%20%231.md");
        assert_eq!(path_of(&uri).as_deref(), Some(p));
        assert_eq!(path_of(&Uri::from_str("untitled:Untitled-1").unwrap()), None);
    }
}
