//! The checks: one file per rule kind, grouped by rule id prefix (`date/`, `arith/`, `number/`,
//! `fact/`, `style/`), and this registry that maps each rule kind to its check. The match in [`run`]
//! is over the kinds' typed settings and exhaustive, so a kind declared in `rules/kinds.rs`
//! without a check does not compile.
//!
//! A check reads the article and its extracted mentions through [`Ctx`] and returns [`Hit`]s:
//! spans and the values its message may name.

mod arith;
mod date;
#[cfg(test)]
mod every_kind;
mod fact;
mod number;
mod pattern;
mod style;
pub(crate) mod suppress;
pub(crate) mod window;
pub(crate) mod wording;

use crate::article::Article;
use crate::engine::Related;
use crate::extract::Mentions;
use crate::rules::{Rule, RuleSet, Settings};
use crate::span::Span;

/// What a check reports before the rule's templates are applied.
#[derive(Clone, Debug, Default)]
pub(crate) struct Hit {
    pub span: Span,
    pub label: String,
    pub vars: Vec<(&'static str, String)>,
    pub related: Vec<Related>,
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

/// Run the check of a rule's kind.
pub(crate) fn run(ctx: &Ctx, rule: &Rule) -> Vec<Hit> {
    match &rule.settings {
        Settings::DatelineMissing(_) => date::dateline_missing::check(ctx),
        Settings::DatelineConflict(_) => date::dateline_conflict::check(ctx),
        Settings::YearMismatch(s) => date::year_mismatch::check(ctx, s),
        Settings::WeekdayMismatch(_) => date::weekday_mismatch::check(ctx),
        Settings::InvalidDate(_) => date::invalid::check(ctx),
        Settings::AfterDateline(_) => date::after_dateline::check(ctx),
        Settings::RelativeMismatch(_) => date::relative_mismatch::check(ctx),
        Settings::DateOrder(_) => date::order::check(ctx),
        Settings::Duration(_) => date::duration::check(ctx),
        Settings::BirthAge(_) => date::age::check(ctx),
        Settings::PartsTotal(_) => arith::sum::check(ctx),
        Settings::PercentSum(_) => arith::percent_sum::check(ctx),
        Settings::Change(_) => arith::change::check(ctx),
        Settings::PartWhole(_) => arith::part_whole::check(ctx),
        Settings::NumberConflict(_) => number::conflict::check(ctx),
        Settings::RoleTerm(_) => fact::role_term::check(ctx),
        Settings::EventDate(_) => fact::event_date::check(ctx),
        Settings::PersonAge(_) => fact::age::check(ctx),
        Settings::EventFigure(_) => fact::event_figure::check(ctx),
        // Suppression is a post-filter over all findings, run by the engine; see `suppress`.
        Settings::SuppressionUnused(_) => vec![],
        Settings::Substitution(s) => style::substitution::check(ctx, s),
        Settings::Existence(s) => style::existence::check(ctx, s),
        Settings::Consistency(s) => style::consistency::check(ctx, s),
        Settings::Pattern(s) => pattern::check(ctx, s),
    }
}
