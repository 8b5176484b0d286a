//! fact.event-figure: a known event's figure (a death toll) stated otherwise.
//!
//! Confidence: always high: the figure stands in the sentence naming the event.

use crate::checks::context::{Ctx, Hit};
use crate::checks::wording::fmt_num;
use crate::extract::NumberKind;
use crate::finding::Related;
use crate::rules::FIGURE_WORDS;

/// A figure key matches a quantity whose verb or head noun is the key itself or another word of
/// the key's group in [`FIGURE_WORDS`] (the only keys an event may have).
fn figure_matches(key: &str, word: &str) -> bool {
    let (key, word) = (key.to_lowercase(), word.to_lowercase());
    key == word || FIGURE_WORDS.iter().any(|g| g.contains(&key.as_str()) && g.contains(&word.as_str()))
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let facts = &ctx.rules.facts;
    let mut out = Vec::new();
    for &(ei, span) in ctx.events() {
        let e = &facts.events[ei];
        if e.figures.is_empty() {
            continue;
        }
        let Some(sentence) = ctx.article.sentence_at(span.start) else { continue };
        // A figure counts only in the sentence that names the event: the next sentence may be
        // about something else ("Another blast last year killed 3").
        // Quantities are in number order and numbers in text order: the sentence's quantities
        // are one run of them (all of them per event grew with events x quantities).
        let numbers = ctx.m.sentence_numbers(sentence);
        let qs = &ctx.m.quantities;
        let (from, to) =
            (qs.partition_point(|q| q.number < numbers.start), qs.partition_point(|q| q.number < numbers.end));
        for q in &qs[from..to.max(from)] {
            let n = &ctx.m.numbers[q.number];
            if n.sentence != sentence || n.kind != NumberKind::Count {
                continue;
            }
            let words = [q.verb.as_deref(), q.head.as_deref()];
            let Some((key, &want)) =
                e.figures.iter().find(|(k, _)| words.iter().flatten().any(|w| figure_matches(k, w)))
            else {
                continue;
            };
            let (lo, hi) = (want - e.tolerance, want + e.tolerance);
            // The stated number allows an interval ("more than 2,900"); any overlap is consistent.
            if n.low <= hi + 1e-9 && n.high >= lo - 1e-9 {
                continue;
            }
            let expected =
                if e.tolerance > 0.0 { format!("{} to {}", fmt_num(lo), fmt_num(hi)) } else { fmt_num(want) };
            out.push(Hit {
                span: n.span,
                label: format!("{key}: {expected}"),
                vars: vec![
                    ("event", e.name.clone()),
                    ("figure", key.clone()),
                    ("stated", ctx.text(n.span).to_string()),
                    ("expected", expected),
                ],
                related: vec![Related { span, message: "the event named here".into() }],
                ..Hit::default()
            });
        }
    }
    out
}
