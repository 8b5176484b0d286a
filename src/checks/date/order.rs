//! date.order: an order the text states ("before", "after", "from ... to") that its dates
//! contradict.
//!
//! What licenses a finding: two dates in one clause, each a point in time, joined by the order
//! word itself. A bare year that modifies a noun ("a run of 2019 models") names a kind of thing,
//! not a point; "from X to Y" after a verb of change ("moved the deadline forward from 2040 to
//! 2035") gives the old and new value of one date, not a span, and licenses nothing.
//!
//! Confidence: always high: both dates and the order word stand in one clause.

use super::interval;
use crate::checks::context::{Ctx, Hit};
use crate::checks::window::{last_words, words};
use crate::extract::{DateKind, DateMention};
use crate::span::Span;

/// Words that may stand between a date and "before"/"after": "in 1998, long before ...".
const ORDER_QUANTIFIERS: &[&str] = &[
    "long", "shortly", "just", "soon", "well", "weeks", "months", "years", "days", "decades", "a", "an", "one", "two",
    "three", "four", "five", "six", "several", "few", "week", "month", "year", "day", "decade", "only",
];

/// Nouns after "before" that mean "in front of" ("testified before a judge").
const IN_FRONT_OF: &[&str] = &[
    "judge",
    "court",
    "tribunal",
    "committee",
    "panel",
    "jury",
    "congress",
    "parliament",
    "senate",
    "lawmakers",
    "audience",
    "crowd",
    "cameras",
    "reporters",
    "voters",
    "magistrate",
    "board",
    "council",
    "commission",
];

/// A past-tense or participle form: "opened", "left", "built".
fn is_past_verb(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed") && !matches!(w, "hundred" | "united" | "need"))
        || matches!(
            w,
            "left"
                | "began"
                | "begun"
                | "built"
                | "won"
                | "lost"
                | "held"
                | "made"
                | "took"
                | "taken"
                | "sold"
                | "bought"
                | "met"
                | "became"
                | "came"
                | "went"
                | "fell"
                | "rose"
                | "ran"
                | "set"
                | "struck"
                | "broke"
                | "broken"
        )
}

/// Stems of verbs (and particles) that change a value: "from X to Y" after them is a change.
const CHANGE_STEMS: &[&str] = &[
    "mov",
    "brought",
    "bring",
    "push",
    "postpon",
    "delay",
    "advanc",
    "reschedul",
    "shift",
    "chang",
    "revis",
    "cut",
    "lower",
    "rais",
    "reduc",
    "pull",
    "forward",
    "back",
    "bump",
    "extend",
    "amend",
    "adjust",
    "switch",
];

/// Whether the clause before "from" (the last five words) holds a verb of change.
fn changed_value(before: &str) -> bool {
    let clause = before.rsplit([',', ';']).next().unwrap_or(before);
    last_words(clause, 6).iter().rev().skip(1).any(|x| CHANGE_STEMS.iter().any(|s| x.starts_with(s)))
}

/// Whether the clause before a date ends in "from <figure> ...": the date then says when the
/// old value of a change stood, not when something happened.
fn dates_old_value(before: &str) -> bool {
    let clause = before.rsplit([',', ';']).next().unwrap_or(before);
    let w = last_words(clause, 8);
    w.iter()
        .rposition(|x| x == "from")
        .is_some_and(|k| w[k + 1..].first().is_some_and(|x| x.starts_with(|c: char| c.is_ascii_digit())))
}

/// Words before a year that make it a point in time ("in 2019", "since 2019").
const TIME_PREPOSITIONS: &[&str] =
    &["in", "since", "by", "until", "till", "during", "before", "after", "from", "to", "between", "and", "through"];

/// A bare year used as a modifier of a noun ("2019 models", "the 2018 trucks") and not as the
/// object of a time preposition: it names a kind of thing, not a point in a sequence.
fn attributive_year(text: &str, d: &DateMention) -> bool {
    let s = &text[d.span.start..d.span.end];
    if s.len() != 4 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let next: String =
        text[d.span.end..].strip_prefix(' ').unwrap_or("").chars().take_while(|c| c.is_alphabetic()).collect();
    if !next.starts_with(|c: char| c.is_lowercase()) || TIME_PREPOSITIONS.contains(&next.as_str()) {
        return false;
    }
    let prev = last_words(&text[..d.span.start], 1);
    !prev.last().is_some_and(|p| TIME_PREPOSITIONS.contains(&&**p))
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let dates: Vec<&DateMention> = ctx
        .m
        .dates
        .iter()
        .filter(|d| d.year_explicit && d.kind == DateKind::Absolute && interval(d).is_some())
        .collect();
    let mut out = Vec::new();
    for pair in dates.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        if a.sentence != b.sentence {
            continue;
        }
        let between = &text[a.span.end..b.span.start];
        if between.contains([';', ':']) {
            continue;
        }
        let (Some((a0, a1)), Some((b0, b1))) = (interval(a), interval(b)) else { continue };
        // "a run of 2019 models": a year naming a kind of thing is not a point in time.
        if attributive_year(text, a) || attributive_year(text, b) {
            continue;
        }
        // "fell to 299 from 430 at year end 1985, after a decrease during 1986": the first date
        // dates the old value of a change, not the event the order word follows.
        if dates_old_value(&text[ctx.article.sentences[a.sentence].span.start..a.span.start]) {
            continue;
        }
        let w = words(between);
        // Only the word right before the first date matters; read just that one, so a long
        // sentence does not make this quadratic.
        let before_a = last_words(&text[ctx.article.sentences[a.sentence].span.start..a.span.start], 1);
        // A range written backwards: "from 2014 to 2011", "between 2014 and 2011".
        let range = matches!(before_a.last().map(|w| &**w), Some("from")) && w == ["to"]
            || matches!(before_a.last().map(|w| &**w), Some("between")) && w == ["and"];
        // "brought the target forward from 2040 to 2035": after a verb of change, "from ... to"
        // gives the old and the new value of one date, not a span.
        if range && changed_value(&text[ctx.article.sentences[a.sentence].span.start..a.span.start]) {
            continue;
        }
        let (claim, wrong) = if range {
            ("a range from the first date to the second", a0 > b1)
        } else {
            // "<date1>, [long|weeks|...] before/after <clause with date2>"
            let Some(pos) = w.iter().position(|x| x == "before" || x == "after") else { continue };
            if !w[..pos].iter().all(|x| ORDER_QUANTIFIERS.contains(&&**x) || x.chars().all(|c| c.is_ascii_digit())) {
                continue;
            }
            let rest = &w[pos + 1..];
            if rest.first().is_some_and(|x| matches!(&**x, "that" | "this" | "then" | "which" | "all"))
                || rest.iter().take(3).any(|x| IN_FRONT_OF.contains(&&**x))
                || rest.len() < 2
            {
                continue;
            }
            // "after its founder left a rival started in 2001": with two verbs in the clause the
            // second date may belong to the nested one, not to the event ordered.
            let verbs = rest.iter().filter(|x| is_past_verb(x)).count();
            // "in 1980 after winning an election but abolished the office in 1987": a
            // conjunction that opens a contrasting clause ends the ordered phrase; the second
            // date belongs to that clause.
            let contrast = |x: &str| matches!(x, "but" | "yet" | "whereas" | "although" | "though" | "while");
            if verbs > 1 || rest.iter().any(|x| matches!(&**x, "which" | "who" | "that" | "whose") || contrast(x)) {
                continue;
            }
            // "became prime minister in 1980 after winning an election but abolished the office
            // in 1987": a predicate coordinated after the order word is the main clause's again,
            // and the second date is its time, not the time of what "after" governs.
            if crate::checks::predicate::coordinated_predicate(between).is_some() {
                continue;
            }
            if w[pos] == "before" {
                ("“before”", a0 > b1)
            } else {
                ("“after”", a1 < b0)
            }
        };
        if !wrong {
            continue;
        }
        let (sa, sb) = (ctx.text(a.span).to_string(), ctx.text(b.span).to_string());
        out.push(Hit {
            span: Span::new(a.span.start, b.span.end),
            label: format!("{sa} is {} {sb}", if a0 > b1 { "after" } else { "before" }),
            vars: vec![
                ("first", sa.clone()),
                ("second", sb.clone()),
                ("claim", claim.to_string()),
                ("order", format!("{sa} is {} {sb}", if a0 > b1 { "after" } else { "before" })),
            ],
            related: vec![],
            ..Hit::default()
        });
    }
    out
}

#[cfg(test)]
#[path = "order_tests.rs"]
mod matrix_tests;
