//! Numbers written in digits, read by hand rather than by regex.
//!
//! This is the most frequent match in news copy (ten or more per article), and as a regex
//! every match cost a forward scan, a reverse scan and a backtracking pass for its groups:
//! the largest single cost of extraction. The grammar is small enough to read directly, left
//! to right, with the same answers; `tests::the_scanner_reads_like_its_regex` holds it to the
//! regex it replaces, kept there as its specification:
//!
//! ```text
//! (?P<cur>[$€£]|US\$|C\$|A\$)?
//! (?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
//! (?P<scale>\s*(?:million|billion|trillion|thousand|mln|bln|bn|mn|m|k)\b)?
//! (?P<pct>\s*(?:%|percent\b|pct\b|per\s+cent\b|percentage[\s-]+points?\b|points?\b))?
//! ```
//!
//! A match lies inside the range searched, but `\b` looks at the text just past its end, as
//! a regex searching a range does.

use std::ops::Range;

/// One number in digits and the words joined to it. Byte offsets into the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DigitNumber {
    /// The whole match: currency, number, scale and percent words.
    pub whole: Range<usize>,
    /// "$", "€", "£", "US$", "C$" or "A$".
    pub currency: Option<Range<usize>>,
    /// The digits with their separators: "1,204", "3.5".
    pub number: Range<usize>,
    /// The scale word with the spaces before it: " million", "bn".
    pub scale: Option<Range<usize>>,
    /// The percent word with the spaces before it: "%", " percent", " percentage points".
    pub percent: Option<Range<usize>>,
}

/// Every number in digits inside `ranges` (sorted, disjoint byte ranges of `text`), left to
/// right, without overlaps.
pub fn digit_numbers<'a>(text: &'a str, ranges: &'a [Range<usize>]) -> impl Iterator<Item = DigitNumber> + 'a {
    ranges.iter().flat_map(move |r| {
        let mut at = r.start;
        std::iter::from_fn(move || {
            let found = next_number(text, at, r.end)?;
            at = found.whole.end;
            Some(found)
        })
    })
}

/// Years from 1600 to 2099 written alone, as `\b(1[6-9]\d\d|20\d\d)\b` finds them: four digits
/// with no letter, digit or underscore on either side (looked for past the range's edges
/// too). Read by hand for the same reason as numbers: the year recognizer matched in most
/// articles, paying a capture pass for a group that is the whole match.
pub fn years<'a>(text: &'a str, ranges: &'a [Range<usize>]) -> impl Iterator<Item = Range<usize>> + 'a {
    let bytes = text.as_bytes();
    let word = move |i: usize| bytes.get(i).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_');
    ranges.iter().flat_map(move |r| {
        let mut at = r.start;
        std::iter::from_fn(move || {
            while at + 4 <= r.end {
                // The next digit that four bytes fit after.
                let p = at + first_digit(&bytes[at..r.end - 3])?;
                at = p + 1;
                if p > 0 && word(p - 1) {
                    continue;
                }
                let d = &bytes[p..p + 4];
                let century = matches!((d[0], d[1]), (b'1', b'6'..=b'9') | (b'2', b'0'));
                if century && d[2].is_ascii_digit() && d[3].is_ascii_digit() && !word(p + 4) {
                    at = p + 4;
                    return Some(p..p + 4);
                }
            }
            None
        })
    })
}

const CURRENCIES: [&str; 6] = ["$", "€", "£", "US$", "C$", "A$"];
/// Scale words a figure in digits may carry ("mln", "bln": the wire's "3.5 mln tonnes").
pub const SCALES: [&str; 10] = ["million", "billion", "trillion", "thousand", "mln", "bln", "bn", "mn", "m", "k"];

/// The leftmost number starting at or after `from` and ending by `end`.
fn next_number(text: &str, from: usize, end: usize) -> Option<DigitNumber> {
    let bytes = &text.as_bytes()[..end];
    let digit = from + first_digit(&bytes[from..])?;
    // A match starting before the first digit opens with a currency that this digit follows:
    // a currency holds no digit, so it ends right at it. At most three bytes back, the
    // leftmost that fits wins, as a left-to-right scan would find it. Every currency ends in
    // "$", "£" (0xC2 0xA3) or "€" (0xE2 0x82 0xAC): other digits are looked at no further.
    if digit > from && matches!(bytes[digit - 1], b'$' | 0xA3 | 0xAC) {
        for p in digit.saturating_sub(3).max(from)..digit {
            if currency_at(&bytes[p..]) == Some(digit - p) {
                return Some(read_from(text, end, digit, Some(p..digit)));
            }
        }
    }
    Some(read_from(text, end, digit, None))
}

/// The offset of the first ASCII digit in `bytes`. Most of the text holds none, so it is
/// passed over eight bytes at a time: XOR with `0` maps the digits, and only them, to bytes
/// below 10, and a word holds a byte below 10 exactly when the borrow test below sets a high
/// bit (the lowest such byte is always flagged: no borrow reaches it from the bytes below).
fn first_digit(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut at = 0;
    for chunk in bytes.chunks_exact(8) {
        let word = u64::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]]);
        let x = word ^ (ONES * u64::from(b'0'));
        if x.wrapping_sub(ONES * 10) & !x & (ONES * 0x80) != 0 {
            break;
        }
        at += 8;
    }
    bytes[at..].iter().position(u8::is_ascii_digit).map(|k| at + k)
}

/// The length of the currency (one of [`CURRENCIES`], the first listed that fits) opening
/// `rest`, if any.
fn currency_at(rest: &[u8]) -> Option<usize> {
    CURRENCIES.iter().find(|c| rest.starts_with(c.as_bytes())).map(|c| c.len())
}

/// The number whose digits start at `start`, with its scale and percent words.
fn read_from(text: &str, end: usize, start: usize, currency: Option<Range<usize>>) -> DigitNumber {
    let bytes = &text.as_bytes()[..end];
    let digits_from = |i: usize| bytes[i.min(end)..].iter().take_while(|b| b.is_ascii_digit()).count();
    let lead = digits_from(start);
    let mut k = start + lead;
    // Thousands groups ("1,204,311") only after one to three digits; otherwise plain digits.
    if lead <= 3 {
        while bytes.get(k) == Some(&b',') && digits_from(k + 1) >= 3 {
            k += 4;
        }
    }
    if bytes.get(k) == Some(&b'.') && digits_from(k + 1) > 0 {
        k += 1 + digits_from(k + 1);
    }
    let number = start..k;
    let scale = after_spaces(text, end, k, |rest, at| {
        // Only the scale words sharing the first byte are tried, in the order of the list.
        let first = *rest.as_bytes().first()?;
        SCALES
            .iter()
            .filter(|w| w.as_bytes()[0] == first)
            .find(|w| rest.starts_with(**w) && boundary(text, at + w.len()))
            .map(|w| w.len())
    })
    .map(|to| k..to);
    if let Some(s) = &scale {
        k = s.end;
    }
    let percent = after_spaces(text, end, k, |rest, at| percent_word(text, rest, at)).map(|to| k..to);
    if let Some(p) = &percent {
        k = p.end;
    }
    DigitNumber { whole: currency.as_ref().map_or(start, |c| c.start)..k, currency, number, scale, percent }
}

/// Skip whitespace from `from`, then ask `word` for the length of a word at that point (given
/// the rest of the range and its offset); the offset the word ends at.
fn after_spaces(text: &str, end: usize, from: usize, word: impl Fn(&str, usize) -> Option<usize>) -> Option<usize> {
    let rest = &text[from..end];
    let trimmed = rest.trim_start();
    let at = from + (rest.len() - trimmed.len());
    word(trimmed, at).map(|len| at + len)
}

/// The length of a percent word at the start of `rest` (at offset `at` in `text`).
fn percent_word(text: &str, rest: &str, at: usize) -> Option<usize> {
    match rest.as_bytes().first() {
        Some(b'%') => return Some(1),
        Some(b'p') => {}
        // Every other percent word opens with "p".
        _ => return None,
    }
    let ends_word = |len: usize| boundary(text, at + len).then_some(len);
    if rest.starts_with("percent") {
        if let Some(len) = ends_word(7) {
            return Some(len);
        }
    }
    // The wire's abbreviation: "4.5 pct".
    if rest.starts_with("pct") {
        if let Some(len) = ends_word(3) {
            return Some(len);
        }
    }
    // "per cent": one or more spaces between.
    if let Some(after) = rest.strip_prefix("per") {
        let gap = after.len() - after.trim_start().len();
        if gap > 0 && after[gap..].starts_with("cent") {
            if let Some(len) = ends_word(3 + gap + 4) {
                return Some(len);
            }
        }
    }
    // "percentage points": spaces or hyphens between.
    if let Some(after) = rest.strip_prefix("percentage") {
        let gap = after.len() - after.trim_start_matches(|c: char| c.is_whitespace() || c == '-').len();
        if gap > 0 {
            if let Some(len) = point_word(&after[gap..]).and_then(|len| ends_word(10 + gap + len)) {
                return Some(len);
            }
        }
    }
    point_word(rest).and_then(ends_word)
}

/// "point" or "points" at the start of `rest`: its length, preferring the plural.
fn point_word(rest: &str) -> Option<usize> {
    if rest.starts_with("points") {
        Some(6)
    } else if rest.starts_with("point") {
        Some(5)
    } else {
        None
    }
}

/// An ASCII word boundary right after a word ending at `at`: no letter, digit or underscore
/// follows.
fn boundary(text: &str, at: usize) -> bool {
    !text.as_bytes().get(at).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rx::{LazyRx, Rx};
    use proptest::prelude::*;

    /// The regex this module replaces: the specification it is held to.
    static SPEC: LazyRx = LazyRx::new(|| {
        Rx::builtin(
            r"(?P<cur>[$€£]|US\$|C\$|A\$)?(?P<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(?P<scale>\s*(?:million|billion|trillion|thousand|mln|bln|bn|mn|m|k)(?-u:\b))?(?P<pct>\s*(?:%|percent(?-u:\b)|pct(?-u:\b)|per\s+cent(?-u:\b)|percentage[\s-]+points?(?-u:\b)|points?(?-u:\b)))?",
        )
    });

    fn by_regex(text: &str, ranges: &[Range<usize>]) -> Vec<DigitNumber> {
        SPEC.captures_in(text, ranges)
            .map(|c| DigitNumber {
                whole: c.get(0).unwrap().range(),
                currency: c.name("cur").map(|g| g.range()),
                number: c.name("num").unwrap().range(),
                scale: c.name("scale").map(|g| g.range()),
                percent: c.name("pct").map(|g| g.range()),
            })
            .collect()
    }

    /// One range to search, as a list.
    fn only(range: Range<usize>) -> Vec<Range<usize>> {
        std::iter::once(range).collect()
    }

    /// What a scanner found against what its regex found.
    fn agree<T: PartialEq + std::fmt::Debug>(
        text: &str,
        ranges: &[Range<usize>],
        mine: Vec<T>,
        spec: Vec<T>,
    ) -> Result<(), String> {
        if mine == spec {
            Ok(())
        } else {
            Err(format!("{text:?} {ranges:?}:\nscanner {mine:?}\nregex   {spec:?}"))
        }
    }

    fn same_as_regex(text: &str, ranges: &[Range<usize>]) -> Result<(), String> {
        agree(text, ranges, digit_numbers(text, ranges).collect(), by_regex(text, ranges))
    }

    #[test]
    fn every_currency_ends_in_a_byte_the_scanner_looks_back_from() {
        assert!(CURRENCIES.iter().all(|c| matches!(c.as_bytes().last(), Some(b'$' | 0xA3 | 0xAC))));
    }

    #[test]
    fn reads_each_form() {
        let one = |text: &str| digit_numbers(text, &only(0..text.len())).next().unwrap();
        let n = one("It cost US$1,204,311.50 million percent.");
        assert_eq!(n.whole, 8..39);
        assert_eq!(n.currency, Some(8..11));
        assert_eq!(n.number, 11..23);
        assert_eq!(n.scale, Some(23..31));
        assert_eq!(n.percent, Some(31..39));
        assert_eq!(one("1234,567").number, 0..4);
        assert_eq!(one("5 per  cent").percent, Some(1..11));
        assert_eq!(one("3 percentage-points").percent, Some(1..19));
        assert_eq!(one("5km").scale, None);
        assert_eq!(one("€5").currency, Some(0..3));
    }

    #[test]
    fn a_match_ends_inside_its_range_but_sees_past_it() {
        // "million" runs past the range; "m" is then followed by a letter, so no scale.
        same_as_regex("5 million", &only(0..4)).unwrap();
        same_as_regex("5 m", &only(0..3)).unwrap();
        same_as_regex("12,345", &only(0..4)).unwrap();
        same_as_regex("$5 and 7", &only(1..8)).unwrap();
    }

    static YEAR_SPEC: LazyRx = LazyRx::new(|| Rx::builtin(r"(?-u:\b)(1[6-9][0-9][0-9]|20[0-9][0-9])(?-u:\b)"));

    #[test]
    fn every_pattern_says_its_classes_in_ascii() {
        let found = crate::rx::guard::walk(&[("SPEC", &SPEC), ("YEAR_SPEC", &YEAR_SPEC)]);
        // What each finds in `guard::TRICKY`, as when `Rx::new` rewrote `\b` and `\d` itself.
        assert_eq!(
            found,
            [
                "SPEC 0: 2025 | 3 | 3 | 2025 | 2025 | 01 | 02 | 01 | 02 | 5 | 6 | 5 | 6 | 2025",
                "SPEC 1: 5 million | 3",
                "SPEC 2: 3 | 10 | 1990 | 1990 | 0",
                "SPEC 3: 3 | 2025 | 3 | 2025 | 2025 | 2025 | 2025 | 3",
                "SPEC 5: 2025 | 09 | 19 | 09 | 19 | 19 | 2025 | 3 | 2025",
                "YEAR_SPEC 0: 2025 | 2025 | 2025 | 2025",
                "YEAR_SPEC 3: 2025 | 2025 | 2025 | 2025 | 2025",
                "YEAR_SPEC 5: 2025 | 2025 | 2025",
            ]
        );
    }

    fn years_as_regex(text: &str, ranges: &[Range<usize>]) -> Result<(), String> {
        let spec = YEAR_SPEC.captures_in(text, ranges).map(|c| c.get(1).unwrap().range()).collect();
        agree(text, ranges, years(text, ranges).collect(), spec)
    }

    #[test]
    fn years_stand_alone() {
        let text = "In 2025, 1999-2001 and é2026 but not 12025, 2025s, x2025, _2025 or 1599.";
        let found: Vec<&str> = years(text, &only(0..text.len())).map(|r| &text[r]).collect();
        assert_eq!(found, ["2025", "1999", "2001", "2026"]);
        years_as_regex("a 2025 b", &only(3..6)).unwrap();
        years_as_regex("a2025 b", &only(1..5)).unwrap();
    }

    const PIECES: &[&str] = &[
        "1",
        "12",
        "123",
        "1234",
        "0",
        ",",
        ",000",
        ",12",
        ".",
        ".5",
        " ",
        "  ",
        "\n",
        "\u{a0}",
        "-",
        "$",
        "€",
        "£",
        "US$",
        "C$",
        "A$",
        "U",
        "S",
        "A",
        "C",
        "x",
        "_",
        "million",
        "millions",
        "billion",
        "trillion",
        "thousand",
        "bn",
        "mn",
        "mln",
        "bln",
        "m",
        "k",
        "km",
        "%",
        "percent",
        "pct",
        "percentage",
        "per",
        "cent",
        "points",
        "point",
        "pointsx",
        "é",
        "—",
    ];

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(crate::proptest_cases(2000)))]
        #[test]
        fn the_scanner_reads_like_its_regex(
            pieces in prop::collection::vec(prop::sample::select(PIECES), 0..16),
            cut in 0usize..64,
            start in 0usize..8,
        ) {
            let text: String = pieces.concat();
            let mut end = cut.min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let mut begin = start.min(end);
            while !text.is_char_boundary(begin) {
                begin -= 1;
            }
            for range in [0..text.len(), begin..end] {
                let verdict = same_as_regex(&text, &only(range.clone()));
                prop_assert!(verdict.is_ok(), "{}", verdict.unwrap_err());
                let verdict = years_as_regex(&text, &only(range));
                prop_assert!(verdict.is_ok(), "{}", verdict.unwrap_err());
            }
        }
    }
}
