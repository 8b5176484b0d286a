//! Reading values out of a TOML rule or config file: dates, and where a decoded string's byte
//! sits in the file.

use std::ops::Range;

use chrono::NaiveDate;

use crate::calendar::parse_iso_date;

/// Parse a TOML date given as a date literal or a "YYYY-MM-DD" string.
pub(crate) fn toml_date(v: &toml::Value) -> Option<NaiveDate> {
    match v {
        toml::Value::Datetime(dt) => {
            let d = dt.date?;
            NaiveDate::from_ymd_opt(d.year as i32, d.month as u32, d.day as u32)
        }
        toml::Value::String(s) => parse_iso_date(s.get(..10).unwrap_or(s)),
        _ => None,
    }
}

/// The byte offset in a TOML file of byte `offset` of the decoded value of the string whose
/// token spans `span` (quotes included). Handles the four TOML string forms and the escapes of
/// basic strings, so errors inside `"\\d+"` still point at the right column.
pub(crate) fn toml_string_pos(text: &str, span: &Range<usize>, offset: usize) -> usize {
    let Some(raw) = text.get(span.clone()) else { return span.start };
    let (open, basic) = if raw.starts_with("\"\"\"") {
        (3, true)
    } else if raw.starts_with("'''") {
        (3, false)
    } else if raw.starts_with('"') {
        (1, true)
    } else if raw.starts_with('\'') {
        (1, false)
    } else {
        return span.start;
    };
    let mut i = open;
    // A multi-line string drops a newline right after its opening quotes.
    if open == 3 {
        if raw[i..].starts_with("\r\n") {
            i += 2;
        } else if raw[i..].starts_with('\n') {
            i += 1;
        }
    }
    let mut decoded = 0;
    while decoded < offset && i < raw.len() {
        let c = raw[i..].chars().next().expect("in bounds");
        if basic && c == '\\' {
            let rest = &raw[i + 1..];
            let next = rest.chars().next();
            match next {
                Some('u' | 'U') => {
                    let n = if next == Some('u') { 4 } else { 8 };
                    let ch = rest.get(1..1 + n).and_then(|h| u32::from_str_radix(h, 16).ok()).and_then(char::from_u32);
                    i += 2 + n;
                    decoded += ch.map_or(1, char::len_utf8);
                }
                Some(w) if w.is_whitespace() => {
                    // A line-ending backslash eats the whitespace that follows.
                    i += 1 + rest.len() - rest.trim_start().len();
                }
                Some(e) => {
                    i += 1 + e.len_utf8();
                    decoded += 1;
                }
                None => break,
            }
        } else {
            i += c.len_utf8();
            decoded += c.len_utf8();
        }
    }
    span.start + i
}
