//! Writes generated news-like press releases (the benchmarks' corpus, `benches/common/corpus.rs`)
//! for batch runs and peer comparisons.
//!
//! ```text
//! cargo run --release --example news_corpus -- jsonl MB > corpus.jsonl   # one article per line
//! cargo run --release --example news_corpus -- dir MB FOLDER             # one .txt per article
//! cargo run --release --example news_corpus -- single MB > one.txt       # one long document
//! ```
//!
//! `MB` is a minimum size in megabytes (10^6 bytes) of article text. The same arguments always
//! give the same bytes.

#[path = "../benches/common/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

fn usage() -> ExitCode {
    eprintln!("usage: news_corpus (jsonl MB | single MB | dir MB FOLDER)");
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(mode), Some(mb)) = (
        args.first(),
        args.get(1).and_then(|s| s.parse::<f64>().ok()),
    ) else {
        return usage();
    };
    let min_bytes = (mb * 1e6) as usize;
    let mut rng = corpus::Rng::new(0x5741_5254_4121);
    let res = match (mode.as_str(), args.get(2)) {
        ("jsonl", None) => {
            let mut out = BufWriter::new(io::stdout().lock());
            let mut written = 0;
            let mut id = 0u64;
            (|| {
                while written < min_bytes {
                    let text = corpus::article(&mut rng);
                    written += text.len();
                    let line = serde_json::json!({"id": id, "text": text});
                    serde_json::to_writer(&mut out, &line)?;
                    out.write_all(b"\n")?;
                    id += 1;
                }
                out.flush()
            })()
        }
        ("single", None) => {
            let text = corpus::news_corpus(min_bytes);
            let mut out = io::stdout().lock();
            out.write_all(text.as_bytes()).and_then(|()| out.flush())
        }
        ("dir", Some(folder)) => {
            let folder = PathBuf::from(folder);
            (|| {
                let mut written = 0;
                let mut id = 0u64;
                while written < min_bytes {
                    // 1000 files per subfolder, like an archive by day.
                    let sub = folder.join(format!("{:04}", id / 1000));
                    if id % 1000 == 0 {
                        std::fs::create_dir_all(&sub)?;
                    }
                    let text = corpus::article(&mut rng);
                    written += text.len();
                    std::fs::write(sub.join(format!("{id:07}.txt")), text)?;
                    id += 1;
                }
                Ok(())
            })()
        }
        _ => return usage(),
    };
    match res {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("news_corpus: {e}");
            ExitCode::from(1)
        }
    }
}
