//! fact.affiliation: a party or state label beside a member of Congress that the record
//! contradicts at the article's date ("Sen. Elizabeth Warren, R-Mass.", "Jim Jordan, an Ohio
//! Democrat").
//!
//! A label is read beside a full name (with or without a title) or beside a title and surname
//! ("Sen. Warren"). A full name is one person, so any label it contradicts is a finding. A
//! surname may be someone else's (a state senator, a former member): it is judged only when the
//! label's state is the member's and the party is not, the one reading where the label itself
//! picks the member out.

use chrono::NaiveDate;

use super::labels::{before, prose_after, wire_after, wire_label, Label, STATES};
use crate::calendar::long_date;
use crate::checks::context::{Ctx, Hit};
use crate::rules::{Facts, Office};
use crate::span::Span;

/// Words before a title or name that put the label in another time.
const NOT_NOW: &[&str] = &["former", "ex", "then", "late", "onetime", "one-time", "state"];

/// One mention of a member: where the name ends, where the mention starts, the terms it may
/// mean, and whether only a surname was written.
struct Mention<'a> {
    start: usize,
    name_end: usize,
    terms: Vec<&'a Office>,
    by_surname: bool,
    any_time: bool,
}

/// Text that every prose label contains: a party word (see `labels::party_of`).
const PARTY_MARKS: &[&str] = &["Democrat", "Republican", "GOP", "ndependent"];

/// Whether the text may hold a label the readers accept: a party word, or a wire label's "D-",
/// "R-" or "I-" right after ", " or " (" (as `labels::wire_after` reads it; "COVID-19" is none).
fn may_hold_label(text: &str) -> bool {
    let bytes = text.as_bytes();
    let wire_at = |hyphen: usize| {
        let before = &bytes[..hyphen];
        matches!(before.last(), Some(b'D' | b'R' | b'I')) && {
            let before = &before[..before.len() - 1];
            before.ends_with(b", ") || before.ends_with(b" (")
        }
    };
    PARTY_MARKS.iter().any(|m| text.contains(m)) || memchr::memchr_iter(b'-', bytes).any(wire_at)
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let facts = &ctx.rules.facts;
    let text = &ctx.article.text;
    // Every label the readers accept holds one of these; without one, finding the names (and
    // building their automata, most of a short run's time) is wasted.
    if !may_hold_label(text) || !facts.offices.iter().any(|o| o.party.is_some()) {
        return vec![];
    }
    let date = ctx.article.dateline_date();
    let mut out = Vec::new();
    for m in mentions(ctx, facts) {
        let labels = [wire_after(text, m.name_end), prose_after(text, m.name_end), before(text, m.start)];
        for label in labels.into_iter().flatten() {
            if let Some(hit) = judge(ctx, &m, &label, date) {
                out.push(hit);
                break;
            }
        }
    }
    out
}

/// Every titled or untitled mention of a person whose terms carry a party.
fn mentions<'a>(ctx: &Ctx, facts: &'a Facts) -> Vec<Mention<'a>> {
    let text = &ctx.article.text;
    let mut out: Vec<Mention<'a>> = Vec::new();
    for fm in facts.find_titles(text) {
        let by_surname = fm.offices.is_empty();
        let idx = if by_surname { &fm.by_surname } else { &fm.offices };
        // A full name: every term of the holder, whatever the title, carries the party.
        let terms: Vec<&Office> = if by_surname {
            idx.iter().map(|&i| &facts.offices[i]).collect()
        } else {
            facts.terms_of(idx.iter().map(|&i| facts.offices[i].holder.as_str()))
        };
        let any_time = NOT_NOW.contains(&super::preceding_word(text, fm.title_span.start).as_str());
        out.push(Mention { start: fm.title_span.start, name_end: fm.span.end, terms, by_surname, any_time });
    }
    for (people, span) in facts.find_people(text) {
        if out.iter().any(|m| m.name_end == span.end) || !text[span.start..span.end].contains(' ') {
            continue;
        }
        let terms = facts.terms_of(people.iter().map(|&p| facts.people[p].name.as_str()));
        let any_time = NOT_NOW.contains(&super::preceding_word(text, span.start).as_str());
        out.push(Mention { start: span.start, name_end: span.end, terms, by_surname: false, any_time });
    }
    out.retain(|m| m.terms.iter().any(|o| o.party.is_some()));
    out
}

fn fits(o: &Office, l: &Label) -> bool {
    l.party.is_none_or(|p| o.party.as_deref() == Some(p)) && l.state.is_none_or(|s| o.state.as_deref() == Some(s))
}

/// The finding for a label that no term in force fits, if it is licensed.
fn judge(ctx: &Ctx, m: &Mention, label: &Label, date: Option<NaiveDate>) -> Option<Hit> {
    // The terms the label speaks of: those in force on the article's date, or all of them
    // for an undated article or a title marked as past.
    // Undated, a party label may be of a time outside every recorded term ("Democrat Jim
    // Justice" won a governor's race years before he sat in the Senate as a Republican): only
    // the state is judged.
    let undated = Label { party: None, state: label.state, span: label.span };
    let label = if date.is_none() { &undated } else { label };
    if label.party.is_none() && label.state.is_none() {
        return None;
    }
    let in_force: Vec<&Office> = match date.filter(|_| !m.any_time) {
        Some(d) => {
            // After the snapshot, a term open then may have changed party: not judged.
            if m.terms.iter().any(|o| o.unknown_on(d)) {
                return None;
            }
            m.terms.iter().copied().filter(|o| o.covers(d)).collect()
        }
        None => m.terms.clone(),
    };
    if in_force.is_empty() || in_force.iter().any(|o| fits(o, label)) {
        return None;
    }
    let mut holders: Vec<&str> = in_force.iter().map(|o| o.holder.as_str()).collect();
    holders.sort_unstable();
    holders.dedup();
    if m.by_surname {
        // A surname is one member only when one member holding the title here goes by it, and
        // the label's state is that member's: another state is likely another person.
        let state_matches = label.state.is_some_and(|s| in_force.iter().any(|o| o.state.as_deref() == Some(s)));
        if holders.len() != 1 || !state_matches {
            return None;
        }
    }
    Some(hit(ctx, m, label, &in_force, date))
}

fn hit(ctx: &Ctx, m: &Mention, label: &Label, in_force: &[&Office], date: Option<NaiveDate>) -> Hit {
    let o = in_force[0];
    let mut record = wire_label(o.party.as_deref(), o.state.as_deref());
    if let Some(c) = &o.caucus {
        record.push_str(&format!(", caucusing with the {c}s"));
    }
    let state_name = o.state.as_deref().and_then(|s| STATES.iter().find(|(c, _, _)| *c == s)).map_or("", |x| x.2);
    let party = o.party.as_deref().unwrap_or("?");
    let when =
        date.filter(|_| !m.any_time).map_or_else(|| "in the record".to_string(), |d| format!("on {}", long_date(d)));
    Hit {
        span: Span::new(m.start.min(label.span.start), m.name_end.max(label.span.end)),
        label: format!("the record says {record}"),
        vars: vec![
            ("name", o.holder.clone()),
            ("stated", ctx.text(label.span).to_string()),
            ("expected", record),
            ("party", party.to_string()),
            ("state", state_name.to_string()),
            ("date", when),
            ("record", o.record_note()),
        ],
        related: vec![],
        ..Hit::default()
    }
}
