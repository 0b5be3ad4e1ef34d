//! Topics through the full extractor: the built-in taxonomy on texts written for these
//! tests, and user taxonomies supplied through the builder.

use warta::{Extractor, LexiconKind, LexiconText};

// Written for these tests.
const KOPERASI: &str = "Dinas Koperasi dan UKM Gelar Pelatihan\n\n\
    BONTANG – Dinas Koperasi dan UKM menggelar pelatihan pemasaran digital bagi 40 pelaku \
    usaha mikro, kecil, dan menengah (UMKM). Para pengurus koperasi juga mendapat materi \
    tentang permodalan dan laporan keuangan koperasi.";

const BANJIR: &str = "Banjir merendam ratusan rumah warga di tiga kelurahan setelah hujan \
    deras. BPBD mendirikan posko pengungsian dan menyalurkan bantuan logistik bagi korban \
    banjir.";

fn labels(ex: &Extractor, text: &str) -> Vec<String> {
    ex.extract(text)
        .topics
        .into_iter()
        .map(|t| t.label)
        .collect()
}

#[test]
fn builtin_taxonomy_labels_documents_with_their_terms() {
    let ex = Extractor::builder().build().unwrap();
    let doc = ex.extract(KOPERASI);
    assert_eq!(doc.topics[0].label, "umkm-koperasi", "{:?}", doc.topics);
    assert!(doc.topics[0].terms.iter().any(|t| t == "koperasi"));
    let sum: f64 = doc.topics.iter().map(|t| t.score).sum();
    assert!(sum <= 1.0 && doc.topics.iter().all(|t| t.score > 0.0));
    assert!(doc.topics.windows(2).all(|w| w[0].score >= w[1].score));
    assert_eq!(labels(&ex, BANJIR)[0], "bencana");
}

#[test]
fn a_replaced_taxonomy_is_the_only_one() {
    let custom = LexiconText::new(
        "my-topics.tsv",
        "# A taxonomy written for this test.\n\
         label\tterm\tweight\n\
         usaha-kecil\tkoperasi\t2\n\
         usaha-kecil\tpelaku usaha\t3\n\
         cuaca\thujan deras\t2\n\
         cuaca\tbanjir\t1\n",
    );
    let ex = Extractor::builder()
        .replace_lexicon(LexiconKind::Topics, custom)
        .build()
        .unwrap();
    let doc = ex.extract(KOPERASI);
    assert_eq!(doc.topics.len(), 1, "{:?}", doc.topics);
    assert_eq!(doc.topics[0].label, "usaha-kecil");
    // The terms that triggered the label, strongest first (`koperasi` twice, weight 2,
    // beats `pelaku usaha` once, weight 3: 2 * (1 + ln 2) > 3).
    assert_eq!(doc.topics[0].terms, ["koperasi", "pelaku usaha"]);
    assert_eq!(labels(&ex, BANJIR), ["cuaca"]);
}

#[test]
fn an_extending_taxonomy_adds_labels_to_the_builtin_ones() {
    let extra = LexiconText::new(
        "extra.tsv",
        "label\tterm\tweight\nbudidaya-lebah\tmadu hutan\t5\nbudidaya-lebah\tpeternak lebah\t5\n",
    );
    let ex = Extractor::builder()
        .extend_lexicon(LexiconKind::Topics, extra)
        .build()
        .unwrap();
    let text = "Peternak lebah di desa itu memanen madu hutan dua kali setahun. \
                Harga madu hutan naik.";
    assert_eq!(labels(&ex, text)[0], "budidaya-lebah");
    // The built-in labels are still there.
    assert_eq!(labels(&ex, BANJIR)[0], "bencana");
}

#[test]
fn a_malformed_user_taxonomy_fails_the_build_with_its_line() {
    let bad = LexiconText::new("bad.tsv", "label\tterm\tweight\ncuaca\tbanjir\tbanyak\n");
    let err = Extractor::builder()
        .replace_lexicon(LexiconKind::Topics, bad)
        .build()
        .unwrap_err();
    assert!(err.to_string().starts_with("bad.tsv:2:"), "{err}");
}

#[test]
fn topics_can_be_switched_off() {
    let ex = Extractor::builder().topics(false).build().unwrap();
    let doc = ex.extract(KOPERASI);
    assert!(doc.topics.is_empty());
    assert!(!doc.keyphrases.is_empty());
}

#[test]
fn a_commoditys_price_is_the_economys_news() {
    // Written for this test: rice and chilli, but the story is their prices.
    let text = "Harga Cabai dan Beras Naik, Inflasi Tahunan Capai 3 Persen\n\n\
        KENDARI – Kenaikan harga cabai rawit dan harga beras medium mendorong inflasi tahunan \
        di provinsi itu mencapai 3 persen pada Oktober. Pemerintah daerah menyiapkan operasi \
        pasar untuk stabilisasi harga, sementara pasokan cabai dari petani berkurang.";
    let ex = Extractor::builder().build().unwrap();
    let doc = ex.extract(text);
    assert_eq!(doc.topics[0].label, "ekonomi", "{:?}", doc.topics);
    assert!(doc.topics[0].terms.iter().any(|t| t == "harga cabai"));
}
