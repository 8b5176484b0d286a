//! The fixes of `fact.role-term`: what the title should say at the date it is held to.
//!
//! After a term of the person's in that office (and outside every term), "former " before the
//! title; when the record shows the person in another office at that date, that office's
//! title instead. Before any term, nothing: the title may be right and the date wrong. An alias
//! that names several holders ("President Bush") gets no fix: which one is meant is unknown.

use chrono::NaiveDate;

use super::period;
use crate::checks::context::Ctx;
use crate::finding::Fix;
use crate::rules::{FactMatch, Office};
use crate::span::Span;

pub(super) fn fixes(ctx: &Ctx, fm: &FactMatch, offices: &[&Office], date: NaiveDate, precision: usize) -> Vec<Fix> {
    let Some(first) = offices.first() else { return vec![] };
    if offices.iter().any(|o| o.holder != first.holder) {
        return vec![];
    }
    let (start, end) = period(date, precision);
    let title_span = fm.title_span;
    // Another office the record shows the person in for the whole of the date's period.
    let other = ctx
        .rules
        .facts
        .offices
        .iter()
        .find(|o| o.holder == first.holder && o.title != first.title && o.covers(start) && o.covers(end));
    if let Some(o) = other {
        // The other office's form in the place of the one written ("U.S. President" ->
        // "U.S. Vice President" when the record lists forms alike), else its first form.
        let written = ctx.text(title_span);
        let k = first.forms.iter().position(|f| f == written).unwrap_or(0);
        let Some(form) = o.forms.get(k).or(o.forms.first()) else { return vec![] };
        return vec![Fix::suggest(format!("write {form} ({})", o.title), title_span, form.clone())];
    }
    let after_a_term = offices.iter().any(|o| o.to.is_some_and(|t| t <= start));
    if !after_a_term {
        return vec![];
    }
    let former = if opens_sentence(ctx, title_span) { "Former " } else { "former " };
    vec![Fix::suggest(
        format!("write “{}{}”", former, ctx.text(title_span)),
        Span::new(title_span.start, title_span.start),
        former,
    )]
}

/// Whether only punctuation (an opening quote) comes before the title in its sentence.
fn opens_sentence(ctx: &Ctx, title: Span) -> bool {
    let Some(s) = ctx.article.sentence_at(title.start) else { return false };
    let start = ctx.article.sentences[s].span.start;
    ctx.article.text[start..title.start].chars().all(|c| !c.is_alphanumeric())
}
