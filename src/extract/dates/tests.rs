use super::*;
use crate::extract::words::tokenize;

fn values(dct: &str, text: &str) -> Vec<(String, Option<String>)> {
    let a = Article::plain(format!("date {dct}\n\n{text}"));
    let toks = tokenize(&a);
    extract(&a, &toks, &Triggers::new(&a, &toks))
        .into_iter()
        .map(|m| (a.slice(m.span).to_string(), m.value.map(String::from)))
        .collect()
}

fn one(dct: &str, text: &str) -> Option<String> {
    let v = values(dct, text);
    assert_eq!(v.len(), 1, "{text}: {v:?}");
    v[0].1.clone()
}

#[test]
fn absolute_forms() {
    for t in [
        "It happened on September 18, 2021.",
        "It happened on Sept. 18, 2021.",
        "It happened on Sep 18 2021.",
        "It happened on 18 September 2021.",
        "It happened on 2021-09-18.",
        "It happened on 9/18/2021.",
        "It happened on September 18th, 2021.",
        "It happened on the 18th of September, 2021.",
        "It happened on Saturday, Sept. 18, 2021.",
        // Day first: no month 18, so only this reading holds.
        "It happened on 18/09/2021.",
    ] {
        assert_eq!(one("2025-09-19", t).as_deref(), Some("2021-09-18"), "{t}");
    }
    assert_eq!(one("2025-09-19", "It closed in July 2021.").as_deref(), Some("2021-07"));
    assert_eq!(one("2025-09-19", "It began in 2001.").as_deref(), Some("2001"));
    assert_eq!(one("2025-09-19", "Popular in the 1990s.").as_deref(), Some("199"));
    assert_eq!(one("2025-09-19", "Sales in fiscal 2024 fell.").as_deref(), Some("FY2024"));
    assert_eq!(one("2025-09-19", "It opened in spring 2023.").as_deref(), Some("2023-SP"));
}

#[test]
fn partial_dates_follow_tense() {
    assert_eq!(one("2025-09-19", "He spoke on September 18.").as_deref(), Some("2025-09-18"));
    assert_eq!(one("2024-01-08", "The committee met in December.").as_deref(), Some("2023-12"));
    assert_eq!(one("2023-11-20", "Elections will be held in March.").as_deref(), Some("2024-03"));
    assert_eq!(one("2025-01-05", "The vote was held on Dec. 30.").as_deref(), Some("2024-12-30"));
    assert_eq!(one("2025-09-19", "He left on the 3rd.").as_deref(), Some("2025-09-03"));
}

#[test]
fn relative_forms() {
    let d = "2025-09-19"; // a Friday
    assert_eq!(one(d, "He spoke on Thursday.").as_deref(), Some("2025-09-18"));
    assert_eq!(one(d, "He will speak on Thursday.").as_deref(), Some("2025-09-25"));
    assert_eq!(one(d, "He spoke on Friday.").as_deref(), Some("2025-09-19"));
    assert_eq!(one(d, "They met Thursday night.").as_deref(), Some("2025-09-18TNI"));
    assert_eq!(one(d, "They met yesterday.").as_deref(), Some("2025-09-18"));
    assert_eq!(one(d, "They met last week.").as_deref(), Some("2025-W37"));
    assert_eq!(one(d, "They met this month.").as_deref(), Some("2025-09"));
    assert_eq!(one(d, "They met last year.").as_deref(), Some("2024"));
    assert_eq!(one(d, "They met two days ago.").as_deref(), Some("2025-09-17"));
    assert_eq!(one(d, "They met five years ago.").as_deref(), Some("2020"));
    assert_eq!(one(d, "They met a decade ago.").as_deref(), Some("2015"));
    assert_eq!(one(d, "It grew earlier this year.").as_deref(), Some("2025"));
}

#[test]
fn durations_and_not_dates() {
    assert_eq!(one("2025-09-19", "the 20-year war ended").as_deref(), Some("P20Y"));
    assert_eq!(one("2025-09-19", "He served for four years.").as_deref(), Some("P4Y"));
    assert_eq!(one("2025-09-19", "It took two decades.").as_deref(), Some("P2DE"));
    for t in [
        "It killed 2000 people.",
        "The Boeing 737 landed.",
        "It cost $2010.",
        "Officials may decide soonish.",
        "A protest march was held.",
        "The 38-year-old man.",
    ] {
        assert!(values("2025-09-19", t).is_empty(), "{t}: {:?}", values("2025-09-19", t));
    }
}

#[test]
fn invalid_dates_are_marked() {
    let a = Article::plain("date 2025-01-01\n\nIt was June 31, 2022 and February 29, 2023 and 13/13/2021.");
    let toks = tokenize(&a);
    let ms = extract(&a, &toks, &Triggers::new(&a, &toks));
    assert_eq!(ms.len(), 3);
    assert!(ms.iter().all(|m| m.invalid.is_some() && m.value.is_none()));
}
