//! Phrasing matrix for issue 14: each structure a number check reads (a change with its
//! endpoints, a total with its parts, shares of one whole, a restated count), written several
//! ways, each with a planted error (caught) and a correct twin (silent). The sentences are the
//! matrix's own, not the examples.

use copydesk::checker::{CheckRequest, Checker, CheckerOptions};

fn fired(rule: &str, body: &str) -> usize {
    let checker = Checker::new(&CheckerOptions::default()).expect("built-in rules load");
    let text = format!("date 2024-05-02\n\n{body}\n");
    checker.check(text, &CheckRequest::default()).findings.iter().filter(|f| f.rule == rule).count()
}

/// Every pair is (planted error, correct twin); a planted error must fire, its twin must not.
fn assert_matrix(rule: &str, pairs: &[(&str, &str)], clean: &[&str]) {
    let mut failed = Vec::new();
    for (wrong, right) in pairs {
        if fired(rule, wrong) == 0 {
            failed.push(format!("missed: {wrong}"));
        }
        if fired(rule, right) != 0 {
            failed.push(format!("false alarm: {right}"));
        }
    }
    for text in clean {
        if fired(rule, text) != 0 {
            failed.push(format!("false alarm: {text}"));
        }
    }
    assert!(failed.is_empty(), "{rule}: {} failures\n{}", failed.len(), failed.join("\n"));
}

#[test]
fn change_value_first_wire_order() {
    assert_matrix(
        "arith.change",
        &[
            (
                "Ticket sales climbed 30 percent to $2.6 million from $2.2 million.",
                "Ticket sales climbed 18 percent to $2.6 million from $2.2 million.",
            ),
            (
                "Membership dropped to 450 from 600, a 15 percent decline.",
                "Membership dropped to 450 from 600, a 25 percent decline.",
            ),
            (
                "Shipments were up 9 percent at 5,450, compared with 4,500 a year earlier.",
                "Shipments were up 21 percent at 5,450, compared with 4,500 a year earlier.",
            ),
            (
                "Output stood at 720 tonnes, down 20 percent from 800 tonnes.",
                "Output stood at 720 tonnes, down 10 percent from 800 tonnes.",
            ),
            (
                "The herd shrank to 300 head from 400, a fall of 20 percent.",
                "The herd shrank to 300 head from 400, a fall of 25 percent.",
            ),
        ],
        &[
            "Sales rose 5 percent to 105 from 100, while costs fell 20 percent.",
            "Profit rose to $12 million from $10 million; revenue fell 3 percent.",
            "The index rose 4 percent to 1,040 from 1,000 a year ago, and 30 percent over five years.",
        ],
    );
}

#[test]
fn change_as_a_noun_phrase() {
    assert_matrix(
        "arith.change",
        &[
            (
                "The council approved an increase of 12 percent, from 250 to 300 officers.",
                "The council approved an increase of 20 percent, from 250 to 300 officers.",
            ),
            (
                "Enrollment went from 800 to 1,000, a rise of 30 percent.",
                "Enrollment went from 800 to 1,000, a rise of 25 percent.",
            ),
            ("Road deaths saw a 40 percent drop, from 90 to 63.", "Road deaths saw a 30 percent drop, from 90 to 63."),
            (
                "Turnout went from 52 percent to 58 percent, a gain of 4 percentage points.",
                "Turnout went from 52 percent to 58 percent, a gain of 6 percentage points.",
            ),
            ("Attendance was down by a fifth, from 800 to 600.", "Attendance was down by a fifth, from 800 to 640."),
            (
                "The clinic reported a drop of 10 percent in visits, from 2,000 to 1,600.",
                "The clinic reported a drop of 20 percent in visits, from 2,000 to 1,600.",
            ),
        ],
        &[
            "Prices doubled in 2020, and rose from 40 to 50 in 2021.",
            "The team grew from 10 to 14 people and now has three times the budget.",
        ],
    );
}

#[test]
fn change_by_multiplier_and_fraction_verbs() {
    assert_matrix(
        "arith.change",
        &[
            ("The waiting list halved, from 3,000 to 1,900.", "The waiting list halved, from 3,000 to 1,500."),
            ("The backlog was halved from 1,200 to 700.", "The backlog was halved from 1,200 to 600."),
            ("The flock was cut in half, from 240 to 150.", "The flock was cut in half, from 240 to 120."),
            ("Bookings doubled, from 1,400 to 3,500.", "Bookings doubled, from 1,400 to 2,800."),
            ("The fleet more than doubled, from 40 to 75 buses.", "The fleet more than doubled, from 40 to 95 buses."),
            ("Arrests nearly tripled, from 30 to 110.", "Arrests nearly tripled, from 30 to 86."),
            ("Complaints more than tripled, from 20 to 56.", "Complaints more than tripled, from 20 to 64."),
            ("Downloads quadrupled to 48,000 from 8,000.", "Downloads quadrupled to 32,000 from 8,000."),
            ("The herd fell by a quarter, from 400 to 250.", "The herd fell by a quarter, from 400 to 300."),
            ("Fares rose by a third, to $4 from $2.", "Fares rose by a third, to $4 from $3."),
            (
                "Solar capacity grew tenfold, from 12 to 60 megawatts.",
                "Solar capacity grew tenfold, from 12 to 120 megawatts.",
            ),
            ("The number of cases grew fivefold, from 20 to 60.", "The number of cases grew fivefold, from 20 to 100."),
            ("The price was slashed by half, to $30 from $80.", "The price was slashed by half, to $40 from $80."),
            (
                "Sales have more than doubled since 2020, from 40 to 70 units.",
                "Sales have more than doubled since 2020, from 40 to 90 units.",
            ),
            (
                "The budget saw a threefold increase, from $5 million to $9 million.",
                "The budget saw a threefold increase, from $5 million to $15 million.",
            ),
            (
                "The number of stalls has doubled since spring, from 35 to 90.",
                "The number of stalls has doubled since spring, from 35 to 70.",
            ),
        ],
        &[],
    );
}

#[test]
fn change_percentage_points_apart_from_percent() {
    assert_matrix(
        "arith.change",
        &[
            (
                "Support rose 5 percentage points to 47 percent from 40 percent.",
                "Support rose 7 percentage points to 47 percent from 40 percent.",
            ),
            (
                "The jobless rate fell to 4 percent from 6 percent, a drop of 4 percentage points.",
                "The jobless rate fell to 4 percent from 6 percent, a drop of 2 percentage points.",
            ),
        ],
        &["The share fell 20 percent, from 50 percent to 40 percent."],
    );
}

#[test]
fn sums_in_number_words_and_set_off_parts() {
    assert_matrix(
        "arith.sum",
        &[
            (
                "The collapse killed 30 people. Twelve of the dead were miners and twenty-one were rescuers.",
                "The collapse killed 30 people. Twelve of the dead were miners and eighteen were rescuers.",
            ),
            (
                "The bus carried 34 people, thirty-one students and four teachers, when it overturned.",
                "The bus carried 34 people, thirty students and four teachers, when it overturned.",
            ),
            (
                "Twenty-one nurses and six doctors were among the twenty-five staff members hurt.",
                "Nineteen nurses and six doctors were among the twenty-five staff members hurt.",
            ),
            (
                "Eleven people drowned, including six fishermen and seven divers.",
                "Eleven people drowned, including six fishermen and five divers.",
            ),
            (
                "The 150 delegates who voted — 92 farmers and 61 traders — backed the plan.",
                "The 150 delegates who voted — 92 farmers and 58 traders — backed the plan.",
            ),
            (
                "The 60 seats (35 for the coalition and 27 for the opposition) were filled on Sunday.",
                "The 60 seats (35 for the coalition and 25 for the opposition) were filled on Sunday.",
            ),
            (
                "The toll climbed to 44: 30 villagers and 16 soldiers.",
                "The toll climbed to 44: 30 villagers and 14 soldiers.",
            ),
        ],
        &[],
    );
}

#[test]
fn sums_with_totalling_words_and_back_pointers() {
    assert_matrix(
        "arith.sum",
        &[
            ("In all, 38 people were hurt, 20 spectators and 21 players.", "In all, 38 people were hurt, 20 spectators and 18 players."),
            ("A total of 70 climbers were rescued, 45 Nepalis and 30 foreigners.", "A total of 70 climbers were rescued, 45 Nepalis and 25 foreigners."),
            ("Altogether 25 homes burned, 14 in Ashford and 13 in Kent.", "Altogether 25 homes burned, 14 in Ashford and 11 in Kent."),
            (
                "Divers found 12 bodies on Sunday and nine on Monday, bringing the toll to 19.",
                "Divers found 12 bodies on Sunday and seven on Monday, bringing the toll to 19.",
            ),
            (
                "The derailment hurt 52 passengers. Of those hurt, 30 were taken to Mercy Hospital and 25 to St. Luke's.",
                "The derailment hurt 52 passengers. Of those hurt, 30 were taken to Mercy Hospital and 22 to St. Luke's.",
            ),
            (
                "The quake injured 80 people. Among the injured were 50 villagers and 40 tourists.",
                "The quake injured 80 people. Among the injured were 50 villagers and 30 tourists.",
            ),
        ],
        &[],
    );
}

#[test]
fn a_parallel_list_opened_by_a_sibling_is_not_a_total() {
    assert_matrix(
        "arith.sum",
        &[],
        &[
            "In Ohio, where four people were killed, schools closed. Four people were killed in Indiana, two in Illinois and one in Michigan.",
            "Storms killed six people in Texas. Six died in Oklahoma, three in Kansas and one in Missouri.",
        ],
    );
}

#[test]
fn percent_shares_of_one_vote_across_sentences() {
    assert_matrix(
        "arith.percent-sum",
        &[
            (
                "Mayor Ortiz was re-elected with 54 percent of the vote. Her rival Chen took 41 percent and Walsh 12 percent.",
                "Mayor Ortiz was re-elected with 54 percent of the vote. Her rival Chen took 34 percent and Walsh 12 percent.",
            ),
            (
                "Lopez won 61 percent of the votes cast. Rivera received 35 percent, Kim 6 percent and Diaz 5 percent.",
                "Lopez won 61 percent of the votes cast. Rivera received 28 percent, Kim 6 percent and Diaz 5 percent.",
            ),
        ],
        &[
            "Ortiz won 54 percent of the vote. Turnout was 61 percent and 48 percent of voters were women.",
            "Ortiz won 54 percent of the vote. In 2019 she took 58 percent and in 2015 47 percent.",
            "Ortiz won 54 percent of the vote. Among women she took 61 percent and Chen 49 percent.",
            "Ortiz won 54 percent of the vote, with 90 percent of ballots counted. Chen took 30 percent and Walsh 16 percent.",
        ],
    );
}

#[test]
fn restated_counts_without_a_pointer_word() {
    assert_matrix(
        "number.conflict",
        &[
            (
                "Twelve hikers were stranded on the ridge overnight. A helicopter lifted the 21 stranded hikers off at dawn.",
                "Twelve hikers were stranded on the ridge overnight. A helicopter lifted the 12 stranded hikers off at dawn.",
            ),
            (
                "Forty residents were evacuated when the levee cracked. Officials said the 14 evacuated residents could return.",
                "Forty residents were evacuated when the levee cracked. Officials said the 40 evacuated residents could return.",
            ),
        ],
        &[
            "Twelve hikers were stranded on Sunday. By Tuesday, the 21 stranded hikers had been joined by others.",
            "Twelve hikers were stranded on the north ridge. The 21 stranded hikers on the south ridge were safe.",
            "Nine workers were trapped in the east shaft. In the west shaft, the 14 trapped workers were freed.",
            "Thirty passengers were injured in the crash. Doctors treated the 13 injured passengers at Mercy Hospital.",
            "Thirty passengers were injured in the crash. The 13 injured passengers who were flown out are stable.",
            "Tom Reyes, 52, was hurt. Later the 25-year-old Reyes spoke.",
        ],
    );
}
