//! A deterministic generator of news-like Indonesian text for benchmarks.
//!
//! Every article is assembled from hand-written templates and word lists (fictional people,
//! real place names) with a fixed-seed SplitMix64 generator, so the same call always returns
//! the same text. The text carries what the tokenizer and the extractors must handle:
//! Title Case headlines without final punctuation, datelines (`SAMARINDA –`,
//! `Jakarta (ANTARA) -`), blank lines between paragraphs, photo credits, honorifics and
//! degrees with periods (`Drs. H. … M.Si.`), initials, abbreviations (`dll.`, `Jl.`, `No.`,
//! `s.d.`), amounts (`Rp1,2 triliun`, `Rp 500 ribu`, `1.250.000`, `12,5%`), ordinals
//! (`ke-64`), times (`09.30`), dates (`17/6/2021`, `17-6-2021`, `Kamis (17/6)`), names with
//! apostrophes (`Mas'ud`, `Sa’bani`), reduplication and prefixed forms (`kupu-kupu`,
//! `se-Kaltim`, `di-PHK`), spaced dashes, quotations with closing quotes after the period,
//! ellipses, URLs, e-mail addresses, `@mentions` and `#hashtags`.
//!
//! Include it from a bench with `#[path = "common/corpus.rs"] mod corpus;`.

/// SplitMix64: small, fast, deterministic.
pub struct Rng(u64);

impl Rng {
    /// A generator with a fixed seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// One element of `items`.
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const REGENCIES: &[&str] = &[
    "Kutai Kartanegara",
    "Kutai Timur",
    "Kutai Barat",
    "Berau",
    "Paser",
    "Penajam Paser Utara",
    "Mahakam Ulu",
];
const CITIES: &[&str] = &[
    "Samarinda",
    "Balikpapan",
    "Bontang",
    "Tenggarong",
    "Sangatta",
];
const DATELINES: &[&str] = &[
    "SAMARINDA –",
    "BALIKPAPAN –",
    "Samarinda (ANTARA) -",
    "TENGGARONG, Kaltim –",
    "Jakarta (ANTARA) -",
    "BONTANG —",
    "Samarinda, Kamis (17/6/2021) –",
];
const OFFICIALS: &[&str] = &[
    "Gubernur Kaltim Dr. H. Arif Wicaksono, M.Si.",
    "Wakil Gubernur H. Hadi Prasetyo, S.E., M.M.",
    "Sekda Prov. Kaltim Dr. H. Muhammad Sa’bani, M.Si.",
    "Kepala Dinas Kesehatan dr. Rina Kusuma, Sp.KJ., M.Kes.",
    "Plt. Kepala Bappeda Drs. H. Mas'ud Halim, M.M.",
    "Kepala Biro Adpim Setda Prov. Kaltim Hj. Siti Aminah, S.Sos., M.Si.",
    "Rektor Prof. Dr. Ir. Budi Santoso, M.Sc., Ph.D.",
    "Kapolres Kombes. Pol. Andi R. Saputra, S.I.K., M.H.",
    "Dandim Letkol. Inf. Joko P. Wibowo",
    "Kepala Dinas PUPR Ir. H. Taufik Jum'at, S.T., M.T.",
    "Pj. Bupati Drs. Yusuf Mas’ud, M.Pd.",
    "Plh. Sekretaris DPRD Ir. Agus Salim, S.H., M.H.",
];
const SHORT_NAMES: &[&str] = &[
    "Arif",
    "Hadi",
    "Sa’bani",
    "Rina",
    "Mas'ud",
    "Siti",
    "Budi",
    "Andi",
    "Taufik",
    "Yusuf",
];
const TOPICS: &[&str] = &[
    "percepatan vaksinasi COVID-19",
    "pembangunan jalan poros se-Kaltim",
    "pemberdayaan ekonomi kerakyatan",
    "penanganan banjir di kawasan bantaran sungai",
    "penyaluran bantuan sosial tunai",
    "penguatan UMKM dan koperasi",
    "pengendalian inflasi daerah",
    "penataan kawasan Ibu Kota Nusantara",
    "peningkatan mutu pendidikan anak usia dini",
    "rehabilitasi hutan dan lahan kritis",
];
const ORGS: &[&str] = &[
    "Pemprov Kaltim",
    "Dinas Perindustrian, Perdagangan, Koperasi dan UKM (Disperindagkop-UKM)",
    "Badan Penanggulangan Bencana Daerah (BPBD)",
    "PT Bank Pembangunan Daerah Kaltim Tbk.",
    "Kementerian Dalam Negeri (Kemendagri)",
    "DPRD Provinsi Kaltim",
    "Universitas Mulawarman",
    "Bapepam-LK",
];
const DAYS: &[&str] = &[
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];
const MONTHS: &[&str] = &[
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const HEADLINE_WORDS: &[&str] = &[
    "Bangun",
    "Sinergi",
    "Ekonomi",
    "Kerakyatan",
    "Pemprov",
    "Dorong",
    "Percepatan",
    "Vaksinasi",
    "Perkuat",
    "Koordinasi",
    "Penanganan",
    "Banjir",
    "Tingkatkan",
    "Kualitas",
    "Layanan",
    "Publik",
];
const REDUP: &[&str] = &[
    "kupu-kupu",
    "sehari-hari",
    "masing-masing",
    "warga-warga",
    "program-program",
    "bahu-membahu",
    "sayur-mayur",
    "gotong-royong",
    "sebaik-baiknya",
];

/// One paragraph sentence from a template.
fn sentence(rng: &mut Rng) -> String {
    let official = rng.pick(OFFICIALS);
    let name = rng.pick(SHORT_NAMES);
    let topic = rng.pick(TOPICS);
    let org = rng.pick(ORGS);
    let city = rng.pick(CITIES);
    let regency = rng.pick(REGENCIES);
    let day = rng.pick(DAYS);
    let month = rng.pick(MONTHS);
    let d = 1 + rng.below(28);
    let m = 1 + rng.below(12);
    let y = 2019 + rng.below(5);
    let redup = rng.pick(REDUP);
    let n1 = 1 + rng.below(999);
    let n2 = rng.below(1000);
    let n3 = rng.below(100);
    let pct = rng.below(100);
    let pctd = rng.below(10);
    let hour = 7 + rng.below(12);
    let minute = [0, 15, 30, 45][rng.below(4)];
    match rng.below(24) {
        0 => format!(
            "{official} mengatakan {topic} harus dilakukan secara {redup} bersama {org}."
        ),
        1 => format!(
            "\"Kami minta seluruh perangkat daerah bekerja {redup} demi {topic},\" kata {name}."
        ),
        2 => format!(
            "Anggaran yang disiapkan mencapai Rp{n1},{n3} miliar atau naik {pct},{pctd}% dibanding tahun lalu."
        ),
        3 => format!(
            "Rapat digelar pada {day} ({d}/{m}/{y}) pukul {hour:02}.{minute:02} WITA di Ruang Heart of Borneo, Jl. Gajah Mada No. {n3} {city}."
        ),
        4 => format!(
            "Bantuan sebesar Rp {n2} ribu per bulan diberikan kepada {n1}.{n2:03}.{n3:03} keluarga penerima manfaat."
        ),
        5 => format!(
            "Kegiatan ini merupakan yang ke-{n3} sejak program dimulai pada {d}-{m}-{y}."
        ),
        6 => format!(
            "Turut hadir {official}, perwakilan {org}, camat, lurah, tokoh masyarakat dll."
        ),
        7 => format!(
            "Menurut {name}, sebanyak {pct} desa se-{regency} telah menerima bantuan alat berat, benih, pupuk, dsb."
        ),
        8 => format!(
            "Pekerja yang di-PHK akibat pandemi juga didata oleh Disnakertrans Kab. {regency} s.d. akhir {month} {y}."
        ),
        9 => format!(
            "Informasi lebih lanjut dapat dilihat di https://kaltimprov.go.id/berita/{y}/{m:02}/{n1} atau melalui surel humas{n3}@kaltimprov.go.id."
        ),
        10 => format!(
            "Unggahan akun @humasprovkaltim dengan tagar #KaltimBerdaulat dan #{city}Bangkit telah dibagikan {n1}.{n2:03} kali."
        ),
        11 => format!(
            "\"Jangan sampai masyarakat menunggu terlalu lama. Pelayanan harus cepat, tepat, dan transparan.\" Demikian disampaikan {name} di {city}."
        ),
        12 => format!(
            "Ia menambahkan, target realisasi triwulan II/{y} sebesar {pct},{pctd} persen sesuai Surat Edaran Nomor 800/{n1}/BKD/{y}."
        ),
        13 => format!(
            "Nilai investasi di {regency} tercatat Rp{n1},{pctd} triliun, dengan serapan tenaga kerja {n2}.{n3:03} orang."
        ),
        14 => format!(
            "Pertemuan dilanjutkan dengan peninjauan lapangan... Hasilnya, {pct} titik rawan banjir di {city} akan ditangani tahun ini."
        ),
        15 => format!(
            "Program itu, kata {name}, menyasar pelaku usaha mikro yang omzetnya di bawah Rp{n2}.000.000 per tahun (data per {d}/{m})."
        ),
        16 => format!(
            "Sa’bani menuturkan Jum'at lalu tim gabungan TNI-Polri, BPBD dan relawan menyisir {pct} kilometer bantaran Sungai Mahakam."
        ),
        17 => format!(
            "Peserta berasal dari {n3} kabupaten/kota, antara lain {city}, {regency}, dan Penajam Paser Utara."
        ),
        18 => format!(
            "Harga cabai rawit di pasar tradisional turun menjadi Rp{n3}.{n2:03}/kg, sementara beras premium Rp {n3}.500/kg."
        ),
        19 => format!(
            "Dokumen itu ditandatangani a.n. Gubernur oleh Sekda Prov. Kaltim dan diteruskan kepada yth. para bupati/wali kota {city}."
        ),
        20 => format!(
            "Pada periode Januari-Maret {y}, pertumbuhan ekonomi Kaltim mencapai {pctd},{n3} persen (yoy)."
        ),
        21 => format!(
            "Kunjungan kerja dilanjutkan ke {city} pada {day}, {d} {month} {y}, pukul {hour:02}.{minute:02} s.d. selesai."
        ),
        22 => format!(
            "Menurutnya, tim yang dipimpin H. {name} dan M. Yusuf telah bekerja sejak pukul {hour:02}:{minute:02}."
        ),
        _ => format!(
            "Semua pihak diharapkan mendukung {topic}, terutama di wilayah {regency} dan {city}."
        ),
    }
}

/// One article: headline, dateline with its first paragraph, more paragraphs, a credit.
pub fn article(rng: &mut Rng) -> String {
    let mut out = String::new();
    let words = 4 + rng.below(5);
    for i in 0..words {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(rng.pick(HEADLINE_WORDS));
        if i == words / 2 && rng.below(2) == 0 {
            out.push_str(" di ");
            out.push_str(rng.pick(CITIES));
        }
    }
    out.push_str("\n\n");
    out.push_str(rng.pick(DATELINES));
    out.push(' ');
    let paragraphs = 3 + rng.below(4);
    for p in 0..paragraphs {
        if p > 0 {
            out.push_str("\n\n");
        }
        let sentences = 2 + rng.below(3);
        for s in 0..sentences {
            if s > 0 {
                out.push(' ');
            }
            out.push_str(&sentence(rng));
        }
    }
    match rng.below(3) {
        0 => out.push_str(" (Foto: Humas Pemprov Kaltim)"),
        1 => out.push_str("\n\nFoto: Biro Adpim Setda Prov. Kaltim"),
        _ => out.push_str("\n\n(jay/her/adv)"),
    }
    out.push_str("\n\n\n");
    out
}

/// At least `min_bytes` of articles, always the same for the same `min_bytes`.
pub fn news_corpus(min_bytes: usize) -> String {
    let mut rng = Rng::new(0x5741_5254_4121);
    let mut out = String::with_capacity(min_bytes + 4096);
    while out.len() < min_bytes {
        out.push_str(&article(&mut rng));
    }
    out
}

/// One megabyte (and a little more) of articles.
pub fn one_megabyte() -> String {
    news_corpus(1 << 20)
}
