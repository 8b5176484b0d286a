//! Time expressions of news writing, resolved against the dateline.
//!
//! Each recognizer proposes candidates; overlapping candidates keep the longest; then every
//! mention is resolved with the tense of its clause (HeidelTime's news strategy) into a TIMEX3
//! value.
//!
//! `patterns` holds the regexes, `recognizers` one function per form (walked in order from a
//! table), `written` what they read, and `resolve` its reading against the dateline.

mod patterns;
mod recognizers;
mod resolve;
mod written;

use chrono::{Datelike, NaiveDate, Weekday};
use serde::Serialize;

use super::tense::tense_at;
use super::triggers::Triggers;
use super::words::Token;
use crate::article::Article;
use crate::calendar::iso_date;
use crate::calendar::Tense;
use crate::span::Span;
use recognizers::candidates;
use written::{Cand, Written};

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
    fn timex(self) -> &'static str {
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
    fn parse(word: &str) -> Option<Unit> {
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
    pub value: Option<String>,
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
    pub invalid: Option<String>,
    pub tense: Tense,
    pub sentence: usize,
    /// For durations: the amount and unit.
    pub amount: Option<f64>,
    pub unit: Option<Unit>,
    /// For a date written without its year: other years the context offers (explicit years
    /// earlier in the paragraph, in the same sentence, or in the paragraph before). A narrative
    /// about 1965 may say "on Sunday, March 21"; checks accept a reading in any of these years.
    pub context_years: Vec<i32>,
}

impl DateMention {
    fn new(span: Span, kind: DateKind) -> Self {
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
            context_years: Vec::new(),
        }
    }
}

/// Extract and resolve every time expression of an article.
pub fn extract(article: &Article, tokens: &[Token], triggers: &Triggers) -> Vec<DateMention> {
    let text = &article.text;
    let mut cands = candidates(text, triggers);
    // Longest first; a candidate overlapping a longer one is dropped.
    cands.sort_by(|a, b| b.span.len().cmp(&a.span.len()).then(a.span.start.cmp(&b.span.start)));
    let mut kept: Vec<Cand> = Vec::new();
    // Kept spans are disjoint, so the one starting last before `c` ends is the only one that
    // can overlap it: a map lookup instead of a scan of everything kept so far.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for c in cands {
        if c.span.is_empty() || taken.range(..c.span.end).next_back().is_some_and(|(_, &end)| end > c.span.start) {
            continue;
        }
        taken.insert(c.span.start, c.span.end);
        kept.push(c);
    }
    kept.sort_by_key(|c| c.span.start);
    let dct = article.dateline_date();
    // The previous expression's end and tense: "until July or August" reads both months alike.
    let mut previous: Option<(usize, Tense)> = None;
    let mut mentions = kept
        .into_iter()
        .filter_map(|c| {
            let sentence = article.sentence_at(c.span.start)?;
            let tok = tokens.partition_point(|t| t.span.start < c.span.start);
            let srange = sentence_token_range(tokens, sentence, tok);
            let mut tense = tense_at(text, tokens, srange.clone(), tok);
            // "by Friday", "until Monday": a deadline ahead.
            let prev = (tok > srange.start).then(|| tokens[tok - 1].text(text).to_lowercase());
            if matches!(c.written, Written::WeekdayOnly { .. })
                && matches!(prev.as_deref(), Some("by" | "until" | "till" | "through"))
            {
                tense = Tense::Future;
            }
            if let Some((end, t)) = previous {
                if end <= c.span.start
                    && matches!(text[end..c.span.start].trim(), "or" | "and" | "to" | "through" | "-" | "–")
                {
                    tense = t;
                }
            }
            previous = Some((c.span.end, tense));
            Some(resolve::resolve(c, dct, tense, sentence))
        })
        .collect::<Vec<_>>();
    add_context_years(article, &mut mentions);
    mentions
}

/// How many tokens either side of a date its tense is read from. A normal sentence fits;
/// a runaway one (a 2 MB line without a period) costs no more than a normal one.
const TENSE_WINDOW: usize = 200;

/// The tokens of `sentence` around token `around`, at most [`TENSE_WINDOW`] either side.
fn sentence_token_range(tokens: &[Token], sentence: usize, around: usize) -> std::ops::Range<usize> {
    // Tokens are in sentence order, so the sentence's tokens are found by binary search.
    let s = tokens.partition_point(|t| t.sentence < sentence);
    let e = tokens.partition_point(|t| t.sentence <= sentence);
    let a = around.clamp(s, e);
    a.saturating_sub(TENSE_WINDOW).max(s)..(a + TENSE_WINDOW).min(e)
}

/// Fill `context_years` of year-less dates, and let a written weekday pick a context year it
/// fits when it does not fit the dateline's reading ("Two weeks later ... on Sunday, March 21"
/// after "March 7, 1965").
fn add_context_years(article: &Article, mentions: &mut [DateMention]) {
    let explicit: Vec<(usize, usize, i32)> = mentions
        .iter()
        .filter(|m| m.year_explicit && m.kind == DateKind::Absolute)
        .filter_map(|m| Some((m.span.start, m.sentence, m.year?)))
        .collect();
    if explicit.is_empty() {
        return;
    }
    let paragraph = |sentence: usize| article.sentences[sentence].paragraph;
    for m in mentions.iter_mut() {
        let partial = !m.year_explicit && matches!(m.kind, DateKind::Partial) && m.month.is_some();
        if !partial {
            continue;
        }
        // Years written earlier in this paragraph or the two before it, or in the sentence.
        let p = paragraph(m.sentence);
        let mut years: Vec<i32> = explicit
            .iter()
            .filter(|(start, s, _)| {
                let ps = paragraph(*s);
                *s == m.sentence || (ps + 2 >= p && ps <= p && *start < m.span.start)
            })
            .map(|e| e.2)
            .collect();
        years.sort();
        years.dedup();
        years.retain(|y| Some(*y) != m.year);
        if let (Some(wd), Some(month), Some(day), Some(date)) = (m.weekday, m.month, m.day, m.date) {
            if date.weekday() != wd {
                // The nearest context year (latest mentioned first) in which the weekday fits.
                if let Some(&y) = years
                    .iter()
                    .rev()
                    .find(|&&y| NaiveDate::from_ymd_opt(y, month, day).is_some_and(|d| d.weekday() == wd))
                {
                    let d = NaiveDate::from_ymd_opt(y, month, day).expect("checked above");
                    let old = m.year.take();
                    m.year = Some(y);
                    m.date = Some(d);
                    m.value = Some(iso_date(d));
                    years.retain(|&x| x != y);
                    years.extend(old);
                }
            }
        }
        // "Three days later, on June 28": a narrative step from the last dated event takes
        // that event's year, as a careful reader would.
        if let (Some(&latest), Some(month)) = (latest_before(&explicit, m, &paragraph), m.month) {
            let sentence = &article.text[article.sentences[m.sentence].span.start..m.span.start].to_lowercase();
            let narrative = NARRATIVE_STEPS.iter().any(|w| sentence.contains(w));
            if narrative && m.year != Some(latest) && m.weekday.is_none() {
                let date = m.day.and_then(|d| NaiveDate::from_ymd_opt(latest, month, d));
                if m.day.is_none() || date.is_some() {
                    years.retain(|&y| y != latest);
                    years.extend(m.year);
                    m.year = Some(latest);
                    m.date = date;
                    m.value = Some(match date {
                        Some(d) => iso_date(d),
                        None => format!("{latest:04}-{month:02}"),
                    });
                }
            }
        }
        m.context_years = years;
    }
}

/// Words that continue a dated narrative ("a week later", "the next day").
const NARRATIVE_STEPS: &[&str] =
    &[" later", "the next day", "the following", "that same", "the same day", "afterward", "days after", "weeks after"];

/// The year of the last explicit date before `m` in its paragraph (or the paragraph before).
fn latest_before<'a>(
    explicit: &'a [(usize, usize, i32)],
    m: &DateMention,
    paragraph: &dyn Fn(usize) -> usize,
) -> Option<&'a i32> {
    let p = paragraph(m.sentence);
    explicit.iter().rfind(|(start, s, _)| *start < m.span.start && paragraph(*s) + 1 >= p).map(|e| &e.2)
}

#[cfg(test)]
mod gating;
#[cfg(test)]
mod tests;
