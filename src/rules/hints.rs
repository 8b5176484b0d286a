//! Help for the TOML and schema errors a rule author meets first: a misspelt key, a plural
//! table name, a regex in double quotes, a date where text belongs.

use std::ops::Range;

/// Table names written in the plural, and the singular a rule file uses.
const PLURALS: &[(&str, &str)] = &[
    ("rules", "rule"),
    ("offices", "office"),
    ("people", "person"),
    ("persons", "person"),
    ("events", "event"),
    ("tests", "test"),
];

/// A help line for a TOML parse or schema error, from its message and the text it points at.
/// The message may also be reworded (an unquoted date reads as a "map" to serde).
pub(super) fn for_parse_error(text: &str, span: Option<&Range<usize>>, message: &str) -> (String, Option<String>) {
    let at = span.and_then(|s| text.get(s.clone())).unwrap_or("");
    if let Some((field, expected)) = unknown_field(message) {
        return (message.to_string(), unknown_field_help(field, &expected));
    }
    if message.starts_with("invalid type: map") && looks_like_date(at) {
        let message = message.replacen("invalid type: map", "invalid type: date", 1);
        let help = format!("TOML reads an unquoted {at} as a date; where text is wanted, quote it: \"{at}\"");
        return (message, Some(help));
    }
    if message.contains("two-digit") {
        return (message.to_string(), Some(padded_help(at)));
    }
    if message.contains("month between") && looks_like_date(at) {
        return (message.to_string(), Some(month_help(at)));
    }
    let after_backslash = span.is_some_and(|s| s.start > 0 && text.as_bytes().get(s.start - 1) == Some(&b'\\'));
    if message.contains("escape") && after_backslash {
        return (message.to_string(), Some(backslash_help(text, span.map_or(0, |s| s.start))));
    }
    (message.to_string(), None)
}

/// `unknown field `colour`, expected one of `id`, `kind`` → ("colour", ["id", "kind"]).
fn unknown_field(message: &str) -> Option<(&str, Vec<&str>)> {
    let rest = message.strip_prefix("unknown field `")?;
    let (field, rest) = rest.split_once('`')?;
    let expected = rest.split('`').skip(1).step_by(2).collect();
    Some((field, expected))
}

fn unknown_field_help(field: &str, expected: &[&str]) -> Option<String> {
    if let Some((_, one)) = PLURALS.iter().find(|(many, one)| *many == field && expected.contains(one)) {
        return Some(format!("the table is `[[{one}]]`, in the singular: one `[[{one}]]` table per entry"));
    }
    let limit = (field.chars().count() / 3).max(1);
    let (d, near) = expected.iter().map(|k| (strsim::damerau_levenshtein(field, k), *k)).min_by_key(|&(d, _)| d)?;
    (d <= limit).then(|| format!("did you mean `{near}`?"))
}

/// `2025-03-04`, `2025-03-04T10:00:00Z`: what TOML reads as a date.
fn looks_like_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b[..4].iter().chain(&b[5..7]).chain(&b[8..10]).all(u8::is_ascii_digit)
}

/// `1961-8-4`: TOML dates take two digits for the month and the day.
fn padded_help(at: &str) -> String {
    let parts: Vec<&str> = at.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if [y, m, d].iter().all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit())) => {
            format!("write the month and the day with two digits each: {y}-{m:0>2}-{d:0>2}")
        }
        _ => "dates are written YYYY-MM-DD, with two digits each for the month and the day".to_string(),
    }
}

/// A month past 12: most often day and month swapped.
fn month_help(at: &str) -> String {
    let (y, m, d) = (&at[..4], &at[5..7], &at[8..10]);
    let swapped = format!("{y}-{d}-{m}");
    let valid = chrono::NaiveDate::parse_from_str(&swapped, "%Y-%m-%d").is_ok();
    let tail = if valid { format!(": did you mean {swapped}?") } else { String::new() };
    format!("the month comes before the day (YYYY-MM-DD){tail}")
}

/// A backslash in a basic string that starts no TOML escape: most often a regex.
fn backslash_help(text: &str, at: usize) -> String {
    let start = text[..at.min(text.len())].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next().unwrap_or("");
    let generic = "in double quotes a backslash starts an escape (`\\n`, `\\\"`); write a regex in single \
                   quotes, which keep backslashes as written: pattern = '\\d+ percent'";
    // `key = "value"` with no single quote inside: show the line rewritten.
    let Some((key, value)) = line.split_once('=') else { return generic.to_string() };
    let value = value.trim();
    match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        Some(inner) if !inner.contains('\'') && !inner.contains('"') => format!(
            "in double quotes a backslash starts an escape (`\\n`, `\\\"`); write it in single quotes, which keep \
             backslashes as written: {} = '{inner}'",
            key.trim()
        ),
        _ => generic.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::for_parse_error;

    fn help(text: &str, needle: &str, message: &str) -> Option<String> {
        let start = text.find(needle).unwrap();
        for_parse_error(text, Some(&(start..start + needle.len())), message).1
    }

    #[test]
    fn unknown_keys_get_the_nearest_key_or_the_singular_table() {
        let m = "unknown field `holdr`, expected one of `title`, `forms`, `holder`, `aliases`";
        assert_eq!(help("holdr = 1", "holdr", m).as_deref(), Some("did you mean `holder`?"));
        let m = "unknown field `colour`, expected one of `id`, `kind`, `severity`";
        assert_eq!(help("colour = 1", "colour", m), None);
        let m = "unknown field `people`, expected one of `rule`, `office`, `person`, `event`, `test`";
        assert!(help("[[people]]", "people", m).unwrap().contains("`[[person]]`"));
        let m = "unknown field `from`, expected `to`";
        assert_eq!(help("from = 1", "from", m), None);
    }

    #[test]
    fn a_month_past_twelve_suggests_the_swap() {
        let text = "dateline = 2025-13-01\n";
        let m = "invalid date, expected month between 01 and 12";
        assert!(help(text, "2025-13-01", m).unwrap().ends_with("did you mean 2025-01-13?"));
    }

    #[test]
    fn a_short_month_or_day_is_shown_padded() {
        let m = "invalid date, expected a two-digit month (MM)";
        assert!(help("born = 1961-8-4\n", "1961-8-4", m).unwrap().ends_with("1961-08-04"));
    }

    #[test]
    fn a_regex_in_double_quotes_is_shown_in_single_quotes() {
        let text = "pattern = \"\\d+ percent\"\n";
        let m = "missing escaped value, expected `b`";
        assert!(help(text, "d+", m).unwrap().ends_with("pattern = '\\d+ percent'"));
    }

    #[test]
    fn an_unquoted_date_where_text_belongs_is_named_a_date() {
        let text = "text = 2025-01-01\n";
        let (msg, help) = for_parse_error(text, Some(&(7..17)), "invalid type: map, expected a string");
        assert_eq!(msg, "invalid type: date, expected a string");
        assert!(help.unwrap().contains("\"2025-01-01\""));
    }
}
