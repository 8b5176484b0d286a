//! Restatements without a pointer word or a verb of their own: a definite count with no verb
//! ("All 18 patients have since recovered", "the 41 new routes would begin ...") restating the
//! one count of its noun stated in full shortly before, and a definite restatement that comes
//! first ("The 26 evacuated families spent the night ... Twenty-nine families were evacuated
//! when ...").
//!
//! Confidence: medium. The pointer is the definite article and the shared noun phrase alone.

use super::evidence::{Mention, SameQuantity};
use crate::checks::context::Ctx;
use crate::checks::window::words_before;
use crate::extract::{NumberMention, Quantity};

/// How many sentences a bare restatement may stand after the count it restates.
const BARE_REACH: usize = 3;

/// Whether a count with no verb is definite enough to restate one: "the 41 new routes", "All
/// 18 patients" (not a possessive: "the board's 12 seats" names whose seats, not which count).
pub(super) fn bare_definite(ctx: &Ctx, q: &Quantity, n: &NumberMention) -> bool {
    let before = words_before(ctx, n.sentence, n.span.start, 1);
    let opener = before.first().map(|w| &**w);
    q.head.is_some() && matches!(opener, Some("the" | "all" | "these" | "those"))
}

/// A capitalised place after "in", "at" or "near" between two offsets (the count's clause up
/// to the count).
pub(super) fn place_before(ctx: &Ctx, start: usize, end: usize) -> Option<String> {
    let raw: Vec<&str> = ctx.article.text.get(start..end.max(start))?.split_whitespace().collect();
    raw.windows(2).find_map(|w| {
        (matches!(w[0], "in" | "at" | "near") && w[1].chars().next().is_some_and(char::is_uppercase))
            .then(|| w[1].trim_matches(|c: char| !c.is_alphanumeric()).to_string())
    })
}

/// The noun phrase's words other than its head, in lower case ("new" in "the 41 new routes").
pub(super) fn modifiers(q: &Quantity) -> Vec<String> {
    let words: Vec<String> = q.noun.as_deref().unwrap_or("").split_whitespace().map(str::to_lowercase).collect();
    words.iter().filter(|w| Some(w.as_str()) != q.head.as_deref()).cloned().collect()
}

/// "Eight patients fell ill ... All 18 patients have since recovered": the later count has no
/// verb, so it restates the one earlier count of its noun that has one, close before, whose
/// noun phrase holds every word of its own; every other condition of one quantity holds. The
/// caller still checks the settings and the values.
pub(super) fn bare_restated<'m, 'a>(
    mentions: &'m [Mention<'a>],
    earlier: &[usize],
    later: &Mention,
) -> Option<&'m Mention<'a>> {
    let full: Vec<&Mention> = earlier.iter().map(|&i| &mentions[i]).filter(|e| !e.bare).collect();
    let [e] = full[..] else { return None };
    if e.n.sentence >= later.n.sentence || later.n.sentence - e.n.sentence > BARE_REACH || e.event.is_none() {
        return None;
    }
    let own = modifiers(e.q);
    if !modifiers(later.q).iter().all(|w| own.contains(w)) || e.n.kind != later.n.kind {
        return None;
    }
    let same = SameQuantity::judge(e, later);
    (same.owner && same.unit_and_scope && same.time && same.unmarked).then_some(e)
}

/// "The 26 evacuated families spent the night ... Twenty-nine families were evacuated": the
/// definite restatement comes first (`e_participle`: its noun carries a participle), and the
/// later count states the same event in full.
pub(super) fn restated_first(e: &Mention, l: &Mention, e_participle: bool) -> bool {
    e.q.definite && e_participle && l.event.is_some() && l.event == e.event
}
