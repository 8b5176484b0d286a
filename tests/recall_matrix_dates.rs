//! Phrasing matrix for issue 14, dates and ages: spans stated beside both their ends, past
//! events dated after the dateline without a past-tense verb, wire datelines without a year, and
//! ages against a birth date in every order. Each pair is (planted error, correct twin), written
//! for this matrix in several word orders; a planted error must fire, its twin must not.

mod common;

use common::{assert_dated_matrix as assert_matrix, rule_messages as messages};

#[test]
fn durations_stated_beside_both_ends() {
    assert_matrix(
        "date.duration",
        "2024-03-08",
        &[
            (
                "The ferry line launched in 1978. Three decades later, in 1991, it went bankrupt.",
                "The ferry line launched in 1978. Three decades later, in 2009, it went bankrupt.",
            ),
            (
                "The orchard was planted in 1921, and six years on, in 1935, it gave its first crop.",
                "The orchard was planted in 1929, and six years on, in 1935, it gave its first crop.",
            ),
            (
                "Half a century after its charter in 1902, in 1931, the guild disbanded.",
                "A century after its charter in 1902, in 2001, the guild disbanded.",
            ),
            (
                "The dam was finished in 1960. In 1975, four decades later, engineers found cracks.",
                "The dam was finished in 1960. In 2001, four decades later, engineers found cracks.",
            ),
            (
                "The club folded in 2003. Nearly ten years later, in 2019, it was revived.",
                "The club folded in 2003. Nearly ten years later, in 2012, it was revived.",
            ),
            (
                "Ridley left the party in 1998; more than two decades later, in 2007, she returned.",
                "Ridley left the party in 1998; more than two decades later, in 2021, she returned.",
            ),
        ],
        &[
            // The start is named after the end: nothing to count from.
            "Two decades later, in 2010, the mill closed. It had opened in 1960.",
            // Either earlier year may be the start: one fits.
            "The firm was founded in 1950 and listed in 1990. Two decades later, in 2010, it was sold.",
            // Decades are read as ranges; "about" widens them.
            "The quarry opened in 1972. About three decades later, in 1999, it shut.",
        ],
    );
}

#[test]
fn past_events_after_the_dateline_without_past_tense() {
    assert_matrix(
        "date.after-dateline",
        "2024-07-12",
        &[
            (
                "The agency has published the audit on July 29, 2024.",
                "The agency has published the audit on July 9, 2024.",
            ),
            (
                "Grain futures sank to their weakest level since Aug. 3, 2024.",
                "Grain futures sank to their weakest level since June 3, 2024.",
            ),
            (
                "The index is still 9 percent below its Sept. 1, 2024 peak.",
                "The index is still 9 percent below its June 1, 2024 peak.",
            ),
            (
                "Rents have not been this low since Dec. 2, 2024, the survey shows.",
                "Rents have not been this low since Dec. 2, 2023, the survey shows.",
            ),
            (
                "The bourse trades well under the July 20, 2024 record.",
                "The bourse trades well under the July 2, 2024 record.",
            ),
        ],
        &[
            // A year-less past reference is last year's.
            "Grain futures sank to their weakest level since Aug. 3.",
            "The index is still 9 percent below its Sept. 1 peak.",
            // Schedules and infinitives stay ahead.
            "The board has agreed to meet on July 29, 2024.",
            "The council has called a hearing on July 29, 2024.",
            "The council has planned the vote on July 29, 2024.",
            "The plant is to reopen on July 29, 2024.",
        ],
    );
}

#[test]
fn a_wire_dateline_without_a_year_is_named_in_the_note() {
    let seen = messages("date.dateline-missing", "Oct. 9 (AFP) - Talks resumed on Monday.\n");
    assert_eq!(seen.len(), 1);
    assert!(seen[0].contains("“Oct. 9” has no year"), "{}", seen[0]);
    let plain = messages("date.dateline-missing", "Talks resumed on Monday.\n");
    assert!(plain.len() == 1 && !plain[0].contains("wire"), "{plain:?}");
    // With metadata the wire line takes its year: no note at all.
    assert!(messages("date.dateline-missing", "date 2025-01-01\n\nDec. 31 (Xinhua) - Talks resumed.\n").is_empty());
}

#[test]
fn ages_against_a_birth_date_in_every_order() {
    assert_matrix(
        "date.age",
        "2024-07-12",
        &[
            (
                "Marta Quill, who was born on Feb. 2, 1941, died on Tuesday at the age of 79.",
                "Marta Quill, who was born on Feb. 2, 1941, died on Tuesday at the age of 83.",
            ),
            (
                "Otto Brandt was born on March 30, 1938, in Kiel. He died on Saturday. He was 80.",
                "Otto Brandt was born on March 30, 1938, in Kiel. He died on Saturday. He was 86.",
            ),
            (
                "Lena Sato was born in 1962. She died in a crash on Wednesday at 55.",
                "Lena Sato was born in 1962. She died in a crash on Wednesday at 62.",
            ),
            (
                "Ines Moreau died on Friday, aged 90. She was born on Jan. 14, 1939.",
                "Ines Moreau died on Friday, aged 85. She was born on Jan. 14, 1939.",
            ),
            (
                "Paul Ekwueme, born May 3, 1931, died on Aug. 9, 2019, at the age of 91.",
                "Paul Ekwueme, born May 3, 1931, died on Aug. 9, 2019, at the age of 88.",
            ),
            (
                "The 51-year-old Ruth Adair, born on Oct. 1, 1970, spoke first.",
                "The 53-year-old Ruth Adair, born on Oct. 1, 1970, spoke first.",
            ),
            ("Dmitri Volk, 40, was born in 1990.", "Dmitri Volk, 34, was born in 1990."),
        ],
        &[
            // A relative's death, or an age at another dated event, is not the person's age now.
            "Sara Lind, 61, born on May 5, 1963, said her father died in 1990 at 58.",
            "Born in 1950, Kemal Aydin moved to Lyon in 1975, aged 25.",
            "Hugo Perrin was born in 1944. His brother Jules died on Friday. He was 70.",
            // Died undated: any age up to the one on the dateline.
            "Nora Beck, who was born in 1930, died at 68.",
        ],
    );
}

#[test]
fn an_age_after_a_known_name_is_the_age_on_the_dateline() {
    // The birth date in the sentence is not the date the age speaks of; the message suggests
    // the age on the dateline.
    let found = messages("fact.age", "date 2024-07-12\n\nBarack Obama, 60, was born on Aug. 4, 1961, in Honolulu.\n");
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].contains("was 62"), "{}", found[0]);
    let clean = messages("fact.age", "date 2024-07-12\n\nBarack Obama, 62, was born on Aug. 4, 1961, in Honolulu.\n");
    assert!(clean.is_empty(), "{clean:?}");
}

#[test]
fn an_ago_is_measured_only_to_a_past_year_set_beside_it() {
    assert_matrix(
        "date.duration",
        "2010-10-09",
        &[
            ("He carried the county three years ago, in 2004.", "He carried the county two years ago, in 2008."),
            ("In 2001, five years ago, the mill closed.", "In 2005, five years ago, the mill closed."),
        ],
        &[
            // The year names another thing ("the 2012 race"), not the time "ago" points to.
            "Where he won two years ago, the 2012 race looks hard.",
            // A year after the dateline is not a time "ago" can measure.
            "The plan he backed two years ago, in 2014, will be revisited.",
        ],
    );
}
