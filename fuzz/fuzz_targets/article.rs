//! Article ingestion from any bytes, as a text file and as Markdown, then the whole check.
#![no_main]

use std::sync::LazyLock;

use copydesk::article::{Article, IngestOptions};
use copydesk::rules::RuleSet;
use libfuzzer_sys::fuzz_target;

static RULES: LazyLock<RuleSet> = LazyLock::new(RuleSet::builtin);

fn sound(a: &Article, start: usize, end: usize) {
    assert!(start <= end && end <= a.source().len(), "span {start}..{end} out of bounds");
    assert!(a.source().is_char_boundary(start) && a.source().is_char_boundary(end));
    let lc = a.line_col(start);
    assert!(lc.line >= 1 && lc.column >= 1);
}

fuzz_target!(|data: &[u8]| {
    let opts = IngestOptions { max_line_length: 200, ..IngestOptions::default() };
    for path in ["x.txt", "x.md"] {
        if let Ok(a) = Article::from_bytes(path, data, &opts) {
            assert_eq!(a.text.len(), a.source().len());
            for f in copydesk::engine::check(&a, &RULES) {
                sound(&a, f.span.start, f.span.end);
                for r in &f.related {
                    sound(&a, r.span.start, r.span.end);
                }
            }
        }
    }
});
