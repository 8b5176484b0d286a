//! The checks: one file per rule kind, grouped by rule id prefix (`date/`, `arith/`, `number/`,
//! `fact/`, `style/`), and this registry that maps each rule kind to its check. The match in [`run`]
//! is over the kinds' typed settings and exhaustive, so a kind declared in `rules/kinds.rs`
//! without a check does not compile.
//!
//! A check reads the article and its extracted mentions through a `Ctx` and returns `Hit`s
//! (both in `context`): spans and the values its message may name.

mod arith;
#[cfg(test)]
mod confidence_tests;
pub(crate) mod context;
mod date;
#[cfg(test)]
mod every_kind;
mod fact;
mod fixes;
mod number;
mod pattern;
mod person;
pub(crate) mod predicate;
mod style;
pub(crate) mod suppress;
pub(crate) mod window;
pub(crate) mod wording;

use crate::rules::{Rule, Settings};
use context::{Ctx, Hit};

/// Run the check of a rule's kind.
pub(crate) fn run(ctx: &Ctx, rule: &Rule) -> Vec<Hit> {
    match &rule.settings {
        Settings::DatelineMissing(_) => date::dateline_missing::check(ctx),
        Settings::DatelineInvalid(_) => date::dateline_invalid::check(ctx),
        Settings::DatelineConflict(_) => date::dateline_conflict::check(ctx),
        Settings::DatelineOffset(_) => date::dateline_offset::check(ctx),
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
        Settings::OrdinalSuffix(_) => number::ordinal_suffix::check(ctx),
        Settings::RoleTerm(_) => fact::role_term::check(ctx),
        Settings::EventDate(_) => fact::event_date::check(ctx),
        Settings::PersonAge(_) => fact::age::check(ctx),
        Settings::Affiliation(_) => fact::affiliation::check(ctx),
        Settings::EventFigure(_) => fact::event_figure::check(ctx),
        // Suppression is a post-filter over all findings, run by the engine; see `suppress`.
        Settings::SuppressionUnused(_) | Settings::SuppressionUnknownRule(_) => vec![],
        Settings::Substitution(s) => style::substitution::check(ctx, s),
        Settings::Existence(s) => style::existence::check(ctx, s),
        Settings::Consistency(s) => style::consistency::check(ctx, s),
        Settings::Pattern(s) => pattern::check(ctx, s),
        Settings::NameSpelling(_) => person::name_spelling::check(ctx),
        Settings::TitleConflict(_) => person::title_conflict::check(ctx),
        Settings::AgeConflict(_) => person::age_conflict::check(ctx),
    }
}

/// What the checks' phrasing tests share.
#[cfg(test)]
pub(crate) mod testing {
    /// The messages of one rule's findings on `body` under a `date` line, checked with the
    /// built-in rules.
    pub(crate) fn rule_messages(rule: &str, date: &str, body: &str) -> Vec<String> {
        use crate::article::{Article, Format, IngestOptions};
        let set = crate::rules::RuleSet::builtin();
        let a = Article::from_text("t", format!("date {date}\n\n{body}"), Format::Text, &IngestOptions::default());
        crate::engine::check(&a, &set).into_iter().filter(|f| f.rule == rule).map(|f| f.message).collect()
    }
}
