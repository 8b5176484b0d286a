//! An age and a birth date in different clauses, tied to one person by the subjects of their
//! clauses: an obituary's "Ann Roe, 85, of Lima, passed away Monday, Aug. 17, 2020. Ann was
//! born on June 26, 1935", a wire story's "X has died at the age of 95. X ... was born on 7
//! October 1931", a fronted "Born June 14, 1950 in Soso, she was ...".
//!
//! What ties them: the age stands beside its owner's name ("Roe, 85,"), or follows its owner's
//! name or a he/she subject with only a verb of dying between ("has died at the age of 95"), or
//! an unnamed subject's death names the person ("has died aged 124, ... reporting the death of
//! Kane Tanaka"). The birth date's owner is the subject its clause opens with ("Ann was born",
//! "Tutu, who ..., was born") or the subject after a fronted "Born DATE ..." clause (past its
//! place and parentage). A name is the person it was introduced as; a first name, a middle name
//! or a short form of the first name alone, the one person introduced with it (unless the
//! article gives that word to a relative: "his son, Jim"); a birth under another surname, the
//! person of that given name whose parents carry it. "He"/"she" is the only person named before
//! it in its paragraph (or in the paragraph before, when it opens its own), else the topic the
//! sentences before carry (the name that opens them, the pronoun agreeing). A lead describing
//! someone ("A Leeds grocer ... has died aged 92.") speaks of the name opening the next
//! sentence. Both must be one person, in one paragraph or two neighbouring ones.

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

/// Words that say someone died; "passed" only before "away", and the obituary's euphemisms
/// ("went to be with the Lord", "entered into rest", "joined her husband in heaven").
pub(super) fn death_word(w: &[Word], i: usize) -> bool {
    let at = |k: usize, word: &str| w.get(i + k).is_some_and(|n| n == word);
    let any = |k: usize, words: &[&str]| w.get(i + k).is_some_and(|n| words.contains(&&**n));
    match &*w[i] {
        "died" | "dies" | "killed" => true,
        // "passed away", "passed from this life"
        "passed" => at(1, "away") || (at(1, "from") && at(2, "this") && at(3, "life")),
        "departed" => at(1, "this") && at(2, "life"),
        // "went to be with the Lord", "went home to be with her Savior", "went to his eternal rest"
        // ("went to be with her daughter in Ohio" is a move, not a death.)
        "went" => {
            let home = at(1, "home");
            let k = usize::from(home);
            let with = at(k + 1, "to") && at(k + 2, "be") && at(k + 3, "with");
            let owner = usize::from(any(k + 4, &["the", "his", "her", "their", "our"]));
            let lord = any(k + 4 + owner, &["lord", "savior", "saviour", "jesus", "god", "christ"]);
            (with && (home || lord))
                || (at(k + 1, "to") && any(k + 2, &["his", "her", "their"]) && any(k + 3, &["eternal", "heavenly"]))
        }
        // "entered into rest", "entered into eternal rest", "entered eternal life"
        "entered" => {
            let k = usize::from(at(1, "into"));
            at(k + 1, "rest") || (at(k + 1, "eternal") && any(k + 2, &["rest", "life"]))
        }
        // "joined her husband in heaven", "joined her sister, Polly, and brother Bob in heaven"
        "joined" => (i + 1..w.len().min(i + 14)).any(|j| w[j] == "in" && w.get(j + 1).is_some_and(|n| n == "heaven")),
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
    let before = last_words(&text[..m.name.start], 2);
    match before.iter().map(|w| &**w).collect::<Vec<_>>().as_slice() {
        [.., "in" | "at" | "near"] => true,
        // "formerly of Ford Cliff", "a lifelong resident of Old Forge"
        ["formerly" | "resident" | "native" | "residents", "of"] => true,
        [.., "of" | "from"] => m.given.is_none(),
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
    // A first name alone; failing that, a middle name alone ("LaVern" of 'Maudie LaVern Blackburn
    // Landers'), or a short form of the first name ("Jim" of 'James A. Banks').
    let given = |p: usize| people.persons[p].given.split(' ').next().unwrap_or_default().to_string();
    let tests: [&dyn Fn(usize) -> bool; 3] =
        [&|p| people.persons[p].given == word, &|p| full_name(ctx, p).iter().rev().skip(1).any(|w| *w == word), &|p| {
            nickname::is_short_form(&word, &given(p))
        }];
    // A word the article also gives a relative ("his son, Jim") is no call name of the person.
    if found.is_empty() && names_a_relative(ctx, &word) {
        return None;
    }
    for test in tests {
        if found.is_empty() {
            found =
                (0..people.persons.len()).filter(|&p| before(p) && test(p)).map(|p| same_as_earlier(ctx, p)).collect();
        }
    }
    found.sort_unstable();
    found.dedup();
    match found.as_slice() {
        [p] => Some(*p),
        _ => None,
    }
}

/// Whether some mention of the one-word name `word` (lower case) follows a kinship noun, maybe
/// with other names and "and" between: "his son, Jim", "sons Bob and Jim".
fn names_a_relative(ctx: &Ctx, word: &str) -> bool {
    let text = &ctx.article.text;
    ctx.people().mentions.iter().filter(|m| m.given.is_none() && ctx.text(m.name).eq_ignore_ascii_case(word)).any(|m| {
        let before = text[..m.name.start].split_whitespace().rev().take(5);
        for token in before {
            // Not past the sentence's start ("... four children. Jim attended ...").
            if token.ends_with(['.', '!', '?', ';', ':']) {
                return false;
            }
            let w = token.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
            if KIN.contains(&w.as_str()) {
                return true;
            }
            if !(w == "and" || token.starts_with(|c: char| c.is_uppercase())) {
                return false;
            }
        }
        false
    })
}

/// Nouns that introduce a relative or companion by name.
#[rustfmt::skip]
const KIN: &[&str] = &[
    "son", "sons", "daughter", "daughters", "child", "children", "wife", "husband", "brother", "brothers",
    "sister", "sisters", "father", "mother", "grandson", "grandsons", "granddaughter", "granddaughters",
    "grandchildren", "nephew", "nephews", "niece", "nieces", "cousin", "cousins", "uncle", "aunt", "stepson",
    "stepdaughter", "partner", "friend", "companion", "fiance", "fiancee", "siblings", "sibling", "spouse",
];

/// The lower-case words of the name person `p` was introduced with.
fn full_name(ctx: &Ctx, p: usize) -> Vec<String> {
    let people = ctx.people();
    let m = &people.mentions[people.persons[p].mentions[0]];
    words(ctx.text(m.name)).into_iter().map(std::borrow::Cow::into_owned).collect()
}

/// The first person of the same surname whose full name holds this one's given name, or the
/// other way round ("Desmond Tutu" and "Archbishop Emeritus Desmond Mpilo Tutu").
/// A name that is the leading words of an earlier, longer one ("Billy Joe" after 'Billy Joe
/// Springfield') is that person too.
fn same_as_earlier(ctx: &Ctx, p: usize) -> usize {
    let people = ctx.people();
    let full = |i: usize| full_name(ctx, i);
    let me = &people.persons[p];
    let mine = full(p);
    let leading = |q: usize| {
        let theirs = full(q);
        mine.len() >= 2 && theirs.len() > mine.len() && theirs.starts_with(&mine) && !me.given.contains(' ')
    };
    let same = |q: usize| {
        let other = &people.persons[q];
        other.surname == me.surname && (full(q).contains(&me.given) || mine.contains(&other.given))
    };
    if let Some(q) = (0..p).find(|&q| same(q)) {
        return q;
    }
    let mut longer = (0..p).filter(|&q| leading(q));
    match (longer.next(), longer.next()) {
        (Some(q), None) => q,
        _ => p,
    }
}

/// Whom a "he"/"she" (`pronoun`) opening a clause at `at` means: the only person named before
/// `at` in its paragraph, or, when none is, in the paragraph before; else the topic of the
/// sentences before it.
fn antecedent(ctx: &Ctx, at: usize, pronoun: &str) -> Option<usize> {
    let paragraphs = &ctx.article.paragraphs;
    let para = paragraphs.partition_point(|p| p.end <= at).min(paragraphs.len().checked_sub(1)?);
    let mut named = people_in(ctx, paragraphs[para].start, at);
    if named.is_empty() && para > 0 {
        named = people_in(ctx, paragraphs[para - 1].start, paragraphs[para - 1].end);
    }
    let first = person_of(ctx, named.first()?);
    if first.is_some() && named.iter().all(|m| person_of(ctx, m) == first) {
        // Not when all the text says of them speaks against the pronoun ("Carl Fenn died with
        // his wife at his side. / She was born ...").
        let said = words(&ctx.article.text[named[0].name.end..at]);
        return first.filter(|_| gender_after(&said).is_none_or(|g| g.is_none_or(|g| g == pronoun)));
    }
    topic(ctx, at, pronoun)
}

/// The topic a pronoun at `at` carries on when several people are named before it ("Mary Ellen
/// Morgan, 93, ... joined her sister, Polly, in heaven. / She was born ..."): back through the
/// sentences that open with the same pronoun (or name no one), in this paragraph and the one
/// before, to the first that opens with a name. The pronoun must agree with what the text says
/// of that person: a sentence between opening with it, or "her"/"his", "widow of"/"son of" in
/// the name's own sentence, and nothing against it; a sentence that opens with the other
/// pronoun, or names people after something else, ends the search.
fn topic(ctx: &Ctx, at: usize, pronoun: &str) -> Option<usize> {
    let text = &ctx.article.text;
    let sentences = &ctx.article.sentences;
    let s = sentences.partition_point(|x| x.span.end <= at);
    let para = sentences.get(s)?.paragraph;
    let mut agreed = false;
    // The part of the pronoun's own sentence before it, then the sentences before.
    let own = (sentences[s].span.start < at).then(|| Span::new(sentences[s].span.start, at));
    let before = (0..s).rev().take_while(|&k| sentences[k].paragraph + 1 >= para).map(|k| sentences[k].span);
    for span in own.into_iter().chain(before) {
        let w = words(&text[span.start..span.end]);
        if let Some(p) = w.first().filter(|p| is_pronoun(p)) {
            if p != pronoun {
                return None;
            }
            agreed = true;
            continue;
        }
        let named = people_in(ctx, span.start, span.end);
        let Some(first) = named.first() else { continue };
        if !opens_with(ctx, span, first) {
            return None;
        }
        let who = person_of(ctx, first)?;
        match gender_after(&words(&text[first.name.end..span.end])) {
            Some(None) => return None,
            Some(Some(g)) if g != pronoun => return None,
            Some(Some(_)) => agreed = true,
            None => {}
        }
        return agreed.then_some(who);
    }
    None
}

/// Whether a sentence (or the part `span` of one) opens with mention `m`: nothing before it but
/// a dateline or a date set off by a comma ("On Tuesday, May 21, 2019, Mary Ellen Morgan ...").
fn opens_with(ctx: &Ctx, span: Span, m: &PersonMention) -> bool {
    let text = &ctx.article.text;
    let opens = m.title.as_ref().map_or(m.name.start, |t| t.span.start.min(m.name.start));
    let at_line = span.start == 0 || text[..span.start].trim_end_matches([' ', '\t']).ends_with('\n');
    let start = if at_line { dateline_end(text, span.start).filter(|&e| e <= opens) } else { None };
    let start = start.unwrap_or(span.start);
    let prefix = &text[start..opens];
    if words(prefix).is_empty() {
        return true;
    }
    // Only "on"/"in" and the words of dates, closed by a comma.
    let dated: Vec<Span> = ctx.m.dates_near(Span::new(start, opens)).iter().map(|d| d.span).collect();
    let outside = |i: usize| !dated.iter().any(|d| d.start <= i && i < d.end);
    let mut rest = String::new();
    for (i, c) in prefix.char_indices() {
        rest.push(if outside(start + i) { c } else { ' ' });
    }
    prefix.trim_end().ends_with(',') && words(&rest).iter().all(|w| matches!(&**w, "on" | "in"))
}

/// The gender the words of a name's sentence after it give that person: "her"/"his", or a
/// kinship noun before "of" ("widow of", "son of"). None when they say nothing; Some(None)
/// when they say both.
fn gender_after(w: &[Word]) -> Option<Option<&'static str>> {
    let (mut he, mut she) = (false, false);
    for (i, x) in w.iter().enumerate() {
        let of = w.get(i + 1).is_some_and(|n| n == "of");
        match &**x {
            "he" | "his" | "him" | "himself" => he = true,
            "she" | "her" | "hers" | "herself" => she = true,
            "widow" | "wife" | "daughter" | "mother" | "sister" if of => she = true,
            "widower" | "husband" | "son" | "father" | "brother" if of => he = true,
            _ => {}
        }
    }
    match (he, she) {
        (false, false) => None,
        (true, true) => Some(None),
        (true, false) => Some(Some("he")),
        (false, true) => Some(Some("she")),
    }
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
        return born_predicate(&before[1..]).then(|| antecedent(ctx, unit.start, &before[0])).flatten();
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
    if !born_predicate(&words(gap)) {
        return None;
    }
    born_as(ctx, subject, b.span.end, unit).or_else(|| person_of(ctx, subject))
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
    start = past_parentage(text, past_places(text, start, unit.end), unit.end);
    while text[start..].starts_with(['-', '–', '—']) {
        start += text[start..].chars().next()?.len_utf8();
    }
    let next = text[start..unit.end].trim_start();
    let at = unit.end - next.len();
    if let Some(p) = words(next).first().filter(|w| is_pronoun(w)) {
        return antecedent(ctx, unit.start, p);
    }
    // The name the clause opens with, even right after a comma, where a place would stand
    // ("Born April 2, 1950, Michael was ...").
    let all = &ctx.people().mentions;
    let m = all[all.partition_point(|m| m.name.start < at)..].first().filter(|m| m.name.start < unit.end)?;
    let opens = m.title.as_ref().map_or(m.name.start, |t| t.span.start);
    (opens == at && !text[m.name.end..].starts_with(['\'', '’'])).then(|| person_of(ctx, m)).flatten()
}

/// Past a fronted birth clause's parentage set off by commas ("Born Oct. 2, 1940, in Erie, son
/// of the late Matthew and Elma Kane, Jack ...", "..., to Charles and Helen Atkins, she ..."):
/// "(a|the) son/daughter/child of ..." or "to" and a capitalised word, up to the next comma.
fn past_parentage(text: &str, start: usize, end: usize) -> usize {
    let piece = &text[start..end];
    let w = words(piece);
    // "son of", "a daughter to", "as the only child of", "the eldest son of"
    let lead = w.iter().take_while(|x| matches!(&***x, "as" | "a" | "the" | "only" | "eldest" | "youngest")).count();
    let kin = w.get(lead).is_some_and(|x| matches!(&**x, "son" | "daughter" | "child"))
        && w.get(lead + 1).is_some_and(|x| x == "of" || x == "to");
    let to = piece.trim_start().strip_prefix("to ").is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()));
    match piece.find(',') {
        // A place after the parents' names goes on to the subject ("of Arcola, Montgomery County, Pa.,").
        Some(c) if kin || to => past_places_from(text, start + c + 1, end, true),
        _ => start,
    }
}

/// Past the place phrases set off by commas from `start` ("Born March 7, 1932, in Landrum, SC,
/// she ..."): "in/at/near" and capitalised words, then capitalised words alone.
fn past_places(text: &str, start: usize, end: usize) -> usize {
    past_places_from(text, start, end, false)
}

/// Past the place phrases from `start`; `after_place`: right after one already, where
/// capitalised words alone go on naming it ("of Arcola, Montgomery County, Pa., John ...").
fn past_places_from(text: &str, mut start: usize, end: usize, mut after_place: bool) -> usize {
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
        // Not a name after a preposition ("A baker who trained under Ian Reid has died aged 70").
        Some(m) if !after_preposition(text, m) => match person_of(ctx, m) {
            Some(p) => (m.name.end, p),
            None => return lead_owner(ctx, a, unit),
        },
        Some(_) => return lead_owner(ctx, a, unit),
        None => match words(&text[unit.start..a.span.start]).first().filter(|w| is_pronoun(w)) {
            Some(p) => (unit.start, antecedent(ctx, unit.start, p)?),
            None => return death_of(ctx, a, unit).or_else(|| lead_owner(ctx, a, unit)),
        },
    };
    let gap = &text[from..a.span.start];
    let w = words(gap);
    let dies = (0..w.len()).any(|i| death_word(&w, i));
    let clean = !w.iter().any(|x| blocks_owner(x)) && !gap.starts_with(['\'', '’']) && !gap.contains(';');
    // A name inside a lead's description ("A man who founded Overgate Hospice has died aged 92")
    // is not its subject.
    (dies && clean && gap.matches(',').count() <= 2).then_some(owner).or_else(|| lead_owner(ctx, a, unit))
}

/// Whether a name is the object of a preposition, not a clause's subject.
fn after_preposition(text: &str, m: &PersonMention) -> bool {
    let opens = m.title.as_ref().map_or(m.name.start, |t| t.span.start.min(m.name.start));
    let before = last_words(&text[..opens], 1);
    before.first().is_some_and(|w| {
        matches!(&**w, "of" | "under" | "by" | "with" | "to" | "for" | "from" | "about" | "than" | "like" | "against")
    })
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
        // "X was born ... and died Aug. 16, 2016": the birth's clause may date the death.
        None => Some(death_beside_birth(ctx, b).map_or(When::ByDateline, When::Death)),
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

// An age whose clause names no one before it as its subject: a news lead that describes the
// person before naming them ("A Leeds grocer who ... has died aged 92. / Ivo Marsh was born
// ..."), and an age fronted before the subject ("On May 3, 2021, at the age of 80, Ann
// departed this life").

/// The person age `a` (in clause `unit`, no one named before it) is the age of.
fn lead_owner(ctx: &Ctx, a: &NumberMention, unit: Span) -> Option<usize> {
    fronted_age(ctx, a, unit).or_else(|| described(ctx, a, unit))
}

/// "On May 3, 2021, at the age of 80, Ann departed this life": before the age only dates and
/// "on/at the age of"; after it, a comma, a name, and a verb of dying.
fn fronted_age(ctx: &Ctx, a: &NumberMention, unit: Span) -> Option<usize> {
    let text = &ctx.article.text;
    let dated: Vec<Span> = ctx.m.dates_near(Span::new(unit.start, a.span.start)).iter().map(|d| d.span).collect();
    let masked: String = text[unit.start..a.span.start]
        .char_indices()
        .map(|(i, c)| if dated.iter().any(|d| d.start <= unit.start + i && unit.start + i < d.end) { ' ' } else { c })
        .collect();
    let only_when = words(&masked).iter().all(|w| matches!(&**w, "on" | "in" | "at" | "the" | "age" | "of" | "aged"));
    let rest = text[a.span.end..unit.end].strip_prefix(',')?;
    let at = unit.end - rest.trim_start().len();
    let all = &ctx.people().mentions;
    let m = all[all.partition_point(|m| m.name.start < at)..].first().filter(|m| m.name.start == at)?;
    let after = words(&text[m.name.end..unit.end]);
    (only_when && !after.is_empty() && death_word(&after, 0)).then(|| person_of(ctx, m)).flatten()
}

/// The article's opening sentence describes someone ("A ..."/"The ...") who "has died aged 92",
/// and the next sentence opens with a full name: the lead's person.
fn described(ctx: &Ctx, a: &NumberMention, unit: Span) -> Option<usize> {
    let text = &ctx.article.text;
    if a.sentence != 0 || unit.start != ctx.article.sentences[0].span.start {
        return None;
    }
    let w = words(&text[unit.start..a.span.start]);
    // Not a relative described ("The widow of a former mayor has died aged 80"): the name that
    // follows may be the other one's.
    let described = w.first().is_some_and(|x| matches!(&**x, "a" | "an" | "the"))
        && !w.iter().any(|x| KIN.contains(&&**x) || matches!(&**x, "widow" | "widower"));
    // The age right after the verb of dying: "died aged 92", "died at the age of 92", "died at 92".
    let attached = (0..w.len()).rev().find(|&i| death_word(&w, i)).is_some_and(|i| {
        let tail = &w[i + 1..];
        let tail = if tail.first().is_some_and(|x| x == "away") { &tail[1..] } else { tail };
        tail.iter().all(|x| matches!(&**x, "aged" | "at" | "the" | "age" | "of"))
    });
    let next = ctx.article.sentences.get(1)?.span;
    let all = &ctx.people().mentions;
    let m = all[all.partition_point(|m| m.name.start < next.start)..].first()?;
    let named = m.given.is_some() && m.name.end <= next.end && opens_with(ctx, next, m);
    // Someone the lead itself names is someone else than the one it describes.
    let first =
        &all[all.partition_point(|x| x.name.start < unit.start)..all.partition_point(|x| x.name.start < unit.end)];
    let named = named && !first.iter().any(|x| x.person.is_some() && x.person == m.person);
    (described && attached && named).then(|| person_of(ctx, m)).flatten()
}

/// A death dated in the birth's own clause: "was born Feb. 15, 1929, and died Aug. 16, 2016".
fn death_beside_birth<'a>(ctx: &'a Ctx, b: &DateMention) -> Option<&'a DateMention> {
    let text = &ctx.article.text;
    let unit = unit_of(ctx, b.span.start);
    ctx.m.dates[ctx.m.sentence_dates(b.sentence)]
        .iter()
        .filter(|d| d.span.start > b.span.end && d.span.end <= unit.end)
        .filter(|d| d.kind == DateKind::Absolute && d.year_explicit && d.invalid.is_none())
        .find(|d| {
            let w = words(&text[b.span.end..d.span.start]);
            w.len() <= 4
                && (0..w.len()).any(|i| death_word(&w, i))
                && w.iter().all(|x| matches!(&**x, "and" | "died" | "on" | "passed" | "away"))
        })
}

// A birth told under the birth surname: "Ann R. Voss, 88, died ... Ann Ruth Kemper was born
// May 2, 1935, to Carl and Ida Kemper": the subject of the birth shares the given name of
// someone named before (any middle name agreeing, in full or by its initial), and the parents
// named in the birth's clause carry the subject's surname: it is the surname that person was
// born with.

/// The earlier person the birth subject `subject` (in clause `unit`, its date ending at
/// `after`) was born as, if one.
fn born_as(ctx: &Ctx, subject: &PersonMention, after: usize, unit: Span) -> Option<usize> {
    let people = ctx.people();
    let p = subject.person?;
    subject.given?;
    // Only a name this birth introduces: a name met before is that person already.
    let first = &people.mentions[*people.persons[p].mentions.first()?];
    if first.name != subject.name {
        return None;
    }
    let mine = words(ctx.text(subject.name));
    let surname = mine.last()?.clone();
    // The parents after "to" or "of", with the subject's surname.
    let parents = people_in(ctx, after, unit.end).into_iter().any(|m| {
        let said = words(&ctx.article.text[after..m.name.start]);
        words(ctx.text(m.name)).last() == Some(&surname) && said.iter().any(|w| w == "to" || w == "of")
    });
    if !parents {
        return None;
    }
    let middle_agrees = |theirs: &[std::borrow::Cow<str>]| {
        let inner = &mine[1..mine.len() - 1];
        theirs[1..theirs.len() - 1]
            .iter()
            .all(|w| inner.iter().any(|x| x == w || (w.chars().count() == 1 && x.starts_with(&**w))))
    };
    let mut found = (0..p).filter(|&q| {
        let m = &people.mentions[people.persons[q].mentions[0]];
        let theirs = words(ctx.text(m.name));
        theirs.len() >= 2 && theirs[0] == mine[0] && theirs.last() != Some(&surname) && middle_agrees(&theirs)
    });
    let q = found.next()?;
    found.next().is_none().then(|| person_of(ctx, &people.mentions[people.persons[q].mentions[0]])).flatten()
}
