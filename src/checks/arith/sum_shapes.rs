//! More shapes of a total and its parts, read from structure rather than one cue word:
//! parts set off after the total by a dash, parentheses or a colon ("The 60 seats (35 ... and
//! 25 ...)"); an apposition that breaks a general count into kinds ("34 people, thirty
//! students and four teachers"); a running total after its parts ("..., bringing the toll to
//! 19"); and a sentence that points back at the previous sentence's total ("Twelve of the dead
//! were ...", "Of those hurt, 30 ...").
//!
//! Each shape only ever claims "the parts are more than the total" (a partial cue): a set-off
//! or appositive list may leave some out.

use super::{is_person, list_after, verb_family, Counts, Cue, Group, PEOPLE_GENERAL};
use crate::checks::window::words_between;
use crate::extract::words::TokenKind;

/// Words inside a set-off list that make it something else than a breakdown of the total.
const NOT_A_BREAKDOWN: &[&str] =
    &["than", "from", "each", "per", "up", "down", "average", "respectively", "percent", "since", "to", "of"];

/// Every group of these shapes in the article.
pub(super) fn groups(c: &Counts) -> Vec<Group> {
    let mut out = Vec::new();
    for (k, &q) in c.counts.iter().enumerate() {
        let rest = &c.counts[k + 1..];
        if let Some(g) = set_off(c, q, rest).or_else(|| apposition(c, q, rest)) {
            out.push(g);
        }
    }
    out.extend(running_totals(c));
    out.extend(back_pointers(c));
    out
}

/// "The 150 delegates who voted — 92 farmers and 58 traders — ...", "(35 for ... and 25 for
/// ...)", "44: 30 villagers and 14 soldiers".
fn set_off(c: &Counts, q: usize, rest: &[usize]) -> Option<Group> {
    let text = &c.ctx.article.text;
    let n = c.number(q);
    let sentence = c.ctx.article.sentences[n.sentence].span;
    let after = text.get(n.span.end..sentence.end)?;
    // Only the opener's first few words are read, so a long sentence costs no more per count.
    let open = after.char_indices().take(80).find(|&(_, ch)| matches!(ch, '—' | '–' | '(' | ':')).map(|(k, _)| k)?;
    let opener = after[open..].chars().next()?;
    // A dash touching a figure joins a score or a range ("71–5"), not a list.
    let spaced = after[..open].ends_with(char::is_whitespace)
        && after[open + opener.len_utf8()..].starts_with(char::is_whitespace);
    if matches!(opener, '—' | '–') && !spaced {
        return None;
    }
    // A relative clause or the counted noun may stand between ("delegates who voted —"), but
    // a colon must follow the total or its noun straight away.
    let lead = words_between(after, 0, open);
    if lead.len() > if opener == ':' { 1 } else { 4 } || lead.iter().any(|w| w.chars().any(|ch| ch.is_ascii_digit())) {
        return None;
    }
    let body_start = n.span.end + open + opener.len_utf8();
    // A list set off is short: only its first few hundred bytes are read, so a long sentence
    // costs no more per count.
    let mut limit = (open + opener.len_utf8() + 300).min(after.len());
    while !after.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &after[..limit];
    let body_end = match opener {
        '(' => window[open..].find(')').map(|k| n.span.end + open + k)?,
        ':' if limit == after.len() => sentence.end,
        ':' => return None,
        _ => window[open + opener.len_utf8()..]
            .find(['—', '–'])
            .map(|k| n.span.end + open + opener.len_utf8() + k)
            .or((limit == after.len()).then_some(sentence.end))?,
    };
    let inside: Vec<usize> = rest
        .iter()
        .copied()
        .take_while(|&p| c.number(p).sentence == n.sentence && c.number(p).span.start < body_end)
        .filter(|&p| c.number(p).span.start >= body_start && c.number(p).span.end <= body_end)
        .collect();
    if inside.len() < 2 || words_between(text, body_start, body_end).iter().any(|w| NOT_A_BREAKDOWN.contains(&&**w)) {
        return None;
    }
    // "four neighborhoods: 410 in Eastbank, 265 in ...": the total counts the places the
    // list names, and the figures count something else.
    let counts_the_list = n.value == inside.len() as f64
        || (c.ctx.m.quantities[q].head.as_deref().is_some_and(|h| PLACE_NOUNS.contains(&h))
            && inside.iter().all(|&p| place_preposition(c, p).is_some()));
    let parts = list_after(c.ctx, q, &inside);
    (parts.len() == inside.len() && !counts_the_list).then_some(Group { total: q, parts, cue: Cue::Partial })
}

/// Nouns that count places or groups, whose list names its members rather than splits a sum.
#[rustfmt::skip]
const PLACE_NOUNS: &[&str] = &[
    "neighborhoods", "neighbourhoods", "districts", "states", "provinces", "countries", "cities", "towns", "regions",
    "areas", "sites", "locations", "counties", "villages", "categories", "groups", "schools", "hospitals", "zones",
];

/// "34 people, thirty students and four teachers": a general count of people followed by a
/// comma and a list of kinds of people with no verb of their own.
fn apposition(c: &Counts, q: usize, rest: &[usize]) -> Option<Group> {
    let (text, toks, qs) = (&c.ctx.article.text, &c.ctx.m.tokens, &c.ctx.m.quantities);
    let n = c.number(q);
    let head = qs[q].head.as_deref()?;
    if !PEOPLE_GENERAL.contains(&head) {
        return None;
    }
    let noun_end = qs[q].noun_span.map_or(n.span.end, |s| s.end);
    let first = *rest.first()?;
    let fnum = c.number(first);
    if fnum.sentence != n.sentence || text.get(noun_end..fnum.span.start).is_none_or(|t| t.trim() != ",") {
        return None;
    }
    let mut list = vec![first];
    for &p in &rest[1..] {
        let pn = c.number(p);
        let prev = c.number(*list.last()?);
        let prev_end = qs[*list.last()?].noun_span.map_or(prev.span.end, |s| s.end);
        let joint = text.get(prev_end..pn.span.start)?.trim();
        if pn.sentence != n.sentence || !matches!(joint, "," | "and" | ", and") {
            break;
        }
        list.push(p);
    }
    // Every part names a kind of person, not the total's own noun, and has no verb of its own.
    let kinds = list.iter().all(|&p| {
        qs[p].head.as_deref().is_some_and(|h| is_person(h) && h != head && !PEOPLE_GENERAL.contains(&h))
            && qs[p].verb.is_none()
    });
    // The list closes the apposition: a comma, the end of the sentence, or a closing word.
    let last = *list.last()?;
    let last_end = qs[last].noun_span.map_or(c.number(last).span.end, |s| s.end);
    let closes = text.get(last_end..).unwrap_or("").trim_start().starts_with([',', '.', ';']) || toks.is_empty();
    if list.len() < 2 || !kinds || !closes {
        return None;
    }
    let parts = list_after(c.ctx, q, &list);
    (parts.len() == list.len()).then_some(Group { total: q, parts, cue: Cue::Partial })
}

/// "..., bringing the toll to 19": a running total after parts in its own sentence.
fn running_totals(c: &Counts) -> Vec<Group> {
    let (text, toks) = (&c.ctx.article.text, &c.ctx.m.tokens);
    let mut out = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        let w = t.text(text);
        if t.kind != TokenKind::Word
            || !["bringing", "raising", "taking", "pushing"].iter().any(|v| w.eq_ignore_ascii_case(v))
        {
            continue;
        }
        // "the (death) toll|total|number to N"
        let Some(to) = (i + 2..(i + 5).min(toks.len())).find(|&k| c.is(k, "to")) else { continue };
        if !(i + 1..to).any(|k| c.is(k, "toll") || c.is(k, "total")) {
            continue;
        }
        let Some(total) = c.at(t.sentence, to + 1) else { continue };
        let mut before = c.before(t.sentence, i);
        // The parts of one running total are few: a long run of counts is not one list.
        if before.len() > 8 {
            continue;
        }
        before.truncate(8);
        let parts = list_after(c.ctx, total, &before);
        if parts.len() >= 2 && parts.len() == before.len() {
            out.push(Group { total, parts, cue: Cue::Partial });
        }
    }
    out
}

/// A sentence that opens by pointing back at the previous sentence's total: "Twelve of the
/// dead were miners and ...", "Of those hurt, 30 ... and 22 ...", "Among the injured were 50
/// ... and 40 ...".
fn back_pointers(c: &Counts) -> Vec<Group> {
    let (text, toks) = (&c.ctx.article.text, &c.ctx.m.tokens);
    let mut out = Vec::new();
    for s in 1..c.ctx.article.sentences.len() {
        let range = c.ctx.m.sentence_tokens(s);
        let Some(first) = range.clone().find(|&k| toks[k].kind != TokenKind::Punct) else { continue };
        let counts = c.counts_in(s);
        let (pointer_at, parts): (usize, Vec<usize>) = if let Some(q) = c.at(s, first) {
            // "Twelve of the dead ..."
            if !(c.is(first + 1, "of") && (c.is(first + 2, "the") || c.is(first + 2, "those"))) {
                continue;
            }
            (first + 3, counts.iter().copied().skip_while(|&p| p != q).collect())
        } else if c.is(first, "among")
            && (c.is(first + 1, "the") || c.is(first + 1, "those"))
            && (c.is(first + 3, "were") || c.is(first + 3, "are"))
        {
            // "Among the injured were 50 villagers and 40 tourists."
            (first + 2, counts.to_vec())
        } else if c.is(first, "of") && (c.is(first + 1, "the") || c.is(first + 1, "those")) {
            // "Of those hurt, 30 ...": no number before the comma.
            let Some(comma) = range.clone().find(|&k| toks[k].text(text) == ",") else { continue };
            if comma > first + 4 || counts.iter().any(|&p| c.number(p).token < comma) {
                continue;
            }
            (first + 2, counts.to_vec())
        } else {
            continue;
        };
        let Some(pointer) = toks.get(pointer_at).map(|t| t.text(text).to_lowercase()) else { continue };
        let Some(total) = pointed_total(c, s - 1, &pointer) else { continue };
        let parts = subsets(c, total, &parts);
        if parts.len() >= 2 {
            out.push(Group { total, parts, cue: Cue::Partial });
        }
    }
    out
}

/// The parts of a sentence that names its whole ("Of those hurt, 30 were taken to ... and 22
/// to ..."): each part's own verb says what happened to that subset, so only the counted
/// noun must fit; the list stops at "others" or "more".
fn subsets(c: &Counts, total: usize, candidates: &[usize]) -> Vec<usize> {
    let qs = &c.ctx.m.quantities;
    let mut parts = Vec::new();
    for &p in candidates {
        if matches!(qs[p].head.as_deref(), Some("others" | "more" | "other" | "additional")) {
            break;
        }
        if !super::compatible(&qs[total], &qs[p]) {
            return vec![];
        }
        parts.push(p);
    }
    parts
}

/// The one count of sentence `s` that a pointer word ("dead", "hurt", "victims") names: by
/// its verb family or its counted noun. None when none or several fit.
fn pointed_total(c: &Counts, s: usize, pointer: &str) -> Option<usize> {
    let qs = &c.ctx.m.quantities;
    let family = verb_family(pointer);
    let fits: Vec<usize> = c
        .counts_in(s)
        .iter()
        .copied()
        .filter(|&q| {
            // The verb may be one the quantity reader leaves out ("hurt 52 passengers").
            let token = c.number(q).token;
            let word_before = token.checked_sub(1).map(|k| c.ctx.m.tokens[k].text(&c.ctx.article.text).to_lowercase());
            let verb = qs[q].verb.clone().or(word_before);
            let by_verb = family.is_some() && verb.as_deref().and_then(verb_family) == family;
            let by_noun = qs[q].head.as_deref() == Some(pointer)
                || (PEOPLE_GENERAL.contains(&pointer) && qs[q].head.as_deref().is_some_and(compatible_head));
            by_verb || by_noun
        })
        .collect();
    match fits[..] {
        [q] => Some(q),
        _ => None,
    }
}

fn compatible_head(h: &str) -> bool {
    is_person(h)
}

/// Whether a count in the next sentence opens a parallel list of places that its total is one
/// of: "In Ohio, where four people died, ... Four died in Indiana, two in Illinois ...". Every
/// part is set in a place by the same preposition, and the total's own sentence sets it in a
/// named place by that preposition too: the total is a sibling, not the whole.
pub(super) fn sibling_of_parts(c: &Counts, total: usize, parts: &[usize]) -> bool {
    let text = &c.ctx.article.text;
    let preps: Vec<Option<String>> = parts.iter().map(|&p| place_preposition(c, p)).collect();
    let Some(Some(prep)) = preps.first() else { return false };
    if preps.iter().any(|p| p.as_deref() != Some(prep.as_str())) {
        return false;
    }
    let s = c.ctx.article.sentences[c.number(total).sentence].span;
    let words: Vec<&str> = text[s.start..s.end].split_whitespace().collect();
    words.windows(2).any(|w| {
        w[0].eq_ignore_ascii_case(prep) && w[1].chars().next().is_some_and(char::is_uppercase) && w[1] != "The"
    })
}

/// The preposition that sets a part in a named place: "two in Illinois", "Five people have
/// died in Queensland" (the first one within a few words that a capitalised word follows).
fn place_preposition(c: &Counts, p: usize) -> Option<String> {
    let text = &c.ctx.article.text;
    let n = c.number(p);
    let s = c.ctx.article.sentences[n.sentence].span;
    let words: Vec<&str> = text.get(n.span.end..s.end).unwrap_or("").split_whitespace().take(7).collect();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    (0..words.len().saturating_sub(1)).find_map(|k| {
        let prep = words[k].to_lowercase();
        let named = capital(words[k + 1]) || (words[k + 1] == "the" && words.get(k + 2).is_some_and(|w| capital(w)));
        (matches!(prep.as_str(), "in" | "at" | "on" | "near") && named).then_some(prep)
    })
}
