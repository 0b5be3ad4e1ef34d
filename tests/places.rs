//! Place recognition on fixture texts written for these tests: exact (text, code, level) of
//! every place entity.

use std::sync::OnceLock;

use warta::document::{Place, PlaceLevel};
use warta::{EntityData, Extractor, LexiconKind, LexiconText};

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::builder().build().unwrap())
}

/// (text, code, level) of each place entity, in text order.
fn places_with(ex: &Extractor, text: &str) -> Vec<(String, Option<String>, Option<PlaceLevel>)> {
    place_data(ex, text)
        .into_iter()
        .map(|(t, p)| (t, p.code, p.level))
        .collect()
}

fn places(text: &str) -> Vec<(String, Option<String>, Option<PlaceLevel>)> {
    places_with(extractor(), text)
}

fn place_data(ex: &Extractor, text: &str) -> Vec<(String, Place)> {
    ex.extract(text)
        .entities
        .into_iter()
        .filter_map(|e| match e.data {
            EntityData::Place(p) => Some((e.text, p)),
            _ => None,
        })
        .collect()
}

fn p(
    text: &str,
    code: Option<&str>,
    level: Option<PlaceLevel>,
) -> (String, Option<String>, Option<PlaceLevel>) {
    (text.to_string(), code.map(str::to_string), level)
}

use PlaceLevel::*;

#[test]
fn province_alias_dateline_and_places_in_names() {
    let text = "SAMARINDA – Pemerintah Provinsi Kalimantan Timur melalui Dinas Kesehatan Kaltim \
                menggelar vaksinasi massal di Samarinda, Senin (5/7/2021). Wali Kota Balikpapan, \
                Budi Santoso, meninjau gerai vaksin bersama tim dari Jakarta Pusat.";
    assert_eq!(
        places(text),
        [
            p("SAMARINDA", Some("64.72"), Some(City)),
            p("Kalimantan Timur", Some("64"), Some(Province)),
            p("Kaltim", Some("64"), Some(Province)),
            p("Balikpapan", Some("64.71"), Some(City)),
            p("Jakarta Pusat", Some("31.71"), Some(City)),
        ]
    );
    let data = place_data(extractor(), text);
    assert_eq!(
        data[2].1.name, "Kalimantan Timur",
        "the alias has the canonical name"
    );
}

#[test]
fn twins_are_told_apart_by_prefix_and_title() {
    let text = "Wali Kota Bogor dan Bupati Bogor menandatangani kesepakatan air bersih. Rapat \
                digelar di Kota Bogor, sedangkan panen raya berlangsung di Kabupaten Bogor.";
    assert_eq!(
        places(text),
        [
            p("Bogor", Some("32.71"), Some(City)),
            p("Bogor", Some("32.01"), Some(Regency)),
        ]
    );
}

#[test]
fn a_bare_twin_follows_the_documents_prefix_or_stays_open() {
    let settled = "Pemkot Bogor menambah armada bus. Warga Bogor menyambut baik.";
    assert_eq!(places(settled), [p("Bogor", Some("32.71"), Some(City))]);
    let open = "Banjir melanda Bogor sejak semalam.";
    let data = place_data(extractor(), open);
    assert_eq!(data.len(), 1);
    let (text, place) = &data[0];
    assert_eq!((text.as_str(), place.code.as_deref()), ("Bogor", None));
    let codes: Vec<&str> = place.candidates.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["32.01", "32.71"]);
}

#[test]
fn list_items_share_their_context_but_addresses_go_up() {
    let text = "Bantuan disalurkan ke Kota Bogor, Depok dan Bekasi. Tim juga singgah di Ambon, \
                Biak, dan Tual. Sekolah itu ada di kecamatan Sumberjaya, Majalengka, Jawa Barat.";
    assert_eq!(
        places(text),
        [
            p("Bogor", Some("32.71"), Some(City)),
            p("Depok", Some("32.76"), Some(City)),
            p("Bekasi", Some("32.75"), Some(City)),
            p("Ambon", Some("81.71"), Some(City)),
            p("Biak", Some("91.06"), Some(Regency)),
            p("Tual", Some("81.72"), Some(City)),
            p("Sumberjaya", Some("32.10.17"), Some(District)),
            p("Majalengka", Some("32.10"), Some(Regency)),
            p("Jawa Barat", Some("32"), Some(Province)),
        ]
    );
}

#[test]
fn a_duplicated_district_is_resolved_by_its_regency() {
    let text = "Petani di Sukadana, Kabupaten Lampung Timur, memanen jagung pekan ini.";
    assert_eq!(
        places(text),
        [
            p("Sukadana", Some("18.07.01"), Some(District)),
            p("Lampung Timur", Some("18.07"), Some(Regency)),
        ]
    );
}

#[test]
fn an_unresolved_duplicate_lists_its_candidates() {
    let text = "Banjir juga melanda Kecamatan Sukadana sejak Senin pagi.";
    let data = place_data(extractor(), text);
    assert_eq!(data.len(), 1);
    let (text, place) = &data[0];
    assert_eq!(text, "Sukadana");
    assert_eq!(place.code, None);
    assert_eq!(place.level, Some(District));
    let codes: Vec<&str> = place.candidates.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["18.07.01", "32.07.14", "61.11.01"]);
    assert!(place.candidates.iter().all(|c| c.level == District));
}

#[test]
fn a_common_word_district_needs_context() {
    assert_eq!(places("Tim Sakti memenangi lomba dayung tahun ini."), []);
    assert_eq!(
        places("Lomba berikutnya digelar di Kecamatan Sakti pekan depan."),
        [p("Sakti", Some("11.07.17"), Some(District))]
    );
    assert_eq!(places("Warga membawa batu dan kayu ke kota baru."), []);
}

#[test]
fn countries_and_not_the_polity_or_the_language() {
    let text = "Delegasi dari Jepang dan Amerika Serikat berkunjung ke Indonesia untuk belajar \
                bahasa Inggris. Mereka bertemu Presiden RI dan menteri Republik Indonesia; \
                investasi AS naik.";
    assert_eq!(
        places(text),
        [
            p("Jepang", None, Some(Country)),
            p("Amerika Serikat", None, Some(Country)),
            p("Indonesia", None, Some(Country)),
            p("AS", None, Some(Country)),
        ]
    );
}

#[test]
fn islands_regions_and_the_longest_name() {
    let text = "Pasokan listrik di Sumatera dan Jawa stabil, sementara Kalimantan masih defisit. \
                Jaringan baru menghubungkan Kalimantan Timur dengan Asia Tenggara.";
    assert_eq!(
        places(text),
        [
            p("Sumatera", None, Some(Island)),
            p("Jawa", None, Some(Island)),
            p("Kalimantan", None, Some(Island)),
            p("Kalimantan Timur", Some("64"), Some(Province)),
            p("Asia Tenggara", None, Some(Region)),
        ]
    );
}

#[test]
fn a_feature_word_inside_an_office_name_is_no_place() {
    let text = "Balai Besar Wilayah Sungai Brantas dan Balai Wilayah Sungai Nusa Tenggara II \
                meninjau bendungan, sementara warga di wilayah Sungai Bengawan Solo waspada.";
    assert_eq!(
        places(text),
        [
            p("Nusa Tenggara", None, Some(Island)),
            p("Sungai Bengawan Solo", None, Some(Region)),
        ]
    );
}

#[test]
fn a_prefixed_city_beats_a_district_named_with_the_prefix() {
    let text = "Relawan dari Kabupaten Agam dan Kota Padang Panjang tiba, disusul warga Kecamatan \
                Kota Bangun.";
    assert_eq!(
        places(text),
        [
            p("Agam", Some("13.06"), Some(Regency)),
            p("Padang Panjang", Some("13.74"), Some(City)),
            p("Kota Bangun", Some("64.02.08"), Some(District)),
        ]
    );
}

#[test]
fn an_all_caps_dateline_and_headline() {
    let text = "POLISI BAGIKAN BERAS DI GRESIK\n\nGRESIK – Polres Gresik membagikan beras kepada \
                warga kurang mampu, Minggu (13/1).";
    assert_eq!(places(text), [p("GRESIK", Some("35.25"), Some(Regency))]);
    let doc = extractor().extract(text);
    let gresik = doc.entities.iter().find(|e| e.text == "GRESIK").unwrap();
    assert_eq!(
        gresik.mentions.len(),
        3,
        "one entity per surface form, case-insensitive"
    );
}

#[test]
fn a_dateline_names_a_place_no_lexicon_has() {
    let text =
        "Tana Contoh – Rutan setempat membuka layanan panggilan video bagi keluarga tahanan.";
    assert_eq!(places(text), [p("Tana Contoh", None, None)]);
    let outlet = "BeritaKitaCom, Bontang – Wali Kota meresmikan pasar.";
    assert_eq!(places(outlet), [p("Bontang", Some("64.74"), Some(City))]);
}

#[test]
fn villages_and_features_named_with_their_word() {
    let text = "Warga Desa Suka Maju, Kecamatan Tenggarong Seberang, Kabupaten Kutai Kartanegara, \
                memadati Pantai Lamaru di akhir pekan. Kepala Desa Suka Maju ikut hadir. \
                Program Kampung KB juga berjalan.";
    assert_eq!(
        places(text),
        [
            p("Suka Maju", Some("64.02.16.2015"), Some(Village)),
            p("Tenggarong Seberang", Some("64.02.16"), Some(District)),
            p("Kutai Kartanegara", Some("64.02"), Some(Regency)),
            p("Pantai Lamaru", None, Some(Region)),
        ]
    );
}

#[test]
fn the_village_lexicon_gives_village_codes_when_asked() {
    let ex = Extractor::builder().villages(true).build().unwrap();
    let text = "Warga Desa Suka Maju, Kecamatan Tenggarong Seberang, menanam padi.";
    assert_eq!(
        places_with(&ex, text),
        [
            p("Suka Maju", Some("64.02.16.2015"), Some(Village)),
            p("Tenggarong Seberang", Some("64.02.16"), Some(District)),
        ]
    );
    let address = "Posko dibuka di Jalan Pahlawan No. 3, Pasar Baru, Jakarta Pusat.";
    assert_eq!(
        places_with(&ex, address),
        [
            p("Pasar Baru", Some("31.71.02.1001"), Some(Village)),
            p("Jakarta Pusat", Some("31.71"), Some(City)),
        ]
    );
    // A bare village name counts only where the text names its district.
    assert_eq!(places_with(&ex, "Warga Suka Maju senang."), [],);
}

#[test]
fn a_bare_village_is_found_through_its_regency() {
    let ex = Extractor::builder().villages(true).build().unwrap();
    // Jatiluwih is a village of Penebel, Kabupaten Tabanan; no village word stands before it.
    let text = "Dinas Pertanian Kabupaten Tabanan melatih petani muda. Pelatihan berlangsung \
                di Jatiluwih selama tiga hari.";
    assert_eq!(
        places_with(&ex, text),
        [
            p("Tabanan", Some("51.02"), Some(Regency)),
            p("Jatiluwih", Some("51.02.08.2013"), Some(Village)),
        ]
    );
    // Without its regency or district, and with no locative word, the name is no place.
    assert_eq!(places_with(&ex, "Petani Jatiluwih menanam padi merah."), []);
}

#[test]
fn a_village_named_by_an_ordinary_word_is_not_read_bare() {
    let ex = Extractor::builder().villages(true).build().unwrap();
    // `Kedai` (a shop) is a village of Manggeng, Kabupaten Aceh Barat Daya.
    let text = "Pemerintah Kabupaten Aceh Barat Daya membuka Kedai baru bagi pelaku usaha kecil.";
    assert_eq!(
        places_with(&ex, text),
        [p("Aceh Barat Daya", Some("11.12"), Some(Regency))]
    );
}

#[test]
fn no_place_inside_a_street_name() {
    let text = "Kantor itu berada di Jalan Bontang Nomor 5, Samarinda.";
    assert_eq!(places(text), [p("Samarinda", Some("64.72"), Some(City))]);
}

#[test]
fn an_address_names_the_area_between_street_and_city() {
    let text = "Posko berada di Jalan Pahlawan No. 12, Sempaja Contoh, Samarinda, Senin (5/7).";
    assert_eq!(
        places(text),
        [
            p("Sempaja Contoh", None, None),
            p("Samarinda", Some("64.72"), Some(City)),
        ]
    );
    let no_area = "Posko berada di Jalan Pahlawan No. 12, Senin (5/7), kata Budi.";
    assert_eq!(places(no_area), []);
}

#[test]
fn a_miscased_name_does_not_leave_its_head_behind() {
    let text = "Bupati Aceh Timur membuka rapat. Angka stunting di Aceh timur turun.";
    assert_eq!(
        places(text),
        [p("Aceh Timur", Some("11.03"), Some(Regency))]
    );
}

#[test]
fn a_town_keeps_its_name_with_its_regencys_code() {
    assert_eq!(
        places("Inflasi terendah terjadi di Purwokerto."),
        [p("Purwokerto", Some("33.02"), None)]
    );
}

#[test]
fn user_lexicons_extend_the_places() {
    let ex = Extractor::builder()
        .extend_lexicon(
            LexiconKind::RegionAliasesCurated,
            LexiconText::new(
                "mine.tsv",
                "alias\tcode\tkind\tnote\tambiguity\tchecked\nKota Contoh\t64.74\tnickname\t\t\t\n",
            ),
        )
        .extend_lexicon(
            LexiconKind::PlaceAmbiguity,
            LexiconText::new("w.tsv", "word\tclass\tnote\nBontang\tpersonal_name\t\n"),
        )
        .build()
        .unwrap();
    assert_eq!(
        places_with(&ex, "Wisatawan berdatangan ke Kota Contoh."),
        [p("Kota Contoh", Some("64.74"), Some(City))]
    );
    assert_eq!(places_with(&ex, "Pak Bontang datang."), []);
    assert_eq!(
        places_with(&ex, "Rapat di Kota Bontang."),
        [p("Bontang", Some("64.74"), Some(City))]
    );
}

#[test]
fn a_bad_context_lexicon_fails_the_build_with_its_line() {
    let err = Extractor::builder()
        .replace_lexicon(
            LexiconKind::PlaceContext,
            LexiconText::new("ctx.tsv", "word\trole\tlevel\tnote\nKota\tprefix\ttown\t\n"),
        )
        .build()
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("ctx.tsv:2: unknown level `town`"),
        "{err}"
    );
}

#[test]
fn se_prefixed_names_are_places_without_their_prefix() {
    let text = "Lomba digelar untuk pelajar se-Kaltim dan guru se-Indonesia. Camat \
                se-Kabupaten Paser hadir.";
    assert_eq!(
        places(text),
        [
            p("Kaltim", Some("64"), Some(Province)),
            p("Indonesia", None, Some(Country)),
            p("Paser", Some("64.01"), Some(Regency)),
        ]
    );
    let doc = extractor().extract(text);
    let kaltim = doc.entities.iter().find(|e| e.text == "Kaltim").unwrap();
    assert_eq!(&text[kaltim.span.range()], "Kaltim");
    assert_eq!(
        text.chars()
            .skip(kaltim.span.char_start)
            .take(kaltim.span.char_end - kaltim.span.char_start)
            .collect::<String>(),
        "Kaltim"
    );
}

#[test]
fn initials_after_berinisial_are_no_country() {
    assert_eq!(
        places("Polisi menahan dua tersangka berinisial AS dan RH di Bontang."),
        vec![p("Bontang", Some("64.74"), Some(City))]
    );
    // The country itself is still read.
    assert_eq!(
        places("Nilai ekspor kopi ke AS naik tahun ini."),
        vec![p("AS", None, Some(Country))]
    );
}

#[test]
fn a_named_area_beats_a_far_regency_of_its_name_where_the_text_places_it() {
    // Puncak is the Bogor highland in a text about Bogor, Kabupaten Puncak in Papua Tengah
    // in a text about Papua Tengah.
    let bogor = "Kemacetan panjang terjadi di jalur Puncak, Kabupaten Bogor, sejak pagi. \
                 Wisatawan dari Gadog diminta bersabar.";
    assert_eq!(
        places(bogor),
        [
            p("Puncak", None, Some(Region)),
            p("Bogor", Some("32.01"), Some(Regency)),
            p("Gadog", None, Some(Region)),
        ]
    );
    let papua = "Harga semen di Ilaga, Provinsi Papua Tengah, turun. Warga Puncak menyambut baik.";
    assert_eq!(
        places(papua),
        [
            p("Ilaga", Some("94.05.01"), Some(District)),
            p("Papua Tengah", Some("94"), Some(Province)),
            p("Puncak", Some("94.05"), Some(Regency)),
        ]
    );
}

#[test]
fn cities_abroad_resort_areas_and_customary_regions() {
    let text = "Penerbangan langsung dari Perth, Kuala Lumpur dan Tokyo ke Denpasar kembali \
                dibuka. Wisatawan memadati Canggu dan Senggigi, sementara warga Lapago di \
                Jayawijaya menyiapkan festival.";
    assert_eq!(
        places(text),
        [
            p("Perth", None, Some(City)),
            p("Kuala Lumpur", None, Some(City)),
            p("Tokyo", None, Some(City)),
            p("Denpasar", Some("51.71"), Some(City)),
            p("Canggu", None, Some(Region)),
            p("Senggigi", None, Some(Region)),
            p("Lapago", None, Some(Region)),
            p("Jayawijaya", Some("95.01"), Some(Regency)),
        ]
    );
}

#[test]
fn a_city_named_like_a_word_needs_context() {
    let text = "Umat Katolik Roma berdoa. Delegasi berangkat ke Roma dan Paris pekan depan.";
    assert_eq!(
        places(text),
        [p("Roma", None, Some(City)), p("Paris", None, Some(City))]
    );
}

#[test]
fn more_feature_and_locative_words() {
    // Kali, Lembah and Gua name rivers, valleys and caves; an airport or a port named after a
    // district that is also a word (Mulia) is a place; `kali` in lower case is `times`.
    let text = "Tim menyisir Kali Baliem dan Lembah Anai, lalu meninjau Gua Jepang. Bandara \
                Mulia di Puncak Jaya diperpanjang dua kali.";
    assert_eq!(
        places(text),
        [
            p("Kali Baliem", None, Some(Region)),
            p("Lembah Anai", None, Some(Region)),
            p("Gua Jepang", None, Some(Region)),
            p("Mulia", Some("94.02.01"), Some(District)),
            p("Puncak Jaya", Some("94.02"), Some(Regency)),
        ]
    );
}

#[test]
fn a_prefix_covers_the_list_it_opens() {
    // The names of a list after a village or district word and a feature word are places of
    // that level when the list closes with a conjunction.
    let text = "Bantuan disalurkan ke Kelurahan Cawang, Bidara Cina dan Cipinang \
                Cempedak. Bibit mangrove ditanam di Pulau Lepar dan Pongok.";
    assert_eq!(
        places(text),
        [
            p("Cawang", None, Some(Village)),
            // unique names in the village lexicon; Cawang has two namesakes
            p("Bidara Cina", Some("31.75.03.1002"), Some(Village)),
            p("Cipinang Cempedak", Some("31.75.03.1005"), Some(Village)),
            p("Pulau Lepar", None, Some(Island)),
            p("Pongok", None, Some(Island)),
        ]
    );
    // A name set off by commas is no list item, nor is a name the list runs into, nor a
    // building.
    let text = "Kepala Desa Sukamaju, Budi Santoso, mengatakan panen naik. Warga Desa Sukajaya \
                dan Sekretaris Camat hadir. Turis mengunjungi Desa Penglipuran dan Pura \
                Besakih.";
    assert_eq!(
        places(text),
        [
            p("Sukamaju", None, Some(Village)),
            p("Sukajaya", None, Some(Village)),
            p("Penglipuran", None, Some(Village)),
        ]
    );
}

#[test]
fn kota_before_a_city_name_is_its_prefix() {
    // `Kota Padang` is also a district of Rejang Lebong (Bengkulu); written before the city's
    // name it is the prefix of the city.
    let text = "Arus kendaraan dialihkan melalui Sitinjau Lauik di Kota Padang menuju Solok.";
    assert_eq!(
        places(text),
        [
            p("Sitinjau Lauik", None, Some(Region)),
            p("Padang", Some("13.71"), Some(City)),
            p("Solok", None, None),
        ]
    );
    let text = "Warga Kecamatan Kota Padang, Kabupaten Rejang Lebong, menanam kopi.";
    assert_eq!(
        places(text),
        [
            p("Kota Padang", Some("17.02.06"), Some(District)),
            p("Rejang Lebong", Some("17.02"), Some(Regency)),
        ]
    );
    // A town that is no city keeps its district reading after `Kota`; the feature word
    // `Tanjung` opening the same words does not make it a cape of unknown code.
    let text = "Upacara HUT Kota Tanjung Selor digelar meriah.";
    assert_eq!(
        places(text),
        [p("Tanjung Selor", Some("65.01.05"), Some(District))]
    );
}

#[test]
fn one_and_two_word_spellings_and_former_names() {
    // Pulogadung is written Pulo Gadung, Bukittinggi Bukit Tinggi, Tanah Laut Tanahlaut.
    let text = "Banjir melanda Kecamatan Cakung dan Pulo Gadung. Bantuan juga dikirim dari \
                Tanahlaut.";
    assert_eq!(
        places(text),
        [
            p("Cakung", Some("31.75.06"), Some(District)),
            p("Pulo Gadung", Some("31.75.02"), Some(District)),
            p("Tanahlaut", Some("63.01"), Some(Regency)),
        ]
    );
    // Cibinong is a district of Kabupaten Bogor and the former name of a Cianjur district:
    // with both regencies named, the current name wins.
    let text = "CIBINONG – Pemerintah Kabupaten Bogor dan Kabupaten Cianjur menyiapkan jalur \
                alternatif.";
    assert_eq!(
        places(text),
        [
            p("CIBINONG", Some("32.01.01"), Some(District)),
            p("Bogor", Some("32.01"), Some(Regency)),
            p("Cianjur", Some("32.03"), Some(Regency)),
        ]
    );
}

#[test]
fn a_facility_names_its_place_but_a_district_still_needs_its_region() {
    // Purabaya is a district of Sukabumi, and the name of Surabaya's bus terminal: after a
    // facility word a district counts only with its region named (Mulia with Puncak Jaya).
    let text = "Pemudik berangkat dari Terminal Purabaya, Surabaya. Bandara Mulia di Puncak Jaya \
                dan Terminal Mengwi di Badung juga ramai.";
    assert_eq!(
        places(text),
        [
            p("Surabaya", Some("35.78"), Some(City)),
            p("Mulia", Some("94.02.01"), Some(District)),
            p("Puncak Jaya", Some("94.02"), Some(Regency)),
            p("Mengwi", Some("51.03.02"), Some(District)),
            p("Badung", Some("51.03"), Some(Regency)),
        ]
    );
}

#[test]
fn a_list_item_after_a_village_word_is_a_village_even_with_a_district_name() {
    // Sukadana is a district of Lampung Timur and Kayong Utara; in a list of villages of
    // Pujut it is a village, and the village lexicon gives the namesakes in Pujut.
    let text = "Homestay tersebar di Desa Kuta, Sengkol, Mertak dan Sukadana di Kecamatan Pujut.";
    assert_eq!(
        places(text),
        [
            p("Kuta", Some("52.02.04.2009"), Some(Village)),
            p("Sengkol", Some("52.02.04.2001"), Some(Village)),
            p("Mertak", Some("52.02.04.2012"), Some(Village)),
            p("Sukadana", Some("52.02.04.2003"), Some(Village)),
            p("Pujut", Some("52.02.04"), Some(District)),
        ]
    );
}

#[test]
fn a_name_after_a_verb_of_saying_is_a_person() {
    // Bergas is a district of Kabupaten Semarang, and a given name.
    let text = "\"Pengungsi terbanyak ada di Sayung,\" kata Bergas di Semarang. Warga Kecamatan \
                Bergas tidak terdampak.";
    assert_eq!(
        places(text),
        [
            p("Sayung", Some("33.21.04"), Some(District)),
            p("Semarang", Some("33.22"), Some(Regency)),
            p("Bergas", Some("33.22.13"), Some(District)),
        ]
    );
}

#[test]
fn a_reduplicated_word_is_read_joined_or_apart() {
    let text = "Bantuan dikirim ke Tojo Una-Una dan Kecamatan Aluh-Aluh. Wali Kota Bau-Bau hadir.";
    assert_eq!(
        places(text),
        [
            p("Tojo Una-Una", Some("72.09"), Some(Regency)),
            p("Aluh-Aluh", Some("63.03.01"), Some(District)),
            p("Bau-Bau", Some("74.72"), Some(City)),
        ]
    );
}

#[test]
fn capitalised_regency_names_of_ordinary_words_need_no_prefix() {
    let text = "Jalan dari Bukittinggi menuju Padang Panjang ditutup. Bupati meminta \
                warga di hulu, seperti Hulu Sungai Tengah dan Hulu Sungai Selatan, waspada. \
                Air mengalir dari hulu sungai tengah kota.";
    assert_eq!(
        places(text),
        [
            p("Bukittinggi", Some("13.75"), Some(City)),
            p("Padang Panjang", Some("13.74"), Some(City)),
            p("Hulu Sungai Tengah", Some("63.07"), Some(Regency)),
            p("Hulu Sungai Selatan", Some("63.06"), Some(Regency)),
        ]
    );
}

#[test]
fn a_district_named_like_a_holiday_needs_its_context() {
    let text = "Pemprov Sumut menyiapkan stok pangan menjelang Natal dan Tahun Baru. \
                Camat Natal meninjau pasar di Kecamatan Natal.";
    assert_eq!(
        places(text),
        [
            p("Sumut", Some("12"), Some(Province)),
            p("Natal", Some("12.13.16"), Some(District)),
        ]
    );
    let text = "Pemprov Sumut menyiapkan stok pangan menjelang Natal.";
    assert_eq!(places(text), [p("Sumut", Some("12"), Some(Province))]);
}

#[test]
fn an_ambiguous_regency_listed_among_its_neighbours_is_read() {
    let text = "Festival diikuti Toba, Samosir, Simalungun, Karo, Dairi dan Humbang Hasundutan.";
    assert_eq!(
        places(text),
        [
            p("Toba", Some("12.12"), Some(Regency)),
            p("Samosir", Some("12.17"), Some(Regency)),
            p("Simalungun", Some("12.08"), Some(Regency)),
            p("Karo", Some("12.06"), Some(Regency)),
            p("Dairi", Some("12.11"), Some(Regency)),
            p("Humbang Hasundutan", Some("12.16"), Some(Regency)),
        ]
    );
    // a surname with no list of regencies around it stays a name
    let text = "Acara dihadiri Samosir dan keluarganya di Medan.";
    assert_eq!(places(text), [p("Medan", Some("12.71"), Some(City))]);
}

#[test]
fn port_and_seat_towns_take_their_regency_code() {
    let text = "Kopi dikirim lewat Belawan dan Krueng Geukueh, lalu ke Lahad Datu. \
                Harga beras di Waghete dan Moanemani naik.";
    assert_eq!(
        places(text),
        [
            p("Belawan", Some("12.71"), None),
            p("Krueng Geukueh", Some("11.08"), None),
            p("Lahad Datu", None, Some(PlaceLevel::City)),
            p("Waghete", Some("94.08"), None),
            p("Moanemani", Some("94.06"), None),
        ]
    );
}

#[test]
fn minangkabau_hamlets_are_villages() {
    let text = "Warga Jorong Galudua dan Korong Ganting di Agam mengungsi.";
    assert_eq!(
        places(text),
        [
            p("Galudua", None, Some(Village)),
            p("Ganting", None, Some(Village)),
            p("Agam", Some("13.06"), Some(Regency)),
        ]
    );
}

#[test]
fn a_word_before_a_name_is_no_list_item() {
    // `Ibu` is a district of Halmahera Barat, and a list item after a place inherits its
    // context; followed by a name it is the form of address.
    let text = "Bupati Halmahera Barat meninjau pelayanan. Kepala Disdukcapil Kota Ternate, \
                Ibu Nurhayati Lamusu, S.E., mengatakan layanan dibuka.";
    assert_eq!(
        places(text),
        [
            p("Halmahera Barat", Some("82.01"), Some(Regency)),
            p("Ternate", Some("82.71"), Some(City)),
        ]
    );
    // Items followed by a comma, `dan` or a lower-case word still are items.
    let text = "Banjir melanda Kota Ternate, Tidore dan Jailolo sejak Senin.";
    let got: Vec<String> = places(text).into_iter().map(|(t, _, _)| t).collect();
    assert_eq!(got, ["Ternate", "Tidore", "Jailolo"]);
}

#[test]
fn an_outlets_name_in_the_dateline_is_no_place() {
    // `SUMBAWA POST` names the outlet: the place is the dateline's first name.
    let text = "BIMA, SUMBAWA POST – Dinas Pertanian Kabupaten Bima membagikan bibit jagung \
                kepada petani di Kecamatan Woha, Senin (3/3/2025).";
    assert_eq!(
        places(text),
        [
            p("BIMA", Some("52.06"), Some(Regency)),
            p("Woha", Some("52.06.03"), Some(District)),
        ]
    );
    // An outlet that is one place's name alone is still the place.
    let text = "SAMARINDA, KALTIM – Pemerintah kota menggelar rapat, Senin (3/3/2025).";
    assert_eq!(
        places(text),
        [
            p("SAMARINDA", Some("64.72"), Some(City)),
            p("KALTIM", Some("64"), Some(Province)),
        ]
    );
}

#[test]
fn an_operations_name_holds_no_place() {
    // Police operations are named after rivers and regions; the province after `wilayah`
    // is a place.
    let text = "Polda Kaltim menggelar Operasi Ketupat Mahakam di seluruh wilayah Kalimantan \
                Timur mulai Senin (24/3/2025).";
    assert_eq!(
        places(text),
        [
            p("Kaltim", Some("64"), Some(Province)),
            p("Kalimantan Timur", Some("64"), Some(Province)),
        ]
    );
}

#[test]
fn a_regional_office_names_its_place() {
    // `padang` is also a field: after a regional office's name it is the city.
    let text = "Personel Basarnas Padang dan BPS Padang hadir dalam rapat itu.";
    assert_eq!(places(text), [p("Padang", Some("13.71"), Some(City))]);
}

#[test]
fn the_country_ending_a_companys_name_after_a_building_word() {
    // `Pura` (a temple) inside the company's name: `Indonesia` ends that name.
    let text = "General Manager PT Angkasa Pura Indonesia Cabang Bali memantau bandara di Badung.";
    assert_eq!(
        places(text),
        [
            p("Bali", Some("51"), Some(Province)),
            p("Badung", Some("51.03"), Some(Regency))
        ]
    );
}

#[test]
fn a_buildings_phrases_and_brands_own_names_are_no_places() {
    // A district's name after a place of worship's word and its rank is the building's;
    // a regency's places the building.
    assert_eq!(
        places(
            "Jamaah memadati Masjid Raya Baiturrahman di Banda Aceh, lalu bergeser ke Masjid \
             Agung Sleman."
        ),
        [
            p("Banda Aceh", Some("11.71"), Some(City)),
            p("Sleman", Some("34.04"), Some(Regency)),
        ]
    );
    // A fixed phrase, a person's name after `Tan`, and a place opening a national company's
    // name are no places; the same names elsewhere still are.
    assert_eq!(
        places(
            "Umat berdoa memohon tuntunan Roh Kudus. Buku karya Tan Malaka dibedah di Kupang. \
             Direksi Krakatau Steel berkunjung ke Cilegon. Pengajian digelar di Kudus, Jawa \
             Tengah."
        ),
        [
            p("Kupang", None, None),
            p("Cilegon", Some("36.72"), Some(City)),
            p("Kudus", Some("33.19"), Some(Regency)),
            p("Jawa Tengah", Some("33"), Some(Province)),
        ]
    );
}

#[test]
fn a_short_form_or_a_rank_after_a_feature_name_is_no_word_of_it() {
    // `Pulau Morotai` is a regency; `TA` (tahun anggaran) and the rank `AKBP` after it are not
    // part of an island's name, nor is `Kompol` part of the district after `Sungai`. (One
    // entity per place.)
    let text = "Dana berasal dari APBD Kabupaten Pulau Morotai TA 2026. Hadir Kapolres Pulau \
                Morotai AKBP Agus Setiawan dan Kapolsek Sungai Raya Kompol Hendra Wijaya.";
    assert_eq!(
        places(text),
        [
            p("Pulau Morotai", Some("82.07"), Some(Regency)),
            // Three districts have the name; the text names none of their regencies.
            p("Sungai Raya", None, Some(District)),
        ]
    );
}

#[test]
fn named_areas_news_names_bare() {
    assert_eq!(
        places("Dinas Perhubungan menerapkan rekayasa lalu lintas di kawasan Malioboro."),
        [p("Malioboro", None, Some(Region))]
    );
}

#[test]
fn a_village_word_joined_by_a_slash_inside_a_cooperatives_name_opens_no_village() {
    assert_eq!(
        places("Warga Kendari membentuk Koperasi Desa/Kelurahan Merah Putih (KDKMP)."),
        [p("Kendari", Some("74.71"), Some(City))]
    );
}

#[test]
fn a_language_named_after_a_place_is_no_place() {
    assert!(places("Guru yang bisa berbahasa Biak mengajar anak-anak.").is_empty());
    assert!(places("Penyuluh memakai logat Banjar saat menyapa warga.").is_empty());
}
