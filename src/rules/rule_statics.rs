//! The `[[rule]]` tables of the shipped rule files as build/rules.rs wrote them: Rust statics,
//! each value with its span, turned into the schema's `RawRule` with a plain loop and validated
//! by the same code as a rule file's (`load.rs`). Start-up reads no TOML and runs no serde for
//! the shipped rules; the tests below load every file both ways and require the same rules.

use std::ops::Range;

use toml::Spanned;

use super::kinds::RuleKind;
use super::schema::RawRule;
use super::severity::Severity;

include!(concat!(env!("OUT_DIR"), "/rule_statics.rs"));

/// A value and the byte span of its token: (start, end, value).
type Sp<T> = (usize, usize, T);

/// A `[[rule]]` table without its examples and its `description` (read when asked for).
pub(super) struct StaticRule {
    id: Sp<&'static str>,
    kind: Sp<&'static str>,
    severity: Option<&'static str>,
    message: Sp<&'static str>,
    help: Option<Sp<&'static str>>,
    link: Option<&'static str>,
    max_year_gap: Option<Sp<i64>>,
    swap: Option<Sp<&'static [(&'static str, &'static str)]>>,
    tokens: Option<Sp<&'static [&'static str]>>,
    either: Option<Sp<&'static [&'static [&'static str]]>>,
    ignorecase: Option<Sp<bool>>,
    pattern: Option<Sp<&'static str>>,
    assert: Option<Sp<&'static str>>,
    replacement: Option<Sp<&'static str>>,
    fix: Option<Sp<&'static str>>,
}

/// The rules of a shipped file (`rules/NAME.toml`), unless it is a fact pack read from its
/// statics alone.
pub(super) fn shipped(path: &str) -> Option<&'static [StaticRule]> {
    SHIPPED_RULES.iter().find(|(p, _)| *p == path).map(|(_, r)| *r)
}

fn spanned<T, U>((start, end, value): &Sp<T>, make: impl FnOnce(&T) -> U) -> Spanned<U> {
    Spanned::new(Range { start: *start, end: *end }, make(value))
}

fn text(s: &&str) -> String {
    (*s).to_string()
}

fn strings(list: &&[&str]) -> Vec<String> {
    list.iter().map(|s| (*s).to_string()).collect()
}

impl StaticRule {
    /// The rule's id.
    pub(super) fn id(&self) -> &'static str {
        self.id.2
    }

    /// The table as serde would have read it from the file (a kind or severity that is not
    /// one fails the tests below first).
    pub(super) fn raw(&self, path: &str) -> RawRule {
        let kind = |name: &&str| {
            let found = RuleKind::ALL.iter().find(|k| k.name() == *name);
            *found.unwrap_or_else(|| panic!("{path}: unknown rule kind `{name}`"))
        };
        let severity = self.severity.map(|name| {
            let all = [Severity::Info, Severity::Warning, Severity::Error];
            all.into_iter().find(|s| s.to_string() == name).unwrap_or_else(|| panic!("{path}: severity `{name}`"))
        });
        RawRule {
            id: spanned(&self.id, text),
            kind: spanned(&self.kind, kind),
            severity,
            message: spanned(&self.message, text),
            help: self.help.as_ref().map(|v| spanned(v, text)),
            link: self.link.map(str::to_string),
            description: None,
            test: Vec::new(),
            max_year_gap: self.max_year_gap.as_ref().map(|v| spanned(v, |n| *n)),
            swap: self
                .swap
                .as_ref()
                .map(|v| spanned(v, |pairs| pairs.iter().map(|(a, b)| ((*a).to_string(), (*b).to_string())).collect())),
            tokens: self.tokens.as_ref().map(|v| spanned(v, strings)),
            either: self.either.as_ref().map(|v| spanned(v, |lists| lists.iter().map(strings).collect())),
            ignorecase: self.ignorecase.as_ref().map(|v| spanned(v, |b| *b)),
            pattern: self.pattern.as_ref().map(|v| spanned(v, text)),
            assert: self.assert.as_ref().map(|v| spanned(v, text)),
            replacement: self.replacement.as_ref().map(|v| spanned(v, text)),
            fix: self.fix.as_ref().map(|v| spanned(v, text)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::builtin::EMBEDDED;
    use super::super::deferred::Deferred;
    use super::super::rule::RuleSet;

    /// The rules of each shipped file loaded alone: from its TOML, and from its statics, both
    /// validated. They are the same but for what the statics leave to be read when asked for.
    #[test]
    fn statics_load_as_the_toml_does() {
        for (path, text) in EMBEDDED {
            let mut from_toml = super::super::rule::toml_loaded(path, text);
            for rule in &mut from_toml.rules {
                rule.description = Deferred::new(None);
                rule.tests = Deferred::new(Vec::new());
            }
            let Some(rules) = super::shipped(path) else {
                assert!(from_toml.rules.is_empty(), "{path}: rules but no statics");
                continue;
            };
            let mut from_statics = RuleSet::default();
            from_statics.load_static_rules(path, text, rules).unwrap_or_else(|e| panic!("{path}: {}", e[0]));
            assert!(!from_statics.rules.is_empty() || from_toml.rules.is_empty());
            assert_eq!(format!("{:#?}", from_toml.rules), format!("{:#?}", from_statics.rules), "{path}");
        }
    }

    /// The names a selector may use, from the statics, are the built set's.
    #[test]
    fn builtin_names_are_the_built_sets() {
        assert_eq!(RuleSet::builtin_names(), RuleSet::builtin().names());
    }

    /// A shipped rule that fails validation fails through its statics too, where it points.
    #[test]
    fn static_rules_are_validated() {
        let (path, text) = EMBEDDED.iter().find(|(_, t)| t.contains("[[rule]]")).unwrap();
        let rules = super::shipped(path).unwrap();
        let mut set = RuleSet::default();
        set.load_static_rules(path, text, rules).unwrap();
        // Loading the same file again: every id is a duplicate, reported at the id.
        let e = set.load_static_rules(path, text, rules).unwrap_err();
        assert!(e[0].message.starts_with("duplicate rule id"), "{}", e[0].message);
        let (start, _, _) = rules[0].id;
        assert_eq!(e[0].span.as_ref().map(|s| s.start), Some(start));
    }
}
