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
//! nor key phrases).

#[path = "../benches/common/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use std::process::ExitCode;

fn main() -> ExitCode {
    let mode = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "full".to_string());
    let mut builder = warta::Extractor::builder().reference_date("2021-06-17");
    match mode.as_str() {
        "build" | "full" | "json" => {}
        "no-dates" => builder = builder.dates(false),
        "no-topics" => builder = builder.topics(false).keyphrases(false),
        other => {
            eprintln!("workload: unknown mode `{other}` (build, full, json, no-dates, no-topics)");
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
