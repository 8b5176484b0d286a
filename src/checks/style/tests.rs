use crate::article::{Article, Format, IngestOptions};
use crate::rules::RuleSet;

const PACK: &str = r#"
[[rule]]
id = "house.air-base"
kind = "substitution"
message = "write {replacement}, not {match}"
ignorecase = true
swap = { "Bagram Airbase" = "Bagram Air Base" }

[[rule]]
id = "house.words"
kind = "existence"
message = "{match}"
tokens = ["regime", "lashed out"]

[[rule]]
id = "house.spelling"
kind = "consistency"
message = "{match} vs {other} (line {first})"
either = [["Muttaqi", "Mutaqi"]]
"#;

fn run(text: &str) -> Vec<(String, String)> {
    let mut set = RuleSet::default();
    set.load_str("pack.toml", PACK).unwrap();
    let a = Article::from_text("t", text.to_string(), Format::Text, &IngestOptions::default());
    crate::engine::check(&a, &set).into_iter().map(|f| (f.rule, f.message)).collect()
}

#[test]
fn substitution_ignores_case_whole_words_and_the_house_form() {
    let got = run("At bagram airbase and Bagram Air Base, not Bagram Airbases.");
    assert_eq!(got, vec![("house.air-base".into(), "write Bagram Air Base, not bagram airbase".into())]);
}

#[test]
fn existence_flags_every_use_and_respects_case_setting() {
    let got = run("The regime lashed out. The Regime replied.");
    // `ignorecase` is off, so the capitalized "Regime" is not flagged.
    assert_eq!(got.iter().map(|(_, m)| m.as_str()).collect::<Vec<_>>(), vec!["regime", "lashed out"]);
}

#[test]
fn consistency_keeps_the_first_spelling_and_flags_the_other() {
    let got = run("Mutaqi spoke.\n\nMuttaqi left.\n\nMuttaqi returned.");
    assert_eq!(got.len(), 2);
    assert!(got.iter().all(|(r, m)| r == "house.spelling" && m == "Muttaqi vs Mutaqi (line 1)"));
    assert!(run("Muttaqi spoke. Muttaqi left.").is_empty());
}
