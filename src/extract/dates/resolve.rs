//! Resolution: what was written, read against the dateline and the tense of its clause, as a
//! TIMEX3 value and a calendar day where there is one.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

use super::mention::{DateKind, DateMention, Relative, Unit};
use super::written::{Cand, DayPart, Season, Written};
use crate::calendar::Tense;
use crate::calendar::{
    add_months, days_in_month, iso_date, iso_week, weekday_date, year_fitting_weekday, year_for_month_day,
};
use crate::lexicon::month_name;
use crate::span::Span;

/// What kind of date a written expression is.
fn kind_of(written: &Written) -> DateKind {
    match written {
        Written::Calendar { year: Some(_), .. }
        | Written::Year(_)
        | Written::Decade(_)
        | Written::Fiscal(_)
        | Written::Quarter { year: Some(_), .. }
        | Written::Season { year: Some(_), .. } => DateKind::Absolute,
        Written::Calendar { .. } | Written::MonthOnly(_) | Written::DayOfMonth(_) | Written::Quarter { .. } => {
            DateKind::Partial
        }
        Written::Season { .. }
        | Written::WeekdayOnly { .. }
        | Written::Rel { .. }
        | Written::Tonight
        | Written::Ago { .. } => DateKind::Relative,
        Written::Duration { .. } | Written::ClockDuration { .. } => DateKind::Duration,
        Written::Ref(_) => DateKind::Ref,
        Written::Half { .. } => DateKind::Absolute,
        Written::DayPart { .. } | Written::Weekend { .. } => DateKind::Relative,
        Written::Set(_) => DateKind::Set,
    }
}

/// Resolve one candidate found in `sentence`, read in `tense`, against the dateline `dct`.
pub(super) fn resolve(c: Cand, dct: Option<NaiveDate>, tense: Tense, sentence: usize) -> DateMention {
    let mut m = DateMention::new(c.span, kind_of(&c.written));
    m.tense = tense;
    m.sentence = sentence;
    match c.written {
        Written::Calendar { year, month, day, weekday } => calendar(&mut m, dct, tense, year, month, day, weekday),
        Written::Year(y) => {
            m.year = Some(y);
            m.year_explicit = true;
            m.year_span = Some(c.span);
            m.set_value(Some(format!("{y:04}")));
        }
        Written::Decade(d) => m.set_value(Some(format!("{d:03}"))),
        Written::MonthOnly(month) => {
            m.month = Some(month);
            if let Some(dct) = dct {
                let y = year_for_month_day(dct, month, None, tense);
                m.year = Some(y);
                m.set_value(Some(format!("{y:04}-{month:02}")));
            }
        }
        Written::Quarter { q, year } => quarter(&mut m, dct, tense, q, year),
        Written::Season { season: s, year, shift } => season(&mut m, dct, tense, s, year, shift),
        Written::Fiscal(y) => {
            m.year_explicit = true;
            m.set_value(Some(format!("FY{y:04}")));
        }
        Written::DayOfMonth(d) => day_of_month(&mut m, dct, tense, d),
        Written::WeekdayOnly { wd, part, shift } => weekday_only(&mut m, dct, tense, wd, part, shift),
        Written::Rel { rel, shift } => {
            m.relative = Some(rel);
            if let Some(dct) = dct {
                let value = relative(&mut m, dct, tense, rel, shift);
                m.set_value(Some(value));
            }
        }
        Written::Tonight => {
            m.relative = Some(Relative::Today);
            m.set_value(dct.map(|dct| format!("{}T{}", iso_date(dct), DayPart::Night.timex())));
        }
        Written::Ago { amount, unit } => ago(&mut m, dct, amount, unit),
        Written::Duration { amount, unit } => {
            m.amount = Some(amount);
            m.unit = Some(unit);
            let n = if amount.fract() == 0.0 { format!("{}", amount as i64) } else { format!("{amount}") };
            m.set_value(Some(format!("P{n}{}", unit.timex())));
        }
        Written::Ref(r) => m.set_value(Some(r.timex().to_string())),
        Written::DayPart { shift, part } => {
            if let Some(dct) = dct {
                let d = dct + Duration::days(shift);
                m.set_value(Some(format!("{}T{}", iso_date(d), part.timex())));
            }
        }
        Written::Weekend { shift } => {
            if let Some(dct) = dct {
                let weeks = shift.unwrap_or_else(|| weekend_by_tense(dct, tense));
                m.set_value(Some(format!("{}-WE", iso_week(dct + Duration::days(7 * weeks as i64)))));
            }
        }
        Written::Half { h, year } => {
            m.year_explicit = true;
            m.set_value(Some(format!("{year:04}-H{h}")));
        }
        Written::Set(v) => m.set_value(Some(v)),
        Written::ClockDuration { amount, unit } => {
            m.amount = Some(amount);
            m.set_value(Some(format!("PT{}{}", amount as i64, unit.timex())));
        }
    }
    m
}

/// A year, month and day as written, any year missing taken from the dateline; marked
/// invalid when they form no date ("June 31").
fn calendar(
    m: &mut DateMention,
    dct: Option<NaiveDate>,
    tense: Tense,
    year: Option<(i32, Span)>,
    month: u32,
    day: Option<u32>,
    weekday: Option<(Weekday, Span)>,
) {
    m.month = Some(month);
    m.day = day;
    if let Some((wd, span)) = weekday {
        m.weekday = Some(wd);
        m.weekday_span = Some(span);
    }
    let resolved_year = match year {
        Some((y, span)) => {
            m.year_explicit = true;
            m.year_span = Some(span);
            Some(y)
        }
        None => dct.map(|d| match (weekday, day) {
            // A weekday written with a year-less date picks the nearby year it fits
            // ("Monday, December 6" in an article dated Sunday, December 5).
            (Some((wd, _)), Some(dd)) => {
                year_fitting_weekday(d, month, dd, wd).unwrap_or_else(|| year_for_month_day(d, month, day, tense))
            }
            _ => year_for_month_day(d, month, day, tense),
        }),
    };
    m.year = resolved_year;
    m.invalid = why_invalid(resolved_year, month, day).map(String::into_boxed_str);
    if m.invalid.is_none() {
        match (resolved_year, day) {
            (Some(y), Some(d)) => {
                m.date = NaiveDate::from_ymd_opt(y, month, d);
                m.set_value(m.date.map(iso_date));
            }
            (Some(y), None) => m.set_value(Some(format!("{y:04}-{month:02}"))),
            (None, _) => {}
        }
    }
}

/// Why a year, month and day form no date ("June has 30 days"), if they do not.
fn why_invalid(year: Option<i32>, month: u32, day: Option<u32>) -> Option<String> {
    if !(1..=12).contains(&month) {
        return Some(format!("there is no month {month}"));
    }
    let d = day?;
    let max = days_in_month(year.unwrap_or(2000), month).unwrap_or(31);
    if d == 0 {
        Some("there is no day 0".to_string())
    } else if d <= max {
        None
    } else if month == 2 && d == 29 {
        Some(format!("{} is not a leap year", year.unwrap_or(0)))
    } else {
        Some(format!("{} has {} days", month_name(month), max))
    }
}

/// "the fourth quarter": a year-less quarter falls in the year the tense points to.
fn quarter(m: &mut DateMention, dct: Option<NaiveDate>, tense: Tense, q: u32, year: Option<i32>) {
    let y = year.or_else(|| {
        dct.map(|d| {
            let cur = (d.month0() / 3 + 1) as i32;
            match tense {
                Tense::Past if q as i32 > cur => d.year() - 1,
                Tense::Future if (q as i32) < cur => d.year() + 1,
                _ => d.year(),
            }
        })
    });
    m.year_explicit = year.is_some();
    m.set_value(y.map(|y| format!("{y:04}-Q{q}")));
}

fn season(m: &mut DateMention, dct: Option<NaiveDate>, tense: Tense, s: Season, year: Option<i32>, shift: Option<i32>) {
    m.year_explicit = year.is_some();
    let y = year.or_else(|| {
        dct.map(|d| match shift {
            Some(shift) => d.year() + shift,
            // A bare season: the month it starts in decides, as for a month name.
            None => year_for_month_day(d, s.start_month(), None, tense),
        })
    });
    m.set_value(y.map(|y| format!("{y:04}-{}", s.timex())));
}

/// "on the 18th": this month's, or the month before or after as the tense says.
fn day_of_month(m: &mut DateMention, dct: Option<NaiveDate>, tense: Tense, d: u32) {
    m.day = Some(d);
    let Some(dct) = dct else { return };
    let mut shift = 0;
    if tense == Tense::Past && d > dct.day() {
        shift = -1;
    } else if tense == Tense::Future && d < dct.day() {
        shift = 1;
    }
    let (y, mo) = add_months(dct, shift);
    m.year = Some(y);
    m.month = Some(mo);
    m.date = NaiveDate::from_ymd_opt(y, mo, d);
    m.set_value(m.date.map(iso_date));
}

fn weekday_only(
    m: &mut DateMention,
    dct: Option<NaiveDate>,
    tense: Tense,
    wd: Weekday,
    part: Option<DayPart>,
    shift: i32,
) {
    m.weekday = Some(wd);
    m.relative = Some(Relative::Weekday);
    let Some(dct) = dct else { return };
    let d = weekday_date(dct, wd, tense, shift);
    m.date = Some(d);
    m.year = Some(d.year());
    m.month = Some(d.month());
    m.day = Some(d.day());
    let mut v = iso_date(d);
    if let Some(p) = part {
        v.push('T');
        v.push_str(p.timex());
    }
    m.set_value(Some(v));
}

/// The value of a relative word `shift` days, weeks, months or years from the dateline.
fn relative(m: &mut DateMention, dct: NaiveDate, tense: Tense, rel: Relative, shift: i32) -> String {
    match rel {
        Relative::Today | Relative::Yesterday | Relative::Tomorrow => {
            let d = dct + Duration::days(shift as i64);
            m.date = Some(d);
            m.year = Some(d.year());
            m.month = Some(d.month());
            m.day = Some(d.day());
            iso_date(d)
        }
        Relative::ThisWeek | Relative::LastWeek | Relative::NextWeek => {
            iso_week(dct + Duration::days(7 * shift as i64))
        }
        Relative::ThisMonth | Relative::LastMonth | Relative::NextMonth => {
            let (y, mo) = add_months(dct, shift);
            format!("{y:04}-{mo:02}")
        }
        Relative::ThisYear | Relative::LastYear | Relative::NextYear => {
            m.year = Some(dct.year() + shift);
            format!("{:04}", dct.year() + shift)
        }
        _ => {
            let sat = weekday_date(dct, Weekday::Sat, tense, shift);
            format!("{}-WE", iso_week(sat))
        }
    }
}

/// "two days ago": counted back from the dateline.
fn ago(m: &mut DateMention, dct: Option<NaiveDate>, amount: f64, unit: Unit) {
    m.relative = Some(Relative::Ago);
    m.amount = Some(amount);
    m.unit = Some(unit);
    let Some(dct) = dct else { return };
    let n = amount.round() as i64;
    let value = match unit {
        Unit::Day => {
            let d = dct - Duration::days(n);
            m.date = Some(d);
            iso_date(d)
        }
        Unit::Week => iso_week(dct - Duration::days(7 * n)),
        Unit::Month => {
            let (y, mo) = add_months(dct, -(n as i32));
            format!("{y:04}-{mo:02}")
        }
        Unit::Year => format!("{:04}", dct.year() - n as i32),
        Unit::Decade => format!("{:04}", dct.year() - 10 * n as i32),
        Unit::Century => format!("{:04}", dct.year() - 100 * n as i32),
    };
    m.set_value(Some(value));
    if matches!(unit, Unit::Year | Unit::Decade | Unit::Century) {
        m.year = Some(dct.year() - (amount * unit.years()).round() as i32);
    }
}

/// "the weekend", in weeks from the dateline's: the coming one in future tense, else the
/// latest one begun.
fn weekend_by_tense(dct: NaiveDate, tense: Tense) -> i32 {
    let wd = dct.weekday().num_days_from_monday();
    match tense {
        Tense::Future => 0,
        _ if wd >= 5 => 0,
        _ => -1,
    }
}
