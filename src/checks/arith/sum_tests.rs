//! Phrasing matrix for arith.sum (issue 13, class 8): a number inside a modifier ("a 12-storey
//! block", "a 30-tonne truck") or a partitive apposition (", two of them nurses") is not a part
//! of the total. Clean phrasings must stay silent; planted errors must still be caught.

/// The messages of the arith.sum findings on `text` under a 2014 dateline.
fn sum_messages(text: &str) -> Vec<String> {
    crate::checks::testing::rule_messages("arith.sum", "2014-05-02", text)
}

fn sums(text: &str) -> usize {
    sum_messages(text).len()
}

/// Every text fires `arith.sum` `times` times (0 for clean shapes, 1 for planted errors).
fn assert_sums(texts: &[&str], times: usize) {
    for t in texts {
        assert_eq!(sums(t), times, "{}: {t}", if times == 0 { "clean" } else { "planted" });
    }
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
    assert_sums(&clean, 0);
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
    assert_sums(&planted, 1);
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

/// Wire copy (issue: precision on real wire text): each clean line holds a shape that read a
/// different quantity as a part; each planted line holds the same shape with a real error.
#[test]
fn wire_shapes_are_not_sums_but_wire_errors_are() {
    let clean = [
        "Capital spending will be 900 billion yen in 2025/26, including 70 billion for research, as against a total of 820 billion this year.",
        "Deliveries were 3.1 mln tonnes (including 250,000 tonnes imported) for home use and 7,000 tonnes for export.",
        "The quarter and year figures exclude gains of 300,000 dlrs and 1,000,000 dlrs, respectively, which include taxes of 240,000 dlrs and 850,000 dlrs, respectively.",
        "Income for the 12 months includes gains 640,000 for a land sale, and unusual charges of 5,200,000 for closures.",
        "Jobs fell to 12.5 mln, including 1.6 mln in textiles, down 180,000, and 1.1 mln in shipyards, down 140,000.",
        "Targets, with last year's crop in brackets, were: rice 70 (66), wheat 52 (50), maize including sorghum 34 (30) and pulses 16 (15).",
    ];
    for t in clean {
        assert_eq!(sum_messages(t), Vec::<String>::new(), "clean: {t}");
    }
    let planted = [
        "Sales were 3.1 mln tonnes, including 2.4 mln tonnes for home use and 0.9 mln tonnes for export.",
        "The storm killed 40 people in 2024, including 30 children and 20 women.",
        "The clashes left a total of 2000 people injured, including 1,500 protesters and 600 police officers.",
    ];
    assert_sums(&planted, 1);
}

#[test]
fn parts_told_apart_by_what_they_did_or_had_may_overlap() {
    // One person can have two symptoms, give two answers or be held for two offences.
    let clean = [
        "Of the 50 patients, 30 had a fever and 28 had a cough.",
        "Of the 1,000 adults surveyed, 620 said prices were too high and 540 said wages were too low.",
        "Police arrested 60 people: 40 for looting and 35 for breaking the curfew.",
        "Of the 50 nurses, 30 were women and 25 were over 60.",
        "Of the 200 workers, 120 were laid off and 90 were offered retraining.",
        "Investigators interviewed 45 witnesses; 30 saw the car and 28 heard the shots.",
    ];
    assert_sums(&clean, 0);
    // Categories, a verb written once, and allocations still split a whole.
    let planted = [
        "Of the 57 dead, 31 were residents and 29 were tourists.",
        "Of the 50 nurses, 30 were women and 25 were men.",
        "The blasts killed 48 people. Nineteen died at the station, 17 at the market and 14 near the mosque.",
        "The $2.4 million grant was split between $1.5 million for the library and $1.2 million for the pool.",
    ];
    assert_sums(&planted, 1);
}

/// Shapes of non-news prose (1961 books and journals in the Brown corpus) that were read as a
/// total and its parts, paraphrased: a nested part, a group named again, one thing with parts of
/// its own. Each stays silent; a plain breakdown beside them is still caught.
#[test]
fn nested_and_restated_groups_are_not_parts() {
    let clean = [
        "The museum shows the graves of forty explorers lost on the ice. Of the forty, twenty had died of cold, and twelve out of the twenty in a single winter.",
        "Only six engines were tested, and they fell into two kinds. Three of the engines ran hot under load, and three ran cool, well below the heat given off by the other three.",
        "On the sofa lay what looked like one dog -- fairly big, as terriers go, and, oddly, having two heads and two tails.",
        // An equivalence after a colon: subject and object of one clause, not two parts.
        "Lengths in centimeters give the area in square centimeters. One inch equals 2.54 centimeters: one square inch equals 6.45 square centimeters.",
        "Weights in grams give the mass in grams. One ounce equals 28.35 grams: one troy ounce equals 31.1 grams.",
    ];
    assert_sums(&clean, 0);
    let planted = [
        "Of the 40 climbers, 25 were men and 20 were women.",
        "Of the ten engines, six were diesels and the other five were petrol engines.",
    ];
    assert_sums(&planted, 1);
}

/// A predicate coordinated after an "including" list ("..., and are searching for scores of
/// people") is a new clause: its counts are not parts of the total.
#[test]
fn counts_in_a_coordinated_predicate_are_not_parts() {
    let clean = [
        "Divers have pulled 45 bodies from the river, including at least 15 women, and are looking for scores of people still missing.",
        "The fire killed 18 people, including six firefighters, and destroyed 40 homes.",
        "Guards detained 25 migrants, including 9 children, but then released 30 others.",
    ];
    assert_sums(&clean, 0);
    let planted = [
        // The parts stand before the new predicate.
        "Divers have pulled 45 bodies from the river, including 30 women and 20 children, and are looking for scores of people still missing.",
        "The fire killed 18 people, including 12 firefighters and 9 residents, and destroyed 40 homes.",
    ];
    assert_sums(&planted, 1);
}
