//! Running the `[[rule.test]]` examples that rules carry (Harper-style generated tests).

use std::collections::BTreeSet;

use crate::article::{Article, Format, IngestOptions};
use crate::rules::RuleSet;

/// The result of one `[[rule.test]]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TestOutcome {
    pub rule: String,
    /// 1-based index of the test within its rule.
    pub index: usize,
    pub source: String,
    /// Byte offset of the test table in its file.
    pub offset: usize,
    pub text: String,
    pub expected: Vec<String>,
    pub fired: Vec<String>,
    pub passed: bool,
}

/// Run every test of every rule in `set` against the whole set: the rule ids that fire must be
/// exactly the expected ones (the missing-dateline notice is ignored unless expected).
pub fn run_tests(set: &RuleSet) -> Vec<TestOutcome> {
    let mut out = Vec::new();
    for rule in &set.rules {
        for (i, t) in rule.tests.iter().enumerate() {
            let opts = IngestOptions { dateline_override: t.dateline, ..IngestOptions::default() };
            let name = format!("{} test {}", rule.id, i + 1);
            let article = Article::from_text(&name, t.text.clone(), Format::Text, &opts);
            let expected: BTreeSet<String> = t.expect.iter().cloned().collect();
            let fired: BTreeSet<String> = super::check(&article, set)
                .into_iter()
                .map(|f| f.rule)
                .filter(|r| expected.contains(r) || r != "date.dateline-missing")
                .collect();
            out.push(TestOutcome {
                rule: rule.id.clone(),
                index: i + 1,
                source: rule.source.clone(),
                offset: t.span.start,
                text: t.text.clone(),
                passed: fired == expected,
                expected: expected.into_iter().collect(),
                fired: fired.into_iter().collect(),
            });
        }
    }
    out
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
}
