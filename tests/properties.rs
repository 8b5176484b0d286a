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
    assert!(start <= end && end <= a.source.len(), "span {start}..{end} out of bounds");
    assert!(a.source.is_char_boundary(start) && a.source.is_char_boundary(end));
    let lc = a.line_col(start);
    let line_start: usize = a.source.split_inclusive('\n').take(lc.line - 1).map(str::len).sum();
    if !a.source.contains('\r') {
        assert_eq!(a.source[line_start..start].chars().count() + 1, lc.column);
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
