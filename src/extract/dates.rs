//! Time expressions of news writing, resolved against the dateline.
//!
//! Each recognizer proposes candidates; overlapping candidates keep the longest; then every
//! mention is resolved with the tense of its clause (HeidelTime's news strategy) into a TIMEX3
//! value.

use crate::rx::{Caps, LazyRx, Rx};
use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;
use std::ops::Range;

use super::numwords;
use super::tense::{tense_at, Tense};
use super::triggers::{self, Triggers};
use super::vocab::{COUNT_WORDS, MONTH_INTRODUCERS, WEEKDAY_RELATIVES};
use super::words::Token;
use crate::article::{Article, Span};
use crate::calendar::{add_months, days_in_month, iso_date, iso_week, year_fitting_weekday};
use crate::lexicon::{month_name, month_number, weekday, weekday_name, MONTH_RE, WEEKDAY_RE};

// Shims: moved to `crate::calendar`; callers outside extraction switch over later.
pub use crate::calendar::{weekday_date, year_for_month_day};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum DateKind {
    /// Everything needed is written: "September 18, 2021", "2001", "July 2021".
    Absolute,
    /// A calendar date missing its year: "September 18", "in December", "on the 18th".
    Partial,
    /// Anchored to the dateline: "yesterday", "on Thursday", "last week", "two days ago".
    Relative,
    /// A length of time: "four years", "the 20-year war".
    Duration,
    /// PRESENT_REF / PAST_REF / FUTURE_REF.
    Ref,
    /// A recurring time: "every Monday", "annually".
    Set,
}

/// Words that place a date relative to the dateline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Relative {
    Today,
    Yesterday,
    Tomorrow,
    /// A bare weekday ("on Thursday").
    Weekday,
    ThisWeek,
    LastWeek,
    NextWeek,
    ThisMonth,
    LastMonth,
    NextMonth,
    ThisYear,
    LastYear,
    NextYear,
    Ago,
    Other,
}

/// A unit of a duration.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Unit {
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

impl Unit {
    fn timex(self) -> &'static str {
        match self {
            Unit::Day => "D",
            Unit::Week => "W",
            Unit::Month => "M",
            Unit::Year => "Y",
            Unit::Decade => "DE",
            Unit::Century => "CE",
        }
    }
    /// Length in years, for comparing spans.
    pub fn years(self) -> f64 {
        match self {
            Unit::Day => 1.0 / 365.25,
            Unit::Week => 7.0 / 365.25,
            Unit::Month => 1.0 / 12.0,
            Unit::Year => 1.0,
            Unit::Decade => 10.0,
            Unit::Century => 100.0,
        }
    }
    fn parse(word: &str) -> Option<Unit> {
        let w = word.to_lowercase();
        let w = w.trim_end_matches('s');
        Some(match w {
            "day" => Unit::Day,
            "week" => Unit::Week,
            "month" => Unit::Month,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" | "centurie" => Unit::Century,
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DateMention {
    pub span: Span,
    pub kind: DateKind,
    /// TIMEX3 value, or None when it cannot be resolved.
    pub value: Option<String>,
    /// The calendar day meant, when the expression names one.
    pub date: Option<NaiveDate>,
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// Whether the year was written (not inferred from the dateline).
    pub year_explicit: bool,
    pub year_span: Option<Span>,
    pub weekday: Option<Weekday>,
    pub weekday_span: Option<Span>,
    pub relative: Option<Relative>,
    /// Why the written year/month/day do not form a date ("June has 30 days").
    pub invalid: Option<String>,
    pub tense: Tense,
    pub sentence: usize,
    /// For durations: the amount and unit.
    pub amount: Option<f64>,
    pub unit: Option<Unit>,
    /// For a date written without its year: other years the context offers (explicit years
    /// earlier in the paragraph, in the same sentence, or in the paragraph before). A narrative
    /// about 1965 may say "on Sunday, March 21"; checks accept a reading in any of these years.
    pub context_years: Vec<i32>,
}

impl DateMention {
    fn new(span: Span, kind: DateKind) -> Self {
        DateMention {
            span,
            kind,
            value: None,
            date: None,
            year: None,
            month: None,
            day: None,
            year_explicit: false,
            year_span: None,
            weekday: None,
            weekday_span: None,
            relative: None,
            invalid: None,
            tense: Tense::Unknown,
            sentence: 0,
            amount: None,
            unit: None,
            context_years: Vec::new(),
        }
    }
}

/// A candidate before resolution: what was written.
#[derive(Clone, Debug, PartialEq)]
enum Written {
    /// Year, month, day as written (any may be missing).
    Calendar {
        year: Option<(i32, Span)>,
        month: u32,
        day: Option<u32>,
        weekday: Option<(Weekday, Span)>,
    },
    Year(i32),
    Decade(i32),
    MonthOnly(u32),
    Quarter {
        q: u32,
        year: Option<i32>,
    },
    Season {
        code: &'static str,
        year: Option<i32>,
        shift: i32,
    },
    Fiscal(i32),
    DayOfMonth(u32),
    WeekdayOnly {
        wd: Weekday,
        part: Option<&'static str>,
        shift: i32,
    },
    Rel(Relative, i32),
    Ago {
        amount: f64,
        unit: Unit,
    },
    Duration {
        amount: f64,
        unit: Unit,
    },
    Ref(&'static str),
    /// "this morning", "last night": a day and a part of it.
    DayPart {
        shift: i64,
        part: &'static str,
    },
    /// "the weekend", "this weekend".
    Weekend {
        shift: i32,
    },
    /// "the first half of 2028".
    Half {
        h: u32,
        year: i32,
    },
    /// "every Monday", "annually", "every 19 months".
    Set(String),
    /// Time of day durations: "20 minutes", "48 hours".
    ClockDuration {
        amount: f64,
        unit: &'static str,
    },
}

#[derive(Debug, PartialEq)]
struct Cand {
    span: Span,
    written: Written,
}

static SHARED_YEAR: LazyRx =
    LazyRx::new(|| re(r"\A\s*(?:-|–|and|to|through|or)\s*\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})\b"));
static DAY_RANGE: LazyRx = LazyRx::new(|| {
    re(&format!(
        r"\b(?P<m>{MONTH_RE})\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|to|and|through)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?"
    ))
});
static DAY_PART: LazyRx = LazyRx::new(|| {
    re(r"(?i)\b(?:(?P<this>this)\s+(?P<part>morning|afternoon|evening)|(?P<last>last)\s+(?P<lpart>night|evening))\b")
});
static WEEKEND: LazyRx = LazyRx::new(|| re(r"(?i)\b(?:(?P<rel>this|last|next|past|coming)\s+|the\s+)weekend\b"));
static HALF: LazyRx = LazyRx::new(|| re(r"(?i)\b(?P<h>first|second)\s+half\s+of\s+(?P<y>\d{4})\b"));
static SET: LazyRx = LazyRx::new(|| {
    re(
        r"(?i)\b(?:every\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?P<yearly>annually|yearly|every\s+year)|(?P<monthly>monthly|every\s+month)|(?P<weekly>weekly|every\s+week)|(?P<daily>daily|every\s+day)|every\s+(?P<n>\d+)\s+(?P<u>days|weeks|months|years))\b",
    )
});
static CLOCK_DURATION: LazyRx =
    LazyRx::new(|| re(&format!(r"(?i)\b(?P<n>{num})[\s-](?P<u>hours?|minutes?)\b", num = num_or_word())));
static BARE_SEASON: LazyRx = LazyRx::new(|| {
    re(r"\b(?:in|In|during|During|by|until|since|early|late|the)\s+(?:the\s+)?(?P<s>spring|summer|autumn|winter)\b")
});

fn re(s: &str) -> Rx {
    Rx::builtin(s)
}

/// The pattern of a count: digits, a count word, or tens and units joined ("twenty-five").
fn num_or_word() -> String {
    let tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
    let units = "one|two|three|four|five|six|seven|eight|nine";
    format!(r"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|{}|(?:{tens})-(?:{units}))", COUNT_WORDS.join("|"))
}

static MDY: LazyRx = LazyRx::new(|| {
    re(&format!(
        r"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?P<m>{MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:(?:,\s*|\s+)(?P<y>\d{{4}})\b)?"
    ))
});
static DMY: LazyRx = LazyRx::new(|| {
    re(&format!(
        r"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?P<ord>st|nd|rd|th)?\s+(?P<of>of\s+)?(?P<m>{MONTH_RE})(?:,?\s+(?P<y>\d{{4}})\b)?"
    ))
});
static ISO: LazyRx = LazyRx::new(|| re(r"\b(\d{4})-(\d{2})-(\d{2})\b"));
static NUMERIC: LazyRx = LazyRx::new(|| re(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"));
static MONTH_YEAR: LazyRx =
    LazyRx::new(|| re(&format!(r"\b(?:(?:early|mid|late)[- ])?(?P<m>{MONTH_RE})(?:\s+of)?,?\s+(?P<y>\d{{4}})\b")));
static MONTH_ALONE: LazyRx = LazyRx::new(|| {
    re(&format!(
        r"\b(?P<pre>{})(?P<sep>\s+|-)(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b",
        MONTH_INTRODUCERS.join("|")
    ))
});
static DECADE: LazyRx = LazyRx::new(|| re(r"\b(1[6-9]\d|20\d)0s\b|'(\d)0s\b"));
static QUARTER: LazyRx = LazyRx::new(|| {
    re(
        r"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter(?:\s+of\s+(?P<y>\d{4}))?\b|\bQ(?P<qn>[1-4])(?:\s+(?P<y2>\d{4}))?\b",
    )
});
static SEASON: LazyRx = LazyRx::new(|| {
    re(r"(?i)\b(?:(?P<rel>last|this|next)\s+)?(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<y>\d{4}))?\b")
});
static FISCAL: LazyRx = LazyRx::new(|| re(r"\b[Ff]iscal(?:\s+[Yy]ear)?\s+(\d{4})\b|\bFY\s?(\d{4})\b"));
static DAY_OF_MONTH: LazyRx =
    LazyRx::new(|| re(r"\b(?:on|by|until|since|On|By|Until|Since)\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b"));
static WEEKDAY_ALONE: LazyRx = LazyRx::new(|| {
    re(&format!(
        r"\b(?:(?P<rel>{})\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
        WEEKDAY_RELATIVES.join("|")
    ))
});
static RELATIVE_WORD: LazyRx = LazyRx::new(|| {
    re(
        r"(?i)\b(?:(?P<simple>today|yesterday|tomorrow|tonight)|(?P<el>earlier|later)\s+this\s+(?P<elu>week|month|year)|(?P<rel>this|last|next|past|coming)\s+(?P<u>week|month|year))\b",
    )
});
static AGO: LazyRx = LazyRx::new(|| {
    re(&format!(
        r"(?i)\b(?P<n>{num})\s+(?P<u>days?|weeks?|months?|years?|decades?|centuries|century)\s+ago\b",
        num = num_or_word()
    ))
});
static DURATION: LazyRx = LazyRx::new(|| {
    re(&format!(
        r"(?i)\b(?P<n>{num})(?P<sep>\s+|-)(?P<u>days?|weeks?|months?|years?|decades?|centuries|century)\b(?P<old>-old|\s+old)?",
        num = num_or_word()
    ))
});
static REFS: LazyRx = LazyRx::new(|| {
    re(
        r"\b(?:(?P<present>currently|nowadays|[Nn]ow|(?i:at|the)\s+present)|(?P<past>recently|formerly|in\s+the\s+past)|(?P<future>in\s+the\s+future|soon))\b",
    )
});

fn span_of(base: usize, c: &Caps, name: usize) -> Span {
    let m = c.get(name).unwrap();
    Span::new(base + m.start(), base + m.end())
}

/// Where a run of ASCII letters from `i` ends in `b`.
fn letters_end(b: &[u8], i: usize) -> usize {
    i + b[i..].iter().take_while(|c| c.is_ascii_alphabetic()).count()
}

/// Where the whitespace from `i` ends, within `text[..end]` (`\s` in a pattern).
fn spaces_end(text: &str, i: usize, end: usize) -> usize {
    i + text[i..end].len() - text[i..end].trim_start().len()
}

/// The groups of a month-day match: `[Weekday[,] ]Month Day[ord][(, | )Year]`.
struct MdyGroups {
    whole: Range<usize>,
    weekday: Option<Range<usize>>,
    month: Range<usize>,
    day: Range<usize>,
    year: Option<Range<usize>>,
}

impl MdyGroups {
    fn captured(c: &Caps) -> MdyGroups {
        MdyGroups {
            whole: c.get(0).unwrap().range(),
            weekday: c.name("wd").map(|g| g.range()),
            month: c.name("m").unwrap().range(),
            day: c.name("d").unwrap().range(),
            year: c.name("y").map(|g| g.range()),
        }
    }

    /// The groups read back from a match of MDY, without a capture pass: a name opening the
    /// match is the weekday (no month begins like one), an abbreviated name takes a period
    /// after it, the day is the digits after the month, and a match running past the day
    /// and its ordinal suffix ends with the year.
    fn read(text: &str, whole: Range<usize>) -> MdyGroups {
        let b = &text.as_bytes()[..whole.end];
        let letters = |i: usize| letters_end(b, i);
        let spaces = |i: usize| spaces_end(text, i, whole.end);
        // A name with its period when abbreviated (full names never take one in a match).
        let name = |i: usize, full: fn(&str) -> bool| {
            let end = letters(i);
            if b.get(end) == Some(&b'.') && !full(&text[i..end]) {
                end + 1
            } else {
                end
            }
        };
        let mut at = whole.start;
        let mut weekday_span = None;
        if weekday(&text[at..letters(at)]).is_some() {
            let end = name(at, |w| weekday(w).is_some_and(|d| weekday_name(d) == w));
            weekday_span = Some(at..end);
            at = spaces(if b.get(end) == Some(&b',') { end + 1 } else { end });
        }
        let month_end = name(at, |m| month_number(m).is_some_and(|n| month_name(n) == m));
        let month = at..month_end;
        let day_start = spaces(month_end);
        let day_end = day_start + b[day_start..].iter().take(2).take_while(|c| c.is_ascii_digit()).count();
        let year = (whole.end > day_end + 2).then(|| whole.end - 4..whole.end);
        MdyGroups { whole, weekday: weekday_span, month, day: day_start..day_end, year }
    }
}

/// The groups of a bare weekday match: `[last|this|next ]Weekday[ part of day]`.
struct WeekdayGroups {
    whole: Range<usize>,
    relative: Option<Range<usize>>,
    weekday: Range<usize>,
    part: Option<Range<usize>>,
}

impl WeekdayGroups {
    fn captured(c: &Caps) -> WeekdayGroups {
        WeekdayGroups {
            whole: c.get(0).unwrap().range(),
            relative: c.name("rel").map(|g| g.range()),
            weekday: c.name("wd").unwrap().range(),
            part: c.name("part").map(|g| g.range()),
        }
    }

    /// The groups read back from a match: a first word that is no weekday is the relative
    /// word, and anything after the weekday is the part of the day.
    fn read(text: &str, whole: Range<usize>) -> WeekdayGroups {
        let b = &text.as_bytes()[..whole.end];
        let letters = |i: usize| letters_end(b, i);
        let spaces = |i: usize| spaces_end(text, i, whole.end);
        let first_end = letters(whole.start);
        let (relative, weekday_start) = if WEEKDAY_RELATIVES.contains(&&text[whole.start..first_end]) {
            (Some(whole.start..first_end), spaces(first_end))
        } else {
            (None, whole.start)
        };
        let weekday_end = letters(weekday_start);
        let part = (whole.end > weekday_end).then(|| spaces(weekday_end)..whole.end);
        WeekdayGroups { whole, relative, weekday: weekday_start..weekday_end, part }
    }
}

/// Where a bare weekday can match: at a weekday name, or at "last", "this" or "next" before
/// one. `None` when the triggers search whole ranges.
fn weekday_starts(text: &str, triggers: &Triggers) -> Option<Vec<usize>> {
    let names = triggers.name_starts(triggers::WEEKDAY)?;
    let mut out = Vec::with_capacity(names.len() * 2);
    for at in names {
        let before = text[..at].trim_end();
        if before.len() < at {
            let word_start = before
                .rfind(|c: char| !c.is_ascii_alphanumeric())
                .map_or(0, |k| k + before[k..].chars().next().map_or(1, char::len_utf8));
            if WEEKDAY_RELATIVES.contains(&&before[word_start..]) {
                out.push(word_start);
            }
        }
        out.push(at);
    }
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// Run every recognizer over the checked text.
fn candidates(text: &str, triggers: &Triggers) -> Vec<Cand> {
    let mut out = Vec::new();
    // Each recognizer searches only the sentences holding one of its words ("ago", a month);
    // one an article never needs is never even compiled.
    let wd_of = |c: &Caps| c.name("wd").and_then(|m| weekday(m.as_str()).map(|w| (w, Span::new(m.start(), m.end()))));
    // Every match opens with a weekday or a month name.
    let mdy_ranges = triggers.ranges(triggers::MONTH_DAY);
    let mdy: Vec<MdyGroups> = match triggers.name_starts(triggers::MONTH | triggers::WEEKDAY) {
        Some(names) => MDY.find_at(text, &mdy_ranges, names).map(|m| MdyGroups::read(text, m)).collect(),
        None => MDY.captures_in(text, &mdy_ranges).map(|c| MdyGroups::captured(&c)).collect(),
    };
    for g in mdy {
        let Some(month) = month_number(&text[g.month.clone()]) else { continue };
        let day: u32 = text[g.day.clone()].parse().unwrap_or(0);
        // "May 2" followed by ":30" is a time; "March 5-7" keeps just the first day.
        let end = g.whole.end;
        if g.year.is_none()
            && text[end..].starts_with(':')
            && text[end + 1..].starts_with(|ch: char| ch.is_ascii_digit())
        {
            continue;
        }
        // "the Sept. 11 attacks" names an event, not a day of this year.
        let after = text[end..].trim_start();
        if g.year.is_none() && (after.starts_with("attack") || after.starts_with("terror")) {
            continue;
        }
        // "June 26 and 27, 2002": the first day of a pair takes the year written after the second.
        let joins_a_pair =
            after.starts_with(['-', '–']) || ["and", "to", "through", "or"].iter().any(|w| after.starts_with(w));
        let shared_year = || {
            // The test on the next word spares the pattern's compilation in most runs.
            joins_a_pair.then(|| SHARED_YEAR.captures(&text[end..])).flatten().map(|y| {
                let g = y.get(1).unwrap();
                (g.as_str().parse().unwrap_or(0), Span::new(end + g.start(), end + g.end()))
            })
        };
        let year = g
            .year
            .clone()
            .map(|y| (text[y.clone()].parse().unwrap_or(0), Span::new(y.start, y.end)))
            .or_else(shared_year);
        let weekday = g.weekday.clone().and_then(|w| weekday(&text[w.clone()]).map(|d| (d, Span::new(w.start, w.end))));
        out.push(Cand {
            span: Span::new(g.whole.start, end),
            written: Written::Calendar { year, month, day: Some(day), weekday },
        });
    }
    for c in DMY.captures_in(text, &triggers.ranges(triggers::MONTH_NUMBER_BEFORE)) {
        let Some(month) = month_number(&c["m"]) else { continue };
        // "the 18 of September" needs the ordinal; "5 March" without "the" is fine.
        if c.name("of").is_some() && c.name("ord").is_none() {
            continue;
        }
        let day: u32 = c["d"].parse().unwrap_or(0);
        let whole = c.get(0).unwrap();
        let mut start = whole.start();
        if text[start..].starts_with("the ") && c.name("wd").is_none() {
            start += 4;
        }
        let year = c.name("y").map(|y| (y.as_str().parse().unwrap_or(0), Span::new(y.start(), y.end())));
        out.push(Cand {
            span: Span::new(start, whole.end()),
            written: Written::Calendar { year, month, day: Some(day), weekday: wd_of(&c) },
        });
    }
    for c in ISO.captures_in(text, &triggers.ranges(triggers::JOINED_DIGITS)) {
        let y: i32 = c[1].parse().unwrap_or(0);
        // "AD 2025-19-07" is a document number: ISO order never puts a month past 12.
        if c[2].parse::<u32>().unwrap_or(0) > 12 {
            continue;
        }
        out.push(Cand {
            span: span_of(0, &c, 0),
            written: Written::Calendar {
                year: Some((y, span_of(0, &c, 1))),
                month: c[2].parse().unwrap_or(0),
                day: Some(c[3].parse().unwrap_or(0)),
                weekday: None,
            },
        });
    }
    for c in NUMERIC.captures_in(text, &triggers.ranges(triggers::JOINED_DIGITS)) {
        let y: i32 = c[3].parse().unwrap_or(0);
        out.push(Cand {
            span: span_of(0, &c, 0),
            written: Written::Calendar {
                year: Some((y, span_of(0, &c, 3))),
                month: c[1].parse().unwrap_or(0),
                day: Some(c[2].parse().unwrap_or(0)),
                weekday: None,
            },
        });
    }
    for c in MONTH_YEAR.captures_in(text, &triggers.ranges(triggers::MONTH_YEAR)) {
        let Some(month) = month_number(&c["m"]) else { continue };
        let y = c.name("y").unwrap();
        let whole = c.get(0).unwrap();
        out.push(Cand {
            span: Span::new(whole.start(), whole.end()),
            written: Written::Calendar {
                year: Some((y.as_str().parse().unwrap_or(0), Span::new(y.start(), y.end()))),
                month,
                day: None,
                weekday: None,
            },
        });
    }
    for c in MONTH_ALONE.captures_in(text, &triggers.ranges(triggers::MONTH_INTRODUCED)) {
        let Some(month) = month_number(&c["m"]) else { continue };
        let pre = &c["pre"];
        // "mid-July" keeps its prefix; "in July" does not keep the preposition.
        let m = c.name("m").unwrap();
        let start = if matches!(pre, "mid" | "Mid" | "early" | "Early" | "late" | "Late") {
            c.get(0).unwrap().start()
        } else {
            m.start()
        };
        out.push(Cand { span: Span::new(start, m.end()), written: Written::MonthOnly(month) });
    }
    for c in DECADE.captures_in(text, &triggers.ranges(triggers::SUFFIXED)) {
        let whole = c.get(0).unwrap();
        let decade = match (c.get(1), c.get(2)) {
            (Some(d), _) => d.as_str().parse().unwrap_or(0),
            (None, Some(d)) => 190 + d.as_str().parse::<i32>().unwrap_or(0),
            _ => continue,
        };
        out.push(Cand { span: Span::new(whole.start(), whole.end()), written: Written::Decade(decade) });
    }
    for c in QUARTER.captures_in(text, &triggers.ranges(triggers::QUARTER)) {
        // Without a year, "the fourth quarter" is a calendar quarter only in business copy;
        // in sports it is a period of play.
        if c.name("y").is_none() && c.name("y2").is_none() && sports_context(text, c.get(0).unwrap().start()) {
            continue;
        }
        let q = match c.name("q").map(|m| m.as_str()) {
            Some("first" | "1st") => 1,
            Some("second" | "2nd") => 2,
            Some("third" | "3rd") => 3,
            Some("fourth" | "4th") => 4,
            _ => c.name("qn").and_then(|m| m.as_str().parse().ok()).unwrap_or(0),
        };
        let year = c.name("y").or(c.name("y2")).and_then(|y| y.as_str().parse().ok());
        out.push(Cand { span: span_of(0, &c, 0), written: Written::Quarter { q, year } });
    }
    for c in SEASON.captures_in(text, &triggers.ranges(triggers::SEASON)) {
        let code = match c["s"].to_lowercase().as_str() {
            "spring" => "SP",
            "summer" => "SU",
            "fall" | "autumn" => "FA",
            _ => "WI",
        };
        let year = c.name("y").and_then(|y| y.as_str().parse().ok());
        let shift = match c.name("rel").map(|m| m.as_str().to_lowercase()) {
            Some(r) if r == "last" => -1,
            Some(r) if r == "next" => 1,
            Some(_) => 0,
            None if year.is_none() => continue, // a bare "fall" is usually the verb
            None => 0,
        };
        out.push(Cand { span: span_of(0, &c, 0), written: Written::Season { code, year, shift } });
    }
    for c in FISCAL.captures_in(text, &triggers.ranges(triggers::FISCAL)) {
        let y = c.get(1).or(c.get(2)).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
        out.push(Cand { span: span_of(0, &c, 0), written: Written::Fiscal(y) });
    }
    for c in DAY_OF_MONTH.captures_in(text, &triggers.ranges(triggers::SUFFIXED)) {
        let d = c.name("d").unwrap();
        let whole = c.get(0).unwrap();
        let the = whole.as_str().find("the").unwrap_or(0);
        out.push(Cand {
            span: Span::new(whole.start() + the, whole.end()),
            written: Written::DayOfMonth(d.as_str().parse().unwrap_or(0)),
        });
        let _ = d;
    }
    let weekday_ranges = triggers.ranges(triggers::WEEKDAY);
    let weekdays: Vec<WeekdayGroups> = match weekday_starts(text, triggers) {
        Some(starts) => {
            WEEKDAY_ALONE.find_at(text, &weekday_ranges, starts).map(|m| WeekdayGroups::read(text, m)).collect()
        }
        None => WEEKDAY_ALONE.captures_in(text, &weekday_ranges).map(|c| WeekdayGroups::captured(&c)).collect(),
    };
    for g in weekdays {
        let Some(wd) = weekday(&text[g.weekday.clone()]) else { continue };
        // Named days are events, not dates: "Bloody Sunday", "Super Tuesday", "Black Friday".
        let before = text[..g.whole.start].trim_end();
        let prev_word = before.rsplit(|ch: char| !ch.is_alphabetic()).next().unwrap_or("");
        if g.relative.is_none() && NAMED_DAY_PREFIXES.contains(&prev_word) {
            continue;
        }
        let part = g.part.map(|p| match &text[p] {
            "morning" => "MO",
            "afternoon" => "AF",
            "evening" => "EV",
            _ => "NI",
        });
        let shift = match g.relative.map(|m| text[m].to_lowercase()) {
            Some(r) if r == "last" => -1,
            Some(r) if r == "next" => 1,
            _ => 0,
        };
        out.push(Cand {
            span: Span::new(g.whole.start, g.whole.end),
            written: Written::WeekdayOnly { wd, part, shift },
        });
    }
    for c in RELATIVE_WORD.captures_in(text, &triggers.ranges(triggers::RELATIVE)) {
        let (rel, shift) = if let Some(s) = c.name("simple") {
            match s.as_str().to_lowercase().as_str() {
                "today" => (Relative::Today, 0),
                "yesterday" => (Relative::Yesterday, -1),
                "tomorrow" => (Relative::Tomorrow, 1),
                _ => (Relative::Today, 99), // tonight
            }
        } else if let Some(u) = c.name("elu") {
            let r = match u.as_str().to_lowercase().as_str() {
                "week" => Relative::ThisWeek,
                "month" => Relative::ThisMonth,
                _ => Relative::ThisYear,
            };
            (r, 0)
        } else {
            let rel = c["rel"].to_lowercase();
            let shift = match rel.as_str() {
                "last" | "past" => -1,
                "next" | "coming" => 1,
                _ => 0,
            };
            let u = c["u"].to_lowercase();
            let r = match (u.as_str(), shift) {
                ("week", 0) => Relative::ThisWeek,
                ("week", -1) => Relative::LastWeek,
                ("week", _) => Relative::NextWeek,
                ("month", 0) => Relative::ThisMonth,
                ("month", -1) => Relative::LastMonth,
                ("month", _) => Relative::NextMonth,
                ("year", 0) => Relative::ThisYear,
                ("year", -1) => Relative::LastYear,
                ("year", _) => Relative::NextYear,
                _ => Relative::Other, // weekend
            };
            (r, shift)
        };
        out.push(Cand { span: span_of(0, &c, 0), written: Written::Rel(rel, shift) });
    }
    for c in AGO.captures_in(text, &triggers.ranges(triggers::AGO)) {
        let Some(amount) = amount_of(&c["n"]) else { continue };
        let Some(unit) = Unit::parse(&c["u"]) else { continue };
        out.push(Cand { span: span_of(0, &c, 0), written: Written::Ago { amount, unit } });
    }
    for c in DURATION.captures_in(text, &triggers.ranges(triggers::UNIT)) {
        if c.name("old").is_some() {
            continue; // an age ("38-year-old"), not a span of time
        }
        let n = &c["n"];
        if matches!(n.to_lowercase().as_str(), "a" | "an") && &c["sep"] == "-" {
            continue;
        }
        let Some(mut amount) = amount_of(n) else { continue };
        let Some(unit) = Unit::parse(&c["u"]) else { continue };
        let mut whole = c.get(0).unwrap();
        // "half a century" is fifty years.
        let before = &text[..whole.start()];
        if matches!(n.to_lowercase().as_str(), "a" | "an")
            && crate::lexicon::ends_with_ignoring_case(before.trim_end(), "half")
        {
            amount = 0.5;
            let start = before.trim_end().len() - 4;
            out.push(Cand { span: Span::new(start, whole.end()), written: Written::Duration { amount, unit } });
            continue;
        }
        let _ = &mut whole;
        // "the past two years" / "four years" keep only number and unit.
        out.push(Cand { span: Span::new(whole.start(), whole.end()), written: Written::Duration { amount, unit } });
    }
    for c in DAY_RANGE.captures_in(text, &triggers.ranges(triggers::MONTH_DAY_RANGE)) {
        let Some(month) = month_number(&c["m"]) else { continue };
        let d2 = c.name("d2").unwrap();
        let year = c.name("y").map(|y| (y.as_str().parse().unwrap_or(0), Span::new(y.start(), y.end())));
        let end = c.name("y").map(|y| y.end()).unwrap_or(d2.end());
        let day: u32 = d2.as_str().parse().unwrap_or(0);
        out.push(Cand {
            span: Span::new(d2.start(), end),
            written: Written::Calendar { year, month, day: Some(day), weekday: None },
        });
    }
    for c in DAY_PART.captures_in(text, &triggers.ranges(triggers::DAY_PART_NAMED)) {
        let (shift, part) = match (c.name("part"), c.name("lpart")) {
            (Some(p), _) => (0, p.as_str()),
            (None, Some(p)) => (-1, p.as_str()),
            _ => continue,
        };
        let part = match part.to_lowercase().as_str() {
            "morning" => "MO",
            "afternoon" => "AF",
            "evening" => "EV",
            _ => "NI",
        };
        out.push(Cand { span: span_of(0, &c, 0), written: Written::DayPart { shift, part } });
    }
    for c in WEEKEND.captures_in(text, &triggers.ranges(triggers::WEEKEND)) {
        let shift = match c.name("rel").map(|m| m.as_str().to_lowercase()) {
            Some(r) if r == "last" || r == "past" => -1,
            Some(r) if r == "next" || r == "coming" => 1,
            Some(_) => 0,
            None => i32::MIN, // "the weekend": by tense
        };
        let whole = c.get(0).unwrap();
        let start = if c.name("rel").is_none() { whole.end() - "weekend".len() } else { whole.start() };
        out.push(Cand { span: Span::new(start, whole.end()), written: Written::Weekend { shift } });
    }
    for c in HALF.captures_in(text, &triggers.ranges(triggers::HALF)) {
        let h = if c["h"].eq_ignore_ascii_case("first") { 1 } else { 2 };
        out.push(Cand { span: span_of(0, &c, 0), written: Written::Half { h, year: c["y"].parse().unwrap_or(0) } });
    }
    for c in SET.captures_in(text, &triggers.ranges(triggers::SET)) {
        let v = if let Some(wd) = c.name("wd") {
            format!("XXXX-WXX-{}", weekday(wd.as_str()).map(|w| w.number_from_monday()).unwrap_or(1))
        } else if c.name("yearly").is_some() {
            "P1Y".into()
        } else if c.name("monthly").is_some() {
            "P1M".into()
        } else if c.name("weekly").is_some() {
            "P1W".into()
        } else if c.name("daily").is_some() {
            "P1D".into()
        } else {
            let u = match &c["u"].to_lowercase()[..1] {
                "d" => "D",
                "w" => "W",
                "m" => "M",
                _ => "Y",
            };
            format!("P{}{u}", &c["n"])
        };
        out.push(Cand { span: span_of(0, &c, 0), written: Written::Set(v) });
    }
    for c in CLOCK_DURATION.captures_in(text, &triggers.ranges(triggers::CLOCK)) {
        let Some(amount) = amount_of(&c["n"]) else { continue };
        let unit = if c["u"].to_lowercase().starts_with('h') { "H" } else { "M" };
        out.push(Cand { span: span_of(0, &c, 0), written: Written::ClockDuration { amount, unit } });
    }
    for c in BARE_SEASON.captures_in(text, &triggers.ranges(triggers::SEASON)) {
        let s = c.name("s").unwrap();
        let code = match s.as_str() {
            "spring" => "SP",
            "summer" => "SU",
            "autumn" => "FA",
            _ => "WI",
        };
        out.push(Cand {
            span: Span::new(s.start(), s.end()),
            written: Written::Season { code, year: None, shift: i32::MIN },
        });
    }
    for c in REFS.captures_in(text, &triggers.ranges(triggers::REF)) {
        let v = if c.name("present").is_some() {
            "PRESENT_REF"
        } else if c.name("past").is_some() {
            "PAST_REF"
        } else {
            "FUTURE_REF"
        };
        let whole = c.get(0).unwrap();
        // "at present" is written as "present" in TIMEX3 extents.
        let start = whole
            .as_str()
            .rfind(' ')
            .filter(|_| v == "PRESENT_REF")
            .map(|i| whole.start() + i + 1)
            .unwrap_or(whole.start());
        out.push(Cand { span: Span::new(start, whole.end()), written: Written::Ref(v) });
    }
    for m in super::digits::years(text, &triggers.ranges(triggers::YEAR4)) {
        if !looks_like_year(text, m.start, m.end) {
            continue;
        }
        let year = text[m.clone()].parse().unwrap_or(0);
        out.push(Cand { span: Span::new(m.start, m.end), written: Written::Year(year) });
    }
    out
}

/// Words before a weekday that make it a named day rather than a date.
const NAMED_DAY_PREFIXES: &[&str] = &[
    "Bloody", "Super", "Black", "Good", "Easter", "Palm", "Ash", "Cyber", "Holy", "Maundy", "Shrove", "Whit", "Mad",
    "Giving",
];

/// Words that make "the fourth quarter" a period of play rather than a part of the year.
const SPORTS_WORDS: &[&str] = &[
    "game",
    "games",
    "touchdown",
    "touchdowns",
    "scored",
    "score",
    "points",
    "goal",
    "goals",
    "inning",
    "innings",
    "quarterback",
    "yards",
    "yard",
    "kickoff",
    "rebounds",
    "basket",
    "buzzer",
    "overtime",
    "halftime",
    "field",
    "pass",
    "interception",
    "fumble",
    "lead",
    "led",
    "trailed",
    "trailing",
    "win",
    "victory",
    "coach",
    "season",
];

/// Whether the sentence around `at` is about a game (for year-less quarters).
fn sports_context(text: &str, at: usize) -> bool {
    let start = text[..at].rfind(['.', '\n']).map(|i| i + 1).unwrap_or(0);
    let end = text[at..].find(['.', '\n']).map(|i| at + i).unwrap_or(text.len());
    text[start..end].split(|c: char| !c.is_alphanumeric()).any(|w| SPORTS_WORDS.contains(&w.to_lowercase().as_str()))
}

fn amount_of(n: &str) -> Option<f64> {
    match n.to_lowercase().as_str() {
        "a" | "an" => Some(1.0),
        other => other.replace(',', "").parse::<f64>().ok().or_else(|| numwords::parse(other)),
    }
}

/// Counted things after a number mean it is a count, not a year ("2000 people").
const COUNT_NOUNS: &[&str] = &[
    "people",
    "persons",
    "homes",
    "houses",
    "troops",
    "soldiers",
    "dead",
    "deaths",
    "votes",
    "residents",
    "families",
    "children",
    "students",
    "workers",
    "jobs",
    "cases",
    "units",
    "cars",
    "acres",
    "feet",
    "meters",
    "metres",
    "miles",
    "kilometers",
    "kilometres",
    "tons",
    "tonnes",
    "members",
    "officers",
    "employees",
    "patients",
    "pounds",
    "dollars",
    "euros",
    "hours",
    "minutes",
    "seconds",
    "copies",
    "times",
    "percent",
    "per",
    "points",
    "km",
    "kg",
    "mm",
    "m",
    "calories",
    "words",
    "pages",
    "bodies",
    "prisoners",
    "civilians",
    "refugees",
];

/// A four-digit number 1600-2099 is a year unless its neighbours say it counts something or
/// names something ("$2000", "2,019", "2000 people", "Boeing 2707", "Route 1900").
fn looks_like_year(text: &str, start: usize, end: usize) -> bool {
    let before = &text[..start];
    let after = &text[end..];
    let digit_after = |p: char| after.starts_with(p) && after[1..].starts_with(|c: char| c.is_ascii_digit());
    if before.ends_with(['$', '€', '£', '#', '/', ':', '+'])
        || (before.ends_with(['.', ',']) && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_digit()))
        || after.starts_with(['%', '/'])
        || digit_after(',')
        || digit_after('.')
        || digit_after(':')
        || (after.starts_with('-') && !after[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        // "2001-2021" stays a range of years; other hyphenation is a compound ("2000-strong").
        if !(before.ends_with('-') && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_digit())) {
            return false;
        }
    }
    let next: String = after.trim_start().chars().take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
    if COUNT_NOUNS.contains(&next.as_str()) {
        return false;
    }
    let prev: String = before
        .trim_end()
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    // "No. 2000", "Windows 2000", "Route 1900": a capitalised name before the number, unless it
    // is a month or a word that opens a date.
    if let Some(first) = prev.chars().next() {
        if first.is_uppercase()
            && month_number(&prev).is_none()
            && !matches!(
                prev.as_str(),
                "In" | "Since"
                    | "By"
                    | "Until"
                    | "From"
                    | "During"
                    | "Before"
                    | "After"
                    | "Of"
                    | "Through"
                    | "The"
                    | "Spring"
                    | "Summer"
                    | "Fall"
                    | "Autumn"
                    | "Winter"
            )
        {
            return false;
        }
    }
    true
}

/// Extract and resolve every time expression of an article.
pub fn extract(article: &Article, tokens: &[Token], triggers: &Triggers) -> Vec<DateMention> {
    let text = &article.text;
    let mut cands = candidates(text, triggers);
    // Longest first; a candidate overlapping a longer one is dropped.
    cands.sort_by(|a, b| b.span.len().cmp(&a.span.len()).then(a.span.start.cmp(&b.span.start)));
    let mut kept: Vec<Cand> = Vec::new();
    // Kept spans are disjoint, so the one starting last before `c` ends is the only one that
    // can overlap it: a map lookup instead of a scan of everything kept so far.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for c in cands {
        if c.span.is_empty() || taken.range(..c.span.end).next_back().is_some_and(|(_, &end)| end > c.span.start) {
            continue;
        }
        taken.insert(c.span.start, c.span.end);
        kept.push(c);
    }
    kept.sort_by_key(|c| c.span.start);
    let dct = article.dateline_date();
    // The previous expression's end and tense: "until July or August" reads both months alike.
    let mut previous: Option<(usize, Tense)> = None;
    let mut mentions = kept
        .into_iter()
        .filter_map(|c| {
            let sentence = article.sentence_at(c.span.start)?;
            let tok = tokens.partition_point(|t| t.span.start < c.span.start);
            let srange = sentence_token_range(tokens, sentence, tok);
            let mut tense = tense_at(text, tokens, srange.clone(), tok);
            // "by Friday", "until Monday": a deadline ahead.
            let prev = (tok > srange.start).then(|| tokens[tok - 1].text(text).to_lowercase());
            if matches!(c.written, Written::WeekdayOnly { .. })
                && matches!(prev.as_deref(), Some("by" | "until" | "till" | "through"))
            {
                tense = Tense::Future;
            }
            if let Some((end, t)) = previous {
                if end <= c.span.start
                    && matches!(text[end..c.span.start].trim(), "or" | "and" | "to" | "through" | "-" | "–")
                {
                    tense = t;
                }
            }
            previous = Some((c.span.end, tense));
            Some(resolve(c, dct, tense, sentence))
        })
        .collect::<Vec<_>>();
    add_context_years(article, &mut mentions);
    mentions
}

/// Fill `context_years` of year-less dates, and let a written weekday pick a context year it
/// fits when it does not fit the dateline's reading ("Two weeks later ... on Sunday, March 21"
/// after "March 7, 1965").
fn add_context_years(article: &Article, mentions: &mut [DateMention]) {
    let explicit: Vec<(usize, usize, i32)> = mentions
        .iter()
        .filter(|m| m.year_explicit && m.kind == DateKind::Absolute)
        .filter_map(|m| Some((m.span.start, m.sentence, m.year?)))
        .collect();
    if explicit.is_empty() {
        return;
    }
    let paragraph = |sentence: usize| article.sentences[sentence].paragraph;
    for m in mentions.iter_mut() {
        let partial = !m.year_explicit && matches!(m.kind, DateKind::Partial) && m.month.is_some();
        if !partial {
            continue;
        }
        // Years written earlier in this paragraph or the two before it, or in the sentence.
        let p = paragraph(m.sentence);
        let mut years: Vec<i32> = explicit
            .iter()
            .filter(|(start, s, _)| {
                let ps = paragraph(*s);
                *s == m.sentence || (ps + 2 >= p && ps <= p && *start < m.span.start)
            })
            .map(|e| e.2)
            .collect();
        years.sort();
        years.dedup();
        years.retain(|y| Some(*y) != m.year);
        if let (Some(wd), Some(month), Some(day), Some(date)) = (m.weekday, m.month, m.day, m.date) {
            if date.weekday() != wd {
                // The nearest context year (latest mentioned first) in which the weekday fits.
                if let Some(&y) = years
                    .iter()
                    .rev()
                    .find(|&&y| NaiveDate::from_ymd_opt(y, month, day).is_some_and(|d| d.weekday() == wd))
                {
                    let d = NaiveDate::from_ymd_opt(y, month, day).expect("checked above");
                    let old = m.year.take();
                    m.year = Some(y);
                    m.date = Some(d);
                    m.value = Some(iso_date(d));
                    years.retain(|&x| x != y);
                    years.extend(old);
                }
            }
        }
        // "Three days later, on June 28": a narrative step from the last dated event takes
        // that event's year, as a careful reader would.
        if let (Some(&latest), Some(month)) = (latest_before(&explicit, m, &paragraph), m.month) {
            let sentence = &article.text[article.sentences[m.sentence].span.start..m.span.start].to_lowercase();
            let narrative = NARRATIVE_STEPS.iter().any(|w| sentence.contains(w));
            if narrative && m.year != Some(latest) && m.weekday.is_none() {
                let date = m.day.and_then(|d| NaiveDate::from_ymd_opt(latest, month, d));
                if m.day.is_none() || date.is_some() {
                    years.retain(|&y| y != latest);
                    years.extend(m.year);
                    m.year = Some(latest);
                    m.date = date;
                    m.value = Some(match date {
                        Some(d) => iso_date(d),
                        None => format!("{latest:04}-{month:02}"),
                    });
                }
            }
        }
        m.context_years = years;
    }
}

/// Words that continue a dated narrative ("a week later", "the next day").
const NARRATIVE_STEPS: &[&str] =
    &[" later", "the next day", "the following", "that same", "the same day", "afterward", "days after", "weeks after"];

/// The year of the last explicit date before `m` in its paragraph (or the paragraph before).
fn latest_before<'a>(
    explicit: &'a [(usize, usize, i32)],
    m: &DateMention,
    paragraph: &dyn Fn(usize) -> usize,
) -> Option<&'a i32> {
    let p = paragraph(m.sentence);
    explicit.iter().rfind(|(start, s, _)| *start < m.span.start && paragraph(*s) + 1 >= p).map(|e| &e.2)
}

/// How many tokens either side of a date its tense is read from. A normal sentence fits;
/// a runaway one (a 2 MB line without a period) costs no more than a normal one.
const TENSE_WINDOW: usize = 200;

/// The tokens of `sentence` around token `around`, at most [`TENSE_WINDOW`] either side.
fn sentence_token_range(tokens: &[Token], sentence: usize, around: usize) -> std::ops::Range<usize> {
    // Tokens are in sentence order, so the sentence's tokens are found by binary search.
    let s = tokens.partition_point(|t| t.sentence < sentence);
    let e = tokens.partition_point(|t| t.sentence <= sentence);
    let a = around.clamp(s, e);
    a.saturating_sub(TENSE_WINDOW).max(s)..(a + TENSE_WINDOW).min(e)
}

fn resolve(c: Cand, dct: Option<NaiveDate>, tense: Tense, sentence: usize) -> DateMention {
    let kind = match &c.written {
        Written::Calendar { year: Some(_), .. }
        | Written::Year(_)
        | Written::Decade(_)
        | Written::Fiscal(_)
        | Written::Quarter { year: Some(_), .. }
        | Written::Season { year: Some(_), .. } => DateKind::Absolute,
        Written::Calendar { .. } | Written::MonthOnly(_) | Written::DayOfMonth(_) | Written::Quarter { .. } => {
            DateKind::Partial
        }
        Written::Season { .. } | Written::WeekdayOnly { .. } | Written::Rel(..) | Written::Ago { .. } => {
            DateKind::Relative
        }
        Written::Duration { .. } | Written::ClockDuration { .. } => DateKind::Duration,
        Written::Ref(_) => DateKind::Ref,
        Written::Half { .. } => DateKind::Absolute,
        Written::DayPart { .. } | Written::Weekend { .. } => DateKind::Relative,
        Written::Set(_) => DateKind::Set,
    };
    let mut m = DateMention::new(c.span, kind);
    m.tense = tense;
    m.sentence = sentence;
    match c.written {
        Written::Calendar { year, month, day, weekday } => {
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
                    (Some((wd, _)), Some(dd)) => year_fitting_weekday(d, month, dd, wd)
                        .unwrap_or_else(|| year_for_month_day(d, month, day, tense)),
                    _ => year_for_month_day(d, month, day, tense),
                }),
            };
            m.year = resolved_year;
            if !(1..=12).contains(&month) {
                m.invalid = Some(format!("there is no month {month}"));
            } else if let Some(d) = day {
                let max = days_in_month(resolved_year.unwrap_or(2000), month).unwrap_or(31);
                if d == 0 || d > max {
                    m.invalid = Some(if d == 0 {
                        "there is no day 0".to_string()
                    } else if month == 2 && d == 29 {
                        format!("{} is not a leap year", resolved_year.unwrap_or(0))
                    } else {
                        format!("{} has {} days", month_name(month), max)
                    });
                }
            }
            if m.invalid.is_none() {
                match (resolved_year, day) {
                    (Some(y), Some(d)) => {
                        m.date = NaiveDate::from_ymd_opt(y, month, d);
                        m.value = m.date.map(iso_date);
                    }
                    (Some(y), None) => m.value = Some(format!("{y:04}-{month:02}")),
                    (None, _) => {}
                }
            }
        }
        Written::Year(y) => {
            m.year = Some(y);
            m.year_explicit = true;
            m.year_span = Some(c.span);
            m.value = Some(format!("{y:04}"));
        }
        Written::Decade(d) => m.value = Some(format!("{d:03}")),
        Written::MonthOnly(month) => {
            m.month = Some(month);
            if let Some(dct) = dct {
                let y = year_for_month_day(dct, month, None, tense);
                m.year = Some(y);
                m.value = Some(format!("{y:04}-{month:02}"));
            }
        }
        Written::Quarter { q, year } => {
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
            m.value = y.map(|y| format!("{y:04}-Q{q}"));
        }
        Written::Season { code, year, shift } => {
            m.year_explicit = year.is_some();
            let y = year.or_else(|| {
                dct.map(|d| {
                    if shift != i32::MIN {
                        return d.year() + shift;
                    }
                    // A bare season: the month it starts in decides, as for a month name.
                    let month = match code {
                        "SP" => 3,
                        "SU" => 6,
                        "FA" => 9,
                        _ => 12,
                    };
                    year_for_month_day(d, month, None, tense)
                })
            });
            m.value = y.map(|y| format!("{y:04}-{code}"));
        }
        Written::Fiscal(y) => {
            m.year_explicit = true;
            m.value = Some(format!("FY{y:04}"));
        }
        Written::DayOfMonth(d) => {
            m.day = Some(d);
            if let Some(dct) = dct {
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
                m.value = m.date.map(iso_date);
            }
        }
        Written::WeekdayOnly { wd, part, shift } => {
            m.weekday = Some(wd);
            m.relative = Some(Relative::Weekday);
            if let Some(dct) = dct {
                let d = weekday_date(dct, wd, tense, shift);
                m.date = Some(d);
                m.year = Some(d.year());
                m.month = Some(d.month());
                m.day = Some(d.day());
                let mut v = iso_date(d);
                if let Some(p) = part {
                    v.push('T');
                    v.push_str(p);
                }
                m.value = Some(v);
            }
        }
        Written::Rel(rel, shift) => {
            m.relative = Some(rel);
            if let Some(dct) = dct {
                m.value = Some(match rel {
                    Relative::Today if shift == 99 => format!("{}TNI", iso_date(dct)),
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
                });
            }
        }
        Written::Ago { amount, unit } => {
            m.relative = Some(Relative::Ago);
            m.amount = Some(amount);
            m.unit = Some(unit);
            if let Some(dct) = dct {
                let n = amount.round() as i64;
                m.value = Some(match unit {
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
                });
                if matches!(unit, Unit::Year | Unit::Decade | Unit::Century) {
                    m.year = Some(dct.year() - (amount * unit.years()).round() as i32);
                }
            }
        }
        Written::Duration { amount, unit } => {
            m.amount = Some(amount);
            m.unit = Some(unit);
            let n = if amount.fract() == 0.0 { format!("{}", amount as i64) } else { format!("{amount}") };
            m.value = Some(format!("P{n}{}", unit.timex()));
        }
        Written::Ref(v) => m.value = Some(v.to_string()),
        Written::DayPart { shift, part } => {
            if let Some(dct) = dct {
                let d = dct + Duration::days(shift);
                m.value = Some(format!("{}T{part}", iso_date(d)));
            }
        }
        Written::Weekend { shift } => {
            if let Some(dct) = dct {
                let weeks = if shift != i32::MIN {
                    shift
                } else {
                    // "the weekend": the coming one in future tense, else the latest one begun.
                    let wd = dct.weekday().num_days_from_monday();
                    match tense {
                        Tense::Future => 0,
                        _ if wd >= 5 => 0,
                        _ => -1,
                    }
                };
                m.value = Some(format!("{}-WE", iso_week(dct + Duration::days(7 * weeks as i64))));
            }
        }
        Written::Half { h, year } => {
            m.year_explicit = true;
            m.value = Some(format!("{year:04}-H{h}"));
        }
        Written::Set(v) => m.value = Some(v),
        Written::ClockDuration { amount, unit } => {
            m.amount = Some(amount);
            m.value = Some(format!("PT{}{unit}", amount as i64));
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Format, IngestOptions};
    use crate::extract::words::tokenize;

    fn values(dct: &str, text: &str) -> Vec<(String, Option<String>)> {
        let a = Article::from_text("t", format!("date {dct}\n\n{text}"), Format::Text, &IngestOptions::default());
        let toks = tokenize(&a);
        extract(&a, &toks, &Triggers::new(&a, &toks))
            .into_iter()
            .map(|m| (a.slice(m.span).to_string(), m.value))
            .collect()
    }

    fn one(dct: &str, text: &str) -> Option<String> {
        let v = values(dct, text);
        assert_eq!(v.len(), 1, "{text}: {v:?}");
        v[0].1.clone()
    }

    #[test]
    fn absolute_forms() {
        for t in [
            "It happened on September 18, 2021.",
            "It happened on Sept. 18, 2021.",
            "It happened on Sep 18 2021.",
            "It happened on 18 September 2021.",
            "It happened on 2021-09-18.",
            "It happened on 9/18/2021.",
            "It happened on September 18th, 2021.",
            "It happened on the 18th of September, 2021.",
            "It happened on Saturday, Sept. 18, 2021.",
        ] {
            assert_eq!(one("2025-09-19", t).as_deref(), Some("2021-09-18"), "{t}");
        }
        assert_eq!(one("2025-09-19", "It closed in July 2021.").as_deref(), Some("2021-07"));
        assert_eq!(one("2025-09-19", "It began in 2001.").as_deref(), Some("2001"));
        assert_eq!(one("2025-09-19", "Popular in the 1990s.").as_deref(), Some("199"));
        assert_eq!(one("2025-09-19", "Sales in fiscal 2024 fell.").as_deref(), Some("FY2024"));
        assert_eq!(one("2025-09-19", "It opened in spring 2023.").as_deref(), Some("2023-SP"));
    }

    #[test]
    fn partial_dates_follow_tense() {
        assert_eq!(one("2025-09-19", "He spoke on September 18.").as_deref(), Some("2025-09-18"));
        assert_eq!(one("2024-01-08", "The committee met in December.").as_deref(), Some("2023-12"));
        assert_eq!(one("2023-11-20", "Elections will be held in March.").as_deref(), Some("2024-03"));
        assert_eq!(one("2025-01-05", "The vote was held on Dec. 30.").as_deref(), Some("2024-12-30"));
        assert_eq!(one("2025-09-19", "He left on the 3rd.").as_deref(), Some("2025-09-03"));
    }

    #[test]
    fn relative_forms() {
        let d = "2025-09-19"; // a Friday
        assert_eq!(one(d, "He spoke on Thursday.").as_deref(), Some("2025-09-18"));
        assert_eq!(one(d, "He will speak on Thursday.").as_deref(), Some("2025-09-25"));
        assert_eq!(one(d, "He spoke on Friday.").as_deref(), Some("2025-09-19"));
        assert_eq!(one(d, "They met Thursday night.").as_deref(), Some("2025-09-18TNI"));
        assert_eq!(one(d, "They met yesterday.").as_deref(), Some("2025-09-18"));
        assert_eq!(one(d, "They met last week.").as_deref(), Some("2025-W37"));
        assert_eq!(one(d, "They met this month.").as_deref(), Some("2025-09"));
        assert_eq!(one(d, "They met last year.").as_deref(), Some("2024"));
        assert_eq!(one(d, "They met two days ago.").as_deref(), Some("2025-09-17"));
        assert_eq!(one(d, "They met five years ago.").as_deref(), Some("2020"));
        assert_eq!(one(d, "They met a decade ago.").as_deref(), Some("2015"));
        assert_eq!(one(d, "It grew earlier this year.").as_deref(), Some("2025"));
    }

    #[test]
    fn durations_and_not_dates() {
        assert_eq!(one("2025-09-19", "the 20-year war ended").as_deref(), Some("P20Y"));
        assert_eq!(one("2025-09-19", "He served for four years.").as_deref(), Some("P4Y"));
        assert_eq!(one("2025-09-19", "It took two decades.").as_deref(), Some("P2DE"));
        for t in [
            "It killed 2000 people.",
            "The Boeing 737 landed.",
            "It cost $2010.",
            "Officials may decide soonish.",
            "A protest march was held.",
            "The 38-year-old man.",
        ] {
            assert!(values("2025-09-19", t).is_empty(), "{t}: {:?}", values("2025-09-19", t));
        }
    }

    #[test]
    fn invalid_dates_are_marked() {
        let a = Article::from_text(
            "t",
            "date 2025-01-01\n\nIt was June 31, 2022 and February 29, 2023.".into(),
            Format::Text,
            &IngestOptions::default(),
        );
        let toks = tokenize(&a);
        let ms = extract(&a, &toks, &Triggers::new(&a, &toks));
        assert_eq!(ms.len(), 2);
        assert!(ms.iter().all(|m| m.invalid.is_some() && m.value.is_none()));
    }
}

#[cfg(test)]
mod gating {
    //! Trigger gating must never change what the recognizers find: the candidates and numbers
    //! found with an article's triggers are those found searching every sentence.
    use super::*;
    use crate::article::{Format, IngestOptions};
    use crate::extract::{numbers, words::tokenize};
    use proptest::prelude::*;

    fn gated_equals_full(text: &str) -> Result<(), String> {
        let a = Article::from_text("t", text.to_string(), Format::Text, &IngestOptions::default());
        let toks = tokenize(&a);
        let (gated, all) = (Triggers::new(&a, &toks), Triggers::everything(&a));
        let (d1, d2) = (candidates(&a.text, &gated), candidates(&a.text, &all));
        if d1 != d2 {
            return Err(format!("dates differ in {text:?}:\ngated {d1:?}\nfull  {d2:?}"));
        }
        let (n1, n2) = (numbers::extract(&a, &toks, &gated, &[]), numbers::extract(&a, &toks, &all, &[]));
        if n1 != n2 {
            return Err(format!("numbers differ in {text:?}:\ngated {n1:?}\nfull  {n2:?}"));
        }
        Ok(())
    }

    #[test]
    fn gating_changes_nothing_in_the_corpus() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/corpus");
        let mut checked = 0;
        for sub in ["", "/gold/dates"] {
            for entry in std::fs::read_dir(format!("{dir}{sub}")).unwrap() {
                let path = entry.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt" || e == "md") {
                    gated_equals_full(&std::fs::read_to_string(&path).unwrap()).unwrap();
                    checked += 1;
                }
            }
        }
        assert!(checked > 50, "{checked} articles");
    }

    #[test]
    fn gating_holds_on_the_cases_the_property_test_found() {
        for text in [
            "last\nMay ",
            "early-early May ",
            "Sept-5 week ",
            "Sept.\n18 ",
            "Sept-18 September ",
            "Monday\n18\nSeptember ",
        ] {
            gated_equals_full(text).unwrap();
        }
    }

    /// Words the recognizers care about, in the cases and joins news copy writes them.
    const VOCAB: &[&str] = &[
        "September",
        "Sept.",
        "Sept",
        "May",
        "may",
        "MAY",
        "June",
        "june",
        "mid-July",
        "early",
        "late",
        "until",
        "18",
        "18th",
        "5",
        "5th-7th",
        "5thto",
        "th",
        "st",
        "12",
        "1,2024-09-18",
        "10/14",
        "/",
        "2025.5",
        "20250",
        "2025",
        "2024-09-18",
        "9/18/2025",
        "1990s",
        "'90s",
        "the",
        "of",
        "on",
        "in",
        "and",
        "to",
        "through",
        "or",
        "-",
        "–",
        ",",
        ".",
        "Monday",
        "Sep.",
        "Thurs.",
        "Thu",
        "June",
        "Jun.",
        "Jun",
        "Sunday.",
        "1st",
        "22nd",
        "Last",
        "Next",
        "_",
        "Sunday,",
        "Tues.",
        "Friday",
        "last",
        "this",
        "next",
        "past",
        "night",
        "morning",
        "evening",
        "weekend",
        "week",
        "weeks",
        "month",
        "year",
        "years",
        "decade",
        "ago",
        "a",
        "an",
        "two",
        "twenty-five",
        "hundred",
        "one",
        "three",
        "hours",
        "minutes",
        "30-day",
        "four-year-old",
        "every",
        "daily",
        "annually",
        "half",
        "quarter",
        "third",
        "Q3",
        "fiscal",
        "FY2024",
        "FY",
        "percent",
        "per",
        "cent",
        "$",
        "US$",
        "1,204",
        "3.5",
        "million",
        "twice",
        "times",
        "tripled",
        "dozens",
        "thousands",
        "spring",
        "fall",
        "summer",
        "today",
        "yesterday",
        "tonight",
        "now",
        "recently",
        "currently",
        "soon",
        "future",
        "earlier",
        "later",
        "dozen",
        "killed",
        "said",
        "will",
        "first",
        "second",
    ];
    const SEPARATORS: &[&str] = &[" ", " ", " ", "  ", "\n", ", ", "-", ". ", "\u{a0}"];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(crate::proptest_cases(400)))]
        #[test]
        fn gating_changes_nothing_in_date_and_number_soup(
            words in prop::collection::vec((prop::sample::select(VOCAB), prop::sample::select(SEPARATORS)), 1..40)
        ) {
            let text: String = words.iter().flat_map(|(w, s)| [*w, *s]).collect();
            prop_assert!(gated_equals_full(&text).is_ok(), "{}", gated_equals_full(&text).unwrap_err());
        }
    }
}
