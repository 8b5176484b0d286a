//! date.invalid: a date that does not exist (June 31).
//!
//! What licenses a finding: a month and a number the recognizers read as a day. They do not
//! read one where the number counts something ("In June 14 ferries ..."), is a clock time's
//! minutes ("23:59 Jan. 4") or a cell of a table row ("RSS3 40 June 212.50"): see
//! `extract::dates::recognizers`.
//!
//! Confidence: always high: the month and day are written together.

use crate::checks::context::{Ctx, Hit};

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
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
            ..Hit::default()
        });
    }
    out
}
