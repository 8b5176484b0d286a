//! The phrasing matrix for number.conflict (issue 13, class 1): shapes that fooled the check
//! on real text, written in other words, each of which must stay silent; and planted
//! contradictions, in several word orders, each of which must still be reported.

use crate::article::{Article, Format, IngestOptions};
use crate::rules::RuleSet;

fn conflicts(body: &str) -> usize {
    let text = format!("date 2024-05-02\n\n{body}\n");
    let article = Article::from_text("t", text, Format::Text, &IngestOptions::default());
    let rules = RuleSet::builtin();
    crate::engine::check(&article, &rules).into_iter().filter(|f| f.rule == "number.conflict").count()
}

fn assert_silent(cases: &[&str]) {
    let loud: Vec<&&str> = cases.iter().filter(|c| conflicts(c) > 0).collect();
    assert!(loud.is_empty(), "{} of {} clean phrasings reported: {loud:#?}", loud.len(), cases.len());
}

/// One subject's figure against another's: the owner differs, not just the noun.
const DIFFERENT_OWNERS: &[&str] = &[
    "On Saturday, Ito collected a $40,000 prize for the sprint. The marathon winner, Chen, took home the $55,000 prize.",
    "Harlow Mining paid a $2 million dividend last year. Vesta Energy paid out the $3.5 million dividend it had promised.",
    "The mayor's $90,000 salary was frozen in the budget. The police chief's $140,000 salary was not.",
    "Greenleaf Bank reported 200 branches. The bank's rival, Marsh Trust, reported its 340 branches.",
    "The Northgate mall lost 30 tenants in the spring. The Riverside mall, which lost 45 tenants, is half empty.",
    "The north hospital hired 60 nurses this spring. The south hospital, which hired 85 nurses, still has vacancies.",
    "Harlow Mining made a $1.2 billion bid for the mine. Vesta Energy topped it with the $1.5 billion bid announced on Friday.",
    // Two things sized in a unit of measure are two things.
    "The readings taken with the NRL 40-foot dish, which is mounted on a turntable, would have shown the effect.\n\nThe 21-cm survey of Hale was made on April 3, using the 70-foot dish at the Green Bank site. The age of the moon was about 4 days.",
    // Sums named by their currency alone pay for different things.
    "The President recommended state \"matching grants\" totaling 300 million dollars in 10 years for building new clinics or enlarging old ones.\n\nFor research he asked a 10 million dollar a year increase, from 30 to 40 millions, in grants for labs. The President said he will also propose increasing, by an unspecified amount, the 120 million dollars in the 2024-25 budget for direct research.",
];

/// A part against its whole, a cap against a total, one day against a period.
const PART_WHOLE_AND_SCOPE: &[&str] = &[
    "The officers seized 12 vehicles on Friday. In May alone the officers seized the 140 vehicles now held at the depot.",
    "Each saver is covered for a maximum of $250,000 in deposits. The fund guarantees the $9 billion in deposits held at the bank.",
    "Each family received $500 in aid. The agency handed out the $2 million in aid it had raised.",
    // Averages of two samples, each over its own period or site.
    "The east well averaged 41 litres a minute in May.\n\nThe well averaged 29 litres a minute once the pump was moved to the west field.",
    "The storm destroyed 40 homes on Monday. Over the whole month, the storm destroyed 310 homes, and the 310 homes destroyed were mostly cabins.",
    "The ministry paid $4 million for the bridge. Of the $9 million it paid for roads, $4 million went to the bridge.",
    "The city allows up to 300 guests per venue. The city counted the 4,500 guests at the festival.",
    "Rangers rescued 8 hikers on Sunday. The rangers, who rescued 35 hikers this month, asked walkers to carry maps.",
    "The clinic vaccinated 120 children on Tuesday. During March the clinic, which vaccinated 2,400 children, ran out of doses.",
    "The officers seized 12 vehicles on Friday. In May alone, the officers, who seized 140 vehicles, made 30 arrests.",
    "The airline cancelled 18 flights on Tuesday. In March alone, the airline, which cancelled 420 flights, lost millions.",
    "Farmers can apply for a $50,000 grant per farm. The ministry announced the $9 million grant for the region.",
    "The donors gave up to a $1,000 gift each. The school thanked them for the $80,000 gift.",
    // The whole a part is drawn from: the seats of one district, not of the country.
    "The board said the Greens won 64 seats while the Liberals won 41.\n\nIn the northern province of Arvel, the Greens made gains, taking five of the 9 seats where they had held none.",
    "The chain runs 230 stores. It will close 14 of its 40 stores in the west.",
];

/// A unit against the force it joins; "-strong" bodies with different heads or owners.
const CONTINGENT_AND_FORCE: &[&str] = &[
    "A 250-strong engineering unit arrived on Monday. The 6,000-strong mission is led by Ghana.",
    "Kenya sent a 400-strong police contingent. The contingent joins the 2,500-strong force in Haiti.",
    "The 90-strong choir performed. The 300-strong festival chorus sang last.",
    "Nepal deployed 300 soldiers to the mission. The mission, which deployed 4,000 soldiers, is led by Italy.",
    "Spain contributed 150 troops to the mission. The force, which contributed 4,000 troops, patrols the border.",
    "A 40-strong medical team flew in on Monday. The team joins the 1,200-strong relief operation run by the Red Cross.",
    "A 250-strong mission team from Chile arrived on Monday. The team will support the 6,000-strong mission.",
    "Kenya's 400-strong police unit landed on Friday. Ghana's 900-strong police unit is due next month.",
    "The 120-strong army engineering corps began work. The 3,000-strong army is stretched thin.",
];

/// A measure that names an event or a class ("the 200-metre heat"), not a count of it.
const MEASURE_IN_A_NAME: &[&str] = &[
    "She won the 200-meter heat. She later won the 1,500-meter heat.",
    "He finished the 10-kilometre race. He then finished the 42-kilometre race in Boston.",
    "The 50-kilogram class was won by Ito. The 75-kilogram class was won by Chen.",
    "The ship sailed the 300-mile route. The ship sailed the 1,200-mile route last year.",
    "She swam the 100-metre final. She swam the 400-metre final an hour later.",
    "The 60-kilogram division went to Ito. The 90-kilogram division went to Chen.",
];

/// A rising toll with a later time ("by Tuesday", "as of", a later day): an update.
const UPDATES: &[&str] = &[
    "The storm killed 48 people on Sunday. By Tuesday, the storm had killed 52 people.",
    "The quake killed 120 people, officials said on Monday. The quake, which by Wednesday had killed 310 people, struck at dawn.",
    "Floods displaced 2,000 families on Friday. By Monday the floods had displaced the 3,500 families now in camps.",
    "The virus infected 30 workers last week. As of Thursday the virus had infected 44 workers.",
    "The fire destroyed 60 homes on Saturday. On Monday officials said the fire had destroyed 85 homes.",
    "The blast killed 9 miners, officials said on Monday. The blast had killed 11 miners by Tuesday night.",
    "The storm killed 48 people on Sunday. The storm, which has killed 52 people, is moving north.",
    "The quake killed 120 people on Monday. The quake, which has killed 210 people, struck at dawn.",
];

/// Contradictions that must still be caught: appositive, definite and passive restatements.
const PLANTED: &[&str] = &[
    "The storm destroyed 340 homes on Monday. The storm, which destroyed 430 homes, moved north.",
    "Harlow Mining declared a $2 million dividend on Monday. Shareholders said the $3.5 million dividend was welcome.",
    "The storm destroyed 340 homes on Monday. The 430 homes were destroyed in minutes, the mayor said.",
    "Three people died in the blaze. Officials said the four people killed had stayed behind.",
    "The city signed a $4.2 million contract on Monday. It later added money to the $2.4 million contract.",
    "The quake killed 120 people on Monday. The quake, which killed 210 people, struck at dawn.",
    "The Riverside mall lost 30 tenants in the spring. The Riverside mall, which lost 45 tenants, is half empty.",
    "The 6,000-strong mission arrived on Monday. The 7,000-strong mission is led by Ghana.",
    "The storm killed 48 people on Sunday. The storm, which killed 52 people on Sunday, moved east.",
    "The airline cancelled 18 flights on Tuesday. The airline, which cancelled 25 flights on Tuesday, apologised.",
    "Greenleaf Bank reported 200 branches. The bank, which reported 240 branches, is hiring.",
    "The mayor's $90,000 salary was frozen in the budget. The council said the mayor's $95,000 salary was fair.",
    "The storm has killed 48 people. The storm, which has killed 52 people, moved east.",
    // A whole with no part drawn from it in its clause still restates.
    "The board said the Greens won 64 seats.\n\nThe 46 seats the Greens won were a record.",
    "The board said the Greens won 64 seats.\n\nOf the 46 seats, five were in Arvel.",
];

#[test]
fn different_owners_are_different_quantities() {
    assert_silent(DIFFERENT_OWNERS);
}

#[test]
fn parts_limits_and_other_periods_are_different_quantities() {
    assert_silent(PART_WHOLE_AND_SCOPE);
}

#[test]
fn a_contingent_is_not_the_force_it_joins() {
    assert_silent(CONTINGENT_AND_FORCE);
}

#[test]
fn a_measure_that_names_an_event_is_not_a_count() {
    assert_silent(MEASURE_IN_A_NAME);
}

#[test]
fn a_later_toll_is_an_update() {
    assert_silent(UPDATES);
}

#[test]
fn planted_contradictions_are_still_caught() {
    let missed: Vec<&&str> = PLANTED.iter().filter(|c| conflicts(c) != 1).collect();
    assert!(missed.is_empty(), "{} of {} planted conflicts missed: {missed:#?}", missed.len(), PLANTED.len());
}

/// A second batch, written after the fix without tuning it to them: every shape above in other
/// words. (Three more planted restatements written with them are missed before and after this
/// change for reasons outside this check: "The flood ... damaged 240 bridges" yields no
/// quantity, "the 21,000 cars recalled" gets "recalled" as its head, "530 new homes" reads "new"
/// as an update.)
const HELD_OUT_CLEAN: &[&str] = &[
    "The governor's $2.1 million budget request was approved. The treasurer's $3.4 million budget request was cut.",
    "Pemberton Foods posted a $40 million profit in the quarter. Ostrander Mills, its main competitor, posted the $65 million profit analysts had expected.",
    "The east wing, which houses 80 beds, reopened on Monday. The west wing, which houses 120 beds, stays shut.",
    "Voss scored 18 points for the Rams. Their opponents' top scorer, Delgado, scored the 27 points that decided it.",
    "The Lakeside school district laid off 45 teachers. The Hillcrest school district, which laid off 70 teachers, blamed the state.",
    "The senior league awarded a $5,000 prize to the winner. The junior league's $2,000 prize went to a team from Oakham.",
    "Inspectors closed 6 restaurants on Thursday. Over the past month, inspectors closed the 41 restaurants named in the report.",
    "The bank allows withdrawals of up to $2,000 a day. The bank paid out the $3 million in withdrawals on Monday.",
    "Volunteers planted 300 trees in each park. The city said the volunteers, who planted 2,400 trees, had finished.",
    "The clinic treated 25 patients on Monday. For the week as a whole, the clinic, which treated 160 patients, stayed open late.",
    "Police detained 11 suspects during the raid. Among the 40 suspects detained since January, most were released.",
    "Each council member receives a $12,000 allowance. The council approved the $84,000 allowance budget for the seven members.",
    "A 30-strong Irish platoon joined the patrol. The patrol is part of the 10,000-strong peacekeeping force.",
    "Chile's 200-strong medical battalion arrived in the capital. Brazil's 1,000-strong engineering battalion came a week later.",
    "The 45-strong youth orchestra played first. The 110-strong city orchestra closed the evening.",
    "He took gold in the 400-metre hurdles. He took silver in the 110-metre hurdles.",
    "She won the 57-kilogram category. Her sister won the 63-kilogram category.",
    "The club runs a 5-kilometre fun run in spring. The club also runs the 21-kilometre race each autumn.",
    "The outbreak sickened 70 residents by Friday. As of Sunday, the outbreak had sickened 95 residents.",
    "The landslide buried 14 houses on Tuesday. By Thursday, the landslide had buried 22 houses, officials said.",
    "The strike idled 300 workers on Monday. By the end of the week, the strike had idled 1,100 workers.",
];

const HELD_OUT_PLANTED: &[&str] = &[
    "The mayor's $90,000 salary was frozen. Critics said the mayor's $99,000 salary was too high.",
    "The blast injured 17 workers at the plant. The 19 workers injured were taken to the county hospital.",
    "The 4,000-strong brigade crossed the river on Monday. The 4,500-strong brigade then halted.",
    "Four climbers died on the mountain on Saturday. Rescuers said the five climbers killed on Saturday were roped together.",
];

#[test]
fn held_out_phrasings_behave_the_same() {
    assert_silent(HELD_OUT_CLEAN);
    let missed: Vec<&&str> = HELD_OUT_PLANTED.iter().filter(|c| conflicts(c) != 1).collect();
    assert!(missed.is_empty(), "held-out planted conflicts missed: {missed:#?}");
}

/// A restatement that does not point back ("Corran carried ...", not "the ... passengers") is
/// caught only with the same named owner, the same verb and a day or month both name.
#[test]
fn a_word_for_word_restatement_needs_the_same_owner_and_time() {
    let planted = [
        "Corran Rail carried 61,000 passengers in March. Analysts expect growth. Corran carried 66,000 passengers in March, its director said.",
        "Tallis Farms shipped 900 tonnes of apples on Friday. Buyers were pleased. Tallis Farms shipped 1,300 tonnes of apples on Friday, a spokesman said.",
    ];
    for case in planted {
        assert_eq!(conflicts(case), 1, "{case}");
    }
    assert_silent(&[
        "Corran Rail carried 61,000 passengers in March. Corran carried 66,000 passengers in April.",
        "Corran Rail carried 61,000 passengers in March. Dunmore Rail carried 66,000 passengers in March.",
        "Harlow Mining hired 200 workers in Ohio. Harlow Mining hired 150 workers at its Texas plant.",
        "Harlow Mining hired 200 workers last spring. Harlow Mining hired 150 workers in May.",
    ]);
}

#[test]
fn a_figure_stated_before_or_introduced_with_a_is_another_thing() {
    assert_silent(&[
        // Two items told apart by price, each priced when first named.
        "She paid $30,000 for a bronze statue of the founder. He paid $8,000 to buy a small sketch of \
         the harbor.\n\nNobody knows where the $30,000 statue went.\n\nThe $8,000 statue was found in a hotel lobby.",
        // "a $90,000 grant": a new grant, whatever the clause's subject.
        "The council accepted a $40,000 grant from the state.\n\nThe council also received a $90,000 grant \
         from a private trust.",
    ]);
    // The figure appears nowhere before: still a contradiction.
    assert_eq!(
        conflicts("Nobody knows where the $30,000 statue went.\n\nThe $8,000 statue was found in a hotel lobby."),
        1
    );
}
