//! Phrasing matrix for the known gaps closed after issue 14 and issue 18: changes between
//! rounded amounts, counts restated as a noun compound of their verb, dates after the dateline
//! tied to this year, and sole offices held by one person. Each pair is (planted error,
//! correct twin), written for this matrix in several word orders; a planted error must fire,
//! its twin must not.

mod common;

use common::{assert_dated_matrix as assert_matrix, rule_messages as messages};

#[test]
fn changes_between_amounts_written_with_one_digit() {
    assert_matrix(
        "arith.change",
        "2024-05-02",
        &[
            (
                "Donations to the shelter grew by a third, from $600,000 to $1 million.",
                "Donations to the shelter grew by a third, from $750,000 to $1 million.",
            ),
            (
                "The fund's assets rose by a third, from $600,000 to $1.5 million, the trustees said.",
                "The fund's assets rose by a third, from $900,000 to $1.2 million, the trustees said.",
            ),
            (
                "Spending on roads was cut by a quarter, to $3 million from $5 million.",
                "Spending on roads was cut by a quarter, to $3 million from $4 million.",
            ),
            (
                "Bookings jumped 40 percent to $1 million from $800,000.",
                "Bookings jumped 25 percent to $1 million from $800,000.",
            ),
            (
                "The deficit widened to 6 billion euros from 2 billion euros, a fourfold increase.",
                "The deficit widened to 8 billion euros from 2 billion euros, a fourfold increase.",
            ),
        ],
        &[
            "Its payroll doubled, from $1 million to $2 million, in three years.",
            "Revenue rose 12 percent to $3 million from $2.7 million.",
            "The grant fell 20 percent, from $25 million to $20 million.",
        ],
    );
}

#[test]
fn counts_restated_as_a_compound_of_their_verb() {
    assert_matrix(
        "number.conflict",
        "2024-05-02",
        &[
            (
                "Harlow Mills will cut 800 jobs, the firm said on Thursday.\n\nThe 1,800 job cuts are to be finished by the spring, a spokeswoman said.",
                "Harlow Mills will cut 800 jobs, the firm said on Thursday.\n\nThe 800 job cuts are to be finished by the spring, a spokeswoman said.",
            ),
            (
                "The ministry closed 40 schools during the outbreak.\n\nParents said the 14 school closures had left them without childcare.",
                "The ministry closed 40 schools during the outbreak.\n\nParents said the 40 school closures had left them without childcare.",
            ),
            (
                "Police arrested 62 protesters outside the embassy on Saturday.\n\nLawyers for the group said the 26 protester arrests were unlawful.",
                "Police arrested 62 protesters outside the embassy on Saturday.\n\nLawyers for the group said the 62 protester arrests were unlawful.",
            ),
        ],
        &[
            "The bank will cut 300 jobs in Leeds.\n\nThe 1,200 job cuts across the group will take three years.",
            "The airline cut 500 jobs last year.\n\nIts 900 job cuts this year are the deepest in its history.",
            "Rivermouth Council will cut 120 jobs.\n\nThe county's 450 job cuts were announced in March.",
        ],
    );
}

#[test]
fn dates_after_the_dateline_tied_to_this_year() {
    assert_matrix(
        "date.after-dateline",
        "2024-07-12",
        &[
            (
                "The ferry line resumed service on July 30 this year, the harbour master said.",
                "The ferry line resumed service on July 3 this year, the harbour master said.",
            ),
            (
                "Shareholders of the two banks backed the merger on Aug. 2 this year.",
                "Shareholders of the two banks backed the merger on June 2 this year.",
            ),
            (
                "Inspectors found the leak on September 9 of this year.",
                "Inspectors found the leak on May 9 of this year.",
            ),
        ],
        &[
            "The ferry line will resume service on July 30 this year, the harbour master said.",
            "The board is due to vote on Aug. 2 this year.",
            "The ferry line resumed service on July 30 last year.",
        ],
    );
}

#[test]
fn after_dateline_messages_say_what_was_read() {
    let text = "date 2024-10-02\n\nThe yen hit its lowest since Oct. 14, 2024.\n\nThe index is below its Oct. 20, 2024 high.\n";
    let found = messages("date.after-dateline", text);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|m| !m.contains("past tense")), "{found:?}");
    assert!(found[0].contains("“since”"), "{found:?}");
    assert!(found[1].contains("its Oct. 20, 2024 high"), "{found:?}");
}

#[test]
fn sole_offices_of_one_person() {
    assert_matrix(
        "person.title-conflict",
        "2025-03-03",
        &[
            (
                "Chancellor Olaf Brandt met union leaders on Monday.\n\nMayor Brandt said the talks would continue.",
                "Chancellor Olaf Brandt met union leaders on Monday.\n\nChancellor Brandt said the talks would continue.",
            ),
            (
                "Premier Dana Whitfield announced the budget in Halifax.\n\nThe plan, Gov. Whitfield said, would cut taxes.",
                "Premier Dana Whitfield announced the budget in Halifax.\n\nThe plan, Premier Whitfield said, would cut taxes.",
            ),
            (
                "King Harald Voss opened the bridge on Sunday.\n\nCrowds cheered as President Voss cut the ribbon.",
                "King Harald Voss opened the bridge on Sunday.\n\nCrowds cheered as King Voss cut the ribbon.",
            ),
            (
                "Queen Maren Askeland toured the flooded valley.\n\nPrime Minister Askeland promised aid.",
                "Queen Maren Askeland toured the flooded valley.\n\nQueen Askeland promised aid.",
            ),
        ],
        &[
            "Former Chancellor Olaf Brandt met union leaders.\n\nMayor Brandt said the talks would continue.",
            "Premier Li Wenhao opened the session.\n\nPrime Minister Li said growth would reach 5 percent.",
            "Olaf Brandt, who became mayor in January, was chancellor until 2021.\n\nMayor Brandt smiled. Then-Chancellor Brandt had signed the law.",
            "Chancellor Olaf Brandt and his sister, Mayor Ilse Brandt, met on Monday.\n\nMayor Ilse Brandt said the talks would continue.",
        ],
    );
}

#[test]
fn records_matched_by_a_short_form_of_the_given_name() {
    assert_matrix(
        "fact.affiliation",
        "2025-03-03",
        &[
            (
                "Dick Durbin, R-Ill., said on Monday that the bill would pass.",
                "Dick Durbin, D-Ill., said on Monday that the bill would pass.",
            ),
            (
                "The measure was written by Bob Latta, a Democrat from Ohio.",
                "The measure was written by Bob Latta, a Republican from Ohio.",
            ),
            ("Mike Lawler (D-N.Y.) voted against it.", "Mike Lawler (R-N.Y.) voted against it."),
        ],
        // "Bob Menendez" is the former senator, not Rep. Robert Menendez Jr.: no short form.
        &["Bob Menendez, R-N.J., spoke to reporters."],
    );
    assert_matrix(
        "fact.age",
        "1963-11-02",
        &[("JFK, 50, spoke to the crowd on Friday.", "JFK, 46, spoke to the crowd on Friday.")],
        &["LBJ, 55, stood beside him."],
    );
}

#[test]
fn changes_with_a_time_phrase_opened_by_a_preposition() {
    assert_matrix(
        "arith.change",
        "1987-03-02",
        &[
            (
                "Heating oil demand was down 14 pct in the period to 3.37 mln barrels from 3.44 mln a year earlier.",
                "Heating oil demand was down 2 pct in the period to 3.37 mln barrels from 3.44 mln a year earlier.",
            ),
            (
                "Ridership climbed 30 percent during the week to 52,000 from 48,000.",
                "Ridership climbed 8 percent during the week to 52,000 from 48,000.",
            ),
            (
                "Exports fell 25 percent over the year, from 800 tonnes to 700 tonnes.",
                "Exports fell 12.5 percent over the year, from 800 tonnes to 700 tonnes.",
            ),
            // A time said in one hyphenated word, and a plural time unit.
            (
                "Sales grew by 40 pct to 12.6 mln dlrs from year-earlier 10.5 mln dlrs.",
                "Sales grew by 20 pct to 12.6 mln dlrs from year-earlier 10.5 mln dlrs.",
            ),
            (
                "Imports rose 10 percent during the months to 5,000 tonnes from 4,000 tonnes.",
                "Imports rose 25 percent during the months to 5,000 tonnes from 4,000 tonnes.",
            ),
        ],
        // A change over a month beside endpoints a year apart are two comparisons.
        &["Jobless claims rose 4 percent in the month to 436,500, compared with 470,700 a year earlier."],
    );
}

#[test]
fn dates_fronted_before_a_past_clause() {
    assert_matrix(
        "date.after-dateline",
        "2024-07-12",
        &[
            ("On Aug. 2, 2024, the board approved the merger.", "On June 2, 2024, the board approved the merger."),
            (
                "On Aug. 2 this year, the two unions signed the deal.",
                "On June 2 this year, the two unions signed the deal.",
            ),
        ],
        &[
            "On Aug. 2, 2024, the board will vote on the merger.",
            "On Aug. 2, 2024, it said, the board votes on the merger.",
            "On Aug. 2, 2024, the board is expected to vote.",
        ],
    );
}
