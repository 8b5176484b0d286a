//! Numbers of news writing: digits and words, scales, currency, percentages, bounds, and what
//! each number counts (a [`Quantity`]).

mod bounds;
mod kind;
mod mention;
mod quantities;

use crate::rx::{builtin, LazyRx};

use super::digits::digit_numbers;
use super::numwords;
use super::triggers::{Trigger, Triggers};
use super::words::{Token, Tokens};
use crate::article::Article;
use crate::memory::SharedWords;
use crate::span::{Span, SpanIndex};
pub use mention::{Bound, NumberKind, NumberMention, Quantity, Word};
pub use quantities::{is_count_verb, quantities};

// The recognizers; their patterns are in `rx::patterns` (build.rs compiles them).
static WORDS: LazyRx = LazyRx::builtin(&builtin::NUMBER_WORDS);
static VAGUE: LazyRx = LazyRx::builtin(&builtin::NUMBER_VAGUE);
static MULTIPLIER: LazyRx = LazyRx::builtin(&builtin::NUMBER_MULTIPLIER);
static FRACTION: LazyRx = LazyRx::builtin(&builtin::NUMBER_FRACTION);

/// Extract every number of an article. `dates` are spans already claimed by dates.
pub fn extract(article: &Article, tokens: &Tokens, triggers: &Triggers, dates: &[Span]) -> Vec<NumberMention> {
    let text = &article.text;
    let dates = SpanIndex::new(dates.iter().copied());
    let mut found = Found { article, tokens, dates, currencies: SharedWords::default(), out: Vec::new() };
    // Each pattern searches only the sentences holding one of its words (see `triggers`).
    for digits in spaced_thousands(text, digit_numbers(text, &triggers.ranges(Trigger::DIGIT))) {
        if let Some(r) = kind::read_digits(text, digits) {
            found.push(r.span, r.value, r.kind, r.currency, false);
        }
    }
    number_words(&mut found, triggers);
    multipliers(&mut found, triggers);
    fractions(&mut found, triggers);
    vague(&mut found, triggers);
    let mut out = found.out;
    out.sort_by_key(|m| m.span.start);
    // Mentions never overlap ("20,3411 times" read both "20,341" and "3411 times"): the checks
    // slice the text between neighbours. The first reading wins.
    out.dedup_by(|later, kept| later.span.start < kept.span.end);
    bounds::apply_bounds_and_ranges(text, tokens, &mut out);
    out
}

/// Thousands set off by spaces, as South African and much European copy writes them ("26 779
/// 025 registered voters"), read as one number: a lead of one to three digits, then groups of
/// exactly three after one space each, the last not joined to a word ("3 100-metre heats" is
/// three heats).
fn spaced_thousands<'a>(
    text: &'a str,
    numbers: impl Iterator<Item = crate::extract::digits::DigitNumber> + 'a,
) -> impl Iterator<Item = crate::extract::digits::DigitNumber> + 'a {
    let mut numbers = numbers.peekable();
    std::iter::from_fn(move || {
        let mut a = numbers.next()?;
        let plain = |d: &crate::extract::digits::DigitNumber| {
            d.scale.is_none() && d.percent.is_none() && text[d.number.clone()].bytes().all(|b| b.is_ascii_digit())
        };
        if !plain(&a) || a.number.len() > 3 {
            return Some(a);
        }
        while let Some(b) = numbers.peek() {
            let gap = &text[a.number.end..b.number.start];
            // The group is plain digits too: "2 100m titles" is two titles of 100 metres.
            let group = text[b.number.clone()].len() == 3
                && b.currency.is_none()
                && b.number.start == b.whole.start
                && plain(b);
            let digits_only = text[b.number.clone()].bytes().all(|x| x.is_ascii_digit());
            let joined = text[b.number.end..].starts_with(['-', '/']);
            if !(matches!(gap, " " | "\u{a0}" | "\u{202f}")
                && group
                && digits_only
                && !joined
                && a.whole.end == a.number.end)
            {
                break;
            }
            let b = numbers.next()?;
            a = crate::extract::digits::DigitNumber {
                whole: a.whole.start..b.whole.end,
                currency: a.currency,
                number: a.number.start..b.number.end,
                scale: b.scale,
                percent: b.percent,
            };
        }
        Some(a)
    })
}

/// The numbers found so far in an article.
struct Found<'a> {
    article: &'a Article,
    tokens: &'a [Token],
    /// Spans claimed by dates: no number is read inside them.
    dates: SpanIndex,
    /// One copy of each currency ("$", "USD"), shared by the numbers in it.
    currencies: SharedWords,
    out: Vec<NumberMention>,
}

impl Found<'_> {
    /// Add a number, exact as written, unless a date claimed its span or it is not finite.
    fn push(&mut self, span: Span, value: f64, kind: NumberKind, currency: Option<String>, words: bool) {
        if self.dates.overlaps(span) || !value.is_finite() {
            return;
        }
        let Some(sentence) = self.article.sentence_at(span.start) else { return };
        let token = self.tokens.partition_point(|t| t.span().start < span.start);
        // The tokens of a number are few: counted on from its first rather than searched for.
        let token_end = token + self.tokens[token..].iter().take_while(|t| t.span().start < span.end).count();
        self.out.push(NumberMention {
            span,
            value,
            kind,
            bound: Bound::Exact,
            low: value,
            high: value,
            currency: currency.map(|c| self.currencies.word(&c)),
            sentence,
            token,
            token_end,
            words,
        });
    }
}

/// Numbers in words: "thirteen", "one hundred and sixty-nine", "two million".
fn number_words(found: &mut Found, triggers: &Triggers) {
    let text = &found.article.text;
    for c in WORDS.captures_in(text, &triggers.ranges(Trigger::NUMBER_WORD)) {
        let whole = c.get(0).unwrap();
        let num = c.name("num").unwrap();
        let Some(mut value) = numwords::parse(num.as_str()) else { continue };
        // "one" on its own is mostly a pronoun ("one of them", "no one").
        // (No other character lower-cases to ASCII letters of "one".)
        if num.as_str().eq_ignore_ascii_case("one") {
            let prev = text[..whole.start()].trim_end();
            if prev.ends_with("no")
                || prev.ends_with("No")
                || prev.ends_with("any")
                || prev.ends_with("every")
                || prev.ends_with("the")
                || text[whole.end()..].trim_start().starts_with("of")
            {
                continue;
            }
        }
        if let Some(s) = c.name("scale") {
            value *= match s.as_str().trim() {
                "thousand" => 1e3,
                "million" => 1e6,
                "billion" => 1e9,
                _ => 1e12,
            };
        }
        let kind = match c.name("pct").map(|p| p.as_str().trim().to_string()) {
            Some(p) if p.starts_with("percentage") => NumberKind::PercentagePoints,
            Some(_) => NumberKind::Percent,
            None if kind::is_age(text, whole.start(), whole.end()) => NumberKind::Age,
            None if spoken_day(text, whole.start(), whole.end(), value) => NumberKind::Identifier,
            None => NumberKind::Count,
        };
        found.push(Span::new(whole.start(), whole.end()), value, kind, None, true);
    }
}

/// A day written in words after its month ("the four weeks ended April three to 15.73 mln"):
/// no count. A month that a preposition takes alone ("In March two men were held") may be
/// followed by a count, and a count by its noun, so only a day closed by punctuation, a year
/// or a word that ends a date span ("to", "through", "and") is read so.
fn spoken_day(text: &str, start: usize, end: usize, value: f64) -> bool {
    if !kind::after_month(text, start) || value.fract() != 0.0 || !(1.0..=31.0).contains(&value) {
        return false;
    }
    let before_month = text[..start].trim_end().rsplit(' ').nth(1).unwrap_or("").to_lowercase();
    if matches!(before_month.as_str(), "in" | "during" | "of" | "since" | "until" | "by" | "last" | "next" | "this") {
        return false;
    }
    let after = text[end..].trim_start();
    let next_word = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    after.is_empty()
        || after.starts_with([',', '.', ';', ')'])
        || matches!(next_word, "to" | "through" | "and")
        || (next_word.len() == 4 && next_word.bytes().all(|b| b.is_ascii_digit()))
}

/// "twice", "three times": each replaces the number read inside it.
fn multipliers(found: &mut Found, triggers: &Triggers) {
    let text = &found.article.text;
    let (before_multipliers, mut replaced) = (found.out.len(), Vec::new());
    for c in MULTIPLIER.captures_in(text, &triggers.ranges(Trigger::MULTIPLIER)) {
        let whole = c.get(0).unwrap();
        let v = match (c.get(1), c.get(2)) {
            (Some(w), _) => match w.as_str().to_lowercase().as_str() {
                "twice" | "double" | "doubled" | "doubles" | "doubling" => 2.0,
                "tripled" | "triples" | "tripling" => 3.0,
                _ => 4.0,
            },
            (None, Some(n)) => n.as_str().parse().ok().or_else(|| numwords::parse(n.as_str())).unwrap_or(0.0),
            _ => continue,
        };
        // The number inside "three times" is already a count; replace it.
        replaced.push(Span::new(whole.start(), whole.end()));
        found.push(Span::new(whole.start(), whole.end()), v, NumberKind::Multiplier, None, true);
    }
    drop_replaced(&mut found.out, before_multipliers, &replaced);
}

/// "half", "a third", "three quarters": each replaces the number read inside it.
fn fractions(found: &mut Found, triggers: &Triggers) {
    let text = &found.article.text;
    let (before_fractions, mut replaced) = (found.out.len(), Vec::new());
    for c in FRACTION.captures_in(text, &triggers.ranges(Trigger::FRACTION)) {
        let whole = c.get(0).unwrap();
        let v = if c.get(1).is_some() {
            0.5
        } else if let Some(d) = c.get(2) {
            match d.as_str().to_lowercase().as_str() {
                "third" => 1.0 / 3.0,
                "quarter" => 0.25,
                "fifth" => 0.2,
                _ => 0.1,
            }
        } else if c.get(3).is_some() {
            2.0 / 3.0
        } else {
            0.75
        };
        replaced.push(Span::new(whole.start(), whole.end()));
        found.push(Span::new(whole.start(), whole.end()), v, NumberKind::Fraction, None, true);
    }
    drop_replaced(&mut found.out, before_fractions, &replaced);
}

/// "dozens", "hundreds of thousands": vague counts with the interval they allow, where no
/// other number was read.
fn vague(found: &mut Found, triggers: &Triggers) {
    let text = &found.article.text;
    let taken = SpanIndex::new(found.out.iter().map(|m| m.span));
    for c in VAGUE.captures_in(text, &triggers.ranges(Trigger::VAGUE)) {
        let g = c.get(1).unwrap();
        let (lo, hi) = match g.as_str().to_lowercase().as_str() {
            "dozens" => (24.0, 143.0),
            "scores" => (40.0, 199.0),
            "hundreds" => (200.0, 999.0),
            "thousands" => (2_000.0, 9_999.0),
            "tens of thousands" => (20_000.0, 99_999.0),
            "hundreds of thousands" => (200_000.0, 999_999.0),
            _ => (2e6, 9.99e8),
        };
        let span = Span::new(g.start(), g.end());
        if taken.overlaps(span) {
            continue;
        }
        found.push(span, lo, NumberKind::Count, None, true);
        if let Some(m) = found.out.last_mut() {
            if m.span == span {
                m.bound = Bound::Vague;
                m.low = lo;
                m.high = hi;
            }
        }
    }
}

/// Drop the mentions of `out[..upto]` that start inside one of `replaced` (which replace them),
/// in one pass rather than one pass per replacement.
fn drop_replaced(out: &mut Vec<NumberMention>, upto: usize, replaced: &[Span]) {
    if replaced.is_empty() {
        return;
    }
    let index = SpanIndex::new(replaced.iter().copied());
    let added = out.split_off(upto);
    out.retain(|m| !index.contains(Span::new(m.span.start, m.span.start + 1)));
    out.extend(added);
}

#[cfg(test)]
mod tests;
