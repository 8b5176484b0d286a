//! The tense around a time expression, which decides how a year-less date resolves
//! (HeidelTime's news mode: a past-tense "in December" in January is last December).

use super::words::{Token, TokenKind};
use crate::calendar::Tense;
use crate::extract::wordset::ShapeFilter;

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
    WORD_MARKS.get(w.as_bytes(), false).has(Marks::PAST)
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

bitflags::bitflags! {
    /// What a word says about tense, all read from its lower case with one lookup: the word
    /// lists above, and its "-ed" ending. Scanning the lists (and lowering the word) again for
    /// each question was most of the cost of reading a date's tense.
    #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
    struct Marks: u16 {
        const FUTURE = 1;
        const PRESENT = 1 << 1;
        const PAST = 1 << 2;
        const NOT_PAST_ED = 1 << 3;
        const ADJECTIVE_CONTEXT = 1 << 4;
        const AUXILIARY = 1 << 5;
        /// "is", "are", "am": before a participle, a present passive.
        const BE_PRESENT = 1 << 6;
        /// "who", "which", "whose", "whom": opens a relative clause.
        const RELATIVE_PRONOUN = 1 << 7;
        const SINCE = 1 << 8;
        /// "through", "until", "till", "by": a limit.
        const LIMIT = 1 << 9;
        /// The lower case ends in "-ed".
        const ENDS_ED = 1 << 10;
        /// A past tense by its "-ed" (longer than four letters, and not a listed non-verb).
        const PAST_ED = 1 << 11;
        /// A future word written in lower case (`is_future` of the word as written).
        const FUTURE_AS_WRITTEN = 1 << 12;
    }
}

impl Marks {
    fn has(self, marks: Marks) -> bool {
        self.intersects(marks)
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

/// Every listed word, lower case, with its marks, in an open-addressing table of hashes:
/// a lookup hashes the word once and compares it with the one or two entries of its slot.
struct WordMarks {
    /// (word, marks); an empty word is an empty slot.
    slots: Box<[(&'static str, Marks)]>,
    /// The shapes of the listed words: most words of a sentence are in no list, and this
    /// rules them out without hashing them.
    shapes: ShapeFilter<16>,
}

/// Slots of [`WordMarks`]: a power of two, over twice the number of listed words.
const SLOTS: usize = 512;

static WORD_MARKS: std::sync::LazyLock<WordMarks> = std::sync::LazyLock::new(|| {
    let lists: [(&[&'static str], Marks); 10] = [
        (FUTURE_WORDS, Marks::FUTURE),
        (PRESENT_WORDS, Marks::PRESENT),
        (PAST_WORDS, Marks::PAST),
        (NOT_PAST_ED_WORDS, Marks::NOT_PAST_ED),
        (ADJECTIVE_CONTEXT_WORDS, Marks::ADJECTIVE_CONTEXT),
        (AUXILIARY_WORDS, Marks::AUXILIARY),
        (&["is", "are", "am"], Marks::BE_PRESENT),
        (&["who", "which", "whose", "whom"], Marks::RELATIVE_PRONOUN),
        (&["since"], Marks::SINCE),
        (&["through", "until", "till", "by"], Marks::LIMIT),
    ];
    let mut slots = vec![("", Marks::default()); SLOTS].into_boxed_slice();
    for (words, mark) in lists {
        for w in words {
            let mut s = slot_of(w.as_bytes(), false);
            while !slots[s].0.is_empty() && slots[s].0 != *w {
                s = (s + 1) % SLOTS;
            }
            slots[s].0 = w;
            slots[s].1 |= mark;
        }
    }
    let mut shapes = ShapeFilter::new();
    for (w, _) in &slots {
        shapes.insert(w.as_bytes());
    }
    WordMarks { slots, shapes }
});

impl WordMarks {
    /// The marks of `word`, compared exactly or (`fold`) ignoring ASCII case.
    fn get(&self, word: &[u8], fold: bool) -> Marks {
        // The filter reads letters either case, so it passes every word an exact lookup finds.
        if !self.shapes.may_hold(word) {
            return Marks::default();
        }
        let mut s = slot_of(word, fold);
        loop {
            let (key, marks) = self.slots[s];
            if key.is_empty() {
                return Marks::default();
            }
            if if fold { key.as_bytes().eq_ignore_ascii_case(word) } else { key.as_bytes() == word } {
                return marks;
            }
            s = (s + 1) % SLOTS;
        }
    }
}

/// The home slot of a word: FNV-1a over its bytes, ASCII letters lowered when `fold`.
fn slot_of(word: &[u8], fold: bool) -> usize {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in word {
        let b = if fold { b.to_ascii_lowercase() } else { b };
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    (h ^ (h >> 29)) as usize % SLOTS
}

/// The marks of a word as written. An ASCII word is read ignoring case, without building its
/// lower case; another is lowered first (`str::to_lowercase`), as the lists are compared with.
fn marks_of(word: &str) -> Marks {
    let mut marks =
        if word.is_ascii() { lower_marks(word.as_bytes()) } else { lower_marks(word.to_lowercase().as_bytes()) };
    if marks.has(Marks::FUTURE) && FUTURE_WORDS.contains(&word) {
        marks |= Marks::FUTURE_AS_WRITTEN;
    }
    marks
}

/// The marks of a word read in lower case: ASCII letters in either case, other bytes exactly.
fn lower_marks(word: &[u8]) -> Marks {
    let mut marks = WORD_MARKS.get(word, true);
    if word.len() >= 2 && word[word.len() - 2..].eq_ignore_ascii_case(b"ed") {
        marks |= Marks::ENDS_ED;
        if word.len() > 4 && !marks.has(Marks::NOT_PAST_ED) {
            marks |= Marks::PAST_ED;
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The word's tense as the lists read it, lowered with `str::to_lowercase`.
    fn listed_tense(word: &str) -> Option<Tense> {
        let w = word.to_lowercase();
        let w = w.as_str();
        if FUTURE_WORDS.contains(&w) {
            Some(Tense::Future)
        } else if PRESENT_WORDS.contains(&w) {
            Some(Tense::Present)
        } else if PAST_WORDS.contains(&w) || (w.len() > 4 && w.ends_with("ed") && !NOT_PAST_ED_WORDS.contains(&w)) {
            Some(Tense::Past)
        } else {
            None
        }
    }

    #[test]
    fn marks_read_the_lists_in_any_case() {
        let lists = [FUTURE_WORDS, PRESENT_WORDS, PAST_WORDS, NOT_PAST_ED_WORDS, ADJECTIVE_CONTEXT_WORDS];
        for w in lists.iter().flat_map(|l| l.iter()) {
            for written in [w.to_string(), w.to_uppercase(), w[..1].to_uppercase() + &w[1..]] {
                assert_eq!(marks_of(&written).tense(), listed_tense(&written), "{written}");
            }
        }
        // The Kelvin sign lowers to an ASCII k: "too\u{212A}" is "took".
        for w in ["too\u{212A}", "Voted", "naïved", "ED", "bed", "Armed", "ago", "", "-", "über"] {
            assert_eq!(marks_of(w).tense(), listed_tense(w), "{w}");
        }
        assert!(!marks_of("Will").has(Marks::FUTURE_AS_WRITTEN));
        assert!(marks_of("will").has(Marks::FUTURE_AS_WRITTEN));
        assert!(is_irregular_past("said") && !is_irregular_past("Said") && !is_irregular_past("ago"));
    }
}
