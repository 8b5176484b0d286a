//! date.duration, the span between two events: "Two decades later, in 2010, ...", "five years
//! on, in 2021", "a century after its founding in 1890, in 1985", "In 2010, two decades later".
//!
//! What licenses a finding: the amount of time is followed by "later", "on" or "after", and an
//! explicit year ends it right beside it (", in 2010"). What it starts from is the date inside
//! its own "after" phrase, or else any explicit year before it in the sentence or in the
//! sentence before (same paragraph): the finding needs every one of them to disagree.

use super::{fits, fmt_years, interval, years_between, Stated};
use crate::checks::context::{Ctx, Hit};
use crate::checks::window::words;
use crate::extract::{DateKind, DateMention};
use crate::finding::Related;
use crate::span::Span;

fn explicit(d: &DateMention) -> bool {
    d.year_explicit && d.kind == DateKind::Absolute && d.invalid.is_none()
}

/// "Two decades later, in 2010": the duration `i`, the word after it, and the end date.
pub(super) fn check_later(ctx: &Ctx, i: usize, stated: &Stated) -> Option<Hit> {
    let text = &ctx.article.text;
    let dates = &ctx.m.dates;
    let d = &dates[i];
    let sentence = ctx.article.sentences[d.sentence].span;
    // Only dates within a clause's reach: a runaway sentence costs no more than a normal one.
    let near = |o: &DateMention| o.span.end + 200 >= d.span.start && o.span.start <= d.span.end + 200;
    let next_word = words(text.get(d.span.end..sentence.end)?).into_iter().next()?;
    let after = match &*next_word {
        "later" | "on" | "afterwards" | "afterward" => false,
        "after" => true,
        _ => return None,
    };
    let same: Vec<usize> =
        ctx.m.sentence_dates(d.sentence).filter(|&j| explicit(&dates[j]) && near(&dates[j])).collect();
    let later: Vec<usize> = same.iter().copied().filter(|&j| j > i).collect();
    // The end: right after the phrase (", in 2010"), or right before the amount ("In 2010, two
    // decades later").
    let beside = |a: usize, b: usize| {
        let Some(gap) = text.get(a..b) else { return false };
        gap.len() <= 8 && words(gap).iter().all(|w| w == "in" || w == "by") && gap.contains([',', '('])
    };
    let (end, starts): (usize, Vec<usize>) = if after {
        // "a century after its founding in 1890, in 1985": the start inside the phrase.
        let [s, e, ..] = later.as_slice() else { return None };
        if dates[*s].span.start - d.span.end > 50 || !beside(dates[*s].span.end, dates[*e].span.start) {
            return None;
        }
        (*e, vec![*s])
    } else {
        let word_end = d.span.end + text[d.span.end..].find(&*next_word)? + next_word.len();
        let end = match later.first() {
            Some(&e) if beside(word_end, dates[e].span.start) => e,
            _ => *same.iter().rev().find(|&&j| j < i && beside(dates[j].span.end, d.span.start))?,
        };
        let mut starts: Vec<usize> = same.iter().copied().filter(|&j| j < i && j != end).collect();
        if starts.is_empty() && d.sentence > 0 {
            let prev = d.sentence - 1;
            let para = |s: usize| ctx.article.sentences[s].paragraph;
            if para(prev) == para(d.sentence) {
                starts = ctx.m.sentence_dates(prev).filter(|&j| explicit(&dates[j])).collect();
            }
        }
        (end, starts)
    };
    if starts.is_empty() {
        return None;
    }
    let (e0, e1) = interval(&dates[end])?;
    let mut first = None;
    for &s in &starts {
        let (s0, s1) = interval(&dates[s])?;
        let (lo, hi) = (years_between(s1, e0).max(0.0), years_between(s0, e1));
        if hi < 0.0 || fits(stated.years, stated.unit_years, lo, hi, stated.bound) {
            return None;
        }
        first.get_or_insert((s, lo, hi));
    }
    let (s, lo, hi) = first?;
    let year_only = |j: usize| dates[j].value.as_deref().map(str::len) == Some(4);
    let actual = match (dates[s].year, dates[end].year) {
        (Some(a), Some(b)) if year_only(s) && year_only(end) => {
            format!("{} year{}", b - a, if b - a == 1 { "" } else { "s" })
        }
        _ if hi - lo > 0.5 => format!("{} to {}", fmt_years(lo), fmt_years(hi)),
        _ => fmt_years(f64::midpoint(lo, hi)),
    };
    let (start_text, end_text) = (ctx.text(dates[s].span).to_string(), ctx.text(dates[end].span).to_string());
    let arithmetic = format!("{start_text} to {end_text} is {actual}");
    let related = if dates[s].sentence == d.sentence {
        vec![]
    } else {
        vec![Related { span: dates[s].span, message: format!("{start_text}, the event it counts from") }]
    };
    Some(Hit {
        span: Span::new(d.span.start.min(dates[end].span.start), d.span.end.max(dates[end].span.end)),
        label: arithmetic.clone(),
        vars: vec![("stated", ctx.text(d.span).to_string()), ("actual", actual), ("arithmetic", arithmetic)],
        related,
        ..Hit::default()
    })
}
