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
use crate::finding::{Finding, Related};
use crate::span::Span;

use crate::rules::{interpolate, Rule, RuleKind, RuleSet};
use std::collections::HashMap;
use std::time::Instant;

/// Check one article against every rule.
pub fn check(article: &Article, rules: &RuleSet) -> Vec<Finding> {
    check_until(article, rules, None).unwrap_or_default()
}

/// Check one article, giving up (`None`) once `deadline` passes. The clock is read after the
/// mentions are extracted and between rules, so a server's worker is freed soon after a
/// check runs over its time limit instead of when the check ends.
pub fn check_until(article: &Article, rules: &RuleSet, deadline: Option<Instant>) -> Option<Vec<Finding>> {
    if article.is_blank() {
        return Some(Vec::new());
    }
    let mentions = extract::extract(article);
    run_rules(article, &mentions, rules, deadline)
}

/// Check with mentions already extracted.
pub fn check_with(article: &Article, mentions: &Mentions, rules: &RuleSet) -> Vec<Finding> {
    run_rules(article, mentions, rules, None).unwrap_or_default()
}

fn run_rules(
    article: &Article,
    mentions: &Mentions,
    rules: &RuleSet,
    deadline: Option<Instant>,
) -> Option<Vec<Finding>> {
    let passed = || deadline.is_some_and(|d| Instant::now() >= d);
    // An empty draft has nothing to check, and nothing to say (not even a missing dateline).
    if article.is_blank() {
        return Some(Vec::new());
    }
    let ctx = Ctx::new(article, mentions, rules);
    let mut out = Vec::new();
    let mut evidence = Vec::new();
    for rule in &rules.rules {
        if passed() {
            return None;
        }
        for hit in checks::run(&ctx, rule) {
            evidence.push(hit.evidence_date);
            out.push(finding(rule, hit));
        }
    }
    let out = fold_dependent(out, &evidence);
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
    Some(out)
}

/// One error, one finding: a finding that rests on a date (`evidence[i]`) another finding flags
/// (its primary span is that date) only exists because of that date, so it becomes a related
/// note of the root finding instead of a second error, and its fixes go with it (fixing the
/// date fixes both). "President Trump said on September 18, 2021" in a 2025 story: the wrong
/// year makes the title look wrong too.
fn fold_dependent(findings: Vec<Finding>, evidence: &[Option<Span>]) -> Vec<Finding> {
    let mut root_at: HashMap<Span, usize> = HashMap::new();
    for (i, f) in findings.iter().enumerate() {
        if evidence[i].is_none() {
            root_at.entry(f.span).or_insert(i);
        }
    }
    let mut notes: Vec<(usize, Related)> = Vec::new();
    let mut folded = vec![false; findings.len()];
    for (i, f) in findings.iter().enumerate() {
        let Some(&root) = evidence[i].and_then(|e| root_at.get(&e)) else { continue };
        folded[i] = true;
        let message = format!("{} follows from this date: {}", f.rule, f.label);
        notes.push((root, Related { span: f.span, message }));
    }
    let mut findings = findings;
    for (root, note) in notes {
        findings[root].related.push(note);
    }
    findings.into_iter().zip(folded).filter(|(_, gone)| !gone).map(|(f, _)| f).collect()
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

#[cfg(test)]
mod tests {
    use crate::article::{Article, Format, IngestOptions};
    use crate::rules::RuleSet;

    #[test]
    fn a_title_wrong_only_by_a_flagged_year_is_a_note_of_that_finding() {
        let text = "date 2025-09-19\n\nPresident Donald Trump said on September 18, 2021, that he wanted the Bagram base back.\n\nTrump spoke about the Bagram base at a press conference on September 18, saying he wanted it back.\n";
        let article = Article::from_text("t.txt", text.into(), Format::Text, &IngestOptions::default());
        let findings = super::check(&article, &RuleSet::builtin());
        let rules: Vec<&str> = findings.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules, ["date.year-mismatch"]);
        let note = findings[0].related.last().unwrap();
        assert!(note.message.starts_with("fact.role-term follows from this date"), "{}", note.message);
        // Alone, the title is a finding, and its fix is "former".
        let mut facts_only = RuleSet::builtin();
        facts_only.filter(&["fact".to_string()], &[]);
        let findings = super::check(&article, &facts_only);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].fixes[0].edits[0].replacement, "Former ");
    }
}
