//! Date checks: the dateline itself, years that contradict it, weekdays, impossible dates,
//! past events after the dateline, relative words beside dates.

use chrono::{Datelike, NaiveDate};

use super::{Ctx, Hit, Related};
use crate::article::{nearest_year, Span};
use crate::extract::{words::content_words, DateKind, DateMention, Relative, Tense};
use crate::lexicon::{month_name, weekday_name};
use crate::rules::Rule;

/// "September 18, 2025".
pub(crate) fn long_date(d: NaiveDate) -> String {
    format!("{} {}, {}", month_name(d.month()), d.day(), d.year())
}

fn long_date_weekday(d: NaiveDate) -> String {
    format!("{}, {}", weekday_name(d.weekday()), long_date(d))
}

pub(super) fn dateline_missing(ctx: &Ctx) -> Vec<Hit> {
    if ctx.article.dateline.is_some() {
        return vec![];
    }
    let span = ctx.article.line_span(0);
    vec![Hit { span: Span::new(span.start, span.start), label: "no dateline found".into(), ..Hit::default() }]
}

pub(super) fn dateline_conflict(ctx: &Ctx) -> Vec<Hit> {
    let (Some(meta), Some(printed)) = (&ctx.article.meta_date, &ctx.article.printed) else { return vec![] };
    let same = match printed.date {
        Some(d) if printed.has_year => d == meta.date,
        _ => printed.month == meta.date.month() && printed.day == meta.date.day(),
    };
    if same {
        return vec![];
    }
    let printed_text = ctx.text(printed.span).trim().to_string();
    let mut related = Vec::new();
    if let Some(s) = meta.span {
        related.push(Related { span: s, message: format!("metadata date {}", meta.date) });
    }
    vec![Hit {
        span: printed.span,
        label: format!("printed dateline: {printed_text}"),
        vars: vec![("meta", meta.date.to_string()), ("printed", printed_text)],
        related,
    }]
}

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

pub(super) fn year_mismatch(ctx: &Ctx, rule: &Rule) -> Vec<Hit> {
    let Some(dct) = ctx.article.dateline_date() else { return vec![] };
    let gap = rule.settings.max_year_gap.unwrap_or(DEFAULT_MAX_YEAR_GAP);
    let dates = &ctx.m.dates;
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
        // Evidence 1: a relative expression in the same sentence that means the target day.
        let same_sentence = dates.iter().find(|o| {
            o.sentence == d.sentence && o.span != d.span && o.kind == DateKind::Relative && covers(o, target, dct)
        });
        // Evidence 2: the same month and day elsewhere, without a year (or with the dateline's),
        // in a sentence about the same thing.
        let elsewhere = || {
            dates.iter().find_map(|o| {
                if o.sentence == d.sentence || o.date != Some(target) || o.weekday.is_some() && o.relative.is_some() {
                    return None;
                }
                if !matches!(o.kind, DateKind::Partial | DateKind::Absolute) || o.month != Some(month) {
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

pub(super) fn weekday_mismatch(ctx: &Ctx) -> Vec<Hit> {
    let dct = ctx.article.dateline_date();
    let mut out = Vec::new();
    for d in &ctx.m.dates {
        let (Some(wd), Some(date), Some(ws)) = (d.weekday, d.date, d.weekday_span) else { continue };
        if d.relative.is_some() || date.weekday() == wd {
            continue;
        }
        let mut note = String::new();
        if d.year_explicit {
            if let Some(dct) = dct {
                let ty = nearest_year(dct, date.month(), date.day());
                if let Some(alt) = NaiveDate::from_ymd_opt(ty, date.month(), date.day()) {
                    if ty != date.year() && alt.weekday() == wd {
                        note = format!(
                            "; {} is a {} in {}, the dateline's year, so the year {} may be the error",
                            long_date(alt).rsplit_once(',').map(|x| x.0).unwrap_or_default(),
                            weekday_name(wd),
                            ty,
                            date.year()
                        );
                    }
                }
            }
        }
        out.push(Hit {
            span: d.span,
            label: format!("{} was a {}", long_date(date), weekday_name(date.weekday())),
            vars: vec![
                ("stated", ctx.text(ws).to_string()),
                ("actual", weekday_name(date.weekday()).to_string()),
                ("date", long_date(date)),
                ("note", note),
            ],
            related: vec![],
        });
    }
    out
}

pub(super) fn invalid_date(ctx: &Ctx) -> Vec<Hit> {
    let mut out = Vec::new();
    for d in &ctx.m.dates {
        let Some(reason) = &d.invalid else { continue };
        // A year-less February 29 takes its year from the dateline; that guess is not enough
        // to call the date impossible.
        if !d.year_explicit && d.month == Some(2) && d.day == Some(29) {
            continue;
        }
        out.push(Hit {
            span: d.span,
            label: reason.clone(),
            vars: vec![("stated", ctx.text(d.span).to_string()), ("reason", reason.clone())],
            related: vec![],
        });
    }
    out
}

/// Words before a date that make it a schedule or a limit rather than when something happened.
const SCHEDULE_WORDS: &[&str] = &[
    "for",
    "until",
    "till",
    "through",
    "by",
    "before",
    "starting",
    "from",
    "effective",
    "deadline",
    "expires",
    "begins",
    "begin",
    "ends",
    "due",
    "scheduled",
    "set",
    "slated",
    "planned",
    "next",
    "to",
    "between",
    "and",
    "or",
    "after",
    "than",
];

pub(super) fn after_dateline(ctx: &Ctx) -> Vec<Hit> {
    let Some(dct) = ctx.article.dateline_date() else { return vec![] };
    let text = &ctx.article.text;
    let mut out = Vec::new();
    for d in &ctx.m.dates {
        if d.kind != DateKind::Absolute || !d.year_explicit || d.tense != Tense::Past || d.invalid.is_some() {
            continue;
        }
        let Some(date) = d.date else { continue };
        if date <= dct {
            continue;
        }
        // Only "on <date>" / "<date>," at the start: the date says when the past event happened.
        let before = text[..d.span.start].trim_end();
        let prev: String =
            before.chars().rev().take_while(|c| c.is_alphabetic()).collect::<Vec<_>>().into_iter().rev().collect();
        let sentence = ctx.article.sentences[d.sentence].span;
        let starts_sentence = before.len() <= sentence.start || matches!(prev.as_str(), "On");
        if !(prev == "on" || starts_sentence) || SCHEDULE_WORDS.contains(&prev.to_lowercase().as_str()) {
            continue;
        }
        // Any future or schedule marker in the sentence makes the reading uncertain.
        let s = ctx.text(sentence).to_lowercase();
        if [
            "will", "would", "schedul", "expect", "plan", "due", "until", "deadline", "set for", "slated", "upcoming",
            "'ll", "next",
        ]
        .iter()
        .any(|w| s.contains(w))
        {
            continue;
        }
        let days = (date - dct).num_days();
        out.push(Hit {
            span: d.span,
            label: format!("{days} day{} after the dateline", if days == 1 { "" } else { "s" }),
            vars: vec![
                ("stated", ctx.text(d.span).to_string()),
                ("date", long_date(date)),
                ("dateline", long_date(dct)),
                ("days", days.to_string()),
            ],
            related: ctx
                .article
                .dateline
                .as_ref()
                .and_then(|dl| dl.span)
                .map(|s| Related { span: s, message: format!("dateline {}", dct) })
                .into_iter()
                .collect(),
        });
    }
    out
}

pub(super) fn relative_mismatch(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let dates = &ctx.m.dates;
    let mut out = Vec::new();
    for pair in dates.windows(2) {
        let (r, d) = (&pair[0], &pair[1]);
        let Some(rel @ (Relative::Today | Relative::Yesterday | Relative::Tomorrow | Relative::Weekday)) = r.relative
        else {
            continue;
        };
        let (Some(rd), Some(dd)) = (r.date, d.date) else { continue };
        if d.relative.is_some() || d.day.is_none() {
            continue;
        }
        // Apposition only: "yesterday, Oct. 2", "yesterday (Oct. 2)", "Tuesday, Oct. 3".
        let between = &text[r.span.end..d.span.start];
        if !matches!(between.trim(), "," | "(" | "—" | "–") {
            continue;
        }
        let same = if rel == Relative::Weekday { dd.weekday() == rd.weekday() } else { rd == dd };
        if same {
            continue;
        }
        let means =
            if rel == Relative::Weekday { weekday_name(rd.weekday()).to_string() } else { long_date_weekday(rd) };
        out.push(Hit {
            span: Span::new(r.span.start, d.span.end),
            label: format!("“{}” is {}", ctx.text(r.span), means),
            vars: vec![
                ("relative", ctx.text(r.span).to_string()),
                ("means", means),
                ("stated", ctx.text(d.span).to_string()),
                ("date", long_date_weekday(dd)),
            ],
            related: vec![],
        });
    }
    out
}
