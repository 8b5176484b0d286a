//! What may stand beside a change's endpoints without being one: a per-unit restatement set off
//! by ", or" ("to $1.38 billion, or 70 cents a share, from $1.91 billion, or $1.12, ..."), a
//! manner phrase ("on an annual basis", "on a seasonally adjusted basis"), a day written in
//! words after its month ("the four weeks ended April three"), and the lag that places the old
//! value a year before the change's own span ("in the quarter, to B from A a year earlier").

use crate::checks::context::Ctx;
use crate::checks::window::{words, Word};
use crate::extract::NumberKind;
use crate::lexicon::month_number;
use crate::span::Span;

/// Words that say what one unit of a restated figure is of: "a share", "per share", "per
/// diluted share", "each".
const PER_WORDS: &[&str] = &["a", "an", "per", "each"];

/// Units a per-share figure is written in after its number ("70 cents", "4 fen").
const MINOR_UNITS: &[&str] = &["cents", "cent", "fen", "pence", "penny", "centavos", "kopecks", "sen", "yen"];

/// The figure an endpoint restates per unit, set off by ", or" right after it, and where that
/// restatement ends: "$322 million, or 28 cents per share,", "93.5 million yuan, or 8 fen per
/// share.", "$1.91 billion, or $1.12, in ...". The restatement is closed by a comma or the
/// sentence's end; its figure is money or a count, followed by nothing, its minor unit, or a
/// per-unit phrase ("a share", "per diluted share"). It is no endpoint and no change.
pub(super) fn per_unit_restatement(ctx: &Ctx, i: usize) -> Option<(usize, usize)> {
    let nums = &ctx.m.numbers;
    let (n, k) = (&nums[i], i + 1);
    let r = nums.get(k)?;
    let sentence_end = ctx.article.sentences[n.sentence].span.end;
    if r.sentence != n.sentence || !matches!(r.kind, NumberKind::Money | NumberKind::Count) {
        return None;
    }
    let text = &ctx.article.text;
    // The endpoint's unit may stand before the comma ("93.5 million yuan, or").
    let lead = &text[n.span.end..r.span.start];
    let (unit, joiner) = lead.split_once(',')?;
    if words(unit).len() > 2 || words(joiner) != ["or"] || unit.contains(['(', ')', ';', ':']) {
        return None;
    }
    // Closed by a comma, or by the sentence's end with nothing but words between.
    let rest = &text[r.span.end..sentence_end];
    let close = match rest.find([',', ';', ':', '(', ')', '—', '–']) {
        Some(at) if rest[at..].starts_with(',') => at,
        Some(_) => return None,
        None => rest.len(),
    };
    // Nothing ("or $1.12,"), a minor unit ("or 4 fen."), or a per-unit phrase after at most
    // one unit word ("or 70 cents a share", "or 1.20 euros per diluted share").
    let said = words(&rest[..close]);
    let per_unit = match said.iter().position(|w| PER_WORDS.contains(&w.as_ref())) {
        Some(at) => at <= 1 && (2..=3).contains(&(said.len() - at)),
        None => said.is_empty() || (said.len() == 1 && MINOR_UNITS.contains(&said[0].as_ref())),
    };
    per_unit.then_some((k, r.span.end + close))
}

/// The next figure after number i, past i's per-unit restatement if it has one, and where the
/// text after i is read from (the restatement's end, or i's own end).
pub(super) fn after_restatement(ctx: &Ctx, i: usize) -> (usize, usize) {
    per_unit_restatement(ctx, i).unwrap_or((i, ctx.m.numbers[i].span.end))
}

/// Whether number k is a day written in words right after its month ("ended April three"):
/// the extractor reads it as an identifier, and the change readers as part of a time phrase.
pub(super) fn spoken_day(ctx: &Ctx, k: usize) -> bool {
    let n = &ctx.m.numbers[k];
    n.kind == NumberKind::Identifier && n.words && month_before(ctx, n.span.start).is_some()
}

/// The start of a capitalised month name right before an offset, a space apart.
fn month_before(ctx: &Ctx, at: usize) -> Option<usize> {
    let before = &ctx.article.text[..at];
    let trimmed = before.trim_end_matches(' ');
    if trimmed.len() == before.len() {
        return None;
    }
    let word = trimmed.rsplit(|c: char| !c.is_alphabetic() && c != '.').next().unwrap_or("");
    month_number(word).map(|_| trimmed.len() - word.len())
}

/// The spans of days written in words with their months between two offsets ("April three"),
/// read as dates in a time phrase.
pub(super) fn spoken_dates(ctx: &Ctx, start: usize, end: usize) -> Vec<Span> {
    let nums = &ctx.m.numbers;
    let from = nums.partition_point(|n| n.span.start < start);
    (from..nums.len())
        .take_while(|&k| nums[k].span.end <= end)
        .filter(|&k| spoken_day(ctx, k))
        .filter_map(|k| month_before(ctx, nums[k].span.start).map(|m| Span::new(m, nums[k].span.end)))
        .filter(|s| s.start >= start)
        .collect()
}

/// Where a manner phrase "on a ... basis" that opens at word k ends ("on an annual basis", "on
/// a seasonally adjusted basis"): it says how the figures are counted, not what changed.
pub(super) fn basis_phrase_end(raw: &[String], k: usize) -> Option<usize> {
    if raw.get(k)? != "on" || !matches!(raw.get(k + 1)?.as_str(), "a" | "an") {
        return None;
    }
    (k + 2..(k + 6).min(raw.len())).find(|&j| raw[j] == "basis").map(|j| j + 1)
}

/// A comparison of like spans said in one hyphenated word: "year-on-year", "month-over-month".
pub(super) fn is_like_span_word(w: &str) -> bool {
    let parts: Vec<&str> = w.split('-').collect();
    matches!(parts[..], [a, "on" | "over", b] if a == b && matches!(a, "year" | "quarter" | "month" | "week"))
}

/// Whether the words after an old value only shift the change's own span back ("a year
/// earlier", "a year ago", "in the year-earlier period", "the prior year"): a lag names no span
/// of its own, so "jumped 49% in the quarter, to B from A a year earlier" compares quarters.
pub(super) fn is_lag(period: &[Word]) -> bool {
    let words: Vec<&str> = period.iter().map(AsRef::as_ref).collect();
    let words = match words[..] {
        ["in" | "during" | "for", ref rest @ ..] => rest,
        _ => &words[..],
    };
    let shifted = |w: &str| matches!(w, "earlier" | "ago" | "before");
    let count = |w: &str| matches!(w, "a" | "one" | "the" | "two" | "three");
    let adjective = |w: &str| {
        w.split_once('-').is_some_and(|(a, b)| {
            (super::shapes::is_time_unit(a) && shifted(b)) || (matches!(a, "prior" | "previous") && b == "year")
        })
    };
    let counted = matches!(words, [c, unit, s] if count(c) && super::shapes::is_time_unit(unit) && shifted(s));
    let said_once = matches!(words, ["the", adj] | ["the", adj, _] | [adj] | [adj, _] if adjective(adj));
    counted || said_once || matches!(words, ["the", "previous" | "prior", "year"])
}
