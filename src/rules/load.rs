//! Loading a rule file: parse the TOML, then validate each rule (its id, its placeholders, its
//! settings against its kind, its examples) and collect every error with the span it points at.

use std::collections::HashMap;
use std::ops::Range;

use foldhash::fast::RandomState as QuickHash;
use toml::Spanned;

use super::deferred::Deferred;
use super::error::attach_source;
use super::error::LoadError;
use super::kinds::GivenSettings;
use super::kinds::{PatternRule, RuleKind, Settings};
use super::rule::{Rule, RuleSet, RuleTest, SetTest};
use super::rule_statics::StaticRule;
use super::schema::{RawFile, RawRule, RawTest};
use super::severity::Severity;
use super::template::placeholders;
use super::toml_values::{toml_date, toml_string_pos};
use super::{compact, expr, hints, pattern};

/// Rule ids loaded so far and the file of each (a quick hash: keys are the rule files').
type Ids = HashMap<String, String, QuickHash>;

impl RuleSet {
    /// Parse one rule file and add its rules and facts.
    pub fn load_str(&mut self, path: &str, text: &str) -> Result<(), Vec<LoadError>> {
        self.load_str_inner(path, text).map_err(|e| attach_source(path, text, e))
    }

    /// Add a shipped file from the tree build.rs parsed it into (see `compact`): the same
    /// validation as [`RuleSet::load_str`], without parsing TOML; `text` is the file, for errors.
    pub(super) fn load_tree(&mut self, path: &str, text: &str, tree: &[u8]) -> Result<(), Vec<LoadError>> {
        let raw: RawFile = compact::from_tree(tree).map_err(|e| vec![LoadError::at(path, None, e.to_string())])?;
        self.load_raw(path, text, raw).map_err(|e| attach_source(path, text, e))
    }

    /// Add a shipped file's rules from their statics (see `rule_statics`): the validation of
    /// [`RuleSet::load_str`] without parsing TOML; `text` is the file, for errors.
    pub(super) fn load_static_rules(
        &mut self,
        path: &str,
        text: &str,
        rules: &[StaticRule],
    ) -> Result<(), Vec<LoadError>> {
        let mut errors = Vec::new();
        self.add_rules(path, text, rules.iter().map(|r| r.raw(path)), &mut errors);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(attach_source(path, text, errors))
        }
    }

    /// Validate rules and add those without errors.
    fn add_rules(&mut self, path: &str, text: &str, raw: impl Iterator<Item = RawRule>, errors: &mut Vec<LoadError>) {
        let mut ids: Ids = self.rules.iter().map(|r| (r.id.clone(), r.source.clone())).collect();
        for r in raw {
            let mut build = RuleBuild { path, text, errors: Vec::new() };
            match build.rule(r, &mut ids) {
                Some(rule) if build.errors.is_empty() => self.rules.push(rule),
                _ => errors.append(&mut build.errors),
            }
        }
    }

    fn load_str_inner(&mut self, path: &str, text: &str) -> Result<(), Vec<LoadError>> {
        let raw: RawFile = toml::from_str(text).map_err(|e| {
            let (message, help) = hints::for_parse_error(text, e.span().as_ref(), e.message().trim());
            let mut err = LoadError::at(path, e.span(), message);
            err.help = help;
            let dates = e.message().contains("date-time") || e.message().starts_with("invalid date");
            vec![if dates && err.help.is_none() {
                err.with_help("dates are written YYYY-MM-DD and must exist (there is no February 30)")
            } else {
                err
            }]
        })?;
        self.load_raw(path, text, raw)
    }

    /// Validate a parsed file and add its rules and facts.
    fn load_raw(&mut self, path: &str, text: &str, mut raw: RawFile) -> Result<(), Vec<LoadError>> {
        let mut build = RuleBuild { path, text, errors: Vec::new() };
        let tests = build.set_tests(&mut raw);
        let mut errors = build.errors;
        self.add_rules(path, text, raw.rule.into_iter().map(Spanned::into_inner), &mut errors);
        if let Err(mut e) = self.facts.add(path, raw.pack, raw.office, raw.person, raw.event) {
            errors.append(&mut e);
        }
        // Extending the examples reads the shipped files' first (see `deferred`), so only
        // a file that has some does.
        if !tests.is_empty() {
            self.tests.extend(tests);
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// One rule being built from its table: the file it is in and the errors found so far.
struct RuleBuild<'a> {
    path: &'a str,
    text: &'a str,
    errors: Vec<LoadError>,
}

impl RuleBuild<'_> {
    fn error(&mut self, span: Range<usize>, message: impl Into<String>) -> &mut LoadError {
        self.errors.push(LoadError::at(self.path, Some(span), message));
        self.errors.last_mut().expect("just pushed")
    }

    /// The rule, when it has no errors. Errors come in the order the checks run: id, pattern,
    /// placeholders, settings keys, settings values, required settings, examples.
    fn rule(&mut self, r: RawRule, ids: &mut Ids) -> Option<Rule> {
        let kind = *r.kind.get_ref();
        let id = r.id.get_ref().clone();
        self.check_id(&r.id, ids);
        let compiled = if kind == RuleKind::Pattern { self.compile_pattern(&r) } else { None };
        self.check_placeholders(&r, kind, compiled.as_ref());
        self.check_settings_keys(&r, kind);
        let given = self.given_settings(&r, compiled);
        let settings = match Settings::build(kind, given) {
            Ok(s) => Some(s),
            Err(missing) => {
                for key in missing {
                    self.error(r.kind.span(), format!("kind `{}` needs a non-empty `{key}`", kind.name()));
                }
                None
            }
        };
        let tests = r.test.into_iter().map(|t| self.test(t)).collect();
        Some(Rule {
            id,
            kind,
            severity: r.severity.unwrap_or(Severity::Warning),
            message: r.message.into_inner(),
            help: r.help.map(toml::Spanned::into_inner),
            link: r.link,
            description: Deferred::new(r.description),
            tests: Deferred::new(tests),
            settings: settings?,
            source: self.path.to_string(),
        })
    }

    /// Ids are dotted names, unique across every loaded file.
    fn check_id(&mut self, id: &Spanned<String>, ids: &mut Ids) {
        let name = id.get_ref();
        let well_formed = !name.is_empty()
            && name
                .split('.')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        if !well_formed {
            self.error(id.span(), format!("invalid rule id `{name}`")).help =
                Some("ids are dotted names of letters, digits, `-` and `_`, like `house.airbase`".into());
        } else if let Some(prev) = ids.get(name) {
            self.error(id.span(), format!("duplicate rule id `{name}`")).help =
                Some(format!("`{name}` is already defined in {prev}; rule ids must be unique across all loaded files"));
        } else {
            ids.insert(name.clone(), self.path.to_string());
        }
    }

    /// Placeholders in `message` and `help` must be ones the kind provides (for a pattern rule,
    /// its captures and `match`).
    fn check_placeholders(&mut self, r: &RawRule, kind: RuleKind, compiled: Option<&PatternRule>) {
        // A pattern that did not compile has no known captures; its error is enough.
        if kind == RuleKind::Pattern && compiled.is_none() {
            return;
        }
        let pattern_vars: Vec<&str>;
        let allowed: &[&str] = match compiled {
            Some(p) => {
                pattern_vars = p.pattern.captures.iter().map(|c| c.name).chain(std::iter::once("match")).collect();
                &pattern_vars
            }
            None => kind.variables(),
        };
        for field in std::iter::once(&r.message).chain(r.help.as_ref()).chain(r.replacement.as_ref()) {
            for (off, name) in placeholders(field.get_ref()) {
                if allowed.contains(&name) {
                    continue;
                }
                // Point at the placeholder inside the string (+1 for the opening quote).
                let s = field.span().start + 1 + off;
                let list = if allowed.is_empty() {
                    "this kind provides no placeholders".to_string()
                } else {
                    let names: Vec<String> = allowed.iter().map(|v| format!("{{{v}}}")).collect();
                    format!("`{}` rules provide: {}", kind.name(), names.join(", "))
                };
                self.error(s..s + name.len() + 2, format!("unknown placeholder `{{{name}}}`")).help = Some(list);
            }
        }
    }

    /// Settings keys given that do not belong to the rule's kind.
    fn check_settings_keys(&mut self, r: &RawRule, kind: RuleKind) {
        let keys = kind.settings_keys();
        for (key, span) in r.settings_given() {
            let Some(span) = span.filter(|_| !keys.contains(&key)) else { continue };
            let help = match keys {
                [] => format!("kind `{}` takes no settings", kind.name()),
                s => format!("kind `{}` takes: {}", kind.name(), s.join(", ")),
            };
            self.error(span, format!("`{key}` is not a setting of kind `{}`", kind.name())).help = Some(help);
        }
    }

    /// The settings values as given, whatever the kind; malformed `either` pairs are errors.
    fn given_settings(&mut self, r: &RawRule, pattern: Option<PatternRule>) -> GivenSettings {
        let mut given = GivenSettings {
            max_year_gap: r.max_year_gap.as_ref().map(|v| *v.get_ref()),
            ignorecase: r.ignorecase.as_ref().is_some_and(|v| *v.get_ref()),
            has_pattern: r.pattern.is_some(),
            pattern,
            ..GivenSettings::default()
        };
        if let Some(swap) = &r.swap {
            given.swap = swap.get_ref().clone().into_iter().collect();
        }
        if let Some(t) = &r.tokens {
            given.tokens = t.get_ref().clone();
        }
        given.replacement = r.replacement.as_ref().map(|v| v.get_ref().clone());
        if let Some(fix) = &r.fix {
            match fix.get_ref().as_str() {
                "safe" => given.fix_safe = true,
                "suggested" => {}
                other => {
                    self.error(fix.span(), format!("unknown fix `{other}`")).help =
                        Some("`fix` is \"safe\" (applied by `check --fix`) or \"suggested\" (the default)".into());
                }
            }
            if r.pattern.is_some() && r.replacement.is_none() {
                self.error(fix.span(), "`fix` says how safe the `replacement` is, but the rule has none").help =
                    Some("add `replacement = \"...\"` (the match's captures are its placeholders)".into());
            }
        }
        if let Some(e) = &r.either {
            for pair in e.get_ref() {
                match pair.as_slice() {
                    [a, b] => given.either.push((a.clone(), b.clone())),
                    _ => {
                        self.error(
                            e.span(),
                            "each `either` entry must be a pair of spellings, like [\"Muttaqi\", \"Mutaqi\"]",
                        );
                    }
                }
            }
        }
        given
    }

    /// The examples of a file's facts and of the file itself, taken out of their tables.
    fn set_tests(&mut self, raw: &mut RawFile) -> Vec<SetTest> {
        let mut owned: Vec<(String, Vec<Spanned<RawTest>>)> = Vec::new();
        owned.extend(raw.office.iter_mut().map(|o| (o.get_ref().owner(), std::mem::take(&mut o.get_mut().test))));
        owned.extend(raw.person.iter_mut().map(|p| (p.get_ref().owner(), std::mem::take(&mut p.get_mut().test))));
        owned.extend(raw.event.iter_mut().map(|e| (e.get_ref().owner(), std::mem::take(&mut e.get_mut().test))));
        owned.push((format!("[[test]] in {}", self.path), std::mem::take(&mut raw.test)));
        let mut out = Vec::new();
        for (owner, tests) in owned {
            for t in tests {
                let test = self.test(t);
                out.push(SetTest { owner: owner.clone(), source: self.path.to_string(), test });
            }
        }
        out
    }

    /// A `[[rule.test]]` example; a dateline that is not a date is an error.
    fn test(&mut self, t: Spanned<RawTest>) -> RuleTest {
        let span = t.span();
        let t = t.into_inner();
        let dateline = t.dateline.as_ref().and_then(|v| {
            let d = toml_date(v.get_ref());
            if d.is_none() {
                self.error(v.span(), "test `dateline` must be a date like 2025-09-19");
            }
            d
        });
        RuleTest { text: t.text, dateline, expect: t.expect, span }
    }

    /// Compile a `pattern` rule's regex and assertion; errors point inside the strings.
    fn compile_pattern(&mut self, r: &RawRule) -> Option<PatternRule> {
        let src = r.pattern.as_ref()?;
        let ignorecase = r.ignorecase.as_ref().is_some_and(|v| *v.get_ref());
        let text = self.text;
        let at = |field: &Spanned<String>, range: &Range<usize>| {
            let start = toml_string_pos(text, &field.span(), range.start);
            let end = toml_string_pos(text, &field.span(), range.end).max(start);
            start..end
        };
        let pattern = match pattern::compile(src.get_ref(), ignorecase) {
            Ok(p) => p,
            Err(e) => {
                self.error(at(src, &e.span), e.message).help = e.help;
                return None;
            }
        };
        let Some(a) = &r.assert else { return Some(PatternRule { pattern, assert: None }) };
        let vars: Vec<(&str, expr::Type)> = pattern
            .captures
            .iter()
            .map(|c| (c.name, c.value_type()))
            .chain(std::iter::once(("dateline", expr::Type::Date)))
            .collect();
        match expr::Assertion::compile(a.get_ref(), &vars) {
            Ok(x) => Some(PatternRule { pattern, assert: Some(x) }),
            Err(e) => {
                self.error(at(a, &e.span), e.message).help = e.help;
                None
            }
        }
    }
}
