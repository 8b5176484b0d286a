//! person.age-conflict: one person's age stated twice with different values.
//!
//! What licenses a finding: two ages written beside mentions linked to one person ("Tom Reyes,
//! 52," and "the 25-year-old Reyes", where Reyes is the only Reyes introduced), neither in a
//! quotation, and neither in a sentence that dates it: an explicit year ("in 1999, aged 40"),
//! "at 30", "then", "when", "ago", "at the time", "turned", a birthday or a death.

use crate::checks::context::{Ctx, Hit};
use crate::finding::Related;

/// Words that put an age at another time than the article's.
#[rustfmt::skip]
const DATING_WORDS: &[&str] = &[
    "then", "when", "ago", "turned", "turns", "turning", "birthday", "born", "died", "dies", "death", "until",
    "later", "earlier", "once",
];

/// Whether a sentence puts the ages in it at a time of their own.
fn dated(ctx: &Ctx, sentence: usize) -> bool {
    if ctx.m.dates[ctx.m.sentence_dates(sentence)].iter().any(|d| d.year_explicit) {
        return true;
    }
    let span = ctx.article.sentences[sentence].span;
    let lower = ctx.text(span).to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    words.iter().any(|w| DATING_WORDS.contains(w))
        || lower.contains("at the time")
        || words.windows(2).any(|p| p[0] == "at" && p[1].starts_with(|c: char| c.is_ascii_digit()))
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let people = ctx.people();
    let mut out = Vec::new();
    for person in &people.persons {
        let ages: Vec<_> = person
            .mentions
            .iter()
            .map(|&i| &people.mentions[i])
            .filter(|m| !m.quoted)
            .filter_map(|m| m.age.as_ref().map(|a| (m, a)))
            .filter(|(m, _)| !dated(ctx, m.sentence()))
            .collect();
        let Some(&(_, first)) = ages.first() else { continue };
        let Some(&(_, second)) = ages.iter().find(|(_, a)| a.value != first.value) else { continue };
        let name = super::introduced_name(ctx, person);
        out.push(Hit {
            span: second.span,
            label: format!("{name} is {} on line {}", first.value, ctx.line(first.span.start)),
            vars: vec![
                ("name", name),
                ("first", first.value.to_string()),
                ("second", second.value.to_string()),
                ("first_line", ctx.line(first.span.start).to_string()),
            ],
            related: vec![Related { span: first.span, message: format!("stated as {} here", first.value) }],
            ..Hit::default()
        });
    }
    out
}
