//! A fixed workload for profilers: the full extraction of about 1 MB of generated press
//! releases (benches/common/corpus.rs), with parts switched off on request. Instruction counts
//! under callgrind do not depend on machine load, so the cost of a part is the difference of
//! two runs:
//!
//! ```text
//! cargo build --release --example workload
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/workload full
//! valgrind --tool=callgrind --callgrind-out-file=/dev/null target/release/examples/workload no-dates
//! ```
//!
//! Modes: `build` (build the extractor only), `full`, `json` (full, and each document written
//! as JSON, as the `extract/full_to_json` bench does), `no-dates`, `no-topics` (neither topics
//! nor key phrases), `tokens` (tokens and sentences only, no extractor), `baseline` (issue #3's
//! plain Aho–Corasick place scan, as the bench makes it, instead of the extractor).

#[path = "../benches/common/corpus.rs"]
#[allow(dead_code)]
mod corpus;
#[path = "../benches/common/places.rs"]
mod places;

use std::process::ExitCode;

fn main() -> ExitCode {
    let mode = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "full".to_string());
    let mut builder = warta::Extractor::builder().reference_date("2021-06-17");
    match mode.as_str() {
        "build" | "full" | "json" => {}
        "tokens" | "baseline" => return other_workload(&mode),
        "no-dates" => builder = builder.dates(false),
        "no-topics" => builder = builder.topics(false).keyphrases(false),
        other => {
            eprintln!("workload: unknown mode `{other}` (build, full, json, no-dates, no-topics, tokens, baseline)");
            return ExitCode::from(2);
        }
    }
    let text = corpus::news_corpus(1 << 20);
    let extractor = match builder.build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("workload: {e}");
            return ExitCode::from(2);
        }
    };
    if mode == "build" {
        return ExitCode::SUCCESS;
    }
    let entities: usize = text
        .split("\n\n\n")
        .filter(|a| !a.trim().is_empty())
        .map(|a| {
            let doc = extractor.extract(a);
            if mode == "json" {
                let mut json = Vec::new();
                match doc.write_json(&mut json) {
                    Ok(()) => std::hint::black_box(json.len()),
                    Err(e) => panic!("a document failed to serialise: {e}"),
                };
            }
            doc.entities.len()
        })
        .sum();
    println!("{} bytes, {entities} entities", text.len());
    ExitCode::SUCCESS
}

/// The workloads without an extractor: `tokens` and `baseline`.
fn other_workload(mode: &str) -> ExitCode {
    let text = corpus::news_corpus(1 << 20);
    let articles = text.split("\n\n\n").filter(|a| !a.trim().is_empty());
    let found: usize = if mode == "tokens" {
        let tokenizer = warta::text::Tokenizer::builtin();
        let mut analysis = warta::text::Analysis::default();
        articles
            .map(|a| {
                tokenizer.analyze_into(a, &mut analysis);
                analysis.tokens.len() + analysis.sentences.len()
            })
            .sum()
    } else {
        let places = places::baseline();
        articles.map(|a| places.find_iter(a).count()).sum()
    };
    println!("{} bytes, {found} found", text.len());
    ExitCode::SUCCESS
}
