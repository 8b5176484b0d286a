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
    "slated",
    "intends",
    "aims",
    "proposed",
    "coming",
    "would",
    "going",
    "next",
];
const PRESENT: &[&str] = &["is", "are", "am", "says", "has", "have", "want", "wants", "remains", "continues"];
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
/// before it in the same sentence, else the nearest one after it. A future marker anywhere
/// in the clause before the mention wins over a reporting verb ("said it will vote on Sunday").
pub fn tense_at(text: &str, tokens: &[Token], sentence_range: std::ops::Range<usize>, at: usize) -> Tense {
    let before = &tokens[sentence_range.start..at.min(sentence_range.end)];
    let mut nearest_before = None;
    for (k, t) in before.iter().enumerate().rev() {
        if t.kind == TokenKind::Punct && matches!(t.text(text), ";" | "—" | "–") {
            break;
        }
        if t.kind != TokenKind::Word {
            continue;
        }
        let word = t.text(text);
        // "was set to explode", "is due to", "were scheduled for": future in the past.
        let next = tokens.get(sentence_range.start + k + 1).map(|x| x.text(text));
        let tense = if matches!(word, "set" | "due" | "poised" | "slated") && matches!(next, Some("to" | "for")) {
            Some(Tense::Future)
        } else {
            tense_of(word)
        };
        if let Some(tense) = tense {
            if tense == Tense::Future {
                return Tense::Future;
            }
            if nearest_before.is_none() {
                nearest_before = Some(tense);
            }
        }
    }
    if let Some(t) = nearest_before {
        return t;
    }
    for t in tokens[at.min(sentence_range.end)..sentence_range.end].iter() {
        if t.kind == TokenKind::Word {
            if let Some(tense) = tense_of(t.text(text)) {
                return tense;
            }
        }
    }
    Tense::Unknown
}
