//! date.after-dateline: a past-tense event dated after the dateline.
//!
//! What licenses a finding: a full date with its year, after the dateline, introduced by "on"
//! (or opening the sentence), with no schedule or future word before it, in a clause whose own
//! verb is in the past tense. A past-tense attribution after the date's clause ("..., noted the
//! spokeswoman", "..., officials said") is the speaker's tense and licenses nothing.
//!
//! Confidence: high for "on `<date>`" in a past-tense clause; medium for a bare date opening the
//! sentence ("March 3, 2025, was ..."), whose tense is read from the sentence after it.

use chrono::{Datelike, NaiveDate};

use crate::calendar::long_date;
use crate::checks::context::{Ctx, Hit};
use crate::checks::window::trailing_run;
use crate::extract::{DateKind, DateMention, Tense};
use crate::finding::{Confidence, Related};
use crate::span::Span;

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
    for (i, d) in ctx.m.dates.iter().enumerate() {
        if d.invalid.is_some() {
            continue;
        }
        let Some((date, span)) = stated_date(ctx, i, dct) else { continue };
        if date <= dct || credit_line(ctx, d.sentence, span) {
            continue;
        }
        let before = text[..d.span.start].trim_end();
        let prev = trailing_run(before, char::is_alphabetic);
        // "since <date>" and "its <date> high" point back whatever the verb: the date is past.
        let read = if prev.eq_ignore_ascii_case("since") {
            Some((Confidence::High, "“since” counts from it as a day already past".to_string()))
        } else if crate::extract::dates::past_record(text, d.span) {
            Some((Confidence::High, format!("it dates a record already set (“{}”)", record_phrase(ctx, d.span))))
        } else {
            on_past_event(ctx, d, span, prev)
        };
        let Some((confidence, reading)) = read else { continue };
        let days = (date - dct).num_days();
        out.push(Hit {
            span,
            label: format!("{days} day{} after the dateline", if days == 1 { "" } else { "s" }),
            vars: vec![
                ("stated", ctx.text(span).to_string()),
                ("date", long_date(date)),
                ("dateline", long_date(dct)),
                ("days", days.to_string()),
                ("reading", reading),
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

/// Participles that open a line crediting the text's own publication.
const CREDIT_OPENERS: &[&str] =
    &["Published", "Posted", "Updated", "Printed", "Appeared", "Modified", "Originally", "First", "Last"];

/// Whether a date ends a subjectless line about the text itself: "Published in The Daily
/// Herald on Apr. 17, 2020", "Updated on March 3, 2024". Such a line dates an edition of the
/// text (a print edition the day after the web page, a later update), not an event it reports.
fn credit_line(ctx: &Ctx, sentence: usize, span: Span) -> bool {
    let s = ctx.article.sentences[sentence].span;
    let text = &ctx.article.text;
    let opener = text[s.start..span.start].split_whitespace().next().unwrap_or("");
    let rest = text.get(span.end..s.end).unwrap_or("");
    CREDIT_OPENERS.contains(&opener) && rest.chars().all(|c| c.is_whitespace() || c.is_ascii_punctuation())
}

/// The day a date mention states, with the span that states it: a full date with its year,
/// or a date without one that "this year" (or "of this year") right after ties to the
/// dateline's year ("on July 30 this year"). A year-less date alone is left to the extraction,
/// which reads a past one as last year's.
fn stated_date(ctx: &Ctx, i: usize, dct: NaiveDate) -> Option<(NaiveDate, Span)> {
    let d = &ctx.m.dates[i];
    if d.kind == DateKind::Absolute && d.year_explicit {
        return d.date.map(|date| (date, d.span));
    }
    if d.kind != DateKind::Partial {
        return None;
    }
    let (month, day) = (d.month?, d.day?);
    let next = ctx.m.dates.get(i + 1).filter(|n| n.sentence == d.sentence)?;
    let gap = ctx.article.text.get(d.span.end..next.span.start)?.trim();
    let tied = (gap.is_empty() || gap == "of") && ctx.text(next.span).eq_ignore_ascii_case("this year");
    let date = NaiveDate::from_ymd_opt(dct.year(), month, day).filter(|_| tied)?;
    Some((date, Span::new(d.span.start, next.span.end)))
}

/// The words that make a date a past record: "its Oct. 20, 2024 high".
fn record_phrase(ctx: &Ctx, span: Span) -> String {
    let text = &ctx.article.text;
    let before = text[..span.start].trim_end();
    let start = before.len() - trailing_run(before, char::is_alphabetic).len();
    let after = &text[span.end..];
    let skip = after.len() - after.trim_start_matches([' ', ',']).len();
    let noun = after[skip..].chars().take_while(|c| c.is_alphabetic()).map(char::len_utf8).sum::<usize>();
    text[start..span.end + skip + noun].to_string()
}

/// What the check read when the clause's own verb is past.
const PAST_TENSE: &str = "the sentence reports it in the past tense";

/// How sure "on <date>" (or a date opening the sentence) dates a past event: high for "on" in a
/// past-tense clause or after a present perfect ("has opened the plant on ..."); medium for a
/// bare date opening the sentence, whose clause is read from the whole sentence. None when the
/// date is a schedule or a limit, or the clause is not past.
fn on_past_event(ctx: &Ctx, d: &DateMention, span: Span, prev: &str) -> Option<(Confidence, String)> {
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
    // A date fronted before its clause ("On Aug. 2, 2024, the board approved ...") has no verb
    // before it: the clause after it gives the tense.
    let tense = if starts_sentence { fronted_clause_tense(ctx, d.sentence, span).unwrap_or(d.tense) } else { d.tense };
    if tense == Tense::Past {
        // The tense that dates the event is its own clause's: in "the levies take effect on
        // March 1, noted the spokeswoman" the attribution after the comma is the speaker's
        // past, not the event's. A date opening the sentence governs the clause after it.
        if starts_sentence || clause_tense(ctx, d) == Tense::Past && !infinitive_before(&s) {
            let confidence = if prev.eq_ignore_ascii_case("on") { Confidence::High } else { Confidence::Medium };
            return Some((confidence, PAST_TENSE.to_string()));
        }
    }
    (prev == "on" && present_perfect_before(&s))
        .then(|| (Confidence::High, "the sentence reports it as done (“has” and a past participle)".to_string()))
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
    let std::ops::Range { start: s, end: e } = tokens.of_sentence(d.sentence);
    let at = tokens.partition_point(|t| t.span().start < d.span.start).clamp(s, e);
    let after = tokens.partition_point(|t| t.span().start < d.span.end).clamp(at, e);
    let end = tokens[after..e]
        .iter()
        .position(|t| matches!(t.text(text), "," | ";" | ":" | "—" | "–" | "--"))
        .map_or(e, |i| after + i);
    crate::extract::tense::tense_at(text, tokens, s..end, at)
}

/// The tense of the clause after a date that opens its sentence: the tokens after the date's
/// comma up to the next clause break, read from their start; None when there is no such
/// clause or it gives no tense. An attribution there ("On Aug. 2, it said, ...") is the
/// speaker's tense, so the date has none.
fn fronted_clause_tense(ctx: &Ctx, sentence: usize, span: Span) -> Option<Tense> {
    let (text, tokens) = (&ctx.article.text, &ctx.m.tokens);
    let std::ops::Range { start: s, end: e } = tokens.of_sentence(sentence);
    let after = tokens.partition_point(|t| t.span().start < span.end).clamp(s, e);
    if tokens.get(after).map(|t| t.text(text)) != Some(",") || after + 1 >= e {
        return None;
    }
    let start = after + 1;
    let end = tokens[start..e]
        .iter()
        .position(|t| matches!(t.text(text), "," | ";" | ":" | "—" | "–" | "--"))
        .map_or(e, |i| start + i);
    let attribution = tokens[start..end].iter().any(|t| {
        matches!(t.text(text).to_lowercase().as_str(), "said" | "says" | "told" | "added" | "noted" | "according")
    });
    if attribution {
        return Some(Tense::Unknown);
    }
    Some(crate::extract::tense::tense_at(text, tokens, start..end, start)).filter(|t| *t != Tense::Unknown)
}

#[cfg(test)]
#[path = "after_dateline_tests.rs"]
mod matrix_tests;
