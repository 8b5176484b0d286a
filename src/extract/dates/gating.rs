//! Trigger gating must never change what the recognizers find: the candidates and numbers
//! found with an article's triggers are those found searching every sentence.
use super::*;
use crate::article::{Format, IngestOptions};
use crate::extract::{numbers, words::tokenize};
use proptest::prelude::*;

fn gated_equals_full(text: &str) -> Result<(), String> {
    let a = Article::from_text("t", text.to_string(), Format::Text, &IngestOptions::default());
    let toks = tokenize(&a);
    let (gated, all) = (Triggers::new(&a, &toks), Triggers::everything(&a));
    let (d1, d2) = (candidates(&a.text, &gated), candidates(&a.text, &all));
    if d1 != d2 {
        return Err(format!("dates differ in {text:?}:\ngated {d1:?}\nfull  {d2:?}"));
    }
    let (n1, n2) = (numbers::extract(&a, &toks, &gated, &[]), numbers::extract(&a, &toks, &all, &[]));
    if n1 != n2 {
        return Err(format!("numbers differ in {text:?}:\ngated {n1:?}\nfull  {n2:?}"));
    }
    Ok(())
}

#[test]
fn gating_changes_nothing_in_the_corpus() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
    let mut checked = 0;
    for sub in ["", "/gold/dates"] {
        for entry in std::fs::read_dir(format!("{dir}{sub}")).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "txt" || e == "md") {
                gated_equals_full(&std::fs::read_to_string(&path).unwrap()).unwrap();
                checked += 1;
            }
        }
    }
    assert!(checked > 50, "{checked} articles");
}

#[test]
fn gating_holds_on_the_cases_the_property_test_found() {
    for text in
        ["last\nMay ", "early-early May ", "Sept-5 week ", "Sept.\n18 ", "Sept-18 September ", "Monday\n18\nSeptember "]
    {
        gated_equals_full(text).unwrap();
    }
}

/// Words the recognizers care about, in the cases and joins news copy writes them.
const VOCAB: &[&str] = &[
    "September",
    "Sept.",
    "Sept",
    "May",
    "may",
    "MAY",
    "June",
    "june",
    "mid-July",
    "early",
    "late",
    "until",
    "18",
    "18th",
    "5",
    "5th-7th",
    "5thto",
    "th",
    "st",
    "12",
    "1,2024-09-18",
    "10/14",
    "/",
    "2025.5",
    "20250",
    "2025",
    "2024-09-18",
    "9/18/2025",
    "1990s",
    "'90s",
    "the",
    "of",
    "on",
    "in",
    "and",
    "to",
    "through",
    "or",
    "-",
    "–",
    ",",
    ".",
    "Monday",
    "Sep.",
    "Thurs.",
    "Thu",
    "June",
    "Jun.",
    "Jun",
    "Sunday.",
    "1st",
    "22nd",
    "Last",
    "Next",
    "_",
    "Sunday,",
    "Tues.",
    "Friday",
    "last",
    "this",
    "next",
    "past",
    "night",
    "morning",
    "evening",
    "weekend",
    "week",
    "weeks",
    "month",
    "year",
    "years",
    "decade",
    "ago",
    "a",
    "an",
    "two",
    "twenty-five",
    "hundred",
    "one",
    "three",
    "hours",
    "minutes",
    "30-day",
    "four-year-old",
    "every",
    "daily",
    "annually",
    "half",
    "quarter",
    "third",
    "Q3",
    "fiscal",
    "FY2024",
    "FY",
    "percent",
    "per",
    "cent",
    "$",
    "US$",
    "1,204",
    "3.5",
    "million",
    "twice",
    "times",
    "tripled",
    "dozens",
    "thousands",
    "spring",
    "fall",
    "summer",
    "today",
    "yesterday",
    "tonight",
    "now",
    "recently",
    "currently",
    "soon",
    "future",
    "earlier",
    "later",
    "dozen",
    "killed",
    "said",
    "will",
    "first",
    "second",
    "mid",
    "Mid",
    "end of",
    "until late",
    "late-",
    "during",
    "July",
    "Oct.",
    "the 5th",
];
const SEPARATORS: &[&str] = &[" ", " ", " ", "  ", "\n", ", ", "-", ". ", "\u{a0}", "\u{2003}"];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(crate::proptest_cases(400)))]
    #[test]
    fn gating_changes_nothing_in_date_and_number_soup(
        words in prop::collection::vec((prop::sample::select(VOCAB), prop::sample::select(SEPARATORS)), 1..40)
    ) {
        let text: String = words.iter().flat_map(|(w, s)| [*w, *s]).collect();
        prop_assert!(gated_equals_full(&text).is_ok(), "{}", gated_equals_full(&text).unwrap_err());
    }
}
