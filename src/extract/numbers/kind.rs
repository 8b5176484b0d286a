//! What a number written in digits is: a count, money, a percentage, or a time, an age, an
//! ordinal, a name ("Boeing 737"), read from the text around it.

use std::sync::LazyLock;

use super::mention::NumberKind;
use crate::extract::digits::DigitNumber;
use crate::extract::wordset::WordSet;
use crate::lexicon::month_number;
use crate::span::Span;

/// A number in digits as read: where it is, its value and kind, and its currency.
pub(super) struct DigitReading {
    pub(super) span: Span,
    pub(super) value: f64,
    pub(super) kind: NumberKind,
    pub(super) currency: Option<String>,
}

/// Read one number found in digits, or `None` when it is part of a longer token ("A380").
pub(super) fn read_digits(text: &str, found: DigitNumber) -> Option<DigitReading> {
    let whole = Span::new(found.whole.start, found.whole.end);
    let num = Span::new(found.number.start, found.number.end);
    let before = &text[..whole.start];
    let after = &text[whole.end..];
    let ordinal = matches!(after.as_bytes().get(..2), Some(b"th" | b"st" | b"nd" | b"rd"));
    // Part of a longer token: "A380", "COVID-19", "3G", "v2", decimals split oddly. Ordinals
    // ("18th") and plural decades are read below; others are identifiers.
    if (before.ends_with(|ch: char| ch.is_alphanumeric() || ch == '_' || ch == '.' || ch == '/')
        || after.starts_with(|ch: char| ch.is_alphabetic() && !after.starts_with("s ") && !ordinal))
        && !ordinal
    {
        return None;
    }
    if is_designation(before) {
        return None;
    }
    // Most numbers hold no separator to take out: parsed where they are, without a copy.
    let digits = &text[num.range()];
    let plain = digits.bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let mut value = if plain {
        digits.parse::<f64>().ok()?
    } else {
        digits.replace([',', ' ', '\u{a0}', '\u{202f}'], "").parse::<f64>().ok()?
    };
    let mut kind = NumberKind::Count;
    let mut end = whole.end;
    if let Some(s) = found.scale {
        value *= match text[s].trim() {
            "thousand" | "k" => 1e3,
            "million" | "m" | "mn" | "mln" => 1e6,
            "billion" | "bn" | "bln" => 1e9,
            _ => 1e12,
        };
    }
    if let Some(p) = found.percent {
        let p = text[p].trim();
        kind = if p.starts_with("percentage") || p.starts_with("point") {
            NumberKind::PercentagePoints
        } else {
            NumberKind::Percent
        };
        // "points" alone after a number is a score or an index move; keep it apart.
        if p.starts_with("point") {
            kind = NumberKind::Identifier;
        }
    }
    let mut currency = found.currency.map(|m| text[m].to_string());
    if currency.is_some() {
        kind = NumberKind::Money;
    }
    if ordinal {
        kind = NumberKind::Ordinal;
        end = num.end;
    }
    if is_time(before, after) {
        kind = NumberKind::Time;
    }
    // Phone numbers and other digit groups joined by hyphens ("555-0199", "1-800-555-0100");
    // "300-400" is a range and stays a count.
    if phone_like(text, num.start, num.end) {
        kind = NumberKind::Identifier;
    }
    if split_or_fraction(after) || is_list_marker(before, after) {
        kind = NumberKind::Identifier;
    }
    if kind == NumberKind::Count && names_something(text, whole.start) {
        kind = NumberKind::Identifier;
    }
    if kind == NumberKind::Count && is_age(text, whole.start, whole.end) {
        kind = NumberKind::Age;
    }
    if kind == NumberKind::Count {
        if let Some(code) = currency_word(after.trim_start()) {
            kind = NumberKind::Money;
            currency = Some(code.to_string());
        }
    }
    Some(DigitReading { span: Span::new(whole.start, end), value, kind, currency })
}

/// Whether the text before a number ends in a capitalised word joined to it by a hyphen: a
/// model, weapon or team designation ("V-1", "F-16", "COVID-19", "Under-21"), which names a thing
/// and counts nothing. A lower-case word ("mid-1990s", "pre-2008") or digits ("3-2") do not.
fn is_designation(before: &str) -> bool {
    let Some(word) = before.strip_suffix('-') else { return false };
    let word = word.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    word.chars().next().is_some_and(char::is_uppercase) && word.chars().all(char::is_alphabetic)
}

/// "(1) the facts ..., (2) the practices ...": a bracketed number opening an item of a list,
/// after punctuation or "and"/"or", numbers the item and counts nothing. A bracketed number after
/// a name ("Lily (9)") is left alone: that is an age.
fn is_list_marker(before: &str, after: &str) -> bool {
    let Some(rest) = before.strip_suffix('(') else { return false };
    if !after.starts_with(')') {
        return false;
    }
    let rest = rest.trim_end();
    rest.is_empty() || rest.ends_with([':', ',', ';', '.', '\n']) || rest.ends_with(" and") || rest.ends_with(" or")
}

/// A number that goes on with a slash: a split year ("the 1987/88 season"), a fraction
/// ("1/2", the whole of "5-1/2"), a ratio or a code. None of them counts anything.
fn split_or_fraction(after: &str) -> bool {
    let digit_after =
        |s: &str, sep: char| s.strip_prefix(sep).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    if digit_after(after, '/') {
        return true;
    }
    // "5-1/2": a whole number, a hyphen, then a fraction.
    after.strip_prefix('-').is_some_and(|r| {
        let digits = r.len() - r.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        digits > 0 && digit_after(&r[digits..], '/')
    })
}

/// Times: "10:30", "9 a.m.", "9am".
fn is_time(before: &str, after: &str) -> bool {
    let next = after.trim_start();
    after.starts_with(':') && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
        || before.ends_with(':')
        || match next.as_bytes().first() {
            // The markers by their first byte: "a.m", "am ", "p.m", "pm ", "GMT", "UTC", "o'clock".
            Some(b'a') => next.starts_with("a.m") || next.starts_with("am "),
            Some(b'p') => next.starts_with("p.m") || next.starts_with("pm "),
            Some(b'G') => next.starts_with("GMT"),
            Some(b'U') => next.starts_with("UTC"),
            Some(b'o') => next.starts_with("o'clock"),
            _ => false,
        }
}

/// The currency code of a currency word opening `next` ("dollars", "euros").
fn currency_word(next: &str) -> Option<&'static str> {
    // Each word opens with its own letter: one byte picks the word to try.
    let (word, code) = match next.as_bytes().first()? {
        b'd' => ("dollars", "USD"),
        b'e' => ("euros", "EUR"),
        b'p' => ("pounds sterling", "GBP"),
        b'y' => ("yen", "JPY"),
        b'r' => ("rupees", "INR"),
        _ => return None,
    };
    next.starts_with(word).then_some(code)
}

/// Market indexes named with a number: "the S&P 500", "the FTSE 100", "the Nikkei 225".
const INDEX_NAMES: &[&str] =
    &["S&P", "FTSE", "Nikkei", "DAX", "CAC", "Russell", "Fortune", "Stoxx", "ASX", "Sensex", "Nifty"];

/// Lower-case words before a number that make it a name ("route 66", "flight 93").
#[rustfmt::skip]
const NAMING_WORDS: &[&str] = &[
    "route", "highway", "flight", "room", "section", "article", "chapter", "page", "number", "no", "model",
    "version", "interstate", "platform", "gate", "level", "grade", "channel", "resolution", "bill",
];

/// [`NAMING_WORDS`] and [`OPENS_COUNT`] as hash sets: read before most numbers.
static NAMING_WORD_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(NAMING_WORDS));
static OPENS_COUNT_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(OPENS_COUNT));

/// Capitalised words before a number that open a count or a sentence rather than name a thing.
#[rustfmt::skip]
const OPENS_COUNT: &[&str] = &[
    "About", "Some", "Nearly", "Almost", "Around", "Over", "More", "Fewer", "Less", "Up", "At", "Just", "Only",
    "Another", "All", "The", "Of", "And", "But", "With", "Roughly", "Approximately", "Exactly", "Those", "These",
    "By", "In", "To", "From", "For", "On", "After", "Before", "Among", "Including", "Killing", "Leaving",
    "Injuring", "Between", "Altogether", "Overall",
];

/// Whether a capitalised month name stands right before the number at `start`, a space apart:
/// the number is a day or names an event ("the four weeks ended April three", "the September
/// 11 attacks"), and counts nothing.
pub(super) fn after_month(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == before.len() {
        return false;
    }
    let last_word = trimmed.rsplit(|c: char| !c.is_alphabetic() && c != '.').next().unwrap_or("");
    month_number(last_word).is_some()
}

/// A capitalised word right before a number names a thing ("Boeing 737", "Article 5",
/// "Firefox 1.0"), unless it is a word that opens a count ("About 60", "Some 40").
fn names_something(text: &str, start: usize) -> bool {
    let before = &text[..start];
    let trimmed = before.trim_end_matches([' ', '\u{a0}']);
    if trimmed.len() == before.len() && !before.is_empty() {
        return false; // attached to something else
    }
    if trimmed.ends_with("No.") || trimmed.ends_with('#') {
        return true;
    }
    // Only the names ending in the same byte are compared.
    let last = trimmed.as_bytes().last();
    if INDEX_NAMES.iter().any(|name| name.as_bytes().last() == last && trimmed.ends_with(name)) {
        return true;
    }
    // A month before a number that is not a date is an event's name: "the September 11
    // attacks" (dates themselves were claimed before numbers are read).
    if after_month(text, start) {
        return true;
    }
    // The run of letters, digits and hyphens that ends `trimmed`, borrowed.
    let word_start = trimmed
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric() || c == '-')
        .last()
        .map_or(trimmed.len(), |(k, _)| k);
    let word = &trimmed[word_start..];
    let Some(first) = word.chars().next() else { return false };
    // A plural group after "and" with its verb left out is a holder with a count: "Republicans
    // won 23 and Democrats 18".
    let before_word = trimmed[..trimmed.len() - word.len()].trim_end();
    if first.is_uppercase()
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && (before_word.ends_with(" and") || before_word.ends_with(" while"))
    {
        return false;
    }
    if !first.is_uppercase() {
        return NAMING_WORD_SET.contains(word);
    }
    // Sentence-initial capitalised words open sentences, not names; a month opens a date.
    !OPENS_COUNT_SET.contains(word) && month_number(word).is_none() && !word.chars().all(char::is_uppercase)
}

/// Whether the digits at `start..end` belong to a hyphen-joined group that reads as a phone or
/// reference number: two or more hyphens, a group with a leading zero, or three digits then four.
fn phone_like(text: &str, start: usize, end: usize) -> bool {
    let is_part = |c: char| c.is_ascii_digit() || c == '-';
    let run_start = text[..start].char_indices().rev().find(|(_, c)| !is_part(*c)).map_or(0, |(k, c)| k + c.len_utf8());
    let run_end = text[end..].find(|c: char| !is_part(c)).map_or(text.len(), |k| end + k);
    let run = text[run_start..run_end].trim_matches('-');
    // The groups are read in one pass, without a list: how many, whether one is empty or
    // opens with a zero, and the lengths of the first two.
    let (mut count, mut empty, mut zero_led, mut lens) = (0, false, false, [0; 2]);
    for g in run.split('-') {
        if let Some(len) = lens.get_mut(count) {
            *len = g.len();
        }
        count += 1;
        empty |= g.is_empty();
        zero_led |= g.len() > 1 && g.starts_with('0');
    }
    if count < 2 || empty {
        return false;
    }
    count >= 3 || zero_led || lens == [3, 4]
}

/// Whether the lower-case text before a number ends in ", is" or ", was" after a clause that
/// holds "born" ("..., who was born in 1972, is"; "..., born in Ohio, was").
fn born_clause_before_verb(lower: &str) -> bool {
    let Some(rest) = lower.trim_end().strip_suffix("is").or_else(|| lower.trim_end().strip_suffix("was")) else {
        return false;
    };
    let Some(clause) = rest.trim_end().strip_suffix(',') else { return false };
    clause.rsplit(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(10).any(|w| w == "born")
}

/// "aged 52", "52-year-old", "Obama, 60, said".
pub(super) fn is_age(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].trim_end();
    let after = &text[end..];
    // The whole word: "damaged 4,068 houses", "averaged 25 points", "managed 14 wins"
    // end in the same letters and count things.
    let last = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    if last.eq_ignore_ascii_case("aged") || last.eq_ignore_ascii_case("age") {
        return true;
    }
    if after.starts_with("-year-old") || after.starts_with(" years old") || after.starts_with("-years-old") {
        return true;
    }
    if age_in_clause(before, after) {
        return true;
    }
    // ", 60," between a capitalised name and a verb or the end of the clause; an obituary's
    // ", 71 of Lancaster" runs into the hometown.
    let hometown = || {
        crate::extract::words::runs_into_hometown(after)
            && text[start..end].parse::<u32>().is_ok_and(|v| (1..=120).contains(&v))
    };
    if before.ends_with(',') && (after.starts_with(',') || hometown()) {
        // "James A. Banks, Sr., 85,": the name before its suffix.
        let mut head = &before[..before.len() - 1];
        if let Some(h) = ["Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV"].iter().find_map(|x| head.strip_suffix(x)) {
            head = h.trim_end().strip_suffix(',').unwrap_or(h).trim_end();
        }
        let name: String = head.chars().rev().take_while(|c| c.is_alphabetic()).collect();
        if name.chars().last().is_some_and(char::is_uppercase) {
            return true;
        }
    }
    false
}

/// "at the age of 78", "died at 78", "She was 78." (a person's pronoun, then the number
/// closing the clause or followed by "when"), "..., who was born in 1972, is 52.": read from
/// the last few words before the number (`before`, trimmed), in lower case.
fn age_in_clause(before: &str, after: &str) -> bool {
    // Only the last few words count: a bounded tail keeps this linear in the article.
    let mut tail = before.len().saturating_sub(80);
    while !before.is_char_boundary(tail) {
        tail += 1;
    }
    let tail = &before[tail..];
    // Every reading below needs "of", "at", "was" or "is" nearest the number: most numbers
    // are passed over on that word alone, read from ASCII text without lower-casing it.
    if tail.is_ascii() {
        let nearest = tail.rsplit(|c: char| !c.is_ascii_alphabetic()).find(|w| !w.is_empty());
        if !nearest.is_some_and(|w| ["of", "at", "was", "is"].iter().any(|x| w.eq_ignore_ascii_case(x))) {
            return false;
        }
    }
    let lower = tail.to_lowercase();
    // The last two words, nearest first (no list made: nothing further back is read).
    let mut last_words = lower.rsplit(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
    let last2 = [last_words.next(), last_words.next()];
    if matches!(last2, [Some("of"), Some("age")]) {
        return true;
    }
    // "died at 78", "died on Sunday at 78": "at" a bare number in a clause that says someone died.
    let decimal_or_time =
        after.starts_with([':', '-']) || after.starts_with('.') && after[1..].starts_with(|c: char| c.is_ascii_digit());
    if last2[0] == Some("at") && !decimal_or_time {
        let clause = lower.rsplit([',', ';', '.']).next().unwrap_or("");
        let recent: Vec<&str> = clause.rsplit(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()).take(8).collect();
        if recent.iter().any(|w| matches!(*w, "died" | "dies")) {
            return true;
        }
    }
    let closes = after.is_empty()
        || after.starts_with(['.', ',', ';', ')'])
        || after.starts_with(" when ")
        || after.starts_with(" at the time");
    if closes && matches!(last2, [Some("was" | "is"), Some("he" | "she")]) {
        return true;
    }
    // "Jane Doe, who was born on May 12, 1972, is 52.": the verb after a clause set off by
    // commas that says the subject was born.
    let closes_or_and = closes || after.starts_with(" and ");
    closes_or_and && matches!(last2[0], Some("was" | "is")) && born_clause_before_verb(&lower)
}
