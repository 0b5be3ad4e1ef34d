//! The warta command line: reads press releases, prints JSON.
//!
//! ```text
//! cargo run --release --example warta -- [--reference-date YYYY-MM-DD] [--tokens] [--pretty]
//!     [--format json|spans] [--jsonl] [--threads N] [--max-bytes N] [--allow-failures]
//!     [--villages | --no-villages] PATH...
//! ```
//!
//! One text file: one JSON document. Several files or a folder (recursively, sorted): JSON
//! Lines, one document per line with its `source` path. `-` reads standard input. With
//! `--jsonl` (or for a PATH named `*.jsonl`) the input is JSON Lines, one document per line:
//! `{"id": …, "text": …, "reference_date": …}` (`id` and `reference_date` optional); each
//! output line carries the `id` and a `source` of the form `FILE:LINE`.
//!
//! Documents are read on all cores (`--threads`), written in input order, with a bounded
//! number of documents in flight so memory does not grow with the input. A document that
//! cannot be read, is not UTF-8, is not a well-formed JSON line or is larger than
//! `--max-bytes` becomes an error record `{"source": …, "error": …}` in the output (and a
//! line on stderr); every other document is still processed.
//!
//! Exit codes: 0 all documents processed (or `--allow-failures`); 1 some documents failed
//! (error records in the output); 2 bad arguments or the output could not be written.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use clap::{Parser, ValueEnum};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use serde::{Deserialize, Serialize};
use warta::{Document, Extractor};

#[derive(Parser, Debug)]
#[command(
    name = "warta",
    version,
    about = "Structured JSON from Indonesian news text",
    after_help = "Exit codes: 0 all documents processed; 1 some documents failed (each is an \
                  error record in the output and a line on stderr); 2 bad arguments or output \
                  could not be written."
)]
struct Args {
    /// Resolve relative dates against this day (YYYY-MM-DD); default: inferred per document.
    /// A JSON Lines document's own `reference_date` takes precedence.
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
    /// Read every input as JSON Lines of documents `{"id": …, "text": …, "reference_date": …}`
    /// (a PATH named `*.jsonl` is read so without this flag; `-` is standard input).
    #[arg(long)]
    jsonl: bool,
    /// Worker threads; default: one per core.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    threads: Option<u16>,
    /// Largest document (a file, or one JSON line) read; larger ones become error records.
    /// Accepts a K, M or G suffix (powers of 1024).
    #[arg(long, value_name = "BYTES", default_value = "16M", value_parser = parse_size)]
    max_bytes: u64,
    /// Exit 0 even when some documents failed (their error records are in the output), for
    /// drivers that take any other exit status for a crash (Spark `pipe`, Hadoop streaming).
    #[arg(long)]
    allow_failures: bool,
    /// Load the village lexicon (desa and kelurahan with their codes).
    #[arg(long, overrides_with = "no_villages")]
    villages: bool,
    /// Do not load the village lexicon.
    #[arg(long, overrides_with = "villages")]
    no_villages: bool,
    /// Files or folders to read; `-` is standard input.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    Json,
    Spans,
}

/// `123`, `64K`, `16M`, `1G` (powers of 1024).
fn parse_size(s: &str) -> Result<u64, String> {
    let (digits, unit) = match s.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => (&s[..i], c.to_ascii_uppercase()),
        _ => (s, 'B'),
    };
    let shift = match unit {
        'B' => 0,
        'K' => 10,
        'M' => 20,
        'G' => 30,
        _ => return Err(format!("unknown unit `{unit}` (use K, M or G)")),
    };
    let n: u64 = digits
        .parse()
        .map_err(|_| format!("`{s}` is not a size in bytes"))?;
    n.checked_mul(1 << shift)
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("`{s}` is out of range"))
}

/// One unit of work: a document to read and extract, or a failure found while reading input.
enum Job {
    /// A text file of the given size, read by the worker.
    File(PathBuf, u64),
    /// A text already read (standard input).
    Text { source: String, text: Vec<u8> },
    /// One JSON line.
    Line { source: String, line: Vec<u8> },
    /// An input that failed before it became a document.
    Failed { source: String, error: String },
}

impl Job {
    /// Bytes this job holds or will read into memory (for the in-flight budget).
    fn held_bytes(&self) -> usize {
        match self {
            Job::Text { text: b, .. } | Job::Line { line: b, .. } => b.len(),
            Job::File(_, len) => *len as usize,
            Job::Failed { .. } => 0,
        }
    }
}

/// What became of one job: its output line (without the newline) and its accounting.
struct Outcome {
    json: Vec<u8>,
    /// Input bytes read for it.
    bytes: u64,
    /// `source: reason`, for stderr, when it failed.
    error: Option<String>,
}

/// One JSON line of input.
#[derive(Deserialize)]
struct LineDoc {
    #[serde(default)]
    id: Option<serde_json::Value>,
    text: String,
    #[serde(default)]
    reference_date: Option<String>,
}

#[derive(Serialize)]
struct Record<'a, T: Serialize> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    source: &'a str,
    #[serde(flatten)]
    doc: &'a T,
}

#[derive(Serialize)]
struct ErrorRecord<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a serde_json::Value>,
    source: &'a str,
    error: &'a str,
}

#[derive(Serialize)]
struct Spans {
    tokens: Vec<[usize; 2]>,
    sentences: Vec<[usize; 2]>,
    unit: &'static str,
}

fn spans(doc: &Document) -> Spans {
    Spans {
        tokens: doc
            .tokens
            .iter()
            .flatten()
            .map(|t| [t.span.start, t.span.end])
            .collect(),
        sentences: doc.sentences.iter().map(|s| [s.start, s.end]).collect(),
        unit: "byte",
    }
}

/// What every worker needs, shared.
struct Ctx {
    extractor: Extractor,
    format: Format,
    max_bytes: u64,
    /// One document printed bare (no `source`), possibly pretty.
    single: bool,
    pretty: bool,
}

impl Ctx {
    fn process(&self, job: Job) -> Outcome {
        match job {
            Job::File(path, _) => {
                let source = path.display().to_string();
                match read_file(&path, self.max_bytes) {
                    Ok(bytes) => self.text_outcome(&source, bytes),
                    Err((bytes, error)) => self.failure(&source, None, error, bytes),
                }
            }
            Job::Text { source, text } => self.text_outcome(&source, text),
            Job::Line { source, line } => {
                let n = line.len() as u64;
                if let Err(e) = std::str::from_utf8(&line) {
                    let error = format!("not UTF-8 (invalid byte at offset {})", e.valid_up_to());
                    return self.failure(&source, None, error, n);
                }
                let doc: LineDoc = match serde_json::from_slice(&line) {
                    Ok(d) => d,
                    Err(e) => {
                        // Name the document by its id when the line has one.
                        let id = serde_json::from_slice::<serde_json::Value>(&line)
                            .ok()
                            .and_then(|mut v| v.get_mut("id").map(serde_json::Value::take));
                        let error = format!("malformed JSON line: {e}");
                        return self.failure(&source, id.as_ref(), error, n);
                    }
                };
                drop(line);
                let date = match doc.reference_date.as_deref().map(warta::parse_date) {
                    None => None,
                    Some(Ok(d)) => Some(d),
                    Some(Err(e)) => {
                        return self.failure(&source, doc.id.as_ref(), format!("{e}"), n);
                    }
                };
                let mut out = self.document(&source, doc.id.as_ref(), &doc.text, date);
                out.bytes = n;
                out
            }
            Job::Failed { source, error } => self.failure(&source, None, error, 0),
        }
    }

    /// [`process`](Self::process), with a panic turned into an error record.
    fn process_caught(&self, job: Job) -> Outcome {
        let source = match &job {
            Job::File(path, _) => path.display().to_string(),
            Job::Text { source, .. } | Job::Line { source, .. } | Job::Failed { source, .. } => {
                source.clone()
            }
        };
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.process(job))).unwrap_or_else(
            |p| {
                let msg = p
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| p.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                self.failure(&source, None, format!("internal error (panic): {msg}"), 0)
            },
        )
    }

    /// Extracts a text given as bytes, or fails if they are not UTF-8.
    fn text_outcome(&self, source: &str, bytes: Vec<u8>) -> Outcome {
        let n = bytes.len() as u64;
        match String::from_utf8(bytes) {
            Ok(text) => self.document(source, None, &text, None),
            Err(e) => {
                let offset = e.utf8_error().valid_up_to();
                let error = format!("not UTF-8 (invalid byte at offset {offset})");
                self.failure(source, None, error, n)
            }
        }
    }

    fn document(
        &self,
        source: &str,
        id: Option<&serde_json::Value>,
        text: &str,
        date: Option<jiff::civil::Date>,
    ) -> Outcome {
        let doc = match date {
            Some(d) => self.extractor.extract_with(text, Some(d)),
            None => self.extractor.extract(text),
        };
        let mut json = Vec::with_capacity(text.len() * 2 + 256);
        let res = match (self.format, self.single) {
            (Format::Spans, true) => serde_json::to_writer(&mut json, &spans(&doc)),
            (Format::Spans, false) => serde_json::to_writer(
                &mut json,
                &Record {
                    id,
                    source,
                    doc: &spans(&doc),
                },
            ),
            (Format::Json, true) if self.pretty => serde_json::to_writer_pretty(&mut json, &doc),
            (Format::Json, true) => doc.write_json(&mut json),
            // The bytes of `Record { id, source, doc }`: its two fields, then the document's
            // own fields (write_json is several times faster than serde for documents).
            (Format::Json, false) => (|| {
                json.push(b'{');
                if let Some(id) = id {
                    json.extend_from_slice(b"\"id\":");
                    serde_json::to_writer(&mut json, id)?;
                    json.push(b',');
                }
                json.extend_from_slice(b"\"source\":");
                serde_json::to_writer(&mut json, source)?;
                let at = json.len();
                doc.write_json(&mut json)?;
                // The document's opening brace becomes the comma after `source`.
                json[at] = b',';
                Ok(())
            })(),
        };
        match res {
            Ok(()) => Outcome {
                json,
                bytes: text.len() as u64,
                error: None,
            },
            Err(e) => self.failure(source, id, format!("cannot serialise: {e}"), 0),
        }
    }

    fn failure(
        &self,
        source: &str,
        id: Option<&serde_json::Value>,
        error: String,
        bytes: u64,
    ) -> Outcome {
        let record = ErrorRecord {
            id,
            source,
            error: &error,
        };
        let json = serde_json::to_vec(&record).expect("strings and JSON values serialise");
        Outcome {
            json,
            bytes,
            error: Some(format!("{source}: {error}")),
        }
    }
}

/// Reads a file of at most `max` bytes; on failure, the bytes it has and the reason.
fn read_file(path: &Path, max: u64) -> Result<Vec<u8>, (u64, String)> {
    let mut f = File::open(path).map_err(|e| (0, e.to_string()))?;
    let len = f.metadata().map(|m| m.len()).unwrap_or(0);
    if len > max {
        return Err((len, too_large("file", len, max)));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    Read::by_ref(&mut f)
        .take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| (bytes.len() as u64, e.to_string()))?;
    if bytes.len() as u64 > max {
        return Err((
            bytes.len() as u64,
            too_large("file", bytes.len() as u64, max),
        ));
    }
    Ok(bytes)
}

fn too_large(what: &str, len: u64, max: u64) -> String {
    if len > max + 1 {
        format!("{what} is {len} bytes, over the --max-bytes limit of {max}")
    } else {
        format!("{what} is over the --max-bytes limit of {max} bytes")
    }
}

/// Reads standard input whole, up to `max` bytes.
fn read_stdin(max: u64) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .take(max + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    if bytes.len() as u64 > max {
        return Err(too_large("input", bytes.len() as u64, max));
    }
    Ok(bytes)
}

/// A JSON Lines input read line by line, keeping at most `max + 1` bytes of any line.
struct JsonLines {
    name: String,
    reader: Box<dyn BufRead>,
    line_no: u64,
    max: u64,
}

impl JsonLines {
    /// The next document line, a failure, or `None` at the end (or after a read error).
    fn next_job(&mut self) -> Option<Job> {
        loop {
            let mut line = Vec::new();
            let total = match read_line_bounded(&mut *self.reader, self.max + 1, &mut line) {
                Ok(Some(total)) => total,
                Ok(None) => return None,
                Err(e) => {
                    self.max = 0;
                    self.reader = Box::new(io::empty());
                    return Some(Job::Failed {
                        source: format!("{}:{}", self.name, self.line_no + 1),
                        error: format!("read error: {e}"),
                    });
                }
            };
            self.line_no += 1;
            let source = format!("{}:{}", self.name, self.line_no);
            if total > self.max {
                return Some(Job::Failed {
                    source,
                    error: too_large("line", total, self.max),
                });
            }
            if line.last() == Some(&b'\r') {
                line.pop();
            }
            if line.iter().all(|b| b.is_ascii_whitespace()) {
                continue;
            }
            return Some(Job::Line { source, line });
        }
    }
}

/// Reads one line (without its `\n`) into `buf`, keeping at most `keep` bytes of it and
/// skipping the rest; returns the line's full length, or `None` at the end of input.
fn read_line_bounded(r: &mut dyn BufRead, keep: u64, buf: &mut Vec<u8>) -> io::Result<Option<u64>> {
    let mut total = 0u64;
    let mut any = false;
    loop {
        let chunk = match r.fill_buf() {
            Ok(c) => c,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if chunk.is_empty() {
            return Ok(any.then_some(total));
        }
        any = true;
        let (piece, used, done) = match chunk.iter().position(|&b| b == b'\n') {
            Some(i) => (&chunk[..i], i + 1, true),
            None => (chunk, chunk.len(), false),
        };
        let room = keep.saturating_sub(buf.len() as u64) as usize;
        buf.extend_from_slice(&piece[..piece.len().min(room)]);
        total += piece.len() as u64;
        r.consume(used);
        if done {
            return Ok(Some(total));
        }
    }
}

/// The inputs as a lazy stream of jobs: folders are walked one listing at a time, JSON Lines
/// read one line at a time, so memory does not grow with the number of documents.
struct Inputs {
    paths: std::vec::IntoIter<PathBuf>,
    /// Sorted listings of the folders being walked, innermost last.
    stack: Vec<std::vec::IntoIter<PathBuf>>,
    lines: Option<JsonLines>,
    jsonl: bool,
    max: u64,
}

impl Inputs {
    fn new(paths: Vec<PathBuf>, jsonl: bool, max: u64) -> Inputs {
        Inputs {
            paths: paths.into_iter(),
            stack: Vec::new(),
            lines: None,
            jsonl,
            max,
        }
    }

    fn is_jsonl(&self, path: &Path, explicit: bool) -> bool {
        self.jsonl || (explicit && path.extension().is_some_and(|e| e == "jsonl"))
    }
}

impl Iterator for Inputs {
    type Item = Job;

    fn next(&mut self) -> Option<Job> {
        loop {
            if let Some(lines) = &mut self.lines {
                match lines.next_job() {
                    Some(job) => return Some(job),
                    None => self.lines = None,
                }
            }
            let (path, explicit) = match self.stack.last_mut() {
                Some(listing) => match listing.next() {
                    Some(p) => (p, false),
                    None => {
                        self.stack.pop();
                        continue;
                    }
                },
                None => (self.paths.next()?, true),
            };
            let source = path.display().to_string();
            if path.as_os_str() == "-" {
                if self.is_jsonl(&path, false) {
                    self.lines = Some(JsonLines {
                        name: source,
                        reader: Box::new(BufReader::with_capacity(1 << 16, io::stdin())),
                        line_no: 0,
                        max: self.max,
                    });
                    continue;
                }
                return Some(match read_stdin(self.max) {
                    Ok(text) => Job::Text { source, text },
                    Err(error) => Job::Failed { source, error },
                });
            }
            let meta = std::fs::metadata(&path);
            let is_dir = meta.as_ref().is_ok_and(|m| m.is_dir());
            // Links to folders are followed only when named on the command line: a link
            // inside a folder could lead back to it.
            if is_dir && !explicit && path.is_symlink() {
                return Some(Job::Failed {
                    source,
                    error: "symbolic link to a folder, not followed".to_string(),
                });
            }
            if is_dir {
                match std::fs::read_dir(&path) {
                    Ok(rd) => {
                        let mut children: Vec<PathBuf> = rd
                            .filter_map(|e| e.ok())
                            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
                            .map(|e| e.path())
                            .collect();
                        children.sort();
                        self.stack.push(children.into_iter());
                        continue;
                    }
                    Err(e) => {
                        return Some(Job::Failed {
                            source,
                            error: e.to_string(),
                        })
                    }
                }
            }
            if self.is_jsonl(&path, explicit) {
                match File::open(&path) {
                    Ok(f) => {
                        self.lines = Some(JsonLines {
                            name: source,
                            reader: Box::new(BufReader::with_capacity(1 << 16, f)),
                            line_no: 0,
                            max: self.max,
                        });
                        continue;
                    }
                    Err(e) => {
                        return Some(Job::Failed {
                            source,
                            error: e.to_string(),
                        })
                    }
                }
            }
            // Unreadable files fail in the worker, with the reason.
            return Some(Job::File(path, meta.map(|m| m.len()).unwrap_or(0)));
        }
    }
}

/// Counts, for the progress bar and the summary line.
#[derive(Default)]
struct Tally {
    documents: u64,
    failed: u64,
    bytes: u64,
}

impl Tally {
    fn rates(&self, elapsed: Duration) -> (f64, f64) {
        let s = elapsed.as_secs_f64().max(1e-9);
        (self.documents as f64 / s, self.bytes as f64 / s / 1e6)
    }
}

/// Writes outcomes in input order and keeps the counts; `Err` is an output error.
struct Writer<W: Write> {
    out: W,
    tally: Tally,
    progress: Option<ProgressBar>,
    started: Instant,
    last_draw: Instant,
}

impl<W: Write> Writer<W> {
    fn write(&mut self, o: Outcome) -> io::Result<()> {
        self.out.write_all(&o.json)?;
        self.out.write_all(b"\n")?;
        self.tally.documents += 1;
        self.tally.bytes += o.bytes;
        if let Some(e) = &o.error {
            self.tally.failed += 1;
            match &self.progress {
                Some(pb) => pb.suspend(|| eprintln!("warta: {e}")),
                None => eprintln!("warta: {e}"),
            }
        }
        if let Some(pb) = &self.progress {
            if self.last_draw.elapsed() >= Duration::from_millis(100) {
                self.last_draw = Instant::now();
                let (docs, mb) = self.tally.rates(self.started.elapsed());
                pb.set_position(self.tally.documents);
                pb.set_message(format!(
                    "{:.1} MB, {docs:.0} docs/s, {mb:.1} MB/s, {} failed",
                    self.tally.bytes as f64 / 1e6,
                    self.tally.failed
                ));
            }
        }
        Ok(())
    }
}

/// Documents in flight at once (read, being extracted, or waiting to be written in order).
fn window_docs(threads: usize) -> usize {
    (threads * 64).max(128)
}

/// Input bytes in flight at once; one larger document is always let through alone.
const WINDOW_BYTES: usize = 32 << 20;

/// Documents are handed to the workers in groups of up to this many, or this many bytes, so
/// the hand-off between threads costs little beside the extraction of small documents.
const GROUP_DOCS: usize = 16;
const GROUP_BYTES: usize = 256 << 10;

/// Reads `inputs` on this thread, extracts groups of documents on the pool, and writes the
/// outcomes in input order, with at most a window of documents and bytes in flight.
fn run_batch<W: Write>(
    ctx: Arc<Ctx>,
    pool: &rayon::ThreadPool,
    inputs: Inputs,
    writer: &mut Writer<W>,
) -> io::Result<()> {
    let window = window_docs(pool.current_num_threads());
    let (tx, rx) = mpsc::channel::<(u64, usize, Vec<Outcome>)>();
    // Finished groups waiting for an earlier one, by group number.
    let mut pending: BTreeMap<u64, (usize, Vec<Outcome>)> = BTreeMap::new();
    let (mut next_group, mut next_write) = (0u64, 0u64);
    let (mut docs_in_flight, mut bytes_in_flight) = (0usize, 0usize);
    let mut inputs = inputs.peekable();
    loop {
        // Fill the window with groups.
        while docs_in_flight < window {
            let mut group = Vec::new();
            let mut group_bytes = 0;
            while group.len() < GROUP_DOCS
                && group_bytes < GROUP_BYTES
                && docs_in_flight + group.len() < window
            {
                let fits = |j: &Job| {
                    let held = bytes_in_flight + group_bytes;
                    held == 0 || held + j.held_bytes() <= WINDOW_BYTES
                };
                let Some(job) = inputs.next_if(fits) else {
                    break;
                };
                group_bytes += job.held_bytes();
                group.push(job);
            }
            if group.is_empty() {
                break;
            }
            docs_in_flight += group.len();
            bytes_in_flight += group_bytes;
            let (ctx, tx, seq) = (Arc::clone(&ctx), tx.clone(), next_group);
            next_group += 1;
            pool.spawn(move || {
                let outcomes = group
                    .into_iter()
                    .map(|job| ctx.process_caught(job))
                    .collect();
                // The receiver lives until every group sent is written.
                let _ = tx.send((seq, group_bytes, outcomes));
            });
        }
        if next_group == next_write {
            return Ok(());
        }
        let (seq, size, outcomes) = rx.recv().expect("a worker holds a sender");
        pending.insert(seq, (size, outcomes));
        while let Some((size, outcomes)) = pending.remove(&next_write) {
            next_write += 1;
            bytes_in_flight -= size;
            docs_in_flight -= outcomes.len();
            for outcome in outcomes {
                writer.write(outcome)?;
            }
        }
    }
}

fn main() -> ExitCode {
    let args = Args::parse();
    let mut builder = Extractor::builder().tokens(args.tokens || args.format == Format::Spans);
    if let Some(d) = &args.reference_date {
        builder = builder.reference_date(d);
    }
    if args.villages || args.no_villages {
        builder = builder.villages(args.villages);
    }
    let extractor = match builder.build() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("warta: {e}");
            return ExitCode::from(2);
        }
    };
    let mut pool = rayon::ThreadPoolBuilder::new().thread_name(|i| format!("warta-{i}"));
    if let Some(n) = args.threads {
        pool = pool.num_threads(n as usize);
    }
    let pool = match pool.build() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("warta: cannot start worker threads: {e}");
            return ExitCode::from(2);
        }
    };

    let first = &args.paths[0];
    let named_jsonl = first.as_os_str() != "-" && first.extension().is_some_and(|e| e == "jsonl");
    let single = args.paths.len() == 1 && !args.jsonl && !first.is_dir() && !named_jsonl;
    let ctx = Arc::new(Ctx {
        extractor,
        format: args.format,
        max_bytes: args.max_bytes,
        single,
        pretty: args.pretty,
    });
    let progress = (!single && io::stderr().is_terminal()).then(|| {
        let pb = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        pb.set_style(
            ProgressStyle::with_template("{spinner} {elapsed_precise} {pos} documents, {msg}")
                .expect("a valid template"),
        );
        pb.set_message("starting");
        pb.enable_steady_tick(Duration::from_millis(200));
        pb
    });
    let stdout = io::stdout();
    let started = Instant::now();
    let mut writer = Writer {
        out: io::BufWriter::with_capacity(1 << 20, stdout.lock()),
        tally: Tally::default(),
        progress,
        started,
        last_draw: started,
    };
    let inputs = Inputs::new(args.paths.clone(), args.jsonl, args.max_bytes);
    let res = run_batch(ctx, &pool, inputs, &mut writer).and_then(|()| writer.out.flush());
    if let Some(pb) = &writer.progress {
        pb.finish_and_clear();
    }
    if let Err(e) = res {
        eprintln!("warta: writing output: {e}");
        return ExitCode::from(2);
    }
    let t = &writer.tally;
    if !single {
        let elapsed = started.elapsed();
        let (docs, mb) = t.rates(elapsed);
        eprintln!(
            "warta: {} documents, {} failed, {:.1} MB in {:.2} s ({docs:.0} docs/s, {mb:.1} MB/s, {} threads)",
            t.documents,
            t.failed,
            t.bytes as f64 / 1e6,
            elapsed.as_secs_f64(),
            pool.current_num_threads()
        );
    }
    if t.failed > 0 && !args.allow_failures {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
