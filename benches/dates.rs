//! The date recogniser's cost against tokenizing and against the whole extraction, on the
//! press releases written for the date tests. Each benchmark checks its result count.
//!
//! ```text
//! cargo bench --bench dates -- --warm-up-time 1 --measurement-time 3
//! ```

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use warta::recognize::date::DateRecognizer;
use warta::text::Tokenizer;
use warta::Extractor;

const TEXTS: [&str; 3] = [
    include_str!("../tests/fixtures/dates-rakor.txt"),
    include_str!("../tests/fixtures/dates-banjir.txt"),
    include_str!("../tests/fixtures/dates-dprd.txt"),
];

fn bench(c: &mut Criterion) {
    let tokenizer = Tokenizer::builtin();
    let dates = DateRecognizer::builtin();
    let extractor = Extractor::builder().build().unwrap();
    let bytes: usize = TEXTS.iter().map(|t| t.len()).sum();
    let tokens: Vec<_> = TEXTS.iter().map(|t| tokenizer.analyze(t).tokens).collect();
    let expected: usize = TEXTS
        .iter()
        .zip(&tokens)
        .map(|(t, tok)| dates.analyze(t, tok, None).matches.len())
        .sum();
    assert_eq!(expected, 33);

    let mut g = c.benchmark_group("dates");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("tokenize (baseline)", |b| {
        b.iter(|| {
            let n: usize = TEXTS
                .iter()
                .map(|t| tokenizer.analyze(black_box(t)).tokens.len())
                .sum();
            black_box(n)
        })
    });
    g.bench_function("dates on ready tokens", |b| {
        b.iter(|| {
            let n: usize = TEXTS
                .iter()
                .zip(&tokens)
                .map(|(t, tok)| dates.analyze(black_box(t), tok, None).matches.len())
                .sum();
            assert_eq!(n, expected);
        })
    });
    g.bench_function("extract", |b| {
        b.iter(|| {
            let n: usize = TEXTS
                .iter()
                .map(|t| extractor.extract(black_box(t)).entities.len())
                .sum();
            assert!(n >= expected);
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
