//! The `pattern` kind: a rule writer's regex with typed captures and an assertion over them.
//! The rule fires on each match whose assertion is false; a match whose assertion cannot be
//! evaluated (a missing optional capture, an unreadable value, no dateline) does not fire.

use super::{Ctx, Hit};
use crate::article::Span;
use crate::rules::expr::Value;
use crate::rules::pattern::{value_of, Placeholder};
use crate::rules::Rule;

pub(super) fn pattern(ctx: &Ctx, rule: &Rule) -> Vec<Hit> {
    let Some(p) = rule.settings.pattern.as_deref() else { return Vec::new() };
    let text = &ctx.article.text;
    let dateline = ctx.article.dateline_date();
    let mut out = Vec::new();
    for caps in p.pattern.regex.captures_iter(text) {
        let whole = caps.get(0).expect("group 0 always matches");
        if whole.as_str().trim().is_empty() {
            continue;
        }
        let lookup = |name: &str| -> Option<Value> {
            if name == "dateline" && !p.pattern.captures.iter().any(|c| c.name == "dateline") {
                return dateline.map(Value::Date);
            }
            let cap = p.pattern.captures.iter().find(|c| c.name == name)?;
            let Some((placeholder, group)) = &cap.typed else {
                return caps.name(name).map(|m| Value::Text(m.as_str().to_string()));
            };
            let m = caps.name(group)?;
            if *placeholder == Placeholder::Date {
                // The date as the extractor resolved it (with the tense of its clause), when it
                // found one at the capture.
                let span = Span::new(m.start(), m.end());
                let found =
                    ctx.m.dates.iter().find(|d| d.date.is_some() && (d.span.contains(span) || span.contains(d.span)));
                if let Some(d) = found.and_then(|d| d.date) {
                    return Some(Value::Date(d));
                }
            }
            value_of(*placeholder, m.as_str(), dateline)
        };
        let fires = match &p.assert {
            None => true,
            Some(a) => a.eval(&lookup) == Ok(false),
        };
        if !fires {
            continue;
        }
        let mut vars: Vec<(&'static str, String)> = p
            .pattern
            .captures
            .iter()
            .filter_map(|c| caps.name(c.name).map(|m| (c.name, m.as_str().trim().to_string())))
            .collect();
        vars.push(("match", whole.as_str().to_string()));
        out.push(Hit {
            span: Span::new(whole.start(), whole.end()),
            label: match &p.assert {
                Some(a) => format!("`{}` does not hold here", a.source),
                None => "matched here".into(),
            },
            vars,
            related: vec![],
        });
    }
    out
}
