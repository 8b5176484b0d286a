//! Time per article grows linearly with its size: 10x the text must not take anywhere near
//! 100x the time. Only a generous ratio is asserted (timings on shared machines are noisy).

use std::time::{Duration, Instant};

use copydesk::article::{Article, IngestOptions};
use copydesk::extract;

const SENTENCE: &str = "The storm killed 48 people, including 30 residents and 20 visitors, on September 18, 2021. \
Officials said on Thursday that 1,204 homes were lost, twice as many as in 2019, and dozens of roads closed. ";

/// An article of about `bytes` bytes: paragraphs of repeated sentences, or one endless
/// sentence-free line when `one_line`.
fn article(bytes: usize, one_line: bool) -> Vec<u8> {
    let mut s = String::from("date 2025-09-19\n\n");
    if one_line {
        while s.len() < bytes {
            s.push_str("word between 12 and 13 on May 5, 2010 after half a year and ");
        }
    } else {
        while s.len() < bytes {
            s.push_str(SENTENCE);
            s.push_str(SENTENCE);
            s.push_str("\n\n");
        }
    }
    s.into_bytes()
}

/// The best of `runs` runs of ingestion and extraction.
fn time(bytes: &[u8], runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let t = Instant::now();
            let a = Article::from_bytes("t.txt", bytes, &IngestOptions::default()).unwrap();
            let m = extract::extract(&a);
            assert!(!a.sentences.is_empty() && !m.tokens.is_empty());
            t.elapsed()
        })
        .min()
        .unwrap()
}

fn assert_linear(small: usize, one_line: bool) {
    // The small run is the noisier one: take its best of three.
    let large = time(&article(small * 10, one_line), 1);
    let small = time(&article(small, one_line), 3);
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-6);
    eprintln!("one_line={one_line}: {small:?}, 10x the text {large:?}, ratio {ratio:.1}");
    assert!(ratio < 30.0, "10x the text took {ratio:.1}x the time ({small:?} -> {large:?})");
}

#[test]
fn ingestion_and_extraction_are_linear_in_article_size() {
    assert_linear(200_000, false);
}

#[test]
fn one_huge_sentence_is_linear_too() {
    // 1 MB stays under the default --max-line-length, so the line is read.
    assert_linear(100_000, true);
}

/// The whole check, engine included: the checks look mentions up by sentence, day or noun
/// instead of comparing them pairwise.
#[test]
fn whole_check_is_linear_in_article_size() {
    let rules = copydesk::rules::RuleSet::builtin();
    let run = |bytes: &[u8]| {
        let t = Instant::now();
        let a = Article::from_bytes("t.txt", bytes, &IngestOptions::default()).unwrap();
        let _ = copydesk::engine::check(&a, &rules);
        t.elapsed()
    };
    let small_text = article(200_000, false);
    let small = (0..3).map(|_| run(&small_text)).min().unwrap();
    let large = run(&article(2_000_000, false));
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-6);
    assert!(ratio < 30.0, "10x the text took {ratio:.1}x the time ({small:?} -> {large:?})");
}

/// Many different people, each named in full, then by surname with an age and a quote, and a
/// part larger than its whole in every paragraph (a finding to draw): linking people, checking
/// their names and drawing each finding against the article look things up instead of
/// scanning the whole article per mention.
fn people_article(bytes: usize) -> String {
    const SYLLABLES: [&str; 12] = ["ka", "lo", "mer", "ti", "san", "vo", "ruk", "de", "pel", "o", "nis", "ba"];
    let mut s = String::from("date 2025-09-19\n\n");
    let mut i = 0usize;
    while s.len() < bytes {
        let name: String = [i % 12, i / 12 % 12, i / 144 % 12].iter().map(|&k| SYLLABLES[k]).collect();
        let surname = format!("{}{}", name[..1].to_uppercase(), &name[1..]);
        s.push_str(&format!(
            "Maria {surname}, 45, a teacher, said on Thursday that 12 of the 9 buses were late. \
             \"We waited,\" {surname} said in May 2024.\n\n"
        ));
        i += 1;
    }
    s
}

#[test]
fn people_and_drawn_findings_are_linear_in_article_size() {
    use copydesk::report::{render_finding, HumanOptions};
    let rules = copydesk::rules::RuleSet::builtin();
    let run = |text: &str| {
        let t = Instant::now();
        let a = Article::from_bytes("t.txt", text.as_bytes(), &IngestOptions::default()).unwrap();
        let findings = copydesk::engine::check(&a, &rules);
        assert!(!findings.is_empty());
        let drawn: usize = findings.iter().map(|f| render_finding(&a, f, HumanOptions::default()).len()).sum();
        assert!(drawn > 0);
        t.elapsed()
    };
    let small_text = people_article(30_000);
    let small = (0..3).map(|_| run(&small_text)).min().unwrap();
    let large = run(&people_article(300_000));
    let ratio = large.as_secs_f64() / small.as_secs_f64().max(1e-6);
    eprintln!("{small:?}, 10x the text {large:?}, ratio {ratio:.1}");
    assert!(ratio < 30.0, "10x the text took {ratio:.1}x the time ({small:?} -> {large:?})");
}
