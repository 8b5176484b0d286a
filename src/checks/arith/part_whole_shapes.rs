//! More shapes of a part and its whole: one count opening the clause after "Of the M X,"
//! ("Of the 212 passengers on board, 230 were British"), and a sentence that opens with a
//! part of the count the sentence before ended on ("The league has 18 clubs. Twenty of them
//! voted ...").
//!
//! Confidence: high within one sentence; medium for a part that points back at the sentence
//! before ("of them"), since the pointer is read, not resolved.

use super::part_hit;
use crate::checks::context::{Ctx, Hit};
use crate::checks::window::words_between;
use crate::extract::words::TokenKind;
use crate::extract::{NumberKind, Quantity};
use crate::finding::{Confidence, Related};
use crate::span::Span;

/// "Of the 30 schools in the district, 34 closed": the count right after the whole's comma,
/// counting the whole's things (no noun of its own or the whole's noun), larger than the whole.
pub(super) fn single_after_whole(ctx: &Ctx, whole: usize, wq: &Quantity, comma: usize) -> Option<Hit> {
    let nums = &ctx.m.numbers;
    let w = &nums[whole];
    let k = ctx.m.number_at_token(comma + 1)?;
    let p = &nums[k];
    if p.sentence != w.sentence || p.kind != NumberKind::Count || p.low <= w.high || !whole_counts(ctx, p, w) {
        return None;
    }
    let own = ctx.m.quantity_of(k).and_then(|q| q.head.as_ref());
    if own.is_some_and(|h| Some(h) != wq.head.as_ref()) {
        return None;
    }
    // "34 of them", "34 percent": a share of something else.
    let s = ctx.article.sentences[p.sentence].span;
    let next = words_between(&ctx.article.text, p.span.end, s.end);
    if next.first().is_some_and(|x| matches!(&**x, "of" | "more" | "others" | "other")) {
        return None;
    }
    let related = vec![Related { span: w.span, message: format!("whole stated here: {}", ctx.text(w.span)) }];
    Some(part_hit(p, w, p.span, related))
}

/// Words after the count the sentence before ends on that would give "them" another referent.
const OTHER_REFERENT: &[&str] = &["and", "or", "with", "plus", "including", "while", "whose", "among"];

/// "The league has 18 clubs. Twenty of them voted ...": a sentence that opens with a count
/// and "of them|those|these", after a sentence whose one count ends it.
pub(super) fn pointed_partitives(ctx: &Ctx) -> Vec<Hit> {
    let (text, toks, nums) = (&ctx.article.text, &ctx.m.tokens, &ctx.m.numbers);
    let mut out = Vec::new();
    for s in 1..ctx.article.sentences.len() {
        let Some(first) = ctx.m.sentence_tokens(s).find(|&k| toks[k].kind == TokenKind::Word) else { continue };
        // The part may carry its bound first ("More than 450 of them").
        let Some(pi) = (first..first + 3).find_map(|k| ctx.m.number_at_token(k)) else { continue };
        let bounded = (first..nums[pi].token).all(|k| {
            matches!(
                toks[k].text(text).to_lowercase().as_str(),
                "more" | "than" | "at" | "least" | "over" | "nearly" | "almost"
            )
        });
        if !bounded {
            continue;
        }
        let p = &nums[pi];
        let word = |k: usize| toks.get(k).filter(|t| t.sentence() == s).map(|t| t.text(text).to_lowercase());
        let pointer = word(p.token_end + 1);
        if p.kind != NumberKind::Count
            || word(p.token_end).as_deref() != Some("of")
            || !matches!(pointer.as_deref(), Some("them" | "those" | "these"))
        {
            continue;
        }
        let before: Vec<usize> = ctx.m.sentence_numbers(s - 1).filter(|&i| nums[i].kind == NumberKind::Count).collect();
        let [wi] = before[..] else { continue };
        let w = &nums[wi];
        if ctx.m.sentence_numbers(s - 1).count() != 1 || p.low <= w.high || !whole_counts(ctx, p, w) {
            continue;
        }
        let Some(wq) = ctx.m.quantity_of(wi) else { continue };
        if wq.head.is_none() {
            continue;
        }
        // The whole closes its sentence: nothing after its noun could be what "them" means.
        let end = wq.noun_span.map_or(w.span.end, |sp| sp.end);
        let tail = words_between(text, end, ctx.article.sentences[s - 1].span.end);
        if tail.len() > 6 || tail.iter().any(|x| OTHER_REFERENT.contains(&&**x)) {
            continue;
        }
        let related = vec![Related { span: w.span, message: format!("whole stated here: {}", ctx.text(w.span)) }];
        let span = Span::new(p.span.start, toks[p.token_end + 1].span().end);
        out.push(Hit { confidence: Confidence::Medium, ..part_hit(p, w, span, related) });
    }
    out
}

/// Whether both figures count whole things as written: integers with no scale word ("2.9 mln
/// dlrs" against "750,000 dlrs" compares a scaled sum with a plain one).
fn whole_counts(ctx: &Ctx, p: &crate::extract::NumberMention, w: &crate::extract::NumberMention) -> bool {
    let plain = |n: &crate::extract::NumberMention| {
        n.value.fract() == 0.0 && super::super::precision(ctx, n) == 0.0 && n.currency.is_none()
    };
    plain(p) && plain(w)
}
