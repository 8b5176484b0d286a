//! What date extraction finds: a [`DateMention`] of some [`DateKind`], resolved against the
//! dateline.

use chrono::{NaiveDate, Weekday};
use serde::Serialize;

use crate::calendar::Tense;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateKind {
    /// Everything needed is written: "September 18, 2021", "2001", "July 2021".
    Absolute,
    /// A calendar date missing its year: "September 18", "in December", "on the 18th".
    Partial,
    /// Anchored to the dateline: "yesterday", "on Thursday", "last week", "two days ago".
    Relative,
    /// A length of time: "four years", "the 20-year war".
    Duration,
    /// PRESENT_REF / PAST_REF / FUTURE_REF.
    Ref,
    /// A recurring time: "every Monday", "annually".
    Set,
}

/// Words that place a date relative to the dateline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relative {
    Today,
    Yesterday,
    Tomorrow,
    /// A bare weekday ("on Thursday").
    Weekday,
    ThisWeek,
    LastWeek,
    NextWeek,
    ThisMonth,
    LastMonth,
    NextMonth,
    ThisYear,
    LastYear,
    NextYear,
    Ago,
    Other,
}

/// A unit of a duration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

impl Unit {
    pub(super) fn timex(self) -> &'static str {
        match self {
            Unit::Day => "D",
            Unit::Week => "W",
            Unit::Month => "M",
            Unit::Year => "Y",
            Unit::Decade => "DE",
            Unit::Century => "CE",
        }
    }
    /// Length in years, for comparing spans.
    pub fn years(self) -> f64 {
        match self {
            Unit::Day => 1.0 / 365.25,
            Unit::Week => 7.0 / 365.25,
            Unit::Month => 1.0 / 12.0,
            Unit::Year => 1.0,
            Unit::Decade => 10.0,
            Unit::Century => 100.0,
        }
    }
    pub(super) fn parse(word: &str) -> Option<Unit> {
        let w = word.to_lowercase();
        let w = w.trim_end_matches('s');
        Some(match w {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" | "centurie" => Unit::Century,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateMention {
    pub span: Span,
    pub kind: DateKind,
    /// TIMEX3 value, or None when it cannot be resolved.
    pub value: Option<Box<str>>,
    /// The calendar day meant, when the expression names one.
    pub date: Option<NaiveDate>,
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// Whether the year was written (not inferred from the dateline).
    pub year_explicit: bool,
    pub year_span: Option<Span>,
    pub weekday: Option<Weekday>,
    pub weekday_span: Option<Span>,
    pub relative: Option<Relative>,
    /// Why the written year/month/day do not form a date ("June has 30 days").
    pub invalid: Option<Box<str>>,
    pub tense: Tense,
    pub sentence: usize,
    /// For durations: the amount and unit.
    pub amount: Option<f64>,
    pub unit: Option<Unit>,
    /// For a date written without its year: other years the context offers (explicit years
    /// earlier in the paragraph, in the same sentence, or in the paragraph before). A narrative
    /// about 1965 may say "on Sunday, March 21"; checks accept a reading in any of these years.
    pub context_years: Box<[i32]>,
}

impl DateMention {
    /// Set the TIMEX3 value, kept as a `Box<str>` (16 bytes, no spare room): a 16 MB article
    /// holds 59,000 dates.
    pub(super) fn set_value(&mut self, value: Option<String>) {
        self.value = value.map(String::into_boxed_str);
    }

    pub(super) fn new(span: Span, kind: DateKind) -> Self {
        DateMention {
            span,
            kind,
            value: None,
            date: None,
            year: None,
            month: None,
            day: None,
            year_explicit: false,
            year_span: None,
            weekday: None,
            weekday_span: None,
            relative: None,
            invalid: None,
            tense: Tense::Unknown,
            sentence: 0,
            amount: None,
            unit: None,
            context_years: Box::default(),
        }
    }
}
