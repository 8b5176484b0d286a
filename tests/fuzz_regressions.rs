//! Inputs the fuzzers (fuzz/) once crashed on. Each file under tests/fuzz-regressions/ is run
//! through what its name starts with: `article-` (ingestion as text and Markdown, then every
//! check), `rules-` (rule-file loading), `expr-` (the assertion parser).

use copydesk::article::{Article, IngestOptions};
use copydesk::rules::expr::{Assertion, Type};
use copydesk::rules::RuleSet;

fn sound(a: &Article, start: usize, end: usize) {
    assert!(start <= end && end <= a.source().len(), "span {start}..{end} out of bounds");
    assert!(a.source().is_char_boundary(start) && a.source().is_char_boundary(end));
}

#[test]
fn fuzz_regressions_do_not_crash() {
    let rules = RuleSet::builtin();
    let mut seen = 0;
    for entry in std::fs::read_dir("tests/fuzz-regressions").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(&path).unwrap();
        seen += 1;
        if name.starts_with("article-") {
            for ext in ["x.txt", "x.md"] {
                if let Ok(a) = Article::from_bytes(ext, &bytes, &IngestOptions::default()) {
                    for s in &a.sentences {
                        sound(&a, s.span.start, s.span.end);
                    }
                    let m = copydesk::extract::extract(&a);
                    for w in m.numbers.windows(2) {
                        assert!(w[0].span.end <= w[1].span.start, "{name}: numbers overlap");
                    }
                    for f in copydesk::engine::check(&a, &rules) {
                        sound(&a, f.span.start, f.span.end);
                    }
                }
            }
        } else if name.starts_with("rules-") {
            let _ = RuleSet::default().load_str(&name, &String::from_utf8_lossy(&bytes));
        } else if name.starts_with("expr-") {
            let _ = Assertion::compile(&String::from_utf8_lossy(&bytes), &[("a", Type::Number), ("d", Type::Date)]);
        } else {
            panic!("{name}: name it article-, rules- or expr-");
        }
    }
    assert!(seen > 0);
}
