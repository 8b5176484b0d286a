//! Reading the value of a typed capture of a `pattern` rule from its text, when no extracted
//! mention gives one: what the placeholder fragments of `rules::pattern` match, read back.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

use crate::calendar::parse_iso_date;
use crate::extract::numwords;
use crate::extract::Tense;
use crate::lexicon::{month_number, MONTH_RE};
use crate::rules::expr::Value;
use crate::rules::pattern::Placeholder;

/// Read a number as written: "1,204,311", "3.5", "2.5 million", "one hundred and six".
pub fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim();
    let digits_end = t.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.')).unwrap_or(t.len());
    if digits_end > 0 {
        let n: f64 = t[..digits_end].replace(',', "").parse().ok()?;
        let scale = match t[digits_end..].trim().to_lowercase().as_str() {
            "" => 1.0,
            "thousand" => 1e3,
            "million" => 1e6,
            "billion" => 1e9,
            "trillion" => 1e12,
            _ => return None,
        };
        return Some(n * scale);
    }
    numwords::parse(t)
}

/// Read a percentage as its number: "12%", "twelve percent", "3.5 per cent".
pub fn parse_percent(text: &str) -> Option<f64> {
    let t = text.trim();
    let lower = t.to_lowercase();
    let cut = lower
        .strip_suffix('%')
        .or_else(|| lower.strip_suffix("percent"))
        .or_else(|| lower.strip_suffix("cent").map(|s| s.trim_end().strip_suffix("per").unwrap_or(s)))?;
    parse_number(&t[..cut.len()])
}

/// Read a date as written, placing a year-less one nearest the dateline.
pub fn parse_date(text: &str, dateline: Option<NaiveDate>) -> Option<NaiveDate> {
    let t = text.trim();
    if let Some(d) = parse_iso_date(t) {
        return Some(d);
    }
    if let Ok(d) = NaiveDate::parse_from_str(t, "%m/%d/%Y") {
        return Some(d);
    }
    static MDY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(r"^(?P<m>{MONTH_RE})\s+(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>[0-9]{{4}}))?$"))
            .expect("static regex")
    });
    static DMY: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"^(?P<d>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_RE})(?:,?\s+(?P<y>[0-9]{{4}}))?$"
        ))
        .expect("static regex")
    });
    let c = MDY.captures(t).or_else(|| DMY.captures(t))?;
    let month = month_number(&c["m"])?;
    let day: u32 = c["d"].parse().ok()?;
    let year = match c.name("y") {
        Some(y) => y.as_str().parse().ok()?,
        None => crate::calendar::year_for_month_day(dateline?, month, Some(day), Tense::Unknown),
    };
    NaiveDate::from_ymd_opt(year, month, day)
}

/// The value of a typed capture from its text, when no extracted mention gives one.
pub fn value_of(p: Placeholder, text: &str, dateline: Option<NaiveDate>) -> Option<Value> {
    Some(match p {
        Placeholder::Number | Placeholder::Year => Value::Number(parse_number(text)?),
        Placeholder::Percent => Value::Number(parse_percent(text)?),
        Placeholder::Date => Value::Date(parse_date(text, dateline)?),
        Placeholder::Name => Value::Text(text.trim().to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::pattern::compile;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn fragments_match_news_copy() {
        let p = compile(r"(?P<n>{number})", false).unwrap();
        for (text, v) in
            [("1,204,311", 1204311.0), ("3.5", 3.5), ("2.5 million", 2.5e6), ("Twenty-one", 21.0), ("a dozen", 12.0)]
        {
            let c = p.regex.captures(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(&c["n"], text);
            assert_eq!(parse_number(&c["n"]), Some(v), "{text}");
        }
        let p = compile(r"(?P<d>{date})", false).unwrap();
        for (text, v) in [
            ("September 18, 2021", "2021-09-18"),
            ("Sept. 18", "2025-09-18"),
            ("2021-09-18", "2021-09-18"),
            ("18 September 2021", "2021-09-18"),
            ("9/18/2021", "2021-09-18"),
        ] {
            let c = p.regex.captures(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(&c["d"], text);
            assert_eq!(parse_date(&c["d"], Some(d("2025-09-19"))), Some(d(v)), "{text}");
        }
        let p = compile(r"(?P<p>{percent})", false).unwrap();
        for (text, v) in [("12%", 12.0), ("3.5 percent", 3.5), ("twelve per cent", 12.0)] {
            let c = p.regex.captures(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(&c["p"], text);
            assert_eq!(parse_percent(&c["p"]), Some(v), "{text}");
        }
        let p = compile(r"said (?P<who>{name})", true).unwrap();
        assert_eq!(&p.regex.captures("SAID Ashraf Ghani, who").unwrap()["who"], "Ashraf Ghani");
        assert!(p.regex.captures("said the minister").is_none());
    }
}
