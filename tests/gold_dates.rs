//! The date gold set: articles in `corpus/gold/dates/` with every time expression annotated with
//! its TIMEX3 value. Reports precision, recall and value accuracy of `copydesk extract`, and
//! fails below 95% value accuracy.

mod common;

use copydesk::article::{Article, IngestOptions};
use copydesk::extract;
use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Gold {
    date: Vec<GoldDate>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldDate {
    line: usize,
    text: String,
    value: String,
    kind: String,
}

#[test]
fn gold_date_values() {
    let paths = common::articles_in("corpus/gold/dates");
    let (mut gold_total, mut found, mut correct, mut extracted_total, mut extracted_matched) = (0, 0, 0, 0, 0);
    let mut report = Vec::new();
    let mut by_kind: std::collections::BTreeMap<String, (usize, usize)> = std::collections::BTreeMap::default();
    for path in &paths {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let gold: Gold = toml::from_str(&std::fs::read_to_string(path.with_extension("gold.toml")).unwrap()).unwrap();
        let article = Article::from_bytes(&name, &std::fs::read(path).unwrap(), &IngestOptions::default()).unwrap();
        let m = extract::extract(&article);
        // Gold spans, located by text on their line.
        let mut gold_spans = Vec::new();
        let mut cursor: (usize, usize) = (0, 0);
        for g in &gold.date {
            let line_start: usize = article.source().split_inclusive('\n').take(g.line - 1).map(str::len).sum();
            let line = article.source()[line_start..].lines().next().unwrap_or("");
            let from = if cursor.0 == g.line { cursor.1 } else { 0 };
            let at = line[from.min(line.len())..]
                .find(&g.text)
                .map_or_else(|| panic!("{name}:{}: gold text {:?} not on its line", g.line, g.text), |i| i + from);
            cursor = (g.line, at + g.text.len());
            gold_spans.push((line_start + at, line_start + at + g.text.len()));
        }
        gold_total += gold.date.len();
        extracted_total += m.dates.len();
        extracted_matched +=
            m.dates.iter().filter(|d| gold_spans.iter().any(|&(s, e)| d.span.start < e && s < d.span.end)).count();
        for (g, &(s, e)) in gold.date.iter().zip(&gold_spans) {
            let hit = m.dates.iter().find(|d| d.span.start < e && s < d.span.end);
            let entry = by_kind.entry(g.kind.clone()).or_default();
            entry.1 += 1;
            if hit.is_some_and(|d| d.value.as_deref() == Some(g.value.as_str())) {
                entry.0 += 1;
            }
            match hit {
                None => report.push(format!("{name}:{}: missed {:?} ({})", g.line, g.text, g.value)),
                Some(d) => {
                    found += 1;
                    let v = d.value.as_deref().unwrap_or("null");
                    if v == g.value {
                        correct += 1;
                    } else {
                        report.push(format!("{name}:{}: {:?} resolved to {v}, gold {}", g.line, g.text, g.value));
                    }
                }
            }
        }
    }
    let precision = extracted_matched as f64 / extracted_total.max(1) as f64;
    let recall = found as f64 / gold_total.max(1) as f64;
    let accuracy = correct as f64 / gold_total.max(1) as f64;
    let value_accuracy_found = correct as f64 / found.max(1) as f64;
    eprintln!(
        "gold dates: {gold_total} expressions; precision {:.1}%, recall {:.1}%, value accuracy {:.1}% of all gold ({:.1}% of those found)",
        precision * 100.0,
        recall * 100.0,
        accuracy * 100.0,
        value_accuracy_found * 100.0
    );
    for (kind, (ok, n)) in &by_kind {
        eprintln!("  {kind}: {ok}/{n} values right");
    }
    for r in &report {
        eprintln!("  {r}");
    }
    assert!(gold_total >= 300, "the gold set should hold at least 300 expressions");
    assert!(accuracy >= 0.95, "value accuracy {:.1}% is below 95%", accuracy * 100.0);
}
