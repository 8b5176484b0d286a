//! person.name-spelling: a surname written once in a way close to an introduced person's.
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

use std::collections::{HashMap, HashSet};

use crate::checks::context::{Ctx, Hit};
use crate::extract::people::{edit_distance, PersonMention};
use crate::extract::words::TokenKind;
use crate::finding::{Applicability, Edit, Fix, Related};

/// Whether two lower-case surnames are close enough to be one misspelt.
fn close(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la < 5 || lb < 5 || a.chars().next() != b.chars().next() || a == b {
        return false;
    }
    let allowed = if la.min(lb) >= 9 { 2 } else { 1 };
    edit_distance(a, b) <= allowed
}

/// Whether a surname-alone mention is tied to a person by its context.
fn linked_by_context(m: &PersonMention) -> bool {
    // A name with its own age is someone introduced ("Lindsay, 9, said"), often by first name.
    m.given.is_none()
        && !m.quoted
        && m.age.is_none()
        && (m.attributed || m.title.as_ref().is_some_and(|t| !t.not_current))
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let people = ctx.people();
    let mut out = Vec::new();
    // The article's words as written, and how often each is written without a possessive:
    // counted once, as a scan of every word per mention grew with mentions x words.
    let mut words: HashSet<&str> = HashSet::new();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    if people.mentions.iter().any(linked_by_context) {
        for t in ctx.m.tokens.iter().filter(|t| t.kind == TokenKind::Word) {
            let w = ctx.text(t.span);
            words.insert(w);
            *counts.entry(w.trim_end_matches("'s").trim_end_matches("’s")).or_default() += 1;
        }
    }
    let count = |w: &str| counts.get(w).copied().unwrap_or(0);
    for m in people.mentions.iter().filter(|m| linked_by_context(m)) {
        // "Lindsay, a camper, said": an apposition introduces someone new.
        let after = &ctx.article.text[m.surname.end..];
        if [", a ", ", an ", ", the ", ", who ", ", whose "].iter().any(|a| after.starts_with(a)) {
            continue;
        }
        let variant = ctx.text(m.surname);
        let low = variant.to_lowercase();
        if people.in_longer_name(variant) || people.with_surname(&low).next().is_some() || words.contains(low.as_str())
        {
            continue;
        }
        let mut close_people = people.persons.iter().filter(|p| p.evidence && close(&p.surname, &low));
        let (Some(person), None) = (close_people.next(), close_people.next()) else { continue };
        let Some(first) = person.mentions.first().map(|&i| &people.mentions[i]) else { continue };
        if first.name.start > m.surname.start {
            continue;
        }
        let introduced = ctx.text(first.surname);
        if count(variant) > count(introduced) {
            continue;
        }
        let name = super::introduced_name(ctx, person);
        out.push(Hit {
            span: m.surname,
            label: format!("introduced as {name}"),
            vars: vec![("variant", variant.to_string()), ("name", name.clone()), ("surname", introduced.to_string())],
            related: vec![Related { span: first.name, message: format!("introduced here as {name}") }],
            fixes: vec![Fix {
                description: format!("Write {introduced}"),
                edits: vec![Edit { span: m.surname, replacement: introduced.to_string() }],
                applicability: Applicability::Suggested,
            }],
            ..Hit::default()
        });
    }
    out
}
