//! Phrasing matrix for the wire shapes the mutation benchmark missed (issue 14): a change whose
//! endpoints sit around a counted span of time or a bracketed short form of their unit, two
//! periods named beside the endpoints, and totals whose parts are named by "for" and a holder.
//! Each pair is (planted error, correct twin), written for this matrix; a planted error must
//! fire, its twin must not.

mod common;

use common::assert_dated_matrix as assert_matrix;

#[test]
fn changes_around_a_counted_span_of_time_or_a_short_form() {
    assert_matrix(
        "arith.change",
        "2024-05-02",
        &[
            (
                "Gasoline deliveries rose 9 percent in the three weeks ended March 6 to 7.8 million barrels per day (bpd) from 7.5 million in the same period a year earlier.",
                "Gasoline deliveries rose 4 percent in the three weeks ended March 6 to 7.8 million barrels per day (bpd) from 7.5 million in the same period a year earlier.",
            ),
            (
                "Jobless claims climbed 12 percent in the two weeks ending Jan. 9 to 560 from 530.",
                "Jobless claims climbed 6 percent in the two weeks ending Jan. 9 to 560 from 530.",
            ),
            (
                "Passenger numbers fell 20 percent to 4,000 in the 12 months to June from 4,400.",
                "Passenger numbers fell 9 percent to 4,000 in the 12 months to June from 4,400.",
            ),
            (
                "Gas use fell 30 percent to 410 million cubic feet per day (mcfd) from 450 million.",
                "Gas use fell 9 percent to 410 million cubic feet per day (mcfd) from 450 million.",
            ),
        ],
        &[
            // The change spans a week, the endpoints a year: two comparisons.
            "Stocks rose 2 percent in the week ended March 6 to 500 tonnes from 400 tonnes a year earlier.",
            // A bracket that is not a short form of the unit keeps the numbers apart.
            "Sales rose 50 percent to 600 tonnes (the mill's record) from 520 tonnes.",
            // The old value dated apart from the change's span.
            "Profit rose 5 percent in the three months to June to $500 million from $400 million in 2019.",
            "Prices rose 3 percent in the four weeks to March 6, to 500 from 400 at the start of the decade.",
        ],
    );
}

#[test]
fn changes_with_two_periods_named_beside_the_endpoints() {
    assert_matrix(
        "arith.change",
        "2024-05-02",
        &[
            (
                "Coffee shipments fell 30 pct to 2.1 mln bags in the first five months of the 2023/24 season to February compared with 2.5 mln in the same 2022/23 period.",
                "Coffee shipments fell 16 pct to 2.1 mln bags in the first five months of the 2023/24 season to February compared with 2.5 mln in the same 2022/23 period.",
            ),
            (
                "Cement output dropped 25 percent to 1,840 tonnes during the period May 1 to 20, from 2,000 tonnes for the period May 1 to 21 last year.",
                "Cement output dropped 8 percent to 1,840 tonnes during the period May 1 to 20, from 2,000 tonnes for the period May 1 to 21 last year.",
            ),
            (
                "Wool sales slipped 40 percent to 880 bales in the past six weeks, from 1,000 in the same weeks of 2023.",
                "Wool sales slipped 12 percent to 880 bales in the past six weeks, from 1,000 in the same weeks of 2023.",
            ),
        ],
        &[],
    );
}

#[test]
fn sums_whose_parts_are_named_by_a_holder_or_an_adverb() {
    assert_matrix(
        "arith.sum",
        "2024-05-02",
        &[
            (
                "The league added 10 new teams — eight professional ones, three entirely for juniors and one for veterans.",
                "The league added 12 new teams — eight professional ones, three entirely for juniors and one for veterans.",
            ),
            (
                "The couple have 9 grandchildren — five for Anna, four for Tom, and two for Lucy.",
                "The couple have 11 grandchildren — five for Anna, four for Tom, and two for Lucy.",
            ),
            (
                "Organizers handed out 40 tickets: 25 for Ortiz, 10 for Chen and 8 for Walsh.",
                "Organizers handed out 40 tickets: 25 for Ortiz, 10 for Chen and 5 for Walsh.",
            ),
        ],
        &[
            // Reasons, not holders: one man may be held for both.
            "Police detained 50 men — 35 for theft and 20 for assault.",
            "The board has nine seats — five mostly ceremonial and six elected.",
        ],
    );
}

#[test]
fn a_second_share_of_the_vote_after_the_winner_s_clause() {
    assert_matrix(
        "arith.percent-sum",
        "2024-05-02",
        &[
            (
                "The Green candidate, with 48 percent of the vote, edged out the Liberal candidate, who took 58 percent.",
                "The Green candidate, with 48 percent of the vote, edged out the Liberal candidate, who took 45 percent.",
            ),
            (
                "The ruling party, with 61 per cent of the ballots, trounced the party of the left, which won 44 per cent.",
                "The ruling party, with 61 per cent of the ballots, trounced the party of the left, which won 32 per cent.",
            ),
        ],
        &[
            "The Greens, with 48 percent of the vote, edged out the Liberals, who had 60 percent in 2019.",
            "With 70 percent of the ballots counted, the Greens led the Liberals, who took 45 percent.",
            // Another holder's share of another whole.
            "The party, with 40 percent of the seats in parliament, backs the president, who won 70 percent.",
        ],
    );
}

#[test]
fn a_winner_s_share_with_the_race_named_then_the_rest_split() {
    assert_matrix(
        "arith.percent-sum",
        "2024-05-02",
        &[
            (
                "Mendes won the runoff with 52 percent. Her opponent, Ruiz, got 53 percent.",
                "Mendes won the runoff with 52 percent. Her opponent, Ruiz, got 48 percent.",
            ),
            (
                "Adeyemi won the Democratic primary with 51 percent. Holt took 36 percent and Park 19 percent.",
                "Adeyemi won the Democratic primary with 51 percent. Holt took 36 percent and Park 12 percent.",
            ),
            (
                "Sato won with 44 percent. Brandt polled 39 percent, Okoro 21 percent.",
                "Sato won with 44 percent. Brandt polled 39 percent, Okoro 16 percent.",
            ),
        ],
        &[
            // A place won, not the race: the next shares may be of another whole.
            "Mendes won the state with 52 percent. Ruiz took 51 percent.",
            "Mendes won with 52 percent. Nationally, Ruiz took 51 percent.",
            "Mendes won the runoff with 52 percent. In the first round, Ruiz got 53 percent.",
        ],
    );
}

#[test]
fn changes_with_a_per_unit_restatement_beside_an_endpoint() {
    assert_matrix(
        "arith.change",
        "2024-05-02",
        &[
            (
                "Quarterly profit slid 45 percent to $2.4 billion, or 61 cents a share, from $3.1 billion, or 79 cents a share, a year before.",
                "Quarterly profit slid 23 percent to $2.4 billion, or 61 cents a share, from $3.1 billion, or 79 cents a share, a year before.",
            ),
            (
                "Net earnings climbed 80 percent to $310 million, or $1.20 per diluted share, compared with $250 million, or 97 cents per diluted share, in the prior year.",
                "Net earnings climbed 24 percent to $310 million, or $1.20 per diluted share, compared with $250 million, or 97 cents per diluted share, in the prior year.",
            ),
            (
                "Its net income dropped 12 percent to 5.5 million yuan, or 9 fen per share, from 7.9 million yuan, or 13 fen per share.",
                "Its net income dropped 30 percent to 5.5 million yuan, or 9 fen per share, from 7.9 million yuan, or 13 fen per share.",
            ),
            (
                "Earnings went from $1.8 billion, or $2.10 a share, to $2.7 billion, or $3.15 a share, a 15 percent increase.",
                "Earnings went from $1.8 billion, or $2.10 a share, to $2.7 billion, or $3.15 a share, a 50 percent increase.",
            ),
            (
                "The unit's loss narrowed 60 percent to $40 million, or $1.05, from $52 million, or $1.37, in the same quarter last year.",
                "The unit's loss narrowed 23 percent to $40 million, or $1.05, from $52 million, or $1.37, in the same quarter last year.",
            ),
        ],
        &[
            // A share of a whole after ", or" is no restatement and no endpoint.
            "Operating profit rose 20 percent to $60 million, or 12 percent of sales, from $50 million.",
            // The per-share figures alone: their own change, stated right.
            "Earnings per share rose 25 percent to $1.25 from $1.00, on profit of $80 million.",
        ],
    );
}

#[test]
fn changes_with_adjunct_phrases_between_the_parts() {
    assert_matrix(
        "arith.change",
        "2024-05-02",
        &[
            (
                "Box-office takings grew 40 percent in the quarter, to $912 million from $760 million a year earlier.",
                "Box-office takings grew 20 percent in the quarter, to $912 million from $760 million a year earlier.",
            ),
            (
                "New-car registrations dropped 30 percent on a seasonally adjusted basis to 410,000 from 450,000.",
                "New-car registrations dropped 9 percent on a seasonally adjusted basis to 410,000 from 450,000.",
            ),
            (
                "Housing starts dropped 30 percent to 410,000 homes on a seasonally adjusted basis in the second quarter, from 450,000 homes in the first quarter.",
                "Housing starts dropped 9 percent to 410,000 homes on a seasonally adjusted basis in the second quarter, from 450,000 homes in the first quarter.",
            ),
            (
                "Timber exports shrank 22% from the year-ago period to 61,500 tonnes from 67,200 tonnes.",
                "Timber exports shrank 8.5% from the year-ago period to 61,500 tonnes from 67,200 tonnes.",
            ),
            (
                "Crude imports fell 18 pct in the five weeks ended March two to 6.1 mln barrels from 6.4 mln a year earlier.",
                "Crude imports fell 5 pct in the five weeks ended March two to 6.1 mln barrels from 6.4 mln a year earlier.",
            ),
            (
                "Mill output rose 30 percent year-on-year to 1,300 tonnes from 1,200 tonnes.",
                "Mill output rose 8 percent year-on-year to 1,300 tonnes from 1,200 tonnes.",
            ),
            (
                "Ridership fell 35 percent on an annual basis, to 2.2 million riders, from 2.6 million.",
                "Ridership fell 15 percent on an annual basis, to 2.2 million riders, from 2.6 million.",
            ),
        ],
        &[
            // The change spans a week; the figure a year earlier is a second comparison.
            "Enrolment rose 3 percent in the week to 9,100, compared with 9,600 a year earlier.",
            // A lag after "compared with" keeps the two comparisons apart as before.
            "Claims climbed 2 percent in the month, to 5,200, compared with 6,000 a year earlier.",
            // The old value has its own span, another than the change's.
            "Sales rose 4 percent in the quarter, to $500 million from $400 million in 2019.",
        ],
    );
}

#[test]
fn changes_with_versus_before_the_old_value() {
    assert_matrix(
        "arith.change",
        "2024-05-02",
        &[
            (
                "Shipments are up 40 percent, at 2,150 units versus 1,980 units a year ago.",
                "Shipments are up 9 percent, at 2,150 units versus 1,980 units a year ago.",
            ),
            (
                "Hotel bookings were down 25 percent, to 3,300 rooms vs. 3,600 rooms last March.",
                "Hotel bookings were down 8 percent, to 3,300 rooms vs. 3,600 rooms last March.",
            ),
            (
                "Attendance rose 50% to 12,400 paying fans versus 10,100 fans the season before.",
                "Attendance rose 23% to 12,400 paying fans versus 10,100 fans the season before.",
            ),
        ],
        &["The home side won 12,400 votes versus 10,100 for the visitors, up 5 percent on last year."],
    );
}

#[test]
fn changes_after_a_time_phrase_with_its_own_joining_words() {
    assert_matrix(
        "arith.change",
        "2024-05-02",
        &[
            (
                "The town's population grew 32 percent between 2000 and 2010, from 338,000 residents to 375,180.",
                "The town's population grew 11 percent between 2000 and 2010, from 338,000 residents to 375,180.",
            ),
            (
                "Membership climbed 15 percent in those six years, from 20,500 people to 21,115.",
                "Membership climbed 3 percent in those six years, from 20,500 people to 21,115.",
            ),
            (
                "Operating income slipped 20% in the quarter that ended Nov. 2, to $190 million from $200 million.",
                "Operating income slipped 5% in the quarter that ended Nov. 2, to $190 million from $200 million.",
            ),
        ],
        &[
            // "and" after the time phrase still opens another clause.
            "Prices rose 3 percent between 2000 and 2010 and fell from 400 to 300 after that.",
            // A relative clause that does more than date the period is another clause.
            "Output rose 3 percent in the year that ended June 30, which took stocks from 400 to 500.",
            "Fares rose 3 percent in those weeks, and the index went from 400 to 500.",
        ],
    );
}

#[test]
fn changes_with_a_typed_dash_or_a_scale_left_to_the_reader() {
    assert_matrix(
        "arith.change",
        "2024-05-02",
        &[(
            "Ad revenue fell 25% in the quarter -- to $270 million from $300 million a year ago -- while costs held.",
            "Ad revenue fell 10% in the quarter -- to $270 million from $300 million a year ago -- while costs held.",
        )],
        &[
            // The old value's scale is left to be read from the new one: not a millionfold rise.
            "Turnover rose 40 percent to $2.1 billion from $1.5.",
            "Bookings were 4.2 million, up 5 percent from 4.",
        ],
    );
}
