//! Phrasing matrix for arith.percent-sum (issue 13, class 4): percentages of different wholes
//! are never added. A share of the count's progress ("of precincts reporting", "of ballots
//! tallied") or of another whole ("turnout of 64 percent") is not a share of the vote.

fn sums(text: &str) -> Vec<String> {
    crate::checks::testing::rule_messages("arith.percent-sum", "2020-11-04", text)
}

#[test]
fn shares_of_different_wholes_are_not_added() {
    let clean = [
        "The governor won 61.2 percent, with 87 percent of precincts reporting.",
        "With 95 percent of ballots tallied, the senator had 52.7 percent of the vote.",
        "The challenger trailed with 44 percent after 80 percent of the votes were counted.",
        "The mayor received 57 percent on a turnout of 64 percent.",
        "Ortiz took 48.5 percent, with 92 percent of polling stations reporting, and Vance 47 percent.",
        "The measure passed with 58 percent backing, with 99 percent of the vote counted.",
        // A ratio over the whole, set against another period's.
        "For the year, the line earned 140 per cent of its running costs, against 104 per cent in the preceding year.",
        "For the year the utility covered 128 percent of its debt costs, against 117 percent the year before.",
    ];
    for t in clean {
        assert_eq!(sums(t), Vec::<String>::new(), "clean: {t}");
    }
}

#[test]
fn shares_of_one_whole_are_still_added() {
    // Each planted error with the sum it must report (the progress share left out).
    let planted = [
        ("Ortiz won 58 percent and Vance 47 percent, with 90 percent of precincts reporting.", "58 + 47 = 105"),
        (
            "With 97 percent of ballots counted, the measure had 61 percent support and 45 percent opposed.",
            "61 + 45 = 106",
        ),
        ("Of those polled, 55 percent of voters approved and 49 percent disapproved.", "55 + 49 = 104"),
        ("In the poll, 53 percent of registered voters approved and 49 percent disapproved.", "53 + 49 = 102"),
        ("Democrats won 60 percent of districts and Republicans 45 percent of districts.", "60 + 45 = 105"),
        ("The mayor won 57 percent of the vote and her rival won 48 percent of the vote.", "57 + 48 = 105"),
        ("On a turnout of 71 percent, the mayor won 57 percent and her rival 48 percent.", "57 + 48 = 105"),
    ];
    for (t, sum) in planted {
        let got = sums(t);
        assert!(got.len() == 1 && got[0].contains(sum), "planted: {t}: {got:?}");
    }
}

#[test]
fn answers_to_different_questions_may_overlap() {
    let clean = [
        "In a survey of 800 voters, 62 percent backed the plan and 45 percent wanted a referendum.",
        "Of the parents polled, 70 percent said class sizes were too big and 55 percent said pay was too low.",
    ];
    for t in clean {
        assert_eq!(sums(t), Vec::<String>::new(), "clean: {t}");
    }
    let planted = [
        ("In the runoff, 52 percent voted for Lee and 55 percent voted for Ames.", "52 + 55 = 107"),
        ("Asked about the plan, 61 percent approved and 44 percent disapproved.", "61 + 44 = 105"),
    ];
    for (t, sum) in planted {
        let got = sums(t);
        assert!(got.len() == 1 && got[0].contains(sum), "planted: {t}: {got:?}");
    }
}

/// "the remaining N percent" is what every share named before it leaves: a first share cut off
/// from the rest by a long stretch of words still counts toward the whole.
#[test]
fn a_remainder_completes_the_shares_before_it() {
    let clean = [
        "The minister said local buyers took 63 per cent of the homes sold in the first half of 2019, noting that this was followed by foreign buyers with 35 per cent of sales and the remaining 2 per cent went to companies.",
        "Residents made up 70 percent of the visitors to the park over the summer season of 2021, while day trippers had 25 percent and the remaining 5 percent were school groups.",
    ];
    for t in clean {
        assert_eq!(sums(t), Vec::<String>::new(), "clean: {t}");
    }
    let planted = [
        // The earlier share does not complete the split either.
        "The minister said local buyers took 53 per cent of the homes sold in the first half of 2019, noting that this was followed by foreign buyers with 35 per cent of sales and the remaining 2 per cent went to companies.",
        // No earlier share: the remainder leaves the split short.
        "Foreign buyers had 35 per cent of sales and the remaining 2 per cent went to companies.",
    ];
    for t in planted {
        assert_eq!(sums(t).len(), 1, "planted: {t}");
    }
}
