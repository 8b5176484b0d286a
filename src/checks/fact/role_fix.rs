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

#[cfg(test)]
mod tests {
    use crate::article::{Article, Format, IngestOptions};
    use crate::rules::RuleSet;

    /// The replacements of each fact.role-term finding's first fix ("" when it has none).
    fn fixes(text: &str) -> Vec<String> {
        let mut set = RuleSet::builtin();
        set.filter(&["fact.role-term".to_string()], &[]);
        let a = Article::from_text("t", text.to_string(), Format::Text, &IngestOptions::default());
        let findings = crate::engine::check(&a, &set);
        findings.iter().map(|f| f.fixes.first().map(|x| x.edits[0].replacement.clone()).unwrap_or_default()).collect()
    }

    #[test]
    fn former_after_a_term_another_office_or_nothing_before_any() {
        assert_eq!(
            fixes("date 2010-05-06\n\nAt the dinner, President George W. Bush said on May 5, 2010, that he was proud."),
            ["former "]
        );
        assert_eq!(fixes("date 2012-05-06\n\nPresident Joe Biden spoke on May 3, 2012, in Ohio."), ["Vice President"]);
        // Before any term the date may be what is wrong: no fix.
        assert_eq!(fixes("date 1990-05-06\n\nPresident Barack Obama spoke on May 3, 1990, in Chicago."), [""]);
    }
}
