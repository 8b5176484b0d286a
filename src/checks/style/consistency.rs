//! The `consistency` kind: two spellings of one name that must not both appear; the one used
//! first sets the article's choice.

use super::matches;
use crate::checks::context::{Ctx, Hit};
use crate::finding::Related;
use crate::rules::ConsistencySettings;

pub(crate) fn check(ctx: &Ctx, settings: &ConsistencySettings) -> Vec<Hit> {
    // Patterns are laid out as [a0, b0, a1, b1, ...]: pair i is (2i, 2i+1).
    let found = matches(ctx, &settings.phrases);
    let mut out = Vec::new();
    for pair in 0..settings.either.len() {
        let first_a = found.iter().find(|(p, _)| *p == 2 * pair);
        let first_b = found.iter().find(|(p, _)| *p == 2 * pair + 1);
        let (Some(a), Some(b)) = (first_a, first_b) else { continue };
        // The spelling used first sets the article's choice; flag every use of the other.
        let (winner, loser) = if a.1.start < b.1.start { (a, 2 * pair + 1) } else { (b, 2 * pair) };
        for (_, span) in found.iter().filter(|(p, _)| *p == loser) {
            out.push(Hit {
                span: *span,
                label: format!("elsewhere spelled “{}”", ctx.text(winner.1)),
                vars: vec![
                    ("match", ctx.text(*span).to_string()),
                    ("other", ctx.text(winner.1).to_string()),
                    ("first", ctx.line(winner.1.start).to_string()),
                ],
                related: vec![Related {
                    span: winner.1,
                    message: format!("first spelled “{}” here", ctx.text(winner.1)),
                }],
                ..Hit::default()
            });
        }
    }
    out
}
