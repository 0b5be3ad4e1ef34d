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

// Written for these tests: a press release with a dateline, a headline opening with a
// bare verb, officials with titles, honorifics and degrees, and a province acronym.
const IRIGASI: &str = "Pj Gubernur NTB Tinjau Perbaikan Saluran Irigasi di Lombok Tengah\n\n\
    PRAYA – Penjabat (Pj) Gubernur NTB, Drs. H. Hasanuddin Malik, M.Si., IPU, meninjau \
    perbaikan saluran irigasi di Desa Batujai, Kecamatan Praya Barat, Kamis (6/6/2024). \
    Saluran irigasi sepanjang 3,5 kilometer itu rusak diterjang banjir bandang pada awal \
    tahun. Hasanuddin mengatakan perbaikan saluran irigasi penting agar petani dapat \
    kembali menanam padi pada musim tanam kedua. \"Air irigasi harus sampai ke sawah \
    petani sebelum Juli,\" ujarnya. Kepala Dinas Pekerjaan Umum NTB, Ir. Lalu Rudy \
    Gunawan, M.T., menjelaskan perbaikan saluran irigasi meliputi pemasangan beton \
    pracetak dan pengerukan sedimen. Hasanuddin juga meminta kelompok petani pemakai air \
    menjaga saluran irigasi dari sampah. Menurut Rudy, pengerukan sedimen akan selesai \
    dalam dua pekan.";

#[test]
fn datelines_headline_verbs_and_name_words_are_not_key_phrases() {
    let doc = extractor().extract(IRIGASI);
    let top = phrases(&doc);
    assert!(
        top[..3].iter().any(|p| p.contains("saluran irigasi")),
        "{top:?}"
    );
    assert!(
        top.iter().any(|p| p.contains("pengerukan sedimen")),
        "{top:?}"
    );
    for p in &top {
        // The dateline in capitals, the headline's verb `Tinjau` (`meninjau` in the text).
        assert!(!p.contains("praya") && !p.contains("tinjau"), "{top:?}");
        // A title, title modifier, degree, province acronym or personal name alone.
        assert!(
            ![
                "pj",
                "penjabat",
                "gubernur",
                "kepala",
                "ipu",
                "ntb",
                "hasanuddin",
                "rudy",
                "lalu"
            ]
            .contains(&p.as_str()),
            "{top:?}"
        );
    }
}

// Written for this test: two phrases that share a word and are never written joined.
const PASAR: &str = "Operasi Pasar Beras di Kota Bima\n\n\
    Dinas Perdagangan menggelar operasi pasar dan pasar murah di Kota Bima. Operasi pasar \
    menjual beras medium di bawah harga eceran tertinggi. Pasar murah menyediakan gula, \
    minyak goreng dan telur. Warga antre sejak pagi di lokasi pasar murah. Operasi pasar \
    akan digelar setiap pekan hingga harga beras turun.";

#[test]
fn phrases_sharing_a_word_are_both_kept_unless_written_joined() {
    let top = phrases(&extractor().extract(PASAR));
    assert!(top.contains(&"operasi pasar".to_string()), "{top:?}");
    assert!(top.contains(&"pasar murah".to_string()), "{top:?}");
}
