//! Phrasing matrix for the date checks' false-alarm classes of issue 13 (2, 5, 6, 7, 9, 10):
//! for each class, clean phrasings of the shape that fooled a check (it must stay silent) and
//! planted errors of the same shape (it must still fire). Written in our own words.

use copydesk::article::{Article, IngestOptions};
use copydesk::engine;
use copydesk::rules::RuleSet;

fn rules_for(text: &str) -> Vec<String> {
    let article = Article::from_bytes("t.txt", text.as_bytes(), &IngestOptions::default()).unwrap();
    engine::check(&article, &RuleSet::builtin()).into_iter().map(|f| f.rule).collect()
}

/// Every clean text is silent for `rule`; every planted text raises it.
fn matrix(rule: &str, clean: &[&str], planted: &[&str]) {
    let mut problems = Vec::new();
    for t in clean {
        if rules_for(t).iter().any(|r| r == rule) {
            problems.push(format!("false alarm {rule}: {t:?}"));
        }
    }
    for t in planted {
        if !rules_for(t).iter().any(|r| r == rule) {
            problems.push(format!("missed {rule}: {t:?}"));
        }
    }
    eprintln!("{rule}: {} clean, {} planted, {} problems", clean.len(), planted.len(), problems.len());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn class2_a_count_or_clock_time_beside_a_month_is_not_a_day() {
    matrix(
        "date.invalid",
        &[
            "date 2024-07-10\n\nIn April 31 schools stayed shut because of the flooding.\n",
            "date 2024-07-10\n\nDuring November 32 trawlers were turned back by the coast guard.\n",
            "date 2024-07-10\n\nIn June 35 graduates found work at the shipyard.\n",
            "date 2024-02-01\n\nBids must be filed by 23:59 Feb. 3, the agency said.\n",
            "date 2024-02-01\n\nVoting runs until 21:45 March 2 in the northern districts.\n",
            "date 2024-07-10\n\nCode  Lot  Month  Price\nXB7 45 June 118.25 119.00\nKQ2 38 Sept 97.40 97.10\n",
            "date 2024-07-10\n\nTZR4 33 April 61.10 60.95\n",
        ],
        &[
            "date 2024-07-10\n\nThe ceremony was held on June 31, 2024.\n",
            "date 2024-07-10\n\nOn April 31 voters went to the polls.\n",
            "date 2024-07-10\n\nThe plant reopened on 30 February 2023, the company said.\n",
            "date 2024-07-10\n\nShe was born Sept. 31, 1990, in Ohio.\n",
        ],
    );
}

#[test]
fn class9_a_weekday_does_not_join_a_date_across_a_line_break() {
    matrix(
        "date.weekday-mismatch",
        &[
            "date 2024-03-01\n\nFerry service suspended until Friday\nMarch 3, 2024\n\nThe ferry stopped running.\n",
            "date 2024-03-01\n\nMuseum closed through Tuesday\n\nMarch 3, 2024\n\nThe museum shut its doors.\n",
            "date 2024-03-01\n\nTalks resume Monday\nBy a staff writer\nMarch 3, 2024\n\nNegotiators met.\n",
            "date 2024-03-01\n\nSchools shut until Wednesday\nSunday, March 3, 2024\n\nSchools closed.\n",
            "date 2024-03-01\n\nHighway reopens Thursday\nMarch 3, 2024 — Crews worked overnight.\n",
        ],
        &[
            "date 2024-03-01\n\nThe vote was held on Friday, March 3, 2024, in the capital.\n",
            "date 2024-03-01\n\nThe vote was held on Friday,\nMarch 3, 2024, in the capital after a long\ncampaign.\n",
            "date 2024-03-01\n\nTalks resumed Monday, March 3, after a pause.\n",
        ],
    );
}

#[test]
fn class7_an_attribution_verb_does_not_set_the_dated_clause_s_tense() {
    matrix(
        "date.after-dateline",
        &[
            "date 2024-02-10\n\nThe levies take effect on March 1, 2024, noted the spokeswoman.\n",
            "date 2024-02-10\n\nThe bridge reopens on March 4, 2024, a city engineer confirmed.\n",
            "date 2024-02-10\n\nNew fares apply on March 3, 2024, according to a notice posted by the operator.\n",
            "date 2024-02-10\n\nThe museum hosts its gala on March 9, 2024, organizers announced.\n",
            "date 2024-02-10\n\nRegistration closes on Feb. 28, 2024, and the draw follows on March 2, 2024, officials said.\n",
        ],
        &[
            "date 2024-02-10\n\nThe council voted on March 12, 2024, officials said.\n",
            "date 2024-02-10\n\nOn March 12, 2024, the council voted to close the depot.\n",
            "date 2024-02-10\n\nTalks collapsed on March 12, 2024, the ministry said.\n",
        ],
    );
}

#[test]
fn class5_a_year_that_is_not_a_point_in_a_sequence() {
    matrix(
        "date.order",
        &[
            "date 2024-05-01\n\nThe recall began in 2018, after a batch of 2019 models overheated in testing.\n",
            "date 2024-05-01\n\nThe regulator moved the deadline forward from 2040 to 2035.\n",
            "date 2024-05-01\n\nThe city pushed the ban back from 2030 to 2032, then brought it from 2032 to 2031.\n",
            "date 2024-05-01\n\nThe board cut the target date from 2050 to 2045 at its spring meeting.\n",
            "date 2024-05-01\n\nThe launch was postponed from 2026 to 2025 after the supplier failed, he said.\n",
            "date 2024-05-01\n\nThe fleet was retired in 2017, before the 2018 trucks arrived from the factory.\n",
        ],
        &[
            "date 2024-05-01\n\nShe served as mayor from 2014 to 2011.\n",
            "date 2024-05-01\n\nThe plant opened in 2019, two years before the company was founded in 2015.\n",
            "date 2024-05-01\n\nThe bridge ran between 2019 and 2016 without inspections.\n",
        ],
    );
}

#[test]
fn class6_the_same_month_day_in_another_year_is_not_always_the_same_event() {
    matrix(
        "date.year-mismatch",
        &[
            // An anniversary: the year-less date states its distance from the earlier one.
            "date 2024-03-01\n\nThe library closed on Feb. 27, 2023, after the roof failed.\n\n\
             On Feb. 27, a year to the day after the library closed, volunteers reopened it.\n",
            "date 2024-03-01\n\nThe mill shut on Feb. 20, 2023, ending 90 years of work in the valley.\n\n\
             Former mill workers gathered on Feb. 20 to mark one year since the mill shut.\n",
            // Tied only by a month name and a place.
            "date 2024-03-01\n\nA storm hit Dover on Feb. 14, 2023, flooding streets.\n\n\
             Dover's council meets on Feb. 14 to discuss the February budget.\n",
            "date 2024-03-01\n\nThe Riverside plant recorded a leak on Feb. 22, 2023.\n\n\
             In Riverside, a book fair opens on Feb. 22 for the whole of February.\n",
            "date 2024-03-01\n\nThe ferry sank on Feb. 25, 2022, off the coast.\n\n\
             Relatives laid wreaths on Feb. 25, two years after the ferry sank.\n",
        ],
        &[
            "date 2024-03-01\n\nThe council approved the budget on Feb. 27, 2023, after a long debate.\n\n\
             Members said the budget approved on Feb. 27 would cut road spending.\n",
            "date 2024-03-02\n\nYesterday, March 1, 2023, the council approved the budget.\n",
            "date 2024-03-01\n\nThe strike ended on Feb. 26, 2023, when drivers accepted the offer.\n\n\
             Drivers accepted the offer on Feb. 26 after a vote, ending the strike.\n",
        ],
    );
}

#[test]
fn class10_a_one_day_offset_against_a_dateline_is_not_a_conflict() {
    let clean = [
        "date 2024-03-09\n\nBEIJING, March 8 (Xinhua) -- The ministry announced new rules.\n",
        "date 2024-03-08\n\nSYDNEY, March 9 (AFP) - Rain fell across the state.\n",
        "date 2024-01-01\n\nTOKYO, Dec. 31 (Kyodo) -- Crowds gathered.\n",
        "date 2024-03-09\n\nMarch 8, 2024\n\nThe ministry announced new rules.\n",
        "date 2024-03-09\n\nBEIJING, March 9 (Xinhua) -- The ministry announced new rules.\n",
    ];
    let planted = [
        "date 2024-03-09\n\nBEIJING, March 6 (Xinhua) -- Rules.\n",
        "date 2008-10-20\n\nOctober 10, 2008\n\nShares fell.\n",
    ];
    matrix("date.dateline-conflict", &clean, &planted);
    for t in &clean[..4] {
        assert!(rules_for(t).iter().any(|r| r == "date.dateline-offset"), "no offset for {t:?}");
    }
    assert!(!rules_for(clean[4]).iter().any(|r| r == "date.dateline-offset"));
}

#[test]
fn class2_a_count_after_a_range_of_months_is_not_a_day() {
    matrix(
        "date.invalid",
        &[
            "date 2024-07-10\n\nFrom March to June 38 boats were held in port.\n",
            "date 2024-07-10\n\nBetween January and April 33 stalls closed for good.\n",
        ],
        &["date 2024-07-10\n\nThe fair ran from March 3 to June 31, the organizers said.\n"],
    );
}

#[test]
fn class2_a_day_after_a_month_day_pair_stays_a_day() {
    matrix(
        "date.invalid",
        &[],
        &["date 2024-07-10\n\nShe testified on June 2 and June 31 that she had paid the bribes.\n"],
    );
}
