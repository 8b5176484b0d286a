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
