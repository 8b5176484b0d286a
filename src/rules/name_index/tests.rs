use aho_corasick::{AhoCorasick, AhoCorasickKind, Input, MatchKind};
use proptest::prelude::*;

use super::{NameIndex, NameMatch, Names};

/// What an automaton finds, as `NameMatch`es.
fn automaton_matches(
    names: &[String],
    ignore_case: bool,
    text: &[u8],
    range: std::ops::Range<usize>,
) -> Vec<NameMatch> {
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(ignore_case)
        .kind(Some(AhoCorasickKind::NoncontiguousNFA))
        .build(names)
        .expect("automaton");
    ac.find_iter(Input::new(text).range(range))
        .map(|m| NameMatch { pattern: m.pattern().as_usize(), start: m.start(), end: m.end() })
        .collect()
}

fn index_matches(names: &[String], ignore_case: bool, text: &[u8], range: std::ops::Range<usize>) -> Vec<NameMatch> {
    NameIndex::new(names, ignore_case).find_iter(text, range).collect()
}

fn found<'t>(names: &[&str], ignore_case: bool, text: &'t str) -> Vec<(usize, &'t str)> {
    let names: Vec<String> = names.iter().map(ToString::to_string).collect();
    index_matches(&names, ignore_case, text.as_bytes(), 0..text.len())
        .into_iter()
        .map(|m| (m.pattern, &text[m.start..m.end]))
        .collect()
}

#[test]
fn the_longest_name_starting_first_wins() {
    let names = ["Sen.", "Senator", "Sen", "President", "Prime Minister"];
    assert_eq!(
        found(&names, false, "Senator Sen. Sen Prime Minister"),
        [(1, "Senator"), (0, "Sen."), (2, "Sen"), (4, "Prime Minister")]
    );
    // Matches do not overlap: "ab" hides "bc".
    assert_eq!(found(&["ab", "bc"], false, "abc"), [(0, "ab")]);
    // The first of two equal names, as the automaton reports.
    assert_eq!(found(&["Lee", "Lee"], false, "Mr. Lee"), [(0, "Lee")]);
}

#[test]
fn case_is_ignored_only_when_asked_and_only_for_ascii() {
    assert_eq!(found(&["Hurricane Katrina"], true, "HURRICANE katrina"), [(0, "HURRICANE katrina")]);
    assert!(found(&["Hurricane Katrina"], false, "HURRICANE katrina").is_empty());
    assert!(found(&["été"], true, "ÉTÉ").is_empty());
    assert_eq!(found(&["a", "A"], true, "A"), [(0, "A")]);
}

#[test]
fn empty_names_and_empty_lists_match_nothing() {
    assert!(found(&[], false, "anything").is_empty());
    assert!(found(&[""], true, "anything").is_empty());
    // An empty name keeps its place: the others keep their indices.
    assert_eq!(found(&["", "x"], false, "a x"), [(1, "x")]);
    assert!(found(&["x"], false, "").is_empty());
    let names = vec![String::new(), "x".to_string()];
    assert_eq!(long_run_matches(&names, false, b"a x", 0..3), [NameMatch { pattern: 1, start: 2, end: 3 }]);
}

#[test]
fn a_range_limits_where_matches_start_and_end() {
    let names = vec!["abc".to_string(), "b".to_string()];
    let m = index_matches(&names, false, b"abcabc", 1..5);
    // "abc" at 3 would end past the range.
    assert_eq!(m, [NameMatch { pattern: 1, start: 1, end: 2 }, NameMatch { pattern: 1, start: 4, end: 5 }]);
    assert_eq!(m, automaton_matches(&names, false, b"abcabc", 1..5));
}

/// What `Names` finds as an automaton, as for a long run.
fn long_run_matches(names: &[String], ignore_case: bool, text: &[u8], range: std::ops::Range<usize>) -> Vec<NameMatch> {
    Names::automaton(names, ignore_case).find_iter(text, range).collect()
}

/// Names over a small alphabet, some of them prefixes of others, a few empty.
fn names() -> impl Strategy<Value = Vec<String>> {
    let name = proptest::string::string_regex("[abAB é]{0,4}").expect("regex");
    proptest::collection::vec(name, 0..8).prop_flat_map(|names| {
        let n = names.len();
        (Just(names), proptest::collection::vec((0..n.max(1), 1..4usize), 0..3)).prop_map(|(mut names, cuts)| {
            for (i, cut) in cuts {
                if let Some(prefix) = names.get(i).and_then(|n| n.get(..cut)).filter(|p| !p.is_empty()) {
                    names.push(prefix.to_string());
                }
            }
            names
        })
    })
}

proptest! {
    #[test]
    fn the_index_finds_what_the_automaton_finds(
        names in names(),
        text in proptest::string::string_regex("[abAB é]{0,40}").expect("regex"),
        ignore_case in any::<bool>(),
        cut in (0.0..=1.0f64, 0.0..=1.0f64),
    ) {
        let text = text.as_bytes();
        let (a, b) = ((cut.0 * text.len() as f64) as usize, (cut.1 * text.len() as f64) as usize);
        for range in [0..text.len(), a.min(b)..a.max(b)] {
            let found = index_matches(&names, ignore_case, text, range.clone());
            prop_assert_eq!(&found, &long_run_matches(&names, ignore_case, text, range.clone()));
            if names.iter().all(|n| !n.is_empty()) {
                prop_assert_eq!(&found, &automaton_matches(&names, ignore_case, text, range));
            }
        }
    }
}
