//! date.relative-mismatch: "yesterday, Oct. 2" in an article dated Oct. 4.

use chrono::Datelike;

use crate::calendar::{long_date, long_date_weekday, same_weekday_in_week};
use crate::checks::context::{Ctx, Hit};
use crate::checks::fixes;
use crate::extract::{DateMention, Relative, Tense};
use crate::finding::Fix;
use crate::lexicon::weekday_name;
use crate::span::Span;

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
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
            let rd = crate::calendar::weekday_date(dct, wd, Tense::Unknown, shift);
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
                fixes: fixes::date_fix(ctx, d, rd, format!("write {}", long_date(rd))).into_iter().collect(),
                ..Hit::default()
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
            fixes: relative_fix(ctx, r, d, rd),
            ..Hit::default()
        });
    }
    out
}

/// The nearest valid reading of "yesterday, Oct. 2": the date the relative word names, written
/// in the date's place. A bare weekday ("Tuesday, Oct. 3") names no one date: no fix.
fn relative_fix(ctx: &Ctx, r: &DateMention, d: &DateMention, rd: chrono::NaiveDate) -> Vec<Fix> {
    let written = ctx.text(r.span).to_lowercase();
    let bare_weekday =
        r.relative == Some(Relative::Weekday) && !matches!(written.split_whitespace().next(), Some("last" | "next"));
    if bare_weekday {
        return vec![];
    }
    fixes::date_fix(ctx, d, rd, format!("write {}", long_date(rd))).into_iter().collect()
}
