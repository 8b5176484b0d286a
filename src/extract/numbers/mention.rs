//! What number extraction finds: a [`NumberMention`] of some [`NumberKind`], and the
//! [`Quantity`] it counts.

use serde::Serialize;

pub use crate::memory::Word;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NumberKind {
    /// A count or amount of something.
    Count,
    Percent,
    PercentagePoints,
    Money,
    /// A number that names rather than counts ("Boeing 737", "Article 5", "Route 66").
    Identifier,
    Ordinal,
    Time,
    Age,
    /// "twice", "three times".
    Multiplier,
    /// "half", "a third".
    Fraction,
}

/// How exact a number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bound {
    Exact,
    AtLeast,
    AtMost,
    About,
    Range,
    /// "dozens", "hundreds", "thousands".
    Vague,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NumberMention {
    pub span: Span,
    pub value: f64,
    pub kind: NumberKind,
    pub bound: Bound,
    /// The interval the number allows, after its bound ("at least 25" is [25, inf)).
    pub low: f64,
    pub high: f64,
    /// Currency symbol or word, for money (a shared [`Word`]: 8 bytes, where a 16 MB article
    /// holds 159,000 numbers).
    pub currency: Option<Word>,
    pub sentence: usize,
    /// Index of the first token of the number (after any bound words).
    #[serde(skip)]
    pub token: usize,
    /// Index one past the last token of the number (scale and percent words included).
    #[serde(skip)]
    pub token_end: usize,
    /// Whether written in words.
    pub words: bool,
}

/// A number with what it counts: "The storm / destroyed / 340 / homes". Its words are shared
/// [`Word`]s (8 bytes, no allocation each): a 16 MB article holds 128,000 quantities, and
/// mostly the same few thousand words.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quantity {
    /// Index into the number list.
    pub number: usize,
    /// The counted noun phrase as written ("Afghan civilians"), if any.
    pub noun: Option<Word>,
    /// Its head noun, lowercase ("civilians").
    pub head: Option<Word>,
    pub noun_span: Option<Span>,
    /// The verb that governs the count ("killed"), lowercase.
    pub verb: Option<Word>,
    /// The subject of that verb as written ("The storm"), when the count is its object; a
    /// relative pronoun is resolved to its antecedent ("The fire, which destroyed ...").
    pub subject: Option<Word>,
    /// The subject's head noun, lowercase ("storm").
    pub subject_head: Option<Word>,
    /// Whether the subject opens with an indefinite determiner ("A fire in 2007"): it then
    /// introduces a new thing rather than naming one already mentioned.
    pub subject_indefinite: bool,
    /// Whether the count itself is definite ("the 430 homes", "its 12 seats"): a reference
    /// back to something already counted.
    pub definite: bool,
}
