//! date.dateline-offset: the printed dateline is one day off the metadata date.
//!
//! What licenses a finding: a metadata date and a printed date line exactly one day apart. That
//! is normal for a wire story stamped in another time zone than its dateline city's, so it is
//! information, not an error; two days or more is `date.dateline-conflict`.
//!
//! Confidence: always high: both dates are the article's own metadata.

use super::dateline_conflict::offset;
use crate::checks::context::{Ctx, Hit};

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    match offset(ctx) {
        Some((days, hit)) if days.abs() == 1 => vec![hit],
        _ => vec![],
    }
}
