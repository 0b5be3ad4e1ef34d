//! Officials and persons with regional name shapes, on fixture texts written for these tests:
//! Balinese and Sasak nobility written with the name, customary titles, numbered military
//! units named in several words, and name words that are also a lexicon's blend or a
//! district's name.

use warta::document::{Entity, EntityData, EntityKind, Official};
use warta::Extractor;

fn entities(text: &str) -> Vec<Entity> {
    use std::sync::OnceLock;
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| {
        Extractor::builder()
            .reference_date("2025-09-05")
            .build()
            .unwrap()
    })
    .extract(text)
    .entities
}

/// (name, title, jurisdiction, honorifics) of each official.
fn officials(text: &str) -> Vec<(String, String, Option<String>, Vec<String>)> {
    entities(text)
        .into_iter()
        .filter_map(|e| match e.data {
            EntityData::Official(Official {
                name,
                title,
                jurisdiction,
                honorifics,
                ..
            }) => Some((name, title, jurisdiction, honorifics)),
            _ => None,
        })
        .collect()
}

/// The texts of the mentions of each entity of a kind.
fn mentions_of(text: &str, kind: EntityKind) -> Vec<Vec<String>> {
    entities(text)
        .into_iter()
        .filter(|e| e.kind() == kind)
        .map(|e| e.mentions.into_iter().map(|m| m.text).collect())
        .collect()
}

fn official(
    name: &str,
    title: &str,
    juris: &str,
    hon: &[&str],
) -> (String, String, Option<String>, Vec<String>) {
    (
        name.to_string(),
        title.to_string(),
        Some(juris.to_string()),
        hon.iter().map(|h| h.to_string()).collect(),
    )
}

#[test]
fn the_elder_of_a_royal_house_is_an_official_and_his_surname_no_district() {
    let text = "GIANYAR - Penglingsir Puri Peliatan, Tjokorda Gde Raka Sukawati, membuka \
                pameran kerajinan di Kecamatan Sukawati pada Jumat pagi.";
    assert_eq!(
        officials(text),
        [official(
            "Tjokorda Gde Raka Sukawati",
            "Penglingsir",
            "Puri Peliatan",
            &[]
        )]
    );
    assert!(mentions_of(text, EntityKind::Person).is_empty());
    // The district keeps the mention its prefix gives it; the surname is the name's.
    let places = mentions_of(text, EntityKind::Place);
    assert!(places.contains(&vec!["Sukawati".to_string()]), "{places:?}");
    assert_eq!(
        places.iter().flatten().filter(|m| *m == "Sukawati").count(),
        1,
        "{places:?}"
    );
}

#[test]
fn a_blend_written_in_lower_case_is_a_name_word_inside_a_name() {
    let text = "KUPANG - Bupati Kupang Yosef Lede Laka Nenobais meninjau lokasi banjir \
                bersama warga pada Senin siang.";
    assert_eq!(
        officials(text),
        [official(
            "Yosef Lede Laka Nenobais",
            "Bupati",
            "Kupang",
            &[]
        )]
    );
    assert!(mentions_of(text, EntityKind::Acronym).is_empty());
}

#[test]
fn after_a_unit_title_the_blend_is_still_the_unit() {
    let text = "Kanit Laka Satlantas Polres Kupang Ipda Budi Santoso memeriksa lokasi.";
    let acronyms = mentions_of(text, EntityKind::Acronym);
    assert!(acronyms.contains(&vec!["Laka".to_string()]), "{acronyms:?}");
    assert_eq!(officials(text)[0].0, "Budi Santoso");
}

#[test]
fn a_numbered_unit_named_in_several_words_ends_at_the_commanders_rank() {
    let text = "MADIUN - Danrem 082/Citra Panca Yudha Jaya Kolonel Inf Agus Salim memimpin \
                apel pasukan di lapangan.";
    assert_eq!(
        officials(text),
        [official(
            "Agus Salim",
            "Danrem",
            "082/Citra Panca Yudha Jaya",
            &["Kolonel Inf"]
        )]
    );
}

#[test]
fn sasak_nobility_opens_the_name_after_a_village_title() {
    assert_eq!(
        officials("Lurah Pancor Baiq Dewi Lestari menyambut rombongan wisatawan."),
        [official("Baiq Dewi Lestari", "Lurah", "Pancor", &[])]
    );
}

#[test]
fn a_nickname_before_its_cue_names_the_official_named_after_it() {
    let text = "SEMARANG - Kepala Dinas Kesehatan Kota Semarang Hendra Wijaya meninjau \
                posyandu. \"Warga perlu datang,\" kata Ajik, sapaan akrab Hendra Wijaya.";
    let found: Vec<(String, Vec<String>)> = entities(text)
        .into_iter()
        .filter_map(|e| match e.data {
            EntityData::Official(o) => Some((o.name, o.aliases)),
            _ => None,
        })
        .collect();
    assert_eq!(
        found,
        [("Hendra Wijaya".to_string(), vec!["Ajik".to_string()])]
    );
    assert!(mentions_of(text, EntityKind::Person).is_empty());
}

#[test]
fn the_head_of_balis_council_of_customary_villages() {
    let text = "Bendesa Agung Majelis Desa Adat (MDA) Bali, I Gusti Made Sunantra, meminta pawai \
                selesai tepat waktu. Bandesa Agung MDA Bali sebelumnya, I Ketut Sudarsa, hadir.";
    assert_eq!(
        officials(text),
        [
            official(
                "I Gusti Made Sunantra",
                "Bendesa Agung",
                "Majelis Desa Adat (MDA) Bali",
                &[]
            ),
            official("I Ketut Sudarsa", "Bandesa Agung", "MDA Bali", &[]),
        ]
    );
}

#[test]
fn balinese_kelian_titles_are_customary_and_hamlet_heads() {
    assert_eq!(
        officials(
            "Kelian Desa Adat Ubud, I Made Sutama, menegaskan upacara tetap berjalan. \
             Kelian Dinas Banjar Kaja, I Nyoman Sudira, mengatakan warga bergotong royong."
        ),
        [
            official("I Made Sutama", "Kelian Desa Adat", "Ubud", &[]),
            official("I Nyoman Sudira", "Kelian Dinas", "Banjar Kaja", &[]),
        ]
    );
}

#[test]
fn a_modifier_with_its_dot_inside_the_titles_bracketed_short_form() {
    let text = "AMBON - Penjabat Sekretaris Daerah (Pj. Sekda) Kabupaten Maluku Tengah, Dr. \
                Ronald Latuconsina, M.Si., mengatakan hal itu. Penjabat Bupati (Pj. Bupati) \
                Kabupaten Buru, Agus Salim, hadir.";
    assert_eq!(
        officials(text),
        [
            official(
                "Ronald Latuconsina",
                "Penjabat Sekretaris Daerah",
                "Kabupaten Maluku Tengah",
                &["Dr.", "M.Si."]
            ),
            official("Agus Salim", "Penjabat Bupati", "Kabupaten Buru", &[]),
        ]
    );
    assert!(mentions_of(text, EntityKind::Person).is_empty());
}

#[test]
fn butonese_and_muna_names_open_with_la_or_wa() {
    assert_eq!(
        officials(
            "Ketua Kelompok Tani Maju Jaya, La Tahang, berharap saluran irigasi diperbaiki. \
             Ketua KWT Melati, Wa Ina, menyambut baik."
        ),
        [
            official("La Tahang", "Ketua Kelompok Tani", "Maju Jaya", &[]),
            official("Wa Ina", "Ketua", "KWT Melati", &[]),
        ]
    );
}

#[test]
fn police_and_army_area_commanders_with_their_ranks() {
    // The districts open with a feature word (Sungai, Gunung); the rank after them is the
    // holder's, no word of the place. `Kota` after a regency's name names its town's sector.
    // A Koramil's number holds its Kodim's.
    let text = "Apel dihadiri Kapolsek Sungai Raya Kompol Hendra Wijaya, Kapolsek Sintang Kota \
                Iptu Agus Salim, dan Danramil 1207-01/Sungai Ambawang Kapten Inf Yosef Tapun. \
                Camat Gunung Sindur Iptu Lalu Ahmad tidak hadir.";
    assert_eq!(
        officials(text),
        [
            official("Hendra Wijaya", "Kapolsek", "Sungai Raya", &["Kompol"]),
            official("Agus Salim", "Kapolsek", "Sintang Kota", &["Iptu"]),
            official(
                "Yosef Tapun",
                "Danramil",
                "1207-01/Sungai Ambawang",
                &["Kapten Inf"]
            ),
            official("Lalu Ahmad", "Camat", "Gunung Sindur", &["Iptu"]),
        ]
    );
    assert_eq!(
        mentions_of(text, EntityKind::Place),
        [
            ["Sungai Raya"],
            ["Sintang"],
            ["Sungai Ambawang"],
            ["Gunung Sindur"]
        ]
    );
}

#[test]
fn a_command_after_a_civil_position_is_another_persons() {
    // A list without commas: the rank's holder is the Kapolres, not the Bupati.
    let text = "Hadir Bupati Sanggau Kapolres Sanggau AKBP Suparno Wibowo.";
    assert_eq!(
        officials(text),
        [official("Suparno Wibowo", "Kapolres", "Sanggau", &["AKBP"])]
    );
}

#[test]
fn a_village_army_officer_with_a_numbered_koramil() {
    let text = "Babinsa Koramil 1313-01/Tilamuta Serda Rahmat Mooduto membantu warga. Wakil \
                Bupati Sumba Timur, Yonathan Hani, hadir.";
    assert_eq!(
        officials(text),
        [
            official(
                "Rahmat Mooduto",
                "Babinsa",
                "Koramil 1313-01/Tilamuta",
                &["Serda"]
            ),
            official("Yonathan Hani", "Wakil Bupati", "Sumba Timur", &[]),
        ]
    );
}

#[test]
fn an_unknown_village_before_a_name_in_a_list() {
    // The comma after the name closes the list item, not the village's name.
    let text = "Kegiatan dihadiri Camat Pandawai Daniel Taraunja, Kepala Desa Kambatatana Umbu \
                Kaborang, serta warga. Kepala Desa Tasik Serai, Budi Santoso, menyambut.";
    assert_eq!(
        officials(text),
        [
            official("Daniel Taraunja", "Camat", "Pandawai", &[]),
            official("Umbu Kaborang", "Kepala Desa", "Kambatatana", &[]),
            official("Budi Santoso", "Kepala Desa", "Tasik Serai", &[]),
        ]
    );
}

#[test]
fn honorifics_bodies_after_dari_and_numbered_units_before_the_comma() {
    // `Apt.` (pharmacist) before the name; a party in brackets after `dari`; a numbered
    // operating area; a one-word name ending in the Malay `-syah`.
    let text = "Kepala BBPOM di Jambi, Apt. Lestari Dewi Anggraini, S.Farm., meninjau pasar. \
                Anggota Komisi V dari Fraksi Partai Kebangkitan Bangsa (PKB), Dr. Hj. Ratu \
                Aisyah, M.Si, hadir. Manager Humas KAI Daop 6 Yogyakarta, Feni Novida Saragih, \
                menjelaskan jadwal. Kepala Dinas Perindustrian dan Perdagangan (Disperindag) \
                Kota Jambi, Firmansyah, mengatakan stok aman.";
    let got: Vec<(String, String)> = officials(text)
        .into_iter()
        .map(|(name, title, _, _)| (name, title))
        .collect();
    let want: Vec<(String, String)> = [
        ("Lestari Dewi Anggraini", "Kepala"),
        ("Ratu Aisyah", "Anggota Komisi V"),
        ("Feni Novida Saragih", "Manager"),
        ("Firmansyah", "Kepala Dinas"),
    ]
    .iter()
    .map(|(n, t)| (n.to_string(), t.to_string()))
    .collect();
    assert_eq!(got, want);
    assert_eq!(officials(text)[0].3, ["Apt.", "S.Farm."]);
}
