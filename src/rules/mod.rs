//! Rule files: the TOML schema, the fixed set of rule kinds, loading and validation.
//!
//! A rule file holds `[[rule]]` tables. Each picks one built-in `kind`; shared fields (id,
//! message, severity, help, link, description, tests) live in one struct. Every load error
//! carries the file and the byte span it points at, so it can be shown as file:line:col.

mod builtin;
mod config;
pub mod expr;
mod facts;
pub mod pattern;

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
    /// An order the text states ("before", "after", "from ... to") that its dates contradict.
    DateOrder,
    /// A stated span of time that its dates contradict.
    Duration,
    /// An age beside a birth year or date that disagrees with it.
    BirthAge,
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
    /// A known event's figure (a death toll) stated otherwise.
    EventFigure,
    /// House style: a word or phrase to replace with another.
    Substitution,
    /// Words or patterns to flag wherever they appear.
    Existence,
    /// Two spellings of one name that must not both appear.
    Consistency,
    /// A regex with typed captures and an assertion over them (docs/pattern-rules.md).
    Pattern,
    /// A `copydesk-disable` directive that silenced nothing.
    SuppressionUnused,
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
        RuleKind::DateOrder,
        RuleKind::Duration,
        RuleKind::BirthAge,
        RuleKind::PartsTotal,
        RuleKind::PercentSum,
        RuleKind::Change,
        RuleKind::PartWhole,
        RuleKind::NumberConflict,
        RuleKind::RoleTerm,
        RuleKind::EventDate,
        RuleKind::PersonAge,
        RuleKind::EventFigure,
        RuleKind::Substitution,
        RuleKind::Existence,
        RuleKind::Consistency,
        RuleKind::Pattern,
        RuleKind::SuppressionUnused,
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
            RuleKind::DateOrder => "date-order",
            RuleKind::Duration => "duration",
            RuleKind::BirthAge => "birth-age",
            RuleKind::PartsTotal => "parts-total",
            RuleKind::PercentSum => "percent-sum",
            RuleKind::Change => "change",
            RuleKind::PartWhole => "part-whole",
            RuleKind::NumberConflict => "number-conflict",
            RuleKind::RoleTerm => "role-term",
            RuleKind::EventDate => "event-date",
            RuleKind::PersonAge => "person-age",
            RuleKind::EventFigure => "event-figure",
            RuleKind::Substitution => "substitution",
            RuleKind::Existence => "existence",
            RuleKind::Consistency => "consistency",
            RuleKind::Pattern => "pattern",
            RuleKind::SuppressionUnused => "suppression-unused",
        }
    }

    /// Placeholders a rule of this kind may use in `message` and `help`. For `pattern` rules
    /// they are the capture names of the rule's pattern (and `match`), so none are fixed here.
    pub fn variables(self) -> &'static [&'static str] {
        match self {
            RuleKind::DatelineMissing => &[],
            RuleKind::DatelineConflict => &["meta", "printed"],
            RuleKind::YearMismatch => &["stated", "expected", "evidence", "year", "dateline"],
            RuleKind::WeekdayMismatch => &["stated", "actual", "date", "note"],
            RuleKind::InvalidDate => &["stated", "reason"],
            RuleKind::AfterDateline => &["stated", "date", "dateline", "days"],
            RuleKind::RelativeMismatch => &["relative", "means", "stated", "date"],
            RuleKind::DateOrder => &["first", "second", "claim", "order"],
            RuleKind::Duration => &["stated", "actual", "arithmetic"],
            RuleKind::BirthAge => &["stated", "born", "expected", "arithmetic"],
            RuleKind::PartsTotal => &["parts", "sum", "total", "arithmetic"],
            RuleKind::PercentSum => &["shares", "sum", "expected", "arithmetic"],
            RuleKind::Change => &["from", "to", "stated", "actual", "arithmetic"],
            RuleKind::PartWhole => &["parts", "sum", "whole", "arithmetic"],
            RuleKind::NumberConflict => &["what", "first", "second", "first_line"],
            RuleKind::RoleTerm => &["title", "name", "date", "terms"],
            RuleKind::EventDate => &["event", "stated", "date"],
            RuleKind::PersonAge => &["name", "stated", "age", "born", "date"],
            RuleKind::EventFigure => &["event", "figure", "stated", "expected"],
            RuleKind::Substitution => &["match", "replacement"],
            RuleKind::Existence => &["match"],
            RuleKind::Consistency => &["match", "other", "first"],
            RuleKind::Pattern => &[],
            RuleKind::SuppressionUnused => &["directive", "rules"],
        }
    }

    /// Settings keys that belong to this kind.
    fn settings(self) -> &'static [&'static str] {
        match self {
            RuleKind::YearMismatch => &["max-year-gap"],
            RuleKind::Substitution => &["swap", "ignorecase"],
            RuleKind::Existence => &["tokens", "ignorecase"],
            RuleKind::Consistency => &["either", "ignorecase"],
            RuleKind::Pattern => &["pattern", "assert", "ignorecase"],
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
    /// A `pattern` rule's regex and assertion, compiled when the rule loads.
    pub pattern: Option<std::sync::Arc<PatternRule>>,
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

/// The compiled settings of a `pattern` rule.
#[derive(Clone, Debug)]
pub struct PatternRule {
    pub pattern: pattern::Pattern,
    /// Without an assertion the rule fires on every match.
    pub assert: Option<expr::Assertion>,
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

/// Errors shown per rule file; more are summed up in one last error. A file of 10,000 broken
/// rules once took 40 s and 8 GB, copying the file into each of its errors.
pub const MAX_ERRORS_PER_FILE: usize = 20;

impl LoadError {
    /// An error in a file being loaded. The file's text is attached once loading ends (see
    /// [`attach_source`]), to the errors that are kept.
    fn at(path: &str, _text: &str, span: Option<Range<usize>>, message: impl Into<String>) -> Self {
        LoadError { path: path.to_string(), source_text: None, span, message: message.into(), help: None }
    }
    /// Attach the file's text now (for a file with at most a few errors, like a config).
    fn with_source(mut self, text: &str) -> Self {
        self.source_text = Some(text.to_string());
        self
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
    #[serde(default)]
    pattern: Option<Spanned<String>>,
    #[serde(default)]
    assert: Option<Spanned<String>>,
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

/// The byte offset in a TOML file of byte `offset` of the decoded value of the string whose
/// token spans `span` (quotes included). Handles the four TOML string forms and the escapes of
/// basic strings, so errors inside `"\\d+"` still point at the right column.
pub(crate) fn toml_string_pos(text: &str, span: &Range<usize>, offset: usize) -> usize {
    let Some(raw) = text.get(span.clone()) else { return span.start };
    let (open, basic) = if raw.starts_with("\"\"\"") {
        (3, true)
    } else if raw.starts_with("'''") {
        (3, false)
    } else if raw.starts_with('"') {
        (1, true)
    } else if raw.starts_with('\'') {
        (1, false)
    } else {
        return span.start;
    };
    let mut i = open;
    // A multi-line string drops a newline right after its opening quotes.
    if open == 3 {
        if raw[i..].starts_with("\r\n") {
            i += 2;
        } else if raw[i..].starts_with('\n') {
            i += 1;
        }
    }
    let mut decoded = 0;
    while decoded < offset && i < raw.len() {
        let c = raw[i..].chars().next().expect("in bounds");
        if basic && c == '\\' {
            let rest = &raw[i + 1..];
            let next = rest.chars().next();
            match next {
                Some('u' | 'U') => {
                    let n = if next == Some('u') { 4 } else { 8 };
                    let ch = rest.get(1..1 + n).and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32);
                    i += 2 + n;
                    decoded += ch.map_or(1, char::len_utf8);
                }
                Some(w) if w.is_whitespace() => {
                    // A line-ending backslash eats the whitespace that follows.
                    i += 1 + rest.len() - rest.trim_start().len();
                }
                Some(e) => {
                    i += 1 + e.len_utf8();
                    decoded += 1;
                }
                None => break,
            }
        } else {
            i += c.len_utf8();
            decoded += c.len_utf8();
        }
    }
    span.start + i
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

/// Keep the first [`MAX_ERRORS_PER_FILE`] errors, each with the file's text, and
/// say how many more there were.
fn attach_source(path: &str, text: &str, mut errors: Vec<LoadError>) -> Vec<LoadError> {
    let more = errors.len().saturating_sub(MAX_ERRORS_PER_FILE);
    errors.truncate(MAX_ERRORS_PER_FILE);
    for e in &mut errors {
        e.source_text = Some(text.to_string());
    }
    if more > 0 {
        errors.push(LoadError {
            path: path.to_string(),
            source_text: None,
            span: None,
            message: format!("... and {more} more errors in this file"),
            help: Some("fix the errors above first".into()),
        });
    }
    errors
}

impl RuleSet {
    /// Parse one rule file and add its rules and facts.
    pub fn load_str(&mut self, path: &str, text: &str) -> Result<(), Vec<LoadError>> {
        self.load_str_inner(path, text).map_err(|e| attach_source(path, text, e))
    }

    fn load_str_inner(&mut self, path: &str, text: &str) -> Result<(), Vec<LoadError>> {
        let raw: RawFile = toml::from_str(text).map_err(|e| {
            let err = LoadError::at(path, text, e.span(), e.message().trim().to_string());
            vec![if e.message().contains("date-time") || e.message().starts_with("invalid date") {
                err.with_help("dates are written YYYY-MM-DD and must exist (there is no February 30)")
            } else {
                err
            }]
        })?;
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
        let compiled = if kind == RuleKind::Pattern { compile_pattern_rule(path, text, &r, &mut errors) } else { None };
        // Placeholders must be ones the kind provides.
        let pattern_vars: Vec<&str>;
        let allowed: &[&str] = match &compiled {
            Some(p) => {
                pattern_vars = p.pattern.captures.iter().map(|c| c.name).chain(std::iter::once("match")).collect();
                &pattern_vars
            }
            None => kind.variables(),
        };
        // (A pattern that did not compile has no known captures; its error is enough.)
        let skip_placeholders = kind == RuleKind::Pattern && compiled.is_none();
        for field in std::iter::once(&r.message).chain(r.help.as_ref()).filter(|_| !skip_placeholders) {
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
        let given: [(&str, Option<Range<usize>>); 7] = [
            ("max-year-gap", r.max_year_gap.as_ref().map(|s| s.span())),
            ("swap", r.swap.as_ref().map(|s| s.span())),
            ("tokens", r.tokens.as_ref().map(|s| s.span())),
            ("either", r.either.as_ref().map(|s| s.span())),
            ("ignorecase", r.ignorecase.as_ref().map(|s| s.span())),
            ("pattern", r.pattern.as_ref().map(|s| s.span())),
            ("assert", r.assert.as_ref().map(|s| s.span())),
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
            pattern: compiled.map(std::sync::Arc::new),
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
            RuleKind::Pattern => &[("pattern", r.pattern.is_some())],
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

/// Compile a `pattern` rule's regex and assertion, pushing errors that point inside the strings.
fn compile_pattern_rule(path: &str, text: &str, r: &RawRule, errors: &mut Vec<LoadError>) -> Option<PatternRule> {
    let src = r.pattern.as_ref()?;
    let ignorecase = r.ignorecase.as_ref().is_some_and(|v| *v.get_ref());
    let at = |field: &Spanned<String>, range: &Range<usize>| {
        let start = toml_string_pos(text, &field.span(), range.start);
        let end = toml_string_pos(text, &field.span(), range.end).max(start);
        Some(start..end)
    };
    let pattern = match pattern::compile(src.get_ref(), ignorecase) {
        Ok(p) => p,
        Err(e) => {
            let mut err = LoadError::at(path, text, at(src, &e.span), e.message);
            err.help = e.help;
            errors.push(err);
            return None;
        }
    };
    let assert = match &r.assert {
        None => None,
        Some(a) => {
            let vars: Vec<(&str, expr::Type)> = pattern
                .captures
                .iter()
                .map(|c| (c.name, c.value_type()))
                .chain(std::iter::once(("dateline", expr::Type::Date)))
                .collect();
            match expr::Assertion::compile(a.get_ref(), &vars) {
                Ok(x) => Some(x),
                Err(e) => {
                    let mut err = LoadError::at(path, text, at(a, &e.span), e.message);
                    err.help = e.help;
                    errors.push(err);
                    return None;
                }
            }
        }
    };
    Some(PatternRule { pattern, assert })
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

    /// Load one pattern rule with the given extra lines; return errors as (line, col, message).
    fn pattern_errors(body: &str) -> Vec<(usize, usize, String)> {
        let text = format!("[[rule]]\nid = \"p.x\"\nkind = \"pattern\"\n{body}");
        match RuleSet::default().load_str("p.toml", &text) {
            Ok(()) => Vec::new(),
            Err(errs) => errs
                .iter()
                .map(|e| {
                    let (l, c) = e.line_col().expect("errors point into the file");
                    (l, c, e.message.clone())
                })
                .collect(),
        }
    }

    #[test]
    fn pattern_rules_load_and_compile_once() {
        let text = "[[rule]]\nid = \"p.x\"\nkind = \"pattern\"\npattern = '(?P<a>{number}) and (?P<b>{number}) make (?P<total>{number})'\nassert = 'total == a + b'\nmessage = \"{a} + {b} is not {total} in {match}\"\n";
        let mut set = RuleSet::default();
        set.load_str("p.toml", text).unwrap();
        let p = set.rules[0].settings.pattern.as_ref().expect("compiled at load time");
        assert_eq!(p.pattern.captures.len(), 3);
        assert_eq!(p.assert.as_ref().unwrap().source, "total == a + b");
    }

    #[test]
    fn pattern_errors_point_inside_the_strings() {
        // A regex syntax error: the bad repetition at offset 10 of the string (col 12 + 10).
        let e = pattern_errors("pattern = '{number} x{2,1}'\nmessage = \"m\"\n");
        assert_eq!((e[0].0, e[0].1), (4, 22), "{e:?}");
        assert!(e[0].2.contains("not a valid regex"), "{e:?}");
        // Too large to compile: points at the start of the pattern, and does not hang.
        let e = pattern_errors("pattern = '(a{1000}){1000}'\nmessage = \"m\"\n");
        assert_eq!((e[0].0, e[0].1), (4, 12), "{e:?}");
        assert!(e[0].2.contains("too large"), "{e:?}");
        // Unknown placeholder type.
        let e = pattern_errors("pattern = 'x {foo}'\nmessage = \"m\"\n");
        assert_eq!((e[0].0, e[0].1, e[0].2.as_str()), (4, 14, "unknown placeholder type `{foo}`"));
        // In a basic string, escapes are counted as written: `\\d` is two characters there.
        let e = pattern_errors("pattern = \"(?P<a>\\\\d+) {foo}\"\nmessage = \"m\"\n");
        assert_eq!((e[0].0, e[0].1), (4, 24), "{e:?}");
        // An assertion that does not parse: the end of `total == a +` (col 11 + 12).
        let e = pattern_errors(
            "pattern = '(?P<a>{number}) (?P<total>{number})'\nassert = 'total == a +'\nmessage = \"m\"\n",
        );
        assert_eq!((e[0].0, e[0].1), (5, 23), "{e:?}");
        assert!(e[0].2.starts_with("expected a value"), "{e:?}");
        // ... and in a multi-line literal string, on its own line.
        let e = pattern_errors(
            "pattern = '(?P<a>{number}) (?P<total>{number})'\nassert = '''\ntotal == a $ 1\n'''\nmessage = \"m\"\n",
        );
        assert_eq!((e[0].0, e[0].1), (6, 12), "{e:?}");
        // A name the pattern does not capture.
        let e =
            pattern_errors("pattern = '(?P<a>{number}) (?P<total>{number})'\nassert = 'totl == a'\nmessage = \"m\"\n");
        assert_eq!((e[0].0, e[0].1, e[0].2.as_str()), (5, 11, "`totl` is not a capture of the pattern"));
        // A type error: a date plus a name.
        let e =
            pattern_errors("pattern = '(?P<d>{date}) by (?P<who>{name})'\nassert = 'd + who == d'\nmessage = \"m\"\n");
        assert_eq!((e[0].0, e[0].1, e[0].2.as_str()), (5, 13, "`+` cannot combine a date and text"));
        // Message placeholders are the captures (and `match`).
        let e = pattern_errors("pattern = '(?P<a>{number})'\nmessage = \"{a} {match} {nope}\"\n");
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!((e[0].0, e[0].1, e[0].2.as_str()), (5, 24, "unknown placeholder `{nope}`"));
        // The pattern is required, and belongs to the pattern kind only.
        let e = pattern_errors("message = \"m\"\n");
        assert_eq!(e[0].2, "kind `pattern` needs a non-empty `pattern`");
        let e = pattern_errors("pattern = 'x'\nmessage = \"m\"\ntokens = [\"x\"]\n");
        assert_eq!((e[0].0, e[0].2.as_str()), (6, "`tokens` is not a setting of kind `pattern`"));
    }

    fn existence_rules(ids: impl Iterator<Item = String>, message: &str) -> String {
        ids.map(|id| {
            format!("[[rule]]\nid = \"{id}\"\nkind = \"existence\"\ntokens = [\"t\"]\nmessage = \"{message}\"\n\n")
        })
        .collect()
    }

    #[test]
    fn ten_thousand_rules_load_and_a_late_duplicate_is_found() {
        let mut text = existence_rules((0..10_000).map(|i| format!("r.n{i}")), "m {match}");
        let t = std::time::Instant::now();
        let mut set = RuleSet::default();
        set.load_str("many.toml", &text).unwrap();
        assert_eq!(set.rules.len(), 10_000);
        // Release builds take about 60 ms; this bound only catches a quadratic slide.
        assert!(t.elapsed() < std::time::Duration::from_secs(20), "{:?}", t.elapsed());
        text.push_str(&existence_rules(std::iter::once("r.n5".to_string()), "m"));
        let err = RuleSet::default().load_str("many.toml", &text).unwrap_err();
        assert_eq!(err.len(), 1);
        assert_eq!(err[0].line_col(), Some((60_002, 6)));
        assert!(err[0].help.as_ref().unwrap().contains("already defined in many.toml"));
    }

    #[test]
    fn errors_per_file_are_capped() {
        let text = existence_rules((0..1000).map(|i| format!("r.n{i}")), "{nope}");
        let err = RuleSet::default().load_str("bad.toml", &text).unwrap_err();
        assert_eq!(err.len(), MAX_ERRORS_PER_FILE + 1);
        assert_eq!(err[0].line_col(), Some((5, 12)));
        assert_eq!(err.last().unwrap().to_string(), "bad.toml: ... and 980 more errors in this file");
    }

    #[test]
    fn missing_fields_impossible_dates_and_deep_nesting_are_errors() {
        let cases = [
            ("[[rule]]\nkind = \"existence\"\ntokens = [\"a\"]\nmessage = \"m\"\n", (1, 1), "missing field `id`"),
            ("[[rule]]\nid = \"a.b\"\nkind = \"existence\"\ntokens = [\"a\"]\n", (1, 1), "missing field `message`"),
            ("[[event]]\nname = \"x\"\ndate = 2025-02-30\n", (3, 8), "invalid date"),
            ("[[rule]]\nid = \"a.b\"\nkind = \"existence\"\ntokens = [\"a\"]\nmessage = \"m\"\n[[rule.test]]\ntext = \"a\"\ndateline = 2025-02-30\nexpect = []\n", (8, 12), "invalid date"),
        ];
        for (text, at, msg) in cases {
            let err = RuleSet::default().load_str("r.toml", text).unwrap_err();
            assert_eq!(err[0].line_col(), Some(at), "{text}");
            assert!(err[0].message.starts_with(msg), "{}", err[0].message);
        }
        let deep = format!("x = {}{}\n", "[".repeat(20_000), "]".repeat(20_000));
        let err = RuleSet::default().load_str("r.toml", &deep).unwrap_err();
        assert!(err[0].message.contains("recurs"), "{}", err[0].message);
    }

    #[test]
    fn selectors_take_prefixes() {
        assert!(id_matches("date.year-mismatch", "date"));
        assert!(id_matches("arith.sum", "arith.sum"));
        assert!(!id_matches("arith.summary", "arith.sum"));
    }
}
