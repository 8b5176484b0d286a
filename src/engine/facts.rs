//! Fact checks: titles at dates their holders held no office, known events with other dates,
//! ages that do not fit birth dates.

use chrono::{Datelike, NaiveDate};

use super::dates::long_date;
use super::{Ctx, Hit, Related};
use crate::article::Span;
use crate::extract::{DateKind, DateMention, NumberKind};
use crate::rules::{FactMatch, Office};

/// Words right before a title that mean the person is not (yet, or any longer) in office, or
/// that make the title another one ("Vice President").
const NOT_IN_OFFICE: &[&str] = &[
    "former", "ex", "then", "late", "acting", "vice", "deputy", "future", "outgoing", "incoming", "elect", "interim",
    "past", "onetime", "one-time", "then-", "would-be",
];

/// The date a sentence speaks of: its own explicit date nearest to `at`, else the dateline.
/// Returns the date, its precision in characters of the TIMEX value (10 day, 7 month, 4 year),
/// and the mention it came from.
fn sentence_date<'a>(ctx: &'a Ctx, sentence: usize, at: usize) -> Option<(NaiveDate, usize, Option<&'a DateMention>)> {
    let best = ctx
        .m
        .dates
        .iter()
        .filter(|d| {
            d.sentence == sentence && matches!(d.kind, DateKind::Absolute | DateKind::Partial) && d.invalid.is_none()
        })
        .filter_map(|d| {
            let v = d.value.as_deref()?;
            let (date, precision) = match v.len() {
                10 => (d.date?, 10),
                7 => (NaiveDate::from_ymd_opt(d.year?, d.month?, 1)?, 7),
                4 if v.chars().all(|c| c.is_ascii_digit()) => (NaiveDate::from_ymd_opt(d.year?, 1, 1)?, 4),
                _ => return None,
            };
            Some((date, precision, d))
        })
        .min_by_key(|(_, _, d)| {
            // Prefer a date after the name (what the person did, when), then the nearest.
            if d.span.start >= at {
                d.span.start - at
            } else {
                (at - d.span.end) * 2
            }
        });
    if let Some((date, p, d)) = best {
        return Some((date, p, Some(d)));
    }
    ctx.article.dateline_date().map(|d| (d, 10, None))
}

/// Whether a term overlaps the period a date names at its precision.
fn term_covers(o: &Office, date: NaiveDate, precision: usize) -> bool {
    let (start, end) = match precision {
        4 => (date, NaiveDate::from_ymd_opt(date.year(), 12, 31).unwrap_or(date)),
        7 => {
            let next = if date.month() == 12 {
                NaiveDate::from_ymd_opt(date.year() + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(date.year(), date.month() + 1, 1)
            };
            (date, next.and_then(|n| n.pred_opt()).unwrap_or(date))
        }
        _ => (date, date),
    };
    o.from <= end && o.to.is_none_or(|t| t >= start)
}

fn preceding_word(text: &str, start: usize) -> String {
    let before = text[..start].trim_end_matches([' ', '-']);
    before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic() || *c == '-')
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_lowercase()
}

fn describe(date: NaiveDate, precision: usize) -> String {
    match precision {
        4 => format!("in {}", date.year()),
        7 => format!("in {} {}", crate::lexicon::month_name(date.month()), date.year()),
        _ => format!("on {}", long_date(date)),
    }
}

pub(super) fn role_term(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let facts = &ctx.rules.facts;
    let mut out = Vec::new();
    for fm in facts.find_titles(text) {
        let FactMatch { span, title_span, offices, .. } = fm;
        let prev = preceding_word(text, title_span.start);
        if NOT_IN_OFFICE.contains(&prev.as_str())
            || prev.ends_with("-elect")
            || text[title_span.end..].starts_with("-elect")
        {
            continue;
        }
        let before_title = &text[..title_span.start];
        if before_title.ends_with("then-")
            || before_title.ends_with("ex-")
            || before_title.ends_with("Then-")
            || before_title.ends_with("Ex-")
        {
            continue;
        }
        let Some(sentence) = ctx.article.sentence_at(span.start) else { continue };
        let Some((date, precision, from)) = sentence_date(ctx, sentence, span.end) else { continue };
        let offices: Vec<&Office> = offices.iter().map(|&i| &facts.offices[i]).collect();
        if offices.iter().any(|o| term_covers(o, date, precision)) {
            continue;
        }
        let first = offices[0];
        let mut terms: Vec<String> = offices
            .iter()
            .map(|o| format!("{} to {}", o.from, o.to.map(|t| t.to_string()).unwrap_or_else(|| "present".into())))
            .collect();
        terms.sort();
        terms.dedup();
        let when = describe(date, precision);
        let mut related = Vec::new();
        match from {
            Some(d) => {
                related.push(Related { span: d.span, message: format!("the sentence's date: {}", ctx.text(d.span)) })
            }
            None => {
                if let Some(s) = ctx.article.dateline.as_ref().and_then(|d| d.span) {
                    related.push(Related { span: s, message: "the dateline".into() })
                }
            }
        }
        out.push(Hit {
            span,
            label: format!("not {} {when}", first.title),
            vars: vec![
                ("title", ctx.text(title_span).to_string()),
                ("name", first.holder.clone()),
                ("date", when),
                ("terms", format!("in office {}", terms.join(" and "))),
            ],
            related,
        });
    }
    out
}

pub(super) fn event_date(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let facts = &ctx.rules.facts;
    let mut out = Vec::new();
    for (ei, span) in facts.find_events(text) {
        let e = &facts.events[ei];
        // The date must follow the name closely: "the fall of the Berlin Wall on Nov. 10, 1989".
        let Some(d) = ctx.m.dates.iter().find(|d| {
            d.span.start >= span.end
                && d.span.start - span.end <= 12
                && text[span.end..d.span.start].split_whitespace().count() <= 2
                && d.kind == DateKind::Absolute
                && d.year_explicit
        }) else {
            continue;
        };
        let v = d.value.clone().unwrap_or_default();
        let want = e.date.format("%Y-%m-%d").to_string();
        if v.len() > want.len() || want.starts_with(&v) || v.is_empty() {
            continue;
        }
        out.push(Hit {
            span: d.span,
            label: format!("{} was on {}", e.name, long_date(e.date)),
            vars: vec![
                ("event", e.name.clone()),
                ("stated", ctx.text(d.span).to_string()),
                ("date", long_date(e.date)),
            ],
            related: vec![Related { span, message: "the event named here".into() }],
        });
    }
    out
}

/// Whole years between two dates.
fn age_on(born: NaiveDate, on: NaiveDate) -> i32 {
    let mut age = on.year() - born.year();
    if (on.month(), on.day()) < (born.month(), born.day()) {
        age -= 1;
    }
    age
}

pub(super) fn person_age(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let facts = &ctx.rules.facts;
    let mut out = Vec::new();
    for (pi, span) in facts.find_people(text) {
        let p = &facts.people[pi];
        // "Obama, 60, said": an age right after the name.
        let Some(n) = ctx
            .m
            .numbers
            .iter()
            .find(|n| n.kind == NumberKind::Age && n.span.start > span.end && n.span.start - span.end <= 3)
        else {
            continue;
        };
        let Some(sentence) = ctx.article.sentence_at(span.start) else { continue };
        let Some((date, precision, _)) = sentence_date(ctx, sentence, span.end) else { continue };
        let stated = n.value as i32;
        let (lo, hi) = if precision == 10 {
            let a = age_on(p.born, date);
            (a, a)
        } else {
            let end = NaiveDate::from_ymd_opt(date.year(), 12, 31).unwrap_or(date);
            (age_on(p.born, date), age_on(p.born, end))
        };
        if (lo..=hi).contains(&stated) {
            continue;
        }
        let age = if lo == hi { lo.to_string() } else { format!("{lo} or {hi}") };
        out.push(Hit {
            span: Span::new(span.start, n.span.end),
            label: format!("{} was {age}", p.name),
            vars: vec![
                ("name", p.name.clone()),
                ("stated", stated.to_string()),
                ("age", age),
                ("born", long_date(p.born)),
                ("date", describe(date, precision)),
            ],
            related: vec![],
        });
    }
    out
}
