//! `--statistics`: how many findings each rule has, most first, instead of the findings (as
//! ruff's `--statistics` does): `  12  date.year-mismatch  error`, or a JSON list.

use std::collections::BTreeMap;
use std::io::{self, Write};

use serde_json::{json, Value};

use crate::article::Article;
use crate::finding::Finding;
use crate::rules::Severity;

use super::emit::{Emitter, Rendered, Summary};

/// Counts findings per rule (and severity) over the run and writes them at the end: aligned
/// lines, or a JSON list of `{"rule", "severity", "count"}`; the summary line after the lines
/// when asked.
pub struct StatisticsEmitter {
    json: bool,
    summary: bool,
    counts: BTreeMap<(String, Severity), usize>,
}

impl StatisticsEmitter {
    /// Aligned lines, then the summary line if `summary`.
    pub fn text(summary: bool) -> StatisticsEmitter {
        StatisticsEmitter { json: false, summary, counts: BTreeMap::new() }
    }

    /// A JSON list.
    pub fn json() -> StatisticsEmitter {
        StatisticsEmitter { json: true, summary: false, counts: BTreeMap::new() }
    }

    /// Rule, severity and count, the most findings first, then by rule id.
    fn sorted(&self) -> Vec<(&str, Severity, usize)> {
        let mut rows: Vec<_> = self.counts.iter().map(|((r, s), &n)| (r.as_str(), *s, n)).collect();
        rows.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(b.0)).then(b.1.cmp(&a.1)));
        rows
    }

    fn lines(&self) -> String {
        let rows = self.sorted();
        let count_width = rows.iter().map(|r| r.2.to_string().len()).max().unwrap_or(1);
        let rule_width = rows.iter().map(|r| r.0.chars().count()).max().unwrap_or(0);
        rows.iter().map(|(rule, sev, n)| format!("{n:>count_width$}  {rule:<rule_width$}  {sev}\n")).collect()
    }

    fn json_list(&self) -> Value {
        Value::Array(
            self.sorted()
                .into_iter()
                .map(|(rule, sev, n)| json!({"rule": rule, "severity": sev, "count": n}))
                .collect(),
        )
    }
}

impl Emitter for StatisticsEmitter {
    fn render(&self, _article: &Article, findings: &[Finding]) -> Rendered {
        Rendered::entries(findings.iter().map(|f| json!([f.rule, f.severity])).collect())
    }
    fn write(&mut self, rendered: Rendered, _out: &mut dyn Write) -> io::Result<()> {
        for entry in rendered.entries {
            let (Some(rule), Ok(sev)) = (entry[0].as_str(), serde_json::from_value::<Severity>(entry[1].clone()))
            else {
                continue;
            };
            *self.counts.entry((rule.to_string(), sev)).or_default() += 1;
        }
        Ok(())
    }
    fn failed(&mut self, _path: &str, _message: &str, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }
    fn finish(&mut self, summary: &Summary, out: &mut dyn Write) -> io::Result<()> {
        if self.json {
            serde_json::to_writer_pretty(&mut *out, &self.json_list())?;
            return writeln!(out);
        }
        out.write_all(self.lines().as_bytes())?;
        if self.summary {
            writeln!(out, "{}", summary.line())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn emitter_with(counts: &[(&str, Severity, usize)]) -> StatisticsEmitter {
        let mut e = StatisticsEmitter::text(false);
        for (rule, sev, n) in counts {
            e.counts.insert(((*rule).to_string(), *sev), *n);
        }
        e
    }

    #[test]
    fn most_findings_first_then_by_rule_aligned() {
        let e = emitter_with(&[
            ("arith.sum", Severity::Error, 3),
            ("date.year-mismatch", Severity::Error, 12),
            ("date.after-dateline", Severity::Warning, 3),
        ]);
        assert_eq!(
            e.lines(),
            "12  date.year-mismatch   error\n 3  arith.sum            error\n 3  date.after-dateline  warning\n"
        );
    }

    #[test]
    fn json_list_in_the_same_order() {
        let e = emitter_with(&[("arith.sum", Severity::Error, 1), ("date.invalid", Severity::Error, 2)]);
        assert_eq!(
            e.json_list(),
            json!([
                {"rule": "date.invalid", "severity": "error", "count": 2},
                {"rule": "arith.sum", "severity": "error", "count": 1}
            ])
        );
    }

    #[test]
    fn no_findings_no_lines() {
        assert_eq!(emitter_with(&[]).lines(), "");
    }
}
