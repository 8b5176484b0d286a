//! `/metrics`: Prometheus text format, written by hand. Counts, rule ids and timings only.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds of the check latency buckets, in seconds.
const BUCKETS: [f64; 12] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 10.0];

#[derive(Default)]
pub struct Metrics {
    inner: Mutex<Counts>,
}

#[derive(Default)]
struct Counts {
    /// (route, status) -> requests.
    requests: BTreeMap<(&'static str, u16), u64>,
    /// rule id -> findings reported.
    findings: BTreeMap<String, u64>,
    /// Per bucket (the last is +Inf), not cumulative; summed when written.
    latency: [u64; BUCKETS.len() + 1],
    latency_sum: f64,
    checks: u64,
    bytes_checked: u64,
    reloads_ok: u64,
    reloads_failed: u64,
    /// Connections closed at once: the main and the overflow lane were both full.
    connections_refused: u64,
}

/// Open connections by lane, read when `/metrics` is asked.
pub struct Connections {
    pub main: usize,
    pub overflow: usize,
}

impl Metrics {
    fn with<T>(&self, f: impl FnOnce(&mut Counts) -> T) -> T {
        f(&mut self.inner.lock().unwrap_or_else(std::sync::PoisonError::into_inner))
    }

    pub fn request(&self, route: &'static str, status: u16) {
        self.with(|c| *c.requests.entry((route, status)).or_default() += 1);
    }

    /// One check done: its size, time and the rule of each finding.
    pub fn check<'a>(&self, bytes: usize, took: Duration, rules: impl Iterator<Item = &'a str>) {
        self.with(|c| {
            for rule in rules {
                match c.findings.get_mut(rule) {
                    Some(n) => *n += 1,
                    None => {
                        c.findings.insert(rule.to_string(), 1);
                    }
                }
            }
            let secs = took.as_secs_f64();
            let bucket = BUCKETS.iter().position(|&b| secs <= b).unwrap_or(BUCKETS.len());
            c.latency[bucket] += 1;
            c.latency_sum += secs;
            c.checks += 1;
            c.bytes_checked += bytes as u64;
        });
    }

    pub fn reload(&self, ok: bool) {
        self.with(|c| if ok { c.reloads_ok += 1 } else { c.reloads_failed += 1 });
    }

    pub fn connection_refused(&self) {
        self.with(|c| c.connections_refused += 1);
    }

    /// The text `/metrics` answers; `in_flight` and `open` are read at the time.
    pub fn render(&self, in_flight: usize, open: &Connections) -> String {
        self.with(|c| {
            let mut s = String::new();
            let _ = writeln!(s, "# HELP copydesk_requests_total HTTP requests answered, by route and status.");
            let _ = writeln!(s, "# TYPE copydesk_requests_total counter");
            for ((route, status), n) in &c.requests {
                let _ = writeln!(s, "copydesk_requests_total{{route=\"{route}\",status=\"{status}\"}} {n}");
            }
            let _ = writeln!(s, "# HELP copydesk_findings_total Findings reported, by rule id.");
            let _ = writeln!(s, "# TYPE copydesk_findings_total counter");
            for (rule, n) in &c.findings {
                let _ = writeln!(s, "copydesk_findings_total{{rule=\"{}\"}} {n}", escape_label(rule));
            }
            let _ = writeln!(s, "# HELP copydesk_check_duration_seconds Time to check one text and write its report.");
            let _ = writeln!(s, "# TYPE copydesk_check_duration_seconds histogram");
            let mut cumulative = 0;
            for (i, n) in c.latency.iter().enumerate() {
                cumulative += n;
                let le = BUCKETS.get(i).map_or_else(|| "+Inf".to_string(), f64::to_string);
                let _ = writeln!(s, "copydesk_check_duration_seconds_bucket{{le=\"{le}\"}} {cumulative}");
            }
            let _ = writeln!(s, "copydesk_check_duration_seconds_sum {}", c.latency_sum);
            let _ = writeln!(s, "copydesk_check_duration_seconds_count {}", c.checks);
            let _ = writeln!(s, "# HELP copydesk_checked_bytes_total Bytes of text checked.");
            let _ = writeln!(s, "# TYPE copydesk_checked_bytes_total counter");
            let _ = writeln!(s, "copydesk_checked_bytes_total {}", c.bytes_checked);
            let _ = writeln!(s, "# HELP copydesk_checks_in_flight Checks running or waiting for a worker.");
            let _ = writeln!(s, "# TYPE copydesk_checks_in_flight gauge");
            let _ = writeln!(s, "copydesk_checks_in_flight {in_flight}");
            let _ = writeln!(s, "# HELP copydesk_reloads_total Rule reloads, by outcome.");
            let _ = writeln!(s, "# TYPE copydesk_reloads_total counter");
            let _ = writeln!(s, "copydesk_reloads_total{{outcome=\"ok\"}} {}", c.reloads_ok);
            let _ = writeln!(s, "copydesk_reloads_total{{outcome=\"failed\"}} {}", c.reloads_failed);
            let _ = writeln!(
                s,
                "# HELP copydesk_connections_open Connections open, by lane (overflow: health and metrics only)."
            );
            let _ = writeln!(s, "# TYPE copydesk_connections_open gauge");
            let _ = writeln!(s, "copydesk_connections_open{{lane=\"main\"}} {}", open.main);
            let _ = writeln!(s, "copydesk_connections_open{{lane=\"overflow\"}} {}", open.overflow);
            let _ =
                writeln!(s, "# HELP copydesk_connections_refused_total Connections closed at once, both lanes full.");
            let _ = writeln!(s, "# TYPE copydesk_connections_refused_total counter");
            let _ = writeln!(s, "copydesk_connections_refused_total {}", c.connections_refused);
            s
        })
    }
}

fn escape_label(v: &str) -> String {
    v.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_histogram_is_cumulative_and_counts_every_check() {
        let m = Metrics::default();
        m.check(10, Duration::from_micros(500), ["date.year-mismatch"].into_iter());
        m.check(10, Duration::from_millis(20), ["date.year-mismatch", "arith.sum"].into_iter());
        m.check(10, Duration::from_secs(60), std::iter::empty());
        let text = m.render(0, &Connections { main: 1, overflow: 0 });
        assert!(text.contains("copydesk_check_duration_seconds_bucket{le=\"0.001\"} 1\n"), "{text}");
        assert!(text.contains("copydesk_check_duration_seconds_bucket{le=\"0.025\"} 2\n"), "{text}");
        assert!(text.contains("copydesk_check_duration_seconds_bucket{le=\"+Inf\"} 3\n"), "{text}");
        assert!(text.contains("copydesk_check_duration_seconds_count 3\n"), "{text}");
        assert!(text.contains("copydesk_findings_total{rule=\"date.year-mismatch\"} 2\n"), "{text}");
    }
}
