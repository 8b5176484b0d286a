//! Which part of a sentence a title sits in, so that it is dated by the time of its own clause
//! or noun phrase, not by any date the sentence holds.
//!
//! Two structures are read. An event noun phrase ("the 1974 resignation of President Nixon",
//! "President Clinton's 1999 impeachment trial") holds the title at the event's time. Clauses
//! split the sentence: a subordinate or relative clause ("when the wall fell in 1989", "who took
//! office in 2005,"), a contact relative clause after a time noun ("the day the border opened in
//! 1989") and reported speech after a speech verb ("said the vote was held in 2016") each carry
//! their own time, which does not date a title outside them.

use crate::extract::vocab::REPORTING_VERBS;
use crate::span::Span;

/// How an event noun holds the title of the person it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum EventKind {
    /// The event starts a term ("the 2008 election of President Obama"): the title names the
    /// office it led to, held within a year after.
    Start,
    /// Death and remembrance ("the funeral of President Ford", "President Lincoln's statue"): a
    /// title kept in honour, claimed for no date.
    Honorific,
    /// Anything else the person did or underwent: the title is held at the event's date.
    During,
    /// A body that lasts the term and acts in the clause ("President X's administration
    /// signed ..."): dated by its own date if it has one, else like the title's clause.
    Period,
}

/// Nouns of events and periods that a title+name can be the owner or object of.
#[rustfmt::skip]
const EVENT_NOUNS: &[(&str, EventKind)] = &[
    ("election", EventKind::Start), ("re-election", EventKind::Start), ("reelection", EventKind::Start),
    ("inauguration", EventKind::Start), ("swearing-in", EventKind::Start), ("nomination", EventKind::Start),
    ("appointment", EventKind::Start), ("victory", EventKind::Start), ("win", EventKind::Start),
    ("accession", EventKind::Start), ("elevation", EventKind::Start), ("campaign", EventKind::Start), ("cabinet", EventKind::Period),
    ("death", EventKind::Honorific), ("funeral", EventKind::Honorific), ("burial", EventKind::Honorific),
    ("memorial", EventKind::Honorific), ("legacy", EventKind::Honorific), ("statue", EventKind::Honorific),
    ("portrait", EventKind::Honorific), ("library", EventKind::Honorific), ("birthplace", EventKind::Honorific),
    ("birthday", EventKind::Honorific), ("grave", EventKind::Honorific), ("tomb", EventKind::Honorific),
    ("assassination", EventKind::During), ("killing", EventKind::During), ("murder", EventKind::During),
    ("shooting", EventKind::During), ("resignation", EventKind::During), ("impeachment", EventKind::During),
    ("ouster", EventKind::During), ("overthrow", EventKind::During), ("removal", EventKind::During),
    ("visit", EventKind::During), ("trip", EventKind::During), ("tour", EventKind::During),
    ("speech", EventKind::During), ("address", EventKind::During), ("remarks", EventKind::During),
    ("pardon", EventKind::During), ("veto", EventKind::During), ("signing", EventKind::During),
    ("meeting", EventKind::During), ("talks", EventKind::During), ("administration", EventKind::Period),
    ("presidency", EventKind::Period), ("premiership", EventKind::Period), ("chancellorship", EventKind::Period),
    ("government", EventKind::Period), ("tenure", EventKind::Period), ("term", EventKind::Period),
    ("era", EventKind::Period), ("reign", EventKind::Period), ("rule", EventKind::Period),
    ("arrival", EventKind::During), ("departure", EventKind::During), ("decision", EventKind::During),
    ("announcement", EventKind::During), ("order", EventKind::During),
];

fn event_kind(word: &str) -> Option<EventKind> {
    EVENT_NOUNS.iter().find(|(w, _)| *w == word).map(|&(_, k)| k)
}

/// An event noun phrase holding a title: the event's kind and where its date may be written
/// (the span between the determiner and the noun, and a short stretch after the phrase).
#[derive(Debug)]
pub(super) struct EventPhrase {
    pub kind: EventKind,
    /// Text in which a date of the event may sit.
    pub date_zones: Vec<Span>,
}

/// Word runs of a piece of text with their offsets.
fn word_spans(text: &str, base: usize) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let part = c.is_alphanumeric() || c == '-' || c == '\'' || c == '’' || c == '.';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let w = text[s..i].trim_end_matches('.');
                out.push((base + s, base + s + w.len(), w.to_lowercase()));
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// A stretch after an offset, up to `n` words and never past a comma, semicolon or period
/// that ends a clause.
fn short_stretch_after(text: &str, at: usize, end: usize, n: usize) -> Span {
    let rest = &text[at..end];
    let stop = rest.find([';', ':', '(']).unwrap_or(rest.len());
    let words = word_spans(&rest[..stop], at);
    let last = words.get(n.saturating_sub(1)).or(words.last()).map_or(at, |w| w.1);
    Span::new(at, last.max(at))
}

/// The event noun phrase a title+name sits in, if any: "the [date] EVENT of TITLE NAME [...]"
/// or "TITLE NAME's [date] [modifier] EVENT [...]".
pub(super) fn event_phrase(text: &str, sentence: Span, title: Span, name_end: usize) -> Option<EventPhrase> {
    let before = word_spans(&text[sentence.start..title.start], sentence.start);
    let n = before.len();
    if n >= 2 && before[n - 1].2 == "of" {
        let (noun_start, _, noun) = &before[n - 2];
        let kind = event_kind(noun)?;
        // The date between the determiner and the noun: "the 1963 assassination", "the Nov.
        // 22, 1963, assassination"; or right after the name: "of President X in 1963".
        let det = before[..n - 2].iter().rposition(|w| matches!(w.2.as_str(), "the" | "a" | "an" | "his" | "her"));
        let zone_start = det.map_or(*noun_start, |d| before[d].1);
        let after = short_stretch_after(text, name_end, sentence.end, 5);
        return Some(EventPhrase { kind, date_zones: vec![Span::new(zone_start, *noun_start), after] });
    }
    let rest = &text[name_end..sentence.end];
    let poss = ["'s ", "’s "].iter().find(|p| rest.starts_with(**p))?;
    let start = name_end + poss.len();
    let words = word_spans(&text[start..sentence.end], start);
    // Up to four words (a date and a modifier) before the event noun.
    let (k, (_, noun_end, noun)) = words.iter().enumerate().take(5).find(|(_, w)| event_kind(&w.2).is_some())?;
    let kind = event_kind(noun)?;
    if words[..k].iter().any(|w| matches!(w.2.as_str(), "and" | "or" | "but" | "was" | "is" | "had" | "has")) {
        return None;
    }
    let after = short_stretch_after(text, *noun_end, sentence.end, 5);
    Some(EventPhrase { kind, date_zones: vec![Span::new(start, *noun_end), after] })
}

/// Words that open a subordinate or relative clause.
#[rustfmt::skip]
const SUBORDINATORS: &[&str] = &[
    "that", "which", "who", "whom", "whose", "where", "when", "while", "whereas", "because", "although", "though",
    "if", "unless", "whether", "how", "why", "what", "whenever",
];

/// Prepositions: "that" after one is a determiner ("in that year"), and a time noun after one
/// is an adverbial of the verb ("on the day the treaty was signed").
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "in", "on", "at", "of", "for", "by", "from", "during", "since", "until", "to", "with", "after", "before",
    "about", "into", "over", "like",
];

/// Nouns of time that a contact relative clause can follow: "the day the border opened".
#[rustfmt::skip]
const TIME_NOUNS: &[&str] = &[
    "day", "night", "morning", "afternoon", "evening", "week", "weekend", "month", "year", "time", "moment",
    "summer", "winter", "spring", "autumn", "hour", "season", "date",
];

/// Words that start a clause's subject: determiners, pronouns.
#[rustfmt::skip]
const SUBJECT_STARTERS: &[&str] = &[
    "the", "a", "an", "this", "these", "those", "his", "her", "its", "their", "our", "my", "your", "he", "she",
    "it", "they", "we", "i", "you",
];

fn starts_subject(text: &str, w: &(usize, usize, String)) -> bool {
    SUBJECT_STARTERS.contains(&w.2.as_str())
        || text[w.0..].starts_with(char::is_uppercase)
            && crate::lexicon::month_number(&w.2).is_none()
            && crate::lexicon::weekday(&w.2).is_none()
            && !matches!(w.2.as_str(), "today" | "yesterday" | "tomorrow" | "last" | "next" | "this")
            && !w.2.chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// The clauses of a sentence: (offset where a stretch starts, clause id), in text order. Clause
/// 0 is the main clause; a subordinate clause ends at the next comma outside `dates`, where its
/// parent resumes.
pub(super) fn clauses(text: &str, sentence: Span, dates: &[Span]) -> Vec<(usize, usize)> {
    let mut segs = vec![(sentence.start, 0)];
    // Open clauses, innermost last: (clause id, index of its first word).
    let mut stack = vec![(0usize, 0usize)];
    let mut next_id = 1;
    let words = word_spans(&text[sentence.start..sentence.end], sentence.start);
    let mut prev_end = sentence.start;
    for (i, w) in words.iter().enumerate() {
        // A comma between the previous word and this one closes the innermost subordinate clause.
        let gap = &text[prev_end..w.0];
        let comma_at = gap.find(',').map(|c| prev_end + c);
        if let Some(c) = comma_at.filter(|&c| !dates.iter().any(|d| d.start <= c && c <= d.end + 1)) {
            if stack.len() > 1 {
                stack.pop();
                segs.push((c, stack.last().map_or(0, |s| s.0)));
            }
        }
        prev_end = w.1;
        let prev = i.checked_sub(1).map(|k| words[k].2.as_str());
        let opens = match w.2.as_str() {
            "that" => !prev.is_some_and(|p| PREPOSITIONS.contains(&p)),
            s if SUBORDINATORS.contains(&s) => true,
            _ => false,
        } || i > 0 && opens_contact_clause(text, &words, i);
        let own_start = stack.last().map_or(0, |s| s.1);
        if opens {
            stack.push((next_id, i));
            segs.push((w.0, next_id));
            next_id += 1;
        } else if opens_coordinate_clause(text, &words, own_start, i) {
            // "X named him ... and Y tapped him ... in 1990": the second clause replaces the
            // first at its level, with its own subject and its own time.
            stack.pop();
            stack.push((next_id, i));
            segs.push((w.0, next_id));
            next_id += 1;
        }
    }
    segs
}

/// Conjunctions that can join two clauses.
const COORDINATORS: &[&str] = &["and", "but", "or", "yet"];

/// Pronouns that are a clause's whole subject.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "it", "they", "we", "i", "you"];

/// Finite verbs (and auxiliaries) that do not end in "-ed".
#[rustfmt::skip]
const FINITE_VERBS: &[&str] = &[
    "is", "was", "were", "are", "has", "had", "have", "will", "would", "could", "should", "can", "may", "might",
    "must", "did", "does", "said", "says", "told", "took", "made", "met", "won", "lost", "gave", "left", "became",
    "ran", "went", "came", "saw", "sent", "led", "held", "set", "put", "got", "chose", "wrote", "spoke", "began",
    "brought", "bought", "sold", "built", "kept", "paid", "fell", "rose", "struck", "drew", "beat",
];

/// Whether a word reads as a finite verb: a lower-case past form in "-ed" or a common one.
fn is_finite_verb(text: &str, w: &(usize, usize, String)) -> bool {
    text[w.0..].starts_with(char::is_lowercase)
        && (FINITE_VERBS.contains(&w.2.as_str()) || w.2.len() >= 5 && w.2.ends_with("ed"))
}

/// Whether the word right after an offset reads as a finite verb ("Gov. Cuomo hired him").
pub(super) fn verb_follows(text: &str, at: usize) -> bool {
    let rest = &text[at..];
    let end = rest.char_indices().nth(40).map_or(rest.len(), |(i, _)| i);
    let words = word_spans(&rest[..end], at);
    words.first().is_some_and(|w| w.0 == at + 1 && text[at..w.0].trim().is_empty() && is_finite_verb(text, w))
}

/// Whether word i is a conjunction joining two clauses: the clause so far (from word
/// `own_start`) has a verb of its own, and after the conjunction comes a subject (a pronoun, or
/// a few words of a noun phrase or name) and then a verb. "President Reagan and Vice President
/// Bush met" joins two names, not two clauses.
fn opens_coordinate_clause(text: &str, words: &[(usize, usize, String)], own_start: usize, i: usize) -> bool {
    if !COORDINATORS.contains(&words[i].2.as_str()) || !words[own_start..i].iter().any(|w| is_finite_verb(text, w)) {
        return false;
    }
    let Some(first) = words.get(i + 1) else { return false };
    if SUBJECT_PRONOUNS.contains(&first.2.as_str()) {
        return words.get(i + 2).is_some_and(|w| is_finite_verb(text, w));
    }
    if !starts_subject(text, first) {
        return false;
    }
    // A subject of up to six words ("the new chief of staff"), with no preposition but "of",
    // and then the verb.
    for w in words.iter().skip(i + 2).take(6) {
        if is_finite_verb(text, w) {
            return true;
        }
        if w.2 != "of" && PREPOSITIONS.contains(&w.2.as_str()) || COORDINATORS.contains(&w.2.as_str()) {
            return false;
        }
    }
    false
}

/// Whether a clause without a subordinator starts at word i: after a time noun that is the
/// object, not an adverbial ("recalled the day the border opened"), or after a speech verb
/// ("said the vote was held").
fn opens_contact_clause(text: &str, words: &[(usize, usize, String)], i: usize) -> bool {
    let prev = words[i - 1].2.as_str();
    if !starts_subject(text, &words[i]) || text[words[i - 1].1..words[i].0].contains(',') {
        return false;
    }
    // Reported speech: "said the vote was held in June 2016".
    if REPORTING_VERBS.contains(&prev) {
        return true;
    }
    // "the day the border opened": the time noun's own determiner, with no preposition
    // before it ("on the day the treaty was signed" dates the verb).
    TIME_NOUNS.contains(&prev)
        && i >= 2
        && matches!(words[i - 2].2.as_str(), "the" | "that" | "this")
        && !(i >= 3 && PREPOSITIONS.contains(&words[i - 3].2.as_str()))
}

/// The clause id at an offset.
pub(super) fn clause_at(segs: &[(usize, usize)], at: usize) -> usize {
    segs.iter().take_while(|(s, _)| *s <= at).last().map_or(0, |&(_, id)| id)
}
