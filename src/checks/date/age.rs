//! date.age: an age beside a birth year or date that disagrees with it.
//!
//! Confidence: always high: the age and "born in" stand in one clause.

use chrono::Datelike;

use crate::calendar::long_date;
use crate::checks::context::{Ctx, Hit};
use crate::extract::DateKind;
use crate::span::Span;

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
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
        let Some(age) = ctx.m.numbers[ctx.m.sentence_numbers(d.sentence)].iter().rfind(|n| {
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
            ..Hit::default()
        });
    }
    out
}
