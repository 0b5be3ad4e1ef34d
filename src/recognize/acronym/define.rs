//! In-text definitions: `Bantuan Produktif Usaha Mikro (BPUM)` and `Silpa (Sisa Lebih
//! Penggunaan Anggaran)`. A definition holds when the long form spells the short one: the
//! short form's letters are taken, in order, from the long form's words, the first letter from
//! the start of the first word, and every content word gives at least one letter. An
//! initialism in capitals takes each word's letters from its start (`SPHP`); a blend may take
//! a later syllable (`Disperindag` = Dinas Perindustrian dan Perdagangan). An initialism whose
//! words are in another order (`KUPA` = Perubahan Kebijakan Umum Anggaran) is accepted when the
//! words' initials are its letters.

/// Words a long form may contain without giving a letter.
const FUNCTION_WORDS: [&str; 16] = [
    "dan", "serta", "di", "ke", "dari", "untuk", "yang", "atau", "dengan", "pada", "bagi", "&",
    "and", "of", "kepada", "atas",
];

/// Whether a lower-case word may give no letter.
pub(crate) fn is_function_word(w: &str) -> bool {
    FUNCTION_WORDS.iter().any(|f| f.eq_ignore_ascii_case(w))
}

/// Most letters a short form may have.
const MAX_LETTERS: usize = 16;
/// Most words a long form may have.
pub(crate) const MAX_WORDS: usize = 12;

/// The letters of `short` a long form must spell (lower case, at most [`MAX_LETTERS`]), or
/// `None` when there are too many.
fn letters_of(short: &str) -> Option<([char; MAX_LETTERS], usize)> {
    let mut letters = ['\0'; MAX_LETTERS];
    let mut m = 0;
    for c in short
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
    {
        *letters.get_mut(m)? = c;
        m += 1;
    }
    Some((letters, m))
}

/// The letters `short` gives a long form to spell, or `None` when it is no short form (fewer
/// than two letters, or too many). Every content word of a long form gives at least one of
/// them, so a run of more content words spells nothing; the first word gives one (the first,
/// or in an initialism whose words are in another order, any), and so does every word of an
/// initialism.
pub(crate) fn spellable_letters(short: &str) -> Option<Letters> {
    match letters_of(short) {
        Some((letters, m)) if m >= 2 => Some(Letters { letters, m }),
        _ => None,
    }
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

    /// Whether `c` is one of them.
    pub fn contains(&self, c: &char) -> bool {
        self.letters[..self.m].contains(c)
    }
}

/// The letter a word of a long form opens with, as [`spells`] reads it (lower case, letters
/// and digits only).
pub(crate) fn initial_of(word: &str) -> Option<char> {
    word.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .next()
}

/// Whether the words `long` spell the short form `short` (see the module docs).
pub(crate) fn spells(short: &str, long: &[&str]) -> bool {
    let Some((letters, m)) = letters_of(short) else {
        return false;
    };
    let letters = &letters[..m];
    if m < 2 || long.is_empty() || long.len() > MAX_WORDS {
        return false;
    }
    let initialism = !short.chars().any(char::is_lowercase);
    // A blend in lower case takes a syllable from each word (`paslon` = pasangan calon), not
    // a letter (`anime` is no short form of `animasi Jepang`).
    let min_take = if short.chars().any(char::is_uppercase) {
        1
    } else {
        2
    };
    // The words' letters and digits in lower case, one buffer for all.
    let mut chars: Vec<char> = Vec::with_capacity(long.iter().map(|w| w.len()).sum());
    let mut bounds = [(0, 0); MAX_WORDS];
    let mut function = [false; MAX_WORDS];
    for (k, w) in long.iter().enumerate() {
        let start = chars.len();
        if w.is_ascii() {
            // ASCII letters and digits are what `char::is_alphanumeric` takes there, and
            // each lowers to one character.
            chars.extend(
                w.bytes()
                    .filter(u8::is_ascii_alphanumeric)
                    .map(|b| char::from(b.to_ascii_lowercase())),
            );
        } else {
            chars.extend(
                w.chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase),
            );
        }
        bounds[k] = (start, chars.len());
        function[k] = is_function_word(w);
    }
    let mut words: [&[char]; MAX_WORDS] = [&[]; MAX_WORDS];
    for (word, &(s, e)) in words.iter_mut().zip(&bounds) {
        *word = &chars[s..e];
    }
    let (words, function) = (&words[..long.len()], &function[..long.len()]);
    if words.iter().zip(function).any(|(w, f)| w.is_empty() && !f) {
        return false;
    }
    // An initialism's letters come from several words.
    if initialism && function.iter().filter(|f| !**f).count() < 2 {
        return false;
    }
    if aligned(letters, words, function, initialism, min_take) {
        return true;
    }
    // Initials in another order.
    if initialism && m >= 3 {
        let mut initials = ['\0'; MAX_WORDS];
        let mut count = 0;
        for (w, _) in words.iter().zip(function).filter(|(_, f)| !**f) {
            if let Some(&c) = w.first() {
                initials[count] = c;
                count += 1;
            }
        }
        let initials = &mut initials[..count];
        let mut sorted = ['\0'; MAX_LETTERS];
        sorted[..m].copy_from_slice(letters);
        let sorted = &mut sorted[..m];
        initials.sort_unstable();
        sorted.sort_unstable();
        return initials == sorted && words.first().and_then(|w| w.first()).is_some();
    }
    false
}

/// The ordered alignment of the module docs, by dynamic programming over (word, letter).
fn aligned(
    letters: &[char],
    words: &[&[char]],
    function: &[bool],
    initialism: bool,
    min_take: usize,
) -> bool {
    let (m, n) = (letters.len(), words.len());
    // can[w][j]: words w.. can spell letters j..
    let mut can = [[false; MAX_LETTERS + 1]; MAX_WORDS + 1];
    can[n][m] = true;
    for w in (0..n).rev() {
        let word = words[w];
        let from_start = initialism || w == 0;
        for j in 0..=m {
            let mut ok = function[w] && can[w + 1][j];
            if !ok && j < m && !word.is_empty() {
                // Letters j..j+len taken from this word, as a subsequence.
                let (mut k, mut len) = (0, 0);
                if from_start {
                    if word[0] != letters[j] {
                        k = usize::MAX;
                    } else {
                        k = 1;
                        len = 1;
                        ok = min_take <= 1 && can[w + 1][j + 1];
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
                            ok = len >= min_take && can[w + 1][j + len];
                        }
                        None => break,
                    }
                }
            }
            can[w][j] = ok;
        }
    }
    can[0][0]
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
    }

    #[test]
    fn reordered_initials() {
        assert!(s("KUPA", "Perubahan Kebijakan Umum Anggaran"));
        assert!(!s("KUPA", "Rancangan Perubahan Kebijakan Umum Anggaran"));
        assert!(!s("Kupa", "Perubahan Kebijakan Umum Anggaran"));
    }
}
