//! House-style kinds for rule writers: substitution, existence, consistency (Vale parity).
//! Phrases are literal and matched on word boundaries; one automaton per rule, built once.

use super::{Ctx, Hit, Related};
use crate::article::Span;
use crate::rules::Rule;

/// (pattern index, span) of every whole-word match of a rule's phrases.
fn matches(ctx: &Ctx, rule: &Rule) -> Vec<(usize, Span)> {
    let ac = rule.settings.automaton();
    let text = &ctx.article.text;
    ac.find_iter(text)
        .filter_map(|m| {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
            (boundary(before) && boundary(after)).then(|| (m.pattern().as_usize(), Span::new(m.start(), m.end())))
        })
        .collect()
}

pub(super) fn substitution(ctx: &Ctx, rule: &Rule) -> Vec<Hit> {
    matches(ctx, rule)
        .into_iter()
        .filter_map(|(p, span)| {
            let (from, to) = &rule.settings.swap[p];
            let found = ctx.text(span);
            // A replacement that is already what is written (case-insensitive rule) is fine.
            if found == to {
                return None;
            }
            let _ = from;
            Some(Hit {
                span,
                label: format!("use “{to}”"),
                vars: vec![("match", found.to_string()), ("replacement", to.clone())],
                related: vec![],
            })
        })
        .collect()
}

pub(super) fn existence(ctx: &Ctx, rule: &Rule) -> Vec<Hit> {
    matches(ctx, rule)
        .into_iter()
        .map(|(_, span)| Hit {
            span,
            label: "found here".into(),
            vars: vec![("match", ctx.text(span).to_string())],
            related: vec![],
        })
        .collect()
}

pub(super) fn consistency(ctx: &Ctx, rule: &Rule) -> Vec<Hit> {
    // Patterns are laid out as [a0, b0, a1, b1, ...]: pair i is (2i, 2i+1).
    let found = matches(ctx, rule);
    let mut out = Vec::new();
    for pair in 0..rule.settings.either.len() {
        let first_a = found.iter().find(|(p, _)| *p == 2 * pair);
        let first_b = found.iter().find(|(p, _)| *p == 2 * pair + 1);
        let (Some(a), Some(b)) = (first_a, first_b) else { continue };
        // The spelling used first sets the article's choice; flag every use of the other.
        let (winner, loser) = if a.1.start < b.1.start { (a, 2 * pair + 1) } else { (b, 2 * pair) };
        for (_, span) in found.iter().filter(|(p, _)| *p == loser) {
            out.push(Hit {
                span: *span,
                label: format!("elsewhere spelled “{}”", ctx.text(winner.1)),
                vars: vec![
                    ("match", ctx.text(*span).to_string()),
                    ("other", ctx.text(winner.1).to_string()),
                    ("first", ctx.line(winner.1.start).to_string()),
                ],
                related: vec![Related {
                    span: winner.1,
                    message: format!("first spelled “{}” here", ctx.text(winner.1)),
                }],
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::article::{Article, Format, IngestOptions};
    use crate::rules::RuleSet;

    const PACK: &str = r#"
[[rule]]
id = "house.air-base"
kind = "substitution"
message = "write {replacement}, not {match}"
ignorecase = true
swap = { "Bagram Airbase" = "Bagram Air Base" }

[[rule]]
id = "house.words"
kind = "existence"
message = "{match}"
tokens = ["regime", "lashed out"]

[[rule]]
id = "house.spelling"
kind = "consistency"
message = "{match} vs {other} (line {first})"
either = [["Muttaqi", "Mutaqi"]]
"#;

    fn run(text: &str) -> Vec<(String, String)> {
        let mut set = RuleSet::default();
        set.load_str("pack.toml", PACK).unwrap();
        let a = Article::from_text("t", text.to_string(), Format::Text, &IngestOptions::default());
        crate::engine::check(&a, &set).into_iter().map(|f| (f.rule, f.message)).collect()
    }

    #[test]
    fn substitution_ignores_case_whole_words_and_the_house_form() {
        let got = run("At bagram airbase and Bagram Air Base, not Bagram Airbases.");
        assert_eq!(got, vec![("house.air-base".into(), "write Bagram Air Base, not bagram airbase".into())]);
    }

    #[test]
    fn existence_flags_every_use_and_respects_case_setting() {
        let got = run("The regime lashed out. The Regime replied.");
        // `ignorecase` is off, so the capitalized "Regime" is not flagged.
        assert_eq!(got.iter().map(|(_, m)| m.as_str()).collect::<Vec<_>>(), vec!["regime", "lashed out"]);
    }

    #[test]
    fn consistency_keeps_the_first_spelling_and_flags_the_other() {
        let got = run("Mutaqi spoke.\n\nMuttaqi left.\n\nMuttaqi returned.");
        assert_eq!(got.len(), 2);
        assert!(got.iter().all(|(r, m)| r == "house.spelling" && m == "Muttaqi vs Mutaqi (line 1)"));
        assert!(run("Muttaqi spoke. Muttaqi left.").is_empty());
    }
}
