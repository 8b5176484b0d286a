//! What each count counts: the noun after it, the verb that governs it, and that verb's
//! subject ("The storm / destroyed / 340 / homes").

use std::borrow::Cow;
use std::ops::Range;
use std::sync::LazyLock;

use super::mention::{NumberKind, NumberMention, Quantity};
use crate::article::Article;
use crate::extract::vocab::SPEECH_VERBS;
use crate::extract::words::{TokenKind, Tokens};
use crate::extract::wordset::WordSet;
use crate::lexicon::lowercase;
use crate::memory::SharedWords;
use crate::span::Span;

/// The word lists below as hash sets: a count's neighbours are looked up in them a dozen
/// times each, and a list compared the word with every entry.
static NP_STOP_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NP_STOP));
static IRREGULAR_PAST_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(IRREGULAR_PAST));
static BOUND_WORDS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(BOUND_WORDS));
static AUXILIARIES_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(AUXILIARIES));
static PREPOSITIONS_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(PREPOSITIONS));

/// Head words that end a counted noun phrase.
const NP_STOP: &[&str] = &[
    "who",
    "whom",
    "which",
    "that",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "will",
    "would",
    "and",
    "or",
    "but",
    "in",
    "at",
    "on",
    "of",
    "from",
    "to",
    "for",
    "with",
    "by",
    "as",
    "including",
    // "4,900 firms consisting of ...": a breakdown opens after the noun.
    "consisting",
    "comprising",
    "among",
    "after",
    // "9,453 vehicles versus 7,462": the word before a compared figure.
    "versus",
    "vs",
    "before",
    "during",
    "since",
    "while",
    "when",
    "where",
    "into",
    "than",
    "died",
    "killed",
    "injured",
    "wounded",
    "remain",
    "remained",
    "according",
    "across",
    "near",
    "inside",
    "outside",
    "under",
    "over",
    "per",
    "each",
    "more",
    "less",
    "fewer",
    "have",
    "been",
    "being",
    "be",
    "also",
    "this",
    "last",
    "the",
    "a",
    "an",
    "out",
    "up",
    "down",
    "off",
    "about",
    "against",
    "between",
    "could",
    "can",
    "may",
    "might",
    "should",
    "must",
    // Adverbs and time words that follow a count but are not part of what is counted.
    "so",
    "far",
    "now",
    "yet",
    "ago",
    "still",
    "already",
    "alone",
    "overall",
    "altogether",
    "today",
    "yesterday",
    "overnight",
    "apiece",
    "respectively",
    "undecided",
    "unsure",
    "backing",
    "support",
    "supporting",
    "opposing",
    "approve",
    "disapprove",
    "next",
];

/// Irregular past tenses that end a counted noun phrase as its clause's verb ("Eight patients
/// fell ill", "40 workers went on strike"), unless a determiner makes them a modifier.
#[rustfmt::skip]
const IRREGULAR_PAST: &[&str] = &[
    "fell", "rose", "grew", "went", "came", "ran", "fled", "took", "got", "gave", "made", "became", "began",
    "stood", "sat", "kept", "met", "spent", "sent", "paid", "sold", "told", "found", "fought", "brought",
    "bought", "caught", "wrote", "drove", "flew", "swam", "broke", "spoke", "chose", "rode", "sank", "sang",
    "threw", "knew", "drew", "slept", "struck", "won", "remain", "remains", "left", "lost", "held", "led",
];

/// Verbs of counting that commonly govern a count before it ("killed 182 people").
pub fn is_count_verb(w: &str) -> bool {
    w.ends_with("ed")
        || matches!(
            w,
            "killed"
                | "left"
                | "hit"
                | "lost"
                | "won"
                | "took"
                | "had"
                | "has"
                | "have"
                | "saw"
                | "sold"
                | "built"
                | "hold"
                | "holds"
                | "held"
                | "kill"
                | "kills"
                | "claimed"
                | "include"
                | "includes"
                | "included"
                | "including"
                | "totaled"
                | "totalled"
                | "reached"
        )
}

/// Words skipped between a verb and the count it governs ("killed at least 25").
const BOUND_WORDS: &[&str] = &[
    "at",
    "least",
    "more",
    "than",
    "about",
    "some",
    "nearly",
    "almost",
    "over",
    "around",
    "up",
    "to",
    "an",
    "estimated",
    "approximately",
    "roughly",
    "another",
    "the",
    "a",
    "just",
    "only",
    "of",
    "its",
    "their",
    "his",
    "her",
];

/// Auxiliaries and adverbs between a subject and its verb ("has destroyed", "were reportedly").
const AUXILIARIES: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "have",
    "had",
    "has",
    "been",
    "be",
    "will",
    "would",
    "reportedly",
    "also",
    "already",
    "now",
    "so",
    "far",
];

/// Verbs that hand their object to another verb: "ordered 1,200 residents to leave" is about
/// leaving, not ordering.
const CONTROL_VERBS: &[&str] = &["ordered", "told", "forced", "urged", "asked", "allowed", "advised"];

/// Prepositions that end a subject's head noun phrase ("A fire in 2007" -> "A fire").
const PREPOSITIONS: &[&str] =
    &["in", "at", "on", "of", "from", "near", "across", "during", "for", "with", "by", "since", "after", "before"];

/// Attach counted nouns, verbs and subjects to counts.
pub fn quantities(article: &Article, tokens: &Tokens, numbers: &[NumberMention]) -> Vec<Quantity> {
    let words = Words { text: &article.text, tokens };
    let mut shared = SharedWords::default();
    let counted = |n: &NumberMention| matches!(n.kind, NumberKind::Count | NumberKind::Money | NumberKind::Percent);
    // The list's own length, not one grown by doubling: it is made last and kept to the end.
    let mut out = Vec::with_capacity(numbers.iter().filter(|n| counted(n)).count());
    for (i, n) in numbers.iter().enumerate() {
        if counted(n) {
            out.push(quantity(&words, &mut shared, i, n));
        }
    }
    share_raised_heads(&article.text, numbers, &mut out);
    out
}

/// Whether a head noun is written plural: "medals", "fishermen", "children", "people".
fn plural_noun(h: &str) -> bool {
    (h.len() > 3 && h.ends_with('s') && !h.ends_with("ss")) || h.ends_with("men") || h.ends_with("ren") || h == "people"
}

/// "39 gold, 41 silver and 33 bronze medals", "two French and three German nationals": counts
/// of one coordinated list whose noun is written once, after the last. Each earlier count has
/// a one-word modifier for its noun ("gold"), written singular after a plural count, and a
/// comma or "and"/"or" joins it to the next count; it counts the last count's noun.
fn share_raised_heads(text: &str, numbers: &[NumberMention], qs: &mut [Quantity]) {
    let mut k = 0;
    while k < qs.len() {
        // The run of counts joined as a list, from k, up to the first that writes a plural noun.
        let mut end = k;
        while !qs[end].head.as_deref().is_some_and(plural_noun)
            && end + 1 < qs.len()
            && joined_in_list(text, numbers, &qs[end], &qs[end + 1])
        {
            end += 1;
        }
        let last_head = qs[end].head.clone().filter(|h| plural_noun(h));
        if let (Some(head), true) = (last_head, end > k) {
            let elided = |q: &Quantity| {
                let n = &numbers[q.number];
                let word = q.noun.as_deref().filter(|w| !w.contains(' ') && !w.contains('-'));
                n.value >= 2.0
                    && word.is_some_and(|w| w.chars().all(char::is_alphabetic) && !plural_noun(&w.to_lowercase()))
            };
            if qs[k..end].iter().all(elided) {
                for q in &mut qs[k..end] {
                    q.head = Some(head.clone());
                }
            }
        }
        k = end + 1;
    }
}

/// Whether count quantity `b` follows `a` as the next item of one list: in one sentence, with
/// only a comma, "and" or "or" between `a`'s noun phrase and `b`'s number.
fn joined_in_list(text: &str, numbers: &[NumberMention], a: &Quantity, b: &Quantity) -> bool {
    let (na, nb) = (&numbers[a.number], &numbers[b.number]);
    if na.kind != NumberKind::Count || nb.kind != NumberKind::Count || na.sentence != nb.sentence {
        return false;
    }
    let from = a.noun_span.map_or(na.span.end, |s| s.end);
    let Some(between) = text.get(from..nb.span.start) else { return false };
    matches!(between.trim(), "," | "and" | ", and" | "or" | ", or")
}

/// The tokens of an article with its text, read word by word.
struct Words<'a> {
    text: &'a str,
    tokens: &'a Tokens,
}

impl<'a> Words<'a> {
    /// Token `t` in lower case, borrowed when it already is (most words).
    fn lower(&self, t: usize) -> Cow<'a, str> {
        lowercase(self.tokens[t].text(self.text))
    }

    /// Whether token `t` is a word of sentence `s`.
    fn is_word(&self, t: usize, s: usize) -> bool {
        self.tokens.in_sentence(t, s) && self.tokens[t].kind() == TokenKind::Word
    }
}

/// The quantity of number `i`, a count, money or a percentage.
fn quantity(w: &Words, shared: &mut SharedWords, i: usize, n: &NumberMention) -> Quantity {
    let (text, tokens) = (w.text, w.tokens);
    let s = n.sentence;
    // A unit joined by a hyphen ("a 15,800-acre burn area") is the counted thing; the words
    // after it say what about it is counted.
    let hyphen_unit = n.token_end + 1 < tokens.len()
        && tokens.in_sentence(n.token_end, s)
        && tokens[n.token_end].text(text) == "-"
        && tokens[n.token_end].span().start == n.span.end
        && w.is_word(n.token_end + 1, s)
        && tokens[n.token_end + 1].span().start == tokens[n.token_end].span().end;
    let np = noun_phrase(w, n, hyphen_unit);
    let (noun, mut head, noun_span) = if !np.is_empty() {
        let (f, l) = (np.start, np.end - 1);
        let span = Span::new(tokens[f].span().start, tokens[l].span().end);
        let head_tok = if hyphen_unit { f } else { l };
        (Some(&text[span.start..span.end]), Some(w.lower(head_tok)), Some(span))
    } else {
        (None, None, None)
    };
    // "acre" in "15,800-acre" counts acres.
    if hyphen_unit {
        head = head.map(|h| if h.ends_with('s') { h } else { Cow::Owned(format!("{h}s")) });
    }
    let (mut verb, mut verb_token, mut definite) = verb_before(w, n);
    // Possessive before the number: "the board's 12 seats".
    if n.token > 0 && tokens.in_sentence(n.token - 1, s) {
        let prev = tokens[n.token - 1].text(text);
        if prev.ends_with("'s") || prev.ends_with("’s") {
            definite = true;
        }
    }
    let after_np = if hyphen_unit { n.token_end + 1 + np.len() } else { n.token_end + np.len() };
    // "ordered 1,200 residents to leave": the event is leaving, and its subject is the
    // counted people themselves.
    if let Some(v) = verb.as_deref() {
        if CONTROL_VERBS.contains(&v)
            && w.is_word(after_np, s)
            && w.lower(after_np) == "to"
            && w.is_word(after_np + 1, s)
        {
            verb = Some(w.lower(after_np + 1));
            verb_token = None;
        }
    }
    if hyphen_unit && verb.is_none() && np.len() >= 2 {
        // "a 15,800-acre burn area": the word after the unit says what happened to it.
        verb = Some(w.lower(np.start + 1));
    }
    if verb.is_none() {
        verb = passive_after(w, after_np, s);
    }
    let (subject, subject_head, subject_indefinite) = match verb_token {
        Some(v) => subject_of(text, tokens, v),
        None => (None, None, false),
    };
    let mut word = |s: Option<&str>| s.map(|s| shared.word(s));
    Quantity {
        number: i,
        noun: word(noun),
        head: word(head.as_deref()),
        noun_span,
        verb: word(verb.as_deref()),
        subject: word(subject),
        subject_head: word(subject_head.as_deref()),
        subject_indefinite,
        definite,
    }
}

/// The counted noun phrase: up to four words after the number (or its hyphenated unit),
/// until a stop word or punctuation.
fn noun_phrase(w: &Words, n: &NumberMention, hyphen_unit: bool) -> Range<usize> {
    let s = n.sentence;
    let mut t = if hyphen_unit { n.token_end + 1 } else { n.token_end };
    // Its words follow one another: the phrase is a range of tokens (no list per count).
    let mut np = t..t;
    // After a determiner, a participle before a plural noun modifies it ("the 21 stranded
    // hikers"); elsewhere a word in -ed after a count is its verb ("12 arrested").
    // A count governed by a verb or a preposition is an object ("have 558 confirmed cases",
    // "with three distinguished historians"): a participle after it cannot be its verb either.
    let determined = n.token > 0 && w.is_word(n.token - 1, s) && {
        let prev = w.lower(n.token - 1);
        matches!(&*prev, "the" | "its" | "their" | "these" | "those")
            || PREPOSITIONS_SET.contains(&prev)
            || matches!(&*prev, "to" | "has" | "have" | "had" | "reported" | "confirmed" | "recorded")
    };
    // The noun may be an irregular plural ("the 32 rescued fishermen", "the 12 injured
    // children"): any word that is neither a stop word, a verb nor an adverb follows.
    let modifies_noun = |t: usize| {
        determined && w.is_word(t + 1, s) && {
            let next = w.lower(t + 1);
            let plural = next.ends_with('s') || next.ends_with("men") || next == "people" || next.ends_with("ren");
            next.len() > 3
                && plural
                && !NP_STOP_SET.contains(&next)
                && !SPEECH_VERBS.contains(&&*next)
                && !next.ends_with("ed")
                && !next.ends_with("ly")
        }
    };
    // An adverb standing alone after a count ("four exclusively for women", "two mostly in
    // the north") leaves the noun unsaid: a plural count's head is not a word in -ly, and one
    // that modifies a noun has that noun after it ("four weekly papers").
    // Before a participle it says how the counted things were done to ("44 partially
    // damaged"): the noun is still unsaid.
    let bare_adverb = |t: usize| {
        let lw = w.lower(t);
        n.value > 1.0
            && lw.len() > 4
            && lw.ends_with("ly")
            && (!w.is_word(t + 1, s) || NP_STOP_SET.contains(&w.lower(t + 1)) || participle(&w.lower(t + 1)))
    };
    // A present participle before a preposition opens a reduced relative clause ("2
    // specializing in law", "three working abroad"), not a noun: the noun is left unsaid.
    let relative_participle = |t: usize| {
        let lw = w.lower(t);
        lw.len() > 5
            && lw.ends_with("ing")
            && lw != "missing"
            && (!w.is_word(t + 1, s) || NP_STOP_SET.contains(&w.lower(t + 1)))
    };
    while w.is_word(t, s) && np.len() < 4 {
        let lw = w.lower(t);
        if (np.is_empty() && (bare_adverb(t) || relative_participle(t)))
            || NP_STOP_SET.contains(&lw)
            || SPEECH_VERBS.contains(&&*lw)
            || (IRREGULAR_PAST_SET.contains(&lw) && !modifies_noun(t))
            || (lw.ends_with("ed")
                && np.is_empty()
                && lw.len() > 4
                && !matches!(&*lw, "dead" | "wounded" | "injured" | "armed")
                && !modifies_noun(t))
            // A participle after the noun is the clause's verb, not part of the noun: "the
            // thirty people hurt", "homes destroyed".
            || (!np.is_empty() && (lw == "hurt" || (lw.ends_with("ed") && lw.len() > 4 && !modifies_noun(t))))
        {
            break;
        }
        t += 1;
        np.end = t;
    }
    np
}

/// A past participle in "-ed" ("damaged", "injured").
fn participle(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ed")
}

/// The counting verb before the number, past bound words ("killed at least 25"), with its
/// token, and whether the count is definite ("the 430 homes").
fn verb_before<'a>(w: &Words<'a>, n: &NumberMention) -> (Option<Cow<'a, str>>, Option<usize>, bool) {
    let mut definite = false;
    let mut t = n.token;
    let mut skipped = 0;
    while t > 0 && skipped < 4 {
        t -= 1;
        if !w.is_word(t, n.sentence) {
            break;
        }
        let word = w.lower(t);
        if BOUND_WORDS_SET.contains(&word) {
            if skipped == 0 && matches!(&*word, "the" | "its" | "their" | "his" | "her" | "these" | "those") {
                definite = true;
            }
            skipped += 1;
            continue;
        }
        if matches!(&*word, "these" | "those") && skipped == 0 {
            definite = true;
        }
        if is_count_verb(&word) {
            return (Some(word), Some(t), definite);
        }
        break;
    }
    (None, None, definite)
}

/// A passive after the noun phrase ("25 people were killed"), past auxiliaries.
fn passive_after<'a>(w: &Words<'a>, after_np: usize, s: usize) -> Option<Cow<'a, str>> {
    let mut t = after_np;
    let mut steps = 0;
    while w.is_word(t, s) && steps < 4 {
        let word = w.lower(t);
        // "44 partially damaged": an adverb before the participle.
        let adverb = word.len() > 4 && word.ends_with("ly") && steps == 0;
        if AUXILIARIES_SET.contains(&word) || matches!(&*word, "who" | "that" | "which") || adverb {
            t += 1;
            steps += 1;
            continue;
        }
        if word.ends_with("ed")
            || matches!(&*word, "died" | "dead" | "hurt" | "lost" | "left")
            || (IRREGULAR_PAST_SET.contains(&word) && steps == 0)
        {
            return Some(word);
        }
        break;
    }
    None
}

/// The subject of the verb at token `verb`: the noun phrase before it in its clause, past any
/// auxiliaries, with a relative pronoun resolved to the noun phrase before its comma.
fn subject_of<'a>(text: &'a str, tokens: &Tokens, verb: usize) -> (Option<&'a str>, Option<Cow<'a, str>>, bool) {
    let s = tokens.sentence_of(verb);
    let lower = |t: usize| lowercase(tokens[t].text(text));
    let mut t = verb;
    while t > 0 && tokens.in_sentence(t - 1, s) && AUXILIARIES_SET.contains(&lower(t - 1)) {
        t -= 1;
    }
    if t == 0 || !tokens.in_sentence(t - 1, s) {
        return (None, None, false);
    }
    let mut end = t; // exclusive
    if matches!(&*lower(t - 1), "which" | "that" | "who") {
        // "The fire, which destroyed": the antecedent sits before the comma.
        if t >= 2 && tokens[t - 2].text(text) == "," && tokens.in_sentence(t - 2, s) {
            end = t - 2;
        } else {
            end = t - 1;
        }
    }
    // Walk back to the clause start: punctuation, another verb-like word, or five words.
    let mut start = end;
    while start > 0 && end - start < 6 {
        let k = start - 1;
        if !tokens.in_sentence(k, s) || tokens[k].kind() == TokenKind::Punct {
            break;
        }
        let w = lower(k);
        if matches!(&*w, "and" | "but" | "or" | "said" | "says" | "that" | "which" | "who" | "when" | "as") {
            break;
        }
        start = k;
    }
    if start == end {
        return (None, None, false);
    }
    // "A fire in 2007" -> "A fire".
    let mut cut = end;
    for k in start + 1..end {
        if PREPOSITIONS_SET.contains(&lower(k)) {
            cut = k;
            break;
        }
    }
    let head_tok = (start..cut).rev().find(|&k| tokens[k].kind() == TokenKind::Word);
    let Some(head_tok) = head_tok else { return (None, None, false) };
    let span = Span::new(tokens[start].span().start, tokens[end - 1].span().end);
    let indefinite = matches!(&*lower(start), "a" | "an" | "another" | "other" | "some");
    (Some(&text[span.start..span.end]), Some(lower(head_tok)), indefinite)
}
