//! Phrasing matrix for arith.sum (issue 13, class 8): a number inside a modifier ("a 12-storey
//! block", "a 30-tonne truck") or a partitive apposition (", two of them nurses") is not a part
//! of the total. Clean phrasings must stay silent; planted errors must still be caught.

use crate::article::{Article, Format, IngestOptions};
use crate::rules::RuleSet;

/// The messages of the arith.sum findings on `text` under a 2014 dateline.
fn sum_messages(text: &str) -> Vec<String> {
    let set = RuleSet::builtin();
    let a = Article::from_text("t", format!("date 2014-05-02\n\n{text}"), Format::Text, &IngestOptions::default());
    crate::engine::check(&a, &set).into_iter().filter(|f| f.rule == "arith.sum").map(|f| f.message).collect()
}

fn sums(text: &str) -> usize {
    sum_messages(text).len()
}

#[test]
fn modifiers_and_partitive_appositions_are_not_parts() {
    let clean = [
        "The crash injured four children, including three girls, when a 12-seat minibus overturned.",
        "Rescuers saved five people, among them two guides, after a 30-metre ice wall gave way.",
        "The accident injured three workers, including two welders, when a six-storey scaffold fell.",
        "Police arrested six protesters, including four students, two of them minors.",
        "A blast killed four people, including three miners, two of whom were brothers.",
        "Flooding killed five people, including three farmers, when a 40-tonne dam gate broke.",
        "Two people died. One died when a 20-storey crane collapsed and one in a 3-car crash.",
    ];
    for t in clean {
        assert_eq!(sums(t), 0, "clean: {t}");
    }
}

#[test]
fn parts_beside_modifiers_are_still_added() {
    let planted = [
        "The crash injured four children, including three girls and two boys, when a 12-seat minibus overturned.",
        "A blast killed four people, including three miners and two guards, two of them brothers.",
        "Rescuers saved five people, among them four guides and three porters, after a 30-metre wall gave way.",
        "Police arrested six people, including four students and three workers, two of them minors.",
        "Three blasts killed 48 people. Nineteen died near a six-storey hotel, 17 at the market and 14 near the mosque.",
    ];
    for t in planted {
        assert_eq!(sums(t), 1, "planted: {t}");
    }
}

#[test]
fn a_list_with_no_cue_takes_its_total_from_a_count_of_people() {
    // "Three blasts" counts blasts, not the dead: the list of the dead adds up against the 48.
    let wrong = sum_messages(
        "Three blasts killed 48 people. Nineteen died at the depot, 17 at the square and 14 by the river.",
    );
    assert_eq!(wrong.len(), 1, "{wrong:?}");
    assert!(wrong[0].contains("but the total is 48"), "{wrong:?}");
    let right = sum_messages(
        "Three blasts killed 50 people. Nineteen died at the depot, 17 at the square and 14 by the river.",
    );
    assert!(right.is_empty(), "{right:?}");
}
