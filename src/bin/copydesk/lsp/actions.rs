//! Findings in the protocol's terms: diagnostics, hovers and code actions (each fix of a
//! finding, "disable for this line", and all safe fixes at once as `source.fixAll`).

use std::collections::HashMap;
use std::str::FromStr;

use copydesk::finding::{Applicability, Edit, Finding};
use copydesk::rules::{RuleSet, Severity};
use copydesk::span::Span;
use lsp_types::{
    CodeAction, CodeActionKind, CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Hover,
    HoverContents, Location, MarkupContent, MarkupKind, NumberOrString, TextEdit, Uri, WorkspaceEdit,
};

use super::text::Lines;

/// The kind of the action that applies every safe fix (`source.fixAll` and below it, so a
/// client asking for `source.fixAll` on save gets it).
pub const FIX_ALL: &str = "source.fixAll.copydesk";

pub fn diagnostic(f: &Finding, lines: &Lines, uri: &Uri, rules: &RuleSet) -> Diagnostic {
    let mut message = f.message.clone();
    if let Some(help) = &f.help {
        message.push_str(&format!("\nhelp: {help}"));
    }
    let related = f
        .related
        .iter()
        .map(|r| DiagnosticRelatedInformation {
            location: Location::new(uri.clone(), lines.range(r.span)),
            message: r.message.clone(),
        })
        .collect::<Vec<_>>();
    let href = rules.get(&f.rule).and_then(|r| r.link.as_deref()).and_then(|l| Uri::from_str(l).ok());
    Diagnostic {
        range: lines.range(f.span),
        severity: Some(match f.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
            Severity::Info => DiagnosticSeverity::INFORMATION,
        }),
        code: Some(NumberOrString::String(f.rule.clone())),
        code_description: href.map(|href| CodeDescription { href }),
        source: Some("copydesk".into()),
        message,
        related_information: (!related.is_empty()).then_some(related),
        ..Diagnostic::default()
    }
}

/// The findings under a byte offset, each with its rule's explain text, in Markdown.
pub fn hover(findings: &[Finding], offset: usize, lines: &Lines, rules: &RuleSet) -> Option<Hover> {
    let under: Vec<&Finding> = findings.iter().filter(|f| f.span.start <= offset && offset <= f.span.end).collect();
    let first = under.first()?;
    let mut text = String::new();
    for f in &under {
        if !text.is_empty() {
            text.push_str("\n\n---\n\n");
        }
        text.push_str(&format!("**{}** ({})\n\n{}\n", f.rule, f.severity, f.message));
        if let Some(help) = &f.help {
            text.push_str(&format!("\n*help:* {help}\n"));
        }
        let Some(rule) = rules.get(&f.rule) else { continue };
        if let Some(d) = &*rule.description {
            text.push_str(&format!("\n{}\n", d.trim()));
        }
        if let Some(link) = &rule.link {
            text.push_str(&format!("\n[More about {}]({link})\n", rule.id));
        }
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value: text }),
        range: Some(lines.range(first.span)),
    })
}

/// What a code action request is about.
pub struct ActionRequest<'a> {
    pub uri: &'a Uri,
    pub text: &'a str,
    pub lines: &'a Lines<'a>,
    /// The requested range, in bytes.
    pub span: Span,
    /// The kinds the client asked for, if it narrowed them.
    pub only: Option<&'a [CodeActionKind]>,
    pub line_break: &'a str,
    pub rules: &'a RuleSet,
    /// The text after every safe fix, as `check --fix` makes it (asked only when wanted).
    pub fix_all: &'a dyn Fn() -> String,
}

impl ActionRequest<'_> {
    fn wants(&self, kind: &str) -> bool {
        self.only.is_none_or(|only| {
            only.iter().any(|o| kind == o.as_str() || kind.strip_prefix(o.as_str()).is_some_and(|r| r.starts_with('.')))
        })
    }

    fn edit(&self, edits: &[Edit]) -> WorkspaceEdit {
        let edits = edits
            .iter()
            .map(|e| TextEdit { range: self.lines.range(e.span), new_text: e.replacement.clone() })
            .collect();
        WorkspaceEdit { changes: Some(HashMap::from([(self.uri.clone(), edits)])), ..WorkspaceEdit::default() }
    }
}

/// The code actions for the findings touching the request's range: each of their fixes, best
/// first, then "disable for this line" per rule and line; and, when asked for or when the
/// client did not narrow the kinds, every safe fix of the document at once.
pub fn code_actions(all: &[Finding], req: &ActionRequest) -> Vec<CodeAction> {
    let mut actions = Vec::new();
    let touching: Vec<&Finding> =
        all.iter().filter(|f| f.span.start <= req.span.end && req.span.start <= f.span.end).collect();
    if req.wants(CodeActionKind::QUICKFIX.as_str()) {
        for f in &touching {
            let diagnostic = diagnostic(f, req.lines, req.uri, req.rules);
            for (i, fix) in f.fixes.iter().enumerate() {
                actions.push(CodeAction {
                    title: fix.description.clone(),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![diagnostic.clone()]),
                    edit: Some(req.edit(&fix.edits)),
                    is_preferred: Some(i == 0 && fix.applicability == Applicability::Safe),
                    ..CodeAction::default()
                });
            }
        }
        let mut disabled: Vec<(usize, &str)> = Vec::new();
        for f in &touching {
            let line = req.lines.line_of(f.span.start);
            if disabled.contains(&(line, &f.rule)) {
                continue;
            }
            disabled.push((line, &f.rule));
            actions.push(CodeAction {
                title: format!("Disable {} for this line", f.rule),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic(f, req.lines, req.uri, req.rules)]),
                edit: Some(req.edit(&[disable_line(req, line, &f.rule)])),
                ..CodeAction::default()
            });
        }
    }
    let safe = |f: &&Finding| f.fixes.first().is_some_and(|x| x.applicability == Applicability::Safe);
    if req.wants(FIX_ALL) && all.iter().any(|f| safe(&f)) {
        let edits = line_edits(req.text, &(req.fix_all)());
        if !edits.is_empty() {
            actions.push(CodeAction {
                title: "Apply every safe copydesk fix".into(),
                kind: Some(CodeActionKind::from(FIX_ALL.to_string())),
                edit: Some(req.edit(&edits)),
                ..CodeAction::default()
            });
        }
    }
    actions
}

/// The edits that turn `old` into `new`, a run of changed lines each, so an editor keeps its
/// place in the lines between.
fn line_edits(old: &str, new: &str) -> Vec<Edit> {
    let diff = similar::TextDiff::from_lines(old, new);
    let offsets = |lines: &[&str]| {
        std::iter::once(0)
            .chain(lines.iter().scan(0, |at, l| {
                *at += l.len();
                Some(*at)
            }))
            .collect::<Vec<usize>>()
    };
    let (old_at, new_lines) = (offsets(diff.old_slices()), diff.new_slices());
    diff.ops()
        .iter()
        .map(similar::DiffOp::as_tag_tuple)
        .filter(|(tag, ..)| *tag != similar::DiffTag::Equal)
        .map(|(_, o, n)| Edit { span: Span::new(old_at[o.start], old_at[o.end]), replacement: new_lines[n].concat() })
        .collect()
}

/// The edit that silences `rule` on the 0-based `line`: a `copydesk-disable-next-line` comment
/// on a line of its own above it (read in plain text and Markdown alike), or the rule added to
/// such a comment already there, since a second directive would silence the first instead.
fn disable_line(req: &ActionRequest, line: usize, rule: &str) -> Edit {
    let target = req.lines.line_span(line);
    if line > 0 {
        let above = req.lines.line_span(line - 1);
        let text = &req.text[above.range()];
        if text.trim_start().trim_start_matches("<!--").trim_start().starts_with("copydesk-disable-next-line") {
            let at = text.rfind("-->").map_or(above.end, |i| above.start + text[..i].trim_end().len());
            return Edit { span: Span::new(at, at), replacement: format!(", {rule}") };
        }
    }
    let line_text = &req.text[target.range()];
    let indent = &line_text[..line_text.len() - line_text.trim_start().len()];
    Edit {
        span: Span::new(target.start, target.start),
        replacement: format!("{indent}<!-- copydesk-disable-next-line {rule} -->{}", req.line_break),
    }
}

#[cfg(test)]
mod tests {
    use copydesk::finding::{apply_edits, edits_to_apply, Confidence, Fix};

    use super::super::text::Encoding;
    use super::*;

    fn finding(rule: &str, span: Span, fixes: Vec<Fix>) -> Finding {
        Finding {
            rule: rule.into(),
            severity: Severity::Error,
            message: "m".into(),
            help: None,
            span,
            label: String::new(),
            related: Vec::new(),
            confidence: Confidence::High,
            fixes,
        }
    }

    fn fix(span: Span, to: &str, applicability: Applicability) -> Fix {
        Fix { description: format!("write {to}"), edits: vec![Edit { span, replacement: to.into() }], applicability }
    }

    fn actions(text: &str, findings: &[Finding], span: Span, only: Option<&[CodeActionKind]>) -> Vec<CodeAction> {
        let lines = Lines::new(text, Encoding::Utf16);
        let uri = Uri::from_str("file:///a.txt").unwrap();
        let rules = RuleSet::default();
        // As `fix_text` would, in one round.
        let fix_all = || apply_edits(text, &edits_to_apply(findings, false)).unwrap();
        let req = ActionRequest {
            uri: &uri,
            text,
            lines: &lines,
            span,
            only,
            line_break: "\n",
            rules: &rules,
            fix_all: &fix_all,
        };
        code_actions(findings, &req)
    }

    fn edits(a: &CodeAction) -> Vec<TextEdit> {
        a.edit.as_ref().unwrap().changes.as_ref().unwrap().values().next().unwrap().clone()
    }

    #[test]
    fn fixes_come_first_then_disabling() {
        let text = "One.\n  Two 2021 here.\n";
        let at = Span::new(10, 14);
        let f = finding("date.x", at, vec![fix(at, "2025", Applicability::Suggested)]);
        let all = actions(text, &[f], Span::new(11, 11), None);
        assert_eq!(
            all.iter().map(|a| a.title.as_str()).collect::<Vec<_>>(),
            ["write 2025", "Disable date.x for this line"]
        );
        assert_eq!(edits(&all[0])[0].new_text, "2025");
        let disable = &edits(&all[1])[0];
        assert_eq!((disable.range.start.line, disable.range.start.character), (1, 0));
        assert_eq!(disable.new_text, "  <!-- copydesk-disable-next-line date.x -->\n");
        // Suggested fixes are not safe: no fix-all.
        assert!(actions(text, &[finding("date.x", at, vec![])], at, Some(&[CodeActionKind::SOURCE_FIX_ALL])).is_empty());
    }

    #[test]
    fn a_second_rule_joins_the_directive_above() {
        let text = "<!-- copydesk-disable-next-line date.x -->\nTwo 2021 here.\n";
        let at = Span::new(text.find("2021").unwrap(), text.find(" here").unwrap());
        let all = actions(text, &[finding("arith.y", at, vec![])], at, None);
        let e = &edits(&all[0])[0];
        assert_eq!((e.range.start.line, e.range.start.character, e.new_text.as_str()), (0, 38, ", arith.y"));
    }

    #[test]
    fn fix_all_takes_safe_fixes_and_only_when_asked_for_its_kind() {
        let text = "One.\nteh cat and teh dog\nTwo.\n";
        let (a, b) = (Span::new(5, 8), Span::new(17, 20));
        let findings = [
            finding("s.typo", a, vec![fix(a, "the", Applicability::Safe)]),
            finding("s.typo", b, vec![fix(b, "the", Applicability::Safe)]),
            finding("s.other", b, vec![fix(b, "a", Applicability::Safe)]),
        ];
        let only = [CodeActionKind::SOURCE_FIX_ALL];
        let all = actions(text, &findings, Span::new(0, 0), Some(&only));
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].kind.as_ref().map(CodeActionKind::as_str), Some(FIX_ALL));
        // The changed line, once: the clashing third fix is left out.
        assert_eq!(edits(&all[0]).iter().map(|e| e.new_text.as_str()).collect::<Vec<_>>(), ["the cat and the dog\n"]);
        assert!(actions(text, &findings, Span::new(0, 0), Some(&[CodeActionKind::REFACTOR])).is_empty());
    }
}
