//! Each check's confidence follows the strength of its evidence: the same finding is high when
//! the text ties the claim and its contradiction in one structure and medium when the check had
//! to join them across sentences, paragraphs or a surname.

use crate::article::{Article, Format, IngestOptions};
use crate::finding::Confidence;
use crate::rules::RuleSet;

/// The confidence of each finding of `rule` in an article dated `date`.
fn levels(rule: &str, date: &str, body: &str) -> Vec<Confidence> {
    let text = format!("date {date}\n\n{body}\n");
    let article = Article::from_text("t", text, Format::Text, &IngestOptions::default());
    let rules = RuleSet::builtin();
    crate::engine::check(&article, &rules).into_iter().filter(|f| f.rule == rule).map(|f| f.confidence).collect()
}

use Confidence::{High, Medium};

#[test]
fn a_sum_in_one_sentence_is_high_and_parts_in_the_next_sentence_medium() {
    let one = "The storm killed 48 people, including 30 residents and 20 visitors.";
    assert_eq!(levels("arith.sum", "2024-05-02", one), [High]);
    let exhaustive = "Crews restored power to 9,400 homes and 6,100 homes, for a total of 15,800 homes.";
    assert_eq!(levels("arith.sum", "2024-05-02", exhaustive), [High]);
    let next =
        "Three blasts killed 48 people. Nineteen died at the bus station, 17 at the market and 14 near the mosque.";
    assert_eq!(levels("arith.sum", "2024-05-02", next), [Medium]);
    let back = "The bombing killed 182 people. The death toll included 170 Afghan civilians and 13 American soldiers.";
    assert_eq!(levels("arith.sum", "2021-08-27", back), [Medium]);
}

#[test]
fn a_pointer_back_in_one_paragraph_is_high_and_across_paragraphs_medium() {
    let one =
        "The fire has destroyed 340 homes in the hills. The fire, which destroyed 430 homes, started on Saturday.";
    assert_eq!(levels("number.conflict", "2015-08-19", one), [High]);
    let two =
        "The fire has destroyed 340 homes in the hills.\n\nThe fire, which destroyed 430 homes, started on Saturday.";
    assert_eq!(levels("number.conflict", "2015-08-19", two), [Medium]);
    // A restatement matched by its named owner and words alone, with no pointer back.
    let named = "Northway Air carried 412,000 passengers in January. Northway carried 428,000 passengers in January, the airline said.";
    assert_eq!(levels("number.conflict", "2024-05-02", named), [Medium]);
}

#[test]
fn a_person_named_in_full_is_high_and_by_surname_medium() {
    let full = "Barack Obama, 58, spoke at the rally.";
    assert_eq!(levels("fact.age", "2024-05-02", full), [High]);
    let surname = "Obama, 58, spoke at the rally.";
    assert_eq!(levels("fact.age", "2024-05-02", surname), [Medium]);
    let full_title = "President Bill Clinton spoke in Denver on May 5, 2010.";
    assert_eq!(levels("fact.role-term", "2012-05-06", full_title), [High]);
    let surname_title = "President Clinton spoke in Denver on May 5, 2010.";
    assert_eq!(levels("fact.role-term", "2012-05-06", surname_title), [Medium]);
}

#[test]
fn a_relative_word_in_the_sentence_is_high_and_a_day_elsewhere_medium() {
    let beside = "The council voted yesterday, Sept. 18, 2024, to close the harbor bridge.";
    assert_eq!(levels("date.year-mismatch", "2025-09-19", beside), [High]);
    let elsewhere = "The governor rejected the plan after the senator said on September 18, 2021, that the harbor bridge needed new money.\n\nThe senator spoke about the harbor bridge at a town meeting on September 18, arguing the money should come this year.";
    assert_eq!(levels("date.year-mismatch", "2025-09-19", elsewhere), [Medium]);
}

#[test]
fn a_weekday_beside_its_date_is_high_and_across_a_line_break_medium() {
    let beside = "The vote on Monday, Oct. 15, 2024 passed.";
    assert_eq!(levels("date.weekday-mismatch", "2024-10-16", beside), [High]);
    let broken = "The vote was held on Monday,\nOct. 15, 2024, and passed.";
    assert_eq!(levels("date.weekday-mismatch", "2024-10-16", broken), [Medium]);
}

#[test]
fn on_a_date_is_high_and_a_bare_date_opening_the_sentence_medium() {
    let on = "The bridge closed on March 30, 2023, officials said.";
    assert_eq!(levels("date.after-dateline", "2023-03-19", on), [High]);
    let bare = "March 30, 2023 was the day the bridge closed.";
    assert_eq!(levels("date.after-dateline", "2023-03-19", bare), [Medium]);
}
