use super::*;
use crate::article::{Article, Format, IngestOptions};

fn people(text: &str) -> (Article, People) {
    let a = Article::from_text("t.txt", text.to_string(), Format::Text, &IngestOptions::default());
    let m = crate::extract::extract(&a);
    let p = extract(&a, &m.tokens);
    (a, p)
}

/// (name, title, age, person) of each mention, for compact assertions.
fn summary(text: &str) -> Vec<(String, String, Option<u32>, Option<usize>)> {
    let (a, p) = people(text);
    p.mentions
        .iter()
        .map(|m| {
            let title = m.title.as_ref().map_or(String::new(), |t| a.slice(t.span).to_string());
            (a.slice(m.name).to_string(), title, m.age.as_ref().map(|x| x.value), m.person)
        })
        .collect()
}

#[test]
fn names_titles_and_ages_are_read() {
    let got = summary("Sen. Maria Ruiz, 58, spoke. Later Ruiz said no.");
    assert_eq!(got[0], ("Maria Ruiz".into(), "Sen.".into(), Some(58), Some(0)));
    assert_eq!(got[1], ("Ruiz".into(), String::new(), None, Some(0)));
}

#[test]
fn particles_suffixes_and_hyphens_stay_in_the_name() {
    let got = summary("Dr. Jan van der Berg met Martin Luther King Jr. and Ana Lopez-Garcia on the way.");
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(names, ["Jan van der Berg", "Martin Luther King", "Ana Lopez-Garcia"]);
}

#[test]
fn titles_of_several_words_and_courtesy_titles() {
    let (a, p) = people("Prime Minister John Howard met Lt. Gov. Amy Stone. Mr. Howard said so.");
    let titles: Vec<(&str, Option<Office>)> =
        p.mentions.iter().map(|m| m.title.as_ref().map_or(("", None), |t| (a.slice(t.span), t.office))).collect();
    assert_eq!(
        titles,
        [
            ("Prime Minister", Some(Office::PrimeMinister)),
            ("Lt. Gov.", Some(Office::LieutenantGovernor)),
            ("Mr.", None)
        ]
    );
    assert!(p.mentions[2].title.as_ref().unwrap().honorific);
    assert_eq!(p.mentions[2].person, Some(0));
}

#[test]
fn former_then_and_elect_are_not_current() {
    for text in [
        "Former Gov. Amy Stone spoke.",
        "The then-Gov. Amy Stone spoke.",
        "Gov.-elect Amy Stone spoke.",
        "Mayor-elect Amy Stone spoke.",
    ] {
        let (_, p) = people(text);
        assert!(p.mentions[0].title.as_ref().unwrap().not_current, "{text}");
    }
}

#[test]
fn ages_before_and_after_the_name() {
    let got = summary("The 45-year-old Jane Doe won. Tom Reyes, aged 52, lost. Ann Cole, 30, left.");
    let ages: Vec<Option<u32>> = got.iter().map(|g| g.2).collect();
    assert_eq!(ages, [Some(45), Some(52), Some(30)]);
}

#[test]
fn a_shared_surname_links_to_no_one() {
    let got = summary("Tom Reyes, 52, and his son Luis Reyes, 25, run it. Reyes said so.");
    assert_eq!(got.last().unwrap().3, None);
}

#[test]
fn given_names_that_are_months_stay_names() {
    let got = summary("Jon Lund, 41, and Jan Lund, 39, run the farm. It opens Jan. 5 and May 2.");
    let names: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(names, ["Jon Lund", "Jan Lund"]);
}

#[test]
fn headlines_and_organisations_are_not_people() {
    let got =
        summary("Senator Smith Wins Vote In Close Race\n\nGoldman Sachs Bank said the New York office would close.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn edit_distance_counts_swaps_as_one() {
    assert_eq!(edit_distance("kowalczyk", "kowalcyk"), 1);
    assert_eq!(edit_distance("romaszko", "romanszko"), 1);
    assert_eq!(edit_distance("larsen", "lasren"), 1);
    assert_eq!(edit_distance("smith", "smyth"), 1);
}

#[test]
fn a_decimal_after_a_name_is_not_an_age() {
    let got = summary("The Bureau of Statistics, 1.2 per cent higher, said so. Jane Doe, 45. She left.");
    let ages: Vec<Option<u32>> = got.iter().map(|g| g.2).collect();
    assert!(!ages.contains(&Some(1)), "{got:?}");
    assert!(ages.contains(&Some(45)), "{got:?}");
}

#[test]
fn ranks_and_a_bare_president_name_offices() {
    let (a, p) = people("President Nadia Sorel met Lt. Gen. Mark Dale. Attorney General Jane Holt and Staff Sgt. Ana Ortiz came. Prime Minister Sorel spoke.");
    let titles: Vec<(&str, Option<Office>)> =
        p.mentions.iter().map(|m| m.title.as_ref().map_or(("", None), |t| (a.slice(t.span), t.office))).collect();
    assert_eq!(
        titles,
        [
            ("President", Some(Office::President)),
            ("Lt. Gen.", Some(Office::General)),
            ("Attorney General", Some(Office::AttorneyGeneral)),
            ("Staff Sgt.", Some(Office::Sergeant)),
            ("Prime Minister", Some(Office::PrimeMinister)),
        ]
    );
}

#[test]
fn a_birth_surname_in_brackets_and_an_initial_before_a_nickname_stay_in_the_name() {
    let got = summary("Nell A. (Cobb) Prior, 99, died. Ida (Moss) Hale came. Omar J. “Sonny” Reyes, 70, spoke.");
    let names: Vec<(&str, Option<u32>)> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert_eq!(
        names,
        [
            ("Nell A. (Cobb) Prior", Some(99)),
            ("Ida (Moss) Hale", None),
            ("Omar J.", None),
            ("Sonny", None),
            ("Reyes", Some(70))
        ]
    );
    // A bracket with no name after it, or a state, is no birth surname.
    let got = summary("Sen. Ann Fox (Ohio) Tuesday said so. Ann Fox (R) voted.");
    assert!(got.iter().all(|g| !g.0.contains('(')), "{got:?}");
}
