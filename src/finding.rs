//! What the library reports: a [`Finding`] per problem, with its [`Related`] spans. The engine
//! makes them, the checks fill in the related spans, the report renders them.

use serde::Serialize;

use crate::rules::Severity;
use crate::span::Span;

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
    /// Strength of the evidence (not yet in any output format).
    #[serde(skip)]
    pub confidence: Confidence,
    /// Edits that would resolve the finding: alternatives, best first (empty: none known).
    pub fixes: Vec<Fix>,
}

/// How strong the evidence behind a finding is. `High`: the claim and its contradiction are
/// tied in one structure (a sum in one sentence with "including", a date and its weekday side
/// by side). `Medium`: the check had to join mentions across sentences or guess a scope.
/// Each check documents what it calls high in its explain text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Weaker evidence: joined across sentences, or a scope the text implies.
    Medium,
    /// The claim and its contradiction sit in one structure the text states outright.
    #[default]
    High,
}

/// Whether a fix can be applied without a human reading it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Applicability {
    /// The edit is certainly right (a rule file says `fix = "safe"`).
    Safe,
    /// The edit is the likely one; a person should confirm it.
    #[default]
    Suggested,
}

/// One replacement of a byte range of the article (an empty span inserts, an empty
/// replacement deletes).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Edit {
    #[serde(flatten)]
    pub span: Span,
    pub replacement: String,
}

impl Edit {
    pub fn new(span: Span, replacement: impl Into<String>) -> Edit {
        Edit { span, replacement: replacement.into() }
    }
}

/// One alternative way to resolve a finding: edits that never overlap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Fix {
    pub description: String,
    pub edits: Vec<Edit>,
    pub applicability: Applicability,
}

impl Fix {
    /// A fix of one edit.
    pub fn single(description: impl Into<String>, edit: Edit, applicability: Applicability) -> Fix {
        Fix { description: description.into(), edits: vec![edit], applicability }
    }
    /// A suggested fix replacing one span.
    pub fn suggest(description: impl Into<String>, span: Span, replacement: impl Into<String>) -> Fix {
        Fix::single(description, Edit::new(span, replacement), Applicability::Suggested)
    }
}

/// Why a set of edits could not be applied to a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EditError {
    /// Two edits touch the same bytes (or insert at the same place).
    Overlap(Span, Span),
    /// An edit runs past the end of the text or splits a character.
    OutOfBounds(Span),
}

impl std::fmt::Display for EditError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EditError::Overlap(a, b) => {
                write!(f, "edits at bytes {}..{} and {}..{} overlap", a.start, a.end, b.start, b.end)
            }
            EditError::OutOfBounds(s) => write!(f, "edit at bytes {}..{} is not inside the text", s.start, s.end),
        }
    }
}

impl std::error::Error for EditError {}

/// `text` with `edits` applied (in any order; each span is into the original text). Edits may
/// not overlap: two that do, or two edits of one span (two insertions at one place, whose order
/// would be a guess), are an error, and so is a span outside the text or inside a character.
/// An insertion at the start of a replaced span goes before the replacement.
pub fn apply_edits(text: &str, edits: &[Edit]) -> Result<String, EditError> {
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| (e.span.start, e.span.end));
    let mut out = String::with_capacity(text.len());
    let mut done = 0;
    let mut previous: Option<Span> = None;
    for e in sorted {
        let s = e.span;
        if s.start > s.end || s.end > text.len() || !text.is_char_boundary(s.start) || !text.is_char_boundary(s.end) {
            return Err(EditError::OutOfBounds(s));
        }
        if let Some(p) = previous {
            if s.start < p.end || s == p {
                return Err(EditError::Overlap(p, s));
            }
        }
        out.push_str(&text[done..s.start]);
        out.push_str(&e.replacement);
        done = s.end;
        previous = Some(s);
    }
    out.push_str(&text[done..]);
    Ok(out)
}

/// The edits an automatic run applies to one text: the first fix of each finding whose
/// applicability is allowed (`Safe` only, or `Suggested` too), in the findings' order, leaving
/// out a fix whose edits overlap one already taken (the next round, after a re-check, gets to
/// it). The result always applies cleanly with [`apply_edits`].
pub fn edits_to_apply(findings: &[Finding], allow_suggested: bool) -> Vec<Edit> {
    let mut taken: Vec<Edit> = Vec::new();
    for f in findings {
        let Some(fix) = f.fixes.first() else { continue };
        if fix.applicability == Applicability::Suggested && !allow_suggested {
            continue;
        }
        let clashes = |e: &Edit| taken.iter().any(|t| edits_clash(t.span, e.span));
        if fix.edits.iter().any(clashes) || edits_clash_among(&fix.edits) {
            continue;
        }
        taken.extend(fix.edits.iter().cloned());
    }
    taken
}

/// Whether two edits cannot both be applied: they overlap, or both are the same span (two
/// insertions at one place, whose order would be a guess).
fn edits_clash(a: Span, b: Span) -> bool {
    a.overlaps(b) || a == b
}

fn edits_clash_among(edits: &[Edit]) -> bool {
    edits.iter().enumerate().any(|(i, a)| edits[i + 1..].iter().any(|b| edits_clash(a.span, b.span)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(start: usize, end: usize, r: &str) -> Edit {
        Edit::new(Span::new(start, end), r)
    }

    #[test]
    fn applies_edits_in_any_order() {
        let text = "Bush said on May 5, 2010.";
        let edits = [edit(20, 24, "2008"), edit(0, 0, "former President "), edit(24, 25, "!")];
        assert_eq!(apply_edits(text, &edits).unwrap(), "former President Bush said on May 5, 2008!");
        assert_eq!(apply_edits(text, &[]).unwrap(), text);
    }

    #[test]
    fn deletes_inserts_and_keeps_multibyte_text() {
        let text = "caf\u{e9} \u{2014} 48 people";
        let at = text.find("48").unwrap();
        let out = apply_edits(text, &[edit(at, at + 2, "50"), edit(0, 0, ">"), edit(text.len(), text.len(), ".")]);
        assert_eq!(out.unwrap(), ">caf\u{e9} \u{2014} 50 people.");
        assert_eq!(apply_edits("a  b", &[edit(1, 2, "")]).unwrap(), "a b");
        // An insertion at the start of a replaced span goes first; adjacent edits are fine.
        assert_eq!(apply_edits("abc", &[edit(1, 2, "X"), edit(1, 1, "+"), edit(2, 3, "Y")]).unwrap(), "a+XY");
    }

    #[test]
    fn refuses_overlapping_or_outside_edits() {
        assert_eq!(
            apply_edits("abcdef", &[edit(0, 3, "x"), edit(2, 4, "y")]),
            Err(EditError::Overlap(Span::new(0, 3), Span::new(2, 4)))
        );
        assert!(matches!(apply_edits("abc", &[edit(1, 1, "x"), edit(1, 1, "y")]), Err(EditError::Overlap(..))));
        assert!(matches!(apply_edits("abc", &[edit(2, 9, "x")]), Err(EditError::OutOfBounds(_))));
        assert!(matches!(apply_edits("\u{e9}", &[edit(1, 2, "x")]), Err(EditError::OutOfBounds(_))));
    }

    fn finding_with(fixes: Vec<Fix>) -> Finding {
        Finding {
            rule: "r".into(),
            severity: Severity::Error,
            message: String::new(),
            help: None,
            span: Span::default(),
            label: String::new(),
            related: vec![],
            confidence: Confidence::High,
            fixes,
        }
    }

    #[test]
    fn picks_first_allowed_fix_and_skips_clashes() {
        let safe = |s, e, r: &str| Fix::single("safe", edit(s, e, r), Applicability::Safe);
        let findings = [
            finding_with(vec![Fix::suggest("suggested", Span::new(0, 2), "AB"), safe(0, 2, "never: not first")]),
            finding_with(vec![safe(3, 5, "X")]),
            finding_with(vec![safe(4, 6, "clashes with 3..5")]),
            finding_with(vec![]),
        ];
        assert_eq!(edits_to_apply(&findings, false), vec![edit(3, 5, "X")]);
        assert_eq!(edits_to_apply(&findings, true), vec![edit(0, 2, "AB"), edit(3, 5, "X")]);
        let edits = edits_to_apply(&findings, true);
        assert_eq!(apply_edits("abcdefg", &edits).unwrap(), "ABcXfg");
    }

    #[test]
    fn an_edit_serializes_flat() {
        let json = serde_json::to_value(edit(1, 3, "x")).unwrap();
        assert_eq!(json, serde_json::json!({"start": 1, "end": 3, "replacement": "x"}));
    }
}
