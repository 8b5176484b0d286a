//! person.name-spelling: a surname written once in a way close to an introduced person's (given
//! names written two ways are read in `given_spelling`).
//!
//! What licenses a finding: a person introduced by a full name with some evidence of being a
//! person (a title, an age, a reporting verb), and later a surname alone that is never
//! introduced itself (no full name, no longer capitalised run holds it, never written in lower
//! case), linked to that person by context: a title or "Ms." before it, or a reporting verb
//! beside it ("Kowalcyk said"). The variant must be one edit from the introduced surname (two
//! for long names), start with the same letter, be written after the introduction, and appear
//! no more often than the introduced surname, and have no age of its own (a child or a source
//! named by first name: "Lindsay, 9, said") nor an apposition ("Lindsay, a camper, said"). Two introduced people with close names are never
//! compared, and a variant close to two introduced surnames is left alone.

use std::cell::OnceCell;
use std::collections::HashSet;

use crate::checks::context::{Ctx, Hit};
use crate::extract::people::{edit_distance, PersonMention};
use crate::extract::words::TokenKind;
use crate::extract::wordset::{FastMap, FastSet};

use super::spelling::Spelling;

/// Whether two lower-case surnames are close enough to be one misspelt.
fn close(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la < 5 || lb < 5 || a.chars().next() != b.chars().next() || a == b {
        return false;
    }
    // "The Kochaneks" after "Stephen M. Kochanek": a family named in the plural.
    if is_plural_of(b, a) {
        return false;
    }
    let allowed = if la.min(lb) >= 9 { 2 } else { 1 };
    (1..=allowed).contains(&edit_distance(a, b))
}

/// Whether `plural` is `name` with a plural ending ("Kochaneks", "Joneses").
fn is_plural_of(plural: &str, name: &str) -> bool {
    plural.strip_prefix(name).is_some_and(|end| end == "s" || end == "es")
}

/// Whether a surname-alone mention is tied to a person by its context.
fn linked_by_context(m: &PersonMention) -> bool {
    // A name with its own age is someone introduced ("Lindsay, 9, said"), often by first name.
    m.given.is_none()
        && !m.quoted
        && m.age.is_none()
        && (m.attributed || m.title.as_ref().is_some_and(|t| !t.not_current))
}

/// The words of an article as written, and the count of each without a possessive.
type WordTable<'a> = (FastSet<&'a str>, FastMap<&'a str, usize>);

fn word_table<'a>(ctx: &'a Ctx<'a>) -> WordTable<'a> {
    let mut table = WordTable::default();
    for t in ctx.m.tokens.iter().filter(|t| t.kind() == TokenKind::Word) {
        let w = ctx.text(t.span());
        table.0.insert(w);
        // Only a word ending in "s" can end in a possessive.
        let stem = if w.ends_with('s') { w.trim_end_matches("'s").trim_end_matches("’s") } else { w };
        *table.1.entry(stem).or_default() += 1;
    }
    table
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let people = ctx.people();
    let mut out = Vec::new();
    // The article's words, and how often each is written without a possessive: counted once,
    // on first use (a scan of every word per mention grew with mentions x words).
    let table: OnceCell<WordTable> = OnceCell::new();
    let words = || table.get_or_init(|| word_table(ctx));
    let count = |w: &str| words().1.get(w).copied().unwrap_or(0);
    // One finding for each person and spelling when the introduction is the odd one out.
    let mut reported: HashSet<(usize, String)> = HashSet::new();
    for m in people.mentions.iter().filter(|m| linked_by_context(m)) {
        // "Lindsay, a camper, said": an apposition introduces someone new.
        let after = &ctx.article.text[m.surname.end..];
        if [", a ", ", an ", ", the ", ", who ", ", whose "].iter().any(|a| after.starts_with(a)) {
            continue;
        }
        let variant = ctx.text(m.surname);
        let low = variant.to_lowercase();
        if people.in_longer_name(variant) || people.with_surname(&low).next().is_some() {
            continue;
        }
        let mut close_people = people.persons.iter().enumerate().filter(|(_, p)| p.evidence && close(&p.surname, &low));
        let (Some((pi, person)), None) = (close_people.next(), close_people.next()) else { continue };
        // Asked only of a variant close to one person: most articles never build the table.
        if words().0.contains(low.as_str()) {
            continue;
        }
        let Some(first) = person.mentions.first().map(|&i| &people.mentions[i]) else { continue };
        if first.name.start > m.surname.start {
            continue;
        }
        let (n_variant, n_introduced) = (count(variant), count(ctx.text(first.surname)));
        if n_variant > n_introduced && !reported.insert((pi, low)) {
            continue;
        }
        let name = super::introduced_name(ctx, person);
        let spelling =
            Spelling { variant: (m.surname, n_variant), introduced: (first.surname, n_introduced), name: first.name };
        out.push(spelling.hit(ctx, &name));
    }
    out.extend(super::given_spelling::hits(ctx, &count));
    out
}
