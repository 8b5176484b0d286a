//! Calendar arithmetic in one place: month lengths, ISO dates, the year a year-less date
//! falls in, the date a weekday word means, and dates written out in full.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;

use crate::lexicon::{month_name, weekday_name};

/// The tense of the clause around a time expression (found by `extract`): it decides which
/// way a year-less date or a bare weekday resolves.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

/// Days in a month of a year (proleptic Gregorian), or None for a month outside 1-12.
pub fn days_in_month(year: i32, month: u32) -> Option<u32> {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    Some(match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    })
}

/// A date as ISO 8601 ("2025-09-19"), as chrono's `%Y-%m-%d` writes it. Written directly for
/// the four-digit years news copy holds: chrono's format string is parsed on every call, and
/// every resolved date is written once.
pub fn iso_date(d: NaiveDate) -> String {
    if (0..=9999).contains(&d.year()) {
        format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
    } else {
        d.format("%Y-%m-%d").to_string()
    }
}

/// Read an ISO 8601 date ("2025-09-19") as chrono's `%Y-%m-%d` does, reading the plain
/// ten-character form directly and leaving any other to chrono.
pub fn parse_iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' && digits(0..4) && digits(5..7) && digits(8..10) {
        let n = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
        return NaiveDate::from_ymd_opt(n(0..4)? as i32, n(5..7)?, n(8..10)?);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d").ok()
}

/// An ISO week ("2025-W38").
pub fn iso_week(d: NaiveDate) -> String {
    let w = d.iso_week();
    format!("{}-W{:02}", w.year(), w.week())
}

/// The year and month `months` months from `d`'s month.
pub fn add_months(d: NaiveDate, months: i32) -> (i32, u32) {
    let total = d.year() * 12 + d.month0() as i32 + months;
    (total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
}

/// The year that puts month/day closest to `anchor` (a wire date near New Year).
pub fn nearest_year(anchor: NaiveDate, month: u32, day: u32) -> i32 {
    let y = anchor.year();
    [y - 1, y, y + 1]
        .into_iter()
        .filter_map(|yy| NaiveDate::from_ymd_opt(yy, month, day).map(|d| (yy, (d - anchor).num_days().abs())))
        .min_by_key(|&(_, dist)| dist)
        .map_or(y, |(yy, _)| yy)
}

/// The year that a year-less month/day takes, by tense (HeidelTime news mode).
pub fn year_for_month_day(dct: NaiveDate, month: u32, day: Option<u32>, tense: Tense) -> i32 {
    let y = dct.year();
    let key = |m: u32, d: u32| m * 100 + d;
    let here = key(dct.month(), dct.day());
    let there = key(month, day.unwrap_or(if tense == Tense::Future { 31 } else { 1 }));
    let month_only = day.is_none();
    match tense {
        Tense::Past if if month_only { month > dct.month() } else { there > here } => y - 1,
        Tense::Future if if month_only { month < dct.month() } else { there < here } => y + 1,
        Tense::Past | Tense::Future => y,
        // Unknown or present: the nearest such date.
        _ => match day {
            Some(d) if d >= 1 && d <= days_in_month(y, month).unwrap_or(31) => nearest_year(dct, month, d),
            _ => {
                let diff = month as i32 - dct.month() as i32;
                if diff > 6 {
                    y - 1
                } else if diff < -6 {
                    y + 1
                } else {
                    y
                }
            }
        },
    }
}

/// The year within half a year of the dateline in which month/day falls on `wd`, if any
/// (the nearest when several do).
pub fn year_fitting_weekday(dct: NaiveDate, month: u32, day: u32, wd: Weekday) -> Option<i32> {
    [dct.year() - 1, dct.year(), dct.year() + 1]
        .into_iter()
        .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day).map(|d| (y, d)))
        .filter(|(_, d)| d.weekday() == wd && (*d - dct).num_days().abs() <= 183)
        .min_by_key(|(_, d)| (*d - dct).num_days().abs())
        .map(|(y, _)| y)
}

/// The date a weekday means from `dct`: `shift` -1 is "last", 1 "next"; otherwise the tense
/// decides between the coming one (future) and the latest one (the dateline's day included).
pub fn weekday_date(dct: NaiveDate, wd: Weekday, tense: Tense, shift: i32) -> NaiveDate {
    let cur = dct.weekday().num_days_from_monday() as i64;
    let target = wd.num_days_from_monday() as i64;
    let back = (cur - target).rem_euclid(7);
    let fwd = (target - cur).rem_euclid(7);
    match shift {
        -1 => dct - Duration::days(if back == 0 { 7 } else { back }),
        1 => dct + Duration::days(if fwd == 0 { 7 } else { fwd }),
        _ if tense == Tense::Future => dct + Duration::days(fwd),
        _ => dct - Duration::days(back),
    }
}

/// Whether `d` is `rd`'s weekday in the calendar week `weeks` away from the dateline's.
pub fn same_weekday_in_week(d: NaiveDate, rd: NaiveDate, dct: NaiveDate, weeks: i64) -> bool {
    let monday = dct - Duration::days(dct.weekday().num_days_from_monday() as i64) + Duration::days(7 * weeks);
    d.weekday() == rd.weekday() && d >= monday && d < monday + Duration::days(7)
}

/// A date written out: "September 18, 2025".
pub fn long_date(d: NaiveDate) -> String {
    format!("{} {}, {}", month_name(d.month()), d.day(), d.year())
}

/// A date written out with its weekday: "Thursday, September 18, 2025".
pub fn long_date_weekday(d: NaiveDate) -> String {
    format!("{}, {}", weekday_name(d.weekday()), long_date(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn long_dates() {
        assert_eq!(long_date(d(2025, 9, 18)), "September 18, 2025");
        assert_eq!(long_date_weekday(d(2025, 9, 18)), "Thursday, September 18, 2025");
    }

    #[test]
    fn iso_dates_round_trip_like_chrono() {
        for s in ["2025-09-19", "2024-02-29", "0001-01-01", "2025-9-1"] {
            let ours = parse_iso_date(s);
            assert_eq!(ours, NaiveDate::parse_from_str(s, "%Y-%m-%d").ok(), "{s}");
            if let Some(x) = ours {
                assert_eq!(iso_date(x), x.format("%Y-%m-%d").to_string());
            }
        }
        assert_eq!(parse_iso_date("2025-02-30"), None);
    }
}
