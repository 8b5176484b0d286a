//! What keeps a number out of a sum, and a group of numbers from being one sum, beyond the
//! cue that ties them (see `sum.rs`). Each rule reads the structure around the numbers, never
//! a list of subjects:
//!
//! - a year ("in 1987", "the 1986/87 season") counts nothing;
//! - the amount of a change ("down 190,000", "rose by 2,000") is a difference, not a part;
//! - a figure in brackets right after a figure ("32 (29)") is the same item's other column
//!   (last year's, the target's), not one more part;
//! - parts on both sides of a bracket ("2.7 tonnes (including 0.2 imported) and 4,000 for
//!   export") belong to different lists;
//! - a list with "respectively" pairs each figure with another list's, it does not add up;
//! - "against", "versus", "compared with" between the total and its parts set another period
//!   or subject against them;
//! - parts that outgrow their total tenfold or more measure something else (another unit or
//!   scale: "the 12 months ... gains of 895,000"); a slip of arithmetic is never that large;
//! - a list ends with the item after its "and" ("seven adults and two children, were found at
//!   three scenes"): a later figure joined by a comma alone belongs to the sentence, not the
//!   list; and a part followed by its own breakdown ("Seven of the victims, including three
//!   women and two men") is a subtotal: the breakdown is no sibling of it; a verb after the
//!   "and" ("12 children, and are searching for dozens more") opens another predicate;
//! - a figure joined to another by a times sign ("4x100-meter relay", "2×4") names a thing,
//!   it counts nothing;
//! - a count that an exclusion governs ("aside from the two pilots", "besides", "in addition
//!   to") is set apart from what follows: it is never their total;
//! - parts told apart by what they did, had or said ("620 said prices were too high and 540
//!   said wages were too low", "30 had fever and 28 had a cough"), by a property ("25 were
//!   over 60", "90 were offered retraining") or by a reason ("40 for looting and 35 for
//!   breaking the curfew") may overlap: one person can do, be or be arrested for both. Only
//!   categories split a whole: counted nouns ("31 residents and 29 tourists"), "were" with a
//!   noun ("were miners"), or a destination ("19,500 to home supporters").

use crate::checks::context::Ctx;
use crate::checks::window::words_between;
use crate::extract::tense::is_irregular_past;
use crate::extract::words::TokenKind;
use crate::extract::{NumberKind, NumberMention, Quantity};
use crate::span::Span;

/// Words that, right before a number, make it the amount of a change.
const CHANGE_WORDS: &[&str] = &[
    "up",
    "down",
    "off",
    "rose",
    "fell",
    "gained",
    "lost",
    "increased",
    "decreased",
    "declined",
    "dropped",
    "climbed",
    "jumped",
    "slipped",
    "grew",
    "shrank",
];

/// Words that, right before a year, make it a point in time. Words that also take counts ("of",
/// "by", "to": "a total of 2000") are left out.
const YEAR_INTRODUCERS: &[&str] = &["in", "since", "during", "until", "year", "season", "fiscal", "crop"];

/// Whether `n` is no part of any sum: a year, or the amount of a change.
pub(super) fn not_a_part(ctx: &Ctx, n: &NumberMention) -> bool {
    let text = &ctx.article.text;
    let prev = previous_words(text, n.span.start);
    // The words in ASCII lower case (`to_ascii_lowercase`) against lower-case words: compared
    // without building them.
    let change_word = |w: &str| CHANGE_WORDS.iter().any(|c| w.eq_ignore_ascii_case(c));
    let change = change_word(prev[0]) || (prev[0].eq_ignore_ascii_case("by") && change_word(prev[1]));
    change
        || is_year(ctx, n, prev[0])
        || bracketed_column(text, n.span)
        || times_sign_factor(text, n.span)
        || joined_to_a_figure(text, n.span)
}

/// "2-10" (a bowler's wickets and runs), "3–2" (a score), "20-30" (a range): a figure joined to
/// another by a dash with no space is one half of a pair, never a count on its own.
fn joined_to_a_figure(text: &str, span: Span) -> bool {
    const DASHES: &[char] = &['-', '–', '—'];
    let digit_after = |s: &str| s.strip_prefix(DASHES).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let digit_before = |s: &str| s.strip_suffix(DASHES).is_some_and(|r| r.ends_with(|c: char| c.is_ascii_digit()));
    digit_after(&text[span.end..]) || digit_before(&text[..span.start])
}

/// "4x100-meter", "4×200", "2 x 4": a figure joined to another by a times sign is a factor of
/// a name or a size, not a count.
fn times_sign_factor(text: &str, span: Span) -> bool {
    const TIMES: &[char] = &['×', 'x', 'X', '*'];
    let after = text[span.end..].trim_start_matches(' ');
    let before = text[..span.start].trim_end_matches(' ');
    let sign_then_digit = |s: &str| {
        s.strip_prefix(TIMES).is_some_and(|r| r.trim_start_matches(' ').starts_with(|c: char| c.is_ascii_digit()))
    };
    let digit_then_sign =
        before.strip_suffix(TIMES).is_some_and(|r| r.trim_end_matches(' ').ends_with(|c: char| c.is_ascii_digit()));
    sign_then_digit(after) || digit_then_sign
}

/// Whether `next` goes on with the list of `listed` (the parts read so far, in text order; at
/// least one). A list closes with the item after its "and" or "or": a later figure goes on
/// only with a joining word of its own ("..., and", "plus"). And a cue between the last part
/// and `next` ("Seven of the victims, including three women") opens that part's breakdown.
pub(super) fn list_goes_on(ctx: &Ctx, listed: &[&NumberMention], next: &NumberMention) -> bool {
    let text = &ctx.article.text;
    let gap = |a: &NumberMention, b: &NumberMention| words_between(text, a.span.end, b.span.start.max(a.span.end));
    let joins = |words: &[&str]| words.iter().any(|w| matches!(*w, "and" | "or" | "plus"));
    let last = listed[listed.len() - 1];
    let before_next = gap(last, next);
    let before_next: Vec<&str> = before_next.iter().map(|w| &**w).collect();
    let breakdown = before_next.iter().enumerate().any(|(k, w)| {
        matches!(*w, "including" | "included" | "includes")
            // "30 of which were lost and 10 ...": the part's own partitive, right after it, is no cue.
            || (matches!(*w, "among" | "of")
                && k > 0
                && matches!(before_next.get(k + 1), Some(&("them" | "whom" | "which"))))
    });
    // "32 bodies, including 12 children, and are searching for scores of people": a verb
    // after the joining word opens a second predicate, not a list item.
    // "25 adults and 15 children, and handed out 60 doses": so does a finite verb.
    let predicate =
        before_next.iter().rposition(|w| matches!(*w, "and" | "or")).is_some_and(|k| {
            matches!(before_next.get(k + 1), Some(&("are" | "were" | "is" | "was" | "have" | "has" | "had" | "will")))
        }) || crate::checks::predicate::coordinated_predicate(&text[last.span.end..next.span.start.max(last.span.end)])
            .is_some();
    if predicate {
        return false;
    }
    let closed = listed.len() >= 2 && {
        let before_last = gap(listed[listed.len() - 2], last);
        joins(&before_last.iter().map(|w| &**w).collect::<Vec<_>>())
    };
    !breakdown && (!closed || joins(&before_next))
}

/// Words before a count that set it apart from what follows: "aside from the two pilots, ...".
const EXCLUSIONS: &[&[&str]] = &[
    &["aside", "from"],
    &["apart", "from"],
    &["besides"],
    &["in", "addition", "to"],
    &["other", "than"],
    &["except"],
    &["excluding"],
    &["not", "counting"],
];

/// Whether an exclusion governs the count `n` (determiners may stand between: "aside from the
/// two Americans").
fn excluded(ctx: &Ctx, n: &NumberMention) -> bool {
    let before = crate::checks::window::words_before(ctx, n.sentence, n.span.start, 5);
    let mut words: Vec<&str> = before.iter().map(|w| &**w).collect();
    while words.last().is_some_and(|w| matches!(*w, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "those")) {
        words.pop();
    }
    EXCLUSIONS.iter().any(|e| words.ends_with(e))
}

/// A whole number from 1600 to 2099 written as a year ("1987", no thousands comma: wire tables,
/// which write "1,987", are not read at all) that a year-taking word or a month comes before or
/// a split-year slash or hyphen comes after.
fn is_year(ctx: &Ctx, n: &NumberMention, prev: &str) -> bool {
    let written = ctx.text(n.span);
    if written.len() != 4 || !written.bytes().all(|b| b.is_ascii_digit()) || !(1600.0..2100.0).contains(&n.value) {
        return false;
    }
    let prev = prev.to_ascii_lowercase();
    let prev = prev.as_str();
    let after = &ctx.article.text[n.span.end..];
    YEAR_INTRODUCERS.contains(&prev)
        || crate::lexicon::month_number(prev).is_some()
        || after.starts_with(['/', '-']) && after[1..].starts_with(|c: char| c.is_ascii_digit())
}

/// "32 (29)": a figure alone in brackets right after another figure.
fn bracketed_column(text: &str, span: Span) -> bool {
    let before = text[..span.start].trim_end();
    let Some(inside) = before.strip_suffix('(') else { return false };
    let closes = text[span.end..].trim_start().starts_with(')');
    closes && inside.trim_end().ends_with(|c: char| c.is_ascii_digit())
}

/// The two words right before `at`, nearest first ("" where there is none), read back only
/// across spaces (and a currency sign before the figure): "signed up — 52" has no word right
/// before 52.
fn previous_words(text: &str, at: usize) -> [&str; 2] {
    let head = text[..at].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '$' | '€' | '£'));
    let mut out = [""; 2];
    let mut found = 0;
    let mut rest = head;
    while found < out.len() {
        let start = rest
            .rfind(|c: char| !c.is_alphanumeric())
            .map_or(0, |i| i + rest[i..].chars().next().map_or(1, char::len_utf8));
        let word = &rest[start..];
        if word.is_empty() {
            break;
        }
        out[found] = word;
        found += 1;
        let before = &rest[..start];
        let trimmed = before.trim_end_matches(' ');
        if trimmed.len() == before.len() {
            break; // punctuation, not a space, before this word
        }
        rest = trimmed;
    }
    out
}

/// Whether a total and its parts can be one sum, read from the text around them (see the
/// module's list). `parts` are in text order.
pub(super) fn one_sum(ctx: &Ctx, total: &NumberMention, parts: &[&NumberMention]) -> bool {
    let text = &ctx.article.text;
    let (first, last) = (parts[0], parts[parts.len() - 1]);
    let from = total.span.start.min(first.span.start);
    let to = total.span.end.max(last.span.end);
    // Every part at one bracket depth.
    let depth = |at: usize| {
        text[from..at].bytes().fold(0i32, |d, b| match b {
            b'(' => d + 1,
            b')' => d - 1,
            _ => d,
        })
    };
    let part_depth = depth(first.span.start);
    if parts.iter().any(|p| depth(p.span.start) != part_depth) {
        return false;
    }
    if paired_columns(ctx, total.sentence) || excluded(ctx, total) {
        return false;
    }
    let sentence = ctx.article.sentences[total.sentence].span;
    let words = words_in(ctx, Span::new(from, to));
    let tail = words_in(ctx, Span::new(last.span.end, sentence.end.max(last.span.end)));
    let respectively = words.iter().chain(&tail).any(|w| w.eq_ignore_ascii_case("respectively"));
    let compared = words.iter().enumerate().any(|(k, w)| {
        matches!(w.to_ascii_lowercase().as_str(), "against" | "versus" | "vs" | "compared")
            && figure_follows(&words[k + 1..])
    });
    let sum: f64 = parts.iter().map(|p| p.low).sum();
    let same_scale = sum <= total.high * 10.0 && sum * 10.0 >= total.low;
    !respectively && !compared && same_scale
}

/// Whether a figure opens `words`, after words that lead to it ("against a total of 1,600",
/// "compared with 470,700"): a comparison with another figure, not a word like "against police".
fn figure_follows(words: &[&str]) -> bool {
    const LEADING: &[&str] = &["as", "a", "an", "the", "with", "to", "total", "of", "level", "figure", "only", "about"];
    let next = words.iter().find(|w| !LEADING.contains(&w.to_ascii_lowercase().as_str()));
    next.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
}

/// The words and numbers of the tokens inside `span`.
fn words_in<'a>(ctx: &'a Ctx, span: Span) -> Vec<&'a str> {
    let toks = &ctx.m.tokens;
    let i = toks.partition_point(|t| t.span().start < span.start);
    toks[i..]
        .iter()
        .take_while(|t| t.span().end <= span.end)
        .filter(|t| matches!(t.kind(), TokenKind::Word | TokenKind::Number))
        .map(|t| t.text(&ctx.article.text))
        .collect()
}

/// Whether sentence `s` lists two or more items with a figure and a bracketed figure each
/// ("rice 65 (60), wheat 49 (49)"): a table written as a sentence, two columns per item.
fn paired_columns(ctx: &Ctx, s: usize) -> bool {
    let text = &ctx.article.text;
    let range = ctx.m.sentence_numbers(s);
    ctx.m.numbers[range].iter().filter(|n| bracketed_column(text, n.span)).count() >= 2
}

/// Whether the parts may overlap (see the module's notes): two or more parts carry a predicate
/// of their own and one of those tells a property, an act or a reason, not a category. A list
/// whose verb is written once ("Nineteen died at the station, 17 at the market") is split by its
/// modifiers, a partition.
pub(super) fn parts_may_overlap(ctx: &Ctx, parts: &[&Quantity]) -> bool {
    let predicates: Vec<Predicate> = parts.iter().filter_map(|q| predicate_of(ctx, q)).collect();
    predicates.len() >= 2 && predicates.contains(&Predicate::MayOverlap)
}

#[derive(PartialEq)]
enum Predicate {
    /// "were miners": a category.
    Category,
    /// "said ...", "had ...", "were over 60", "for looting" (of a bare count of people).
    MayOverlap,
}

/// The predicate a part carries right after it (after its own noun, if any).
fn predicate_of(ctx: &Ctx, q: &Quantity) -> Option<Predicate> {
    let n = &ctx.m.numbers[q.number];
    let from = q.noun_span.map_or(n.span.end, |s| s.end.max(n.span.end));
    let sentence = ctx.article.sentences[n.sentence].span;
    let after = words_in(ctx, Span::new(from, sentence.end.max(from)));
    let lower: Vec<String> = after.iter().take(4).map(|w| w.to_lowercase()).collect();
    let first = lower.first()?.as_str();
    let bare = q.noun_span.is_none() && n.kind != NumberKind::Money;
    let second = lower.get(1).map_or("", String::as_str);
    // "eight for Cerv, four for Mantle": a holder named, so a share of the total.
    let named_holder = after.get(1).is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()));
    match first {
        // "40 for looting": a reason; "2.4 mln tonnes for export", "35 for the coalition": an
        // allocation to a recipient.
        "for" if bare && !named_holder && !matches!(second, "the" | "a" | "an" | "its" | "their" | "his" | "her") => {
            Some(Predicate::MayOverlap)
        }
        // "22 elected by staff and 21 named by the state": how each got there, a category.
        _ if second == "by" => None,
        "were" | "was" | "are" | "is" => {
            Some(if names_a_property(&lower[1..]) { Predicate::MayOverlap } else { Predicate::Category })
        }
        _ if q.noun_span.is_none() && acts(first) => Some(Predicate::MayOverlap),
        _ => None,
    }
}

/// Words after "were" that name a property or a state rather than a category: a participle
/// ("were laid off"), a comparison or place in a range ("over 60"), or a figure.
fn names_a_property(words: &[String]) -> bool {
    const DETERMINERS: &[&str] = &["a", "an", "the", "also", "all", "still", "not"];
    // Participles and comparisons beside the irregular past forms `is_irregular_past` knows.
    const PROPERTY_WORDS: &[&str] = &[
        "over", "under", "above", "below", "at", "on", "with", "without", "among", "aged", "older", "younger", "more",
        "less", "laid", "hurt", "taken", "given", "seen", "cut", "born", "known", "driven", "written", "beaten",
        "stolen", "chosen", "broken", "hidden", "fallen", "sworn", "being", "too", "very", "already",
    ];
    let Some(w) = words.iter().map(String::as_str).find(|w| !DETERMINERS.contains(w)) else { return false };
    w.ends_with("ed")
        || w.starts_with(|c: char| c.is_ascii_digit())
        || PROPERTY_WORDS.contains(&w)
        || is_irregular_past(w)
}

/// Whether a word right after a bare count is a verb the count does ("620 said", "30 had"):
/// a past "-ed" form or a common verb that takes a count as its subject; a preposition or
/// anything else goes on with the list ("17 at the market", "14 near the mosque").
pub(in crate::checks::arith) fn acts(word: &str) -> bool {
    // Present forms and the past forms `is_irregular_past` lacks; "was" and "were" are read
    // apart, as a copula.
    #[rustfmt::skip]
    const VERBS: &[&str] = &[
        "say", "says", "has", "have", "take", "get", "see", "felt", "feel", "think", "know", "want", "support",
        "oppose", "favor", "favour", "prefer", "live", "work", "own", "hold", "use", "suffer", "need", "believe",
        "expect", "plan", "hope",
    ];
    (word.len() > 3 && word.ends_with("ed"))
        || VERBS.contains(&word)
        || (is_irregular_past(word) && !matches!(word, "was" | "were"))
}
