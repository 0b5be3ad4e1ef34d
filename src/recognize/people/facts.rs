//! Per-token facts for the people recogniser, computed once per document: each token's
//! lower-case form, its name key (lower-case letters only, `Dawa’i` → `dawai`) and its shape
//! (capitalised, all capitals, Roman numeral). Forms that differ from the token as
//! written live in one buffer per document, so reading them allocates nothing per token.
//!
//! ASCII tokens (nearly all) are read in one pass over their bytes; the rest go through the
//! Unicode character methods.

use crate::text::Token;

/// Where a token's derived form is.
#[derive(Clone, Copy, Debug)]
enum Form {
    /// The token as written (it needs no change).
    Written,
    /// A byte range of the shared buffer.
    Buffer(u32, u32),
}

/// The shape of a token's letters.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Shape {
    /// The first character is an upper-case letter.
    pub(super) capitalised: bool,
    /// Two letters or more and no lower-case letter (`SAR`, `DPRD`, `RI`).
    pub(super) all_caps: bool,
    /// One to five of `I`, `V`, `X` (`II`, `IV`).
    pub(super) roman: bool,
}

/// The facts of a word of lower-case ASCII letters.
const PLAIN: Fact = Fact {
    lower: Form::Written,
    key: Form::Written,
    shape: Shape {
        capitalised: false,
        all_caps: false,
        roman: false,
    },
};

/// What one document's token has.
#[derive(Clone, Copy, Debug)]
struct Fact {
    lower: Form,
    key: Form,
    shape: Shape,
}

/// The facts of every token of one document.
pub(super) struct TokenFacts<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// The forms that differ from the tokens as written, one after another.
    buf: String,
    facts: Vec<Fact>,
}

impl<'a> TokenFacts<'a> {
    /// Reads the facts of `tokens` of `text`.
    pub(super) fn new(text: &'a str, tokens: &'a [Token]) -> TokenFacts<'a> {
        let mut out = TokenFacts {
            text,
            tokens,
            buf: String::new(),
            facts: Vec::with_capacity(tokens.len()),
        };
        for t in tokens {
            let s = t.text(text);
            let fact = if s.bytes().all(|c| c.is_ascii_lowercase()) {
                // Most tokens: a lower-case word, its own lower case and key.
                PLAIN
            } else if s.is_ascii() {
                out.ascii_fact(s)
            } else {
                out.unicode_fact(s)
            };
            out.facts.push(fact);
        }
        out
    }

    /// Token `i` in lower case (as `str::to_lowercase` gives it).
    #[inline]
    pub(super) fn lower(&self, i: usize) -> &str {
        self.form(i, self.facts[i].lower)
    }

    /// Token `i` folded for comparing names: its letters only, in lower case.
    #[inline]
    pub(super) fn key(&self, i: usize) -> &str {
        self.form(i, self.facts[i].key)
    }

    /// The shape of token `i`.
    #[inline]
    pub(super) fn shape(&self, i: usize) -> Shape {
        self.facts[i].shape
    }

    fn form(&self, i: usize, form: Form) -> &str {
        match form {
            Form::Written => self.tokens[i].text(self.text),
            Form::Buffer(s, e) => &self.buf[s as usize..e as usize],
        }
    }

    /// Where the buffer's text from `start` on is.
    fn since(&self, start: usize) -> Form {
        Form::Buffer(start as u32, self.buf.len() as u32)
    }

    /// The facts of an ASCII token.
    fn ascii_fact(&mut self, s: &str) -> Fact {
        let b = s.as_bytes();
        let mut seen = 0u8;
        let mut letters = 0usize;
        for &c in b {
            let class = ASCII_CLASS[usize::from(c)];
            seen |= class;
            letters += usize::from(class & LETTER);
        }
        let lower = if seen & UPPER == 0 {
            Form::Written
        } else {
            let start = self.buf.len();
            self.buf.push_str(s);
            // ASCII throughout, so lowering bytes keeps the buffer UTF-8.
            self.buf[start..].make_ascii_lowercase();
            self.since(start)
        };
        let key = if seen & NOT_LETTER == 0 {
            lower
        } else {
            let start = self.buf.len();
            if letters > 0 {
                for &c in b.iter().filter(|c| c.is_ascii_alphabetic()) {
                    self.buf.push(char::from(c.to_ascii_lowercase()));
                }
            }
            self.since(start)
        };
        let shape = Shape {
            capitalised: b.first().is_some_and(u8::is_ascii_uppercase),
            all_caps: letters >= 2 && seen & LOWER == 0,
            roman: !b.is_empty() && b.len() <= 5 && seen & NOT_ROMAN == 0,
        };
        Fact { lower, key, shape }
    }

    /// The facts of a token with characters beyond ASCII.
    fn unicode_fact(&mut self, s: &str) -> Fact {
        let lower = if s.chars().all(lowers_to_itself) {
            Form::Written
        } else {
            let start = self.buf.len();
            self.buf.push_str(&s.to_lowercase());
            self.since(start)
        };
        let start = self.buf.len();
        let letters = s.chars().filter(|c| c.is_alphabetic());
        self.buf.extend(letters.flat_map(char::to_lowercase));
        let key = self.since(start);
        let shape = Shape {
            capitalised: s.chars().next().is_some_and(char::is_uppercase),
            all_caps: s.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !s.chars().any(char::is_lowercase),
            // Roman numerals here are ASCII only.
            roman: false,
        };
        Fact { lower, key, shape }
    }
}

/// Whether `c` is its own lower case.
fn lowers_to_itself(c: char) -> bool {
    let mut lower = c.to_lowercase();
    lower.next() == Some(c) && lower.next().is_none()
}

/// Byte classes for the one-pass ASCII reading (bits, OR-ed over a token).
const LETTER: u8 = 1;
const UPPER: u8 = 2;
const LOWER: u8 = 4;
const NOT_LETTER: u8 = 8;
const NOT_ROMAN: u8 = 16;

/// The classes of the 128 ASCII bytes.
static ASCII_CLASS: [u8; 128] = ascii_classes();

const fn ascii_classes() -> [u8; 128] {
    let mut table = [0u8; 128];
    let mut c = 0u8;
    while c < 128 {
        let mut class = if c.is_ascii_uppercase() {
            LETTER | UPPER
        } else if c.is_ascii_lowercase() {
            LETTER | LOWER
        } else {
            NOT_LETTER
        };
        if !matches!(c, b'I' | b'V' | b'X') {
            class |= NOT_ROMAN;
        }
        table[c as usize] = class;
        c += 1;
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Span, TokenKind};

    /// Tokens of `text` split at spaces (enough to exercise the facts).
    fn tokens_of(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut start = 0;
        for w in text.split(' ') {
            let end = start + w.len();
            out.push(Token {
                span: Span {
                    start,
                    end,
                    char_start: text[..start].chars().count(),
                    char_end: text[..end].chars().count(),
                },
                kind: TokenKind::Word,
            });
            start = end + 1;
        }
        out
    }

    #[test]
    fn lower_forms_and_keys_match_the_allocating_versions() {
        let text = "Bupati Mas'ud membuka ÉCOLE Dawa’i S. e-KTP ΣΑΣ “ COVID-19 ǅemal";
        let tokens = tokens_of(text);
        let facts = TokenFacts::new(text, &tokens);
        for (i, t) in tokens.iter().enumerate() {
            let s = t.text(text);
            assert_eq!(facts.lower(i), s.to_lowercase(), "{s}");
            let key: String = s
                .chars()
                .filter(|c| c.is_alphabetic())
                .flat_map(char::to_lowercase)
                .collect();
            assert_eq!(facts.key(i), key, "{s}");
        }
        assert_eq!(facts.key(4), "dawai");
    }

    #[test]
    fn shapes_match_the_character_methods() {
        let text = "Gubernur DPRD II membuka e-KTP RI X Élan COVID-19 ÉÉ 2021 , IVXIV";
        let tokens = tokens_of(text);
        let facts = TokenFacts::new(text, &tokens);
        for (i, t) in tokens.iter().enumerate() {
            let s = t.text(text);
            let shape = facts.shape(i);
            assert_eq!(
                shape.capitalised,
                s.chars().next().is_some_and(char::is_uppercase),
                "{s}"
            );
            assert_eq!(
                shape.all_caps,
                s.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !s.chars().any(char::is_lowercase),
                "{s}"
            );
            assert_eq!(
                shape.roman,
                !s.is_empty() && s.len() <= 5 && s.bytes().all(|b| b"IVX".contains(&b)),
                "{s}"
            );
        }
        assert!(facts.shape(2).roman && !facts.shape(11).roman);
    }
}
