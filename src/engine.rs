//! Engine: Article x RuleSet -> `Vec<Finding>` (the type is in [`crate::finding`]). The article's mentions are extracted once,
//! every rule runs its kind's check (an empty article has no findings) (the registry in `checks/mod.rs`), each `Hit` becomes a
//! `Finding` through the rule's message template, and the article's suppression directives
//! filter the result.

pub mod selftest;

pub use crate::checks::wording::fmt_num;

use crate::article::Article;
use crate::checks::context::{Ctx, Hit};
use crate::checks::{self, suppress};
use crate::extract::{self, Mentions};
use crate::finding::Finding;
use crate::rules::{interpolate, Rule, RuleKind, RuleSet};

/// Check one article against every rule.
pub fn check(article: &Article, rules: &RuleSet) -> Vec<Finding> {
    let mentions = extract::extract(article);
    check_with(article, &mentions, rules)
}

/// Check with mentions already extracted.
pub fn check_with(article: &Article, mentions: &Mentions, rules: &RuleSet) -> Vec<Finding> {
    // An empty draft has nothing to check, and nothing to say (not even a missing dateline).
    if article.is_blank() {
        return Vec::new();
    }
    let ctx = Ctx::new(article, mentions, rules);
    let mut out = Vec::new();
    for rule in &rules.rules {
        for hit in checks::run(&ctx, rule) {
            out.push(finding(rule, hit));
        }
    }
    // Directives in the article silence findings; the ones that silence nothing, and the names
    // that name no rule, are reported by every loaded rule of the suppression kinds (none
    // loaded: they are simply not reported).
    let filtered = suppress::apply(article, rules, out);
    let mut out = filtered.kept;
    for rule in &rules.rules {
        let hits = match rule.kind {
            RuleKind::SuppressionUnused => &filtered.unused,
            RuleKind::SuppressionUnknownRule => &filtered.unknown,
            _ => continue,
        };
        out.extend(hits.iter().cloned().map(|hit| finding(rule, hit)));
    }
    out.sort_by(|a, b| a.span.start.cmp(&b.span.start).then_with(|| a.rule.cmp(&b.rule)));
    out.dedup_by(|a, b| a.rule == b.rule && a.span == b.span);
    out
}

pub(crate) fn finding(rule: &Rule, hit: Hit) -> Finding {
    Finding {
        rule: rule.id.clone(),
        severity: rule.severity,
        message: interpolate(&rule.message, &hit.vars),
        help: rule.help.as_ref().map(|h| interpolate(h, &hit.vars)),
        span: hit.span,
        label: hit.label,
        related: hit.related,
        confidence: hit.confidence,
        fixes: hit.fixes,
    }
}
