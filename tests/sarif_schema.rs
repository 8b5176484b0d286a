//! `--format sarif` output validated against the SARIF 2.1.0 JSON schemas vendored in
//! tests/data (see tests/data/README.md for where they come from).

use std::process::Command;

use serde_json::Value;

fn sarif(args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["check", "--format", "sarif"])
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("copydesk runs");
    assert!(out.status.code().is_some_and(|c| c <= 2), "exit status {:?}", out.status);
    serde_json::from_slice(&out.stdout).expect("SARIF output is JSON")
}

fn errors(schema_file: &str, log: &Value) -> Vec<String> {
    let path = format!("{}/tests/data/{schema_file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).expect("schema is vendored");
    // The rtm.5 copy carries a `run.language` pattern `...-[a-zA-Z]{2}]?$` whose stray `]`
    // the meta-schema's `regex` format check rejects; escape it (same meaning in ECMA-262) so
    // the schema compiles. Our logs never write `language`. The files on disk stay unchanged.
    let text = text.replace(r#"-[a-zA-Z]{2}]?$"#, r#"-[a-zA-Z]{2}\\]?$"#);
    let schema: Value = serde_json::from_str(&text).expect("schema is JSON");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    validator.iter_errors(log).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

fn validate(schema_file: &str, log: &Value) {
    let errors = errors(schema_file, log);
    assert!(errors.is_empty(), "{schema_file}: {} errors:\n{}", errors.len(), errors.join("\n"));
}

#[test]
fn the_schemas_do_reject() {
    let mut log = sarif(&["corpus"]);
    log["runs"][0]["results"][0]["level"] = "fatal".into();
    log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0.into();
    for file in ["sarif-2.1.0.json", "sarif-2.1.0-rtm.5.json"] {
        assert!(errors(file, &log).len() >= 2, "{file} accepts a broken log");
    }
}

#[test]
fn corpus_log_is_valid_sarif() {
    let log = sarif(&["corpus"]);
    validate("sarif-2.1.0.json", &log);
    validate("sarif-2.1.0-rtm.5.json", &log);

    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    assert!(!rules.is_empty());
    for r in rules {
        assert!(r["id"].is_string() && r["shortDescription"]["text"].is_string(), "{r}");
        assert!(r["defaultConfiguration"]["level"].is_string(), "{r}");
    }
    let results = run["results"].as_array().expect("results");
    assert!(!results.is_empty(), "the corpus has findings");
    assert!(results.iter().any(|r| r["relatedLocations"].is_array()), "related spans are written");
    let fix = results.iter().find_map(|r| r["fixes"].as_array()).expect("fixes are written");
    let change = &fix[0]["artifactChanges"][0];
    assert!(change["artifactLocation"]["uri"].is_string(), "{change}");
    assert!(change["replacements"][0]["insertedContent"]["text"].is_string(), "{change}");
    for r in results {
        let i = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(rules[i]["id"], r["ruleId"]);
        let region = &r["locations"][0]["physicalLocation"]["region"];
        for k in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(region[k].as_u64().is_some_and(|n| n >= 1), "{k} in {r}");
        }
    }
}

#[test]
fn unreadable_input_is_a_notification() {
    let log = sarif(&["tests/data/no such file.txt"]);
    validate("sarif-2.1.0.json", &log);
    validate("sarif-2.1.0-rtm.5.json", &log);
    let inv = &log["runs"][0]["invocations"][0];
    assert_eq!(inv["executionSuccessful"], false);
    assert_eq!(inv["toolExecutionNotifications"].as_array().map(Vec::len), Some(1));
}

/// The SARIF log of `text` checked as stdin named `a.txt`.
fn sarif_of(text: &str) -> Value {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["check", "--format", "sarif", "--stdin-filename", "a.txt"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("copydesk runs");
    child.stdin.take().expect("stdin").write_all(text.as_bytes()).expect("stdin written");
    let out = child.wait_with_output().expect("copydesk ends");
    serde_json::from_slice(&out.stdout).expect("SARIF output is JSON")
}

/// (ruleId, startLine, fingerprint) of each result.
fn prints(log: &Value) -> Vec<(String, u64, String)> {
    log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .map(|r| {
            let line = r["locations"][0]["physicalLocation"]["region"]["startLine"].as_u64().expect("line");
            let print = r["partialFingerprints"]["copydesk/v1"].as_str().expect("a fingerprint").to_string();
            (r["ruleId"].as_str().expect("ruleId").to_string(), line, print)
        })
        .collect()
}

#[test]
fn fingerprints_survive_moved_lines_and_tell_duplicates_apart() {
    let body = "It killed 11 people, including 7 miners and 5 rescuers.\n\nThe vote was held on Thursday, June 6, 2025.\n\nIt killed 11 people, including 7 miners and 5 rescuers.\n";
    let before = sarif_of(&format!("date 2025-06-10\n\n{body}"));
    let after = sarif_of(&format!("date 2025-06-10\n\nA new first paragraph.\n\nAnd a second, longer one.\n\n{body}"));
    validate("sarif-2.1.0.json", &before);
    validate("sarif-2.1.0-rtm.5.json", &before);
    let (b, a) = (prints(&before), prints(&after));
    assert_eq!(b.len(), 3, "{b:?}");
    assert_eq!(a.len(), 3, "{a:?}");
    for ((rb, lb, pb), (ra, la, pa)) in b.iter().zip(&a) {
        assert_eq!((rb, pb), (ra, pa), "the same finding keeps its fingerprint");
        assert_eq!(*la, lb + 4, "while its line moves");
    }
    // The same sentence twice: two alerts, two fingerprints.
    assert_eq!(b[0].0, b[2].0);
    assert_ne!(b[0].2, b[2].2);
    // A different finding in the same place: another fingerprint.
    let edited = prints(&sarif_of(&format!("date 2025-06-10\n\n{}", body.replace("Thursday", "Tuesday"))));
    assert_ne!(edited[1].2, b[1].2);
}
