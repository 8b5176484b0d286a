//! Property tests: no input panics, and every span a finding or mention carries is inside the
//! text, on character boundaries, with line/column agreeing with the byte offset.

use copydesk::article::{Article, IngestOptions};
use copydesk::engine;
use copydesk::extract;
use copydesk::rules::RuleSet;
use proptest::prelude::*;
use std::sync::LazyLock;

static RULES: LazyLock<RuleSet> = LazyLock::new(RuleSet::builtin);

/// Text that looks like news: words, dates, numbers and punctuation in random order.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("September 18, 2021".to_string()),
        Just("Sept. 19".to_string()),
        Just("on Thursday".to_string()),
        Just("yesterday".to_string()),
        Just("killed 182 people".to_string()),
        Just("including 169 civilians and 13 soldiers".to_string()),
        Just("President Donald Trump said".to_string()),
        Just("February 30, 99999".to_string()),
        Just("12/31/2024".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n\r\n".to_string()),
        Just("\r".to_string()),
        Just("\u{200b}\u{202e}\u{feff}".to_string()),
        Just("\u{1F600}\u{10FFFD}".to_string()),
        "[0-9]{20,400}",
        Just(". ".to_string()),
        Just("“".to_string()),
        Just("U.S.".to_string()),
        "[a-zA-Z]{1,8}",
        "[0-9,.]{1,12}",
        "\\PC{0,4}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.join(" "))
}

fn check_spans(a: &Article, start: usize, end: usize) {
    assert!(start <= end && end <= a.source().len(), "span {start}..{end} out of bounds");
    assert!(a.source().is_char_boundary(start) && a.source().is_char_boundary(end));
    for at in [start, end] {
        // Count lines the slow way: `\n`, `\r\n` and a lone `\r` each end one.
        let before = &a.source()[..at];
        let line = before.replace("\r\n", "\n").matches(['\n', '\r']).count() + 1;
        let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let lc = a.line_col(at);
        assert_eq!((lc.line, lc.column), (line, before[line_start..].chars().count() + 1), "offset {at}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(a) = Article::from_bytes("x.txt", &bytes, &IngestOptions::default()) {
            let _ = engine::check(&a, &RULES);
        }
        let _ = Article::from_bytes("x.md", &bytes, &IngestOptions::default()).map(|a| engine::check(&a, &RULES));
    }

    #[test]
    fn newsy_text_spans_are_sound(body in newsy(), header in prop::bool::ANY, md in prop::bool::ANY) {
        let text = if header { format!("date 2025-09-19\n\n{body}") } else { body };
        let path = if md { "a.md" } else { "a.txt" };
        if let Ok(a) = Article::from_bytes(path, text.as_bytes(), &IngestOptions::default()) {
            let m = extract::extract(&a);
            for d in &m.dates { check_spans(&a, d.span.start, d.span.end); }
            for n in &m.numbers { check_spans(&a, n.span.start, n.span.end); }
            for f in engine::check(&a, &RULES) {
                check_spans(&a, f.span.start, f.span.end);
                for r in &f.related { check_spans(&a, r.span.start, r.span.end); }
            }
        }
    }
}

/// English words, the way a reporter writes them ("forty-two").
fn words_for(n: u64) -> String {
    copydesk::extract::numwords::spell(n)
}

/// 1234567 -> "1,234,567".
fn with_separators(n: u64) -> String {
    copydesk::engine::fmt_num(n as f64)
}

/// The numbers extracted from one sentence that counts people.
fn extracted(written: &str) -> Vec<(String, f64)> {
    let text = format!("date 2025-09-19\n\nThe officials counted {written} people at the station.\n");
    let a = Article::from_bytes("n.txt", text.as_bytes(), &IngestOptions::default()).unwrap();
    extract::extract(&a).numbers.iter().map(|n| (a.slice(n.span).to_string(), n.value)).collect()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, .. ProptestConfig::default() })]

    #[test]
    fn numbers_round_trip_through_extraction(n in prop_oneof![0u64..3_000, 0u64..1_000_000_000_000], form in 0..3u8, small in 1u64..100) {
        let (written, value) = match form {
            0 => (n.to_string(), n),
            1 => (with_separators(n), n),
            _ => (words_for(small), small),
        };
        let got = extracted(&written);
        prop_assert_eq!(got, vec![(written.clone(), value as f64)], "{}", written);
    }
}

/// `check --format json` on the corpus with a given number of jobs.
fn corpus_json(jobs: &str) -> serde_json::Value {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["check", "--format", "json", "--jobs", jobs, "corpus"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.code().is_some_and(|c| c <= 1), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn findings_do_not_depend_on_jobs() {
    let one = corpus_json("1");
    assert!(one["files"].as_array().is_some_and(|f| f.len() > 10));
    assert_eq!(one, corpus_json("2"));
    assert_eq!(one, corpus_json("4"));
}
