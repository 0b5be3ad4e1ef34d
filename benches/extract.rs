//! Throughput of the full extraction over generated news articles, with and without topics
//! and key phrases (their cost is the difference).
//!
//! ```text
//! cargo bench --bench extract -- --warm-up-time 1 --measurement-time 3
//! ```

#[path = "common/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use warta::Extractor;

fn extract(c: &mut Criterion) {
    // A little more than a megabyte, so that the articles without their separators are
    // still one.
    let text = corpus::news_corpus((1 << 20) + 8192);
    // The generator ends every article with two blank lines.
    let articles: Vec<&str> = text
        .split("\n\n\n")
        .filter(|a| !a.trim().is_empty())
        .collect();
    let bytes: usize = articles.iter().map(|a| a.len()).sum();
    assert!(
        bytes >= 1 << 20 && articles.len() > 200,
        "{bytes} {}",
        articles.len()
    );
    let full = Extractor::builder()
        .reference_date("2021-06-17")
        .build()
        .unwrap();
    let bare = Extractor::builder()
        .reference_date("2021-06-17")
        .topics(false)
        .keyphrases(false)
        .build()
        .unwrap();
    // Checked once here so the two runs are known to differ in what they compute.
    let doc = full.extract(articles[0]);
    assert!(!doc.keyphrases.is_empty());
    assert!(bare.extract(articles[0]).keyphrases.is_empty());

    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("with_topics_and_keyphrases", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| {
                    let doc = full.extract(black_box(a));
                    doc.topics.len() + doc.keyphrases.len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("without_topics_and_keyphrases", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| bare.extract(black_box(a)).entities.len())
                .sum::<usize>()
        })
    });
    group.finish();
}

criterion_group!(benches, extract);
criterion_main!(benches);
