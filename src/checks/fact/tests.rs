use crate::article::{Article, Format, IngestOptions};
use crate::rules::RuleSet;

fn fired(text: &str) -> Vec<String> {
    // The fact rules alone: a finding of another rule on the same date (a date after the
    // dateline) would take the title's finding in as a note (one error, one finding).
    let mut set = RuleSet::builtin();
    set.filter(&["fact".to_string()], &[]);
    let a = Article::from_text("t", text.to_string(), Format::Text, &IngestOptions::default());
    crate::engine::check(&a, &set).into_iter().filter(|f| f.rule.starts_with("fact.")).map(|f| f.message).collect()
}

#[test]
fn titles_marked_as_not_current_are_fine() {
    for title in ["Former President", "former President", "ex-President", "then-President", "Then-President"] {
        assert!(fired(&format!("date 2012-05-06\n\n{title} Bill Clinton spoke on Friday.")).is_empty(), "{title}");
    }
    assert!(fired("date 2008-11-06\n\nPresident-elect Barack Obama spoke on Wednesday.").is_empty());
    assert_eq!(fired("date 2012-05-06\n\nPresident Bill Clinton spoke on Friday.").len(), 1);
}

#[test]
fn the_sentence_date_wins_over_the_dateline() {
    assert!(fired("date 2020-05-06\n\nPresident Bill Clinton spoke in Denver on May 5, 1998.").is_empty());
    let got = fired("date 1998-05-06\n\nPresident Bill Clinton spoke in Denver on May 5, 2010.");
    assert_eq!(
        got,
        ["Bill Clinton was not President on May 5, 2010: in office 1993-01-20 to 2001-01-20 (record as of 2026-06-15)"]
    );
}

#[test]
fn a_day_without_its_year_is_read_nearest_the_dateline() {
    let got = fired("date 2021-09-20\n\nChancellor Olaf Scholz is favored in the Sept. 26 election.");
    assert_eq!(got.len(), 1);
    assert!(got[0].contains("September 26, 2021"), "{}", got[0]);
}

#[test]
fn event_figures_match_by_verb_or_noun_within_tolerance() {
    assert_eq!(fired("date 2020-04-21\n\nThe Deepwater Horizon explosion left 12 dead.").len(), 1);
    assert!(fired("date 2020-04-21\n\nThe Deepwater Horizon explosion left 11 dead and 17 injured.").is_empty());
    assert!(fired("date 2021-09-12\n\nThe September 11 attacks killed 2,977 people.").is_empty());
    // A count of something else in the sentence is not the toll.
    assert!(fired("date 2020-04-21\n\nThe Deepwater Horizon explosion spilled oil for 87 days.").is_empty());
}

#[test]
fn an_age_is_dated_by_its_own_clause_only() {
    // Undated text: the year of a coordinated clause about someone else does not date the age.
    assert!(fired("Bernie Sanders, 82, spoke at the rally, and his rival won the seat in 1990.").is_empty());
    assert!(fired("Bernie Sanders, 82, spoke at the rally and his rival won the seat in 1990.").is_empty());
    assert_eq!(fired("Bernie Sanders, 30, won the seat in 1990.").len(), 1);
}

#[test]
fn names_the_records_lack_come_from_the_names_file() {
    // "FDR" and "Teddy Roosevelt" are in rules/sources/known-names.yaml.
    assert_eq!(fired("date 1950-05-06\n\nPresident FDR spoke on Friday.").len(), 1);
    assert!(fired("date 1940-05-06\n\nPresident FDR spoke on Friday.").is_empty());
    assert_eq!(fired("date 1901-10-06\n\nTeddy Roosevelt, 50, spoke on Friday.").len(), 1);
    assert!(fired("date 1901-10-06\n\nTeddy Roosevelt, 42, spoke on Friday.").is_empty());
}

#[test]
fn an_age_of_someone_who_would_be_a_hundred_speaks_of_an_unsaid_time() {
    // Kennedy would be 106 at the dateline: the age is the one he died at, a time left unsaid.
    assert!(fired("date 2023-11-22\n\nJohn F. Kennedy, 46, was shot as his motorcade passed.").is_empty());
    // A date in the sentence says which time: checked against it.
    assert_eq!(fired("date 2023-11-22\n\nIn November 1963, John F. Kennedy, 52, was shot in Dallas.").len(), 1);
    assert!(fired("date 2023-11-22\n\nIn November 1963, John F. Kennedy, 46, was shot in Dallas.").is_empty());
    // Under a hundred: the dateline's age, as before.
    assert_eq!(fired("date 2023-11-22\n\nJoe Biden, 70, spoke on Friday.").len(), 1);
}

#[test]
fn an_age_of_someone_who_has_died_is_one_they_reached() {
    // Shinzo Abe (born 1954-09-21) died on 2022-07-08, aged 67.
    assert!(fired("date 2024-07-08\n\nShinzo Abe, 67, was shot while giving a speech.").is_empty());
    assert!(fired("date 2024-07-08\n\nShinzo Abe, 52, returned as prime minister.").is_empty());
    let got = fired("date 2024-07-08\n\nShinzo Abe, 70, was shot while giving a speech.");
    assert_eq!(got.len(), 1);
    assert!(got[0].contains("was 67 when they died on July 8, 2022"), "{}", got[0]);
    // While alive, the dateline's age as before.
    assert_eq!(fired("date 2021-07-08\n\nShinzo Abe, 70, said he would run.").len(), 1);
}
