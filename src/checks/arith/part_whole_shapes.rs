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
        let Some(first) = ctx.m.sentence_tokens(s).find(|&k| toks[k].kind() == TokenKind::Word) else { continue };
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
        let word = |k: usize| toks.in_sentence(k, s).then(|| toks[k].text(text).to_lowercase());
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

/// "trial on 18 charges, 20 of which ...", "killing 21 people, 23 of them tourists", "100 acres,
/// of which 110 ...": a part pointing back with "of which|whom|them" right after the comma that
/// closes its whole's noun phrase, larger than the whole. No other figure before the comma may
/// be as large as the part: "them" could then mean that one.
pub(super) fn appositive_partitives(ctx: &Ctx) -> Vec<Hit> {
    let (text, toks, nums) = (&ctx.article.text, &ctx.m.tokens, &ctx.m.numbers);
    let word = |k: usize| toks.get(k).map(|t| t.text(text).to_lowercase());
    let mut out = Vec::new();
    for (wi, w) in nums.iter().enumerate() {
        if w.kind != NumberKind::Count {
            continue;
        }
        let Some(wq) = ctx.m.quantity_of(wi) else { continue };
        let Some(noun) = wq.noun_span.filter(|_| wq.head.is_some()) else { continue };
        // The comma right after the whole's noun phrase.
        let Some(comma) = (w.token_end..toks.len()).find(|&k| toks[k].span().start >= noun.end) else { continue };
        if toks[comma].text(text) != "," || !toks.in_sentence(comma, w.sentence) {
            continue;
        }
        let at = if word(comma + 1).as_deref() == Some("out") { comma + 2 } else { comma + 1 };
        let (pi, pointer) = if word(at).as_deref() == Some("of") {
            // "of which 110 are"
            (ctx.m.number_at_token(at + 2), word(at + 1))
        } else {
            // "23 of them", "20 of which"
            let pi = ctx.m.number_at_token(at);
            let after = pi.map(|i| nums[i].token_end);
            let of = after.and_then(word);
            (pi.filter(|_| of.as_deref() == Some("of")), after.and_then(|k| word(k + 1)))
        };
        let Some(pi) = pi else { continue };
        let p = &nums[pi];
        if !matches!(pointer.as_deref(), Some("which" | "whom" | "them")) || p.sentence != w.sentence {
            continue;
        }
        if p.kind != NumberKind::Count || p.low <= w.high || !whole_counts(ctx, p, w) {
            continue;
        }
        // Another count as large may be what "them" means; an amount of money or a scaled
        // figure ("4.5 mln dlrs in sales and 100 acres, of which 110") counts no things.
        let rival = ctx.m.sentence_numbers(w.sentence).any(|i| {
            let n = &nums[i];
            i != wi && n.token < comma && n.high >= p.low && n.kind == NumberKind::Count && whole_counts(ctx, n, n)
        });
        if rival {
            continue;
        }
        let related = vec![Related { span: w.span, message: format!("whole stated here: {}", ctx.text(w.span)) }];
        // The span runs to the pointer: "of which 110", "23 of them".
        let pointer_end = toks.get(p.token_end + 1).filter(|_| p.token == at).map_or(p.span.end, |t| t.span().end);
        out.push(part_hit(p, w, Span::new(toks[comma + 1].span().start, pointer_end), related));
    }
    out
}

/// Plural number words that name a kind of what is counted: a cricket ball hit for four, a
/// three-point shot ("207 balls, including 24 fours").
const NUMBER_KINDS: &[&str] = &["twos", "threes", "fours", "fives", "sixes"];

/// "his 207 balls, including 224 fours", "12 people, including 15 children": a part right
/// after "including", which opens just after the comma that closes its whole's noun phrase,
/// larger than the whole. The part counts the whole's own things (its noun, a kind of person
/// in a group of people, a scoring kind of a ball). It may open a list ("including 224 fours
/// and four sixes") whose parts are not all of the whole's noun, so arith.sum does not add
/// them; "including" may leave things out, and kinds of different names may overlap, so each
/// part is held to the whole alone, never their sum. No figure after the list, and none before
/// the comma as large as the part: "including" could hang on it.
pub(super) fn included_partitives(ctx: &Ctx) -> Vec<Hit> {
    let (text, toks, nums) = (&ctx.article.text, &ctx.m.tokens, &ctx.m.numbers);
    let word = |k: usize| toks.get(k).map(|t| t.text(text).to_lowercase());
    let mut out = Vec::new();
    for (wi, w) in nums.iter().enumerate() {
        if w.kind != NumberKind::Count || wi + 1 >= nums.len() {
            continue;
        }
        let Some(wq) = ctx.m.quantity_of(wi) else { continue };
        let Some(noun) = wq.noun_span.filter(|_| wq.head.is_some()) else { continue };
        let Some(comma) = (w.token_end..toks.len()).find(|&k| toks[k].span().start >= noun.end) else { continue };
        if toks[comma].text(text) != "," || word(comma + 1).as_deref() != Some("including") {
            continue;
        }
        let Some(pi) = ctx.m.number_at_token(comma + 2).filter(|&i| i == wi + 1) else { continue };
        let p = &nums[pi];
        if p.sentence != w.sentence || p.kind != NumberKind::Count || p.low <= w.high || !whole_counts(ctx, p, w) {
            continue;
        }
        let Some(pq) = ctx.m.quantity_of(pi).filter(|q| q.head.is_some()) else { continue };
        let head = pq.head.as_deref().unwrap_or_default();
        if !(super::super::sum::compatible(wq, pq) || NUMBER_KINDS.contains(&head)) {
            continue;
        }
        let part_end = pq.noun_span.map_or(p.span.end, |sp| sp.end);
        // The list the part opens ("and four sixes"); a list of the whole's own things is
        // arith.sum's, and a count after the list may be what "including" hangs on.
        let list = included_list(ctx, pi);
        let all_of_whole = list.len() >= 2
            && list.iter().all(|&k| ctx.m.quantity_of(k).is_some_and(|q| super::super::sum::compatible(wq, q)));
        let last = *list.last().unwrap_or(&pi);
        let later_count =
            nums[last + 1..].iter().take_while(|n| n.sentence == p.sentence).any(|n| n.kind == NumberKind::Count);
        if later_count || all_of_whole {
            continue;
        }
        let rival = ctx.m.sentence_numbers(w.sentence).any(|i| {
            let n = &nums[i];
            i != wi && n.token < comma && n.high >= p.low && n.kind == NumberKind::Count
        });
        if rival {
            continue;
        }
        let related = vec![Related { span: w.span, message: format!("whole stated here: {}", ctx.text(w.span)) }];
        out.push(part_hit(p, w, Span::new(toks[comma + 1].span().start, part_end), related));
    }
    out
}

/// The counts of the list that number `first` opens: each next count joined to the one before
/// by a comma or "and" right after its noun phrase, with no verb of its own.
fn included_list(ctx: &Ctx, first: usize) -> Vec<usize> {
    let (text, nums) = (&ctx.article.text, &ctx.m.numbers);
    let mut list = vec![first];
    for k in first + 1..nums.len() {
        let prev = *list.last().unwrap_or(&first);
        let end = ctx.m.quantity_of(prev).and_then(|q| q.noun_span).map_or(nums[prev].span.end, |sp| sp.end);
        let joint = text.get(end..nums[k].span.start).unwrap_or("").trim();
        let own_verb = ctx.m.quantity_of(k).is_some_and(|q| q.verb.is_some());
        if nums[k].sentence != nums[first].sentence
            || nums[k].kind != NumberKind::Count
            || own_verb
            || !matches!(joint, "," | "and" | ", and")
        {
            break;
        }
        list.push(k);
    }
    list
}

/// Whether both figures count whole things as written: integers with no scale word ("2.9 mln
/// dlrs" against "750,000 dlrs" compares a scaled sum with a plain one).
fn whole_counts(ctx: &Ctx, p: &crate::extract::NumberMention, w: &crate::extract::NumberMention) -> bool {
    let plain = |n: &crate::extract::NumberMention| {
        n.value.fract() == 0.0 && super::super::precision(ctx, n) == 0.0 && n.currency.is_none()
    };
    plain(p) && plain(w)
}
