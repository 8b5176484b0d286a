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
        // A future or schedule marker before the date makes the reading uncertain.
        let s = text[sentence.start..d.span.start].to_lowercase();
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

/// Whether `d` is `rd`'s weekday in the calendar week `weeks` away from the dateline's.
fn same_weekday_in_week(d: NaiveDate, rd: NaiveDate, dct: NaiveDate, weeks: i64) -> bool {
    let monday =
        dct - chrono::Duration::days(dct.weekday().num_days_from_monday() as i64) + chrono::Duration::days(7 * weeks);
    d.weekday() == rd.weekday() && d >= monday && d < monday + chrono::Duration::days(7)
}

pub(super) fn relative_mismatch(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let dates = &ctx.m.dates;
    let mut out = Vec::new();
    // "last Saturday, Sept. 23": the weekday was read with the date; the word before says which.
    if let Some(dct) = ctx.article.dateline_date() {
        for d in dates {
            let (Some(wd), Some(dd), None) = (d.weekday, d.date, d.relative) else { continue };
            let before = text[..d.span.start].trim_end();
            let shift = if before.ends_with("last") || before.ends_with("Last") {
                -1
            } else if before.ends_with("next") || before.ends_with("Next") {
                1
            } else {
                continue;
            };
            let rd = crate::extract::dates::weekday_date(dct, wd, Tense::Unknown, shift);
            if dd == rd || same_weekday_in_week(dd, rd, dct, shift as i64) || dd.weekday() != wd {
                continue; // a weekday that does not fit its date is weekday-mismatch's finding
            }
            let word = if shift < 0 { "last" } else { "next" };
            let relative = format!("{word} {}", weekday_name(wd));
            let start = before.len() - word.len();
            out.push(Hit {
                span: Span::new(start, d.span.end),
                label: format!("“{relative}” is {}", long_date_weekday(rd)),
                vars: vec![
                    ("relative", relative),
                    ("means", long_date_weekday(rd)),
                    ("stated", ctx.text(d.span).to_string()),
                    ("date", long_date_weekday(dd)),
                ],
                related: vec![],
            });
        }
    }
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
        let same = if rel == Relative::Weekday {
            // "last Saturday" / "next Tuesday": the nearest such day, or that day in the
            // previous or next calendar week; a plain weekday only has to be that weekday.
            let written = ctx.text(r.span).to_lowercase();
            let dct = ctx.article.dateline_date();
            match (written.split_whitespace().next(), dct) {
                (Some("last"), Some(dct)) => dd == rd || same_weekday_in_week(dd, rd, dct, -1),
                (Some("next"), Some(dct)) => dd == rd || same_weekday_in_week(dd, rd, dct, 1),
                _ => dd.weekday() == rd.weekday(),
            }
        } else {
            rd == dd
        };
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

/// The days a date mention covers at the precision written: "2019" is all of 2019.
fn interval(d: &DateMention) -> Option<(NaiveDate, NaiveDate)> {
    let v = d.value.as_deref()?;
    let y = d.year?;
    match v.len() {
        10 => d.date.map(|x| (x, x)),
        7 if v.as_bytes()[4] == b'-' && v[5..].chars().all(|c| c.is_ascii_digit()) => {
            let m = d.month?;
            let start = NaiveDate::from_ymd_opt(y, m, 1)?;
            let end = NaiveDate::from_ymd_opt(y, m, crate::lexicon::days_in_month(y, m)?)?;
            Some((start, end))
        }
        4 if v.chars().all(|c| c.is_ascii_digit()) => {
            Some((NaiveDate::from_ymd_opt(y, 1, 1)?, NaiveDate::from_ymd_opt(y, 12, 31)?))
        }
        _ => None,
    }
}

/// Words that may stand between a date and "before"/"after": "in 1998, long before ...".
const ORDER_QUANTIFIERS: &[&str] = &[
    "long", "shortly", "just", "soon", "well", "weeks", "months", "years", "days", "decades", "a", "an", "one", "two",
    "three", "four", "five", "six", "several", "few", "week", "month", "year", "day", "decade", "only",
];
/// Nouns after "before" that mean "in front of" ("testified before a judge").
const IN_FRONT_OF: &[&str] = &[
    "judge",
    "court",
    "tribunal",
    "committee",
    "panel",
    "jury",
    "congress",
    "parliament",
    "senate",
    "lawmakers",
    "audience",
    "crowd",
    "cameras",
    "reporters",
    "voters",
    "magistrate",
    "board",
    "council",
    "commission",
];

/// A past-tense or participle form: "opened", "left", "built".
fn is_past_verb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed") && !matches!(w, "hundred" | "united" | "need"))
        || matches!(
            w,
            "left"
                | "began"
                | "begun"
                | "built"
                | "won"
                | "lost"
                | "held"
                | "made"
                | "took"
                | "taken"
                | "sold"
                | "bought"
                | "met"
                | "became"
                | "came"
                | "went"
                | "fell"
                | "rose"
                | "ran"
                | "set"
                | "struck"
                | "broke"
                | "broken"
        )
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect()
}

pub(super) fn date_order(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let dates: Vec<&DateMention> = ctx
        .m
        .dates
        .iter()
        .filter(|d| d.year_explicit && d.kind == DateKind::Absolute && interval(d).is_some())
        .collect();
    let mut out = Vec::new();
    for pair in dates.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if a.sentence != b.sentence {
            continue;
        }
        let between = &text[a.span.end..b.span.start];
        if between.contains([';', ':']) {
            continue;
        }
        let (Some((a0, a1)), Some((b0, b1))) = (interval(a), interval(b)) else { continue };
        let w = words(between);
        // Only the word right before the first date matters; read just that one, so a long
        // sentence does not make this quadratic.
        let before_a: Vec<String> = text[ctx.article.sentences[a.sentence].span.start..a.span.start]
            .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
            .find(|w| !w.is_empty())
            .map(|w| w.to_lowercase())
            .into_iter()
            .collect();
        // A range written backwards: "from 2014 to 2011", "between 2014 and 2011".
        let range = matches!(before_a.last().map(String::as_str), Some("from")) && w == ["to"]
            || matches!(before_a.last().map(String::as_str), Some("between")) && w == ["and"];
        let (claim, wrong) = if range {
            ("a range from the first date to the second", a0 > b1)
        } else {
            // "<date1>, [long|weeks|...] before/after <clause with date2>"
            let Some(pos) = w.iter().position(|x| x == "before" || x == "after") else { continue };
            if !w[..pos]
                .iter()
                .all(|x| ORDER_QUANTIFIERS.contains(&x.as_str()) || x.chars().all(|c| c.is_ascii_digit()))
            {
                continue;
            }
            let rest = &w[pos + 1..];
            if rest.first().is_some_and(|x| matches!(x.as_str(), "that" | "this" | "then" | "which" | "all"))
                || rest.iter().take(3).any(|x| IN_FRONT_OF.contains(&x.as_str()))
                || rest.len() < 2
            {
                continue;
            }
            // "after its founder left a rival started in 2001": with two verbs in the clause the
            // second date may belong to the nested one, not to the event ordered.
            let verbs = rest.iter().filter(|x| is_past_verb(x)).count();
            if verbs > 1 || rest.iter().any(|x| matches!(x.as_str(), "which" | "who" | "that" | "whose")) {
                continue;
            }
            if w[pos] == "before" {
                ("“before”", a0 > b1)
            } else {
                ("“after”", a1 < b0)
            }
        };
        if !wrong {
            continue;
        }
        let (sa, sb) = (ctx.text(a.span).to_string(), ctx.text(b.span).to_string());
        out.push(Hit {
            span: Span::new(a.span.start, b.span.end),
            label: format!("{sa} is {} {sb}", if a0 > b1 { "after" } else { "before" }),
            vars: vec![
                ("first", sa.clone()),
                ("second", sb.clone()),
                ("claim", claim.to_string()),
                ("order", format!("{sa} is {} {sb}", if a0 > b1 { "after" } else { "before" })),
            ],
            related: vec![],
        });
    }
    out
}

/// Tolerance and direction of a stated amount of time from the words before it.
fn duration_bound(words_before: &[String]) -> &'static str {
    let last2: Vec<&str> = words_before.iter().rev().take(2).map(String::as_str).collect();
    match last2.as_slice() {
        ["than", "more", ..] | ["over", ..] | ["least", "at", ..] => "at-least",
        ["than", "less", ..] | ["nearly", ..] | ["almost", ..] | ["under", ..] | ["than", "fewer", ..] => "at-most",
        ["about", ..] | ["some", ..] | ["around", ..] | ["roughly", ..] | ["approximately", ..] => "about",
        _ => "exact",
    }
}

/// Whether `stated` years fits an elapsed span [lo, hi] in years, given the bound and unit.
fn fits(stated: f64, unit_years: f64, lo: f64, hi: f64, bound: &str) -> bool {
    // Round numbers are read to their precision: "ten years" is 9.5 to 10.5, "three decades"
    // 25 to 35; "about" doubles that.
    let mut tol = 0.5 * unit_years.max(1.0) + 0.25;
    if bound == "about" {
        tol *= 2.0;
    }
    match bound {
        "at-least" => hi >= stated - tol,
        "at-most" => lo <= stated + tol,
        _ => hi >= stated - tol && lo <= stated + tol,
    }
}

fn years_between(a: NaiveDate, b: NaiveDate) -> f64 {
    (b - a).num_days() as f64 / 365.25
}

fn fmt_years(y: f64) -> String {
    if (y - y.round()).abs() < 0.05 {
        format!("{} year{}", y.round(), if y.round() == 1.0 { "" } else { "s" })
    } else {
        format!("about {y:.1} years")
    }
}

pub(super) fn date_duration(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let dct = ctx.article.dateline_date();
    let dates = &ctx.m.dates;
    let mut out = Vec::new();
    let words_before = |start: usize| {
        let s = ctx.article.sentence_at(start).map(|i| ctx.article.sentences[i].span.start).unwrap_or(0);
        words(&text[s..start])
    };
    for (i, d) in dates.iter().enumerate() {
        let (Some(amount), Some(unit)) = (d.amount, d.unit) else { continue };
        let unit_years = unit.years();
        if unit_years < 1.0 / 12.0 - 1e-9 {
            continue; // days and weeks: too fine for year-precision dates
        }
        let stated = amount * unit_years;
        let bound = duration_bound(&words_before(d.span.start));
        if d.relative == Some(Relative::Ago) {
            // "in 2008, ten years ago" / "ten years ago, in 2008": a date right beside it.
            let Some(dct) = dct else { continue };
            let neighbour =
                [i.checked_sub(1), Some(i + 1)].into_iter().flatten().filter_map(|j| dates.get(j)).find(|o| {
                    o.year_explicit && o.kind == DateKind::Absolute && o.sentence == d.sentence && {
                        let gap = if o.span.end <= d.span.start {
                            &text[o.span.end..d.span.start]
                        } else {
                            &text[d.span.end..o.span.start]
                        };
                        matches!(words(gap).as_slice(), [] | [_])
                            && gap.len() <= 6
                            && gap.contains([',', '(', '—', '–'])
                    }
                });
            let Some(o) = neighbour else { continue };
            let Some((s, e)) = interval(o) else { continue };
            let (lo, hi) = (years_between(e, dct).max(0.0), years_between(s, dct).max(0.0));
            if fits(stated, unit_years, lo, hi, bound) {
                continue;
            }
            let span = Span::new(d.span.start.min(o.span.start), d.span.end.max(o.span.end));
            let actual = if (hi - lo) > 0.5 {
                format!("{} to {}", fmt_years(lo), fmt_years(hi))
            } else {
                fmt_years((lo + hi) / 2.0)
            };
            out.push(Hit {
                span,
                label: format!("{} is {actual} before the dateline", ctx.text(o.span)),
                vars: vec![
                    ("stated", ctx.text(d.span).to_string()),
                    ("actual", actual.clone()),
                    (
                        "arithmetic",
                        format!("{} to {} ({}) is {actual}", ctx.text(o.span), long_date(dct), "the dateline"),
                    ),
                ],
                related: vec![],
            });
            continue;
        }
        if d.kind != DateKind::Duration {
            continue;
        }
        // "the 12-year civil war, which began in 1975 and ended in 1990", "from 1976 to 2005".
        let later: Vec<&DateMention> = dates[i + 1..]
            .iter()
            .filter(|o| o.sentence == d.sentence && o.year_explicit && o.kind == DateKind::Absolute)
            .take(2)
            .collect();
        let [a, b] = later.as_slice() else { continue };
        if a.span.start - d.span.end > 80 || text[d.span.end..b.span.start].contains([';', '.']) {
            continue;
        }
        let lead = words(&text[d.span.end..a.span.start]);
        let mid = words(&text[a.span.end..b.span.start]);
        let starts = lead.iter().rev().take(3).any(|w| {
            matches!(
                w.as_str(),
                "began" | "started" | "from" | "begun" | "beginning" | "starting" | "opened" | "lasted"
            )
        });
        let ends = matches!(mid.as_slice(), [w] if w == "to" || w == "until" || w == "through")
            || mid
                .iter()
                .rev()
                .take(3)
                .any(|w| matches!(w.as_str(), "ended" | "ending" | "until" | "finished" | "concluded" | "closed"))
            || text[a.span.end..b.span.start].trim() == "-"
            || text[a.span.end..b.span.start].trim() == "–";
        if !(starts && ends) {
            continue;
        }
        let (Some((a0, a1)), Some((b0, b1))) = (interval(a), interval(b)) else { continue };
        let (lo, hi) = (years_between(a1, b0).max(0.0), years_between(a0, b1));
        if fits(stated, unit_years, lo, hi, bound) {
            continue;
        }
        let (ya, yb) = (ctx.text(a.span).to_string(), ctx.text(b.span).to_string());
        let actual = if a.value.as_deref().map(str::len) == Some(4) && b.value.as_deref().map(str::len) == Some(4) {
            let n = b0.year() - a0.year();
            format!("{n} year{}", if n == 1 { "" } else { "s" })
        } else {
            fmt_years((lo + hi) / 2.0)
        };
        out.push(Hit {
            span: Span::new(d.span.start, b.span.end),
            label: format!("{ya} to {yb} is {actual}"),
            vars: vec![
                ("stated", ctx.text(d.span).to_string()),
                ("actual", actual.clone()),
                ("arithmetic", format!("{ya} to {yb} is {actual}")),
            ],
            related: vec![],
        });
    }
    out
}

pub(super) fn birth_age(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let Some(dct) = ctx.article.dateline_date() else { return vec![] };
    let mut out = Vec::new();
    for d in &ctx.m.dates {
        let Some(y) = d.year.filter(|_| d.year_explicit && d.kind == DateKind::Absolute) else { continue };
        let before = text[..d.span.start].trim_end();
        if !(before.ends_with("born in") || before.ends_with("born on")) {
            continue;
        }
        // Another explicit year in the sentence may be the date the age refers to: skip.
        if ctx.m.dates[ctx.m.sentence_dates(d.sentence)].iter().any(|o| o.span != d.span && o.year_explicit) {
            continue;
        }
        let sentence = ctx.article.sentences[d.sentence].span;
        let Some(age) = ctx.m.numbers.iter().rfind(|n| {
            n.kind == crate::extract::NumberKind::Age
                && n.sentence == d.sentence
                && n.span.end <= d.span.start
                && n.span.start >= sentence.start
                && d.span.start - n.span.end <= 60
        }) else {
            continue;
        };
        // Only the clause between the age and "born": no second person in between.
        let gap = &text[age.span.end..d.span.start];
        if gap.contains([';', '.']) || gap.matches(',').count() > 2 {
            continue;
        }
        let stated = age.value as i32;
        let (lo, hi) = match d.date {
            Some(b) => {
                let mut a = dct.year() - b.year();
                if (dct.month(), dct.day()) < (b.month(), b.day()) {
                    a -= 1;
                }
                (a, a)
            }
            None => (dct.year() - y - 1, dct.year() - y),
        };
        if (lo..=hi).contains(&stated) {
            continue;
        }
        let expected = if lo == hi { lo.to_string() } else { format!("{lo} or {hi}") };
        let born = ctx.text(d.span).to_string();
        out.push(Hit {
            span: Span::new(age.span.start, d.span.end),
            label: format!("born {born}: {expected} on {}", long_date(dct)),
            vars: vec![
                ("stated", stated.to_string()),
                ("born", born.clone()),
                ("expected", expected.clone()),
                ("arithmetic", format!("born {born}, so {expected} on {}", long_date(dct))),
            ],
            related: vec![],
        });
    }
    out
}
