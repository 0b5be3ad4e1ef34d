//! Properties of tokens and sentences that hold for any input text.

use proptest::prelude::*;
use warta::text::{Analysis, Tokenizer};

/// Checks every structural property of `a` for `text`; panics with the reason.
fn check(text: &str, a: &Analysis) {
    let mut prev_end = 0;
    let mut prev_char_end = 0;
    for (i, t) in a.tokens.iter().enumerate() {
        let s = t.span;
        assert!(s.start < s.end, "token {i} empty: {s:?}");
        assert!(s.end <= text.len(), "token {i} out of range: {s:?}");
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "token {i} not on char boundaries: {s:?}"
        );
        assert!(
            s.start >= prev_end,
            "token {i} overlaps or is unsorted: {s:?}"
        );
        // Char offsets agree with byte offsets, counted incrementally.
        let gap_chars = text[prev_end..s.start].chars().count();
        assert_eq!(
            s.char_start,
            prev_char_end + gap_chars,
            "token {i} char_start"
        );
        assert_eq!(
            s.char_end - s.char_start,
            text[s.range()].chars().count(),
            "token {i} char length"
        );
        assert!(
            !text[s.range()].chars().next().unwrap().is_whitespace(),
            "token {i} starts with whitespace: {:?}",
            &text[s.range()]
        );
        prev_end = s.end;
        prev_char_end = s.char_end;
    }
    // Sentences partition the tokens, in order, and span their first to last token.
    let mut next = 0;
    for (j, sent) in a.sentences.iter().enumerate() {
        assert_eq!(
            sent.tokens.start, next,
            "sentence {j} does not follow the previous"
        );
        assert!(sent.tokens.end > sent.tokens.start, "sentence {j} empty");
        assert!(sent.tokens.end <= a.tokens.len());
        let first = a.tokens[sent.tokens.start].span;
        let last = a.tokens[sent.tokens.end - 1].span;
        assert_eq!(sent.span.start, first.start);
        assert_eq!(sent.span.end, last.end);
        assert_eq!(sent.span.char_start, first.char_start);
        assert_eq!(sent.span.char_end, last.char_end);
        next = sent.tokens.end;
    }
    assert_eq!(next, a.tokens.len(), "sentences do not cover all tokens");
}

fn analyze_and_check(text: &str) -> Analysis {
    let a = Tokenizer::builtin().analyze(text);
    check(text, &a);
    a
}

/// Pieces of Indonesian news text that exercise the tokenizer's rules.
fn news_piece() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "Gubernur",
        "H.",
        "Hj.",
        "Dr.",
        "S.Sos.",
        "M.Si",
        "dll.",
        "dsb",
        "Jl.",
        "No.",
        "s.d.",
        "a.n.",
        "Rp",
        "Rp1,2",
        "1.250.000",
        "12,5%",
        "ke-64",
        "10.00",
        "17/6/2021",
        "17-6-",
        "11/10",
        "Mas'ud",
        "Sa’bani",
        "kupu-kupu",
        "se-Kaltim",
        "di-PHK",
        "–",
        "-",
        "—",
        "...",
        "…",
        ".",
        ",",
        "!",
        "?",
        "\"",
        "“",
        "”",
        "'",
        "(",
        ")",
        "/",
        "@humas",
        "#Kaltim",
        "@",
        "#",
        "humas@kaltimprov.go.id",
        "https://x.go.id/a_(b)",
        "www.",
        ".com",
        "KOMPAS.com",
        "A.S.",
        "M.",
        "SAMARINDA",
        "(ANTARA)",
        "Pada",
        "dan",
        "yang",
        "800/12/BKD/2021",
        "II/2007",
        "&amp;",
        "&",
        "\u{0301}",
        "\u{200D}",
        "👩‍👩‍👧",
        "🇮🇩",
        "\u{200F}",
        "مرحبا",
        "高雄",
        "ist",
        "Foto:",
        "&#8211;",
    ])
    .prop_map(str::to_string)
}

fn separator() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        " ", " ", " ", "", "\n", "\n\n", "\r\n", "\t", "\u{00A0}", "\0", "\u{2029}",
    ])
    .prop_map(str::to_string)
}

fn news_text() -> impl Strategy<Value = String> {
    prop::collection::vec((news_piece(), separator()), 0..60).prop_map(|v| {
        v.into_iter().fold(String::new(), |mut s, (p, sep)| {
            s.push_str(&p);
            s.push_str(&sep);
            s
        })
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_yields_valid_spans(text in any::<String>()) {
        analyze_and_check(&text);
    }

    #[test]
    fn news_like_text_yields_valid_spans(text in news_text()) {
        let a = analyze_and_check(&text);
        // Deterministic: the same text gives the same analysis.
        prop_assert_eq!(a, Tokenizer::builtin().analyze(&text));
    }

    #[test]
    fn tokens_cover_every_non_space_character(text in news_text()) {
        let a = Tokenizer::builtin().analyze(&text);
        let mut covered = vec![false; text.len()];
        for t in &a.tokens {
            for c in &mut covered[t.span.range()] {
                *c = true;
            }
        }
        for (i, c) in text.char_indices() {
            let separator = c.is_whitespace()
                || c.is_control()
                || matches!(c, '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{2060}' | '\u{FEFF}');
            if !separator {
                prop_assert!(covered[i], "char {:?} at {} is in no token", c, i);
            }
        }
    }
}

#[test]
fn special_inputs() {
    for text in [
        "",
        " ",
        "\r\n\r\n",
        "Baris satu.\r\nBaris dua.\r\n",
        "a\0b\0.\0",
        "e\u{0301}\u{0301} \u{0301}x .\u{0301}",
        "👩‍👩‍👧‍👦 keluarga 👍🏽 🇮🇩🇲🇾",
        "مرحبا بالعالم. שלום עולם. \u{202E}teks terbalik\u{202C}.",
        "\u{FEFF}Judul\u{200B}berita",
        "İstanbul ẞ Straße \u{00A0}Rp\u{00A0}500",
    ] {
        analyze_and_check(text);
    }
}

#[test]
fn emoji_zwj_sequence_is_one_token() {
    let text = "Keluarga 👩‍👩‍👧 bahagia";
    let a = analyze_and_check(text);
    let toks: Vec<&str> = a.tokens.iter().map(|t| t.text(text)).collect();
    assert_eq!(toks, ["Keluarga", "👩‍👩‍👧", "bahagia"]);
}

#[test]
fn many_initials_stay_linear_and_in_one_sentence() {
    let text = "H. ".repeat(10_000);
    let start = std::time::Instant::now();
    let a = analyze_and_check(&text);
    assert_eq!(a.tokens.len(), 10_000);
    assert_eq!(a.sentences.len(), 1);
    assert!(start.elapsed().as_secs() < 5, "{:?}", start.elapsed());
}

#[test]
fn long_pathological_runs_are_linear() {
    for unit in [
        "a.", "ab.", "A-B", "x@", "1/", "1.", "a.b/", "&a", "\"A ", "( A. ",
    ] {
        let text = unit.repeat(20_000);
        let start = std::time::Instant::now();
        analyze_and_check(&text);
        assert!(
            start.elapsed().as_secs() < 5,
            "{unit:?}: {:?}",
            start.elapsed()
        );
    }
}
