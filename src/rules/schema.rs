//! The TOML schema of a rule file as read, before validation: `[[rule]]` tables with their
//! settings keys flat (so an unknown key's error lists every key), the fact tables, the
//! `[[test]]` examples, and the TOML helpers that turn values and string positions into what
//! loading needs.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::kinds::RuleKind;
use super::severity::Severity;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFile {
    #[serde(default)]
    pub(super) rule: Vec<Spanned<RawRule>>,
    #[serde(default)]
    pub(super) office: Vec<Spanned<RawOffice>>,
    #[serde(default)]
    pub(super) person: Vec<Spanned<RawPerson>>,
    #[serde(default)]
    pub(super) event: Vec<Spanned<RawEvent>>,
    /// Examples run against the whole loaded set, owned by no rule or fact.
    #[serde(default)]
    pub(super) test: Vec<Spanned<RawTest>>,
    /// Where a generated fact pack came from, and the day its record was taken.
    #[serde(default)]
    pub(super) pack: Option<RawPack>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(super) struct RawPack {
    pub(super) source: String,
    #[serde(default)]
    pub(super) commit: Option<String>,
    #[serde(default)]
    pub(super) as_of: Option<Spanned<toml::Value>>,
}

#[derive(Debug, Deserialize)]
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
    /// A `pattern` rule's replacement for its match, with its captures as placeholders.
    #[serde(default)]
    pub(super) replacement: Option<Spanned<String>>,
    /// Whether the rule's fix is `"safe"` to apply unread or only `"suggested"` (the default).
    #[serde(default)]
    pub(super) fix: Option<Spanned<String>>,
}

impl RawRule {
    /// Each settings key as written in a rule file, with the span of its value when given.
    pub(super) fn settings_given(&self) -> [(&'static str, Option<Range<usize>>); 9] {
        [
            ("max-year-gap", self.max_year_gap.as_ref().map(toml::Spanned::span)),
            ("swap", self.swap.as_ref().map(toml::Spanned::span)),
            ("tokens", self.tokens.as_ref().map(toml::Spanned::span)),
            ("either", self.either.as_ref().map(toml::Spanned::span)),
            ("ignorecase", self.ignorecase.as_ref().map(toml::Spanned::span)),
            ("pattern", self.pattern.as_ref().map(toml::Spanned::span)),
            ("assert", self.assert.as_ref().map(toml::Spanned::span)),
            ("replacement", self.replacement.as_ref().map(toml::Spanned::span)),
            ("fix", self.fix.as_ref().map(toml::Spanned::span)),
        ]
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTest {
    pub(super) text: String,
    #[serde(default)]
    pub(super) dateline: Option<Spanned<toml::Value>>,
    pub(super) expect: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOffice {
    pub(super) title: String,
    pub(super) forms: Vec<String>,
    pub(super) holder: String,
    #[serde(default)]
    pub(super) aliases: Vec<String>,
    /// Names written after a title that may name several holders ("Sen. Scott"): they find
    /// the term only where one holder of the title goes by them at the date.
    #[serde(default)]
    pub(super) surnames: Vec<String>,
    /// Where the office is held: a U.S. state or territory code ("OH"), and a House district.
    #[serde(default)]
    pub(super) state: Option<String>,
    #[serde(default)]
    pub(super) district: Option<u32>,
    /// The holder's party during this term, and the party an independent caucuses with.
    #[serde(default)]
    pub(super) party: Option<String>,
    #[serde(default)]
    pub(super) caucus: Option<String>,
    pub(super) from: Spanned<toml::Value>,
    #[serde(default)]
    pub(super) to: Option<Spanned<toml::Value>>,
    /// `[[office.test]]` examples, taken out when the file is loaded.
    #[serde(default)]
    pub(super) test: Vec<Spanned<RawTest>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPerson {
    pub(super) name: String,
    #[serde(default)]
    pub(super) aliases: Vec<String>,
    pub(super) born: Spanned<toml::Value>,
    /// The day the person died, when they have: an age stated for them after it is an age
    /// they had before.
    #[serde(default)]
    pub(super) died: Option<Spanned<toml::Value>>,
    /// `[[person.test]]` examples, taken out when the file is loaded.
    #[serde(default)]
    pub(super) test: Vec<Spanned<RawTest>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEvent {
    pub(super) name: String,
    #[serde(default)]
    pub(super) aliases: Vec<String>,
    pub(super) date: Spanned<toml::Value>,
    #[serde(default)]
    pub(super) figures: Option<Spanned<BTreeMap<String, f64>>>,
    #[serde(default)]
    pub(super) tolerance: Option<f64>,
    /// `[[event.test]]` examples, taken out when the file is loaded.
    #[serde(default)]
    pub(super) test: Vec<Spanned<RawTest>>,
}

impl RawOffice {
    /// Who owns this table's examples, as `test-rules` names it.
    pub(super) fn owner(&self) -> String {
        format!("office `{}` ({})", self.title, self.holder)
    }
}

impl RawPerson {
    pub(super) fn owner(&self) -> String {
        format!("person `{}`", self.name)
    }
}

impl RawEvent {
    pub(super) fn owner(&self) -> String {
        format!("event `{}`", self.name)
    }
}
