//! number.conflict: the same quantity stated twice with different values.
//!
//! What licenses a finding: a later count that points back at an earlier one (a definite
//! restatement: "the 430 homes", "The storm, which destroyed 430 homes", "the 430 homes were
//! destroyed"), or restates it word for word with the same named owner, verb and day or month
//! ("Northway carried 428,000 passengers in January" after "Northway Air carried 412,000
//! passengers in January"), with a value outside the earlier one's bounds, where the
//! [`SameQuantity`] judgement holds on every count (see `conflict/evidence.rs`):
//! - same head noun: the same counted noun, verb family ("died"/"killed") and kind of number;
//! - same owner: not two different possessives ("the mayor's" / "the chief's"), not two
//!   disjoint sets of names in the subject ("Greenleaf Bank" / "Marsh Trust"), not one subject
//!   head with two different modifiers ("the north hospital" / "the south hospital");
//! - same unit and scope: the same currency, place and scope; two measures written as modifiers
//!   ("the 200-metre heat", "a 250-strong unit") must modify the same words, and words that are
//!   not an event or class coming in many sizes (heat, race, class, division ...);
//! - compatible time: the later count is not a running total ("by Tuesday", "as of", "so far"),
//!   one is not a day and the other a period ("on Friday" / "in May alone", "this month"), and
//!   they do not name two different days or months;
//! - unmarked: no share, rate or cap word near either count ("alone", "each", "per", "up to",
//!   "a limit of", "among", "of which", "14 of the ..."), and neither is one of several counts
//!   of the same noun in one sentence (a list: one figure per subject).
//!
//! Confidence: high when the later count points back explicitly ("the 430 homes", "The storm,
//! which destroyed 430 homes") within the earlier count's paragraph; medium across paragraphs,
//! or for a restatement matched by its named owner and words alone.
//!
//! Ages are never compared here (only counts and sums of money are): person.age-conflict owns
//! them.

use std::collections::HashMap;

use chrono::Datelike;

use crate::checks::context::{Ctx, Hit};
use crate::checks::window::{words_before, words_between};
use crate::extract::{Bound, NumberKind, NumberMention};
use crate::finding::{Confidence, Fix, Related};
use crate::lexicon::lowercase;
use crate::span::Span;

mod compound;
mod events;
mod evidence;
mod owners;
mod restate;
#[cfg(test)]
mod tests;

use events::event_family;
use evidence::{ClauseInfo, Evidence, Frame, Mention, SameQuantity};
use owners::Names;

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
    // An average is a statistic of its own sample ("the outflow averaged 58 mg/l" at one
    // plant, "averaged 34" at another): two of them differ without contradicting.
    "averaged",
    "averages",
    "averaging",
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

/// How far into a sentence a fronted phrase may end, in bytes.
const FRONTED_MAX: usize = 80;

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
        .map_or(s.start, |(k, c)| s.start + k + c.len_utf8());
    let end = text[n.span.end..s.end].find(is_break).map_or(s.end, |k| n.span.end + k);
    let sentence = &text[s.start..s.end];
    // A fronted phrase is short: a first comma far into the sentence ends no fronted phrase.
    let fronted = sentence
        .get(..FRONTED_MAX.min(sentence.len()))
        .and_then(|head| head.find(','))
        .filter(|&comma| s.start + comma < start);
    let frame = Frame { fronted: fronted.map(|comma| (s.start, s.start + comma)), clause: (start, end) };
    // The words, the place and the scope are read by `read_clause` for the counts that are
    // compared.
    ClauseInfo { words: vec![], place: None, scope: vec![], frame }
}

/// A capitalised place after "in", "at" or "near" in a clause.
fn place_in(clause: &str) -> Option<String> {
    let raw: Vec<&str> = clause.split_whitespace().collect();
    raw.windows(2).find_map(|w| {
        (matches!(w[0], "in" | "at" | "near") && w[1].chars().next().is_some_and(char::is_uppercase))
            .then(|| w[1].trim_matches(|c: char| !c.is_alphanumeric()).to_string())
    })
}

/// The words, the place and the scope of a count's clause (see [`clause_of`]): only a count
/// whose noun comes back in another sentence is compared, so only those read them. A place
/// already read before the count (`place_read`) is kept.
fn read_clause<'a>(ctx: &Ctx<'a>, n: &NumberMention, clause: &mut ClauseInfo<'a>, place_read: bool) {
    let text = &ctx.article.text;
    let s = ctx.article.sentences[n.sentence].span;
    let (start, end) = clause.frame.clause;
    clause.words = words_between(text, start, end);
    if !place_read {
        clause.place = place_in(&text[start..end]);
    }
    // The count's own clause, plus a fronted phrase that scopes the whole sentence
    // ("In the south, the storm destroyed 430 homes").
    let mut scope = sentence_scope(&text[start..end]);
    let sentence = &text[s.start..s.end];
    let first_word = lowercase(sentence.split_whitespace().next().unwrap_or(""));
    if let (true, Some((_, comma_end))) = (LOCATIVE.contains(&&*first_word), clause.frame.fronted) {
        scope.extend(sentence_scope(&sentence[..comma_end - s.start]));
    }
    scope.sort();
    scope.dedup();
    clause.scope = scope;
}

/// The participle that opens a definite count's noun phrase ("the 21 stranded hikers"), in
/// lower case.
fn participle_of(q: &crate::extract::Quantity) -> Option<String> {
    let np = q.noun.as_deref().filter(|_| q.definite)?;
    let mut words = np.split_whitespace();
    let first = words.next()?.to_lowercase();
    (first.ends_with("ed") && first.len() > 4 && words.next().is_some()).then_some(first)
}

/// Whether two counts are set apart by one preposition with different objects: "on the north
/// ridge" and "on the south ridge", "in the east shaft" and "in the west shaft". A restatement
/// that points back only through a participle needs this much more evidence of one setting.
fn different_settings(ctx: &Ctx, e: &Mention, l: &Mention) -> bool {
    let settings = |m: &Mention| -> Vec<(String, String)> {
        let s = ctx.article.sentences[m.n.sentence].span;
        let words: Vec<String> = ctx.article.text[s.start..s.end]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        let preps = ["in", "on", "at", "near", "aboard", "inside", "outside"];
        (0..words.len())
            .filter(|&k| preps.contains(&words[k].as_str()))
            .map(|k| {
                let object: Vec<&str> = words[k + 1..]
                    .iter()
                    .map(String::as_str)
                    .filter(|w| !matches!(*w, "the" | "a" | "an"))
                    .take(2)
                    .collect();
                // "Work on the 61 new lanes": the preposition governs the count itself.
                if object.first().is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit())) {
                    return (String::new(), String::new());
                }
                (words[k].clone(), object.join(" "))
            })
            .filter(|(p, _)| !p.is_empty())
            .collect()
    };
    // A phrase right after the later noun restricts it to a subset: "the 13 injured
    // passengers at Mercy Hospital", "the 21 stranded hikers from Spain".
    let noun_end = l.q.noun_span.map_or(l.n.span.end, |s| s.end);
    let next = ctx.article.text[noun_end..].split_whitespace().next().unwrap_or("").to_lowercase();
    // "the 14 trapped miners on Thursday": a time after the noun says when, not which.
    let dated = {
        let rest = &ctx.article.text[noun_end..];
        let skip = rest.len() - rest.trim_start().len() + next.len();
        let from = noun_end + skip;
        ctx.m.dates_near(Span::new(from, from + 1)).iter().any(|d| d.span.start <= from + 1 && d.span.end > from)
    };
    if ["in", "on", "at", "near", "from", "of", "aboard", "inside", "outside", "who", "that", "whom", "with"]
        .contains(&next.trim_matches(|c: char| !c.is_alphabetic()))
        && !dated
    {
        return true;
    }
    let (a, b) = (settings(e), settings(l));
    a.iter().any(|(p, o)| b.iter().any(|(q, _)| q == p) && !b.iter().any(|(q, x)| q == p && x == o))
}

/// Currency nouns in the singular: a sum "of dollars" names its unit, not its purpose.
const CURRENCY_NOUNS: &[&str] = &[
    "dollar", "euro", "pound", "yen", "rupee", "franc", "mark", "yuan", "peso", "rouble", "ruble", "krona", "krone",
    "lira", "dinar", "rand",
];

/// The counts and sums of money that could be restated later: with a head noun, a verb (for
/// counts), and nothing that scopes them to another year, place or addition.
fn comparable_mentions<'a>(ctx: &Ctx<'a>) -> Vec<Mention<'a>> {
    let nums = &ctx.m.numbers;
    let article_year = ctx.article.dateline_date().map(|d| d.year());
    // Sentences that talk about another year ("A fire in 2007 ...") are about another event.
    let other_year = |sentence: usize| {
        ctx.m.dates[ctx.m.sentence_dates(sentence)]
            .iter()
            .any(|d| d.year_explicit && d.year.is_some() && article_year.is_some() && d.year != article_year)
    };
    let names = Names::of(ctx);
    let compounds = compound::readings(ctx);
    let mut mentions: Vec<Mention> = Vec::new();
    // Whether each mention's place was read before its count (see `read_clause`).
    let mut place_read: Vec<bool> = Vec::new();
    for (qi, q) in ctx.m.quantities.iter().enumerate() {
        let n = &nums[q.number];
        if !matches!(n.kind, NumberKind::Count | NumberKind::Money) || n.bound == Bound::Vague {
            continue;
        }
        let Some(head) = &q.head else { continue };
        // "700 million dollars ... the 540 million dollars in the budget": a currency noun
        // says how a sum is counted, not what it pays for, so two such sums are not one.
        if n.kind == NumberKind::Money && CURRENCY_NOUNS.contains(&head.to_lowercase().trim_end_matches('s')) {
            continue;
        }
        // "the 1,800 job cuts" after "cut 800 jobs": a count of jobs cut.
        let compound = compounds.get(&qi).filter(|_| n.kind == NumberKind::Count).cloned();
        // "the 21 stranded hikers": the participle names what happened to the counted things,
        // whatever the clause's own verb ("A helicopter lifted ...") does to them.
        let participle = participle_of(q);
        // A count with no verb ("the board's 12 seats") says too little about what it counts
        // to be compared, unless it is definite and may restate a count stated in full
        // ("All 18 patients"); a sum of money is named by its noun alone.
        let bare = q.verb.is_none() && participle.is_none() && compound.is_none() && n.kind == NumberKind::Count;
        if bare && !restate::bare_definite(ctx, q, n) {
            continue;
        }
        if (q.subject_indefinite && participle.is_none()) || other_year(n.sentence) {
            continue;
        }
        let mut clause = clause_of(ctx, n);
        let (start, end) = clause.frame.clause;
        if crate::checks::window::iter_words(&ctx.article.text[start..end]).any(|w| SCOPE_WORDS.contains(&&*w)) {
            continue;
        }
        let place_before = q.definite && (participle.is_some() || bare);
        if place_before {
            // "The 32 rescued fishermen were taken to a hospital in Brest": a place after the
            // predicate is where they were taken, not which fishermen.
            clause.place = restate::place_before(ctx, clause.frame.clause.0, n.span.start);
        }
        let noun = compound.as_ref().map_or_else(|| head.trim_end_matches('s').to_string(), |(noun, _)| noun.clone());
        // A sum of money is named by what it pays for ("the $2.4 million contract"), whatever
        // verb sits near it.
        let event = if let Some((_, event)) = compound {
            Some(event)
        } else if n.kind == NumberKind::Money {
            None
        } else {
            participle.as_deref().or(q.verb.as_deref()).map(event_family)
        };
        mentions.push(Mention { q, n, noun, event, clause, evidence: Evidence::default(), bare });
        place_read.push(place_before);
    }
    // Only a count whose noun comes back in another sentence is ever compared, so only those
    // gather their evidence (the owner reading is the costly part).
    let mut sentences_of: HashMap<&str, (usize, bool)> = HashMap::new();
    for m in &mentions {
        let e = sentences_of.entry(m.noun.as_str()).or_insert((m.n.sentence, false));
        e.1 |= e.0 != m.n.sentence;
    }
    let compared: Vec<bool> = mentions.iter().map(|m| sentences_of[m.noun.as_str()].1).collect();
    for ((m, compared), place_read) in mentions.iter_mut().zip(compared).zip(place_read) {
        if compared {
            read_clause(ctx, m.n, &mut m.clause, place_read);
            let noun_end = m.q.noun_span.map_or(m.n.span.end, |s| s.end).max(m.n.span.end);
            m.evidence = evidence::gather(ctx, &names, m, noun_end);
        }
    }
    // Several counts of one noun in one sentence are a list, one figure per subject.
    for i in 1..mentions.len() {
        let (a, b) = (&mentions[i - 1], &mentions[i]);
        if a.n.sentence == b.n.sentence && a.noun == b.noun {
            mentions[i - 1].evidence.listed = true;
            mentions[i].evidence.listed = true;
        }
    }
    mentions
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let mentions = comparable_mentions(ctx);
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
        // "The fire, which destroyed 430 homes"; or restate it word for word with the same
        // named owner and the same day or month ("Northway carried 428,000 passengers in
        // January" after "Northway Air carried 412,000 passengers in January").
        let subject_definite = later.q.subject.as_deref().is_some_and(|s| {
            let first = lowercase(s.split_whitespace().next().unwrap_or(""));
            matches!(&*first, "the" | "this" | "that" | "its" | "it" | "they")
        });
        let definite = later.q.definite || subject_definite;
        // A bare restatement's own modifiers ("the 41 new routes") are checked against the
        // earlier noun phrase instead.
        let own = if later.bare { restate::modifiers(later.q) } else { vec![] };
        if later.clause.words.iter().any(|w| UPDATE_WORDS.contains(&&**w) && !own.iter().any(|o| o == &**w)) {
            continue;
        }
        let same_noun = &by_noun[later.noun.as_str()];
        let before_later = same_noun.partition_point(|&i| i < li);
        if later.bare {
            // "the 30 people at the rally": a phrase after the noun picks out another set.
            let e = restate::bare_restated(&mentions, &same_noun[..before_later], later)
                .filter(|e| !different_settings(ctx, e, later) && values_differ(e.n, later.n))
                .filter(|e| !(sizes_by_unit(ctx, e.n) && sizes_by_unit(ctx, later.n)));
            out.extend(e.map(|e| conflict_hit(ctx, e, later, Confidence::Medium)));
            continue;
        }
        let earlier = same_noun[..before_later].iter().rev().take(LOOKBACK).map(|&i| &mentions[i]).find(|e| {
            e.n.sentence < later.n.sentence
                && !e.bare
                && (definite
                    || evidence::named_restatement(e, later)
                    || restate::restated_first(e, later, participle_of(e.q).is_some()))
                && SameQuantity::judge(e, later).holds()
                && !(sizes_by_unit(ctx, e.n) && sizes_by_unit(ctx, later.n))
                && (participle_of(later.q).is_none() || !different_settings(ctx, e, later))
                && !words_before(ctx, e.n.sentence, e.n.span.start, 2).iter().any(|w| SUPERSEDED_BEFORE.contains(&&**w))
        });
        let Some(e) = earlier else { continue };
        // Two pointers back ("the $20,000 portrait" ... "The $10,000 portrait") may point at two
        // things, each priced when first named.
        let two_pointers = e.q.definite && stated_before(ctx, later.n);
        if !values_differ(e.n, later.n) || two_pointers || introduced_anew(ctx, later.n) {
            continue;
        }
        // An explicit pointer back within one paragraph is high; a restatement matched only
        // by its words, or one across paragraphs, is medium.
        let sentences = &ctx.article.sentences;
        let same_paragraph = sentences[e.n.sentence].paragraph == sentences[later.n.sentence].paragraph;
        let confidence = if definite && same_paragraph { Confidence::High } else { Confidence::Medium };
        out.push(conflict_hit(ctx, e, later, confidence));
    }
    out
}

/// Whether the later figure was itself stated earlier in the article, in the same terms
/// ("bid $10,000 to buy a painting" ... "The $10,000 portrait").
fn stated_before(ctx: &Ctx, later: &NumberMention) -> bool {
    ctx.m.numbers.iter().take_while(|m| m.span.start < later.span.start).any(|m| {
        m.sentence < later.sentence && m.kind == later.kind && m.currency == later.currency && !values_differ(m, later)
    })
}

/// Whether "a" or "another" opens the figure's noun phrase ("reported a $150,000 gift"): a new
/// thing, not one counted before, whatever the clause's subject.
fn introduced_anew(ctx: &Ctx, n: &NumberMention) -> bool {
    words_before(ctx, n.sentence, n.span.start, 1).first().is_some_and(|w| matches!(&**w, "a" | "an" | "another"))
}

/// Units of measure a figure is joined to by a hyphen when it sizes a thing: "the 84-foot
/// reflector", "the 3-cm emission".
#[rustfmt::skip]
const MEASURE_UNITS: &[&str] = &[
    "foot", "feet", "inch", "yard", "mile", "meter", "metre", "centimeter", "centimetre", "cm", "mm", "km",
    "kilometer", "kilometre", "millimeter", "millimetre", "acre", "hectare", "ton", "tonne", "pound", "kg",
    "kilogram", "gram", "gallon", "liter", "litre", "degree", "watt", "kilowatt", "megawatt", "volt",
];

/// Whether a number sizes the noun after it in a unit of measure ("the 84-foot reflector"). Two
/// such sizes are two things ("the 50-foot reflector" at one site, "the 84-foot reflector" at
/// another), whatever their articles say; a count joined the same way ("the 6,000-strong
/// mission") still restates a count.
fn sizes_by_unit(ctx: &Ctx, n: &NumberMention) -> bool {
    let Some(rest) = ctx.article.text[n.span.end..].strip_prefix('-') else { return false };
    let unit = rest.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    MEASURE_UNITS.iter().any(|u| u.eq_ignore_ascii_case(unit))
}

/// Whether two values are apart beyond their bounds and by more than one percent.
fn values_differ(e: &NumberMention, l: &NumberMention) -> bool {
    let disjoint = l.low > e.high || l.high < e.low;
    let relative_gap = (l.value - e.value).abs() / l.value.abs().max(e.value.abs()).max(1e-9);
    disjoint && relative_gap >= 0.01
}

/// The finding for a later count that restates an earlier one with another value.
fn conflict_hit(ctx: &Ctx, e: &Mention, later: &Mention, confidence: Confidence) -> Hit {
    let what = match (&later.q.verb, later.q.noun.as_deref()) {
        (Some(v), Some(noun)) if noun.to_lowercase().contains(&**v) => noun.to_string(),
        (Some(v), Some(noun)) => format!("{noun} {v}"),
        (None, Some(noun)) => noun.to_string(),
        _ => later.noun.clone(),
    };
    let first_line = ctx.line(e.n.span.start);
    let end = later.q.noun_span.map_or(later.n.span.end, |s| s.end).max(later.n.span.end);
    Hit {
        span: Span::new(later.n.span.start, end),
        label: format!("{} here", ctx.text(later.n.span)),
        vars: vec![
            ("what", what),
            ("first", ctx.text(e.n.span).to_string()),
            ("second", ctx.text(later.n.span).to_string()),
            ("first_line", first_line.to_string()),
        ],
        related: vec![Related { span: e.n.span, message: format!("first stated here as {}", ctx.text(e.n.span)) }],
        confidence,
        fixes: first_value_fix(ctx, e.n, later.n),
        ..Hit::default()
    }
}

/// The first statement's value written at the second, as the first writes it, when both are
/// written alike (both in digits or both in words).
fn first_value_fix(ctx: &Ctx, first: &NumberMention, later: &NumberMention) -> Vec<Fix> {
    if first.words != later.words {
        return vec![];
    }
    let written = ctx.text(first.span);
    // In words, the case follows the place ("Three" opening a sentence, "three" inside one).
    let upper = ctx.text(later.span).starts_with(char::is_uppercase);
    let mut chars = written.chars();
    let replacement: String = match chars.next() {
        Some(c) if first.words && upper => c.to_uppercase().chain(chars).collect(),
        Some(c) if first.words => c.to_lowercase().chain(chars).collect(),
        _ => written.to_string(),
    };
    vec![Fix::suggest(format!("write {replacement}, as first stated"), later.span, replacement)]
}
