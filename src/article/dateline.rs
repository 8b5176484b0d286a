//! Where an article's date comes from: a `date` header line, front matter, a printed dateline.

use crate::rx::{LazyRx, Rx};
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::ingest::{blank, IngestOptions};
use crate::calendar::nearest_year;
use crate::lexicon::{month_number, MONTH_RE, WEEKDAY_RE};
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

static HEADER: LazyRx =
    LazyRx::new(|| Rx::builtin(r"\A\u{feff}?[ \t]*date[ \t]+([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?-u:\b)"));
static YAML_DATE: LazyRx =
    LazyRx::new(|| Rx::builtin(r#"(?m)^date[ \t]*:[ \t]*["']?([0-9]{4})-([0-9]{2})-([0-9]{2})"#));

/// Read the metadata date (header line or front matter) and blank what must not be checked.
pub(super) fn read_metadata(source: &str, masked: &mut [u8]) -> Option<Dateline> {
    if let Some(c) = HEADER.captures(source) {
        let whole = c.get(0).unwrap();
        blank(masked, Span::new(0, whole.end()));
        let date = ymd(&c[1], &c[2], &c[3])?;
        let g = c.get(1).unwrap();
        return Some(Dateline {
            date,
            source: DatelineSource::Header,
            span: Some(Span::new(g.start(), c.get(3).unwrap().end())),
        });
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
        let end = end?;
        blank(masked, Span::new(0, end));
        let inner = &source[bom + fence.len()..end];
        let found = if fence == "+++" {
            toml_front_matter_date(inner)
        } else {
            YAML_DATE.captures(inner).and_then(|c| {
                let g = c.get(1).unwrap();
                let off = bom + fence.len() + g.start();
                ymd(&c[1], &c[2], &c[3]).map(|d| (d, Span::new(off, off + 10)))
            })
        };
        return found.map(|(date, span)| Dateline { date, source: DatelineSource::FrontMatter, span: Some(span) });
    }
    None
}

fn toml_front_matter_date(inner: &str) -> Option<(NaiveDate, Span)> {
    let body: String = inner.lines().filter(|l| l.trim() != "+++").collect::<Vec<_>>().join("\n");
    let value: toml::Table = toml::from_str(&body).ok()?;
    let date = match value.get("date")? {
        toml::Value::Datetime(dt) => {
            let d = dt.date?;
            NaiveDate::from_ymd_opt(d.year as i32, d.month as u32, d.day as u32)?
        }
        toml::Value::String(s) => crate::calendar::parse_iso_date(s.get(..10)?)?,
        _ => return None,
    };
    // Point at the value in the source for diagnostics.
    let needle = crate::calendar::iso_date(date);
    let at = inner.find(&needle).map(|i| i + 3)?;
    Some((date, Span::new(at, at + needle.len())))
}

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// A date line: nothing but a date, maybe after a weekday.
static DATE_LINE: LazyRx = LazyRx::new(|| {
    Rx::builtin(&format!(
        r"\A(?:{WEEKDAY_RE},?\s+)?(?:(?P<m1>{MONTH_RE})\s+(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>[0-9]{{4}})|(?P<d2>[0-9]{{1,2}})\s+(?P<m2>{MONTH_RE}),?\s+(?P<y2>[0-9]{{4}}))\s*\z"
    ))
});

/// A wire dateline: "KABUL, Sept. 19 (Reuters) —", "WASHINGTON (AP) —".
static WIRE_LINE: LazyRx = LazyRx::new(|| {
    Rx::builtin(&format!(
        r"\A[A-Z][A-Z.'\- ]{{1,40}}(?:,\s+[A-Z][A-Za-z.' ]{{1,40}})?(?:,\s+(?P<m>{MONTH_RE})\s+(?P<d>[0-9]{{1,2}})(?:,\s+(?P<y>[0-9]{{4}}))?)?\s*(?:\([A-Za-z ]{{1,20}}\))?\s*(?:—|–|--|-)"
    ))
});

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
static ANY: LazyRx =
    LazyRx::new(|| Rx::builtin(&format!(r"(?P<m>{MONTH_RE})\s+(?P<d>[0-9]{{1,2}}),?\s+(?P<y>[0-9]{{4}})(?-u:\b)")));

/// The first full date in a short header line above `before` ("Published Sept. 19, 2025").
fn header_full_date(text: &str, paragraphs: &[Span], before: usize) -> Option<PrintedDateline> {
    for p in paragraphs.iter().take(HEADER_PARAGRAPHS).filter(|p| p.start < before) {
        let mut off = p.start;
        for line in text[p.start..p.end.min(before)].split_inclusive('\n') {
            let line_start = off;
            off += line.len();
            if line.trim().chars().count() > HEADER_LINE_MAX {
                continue;
            }
            if let Some(c) = ANY.captures(line) {
                let g = c.get(0).unwrap();
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
    use super::{WireDate, ANY, DATE_LINE, HEADER, WIRE_LINE, YAML_DATE};
    use crate::article::{Article, DatelineSource, Format, IngestOptions};
    use chrono::NaiveDate;
    use proptest::prelude::*;

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
    fn every_pattern_says_its_classes_in_ascii() {
        let found = crate::rx::guard::walk(&[
            ("HEADER", &HEADER),
            ("YAML_DATE", &YAML_DATE),
            ("DATE_LINE", &DATE_LINE),
            ("WIRE_LINE", &WIRE_LINE),
            ("ANY", &ANY),
        ]);
        // What each finds in `guard::TRICKY`, as when `Rx::new` rewrote `\b` and `\d` itself.
        assert_eq!(found, ["HEADER 5: date 2025-09-19", "ANY 5: Sept. 19, 2025 | May 3, 2025",]);
    }
}
