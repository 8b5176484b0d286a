//! Criterion benches: extraction of one article, the whole check of one article, rule loading.

use criterion::{black_box, criterion_group, criterion_main, Criterion};

use copydesk::article::{Article, IngestOptions};
use copydesk::{engine, extract, rules::RuleSet};

/// A corpus article with findings (a wire story with dates, numbers and a dateline).
const ARTICLE: &str = include_str!("../corpus/seedlike-bagram.txt");

fn article() -> Article {
    Article::from_bytes("seedlike-bagram.txt", ARTICLE.as_bytes(), &IngestOptions::default()).expect("article")
}

fn benches(c: &mut Criterion) {
    let a = article();
    let set = RuleSet::builtin();
    c.bench_function("ingest one article", |b| {
        b.iter(|| Article::from_bytes("a.txt", black_box(ARTICLE.as_bytes()), &IngestOptions::default()));
    });
    c.bench_function("extract one article", |b| b.iter(|| extract::extract(black_box(&a))));
    c.bench_function("check one article", |b| {
        b.iter(|| {
            let a = Article::from_bytes("a.txt", black_box(ARTICLE.as_bytes()), &IngestOptions::default())
                .expect("article");
            engine::check(&a, &set)
        });
    });
    c.bench_function("load built-in rules", |b| b.iter(RuleSet::builtin));
}

criterion_group!(pipeline, benches);
criterion_main!(pipeline);
