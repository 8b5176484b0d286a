//! arith.change: a stated change ("a 20 percent rise", "tripled") that its old and new values
//! contradict. The structure (which numbers are the endpoints and which the change, in any
//! word order) is read in `change_read`; this file works the change out and judges it.
//! arith.change: a stated change ("a 20 percent rise", "tripled") that its from/to numbers
//! contradict.
//!
//! Confidence: always high: the change and its from/to numbers stand in one sentence.

use super::change_read::{claims, Direction};
use super::{decimals, precision};
use crate::checks::context::{Ctx, Hit};
use crate::checks::wording::fmt_num;
use crate::extract::{Bound, NumberKind, NumberMention};
use crate::finding::Related;
use crate::span::Span;

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let nums = &ctx.m.numbers;
    claims(ctx)
        .into_iter()
        .filter_map(|c| judge_change(ctx, &nums[c.old], &nums[c.new], c.stated, c.span, c.direction))
        .collect()
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
    // Whatever shape read the claim, endpoints a scale word apart are not compared.
    if super::change_read::scale_written_once(ctx, a, b) {
        return None;
    }
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
    let (pa, pb) = (endpoint_step(ctx, a) / 2.0, endpoint_step(ctx, b) / 2.0);
    let (f, t) = (fmt_num(from), fmt_num(to));
    Some(match cn.kind {
        NumberKind::Percent => {
            let r = (to - from).abs() / from * 100.0;
            // The signed change (y - x) / x grows with y and shrinks with x, so its range has
            // these two ends; the size of the change is 0 where the range holds no change.
            let low = ((to - pb) / (from + pa) - 1.0) * 100.0;
            let high = ((to + pb) / (from - pa).max(1e-9) - 1.0) * 100.0;
            let (lo, hi) = if low <= 0.0 && high >= 0.0 {
                (0.0, low.abs().max(high))
            } else {
                (low.abs().min(high.abs()), low.abs().max(high.abs()))
            };
            // "from 40 percent to 44 percent, a 4 percent rise" states points as percent: the
            // relative change is 10 percent, so it is judged as written (percentage points are
            // their own kind).
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

/// The rounding step of an endpoint. A scaled figure written with one digit ("$1 million",
/// "3 bln") is read to two ("1.0 million"): a writer who works out a change beside it writes
/// "$1.3 million" for 1.3 million, so its full rounding (0.5 to 1.5 million) would leave every
/// change unjudged. "$20 million" and "$1.2 million" keep the rounding of their digits.
fn endpoint_step(ctx: &Ctx, n: &NumberMention) -> f64 {
    let step = precision(ctx, n);
    if step > 1.0 && decimals(ctx, n) == 0 && n.value / step < 9.5 {
        step / 10.0
    } else {
        step
    }
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
