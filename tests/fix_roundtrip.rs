//! `check --fix --unsafe-fixes` end to end: the seed-like article becomes its fixed twin byte
//! for byte; on a copy of the corpus the fixes leave no fixable finding, raise no new finding,
//! and a second run changes nothing; CRLF line endings and a Latin-1 file survive.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn copydesk(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_copydesk")).args(args).current_dir(dir).output().expect("copydesk runs")
}

/// A fresh, empty folder under the target dir, named for the test.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("fix-{name}"));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn corpus(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus").join(name)
}

#[test]
fn the_seed_like_article_becomes_its_fixed_twin() {
    let dir = scratch("twin");
    std::fs::copy(corpus("seedlike-bagram.txt"), dir.join("a.txt")).unwrap();
    let out = copydesk(&["check", "--fix", "--unsafe-fixes", "a.txt"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let twin = std::fs::read(corpus("seedlike-bagram-fixed.txt")).unwrap();
    assert!(std::fs::read(dir.join("a.txt")).unwrap() == twin, "the fixed file differs from its twin");
    // --fix alone applies safe fixes only: a year is a suggestion, so nothing changes.
    std::fs::copy(corpus("seedlike-bagram.txt"), dir.join("b.txt")).unwrap();
    let out = copydesk(&["check", "--fix", "b.txt"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(std::fs::read(dir.join("b.txt")).unwrap() == std::fs::read(corpus("seedlike-bagram.txt")).unwrap());
}

/// (file, rule, line, has a fix) of every finding of a JSON report.
fn findings(dir: &Path) -> BTreeSet<(String, String, u64, bool)> {
    let out = copydesk(&["check", "--format", "json", "."], dir);
    let report: Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    let mut set = BTreeSet::new();
    for file in report["files"].as_array().unwrap() {
        for f in file["findings"].as_array().unwrap() {
            let fixable = f["fixes"].as_array().is_some_and(|x| !x.is_empty());
            let key = (file["path"].as_str().unwrap().to_string(), f["rule"].as_str().unwrap().to_string());
            set.insert((key.0, key.1, f["line"].as_u64().unwrap(), fixable));
        }
    }
    set
}

/// Every file under `dir`, with its bytes.
fn snapshot(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.into_iter().map(|p| (p.clone(), std::fs::read(&p).unwrap())).collect()
}

#[test]
fn the_corpus_round_trip_fixes_everything_it_can_once() {
    let dir = scratch("corpus");
    for entry in std::fs::read_dir(corpus("")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "txt" || e == "md") {
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
        }
    }
    let before = findings(&dir);
    assert!(before.iter().filter(|f| f.3).count() >= 10, "the corpus has fixable findings");
    let out = copydesk(&["check", "--fix", "--unsafe-fixes", "--quiet", "."], &dir);
    assert_ne!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
    let after = findings(&dir);
    let left: Vec<_> = after.iter().filter(|f| f.3).collect();
    assert!(left.is_empty(), "findings with a fix are left: {left:?}");
    let seen: BTreeSet<_> = before.iter().map(|f| (&f.0, &f.1, f.2)).collect();
    let new: Vec<_> = after.iter().filter(|f| !seen.contains(&(&f.0, &f.1, f.2))).collect();
    assert!(new.is_empty(), "the fixes raised new findings: {new:?}");
    let fixed = snapshot(&dir);
    let out = copydesk(&["check", "--fix", "--unsafe-fixes", "."], &dir);
    assert!(String::from_utf8_lossy(&out.stderr).contains("fixed 0 findings in 0 files"));
    assert!(snapshot(&dir) == fixed, "a second run changed files");
}

#[test]
fn crlf_and_latin1_files_keep_their_bytes() {
    let dir = scratch("encodings");
    let crlf = |b: &[u8]| String::from_utf8(b.to_vec()).unwrap().replace('\n', "\r\n");
    let original = std::fs::read(corpus("seedlike-bagram.txt")).unwrap();
    let twin = std::fs::read(corpus("seedlike-bagram-fixed.txt")).unwrap();
    std::fs::write(dir.join("crlf.txt"), crlf(&original)).unwrap();
    let out = copydesk(&["check", "--fix", "--unsafe-fixes", "crlf.txt"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(std::fs::read_to_string(dir.join("crlf.txt")).unwrap(), crlf(&twin));
    // Latin-1: the article with a byte that is not UTF-8 ("café" as E9).
    let latin1 = |b: &[u8]| {
        let mut v = b.to_vec();
        v.extend(b"\nThe caf\xe9 on the corner stayed open.\n");
        v
    };
    std::fs::write(dir.join("latin1.txt"), latin1(&original)).unwrap();
    let out = copydesk(&["check", "--fix", "--unsafe-fixes", "--encoding", "latin1", "latin1.txt"], &dir);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(std::fs::read(dir.join("latin1.txt")).unwrap() == latin1(&twin), "the Latin-1 file was not kept");
}
