//! Date checks (`date.*`): the dateline itself, years that contradict it, weekdays, impossible
//! dates, past events after the dateline, relative words beside dates, stated orders, spans and
//! ages.

pub(super) mod after_dateline;
pub(super) mod age;
pub(super) mod dateline_conflict;
pub(super) mod dateline_invalid;
pub(super) mod dateline_missing;
pub(super) mod dateline_offset;
pub(super) mod duration;
mod duration_later;
pub(super) mod invalid;
pub(super) mod order;
pub(super) mod relative_mismatch;
pub(super) mod weekday_mismatch;
pub(super) mod year_mismatch;

use chrono::NaiveDate;

use crate::extract::DateMention;

/// The days a date mention covers at the precision written: "2019" is all of 2019.
fn interval(d: &DateMention) -> Option<(NaiveDate, NaiveDate)> {
    let v = d.value.as_deref()?;
    let y = d.year?;
    match v.len() {
        10 => d.date.map(|x| (x, x)),
        7 if v.as_bytes()[4] == b'-' && v[5..].chars().all(|c| c.is_ascii_digit()) => {
            let m = d.month?;
            let start = NaiveDate::from_ymd_opt(y, m, 1)?;
            let end = NaiveDate::from_ymd_opt(y, m, crate::calendar::days_in_month(y, m)?)?;
            Some((start, end))
        }
        4 if v.chars().all(|c| c.is_ascii_digit()) => {
            Some((NaiveDate::from_ymd_opt(y, 1, 1)?, NaiveDate::from_ymd_opt(y, 12, 31)?))
        }
        _ => None,
    }
}

/// Whether `stated` years fits an elapsed span [lo, hi] in years, given the bound and unit.
pub(super) fn fits(stated: f64, unit_years: f64, lo: f64, hi: f64, bound: &str) -> bool {
    // Round numbers are read to their precision: "ten years" is 9.5 to 10.5, "three decades"
    // 25 to 35; "about" doubles that.
    // A century is read to fifteen years ("a century later" is not 60 years later).
    let mut tol = 0.5 * unit_years.clamp(1.0, 30.0) + 0.25;
    if bound == "about" {
        tol *= 2.0;
    }
    match bound {
        "at-least" => hi >= stated - tol,
        "at-most" => lo <= stated + tol,
        _ => hi >= stated - tol && lo <= stated + tol,
    }
}

pub(super) fn years_between(a: NaiveDate, b: NaiveDate) -> f64 {
    (b - a).num_days() as f64 / 365.25
}

pub(super) fn fmt_years(y: f64) -> String {
    if (y - y.round()).abs() < 0.05 {
        format!("{} year{}", y.round(), if y.round() == 1.0 { "" } else { "s" })
    } else {
        format!("about {y:.1} years")
    }
}

/// A stated amount of time: its length in years, its unit in years, and how it is bounded.
pub(super) struct Stated {
    pub(super) years: f64,
    pub(super) unit_years: f64,
    pub(super) bound: &'static str,
}
