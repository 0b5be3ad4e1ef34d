//! Robustness of the public API: bad lexicon files are errors naming the file and the line,
//! bad arguments are errors, and no public function panics on input it can be given.

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use warta::lexicon::{
    acronyms, format, geography, organizations, people, places, titles, LexiconKind, LexiconText,
};
use warta::recognize::date::DateRecognizer;
use warta::text::{Span, Token, TokenKind, Tokenizer};
use warta::{Error, Extractor};

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("warta-rob-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// The header row of the built-in lexicon of `kind`.
fn header(kind: LexiconKind) -> String {
    LexiconText::builtin(kind)
        .text
        .lines()
        .find(|l| !l.starts_with('#') && !l.trim().is_empty())
        .unwrap()
        .to_string()
}

/// Asserts `err` is a lexicon error at `source:line`.
fn assert_lexicon_error(err: &Error, source: &str, line: usize) {
    match err {
        Error::Lexicon {
            source: s, line: l, ..
        } => {
            assert_eq!((s.as_str(), *l), (source, line), "{err}");
            assert!(err.to_string().starts_with(&format!("{source}:{line}: ")));
        }
        other => panic!("expected a lexicon error at {source}:{line}, got {other}"),
    }
}

// ---- lexicon files through the builder ---------------------------------------------------

#[test]
fn wrong_column_count_in_a_lexicon_file_names_file_and_line() {
    let dir = tempdir("cols");
    let text = format!(
        "# test lexicon, written by hand\n{}\nyth.\tgeneral\tno\tyang terhormat\ndst.\tgeneral\n",
        header(LexiconKind::Abbreviations)
    );
    let path = write(&dir, "abbr.tsv", text.as_bytes());
    let err = Extractor::builder()
        .extend_lexicon_file(LexiconKind::Abbreviations, &path)
        .unwrap()
        .build()
        .unwrap_err();
    assert_lexicon_error(&err, path.to_str().unwrap(), 4);
    assert!(err.to_string().contains("found 2"), "{err}");
}

#[test]
fn wrong_header_in_a_replacement_names_file_and_line() {
    let dir = tempdir("header");
    let path = write(
        &dir,
        "dates.tsv",
        b"# by hand\n\nform\tkind\njanuari\tmonth\n",
    );
    let err = Extractor::builder()
        .replace_lexicon_file(LexiconKind::Dates, &path)
        .unwrap()
        .build()
        .unwrap_err();
    assert_lexicon_error(&err, path.to_str().unwrap(), 3);
    assert!(err.to_string().contains("header must be"), "{err}");
}

#[test]
fn duplicate_keys_in_a_lexicon_file_name_both_lines() {
    let dir = tempdir("dup");
    let text = format!(
        "# by hand\n{}\nKepala Pasar Rakyat\tKepala Pasar Rakyat\tregional\tnone\tnone\tregency\t\tno\t\nKepala Pasar Rakyat\tKepala Pasar Rakyat\tregional\tnone\tnone\tregency\t\tno\t\n",
        header(LexiconKind::Titles)
    );
    let path = write(&dir, "titles.tsv", text.as_bytes());
    let err = Extractor::builder()
        .extend_lexicon_file(LexiconKind::Titles, &path)
        .unwrap()
        .build()
        .unwrap_err();
    let source = path.to_str().unwrap();
    assert_lexicon_error(&err, source, 4);
    assert!(
        err.to_string().contains(&format!(
            "duplicate title `kepala pasar rakyat` (first defined at {source}:3)"
        )),
        "{err}"
    );
}

#[test]
fn bad_values_in_a_lexicon_file_name_file_and_line() {
    let dir = tempdir("values");
    let text = format!(
        "# by hand\n{}\nS.Tr.X.\tSarjana Terapan X\tbachelor\t\nQ.Z.\tGelar Ajaib\tno-such-level\t\n",
        header(LexiconKind::Degrees)
    );
    let path = write(&dir, "degrees.tsv", text.as_bytes());
    let err = Extractor::builder()
        .extend_lexicon_file(LexiconKind::Degrees, &path)
        .unwrap()
        .build()
        .unwrap_err();
    assert_lexicon_error(&err, path.to_str().unwrap(), 4);
}

#[test]
fn empty_lexicon_file_has_no_header() {
    let dir = tempdir("empty");
    let path = write(&dir, "empty.tsv", b"");
    let err = Extractor::builder()
        .replace_lexicon_file(LexiconKind::Abbreviations, &path)
        .unwrap()
        .build()
        .unwrap_err();
    assert_lexicon_error(&err, path.to_str().unwrap(), 1);
}

#[test]
fn unreadable_and_non_utf8_lexicon_files_are_errors() {
    let dir = tempdir("io");
    let missing = dir.join("missing.tsv");
    match Extractor::builder().extend_lexicon_file(LexiconKind::Titles, &missing) {
        Err(Error::Io { path, .. }) => assert_eq!(path, missing),
        other => panic!("expected an I/O error, got {:?}", other.err()),
    }
    let bad = write(
        &dir,
        "latin1.tsv",
        b"# by hand\nform\tcue\nk\xe9ta\tspeech\n",
    );
    match Extractor::builder().replace_lexicon_file(LexiconKind::PersonCues, &bad) {
        Err(e @ Error::InvalidUtf8 { .. }) => {
            assert!(e.to_string().contains("latin1.tsv"), "{e}");
            assert!(e.to_string().contains("offset 20"), "{e}");
        }
        other => panic!("expected a UTF-8 error, got {:?}", other.err()),
    }
}

type Loader<'r> = Box<dyn Fn(&[LexiconText]) -> Result<(), Error> + 'r>;

fn boxed<'r>(f: impl Fn(&[LexiconText]) -> Result<(), Error> + 'r) -> Loader<'r> {
    Box::new(f)
}

/// Every typed loader, given its own header and then a record with one field too many, fails
/// at that record's line; given a record with one field too few, fails there too.
#[test]
fn every_typed_loader_reports_file_and_line() {
    let regions = places::Regions::builtin().unwrap();
    let regions = &regions;
    let loaders: Vec<(LexiconKind, Loader)> = vec![
        (
            LexiconKind::Regions,
            boxed(|t| places::Regions::load(t).map(drop)),
        ),
        (
            LexiconKind::Villages,
            boxed(move |t| places::Villages::load(t, regions).map(drop)),
        ),
        (
            LexiconKind::RegionAliases,
            boxed(move |t| places::RegionAliases::load(t, regions).map(drop)),
        ),
        (
            LexiconKind::PlaceAmbiguity,
            boxed(|t| places::AmbiguousWords::load(t).map(drop)),
        ),
        (
            LexiconKind::Countries,
            boxed(|t| geography::Countries::load(t).map(drop)),
        ),
        (
            LexiconKind::GeoNames,
            boxed(move |t| geography::GeoNames::load(t, regions).map(drop)),
        ),
        (
            LexiconKind::Titles,
            boxed(|t| titles::Titles::load(t).map(drop)),
        ),
        (
            LexiconKind::TitleModifiers,
            boxed(|t| titles::TitleModifiers::load(t).map(drop)),
        ),
        (
            LexiconKind::Honorifics,
            boxed(|t| people::Honorifics::load(t).map(drop)),
        ),
        (
            LexiconKind::Degrees,
            boxed(|t| people::Degrees::load(t).map(drop)),
        ),
        (
            LexiconKind::Ranks,
            boxed(|t| people::Ranks::load(t).map(drop)),
        ),
        (
            LexiconKind::OrgPatterns,
            boxed(|t| organizations::OrgPatterns::load(t).map(drop)),
        ),
        (
            LexiconKind::Institutions,
            boxed(|t| organizations::Institutions::load(t).map(drop)),
        ),
        (
            LexiconKind::RegionalBodies,
            boxed(|t| organizations::RegionalBodies::load(t).map(drop)),
        ),
        (
            LexiconKind::Acronyms,
            boxed(|t| acronyms::Acronyms::load(t).map(drop)),
        ),
        (
            LexiconKind::AcronymStoplist,
            boxed(|t| acronyms::AcronymStoplist::load(t).map(drop)),
        ),
        (
            LexiconKind::AcronymContext,
            boxed(|t| acronyms::AcronymContext::load(t).map(drop)),
        ),
        (
            LexiconKind::Abbreviations,
            boxed(|t| Tokenizer::from_lexicons(t).map(drop)),
        ),
        (
            LexiconKind::Dates,
            boxed(|t| DateRecognizer::from_lexicons(t).map(drop)),
        ),
        (
            LexiconKind::Roots,
            boxed(|t| warta::topics::Stemmer::from_lexicons(t).map(drop)),
        ),
        (
            LexiconKind::Stopwords,
            boxed(|t| warta::topics::Stopwords::from_lexicons(t).map(drop)),
        ),
    ];
    for (kind, load) in &loaders {
        let head = header(*kind);
        let columns = head.split('\t').count();
        let extra = vec!["x"; columns + 1].join("\t");
        let text = format!("# by hand\n{head}\n\n{extra}\n");
        let err = load(&[LexiconText::new("bad.tsv", text)]).unwrap_err();
        assert_lexicon_error(&err, "bad.tsv", 4);
        if columns > 1 {
            let short = vec!["x"; columns - 1].join("\t");
            let text = format!("# by hand\n{head}\n{short}\n");
            let err = load(&[LexiconText::new("short.tsv", text)]).unwrap_err();
            assert_lexicon_error(&err, "short.tsv", 3);
        }
        // The built-in text itself loads.
        load(&[LexiconText::builtin(*kind)])
            .unwrap_or_else(|e| panic!("builtin {kind:?} does not load: {e}"));
    }
}

// ---- bad arguments -------------------------------------------------------------------------

#[test]
fn malformed_dates_are_errors() {
    for bad in [
        "",
        "2021-6-17",
        "17-06-2021",
        "2021/06/17",
        "2021-02-30",
        "2021-13-01",
        "0000-00-00",
        "２０２１-06-17",
        "2021-0६-17",
        "2021-06-17T00:00",
        " 2021-06-17",
        "aaaa-bb-cc",
        "\u{0}\u{0}\u{0}\u{0}-\u{0}\u{0}-\u{0}\u{0}",
    ] {
        let err = warta::parse_date(bad).unwrap_err();
        assert!(matches!(err, Error::InvalidArgument(_)), "{bad:?}: {err}");
        assert!(Extractor::builder().reference_date(bad).build().is_err());
    }
    assert!(warta::parse_date("2024-02-29").is_ok());
}

#[test]
fn tokens_of_another_text_are_an_error_not_a_panic() {
    let tokenizer = Tokenizer::builtin();
    let long = "SAMARINDA – Gubernur Kaltim H Isran Noor, Kamis (17/6/2021), meninjau Kukar.";
    let tokens = tokenizer.tokenize(long);
    for short in ["", "abc", "é😀ü", "SAMARINDA – Gubernur"] {
        let err = tokenizer.split_sentences(short, &tokens).unwrap_err();
        assert!(matches!(err, Error::InvalidArgument(_)), "{err}");
        // The other functions that take a text and its tokens do not panic either.
        let _ = warta::lexicon::matcher::FoldedText::new(short, &tokens);
        let _ = DateRecognizer::builtin().analyze(short, &tokens, None);
        for t in &tokens {
            let _ = t.text(short);
        }
    }
    let mut reversed = tokens.clone();
    reversed.reverse();
    assert!(tokenizer.split_sentences(long, &reversed).is_err());
    let empty = Token {
        span: Span {
            start: 3,
            end: 3,
            char_start: 3,
            char_end: 3,
        },
        kind: TokenKind::Word,
    };
    assert!(tokenizer.split_sentences(long, &[empty]).is_err());
    // Its own tokens are fine, and give what `analyze` gives.
    assert_eq!(
        tokenizer.split_sentences(long, &tokens).unwrap(),
        tokenizer.analyze(long).sentences
    );
}

#[test]
fn a_folder_as_a_lexicon_file_is_an_io_error() {
    let dir = tempdir("dirlex");
    match Extractor::builder().extend_lexicon_file(LexiconKind::Titles, &dir) {
        Err(Error::Io { path, .. }) => assert_eq!(path, dir),
        other => panic!("expected an I/O error, got {:?}", other.err()),
    }
}

#[test]
fn dictionary_lookups_of_unknown_keys_are_empty() {
    use warta::lexicon::matcher::{DictionaryBuilder, FoldedText};
    let tokenizer = Tokenizer::builtin();
    let mut builder = DictionaryBuilder::new(&tokenizer);
    builder.add("Kutai Kartanegara", 7u32);
    let dict = builder.build().unwrap();
    let text = "Bupati Kutai Kartanegara hadir.";
    let found = dict.find(&FoldedText::new(text, &tokenizer.tokenize(text)));
    assert_eq!(found.len(), 1);
    assert_eq!(dict.payloads(found[0].key), [7]);
    assert!(dict.payloads(found[0].key + 1).is_empty());
    assert!(dict.payloads(usize::MAX).is_empty());
}

#[test]
fn lexicon_format_parser_rejects_without_panicking() {
    for (text, line) in [
        ("", 1),
        ("\u{feff}", 1),
        ("a\tb\n\tx\n", 2),
        ("a\tb\nx\t y\n", 2),
        ("a\tb\nx\ty\tz\n", 2),
        ("b\ta\n", 1),
        ("a\tb\r\nx\r\n", 2),
    ] {
        let err = format::parse("f.tsv", text, &["a", "b"], 1).unwrap_err();
        assert_lexicon_error(&err, "f.tsv", line);
    }
    // A CRLF file with a BOM parses.
    let recs = format::parse("f.tsv", "\u{feff}a\tb\r\nx\ty\r\n", &["a", "b"], 2).unwrap();
    assert_eq!(recs[0].fields, ["x", "y"]);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// The lexicon parser on arbitrary text: records or an error whose line exists.
    #[test]
    fn lexicon_parser_never_panics(text in "(([a-c]{0,2}|#|\t|\r|\n| |\u{feff}|é){0,12}\n){0,6}") {
        let lines = text.lines().count().max(1);
        match format::parse("p.tsv", &text, &["a", "b"], 1) {
            Ok(recs) => for r in recs { prop_assert_eq!(r.fields.len(), 2); }
            Err(Error::Lexicon { line, .. }) => prop_assert!(line >= 1 && line <= lines),
            Err(e) => prop_assert!(false, "unexpected error {}", e),
        }
    }

    /// The word-level helpers take any string.
    #[test]
    fn word_helpers_never_panic(s in any::<String>()) {
        let _ = warta::text::split_clitics(&s);
        let _ = warta::topics::Stemmer::builtin().stem(&s);
        let _ = Tokenizer::builtin().abbreviation(&s);
        let tokenizer = Tokenizer::builtin();
        let _ = warta::topics::TopicScorer::builtin().score_text(&tokenizer, &s);
        let reader = warta::topics::WordReader::new(
            warta::topics::Stemmer::builtin().clone(),
            warta::topics::Stopwords::builtin().clone(),
        );
        let words = reader.read(&s, &tokenizer.analyze(&s));
        let _ = warta::topics::KeyphraseExtractor::builtin().extract(&words);
    }
}
