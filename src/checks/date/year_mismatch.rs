//! date.year-mismatch: a full date whose year contradicts the dateline for the same event.

use chrono::{Datelike, NaiveDate};

use crate::article::nearest_year;
use crate::checks::wording::long_date;
use crate::checks::{Ctx, Hit};
use crate::engine::Related;
use crate::extract::{words::content_words, DateKind, DateMention, Relative};
use crate::rules::YearMismatchSettings;

/// Content words shared by two sentences: a cheap sign that they describe the same event.
fn shared_words(ctx: &Ctx, a: usize, b: usize) -> Vec<String> {
    let sa = content_words(ctx.text(ctx.article.sentences[a].span));
    let sb = content_words(ctx.text(ctx.article.sentences[b].span));
    let mut shared: Vec<String> = sa.into_iter().filter(|w| sb.contains(w)).collect();
    shared.sort();
    shared.dedup();
    shared
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

pub(crate) fn year_mismatch(ctx: &Ctx, settings: &YearMismatchSettings) -> Vec<Hit> {
    let Some(dct) = ctx.article.dateline_date() else { return vec![] };
    let gap = settings.max_year_gap.unwrap_or(DEFAULT_MAX_YEAR_GAP);
    let dates = &ctx.m.dates;
    // Dates by the day they mean, so evidence is looked up, not scanned for (linear time).
    let mut by_day: std::collections::HashMap<NaiveDate, Vec<usize>> = std::collections::HashMap::new();
    for (i, o) in dates.iter().enumerate() {
        if let Some(day) = o.date {
            by_day.entry(day).or_default().push(i);
        }
    }
    let in_sentence = |s: usize| &dates[ctx.m.sentence_dates(s)];
    // The dates of a paragraph: its sentences are consecutive.
    let in_paragraph = |p: usize| {
        let sents = &ctx.article.sentences;
        let first = sents.partition_point(|x| x.paragraph < p);
        let last = sents.partition_point(|x| x.paragraph <= p);
        let a = dates.partition_point(|x| x.sentence < first);
        let b = dates.partition_point(|x| x.sentence < last);
        &dates[a..b]
    };
    let mut out = Vec::new();
    for d in dates {
        let (Some(y), Some(month), Some(day), Some(_)) = (d.year, d.month, d.day, d.date) else { continue };
        if d.kind != DateKind::Absolute || !d.year_explicit || d.invalid.is_some() {
            continue;
        }
        let ty = nearest_year(dct, month, day);
        if ty == y || (i64::from(y) - i64::from(ty)).abs() > gap {
            continue;
        }
        let Some(target) = NaiveDate::from_ymd_opt(ty, month, day) else { continue };
        // A weekday written with the date is weekday-mismatch's evidence, reported there.
        if d.weekday.is_some_and(|w| w != NaiveDate::from_ymd_opt(y, month, day).map(|x| x.weekday()).unwrap_or(w)) {
            continue;
        }
        // "five years ago today, on Jan. 31, 2020": an anniversary states the distance itself.
        let sentence_text = ctx.text(ctx.article.sentences[d.sentence].span).to_lowercase();
        if in_sentence(d.sentence).iter().any(|o| o.relative == Some(Relative::Ago))
            || sentence_text.contains("anniversary")
            || sentence_text.contains("to the day")
        {
            continue;
        }
        // Evidence 1: a relative expression in the same sentence that means the target day.
        let same_sentence = in_sentence(d.sentence)
            .iter()
            .find(|o| o.span != d.span && o.kind == DateKind::Relative && covers(o, target, dct));
        // Evidence 2: the same month and day elsewhere, without a year (or with the dateline's),
        // in a sentence about the same thing.
        let elsewhere = || {
            by_day.get(&target).into_iter().flatten().take(16).map(|&i| &dates[i]).find_map(|o| {
                if o.sentence == d.sentence || o.date != Some(target) || o.weekday.is_some() && o.relative.is_some() {
                    return None;
                }
                if !matches!(o.kind, DateKind::Partial | DateKind::Absolute) || o.month != Some(month) {
                    return None;
                }
                // A year-less date after another mention of the stated year in its paragraph (or
                // sentence) means that year.
                let p = ctx.article.sentences[o.sentence].paragraph;
                if in_paragraph(p).iter().chain(in_sentence(o.sentence)).any(|e| {
                    e.span != d.span
                        && e.year_explicit
                        && e.year == Some(y)
                        && (e.sentence == o.sentence || e.span.start < o.span.start)
                }) {
                    return None;
                }
                let shared = shared_words(ctx, d.sentence, o.sentence);
                (shared.len() >= 2).then_some((o, shared))
            })
        };
        let stated = ctx.text(d.span).to_string();
        let (evidence, related) = if let Some(o) = same_sentence {
            (
                format!("the same sentence says “{}”, which is {}", ctx.text(o.span), long_date(target)),
                Related { span: o.span, message: format!("“{}” is {}", ctx.text(o.span), long_date(target)) },
            )
        } else if let Some((o, shared)) = elsewhere() {
            let line = ctx.line(o.span.start);
            (
                format!(
                    "line {line} dates the same event (sharing “{}”) “{}”, which is {}",
                    shared.iter().take(3).cloned().collect::<Vec<_>>().join("”, “"),
                    ctx.text(o.span),
                    long_date(target)
                ),
                Related { span: o.span, message: format!("the same event is dated {} here", long_date(target)) },
            )
        } else {
            continue;
        };
        out.push(Hit {
            span: d.span,
            label: format!("stated here as {y}"),
            vars: vec![
                ("stated", stated),
                ("year", y.to_string()),
                ("expected", long_date(target)),
                ("evidence", evidence),
                ("dateline", dct.to_string()),
            ],
            related: vec![related],
        });
    }
    out
}
