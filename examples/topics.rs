//! Labels text files with warta's topic scorer (`tools/topic_eval.py` drives it): one line
//! per file, `PATH<TAB>label:score,...<TAB>terms of the best label<TAB>key phrases`.
//!
//! ```text
//! cargo run --release --example topics -- FILE...
//! ```
//!
//! Words come from the stand-in splitters [`warta::topics::simple_words`] and
//! [`warta::topics::simple_tokens`] until the crate's tokenizer feeds topics.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use warta::topics::{simple_tokens, simple_words, KeyphraseExtractor, TopicScorer};

fn main() -> ExitCode {
    let scorer = TopicScorer::builtin();
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
        let topics = scorer.score(simple_words(&text));
        let labels: Vec<String> = topics
            .iter()
            .map(|t| format!("{}:{:.3}", t.label, t.score))
            .collect();
        let terms = topics
            .first()
            .map(|t| t.terms.join(","))
            .unwrap_or_default();
        let phrases: Vec<String> = KeyphraseExtractor::builtin()
            .extract(simple_tokens(&text))
            .into_iter()
            .take(6)
            .map(|k| k.text)
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
