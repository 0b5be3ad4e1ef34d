//! Throughput of the full extraction over generated news articles (with JSON output, with
//! and without dates, with and without topics and key phrases), and in the same group the
//! baseline of issue #3: a plain Aho–Corasick scan (leftmost-longest, ASCII
//! case-insensitive) of the same text with the same place lexicon.
//!
//! ```text
//! cargo bench --bench extract -- --warm-up-time 1 --measurement-time 3
//! ```

#[path = "common/corpus.rs"]
#[allow(dead_code)]
mod corpus;
#[path = "common/places.rs"]
mod places;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use warta::text::{Analysis, Tokenizer};
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

    let no_dates = Extractor::builder()
        .reference_date("2021-06-17")
        .dates(false)
        .build()
        .unwrap();
    let places = places::baseline();
    let tokenizer = Tokenizer::builtin();
    let mut analysis = Analysis::default();

    let mut group = c.benchmark_group("extract");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("full_to_json", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| {
                    let mut json = Vec::new();
                    full.extract(black_box(a)).write_json(&mut json).unwrap();
                    json.len()
                })
                .sum::<usize>()
        })
    });
    group.bench_function("without_dates", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| no_dates.extract(black_box(a)).entities.len())
                .sum::<usize>()
        })
    });
    group.bench_function("baseline_aho_corasick_places", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| places.find_iter(black_box(*a)).count())
                .sum::<usize>()
        })
    });
    // The floor under every recogniser: tokens and sentences alone.
    group.bench_function("tokens_and_sentences", |b| {
        b.iter(|| {
            articles
                .iter()
                .map(|a| {
                    tokenizer.analyze_into(black_box(a), &mut analysis);
                    analysis.tokens.len()
                })
                .sum::<usize>()
        })
    });
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
