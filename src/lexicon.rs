//! Word lists shared by ingest, extraction and rule patterns: month and weekday names and
//! number words as news writes them.

use chrono::Weekday;

// The pattern pieces live with the built-in patterns, which build.rs compiles too.
pub use crate::rx::patterns::{MONTH_RE, NUMBER_WORDS_RE, WEEKDAY_RE};

/// Month number (1-12) of a month name or abbreviation; case-sensitive capitalised form.
pub fn month_number(word: &str) -> Option<u32> {
    let w = word.trim_end_matches('.');
    let n = match w {
        "January" | "Jan" => 1,
        "February" | "Feb" => 2,
        "March" | "Mar" => 3,
        "April" | "Apr" => 4,
        "May" => 5,
        "June" | "Jun" => 6,
        "July" | "Jul" => 7,
        "August" | "Aug" => 8,
        "September" | "Sept" | "Sep" => 9,
        "October" | "Oct" => 10,
        "November" | "Nov" => 11,
        "December" | "Dec" => 12,
        _ => return None,
    };
    Some(n)
}

/// Weekday of a weekday name or abbreviation.
pub fn weekday(word: &str) -> Option<Weekday> {
    let w = word.trim_end_matches('.');
    let d = match w {
        "Monday" | "Mon" => Weekday::Mon,
        "Tuesday" | "Tues" | "Tue" => Weekday::Tue,
        "Wednesday" | "Wed" => Weekday::Wed,
        "Thursday" | "Thurs" | "Thur" | "Thu" => Weekday::Thu,
        "Friday" | "Fri" => Weekday::Fri,
        "Saturday" | "Sat" => Weekday::Sat,
        "Sunday" | "Sun" => Weekday::Sun,
        _ => return None,
    };
    Some(d)
}

pub fn weekday_name(d: Weekday) -> &'static str {
    match d {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

pub fn month_name(m: u32) -> &'static str {
    const NAMES: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    NAMES.get((m as usize).wrapping_sub(1)).copied().unwrap_or("?")
}

/// Whether a period after `word` does not end a sentence: an abbreviation. A `match`, which
/// compiles to a switch on length and a few comparisons: every sentence-final word is looked
/// up, twice.
#[rustfmt::skip]
pub fn is_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs" | "Ms" | "Dr" | "Prof" | "St" | "Sr" | "Jr" | "Gen" | "Sen" | "Rep" | "Gov" | "Lt" |
        "Col" | "Capt" | "Cmdr" | "Sgt" | "Maj" | "Adm" | "Rev" | "Hon" | "Pres" | "Supt" | "Det" | "Insp" |
        "Mt" | "Ft" | "Ave" | "Blvd" | "Rd" | "Inc" | "Corp" | "Co" | "Ltd" | "Bros" | "No" | "Nos" | "vs" |
        "etc" | "approx" | "est" | "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" |
        "Oct" | "Nov" | "Dec" | "Mon" | "Tue" | "Tues" | "Wed" | "Thu" | "Thur" | "Thurs" | "Fri" | "Sat" |
        "Sun" | "Calif" | "Fla" | "Ga" | "Ill" | "Mass" | "Mich" | "Minn" | "Penn" | "Va" | "Wash" | "Wis" |
        "Ariz" | "Colo" | "Conn" | "Ky" | "La" | "Md" | "Mo" | "Nev" | "Okla" | "Ore" | "Tenn" | "Tex" | "fig" |
        "al" | "cf" | "e.g" | "i.e" | "a.m" | "p.m" | "U.S" | "U.K" | "U.N" | "E.U" | "D.C"
    )
}

/// A word in lower case, allocating only when it has capitals or is not ASCII: most words of
/// news copy are already lower case.
pub fn lowercase(word: &str) -> std::borrow::Cow<'_, str> {
    if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(word)
    } else {
        std::borrow::Cow::Owned(word.to_lowercase())
    }
}

/// Whether `text` ends with `word` (ASCII, lower case) in any case. Only the end is read:
/// lowering all the text before a mention, for every mention, made long articles quadratic.
pub fn ends_with_ignoring_case(text: &str, word: &str) -> bool {
    let b = text.as_bytes();
    b.len() >= word.len() && b[b.len() - word.len()..].eq_ignore_ascii_case(word.as_bytes())
}
