//! The tense around a time expression, which decides how a year-less date resolves
//! (HeidelTime's news mode: a past-tense "in December" in January is last December).

use super::words::{Token, TokenKind};
use crate::calendar::Tense;

/// Words that put a sentence in the future.
fn is_future(w: &str) -> bool {
    matches!(
        w,
        "will"
            | "shall"
            | "won't"
            | "'ll"
            | "scheduled"
            | "upcoming"
            | "planned"
            | "plans"
            | "plan"
            | "due"
            | "expected"
            | "expects"
            | "expect"
            | "slated"
            | "intends"
            | "aims"
            | "coming"
            | "would"
            | "going"
            | "next"
    )
}
/// Present-tense verbs.
fn is_present(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "am"
            | "says"
            | "has"
            | "have"
            | "want"
            | "wants"
            | "remains"
            | "continues"
            | "ends"
            | "begins"
            | "starts"
            | "runs"
            | "expires"
            | "opens"
            | "closes"
            | "covers"
            | "meets"
            | "takes"
            | "lasts"
            | "falls"
    )
}
/// A past-tense verb form that does not end in "-ed" ("said", "fought", "were"): the one list
/// other readers consult to tell a verb from a noun.
pub(crate) fn is_irregular_past(w: &str) -> bool {
    w != "ago" && is_past(w)
}

/// Past-tense verbs without -ed, and words that point back.
fn is_past(w: &str) -> bool {
    PAST_WORDS.contains(&w)
}

/// Past forms the -ed rule misses (irregular, or too short: "died"), and words that place a
/// clause in the past ("ago", "formerly").
#[rustfmt::skip]
const PAST_WORDS: &[&str] = &[
    "said", "was", "were", "had", "did", "went", "came", "saw", "took", "made", "gave", "told", "began",
    "fell", "rose", "met", "left", "held", "won", "lost", "struck", "hit", "ran", "got", "became", "brought",
    "bought", "built", "caught", "chose", "drew", "drove", "fought", "found", "flew", "forgot", "froze",
    "grew", "heard", "hid", "kept", "knew", "led", "lay", "meant", "paid", "put", "quit", "read", "sent",
    "shot", "shut", "sold", "spoke", "spent", "stood", "stole", "swore", "taught", "thought", "threw",
    "understood", "woke", "wore", "wrote", "broke", "sank", "sat", "slept", "spun", "stuck", "swept",
    "withdrew", "overtook", "undertook", "arose", "died", "fled", "dealt", "dug", "laid", "rode",
    "shook", "swam", "wept", "bled", "blew", "flung", "sang", "rang", "slid", "sprang", "stung", "swung",
    "tore", "forgave", "withheld", "upheld", "overthrew", "underwent", "oversaw", "ago", "earlier",
    "previously", "former", "formerly",
];

/// Words ending in -ed that are not past-tense verbs.
fn is_not_past_ed(w: &str) -> bool {
    matches!(
        w,
        "united"
            | "hundred"
            | "red"
            | "bed"
            | "need"
            | "needed"
            | "indeed"
            | "speed"
            | "seed"
            | "feed"
            | "breed"
            | "shed"
            | "led"
            | "sacred"
            | "naked"
            | "wicked"
            | "aged"
            | "based"
            | "related"
            | "named"
            | "called"
            | "armed"
            | "advanced"
            | "limited"
            | "detailed"
            | "concerned"
            | "interested"
            | "alleged"
            | "proposed"
            | "planned"
            | "scheduled"
            | "expected"
            | "supposed"
            | "used"
            | "unprecedented"
    )
}

use crate::lexicon::lowercase as lower;

fn tense_of(word: &str) -> Option<Tense> {
    let lower = lower(word);
    let w = &*lower;
    if is_future(w) {
        return Some(Tense::Future);
    }
    if is_present(w) {
        return Some(Tense::Present);
    }
    if is_past(w) {
        return Some(Tense::Past);
    }
    if w.len() > 4 && w.ends_with("ed") && !is_not_past_ed(w) {
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
    let limit = match before.last().map(|t| lower(t.text(text))).as_deref() {
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
fn is_adjective_context(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "of"
            | "for"
            | "with"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "this"
            | "that"
            | "newly"
            | "recently"
    )
}
/// Auxiliaries that carry the tense of a participle after them ("is scheduled to be sentenced").
fn is_auxiliary(w: &str) -> bool {
    matches!(w, "be" | "been" | "being" | "to" | "get" | "got")
}

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
        if t.kind() == TokenKind::Punct && matches!(t.text(text), ";" | "—" | "–") {
            break;
        }
        if t.kind() == TokenKind::Punct && t.text(text) == "," {
            if let Some(open) = before[..k].iter().rposition(|x| x.text(text) == ",") {
                let first = before.get(open + 1).map(|x| lower(x.text(text)));
                if matches!(first.as_deref(), Some("who" | "which" | "whose" | "whom")) {
                    skip_until = Some(open);
                }
            }
            continue;
        }
        if t.kind() != TokenKind::Word {
            continue;
        }
        let word = t.text(text);
        // "was set to explode", "is due to", "were scheduled for": future in the past.
        let next = tokens.get(sentence_range.start + k + 1).map(|x| x.text(text));
        let lower_word = lower(word);
        let participle = (lower_word.ends_with("ed") || is_past(&lower_word))
            && k.checked_sub(1).is_some_and(|p| {
                let prev = lower(before[p].text(text));
                is_adjective_context(&prev) || is_auxiliary(&prev)
            });
        // "Friends are invited to a service on Saturday": a present passive.
        let present_passive = (lower_word.ends_with("ed") || is_past(&lower_word))
            && k.checked_sub(1).is_some_and(|p| matches!(&*lower(before[p].text(text)), "is" | "are" | "am"));
        let tense = if matches!(word, "set" | "due" | "poised" | "slated") && matches!(next, Some("to" | "for")) {
            Some(Tense::Future)
        } else if present_passive {
            Some(Tense::Present)
        } else if participle && !is_future(word) {
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
        if t.kind() == TokenKind::Word {
            if let Some(tense) = tense_of(t.text(text)) {
                return tense;
            }
        }
    }
    Tense::Unknown
}
