//! House-style kinds for rule writers: substitution, existence, consistency (Vale parity).
//! Phrases are literal and matched on word boundaries; one automaton per rule, built once.

use super::{Ctx, Hit, Related};
use crate::article::Span;
use crate::rules::Rule;

/// (pattern index, span) of every whole-word match of a rule's phrases.
fn matches(ctx: &Ctx, rule: &Rule) -> Vec<(usize, Span)> {
    let ac = rule.settings.automaton();
    let text = &ctx.article.text;
    ac.find_iter(text)
        .filter_map(|m| {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            (boundary(before) && boundary(after)).then(|| (m.pattern().as_usize(), Span::new(m.start(), m.end())))
        })
        .collect()
}

pub(super) fn substitution(ctx: &Ctx, rule: &Rule) -> Vec<Hit> {
    matches(ctx, rule)
        .into_iter()
        .filter_map(|(p, span)| {
            let (from, to) = &rule.settings.swap[p];
            let found = ctx.text(span);
            // A replacement that is already what is written (case-insensitive rule) is fine.
            if found == to {
                return None;
            }
            let _ = from;
            Some(Hit {
                span,
                label: format!("use “{to}”"),
                vars: vec![("match", found.to_string()), ("replacement", to.clone())],
                related: vec![],
            })
        })
        .collect()
}

pub(super) fn existence(ctx: &Ctx, rule: &Rule) -> Vec<Hit> {
    matches(ctx, rule)
        .into_iter()
        .map(|(_, span)| Hit {
            span,
            label: "found here".into(),
            vars: vec![("match", ctx.text(span).to_string())],
            related: vec![],
        })
        .collect()
}

pub(super) fn consistency(ctx: &Ctx, rule: &Rule) -> Vec<Hit> {
    // Patterns are laid out as [a0, b0, a1, b1, ...]: pair i is (2i, 2i+1).
    let found = matches(ctx, rule);
    let mut out = Vec::new();
    for pair in 0..rule.settings.either.len() {
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
            });
        }
    }
    out
}
