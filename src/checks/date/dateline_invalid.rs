//! date.dateline-invalid: a date line that is there but cannot be read (`date 2025-02-30`),
//! so the article is checked without the date it meant to give.
//!
//! Confidence: always high: it reports the article's own structure.

use crate::checks::context::{Ctx, Hit};

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let Some(u) = &ctx.article.unreadable_dateline else { return vec![] };
    vec![Hit {
        span: u.span,
        label: u.reason.clone(),
        vars: vec![("line", u.line.clone()), ("reason", u.reason.clone())],
        related: vec![],
        ..Hit::default()
    }]
}
