//! Throughput of warta's tokenizer and sentence splitter against plain Unicode word
//! segmentation (`unicode-segmentation`) over the same generated news text.
//!
//! ```text
//! cargo bench --bench tokenize -- --warm-up-time 1 --measurement-time 3
//! ```

#[path = "common/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use unicode_segmentation::UnicodeSegmentation;
use warta::text::{Analysis, Tokenizer};

fn tokenize(c: &mut Criterion) {
    let text = corpus::one_megabyte();
    let tokenizer = Tokenizer::builtin();

    // Counts computed once, checked inside the timed loops so a benchmark is also a test.
    let mut analysis = Analysis::default();
    tokenizer.analyze_into(&text, &mut analysis);
    let (tokens, sentences) = (analysis.tokens.len(), analysis.sentences.len());
    assert!(
        tokens > 100_000 && sentences > 5_000,
        "{tokens} {sentences}"
    );
    let bounds = text
        .split_word_bounds()
        .filter(|w| !w.trim().is_empty())
        .count();

    let mut group = c.benchmark_group("tokenize");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.bench_function("warta_tokens_and_sentences", |b| {
        b.iter(|| {
            tokenizer.analyze_into(black_box(&text), &mut analysis);
            assert_eq!(analysis.sentences.len(), sentences);
            analysis.tokens.len()
        })
    });
    let mut buf = Vec::new();
    group.bench_function("warta_tokens", |b| {
        b.iter(|| {
            buf.clear();
            tokenizer.tokenize_into(black_box(&text), &mut buf);
            assert_eq!(buf.len(), tokens);
        })
    });
    group.bench_function("unicode_split_word_bounds", |b| {
        b.iter(|| {
            let n = black_box(&text)
                .split_word_bounds()
                .filter(|w| !w.trim().is_empty())
                .count();
            assert_eq!(n, bounds);
        })
    });
    group.finish();
}

criterion_group!(benches, tokenize);
criterion_main!(benches);
