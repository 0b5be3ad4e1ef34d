//! Labels text files with warta's topic scorer (`tools/topic_eval.py` drives it): one line
//! per file, `PATH<TAB>label:score,...<TAB>terms of the best label<TAB>key phrases`.
//!
//! ```text
//! cargo run --release --example topics -- FILE...
//! ```
//!
//! Topics and key phrases come from the full extractor (`Extractor::extract`), as in the
//! JSON of `examples/warta.rs`.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use warta::Extractor;

fn main() -> ExitCode {
    let extractor = match Extractor::builder().build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = BufWriter::new(io::stdout().lock());
    let mut status = ExitCode::SUCCESS;
    for path in std::env::args().skip(1) {
        let text = match std::fs::read_to_string(&path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{path}: {e}");
                status = ExitCode::FAILURE;
                continue;
            }
        };
        let doc = extractor.extract(&text);
        let topics = &doc.topics;
        let labels: Vec<String> = topics
            .iter()
            .map(|t| format!("{}:{:.3}", t.label, t.score))
            .collect();
        let terms = topics
            .first()
            .map(|t| t.terms.join(","))
            .unwrap_or_default();
        let phrases: Vec<String> = doc
            .keyphrases
            .iter()
            .map(|k| format!("{} {:.2}", k.text, k.score))
            .collect();
        let line = format!(
            "{path}\t{}\t{terms}\t{}",
            labels.join(","),
            phrases.join(" | ")
        );
        if writeln!(out, "{line}").is_err() {
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    status
}
