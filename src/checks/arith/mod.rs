//! Arithmetic checks (`arith.*`): sums, shares of one whole, stated changes, parts of a whole.
//!
//! Every check here prefers silence to a guess: a number is only compared with another when the
//! wording ties them together (a shared "of" whole, a "from A to B" beside its change).

pub(super) mod change;
mod change_read;
pub(super) mod part_whole;
pub(super) mod percent_sum;
pub(super) mod sum;

use crate::checks::context::Ctx;
use crate::extract::{NumberKind, NumberMention};

/// Decimal places as written ("50.6 percent" has one).
fn decimals(ctx: &Ctx, n: &NumberMention) -> i32 {
    // A currency sign may come first ("$2.6 million").
    let t = ctx.text(n.span).trim_start_matches(|c: char| !c.is_ascii_digit());
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',').collect();
    digits.split_once('.').map_or(0, |(_, d)| d.len() as i32)
}

/// The smallest step a written number can resolve: "2.5 million" is good to 100,000, "1,200"
/// and "twelve" to 1.
fn precision(ctx: &Ctx, n: &NumberMention) -> f64 {
    let d = decimals(ctx, n);
    let lower = ctx.text(n.span).to_lowercase();
    // A plain whole count ("1,200 deaths") is exact; a percentage or a scaled figure is rounded.
    let scaled = ["million", "billion", "trillion", "thousand", "bn", "mn"].iter().any(|w| lower.contains(w))
        || lower.ends_with('m')
        || lower.ends_with('k');
    if matches!(n.kind, NumberKind::Count | NumberKind::Money) && !scaled && d == 0 {
        return 0.0;
    }
    let scale = if lower.contains("trillion") {
        1e12
    } else if lower.contains("billion") || lower.contains("bn") {
        1e9
    } else if lower.contains("million") || lower.ends_with('m') || lower.contains("mn") {
        1e6
    } else if lower.contains("thousand") || lower.ends_with('k') {
        1e3
    } else {
        1.0
    };
    scale * 10f64.powi(-d)
}

/// Nouns that name a change after its amount: "a 20 percent rise".
#[rustfmt::skip]
const CHANGE_NOUNS: &[&str] = &[
    "rise", "increase", "gain", "jump", "drop", "decline", "fall", "decrease", "cut", "reduction", "growth", "climb",
    "hike", "boost", "surge", "loss", "slide", "dip",
];
