//! The whole extraction on arbitrary text: no panic; every sentence, token, entity and
//! mention span is inside the text, on char boundaries, and the entity texts are the slices
//! of their spans; the JSON serialisation succeeds, and `Document::write_json` writes
//! exactly serde_json's bytes.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use warta::text::Span;
use warta::Extractor;

fn check(text: &str, s: &Span) {
    assert!(s.start <= s.end && s.end <= text.len(), "{s:?}");
    assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    assert_eq!(text[..s.start].chars().count(), s.char_start);
    assert_eq!(s.char_start + text[s.range()].chars().count(), s.char_end);
}

fuzz_target!(|data: &[u8]| {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    let extractor = EXTRACTOR.get_or_init(|| {
        Extractor::builder()
            .tokens(true)
            .build()
            .expect("the built-in lexicons compile")
    });
    let text = String::from_utf8_lossy(data);
    // Half the inputs with a caller's reference date, half inferring one.
    let doc = if data.first().is_some_and(|b| b & 1 == 1) {
        extractor.extract_with(&text, warta::parse_date("2021-06-17").ok())
    } else {
        extractor.extract(&text)
    };
    assert_eq!(doc.length.bytes, text.len());
    assert_eq!(doc.length.chars, text.chars().count());
    for s in &doc.sentences {
        check(&text, s);
    }
    for t in doc.tokens.iter().flatten() {
        check(&text, &t.span);
    }
    for e in &doc.entities {
        check(&text, &e.span);
        assert_eq!(&text[e.span.range()], e.text);
        for m in &e.mentions {
            check(&text, &m.span);
            assert_eq!(&text[m.span.range()], m.text);
        }
    }
    let json = serde_json::to_vec(&doc).expect("documents serialise");
    // The direct writer gives exactly serde's bytes.
    let mut direct = Vec::new();
    doc.write_json(&mut direct).expect("documents serialise");
    assert!(direct == json, "write_json differs from serde_json");
});
