//! Engine: Article x RuleSet -> `Vec<Finding>`. Each rule kind has one check; a check returns
//! `Hit`s (spans and the values compared) and the rule's message template turns them into
//! [`Finding`]s.

mod arith;
mod dates;
mod facts;
mod numbers;
mod pattern;
mod selftest;
mod style;
mod suppress;

pub use selftest::{run_tests, TestOutcome};

use serde::Serialize;

use crate::article::{Article, Span};
use crate::extract::{self, Mentions};
use crate::rules::{interpolate, Rule, RuleKind, RuleSet, Severity};

/// A secondary span of a finding: "contradicted here".
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Related {
    pub span: Span,
    pub message: String,
}

/// One problem found in an article.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: String,
    pub severity: Severity,
    pub message: String,
    pub help: Option<String>,
    pub span: Span,
    /// Label for the primary span ("stated here").
    pub label: String,
    pub related: Vec<Related>,
}

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

/// Check one article against every rule.
pub fn check(article: &Article, rules: &RuleSet) -> Vec<Finding> {
    let mentions = extract::extract(article);
    check_with(article, &mentions, rules)
}

/// Check with mentions already extracted.
pub fn check_with(article: &Article, mentions: &Mentions, rules: &RuleSet) -> Vec<Finding> {
    let ctx = Ctx { article, m: mentions, rules, events: std::cell::OnceCell::new() };
    let mut out = Vec::new();
    for rule in &rules.rules {
        for hit in run_kind(&ctx, rule) {
            out.push(finding(rule, hit));
        }
    }
    // Directives in the article silence findings; the ones that silence nothing are reported
    // by every loaded rule of the suppression kind (none loaded: they are simply not reported).
    let filtered = suppress::apply(article, out);
    let mut out = filtered.kept;
    for rule in rules.rules.iter().filter(|r| r.kind == RuleKind::SuppressionUnused) {
        out.extend(filtered.unused.iter().cloned().map(|hit| finding(rule, hit)));
    }
    out.sort_by(|a, b| a.span.start.cmp(&b.span.start).then_with(|| a.rule.cmp(&b.rule)));
    out.dedup_by(|a, b| a.rule == b.rule && a.span == b.span);
    out
}

fn run_kind(ctx: &Ctx, rule: &Rule) -> Vec<Hit> {
    match rule.kind {
        RuleKind::DatelineMissing => dates::dateline_missing(ctx),
        RuleKind::DatelineConflict => dates::dateline_conflict(ctx),
        RuleKind::YearMismatch => dates::year_mismatch(ctx, rule),
        RuleKind::WeekdayMismatch => dates::weekday_mismatch(ctx),
        RuleKind::InvalidDate => dates::invalid_date(ctx),
        RuleKind::AfterDateline => dates::after_dateline(ctx),
        RuleKind::RelativeMismatch => dates::relative_mismatch(ctx),
        RuleKind::DateOrder => dates::date_order(ctx),
        RuleKind::Duration => dates::date_duration(ctx),
        RuleKind::BirthAge => dates::birth_age(ctx),
        RuleKind::PartsTotal => arith::parts_total(ctx),
        RuleKind::PercentSum => numbers::percent_sum(ctx),
        RuleKind::Change => numbers::change(ctx),
        RuleKind::PartWhole => numbers::part_whole(ctx),
        RuleKind::NumberConflict => numbers::number_conflict(ctx),
        RuleKind::RoleTerm => facts::role_term(ctx),
        RuleKind::EventDate => facts::event_date(ctx),
        RuleKind::PersonAge => facts::person_age(ctx),
        RuleKind::EventFigure => facts::event_figure(ctx),
        // Suppression is a post-filter over all findings; see `suppress`.
        RuleKind::SuppressionUnused => vec![],
        RuleKind::Substitution => style::substitution(ctx, rule),
        RuleKind::Existence => style::existence(ctx, rule),
        RuleKind::Consistency => style::consistency(ctx, rule),
        RuleKind::Pattern => pattern::pattern(ctx, rule),
    }
}

fn finding(rule: &Rule, hit: Hit) -> Finding {
    Finding {
        rule: rule.id.clone(),
        severity: rule.severity,
        message: interpolate(&rule.message, &hit.vars),
        help: rule.help.as_ref().map(|h| interpolate(h, &hit.vars)),
        span: hit.span,
        label: hit.label,
        related: hit.related,
    }
}

/// Numbers added up for a message: "169 + 13 = 182" and the list "169, 13".
pub(crate) struct Addition {
    pub sum: f64,
    /// "169 + 13 = 182"
    pub equation: String,
    /// "169, 13"
    pub list: String,
}

pub(crate) fn addition(values: impl IntoIterator<Item = f64>) -> Addition {
    let values: Vec<f64> = values.into_iter().collect();
    let sum: f64 = values.iter().sum();
    let written: Vec<String> = values.iter().map(|&v| fmt_num(v)).collect();
    Addition { sum, equation: format!("{} = {}", written.join(" + "), fmt_num(sum)), list: written.join(", ") }
}

/// Format a number the way news copy writes it: "182", "60,000", "3.2".
pub fn fmt_num(v: f64) -> String {
    if v.is_infinite() {
        return "∞".into();
    }
    if v.fract().abs() < 1e-9 && v.abs() < 1e15 {
        let n = v.round() as i64;
        let s = n.abs().to_string();
        let mut out = String::new();
        for (i, ch) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(ch);
        }
        if n < 0 {
            out.insert(0, '-');
        }
        out
    } else {
        let s = format!("{v:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::fmt_num;

    #[test]
    fn numbers_read_like_copy() {
        assert_eq!(fmt_num(182.0), "182");
        assert_eq!(fmt_num(60000.0), "60,000");
        assert_eq!(fmt_num(1204311.0), "1,204,311");
        assert_eq!(fmt_num(3.25), "3.25");
    }
}
