//! The TOML schema of a rule file as read, before validation: `[[rule]]` tables with their
//! settings keys flat (so an unknown key's error lists every key), and the TOML helpers that
//! turn values and string positions into what loading needs.

use std::collections::BTreeMap;
use std::ops::Range;

use chrono::NaiveDate;
use serde::Deserialize;
use toml::Spanned;

use super::{facts, RuleKind, Severity};
use crate::calendar::parse_iso_date;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFile {
    #[serde(default)]
    pub(super) rule: Vec<Spanned<RawRule>>,
    #[serde(default)]
    pub(super) office: Vec<Spanned<facts::RawOffice>>,
    #[serde(default)]
    pub(super) person: Vec<Spanned<facts::RawPerson>>,
    #[serde(default)]
    pub(super) event: Vec<Spanned<facts::RawEvent>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(super) struct RawRule {
    pub(super) id: Spanned<String>,
    pub(super) kind: Spanned<RuleKind>,
    #[serde(default)]
    pub(super) severity: Option<Severity>,
    pub(super) message: Spanned<String>,
    #[serde(default)]
    pub(super) help: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) link: Option<String>,
    #[serde(default)]
    pub(super) description: Option<String>,
    #[serde(default)]
    pub(super) test: Vec<Spanned<RawTest>>,
    // Kind settings; each is checked against the kind after parsing.
    #[serde(default)]
    pub(super) max_year_gap: Option<Spanned<i64>>,
    #[serde(default)]
    pub(super) swap: Option<Spanned<BTreeMap<String, String>>>,
    #[serde(default)]
    pub(super) tokens: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    pub(super) either: Option<Spanned<Vec<Vec<String>>>>,
    #[serde(default)]
    pub(super) ignorecase: Option<Spanned<bool>>,
    #[serde(default)]
    pub(super) pattern: Option<Spanned<String>>,
    #[serde(default)]
    pub(super) assert: Option<Spanned<String>>,
}

impl RawRule {
    /// Each settings key as written in a rule file, with the span of its value when given.
    pub(super) fn settings_given(&self) -> [(&'static str, Option<Range<usize>>); 7] {
        [
            ("max-year-gap", self.max_year_gap.as_ref().map(|s| s.span())),
            ("swap", self.swap.as_ref().map(|s| s.span())),
            ("tokens", self.tokens.as_ref().map(|s| s.span())),
            ("either", self.either.as_ref().map(|s| s.span())),
            ("ignorecase", self.ignorecase.as_ref().map(|s| s.span())),
            ("pattern", self.pattern.as_ref().map(|s| s.span())),
            ("assert", self.assert.as_ref().map(|s| s.span())),
        ]
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTest {
    pub(super) text: String,
    #[serde(default)]
    pub(super) dateline: Option<Spanned<toml::Value>>,
    pub(super) expect: Vec<String>,
}

/// Parse a TOML date given as a date literal or a "YYYY-MM-DD" string.
pub(crate) fn toml_date(v: &toml::Value) -> Option<NaiveDate> {
    match v {
        toml::Value::Datetime(dt) => {
            let d = dt.date?;
            NaiveDate::from_ymd_opt(d.year as i32, d.month as u32, d.day as u32)
        }
        toml::Value::String(s) => parse_iso_date(s.get(..10).unwrap_or(s)),
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
