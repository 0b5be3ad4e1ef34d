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
    let stdin = stdin.unwrap_or_default().to_vec();
    // Written from another thread: the binary writes output while it reads its input, and
    // both pipes are bounded. It may exit before reading (bad arguments): a broken pipe is fine.
    let feeder = std::thread::spawn(move || {
        let _ = input.write_all(&stdin);
    });
    let out = child.wait_with_output().unwrap();
    feeder.join().unwrap();
    out
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

/// The non-empty lines of `bytes`, each parsed as JSON.
fn json_lines(bytes: &[u8]) -> Vec<serde_json::Value> {
    bytes
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .map(json)
        .collect()
}

#[test]
fn bad_files_become_error_records_and_the_rest_is_processed() {
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
    assert!(
        stderr.contains("3 documents, 2 failed"),
        "summary line: {stderr}"
    );
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 3, "one record per input, in input order");
    assert!(lines[0]["source"].as_str().unwrap().ends_with("bad.txt"));
    assert_eq!(lines[0]["error"], "not UTF-8 (invalid byte at offset 6)");
    assert!(lines[1]["source"]
        .as_str()
        .unwrap()
        .ends_with("missing.txt"));
    assert!(lines[1]["error"].as_str().unwrap().len() > 5);
    assert!(lines[2]["source"].as_str().unwrap().ends_with("good.txt"));
    assert!(lines[2].get("error").is_none());
    assert!(lines[2]["entities"].is_array());
}

#[test]
fn one_bad_file_is_an_error_record_with_exit_1() {
    let dir = tempdir("onebad");
    let bad = write(&dir, "bad.txt", b"\xc3");
    let out = run(&[bad.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let v = json(&out.stdout);
    assert_eq!(v["error"], "not UTF-8 (invalid byte at offset 0)");
}

#[test]
fn oversize_files_are_error_records() {
    let dir = tempdir("big");
    write(&dir, "a.txt", "Kecil.".as_bytes());
    write(&dir, "b.txt", "Besar sekali. ".repeat(100).as_bytes());
    let out = run(&["--max-bytes", "1K", dir.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 2);
    assert!(lines[0].get("error").is_none());
    let err = lines[1]["error"].as_str().unwrap();
    assert!(err.contains("1400 bytes") && err.contains("1024"), "{err}");
}

#[test]
fn bad_max_bytes_and_threads_are_usage_errors() {
    for args in [
        &["--max-bytes", "lots", "-"][..],
        &["--max-bytes", "0", "-"],
        &["--max-bytes", "5T", "-"],
        &["--threads", "0", "-"],
    ] {
        let out = run(args, Some(b"x"));
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
    }
}

const JSONL: &str = concat!(
    r#"{"id": "a", "text": "SAMARINDA – Rapat digelar Kamis (17/6/2021). Semua hadir."}"#,
    "\n",
    "\n",
    r#"{"id": 7, "text": 5}"#,
    "\n",
    "bukan json\n",
    r#"{"text": "Besok rapat lagi.", "reference_date": "2021-06-17"}"#,
    "\r\n",
    r#"{"id": "d", "text": "Hari ini.", "reference_date": "17/06/2021"}"#,
    "\n",
    "{\"id\": \"e\", \"text\": \"R\u{e9}sum\u{e9} \u{1F469}\u{200D}\u{1F4BB}\"}",
);

#[test]
fn json_lines_input_gives_records_with_ids_and_line_sources() {
    let dir = tempdir("jsonl");
    let f = write(&dir, "docs.jsonl", JSONL.as_bytes());
    let name = f.to_str().unwrap();
    // A `.jsonl` path is read as JSON Lines without the flag; `-` needs it.
    for (args, stdin, prefix) in [
        (vec![name], None, format!("{name}:")),
        (
            vec!["--jsonl", "-"],
            Some(JSONL.as_bytes()),
            "-:".to_string(),
        ),
    ] {
        let out = run(&args, stdin);
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let lines = json_lines(&out.stdout);
        let sources: Vec<String> = lines
            .iter()
            .map(|l| l["source"].as_str().unwrap().to_string())
            .collect();
        let want: Vec<String> = [1, 3, 4, 5, 6, 7]
            .iter()
            .map(|n| format!("{prefix}{n}"))
            .collect();
        assert_eq!(sources, want, "blank lines are skipped, order is kept");
        assert_eq!(lines[0]["id"], "a");
        assert_eq!(lines[0]["reference_date"]["source"], "document");
        assert_eq!(lines[1]["id"], 7, "a bad line keeps its id");
        assert!(lines[1]["error"]
            .as_str()
            .unwrap()
            .starts_with("malformed JSON line"));
        assert!(lines[2].get("id").is_none());
        assert!(lines[2]["error"].is_string());
        assert_eq!(lines[3]["reference_date"]["date"], "2021-06-17");
        assert_eq!(lines[3]["reference_date"]["source"], "caller");
        assert_eq!(lines[3]["entities"][0]["value"], "2021-06-18", "besok");
        assert_eq!(lines[4]["id"], "d");
        assert!(lines[4]["error"].as_str().unwrap().contains("YYYY-MM-DD"));
        assert_eq!(lines[5]["id"], "e");
        assert_eq!(lines[5]["length"]["chars"], 10);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("6 documents, 3 failed"), "{stderr}");
    }
}

#[test]
fn allow_failures_exits_0_with_the_error_records() {
    let input = b"{\"id\": 1, \"text\": \"Baik.\"}\nrusak\n";
    let out = run(&["--jsonl", "--allow-failures", "-"], Some(input));
    assert_eq!(out.status.code(), Some(0));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 2);
    assert!(lines[1]["error"].is_string());
    assert!(String::from_utf8_lossy(&out.stderr).contains("2 documents, 1 failed"));
}

#[test]
fn oversize_and_non_utf8_json_lines_are_error_records() {
    let mut input = Vec::new();
    input.extend_from_slice(br#"{"id": 1, "text": "pendek"}"#);
    input.push(b'\n');
    input.extend_from_slice(format!(r#"{{"id": 2, "text": "{}"}}"#, "x".repeat(5000)).as_bytes());
    input.push(b'\n');
    input.extend_from_slice(b"{\"id\": 3, \"text\": \"\xff\"}\n");
    input.extend_from_slice(br#"{"id": 4, "text": "akhir"}"#);
    let out = run(&["--jsonl", "--max-bytes", "4K", "-"], Some(&input));
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 4);
    assert_eq!(lines[0]["id"], 1);
    assert!(lines[0].get("error").is_none());
    assert_eq!(lines[1]["source"], "-:2");
    assert!(lines[1]["error"]
        .as_str()
        .unwrap()
        .contains("5021 bytes, over the --max-bytes limit of 4096"));
    assert_eq!(lines[2]["source"], "-:3");
    assert_eq!(lines[2]["error"], "not UTF-8 (invalid byte at offset 19)");
    assert_eq!(lines[3]["id"], 4);
    assert_eq!(lines[3]["length"]["bytes"], 5);
}

/// Many documents through a small window on two threads: every one comes out, in order, with
/// the same reading as a one-thread run.
#[test]
fn parallel_output_is_in_input_order_and_equals_one_thread() {
    let mut input = String::new();
    for i in 0..600 {
        let text = match i % 4 {
            0 => format!("SAMARINDA – Rapat ke-{i} digelar Kamis (17/6/2021)."),
            1 => "Gubernur Kaltim H Isran Noor meninjau Kukar. ".repeat(i % 37 + 1),
            2 => String::new(),
            _ => format!("Dokumen {i}. {}", "Kata. ".repeat(i)),
        };
        let line = serde_json::json!({"id": i, "text": text});
        input.push_str(&line.to_string());
        input.push('\n');
    }
    let one = run(&["--jsonl", "--threads", "1", "-"], Some(input.as_bytes()));
    let two = run(&["--jsonl", "--threads", "2", "-"], Some(input.as_bytes()));
    assert!(one.status.success() && two.status.success());
    assert_eq!(one.stdout, two.stdout);
    let ids: Vec<u64> = json_lines(&two.stdout)
        .iter()
        .map(|l| l["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, (0..600).collect::<Vec<u64>>());
}

#[test]
fn folder_with_jsonl_flag_reads_every_file_as_json_lines() {
    let dir = tempdir("jsonldir");
    write(&dir, "a/1.json", br#"{"id": "x", "text": "Satu."}"#);
    write(
        &dir,
        "b.txt",
        b"{\"id\": \"y\", \"text\": \"Dua.\"}\n{\"id\": \"z\", \"text\": \"Tiga.\"}\n",
    );
    let out = run(&["--jsonl", dir.to_str().unwrap()], None);
    assert!(out.status.success());
    let ids: Vec<String> = json_lines(&out.stdout)
        .iter()
        .map(|l| l["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["x", "y", "z"]);
}

#[cfg(unix)]
#[test]
fn links_to_folders_inside_folders_are_not_followed() {
    let dir = tempdir("loop");
    write(&dir, "a.txt", b"Satu.");
    std::os::unix::fs::symlink(&dir, dir.join("loop")).unwrap();
    let out = run(&[dir.to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(1));
    let lines = json_lines(&out.stdout);
    assert_eq!(lines.len(), 2);
    assert!(lines[0]["source"].as_str().unwrap().ends_with("a.txt"));
    assert!(lines[1]["source"].as_str().unwrap().ends_with("loop"));
    assert!(lines[1]["error"].as_str().unwrap().contains("not followed"));
}

#[test]
fn unwritable_output_exits_2() {
    // `/dev/full` refuses every write.
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    let dir = tempdir("full");
    write(&dir, "a.txt", TEXT.as_bytes());
    write(&dir, "b.txt", TEXT.as_bytes());
    let out = Command::new(warta_bin())
        .arg(&dir)
        .stdout(full)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("writing output"));
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
