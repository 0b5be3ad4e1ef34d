//! The function-word lexicon (`lexicons/function_words.tsv`): Indonesian closed-class words
//! and what they say about sentence boundaries. Probed case-insensitively through a stack
//! buffer, without allocating.

use super::hash::{FoldHashMap, KeyFilter};

use crate::error::{Error, Result};
use crate::lexicon::format;
use crate::lexicon::LexiconText;

/// The columns of the function-word lexicon.
const COLUMNS: [&str; 4] = ["form", "class", "sentence_start", "sentence_end"];

/// The built-in function-word lexicon.
pub(crate) const BUILTIN: &str = include_str!("../../lexicons/function_words.tsv");

/// How a function word bears on sentence boundaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Role {
    /// Capitalised, it starts a sentence and is never part of a name.
    pub(crate) starts: bool,
    /// It may end a sentence (`false`: a line ending with it continues).
    pub(crate) ends: bool,
    /// A verb of saying (class `speech`): a quotation right after it is what is said.
    pub(crate) speech: bool,
}

/// The compiled function-word lexicon.
#[derive(Clone, Debug, Default)]
pub(crate) struct FunctionWords {
    map: FoldHashMap<Box<str>, Role>,
    max_len: usize,
    /// The forms of `map`, for turning most words away before lower-casing and hashing.
    filter: KeyFilter,
}

impl FunctionWords {
    /// The built-in lexicon.
    pub(crate) fn builtin() -> FunctionWords {
        FunctionWords::parse(&LexiconText::new("builtin:function_words.tsv", BUILTIN))
            .expect("the built-in function-word lexicon is valid (checked by a unit test)")
    }

    /// Compiles a function-word lexicon.
    pub(crate) fn parse(text: &LexiconText) -> Result<FunctionWords> {
        let mut words = FunctionWords::default();
        for rec in format::parse(&text.source, &text.text, &COLUMNS, 4)? {
            let err = |reason: String| Error::lexicon(&text.source, rec.line, reason);
            let form = rec.get(0);
            if form.chars().any(|c| !c.is_lowercase()) {
                return Err(err(format!("form `{form}` must be lower-case letters")));
            }
            let flag = |i: usize| match rec.get(i) {
                "yes" => Ok(true),
                "no" => Ok(false),
                other => Err(err(format!(
                    "`{}` must be `yes` or `no`, found `{other}`",
                    COLUMNS[i]
                ))),
            };
            let role = Role {
                starts: flag(2)?,
                ends: flag(3)?,
                speech: rec.get(1) == "speech",
            };
            words.max_len = words.max_len.max(form.len());
            words.map.insert(form.into(), role);
        }
        words.filter = KeyFilter::new(words.map.keys().map(|k| k.as_bytes()), ascii_lower);
        Ok(words)
    }

    /// The role of `word`, compared case-insensitively (ASCII case folding).
    #[inline]
    pub(crate) fn role(&self, word: &str) -> Option<Role> {
        let bytes = word.as_bytes();
        if bytes.len() > self.max_len
            || bytes.is_empty()
            || !self.filter.may_contain(bytes, ascii_lower)
        {
            return None;
        }
        let mut buf = [0u8; 32];
        if bytes.len() > buf.len() {
            return None;
        }
        for (d, s) in buf.iter_mut().zip(bytes) {
            *d = s.to_ascii_lowercase();
        }
        let lower = std::str::from_utf8(&buf[..bytes.len()]).ok()?;
        self.map.get(lower).copied()
    }
}

/// ASCII lower case of one byte (other bytes unchanged).
fn ascii_lower(b: u8) -> u8 {
    b.to_ascii_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_parses() {
        let w = FunctionWords::builtin();
        assert!(w.map.len() > 150);
        let pada = w.role("Pada").unwrap();
        assert!(pada.starts && !pada.ends);
        assert!(w.role("ini").unwrap().ends);
        assert!(!w.role("Anda").unwrap().starts);
        assert_eq!(w.role("Samarinda"), None);
        assert!(w.role("mengatakan").unwrap().speech);
        assert!(!w.role("dan").unwrap().speech);
    }

    #[test]
    fn bad_flag_is_an_error() {
        let t = LexiconText::new(
            "w.tsv",
            "form\tclass\tsentence_start\tsentence_end\ndan\tconjunction\tya\tno\n",
        );
        let e = FunctionWords::parse(&t).unwrap_err();
        assert_eq!(
            e.to_string(),
            "w.tsv:2: `sentence_start` must be `yes` or `no`, found `ya`"
        );
    }
}
