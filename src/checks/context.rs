//! What every check reads ([`Ctx`]: the article, its mentions, the rules) and what it returns
//! ([`Hit`]: a span and the values its message may name).

use crate::article::Article;
use crate::extract::Mentions;
use crate::finding::{Confidence, Fix, Related};
use crate::rules::RuleSet;
use crate::span::Span;

/// What a check reports before the rule's templates are applied.
#[derive(Clone, Debug, Default)]
pub(crate) struct Hit {
    pub span: Span,
    pub label: String,
    pub vars: Vec<(&'static str, String)>,
    pub related: Vec<Related>,
    pub confidence: Confidence,
    pub fixes: Vec<Fix>,
    /// The date mention the finding rests on ("said on May 5, 2010" for a title held to that
    /// date). When another finding flags that very date, the engine folds this finding into
    /// that one: one error, one finding.
    pub evidence_date: Option<Span>,
}

/// Read-only context shared by the checks of one article.
pub(crate) struct Ctx<'a> {
    pub article: &'a Article,
    pub m: &'a Mentions,
    pub rules: &'a RuleSet,
    /// Known events named in the article, found once for the rules that need them.
    events: std::cell::OnceCell<Vec<(usize, Span)>>,
}

impl Ctx<'_> {
    /// Known events named in the article: (index into the facts' events, span).
    /// Both event rules need a figure in the sentence naming the event or a year-dated date
    /// right after the name (which may open the next sentence), so only the sentences that
    /// can hold one are searched.
    pub fn events(&self) -> &[(usize, Span)] {
        self.events.get_or_init(|| {
            let mut sentences: Vec<usize> = self.m.numbers.iter().map(|n| n.sentence).collect();
            for d in self.m.dates.iter().filter(|d| d.year_explicit) {
                sentences.extend([d.sentence.saturating_sub(1), d.sentence]);
            }
            sentences.sort_unstable();
            sentences.dedup();
            let ranges: Vec<_> = sentences.iter().map(|&s| self.article.sentences[s].span.range()).collect();
            self.rules.facts.find_events_in(&self.article.text, &ranges)
        })
    }
    /// Text of a span.
    pub fn text(&self, s: Span) -> &str {
        self.article.slice(s)
    }
    pub fn line(&self, offset: usize) -> usize {
        self.article.line_col(offset).line
    }
}

impl<'a> Ctx<'a> {
    pub(crate) fn new(article: &'a Article, m: &'a Mentions, rules: &'a RuleSet) -> Self {
        Ctx { article, m, rules, events: std::cell::OnceCell::new() }
    }
}
