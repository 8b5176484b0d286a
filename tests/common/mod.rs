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
