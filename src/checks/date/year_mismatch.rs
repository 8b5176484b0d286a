//! date.year-mismatch: a full date whose year contradicts the dateline for the same event.
//!
//! What licenses a finding: a full date whose year is near the dateline's but not it, and
//! evidence that it means the dateline-year day: a relative word in its sentence naming that
//! day, or the same month and day written elsewhere in a sentence about the same event (two or
//! more shared content words, month and weekday names not counted, at least one a common word
//! rather than a name). Nothing is licensed when either sentence states a distance in years
//! ("a year to the day after", "two years after", "anniversary", "ago"): an anniversary falls
//! on the same month and day in another year by design.
//!
//! Confidence: high for a relative word in the date's own sentence ("yesterday, Sept. 18,
//! 2024"); medium for the same month and day in another sentence that shares words with it.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use crate::calendar::long_date;
use crate::calendar::nearest_year;
use crate::checks::context::{Ctx, Hit};
use crate::checks::fixes;
use crate::extract::{words::content_words, DateKind, DateMention, Relative, Unit};
use crate::finding::{Confidence, Related};
use crate::rules::YearMismatchSettings;

/// Content words shared by two sentences: a cheap sign that they describe the same event.
/// Month and weekday names are dates, not topics, and are left out; the words are kept only
/// when at least one of them is written in lower case in either sentence (a common noun or a
/// verb), since two sentences tied only by a name (a place, an institution) may tell two
/// different things that happened there.
fn shared_words(ctx: &Ctx, a: usize, b: usize) -> Vec<String> {
    let (ta, tb) = (ctx.text(ctx.article.sentences[a].span), ctx.text(ctx.article.sentences[b].span));
    let sb = content_words(tb);
    let mut shared: Vec<String> = content_words(ta)
        .into_iter()
        .filter(|w| sb.contains(w) && !names_a_date(w) && !SCHEDULE_WORDS.contains(&w.as_str()))
        .collect();
    shared.sort();
    shared.dedup();
    let lower_in = |t: &str, w: &str| t.split(|c: char| !(c.is_alphanumeric() || c == '\'')).any(|x| x == w);
    if !shared.iter().any(|w| lower_in(ta, w) || lower_in(tb, w)) {
        return vec![];
    }
    shared
}

/// Words that say when anything happens, not what: "takes effect July 1" is said of a budget
/// and of a tax limit alike, so sharing them does not make two dates one event.
#[rustfmt::skip]
const SCHEDULE_WORDS: &[&str] = &[
    "take", "takes", "took", "taken", "taking", "effect", "effective", "begin", "begins", "began", "beginning",
    "start", "starts", "started", "starting", "scheduled", "due", "expected", "set", "end", "ends", "ended",
];

/// A month or weekday name, in lower case ("feb", "february", "monday").
fn names_a_date(w: &str) -> bool {
    let mut c = w.chars();
    let cap: String = c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default();
    crate::lexicon::month_number(&cap).is_some() || crate::lexicon::weekday(&cap).is_some()
}

/// Whether a sentence states a distance in years from another event: "a year to the day after",
/// "on its anniversary", "two years after the ferry sank", "one year since", "five years ago".
/// The same month and day in another year is then what the sentence means.
fn states_distance(ctx: &Ctx, index: &DateIndex, s: usize) -> bool {
    let sentence_text = ctx.text(ctx.article.sentences[s].span).to_lowercase();
    if sentence_text.contains("anniversary") || sentence_text.contains("to the day") {
        return true;
    }
    index.in_sentence(s).iter().any(|o| {
        o.relative == Some(Relative::Ago)
            || (o.kind == DateKind::Duration
                && matches!(o.unit, Some(Unit::Year | Unit::Decade))
                && crate::checks::window::words_after(ctx, s, o.span.end, 1)
                    .first()
                    .is_some_and(|w| matches!(&**w, "after" | "since" | "ago" | "later" | "on")))
    })
}

/// A relative expression that covers a day ("this week" covers the days of the dateline's week).
fn covers(rel: &DateMention, day: NaiveDate, dct: NaiveDate) -> bool {
    if let Some(d) = rel.date {
        return d == day;
    }
    match rel.relative {
        Some(Relative::ThisWeek) => day.iso_week() == dct.iso_week(),
        Some(Relative::ThisMonth) => day.year() == dct.year() && day.month() == dct.month(),
        _ => false,
    }
}

/// How far a stated year may be from the dateline's and still be read as a slip. Historical
/// dates are usually much older; a stale or mistyped year is close.
const DEFAULT_MAX_YEAR_GAP: i64 = 10;

pub(crate) fn check(ctx: &Ctx, settings: &YearMismatchSettings) -> Vec<Hit> {
    let Some(dct) = ctx.article.dateline_date() else { return vec![] };
    let gap = settings.max_year_gap.unwrap_or(DEFAULT_MAX_YEAR_GAP);
    let index = DateIndex::new(ctx);
    let mut out = Vec::new();
    for d in &ctx.m.dates {
        let Some((y, target)) = slipped_year(ctx, &index, d, dct, gap) else { continue };
        let Some((evidence, related)) = evidence(ctx, &index, d, y, target, dct) else { continue };
        // A relative word in the date's own sentence is high; the same day in another sentence
        // about the same event (shared words) is medium.
        let own_sentence = ctx.article.sentence_at(related.span.start) == Some(d.sentence);
        let confidence = if own_sentence { Confidence::High } else { Confidence::Medium };
        out.push(Hit {
            span: d.span,
            label: format!("stated here as {y}"),
            vars: vec![
                ("stated", ctx.text(d.span).to_string()),
                ("year", y.to_string()),
                ("expected", long_date(target)),
                ("evidence", evidence),
                ("dateline", dct.to_string()),
            ],
            related: vec![related],
            confidence,
            fixes: fixes::date_fix(ctx, d, target, format!("write the year {}", target.year())).into_iter().collect(),
            ..Hit::default()
        });
    }
    out
}

/// The article's dates, indexed so evidence is looked up, not scanned for (linear time).
struct DateIndex<'a> {
    ctx: &'a Ctx<'a>,
    dates: &'a [DateMention],
    /// Dates by the day they mean.
    by_day: HashMap<NaiveDate, Vec<usize>>,
}

impl<'a> DateIndex<'a> {
    fn new(ctx: &'a Ctx<'a>) -> Self {
        let dates = &ctx.m.dates[..];
        let mut by_day: HashMap<NaiveDate, Vec<usize>> = HashMap::new();
        for (i, o) in dates.iter().enumerate() {
            if let Some(day) = o.date {
                by_day.entry(day).or_default().push(i);
            }
        }
        DateIndex { ctx, dates, by_day }
    }

    fn in_sentence(&self, s: usize) -> &'a [DateMention] {
        &self.dates[self.ctx.m.sentence_dates(s)]
    }

    /// The dates of a paragraph: its sentences are consecutive.
    fn in_paragraph(&self, p: usize) -> &'a [DateMention] {
        let sents = &self.ctx.article.sentences;
        let first = sents.partition_point(|x| x.paragraph < p);
        let last = sents.partition_point(|x| x.paragraph <= p);
        let a = self.dates.partition_point(|x| x.sentence < first);
        let b = self.dates.partition_point(|x| x.sentence < last);
        &self.dates[a..b]
    }
}

/// The stated year and the day the date would be in the dateline's year, for a full date whose
/// year is close to the dateline's but not it, and that nothing marks as deliberate.
fn slipped_year(ctx: &Ctx, index: &DateIndex, d: &DateMention, dct: NaiveDate, gap: i64) -> Option<(i32, NaiveDate)> {
    let (Some(y), Some(month), Some(day), Some(_)) = (d.year, d.month, d.day, d.date) else { return None };
    if d.kind != DateKind::Absolute || !d.year_explicit || d.invalid.is_some() {
        return None;
    }
    let ty = nearest_year(dct, month, day);
    if ty == y || (i64::from(y) - i64::from(ty)).abs() > gap {
        return None;
    }
    let target = NaiveDate::from_ymd_opt(ty, month, day)?;
    // A weekday written with the date is weekday-mismatch's evidence, reported there.
    if d.weekday.is_some_and(|w| w != NaiveDate::from_ymd_opt(y, month, day).map_or(w, |x| x.weekday())) {
        return None;
    }
    // "five years ago today, on Jan. 31, 2020": an anniversary states the distance itself.
    if states_distance(ctx, index, d.sentence) {
        return None;
    }
    Some((y, target))
}

/// What says the date means `target`: the evidence for the message and where it stands.
fn evidence(
    ctx: &Ctx,
    index: &DateIndex,
    d: &DateMention,
    y: i32,
    target: NaiveDate,
    dct: NaiveDate,
) -> Option<(String, Related)> {
    // Evidence 1: a relative expression in the same sentence that means the target day.
    let same_sentence = index
        .in_sentence(d.sentence)
        .iter()
        .find(|o| o.span != d.span && o.kind == DateKind::Relative && covers(o, target, dct));
    if let Some(o) = same_sentence {
        return Some((
            format!("the same sentence says “{}”, which is {}", ctx.text(o.span), long_date(target)),
            Related { span: o.span, message: format!("“{}” is {}", ctx.text(o.span), long_date(target)) },
        ));
    }
    // Evidence 2: the same month and day elsewhere, without a year (or with the dateline's),
    // in a sentence about the same thing.
    let (o, shared) = same_day_elsewhere(ctx, index, d, y, target)?;
    let line = ctx.line(o.span.start);
    Some((
        format!(
            "line {line} dates the same event (sharing “{}”) “{}”, which is {}",
            shared.iter().take(3).cloned().collect::<Vec<_>>().join("”, “"),
            ctx.text(o.span),
            long_date(target)
        ),
        Related { span: o.span, message: format!("the same event is dated {} here", long_date(target)) },
    ))
}

/// A mention of `target`'s month and day in another sentence sharing content words with the
/// date's, and the words they share.
fn same_day_elsewhere<'a>(
    ctx: &Ctx,
    index: &DateIndex<'a>,
    d: &DateMention,
    y: i32,
    target: NaiveDate,
) -> Option<(&'a DateMention, Vec<String>)> {
    let month = target.month();
    index.by_day.get(&target).into_iter().flatten().take(16).map(|&i| &index.dates[i]).find_map(|o| {
        if o.sentence == d.sentence || o.date != Some(target) || o.weekday.is_some() && o.relative.is_some() {
            return None;
        }
        if !matches!(o.kind, DateKind::Partial | DateKind::Absolute) || o.month != Some(month) {
            return None;
        }
        // A year-less date after another mention of the stated year in its paragraph (or
        // sentence) means that year.
        let p = ctx.article.sentences[o.sentence].paragraph;
        if index.in_paragraph(p).iter().chain(index.in_sentence(o.sentence)).any(|e| {
            e.span != d.span
                && e.year_explicit
                && e.year == Some(y)
                && (e.sentence == o.sentence || e.span.start < o.span.start)
        }) {
            return None;
        }
        // "On Feb. 27, a year to the day after the library closed": an anniversary of the
        // dated event, not the event itself.
        if states_distance(ctx, index, o.sentence) {
            return None;
        }
        let shared = shared_words(ctx, d.sentence, o.sentence);
        (shared.len() >= 2).then_some((o, shared))
    })
}
