//! A loaded rule and the set of them the engine runs.

use std::collections::BTreeMap;
use std::ops::Range;

use chrono::NaiveDate;

use super::builtin::EMBEDDED;
use super::config::SeverityOverride;
use super::deferred::Deferred;
use super::facts::Facts;
use super::kinds::{RuleKind, Settings};
use super::severity::Severity;
use super::{compact, fact_statics, rule_statics};

/// A `[[rule.test]]` example.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleTest {
    pub text: String,
    pub dateline: Option<NaiveDate>,
    pub expect: Vec<String>,
    /// Where the test sits in its file, for reporting a failure.
    pub span: Range<usize>,
}

/// An example that belongs to a fact (`[[office.test]]`, `[[person.test]]`, `[[event.test]]`)
/// or to its file (`[[test]]`) rather than to a rule; run against the whole set like a rule's.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetTest {
    /// What the example belongs to: ``office `President of the United States` (Barack Obama)``,
    /// ``person `Barack Obama` ``, ``event `…` `` or `[[test]] in FILE`.
    pub owner: String,
    /// The file it came from.
    pub source: String,
    pub test: RuleTest,
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
    /// The explain text; a shipped rule's is read on first use (see `deferred`).
    pub description: Deferred<Option<String>>,
    /// A shipped rule's are read on first use, like its description.
    pub tests: Deferred<Vec<RuleTest>>,
    /// The kind's settings; their variant is always `kind`'s.
    pub settings: Settings,
    /// The file the rule came from ("builtin:rules/dates.toml" for embedded rules).
    pub source: String,
}

/// Rules and facts, ready for the engine.
#[derive(Clone, Debug, Default)]
pub struct RuleSet {
    pub rules: Vec<Rule>,
    pub facts: Facts,
    /// Ids of rules loaded and then left out (turned `off`, or not selected): still names a
    /// suppression directive may use.
    pub dropped: Vec<String>,
    /// Examples of facts and files, in load order (a rule's own are in [`Rule::tests`]); the
    /// shipped files' are read on first use.
    pub tests: Deferred<Vec<SetTest>>,
}

impl RuleSet {
    /// The embedded rule files.
    pub fn builtin() -> RuleSet {
        let mut set = RuleSet::default();
        for (file, (path, text)) in EMBEDDED.iter().enumerate() {
            let name = format!("builtin:{path}");
            // build.rs parsed the shipped TOML into statics: a file's rules (`rule_statics`) and
            // facts (`fact_statics`); a file it wrote none for is parsed here. A pack of facts
            // alone is read when a text may name someone in it (see `pack_probe`). Examples and
            // explain texts are read when asked for (see `deferred`).
            let first = set.rules.len();
            let facts = fact_statics::shipped(path);
            let loaded = match (rule_statics::shipped(path), compact::deferred(path), facts) {
                (_, Some(probe), Some(facts)) => {
                    set.facts.defer(&name, facts, probe);
                    Ok(())
                }
                (Some(rules), None, _) => set
                    .load_static_rules(&name, text, rules)
                    .and_then(|()| facts.map_or(Ok(()), |f| set.facts.add_shipped(&name, f))),
                _ => set.load_str(&name, text),
            };
            loaded.unwrap_or_else(|e| panic!("embedded rule file {path} does not load: {}", e[0]));
            for (i, rule) in set.rules[first..].iter_mut().enumerate() {
                rule.description = Deferred::shipped(file, i);
                rule.tests = Deferred::shipped(file, i);
            }
        }
        set.tests = Deferred::shipped(EMBEDDED.len() - 1, 0);
        set
    }

    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }

    /// Apply a config's severity overrides; `off` removes the rule.
    pub fn apply_overrides(&mut self, overrides: &BTreeMap<String, SeverityOverride>) {
        self.retain(|r| !matches!(lookup_prefix(overrides, &r.id), Some(SeverityOverride::Off)));
        for r in &mut self.rules {
            if let Some(SeverityOverride::Level(s)) = lookup_prefix(overrides, &r.id) {
                r.severity = *s;
            }
        }
    }

    /// Keep only rules matching `select` (if any) and not matching `ignore`. Both take ids or
    /// dotted prefixes (`date`, `arith.sum`).
    pub fn filter(&mut self, select: &[String], ignore: &[String]) {
        self.retain(|r| {
            (select.is_empty() || select.iter().any(|s| id_matches(&r.id, s)))
                && !ignore.iter().any(|s| id_matches(&r.id, s))
        });
    }

    /// Keep the rules `keep` says yes to; remember the ids of the others in `dropped`.
    fn retain(&mut self, keep: impl Fn(&Rule) -> bool) {
        let (kept, left): (Vec<Rule>, Vec<Rule>) = std::mem::take(&mut self.rules).into_iter().partition(keep);
        self.rules = kept;
        self.dropped.extend(left.into_iter().map(|r| r.id));
    }

    /// Whether a rule id or dotted prefix names a loaded rule, kept or dropped.
    /// Every loaded id (left-out ones too) and every dotted prefix of one (`arith.sum.parts`
    /// gives `arith`, `arith.sum`, `arith.sum.parts`), sorted: the names a selector may use.
    pub fn names(&self) -> Vec<&str> {
        names_of(self.rules.iter().map(|r| r.id.as_str()).chain(self.dropped.iter().map(String::as_str)))
    }

    /// [`RuleSet::names`] of [`RuleSet::builtin`], read from the shipped rules' statics without
    /// building the set: a run that checks no text with them need not build it.
    pub fn builtin_names() -> Vec<&'static str> {
        names_of(
            EMBEDDED
                .iter()
                .filter_map(|(path, _)| rule_statics::shipped(path))
                .flatten()
                .map(rule_statics::StaticRule::id),
        )
    }

    pub fn names_rule(&self, name: &str) -> bool {
        self.rules
            .iter()
            .map(|r| r.id.as_str())
            .chain(self.dropped.iter().map(String::as_str))
            .any(|id| id_matches(id, name))
    }
}

/// Every id and every dotted prefix of one, sorted, once each.
fn names_of<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut names: Vec<&str> =
        ids.flat_map(|id| id.match_indices('.').map(|(i, _)| &id[..i]).chain(std::iter::once(id))).collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// The known name nearest to `name` by edit distance (a transposition counts as one edit),
/// when it is near enough to be a slip: at most a third of the name's length, and at least one.
pub fn closest_name(name: &str, known: &[&str]) -> Option<String> {
    let limit = (name.chars().count() / 3).max(1);
    known
        .iter()
        .map(|k| (strsim::damerau_levenshtein(name, k), *k))
        .filter(|&(d, _)| d <= limit)
        .min_by_key(|&(d, _)| d)
        .map(|(_, k)| k.to_string())
}

/// Whether a rule id is named by a selector: the id itself or a dotted prefix of it.
pub fn id_matches(id: &str, selector: &str) -> bool {
    id == selector || (id.starts_with(selector) && id[selector.len()..].starts_with('.'))
}

fn lookup_prefix<'a, V>(map: &'a BTreeMap<String, V>, id: &str) -> Option<&'a V> {
    // The most specific selector wins.
    map.iter().filter(|(k, _)| id_matches(id, k)).max_by_key(|(k, _)| k.len()).map(|(_, v)| v)
}

/// A shipped file loaded alone from its TOML, for the tests that hold the build-time statics to
/// it; a file that fails validation panics with every error's file, line and column.
#[cfg(test)]
pub(super) fn toml_loaded(path: &str, text: &str) -> RuleSet {
    let mut set = RuleSet::default();
    if let Err(e) = set.load_str(path, text) {
        let shown: Vec<String> = e.iter().map(ToString::to_string).collect();
        panic!("{path} does not load:\n{}", shown.join("\n"));
    }
    set
}
