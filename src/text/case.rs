//! Lower-casing single words without allocating: the form `str::to_lowercase` gives, borrowed
//! when the word is already lower case, on the stack when it is short ASCII, on the heap only
//! otherwise. The recognisers look words up by their lower-case form once per token.

use std::ops::Deref;

/// How long a lower-case form may be to stay on the stack.
const INLINE: usize = 64;

/// A token in lower case, as `str::to_lowercase` gives it: borrowed when the token is its own
/// lower case, on the stack when it is short ASCII, on the heap otherwise (rare).
pub(crate) enum Lower<'a> {
    /// The token as written.
    Same(&'a str),
    /// Lower-cased ASCII bytes and their length.
    Inline([u8; INLINE], u8),
    /// Anything else.
    Owned(String),
}

impl Deref for Lower<'_> {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Lower::Same(s) => s,
            // Only ASCII bytes are stored inline, so this is always UTF-8.
            Lower::Inline(buf, n) => std::str::from_utf8(&buf[..usize::from(*n)]).unwrap_or(""),
            Lower::Owned(s) => s,
        }
    }
}

/// True when `word` starts with an upper-case letter.
pub(crate) fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// `s` in lower case.
pub(crate) fn lower(s: &str) -> Lower<'_> {
    if s.is_ascii() {
        if !s.bytes().any(|b| b.is_ascii_uppercase()) {
            return Lower::Same(s);
        }
        if s.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            buf[..s.len()].copy_from_slice(s.as_bytes());
            buf[..s.len()].make_ascii_lowercase();
            return Lower::Inline(buf, s.len() as u8);
        }
    } else if s.chars().all(lowers_to_itself) {
        return Lower::Same(s);
    }
    Lower::Owned(s.to_lowercase())
}

/// Whether `c` is its own lower case.
fn lowers_to_itself(c: char) -> bool {
    let mut lower = c.to_lowercase();
    lower.next() == Some(c) && lower.next().is_none()
}
