//! arith.sum: parts that must add up to a stated total.

use crate::article::Span;
use crate::checks::wording::{addition, fmt_num};
use crate::checks::{Ctx, Hit};
use crate::engine::Related;
use crate::extract::words::TokenKind;
use crate::extract::{Bound, NumberKind, NumberMention, Quantity};

/// Words for people in general: a total of "people" can be split into any of the person nouns.
const PEOPLE_GENERAL: &[&str] = &[
    "people",
    "persons",
    "dead",
    "victims",
    "casualties",
    "fatalities",
    "deaths",
    "lives",
    "bodies",
    "others",
    "individuals",
    "injured",
    "wounded",
    "survivors",
    "passengers",
];

/// Nouns that count people.
const PERSON_NOUNS: &[&str] = &[
    "people",
    "persons",
    "civilians",
    "soldiers",
    "troops",
    "personnel",
    "children",
    "women",
    "men",
    "adults",
    "students",
    "workers",
    "miners",
    "rescuers",
    "passengers",
    "crew",
    "members",
    "police",
    "officers",
    "policemen",
    "firefighters",
    "journalists",
    "tourists",
    "foreigners",
    "nationals",
    "citizens",
    "residents",
    "villagers",
    "pilgrims",
    "patients",
    "staff",
    "employees",
    "militants",
    "fighters",
    "insurgents",
    "rebels",
    "victims",
    "prisoners",
    "migrants",
    "refugees",
    "boys",
    "girls",
    "infants",
    "teenagers",
    "marines",
    "sailors",
    "airmen",
    "guards",
    "americans",
    "britons",
    "afghans",
    "iraqis",
    "pakistanis",
    "indians",
    "locals",
    "visitors",
    "spectators",
    "fans",
    "players",
    "athletes",
    "detainees",
    "hostages",
    "suspects",
    "doctors",
    "nurses",
    "teachers",
    "volunteers",
    "dead",
    "injured",
    "wounded",
    "casualties",
    "fatalities",
    "deaths",
    "bodies",
    "others",
    "adults",
    "elderly",
    "infantrymen",
    "servicemen",
    "servicemembers",
    "contractors",
    "diplomats",
    "voters",
];

/// Things counted in news that are never groups of people.
const NOT_PEOPLE: &[&str] = &[
    "homes",
    "houses",
    "buildings",
    "vehicles",
    "cars",
    "trucks",
    "villages",
    "towns",
    "cities",
    "provinces",
    "districts",
    "countries",
    "nations",
    "states",
    "schools",
    "hospitals",
    "dollars",
    "euros",
    "votes",
    "seats",
    "tons",
    "tonnes",
    "miles",
    "kilometers",
    "kilometres",
    "acres",
    "hectares",
    "years",
    "months",
    "weeks",
    "days",
    "hours",
    "minutes",
    "percent",
    "points",
    "times",
    "cases",
    "incidents",
    "attacks",
    "bombs",
    "rockets",
    "missiles",
    "shops",
    "stores",
    "animals",
    "cattle",
    "head",
    "heads",
    "aircraft",
    "planes",
    "ships",
    "boats",
];

/// Verb families: a total "killed" is not split by parts "injured". Quantities hold their
/// verbs in lower case.
fn verb_family(verb: &str) -> Option<&'static str> {
    let fam = match verb {
        "killed" | "died" | "dead" | "perished" | "drowned" | "executed" | "slain" | "murdered" | "kill" | "kills"
        | "claimed" => "death",
        "injured" | "wounded" | "hurt" | "hospitalized" | "hospitalised" => "injury",
        "arrested" | "detained" | "held" | "captured" => "arrest",
        "rescued" | "evacuated" | "saved" => "rescue",
        "missing" => "missing",
        _ => return None,
    };
    Some(fam)
}

fn is_person(head: &str) -> bool {
    PERSON_NOUNS.contains(&head)
}

/// Whether a part counts the same kind of thing as the total.
fn compatible(total: &Quantity, part: &Quantity) -> bool {
    match (&total.head, &part.head) {
        (_, None) => true,
        (Some(t), Some(p)) if t == p => true,
        // A total of people splits into any group of people; things never do.
        // A group of people ("48 personnel", "six emergency workers") splits into any kinds
        // of people ("soldiers", "troopers", "linemen"), never into things.
        (Some(t), Some(p)) => {
            (PEOPLE_GENERAL.contains(&t.as_str()) || is_person(t))
                && !NOT_PEOPLE.contains(&p.as_str())
                && p.ends_with(['s', 'n', 'l', 'e'])
        }
        (None, Some(p)) => is_person(p),
    }
}

fn verbs_compatible(total: &Quantity, part: &Quantity) -> bool {
    match (total.verb.as_deref().and_then(verb_family), part.verb.as_deref().and_then(verb_family)) {
        (Some(a), Some(b)) => a == b,
        _ => true,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cue {
    /// "including", "among them", "of whom": the parts may not be all of the total.
    Partial,
    /// "for a total of", "in all": the parts are all of the total.
    Exhaustive,
}

struct Group {
    total: usize,
    parts: Vec<usize>,
    cue: Cue,
}

/// Phrases that introduce parts of a total stated before them.
const PARTIAL_CUES: &[&[&str]] = &[
    &["including"],
    &["included"],
    &["include"],
    &["includes"],
    &["among", "them"],
    &["among", "whom"],
    &["among", "those"],
    &["among", "the", "dead"],
    &["among", "the", "victims"],
    &["of", "whom"],
    &["of", "which"],
    &["of", "those"],
];

const EXHAUSTIVE_CUES: &[&[&str]] =
    &[&["for", "a", "total", "of"], &["a", "total", "of"], &["in", "total"], &["in", "all"]];

/// The first words of every cue `parts_total` looks for.
const CUE_OPENERS: &[&str] = &["including", "included", "include", "includes", "among", "of", "for", "a", "in"];

/// The first letters of the cue openers, a bit per letter of the alphabet.
const CUE_FIRST_LETTERS: u32 = {
    let mut mask = 0;
    let mut i = 0;
    while i < CUE_OPENERS.len() {
        mask |= 1 << (CUE_OPENERS[i].as_bytes()[0] - b'a');
        i += 1;
    }
    mask
};

/// Subjects that refer back to a total in the previous sentence ("The death toll included ...").
const BACK_REFERENCES: &[&str] = &[
    "toll",
    "dead",
    "victims",
    "casualties",
    "they",
    "them",
    "those",
    "fatalities",
    "deaths",
    "killed",
    "injured",
    "wounded",
];

/// Whether token `i` is the first word of its sentence (an opening quote may come before it).
fn opens_sentence(ctx: &Ctx, i: usize) -> bool {
    let toks = &ctx.m.tokens;
    let s = toks[i].sentence;
    (0..i).rev().take_while(|&k| toks[k].sentence == s).all(|k| {
        toks[k].kind == TokenKind::Punct && matches!(toks[k].text(&ctx.article.text), "\"" | "“" | "'" | "‘" | "(")
    })
}

pub(crate) fn parts_total(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let toks = &ctx.m.tokens;
    let nums = &ctx.m.numbers;
    let qs = &ctx.m.quantities;
    // Count quantities by sentence, in order.
    let counts: Vec<usize> = (0..qs.len()).filter(|&i| nums[qs[i].number].kind == NumberKind::Count).collect();
    // The counts of one sentence, found by binary search (counts are in text order), so that
    // every cue looks only at its own sentence and the check stays linear in the article.
    let sentence_of = |q: usize| nums[qs[q].number].sentence;
    let counts_in = |s: usize| -> &[usize] {
        let a = counts.partition_point(|&q| sentence_of(q) < s);
        let b = counts.partition_point(|&q| sentence_of(q) <= s);
        &counts[a..b]
    };
    // Token i's text in lower case, compared without allocating (cue words are ASCII).
    let is = |i: usize, w: &str| toks.get(i).is_some_and(|t| t.text(text).eq_ignore_ascii_case(w));
    let matches_at = |i: usize, phrase: &[&str]| -> bool {
        phrase.iter().enumerate().all(|(k, w)| is(i + k, w) && toks[i + k].sentence == toks[i].sentence)
    };
    let mut groups: Vec<Group> = Vec::new();
    // Every cue's group takes two or more parts from the counts of the cue's own sentence, so
    // only sentences holding two counts are read.
    let mut busy: Vec<usize> = counts
        .windows(2)
        .map(|w| sentence_of(w[0]))
        .zip(counts.windows(2).map(|w| sentence_of(w[1])))
        .filter(|(a, b)| a == b)
        .map(|(a, _)| a)
        .collect();
    busy.dedup();
    for i in busy.into_iter().flat_map(|s| ctx.m.sentence_tokens(s)) {
        let t = &toks[i];
        // Every cue below opens with one of these words; most tokens are rejected on their
        // first letter alone, read without slicing the text.
        let first = text.as_bytes()[t.span.start].to_ascii_lowercase();
        if t.kind != TokenKind::Word
            || !first.is_ascii_lowercase()
            || CUE_FIRST_LETTERS & (1 << (first - b'a')) == 0
            || !CUE_OPENERS.iter().any(|c| t.text(text).eq_ignore_ascii_case(c))
        {
            continue;
        }
        let s = toks[i].sentence;
        let word = t.text(text);
        // Only the cues that open with this word are tried.
        let opening = |p: &&&[&str]| p[0].eq_ignore_ascii_case(word) && matches_at(i, p);
        if let Some(p) = PARTIAL_CUES.iter().find(opening) {
            let cue_end = i + p.len();
            let after: Vec<usize> =
                counts_in(s).iter().copied().filter(|q| nums[qs[*q].number].token >= cue_end).collect();
            let before: Vec<usize> =
                counts_in(s).iter().copied().filter(|q| nums[qs[*q].number].token_end <= i).collect();
            // "A and B were among the X": parts before, total after.
            if p.first() == Some(&"among") && p.len() == 1 {
                continue;
            }
            let total = if let Some(&t) = before.last() {
                Some(t)
            } else {
                // The subject before the cue refers back to the previous sentence's total.
                let subject_refers_back = (0..i)
                    .rev()
                    .take_while(|&k| toks[k].sentence == s)
                    .any(|k| BACK_REFERENCES.iter().any(|w| is(k, w)));
                if subject_refers_back && s > 0 {
                    counts_in(s - 1).last().copied()
                } else {
                    None
                }
            };
            if let Some(t) = total {
                let parts = list_after(ctx, t, &after);
                if parts.len() >= 2 {
                    groups.push(Group { total: t, parts, cue: Cue::Partial });
                }
            }
        } else if let Some(p) = EXHAUSTIVE_CUES.iter().find(opening) {
            // "A and B, for a total of X" / "X in all".
            let cue_end = i + p.len();
            let before: Vec<usize> =
                counts_in(s).iter().copied().filter(|q| nums[qs[*q].number].token_end <= i).collect();
            let after = counts_in(s).iter().copied().find(|q| nums[qs[*q].number].token == cue_end);
            let (total, parts) = match (after, p.last()) {
                (Some(t), _) => (t, before),
                (None, Some(&"all") | Some(&"total")) if !before.is_empty() => {
                    let t = *before.last().unwrap();
                    (t, before[..before.len() - 1].to_vec())
                }
                _ => continue,
            };
            let parts: Vec<usize> = parts.into_iter().filter(|&q| compatible(&qs[total], &qs[q])).collect();
            if parts.len() >= 2 {
                groups.push(Group { total, parts, cue: Cue::Exhaustive });
            }
        } else if word.eq_ignore_ascii_case("among")
            && i > 0
            && ["were", "are", "was", "is"].iter().any(|w| is(i - 1, w))
        {
            // "A and B were among the X": the parts come first, the total after the cue.
            let skip = if is(i + 1, "the") { 2 } else { 1 };
            let total = counts_in(s).iter().copied().find(|q| nums[qs[*q].number].token == i + skip);
            let before: Vec<usize> =
                counts_in(s).iter().copied().filter(|q| nums[qs[*q].number].token_end <= i).collect();
            if let Some(t) = total {
                let parts = list_after(ctx, t, &before);
                if parts.len() >= 2 && parts.len() == before.len() {
                    groups.push(Group { total: t, parts, cue: Cue::Partial });
                }
            }
        } else if word.eq_ignore_ascii_case("of") && is(i + 1, "the") && opens_sentence(ctx, i) {
            // "Of the 12 districts, A won seven and B six."
            let after: Vec<usize> = counts_in(s).iter().copied().filter(|q| nums[qs[*q].number].token > i).collect();
            if let Some((&t, rest)) = after.split_first() {
                // "Of the 12 districts, Democrats won seven and Republicans six" shares a whole
                // among holders: arith.part-whole's shape. Here the parts open their clauses
                // ("62 were destroyed and 85 had major damage").
                let holders_first = rest.first().is_some_and(|&p| {
                    let tok = nums[qs[p].number].token;
                    tok > 0 && toks[tok - 1].kind == TokenKind::Word
                });
                if nums[qs[t].number].token == i + 2 && !holders_first {
                    let parts = list_after(ctx, t, rest);
                    if parts.len() >= 2 {
                        groups.push(Group { total: t, parts, cue: Cue::Partial });
                    }
                }
            }
        }
    }
    // Parts in the next sentence with no cue: "Three blasts killed 48 people. Nineteen died at
    // the bus station, 17 at the market and 14 near the mosque."
    let mut totals: std::collections::HashSet<usize> = groups.iter().map(|g| g.total).collect();
    for &q in &counts {
        let n = &nums[qs[q].number];
        let Some(fam) = qs[q].verb.as_deref().and_then(verb_family) else { continue };
        let next: Vec<usize> = counts_in(n.sentence + 1).to_vec();
        let Some(&first) = next.first() else { continue };
        // The next sentence must open with its first count and say the same verb family.
        let first_n = &nums[qs[first].number];
        let opens = first_n.token == 0 || toks[first_n.token - 1].sentence != first_n.sentence;
        if !opens || qs[first].verb.as_deref().and_then(verb_family) != Some(fam) {
            continue;
        }
        if counts_in(n.sentence).iter().any(|&p| p < q && qs[p].verb.as_deref().and_then(verb_family) == Some(fam)) {
            continue; // several totals of the same family in one sentence: ambiguous
        }
        let parts = list_after(ctx, q, &next);
        if parts.len() >= 2 && totals.insert(q) {
            groups.push(Group { total: q, parts, cue: Cue::Partial });
        }
    }
    groups.into_iter().filter_map(|g| judge(ctx, &g)).collect()
}

/// The parts that belong to one list: compatible nouns and verbs, stopping at "others"/"more"
/// (additional counts) or at a count of another verb family.
fn list_after(ctx: &Ctx, total: usize, candidates: &[usize]) -> Vec<usize> {
    let qs = &ctx.m.quantities;
    let mut parts = Vec::new();
    for &p in candidates {
        if p == total {
            continue;
        }
        let q = &qs[p];
        // A part with a verb of its own must share the total's family: in "killed three
        // firefighters. Two died ... while 14 residents were treated", the 14 are not dead.
        let total_family = qs[total].verb.as_deref().and_then(verb_family);
        let own_verb = q.verb.as_deref().filter(|v| !matches!(*v, "included" | "including" | "include" | "includes"));
        let other_verb = total_family.is_some() && own_verb.is_some_and(|v| verb_family(v) != total_family);
        if matches!(q.head.as_deref(), Some("others" | "more" | "other" | "additional"))
            || !verbs_compatible(&qs[total], q)
            || other_verb
        {
            break;
        }
        if !compatible(&qs[total], q) {
            // A list that mixes nouns we cannot place is not checked at all.
            return vec![];
        }
        parts.push(p);
    }
    parts
}

fn judge(ctx: &Ctx, g: &Group) -> Option<Hit> {
    let nums = &ctx.m.numbers;
    let qs = &ctx.m.quantities;
    let total: &NumberMention = &nums[qs[g.total].number];
    let parts: Vec<&NumberMention> = g.parts.iter().map(|&p| &nums[qs[p].number]).collect();
    let low: f64 = parts.iter().map(|p| p.low).sum();
    let high: f64 = parts.iter().map(|p| p.high).sum();
    let too_many = low > total.high + 1e-9;
    let too_few = g.cue == Cue::Exhaustive && high < total.low - 1e-9;
    if !(too_many || too_few) {
        return None;
    }
    let add = addition(parts.iter().map(|p| p.value));
    let bound = match total.bound {
        Bound::Exact => "",
        Bound::AtMost => "at most ",
        Bound::AtLeast => "at least ",
        _ => "about ",
    };
    let arithmetic = format!("{}, but the total is {}{}", add.equation, bound, fmt_num(total.value));
    let span = Span::new(parts[0].span.start, parts.last().unwrap().span.end);
    let mut related =
        vec![Related { span: total.span, message: format!("total stated here: {}", ctx.text(total.span)) }];
    if span.start < total.span.start && total.span.start < span.end {
        related.clear();
    }
    Some(Hit {
        span,
        label: format!("parts add up to {}", fmt_num(add.sum)),
        vars: vec![
            ("parts", add.list),
            ("sum", fmt_num(add.sum)),
            ("total", fmt_num(total.value)),
            ("arithmetic", arithmetic),
        ],
        related,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_openers_cover_every_cue() {
        for cue in PARTIAL_CUES.iter().chain(EXHAUSTIVE_CUES) {
            assert!(CUE_OPENERS.contains(&cue[0]), "{cue:?}");
        }
        // The two cues written inline in parts_total.
        assert!(CUE_OPENERS.contains(&"among") && CUE_OPENERS.contains(&"of"));
    }
}
