//! Running the `[[rule.test]]` examples that rules carry (Harper-style generated tests).

use std::collections::{BTreeMap, BTreeSet};

use crate::article::{Article, Format, IngestOptions};
use crate::rules::{RuleSet, RuleTest};

/// The result of one example.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestOutcome {
    /// The rule id, or the fact or file the example belongs to (``event `…` ``, ``[[test]] in FILE``).
    pub rule: String,
    /// 1-based index of the test within its rule (or fact, or file).
    pub index: usize,
    pub source: String,
    /// Byte offset of the test table in its file.
    pub offset: usize,
    pub text: String,
    pub expected: Vec<String>,
    pub fired: Vec<String>,
    pub passed: bool,
}

/// Run every example in `set` (each rule's, then each fact's and file's) against the whole
/// set: the rule ids that fire must be exactly the expected ones (the missing-dateline notice is
/// ignored unless expected).
pub fn run_tests(set: &RuleSet) -> Vec<TestOutcome> {
    run_tests_from(set, |_| true)
}

/// Run the examples that come from the files `wanted` accepts (by their source name), against
/// the whole set. A fact's examples are named by the fact (``event `…` ``), a file's `[[test]]`
/// by ``[[test]] in FILE``.
pub fn run_tests_from(set: &RuleSet, wanted: impl Fn(&str) -> bool) -> Vec<TestOutcome> {
    let mut out = Vec::new();
    for rule in set.rules.iter().filter(|r| wanted(&r.source)) {
        for (i, t) in rule.tests.iter().enumerate() {
            out.push(run_one(set, &rule.id, &rule.source, i + 1, t));
        }
    }
    let mut index: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for st in set.tests.iter().filter(|t| wanted(&t.source)) {
        let i = index.entry((&st.owner, &st.source)).or_default();
        *i += 1;
        out.push(run_one(set, &st.owner, &st.source, *i, &st.test));
    }
    out
}

fn run_one(set: &RuleSet, owner: &str, source: &str, index: usize, t: &RuleTest) -> TestOutcome {
    let opts = IngestOptions { dateline_override: t.dateline, ..IngestOptions::default() };
    let name = format!("{owner} test {index}");
    let article = Article::from_text(&name, t.text.clone(), Format::Text, &opts);
    let expected: BTreeSet<String> = t.expect.iter().cloned().collect();
    let fired: BTreeSet<String> = super::check(&article, set)
        .into_iter()
        .map(|f| f.rule)
        .filter(|r| expected.contains(r) || r != "date.dateline-missing")
        .collect();
    TestOutcome {
        rule: owner.to_string(),
        index,
        source: source.to_string(),
        offset: t.span.start,
        text: t.text.clone(),
        passed: fired == expected,
        expected: expected.into_iter().collect(),
        fired: fired.into_iter().collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::run_tests;
    use crate::rules::RuleSet;

    fn failures(set: &RuleSet) -> Vec<String> {
        run_tests(set)
            .into_iter()
            .filter(|o| !o.passed)
            .map(|o| format!("{} test {}: expected {:?}, got {:?}", o.rule, o.index, o.expected, o.fired))
            .collect()
    }

    #[test]
    fn every_builtin_rule_test_passes() {
        let failed = failures(&RuleSet::builtin());
        assert!(failed.is_empty(), "{failed:#?}");
    }

    #[test]
    fn the_example_house_style_pack_passes_alone_and_with_the_builtins() {
        let text = include_str!("../../rules/examples/house-style.toml");
        let mut alone = RuleSet::default();
        alone.load_str("rules/examples/house-style.toml", text).unwrap();
        assert_eq!(alone.rules.len(), 3);
        assert!(failures(&alone).is_empty(), "{:#?}", failures(&alone));
        let mut all = RuleSet::builtin();
        all.load_str("rules/examples/house-style.toml", text).unwrap();
        assert!(failures(&all).is_empty(), "{:#?}", failures(&all));
    }

    #[test]
    fn facts_and_files_carry_examples_without_adding_rules() {
        let text = "[[event]]\nname = \"harbour fire\"\ndate = 2024-06-02\nfigures = { killed = 4 }\n\n\
                    [[event.test]]\ntext = \"The harbour fire killed 5.\"\nexpect = [\"fact.event-figure\"]\n\n\
                    [[test]]\ntext = \"The harbour fire killed 4.\"\ndateline = 2024-06-03\nexpect = []\n";
        let mut set = RuleSet::builtin();
        let rules = set.rules.len();
        set.load_str("fire.toml", text).unwrap();
        assert_eq!(set.rules.len(), rules);
        let mine = super::run_tests_from(&set, |s| s == "fire.toml");
        let names: Vec<(&str, usize, bool)> = mine.iter().map(|o| (o.rule.as_str(), o.index, o.passed)).collect();
        assert_eq!(names, [("event `harbour fire`", 1, true), ("[[test]] in fire.toml", 1, true)]);
        // A bad dateline in a fact's example is a load error, like a rule's.
        let bad = text.replace("dateline = 2024-06-03", "dateline = \"soon\"");
        let e = RuleSet::default().load_str("fire.toml", &bad).unwrap_err();
        assert!(e[0].message.contains("dateline"), "{}", e[0].message);
    }
}
