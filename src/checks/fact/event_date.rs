//! fact.event-date: a known event named with another date.
//!
//! Confidence: always high: the date follows the event's name within two words.

use crate::calendar::long_date;
use crate::checks::context::{Ctx, Hit};
use crate::extract::DateKind;
use crate::finding::Related;
use crate::span::Span;

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let facts = &ctx.rules.facts;
    let mut out = Vec::new();
    for &(ei, span) in ctx.events() {
        let e = &facts.events[ei];
        // The date must follow the name closely: "the fall of the Berlin Wall on Nov. 10, 1989".
        let Some(d) = ctx.m.dates_near(Span::new(span.end, span.end + 12)).iter().find(|d| {
            d.span.start >= span.end
                && d.span.start - span.end <= 12
                && text[span.end..d.span.start].split_whitespace().count() <= 2
                && d.kind == DateKind::Absolute
                && d.year_explicit
        }) else {
            continue;
        };
        let v = d.value.as_deref().unwrap_or_default();
        let want = crate::calendar::iso_date(e.date);
        if v.len() > want.len() || want.starts_with(v) || v.is_empty() {
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
            ..Hit::default()
        });
    }
    out
}
