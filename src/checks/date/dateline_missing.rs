//! date.dateline-missing: an article with no dateline, so the date checks that need one are
//! skipped. Not when a date line is there but unreadable: `date.dateline-invalid` says so.
//!
//! Confidence: always high: it reports the article's own structure.

use crate::checks::context::{Ctx, Hit};
use crate::span::Span;

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    if ctx.article.dateline.is_some() || ctx.article.unreadable_dateline.is_some() {
        return vec![];
    }
    let span = ctx.article.line_span(0);
    // A wire dateline whose year neither the line nor any metadata gives: say it was seen.
    let seen = match &ctx.article.printed {
        Some(p) if p.date.is_none() && !p.has_year => {
            format!(" (the wire dateline “{}” has no year and there is no metadata date)", ctx.text(p.span))
        }
        _ => String::new(),
    };
    vec![Hit {
        span: Span::new(span.start, span.start),
        label: "no dateline found".into(),
        vars: vec![("seen", seen)],
        ..Hit::default()
    }]
}
