//! Dates through the public API, on press releases written for these tests
//! (`tests/fixtures/dates-*.txt`): every date entity with its exact text and value, the
//! reference date the document was read against, and the date lexicon's extension points.

use warta::document::{DateGrain, ReferenceDateSource};
use warta::lexicon::{LexiconKind, LexiconText};
use warta::recognize::date::DateRecognizer;
use warta::text::Tokenizer;
use warta::{Document, EntityData, EntityKind, Extractor};

/// The extractor with the built-in lexicons, built once for all tests.
fn extractor() -> &'static Extractor {
    static EX: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EX.get_or_init(|| Extractor::builder().build().unwrap())
}

const RAKOR: &str = include_str!("fixtures/dates-rakor.txt");
const BANJIR: &str = include_str!("fixtures/dates-banjir.txt");
const DPRD: &str = include_str!("fixtures/dates-dprd.txt");
const HARI_RAYA: &str = include_str!("fixtures/dates-hari-raya.txt");

/// (text, value, grain, part of day) of every date entity.
fn dates(doc: &Document) -> Vec<(&str, Option<&str>, DateGrain, Option<&str>)> {
    doc.entities_of(EntityKind::Date)
        .map(|e| match &e.data {
            EntityData::Date(d) => (
                e.text.as_str(),
                d.value.as_deref(),
                d.grain,
                d.part_of_day.as_deref(),
            ),
            _ => unreachable!(),
        })
        .collect()
}

#[test]
fn reference_date_inferred_from_the_dateline() {
    let doc = extractor().extract(RAKOR);
    let rd = doc.reference_date.clone().expect("inferred");
    assert_eq!(rd.date, "2021-07-13");
    assert_eq!(rd.source, ReferenceDateSource::Document);
    let span = rd.span.expect("span of the dateline date");
    assert_eq!(&RAKOR[span.range()], "Selasa (13/7/2021)");
    use DateGrain::*;
    assert_eq!(
        dates(&doc),
        vec![
            ("Selasa (13/7/2021)", Some("2021-07-13"), Day, Some("pagi")),
            ("tahun 2021", Some("2021"), Year, None),
            ("Desember", Some("2021-12"), Month, None),
            ("besok", Some("2021-07-14"), Day, None),
            ("Jumat depan", Some("2021-07-23"), Day, None),
            (
                "19-21 Juli 2021",
                Some("2021-07-19/2021-07-21"),
                Interval,
                None
            ),
            (
                "pukul 08.00 hingga 15.00 Wita",
                Some("T08:00+08:00/T15:00+08:00"),
                Interval,
                None
            ),
            ("2 Juli", Some("2021-07-02"), Day, None),
            ("2018 – 2023", Some("2018/2023"), Interval, None),
            ("2021", Some("2021"), Year, None),
        ]
    );
}

#[test]
fn relative_dates_follow_the_callers_reference_date() {
    let ex = Extractor::builder()
        .reference_date("2023-03-06")
        .build()
        .unwrap();
    let doc = ex.extract(BANJIR);
    let rd = doc.reference_date.clone().unwrap();
    assert_eq!(
        (rd.date.as_str(), rd.source, rd.span),
        ("2023-03-06", ReferenceDateSource::Caller, None)
    );
    use DateGrain::*;
    assert_eq!(
        dates(&doc),
        vec![
            // sejak Minggu (5/3) malam hingga Senin siang: one interval
            (
                "Minggu (5/3) malam hingga Senin siang",
                Some("2023-03-05/2023-03-06"),
                Interval,
                None
            ),
            ("Minggu sore", Some("2023-03-05"), Day, Some("sore")),
            ("Senin", Some("2023-03-06"), Day, None),
            ("tiga tahun lalu", Some("2020"), Year, None),
            ("2017", Some("2017"), Year, None),
            ("pekan depan", Some("2023-03-13/2023-03-19"), Interval, None),
            ("4 Maret", Some("2023-03-04"), Day, None),
            ("pukul 23.30 WITA", Some("T23:30+08:00"), Time, None),
            ("kemarin", Some("2023-03-05"), Day, None),
        ]
    );
    // A per-call date overrides the builder's.
    let doc = ex.extract_with(BANJIR, Some(jiff::civil::date(2023, 3, 8)));
    assert_eq!(dates(&doc)[8].1, Some("2023-03-07"));
}

#[test]
fn without_any_reference_relative_dates_are_reported_with_a_null_value() {
    let doc = extractor().extract(BANJIR);
    assert_eq!(doc.reference_date, None);
    let d = dates(&doc);
    assert_eq!(d.len(), 10);
    for (text, value, _, _) in &d {
        match *text {
            "2017" => assert_eq!(*value, Some("2017")),
            "pukul 23.30 WITA" => assert_eq!(*value, Some("T23:30+08:00")),
            _ => assert_eq!(*value, None, "{text}"),
        }
    }
    let relative: Vec<bool> = doc
        .entities_of(EntityKind::Date)
        .map(|e| match &e.data {
            EntityData::Date(d) => d.relative,
            _ => unreachable!(),
        })
        .collect();
    assert_eq!(
        relative,
        [true, true, true, true, true, false, true, true, false, true]
    );
}

#[test]
fn mixed_formats_codes_and_amounts() {
    let doc = extractor().extract(DPRD);
    let rd = doc.reference_date.clone().unwrap();
    assert_eq!(rd.date, "2024-09-02");
    assert_eq!(
        &DPRD[rd.span.unwrap().range()],
        "Senin, 2 September 2024",
        "the date written with its weekday is preferred"
    );
    let got: Vec<(&str, Option<&str>)> = dates(&doc).iter().map(|d| (d.0, d.1)).collect();
    assert_eq!(
        got,
        vec![
            ("02/09/24", Some("2024-09-02")),
            ("Tahun Anggaran 2025", Some("2025")),
            ("Senin, 2 September 2024", Some("2024-09-02")),
            ("10 s.d. 13 September 2024", Some("2024-09-10/2024-09-13")),
            ("Jumat (20/9/2024)", Some("2024-09-20")),
            ("pukul 09.30 WITA", Some("T09:30+08:00")),
            ("6 Sept. 2024", Some("2024-09-06")),
            ("pukul 16:00", Some("T16:00")),
            ("tahun ini", Some("2024")),
            ("30 November", Some("2024-11-30")),
            ("Desember 2023", Some("2023-12")),
            ("28 Agustus", Some("2024-08-28")),
            ("29/8/2024", Some("2024-08-29")),
        ]
    );
}

#[test]
fn entity_spans_and_mentions_point_into_the_text() {
    let text = "Sa’bani tiba di Samarinda, Kamis (17/6/2021) sore.";
    let doc = extractor().extract(text);
    let e = doc.entities_of(EntityKind::Date).next().unwrap();
    assert_eq!(e.text, "Kamis (17/6/2021)");
    assert_eq!(&text[e.span.range()], e.text);
    let chars: Vec<char> = text.chars().collect();
    let by_chars: String = chars[e.span.char_start..e.span.char_end].iter().collect();
    assert_eq!(by_chars, e.text);
    assert_eq!(e.mentions.len(), 1);
    assert_eq!(e.mentions[0].span, e.span);
    let json = serde_json::to_value(e).unwrap();
    assert_eq!(json["kind"], "date");
    assert_eq!(json["value"], "2021-06-17");
    assert_eq!(json["grain"], "day");
    assert_eq!(json["relative"], false);
    assert_eq!(json["part_of_day"], "sore");
    assert!(json.get("weekday_mismatch").is_none(), "false is omitted");
}

#[test]
fn weekday_mismatch_in_json() {
    let doc = extractor().extract("Bupati meninjau pasar, Rabu (17/6/2021).");
    let json = serde_json::to_value(&doc).unwrap();
    let e = json["entities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "date")
        .unwrap();
    assert_eq!(e["text"], "Rabu (17/6/2021)");
    assert_eq!(e["value"], serde_json::Value::Null);
    assert_eq!(e["weekday_mismatch"], true);
    assert_eq!(json["reference_date"], serde_json::Value::Null);
}

#[test]
fn holidays_week_words_and_weekday_spans() {
    let doc = extractor().extract(HARI_RAYA);
    assert_eq!(doc.reference_date.clone().unwrap().date, "2026-03-18");
    use DateGrain::*;
    assert_eq!(
        dates(&doc),
        vec![
            ("Rabu (18/3/2026)", Some("2026-03-18"), Day, None),
            (
                "H-5 hingga H-3 Idul Fitri",
                Some("2026-03-15/2026-03-17"),
                Interval,
                None
            ),
            ("H+7 Lebaran", Some("2026-03-27"), Day, None),
            ("Kamis minggu lalu", Some("2026-03-12"), Day, None),
            ("Senin pekan depan", Some("2026-03-23"), Day, None),
            (
                "Kamis hingga Jumat (19-20/3)",
                Some("2026-03-19/2026-03-20"),
                Interval,
                None
            ),
            ("Idul Fitri 1447 H", Some("2026-03-20"), Day, None),
            (
                "Hari Raya Nyepi Tahun Baru Saka 1948",
                Some("2026-03-19"),
                Day,
                None
            ),
            ("Rabu (18/3)", Some("2026-03-18"), Day, Some("sore")),
        ]
    );
}

#[test]
fn the_date_lexicon_can_be_extended() {
    let text = "Arus mudik Lebaran diperkirakan ramai, kata panitia.";
    let june_2026 = Some(jiff::civil::date(2026, 6, 10));
    let lebaran = |doc: &Document| {
        doc.entities_of(EntityKind::Date)
            .find(|e| e.text == "Lebaran")
            .map(|e| match &e.data {
                EntityData::Date(d) => d.value.clone(),
                _ => unreachable!(),
            })
    };
    // The built-in Idul Fitri list ends in 2025: in 2026 Lebaran is 1 Syawal 1447 of the
    // arithmetic calendar.
    assert_eq!(
        lebaran(&extractor().extract_with(text, june_2026)),
        Some(Some("2026-03-20".to_string()))
    );
    // An announced date a day off takes its place.
    let extra = LexiconText::new(
        "extra-dates.tsv",
        "# test dates\nform\tkind\tvalue\tdetail\nidul_fitri\tholiday_date\t2026-03-21\t\n",
    );
    let ex = Extractor::builder()
        .reference_date("2026-06-10")
        .extend_lexicon(LexiconKind::Dates, extra)
        .build()
        .unwrap();
    assert_eq!(
        lebaran(&ex.extract(text)),
        Some(Some("2026-03-21".to_string()))
    );
    // A holiday with dates of its own only: the test's `pawai` has none near 2026 until
    // the extension lists one.
    let text = "Warga menonton pawai menjelang Pawai Budaya, kata panitia.";
    let custom = |extra: &str| {
        let lex = LexiconText::new(
            "pawai.tsv",
            format!("# test\nform\tkind\tvalue\tdetail\npawai budaya\tholiday\tpawai\t\n{extra}"),
        );
        let ex = Extractor::builder()
            .reference_date("2026-06-10")
            .extend_lexicon(LexiconKind::Dates, lex)
            .build()
            .unwrap();
        dates(&ex.extract(text))
            .into_iter()
            .map(|(t, v, _, _)| (t.to_string(), v.map(str::to_string)))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        custom("pawai\tholiday_date\t2020-08-01\t\n"),
        vec![("Pawai Budaya".to_string(), None)]
    );
    assert_eq!(
        custom("pawai\tholiday_date\t2020-08-01\t\npawai\tholiday_date\t2026-08-01\t\n"),
        vec![("Pawai Budaya".to_string(), Some("2026-08-01".to_string()))]
    );
}

#[test]
fn a_bad_date_lexicon_names_its_file_and_line() {
    let bad = LexiconText::new(
        "my-dates.tsv",
        "# mine\nform\tkind\tvalue\tdetail\njuni\tmonth\t6\t\nwita\tzone\t8\t\n",
    );
    let err = Extractor::builder()
        .extend_lexicon(LexiconKind::Dates, bad)
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "my-dates.tsv:4: value `8` is not a UTC offset +HH:MM (kind `zone`)"
    );
    let missing_column = LexiconText::new("short.tsv", "form\tkind\tvalue\tdetail\njuni\tmonth\n");
    let err = Extractor::builder()
        .replace_lexicon(LexiconKind::Dates, missing_column)
        .build()
        .unwrap_err();
    assert!(
        err.to_string().starts_with("short.tsv:2: expected 4"),
        "{err}"
    );
}

#[test]
fn a_replaced_lexicon_is_all_there_is() {
    let only_months = LexiconText::new(
        "months.tsv",
        "# months only\nform\tkind\tvalue\tdetail\njuni\tmonth\t6\tbare\n",
    );
    let ex = Extractor::builder()
        .replace_lexicon(LexiconKind::Dates, only_months)
        .build()
        .unwrap();
    let doc = ex.extract("Rapat 17 Juni 2021 ditunda hingga besok.");
    let d = dates(&doc);
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].1, Some("2021-06-17"));
}

#[test]
fn the_recogniser_works_on_tokens_alone() {
    let text = "Sidang lanjutan digelar Senin (21/6/2021) pukul 09.00 WIB.";
    let tokens = Tokenizer::builtin().analyze(text).tokens;
    let r = DateRecognizer::builtin();
    let (date, span) = r.infer_reference_date(text, &tokens).unwrap();
    assert_eq!(date, jiff::civil::date(2021, 6, 21));
    assert_eq!(&text[span.range()], "Senin (21/6/2021)");
    let m = r.recognize(text, &tokens, None);
    let got: Vec<(&str, Option<&str>)> = m
        .iter()
        .map(|m| (&text[m.span.range()], m.value.value.as_deref()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Senin (21/6/2021)", Some("2021-06-21")),
            ("pukul 09.00 WIB", Some("T09:00+07:00"))
        ]
    );
}

/// (text, value) of every date entity of `text` read on `reference`.
fn dated(text: &str, reference: &str) -> Vec<(String, Option<String>)> {
    let ex = Extractor::builder()
        .reference_date(reference)
        .build()
        .unwrap();
    let doc = ex.extract(text);
    dates(&doc)
        .into_iter()
        .map(|(t, v, _, _)| (t.to_string(), v.map(str::to_string)))
        .collect()
}

fn pairs(v: &[(&str, &str)]) -> Vec<(String, Option<String>)> {
    v.iter()
        .map(|(t, v)| (t.to_string(), (*v != "null").then(|| v.to_string())))
        .collect()
}

#[test]
fn anaphoric_dates_count_from_the_narrated_day() {
    let text = "MAMUJU – Banjir merendam enam desa di Kecamatan Kalukku pada Kamis (8/5/2025) \
                dini hari. Petugas BPBD tiba keesokan harinya dan membuka dapur umum. Dua hari \
                sebelumnya, warga sudah diminta waspada. \"Air mulai surut,\" kata Kepala BPBD \
                Andi Rahman di Mamuju, Senin (12/5/2025). Sehari setelahnya, sekolah kembali \
                dibuka, dan sepekan kemudian pasar beroperasi normal.";
    assert_eq!(
        dated(text, "2025-05-12"),
        pairs(&[
            ("Kamis (8/5/2025)", "2025-05-08"),
            ("keesokan harinya", "2025-05-09"),
            ("Dua hari sebelumnya", "2025-05-07"),
            ("Senin (12/5/2025)", "2025-05-12"),
            ("Sehari setelahnya", "2025-05-10"),
            ("sepekan kemudian", "2025-05-17"),
        ])
    );
}

#[test]
fn quarters_halves_and_weeks_of_a_month() {
    let text = "Realisasi PAD Kota Kendari pada triwulan III 2025 mencapai 71 persen, naik dari \
                semester pertama. Laporan kuartal IV-2024 sudah diaudit, sedangkan evaluasi \
                dijadwalkan minggu kedua Desember. Mahasiswa semester pertama ikut magang.";
    assert_eq!(
        dated(text, "2025-10-20"),
        pairs(&[
            ("triwulan III 2025", "2025-07/2025-09"),
            ("semester pertama", "2025-01/2025-06"),
            ("kuartal IV-2024", "2024-10/2024-12"),
            ("minggu kedua Desember", "2025-12-08/2025-12-14"),
        ])
    );
    let text = "Titik api terpantau akhir pekan lalu. BMKG memprakirakan hujan pada dasarian II \
                November.";
    assert_eq!(
        dated(text, "2025-10-20"),
        pairs(&[
            ("akhir pekan lalu", "2025-10-18/2025-10-19"),
            ("dasarian II November", "2025-11-11/2025-11-20"),
        ])
    );
}

#[test]
fn holidays_and_days_counted_from_them() {
    let text = "Arus Mudik di Tol Cipali Diprediksi Memuncak Jumat\n\
                PURWAKARTA – Kepadatan kendaraan diprediksi memuncak pada H-3 Lebaran 2024. \
                Pada H+2 atau Jumat (12/4/2024) arus balik mulai terlihat. Pasar hewan ramai \
                menjelang Idul Adha tahun ini, kata petugas, Senin (8/4/2024).";
    assert_eq!(
        dated(text, "2024-04-08"),
        pairs(&[
            ("Jumat", "2024-04-12"),
            ("H-3 Lebaran 2024", "2024-04-07"),
            ("H+2", "2024-04-12"),
            ("Jumat (12/4/2024)", "2024-04-12"),
            ("Idul Adha tahun ini", "2024-06-17"),
            ("Senin (8/4/2024)", "2024-04-08"),
        ])
    );
}

#[test]
fn christmas_and_new_year_fall_on_their_day() {
    let text = "Mudik gratis Natal dan Tahun Baru dibuka. Bus berangkat H-3 Natal, sedangkan \
                Tahun Baru Imlek tidak termasuk. Bupati Mandailing Natal ikut melepas.";
    assert_eq!(
        dated(text, "2025-11-24"),
        pairs(&[
            ("Natal", "2025-12-25"),
            ("Tahun Baru", "2026-01-01"),
            ("H-3 Natal", "2025-12-22"),
            ("Tahun Baru Imlek", "2026-02-17"),
        ])
    );
}

#[test]
fn an_islamic_holiday_with_its_own_hijri_day() {
    let text = "Pawai Tahun Baru Islam 1 Muharram 1448 H digelar meriah. Idul Adha 10 Zulhijah \
                1447 H dirayakan warga.";
    assert_eq!(
        dated(text, "2026-05-20"),
        pairs(&[
            ("Tahun Baru Islam 1 Muharram 1448 H", "2026-06-17"),
            ("Idul Adha 10 Zulhijah 1447 H", "2026-05-27"),
        ])
    );
}

#[test]
fn a_holiday_named_after_another_follows_it() {
    let text = "Jalan siap dilalui saat arus Natal dan Tahun Baru. Tahun Baru dan Natal tahun \
                lalu sepi.";
    assert_eq!(
        dated(text, "2026-08-03"),
        pairs(&[
            ("Natal", "2026-12-25"),
            ("Tahun Baru", "2027-01-01"),
            ("Tahun Baru", "2026-01-01"),
            ("Natal tahun lalu", "2025-12-25"),
        ])
    );
}

#[test]
fn bare_months_after_forecasts_and_at_a_headlines_end() {
    let text = "Perbaikan Jalan Rampung Akhir November\n\nPuncak kemarau diperkirakan Agustus, \
                jadi patroli harus rutin. Kepala dinas November Sitorus hadir.";
    assert_eq!(
        dated(text, "2026-08-03"),
        pairs(&[("November", "2026-11"), ("Agustus", "2026-08")])
    );
}

#[test]
fn years_after_plans_and_draft_budgets() {
    let text = "Program masuk Rencana Kerja Pemerintah Daerah (RKPD) 2027 dan RKPDes 2027. \
                Target itu ada di RPJMD 2025-2029, dibiayai APBD-P 2026 dan APBD Perubahan \
                2025. Dokumen RKPD disusun bersama warga.";
    assert_eq!(
        dated(text, "2026-08-10"),
        pairs(&[
            ("2027", "2027"),
            ("2027", "2027"),
            ("2025-2029", "2025/2029"),
            ("2026", "2026"),
            ("2025", "2025"),
        ])
    );
}

#[test]
fn anniversaries_counted_before_the_holiday_name() {
    let text = "Selama peringatan HUT ke-81 Kemerdekaan RI, jalan ditutup. Tahun lalu upacara \
                HUT ke-80 RI digelar di alun-alun dengan seruan Dirgahayu ke-81 Republik \
                Indonesia. Kemerdekaan RI harus diisi, kata bupati pada HUT ke-25 Kabupaten \
                Bengkulu Tengah.";
    assert_eq!(
        dated(text, "2026-08-10"),
        pairs(&[
            ("HUT ke-81 Kemerdekaan RI", "2026-08-17"),
            ("Tahun lalu", "2025"),
            ("HUT ke-80 RI", "2025-08-17"),
            ("Dirgahayu ke-81 Republik Indonesia", "2026-08-17"),
        ])
    );
}

#[test]
fn kuningan_after_galungan_and_its_own_date() {
    let text = "Dinas menyambut Hari Raya Galungan pada Rabu (17/6/2026) dan Kuningan sepuluh \
                hari kemudian. Warga Jakarta dan Kuningan ikut berlibur saat Natal lalu.";
    assert_eq!(
        dated(text, "2026-06-12"),
        pairs(&[
            ("Hari Raya Galungan", "2026-06-17"),
            ("Rabu (17/6/2026)", "2026-06-17"),
            ("Kuningan", "2026-06-27"),
            ("sepuluh hari kemudian", "2026-06-27"),
            ("Natal", "2025-12-25"),
        ])
    );
}

#[test]
fn imlek_and_cap_go_meh_with_years_of_the_kongzili_era() {
    let text = "Klenteng di Pontianak bersiap menyambut Tahun Baru Imlek 2577 Kongzili. Pawai \
                Cap Go Meh digelar sesudahnya, seperti saat Imlek 2576 dan Cap Go Meh \
                2025. Tahun Baru Imlek 2026 menjadi hari libur nasional.";
    assert_eq!(
        dated(text, "2026-02-02"),
        pairs(&[
            ("Tahun Baru Imlek 2577 Kongzili", "2026-02-17"),
            ("Cap Go Meh", "2026-03-03"),
            ("Imlek 2576", "2025-01-29"),
            ("Cap Go Meh 2025", "2025-02-12"),
            ("Tahun Baru Imlek 2026", "2026-02-17"),
        ])
    );
}

#[test]
fn budget_years_after_a_region_and_weekdays_in_place_names() {
    let text = "Warga Pasar Minggu dan Pasar Rebo menerima bantuan dari APBD Jakarta 2025 pada \
                Selasa (14/1/2025).";
    assert_eq!(
        dated(text, "2025-01-14"),
        pairs(&[("2025", "2025"), ("Selasa (14/1/2025)", "2025-01-14")])
    );
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Text made of date material: numbers, separators, month and weekday names, context
    /// words, brackets and spaces, in any order.
    fn date_soup() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            "[0-9]{1,5}",
            Just("/".to_string()),
            Just("-".to_string()),
            Just(".".to_string()),
            Just(":".to_string()),
            Just(",".to_string()),
            Just(" – ".to_string()),
            Just("(".to_string()),
            Just(")".to_string()),
            Just(" ".to_string()),
            Just("\n".to_string()),
            prop::sample::select(vec![
                "Juni",
                "Pebruari",
                "Agt.",
                "Kamis",
                "Minggu",
                "Jum'at",
                "hari ini",
                "kemarin",
                "lusa",
                "besok",
                "pagi",
                "tadi",
                "lalu",
                "depan",
                "ini",
                "pekan",
                "bulan",
                "tahun",
                "TA",
                "APBD",
                "periode",
                "pukul",
                "jam",
                "WIB",
                "Wita",
                "hingga",
                "s.d.",
                "sampai dengan",
                "tanggal",
                "pada",
                "dan",
                "setiap",
                "Nomor",
                "Jalan",
                "Lebaran",
                "Idul Adha",
                "H",
                "+",
                "keesokan harinya",
                "kemudian",
                "sebelumnya",
                "setelahnya",
                "sehari",
                "triwulan",
                "semester",
                "II",
                "pertama",
                "ketiga",
                "ujar",
                "setengah",
                "sepuluh",
                "lewat",
                "menit",
                "akan",
                "sekarang",
                "é",
                "ẞ",
                "’",
            ])
            .prop_map(str::to_string),
        ];
        prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
    }

    fn check_document(text: &str, reference: Option<jiff::civil::Date>) {
        let doc = extractor().extract_with(text, reference);
        let mut last_end = 0;
        for e in doc.entities_of(EntityKind::Date) {
            let slice = text.get(e.span.range()).expect("span on char boundaries");
            assert_eq!(slice, e.text);
            assert_eq!(
                text[..e.span.start].chars().count(),
                e.span.char_start,
                "char offsets"
            );
            assert!(e.span.start >= last_end, "date mentions do not overlap");
            last_end = e.span.end;
            let EntityData::Date(d) = &e.data else {
                unreachable!()
            };
            if let Some(v) = &d.value {
                // every day in a value is a real day
                for part in v.split('/') {
                    let day = part.split('T').next().unwrap();
                    if day.len() == 10 {
                        assert!(day.parse::<jiff::civil::Date>().is_ok(), "{v} in {text:?}");
                    }
                }
            }
        }
        if let Some(rd) = &doc.reference_date {
            if let Some(span) = rd.span {
                assert!(text.get(span.range()).is_some());
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn date_material_never_breaks_the_recogniser(text in date_soup()) {
            check_document(&text, None);
            check_document(&text, Some(jiff::civil::date(2021, 6, 17)));
        }

        #[test]
        fn any_text_never_breaks_the_recogniser(text in "\\PC{0,200}") {
            check_document(&text, Some(jiff::civil::date(2020, 2, 29)));
        }
    }
}

#[test]
fn two_dates_joined_by_a_connector_are_one_interval() {
    let text = "SOFIFI – Pasar murah digelar Jumat (7/11/2025) hingga Minggu (9/11/2025) di \
                Ternate. Hujan turun sejak Senin (3/11/2025) malam sampai Selasa (4/11/2025) \
                pagi. Posko dibuka mulai besok hingga Kamis (13/11), dan lomba perahu \
                berlangsung sejak Senin hingga hari ini. Status siaga ditetapkan Senin lalu \
                dan diperpanjang sepekan kemudian hingga 20 November.";
    assert_eq!(
        dated(text, "2025-11-05"),
        pairs(&[
            (
                "Jumat (7/11/2025) hingga Minggu (9/11/2025)",
                "2025-11-07/2025-11-09"
            ),
            (
                "Senin (3/11/2025) malam sampai Selasa (4/11/2025)",
                "2025-11-03/2025-11-04"
            ),
            ("besok hingga Kamis (13/11)", "2025-11-06/2025-11-13"),
            ("Senin hingga hari ini", "2025-11-03/2025-11-05"),
            ("Senin lalu", "2025-11-03"),
            ("sepekan kemudian", "2025-11-10"),
            ("20 November", "2025-11-20"),
        ])
    );
}

#[test]
fn easter_holidays_fall_on_their_day() {
    let text = "Kunjungan wisata naik selama libur Paskah. Ibadah Jumat Agung berlangsung \
                khidmat, dan Kenaikan Isa Almasih 2026 menjadi hari libur.";
    assert_eq!(
        dated(text, "2025-04-22"),
        pairs(&[
            ("Paskah", "2025-04-20"),
            ("Jumat Agung", "2025-04-18"),
            ("Kenaikan Isa Almasih 2026", "2026-05-14"),
        ])
    );
}

#[test]
fn a_capitalised_minggu_after_a_word_is_the_sunday() {
    let text = "Pengerukan alur rampung Minggu lalu. Rapat evaluasi sudah digelar minggu lalu.";
    assert_eq!(
        dated(text, "2024-12-10"),
        pairs(&[
            ("Minggu lalu", "2024-12-08"),
            ("minggu lalu", "2024-12-02/2024-12-08"),
        ])
    );
}

#[test]
fn a_month_of_this_last_or_next_year() {
    let text = "Penanaman dijadwalkan awal September tahun ini, setelah panen Maret tahun lalu \
                gagal. Libur sekolah berlangsung akhir Juni hingga pertengahan Juli.";
    assert_eq!(
        dated(text, "2024-07-24"),
        pairs(&[
            ("September tahun ini", "2024-09"),
            ("Maret tahun lalu", "2023-03"),
            ("Juni hingga pertengahan Juli", "2024-06/2024-07"),
        ])
    );
}

#[test]
fn a_year_after_a_comparison_word_is_a_date() {
    let text = "Musim angin barat datang lebih awal dibanding 2024, dan jumlah nelayan \
                dibandingkan 2.024 orang sebelumnya naik.";
    assert_eq!(dated(text, "2025-01-14"), pairs(&[("2024", "2024")]));
}

#[test]
fn days_joined_to_a_recurring_day_recur_too() {
    let text = "Kapal berangkat setiap Jumat dan Minggu, sedangkan uji coba digelar Sabtu (24/5) \
                dan Minggu (25/5). Pasar buka setiap Sabtu, Senin (19/5/2025) lalu ramai.";
    assert_eq!(
        dated(text, "2025-05-20"),
        pairs(&[
            ("Sabtu (24/5)", "2025-05-24"),
            ("Minggu (25/5)", "2025-05-25"),
            ("Senin (19/5/2025)", "2025-05-19"),
        ])
    );
}

#[test]
fn a_count_of_units_up_to_the_reference_date() {
    let text = "Titik panas bertambah dalam sepekan terakhir dan dua pekan terakhir. Harga naik \
                selama tiga bulan terakhir, tertinggi dalam lima tahun terakhir. Beberapa tahun \
                terakhir sepi. Pada hari terakhir pameran pengunjung ramai.";
    assert_eq!(
        dated(text, "2025-07-08"),
        pairs(&[
            ("sepekan terakhir", "2025-07-01/2025-07-08"),
            ("dua pekan terakhir", "2025-06-24/2025-07-08"),
            ("tiga bulan terakhir", "2025-05/2025-07"),
            ("lima tahun terakhir", "2021/2025"),
        ])
    );
    // The stretch from the reference date is a lexicon kind too (a user may list more forms
    // than the built-in `ke depan`); days ahead start the day after the reference date.
    let extra = LexiconText::new(
        "extra-dates.tsv",
        "form\tkind\tvalue\tdetail\nke muka\tstretch\tahead\t\n",
    );
    let ex = Extractor::builder()
        .reference_date("2026-02-26")
        .extend_lexicon(LexiconKind::Dates, extra)
        .build()
        .unwrap();
    let doc = ex.extract("Hujan lebat diperkirakan turun tiga hari ke muka.");
    assert_eq!(
        dates(&doc)
            .into_iter()
            .map(|(t, v, _, _)| (t, v))
            .collect::<Vec<_>>(),
        vec![("tiga hari ke muka", Some("2026-02-27/2026-03-01"))]
    );
    let bad = LexiconText::new(
        "bad-dates.tsv",
        "form\tkind\tvalue\tdetail\nke depan\tstretch\tsoon\t\n",
    );
    let err = Extractor::builder()
        .extend_lexicon(LexiconKind::Dates, bad)
        .build()
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("bad-dates.tsv") && err.contains("past or ahead"),
        "{err}"
    );
}

#[test]
fn the_part_of_the_day_after_a_weekday_alone_is_in_its_text() {
    let text = "Hingga Selasa siang, petugas mendata kerusakan. Bantuan tiba Rabu pagi. Rapat \
                digelar Kamis (21/5/2026) malam.";
    let doc = Extractor::builder()
        .reference_date("2026-05-22")
        .build()
        .unwrap()
        .extract(text);
    assert_eq!(
        dates(&doc)
            .into_iter()
            .map(|(t, v, _, p)| (t, v, p))
            .collect::<Vec<_>>(),
        vec![
            ("Selasa siang", Some("2026-05-19"), Some("siang")),
            ("Rabu pagi", Some("2026-05-20"), Some("pagi")),
            // After a date in brackets the part stays out of the text.
            ("Kamis (21/5/2026)", Some("2026-05-21"), Some("malam")),
        ]
    );
}

#[test]
fn balinese_holy_days_of_the_pawukon_cycle() {
    // Written for this test. Galungan recurs every 210 days, Kuningan ten days after it; a
    // bare holiday name is the one nearest the reference date.
    let text = "Denpasar, Senin (3/11/2025) – Umat Hindu bersiap menyambut Hari Raya Galungan. \
                Sepuluh hari kemudian Hari Raya Kuningan dirayakan di seluruh Bali.";
    let doc = extractor().extract(text);
    assert_eq!(
        dates(&doc),
        [
            (
                "Senin (3/11/2025)",
                Some("2025-11-03"),
                DateGrain::Day,
                None
            ),
            (
                "Hari Raya Galungan",
                Some("2025-11-19"),
                DateGrain::Day,
                None
            ),
            // counted from the holy day the text narrated last
            (
                "Sepuluh hari kemudian",
                Some("2025-11-29"),
                DateGrain::Day,
                None
            ),
            (
                "Hari Raya Kuningan",
                Some("2025-11-29"),
                DateGrain::Day,
                None
            ),
        ]
    );
    // `Kuningan` inside the holiday's name is no regency of Jawa Barat.
    assert_eq!(
        doc.entities_of(EntityKind::Place)
            .map(|e| e.text.as_str())
            .collect::<Vec<_>>(),
        ["Denpasar", "Bali"]
    );
}

#[test]
fn galungan_with_a_year_is_its_first_in_that_year() {
    // Across the listed range: every 210 days from Galungan 2025-04-23.
    for (year, first) in [
        (2012, "2012-02-01"),
        (2019, "2019-07-24"),
        (2030, "2030-06-26"),
    ] {
        let text = format!("Pawai digelar menjelang Hari Raya Galungan {year} di Denpasar.");
        let doc = extractor().extract(&text);
        let values: Vec<_> = dates(&doc).into_iter().map(|d| d.1).collect();
        assert_eq!(values, [Some(first)], "{text}");
    }
}

#[test]
fn national_days_are_dates_of_their_day() {
    // Written for this test: named national days without a year (the reference year's),
    // with their own date (one date), with a weekday date after a comma (two dates of the
    // same day), inside a committee's name (none), in lower case (none), and Kuningan
    // after `Galungan dan` (the holy day, no regency).
    let text = include_str!("fixtures/dates-hari-nasional.txt");
    let doc = extractor().extract(text);
    let day = DateGrain::Day;
    assert_eq!(
        dates(&doc),
        [
            ("Senin (3/11/2025)", Some("2025-11-03"), day, None),
            ("Hari Pahlawan", Some("2025-11-10"), day, None),
            ("Hari Kesehatan Nasional", Some("2025-11-12"), day, None),
            (
                "Hari Pahlawan 10 November 2025",
                Some("2025-11-10"),
                day,
                None
            ),
            ("Hari Kesehatan Nasional", Some("2025-11-12"), day, None),
            ("Hari Guru Nasional", Some("2025-11-25"), day, None),
            ("Selasa (25/11/2025)", Some("2025-11-25"), day, None),
            ("Galungan", Some("2025-11-19"), day, None),
            ("Kuningan", Some("2025-11-29"), day, None),
            ("Hari Ibu", Some("2025-12-22"), day, None),
        ]
    );
    let places: Vec<_> = doc
        .entities_of(EntityKind::Place)
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(places, ["Karangasem"]);
}

#[test]
fn ramadan_begins_on_the_announced_day() {
    // Written for this test: the isbat fixed 1 Ramadan 1447 on 2026-02-19, a day after the
    // arithmetic calendar; the month and its days follow it.
    let text = "Mataram, Senin (9/2/2026) – Kementerian Agama menggelar sidang isbat awal \
                Ramadan 1447 H. Bila hilal tak terlihat, 1 Ramadan 1447 H jatuh pada Kamis \
                (19/2/2026) dan pasar murah dibuka selama Ramadan hingga 29 Ramadan.";
    let doc = extractor().extract(text);
    let values: Vec<_> = dates(&doc).into_iter().map(|d| (d.0, d.1)).collect();
    assert_eq!(
        values,
        [
            ("Senin (9/2/2026)", Some("2026-02-09")),
            ("awal Ramadan 1447 H", Some("2026-02-19")),
            ("1 Ramadan 1447 H", Some("2026-02-19")),
            ("Kamis (19/2/2026)", Some("2026-02-19")),
            ("Ramadan", Some("2026-02-19/2026-03-19")),
            ("29 Ramadan", Some("2026-03-19")),
        ]
    );
}

#[test]
fn a_range_of_months_with_the_dash_glued_to_the_year_and_bare_decades() {
    let doc = extractor().extract(
        "Ambon, Senin (5/1/2026) – Uji coba berlangsung Oktober 2025-Maret 2026 di tiga \
         kabupaten. Warga yang lahir pada 1990-an ikut, seperti era (1980-an).",
    );
    let got: Vec<(&str, Option<&str>)> = dates(&doc).iter().map(|d| (d.0, d.1)).collect();
    assert_eq!(
        got,
        vec![
            ("Senin (5/1/2026)", Some("2026-01-05")),
            ("Oktober 2025-Maret 2026", Some("2025-10/2026-03")),
            // A decade needs no context word.
            ("1990-an", Some("1990/1999")),
            ("1980-an", Some("1980/1989")),
        ]
    );
}

#[test]
fn institutions_days_and_their_anniversaries() {
    let text = "Upacara Hari Amal Bakti digelar di halaman kantor. Hari Bhakti Imigrasi ke-77 \
                juga diperingati, seperti Hari Lalu Lintas Bhayangkara ke-70 tahun lalu.";
    assert_eq!(
        dated(text, "2026-11-20"),
        pairs(&[
            ("Hari Amal Bakti", "2027-01-03"),
            ("Hari Bhakti Imigrasi ke-77", "2027-01-26"),
            // The count and `tahun lalu` agree on the year.
            (
                "Hari Lalu Lintas Bhayangkara ke-70 tahun lalu",
                "2025-09-22"
            ),
        ])
    );
}

#[test]
fn a_range_across_years_with_an_unspaced_dash() {
    let text = "Angkutan Nataru berlangsung 18 Desember 2026–4 Januari 2027, sedangkan kuota \
                dibuka 1–3 Desember 2026.";
    assert_eq!(
        dated(text, "2026-11-20"),
        pairs(&[
            ("18 Desember 2026–4 Januari 2027", "2026-12-18/2027-01-04"),
            ("1–3 Desember 2026", "2026-12-01/2026-12-03"),
        ])
    );
}

#[test]
fn a_hijri_year_written_with_its_gregorian_year() {
    // Both eras written: the Gregorian year is the date, with no context word before it. A
    // number with the Hijri era alone is no date.
    let text = "Persiapan musim haji 1448 H/2027 M dimulai. Gedung itu dibangun 1448 H.";
    assert_eq!(
        dated(text, "2026-11-20"),
        pairs(&[("1448 H/2027 M", "2027")])
    );
}

#[test]
fn a_bare_month_takes_the_relative_year_named_before_it_in_its_sentence() {
    // Not across a sentence's end: there a bare month keeps the year that puts it nearest.
    let text = "Tahun lalu benih datang terlambat, jadi petani menanam akhir Desember. Pada \
                Maret mereka panen.";
    assert_eq!(
        dated(text, "2026-11-20"),
        pairs(&[
            ("Tahun lalu", "2025"),
            ("Desember", "2025-12"),
            ("Maret", "2027-03"),
        ])
    );
}

/// A Hijri day tied to its Gregorian day by `bertepatan dengan` moves every Hijri reading of
/// the text; an eve, a count of days before a holiday, a week the text narrates and an
/// event's year are dates too.
#[test]
fn stated_hijri_day_eves_counts_around_holidays_and_event_years() {
    let text = include_str!("fixtures/dates-rajab.txt");
    let doc = extractor().extract(text);
    assert_eq!(
        doc.reference_date.clone().expect("inferred").date,
        "2026-12-10"
    );
    let found: Vec<(&str, Option<&str>)> = dates(&doc).iter().map(|d| (d.0, d.1)).collect();
    assert_eq!(
        found,
        vec![
            ("1 Rajab 1448 H", Some("2026-12-10")),
            ("Kamis (10/12/2026)", Some("2026-12-10")),
            ("1 Rajab 1448 Hijriah", Some("2026-12-10")),
            ("27 Rajab 1448 H", Some("2027-01-05")),
            ("2019", Some("2019")),
            ("malam Natal", Some("2026-12-24")),
            ("tiga hari sebelum Tahun Baru", Some("2026-12-29")),
            // the week of the day narrated last (29 December)
            ("pekan yang sama", Some("2026-12-28/2027-01-03")),
            ("2027", Some("2027")),
        ]
    );
}
