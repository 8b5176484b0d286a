//! The assertion language: parse, type-check and evaluate any text.
#![no_main]

use chrono::NaiveDate;
use copydesk::rules::expr::{Assertion, Type, Value};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|src: &str| {
    let vars = [("a", Type::Number), ("b", Type::Number), ("d", Type::Date), ("who", Type::Text), ("dateline", Type::Date)];
    match Assertion::compile(src, &vars) {
        Ok(x) => {
            let lookup = |name: &str| -> Option<Value> {
                Some(match name {
                    "a" => Value::Number(3.0),
                    "b" => Value::Number(-1e308),
                    "d" | "dateline" => Value::Date(NaiveDate::from_ymd_opt(2025, 9, 19)?),
                    "who" => Value::Text("Jo".into()),
                    _ => return None,
                })
            };
            let _ = x.eval(&lookup);
        }
        Err(e) => {
            assert!(e.span.start <= e.span.end && e.span.end <= src.len(), "{e:?} for {src:?}");
        }
    }
});
