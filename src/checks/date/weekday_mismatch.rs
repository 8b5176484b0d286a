//! date.weekday-mismatch: a weekday that does not fall on its date.
//!
//! What licenses a finding: a weekday written as part of the date ("Friday, March 3, 2024").
//! The recognizers join a weekday and a date across a line break only as "Friday," with its
//! comma and no blank line between, so a headline ending "... until Friday" over a date line
//! is two things, not one date.
//!
//! Confidence: high when the weekday stands beside its date on one line; medium when the two
//! are joined across a line break.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::calendar::long_date;
use crate::calendar::nearest_year;
use crate::checks::context::{Ctx, Hit};
use crate::finding::Confidence;
use crate::lexicon::weekday_name;
use crate::span::Span;

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let dct = ctx.article.dateline_date();
    let mut out = Vec::new();
    for d in &ctx.m.dates {
        let (Some(wd), Some(date), Some(ws)) = (d.weekday, d.date, d.weekday_span) else { continue };
        if d.relative.is_some() || date.weekday() == wd {
            continue;
        }
        // A weekday beside its date is high; one joined to it across a line break ("Friday,"
        // ending a line) is medium.
        let whole = Span::new(d.span.start.min(ws.start), d.span.end.max(ws.end));
        let apart = ctx.text(whole).contains(['\n', '\r']);
        let confidence = if apart { Confidence::Medium } else { Confidence::High };
        let note = match dct {
            Some(dct) if d.year_explicit => year_note(dct, date, wd),
            _ => String::new(),
        };
        out.push(Hit {
            span: d.span,
            label: format!("{} is a {}", long_date(date), weekday_name(date.weekday())),
            vars: vec![
                ("stated", ctx.text(ws).to_string()),
                ("actual", weekday_name(date.weekday()).to_string()),
                ("date", long_date(date)),
                ("note", note),
            ],
            related: vec![],
            confidence,
            ..Hit::default()
        });
    }
    out
}

/// "; October 15 is a Monday in 2025, the dateline's year, so the year 2024 may be the error",
/// when the weekday fits the same day in the year nearest the dateline. The stated year is
/// suspect only when it is not the dateline's own, or across New Year (the date within a month
/// of the dateline): a story dated 2025-03-04 that writes "Thursday, Oct. 3, 2025" is judged
/// for 2025, not told about October 3, 2024.
fn year_note(dct: NaiveDate, date: NaiveDate, wd: Weekday) -> String {
    let ty = nearest_year(dct, date.month(), date.day());
    let Some(alt) = NaiveDate::from_ymd_opt(ty, date.month(), date.day()) else { return String::new() };
    let suspect = date.year() != dct.year() || (alt - dct).num_days().abs() <= 31;
    if ty == date.year() || alt.weekday() != wd || !suspect {
        return String::new();
    }
    let which = if ty == dct.year() { "the dateline's year" } else { "the year nearest the dateline" };
    format!(
        "; {} is a {} in {ty}, {which}, so the year {} may be the error",
        long_date(alt).rsplit_once(',').map(|x| x.0).unwrap_or_default(),
        weekday_name(wd),
        date.year()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_dateline_year_is_not_called_the_error() {
        // October 3, 2025 is a Friday; October 3, 2024 a Thursday, but 2025 is the dateline's.
        assert_eq!(year_note(ymd(2025, 3, 4), ymd(2025, 10, 3), Weekday::Thu), "");
    }

    #[test]
    fn another_year_that_fits_is_named() {
        let note = year_note(ymd(2025, 10, 16), ymd(2024, 10, 15), Weekday::Wed);
        assert_eq!(note, "; October 15 is a Wednesday in 2025, the dateline's year, so the year 2024 may be the error");
    }

    #[test]
    fn across_new_year_the_nearest_year_is_named() {
        // Dated January 5, 2026: "Wednesday, Dec. 31, 2026" means December 31, 2025.
        let note = year_note(ymd(2026, 1, 5), ymd(2026, 12, 31), Weekday::Wed);
        assert_eq!(
            note,
            "; December 31 is a Wednesday in 2025, the year nearest the dateline, so the year 2026 may be the error"
        );
    }
}
