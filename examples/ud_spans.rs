//! Token and sentence spans of text files from warta's tokenizer and sentence splitter alone,
//! in the format of the UD scorer (`tools/ud_eval.sh` drives it): one JSON line per file,
//! `{"tokens": [[s, e], ...], "sentences": [[s, e], ...], "unit": "byte"}`.
//!
//! ```text
//! cargo run --release --example ud_spans -- FILE...
//! ```
//!
//! Unlike `warta --format spans`, it runs no extractor, so a UD score measures the text layer
//! only.

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use warta::text::{Analysis, Tokenizer};

fn write_spans(
    out: &mut impl Write,
    name: &str,
    spans: impl Iterator<Item = (usize, usize)>,
) -> io::Result<()> {
    write!(out, "\"{name}\":[")?;
    for (k, (s, e)) in spans.enumerate() {
        if k > 0 {
            out.write_all(b",")?;
        }
        write!(out, "[{s},{e}]")?;
    }
    out.write_all(b"]")
}

fn main() -> ExitCode {
    let tokenizer = Tokenizer::builtin();
    let mut analysis = Analysis::default();
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
        tokenizer.analyze_into(&text, &mut analysis);
        let res = (|| {
            out.write_all(b"{")?;
            write_spans(
                &mut out,
                "tokens",
                analysis.tokens.iter().map(|t| (t.span.start, t.span.end)),
            )?;
            out.write_all(b",")?;
            write_spans(
                &mut out,
                "sentences",
                analysis
                    .sentences
                    .iter()
                    .map(|s| (s.span.start, s.span.end)),
            )?;
            out.write_all(b",\"unit\":\"byte\"}\n")
        })();
        if let Err(e) = res {
            eprintln!("writing output: {e}");
            return ExitCode::FAILURE;
        }
    }
    if out.flush().is_err() {
        return ExitCode::FAILURE;
    }
    status
}
