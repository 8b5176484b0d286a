//! Reading the deferred parts of a shipped rule file (see `deferred`): its examples and its
//! rules' explain texts, from the file's full tree, loaded once on first use.

use std::ops::Deref;
use std::sync::OnceLock;

use super::builtin::EMBEDDED;
use super::compact;
use super::deferred::ShippedPart;
use super::rule::{RuleSet, RuleTest, SetTest};

/// Each shipped file loaded alone from its full tree, on first use.
fn full_file(file: usize) -> &'static RuleSet {
    static FULL: [OnceLock<RuleSet>; EMBEDDED.len()] = [const { OnceLock::new() }; EMBEDDED.len()];
    FULL[file].get_or_init(|| {
        let (path, text) = EMBEDDED[file];
        let tree = compact::tree(path).unwrap_or_else(|| panic!("build.rs wrote no tree for {path}"));
        let mut set = RuleSet::default();
        set.load_tree(&format!("builtin:{path}"), text, tree)
            .unwrap_or_else(|e| panic!("embedded rule file {path} does not load: {}", e[0]));
        set
    })
}

impl ShippedPart for Option<String> {
    /// A rule's `description`.
    fn read(file: usize, rule: usize) -> Self {
        full_file(file).rules[rule].description.deref().clone()
    }
}

impl ShippedPart for Vec<RuleTest> {
    /// A rule's examples.
    fn read(file: usize, rule: usize) -> Self {
        full_file(file).rules[rule].tests.deref().clone()
    }
}

impl ShippedPart for Vec<SetTest> {
    /// The examples of the facts and files of every shipped file up to `file`, in load order.
    fn read(file: usize, _rule: usize) -> Self {
        (0..=file)
            .filter(|&f| compact::deferred(EMBEDDED[f].0).is_none())
            .flat_map(|f| full_file(f).tests.iter().cloned())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::super::builtin::EMBEDDED;
    use super::super::rule::RuleSet;
    use crate::checker::{CheckRequest, Checker, CheckerOptions};

    #[test]
    fn a_check_reads_no_example_and_no_explain_text() {
        let checker = Checker::new(&CheckerOptions::default()).unwrap();
        let text = "WASHINGTON, March 3, 2024 (AP) — President Joe Biden, 81, said on Monday that 3 and 4 make 8.";
        let _ = checker.check(text, &CheckRequest::default());
        let set = checker.rules();
        assert!(set.rules.iter().all(|r| !r.tests.is_read() && !r.description.is_read()));
        assert!(!set.tests.is_read());
    }

    #[test]
    fn deferred_parts_are_what_loading_the_toml_gives() {
        let mut eager = RuleSet::default();
        for (path, text) in EMBEDDED {
            eager.load_str(&format!("builtin:{path}"), text).unwrap();
        }
        let lazy = RuleSet::builtin();
        assert_eq!(eager.rules.len(), lazy.rules.len());
        for (e, l) in eager.rules.iter().zip(&lazy.rules) {
            assert_eq!(*e.description, *l.description, "{}", e.id);
            assert_eq!(*e.tests, *l.tests, "{}", e.id);
        }
        assert_eq!(*eager.tests, *lazy.tests);
        assert!(!eager.tests.is_empty() && lazy.rules.iter().any(|r| r.description.is_some()));
        // A user file's examples come after the shipped ones.
        let mut more = RuleSet::builtin();
        more.load_str("a.toml", "[[test]]\ntext = \"x\"\nexpect = []\n").unwrap();
        assert_eq!(more.tests.len(), eager.tests.len() + 1);
        assert_eq!(more.tests.last().unwrap().source, "a.toml");
    }
}
