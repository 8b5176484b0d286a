//! number.ordinal-suffix: an ordinal in digits with the wrong suffix ("21th", "2th", "13rd").
//!
//! What licenses a finding: a number token and a two-letter suffix written against it form a
//! word of their own (no letter, decimal point or slash before the digits, no letter or digit
//! after the suffix; "19th-century" counts), and the suffix is one
//! of st, nd, rd, th but not the one English gives the number: th after 11, 12 and 13, else
//! st, nd, rd after a last digit of 1, 2, 3, and th otherwise. Military and legal styles that
//! write "2d" and "3d" use no two-letter suffix, so they are never read here.
//!
//! Confidence: always high: the number and its suffix are one token.

use crate::checks::context::{Ctx, Hit};
use crate::extract::words::{Token, TokenKind};
use crate::span::Span;

/// The suffix English writes after `n`: "st", "nd", "rd" or "th".
fn suffix_for(n: u64) -> &'static str {
    match (n % 100, n % 10) {
        (11..=13, _) => "th",
        (_, 1) => "st",
        (_, 2) => "nd",
        (_, 3) => "rd",
        _ => "th",
    }
}

/// The ordinal suffix a number token carries: the word token right after it, with no space
/// between, that is one of the four suffixes and nothing more ("21th", "19th-century"). Digits
/// after a letter, a decimal point or a slash are not an ordinal ("A21th", "4/5th").
fn written_suffix<'t>(text: &'t str, number: &Token, next: Option<&Token>) -> Option<&'t str> {
    let next = next.filter(|t| t.kind() == TokenKind::Word && t.span().start == number.span().end)?;
    let word = &text[next.span().range()];
    let suffix = word.get(..2).filter(|s| matches!(*s, "st" | "nd" | "rd" | "th"))?;
    let touches_after = word[2..].starts_with(|c: char| c.is_alphanumeric());
    let touches_before = text[..number.span().start].ends_with(|c: char| c.is_alphanumeric() || matches!(c, '.' | '/'));
    (!touches_after && !touches_before).then_some(suffix)
}

pub(crate) fn check(ctx: &Ctx) -> Vec<Hit> {
    let text = &ctx.article.text;
    let tokens = &ctx.m.tokens;
    let mut hits = Vec::new();
    for (i, number) in tokens.iter().enumerate().filter(|(_, t)| t.kind() == TokenKind::Number) {
        let Some(stated) = written_suffix(text, number, tokens.get(i + 1)) else { continue };
        let digits = &text[number.span().range()];
        let Ok(value) = digits.replace(',', "").parse::<u64>() else { continue };
        let expected = suffix_for(value);
        if stated == expected {
            continue;
        }
        hits.push(Hit {
            span: Span::new(number.span().start, number.span().end + 2),
            label: format!("{value} takes \u{201c}{expected}\u{201d}"),
            vars: vec![("stated", format!("{digits}{stated}")), ("expected", format!("{digits}{expected}"))],
            ..Hit::default()
        });
    }
    hits
}

#[cfg(test)]
mod tests {
    use super::suffix_for;
    use crate::article::{Article, Format, IngestOptions};
    use crate::rules::RuleSet;

    fn flagged(sentence: &str) -> Vec<String> {
        let text = format!("date 2025-03-04\n\n{sentence}");
        let article = Article::from_text("t", text, Format::Text, &IngestOptions::default());
        let rules = RuleSet::builtin();
        crate::engine::check(&article, &rules)
            .into_iter()
            .filter(|f| f.rule == "number.ordinal-suffix")
            .map(|f| article.slice(f.span).to_string())
            .collect()
    }

    #[test]
    fn suffixes_follow_the_last_two_digits() {
        for (n, s) in [(1, "st"), (2, "nd"), (3, "rd"), (4, "th"), (11, "th"), (12, "th"), (13, "th")] {
            assert_eq!(suffix_for(n), s, "{n}");
        }
        for (n, s) in [(21, "st"), (22, "nd"), (23, "rd"), (100, "th"), (101, "st"), (111, "th"), (112, "th")] {
            assert_eq!(suffix_for(n), s, "{n}");
        }
        assert_eq!(suffix_for(1_002), "nd");
    }

    #[test]
    fn wrong_suffixes_are_flagged_in_any_phrasing() {
        let cases = [
            ("The festival marks its 21th year.", "21th"),
            ("She finished 2th in the final heat.", "2th"),
            ("It was the club's 13rd title.", "13rd"),
            ("The 101th Airborne Division arrived.", "101th"),
            ("He became the city's 1,022th resident to sign.", "1,022th"),
            ("The team ranked 3nd (behind two rivals).", "3nd"),
            ("Voters on the 11st floor waited longest.", "11st"),
            ("The vote was held on June 21th in the capital.", "21th"),
            ("Delegates met on the 2rd and adjourned.", "2rd"),
            ("A 19nd-century chapel stands there.", "19nd"),
        ];
        for (sentence, span) in cases {
            assert_eq!(flagged(sentence), vec![span.to_string()], "{sentence}");
        }
    }

    #[test]
    fn right_suffixes_and_other_tokens_are_clean() {
        let clean = [
            "The festival marks its 21st year, and the 22nd edition follows.",
            "She finished 2nd, her 3rd podium and 11th final, in the 112th race.",
            "The 2d Cavalry and the 3d Division marched.",
            "Model A21th and code X3rd are part numbers.",
            "Version 2.3rd is not an ordinal, nor is the file 4/5th.",
            "The 19th-century hall hosted the 40th reunion.",
        ];
        for sentence in clean {
            assert!(flagged(sentence).is_empty(), "{sentence}: {:?}", flagged(sentence));
        }
    }
}
