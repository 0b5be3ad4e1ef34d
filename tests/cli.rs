//! The example binary, driven as a user would: files, folders, stdin, bad input.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// `cargo test` builds the examples before running integration tests; find `warta` beside the
/// test binary (target/<profile>/deps/cli-* → target/<profile>/examples/warta).
fn warta_bin() -> PathBuf {
    let exe = std::env::current_exe().unwrap();
    let profile_dir = exe.parent().unwrap().parent().unwrap();
    let bin = profile_dir
        .join("examples")
        .join(format!("warta{}", std::env::consts::EXE_SUFFIX));
    assert!(
        bin.exists(),
        "example binary not built at {}",
        bin.display()
    );
    bin
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(warta_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    // The binary may exit before reading its input (bad arguments): a broken pipe is fine.
    let _ = input.write_all(stdin.unwrap_or_default());
    drop(input);
    child.wait_with_output().unwrap()
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("warta-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p
}

fn json(bytes: &[u8]) -> serde_json::Value {
    serde_json::from_slice(bytes).unwrap_or_else(|e| {
        panic!("not JSON ({e}): {}", String::from_utf8_lossy(bytes));
    })
}

const TEXT: &str = "SAMARINDA – Rapat digelar hari ini. Semua hadir.\n";

#[test]
fn one_file_prints_one_document() {
    let dir = tempdir("one");
    let f = write(&dir, "a.txt", TEXT.as_bytes());
    let out = run(
        &["--reference-date", "2021-06-17", f.to_str().unwrap()],
        None,
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let doc = json(&out.stdout);
    assert_eq!(doc["length"]["bytes"], TEXT.len());
    assert_eq!(doc["reference_date"]["date"], "2021-06-17");
    assert_eq!(doc["reference_date"]["source"], "caller");
    assert!(doc.get("source").is_none());
    assert!(doc.get("tokens").is_none());
    assert!(doc["entities"].is_array());
}

#[test]
fn tokens_flag_adds_tokens_with_both_offsets() {
    let out = run(&["--tokens", "-"], Some("Sa’bani datang.".as_bytes()));
    assert!(out.status.success());
    let doc = json(&out.stdout);
    let toks = doc["tokens"].as_array().unwrap();
    let last = toks.last().unwrap();
    assert_eq!(last["end"], "Sa’bani datang.".len());
    assert_eq!(last["char_end"], "Sa’bani datang.".chars().count());
}

#[test]
fn folder_prints_json_lines_with_sources_in_order() {
    let dir = tempdir("folder");
    write(&dir, "b.txt", b"Kedua.");
    write(&dir, "a.txt", b"Pertama.");
    write(&dir, "sub/c.txt", b"Ketiga.");
    let out = run(&[dir.to_str().unwrap()], None);
    assert!(out.status.success());
    let lines: Vec<serde_json::Value> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(json)
        .collect();
    let sources: Vec<&str> = lines
        .iter()
        .map(|l| l["source"].as_str().unwrap())
        .collect();
    assert_eq!(sources.len(), 3);
    assert!(sources[0].ends_with("a.txt"));
    assert!(sources[1].ends_with("b.txt"));
    assert!(sources[2].ends_with("c.txt"));
}

#[test]
fn bad_files_are_reported_and_the_rest_processed() {
    let dir = tempdir("bad");
    let good = write(&dir, "good.txt", b"Baik.");
    let bad = write(&dir, "bad.txt", b"Rusak \xff\xfe di sini.");
    let missing = dir.join("missing.txt");
    let out = run(
        &[
            bad.to_str().unwrap(),
            missing.to_str().unwrap(),
            good.to_str().unwrap(),
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("bad.txt: not UTF-8 (invalid byte at offset 6)"),
        "{stderr}"
    );
    assert!(stderr.contains("missing.txt"), "{stderr}");
    let lines: Vec<&[u8]> = out
        .stdout
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(lines.len(), 1);
    assert!(json(lines[0])["source"]
        .as_str()
        .unwrap()
        .ends_with("good.txt"));
}

#[test]
fn empty_input_is_an_empty_document() {
    let out = run(&["-"], Some(b""));
    assert!(out.status.success());
    let doc = json(&out.stdout);
    assert_eq!(doc["length"]["bytes"], 0);
    assert_eq!(doc["sentences"].as_array().unwrap().len(), 0);
    assert_eq!(doc["entities"].as_array().unwrap().len(), 0);
}

#[test]
fn bad_reference_date_exits_2() {
    let out = run(&["--reference-date", "17-06-2021", "-"], Some(b"x"));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("YYYY-MM-DD"));
}

#[test]
fn spans_format_is_what_the_ud_scorer_reads() {
    let text = "Ia pergi. Saya pulang.\n";
    let out = run(&["--format", "spans", "-"], Some(text.as_bytes()));
    assert!(out.status.success());
    let v = json(&out.stdout);
    assert_eq!(v["unit"], "byte");
    let toks = v["tokens"].as_array().unwrap();
    assert_eq!(toks[0], serde_json::json!([0, 2]));
    assert_eq!(v["sentences"].as_array().unwrap().len(), 2);
}
