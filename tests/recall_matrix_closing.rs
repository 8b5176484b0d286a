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

#[test]
fn living_and_obituary_ages_against_a_stated_birth_date() {
    assert_matrix(
        "date.age",
        "2024-07-12",
        &[
            (
                "Priya Raman, who was born on April 3, 1969, is 50.",
                "Priya Raman, who was born on April 3, 1969, is 55.",
            ),
            (
                "Tomas Berg, born in 1981 in Malmo, is 39 and runs the ferry line.",
                "Tomas Berg, born in 1981 in Malmo, is 43 and runs the ferry line.",
            ),
            (
                "Agnes Kowal opened the bakery in 2001. Kowal was born in June 1958. She is 60.",
                "Agnes Kowal opened the bakery in 2001. Kowal was born in June 1958. She is 66.",
            ),
            (
                "Walter Imre was born in 1941 in Szeged and died at 88.",
                "Walter Imre was born in 1941 in Szeged and died at 81.",
            ),
            (
                "Rosa Lindqvist, born on Sept. 9, 1936, died on Monday, aged 85.",
                "Rosa Lindqvist, born on Sept. 9, 1936, died on Monday, aged 87.",
            ),
        ],
        &[
            // "was" may speak of a past moment the sentence names.
            "Priya Raman, who was born in 1969, was 30 when she founded the firm.",
            // Another person is born or dies in the place named.
            "Walter Imre was born in 1941 in Szeged, where his uncle Ferenc died at 88.",
        ],
    );
}

#[test]
fn obituary_ages_with_the_birth_clause_fronted_or_the_death_told_first() {
    assert_matrix(
        "date.age",
        "2024-07-12",
        &[
            (
                "Born in 1939 in a mill town in South Carolina, the painter Odell Fanning died on Sunday at 79.",
                "Born in 1939 in a mill town in South Carolina, the painter Odell Fanning died on Sunday at 84.",
            ),
            (
                "Ilse Marek, a pianist who toured with her sister, died Friday at her flat in Vienna. Born on Nov. 2, 1930, she was 88.",
                "Ilse Marek, a pianist who toured with her sister, died Friday at her flat in Vienna. Born on Nov. 2, 1930, she was 93.",
            ),
            (
                "Cyril Adeyemi, who was born on Aug. 15, 1944, died in his sleep on Thursday, aged 76.",
                "Cyril Adeyemi, who was born on Aug. 15, 1944, died in his sleep on Thursday, aged 79.",
            ),
            (
                "Dora Finch, who was born in 1961, was 70 when she opened the clinic.",
                "Dora Finch, who was born in 1961, was 40 when she opened the clinic.",
            ),
        ],
        &[
            // An age at an undated past moment: any age up to the one on the dateline.
            "Born in 1948 as Harold Quint, he learned to fly at the age of 15 from his uncle.",
            // A relative's death after a fronted birth clause.
            "Born in 1950 in Ohio, Walter Pruitt said his father died on Monday at 78.",
            "Cyril Adeyemi, who was born on Aug. 15, 1944, said his mother died on Thursday, aged 99.",
        ],
    );
}

#[test]
fn shares_of_two_holders_split_one_vote_only_when_they_are_rivals() {
    assert_matrix(
        "arith.percent-sum",
        "2024-05-02",
        &[
            (
                "The Farmers' League, with 55 percent of the vote, routed the Civic Union, which took 51 percent.",
                "The Farmers' League, with 55 percent of the vote, routed the Civic Union, which took 41 percent.",
            ),
            (
                "The incumbent, with 47 percent of the ballots, trailed the mayor's deputy, who won 58 percent.",
                "The incumbent, with 47 percent of the ballots, trailed the mayor's deputy, who won 50 percent.",
            ),
        ],
        &[
            // Two holders related by support or membership: two votes, not one split.
            "The party, with 40 percent of the vote, backs the president, who won 70 percent.",
            "The Labour group, with 38 percent of the vote, joined the coalition of the premier, who had won 66 percent.",
            "The union, with 61 percent of the ballots, endorsed the governor, who took 57 percent.",
        ],
    );
}

#[test]
fn one_part_after_including_larger_than_its_whole() {
    assert_matrix(
        "arith.part-whole",
        "2024-05-02",
        &[
            (
                "Patel batted through the session, facing 188 balls, including 190 fours, before he was caught.",
                "Patel batted through the session, facing 188 balls, including 19 fours, before he was caught.",
            ),
            (
                "Rescuers pulled 23 passengers, including 31 pensioners, from the carriages.",
                "Rescuers pulled 23 passengers, including 13 pensioners, from the carriages.",
            ),
            (
                "The shelter took in 40 dogs, including 44 dogs seized from a breeder.",
                "The shelter took in 40 dogs, including 14 dogs seized from a breeder.",
            ),
        ],
        &[
            // "including" may hang on the things the count is of, or on another noun.
            "The talks lasted 3 days, including 12 hours of debate.",
            "The band toured 9 cities, including 40 concerts in the capital.",
            // A list of parts is arith.sum's.
            "Rescuers pulled 23 passengers, including 31 pensioners and 2 children, from the carriages.",
        ],
    );
}

#[test]
fn lists_whose_noun_is_written_once_or_set_off_by_a_colon_or_dashes() {
    assert_matrix(
        "arith.sum",
        "2024-08-12",
        &[
            // The noun written once, after the last count, for a stated total.
            (
                "The rowing squad brought home 7 gold, 5 silver and 4 bronze medals for a total of 17 medals.",
                "The rowing squad brought home 7 gold, 5 silver and 4 bronze medals for a total of 16 medals.",
            ),
            (
                "Delegates elected 12 Labor and 9 Liberal councillors, 22 councillors in all.",
                "Delegates elected 12 Labor and 9 Liberal councillors, 21 councillors in all.",
            ),
            // Kinds of the total's noun after a colon, the noun left out.
            (
                "The relay team took eight medals: five silver and four bronze.",
                "The relay team took nine medals: five silver and four bronze.",
            ),
            // A colon right after the total's noun lists all of it, in either direction.
            (
                "The landslide buried 15 homes: 9 farmhouses and 7 cabins.",
                "The landslide buried 16 homes: 9 farmhouses and 7 cabins.",
            ),
            (
                "Flooding stranded 30 hikers: 14 students and 12 guides.",
                "Flooding stranded 26 hikers: 14 students and 12 guides.",
            ),
            (
                "The 118 volunteers who stayed on — 70 nurses and 45 drivers — were thanked by the mayor.",
                "The 115 volunteers who stayed on — 70 nurses and 45 drivers — were thanked by the mayor.",
            ),
        ],
        &[
            // Brackets may hold a selection, and an excluded list is no breakdown.
            "The county runs 31 libraries (four mobile and six in schools).",
            "There are 40 water boards in the region (excluding three harbour boards and two dam trusts).",
            // One count of one, then a plural: two nouns, not one written once.
            "Police arrested one man and two women at the scene, and 12 people were questioned.",
            "The club fielded 3 junior and 4 senior teams, with 90 players between them.",
        ],
    );
}

#[test]
fn a_total_called_so_before_its_list_and_counts_after_verbs_ending_in_aged() {
    assert_matrix(
        "arith.sum",
        "2024-08-12",
        &[
            // "in all" / "in total" / "altogether" after the total's noun, then the list.
            (
                "The judo squad won 19 medals in all: 8 gold, 6 silver and 7 bronze.",
                "The judo squad won 21 medals in all: 8 gold, 6 silver and 7 bronze.",
            ),
            (
                "The crash injured 12 people in total; 7 passengers and 8 crew.",
                "The crash injured 15 people in total; 7 passengers and 8 crew.",
            ),
            (
                "Organisers counted 40 entries altogether: 26 from schools and 17 from clubs.",
                "Organisers counted 43 entries altogether: 26 from schools and 17 from clubs.",
            ),
            // A count after a verb that only ends in "aged" is a count, not an age.
            (
                "The gale damaged 60 boats — 41 yachts and 27 dinghies — in the marina.",
                "The gale damaged 68 boats — 41 yachts and 27 dinghies — in the marina.",
            ),
        ],
        &[
            // A semicolon that does not follow a total starts another clause.
            "The crash injured 12 people; 7 passengers and 8 crew were treated later.",
            // A total called so, then a clause about other things.
            "The judo squad won 19 medals in all; 12 athletes and 9 coaches flew home on Sunday.",
        ],
    );
    assert_matrix(
        "arith.part-whole",
        "2024-08-12",
        &[(
            "The storm damaged 310 homes, 350 of which were destroyed.",
            "The storm damaged 310 homes, 150 of which were destroyed.",
        )],
        &["The storm damaged 310 homes, 120 of them in the old town."],
    );
}

#[test]
fn splits_of_one_vote_or_question_in_the_orders_polls_and_results_use() {
    assert_matrix(
        "arith.percent-sum",
        "2024-08-12",
        &[
            // A winner's share of the vote, then a rival's, across a contrast.
            (
                "Okafor carried the state, taking 61% of the ballots against 47% for Mensah.",
                "Okafor carried the state, taking 53% of the ballots against 47% for Mensah.",
            ),
            (
                "The commission said Baraka won 58 percent of the valid votes, while runner-up Kiptoo received 49 percent.",
                "The commission said Baraka won 51 percent of the valid votes, while runner-up Kiptoo received 49 percent.",
            ),
            (
                "Sato kept the seat with 66 per cent of the vote (versus Ueda's 41 per cent).",
                "Sato kept the seat with 59 per cent of the vote (versus Ueda's 41 per cent).",
            ),
            // Two options of one question, however long the first one's object.
            (
                "A county survey found 47% of residents approve of the way the council handles road repairs, while 61% disapprove.",
                "A county survey found 37% of residents approve of the way the council handles road repairs, while 61% disapprove.",
            ),
            (
                "In the statewide poll, 70 percent of adults support the new curfew for teenagers, but another 38 percent oppose it.",
                "In the statewide poll, 60 percent of adults support the new curfew for teenagers, but another 38 percent oppose it.",
            ),
            // Each share's answer reported as a vote for a different candidate.
            (
                "In the county poll, 58 percent of registered voters said they would vote for Adeyemi at the polls, while 47 percent said they would vote for Brandt.",
                "In the county poll, 48 percent of registered voters said they would vote for Adeyemi at the polls, while 47 percent said they would vote for Brandt.",
            ),
            // A lead written "N percent to M percent".
            ("Hale led Ortega 59 percent to 47 percent in the newest poll.", "Hale led Ortega 53 percent to 47 percent in the newest poll."),
            // A poll's two sides as a pair joined by a hyphen or spaced dash.
            ("Okoro leads Baptiste 57-48 percent among registered voters.", "Okoro leads Baptiste 57-38 percent among registered voters."),
            (
                "Residents disapprove 61 - 44 percent of the council's handling of the strike, the poll found.",
                "Residents disapprove 51 - 44 percent of the council's handling of the strike, the poll found.",
            ),
            // Standings after "at" in a poll.
            (
                "The weekly tracking poll puts Labour at 44 per cent, the Tories at 39 per cent and the Greens at 24 per cent.",
                "The weekly tracking poll puts Labour at 44 per cent, the Tories at 39 per cent and the Greens at 14 per cent.",
            ),
        ],
        &[
            // Changes and other wholes stay apart.
            "Backing for the levy climbed 40 percent to 55 percent over the year.",
            "The party won 40 percent of the vote in 2019 compared with 65 percent in 2015.",
            "Unemployment stood at 25 percent in Spain and Greece at 27 percent, the survey said.",
            "In the survey, 62 percent said they voted for Ruiz in 2012 and 45 percent said they voted for Kemp in 2016.",
            // A range (ascending) is never a poll's two sides.
            "Polls show voters support the measure by 55-65 percent.",
            "Support rose 10-15 percent among young voters.",
            // Each pair is its own split.
            "Approval is 81 - 12 percent among renters, but disapproval is 88 - 9 percent among owners.",
            "Residents favor 68 - 27 percent, including 70 - 25 percent of parents, keeping the pool open.",
            "In the north (76 percent) and the south (36 percent) the party leads with a plurality of the votes.",
        ],
    );
}
