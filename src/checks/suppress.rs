//! Suppression directives written in the article itself:
//!
//! - `<!-- copydesk-disable-next-line RULE[, RULE] -->` silences the next non-blank line;
//! - `<!-- copydesk-disable RULE -->` ... `<!-- copydesk-enable RULE -->` silences a stretch.
//!
//! RULE is an id or a dotted prefix (`date`); no RULE means every rule. In plain text the same
//! directive stands on a line of its own, with or without the comment markers. Directives are
//! read from `Article::source`, because Markdown comments are blanked out of `Article::text`.
//! A directive that silences nothing is reported, so stale ones get cleaned up; one that names
//! no loaded rule is reported as such. In Markdown, a directive inside code (inline, fenced or
//! indented) is text, not a directive.
//!
//! Confidence: always high: a directive either silences something or it does not.

use crate::rx::{LazyRx, Rx};

use crate::article::{Article, Format};
use crate::checks::context::Hit;
use crate::finding::Finding;
use crate::rules::{closest_name, id_matches, RuleSet};
use crate::span::Span;

/// A directive inside an HTML comment, anywhere in a Markdown file.
static COMMENT: LazyRx =
    LazyRx::new(|| Rx::builtin(r"<!--[ \t]*copydesk-(disable-next-line|disable|enable)(?-u:\b)([^\n]*?)[ \t]*-->"));
/// A directive on a line of its own in plain text, the comment markers optional.
static LINE: LazyRx = LazyRx::new(|| {
    Rx::builtin(
        r"(?m)^[ \t]*(?:<!--[ \t]*)?copydesk-(disable-next-line|disable|enable)(?-u:\b)([^\n]*?)[ \t]*(?:-->)?[ \t]*\r?$",
    )
});

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Action {
    DisableNextLine,
    Disable,
    Enable,
}

#[derive(Clone, Debug)]
struct Directive {
    action: Action,
    /// Rule ids or prefixes; empty means every rule.
    selectors: Vec<String>,
    span: Span,
}

/// Where one selector of one directive applies.
#[derive(Clone, Debug)]
struct Region {
    directive: usize,
    /// None for "every rule".
    selector: Option<String>,
    scope: Scope,
    used: bool,
}

#[derive(Clone, Copy, Debug)]
enum Scope {
    /// A 1-based line number.
    Line(usize),
    /// Byte offsets; the end is open until an `enable` closes it.
    Range(usize, usize),
}

fn parse(article: &Article) -> Vec<Directive> {
    // Almost no article holds a directive: a substring test spares the scan (and the compile).
    if !article.source_contains("copydesk-") {
        return Vec::new();
    }
    let re = match article.format {
        Format::Markdown => &*COMMENT,
        Format::Text => &*LINE,
    };
    let in_code = |at: usize| {
        let i = article.code.partition_point(|s| s.end <= at);
        article.code.get(i).is_some_and(|s| s.start <= at)
    };
    re.captures_iter(article.source())
        .filter(|c| !in_code(c.get(0).expect("group 0 always matches").start()))
        .map(|c| {
            let action = match &c[1] {
                "disable-next-line" => Action::DisableNextLine,
                "disable" => Action::Disable,
                _ => Action::Enable,
            };
            let selectors = c[2]
                .split(|ch: char| ch == ',' || ch.is_whitespace())
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect();
            let whole = c.get(0).expect("group 0 always matches");
            // Keep the span off the line break a multi-line-mode match may end on.
            let text = whole.as_str().trim_end_matches(['\r', '\n']);
            let start = whole.start() + (text.len() - text.trim_start().len());
            Directive { action, selectors, span: Span::new(start, whole.start() + text.len()) }
        })
        .collect()
}

/// The first line after `line` that holds more than white space, if any.
fn next_text_line(article: &Article, line: usize) -> Option<usize> {
    article.source().lines().enumerate().skip(line).find(|(_, l)| !l.trim().is_empty()).map(|(i, _)| i + 1)
}

fn regions(article: &Article, directives: &[Directive]) -> Vec<Region> {
    let end = article.source().len();
    let mut out: Vec<Region> = Vec::new();
    let selectors = |d: &Directive| -> Vec<Option<String>> {
        if d.selectors.is_empty() {
            vec![None]
        } else {
            d.selectors.iter().cloned().map(Some).collect()
        }
    };
    for (i, d) in directives.iter().enumerate() {
        match d.action {
            Action::DisableNextLine => {
                let line = article.line_col(d.span.start).line;
                // A directive whose next line is missing still gets a region (on a line past the
                // end), so it is reported as unused rather than silently dropped.
                let target = next_text_line(article, line).unwrap_or(usize::MAX);
                for selector in selectors(d) {
                    out.push(Region { directive: i, selector, scope: Scope::Line(target), used: false });
                }
            }
            Action::Disable => {
                for selector in selectors(d) {
                    out.push(Region { directive: i, selector, scope: Scope::Range(d.span.end, end), used: false });
                }
            }
            Action::Enable => {
                // Close the open stretches this names: all of them for a bare `enable`.
                for r in &mut out {
                    let Scope::Range(start, stop) = r.scope else { continue };
                    let open = stop == end && start <= d.span.start;
                    let named = d.selectors.is_empty() || r.selector.as_ref().is_some_and(|s| d.selectors.contains(s));
                    if open && named {
                        r.scope = Scope::Range(start, d.span.start);
                    }
                }
            }
        }
    }
    out
}

/// What the filter leaves: the findings not silenced, the directives that silenced nothing
/// (as hits with the directive's text and the unused selectors), and each rule a directive
/// names that `rules` does not know (a hit with the directive's text and the name).
pub(crate) struct Filtered {
    pub kept: Vec<Finding>,
    pub unused: Vec<Hit>,
    pub unknown: Vec<Hit>,
}

/// Drop the findings a directive silences; collect directives that silenced nothing and the
/// names that name no rule of `rules` (loaded, even if turned off or not selected).
pub(crate) fn apply(article: &Article, rules: &RuleSet, findings: Vec<Finding>) -> Filtered {
    let directives = parse(article);
    if directives.is_empty() {
        return Filtered { kept: findings, unused: vec![], unknown: vec![] };
    }
    let mut unknown = Vec::new();
    for d in &directives {
        for name in d.selectors.iter().filter(|s| !rules.names_rule(s)) {
            let suggestion = closest_name(name, &rules.names()).map(|s| format!("; did you mean `{s}`?"));
            unknown.push(Hit {
                span: d.span,
                label: format!("no loaded rule is named `{name}`"),
                vars: vec![
                    ("directive", article.source()[d.span.start..d.span.end].to_string()),
                    ("rule", name.clone()),
                    ("suggestion", suggestion.unwrap_or_default()),
                ],
                related: vec![],
                ..Hit::default()
            });
        }
    }
    let mut regions = regions(article, &directives);
    let mut kept = Vec::with_capacity(findings.len());
    for f in findings {
        let line = article.line_col(f.span.start).line;
        let mut silenced = false;
        for r in &mut regions {
            let named = r.selector.as_ref().is_none_or(|s| id_matches(&f.rule, s));
            let inside = match r.scope {
                Scope::Line(l) => l == line,
                Scope::Range(start, stop) => start <= f.span.start && f.span.start < stop,
            };
            if named && inside {
                // Mark every region that covers the finding, so overlapping directives all count
                // as used.
                r.used = true;
                silenced = true;
            }
        }
        if !silenced {
            kept.push(f);
        }
    }
    let mut unused = Vec::new();
    for (i, d) in directives.iter().enumerate() {
        if d.action == Action::Enable {
            continue;
        }
        // A name no rule has is reported as unknown, not as silencing nothing.
        let idle: Vec<String> = regions
            .iter()
            .filter(|r| r.directive == i && !r.used && r.selector.as_ref().is_none_or(|s| rules.names_rule(s)))
            .map(|r| r.selector.clone().unwrap_or_else(|| "all rules".into()))
            .collect();
        if idle.is_empty() {
            continue;
        }
        let text = article.source()[d.span.start..d.span.end].to_string();
        unused.push(Hit {
            span: d.span,
            label: "silences nothing".into(),
            vars: vec![("directive", text), ("rules", idle.join(", "))],
            related: vec![],
            ..Hit::default()
        });
    }
    Filtered { kept, unused, unknown }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::IngestOptions;
    use crate::rules::Severity;

    fn article(text: &str, format: Format) -> Article {
        Article::from_text("t", text.to_string(), format, &IngestOptions::default())
    }

    /// The built-in rules, and the made-up ids the tests name as if they were loaded.
    fn rules() -> RuleSet {
        let mut r = RuleSet::builtin();
        r.dropped.extend(["date.x", "arith.y", "arith.summary"].map(String::from));
        r
    }

    fn finding(a: &Article, rule: &str, needle: &str) -> Finding {
        let start = a.source().find(needle).unwrap();
        Finding {
            rule: rule.into(),
            severity: Severity::Error,
            message: String::new(),
            help: None,
            span: Span::new(start, start + needle.len()),
            label: String::new(),
            related: vec![],
            confidence: crate::finding::Confidence::High,
            fixes: vec![],
        }
    }

    #[test]
    fn next_line_in_markdown_skips_blank_lines_and_takes_prefixes() {
        let a = article("<!-- copydesk-disable-next-line date, fact.age -->\n\nAlpha.\n\nBeta.\n", Format::Markdown);
        let fs = vec![
            finding(&a, "date.year-mismatch", "Alpha"),
            finding(&a, "fact.age", "Alpha"),
            finding(&a, "fact.role-term", "Alpha"),
            finding(&a, "date.year-mismatch", "Beta"),
        ];
        let out = apply(&a, &rules(), fs);
        let left: Vec<_> = out.kept.iter().map(|f| (f.rule.as_str(), a.line_col(f.span.start).line)).collect();
        assert_eq!(left, vec![("fact.role-term", 3), ("date.year-mismatch", 5)]);
        assert!(out.unused.is_empty());
    }

    #[test]
    fn disable_enable_stretch_and_unused_report() {
        let text = "copydesk-disable fact\nAlpha.\n<!-- copydesk-enable fact -->\nBeta.\ncopydesk-disable arith\n";
        let a = article(text, Format::Text);
        let out =
            apply(&a, &rules(), vec![finding(&a, "fact.role-term", "Alpha"), finding(&a, "fact.role-term", "Beta")]);
        assert_eq!(out.kept.len(), 1);
        assert_eq!(a.line_col(out.kept[0].span.start).line, 4);
        assert_eq!(out.unused.len(), 1);
        assert_eq!(a.line_col(out.unused[0].span.start).line, 5);
        assert_eq!(out.unused[0].vars[1].1, "arith");
        assert_eq!(&a.source()[out.unused[0].span.start..out.unused[0].span.end], "copydesk-disable arith");
    }

    #[test]
    fn bare_directive_silences_everything_and_text_needs_its_own_line() {
        let a = article("copydesk-disable-next-line\nAlpha.\n", Format::Text);
        let out = apply(&a, &rules(), vec![finding(&a, "date.x", "Alpha"), finding(&a, "arith.y", "Alpha")]);
        assert!(out.kept.is_empty() && out.unused.is_empty());
        // Mid-sentence in plain text it is prose, not a directive.
        let a = article("Say copydesk-disable-next-line here.\nAlpha.\n", Format::Text);
        let out = apply(&a, &rules(), vec![finding(&a, "date.x", "Alpha")]);
        assert_eq!(out.kept.len(), 1);
        // Markdown reads only the comment form: bare text is prose there.
        let a = article("copydesk-disable-next-line\n\nAlpha.\n", Format::Markdown);
        assert_eq!(apply(&a, &rules(), vec![finding(&a, "date.x", "Alpha")]).kept.len(), 1);
    }

    #[test]
    fn similar_ids_are_not_prefixes() {
        let a = article("<!-- copydesk-disable-next-line arith.sum -->\nAlpha.\n", Format::Markdown);
        let out = apply(&a, &rules(), vec![finding(&a, "arith.summary", "Alpha")]);
        assert_eq!(out.kept.len(), 1);
        assert_eq!(out.unused.len(), 1);
    }

    #[test]
    fn unknown_names_are_reported_once_and_not_as_unused() {
        let a = article("<!-- copydesk-disable-next-line date.yearmismatch, date -->\nAlpha.\n", Format::Markdown);
        let out = apply(&a, &rules(), vec![finding(&a, "date.x", "Alpha")]);
        assert!(out.kept.is_empty() && out.unused.is_empty());
        assert_eq!(out.unknown.len(), 1);
        assert_eq!(out.unknown[0].vars[1].1, "date.yearmismatch");
        assert_eq!(out.unknown[0].vars[2].1, "; did you mean `date.year-mismatch`?");
        // A name nothing is near gets no suggestion.
        let a = article("<!-- copydesk-disable-next-line house.bridges -->\nAlpha.\n", Format::Markdown);
        assert_eq!(apply(&a, &rules(), vec![]).unknown[0].vars[2].1, "");
        // A rule loaded but left out by a selection is still a name a directive may use.
        let mut narrowed = rules();
        narrowed.filter(&["arith".to_string()], &[]);
        let a = article("<!-- copydesk-disable-next-line date.year-mismatch -->\nAlpha.\n", Format::Markdown);
        assert!(apply(&a, &narrowed, vec![]).unknown.is_empty());
    }

    #[test]
    fn directives_in_markdown_code_are_text() {
        let src = "Use `<!-- copydesk-disable-next-line -->` thus.\nAlpha.\n\n```\n<!-- copydesk-disable -->\n```\n\n    <!-- copydesk-disable -->\n\nBeta.\n";
        let a = article(src, Format::Markdown);
        let out = apply(&a, &rules(), vec![finding(&a, "date.x", "Alpha"), finding(&a, "date.x", "Beta")]);
        assert_eq!(out.kept.len(), 2);
        assert!(out.unused.is_empty() && out.unknown.is_empty());
    }

    #[test]
    fn every_pattern_says_its_classes_in_ascii() {
        let found = crate::rx::guard::walk(&[("COMMENT", &COMMENT), ("LINE", &LINE)]);
        // What each finds in `guard::TRICKY`, as when `Rx::new` rewrote `\b` and `\d` itself.
        assert_eq!(
            found,
            [
                "COMMENT 6: <!-- copydesk-disableé --> | <!-- copydesk-disable-next-line date -->",
                "LINE 6: <!-- copydesk-disableé --> | copydesk-enableé x | <!-- copydesk-disable-next-line date -->",
            ]
        );
    }
}
