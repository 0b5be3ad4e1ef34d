//! Key phrases through the full extractor: the seed press release (read from `seeds/` at
//! test time) and texts written for these tests.

use warta::topics::Stopwords;
use warta::{Document, Extractor};

fn extractor() -> &'static Extractor {
    static EX: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EX.get_or_init(|| Extractor::builder().build().unwrap())
}

fn phrases(doc: &Document) -> Vec<String> {
    doc.keyphrases
        .iter()
        .map(|k| k.text.to_lowercase())
        .collect()
}

fn seed() -> String {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/seeds");
    let path = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "txt"))
        .expect("a seed press release in seeds/");
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn seed_press_release_has_its_subject_on_top() {
    let doc = extractor().extract(&seed());
    let top = phrases(&doc);
    assert!(top.len() == 10, "{top:?}");
    let rank = |needle: &str| top.iter().position(|p| p.contains(needle));
    assert!(rank("ekonomi kerakyatan").is_some_and(|r| r < 3), "{top:?}");
    assert!(top[..3].contains(&"ukm".to_string()), "{top:?}");
    assert!(rank("sinergi").is_some_and(|r| r < 10), "{top:?}");
    assert!(rank("perindagkop").is_some_and(|r| r < 10), "{top:?}");
    // Function words never: not as a phrase, not at either end of one.
    let stop = Stopwords::builtin();
    for p in &top {
        let words: Vec<&str> = p.split(' ').collect();
        assert!(!stop.contains(words[0]), "{p}");
        assert!(!stop.contains(words[words.len() - 1]), "{p}");
        assert!(words.len() <= 4, "{p}");
    }
    // Scores in [0, 1], best first, the best at 1.
    assert_eq!(doc.keyphrases[0].score, 1.0);
    assert!(doc.keyphrases.windows(2).all(|w| w[0].score >= w[1].score));
    assert!(doc
        .keyphrases
        .iter()
        .all(|k| (0.0..=1.0).contains(&k.score)));
}

// Written for this test.
const PANEN: &str = "Panen Raya Jagung di Kecamatan Sukamaju\n\n\
    SUKAMAJU – Kelompok tani di Kecamatan Sukamaju memanen jagung hibrida di lahan seluas \
    120 hektare, Selasa (14/3/2023). Panen jagung hibrida itu menghasilkan 7 ton per hektare. \
    Menurut penyuluh pertanian, benih jagung hibrida dan pupuk bersubsidi membuat hasil panen \
    naik. Kelompok tani berharap harga jagung tetap stabil setelah panen raya.";

#[test]
fn phrases_do_not_cross_punctuation_or_sentences_and_merge_variants() {
    let doc = extractor().extract(PANEN);
    let top = phrases(&doc);
    assert!(top.iter().any(|p| p.contains("jagung hibrida")), "{top:?}");
    // One phrase per stem sequence: `Panen Raya` (headline) and `panen raya` are one.
    let mut unique = top.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), top.len(), "{top:?}");
    for p in &top {
        // `hektare, Selasa`, `hektare. Menurut`: no phrase spans a comma or a full stop.
        assert!(
            !p.contains("hektare selasa") && !p.contains("hektare menurut"),
            "{p}"
        );
        // Verbs with me-/di- end candidates: no `memanen`, `menghasilkan`, `membuat`.
        assert!(
            !p.contains("memanen") && !p.contains("menghasilkan") && !p.contains("membuat"),
            "{p}"
        );
    }
}

#[test]
fn keyphrases_can_be_switched_off() {
    let ex = Extractor::builder().keyphrases(false).build().unwrap();
    let doc = ex.extract(PANEN);
    assert!(doc.keyphrases.is_empty());
    assert!(!doc.topics.is_empty());
    let none = Extractor::builder()
        .keyphrases(false)
        .topics(false)
        .build()
        .unwrap()
        .extract(PANEN);
    assert!(none.keyphrases.is_empty() && none.topics.is_empty());
    assert_eq!(none.entities, doc.entities);
}
