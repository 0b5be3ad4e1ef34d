//! Tokenizer rules on hand-written Indonesian fixture sentences, with exact expected tokens.

use warta::text::{split_clitics, AbbreviationClass, TokenKind, Tokenizer};
use warta::LexiconText;

fn tokenizer() -> Tokenizer {
    Tokenizer::builtin()
}

fn toks(text: &str) -> Vec<&str> {
    tokenizer()
        .tokenize(text)
        .iter()
        .map(|t| t.text(text))
        .collect()
}

fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
    tokenizer()
        .tokenize(text)
        .iter()
        .map(|t| (t.text(text), t.kind))
        .collect()
}

#[test]
fn abbreviations_with_periods_are_one_token() {
    let text = "Beras, gula, minyak dll. dibagikan kepada yth. warga di Jl. Pahlawan No. 12 \
                Kel. Sidodadi Kec. Samarinda Ulu Kab. Kutai Kartanegara Prov. Kaltim s.d. \
                tanggal 5, a.n. Kepala Dinas, oleh Pj. Bupati, Plt. Camat dan Plh. Lurah dsb.";
    let got = toks(text);
    for abbr in [
        "dll.", "yth.", "Jl.", "No.", "Kel.", "Kec.", "Kab.", "Prov.", "s.d.", "a.n.", "Pj.",
        "Plt.", "Plh.", "dsb.",
    ] {
        assert!(got.contains(&abbr), "{abbr} not a token in {got:?}");
    }
    assert!(!got.contains(&"."), "{got:?}");
}

#[test]
fn honorifics_and_degrees() {
    assert_eq!(
        toks("Drs. H. Mas'ud Halim, S.Sos., M.Si. dan Hj. Siti, S.H., M.H."),
        [
            "Drs.", "H.", "Mas'ud", "Halim", ",", "S.Sos.", ",", "M.Si.", "dan", "Hj.", "Siti",
            ",", "S.H.", ",", "M.H."
        ]
    );
    assert_eq!(
        toks("Prof. Dr. Ir. Budi, M.Sc., Ph.D., Dra. Ani, S.Pd., M.Pd., S.I.Kom."),
        [
            "Prof.", "Dr.", "Ir.", "Budi", ",", "M.Sc.", ",", "Ph.D.", ",", "Dra.", "Ani", ",",
            "S.Pd.", ",", "M.Pd.", ",", "S.I.Kom."
        ]
    );
    assert_eq!(
        toks("Ir. Agus, S.T., M.M., S.E., S.Kom. dan Kombes. Pol. Andi serta Letkol. Inf. Joko"),
        [
            "Ir.", "Agus", ",", "S.T.", ",", "M.M.", ",", "S.E.", ",", "S.Kom.", "dan", "Kombes.",
            "Pol.", "Andi", "serta", "Letkol.", "Inf.", "Joko"
        ]
    );
    // A degree written without its last period is still one token.
    assert_eq!(
        toks("Budi, M.Si, hadir"),
        ["Budi", ",", "M.Si", ",", "hadir"]
    );
    // A title glued to the name.
    assert_eq!(toks("Dr.Soetomo"), ["Dr.", "Soetomo"]);
}

#[test]
fn abbreviation_kinds() {
    assert_eq!(
        kinds("H. Isran dan A.S. Hikam, M. Yusuf"),
        [
            ("H.", TokenKind::Abbreviation),
            ("Isran", TokenKind::Word),
            ("dan", TokenKind::Word),
            ("A.S.", TokenKind::Abbreviation),
            ("Hikam", TokenKind::Word),
            (",", TokenKind::Punctuation),
            ("M.", TokenKind::Initial),
            ("Yusuf", TokenKind::Word),
        ]
    );
    let t = tokenizer();
    assert_eq!(
        t.abbreviation("S.Sos.").map(|a| a.class),
        Some(AbbreviationClass::Degree)
    );
    assert!(t.abbreviation("dkk.").unwrap().sentence_final);
    assert!(!t.abbreviation("Jl.").unwrap().sentence_final);
}

#[test]
fn numbers_amounts_times_dates() {
    assert_eq!(
        kinds("1.250.000 1,25 12,5% Rp1,2 triliun Rp 500 ribu ke-64"),
        [
            ("1.250.000", TokenKind::Number),
            ("1,25", TokenKind::Number),
            ("12,5", TokenKind::Number),
            ("%", TokenKind::Symbol),
            ("Rp", TokenKind::Symbol),
            ("1,2", TokenKind::Number),
            ("triliun", TokenKind::Word),
            ("Rp", TokenKind::Symbol),
            ("500", TokenKind::Number),
            ("ribu", TokenKind::Word),
            ("ke-64", TokenKind::Ordinal),
        ]
    );
    assert_eq!(
        kinds(
            "pukul 10.00 dan 09.30, lalu 19:30 pada 17/6/2021, 17-6-2021, 2021-06-17 dan (11/10)."
        ),
        [
            ("pukul", TokenKind::Word),
            ("10.00", TokenKind::Time),
            ("dan", TokenKind::Word),
            ("09.30", TokenKind::Time),
            (",", TokenKind::Punctuation),
            ("lalu", TokenKind::Word),
            ("19:30", TokenKind::Time),
            ("pada", TokenKind::Word),
            ("17/6/2021", TokenKind::Date),
            (",", TokenKind::Punctuation),
            ("17-6-2021", TokenKind::Date),
            (",", TokenKind::Punctuation),
            ("2021-06-17", TokenKind::Date),
            ("dan", TokenKind::Word),
            ("(", TokenKind::Punctuation),
            ("11/10", TokenKind::Date),
            (")", TokenKind::Punctuation),
            (".", TokenKind::Punctuation),
        ]
    );
    // Ranges split; decades and codes stay whole; a sentence-final period is split off.
    assert_eq!(
        toks("2019-2023 5-10 1990-an 800/12/BKD/2021 tahun 2.000."),
        [
            "2019",
            "-",
            "2023",
            "5",
            "-",
            "10",
            "1990-an",
            "800/12/BKD/2021",
            "tahun",
            "2.000",
            "."
        ]
    );
    assert_eq!(toks("Rp.500.000,-"), ["Rp.", "500.000", ",", "-"]);
}

#[test]
fn apostrophes_straight_and_curly() {
    assert_eq!(
        toks("Mas'ud, Sa’bani dan Jum'at; 'kutipan' dan ‘kata’"),
        [
            "Mas'ud",
            ",",
            "Sa’bani",
            "dan",
            "Jum'at",
            ";",
            "'",
            "kutipan",
            "'",
            "dan",
            "‘",
            "kata",
            "’"
        ]
    );
}

#[test]
fn hyphens_reduplication_prefixes_and_dashes() {
    assert_eq!(
        toks("kupu-kupu sehari-hari masing-masing se-Kaltim di-PHK COVID-19 e-KTP Kupu-Kupu"),
        [
            "kupu-kupu",
            "sehari-hari",
            "masing-masing",
            "se-Kaltim",
            "di-PHK",
            "COVID-19",
            "e-KTP",
            "Kupu-Kupu"
        ]
    );
    assert_eq!(
        toks("SAMARINDA – Gubernur - Wagub — Sekda"),
        ["SAMARINDA", "–", "Gubernur", "-", "Wagub", "—", "Sekda"]
    );
    assert_eq!(
        toks("Januari-Maret, Jakarta-Bandung, TNI-Polri"),
        ["Januari", "-", "Maret", ",", "Jakarta", "-", "Bandung", ",", "TNI", "-", "Polri"]
    );
}

#[test]
fn urls_emails_mentions_hashtags() {
    assert_eq!(
        kinds(
            "Lihat https://kaltimprov.go.id/berita?id=5, www.kaltimprov.go.id, KOMPAS.com, \
             surel humas@kaltimprov.go.id, akun @humas_kaltim dan #KaltimBerdaulat."
        ),
        [
            ("Lihat", TokenKind::Word),
            ("https://kaltimprov.go.id/berita?id=5", TokenKind::Url),
            (",", TokenKind::Punctuation),
            ("www.kaltimprov.go.id", TokenKind::Url),
            (",", TokenKind::Punctuation),
            ("KOMPAS.com", TokenKind::Url),
            (",", TokenKind::Punctuation),
            ("surel", TokenKind::Word),
            ("humas@kaltimprov.go.id", TokenKind::Email),
            (",", TokenKind::Punctuation),
            ("akun", TokenKind::Word),
            ("@humas_kaltim", TokenKind::Mention),
            ("dan", TokenKind::Word),
            ("#KaltimBerdaulat", TokenKind::Hashtag),
            (".", TokenKind::Punctuation),
        ]
    );
    assert_eq!(
        toks("(sumber: https://id.wikipedia.org/wiki/Samarinda_(kota))."),
        [
            "(",
            "sumber",
            ":",
            "https://id.wikipedia.org/wiki/Samarinda_(kota)",
            ")",
            "."
        ]
    );
}

#[test]
fn spans_are_bytes_and_chars_of_the_original() {
    let text = "Sa’bani – “Rp1,2”";
    let t = tokenizer().tokenize(text);
    let got: Vec<(&str, usize, usize, usize, usize)> = t
        .iter()
        .map(|k| {
            (
                k.text(text),
                k.span.start,
                k.span.end,
                k.span.char_start,
                k.span.char_end,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Sa’bani", 0, 9, 0, 7),
            ("–", 10, 13, 8, 9),
            ("“", 14, 17, 10, 11),
            ("Rp", 17, 19, 11, 13),
            ("1,2", 19, 22, 13, 16),
            ("”", 22, 25, 16, 17),
        ]
    );
}

#[test]
fn user_lexicons_extend_and_errors_name_the_line() {
    let head = "form\tclass\tsentence_final\texpansion\n";
    let extra = LexiconText::new(
        "mine.tsv",
        format!("{head}Kadis.\tposition\tno\tkepala dinas\n"),
    );
    let t = Tokenizer::from_lexicons(&[
        LexiconText::builtin(warta::LexiconKind::Abbreviations),
        extra,
    ])
    .unwrap();
    let text = "Kadis. Budi hadir.";
    let got: Vec<&str> = t.tokenize(text).iter().map(|k| k.text(text)).collect();
    assert_eq!(got, ["Kadis.", "Budi", "hadir", "."]);
    assert_eq!(t.analyze(text).sentences.len(), 1);

    let bad = LexiconText::new("bad.tsv", format!("{head}# note\nKadis\tposition\tno\t\n"));
    let err = Tokenizer::from_lexicons(&[bad]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "bad.tsv:3: form `Kadis` must end with a period (only currency words may not)"
    );
}

#[test]
fn clitics_are_found_inside_tokens() {
    let text = "Menurutnya, rumahku dan bukumu adalah milikmulah.";
    let toks = toks(text);
    assert!(toks.contains(&"rumahku") && toks.contains(&"milikmulah"));
    let p = split_clitics("milikmulah");
    assert_eq!(
        (p.base, p.possessive, p.particle),
        (0..5, Some(5..7), Some(7..10))
    );
    assert!(!split_clitics("adalah").has_clitic());
    assert_eq!(split_clitics("Menurutnya").possessive, Some(7..10));
}

#[test]
fn analyze_into_reuses_buffers() {
    let t = tokenizer();
    let mut a = t.analyze("Satu. Dua.");
    let cap = a.tokens.capacity();
    t.analyze_into("Tiga.", &mut a);
    assert_eq!(a.tokens.len(), 2);
    assert_eq!(a.sentences.len(), 1);
    assert!(a.tokens.capacity() >= cap);
}

#[test]
fn verse_ranges_and_twice_escaped_references() {
    // A chapter and verse range is one number; a valid time before a hyphen is not extended.
    assert_eq!(
        kinds("Bacaan Yohanes 6:1-15 pukul 19:30-21:00"),
        [
            ("Bacaan", TokenKind::Word),
            ("Yohanes", TokenKind::Word),
            ("6:1-15", TokenKind::Number),
            ("pukul", TokenKind::Word),
            ("19:30", TokenKind::Time),
            ("-", TokenKind::Punctuation),
            ("21:00", TokenKind::Time),
        ]
    );
    // `&nbsp;` escaped twice by a scraper: the reference is one symbol, its `;` apart.
    assert_eq!(
        kinds("sekitar 300&amp;nbsp; orang &amp;#8211 hadir, R&amp;D"),
        [
            ("sekitar", TokenKind::Word),
            ("300", TokenKind::Number),
            ("&amp;nbsp", TokenKind::Symbol),
            (";", TokenKind::Punctuation),
            ("orang", TokenKind::Word),
            ("&amp;#8211", TokenKind::Symbol),
            ("hadir", TokenKind::Word),
            (",", TokenKind::Punctuation),
            ("R", TokenKind::Word),
            ("&amp;", TokenKind::Symbol),
            ("D", TokenKind::Word),
        ]
    );
}
