//! Fact checks (`fact.*`): titles at dates their holders held no office, known events with other
//! dates or figures, ages that do not fit birth dates. The facts come from the rule files.
//!
//! Confidence: a check that matches a person (fact.role-term, fact.age) is high when the text
//! names them in full and medium when a surname alone picked them out ([`name_confidence`]);
//! an event's date or figure written right by the event's name is high.

pub(super) mod affiliation;
pub(super) mod age;
mod clause;
pub(super) mod event_date;
pub(super) mod event_figure;
mod labels;
mod role_fix;
pub(super) mod role_term;

#[cfg(test)]
mod tests;

use chrono::{Datelike, NaiveDate};

use crate::calendar::long_date;
use crate::checks::context::Ctx;
use crate::checks::window::trailing_run;
use crate::extract::{DateKind, DateMention};
use crate::finding::Confidence;

/// Words that, right before a bare year, make it the time of the sentence ("in 2001", "since
/// 2017"). Without one the year is usually a label: "his 2001 Commission", "the 2008 campaign".
const YEAR_AS_TIME: &[&str] = &[
    "in",
    "since",
    "during",
    "until",
    "till",
    "through",
    "throughout",
    "from",
    "by",
    "of",
    "before",
    "after",
    "around",
    "early",
    "late",
    "mid",
    "and",
    "or",
    "to",
    "at",
];

/// The date a sentence speaks of: its own explicit date nearest to `at` among those `keep`
/// allows, else the dateline. Returns the date, its precision in characters of the TIMEX value
/// (10 day, 7 month, 4 year), and the mention it came from.
fn sentence_date<'a>(
    ctx: &'a Ctx,
    sentence: usize,
    at: usize,
    keep: &dyn Fn(&DateMention) -> bool,
) -> Option<(NaiveDate, usize, Option<&'a DateMention>)> {
    // Only the sentence's own dates: a scan of every date per mention grew with mentions x
    // dates on a long article.
    let best = ctx.m.dates[ctx.m.sentence_dates(sentence)]
        .iter()
        .filter(|d| {
            keep(d)
                && d.invalid.is_none()
                && (matches!(d.kind, DateKind::Absolute | DateKind::Partial)
                    // "on Friday", "yesterday": a day of the news week is the sentence's date.
                    || d.kind == DateKind::Relative && d.date.is_some())
        })
        .filter_map(|d| {
            let v = d.value.as_deref()?;
            let (date, precision) = match v.len() {
                10 => (d.date?, 10),
                7 => (NaiveDate::from_ymd_opt(d.year?, d.month?, 1)?, 7),
                4 if v.chars().all(|c| c.is_ascii_digit()) => {
                    if !YEAR_AS_TIME.contains(&preceding_word(&ctx.article.text, d.span.start).as_str()) {
                        return None;
                    }
                    (NaiveDate::from_ymd_opt(d.year?, 1, 1)?, 4)
                }
                _ => return None,
            };
            Some((date, precision, d))
        })
        .min_by_key(|(_, _, d)| {
            // Prefer a date after the name (what the person did, when), then the nearest.
            if d.span.start >= at {
                d.span.start - at
            } else {
                (at - d.span.end) * 2
            }
        });
    if let Some((date, p, d)) = best {
        return Some((date, p, Some(d)));
    }
    ctx.article.dateline_date().map(|d| (d, 10, None))
}

/// How sure a match against the fact files is: high when the text names the person in full
/// (given name and surname: "Barack Obama", "Harry Truman") and only one person goes by that
/// name; medium when a surname alone ("Obama", "de Gaulle") or a name several people share
/// ("President Bush") picked them out.
fn name_confidence(written: &str, full_name: &str, people: usize) -> Confidence {
    let words = |s: &str| s.split_whitespace().map(str::to_lowercase).collect::<Vec<_>>();
    let (written, full) = (words(written), words(full_name));
    let surname_only = written.len() < full.len() && full.ends_with(&written);
    if people == 1 && written.len() >= 2 && !surname_only {
        Confidence::High
    } else {
        Confidence::Medium
    }
}

/// The first and last day of the period a date names at its precision.
fn period(date: NaiveDate, precision: usize) -> (NaiveDate, NaiveDate) {
    match precision {
        4 => (date, NaiveDate::from_ymd_opt(date.year(), 12, 31).unwrap_or(date)),
        7 => {
            let next = if date.month() == 12 {
                NaiveDate::from_ymd_opt(date.year() + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(date.year(), date.month() + 1, 1)
            };
            (date, next.and_then(|n| n.pred_opt()).unwrap_or(date))
        }
        _ => (date, date),
    }
}

/// The word right before a title ("former", "then-", "ex"), in lower case.
fn preceding_word(text: &str, start: usize) -> String {
    trailing_run(text[..start].trim_end_matches([' ', '-']), |c| c.is_alphabetic() || c == '-').to_lowercase()
}

fn describe(date: NaiveDate, precision: usize) -> String {
    match precision {
        4 => format!("in {}", date.year()),
        7 => format!("in {} {}", crate::lexicon::month_name(date.month()), date.year()),
        _ => format!("on {}", long_date(date)),
    }
}
