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

use crate::calendar::nearest_year;
use crate::calendar::{long_date, long_date_weekday};
use crate::checks::context::{Ctx, Hit};
use crate::checks::fixes;
use crate::extract::DateMention;
use crate::finding::Confidence;
use crate::finding::Fix;
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
        // A year-less date read in the year nearest the dateline may belong to a year the story
        // has already named ("on Monday, Dec. 14" in a story dated Dec. 16, 2016 about "last
        // year"): a weekday that fits that year is the writer's own clue to it.
        if !d.year_explicit && dct.is_some_and(|dct| named_year_fits(ctx, d, dct, date, wd)) {
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
            fixes: weekday_fixes(ctx, d, dct),
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
/// Whether the day and month of `date` fall on `wd` in the year before or after it, a year
/// the text names before the date ("2015", "last year"), still within a year and a month of
/// the dateline.
fn named_year_fits(ctx: &Ctx, d: &DateMention, dct: NaiveDate, date: NaiveDate, wd: Weekday) -> bool {
    let named = |y: i32| ctx.m.dates.iter().any(|o| o.span.start < d.span.start && o.year == Some(y));
    neighbouring_years(dct, date, wd).any(named)
}

/// The year before or after `date` in which its day and month fall on `wd`, within a year and
/// a month of the dateline.
fn neighbouring_years(dct: NaiveDate, date: NaiveDate, wd: Weekday) -> impl Iterator<Item = i32> {
    [date.year() - 1, date.year() + 1].into_iter().filter(move |&y| {
        NaiveDate::from_ymd_opt(y, date.month(), date.day())
            .is_some_and(|alt| alt.weekday() == wd && (alt - dct).num_days().abs() <= 396)
    })
}

fn year_note(dct: NaiveDate, date: NaiveDate, wd: Weekday) -> String {
    let Some(alt) = likely_year(dct, date, wd) else { return String::new() };
    let ty = alt.year();
    let which = if ty == dct.year() { "the dateline's year" } else { "the year nearest the dateline" };
    format!(
        "; {} is a {} in {ty}, {which}, so the year {} may be the error",
        long_date(alt).rsplit_once(',').map(|x| x.0).unwrap_or_default(),
        weekday_name(wd),
        date.year()
    )
}

/// The same day in the year nearest the dateline, when the stated weekday fits it there and the
/// stated year is suspect (see [`year_note`]).
fn likely_year(dct: NaiveDate, date: NaiveDate, wd: Weekday) -> Option<NaiveDate> {
    let ty = nearest_year(dct, date.month(), date.day());
    let alt = NaiveDate::from_ymd_opt(ty, date.month(), date.day())?;
    let suspect = date.year() != dct.year() || (alt - dct).num_days().abs() <= 31;
    (ty != date.year() && alt.weekday() == wd && suspect).then_some(alt)
}

/// The fixes of a weekday that does not fit its date, best first: the stated year, when the
/// weekday fits the year nearest the dateline (a stale year is the likeliest slip); the weekday
/// that fits the date; the date of the stated weekday in the same week (Monday to Sunday). All
/// suggested: the check cannot know which part is wrong.
fn weekday_fixes(ctx: &Ctx, d: &DateMention, dct: Option<NaiveDate>) -> Vec<Fix> {
    let (Some(wd), Some(date), Some(ws)) = (d.weekday, d.date, d.weekday_span) else { return vec![] };
    let mut out = Vec::new();
    let year = dct.filter(|_| d.year_explicit).and_then(|dct| likely_year(dct, date, wd));
    if let Some(alt) = year {
        out.extend(fixes::date_fix(ctx, d, alt, format!("write the year {}", alt.year())));
    }
    let actual = weekday_name(date.weekday());
    let written = ctx.text(ws);
    let replacement = if crate::lexicon::weekday(written).is_some_and(|w| weekday_name(w) == written) {
        Some(actual.to_string())
    } else if written.trim_end_matches('.').len() == 3 {
        Some(actual[..3].to_string()).filter(|_| !written.ends_with('.'))
    } else {
        None
    };
    if let Some(r) = replacement {
        out.push(Fix::suggest(format!("write {actual}"), ws, r));
    }
    let monday = date - chrono::Days::new(u64::from(date.weekday().num_days_from_monday()));
    let stated_day = monday + chrono::Days::new(u64::from(wd.num_days_from_monday()));
    out.extend(fixes::date_fix(ctx, d, stated_day, format!("write {}", long_date_weekday(stated_day))));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_year_less_date_whose_weekday_fits_the_year_before_or_after() {
        // Dec. 14 was a Monday in 2015, a Wednesday in 2016.
        let years = |dct, date, wd| neighbouring_years(dct, date, wd).collect::<Vec<_>>();
        assert_eq!(years(ymd(2016, 12, 16), ymd(2016, 12, 14), Weekday::Mon), [2015]);
        assert!(years(ymd(2016, 12, 16), ymd(2016, 12, 14), Weekday::Fri).is_empty());
        // Too far from the dateline to be meant.
        assert!(years(ymd(2017, 2, 1), ymd(2016, 12, 14), Weekday::Mon).is_empty());
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

#[cfg(test)]
mod fix_tests {
    use crate::article::{Article, Format, IngestOptions};
    use crate::finding::apply_edits;
    use crate::rules::RuleSet;

    /// The text after each fix of the one weekday-mismatch finding, best first.
    fn weekday_findings(text: &str) -> Vec<crate::finding::Finding> {
        let mut set = RuleSet::builtin();
        set.filter(&["date.weekday-mismatch".to_string()], &[]);
        let a = Article::from_text("t", text.to_string(), Format::Text, &IngestOptions::default());
        crate::engine::check(&a, &set)
    }

    fn alternatives(text: &str) -> Vec<String> {
        let findings = weekday_findings(text);
        assert_eq!(findings.len(), 1, "{findings:?}");
        findings[0]
            .fixes
            .iter()
            .map(|f| apply_edits(text, &f.edits).unwrap().lines().nth(2).unwrap().to_string())
            .collect()
    }

    #[test]
    fn the_likely_year_first_then_the_weekday_then_the_date() {
        assert_eq!(
            alternatives("date 2025-10-16\n\nThe vote came on Wednesday, Oct. 15, 2024."),
            [
                "The vote came on Wednesday, Oct. 15, 2025.",
                "The vote came on Tuesday, Oct. 15, 2024.",
                "The vote came on Wednesday, Oct. 16, 2024.",
            ]
        );
        assert_eq!(
            alternatives("date 2025-10-16\n\nThe vote came on Tuesday, Sept. 10, 2025."),
            ["The vote came on Wednesday, Sept. 10, 2025.", "The vote came on Tuesday, Sept. 9, 2025."]
        );
    }

    #[test]
    fn a_year_less_date_in_a_year_the_story_named_is_read_in_that_year() {
        // Dec. 14 was a Monday in 2015 and a Wednesday in 2016.
        let looking_back = "date 2016-12-16\n\nA report on last year's closure came out.\n\n\
                            The alarm was raised on Monday, Dec. 14, at night.";
        assert!(weekday_findings(looking_back).is_empty());
        // No earlier year named: the dateline's year, and the weekday is wrong there.
        assert_eq!(weekday_findings("date 2016-12-16\n\nThe alarm was raised on Monday, Dec. 14, at night.").len(), 1);
        // The named year does not fit the weekday either.
        assert_eq!(weekday_findings(&looking_back.replace("Monday", "Friday")).len(), 1);
    }
}
