//! Officials whose positions are occupations of a public body (functional positions of the
//! civil service, a hospital's specialists), English position names of companies and
//! foundations, customary leaders, and titles with a bracketed short form of their body:
//! fixture sentences written for these tests, with the exact entities expected.

use warta::document::{EntityData, Official};
use warta::Extractor;

fn extractor() -> &'static Extractor {
    use std::sync::OnceLock;
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| {
        Extractor::builder()
            .reference_date("2025-11-10")
            .build()
            .unwrap()
    })
}

/// The officials as (name, title, jurisdiction, honorifics) and the persons' names.
#[allow(clippy::type_complexity)]
fn people(
    text: &str,
) -> (
    Vec<(String, String, Option<String>, Vec<String>)>,
    Vec<String>,
) {
    let mut officials = Vec::new();
    let mut persons = Vec::new();
    for e in extractor().extract(text).entities {
        match e.data {
            EntityData::Official(Official {
                name,
                title,
                jurisdiction,
                honorifics,
                ..
            }) => officials.push((name, title, jurisdiction, honorifics)),
            EntityData::Person(p) => persons.push(p.name),
            _ => {}
        }
    }
    (officials, persons)
}

/// One official (name, title, jurisdiction) and no person.
fn one_official(text: &str, name: &str, title: &str, jurisdiction: Option<&str>) {
    let (o, p) = people(text);
    assert_eq!(o.len(), 1, "{text}: {o:?}");
    assert_eq!(
        (o[0].0.as_str(), o[0].1.as_str(), o[0].2.as_deref()),
        (name, title, jurisdiction),
        "{text}"
    );
    assert!(p.is_empty(), "{text}: persons {p:?}");
}

#[test]
fn functional_positions_with_their_grade_and_body() {
    one_official(
        "Peneliti Ahli Madya BRIN, Ratna Wulandari, mengatakan kajian itu selesai.",
        "Ratna Wulandari",
        "Peneliti Ahli Madya",
        Some("BRIN"),
    );
    one_official(
        "Pranata Komputer Terampil Diskominfo Kabupaten Sigi, Andi Pratama, memandu pelatihan.",
        "Andi Pratama",
        "Pranata Komputer Terampil",
        Some("Diskominfo Kabupaten Sigi"),
    );
    one_official(
        "Penyuluh Pertanian Lapangan Dinas Pertanian Kabupaten Merauke, Yakobus Gebze, hadir.",
        "Yakobus Gebze",
        "Penyuluh Pertanian Lapangan",
        Some("Dinas Pertanian Kabupaten Merauke"),
    );
    one_official(
        "Widyaiswara Ahli Utama BPSDM Provinsi Bengkulu, Hendra Saputra, menyampaikan materi.",
        "Hendra Saputra",
        "Widyaiswara Ahli Utama",
        Some("BPSDM Provinsi Bengkulu"),
    );
}

#[test]
fn a_senior_researcher_of_a_think_tank() {
    one_official(
        "Menurut peneliti senior Celios, Dimas Prasetyo, inflasi terkendali.",
        "Dimas Prasetyo",
        "peneliti senior",
        Some("Celios"),
    );
}

#[test]
fn an_occupation_alone_describes_a_person() {
    // No body employs her in the text: a description, not a position.
    let (o, p) = people("Penyuluh agama, Hj. Nurul Hidayah, warga Kraksaan, hadir.");
    assert!(o.is_empty(), "{o:?}");
    assert_eq!(p, vec!["Nurul Hidayah"]);
}

#[test]
fn a_hospital_specialist_is_an_official_of_the_hospital() {
    let (o, p) = people(
        "Dokter Spesialis Anak RSUD Kefamenanu, dr. Maria Taek, Sp.A, menjelaskan gizi balita.",
    );
    assert_eq!(
        o,
        vec![(
            "Maria Taek".to_string(),
            "Dokter Spesialis Anak".to_string(),
            Some("RSUD Kefamenanu".to_string()),
            vec!["dr.".to_string(), "Sp.A".to_string()],
        )]
    );
    assert!(p.is_empty(), "{p:?}");
}

#[test]
fn an_association_of_an_occupation_keeps_its_name() {
    let orgs: Vec<String> = extractor()
        .extract("Ikatan Penyuluh Pertanian Indonesia Jawa Timur menggelar rapat kerja.")
        .entities
        .into_iter()
        .filter_map(|e| match e.data {
            EntityData::Organization(o) => Some(o.name),
            _ => None,
        })
        .collect();
    assert_eq!(orgs, vec!["Ikatan Penyuluh Pertanian Indonesia Jawa Timur"]);
}

#[test]
fn english_position_names_are_positions_not_names() {
    one_official(
        "\"Kami siap,\" kata Executive Director Yayasan Tunas Harapan, Kevin Wijaya.",
        "Kevin Wijaya",
        "Executive Director",
        Some("Yayasan Tunas Harapan"),
    );
    one_official(
        "Managing Director PT Samudra Niaga, Lukas Tanjung, meninjau gudang.",
        "Lukas Tanjung",
        "Managing Director",
        Some("PT Samudra Niaga"),
    );
    one_official(
        "Country Director Yayasan Bina Desa, Sarah Lim, mengatakan program berjalan.",
        "Sarah Lim",
        "Country Director",
        Some("Yayasan Bina Desa"),
    );
}

#[test]
fn customary_leaders() {
    one_official(
        "Ondofolo Kampung Ayapo, Yesaya Ohee, menyambut rombongan.",
        "Yesaya Ohee",
        "Ondofolo",
        Some("Kampung Ayapo"),
    );
    one_official(
        "Sultan Tidore Husain Alting Sjah memberi sambutan.",
        "Husain Alting Sjah",
        "Sultan",
        Some("Tidore"),
    );
}

#[test]
fn a_kings_title_that_is_also_a_given_name() {
    // With no kingdom after it, Sultan and Raja are name words.
    let (o, _) = people("Ketua DPD RI Sultan Bahtiar Nurdin membuka sidang.");
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].0, "Sultan Bahtiar Nurdin");
    assert_eq!(o[0].1, "Ketua DPD");
    // A later mention with the title before the surname is the official.
    let (o, p) = people(
        "Raja Negeri Hitu, Yusuf Pelu, menyambut tamu. Menurut Raja Pelu, panen tahun ini baik.",
    );
    assert_eq!(o.len(), 1, "{o:?}");
    assert_eq!(o[0].0, "Yusuf Pelu");
    assert!(p.is_empty(), "{p:?}");
    // A place named with the word is no king.
    let (o, p) = people("Wisatawan ke Raja Ampat meningkat tahun ini.");
    assert!(o.is_empty() && p.is_empty(), "{o:?} {p:?}");
}

#[test]
fn the_function_before_an_english_position_name_is_the_titles() {
    one_official(
        "\"Stok aman,\" kata Marketing Manager PT Samudra Niaga, Lukas Tanjung.",
        "Lukas Tanjung",
        "Marketing Manager",
        Some("PT Samudra Niaga"),
    );
    one_official(
        "\"Kami hadir,\" ujar Communication Officer Yayasan Bina Desa, Sarah Lim.",
        "Sarah Lim",
        "Communication Officer",
        Some("Yayasan Bina Desa"),
    );
    one_official(
        "\"Kami hadir,\" kata Brand Ambassador PT Samudra Niaga, Sarah Lim.",
        "Sarah Lim",
        "Brand Ambassador",
        Some("PT Samudra Niaga"),
    );
}

#[test]
fn a_short_form_of_two_words_in_brackets_stays_inside_the_title_phrase() {
    one_official(
        "Kepala Kantor Wilayah Kementerian Agama (Kanwil Kemenag) Provinsi Maluku, Yusran \
         Tuasikal, membuka kegiatan itu.",
        "Yusran Tuasikal",
        "Kepala Kantor Wilayah",
        Some("Kementerian Agama (Kanwil Kemenag) Provinsi Maluku"),
    );
    one_official(
        "Kepala Dinas Kebudayaan (Kundha Kabudayan) Kulon Progo, Joko Mulyono, hadir.",
        "Joko Mulyono",
        "Kepala Dinas",
        Some("Dinas Kebudayaan (Kundha Kabudayan) Kulon Progo"),
    );
    one_official(
        "Kepala Badan Perencanaan Pembangunan Daerah (Bappeda) Provinsi Jambi, Agus Salim, hadir.",
        "Agus Salim",
        "Kepala Badan",
        Some("Badan Perencanaan Pembangunan Daerah (Bappeda) Provinsi Jambi"),
    );
}

#[test]
fn a_kings_title_alone_is_no_person() {
    let (o, p) = people("Menurut Sultan, kegiatan itu penting bagi masyarakat adat.");
    assert!(o.is_empty() && p.is_empty(), "{o:?} {p:?}");
    // Before a name that is no place it is a name word.
    let (_, p) = people("Warga bernama Raja Siregar mengaku senang.");
    assert_eq!(p, vec!["Raja Siregar"]);
}

#[test]
fn religious_field_and_specialist_positions() {
    one_official(
        "Pembimbing Masyarakat Kristen Kanwil Kementerian Agama Jawa Tengah, Yohanes Wibowo, \
         S.Th., hadir dalam acara itu.",
        "Yohanes Wibowo",
        "Pembimbing Masyarakat Kristen",
        Some("Kanwil Kementerian Agama Jawa Tengah"),
    );
    one_official(
        "Kepala Daerah Operasi (Daops) Manggala Agni Muara Teweh, Andi Prasetyo, mengatakan \
         patroli diperketat.",
        "Andi Prasetyo",
        "Kepala Daerah Operasi",
        Some("Manggala Agni Muara Teweh"),
    );
    one_official(
        "Pendeta Jemaat GMIM Bukit Zaitun Tondano, Pdt. Maria Sumual, S.Th., memimpin ibadah.",
        "Maria Sumual",
        "Pendeta Jemaat",
        Some("Jemaat GMIM Bukit Zaitun Tondano"),
    );
    one_official(
        "Pengurus Klenteng Tri Dharma, Susi Handayani, menyampaikan terima kasih.",
        "Susi Handayani",
        "Pengurus Klenteng",
        Some("Klenteng Tri Dharma"),
    );
    one_official(
        "Dokter spesialis kebidanan dan kandungan RSUD Abepura, dr. Maria Wonda, Sp.OG, \
         mengatakan layanan dibuka.",
        "Maria Wonda",
        "Dokter spesialis kebidanan dan kandungan",
        Some("RSUD Abepura"),
    );
}

#[test]
fn a_lower_case_title_before_a_lower_case_word_describes_a_person() {
    let (o, p) =
        people("Seorang anggota jemaat dari Remboken, Opa Frans Rompas (70), mengaku senang.");
    assert!(o.is_empty(), "{o:?}");
    assert_eq!(p, vec!["Frans Rompas"]);
}

#[test]
fn a_place_like_word_inside_a_bodys_name_does_not_end_it() {
    one_official(
        "Penyuluh Pertanian Ahli Pertama Balai Penyuluhan Pertanian (BPP) Batanghari, Dewi \
         Lestari, S.P., mengatakan panen berjalan baik.",
        "Dewi Lestari",
        "Penyuluh Pertanian Ahli Pertama",
        Some("Balai Penyuluhan Pertanian (BPP) Batanghari"),
    );
    one_official(
        "Ketua Paguyuban Sosial Marga Tionghoa Indonesia (PSMTI) Kaltara, Budi Gunawan, yang \
         akrab disapa Budi, mengapresiasi aparat.",
        "Budi Gunawan",
        "Ketua",
        Some("Paguyuban Sosial Marga Tionghoa Indonesia (PSMTI) Kaltara"),
    );
}

#[test]
fn a_company_named_after_a_place_and_an_english_body_run_to_the_comma() {
    one_official(
        "Direktur Utama PT Krakatau Steel (Persero) Tbk, Ir. Agus Santoso, M.M., membuka \
         pelatihan itu.",
        "Agus Santoso",
        "Direktur Utama",
        Some("PT Krakatau Steel (Persero) Tbk"),
    );
    one_official(
        "Rina Kartika, Executive Director The Indonesian Cement and Lime Producers Association \
         (ICLPA), menyambut baik langkah tersebut.",
        "Rina Kartika",
        "Executive Director",
        Some("The Indonesian Cement and Lime Producers Association (ICLPA)"),
    );
}

#[test]
fn damang_is_the_customary_head_of_a_district() {
    one_official(
        "Damang Kepala Adat Kecamatan Katingan Hilir, Ambun Tingang, mengimbau warga.",
        "Ambun Tingang",
        "Damang Kepala Adat",
        Some("Kecamatan Katingan Hilir"),
    );
}

#[test]
fn the_commitment_officer_of_a_work_unit() {
    one_official(
        "Pejabat Pembuat Komitmen Dinas PUPR Kabupaten Sleman, Ir. Bambang Wicaksono, \
         menjelaskan proyek itu.",
        "Bambang Wicaksono",
        "Pejabat Pembuat Komitmen",
        Some("Dinas PUPR Kabupaten Sleman"),
    );
}

#[test]
fn an_english_unit_head_of_a_state_company() {
    one_official(
        "Region Head PTPN IV Regional III, Ir. Hotman Siregar, mengatakan produksi naik.",
        "Hotman Siregar",
        "Region Head",
        Some("PTPN IV Regional III"),
    );
}

#[test]
fn a_parent_body_after_dari_or_a_second_name_after_atau_before_the_holder() {
    one_official(
        "Kepala Kantor Pelayanan Pemenuhan Gizi (KPPG) Sleman dari Badan Gizi Nasional (BGN), \
         Wahyu Prasetyo, memastikan dapur sekolah aman.",
        "Wahyu Prasetyo",
        "Kepala Kantor",
        Some("Kantor Pelayanan Pemenuhan Gizi (KPPG) Sleman"),
    );
    one_official(
        "Direktur Utama PT Sarana Wisata Nusantara (Persero) atau Nusantara Tourism \
         Development Corporation (NTDC), Rina Kartika, menyatakan hotel penuh.",
        "Rina Kartika",
        "Direktur Utama",
        Some("PT Sarana Wisata Nusantara (Persero)"),
    );
}

#[test]
fn a_counted_or_quantified_title_names_no_one_holder() {
    // (A year before a capitalised title is no count.)
    let text = "Penanaman diikuti 40 anggota Kelompok Tani Hutan (KTH) Wana Lestari dan warga. \
                Rapat dihadiri para Kepala Desa Budi Santoso dan lainnya. Pada 2025 Bupati \
                Sanggau Yohanes Ontot meresmikan pasar.";
    let ex = warta::Extractor::builder().build().unwrap();
    let officials: Vec<String> = ex
        .extract(text)
        .entities
        .into_iter()
        .filter_map(|e| match e.data {
            warta::EntityData::Official(o) => Some(o.name),
            _ => None,
        })
        .collect();
    assert_eq!(officials, ["Yohanes Ontot"]);
}

#[test]
fn a_deputy_minister_with_the_short_form_of_the_title_in_brackets() {
    // A blend longer than a short acronym is still the title's short form.
    one_official(
        "Wakil Menteri Pendidikan Dasar dan Menengah (Wamendikdasmen) Prof. Dr. Yudi Hartanto \
         Siregar meresmikan gedung sekolah di Sorong.",
        "Yudi Hartanto Siregar",
        "Wakil Menteri Pendidikan Dasar dan Menengah",
        None,
    );
    one_official(
        "Wakil Menteri Pendidikan Dasar dan Menengah (Wamendikdasmen) Yudi Hartanto Siregar \
         meresmikan gedung sekolah di Sorong.",
        "Yudi Hartanto Siregar",
        "Wakil Menteri Pendidikan Dasar dan Menengah",
        None,
    );
    one_official(
        "Wakil Menteri Sosial (Wamensos), Lestari Handayani, membagikan bantuan di Sorong.",
        "Lestari Handayani",
        "Wakil Menteri Sosial",
        None,
    );
}

#[test]
fn a_deputy_of_a_listed_minister_keeps_the_whole_portfolio() {
    // `Sumber` is also a place; `Menteri Energi dan Sumber Daya Mineral` is a listed title.
    one_official(
        "Wakil Menteri Energi dan Sumber Daya Mineral (ESDM) Rudi Gunawan meninjau PLTS di \
         pulau itu.",
        "Rudi Gunawan",
        "Wakil Menteri Energi dan Sumber Daya Mineral",
        None,
    );
    one_official(
        "Wakil Menteri Energi dan Sumber Daya Mineral Rudi Gunawan meninjau PLTS di pulau itu.",
        "Rudi Gunawan",
        "Wakil Menteri Energi dan Sumber Daya Mineral",
        None,
    );
    // A place after the portfolio is still the jurisdiction.
    one_official(
        "Wakil Menteri Luar Negeri Jepang Kenji Tanaka bertemu Gubernur.",
        "Kenji Tanaka",
        "Wakil Menteri Luar Negeri",
        Some("Jepang"),
    );
}
