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

#[test]
fn obituary_and_wire_ages_in_another_clause_than_the_birth_date() {
    assert_matrix(
        "date.age",
        "2024-07-12",
        &[
            // Age beside the full name, death dated after "passed away", birth by the first name.
            (
                "Harold J. Winters, 83, of Dayton, OH, passed away Thursday, Oct. 3, 2019 at Miami Valley Hospital. Harold was born on March 11, 1940 to the late Frank and Edna Winters.",
                "Harold J. Winters, 79, of Dayton, OH, passed away Thursday, Oct. 3, 2019 at Miami Valley Hospital. Harold was born on March 11, 1940 to the late Frank and Edna Winters.",
            ),
            // A pronoun whose one antecedent is the person of the age.
            (
                "Edna Mae Corliss, 91, of Marietta, died Feb. 9, 2021, at Sunrise Manor. She was born Dec. 2, 1932, in Parkersburg.",
                "Edna Mae Corliss, 88, of Marietta, died Feb. 9, 2021, at Sunrise Manor. She was born Dec. 2, 1932, in Parkersburg.",
            ),
            // A fronted "Born ..." clause after an abbreviation, its subject a pronoun.
            (
                "Wanda Pruitt, 75, passed away Sunday, Jan. 5, 2020 at home in Mobile, Ala. Born Sept. 30, 1949 in Grove Hill, she taught school for 30 years.",
                "Wanda Pruitt, 70, passed away Sunday, Jan. 5, 2020 at home in Mobile, Ala. Born Sept. 30, 1949 in Grove Hill, she taught school for 30 years.",
            ),
            // The surname with a courtesy title.
            (
                "Leon Ashby, 69, of Canton, died Jan. 18, 2023. Mr. Ashby was born April 2, 1956, in Akron.",
                "Leon Ashby, 66, of Canton, died Jan. 18, 2023. Mr. Ashby was born April 2, 1956, in Akron.",
            ),
            // A birth year only: both ages of that year fit.
            (
                "Tom Quill, 79, of Erie, died March 3, 2024. He was born in 1949 in Meadville.",
                "Tom Quill, 74, of Erie, died March 3, 2024. He was born in 1949 in Meadville.",
            ),
            // Wire: an undated death (by the dateline), a day-month birth, no space after the stop.
            (
                "Archbishop Tomas Ilunga has died at the age of 92.Ilunga, who led the church in Kinshasa for two decades, was born on 14 March 1937 in Mbandaka.",
                "Archbishop Tomas Ilunga has died at the age of 87.Ilunga, who led the church in Kinshasa for two decades, was born on 14 March 1937 in Mbandaka.",
            ),
            // An unnamed subject whose death names the person; a fronted birth with a dashed aside.
            (
                "The country's oldest man has died aged 116, state television said on Tuesday, announcing the death of Eduardo Salcedo. Born on Feb. 20, 1913 - the year the canal opened - Salcedo farmed until he was ninety.",
                "The country's oldest man has died aged 111, state television said on Tuesday, announcing the death of Eduardo Salcedo. Born on Feb. 20, 1913 - the year the canal opened - Salcedo farmed until he was ninety.",
            ),
            // The birth first, the age at death later under a longer form of the name.
            (
                "Meera Kulkarni was born on 2 June 1931 in Pune. She recorded her first song in 1946. The singer Meera Anand Kulkarni passed away at the age of 97.",
                "Meera Kulkarni was born on 2 June 1931 in Pune. She recorded her first song in 1946. The singer Meera Anand Kulkarni passed away at the age of 93.",
            ),
            // A dateline opening the line is a place, not a second person.
            (
                "Topeka - Vera Lynn Oakes was born on May 5, 1931 to Hal and Iris Oakes. She passed away on April 9, 2021 at the age of 94.",
                "Topeka - Vera Lynn Oakes was born on May 5, 1931 to Hal and Iris Oakes. She passed away on April 9, 2021 at the age of 89.",
            ),
            (
                "GALESBURG, IL— Otto Brandt, 93, of Monmouth, passed from this life on Friday, Nov. 6, 2020.\n\nOtto was born on Jan. 2, 1933, in Peoria.",
                "GALESBURG, IL— Otto Brandt, 87, of Monmouth, passed from this life on Friday, Nov. 6, 2020.\n\nOtto was born on Jan. 2, 1933, in Peoria.",
            ),
            // A nickname in quotation marks, then the nickname alone.
            (
                "Harold Eugene “Gene” Pratt, 90, of Salem, died Jan. 3, 2021.\n\nGene was born on Oct. 4, 1935, in Albany.",
                "Harold Eugene “Gene” Pratt, 85, of Salem, died Jan. 3, 2021.\n\nGene was born on Oct. 4, 1935, in Albany.",
            ),
            (
                "Ruth \"Sunny\" Mayer, 80, passed away on Sunday, Feb. 7, 2021. Sunny was born March 1, 1942.",
                "Ruth \"Sunny\" Mayer, 78, passed away on Sunday, Feb. 7, 2021. Sunny was born March 1, 1942.",
            ),
            // A fronted birth clause with its place set off by commas.
            (
                "Ida Klein, 71, of Macon, died Saturday, June 5, 2021, at home. Born Aug. 2, 1947, in Perry, GA, she taught school.",
                "Ida Klein, 73, of Macon, died Saturday, June 5, 2021, at home. Born Aug. 2, 1947, in Perry, GA, she taught school.",
            ),
            // The birth in the next paragraph, by a pronoun opening it.
            (
                "Walter Greer, 96, of Lima, died Monday, Aug. 12, 2019, at his home.\n\nHe was born Nov. 2, 1927, in Wapakoneta.",
                "Walter Greer, 91, of Lima, died Monday, Aug. 12, 2019, at his home.\n\nHe was born Nov. 2, 1927, in Wapakoneta.",
            ),
        ],
        &[
            "Tom Quill, 75, of Erie, died March 3, 2024. He was born in 1949 in Meadville.",
            // Another person's age in the birth sentence.
            "Ada Brenner, born Nov. 3, 1909, became the oldest living person in March after the death of a 115-year-old man in Peru.",
            // Another person's birth date after the age.
            "Rosa Delgado, 64, of Tucson, died June 30, 2024. Her husband, Luis Delgado, was born Jan. 8, 1950.",
            // A pronoun with two people named before it.
            "Carl Fenn, 77, died on Monday. He is survived by his wife, Dana Ruiz. She was born March 2, 1960.",
            "Carl Fenn, 77, died on Monday. Dana Ruiz, his wife, survives him. She was born March 2, 1960.",
            // The day the death was told is not the day it happened: any age up to then fits.
            "The world's oldest woman has died aged 116, her family said on Thursday, announcing the death of Ilse Moritz. Born on July 1, 1907, Moritz outlived her children.",
            // An age at another dated event.
            "Gus Amari, 60, of Akron, retired in 2020. He was born April 4, 1955, in Kent.",
            // A hyphenated name opening the line is no dateline: two people named.
            "Anna Marsh-Kent, Otto Brandt's sister, passed away on Friday, Nov. 6, 2020, at 61. He was born on Jan. 2, 1933.",
            // One nickname, two people.
            "Ann “Bee” Ross, 80, died Jan. 3, 2021. Joan “Bee” Hale read a poem.\n\nBee was born in 1950.",
            // After the place, someone else.
            "Ida Klein, 71, died Saturday, June 5, 2021. Born Aug. 2, 1947, in Perry, her sister Ruth taught school.",
            // A birthday not yet reached at death.
            "Lise Varga, 79, died on June 1, 2024. She was born June 20, 1944.",
        ],
    );
}

#[test]
fn an_age_at_a_fully_dated_death_is_read_without_a_dateline() {
    // No "date" line: only the death date written in full places the age.
    let fired = |body: &str| messages("date.age", &format!("{body}\n")).len();
    common::assert_phrasing_matrix(
        "date.age",
        fired,
        &[
            (
                "Nora Beck, 84, of Fresno, died Tuesday, March 5, 2019, at home. She was born July 9, 1937, in Visalia.",
                "Nora Beck, 81, of Fresno, died Tuesday, March 5, 2019, at home. She was born July 9, 1937, in Visalia.",
            ),
            // The given name alone as the subject of the birth.
            (
                "Dennis R. Kowal, 77, of Joliet, died on Jan. 4, 2018. Dennis was born on Sept. 12, 1942, in Chicago.",
                "Dennis R. Kowal, 75, of Joliet, died on Jan. 4, 2018. Dennis was born on Sept. 12, 1942, in Chicago.",
            ),
            (
                "Marion Tate, who was born June 26, 1945, passed away Monday, Aug. 17, 2020, aged 71.",
                "Marion Tate, who was born June 26, 1945, passed away Monday, Aug. 17, 2020, aged 75.",
            ),
            // The weekday set apart from the date it names.
            (
                "Marion Tate, 71, passed away Monday (Aug. 17, 2020) at her home. She was born June 26, 1945.",
                "Marion Tate, 75, passed away Monday (Aug. 17, 2020) at her home. She was born June 26, 1945.",
            ),
            // A lead that describes the person, then names them with both dates.
            (
                "A Dundee baker who ran one shop for half a century has died aged 94.\n\nIan Colin Reid was born March 2, 1931, and died June 1, 2020.",
                "A Dundee baker who ran one shop for half a century has died aged 89.\n\nIan Colin Reid was born March 2, 1931, and died June 1, 2020.",
            ),
            // "formerly" places nothing on the calendar.
            (
                "Gail Ortiz, 60, formerly of Reno, died March 2, 2021. She was born in 1956.",
                "Gail Ortiz, 64, formerly of Reno, died March 2, 2021. She was born in 1956.",
            ),
        ],
        &[
            // A death on a weekday, a living person: nothing to read them against.
            "Nora Beck, 94, of Fresno, died Tuesday at home. She was born July 9, 1937, in Visalia.",
            "Ray Dunn, 50, was born in 1961 in Toledo.",
            // A death in a year only, a birth in a year only: either age of that year fits.
            "Gail Ortiz, 64, died in 2021. She was born in 1956.",
            "Gail Ortiz, 65, died in 2021. She was born in 1956.",
            // The lead describes a relative of the one named next.
            "The widow of a former mayor has died aged 80.\n\nJohn Ward Hale was born May 1, 1930, and died June 2, 2001.",
            // The lead names the person it describes as someone else's.
            "A baker who trained under Ian Reid has died aged 70.\n\nIan Colin Reid was born March 2, 1931, and died June 1, 2020.",
        ],
    );
}

#[test]
fn obituary_call_names_birth_surnames_and_a_topic_carried_by_a_pronoun() {
    assert_matrix(
        "date.age",
        "2024-07-12",
        &[
            // A middle name alone, in the next paragraph.
            (
                "Ora Belle Whitfield Crane, 91, of Tyler, passed away on Monday, March 4, 2024.\n\nBelle was born on May 9, 1927, in Lufkin.",
                "Ora Belle Whitfield Crane, 96, of Tyler, passed away on Monday, March 4, 2024.\n\nBelle was born on May 9, 1927, in Lufkin.",
            ),
            // A quoted nickname; "she" after "widow of" someone is the widow.
            (
                "Eleanor Ruth “Ruthie” Vance, 89, widow of Carl M. Vance, passed away Sunday, Feb. 4, 2024.\n\nBorn June 2, 1939, in Macon, she was a daughter of the late Otis and Lena Price.",
                "Eleanor Ruth “Ruthie” Vance, 84, widow of Carl M. Vance, passed away Sunday, Feb. 4, 2024.\n\nBorn June 2, 1939, in Macon, she was a daughter of the late Otis and Lena Price.",
            ),
            // A short form of the given name.
            (
                "Robert L. Heard, Jr., 72, of Dover, died on Friday, Jan. 12, 2024.\n\nBob was born on Oct. 3, 1946, in Camden.",
                "Robert L. Heard, Jr., 77, of Dover, died on Friday, Jan. 12, 2024.\n\nBob was born on Oct. 3, 1946, in Camden.",
            ),
            // The birth told under the birth surname, the parents carrying it.
            (
                "Alma R. Fisk, 86, of Ames, died Jan. 3, 2024.\n\nAlma Rose Tillman was born Aug. 8, 1932, in Boone, to Henry and Edna Tillman.",
                "Alma R. Fisk, 91, of Ames, died Jan. 3, 2024.\n\nAlma Rose Tillman was born Aug. 8, 1932, in Boone, to Henry and Edna Tillman.",
            ),
            // The pronoun carries the topic past the relatives named beside it.
            (
                "On Monday, May 6, 2024, Greta Lund, age 83, of Eau Claire, joined her husband, Arne, and her sister Inga in heaven.\n\nShe was born on Sept. 1, 1935, in Bergen.",
                "On Monday, May 6, 2024, Greta Lund, age 88, of Eau Claire, joined her husband, Arne, and her sister Inga in heaven.\n\nShe was born on Sept. 1, 1935, in Bergen.",
            ),
            (
                "Hal Pike, age 85, of Utica, died on June 3, 2024.\n\nHe was the son of Ed and Jo Pike and brother of the late Ann Gray. He was born on March 13, 1934 in Utica.",
                "Hal Pike, age 90, of Utica, died on June 3, 2024.\n\nHe was the son of Ed and Jo Pike and brother of the late Ann Gray. He was born on March 13, 1934 in Utica.",
            ),
            // A fronted birth clause with the parents set off by commas.
            (
                "Leon Ortiz, 85, of Erie, died Monday, June 3, 2024.\n\nBorn Jan. 9, 1944, in Corry, son of the late Paul and Rita Ortiz, Leon served in the Navy.",
                "Leon Ortiz, 80, of Erie, died Monday, June 3, 2024.\n\nBorn Jan. 9, 1944, in Corry, son of the late Paul and Rita Ortiz, Leon served in the Navy.",
            ),
            // Euphemisms for a death.
            (
                "Hazel Dunn, 98, of Ada, went to be with the Lord on April 2, 2024. Hazel was born on July 7, 1930.",
                "Hazel Dunn, 93, of Ada, went to be with the Lord on April 2, 2024. Hazel was born on July 7, 1930.",
            ),
            (
                "Eula Marsh, 90, entered into rest on May 1, 2024. Eula was born on June 8, 1929.",
                "Eula Marsh, 94, entered into rest on May 1, 2024. Eula was born on June 8, 1929.",
            ),
            // An age running into the hometown; a name opening the clause after a fronted birth.
            (
                "Victor M. Hale, 76 of Reading, PA passed away peacefully Sunday, March 3, 2024.\n\nBorn Feb. 19, 1953, Victor was the son of the late Ada Hale.",
                "Victor M. Hale, 71 of Reading, PA passed away peacefully Sunday, March 3, 2024.\n\nBorn Feb. 19, 1953, Victor was the son of the late Ada Hale.",
            ),
            // A birth surname in brackets; a death on a weekday before the dateline.
            (
                "Nell A. (Cobb) Prior, 94, of Olean, died Tuesday at home. She was the wife of the late Owen J. Prior.\n\nBorn April 20, 1925, in Salamanca, she was the daughter of the late Ezra and Mae Cobb.",
                "Nell A. (Cobb) Prior, 99, of Olean, died Tuesday at home. She was the wife of the late Owen J. Prior.\n\nBorn April 20, 1925, in Salamanca, she was the daughter of the late Ezra and Mae Cobb.",
            ),
            // The age fronted before the name.
            (
                "Doris K. Webb was born on March 1, 1946, in Marion, to Earl and Fay Webb.\n\nOn June 14, 2024, at the age of 83, Doris departed this life, surrounded by family.",
                "Doris K. Webb was born on March 1, 1946, in Marion, to Earl and Fay Webb.\n\nOn June 14, 2024, at the age of 78, Doris departed this life, surrounded by family.",
            ),
        ],
        &[
            // A son called by the short form of his father's name.
            "James Roe, 80, of Tulsa, died on Monday, June 3, 2024. He is survived by his son, Jim.\n\nJim was born on Jan. 5, 1970, in Tulsa.",
            // "She" cannot be the man the paragraph before spoke of.
            "Carl Fenn, 77, died on Monday, June 3, 2024, with his wife, Dana, at his side.\n\nShe was born March 2, 1960.",
            // Nothing says whom "she" means.
            "Pat Lee, 70, of Ely, died Monday, June 3, 2024, at the home of Chris Dow.\n\nShe was born Jan. 2, 1960.",
            // A relative opens the sentence before the pronoun.
            "Ann Roe, 80, died Monday, June 3, 2024. Her sister, Ida Park, lives in Ohio.\n\nShe was born Jan. 2, 1950.",
            // A move, not a death: the age is the one on the dateline, which fits.
            "Ada Pell, 74, went to be with her daughter in Ohio on May 3, 2019. Ada was born on June 1, 1950.",
            // Same given name, another middle name: someone else.
            "Mary A. Cole, 90, died Jan. 3, 2024.\n\nMary Beth Stone was born May 2, 1960, to Ray and Jo Stone.",
        ],
    );
}
