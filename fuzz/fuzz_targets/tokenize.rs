//! The tokenizer and sentence splitter on arbitrary text: no panic; tokens and sentences are
//! sorted, disjoint, non-empty, on char boundaries, with char offsets that agree.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use warta::text::{Span, Tokenizer};

fn check(text: &str, s: &Span, prev_end: usize) {
    assert!(s.start < s.end && s.end <= text.len(), "{s:?}");
    assert!(s.start >= prev_end, "{s:?} overlaps or is unsorted");
    assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    assert_eq!(text[..s.start].chars().count(), s.char_start);
    assert_eq!(s.char_start + text[s.range()].chars().count(), s.char_end);
}

fuzz_target!(|data: &[u8]| {
    static TOKENIZER: OnceLock<Tokenizer> = OnceLock::new();
    let tokenizer = TOKENIZER.get_or_init(Tokenizer::builtin);
    let text = String::from_utf8_lossy(data);
    let analysis = tokenizer.analyze(&text);
    let mut prev = 0;
    for t in &analysis.tokens {
        check(&text, &t.span, prev);
        prev = t.span.end;
    }
    let mut prev = 0;
    for s in &analysis.sentences {
        check(&text, &s.span, prev);
        prev = s.span.end;
        assert!(s.tokens.end <= analysis.tokens.len());
    }
});
