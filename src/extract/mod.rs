//! Extraction: an [`Article`] -> typed mentions with spans (dates, numbers, quantities).

pub mod dates;
pub mod digits;
pub mod numbers;
pub mod numwords;
pub mod people;
pub mod tense;
pub mod triggers;
pub(crate) mod vocab;
pub mod words;
pub mod wordset;

use crate::article::Article;
pub use crate::calendar::Tense;
use crate::memory::trimmed;
use crate::span::{Span, SpanIndex};
pub use dates::{DateKind, DateMention, Relative, Unit};
pub use numbers::{Bound, NumberKind, NumberMention, Quantity};
pub use words::{Token, Tokens};

/// Everything the engine sees in one article.
#[derive(Clone, Debug, Default)]
pub struct Mentions {
    pub tokens: Tokens,
    pub dates: Vec<DateMention>,
    pub numbers: Vec<NumberMention>,
    pub quantities: Vec<Quantity>,
}

impl Mentions {
    /// Indices of the tokens of sentence `s` (tokens are in text order).
    pub fn sentence_tokens(&self, s: usize) -> std::ops::Range<usize> {
        self.tokens.of_sentence(s)
    }

    /// Indices of the numbers of sentence `s` (numbers are in text order).
    pub fn sentence_numbers(&self, s: usize) -> std::ops::Range<usize> {
        self.numbers.partition_point(|n| n.sentence < s)..self.numbers.partition_point(|n| n.sentence <= s)
    }

    /// Indices of the dates of sentence `s` (dates are in text order).
    pub fn sentence_dates(&self, s: usize) -> std::ops::Range<usize> {
        self.dates.partition_point(|d| d.sentence < s)..self.dates.partition_point(|d| d.sentence <= s)
    }

    /// The dates that touch or overlap `span` (dates are disjoint and in text order), found by
    /// binary search: a check that looks for dates around each of its mentions stays linear.
    pub fn dates_near(&self, span: Span) -> &[DateMention] {
        let from = self.dates.partition_point(|d| d.span.end < span.start);
        let to = self.dates.partition_point(|d| d.span.start <= span.end);
        &self.dates[from..to.max(from)]
    }

    /// The number whose first token is `token`, if any.
    pub fn number_at_token(&self, token: usize) -> Option<usize> {
        let i = self.numbers.partition_point(|n| n.token < token);
        (i < self.numbers.len() && self.numbers[i].token == token).then_some(i)
    }

    /// The quantity built on number `number`, if any (quantities are in number order).
    pub fn quantity_of(&self, number: usize) -> Option<&Quantity> {
        self.quantities.binary_search_by_key(&number, |q| q.number).ok().map(|i| &self.quantities[i])
    }
}

pub fn extract(article: &Article) -> Mentions {
    let (tokens, triggers) = triggers::tokenize_with_triggers(article);
    // Each list is trimmed as soon as it is complete, while the lists made after it do not
    // exist yet: the copy then adds nothing to the peak.
    let dates = trimmed(dates::extract(article, &tokens, &triggers));
    let date_spans: Vec<Span> = dates.iter().filter(|d| d.kind != DateKind::Duration).map(|d| d.span).collect();
    let mut numbers = trimmed(numbers::extract(article, &tokens, &triggers, &date_spans));
    drop((triggers, date_spans));
    // A duration's number ("four years") is not a count of things.
    let durations = SpanIndex::new(dates.iter().filter(|d| d.kind == DateKind::Duration).map(|d| d.span));
    for n in &mut numbers {
        if durations.contains(n.span) {
            n.kind = NumberKind::Identifier;
        }
    }
    let quantities = numbers::quantities(article, &tokens, &numbers);
    Mentions { tokens, dates, numbers, quantities }
}
