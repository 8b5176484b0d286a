//! date.after-dateline: a past-tense event dated after the dateline.
//!
//! What licenses a finding: a full date with its year, after the dateline, introduced by "on"
//! (or opening the sentence), with no schedule or future word before it, in a clause whose own
//! verb is in the past tense. A past-tense attribution after the date's clause ("..., noted the
//! spokeswoman", "..., officials said") is the speaker's tense and licenses nothing.
//!
//! Confidence: high for "on `<date>`" in a past-tense clause; medium for a bare date opening the
//! sentence ("March 3, 2025, was ..."), whose tense is read from the sentence after it.

use crate::calendar::long_date;
use crate::checks::context::{Ctx, Hit};
use crate::checks::window::trailing_run;
use crate::extract::{DateKind, DateMention, Tense};
use crate::finding::{Confidence, Related};

/// Words before a date that make it a schedule or a limit rather than when something happened.
const SCHEDULE_WORDS: &[&str] = &[
    "for",
    "until",
    "till",
    "through",
    "by",
    "before",
    "starting",
    "from",
    "effective",
    "deadline",
    "expires",
    "begins",
    "begin",
    "ends",
    "due",
    "scheduled",
    "set",
    "slated",
    "planned",
    "next",
    "to",
    "between",
    "and",
    "or",
    "after",
    "than",
];

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let Some(dct) = ctx.article.dateline_date() else { return vec![] };
    let text = &ctx.article.text;
    let mut out = Vec::new();
    for d in &ctx.m.dates {
        if d.kind != DateKind::Absolute || !d.year_explicit || d.invalid.is_some() {
            continue;
        }
        let Some(date) = d.date else { continue };
        if date <= dct {
            continue;
        }
        let before = text[..d.span.start].trim_end();
        let prev = trailing_run(before, char::is_alphabetic);
        // "since <date>" and "its <date> high" point back whatever the verb: the date is past.
        let looks_back = prev.eq_ignore_ascii_case("since") || crate::extract::dates::past_record(text, d.span);
        let Some(confidence) = (if looks_back { Some(Confidence::High) } else { on_past_event(ctx, d, prev) }) else {
            continue;
        };
        let days = (date - dct).num_days();
        out.push(Hit {
            span: d.span,
            label: format!("{days} day{} after the dateline", if days == 1 { "" } else { "s" }),
            vars: vec![
                ("stated", ctx.text(d.span).to_string()),
                ("date", long_date(date)),
                ("dateline", long_date(dct)),
                ("days", days.to_string()),
            ],
            related: ctx
                .article
                .dateline
                .as_ref()
                .and_then(|dl| dl.span)
                .map(|s| Related { span: s, message: format!("dateline {dct}") })
                .into_iter()
                .collect(),
            confidence,
            ..Hit::default()
        });
    }
    out
}

/// How sure "on <date>" (or a date opening the sentence) dates a past event: high for "on" in a
/// past-tense clause or after a present perfect ("has opened the plant on ..."); medium for a
/// bare date opening the sentence, whose clause is read from the whole sentence. None when the
/// date is a schedule or a limit, or the clause is not past.
fn on_past_event(ctx: &Ctx, d: &DateMention, prev: &str) -> Option<Confidence> {
    let text = &ctx.article.text;
    let sentence = ctx.article.sentences[d.sentence].span;
    let before = text[..d.span.start].trim_end();
    let starts_sentence = before.len() <= sentence.start || prev == "On";
    if !(prev == "on" || starts_sentence) || SCHEDULE_WORDS.contains(&prev.to_lowercase().as_str()) {
        return None;
    }
    // A future or schedule marker before the date makes the reading uncertain.
    let s = text[sentence.start..d.span.start].to_lowercase();
    if s.contains("set for") || s.contains("'ll") || s.split(|c: char| !c.is_alphabetic()).any(future_marker) {
        return None;
    }
    if d.tense == Tense::Past {
        // The tense that dates the event is its own clause's: in "the levies take effect on
        // March 1, noted the spokeswoman" the attribution after the comma is the speaker's
        // past, not the event's. A date opening the sentence governs the clause after it.
        if starts_sentence || clause_tense(ctx, d) == Tense::Past && !infinitive_before(&s) {
            return Some(if prev.eq_ignore_ascii_case("on") { Confidence::High } else { Confidence::Medium });
        }
    }
    (prev == "on" && present_perfect_before(&s)).then_some(Confidence::High)
}

/// "agreed to meet on": an infinitive between the past verb and the date puts the date ahead.
/// "to" before a determiner, a number or a name ("rose to 5 percent", "went to the site") is not one.
fn infinitive_before(clause_lower: &str) -> bool {
    let w: Vec<&str> = clause_lower.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    w.windows(2).any(|p| {
        p[0] == "to"
            && !p[1].starts_with(|c: char| c.is_ascii_digit())
            && !matches!(
                p[1],
                "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "some"
                    | "about"
            )
    })
}

/// A word that makes a date ahead or uncertain ("plans", "scheduled"; not "plant").
fn future_marker(w: &str) -> bool {
    matches!(w, "will" | "would" | "due" | "until" | "deadline" | "slated" | "upcoming" | "next")
        || ["schedul", "expect"].iter().any(|p| w.starts_with(p))
        || matches!(w, "plan" | "plans" | "planned" | "planning" | "planner" | "planners")
}

/// "has opened the plant on": "has"/"have" and a participle, then at most three words of its
/// object, none of which opens an infinitive, a purpose or an indefinite event ("has called a
/// meeting on", "has agreed to sell on").
fn present_perfect_before(clause_lower: &str) -> bool {
    let w: Vec<&str> = clause_lower.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).collect();
    let Some(aux) = w.iter().rposition(|x| matches!(*x, "has" | "have")) else { return false };
    let rest = &w[aux + 1..w.len().saturating_sub(1)];
    let rest = match rest.first() {
        Some(&("already" | "now" | "just" | "recently" | "finally" | "officially")) => &rest[1..],
        _ => rest,
    };
    let Some((verb, object)) = rest.split_first() else { return false };
    let participle = (verb.ends_with("ed") && *verb != "needed")
        || matches!(
            *verb,
            "built" | "sold" | "paid" | "made" | "held" | "won" | "lost" | "begun" | "taken" | "signed" | "opened"
        );
    participle
        && object.len() <= 3
        && !object.iter().any(|x| {
            matches!(
                *x,
                "to" | "for"
                    | "a"
                    | "an"
                    | "been"
                    | "meeting"
                    | "hearing"
                    | "vote"
                    | "election"
                    | "trial"
                    | "talks"
                    | "session"
                    | "summit"
            )
        })
}

/// The tense of the clause holding `d`: the sentence's tokens up to the first clause break
/// (a comma, semicolon, colon or dash) after the date.
fn clause_tense(ctx: &Ctx, d: &crate::extract::DateMention) -> Tense {
    let (text, tokens) = (&ctx.article.text, &ctx.m.tokens);
    let s = tokens.partition_point(|t| t.sentence() < d.sentence);
    let e = tokens.partition_point(|t| t.sentence() <= d.sentence);
    let at = tokens.partition_point(|t| t.span().start < d.span.start).clamp(s, e);
    let after = tokens.partition_point(|t| t.span().start < d.span.end).clamp(at, e);
    let end = tokens[after..e]
        .iter()
        .position(|t| matches!(t.text(text), "," | ";" | ":" | "—" | "–" | "--"))
        .map_or(e, |i| after + i);
    crate::extract::tense::tense_at(text, tokens, s..end, at)
}
