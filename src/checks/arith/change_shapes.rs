//! More shapes of a stated change, read from structure: the words between a change and its
//! endpoints may hold a time phrase ("from 14,000 last year to 16,800", "at 6.3 million in
//! 2023, compared with ..."), a participle that restates the change's direction ("more than
//! doubled, rising from ..."), or what changed ("a 30 percent rise in ticket holders, from
//! ..."); and the change may stand as a noun phrase between the new value and the old one
//! ("totaled 4,500 tonnes, a drop of 40 percent from 6,000 tonnes", "1,450 animals, an
//! increase of 300 from 1,200").

use super::super::CHANGE_NOUNS;
use super::{direction_of, ChangeClaim, Direction};
use crate::checks::context::Ctx;
use crate::checks::window::words_between;
use crate::extract::{Bound, NumberKind};
use crate::span::Span;

/// Words of a time phrase that can stand between a change and its endpoints.
const TIME_UNITS: &[&str] =
    &["year", "years", "week", "month", "season", "day", "quarter", "decade", "period", "campaign", "term"];

/// Words that open or close a time phrase ("last year", "a year earlier", "in 2023").
const TIME_OPENERS: &[&str] =
    &["last", "this", "next", "a", "the", "per", "each", "previous", "that", "same", "those", "these"];
const TIME_CLOSERS: &[&str] = &["earlier", "before", "ago", "later"];

/// Participles that restate a change's direction after its verb ("doubled, rising from").
#[rustfmt::skip]
const UP_PARTICIPLES: &[&str] = &["rising", "climbing", "growing", "increasing", "jumping", "surging", "soaring"];
#[rustfmt::skip]
const DOWN_PARTICIPLES: &[&str] =
    &["falling", "dropping", "declining", "decreasing", "shrinking", "sliding", "cutting", "slipping", "plunging"];

/// Words that open a time phrase before a date or a counted span ("the first seven months",
/// "the past two weeks", "the same 1985/86 period", "those six years").
#[rustfmt::skip]
const DATE_OPENERS: &[&str] =
    &["the", "first", "last", "past", "next", "previous", "same", "this", "that", "final", "those", "these"];

/// Words that join two parts of one time phrase ("the four weeks ended February 27", "the
/// first seven months of the season to January", "February 1 to 25").
const DATE_LINKS: &[&str] = &["to", "through", "until", "ended", "ending", "of"];

/// The lower-case words between two offsets, without the time phrases that may stand there:
/// words inside a date ("in 2023", "in March"), a period ("last year", "a year earlier", "a
/// week", "the four weeks ended February 27") and the preposition before a date.
pub(super) fn words_without_time(ctx: &Ctx, start: usize, end: usize) -> Vec<String> {
    if start >= end {
        return vec![];
    }
    let text = &ctx.article.text;
    // Dates are read as one placeholder word first.
    let mut gap = String::with_capacity(end - start);
    let mut at = start;
    // A day in words with its month ("ended April three") is a date too.
    let mut dates: Vec<Span> = ctx.m.dates_near(Span::new(start, end)).iter().map(|d| d.span).collect();
    dates.extend(super::adjuncts::spoken_dates(ctx, start, end));
    dates.sort_by_key(|d| d.start);
    for d in dates {
        if d.start >= at && d.end <= end {
            gap.push_str(&text[at..d.start]);
            gap.push_str(" datemark ");
            at = d.end;
        }
    }
    gap.push_str(&text[at..end]);
    let gap = year_spans_marked(&without_short_forms(&gap, &text[..start]));
    let raw: Vec<String> = words_between(&gap, 0, gap.len()).into_iter().map(std::borrow::Cow::into_owned).collect();
    let mut out: Vec<String> = Vec::new();
    let mut k = 0;
    // Whether the word before k closed a time phrase, which a link word may carry on.
    let mut after_time = false;
    while k < raw.len() {
        let w = raw[k].as_str();
        // "on an annual basis", "on a seasonally adjusted basis": how the figures are counted.
        if let Some(next) = super::adjuncts::basis_phrase_end(&raw, k) {
            k = next;
            after_time = false;
            continue;
        }
        if let Some(next) = time_phrase_end(&raw, k, after_time) {
            // The preposition that opens the time phrase goes with it ("in the period",
            // "during the week", the base of a change: "declined 68% from the prior-year
            // period to ...").
            let opener = |p: &String| matches!(p.as_str(), "in" | "during" | "over" | "for" | "from");
            if !after_time && out.last().is_some_and(opener) {
                out.pop();
            }
            k = next;
            after_time = true;
            continue;
        }
        // "year-earlier", "year-ago", "prior-year", "year-on-year": a time said in one
        // hyphenated word.
        if is_time_adjective(w) || super::adjuncts::is_like_span_word(w) {
            k += 1;
            after_time = false;
            continue;
        }
        out.push(raw[k].clone());
        after_time = false;
        k += 1;
    }
    out
}

fn is_date_word(w: &str) -> bool {
    w == "datemark" || (w.len() == 4 && w.starts_with(['1', '2']) && w.parse::<u32>().is_ok())
}

/// Where the time phrase (or the part of one) that opens at word k ends, if one does: a date
/// ("datemark", "2023"), "in"/"on" before one, openers before one ("the first datemark") or
/// before a time unit ("last year", "a year earlier"); after a time phrase also a link word
/// that leads to another ("ended datemark", "of the year") and a unit naming the date's span
/// ("the 1986/87 season").
fn time_phrase_end(raw: &[String], k: usize, after_time: bool) -> Option<usize> {
    let w = raw.get(k)?.as_str();
    if is_date_word(w) {
        let unit = raw.get(k + 1).is_some_and(|u| is_time_unit(u));
        return Some(k + 1 + usize::from(unit));
    }
    if matches!(w, "in" | "on" | "during" | "over" | "since") && raw.get(k + 1).is_some_and(|x| is_date_word(x)) {
        return Some(k + 2);
    }
    // "between 2000 and 2010": a span given by its two ends.
    let date_at = |j: usize| raw.get(j).is_some_and(|x| is_date_word(x));
    if w == "between" && date_at(k + 1) && raw.get(k + 2).is_some_and(|x| x == "and") && date_at(k + 3) {
        return Some(k + 4);
    }
    // "the quarter that ended Oct. 29": a relative clause that dates the period is part of it.
    let dating_verb = |j: usize| raw.get(j).is_some_and(|x| matches!(x.as_str(), "ended" | "ending" | "ends"));
    if after_time && matches!(w, "that" | "which") && dating_verb(k + 1) {
        return time_phrase_end(raw, k + 1, true).map(|_| k + 1);
    }
    if after_time && DATE_LINKS.contains(&w) {
        return time_phrase_end(raw, k + 1, false).map(|_| k + 1);
    }
    let openers = raw[k..].iter().take_while(|x| DATE_OPENERS.contains(&x.as_str())).count();
    if openers > 0 && raw.get(k + openers).is_some_and(|x| is_date_word(x)) {
        return time_phrase_end(raw, k + openers, false);
    }
    let unit_at = TIME_OPENERS.contains(&w).then(|| time_unit_after(raw, k + 1)).flatten()?;
    let closer = raw.get(unit_at + 1).is_some_and(|x| TIME_CLOSERS.contains(&x.as_str()));
    Some(unit_at + 1 + usize::from(closer))
}

pub(super) fn is_time_unit(w: &str) -> bool {
    TIME_UNITS.contains(&w) || w.strip_suffix('s').is_some_and(|s| TIME_UNITS.contains(&s))
}

/// The text with a bracketed short form of the words right before it left out: "barrels per
/// day (bpd)" and "million cubic feet per day (mcfd)" read as the words alone. Only a short form
/// whose letters are those words' initials, in order and ending with the last one's.
/// `lead` is the text before `text`, whose last words may be the ones shortened ("410 million
/// cubic feet", the figure holding "million").
pub(super) fn without_short_forms(text: &str, lead: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let Some(close) = rest[open..].find(')').map(|c| open + c) else { break };
        let (before, inner) = (&rest[..open], &rest[open + 1..close]);
        out.push_str(before);
        let words_before = format!("{} {out}", crate::checks::window::last_words(lead, 6).join(" "));
        if !is_short_form_of(inner, &words_before) {
            out.push_str(&rest[open..=close]);
        }
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    out
}

fn is_short_form_of(short: &str, before: &str) -> bool {
    if !(2..=6).contains(&short.len()) || !short.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let short = short.to_ascii_lowercase();
    let initials: String =
        crate::checks::window::last_words(before, short.len() + 2).iter().filter_map(|w| w.chars().next()).collect();
    let mut letters = short.chars().peekable();
    for c in initials.chars() {
        if letters.peek() == Some(&c) {
            letters.next();
        }
    }
    letters.peek().is_none() && initials.ends_with(short.chars().last().unwrap_or(' '))
}

/// The text with a span of years written as one ("1986/87", "2023-24") turned into one date
/// word, so the time phrase around it reads as one.
fn year_spans_marked(text: &str) -> String {
    let b = text.as_bytes();
    let digits = |from: usize, n: usize| from + n <= b.len() && b[from..from + n].iter().all(u8::is_ascii_digit);
    let bounded = |at: usize| at >= b.len() || !b[at].is_ascii_alphanumeric();
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut k = 0;
    while k < b.len() {
        let starts_word = k == 0 || !b[k - 1].is_ascii_alphanumeric();
        if starts_word && digits(k, 4) && matches!(b.get(k + 4), Some(b'/' | b'-')) && digits(k + 5, 2) {
            let end = if digits(k + 5, 4) { k + 9 } else { k + 7 };
            if bounded(end) {
                // Only ASCII bytes are matched, so these offsets are character boundaries.
                out.push_str(&text[copied..k]);
                out.push_str(" datemark ");
                copied = end;
                k = end;
                continue;
            }
        }
        k += 1;
    }
    out.push_str(&text[copied..]);
    out
}

/// Where the time unit of a phrase opened at `from - 1` stands: right after its opener ("the
/// week", "the months"). A counted span ("the four weeks") holds a number of its own, which
/// the change readers see as a figure, so it is not read here.
fn time_unit_after(raw: &[String], from: usize) -> Option<usize> {
    // "the prior-year period", "the fourth quarter", "the year-ago quarter".
    let from = from + raw[from.min(raw.len())..].iter().take(2).take_while(|w| time_modifier(w)).count();
    let w = raw.get(from)?.as_str();
    (TIME_UNITS.contains(&w) || w.strip_suffix('s').is_some_and(|s| TIME_UNITS.contains(&s))).then_some(from)
}

/// A word that narrows a time unit after its opener: a time adjective ("prior-year") or an
/// ordinal ("the fourth quarter").
fn time_modifier(w: &str) -> bool {
    is_time_adjective(w) || matches!(w, "first" | "second" | "third" | "fourth" | "final" | "latest" | "same")
}

/// A time said in one hyphenated word: "year-earlier", "year-ago", "prior-year".
fn is_time_adjective(w: &str) -> bool {
    let Some((a, b)) = w.split_once('-') else { return false };
    (TIME_UNITS.contains(&a) && TIME_CLOSERS.contains(&b))
        || (matches!(a, "prior" | "previous") && TIME_UNITS.contains(&b))
}

/// The direction a participle in a gap restates, if any ("rising", "cutting").
pub(super) fn participle_direction(w: &str) -> Option<Direction> {
    if UP_PARTICIPLES.contains(&w) {
        Some(Direction::Up)
    } else if DOWN_PARTICIPLES.contains(&w) {
        Some(Direction::Down)
    } else {
        None
    }
}

/// Whether the words between a change and its endpoints still leave the change in the
/// endpoints' clause: what changed ("in season-ticket holders", "its winter timetable") and a
/// participle that agrees with the change ("rising", "cutting crossings"), nothing else that
/// states a change.
pub(super) fn gap_keeps_change(words: &[String], direction: Option<Direction>, own_noun: bool) -> bool {
    let participles: Vec<(usize, Direction)> =
        words.iter().enumerate().filter_map(|(k, w)| participle_direction(w).map(|d| (k, d))).collect();
    let agreeing = match participles[..] {
        [] => None,
        [(k, d)] if direction.is_none_or(|x| x == d) => Some(k),
        _ => return false,
    };
    let rest: Vec<&str> =
        words.iter().enumerate().filter(|(k, _)| Some(*k) != agreeing).map(|(_, w)| w.as_str()).collect();
    let as_words: Vec<crate::checks::window::Word> = rest.iter().map(|w| std::borrow::Cow::Borrowed(*w)).collect();
    if direction_of(&as_words).is_some() {
        return false;
    }
    // What changed opens with "in" or "of" ("a 30 percent rise in ticket holders"), or is the
    // object of the verb ("halved its timetable, cutting crossings").
    // After a verb, "in the capital" says where, not what: only a change noun takes it.
    let what_changed = own_noun && rest.first().is_some_and(|w| matches!(*w, "in" | "of"));
    if !own_noun && rest.iter().any(|w| matches!(*w, "in" | "at" | "among" | "for")) {
        return false;
    }
    let limit = if agreeing.is_some() || what_changed { 6 } else { 3 };
    rest.len() <= limit
}

/// "4,500 tonnes last year, a drop of 40 percent from 6,000 tonnes"; "1,450 animals, an
/// increase of 300 from 1,200"; "at 880, a 12 percent rise from 786": the new value, the
/// change as a noun phrase, then the old value after "from".
pub(super) fn value_noun_change_old(ctx: &Ctx, i: usize) -> Option<ChangeClaim> {
    let (nums, text) = (&ctx.m.numbers, &ctx.article.text);
    let ci = super::next_figure(ctx, i)?;
    let ai = super::next_figure(ctx, ci)?;
    let (b, c, a) = (&nums[i], &nums[ci], &nums[ai]);
    let endpoint = |k: NumberKind| matches!(k, NumberKind::Count | NumberKind::Money | NumberKind::Percent);
    if b.sentence != a.sentence || !endpoint(b.kind) || b.kind != a.kind || b.currency != a.currency {
        return None;
    }
    if b.bound != Bound::Exact || a.bound != Bound::Exact || a.value <= 0.0 || c.bound != Bound::Exact {
        return None;
    }
    let stated_ok = matches!(
        c.kind,
        NumberKind::Percent | NumberKind::PercentagePoints | NumberKind::Multiplier | NumberKind::Fraction
    ) || (c.kind == b.kind && c.currency == b.currency && b.kind != NumberKind::Percent);
    if !stated_ok || !text[b.span.end..c.span.start].contains(',') || (c.kind == b.kind && !plain_amount(ctx, ci)) {
        return None;
    }
    // The old value follows "from": its words are read only when the text between holds one
    // in some case, or a bracket (taking out a short form can join the letters around it).
    let gap = text.get(c.span.end..a.span.start).unwrap_or("").as_bytes();
    if !gap.contains(&b'(') && !gap.windows(4).any(|w| w.eq_ignore_ascii_case(b"from")) {
        return None;
    }
    if scale_left_implicit(ctx, i, ai) {
        return None;
    }
    let mut first = words_without_time(ctx, b.span.end, c.span.start);
    // A unit word after the new value ("4,500 tonnes", "1,450 animals").
    if first.len() >= 2 && !matches!(first[0].as_str(), "a" | "an") {
        first.remove(0);
    }
    let second = words_without_time(ctx, c.span.end, a.span.start);
    // "a drop of 40 percent from" / "a 40 percent drop from".
    let first: Vec<&str> = first.iter().map(String::as_str).collect();
    let second: Vec<&str> = second.iter().map(String::as_str).collect();
    let noun = match (&first[..], &second[..]) {
        (["a" | "an", noun, "of"], ["from"]) => noun.to_string(),
        (["a" | "an"], [noun, "from"]) if c.kind != b.kind => noun.to_string(),
        _ => return None,
    };
    if !CHANGE_NOUNS.contains(&noun.as_str()) {
        return None;
    }
    let as_word = [std::borrow::Cow::Borrowed(noun.as_str())];
    let direction = direction_of(&as_word);
    Some(ChangeClaim { old: ai, new: i, stated: ci, span: Span::new(b.span.start, a.span.end), direction })
}

/// Whether number `c`, read as a count or a sum, is an amount in the endpoints' own terms: not
/// a rate or a share written with a word the reader did not take as one ("7.8 pct", "3
/// points"), and not a fraction of a unit with no scale ("7.8" beside "130.9 billion").
pub(super) fn plain_amount(ctx: &Ctx, c: usize) -> bool {
    let cn = &ctx.m.numbers[c];
    let after = crate::checks::window::words_after(ctx, cn.sentence, cn.span.end, 1);
    let rate =
        after.first().is_some_and(|w| matches!(&**w, "pct" | "pc" | "percent" | "points" | "pts" | "pp" | "per"));
    let fractional = cn.value.fract() != 0.0 && super::super::precision(ctx, cn) < 1.0 && cn.kind == NumberKind::Count;
    !rate && !fractional
}

/// Whether one of two endpoints carries a scale word and the other, below a thousand, none: the
/// writer left the scale to be read from the first ("to $3.86 billion from $3.49"), or the text
/// was cut ("from $3.49 bi"). Read as written, the two would differ a millionfold.
pub(super) fn scale_left_implicit(ctx: &Ctx, x: usize, y: usize) -> bool {
    scale_written_once(ctx, &ctx.m.numbers[x], &ctx.m.numbers[y])
}

/// [`scale_left_implicit`] for two mentions.
pub(crate) fn scale_written_once(
    ctx: &Ctx,
    x: &crate::extract::NumberMention,
    y: &crate::extract::NumberMention,
) -> bool {
    let scaled = |n: &crate::extract::NumberMention| {
        let scale = |w: &str| crate::extract::digits::SCALES.iter().any(|s| w.eq_ignore_ascii_case(s));
        let t = ctx.text(n.span);
        // An ASCII figure's last word is compared ignoring case; only other text is lower-cased
        // ("K", the Kelvin sign, lower-cases to the scale "k").
        if t.is_ascii() {
            return t.rsplit(|c: char| !c.is_ascii_alphabetic()).next().is_some_and(scale);
        }
        let t = t.to_lowercase();
        t.rsplit(|c: char| !c.is_ascii_alphabetic()).next().is_some_and(|w| crate::extract::digits::SCALES.contains(&w))
    };
    let bare_small = |n: &crate::extract::NumberMention| !scaled(n) && n.value < 1000.0;
    (scaled(x) && bare_small(y)) || (scaled(y) && bare_small(x))
}
