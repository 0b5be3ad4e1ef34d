//! Sentence splitting rules on hand-written Indonesian fixture texts, with exact expected
//! sentences.

use warta::text::Tokenizer;

fn sents(text: &str) -> Vec<&str> {
    let t = Tokenizer::builtin();
    let a = t.analyze(text);
    a.sentences.iter().map(|s| &text[s.span.range()]).collect()
}

#[test]
fn abbreviations_and_honorifics_do_not_end_sentences() {
    assert_eq!(
        sents(
            "Rapat dipimpin Sekda Prov. Kaltim Drs. H. Mas'ud, M.Si. di Jl. Gajah Mada No. 2 \
             Kel. Jawa Kec. Samarinda Ulu. Acara dibuka pukul 09.30 WITA."
        ),
        [
            "Rapat dipimpin Sekda Prov. Kaltim Drs. H. Mas'ud, M.Si. di Jl. Gajah Mada No. 2 \
             Kel. Jawa Kec. Samarinda Ulu.",
            "Acara dibuka pukul 09.30 WITA."
        ]
    );
    assert_eq!(
        sents("Surat ditujukan kepada Yth. Bupati Kab. Berau a.n. Gubernur. Tembusan dikirim."),
        [
            "Surat ditujukan kepada Yth. Bupati Kab. Berau a.n. Gubernur.",
            "Tembusan dikirim."
        ]
    );
}

#[test]
fn sentence_final_abbreviations() {
    assert_eq!(
        sents("Bantuan berupa beras, gula, minyak dll. Semua dibagikan hari ini."),
        [
            "Bantuan berupa beras, gula, minyak dll.",
            "Semua dibagikan hari ini."
        ]
    );
    assert_eq!(
        sents("Penelitian dilakukan Budi dkk. Hasilnya diumumkan dsb. lalu dibahas."),
        [
            "Penelitian dilakukan Budi dkk.",
            "Hasilnya diumumkan dsb. lalu dibahas."
        ]
    );
    assert_eq!(
        sents("Sambutan dibacakan Ir. Agus Salim, S.T., M.T. Ia berharap program berlanjut."),
        [
            "Sambutan dibacakan Ir. Agus Salim, S.T., M.T.",
            "Ia berharap program berlanjut."
        ]
    );
    // A company form before its ticker in brackets does not end the sentence.
    assert_eq!(
        sents("PT Bank Kaltim Tbk. (BKLT) mencatat laba."),
        ["PT Bank Kaltim Tbk. (BKLT) mencatat laba."]
    );
}

#[test]
fn initials() {
    assert_eq!(
        sents("Gubernur H. Isran Noor bersama M. Yusuf dan B.J. Santoso meninjau lokasi."),
        ["Gubernur H. Isran Noor bersama M. Yusuf dan B.J. Santoso meninjau lokasi."]
    );
    assert_eq!(
        sents("Posko berada di Blok C. Pada malam hari posko dijaga relawan."),
        [
            "Posko berada di Blok C.",
            "Pada malam hari posko dijaga relawan."
        ]
    );
    assert_eq!(
        sents(
            "Posko berada di Blok C.
Relawan berjaga."
        ),
        ["Posko berada di Blok C.", "Relawan berjaga."]
    );
}

#[test]
fn decimals_ellipses_and_quotes() {
    assert_eq!(
        sents("Inflasi 1,25 persen dan kurs Rp14.250. Angka itu stabil."),
        [
            "Inflasi 1,25 persen dan kurs Rp14.250.",
            "Angka itu stabil."
        ]
    );
    assert_eq!(
        sents("Kami menunggu... Akhirnya bantuan datang. Ia berkata... entah apa."),
        [
            "Kami menunggu...",
            "Akhirnya bantuan datang.",
            "Ia berkata... entah apa."
        ]
    );
    assert_eq!(
        sents("\"Kami siap membantu.\" Kemudian ia pergi. “Terima kasih!” ujarnya singkat."),
        [
            "\"Kami siap membantu.\"",
            "Kemudian ia pergi.",
            "“Terima kasih!” ujarnya singkat."
        ]
    );
    assert_eq!(
        sents("\"Apa kabar?\" tanya Budi. (Foto: Humas.) Selesai."),
        ["\"Apa kabar?\" tanya Budi.", "(Foto: Humas.)", "Selesai."]
    );
}

#[test]
fn news_layout_headline_dateline_credit() {
    let text = "Pemprov Kaltim Dorong Percepatan Vaksinasi\n\
                \n\
                SAMARINDA – Gubernur Kaltim meminta vaksinasi dipercepat. Target tercapai akhir bulan.\n\
                \n\
                Foto: Humas Pemprov Kaltim\n";
    assert_eq!(
        sents(text),
        [
            "Pemprov Kaltim Dorong Percepatan Vaksinasi",
            "SAMARINDA –",
            "Gubernur Kaltim meminta vaksinasi dipercepat.",
            "Target tercapai akhir bulan.",
            "Foto: Humas Pemprov Kaltim"
        ]
    );
    assert_eq!(
        sents("Jakarta (ANTARA) - Presiden meresmikan bendungan."),
        ["Jakarta (ANTARA) -", "Presiden meresmikan bendungan."]
    );
    assert_eq!(
        sents("Samarinda, Kamis (17/6/2021) – Rapat koordinasi digelar."),
        [
            "Samarinda, Kamis (17/6/2021) –",
            "Rapat koordinasi digelar."
        ]
    );
    // A region line and a headline on their own lines, with Windows line ends.
    assert_eq!(
        sents("Kalimantan Timur\r\nBangun Sinergi Ekonomi dari Balikpapan\r\nist\r\n\r\nWarga senang."),
        [
            "Kalimantan Timur",
            "Bangun Sinergi Ekonomi dari Balikpapan",
            "ist",
            "Warga senang."
        ]
    );
    // A spaced dash inside a paragraph is not a dateline.
    assert_eq!(
        sents("Budi – yang juga ketua – hadir."),
        ["Budi – yang juga ketua – hadir."]
    );
}

#[test]
fn line_breaks_inside_sentences() {
    assert_eq!(
        sents("Bantuan disalurkan kepada warga\ndi tiga kecamatan dan\nKelurahan Sidodadi."),
        ["Bantuan disalurkan kepada warga\ndi tiga kecamatan dan\nKelurahan Sidodadi."]
    );
}

#[test]
fn headline_run_into_text_on_one_line() {
    assert_eq!(
        sents("Naskah asli pidato dipamerkan Pada acara itu warga antusias."),
        [
            "Naskah asli pidato dipamerkan",
            "Pada acara itu warga antusias."
        ]
    );
    assert_eq!(
        sents("Warga menolak rencana itu \"Kami tidak setuju,\" kata Budi."),
        [
            "Warga menolak rencana itu",
            "\"Kami tidak setuju,\" kata Budi."
        ]
    );
    assert_eq!(
        sents("Investasi naik sejak 2019 Dikatakannya, upaya itu berhasil."),
        [
            "Investasi naik sejak 2019",
            "Dikatakannya, upaya itu berhasil."
        ]
    );
    // A quoted name inside a sentence is not a quotation.
    assert_eq!(
        sents("Program \"Kaltim Berdaulat\" terus berjalan."),
        ["Program \"Kaltim Berdaulat\" terus berjalan."]
    );
}

#[test]
fn sentences_index_tokens() {
    let t = Tokenizer::builtin();
    let text = "Satu dua. Tiga!";
    let a = t.analyze(text);
    assert_eq!(a.sentences.len(), 2);
    assert_eq!(a.sentences[0].tokens, 0..3);
    assert_eq!(a.sentences[1].tokens, 3..5);
    assert_eq!(a.sentences[1].span.char_start, 10);
}

#[test]
fn full_stop_after_an_abbreviation_in_brackets() {
    // The period after the bracket ends the sentence, even though the bracket closes after
    // an initial (which alone would need a sentence-starting word to end one).
    assert_eq!(
        sents("Petani menanam cabai (Capsicum frutescens L.). Hasilnya dijual ke kota."),
        [
            "Petani menanam cabai (Capsicum frutescens L.).",
            "Hasilnya dijual ke kota."
        ]
    );
    assert_eq!(
        sents("Rapat dipimpin Asisten II (Drs. Budi Santoso, M.Si.). Peserta hadir."),
        [
            "Rapat dipimpin Asisten II (Drs. Budi Santoso, M.Si.).",
            "Peserta hadir."
        ]
    );
}

#[test]
fn initial_before_a_lower_case_word_continues() {
    // `Ph. D.` written with a space: the initial before a lower-case word starts no name.
    assert_eq!(
        sents("Ia meraih gelar Ph. D. dari universitas itu. Kini ia mengajar."),
        [
            "Ia meraih gelar Ph. D. dari universitas itu.",
            "Kini ia mengajar."
        ]
    );
    // Before a name, the initial does start the next sentence.
    assert_eq!(
        sents("Acara selesai sore hari. A. Yani menutup rapat."),
        ["Acara selesai sore hari.", "A. Yani menutup rapat."]
    );
}

#[test]
fn capitalised_pronoun_of_address_does_not_end_a_headline() {
    // `Engkau` addressing God is capitalised mid-sentence, like `Anda`.
    assert_eq!(
        sents("Tuhan, mengapa Engkau diam saja?"),
        ["Tuhan, mengapa Engkau diam saja?"]
    );
    assert_eq!(
        sents("Kami berdoa bersama Ia pun tersenyum."),
        ["Kami berdoa bersama", "Ia pun tersenyum."]
    );
}

#[test]
fn spaced_hyphen_after_a_short_word_is_no_dateline() {
    // A name written with spaces around its hyphen at the start of a line.
    assert_eq!(
        sents("Al - Hikmah membuka kelas baru.\nSD - Negeri 2 libur."),
        ["Al - Hikmah membuka kelas baru.", "SD - Negeri 2 libur."]
    );
    // A dateline of longer words, or marked by capitals, still ends at its dash.
    assert_eq!(
        sents("Tana Paser - Bupati meninjau banjir.\nPPU - Warga mengungsi."),
        [
            "Tana Paser -",
            "Bupati meninjau banjir.",
            "PPU -",
            "Warga mengungsi."
        ]
    );
}

#[test]
fn lower_case_start_after_an_acronym_period() {
    // The writer forgot the capital after an acronym or a Roman numeral: a new sentence.
    assert_eq!(
        sents("Listrik dipasok oleh PLN. sedangkan air dari PDAM."),
        ["Listrik dipasok oleh PLN.", "sedangkan air dari PDAM."]
    );
    assert_eq!(
        sents("Ia lahir setelah Perang Dunia II. kemudian ia pindah."),
        ["Ia lahir setelah Perang Dunia II.", "kemudian ia pindah."]
    );
    // A short unlisted abbreviation in lower case continues its sentence.
    assert_eq!(
        sents("Sewa kios 5 jt. per bulan. Warga setuju."),
        ["Sewa kios 5 jt. per bulan.", "Warga setuju."]
    );
}

#[test]
fn quotation_after_a_verb_of_saying_is_what_is_said() {
    // No comma after the verb of saying: the quotation is still its object.
    assert_eq!(
        sents("Kepala dinas menegaskan \"Kami akan membantu warga,\" ujarnya di Samarinda."),
        ["Kepala dinas menegaskan \"Kami akan membantu warga,\" ujarnya di Samarinda."]
    );
    // The verb tags an earlier quotation: the next quotation is a new sentence.
    assert_eq!(
        sents("\"Stok beras aman,\" katanya menjelaskan \"Harga juga stabil,\" ujar dia."),
        [
            "\"Stok beras aman,\" katanya menjelaskan",
            "\"Harga juga stabil,\" ujar dia."
        ]
    );
    // A headline run into a quotation still ends before it.
    assert_eq!(
        sents("Warga desa menolak tambang \"Kami tidak setuju,\" kata Budi."),
        [
            "Warga desa menolak tambang",
            "\"Kami tidak setuju,\" kata Budi."
        ]
    );
}

#[test]
fn text_starting_with_final_punctuation() {
    // Final punctuation as the first token has no word before it (found by proptest).
    assert_eq!(sents("?a"), ["?", "a"]);
    assert_eq!(sents(". com"), [".", "com"]);
}
