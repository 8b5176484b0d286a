//! date.invalid: a date that does not exist (June 31).
//!
//! What licenses a finding: a month and a number the recognizers read as a day. They do not
//! read one where the number counts something ("In June 14 ferries ..."), is a clock time's
//! minutes ("23:59 Jan. 4") or a cell of a table row ("RSS3 40 June 212.50"): see
//! `extract::dates::recognizers`.
//!
//! Confidence: always high: the month and day are written together.

use chrono::NaiveDate;

use crate::checks::context::{Ctx, Hit};
use crate::checks::fixes;
use crate::extract::DateMention;

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let mut out = Vec::new();
    for d in &ctx.m.dates {
        let Some(reason) = &d.invalid else { continue };
        // A year-less February 29 takes its year from the dateline; that guess is not enough
        // to call the date impossible.
        if !d.year_explicit && d.month == Some(2) && d.day == Some(29) {
            continue;
        }
        out.push(Hit {
            span: d.span,
            label: reason.to_string(),
            vars: vec![("stated", ctx.text(d.span).to_string()), ("reason", reason.to_string())],
            related: vec![],
            fixes: nearest_valid(ctx, d).into_iter().collect(),
            ..Hit::default()
        });
    }
    out
}

/// The nearest valid reading of an impossible day: the month's last day ("June 31" -> "June 30",
/// "February 29, 2023" -> "February 28, 2023"), or its first for a day 0. No fix for a month
/// that does not exist: which month was meant cannot be guessed.
fn nearest_valid(ctx: &Ctx, d: &DateMention) -> Option<crate::finding::Fix> {
    let (year, month, day) = (d.year?, d.month?, d.day?);
    let last = crate::calendar::days_in_month(year, month)?;
    let date = NaiveDate::from_ymd_opt(year, month, day.clamp(1, last))?;
    let written = crate::calendar::long_date(date);
    let written =
        if d.year_explicit { written } else { written.rsplit_once(',').map_or(written.clone(), |x| x.0.to_string()) };
    fixes::date_fix(ctx, d, date, format!("write {written}"))
}
