//! Edits the checks suggest: a number or a date rewritten in the place it is written, keeping
//! how it is written (thousands separators, "Sept." for an abbreviated month, "3rd" for an
//! ordinal day). Each helper returns None when the text is not written in a way it can rewrite
//! safely (a number in words, a scale word the value does not show): no fix rather than a wrong
//! one.

use chrono::{Datelike, NaiveDate};

use crate::checks::context::Ctx;
use crate::extract::DateMention;
use crate::finding::{Applicability, Edit, Fix};
use crate::span::Span;

/// The first run of digits in `span` (with thousands commas and a decimal part), its span.
fn digit_run(text: &str, span: Span) -> Option<Span> {
    let s = &text[span.range()];
    let start = s.find(|c: char| c.is_ascii_digit())?;
    let bytes = s.as_bytes();
    let mut end = start;
    while end < bytes.len() {
        let c = bytes[end];
        let joins = (c == b',' || c == b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit);
        if !(c.is_ascii_digit() || joins) {
            break;
        }
        end += 1;
    }
    Some(Span::new(span.start + start, span.start + end))
}

/// `value` written the way `original` writes its number: thousands commas if it has them, no
/// more decimals than needed.
fn number_like(original: &str, value: f64) -> Option<String> {
    if !value.is_finite() || value < 0.0 {
        return None;
    }
    let plain = crate::checks::wording::fmt_num(value);
    Some(if original.contains(',') { plain } else { plain.replace(',', "") })
}

/// An edit writing `value` in place of the number mention at `span`, when its digits are the
/// whole of its value as written ("1,200", "48", "12.5%", "25 percent"; not "4.5 million",
/// not "forty").
pub(crate) fn number_edit(ctx: &Ctx, span: Span, stated: f64, value: f64) -> Option<Edit> {
    let run = digit_run(&ctx.article.text, span)?;
    let digits = ctx.text(run);
    let read: f64 = digits.replace(',', "").parse().ok()?;
    let unit = ctx.text(span)[run.end - span.start..].trim().to_lowercase();
    let plain_unit = matches!(&*unit, "" | "%" | "percent" | "per cent" | "points" | "percentage points" | "times");
    if (read - stated).abs() > 1e-9 || !plain_unit {
        return None;
    }
    Some(Edit::new(run, number_like(digits, value)?))
}

/// A suggested fix writing `value` for the number at `span`.
pub(crate) fn number_fix(ctx: &Ctx, span: Span, stated: f64, value: f64, description: String) -> Option<Fix> {
    number_edit(ctx, span, stated, value).map(|e| Fix {
        description,
        edits: vec![e],
        applicability: Applicability::Suggested,
    })
}

/// The day number of a date mention, with its ordinal suffix if written ("18", "3rd").
fn day_span(ctx: &Ctx, d: &DateMention) -> Option<Span> {
    let day = d.day?;
    let text = &ctx.article.text;
    let mut at = d.span.start;
    while at < d.span.end {
        let run = digit_run(text, Span::new(at, d.span.end))?;
        let in_year = d.year_span.is_some_and(|y| y.overlaps(run));
        if !in_year && text[run.range()].parse::<u32>().ok() == Some(day) {
            let rest = &text[run.end..d.span.end];
            let suffix = ["st", "nd", "rd", "th"].iter().find(|s| rest.starts_with(**s)).map_or(0, |s| s.len());
            return Some(Span::new(run.start, run.end + suffix));
        }
        at = run.end;
    }
    None
}

/// The month word of a date mention ("Sept" in "Sept. 23").
fn month_span(ctx: &Ctx, d: &DateMention) -> Option<Span> {
    let s = ctx.text(d.span);
    let mut start = None;
    for (i, c) in s.char_indices().chain(std::iter::once((s.len(), ' '))) {
        if c.is_alphabetic() {
            start.get_or_insert(i);
        } else if let Some(st) = start.take() {
            if crate::lexicon::month_number(&s[st..i]).is_some() {
                return Some(Span::new(d.span.start + st, d.span.start + i));
            }
        }
    }
    None
}

/// The edit writing `month` over the month word at `span`, as the text writes months: in full,
/// or abbreviated in the AP style ("Sept.", but "March" in full), the period with it.
fn month_edit(ctx: &Ctx, span: Span, month: u32) -> Option<Edit> {
    const SHORT: [&str; 12] =
        ["Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Oct", "Nov", "Dec"];
    let written = ctx.text(span);
    let old = crate::lexicon::month_number(written)?;
    let full = crate::lexicon::month_name(month);
    if written == crate::lexicon::month_name(old) {
        return Some(Edit::new(span, full));
    }
    let short = SHORT[(month - 1) as usize];
    let dotted = ctx.article.text[span.end..].starts_with('.');
    let span = if dotted { Span::new(span.start, span.end + 1) } else { span };
    let dot = if dotted && short != full { "." } else { "" };
    Some(Edit::new(span, format!("{short}{dot}")))
}

/// The edits that make a date mention say `new`, changing only the parts that differ (the day,
/// the month word, the written year). None when a part that must change is not written or not
/// found: a year-less date cannot be moved to another year.
pub(crate) fn date_edits(ctx: &Ctx, d: &DateMention, new: NaiveDate) -> Option<Vec<Edit>> {
    let (year, month) = (d.year?, d.month?);
    let mut edits = Vec::new();
    if new.year() != year {
        let ys = d.year_span.filter(|_| d.year_explicit)?;
        if ctx.text(ys).len() != 4 {
            return None;
        }
        edits.push(Edit::new(ys, new.year().to_string()));
    }
    if new.month() != month {
        edits.push(month_edit(ctx, month_span(ctx, d)?, new.month())?);
    }
    if Some(new.day()) != d.day {
        let ds = day_span(ctx, d)?;
        let written = ctx.text(ds);
        let day = new.day().to_string();
        let day = if written.ends_with(|c: char| c.is_alphabetic()) { ordinal(new.day()) } else { day };
        edits.push(Edit::new(ds, day));
    }
    edits.sort_by_key(|e| e.span.start);
    (!edits.is_empty()).then_some(edits)
}

/// A suggested fix that makes a date mention say `new`.
pub(crate) fn date_fix(ctx: &Ctx, d: &DateMention, new: NaiveDate, description: String) -> Option<Fix> {
    date_edits(ctx, d, new).map(|edits| Fix { description, edits, applicability: Applicability::Suggested })
}

/// "1st", "22nd", "13th".
fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::{Article, Format, IngestOptions};
    use crate::extract;
    use crate::finding::apply_edits;
    use crate::rules::RuleSet;

    fn rewrite(text: &str, new: (i32, u32, u32)) -> Option<String> {
        let source = format!("date 2025-09-19\n\n{text}\n");
        let article = Article::from_text("t.txt", source, Format::Text, &IngestOptions::default());
        let m = extract::extract(&article);
        let rules = RuleSet::default();
        let ctx = Ctx::new(&article, &m, &rules);
        let d = m.dates.first()?;
        let edits = date_edits(&ctx, d, NaiveDate::from_ymd_opt(new.0, new.1, new.2)?)?;
        Some(apply_edits(&article.text, &edits).ok()?.lines().nth(2)?.to_string())
    }

    #[test]
    fn rewrites_only_the_parts_that_differ() {
        assert_eq!(
            rewrite("He spoke on September 18, 2021.", (2025, 9, 18)).unwrap(),
            "He spoke on September 18, 2025."
        );
        assert_eq!(rewrite("He spoke on Sept. 13.", (2025, 9, 14)).unwrap(), "He spoke on Sept. 14.");
        assert_eq!(rewrite("He spoke on Aug. 31.", (2025, 9, 1)).unwrap(), "He spoke on Sept. 1.");
        assert_eq!(rewrite("He spoke on Feb. 30.", (2025, 3, 2)).unwrap(), "He spoke on March 2.");
        assert_eq!(rewrite("He spoke on June 31.", (2025, 7, 1)).unwrap(), "He spoke on July 1.");
        assert_eq!(
            rewrite("He spoke on the 3rd of June 2024.", (2024, 6, 2)).unwrap(),
            "He spoke on the 2nd of June 2024."
        );
        assert_eq!(
            rewrite("He spoke on Friday, March 3, 2024.", (2024, 3, 1)).unwrap(),
            "He spoke on Friday, March 1, 2024."
        );
        // A year-less date cannot move to another year.
        assert_eq!(rewrite("He spoke on Sept. 13.", (2024, 9, 13)), None);
    }

    #[test]
    fn numbers_keep_their_style() {
        assert_eq!(number_like("1,200", 1250.0).unwrap(), "1,250");
        assert_eq!(number_like("1200", 1250.0).unwrap(), "1250");
        assert_eq!(number_like("12.5", 12.25).unwrap(), "12.25");
        assert_eq!(ordinal(22), "22nd");
        assert_eq!(ordinal(12), "12th");
    }
}
