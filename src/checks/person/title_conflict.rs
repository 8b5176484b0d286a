//! person.title-conflict: one person given two offices that are held one at a time.
//!
//! What licenses a finding: two titles naming offices that exclude each other (two civil
//! offices, chancellor, premier and monarch among them, or two ranks: see `Office::excludes`),
//! each written right before a mention linked to one
//! person (the full name, or a surname only one introduced person has). Titles marked as not
//! current ("former", "then-", "-elect", "acting") and titles inside quotations are not read;
//! a person with any such title, or named in a sentence that tells of a change ("became",
//! "elected", "appointed", "ran for", "succeeded", ...), is left alone.

use crate::checks::context::{Ctx, Hit};
use crate::extract::people::Person;
use crate::finding::Related;

/// Words that tell of a change of office or of a race for one.
#[rustfmt::skip]
const CHANGE_WORDS: &[&str] = &[
    "became", "become", "becomes", "becoming", "elected", "reelected", "re-elected", "appointed", "sworn",
    "named", "promoted", "succeeded", "succeeds", "succeed", "replaced", "replaces", "replace", "ran",
    "running", "run", "runs", "campaign", "campaigned", "campaigning", "candidate", "candidacy", "nominee",
    "nominated", "won", "wins", "defeated", "seat", "served", "serving", "serve", "previously", "formerly",
    "until", "elevated", "resigned", "resigns", "stepped", "retired", "retiring", "joined", "vacated", "race",
    "bid", "elect", "election", "former", "later", "then", "now", "once", "term", "promotion", "demoted",
    "demotion", "rank", "reserve", "reserves",
];

/// Whether a sentence naming the person tells of a change of office.
fn change_told(ctx: &Ctx, person: &Person) -> bool {
    let people = ctx.people();
    person.mentions.iter().any(|&i| {
        let s = people.mentions[i].sentence();
        ctx.m.tokens[ctx.m.sentence_tokens(s)].iter().any(|t| {
            let w = ctx.text(t.span()).to_lowercase();
            CHANGE_WORDS.contains(&w.as_str())
                || w.ends_with("-elect")
                || w.starts_with("then-")
                || w.starts_with("ex-")
        })
    })
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let people = ctx.people();
    let mut out = Vec::new();
    for person in people.persons.iter().filter(|p| p.evidence) {
        let titled: Vec<_> = person
            .mentions
            .iter()
            .map(|&i| &people.mentions[i])
            .filter_map(|m| m.title.as_ref().map(|t| (m, t)))
            .filter(|(m, _)| !m.quoted)
            .collect();
        if titled.iter().any(|(_, t)| t.not_current) {
            continue;
        }
        let offices: Vec<_> = titled.iter().filter_map(|(m, t)| t.office.map(|o| (m, t, o))).collect();
        // The first title, and the first later one it excludes.
        let pair = offices
            .iter()
            .enumerate()
            .find_map(|(k, a)| offices[k + 1..].iter().find(|b| a.2.excludes(b.2)).map(|b| (a, b)));
        let Some((&(_, first, office), &(_, second, other))) = pair else { continue };
        if change_told(ctx, person) {
            continue;
        }
        let name = super::introduced_name(ctx, person);
        out.push(Hit {
            span: second.span,
            label: format!("also called {}", ctx.text(first.span)),
            vars: vec![
                ("name", name),
                ("first", office.name().to_string()),
                ("second", other.name().to_string()),
                ("first_line", ctx.line(first.span.start).to_string()),
            ],
            related: vec![Related { span: first.span, message: format!("called {} here", office.name()) }],
            ..Hit::default()
        });
    }
    out
}
