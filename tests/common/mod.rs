//! Helpers shared by the integration tests.

use std::path::{Path, PathBuf};

/// The `.txt` articles in a folder of the project, sorted by name.
#[allow(dead_code)] // not every test binary reads a corpus folder
pub fn articles_in(folder: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    paths
}

/// Checks a phrasing matrix: every pair is (planted error, correct twin); a planted error must
/// fire (`fired` counts the rule's findings on a text), its twin and every clean text must not.
/// Panics with every failure listed.
#[allow(dead_code)] // not every test binary holds a matrix
pub fn assert_phrasing_matrix(rule: &str, fired: impl Fn(&str) -> usize, pairs: &[(&str, &str)], clean: &[&str]) {
    let mut failed = Vec::new();
    for (wrong, right) in pairs {
        if fired(wrong) == 0 {
            failed.push(format!("missed: {wrong}"));
        }
        if fired(right) != 0 {
            failed.push(format!("false alarm: {right}"));
        }
    }
    for text in clean {
        if fired(text) != 0 {
            failed.push(format!("false alarm: {text}"));
        }
    }
    assert!(failed.is_empty(), "{rule}: {} failures\n{}", failed.len(), failed.join("\n"));
}

/// The messages of one rule's findings on a text checked with the built-in rules.
#[allow(dead_code)] // not every test binary checks texts itself
pub fn rule_messages(rule: &str, text: &str) -> Vec<String> {
    use copydesk::checker::{CheckRequest, Checker, CheckerOptions};
    let checker = Checker::new(&CheckerOptions::default()).expect("built-in rules load");
    checker
        .check(text.to_string(), &CheckRequest::default())
        .findings
        .into_iter()
        .filter(|f| f.rule == rule)
        .map(|f| f.message)
        .collect()
}

/// A phrasing matrix (see [`assert_phrasing_matrix`]) of texts under the dateline `date`.
#[allow(dead_code)] // not every test binary holds a dated matrix
pub fn assert_dated_matrix(rule: &str, date: &str, pairs: &[(&str, &str)], clean: &[&str]) {
    let fired = |body: &str| rule_messages(rule, &format!("date {date}\n\n{body}\n")).len();
    assert_phrasing_matrix(rule, fired, pairs, clean);
}
