//! Unit tests of the date recogniser on sentences written for them. Every case runs under
//! three tokenizations (the crate's tokenizer, whitespace chunks, and one token per letter
//! run, digit run or punctuation mark), which must agree: the grammar may not depend on how
//! `17/6/2021` or `s.d.` was tokenized.

use super::*;
use crate::document::DateGrain;
use crate::text::{TokenKind, Tokenizer};
use jiff::civil::date;

fn token(text: &str, start: usize, end: usize, kind: TokenKind) -> Token {
    let char_start = text[..start].chars().count();
    Token {
        span: Span {
            start,
            end,
            char_start,
            char_end: char_start + text[start..end].chars().count(),
        },
        kind,
    }
}

/// Whitespace-separated chunks as tokens (`(17/6/2021).` is one token).
fn chunk_tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), ' ')))
    {
        match (c.is_whitespace(), start) {
            (true, Some(s)) => {
                out.push(token(text, s, i, TokenKind::Word));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    out
}

/// One token per letter run, digit run or other character (`s.d.` is four tokens).
fn fine_tokens(text: &str) -> Vec<Token> {
    let class = |c: char| {
        if c.is_ascii_digit() {
            1
        } else if c.is_alphabetic() {
            2
        } else if c.is_whitespace() {
            0
        } else {
            3
        }
    };
    let mut out = Vec::new();
    let mut iter = text.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let k = class(c);
        if k == 0 {
            continue;
        }
        let mut end = i + c.len_utf8();
        if k != 3 {
            while let Some(&(j, d)) = iter.peek() {
                if class(d) != k {
                    break;
                }
                end = j + d.len_utf8();
                iter.next();
            }
        }
        out.push(token(text, i, end, TokenKind::Word));
    }
    out
}

fn recognizer() -> DateRecognizer {
    DateRecognizer::builtin()
}

/// Every match as (text, value), the same under every tokenization.
fn dates_full(text: &str, reference: Option<&str>) -> Vec<(String, DateValue)> {
    let r = recognizer();
    let reference = reference.map(|s| crate::extractor::parse_date(s).unwrap());
    let runs: Vec<Vec<(String, DateValue)>> = [
        Tokenizer::builtin().analyze(text).tokens,
        chunk_tokens(text),
        fine_tokens(text),
    ]
    .iter()
    .map(|tokens| {
        r.recognize(text, tokens, reference)
            .into_iter()
            .map(|m| (text[m.span.range()].to_string(), m.value))
            .collect()
    })
    .collect();
    assert_eq!(
        runs[0], runs[1],
        "crate tokens vs whitespace chunks on {text:?}"
    );
    assert_eq!(runs[0], runs[2], "crate tokens vs fine tokens on {text:?}");
    runs.into_iter().next().unwrap()
}

fn dates(text: &str, reference: Option<&str>) -> Vec<(String, Option<String>)> {
    dates_full(text, reference)
        .into_iter()
        .map(|(t, v)| (t, v.value))
        .collect()
}

/// The one match of `text`: its text and value.
fn one(text: &str, reference: Option<&str>) -> (String, Option<String>) {
    let mut d = dates(text, reference);
    assert_eq!(d.len(), 1, "expected one date in {text:?}, found {d:?}");
    d.remove(0)
}

fn check(text: &str, reference: Option<&str>, expect_text: &str, expect_value: &str) {
    assert_eq!(
        one(text, reference),
        (expect_text.to_string(), Some(expect_value.to_string())),
        "in {text:?}"
    );
}

fn none(text: &str, reference: Option<&str>) {
    let d = dates(text, reference);
    assert!(d.is_empty(), "expected no date in {text:?}, found {d:?}");
}

const REF: Option<&str> = Some("2021-06-17"); // a Thursday

// ---- full dates ---------------------------------------------------------------------------

#[test]
fn full_dates_in_every_order_and_separator() {
    for (written, iso) in [
        ("17 Juni 2021", "2021-06-17"),
        ("17/6/2021", "2021-06-17"),
        ("17/06/2021", "2021-06-17"),
        ("17-06-2021", "2021-06-17"),
        ("17.06.2021", "2021-06-17"),
        ("2021-06-17", "2021-06-17"),
        ("2021/06/17", "2021-06-17"),
        ("1 Januari 2000", "2000-01-01"),
        ("31 Desember 2099", "2099-12-31"),
    ] {
        let text = format!("Rapat kerja digelar {written} di aula kantor.");
        check(&text, None, written, iso);
    }
    let d = dates_full("Rapat digelar 17 Juni 2021.", None);
    assert_eq!(d[0].1.grain, DateGrain::Day);
    assert!(!d[0].1.relative);
}

#[test]
fn month_names_abbreviations_old_and_english_spellings() {
    for (written, iso) in [
        ("5 Jan 2022", "2022-01-05"),
        ("5 Feb. 2022", "2022-02-05"),
        ("14 Pebruari 2020", "2020-02-14"),
        ("5 Mar 2022", "2022-03-05"),
        ("5 Apr 2022", "2022-04-05"),
        ("5 Mei 2022", "2022-05-05"),
        ("5 Jun 2022", "2022-06-05"),
        ("5 Jul 2022", "2022-07-05"),
        ("5 Agu 2022", "2022-08-05"),
        ("5 Agt. 2022", "2022-08-05"),
        ("5 Ags 2022", "2022-08-05"),
        ("5 Sep 2022", "2022-09-05"),
        ("5 Sept 2022", "2022-09-05"),
        ("5 Okt 2022", "2022-10-05"),
        ("5 Nov 2022", "2022-11-05"),
        ("10 Nopember 2020", "2020-11-10"),
        ("5 Des 2022", "2022-12-05"),
        ("4 July 2021", "2021-07-04"),
        ("25 December 2020", "2020-12-25"),
        ("3 OKTOBER 2016", "2016-10-03"),
    ] {
        let text = format!("Kegiatan itu berlangsung {written} lalu.");
        check(&text, None, written, iso);
    }
}

#[test]
fn month_with_year_and_two_digit_years() {
    check("Inflasi pada Juni 2021 naik.", None, "Juni 2021", "2021-06");
    let d = dates_full("Inflasi pada Juni 2021 naik.", None);
    assert_eq!(d[0].1.grain, DateGrain::Month);
    check(
        "Rapat daring digelar Rabu (03/09/25).",
        Some("2025-09-04"),
        "Rabu (03/09/25)",
        "2025-09-03",
    );
    check(
        "Surat tertanggal 03/09/25 itu.",
        None,
        "03/09/25",
        "2025-09-03",
    );
    check(
        "Arsip bertanggal 03/09/98 itu.",
        Some("2021-01-01"),
        "03/09/98",
        "1998-09-03",
    );
}

#[test]
fn dates_without_a_year_take_the_nearest_year() {
    check("Peresmian pada 17 Juni lalu.", REF, "17 Juni", "2021-06-17");
    // a direction word picks the side of the reference date
    check(
        "Upacara 17 Agustus mendatang.",
        Some("2021-09-01"),
        "17 Agustus",
        "2022-08-17",
    );
    check(
        "Upacara 17 Agustus lalu.",
        Some("2021-09-01"),
        "17 Agustus",
        "2021-08-17",
    );
    check(
        "Festival 2 Januari lalu.",
        Some("2021-12-20"),
        "2 Januari",
        "2021-01-02",
    );
    check(
        "Festival 2 Januari.",
        Some("2021-12-20"),
        "2 Januari",
        "2022-01-02",
    );
    check(
        "Panen dimulai tanggal 17.",
        Some("2021-06-20"),
        "tanggal 17",
        "2021-06-17",
    );
    check(
        "Panen dimulai tanggal 30.",
        Some("2021-06-02"),
        "tanggal 30",
        "2021-05-30",
    );
    let d = dates_full("Peresmian pada 17 Juni lalu.", REF);
    assert!(d[0].1.relative);
    // rollover at year ends
    check(
        "Apel digelar Senin (31/12).",
        Some("2019-01-02"),
        "Senin (31/12)",
        "2018-12-31",
    );
    check(
        "Apel digelar Rabu (2/1).",
        Some("2018-12-30"),
        "Rabu (2/1)",
        "2019-01-02",
    );
    // no reference: still a date, value unknown
    assert_eq!(
        one("Apel digelar Senin (31/12).", None),
        ("Senin (31/12)".into(), None)
    );
}

#[test]
fn leap_days_month_ends_and_impossible_dates() {
    check(
        "Batas akhir 29 Februari 2024.",
        None,
        "29 Februari 2024",
        "2024-02-29",
    );
    check("Batas akhir 29/2/2024.", None, "29/2/2024", "2024-02-29");
    check(
        "Batas akhir 30 April 2021.",
        None,
        "30 April 2021",
        "2021-04-30",
    );
    check("Batas akhir 31/12/2021.", None, "31/12/2021", "2021-12-31");
    none("Batas akhir 29/2/2023.", None);
    none("Batas akhir 29 Februari 2023.", None);
    none("Batas akhir 31/2/2021.", None);
    none("Batas akhir 31 April 2021.", None);
    none("Batas akhir 32/1/2021.", None);
    none("Batas akhir 12/13/2021.", None);
    // 29 February without a year: the leap year nearest the reference
    check(
        "Dibuka Kamis (29/2).",
        Some("2024-03-01"),
        "Kamis (29/2)",
        "2024-02-29",
    );
}

#[test]
fn lists_of_days_share_the_month_and_english_order() {
    assert_eq!(
        dates("Bazar digelar 17 dan 18 Juni 2021.", None),
        vec![
            ("17".to_string(), Some("2021-06-17".to_string())),
            ("18 Juni 2021".to_string(), Some("2021-06-18".to_string()))
        ]
    );
    assert_eq!(
        dates("Bazar digelar 5, 6, dan 7 Mei.", Some("2021-05-01")),
        vec![
            ("5".to_string(), Some("2021-05-05".to_string())),
            ("6".to_string(), Some("2021-05-06".to_string())),
            ("7 Mei".to_string(), Some("2021-05-07".to_string()))
        ]
    );
    check(
        "Signed on June 17, 2021 in Jakarta.",
        None,
        "June 17, 2021",
        "2021-06-17",
    );
}

// ---- weekdays -----------------------------------------------------------------------------

#[test]
fn weekday_with_date_in_parentheses() {
    check(
        "Bupati meninjau lokasi, Kamis (17/6/2021).",
        None,
        "Kamis (17/6/2021)",
        "2021-06-17",
    );
    check(
        "Bupati meninjau lokasi, Kamis (17/6).",
        REF,
        "Kamis (17/6)",
        "2021-06-17",
    );
    check(
        "Bupati meninjau lokasi, Kamis (17 Juni 2021).",
        None,
        "Kamis (17 Juni 2021)",
        "2021-06-17",
    );
    check(
        "Apel digelar Kamis pagi (17/6) di lapangan.",
        REF,
        "Kamis pagi (17/6)",
        "2021-06-17",
    );
    check(
        "Rapat, Kamis, 17 Juni 2021, berjalan lancar.",
        None,
        "Kamis, 17 Juni 2021",
        "2021-06-17",
    );
    check(
        "KAMIS, 17 JUNI 2021",
        None,
        "KAMIS, 17 JUNI 2021",
        "2021-06-17",
    );
    check(
        "Ibadah digelar Jum'at (18/6/2021).",
        None,
        "Jum'at (18/6/2021)",
        "2021-06-18",
    );
    check(
        "Ibadah digelar Jum’at (18/6/2021).",
        None,
        "Jum’at (18/6/2021)",
        "2021-06-18",
    );
    check(
        "Lomba digelar Ahad (20/6/2021).",
        None,
        "Ahad (20/6/2021)",
        "2021-06-20",
    );
    check(
        "Lomba digelar Minggu (20/6/2021).",
        None,
        "Minggu (20/6/2021)",
        "2021-06-20",
    );
}

#[test]
fn trailing_part_of_day_is_kept_out_of_the_text_but_reported() {
    let d = dates_full(
        "Rapat dibuka Kamis (17/6/2021) pagi tadi oleh Wali Kota.",
        None,
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].0, "Kamis (17/6/2021)");
    assert_eq!(d[0].1.part_of_day.as_deref(), Some("pagi"));
    let d = dates_full("Sidang digelar Selasa (15/6/2021) malam.", None);
    assert_eq!(d[0].0, "Selasa (15/6/2021)");
    assert_eq!(d[0].1.part_of_day.as_deref(), Some("malam"));
    let d = dates_full("Apel Kamis sore (17/6) berlangsung khidmat.", REF);
    assert_eq!(d[0].1.part_of_day.as_deref(), Some("sore"));
}

#[test]
fn weekday_that_contradicts_its_date_is_flagged() {
    let d = dates_full("Rapat digelar Jumat (17/6/2021).", None);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].0, "Jumat (17/6/2021)");
    assert_eq!(d[0].1.value, None);
    assert!(d[0].1.weekday_mismatch);
    let d = dates_full("Rapat digelar Kamis (17/6/2021).", None);
    assert!(!d[0].1.weekday_mismatch);
    // `besok` with a weekday that is not tomorrow: the coming one (REF is a Thursday)
    let d = dates_full("Tim berangkat Sabtu besok.", REF);
    assert_eq!(d[0].1.value.as_deref(), Some("2021-06-19"), "{d:?}");
    assert!(!d[0].1.weekday_mismatch);
    let d = dates_full("Tim berangkat Kamis besok.", REF);
    assert_eq!(d[0].1.value.as_deref(), Some("2021-06-24"), "{d:?}");
    let d = dates_full("Tim berangkat Jumat besok.", REF);
    assert_eq!(d[0].1.value.as_deref(), Some("2021-06-18"), "{d:?}");
}

// ---- relative expressions -----------------------------------------------------------------

#[test]
fn relative_days() {
    for (written, iso) in [
        ("hari ini", "2021-06-17"),
        ("kemarin", "2021-06-16"),
        ("besok", "2021-06-18"),
        ("lusa", "2021-06-19"),
        ("kemarin lusa", "2021-06-15"),
        ("tadi pagi", "2021-06-17"),
        ("tadi malam", "2021-06-16"),
        ("3 hari lalu", "2021-06-14"),
        ("tiga hari yang lalu", "2021-06-14"),
        ("dua hari kemudian", "2021-06-19"),
        ("sepekan lalu", "2021-06-10"),
        ("2 minggu lalu", "2021-06-03"),
        ("esok", "2021-06-18"),
        ("nanti malam", "2021-06-17"),
    ] {
        let text = format!("Tim gabungan bergerak {written} menuju lokasi.");
        check(&text, REF, written, iso);
        let d = dates_full(&text, REF);
        assert!(d[0].1.relative, "{written}");
        assert_eq!(d[0].1.grain, DateGrain::Day, "{written}");
    }
    let d = dates_full("Tim bergerak tadi pagi.", REF);
    assert_eq!(d[0].1.part_of_day.as_deref(), Some("pagi"));
    // a relative day with its date written after it is that date
    check(
        "Tim tiba kemarin (16/6).",
        REF,
        "kemarin (16/6)",
        "2021-06-16",
    );
    check(
        "Tim tiba kemarin (16/6/2021) sore.",
        None,
        "kemarin (16/6/2021)",
        "2021-06-16",
    );
}

#[test]
fn relative_weeks_months_years() {
    for (written, iso) in [
        ("pekan depan", "2021-06-21/2021-06-27"),
        ("minggu lalu", "2021-06-07/2021-06-13"),
        ("pekan ini", "2021-06-14/2021-06-20"),
        ("bulan depan", "2021-07"),
        ("bulan lalu", "2021-05"),
        ("bulan ini", "2021-06"),
        ("tahun depan", "2022"),
        ("tahun lalu", "2020"),
        ("tahun ini", "2021"),
        ("57 tahun silam", "1964"),
        ("dua bulan lagi", "2021-08"),
    ] {
        let text = format!("Program itu dievaluasi {written} oleh dinas.");
        check(&text, REF, written, iso);
    }
    // a month rollover at the year end
    check(
        "Gaji naik bulan depan.",
        Some("2021-12-10"),
        "bulan depan",
        "2022-01",
    );
    // durations are not dates
    none("Target itu dicapai dalam 5 – 10 tahun ke depan.", REF);
    none("Ia bertugas selama 2 tahun berturut-turut.", REF);
    none("Kerusakan terjadi sejak gempa beberapa tahun lalu.", REF);
    // with no day told before them, the day after is the reference date's
    check(
        "Acara dilanjutkan keesokan harinya di pendopo.",
        REF,
        "keesokan harinya",
        "2021-06-18",
    );
    check(
        "Acara dilanjutkan besok harinya di pendopo.",
        REF,
        "besok harinya",
        "2021-06-18",
    );
    // a comparison, not a date
    none("Jumlahnya naik dibanding tahun sebelumnya.", REF);
    none("Harga turun dari pekan berikutnya.", REF);
}

// ---- anaphoric dates ----------------------------------------------------------------------

#[test]
fn anaphoric_dates_count_from_the_day_told() {
    let d = dates(
        "Longsor terjadi Senin (7/6/2021) malam. Tim tiba keesokan harinya dan sehari \
         setelahnya jalan dibuka. Dua hari sebelumnya hujan turun. Sepekan kemudian warga \
         kembali.",
        REF,
    );
    let v: Vec<(&str, &str)> = d
        .iter()
        .map(|(t, v)| (t.as_str(), v.as_deref().unwrap_or("null")))
        .collect();
    assert_eq!(
        v,
        [
            ("Senin (7/6/2021)", "2021-06-07"),
            ("keesokan harinya", "2021-06-08"),
            ("sehari setelahnya", "2021-06-09"),
            // an aside counted backwards is no new day for what follows
            ("Dua hari sebelumnya", "2021-06-07"),
            ("Sepekan kemudian", "2021-06-16"),
        ]
    );
}

#[test]
fn a_day_counted_from_the_story_set_beside_a_written_day_is_that_day() {
    // `Dua hari sebelumnya, Kamis (10/6/2021)`: the written day says which day is meant,
    // whatever the story told last
    let d = dates(
        "Festival dibuka Sabtu (12/6/2021) dan ditutup Senin (14/6/2021). Dua hari \
         sebelumnya, Kamis (10/6/2021), panitia menggelar gladi.",
        REF,
    );
    let v: Vec<(&str, &str)> = d
        .iter()
        .map(|(t, v)| (t.as_str(), v.as_deref().unwrap_or("null")))
        .collect();
    assert_eq!(
        v,
        [
            ("Sabtu (12/6/2021)", "2021-06-12"),
            ("Senin (14/6/2021)", "2021-06-14"),
            ("Dua hari sebelumnya", "2021-06-10"),
            ("Kamis (10/6/2021)", "2021-06-10"),
        ]
    );
}

#[test]
fn the_date_of_a_statement_is_no_anchor() {
    // `kata … di Padang, Selasa (15/6/2021)` dates the statement; the day after is the day
    // after the landslide
    let d = dates(
        "Longsor terjadi Sabtu (12/6/2021). \"Jalan tertutup,\" kata Rudi di Padang, Selasa \
         (15/6/2021). Sehari setelahnya arus dialihkan.",
        REF,
    );
    assert_eq!(d[2].0, "Sehari setelahnya");
    assert_eq!(d[2].1.as_deref(), Some("2021-06-13"));
    // a verb that opens the clause it reports does not make its date a statement
    let d = dates(
        "Ia mengatakan, longsor terjadi di Padang, Sabtu (12/6/2021). Keesokan harinya \
         jalan dibuka.",
        REF,
    );
    assert_eq!(d[1].1.as_deref(), Some("2021-06-13"));
    // a rule, not a date
    none("Jadwal diumumkan paling lambat 14 hari sebelumnya.", REF);
    // a count with kemudian and no day told: from the reference date
    check(
        "Tim berangkat tiga hari kemudian.",
        REF,
        "tiga hari kemudian",
        "2021-06-20",
    );
    check(
        "Dua bulan kemudian program dievaluasi.",
        REF,
        "Dua bulan kemudian",
        "2021-08",
    );
}

#[test]
fn a_budget_year_after_its_region() {
    check(
        "Dana bersumber dari APBD Malut 2025 dan APBN.",
        REF,
        "2025",
        "2025",
    );
    check(
        "Dana bersumber dari APBD Kota Samarinda 2024.",
        REF,
        "2024",
        "2024",
    );
    // a count after the region is no year
    none("Dana APBD Kaltim 2.000 miliar.", REF);
}

// ---- parts of the year, weeks of a month --------------------------------------------------

#[test]
fn quarters_and_halves_of_a_year() {
    for (written, iso) in [
        ("triwulan II 2025", "2025-04/2025-06"),
        ("triwulan III-2024", "2024-07/2024-09"),
        ("kuartal ketiga 2025", "2025-07/2025-09"),
        ("semester I tahun 2020", "2020-01/2020-06"),
        ("semester kedua", "2021-07/2021-12"),
        ("triwulan pertama", "2021-01/2021-03"),
        ("semester pertama tahun ini", "2021-01/2021-06"),
        ("triwulan IV tahun lalu", "2020-10/2020-12"),
        ("caturwulan 2", "2021-05/2021-08"),
    ] {
        let text = format!("Realisasi anggaran pada {written} dilaporkan.");
        check(&text, REF, written, iso);
        let d = dates_full(&text, REF);
        assert_eq!(d[0].1.grain, DateGrain::Interval, "{written}");
    }
    // the last quarter named in January is the one just ended
    check(
        "Laporan triwulan IV sudah terbit.",
        Some("2022-01-10"),
        "triwulan IV",
        "2021-10/2021-12",
    );
    // terms of study and impossible parts are no dates
    none("Ia mahasiswa semester pertama di Makassar.", REF);
    none("Nilai ujian semester II diumumkan.", REF);
    none("Realisasi triwulan V dan semester ketiga tidak ada.", REF);
    none("Data triwulan dan semester belum lengkap.", REF);
}

#[test]
fn weeks_of_a_month() {
    check(
        "Panen dimulai minggu ketiga Oktober.",
        REF,
        "minggu ketiga Oktober",
        "2021-10-15/2021-10-21",
    );
    check(
        "Panen dimulai pekan pertama Juni 2022.",
        REF,
        "pekan pertama Juni 2022",
        "2022-06-01/2022-06-07",
    );
    check(
        "Panen dimulai minggu kelima Februari 2024.",
        REF,
        "minggu kelima Februari 2024",
        "2024-02-29/2024-02-29",
    );
    check(
        "Hujan lebat pada dasarian III Februari 2024.",
        REF,
        "dasarian III Februari 2024",
        "2024-02-21/2024-02-29",
    );
    check(
        "Hujan lebat pada dasarian I Juli.",
        REF,
        "dasarian I Juli",
        "2021-07-01/2021-07-10",
    );
    // a weekend, with a direction (and not without one: `pada akhir pekan` is any weekend)
    check(
        "Api padam akhir pekan lalu.",
        REF,
        "akhir pekan lalu",
        "2021-06-12/2021-06-13",
    );
    check(
        "Lomba digelar akhir minggu ini.",
        REF,
        "akhir minggu ini",
        "2021-06-19/2021-06-20",
    );
    none("Pasar ramai pada akhir pekan.", REF);
    // no fifth week in February 2023: only the month is read
    check(
        "Panen dimulai minggu kelima Februari 2023.",
        REF,
        "Februari 2023",
        "2023-02",
    );
}

// ---- holidays -----------------------------------------------------------------------------

#[test]
fn days_counted_from_a_holiday() {
    check(
        "Arus mudik memuncak H-3 Lebaran.",
        REF,
        "H-3 Lebaran",
        "2021-05-10",
    );
    check(
        "Pasar dipantau hingga H+3 Idul Adha 2025.",
        REF,
        "H+3 Idul Adha 2025",
        "2025-06-09",
    );
    check(
        "Libur Idul Fitri tahun lalu ramai.",
        REF,
        "Idul Fitri tahun lalu",
        "2020-05-24",
    );
    check(
        "Sapi dijual menjelang Iduladha.",
        REF,
        "Iduladha",
        "2021-07-20",
    );
    // a bare H+n counts from the holiday named before it
    let d = dates(
        "Arus balik Lebaran 2025 memuncak pada H+5 atau Sabtu (5/4/2025).",
        REF,
    );
    assert_eq!(d[1], ("H+5".to_string(), Some("2025-04-05".to_string())));
    // ... and is no date without one, or with its own event after it
    none("Tiket dibeli paling lambat H-1.", REF);
    let d = dates("Mudik Lebaran ramai. Tiket dibeli H-1 keberangkatan.", REF);
    assert_eq!(d.len(), 1, "{d:?}");
}

#[test]
fn weekdays_with_direction_and_alone() {
    check("Ia tiba Senin lalu.", REF, "Senin lalu", "2021-06-14");
    check("Ia tiba Jumat depan.", REF, "Jumat depan", "2021-06-25");
    check("Ia tiba Sabtu ini.", REF, "Sabtu ini", "2021-06-19");
    check("Ia tiba Senin kemarin.", REF, "Senin kemarin", "2021-06-14");
    check(
        "Harga naik sejak tahun kemarin.",
        REF,
        "tahun kemarin",
        "2020",
    );
    check(
        "Rombongan tiba Jumat pagi besok.",
        REF,
        "Jumat pagi besok",
        "2021-06-18",
    );
    check(
        "\"Semua siap,\" katanya di Samarinda, Senin.",
        REF,
        "Senin",
        "2021-06-14",
    );
    check(
        "\"Semua siap,\" katanya di Samarinda, Kamis.",
        REF,
        "Kamis",
        "2021-06-17",
    );
    check(
        "Pameran akan dibuka Sabtu di alun-alun.",
        REF,
        "Sabtu",
        "2021-06-19",
    );
    // not dates: recurring days, office hours, names
    none("Pasar dibuka setiap Senin.", REF);
    none("Layanan buka Senin-Jumat pukul kerja.", REF);
    none("Program Jumat Berkah dilanjutkan.", REF);
    none("Panitia Natal Gereja Santo Yosef rapat.", REF);
    none("Warga menunaikan salat Jumat bersama.", REF);
    none("Rapat berlangsung dua minggu.", REF);
}

#[test]
fn relative_expressions_without_reference_keep_a_null_value() {
    let d = dates_full("Tim berangkat besok dan kembali pekan depan.", None);
    assert_eq!(d.len(), 2);
    assert!(d.iter().all(|(_, v)| v.value.is_none() && v.relative));
    assert_eq!(d[1].1.grain, DateGrain::Interval);
}

#[test]
fn bare_months_in_context() {
    check(
        "Panen berikutnya pada November.",
        Some("2023-10-16"),
        "November",
        "2023-11",
    );
    check(
        "Tim dibentuk sejak Januari ini.",
        Some("2025-02-01"),
        "Januari ini",
        "2025-01",
    );
    check(
        "Anggaran diubah Mei mendatang.",
        Some("2025-02-01"),
        "Mei mendatang",
        "2025-05",
    );
    check(
        "Anggaran diubah Desember lalu.",
        Some("2025-02-01"),
        "Desember lalu",
        "2024-12",
    );
    assert_eq!(
        dates(
            "Anggaran diubah pada bulan April atau Mei.",
            Some("2025-02-01")
        ),
        vec![
            ("April".to_string(), Some("2025-04".to_string())),
            ("Mei".to_string(), Some("2025-05".to_string()))
        ]
    );
    assert_eq!(
        dates("Realisasi Januari, Februari, dan Maret 2024 naik.", None),
        vec![
            ("Januari".to_string(), Some("2024-01".to_string())),
            ("Februari".to_string(), Some("2024-02".to_string())),
            ("Maret 2024".to_string(), Some("2024-03".to_string()))
        ]
    );
    none("Penyanyi Juli Hartono hadir.", REF);
    none("Ia lahir pada Juli Hartono.", REF);
}

#[test]
fn holidays() {
    check(
        "Harga naik menjelang Lebaran.",
        Some("2019-05-27"),
        "Lebaran",
        "2019-06-05",
    );
    check(
        "Mudik Idul Fitri 2024 lancar.",
        REF,
        "Idul Fitri 2024",
        "2024-04-10",
    );
    let d = dates_full("Mudik Idul Fitri 2024 lancar.", REF);
    assert!(!d[0].1.relative);
    assert_eq!(one("Harga naik menjelang Lebaran.", None).1, None);
}

// ---- intervals ----------------------------------------------------------------------------

#[test]
fn intervals() {
    for (written, iso) in [
        ("14 - 16 Oktober 2021", "2021-10-14/2021-10-16"),
        ("17-19 September 2025", "2025-09-17/2025-09-19"),
        ("17–19 September 2025", "2025-09-17/2025-09-19"),
        ("27 hingga 29 Agustus 2024", "2024-08-27/2024-08-29"),
        ("1 s.d. 3 Maret 2022", "2022-03-01/2022-03-03"),
        ("1 s/d 3 Maret 2022", "2022-03-01/2022-03-03"),
        ("1 sd 3 Maret 2022", "2022-03-01/2022-03-03"),
        ("1 sampai dengan 3 Maret 2022", "2022-03-01/2022-03-03"),
        ("1 sampai 3 Maret 2022", "2022-03-01/2022-03-03"),
        ("1 — 3 Maret 2022", "2022-03-01/2022-03-03"),
        ("31 Januari hingga 1 Februari 2024", "2024-01-31/2024-02-01"),
        (
            "30 Desember 2021 hingga 2 Januari 2022",
            "2021-12-30/2022-01-02",
        ),
        ("30 Desember hingga 2 Januari 2022", "2021-12-30/2022-01-02"),
        ("Januari hingga Maret 2024", "2024-01/2024-03"),
        ("2019-2023", "2019/2023"),
        ("2019 – 2023", "2019/2023"),
        ("2019/2020", "2019/2020"),
    ] {
        let text = format!("Kegiatan berlangsung {written} di gedung itu.");
        check(&text, None, written, iso);
        let d = dates_full(&text, None);
        assert_eq!(d[0].1.grain, DateGrain::Interval, "{written}");
    }
    check(
        "Visi daerah periode 2009 – 2018 tercapai.",
        None,
        "2009 – 2018",
        "2009/2018",
    );
    check(
        "Sawah dicetak sejak tahun 2010 sampai dengan sekarang tahun 2014.",
        None,
        "tahun 2010 sampai dengan sekarang tahun 2014",
        "2010/2014",
    );
    check(
        "Pendaftaran 27-28 Agustus dibuka.",
        Some("2024-08-26"),
        "27-28 Agustus",
        "2024-08-27/2024-08-28",
    );
    check(
        "Rapat digelar Selasa-Rabu (15-16/6/2021).",
        None,
        "Selasa-Rabu (15-16/6/2021)",
        "2021-06-15/2021-06-16",
    );
    check(
        "Rapat digelar 15-16/6/2021 di Balikpapan.",
        None,
        "15-16/6/2021",
        "2021-06-15/2021-06-16",
    );
    check(
        "Rapat digelar (15-16/6) di Balikpapan.",
        REF,
        "15-16/6",
        "2021-06-15/2021-06-16",
    );
    // the day range must go forward
    none("Skor akhir 3-1 untuk tuan rumah.", None);
    none("Kode 2023-2019 itu.", None); // a descending pair is no range
    check(
        "Kegiatan 30 hingga 2 Januari 2022 itu.",
        None,
        "2 Januari 2022",
        "2022-01-02",
    );
}

// ---- times --------------------------------------------------------------------------------

#[test]
fn clock_times_and_zones() {
    for (written, iso) in [
        ("pukul 10.00", "T10:00"),
        ("pukul 10.00 WIB", "T10:00+07:00"),
        ("pukul 19.30 WITA", "T19:30+08:00"),
        ("pukul 19.30 Wita", "T19:30+08:00"),
        ("pukul 08:15 WIT", "T08:15+09:00"),
        ("19.30 WITA", "T19:30+08:00"),
        ("pukul 7 malam", "T19:00"),
        ("pukul 2 siang", "T14:00"),
        ("pukul 9 pagi", "T09:00"),
        ("pukul sepuluh", "T10:00"),
        ("pukul sepuluh lewat tiga puluh menit", "T10:30"),
        ("pukul setengah delapan", "T07:30"),
        ("pukul delapan kurang seperempat", "T07:45"),
        ("pukul 09.00–12.00 WIB", "T09:00+07:00/T12:00+07:00"),
        ("09.00-12.00 WIB", "T09:00+07:00/T12:00+07:00"),
        ("pukul 08.00 hingga 16.00 WITA", "T08:00+08:00/T16:00+08:00"),
    ] {
        let text = format!("Acara dimulai {written} di pendopo.");
        check(&text, None, written, iso);
    }
    let d = dates_full("Acara dimulai pukul 10.00 WIB.", None);
    assert_eq!(d[0].1.grain, DateGrain::Time);
    // a full date with its time
    check(
        "Dibuka 17/06/2021 10:00 WITA.",
        None,
        "17/06/2021 10:00 WITA",
        "2021-06-17T10:00+08:00",
    );
    // `antara ... dan`: the ends of one interval; without `antara`, `dan` joins two times
    check(
        "Pencurian terjadi antara pukul 02.00 dan 05.00 WIT di kompleks itu.",
        None,
        "pukul 02.00 dan 05.00 WIT",
        "T02:00+09:00/T05:00+09:00",
    );
    assert_eq!(
        dates("Sirene dibunyikan pukul 06.00 WIB dan 18.00 WIB.", None).len(),
        2
    );
    // a bare number with a period is no time
    none("Luasnya 10.00 hektare lebih.", None);
    none("Lahan 10.115 hektar sudah ditanami.", None);
}

#[test]
fn date_and_time_with_pukul_stay_two_expressions() {
    assert_eq!(
        dates("Korban hilang Minggu (13/6) pukul 17.00 WITA.", REF),
        vec![
            ("Minggu (13/6)".to_string(), Some("2021-06-13".to_string())),
            (
                "pukul 17.00 WITA".to_string(),
                Some("T17:00+08:00".to_string())
            )
        ]
    );
}

// ---- years in context; things that are not dates ------------------------------------------

#[test]
fn years_in_context() {
    check(
        "Program prioritas tahun 2021 berjalan.",
        None,
        "tahun 2021",
        "2021",
    );
    check("Dana desa TA 2021 cair.", None, "TA 2021", "2021");
    check(
        "Dana desa Tahun Anggaran 2020 cair.",
        None,
        "Tahun Anggaran 2020",
        "2020",
    );
    check("Pembahasan APBD 2022 molor.", None, "2022", "2022");
    let d = dates_full("Program prioritas tahun 2021 berjalan.", None);
    assert_eq!(d[0].1.grain, DateGrain::Year);
    assert_eq!(
        dates("Penghargaan diraih pada 2017 dan 2018.", None),
        vec![
            ("2017".to_string(), Some("2017".to_string())),
            ("2018".to_string(), Some("2018".to_string()))
        ]
    );
    check("Kasus itu diungkap di 2018 ini.", None, "2018", "2018");
    // a decade is not a year: it is its ten years, with or without a context word
    check(
        "Kebijakan itu lahir pada 1990-an.",
        None,
        "1990-an",
        "1990/1999",
    );
}

#[test]
fn amounts_codes_and_counts_are_not_dates() {
    for text in [
        "Dana sebesar Rp 2.021 disalurkan.",
        "Sebanyak 2021 orang hadir.",
        "Surat nomor 17/6 sudah terbit.",
        "Keputusan Gubernur Nomor Kpts. 191/11/2023 berlaku.",
        "Keputusan Nomor Kpts. 12/11/2023 berlaku.",
        "Diatur dalam PP Nomor 12 Tahun 2018 tentang tata tertib.",
        "Program Maju 2021 diluncurkan.",
        "Kuorum tercapai jika hadir 2/3 dari anggota.",
        "Pandemi COVID-19 belum usai.",
        "Pertemuan digelar setiap tanggal 1 awal bulan.",
        "Kodim 1707/Merauke ikut membantu.",
        "Inflasi tercatat 1,97 persen.",
        "Skor pertandingan 2:1.",
        "Kantornya di Jalan 17 Agustus nomor 5.",
        "Kantornya di Jl. 1 Juni Samarinda.",
        "Laga di Stadion 10 November berlangsung seru.",
        "Rapat berlangsung 2 jam 15 menit.",
    ] {
        none(text, REF);
    }
}

// ---- reference date -----------------------------------------------------------------------

fn infer(text: &str) -> Option<(Date, String)> {
    let tokens = Tokenizer::builtin().analyze(text).tokens;
    recognizer()
        .infer_reference_date(text, &tokens)
        .map(|(d, s)| (d, text[s.range()].to_string()))
}

#[test]
fn reference_date_is_inferred_from_the_opening() {
    let text =
        "SAMARINDA – Gubernur meresmikan gedung baru, Kamis (17/6/2021). Besok ia ke Bontang.";
    assert_eq!(
        infer(text),
        Some((date(2021, 6, 17), "Kamis (17/6/2021)".into()))
    );
    let tokens = Tokenizer::builtin().analyze(text).tokens;
    let a = recognizer().analyze(text, &tokens, None);
    assert_eq!(a.reference, Some(date(2021, 6, 17)));
    assert_eq!(a.matches[1].value.value.as_deref(), Some("2021-06-18"));
    // the caller's date wins, and no span is reported
    let a = recognizer().analyze(text, &tokens, Some(date(2021, 6, 20)));
    assert_eq!(a.reference, Some(date(2021, 6, 20)));
    assert_eq!(a.inferred_from, None);
    assert_eq!(a.matches[1].value.value.as_deref(), Some("2021-06-21"));
}

#[test]
fn reference_date_prefers_a_dateline_with_its_weekday() {
    let text =
        "Pameran 2 September 2024 lalu sukses. Kepala dinas menyampaikan hal itu, Rabu (4/9/2024).";
    assert_eq!(
        infer(text),
        Some((date(2024, 9, 4), "Rabu (4/9/2024)".into()))
    );
    let text = "Pameran 2 September 2024 lalu sukses. Kepala dinas menyampaikan hal itu.";
    assert_eq!(
        infer(text),
        Some((date(2024, 9, 2), "2 September 2024".into()))
    );
    // no full date, a contradicting weekday, an interval: nothing to infer
    assert_eq!(infer("Apel digelar Senin (12/3) pagi."), None);
    assert_eq!(infer("Rapat digelar Jumat (17/6/2021)."), None);
    assert_eq!(infer("Pameran 27-29 Agustus 2024 dibuka."), None);
}

// ---- robustness ---------------------------------------------------------------------------

#[test]
fn odd_input_does_not_panic() {
    let r = recognizer();
    for text in [
        "",
        "(",
        "pukul",
        "Kamis (",
        "Kamis (17/",
        "17/6/",
        "tahun",
        "99999999999999999999/12/2021",
        "2021-",
        "hingga",
        "Senin-",
        "İstanbul ẞ 17 Juni 2021 \u{a0}pukul 10.00\u{a0}WIB",
        "pukul setengah",
        "pukul dua puluh lewat",
        "9999999 tahun lalu",
        "1 Januari 1900 hingga 31 Desember 2100",
    ] {
        for tokens in [Tokenizer::builtin().analyze(text).tokens, fine_tokens(text)] {
            for m in r.recognize(text, &tokens, Some(date(2021, 6, 17))) {
                assert!(text.get(m.span.range()).is_some());
            }
            let _ = r.analyze(text, &tokens, None);
        }
    }
    assert_eq!(
        dates("İstanbul ẞ 17 Juni 2021 \u{a0}pukul 10.00\u{a0}WIB", None),
        vec![
            ("17 Juni 2021".to_string(), Some("2021-06-17".to_string())),
            (
                "pukul 10.00\u{a0}WIB".to_string(),
                Some("T10:00+07:00".to_string())
            )
        ]
    );
}

#[test]
fn char_offsets_count_chars() {
    let text = "Sa’bani tiba Kamis (17/6/2021).";
    for tokens in [Tokenizer::builtin().analyze(text).tokens, fine_tokens(text)] {
        let m = &recognizer().recognize(text, &tokens, None)[0];
        assert_eq!(&text[m.span.range()], "Kamis (17/6/2021)");
        assert_eq!(m.span.char_start, 13);
        assert_eq!(m.span.char_end, 30);
    }
}

// ---- the sparse reading equals the full one ------------------------------------------------

mod sparse {
    use super::*;
    use proptest::prelude::*;

    fn analyze_with(
        text: &str,
        tokens: &[Token],
        full: bool,
    ) -> (Vec<DateMatch>, Option<(Date, Span)>) {
        let r = recognizer();
        let atoms = if full {
            Atoms::new_full(text, tokens, &r.lex)
        } else {
            Atoms::new(text, tokens, &r.lex)
        };
        let exprs = Parser::new(&atoms, &r.lex).parse();
        let inferred =
            resolve::infer_reference(&exprs, &atoms).map(|(d, i)| (d, span_of(&atoms, &exprs[i])));
        (
            r.matches(
                text,
                &atoms,
                &exprs,
                Some(date(2021, 6, 17)),
                &mut Vec::new(),
            ),
            inferred,
        )
    }

    fn same(text: &str) {
        for tokens in [
            Tokenizer::builtin().analyze(text).tokens,
            chunk_tokens(text),
            fine_tokens(text),
        ] {
            assert_eq!(
                analyze_with(text, &tokens, false),
                analyze_with(text, &tokens, true),
                "{text:?}"
            );
        }
    }

    /// Sentences of ordinary words with date material scattered in them.
    fn news() -> impl Strategy<Value = String> {
        let filler = prop::sample::select(vec![
            "warga",
            "rapat",
            "kota",
            "Gubernur",
            "yang",
            "di",
            "pada",
            "dan",
            "akan",
            "ini",
            "lalu",
            "menurut",
            "dinas",
            "program",
            "sebanyak",
            "orang",
            "Rp",
            "persen",
            ",",
            ".",
            "(",
            ")",
            "\"",
            "–",
            "sampai",
            "dengan",
            "saat",
            "sebagai",
            "seperti",
            "setiap",
            "Nomor",
            "Jalan",
            "beberapa",
            "keesokan",
            "harinya",
            "Ia",
            "mengatakan",
            "Samarinda",
            "COVID-19",
            "ke-64",
            "Sa’bani",
            "Désa",
            "pertengahan",
            "silam",
            "WIB",
        ]);
        let date_bit = prop::sample::select(vec![
            "Kamis (17/6/2021)",
            "Senin",
            "Jumat pagi besok",
            "17 Juni 2021",
            "pukul 10.00 WITA",
            "2019-2023",
            "tahun 2020",
            "27 hingga 29 Agustus",
            "kemarin",
            "pekan depan",
            "2/3",
            "12",
            "2017",
            "Mei",
            "April",
            "sepuluh",
            "pukul",
            "setengah",
            "delapan",
            "lewat",
            "menit",
            "Lebaran",
            "hari ini",
            "2018 ini",
            "3 hari lalu",
            "(16/6)",
            "TA 2021",
            "Jum'at",
            "JUMAT,",
            "s.d.",
            "tgl.",
            "Idul Fitri",
        ]);
        let piece = prop_oneof![
            8 => filler.prop_map(str::to_string),
            1 => date_bit.prop_map(str::to_string)
        ];
        prop::collection::vec(piece, 0..120).prop_map(|v| v.join(" "))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(150))]

        #[test]
        fn sparse_reading_finds_what_the_full_reading_finds(text in news()) {
            same(&text);
        }
    }

    #[test]
    fn sparse_reading_on_the_fixtures() {
        for text in [
            include_str!("../../../tests/fixtures/dates-rakor.txt"),
            include_str!("../../../tests/fixtures/dates-banjir.txt"),
            include_str!("../../../tests/fixtures/dates-dprd.txt"),
        ] {
            same(text);
        }
    }

    #[test]
    fn sparse_reading_skips_ordinary_text() {
        let r = recognizer();
        let ordinary = "Warga kota menghadiri rapat di balai desa dan mendengarkan penjelasan \
                        dinas tentang program bantuan yang disalurkan kepada masyarakat. ";
        let text = format!(
            "{}Rapat berlangsung Kamis (17/6/2021) di aula.",
            ordinary.repeat(3)
        );
        let text = text.as_str();
        let tokens = Tokenizer::builtin().analyze(text).tokens;
        let sparse = Atoms::new(text, &tokens, &r.lex);
        let full = Atoms::new_full(text, &tokens, &r.lex);
        assert!(
            sparse.atoms.len() < full.atoms.len() / 2,
            "{} of {}",
            sparse.atoms.len(),
            full.atoms.len()
        );
        same(text);
    }
}

#[test]
fn weekday_alone_takes_the_day_the_text_dates_for_it() {
    // REF is Thursday 17 June 2021; the bazaar runs until Sunday 20 June.
    let d = dates(
        "Bazar dibuka Kamis (17/6) hingga Minggu (20/6/2021). Bazar ditutup Minggu malam.",
        REF,
    );
    assert_eq!(
        d.last().unwrap(),
        &("Minggu malam".to_string(), Some("2021-06-20".to_string()))
    );
    // Without a dated Sunday, a bare Sunday in a report is the last one.
    let d = dates("Bazar ditutup Minggu malam.", REF);
    assert_eq!(d[0].1.as_deref(), Some("2021-06-13"));
    // A dated day more than a week away does not move it.
    let d = dates(
        "Pendaftaran ditutup Minggu (4/7/2021). Panitia rapat Minggu malam.",
        REF,
    );
    assert_eq!(d.last().unwrap().1.as_deref(), Some("2021-06-13"));
}

#[test]
fn the_time_of_a_recurring_day_is_a_time_alone() {
    check(
        "Posko buka setiap hari pukul 07.30 hingga 16.00 WITA.",
        REF,
        "pukul 07.30 hingga 16.00 WITA",
        "T07:30+08:00/T16:00+08:00",
    );
    assert_eq!(
        dates(
            "Laporan terbit setiap hari pukul 06.00 WIB dan 18.00 WIB.",
            REF
        ),
        vec![
            (
                "pukul 06.00 WIB".to_string(),
                Some("T06:00+07:00".to_string())
            ),
            ("18.00 WIB".to_string(), Some("T18:00+07:00".to_string())),
        ]
    );
    none("Posko buka setiap hari.", REF);
}

#[test]
fn a_day_and_month_closing_a_building_name_are_part_of_it() {
    none(
        "Wisuda digelar di Gedung Serba Guna 28 Oktober kampus itu.",
        REF,
    );
    check(
        "Rapat digelar di Jalan Ahmad Yani 17 Agustus 2024.",
        REF,
        "17 Agustus 2024",
        "2024-08-17",
    );
}

#[test]
fn a_unit_under_way_is_the_current_one() {
    check(
        "Pendapatan naik dibandingkan tahun berjalan.",
        REF,
        "tahun berjalan",
        "2021",
    );
    check(
        "Pajak dibayar dalam bulan berjalan.",
        REF,
        "bulan berjalan",
        "2021-06",
    );
    // after a count, or folded into the unit, `berjalan` is the verb: time gone by
    none("Program itu sudah dua tahun berjalan.", REF);
    none("Setahun berjalan, program itu dievaluasi.", REF);
}

#[test]
fn a_bare_year_edge_after_a_preposition_closing_its_clause_is_this_year() {
    check(
        "Jumlah wisatawan terus bertambah sejak awal tahun.",
        REF,
        "awal tahun",
        "2021",
    );
    check(
        "Jembatan itu harus rampung sebelum akhir tahun, kata bupati.",
        REF,
        "akhir tahun",
        "2021",
    );
    // the same with a bare `bulan`: this month
    check(
        "Pendaftaran dibuka hingga akhir bulan.",
        REF,
        "akhir bulan",
        "2021-06",
    );
    none("Gaji dibayar pada awal bulan berikutnya.", REF);
    // a word after it: `tahun` heads a longer phrase, or the phrase is a subject
    none("Beasiswa dibuka sejak awal tahun ajaran baru.", REF);
    none(
        "Pasar dibuka sejak awal tahun lewat kerja sama daerah.",
        REF,
    );
    // a title-case headline, and no preposition before it
    none("Kunjungan Turun di Awal Tahun\nIsi berita.", REF);
    none("Libur akhir tahun membuat hotel penuh.", REF);
}

#[test]
fn the_last_week_of_a_month_is_its_last_seven_days() {
    check(
        "Seleksi berkas berlangsung pada pekan terakhir Februari 2024.",
        REF,
        "pekan terakhir Februari 2024",
        "2024-02-23/2024-02-29",
    );
    check(
        "Antrean biasanya panjang di minggu terakhir April.",
        REF,
        "minggu terakhir April",
        "2021-04-24/2021-04-30",
    );
    check(
        "Hujan deras turun pada dasarian terakhir Januari 2022.",
        REF,
        "dasarian terakhir Januari 2022",
        "2022-01-21/2022-01-31",
    );
}

#[test]
fn the_first_or_last_months_of_a_year() {
    check(
        "Dalam tiga bulan pertama tahun ini ada 40 perkara.",
        REF,
        "tiga bulan pertama tahun ini",
        "2021-01/2021-03",
    );
    check(
        "Ekspor naik selama enam bulan pertama 2020.",
        REF,
        "enam bulan pertama 2020",
        "2020-01/2020-06",
    );
    check(
        "Serapan rendah pada dua bulan terakhir tahun lalu.",
        REF,
        "dua bulan terakhir tahun lalu",
        "2020-11/2020-12",
    );
}

#[test]
fn a_stretch_ahead_is_a_date_but_not_as_a_duration() {
    check(
        "Pasokan gas cukup untuk lima bulan ke depan.",
        REF,
        "lima bulan ke depan",
        "2021-06-17/2021-11-17",
    );
    check(
        "Gelombang tinggi diprakirakan terjadi dua hari ke depan.",
        REF,
        "dua hari ke depan",
        "2021-06-18/2021-06-19",
    );
    none("Stok pupuk cukup hingga enam bulan ke depan.", REF);
    none("Bantuan dikirim dalam tiga hari ke depan.", REF);
}

#[test]
fn two_years_in_a_row_under_one_context_word_are_a_span() {
    check(
        "Audit mencakup belanja tahun anggaran 2019 dan 2020 di dinas itu.",
        REF,
        "tahun anggaran 2019 dan 2020",
        "2019/2020",
    );
    // not in a row: two dates
    assert_eq!(
        dates("Audit mencakup tahun 2015 dan 2019.", REF)
            .into_iter()
            .map(|(t, _)| t)
            .collect::<Vec<_>>(),
        vec!["tahun 2015", "2019"]
    );
    // a decade
    check(
        "Bendungan itu dibangun pada tahun 1970-an.",
        REF,
        "tahun 1970-an",
        "1970/1979",
    );
    // a tax year
    check(
        "Pelaporan SPT Tahun Pajak 2020 dibuka.",
        REF,
        "Tahun Pajak 2020",
        "2020",
    );
}

#[test]
fn a_year_after_an_event_noun_is_a_date() {
    check(
        "Rumah warga rusak sejak banjir 2019 melanda kota.",
        REF,
        "2019",
        "2019",
    );
    check(
        "Partisipasi naik dibanding pemilu 2019 lalu.",
        REF,
        "2019",
        "2019",
    );
    none("Sebanyak 2019 rumah warga rusak.", REF);
    // an event phrase of two words, but not any word after an event noun
    check(
        "Sekolah itu rusak sejak gempa bumi 2019 lalu.",
        REF,
        "2019",
        "2019",
    );
    none("Banjir merendam 2019 rumah warga.", REF);
    check(
        "Debit sungai turun seperti saat kemarau panjang 2015.",
        REF,
        "2015",
        "2015",
    );
    // a capitalised event word opening a name: the year of the named event
    check(
        "Polres menggelar Operasi Ketupat Jaya 2021 di jalur mudik.",
        REF,
        "2021",
        "2021",
    );
    // but not a lower-case one with ordinary words after it
    none("Tim operasi pasar menjual 2019 paket beras.", REF);
}

#[test]
fn a_hijri_year_with_its_gregorian_year() {
    check(
        "Kuota jemaah tahun 1445 H/2024 M sebanyak 300 orang.",
        REF,
        "tahun 1445 H/2024 M",
        "2024",
    );
    check(
        "Operasi pasar selama Ramadan 1442 Hijriah/2021 Masehi diperluas.",
        REF,
        "Ramadan 1442 Hijriah/2021 Masehi",
        "2021-04-13/2021-05-12",
    );
    // a holiday with a Hijri year: its listed date within that year
    check(
        "Arus mudik Idul Fitri 1444 H dipantau.",
        REF,
        "Idul Fitri 1444 H",
        "2023-04-22",
    );
    check(
        "Hewan kurban Idul Adha 1445 Hijriah/2024 Masehi diperiksa.",
        REF,
        "Idul Adha 1445 Hijriah/2024 Masehi",
        "2024-06-17",
    );
    // a Hijri year alone spans two Gregorian years: no date
    none("Kuota jemaah tahun 1445 H sebanyak 300 orang.", REF);
}

#[test]
fn a_range_across_two_months_is_one_interval() {
    check(
        "Pameran dibuka 30 Mei-2 Juni 2022 di alun-alun.",
        REF,
        "30 Mei-2 Juni 2022",
        "2022-05-30/2022-06-02",
    );
    // a name glued to a number is still no date
    none("Kasus COVID-19 menurun.", REF);
}

#[test]
fn ramadan_is_the_span_of_its_days() {
    check(
        "Pasar murah digelar selama Ramadan 1446 H di tiga kecamatan.",
        REF,
        "Ramadan 1446 H",
        "2025-03-01/2025-03-30",
    );
    // the arithmetic calendar begins 1447 on 2026-02-18; the isbat fixed 1 Ramadan a day later
    check(
        "Harga daging naik menjelang Ramadan 1447 Hijriah.",
        REF,
        "Ramadan 1447 Hijriah",
        "2026-02-19/2026-03-19",
    );
    // alone: the one nearest the reference date (in 2021: 13 April to 12 May)
    check(
        "Jam kerja pegawai dikurangi selama Ramadan.",
        REF,
        "Ramadan",
        "2021-04-13/2021-05-12",
    );
    check(
        "TARAWIH KELILING SAMBUT RAMADAN\nIsi berita.",
        Some("2021-04-01"),
        "RAMADAN",
        "2021-04-13/2021-05-12",
    );
    // a name
    none("Menurut Kepala Dinas, Andi Ramadhan, stok aman.", REF);
    none("Ramadhan Saputra memimpin rapat.", REF);
}

#[test]
fn sejak_looks_back() {
    check(
        "Sudah 90 warga terdata sejak Februari.",
        Some("2021-01-20"),
        "Februari",
        "2020-02",
    );
    check(
        "Sudah 90 warga terdata sejak Januari.",
        Some("2021-01-20"),
        "Januari",
        "2021-01",
    );
    check(
        "Jalan ditutup sejak 28 Desember.",
        Some("2021-01-02"),
        "28 Desember",
        "2020-12-28",
    );
}

#[test]
fn a_prohibition_points_a_weekday_forward() {
    // REF is a Thursday
    check(
        "Jangan sampai Selasa pagi jalan itu masih tergenang.",
        REF,
        "Selasa pagi",
        "2021-06-22",
    );
}

#[test]
fn a_weekday_listed_after_recurring_opening_days_recurs() {
    assert_eq!(
        dates(
            "Loket dibuka Senin-Kamis pukul 08.00-15.00 WITA serta Jumat pukul 08.00-11.00 WITA.",
            REF
        )
        .into_iter()
        .map(|(t, _)| t)
        .collect::<Vec<_>>(),
        vec!["pukul 08.00-15.00 WITA", "pukul 08.00-11.00 WITA"]
    );
    // in another sentence it is a date again
    check(
        "Loket dibuka Senin-Kamis. Rapat evaluasi digelar Jumat.",
        REF,
        "Jumat",
        "2021-06-11",
    );
}

// ---- round 10: week words, weekday spans, holidays of the Islamic and Saka calendars -------

/// A Wednesday.
const WED: Option<&str> = Some("2026-03-18");

#[test]
fn a_week_word_after_a_weekday_and_its_date_is_part_of_that_date() {
    check(
        "Rapat pleno akan digelar Senin (23/3) pekan depan di gedung dewan.",
        WED,
        "Senin (23/3) pekan depan",
        "2026-03-23",
    );
    check(
        "Posko ditutup Jumat (13/3/2026) minggu lalu.",
        WED,
        "Jumat (13/3/2026) minggu lalu",
        "2026-03-13",
    );
}

#[test]
fn a_weekday_with_a_week_word_is_that_day_of_that_week() {
    let cases = [
        (
            "Rapat evaluasi digelar Rabu pekan lalu di aula.",
            "Rabu pekan lalu",
            "2026-03-11",
        ),
        (
            "Bantuan disalurkan Kamis minggu lalu.",
            "Kamis minggu lalu",
            "2026-03-12",
        ),
        (
            "Pelantikan dijadwalkan Jumat pekan ini.",
            "Jumat pekan ini",
            "2026-03-20",
        ),
        (
            "Tim turun ke lokasi Senin pekan depan.",
            "Senin pekan depan",
            "2026-03-23",
        ),
        // weeks run Monday to Sunday, as `pekan ini` does
        (
            "Lomba ditutup Minggu pekan depan.",
            "Minggu pekan depan",
            "2026-03-29",
        ),
    ];
    for (text, expect_text, value) in cases {
        check(text, WED, expect_text, value);
    }
    check(
        "Sidang lanjutan Senin minggu depan.",
        REF,
        "Senin minggu depan",
        "2021-06-21",
    );
    // the week alone stays the week
    check(
        "Pasar murah digelar pekan ini.",
        WED,
        "pekan ini",
        "2026-03-16/2026-03-22",
    );
}

#[test]
fn weekday_spans_with_a_date_are_intervals() {
    let cases = [
        (
            "Pameran digelar Kamis hingga Jumat (19-20/3) di alun-alun.",
            "Kamis hingga Jumat (19-20/3)",
        ),
        (
            "Pameran digelar Kamis hingga Jumat (19/3-20/3) di alun-alun.",
            "Kamis hingga Jumat (19/3-20/3)",
        ),
        (
            "Pameran digelar Kamis-Jumat (19-20/3) di alun-alun.",
            "Kamis-Jumat (19-20/3)",
        ),
    ];
    for (text, expect_text) in cases {
        check(text, WED, expect_text, "2026-03-19/2026-03-20");
    }
    check(
        "Pelatihan berlangsung Senin sampai Rabu (10-12/11/2025) di Ambon.",
        WED,
        "Senin sampai Rabu (10-12/11/2025)",
        "2025-11-10/2025-11-12",
    );
    // the year written once, after the second date; and across a month's end
    check(
        "Pelatihan berlangsung Senin-Rabu (30/6-2/7/2025) di Ambon.",
        WED,
        "Senin-Rabu (30/6-2/7/2025)",
        "2025-06-30/2025-07-02",
    );
    // the second date before the first is no span
    none("Skor akhir 3/4-1/2 saja.", WED);
}

#[test]
fn a_scheduled_weekday_is_the_coming_one() {
    // `dijadwalkan`, `direncanakan`, `rencananya` point forward like `akan`
    check(
        "Puncak acara dijadwalkan Sabtu malam di lapangan.",
        WED,
        "Sabtu malam",
        "2026-03-21",
    );
    check(
        "Peresmian direncanakan Jumat di balai desa.",
        WED,
        "Jumat",
        "2026-03-20",
    );
    check(
        "Rencananya, bupati meninjau lokasi Senin pagi.",
        WED,
        "Senin pagi",
        "2026-03-23",
    );
    // without such a word a report tells the past one
    check(
        "Puncak acara digelar Sabtu malam.",
        WED,
        "Sabtu malam",
        "2026-03-14",
    );
}

#[test]
fn weekday_spans_alone_are_placed_as_their_first_day() {
    // in a report, the latest such days; after a future marker, the coming ones
    check(
        "Tim bekerja Kamis hingga Jumat di lokasi.",
        WED,
        "Kamis hingga Jumat",
        "2026-03-12/2026-03-13",
    );
    check(
        "Pameran akan digelar Kamis hingga Jumat di alun-alun.",
        WED,
        "Kamis hingga Jumat",
        "2026-03-19/2026-03-20",
    );
    // across a week's end
    check(
        "Pameran akan digelar Sabtu hingga Senin di alun-alun.",
        WED,
        "Sabtu hingga Senin",
        "2026-03-21/2026-03-23",
    );
    // the working week, and a recurring span, are no date
    none("Layanan dibuka Senin hingga Jumat.", WED);
    none("Layanan dibuka Senin-Sabtu.", WED);
    none("Layanan dibuka setiap Selasa hingga Kamis.", WED);
}

#[test]
fn part_of_day_after_a_weekday_date_without_a_year() {
    for (text, expect_text, value, part) in [
        (
            "Rapat digelar Kamis (12/3) malam di Balai Kota.",
            "Kamis (12/3)",
            "2026-03-12",
            "malam",
        ),
        (
            "Apel digelar Senin (16/3) pagi di lapangan.",
            "Senin (16/3)",
            "2026-03-16",
            "pagi",
        ),
        (
            "Pawai digelar Jumat (4/7/2025) sore.",
            "Jumat (4/7/2025)",
            "2025-07-04",
            "sore",
        ),
    ] {
        let d = dates_full(text, WED);
        assert_eq!(d.len(), 1, "{d:?}");
        assert_eq!(d[0].0, expect_text);
        assert_eq!(d[0].1.value.as_deref(), Some(value));
        assert_eq!(d[0].1.part_of_day.as_deref(), Some(part));
    }
}

#[test]
fn holiday_counts_make_days_and_spans() {
    check(
        "Arus mudik padat H-5 hingga H-3 Idul Fitri.",
        WED,
        "H-5 hingga H-3 Idul Fitri",
        "2026-03-15/2026-03-17",
    );
    check(
        "Arus balik memuncak H+7 Lebaran.",
        WED,
        "H+7 Lebaran",
        "2026-03-27",
    );
    check(
        "Jalur dijaga H-7 sampai H+7 Lebaran 2025.",
        WED,
        "H-7 sampai H+7 Lebaran 2025",
        "2025-03-24/2025-04-07",
    );
    check(
        "Pasar ramai H-1 Natal.",
        Some("2026-12-10"),
        "H-1 Natal",
        "2026-12-24",
    );
}

#[test]
fn islamic_holidays_follow_the_arithmetic_calendar_beyond_their_lists() {
    let cases = [
        // 2026 is past the isbat list: 1 Syawal 1447 of the arithmetic calendar
        (
            "Salat Idul Fitri 1447 H digelar di lapangan.",
            "Idul Fitri 1447 H",
            "2026-03-20",
        ),
        (
            "Pada 1 Syawal 1447 Hijriah warga bersilaturahmi.",
            "1 Syawal 1447 Hijriah",
            "2026-03-20",
        ),
        // a year of the list keeps the announced day
        (
            "Salat Idul Fitri 1446 H digelar di lapangan.",
            "Idul Fitri 1446 H",
            "2025-03-31",
        ),
        (
            "Hewan kurban disiapkan untuk Idul Adha 1447 H.",
            "Idul Adha 1447 H",
            "2026-05-27",
        ),
        (
            "Pawai obor menyambut Tahun Baru Islam 1448 H.",
            "Tahun Baru Islam 1448 H",
            "2026-06-17",
        ),
        (
            "Pawai obor menyambut 1 Muharram 1448 H.",
            "1 Muharram 1448 H",
            "2026-06-17",
        ),
        // alone: the one nearest the reference date
        (
            "Peringatan Maulid Nabi digelar di masjid raya.",
            "Maulid Nabi",
            "2026-08-26",
        ),
        (
            "Peringatan Isra Mikraj digelar di masjid raya.",
            "Isra Mikraj",
            "2026-01-16",
        ),
        (
            "Peringatan digelar pada 27 Rajab 1447 H.",
            "27 Rajab 1447 H",
            "2026-01-16",
        ),
    ];
    for (text, expect_text, value) in cases {
        check(text, WED, expect_text, value);
    }
    // a month that is also a given name needs its year
    none("Hal itu disampaikan Rajab kepada wartawan.", WED);
    none("Rajab tiba di lokasi.", WED);
    none("Hal itu disampaikan Muharram, warga setempat.", WED);
}

#[test]
fn nyepi_and_years_of_the_saka_era() {
    let cases = [
        (
            "Hari Raya Nyepi Tahun Baru Saka 1948 dirayakan dengan khidmat.",
            "Hari Raya Nyepi Tahun Baru Saka 1948",
            "2026-03-19",
        ),
        (
            "Umat Hindu menyambut Tahun Baru Saka 1947.",
            "Tahun Baru Saka 1947",
            "2025-03-29",
        ),
        ("Bandara ditutup saat Nyepi.", "Nyepi", "2026-03-19"),
        (
            "Pawai ogoh-ogoh digelar jelang Nyepi 2024.",
            "Nyepi 2024",
            "2024-03-11",
        ),
    ];
    for (text, expect_text, value) in cases {
        check(text, WED, expect_text, value);
    }
}

#[test]
fn a_thread_reading_texts_in_turn_reads_each_as_it_would_alone() {
    // The atoms and expressions of one text are kept for the next: a long text, then a
    // short one and an empty one, must leave nothing behind.
    let r = recognizer();
    let long = "Rapat digelar Kamis (17/6/2021) pukul 10.00 WIB, lalu 27 hingga 29 Agustus 2024, \
                dan sepekan kemudian. "
        .repeat(20);
    let texts = [
        long.as_str(),
        "Warga datang Senin pagi.",
        "",
        "tanpa tanggal",
        &long,
    ];
    let read = |text: &str| {
        let tokens = Tokenizer::builtin().analyze(text).tokens;
        (
            r.analyze(text, &tokens, None),
            r.recognize(text, &tokens, Some(date(2021, 6, 20))),
            r.infer_reference_date(text, &tokens),
        )
    };
    let forward: Vec<_> = texts.iter().map(|t| read(t)).collect();
    let backward: Vec<_> = texts.iter().rev().map(|t| read(t)).collect();
    for (a, b) in forward.iter().zip(backward.iter().rev()) {
        assert_eq!(a, b);
    }
    // each alone, on a thread of its own
    for (text, a) in texts.iter().zip(&forward) {
        let alone = std::thread::scope(|s| s.spawn(|| read(text)).join().unwrap());
        assert_eq!(&alone, a);
    }
    assert!(!forward[0].0.matches.is_empty());
    assert!(forward[2].0.matches.is_empty() && forward[3].0.matches.is_empty());
}

#[test]
fn iso_day_reads_as_the_iso_parser_does() {
    for s in [
        "2024-05-13",
        "2024-05-13T09:00",
        "2024-02-29",
        "2023-02-29",
        "2024-13-01",
        "2024-00-10",
        "2024-04-31",
        "0000-01-01",
        "9999-12-31",
        "2024-5-13x",
        "2024-05",
        "2024-W20-1",
        "20240513T0",
        "2024/05/13",
        "2024-0a-13",
    ] {
        let jiff = s.get(..10).and_then(|p| p.parse::<Date>().ok());
        assert_eq!(iso_day(s), jiff, "{s}");
    }
    assert_eq!(iso_day("2024-05-13"), Some(date(2024, 5, 13)));
    assert_eq!(iso_day("2024-02-30"), None);
}

#[test]
fn a_names_date_takes_no_date_after_its_comma() {
    // `Jalan 17 Agustus` is a street; the day after the comma is the day of the event.
    check(
        "Rapat digelar di Jalan 17 Agustus, Senin (3/11/2025).",
        REF,
        "Senin (3/11/2025)",
        "2025-11-03",
    );
    // A recurring day still makes the days joined to it recur.
    none("Pasar buka setiap Jumat, Sabtu dan Minggu.", REF);
}

#[test]
fn named_days_fall_on_their_day_of_the_year() {
    const NOV: Option<&str> = Some("2025-11-03");
    check(
        "Upacara digelar dalam rangka Hari Pahlawan di alun-alun.",
        NOV,
        "Hari Pahlawan",
        "2025-11-10",
    );
    check(
        "Sekolah menggelar lomba memperingati Hari Guru Nasional 2025.",
        NOV,
        "Hari Guru Nasional 2025",
        "2025-11-25",
    );
    check(
        "Tema Hari Pendidikan Nasional tahun 2024 diumumkan kementerian.",
        NOV,
        "Hari Pendidikan Nasional tahun 2024",
        "2024-05-02",
    );
    // the coined single words in any case
    check(
        "Kampus merayakan hardiknas.",
        NOV,
        "hardiknas",
        "2025-05-02",
    );
    // World Teachers' Day is not Hari Guru Nasional: the longest form wins
    check(
        "Guru honorer berunjuk rasa pada Hari Guru Sedunia.",
        NOV,
        "Hari Guru Sedunia",
        "2025-10-05",
    );
}

#[test]
fn a_fixed_day_without_its_year_is_the_reference_years_unless_one_is_near() {
    // May Day said in November: this year's, though next year's is a week nearer
    check(
        "Serikat pekerja mengenang aksi May Day di depan kantor gubernur.",
        Some("2025-11-03"),
        "May Day",
        "2025-05-01",
    );
    // Tahun Baru said in late December: the coming one; Natal said in early January: the
    // one just past
    check(
        "Pengamanan Tahun Baru melibatkan 300 personel.",
        Some("2025-12-20"),
        "Tahun Baru",
        "2026-01-01",
    );
    check(
        "Misa Natal berlangsung aman dan tertib.",
        Some("2026-01-05"),
        "Natal",
        "2025-12-25",
    );
    check(
        "Pengamanan Tahun Baru melibatkan 300 personel.",
        Some("2025-07-20"),
        "Tahun Baru",
        "2025-01-01",
    );
}

#[test]
fn a_named_day_with_its_own_date_is_one_date() {
    const NOV: Option<&str> = Some("2025-11-03");
    check(
        "Ziarah digelar pada Hari Pahlawan 10 November 2025 di taman makam.",
        NOV,
        "Hari Pahlawan 10 November 2025",
        "2025-11-10",
    );
    check(
        "Perayaan Natal 25 Desember 2025 berlangsung khidmat.",
        NOV,
        "Natal 25 Desember 2025",
        "2025-12-25",
    );
    check(
        "Perajin bersiap menjelang Hari Batik Nasional 2 Oktober.",
        NOV,
        "Hari Batik Nasional 2 Oktober",
        "2025-10-02",
    );
    // another day after it: two dates, each its own value
    assert_eq!(
        dates(
            "Lomba dalam rangka Hari Pahlawan 12 November 2025 diikuti pelajar.",
            NOV
        ),
        vec![
            ("Hari Pahlawan".to_string(), Some("2025-11-10".to_string())),
            (
                "12 November 2025".to_string(),
                Some("2025-11-12".to_string())
            ),
        ]
    );
    // after a comma: two dates of the same day
    assert_eq!(
        dates(
            "Upacara Hari Guru Nasional, Selasa (25/11/2025), berlangsung tertib.",
            NOV
        ),
        vec![
            (
                "Hari Guru Nasional".to_string(),
                Some("2025-11-25".to_string())
            ),
            (
                "Selasa (25/11/2025)".to_string(),
                Some("2025-11-25".to_string())
            ),
        ]
    );
}

#[test]
fn named_days_need_their_capitals_and_stay_out_of_names() {
    const NOV: Option<&str> = Some("2025-11-03");
    none("Setiap hari ibu-ibu berkumpul di balai desa.", NOV);
    none("Pada hari bumi bergetar kuat, warga mengungsi.", NOV);
    none("The committee held a may day drill.", NOV);
    none("Panitia Hari Pahlawan menggelar rapat persiapan.", NOV);
    none("Warga berkumpul di Lapangan Hari Bhayangkara.", NOV);
    none(
        "Ketua Gereja Pentakosta di Indonesia hadir dalam rapat.",
        NOV,
    );
    none("Yayasan Hari Ibu menggelar bakti sosial.", NOV);
    // a count of days before the day word
    none("Dua Hari Guru Honorer Mogok Mengajar\nIsi berita.", NOV);
    none("Selama 3 Hari Buruh Pabrik Berunjuk Rasa\nIsi berita.", NOV);
    check(
        "KONSER AMAL HARI IBU DIGELAR\nIsi berita.",
        NOV,
        "HARI IBU",
        "2025-12-22",
    );
}

#[test]
fn pentecost_and_waisak_are_dated_by_their_lists() {
    check(
        "Ibadah Pentakosta 2025 digelar serentak.",
        REF,
        "Pentakosta 2025",
        "2025-06-08",
    );
    // Easter 2021-04-04 + 49 days
    check(
        "Jemaat merayakan Hari Raya Pentakosta dengan sederhana.",
        REF,
        "Hari Raya Pentakosta",
        "2021-05-23",
    );
    check(
        "Umat Buddha merayakan Hari Raya Waisak 2023 di candi.",
        REF,
        "Hari Raya Waisak 2023",
        "2023-06-04",
    );
}

#[test]
fn the_isbat_begins_ramadan() {
    // 1447: the arithmetic calendar has 2026-02-18, the isbat 2026-02-19
    check(
        "Puasa dimulai 1 Ramadan 1447 H di seluruh daerah.",
        REF,
        "1 Ramadan 1447 H",
        "2026-02-19",
    );
    check(
        "Pemerintah menetapkan awal Ramadan 1447 H lewat sidang isbat.",
        REF,
        "awal Ramadan 1447 H",
        "2026-02-19",
    );
    check(
        "Pemerintah menetapkan awal Ramadan 2024 lewat sidang isbat.",
        REF,
        "awal Ramadan 2024",
        "2024-03-12",
    );
    // 1445: 29 Ramadan counts from the announced first day
    check(
        "Pasar ramai pada 29 Ramadan 1445 H.",
        REF,
        "29 Ramadan 1445 H",
        "2024-04-09",
    );
    // 1 Syawal is Idul Fitri's listed day
    check(
        "Warga bersilaturahmi pada 1 Syawal 1442 H.",
        REF,
        "1 Syawal 1442 H",
        "2021-05-13",
    );
    check(
        "Pemerintah menetapkan awal Syawal 1442 H lewat sidang isbat.",
        REF,
        "awal Syawal 1442 H",
        "2021-05-13",
    );
}

#[test]
fn kuningan_after_galungan_and_is_the_holy_day() {
    assert_eq!(
        dates(
            "Umat Hindu merayakan Galungan dan Kuningan dengan khidmat.",
            Some("2025-11-03")
        ),
        vec![
            ("Galungan".to_string(), Some("2025-11-19".to_string())),
            ("Kuningan".to_string(), Some("2025-11-29".to_string())),
        ]
    );
    none("Bupati Kuningan meresmikan jalan desa.", REF);
    none("Warga Cirebon dan Kuningan mengikuti lomba.", REF);
}

#[test]
fn a_holiday_is_placed_by_a_direction_or_the_day_after_its_comma() {
    const NOV: Option<&str> = Some("2025-11-03");
    check(
        "Harga naik sejak Lebaran lalu.",
        NOV,
        "Lebaran",
        "2025-03-31",
    );
    check(
        "Stok disiapkan menjelang Lebaran mendatang.",
        NOV,
        "Lebaran",
        "2026-03-20",
    );
    check("Misa digelar saat Natal lalu.", NOV, "Natal", "2024-12-25");
    // the day after the comma says which year's
    assert_eq!(
        dates(
            "Lomba digelar menyambut Hari Kemerdekaan, 17 Agustus mendatang.",
            NOV
        ),
        vec![
            (
                "Hari Kemerdekaan".to_string(),
                Some("2026-08-17".to_string())
            ),
            ("17 Agustus".to_string(), Some("2026-08-17".to_string())),
        ]
    );
    assert_eq!(
        dates(
            "Pawai digelar menyambut Hari Kemerdekaan, 17 Agustus 2024.",
            NOV
        ),
        vec![
            (
                "Hari Kemerdekaan".to_string(),
                Some("2024-08-17".to_string())
            ),
            (
                "17 Agustus 2024".to_string(),
                Some("2024-08-17".to_string())
            ),
        ]
    );
}

#[test]
fn an_anniversary_count_gives_the_year() {
    // read in January 2026: the 80th is still 2025's
    const JAN: Option<&str> = Some("2026-01-10");
    check(
        "Dokumentasi peringatan HUT RI ke-80 dipamerkan di museum kota.",
        JAN,
        "HUT RI ke-80",
        "2025-08-17",
    );
    check(
        "Upacara Hari Bhayangkara ke 79 dipimpin kapolda.",
        JAN,
        "Hari Bhayangkara ke 79",
        "2025-07-01",
    );
    // a year written after the count wins
    check(
        "Lomba memeriahkan Hari Ibu ke-97 tahun 2024 digelar.",
        JAN,
        "Hari Ibu ke-97 tahun 2024",
        "2024-12-22",
    );
    // a holiday not counted since a year keeps its count out
    check(
        "Jemaat merayakan Natal ke-2 di gedung baru.",
        Some("2025-11-03"),
        "Natal",
        "2025-12-25",
    );
    none("Pasien dirawat ke 2025 nanti.", JAN);
}

// ---- session 9: event years, year cues, eves, counts around holidays, stated Hijri days ----

#[test]
fn a_year_after_a_sports_event_its_number_or_its_short_form() {
    let r = Some("2026-12-10");
    check("Atlet disiapkan untuk PON 2028.", r, "2028", "2028");
    check(
        "Tim bertanding di Porprov Sulawesi Barat IX 2026.",
        r,
        "2026",
        "2026",
    );
    check(
        "Kontingen tampil di Pekan Olahraga Nasional (PON) XXI 2024 lalu.",
        r,
        "2024",
        "2024",
    );
    check(
        "Partisipasi naik dibanding Pilkades 2021.",
        r,
        "2021",
        "2021",
    );
    // a capitalised name with no event word keeps its number a code
    none("Skuad Garuda XXI 2026 berlatih.", r);
}

#[test]
fn a_year_after_sekitar_or_seperti_only_where_it_closes_its_clause() {
    let r = Some("2026-12-10");
    check(
        "Antrean haji diperkirakan sampai sekitar 2061.",
        r,
        "2061",
        "2061",
    );
    check(
        "Kabut asap datang lagi seperti 2015, kata warga.",
        r,
        "2015",
        "2015",
    );
    none("Sebanyak sekitar 2000 orang hadir.", r);
    none("Panen mencapai seperti 1950 ton tahun itu.", r);
}

#[test]
fn malam_before_a_holiday_is_its_eve() {
    let r = Some("2026-12-10");
    check(
        "Gereja penuh pada malam Natal.",
        r,
        "malam Natal",
        "2026-12-24",
    );
    check(
        "Kembang api dilarang pada malam pergantian tahun.",
        r,
        "malam pergantian tahun",
        "2026-12-31",
    );
    check(
        "Jalan ditutup malam Tahun Baru.",
        r,
        "malam Tahun Baru",
        "2026-12-31",
    );
    // the evening of a weekday read before it keeps the holiday its own day
    let d = dates("Misa digelar Kamis malam Natal.", r);
    assert_eq!(d.last().map(|(t, _)| t.as_str()), Some("Natal"), "{d:?}");
    // a dateline's dash before it makes no range
    let d = dates("AMBON, Kamis (10/12/2026) - Malam Natal aman.", r);
    assert_eq!(
        d,
        vec![
            (
                "Kamis (10/12/2026)".to_string(),
                Some("2026-12-10".to_string())
            ),
            ("Malam Natal".to_string(), Some("2026-12-24".to_string())),
        ]
    );
}

#[test]
fn a_count_of_days_before_or_after_a_holiday() {
    let r = Some("2026-12-10");
    check(
        "Penumpang memuncak empat hari sebelum Natal.",
        r,
        "empat hari sebelum Natal",
        "2026-12-21",
    );
    check(
        "Pasar dibuka lagi dua hari setelah Tahun Baru.",
        r,
        "dua hari setelah Tahun Baru",
        "2027-01-03",
    );
    check(
        "Arus balik selesai sepekan setelah Lebaran 2025.",
        r,
        "sepekan setelah Lebaran 2025",
        "2025-04-07",
    );
    // months are no count of days from a holiday
    let d = dates("Program dimulai tiga bulan sebelum Natal.", r);
    assert!(d.iter().all(|(t, _)| !t.contains("bulan")), "{d:?}");
}

#[test]
fn a_hijri_day_takes_the_gregorian_day_stated_with_it() {
    // 1 Rajab 1448 is 11 December 2026 in the arithmetic calendar
    let r = Some("2026-12-07");
    assert_eq!(
        dates("Warga berdoa pada 1 Rajab 1448 H.", r),
        vec![("1 Rajab 1448 H".to_string(), Some("2026-12-11".to_string()))]
    );
    assert_eq!(
        dates(
            "Doa bersama 1 Rajab 1448 H. Acara digelar Kamis (10/12/2026), bertepatan \
             dengan 1 Rajab 1448 Hijriah, hingga akhir Rajab 1448 H.",
            r
        ),
        vec![
            ("1 Rajab 1448 H".to_string(), Some("2026-12-10".to_string())),
            (
                "Kamis (10/12/2026)".to_string(),
                Some("2026-12-10".to_string())
            ),
            (
                "1 Rajab 1448 Hijriah".to_string(),
                Some("2026-12-10".to_string())
            ),
            (
                "Rajab 1448 H".to_string(),
                Some("2026-12-10/2027-01-08".to_string())
            ),
        ]
    );
    // the Hijri day first; a day further than two days away is no sighting's difference
    assert_eq!(
        dates(
            "Warga berkumpul pada 1 Rajab 1448 H yang bertepatan dengan 10 Desember 2026.",
            r
        )[0],
        ("1 Rajab 1448 H".to_string(), Some("2026-12-10".to_string()))
    );
    assert_eq!(
        dates(
            "Pada 1 Rajab 1448 H, bertepatan dengan 20 Desember 2026.",
            r
        )[0]
        .1,
        Some("2026-12-11".to_string())
    );
}

#[test]
fn a_unit_yang_sama_is_the_one_the_text_narrates() {
    assert_eq!(
        dates(
            "Sidang digelar Selasa (8/12). Pada pekan yang sama hakim memutus perkara lain. \
             Pada hari yang sama jaksa banding.",
            Some("2026-12-10")
        ),
        vec![
            ("Selasa (8/12)".to_string(), Some("2026-12-08".to_string())),
            (
                "pekan yang sama".to_string(),
                Some("2026-12-07/2026-12-13".to_string())
            ),
            ("hari yang sama".to_string(), Some("2026-12-08".to_string())),
        ]
    );
    // with no day narrated, the reference date's week
    check(
        "Rapat digelar pada pekan yang sama.",
        Some("2026-12-10"),
        "pekan yang sama",
        "2026-12-07/2026-12-13",
    );
}

#[test]
fn odd_and_even_semesters_are_halves_of_the_school_year() {
    // the school year runs from July to June
    let sept = Some("2026-09-17");
    check(
        "Targetnya semester genap sudah di gedung baru.",
        sept,
        "semester genap",
        "2027-01/2027-06",
    );
    check(
        "Semester ganjil berjalan lancar.",
        sept,
        "Semester ganjil",
        "2026-07/2026-12",
    );
    let march = Some("2026-03-19");
    check(
        "Semester genap dimulai.",
        march,
        "Semester genap",
        "2026-01/2026-06",
    );
    check(
        "Beasiswa telat seperti pada semester ganjil lalu.",
        march,
        "semester ganjil lalu",
        "2025-07/2025-12",
    );
    check(
        "Beasiswa cair semester genap lalu.",
        march,
        "semester genap lalu",
        "2025-01/2025-06",
    );
    check(
        "Gedung dipakai semester ganjil mendatang.",
        march,
        "semester ganjil mendatang",
        "2026-07/2026-12",
    );
    // a student's term is no date
    none("Mahasiswa semester genap ikut KKN.", march);
}

#[test]
fn a_range_of_weekdays_with_its_week() {
    // 10 December 2026 is a Thursday
    let r = Some("2026-12-10");
    check(
        "Pemeriksaan kapal dijadwalkan Senin hingga Rabu pekan depan.",
        r,
        "Senin hingga Rabu pekan depan",
        "2026-12-14/2026-12-16",
    );
    check(
        "Posko dibuka Selasa-Kamis minggu lalu.",
        r,
        "Selasa-Kamis minggu lalu",
        "2026-12-01/2026-12-03",
    );
    // the working week alone stays no date
    none("Layanan buka Senin hingga Jumat.", r);
}
