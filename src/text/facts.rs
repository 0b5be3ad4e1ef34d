//! Per-token facts: the case, shape and layout of each token of a text, one byte a token,
//! found once (by `Vocabulary::read`, in the pass that looks every token up, while it holds
//! the token's bytes) and read by every recogniser that would otherwise derive them again
//! from the token's text: the acronym and organisation view, the date atoms.
//!
//! The facts of a token are functions of its text, its kind and the text between it and the
//! next token: [`of_token`] says what they are, one token at a time; [`fill`] is that for
//! a whole text; the fast readings ([`ascii8_folded`], [`ascii16_folded`], [`single`]) are tested
//! against it.

use super::{Token, TokenKind};

/// The token is a word ([`TokenKind::Word`]).
pub(crate) const WORD: u8 = 1;
/// The token is in capitals: two capital letters or more and no lower-case letter (scripts
/// without case do not count), as [`is_caps`] says.
pub(crate) const CAPS: u8 = 2;
/// The token's first character is a capital letter (`char::is_uppercase`).
pub(crate) const CAPITAL: u8 = 4;
/// No text between the token and the next (they are glued: `TNI` `-` `AL`).
pub(crate) const GLUED: u8 = 8;
/// A line break (`\n`) between the token and the next, or it is the last token.
pub(crate) const LINE_END: u8 = 16;
/// The token is ASCII letters only (and not empty).
pub(crate) const LETTERS: u8 = 32;
/// The token is ASCII.
pub(crate) const ASCII: u8 = 64;
/// A bit no fact uses: a reader's own copy of the facts may mark something of its own with
/// it.
pub(crate) const FREE: u8 = 128;

/// True when `s` has two capital letters or more and no lower-case letter (scripts without
/// case do not count).
#[inline]
pub(crate) fn is_caps(s: &str) -> bool {
    // ASCII first, stopping at the first lower-case letter.
    let mut upper = 0;
    for b in s.bytes() {
        if !b.is_ascii() {
            return s.chars().filter(|c| c.is_uppercase()).count() >= 2
                && !s.chars().any(char::is_lowercase);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        upper += usize::from(b.is_ascii_uppercase());
    }
    upper >= 2
}

/// The facts of the text `s` of a token alone ([`CAPS`], [`CAPITAL`], [`LETTERS`],
/// [`ASCII`]): what the fast readings are tested against, and the reading of a token they
/// do not cover (long, or beyond ASCII).
pub(crate) fn of_text(s: &str) -> u8 {
    let mut f = 0;
    if s.chars().next().is_some_and(char::is_uppercase) {
        f |= CAPITAL;
    }
    if is_caps(s) {
        f |= CAPS;
    }
    if s.is_ascii() {
        f |= ASCII;
        if !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphabetic()) {
            f |= LETTERS;
        }
    }
    f
}

/// The layout facts ([`GLUED`], [`LINE_END`]) of a token ending at byte `end` of `bytes`
/// followed by a token starting at byte `next` (`None`: it is the last token).
#[inline(always)]
pub(crate) fn layout(bytes: &[u8], end: usize, next: Option<usize>) -> u8 {
    let Some(start) = next else {
        return LINE_END;
    };
    match start.wrapping_sub(end) {
        0 => GLUED,
        // Most tokens: one byte (a space) before the next.
        1 => bit(bytes.get(end) == Some(&b'\n'), LINE_END),
        _ => {
            let gap = bytes.get(end..start).unwrap_or_default();
            bit(gap.contains(&b'\n'), LINE_END)
        }
    }
}

/// The facts of `token` of `text`, followed by a token starting at byte `next` (`None`: it
/// is the last token).
pub(crate) fn of_token(text: &str, token: &Token, next: Option<usize>) -> u8 {
    let word = if token.kind == TokenKind::Word {
        WORD
    } else {
        0
    };
    of_text(token.text(text)) | word | layout(text.as_bytes(), token.span.end, next)
}

/// Replaces the contents of `out` with the facts of each token of `tokens` of `text`, one
/// token at a time ([`of_token`]).
pub(crate) fn fill(text: &str, tokens: &[Token], out: &mut Vec<u8>) {
    out.clear();
    out.extend(tokens.iter().enumerate().map(|(i, t)| {
        let next = tokens.get(i + 1).map(|n| n.span.start);
        of_token(text, t, next)
    }));
}

/// The first token from `from` on whose facts (in `facts`) have every bit of `mask`, or
/// `facts.len()` when none has (or `from` is past the end): eight tokens at a time.
#[inline]
pub(crate) fn find(facts: &[u8], from: usize, mask: u8) -> usize {
    let mut i = from;
    while let Some(chunk) = facts.get(i..).and_then(<[u8]>::first_chunk::<8>) {
        // Zero lanes: the tokens with every bit. The lowest lane flagged by the zero-byte
        // test is exact (a borrow only flags lanes above a zero one).
        let y = !u64::from_le_bytes(*chunk) & lanes(mask);
        let zero = y.wrapping_sub(lanes(1)) & !y & lanes(0x80);
        if zero != 0 {
            return i + (zero.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    let rest = facts.get(i..).unwrap_or_default();
    let found = rest.iter().position(|&f| f & mask == mask);
    (i + found.unwrap_or(rest.len())).min(facts.len())
}

/// Eight copies of byte `b`.
const fn lanes(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// `f` when `yes`, else none.
#[inline(always)]
fn bit(yes: bool, f: u8) -> u8 {
    u8::from(yes) * f
}

/// The high bits of the first `len` bytes (one to eight) of a number.
#[inline(always)]
fn first_lanes(len: usize) -> u64 {
    lanes(0x80) >> (64 - 8 * len)
}

/// Whether two bits of `x` or more are set (no count of bits: clearing the lowest leaves
/// one).
#[inline(always)]
fn two_or_more(x: u64) -> bool {
    x & x.wrapping_sub(1) != 0
}

/// The high bit of each byte of `f` that is a lower-case letter `a`–`z`. Every byte of `f`
/// must be below 0x80.
#[inline(always)]
fn lower_lanes(f: u64) -> u64 {
    (f.wrapping_add(lanes(0x80 - b'a')) ^ f.wrapping_add(lanes(0x80 - b'z' - 1))) & lanes(0x80)
}

/// [`of_text`] of a token of `len` bytes (one to eight), all ASCII, from its bytes folded (`f`: `A`–`Z`
/// lower-cased, no other letter changed, the bytes past the token zero) and the high bit
/// of each byte that was a capital (`upper`): what the vocabulary's fold finds anyway, so
/// that only the letters are left to find.
#[inline(always)]
pub(crate) fn ascii8_folded(f: u64, upper: u64, len: usize) -> u8 {
    // Folded, every letter is lower case.
    let letters = lower_lanes(f);
    let caps = upper == letters && two_or_more(upper);
    ASCII
        | bit(letters == first_lanes(len), LETTERS)
        | bit(upper & 0x80 != 0, CAPITAL)
        | bit(caps, CAPS)
}

/// [`of_text`] of a token of `len` bytes (nine to sixteen), all ASCII, from its first
/// eight bytes and the rest folded, and the capitals of each, as [`ascii8_folded`] takes them.
#[inline(always)]
pub(crate) fn ascii16_folded(
    (lo, hi): (u64, u64),
    (upper_lo, upper_hi): (u64, u64),
    len: usize,
) -> u8 {
    let (letters_lo, letters_hi) = (lower_lanes(lo), lower_lanes(hi));
    let all = letters_lo == lanes(0x80) && letters_hi == first_lanes(len - 8);
    let two = two_or_more(upper_lo) || two_or_more(upper_hi) || (upper_lo != 0 && upper_hi != 0);
    let caps = upper_lo == letters_lo && upper_hi == letters_hi && two;
    ASCII | bit(all, LETTERS) | bit(upper_lo & 0x80 != 0, CAPITAL) | bit(caps, CAPS)
}

/// [`of_text`] of each token of one ASCII byte, by byte (zero past ASCII).
pub(crate) static SINGLE: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = ASCII
            | if c.is_ascii_uppercase() { CAPITAL } else { 0 }
            | if c.is_ascii_alphabetic() { LETTERS } else { 0 };
        b += 1;
    }
    t
};

/// [`of_text`] of a token of one ASCII byte `b`.
#[inline(always)]
pub(crate) fn single(b: u8) -> u8 {
    SINGLE[usize::from(b)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Tokenizer;

    /// `s` (ASCII, at most 16 bytes) as the numbers the fast readings take: its bytes with
    /// `A`–`Z` lower-cased, and the high bit of each capital, eight bytes to a number.
    fn numbers(s: &str) -> ((u64, u64), (u64, u64)) {
        let (mut folded, mut upper) = ([0u8; 16], [0u8; 16]);
        for (i, b) in s.bytes().enumerate() {
            folded[i] = b.to_ascii_lowercase();
            upper[i] = if b.is_ascii_uppercase() { 0x80 } else { 0 };
        }
        let pair = |w: [u8; 16]| {
            (
                u64::from_le_bytes(w[..8].try_into().unwrap()),
                u64::from_le_bytes(w[8..].try_into().unwrap()),
            )
        };
        (pair(folded), pair(upper))
    }

    #[test]
    fn facts_of_words() {
        assert_eq!(of_text("BPBD"), CAPS | CAPITAL | LETTERS | ASCII);
        assert_eq!(of_text("Kaltim"), CAPITAL | LETTERS | ASCII);
        assert_eq!(of_text("warga"), LETTERS | ASCII);
        assert_eq!(of_text("TNI-AL"), CAPS | CAPITAL | ASCII);
        assert_eq!(of_text("COVID-19"), CAPS | CAPITAL | ASCII);
        assert_eq!(of_text("A"), CAPITAL | LETTERS | ASCII);
        assert_eq!(of_text("2021"), ASCII);
        assert_eq!(of_text("ÉTAT"), CAPS | CAPITAL);
        assert_eq!(of_text("Séptember"), CAPITAL);
        assert_eq!(of_text(""), ASCII);
        assert!(is_caps("DPRD") && is_caps("ÉÉ") && !is_caps("Dprd") && !is_caps("A1"));
    }

    #[test]
    fn fast_readings_agree_with_the_text() {
        let mut seed = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..20_000 {
            let s = crate::text::random_ascii_word(&mut seed);
            let len = s.len();
            let ((lo, hi), (upper_lo, upper_hi)) = numbers(&s);
            let fast = if len <= 8 {
                ascii8_folded(lo, upper_lo, len)
            } else {
                ascii16_folded((lo, hi), (upper_lo, upper_hi), len)
            };
            assert_eq!(fast, of_text(&s), "{s:?}");
        }
        for b in 0..=255u8 {
            if b.is_ascii() {
                let s = char::from(b).to_string();
                assert_eq!(single(b), of_text(&s), "{b}");
                let ((lo, _), (upper, _)) = numbers(&s);
                assert_eq!(ascii8_folded(lo, upper, 1), of_text(&s), "{b}");
            } else {
                assert_eq!(single(b), 0);
            }
        }
    }

    #[test]
    fn finds_the_next_token_with_facts() {
        let mut seed = 0x2545_f491_4f6c_dd1d;
        for _ in 0..2000 {
            let n = (crate::text::xorshift(&mut seed) % 40) as usize;
            let facts: Vec<u8> = (0..n)
                .map(|_| crate::text::xorshift(&mut seed) as u8)
                .collect();
            for mask in [WORD | CAPITAL, CAPS | WORD, LINE_END, 0xff, 0] {
                for from in 0..=n + 1 {
                    let slow = (from..n).find(|&i| facts[i] & mask == mask).unwrap_or(n);
                    assert_eq!(find(&facts, from, mask), slow, "{facts:?} {from} {mask}");
                }
            }
        }
    }

    #[test]
    fn layout_of_tokens() {
        let text = "Prajurit TNI-AL hadir.\nIa  pulang \n\n kemarin";
        let tokens = Tokenizer::builtin().tokenize(text);
        let mut facts = Vec::new();
        fill(text, &tokens, &mut facts);
        let words: Vec<&str> = tokens.iter().map(|t| t.text(text)).collect();
        let marked = |f: u8| -> Vec<&str> {
            (0..tokens.len())
                .filter(|&i| facts[i] & f != 0)
                .map(|i| words[i])
                .collect()
        };
        assert_eq!(marked(GLUED), ["TNI", "-", "hadir"]);
        assert_eq!(marked(LINE_END), [".", "pulang", "kemarin"]);
        assert_eq!(
            marked(WORD),
            ["Prajurit", "TNI", "AL", "hadir", "Ia", "pulang", "kemarin"]
        );
        assert_eq!(marked(CAPS), ["TNI", "AL"]);
    }
}
