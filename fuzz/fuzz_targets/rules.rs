//! Rule-file loading from any TOML text: errors, never panics; errors point into the file.
#![no_main]

use copydesk::rules::RuleSet;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let mut set = RuleSet::default();
    match set.load_str("fuzz.toml", text) {
        Ok(()) => {}
        Err(errors) => {
            for e in errors {
                let _ = e.line_col();
                let _ = e.to_string();
                if let Some(span) = &e.span {
                    assert!(span.start <= span.end, "{e}");
                }
            }
        }
    }
});
