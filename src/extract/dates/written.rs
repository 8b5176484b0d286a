//! What a recognizer read, before resolution against the dateline.

use chrono::Weekday;

use super::mention::{Relative, Unit};
use crate::span::Span;

/// A season, as TIMEX3 writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Season {
    Spring,
    Summer,
    Fall,
    Winter,
}

impl Season {
    pub(super) fn timex(self) -> &'static str {
        match self {
            Season::Spring => "SP",
            Season::Summer => "SU",
            Season::Fall => "FA",
            Season::Winter => "WI",
        }
    }

    /// The month it starts in, which places a bare season in a year as a month name would be.
    pub(super) fn start_month(self) -> u32 {
        match self {
            Season::Spring => 3,
            Season::Summer => 6,
            Season::Fall => 9,
            Season::Winter => 12,
        }
    }
}

/// A part of the day, as TIMEX3 writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum DayPart {
    Morning,
    Afternoon,
    Evening,
    Night,
}

impl DayPart {
    /// The part a lower-case word names; any word but morning, afternoon and evening is night.
    pub(super) fn of(word: &str) -> DayPart {
        match word {
            "morning" => DayPart::Morning,
            "afternoon" => DayPart::Afternoon,
            "evening" => DayPart::Evening,
            _ => DayPart::Night,
        }
    }

    pub(super) fn timex(self) -> &'static str {
        match self {
            DayPart::Morning => "MO",
            DayPart::Afternoon => "AF",
            DayPart::Evening => "EV",
            DayPart::Night => "NI",
        }
    }
}

/// PRESENT_REF / PAST_REF / FUTURE_REF.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TimeRef {
    Present,
    Past,
    Future,
}

impl TimeRef {
    pub(super) fn timex(self) -> &'static str {
        match self {
            TimeRef::Present => "PRESENT_REF",
            TimeRef::Past => "PAST_REF",
            TimeRef::Future => "FUTURE_REF",
        }
    }
}

/// The unit of a time-of-day duration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ClockUnit {
    Hour,
    Minute,
}

impl ClockUnit {
    pub(super) fn timex(self) -> &'static str {
        match self {
            ClockUnit::Hour => "H",
            ClockUnit::Minute => "M",
        }
    }
}

/// A candidate before resolution: what was written.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Written {
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
    /// `shift` is the years from the dateline's ("last spring" -1); `None` for a bare season,
    /// placed by tense.
    Season {
        season: Season,
        year: Option<i32>,
        shift: Option<i32>,
    },
    Fiscal(i32),
    DayOfMonth(u32),
    /// `shift`: -1 for "last", 1 for "next", else 0 (the tense decides).
    WeekdayOnly {
        wd: Weekday,
        part: Option<DayPart>,
        shift: i32,
    },
    /// "yesterday", "next week": `shift` days, weeks, months or years from the dateline.
    Rel {
        rel: Relative,
        shift: i32,
    },
    Tonight,
    Ago {
        amount: f64,
        unit: Unit,
    },
    Duration {
        amount: f64,
        unit: Unit,
    },
    Ref(TimeRef),
    /// "this morning", "last night": a day and a part of it.
    DayPart {
        shift: i64,
        part: DayPart,
    },
    /// "the weekend", "this weekend": `shift` weeks from the dateline's, or `None` for "the
    /// weekend", placed by tense.
    Weekend {
        shift: Option<i32>,
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
        unit: ClockUnit,
    },
}

#[derive(Debug, PartialEq)]
pub(super) struct Cand {
    pub(super) span: Span,
    pub(super) written: Written,
}
