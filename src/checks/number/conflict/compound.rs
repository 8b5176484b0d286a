//! Noun compounds built from the verb of another count: "cut 800 jobs" ... "the 1,800 job
//! cuts". The compound's head names the event ("cuts") and its modifier the counted thing
//! ("job"). Both are read as counts of jobs cut when, and only when, the article holds the two
//! halves: a definite compound and a count of its modifier right after a verb of the head's
//! family. Nothing outside the article says which heads are verbal nouns.

use std::collections::HashMap;

use super::events::{event_family, stem};
use crate::checks::context::Ctx;
use crate::extract::Quantity;

/// The (counted noun, event family) each quantity is read as through a compound, by its index
/// in the article's quantities: ("job", "cut") for both "cut 800 jobs" and "the 1,800 job
/// cuts" when both are written.
pub(super) fn readings(ctx: &Ctx) -> HashMap<usize, (String, String)> {
    let compounds: HashMap<usize, (String, String)> =
        ctx.m.quantities.iter().enumerate().filter_map(|(i, q)| compound_of(q).map(|r| (i, r))).collect();
    if compounds.is_empty() {
        return compounds;
    }
    let mut out = HashMap::new();
    for (i, q) in ctx.m.quantities.iter().enumerate() {
        let Some(head) = q.head.as_deref() else { continue };
        let verb = q.verb.as_deref().map(str::to_string).or_else(|| verb_right_before(ctx, q));
        let Some(verb) = verb else { continue };
        let noun = head.trim_end_matches('s').to_string();
        let reading = (noun.clone(), event_family(&verb));
        let matched: Vec<usize> = compounds
            .iter()
            .filter(|(_, (modifier, nominal))| *modifier == noun && names_the_verb(nominal, &verb))
            .map(|(&c, _)| c)
            .collect();
        if matched.is_empty() {
            continue;
        }
        out.insert(i, reading.clone());
        out.extend(matched.into_iter().map(|c| (c, reading.clone())));
    }
    out
}

/// Whether a verbal noun names the verb's event: the same family ("cuts", "cut"; "deaths",
/// "died") or the verb's stem with a suffix that makes a noun of it ("closures", "closed";
/// "deployments", "deployed").
fn names_the_verb(nominal: &str, verb: &str) -> bool {
    let (family, noun) = (event_family(verb), event_family(nominal));
    let verb_stem = stem(verb);
    family == noun
        || (verb_stem.len() >= 4
            && noun.strip_prefix(verb_stem.as_str()).is_some_and(|rest| ["ur", "ion", "ment", "al"].contains(&rest)))
}

/// "the 1,800 job cuts": a definite count whose noun phrase is a lower-case modifier and its
/// head, read as (modifier, the head as written). A name or a longer phrase before the head
/// says which cuts, not what was cut.
fn compound_of(q: &Quantity) -> Option<(String, String)> {
    if !q.definite {
        return None;
    }
    let head = q.head.as_deref()?;
    let words: Vec<&str> = q.noun.as_deref()?.split_whitespace().collect();
    let [modifier, last] = words[..] else { return None };
    let lower = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase());
    if last.to_lowercase() != head || !lower(modifier) || !lower(head) || modifier == head {
        return None;
    }
    Some((modifier.to_string(), head.to_string()))
}

/// The word right before the count, when nothing but a space stands between ("cut 800 jobs"):
/// the verb the extraction does not know as a counting verb.
fn verb_right_before(ctx: &Ctx, q: &Quantity) -> Option<String> {
    let n = &ctx.m.numbers[q.number];
    let s = ctx.article.sentences[n.sentence].span;
    let before = ctx.article.text.get(s.start..n.span.start)?;
    let trimmed = before.strip_suffix(' ')?;
    let word = trimmed.rsplit(' ').next()?;
    word.chars().all(|c| c.is_ascii_lowercase()).then(|| word.to_string()).filter(|w| w.len() >= 3)
}
