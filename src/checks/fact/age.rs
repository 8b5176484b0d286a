//! fact.age: an age beside a known person's name that does not fit the birth date.
//!
//! Confidence: high when the person is named in full ("Barack Obama, 62,"); medium when a
//! surname alone ("Obama, 62,") or a name two people share picked them out.

use chrono::{Datelike, NaiveDate};

use super::clause::{clause_at, clauses};
use super::{describe, name_confidence, period, sentence_date};
use crate::calendar::long_date;
use crate::checks::context::{Ctx, Hit};
use crate::extract::{DateMention, NumberKind};
use crate::span::Span;

/// Whether the words right before `at` are "born", "born in" or "born on".
fn words_before_are(text: &str, at: usize, born: &[&str]) -> bool {
    let w = crate::checks::window::last_words(&text[..at], 2);
    match w.iter().rev().map(|w| &**w).take(2).collect::<Vec<_>>().as_slice() {
        [last, ..] if *last == born[0] => true,
        [prep, b] => *b == born[0] && born[1..].contains(prep),
        _ => false,
    }
}

/// Whole years between two dates.
fn age_on(born: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - born.year();
    if (on.month(), on.day()) < (born.month(), born.day()) {
        age -= 1;
    }
    age
}

/// Whether the word before `at` is a capitalized word on the same line that is not a title
/// ("President Trump" is the president; "Melania Trump" is not).
fn preceded_by_given_name(text: &str, at: usize) -> bool {
    let Some(before) = text[..at].strip_suffix(' ') else { return false };
    let word: String = before.chars().rev().take_while(|c| c.is_alphabetic() || *c == '.').collect();
    let word: String = word.chars().rev().collect();
    word.starts_with(char::is_uppercase) && !word.ends_with('.') && !TITLE_WORDS.contains(&word.as_str())
}

/// Capitalized words before a surname that are titles, not given names.
const TITLE_WORDS: &[&str] = &[
    "President",
    "Senator",
    "Representative",
    "Congressman",
    "Congresswoman",
    "Secretary",
    "Governor",
    "Speaker",
    "Leader",
];

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let facts = &ctx.rules.facts;
    let mut out = Vec::new();
    // Only an age written after a name is checked: without one, no name needs finding.
    if !ctx.m.numbers.iter().any(|n| n.kind == NumberKind::Age) {
        return out;
    }
    for (people, span) in facts.find_people(text) {
        // A surname alone after a given name ("Melania Trump") is someone else of that name.
        if !text[span.start..span.end].contains(' ') && preceded_by_given_name(text, span.start) {
            continue;
        }
        // "Obama, 60, said": an age right after the name.
        // Numbers are in text order: look from the first one after the name, not from the top.
        let after = ctx.m.numbers.partition_point(|n| n.span.start <= span.end);
        let Some(n) = ctx.m.numbers[after..]
            .iter()
            .take_while(|n| n.span.start - span.end <= 3)
            .find(|n| n.kind == NumberKind::Age)
        else {
            continue;
        };
        let Some(sentence) = ctx.article.sentence_at(span.start) else { continue };
        // Only a date of the name's own clause dates the age: not one of a coordinated clause
        // about someone else ("Reagan, 77, ... and Bush tapped him in 1990"); and a birth date
        // is never the date an age speaks of ("Obama, 60, was born in 1961").
        let s = ctx.article.sentences[sentence].span;
        let date_spans: Vec<Span> = ctx.m.dates[ctx.m.sentence_dates(sentence)].iter().map(|d| d.span).collect();
        let segs = clauses(text, s, &date_spans);
        let own = clause_at(&segs, span.start);
        let dates_this_age = |d: &DateMention| {
            clause_at(&segs, d.span.start) == own && !words_before_are(text, d.span.start, &["born", "in", "on"])
        };
        let Some((date, precision, from)) = sentence_date(ctx, sentence, span.end, &dates_this_age) else { continue };
        // An age in apposition speaks of the dateline even when the sentence also names an
        // earlier date ("Hu Jintao, 80, has rarely been seen since October 2022"); the sentence's
        // own date is accepted too ("then 78"). The finding names the dateline's age.
        let mut periods = vec![period(date, precision)];
        if let (Some(_), Some(dl)) = (from, ctx.article.dateline_date()) {
            periods.insert(0, (dl, dl));
        }
        let stated = n.value as i32;
        // The ages a person had over a period; after their death, any age up to the one they
        // died at ("Shinzo Abe, 67, was shot" in a later story).
        let ages = |pi: usize, (start, end): (NaiveDate, NaiveDate)| {
            let p = &facts.people[pi];
            match p.died {
                Some(d) if start > d => (0, age_on(p.born, d)),
                Some(d) if end > d => (age_on(p.born, start), age_on(p.born, d)),
                _ => (age_on(p.born, start), age_on(p.born, end)),
            }
        };
        // Someone who would be 100 at every date the sentence can speak of has most likely
        // died, and an age stated for them is their age at a time the text leaves unsaid
        // ("JFK, 46, was shot as his motorcade passed"): the records give births, not deaths.
        let centenarian = |pi: &usize| periods.iter().all(|&pd| ages(*pi, pd).0 >= 100);
        if people.iter().all(centenarian) {
            continue;
        }
        let fits = people.iter().any(|&pi| {
            periods.iter().any(|&pd| {
                let (lo, hi) = ages(pi, pd);
                (lo..=hi).contains(&stated)
            })
        });
        if fits {
            continue;
        }
        let p = &facts.people[people[0]];
        let confidence = name_confidence(ctx.text(span), &p.name, people.len());
        let (lo, hi) = ages(people[0], periods[0]);
        let dead_by = p.died.filter(|&d| periods[0].0 > d);
        let age = if lo == hi || dead_by.is_some() { hi.to_string() } else { format!("{lo} or {hi}") };
        let (date, precision) =
            if from.is_some() && periods.len() > 1 { (periods[0].0, 10) } else { (date, precision) };
        let when = match dead_by {
            Some(d) => format!("when they died on {}", long_date(d)),
            None => describe(date, precision),
        };
        out.push(Hit {
            span: Span::new(span.start, n.span.end),
            label: format!("{} was {age}", p.name),
            vars: vec![
                ("name", p.name.clone()),
                ("stated", stated.to_string()),
                ("age", age),
                ("born", long_date(p.born)),
                ("date", when),
                ("record", crate::rules::record_note(p.as_of)),
            ],
            related: vec![],
            confidence,
            ..Hit::default()
        });
    }
    out
}
