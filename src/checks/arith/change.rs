//! arith.change: a stated change ("a 20 percent rise", "tripled") that its from/to numbers
//! contradict.

use super::{decimals, precision, CHANGE_NOUNS};
use crate::checks::context::{Ctx, Hit};
use crate::checks::window::{words_after, words_before, words_between, Word};
use crate::checks::wording::fmt_num;
use crate::extract::{Bound, NumberKind, NumberMention};
use crate::finding::Related;
use crate::span::Span;

const UP_WORDS: &[&str] = &[
    "rose",
    "rise",
    "risen",
    "rising",
    "grew",
    "grown",
    "growth",
    "increased",
    "increase",
    "up",
    "gained",
    "gain",
    "climbed",
    "jumped",
    "jump",
    "surged",
    "soared",
    "expanded",
    "higher",
    "boost",
    "added",
    "doubled",
    "tripled",
    "quadrupled",
];

const DOWN_WORDS: &[&str] = &[
    "fell",
    "fall",
    "fallen",
    "falling",
    "dropped",
    "drop",
    "declined",
    "decline",
    "decreased",
    "decrease",
    "down",
    "cut",
    "lost",
    "loss",
    "shrank",
    "slid",
    "slipped",
    "plunged",
    "reduction",
    "lower",
    "halved",
];

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Direction {
    Up,
    Down,
}

fn direction_of(words: &[Word]) -> Option<Direction> {
    words.iter().rev().find_map(|w| {
        if UP_WORDS.contains(&&**w) {
            Some(Direction::Up)
        } else if DOWN_WORDS.contains(&&**w) {
            Some(Direction::Down)
        } else {
            None
        }
    })
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let nums = &ctx.m.numbers;
    let mut out = Vec::new();
    for i in 0..nums.len().saturating_sub(1) {
        let (a, b) = (&nums[i], &nums[i + 1]);
        if a.sentence != b.sentence || !matches!(a.kind, NumberKind::Count | NumberKind::Money | NumberKind::Percent) {
            continue;
        }
        if b.kind != a.kind {
            continue;
        }
        let before_a = words_before(ctx, a.sentence, a.span.start, 1);
        if before_a.first().map(|w| &**w) != Some("from") || text[a.span.end..b.span.start].trim() != "to" {
            continue;
        }
        if a.value <= 0.0 || a.bound != Bound::Exact || b.bound != Bound::Exact {
            continue;
        }
        // ASCII lowercasing keeps byte offsets, so the position found is valid in `text`.
        let sentence_start = ctx.article.sentences[a.sentence].span.start;
        let from_start = text[sentence_start..a.span.start]
            .to_ascii_lowercase()
            .rfind("from")
            .map_or(a.span.start, |k| sentence_start + k);
        // The stated change: right before "from" ("tripled, from", "fell 30 percent, from") or
        // right after the new value (", a 20 percent rise").
        let stated = stated_before(ctx, i, from_start).or_else(|| stated_after(ctx, i + 1));
        let Some((c, span, direction)) = stated else { continue };
        if let Some(hit) = judge_change(ctx, a, b, c, span, direction) {
            out.push(hit);
        }
    }
    out
}

/// A change amount in the words before a "from A to B" in the same clause.
fn stated_before(ctx: &Ctx, a: usize, from_start: usize) -> Option<(usize, Span, Option<Direction>)> {
    let nums = &ctx.m.numbers;
    let text = &ctx.article.text;
    let an = &nums[a];
    // Nothing but a comma between the change and "from".
    let c = (0..a).rev().find(|&k| nums[k].sentence == an.sentence)?;
    let cn = &nums[c];
    if !text[cn.span.end..from_start].trim().trim_end_matches(',').trim().is_empty() {
        return None;
    }
    let before = words_before(ctx, cn.sentence, cn.span.start, 3);
    let direction = direction_of(&before).or_else(|| direction_of(&words_between(text, cn.span.start, cn.span.end)));
    match cn.kind {
        NumberKind::Multiplier => {}
        // "fell by half", "rose by 150": an amount needs "by" or a verb of change right before.
        NumberKind::Fraction | NumberKind::Count | NumberKind::Money => {
            if before.last().map(|w| &**w) != Some("by") || direction.is_none() {
                return None;
            }
        }
        NumberKind::Percent | NumberKind::PercentagePoints => {
            direction?;
        }
        _ => return None,
    }
    // Start the span at the verb of change when it is close ("fell 30 percent, from ...").
    let toks = &ctx.m.tokens;
    let verb_start = (cn.token.saturating_sub(3)..cn.token)
        .find(|&k| {
            let w = toks[k].text(text).to_lowercase();
            toks[k].sentence == cn.sentence && (UP_WORDS.contains(&w.as_str()) || DOWN_WORDS.contains(&w.as_str()))
        })
        .map_or(cn.span.start, |k| toks[k].span.start);
    Some((c, Span::new(verb_start, nums[a + 1].span.end), direction))
}

/// ", a 20 percent rise" after the new value (a few words such as "a month" may come between).
fn stated_after(ctx: &Ctx, b: usize) -> Option<(usize, Span, Option<Direction>)> {
    let nums = &ctx.m.numbers;
    let text = &ctx.article.text;
    let bn = &nums[b];
    let c = b + 1;
    let cn = nums.get(c).filter(|n| n.sentence == bn.sentence)?;
    if !matches!(cn.kind, NumberKind::Percent | NumberKind::PercentagePoints) {
        return None;
    }
    let between = &text[bn.span.end..cn.span.start];
    let trimmed = between.trim_end();
    if !(trimmed.ends_with(", a") || trimmed.ends_with(", an"))
        || words_between(text, bn.span.end, cn.span.start).len() > 5
    {
        return None;
    }
    let after = words_after(ctx, cn.sentence, cn.span.end, 1);
    let noun = after.first()?;
    if !CHANGE_NOUNS.contains(&&**noun) {
        return None;
    }
    let direction = direction_of(&after);
    let start = text[..bn.span.start].to_ascii_lowercase().rfind("from").unwrap_or(nums[b - 1].span.start);
    let end = cn.span.end + text[cn.span.end..].find(&**noun).map_or(0, |k| k + noun.len());
    Some((c, Span::new(start, end), direction))
}

fn judge_change(
    ctx: &Ctx,
    a: &NumberMention,
    b: &NumberMention,
    c: usize,
    span: Span,
    direction: Option<Direction>,
) -> Option<Hit> {
    let cn = &ctx.m.numbers[c];
    let (from, to) = (a.value, b.value);
    let actual_dir = if to > from {
        Direction::Up
    } else if to < from {
        Direction::Down
    } else {
        return None;
    };
    let stated_text = ctx.text(cn.span).to_string();
    let (f, t) = (fmt_num(from), fmt_num(to));
    let wrong_direction = direction.is_some_and(|d| d != actual_dir);
    let (lo, hi, describe) = actual_change(ctx, a, b, cn, actual_dir)?;
    let (slo, shi) = stated_range(ctx, cn);
    let fits = hi >= slo - 1e-9 && lo <= shi + 1e-9;
    if fits && !wrong_direction {
        return None;
    }
    let arithmetic = if wrong_direction {
        format!(
            "from {f} to {t} is a {}, but the text says the change went the other way",
            if actual_dir == Direction::Up { "rise" } else { "fall" }
        )
    } else {
        format!("{describe}, but the text says {stated_text}")
    };
    Some(Hit {
        span,
        label: "the change does not match these numbers".into(),
        vars: vec![
            ("from", f),
            ("to", t),
            ("stated", stated_text.clone()),
            ("actual", describe),
            ("arithmetic", arithmetic),
        ],
        related: vec![Related { span: cn.span, message: format!("change stated here: {stated_text}") }],
        fixes: if wrong_direction { vec![] } else { change_fix(ctx, a, b, cn) },
        ..Hit::default()
    })
}

/// The change the numbers give, in the stated change's own terms, with its rounding range, and
/// how it is worked out. None where the numbers cannot be read in those terms.
fn actual_change(
    ctx: &Ctx,
    a: &NumberMention,
    b: &NumberMention,
    cn: &NumberMention,
    actual_dir: Direction,
) -> Option<(f64, f64, String)> {
    let (from, to) = (a.value, b.value);
    // How far the from/to values could be off from their rounding.
    let (pa, pb) = (precision(ctx, a) / 2.0, precision(ctx, b) / 2.0);
    let (f, t) = (fmt_num(from), fmt_num(to));
    Some(match cn.kind {
        NumberKind::Percent => {
            let rel = |x: f64, y: f64| (y - x).abs() / x * 100.0;
            let r = rel(from, to);
            let corners =
                [rel(from - pa, to - pb), rel(from - pa, to + pb), rel(from + pa, to - pb), rel(from + pa, to + pb)];
            let lo = corners.iter().copied().fold(f64::INFINITY, f64::min);
            let hi = corners.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            // "from 40 percent to 44 percent, a 4 percent rise" is loose usage for points:
            // accept either reading.
            if a.kind == NumberKind::Percent && ((to - from).abs() - cn.value).abs() <= 10f64.powi(-decimals(ctx, cn)) {
                return None;
            }
            (lo, hi, format!("({t} − {f}) / {f} = {} percent", fmt_num(round2(signed(r, actual_dir)))))
        }
        NumberKind::PercentagePoints => {
            if a.kind != NumberKind::Percent {
                return None;
            }
            let d = (to - from).abs();
            (d - pa - pb, d + pa + pb, format!("{t} − {f} = {} points", fmt_num(round2(to - from))))
        }
        NumberKind::Multiplier => {
            let r = to / from;
            let lo = (to - pb) / (from + pa);
            let hi = (to + pb) / (from - pa).max(1e-9);
            (lo, hi, format!("{t} / {f} = {} times", fmt_num(round2(r))))
        }
        NumberKind::Fraction => {
            let r = (to - from).abs() / from;
            let lo = ((to - from).abs() - pa - pb).max(0.0) / (from + pa);
            let hi = ((to - from).abs() + pa + pb) / (from - pa).max(1e-9);
            (lo, hi, format!("({t} − {f}) / {f} = {}", fmt_num(round2(signed(r, actual_dir)))))
        }
        NumberKind::Count | NumberKind::Money => {
            let d = (to - from).abs();
            (d - pa - pb, d + pa + pb, format!("{t} − {f} = {}", fmt_num(to - from)))
        }
        _ => return None,
    })
}

/// What the stated change allows, after its own bound and rounding.
fn stated_range(ctx: &Ctx, cn: &NumberMention) -> (f64, f64) {
    let step = match cn.kind {
        NumberKind::Multiplier | NumberKind::Fraction => 0.05 * cn.value,
        NumberKind::Count | NumberKind::Money => precision(ctx, cn) / 2.0,
        // A percent change is often truncated ("20 percent" for 20.9), so allow a whole step.
        NumberKind::Percent => 10f64.powi(-decimals(ctx, cn)),
        _ => 0.5 * 10f64.powi(-decimals(ctx, cn)),
    };
    match cn.bound {
        Bound::Exact => (cn.value - step, cn.value + step),
        Bound::AtLeast => (cn.value - step, f64::INFINITY),
        Bound::AtMost => (cn.value * 0.8 - step, cn.value + step),
        _ => (cn.low - step, cn.high + step),
    }
}

fn signed(v: f64, d: Direction) -> f64 {
    if d == Direction::Down {
        -v
    } else {
        v
    }
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

/// The stated change that fits the endpoints, in its own terms and to its own decimals ("from
/// 40 to 50, a 25 percent rise"), written over the stated figure. A change stated in words or
/// as a fraction ("half") is left alone, as is a wrong direction (the word is wrong, not the
/// figure).
fn change_fix(ctx: &Ctx, a: &NumberMention, b: &NumberMention, cn: &NumberMention) -> Vec<crate::finding::Fix> {
    let (from, to) = (a.value, b.value);
    let exact = match cn.kind {
        NumberKind::Percent => (to - from).abs() / from * 100.0,
        NumberKind::PercentagePoints | NumberKind::Count | NumberKind::Money => (to - from).abs(),
        NumberKind::Multiplier => to / from,
        _ => return vec![],
    };
    let scale = 10f64.powi(decimals(ctx, cn).max(i32::from(cn.kind == NumberKind::Multiplier)));
    let value = (exact * scale).round() / scale;
    if cn.bound != Bound::Exact || !value.is_finite() || value <= 0.0 {
        return vec![];
    }
    let description = format!("write the change the figures give, {}", fmt_num(value));
    crate::checks::fixes::number_fix(ctx, cn.span, cn.value, value, description).into_iter().collect()
}
