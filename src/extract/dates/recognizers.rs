//! The date recognizers: one function per kind of expression, each searching only the
//! sentences its trigger words mark, and the table the candidate scan walks.

use chrono::Weekday;

use super::mention::{Relative, Unit};
use super::patterns::*;
use super::written::{Cand, ClockUnit, DayPart, Season, TimeRef, Written};
use crate::extract::numwords;
use crate::extract::triggers::{Trigger, Triggers};
use crate::lexicon::{month_number, weekday};
use crate::rx::Caps;
use crate::span::Span;

/// A recognizer: pushes the candidates it finds in `text` onto the list.
type Recognizer = fn(&str, &Triggers, &mut Vec<Cand>);

/// Every recognizer, in the order their candidates are listed: of two candidates with the
/// same span, the one found first is kept.
const RECOGNIZERS: &[Recognizer] = &[
    month_day,
    day_month,
    iso,
    numeric,
    month_year,
    month_alone,
    decade,
    quarter,
    season,
    fiscal,
    day_of_month,
    weekday_alone,
    relative_word,
    ago,
    duration,
    day_range,
    day_part,
    weekend,
    half,
    set,
    clock_duration,
    bare_season,
    time_ref,
    year,
];

/// Run every recognizer over the checked text. Each searches only the sentences holding one
/// of its words ("ago", a month); one an article never needs is never even compiled.
pub(super) fn candidates(text: &str, triggers: &Triggers) -> Vec<Cand> {
    let mut out = Vec::new();
    for recognize in RECOGNIZERS {
        recognize(text, triggers, &mut out);
    }
    out
}

/// "[Thursday, ]Sept. 18[, 2025]": every match opens with a weekday or a month name.
fn month_day(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    let mdy_ranges = triggers.ranges(Trigger::MONTH_DAY);
    let mdy: Vec<MdyGroups> = match triggers.name_starts(Trigger::MONTH | Trigger::WEEKDAY) {
        Some(names) => MDY.find_at(text, &mdy_ranges, names).map(|m| MdyGroups::read(text, m)).collect(),
        None => MDY.captures_in(text, &mdy_ranges).map(|c| MdyGroups::captured(&c)).collect(),
    };
    for mut g in mdy {
        if g.weekday.as_ref().is_some_and(|w| !weekday_joins(text, w.end, g.month.start)) {
            g.weekday = None;
            g.whole.start = g.month.start;
        }
        let Some(month) = month_number(&text[g.month.clone()]) else { continue };
        let day: u32 = text[g.day.clone()].parse().unwrap_or(0);
        // "May 2" followed by ":30" is a time; "March 5-7" keeps just the first day.
        let end = g.whole.end;
        if g.year.is_none()
            && (text[end..].starts_with(':') && text[end + 1..].starts_with(|ch: char| ch.is_ascii_digit())
                || figure_continues(&text[end..]))
        {
            continue;
        }
        // "the Sept. 11 attacks" names an event, not a day of this year.
        let after = text[end..].trim_start();
        // "In June 14 ferries were cancelled": a number after "in <Month>" and before a word
        // counts something; "in" takes a month, not a day. A row of a price table is no date.
        if g.year.is_none()
            && g.weekday.is_none()
            && (counted_after_in_month(text, g.month.start, end) || in_table_row(text, g.whole.start, end))
        {
            continue;
        }
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
}

/// The weekday group of a match, with its span.
fn weekday_of(c: &Caps) -> Option<(Weekday, Span)> {
    c.name("wd").and_then(|m| weekday(m.as_str()).map(|w| (w, Span::new(m.start(), m.end()))))
}

/// "18 September 2025", "the 18th of September".
fn day_month(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    let ranges = triggers.ranges(Trigger::MONTH_NUMBER_BEFORE);
    for c in DMY.captures_from(text, &ranges, dmy_starts(text, triggers, &ranges)) {
        let Some(month) = month_number(&c["m"]) else { continue };
        // "the 18 of September" needs the ordinal; "5 March" without "the" is fine.
        if c.name("of").is_some() && c.name("ord").is_none() {
            continue;
        }
        let day: u32 = c["d"].parse().unwrap_or(0);
        let whole = c.get(0).unwrap();
        // "until 23:59 Jan. 4": the minutes of a clock time are not a day; nor is a number in a
        // price table ("RSS3 40 June 212.50").
        let d = c.name("d").unwrap();
        let before_day = &text[..d.start()];
        if (before_day.ends_with(':') && before_day[..before_day.len() - 1].ends_with(|ch: char| ch.is_ascii_digit()))
            || (c.name("y").is_none() && c.name("wd").is_none() && in_table_row(text, d.start(), whole.end()))
        {
            continue;
        }
        let mut start = whole.start();
        let mut wd = weekday_of(&c);
        if c.name("wd").is_some_and(|w| !weekday_joins(text, w.end(), d.start())) {
            wd = None;
            start = text[..d.start()].trim_end().len();
            start = if text[..start].ends_with("the") { start - 3 } else { d.start() };
        }
        if text[start..].starts_with("the ") && wd.is_none() {
            start += 4;
        }
        let year = c.name("y").map(|y| (y.as_str().parse().unwrap_or(0), Span::new(y.start(), y.end())));
        out.push(Cand {
            span: Span::new(start, whole.end()),
            written: Written::Calendar { year, month, day: Some(day), weekday: wd },
        });
    }
}

/// "2025-09-18".
fn iso(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in ISO.captures_in(text, &triggers.ranges(Trigger::JOINED_DIGITS)) {
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
}

/// "9/18/2025", month first as in U.S. copy; day first ("19/03/2008") when the text writes
/// some numeric date that only reads day first and none that only reads month first.
fn numeric(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    let found: Vec<_> = NUMERIC
        .captures_in(text, &triggers.ranges(Trigger::JOINED_DIGITS))
        .map(|c| {
            let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
            (span_of(0, &c, 0), a, b, c[3].parse().unwrap_or(0), span_of(0, &c, 3))
        })
        .collect();
    let only_day_first = |&(_, a, b, _, _): &(Span, u32, u32, i32, Span)| a > 12 && (1..=12).contains(&b);
    let only_month_first = |&(_, a, b, _, _): &(Span, u32, u32, i32, Span)| b > 12 && (1..=12).contains(&a);
    let day_first = found.iter().any(only_day_first) && !found.iter().any(only_month_first);
    for (span, a, b, y, year_span) in found {
        let (month, day) = if day_first { (b, a) } else { (a, b) };
        out.push(Cand {
            span,
            written: Written::Calendar { year: Some((y, year_span)), month, day: Some(day), weekday: None },
        });
    }
}

/// "July 2021", "late September of 2024".
fn month_year(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    let ranges = triggers.ranges(Trigger::MONTH_YEAR);
    for c in MONTH_YEAR.captures_from(text, &ranges, month_year_starts(text, triggers, &ranges)) {
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
}

/// "in July", "mid-July".
fn month_alone(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    let ranges = triggers.ranges(Trigger::MONTH_INTRODUCED);
    for c in MONTH_ALONE.captures_from(text, &ranges, month_alone_starts(text, triggers, &ranges)) {
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
}

/// "the 1990s", "the '90s".
fn decade(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in DECADE.captures_in(text, &triggers.ranges(Trigger::SUFFIXED)) {
        let whole = c.get(0).unwrap();
        let decade = match (c.get(1), c.get(2)) {
            (Some(d), _) => d.as_str().parse().unwrap_or(0),
            (None, Some(d)) => 190 + d.as_str().parse::<i32>().unwrap_or(0),
            _ => continue,
        };
        out.push(Cand { span: Span::new(whole.start(), whole.end()), written: Written::Decade(decade) });
    }
}

/// "the fourth quarter of 2024", "Q3 2025".
fn quarter(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in QUARTER.captures_in(text, &triggers.ranges(Trigger::QUARTER)) {
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
}

/// "last spring", "summer 2023", "the fall of 2024".
fn season(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in SEASON.captures_in(text, &triggers.ranges(Trigger::SEASON)) {
        let season = match c["s"].to_lowercase().as_str() {
            "spring" => Season::Spring,
            "summer" => Season::Summer,
            "fall" | "autumn" => Season::Fall,
            _ => Season::Winter,
        };
        let year = c.name("y").and_then(|y| y.as_str().parse().ok());
        let shift = match c.name("rel").map(|m| m.as_str().to_lowercase()) {
            Some(r) if r == "last" => -1,
            Some(r) if r == "next" => 1,
            Some(_) => 0,
            None if year.is_none() => continue, // a bare "fall" is usually the verb
            None => 0,
        };
        out.push(Cand { span: span_of(0, &c, 0), written: Written::Season { season, year, shift: Some(shift) } });
    }
}

/// "fiscal 2024", "FY2025".
fn fiscal(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in FISCAL.captures_in(text, &triggers.ranges(Trigger::FISCAL)) {
        let y = c.get(1).or(c.get(2)).and_then(|m| m.as_str().parse().ok()).unwrap_or(0);
        out.push(Cand { span: span_of(0, &c, 0), written: Written::Fiscal(y) });
    }
}

/// "on the 18th".
fn day_of_month(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in DAY_OF_MONTH.captures_in(text, &triggers.ranges(Trigger::SUFFIXED)) {
        let d = c.name("d").unwrap();
        let whole = c.get(0).unwrap();
        let the = whole.as_str().find("the").unwrap_or(0);
        out.push(Cand {
            span: Span::new(whole.start() + the, whole.end()),
            written: Written::DayOfMonth(d.as_str().parse().unwrap_or(0)),
        });
    }
}

/// "on Thursday", "last Friday", "Monday night".
fn weekday_alone(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    let weekday_ranges = triggers.ranges(Trigger::WEEKDAY);
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
        let part = g.part.map(|p| DayPart::of(&text[p]));
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
}

/// "yesterday", "tonight", "last week", "earlier this year".
fn relative_word(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in RELATIVE_WORD.captures_in(text, &triggers.ranges(Trigger::RELATIVE)) {
        let written = if let Some(s) = c.name("simple") {
            match s.as_str().to_lowercase().as_str() {
                "today" => Written::Rel { rel: Relative::Today, shift: 0 },
                "yesterday" => Written::Rel { rel: Relative::Yesterday, shift: -1 },
                "tomorrow" => Written::Rel { rel: Relative::Tomorrow, shift: 1 },
                _ => Written::Tonight,
            }
        } else if let Some(u) = c.name("elu") {
            let rel = match u.as_str().to_lowercase().as_str() {
                "week" => Relative::ThisWeek,
                "month" => Relative::ThisMonth,
                _ => Relative::ThisYear,
            };
            Written::Rel { rel, shift: 0 }
        } else {
            let shift = match c["rel"].to_lowercase().as_str() {
                "last" | "past" => -1,
                "next" | "coming" => 1,
                _ => 0,
            };
            let rel = match (c["u"].to_lowercase().as_str(), shift) {
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
            Written::Rel { rel, shift }
        };
        out.push(Cand { span: span_of(0, &c, 0), written });
    }
}

/// "two days ago", "a decade ago".
fn ago(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in AGO.captures_in(text, &triggers.ranges(Trigger::AGO)) {
        let Some(amount) = amount_of(&c["n"]) else { continue };
        let Some(unit) = Unit::parse(&c["u"]) else { continue };
        out.push(Cand { span: span_of(0, &c, 0), written: Written::Ago { amount, unit } });
    }
}

/// "four years", "the 20-year war", "half a century"; not ages ("38-year-old").
fn duration(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in DURATION.captures_in(text, &triggers.ranges(Trigger::UNIT)) {
        if c.name("old").is_some() {
            continue; // an age ("38-year-old"), not a span of time
        }
        let n = &c["n"];
        if matches!(n.to_lowercase().as_str(), "a" | "an") && &c["sep"] == "-" {
            continue;
        }
        let Some(mut amount) = amount_of(n) else { continue };
        let Some(unit) = Unit::parse(&c["u"]) else { continue };
        let whole = c.get(0).unwrap();
        let mut start = whole.start();
        // "half a century" is fifty years.
        let before = &text[..whole.start()];
        if matches!(n.to_lowercase().as_str(), "a" | "an")
            && crate::lexicon::ends_with_ignoring_case(before.trim_end(), "half")
        {
            amount = 0.5;
            start = before.trim_end().len() - 4;
        }
        // "the past two years" / "four years" keep only number and unit.
        out.push(Cand { span: Span::new(start, whole.end()), written: Written::Duration { amount, unit } });
    }
}

/// The last day of "May 5-7, 2025": the first is read by `month_day`.
fn day_range(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    let ranges = triggers.ranges(Trigger::MONTH_DAY_RANGE);
    for c in DAY_RANGE.captures_from(text, &ranges, day_range_starts(text, triggers, &ranges)) {
        let Some(month) = month_number(&c["m"]) else { continue };
        let d2 = c.name("d2").unwrap();
        let year = c.name("y").map(|y| (y.as_str().parse().unwrap_or(0), Span::new(y.start(), y.end())));
        let end = c.name("y").map_or(d2.end(), |y| y.end());
        let day: u32 = d2.as_str().parse().unwrap_or(0);
        // "31 and 79 mln dlrs": the second number is an amount, not a day.
        if c.name("y").is_none() && figure_continues(&text[d2.end()..]) {
            continue;
        }
        out.push(Cand {
            span: Span::new(d2.start(), end),
            written: Written::Calendar { year, month, day: Some(day), weekday: None },
        });
    }
}

/// "this morning", "last night".
fn day_part(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in DAY_PART.captures_in(text, &triggers.ranges(Trigger::DAY_PART_NAMED)) {
        let (shift, part) = match (c.name("part"), c.name("lpart")) {
            (Some(p), _) => (0, p.as_str()),
            (None, Some(p)) => (-1, p.as_str()),
            _ => continue,
        };
        let part = DayPart::of(part.to_lowercase().as_str());
        out.push(Cand { span: span_of(0, &c, 0), written: Written::DayPart { shift, part } });
    }
}

/// "this weekend", "the weekend".
fn weekend(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in WEEKEND.captures_in(text, &triggers.ranges(Trigger::WEEKEND)) {
        let shift = match c.name("rel").map(|m| m.as_str().to_lowercase()) {
            Some(r) if r == "last" || r == "past" => Some(-1),
            Some(r) if r == "next" || r == "coming" => Some(1),
            Some(_) => Some(0),
            None => None, // "the weekend": by tense
        };
        let whole = c.get(0).unwrap();
        let start = if c.name("rel").is_none() { whole.end() - "weekend".len() } else { whole.start() };
        out.push(Cand { span: Span::new(start, whole.end()), written: Written::Weekend { shift } });
    }
}

/// "the first half of 2028".
fn half(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in HALF.captures_in(text, &triggers.ranges(Trigger::HALF)) {
        let h = if c["h"].eq_ignore_ascii_case("first") { 1 } else { 2 };
        out.push(Cand { span: span_of(0, &c, 0), written: Written::Half { h, year: c["y"].parse().unwrap_or(0) } });
    }
}

/// "every Monday", "annually", "every 19 months".
fn set(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in SET.captures_in(text, &triggers.ranges(Trigger::SET)) {
        let v = if let Some(wd) = c.name("wd") {
            format!("XXXX-WXX-{}", weekday(wd.as_str()).map_or(1, |w| w.number_from_monday()))
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
}

/// "20 minutes", "48 hours".
fn clock_duration(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in CLOCK_DURATION.captures_in(text, &triggers.ranges(Trigger::CLOCK)) {
        let Some(amount) = amount_of(&c["n"]) else { continue };
        let unit = if c["u"].to_lowercase().starts_with('h') { ClockUnit::Hour } else { ClockUnit::Minute };
        out.push(Cand { span: span_of(0, &c, 0), written: Written::ClockDuration { amount, unit } });
    }
}

/// "in the spring", "during winter": a season without a year, placed by tense.
fn bare_season(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in BARE_SEASON.captures_in(text, &triggers.ranges(Trigger::SEASON)) {
        let s = c.name("s").unwrap();
        let season = match s.as_str() {
            "spring" => Season::Spring,
            "summer" => Season::Summer,
            "autumn" => Season::Fall,
            _ => Season::Winter,
        };
        out.push(Cand {
            span: Span::new(s.start(), s.end()),
            written: Written::Season { season, year: None, shift: None },
        });
    }
}

/// "currently", "recently", "in the future".
fn time_ref(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for c in REFS.captures_in(text, &triggers.ranges(Trigger::REF)) {
        let r = if c.name("present").is_some() {
            TimeRef::Present
        } else if c.name("past").is_some() {
            TimeRef::Past
        } else {
            TimeRef::Future
        };
        let whole = c.get(0).unwrap();
        // "at present" is written as "present" in TIMEX3 extents.
        let start = whole
            .as_str()
            .rfind(' ')
            .filter(|_| r == TimeRef::Present)
            .map_or(whole.start(), |i| whole.start() + i + 1);
        out.push(Cand { span: Span::new(start, whole.end()), written: Written::Ref(r) });
    }
}

/// A four-digit year standing alone: "in 2001".
fn year(text: &str, triggers: &Triggers, out: &mut Vec<Cand>) {
    for m in crate::extract::digits::years(text, &triggers.ranges(Trigger::YEAR4)) {
        if !looks_like_year(text, m.start, m.end) {
            continue;
        }
        let year = text[m.clone()].parse().unwrap_or(0);
        out.push(Cand { span: Span::new(m.start, m.end), written: Written::Year(year) });
    }
}

/// Whether a weekday ending at `wd_end` belongs to the date starting at `next`. Across a line
/// break only when the weekday is written as a date's weekday, with its comma, and no blank
/// line intervenes: a headline ending "... until Friday" over a date line is not "Friday,
/// March 3".
fn weekday_joins(text: &str, wd_end: usize, next: usize) -> bool {
    let between = &text[wd_end..next];
    if !between.contains(['\n', '\r']) {
        return true;
    }
    let blank_line = between.split('\n').skip(1).count() > 1;
    between.starts_with(',') && !blank_line
}

/// "In June 14 ferries were cancelled": the month follows "in", "during" or "throughout" (which
/// take a month, not a day: a day is "on June 14"), or closes a range of months ("between
/// January and June"), and the number runs on into a word, so the number counts the word.
/// `month` is where the month name starts, `end` where the number ends.
fn counted_after_in_month(text: &str, month: usize, end: usize) -> bool {
    let before = text[..month].trim_end();
    let mut words = before.split_whitespace().rev().map(|w| w.trim_end_matches(','));
    let prev = words.next().unwrap_or("").to_lowercase();
    let takes_month = match prev.as_str() {
        "in" | "during" | "throughout" => true,
        // "January and June 41 sailings": the word before the joiner is a month, not a day.
        "and" | "to" | "through" | "until" | "till" => words.next().and_then(month_number).is_some(),
        _ => false,
    };
    if !takes_month {
        return false;
    }
    let rest = &text[end..];
    let next: String = rest.strip_prefix(' ').unwrap_or("").chars().take_while(|ch| ch.is_alphabetic()).collect();
    next.starts_with(|ch: char| ch.is_lowercase())
        && !matches!(next.as_str(), "and" | "or" | "to" | "through" | "until" | "till" | "st" | "nd" | "rd" | "th")
}

/// Whether `start..end` (a day and a month in either order) sits in a row of a table of
/// figures: a code or a number right before it ("RSS3 40 June"), or a decimal figure right
/// after it ("40 June 212.50"). Written dates stand in sentences, not between figures.
fn in_table_row(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    let prev = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let code_before = before.len() < start
        && !prev.is_empty()
        && prev.chars().any(|ch| ch.is_ascii_digit())
        && prev.chars().all(|ch| ch.is_alphanumeric() || matches!(ch, '.' | '-' | '/'));
    let after = text[end..].trim_start_matches([' ', '\t']);
    let next = after.split(char::is_whitespace).next().unwrap_or("");
    let figure_after = after.len() < text.len() - end
        && next.contains('.')
        && next.trim_end_matches('.').contains('.')
        && next.chars().all(|ch| ch.is_ascii_digit() || matches!(ch, '.' | ','));
    code_before || figure_after
}

/// Whether the number just before `after` goes on as a figure rather than ending a day: a
/// decimal part ("Mar 48.0", "January 51.46 billion") or a scale or percent word ("79 mln").
fn figure_continues(after: &str) -> bool {
    let mut chars = after.chars();
    if chars.next() == Some('.') && chars.next().is_some_and(|ch| ch.is_ascii_digit()) {
        return true;
    }
    let next = after.trim_start_matches([' ', '\t']).split(|ch: char| !ch.is_alphanumeric() && ch != '%').next();
    let next = next.unwrap_or("").to_ascii_lowercase();
    matches!(
        next.as_str(),
        "mln" | "million" | "bln" | "billion" | "bn" | "trillion" | "thousand" | "pct" | "percent" | "%"
    )
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
    let start = text[..at].rfind(['.', '\n']).map_or(0, |i| i + 1);
    let end = text[at..].find(['.', '\n']).map_or(text.len(), |i| at + i);
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
