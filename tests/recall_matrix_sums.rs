//! Phrasing matrix for totals and their parts in the shapes the mutation benchmark's real text
//! showed missing (issue 14): kinds named by words of their own ("golds", "fours") under
//! "including" or a bare "a total of"; a breakdown in brackets whose parts carry no noun or a
//! participle; "consisting of" / "comprising" with parts told apart by "from"; a total with no
//! noun of its own before a dash or colon; an odd word between "in all" and the kinds; a dash
//! touching the noun. Each pair is (planted error, correct twin), written for this matrix; a
//! planted error must fire, its twin must not, and the clean rows (lists that are no sum of the
//! figure before them) must stay silent.

mod common;

use common::assert_dated_matrix as assert_matrix;

#[test]
fn kinds_named_by_words_of_their_own() {
    assert_matrix(
        "arith.sum",
        "2024-08-12",
        &[
            (
                "The rowers ended the regatta with 31 medals, including 18 golds and 15 silvers.",
                "The rowers ended the regatta with 31 medals, including 18 golds and 9 silvers.",
            ),
            (
                "She faced 96 balls, including 100 fours and two sixes, before lunch.",
                "She faced 96 balls, including 11 fours and two sixes, before lunch.",
            ),
            // Kinds written as modifiers with the total's noun left out, after "including".
            (
                "The marina holds 90 boats, including 60 large, 20 medium and 15 small.",
                "The marina holds 95 boats, including 60 large, 20 medium and 15 small.",
            ),
            // A count of one writes the total's noun in the singular.
            (
                "The alliance won 40 seats, its partner another six seats and an ally one seat, for a total of 48 seats.",
                "The alliance won 40 seats, its partner another six seats and an ally one seat, for a total of 47 seats.",
            ),
            // A total with no noun takes the one thing its list counts.
            (
                "The swimmers brought back 6 golds, 5 silvers and 3 bronze medals for a total of 12.",
                "The swimmers brought back 6 golds, 5 silvers and 3 bronze medals for a total of 14.",
            ),
            (
                "The cyclists won 40 overall, made up of 20 golds, 12 silvers and 11 bronzes.",
                "The cyclists won 43 overall, made up of 20 golds, 12 silvers and 11 bronzes.",
            ),
        ],
        &[
            // Kinds with names of different nouns may overlap: no sum.
            "The festival screened 50 films, including 30 premieres and 25 documentaries.",
            // A clause of contrast after the list starts another holder's figures.
            "Kenya took 20 medals, including 9 golds, while Ethiopia won 24 medals, made up of 10 golds, 8 silvers and 6 bronzes.",
            // "a haul of" opens the figure; it names no group already counted.
            "With a haul of 5 golds and 3 silvers for a total of 8, the squad finished third.",
            // A bounded total may be passed.
            "The team won more than 30 medals, including 20 golds and 15 silvers.",
        ],
    );
}

#[test]
fn a_bracketed_or_set_off_breakdown_with_bare_or_participle_parts() {
    assert_matrix(
        "arith.sum",
        "2024-08-12",
        &[
            (
                "The tribunal sat four judges (3 sitting in Leeds, one in York and one in Hull) for the appeal.",
                "The tribunal sat four judges (2 sitting in Leeds, one in York and one in Hull) for the appeal.",
            ),
            (
                "The inspectors found 95 bridges unsafe — 30 partly and 70 fully closed.",
                "The inspectors found 95 bridges unsafe — 25 partly and 70 fully closed.",
            ),
            // A total with no noun, its kinds named after the dash.
            (
                "The county reported 140 damaged — 25 total and 120 partial.",
                "The county reported 140 damaged — 20 total and 120 partial.",
            ),
            (
                "The outbreak reached two colleges — 2 technical and one agricultural — in Dundee.",
                "The outbreak reached three colleges — 2 technical and one agricultural — in Dundee.",
            ),
            // An "of" inside a part's noun phrase is no partitive.
            (
                "Each member casts three ballots: 3 for a mayor and one for a ward member of council.",
                "Each member casts four ballots: 3 for a mayor and one for a ward member of council.",
            ),
            // The bare parts leave out the first part's noun.
            (
                "The opener survived four chances — 4 dropped catches and one by the bowler.",
                "The opener survived four chances — 3 dropped catches and one by the bowler.",
            ),
            // The total nearest the colon, not the figure that opens the sentence.
            (
                "Forty climbers set out but only nine came back: 7 Britons and three Swiss.",
                "Forty climbers set out but only nine came back: 6 Britons and three Swiss.",
            ),
            (
                "Sixty riders started and only eight finished: 8 Danes and one Norwegian.",
                "Sixty riders started and only eight finished: 7 Danes and one Norwegian.",
            ),
        ],
        &[
            // A place named after the closing dash is the whole list's, not each part's.
            "The outbreak reached two colleges — 1 technical and one agricultural — in Dundee.",
            // A bracket after a name, past a dash, breaks down the name's figure.
            "Inland, 40 boats were badly damaged and 25 partly flooded --- Portree (30 badly, 20 partly) and Uig (10 badly, 5 partly).",
            // A list that opens with names, not a figure, lists other things.
            "She leaves two sons: Tom Reed of Leeds and Sam Reed of York; five grandchildren; two sisters.",
            // Figures 1, 2, ... in brackets label the items they follow.
            "The chemists isolated two compounds (1 and 2) from the bark.",
            // A colon list closed by its "and" item: what follows is another clause.
            "The ward treated 40 people: 25 adults and 15 children, and handed out 60 doses.",
        ],
    );
}

#[test]
fn breakdown_verbs_and_odd_connectors() {
    assert_matrix(
        "arith.sum",
        "2024-08-12",
        &[
            (
                "Letters went to 2,500 growers consisting of 1,800 from the valley and 800 from the coast.",
                "Letters went to 2,500 growers consisting of 1,700 from the valley and 800 from the coast.",
            ),
            (
                "The survey reached 600 clinics comprising 420 from cities and 250 from villages.",
                "The survey reached 600 clinics comprising 420 from cities and 180 from villages.",
            ),
            (
                "The hosts finished with 57 medals in all albeit 25 gold, 20 silver and 19 bronze.",
                "The hosts finished with 64 medals in all albeit 25 gold, 20 silver and 19 bronze.",
            ),
            (
                "The harbour held 20 boats in all, 12 large and 10 small.",
                "The harbour held 22 boats in all, 12 large and 10 small.",
            ),
            // A dash that touches the noun, typed or printed.
            ("The club won 15 trophies—8 leagues and 9 cups.", "The club won 17 trophies—8 leagues and 9 cups."),
            (
                "The region counted 48 medals-- 20 golds, 15 silvers and 16 bronzes.",
                "The region counted 51 medals-- 20 golds, 15 silvers and 16 bronzes.",
            ),
        ],
        &[
            // A dash between two figures joins a score; one between two words a compound.
            "The hosts won 3–1 with 2 goals from Diaz and 2 from Lee.",
            "The 40 medal–winning athletes — 22 women and 18 men — were honoured.",
        ],
    );
}

#[test]
fn a_part_after_including_held_to_its_whole_alone() {
    assert_matrix(
        "arith.part-whole",
        "2024-08-12",
        &[
            (
                // The second part counts another thing, so the list is no sum: the first part
                // alone is held to its whole.
                "The ferry carried 120 passengers, including 130 pensioners and 40 tonnes of freight.",
                "The ferry carried 120 passengers, including 30 pensioners and 40 tonnes of freight.",
            ),
            (
                // A participle between a governed count and its noun modifies the noun.
                "The ward now has 240 admitted patients, of which 260 are children.",
                "The ward now has 240 admitted patients, of which 60 are children.",
            ),
        ],
        &[
            // "including" hangs on another noun: no part of the figure before it.
            "The talks ran 4 days, including 20 hours of debate and 3 votes.",
        ],
    );
}
