//! arith.sum: parts that must add up to a stated total.
//!
//! A finding is licensed by a cue that ties a total to its parts ("including", "for a total
//! of", "Of the", the next sentence's list under the same verb family) and parts that count the
//! same kind of thing. Numbers that count nothing in the list are left out before any grouping:
//! a number inside a modifier ("a six-storey scaffold", "a 40-tonne crane") and a partitive
//! apposition (", two of them welders"), which is a subset of the count it follows.
//!
//! Confidence: high when the total and every part stand in one sentence, tied by the cue
//! ("48 people, including 30 residents and 20 visitors"); medium when the parts are joined to a
//! total in the sentence before (the next sentence's list, "The death toll included ...").

use crate::checks::context::{Ctx, Hit};
use crate::checks::wording::{addition, fmt_num};
use crate::extract::words::TokenKind;
use crate::extract::{Bound, NumberKind, NumberMention, Quantity};
use crate::finding::{Confidence, Related};
use crate::span::Span;

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
    "delegates",
    "lawmakers",
    "legislators",
    "candidates",
    "runners",
    "climbers",
    "hikers",
    "farmers",
    "traders",
    "crewmembers",
    "protesters",
    "demonstrators",
    "survivors",
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

/// Phrases that say the parts of a total overlap.
const OVERLAP_CUES: &[&str] =
    &["both", "twice", "more than one", "more than once", "overlap", "double-count", "double count", "at least one of"];

/// Nouns whose kinds have names of their own, which split them without overlap: a medal is a
/// gold, a silver or a bronze; a ball a batsman faces may be hit for a four or a six. A count
/// of one of these kinds counts the whole's things ("66 medals, including 33 golds").
const NAMED_KINDS: &[(&str, &[&str])] =
    &[("medals", &["gold", "golds", "silver", "silvers", "bronze", "bronzes"]), ("balls", &["fours", "sixes", "dots"])];

/// Whether `part` names a kind of `whole` (see [`NAMED_KINDS`]).
pub(super) fn kind_of(whole: &str, part: &str) -> bool {
    NAMED_KINDS.iter().any(|(w, kinds)| *w == whole && kinds.contains(&part))
}

/// The one noun every part counts, its named kinds taken as the noun they are kinds of
/// ("10 golds, 10 silvers and 5 bronze medals" count medals); None when a part has no noun or
/// two parts count different things.
pub(super) fn common_kind<'a>(qs: &'a [Quantity], parts: &[usize]) -> Option<&'a str> {
    let whole = |h: &'a str| NAMED_KINDS.iter().find(|(_, kinds)| kinds.contains(&h)).map_or(h, |(w, _)| *w);
    let mut heads = parts.iter().map(|&p| qs[p].head.as_deref().map(whole));
    let first = heads.next()??;
    heads.all(|h| h == Some(first)).then_some(first)
}

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
pub(super) fn compatible(total: &Quantity, part: &Quantity) -> bool {
    match (&total.head, &part.head) {
        (_, None) => true,
        (Some(t), Some(p)) if t == p || kind_of(t, p) => true,
        // A total of people splits into any group of people; things never do.
        // A group of people ("48 personnel", "six emergency workers") splits into any kinds
        // of people ("soldiers", "troopers", "linemen"), never into things.
        (Some(t), Some(p)) => {
            (PEOPLE_GENERAL.contains(&&**t) || is_person(t))
                && !NOT_PEOPLE.contains(&&**p)
                && (p.ends_with(['s', 'n', 'l', 'e']) || is_person(p))
        }
        // "injured 52": a count with no noun whose verb happens to people ("killed",
        // "injured", "rescued") counts people.
        (None, Some(p)) => {
            is_person(p)
                || (total.verb.as_deref().and_then(verb_family).is_some_and(|f| f != "arrest")
                    && !NOT_PEOPLE.contains(&&**p)
                    && p.ends_with('s'))
        }
    }
}

/// [`compatible`], or a count of one that writes the total's noun in the singular ("76
/// seats, another five seats and one seat").
fn counts_alike(ctx: &Ctx, total: &Quantity, part: &Quantity) -> bool {
    let singular = ctx.m.numbers[part.number].value == 1.0
        && total.head.as_deref().zip(part.head.as_deref()).is_some_and(|(t, p)| t.strip_suffix('s') == Some(p));
    singular || compatible(total, part)
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
    &[&["for", "a", "total", "of"], &["a", "total", "of"], &["in", "total"], &["in", "all"], &["altogether"]];

/// The first words of every cue `group_at_cue` looks for.
const CUE_OPENERS: &[&str] =
    &["including", "included", "include", "includes", "among", "of", "for", "a", "in", "altogether"];

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
    let first = toks.of_sentence(toks.sentence_of(i)).start;
    (first..i).all(|k| {
        toks[k].kind() == TokenKind::Punct && matches!(toks[k].text(&ctx.article.text), "\"" | "“" | "'" | "‘" | "(")
    })
}

/// Scale words that follow "a" in a count ("a hundred people", "a dozen homes").
const SCALE_AFTER_A: &[&str] = &["hundred", "thousand", "dozen", "million", "billion", "score", "few", "couple"];

/// Whether a number sits inside a modifier of a noun rather than counting it: joined to a unit
/// by a hyphen ("six-storey", "a 40-tonne crane", "12-year-old") or after the indefinite article
/// ("a 30 metre wall"), which a count of several things never takes. Such a number measures the
/// thing it describes; it is never a part of a total.
fn in_modifier(ctx: &Ctx, n: &NumberMention) -> bool {
    let text = &ctx.article.text;
    let mut after = text[n.span.end..].chars();
    if after.next() == Some('-') && after.next().is_some_and(char::is_alphabetic) {
        // "the 75-member council": the size of a body of people counts its members.
        let rest = &text[n.span.end + 1..];
        let unit = &rest[..rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len())];
        return !shapes::SIZE_UNITS.iter().any(|w| lowercase_is(unit, w));
    }
    let before = text[..n.span.start].trim_end();
    let article = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    // Nearly every figure has no indefinite article before it: its own text is only
    // lower-cased for the few that do.
    if !(lowercase_is(article, "a") || lowercase_is(article, "an")) {
        return false;
    }
    let number = text[n.span.start..n.span.end].to_lowercase();
    !SCALE_AFTER_A.iter().any(|w| number.starts_with(w))
}

/// Whether `word` in lower case (`str::to_lowercase`) is `lower`, without building it for an
/// ASCII word.
fn lowercase_is(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        word.eq_ignore_ascii_case(lower)
    } else {
        word.to_lowercase() == lower
    }
}

/// Whether a count is a partitive apposition to the count before it (", two of them welders",
/// ", three of whom were children"): a subset of that count, not one more part of a total.
fn partitive_apposition(ctx: &Ctx, n: &NumberMention) -> bool {
    let text = &ctx.article.text;
    let before = text[..n.span.start].trim_end();
    if !(before.ends_with(',') || before.ends_with('(') || before.ends_with("with")) {
        return false;
    }
    let after: Vec<String> = text[n.span.end..]
        .split_whitespace()
        .take(2)
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()).to_lowercase())
        .collect();
    after.first().is_some_and(|w| w == "of")
        && after.get(1).is_some_and(|w| matches!(w.as_str(), "them" | "whom" | "those" | "these" | "which"))
}

/// The counts of an article, with the lookups the cues need.
struct Counts<'a> {
    ctx: &'a Ctx<'a>,
    /// Count quantities, in text order (so by sentence).
    counts: Vec<usize>,
    /// `firsts[s]`: the index in `counts` of sentence `s`'s first count; one more entry, the
    /// count of counts. Every shape asks for the counts of a sentence, most of them for every
    /// sentence or count, so they are indexed once rather than searched for each time.
    firsts: Vec<usize>,
}

impl<'a> Counts<'a> {
    fn new(ctx: &'a Ctx<'a>) -> Self {
        let (nums, qs) = (&ctx.m.numbers, &ctx.m.quantities);
        // Every shape reads the counts of a sentence with two or more of them, or of the
        // sentence before one: the counts of other sentences are never read, so the costly
        // tests below are left out for them. (Counts are a subset of these candidates.)
        let is_count = |i: usize| nums[qs[i].number].kind == NumberKind::Count;
        let mut candidates = vec![0u32; ctx.article.sentences.len() + 1];
        for i in (0..qs.len()).filter(|&i| is_count(i)) {
            let s = nums[qs[i].number].sentence;
            if s >= candidates.len() {
                candidates.resize(s + 1, 0);
            }
            candidates[s] += 1;
        }
        let read = |s: usize| candidates[s] >= 2 || candidates.get(s + 1).is_some_and(|&c| c >= 2);
        let counts: Vec<usize> = (0..qs.len())
            .filter(|&i| is_count(i) && read(nums[qs[i].number].sentence))
            .filter(|&i| !in_modifier(ctx, &nums[qs[i].number]) && !partitive_apposition(ctx, &nums[qs[i].number]))
            .filter(|&i| !scope::not_a_part(ctx, &nums[qs[i].number]))
            .collect();
        let sentences = counts.last().map_or(0, |&q| nums[qs[q].number].sentence + 1);
        let mut firsts = Vec::with_capacity(sentences + 1);
        let mut k = 0;
        for s in 0..=sentences {
            while k < counts.len() && nums[qs[counts[k]].number].sentence < s {
                k += 1;
            }
            firsts.push(k);
        }
        Counts { ctx, counts, firsts }
    }

    fn number(&self, q: usize) -> &'a NumberMention {
        &self.ctx.m.numbers[self.ctx.m.quantities[q].number]
    }

    /// The counts of one sentence, so that every cue looks only at its own sentence and the
    /// check stays linear in the article.
    fn counts_in(&self, s: usize) -> &[usize] {
        match (self.firsts.get(s), self.firsts.get(s + 1)) {
            (Some(&a), Some(&b)) => &self.counts[a..b],
            _ => &[],
        }
    }

    /// The sentences with at least `n` counts, in text order.
    fn sentences_with(&self, n: usize) -> impl Iterator<Item = usize> + '_ {
        self.firsts.windows(2).enumerate().filter(move |(_, w)| w[1] - w[0] >= n).map(|(s, _)| s)
    }

    /// The counts of sentence `s` that end before token `i`.
    fn before(&self, s: usize, i: usize) -> Vec<usize> {
        self.counts_in(s).iter().copied().filter(|&q| self.number(q).token_end <= i).collect()
    }

    /// The count of sentence `s` that starts at token `i`.
    fn at(&self, s: usize, i: usize) -> Option<usize> {
        self.counts_in(s).iter().copied().find(|&q| self.number(q).token == i)
    }

    /// Whether token i is `w`, compared without allocating (cue words are ASCII).
    fn is(&self, i: usize, w: &str) -> bool {
        self.ctx.m.tokens.get(i).is_some_and(|t| t.text(&self.ctx.article.text).eq_ignore_ascii_case(w))
    }

    /// Whether `phrase` is written from token i on, within one sentence.
    fn matches_at(&self, i: usize, phrase: &[&str]) -> bool {
        let toks = &self.ctx.m.tokens;
        phrase.iter().enumerate().all(|(k, w)| self.is(i + k, w) && toks.in_sentence(i + k, toks.sentence_of(i)))
    }
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let c = Counts::new(ctx);
    let mut groups = cue_groups(&c);
    groups.extend(shapes::groups(&c));
    groups.extend(shapes::split_groups(ctx));
    groups.extend(next_sentence_groups(&c, &groups));
    // One finding per set of parts, whichever shapes found it.
    let mut seen = std::collections::HashSet::new();
    groups.retain(|g| seen.insert(g.parts.clone()));
    groups.into_iter().filter_map(|g| judge(ctx, &g)).collect()
}

/// Groups introduced by a cue ("including", "for a total of", "were among the", "Of the").
fn cue_groups(c: &Counts) -> Vec<Group> {
    let (text, toks) = (&c.ctx.article.text, &c.ctx.m.tokens);
    // Every cue's group takes two or more parts from the counts of the cue's own sentence, so
    // only sentences holding two counts are read.
    let mut groups = Vec::new();
    for i in c.sentences_with(2).flat_map(|s| c.ctx.m.sentence_tokens(s)) {
        let t = &toks[i];
        // Every cue below opens with one of these words; most tokens are rejected on their
        // first letter alone, read without slicing the text.
        let first = text.as_bytes()[t.span().start].to_ascii_lowercase();
        if t.kind() != TokenKind::Word
            || !first.is_ascii_lowercase()
            || CUE_FIRST_LETTERS & (1 << (first - b'a')) == 0
            || !CUE_OPENERS.iter().any(|o| t.text(text).eq_ignore_ascii_case(o))
        {
            continue;
        }
        groups.extend(group_at_cue(c, i));
    }
    groups
}

/// The group of the cue that opens at token i, if any.
fn group_at_cue(c: &Counts, i: usize) -> Option<Group> {
    let word = c.ctx.m.tokens[i].text(&c.ctx.article.text);
    // Only the cues that open with this word are tried.
    let opening = |p: &&&[&str]| p[0].eq_ignore_ascii_case(word) && c.matches_at(i, p);
    if let Some(p) = PARTIAL_CUES.iter().find(opening) {
        partial_cue_group(c, i, p)
    } else if let Some(p) = EXHAUSTIVE_CUES.iter().find(opening) {
        exhaustive_cue_group(c, i, p)
    } else if word.eq_ignore_ascii_case("among") && i > 0 && ["were", "are", "was", "is"].iter().any(|w| c.is(i - 1, w))
    {
        among_group(c, i)
    } else if word.eq_ignore_ascii_case("of") && c.is(i + 1, "the") && opens_sentence(c.ctx, i) {
        of_the_group(c, i)
    } else {
        None
    }
}

/// "X people, including A and B": the total before the cue (or in the sentence before), the
/// parts after it.
fn partial_cue_group(c: &Counts, i: usize, p: &[&str]) -> Option<Group> {
    let toks = &c.ctx.m.tokens;
    let s = toks.sentence_of(i);
    let cue_end = i + p.len();
    // "32 bodies, including 12 children, and are searching for scores of people": a predicate
    // coordinated after the list is a new clause, and its counts are no parts.
    let (text, sentence) = (&c.ctx.article.text, c.ctx.article.sentences[s].span);
    let list_from = toks[i].span().end.min(sentence.end);
    let tail = &text[list_from..sentence.end];
    let list_end = [crate::checks::predicate::coordinated_predicate(tail), clause_break(tail)]
        .into_iter()
        .flatten()
        .min()
        .map_or(sentence.end, |at| list_from + at);
    let after: Vec<usize> = c
        .counts_in(s)
        .iter()
        .copied()
        .filter(|&q| c.number(q).token >= cue_end && c.number(q).span.start < list_end)
        .collect();
    let before = c.before(s, i);
    // "A and B were among the X": parts before, total after.
    if p.first() == Some(&"among") && p.len() == 1 {
        return None;
    }
    let total = if let Some(&t) = before.last() {
        t
    } else {
        // The subject before the cue refers back to the previous sentence's total.
        let subject_refers_back =
            (toks.of_sentence(s).start..i).rev().any(|k| BACK_REFERENCES.iter().any(|w| c.is(k, w)));
        if !(subject_refers_back && s > 0) {
            return None;
        }
        *c.counts_in(s - 1).last()?
    };
    let mut parts = list_after(c.ctx, total, &after);
    if parts.is_empty() {
        // "383 boats, including 300 large, 11 medium and 71 small": the total's noun left out
        // after a modifier of each part.
        let mut run = after;
        shapes::list_run(c, &mut run);
        if shapes::elided_kinds(c, total, &run) {
            parts = run;
        }
    }
    (parts.len() >= 2).then_some(Group { total, parts, cue: Cue::Partial })
}

/// The byte offset of the first mark in `text` that opens another clause: a semicolon, or a
/// comma before a conjunction of contrast or time ("58 medals, including 27 golds, while
/// Britain won 65 ...": the 65 is no part of the 58).
fn clause_break(text: &str) -> Option<usize> {
    const OPENERS: &[&str] = &["while", "whereas", "although", "though", "but", "when", "after"];
    text.match_indices([',', ';']).map(|(k, _)| k).find(|&k| {
        text[k..].starts_with(';') || {
            let next = text[k + 1..].split_whitespace().next().unwrap_or("");
            OPENERS.contains(&next.to_lowercase().as_str())
        }
    })
}

/// "A and B, for a total of X" / "X in all".
fn exhaustive_cue_group(c: &Counts, i: usize, p: &[&str]) -> Option<Group> {
    let qs = &c.ctx.m.quantities;
    let s = c.ctx.m.tokens.sentence_of(i);
    // A comma may follow an opening cue ("In all, 38 people ...").
    let mut cue_end = i + p.len();
    if c.ctx.m.tokens.get(cue_end).is_some_and(|t| t.text(&c.ctx.article.text) == ",") {
        cue_end += 1;
    }
    let before = c.before(s, i);
    let mut after = c.at(s, cue_end);
    if after.is_none() && before.is_empty() && opens_sentence(c.ctx, i) {
        // "Altogether the two clubs sold 36,000 tickets, 19,500 to ... and 18,000 to ...": the
        // total is the first of the sentence's next few counts that the rest split.
        after = shapes::first_split_total(c, s, cue_end);
    }
    // "killed 57 people in all, 31 in ... and 29 in ...": the cue closes the total before it.
    if before.len() == 1 && matches!(p.last(), Some(&"all" | &"total")) && c.number(before[0]).sentence == s {
        let rest: Vec<usize> =
            c.counts_in(s).iter().copied().filter(|&q| c.number(q).token >= cue_end).take(9).collect();
        let mut parts = list_after(c.ctx, before[0], &rest);
        // "82 boats in all, 42 large, 23 medium and 25 small": the total's noun left out after
        // a modifier of each part.
        if parts.len() != rest.len() && shapes::elided_kinds(c, before[0], &rest) {
            parts = rest.clone();
        }
        if parts.len() >= 2 && parts.len() == rest.len() && shapes::cue_follows_noun(c, before[0], i) {
            return Some(Group { total: before[0], parts, cue: Cue::Partial });
        }
    }
    let (total, parts) = match (after, p.last()) {
        // "In all, 38 people were hurt, 20 spectators and 18 players": the parts follow the
        // total, and may leave some out.
        (Some(t), _) if before.len() < 2 => {
            // Only the few counts that follow are read, so the check stays linear.
            let rest: Vec<usize> =
                c.counts_in(s).iter().copied().filter(|&q| c.number(q).token > c.number(t).token).take(9).collect();
            let parts = list_after(c.ctx, t, &rest);
            // "polled a total of 8.7 million votes to defeat Lee, who polled 6.9 million, while
            // Ames secured 6.1 million": counts with a verb or subject of their own are other
            // holders' totals, not a breakdown of this one.
            let own_clause = |p: &usize| {
                let (q, tq) = (&qs[*p], &qs[t]);
                (q.verb.is_some() && q.verb != tq.verb) || (q.subject.is_some() && q.subject != tq.subject)
            };
            if parts.iter().any(own_clause) {
                return None;
            }
            return (parts.len() >= 2 && parts.len() == rest.len()).then_some(Group {
                total: t,
                parts,
                cue: Cue::Partial,
            });
        }
        // "10 golds, 10 silvers and 5 bronze medals for a total of 23": a total with no noun
        // of its own counts what its list counts, when the list counts one thing.
        (Some(t), _) if qs[t].head.is_none() && bare_total_takes(c, t, &before) => {
            return Some(Group { total: t, parts: before, cue: Cue::Exhaustive });
        }
        (Some(t), _) => (t, before),
        (None, Some(&"all" | &"total")) if !before.is_empty() => {
            let t = *before.last().unwrap();
            (t, before[..before.len() - 1].to_vec())
        }
        _ => return None,
    };
    // "92 golds, 103 silver medals, and 136 bronze medals, or 331 medals in all": a reading
    // with every count of the list adds up, so the text is consistent as its writer meant it.
    let whole_list: f64 = parts.iter().map(|&q| c.number(q).value).sum();
    if parts.len() >= 2 && (whole_list - c.number(total).value).abs() < 1e-9 {
        return None;
    }
    let parts: Vec<usize> = parts.into_iter().filter(|&q| counts_alike(c.ctx, &qs[total], &qs[q])).collect();
    (parts.len() >= 2).then_some(Group { total, parts, cue: Cue::Exhaustive })
}

/// Whether a total with no noun ("for a total of 23") sums `parts`: two or more counts of one
/// thing (see [`common_kind`]), with no verb but the first's ("won 5 golds and 3 silvers").
fn bare_total_takes(c: &Counts, total: usize, parts: &[usize]) -> bool {
    let qs = &c.ctx.m.quantities;
    parts.len() >= 2
        && common_kind(qs, parts).is_some()
        && parts[1..].iter().all(|&p| qs[p].verb.is_none() || qs[p].verb == qs[parts[0]].verb)
        && qs[total].verb.is_none()
}

/// "A and B were among the X": the parts come first, the total after the cue.
fn among_group(c: &Counts, i: usize) -> Option<Group> {
    let s = c.ctx.m.tokens.sentence_of(i);
    let skip = if c.is(i + 1, "the") { 2 } else { 1 };
    let total = c.at(s, i + skip);
    let before = c.before(s, i);
    let parts = list_after(c.ctx, total?, &before);
    (parts.len() >= 2 && parts.len() == before.len()).then_some(Group { total: total?, parts, cue: Cue::Partial })
}

/// "Of the 12 districts, A won seven and B six."
fn of_the_group(c: &Counts, i: usize) -> Option<Group> {
    let toks = &c.ctx.m.tokens;
    let s = toks.sentence_of(i);
    let after: Vec<usize> = c.counts_in(s).iter().copied().filter(|&q| c.number(q).token > i).collect();
    let (&t, rest) = after.split_first()?;
    // "Of the 12 districts, Democrats won seven and Republicans six" shares a whole among
    // holders: arith.part-whole's shape. Here the parts open their clauses ("62 were destroyed
    // and 85 had major damage").
    let holders_first = rest.first().is_some_and(|&p| {
        let tok = c.number(p).token;
        tok > 0 && toks[tok - 1].kind() == TokenKind::Word
    });
    if c.number(t).token != i + 2 || holders_first {
        return None;
    }
    let parts = list_after(c.ctx, t, rest);
    (parts.len() >= 2).then_some(Group { total: t, parts, cue: Cue::Partial })
}

/// Parts in the next sentence with no cue: "Three blasts killed 48 people. Nineteen died at the
/// bus station, 17 at the market and 14 near the mosque."
fn next_sentence_groups(c: &Counts, cued: &[Group]) -> Vec<Group> {
    let (toks, qs) = (&c.ctx.m.tokens, &c.ctx.m.quantities);
    let mut totals: std::collections::HashSet<usize> = cued.iter().map(|g| g.total).collect();
    let mut groups = Vec::new();
    // A list with no cue counts people ("Nineteen died ..."): only a count of people can be its
    // total, so "Three blasts killed 48 people" offers 48, not three.
    let of_people = |q: usize| qs[q].head.as_deref().is_none_or(|h| PEOPLE_GENERAL.contains(&h) || is_person(h));
    for &q in &c.counts {
        let n = c.number(q);
        let Some(fam) = qs[q].verb.as_deref().and_then(verb_family) else { continue };
        if !of_people(q) {
            continue;
        }
        let next: Vec<usize> = c.counts_in(n.sentence + 1).to_vec();
        let Some(&first) = next.first() else { continue };
        // The next sentence must open with its first count and say the same verb family.
        let first_n = c.number(first);
        let opens = first_n.token == 0 || !toks.in_sentence(first_n.token - 1, first_n.sentence);
        if !opens || qs[first].verb.as_deref().and_then(verb_family) != Some(fam) {
            continue;
        }
        if c.counts_in(n.sentence)
            .iter()
            .any(|&p| p < q && of_people(p) && qs[p].verb.as_deref().and_then(verb_family) == Some(fam))
        {
            continue; // several totals of the same family in one sentence: ambiguous
        }
        let parts = list_after(c.ctx, q, &next);
        if parts.len() >= 2 && !shapes::sibling_of_parts(c, q, &parts) && totals.insert(q) {
            groups.push(Group { total: q, parts, cue: Cue::Partial });
        }
    }
    groups
}

/// The parts that belong to one list: compatible nouns and verbs, stopping at "others"/"more"
/// (additional counts) or at a count of another verb family.
fn list_after(ctx: &Ctx, total: usize, candidates: &[usize]) -> Vec<usize> {
    let qs = &ctx.m.quantities;
    let mut parts: Vec<usize> = Vec::new();
    for &p in candidates {
        if p == total {
            continue;
        }
        let listed: Vec<&NumberMention> = parts.iter().map(|&x| &ctx.m.numbers[qs[x].number]).collect();
        if !listed.is_empty() && !scope::list_goes_on(ctx, &listed, &ctx.m.numbers[qs[p].number]) {
            break;
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
        if !counts_alike(ctx, &qs[total], q) {
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
    // One thing is not split into parts ("one cat ... having two heads and two tails"), and a
    // part that names a whole already counted ("eleven out of the seventeen", "the other two"
    // after two groups) is nested in the list, not beside the others.
    if total.value < 2.0 || parts.iter().any(|p| names_a_counted_group(ctx, p, parts.len())) {
        return None;
    }
    // Parts stand in a list: something joins each to the next ("20 in the port and 14 in the
    // hills"). Two figures with no joiner between are one clause's subject and object ("one
    // square inch equals 6.45 square centimeters"), not two parts.
    if parts.windows(2).any(|w| !joined_as_a_list(&ctx.article.text[w[0].span.end..w[1].span.start])) {
        return None;
    }
    let low: f64 = parts.iter().map(|p| p.low).sum();
    let high: f64 = parts.iter().map(|p| p.high).sum();
    // Rounded figures ("$2.4 million") may each be off by half their last written digit.
    let slack =
        f64::midpoint(super::precision(ctx, total), parts.iter().map(|p| super::precision(ctx, p)).sum::<f64>());
    // "with many attending both days", "some were counted twice": the writer says the parts
    // overlap.
    let sentences = [total.sentence, parts[0].sentence];
    if sentences.iter().any(|&s| {
        let t = ctx.text(ctx.article.sentences[s].span).to_lowercase();
        OVERLAP_CUES.iter().any(|c| t.contains(c))
    }) {
        return None;
    }
    let too_many = low > total.high + slack + 1e-9;
    let too_few =
        g.cue == Cue::Exhaustive && high < total.low - slack - 1e-9 && !scope_reaches_back(ctx, total, &parts);
    let part_quantities: Vec<&Quantity> = g.parts.iter().map(|&p| &qs[p]).collect();
    if !(too_many || too_few) || !scope::one_sum(ctx, total, &parts) || scope::parts_may_overlap(ctx, &part_quantities)
    {
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
    // The total and its parts in one sentence, tied by the cue, are high; a total the parts
    // reach back to in another sentence (the next sentence's list, "The toll included ...")
    // is medium.
    let confidence =
        if parts.iter().all(|p| p.sentence == total.sentence) { Confidence::High } else { Confidence::Medium };
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
        confidence,
        fixes: total_fix(ctx, total, &parts, add.sum),
        ..Hit::default()
    })
}

/// Whether the total's own phrase reaches past the listed parts: "two in Virginia for a total
/// of 47 in those three states" (a demonstrative points back to parts told before), or names
/// more places or groups than the list has.
fn scope_reaches_back(ctx: &Ctx, total: &NumberMention, parts: &[&NumberMention]) -> bool {
    let after = crate::checks::window::words_after(ctx, total.sentence, total.span.end, 5);
    let nums = &ctx.m.numbers;
    let next = nums.partition_point(|n| n.span.start <= total.span.start);
    // A count among the next few words ("in those three states") that is not the list's length.
    let named_count = after.iter().any(|w| nums.get(next).is_some_and(|n| ctx.text(n.span).eq_ignore_ascii_case(w)))
        && nums.get(next).is_some_and(|n| {
            n.sentence == total.sentence && n.value != parts.len() as f64 && parts.iter().all(|p| p.span != n.span)
        });
    after.iter().any(|w| matches!(&**w, "those" | "these")) || named_count
}

/// Whether the text between two parts joins them as items of a list: a comma, semicolon or
/// dash, or "and", "or", "while", "plus".
fn joined_as_a_list(between: &str) -> bool {
    between.contains([',', ';', '—', '–'])
        || between.contains("--")
        || between.split_whitespace().any(|w| matches!(w, "and" | "or" | "while" | "plus" | "with"))
}

/// Whether a part names a group already counted: "(eleven) out of the seventeen", "of the 40",
/// or "the other two" in a list of more than two parts (with two, "six ... and the other four"
/// is the rest of the whole, a part like any other).
fn names_a_counted_group(ctx: &Ctx, p: &NumberMention, parts: usize) -> bool {
    let before = crate::checks::window::words_before(ctx, p.sentence, p.span.start, 2);
    let before: Vec<&str> = before.iter().map(|w| &**w).collect();
    // A bare "of" is partitive after a figure or a quantifier ("eleven of 17", "out of 40"),
    // not after a verb or a noun that opens the figure ("consisting of 3,940", "a haul of 10").
    let partitive_of = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_digit())
            || crate::extract::numwords::parse(w).is_some()
            || matches!(w, "out" | "some" | "most" | "all" | "many" | "none" | "each" | "both" | "half" | "few")
    };
    matches!(before[..], [.., "of", "the"])
        || matches!(before[..], ["of"])
        || matches!(before[..], [w, "of"] if partitive_of(w))
        || (parts > 2 && matches!(before[..], [.., "other"]))
}

/// The total the parts add up to, written over the stated total, when every figure is exact
/// ("48" -> "50"); a rounded or bounded figure ("about 50") leaves nothing sure to write.
fn total_fix(ctx: &Ctx, total: &NumberMention, parts: &[&NumberMention], sum: f64) -> Vec<crate::finding::Fix> {
    if total.bound != Bound::Exact || parts.iter().any(|p| p.bound != Bound::Exact) {
        return vec![];
    }
    let description = format!("write the total the parts add up to, {}", fmt_num(sum));
    crate::checks::fixes::number_fix(ctx, total.span, total.value, sum, description).into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_openers_cover_every_cue() {
        for cue in PARTIAL_CUES.iter().chain(EXHAUSTIVE_CUES) {
            assert!(CUE_OPENERS.contains(&cue[0]), "{cue:?}");
        }
        // The two cues written inline in group_at_cue.
        assert!(CUE_OPENERS.contains(&"among") && CUE_OPENERS.contains(&"of"));
    }
}

#[path = "sum_shapes.rs"]
mod shapes;

#[path = "sum_scope.rs"]
pub(super) mod scope;

#[cfg(test)]
#[path = "sum_tests.rs"]
mod matrix_tests;
