//! Extraction from any text: every mention's span is in bounds and on character boundaries.
#![no_main]

use copydesk::article::{Article, Format, IngestOptions};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let body = format!("date 2025-09-19\n\n{text}");
    let a = Article::from_text("x.txt", body, Format::Text, &IngestOptions::default());
    let m = copydesk::extract::extract(&a);
    let ok = |s: copydesk::span::Span| {
        s.start <= s.end && s.end <= a.text.len() && a.text.is_char_boundary(s.start) && a.text.is_char_boundary(s.end)
    };
    for s in &a.sentences {
        assert!(ok(s.span));
    }
    for t in m.tokens.iter() {
        assert!(ok(t.span()));
    }
    for d in &m.dates {
        assert!(ok(d.span), "date span {:?}", d.span);
    }
    for n in &m.numbers {
        assert!(ok(n.span), "number span {:?}", n.span);
        assert!(n.value.is_finite());
    }
    for w in m.numbers.windows(2) {
        assert!(w[0].span.end <= w[1].span.start, "numbers overlap: {:?} {:?}", w[0].span, w[1].span);
    }
});
