use super::{import, PackHeader};

const TWO: &str = "- name:\n    first: Bernard\n    last: Sanders\n    nickname: Bernie\n    official_full: Bernard Sanders\n  bio:\n    birthday: '1941-09-08'\n    gender: M\n  terms:\n  - type: rep\n    start: '1991-01-03'\n    end: '1993-01-03'\n    state: VT\n    district: 0\n    party: Independent\n  - type: rep\n    start: '1993-01-05'\n    end: '2007-01-03'\n    state: VT\n    district: 0\n    party: Independent\n  - type: sen\n    start: '2007-01-04'\n    end: '2031-01-03'\n    state: VT\n    party: Independent\n    caucus: Democrat\n";

fn run(text: &str) -> Result<super::Pack, super::ImportError> {
    import("congress-legislators", &[("m.yaml".into(), text.into())], PackHeader::default())
}

#[test]
fn terms_merge_and_names_follow_the_record() {
    let pack = run(TWO).unwrap();
    assert_eq!(pack.people.len(), 1);
    assert!(pack.people[0].aliases.contains(&"Bernie Sanders".to_string()), "{:?}", pack.people[0].aliases);
    // The two House terms a day apart are one stretch; the Senate term is another.
    assert_eq!(pack.offices.len(), 2, "{:?}", pack.offices);
    assert_eq!(pack.offices[1].caucus.as_deref(), Some("Democrat"));
    assert_eq!(pack.offices[0].district, None, "an at-large seat has no district");
}

#[test]
fn output_is_deterministic_and_loads() {
    let a = run(TWO).unwrap().to_toml();
    assert_eq!(a, run(TWO).unwrap().to_toml());
    let mut set = crate::rules::RuleSet::default();
    set.load_str("pack.toml", &a).unwrap();
    assert_eq!(set.facts.offices.len(), 2);
}

#[test]
fn malformed_yaml_names_file_line_and_column() {
    let bad = TWO.replace("    last: Sanders\n", "    last: [Sanders\n");
    let e = run(&bad).unwrap_err();
    assert_eq!(e.file, "m.yaml");
    assert!(e.line.is_some() && e.column.is_some(), "{e}");
    let bad_date = TWO.replace("'1941-09-08'", "'1941-13-08'");
    let e = run(&bad_date).unwrap_err();
    assert_eq!((e.line, e.column), (Some(7), Some(15)), "{e}");
}

#[test]
fn a_names_record_adds_aliases_to_its_person_and_must_match_one() {
    let names = "- name:\n    first: Bernard\n    last: Sanders\n  bio:\n    birthday: '1941-09-08'\n  aliases:\n  - Bernie\n  - Bernard Sanders\n";
    let inputs = [("m.yaml".to_string(), TWO.to_string()), ("n.yaml".to_string(), names.to_string())];
    let pack = import("congress-legislators", &inputs, PackHeader::default()).unwrap();
    let aliases = &pack.people[0].aliases;
    assert_eq!(aliases.iter().filter(|a| *a == "Bernie").count(), 1, "{aliases:?}");
    assert_eq!(aliases.last().map(String::as_str), Some("Bernie"), "added after the record's own names");
    assert!(pack.offices.iter().all(|o| o.aliases.contains(&"Bernie".to_string())));
    // Names for nobody of the records, or with no birthday, are errors naming the file.
    let nobody = names.replace("1941-09-08", "1941-09-09");
    let e = import(
        "congress-legislators",
        &[("m.yaml".into(), TWO.into()), ("n.yaml".into(), nobody)],
        PackHeader::default(),
    )
    .unwrap_err();
    assert_eq!(e.file, "n.yaml");
    assert!(e.to_string().contains("match no person"), "{e}");
    let undated = names.replace("  bio:\n    birthday: '1941-09-08'\n", "");
    assert!(import("congress-legislators", &[("n.yaml".into(), undated)], PackHeader::default()).is_err());
}

#[test]
fn a_names_record_gives_a_death_date_the_pack_writes() {
    let names =
        "- name:\n    first: Bernard\n    last: Sanders\n  bio:\n    birthday: '1941-09-08'\n  died: '2040-01-02'\n";
    let inputs = [("m.yaml".to_string(), TWO.to_string()), ("n.yaml".to_string(), names.to_string())];
    let pack = import("congress-legislators", &inputs, PackHeader::default()).unwrap();
    assert_eq!(pack.people[0].died.map(|d| d.to_string()).as_deref(), Some("2040-01-02"));
    assert!(pack.to_toml().contains("born = 1941-09-08\ndied = 2040-01-02\n"));
    // A death before the birth is an error at the death date.
    let early = names.replace("2040-01-02", "1940-01-02");
    let inputs = [("m.yaml".to_string(), TWO.to_string()), ("n.yaml".to_string(), early)];
    let e = import("congress-legislators", &inputs, PackHeader::default()).unwrap_err();
    assert_eq!((e.file.as_str(), e.line), ("n.yaml", Some(6)), "{e}");
}

#[test]
fn csv_list_reads_documented_columns() {
    let text = "name,aliases,title,jurisdiction,party,from,to,born\nJane Doe,Janet Doe,Mayor,Springfield,Democrat,2021-01-01,,1970-05-02\n";
    let pack = import("csv", &[("l.csv".into(), text.into())], PackHeader::default()).unwrap();
    assert_eq!(pack.offices[0].title, "Mayor (Springfield)");
    assert_eq!(pack.people[0].born.to_string(), "1970-05-02");
    let bad = text.replace("2021-01-01", "2021-02-30");
    let e = import("csv", &[("l.csv".into(), bad)], PackHeader::default()).unwrap_err();
    assert_eq!((e.line, e.column), (Some(2), Some(47)), "{e}");
    let died = "name,born,died\nJohn Roe,1930-01-01,2020-06-30\nJim Poe,1930-01-01,1920-06-30\n";
    let e = import("csv", &[("l.csv".into(), died.into())], PackHeader::default()).unwrap_err();
    assert_eq!((e.line, e.column), (Some(3), Some(20)), "{e}");
    let pack =
        import("csv", &[("l.csv".into(), died.lines().take(2).collect::<Vec<_>>().join("\n"))], PackHeader::default())
            .unwrap();
    assert_eq!(pack.people[0].died.map(|d| d.to_string()).as_deref(), Some("2020-06-30"));
}

/// The shipped pack is exactly what importing the shared records gives. The records live
/// beside the repository (`../shared`), so a checkout without them skips, saying so.
#[test]
fn shipped_pack_equals_a_fresh_import() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/congress-legislators");
    let Ok(source_md) = std::fs::read_to_string(dir.join("SOURCE.md")) else {
        eprintln!("SKIPPED shipped_pack_equals_a_fresh_import: no {} (the shared records)", dir.display());
        return;
    };
    let (commit, as_of) = commit_and_date(&source_md).expect("SOURCE.md names a commit and its date");
    let files = ["legislators-current.yaml", "executive.yaml", "known-names.yaml"];
    // The names file is kept in this repository, beside the shared records' two files.
    let repo_names = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/sources");
    let path = |f: &str| if f == "known-names.yaml" { repo_names.join(f) } else { dir.join(f) };
    let inputs: Vec<(String, String)> =
        files.iter().map(|f| (f.to_string(), std::fs::read_to_string(path(f)).unwrap())).collect();
    let header = PackHeader::for_import("congress-legislators", Some(PACK_SOURCE), Some(&commit), Some(as_of), &files);
    let fresh = import("congress-legislators", &inputs, header).unwrap().to_toml();
    let shipped = include_str!("../../rules/us-congress.toml");
    if fresh != shipped {
        let line = fresh.lines().zip(shipped.lines()).position(|(a, b)| a != b).map_or(0, |i| i + 1);
        panic!(
            "rules/us-congress.toml differs from a fresh import (first at line {line}); regenerate it with\n  {}",
            fresh.lines().nth(1).unwrap_or("").trim_start_matches("#   ")
        );
    }
}

const PACK_SOURCE: &str = "unitedstates/congress-legislators";

/// The 40-hex commit and the "(YYYY-MM-DD)" date after it in SOURCE.md.
fn commit_and_date(text: &str) -> Option<(String, chrono::NaiveDate)> {
    let flat = text.replace('\n', " ");
    let at = flat.find("commit ")? + "commit ".len();
    let commit: String = flat[at..].chars().take_while(char::is_ascii_hexdigit).collect();
    let open = at + flat[at..].find('(')? + 1;
    let date = super::pack::parse_date(flat.get(open..open + 10)?)?;
    (commit.len() == 40).then_some((commit, date))
}
