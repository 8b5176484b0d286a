//! House-style checks for rule writers: substitution, existence, consistency (Vale parity).
//! Phrases are literal and matched on word boundaries; one automaton per rule, built once.
//!
//! Confidence: always high: a phrase matches or it does not.

pub(super) mod consistency;
pub(super) mod existence;
pub(super) mod substitution;

#[cfg(test)]
mod tests;

use crate::checks::context::Ctx;
use crate::rules::Phrases;
use crate::span::Span;

/// (phrase index, span) of every whole-word match of a rule's phrases.
pub(super) fn matches(ctx: &Ctx, phrases: &Phrases) -> Vec<(usize, Span)> {
    let ac = phrases.automaton();
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
