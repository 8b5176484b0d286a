//! date.order: an order the text states ("before", "after", "from ... to") that its dates
//! contradict.

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
        let w = words(between);
        // Only the word right before the first date matters; read just that one, so a long
        // sentence does not make this quadratic.
        let before_a = last_words(&text[ctx.article.sentences[a.sentence].span.start..a.span.start], 1);
        // A range written backwards: "from 2014 to 2011", "between 2014 and 2011".
        let range = matches!(before_a.last().map(|w| &**w), Some("from")) && w == ["to"]
            || matches!(before_a.last().map(|w| &**w), Some("between")) && w == ["and"];
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
            if verbs > 1 || rest.iter().any(|x| matches!(&**x, "which" | "who" | "that" | "whose")) {
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
        });
    }
    out
}
