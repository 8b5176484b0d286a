//! Numeric reasoning beyond sums: shares of one whole, stated changes, parts of a whole, and
//! one quantity stated twice.
//!
//! Every check here prefers silence to a guess: a number is only compared with another when the
//! wording ties them together (a shared "of" whole, a "from A to B" beside its change, a
//! definite restatement of the same noun, verb and subject).

use crate::lexicon::lowercase;
use chrono::Datelike;

use super::{addition, fmt_num, Ctx, Hit, Related};
use crate::article::Span;
use crate::extract::words::TokenKind;
use crate::extract::{Bound, NumberKind, NumberMention, Quantity};

/// Lowercase words of the text between two offsets.
/// A word of the text in lower case, borrowed when it already is.
type Word<'a> = std::borrow::Cow<'a, str>;

fn words_between(text: &str, start: usize, end: usize) -> Vec<Word<'_>> {
    if start >= end {
        return vec![];
    }
    text[start..end]
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .map(lowercase)
        .collect()
}

/// Lowercase words right before an offset in its sentence (at most `n`, in text order).
fn words_before<'a>(ctx: &Ctx<'a>, sentence: usize, offset: usize, n: usize) -> Vec<Word<'a>> {
    let s = ctx.article.sentences[sentence].span;
    // Only the last `n` words are read, so a long sentence costs no more than a short one.
    let Some(text) = ctx.article.text.get(s.start..offset.max(s.start)) else { return vec![] };
    let mut w: Vec<Word<'a>> = text
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .take(n)
        .map(lowercase)
        .collect();
    w.reverse();
    w
}

/// Lowercase words right after an offset in its sentence (at most `n`).
fn words_after<'a>(ctx: &Ctx<'a>, sentence: usize, offset: usize, n: usize) -> Vec<Word<'a>> {
    let s = ctx.article.sentences[sentence].span;
    let Some(text) = ctx.article.text.get(offset.min(s.end)..s.end) else { return vec![] };
    text.split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '\''))
        .filter(|w| !w.is_empty())
        .take(n)
        .map(lowercase)
        .collect()
}

/// Decimal places as written ("50.6 percent" has one).
fn decimals(ctx: &Ctx, n: &NumberMention) -> i32 {
    let t = ctx.text(n.span);
    let digits: String = t.chars().take_while(|c| c.is_ascii_digit() || *c == '.' || *c == ',').collect();
    digits.split_once('.').map(|(_, d)| d.len() as i32).unwrap_or(0)
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

// ---------------------------------------------------------------------------------------------
// arith.percent-sum

/// Words (besides the change nouns) right after a percentage that make it something other than a share of a group: a
/// change, a rate, a probability.
#[rustfmt::skip]
const NOT_SHARE_AFTER: &[&str] = &[
    "higher", "lower", "more", "less", "fewer", "effective", "contained", "complete", "completed", "chance",
    "probability", "likely", "stake", "interest", "rate", "tax", "discount", "capacity", "efficiency", "return",
    "above", "below", "over", "under", "annually", "inflation",
];

/// Words right before a percentage that make it a change or a comparison.
const NOT_SHARE_BEFORE: &[&str] = &[
    "rose",
    "risen",
    "rise",
    "fell",
    "fallen",
    "grew",
    "grown",
    "increased",
    "decreased",
    "dropped",
    "declined",
    "climbed",
    "jumped",
    "gained",
    "lost",
    "up",
    "down",
    "by",
    "from",
    "to",
    "than",
    "between",
    "surged",
    "slipped",
    "plunged",
    "soared",
    "cut",
    "raised",
    "lowered",
    "margin",
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "over",
    "under",
    "least",
];

/// A percentage's explicit whole: "47 percent of likely voters" -> "likely voters".
fn share_whole(ctx: &Ctx, n: &NumberMention) -> Option<String> {
    let after = words_after(ctx, n.sentence, n.span.end, 4);
    if after.first().map(|w| &**w) != Some("of") {
        return None;
    }
    let whole: Vec<&str> = after[1..]
        .iter()
        .map(|w| &**w)
        .filter(|w| !matches!(*w, "the" | "all" | "those"))
        .take_while(|w| !matches!(*w, "said" | "say" | "and" | "were" | "had" | "approved" | "backed" | "who"))
        .collect();
    (!whole.is_empty()).then(|| whole.join(" "))
}

pub(super) fn percent_sum(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let nums = &ctx.m.numbers;
    let mut out = Vec::new();
    let mut groups: Vec<Vec<usize>> = Vec::new();
    let mut current: Vec<usize> = Vec::new();
    for (i, n) in nums.iter().enumerate() {
        if n.kind != NumberKind::Percent {
            continue;
        }
        if let Some(&last) = current.last() {
            let prev: &NumberMention = &nums[last];
            let between = &text[prev.span.end..n.span.start.max(prev.span.end)];
            let between_words = words_between(text, prev.span.end, n.span.start);
            // A new group starts at a new sentence, a semicolon, a new population ("among
            // men"), or after a long gap.
            let breaks = prev.sentence != n.sentence
                || between.contains(';')
                || between.contains(':')
                || between_words.iter().any(|w| matches!(&**w, "among" | "whereas" | "compared"))
                || between_words.len() > 8;
            if breaks {
                groups.push(std::mem::take(&mut current));
            }
        }
        current.push(i);
    }
    groups.push(current);
    for g in groups.into_iter().filter(|g| g.len() >= 2) {
        if let Some(hit) = judge_shares(ctx, &g) {
            out.push(hit);
        }
    }
    out
}

/// Words that show percentages answer one choice: the options of a vote or a poll question.
#[rustfmt::skip]
const CHOICE_WORDS: &[&str] = &[
    "approved", "approve", "approves", "disapproved", "disapprove", "disapproves", "supported", "support",
    "supports", "opposed", "oppose", "opposes", "favored", "favor", "favour", "favoured", "backed", "backing",
    "backs", "against", "undecided", "unsure", "uncertain", "yes", "no", "agreed", "agree", "disagreed",
    "disagree", "satisfied", "dissatisfied", "voted", "voting", "vote", "votes", "ballots", "won", "received",
    "chose", "preferred", "prefer", "picked", "split", "remaining", "rest", "neutral", "undecideds", "trusted",
    "distrusted", "abstained", "leave", "remain", "likely", "unlikely",
];

/// Phrases that say a poll allowed several answers, so shares may add up past 100.
const MULTI_ANSWER_CUES: &[&str] = &[
    "more than one",
    "multiple answers",
    "multiple responses",
    "several answers",
    "could choose",
    "could pick",
    "could name",
    "could give",
    "could select",
    "could cite",
    "not mutually exclusive",
    "add up to more than",
    "all that apply",
];

fn judge_shares(ctx: &Ctx, group: &[usize]) -> Option<Hit> {
    let nums = &ctx.m.numbers;
    let members: Vec<&NumberMention> = group.iter().map(|&i| &nums[i]).collect();
    for n in &members {
        // Changes, ranges and bounded figures are not shares to add up.
        if !matches!(n.bound, Bound::Exact) {
            return None;
        }
        let before = words_before(ctx, n.sentence, n.span.start, 1);
        if before.first().is_some_and(|w| NOT_SHARE_BEFORE.contains(&&**w)) {
            return None;
        }
        let after = words_after(ctx, n.sentence, n.span.end, 1);
        if after.first().is_some_and(|w| NOT_SHARE_AFTER.contains(&&**w) || CHANGE_NOUNS.contains(&&**w)) {
            return None;
        }
    }
    // Shares of different wholes ("62 percent of Democrats and 71 percent of Republicans")
    // are not parts of one thing.
    let wholes: Vec<String> = members.iter().filter_map(|n| share_whole(ctx, n)).collect();
    if wholes.windows(2).any(|w| w[0] != w[1]) {
        return None;
    }
    // Nor are shares in different places, years or groups: "62 percent in 2001 and 59
    // percent in 2005".
    let scopes: Vec<Vec<Word>> = members
        .iter()
        .filter_map(|n| {
            let after = words_after(ctx, n.sentence, n.span.end, 3);
            matches!(after.first().map(|w| &**w), Some("in" | "among" | "for" | "at" | "on" | "during"))
                .then(|| after[1..].to_vec())
        })
        .collect();
    if scopes.windows(2).any(|w| w[0] != w[1]) {
        return None;
    }
    let span_all = Span::new(members[0].span.start, members.last().unwrap().span.end);
    if ctx.m.dates_near(span_all).iter().any(|d| span_all.contains(d.span)) {
        return None;
    }
    // Shares only split one whole when they answer one choice: options of a vote or a poll
    // question ("approved ... disapproved", "backing Marsh ... backing Whitlock ... undecided",
    // "said yes ... said no"). Answers to separate items ("58 percent named costs and 44
    // percent named a job") may overlap, and do whenever several answers are allowed.
    let sentence_text = ctx.text(ctx.article.sentences[members[0].sentence].span).to_lowercase();
    if MULTI_ANSWER_CUES.iter().any(|c| sentence_text.contains(c)) {
        return None;
    }
    let names_an_option = members.iter().any(|n| {
        let after = words_after(ctx, n.sentence, n.span.end, 4);
        let before = words_before(ctx, n.sentence, n.span.start, 3);
        after.iter().chain(before.iter()).any(|w| CHOICE_WORDS.contains(&&**w))
    });
    if !names_an_option {
        return None;
    }
    let sum: f64 = members.iter().map(|n| n.value).sum();
    // Each share may be rounded by half its last written digit.
    let slack: f64 = members.iter().map(|n| 0.5 * 10f64.powi(-decimals(ctx, n))).sum::<f64>() + 1e-9;
    let last = members.last().unwrap();
    let exhaustive = {
        let before = words_before(ctx, last.sentence, last.span.start, 2);
        before.iter().any(|w| matches!(&**w, "remaining" | "rest"))
    };
    let too_many = sum > 100.0 + slack;
    let too_few = exhaustive && sum < 100.0 - slack;
    if !too_many && !too_few {
        return None;
    }
    let add = addition(members.iter().map(|n| n.value));
    let arithmetic = if too_many {
        format!("{} percent, more than the whole", add.equation)
    } else {
        format!("{} percent, but together they are the whole (100 percent)", add.equation)
    };
    Some(Hit {
        span: Span::new(members[0].span.start, last.span.end),
        label: format!("shares add up to {} percent", fmt_num(sum)),
        vars: vec![
            ("shares", add.list.clone()),
            ("sum", fmt_num(sum)),
            ("expected", "100".into()),
            ("arithmetic", arithmetic),
        ],
        related: vec![],
    })
}

// ---------------------------------------------------------------------------------------------
// arith.change

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

/// Nouns that name a change after its amount: "a 20 percent rise".
#[rustfmt::skip]
const CHANGE_NOUNS: &[&str] = &[
    "rise", "increase", "gain", "jump", "drop", "decline", "fall", "decrease", "cut", "reduction", "growth", "climb",
    "hike", "boost", "surge", "loss", "slide", "dip",
];

pub(super) fn change(ctx: &Ctx) -> Vec<Hit> {
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
            .map(|k| sentence_start + k)
            .unwrap_or(a.span.start);
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
        .map(|k| toks[k].span.start)
        .unwrap_or(cn.span.start);
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
    let end = cn.span.end + text[cn.span.end..].find(&**noun).map(|k| k + noun.len()).unwrap_or(0);
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
    // How far the from/to values could be off from their rounding.
    let (pa, pb) = (precision(ctx, a) / 2.0, precision(ctx, b) / 2.0);
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
    // The change the numbers give, in the stated change's own terms, with its rounding range.
    let (lo, hi, describe): (f64, f64, String) = match cn.kind {
        NumberKind::Percent => {
            let rel = |x: f64, y: f64| (y - x).abs() / x * 100.0;
            let r = rel(from, to);
            let corners =
                [rel(from - pa, to - pb), rel(from - pa, to + pb), rel(from + pa, to - pb), rel(from + pa, to + pb)];
            let lo = corners.iter().cloned().fold(f64::INFINITY, f64::min);
            let hi = corners.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
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
    };
    // What the stated change allows, after its own bound and rounding.
    let step = match cn.kind {
        NumberKind::Multiplier | NumberKind::Fraction => 0.05 * cn.value,
        NumberKind::Count | NumberKind::Money => precision(ctx, cn) / 2.0,
        // A percent change is often truncated ("20 percent" for 20.9), so allow a whole step.
        NumberKind::Percent => 10f64.powi(-decimals(ctx, cn)),
        _ => 0.5 * 10f64.powi(-decimals(ctx, cn)),
    };
    let (slo, shi) = match cn.bound {
        Bound::Exact => (cn.value - step, cn.value + step),
        Bound::AtLeast => (cn.value - step, f64::INFINITY),
        Bound::AtMost => (cn.value * 0.8 - step, cn.value + step),
        _ => (cn.low - step, cn.high + step),
    };
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
    })
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

// ---------------------------------------------------------------------------------------------
// arith.part-whole

pub(super) fn part_whole(ctx: &Ctx) -> Vec<Hit> {
    let mut out = partitives(ctx);
    out.extend(allocations(ctx));
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
        let between = words_between(text, p.span.end, w.span.start);
        let joined = between.first().map(|w| &**w) == Some("of")
            && between.len() <= 4
            && between[1..].iter().any(|x| {
                matches!(&**x, "the" | "its" | "their" | "these" | "those") || x.ends_with("'s") || x.ends_with("’s")
            })
            && !text[p.span.end..w.span.start].contains([',', ';', '.']);
        if !joined || p.low <= w.high {
            continue;
        }
        let end = ctx
            .m
            .quantities
            .iter()
            .find(|q| q.number == i + 1)
            .and_then(|q| q.noun_span)
            .map(|s| s.end)
            .unwrap_or(w.span.end);
        let arithmetic = format!("{} is more than the {} it is part of", fmt_num(p.value), fmt_num(w.value));
        out.push(Hit {
            span: Span::new(p.span.start, end),
            label: "part larger than its whole".into(),
            vars: vec![
                ("parts", fmt_num(p.value)),
                ("sum", fmt_num(p.value)),
                ("whole", fmt_num(w.value)),
                ("arithmetic", arithmetic),
            ],
            related: vec![],
        });
    }
    out
}

/// "Of the 12 districts, Democrats won seven and Republicans six": a whole shared out among
/// holders named before each share.
fn allocations(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let toks = &ctx.m.tokens;
    let nums = &ctx.m.numbers;
    let mut out = Vec::new();
    for (si, _) in ctx.article.sentences.iter().enumerate() {
        let first_word = ctx.m.sentence_tokens(si).find(|&k| toks[k].kind == TokenKind::Word);
        let Some(fw) = first_word else { continue };
        let lw = |k: usize| toks[k].text(text).to_lowercase();
        if lw(fw) != "of" || fw + 2 >= toks.len() || lw(fw + 1) != "the" {
            continue;
        }
        let Some(wi) = ctx.m.number_at_token(fw + 2).filter(|&i| nums[i].kind == NumberKind::Count) else { continue };
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
                None => &text[toks[comma].span.end..n.span.start],
            };
            if between_prev.contains([';', ':']) {
                break;
            }
            let prev_word = toks[n.token - 1].text(text);
            if toks[n.token - 1].kind != TokenKind::Word || prev_word == "and" || prev_word == "than" {
                break;
            }
            let q = ctx.m.quantity_of(k);
            // A share counts the whole's units or is bare ("seven"); "by 212 votes" is not one.
            if q.and_then(|q| q.head.as_ref()).is_some_and(|h| Some(h) != wq.head.as_ref()) {
                break;
            }
            parts.push(k);
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
            span: Span::new(toks[fw].span.start, last.span.end),
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
        });
    }
    out
}

// ---------------------------------------------------------------------------------------------
// number.conflict

/// Verbs that say the same thing happened, grouped so "died" and "killed" compare.
fn event_family(verb: &str) -> String {
    let fam = match verb {
        "killed" | "died" | "dead" | "perished" | "drowned" | "slain" | "kill" | "kills" | "killing" => "death",
        "injured" | "wounded" | "hurt" | "hospitalized" | "hospitalised" => "injury",
        "evacuated" | "evacuate" | "leave" | "flee" | "fled" | "displaced" => "evacuation",
        "arrested" | "detained" => "arrest",
        "rescued" | "saved" => "rescue",
        _ => return stem(verb),
    };
    fam.to_string()
}

/// A crude stem that lets "burned", "burning" and "burn" compare equal.
fn stem(w: &str) -> String {
    let w = w.to_lowercase();
    for suffix in ["ing", "ed", "es", "s"] {
        if let Some(s) = w.strip_suffix(suffix) {
            if s.len() >= 3 {
                return s.trim_end_matches('e').to_string();
            }
        }
    }
    w.trim_end_matches('e').to_string()
}

/// Words that put a count in another scope or make it an addition: "another 430 homes",
/// "statewide", "so far this year", "per day".
const SCOPE_WORDS: &[&str] = &[
    "another",
    "additional",
    "further",
    "extra",
    "other",
    "others",
    "more",
    "statewide",
    "nationwide",
    "worldwide",
    "countrywide",
    "nationally",
    "globally",
    "total",
    "overall",
    "each",
    "per",
    "average",
    "annually",
    "every",
    "year",
    "daily",
    "weekly",
    "previous",
    "last",
    "former",
    "similar",
    "both",
];

/// Words that mark a count as a new value replacing an older one.
const UPDATE_WORDS: &[&str] = &[
    "rose",
    "risen",
    "rising",
    "climbed",
    "increased",
    "grew",
    "jumped",
    "revised",
    "updated",
    "latest",
    "now",
    "up",
    "down",
    "fell",
    "dropped",
    "reached",
    "surpassed",
    "exceeded",
    "new",
];

/// Words right before a count that mark it as an older value.
const SUPERSEDED_BEFORE: &[&str] =
    &["from", "initially", "originally", "previously", "earlier", "first", "at", "than", "compared", "was", "had"];

struct ClauseInfo<'a> {
    /// Words of the clause holding the count (between commas, semicolons and the sentence edges).
    words: Vec<Word<'a>>,
    /// A capitalised place after "in", "at" or "near" in the clause.
    place: Option<String>,
    /// Where the whole sentence places things ("in the north", "across the county"): two
    /// counts scoped differently are different counts.
    scope: Vec<String>,
}

/// Prepositions that scope a count to a place.
const LOCATIVE: &[&str] = &["in", "at", "near", "across", "along", "outside", "inside", "throughout", "around"];

fn sentence_scope(text: &str) -> Vec<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if !LOCATIVE.contains(&&*lowercase(w)) {
            continue;
        }
        let mut phrase = Vec::new();
        for next in words[i + 1..].iter().take(3) {
            let clean = next.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            if clean.is_empty() || clean == "the" {
                continue;
            }
            phrase.push(clean.clone());
            if next.ends_with([',', '.', ';', ':']) {
                break;
            }
        }
        // Times are not places: "in 2004", "in July", "at 9".
        let Some(first) = phrase.first() else { continue };
        if first.chars().all(|c| c.is_ascii_digit()) || crate::lexicon::month_number(&capitalise(first)).is_some() {
            continue;
        }
        out.push(phrase.join(" "));
    }
    out.sort();
    out.dedup();
    out
}

fn capitalise(w: &str) -> String {
    let mut c = w.chars();
    c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
}

fn clause_of<'a>(ctx: &Ctx<'a>, n: &NumberMention) -> ClauseInfo<'a> {
    let text = &ctx.article.text;
    let s = ctx.article.sentences[n.sentence].span;
    let is_break = |c: char| matches!(c, ',' | ';' | ':' | '—' | '(' | ')' | '"' | '“' | '”');
    let start = text[s.start..n.span.start]
        .char_indices()
        .rev()
        .find(|(_, c)| is_break(*c))
        .map(|(k, c)| s.start + k + c.len_utf8())
        .unwrap_or(s.start);
    let end = text[n.span.end..s.end].find(is_break).map(|k| n.span.end + k).unwrap_or(s.end);
    let words = words_between(text, start, end);
    let raw: Vec<&str> = text[start..end].split_whitespace().collect();
    let place = raw.windows(2).find_map(|w| {
        (matches!(w[0], "in" | "at" | "near") && w[1].chars().next().is_some_and(|c| c.is_uppercase()))
            .then(|| w[1].trim_matches(|c: char| !c.is_alphanumeric()).to_string())
    });
    // The count's own clause, plus a fronted phrase that scopes the whole sentence
    // ("In the south, the storm destroyed 430 homes").
    let mut scope = sentence_scope(&text[start..end]);
    let sentence = &text[s.start..s.end];
    let first_word = lowercase(sentence.split_whitespace().next().unwrap_or(""));
    if LOCATIVE.contains(&&*first_word) {
        if let Some(comma) = sentence.find(',') {
            if s.start + comma < start {
                scope.extend(sentence_scope(&sentence[..comma]));
            }
        }
    }
    scope.sort();
    scope.dedup();
    ClauseInfo { words, place, scope }
}

struct Mention<'a> {
    q: &'a Quantity,
    n: &'a NumberMention,
    noun: String,
    event: Option<String>,
    clause: ClauseInfo<'a>,
}

pub(super) fn number_conflict(ctx: &Ctx) -> Vec<Hit> {
    let nums = &ctx.m.numbers;
    let article_year = ctx.article.dateline_date().map(|d| d.year());
    // Sentences that talk about another year ("A fire in 2007 ...") are about another event.
    let other_year = |sentence: usize| {
        ctx.m.dates[ctx.m.sentence_dates(sentence)]
            .iter()
            .any(|d| d.year_explicit && d.year.is_some() && article_year.is_some() && d.year != article_year)
    };
    let mut mentions: Vec<Mention> = Vec::new();
    for q in &ctx.m.quantities {
        let n = &nums[q.number];
        if !matches!(n.kind, NumberKind::Count | NumberKind::Money) || n.bound == Bound::Vague {
            continue;
        }
        let Some(head) = &q.head else { continue };
        // A count with no verb ("the board's 12 seats") says too little about what it counts
        // to be compared; a sum of money is named by its noun alone.
        if q.verb.is_none() && n.kind != NumberKind::Money {
            continue;
        }
        if q.subject_indefinite || other_year(n.sentence) {
            continue;
        }
        let clause = clause_of(ctx, n);
        if clause.words.iter().any(|w| SCOPE_WORDS.contains(&&**w)) {
            continue;
        }
        let noun = head.trim_end_matches('s').to_string();
        // A sum of money is named by what it pays for ("the $2.4 million contract"), whatever
        // verb sits near it.
        let event = if n.kind == NumberKind::Money { None } else { q.verb.as_deref().map(event_family) };
        mentions.push(Mention { q, n, noun, event, clause });
    }
    // Earlier mentions are looked up by noun, the nearest first and only a few of them, so the
    // check stays linear in the article.
    let mut by_noun: std::collections::HashMap<&str, Vec<usize>> = std::collections::HashMap::new();
    for (i, m) in mentions.iter().enumerate() {
        by_noun.entry(m.noun.as_str()).or_default().push(i);
    }
    const LOOKBACK: usize = 16;
    let mut out = Vec::new();
    for (li, later) in mentions.iter().enumerate() {
        // The later mention must point back at something already counted: "the 430 homes",
        // "The fire, which destroyed 430 homes".
        let subject_definite = later.q.subject.as_deref().is_some_and(|s| {
            let first = lowercase(s.split_whitespace().next().unwrap_or(""));
            matches!(&*first, "the" | "this" | "that" | "its" | "it" | "they")
        });
        if !(later.q.definite || subject_definite) {
            continue;
        }
        if later.clause.words.iter().any(|w| UPDATE_WORDS.contains(&&**w)) {
            continue;
        }
        let same_noun = &by_noun[later.noun.as_str()];
        let before_later = same_noun.partition_point(|&i| i < li);
        let earlier = same_noun[..before_later].iter().rev().take(LOOKBACK).map(|&i| &mentions[i]).find(|e| {
            e.n.sentence < later.n.sentence
                && e.noun == later.noun
                && e.event == later.event
                && e.n.kind == later.n.kind
                && e.n.currency == later.n.currency
                && e.clause.place == later.clause.place
                // Two counts scoped to different places are different counts.
                && (e.clause.scope.is_empty() || later.clause.scope.is_empty() || e.clause.scope == later.clause.scope)
                && match (&e.q.subject_head, &later.q.subject_head) {
                    (Some(a), Some(b)) => a == b,
                    _ => true,
                }
                && !words_before(ctx, e.n.sentence, e.n.span.start, 2)
                    .iter()
                    .any(|w| SUPERSEDED_BEFORE.contains(&&**w))
        });
        let Some(e) = earlier else { continue };
        let disjoint = later.n.low > e.n.high || later.n.high < e.n.low;
        let relative_gap = (later.n.value - e.n.value).abs() / later.n.value.abs().max(e.n.value.abs()).max(1e-9);
        if !disjoint || relative_gap < 0.01 {
            continue;
        }
        let what = match (&later.q.verb, later.q.noun.as_deref()) {
            (Some(v), Some(noun)) if noun.to_lowercase().contains(v.as_str()) => noun.to_string(),
            (Some(v), Some(noun)) => format!("{noun} {v}"),
            (None, Some(noun)) => noun.to_string(),
            _ => later.noun.clone(),
        };
        let first_line = ctx.line(e.n.span.start);
        let end = later.q.noun_span.map(|s| s.end).unwrap_or(later.n.span.end).max(later.n.span.end);
        out.push(Hit {
            span: Span::new(later.n.span.start, end),
            label: format!("{} here", ctx.text(later.n.span)),
            vars: vec![
                ("what", what),
                ("first", ctx.text(e.n.span).to_string()),
                ("second", ctx.text(later.n.span).to_string()),
                ("first_line", first_line.to_string()),
            ],
            related: vec![Related { span: e.n.span, message: format!("first stated here as {}", ctx.text(e.n.span)) }],
        });
    }
    out
}
