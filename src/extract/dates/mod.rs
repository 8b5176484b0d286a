//! Time expressions of news writing, resolved against the dateline.
//!
//! Each recognizer proposes candidates; overlapping candidates keep the longest; then every
//! mention is resolved with the tense of its clause (HeidelTime's news strategy) into a TIMEX3
//! value.
//!
//! `patterns` holds the regexes, `recognizers` one function per form (walked in order from a
//! table), `written` what they read, and `resolve` its reading against the dateline.

mod mention;
mod patterns;
mod recognizers;
mod resolve;
mod written;

use chrono::{Datelike, NaiveDate};

use super::tense::tense_at;
use super::triggers::Triggers;
use super::words::Tokens;
use crate::article::Article;
use crate::calendar::iso_date;
use crate::calendar::Tense;
pub use mention::{DateKind, DateMention, Relative, Unit};
use recognizers::candidates;
use written::{Cand, Written};

/// Extract and resolve every time expression of an article.
pub fn extract(article: &Article, tokens: &Tokens, triggers: &Triggers) -> Vec<DateMention> {
    let text = &article.text;
    let mut cands = candidates(text, triggers);
    // Longest first; a candidate overlapping a longer one is dropped.
    cands.sort_by(|a, b| b.span.len().cmp(&a.span.len()).then(a.span.start.cmp(&b.span.start)));
    let mut kept: Vec<Cand> = Vec::new();
    // Kept spans are disjoint, so the one starting last before `c` ends is the only one that
    // can overlap it: a map lookup instead of a scan of everything kept so far.
    let mut taken: std::collections::BTreeMap<usize, usize> = std::collections::BTreeMap::new();
    for c in cands {
        if c.span.is_empty() || taken.range(..c.span.end).next_back().is_some_and(|(_, &end)| end > c.span.start) {
            continue;
        }
        taken.insert(c.span.start, c.span.end);
        kept.push(c);
    }
    kept.sort_by_key(|c| c.span.start);
    let dct = article.dateline_date();
    // The previous expression's end and tense: "until July or August" reads both months alike.
    let mut previous: Option<(usize, Tense)> = None;
    let mut mentions = kept
        .into_iter()
        .filter_map(|c| {
            let sentence = article.sentence_at(c.span.start)?;
            let tok = tokens.partition_point(|t| t.span().start < c.span.start);
            let srange = sentence_token_range(tokens, sentence, tok);
            let mut tense = tense_at(text, tokens, srange.clone(), tok);
            // "by Friday", "until Monday": a deadline ahead.
            if matches!(c.written, Written::WeekdayOnly { .. })
                && tok > srange.start
                && lower_is_one_of(tokens[tok - 1].text(text), &["by", "until", "till", "through"])
            {
                tense = Tense::Future;
            }
            // "its Oct. 20 high": a record set on that day lies in the past.
            if past_record(text, c.span) {
                tense = Tense::Past;
            }
            if let Some((end, t)) = previous {
                if end <= c.span.start
                    && matches!(text[end..c.span.start].trim(), "or" | "and" | "to" | "through" | "-" | "–")
                {
                    tense = t;
                }
            }
            previous = Some((c.span.end, tense));
            Some(resolve::resolve(c, dct, tense, sentence))
        })
        .collect::<Vec<_>>();
    add_context_years(article, &mut mentions);
    mentions
}

/// Whether a date modifies a value already recorded: a determiner before it and a record noun
/// after it ("its Oct. 20 high", "the March 3, 2024 record", "their June peak").
pub(crate) fn past_record(text: &str, span: crate::span::Span) -> bool {
    // The noun after rules out nearly every date: it is read first.
    let after = text[span.end..].trim_start_matches([' ', ',']);
    let noun = &after[..after.find(|c: char| !c.is_alphabetic()).unwrap_or(after.len())];
    if !lower_is_one_of(noun, &["high", "low", "peak", "record", "trough"]) {
        return false;
    }
    let before = text[..span.start].trim_end();
    let det = before.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    lower_is_one_of(det, &["its", "their", "his", "her", "the", "a"])
}

/// Whether `word` in lower case (`str::to_lowercase`) is one of `words` (lower case, ASCII):
/// an ASCII word is compared ignoring case, without building its lower case.
fn lower_is_one_of(word: &str, words: &[&str]) -> bool {
    if word.is_ascii() {
        words.iter().any(|w| w.eq_ignore_ascii_case(word))
    } else {
        words.contains(&word.to_lowercase().as_str())
    }
}

/// How many tokens either side of a date its tense is read from. A normal sentence fits;
/// a runaway one (a 2 MB line without a period) costs no more than a normal one.
const TENSE_WINDOW: usize = 200;

/// The tokens of `sentence` around token `around`, at most [`TENSE_WINDOW`] either side.
fn sentence_token_range(tokens: &Tokens, sentence: usize, around: usize) -> std::ops::Range<usize> {
    // Tokens are in sentence order, so the sentence's tokens are found by binary search.
    let (s, e) = (tokens.of_sentence(sentence).start, tokens.of_sentence(sentence).end);
    let a = around.clamp(s, e);
    a.saturating_sub(TENSE_WINDOW).max(s)..(a + TENSE_WINDOW).min(e)
}

/// Fill `context_years` of year-less dates, and let a written weekday pick a context year it
/// fits when it does not fit the dateline's reading ("Two weeks later ... on Sunday, March 21"
/// after "March 7, 1965").
fn add_context_years(article: &Article, mentions: &mut [DateMention]) {
    let explicit: Vec<(usize, usize, i32)> = mentions
        .iter()
        .filter(|m| m.year_explicit && m.kind == DateKind::Absolute)
        .filter_map(|m| Some((m.span.start, m.sentence, m.year?)))
        .collect();
    if explicit.is_empty() {
        return;
    }
    let paragraph = |sentence: usize| article.sentences[sentence].paragraph;
    for m in mentions.iter_mut() {
        let partial = !m.year_explicit && matches!(m.kind, DateKind::Partial) && m.month.is_some();
        if !partial {
            continue;
        }
        // Years written earlier in this paragraph or the two before it, or in the sentence.
        let p = paragraph(m.sentence);
        // `explicit` is in text order, so paragraphs p-2..=p are one run of it: read only that
        // run (all explicit dates per partial date grew with their product on a long article).
        let from = explicit.partition_point(|e| paragraph(e.1) + 2 < p);
        let to = explicit.partition_point(|e| paragraph(e.1) <= p).max(from);
        let mut years: Vec<i32> = explicit[from..to]
            .iter()
            .filter(|(start, s, _)| {
                let ps = paragraph(*s);
                *s == m.sentence || (ps + 2 >= p && ps <= p && *start < m.span.start)
            })
            .map(|e| e.2)
            .collect();
        years.sort_unstable();
        years.dedup();
        years.retain(|y| Some(*y) != m.year);
        if let (Some(wd), Some(month), Some(day), Some(date)) = (m.weekday, m.month, m.day, m.date) {
            if date.weekday() != wd {
                // The nearest context year (latest mentioned first) in which the weekday fits.
                if let Some(&y) = years
                    .iter()
                    .rev()
                    .find(|&&y| NaiveDate::from_ymd_opt(y, month, day).is_some_and(|d| d.weekday() == wd))
                {
                    let d = NaiveDate::from_ymd_opt(y, month, day).expect("checked above");
                    let old = m.year.take();
                    m.year = Some(y);
                    m.date = Some(d);
                    m.set_value(Some(iso_date(d)));
                    years.retain(|&x| x != y);
                    years.extend(old);
                }
            }
        }
        // "Three days later, on June 28": a narrative step from the last dated event takes
        // that event's year, as a careful reader would.
        if let (Some(&latest), Some(month)) = (latest_before(&explicit, m, &paragraph), m.month) {
            let sentence = &article.text[article.sentences[m.sentence].span.start..m.span.start].to_lowercase();
            let narrative = NARRATIVE_STEPS.iter().any(|w| sentence.contains(w));
            if narrative && m.year != Some(latest) && m.weekday.is_none() {
                let date = m.day.and_then(|d| NaiveDate::from_ymd_opt(latest, month, d));
                if m.day.is_none() || date.is_some() {
                    years.retain(|&y| y != latest);
                    years.extend(m.year);
                    m.year = Some(latest);
                    m.date = date;
                    m.set_value(Some(match date {
                        Some(d) => iso_date(d),
                        None => format!("{latest:04}-{month:02}"),
                    }));
                }
            }
        }
        m.context_years = years.into_boxed_slice();
    }
}

/// Words that continue a dated narrative ("a week later", "the next day").
const NARRATIVE_STEPS: &[&str] =
    &[" later", "the next day", "the following", "that same", "the same day", "afterward", "days after", "weeks after"];

/// The year of the last explicit date before `m` in its paragraph (or the paragraph before).
fn latest_before<'a>(
    explicit: &'a [(usize, usize, i32)],
    m: &DateMention,
    paragraph: &dyn Fn(usize) -> usize,
) -> Option<&'a i32> {
    let p = paragraph(m.sentence);
    // In text order: the dates of paragraphs p-1 and on, and before `m`, are one run.
    let from = explicit.partition_point(|(_, s, _)| paragraph(*s) + 1 < p);
    let before = explicit.partition_point(|(start, _, _)| *start < m.span.start).max(from);
    explicit[from..before].last().map(|e| &e.2)
}

#[cfg(test)]
mod gating;
#[cfg(test)]
mod tests;
