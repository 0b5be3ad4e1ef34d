//! Character classes for the tokenizer: a 128-entry table for ASCII and a few Unicode ranges
//! for the rest.
//!
//! The classes are coarse on purpose. Any non-ASCII character that is not whitespace, an
//! invisible format control, punctuation, a symbol or a combining mark counts as a letter, so
//! words in any script (Arabic, CJK, Devanagari with its vowel signs) stay whole.

/// The class of one character, as the tokenizer sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Whitespace, control characters and invisible separators (ZWSP, BOM, bidi controls):
    /// never part of a token.
    Space,
    /// An upper-case letter.
    Upper,
    /// A lower-case letter.
    Lower,
    /// A letter without case (CJK, Arabic, …) or any other word character (superscript
    /// digits, private use).
    Letter,
    /// An ASCII digit.
    Digit,
    /// A combining mark, ZWJ/ZWNJ, variation selector, emoji modifier or tag: belongs to the
    /// character before it.
    Extend,
    /// Punctuation: `. , ; : ! ? " ' ( ) [ ] { } - / \` and their Unicode relatives.
    Punct,
    /// Any other symbol: `# $ % & * + < = > @ ^ | ~ _`, currency signs, arrows, emoji.
    Symbol,
}

impl Class {
    /// Letters, digits and marks: the stuff words are made of.
    #[inline]
    pub(crate) fn is_wordish(self) -> bool {
        matches!(
            self,
            Class::Upper | Class::Lower | Class::Letter | Class::Digit | Class::Extend
        )
    }

    /// Letters of any case (not digits, not marks).
    #[inline]
    pub(crate) fn is_letter(self) -> bool {
        matches!(self, Class::Upper | Class::Lower | Class::Letter)
    }
}

const S: Class = Class::Space;
const U: Class = Class::Upper;
const L: Class = Class::Lower;
const D: Class = Class::Digit;
const P: Class = Class::Punct;
const Y: Class = Class::Symbol;

/// Classes of the 128 ASCII bytes.
const ASCII: [Class; 128] = [
    // 0x00-0x0F: controls (tab, newline, CR, ...)
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, //
    // 0x10-0x1F
    S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, S, //
    // ' ' ! " # $ % & ' ( ) * + , - . /
    S, P, P, Y, Y, Y, Y, P, P, P, Y, Y, P, P, P, P, //
    // 0-9 : ; < = > ?
    D, D, D, D, D, D, D, D, D, D, P, P, Y, Y, Y, P, //
    // @ A-O
    Y, U, U, U, U, U, U, U, U, U, U, U, U, U, U, U, //
    // P-Z [ \ ] ^ _
    U, U, U, U, U, U, U, U, U, U, U, P, P, P, Y, Y, //
    // ` a-o
    P, L, L, L, L, L, L, L, L, L, L, L, L, L, L, L, //
    // p-z { | } ~ DEL
    L, L, L, L, L, L, L, L, L, L, L, P, Y, P, Y, S, //
];

/// The class of an ASCII byte.
#[inline]
pub(crate) fn ascii_class(b: u8) -> Class {
    ASCII[(b & 0x7f) as usize]
}

/// Flags of single bytes for the tokenizer's ASCII fast paths ([`BYTE_FLAGS`]).
pub(crate) mod flag {
    /// An ASCII space or control character (class [`Space`](super::Class::Space)).
    pub(crate) const SPACE: u8 = 1;
    /// An ASCII letter.
    pub(crate) const LETTER: u8 = 2;
    /// An ASCII digit.
    pub(crate) const DIGIT: u8 = 4;
    /// An ASCII byte that ends a run of ASCII letters and digits starting with a letter
    /// with nothing more to decide: not a letter or digit, and none of the bytes after which
    /// a word may go on or become something else (`. : _ - + % @ / ' &`).
    pub(crate) const WORD_END: u8 = 8;
    /// An ASCII byte that ends a run of digits as a plain number: not a letter or digit, and
    /// none of the separators of numbers, times and dates (`. , : / -`).
    pub(crate) const NUMBER_END: u8 = 16;
    /// ASCII punctuation (class [`Punct`](super::Class::Punct)).
    pub(crate) const PUNCT: u8 = 32;
    /// A byte that may appear in the local part of an e-mail address: an ASCII letter or
    /// digit, or one of `. _ % + -`.
    pub(crate) const EMAIL_LOCAL: u8 = 64;
}

/// [`flag`]s of every byte; bytes of multi-byte characters (0x80 and up) have none.
pub(crate) static BYTE_FLAGS: [u8; 256] = byte_flags();

const fn byte_flags() -> [u8; 256] {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let class = ASCII[b];
        let byte = b as u8;
        let mut f = 0;
        let alnum = byte.is_ascii_alphanumeric();
        if matches!(class, Class::Space) {
            f |= flag::SPACE;
        }
        if matches!(class, Class::Punct) {
            f |= flag::PUNCT;
        }
        if byte.is_ascii_alphabetic() {
            f |= flag::LETTER;
        }
        if byte.is_ascii_digit() {
            f |= flag::DIGIT;
        }
        if !alnum
            && !matches!(
                byte,
                b'.' | b':' | b'_' | b'-' | b'+' | b'%' | b'@' | b'/' | b'\'' | b'&'
            )
        {
            f |= flag::WORD_END;
        }
        if !alnum && !matches!(byte, b'.' | b',' | b':' | b'/' | b'-') {
            f |= flag::NUMBER_END;
        }
        if alnum || matches!(byte, b'.' | b'_' | b'%' | b'+' | b'-') {
            f |= flag::EMAIL_LOCAL;
        }
        t[b] = f;
        b += 1;
    }
    t
}

/// The class of any character.
#[inline]
#[cfg(test)]
pub(crate) fn class_of(c: char) -> Class {
    if c.is_ascii() {
        ascii_class(c as u8)
    } else {
        unicode_class(c)
    }
}

fn unicode_class(c: char) -> Class {
    let u = c as u32;
    if is_extend(u) {
        return Class::Extend;
    }
    if c.is_whitespace() || is_invisible(u) || c.is_control() {
        return Class::Space;
    }
    if is_punct(u) {
        return Class::Punct;
    }
    if is_symbol(u) {
        return Class::Symbol;
    }
    if c.is_uppercase() {
        Class::Upper
    } else if c.is_lowercase() {
        Class::Lower
    } else {
        Class::Letter
    }
}

/// Invisible format characters that separate nothing visible but must not glue tokens:
/// ZWSP, word joiner, BOM, bidi marks, embeddings, overrides and isolates, Arabic letter mark.
fn is_invisible(u: u32) -> bool {
    matches!(
        u,
        0x200B | 0x200E | 0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF
            | 0x061C | 0x180E
    )
}

/// Characters that attach to the one before them.
fn is_extend(u: u32) -> bool {
    matches!(
        u,
        0x0300..=0x036F
            | 0x0483..=0x0489
            | 0x1AB0..=0x1AFF
            | 0x1DC0..=0x1DFF
            | 0x200C
            | 0x200D
            | 0x20D0..=0x20FF
            | 0xFE00..=0xFE0F
            | 0xFE20..=0xFE2F
            | 0x1F3FB..=0x1F3FF
            | 0xE0020..=0xE007F
            | 0xE0100..=0xE01EF
    )
}

fn is_punct(u: u32) -> bool {
    matches!(
        u,
        0x00A1
            | 0x00A7
            | 0x00AB
            | 0x00B6
            | 0x00B7
            | 0x00BB
            | 0x00BF
            | 0x037E
            | 0x0387
            | 0x055A..=0x055F
            | 0x0589
            | 0x05BE
            | 0x05C0
            | 0x05C3
            | 0x05F3
            | 0x05F4
            | 0x060C
            | 0x060D
            | 0x061B
            | 0x061E
            | 0x061F
            | 0x066A..=0x066D
            | 0x06D4
            | 0x0964
            | 0x0965
            | 0x0E4F
            | 0x0E5A
            | 0x0E5B
            | 0x2010..=0x2027
            | 0x2030..=0x205E
            | 0x2E00..=0x2E7F
            | 0x3001..=0x3003
            | 0x3008..=0x3011
            | 0x3014..=0x301F
            | 0x30FB
            | 0xFE10..=0xFE19
            | 0xFE30..=0xFE4F
            | 0xFE50..=0xFE6B
            | 0xFF01..=0xFF0F
            | 0xFF1A..=0xFF20
            | 0xFF3B..=0xFF40
            | 0xFF5B..=0xFF65
    )
}

fn is_symbol(u: u32) -> bool {
    matches!(
        u,
        0x00A2..=0x00A6
            | 0x00A8
            | 0x00A9
            | 0x00AC
            | 0x00AE
            | 0x00AF
            | 0x00B0
            | 0x00B1
            | 0x00B4
            | 0x00B8
            | 0x00D7
            | 0x00F7
            | 0x02C2..=0x02C5
            | 0x02D2..=0x02DF
            | 0x0606..=0x0608
            | 0x060B
            | 0x0E3F
            | 0x20A0..=0x20CF
            | 0x2100..=0x2101
            | 0x2103..=0x2106
            | 0x2108..=0x2109
            | 0x2114
            | 0x2116..=0x2118
            | 0x211E..=0x2123
            | 0x2125
            | 0x2127
            | 0x2129
            | 0x212E
            | 0x2190..=0x245F
            | 0x2500..=0x2775
            | 0x2794..=0x2BFF
            | 0x3004
            | 0x3012
            | 0x3013
            | 0x3020
            | 0xFFE0..=0xFFEE
            | 0xFFFC
            | 0xFFFD
            | 0x1F000..=0x1F1FF
            | 0x1F200..=0x1FAFF
    )
}

/// True for regional-indicator letters, which pair up into flags.
#[inline]
pub(crate) fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

/// The character starting at byte `i` of `s` (which must be a char boundary below `s.len()`)
/// and its class.
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> (char, Class) {
    let b = s.as_bytes()[i];
    if b < 0x80 {
        (b as char, ascii_class(b))
    } else {
        let c = s[i..].chars().next().unwrap_or('\u{FFFD}');
        (c, unicode_class(c))
    }
}

/// Number of chars in `bytes` (valid UTF-8): bytes that do not continue a sequence.
#[inline]
pub(crate) fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_classes() {
        assert_eq!(class_of('a'), Class::Lower);
        assert_eq!(class_of('Z'), Class::Upper);
        assert_eq!(class_of('7'), Class::Digit);
        assert_eq!(class_of('.'), Class::Punct);
        assert_eq!(class_of('-'), Class::Punct);
        assert_eq!(class_of('%'), Class::Symbol);
        assert_eq!(class_of('@'), Class::Symbol);
        assert_eq!(class_of('\n'), Class::Space);
        assert_eq!(class_of('\0'), Class::Space);
    }

    #[test]
    fn unicode_classes() {
        assert_eq!(class_of('é'), Class::Lower);
        assert_eq!(class_of('İ'), Class::Upper);
        assert_eq!(class_of('高'), Class::Letter);
        assert_eq!(class_of('ا'), Class::Letter);
        assert_eq!(class_of('²'), Class::Letter);
        assert_eq!(class_of('\u{0301}'), Class::Extend);
        assert_eq!(class_of('\u{200D}'), Class::Extend);
        assert_eq!(class_of('\u{00A0}'), Class::Space);
        assert_eq!(class_of('\u{200B}'), Class::Space);
        assert_eq!(class_of('\u{200F}'), Class::Space);
        assert_eq!(class_of('–'), Class::Punct);
        assert_eq!(class_of('’'), Class::Punct);
        assert_eq!(class_of('…'), Class::Punct);
        assert_eq!(class_of('€'), Class::Symbol);
        assert_eq!(class_of('😀'), Class::Symbol);
        assert_eq!(class_of('°'), Class::Symbol);
    }

    #[test]
    fn counts_chars_of_utf8() {
        assert_eq!(count_chars("Sa’bani".as_bytes()), 7);
        assert_eq!(count_chars("".as_bytes()), 0);
        assert_eq!(count_chars("👩‍👩‍👧".as_bytes()), 5);
    }
}
