//! The `pattern` kind: a rule writer's regex with typed captures and an assertion over them.
//! The rule fires on each match whose assertion is false; a match whose assertion cannot be
//! evaluated (a missing optional capture, an unreadable value, no dateline) does not fire.

mod values;

use crate::checks::context::{Ctx, Hit};
use crate::checks::fixes::applicability;
use crate::finding::{Edit, Fix};
use crate::rules::expr::Value;
use crate::rules::pattern::Placeholder;
use crate::rules::PatternSettings;
use crate::span::Span;

pub(crate) fn check(ctx: &Ctx, settings: &PatternSettings) -> Vec<Hit> {
    let p = &*settings.rule;
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
                let found = ctx
                    .m
                    .dates_near(span)
                    .iter()
                    .find(|d| d.date.is_some() && (d.span.contains(span) || span.contains(d.span)));
                if let Some(d) = found.and_then(|d| d.date) {
                    return Some(Value::Date(d));
                }
            }
            values::value_of(*placeholder, m.as_str(), dateline)
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
        let span = Span::new(whole.start(), whole.end());
        let fixes = settings.replacement.as_ref().map(|r| {
            let replacement = crate::rules::interpolate(r, &vars);
            let edit = Edit::new(span, replacement.clone());
            Fix::single(format!("write “{replacement}”"), edit, applicability(settings.fix_safe))
        });
        out.push(Hit {
            span: Span::new(whole.start(), whole.end()),
            label: match &p.assert {
                Some(a) => format!("`{}` does not hold here", a.source),
                None => "matched here".into(),
            },
            vars,
            related: vec![],
            fixes: fixes.into_iter().collect(),
            ..Hit::default()
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::article::{Article, Format, IngestOptions};
    use crate::engine::check;
    use crate::finding::Finding;
    use crate::rules::RuleSet;

    fn run(rule: &str, text: &str) -> Vec<Finding> {
        let mut set = RuleSet::default();
        set.load_str("p.toml", &format!("[[rule]]\nid = \"p.x\"\nkind = \"pattern\"\n{rule}"))
            .unwrap_or_else(|e| panic!("{}", e[0]));
        let article = Article::from_text("a.txt", text.to_string(), Format::Text, &IngestOptions::default());
        check(&article, &set)
    }

    const SUM: &str = "pattern = '(?P<a>{number}) and (?P<b>{number}) make (?P<total>{number})'\nassert = 'total == a + b'\nmessage = \"The parts do not add up: {a} + {b} is not {total}\"\n";

    #[test]
    fn fires_where_the_assertion_is_false() {
        let f = run(SUM, "date 2025-09-19\n\nTwelve and 1,000 make 1,013 in all. Then 2.5 and 0.5 make 3.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].message, "The parts do not add up: Twelve + 1,000 is not 1,013");
        assert_eq!(f[0].label, "`total == a + b` does not hold here");
        let text = "date 2025-09-19\n\nTwelve and 1,000 make 1,013 in all.";
        assert_eq!(&text[f[0].span.start..f[0].span.end], "Twelve and 1,000 make 1,013");
        assert!(run(SUM, "date 2025-09-19\n\nTwelve and 1,000 make 1,012.").is_empty());
    }

    #[test]
    fn dates_resolve_against_the_dateline() {
        let rule =
            "pattern = 'yesterday, (?P<d>{date})'\nassert = 'd == dateline - 1'\nmessage = \"{d} is not yesterday\"\n";
        assert!(run(rule, "date 2025-09-19\n\nThe minister spoke yesterday, Sept. 18, in Kabul.").is_empty());
        let f = run(rule, "date 2025-09-19\n\nThe minister spoke yesterday, Sept. 17, in Kabul.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].message, "Sept. 17 is not yesterday");
        // No dateline: `dateline` has no value, so the rule stays quiet.
        assert!(run(rule, "The minister spoke yesterday, Sept. 17, in Kabul.").is_empty());
        let rule = "pattern = 'on (?P<d>{date})'\nassert = 'weekday(d) != 7'\nmessage = \"{d} is a Sunday\"\n";
        assert_eq!(run(rule, "date 2025-09-19\n\nIt opened on September 21, 2025.").len(), 1);
        assert!(run(rule, "date 2025-09-19\n\nIt opened on 2025-09-22.").is_empty());
    }

    #[test]
    fn missing_optional_captures_and_ignorecase() {
        let rule = "pattern = '(?P<n>{percent}) of (?P<total>{number})(?: voters| \\((?P<share>{number}) people\\))?'\nassert = 'share == n / 100 * total'\nignorecase = true\nmessage = \"{share} is not {n} of {total}\"\n";
        // No share written: nothing to check.
        assert!(run(rule, "date 2025-09-19\n\n40% of 200 voters backed him.").is_empty());
        let f = run(rule, "date 2025-09-19\n\n40 PERCENT OF 200 (90 people) backed him.");
        assert_eq!(f.len(), 1, "{f:?}");
        assert_eq!(f[0].message, "90 is not 40 PERCENT of 200");
        assert!(run(rule, "date 2025-09-19\n\n40 percent of 200 (80 people) backed him.").is_empty());
    }

    #[test]
    fn a_replacement_fills_in_the_captures() {
        let rule = "pattern = '(?P<n>{number}) per cent'\nmessage = \"write percent\"\nreplacement = '{n} percent'\nfix = \"safe\"\n";
        let f = run(rule, "date 2025-09-19\n\nIt rose 18 per cent in September.");
        assert_eq!(f.len(), 1, "{f:?}");
        let fix = &f[0].fixes[0];
        assert_eq!(fix.edits[0].replacement, "18 percent");
        assert_eq!(fix.applicability, crate::finding::Applicability::Safe);
        let suggested = run(&rule.replace("fix = \"safe\"\n", ""), "date 2025-09-19\n\nIt fell 9 per cent.");
        assert_eq!(suggested[0].fixes[0].applicability, crate::finding::Applicability::Suggested);
    }

    #[test]
    fn without_an_assertion_every_match_fires() {
        let rule = "pattern = 'said (?P<who>{name})'\nmessage = \"attribution to {who}\"\n";
        let f = run(rule, "date 2025-09-19\n\n\"No,\" said Ashraf Ghani. \"Yes,\" said the minister.");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].message, "attribution to Ashraf Ghani");
    }

    #[test]
    fn example_rule_file_passes_its_tests() {
        let mut set = RuleSet::default();
        set.load_str("rules/examples/patterns.toml", include_str!("../../../rules/examples/patterns.toml"))
            .unwrap_or_else(|e| panic!("{}", e[0]));
        let outcomes = crate::engine::selftest::run_tests(&set);
        assert!(outcomes.len() >= 8);
        for o in outcomes {
            assert!(o.passed, "{} test {}: expected {:?}, got {:?}", o.rule, o.index, o.expected, o.fired);
        }
    }
}
