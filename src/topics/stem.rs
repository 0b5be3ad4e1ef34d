//! An Indonesian stemmer: reduces an inflected or derived word to its root word
//! (`pemerintahan` → `perintah`, `menyapu` → `sapu`, `kupu-kupu` → `kupu`).
//!
//! The algorithm is dictionary-checked affix stripping in the spirit of Nazief–Adriani and
//! its enhanced confix-stripping (ECS) refinements:
//!
//! 1. A word in the root list is its own stem (`ikan`, `pantai`, `berita`, `makan` are not
//!    mistaken for affixed words). An irregular form listed with a lemma (`ia` → `dia`)
//!    gives that lemma.
//! 2. Suffixes are removed from the end inward — particle (`-lah -kah -tah -pun`), possessive
//!    (`-ku -mu -nya`), derivational (`-kan -an -i`) — and each remainder is looked up.
//! 3. Prefixes are removed from the front, up to three deep (`di- ke- se- ber- ter- per-
//!    me(N)- pe(N)-`), with recoding of nasal assimilation (`meny`+V → `s`+V, `mem`+V →
//!    `m`/`p`+V, `men`+V → `n`/`t`+V, `meng`+V → V/`k`+V, `menge`+C, and the same for
//!    `peN-`), and the remainder is looked up after each step, for each suffix analysis.
//!    Prefix–suffix pairs that Indonesian does not form (`di-…-an`, `ke-…-i`, `ber-…-i`,
//!    `me-…-an`, `se-…-i`, `se-…-kan`, `ke-…-kan`, `ter-…-an`) are skipped.
//! 4. Reduplication: `anak-anak`, `sehari-hari`, `berbalas-balasan`, `menari-nari` give the
//!    stem of their first half when both halves agree; other hyphenated words
//!    (`anti-korupsi`, `ke-5`, `1990-an`) stay whole.
//! 5. If no analysis reaches a known root, one that leaves a remainder shaped like a
//!    Latinate loanword root (`-si`, `-tas`, `-isme`, `-logi`, six letters or more) is
//!    accepted (`didominasi` → `dominasi`); otherwise the word is returned unchanged
//!    (lowercased).
//!
//! Stems are lowercase. When the stem is the input itself or a slice of it (`makanan` →
//! `makan`), it borrows from the input: no allocation. Only recoded stems (`memukul` →
//! `pukul`), case-folded input and irregular lemmas allocate. There is no cache and no
//! allocation during the search (candidates are built in stack buffers).
//!
//! The root list is the lexicon [`LexiconKind::Roots`](crate::LexiconKind)
//! (`lexicons/roots.tsv`, columns `word`, `lemma`, `source`).

use std::borrow::Cow;
use std::sync::Arc;

use crate::error::{Error, Result};
use crate::lexicon::{format, LexiconKind, LexiconText};
use crate::text::hash::{FoldHashMap, FoldHashSet};

/// Words longer than this (in bytes) are returned unchanged: no Indonesian word is that long.
const MAX_WORD: usize = 48;
/// The shortest root an affix analysis may end in.
const MIN_ROOT: usize = 3;
/// How many prefixes may be stacked (`ke-ber-` … `di-per-` …).
const MAX_PREFIXES: usize = 3;

/// The columns of `lexicons/roots.tsv`.
pub const ROOT_COLUMNS: [&str; 3] = ["word", "lemma", "source"];

/// The derivational suffix an analysis removed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Deriv {
    None,
    Kan,
    An,
    I,
}

/// The first prefix of an analysis, for the disallowed prefix–suffix pairs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Prefix {
    Di,
    Ke,
    Se,
    Ber,
    Ter,
    Me,
    Pe,
    Per,
}

impl Prefix {
    /// Whether Indonesian forms the confix `self-…-deriv` (ECS's invalid affix pairs).
    fn allows(self, deriv: Deriv) -> bool {
        !matches!(
            (self, deriv),
            (Prefix::Ber, Deriv::I)
                | (Prefix::Di, Deriv::An)
                | (Prefix::Ke, Deriv::I)
                | (Prefix::Ke, Deriv::Kan)
                | (Prefix::Me, Deriv::An)
                | (Prefix::Se, Deriv::I)
                | (Prefix::Se, Deriv::Kan)
                | (Prefix::Ter, Deriv::An)
        )
    }
}

/// One way of removing a prefix: the remainder starts at `at`, preceded by `recode`
/// (the consonant a nasal replaced: `p` in `mem|ukul` → `pukul`).
#[derive(Clone, Copy, Debug)]
struct Cut {
    recode: &'static str,
    at: usize,
}

impl Cut {
    const fn slice(at: usize) -> Cut {
        Cut { recode: "", at }
    }
    const fn recode(recode: &'static str, at: usize) -> Cut {
        Cut { recode, at }
    }
}

/// A stem found inside the lowercase word: `recode` followed by `word[start..end]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Found {
    recode: &'static str,
    start: usize,
    end: usize,
}

/// A suffix analysis: the word up to `end` remains, `deriv` was removed.
#[derive(Clone, Copy, Debug)]
struct SuffixCut {
    end: usize,
    deriv: Deriv,
}

/// An Indonesian stemmer over a root-word list. Immutable, `Send + Sync`, cheap to share.
///
/// ```
/// let stemmer = warta::topics::Stemmer::builtin();
/// assert_eq!(stemmer.stem("perdagangan"), "dagang");
/// assert_eq!(stemmer.stem("Menyapu"), "sapu");
/// assert_eq!(stemmer.stem("ikan"), "ikan");
/// assert_eq!(stemmer.stem("sehari-hari"), "hari");
/// ```
#[derive(Clone, Debug)]
pub struct Stemmer {
    // Shared: clones (one per topic model) cost a reference count.
    roots: Arc<FoldHashSet<Box<str>>>,
    lemmas: Arc<FoldHashMap<Box<str>, Box<str>>>,
}

impl Stemmer {
    /// The stemmer over the built-in root list, parsed once per process.
    pub fn builtin() -> &'static Stemmer {
        static BUILTIN: std::sync::OnceLock<Stemmer> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(|| {
            Stemmer::parse(&[LexiconText::builtin(LexiconKind::Roots)])
                .unwrap_or_else(|e| panic!("the built-in root lexicon is malformed: {e}"))
        })
    }

    /// A stemmer over the union of the given root lexicons (columns `word`, `lemma`,
    /// `source`; `lemma` empty for a root, or the lemma of an irregular form). Words are
    /// case-folded; a word must be ASCII letters, optionally hyphenated. The built-in
    /// lexicon alone gives the [`builtin`](Self::builtin) stemmer, parsed once per process.
    pub fn from_lexicons(lexicons: &[LexiconText]) -> Result<Stemmer> {
        if only_builtin(lexicons, LexiconKind::Roots) {
            return Ok(Stemmer::builtin().clone());
        }
        Stemmer::parse(lexicons)
    }

    /// [`from_lexicons`](Self::from_lexicons), parsing.
    fn parse(lexicons: &[LexiconText]) -> Result<Stemmer> {
        // About one record a line, of some ten bytes.
        let lines = lexicons.iter().map(|l| l.text.len() / 10).sum();
        let mut roots: FoldHashSet<Box<str>> = FoldHashSet::default();
        roots.reserve(lines);
        let mut lemmas: FoldHashMap<Box<str>, Box<str>> = FoldHashMap::default();
        for lex in lexicons {
            format::for_each(&lex.source, &lex.text, &ROOT_COLUMNS, 1, |rec| {
                let word = rec.get(0).to_ascii_lowercase();
                let valid = |w: &str| {
                    !w.is_empty()
                        && w.len() <= MAX_WORD
                        && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                };
                if !valid(&word) {
                    return Err(Error::lexicon(
                        &lex.source,
                        rec.line,
                        format!("`{}` is not a lowercase ASCII word", rec.get(0)),
                    ));
                }
                match rec.opt(1) {
                    None => {
                        roots.insert(word.into_boxed_str());
                    }
                    Some(lemma) => {
                        let lemma = lemma.to_ascii_lowercase();
                        if !valid(&lemma) {
                            return Err(Error::lexicon(
                                &lex.source,
                                rec.line,
                                format!("lemma `{lemma}` is not a lowercase ASCII word"),
                            ));
                        }
                        lemmas.insert(word.into_boxed_str(), lemma.into_boxed_str());
                    }
                }
                Ok(())
            })?;
        }
        Ok(Stemmer {
            roots: Arc::new(roots),
            lemmas: Arc::new(lemmas),
        })
    }

    /// How many root words the stemmer knows.
    pub fn root_count(&self) -> usize {
        self.roots.len()
    }

    /// Whether `word` (lowercase) is in the root list.
    #[inline]
    pub fn is_root(&self, word: &str) -> bool {
        self.roots.contains(word)
    }

    /// The stem of one word, lowercase. Borrows from `word` when the stem is `word` or a
    /// slice of it; never panics. Input that is not a word (numbers, punctuation, mixed
    /// alphanumerics such as `ke-5` or `1990-an`) is returned lowercased and otherwise
    /// unchanged.
    pub fn stem<'a>(&self, word: &'a str) -> Cow<'a, str> {
        let word = word.trim_matches('-');
        if word.is_empty() || word.len() > MAX_WORD || !word.is_ascii() {
            return lowercase(word);
        }
        let mut buf = [0u8; MAX_WORD];
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        if !lower.iter().all(|&b| b.is_ascii_lowercase() || b == b'-') {
            return lowercase(word);
        }
        // ASCII throughout, so this cannot fail.
        let Ok(w) = std::str::from_utf8(lower) else {
            return lowercase(word);
        };
        if let Some(lemma) = self.lemmas.get(w) {
            return Cow::Owned(String::from(&**lemma));
        }
        if !w.contains('-') {
            return match self.stem_plain(w) {
                Some(found) => materialise(word, w, found),
                None => lowercase(word),
            };
        }
        self.stem_hyphenated(word, w)
    }

    /// A hyphenated word (ASCII lowercase `w`, original `word`): reduplication or compound.
    fn stem_hyphenated<'a>(&self, word: &'a str, w: &str) -> Cow<'a, str> {
        let Some((a, b)) = w.split_once('-') else {
            return lowercase(word);
        };
        if b.contains('-') || a.is_empty() || b.is_empty() || (a != b && self.roots.contains(w)) {
            return lowercase(word);
        }
        let first = self.stem_plain(a).unwrap_or(Found {
            recode: "",
            start: 0,
            end: a.len(),
        });
        let mut sbuf = [0u8; MAX_WORD + 2];
        let Some(s) = join(&mut sbuf, first.recode, &a[first.start..first.end]) else {
            return lowercase(word);
        };
        let reduplicated = b == s
            || b == a
            || self.stem_plain(b).is_some_and(|f| {
                let mut bbuf = [0u8; MAX_WORD + 2];
                join(&mut bbuf, f.recode, &b[f.start..f.end]) == Some(s)
            })
            || (s.len() >= MIN_ROOT && b.len() > 1 && b[1..].starts_with(&s[1..]));
        if reduplicated {
            if let Some(lemma) = self.lemmas.get(s) {
                return Cow::Owned(String::from(&**lemma));
            }
            materialise(word, w, first)
        } else {
            lowercase(word)
        }
    }

    /// The stem of a lowercase word without hyphens, if an analysis reaches a root.
    fn stem_plain(&self, w: &str) -> Option<Found> {
        if self.roots.contains(w) {
            return Some(Found {
                recode: "",
                start: 0,
                end: w.len(),
            });
        }
        let bytes = w.as_bytes();
        let (cuts, n) = suffix_cuts(bytes);
        let cuts = &cuts[..n];

        // A root reached by suffixes alone. A bare `X-kan` is rare outside imperatives,
        // while nouns in `-an` from roots ending in k are common (`masakan`, `tekanan`):
        // here `-an` is tried before `-kan`.
        let mut bare = [SuffixCut {
            end: 0,
            deriv: Deriv::None,
        }; 8];
        let mut m = 0;
        for c in cuts.iter().filter(|c| c.deriv == Deriv::An) {
            bare[m] = *c;
            m += 1;
        }
        for c in cuts.iter().filter(|c| c.deriv != Deriv::An) {
            bare[m] = *c;
            m += 1;
        }
        for c in &bare[..m] {
            if c.end >= MIN_ROOT && self.roots.contains(&w[..c.end]) {
                return Some(Found {
                    recode: "",
                    start: 0,
                    end: c.end,
                });
            }
        }

        // ECS precedence: for be-…-an, be-…-lah, and me-/di-/pe-/te-…-i try the prefixes
        // with the derivational suffix kept first.
        let prefix_first = (w.starts_with("be") && (w.ends_with("an") || w.ends_with("lah")))
            || (w.ends_with('i')
                && (w.starts_with("me")
                    || w.starts_with("di")
                    || w.starts_with("pe")
                    || w.starts_with("te")));
        let whole = SuffixCut {
            end: w.len(),
            deriv: Deriv::None,
        };
        // Nouns made with pe(N)-, per- and ke- take -an, not -kan: `perbankan` is
        // per-bank-an, not per-ban-kan.
        let nominal = matches!(
            prefix_cuts(bytes),
            Some((Prefix::Pe | Prefix::Per | Prefix::Ke, _, _))
        );
        let stripped = cuts.iter().filter(|c| c.deriv != Deriv::None);
        let mut derivational = [whole; 4];
        let mut d = 0;
        for c in stripped {
            derivational[d] = *c;
            d += 1;
        }
        if nominal && d >= 2 && derivational[0].deriv == Deriv::Kan {
            derivational.swap(0, 1);
        }
        let inflectional = cuts.iter().filter(|c| c.deriv == Deriv::None);
        let mut order = [whole; 9];
        let mut k = 0;
        let mut push = |c: &SuffixCut| {
            order[k] = *c;
            k += 1;
        };
        if prefix_first {
            // The prefixes first, on the whole word, then with suffixes removed.
            push(&whole);
            inflectional.for_each(&mut push);
            derivational[..d].iter().for_each(&mut push);
        } else {
            derivational[..d].iter().for_each(&mut push);
            inflectional.for_each(&mut push);
            push(&whole);
        }
        let known = |c: &str| self.roots.contains(c);
        for c in &order[..k] {
            if let Some(f) = self.strip_prefixes(w, 0, c.end, c.deriv, 0, &known) {
                return Some(f);
            }
        }
        // No known root: accept a remainder shaped like an unlisted loanword root
        // (`didominasi` → `dominasi`, `mengakomodasi` → `akomodasi`).
        // Only after prefixes that do not start Latinate words themselves (se-, ke-, per-:
        // `sekuritas`, `persepsi`).
        if matches!(
            prefix_cuts(bytes),
            Some((Prefix::Se | Prefix::Ke | Prefix::Per, _, _)) | None
        ) {
            return None;
        }
        for c in &order[..k] {
            if let Some(f) = self.strip_prefixes(w, 0, c.end, c.deriv, 0, &is_loanword_root) {
                return Some(f);
            }
        }
        None
    }

    /// Removes prefixes from `w[start..end]` (after `depth` earlier ones), looking the
    /// remainder up after each removal.
    fn strip_prefixes(
        &self,
        w: &str,
        start: usize,
        end: usize,
        deriv: Deriv,
        depth: usize,
        accept: &dyn Fn(&str) -> bool,
    ) -> Option<Found> {
        if depth >= MAX_PREFIXES || end <= start {
            return None;
        }
        let s = &w.as_bytes()[start..end];
        let (prefix, cuts, n) = prefix_cuts(s)?;
        if depth == 0 && !prefix.allows(deriv) {
            return None;
        }
        if depth > 0 && matches!(prefix, Prefix::Di | Prefix::Me) {
            return None;
        }
        let cuts = &cuts[..n];
        let mut buf = [0u8; MAX_WORD + 2];
        for cut in cuts {
            let rest = &w[start + cut.at..end];
            if cut.recode.len() + rest.len() < MIN_ROOT {
                continue;
            }
            let Some(candidate) = join(&mut buf, cut.recode, rest) else {
                continue;
            };
            if accept(candidate) {
                return Some(Found {
                    recode: cut.recode,
                    start: start + cut.at,
                    end,
                });
            }
        }
        for cut in cuts.iter().filter(|c| c.recode.is_empty()) {
            if let Some(f) = self.strip_prefixes(w, start + cut.at, end, deriv, depth + 1, accept) {
                return Some(f);
            }
        }
        None
    }
}

/// The suffix analyses of `w`, most stripped first: particle, then possessive, then
/// derivational suffix removed; each cut leaves at least two letters.
fn suffix_cuts(w: &[u8]) -> ([SuffixCut; 8], usize) {
    let mut out = [SuffixCut {
        end: 0,
        deriv: Deriv::None,
    }; 8];
    let mut n = 0;
    let strip = |end: usize, suffix: &[u8]| -> Option<usize> {
        let e = end.checked_sub(suffix.len())?;
        (e >= 2 && &w[e..end] == suffix).then_some(e)
    };
    let full = w.len();
    let e1 = [&b"lah"[..], b"kah", b"tah", b"pun"]
        .iter()
        .find_map(|p| strip(full, p))
        .unwrap_or(full);
    let e2 = [&b"nya"[..], b"ku", b"mu"]
        .iter()
        .find_map(|p| strip(e1, p))
        .unwrap_or(e1);
    let mut push = |end: usize, deriv: Deriv| {
        if n < out.len() {
            out[n] = SuffixCut { end, deriv };
            n += 1;
        }
    };
    if let Some(e) = strip(e2, b"kan") {
        push(e, Deriv::Kan);
        push(e + 1, Deriv::An);
    } else if let Some(e) = strip(e2, b"an") {
        push(e, Deriv::An);
    } else if let Some(e) = strip(e2, b"i") {
        push(e, Deriv::I);
    }
    if e2 != full {
        push(e2, Deriv::None);
    }
    if e1 != full && e1 != e2 {
        push(e1, Deriv::None);
    }
    (out, n)
}

/// Whether `w` looks like a loanword root that the list may lack: the endings of
/// Latinate borrowings (`-si`, `-tas`, `-isme`, `-logi`) on a word of six letters or more.
fn is_loanword_root(w: &str) -> bool {
    w.len() >= 6 && ["si", "tas", "isme", "logi"].iter().any(|e| w.ends_with(e))
}

#[inline]
fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

#[inline]
fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

/// The prefix `s` starts with and the ways of removing it, in the order to try them.
fn prefix_cuts(s: &[u8]) -> Option<(Prefix, [Cut; 4], usize)> {
    let mut cuts = [Cut::slice(0); 4];
    let mut n = 0;
    let mut push = |c: Cut| {
        if n < cuts.len() {
            cuts[n] = c;
            n += 1;
        }
    };
    let consonant = |b: u8| b.is_ascii_lowercase() && !is_vowel(b);
    let prefix = if s.starts_with(b"di") {
        push(Cut::slice(2));
        Prefix::Di
    } else if s.starts_with(b"ke") {
        push(Cut::slice(2));
        Prefix::Ke
    } else if s.starts_with(b"se") {
        push(Cut::slice(2));
        Prefix::Se
    } else if s.starts_with(b"ber") {
        push(Cut::slice(3));
        if is_vowel(at(s, 3)) {
            push(Cut::slice(2)); // be-rV: berupa → rupa
        }
        Prefix::Ber
    } else if s.starts_with(b"belajar") {
        push(Cut::slice(3)); // bel-ajar
        Prefix::Ber
    } else if s.starts_with(b"be") && consonant(at(s, 2)) && s[3.min(s.len())..].starts_with(b"er")
    {
        push(Cut::slice(2)); // be-kerja, be-ternak
        Prefix::Ber
    } else if s.starts_with(b"ter") {
        push(Cut::slice(3));
        if is_vowel(at(s, 3)) {
            push(Cut::slice(2)); // te-rV: terasa → rasa
        }
        Prefix::Ter
    } else if s.starts_with(b"te") && consonant(at(s, 2)) && s[3.min(s.len())..].starts_with(b"er")
    {
        push(Cut::slice(2)); // te-percaya
        Prefix::Ter
    } else if s.starts_with(b"me") || s.starts_with(b"pe") {
        let me = s[0] == b'm';
        let c2 = at(s, 2);
        if !me && s.starts_with(b"per") {
            push(Cut::slice(3));
            if is_vowel(at(s, 3)) {
                push(Cut::slice(2)); // pe-rV: perumahan → rumah
            }
            return Some((Prefix::Per, cuts, n));
        }
        if !me && s.starts_with(b"pelajar") {
            push(Cut::slice(3)); // pel-ajar
            return Some((Prefix::Pe, cuts, n));
        }
        if s[2..].starts_with(b"ng") {
            let c4 = at(s, 4);
            if is_vowel(c4) {
                push(Cut::slice(4)); // meng-alami
                push(Cut::recode("k", 4)); // meng-irim → kirim
                if c4 == b'e' && consonant(at(s, 5)) {
                    push(Cut::slice(5)); // menge-bom
                }
            } else if matches!(c4, b'g' | b'h' | b'k') {
                push(Cut::slice(4)); // meng-gunakan, meng-hadap, meng-kaji
            }
        } else if s[2..].starts_with(b"ny") {
            if is_vowel(at(s, 4)) {
                push(Cut::recode("s", 4)); // meny-apu → sapu
                push(Cut::slice(2)); // me-nyanyi
            }
        } else if c2 == b'n' {
            let c3 = at(s, 3);
            if matches!(c3, b'c' | b'd' | b'j' | b't' | b'z' | b's') {
                push(Cut::slice(3)); // men-cari, men-dapat
            } else if is_vowel(c3) {
                push(Cut::slice(2)); // me-nanti
                push(Cut::recode("t", 3)); // men-ulis → tulis
            }
        } else if c2 == b'm' {
            let c3 = at(s, 3);
            if matches!(c3, b'b' | b'f' | b'v' | b'p') {
                push(Cut::slice(3)); // mem-beli, mem-punyai
            } else if is_vowel(c3) {
                push(Cut::slice(2)); // me-makan
                push(Cut::recode("p", 3)); // mem-ukul → pukul
            }
        } else if matches!(c2, b'l' | b'r' | b'w' | b'y') {
            push(Cut::slice(2)); // me-lihat, pe-laku
        } else if !me && consonant(c2) {
            push(Cut::slice(2)); // pe-tani, pe-dagang, pe-kerja
        }
        if n == 0 {
            return None;
        }
        if me {
            Prefix::Me
        } else {
            Prefix::Pe
        }
    } else {
        return None;
    };
    Some((prefix, cuts, n))
}

/// `recode` followed by `rest`, in `buf`; `None` if it does not fit.
fn join<'b>(buf: &'b mut [u8; MAX_WORD + 2], recode: &str, rest: &str) -> Option<&'b str> {
    let len = recode.len() + rest.len();
    if len > buf.len() {
        return None;
    }
    buf[..recode.len()].copy_from_slice(recode.as_bytes());
    buf[recode.len()..len].copy_from_slice(rest.as_bytes());
    std::str::from_utf8(&buf[..len]).ok()
}

/// `word` lowercased, borrowed when it already is.
fn lowercase(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    } else {
        // Titlecase letters (`ᾼ`) lowercase without being uppercase: compare instead.
        let lower = word.to_lowercase();
        if lower == word {
            Cow::Borrowed(word)
        } else {
            Cow::Owned(lower)
        }
    }
}

/// The stem `found` of `word` (whose ASCII lowercase form is `w`, same byte offsets).
fn materialise<'a>(word: &'a str, w: &str, found: Found) -> Cow<'a, str> {
    let Found { recode, start, end } = found;
    if recode.is_empty() {
        match word.get(start..end) {
            Some(slice) if slice.as_bytes() == &w.as_bytes()[start..end] => Cow::Borrowed(slice),
            _ => Cow::Owned(w[start..end].to_string()),
        }
    } else {
        let mut s = String::with_capacity(recode.len() + end - start);
        s.push_str(recode);
        s.push_str(&w[start..end]);
        Cow::Owned(s)
    }
}

/// Whether `lexicons` are the built-in lexicon of `kind` and nothing else.
pub(crate) fn only_builtin(lexicons: &[LexiconText], kind: LexiconKind) -> bool {
    match lexicons {
        [only] => {
            let builtin = LexiconText::builtin(kind);
            only.source == builtin.source && only.text == builtin.text
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (word, expected stem) with the built-in root list.
    const TABLE: &[(&str, &str)] = &[
        // nasal assimilation of meN- and peN-, with recoding
        ("memukul", "pukul"),
        ("menyapu", "sapu"),
        ("mengirim", "kirim"),
        ("menulis", "tulis"),
        ("menanam", "tanam"),
        ("mencari", "cari"),
        ("mendapat", "dapat"),
        ("membeli", "beli"),
        ("mengambil", "ambil"),
        ("menggunakan", "guna"),
        ("menghadapi", "hadap"),
        ("mengebom", "bom"),
        ("menyanyi", "nyanyi"),
        ("menilai", "nilai"),
        ("memakan", "makan"),
        ("memakai", "pakai"),
        ("mempunyai", "punya"),
        ("melihat", "lihat"),
        ("mewujudkan", "wujud"),
        ("pemimpin", "pimpin"),
        ("penulis", "tulis"),
        ("penyakit", "sakit"),
        ("pengirim", "kirim"),
        ("pembeli", "beli"),
        ("pengurus", "urus"),
        ("penyanyi", "nyanyi"),
        ("pemerintah", "perintah"),
        // confixes
        ("pemerintahan", "perintah"),
        ("pendidikan", "didik"),
        ("kesehatan", "sehat"),
        ("keamanan", "aman"),
        ("perdagangan", "dagang"),
        ("pertanian", "tani"),
        ("perikanan", "ikan"),
        ("pekerjaan", "kerja"),
        ("pelajaran", "ajar"),
        ("kebersihan", "bersih"),
        ("keberhasilan", "hasil"),
        ("perekonomian", "ekonomi"),
        ("kepemimpinan", "pimpin"),
        ("berdatangan", "datang"),
        // plain prefixes, stacked prefixes
        ("berlari", "lari"),
        ("bekerja", "kerja"),
        ("belajar", "ajar"),
        ("berupa", "rupa"),
        ("terjadi", "jadi"),
        ("diambil", "ambil"),
        ("dipercaya", "percaya"),
        ("diperbaiki", "baik"),
        ("memperbaiki", "baik"),
        ("mempertahankan", "tahan"),
        ("seorang", "orang"),
        ("berdagang", "dagang"),
        ("pedagang", "dagang"),
        // suffixes
        ("makanan", "makan"),
        ("masakan", "masak"),
        ("gerakan", "gerak"),
        ("bagian", "bagi"),
        ("tulisan", "tulis"),
        ("berikan", "beri"),
        ("tanyakan", "tanya"),
        ("sampaikan", "sampai"),
        ("memberi", "beri"),
        // clitics and particles
        ("bukunya", "buku"),
        ("rumahku", "rumah"),
        ("namamu", "nama"),
        ("apakah", "apa"),
        ("bacalah", "baca"),
        ("ataupun", "atau"),
        ("kepadanya", "kepada"),
        ("bertanya", "tanya"),
        // words that only look affixed
        ("ikan", "ikan"),
        ("makan", "makan"),
        ("pantai", "pantai"),
        ("berita", "berita"),
        ("kemudian", "kemudian"),
        ("sekolah", "sekolah"),
        ("tersebut", "tersebut"),
        ("merupakan", "merupakan"),
        ("pengaruh", "pengaruh"),
        ("pesawat", "pesawat"),
        ("perang", "perang"),
        ("keluar", "keluar"),
        ("hanya", "hanya"),
        // reduplication
        ("kupu-kupu", "kupu"),
        ("anak-anak", "anak"),
        ("sehari-hari", "hari"),
        ("berbalas-balasan", "balas"),
        ("menari-nari", "tari"),
        ("bermain-main", "main"),
        ("cita-citanya", "cita"),
        ("sayur-mayur", "sayur"),
        ("anti-korupsi", "anti-korupsi"),
        ("bolak-balik", "bolak-balik"),
        // case, irregular forms, non-words
        ("Menyapu", "sapu"),
        ("PEMERINTAH", "perintah"),
        ("Jakarta", "jakarta"),
        ("ia", "dia"),
        ("nya", "dia"),
        ("2021", "2021"),
        ("ke-5", "ke-5"),
        ("1990-an", "1990-an"),
        ("", ""),
        ("café", "café"),
        ("-", ""),
    ];

    #[test]
    fn stems_the_table() {
        let stemmer = Stemmer::builtin();
        let mut failures = Vec::new();
        for &(word, expected) in TABLE {
            let got = stemmer.stem(word);
            if got != expected {
                failures.push(format!("{word}: expected {expected}, got {got}"));
            }
        }
        assert!(TABLE.len() >= 60);
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn borrows_unless_recoded_or_case_folded() {
        let stemmer = Stemmer::builtin();
        assert!(matches!(stemmer.stem("ikan"), Cow::Borrowed("ikan")));
        assert!(matches!(stemmer.stem("makanan"), Cow::Borrowed("makan")));
        assert!(matches!(stemmer.stem("xyzzy"), Cow::Borrowed("xyzzy")));
        assert!(matches!(stemmer.stem("memukul"), Cow::Owned(_)));
        assert!(matches!(stemmer.stem("Ikan"), Cow::Owned(_)));
    }

    fn tiny(roots: &str) -> Stemmer {
        let text = format!(
            "word\tlemma\tsource\n{}",
            roots.replace(' ', "\t\tt\n") + "\t\tt\n"
        );
        Stemmer::from_lexicons(&[LexiconText::new("tiny.tsv", text)]).unwrap()
    }

    #[test]
    fn the_root_list_decides() {
        // Without `ikan` in the list, `perikanan` cannot be analysed and stays whole.
        let s = tiny("kan");
        assert_eq!(s.stem("perikanan"), "perikanan");
        let s = tiny("ikan");
        assert_eq!(s.stem("perikanan"), "ikan");
        // A root in the list is never analysed further.
        let s = tiny("beri berita");
        assert_eq!(s.stem("berita"), "berita");
        assert_eq!(s.stem("memberitakan"), "berita");
    }

    #[test]
    fn disallowed_confixes_are_skipped() {
        // di-…-an is not a confix: `dimakan` is di- + makan, not di- + mak + -an.
        let s = tiny("mak makan");
        assert_eq!(s.stem("dimakan"), "makan");
    }

    #[test]
    fn bad_lexicon_lines_are_errors() {
        let text = "word\tlemma\tsource\nBaik!\t\tt\n";
        let err = Stemmer::from_lexicons(&[LexiconText::new("r.tsv", text)]).unwrap_err();
        assert!(err.to_string().starts_with("r.tsv:2:"), "{err}");
        let text = "word\tlemma\tsource\nia\tDia 2\tt\n";
        assert!(Stemmer::from_lexicons(&[LexiconText::new("r.tsv", text)]).is_err());
    }

    #[test]
    fn long_and_odd_input_does_not_panic() {
        let stemmer = Stemmer::builtin();
        let long = "me".repeat(100);
        assert_eq!(stemmer.stem(&long), long);
        for w in [
            "me",
            "di",
            "pe",
            "ber",
            "meng",
            "menge",
            "peny",
            "-an",
            "--",
            "a-",
            "İstanbul",
        ] {
            let _ = stemmer.stem(w);
        }
    }
}
