//! Guard: every rule kind has a rule with examples, and its findings fill the placeholders the
//! kind declares. A kind is built-in when a rule of it ships in `rules/*.toml`; the kinds for
//! rule writers (substitution, existence, consistency, pattern) count the packs in
//! `rules/examples/`.

use std::collections::BTreeSet;

use super::{run, suppress, Ctx, Hit};
use crate::article::{Article, Format, IngestOptions};
use crate::rules::{Rule, RuleKind, RuleSet, RuleTest, Settings};

/// The built-in rules and each example pack, every set loaded on its own.
fn rule_sets() -> Vec<RuleSet> {
    let mut sets = vec![RuleSet::builtin()];
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/rules/examples");
    let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.retain(|p| p.extension().is_some_and(|x| x == "toml"));
    paths.sort();
    for path in paths {
        let mut set = RuleSet::default();
        let text = std::fs::read_to_string(&path).unwrap();
        set.load_str(&path.display().to_string(), &text).unwrap_or_else(|e| panic!("{}", e[0]));
        sets.push(set);
    }
    sets
}

/// The hits of `rule` on one of its examples, with the whole set loaded as `run_tests` runs it.
fn hits(set: &RuleSet, rule: &Rule, t: &RuleTest) -> Vec<Hit> {
    let opts = IngestOptions { dateline_override: t.dateline, ..IngestOptions::default() };
    let article = Article::from_text("example", t.text.clone(), Format::Text, &opts);
    let mentions = crate::extract::extract(&article);
    let ctx = Ctx::new(&article, &mentions, set);
    if !matches!(rule.kind, RuleKind::SuppressionUnused | RuleKind::SuppressionUnknownRule) {
        return run(&ctx, rule);
    }
    // Unused directives are what is left once every other rule's findings are filtered.
    let findings = set.rules.iter().flat_map(|r| run(&ctx, r).into_iter().map(|h| crate::engine::finding(r, h)));
    let filtered = suppress::apply(&article, set, findings.collect());
    if rule.kind == RuleKind::SuppressionUnused {
        filtered.unused
    } else {
        filtered.unknown
    }
}

/// The placeholders a rule's findings may fill: its kind's, or a pattern rule's captures and
/// `match`.
fn declared(rule: &Rule) -> BTreeSet<&'static str> {
    match &rule.settings {
        Settings::Pattern(p) => p.rule.pattern.captures.iter().map(|c| c.name).chain(["match"]).collect(),
        _ => rule.kind.variables().iter().copied().collect(),
    }
}

#[test]
fn every_kind_has_examples_and_fills_its_declared_placeholders() {
    let sets = rule_sets();
    let mut problems = Vec::new();
    for &kind in RuleKind::ALL {
        let rules: Vec<(&RuleSet, &Rule)> =
            sets.iter().flat_map(|s| s.rules.iter().map(move |r| (s, r))).filter(|(_, r)| r.kind == kind).collect();
        if rules.is_empty() {
            problems.push(format!("kind `{}`: no rule in rules/ or rules/examples/", kind.name()));
        }
        for (set, rule) in rules {
            let flagged: Vec<&RuleTest> = rule.tests.iter().filter(|t| t.expect.contains(&rule.id)).collect();
            if flagged.is_empty() || flagged.len() == rule.tests.len() {
                problems.push(format!("{}: needs a flagged and a clean example", rule.id));
            }
            let declared = declared(rule);
            let mut filled = BTreeSet::new();
            for t in flagged {
                for hit in hits(set, rule, t) {
                    let names: BTreeSet<&str> = hit.vars.iter().map(|(k, _)| *k).collect();
                    // A pattern rule's optional capture may be missing from a match; every
                    // other kind fills all its placeholders on every finding.
                    let fits = if kind == RuleKind::Pattern { names.is_subset(&declared) } else { names == declared };
                    if !fits {
                        problems.push(format!("{}: fills {names:?}, declares {declared:?}", rule.id));
                    }
                    filled.extend(names);
                }
            }
            if filled != declared {
                problems.push(format!("{}: its examples fill {filled:?}, it declares {declared:?}", rule.id));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
