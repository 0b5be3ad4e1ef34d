//! Properties of the whole extraction on arbitrary input: no panic, every span valid.

use proptest::prelude::*;
use warta::text::Span;
use warta::{Document, Extractor};

fn check_span(text: &str, span: &Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: {span:?} out of range"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: {span:?} not on char boundaries"
    );
    assert_eq!(
        text[..span.start].chars().count(),
        span.char_start,
        "{what}: char_start"
    );
    assert_eq!(
        span.char_start + text[span.range()].chars().count(),
        span.char_end,
        "{what}: char_end"
    );
}

fn check_document(text: &str, doc: &Document) {
    assert_eq!(doc.length.bytes, text.len());
    assert_eq!(doc.length.chars, text.chars().count());
    let mut prev_end = 0;
    for s in &doc.sentences {
        check_span(text, s, "sentence");
        assert!(s.start >= prev_end, "sentences overlap or are unsorted");
        assert!(!s.is_empty(), "empty sentence");
        prev_end = s.end;
    }
    if let Some(tokens) = &doc.tokens {
        let mut prev_end = 0;
        for t in tokens {
            check_span(text, &t.span, "token");
            assert!(t.span.start >= prev_end, "tokens overlap or are unsorted");
            assert!(!t.span.is_empty(), "empty token");
            prev_end = t.span.end;
        }
    }
    let mut prev_start = 0;
    for e in &doc.entities {
        check_span(text, &e.span, "entity");
        assert_eq!(
            &text[e.span.range()],
            e.text,
            "entity text is the slice of its span"
        );
        assert!(e.span.start >= prev_start, "entities unsorted");
        prev_start = e.span.start;
        assert!(!e.mentions.is_empty());
        for m in &e.mentions {
            check_span(text, &m.span, "mention");
            assert_eq!(&text[m.span.range()], m.text);
        }
    }
    // Serialisation round-trips.
    let json = serde_json::to_string(doc).unwrap();
    let back: Document = serde_json::from_str(&json).unwrap();
    assert_eq!(&back, doc);
}

fn extractor() -> &'static Extractor {
    use std::sync::OnceLock;
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| {
        Extractor::builder()
            .tokens(true)
            .reference_date("2021-06-17")
            .build()
            .unwrap()
    })
}

/// Strings built from pieces that exercise the rules: abbreviations, numbers, quotes, layout.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("H. ".to_string()),
        Just("Dr. ".to_string()),
        Just("dll. ".to_string()),
        Just("Kamis (17/6/2021) ".to_string()),
        Just("pukul 10.00 WITA ".to_string()),
        Just("Rp1,2 triliun ".to_string()),
        Just("12,5% ".to_string()),
        Just("ke-64 ".to_string()),
        Just("Mas'ud ".to_string()),
        Just("Sa’bani ".to_string()),
        Just("kupu-kupu ".to_string()),
        Just("SAMARINDA – ".to_string()),
        Just("Gubernur Kaltim H Isran Noor ".to_string()),
        Just("Wali Kota Balikpapan Rahmad Mas'ud ".to_string()),
        Just("\"Kita bisa.\" ".to_string()),
        Just("... ".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("https://kaltimprov.go.id/berita ".to_string()),
        Just("@humas #Kaltim ".to_string()),
        Just("é\u{301} ".to_string()),
        Just("👩\u{200d}💻 ".to_string()),
        Just("مرحبا ".to_string()),
        Just("\u{0} ".to_string()),
        "[a-zA-Z]{1,8} ".prop_map(|s| s),
        "[0-9./,-]{1,8}",
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_string_extracts_with_valid_spans(text in any::<String>()) {
        check_document(&text, &extractor().extract(&text));
    }

    #[test]
    fn newsy_strings_extract_with_valid_spans(text in newsy()) {
        check_document(&text, &extractor().extract(&text));
    }
}

#[test]
fn pathological_inputs() {
    let cases = [
        String::new(),
        " ".repeat(1000),
        "\n".repeat(1000),
        "H. ".repeat(100_000),
        ".".repeat(10_000),
        "-".repeat(10_000),
        "A".repeat(100_000),
        "SEMUA HURUF BESAR DI SINI. ".repeat(1000),
        "\u{0}".repeat(100),
        "\r\n".repeat(1000),
    ];
    for text in &cases {
        check_document(text, &extractor().extract(text));
    }
}

#[test]
fn extraction_is_deterministic() {
    let text = "SAMARINDA – Gubernur Kaltim H Isran Noor, Kamis (17/6/2021), meninjau Kukar.";
    let a = extractor().extract(text);
    let b = extractor().extract(text);
    assert_eq!(a, b);
}
