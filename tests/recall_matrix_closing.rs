//! Phrasing matrix for the gaps issue 14's last round left open: the amount of a change that a
//! percent restates, a part larger than the whole it is included in, the ages of the living
//! and the dead against a stated birth date, and shares of two holders. Each pair is (planted
//! error, correct twin), written for this matrix in several word orders; a planted error must
//! fire, its twin must not.

mod common;

use common::assert_dated_matrix as assert_matrix;

#[test]
fn the_amount_a_percent_restates_is_checked_too() {
    assert_matrix(
        "arith.change",
        "2024-05-02",
        &[
            (
                "Ticket revenue grew $11 million, or 6 percent, to $159 million from $150 million.",
                "Ticket revenue grew $9 million, or 6 percent, to $159 million from $150 million, the league said.",
            ),
            (
                "Operating costs fell $6 million, or 4 percent, to $187 million from $195 million.",
                "Operating costs fell $8 million, or 4 percent, to $187 million from $195 million.",
            ),
            (
                "Enrollment dropped by 200, or 12 percent, to 2,200 students from 2,500.",
                "Enrollment dropped by 300, or 12 percent, to 2,200 students from 2,500.",
            ),
            (
                "Group earnings slipped 5 mln dlrs, or 2 pct, to 147 mln dlrs from 150 mln dlrs.",
                "Group earnings slipped 3 mln dlrs, or 2 pct, to 147 mln dlrs from 150 mln dlrs.",
            ),
        ],
        &[
            // Points may be index points or percentage points: the amount is left alone.
            "The index fell 80 points, or 2 percent, to 2,450 from 2,500.",
        ],
    );
}
