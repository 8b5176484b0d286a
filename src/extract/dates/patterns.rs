//! The patterns of the date recognizers, and readers of their groups that spare a capture
//! pass where most matches are.

use std::ops::Range;

use crate::lexicon::{month_name, month_number, weekday, weekday_name};
use crate::rx::{builtin, Caps, LazyRx};
use crate::span::Span;

use crate::extract::triggers::{Trigger, Triggers};
use crate::extract::vocab::{MONTH_INTRODUCERS, WEEKDAY_RELATIVES};

// The recognizers; their patterns are in `rx::patterns` (build.rs compiles them).
pub(super) static SHARED_YEAR: LazyRx = LazyRx::builtin(&builtin::DATE_SHARED_YEAR);
pub(super) static DAY_RANGE: LazyRx = LazyRx::builtin(&builtin::DATE_DAY_RANGE);
pub(super) static DAY_PART: LazyRx = LazyRx::builtin(&builtin::DATE_DAY_PART);
pub(super) static WEEKEND: LazyRx = LazyRx::builtin(&builtin::DATE_WEEKEND);
pub(super) static HALF: LazyRx = LazyRx::builtin(&builtin::DATE_HALF);
pub(super) static SET: LazyRx = LazyRx::builtin(&builtin::DATE_SET);
pub(super) static CLOCK_DURATION: LazyRx = LazyRx::builtin(&builtin::DATE_CLOCK_DURATION);
pub(super) static BARE_SEASON: LazyRx = LazyRx::builtin(&builtin::DATE_BARE_SEASON);
pub(super) static MDY: LazyRx = LazyRx::builtin(&builtin::DATE_MDY);
pub(super) static DMY: LazyRx = LazyRx::builtin(&builtin::DATE_DMY);
pub(super) static ISO: LazyRx = LazyRx::builtin(&builtin::DATE_ISO);
pub(super) static NUMERIC: LazyRx = LazyRx::builtin(&builtin::DATE_NUMERIC);
pub(super) static MONTH_YEAR: LazyRx = LazyRx::builtin(&builtin::DATE_MONTH_YEAR);
pub(super) static MONTH_ALONE: LazyRx = LazyRx::builtin(&builtin::DATE_MONTH_ALONE);
pub(super) static DECADE: LazyRx = LazyRx::builtin(&builtin::DATE_DECADE);
pub(super) static QUARTER: LazyRx = LazyRx::builtin(&builtin::DATE_QUARTER);
pub(super) static SEASON: LazyRx = LazyRx::builtin(&builtin::DATE_SEASON);
pub(super) static FISCAL: LazyRx = LazyRx::builtin(&builtin::DATE_FISCAL);
pub(super) static DAY_OF_MONTH: LazyRx = LazyRx::builtin(&builtin::DATE_DAY_OF_MONTH);
pub(super) static WEEKDAY_ALONE: LazyRx = LazyRx::builtin(&builtin::DATE_WEEKDAY_ALONE);
pub(super) static RELATIVE_WORD: LazyRx = LazyRx::builtin(&builtin::DATE_RELATIVE_WORD);
pub(super) static AGO: LazyRx = LazyRx::builtin(&builtin::DATE_AGO);
pub(super) static DURATION: LazyRx = LazyRx::builtin(&builtin::DATE_DURATION);
pub(super) static REFS: LazyRx = LazyRx::builtin(&builtin::DATE_REFS);

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

/// Where a match opening at a month name or at a word before it can start: each month name
/// inside one of `ranges` (sorted, disjoint), and for each the starts `before(text, name)`
/// pushes. `None` when the triggers search whole ranges.
fn month_starts(
    text: &str,
    triggers: &Triggers,
    ranges: &[Range<usize>],
    before: impl Fn(&str, usize, &mut Vec<usize>),
) -> Option<Vec<usize>> {
    if ranges.is_empty() {
        // Nothing is searched either way.
        return Some(Vec::new());
    }
    let names = triggers.name_starts(Trigger::MONTH)?;
    let mut out = Vec::new();
    let mut range = 0;
    // Names outside the ranges are never searched from: no starts for them.
    for at in names {
        while range < ranges.len() && ranges[range].end <= at {
            range += 1;
        }
        let Some(r) = ranges.get(range) else { break };
        if at >= r.start {
            before(text, at, &mut out);
            out.push(at);
        }
    }
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// Where a month-year match can start (`DATE_MONTH_YEAR`): at the month name, or at "early",
/// "mid" or "late" joined to it by a hyphen or a space.
pub(super) fn month_year_starts(text: &str, triggers: &Triggers, ranges: &[Range<usize>]) -> Option<Vec<usize>> {
    month_starts(text, triggers, ranges, |text, at, out| {
        let before = &text[..at];
        for prefix in ["early-", "early ", "mid-", "mid ", "late-", "late "] {
            if before.ends_with(prefix) {
                out.push(at - prefix.len());
            }
        }
    })
}

/// Where a month-alone match can start (`DATE_MONTH_ALONE`): at an introducer ending right
/// before the month's hyphen or the whitespace before it ("in July", "mid-July").
pub(super) fn month_alone_starts(text: &str, triggers: &Triggers, ranges: &[Range<usize>]) -> Option<Vec<usize>> {
    month_starts(text, triggers, ranges, |text, at, out| {
        let before = &text[..at];
        let spaced = before.trim_end();
        let ends = [before.strip_suffix('-').map(str::len), (spaced.len() < at).then_some(spaced.len())];
        for end in ends.into_iter().flatten() {
            // Every introducer ends in a letter: most words before a month are ruled out by it.
            let Some(&last) = text.as_bytes()[..end].last() else { continue };
            for word in MONTH_INTRODUCERS {
                if word.as_bytes().last() == Some(&last) && text[..end].ends_with(word) {
                    out.push(end - word.len());
                }
            }
        }
    })
}

/// Where a day-month match can start (`DATE_DMY`): at a weekday name, or at the day's one or
/// two digits (after "the") before the whitespace before a month name, or before "of" there.
pub(super) fn dmy_starts(text: &str, triggers: &Triggers, ranges: &[Range<usize>]) -> Option<Vec<usize>> {
    let mut weekdays = triggers.name_starts(Trigger::WEEKDAY)?;
    let mut out = month_starts(text, triggers, ranges, |text, at, out| {
        // Where the word before the whitespace ending at `at` ends, if whitespace ends there.
        let word_end = |at: usize| Some(text[..at].trim_end().len()).filter(|&e| e < at);
        let Some(spaced) = word_end(at) else { return };
        let of = text[..spaced].strip_suffix("of").and_then(|b| word_end(b.len()));
        for end in std::iter::once(spaced).chain(of) {
            let suffixed = ["st", "nd", "rd", "th"].iter().find_map(|s| text[..end].strip_suffix(s)).map(str::len);
            for digits_end in std::iter::once(end).chain(suffixed) {
                let digits = text.as_bytes()[..digits_end].iter().rev().take(2).take_while(|b| b.is_ascii_digit());
                for day in (1..=digits.count()).map(|n| digits_end - n) {
                    out.push(day);
                    if let Some(the) = word_end(day).and_then(|e| text[..e].strip_suffix("the")) {
                        out.push(the.len());
                    }
                }
            }
        }
    })?;
    out.append(&mut weekdays);
    out.sort_unstable();
    out.dedup();
    Some(out)
}

/// Where a day-range match can start (`DATE_DAY_RANGE`): at a month name.
pub(super) fn day_range_starts(text: &str, triggers: &Triggers, ranges: &[Range<usize>]) -> Option<Vec<usize>> {
    month_starts(text, triggers, ranges, |_, _, _| {})
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rx::guard;

    #[test]
    fn every_pattern_says_its_classes_in_ascii() {
        let found = guard::walk(&[
            ("SHARED_YEAR", &SHARED_YEAR),
            ("DAY_RANGE", &DAY_RANGE),
            ("DAY_PART", &DAY_PART),
            ("WEEKEND", &WEEKEND),
            ("HALF", &HALF),
            ("SET", &SET),
            ("CLOCK_DURATION", &CLOCK_DURATION),
            ("BARE_SEASON", &BARE_SEASON),
            ("MDY", &MDY),
            ("DMY", &DMY),
            ("ISO", &ISO),
            ("NUMERIC", &NUMERIC),
            ("MONTH_YEAR", &MONTH_YEAR),
            ("MONTH_ALONE", &MONTH_ALONE),
            ("DECADE", &DECADE),
            ("QUARTER", &QUARTER),
            ("SEASON", &SEASON),
            ("FISCAL", &FISCAL),
            ("DAY_OF_MONTH", &DAY_OF_MONTH),
            ("WEEKDAY_ALONE", &WEEKDAY_ALONE),
            ("RELATIVE_WORD", &RELATIVE_WORD),
            ("AGO", &AGO),
            ("DURATION", &DURATION),
            ("REFS", &REFS),
        ]);
        // What each finds in `guard::TRICKY`, as when `Rx::new` rewrote `\b` and `\d` itself.
        assert_eq!(
            found,
            [
                "DAY_PART 4: this morning",
                "WEEKEND 4: last weekend",
                "BARE_SEASON 4: in the spring",
                "MDY 0: May 3 | May 3",
                "MDY 5: Sept. 19, 2025 | Monday, May 3, 2025",
                "ISO 0: 2025-01-02",
                "ISO 5: 2025-09-19",
                "NUMERIC 0: 5/6/2025",
                "MONTH_ALONE 0: and May",
                "DECADE 2: 1990s | 1990s",
                "QUARTER 3: Q3 | Q3 2025",
                "SEASON 4: spring | spring",
                "FISCAL 3: FY 2025",
                "DAY_OF_MONTH 3: by the 3rd",
                "WEEKDAY_ALONE 5: Monday",
                "RELATIVE_WORD 4: yesterday",
                "AGO 2: three days ago",
                "DURATION 2: three days | 3 days | 10-year-old",
                "REFS 4: now",
            ]
        );
    }
}
