//! The warta command line: reads press releases, prints JSON.
//!
//! ```text
//! cargo run --release --example warta -- [--reference-date YYYY-MM-DD] [--tokens] [--pretty]
//!     [--format json|spans] PATH...
//! ```
//!
//! One file: one JSON document. Several files or a folder: JSON Lines, one document per line
//! with its `source` path. `-` reads standard input. Unreadable or non-UTF-8 files are
//! reported on stderr with the reason; the rest are processed and the exit code is 1.

use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use serde::Serialize;
use warta::{Document, Extractor};

#[derive(Parser, Debug)]
#[command(
    name = "warta",
    version,
    about = "Structured JSON from Indonesian news text"
)]
struct Args {
    /// Resolve relative dates against this day (YYYY-MM-DD); default: inferred per document.
    #[arg(long, value_name = "YYYY-MM-DD")]
    reference_date: Option<String>,
    /// Include the tokens in the output.
    #[arg(long)]
    tokens: bool,
    /// Pretty-print JSON (one document only).
    #[arg(long)]
    pretty: bool,
    /// Output format: full documents, or token and sentence spans for the UD scorer.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Files or folders to read; `-` is standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Json,
    Spans,
}

#[derive(Serialize)]
struct Sourced<'a, T: Serialize> {
    source: &'a str,
    #[serde(flatten)]
    doc: &'a T,
}

#[derive(Serialize)]
struct Spans {
    tokens: Vec<[usize; 2]>,
    sentences: Vec<[usize; 2]>,
    unit: &'static str,
}

/// Expands folders (recursively, sorted) into the files under them.
fn collect_inputs(paths: &[PathBuf], out: &mut Vec<PathBuf>, errors: &mut Vec<String>) {
    for p in paths {
        if p.as_os_str() == "-" || !p.is_dir() {
            out.push(p.clone());
            continue;
        }
        match std::fs::read_dir(p) {
            Ok(rd) => {
                let mut children: Vec<PathBuf> =
                    rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
                children.sort();
                children.retain(|c| {
                    !c.file_name()
                        .and_then(|n| n.to_str())
                        .is_some_and(|n| n.starts_with('.'))
                });
                collect_inputs(&children, out, errors);
            }
            Err(e) => errors.push(format!("{}: {e}", p.display())),
        }
    }
}

fn read_input(path: &Path) -> Result<String, String> {
    let name = path.display().to_string();
    let mut bytes = Vec::new();
    let res = if path.as_os_str() == "-" {
        io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut bytes).map(|_| ()))
    };
    res.map_err(|e| format!("{name}: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        warta::Error::InvalidUtf8 {
            source: name,
            offset: e.utf8_error().valid_up_to(),
        }
        .to_string()
    })
}

fn spans(text_doc: &Document) -> Spans {
    Spans {
        tokens: text_doc
            .tokens
            .iter()
            .flatten()
            .map(|t| [t.span.start, t.span.end])
            .collect(),
        sentences: text_doc
            .sentences
            .iter()
            .map(|s| [s.start, s.end])
            .collect(),
        unit: "byte",
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut builder = Extractor::builder().tokens(args.tokens || args.format == Format::Spans);
    if let Some(d) = &args.reference_date {
        builder = builder.reference_date(d);
    }
    let extractor = match builder.build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("warta: {e}");
            return ExitCode::from(2);
        }
    };

    let mut errors = Vec::new();
    let mut inputs = Vec::new();
    collect_inputs(&args.paths, &mut inputs, &mut errors);
    let single = args.paths.len() == 1 && inputs.len() == 1 && !args.paths[0].is_dir();

    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut failed = errors.len();
    for e in &errors {
        eprintln!("warta: {e}");
    }
    for path in &inputs {
        let text = match read_input(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("warta: {e}");
                failed += 1;
                continue;
            }
        };
        let doc = extractor.extract(&text);
        let source = path.display().to_string();
        let res = match (args.format, single) {
            (Format::Spans, true) => serde_json::to_writer(&mut out, &spans(&doc)),
            (Format::Spans, false) => serde_json::to_writer(
                &mut out,
                &Sourced {
                    source: &source,
                    doc: &spans(&doc),
                },
            ),
            (Format::Json, true) if args.pretty => serde_json::to_writer_pretty(&mut out, &doc),
            (Format::Json, true) => serde_json::to_writer(&mut out, &doc),
            (Format::Json, false) => serde_json::to_writer(
                &mut out,
                &Sourced {
                    source: &source,
                    doc: &doc,
                },
            ),
        };
        if let Err(e) = res.map_err(io::Error::from).and_then(|_| writeln!(out)) {
            eprintln!("warta: writing output: {e}");
            return ExitCode::from(2);
        }
    }
    if let Err(e) = out.flush() {
        eprintln!("warta: writing output: {e}");
        return ExitCode::from(2);
    }
    if failed > 0 {
        eprintln!("warta: {failed} input(s) failed");
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
