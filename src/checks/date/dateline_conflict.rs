//! date.dateline-conflict: the metadata date and the printed dateline disagree by two days or
//! more.
//!
//! What licenses a finding: a metadata date and a printed date line at least two days apart. A
//! one-day difference is what a desk in another time zone prints (a Beijing dateline a day ahead
//! of a New York timestamp); `date.dateline-offset` reports that, as information.
//!
//! Confidence: always high: both dates are the article's own metadata.

use chrono::{Datelike, NaiveDate};

use crate::calendar::nearest_year;
use crate::checks::context::{Ctx, Hit};
use crate::finding::Related;

/// The printed dateline's day minus the metadata's, in days (a year-less printed date is read
/// in the year nearest the metadata date, so "Dec. 31" over `2024-01-01` is one day back), with
/// the finding both rules report. None when either is missing or they agree.
pub(super) fn offset(ctx: &Ctx) -> Option<(i64, Hit)> {
    let (Some(meta), Some(printed)) = (&ctx.article.meta_date, &ctx.article.printed) else { return None };
    let printed_day = match printed.date {
        Some(d) if printed.has_year => Some(d),
        _ => NaiveDate::from_ymd_opt(nearest_year(meta.date, printed.month, printed.day), printed.month, printed.day),
    };
    let days = match printed_day {
        Some(d) => (d - meta.date).num_days(),
        // A day that exists in no nearby year: never the same day.
        None if printed.month == meta.date.month() && printed.day == meta.date.day() => 0,
        None => i64::MAX,
    };
    if days == 0 {
        return None;
    }
    let printed_text = ctx.text(printed.span).trim().to_string();
    let mut related = Vec::new();
    if let Some(s) = meta.span {
        related.push(Related { span: s, message: format!("metadata date {}", meta.date) });
    }
    let offset = match days {
        1 => "one day ahead of".to_string(),
        -1 => "one day behind".to_string(),
        d if d == i64::MAX => "not".to_string(),
        d if d > 0 => format!("{d} days ahead of"),
        d => format!("{} days behind", -d),
    };
    Some((
        days,
        Hit {
            span: printed.span,
            label: format!("printed dateline: {printed_text}"),
            vars: vec![("meta", meta.date.to_string()), ("printed", printed_text), ("offset", offset)],
            related,
            ..Hit::default()
        },
    ))
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    match offset(ctx) {
        Some((days, hit)) if days.abs() >= 2 => vec![hit],
        _ => vec![],
    }
}
