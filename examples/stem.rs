//! Stems words with warta's Indonesian stemmer: one word per input line, its stem per
//! output line (`tools/stem_eval.py` drives it).
//!
//! ```text
//! printf 'memukul\nperdagangan\n' | cargo run --release --example stem
//! ```

use std::io::{self, BufRead, BufWriter, Write};

fn main() -> io::Result<()> {
    let stemmer = warta::topics::Stemmer::builtin();
    let stdin = io::stdin().lock();
    let mut out = BufWriter::new(io::stdout().lock());
    for line in stdin.lines() {
        let line = line?;
        writeln!(out, "{}", stemmer.stem(line.trim()))?;
    }
    out.flush()
}
