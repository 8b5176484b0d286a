//! Where an article's date comes from: a `date` header line, front matter, a printed dateline.

use crate::rx::{builtin, LazyRx};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::ingest::{IngestOptions, Masked};
use crate::calendar::nearest_year;
use crate::lexicon::month_number;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DatelineSource {
    /// `date YYYY-MM-DD` on the first line.
    Header,
    /// `date` in YAML or TOML front matter.
    FrontMatter,
    /// A date printed in the first lines of the article.
    Printed,
    /// `--dateline` on the command line.
    Override,
    /// `dateline` in the project config, for articles that carry none.
    ConfigDefault,
}

/// The date an article is anchored to and where it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dateline {
    pub date: NaiveDate,
    pub source: DatelineSource,
    /// The date's text in the file, when it was read from the file.
    pub span: Option<Span>,
}

impl PrintedDateline {
    /// A printed date with all of month, day and year written.
    fn written(month: &str, day: &str, year: &str, span: Span) -> Option<PrintedDateline> {
        let month = month_number(month)?;
        let day: u32 = day.parse().ok()?;
        let year: i32 = year.parse().ok()?;
        Some(PrintedDateline { date: NaiveDate::from_ymd_opt(year, month, day), has_year: true, month, day, span })
    }
}

/// A dateline printed in the article body ("September 19, 2025", "KABUL, Sept. 19 (Reuters) —").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintedDateline {
    /// The date, when the printed line gives one (a year-less wire date takes the metadata year).
    pub date: Option<NaiveDate>,
    /// Whether the year was printed.
    pub has_year: bool,
    pub month: u32,
    pub day: u32,
    /// The date text.
    pub span: Span,
}

/// A first line that says it holds the date: `Date:` and a value, `date` and a value that
/// opens like a date ("Date night", "date 5 of the talks" are prose), or a bare `2025-03-04`.
static HEADER: LazyRx = LazyRx::builtin(&builtin::DATELINE_HEADER);
/// Whether `source` opens the way every `HEADER` match does: after a byte order mark and
/// blanks, `date` in any case or a digit. Most articles open otherwise, and this spares their
/// run compiling `HEADER` (a tenth of an empty article's process).
fn may_open_with_header(source: &str) -> bool {
    let rest = source.strip_prefix('\u{feff}').unwrap_or(source).trim_start_matches([' ', '\t']);
    rest.as_bytes().first().is_some_and(u8::is_ascii_digit)
        || rest.get(..4).is_some_and(|w| w.eq_ignore_ascii_case("date"))
}

/// A publication date key in YAML (`key:`) or TOML (`key =`) front matter, unindented.
static FRONT_KEY: LazyRx = LazyRx::builtin(&builtin::DATELINE_FRONT_KEY);

/// A date line that is there but cannot be read: what was read and why it failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnreadableDateline {
    /// The line as written, trimmed (`date 2025-02-30`, `date: 2025-02-30`).
    pub line: String,
    /// The value in the file (where it should be, when the line holds none).
    pub span: Span,
    /// Why it cannot be read ("there is no February 30, 2025 (February 2025 has 28 days)").
    pub reason: String,
}

/// What the metadata says: a date, an unreadable date line, or nothing.
pub(super) type Metadata = (Option<Dateline>, Option<UnreadableDateline>);

/// Read the metadata date (header line or front matter) and blank what must not be checked.
pub(super) fn read_metadata(source: &str, masked: &mut Masked) -> Metadata {
    if let Some(c) = may_open_with_header(source).then(|| HEADER.captures(source)).flatten() {
        let g = c.name("v").or_else(|| c.name("w")).or_else(|| c.name("bare")).expect("one value group matches");
        let prefix = source[..g.start()].trim_start_matches('\u{feff}');
        let (meta, end) = read_value(g.as_str().trim_end(), g.start(), prefix, DatelineSource::Header);
        masked.blank(Span::new(0, end));
        return meta;
    }
    let body = source.strip_prefix('\u{feff}').unwrap_or(source);
    let bom = source.len() - body.len();
    for fence in ["---", "+++"] {
        let Some(rest) = body.strip_prefix(fence) else { continue };
        if !(rest.starts_with('\n') || rest.starts_with("\r\n")) {
            continue;
        }
        // The closing fence is a line holding only the fence.
        let mut pos = bom + fence.len();
        let mut end = None;
        for line in source[pos..].split_inclusive('\n') {
            if line.trim_end() == fence && pos > bom + fence.len() {
                end = Some(pos + line.len());
                break;
            }
            pos += line.len();
        }
        let Some(end) = end else { return (None, None) };
        masked.blank(Span::new(0, end));
        let inner_start = bom + fence.len();
        let sep = if fence == "+++" { "=" } else { ":" };
        return front_matter_date(&source[inner_start..end], inner_start, sep);
    }
    (None, None)
}

/// The publication date of front matter (`inner` starts at `offset` in the file): `date`,
/// else the first of `published`, `pubDate`, `date_published`. Only top-level keys count:
/// TOML's are those before its first table.
fn front_matter_date(inner: &str, offset: usize, sep: &str) -> Metadata {
    let mut top = inner.len();
    if sep == "=" {
        let mut at = 0;
        for line in inner.split_inclusive('\n') {
            if line.trim_start().starts_with('[') {
                top = at;
                break;
            }
            at += line.len();
        }
    }
    let keys: Vec<_> = FRONT_KEY.captures_iter(&inner[..top]).filter(|c| &c[2] == sep).collect();
    let Some(c) = keys.iter().find(|c| &c[1] == "date").or_else(|| keys.first()) else { return (None, None) };
    let raw = c.get(3).expect("the value group always matches");
    // A comment may follow the value; quotes may wrap it.
    let text = raw.as_str();
    let text = text.find(" #").map_or(text, |i| &text[..i]).trim_end();
    let unquoted = text.trim_matches(['"', '\'']);
    let lead = text.len() - text.trim_start_matches(['"', '\'']).len();
    let prefix = &inner[c.get(0).expect("group 0 always matches").start()..raw.start() + lead];
    read_value(unquoted.trim_end(), offset + raw.start() + lead, prefix, DatelineSource::FrontMatter).0
}

/// A dateline from a value starting at `start` in the file, after `prefix` on its line:
/// `2025-03-04` or `2025-03-04T10:00:00Z` (the date as written, with no time-zone
/// conversion) as its first word, a caption may follow; or a written date ("March 4, 2025")
/// as the whole value. Else why it is unreadable. Also where the value read ends.
fn read_value(value: &str, start: usize, prefix: &str, source: DatelineSource) -> (Metadata, usize) {
    let token = value.split([' ', '\t']).next().unwrap_or("");
    let token_end = start + token.len();
    let reason = match parse_value(token) {
        Ok((date, len)) => {
            let span = Some(Span::new(start, start + len));
            return ((Some(Dateline { date, source, span }), None), token_end);
        }
        Err(reason) => reason,
    };
    // What was read: the first word, or the whole value when it is a written date.
    let (read, reason) = match written_value(value) {
        Some(Ok(date)) => {
            let span = Span::new(start, start + value.len());
            return ((Some(Dateline { date, source, span: Some(span) }), None), span.end);
        }
        Some(Err(why)) => (value, why),
        None => (token, reason),
    };
    // A quote opened before the value is closed after it.
    let quote = prefix.chars().next_back().filter(|c| matches!(c, '"' | '\'')).map(String::from).unwrap_or_default();
    let line = format!("{}{read}{quote}", prefix.trim_start()).trim_end().to_string();
    let span = Span::new(start, start + read.len());
    ((None, Some(UnreadableDateline { line, span, reason })), span.end)
}

/// A written date as the whole value ("March 4, 2025", "Tuesday, 4 March 2025"): the date,
/// or why that day does not exist; None when the value is not written so.
fn written_value(value: &str) -> Option<Result<NaiveDate, String>> {
    let c = DATE_LINE.captures(value)?;
    let (m, d, y) = match c.name("m1") {
        Some(m) => (m, c.name("d1")?, c.name("y1")?),
        None => (c.name("m2")?, c.name("d2")?, c.name("y2")?),
    };
    let month = month_number(m.as_str())?;
    Some(day_of(y.as_str().parse().ok()?, month, d.as_str().parse().ok()?))
}

/// `YYYY-MM-DD`, maybe with a time after `T` or punctuation after it, and the length of its
/// date part; anything else says why it is not a date.
fn parse_value(token: &str) -> Result<(NaiveDate, usize), String> {
    const SHAPE: &str = "it is not a date like 2025-03-04 or March 4, 2025";
    if token.is_empty() {
        return Err("no date follows".into());
    }
    let date_len = token.find(|c: char| !(c.is_ascii_digit() || c == '-')).unwrap_or(token.len());
    let rest = &token[date_len..];
    let time = rest.strip_prefix(['T', 't']).is_some_and(|t| t.starts_with(|c: char| c.is_ascii_digit()));
    if !(rest.is_empty() || time || rest.starts_with(|c: char| !c.is_alphanumeric())) {
        return Err(SHAPE.into());
    }
    let parts: Vec<&str> = token[..date_len].split('-').collect();
    let [y, m, d] = parts[..] else { return Err(SHAPE.into()) };
    let digits = |s: &str, min: usize, max: usize| (min..=max).contains(&s.len());
    if !(digits(y, 4, 4) && digits(m, 1, 2) && digits(d, 1, 2)) {
        return Err(SHAPE.into());
    }
    let date = day_of(y.parse().unwrap_or(0), m.parse().unwrap_or(0), d.parse().unwrap_or(0))?;
    Ok((date, date_len))
}

/// The day, or why it does not exist.
fn day_of(y: i32, m: u32, d: u32) -> Result<NaiveDate, String> {
    let Some(max) = crate::calendar::days_in_month(y, m) else { return Err(format!("there is no month {m}")) };
    if d == 0 || d > max {
        let month = crate::lexicon::month_name(m);
        return Err(format!("there is no {month} {d}, {y} ({month} {y} has {max} days)"));
    }
    NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| format!("there is no year {y}"))
}

/// A date line: nothing but a date, maybe after a weekday.
static DATE_LINE: LazyRx = LazyRx::builtin(&builtin::DATELINE_DATE_LINE);

/// A wire dateline: "KABUL, Sept. 19 (Reuters) —", "WASHINGTON (AP) —".
static WIRE_LINE: LazyRx = LazyRx::builtin(&builtin::DATELINE_WIRE_LINE);

/// A wire dateline with no city: "March 4, 2025 (Reuters) -", "Dec. 31 (Xinhua) --". The
/// agency in parentheses is what makes a line that opens with a date a dateline.
static CITYLESS_WIRE_LINE: LazyRx = LazyRx::builtin(&builtin::DATELINE_CITYLESS_WIRE_LINE);

/// The printed dateline of a wire line with no city, its year from the metadata date when the
/// line has none.
fn cityless_wire(line: &str, base: usize, meta: Option<NaiveDate>) -> Option<PrintedDateline> {
    let c = CITYLESS_WIRE_LINE.captures(line)?;
    let (m, d) = (c.name("m")?, c.name("d")?);
    let end = c.name("y").map_or(d.end(), |y| y.end());
    let span = Span::new(base + m.start(), base + end);
    if let Some(y) = c.name("y") {
        return PrintedDateline::written(m.as_str(), d.as_str(), y.as_str(), span);
    }
    let month = month_number(m.as_str())?;
    let day: u32 = d.as_str().parse().ok()?;
    let year = meta.map(|date| nearest_year(date, month, day));
    Some(PrintedDateline {
        date: year.and_then(|y| NaiveDate::from_ymd_opt(y, month, day)),
        has_year: false,
        month,
        day,
        span,
    })
}

/// The date of a wire dateline, read back from a match of `WIRE_LINE` instead of a capture
/// pass over its counted repetitions (most articles of a wire archive open with one). Only
/// the date holds digits: the day is the first digit run, the month the words between the
/// comma before it and the spaces before it, the year the next digit run.
#[derive(Debug, PartialEq, Eq)]
struct WireDate {
    month: Option<std::ops::Range<usize>>,
    day: Option<std::ops::Range<usize>>,
    year: Option<std::ops::Range<usize>>,
}

impl WireDate {
    fn read(line: &str, whole: std::ops::Range<usize>) -> WireDate {
        let b = &line.as_bytes()[..whole.end];
        let digit_run = |from: usize| {
            let start = from + b[from..].iter().position(u8::is_ascii_digit)?;
            Some(start..start + b[start..].iter().take_while(|c| c.is_ascii_digit()).count())
        };
        let Some(day) = digit_run(whole.start) else { return WireDate { month: None, day: None, year: None } };
        let before = line[..day.start].trim_end();
        let after_comma = before.rfind(',').map_or(whole.start, |k| k + 1);
        let month_start = after_comma + (before[after_comma..].len() - before[after_comma..].trim_start().len());
        let year = digit_run(day.end);
        WireDate { month: Some(month_start..before.len()), day: Some(day), year }
    }
}

/// How many paragraphs at the top of an article may hold a printed dateline.
const HEADER_PARAGRAPHS: usize = 6;

pub(super) fn find_printed(text: &str, paragraphs: &[Span], meta: Option<NaiveDate>) -> Option<PrintedDateline> {
    let head = paragraphs.iter().take(HEADER_PARAGRAPHS);
    for p in head.clone() {
        let para = &text[p.start..p.end];
        // A header paragraph is read line by line: title, dateline and byline may share one.
        let mut off = p.start;
        for line in para.split_inclusive('\n') {
            let trimmed = line.trim();
            let lead = line.len() - line.trim_start().len();
            let base = off + lead;
            off += line.len();
            // Cheap tests first: most lines cannot be either kind, and then neither pattern is
            // compiled. A date line is short, opens with a letter or digit and holds a digit; a
            // wire line opens with two capitals and holds a dash.
            let b = trimmed.as_bytes();
            let date_line = trimmed.len() <= 64
                && b.first().is_some_and(u8::is_ascii_alphanumeric)
                && b.iter().any(u8::is_ascii_digit);
            let wire_line = b.first().is_some_and(u8::is_ascii_uppercase)
                && b.get(1).is_some_and(|c| c.is_ascii_uppercase() || b".'- ".contains(c))
                && trimmed.contains(['-', '—', '–']);
            if let Some(c) = date_line.then(|| DATE_LINE.captures(trimmed)).flatten() {
                let (m, d, y) = match c.name("m1") {
                    Some(m) => (m, c.name("d1").unwrap(), c.name("y1").unwrap()),
                    None => (c.name("m2").unwrap(), c.name("d2").unwrap(), c.name("y2").unwrap()),
                };
                return PrintedDateline::written(
                    m.as_str(),
                    d.as_str(),
                    y.as_str(),
                    Span::new(base, base + trimmed.len()),
                );
            }
            let cityless = b.first().is_some_and(u8::is_ascii_uppercase)
                && trimmed.contains('(')
                && trimmed.contains(['-', '—', '–']);
            if let Some(p) = cityless.then(|| cityless_wire(trimmed, base, meta)).flatten() {
                return Some(p);
            }
            if let Some(w) = wire_line.then(|| WIRE_LINE.find(trimmed)).flatten().map(|m| WireDate::read(trimmed, m)) {
                let Some((m, d)) = w.month.zip(w.day) else {
                    // No date on the wire line: look for a full date in the header lines above it.
                    return header_full_date(text, paragraphs, base);
                };
                let month = month_number(&trimmed[m.clone()])?;
                let day: u32 = trimmed[d.clone()].parse().ok()?;
                let end = w.year.as_ref().unwrap_or(&d).end;
                let span = Span::new(base + m.start, base + end);
                if let Some(y) = w.year {
                    return PrintedDateline::written(&trimmed[m], &trimmed[d], &trimmed[y], span);
                }
                let year = meta
                    .map(|d| nearest_year(d, month, day))
                    .or_else(|| header_full_date(text, paragraphs, base).and_then(|p| p.date).map(|d| d.year()));
                return Some(PrintedDateline {
                    date: year.and_then(|y| NaiveDate::from_ymd_opt(y, month, day)),
                    has_year: false,
                    month,
                    day,
                    span,
                });
            }
        }
    }
    None
}

/// Longest line that reads as part of a header (title, byline) rather than body text.
const HEADER_LINE_MAX: usize = 100;

/// A full date anywhere in a line.
static ANY: LazyRx = LazyRx::builtin(&builtin::DATELINE_ANY);

/// The first full date in a short header line above `before` ("Published Sept. 19, 2025").
/// A line holding two full dates is a span of time, not a publication date: an obituary's
/// "Feb. 25, 1940 - Oct. 9, 2022" above its "CITY -" line.
fn header_full_date(text: &str, paragraphs: &[Span], before: usize) -> Option<PrintedDateline> {
    for p in paragraphs.iter().take(HEADER_PARAGRAPHS).filter(|p| p.start < before) {
        let mut off = p.start;
        for line in text[p.start..p.end.min(before)].split_inclusive('\n') {
            let line_start = off;
            off += line.len();
            if line.trim().chars().count() > HEADER_LINE_MAX || reads_as_prose(line) {
                continue;
            }
            if let Some(c) = ANY.captures(line) {
                let g = c.get(0).unwrap();
                if ANY.find(&line[g.end()..]).is_some() {
                    continue;
                }
                return PrintedDateline::written(
                    &c["m"],
                    &c["d"],
                    &c["y"],
                    Span::new(line_start + g.start(), line_start + g.end()),
                );
            }
        }
    }
    None
}

/// Whether a short line is a sentence of the story rather than a header: it ends as a sentence
/// does and holds lower-case words beyond a header's own ("On Monday, Jan. 31, 2022, the Senate
/// approved 166 bills." above a "MANILA —" line dates an event, not the page).
fn reads_as_prose(line: &str) -> bool {
    const HEADER_WORDS: [&str; 12] =
        ["updated", "published", "posted", "last", "modified", "on", "at", "by", "and", "a.m.", "p.m.", "of"];
    let line = line.trim();
    let prose_words = line
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_lowercase()))
        .filter(|w| !HEADER_WORDS.contains(&w.trim_end_matches([',', ':', ';'])))
        .count();
    line.ends_with(['.', '!', '?', '"', '”']) && prose_words >= 3
}

/// Pick the anchoring date: override, then metadata, then the printed dateline, then config.
pub(super) fn choose(
    opts: &IngestOptions,
    meta: Option<&Dateline>,
    printed: Option<&PrintedDateline>,
) -> Option<Dateline> {
    if let Some(date) = opts.dateline_override {
        return Some(Dateline { date, source: DatelineSource::Override, span: None });
    }
    if let Some(m) = meta {
        return Some(m.clone());
    }
    if let Some(p) = printed {
        if let Some(date) = p.date {
            return Some(Dateline { date, source: DatelineSource::Printed, span: Some(p.span) });
        }
    }
    opts.dateline_default.map(|date| Dateline { date, source: DatelineSource::ConfigDefault, span: None })
}

#[cfg(test)]
mod tests {
    use super::{may_open_with_header, WireDate, ANY, DATE_LINE, FRONT_KEY, HEADER, WIRE_LINE};
    use crate::article::{Article, DatelineSource, Format, IngestOptions};
    use chrono::NaiveDate;
    use proptest::prelude::*;

    /// The quick test never refuses a text `HEADER` matches.
    #[test]
    fn header_matches_only_texts_the_quick_test_lets_through() {
        let openings = ["", "\u{feff}", " \t", "\u{feff} "];
        let lines = [
            "Date: 2025-03-04\n",
            "DATE 2025/3/4 x\n",
            "dAtE:x",
            "2025-03-04\n",
            "2025-3-4T10:00Z",
            "Dateline",
            "date night",
            "KABUL, March 4",
            "",
            "\n2025-03-04",
            "Ｄate: 2025-03-04",
            "\u{17f}ate: x",
        ];
        for opening in openings {
            for line in lines {
                let text = format!("{opening}{line}");
                if HEADER.is_match(&text) {
                    assert!(may_open_with_header(&text), "{text:?}");
                }
            }
        }
        assert!(!may_open_with_header("KABUL, March 4"));
        assert!(!may_open_with_header(""));
    }

    proptest! {
        #[test]
        fn the_quick_test_never_refuses_a_header(text in "[\u{feff} \tDdAaTtEe0-9:/.\n-]{0,12}[a-z0-9 ]{0,4}") {
            if HEADER.is_match(&text) {
                prop_assert!(may_open_with_header(&text));
            }
        }
    }

    /// The wire date read back from a match equals the capture groups of the pattern.
    fn wire_date_reads_like_captures(line: &str) -> Result<(), String> {
        let Some(c) = WIRE_LINE.captures(line) else { return Ok(()) };
        let captured = WireDate {
            month: c.name("m").map(|g| g.range()),
            day: c.name("d").map(|g| g.range()),
            year: c.name("y").map(|g| g.range()),
        };
        let read = WireDate::read(line, WIRE_LINE.find(line).unwrap());
        if read == captured {
            Ok(())
        } else {
            Err(format!("{line:?}: read {read:?}, captured {captured:?}"))
        }
    }

    const WIRE_PIECES: &[&str] = &[
        "KABUL",
        "NEW YORK",
        "O'HARE",
        "ST. LOUIS",
        "PARIS",
        ",",
        ", ",
        " ",
        "  ",
        "\u{a0}",
        "Texas",
        "Ill.",
        "Sept.",
        "Sept",
        "May",
        "June",
        "Day",
        "19",
        "5",
        "123",
        "2025",
        "(AP)",
        "(Reuters)",
        "(",
        ")",
        " — ",
        "—",
        "–",
        "-",
        "--",
        "x",
        "Body text 12 here.",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(crate::proptest_cases(2000)))]
        #[test]
        fn wire_dates_read_back_like_their_groups(
            city in prop::sample::select(&["KABUL", "NEW YORK", "O'HARE", "ST. LOUIS", "Kabul"][..]),
            region in prop::sample::select(&["", ", Texas", ", Ill.", ",  May Day", ",Texas", ", 12"][..]),
            date in prop::sample::select(&[
                "", ", Sept. 19", ", May 5, 2025", ",\u{a0}June 19,  2025", ", Sept 123", ", May 5,2025", ", Day 5",
                ", May  5", ", Sept. 19, 20255", ", December 31, 1999",
            ][..]),
            agency in prop::sample::select(&["", " (AP)", "(Reuters)", " (x 1)", "  (AFP)"][..]),
            noise in prop::collection::vec(prop::sample::select(WIRE_PIECES), 0..2),
            dash in prop::sample::select(&[" — ", "—", " - ", "--", " – "][..]),
        ) {
            // Lines shaped like datelines, so that most of them match, with a little noise.
            let line = format!("{city}{region}{date}{agency}{}{dash}Text 7.", noise.concat());
            let verdict = wire_date_reads_like_captures(&line);
            prop_assert!(verdict.is_ok(), "{}", verdict.unwrap_err());
        }
    }

    #[test]
    fn wire_dates_of_common_shapes() {
        for line in [
            "KABUL, Sept. 19 (Reuters) — Text.",
            "WASHINGTON, Sept. 19, 2025 (AP) - Text.",
            "PARIS, Texas, May 5 (AP) — Text.",
            "WASHINGTON (AP) — Text.",
        ] {
            wire_date_reads_like_captures(line).unwrap();
        }
    }

    fn art(s: &str, f: Format) -> Article {
        Article::from_text("t", s.to_string(), f, &IngestOptions::default())
    }
    fn d(y: i32, m: u32, dd: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, dd).unwrap()
    }

    #[test]
    fn header_line_with_trailing_text() {
        let a = art(" date 2025-09-19 Hurriyat Radio English, a caption.\n\nBody.", Format::Text);
        assert_eq!(a.dateline_date(), Some(d(2025, 9, 19)));
        assert!(a.text.starts_with("                 Hurriyat"));
    }

    #[test]
    fn yaml_and_toml_front_matter() {
        let a = art("---\ntitle: x\ndate: 2024-03-01T10:00:00Z\n---\nBody 2021.\n", Format::Markdown);
        assert_eq!(a.dateline_date(), Some(d(2024, 3, 1)));
        assert_eq!(a.dateline.as_ref().unwrap().source, DatelineSource::FrontMatter);
        assert!(!a.text.contains("title"));
        let a = art("+++\ntitle = \"x\"\ndate = 2024-03-02\n+++\nBody.\n", Format::Markdown);
        assert_eq!(a.dateline_date(), Some(d(2024, 3, 2)));
    }

    #[test]
    fn date_lines_as_users_write_them() {
        for (s, f) in [
            ("date 2025-03-04T10:00:00Z\n\nBody.", Format::Text),
            ("date 2025-03-04T23:30:00-05:00\n\nBody.", Format::Text),
            ("Date: 2025-03-04\n\nBody.", Format::Text),
            ("DATE 2025-03-04, Radio news\n\nBody.", Format::Text),
            ("2025-03-04\n\nBody.", Format::Text),
            ("2025-03-04T10:00:00Z\r\n\r\nBody.", Format::Text),
            ("---\npublished: 2025-03-04\n---\nBody.\n", Format::Markdown),
            ("---\npubDate: '2025-03-04T10:00:00Z'\n---\nBody.\n", Format::Markdown),
            ("---\ndate_published: \"2025-03-04\" # set by the CMS\n---\nBody.\n", Format::Markdown),
            ("---\npublished: 2020-01-01\nupdated: 2025-05-05\ndate: 2025-03-04\n---\nBody.\n", Format::Markdown),
            ("---\nlastmod: 2025-05-05\npublished: 2025-03-04\n---\nBody.\n", Format::Markdown),
            ("+++\npublished = 2025-03-04T10:00:00Z\n[extra]\ndate = 2020-01-01\n+++\nBody.\n", Format::Markdown),
            ("Date: March 4, 2025\n\nBody.", Format::Text),
            ("---\ndate: \"Tuesday, 4 March 2025\"\n---\nBody.\n", Format::Markdown),
        ] {
            let a = art(s, f);
            assert_eq!(a.dateline_date(), Some(d(2025, 3, 4)), "{s:?}");
            assert_eq!(a.unreadable_dateline, None, "{s:?}");
            let span = a.dateline.as_ref().unwrap().span.unwrap();
            assert!(a.source()[span.start..span.end].contains('4'), "{s:?}");
            assert!(!a.text.contains("2025") && a.text.contains("Body."), "{s:?}");
        }
        // Prose, and dates that are not publication dates, are not date lines.
        for s in
            ["Date night is back.\n", "Date 5 of the talks, 2025-03-04.\n", "---\nupdated: 2025-03-04\n---\nBody.\n"]
        {
            let a = art(s, Format::Markdown);
            assert_eq!((a.dateline, a.unreadable_dateline), (None, None), "{s:?}");
        }
    }

    #[test]
    fn unreadable_date_lines_say_what_was_read_and_why() {
        for (s, line, value, reason) in [
            (
                "date 2025-02-30\n\nBody.",
                "date 2025-02-30",
                "2025-02-30",
                "there is no February 30, 2025 (February 2025 has 28 days)",
            ),
            ("Date: 2025-13-01\n", "Date: 2025-13-01", "2025-13-01", "there is no month 13"),
            ("date 03/04/2025\n", "date 03/04/2025", "03/04/2025", "it is not a date like 2025-03-04 or March 4, 2025"),
            (
                "---\ndate: 2025-02-30\n---\nBody.\n",
                "date: 2025-02-30",
                "2025-02-30",
                "there is no February 30, 2025 (February 2025 has 28 days)",
            ),
            (
                "---\ndate: soon\npublished: 2025-03-04\n---\n",
                "date: soon",
                "soon",
                "it is not a date like 2025-03-04 or March 4, 2025",
            ),
            (
                "+++\ndate = \"2025-04-31\"\n+++\n",
                "date = \"2025-04-31\"",
                "2025-04-31",
                "there is no April 31, 2025 (April 2025 has 30 days)",
            ),
            ("Date: TBD\n", "Date: TBD", "TBD", "it is not a date like 2025-03-04 or March 4, 2025"),
            (
                "Date: February 30, 2025\n",
                "Date: February 30, 2025",
                "February 30, 2025",
                "there is no February 30, 2025 (February 2025 has 28 days)",
            ),
            ("---\ndate:\n---\n", "date:", "", "no date follows"),
        ] {
            let a = art(s, Format::Markdown);
            assert_eq!(a.meta_date, None, "{s:?}");
            let u = a.unreadable_dateline.as_ref().expect(s);
            assert_eq!(
                (u.line.as_str(), &a.source()[u.span.start..u.span.end], u.reason.as_str()),
                (line, value, reason)
            );
        }
    }

    #[test]
    fn printed_date_lines() {
        for (s, want) in [
            ("Title here\n\nSeptember 19, 2025\n\nBody.", d(2025, 9, 19)),
            ("Title\n\nSept. 19, 2025\n\nBody.", d(2025, 9, 19)),
            ("Title\n\n19 September 2025\n\nBody.", d(2025, 9, 19)),
            ("Title\n\nFriday, September 19, 2025\n\nBody.", d(2025, 9, 19)),
        ] {
            let a = art(s, Format::Text);
            assert_eq!(a.dateline_date(), Some(want), "{s}");
            assert_eq!(a.dateline.unwrap().source, DatelineSource::Printed);
        }
    }

    #[test]
    fn wire_datelines() {
        let a = art("date 2025-09-19\n\nKABUL, Sept. 19 (Reuters) — The Taliban said.", Format::Text);
        let p = a.printed.unwrap();
        assert_eq!(p.date, Some(d(2025, 9, 19)));
        assert!(!p.has_year);
        let a = art("Headline\nPublished Sept. 19, 2025\n\nWASHINGTON (AP) — Officials said.", Format::Text);
        assert_eq!(a.dateline_date(), Some(d(2025, 9, 19)));
    }

    #[test]
    fn a_sentence_above_a_city_line_is_not_a_dateline() {
        let s = "Headline\n\nOn Monday, Jan. 31, 2022, the council approved a budget of record size.\n\nMANILA, Philippines — The council said.";
        assert_eq!(art(s, Format::Text).dateline_date(), None);
        let s = "Headline\nLast updated on Jan. 31, 2022 at 5 p.m.\n\nMANILA, Philippines — The council said.";
        assert_eq!(art(s, Format::Text).dateline_date(), Some(d(2022, 1, 31)));
    }

    #[test]
    fn a_lifespan_above_a_city_line_is_not_a_dateline() {
        for s in [
            "Ann Lee\n\nMarch 3, 1931 - Jan. 5, 2024\n\nSPRINGFIELD - Ann Lee, 92, died on Friday, Jan. 5, 2024.",
            "Ann Lee\nMarch 3, 1931 to Jan. 5, 2024\n\nSPRINGFIELD — Ann Lee died on Jan. 5, 2024.",
        ] {
            assert_eq!(art(s, Format::Text).dateline_date(), None, "{s:?}");
        }
    }

    #[test]
    fn wire_datelines_without_a_city() {
        let a = art("Headline\n\nMarch 4, 2025 (Reuters) - Markets fell.", Format::Text);
        assert_eq!(a.dateline_date(), Some(d(2025, 3, 4)));
        // No year: the year nearest the metadata date.
        let a = art("date 2025-01-01\n\nDec. 31 (Xinhua) -- Officials said.", Format::Text);
        let p = a.printed.unwrap();
        assert_eq!(p.date, Some(d(2024, 12, 31)));
        assert!(!p.has_year);
        // A sentence that opens with a date is no dateline.
        let a = art("Headline\n\nMarch 4 was a cold day - the coldest.", Format::Text);
        assert!(a.printed.is_none());
    }

    #[test]
    fn every_pattern_says_its_classes_in_ascii() {
        let found = crate::rx::guard::walk(&[
            ("HEADER", &HEADER),
            ("FRONT_KEY", &FRONT_KEY),
            ("DATE_LINE", &DATE_LINE),
            ("WIRE_LINE", &WIRE_LINE),
            ("ANY", &ANY),
        ]);
        // What each finds in `guard::TRICKY`, as when `Rx::new` rewrote `\b` and `\d` itself.
        assert_eq!(
            found,
            ["HEADER 5: date 2025-09-19é", "FRONT_KEY 5: date: ٢٠٢٥-09-19", "ANY 5: Sept. 19, 2025 | May 3, 2025"]
        );
    }
}
