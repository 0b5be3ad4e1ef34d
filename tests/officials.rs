//! Officials and persons on fixture texts written for these tests: every shape the recogniser
//! reads, with the exact entities expected.

use warta::document::{EntityData, Official, Person};
use warta::Extractor;

fn extractor() -> &'static Extractor {
    use std::sync::OnceLock;
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| {
        Extractor::builder()
            .reference_date("2024-03-14")
            .build()
            .unwrap()
    })
}

fn officials(text: &str) -> Vec<Official> {
    extractor()
        .extract(text)
        .entities
        .into_iter()
        .filter_map(|e| match e.data {
            EntityData::Official(o) => Some(o),
            _ => None,
        })
        .collect()
}

fn persons(text: &str) -> Vec<Person> {
    extractor()
        .extract(text)
        .entities
        .into_iter()
        .filter_map(|e| match e.data {
            EntityData::Person(p) => Some(p),
            _ => None,
        })
        .collect()
}

/// (name, title, jurisdiction, honorifics)
fn summary(o: &Official) -> (&str, &str, Option<&str>, Vec<&str>) {
    (
        o.name.as_str(),
        o.title.as_str(),
        o.jurisdiction.as_deref(),
        o.honorifics.iter().map(String::as_str).collect(),
    )
}

#[test]
fn title_place_name() {
    let o = officials("Wali Kota Tarakan Budi Prasetyo meresmikan pasar baru.");
    assert_eq!(o.len(), 1);
    assert_eq!(
        summary(&o[0]),
        ("Budi Prasetyo", "Wali Kota", Some("Tarakan"), vec![])
    );
}

#[test]
fn title_with_organisation_complement_then_honorific_and_name() {
    let o = officials(
        "Kepala Dinas Kesehatan dan Keluarga Berencana Kaltara HM Rudi Santoso Noor membuka rapat.",
    );
    assert_eq!(o.len(), 1);
    assert_eq!(
        summary(&o[0]),
        (
            "Rudi Santoso Noor",
            "Kepala Dinas",
            Some("Dinas Kesehatan dan Keluarga Berencana Kaltara"),
            vec!["HM"]
        )
    );
}

#[test]
fn governor_with_hajj_honorific() {
    let o = officials("Rapat dipimpin Gubernur Kalteng H Rahmat Hidayat di Palangka Raya.");
    assert_eq!(
        summary(&o[0]),
        ("Rahmat Hidayat", "Gubernur", Some("Kalteng"), vec!["H"])
    );
}

#[test]
fn name_comma_title() {
    let o = officials(
        "Siti Rahmawati, Kepala Dinas Komunikasi dan Informatika, menyampaikan laporan itu.",
    );
    assert_eq!(o.len(), 1);
    assert_eq!(
        summary(&o[0]),
        (
            "Siti Rahmawati",
            "Kepala Dinas",
            Some("Dinas Komunikasi dan Informatika"),
            vec![]
        )
    );
}

#[test]
fn name_selaku_title() {
    let o = officials("Hal itu dijelaskan Dedi Kurniawan selaku Kepala Bagian Protokol Setda.");
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].name, "Dedi Kurniawan");
    assert_eq!(o[0].title, "Kepala Bagian");
}

#[test]
fn deputy_title_without_jurisdiction() {
    let o = officials("Turut hadir Wakil Gubernur H Ahmad Fauzan dalam acara itu.");
    assert_eq!(
        summary(&o[0]),
        ("Ahmad Fauzan", "Wakil Gubernur", None, vec!["H"])
    );
}

#[test]
fn ranks_and_degrees_around_the_name() {
    let o = officials("Kapolres Bontang AKBP Yusuf Santoso SH SIK MSi meninjau lokasi.");
    assert_eq!(
        summary(&o[0]),
        (
            "Yusuf Santoso",
            "Kapolres",
            Some("Bontang"),
            vec!["AKBP", "SH", "SIK", "MSi"]
        )
    );
    let o = officials("Hadir Sekda Kabupaten Berau, Drs. Anwar Hakim, M.Si, dalam rapat itu.");
    assert_eq!(
        summary(&o[0]),
        (
            "Anwar Hakim",
            "Sekda",
            Some("Kabupaten Berau"),
            vec!["Drs.", "M.Si"]
        )
    );
}

#[test]
fn modifier_stays_in_the_title_and_is_reported() {
    let o = officials("Plt. Kepala Dinas Pendidikan Kaltim Yuli Astuti menyerahkan bantuan.");
    assert_eq!(o[0].name, "Yuli Astuti");
    assert_eq!(o[0].title, "Plt. Kepala Dinas");
    assert_eq!(o[0].modifier.as_deref(), Some("Plt."));
}

#[test]
fn later_mentions_surname_nickname_and_pak_title() {
    let text = "Kepala Dinas Pariwisata Kaltim HM Rudi Robiyanto Hakim bertemu Wali Kota Bontang \
                Agus Salim. \"Pak Wali Kota sangat mendukung,\" kata Robi. Menurut Hakim, \
                kerja sama itu penting.";
    let o = officials(text);
    assert_eq!(o.len(), 2);
    assert_eq!(o[0].name, "Rudi Robiyanto Hakim");
    assert_eq!(o[0].aliases, vec!["Robi", "Hakim"]);
    assert_eq!(o[1].name, "Agus Salim");
    let doc = extractor().extract(text);
    let wali = doc
        .entities
        .iter()
        .find(|e| matches!(&e.data, EntityData::Official(o) if o.name == "Agus Salim"))
        .unwrap();
    let mentions: Vec<&str> = wali.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(mentions, vec!["Agus Salim", "Pak Wali Kota"]);
}

#[test]
fn a_short_name_first_then_the_full_name_is_one_person() {
    let o = officials(
        "Wagub Ahmad Nasution membuka apel. Wakil Gubernur Riau Brigjen TNI (Purn) Ahmad \
         Rizal Nasution lalu meninjau posko.",
    );
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].name, "Ahmad Rizal Nasution");
    assert_eq!(o[0].aliases, vec!["Ahmad Nasution"]);
}

#[test]
fn coordinated_positions_and_names() {
    let o = officials(
        "Ia bertemu Bupati dan Wakil Bupati terpilih, Andi Sulaiman dan Rusdiansyah, kemarin.",
    );
    let got: Vec<(&str, &str)> = o
        .iter()
        .map(|o| (o.name.as_str(), o.title.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![("Andi Sulaiman", "Bupati"), ("Rusdiansyah", "Wakil Bupati")]
    );
    let o = officials("Hadir pula Anggota Komisi II DPRD Kaltim, Sri Wahyuni dan Joko Santoso.");
    let got: Vec<(&str, &str)> = o
        .iter()
        .map(|o| (o.name.as_str(), o.title.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Sri Wahyuni", "Anggota Komisi II"),
            ("Joko Santoso", "Anggota Komisi II")
        ]
    );
    assert_eq!(o[0].jurisdiction.as_deref(), Some("DPRD Kaltim"));
}

#[test]
fn rank_alone_is_a_position() {
    let o = officials("Apel dipimpin Kolonel Inf Bambang Sutrisno di lapangan.");
    assert_eq!(
        summary(&o[0]),
        ("Bambang Sutrisno", "Kolonel Inf", None, vec!["Kolonel Inf"])
    );
}

#[test]
fn persons_need_evidence() {
    let text = "\"Kami senang,\" kata Marni. Bantuan diterima Ibu Sulastri dan Sukirman, warga \
                desa setempat. Rombongan Pak Harjo (56) ikut hadir. Bunga Melati Putih tumbuh.";
    let p = persons(text);
    let names: Vec<&str> = p.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Marni", "Sulastri", "Sukirman", "Harjo"]);
    assert_eq!(p[1].honorifics, vec!["Ibu"]);
    assert!(officials(text).is_empty());
}

#[test]
fn buildings_decrees_streets_and_headlines_are_not_people() {
    let text = "Gubernur Kaltim Tinjau Kantor Bupati Paser Hari Ini\n\nRapat digelar di Kantor \
                Bupati Paser, Jalan Ipda Tut Harsono, sesuai Keputusan Gubernur Kaltim Nomor 12.";
    assert!(officials(text).is_empty(), "{:?}", officials(text));
    assert!(persons(text).is_empty());
}

#[test]
fn one_entity_per_person_with_every_mention() {
    let text = "Bupati Paser Fahmi Rahman hadir. Fahmi Rahman berpesan agar warga tertib. \
                \"Jaga kebersihan,\" ujar Fahmi.";
    let doc = extractor().extract(text);
    let offs: Vec<_> = doc
        .entities
        .iter()
        .filter(|e| matches!(e.data, EntityData::Official(_)))
        .collect();
    assert_eq!(offs.len(), 1);
    let mentions: Vec<&str> = offs[0].mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(mentions, vec!["Fahmi Rahman", "Fahmi Rahman", "Fahmi"]);
    for m in &offs[0].mentions {
        assert_eq!(&text[m.span.start..m.span.end], m.text);
    }
}

#[test]
fn portfolio_title_without_jurisdiction() {
    // Regression: an empty jurisdiction range after a portfolio once panicked.
    let o = officials("Menteri Pertanian Budi Santoso meninjau sawah.");
    assert_eq!(
        summary(&o[0]),
        ("Budi Santoso", "Menteri Pertanian", None, vec![])
    );
}

mod properties {
    use proptest::prelude::*;

    /// Sequences of the pieces official phrases are made of, in any order.
    fn official_soup() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("Menteri "),
            Just("Menteri Pertanian "),
            Just("Kepala Dinas "),
            Just("Kepala "),
            Just("Plt. "),
            Just("Wakil "),
            Just("Gubernur "),
            Just("Kapolres "),
            Just("Kaltim "),
            Just("Kabupaten "),
            Just("Kota "),
            Just("Budi "),
            Just("Santoso "),
            Just("H "),
            Just("AKBP "),
            Just("Kolonel Laut (P) "),
            Just("S.Sos "),
            Just("M.Si "),
            Just(", "),
            Just("dan "),
            Just("selaku "),
            Just("yakni "),
            Just("(BPS) "),
            Just("kata "),
            Just("Pak "),
            Just(". "),
            Just("\n"),
        ];
        prop::collection::vec(piece, 0..30).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]
        #[test]
        fn any_arrangement_of_official_pieces_extracts(text in official_soup()) {
            let doc = super::extractor().extract(&text);
            for e in &doc.entities {
                prop_assert!(!e.text.is_empty());
                prop_assert_eq!(&text[e.span.start..e.span.end], e.text.as_str());
                for m in &e.mentions {
                    prop_assert_eq!(&text[m.span.start..m.span.end], m.text.as_str());
                }
            }
        }
    }
}

#[test]
fn nickname_given_by_the_text_is_an_alias_and_names_later_mentions() {
    let text = "Bupati Paser Fahmi Fadli yang akrab disapa Ancah meninjau jalan desa. \
                \"Jalan ini sudah lama rusak,\" kata Ancah di Tanah Grogot.";
    let o = officials(text);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].name, "Fahmi Fadli");
    assert_eq!(o[0].aliases, vec!["Ancah"]);
    assert!(persons(text).is_empty());
    let doc = extractor().extract(text);
    let official = doc
        .entities
        .iter()
        .find(|e| matches!(e.data, EntityData::Official(_)))
        .unwrap();
    let mentions: Vec<&str> = official.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(mentions, vec!["Fahmi Fadli", "Ancah", "Ancah"]);
}

#[test]
fn nickname_after_sapaan_akrabnya() {
    let text = "Pedagang sayur, Siti Rohmah, sapaan akrabnya Mbak Ros, menjual cabai. \
                Menurut Ros, harga naik.";
    let p = persons(text);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].name, "Siti Rohmah");
}

#[test]
fn name_set_off_by_commas_before_a_reporting_verb_is_a_person() {
    let p = persons(
        "Salah satu nelayan Muara Badak, Andi Saputra, mengaku hasil tangkapannya turun. \
         Andi berharap cuaca membaik.",
    );
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].name, "Andi Saputra");
    assert_eq!(p[0].aliases, vec!["Andi"]);
    // One word set off by commas is too little evidence.
    assert!(persons("Di Muara Badak, Andi, mengaku sibuk.").is_empty());
}

#[test]
fn bracketed_short_form_closes_the_unit_before_the_name() {
    let o = officials(
        "Direktur Jenderal Pengelolaan Ruang Laut (PRL) Moga Hutapea membuka pameran bahari.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Moga Hutapea",
            "Direktur Jenderal",
            Some("Pengelolaan Ruang Laut (PRL)"),
            vec![]
        )
    );
}

#[test]
fn modifier_with_its_short_form_in_brackets() {
    let o = officials("Penjabat (Pj) Bupati Paser Budi Prasetyo membuka pasar murah.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        ("Budi Prasetyo", "Penjabat Bupati", Some("Paser"), vec![])
    );
    assert_eq!(o[0].modifier.as_deref(), Some("Penjabat"));
}

#[test]
fn numbered_military_unit_with_its_place() {
    let o = officials("Upacara dipimpin Dandim 0908/Kota Bontang Letkol Inf Budi Prasetyo.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Budi Prasetyo",
            "Dandim",
            Some("0908/Kota Bontang"),
            vec!["Letkol Inf"]
        )
    );
}

#[test]
fn numbered_deputy_chairs_with_given_names() {
    let o = officials(
        "Rapat dipimpin Wakil Ketua I Andi Rahman dan Wakil Ketua II Muhammad Yusuf di gedung dewan.",
    );
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        vec![
            ("Andi Rahman", "Wakil Ketua I", None, vec![]),
            ("Muhammad Yusuf", "Wakil Ketua II", None, vec![]),
        ]
    );
}

#[test]
fn name_opening_with_an_ordinary_word_after_a_jurisdiction() {
    let o = officials("Kepala Dinas Pariwisata Berau Asli Wijaya membuka festival.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Asli Wijaya",
            "Kepala Dinas",
            Some("Dinas Pariwisata Berau"),
            vec![]
        )
    );
    // Without the jurisdiction, two ordinary words are no name.
    assert!(officials("Kepala Sekolah Baru Datang membuka acara.").is_empty());
}

#[test]
fn form_of_address_closing_a_name_is_part_of_it() {
    let o = officials("Bupati Paser Sri Wulandari Mas meninjau lokasi banjir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Sri Wulandari Mas");
    // Before a name it is still a form of address.
    let o = officials("Bupati Paser Mas Budi Prasetyo meninjau lokasi banjir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Budi Prasetyo");
}

#[test]
fn nickname_named_after_it_by_the_position() {
    let text = "Bupati Paser Fahmi Fadli membuka festival. Menurut Ancah, sapaan akrab sang \
                bupati, festival digelar tiap tahun.";
    let o = officials(text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].aliases, vec!["Ancah"]);
    assert!(persons(text).is_empty());
}

#[test]
fn a_name_set_off_before_a_verb_is_the_holder_not_the_body_words_before_it() {
    // The body's own name looks like a person's name; the name set off by commas before
    // the verb holds the position.
    let o = officials(
        "Ketua Kelompok Tani Sauyunan Saluyu, Sutarno Wijaya, mengatakan panen naik. \
         Koordinator Tim Rescue Istimewa Wilayah III, Haryono, menuturkan korban selamat. \
         Prakirawan Stasiun Meteorologi Juwata Sentosa, Tarakan, Dewi Lestari, memprakirakan \
         hujan lebat.",
    );
    let got: Vec<_> = o
        .iter()
        .map(|o| (o.name.as_str(), o.title.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Sutarno Wijaya", "Ketua Kelompok Tani"),
            ("Haryono", "Koordinator"),
            ("Dewi Lestari", "Prakirawan"),
        ]
    );
}

#[test]
fn named_people_after_bernama_and_honorifics_after_the_comma() {
    let p = persons(
        "Warga bernama Daeng Naba kehilangan perahunya. Kapal bernama Sinar \
         Bahari tenggelam. Calon jemaah asal Kabupaten Tuban, H. Karsidi, mengaku lega.",
    );
    let got: Vec<_> = p.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(got, vec!["Daeng Naba", "Karsidi"]);
}

#[test]
fn a_sub_unit_with_a_serial_list_after_the_jurisdiction() {
    let o = officials(
        "Anggota Bawaslu Kaltara Divisi Pencegahan, Partisipasi, dan Hubungan Masyarakat, \
         Yohana Lestari, menjelaskan jadwal pengawasan.",
    );
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].name, "Yohana Lestari");
    assert_eq!(o[0].title, "Anggota Bawaslu");
}

#[test]
fn a_word_set_off_before_an_age_is_a_person_and_a_neighbourhood_number_is_no_name() {
    // Darwis and Parulian are also ordinary words (a dervish; an affixed form).
    let text = "Sopir truk, Parulian (47), selamat dari kecelakaan itu. Ketua RT 05/RW 02, \
                Darwis (61), meminta warga waspada. Menurut Pasal 12, Ayat (2), izin itu gugur.";
    let p = persons(text);
    let got: Vec<_> = p.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(got, vec!["Parulian"]);
    let o = officials(text);
    assert_eq!(o.len(), 1);
    assert_eq!(
        (o[0].name.as_str(), o[0].title.as_str()),
        ("Darwis", "Ketua RT")
    );
}

#[test]
fn buton_nobility_is_part_of_the_name_and_bylines_name_persons() {
    let o = officials(
        "Kepala Dinas Pertanian Kabupaten Buton Tengah, La Ode Amal, S.P., meninjau sawah.",
    );
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].name, "La Ode Amal");
    // Without commas the title of nobility still opens the name, ending the body's name.
    let o = officials("Kepala Dinas Perikanan Maluku Tengah La Ode Kadir menyerahkan bantuan.");
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].name, "La Ode Kadir");
    assert_eq!(
        o[0].jurisdiction.as_deref(),
        Some("Dinas Perikanan Maluku Tengah")
    );
    let p = persons(
        "Petani Panen Raya\n\nLaporan Wartawan Kabar Kendari, Yusran Malik\n\nKENDARI - Panen \
         raya dimulai.\n\nPewarta: Nining Rahayu\n",
    );
    let got: Vec<_> = p.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(got, vec!["Yusran Malik", "Nining Rahayu"]);
}

#[test]
fn a_directorate_general_is_no_general_and_an_entourage_no_office_holder() {
    let text = "Kementerian Pertanian melalui Direktorat Jenderal Tanaman Pangan menyalurkan \
                benih. Rombongan Bupati tiba di Bandara Juwata, Tarakan Barat, sejak pagi.";
    assert!(officials(text).is_empty(), "{:?}", officials(text));
}

#[test]
fn a_numbered_office_after_its_place_and_a_balinese_name_after_a_place() {
    let o = officials(
        "Kepala Kanwil DJP Sumut I, Ratna Kartika, mengatakan target tercapai. Bupati \
         Tabanan I Komang Sanjaya meninjau subak.",
    );
    let got: Vec<_> = o.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(got, vec!["Ratna Kartika", "I Komang Sanjaya"]);
}

#[test]
fn passive_agents_appositions_and_places_set_off_before_a_person() {
    let p = persons(
        "Juara umum diraih Siti Rahma Wulandari dari Kabupaten Sleman. Obor dibawa \
         pemenang lomba lari maraton tingkat nasional tahun 2019 lalu, Yoga Pratama, putra \
         asli Kabupaten Bantul. Warga Kelurahan \
         Sempaja Selatan, Kecamatan Samarinda Utara, Haerudin, mengaku lega.",
    );
    let got: Vec<_> = p.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(
        got,
        vec!["Siti Rahma Wulandari", "Yoga Pratama", "Haerudin"]
    );
}

#[test]
fn a_foreign_body_named_after_a_verb_of_saying_is_no_person() {
    let text = "Populasi penyu menurun menurut Marine Society for Ocean Research (MSOR). Hal itu \
                dibenarkan kata Marieke van Dijk kepada wartawan.";
    let got: Vec<_> = persons(text).into_iter().map(|p| p.name).collect();
    assert_eq!(got, vec!["Marieke van Dijk"]);
}

#[test]
fn degrees_and_a_comma_may_stand_before_selaku_or_sebagai() {
    let o = officials(
        "Ir. Ratna Sitompul, M.T., sebagai Kepala Dinas Pekerjaan Umum Kabupaten Dairi, \
         menjelaskan jadwal proyek.",
    );
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].name, "Ratna Sitompul");
    assert_eq!(o[0].title, "Kepala Dinas");
    assert_eq!(o[0].honorifics, ["Ir.", "M.T."]);
    let o = officials("Hendra Lubis, selaku Camat Sidikalang, membuka musyawarah.");
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].name, "Hendra Lubis");
    assert_eq!(o[0].jurisdiction.as_deref(), Some("Sidikalang"));
}

#[test]
fn sumba_and_north_maluku_name_words_and_lower_case_degrees() {
    // Umbu (Sumba nobility) and Hi. (North Maluku's Haji inside a name) stay in the name;
    // a lower-case `drs.` is the old degree.
    let o = officials(
        "Bupati Sumba Barat Daya, Umbu Rara Lewa, membuka pameran. Camat Jailolo Abdul Karim \
         Hi. Mahmud menerima tamu. Kepala Dinas Sosial, drs. Markus Bere, menyerahkan bantuan.",
    );
    let names: Vec<_> = o.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(
        names,
        ["Umbu Rara Lewa", "Abdul Karim Hi. Mahmud", "Markus Bere"]
    );
    assert_eq!(o[2].honorifics, ["drs."]);
}

#[test]
fn a_place_that_opens_with_a_form_of_address_is_no_person() {
    // Ibu Selatan and Ibu Utara are districts of Halmahera Barat.
    let text = "Warga dari Kecamatan Ibu, Ibu Selatan, dan Ibu Utara hadir di Jailolo.";
    assert!(persons(text).is_empty(), "{:?}", persons(text));
}

#[test]
fn a_name_with_degrees_is_a_person_and_one_word_of_it_later_holds_the_title() {
    let text = "Rapat itu juga menetapkan Rudi Hartawan Siregar, S.STP., M.Si., yang pernah \
                bertugas di kecamatan. Kepala BKPSDM yang baru, Rudi, menyebut seleksi \
                berlangsung terbuka.";
    let o = officials(text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Rudi Hartawan Siregar");
    assert_eq!(o[0].aliases, ["Rudi"]);
    assert!(persons(text).is_empty());
    // Without degrees or another cue the name is no person.
    assert!(
        persons("Rapat itu menetapkan Rudi Hartawan Siregar sebagai ketua panitia.").is_empty()
    );
}

#[test]
fn a_short_form_in_brackets_after_the_title_and_a_given_name_inside_a_body() {
    let o = officials(
        "Sekretaris DPRD (Sekwan) Kota Bengkulu, Rizal Effendi, S.Sos., membacakan keputusan.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Rizal Effendi");
    assert_eq!(o[0].title, "Sekretaris DPRD");
    assert_eq!(o[0].jurisdiction.as_deref(), Some("Kota Bengkulu"));
    // `Agung` is a given name, but inside `Kejaksaan Agung` it is the body's word.
    assert!(officials(
        "Usulan itu disetujui Jaksa Agung Muda Tindak Pidana Umum (Jampidum) Kejaksaan \
         Agung dalam ekspose daring."
    )
    .is_empty());
}

#[test]
fn a_name_opening_its_clause_before_a_verb_of_reporting_is_a_person() {
    let got: Vec<_> = persons(
        "Hendra Gunawan mengatakan stok beras aman. Dinas Ketahanan Pangan menyebutkan hal \
         serupa.",
    )
    .into_iter()
    .map(|p| p.name)
    .collect();
    assert_eq!(got, ["Hendra Gunawan"]);
}

#[test]
fn a_form_of_address_and_the_first_word_of_a_title_name_its_holder() {
    let text = "Wali Kota Solok Andri Saputra meninjau pasar. \"Harga stabil,\" kata Pak Wali.";
    let o = officials(text);
    assert_eq!(o.len(), 1);
    assert_eq!(o[0].name, "Andri Saputra");
    assert!(persons(text).is_empty(), "{:?}", persons(text));
}

fn places(text: &str) -> Vec<String> {
    extractor()
        .extract(text)
        .entities
        .into_iter()
        .filter_map(|e| match e.data {
            EntityData::Place(p) => Some(p.name),
            _ => None,
        })
        .collect()
}

#[test]
fn one_title_two_names_joined_by_serta() {
    let o = officials(
        "Wakil Ketua DPRD Jambi Hendri Saputra serta Lusiana Dewi meninjau banjir di Muaro Jambi.",
    );
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        vec![
            ("Hendri Saputra", "Wakil Ketua DPRD", Some("Jambi"), vec![]),
            ("Lusiana Dewi", "Wakil Ketua DPRD", Some("Jambi"), vec![]),
        ]
    );
    // Each title its own name; a spouse and an entourage are no officials.
    let o = officials(
        "Bupati Sarolangun Arif Mulyadi serta Wakil Bupati Bambang Irawan hadir. Gubernur Jambi \
         Rudi Hartawan serta istrinya meninjau pasar. Camat Pauh Teguh Santoso serta rombongan \
         tiba.",
    );
    let got: Vec<_> = o
        .iter()
        .map(|o| (o.name.as_str(), o.title.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Arif Mulyadi", "Bupati"),
            ("Bambang Irawan", "Wakil Bupati"),
            ("Rudi Hartawan", "Gubernur"),
            ("Teguh Santoso", "Camat"),
        ]
    );
}

#[test]
fn a_village_after_a_title_gives_the_name_after_it_back() {
    let text = "Kepala Desa Lewobunga Fransiskus Nuba mengatakan air bersih sudah mengalir. \
                Kades Watu Kerbau Sri Wahyuni menambahkan warga bergotong royong. Kepala Desa \
                Ndora Wolo Yohanes Deki dan Sekretaris Desa Marlina hadir.";
    let o = officials(text);
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        vec![
            ("Fransiskus Nuba", "Kepala Desa", Some("Lewobunga"), vec![]),
            ("Sri Wahyuni", "Kades", Some("Watu Kerbau"), vec![]),
            ("Yohanes Deki", "Kepala Desa", Some("Ndora Wolo"), vec![]),
            ("Marlina", "Sekretaris Desa", None, vec![]),
        ]
    );
    let p = places(text);
    assert!(p.contains(&"Lewobunga".to_string()), "{p:?}");
    assert!(
        !p.iter()
            .any(|p| p.contains("Nuba") || p.contains("Deki") || p == "Marlina"),
        "{p:?}"
    );
}

#[test]
fn a_body_named_after_a_person_is_the_jurisdiction_not_the_holder() {
    let o = officials(
        "Direktur RSUD dr. Kariadi, Prof. Dr. dr. Endang Murti Wulandari, mengatakan ruang \
         bersalin diperluas. Direktur Utama RSUP Dr. Wahidin Sudirohusodo dr. Ratna Mahmud \
         menambahkan stok obat aman.",
    );
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        vec![
            (
                "Endang Murti Wulandari",
                "Direktur",
                Some("RSUD dr. Kariadi"),
                vec!["Prof.", "Dr.", "dr."]
            ),
            (
                "Ratna Mahmud",
                "Direktur Utama",
                Some("RSUP Dr. Wahidin Sudirohusodo"),
                vec!["dr."]
            ),
        ]
    );
    assert!(persons("Direktur RSUD dr. Kariadi, Prof. Dr. dr. Endang Murti, hadir.").is_empty());
}

#[test]
fn corporate_titles_with_their_function_and_company() {
    let o = officials(
        "Area Manager Communication, Relations & CSR PT Pertamina Patra Niaga Regional Sumbagsel, \
         Nikho Prasetya, mengatakan stok elpiji aman. Executive General Manager PLN UID Jawa \
         Tengah Bambang Setiawan meninjau gardu. Senior Manager Corporate Communication PT \
         Kereta Api Indonesia Daop 6 Yogyakarta Agus Wijaya menyebut tiket habis. Direktur Utama \
         PT Bank Sulselbar Muhammad Rusli menyampaikan laba naik. Branch Manager BNI Cabang \
         Kendari Dewi Lestari menyerahkan bantuan. General Manager PT Angkasa Pura Indonesia Bandara \
         Adisutjipto Rahmat Santoso menambahkan penerbangan normal.",
    );
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        vec![
            (
                "Nikho Prasetya",
                "Area Manager Communication, Relations & CSR",
                Some("PT Pertamina Patra Niaga Regional Sumbagsel"),
                vec![]
            ),
            (
                "Bambang Setiawan",
                "Executive General Manager",
                Some("PLN UID Jawa Tengah"),
                vec![]
            ),
            (
                "Agus Wijaya",
                "Senior Manager Corporate Communication",
                Some("PT Kereta Api Indonesia Daop 6 Yogyakarta"),
                vec![]
            ),
            (
                "Muhammad Rusli",
                "Direktur Utama",
                Some("PT Bank Sulselbar"),
                vec![]
            ),
            (
                "Dewi Lestari",
                "Branch Manager",
                Some("BNI Cabang Kendari"),
                vec![]
            ),
            (
                "Rahmat Santoso",
                "General Manager",
                Some("PT Angkasa Pura Indonesia Bandara Adisutjipto"),
                vec![]
            ),
        ]
    );
    assert!(persons(
        "Area Manager Communication, Relations & CSR PT Pertamina Patra Niaga Regional \
         Sumbagsel, Nikho Prasetya, hadir."
    )
    .is_empty());
    // A region no lexicon has after the company, before the holder's given name.
    let o =
        officials("Pimpinan Wilayah Perum Bulog Sulselbar Ahmad Fauzan mengatakan beras cukup.");
    let got: Vec<_> = o.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(got, vec!["Ahmad Fauzan"]);
}

#[test]
fn the_holder_after_a_body_named_after_a_person_without_honorifics_or_with_a_rank() {
    let o = officials(
        "Direktur RSUD dr. Kanujoso Djatiwibowo, Edy Iskandar, mengatakan layanan dibuka. \
         Direktur RSUP Dr. Kariadi Siti Farichah meninjau bangsal. Danlanud Sultan Iskandar \
         Muda Marsma TNI Gusti Ngurah Agung memimpin apel.",
    );
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        vec![
            (
                "Edy Iskandar",
                "Direktur",
                Some("RSUD dr. Kanujoso Djatiwibowo"),
                vec![]
            ),
            (
                "Siti Farichah",
                "Direktur",
                Some("RSUP Dr. Kariadi"),
                vec![]
            ),
            (
                "Gusti Ngurah Agung",
                "Danlanud",
                Some("Sultan Iskandar Muda"),
                vec!["Marsma TNI"]
            ),
        ]
    );
}

#[test]
fn two_positions_share_the_jurisdiction_after_the_second() {
    let o = officials(
        "Ketua dan Wakil Ketua DPRD Pinrang, Ahmad Rizal dan Nurhayati Said, membuka sidang. \
         Bupati dan Wakil Bupati Berau Rudi Mangunsong dan Gamalis hadir.",
    );
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        vec![
            ("Ahmad Rizal", "Ketua", Some("DPRD Pinrang"), vec![]),
            (
                "Nurhayati Said",
                "Wakil Ketua DPRD",
                Some("Pinrang"),
                vec![]
            ),
            ("Rudi Mangunsong", "Bupati", Some("Berau"), vec![]),
            ("Gamalis", "Wakil Bupati", Some("Berau"), vec![]),
        ]
    );
}

#[test]
fn a_unit_number_alone_after_the_title_before_the_holders_rank() {
    let o = officials(
        "Kapolres Sumbawa AKBP Heru Prasetyo dan Dandim 1607 Letkol Inf Yusuf Hamdani \
         meninjau posko.",
    );
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        vec![
            ("Heru Prasetyo", "Kapolres", Some("Sumbawa"), vec!["AKBP"]),
            ("Yusuf Hamdani", "Dandim", Some("1607"), vec!["Letkol Inf"]),
        ]
    );
}

#[test]
fn an_ordinary_word_opens_a_name_after_a_verb_of_saying() {
    // `Berkat`, `Damai` are ordinary words; after a verb of saying and before a name word
    // that is none, they open the name. Two ordinary words are still no name, and a
    // headline's capitalised verb is no verb of saying before a name.
    let text = "Polres Ungkap Peredaran Sabu di Tobelo\n\n\"Panen naik,\" ujar Berkat Zalukhu, \
                petani di Gunungsitoli. Menurut Damai Sitorus, harga stabil. \"Kami siap,\" \
                kata Tim Gabungan kepada wartawan.";
    let got: Vec<_> = persons(text).into_iter().map(|p| p.name).collect();
    assert_eq!(got, vec!["Berkat Zalukhu", "Damai Sitorus"]);
}
