//! Acronyms through the public API, on a press release written for these tests
//! (`tests/fixtures/acronyms-anggaran.txt`): every acronym with its exact text, expansion and
//! source, what is not an acronym, and the lexicons' extension points.

use std::sync::OnceLock;

use warta::document::ExpansionSource::{self, Lexicon, Text, Unknown};
use warta::lexicon::{LexiconKind, LexiconText};
use warta::{Document, EntityData, EntityKind, Extractor};

const ANGGARAN: &str = include_str!("fixtures/acronyms-anggaran.txt");

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::builder().build().unwrap())
}

/// (text, expansion, source) of every acronym, in text order.
fn acronyms(doc: &Document) -> Vec<(&str, Option<&str>, ExpansionSource)> {
    doc.entities_of(EntityKind::Acronym)
        .map(|e| match &e.data {
            EntityData::Acronym(a) => (e.text.as_str(), a.expansion.as_deref(), a.source),
            _ => unreachable!(),
        })
        .collect()
}

fn texts(text: &str) -> Vec<String> {
    acronyms(&extractor().extract(text))
        .into_iter()
        .map(|(t, _, _)| t.to_string())
        .collect()
}

#[test]
fn every_acronym_of_the_fixture() {
    let doc = extractor().extract(ANGGARAN);
    assert_eq!(
        acronyms(&doc),
        vec![
            // In a headline in capitals: lexicon acronyms count, `DAN` (stoplist) and the
            // ordinary words around them do not.
            (
                "APBD",
                Some("Anggaran Pendapatan dan Belanja Daerah"),
                Lexicon
            ),
            ("UMKM", Some("Usaha Mikro, Kecil, dan Menengah"), Lexicon),
            // Long form (SHORT): the text's wording wins over the lexicon's
            // (`Tim Pengendalian Inflasi Daerah`).
            ("TPID", Some("Tim Pengendali Inflasi Daerah"), Text),
            // A title abbreviation.
            ("Sekda", Some("Sekretaris Daerah"), Lexicon),
            // SHORT (Long form), against the lexicon's default `Sisa Lebih Pembiayaan
            // Anggaran`.
            ("Silpa", Some("Sisa Lebih Penggunaan Anggaran"), Text),
            ("BPUM", Some("Bantuan Produktif Usaha Mikro"), Text),
            // A lower-case blend.
            ("paslon", Some("Pasangan Calon"), Lexicon),
            ("RKPD", Some("Rencana Kerja Pemerintah Daerah"), Lexicon),
            ("Kadis", Some("Kepala Dinas"), Lexicon),
            ("laka", Some("kecelakaan"), Lexicon),
            // An unknown all-capital word.
            ("SIPDKD", None, Unknown),
            // `III` is a numeral; `SH` a degree after a name.
            ("DPRD", Some("Dewan Perwakilan Rakyat Daerah"), Lexicon),
            ("Pemprov", Some("Pemerintah Provinsi"), Lexicon),
            // An all-capital place abbreviation; `SAMARINDA` in the dateline is a place, `Rp`
            // a currency, `RIN/HMS` a reporters' credit.
            ("NTB", Some("Nusa Tenggara Barat"), Lexicon),
        ]
    );
}

#[test]
fn hyphenated_and_dotted_forms() {
    let doc = extractor().extract(
        "Prajurit TNI-AL dan TP-PKK hadir. Plt. Kadis menerbitkan Kpts. 12/2024 soal COVID-19.",
    );
    let found = acronyms(&doc);
    let get = |t: &str| found.iter().find(|a| a.0 == t).map(|a| (a.1, a.2));
    assert_eq!(
        get("TNI-AL"),
        Some((Some("Tentara Nasional Indonesia Angkatan Laut"), Lexicon))
    );
    assert!(get("TP-PKK").is_some());
    assert_eq!(get("Plt."), Some((Some("Pelaksana Tugas"), Lexicon)));
    assert_eq!(get("Kpts."), Some((Some("Keputusan"), Lexicon)));
    assert!(get("COVID-19").is_some());
    assert_eq!(get("TNI"), None, "one acronym, TNI-AL");
}

#[test]
fn an_institution_short_form_with_a_space_is_one_acronym_when_its_first_word_is_none() {
    // `BPH` and `SKK` are no acronyms alone: the spaced forms are one. `DPR` is, so `DPR RI`
    // stays two (one entity per form: `RI` once).
    assert_eq!(
        texts("BPH Migas, SKK Migas, BP Batam, DPR RI dan Ombudsman RI menggelar rapat."),
        vec!["BPH Migas", "SKK Migas", "BP Batam", "DPR", "RI"]
    );
}

#[test]
fn a_lexicon_acronym_written_with_a_space_is_one_acronym() {
    let doc = extractor().extract(
        "Petugas Satpol PP Kabupaten Sleman menertibkan reklame sesuai PP Nomor 12, \
         disaksikan anggota DPR RI.",
    );
    assert_eq!(
        acronyms(&doc),
        vec![
            ("Satpol PP", Some("Satuan Polisi Pamong Praja"), Lexicon),
            ("PP", Some("Peraturan Pemerintah"), Lexicon),
            ("DPR", Some("Dewan Perwakilan Rakyat"), Lexicon),
            ("RI", Some("Republik Indonesia"), Lexicon),
        ]
    );
}

#[test]
fn headquarters_and_enterprise_short_forms() {
    let doc = extractor().extract(
        "Tersangka dibawa ke Mapolres Sleman, lalu ke Mapolda DIY. Gudang Bulog di Bantul \
         aman, kata kader jumantik.",
    );
    assert_eq!(
        acronyms(&doc),
        vec![
            ("Mapolres", Some("Markas Kepolisian Resor"), Lexicon),
            ("Mapolda", Some("Markas Kepolisian Daerah"), Lexicon),
            ("DIY", Some("Daerah Istimewa Yogyakarta"), Lexicon),
            ("Bulog", Some("Badan Urusan Logistik"), Lexicon),
            ("jumantik", Some("juru pemantau jentik"), Lexicon),
        ]
    );
}

#[test]
fn what_is_not_an_acronym() {
    // A person's name in capitals, a class numeral, ranks and honorifics, an ordinary word in
    // capitals, a lexicalised acronym in lower case, a news agency's credit in the dateline.
    assert_eq!(
        texts(
            "BONTANG (ANTARA) - Warga BUDI SANTOSO ditahan di blok Kelas IIA. AKBP Rudi dan \
             HM Yusuf meninjau balita di lokasi BANJIR."
        ),
        Vec::<String>::new()
    );
    // A two-word lexicon form is reported word by word, as the text's acronyms.
    assert_eq!(texts("Anggota DPR RI hadir."), vec!["DPR", "RI"]);
}

#[test]
fn the_stoplist_keeps_ordinary_capitals_out() {
    let text = "Rubrik UPDATE: harga paket naik per KK.";
    assert_eq!(texts(text), vec!["KK"]);
    let empty = LexiconText::new("stop.tsv", "form\treason\tnote\n");
    let ex = Extractor::builder()
        .replace_lexicon(LexiconKind::AcronymStoplist, empty)
        .build()
        .unwrap();
    let doc = ex.extract(text);
    let found: Vec<&str> = acronyms(&doc).iter().map(|a| a.0).collect();
    assert_eq!(found, vec!["UPDATE", "KK"]);
}

#[test]
fn definitions_need_the_letters() {
    // `Kasal` is not spelled by the bracketed words: the lexicon's reading stays.
    let doc = extractor().extract("Kepala Staf Angkatan Darat (Kasal) hadir.");
    assert_eq!(
        acronyms(&doc),
        vec![("Kasal", Some("Kepala Staf Angkatan Laut"), Lexicon)]
    );
    // Words in another order still give their initials.
    let doc = extractor().extract("Rancangan Perubahan Kebijakan Umum Anggaran (KUPA) dibahas.");
    assert_eq!(
        acronyms(&doc),
        vec![("KUPA", Some("Perubahan Kebijakan Umum Anggaran"), Text)]
    );
    // A place after its name in brackets is a place, not a definition.
    let doc = extractor().extract("Gubernur Sulawesi Tengah (Sulteng) hadir.");
    assert_eq!(acronyms(&doc), vec![]);
}

#[test]
fn user_lexicons_extend_the_readings_and_the_stoplist() {
    let extra = LexiconText::new(
        "my_acronyms.tsv",
        "form\texpansion\tcategory\tcase\tnote\nSIPDKD\tSistem Pendataan Daerah\ttechnology\texact\t\n",
    );
    let ex = Extractor::builder()
        .extend_lexicon(LexiconKind::Acronyms, extra)
        .build()
        .unwrap();
    assert_eq!(
        acronyms(&ex.extract("Aplikasi SIPDKD dipakai.")),
        vec![("SIPDKD", Some("Sistem Pendataan Daerah"), Lexicon)]
    );
    let stop = LexiconText::new(
        "my_stop.tsv",
        "form\treason\tnote\nSIPDKD\theadline_word\t\n",
    );
    let ex = Extractor::builder()
        .extend_lexicon(LexiconKind::AcronymStoplist, stop)
        .build()
        .unwrap();
    assert_eq!(acronyms(&ex.extract("Aplikasi SIPDKD dipakai.")), vec![]);
}

#[test]
fn an_initialism_takes_a_word_for_each_letter_and_a_defined_word_counts() {
    // `Status Gizi Indonesia` spells SSGI too (two s from `Status`): the run with a word for
    // each letter wins. A blend that has become a word counts where the text defines it.
    let text = "Angka stunting menurut Survei Status Gizi Indonesia (SSGI) turun. Pos komando \
                (posko) didirikan di balai desa dan posko kedua di sekolah. Kapal PT ASDP \
                Indonesia Ferry berlayar dari PLBN Entikong.";
    let doc = extractor().extract(text);
    assert_eq!(
        acronyms(&doc),
        vec![
            ("SSGI", Some("Survei Status Gizi Indonesia"), Text),
            ("posko", Some("Pos komando"), Text),
            ("PT", Some("Perseroan Terbatas"), Lexicon),
            (
                "ASDP",
                Some("Angkutan Sungai, Danau dan Penyeberangan"),
                Lexicon
            ),
            ("PLBN", Some("Pos Lintas Batas Negara"), Lexicon),
        ]
    );
    assert_eq!(
        acronyms(&extractor().extract("Petugas KAI Daop 8 Surabaya berjaga.")),
        vec![
            ("KAI", Some("Kereta Api Indonesia"), Lexicon),
            ("Daop", Some("Daerah Operasi"), Lexicon),
        ]
    );
    let posko = doc
        .entities_of(EntityKind::Acronym)
        .find(|e| e.text == "posko")
        .unwrap();
    assert_eq!(posko.mentions.len(), 2);
    // A lone word in brackets that its long form does not spell is no definition.
    assert!(texts("Warga kampung (nelayan) berkumpul.").is_empty());
}

#[test]
fn an_acronym_inside_a_body_short_form_takes_the_bodys_words() {
    // PUPR alone is the former ministry's Pekerjaan Umum dan Perumahan Rakyat; in Dinas PUPR
    // it is the regional office's Pekerjaan Umum dan Penataan Ruang.
    let doc = extractor().extract(
        "Kepala Dinas PUPR Perkim Kaltara meninjau jalan. Prajurit Brigif 20 ikut membantu.",
    );
    assert_eq!(
        acronyms(&doc),
        vec![
            ("PUPR", Some("Pekerjaan Umum dan Penataan Ruang"), Lexicon),
            ("Perkim", Some("Perumahan dan Kawasan Permukiman"), Lexicon),
            ("Brigif", Some("Brigade Infanteri"), Lexicon),
        ]
    );
    let doc = extractor().extract("Anggaran Kementerian PUPR dipangkas.");
    assert_eq!(
        acronyms(&doc),
        vec![("PUPR", Some("Pekerjaan Umum dan Perumahan Rakyat"), Lexicon)]
    );
}

#[test]
fn a_persons_initials_are_no_acronym() {
    // RS and JP are also lexicon acronyms (Rumah Sakit, Jaminan Pensiun).
    assert_eq!(
        texts(
            "Satresnarkoba Polres Dairi menangkap dua tersangka berinisial RS (34) dan JP (27) \
             di sebuah RS swasta."
        ),
        vec!["Satresnarkoba", "Polres", "RS"]
    );
    assert_eq!(
        texts("Ketiga terdakwa masing-masing berinisial AH, BT, dan CK divonis tiga tahun."),
        Vec::<String>::new()
    );
    // Each with its role after `selaku`, and a nickname in capitals.
    assert_eq!(
        texts(
            "Jaksa menetapkan tersangka berinisial RS selaku direktur operasional, AW selaku \
             pemilik rekanan swasta, dan DK selaku ketua panitia. Gubernur itu, yang akrab \
             disapa ASR, hadir."
        ),
        Vec::<String>::new()
    );
    // Without the cue they are acronyms.
    assert_eq!(texts("Pasien dirujuk ke RS terdekat."), vec!["RS"]);
    // Recurring as a clause's subject they are still the person's; the hospital is one
    // mention.
    let doc = extractor().extract(
        "Polisi menangkap pria berinisial RS (31) di Tobelo. RS mengaku membeli sabu. Ia \
         lalu dirawat di sebuah RS swasta.",
    );
    let rs: Vec<Vec<&str>> = doc
        .entities_of(EntityKind::Acronym)
        .map(|e| e.mentions.iter().map(|m| m.text.as_str()).collect())
        .collect();
    assert_eq!(rs, [["RS"]]);
    assert_eq!(
        doc.entities_of(EntityKind::Acronym)
            .next()
            .unwrap()
            .span
            .start,
        103
    );
    // Initials the lexicons do not read stay the person's where they recur.
    assert_eq!(
        texts(
            "Uang diserahkan keluarga tersangka berinisial HS, mantan direktur teknik. Selain \
             HS, penyidik menetapkan dua tersangka lain."
        ),
        Vec::<String>::new()
    );
}

#[test]
fn state_bank_and_election_division_short_forms() {
    let doc = extractor().extract(
        "Dana disalurkan melalui bank Himbara. Divisi Parmas Bawaslu menggelar sosialisasi.",
    );
    let got: Vec<_> = acronyms(&doc).into_iter().map(|(t, e, _)| (t, e)).collect();
    assert_eq!(
        got,
        vec![
            ("Himbara", Some("Himpunan Bank Milik Negara")),
            ("Parmas", Some("Partisipasi Masyarakat")),
            ("Bawaslu", Some("Badan Pengawas Pemilihan Umum")),
        ]
    );
}

#[test]
fn council_sport_and_state_company_acronyms() {
    let doc = extractor().extract(
        "Pemko Binjai menyerahkan Ranperda APBD kepada dewan. Atlet Binjai meraih emas di \
         Kejurnas. Petugas PLN UP3 Binjai dan UID Sumut bersiaga; tiga SRU dikerahkan.",
    );
    let got: Vec<_> = acronyms(&doc).into_iter().map(|(t, e, _)| (t, e)).collect();
    assert_eq!(
        got,
        vec![
            ("Pemko", Some("Pemerintah Kota")),
            ("Ranperda", Some("Rancangan Peraturan Daerah")),
            ("APBD", Some("Anggaran Pendapatan dan Belanja Daerah")),
            ("Kejurnas", Some("Kejuaraan Nasional")),
            ("PLN", Some("Perusahaan Listrik Negara")),
            ("UP3", Some("Unit Pelaksana Pelayanan Pelanggan")),
            ("UID", Some("Unit Induk Distribusi")),
            ("SRU", Some("SAR Rescue Unit")),
        ]
    );
}

/// (text, expansion) of every acronym of `text`.
fn expansions(text: &str) -> Vec<(String, Option<String>)> {
    acronyms(&extractor().extract(text))
        .into_iter()
        .map(|(t, e, _)| (t.to_string(), e.map(str::to_string)))
        .collect()
}

#[test]
fn two_short_forms_in_one_bracket_split_the_long_form() {
    // Each short form takes its own part of the long form, against the lexicon's readings
    // (`BPD` = Badan Permusyawaratan Desa, `UKM` = Usaha Kecil dan Menengah).
    assert_eq!(
        expansions(
            "Ketua Badan Pengurus Daerah Himpunan Pengusaha Muda Indonesia (BPD HIPMI) Bengkulu \
             menemui Kepala Dinas Koperasi dan Usaha Kecil Menengah (Dinkop UKM) di kantornya."
        ),
        vec![
            ("BPD".into(), Some("Badan Pengurus Daerah".into())),
            (
                "HIPMI".into(),
                Some("Himpunan Pengusaha Muda Indonesia".into())
            ),
            ("Dinkop".into(), Some("Dinas Koperasi".into())),
            ("UKM".into(), Some("Usaha Kecil Menengah".into())),
        ]
    );
    // A first word that is the name's own word: only the second is a short form.
    assert_eq!(
        expansions("Taruna Politeknik Ahli Usaha Perikanan (Politeknik AUP) Bitung ikut berlayar."),
        vec![("AUP".into(), Some("Ahli Usaha Perikanan".into()))]
    );
    // `kepada` gives no letter.
    assert_eq!(
        expansions("Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) kampus itu hadir."),
        vec![(
            "LPPM".into(),
            Some("Lembaga Penelitian dan Pengabdian kepada Masyarakat".into())
        )]
    );
}

#[test]
fn a_sentence_full_stop_is_not_part_of_a_lexicon_form() {
    // `SPT` and `Tbk` are written without a stop in the lexicon: the stop ending the sentence
    // is the sentence's. A title modifier keeps its stop before a name.
    assert_eq!(
        texts("Saham PT Sinar Laut Tbk. \"Kami optimistis,\" katanya. Wajib pajak melapor SPT.\nPlt. Kepala Dinas hadir."),
        vec!["PT", "Tbk", "SPT", "Plt."]
    );
}

#[test]
fn the_word_before_picks_the_reading_and_company_forms_leave_expansions() {
    assert_eq!(
        expansions(
            "Fraksi PKB menolak usul itu. Nasabah Bank BPD Jambi antre. PT Bank Negara Indonesia \
             (Persero) Tbk atau BNI ikut menyalurkan KUR."
        ),
        vec![
            ("PKB".into(), Some("Partai Kebangkitan Bangsa".into())),
            ("BPD".into(), Some("Bank Pembangunan Daerah".into())),
            ("PT".into(), Some("Perseroan Terbatas".into())),
            ("Persero".into(), Some("Perusahaan Perseroan".into())),
            ("Tbk".into(), Some("Terbuka".into())),
            ("BNI".into(), Some("Bank Negara Indonesia".into())),
            ("KUR".into(), Some("Kredit Usaha Rakyat".into())),
        ]
    );
    // Without a cue the default reading stays; a short form that spells `PT` keeps it.
    assert_eq!(
        expansions("Kendaraan dinas wajib membayar PKB. Kebun PTPN dibuka."),
        vec![
            ("PKB".into(), Some("Pajak Kendaraan Bermotor".into())),
            ("PTPN".into(), Some("PT Perkebunan Nusantara".into())),
        ]
    );
}

#[test]
fn navy_and_air_force_after_tni_and_initials_before_an_age() {
    assert_eq!(
        texts("Prajurit TNI AL dan TNI AU membantu. Dua tersangka, AL (27) dan JP (30), ditahan."),
        vec!["TNI", "AL", "AU"]
    );
}

#[test]
fn a_long_form_before_atau_defines_the_initialism_after_it() {
    // KEK is Kawasan Ekonomi Khusus in the lexicon; the text says what it means here.
    let doc = extractor().extract(
        "Ibu hamil dengan kekurangan energi kronis atau KEK mendapat makanan tambahan. \
         Jumlah ibu hamil dengan KEK turun.",
    );
    assert_eq!(
        acronyms(&doc),
        vec![("KEK", Some("kekurangan energi kronis"), Text)]
    );
    assert_eq!(
        doc.entities_of(EntityKind::Acronym)
            .next()
            .unwrap()
            .mentions
            .len(),
        2
    );
    // Words that do not spell it define nothing: the lexicon's reading stands.
    let doc = extractor().extract("Investor memilih kawasan industri atau KEK di Sulawesi.");
    assert_eq!(
        acronyms(&doc),
        vec![("KEK", Some("Kawasan Ekonomi Khusus"), Lexicon)]
    );
}

#[test]
fn police_directorates_and_seasonal_operations_from_the_lexicon() {
    let doc = extractor().extract(
        "Menjelang Nataru, Ditlantas menyiagakan personel, Labfor memeriksa sampel, dan \
         nelayan pemegang Kusuka mendapat bantuan.",
    );
    assert_eq!(
        acronyms(&doc),
        vec![
            ("Nataru", Some("Natal dan Tahun Baru"), Lexicon),
            ("Ditlantas", Some("Direktorat Lalu Lintas"), Lexicon),
            ("Labfor", Some("Laboratorium Forensik"), Lexicon),
            (
                "Kusuka",
                Some("Kartu Pelaku Usaha Kelautan dan Perikanan"),
                Lexicon
            ),
        ]
    );
}

#[test]
fn a_digit_repeats_the_letter_before_it() {
    // `P3` is three words opening with P; a short form with such a digit is an acronym even
    // where the text does not define it.
    assert_eq!(
        expansions(
            "Paguyuban Peternak Pengguna Air (P3A) Desa Sukamaju bertemu Komite Pemantau Pupuk \
             dan Pestisida (KP3). Ketua KP3 menerima laporan dari Balai P2KB setempat."
        ),
        vec![
            ("P3A".into(), Some("Paguyuban Peternak Pengguna Air".into())),
            (
                "KP3".into(),
                Some("Komite Pemantau Pupuk dan Pestisida".into())
            ),
            ("P2KB".into(), None),
        ]
    );
    // A blend: `P2` gives the first two words.
    assert_eq!(
        expansions("Seksi Pendataan, Penagihan, dan Keberatan (P2Keb) membuka loket."),
        vec![(
            "P2Keb".into(),
            Some("Pendataan, Penagihan, dan Keberatan".into())
        )]
    );
}

#[test]
fn the_texts_wording_of_hyphenated_and_lower_case_definitions() {
    // A hyphenated short form is one short form in its brackets; `milik` may give no letter;
    // a province's abbreviation after `Provinsi` stays an acronym; a verb before a long form
    // whose initials are the short form's in another order is not part of it.
    assert_eq!(
        expansions(
            "Warga Provinsi NTB dilayani Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga \
             (TP-PKK) desa. Penyaluran lewat himpunan bank milik negara (Himbara) berjalan. \
             Gubernur meminta Badan Usaha Milik Negara (BUMN) ikut."
        ),
        vec![
            ("NTB".into(), Some("Nusa Tenggara Barat".into())),
            (
                "TP-PKK".into(),
                Some("Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga".into())
            ),
            ("Himbara".into(), Some("himpunan bank milik negara".into())),
            ("BUMN".into(), Some("Badan Usaha Milik Negara".into())),
        ]
    );
    // Round 9 lexicon rows: a credit-line spelling variant, a Kodim section, tax and campus
    // terms.
    assert_eq!(
        expansions(
            "Setiap WP wajib lapor dan mahasiswa dengan IPK tinggi dibina. (Prokompim/Pendim)"
        ),
        vec![
            ("WP".into(), Some("wajib pajak".into())),
            ("IPK".into(), Some("indeks prestasi kumulatif".into())),
            (
                "Prokompim".into(),
                Some("Protokol dan Komunikasi Pimpinan".into())
            ),
            ("Pendim".into(), Some("Penerangan Kodim".into())),
        ]
    );
}

#[test]
fn a_government_unit_in_the_datelines_bracket_is_an_acronym() {
    // A news agency there is a credit (`(ANTARA)`); a unit of the acronym lexicon is an
    // acronym as anywhere else.
    assert_eq!(
        texts("Kabupaten Sleman, (Humas) - Bupati membuka pameran kerajinan di alun-alun."),
        vec!["Humas".to_string()]
    );
    assert_eq!(
        texts("Pontianak (Diskominfo) - Warga antusias mengikuti lomba perahu."),
        vec!["Diskominfo".to_string()]
    );
}

#[test]
fn a_short_form_beside_a_cut_word_a_place_or_a_second_short_form() {
    // `Intel` is `Intelijen` cut short; `NTB` the place named before the brackets; a word
    // both short forms could take goes to the second (`Tindak`).
    assert_eq!(
        expansions(
            "Kepala Seksi Intelijen (Kasi Intel) Kejari Bima bertemu Unit Induk Wilayah Nusa \
             Tenggara Barat (UIW NTB)."
        ),
        vec![
            ("Kasi".into(), Some("Kepala Seksi".into())),
            ("Kejari".into(), Some("Kejaksaan Negeri".into())),
            ("UIW".into(), Some("Unit Induk Wilayah".into())),
            ("NTB".into(), Some("Nusa Tenggara Barat".into())),
        ]
    );
    assert_eq!(
        expansions(
            "Kepala Seksi Tindak Pidana Khusus (Kasi Pidsus) Kejari Dompu menahan dua orang."
        ),
        vec![
            ("Kasi".into(), Some("Kepala Seksi".into())),
            ("Pidsus".into(), Some("Tindak Pidana Khusus".into())),
            ("Kejari".into(), Some("Kejaksaan Negeri".into())),
        ]
    );
}

#[test]
fn a_blend_after_atau_and_a_name_given_in_indonesian_are_the_texts_definitions() {
    // A capitalised blend after `atau`, spelled by the capitalised words before it.
    let doc = extractor()
        .extract("Pemerintah desa meluncurkan Gerakan Tanam Pohon atau Gertapo di lereng bukit.");
    assert!(acronyms(&doc).contains(&("Gertapo", Some("Gerakan Tanam Pohon"), Text)));
    // After lower-case words it is no definition (a name, a word).
    let doc = extractor().extract("Warga memilih ikan segar atau Gertapo di pasar.");
    assert!(!acronyms(&doc).iter().any(|(t, _, _)| *t == "Gertapo"));
    // The lexicon names the body in English; the text's Indonesian name is its expansion.
    let doc = extractor()
        .extract("Bantuan vaksin datang dari Dana Moneter Internasional (IMF) tahun ini.");
    assert_eq!(
        acronyms(&doc),
        vec![("IMF", Some("Dana Moneter Internasional"), Text)]
    );
}

#[test]
fn a_short_form_of_two_words_in_brackets_is_one_when_the_first_opens_the_long_form() {
    // `PU` is Pekerjaan Umum, which opens the long form; the unknown second word stands for
    // the rest of the merged portfolio.
    let doc = extractor().extract(
        "Kepala Dinas Pekerjaan Umum Bina Marga dan Cipta Karya (PU BMCK) Kabupaten Sikka \
         meninjau jalan. Tim PU BMCK menambal lubang.",
    );
    let found = acronyms(&doc);
    assert!(found.contains(&(
        "PU BMCK",
        Some("Pekerjaan Umum Bina Marga dan Cipta Karya"),
        Text
    )));
    assert!(!found.iter().any(|(t, _, _)| *t == "BMCK" || *t == "PU"));
}

#[test]
fn the_operating_area_of_a_fire_brigade_is_an_acronym() {
    let doc = extractor().extract("Regu Manggala Agni Daops Muara Teweh memadamkan api.");
    assert!(acronyms(&doc).contains(&("Daops", Some("Daerah Operasi"), Lexicon)));
}

#[test]
fn an_outlets_name_in_the_dateline_is_no_acronym() {
    // The outlet's words are a brand, not acronyms; the acronym after the dash still counts.
    assert_eq!(
        texts("BIMA, SUMBAWA POST – BPBD Kabupaten Bima menyalurkan bantuan kepada warga."),
        ["BPBD"]
    );
    assert_eq!(
        texts("KUPANG, TIMORPOS – BPBD Kota Kupang menyalurkan bantuan kepada warga."),
        ["BPBD"]
    );
    // A short outlet name alone is read as any unknown capitals are.
    assert_eq!(
        texts("KUPANG, KPN – BPBD Kota Kupang menyalurkan bantuan kepada warga."),
        ["KPN", "BPBD"]
    );
}

#[test]
fn a_place_is_no_title_abbreviation_unless_it_heads_something() {
    // `Karo` is a regency and abbreviates Kepala Biro: after `dari`, in a list, the place.
    assert!(texts("Pasokan cabai dari Karo dan Simalungun berkurang.").is_empty());
    // Heading its bureau it is the title, here as in a text naming the regency too.
    assert_eq!(
        texts("Karo Humas Setda Kaltim hadir. Pasokan cabai dari Karo berkurang."),
        ["Karo", "Humas", "Setda"]
    );
}

#[test]
fn an_initialism_may_pass_over_one_word_of_its_long_form() {
    // `bahan bakar` gives one letter; the text's definition wins.
    let doc = extractor().extract(
        "Kuota solar untuk stasiun pengisian bahan bakar nelayan (SPBN) di Sanana ditambah.",
    );
    assert_eq!(
        acronyms(&doc),
        vec![("SPBN", Some("stasiun pengisian bahan bakar nelayan"), Text)]
    );
    // Two words giving nothing are too many: the bracket defines nothing.
    let doc = extractor().extract(
        "Dibangun stasiun pengisian bahan bakar minyak nelayan (SPBN) di Sanana tahun ini.",
    );
    assert_eq!(acronyms(&doc), vec![("SPBN", None, Unknown)]);
}

#[test]
fn ministries_portfolios() {
    let doc = extractor().extract("Menteri ATR/Kepala BPN meninjau lahan bersama Dinas LHK.");
    let got: Vec<_> = acronyms(&doc).into_iter().map(|(t, e, _)| (t, e)).collect();
    assert!(
        got.contains(&("ATR", Some("Agraria dan Tata Ruang"))),
        "{got:?}"
    );
    assert!(
        got.contains(&("LHK", Some("Lingkungan Hidup dan Kehutanan"))),
        "{got:?}"
    );
}

#[test]
fn the_ministry_of_bureaucratic_reforms_short_form_as_news_writes_it() {
    let doc = extractor().extract(
        "Penilaian Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi \
         (Kemenpan-RB) keluar pekan ini.",
    );
    assert_eq!(
        acronyms(&doc),
        [(
            "Kemenpan-RB",
            Some("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"),
            Text
        )]
    );
}

#[test]
fn military_commanders_spell_out_as_their_commands_are_called() {
    let doc =
        extractor().extract("Danrem 162/Wira Bhakti dan Dandim 1606/Mataram meninjau Danramil.");
    assert_eq!(
        acronyms(&doc),
        vec![
            ("Danrem", Some("Komandan Resor Militer"), Lexicon),
            ("Dandim", Some("Komandan Distrik Militer"), Lexicon),
            ("Danramil", Some("Komandan Rayon Militer"), Lexicon),
        ]
    );
}
