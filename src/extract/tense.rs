//! The tense around a time expression, which decides how a year-less date resolves
//! (HeidelTime's news mode: a past-tense "in December" in January is last December).

use serde::Serialize;

use super::words::{Token, TokenKind};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Tense {
    Past,
    Present,
    Future,
    Unknown,
}

const FUTURE: &[&str] = &[
    "will",
    "shall",
    "won't",
    "'ll",
    "scheduled",
    "upcoming",
    "planned",
    "plans",
    "plan",
    "due",
    "expected",
    "expects",
    "expect",
    "slated",
    "intends",
    "aims",
    "coming",
    "would",
    "going",
    "next",
];
const PRESENT: &[&str] = &[
    "is",
    "are",
    "am",
    "says",
    "has",
    "have",
    "want",
    "wants",
    "remains",
    "continues",
    "ends",
    "begins",
    "starts",
    "runs",
    "expires",
    "opens",
    "closes",
    "covers",
    "meets",
    "takes",
    "lasts",
    "falls",
];
const PAST_IRREGULAR: &[&str] = &[
    "said",
    "was",
    "were",
    "had",
    "did",
    "went",
    "came",
    "saw",
    "took",
    "made",
    "gave",
    "told",
    "began",
    "fell",
    "rose",
    "met",
    "left",
    "held",
    "won",
    "lost",
    "struck",
    "hit",
    "ran",
    "got",
    "became",
    "brought",
    "bought",
    "built",
    "caught",
    "chose",
    "drew",
    "drove",
    "fought",
    "found",
    "flew",
    "forgot",
    "froze",
    "grew",
    "heard",
    "hid",
    "kept",
    "knew",
    "led",
    "lay",
    "meant",
    "paid",
    "put",
    "quit",
    "read",
    "sent",
    "shot",
    "shut",
    "sold",
    "spoke",
    "spent",
    "stood",
    "stole",
    "swore",
    "taught",
    "thought",
    "threw",
    "understood",
    "woke",
    "wore",
    "wrote",
    "broke",
    "sank",
    "sat",
    "slept",
    "spun",
    "stuck",
    "swept",
    "withdrew",
    "overtook",
    "undertook",
    "arose",
    "ago",
    "earlier",
    "previously",
    "former",
    "formerly",
];
/// Words ending in -ed that are not past-tense verbs.
const NOT_PAST_ED: &[&str] = &[
    "united",
    "hundred",
    "red",
    "bed",
    "need",
    "needed",
    "indeed",
    "speed",
    "seed",
    "feed",
    "breed",
    "shed",
    "led",
    "sacred",
    "naked",
    "wicked",
    "aged",
    "based",
    "related",
    "named",
    "called",
    "armed",
    "advanced",
    "limited",
    "detailed",
    "concerned",
    "interested",
    "alleged",
    "proposed",
    "planned",
    "scheduled",
    "expected",
    "supposed",
    "used",
    "unprecedented",
];

fn tense_of(word: &str) -> Option<Tense> {
    let lower = word.to_lowercase();
    let w = lower.as_str();
    if FUTURE.contains(&w) {
        return Some(Tense::Future);
    }
    if PRESENT.contains(&w) {
        return Some(Tense::Present);
    }
    if PAST_IRREGULAR.contains(&w) {
        return Some(Tense::Past);
    }
    if w.len() > 4 && w.ends_with("ed") && !NOT_PAST_ED.contains(&w) {
        return Some(Tense::Past);
    }
    None
}

/// The tense that governs the token at `at` in its sentence: the nearest tense-marked word
/// before it in the same sentence ("said it will vote on Sunday": "will" is nearer than
/// "said"), else one close after it.
pub fn tense_at(text: &str, tokens: &[Token], sentence_range: std::ops::Range<usize>, at: usize) -> Tense {
    let before = &tokens[sentence_range.start..at.min(sentence_range.end)];
    // The word right before the expression can settle it: "since" looks back; "through",
    // "until" and "by" name a limit, read as the nearest such date.
    let limit = match before.last().map(|t| t.text(text).to_lowercase()).as_deref() {
        Some("since") => return Tense::Past,
        Some("through" | "until" | "till" | "by") => true,
        _ => false,
    };
    let verb = verb_tense(text, tokens, sentence_range, at);
    // A limit in a past sentence ("flights booked through Sept. 30") is read as the nearest
    // such date; in a future one, ahead.
    if limit && verb != Tense::Future {
        return Tense::Unknown;
    }
    verb
}

/// Words before a participle that make it an adjective ("of authorized spending").
const ADJECTIVE_CONTEXT: &[&str] =
    &["the", "a", "an", "of", "for", "with", "its", "their", "his", "her", "our", "this", "that", "newly", "recently"];
/// Auxiliaries that carry the tense of a participle after them ("is scheduled to be sentenced").
const AUXILIARY: &[&str] = &["be", "been", "being", "to", "get", "got"];

fn verb_tense(text: &str, tokens: &[Token], sentence_range: std::ops::Range<usize>, at: usize) -> Tense {
    let before = &tokens[sentence_range.start..at.min(sentence_range.end)];
    let mut nearest_before = None;
    // Relative clauses between commas ("Biden, who turned 82 in November, leaves office on
    // Jan. 20") do not govern what comes after them: their tokens are skipped.
    let mut skip_until: Option<usize> = None;
    for (k, t) in before.iter().enumerate().rev() {
        if skip_until.is_some_and(|s| k > s) {
            continue;
        }
        if t.kind == TokenKind::Punct && matches!(t.text(text), ";" | "—" | "–") {
            break;
        }
        if t.kind == TokenKind::Punct && t.text(text) == "," {
            if let Some(open) = before[..k].iter().rposition(|x| x.text(text) == ",") {
                let first = before.get(open + 1).map(|x| x.text(text).to_lowercase());
                if matches!(first.as_deref(), Some("who" | "which" | "whose" | "whom")) {
                    skip_until = Some(open);
                }
            }
            continue;
        }
        if t.kind != TokenKind::Word {
            continue;
        }
        let word = t.text(text);
        // "was set to explode", "is due to", "were scheduled for": future in the past.
        let next = tokens.get(sentence_range.start + k + 1).map(|x| x.text(text));
        let prev = k.checked_sub(1).map(|p| before[p].text(text).to_lowercase());
        let lower = word.to_lowercase();
        let participle = (lower.ends_with("ed") || PAST_IRREGULAR.contains(&lower.as_str()))
            && prev.as_deref().is_some_and(|p| ADJECTIVE_CONTEXT.contains(&p) || AUXILIARY.contains(&p));
        let tense = if matches!(word, "set" | "due" | "poised" | "slated") && matches!(next, Some("to" | "for")) {
            Some(Tense::Future)
        } else if participle && !FUTURE.contains(&word) {
            None
        } else {
            tense_of(word)
        };
        if let Some(tense) = tense {
            nearest_before = Some(tense);
            break;
        }
    }
    if let Some(t) = nearest_before {
        return t;
    }
    // Only a verb close after the expression: "On Monday, the council voted".
    for t in tokens[at.min(sentence_range.end)..sentence_range.end].iter().take(8) {
        if t.kind == TokenKind::Word {
            if let Some(tense) = tense_of(t.text(text)) {
                return tense;
            }
        }
    }
    Tense::Unknown
}
