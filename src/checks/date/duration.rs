//! date.duration: a stated span of time that its dates contradict.
//!
//! Confidence: always high: the span and its dates stand side by side in one sentence.

use chrono::{Datelike, NaiveDate};

use super::{fits, fmt_years, interval, years_between, Stated};
use crate::calendar::long_date;
use crate::checks::context::{Ctx, Hit};
use crate::checks::window::{words, Word};
use crate::extract::{DateKind, DateMention, Relative};
use crate::span::Span;

/// Tolerance and direction of a stated amount of time from the words before it.
fn duration_bound(words_before: &[Word]) -> &'static str {
    let last2: Vec<&str> = words_before.iter().rev().take(2).map(|w| &**w).collect();
    match last2.as_slice() {
        ["than", "more", ..] | ["over", ..] | ["least", "at", ..] => "at-least",
        ["than", "less" | "fewer", ..] | ["nearly" | "almost" | "under", ..] => "at-most",
        ["about" | "some" | "around" | "roughly" | "approximately", ..] => "about",
        _ => "exact",
    }
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let dct = ctx.article.dateline_date();
    let mut out = Vec::new();
    let words_before = |start: usize| {
        let s = ctx.article.sentence_at(start).map_or(0, |i| ctx.article.sentences[i].span.start);
        words(&text[s..start])
    };
    for (i, d) in ctx.m.dates.iter().enumerate() {
        let (Some(amount), Some(unit)) = (d.amount, d.unit) else { continue };
        let unit_years = unit.years();
        if unit_years < 1.0 / 12.0 - 1e-9 {
            continue; // days and weeks: too fine for year-precision dates
        }
        let stated =
            Stated { years: amount * unit_years, unit_years, bound: duration_bound(&words_before(d.span.start)) };
        if d.relative == Some(Relative::Ago) {
            if let Some(dct) = dct {
                out.extend(ago_beside_date(ctx, i, &stated, dct));
            }
            continue;
        }
        if d.kind == DateKind::Duration {
            let between = span_between_dates(ctx, i, &stated);
            out.extend(between.or_else(|| super::duration_later::check_later(ctx, i, &stated)));
        }
    }
    out
}

/// "in 2008, ten years ago" / "ten years ago, in 2008": a date right beside the amount.
fn ago_beside_date(ctx: &Ctx, i: usize, stated: &Stated, dct: NaiveDate) -> Option<Hit> {
    let text = &ctx.article.text;
    let dates = &ctx.m.dates;
    let d = &dates[i];
    let o = [i.checked_sub(1), Some(i + 1)].into_iter().flatten().filter_map(|j| dates.get(j)).find(|o| {
        o.year_explicit && o.kind == DateKind::Absolute && o.sentence == d.sentence && {
            let gap = if o.span.end <= d.span.start {
                &text[o.span.end..d.span.start]
            } else {
                &text[d.span.end..o.span.start]
            };
            // Only a preposition may stand between: in "two years ago, the 2012 race" the year
            // names another thing.
            let joined = match words(gap).as_slice() {
                [] => true,
                [w] => matches!(&**w, "in" | "on" | "during"),
                _ => false,
            };
            joined && gap.len() <= 6 && gap.contains([',', '(', '—', '–'])
        }
    })?;
    let (s, e) = interval(o)?;
    // "Ago" points back from the dateline: a date after it is not what the amount measures.
    if s > dct {
        return None;
    }
    let (lo, hi) = (years_between(e, dct).max(0.0), years_between(s, dct).max(0.0));
    if fits(stated.years, stated.unit_years, lo, hi, stated.bound) {
        return None;
    }
    let span = Span::new(d.span.start.min(o.span.start), d.span.end.max(o.span.end));
    let actual = if (hi - lo) > 0.5 {
        format!("{} to {}", fmt_years(lo), fmt_years(hi))
    } else {
        fmt_years(f64::midpoint(lo, hi))
    };
    Some(Hit {
        span,
        label: format!("{} is {actual} before the dateline", ctx.text(o.span)),
        vars: vec![
            ("stated", ctx.text(d.span).to_string()),
            ("actual", actual.clone()),
            ("arithmetic", format!("{} to {} ({}) is {actual}", ctx.text(o.span), long_date(dct), "the dateline")),
        ],
        related: vec![],
        ..Hit::default()
    })
}

/// "the 12-year civil war, which began in 1975 and ended in 1990", "from 1976 to 2005": the
/// two dates after a duration that start and end it.
fn span_between_dates(ctx: &Ctx, i: usize, stated: &Stated) -> Option<Hit> {
    let text = &ctx.article.text;
    let dates = &ctx.m.dates;
    let d = &dates[i];
    let later: Vec<&DateMention> = dates[i + 1..]
        .iter()
        // Dates are in text order: stop at the sentence's end, not the article's.
        .take_while(|o| o.sentence == d.sentence)
        .filter(|o| o.year_explicit && o.kind == DateKind::Absolute)
        .take(2)
        .collect();
    let [a, b] = later.as_slice() else { return None };
    if a.span.start - d.span.end > 80 || text[d.span.end..b.span.start].contains([';', '.']) {
        return None;
    }
    let lead = words(&text[d.span.end..a.span.start]);
    let mid = words(&text[a.span.end..b.span.start]);
    let starts = lead.iter().rev().take(3).any(|w| {
        matches!(&**w, "began" | "started" | "from" | "begun" | "beginning" | "starting" | "opened" | "lasted")
    });
    let ends = matches!(mid.as_slice(), [w] if w == "to" || w == "until" || w == "through")
        || mid
            .iter()
            .rev()
            .take(3)
            .any(|w| matches!(&**w, "ended" | "ending" | "until" | "finished" | "concluded" | "closed"))
        || text[a.span.end..b.span.start].trim() == "-"
        || text[a.span.end..b.span.start].trim() == "–";
    if !(starts && ends) {
        return None;
    }
    let (Some((a0, a1)), Some((b0, b1))) = (interval(a), interval(b)) else { return None };
    let (lo, hi) = (years_between(a1, b0).max(0.0), years_between(a0, b1));
    if fits(stated.years, stated.unit_years, lo, hi, stated.bound) {
        return None;
    }
    let (ya, yb) = (ctx.text(a.span).to_string(), ctx.text(b.span).to_string());
    let actual = if a.value.as_deref().map(str::len) == Some(4) && b.value.as_deref().map(str::len) == Some(4) {
        let n = b0.year() - a0.year();
        format!("{n} year{}", if n == 1 { "" } else { "s" })
    } else {
        fmt_years(f64::midpoint(lo, hi))
    };
    Some(Hit {
        span: Span::new(d.span.start, b.span.end),
        label: format!("{ya} to {yb} is {actual}"),
        vars: vec![
            ("stated", ctx.text(d.span).to_string()),
            ("actual", actual.clone()),
            ("arithmetic", format!("{ya} to {yb} is {actual}")),
        ],
        related: vec![],
        ..Hit::default()
    })
}
