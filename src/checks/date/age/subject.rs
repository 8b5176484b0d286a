//! An age and a birth date in different clauses, tied to one person by the subjects of their
//! clauses: an obituary's "Ann Roe, 85, of Lima, passed away Monday, Aug. 17, 2020. Ann was
//! born on June 26, 1935", a wire story's "X has died at the age of 95. X ... was born on 7
//! October 1931", a fronted "Born June 14, 1950 in Soso, she was ...".
//!
//! What ties them: the age stands beside its owner's name ("Roe, 85,"), or follows its owner's
//! name or a he/she subject with only a verb of dying between ("has died at the age of 95"), or
//! an unnamed subject's death names the person ("has died aged 124, ... reporting the death of
//! Kane Tanaka"). The birth date's owner is the subject its clause opens with ("Ann was born",
//! "Tutu, who ..., was born") or the subject after a fronted "Born DATE ..." clause. A name is
//! the person it was introduced as, a first name alone the one person introduced with it, and
//! "he"/"she" the only person named before it in its paragraph (or in the paragraph before,
//! when it opens its own). Both must be one person, in one paragraph or two neighbouring ones.

use crate::checks::context::Ctx;
use crate::checks::window::{last_words, words, Word};
use crate::extract::people::PersonMention;
use crate::extract::{DateKind, DateMention, NumberKind, NumberMention};
use crate::span::Span;

use super::nickname;

/// When an age holds.
pub(super) enum When<'a> {
    /// On the dateline: someone living.
    Dateline,
    /// At a death not dated in its clause: any age up to the one on the dateline.
    ByDateline,
    /// At a death on this date.
    Death(&'a DateMention),
}

/// Words that say someone died; "passed" only before "away".
pub(super) fn death_word(w: &[Word], i: usize) -> bool {
    match &*w[i] {
        "died" | "dies" | "killed" => true,
        // "passed away", "passed from this life"
        "passed" => match w.get(i + 1).map(|n| &**n) {
            Some("away") => true,
            Some("from") => w.get(i + 2).is_some_and(|n| n == "this") && w.get(i + 3).is_some_and(|n| n == "life"),
            _ => false,
        },
        _ => false,
    }
}

/// The age of the person born on `b` in another clause, and when it holds.
pub(super) fn age_and_when<'a>(ctx: &'a Ctx, b: &DateMention) -> Option<(&'a NumberMention, When<'a>)> {
    let owner = birth_owner(ctx, b)?;
    let sentences = &ctx.article.sentences;
    let para = sentences[b.sentence].paragraph;
    let birth_unit = unit_of(ctx, b.span.start);
    let near = |n: &&NumberMention| {
        let p = sentences[n.sentence].paragraph;
        n.kind == NumberKind::Age && p + 1 >= para && p <= para + 1 && !birth_unit.contains(n.span)
    };
    // Ages of the neighbouring paragraphs only: linear in the article.
    let (first, last) = (ctx.article.paragraphs[para.saturating_sub(1)].start, paragraph_end(ctx, para + 1));
    let numbers = &ctx.m.numbers;
    let from = numbers.partition_point(|n| n.span.start < first);
    let to = numbers.partition_point(|n| n.span.start < last);
    numbers[from..to].iter().filter(near).find_map(|a| {
        (age_owner(ctx, a)? == owner).then_some(())?;
        Some((a, when(ctx, a, b)?))
    })
}

/// Where paragraph `p` ends (the text's end past the last one).
fn paragraph_end(ctx: &Ctx, p: usize) -> usize {
    ctx.article.paragraphs.get(p).map_or(ctx.article.text.len(), |s| s.end)
}

/// The part of a sentence holding `at`: a sentence end written with no space after the full
/// stop ("at the age of 95.Tutu, who ...") still ends a clause here.
fn unit_of(ctx: &Ctx, at: usize) -> Span {
    let sentences = &ctx.article.sentences;
    let i = sentences.partition_point(|s| s.span.end <= at).min(sentences.len().saturating_sub(1));
    let span = sentences[i].span;
    let text = &ctx.article.text[span.start..span.end];
    let b = text.as_bytes();
    let (mut start, mut end) = (span.start, span.end);
    for k in 1..b.len().saturating_sub(2) {
        let glued = b[k] == b'.'
            && (b[k - 1].is_ascii_lowercase() || b[k - 1].is_ascii_digit())
            && b[k + 1].is_ascii_uppercase()
            && b[k + 2].is_ascii_lowercase();
        // After an abbreviation ("Fort Walton Beach, Fla. Born June 14, ..."), a clause that
        // opens with "Born", "He" or "She" is a new one.
        let opens = |w: &str| text[k + 1..].strip_prefix(' ').is_some_and(|r| r.starts_with(w));
        let after_abbreviation = b[k] == b'.' && (opens("Born ") || opens("He ") || opens("She "));
        if !glued && !after_abbreviation {
            continue;
        }
        let cut = span.start + k + 1 + usize::from(after_abbreviation);
        if cut <= at {
            start = cut;
        } else {
            end = cut;
            break;
        }
    }
    Span::new(start, end)
}

/// Whether a one-word name is a place, not a person: right after "in", "at", "near", "from" or
/// "of" ("of Lima"), or after a comma right behind such a place ("of Lima, OH"); a longer name
/// only after "in", "at" or "near" ("at Rosemount Pavilion").
fn is_place(ctx: &Ctx, m: &PersonMention, prev_place_end: Option<usize>) -> bool {
    let text = &ctx.article.text;
    if m.title.is_some() {
        return false;
    }
    let comma_before = text[..m.name.start].trim_end().ends_with(',');
    // "of Lima, OH", "in Fort Walton Beach, Fla.": a name no one introduced, after a comma.
    if comma_before && (prev_place_end.is_some() || (m.given.is_none() && m.person.is_none())) {
        return true;
    }
    if in_dateline(ctx, m) {
        return true;
    }
    let before = last_words(&text[..m.name.start], 1);
    match before.first().map(|w| &**w) {
        Some("in" | "at" | "near") => true,
        Some("of" | "from") => m.given.is_none(),
        _ => false,
    }
}

/// Where a dateline opening the line at `line_start` ends: a few capitalised words, perhaps with
/// a state after a comma, then a dash ("Newark - ", "SPARTANBURG, SC- ", "Sherman, IL—").
fn dateline_end(text: &str, line_start: usize) -> Option<usize> {
    let line = &text[line_start..];
    let dash = line.char_indices().take_while(|&(i, _)| i < 40).find(|&(_, c)| matches!(c, '-' | '–' | '—'))?.0;
    let place = &line[..dash];
    // A hyphen inside a word joins it ("Estates-Spartanburg"); a dateline's stands apart.
    let apart = line[dash..].starts_with(['–', '—']) || place.ends_with(' ') || line[dash + 1..].starts_with(' ');
    let words: Vec<&str> = place.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let capitalised = words.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()))
        && place.chars().all(|c| c.is_alphabetic() || matches!(c, ' ' | ',' | '.'));
    (apart && capitalised && (1..=4).contains(&words.len()))
        .then(|| line_start + dash + line[dash..].chars().next().map_or(1, char::len_utf8))
}

/// Whether a name is (part of) the dateline opening its line: a place, not a person.
pub(super) fn in_dateline(ctx: &Ctx, m: &PersonMention) -> bool {
    let text = &ctx.article.text;
    let line_start = text[..m.name.start].rfind('\n').map_or(0, |i| i + 1);
    dateline_end(text, line_start).is_some_and(|end| m.name.end < end)
}

/// The mentions of people (not places, not a fronted "Born") that start in `[start, end)`.
fn people_in<'a>(ctx: &'a Ctx, start: usize, end: usize) -> Vec<&'a PersonMention> {
    let all = &ctx.people().mentions;
    let from = all.partition_point(|m| m.name.start < start);
    let mut out = Vec::new();
    let mut place_end = None;
    for m in all[from..].iter().take_while(|m| m.name.start < end) {
        if is_place(ctx, m, place_end) {
            place_end = Some(m.name.end);
        } else if !ctx.text(m.name).eq_ignore_ascii_case("born") {
            out.push(m);
        }
    }
    out
}

/// The person a mention refers to, one index for the names one person goes by: the person it
/// was linked to; a surname or a first name alone, the one person introduced with it; a name
/// with a quoted nickname, and that nickname alone, one id.
fn person_of(ctx: &Ctx, m: &PersonMention) -> Option<usize> {
    if let Some(g) = nickname::group_of(ctx, m) {
        return Some(g);
    }
    let p = linked_person(ctx, m);
    if p.is_none() && m.given.is_none() {
        return nickname::by_nickname(ctx, &ctx.text(m.name).to_lowercase(), m.name.start);
    }
    p.map(|p| nickname::group_of_person(ctx, p).unwrap_or(p))
}

/// The person a mention was linked to, or the one introduced with its surname or first name.
fn linked_person(ctx: &Ctx, m: &PersonMention) -> Option<usize> {
    let people = ctx.people();
    // Introduced before the mention: a surname points back, never ahead.
    let before =
        |p: usize| people.persons[p].mentions.first().is_some_and(|&i| people.mentions[i].name.start <= m.name.start);
    if let Some(p) = m.person.filter(|&p| before(p)) {
        return Some(same_as_earlier(ctx, p));
    }
    if m.given.is_some() {
        return None;
    }
    let word = ctx.text(m.name).to_lowercase();
    let mut found: Vec<usize> =
        people.with_surname(&word).filter(|&p| before(p)).map(|p| same_as_earlier(ctx, p)).collect();
    if found.is_empty() {
        let given = (0..people.persons.len()).filter(|&p| before(p) && people.persons[p].given == word);
        found = given.map(|p| same_as_earlier(ctx, p)).collect();
    }
    found.dedup();
    match found.as_slice() {
        [p] => Some(*p),
        _ => None,
    }
}

/// The first person of the same surname whose full name holds this one's given name, or the
/// other way round ("Desmond Tutu" and "Archbishop Emeritus Desmond Mpilo Tutu").
fn same_as_earlier(ctx: &Ctx, p: usize) -> usize {
    let people = ctx.people();
    let full = |i: usize| {
        let m = &people.mentions[people.persons[i].mentions[0]];
        words(ctx.text(m.name)).into_iter().map(std::borrow::Cow::into_owned).collect::<Vec<_>>()
    };
    let me = &people.persons[p];
    (0..p)
        .find(|&q| {
            let other = &people.persons[q];
            other.surname == me.surname && (full(q).contains(&me.given) || full(p).contains(&other.given))
        })
        .unwrap_or(p)
}

/// The only person named before `at` in its paragraph, or, when none is, in the paragraph
/// before: whom a "he"/"she" opening a clause at `at` means.
fn antecedent(ctx: &Ctx, at: usize) -> Option<usize> {
    let paragraphs = &ctx.article.paragraphs;
    let para = paragraphs.partition_point(|p| p.end <= at).min(paragraphs.len().checked_sub(1)?);
    let mut named = people_in(ctx, paragraphs[para].start, at);
    if named.is_empty() && para > 0 {
        named = people_in(ctx, paragraphs[para - 1].start, paragraphs[para - 1].end);
    }
    let first = person_of(ctx, named.first()?)?;
    named.iter().all(|m| person_of(ctx, m) == Some(first)).then_some(first)
}

fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she")
}

/// Whose birth date `b` is: the subject its clause opens with, when only "was born" (after a
/// relative clause set off by commas) stands between; or the subject after a fronted "Born
/// DATE ..." clause.
fn birth_owner(ctx: &Ctx, b: &DateMention) -> Option<usize> {
    let text = &ctx.article.text;
    let unit = unit_of(ctx, b.span.start);
    let before = words(&text[unit.start..b.span.start]);
    if matches!(before.iter().map(|w| &**w).collect::<Vec<_>>().as_slice(), ["born"] | ["born", "on" | "in"]) {
        return fronted_subject(ctx, b.span.end, unit);
    }
    if before.first().is_some_and(|w| is_pronoun(w)) {
        return born_predicate(&before[1..]).then(|| antecedent(ctx, unit.start)).flatten();
    }
    let named = people_in(ctx, unit.start, b.span.start);
    let subject = named.first()?;
    let opens = subject.title.as_ref().map_or(subject.name.start, |t| t.span.start.min(subject.name.start));
    // A line's dateline before the subject: "Abilene - Ann Roe was born ...".
    let at_line = unit.start == 0 || text[..unit.start].trim_end_matches([' ', '\t']).ends_with('\n');
    let start = if at_line { dateline_end(text, unit.start).filter(|&e| e <= opens) } else { None };
    if !words(&text[start.unwrap_or(unit.start)..opens]).is_empty()
        || named.iter().any(|m| person_of(ctx, m) != person_of(ctx, subject))
    {
        return None;
    }
    let mut gap = &text[subject.name.end..b.span.start];
    // A relative clause set off by commas: "Tutu, who became archbishop in Cape Town, was born".
    if let Some(rest) = gap.trim_start().strip_prefix(", who ") {
        gap = rest.split_once(',')?.1;
    }
    born_predicate(&words(gap)).then(|| person_of(ctx, subject)).flatten()
}

/// Whether words are only "(was|is) born (on|in)".
fn born_predicate(w: &[Word]) -> bool {
    matches!(
        w.iter().map(|w| &**w).collect::<Vec<_>>().as_slice(),
        ["was" | "is", "born"] | ["was" | "is", "born", "on" | "in"]
    )
}

/// The subject after a fronted "Born DATE in PLACE," or "Born DATE - aside -": a he/she or a
/// name right after the clause ends.
fn fronted_subject(ctx: &Ctx, from: usize, unit: Span) -> Option<usize> {
    let text = &ctx.article.text;
    // A dash that sets off an aside: a long one, or a hyphen with spaces ("1903 - the year").
    let dash = |t: &str| t.find(['–', '—']).into_iter().chain(t.find(" - ")).chain(t.find(" -- ")).min();
    let rest = &text[from..unit.end];
    let comma = rest.find([',', ';']);
    let mut start = match (comma, dash(rest)) {
        (Some(c), d) if d.is_none_or(|d| c < d) => from + c + 1,
        (_, Some(d)) => {
            // An aside between two dashes: the subject follows the second.
            let opened = from + d + rest[d..].find(['-', '–', '—'])?;
            let closing = opened + 1 + dash(&text[opened + 1..unit.end])?;
            closing + text[closing..].find(['-', '–', '—'])?
        }
        _ => return None,
    };
    start = past_places(text, start, unit.end);
    while text[start..].starts_with(['-', '–', '—']) {
        start += text[start..].chars().next()?.len_utf8();
    }
    let next = text[start..unit.end].trim_start();
    let at = unit.end - next.len();
    if words(next).first().is_some_and(|w| is_pronoun(w)) {
        return antecedent(ctx, unit.start);
    }
    let m = people_in(ctx, at, unit.end).into_iter().next()?;
    let opens = m.title.as_ref().map_or(m.name.start, |t| t.span.start);
    (opens == at && !text[m.name.end..].starts_with(['\'', '’'])).then(|| person_of(ctx, m)).flatten()
}

/// Past the place phrases set off by commas from `start` ("Born March 7, 1932, in Landrum, SC,
/// she ..."): "in/at/near" and capitalised words, then capitalised words alone.
fn past_places(text: &str, mut start: usize, end: usize) -> usize {
    let mut after_place = false;
    while let Some(c) = text[start..end].find(',') {
        let piece: Vec<&str> = text[start..start + c].split_whitespace().collect();
        let lead = piece.first().is_some_and(|w| matches!(*w, "in" | "at" | "near"));
        let names = &piece[usize::from(lead)..];
        let capitalised = !names.is_empty() && names.iter().all(|w| w.starts_with(|c: char| c.is_uppercase()));
        if !(capitalised && (lead || after_place)) {
            break;
        }
        after_place = true;
        start += c + 1;
    }
    start
}

/// Words that say the death is someone else's, or the date is when it was told.
fn blocks_owner(w: &str) -> bool {
    matches!(
        w,
        "his" | "her" | "their" | "its" | "whose" | "and" | "said" | "says" | "told" | "after" | "when" | "following"
    )
}

/// Whose age `a` is: the name it stands beside ("Roe, 85,"); the name or he/she subject before
/// it with only a verb of dying between ("Roe has died at the age of 95"); or, with no one named
/// before, the person whose death the clause reports ("has died aged 124, ... the death of X").
fn age_owner(ctx: &Ctx, a: &NumberMention) -> Option<usize> {
    let text = &ctx.article.text;
    let unit = unit_of(ctx, a.span.start);
    let all = &ctx.people().mentions;
    let at = all.partition_point(|m| m.name.start < unit.start);
    let beside = all[at..]
        .iter()
        .take_while(|m| m.name.start < unit.end)
        .find(|m| m.age.as_ref().is_some_and(|x| x.span.start <= a.span.start && a.span.end <= x.span.end));
    if let Some(m) = beside {
        return person_of(ctx, m);
    }
    let named = people_in(ctx, unit.start, a.span.start);
    let (from, owner) = match named.last() {
        Some(m) => (m.name.end, person_of(ctx, m)?),
        None if words(&text[unit.start..a.span.start]).first().is_some_and(|w| is_pronoun(w)) => {
            (unit.start, antecedent(ctx, unit.start)?)
        }
        None => return death_of(ctx, a, unit),
    };
    let gap = &text[from..a.span.start];
    let w = words(gap);
    let dies = (0..w.len()).any(|i| death_word(&w, i));
    let clean = !w.iter().any(|x| blocks_owner(x)) && !gap.starts_with(['\'', '’']) && !gap.contains(';');
    (dies && clean && gap.matches(',').count() <= 2).then_some(owner)
}

/// The one person named in a clause with no named subject, when the clause reports their death
/// ("the death of Kane Tanaka") after a verb of dying before the age.
fn death_of(ctx: &Ctx, a: &NumberMention, unit: Span) -> Option<usize> {
    let text = &ctx.article.text;
    let w = words(&text[unit.start..a.span.start]);
    if !(0..w.len()).any(|i| death_word(&w, i)) {
        return None;
    }
    let named = people_in(ctx, unit.start, unit.end);
    let [m] = named.as_slice() else { return None };
    let before = last_words(&text[unit.start..m.name.start], 2);
    (before.iter().map(|w| &**w).collect::<Vec<_>>() == ["death", "of"]).then(|| person_of(ctx, m)).flatten()
}

/// When age `a` holds: at death when its clause says the person died (on the one date written
/// there, or by the dateline); else on the dateline, or by it when the paragraph speaks of a
/// death. None beside another dated event.
fn when<'a>(ctx: &'a Ctx, a: &NumberMention, b: &DateMention) -> Option<When<'a>> {
    let text = &ctx.article.text;
    let unit = unit_of(ctx, a.span.start);
    let w = words(&text[unit.start..unit.end]);
    let dated: Vec<&DateMention> = ctx.m.dates[ctx.m.sentence_dates(a.sentence)]
        .iter()
        .filter(|d| unit.contains(d.span) && d.span != b.span && d.invalid.is_none())
        .filter(|d| places_on_calendar(d))
        .collect();
    let Some(at) = (0..w.len()).find(|&i| death_word(&w, i)) else {
        if dated.iter().any(|d| d.year_explicit) {
            return None;
        }
        let para = |s: usize| ctx.article.sentences[s].paragraph;
        let (lo, hi) = (para(a.sentence).min(para(b.sentence)), para(a.sentence).max(para(b.sentence)));
        let pw = words(&text[ctx.article.paragraphs[lo].start..paragraph_end(ctx, hi)]);
        let obituary = (0..pw.len()).any(|i| death_word(&pw, i));
        return Some(if obituary { When::ByDateline } else { When::Dateline });
    };
    if w[..at].iter().any(|x| matches!(&**x, "his" | "her" | "their" | "whose")) {
        return None;
    }
    match death_date(ctx, &dated).ok()? {
        None => Some(When::ByDateline),
        // A date after a reporting verb is when the death was told, not when it happened.
        Some(d) if told_between(&words(&text[unit.start..d.span.start]), at) => Some(When::ByDateline),
        Some(d) => Some(When::Death(d)),
    }
}

/// Whether a date places something on the calendar: not a span of time, a repeat, nor
/// "formerly" or "now".
pub(super) fn places_on_calendar(d: &DateMention) -> bool {
    !matches!(d.kind, DateKind::Duration | DateKind::Set | DateKind::Ref)
}

/// The one date of a death clause, if any; a weekday written right before a full date
/// ("passed away Monday, Aug. 17, 2020", "died Monday (Aug. 17, 2020)") is part of it. Err when
/// several dates stand there.
pub(super) fn death_date<'a>(ctx: &Ctx, dates: &[&'a DateMention]) -> Result<Option<&'a DateMention>, ()> {
    match dates {
        [] => Ok(None),
        [d] => Ok(Some(d)),
        [w, d]
            if d.kind == DateKind::Absolute
                && d.year_explicit
                && w.kind == DateKind::Relative
                && w.span.end <= d.span.start
                && matches!(ctx.article.text[w.span.end..d.span.start].trim(), "" | "," | "(") =>
        {
            Ok(Some(d))
        }
        _ => Err(()),
    }
}

/// Whether a reporting verb stands between the verb of dying (word `death`) and a date whose
/// clause's words up to it are `upto`.
fn told_between(upto: &[Word], death: usize) -> bool {
    upto.iter()
        .skip(death + 1)
        .any(|x| matches!(&**x, "said" | "says" | "told" | "reported" | "announced" | "confirmed"))
}
