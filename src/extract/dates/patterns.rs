//! The patterns of the date recognizers, and readers of their groups that spare a capture
//! pass where most matches are.

use std::ops::Range;

use crate::lexicon::{month_name, month_number, weekday, weekday_name, MONTH_RE, WEEKDAY_RE};
use crate::rx::{Caps, LazyRx, Rx};
use crate::span::Span;

use crate::extract::triggers::{Trigger, Triggers};
use crate::extract::vocab::{COUNT_WORDS, MONTH_INTRODUCERS, WEEKDAY_RELATIVES};

pub(super) static SHARED_YEAR: LazyRx =
    LazyRx::new(|| re(r"\A\s*(?:-|–|and|to|through|or)\s*\d{1,2}(?:st|nd|rd|th)?,?\s+(\d{4})\b"));
pub(super) static DAY_RANGE: LazyRx = LazyRx::new(|| {
    re(&format!(
        r"\b(?P<m>{MONTH_RE})\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|to|and|through)\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y>\d{{4}})\b)?"
    ))
});
pub(super) static DAY_PART: LazyRx = LazyRx::new(|| {
    re(r"(?i)\b(?:(?P<this>this)\s+(?P<part>morning|afternoon|evening)|(?P<last>last)\s+(?P<lpart>night|evening))\b")
});
pub(super) static WEEKEND: LazyRx =
    LazyRx::new(|| re(r"(?i)\b(?:(?P<rel>this|last|next|past|coming)\s+|the\s+)weekend\b"));
pub(super) static HALF: LazyRx = LazyRx::new(|| re(r"(?i)\b(?P<h>first|second)\s+half\s+of\s+(?P<y>\d{4})\b"));
pub(super) static SET: LazyRx = LazyRx::new(|| {
    re(
        r"(?i)\b(?:every\s+(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?P<yearly>annually|yearly|every\s+year)|(?P<monthly>monthly|every\s+month)|(?P<weekly>weekly|every\s+week)|(?P<daily>daily|every\s+day)|every\s+(?P<n>\d+)\s+(?P<u>days|weeks|months|years))\b",
    )
});
pub(super) static CLOCK_DURATION: LazyRx =
    LazyRx::new(|| re(&format!(r"(?i)\b(?P<n>{num})[\s-](?P<u>hours?|minutes?)\b", num = num_or_word())));
pub(super) static BARE_SEASON: LazyRx = LazyRx::new(|| {
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

pub(super) static MDY: LazyRx = LazyRx::new(|| {
    re(&format!(
        r"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?P<m>{MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?:(?:,\s*|\s+)(?P<y>\d{{4}})\b)?"
    ))
});
pub(super) static DMY: LazyRx = LazyRx::new(|| {
    re(&format!(
        r"\b(?:(?P<wd>{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?P<ord>st|nd|rd|th)?\s+(?P<of>of\s+)?(?P<m>{MONTH_RE})(?:,?\s+(?P<y>\d{{4}})\b)?"
    ))
});
pub(super) static ISO: LazyRx = LazyRx::new(|| re(r"\b(\d{4})-(\d{2})-(\d{2})\b"));
pub(super) static NUMERIC: LazyRx = LazyRx::new(|| re(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b"));
pub(super) static MONTH_YEAR: LazyRx =
    LazyRx::new(|| re(&format!(r"\b(?:(?:early|mid|late)[- ])?(?P<m>{MONTH_RE})(?:\s+of)?,?\s+(?P<y>\d{{4}})\b")));
pub(super) static MONTH_ALONE: LazyRx = LazyRx::new(|| {
    re(&format!(
        r"\b(?P<pre>{})(?P<sep>\s+|-)(?P<m>January|February|March|April|May|June|July|August|September|October|November|December)\b",
        MONTH_INTRODUCERS.join("|")
    ))
});
pub(super) static DECADE: LazyRx = LazyRx::new(|| re(r"\b(1[6-9]\d|20\d)0s\b|'(\d)0s\b"));
pub(super) static QUARTER: LazyRx = LazyRx::new(|| {
    re(
        r"\b(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)[ -]quarter(?:\s+of\s+(?P<y>\d{4}))?\b|\bQ(?P<qn>[1-4])(?:\s+(?P<y2>\d{4}))?\b",
    )
});
pub(super) static SEASON: LazyRx = LazyRx::new(|| {
    re(r"(?i)\b(?:(?P<rel>last|this|next)\s+)?(?P<s>spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?(?P<y>\d{4}))?\b")
});
pub(super) static FISCAL: LazyRx = LazyRx::new(|| re(r"\b[Ff]iscal(?:\s+[Yy]ear)?\s+(\d{4})\b|\bFY\s?(\d{4})\b"));
pub(super) static DAY_OF_MONTH: LazyRx =
    LazyRx::new(|| re(r"\b(?:on|by|until|since|On|By|Until|Since)\s+the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b"));
pub(super) static WEEKDAY_ALONE: LazyRx = LazyRx::new(|| {
    re(&format!(
        r"\b(?:(?P<rel>{})\s+)?(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
        WEEKDAY_RELATIVES.join("|")
    ))
});
pub(super) static RELATIVE_WORD: LazyRx = LazyRx::new(|| {
    re(
        r"(?i)\b(?:(?P<simple>today|yesterday|tomorrow|tonight)|(?P<el>earlier|later)\s+this\s+(?P<elu>week|month|year)|(?P<rel>this|last|next|past|coming)\s+(?P<u>week|month|year))\b",
    )
});
pub(super) static AGO: LazyRx = LazyRx::new(|| {
    re(&format!(
        r"(?i)\b(?P<n>{num})\s+(?P<u>days?|weeks?|months?|years?|decades?|centuries|century)\s+ago\b",
        num = num_or_word()
    ))
});
pub(super) static DURATION: LazyRx = LazyRx::new(|| {
    re(&format!(
        r"(?i)\b(?P<n>{num})(?P<sep>\s+|-)(?P<u>days?|weeks?|months?|years?|decades?|centuries|century)\b(?P<old>-old|\s+old)?",
        num = num_or_word()
    ))
});
pub(super) static REFS: LazyRx = LazyRx::new(|| {
    re(
        r"\b(?:(?P<present>currently|nowadays|[Nn]ow|(?i:at|the)\s+present)|(?P<past>recently|formerly|in\s+the\s+past)|(?P<future>in\s+the\s+future|soon))\b",
    )
});

pub(super) fn span_of(base: usize, c: &Caps, name: usize) -> Span {
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
pub(super) struct MdyGroups {
    pub(super) whole: Range<usize>,
    pub(super) weekday: Option<Range<usize>>,
    pub(super) month: Range<usize>,
    pub(super) day: Range<usize>,
    pub(super) year: Option<Range<usize>>,
}

impl MdyGroups {
    pub(super) fn captured(c: &Caps) -> MdyGroups {
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
    pub(super) fn read(text: &str, whole: Range<usize>) -> MdyGroups {
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
pub(super) struct WeekdayGroups {
    pub(super) whole: Range<usize>,
    pub(super) relative: Option<Range<usize>>,
    pub(super) weekday: Range<usize>,
    pub(super) part: Option<Range<usize>>,
}

impl WeekdayGroups {
    pub(super) fn captured(c: &Caps) -> WeekdayGroups {
        WeekdayGroups {
            whole: c.get(0).unwrap().range(),
            relative: c.name("rel").map(|g| g.range()),
            weekday: c.name("wd").unwrap().range(),
            part: c.name("part").map(|g| g.range()),
        }
    }

    /// The groups read back from a match: a first word that is no weekday is the relative
    /// word, and anything after the weekday is the part of the day.
    pub(super) fn read(text: &str, whole: Range<usize>) -> WeekdayGroups {
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
pub(super) fn weekday_starts(text: &str, triggers: &Triggers) -> Option<Vec<usize>> {
    let names = triggers.name_starts(Trigger::WEEKDAY)?;
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
