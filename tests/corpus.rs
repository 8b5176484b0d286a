//! Runs every article in `corpus/` with the built-in rules and compares the findings (rule id and
//! line) with the article's `NAME.expected.toml`. Expectations for rules that are not loaded are
//! listed as pending; `known_miss = true` marks a documented miss (with a `why`).

use std::collections::BTreeSet;
mod common;

use copydesk::article::{Article, IngestOptions};
use copydesk::engine;
use copydesk::rules::RuleSet;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    #[serde(default)]
    finding: Vec<ExpectedFinding>,
    /// A finding on a clean line that a check still raises: tolerated and counted, never
    /// hidden, and an error once it no longer fires (so the list only shrinks).
    #[serde(default)]
    known_false_alarm: Vec<KnownFalseAlarm>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct KnownFalseAlarm {
    rule: String,
    line: usize,
    why: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedFinding {
    rule: String,
    line: usize,
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    known_miss: bool,
    #[serde(default)]
    why: Option<String>,
}

#[test]
fn corpus_articles_match_their_expected_findings() {
    check_folder("corpus");
}

/// The precision regression corpus: clean articles in the shapes that fooled checks on real
/// text, and planted errors beside the same shapes (written without reading the checks).
#[test]
fn precision_articles_match_their_expected_findings() {
    check_folder("corpus/precision");
}

fn check_folder(folder: &str) {
    let rules = RuleSet::builtin();
    let paths = common::articles_in(folder);
    assert!(paths.len() >= 3, "{folder}/ should hold articles");
    let mut tolerated = Vec::new();
    let mut problems = Vec::new();
    let mut pending = BTreeSet::new();
    let (mut matched, mut total_expected) = (0, 0);
    for path in &paths {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let sidecar = path.with_extension("expected.toml");
        let expected: Expected = toml::from_str(
            &std::fs::read_to_string(&sidecar).unwrap_or_else(|_| panic!("{name} needs {}", sidecar.display())),
        )
        .unwrap_or_else(|e| panic!("{}: {e}", sidecar.display()));
        let bytes = std::fs::read(path).unwrap();
        let article = Article::from_bytes(&name, &bytes, &IngestOptions::default()).unwrap();
        let found: BTreeSet<(String, usize)> = engine::check(&article, &rules)
            .into_iter()
            .map(|f| (f.rule, article.line_col(f.span.start).line))
            .collect();
        let mut wanted = BTreeSet::new();
        for f in &expected.finding {
            if rules.get(&f.rule).is_none() {
                pending.insert(f.rule.clone());
                continue;
            }
            if f.known_miss {
                assert!(f.why.is_some(), "{name}: a known miss needs a `why`");
                continue;
            }
            wanted.insert((f.rule.clone(), f.line));
            if let Some(t) = &f.text {
                let line = article.source().lines().nth(f.line - 1).unwrap_or("");
                assert!(line.contains(t.as_str()), "{name}:{}: expected text {t:?} is not on that line", f.line);
            }
        }
        for miss in wanted.difference(&found) {
            problems.push(format!("{name}:{}: expected {} but it was not reported", miss.1, miss.0));
        }
        for extra in found.difference(&wanted) {
            let expected_elsewhere =
                expected.finding.iter().any(|f| f.known_miss && f.rule == extra.0 && f.line == extra.1);
            let known = expected.known_false_alarm.iter().find(|k| k.rule == extra.0 && k.line == extra.1);
            if let Some(k) = known {
                tolerated.push(format!("{name}:{}: {} ({})", k.line, k.rule, k.why));
            } else if !expected_elsewhere {
                problems.push(format!("{name}:{}: unexpected {}", extra.1, extra.0));
            }
        }
        for k in &expected.known_false_alarm {
            if !found.contains(&(k.rule.clone(), k.line)) {
                problems.push(format!("{name}:{}: known false alarm {} no longer fires: remove it", k.line, k.rule));
            }
        }
        matched += wanted.intersection(&found).count();
        total_expected += wanted.len();
    }
    eprintln!(
        "{folder}: {matched}/{total_expected} expected (rule, line) pairs reported; rules not loaded yet: {pending:?}"
    );
    if !tolerated.is_empty() {
        eprintln!("{folder}: {} known false alarms:\n  {}", tolerated.len(), tolerated.join("\n  "));
    }
    assert!(problems.is_empty(), "corpus mismatches:\n{}", problems.join("\n"));
}
