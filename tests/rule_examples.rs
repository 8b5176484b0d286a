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
    for e in entries.filter_map(std::result::Result::ok) {
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

/// The README's table of built-in rules is the list users read: a rule missing from it is a
/// rule nobody knows to select, ignore or explain.
#[test]
fn readme_lists_every_builtin_rule() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let missing: Vec<String> = RuleSet::builtin()
        .rules
        .iter()
        .map(|r| r.id.clone())
        .filter(|id| !readme.contains(&format!("| `{id}` |")))
        .collect();
    assert!(missing.is_empty(), "README.md's rule table lacks {missing:?}");
}
