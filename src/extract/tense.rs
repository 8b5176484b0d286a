//! The tense around a time expression, which decides how a year-less date resolves
//! (HeidelTime's news mode: a past-tense "in December" in January is last December).

use super::words::{Token, TokenKind};
use super::wordset::{with_lowercase, FastMap};
use crate::calendar::Tense;

/// Words that put a sentence in the future.
const FUTURE_WORDS: &[&str] = &[
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
/// Present-tense verbs.
const PRESENT_WORDS: &[&str] = &[
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
/// A past-tense verb form that does not end in "-ed" ("said", "fought", "were"): the one list
/// other readers consult to tell a verb from a noun.
pub(crate) fn is_irregular_past(w: &str) -> bool {
    w != "ago" && is_past(w)
}

/// Past-tense verbs without -ed, and words that point back.
fn is_past(w: &str) -> bool {
    WORD_MARKS.get(w).is_some_and(|m| m.has(Marks::PAST))
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
const NOT_PAST_ED_WORDS: &[&str] = &[
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

/// What a word says about tense, all read from its lower case with one lookup: the word
/// lists above, and its "-ed" ending. Scanning the lists (and lowering the word) again for each
/// question was most of the cost of reading a date's tense.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Marks(u16);

impl Marks {
    const FUTURE: u16 = 1;
    const PRESENT: u16 = 1 << 1;
    const PAST: u16 = 1 << 2;
    const NOT_PAST_ED: u16 = 1 << 3;
    const ADJECTIVE_CONTEXT: u16 = 1 << 4;
    const AUXILIARY: u16 = 1 << 5;
    /// "is", "are", "am": before a participle, a present passive.
    const BE_PRESENT: u16 = 1 << 6;
    /// "who", "which", "whose", "whom": opens a relative clause.
    const RELATIVE_PRONOUN: u16 = 1 << 7;
    const SINCE: u16 = 1 << 8;
    /// "through", "until", "till", "by": a limit.
    const LIMIT: u16 = 1 << 9;
    /// The lower case ends in "-ed".
    const ENDS_ED: u16 = 1 << 10;
    /// A past tense by its "-ed" (longer than four letters, and not a listed non-verb).
    const PAST_ED: u16 = 1 << 11;
    /// A future word written in lower case (`is_future` of the word as written).
    const FUTURE_AS_WRITTEN: u16 = 1 << 12;

    fn has(self, marks: u16) -> bool {
        self.0 & marks != 0
    }

    /// The tense the word itself marks (`tense_of`).
    fn tense(self) -> Option<Tense> {
        if self.has(Marks::FUTURE) {
            Some(Tense::Future)
        } else if self.has(Marks::PRESENT) {
            Some(Tense::Present)
        } else if self.has(Marks::PAST | Marks::PAST_ED) {
            Some(Tense::Past)
        } else {
            None
        }
    }
}

/// Every listed word, lower case, with its marks.
static WORD_MARKS: std::sync::LazyLock<FastMap<&'static str, Marks>> = std::sync::LazyLock::new(|| {
    let lists: [(&[&'static str], u16); 9] = [
        (FUTURE_WORDS, Marks::FUTURE),
        (PRESENT_WORDS, Marks::PRESENT),
        (PAST_WORDS, Marks::PAST),
        (NOT_PAST_ED_WORDS, Marks::NOT_PAST_ED),
        (ADJECTIVE_CONTEXT_WORDS, Marks::ADJECTIVE_CONTEXT),
        (AUXILIARY_WORDS, Marks::AUXILIARY),
        (&["is", "are", "am"], Marks::BE_PRESENT),
        (&["who", "which", "whose", "whom"], Marks::RELATIVE_PRONOUN),
        (&["since"], Marks::SINCE),
    ];
    let mut map = FastMap::default();
    for (words, mark) in lists.into_iter().chain([(&["through", "until", "till", "by"][..], Marks::LIMIT)]) {
        for w in words {
            map.entry(*w).or_insert(Marks::default()).0 |= mark;
        }
    }
    map
});

/// The marks of a word as written.
fn marks_of(word: &str) -> Marks {
    let mut marks = with_lowercase(word, |w| {
        let mut marks = WORD_MARKS.get(w).copied().unwrap_or_default();
        if w.ends_with("ed") {
            marks.0 |= Marks::ENDS_ED;
            if w.len() > 4 && !marks.has(Marks::NOT_PAST_ED) {
                marks.0 |= Marks::PAST_ED;
            }
        }
        marks
    });
    if marks.has(Marks::FUTURE) && FUTURE_WORDS.contains(&word) {
        marks.0 |= Marks::FUTURE_AS_WRITTEN;
    }
    marks
}

/// The tense that governs the token at `at` in its sentence: the nearest tense-marked word
/// before it in the same sentence ("said it will vote on Sunday": "will" is nearer than
/// "said"), else one close after it.
pub fn tense_at(text: &str, tokens: &[Token], sentence_range: std::ops::Range<usize>, at: usize) -> Tense {
    let before = &tokens[sentence_range.start..at.min(sentence_range.end)];
    // The word right before the expression can settle it: "since" looks back; "through",
    // "until" and "by" name a limit, read as the nearest such date.
    let last = before.last().map_or(Marks::default(), |t| marks_of(t.text(text)));
    if last.has(Marks::SINCE) {
        return Tense::Past;
    }
    let limit = last.has(Marks::LIMIT);
    let verb = verb_tense(text, tokens, sentence_range, at);
    // A limit in a past sentence ("flights booked through Sept. 30") is read as the nearest
    // such date; in a future one, ahead.
    if limit && verb != Tense::Future {
        return Tense::Unknown;
    }
    verb
}

/// Words before a participle that make it an adjective ("of authorized spending").
const ADJECTIVE_CONTEXT_WORDS: &[&str] =
    &["the", "a", "an", "of", "for", "with", "its", "their", "his", "her", "our", "this", "that", "newly", "recently"];
/// Auxiliaries that carry the tense of a participle after them ("is scheduled to be sentenced").
const AUXILIARY_WORDS: &[&str] = &["be", "been", "being", "to", "get", "got"];

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
                if marks_of(before[open + 1].text(text)).has(Marks::RELATIVE_PRONOUN) {
                    skip_until = Some(open);
                }
            }
            continue;
        }
        if t.kind() != TokenKind::Word {
            continue;
        }
        let word = t.text(text);
        let marks = marks_of(word);
        // "was set to explode", "is due to", "were scheduled for": future in the past.
        let set_to = matches!(word, "set" | "due" | "poised" | "slated")
            && matches!(tokens.get(sentence_range.start + k + 1).map(|x| x.text(text)), Some("to" | "for"));
        // A participle after an article or auxiliary is an adjective ("of authorized
        // spending", "is scheduled to"); after "is" or "are", a present passive ("Friends are
        // invited to a service on Saturday").
        let participle = !set_to && marks.has(Marks::ENDS_ED | Marks::PAST);
        let previous = match k.checked_sub(1) {
            Some(p) if participle => marks_of(before[p].text(text)),
            _ => Marks::default(),
        };
        let tense = if set_to {
            Some(Tense::Future)
        } else if previous.has(Marks::BE_PRESENT) {
            Some(Tense::Present)
        } else if previous.has(Marks::ADJECTIVE_CONTEXT | Marks::AUXILIARY) && !marks.has(Marks::FUTURE_AS_WRITTEN) {
            None
        } else {
            marks.tense()
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
            if let Some(tense) = marks_of(t.text(text)).tense() {
                return tense;
            }
        }
    }
    Tense::Unknown
}
