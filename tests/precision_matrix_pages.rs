//! Precision matrix for the false alarms found on gathered news pages (round 8, task "fp"):
//! each clean text has the structure of a sentence that was flagged wrongly, written with other
//! words and numbers; each pair is (planted error, correct twin) of the same structure, so the
//! rule that silences the clean shape still lets a real error through.

mod common;

use common::assert_dated_matrix as assert_matrix;

#[test]
fn a_list_ends_with_its_and_item() {
    // "Nine people, including seven adults and two children, were found at three scenes".
    assert_matrix(
        "arith.sum",
        "2024-05-02",
        &[(
            "Eleven people, including eight adults and four small children, were hurt at two separate sites.",
            "Eleven people, including eight adults and three small children, were hurt at two separate sites.",
        )],
        &[
            "Twelve people, including nine adults and three teenagers, were found injured at four separate locations.",
            "Six miners, including four welders and two drivers, were trapped in two different shafts on Monday.",
        ],
    );
}

#[test]
fn a_subtotal_with_its_own_breakdown_is_not_added_beside_it() {
    // "shot eight people. Seven of the victims, including three women, two men and two children".
    assert_matrix(
        "arith.sum",
        "2024-05-02",
        &[(
            "A gunman killed ten people on Sunday. Nine of the victims, including four women, three men and three children, died in one building.",
            "A gunman killed ten people on Sunday. Nine of the victims, including four women, three men and two children, died in one building.",
        )],
        &["A gunman shot dead nine people on Sunday. Eight of the victims, including four women, two men and two children, were found in the same building."],
    );
}

#[test]
fn figures_joined_by_a_times_sign_name_a_thing() {
    // "won all three titles (4x100-meter medley, freestyle and the 4x200-meter relay)".
    assert_matrix(
        "arith.sum",
        "2024-05-02",
        &[],
        &[
            "The squad kept all three titles again ( 4×100-metre medley, backstroke and the 4×200-metre freestyle relay).",
        ],
    );
}

#[test]
fn an_excluded_count_is_no_total() {
    // "Aside from the two Americans, ... among those killed were two infants, two singers and 16
    // students".
    assert_matrix(
        "arith.sum",
        "2024-05-02",
        &[(
            "Besides the three pilots, the 30 dead included five doctors, four nurses and 24 students.",
            "Besides the three pilots, the 33 dead included five doctors, four nurses and 24 students.",
        )],
        &[
            "Apart from the three Britons, the mayor also confirmed that among those who were killed were four infants, three jazz singers and 21 Dutch university students.",
            "In addition to the two Americans, officials confirmed that among those who were killed were three pilots, two cooks and 11 tourists.",
        ],
    );
}

#[test]
fn change_pairs_stay_in_their_own_clause() {
    // "cutting forecasts to 1.5 per cent from 2 per cent for 2016 and to 0.2 per cent from 2.4
    // per cent for 2017".
    assert_matrix(
        "arith.change",
        "2024-05-02",
        &[(
            "The bank is cutting its growth forecast 10 per cent to 1.2 per cent from 1.8 per cent for 2025.",
            "The bank is cutting its growth forecast 0.6 points to 1.2 per cent from 1.8 per cent for 2025.",
        )],
        &["The agency is cutting its GDP growth forecasts to 1.6 per cent from 2.5 per cent for 2025 and to 0.4 per cent from 2.2 per cent for 2026."],
    );
}

#[test]
fn a_share_of_precincts_reporting_is_no_vote_share() {
    // "Clinton had 49.89 percent ..., and Sanders had 49.54 percent with 99.9 percent reporting".
    assert_matrix(
        "arith.percent-sum",
        "2024-05-02",
        &[(
            "Ortiz had 51.7 percent of the vote, and Vance had 49.1 percent with 98.5 percent reporting.",
            "Ortiz had 50.7 percent of the vote, and Vance had 49.1 percent with 98.5 percent reporting.",
        )],
        &["Marsh had 48.62 percent of the vote and Lund had 48.15 percent with 97.3 percent counted."],
    );
}

#[test]
fn each_bracket_splits_its_own_question() {
    // "(38 percent approve while 44 percent disapprove) and ... (36 percent approve, 52 percent
    // disapprove)".
    assert_matrix(
        "arith.percent-sum",
        "2024-05-02",
        &[(
            "The mayor fares badly on schools (41 percent approve while 50 percent disapprove) and on roads (33 percent approve, 70 percent disapprove).",
            "The mayor fares badly on schools (41 percent approve while 50 percent disapprove) and on roads (33 percent approve, 60 percent disapprove).",
        )],
        &["Voters judge the council on housing (29 percent approve, 61 percent disapprove) and on parks (47 percent approve while 40 percent disapprove)."],
    );
}

#[test]
fn bracketed_shares_of_different_groups_are_not_added() {
    // "Republicans overwhelmingly favor repeal (87%) and Democrats overwhelmingly oppose it
    // (77%)".
    assert_matrix(
        "arith.percent-sum",
        "2024-05-02",
        &[(
            "Farmers strongly support the tariff (81%) or oppose it (26%).",
            "Farmers strongly support the tariff (71%) or oppose it (26%).",
        )],
        &[
            "Farmers strongly support the tariff (81%) while retailers largely oppose it (69%).",
            "Teachers favor the plan (64%) and parents reject it (58%).",
        ],
    );
}

#[test]
fn an_age_in_an_indefinite_phrase_is_someone_else() {
    // "Okubo, born Dec. 24, 1897, took the title ... following the death of a 114-year-old woman".
    assert_matrix(
        "date.age",
        "2014-03-01",
        &[(
            "Ines Varga, born May 2, 1902, is a 110-year-old former seamstress.",
            "Ines Varga, born May 2, 1902, is a 111-year-old former seamstress.",
        )],
        &["Ines Varga, born May 2, 1902, became the oldest living person last year after the death of a 116-year-old man in Peru."],
    );
}

#[test]
fn a_verb_after_and_opens_another_predicate_not_a_part() {
    // "retrieved 32 bodies, including at least 12 children, and are searching for scores of
    // people missing".
    assert_matrix(
        "arith.sum",
        "2024-05-02",
        &[(
            "Divers have recovered 21 bodies, including nine women and 14 children, police said.",
            "Divers have recovered 21 bodies, including nine women and 12 children, police said.",
        )],
        &["Divers have recovered 21 bodies, including at least nine women, and are looking for dozens of people still missing after the boat capsized, police said."],
    );
}

#[test]
fn a_remainder_after_shares_read_apart_is_not_judged_on_the_group_alone() {
    // "residents made up 51 per cent of arrivals for the quarter, adding this was followed by
    // visitors with 48 per cent of arrivals and the remaining 1 per cent were ...".
    assert_matrix(
        "arith.percent-sum",
        "2024-05-02",
        &[(
            "In the survey, 64 percent said yes and the remaining 26 percent said no.",
            "In the survey, 64 percent said yes and the remaining 36 percent said no.",
        )],
        &["The officer said that students made up 62 per cent of enrolments for the spring term of 2023, adding this was followed by apprentices with 35 per cent of enrolments and the remaining 3 per cent were trainees."],
    );
}

#[test]
fn a_contrasting_clause_ends_the_ordered_phrase() {
    // "became prime minister in 1980 after winning an election but abolished the office in 1987".
    assert_matrix(
        "date.order",
        "2024-05-02",
        &[(
            "She became mayor in 1994 after a landslide win in 1998.",
            "She became mayor in 1998 after a landslide win in 1994.",
        )],
        &["She became mayor in 1994 after winning a runoff but left the office in 2003, taking a seat in parliament."],
    );
}

#[test]
fn a_day_first_numeric_date_is_a_real_date() {
    // "19/03/2008" under a March 19, 2008 dateline.
    assert_matrix(
        "date.invalid",
        "2024-05-02",
        &[("The form was signed on 14/14/2023.", "The form was signed on 14/04/2023.")],
        &["Filed 27/02/2024 by the clerk."],
    );
}

#[test]
fn the_whole_of_a_partitive_is_no_restated_count() {
    // "the SLPP won 81 seats ..." then "winning seven of the 10 seats" in one district.
    assert_matrix(
        "number.conflict",
        "2024-05-02",
        &[(
            "The Greens won 64 seats while the Liberals won 40.\n\nIn the capital, the Greens took the 12 seats they had lost.\n\nThe 60 seats the Greens won give them a majority.",
            "The Greens won 64 seats while the Liberals won 40.\n\nIn the capital, the Greens took the 12 seats they had lost.\n\nThe 64 seats the Greens won give them a majority.",
        )],
        &["The Greens won 64 seats while the Liberals won 40.\n\nThe ruling party made gains in the northern district, winning nine of the 14 seats where they had none before."],
    );
}

#[test]
fn a_date_after_a_term_served_under_another_holder_is_that_holders() {
    // "appointed ... by President George H. W. Bush ... then served as secretary of state under
    // President George W. Bush from 2001-2005".
    assert_matrix(
        "fact.role-term",
        "2021-10-18",
        &[(
            "Powell was appointed by President George H. W. Bush then served under President Barack Obama from 2001-2005.",
            "Powell was appointed by President George H. W. Bush then served under President Barack Obama from 2009-2013.",
        )],
        &["The general was named by President George H. W. Bush during the war and later served as an envoy under President George W. Bush from 2002-2004."],
    );
}

#[test]
fn a_total_whose_phrase_reaches_back_past_the_listed_parts() {
    // "Nine people died in one state and two in another for a total of 47 in those three states".
    assert_matrix(
        "arith.sum",
        "2024-05-02",
        &[(
            "Six people drowned in Kent and four in Essex for a total of 11 in the two counties.",
            "Six people drowned in Kent and four in Essex for a total of 10 in the two counties.",
        )],
        &[
            "The storm killed 20 people in Leinster. Six died in Munster and four in Ulster for a total of 30 in those three provinces.",
            "Five schools closed in Adams County and three in Brown County, a total of 14 across the four counties.",
        ],
    );
}

#[test]
fn each_holder_given_the_same_answer_holds_its_own_share() {
    // "Region A (55%) and Region B (60%) both go for No".
    assert_matrix(
        "arith.percent-sum",
        "2024-05-02",
        &[("In the runoff, Ms. Lund took 58% and Mr. Pike 47%.", "In the runoff, Ms. Lund took 53% and Mr. Pike 47%.")],
        &[
            "Northfield (62%) and Eastvale (57%) both backed the school levy.",
            "The two western wards (58 percent and 61 percent) each voted to keep the mayor.",
        ],
    );
}

#[test]
fn results_of_several_races_run_into_one_line() {
    // A results table flattened into one line: "D 58% R 42% ALASKA D 65% R 22% ...".
    assert_matrix(
        "arith.percent-sum",
        "2024-05-02",
        &[(
            "In the mayoral race Ortiz took 61% and Brandt 44%.",
            "In the mayoral race Ortiz took 56% and Brandt 44%.",
        )],
        &[
            "GOVERNOR OHIO Lane D 47% Morrow R 53% IOWA Pratt D 41% Keel R 57% UTAH Dunn D 30% Vail R 66%",
            "In each of the four regions his approval was 61 percent, 58 percent, 52 percent and 49 percent.",
            "Asked which parties they would consider, 48 percent of voters would consider the Greens and 39 percent would consider Labour, while 31 percent would consider the Nationals.",
        ],
    );
}

#[test]
fn other_holders_totals_after_a_winners_total() {
    // "polled a total of 8.7 million votes to defeat X, who polled 6.9 million, while Y secured 6.1 million".
    assert_matrix(
        "arith.sum",
        "2024-05-02",
        &[(
            "In all, 61 people were hurt, 40 spectators and 23 players.",
            "In all, 63 people were hurt, 40 spectators and 23 players.",
        )],
        &["Moyo polled a total of 412,000 votes to beat Dube, who polled 390,500 votes, while Ncube secured 201,300."],
    );
}

#[test]
fn shared_schedule_words_do_not_make_two_dates_one_event() {
    // "limits take effect beginning July 1, 1996, ... the 1996 budget, which takes effect July 1".
    assert_matrix(
        "date.year-mismatch",
        "1995-05-03",
        &[],
        &["The council said the new parking rates take effect July 1. The higher rebate for pensioners takes effect on July 1, 1996, after the audit."],
    );
}

#[test]
fn an_undated_party_label_may_be_of_another_time() {
    // An undated page: "Billionaire Democrat Jim Justice defeated ... in the governor's race".
    let fired = |body: &str| common::rule_messages("fact.affiliation", body).len();
    common::assert_phrasing_matrix(
        "fact.affiliation",
        fired,
        &[],
        &["Billionaire Democrat Jim Justice won the governor's race.\n"],
    );
    // Dated within his term, the same label is an error.
    assert_matrix(
        "fact.affiliation",
        "2025-06-02",
        &[("Democrat Jim Justice voted for the bill.", "Republican Jim Justice voted for the bill.")],
        &[],
    );
}

#[test]
fn a_scale_written_once_is_not_read_apart() {
    assert_matrix(
        "arith.change",
        "2024-05-02",
        &[(
            "Sales rose 25 percent to $1.9 billion from $1.2 billion.",
            "Sales rose 25 percent to $1.5 billion from $1.2 billion.",
        )],
        &["Sales gained 10 percent to $3.86 billion from $3.49, the company said."],
    );
}

#[test]
fn figures_joined_by_a_dash_are_pairs_not_parts() {
    // A cricket scorecard: "157 for 7 (Pollard 78, Pathan 2-10, Steyn 2-20)".
    assert_matrix(
        "arith.sum",
        "2024-05-02",
        &[],
        &["Rovers 188 for 6 (Ahmed 71, Clarke 3-24, Doyle 2-31) lost to Town by 12 runs on Sunday."],
    );
}

#[test]
fn a_count_of_games_splits_only_into_outcomes() {
    // "extend his point streak to eight games (three goals, 10 assists)".
    assert_matrix(
        "arith.sum",
        "2024-05-02",
        &[(
            "The club has played nine games (five wins and five draws) since March.",
            "The club has played nine games (five wins and four draws) since March.",
        )],
        &["Her scoring run now stands at nine games (four goals, 11 assists), the longest of the season."],
    );
}

#[test]
fn a_bracket_after_a_name_breaks_down_that_name() {
    // "78 houses were totally damaged and 86 partially destroyed --- Dipaculao (66 totally, 85
    // partially) and Dinalungan (12 totally, 1 partially)".
    assert_matrix(
        "arith.sum",
        "2024-05-02",
        &[],
        &["In Ridgeway, 40 homes were flattened and 52 partly damaged --- Elm Hollow (31 flattened, 45 partly) and Mill Cross (9 flattened, 7 partly)."],
    );
}

#[test]
fn a_list_that_adds_up_with_every_count_is_consistent() {
    // "92 golds, 103 silver medals, and 136 bronze medals, or 331 medals in all".
    assert_matrix(
        "arith.sum",
        "2024-05-02",
        &[(
            "Kenya finished third with 12 golds, 9 silver medals, and 6 bronze medals, or 29 medals in all.",
            "Kenya finished third with 12 golds, 9 silver medals, and 6 bronze medals, or 27 medals in all.",
        )],
        &["Chile placed fifth with 15 golds, 22 silver medals and 30 bronze medals, or 67 medals in all."],
    );
}
