//! Extractor construction time, and extraction of many documents on one thread against all
//! cores (rayon), over the same generated press releases.
//!
//! ```text
//! cargo bench --bench batch -- --warm-up-time 1 --measurement-time 3
//! ```
//!
//! The end-to-end batch run (reading, JSON writing, order) is timed by
//! `tools/batch_scaling.sh` on the command line instead.

#[path = "common/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use rayon::prelude::*;
use warta::Extractor;

fn build(c: &mut Criterion) {
    let mut group = c.benchmark_group("build");
    group.sample_size(10);
    group.bench_function("default_extractor", |b| {
        b.iter(|| Extractor::builder().build().unwrap())
    });
    group.finish();
}

/// Articles of about 2 MB in all, as separate documents.
fn documents() -> Vec<String> {
    let mut rng = corpus::Rng::new(7);
    let mut docs = Vec::new();
    let mut total = 0;
    while total < 2 << 20 {
        let a = corpus::article(&mut rng);
        total += a.len();
        docs.push(a);
    }
    docs
}

fn batch(c: &mut Criterion) {
    let extractor = Extractor::builder().build().unwrap();
    let docs = documents();
    let bytes: usize = docs.iter().map(String::len).sum();
    let entities = |d: &String| extractor.extract(black_box(d)).entities.len();
    let expected: usize = docs.iter().map(entities).sum();
    assert!(
        expected > docs.len(),
        "{expected} entities in {} documents",
        docs.len()
    );

    let mut group = c.benchmark_group("batch");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes as u64));
    let all = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut threads = vec![1];
    if all > 1 {
        threads.push(all);
    }
    for n in threads {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build()
            .unwrap();
        group.bench_function(format!("extract_{n}_threads"), |b| {
            b.iter(|| {
                let found: usize = pool.install(|| docs.par_iter().map(entities).sum());
                assert_eq!(found, expected);
            })
        });
    }
    group.finish();
}

criterion_group!(benches, build, batch);
criterion_main!(benches);
