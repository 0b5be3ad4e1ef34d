//! Reading single tokens for the people recogniser without allocating: their shape
//! (capitalised, all capitals, Roman numeral), their lower-case form (borrowed when the token
//! needs no change, else on the stack), and, read once per document into one buffer, the
//! lower-case forms and name keys of the capitalised tokens.

pub(super) use crate::text::case::{lower, Lower};
use crate::text::Token;

/// Whether the first character of `s` is an upper-case letter.
#[inline]
pub(super) fn is_capitalised(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => s.chars().next().is_some_and(char::is_uppercase),
        None => false,
    }
}

/// Two letters or more and no lower-case letter (`SAR`, `DPRD`, `RI`).
pub(super) fn is_all_caps(s: &str) -> bool {
    if s.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return false;
    }
    if s.is_ascii() {
        let b = s.as_bytes();
        return b.iter().filter(|c| c.is_ascii_alphabetic()).count() >= 2
            && !b.iter().any(u8::is_ascii_lowercase);
    }
    s.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !s.chars().any(char::is_lowercase)
}

/// One to five of `I`, `V`, `X` (`II`, `IV`).
pub(super) fn is_roman(s: &str) -> bool {
    !s.is_empty() && s.len() <= 5 && s.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

/// Byte class: not an ASCII letter.
const NOT_LETTER: u8 = 1;
/// Byte class: an ASCII lower-case letter.
const LOWER_CASE: u8 = 2;
/// Byte class: not ASCII.
const NOT_ASCII: u8 = 4;

/// The class of each byte ([`NOT_LETTER`], [`LOWER_CASE`], [`NOT_ASCII`]).
static BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if !c.is_ascii() {
            NOT_ASCII | NOT_LETTER
        } else if c.is_ascii_lowercase() {
            LOWER_CASE
        } else if c.is_ascii_uppercase() {
            0
        } else {
            NOT_LETTER
        };
        b += 1;
    }
    t
};

/// Marks a token that is not capitalised in [`Capitals::index`].
const NOT_CAPITALISED: u32 = u32::MAX;

/// What is known of one capitalised token.
#[derive(Clone, Copy, Debug)]
struct Capital {
    /// Byte range of its lower-case form in [`Capitals::buf`].
    lower: (u32, u32),
    /// Byte range of its name key (letters only, lower case) in [`Capitals::buf`].
    key: (u32, u32),
    /// Two letters or more and no lower-case letter.
    all_caps: bool,
}

/// The capitalised tokens of a document (first character an upper-case letter): the only
/// ones that can be name words, and the ones the lexicons are asked about most. Their
/// lower-case forms and name keys (`Dawa’i` → `dawai`) are read once, into one buffer.
#[derive(Default)]
pub(super) struct Capitals {
    buf: String,
    /// For each token, its entry in `capitals`, or [`NOT_CAPITALISED`].
    index: Vec<u32>,
    capitals: Vec<Capital>,
}

impl Capitals {
    /// Reads the capitalised tokens of `tokens` of `text`.
    #[cfg(test)]
    pub(super) fn new(text: &str, tokens: &[Token]) -> Capitals {
        let mut out = Capitals::default();
        out.fill(text, tokens);
        out
    }

    /// Reads the capitalised tokens of `tokens` of `text`, reusing this value's buffers.
    pub(super) fn fill(&mut self, text: &str, tokens: &[Token]) {
        let out = self;
        out.buf.clear();
        out.index.clear();
        out.capitals.clear();
        // About one token in four is capitalised in news text.
        out.buf.reserve(text.len() / 4);
        out.index.reserve(tokens.len());
        out.capitals.reserve(tokens.len() / 4);
        for t in tokens {
            // Most tokens start with an ASCII byte that is no capital: read no further.
            let first = text.as_bytes().get(t.span.start).copied().unwrap_or(0);
            let capitalised = if first.is_ascii() {
                first.is_ascii_uppercase()
            } else {
                is_capitalised(t.text(text))
            };
            if !capitalised {
                out.index.push(NOT_CAPITALISED);
                continue;
            }
            let s = t.text(text);
            out.index.push(out.capitals.len() as u32);
            let capital = out.read(s);
            out.capitals.push(capital);
        }
    }

    /// Reads a capitalised token: its classes of bytes in one pass, one table load a byte.
    fn read(&mut self, s: &str) -> Capital {
        let class = s.bytes().fold(0, |acc, b| acc | BYTE_CLASS[usize::from(b)]);
        if class & NOT_ASCII != 0 {
            return self.read_unicode(s);
        }
        let lower_case = class & LOWER_CASE != 0;
        // Letters are counted only where they decide something: a word in capitals.
        let letters = if class & NOT_LETTER == 0 {
            s.len()
        } else if lower_case {
            0
        } else {
            s.bytes().filter(u8::is_ascii_alphabetic).count()
        };
        let start = self.buf.len();
        self.buf.push_str(s);
        self.buf[start..].make_ascii_lowercase();
        let lower = (start as u32, self.buf.len() as u32);
        let key = if letters == s.len() {
            lower
        } else {
            let key_start = self.buf.len();
            for b in s.bytes().filter(u8::is_ascii_alphabetic) {
                self.buf.push(char::from(b.to_ascii_lowercase()));
            }
            (key_start as u32, self.buf.len() as u32)
        };
        Capital {
            lower,
            key,
            all_caps: letters >= 2 && !lower_case,
        }
    }

    /// Reads a capitalised token with characters beyond ASCII.
    fn read_unicode(&mut self, s: &str) -> Capital {
        let start = self.buf.len();
        self.buf.push_str(&s.to_lowercase());
        let lower = (start as u32, self.buf.len() as u32);
        let letters = s.chars().filter(|c| c.is_alphabetic());
        self.buf.extend(letters.flat_map(char::to_lowercase));
        Capital {
            lower,
            key: (lower.1, self.buf.len() as u32),
            all_caps: is_all_caps(s),
        }
    }

    fn get(&self, i: usize) -> Option<&Capital> {
        self.capitals.get(*self.index.get(i)? as usize)
    }

    fn text(&self, (s, e): (u32, u32)) -> &str {
        &self.buf[s as usize..e as usize]
    }

    /// Whether token `i` is capitalised.
    #[inline]
    pub(super) fn is_capitalised(&self, i: usize) -> bool {
        self.index[i] != NOT_CAPITALISED
    }

    /// The lower-case form of capitalised token `i`.
    #[inline]
    pub(super) fn lower(&self, i: usize) -> Option<&str> {
        self.get(i).map(|c| self.text(c.lower))
    }

    /// The name key of token `i`: its letters in lower case; empty unless it is capitalised.
    #[inline]
    pub(super) fn key(&self, i: usize) -> &str {
        self.get(i).map_or("", |c| self.text(c.key))
    }

    /// Whether capitalised token `i` is written in capitals (`None`: not capitalised).
    #[inline]
    pub(super) fn all_caps(&self, i: usize) -> Option<bool> {
        self.get(i).map(|c| c.all_caps)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Span, TokenKind};

    const WORDS: [&str; 16] = [
        "Bupati", "Mas'ud", "membuka", "ÉCOLE", "Dawa’i", "S.", "e-KTP", "ΣΑΣ", "“", "COVID-19",
        "ǅemal", "DPRD", "II", "IVXIV", "Élan", "",
    ];

    #[test]
    fn lower_forms_match_to_lowercase() {
        let long = "KEMENTERIAN-PERHUBUNGAN-REPUBLIK-INDONESIA";
        for s in WORDS.iter().chain([&long]) {
            assert_eq!(&*lower(s), s.to_lowercase(), "{s}");
        }
    }

    #[test]
    fn shapes_match_the_character_methods() {
        for s in WORDS {
            assert_eq!(
                is_capitalised(s),
                s.chars().next().is_some_and(char::is_uppercase),
                "{s}"
            );
            assert_eq!(
                is_all_caps(s),
                s.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !s.chars().any(char::is_lowercase),
                "{s}"
            );
        }
        assert!(is_roman("IV") && !is_roman("IVXIV ") && !is_roman(""));
    }

    #[test]
    fn capitals_read_lower_forms_keys_and_shapes() {
        let text = WORDS.join(" ");
        let mut tokens = Vec::new();
        let mut start = 0;
        for w in WORDS {
            let end = start + w.len();
            let chars = |i: usize| text[..i].chars().count();
            tokens.push(Token {
                span: Span {
                    start,
                    end,
                    char_start: chars(start),
                    char_end: chars(end),
                },
                kind: TokenKind::Word,
            });
            start = end + 1;
        }
        let capitals = Capitals::new(&text, &tokens);
        for (i, w) in WORDS.iter().enumerate() {
            assert_eq!(capitals.is_capitalised(i), is_capitalised(w), "{w}");
            if !is_capitalised(w) {
                assert_eq!((capitals.lower(i), capitals.key(i)), (None, ""), "{w}");
                continue;
            }
            let key: String = w
                .chars()
                .filter(|c| c.is_alphabetic())
                .flat_map(char::to_lowercase)
                .collect();
            assert_eq!(capitals.lower(i), Some(w.to_lowercase().as_str()), "{w}");
            assert_eq!(capitals.key(i), key, "{w}");
            assert_eq!(capitals.all_caps(i), Some(is_all_caps(w)), "{w}");
        }
        assert_eq!(capitals.key(4), "dawai");
    }
}
