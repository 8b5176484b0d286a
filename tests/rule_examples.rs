//! Every `[[rule.test]]` of the shipped rules and the example packs, run as tests
//! (`copydesk test-rules` prints the same results).

use copydesk::engine::selftest::run_tests;
use copydesk::rules::RuleSet;

fn assert_all_pass(set: &RuleSet, what: &str) {
    let outcomes = run_tests(set);
    assert!(!outcomes.is_empty(), "{what}: no examples");
    let failed: Vec<String> = outcomes
        .iter()
        .filter(|o| !o.passed)
        .map(|o| format!("{} test {}: expected {:?}, got {:?}\n    {}", o.rule, o.index, o.expected, o.fired, o.text))
        .collect();
    assert!(
        failed.is_empty(),
        "{what}: {} of {} examples failed:\n{}",
        failed.len(),
        outcomes.len(),
        failed.join("\n")
    );
}

#[test]
fn builtin_rule_examples_pass() {
    assert_all_pass(&RuleSet::builtin(), "built-in rules");
}

#[test]
fn example_packs_pass_on_their_own() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/rules/examples");
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.filter_map(|e| e.ok()) {
        let path = e.path();
        if path.extension().is_none_or(|x| x != "toml") {
            continue;
        }
        let mut set = RuleSet::default();
        let text = std::fs::read_to_string(&path).unwrap();
        set.load_str(&path.display().to_string(), &text).unwrap_or_else(|e| panic!("{}", e[0]));
        assert_all_pass(&set, &path.display().to_string());
    }
}
