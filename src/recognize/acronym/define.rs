//! In-text definitions: `Bantuan Produktif Usaha Mikro (BPUM)` and `Silpa (Sisa Lebih
//! Penggunaan Anggaran)`. A definition holds when the long form spells the short one: the
//! short form's letters are taken, in order, from the long form's words, the first letter from
//! the start of the first word, and every content word gives at least one letter. An
//! initialism in capitals takes each word's letters from its start (`SPHP`); a blend may take
//! a later syllable (`Disperindag` = Dinas Perindustrian dan Perdagangan). An initialism whose
//! words are in another order (`KUPA` = Perubahan Kebijakan Umum Anggaran) is accepted when the
//! words' initials are its letters. An initialism of three letters or more may pass over one
//! content word after its first (`Stasiun Pengisian Bahan Bakar Nelayan (SPBN)`, where the
//! compound `bahan bakar` gives one letter; `Kantor Pelayanan Pajak Pratama (KPP)`).

/// Words a long form may contain without giving a letter (they may give one: `Badan Usaha
/// Milik Negara (BUMN)`, `himpunan bank milik negara (Himbara)`).
const FUNCTION_WORDS: [&str; 18] = [
    "dan", "serta", "di", "ke", "dari", "untuk", "yang", "atau", "dengan", "pada", "bagi", "&",
    "and", "of", "kepada", "atas", "tentang", "milik",
];

/// Whether a lower-case word may give no letter. Only words of the lengths of
/// [`FUNCTION_WORDS`] are compared (ASCII case folding keeps the byte length).
pub(crate) fn is_function_word(w: &str) -> bool {
    matches!(w.len(), 1..=7) && FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
}

/// Most letters a short form may have.
const MAX_LETTERS: usize = 16;
/// Most words a long form may have.
pub(crate) const MAX_WORDS: usize = 12;

/// The letters of `short` a long form must spell (lower case, at most [`MAX_LETTERS`]), or
/// `None` when there are too many. A digit from 2 to 9 right after a letter (and before no
/// other digit) repeats it: `P3A` is three words opening with P and one with A (Perkumpulan
/// Petani Pemakai Air), `P2Humas` = Penyuluhan, Pelayanan, dan Hubungan Masyarakat; so does one
/// at the start before a letter (`3T` = terdepan, terluar, tertinggal). Other digits spell
/// nothing (`COVID-19`).
fn letters_of(short: &str) -> Option<([char; MAX_LETTERS], usize)> {
    let mut letters = ['\0'; MAX_LETTERS];
    let mut m = 0;
    let mut push = |c: char, times: usize| -> Option<()> {
        for _ in 0..times {
            *letters.get_mut(m)? = c;
            m += 1;
        }
        Some(())
    };
    // The previous character, and copies owed to the next letter (a leading multiplier).
    let mut prev: Option<char> = None;
    let mut owed = 0;
    let mut chars = short.chars().peekable();
    while let Some(c) = chars.next() {
        let next_digit = chars.peek().is_some_and(char::is_ascii_digit);
        if c.is_alphabetic() {
            for l in c.to_lowercase() {
                push(l, 1 + owed)?;
                owed = 0;
            }
        } else if let Some(d) = c
            .to_digit(10)
            .filter(|d| (2..=9).contains(d) && !next_digit)
        {
            let times = d as usize - 1;
            match prev {
                Some(p) if p.is_alphabetic() => {
                    for l in p.to_lowercase() {
                        push(l, times)?;
                    }
                }
                None => owed = times,
                Some(_) => {}
            }
        }
        prev = Some(c);
    }
    Some((letters, m))
}

/// The letters of a short form, as [`spells`] reads them.
pub(crate) struct Letters {
    letters: [char; MAX_LETTERS],
    m: usize,
}

impl Letters {
    /// How many.
    pub fn len(&self) -> usize {
        self.m
    }

    /// The first (a short form has two at least).
    pub fn first(&self) -> char {
        self.letters[0]
    }

    /// Whether `c` is one of them.
    pub fn contains(&self, c: &char) -> bool {
        self.letters[..self.m].contains(c)
    }
}

/// Whether the words `long` spell the short form `short` (see the module docs).
pub(crate) fn spells(short: &str, long: &[&str]) -> bool {
    if long.is_empty() || long.len() > MAX_WORDS {
        return false;
    }
    // The words' letters take one char per byte at most (but for rare lower-case
    // expansions): one allocation rather than one per word added.
    let chars = Vec::with_capacity(long.iter().map(|w| w.len()).sum());
    let Some(mut sp) = Speller::new(short, chars) else {
        return false;
    };
    for w in long.iter().rev() {
        sp.push_front(w);
    }
    sp.spells()
}

/// One alignment row (see [`Speller`]): `row[j]` is whether `word` and the words after it
/// spell letters `j..`, given `next`, the same for the words after it. `from_start`: the word
/// gives its letters from its start (every word of an initialism, the first of a blend).
fn step(
    letters: &[char],
    word: &[char],
    function: bool,
    next: &Row,
    from_start: bool,
    min_take: usize,
) -> Row {
    let m = letters.len();
    let mut row = [false; MAX_LETTERS + 1];
    for j in 0..=m {
        let mut ok = function && next[j];
        if !ok && j < m && !word.is_empty() {
            // Letters j..j+len taken from this word, as a subsequence.
            let (mut k, mut len) = (0, 0);
            if from_start {
                if word[0] != letters[j] {
                    k = usize::MAX;
                } else {
                    k = 1;
                    len = 1;
                    ok = min_take <= 1 && next[j + 1];
                }
            }
            while !ok && k != usize::MAX && j + len < m {
                match word[k.min(word.len())..]
                    .iter()
                    .position(|&c| c == letters[j + len])
                {
                    Some(p) => {
                        k += p + 1;
                        len += 1;
                        ok = len >= min_take && next[j + len];
                    }
                    None => break,
                }
            }
        }
        row[j] = ok;
    }
    row
}

/// A row of the alignment: per letter position, whether the rest can be spelled.
type Row = [bool; MAX_LETTERS + 1];

/// The test of [`spells`] for one short form against a run of words that grows at the
/// front (the search for a long form before brackets, word by word back from them): the
/// short form's letters are read once, each word's letters once when it is added, and each
/// test costs one row of the alignment (the rows of the words after the first do not change
/// when a word is added before them) instead of the whole table.
pub(crate) struct Speller {
    letters: [char; MAX_LETTERS],
    m: usize,
    initialism: bool,
    /// Fewest letters each word gives (a blend in lower case takes syllables).
    min_take: usize,
    /// The letters and digits of the words in lower case, in the order they were added.
    chars: Vec<char>,
    /// Per word added, its range in `chars` and whether it is a function word.
    words: [(usize, usize, bool); MAX_WORDS],
    /// Words added (more than [`MAX_WORDS`] spell nothing).
    count: usize,
    /// `rows[k]`: the row of the words from the `k`-th added on (`rows[0]`: no word), each
    /// giving letters as a word after the first does.
    rows: [Row; MAX_WORDS + 1],
    /// Whether one content word after the first may give no letter (an initialism of three
    /// letters or more), and the rows as `rows` with at most one such word.
    may_pass: bool,
    passing: [Row; MAX_WORDS + 1],
    /// Content words added, and those of them without a letter or digit.
    content: usize,
    empty_content: usize,
}

impl Speller {
    /// A speller of `short` with no words yet, or `None` when `short` is no short form
    /// (fewer than two letters, or too many); `chars` is a buffer to reuse.
    pub fn new(short: &str, chars: Vec<char>) -> Option<Speller> {
        let (letters, m) = letters_of(short)?;
        if m < 2 {
            return None;
        }
        let mut rows = [[false; MAX_LETTERS + 1]; MAX_WORDS + 1];
        rows[0][m] = true;
        let mut chars = chars;
        chars.clear();
        let initialism = !short.chars().any(char::is_lowercase);
        Some(Speller {
            letters,
            m,
            initialism,
            min_take: if short.chars().any(char::is_uppercase) {
                1
            } else {
                2
            },
            chars,
            words: [(0, 0, false); MAX_WORDS],
            count: 0,
            rows,
            may_pass: initialism && m >= 3,
            passing: rows,
            content: 0,
            empty_content: 0,
        })
    }

    /// The buffer given to [`new`](Self::new), for the next short form.
    pub fn into_buffer(self) -> Vec<char> {
        self.chars
    }

    /// The letters of the short form.
    pub fn letters(&self) -> Letters {
        Letters {
            letters: self.letters,
            m: self.m,
        }
    }

    /// Whether the short form is an initialism (no lower-case letter).
    pub fn initialism(&self) -> bool {
        self.initialism
    }

    /// How many content words a long form may have beyond one per letter.
    pub fn extra_words(&self) -> usize {
        usize::from(self.may_pass)
    }

    /// Adds `word` before the words added so far.
    pub fn push_front(&mut self, word: &str) {
        self.count += 1;
        if self.count > MAX_WORDS {
            return;
        }
        let start = self.chars.len();
        // At most one char per byte but for rare lower-case expansions.
        self.chars.reserve(word.len());
        if word.is_ascii() {
            // ASCII letters and digits are what `char::is_alphanumeric` takes there, and
            // each lowers to one character.
            self.chars.extend(
                word.bytes()
                    .filter(u8::is_ascii_alphanumeric)
                    .map(|b| char::from(b.to_ascii_lowercase())),
            );
        } else {
            self.chars.extend(
                word.chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase),
            );
        }
        let end = self.chars.len();
        let function = is_function_word(word);
        if !function {
            self.content += 1;
            self.empty_content += usize::from(start == end);
        }
        let k = self.count;
        self.words[k - 1] = (start, end, function);
        self.rows[k] = step(
            &self.letters[..self.m],
            &self.chars[start..end],
            function,
            &self.rows[k - 1],
            self.initialism,
            self.min_take,
        );
        if self.may_pass {
            let mut row = step(
                &self.letters[..self.m],
                &self.chars[start..end],
                function,
                &self.passing[k - 1],
                self.initialism,
                self.min_take,
            );
            if !function {
                // This word passed over: the words after it spell without passing any.
                for (r, &after) in row.iter_mut().zip(&self.rows[k - 1]) {
                    *r |= after;
                }
            }
            self.passing[k] = row;
        }
    }

    /// The letter the first word opens with (lower case, letters and digits only).
    pub fn first_initial(&self) -> Option<char> {
        let (s, e, _) = *self.words.get(self.count.checked_sub(1)?)?;
        self.chars[s..e].first().copied()
    }

    /// Whether the words added spell the short form ([`spells`]).
    pub fn spells(&self) -> bool {
        let n = self.count;
        if n == 0 || n > MAX_WORDS || self.empty_content > 0 {
            return false;
        }
        // An initialism's letters come from several words.
        if self.initialism && self.content < 2 {
            return false;
        }
        let letters = &self.letters[..self.m];
        let (s, e, function) = self.words[n - 1];
        let first = &self.chars[s..e];
        // The first word gives its letters from its start.
        let aligned = if self.initialism {
            // The first word is never passed over: it gives the first letter.
            self.rows[n][0]
                || self.may_pass
                    && step(
                        letters,
                        first,
                        function,
                        &self.passing[n - 1],
                        true,
                        self.min_take,
                    )[0]
        } else {
            step(
                letters,
                first,
                function,
                &self.rows[n - 1],
                true,
                self.min_take,
            )[0]
        };
        if aligned {
            return true;
        }
        // Initials in another order.
        if self.initialism && self.m >= 3 {
            let mut initials = ['\0'; MAX_WORDS];
            let mut count = 0;
            for &(s, e, function) in self.words[..n].iter().rev() {
                if !function {
                    if let Some(&c) = self.chars[s..e].first() {
                        initials[count] = c;
                        count += 1;
                    }
                }
            }
            let initials = &mut initials[..count];
            let mut sorted = ['\0'; MAX_LETTERS];
            sorted[..self.m].copy_from_slice(letters);
            let sorted = &mut sorted[..self.m];
            initials.sort_unstable();
            sorted.sort_unstable();
            return initials == sorted && !first.is_empty();
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(short: &str, long: &str) -> bool {
        let words: Vec<&str> = long
            .split_whitespace()
            .map(|w| w.trim_matches(','))
            .collect();
        spells(short, &words)
    }

    #[test]
    fn initialisms() {
        assert!(s("BPUM", "Bantuan Produktif Usaha Mikro"));
        assert!(s("UMKM", "Usaha Mikro, Kecil, dan Menengah"));
        assert!(s("SPHP", "Stabilisasi Pasokan dan Harga Pangan"));
        assert!(s("BOSDA", "Bantuan Operasional Sekolah Daerah"));
        assert!(s("NKRI", "Negara Kesatuan Republik Indonesia"));
        assert!(!s("UMKM", "Usaha Mikro Kecil"));
        assert!(!s("SAR", "Pencarian dan Pertolongan"));
        assert!(
            !s("BLT", "Bantuan Langsung Tunai Dana Desa"),
            "Dana Desa give nothing"
        );
        // One content word after the first may give nothing.
        assert!(s("SPBN", "Stasiun Pengisian Bahan Bakar Nelayan"));
        assert!(s("SPBUN", "Stasiun Pengisian Bahan Bakar Umum Nelayan"));
        assert!(s("KPP", "Kantor Pelayanan Pajak Pratama"));
        assert!(
            !s("SPBN", "Stasiun Pengisian Bahan Bakar Minyak Nelayan"),
            "only one"
        );
        assert!(!s("SP", "Surat Perintah Tugas"), "not in two letters");
        assert!(
            !s("PBN", "Stasiun Pengisian Bahan Nelayan"),
            "nor the first word"
        );
    }

    #[test]
    fn blends() {
        assert!(s("Rakor", "Rapat Koordinasi"));
        assert!(s("Pemkot", "Pemerintah Kota"));
        assert!(s("Disperindag", "Dinas Perindustrian dan Perdagangan"));
        assert!(s("perindagkop", "perindustrian perdagangan koperasi"));
        assert!(s("Karhutla", "kebakaran hutan dan lahan"));
        assert!(s("SiBerkat", "Sistem Informasi Berbasis Kampung Adat"));
        assert!(s("Promoter", "Profesional, Modern dan Terpercaya"));
        assert!(s("YoY", "Year on Year"));
        assert!(s("Pj", "Penjabat"));
        assert!(s("Silpa", "Sisa Lebih Penggunaan Anggaran"));
        assert!(!s("Kasal", "Kepala Staf Angkatan Darat"));
        assert!(!s("Danlanal", "Komandan Pangkalan TNI Angkatan Laut"));
        assert!(!s("Disdik", "Dinas Pendidikan Provinsi Kalimantan Tengah"));
        assert!(!s("Sulteng", "Gubernur"));
        assert!(!s("anime", "animasi Jepang"), "a blend takes syllables");
        assert!(s("paslon", "pasangan calon"));
        assert!(!s("MLW", "Meluwung"), "an initialism takes several words");
        assert!(
            s("Himbara", "himpunan bank milik negara"),
            "milik may give no letter"
        );
        assert!(s("BUMDes", "Badan Usaha Milik Desa"), "or one");
    }

    /// The whole alignment table, as [`spells`] read it before [`Speller`] kept its rows.
    fn whole_table(short: &str, long: &[&str]) -> bool {
        let Some((letters, m)) = letters_of(short) else {
            return false;
        };
        if m < 2 || long.is_empty() || long.len() > MAX_WORDS {
            return false;
        }
        let initialism = !short.chars().any(char::is_lowercase);
        let min_take = if short.chars().any(char::is_uppercase) {
            1
        } else {
            2
        };
        let words: Vec<Vec<char>> = long
            .iter()
            .map(|w| {
                w.chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase)
                    .collect()
            })
            .collect();
        let function: Vec<bool> = long.iter().map(|w| is_function_word(w)).collect();
        if words.iter().zip(&function).any(|(w, f)| w.is_empty() && !f) {
            return false;
        }
        if initialism && function.iter().filter(|f| !**f).count() < 2 {
            return false;
        }
        let table = |skipped: Option<usize>| {
            let mut next = [false; MAX_LETTERS + 1];
            next[m] = true;
            for w in (0..words.len()).rev().filter(|&w| Some(w) != skipped) {
                let from_start = initialism || w == 0;
                next = step(
                    &letters[..m],
                    &words[w],
                    function[w],
                    &next,
                    from_start,
                    min_take,
                );
            }
            next[0]
        };
        if table(None) {
            return true;
        }
        // One content word after the first left out, for an initialism of three letters.
        if initialism && m >= 3 && (1..words.len()).any(|w| !function[w] && table(Some(w))) {
            return true;
        }
        if initialism && m >= 3 {
            let mut initials: Vec<char> = words
                .iter()
                .zip(&function)
                .filter(|(_, f)| !**f)
                .filter_map(|(w, _)| w.first().copied())
                .collect();
            let mut sorted = letters[..m].to_vec();
            initials.sort_unstable();
            sorted.sort_unstable();
            return initials == sorted && !words[0].is_empty();
        }
        false
    }

    /// A speller fed word by word from the back answers as the whole table does for every
    /// run, growing at the front.
    #[test]
    fn speller_rows_agree_with_the_whole_table() {
        let text = "rapat kerja Pemerintah Kota dan Dinas Perindustrian, Perdagangan serta \
                    Koperasi di Kantor Survei Status Gizi Indonesia untuk Énergi Öffentlich & \
                    pasangan calon Year on Year 2024 Umum Anggaran Kebijakan Perubahan Stasiun \
                    Pengisian Bahan Bakar Nelayan";
        let words: Vec<&str> = text.split_whitespace().collect();
        let shorts = [
            "Rakor",
            "Pemkot",
            "Disperindagkop",
            "SSGI",
            "KUPA",
            "paslon",
            "YoY",
            "DPKD",
            "ÉÖ",
            "KDK",
            "rk",
            "Kupa",
            "PK",
            "X",
            "PKDP",
            "SPBN",
            "PBBN",
            "SPN",
            "KPP",
        ];
        let mut tried = 0;
        for short in shorts {
            for end in 1..=words.len() {
                let mut sp = Speller::new(short, Vec::new());
                for start in (end.saturating_sub(MAX_WORDS + 2)..end).rev() {
                    let run = &words[start..end];
                    let want = whole_table(short, run);
                    if let Some(sp) = sp.as_mut() {
                        sp.push_front(words[start]);
                        assert_eq!(sp.spells(), want, "{short} {run:?}");
                    } else {
                        assert!(!want, "{short}");
                    }
                    assert_eq!(spells(short, run), want, "{short} {run:?}");
                    tried += usize::from(want);
                }
            }
        }
        assert!(tried >= 10, "{tried}");
    }

    #[test]
    fn digits_repeat_the_letter_before_them() {
        assert_eq!(
            letters_of("P3A").map(|(l, m)| l[..m].to_vec()),
            Some(vec!['p', 'p', 'p', 'a'])
        );
        assert!(s("P3A", "Paguyuban Peternak Pengguna Air"));
        assert!(
            !s("P3A", "Pengguna Air"),
            "P3A needs three words opening with P"
        );
        assert!(s("KP2", "Komite Pemantau Pangan"));
        assert!(s(
            "P2Sdm",
            "Pengembangan, Pembinaan, dan Sumber Daya Manusia"
        ));
        assert!(!s("P2Sdm", "Pembinaan, dan Sumber Daya Manusia"));
        assert!(s("BP2D", "Badan Pengelola Pendapatan Daerah"));
        assert!(s("3M", "menguras, menutup, mengubur"));
        // Other digits spell nothing.
        assert!(s("COVID-19", "Coronavirus Disease"));
    }

    #[test]
    fn reordered_initials() {
        assert!(s("KUPA", "Perubahan Kebijakan Umum Anggaran"));
        assert!(!s("KUPA", "Rancangan Perubahan Kebijakan Umum Anggaran"));
        assert!(!s("Kupa", "Perubahan Kebijakan Umum Anggaran"));
    }
}
