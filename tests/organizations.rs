//! Organisations through the public API, on a press release written for these tests
//! (`tests/fixtures/orgs-umkm.txt`): every organisation with its exact text, canonical name and
//! linked acronym form, and the lexicons' extension points.

use std::sync::OnceLock;

use warta::lexicon::{LexiconKind, LexiconText};
use warta::{Document, EntityData, EntityKind, Extractor};

const UMKM: &str = include_str!("fixtures/orgs-umkm.txt");

fn extractor() -> &'static Extractor {
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::builder().build().unwrap())
}

/// (text, name, acronym) of every organisation, in text order.
fn orgs(doc: &Document) -> Vec<(&str, &str, Option<&str>)> {
    doc.entities_of(EntityKind::Organization)
        .map(|e| match &e.data {
            EntityData::Organization(o) => (e.text.as_str(), o.name.as_str(), o.acronym.as_deref()),
            _ => unreachable!(),
        })
        .collect()
}

fn org_texts(text: &str) -> Vec<String> {
    orgs(&extractor().extract(text))
        .into_iter()
        .map(|(t, _, _)| t.to_string())
        .collect()
}

#[test]
fn every_shape_of_the_fixture() {
    let doc = extractor().extract(UMKM);
    assert_eq!(
        orgs(&doc),
        vec![
            // Abbreviated head + place, from the headline; later mentions merge.
            (
                "Pemprov Kaltim",
                "Pemerintah Provinsi Kaltim",
                Some("Pemprov Kaltim")
            ),
            // A bracketed short form inside the name stays in it; the name leaves it out.
            (
                "Pemerintah Kabupaten (Pemkab) Berau",
                "Pemerintah Kabupaten Berau",
                Some("Pemkab Berau")
            ),
            // The longest span, linked to the acronym form the text also uses.
            (
                "Dinas Perindustrian Perdagangan Koperasi dan UKM Kota Bontang",
                "Dinas Perindustrian Perdagangan Koperasi dan UKM Kota Bontang",
                Some("Disperindagkop dan UKM Kota Bontang")
            ),
            (
                "Disperindagkop dan UKM Kota Bontang",
                "Dinas Perindustrian Perdagangan Koperasi dan UKM Kota Bontang",
                Some("Disperindagkop dan UKM Kota Bontang")
            ),
            // A short form in brackets closing the name is its acronym, not an organisation.
            (
                "Badan Penanggulangan Bencana Daerah",
                "Badan Penanggulangan Bencana Daerah",
                Some("BPBD")
            ),
            ("PT Kaltim Prima Coal", "PT Kaltim Prima Coal", None),
            // A national institution, with its lexicon short form.
            (
                "Kementerian Dalam Negeri",
                "Kementerian Dalam Negeri",
                Some("Kemendagri")
            ),
            // Nested: the commission and the council it belongs to.
            (
                "Komisi II DPRD Provinsi Kaltim",
                "Komisi II Dewan Perwakilan Rakyat Daerah Provinsi Kaltim",
                Some("Komisi II DPRD Provinsi Kaltim")
            ),
            (
                "DPRD Provinsi Kaltim",
                "Dewan Perwakilan Rakyat Daerah Provinsi Kaltim",
                Some("DPRD Provinsi Kaltim")
            ),
            // A bare abbreviated head of a public body stands alone.
            ("Pemkab", "Pemerintah Kabupaten", Some("Pemkab")),
            (
                "Polres Bontang",
                "Kepolisian Resor Bontang",
                Some("Polres Bontang")
            ),
            (
                "Kodam VI/Mulawarman",
                "Komando Daerah Militer VI/Mulawarman",
                Some("Kodam VI/Mulawarman")
            ),
            (
                "Humas Setda Provinsi Kaltim",
                "Hubungan Masyarakat Sekretariat Daerah Provinsi Kaltim",
                Some("Humas Setda Provinsi Kaltim")
            ),
            (
                "Setda Provinsi Kaltim",
                "Sekretariat Daerah Provinsi Kaltim",
                Some("Setda Provinsi Kaltim")
            ),
            (
                "BPS Kota Bontang",
                "Badan Pusat Statistik Kota Bontang",
                Some("BPS Kota Bontang")
            ),
            // The credit line names the issuing office in lower case; `hms` is a reporter.
            (
                "humasprov kaltim",
                "Hubungan Masyarakat Pemerintah Provinsi kaltim",
                Some("humasprov kaltim")
            ),
        ]
    );
    let pemprov = doc
        .entities_of(EntityKind::Organization)
        .find(|e| e.text == "Pemprov Kaltim")
        .unwrap();
    assert_eq!(pemprov.mentions.len(), 2);
}

#[test]
fn officials_jurisdiction_links_to_the_organisation() {
    let doc = extractor().extract(UMKM);
    let idx = doc
        .entities
        .iter()
        .position(|e| e.text == "DPRD Provinsi Kaltim")
        .unwrap();
    let linked = doc.entities.iter().any(|e| match &e.data {
        EntityData::Official(o) => o.jurisdiction_entity == Some(idx),
        _ => false,
    });
    assert!(linked);
}

#[test]
fn schools_clinics_and_companies_need_their_names() {
    let texts = org_texts(
        "Siswi SD itu dirawat di Puskesmas. Ia murid SMPN 4 Sangatta dan berobat ke \
         Puskesmas Sempaja milik PT Bumi Sejahtera.",
    );
    assert_eq!(
        texts,
        vec!["SMPN 4 Sangatta", "Puskesmas Sempaja", "PT Bumi Sejahtera"]
    );
}

#[test]
fn positions_offices_and_teams_are_not_organisations() {
    let texts = org_texts(
        "Rapat di Kantor Bupati Paser dihadiri Tim SAR dan Kantor KPU Paser. Kapolres \
         Paser AKBP Dedi membuka acara bersama Brigjen TNI (Purn) Ahmad.",
    );
    assert_eq!(texts, vec!["KPU Paser"]);
}

#[test]
fn a_head_word_inside_a_place_name_opens_no_organisation() {
    let texts = org_texts(
        "Banjir merendam tiga desa di Kabupaten Seram Bagian Timur. Bagian Umum Setda \
         Kabupaten Buru menyiapkan logistik.",
    );
    assert_eq!(
        texts,
        vec!["Bagian Umum Setda Kabupaten Buru", "Setda Kabupaten Buru"]
    );
}

#[test]
fn branch_offices_end_the_name() {
    let texts = org_texts(
        "Persatuan Guru Republik Indonesia (PGRI) Cabang Sleman dan BPJS Ketenagakerjaan \
         Cabang Bantul menggelar seminar. Ombudsman RI Perwakilan Jawa Timur memantau \
         layanan itu.",
    );
    assert_eq!(
        texts,
        vec![
            "Persatuan Guru Republik Indonesia (PGRI) Cabang Sleman",
            "BPJS Ketenagakerjaan Cabang Bantul",
            "Ombudsman RI Perwakilan Jawa Timur",
        ]
    );
}

#[test]
fn associations_and_non_governmental_bodies() {
    let texts = org_texts(
        "Perhimpunan Dokter Spesialis Anak Sumatera Barat menggelar seminar bersama Walhi \
         Jawa Barat dan GAPKI Riau. Relawan Aksi Cepat Tanggap ikut membantu.",
    );
    assert_eq!(
        texts,
        vec![
            "Perhimpunan Dokter Spesialis Anak Sumatera Barat",
            "Walhi Jawa Barat",
            "GAPKI Riau",
            "Aksi Cepat Tanggap",
        ]
    );
}

#[test]
fn bodies_named_after_people_keep_titles_and_honorifics() {
    let texts = org_texts(
        "Korban dirujuk dari RSUD dr. R. Koesma Tuban ke RSUP Dr. Kariadi, lalu dipindah ke \
         Rumah Sakit Umum Daerah H. Hasan Basry Kandangan.",
    );
    assert_eq!(
        texts,
        vec![
            "RSUD dr. R. Koesma Tuban",
            "RSUP Dr. Kariadi",
            "Rumah Sakit Umum Daerah H. Hasan Basry Kandangan",
        ]
    );
}

#[test]
fn a_class_a_short_form_and_a_unit_place_continue_the_name() {
    let texts = org_texts(
        "Kantor Imigrasi Kelas II Non TPI Kendari memeriksa paspor. Majelis Rakyat Papua \
         (MRP) Papua Barat dan Kamar Dagang dan Industri (Kadin) Sulawesi Tenggara hadir.",
    );
    assert_eq!(
        texts,
        vec![
            "Kantor Imigrasi Kelas II Non TPI Kendari",
            "Majelis Rakyat Papua (MRP) Papua Barat",
            "Kamar Dagang dan Industri (Kadin) Sulawesi Tenggara",
        ]
    );
}

#[test]
fn a_regional_unit_keeps_its_number_but_not_a_balinese_name() {
    let texts = org_texts(
        "BWS Sulawesi II dan Balai Besar Wilayah Sungai Sumatera VIII bekerja sama. Wakil \
         Ketua DPRD Bali I Ketut Suwandhi hadir.",
    );
    assert_eq!(
        texts,
        vec![
            "BWS Sulawesi II",
            "Balai Besar Wilayah Sungai Sumatera VIII",
            "DPRD Bali"
        ]
    );
}

#[test]
fn a_short_form_defined_in_a_name_is_an_organisation_later() {
    let doc = extractor().extract(
        "Dinas Perumahan dan Kawasan Permukiman (Disperkim) Kabupaten Sigi membangun 40 rumah. \
         Menurut Kepala Disperkim Sigi, Disperkim juga menata drainase.",
    );
    assert_eq!(
        orgs(&doc),
        vec![
            (
                "Dinas Perumahan dan Kawasan Permukiman (Disperkim) Kabupaten Sigi",
                "Dinas Perumahan dan Kawasan Permukiman Kabupaten Sigi",
                Some("Disperkim Kabupaten Sigi")
            ),
            (
                "Disperkim Sigi",
                "Dinas Perumahan dan Kawasan Permukiman Sigi",
                Some("Disperkim Sigi")
            ),
            (
                "Disperkim",
                "Dinas Perumahan dan Kawasan Permukiman",
                Some("Disperkim")
            ),
        ]
    );
}

#[test]
fn river_basin_offices_and_development_agencies() {
    let texts = org_texts(
        "BBWS Citarum menormalisasi saluran dengan dana hibah USAID, sementara BBPJN Kalimantan \
         Timur menambal jalan.",
    );
    assert_eq!(
        texts,
        vec!["BBWS Citarum", "USAID", "BBPJN Kalimantan Timur"]
    );
}

#[test]
fn names_do_not_run_across_lines() {
    let texts = org_texts("Siswa SMP\n\nTanjung Redeb – Pemkot Bontang membuka lomba.");
    assert_eq!(texts, vec!["Pemkot Bontang"]);
}

#[test]
fn user_lexicons_extend_and_replace() {
    let extra = LexiconText::new(
        "my_institutions.tsv",
        "name\tacronym\tkind\tstatus\tnote\n\
         Badan Riset Daerah Contoh\tBarisdac\tagency\tcurrent\t\n",
    );
    let ex = Extractor::builder()
        .extend_lexicon(LexiconKind::Institutions, extra)
        .build()
        .unwrap();
    let doc = ex.extract("Barisdac Kaltim meneliti banjir.");
    assert_eq!(
        orgs(&doc),
        vec![(
            "Barisdac Kaltim",
            "Badan Riset Daerah Contoh Kaltim",
            Some("Barisdac Kaltim")
        )]
    );

    let only_pt = LexiconText::new(
        "heads.tsv",
        "head\tcanonical\tfollows\tlevel\tkind\tnote\nPT\tPerseroan Terbatas\tname\tany\tcompany\t\n",
    );
    let ex = Extractor::builder()
        .replace_lexicon(LexiconKind::OrgPatterns, only_pt)
        .build()
        .unwrap();
    let text = "Dinas Arsip Digital dan PT Laut Biru bekerja sama.";
    assert_eq!(org_texts(text), vec!["Dinas Arsip Digital", "PT Laut Biru"]);
    assert_eq!(
        orgs(&ex.extract(text)),
        vec![("PT Laut Biru", "PT Laut Biru", None)],
        "without the Dinas head, nothing opens the first name"
    );

    let bad = LexiconText::new(
        "bad.tsv",
        "head\tcanonical\tfollows\tlevel\tkind\tnote\nDinas\tDinas\tportfolio\tany\tdinas\t\n",
    );
    let err = Extractor::builder()
        .extend_lexicon(LexiconKind::OrgPatterns, bad)
        .build()
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("bad.tsv:2: unknown kind `dinas`"), "{err}");
}

#[test]
fn long_pathological_runs_are_linear() {
    // Heads within heads, capitals, glued degrees, brackets: each run is read in linear time.
    for unit in [
        "Dinas Badan Kantor Biro Humas Setda ",
        "PEMBAHASAN APBD DAN XYZQ BUDI ",
        "S.Sos.M.AP.",
        "Komisi III DPRD (BPBD) Kaltim, ",
        "Budi ( Dinas ",
    ] {
        let text = format!("Budi {}", unit.repeat(4_000));
        let start = std::time::Instant::now();
        let doc = extractor().extract(&text);
        assert!(doc.entities.len() < text.len());
        assert!(
            start.elapsed().as_secs() < 20,
            "{unit:?}: {:?}",
            start.elapsed()
        );
    }
}

mod properties {
    use super::extractor;
    use proptest::prelude::*;
    use warta::EntityKind;

    /// Texts built from the pieces organisation and acronym rules look at.
    fn pieces() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            Just("Dinas ".to_string()),
            Just("Kepala ".to_string()),
            Just("Pemprov ".to_string()),
            Just("PT ".to_string()),
            Just("Komisi ".to_string()),
            Just("III ".to_string()),
            Just("DPRD ".to_string()),
            Just("Kaltim".to_string()),
            Just("Kota ".to_string()),
            Just("(".to_string()),
            Just(")".to_string()),
            Just("(BPBD)".to_string()),
            Just("TNI".to_string()),
            Just("-".to_string()),
            Just("AL ".to_string()),
            Just("/".to_string()),
            Just("1707".to_string()),
            Just("Kelas ".to_string()),
            Just("dan ".to_string()),
            Just(", ".to_string()),
            Just("\n".to_string()),
            Just("Kpts. ".to_string()),
            Just("SAMARINDA – ".to_string()),
            Just("humasprov ".to_string()),
            Just("Budi ".to_string()),
            Just("Pertanian ".to_string()),
            Just("Rp".to_string()),
            Just("é ".to_string()),
        ];
        prop::collection::vec(piece, 0..14).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]
        #[test]
        fn organisations_and_acronyms_never_panic_and_slice_the_text(text in pieces()) {
            let doc = extractor().extract(&text);
            for e in doc.entities.iter().filter(|e| {
                matches!(e.kind(), EntityKind::Organization | EntityKind::Acronym)
            }) {
                prop_assert_eq!(&text[e.span.range()], e.text.as_str());
                for m in &e.mentions {
                    prop_assert_eq!(&text[m.span.range()], m.text.as_str());
                }
            }
        }
    }
}

#[test]
fn a_national_institution_after_a_unit_title_is_reported() {
    assert_eq!(
        org_texts("Direktur Utama BPJS Kesehatan Ghufron Mukti meninjau rumah sakit."),
        vec!["BPJS Kesehatan"]
    );
    assert_eq!(
        org_texts("Hari ini Direktur Badan Pusat Statistik memaparkan data inflasi."),
        vec!["Badan Pusat Statistik"]
    );
}

#[test]
fn an_association_takes_its_country() {
    assert_eq!(
        org_texts("Ketua Asosiasi Pengusaha Kopi Indonesia menilai harga stabil."),
        vec!["Asosiasi Pengusaha Kopi Indonesia"]
    );
}

#[test]
fn a_headline_verb_ends_the_name_before_it() {
    let text = "BUMDes Maju Bersama Salurkan Pinjaman Modal Usaha\n\nBONTANG - BUMDes Maju \
                Bersama menyalurkan pinjaman modal kepada 40 pedagang.";
    assert_eq!(org_texts(text), vec!["BUMDes Maju Bersama"]);
    let text = "Ditjen Cipta Karya Percepat Pembangunan Sanitasi Kota\n\nJAKARTA - Ditjen Cipta \
                Karya menambah anggaran sanitasi.";
    assert_eq!(org_texts(text), vec!["Ditjen Cipta Karya"]);
    // Outside a headline the same words are read as written.
    assert_eq!(
        org_texts("Warga mendatangi Koperasi Maju Bersama Sejahtera kemarin."),
        vec!["Koperasi Maju Bersama Sejahtera"]
    );
}

#[test]
fn units_commands_councils_and_churches() {
    assert_eq!(
        org_texts("Satuan Reserse Narkoba Polres Dairi menangkap dua pengedar."),
        vec!["Satuan Reserse Narkoba Polres Dairi", "Polres Dairi"]
    );
    assert_eq!(
        org_texts("Upacara dipimpin Danrem, dihadiri prajurit Korem 091/Aji Surya Natakesuma."),
        vec!["Korem 091/Aji Surya Natakesuma"]
    );
    assert_eq!(
        org_texts("Rapat kerja Komisi IV membahas pupuk bersubsidi."),
        vec!["Komisi IV"]
    );
    assert_eq!(
        org_texts("Pemko Pematangsiantar menggelar pasar murah."),
        vec!["Pemko Pematangsiantar"]
    );
    assert_eq!(
        org_texts("Perayaan Natal digelar Gereja Protestan Maluku di Ambon."),
        vec!["Gereja Protestan Maluku"]
    );
    // A church in lower case is no name.
    assert!(org_texts("Warga berkumpul di gereja setempat.").is_empty());
}

#[test]
fn a_unit_named_with_its_parent_body_and_community_bodies() {
    assert_eq!(
        org_texts("Satuan Lalu Lintas (Satlantas) Polres Kutai Timur menggelar operasi."),
        vec![
            "Satuan Lalu Lintas (Satlantas) Polres Kutai Timur",
            "Polres Kutai Timur"
        ]
    );
    assert_eq!(
        org_texts("Bantuan diterima Kelompok Nelayan Mina Bahari di pesisir."),
        vec!["Kelompok Nelayan Mina Bahari"]
    );
    assert_eq!(
        org_texts("LKAAM Kota Padang menggelar musyawarah ninik mamak."),
        vec!["LKAAM Kota Padang"]
    );
}

#[test]
fn boards_of_parties_and_associations_take_the_body_they_lead() {
    assert_eq!(
        org_texts(
            "Ketua Dewan Pimpinan Wilayah Asosiasi Petani Kelapa Sawit Indonesia (DPW APKASINDO) \
             Riau, Gulat, berbicara di depan petani."
        ),
        vec![
            "Dewan Pimpinan Wilayah Asosiasi Petani Kelapa Sawit Indonesia (DPW APKASINDO) Riau",
            "Asosiasi Petani Kelapa Sawit Indonesia",
        ]
    );
    assert_eq!(
        org_texts("Sekretaris Dewan Pimpinan Daerah (DPD) PAN Kota Bima, Arif, hadir."),
        // The place is the board's: the party nested in it is the party.
        vec!["Dewan Pimpinan Daerah (DPD) PAN Kota Bima", "PAN"]
    );
}

#[test]
fn short_forms_defined_as_common_nouns_are_no_organisations() {
    // `PBB` is the United Nations and `PMI` the Red Cross in the lexicon; the text defines
    // them otherwise, and every later mention keeps that reading. `KUA` glued into a budget
    // term is no Kantor Urusan Agama.
    assert_eq!(
        org_texts(
            "Dinas menagih Pajak Bumi dan Bangunan (PBB) tepat waktu. Sebanyak 12 calon pekerja \
             migran Indonesia (PMI) dipulangkan, dan para PMI itu didata. Rancangan KUA-PPAS \
             dibahas Badan Anggaran."
        ),
        vec!["Badan Anggaran"]
    );
    // Named as an organisation, the short form stays one.
    assert_eq!(
        org_texts("Relawan Palang Merah Indonesia (PMI) membantu. PMI menyiapkan darah."),
        vec!["Palang Merah Indonesia", "PMI"]
    );
}

#[test]
fn a_portfolio_list_may_close_with_a_comma_and_dan() {
    assert_eq!(
        org_texts("Kami mengunjungi Dinas Pendidikan, Perpustakaan, dan Arsip Daerah Provinsi Papua kemarin."),
        vec!["Dinas Pendidikan, Perpustakaan, dan Arsip Daerah Provinsi Papua"]
    );
}

#[test]
fn regional_units_of_institutions_and_office_numerals() {
    assert_eq!(
        org_texts(
            "Petugas BPJS Kesehatan Wilayah Sulawesi Selatan dan Pelindo Regional 4 Makassar \
             bertemu Kepala Kanwil DJP Jawa Timur II pekan lalu."
        ),
        vec![
            "BPJS Kesehatan Wilayah Sulawesi Selatan",
            "Pelindo Regional 4 Makassar",
            "Kanwil DJP Jawa Timur II",
            // The place and numeral are the regional office's, not the directorate's.
            "DJP",
        ]
    );
}

#[test]
fn standing_bodies_and_vertical_offices() {
    assert_eq!(
        org_texts(
            "Pengurus Kelompok Sadar Wisata (Pokdarwis) Desa Pemuteran menemui petugas Stasiun \
             Klimatologi Jawa Tengah, lalu Baitul Mal Kabupaten Bireuen menyalurkan zakat."
        ),
        vec![
            "Kelompok Sadar Wisata (Pokdarwis) Desa Pemuteran",
            "Stasiun Klimatologi Jawa Tengah",
            "Baitul Mal Kabupaten Bireuen",
        ]
    );
    assert_eq!(
        org_texts("Kapal itu diperiksa KSOP Kelas II Tanjung Pandan dan Pelabuhan Perikanan Samudera Bitung."),
        vec![
            "KSOP Kelas II Tanjung Pandan",
            "Pelabuhan Perikanan Samudera Bitung"
        ]
    );
}

#[test]
fn common_nouns_and_terms_that_contain_a_body_are_no_organisations() {
    // A plan's name that contains `Pemerintah Daerah`, and the common noun in lower case.
    assert_eq!(
        org_texts(
            "Rancangan Rencana Kerja Pemerintah Daerah (RKPD) dibahas. Pemerintah daerah juga \
             mengundang Pemerintah Daerah Kabupaten Sinjai."
        ),
        vec!["Pemerintah Daerah Kabupaten Sinjai"]
    );
}

#[test]
fn inspektorat_daerah_takes_its_place() {
    assert_eq!(
        org_texts("Auditor Inspektorat Daerah Kabupaten Sumedang memeriksa laporan itu."),
        vec!["Inspektorat Daerah Kabupaten Sumedang"]
    );
}

#[test]
fn short_forms_that_abbreviate_the_whole_name() {
    let text = "PALU - Kantor Wilayah Kementerian Hukum (Kanwil Kemenkum) Provinsi Sulawesi \
                Tengah dan Perusahaan Umum Daerah (Perumda) Air Minum Kota Palu menandatangani \
                kerja sama layanan air bersih, Selasa.";
    let doc = extractor().extract(text);
    let got = orgs(&doc);
    assert!(
        got.contains(&(
            "Kantor Wilayah Kementerian Hukum (Kanwil Kemenkum) Provinsi Sulawesi Tengah",
            "Kantor Wilayah Kementerian Hukum Provinsi Sulawesi Tengah",
            Some("Kanwil Kemenkum Provinsi Sulawesi Tengah")
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "Perusahaan Umum Daerah (Perumda) Air Minum Kota Palu",
            "Perusahaan Umum Daerah Air Minum Kota Palu",
            Some("Perumda Air Minum Kota Palu")
        )),
        "{got:?}"
    );
    // The ministry in the slot is listed on its own, without the whole name's short form.
    assert!(got.iter().any(|o| o.0 == "Kementerian Hukum"), "{got:?}");
    assert!(!got.iter().any(|o| o.0.starts_with("Kementerian Hukum (")));
}

#[test]
fn headline_verbs_end_names() {
    let text = "RSUD Lambuang Tigo Buka Poli Anak untuk Warga Desa\n\nRSUD Lambuang Tigo \
                membuka poli anak pada Senin.";
    assert_eq!(org_texts(text), vec!["RSUD Lambuang Tigo".to_string()]);
}

#[test]
fn another_body_after_dan_is_its_own_organisation() {
    assert_eq!(
        org_texts(
            "Patroli digelar Polsek dan Koramil setempat. Bantuan Dinas Sosial dan BPBD tiba. \
             Dinas Kelautan dan Perikanan serta Dinas Koperasi dan UKM Kaltim hadir."
        ),
        vec![
            "Polsek",
            "Koramil",
            "Dinas Sosial",
            "BPBD",
            "Dinas Kelautan dan Perikanan",
            "Dinas Koperasi dan UKM Kaltim",
        ]
    );
}

#[test]
fn sub_units_named_after_an_abbreviated_parent() {
    // A unit's own short form and place after the parent's acronym; graded tax offices
    // named after a city and its district.
    assert_eq!(
        org_texts(
            "Manajer PLN UP3 Bima dan petugas PLN UIW NTB meninjau gardu, sementara Dinkes \
             P2KB Kota Bima menyiapkan posko. Petugas KPP Pratama Jakarta Tebet dan KPP Madya \
             Bandung melayani wajib pajak."
        ),
        vec![
            "PLN UP3 Bima",
            "PLN UIW NTB",
            "Dinkes P2KB Kota Bima",
            "KPP Pratama Jakarta Tebet",
            "KPP Madya Bandung",
        ]
    );
    // A body spelled with its satgas or traffic unit; a city's police named like its regency.
    assert_eq!(
        org_texts("Satgas Pangan Polda NTB bersama Satlantas Polres Cirebon Kota berjaga."),
        vec![
            "Satgas Pangan Polda NTB",
            "Polda NTB",
            "Satlantas Polres Cirebon Kota",
            "Polres Cirebon Kota",
        ]
    );
}

#[test]
fn units_seated_di_or_pada_somewhere() {
    let doc = extractor().extract(
        "Kepala Balai POM di Mataram hadir bersama hakim Pengadilan Tindak Pidana Korupsi \
         (Tipikor) pada Pengadilan Negeri (PN) Mataram.",
    );
    let got: Vec<(&str, &str)> = orgs(&doc).into_iter().map(|(t, n, _)| (t, n)).collect();
    assert_eq!(
        got,
        vec![
            (
                "Balai POM di Mataram",
                "Balai Pengawas Obat dan Makanan di Mataram"
            ),
            (
                "Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri (PN) Mataram",
                "Pengadilan Tindak Pidana Korupsi pada Pengadilan Negeri Mataram"
            ),
            (
                "Pengadilan Negeri (PN) Mataram",
                "Pengadilan Negeri Mataram"
            ),
        ]
    );
    // `di` before a place after another kind of body is no part of its name.
    assert_eq!(
        org_texts("Rapat Dinas Kesehatan di Mataram berlangsung lama."),
        vec!["Dinas Kesehatan"]
    );
}

#[test]
fn headline_words_and_years_end_unit_names() {
    assert_eq!(
        org_texts(
            "Kodim 1614/Dompu Bangun Jembatan Gantung di Desa Terpencil\n\n\
             Kanwil DJP Bali II Gelar Layanan Akhir Pekan\n\n\
             Pendaftaran SD dan SMP 2026 Dibuka Pekan Depan\n\nWarga menyambut baik."
        ),
        vec!["Kodim 1614/Dompu", "Kanwil DJP Bali II", "DJP"]
    );
}

#[test]
fn class_names_and_halls_are_no_organisations() {
    // A class of companies or groups named alone, and a hall as a building.
    assert_eq!(
        org_texts(
            "Kegiatan melibatkan Badan Usaha Milik Daerah (BUMD) dan Perkumpulan Petani Pemakai \
             Air di setiap desa, lalu rapat di Balai Kota bersama Dinas Perdagangan, serta \
             Satpol PP."
        ),
        vec!["Dinas Perdagangan", "Satpol PP"]
    );
    // A named one is.
    assert_eq!(
        org_texts("Badan Usaha Milik Desa (BUMDes) Maju Jaya membuka kios."),
        vec!["Badan Usaha Milik Desa (BUMDes) Maju Jaya"]
    );
}

#[test]
fn standing_teams_commissions_and_credit_units() {
    assert_eq!(
        org_texts(
            "Kota Mataram (Diskominfo) - Tim Pengendalian Inflasi Daerah (TPID) Kabupaten \
             Dompu dan Komisi Pengawasan Pupuk dan Pestisida (KP3) hadir, juga Tim Penggerak \
             Pemberdayaan dan Kesejahteraan Keluarga (TP-PKK) serta siswa Madrasah Aliyah \
             Negeri 2 Kota Bima.\n\n(Pendim 1614/Dompu)"
        ),
        vec![
            "Diskominfo",
            "Tim Pengendalian Inflasi Daerah (TPID) Kabupaten Dompu",
            "Komisi Pengawasan Pupuk dan Pestisida",
            "Tim Penggerak Pemberdayaan dan Kesejahteraan Keluarga",
            "Madrasah Aliyah Negeri 2 Kota Bima",
            "Pendim 1614/Dompu",
        ]
    );
    // The regency office of the religion ministry is an office of its own.
    assert_eq!(
        org_texts("Pegawai Kantor Kemenag Dompu datang."),
        vec!["Kantor Kemenag Dompu", "Kemenag"]
    );
}

#[test]
fn a_body_named_by_a_regulation_is_the_regulations() {
    // The body named by a regulation is the regulation's; the body itself is named again.
    assert_eq!(
        org_texts(
            "Aturan itu ada dalam Peraturan Kejaksaan Nomor 7 Tahun 2021, kata pihak Kejaksaan."
        ),
        vec!["Kejaksaan"]
    );
    assert_eq!(
        org_texts("Aturan itu ada dalam Peraturan Kejaksaan Nomor 7 Tahun 2021."),
        Vec::<String>::new()
    );
}

#[test]
fn a_sub_unit_named_again_without_its_parent() {
    assert_eq!(
        org_texts(
            "Petugas PLN UP3 Sumba menyalakan gardu di Waingapu. Menurut Manajer UP3 Sumba, \
             Dewi Lestari, jaringan siap."
        ),
        vec!["PLN UP3 Sumba", "UP3 Sumba"]
    );
    // Not the short form in brackets after the spelled-out name.
    assert_eq!(
        org_texts(
            "PT PLN (Persero) Unit Induk Wilayah Papua (UIW Papua) menambah gardu, kata \
             petugas PLN UIW Papua."
        )
        .iter()
        .filter(|t| t.as_str() == "UIW Papua")
        .count(),
        0
    );
}

#[test]
fn service_short_forms_the_lexicons_do_not_list_are_organisations() {
    // Regions merge portfolios into services each names its own way: a `Dis` short form
    // whose portfolio part opens like a listed one (`kominfo`, `dukcapil`) is a service,
    // with its place; a listed one keeps a unit's suffix glued by a hyphen. None is a
    // person, and a dictionary word (`Dispensasi`) is no service.
    let text = "Warga meminta Dispensasi waktu kepada petugas pada Senin (3/11).\n\
                Hasil rapat diumumkan Diskominfotik Sumbawa Barat sore itu.\n\
                (Diskominsa Pidie Jaya)\n\
                Data dihimpun Diskominfo-SP Bantaeng dan Disdukcapiltik Kota Tual.";
    let doc = extractor().extract(text);
    assert_eq!(
        orgs(&doc)
            .into_iter()
            .map(|(t, name, _)| (t, name))
            .collect::<Vec<_>>(),
        vec![
            ("Diskominfotik Sumbawa Barat", "Diskominfotik Sumbawa Barat"),
            ("Diskominsa Pidie Jaya", "Diskominsa Pidie Jaya"),
            ("Diskominfo-SP Bantaeng", "Diskominfo-SP Bantaeng"),
            ("Disdukcapiltik Kota Tual", "Disdukcapiltik Kota Tual"),
        ]
    );
    assert_eq!(doc.entities_of(EntityKind::Person).count(), 0);
    let acronyms: Vec<(&str, bool)> = doc
        .entities_of(EntityKind::Acronym)
        .map(|e| match &e.data {
            EntityData::Acronym(a) => (e.text.as_str(), a.expansion.is_some()),
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(
        acronyms,
        vec![
            ("Diskominfotik", false),
            ("Diskominsa", false),
            ("Diskominfo-SP", false),
            ("Disdukcapiltik", false),
        ]
    );
}

#[test]
fn a_name_given_in_indonesian_and_a_body_read_on_over_its_number() {
    // The lexicon names the body in English: the organisation is the text's name.
    let doc =
        extractor().extract("Laporan itu disusun Organisasi Kesehatan Dunia (WHO) pekan lalu.");
    assert_eq!(
        orgs(&doc),
        vec![(
            "Organisasi Kesehatan Dunia",
            "Organisasi Kesehatan Dunia",
            Some("WHO")
        )]
    );
    // A committee of a school: the school's number and place are the committee's too.
    assert_eq!(
        org_texts("Rapat dihadiri Komite SMPN 4 Tanjung Pinang dan para guru."),
        vec!["Komite SMPN 4 Tanjung Pinang", "SMPN 4 Tanjung Pinang"]
    );
}

#[test]
fn customary_religious_and_cultural_bodies_have_heads() {
    assert_eq!(
        org_texts(
            "Kerapatan Adat Nagari (KAN) Sungai Tarab menggelar musyawarah. KAN, katanya, juga \
             membuka kelas silat. Kepala Dinas Pendidikan Dayah Aceh hadir bersama pengasuh \
             Dayah Bustanul Huda Meureudu. Rombongan mengunjungi Vihara Buddha Jayanti, Maha \
             Vihara Dharma Sasana, Museum Mpu Tantular, dan Kesultanan Ternate."
        ),
        vec![
            "Kerapatan Adat Nagari (KAN) Sungai Tarab",
            "KAN",
            // A head whose name would be the place alone is a word of the portfolio.
            "Dinas Pendidikan Dayah Aceh",
            "Dayah Bustanul Huda Meureudu",
            "Vihara Buddha Jayanti",
            "Maha Vihara Dharma Sasana",
            "Museum Mpu Tantular",
            "Kesultanan Ternate",
        ]
    );
    // A team counts when its short form defines it; a full word in lower case opens no name.
    assert_eq!(
        org_texts("Tim Reaksi Cepat (TRC) dan tim gabungan tiba. Para jemaat Sion ikut membantu."),
        vec!["Tim Reaksi Cepat"]
    );
}

#[test]
fn a_short_form_closing_a_name_names_the_body_alone_too() {
    assert_eq!(
        org_texts(
            "Sinode GPIG Gelar Rapat Kerja di Gorontalo\n\nGorontalo, Kamis (4/6/2026) – Badan \
             Pekerja Harian Sinode (BPHS) Gereja Protestan Indonesia di Gorontalo (GPIG) membuka \
             rapat kerja. Ketua Sinode GPIG meminta jemaat GPIG terus melayani warga."
        ),
        vec![
            // The headline's capitals make no name the body does not write.
            "Sinode GPIG",
            // Another head inside the name, and its seat, are words the short form spells.
            "Badan Pekerja Harian Sinode",
            "Gereja Protestan Indonesia di Gorontalo",
            "GPIG",
        ]
    );
    // The lexicon's short form of a class of bodies, once the text names the body.
    assert_eq!(
        org_texts("Kelompok Masyarakat Peduli Api dibentuk di desa. MPA akan dilatih."),
        vec!["Masyarakat Peduli Api", "MPA"]
    );
    // Bodies whose short forms news uses alone.
    assert_eq!(
        org_texts("Personel Tagana, Polairud, dan kader PKK membantu warga."),
        vec!["Tagana", "Polairud", "PKK"]
    );
}

#[test]
fn spelled_names_lists_and_company_descriptors() {
    assert_eq!(
        org_texts(
            "Badan Kesiapsiagaan Bencana dan Pemadam Kebakaran (BKBPK) Gorontalo menyiagakan \
             mobil. Pengamanan melibatkan Polri, Basarnas, Dinas Sosial, dan Laskar Merah Putih. \
             Badan Usaha Milik Negara PT Garam menyalurkan bantuan."
        ),
        vec![
            "Badan Kesiapsiagaan Bencana dan Pemadam Kebakaran (BKBPK) Gorontalo",
            "Polri",
            "Basarnas",
            // A list's `, dan` with no item listed before in the name is the text's list.
            "Dinas Sosial",
            "PT Garam",
        ]
    );
    // A list inside the name still reads on.
    assert_eq!(
        org_texts("Dinas Pendidikan, Perpustakaan, dan Arsip Daerah Kota Ambon menerima buku."),
        vec!["Dinas Pendidikan, Perpustakaan, dan Arsip Daerah Kota Ambon"]
    );
}

#[test]
fn names_in_english_end_with_their_head() {
    assert_eq!(
        org_texts(
            "Pelatihan digelar di Jakarta Convention Center. Laporan The Indonesian Cement and \
             Concrete Association (ICCA) dirilis kemarin."
        ),
        vec![
            "Jakarta Convention Center",
            "The Indonesian Cement and Concrete Association",
        ]
    );
    // An Indonesian word before the head ends the name there: no name of the head alone.
    assert_eq!(
        org_texts("Ekonom Institute itu berbicara."),
        Vec::<String>::new()
    );
}

#[test]
fn community_groups_and_village_cooperatives_with_their_names() {
    let texts = org_texts(
        "Ketua KUB Bintang Samudra, Rahmat Hidayat, menerima bantuan. Kelompok Wanita Tani \
         (KWT) Anggrek Putih menanam cabai, dan KWT Anggrek Putih menjualnya ke Kopdes Merah \
         Putih Sukajaya. Kelompok Pengolah dan Pemasar (Poklahsar) Sinar Bahari mengolah ikan.",
    );
    for name in [
        "KUB Bintang Samudra",
        "Kelompok Wanita Tani (KWT) Anggrek Putih",
        "KWT Anggrek Putih",
        "Kopdes Merah Putih Sukajaya",
        "Kelompok Pengolah dan Pemasar (Poklahsar) Sinar Bahari",
    ] {
        assert!(texts.iter().any(|t| t == name), "{name}: {texts:?}");
    }
    // A group's type alone names no one group.
    let texts = org_texts("Setiap KUB dan KWT di desa itu menerima pelatihan dari penyuluh.");
    assert!(texts.is_empty(), "{texts:?}");
}

#[test]
fn standing_committees_named_with_their_short_form() {
    let texts = org_texts(
        "Panitia Pengawas Kecamatan (Panwascam) Mandonga menggelar apel. Panitia \
         Penyelenggara Ibadah Haji (PPIH) Embarkasi Makassar memberangkatkan jemaah.",
    );
    assert!(
        texts.contains(&"Panitia Pengawas Kecamatan (Panwascam) Mandonga".to_string()),
        "{texts:?}"
    );
    assert!(
        texts.contains(&"Panitia Penyelenggara Ibadah Haji (PPIH) Embarkasi Makassar".to_string()),
        "{texts:?}"
    );
}

#[test]
fn a_unit_ends_before_its_parent_institutions_full_name() {
    let texts = org_texts(
        "Kepala Stasiun Geofisika Kupang Badan Meteorologi, Klimatologi, dan Geofisika (BMKG), \
         Yohanes Lado, mengimbau warga tetap tenang.",
    );
    assert!(
        texts.contains(&"Stasiun Geofisika Kupang".to_string()),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Badan Meteorologi, Klimatologi, dan Geofisika")),
        "{texts:?}"
    );
}

#[test]
fn a_defining_short_form_carries_a_name_over_lower_case_joiners() {
    let texts = org_texts(
        "Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) Universitas Halu Oleo \
         membuka pendaftaran.",
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM)")),
        "{texts:?}"
    );
}

#[test]
fn an_institutions_short_form_that_is_a_word_of_a_longer_name_is_no_body() {
    // `Antara` (the news agency's short form) is a word of the embarkation's name here.
    let texts = org_texts(
        "Panitia Penyelenggara Ibadah Haji (PPIH) Embarkasi Antara Palu memberangkatkan \
         jemaah.",
    );
    assert!(!texts.iter().any(|t| t.starts_with("Antara")), "{texts:?}");
}

#[test]
fn a_balinese_customary_village_is_a_body_with_its_name() {
    let texts = org_texts(
        "Bendesa Desa Adat Kedonganan, I Made Sutama, mengatakan warga desa adat siap \
         menjaga pantai.",
    );
    assert!(
        texts.contains(&"Desa Adat Kedonganan".to_string()),
        "{texts:?}"
    );
    // The class alone names no one body.
    assert!(
        !texts.iter().any(|t| t.eq_ignore_ascii_case("desa adat")),
        "{texts:?}"
    );
}

#[test]
fn free_meal_kitchens_and_regional_fishing_ports_with_their_names() {
    let texts = org_texts(
        "Dapur SPPG Sukamulya di Kabupaten Garut kembali beroperasi. Nelayan membongkar ikan \
         di Pangkalan Pendaratan Ikan (PPI) Teluk Awur. Aktivitas PPI Teluk Awur ramai.",
    );
    for name in [
        "SPPG Sukamulya",
        "Pangkalan Pendaratan Ikan (PPI) Teluk Awur",
        "PPI Teluk Awur",
    ] {
        assert!(texts.contains(&name.to_string()), "{name}: {texts:?}");
    }
}

#[test]
fn foreign_agencies_and_companies_named_in_english() {
    let texts = org_texts(
        "Direktur Utama PT Wisata Bahari Nusantara (Persero) atau Majapura Tourism Development \
         Corporation (MTDC), Rina Kartika, hadir bersama Korea International Cooperation Agency.",
    );
    for name in [
        "Majapura Tourism Development Corporation",
        "Korea International Cooperation Agency",
    ] {
        assert!(
            texts.iter().any(|t| t.starts_with(name)),
            "{name}: {texts:?}"
        );
    }
}

#[test]
fn a_class_of_bodies_inside_a_schemes_name_is_no_organisation() {
    // `Badan Usaha` is a class of bodies: alone it names none. A Koramil's number holds its
    // Kodim's.
    assert_eq!(
        org_texts(
            "Proyek memakai skema Kerja Sama Pemerintah dan Badan Usaha (KPBU). Anggota \
             Koramil 1313-01/Tilamuta membantu warga."
        ),
        ["Koramil 1313-01/Tilamuta"]
    );
}

#[test]
fn a_food_and_drug_office_with_its_seat() {
    assert_eq!(
        org_texts("Petugas BBPOM di Jambi memeriksa takjil."),
        ["BBPOM di Jambi"]
    );
}

#[test]
fn the_sekolah_rakyat_schools_with_their_number_and_place() {
    assert_eq!(
        org_texts(
            "Kemensos meresmikan Sekolah Rakyat Menengah Atas (SRMA) 27 Ambon. Kegiatan di \
             SRMA 27 Ambon berjalan."
        ),
        [
            "Kemensos",
            "Sekolah Rakyat Menengah Atas (SRMA) 27 Ambon",
            "SRMA 27 Ambon"
        ]
    );
}

#[test]
fn a_list_of_offices_is_no_portfolio() {
    // Samsat opens a body's name and is no ordinary word: the comma lists the text's bodies.
    // `Koperasi` is a portfolio's word too.
    assert_eq!(
        org_texts(
            "Mal pelayanan menghadirkan Kantor Pertanahan, Samsat, dan BPJS Kesehatan. Dinas \
             Perindustrian, Perdagangan, Koperasi dan UKM ikut membuka gerai."
        ),
        [
            "Kantor Pertanahan",
            "Samsat",
            "BPJS Kesehatan",
            "Dinas Perindustrian, Perdagangan, Koperasi dan UKM"
        ]
    );
}

#[test]
fn police_units_take_the_command_they_belong_to() {
    // A unit of a Polres or Polda, joined or spaced, is one body with its command, and the
    // command is reported too.
    assert_eq!(
        org_texts(
            "Tim gabungan Polairud Polres Sinjai, Sat Samapta Polres Bone dan Bid Humas Polda \
             Sulsel berjaga di dermaga."
        ),
        [
            "Polairud Polres Sinjai",
            "Polres Sinjai",
            "Sat Samapta Polres Bone",
            "Polres Bone",
            "Bid Humas Polda Sulsel",
            "Polda Sulsel"
        ]
    );
    let doc = extractor().extract("Penyidik Ditreskrimsus Polda Jambi memeriksa dua saksi.");
    assert_eq!(
        orgs(&doc)[0],
        (
            "Ditreskrimsus Polda Jambi",
            "Direktorat Reserse Kriminal Khusus Kepolisian Daerah Jambi",
            Some("Ditreskrimsus Polda Jambi")
        )
    );
}

#[test]
fn churches_associations_and_city_services_by_their_short_forms() {
    assert_eq!(
        org_texts(
            "Anggota Banser menjaga GPIB Tenggarong saat Kepala DPUTR Kota Cilegon meninjau \
             jalan."
        ),
        ["Banser", "GPIB Tenggarong", "DPUTR Kota Cilegon"]
    );
}

#[test]
fn a_station_of_a_national_agency_and_an_honorific_word_inside_a_name() {
    // A station is a regional unit of the agency; `Haji` before no name is a word of the
    // body's name, not an honorific.
    assert_eq!(
        org_texts("BMKG Stasiun Majene dan Forum Komunikasi Haji (FKH) memaparkan data."),
        ["BMKG Stasiun Majene", "Forum Komunikasi Haji"]
    );
}
