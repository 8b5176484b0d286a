//! Who owns a count: the names in the subject before it, a possessive right before it, the
//! modifiers of its subject ("the north hospital").

use std::collections::HashSet;

use crate::checks::context::Ctx;
use crate::lexicon::lowercase;

use crate::extract::{NumberMention, Quantity};
use crate::lexicon::{month_number, weekday};

/// Words after which a name is a place or a source, not the count's owner.
const NOT_OWNER_AFTER: &[&str] =
    &["in", "at", "near", "across", "along", "outside", "inside", "throughout", "around", "from", "to", "for", "of"];

/// How many words before a count are searched for its owner.
const OWNER_WINDOW: usize = 40;

/// Words after which the subject is the count's source: "Dunham said the four people".
const REPORTING: &[&str] = &["said", "says", "told", "according", "added"];

/// Capitalised words seen inside a sentence (not at its start) somewhere in the article: a
/// sentence-initial word is taken as a name only when it is one of these, or starts a run of
/// names ("Greenleaf Bank").
pub(crate) struct Names(HashSet<String>);

impl Names {
    pub(crate) fn of(ctx: &Ctx) -> Self {
        let mut set = HashSet::new();
        for s in &ctx.article.sentences {
            let ws: Vec<&str> = ctx.article.text[s.span.start..s.span.end].split_whitespace().map(clean).collect();
            // A run of names that opens a sentence ("Northway Air carried ...") names its first
            // word too.
            let opening_run = ws.len() > 1 && is_name_word(ws[0]) && is_name_word(ws[1]);
            for (i, w) in ws.iter().enumerate() {
                if is_name_word(w) && (i > 0 || opening_run) {
                    set.insert(w.to_string());
                }
            }
        }
        Names(set)
    }
}

fn clean(w: &str) -> &str {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w)
}

/// The names in the subject before the count, and a possessive right before it, lowercase.
pub(super) fn owners(ctx: &Ctx, names: &Names, n: &NumberMention) -> Vec<String> {
    let s = ctx.article.sentences[n.sentence].span;
    // The subject sits within the few dozen words before the count.
    let before = &ctx.article.text[s.start..n.span.start.max(s.start)];
    let mut raw: Vec<&str> = before.split_whitespace().rev().take(OWNER_WINDOW).collect();
    raw.reverse();
    let at_start = raw.len() < OWNER_WINDOW;
    // Counting from the last reporting verb: a source is not an owner.
    let from = raw.iter().rposition(|w| REPORTING.contains(&&*lowercase(clean(w)))).map_or(0, |i| i + 1);
    let mut out = Vec::new();
    let mut after_preposition = false;
    for (i, w) in raw.iter().enumerate().skip(from) {
        let word = clean(w);
        let name = is_name_word(word)
            && (i > 0 || !at_start || names.0.contains(word) || raw.get(1).is_some_and(|n| is_name_word(clean(n))));
        if name && !after_preposition {
            out.push(word.to_lowercase());
        }
        if !name {
            after_preposition = NOT_OWNER_AFTER.contains(&&*lowercase(word));
        }
    }
    if let Some(last) = raw.last() {
        let t = last.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'));
        let stem = t.strip_suffix("'s").or_else(|| t.strip_suffix("’s")).or_else(|| t.strip_suffix("s'"));
        if let Some(stem) = stem {
            out.push(stem.to_lowercase());
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The words of the subject other than its head and its function words: "north" in "The north
/// hospital".
pub(super) fn subject_modifiers(q: &Quantity) -> Vec<String> {
    let (Some(subject), Some(head)) = (&q.subject, &q.subject_head) else { return vec![] };
    subject
        .split_whitespace()
        .map(|w| clean(w).to_lowercase())
        .filter(|w| {
            !w.is_empty()
                && w != head
                && !crate::extract::words::STOPWORDS.contains(&w.as_str())
                && !matches!(w.as_str(), "a" | "an" | "it" | "its" | "he" | "she" | "we" | "our")
        })
        .collect()
}

/// Whether a capitalised word is a name rather than a common word or a date.
fn is_name_word(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
        && month_number(w).is_none()
        && weekday(w).is_none()
        && !crate::extract::words::STOPWORDS.contains(&&*w.to_lowercase())
}
