//! The evidence that two counts are one quantity stated twice: the [`SameQuantity`] judgement.
//!
//! Each condition is a function of its own, and a finding needs all of them:
//! - [`same_head_noun`]: the same counted noun, the same verb family, the same kind of number;
//! - [`same_owner`]: the same owner of the noun phrase: no two different possessives ("the
//!   mayor's ... the chief's"), no two disjoint sets of names in the subject ("Greenleaf Bank
//!   ... Marsh Trust"), no two subjects with one head and different modifiers ("the north
//!   hospital ... the south hospital");
//! - [`same_unit_and_scope`]: the same currency, place and scope; and a measure written as a
//!   modifier ("the 200-metre heat", "a 250-strong unit") names which thing is meant, so two of
//!   them are one quantity only when they modify the same words and those words are not an
//!   event or class that comes in many sizes;
//! - [`compatible_time`]: not a running total ("by Tuesday", "as of", "so far", or "has killed"
//!   after one day's "killed ... on Sunday"), not a day against a period ("on Friday" against
//!   "in May alone", "this month"), not two different days;
//! - [`unmarked`]: no word that makes a count a share, a rate or a cap ("alone", "each", "per",
//!   "up to", "a limit of", "among", "of which"), and not one of several counts of the same noun
//!   in one sentence (a list: one figure per subject).

use crate::checks::context::Ctx;
use crate::checks::window::Word;
use crate::checks::window::{last_words, words, words_after};
use crate::extract::{DateMention, NumberMention, Quantity};
use crate::span::Span;

use super::owners::{owners, possessive_phrase, subject_modifiers, Names};

/// Words that make a count a share, a rate or a cap rather than the whole.
const MARKERS: &[&str] = &[
    "alone",
    "each",
    "per",
    "apiece",
    "among",
    "amongst",
    "limit",
    "limits",
    "limited",
    "cap",
    "caps",
    "capped",
    "maximum",
    "minimum",
    "ceiling",
    "including",
    "included",
    "includes",
];

/// Two-word markers: "up to", "of which", "a day".
const MARKER_PAIRS: &[[&str; 2]] = &[
    ["up", "to"],
    ["as", "many"],
    ["as", "much"],
    ["of", "which"],
    ["of", "whom"],
    ["of", "them"],
    ["a", "day"],
    ["a", "week"],
    ["a", "month"],
    ["a", "head"],
];

/// Words that put a count over a period rather than on one day.
const PERIOD_WORDS: &[&str] =
    &["week", "weeks", "month", "months", "season", "whole", "entire", "since", "altogether", "cumulative"];

/// How many words after the counted noun still bear on the count.
const NEAR_AFTER_WORDS: usize = 6;

/// Words after a count that open a predicate about another time than the count's.
const MODALS: &[&str] = &["would", "will", "could", "should", "may", "might", "expected", "plan", "plans", "set"];

/// Words before a date that make the count a running total up to it: "by Tuesday".
const CUMULATIVE_BEFORE_DATE: &[&str] = &["by", "of"];

/// Nouns that name an event or a class that comes in many sizes: "the 200-metre heat" and
/// "the 1,500-metre heat" are two heats, not one heat measured twice.
const CATEGORY_NOUNS: &[&str] = &[
    "heat",
    "heats",
    "race",
    "races",
    "final",
    "finals",
    "semifinal",
    "event",
    "class",
    "division",
    "category",
    "relay",
    "dash",
    "sprint",
    "freestyle",
    "backstroke",
    "breaststroke",
    "butterfly",
    "medley",
    "hurdles",
    "steeplechase",
    "walk",
    "title",
    "round",
    "stage",
    "leg",
    "run",
    "swim",
    "ride",
    "route",
    "course",
];

/// Words that end the words a measure modifies ("a 250-strong unit arrived" modifies "unit").
const MODIFIER_STOP: &[&str] = &[
    "is", "was", "are", "were", "has", "had", "have", "will", "would", "a", "an", "the", "of", "in", "on", "at", "to",
    "by", "for", "from", "with", "and", "or", "that", "which", "who", "then", "now", "also", "still", "later", "again",
    "soon", "already",
];

/// A count that could be restated later, with what it counts and where it stands.
pub(super) struct Mention<'a> {
    pub(super) q: &'a Quantity,
    pub(super) n: &'a NumberMention,
    pub(super) noun: String,
    pub(super) event: Option<String>,
    pub(super) clause: ClauseInfo<'a>,
    pub(super) evidence: Evidence,
    /// A definite count with no verb of its own ("All 18 patients", "the 41 new routes"): it can
    /// only restate a count stated in full before it.
    pub(super) bare: bool,
}

/// The clause a count sits in.
pub(super) struct ClauseInfo<'a> {
    /// Words of the clause holding the count (between commas, semicolons and the sentence edges).
    pub(super) words: Vec<Word<'a>>,
    /// A capitalised place after "in", "at" or "near" in the clause.
    pub(super) place: Option<String>,
    /// Where the whole sentence places things ("in the north", "across the county"): two
    /// counts scoped differently are different counts.
    pub(super) scope: Vec<String>,
    /// The clause, and a short phrase fronted before the sentence's first comma ("In May
    /// alone, ..."): where markers and times that bear on the count are looked for.
    pub(super) frame: Frame,
}

/// A measure written as a modifier: "200-metre heat" is unit "metre", modifying ["heat"].
#[derive(Debug, PartialEq)]
pub(super) struct Modifier {
    unit: String,
    modifies: Vec<String>,
}

/// When a count holds: the days and months named around it, and whether it is a running total
/// or a total over a period.
#[derive(Debug, Default)]
pub(super) struct TimeScope {
    days: Vec<chrono::NaiveDate>,
    months: Vec<(Option<i32>, u32)>,
    cumulative: bool,
    period: bool,
    /// A present perfect ("has killed"): a total up to now.
    perfect: bool,
}

/// What each mention carries besides its noun and verb.
#[derive(Debug, Default)]
pub(super) struct Evidence {
    /// Names and possessives that own the count ("greenleaf", "bank"; "mayor").
    owners: Vec<String>,
    /// Words of the subject besides its head and determiners ("north" in "the north hospital").
    subject_modifiers: Vec<String>,
    /// A possessive right before the count and its modifiers ("junior" in "the junior
    /// league's").
    possessive: Option<(String, Vec<String>)>,
    time: TimeScope,
    /// A word that makes the count a share, rate or cap.
    marker: Option<String>,
    modifier: Option<Modifier>,
    /// Another count of the same noun in the same sentence.
    pub(super) listed: bool,
}

/// The judgement that two mentions are one quantity, condition by condition.
#[derive(Debug)]
pub(super) struct SameQuantity {
    pub head: bool,
    pub owner: bool,
    pub unit_and_scope: bool,
    pub time: bool,
    pub unmarked: bool,
}

impl SameQuantity {
    pub(super) fn judge(earlier: &Mention, later: &Mention) -> Self {
        SameQuantity {
            head: same_head_noun(earlier, later),
            owner: same_owner(earlier, later),
            unit_and_scope: same_unit_and_scope(earlier, later),
            time: compatible_time(earlier, later),
            unmarked: unmarked(earlier) && unmarked(later),
        }
    }

    pub(super) fn holds(&self) -> bool {
        self.head && self.owner && self.unit_and_scope && self.time && self.unmarked
    }
}

/// The same counted noun, the same verb family, the same kind of number.
pub(super) fn same_head_noun(e: &Mention, l: &Mention) -> bool {
    e.noun == l.noun && e.event == l.event && e.n.kind == l.n.kind
}

/// No sign that the two counts belong to different owners.
pub(super) fn same_owner(e: &Mention, l: &Mention) -> bool {
    let (a, b) = (&e.evidence, &l.evidence);
    if disjoint(&a.owners, &b.owners) {
        return false;
    }
    // "The senior league awarded ..." and "the junior league's prize": one noun, two owners.
    let other_modifiers = |m: &Mention, p: &Option<(String, Vec<String>)>, mods: &[String]| {
        p.as_ref().is_some_and(|(stem, own)| m.q.subject_head.as_deref() == Some(stem) && disjoint(own, mods))
    };
    if other_modifiers(e, &b.possessive, &a.subject_modifiers)
        || other_modifiers(l, &a.possessive, &b.subject_modifiers)
    {
        return false;
    }
    if let (Some((x, xm)), Some((y, ym))) = (&a.possessive, &b.possessive) {
        if x == y && disjoint(xm, ym) {
            return false;
        }
    }
    match (&e.q.subject_head, &l.q.subject_head) {
        (Some(x), Some(y)) if x == y => !disjoint(&a.subject_modifiers, &b.subject_modifiers),
        // A name cut short is the same subject: "Northway" for "Northway Air".
        (Some(x), Some(y)) => {
            (a.subject_modifiers.iter().any(|w| **w == **y) && is_named(l.q.subject.as_deref(), y))
                || (b.subject_modifiers.iter().any(|w| **w == **x) && is_named(e.q.subject.as_deref(), x))
        }
        _ => true,
    }
}

/// Whether `head` is written as a name (capitalised) in `subject`.
fn is_named(subject: Option<&str>, head: &str) -> bool {
    subject.is_some_and(|s| {
        s.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.to_lowercase() == head && w.chars().next().is_some_and(char::is_uppercase)
        })
    })
}

/// The same currency, place and scope, and modifiers that name the same thing.
pub(super) fn same_unit_and_scope(e: &Mention, l: &Mention) -> bool {
    let (ec, lc) = (&e.clause, &l.clause);
    let scope = ec.scope.is_empty() || lc.scope.is_empty() || ec.scope == lc.scope;
    let modifiers = match (&e.evidence.modifier, &l.evidence.modifier) {
        (Some(a), Some(b)) => a == b && !a.modifies.iter().any(|w| CATEGORY_NOUNS.contains(&w.as_str())),
        _ => true,
    };
    e.n.currency == l.n.currency && ec.place == lc.place && scope && modifiers
}

/// Not a running total, not a day against a period, not two different days or months.
pub(super) fn compatible_time(e: &Mention, l: &Mention) -> bool {
    let (a, b) = (&e.evidence.time, &l.evidence.time);
    if b.cumulative || a.period != b.period {
        return false;
    }
    // "killed 48 on Sunday" then "has killed 52" (no day): one day's figure, then a total to now.
    if b.perfect && !a.perfect && b.days.is_empty() && !a.days.is_empty() {
        return false;
    }
    !disjoint(&a.days, &b.days) && !disjoint(&a.months, &b.months)
}

/// Something named on both sides.
fn shared<T: PartialEq>(x: &[T], y: &[T]) -> bool {
    x.iter().any(|d| y.contains(d))
}

/// Both sides name something, and nothing in common.
fn disjoint<T: PartialEq>(x: &[T], y: &[T]) -> bool {
    !x.is_empty() && !y.is_empty() && !x.iter().any(|d| y.contains(d))
}

/// A later count that restates an earlier one without pointing back at it: the same verb, the
/// same named owner (the later one's names all among the earlier one's), the same scope, and a
/// day or month the two share. Without a shared time, "Harlow hired 200 workers ... Harlow
/// hired 150 workers" may well be two hirings.
pub(super) fn named_restatement(e: &Mention, l: &Mention) -> bool {
    let (a, b) = (&e.evidence, &l.evidence);
    let same_time = shared(&a.time.days, &b.time.days) || shared(&a.time.months, &b.time.months);
    l.event.is_some()
        && !b.owners.is_empty()
        && b.owners.iter().all(|w| a.owners.contains(w))
        && e.clause.scope == l.clause.scope
        && same_time
}

/// No share, rate or cap marker, and not one of a list.
pub(super) fn unmarked(m: &Mention) -> bool {
    m.evidence.marker.is_none() && !m.evidence.listed
}

/// Where a count's markers and times are looked for: its clause, and a short phrase fronted
/// before the sentence's first comma ("In May alone, the officers, who seized 140 vehicles").
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Frame {
    pub fronted: Option<(usize, usize)>,
    pub clause: (usize, usize),
}

/// Gather the evidence for a mention whose counted noun ends at `noun_end`.
pub(super) fn gather(ctx: &Ctx, names: &Names, m: &Mention, noun_end: usize) -> Evidence {
    let text = &ctx.article.text;
    let near = near_ranges(text, m.clause.frame, noun_end);
    let near_words: Vec<String> =
        near.iter().flat_map(|&(a, b)| words(&text[a..b])).map(std::borrow::Cow::into_owned).collect();
    let after: Vec<String> =
        words_after(ctx, m.n.sentence, m.n.span.end, 3).into_iter().map(std::borrow::Cow::into_owned).collect();
    Evidence {
        owners: owners(ctx, names, m.n),
        subject_modifiers: subject_modifiers(m.q),
        possessive: possessive_phrase(ctx, m.n),
        time: time_scope(ctx, &near, &near_words),
        marker: marker(&near_words, &after).or_else(|| partitive_whole(ctx, m.n)),
        modifier: modifier(bounded(text, m.n.span.end, ctx.article.sentences[m.n.sentence].span.end, 80)),
        listed: false,
    }
}

/// The text that bears on a count: a fronted phrase, its clause up to the counted noun, and a
/// few words after it ("seized 140 vehicles in May alone"), not the rest of a long clause
/// ("... would not be allowed home before next week").
fn near_ranges(text: &str, frame: Frame, noun_end: usize) -> Vec<(usize, usize)> {
    let (c0, c1) = frame.clause;
    let from = noun_end.clamp(c0, c1);
    // A modal after the noun opens a predicate about another time ("the 41 new routes would
    // begin running in September", "are expected to reopen next week"): its words do not bear
    // on the count.
    let after: usize = text[from..c1]
        .split_inclusive(char::is_whitespace)
        .take(NEAR_AFTER_WORDS + 1)
        .take_while(|w| !MODALS.contains(&w.trim().to_lowercase().as_str()))
        .map(str::len)
        .sum();
    frame.fronted.into_iter().chain(std::iter::once((c0, from + after))).collect()
}

/// `text[start..end]`, cut to at most `max` bytes on a character boundary.
fn bounded(text: &str, start: usize, end: usize, max: usize) -> &str {
    let mut cut = end.min(start + max);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    text.get(start..cut.max(start)).unwrap_or("")
}

fn marker(frame_words: &[String], after_number: &[String]) -> Option<String> {
    if let Some(w) = frame_words.iter().find(|w| MARKERS.contains(&w.as_str())) {
        return Some(w.clone());
    }
    if let Some(p) = frame_words.windows(2).find(|p| MARKER_PAIRS.iter().any(|m| p[0] == m[0] && p[1] == m[1])) {
        return Some(p.join(" "));
    }
    // A partitive: "14 of the drivers", "12 of them".
    let partitive = after_number.iter().position(|w| w == "of").is_some_and(|i| {
        i <= 1
            && after_number
                .get(i + 1)
                .is_some_and(|w| matches!(w.as_str(), "the" | "them" | "those" | "these" | "its" | "their"))
    });
    partitive.then(|| "of the".to_string())
}

/// "winning seven of the 10 seats": the count after "of the" right after another count is the
/// whole the part is taken from (here the seats of one district), not a count of its own to
/// restate.
fn partitive_whole(ctx: &Ctx, n: &NumberMention) -> Option<String> {
    let nums = &ctx.m.numbers;
    let i = nums.partition_point(|x| x.span.start < n.span.start);
    let part = nums.get(i.checked_sub(1)?).filter(|p| p.sentence == n.sentence && p.span.end <= n.span.start)?;
    let gap = ctx.article.text[part.span.end..n.span.start].split_whitespace().collect::<Vec<_>>().join(" ");
    gap.eq_ignore_ascii_case("of the").then(|| "of the".to_string())
}

/// "200-metre heat" right after the number: the unit and the words it modifies.
fn modifier(after_number: &str) -> Option<Modifier> {
    let rest = after_number.strip_prefix('-')?;
    let mut ws = words(rest).into_iter();
    let unit = ws.next()?.into_owned();
    if !unit.chars().all(char::is_alphabetic) {
        return None;
    }
    let modifies: Vec<String> = ws
        .take_while(|w| !MODIFIER_STOP.contains(&&**w) && !w.ends_with("ed") && !w.ends_with("ly"))
        .take(3)
        .map(std::borrow::Cow::into_owned)
        .collect();
    let touching = rest[unit.len()..].starts_with(' ');
    (touching && !modifies.is_empty()).then_some(Modifier { unit, modifies })
}

fn time_scope(ctx: &Ctx, near: &[(usize, usize)], near_words: &[String]) -> TimeScope {
    let text = &ctx.article.text;
    let mut t = TimeScope::default();
    for &(a, b) in near {
        for d in ctx.m.dates_near(Span::new(a, b)).iter().filter(|d| d.span.start >= a && d.span.end <= b) {
            add_date(&mut t, d, &last_words(&text[a..d.span.start], 2));
        }
    }
    let pair = |a: &str, b: &str| near_words.windows(2).any(|p| p[0] == a && p[1] == b);
    if pair("so", "far") || pair("to", "date") || pair("as", "of") {
        t.cumulative = true;
    }
    // "next week" is a time to come, not the period a count covers.
    // "have since recovered": "since" before a verb is an adverb, not the start of a period.
    let adverb_since = |k: usize| {
        near_words[k] == "since" && near_words.get(k + 1).is_none_or(|w| w.ends_with("ed") || w.ends_with("en"))
    };
    let period_word = |k: usize| {
        PERIOD_WORDS.contains(&near_words[k].as_str()) && (k == 0 || near_words[k - 1] != "next") && !adverb_since(k)
    };
    if (0..near_words.len()).any(period_word) {
        t.period = true;
    }
    t.perfect = near_words.iter().any(|w| matches!(w.as_str(), "has" | "have"));
    t
}

/// A date near a count: a day, or a month (a period); "by" before it makes a running total.
fn add_date(t: &mut TimeScope, d: &DateMention, before: &[crate::checks::window::Word]) {
    let last = before.last().map(|w| &**w);
    if last.is_some_and(|w| CUMULATIVE_BEFORE_DATE.contains(&w))
        && (last != Some("of") || before.first().is_some_and(|w| w == "as"))
    {
        t.cumulative = true;
    }
    if d.day.is_some() || d.weekday.is_some() {
        t.days.extend(d.date);
    } else if let Some(month) = d.month {
        t.months.push((d.year, month));
        t.period = true;
    }
}
