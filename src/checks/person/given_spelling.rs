//! person.name-spelling, given names: one person's given name written two ways ("Rep. Arland
//! Stangeland ... Rep. Arlan Stangeland").
//!
//! What licenses a finding: exactly two people introduced with one surname (and suffix), whose
//! first given names are close (one edit, two for names of nine letters or more), start with the
//! same letter, have four letters or more, and are not two given names that differ by an ending
//! ("Carl"/"Carla", "Mark"/"Mary"); tied by context: both carry the same title that is an office
//! (not "Mr." or "Dr."), no two different ages, in different sentences, outside quotations, and
//! no word of kinship in a sentence naming either ("his wife", "her brother"): two relatives of
//! one name are two people. The later name must not introduce itself: no age or apposition of
//! its own ("Rep. Arlan Stangeland, a farmer, said").

use super::spelling::Spelling;
use crate::checks::context::{Ctx, Hit};
use crate::extract::people::{edit_distance, Person, PersonMention};

/// Words that tell two people of one surname are relatives.
#[rustfmt::skip]
const KINSHIP: &[&str] = &[
    "wife", "husband", "son", "daughter", "brother", "sister", "father", "mother", "widow", "widower", "cousin",
    "twin", "spouse", "partner", "uncle", "aunt", "nephew", "niece", "grandson", "granddaughter", "sons",
    "daughters", "brothers", "sisters", "parents", "couple", "family", "married", "siblings", "children",
];

/// Whether two lower-case given names are close enough to be one misspelt.
fn close(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.min(lb) < 4 || a == b || a.chars().next() != b.chars().next() {
        return false;
    }
    // "Carl"/"Carla", "Mark"/"Mary", "Daniel"/"Daniela": given names of their own that differ by
    // a last vowel or "y".
    let (short, long) = if la <= lb { (a, b) } else { (b, a) };
    let vowel_end = |s: &str| s.ends_with(['a', 'e', 'i', 'o', 'u', 'y']);
    let stem = |s: &str| s[..s.len() - s.chars().last().map_or(0, char::len_utf8)].to_string();
    if (la != lb && long.starts_with(short) && vowel_end(long))
        || (la == lb && stem(a) == stem(b) && (vowel_end(a) || vowel_end(b)))
    {
        return false;
    }
    (1..=if la.min(lb) >= 9 { 2 } else { 1 }).contains(&edit_distance(a, b))
}

/// A person's first full-name mention outside quotations, with an office title.
fn titled_full_mention<'c>(ctx: &'c Ctx, p: &Person) -> Option<&'c PersonMention> {
    let people = ctx.people();
    p.mentions
        .iter()
        .map(|&i| &people.mentions[i])
        .find(|m| m.given.is_some() && !m.quoted && m.title.as_ref().is_some_and(|t| !t.honorific && !t.not_current))
}

/// Whether a sentence holds a word of kinship.
fn kinship_in(ctx: &Ctx, sentence: usize) -> bool {
    ctx.m.tokens[ctx.m.sentence_tokens(sentence)]
        .iter()
        .any(|t| KINSHIP.contains(&ctx.text(t.span()).to_lowercase().as_str()))
}

pub(super) fn hits(ctx: &Ctx, count: &dyn Fn(&str) -> usize) -> Vec<Hit> {
    let people = ctx.people();
    let mut out = Vec::new();
    for a in &people.persons {
        let same: Vec<&Person> = people.with_surname(&a.surname).map(|p| &people.persons[p]).collect();
        if same.len() != 2 || !std::ptr::eq(same[0], a) {
            continue;
        }
        let b = same[1];
        let split = |p: &Person| {
            p.given.split_once(' ').map_or((p.given.clone(), String::new()), |(g, s)| (g.into(), s.into()))
        };
        let ((ga, sa), (gb, sb)) = (split(a), split(b));
        if sa != sb || !close(&ga, &gb) {
            continue;
        }
        let (Some(ma), Some(mb)) = (titled_full_mention(ctx, a), titled_full_mention(ctx, b)) else { continue };
        let title = |m: &PersonMention| m.title.as_ref().map(|t| ctx.text(t.span).trim_end_matches('.').to_lowercase());
        let ages = |p: &Person| {
            p.mentions.iter().filter_map(|&k| people.mentions[k].age.as_ref().map(|x| x.value)).collect::<Vec<_>>()
        };
        let (aa, ab) = (ages(a), ages(b));
        let other_age = aa.iter().any(|x| ab.iter().any(|y| x != y));
        let sentences = || a.mentions.iter().chain(&b.mentions).map(|&k| people.mentions[k].sentence());
        if title(ma) != title(mb) || ma.sentence == mb.sentence || other_age || sentences().any(|s| kinship_in(ctx, s))
        {
            continue;
        }
        // The person introduced first holds the introduced spelling.
        let (first, later, person) = if ma.name.start < mb.name.start { (ma, mb, a) } else { (mb, ma, b) };
        // A later full name with its own age or apposition introduces someone new ("Arlan
        // Stangeland, a farmer from Austin, said").
        let after = &ctx.article.text[later.name.end..];
        if later.age.is_some() || [", a ", ", an ", ", the ", ", who ", ", whose "].iter().any(|a| after.starts_with(a))
        {
            continue;
        }
        let (Some(given_first), Some(given_later)) = (first.given, later.given) else { continue };
        let spelling = Spelling {
            variant: (given_later, count(ctx.text(given_later))),
            introduced: (given_first, count(ctx.text(given_first))),
            name: first.name,
        };
        out.push(spelling.hit(ctx, &super::introduced_name(ctx, person)));
    }
    out
}
