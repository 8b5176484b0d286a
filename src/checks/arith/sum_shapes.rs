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
use crate::checks::window::{words_before, words_between};
use crate::extract::words::TokenKind;
use crate::extract::wordset::WordSet;
use crate::extract::NumberMention;

/// Words inside a set-off list that make it something else than a breakdown of the total.
const NOT_A_BREAKDOWN: &[&str] = &[
    "than",
    "each",
    "per",
    "up",
    "down",
    "average",
    "respectively",
    "percent",
    "since",
    "vs",
    "versus",
    "against",
    "compared",
    "previously",
    "last",
    "earlier",
    "apiece",
    "including",
    "excluding",
    "besides",
    "plus",
    "among",
];

/// Words that may bound a figure before it ("about 30", "at least 12").
const BOUNDS: &[&str] =
    &["about", "around", "nearly", "almost", "some", "roughly", "over", "more", "than", "at", "least", "just", "only"];

/// Words before a colon that end the total's clause: the list after it is someone's words or
/// another clause's.
const NOT_A_LEAD: &[&str] =
    &["and", "but", "said", "says", "told", "according", "while", "although", "whereas", "which", "as", "including"];

/// Particles of a phrasal verb that may close a total's clause ("came back", "got out").
const PARTICLES: &[&str] = &["back", "out", "home", "away", "off", "through", "alive"];

/// Units of measure: a part in one of them is never a kind of a total in another.
#[rustfmt::skip]
const UNITS: &[&str] = &[
    "dollars", "euros", "pounds", "yen", "yuan", "francs", "marks", "tons", "tonnes", "miles", "kilometers",
    "kilometres", "km", "acres", "hectares", "years", "months", "weeks", "days", "hours", "minutes", "seconds",
    "percent", "points", "times", "barrels", "liters", "litres", "gallons", "feet", "metres", "meters", "kilograms",
    "kg", "ounces", "shares", "votes", "bushels", "cents", "pence",
];

/// Whether the body of a set-off list holds a partitive ("12 of them", "of whom 9", "5 of the
/// 20"): a subset of a part, not a part; an "of" inside a noun phrase ("a member of
/// parliament") is none.
fn partitive(body: &[crate::checks::window::Word]) -> bool {
    let number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit()) || crate::extract::numwords::parse(w).is_some();
    body.windows(2).any(|w| {
        (w[1] == "of" && number(&w[0]))
            || (w[0] == "of" && matches!(&*w[1], "them" | "whom" | "which" | "those" | "these" | "the"))
    })
}

/// Whether the body of a set-off list holds a range or a change ("from 40 to 45", "40 to 45")
/// rather than parts ("79 to Labour", "41 from the coalition").
fn holds_range(body: &[crate::checks::window::Word]) -> bool {
    let number = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    body.iter().any(|w| w == "from") && body.iter().any(|w| w == "to")
        || body.windows(3).any(|w| number(&w[0]) && w[1] == "to" && number(&w[2]))
}

/// Nouns of a collective's size written as a modifier ("the 75-member council", "a 40-strong
/// crew"): the number counts members, and may be a total split after it.
pub(super) const SIZE_UNITS: &[&str] =
    &["member", "strong", "seat", "person", "man", "woman", "nation", "country", "party", "team"];

/// Every group of these shapes in the article.
pub(super) fn groups(c: &Counts) -> Vec<Group> {
    let mut out = Vec::new();
    for (k, &q) in c.counts.iter().enumerate() {
        let rest = &c.counts[k + 1..];
        // Both shapes list two or more counts after the total, in its sentence.
        if rest.get(1).is_none_or(|&p| c.number(p).sentence != c.number(q).sentence) {
            continue;
        }
        if let Some(g) = set_off(c, q, rest).or_else(|| apposition(c, q, rest)) {
            out.push(g);
        }
    }
    out.extend(running_totals(c));
    out.extend(partitive_runs(c));
    out.extend(among_the_totals(c));
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
    let (open, opener, width) = opener_after(after)?;
    // A dash touching a figure before it joins a score or a range ("71–5"), and one between
    // two words a compound ("medal–winning"), not a list; one after the noun opens it, spaced
    // or not ("61 medals—28 golds", "61 medals-- 28 golds").
    let before_dash = after[..open].chars().next_back();
    let after_dash = after[open + width..].chars().next();
    let opens_list = before_dash.is_some_and(|c| !c.is_ascii_digit())
        && after_dash
            .is_some_and(|c| c.is_whitespace() || c.is_ascii_digit() || before_dash.is_some_and(char::is_whitespace));
    if matches!(opener, '—' | '–') && !opens_list {
        return None;
    }
    // A relative clause or the counted noun may stand between ("delegates who voted —"); a
    // colon may close the total's own clause ("were hurt when the stand collapsed:"), with no
    // other figure, no second clause and no speaker between.
    let lead = words_between(after, 0, open);
    // "77 medals in all: ...", "in total; ...": the words that call the figure a total stand
    // after its noun and leave the list all of it.
    let summed = summed_words(&lead);
    let clause_mark = matches!(opener, ':' | ';');
    // A dash or parenthesis sets the list against the total's noun phrase; a colon does only
    // when it follows the noun.
    // A verb's particle does not part them ("only nine came back:").
    let particles = lead.iter().rev().take_while(|w| PARTICLES.contains(&&***w)).count().min(1);
    let tight = !clause_mark || lead.len().saturating_sub(summed + particles) <= 1;
    // A count before the opener may only name the list's holders ("the two main parties:").
    let lead_counts: Vec<usize> =
        rest.iter().copied().take_while(|&p| c.number(p).span.start < n.span.end + open).collect();
    if lead.len() > if clause_mark { 8 } else { 6 }
        || lead.iter().any(|w| w.chars().any(|ch| ch.is_ascii_digit()) || NOT_A_LEAD.contains(&&**w))
        || (clause_mark && after[..open].contains([',', ';', '"', '“', '”']))
        || owned_by_a_name(c, q, &after[..open], opener == '(')
    {
        return None;
    }
    let body_start = n.span.end + open + width;
    // A list set off is short: only its first few hundred bytes are read, so a long sentence
    // costs no more per count.
    let mut limit = (open + width + 300).min(after.len());
    while !after.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &after[..limit];
    let body_end = match opener {
        '(' => window[open..].find(')').map(|k| n.span.end + open + k)?,
        ':' | ';' if limit == after.len() => sentence.end,
        ':' | ';' => return None,
        _ => closing_dash(&window[open + width..])
            .map(|k| n.span.end + open + width + k)
            .or((limit == after.len()).then_some(sentence.end))?,
    };
    let mut inside: Vec<usize> = rest
        .iter()
        .copied()
        .take_while(|&p| c.number(p).sentence == n.sentence && c.number(p).span.start < body_end)
        .filter(|&p| c.number(p).span.start >= body_start && c.number(p).span.end <= body_end)
        .collect();
    // A list that nothing closes but the sentence's end ends with its last item's clause:
    // "383 medals – 187 golds, 116 silvers and 118 bronzes, surpassing the 112 ..." lists three.
    let body_end = if body_end == sentence.end && opener != '(' {
        list_run(c, &mut inside);
        inside.last().map_or(body_end, |&p| clause_end(c, p, sentence.end))
    } else {
        body_end
    };
    if lead_counts.iter().any(|&p| c.number(p).value != inside.len() as f64) {
        return None;
    }
    // A breakdown is a parallel list: every part names its noun ("38 homes, 19 shops") or none
    // does ("31 to Labour and 26 to ..."); "3,000 in France and 2,000 in Spain, and 1,000
    // contractors" adds something else to the list.
    let qs = &c.ctx.m.quantities;
    // "21 seats — 16 general seats, four for women and one for ...", "three lives — 2 dropped
    // catches and one by the keeper": only the first part names its noun, and the bare ones
    // after it leave that noun out.
    let elided =
        inside.first().is_some_and(|&p| qs[p].head.is_some()) && inside[1..].iter().all(|&p| qs[p].head.is_none());
    if !elided && inside.iter().any(|&p| qs[p].head.is_some()) && inside.iter().any(|&p| qs[p].head.is_none()) {
        return None;
    }
    let body = words_between(text, body_start, body_end);
    // A breakdown opens with its first part ("— 130 men and ..."), a bound at most before it;
    // "two children: Ann Lee of Hull and ...; six grandchildren; ..." lists other things.
    let opens_with_part = inside.first().is_some_and(|&p| {
        words_between(text, body_start, c.number(p).span.start).iter().all(|w| BOUNDS.contains(&&**w))
    });
    if inside.len() < 2
        || !opens_with_part
        || body.iter().any(|w| NOT_A_BREAKDOWN.contains(&&**w))
        || holds_range(&body)
        || partitive(&body)
    {
        return None;
    }
    // "(1,200 in 2010 and 1,300 in 2011)": figures of different times, not parts.
    let body_span = crate::span::Span::new(body_start, body_end);
    if c.ctx.m.dates_near(body_span).iter().any(|d| body_span.contains(d.span)) {
        return None;
    }
    // "four neighborhoods: 410 in Eastbank, 265 in ...": the total counts the places the
    // list names, and the figures count something else, here more than the total. Parts no
    // larger than it split it ("three historians (2 in law, one in art and one in music)").
    // Figures 1, 2, ... in order label the items ("two compounds (1 and 2)").
    let labels = inside.iter().enumerate().all(|(k, &p)| c.number(p).value == (k + 1) as f64);
    let counts_the_list = (n.value == inside.len() as f64
        && (labels || inside.iter().any(|&p| c.number(p).value > n.value)))
        || (c.ctx.m.quantities[q].head.as_deref().is_some_and(|h| PLACE_NOUNS.contains(&h))
            && inside.iter().all(|&p| place_preposition(c, p, body_end).is_some()));
    let parts = list_after(c.ctx, q, &inside);
    let parts = if parts.len() == inside.len() || !tight { parts } else { kinds_of_total(c, q, &inside) };
    let parts = if parts.len() == inside.len() { parts } else { toll_parts(c, q, &inside) };
    // "All 150 seats went to the two main parties: ...": the list is all of the total.
    let all = words_before(c.ctx, n.sentence, n.span.start, 2).iter().any(|w| w == "all");
    // A breakdown set off by a colon right after the total's noun, or between dashes, lists
    // all of it ("57: 31 residents and 26 tourists"); brackets may hold a selection.
    let cue = if (all || summed > 0) && clause_mark || tight && opener != '(' { Cue::Exhaustive } else { Cue::Partial };
    (parts.len() == inside.len() && !counts_the_list).then_some(Group { total: q, parts, cue })
}

/// Whether the list after `lead` (the text from the total to the opener) belongs to something
/// else: a dash inside the lead sets another phrase apart ("86 destroyed --- Dipaculao (66
/// ..., 85 ...)"), and a capitalised word right before a bracket, past the total's noun, is a
/// name the bracket's figures are about.
fn owned_by_a_name(c: &Counts, q: usize, lead: &str, bracket: bool) -> bool {
    let noun_end = c.ctx.m.quantities[q].noun_span.map_or(0, |sp| sp.end.saturating_sub(c.number(q).span.end));
    let last = lead.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
    let named = bracket && lead.trim_end().len() > noun_end && last.starts_with(char::is_uppercase);
    lead.contains(['—', '–']) || lead.contains("--") || named
}

/// Cuts `counts` (of one sentence, in text order) to the list its first count opens: a list
/// closes with the item after its "and" (see [`super::scope::list_goes_on`]).
pub(super) fn list_run(c: &Counts, counts: &mut Vec<usize>) {
    let mut k = 1;
    while k < counts.len() {
        let listed: Vec<&NumberMention> = counts[..k].iter().map(|&p| c.number(p)).collect();
        if !super::scope::list_goes_on(c.ctx, &listed, c.number(counts[k])) {
            break;
        }
        k += 1;
    }
    counts.truncate(k);
}

/// Where the clause of a list's last count `p` ends: the first comma or semicolon after its
/// noun phrase, or `end`.
fn clause_end(c: &Counts, p: usize, end: usize) -> usize {
    let from = c.ctx.m.quantities[p].noun_span.map_or(c.number(p).span.end, |sp| sp.end).max(c.number(p).span.end);
    c.ctx.article.text.get(from..end).and_then(|t| t.find([',', ';'])).map_or(end, |k| from + k)
}

/// How many of the last words of a total's lead call it a total ("in all", "in total",
/// "altogether"), or 0.
fn summed_words(lead: &[crate::checks::window::Word]) -> usize {
    let last = |k: usize| lead.len().checked_sub(k).map(|i| &*lead[i]);
    match (last(2), last(1)) {
        (Some("in"), Some("all" | "total")) => 2,
        (_, Some("altogether")) => 1,
        _ => 0,
    }
}

/// The first list opener in the first 80 characters: its byte offset, the opener ('—' for any
/// dash, "--" of typewritten copy included) and its width in bytes. A semicolon opens a list
/// only after words that call the figure a total ("40 medals in all; 25 gold, ..."): elsewhere
/// it starts another clause.
fn opener_after(after: &str) -> Option<(usize, char, usize)> {
    let (k, ch) = after.char_indices().take(80).find(|&(k, ch)| {
        matches!(ch, '—' | '–' | '(' | ':')
            || (ch == '-'
                && after[k..].starts_with("-- ")
                && after[..k].ends_with(|c: char| c == ' ' || c.is_alphabetic()))
            || (ch == ';' && summed_words(&words_between(after, 0, k)) > 0)
    })?;
    Some(match ch {
        '-' => (k, '—', 2),
        '–' => (k, '—', ch.len_utf8()),
        _ => (k, ch, ch.len_utf8()),
    })
}

/// Where a dash closes a list set off by one: '—', '–' or a spaced "--".
fn closing_dash(body: &str) -> Option<usize> {
    let dash = body.find(['—', '–']);
    let typed = body.find(" -- ").map(|k| k + 1);
    dash.into_iter().chain(typed).min()
}

/// "bringing the toll to 27: 15 villagers and 16 herders": a toll counts people, so its parts
/// are any groups of people with no verb of their own.
fn toll_parts(c: &Counts, q: usize, inside: &[usize]) -> Vec<usize> {
    let qs = &c.ctx.m.quantities;
    let n = c.number(q);
    let toll = words_before(c.ctx, n.sentence, n.span.start, 4).iter().any(|w| w == "toll");
    let people = |p: usize| {
        qs[p].verb.is_none()
            && qs[p].head.as_deref().is_none_or(|h| !super::NOT_PEOPLE.contains(&h) && !UNITS.contains(&h))
    };
    if toll && qs[q].head.is_none() && inside.iter().all(|&p| people(p)) {
        inside.to_vec()
    } else {
        vec![]
    }
}

/// A list set off right after its total's noun names kinds of it ("63 buildings: 38 homes,
/// 19 shops and 9 barns", "The 180 riders — 112 professionals and 74 amateurs —"): parts with
/// nouns of their own, none a unit of measure unless the total's, and no verb of their own.
///
/// A total with no noun but a verb ("only seven emerged: 6 Americans and one Australian",
/// "320 damaged — 2 total and 318 partial") counts what its list names: any kinds, a count of
/// one naming its kind in the singular.
pub(super) fn kinds_of_total(c: &Counts, q: usize, inside: &[usize]) -> Vec<usize> {
    let qs = &c.ctx.m.quantities;
    let total_head = qs[q].head.as_deref();
    let unit = |h: Option<&str>| h.is_some_and(|h| UNITS.contains(&h));
    let elided = elided_kinds(c, q, inside);
    let bare = total_head.is_none() && qs[q].verb.is_some();
    // "a streak of eight games (three goals, 10 assists)": a count of occasions splits only
    // into their outcomes; what happened during them is counted on its own.
    if total_head.is_some_and(|h| OCCASION_NOUNS.contains(&h))
        && inside.iter().any(|&p| qs[p].head.as_deref().is_some_and(|h| !OUTCOME_NOUNS.contains(&h)))
    {
        return vec![];
    }
    let fits = inside.iter().all(|&p| {
        let head = qs[p].head.as_deref();
        let same = head == total_head;
        let named = head.is_some_and(|h| h.len() > 2 && (h.ends_with('s') || (bare && c.number(p).value == 1.0)));
        qs[p].verb.is_none() && (same || elided || (!unit(head) && !unit(total_head) && (head.is_none() || named)))
    });
    if fits && (total_head.is_some() || bare) {
        inside.to_vec()
    } else {
        vec![]
    }
}

/// "six medals: four bronze and one silver": each part's noun is the total's, left out after a
/// one-word modifier that a plural count shows is no noun ("four bronze"). A total with no noun
/// leaves it out too ("320 damaged — 2 total and 318 partial").
pub(super) fn elided_kinds(c: &Counts, q: usize, parts: &[usize]) -> bool {
    let qs = &c.ctx.m.quantities;
    let total_head = qs[q].head.as_deref();
    let modifier = |p: usize| {
        let noun = qs[p].noun.as_deref().unwrap_or_default();
        // The cue's own verb is no verb of the part ("including 60 large").
        let own_verb = qs[p].verb.as_deref().is_some_and(|v| !v.starts_with("includ"));
        !noun.is_empty() && noun.chars().all(char::is_alphabetic) && !noun.ends_with('s') && !own_verb
    };
    !total_head.is_some_and(|h| UNITS.contains(&h))
        && !parts.is_empty()
        && parts.iter().all(|&p| modifier(p))
        && parts.iter().any(|&p| c.number(p).value >= 2.0)
        && total_head.is_none_or(|h| h.ends_with('s'))
}

/// Nouns that count occasions: games, outings, spells of time.
#[rustfmt::skip]
const OCCASION_NOUNS: &[&str] = &[
    "games", "matches", "starts", "appearances", "outings", "races", "fights", "bouts", "seasons", "innings",
    "tests", "events", "tournaments", "days", "weeks", "months", "years", "sessions", "meetings", "shows",
    "performances", "concerts", "episodes", "rounds", "contests", "fixtures", "trips", "visits",
];

/// What an occasion can end in, the kinds a count of occasions splits into.
#[rustfmt::skip]
const OUTCOME_NOUNS: &[&str] = &[
    "wins", "losses", "defeats", "victories", "draws", "ties", "starts", "appearances", "home", "away",
];

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
    // The running total and two parts before it are counts of the verb's sentence.
    for (sentence, i) in c.sentences_with(3).flat_map(|s| c.ctx.m.sentence_tokens(s).map(move |i| (s, i))) {
        let t = &toks[i];
        let w = t.text(text);
        if t.kind() != TokenKind::Word
            || !["bringing", "raising", "taking", "pushing"].iter().any(|v| w.eq_ignore_ascii_case(v))
        {
            continue;
        }
        // "the (death) toll|total|number to N"
        let Some(to) = (i + 2..(i + 5).min(toks.len())).find(|&k| c.is(k, "to")) else { continue };
        if !(i + 1..to).any(|k| c.is(k, "toll") || c.is(k, "total")) {
            continue;
        }
        let Some(total) = c.at(sentence, to + 1) else { continue };
        let mut before = c.before(sentence, i);
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
        let counts = c.counts_in(s);
        // Every shape here takes two or more parts from the sentence's counts.
        if counts.len() < 2 {
            continue;
        }
        let range = c.ctx.m.sentence_tokens(s);
        let Some(first) = range.clone().find(|&k| toks[k].kind() != TokenKind::Punct) else { continue };
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
        } else if c.is(first, "of")
            && ["them", "those", "these"].iter().any(|w| c.is(first + 1, w))
            && toks.get(first + 2).is_some_and(|t| t.text(text) == ",")
        {
            // "Of those, 90 were domestic and 62 were international": the pronoun alone points
            // at the one count of the sentence before.
            if let Some(g) = bare_pointer_group(c, s, counts) {
                out.push(g);
            }
            continue;
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

/// "Inspectors closed 48 restaurants. Of those, 30 were ... and 18 were ...": the previous
/// sentence holds one count, and each part classifies its subset with a copula ("were
/// domestic") or leaves the verb out ("and 62 international"). Parts with verbs of their own
/// ("30 had pests and 25 had leaks") may overlap, so they are not added.
fn bare_pointer_group(c: &Counts, s: usize, counts: &[usize]) -> Option<Group> {
    let (text, toks) = (&c.ctx.article.text, &c.ctx.m.tokens);
    let [total] = c.counts_in(s - 1) else { return None };
    if c.ctx.m.sentence_numbers(s - 1).count() != 1 || c.ctx.m.quantities[*total].head.is_none() {
        return None;
    }
    let classifies = |p: usize| {
        let end = c.ctx.m.quantities[p].noun_span.map_or(c.number(p).span.end, |sp| sp.end);
        let k = toks.partition_point(|t| t.span().start < end);
        let copula = toks.get(k).is_none_or(|t| {
            !toks.in_sentence(k, s)
                || matches!(t.text(text).to_lowercase().as_str(), "were" | "was" | "are" | "is" | "and" | ",")
        });
        // "30 were domestic", not "40 were injured" (what happened to them, which may overlap).
        copula && c.ctx.m.quantities[p].verb.is_none()
    };
    let parts = subsets(c, *total, counts);
    (parts.len() >= 2 && parts.len() == counts.len() && parts.iter().all(|&p| classifies(p))).then_some(Group {
        total: *total,
        parts,
        cue: Cue::Partial,
    })
}

/// The parts of a sentence that names its whole ("Of those hurt, 30 were taken to ... and 22
/// to ..."): each part's own verb says what happened to that subset, so only the counted
/// noun must fit; the list stops at "others" or "more".
fn subsets(c: &Counts, total: usize, candidates: &[usize]) -> Vec<usize> {
    let qs = &c.ctx.m.quantities;
    let mut parts: Vec<usize> = Vec::new();
    for &p in candidates {
        let listed: Vec<&NumberMention> = parts.iter().map(|&x| c.number(x)).collect();
        if matches!(qs[p].head.as_deref(), Some("others" | "more" | "other" | "additional"))
            || (!listed.is_empty() && !super::scope::list_goes_on(c.ctx, &listed, c.number(p)))
        {
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
            let verb = qs[q].verb.as_deref().map(str::to_string).or(word_before);
            let by_verb = family.is_some() && verb.as_deref().and_then(verb_family) == family;
            let by_noun = qs[q].head.as_deref() == Some(pointer)
                || (PEOPLE_GENERAL.contains(&pointer) && qs[q].head.as_deref().is_some_and(compatible_head));
            by_verb || by_noun
        })
        .collect();
    match fits[..] {
        [q] => Some(q),
        // "Police detained 45 people. Of the detainees, ...": a noun made from the verb.
        [] => {
            let counts = c.counts_in(s);
            let [q] = counts else { return None };
            let verb = qs[*q].verb.as_deref()?;
            let stem = |w: &str| w.chars().take(5).collect::<String>();
            (pointer.len() >= 5 && verb.len() >= 5 && stem(pointer) == stem(verb)).then_some(*q)
        }
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
    let preps: Vec<Option<String>> = parts.iter().map(|&p| place_preposition(c, p, usize::MAX)).collect();
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
/// died in Queensland" (the first one within a few words, before `end`, that a capitalised
/// word follows).
fn place_preposition(c: &Counts, p: usize, end: usize) -> Option<String> {
    let text = &c.ctx.article.text;
    let n = c.number(p);
    let s = c.ctx.article.sentences[n.sentence].span;
    let end = s.end.min(end).max(n.span.end);
    let words: Vec<&str> = text.get(n.span.end..end).unwrap_or("").split_whitespace().take(7).collect();
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    (0..words.len().saturating_sub(1)).find_map(|k| {
        let prep = words[k].to_lowercase();
        let named = capital(words[k + 1]) || (words[k + 1] == "the" && words.get(k + 2).is_some_and(|w| capital(w)));
        (matches!(prep.as_str(), "in" | "at" | "on" | "near") && named).then_some(prep)
    })
}

/// The first of the next few counts after `from` in sentence `s` that the counts after it
/// split: "Altogether the two clubs sold 36,000 tickets, 19,500 to ... and 18,000 to ...".
pub(super) fn first_split_total(c: &Counts, s: usize, from: usize) -> Option<usize> {
    let after: Vec<usize> = c.counts_in(s).iter().copied().filter(|&q| c.number(q).token >= from).take(10).collect();
    (0..after.len().min(3)).find_map(|k| {
        let rest = &after[k + 1..];
        let parts = list_after(c.ctx, after[k], rest);
        (parts.len() >= 2 && parts.len() == rest.len()).then_some(after[k])
    })
}

/// Verbs that share a total out in full, with the word that opens the shares: "is split
/// between", "was divided among", "breaks down as".
const SPLIT_VERBS: &[&str] = &["split", "divided", "shared", "apportioned", "allocated", "breaks", "broken"];
const SPLIT_OPENERS: &[&str] = &["between", "among", "into", "as"];

/// "The $2.4 million grant is split between $1.5 million for the library and $1.2 million for
/// the pool": a total (a count or a sum of money) shared out in full among the figures after
/// the verb, every one of them in the total's unit.
/// The verbs other than [`SPLIT_VERBS`] that open a breakdown (read in `split_groups`).
const OTHER_SPLIT_VERBS: &[&str] =
    &["comprises", "comprised", "comprising", "consists", "consisting", "composed", "made"];

// Asked of every word of an article: a chained scan of both lists cost up to a twentieth of an
// archive run whenever the compiler did not inline it.
static SPLIT_VERB_SET: std::sync::LazyLock<WordSet> = std::sync::LazyLock::new(|| WordSet::new(SPLIT_VERBS));
static OTHER_SPLIT_VERB_SET: std::sync::LazyLock<WordSet> =
    std::sync::LazyLock::new(|| WordSet::new(OTHER_SPLIT_VERBS));

pub(super) fn split_groups(ctx: &crate::checks::context::Ctx) -> Vec<Group> {
    let (text, toks, nums, qs) = (&ctx.article.text, &ctx.m.tokens, &ctx.m.numbers, &ctx.m.quantities);
    let mut out = Vec::new();
    // A split takes a total before its verb and two or more parts after it, all quantities of
    // the verb's sentence: only sentences with three quantities are read.
    let busy = (0..ctx.article.sentences.len()).filter(|&s| {
        let numbers = ctx.m.sentence_numbers(s);
        let from = qs.partition_point(|q| q.number < numbers.start);
        qs[from..].iter().take(3).take_while(|q| q.number < numbers.end).count() == 3
    });
    for (sentence, i) in busy.flat_map(|s| toks.of_sentence(s).map(move |i| (s, i))) {
        let t = &toks[i];
        if t.kind() != TokenKind::Word {
            continue;
        }
        // Most words are none of the verbs: compare before lower-casing (an allocation per word).
        let raw = t.text(text);
        if !raw.is_ascii() || !(SPLIT_VERB_SET.contains_lowercase(raw) || OTHER_SPLIT_VERB_SET.contains_lowercase(raw))
        {
            continue;
        }
        let word = |k: usize| toks.in_sentence(k, sentence).then(|| toks[k].text(text).to_lowercase());
        let verb = raw.to_lowercase();
        // "is split between", "breaks down as": all of the total. "comprises", "consists of",
        // "is made up of": a writer may leave a small group out, so only an excess is read.
        let (opener, cue) = if SPLIT_VERBS.contains(&verb.as_str()) {
            let opener = if word(i + 1).as_deref() == Some("down") { i + 2 } else { i + 1 };
            if !word(opener).is_some_and(|w| SPLIT_OPENERS.contains(&w.as_str())) {
                continue;
            }
            (opener, Cue::Exhaustive)
        } else if matches!(verb.as_str(), "comprises" | "comprised" | "comprising") {
            (i, Cue::Partial)
        } else if matches!(verb.as_str(), "consists" | "consisting" | "composed")
            && word(i + 1).as_deref() == Some("of")
        {
            (i + 1, Cue::Partial)
        } else if verb == "made" && word(i + 1).as_deref() == Some("up") && word(i + 2).as_deref() == Some("of") {
            (i + 2, Cue::Partial)
        } else {
            continue;
        };
        // The sentence's quantities are one run (quantities in number order, numbers in text
        // order): all of them per verb grew with verbs x quantities.
        let sentence_numbers = ctx.m.sentence_numbers(sentence);
        let from = qs.partition_point(|q| q.number < sentence_numbers.start);
        let in_sentence: Vec<usize> =
            (from..qs.partition_point(|q| q.number < sentence_numbers.end).max(from)).collect();
        // The total: the last figure before the verb, its noun and at most an auxiliary between.
        let Some(&total) = in_sentence.iter().rev().find(|&&q| nums[qs[q].number].token_end <= i) else { continue };
        let tn = &nums[qs[total].number];
        let noun_end = qs[total].noun_span.map_or(tn.span.end, |sp| sp.end).max(tn.span.end);
        let lead = words_between(text, noun_end, t.span().start);
        if lead.len() > 3 || !matches!(tn.kind, crate::extract::NumberKind::Count | crate::extract::NumberKind::Money) {
            continue;
        }
        let after: Vec<usize> =
            in_sentence.iter().copied().filter(|&q| nums[qs[q].number].token > opener).take(10).collect();
        // A part counts the total's things, or (for a count) a kind of them that is no unit
        // of measure ("The 45-strong squad comprises 30 players and 20 staff").
        // A total with no noun ("147 overall made up of 79 golds, 39 silvers and 44 bronze")
        // counts what all its parts count.
        let one_kind = super::common_kind(qs, &after).is_some_and(|k| !UNITS.contains(&k));
        let kind_of_total = |q: usize| {
            let (h, th) = (qs[q].head.as_deref(), qs[total].head.as_deref());
            h.is_none()
                || h == th
                || th.zip(h).is_some_and(|(t, h)| super::kind_of(t, h))
                || (cue == Cue::Partial
                    && h.is_some_and(|h| !UNITS.contains(&h))
                    && (th.is_some_and(|t| !UNITS.contains(&t)) || (th.is_none() && one_kind)))
        };
        let same_unit = |q: usize| {
            let n = &nums[qs[q].number];
            n.kind == tn.kind
                && n.currency == tn.currency
                && n.bound == crate::extract::Bound::Exact
                && (n.kind != crate::extract::NumberKind::Count || kind_of_total(q))
        };
        let body =
            words_between(text, toks[opener].span().end, t.span().end.max(ctx.article.sentences[sentence].span.end));
        if after.len() < 2 || !after.iter().all(|&q| same_unit(q)) || holds_range(&body) {
            continue;
        }
        if body.iter().any(|w| matches!(&**w, "each" | "per" | "apiece" | "percent" | "including" | "among")) {
            continue;
        }
        // "38.50 dlrs a share": a price per unit, not a part of the total.
        let rate = |q: usize| {
            let end = qs[q].noun_span.map_or(nums[qs[q].number].span.end, |sp| sp.end).max(nums[qs[q].number].span.end);
            let next = crate::checks::window::words_after(ctx, sentence, end, 1);
            next.first().is_some_and(|w| matches!(&**w, "a" | "an" | "per" | "each"))
        };
        if after.iter().any(|&q| rate(q)) {
            continue;
        }
        out.push(Group { total, parts: after, cue });
    }
    out
}

/// "40 people died, 25 of them soldiers and 18 civilians": a partitive apposition followed by
/// more parts joined by "and" or commas, with no verb of their own, closing the apposition. A
/// lone partitive (", two of them welders, were hurt") is a subset, never a sum.
fn partitive_runs(c: &Counts) -> Vec<Group> {
    let (text, nums, qs) = (&c.ctx.article.text, &c.ctx.m.numbers, &c.ctx.m.quantities);
    let mut out = Vec::new();
    for (k, q) in qs.iter().enumerate() {
        let n = &nums[q.number];
        // The total and a part after the partitive are counts of its sentence.
        if n.kind != crate::extract::NumberKind::Count
            || c.counts_in(n.sentence).len() < 2
            || !super::partitive_apposition(c.ctx, n)
        {
            continue;
        }
        // The total: the count that ends right before the comma.
        let Some(&total) = c.counts_in(n.sentence).iter().rev().find(|&&t| c.number(t).span.end <= n.span.start) else {
            continue;
        };
        let total_end = qs[total].noun_span.map_or(c.number(total).span.end, |sp| sp.end);
        if text.get(total_end..n.span.start).is_none_or(|t| t.trim() != ",") {
            continue;
        }
        // ", 25 of them soldiers and 18 civilians": the next counts joined by "and" or commas.
        let mut parts = vec![k];
        // The partitive's own noun ("of them soldiers") runs to the next "and" or punctuation.
        let sentence_end = c.ctx.article.sentences[n.sentence].span.end;
        let tail = text.get(n.span.end..sentence_end).unwrap_or("");
        let cut = [tail.find(" and "), tail.find([',', ';', '.'])].into_iter().flatten().min().unwrap_or(tail.len());
        let mut prev_end = n.span.end + cut;
        for &p in c.counts_in(n.sentence).iter().filter(|&&p| c.number(p).span.start > n.span.end) {
            let joint = text.get(prev_end..c.number(p).span.start).unwrap_or("").trim();
            if !matches!(joint, "and" | "," | ", and") || qs[p].verb.is_some() {
                break;
            }
            parts.push(p);
            prev_end = qs[p].noun_span.map_or(c.number(p).span.end, |sp| sp.end);
        }
        let closes = text.get(prev_end..).unwrap_or("").trim_start().starts_with([',', '.', ';']);
        if parts.len() >= 2 && closes && list_after(c.ctx, total, &parts[1..]).len() == parts.len() - 1 {
            out.push(Group { total, parts, cue: Cue::Partial });
        }
    }
    out
}

/// "Among the 40 dead were 25 soldiers and 18 civilians": a sentence that opens with the total
/// inside "Among the", then a copula and the parts.
fn among_the_totals(c: &Counts) -> Vec<Group> {
    let (text, toks) = (&c.ctx.article.text, &c.ctx.m.tokens);
    let mut out = Vec::new();
    for s in 0..c.ctx.article.sentences.len() {
        let counts = c.counts_in(s);
        if counts.len() < 3 {
            continue;
        }
        let range = c.ctx.m.sentence_tokens(s);
        let Some(first) = range.clone().find(|&k| toks[k].kind() != TokenKind::Punct) else { continue };
        let Some(total) = c.at(s, first + 2).filter(|_| c.is(first, "among") && c.is(first + 1, "the")) else {
            continue;
        };
        let rest: Vec<usize> = counts.iter().copied().filter(|&p| p != total).collect();
        let noun_end = c.ctx.m.quantities[total].noun_span.map_or(c.number(total).span.end, |sp| sp.end);
        // "Among the 40 dead were", "Among the 52 injured were".
        let verb = words_between(text, noun_end, c.number(rest[0]).span.start);
        let parts = list_after(c.ctx, total, &rest);
        if verb.len() <= 2
            && verb.last().is_some_and(|w| matches!(&**w, "were" | "are" | "was"))
            && parts.len() >= 2
            && parts.len() == rest.len()
        {
            out.push(Group { total, parts, cue: Cue::Partial });
        }
    }
    out
}

/// Whether the cue at token `cue` follows the total's noun phrase straight away ("57 people in
/// all").
pub(super) fn cue_follows_noun(c: &Counts, total: usize, cue: usize) -> bool {
    let q = &c.ctx.m.quantities[total];
    let end = q.noun_span.map_or(c.number(total).span.end, |sp| sp.end).max(c.number(total).span.end);
    c.ctx
        .m
        .tokens
        .get(cue)
        .is_some_and(|t| c.ctx.article.text.get(end..t.span().start).is_some_and(|g| g.trim().is_empty()))
}
