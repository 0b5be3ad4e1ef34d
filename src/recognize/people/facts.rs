//! Reading single tokens for the people recogniser without allocating: their shape
//! (capitalised, all capitals, Roman numeral), their lower-case form (borrowed when the token
//! needs no change, else on the stack), and, read once per document, the lower-case forms and
//! name keys of the capitalised tokens (borrowed from one lower-cased copy of the text where
//! the token is ASCII, else kept in one buffer).

pub(super) use crate::text::case::{lower, Lower};
use crate::text::facts as text_facts;
use crate::text::{Token, TokenKind};

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

/// Marks a token that is not capitalised in [`Capitals::index`].
const NOT_CAPITALISED: u32 = u32::MAX;

/// A byte range in `Capitals::lowered` (when `in_lowered`) or in `Capitals::buf`.
#[derive(Clone, Copy, Debug)]
struct Piece {
    start: u32,
    end: u32,
    in_lowered: bool,
}

/// What is known of one capitalised token.
#[derive(Clone, Copy, Debug)]
struct Capital {
    /// Its lower-case form.
    lower: Piece,
    /// Its name key (letters only, lower case).
    key: Piece,
    /// Its [`text::facts`](crate::text::facts).
    facts: u8,
}

/// The signature of a name key: its first two bytes (or its one byte) folded into a byte.
/// A key names a name word only when the word is the key or starts with it, so both have
/// one signature.
pub(super) fn key_signature(key: &str) -> u8 {
    let b = key.as_bytes();
    signature_of(b.first().copied().unwrap_or(0), b.get(1).copied())
}

/// The [`key_signature`] of a key whose first bytes are `first` and `second`.
#[inline(always)]
fn signature_of(first: u8, second: Option<u8>) -> u8 {
    let second = second.map_or(0x100, usize::from);
    ((usize::from(first) * 33 + second) & 0xff) as u8
}

/// The capitalised tokens of a document (first character an upper-case letter): the only
/// ones that can be name words, and the ones the lexicons are asked about most. Their
/// lower-case forms and name keys (`Dawa’i` → `dawai`) are read once: an ASCII token's
/// lower-case form is its span of the text lower-cased as a whole (ASCII lower-casing keeps
/// every byte where it is), as is its key when it is all letters; other forms go into one
/// buffer. Which tokens are capitalised, ASCII, letters only or in capitals is read off the
/// tokens' facts (found once for every recogniser, see [`crate::text::facts`]), not from
/// their bytes again.
#[derive(Default)]
pub(super) struct Capitals {
    forms: Forms,
    /// For each token, its entry in `capitals`, or [`NOT_CAPITALISED`].
    index: Vec<u32>,
    capitals: Vec<Capital>,
    /// The capitalised tokens, in order (the token of each entry of `capitals`).
    tokens: Vec<u32>,
    /// The tokens of kind [`TokenKind::Initial`] that are not capitalised, in order.
    initials: Vec<u32>,
    /// The words of six bytes or more ending in `nya`, in order (possessive title candidates).
    possessives: Vec<u32>,
    /// The facts of the tokens, when the caller has none for them.
    own_facts: Vec<u8>,
}

/// Where the lower-case forms and keys of the capitalised tokens are kept.
#[derive(Default)]
struct Forms {
    /// The text with its ASCII letters in lower case.
    lowered: String,
    /// The other forms, end to end.
    buf: String,
}

impl Capitals {
    /// Reads the capitalised tokens of `tokens` of `text`.
    #[cfg(test)]
    pub(super) fn new(text: &str, tokens: &[Token]) -> Capitals {
        let mut out = Capitals::default();
        out.fill(text, tokens, &[]);
        out
    }

    /// Reads the capitalised tokens of `tokens` of `text`, whose [facts](crate::text::facts)
    /// are `facts` (when it has one for each token; else they are found here), reusing this
    /// value's buffers.
    #[inline(never)]
    pub(super) fn fill(&mut self, text: &str, tokens: &[Token], facts: &[u8]) {
        let Capitals {
            forms,
            index,
            capitals,
            tokens: capitalised,
            initials,
            possessives,
            own_facts,
        } = self;
        let facts = if facts.len() == tokens.len() {
            facts
        } else {
            text_facts::fill(text, tokens, own_facts);
            own_facts
        };
        capitalised.clear();
        initials.clear();
        possessives.clear();
        forms.lowered.clear();
        forms.lowered.push_str(text);
        forms.lowered.make_ascii_lowercase();
        forms.buf.clear();
        index.clear();
        index.resize(tokens.len(), NOT_CAPITALISED);
        capitals.clear();
        // About one token in four is capitalised in news text.
        capitals.reserve(tokens.len() / 4);
        for (i, (t, &f)) in tokens.iter().zip(facts).enumerate() {
            // Words only (a fact at hand), then the rare `y` before the last byte, then the
            // rest.
            if f & text_facts::WORD != 0
                && t.span.end >= t.span.start + 6
                && text.as_bytes().get(t.span.end.wrapping_sub(2)) == Some(&b'y')
                && text
                    .as_bytes()
                    .get(..t.span.end)
                    .is_some_and(|b| b.ends_with(b"nya"))
            {
                possessives.push(i as u32);
            }
            if f & text_facts::CAPITAL == 0 {
                if t.kind == TokenKind::Initial {
                    initials.push(i as u32);
                }
                continue;
            }
            index[i] = capitals.len() as u32;
            capitalised.push(i as u32);
            capitals.push(forms.read(text, t, f));
        }
    }

    fn get(&self, i: usize) -> Option<&Capital> {
        self.capitals.get(*self.index.get(i)? as usize)
    }
}

impl Forms {
    /// Reads capitalised token `t` of `text`, whose facts are `f`: most are ASCII letters
    /// only, whose lower-case form and key are their span of the lowered text, read
    /// without slicing the text.
    #[inline(always)]
    fn read(&mut self, text: &str, t: &Token, f: u8) -> Capital {
        let lower = Piece {
            start: t.span.start as u32,
            end: t.span.end as u32,
            in_lowered: true,
        };
        const ASCII_LETTERS: u8 = text_facts::ASCII | text_facts::LETTERS;
        if f & ASCII_LETTERS == ASCII_LETTERS {
            return Capital {
                lower,
                key: lower,
                facts: f,
            };
        }
        let s = t.text(text);
        if f & text_facts::ASCII == 0 {
            return self.read_unicode(s, f);
        }
        let key_start = self.buf.len();
        for b in s.bytes().filter(u8::is_ascii_alphabetic) {
            self.buf.push(char::from(b.to_ascii_lowercase()));
        }
        Capital {
            lower,
            key: self.piece(key_start),
            facts: f,
        }
    }

    /// Reads a capitalised token with characters beyond ASCII.
    fn read_unicode(&mut self, s: &str, f: u8) -> Capital {
        let start = self.buf.len();
        // Character by character, ASCII ones without the tables (most of these tokens are
        // ASCII letters with an apostrophe or one accented letter); `str::to_lowercase`
        // reads a capital sigma by its place in the word, which one character alone does not.
        if s.contains('Σ') {
            self.buf.push_str(&s.to_lowercase());
        } else {
            for c in s.chars() {
                if c.is_ascii() {
                    self.buf.push(c.to_ascii_lowercase());
                } else {
                    self.buf.extend(c.to_lowercase());
                }
            }
        }
        let lower = self.piece(start);
        for c in s.chars() {
            if c.is_ascii() {
                if c.is_ascii_alphabetic() {
                    self.buf.push(c.to_ascii_lowercase());
                }
            } else if c.is_alphabetic() {
                self.buf.extend(c.to_lowercase());
            }
        }
        // The facts' capitals count capital letters, not letters: scripts without case
        // (and title-case letters) count here.
        let caps = if is_all_caps(s) { text_facts::CAPS } else { 0 };
        Capital {
            lower,
            key: self.piece(lower.end as usize),
            facts: f & !text_facts::CAPS | caps,
        }
    }

    /// The piece of `buf` from `start` to its end.
    fn piece(&self, start: usize) -> Piece {
        Piece {
            start: start as u32,
            end: self.buf.len() as u32,
            in_lowered: false,
        }
    }

    fn text(&self, p: Piece) -> &str {
        let within = if p.in_lowered {
            &self.lowered
        } else {
            &self.buf
        };
        within.get(p.start as usize..p.end as usize).unwrap_or("")
    }
}

impl Capitals {
    /// The capitalised tokens, in order.
    #[inline]
    pub(super) fn tokens(&self) -> &[u32] {
        &self.tokens
    }

    /// The words of six bytes or more ending in `nya` (`bicaranya`), in order.
    #[inline]
    pub(super) fn possessives(&self) -> &[u32] {
        &self.possessives
    }

    /// The tokens of kind [`TokenKind::Initial`] that are not capitalised, in order.
    #[inline]
    pub(super) fn uncapitalised_initials(&self) -> &[u32] {
        &self.initials
    }

    /// Whether token `i` is capitalised.
    #[inline]
    pub(super) fn is_capitalised(&self, i: usize) -> bool {
        self.index[i] != NOT_CAPITALISED
    }

    /// The lower-case form of capitalised token `i`.
    #[inline]
    pub(super) fn lower(&self, i: usize) -> Option<&str> {
        self.get(i).map(|c| self.forms.text(c.lower))
    }

    /// The name key of token `i`: its letters in lower case; empty unless it is capitalised.
    #[inline]
    pub(super) fn key(&self, i: usize) -> &str {
        self.get(i).map_or("", |c| self.forms.text(c.key))
    }

    /// The [`key_signature`] of the name key of token `i`; `None` when it has no key (it is
    /// not capitalised, see [`Capitals::key`]).
    #[inline]
    pub(super) fn key_signature(&self, i: usize) -> Option<u8> {
        let key = self.get(i)?.key;
        let within = if key.in_lowered {
            &self.forms.lowered
        } else {
            &self.forms.buf
        };
        let b = within
            .as_bytes()
            .get(key.start as usize..key.end as usize)?;
        let (&first, rest) = b.split_first()?;
        Some(signature_of(first, rest.first().copied()))
    }

    /// The [facts](crate::text::facts) of capitalised token `i` (`None`: not capitalised);
    /// written in capitals ([`text_facts::CAPS`]) as [`is_all_caps`] says.
    #[inline]
    pub(super) fn facts(&self, i: usize) -> Option<u8> {
        self.get(i).map(|c| c.facts)
    }

    /// Whether capitalised token `i` is written in capitals (`None`: not capitalised).
    #[inline]
    pub(super) fn all_caps(&self, i: usize) -> Option<bool> {
        self.get(i).map(|c| c.facts & text_facts::CAPS != 0)
    }

    /// Whether token `i`, whose text is `s`, is capitalised, ASCII, not in capitals, with no
    /// period and no capital after its first letter (`Budi`, not `MSi`, `S.H`, `SH`).
    #[inline]
    pub(super) fn is_plain(&self, i: usize, s: &str) -> bool {
        self.get(i).is_some_and(|c| {
            c.facts & (text_facts::ASCII | text_facts::CAPS) == text_facts::ASCII
                && (c.facts & text_facts::LETTERS != 0 || !s.contains('.'))
                && !s.bytes().skip(1).any(|b| b.is_ascii_uppercase())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Span;

    /// Whether the first character of `s` is an upper-case letter.
    fn is_capitalised(s: &str) -> bool {
        s.chars().next().is_some_and(char::is_uppercase)
    }

    const WORDS: [&str; 17] = [
        "Bupati", "Mas'ud", "membuka", "ÉCOLE", "Dawa’i", "S.", "e-KTP", "ΣΑΣ", "“", "COVID-19",
        "ǅemal", "DPRD", "II", "IVXIV", "Élan", "İZMİR", "",
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
                is_all_caps(s),
                s.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !s.chars().any(char::is_lowercase),
                "{s}"
            );
        }
        assert!(is_roman("IV") && !is_roman("IVXIV ") && !is_roman(""));
    }

    #[test]
    fn possessives_and_initials_are_listed() {
        let text = "juru bicaranya nya hanya Eksekutifnya 2021nya x";
        let mut tokens = Vec::new();
        let mut start = 0;
        for w in text.split(' ') {
            let end = start + w.len();
            let kind = if w == "x" {
                TokenKind::Initial
            } else {
                TokenKind::Word
            };
            tokens.push(Token {
                span: Span {
                    start,
                    end,
                    char_start: start,
                    char_end: end,
                },
                kind,
            });
            start = end + 1;
        }
        tokens[5].kind = TokenKind::Number;
        let capitals = Capitals::new(text, &tokens);
        assert_eq!(capitals.possessives(), [1, 4]);
        assert_eq!(capitals.uncapitalised_initials(), [6]);
        assert_eq!(capitals.tokens(), [4]);
    }

    #[test]
    fn capitals_reused_for_another_text_read_it_alone() {
        let texts = [
            "Kepala BPBD Kaltim, Budi Santoso, hadir di Samarinda bersama Wakil Bupati.",
            "warga desa hadir. Rudi datang",
            "",
            "Camat Tenggarong Seberang, H. Ahmad, membuka acara di Desa Bukit Raya pagi ini.",
        ];
        let tokenizer = crate::text::Tokenizer::builtin();
        let mut reused = Capitals::default();
        for text in texts {
            let tokens = tokenizer.tokenize(text);
            reused.fill(text, &tokens, &[]);
            let fresh = Capitals::new(text, &tokens);
            assert_eq!(reused.tokens(), fresh.tokens(), "{text}");
            for i in 0..tokens.len() {
                assert_eq!(
                    reused.is_capitalised(i),
                    fresh.is_capitalised(i),
                    "{text} {i}"
                );
                assert_eq!(reused.lower(i), fresh.lower(i), "{text} {i}");
            }
        }
    }

    #[test]
    fn capitals_read_the_facts_they_are_given() {
        let text = "Kepala BPBD Kaltim, Budi S.Sos, hadir.";
        let tokens = crate::text::Tokenizer::builtin().tokenize(text);
        let mut facts = Vec::new();
        text_facts::fill(text, &tokens, &mut facts);
        let words = |c: &Capitals| -> Vec<&str> {
            c.tokens()
                .iter()
                .map(|&i| tokens[i as usize].text(text))
                .collect()
        };
        let mut capitals = Capitals::default();
        capitals.fill(text, &tokens, &facts);
        assert_eq!(
            words(&capitals),
            ["Kepala", "BPBD", "Kaltim", "Budi", "S.Sos"]
        );
        assert_eq!(capitals.all_caps(1), Some(true));
        assert_eq!(capitals.key(1), "bpbd");
        // Facts of other tokens (here: none) are found anew.
        capitals.fill(text, &tokens, &facts[1..]);
        assert_eq!(
            words(&capitals),
            ["Kepala", "BPBD", "Kaltim", "Budi", "S.Sos"]
        );
        // The facts given are read, not the bytes again.
        facts[0] &= !text_facts::CAPITAL;
        facts[1] &= !text_facts::CAPS;
        capitals.fill(text, &tokens, &facts);
        assert_eq!(words(&capitals), ["BPBD", "Kaltim", "Budi", "S.Sos"]);
        assert_eq!(capitals.all_caps(1), Some(false));
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
            let letters = w.bytes().all(|b| b.is_ascii_alphabetic());
            let read = capitals.facts(i).map(|f| f & text_facts::LETTERS != 0);
            assert_eq!(read, Some(letters), "{w}");
            let plain = w.is_ascii()
                && !is_all_caps(w)
                && !w.contains('.')
                && !w.bytes().skip(1).any(|b| b.is_ascii_uppercase());
            assert_eq!(capitals.is_plain(i, w), plain, "{w}");
        }
        assert_eq!(capitals.key(4), "dawai");
        // The signatures read with the capitals are those of their keys.
        for (i, w) in WORDS.iter().enumerate() {
            let key = capitals.key(i);
            let expected = (!key.is_empty()).then(|| key_signature(key));
            assert_eq!(capitals.key_signature(i), expected, "{w}");
        }
        let listed: Vec<usize> = capitals.tokens().iter().map(|&i| i as usize).collect();
        let capitalised: Vec<usize> = (0..WORDS.len())
            .filter(|&i| is_capitalised(WORDS[i]))
            .collect();
        assert_eq!(listed, capitalised);
        assert!(capitals.uncapitalised_initials().is_empty());
    }
}
