//! Clitics: the pronouns and particles Indonesian writes attached to a word — the proclitics
//! `ku-` and `kau-`, the possessive enclitics `-ku`, `-mu`, `-nya` and the particles `-lah`,
//! `-kah`, `-pun`. They stay inside the surface token; [`split_clitics`] tells where they are.
//!
//! The analysis is by rule, with a lexicon of exceptions (`lexicons/clitics.tsv`): a clitic is
//! only split off when at least three letters of base remain, never from a listed whole word
//! (`adalah`, `sekolah`, `bertemu`, the conjunctions `meskipun`, `walaupun` that PUEBI writes
//! as one word), and `ku-`/`kau-` never from a word beginning with a listed root (`kuasai`,
//! `kunjungan`, `kaum`). `-nya` after a hyphen (`APBD-nya`, `hamba-Nya`) is recognised too.
//! The archaic `-tah` is not analysed.

use std::ops::Range;
use std::sync::OnceLock;

use super::hash::FoldHashSet;
use crate::error::{Error, Result};
use crate::lexicon::format;
use crate::lexicon::LexiconText;

/// The built-in clitic exception lexicon.
const BUILTIN: &str = include_str!("../../lexicons/clitics.tsv");

/// The parts of one word: byte ranges into the word given to [`split_clitics`].
///
/// The ranges are in text order — `proclitic`, `base`, `possessive`, `particle` — and cover
/// the word except for a hyphen before an enclitic (`APBD-nya`).
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct WordParts {
    /// `ku-` or `kau-` (`kubaca`, `kaubilang`).
    pub proclitic: Option<Range<usize>>,
    /// The word without its clitics.
    pub base: Range<usize>,
    /// `-ku`, `-mu` or `-nya` (`bukunya`, `rumahku`).
    pub possessive: Option<Range<usize>>,
    /// `-lah`, `-kah` or `-pun` (`inilah`, `apakah`, `siapapun`).
    pub particle: Option<Range<usize>>,
}

impl WordParts {
    /// True when the word carries at least one clitic.
    pub fn has_clitic(&self) -> bool {
        self.proclitic.is_some() || self.possessive.is_some() || self.particle.is_some()
    }
}

/// The compiled exception lexicon.
#[derive(Debug, Default)]
struct Exceptions {
    words: FoldHashSet<Box<str>>,
    roots: FoldHashSet<Box<str>>,
    max_root: usize,
}

impl Exceptions {
    fn parse(text: &LexiconText) -> Result<Exceptions> {
        let mut ex = Exceptions::default();
        for rec in format::parse(&text.source, &text.text, &["form", "kind"], 2)? {
            let form = rec.get(0);
            if !form.bytes().all(|b| b.is_ascii_lowercase()) {
                return Err(Error::lexicon(
                    &text.source,
                    rec.line,
                    format!("form `{form}` must be lower-case ASCII letters"),
                ));
            }
            match rec.get(1) {
                "word" => {
                    ex.words.insert(form.into());
                }
                "root" => {
                    ex.max_root = ex.max_root.max(form.len());
                    ex.roots.insert(form.into());
                }
                other => {
                    return Err(Error::lexicon(
                        &text.source,
                        rec.line,
                        format!("kind must be `word` or `root`, found `{other}`"),
                    ))
                }
            }
        }
        Ok(ex)
    }

    fn builtin() -> &'static Exceptions {
        static EX: OnceLock<Exceptions> = OnceLock::new();
        EX.get_or_init(|| {
            Exceptions::parse(&LexiconText::new("builtin:clitics.tsv", BUILTIN))
                .expect("the built-in clitic lexicon is valid (checked by a unit test)")
        })
    }

    fn is_word(&self, lower: &[u8]) -> bool {
        std::str::from_utf8(lower).is_ok_and(|w| self.words.contains(w))
    }

    /// `lower` begins with a listed root.
    fn has_root(&self, lower: &[u8]) -> bool {
        (3..=self.max_root.min(lower.len()))
            .any(|n| std::str::from_utf8(&lower[..n]).is_ok_and(|p| self.roots.contains(p)))
    }
}

/// Longest word analysed, in bytes.
const MAX_WORD: usize = 48;

/// Splits the clitics off `word` (one token's text), as byte ranges into it.
///
/// ```
/// use warta::text::split_clitics;
///
/// let p = split_clitics("bukunyalah");
/// assert_eq!(p.base, 0..4);
/// assert_eq!(p.possessive, Some(4..7));
/// assert_eq!(p.particle, Some(7..10));
/// assert!(!split_clitics("sekolah").has_clitic());
/// assert_eq!(split_clitics("kaubilang").proclitic, Some(0..3));
/// assert_eq!(split_clitics("APBD-nya").possessive, Some(5..8));
/// ```
pub fn split_clitics(word: &str) -> WordParts {
    let ex = Exceptions::builtin();
    let whole = WordParts {
        base: 0..word.len(),
        ..WordParts::default()
    };
    let bytes = word.as_bytes();
    if bytes.len() > MAX_WORD || bytes.is_empty() {
        return whole;
    }
    let mut buf = [0u8; MAX_WORD];
    for (d, s) in buf.iter_mut().zip(bytes) {
        *d = s.to_ascii_lowercase();
    }
    let lower = &buf[..bytes.len()];

    // A clitic after a hyphen: APBD-nya, kopian-ku, hamba-Nya.
    if let Some(h) = lower.iter().rposition(|&b| b == b'-') {
        let tail = &lower[h + 1..];
        if h > 0 && matches!(tail, b"nya" | b"ku" | b"mu") {
            return WordParts {
                base: 0..h,
                possessive: Some(h + 1..bytes.len()),
                ..WordParts::default()
            };
        }
        if h > 0 && matches!(tail, b"lah" | b"kah" | b"pun") {
            return WordParts {
                base: 0..h,
                particle: Some(h + 1..bytes.len()),
                ..WordParts::default()
            };
        }
        return whole;
    }
    if !lower.iter().all(u8::is_ascii_alphabetic) || ex.is_word(lower) {
        return whole;
    }
    let base_ok = |b: &[u8]| b.len() >= 3 && b.iter().any(|c| b"aeiou".contains(c));
    let mut end = lower.len();
    let mut parts = WordParts::default();

    for p in [&b"lah"[..], b"kah", b"pun"] {
        if lower.ends_with(p) && !lower.ends_with(b"llah") {
            let rest = &lower[..end - p.len()];
            if base_ok(rest) && !ex.is_word(rest) {
                parts.particle = Some(end - p.len()..end);
                end -= p.len();
            }
            break;
        }
    }
    for p in [&b"nya"[..], b"ku", b"mu"] {
        let cur = &lower[..end];
        if cur.ends_with(p) {
            let rest = &cur[..end - p.len()];
            if base_ok(rest) && !ex.is_word(cur) {
                parts.possessive = Some(end - p.len()..end);
                end -= p.len();
            }
            break;
        }
    }
    let mut start = 0;
    for p in [&b"kau"[..], b"ku"] {
        let cur = &lower[..end];
        if cur.starts_with(p) {
            let rest = &cur[p.len()..];
            if rest.len() >= 4 && base_ok(rest) && !ex.has_root(cur) && !ex.is_word(cur) {
                parts.proclitic = Some(0..p.len());
                start = p.len();
            }
            break;
        }
    }
    parts.base = start..end;
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(word: &str) -> String {
        let p = split_clitics(word);
        let mut s = String::new();
        if let Some(r) = &p.proclitic {
            s.push_str(&word[r.clone()]);
            s.push('+');
        }
        s.push_str(&word[p.base.clone()]);
        for r in [&p.possessive, &p.particle].into_iter().flatten() {
            s.push('+');
            s.push_str(&word[r.clone()]);
        }
        s
    }

    #[test]
    fn builtin_lexicon_parses() {
        let ex = Exceptions::builtin();
        assert!(ex.words.contains("adalah"));
        assert!(ex.roots.contains("kuat"));
    }

    #[test]
    fn enclitics() {
        assert_eq!(show("bukunya"), "buku+nya");
        assert_eq!(show("rumahku"), "rumah+ku");
        assert_eq!(show("hatimu"), "hati+mu");
        assert_eq!(show("inilah"), "ini+lah");
        assert_eq!(show("Apakah"), "Apa+kah");
        assert_eq!(show("siapapun"), "siapa+pun");
        assert_eq!(show("bukunyalah"), "buku+nya+lah");
        assert_eq!(show("Gubernurnya"), "Gubernur+nya");
        assert_eq!(show("kuatnya"), "kuat+nya");
    }

    #[test]
    fn words_that_only_look_cliticised() {
        for w in [
            "adalah",
            "sekolah",
            "buku",
            "ilmu",
            "bertemu",
            "hanya",
            "meskipun",
            "Allah",
            "Abdullah",
            "langkah",
            "kuasa",
            "kuatkan",
            "kunjungan",
            "kaum",
            "nyonya",
            "aku",
            "COVID-19",
            "café",
        ] {
            assert!(!split_clitics(w).has_clitic(), "{w}: {}", show(w));
        }
    }

    #[test]
    fn proclitics_and_hyphens() {
        assert_eq!(show("kubaca"), "ku+baca");
        assert_eq!(show("kaubilang"), "kau+bilang");
        assert_eq!(show("kuberikan"), "ku+berikan");
        assert_eq!(show("APBD-nya"), "APBD+nya");
        assert_eq!(show("hamba-Ku"), "hamba+Ku");
        assert_eq!(show("kupu-kupu"), "kupu-kupu");
    }

    #[test]
    fn bad_kind_is_an_error() {
        let t = LexiconText::new("c.tsv", "form\tkind\nadalah\tkata\n");
        assert_eq!(
            Exceptions::parse(&t).unwrap_err().to_string(),
            "c.tsv:2: kind must be `word` or `root`, found `kata`"
        );
    }
}
