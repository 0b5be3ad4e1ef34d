//! Properties of the whole extraction on arbitrary input: no panic, every span valid.

#[path = "../benches/common/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use proptest::prelude::*;
use warta::text::Span;
use warta::{Document, Extractor};

/// Char offset of every byte offset that is a char boundary (built once per text, so checking
/// stays linear on long inputs).
struct CharIndex(Vec<u32>);

impl CharIndex {
    fn new(text: &str) -> CharIndex {
        let mut at = vec![u32::MAX; text.len() + 1];
        let mut n = 0u32;
        for (i, _) in text.char_indices() {
            at[i] = n;
            n += 1;
        }
        at[text.len()] = n;
        CharIndex(at)
    }

    fn chars_before(&self, byte: usize) -> usize {
        self.0[byte] as usize
    }
}

fn check_span(text: &str, idx: &CharIndex, span: &Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: {span:?} out of range"
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: {span:?} not on char boundaries"
    );
    assert_eq!(
        idx.chars_before(span.start),
        span.char_start,
        "{what}: char_start"
    );
    assert_eq!(
        idx.chars_before(span.end),
        span.char_end,
        "{what}: char_end"
    );
}

fn check_document(text: &str, doc: &Document) {
    let idx = CharIndex::new(text);
    assert_eq!(doc.length.bytes, text.len());
    assert_eq!(doc.length.chars, idx.chars_before(text.len()));
    let mut prev_end = 0;
    for s in &doc.sentences {
        check_span(text, &idx, s, "sentence");
        assert!(s.start >= prev_end, "sentences overlap or are unsorted");
        assert!(!s.is_empty(), "empty sentence");
        prev_end = s.end;
    }
    if let Some(tokens) = &doc.tokens {
        let mut prev_end = 0;
        for t in tokens {
            check_span(text, &idx, &t.span, "token");
            assert!(t.span.start >= prev_end, "tokens overlap or are unsorted");
            assert!(!t.span.is_empty(), "empty token");
            prev_end = t.span.end;
        }
    }
    let mut prev_start = 0;
    for e in &doc.entities {
        check_span(text, &idx, &e.span, "entity");
        assert_eq!(
            &text[e.span.range()],
            e.text,
            "entity text is the slice of its span"
        );
        assert!(e.span.start >= prev_start, "entities unsorted");
        prev_start = e.span.start;
        assert!(!e.mentions.is_empty());
        for m in &e.mentions {
            check_span(text, &idx, &m.span, "mention");
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

/// An extractor without a reference date: each document's is inferred from its text.
fn inferring_extractor() -> &'static Extractor {
    use std::sync::OnceLock;
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::builder().tokens(true).build().unwrap())
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

/// Strings of the Unicode that news text meets and breaks on: combining marks, emoji with
/// zero-width joiners and skin tones, right-to-left text and marks, NUL and control bytes,
/// CRLF and lone CR, non-breaking and zero-width spaces, fullwidth and other-script digits,
/// all-capital words, and the abbreviation and number shapes the rules look at.
fn unicode_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("e\u{301}".to_string()),
        Just("A\u{30a}\u{323}\u{301}".to_string()),
        Just("\u{301}".to_string()),
        Just("👨\u{200d}👩\u{200d}👧\u{200d}👦".to_string()),
        Just("👍🏽".to_string()),
        Just("🇮🇩".to_string()),
        Just("\u{200d}".to_string()),
        Just("\u{200b}".to_string()),
        Just("\u{feff}".to_string()),
        Just("שלום עולם".to_string()),
        Just("السلام عليكم".to_string()),
        Just("\u{202e}Kaltim\u{202c}".to_string()),
        Just("\u{200f}".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{1}\u{7f}\u{85}".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{2028}".to_string()),
        Just("１７/６/２０２１".to_string()),
        Just("١٧/٦/٢٠٢١".to_string()),
        Just("GUBERNUR KALTIM H. ISRAN NOOR ".to_string()),
        Just("H. ".to_string()),
        Just("Dr. ".to_string()),
        Just("S.Sos., M.Si. ".to_string()),
        Just("17/6/2021 ".to_string()),
        Just("(17/6) ".to_string()),
        Just("Rp1.250.000,- ".to_string()),
        Just("Sa’bani ".to_string()),
        Just("’’ ".to_string()),
        Just(". ".to_string()),
        Just("– ".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        "[A-Z]{1,6}[ .,]".prop_map(|s| s),
        "[a-zà-ÿ]{1,6} ".prop_map(|s| s),
        any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn unicode_soup_extracts_with_valid_spans(text in unicode_soup()) {
        check_document(&text, &extractor().extract(&text));
    }

    #[test]
    fn unicode_soup_with_inferred_dates_extracts_with_valid_spans(text in unicode_soup()) {
        check_document(&text, &inferring_extractor().extract(&text));
    }

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
        "\r".repeat(1000),
        "\u{301}".repeat(10_000),
        "👩\u{200d}".repeat(5_000),
        "\u{200d}".repeat(10_000),
        "שלום ".repeat(2_000),
        "H.".repeat(50_000),
        "A. ".repeat(50_000),
        "(".repeat(10_000),
        "\"".repeat(10_000),
        "17/6/2021 ".repeat(5_000),
        "Kamis ".repeat(10_000),
        "Gubernur ".repeat(10_000),
        "Bapak ".repeat(10_000),
        corpus::news_corpus(200_000).to_uppercase(),
        corpus::news_corpus(200_000).to_lowercase(),
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

/// One line of `min_bytes` of news text: the generated corpus with its line breaks as spaces.
fn one_line(min_bytes: usize) -> String {
    corpus::news_corpus(min_bytes).replace('\n', " ")
}

#[test]
fn ten_megabyte_single_line() {
    let text = one_line(10_000_000);
    let doc = extractor().extract(&text);
    check_document(&text, &doc);
    assert!(doc.entities.len() > 1000);
}

/// Slow in a debug build: run with `cargo test --release -- --ignored`.
#[test]
#[ignore]
fn hundred_megabyte_single_line() {
    let text = one_line(100_000_000);
    let doc = extractor().extract(&text);
    check_document(&text, &doc);
    assert!(doc.entities.len() > 10_000);
}
