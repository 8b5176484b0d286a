//! arith.part-whole: a part larger than its whole ("nine of the eight judges"), or a whole
//! shared out among holders whose shares do not fit it.
//!
//! Confidence: always high: the part and its whole stand in one sentence.

use crate::checks::context::{Ctx, Hit};
use crate::checks::window::{iter_words_between, Word};
use crate::checks::wording::{addition, fmt_num};
use crate::extract::words::TokenKind;
use crate::extract::wordset::lowercase_is;
use crate::extract::{Bound, NumberKind, NumberMention};
use crate::finding::Related;
use crate::span::Span;

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let mut out = partitives(ctx);
    out.extend(allocations(ctx));
    out.extend(shapes::pointed_partitives(ctx));
    out.extend(shapes::appositive_partitives(ctx));
    out.extend(shapes::included_partitives(ctx));
    out
}

/// "Nine of the eight candidates", "11 of the board's 10 seats".
fn partitives(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let nums = &ctx.m.numbers;
    let mut out = Vec::new();
    for i in 0..nums.len().saturating_sub(1) {
        let (p, w) = (&nums[i], &nums[i + 1]);
        if p.sentence != w.sentence || p.kind != NumberKind::Count || w.kind != NumberKind::Count {
            continue;
        }
        // "hundreds of thousands": a vague amount is no part of a count.
        // Only a part larger than its whole is reported: the words between are read for those.
        if p.bound == Bound::Vague || w.bound == Bound::Vague || p.low <= w.high {
            continue;
        }
        // Both shapes below have at most four words between: a fifth is never needed.
        let between: Vec<Word> = iter_words_between(text, p.span.end, w.span.start).take(5).collect();
        // "seven out of the six reactors", "21 out of 30 matches".
        let out_of = between.len() <= 3
            && between.first().map(|w| &**w) == Some("out")
            && between.get(1).map(|w| &**w) == Some("of")
            && !text[p.span.end..w.span.start].contains([',', ';', '.']);
        let joined = out_of
            || between.first().map(|w| &**w) == Some("of")
                && between.len() <= 4
                // The whole opens the "of" phrase's noun: "of the [8] candidates", "of the
                // board's [10] seats"; not "two of the resistors were [1] millidegree".
                && between.last().is_some_and(|x| {
                    matches!(&**x, "the" | "its" | "their" | "these" | "those")
                        || x.ends_with("'s")
                        || x.ends_with("’s")
                })
                && !text[p.span.end..w.span.start].contains([',', ';', '.']);
        if !joined {
            continue;
        }
        let end = ctx.m.quantity_of(i + 1).and_then(|q| q.noun_span).map_or(w.span.end, |s| s.end);
        out.push(part_hit(p, w, Span::new(p.span.start, end), vec![]));
    }
    out
}

/// The finding for one part larger than its whole.
fn part_hit(p: &NumberMention, w: &NumberMention, span: Span, related: Vec<Related>) -> Hit {
    let arithmetic = format!("{} is more than the {} it is part of", fmt_num(p.value), fmt_num(w.value));
    Hit {
        span,
        label: "part larger than its whole".into(),
        vars: vec![
            ("parts", fmt_num(p.value)),
            ("sum", fmt_num(p.value)),
            ("whole", fmt_num(w.value)),
            ("arithmetic", arithmetic),
        ],
        related,
        ..Hit::default()
    }
}

/// "Of the 12 districts, Democrats won seven and Republicans six": a whole shared out among
/// holders named before each share.
fn allocations(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let toks = &ctx.m.tokens;
    let nums = &ctx.m.numbers;
    let mut out = Vec::new();
    for (si, _) in ctx.article.sentences.iter().enumerate() {
        let first_word = ctx.m.sentence_tokens(si).find(|&k| toks[k].kind() == TokenKind::Word);
        let Some(fw) = first_word else { continue };
        let is = |k: usize, w: &str| lowercase_is(toks[k].text(text), w);
        if !is(fw, "of") || fw + 2 >= toks.len() {
            continue;
        }
        // "Of the 12 districts," or "Of 12 districts,".
        let at = if is(fw + 1, "the") { fw + 2 } else { fw + 1 };
        let Some(wi) = ctx.m.number_at_token(at).filter(|&i| nums[i].kind == NumberKind::Count) else { continue };
        let whole = &nums[wi];
        let Some(wq) = ctx.m.quantity_of(wi) else { continue };
        // The whole's noun phrase runs to the first comma.
        let Some(comma) = (whole.token_end..ctx.m.sentence_tokens(si).end).find(|&k| toks[k].text(text) == ",") else {
            continue;
        };
        // Each share must follow a holder (and usually a verb), not open the clause: "62 were
        // destroyed" makes the counts subjects, which is arith.sum's shape.
        let mut parts: Vec<usize> = Vec::new();
        for (k, n) in nums.iter().enumerate().skip(wi + 1) {
            if n.sentence != si || n.kind != NumberKind::Count {
                break;
            }
            if n.token <= comma + 1 {
                parts.clear();
                break;
            }
            let between_prev = match parts.last() {
                Some(&p) => &text[nums[p].span.end..n.span.start],
                None => &text[toks[comma].span().end..n.span.start],
            };
            if between_prev.contains([';', ':']) {
                break;
            }
            let prev_word = toks[n.token - 1].text(text);
            if toks[n.token - 1].kind() != TokenKind::Word || prev_word == "and" || prev_word == "than" {
                break;
            }
            let q = ctx.m.quantity_of(k);
            // A share counts the whole's units or is bare ("seven"); "by 212 votes" is not one.
            if q.and_then(|q| q.head.as_ref()).is_some_and(|h| Some(h) != wq.head.as_ref()) {
                break;
            }
            parts.push(k);
        }
        if parts.is_empty() {
            // "Of the 30 schools in the district, 34 closed": one count opening the clause, of
            // the whole's own things (no noun of its own, or the whole's noun).
            if let Some(hit) = shapes::single_after_whole(ctx, wi, wq, comma) {
                out.push(hit);
            }
            continue;
        }
        if parts.len() < 2 {
            continue;
        }
        let low: f64 = parts.iter().map(|&p| nums[p].low).sum();
        if low <= whole.high + 1e-9 {
            continue;
        }
        let add = addition(parts.iter().map(|&p| nums[p].value));
        let sum = add.sum;
        let arithmetic = format!("{}, but the whole is {}", add.equation, fmt_num(whole.value));
        let last = &nums[*parts.last().unwrap()];
        out.push(Hit {
            span: Span::new(toks[fw].span().start, last.span.end),
            label: format!("shares add up to {}", fmt_num(sum)),
            vars: vec![
                ("parts", add.list.clone()),
                ("sum", fmt_num(sum)),
                ("whole", fmt_num(whole.value)),
                ("arithmetic", arithmetic),
            ],
            related: vec![Related {
                span: whole.span,
                message: format!("whole stated here: {}", ctx.text(whole.span)),
            }],
            fixes: crate::checks::fixes::number_fix(
                ctx,
                whole.span,
                whole.value,
                sum,
                format!("write the whole the shares add up to, {}", fmt_num(sum)),
            )
            .into_iter()
            .collect(),
            ..Hit::default()
        });
    }
    out
}

#[path = "part_whole_shapes.rs"]
mod shapes;
