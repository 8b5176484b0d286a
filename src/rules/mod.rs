//! Rule files: the TOML schema, the fixed set of rule kinds, loading and validation.
//!
//! A rule file holds `[[rule]]` tables. Each picks one built-in `kind`; shared fields (id,
//! message, severity, help, link, description, tests) live in one struct. Every load error
//! carries the file and the byte span it points at, so it can be shown as file:line:col.

mod builtin;
mod config;
mod facts;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::ops::Range;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use toml::Spanned;

pub use builtin::EMBEDDED;
pub use config::{Config, SeverityOverride};
pub use facts::{Event, FactMatch, Facts, Office, Person};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// The fixed set of rule kinds. Each built-in check is one kind; a rule file picks one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleKind {
    /// The article has no dateline, so date checks that need one are skipped.
    DatelineMissing,
    /// The metadata date and the printed dateline disagree.
    DatelineConflict,
    /// A full date whose year contradicts the dateline for the same event.
    YearMismatch,
    /// A weekday that does not fall on its date.
    WeekdayMismatch,
    /// A date that does not exist (June 31).
    InvalidDate,
    /// A past-tense event dated after the dateline.
    AfterDateline,
    /// "yesterday, Oct. 2" in an article dated Oct. 4.
    RelativeMismatch,
    /// Parts that must add up to a stated total.
    PartsTotal,
    /// Percentages of one whole that add up past 100, or an exhaustive split that misses it.
    PercentSum,
    /// A stated change ("a 20 percent rise", "tripled") that its from/to numbers contradict.
    Change,
    /// A part larger than its whole ("nine of the eight judges"), or a whole shared out among
    /// holders whose shares do not fit it.
    PartWhole,
    /// The same quantity stated twice with different values.
    NumberConflict,
    /// A title before a name at a date when the person did not hold the office.
    RoleTerm,
    /// A known event named with another date.
    EventDate,
    /// An age beside a known person's name that does not fit the birth date.
    PersonAge,
    /// House style: a word or phrase to replace with another.
    Substitution,
    /// Words or patterns to flag wherever they appear.
    Existence,
    /// Two spellings of one name that must not both appear.
    Consistency,
}

impl RuleKind {
    pub const ALL: &'static [RuleKind] = &[
        RuleKind::DatelineMissing,
        RuleKind::DatelineConflict,
        RuleKind::YearMismatch,
        RuleKind::WeekdayMismatch,
        RuleKind::InvalidDate,
        RuleKind::AfterDateline,
        RuleKind::RelativeMismatch,
        RuleKind::PartsTotal,
        RuleKind::PercentSum,
        RuleKind::Change,
        RuleKind::PartWhole,
        RuleKind::NumberConflict,
        RuleKind::RoleTerm,
        RuleKind::EventDate,
        RuleKind::PersonAge,
        RuleKind::Substitution,
        RuleKind::Existence,
        RuleKind::Consistency,
    ];

    pub fn name(self) -> &'static str {
        match self {
            RuleKind::DatelineMissing => "dateline-missing",
            RuleKind::DatelineConflict => "dateline-conflict",
            RuleKind::YearMismatch => "year-mismatch",
            RuleKind::WeekdayMismatch => "weekday-mismatch",
            RuleKind::InvalidDate => "invalid-date",
            RuleKind::AfterDateline => "after-dateline",
            RuleKind::RelativeMismatch => "relative-mismatch",
            RuleKind::PartsTotal => "parts-total",
            RuleKind::PercentSum => "percent-sum",
            RuleKind::Change => "change",
            RuleKind::PartWhole => "part-whole",
            RuleKind::NumberConflict => "number-conflict",
            RuleKind::RoleTerm => "role-term",
            RuleKind::EventDate => "event-date",
            RuleKind::PersonAge => "person-age",
            RuleKind::Substitution => "substitution",
            RuleKind::Existence => "existence",
            RuleKind::Consistency => "consistency",
        }
    }

    /// Placeholders a rule of this kind may use in `message` and `help`.
    pub fn variables(self) -> &'static [&'static str] {
        match self {
            RuleKind::DatelineMissing => &[],
            RuleKind::DatelineConflict => &["meta", "printed"],
            RuleKind::YearMismatch => &["stated", "expected", "evidence", "year", "dateline"],
            RuleKind::WeekdayMismatch => &["stated", "actual", "date", "note"],
            RuleKind::InvalidDate => &["stated", "reason"],
            RuleKind::AfterDateline => &["stated", "date", "dateline", "days"],
            RuleKind::RelativeMismatch => &["relative", "means", "stated", "date"],
            RuleKind::PartsTotal => &["parts", "sum", "total", "arithmetic"],
            RuleKind::PercentSum => &["shares", "sum", "expected", "arithmetic"],
            RuleKind::Change => &["from", "to", "stated", "actual", "arithmetic"],
            RuleKind::PartWhole => &["parts", "sum", "whole", "arithmetic"],
            RuleKind::NumberConflict => &["what", "first", "second", "first_line"],
            RuleKind::RoleTerm => &["title", "name", "date", "terms"],
            RuleKind::EventDate => &["event", "stated", "date"],
            RuleKind::PersonAge => &["name", "stated", "age", "born", "date"],
            RuleKind::Substitution => &["match", "replacement"],
            RuleKind::Existence => &["match"],
            RuleKind::Consistency => &["match", "other", "first"],
        }
    }

    /// Settings keys that belong to this kind.
    fn settings(self) -> &'static [&'static str] {
        match self {
            RuleKind::YearMismatch => &["max-year-gap"],
            RuleKind::Substitution => &["swap", "ignorecase"],
            RuleKind::Existence => &["tokens", "ignorecase"],
            RuleKind::Consistency => &["either", "ignorecase"],
            _ => &[],
        }
    }
}

/// A `[[rule.test]]` example.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleTest {
    pub text: String,
    pub dateline: Option<NaiveDate>,
    pub expect: Vec<String>,
    /// Where the test sits in its file, for reporting a failure.
    pub span: Range<usize>,
}

/// Kind-specific settings.
#[derive(Clone, Debug, Default)]
pub struct Settings {
    pub max_year_gap: Option<i64>,
    pub swap: Vec<(String, String)>,
    pub tokens: Vec<String>,
    pub either: Vec<(String, String)>,
    pub ignorecase: bool,
    /// The phrases of a style rule, compiled on first use.
    automaton: std::sync::OnceLock<aho_corasick::AhoCorasick>,
}

impl Settings {
    /// One automaton over the rule's phrases: swap keys, tokens, or `either` pairs laid out
    /// as [a0, b0, a1, b1, ...].
    pub fn automaton(&self) -> &aho_corasick::AhoCorasick {
        self.automaton.get_or_init(|| {
            let patterns: Vec<&str> = if !self.swap.is_empty() {
                self.swap.iter().map(|(k, _)| k.as_str()).collect()
            } else if !self.tokens.is_empty() {
                self.tokens.iter().map(|t| t.as_str()).collect()
            } else {
                self.either.iter().flat_map(|(a, b)| [a.as_str(), b.as_str()]).collect()
            };
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .ascii_case_insensitive(self.ignorecase)
                .build(patterns)
                .expect("literal phrases always build")
        })
    }
}

/// One loaded rule.
#[derive(Clone, Debug)]
pub struct Rule {
    pub id: String,
    pub kind: RuleKind,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub link: Option<String>,
    pub description: Option<String>,
    pub tests: Vec<RuleTest>,
    pub settings: Settings,
    /// The file the rule came from ("builtin:rules/dates.toml" for embedded rules).
    pub source: String,
}

/// Rules and facts, ready for the engine.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub facts: Facts,
}

/// A rule-file or config error that points into the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    pub path: String,
    /// The file's text, when it could be read, for rendering the span.
    pub source_text: Option<String>,
    pub span: Option<Range<usize>>,
    pub message: String,
    pub help: Option<String>,
}

impl LoadError {
    fn at(path: &str, text: &str, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        LoadError {
            path: path.to_string(),
            source_text: Some(text.to_string()),
            span,
            message: message.into(),
            help: None,
        }
    }
    fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
    /// 1-based line and column (in characters) of the error's start.
    pub fn line_col(&self) -> Option<(usize, usize)> {
        let text = self.source_text.as_ref()?;
        let start = self.span.as_ref()?.start.min(text.len());
        let before = &text[..start];
        let line = before.matches('\n').count() + 1;
        let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
        Some((line, col))
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line_col() {
            Some((l, c)) => write!(f, "{}:{}:{}: {}", self.path, l, c, self.message),
            None => write!(f, "{}: {}", self.path, self.message),
        }
    }
}

impl std::error::Error for LoadError {}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    rule: Vec<Spanned<RawRule>>,
    #[serde(default)]
    office: Vec<Spanned<facts::RawOffice>>,
    #[serde(default)]
    person: Vec<Spanned<facts::RawPerson>>,
    #[serde(default)]
    event: Vec<Spanned<facts::RawEvent>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawRule {
    id: Spanned<String>,
    kind: Spanned<RuleKind>,
    #[serde(default)]
    severity: Option<Severity>,
    message: Spanned<String>,
    #[serde(default)]
    help: Option<Spanned<String>>,
    #[serde(default)]
    link: Option<String>,
    #[serde(default)]
    description: Option<String>,
    #[serde(default)]
    test: Vec<Spanned<RawTest>>,
    // Kind settings; each is checked against the kind after parsing.
    #[serde(default)]
    max_year_gap: Option<Spanned<i64>>,
    #[serde(default)]
    swap: Option<Spanned<BTreeMap<String, String>>>,
    #[serde(default)]
    tokens: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    either: Option<Spanned<Vec<Vec<String>>>>,
    #[serde(default)]
    ignorecase: Option<Spanned<bool>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTest {
    text: String,
    #[serde(default)]
    dateline: Option<Spanned<toml::Value>>,
    expect: Vec<String>,
}

/// Parse a TOML date given as a date literal or a "YYYY-MM-DD" string.
pub(crate) fn toml_date(v: &toml::Value) -> Option<NaiveDate> {
    match v {
        toml::Value::Datetime(dt) => {
            let d = dt.date?;
            NaiveDate::from_ymd_opt(d.year as i32, d.month as u32, d.day as u32)
        }
        toml::Value::String(s) => NaiveDate::parse_from_str(s.get(..10).unwrap_or(s), "%Y-%m-%d").ok(),
        _ => None,
    }
}

/// Placeholders `{name}` in a template.
fn placeholders(template: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut rest = template;
    let mut off = 0;
    while let Some(i) = rest.find('{') {
        let Some(j) = rest[i..].find('}') else { break };
        let name = &rest[i + 1..i + j];
        if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            out.push((off + i, name));
        }
        off += i + j + 1;
        rest = &rest[i + j + 1..];
    }
    out
}

/// Fill `{name}` placeholders from `vars`; unknown names are left as written.
pub fn interpolate(template: &str, vars: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        out.push_str(&rest[..i]);
        let after = &rest[i + 1..];
        match after.find('}') {
            Some(j) => {
                let name = &after[..j];
                match vars.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[j + 1..];
            }
            None => {
                out.push_str(&rest[i..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

impl RuleSet {
    /// Parse one rule file and add its rules and facts.
    pub fn load_str(&mut self, path: &str, text: &str) -> Result<(), Vec<LoadError>> {
        let raw: RawFile = toml::from_str(text)
            .map_err(|e| vec![LoadError::at(path, text, e.span(), e.message().trim().to_string())])?;
        let mut errors = Vec::new();
        let mut ids: HashMap<String, String> = self.rules.iter().map(|r| (r.id.clone(), r.source.clone())).collect();
        for spanned in raw.rule {
            let table_span = spanned.span();
            let r = spanned.into_inner();
            match self.build_rule(path, text, r, table_span, &mut ids) {
                Ok(rule) => self.rules.push(rule),
                Err(mut e) => errors.append(&mut e),
            }
        }
        if let Err(mut e) = self.facts.add(path, text, raw.office, raw.person, raw.event) {
            errors.append(&mut e);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }

    fn build_rule(
        &self,
        path: &str,
        text: &str,
        r: RawRule,
        table_span: Range<usize>,
        ids: &mut HashMap<String, String>,
    ) -> Result<Rule, Vec<LoadError>> {
        let mut errors = Vec::new();
        let kind = *r.kind.get_ref();
        let id = r.id.get_ref().clone();
        let id_ok = !id.is_empty()
            && id
                .split('.')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        if !id_ok {
            errors.push(
                LoadError::at(path, text, Some(r.id.span()), format!("invalid rule id `{id}`"))
                    .with_help("ids are dotted names of letters, digits, `-` and `_`, like `house.airbase`"),
            );
        } else if let Some(prev) = ids.get(&id) {
            errors.push(LoadError::at(path, text, Some(r.id.span()), format!("duplicate rule id `{id}`")).with_help(
                format!("`{id}` is already defined in {prev}; rule ids must be unique across all loaded files"),
            ));
        } else {
            ids.insert(id.clone(), path.to_string());
        }
        // Placeholders must be ones the kind provides.
        let allowed = kind.variables();
        for field in std::iter::once(&r.message).chain(r.help.as_ref()) {
            for (off, name) in placeholders(field.get_ref()) {
                if !allowed.contains(&name) {
                    // Point at the placeholder inside the string (+1 for the opening quote).
                    let s = field.span().start + 1 + off;
                    let list = if allowed.is_empty() {
                        "this kind provides no placeholders".to_string()
                    } else {
                        format!(
                            "`{}` rules provide: {}",
                            kind.name(),
                            allowed.iter().map(|v| format!("{{{v}}}")).collect::<Vec<_>>().join(", ")
                        )
                    };
                    errors.push(
                        LoadError::at(
                            path,
                            text,
                            Some(s..s + name.len() + 2),
                            format!("unknown placeholder `{{{name}}}`"),
                        )
                        .with_help(list),
                    );
                }
            }
        }
        // Settings that do not belong to the kind.
        let given: [(&str, Option<Range<usize>>); 5] = [
            ("max-year-gap", r.max_year_gap.as_ref().map(|s| s.span())),
            ("swap", r.swap.as_ref().map(|s| s.span())),
            ("tokens", r.tokens.as_ref().map(|s| s.span())),
            ("either", r.either.as_ref().map(|s| s.span())),
            ("ignorecase", r.ignorecase.as_ref().map(|s| s.span())),
        ];
        for (key, span) in given {
            if let Some(span) = span {
                if !kind.settings().contains(&key) {
                    errors.push(
                        LoadError::at(
                            path,
                            text,
                            Some(span),
                            format!("`{key}` is not a setting of kind `{}`", kind.name()),
                        )
                        .with_help(match kind.settings() {
                            [] => format!("kind `{}` takes no settings", kind.name()),
                            s => format!("kind `{}` takes: {}", kind.name(), s.join(", ")),
                        }),
                    );
                }
            }
        }
        let mut settings = Settings {
            max_year_gap: r.max_year_gap.as_ref().map(|v| *v.get_ref()),
            ignorecase: r.ignorecase.as_ref().is_some_and(|v| *v.get_ref()),
            ..Settings::default()
        };
        if let Some(swap) = r.swap {
            settings.swap = swap.into_inner().into_iter().collect();
        }
        if let Some(t) = r.tokens {
            settings.tokens = t.into_inner();
        }
        if let Some(e) = r.either {
            let span = e.span();
            for pair in e.into_inner() {
                match pair.as_slice() {
                    [a, b] => settings.either.push((a.clone(), b.clone())),
                    _ => errors.push(LoadError::at(
                        path,
                        text,
                        Some(span.clone()),
                        "each `either` entry must be a pair of spellings, like [\"Muttaqi\", \"Mutaqi\"]",
                    )),
                }
            }
        }
        let required: &[(&str, bool)] = match kind {
            RuleKind::Substitution => &[("swap", !settings.swap.is_empty())],
            RuleKind::Existence => &[("tokens", !settings.tokens.is_empty())],
            RuleKind::Consistency => &[("either", !settings.either.is_empty())],
            _ => &[],
        };
        for (key, present) in required {
            if !present {
                errors.push(LoadError::at(
                    path,
                    text,
                    Some(r.kind.span()),
                    format!("kind `{}` needs a non-empty `{key}`", kind.name()),
                ));
            }
        }
        let mut tests = Vec::new();
        for t in r.test {
            let span = t.span();
            let t = t.into_inner();
            let dateline = match &t.dateline {
                None => None,
                Some(v) => match toml_date(v.get_ref()) {
                    Some(d) => Some(d),
                    None => {
                        errors.push(LoadError::at(
                            path,
                            text,
                            Some(v.span()),
                            "test `dateline` must be a date like 2025-09-19",
                        ));
                        None
                    }
                },
            };
            tests.push(RuleTest { text: t.text, dateline, expect: t.expect, span });
        }
        let _ = table_span;
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(Rule {
            id,
            kind,
            severity: r.severity.unwrap_or(Severity::Warning),
            message: r.message.into_inner(),
            help: r.help.map(|h| h.into_inner()),
            link: r.link,
            description: r.description,
            tests,
            settings,
            source: path.to_string(),
        })
    }

    /// The embedded rule files.
    pub fn builtin() -> RuleSet {
        let mut set = RuleSet::default();
        for (path, text) in EMBEDDED {
            set.load_str(&format!("builtin:{path}"), text)
                .unwrap_or_else(|e| panic!("embedded rule file {path} does not load: {}", e[0]));
        }
        set
    }

    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Apply a config's severity overrides; `off` removes the rule.
    pub fn apply_overrides(&mut self, overrides: &BTreeMap<String, SeverityOverride>) {
        self.rules.retain(|r| !matches!(lookup_prefix(overrides, &r.id), Some(SeverityOverride::Off)));
        for r in &mut self.rules {
            if let Some(SeverityOverride::Level(s)) = lookup_prefix(overrides, &r.id) {
                r.severity = *s;
            }
        }
    }

    /// Keep only rules matching `select` (if any) and not matching `ignore`. Both take ids or
    /// dotted prefixes (`date`, `arith.sum`).
    pub fn filter(&mut self, select: &[String], ignore: &[String]) {
        self.rules.retain(|r| {
            (select.is_empty() || select.iter().any(|s| id_matches(&r.id, s)))
                && !ignore.iter().any(|s| id_matches(&r.id, s))
        });
    }
}

/// Whether a rule id is named by a selector: the id itself or a dotted prefix of it.
pub fn id_matches(id: &str, selector: &str) -> bool {
    id == selector || (id.starts_with(selector) && id[selector.len()..].starts_with('.'))
}

fn lookup_prefix<'a, V>(map: &'a BTreeMap<String, V>, id: &str) -> Option<&'a V> {
    // The most specific selector wins.
    map.iter().filter(|(k, _)| id_matches(id, k)).max_by_key(|(k, _)| k.len()).map(|(_, v)| v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_load() {
        let set = RuleSet::builtin();
        assert!(set.get("date.year-mismatch").is_some());
        assert!(set.get("arith.sum").is_some());
    }

    #[test]
    fn unknown_kind_points_at_the_kind() {
        let text = "[[rule]]\nid = \"x.y\"\nkind = \"no-such-kind\"\nmessage = \"m\"\n";
        let err = RuleSet::default().load_str("r.toml", text).unwrap_err();
        assert_eq!(err[0].line_col(), Some((3, 8)));
        assert!(err[0].message.contains("unknown variant"), "{}", err[0].message);
        assert!(err[0].message.contains("year-mismatch"));
    }

    #[test]
    fn duplicate_ids_unknown_keys_and_placeholders() {
        let text = "[[rule]]\nid = \"a.b\"\nkind = \"existence\"\ntokens = [\"x\"]\nmessage = \"m {match}\"\n\n[[rule]]\nid = \"a.b\"\nkind = \"existence\"\ntokens = [\"x\"]\nmessage = \"{nope}\"\n";
        let err = RuleSet::default().load_str("r.toml", text).unwrap_err();
        assert_eq!(err.len(), 2);
        assert!(err[0].message.contains("duplicate rule id"));
        assert_eq!(err[0].line_col(), Some((8, 6)));
        assert!(err[1].message.contains("unknown placeholder `{nope}`"));
        let text = "[[rule]]\nid = \"a.b\"\nkind = \"existence\"\ntokens = [\"x\"]\nmessage = \"m\"\ncolour = 1\n";
        let err = RuleSet::default().load_str("r.toml", text).unwrap_err();
        assert_eq!(err[0].line_col().map(|x| x.0), Some(6));
    }

    #[test]
    fn selectors_take_prefixes() {
        assert!(id_matches("date.year-mismatch", "date"));
        assert!(id_matches("arith.sum", "arith.sum"));
        assert!(!id_matches("arith.summary", "arith.sum"));
    }
}
