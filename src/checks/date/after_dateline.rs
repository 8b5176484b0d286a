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
use crate::extract::{DateKind, Tense};
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
        if d.kind != DateKind::Absolute || !d.year_explicit || d.tense != Tense::Past || d.invalid.is_some() {
            continue;
        }
        let Some(date) = d.date else { continue };
        if date <= dct {
            continue;
        }
        // Only "on <date>" / "<date>," at the start: the date says when the past event happened.
        let before = text[..d.span.start].trim_end();
        let prev = trailing_run(before, char::is_alphabetic);
        let sentence = ctx.article.sentences[d.sentence].span;
        let starts_sentence = before.len() <= sentence.start || prev == "On";
        if !(prev == "on" || starts_sentence) || SCHEDULE_WORDS.contains(&prev.to_lowercase().as_str()) {
            continue;
        }
        // A future or schedule marker before the date makes the reading uncertain.
        let s = text[sentence.start..d.span.start].to_lowercase();
        if [
            "will", "would", "schedul", "expect", "plan", "due", "until", "deadline", "set for", "slated", "upcoming",
            "'ll", "next",
        ]
        .iter()
        .any(|w| s.contains(w))
        {
            continue;
        }
        // The tense that dates the event is its own clause's: in "the levies take effect on
        // March 1, noted the spokeswoman" the attribution after the comma is the speaker's
        // past, not the event's. A date opening the sentence governs the clause after it.
        if !starts_sentence && clause_tense(ctx, d) != Tense::Past {
            continue;
        }
        let days = (date - dct).num_days();
        // "on <date>" in a past-tense clause is high; a bare date opening the sentence, whose
        // clause is read from the whole sentence, is medium.
        let confidence = if prev.eq_ignore_ascii_case("on") { Confidence::High } else { Confidence::Medium };
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

/// The tense of the clause holding `d`: the sentence's tokens up to the first clause break
/// (a comma, semicolon, colon or dash) after the date.
fn clause_tense(ctx: &Ctx, d: &crate::extract::DateMention) -> Tense {
    let (text, tokens) = (&ctx.article.text, &ctx.m.tokens);
    let s = tokens.partition_point(|t| t.sentence < d.sentence);
    let e = tokens.partition_point(|t| t.sentence <= d.sentence);
    let at = tokens.partition_point(|t| t.span.start < d.span.start).clamp(s, e);
    let after = tokens.partition_point(|t| t.span.start < d.span.end).clamp(at, e);
    let end = tokens[after..e]
        .iter()
        .position(|t| matches!(t.text(text), "," | ";" | ":" | "—" | "–" | "--"))
        .map_or(e, |i| after + i);
    crate::extract::tense::tense_at(text, tokens, s..end, at)
}
