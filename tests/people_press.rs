//! Officials and persons in the shapes of press releases from many fields (police, courts,
//! health, schools, religious affairs, sport, disasters, councils, villages, the army, state
//! companies, ministries): fixture sentences written for these tests, with the exact entities
//! expected.

use warta::document::{EntityData, Official, Person};
use warta::lexicon::{LexiconKind, LexiconText};
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

fn officials_with(ex: &Extractor, text: &str) -> Vec<Official> {
    ex.extract(text)
        .entities
        .into_iter()
        .filter_map(|e| match e.data {
            EntityData::Official(o) => Some(o),
            _ => None,
        })
        .collect()
}

fn officials(text: &str) -> Vec<Official> {
    officials_with(extractor(), text)
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

/// (name, title, jurisdiction, honorifics, aliases)
fn summary(o: &Official) -> (&str, &str, Option<&str>, Vec<&str>, Vec<&str>) {
    (
        o.name.as_str(),
        o.title.as_str(),
        o.jurisdiction.as_deref(),
        o.honorifics.iter().map(String::as_str).collect(),
        o.aliases.iter().map(String::as_str).collect(),
    )
}

#[test]
fn nickname_fillers_come_from_the_cue_lexicon() {
    let text = "Kepala Desa Rantau Panjang, Syamsul Bahri, yang biasa dipanggil Acong, \
                membuka pasar murah. Menurut Acong, harga beras stabil.";
    let o = officials(text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Syamsul Bahri",
            "Kepala Desa",
            Some("Rantau Panjang"),
            vec![],
            vec!["Acong"]
        )
    );
    let text = "Warga Lempake, Rusmini Tamba, sapaan karibnya Uni, menjual kue. \
                Uni mengaku untung.";
    let p = persons(text);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].name, "Rusmini Tamba");
    // A filler word is read from the lexicon: a user lexicon may add one.
    let text = "Camat Sangatta Utara Hasdiah, sapaan mesranya Acil, meninjau banjir. \
                \"Air mulai surut,\" kata Acil.";
    let plain = officials(text);
    assert_eq!(plain.len(), 1, "{plain:?}");
    assert!(plain[0].aliases.is_empty(), "{plain:?}");
    let ex = Extractor::builder()
        .reference_date("2024-03-14")
        .extend_lexicon(
            LexiconKind::PersonCues,
            LexiconText::new("cues.tsv", "form\tcue\nmesranya\tnickname_filler\n"),
        )
        .build()
        .unwrap();
    let o = officials_with(&ex, text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].aliases, vec!["Acil"]);
}

#[test]
fn given_name_honorific_after_another_honorific_is_part_of_the_name() {
    let text = "Kepala Puskesmas Besuk, Hj. Syarifah Nur Aini, menjelaskan jadwal vaksinasi. \
                Syarifah menambahkan stok vaksin cukup.";
    let o = officials(text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Syarifah Nur Aini",
            "Kepala Puskesmas",
            Some("Puskesmas Besuk"),
            vec!["Hj."],
            vec!["Syarifah"]
        )
    );
    let p = persons("Penyuluh agama, Hj. Syarifah Rahmah Alaydrus, warga Kraksaan, hadir.");
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].name, "Syarifah Rahmah Alaydrus");
    assert_eq!(p[0].honorifics, vec!["Hj."]);
    // Opening the prefixes it is still a title.
    let o = officials("Ketua Dewan Syuro Gus Mujib Imron membuka musyawarah.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Mujib Imron");
    assert_eq!(o[0].honorifics, vec!["Gus"]);
}

#[test]
fn abbreviated_name_words_stay_in_the_name() {
    let text = "Kepala Bidang Kesehatan Masyarakat, Muh. Ridwan Amir, SKM, memantau posyandu. \
                Menurut Ridwan, cakupan imunisasi naik.";
    let o = officials(text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Muh. Ridwan Amir",
            "Kepala Bidang",
            Some("Kesehatan Masyarakat"),
            vec!["SKM"],
            vec!["Ridwan"]
        )
    );
    // A clan title of nobility inside a name (Minangkabau `Dt.`, Banten `Tb.`) is written
    // with the name.
    let o = officials("Kepala SMK Negeri 1 Solok Nasrul Dt. Bandaro Putiah membuka pameran.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Nasrul Dt. Bandaro Putiah");
    let o = officials("Camat Walantaka Tb. Hasanudin meninjau banjir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Tb. Hasanudin");
    // The abbreviation does not end the sentence.
    let doc = extractor().extract("Hadir pula Moch. Arifin Tamba, warga Sukolilo.");
    assert_eq!(doc.sentences.len(), 1);
    let p = persons("Hadir pula Moch. Arifin Tamba, warga Sukolilo.");
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].name, "Moch. Arifin Tamba");
}

#[test]
fn a_later_mention_names_the_official_named_last_before_it() {
    // `Bahtiar` is a word of two officials' names; the one just named is meant, although
    // the other is named later in the text.
    let text = "Pj Gubernur Sulsel, Bahtiar Baharuddin, melantik pejabat. \"Langsung kerja,\" \
                tegas Bahtiar. Pelantikan disaksikan Ketua TP-PKK Sulsel, Sofha Marwah Bahtiar.";
    let o = officials(text);
    assert_eq!(o.len(), 2, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Bahtiar Baharuddin",
            "Pj Gubernur",
            Some("Sulsel"),
            vec![],
            vec!["Bahtiar"]
        )
    );
    assert_eq!(
        summary(&o[1]),
        (
            "Sofha Marwah Bahtiar",
            "Ketua TP-PKK",
            Some("Sulsel"),
            vec![],
            vec![]
        )
    );
}

#[test]
fn a_clause_with_a_verb_after_a_title_does_not_link_it_to_the_next_name() {
    let text = "Kepala Desa Sumberejo, Warsito, membuka pasar desa. Kades Sumberejo juga \
                menyebut warganya, Painem (61), kini berjualan sayur.";
    let o = officials(text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        ("Warsito", "Kepala Desa", Some("Sumberejo"), vec![], vec![])
    );
    let p = persons(text);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].name, "Painem");
    let text = "Bupati Berau menyerahkan bantuan kepada warganya, Sukarti Ningsih (54).";
    assert!(officials(text).is_empty(), "{:?}", officials(text));
    assert_eq!(persons(text).len(), 1);
    // A relative clause or an origin still links the position to the name.
    let o = officials("Bupati Berau yang baru dilantik, Sri Juniarsih Mas, meninjau banjir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Sri Juniarsih Mas");
    let o = officials("Anggota DPRD Kaltim asal Dapil Berau, Budi Hartono, hadir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Budi Hartono");
}

#[test]
fn positions_of_services_committees_companies_and_courts() {
    let o = officials("Kadinkes Paser Amir Faisol meninjau posyandu di Tanah Grogot.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        ("Amir Faisol", "Kadinkes", Some("Paser"), vec![], vec![])
    );
    let o = officials("Sekretaris Umum KONI Kaltara, Yohanes Bili, melepas kontingen.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Yohanes Bili",
            "Sekretaris Umum",
            Some("KONI Kaltara"),
            vec![],
            vec![]
        )
    );
    let o = officials("Senior Manager Niaga UID Kaltimra, Sugeng Widodo, memantau gardu.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].title, "Senior Manager");
    assert_eq!(o[0].name, "Sugeng Widodo");
    let o = officials("Sesditjen Cipta Karya, Ir. Dewi Chomistriana, M.Sc., hadir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Dewi Chomistriana",
            "Sesditjen",
            Some("Cipta Karya"),
            vec!["Ir.", "M.Sc."],
            vec![]
        )
    );
    let o = officials(
        "Sidang dipimpin Hakim Ketua Rudi Hartono dengan hakim anggota Sari Dewanti dan Yudi \
         Prakoso.",
    );
    let names: Vec<(&str, &str)> = o
        .iter()
        .map(|o| (o.name.as_str(), o.title.as_str()))
        .collect();
    assert_eq!(
        names,
        vec![
            ("Rudi Hartono", "Hakim Ketua"),
            ("Sari Dewanti", "hakim anggota"),
            ("Yudi Prakoso", "hakim anggota")
        ]
    );
}

#[test]
fn degrees_and_forms_of_address_of_the_lexicons() {
    let o = officials(
        "Rektor Universitas Mulawarman, Prof. Dr. Abdunnur, SE, MPPM, Ak, membuka seminar.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Abdunnur");
    assert_eq!(o[0].honorifics, vec!["Prof.", "Dr.", "SE", "MPPM", "Ak"]);
    let p = persons("Penerima bantuan, Mbah Sukinah (78), menangis haru.");
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].name, "Sukinah");
    assert_eq!(p[0].honorifics, vec!["Mbah"]);
}

#[test]
fn a_place_that_is_an_ordinary_word_inside_a_units_name_does_not_end_it() {
    // Bina and Marga are also names of places.
    let o = officials(
        "Kepala Bidang Bina Marga Dinas PUPR Kutai Timur, Joko Santoso, meninjau jembatan.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Joko Santoso",
            "Kepala Bidang",
            Some("Bina Marga Dinas PUPR Kutai Timur"),
            vec![],
            vec![]
        )
    );
    let text = "Direktorat Jenderal (Ditjen) Bina Marga menambah anggaran. Dirjen Bina Marga \
                Kementerian PU, Roy Rizali, meninjau jembatan.";
    let o = officials(text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Roy Rizali",
            "Dirjen",
            Some("Bina Marga Kementerian PU"),
            vec![],
            vec![]
        )
    );
    assert!(persons(text).is_empty());
    // A place after the unit still ends it.
    let o = officials("Kepala Dinas Pertanian Tanah Laut Ir. Hasrul Ambo meninjau sawah.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        o[0].jurisdiction.as_deref(),
        Some("Dinas Pertanian Tanah Laut")
    );
    assert_eq!(o[0].name, "Hasrul Ambo");
}

#[test]
fn a_sentence_closed_by_a_degree_is_no_headline() {
    // Nearly every word is capitalised, but the period of `S.E.` closes the sentence.
    let o = officials(
        "Ia didampingi Dandim 0906/Kutai Kartanegara Letkol Inf Rudi Hermawan dan Bupati Kutai \
         Barat H. Frederick Edwin Lasa, S.E.",
    );
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        vec![
            (
                "Rudi Hermawan",
                "Dandim",
                Some("0906/Kutai Kartanegara"),
                vec!["Letkol Inf"],
                vec![]
            ),
            (
                "Frederick Edwin Lasa",
                "Bupati",
                Some("Kutai Barat"),
                vec!["H.", "S.E."],
                vec![]
            )
        ]
    );
}

#[test]
fn degrees_before_selaku_or_sebagai_belong_to_the_name() {
    let text = "Pejabat yang dilantik masing-masing Rudi Santoso sebagai Kepala Biro Umum, dan \
                Dr. Ir. Hamka Aras, M.Si. sebagai Kepala Badan Pendapatan Daerah.";
    let o = officials(text);
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        vec![
            ("Rudi Santoso", "Kepala Biro", Some("Umum"), vec![], vec![]),
            (
                "Hamka Aras",
                "Kepala Badan",
                Some("Badan Pendapatan Daerah"),
                vec!["Dr.", "Ir.", "M.Si."],
                vec![]
            )
        ]
    );
    let o = officials("Budi Hartono, S.Sos selaku Camat Tenggarong membuka rapat.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Budi Hartono",
            "Camat",
            Some("Tenggarong"),
            vec!["S.Sos"],
            vec![]
        )
    );
}

#[test]
fn a_place_that_is_an_ordinary_word_inside_a_committees_name() {
    // Natal is also a district (Mandailing Natal).
    let o = officials(
        "Ketua Panitia Natal Gereja Katedral Balikpapan, Robertus Lamahoda, mengapresiasi PLN.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Robertus Lamahoda",
            "Ketua Panitia",
            Some("Natal Gereja Katedral Balikpapan"),
            vec![],
            vec![]
        )
    );
    // A regional post still ends at its place.
    let o = officials("Camat Natal Budi Lubis meninjau banjir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].jurisdiction.as_deref(), Some("Natal"));
}

#[test]
fn a_list_of_names_after_masing_masing_shares_the_position() {
    let text = "Rapat paripurna dipimpin Wakil Ketua DPRD masing-masing Sarkowi V Zahry, \
                Ananda Emira Moeis dan H. Muhammad Samsun.";
    let o = officials(text);
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        vec![
            ("Sarkowi V Zahry", "Wakil Ketua DPRD", None, vec![], vec![]),
            (
                "Ananda Emira Moeis",
                "Wakil Ketua DPRD",
                None,
                vec![],
                vec![]
            ),
            (
                "Muhammad Samsun",
                "Wakil Ketua DPRD",
                None,
                vec!["H."],
                vec![]
            )
        ]
    );
    // Without a link word the names after the first are not given the position.
    let o = officials("Bupati Paser Fahmi Fadli, Andi Harun Rasyid dan Budi Santoso hadir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Fahmi Fadli");
}

fn person_names(text: &str) -> Vec<String> {
    persons(text).into_iter().map(|p| p.name).collect()
}

#[test]
fn a_title_only_a_person_bears_is_evidence_of_a_person() {
    let p =
        persons("Materi dakwah dibawakan Ustaz Hanif Maulana dari Pondok Pesantren Darul Ulum.");
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].name, "Hanif Maulana");
    let p = persons("Testimoni disampaikan Hj. Rosmini Daeng Tayang dari Kecamatan Bontoala.");
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].name, "Rosmini Daeng Tayang");
    // The same titles in the names of buildings and streets, and a pilgrimage title before one
    // word (a company's name: HM Sampoerna), are no evidence.
    assert!(person_names("Pasien dirujuk ke RSUD dr. Soetomo Surabaya kemarin.").is_empty());
    assert!(person_names("Macet terjadi di Jalan KH. Ahmad Dahlan sejak pagi.").is_empty());
    assert!(person_names("Ia kini memimpin HM Sampoerna di Surabaya.").is_empty());
    // Initials and capitals alone after a title are too little of a name.
    assert!(person_names("Tertulis H. E. AE di papan itu.").is_empty());
}

#[test]
fn a_noun_that_describes_a_person_before_the_name_is_evidence() {
    // Set off by commas after the describing phrase.
    let text = "Atlet panahan asal Kabupaten Mimika, Yuliana Magal, menjadi andalan. Yuliana, \
                sapaan akrabnya Yuli, pernah meraih perak.";
    let p = persons(text);
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].name, "Yuliana Magal");
    assert_eq!(p[0].aliases, vec!["Yuliana", "Yuli"]);
    // Right before the name; a lower-case title after the noun only qualifies it.
    let text = "Tim dilatih oleh pelatih kepala Yohanes Rumere yang pernah menangani tim junior.";
    assert!(officials(text).is_empty(), "{:?}", officials(text));
    assert_eq!(person_names(text), vec!["Yohanes Rumere"]);
    // Such nouns also come before the names of things.
    assert!(person_names("Diumumkan pemenang Annual Report Award tahun ini.").is_empty());
}

#[test]
fn christian_and_chinese_indonesian_given_names_start_a_name() {
    // Paul and Mei are also in the word lists (Mei is the month).
    let o = officials(
        "Anggota Komisi II dari Fraksi Golkar, Paul Mei Hutagalung, mengusulkan tambahan anggaran.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Paul Mei Hutagalung");
    assert_eq!(o[0].title, "Anggota Komisi II");
    let p = persons("Bantuan diterima warga Sentani, Marthen Ohee (58), kemarin.");
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].name, "Marthen Ohee");
}

#[test]
fn an_unknown_place_before_a_given_name_and_a_name_set_off_by_commas() {
    let o = officials("Kepala Kampung Yoboi Robertus Ohee menyambut rombongan.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Robertus Ohee",
            "Kepala Kampung",
            Some("Yoboi"),
            vec![],
            vec![]
        )
    );
    // Makmur is an ordinary word, but a name of two words set off by commas after the
    // jurisdiction is the holder's.
    let o = officials("Anggota DPRD Kaltim, Makmur Hasan, hadir dalam rapat.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Makmur Hasan",
            "Anggota DPRD",
            Some("Kaltim"),
            vec![],
            vec![]
        )
    );
    // Two ordinary words are still no name.
    assert!(officials("Anggota DPRD Kaltim, Sangat Senang, hadir.").is_empty());
}

#[test]
fn balinese_names_nobility_and_double_surnames() {
    // Sang is a Balinese name word (and, in lower case, an article).
    let o = officials("Bupati Bangli Sang Nyoman Sedana Arta membuka festival.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Sang Nyoman Sedana Arta");
    // A title of nobility vouches for a name whose words are ordinary words.
    let o = officials("Anggota DPRD Provinsi Bali, Anak Agung Gede Agung, hadir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Anak Agung Gede Agung");
    // A married woman's double surname.
    let o = officials("Ketua TP-PKK Kota Tomohon, Ny. Jeane Caroll-Wenas, membuka bazar.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Jeane Caroll-Wenas",
            "Ketua TP-PKK",
            Some("Kota Tomohon"),
            vec!["Ny."],
            vec![]
        )
    );
}

#[test]
fn a_title_written_before_names_opens_the_next_name_in_a_list() {
    // `dr.` is also written after a name (Santi Martini, dr., M.Kes.); before a name it
    // opens that name.
    let text = "Penjabat Wali Kota Kotamobagu, Asripan Nani, didampingi Kepala Dinas Kesehatan \
                Kotamobagu, Sarida Mokoginta, dr. Rina Wati dan Budi Mamonto.";
    let o = officials(text);
    assert_eq!(o.len(), 2, "{o:?}");
    assert!(o[1].honorifics.is_empty(), "{o:?}");
}

#[test]
fn positions_and_titles_of_bali_aceh_prisons_and_academia() {
    let o = officials("Bendesa Adat Tenganan, I Putu Yudiana, menerima rombongan.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "I Putu Yudiana",
            "Bendesa Adat",
            Some("Tenganan"),
            vec![],
            vec![]
        )
    );
    let o = officials(
        "Kasubsi Registrasi Lapas Kelas IIB Sampit, Andi Rahmat, membacakan daftar penerima remisi.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].title, "Kasubsi");
    assert_eq!(o[0].name, "Andi Rahmat");
    let o = officials("Ketua Panwaslih Pidie, Teuku Saiful, memantau rekapitulasi.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Teuku Saiful",
            "Ketua Panwaslih",
            Some("Pidie"),
            vec![],
            vec![]
        )
    );
    // The medical title after a name, in academic style.
    let o = officials("Dekan FK Unsrat, Prof. Dr. Fima Langi, dr., M.Kes., membuka seminar.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].honorifics, vec!["Prof.", "Dr.", "dr.", "M.Kes."]);
    let p = persons("Salah satu warga, Oma Lientje Kawung (70), berharap lurah rajin berkunjung.");
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].name, "Lientje Kawung");
    assert_eq!(p[0].honorifics, vec!["Oma"]);
}

#[test]
fn names_listed_after_a_describing_clause_and_coordinated_with_a_person() {
    let text = "Dua mahasiswa terlibat dalam pembuatan aplikasi, yakni Dimas Arya Saputra dan \
                Aulia Ayu Wulandari. Dimas mengaku tertarik sejak SMA.";
    let got: Vec<_> = persons(text)
        .into_iter()
        .map(|p| (p.name, p.aliases))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Dimas Arya Saputra".to_string(), vec!["Dimas".to_string()]),
            ("Aulia Ayu Wulandari".to_string(), vec![])
        ]
    );
    // A company after such a clause is none.
    assert!(person_names(
        "Saham dibeli anak perusahaan, yaitu PT Pamapersada Nusantara, pekan lalu."
    )
    .is_empty());
}

#[test]
fn an_unknown_village_ending_in_an_ordinary_word_before_the_heads_name() {
    // Girian is a district; Girian Bawah, a kelurahan of it, is not in the default lexicons.
    let text = "Kelima lurah yang dilantik antara lain Lurah Girian Bawah Frangky Rumengan dan \
                Lurah Aertembaga Satu Hendra Sumampouw.";
    let o = officials(text);
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        vec![
            (
                "Frangky Rumengan",
                "Lurah",
                Some("Girian Bawah"),
                vec![],
                vec![]
            ),
            (
                "Hendra Sumampouw",
                "Lurah",
                Some("Aertembaga Satu"),
                vec![],
                vec![]
            )
        ]
    );
    let o = officials("Kepala Desa Sumber Makmur Hasan Basri membuka musyawarah desa.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].jurisdiction.as_deref(), Some("Sumber Makmur"));
    assert_eq!(o[0].name, "Hasan Basri");
}

#[test]
fn long_unit_names_with_lists_brackets_and_acronyms() {
    let o = officials(
        "Kabid Pendidikan Agama, Keagamaan dan Pondok Pesantren (PAKPontren) Kanwil Kemenag \
         Kaltim, Muhammad Isnaini, membuka lomba.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Muhammad Isnaini",
            "Kabid",
            Some("Pendidikan Agama, Keagamaan dan Pondok Pesantren (PAKPontren) Kanwil Kemenag Kaltim"),
            vec![],
            vec![]
        )
    );
    let o = officials(
        "Apel dipimpin General Manager PT PLN (Persero) Unit Induk Distribusi Kalimantan Timur \
         dan Utara (UID Kaltimra), Ir. Joko Prayitno. Ia memeriksa genset.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Joko Prayitno");
    assert_eq!(
        o[0].jurisdiction.as_deref(),
        Some("PT PLN (Persero) Unit Induk Distribusi Kalimantan Timur dan Utara (UID Kaltimra)")
    );
    // After a short form in brackets a name still starts the holder's name.
    let o = officials(
        "Kepala Bidang Perlindungan Konsumen dan Tertib Niaga (PKTN) Moga Simatupang hadir.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Moga Simatupang");
}

#[test]
fn customary_leaders_and_a_hyphenated_place_before_a_name() {
    let o = officials("Temenggung Adat Dayak Kenyah, Petrus Ajang, membuka upacara.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Petrus Ajang",
            "Temenggung Adat",
            Some("Dayak Kenyah"),
            vec![],
            vec![]
        )
    );
    let o = officials("Raja Negeri Hila, Yusuf Ohorella, menyambut rombongan.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].title, "Raja Negeri");
    assert_eq!(o[0].jurisdiction.as_deref(), Some("Hila"));
    let o = officials("Bundo Kanduang Sumbar, Puti Reno Raudhatul Jannah, hadir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Puti Reno Raudhatul Jannah");
    // A hyphenated word right after the complement, then a comma and a name.
    let o = officials("Kepala BBKK Soekarno-Hatta, dr. Naning Nugrahini, M.Kes, melapor.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Naning Nugrahini",
            "Kepala",
            Some("BBKK Soekarno-Hatta"),
            vec!["dr.", "M.Kes"],
            vec![]
        )
    );
}

#[test]
fn degrees_after_a_one_word_given_name_are_no_second_name_word() {
    // `Fajri` is a given name, but `ST` after it is a degree, not the second word of a name
    // that would leave `Kahal` to the unknown place.
    let o = officials("Hadir pula Kepala Bappeda Rusdi Fajri ST MT dan para camat.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Rusdi Fajri",
            "Kepala Bappeda",
            None,
            vec!["ST", "MT"],
            vec![]
        )
    );
}

#[test]
fn one_name_word_set_off_after_a_described_person() {
    assert_eq!(
        person_names(
            "Dana itu cair pekan lalu. Warga Kelurahan Sukamaju, Darmini, mengaku senang."
        ),
        vec!["Darmini"]
    );
    assert_eq!(
        person_names("Ia berangkat pagi. Istrinya, Suwarti, yang ikut mendampingi, tersenyum."),
        vec!["Suwarti"]
    );
    assert_eq!(
        person_names(
            "Sidang ditunda. Penasihat hukum terdakwa, Bonifasius Lado, menyatakan banding."
        ),
        vec!["Bonifasius Lado"]
    );
    // One word set off with no verb of reporting after it is not enough.
    assert!(person_names("Warga Kelurahan Sukamaju, Darmini, Selasa pagi.").is_empty());
}

#[test]
fn particles_inside_a_name() {
    assert_eq!(
        person_names("Festival ramai. Seorang turis asal Jerman, Katrin von Berg, mengaku kagum."),
        vec!["Katrin von Berg"]
    );
    let o = officials("Acara dibuka. Kepala Desa Sungai Rangas, Rusmini binti Asnawi, hadir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Rusmini binti Asnawi");
}

#[test]
fn words_after_a_complement_before_a_name_set_off_by_a_comma() {
    // An honorific opens the name after the comma: the capitalised words before it end the
    // unit's name.
    let o =
        officials("Panen lancar. Manajer Kebun Sei Lepan Selatan, Ir. Darwin Tampubolon, hadir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Darwin Tampubolon",
            "Manajer",
            Some("Kebun Sei Lepan Selatan"),
            vec!["Ir."],
            vec![]
        )
    );
    // The body's short form in brackets.
    let o = officials(
        "Rapat usai. Juru Bicara Badan Musyawarah Adat (Bamus) Lembah Hijau, Tgk. Rasyidin Amin, \
         menyampaikan sikap lembaganya.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Rasyidin Amin");
    assert_eq!(o[0].title, "Juru Bicara");
    // A place after `di`.
    let o =
        officials("Rombongan tiba. Kepala Suku Lani di Kampung Wolo, Yeremias Tabuni, menyambut.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Yeremias Tabuni",
            "Kepala Suku",
            Some("Lani"),
            vec![],
            vec![]
        )
    );
}

#[test]
fn a_nickname_before_its_cue_names_the_official_just_named() {
    let text =
        "Bupati Sabu Raijua Yohanis Manu menghadiri acara itu. Menurut Anis, sapaan akrabnya, \
                pemerintah siap membantu.";
    let o = officials(text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].aliases, vec!["Anis"]);
    assert!(persons(text).is_empty());
    // A title after the cue names the holder; the official named last is not it.
    let text = "Kepala Dinas Sosial Yohanis Manu dan Kepala Dinas Kesehatan Maria Yuliana Ndun \
                hadir. Yohanis mengatakan data sudah lengkap. Sementara Yuliana, sapaan karib \
                Kepala Dinas Kesehatan, menargetkan imunisasi tuntas.";
    let o = officials(text);
    assert_eq!(o.len(), 2, "{o:?}");
    assert!(o[0].aliases.iter().all(|a| a != "Yuliana"), "{o:?}");
}

#[test]
fn places_set_off_between_a_jurisdiction_and_the_name() {
    // A region prefix never opens a name; the places that locate the village are skipped.
    let o = officials(
        "Lurah Wonokromo, Kapanewon Pleret, Bantul, Sugeng Riyadi, mengatakan warga siap.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        ("Sugeng Riyadi", "Lurah", Some("Wonokromo"), vec![], vec![])
    );
}

#[test]
fn honorifics_of_priests_captains_pilgrims_and_engineers() {
    let o = officials("Misa dimulai. Pastor Paroki Ruteng, RD. Stefanus Jaga, memimpin misa.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Stefanus Jaga",
            "Pastor Paroki",
            Some("Ruteng"),
            vec!["RD."],
            vec![]
        )
    );
    let o = officials("Nelayan senang. Ketua HNSI Majene, Haji Baharuddin, menyambut baik.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Baharuddin");
    assert_eq!(o[0].honorifics, vec!["Haji"]);
    let o = officials(
        "Cuaca buruk. Kepala Kantor KSOP Kelas III Tobelo, Capt. Yohanes Rumere, mengingatkan nakhoda.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Yohanes Rumere");
    assert_eq!(o[0].honorifics, vec!["Capt."]);
    let o = officials("Acara dibuka. Dekan Fakultas Teknik Dr. Eng. Rina Kartikasari hadir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Rina Kartikasari",
            "Dekan",
            Some("Fakultas Teknik"),
            vec!["Dr. Eng."],
            vec![]
        )
    );
    // Spelled out inside a unit's name with no name after it, Haji is a word of the unit.
    let o = officials(
        "Jadwal keluar. Kepala Seksi Penyelenggaraan Haji dan Umrah, Ahmad Fauzan, menjelaskan.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Ahmad Fauzan",
            "Kepala Seksi",
            Some("Penyelenggaraan Haji dan Umrah"),
            vec![],
            vec![]
        )
    );
}

#[test]
fn long_bodies_before_a_name_set_off_by_a_comma() {
    // Capitalised words up to the comma, and an honorific opening the name.
    let o = officials(
        "Program dinilai baik. Pembina Pusat Studi Pancasila Universitas Tadulako, Dr. Rahmat \
         Saleh, menilai program itu berhasil.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Rahmat Saleh",
            "Pembina",
            Some("Pusat Studi Pancasila Universitas Tadulako"),
            vec!["Dr."],
            vec![]
        )
    );
    // The title's short form in brackets.
    let o = officials(
        "Berkas lengkap. Kepala Seksi Penerangan Hukum (Kasi Penkum) Kejati Sulbar, Fahmi \
         Hidayat, mengatakan hal itu.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Fahmi Hidayat");
    assert_eq!(o[0].title, "Kepala Seksi");
    // A preposition inside the body's name.
    let o = officials(
        "Program berjalan. Ketua Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) \
         Untad, Prof. Dr. Ir. Muhammad Basir, menjelaskan program.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Muhammad Basir");
    assert_eq!(
        o[0].jurisdiction.as_deref(),
        Some("Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) Untad")
    );
    // A serial comma in a list of units, and a rank word that ends the title (Jenderal).
    let o = officials(
        "Sekolah rusak. Ia didampingi Direktur Jenderal Pendidikan Anak Usia Dini, Pendidikan \
         Dasar, dan Pendidikan Menengah Suharti Wulandari kemarin.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Suharti Wulandari");
    assert_eq!(o[0].title, "Direktur Jenderal");
}

#[test]
fn initials_written_together_open_a_name() {
    let o = officials(
        "Acara dibuka. Asisten II Setda Provinsi Bengkulu, R.A. Denni, memberi apresiasi.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "R.A. Denni");
    assert_eq!(o[0].title, "Asisten II");
}

#[test]
fn a_given_name_after_a_numbered_title_opens_the_name() {
    let o = officials(
        "Rapat dibuka pagi. Rapat dipimpin Wakil Ketua I Zulfikar Hasan didampingi Wakil Ketua II \
         Nova Lestari.",
    );
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        vec![
            ("Zulfikar Hasan", "Wakil Ketua I", None, vec![], vec![]),
            ("Nova Lestari", "Wakil Ketua II", None, vec![], vec![]),
        ]
    );
    // No given name: the words after the number name the unit.
    let o =
        officials("Ia mengimbau warga. Kasubdit V Siber Ditreskrimsus, AKBP Joni Siregar, hadir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Joni Siregar",
            "Kasubdit V",
            Some("Siber Ditreskrimsus"),
            vec!["AKBP"],
            vec![]
        )
    );
}

#[test]
fn short_forms_units_and_name_words_around_a_position() {
    // The title's short form in brackets is no part of the jurisdiction.
    let o = officials(
        "Sidang digelar. Tuntutan dibacakan Jaksa Penuntut Umum (JPU) Kejaksaan Negeri Barito \
         Kuala, Yusran Hadi, kemarin.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Yusran Hadi");
    assert_eq!(
        o[0].jurisdiction.as_deref(),
        Some("Kejaksaan Negeri Barito Kuala")
    );
    // A numbered unit with a place the gazetteer does not know.
    let o = officials("Apel digelar. Hadir Dandim 0420/Sarko Letkol Inf Made Sudarta.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Made Sudarta",
            "Dandim",
            Some("0420/Sarko"),
            vec!["Letkol Inf"],
            vec![]
        )
    );
    // Ratu is a name word after a place.
    let o = officials("Acara dibuka. Bupati Pandeglang Ratu Irna Dimyati hadir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Ratu Irna Dimyati");
}

#[test]
fn a_title_with_the_possessive_nya() {
    let o = officials(
        "Fraksi menyampaikan pandangan. Fraksi Hanura melalui juru bicaranya, Hj. Rosmiati Lubis, \
         meminta serapan anggaran diperbaiki.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        ("Rosmiati Lubis", "juru bicara", None, vec!["Hj."], vec![])
    );
    let o = officials(
        "Evaluasi diminta terbuka. Lembaga itu melalui Direktur Eksekutifnya, Yahya Lamba, mendesak \
         pemerintah.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Yahya Lamba");
    assert_eq!(o[0].title, "Direktur Eksekutif");
    // The word alone with -nya is no title without a name after it.
    assert!(officials("Ia terjatuh dan kepalanya terbentur batu.").is_empty());
}

#[test]
fn a_quoted_name_inside_a_body_before_the_name() {
    let o = officials(
        "Para lurah berkumpul. Ketua Paguyuban Lurah dan Pamong Kalurahan \"Ngesti Rahayu\" DIY, \
         Sumadi Prawiro, menyatakan siap.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Sumadi Prawiro",
            "Ketua",
            Some("Paguyuban Lurah dan Pamong Kalurahan \"Ngesti Rahayu\" DIY"),
            vec![],
            vec![]
        )
    );
}

#[test]
fn a_village_facilitator_is_a_position() {
    let o = officials(
        "Bantuan disalurkan. Pendamping desa dari Kementerian Desa, Wulan Sari Dewi, menjelaskan \
         aturan penyaluran.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Wulan Sari Dewi");
    assert_eq!(o[0].title, "Pendamping desa");
}

#[test]
fn no_name_opens_with_a_prefix_word_of_the_place_context_lexicon() {
    // `Padukuhan` (a hamlet in Yogyakarta) is a prefix in place_context.tsv: what follows it
    // is a place, not the name of the hamlet head.
    let text = "Kepala Dusun, Padukuhan Ngentak, mengatakan acara berjalan lancar.";
    assert!(officials(text).is_empty(), "{:?}", officials(text));
    assert!(persons(text).is_empty());
    // A word the lexicon gains works the same way (here a spelling of Padukuhan).
    let extra = LexiconText::new(
        "my_place_context.tsv",
        "word\trole\tlevel\tnote\nPadusunan\tprefix\tvillage\t\n",
    );
    let ex = Extractor::builder()
        .extend_lexicon(LexiconKind::PlaceContext, extra)
        .build()
        .unwrap();
    let text = "Kepala Dusun, Padusunan Ngentak, mengatakan acara berjalan lancar.";
    assert!(officials_with(extractor(), text).len() == 1);
    assert!(officials_with(&ex, text).is_empty());
    // `Prov` without its period is a prefix too: `Sekda Prov Kaltim` names no one.
    assert!(officials("Surat ditandatangani Sekda Prov Kaltim kemarin.").is_empty());
}

#[test]
fn a_police_rank_written_with_its_period() {
    let o = officials("Kapolda Jambi Irjen Pol. Rusdi Hartono meninjau pos mudik.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Rusdi Hartono",
            "Kapolda",
            Some("Jambi"),
            vec!["Irjen Pol."],
            vec![]
        )
    );
    let o = officials("Dirlantas Polda Bengkulu, Kombes Pol. Wahyu Adi, S.I.K., menjelaskan rekayasa lalu lintas.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Wahyu Adi");
    assert_eq!(o[0].honorifics, vec!["Kombes Pol.", "S.I.K."]);
}

#[test]
fn a_commission_numbered_with_a_letter() {
    let o = officials("Anggota Komisi C DPRD Jatim, Lilik Handayani, meminta jalan diperbaiki.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Lilik Handayani",
            "Anggota Komisi C",
            Some("DPRD Jatim"),
            vec![],
            vec![]
        )
    );
}

#[test]
fn a_short_form_of_two_words_in_brackets_inside_the_unit_name() {
    let o = officials(
        "Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak (Dinsos P3A) Blora, \
         Yuni Astuti, membuka pelatihan.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Yuni Astuti");
    assert_eq!(
        o[0].jurisdiction.as_deref(),
        Some("Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak (Dinsos P3A) Blora")
    );
    assert!(persons("Kepala Dinas Sosial, Pemberdayaan Perempuan dan Perlindungan Anak (Dinsos P3A) Blora, Yuni Astuti, membuka pelatihan.").is_empty());
}

#[test]
fn a_given_name_that_is_also_a_district_opens_the_name_after_a_place() {
    // Bambang is a district of Mamasa (Sulawesi Barat) and a common given name.
    let o = officials("Ketua DPRD Jawa Tengah Bambang Kusriyanto membuka rapat paripurna.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Bambang Kusriyanto",
            "Ketua DPRD",
            Some("Jawa Tengah"),
            vec![],
            vec![]
        )
    );
}

#[test]
fn village_heads_and_functional_posts_of_the_titles_lexicon() {
    let o = officials("Pangulu Nagori Dolok Saribu, Jonatan Purba, mengajak warga ronda.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].title, "Pangulu");
    assert_eq!(o[0].jurisdiction.as_deref(), Some("Nagori Dolok Saribu"));
    let o = officials("Prakirawan BMKG, Rina Marlina, mengimbau nelayan waspada.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        (o[0].title.as_str(), o[0].jurisdiction.as_deref()),
        ("Prakirawan", Some("BMKG"))
    );
    let o = officials("Administrator PLBN Skouw, Yosef Wambrauw, menyebut arus lintas batas naik.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Yosef Wambrauw");
}

#[test]
fn the_parent_body_set_off_between_the_jurisdiction_and_the_name() {
    let o = officials(
        "Kepala BPPW Papua Barat, Kementerian Pekerjaan Umum, Markus Rumbiak, meninjau proyek.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Markus Rumbiak",
            "Kepala",
            Some("BPPW Papua Barat"),
            vec![],
            vec![]
        )
    );
    let text = "Administrator PLBN Motaain, Badan Nasional Pengelola Perbatasan (BNPP), Rikardus \
                Seran, menyebut arus barang naik.";
    let o = officials(text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Rikardus Seran");
    assert_eq!(o[0].jurisdiction.as_deref(), Some("PLBN Motaain"));
    assert!(persons(text).is_empty(), "{:?}", persons(text));
}

#[test]
fn a_one_word_name_set_off_after_a_unit_that_ends_in_an_unknown_word() {
    let o = officials("General Manager PLN UIW Sulutenggo, Arsyadi, mengatakan pasokan aman.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Arsyadi");
    assert_eq!(o[0].jurisdiction.as_deref(), Some("PLN UIW Sulutenggo"));
}

#[test]
fn unit_words_after_a_short_form_in_brackets_run_to_the_name_set_off_by_commas() {
    let o = officials(
        "Kepala Kantor Pengawasan dan Pelayanan Bea dan Cukai (KPPBC) Tipe Madya Pabean B \
         Jayapura, Yohanes Kambu, membuka sosialisasi.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Yohanes Kambu");
    assert_eq!(o[0].title, "Kepala Kantor");
}

#[test]
fn a_long_serial_list_of_services_with_its_short_form_and_place() {
    let text = "Kepala Dinas Sosial, Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian \
                Penduduk dan Keluarga Berencana (Dinsos P3AP2KB) Pati, Endah Susilowati, \
                menjelaskan data penerima.";
    let o = officials(text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Endah Susilowati");
    assert_eq!(
        o[0].jurisdiction.as_deref(),
        Some(
            "Dinas Sosial, Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan \
             Keluarga Berencana (Dinsos P3AP2KB) Pati"
        )
    );
    assert!(persons(text).is_empty());
}

#[test]
fn given_names_that_are_also_dictionary_words_make_a_name() {
    // Ujang and Permana are entries of the Hunspell word list; given_names.tsv lists them.
    assert_eq!(
        persons("Seorang pedagang sayur, Ujang Permana, mengaku omzetnya naik.")
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>(),
        vec!["Ujang Permana"]
    );
    let o =
        officials("Pengelola Program TBC Dinas Kesehatan Sikka, Maria Goreti, menjelaskan target.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].title, "Pengelola Program");
}

#[test]
fn a_military_unit_named_in_words_or_numbered_in_roman_before_the_rank() {
    // The rank closes the unit's name and opens the holder's.
    let o = officials("Upacara digelar. Pangdam Iskandar Muda Mayjen TNI Rahmat Hidayat hadir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Rahmat Hidayat",
            "Pangdam",
            Some("Iskandar Muda"),
            vec!["Mayjen TNI"],
            vec![]
        )
    );
    // A roman unit number glued to its slash is the unit's, not the title's.
    let o = officials("Upacara digelar. Pangdam XII/Tanjungpura Mayjen TNI Agus Salim hadir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Agus Salim",
            "Pangdam",
            Some("XII/Tanjungpura"),
            vec!["Mayjen TNI"],
            vec![]
        )
    );
    // Numbering that belongs to the title still does.
    let o = officials("Rapat digelar. Asisten II Setda Lampung, Budi Santoso, hadir.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].title, "Asisten II");
}

#[test]
fn kalak_is_the_short_form_of_kepala_pelaksana() {
    // Not a person's name.
    assert!(persons("Banjir surut. Menurut Kalak BPBD, warga sudah kembali.").is_empty());
    let o = officials("Banjir surut. Kalak BPBD Lebak Febby Rizki Pratama meninjau lokasi.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].name, "Febby Rizki Pratama");
    assert_eq!(o[0].title, "Kalak BPBD");
}

#[test]
fn an_occupation_noun_opening_the_sentence_is_no_word_of_the_aged_name() {
    let p = persons("Petani Sukirman (61) mengaku senang. Nelayan Darto (45) juga hadir.");
    let names: Vec<&str> = p.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Sukirman", "Darto"]);
    // A given name that is also such a noun stays in the name.
    let p = persons("Putra Wijaya (30) mengaku senang.");
    let names: Vec<&str> = p.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Putra Wijaya"]);
}

#[test]
fn no_name_runs_over_a_line_break_nor_is_an_address_before_an_ordinary_word_one() {
    let p = persons(
        "Layanan Ibu Hamil\nJayapura, Senin (3/11/2025) – Puskesmas membuka layanan baru. \
         Bu Ratna mengaku senang.",
    );
    let names: Vec<&str> = p.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Ratna"]);
}

#[test]
fn mama_is_a_form_of_address_not_a_name_word() {
    let p = persons("Seorang peserta, Mama Yosina Gebze (52), mengaku senang.");
    let names: Vec<&str> = p.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, vec!["Yosina Gebze"]);
}

#[test]
fn the_post_before_selaku_is_the_title_and_the_role_after_it_ex_officio() {
    let text = "Sekretaris Daerah (Sekda) Provinsi Sumatera Barat selaku Ketua Harian TPID, \
                Drs. H. Hendra Gunawan, M.M., mengatakan harga stabil. Wakil Bupati Lampung \
                Timur sekaligus Ketua Tim Percepatan Penurunan Stunting (TPPS), Hj. Sri \
                Wahyuni, menyebut angka stunting turun.";
    let o = officials(text);
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        [
            (
                "Hendra Gunawan",
                "Sekretaris Daerah",
                Some("Provinsi Sumatera Barat"),
                vec!["Drs.", "H.", "M.M."],
                vec![]
            ),
            (
                "Sri Wahyuni",
                "Wakil Bupati",
                Some("Lampung Timur"),
                vec!["Hj."],
                vec![]
            ),
        ]
    );
    assert!(persons(text).is_empty());
}

#[test]
fn a_member_of_a_body_named_after_the_division_she_coordinates() {
    // The division's portfolio is a list of one-word items, short forms among them.
    let text = "Anggota Bawaslu Kabupaten Lebak Koordinator Divisi Hukum, Humas, dan Datin, \
                Siti Aminah, S.Pd., menjelaskan pengawasan berjalan. Anggota Bawaslu Kalsel \
                Koordinator Divisi Pencegahan Rina Marlina hadir.";
    let o = officials(text);
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        [
            (
                "Siti Aminah",
                "Anggota Bawaslu",
                Some("Kabupaten Lebak"),
                vec!["S.Pd."],
                vec![]
            ),
            (
                "Rina Marlina",
                "Anggota Bawaslu",
                Some("Kalsel"),
                vec![],
                vec![]
            ),
        ]
    );
    assert!(persons(text).is_empty());
    // Names set off by commas after a body are no portfolio: the verb after them shows it.
    let o = officials("Anggota Komisi Pendidikan, Hasibuan, dan Siregar, mengatakan hal itu.");
    assert_eq!(
        o.first().map(|o| o.name.as_str()),
        Some("Hasibuan"),
        "{o:?}"
    );
}

#[test]
fn nicknames_of_two_words_or_in_quotes_in_the_next_sentence_name_the_official() {
    let text = "BANDA ACEH - Ketua Dewan Kesenian Aceh, Tgk. H. Zulkifli Hamzah, mengajak warga \
                menonton pentas. Abu Zul, panggilan akrabnya, juga meminta sanggar tampil.";
    let o = officials(text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        (o[0].name.as_str(), o[0].aliases.clone()),
        ("Zulkifli Hamzah", vec!["Abu Zul".to_string()])
    );
    assert!(persons(text).is_empty());
    let text = "PONTIANAK - \"Tradisi ini harus dijaga,\" kata Kepala Desa Sungai Ambawang, \
                Hironimus Baco. Tokoh yang akrab disapa \"Bang Roni\" itu menambahkan, ritual \
                dipimpin tetua kampung.";
    let o = officials(text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        (o[0].name.as_str(), o[0].aliases.clone()),
        ("Hironimus Baco", vec!["Roni".to_string()])
    );
    assert!(persons(text).is_empty());
    // Someone else named in the next sentence before the cue: no nickname of the official.
    let text = "PONTIANAK - Hal itu dikatakan Kepala Desa Sungai Ambawang, Hironimus Baco. \
                Menurut Yohanes yang akrab disapa \"Bang Roni\", ritual dipimpin tetua kampung.";
    let o = officials(text);
    assert!(o[0].aliases.is_empty(), "{o:?}");
}

#[test]
fn a_one_word_name_alone_after_a_byline_cue_and_a_colon() {
    let text = "SLEMAN - Warga menggelar kerja bakti.\n\nPewarta: Dwi Handayani\nEditor: Suharjo\n";
    let names: Vec<String> = persons(text).into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["Dwi Handayani", "Suharjo"]);
    // An ordinary word there names the desk, no one.
    assert!(persons("SLEMAN - Warga menggelar kerja bakti.\n\nEditor: Redaksi\n").is_empty());
}

#[test]
fn a_bracketed_short_form_inside_a_company_units_name_counts_as_one_word() {
    let o = officials(
        "General Manager PLN Indonesia Power Unit Pembangkitan (UP) Belawan, Robert Sinaga, \
         mengatakan listrik aman.",
    );
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        [(
            "Robert Sinaga",
            "General Manager",
            Some("PLN Indonesia Power Unit Pembangkitan (UP) Belawan"),
            vec![],
            vec![]
        )]
    );
}

#[test]
fn a_name_in_uddin_is_no_solid_compound() {
    let o = officials("Bupati Kotawaringin Timur Sabarudin menyatakan status siaga banjir.");
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        [(
            "Sabarudin",
            "Bupati",
            Some("Kotawaringin Timur"),
            vec![],
            vec![]
        )]
    );
}

#[test]
fn a_hyphenated_route_and_a_malay_form_of_address_before_a_one_word_name() {
    let names = |text: &str| -> Vec<String> { persons(text).into_iter().map(|p| p.name).collect() };
    assert_eq!(
        names("Sopir travel rute Pidie-Banda Aceh, Zulfikar, menyambut baik kabar itu."),
        ["Zulfikar"]
    );
    assert_eq!(
        names(
            "Warga Kelurahan Sungai Lais mengeluhkan genangan. Salah satunya, Cek Ani, \
             meminta pansus memeriksa anggaran."
        ),
        ["Ani"]
    );
    // `Cek` is also the ordinary word: no one is named by it alone.
    assert!(names("Cek kesehatan gratis digelar di Puskesmas Kalidoni.").is_empty());
}

#[test]
fn deputy_ministers_short_forms_and_a_nickname_given_after_a_title() {
    // `Wamensos` is the deputy minister's short form: the name after it is a later mention.
    // `Wagub yang akrab disapa Dinda`, a paragraph after the name, names the one Wakil
    // Gubernur.
    let text = "Jakarta - Wakil Menteri Sosial Agus Jabo Priyono meninjau sekolah. \"Kami \
                serius,\" kata Wamensos Agus Jabo.\n\nRapat dibuka oleh Wakil Gubernur NTB, Hj. \
                Indah Dhamayanti Putri, S.E.\n\nDalam sambutannya, Wagub yang akrab disapa Dinda \
                itu menyebut angka turun. \"Kita tidak boleh puas,\" kata Dinda.";
    let o = officials(text);
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        [
            (
                "Agus Jabo Priyono",
                "Wakil Menteri Sosial",
                None,
                vec![],
                vec!["Agus Jabo"]
            ),
            (
                "Indah Dhamayanti Putri",
                "Wakil Gubernur",
                Some("NTB"),
                vec!["Hj.", "S.E."],
                vec!["Dinda"]
            ),
        ]
    );
    assert!(persons(text).is_empty(), "{:?}", persons(text));
}

#[test]
fn a_document_word_before_a_title_leaves_a_name_set_off_with_honorifics_its_holder() {
    let text = "Langkah itu merupakan instruksi Kepala Badan Pengawas Obat dan Makanan (BPOM), \
                Prof. Dr. Ikhsan Mahendra, yang berlaku serentak. Instruksi Gubernur Nomor 5 \
                juga berlaku.";
    let o = officials(text);
    let got: Vec<_> = o.iter().map(summary).collect();
    assert_eq!(
        got,
        [(
            "Ikhsan Mahendra",
            "Kepala Badan",
            Some("Badan Pengawas Obat dan Makanan (BPOM)"),
            vec!["Prof.", "Dr."],
            vec![]
        )]
    );
}

#[test]
fn the_public_relations_officer_of_a_body_is_an_official_and_the_unit_a_body() {
    let text = "Humas Pengadilan Negeri Sumbawa, Dani Kurniawan, mengatakan sidang ditunda.";
    let o = officials(text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Dani Kurniawan",
            "Humas",
            Some("Pengadilan Negeri Sumbawa"),
            vec![],
            vec![]
        )
    );
    assert!(persons(text).is_empty());
    // The unit stays a body (as written), after its head's title too.
    let orgs = |t: &str| -> Vec<String> {
        extractor()
            .extract(t)
            .entities
            .into_iter()
            .filter(|e| matches!(e.data, EntityData::Organization(_)))
            .map(|e| e.text)
            .collect()
    };
    assert!(orgs(text).contains(&"Humas Pengadilan Negeri Sumbawa".to_string()));
    let o = orgs("Kabid Humas Polda Bengkulu Kombes Pol Rudi Setiawan membenarkan kabar itu.");
    assert!(o.contains(&"Humas Polda Bengkulu".to_string()), "{o:?}");
    // Humas as the last unit of a list stays the unit; the position is the first.
    let o = officials(
        "Anggota KPU Kabupaten Bantul Koordinator Divisi Sosialisasi, Parmas, dan Humas, \
         Wulan Sari, S.Pd., memaparkan jadwal.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        (o[0].name.as_str(), o[0].title.as_str()),
        ("Wulan Sari", "Anggota KPU")
    );
}

#[test]
fn nurses_and_midwives_titles_before_the_name_are_honorifics() {
    let o = officials(
        "Kepala Dinas Kesehatan Kota Bitung, Ns. Yohana Pangemanan, S.Kep., M.Kes., meminta \
         warga waspada.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Yohana Pangemanan",
            "Kepala Dinas",
            Some("Dinas Kesehatan Kota Bitung"),
            vec!["Ns.", "S.Kep.", "M.Kes."],
            vec![]
        )
    );
    let p = persons("Persalinan dibantu Bd. Margaretha Lado, S.Keb., di rumah warga.");
    assert_eq!(p.len(), 1, "{p:?}");
    assert_eq!(p[0].name, "Margaretha Lado");
}

#[test]
fn the_banjar_village_head_pambakal_heads_a_village() {
    let text = "Pambakal Sungai Durian, Kecamatan Daha Utara, Jumransyah, menyebut panen naik.";
    let o = officials(text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        (
            o[0].name.as_str(),
            o[0].title.as_str(),
            o[0].jurisdiction.as_deref()
        ),
        ("Jumransyah", "Pambakal", Some("Sungai Durian"))
    );
}

#[test]
fn given_names_that_are_also_words_or_forms_of_address() {
    // `Nona` ('miss') ends a name as its last word, and after another form of address it
    // opens the name.
    assert_eq!(
        person_names("Seorang pedagang, Maria Nona, mengatakan harga ikan naik."),
        ["Maria Nona"]
    );
    assert_eq!(
        person_names("Mama Nona Lewerissa berjualan sayur di pasar."),
        ["Nona Lewerissa"]
    );
    assert_eq!(
        person_names("Seorang petani, Bujang Saleh (45), mengaku panen gagal."),
        ["Bujang Saleh"]
    );
}

#[test]
fn the_director_of_a_hospital_named_after_a_doctor_with_its_short_form_and_town() {
    let text =
        "RSUD JW Sinaga Tambah Ruang Isolasi\n\nDirektur Rumah Sakit Umum Daerah (RSUD) dr. \
                JW Sinaga Balige, dr. Rosmauli Hutapea, Sp.A., menyebut ruang isolasi ditambah.";
    let o = officials(text);
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Rosmauli Hutapea",
            "Direktur Rumah Sakit",
            Some("Rumah Sakit Umum Daerah (RSUD) dr. JW Sinaga Balige"),
            vec!["dr.", "Sp.A."],
            vec![]
        )
    );
    assert!(persons(text).is_empty(), "{:?}", persons(text));
    // The doctor's initials in the hospital's name are no acronym, in the headline either.
    let acronyms: Vec<String> = extractor()
        .extract(text)
        .entities
        .into_iter()
        .filter(|e| matches!(e.data, EntityData::Acronym(_)))
        .map(|e| e.text)
        .collect();
    assert_eq!(acronyms, ["RSUD"]);
}

#[test]
fn a_relative_clause_between_a_name_set_off_by_commas_and_its_verb() {
    assert_eq!(
        person_names(
            "Perwakilan lembaga donor pendidikan, Hannah Whitfield, yang turut meninjau \
             sekolah, menyatakan dukungan."
        ),
        ["Hannah Whitfield"]
    );
    // A clause that runs on to no verb of reporting is no evidence.
    assert!(person_names(
        "Perwakilan lembaga donor pendidikan, Hannah Whitfield, yang turut meninjau sekolah, \
         lalu kembali ke hotel."
    )
    .is_empty());
}

#[test]
fn a_commanders_unit_set_off_before_the_title_is_its_jurisdiction() {
    let o = officials(
        "Dari Kodim 1202/Singkawang, Dandim Letkol Inf Hendra Wijaya menyatakan 40 prajurit \
         dikerahkan.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(
        summary(&o[0]),
        (
            "Hendra Wijaya",
            "Dandim",
            Some("1202/Singkawang"),
            vec!["Letkol Inf"],
            vec![]
        )
    );
    // Another body before the comma lends no jurisdiction.
    let o = officials(
        "Dari Dinas Sosial Singkawang, Dandim Letkol Inf Hendra Wijaya menyatakan prajurit \
         siap.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].jurisdiction, None);
}
