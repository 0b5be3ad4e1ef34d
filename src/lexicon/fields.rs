//! Shared helpers for the typed lexicon loaders: keyword columns, lists, flags, duplicate keys,
//! and the name folding used for lookups.
//!
//! Every error names the lexicon (file path or `builtin:FILE`), the 1-based line and the reason.

use std::collections::hash_map::Entry;
use std::fmt::Display;
use std::hash::Hash;

use crate::error::{Error, Result};
use crate::lexicon::format::{self, Record};
use crate::lexicon::LexiconText;
use crate::text::hash::FoldHashMap;

/// Parses every text of one lexicon kind with [`format::parse`], calling `row` for each record
/// with the text's source name.
pub(crate) fn for_each_record<'t>(
    texts: &'t [LexiconText],
    columns: &[&str],
    required: usize,
    mut row: impl FnMut(&'t str, &Record<'t>) -> Result<()>,
) -> Result<()> {
    for text in texts {
        format::for_each(&text.source, &text.text, columns, required, |rec| {
            row(&text.source, rec)
        })?;
    }
    Ok(())
}

/// Reads `value` of column `column` as one of the keywords in `table`.
pub(crate) fn keyword<T: Copy>(
    source: &str,
    line: usize,
    column: &str,
    value: &str,
    table: &[(&str, T)],
) -> Result<T> {
    table
        .iter()
        .find(|(k, _)| *k == value)
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            let expected: Vec<&str> = table.iter().map(|(k, _)| *k).collect();
            Error::lexicon(
                source,
                line,
                format!(
                    "unknown {column} `{value}` (expected one of: {})",
                    expected.join(", ")
                ),
            )
        })
}

/// Reads a `yes`/`no` column.
pub(crate) fn yes_no(source: &str, line: usize, column: &str, value: &str) -> Result<bool> {
    keyword(source, line, column, value, &[("yes", true), ("no", false)])
}

/// The items of a comma-separated list column; empty items are an error.
pub(crate) fn list<'a>(
    source: &str,
    line: usize,
    column: &str,
    value: &'a str,
) -> Result<Vec<&'a str>> {
    if value.is_empty() {
        return Ok(Vec::new());
    }
    value
        .split(',')
        .map(|item| {
            if item.is_empty() || item.trim() != item {
                Err(Error::lexicon(
                    source,
                    line,
                    format!("bad list in {column} `{value}`: items are separated by a bare comma"),
                ))
            } else {
                Ok(item)
            }
        })
        .collect()
}

/// Reads a non-negative integer column.
pub(crate) fn count(source: &str, line: usize, column: &str, value: &str) -> Result<u32> {
    value.parse::<u32>().map_err(|_| {
        Error::lexicon(
            source,
            line,
            format!("{column} must be a non-negative integer, found `{value}`"),
        )
    })
}

/// Remembers where each key was first defined and rejects a second definition.
#[derive(Debug)]
pub(crate) struct Seen<'s, K> {
    first: FoldHashMap<K, (&'s str, usize)>,
    what: &'static str,
}

impl<'s, K: Hash + Eq + Display> Seen<'s, K> {
    /// A tracker whose errors call the key `what` (e.g. "code").
    pub(crate) fn new(what: &'static str) -> Self {
        Seen {
            first: FoldHashMap::default(),
            what,
        }
    }

    /// Records `key` at `source:line`; a key seen before is an error naming both places.
    pub(crate) fn insert(&mut self, key: K, source: &'s str, line: usize) -> Result<()> {
        match self.first.entry(key) {
            Entry::Occupied(e) => {
                let (s, l) = e.get();
                Err(Error::lexicon(
                    source,
                    line,
                    format!(
                        "duplicate {} `{}` (first defined at {s}:{l})",
                        self.what,
                        e.key()
                    ),
                ))
            }
            Entry::Vacant(e) => {
                e.insert((source, line));
                Ok(())
            }
        }
    }
}

/// The lookup key of a name: lower case, hyphens as spaces, runs of spaces collapsed, curly
/// apostrophes as `'`. `Siborong-Borong` and `siborong borong` share one key.
pub fn fold_name(name: &str) -> String {
    if is_folded_ascii(name) {
        return name.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(name.len());
    let mut space = false;
    for c in name.trim().chars() {
        let c = match c {
            '-' => ' ',
            '\u{2019}' | '\u{2018}' | '`' => '\'',
            c => c,
        };
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.extend(c.to_lowercase());
    }
    out
}

/// True when `name` folds to its ASCII lower case: ASCII with single spaces between words
/// and no hyphen or backtick.
#[inline]
fn is_folded_ascii(name: &str) -> bool {
    let mut after_space = true;
    for &b in name.as_bytes() {
        match b {
            b' ' if after_space => return false,
            b' ' => after_space = true,
            b'-' | b'`' | 0x80.. => return false,
            b if char::from(b).is_whitespace() => return false,
            _ => after_space = false,
        }
    }
    !after_space || name.is_empty()
}

/// Calls `f` with [`fold_name`] of `name`, without allocating when the name is short ASCII.
pub(crate) fn with_folded<R>(name: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    if name.len() <= buf.len() && is_folded_ascii(name) {
        let buf = &mut buf[..name.len()];
        buf.copy_from_slice(name.as_bytes());
        buf.make_ascii_lowercase();
        if let Ok(folded) = std::str::from_utf8(buf) {
            return f(folded);
        }
    }
    f(&fold_name(name))
}

/// Checks that `value` has no characters that would break matching (control characters).
pub(crate) fn plain_text(source: &str, line: usize, column: &str, value: &str) -> Result<()> {
    if value.chars().any(char::is_control) {
        return Err(Error::lexicon(
            source,
            line,
            format!(
                "{column} `{}` contains a control character",
                value.escape_debug()
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyword_error_lists_the_choices() {
        let err = keyword("x.tsv", 3, "level", "kota", &[("city", 1), ("regency", 2)])
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "x.tsv:3: unknown level `kota` (expected one of: city, regency)"
        );
    }

    #[test]
    fn list_rejects_empty_items() {
        assert_eq!(list("x", 1, "c", "a,b").unwrap(), vec!["a", "b"]);
        assert!(list("x", 1, "c", "").unwrap().is_empty());
        assert!(list("x", 1, "c", "a,,b").is_err());
        assert!(list("x", 1, "c", "a, b").is_err());
    }

    #[test]
    fn seen_names_both_places() {
        let mut seen = Seen::new("code");
        seen.insert("64".to_string(), "a.tsv", 2).unwrap();
        let err = seen.insert("64".to_string(), "b.tsv", 9).unwrap_err();
        assert_eq!(
            err.to_string(),
            "b.tsv:9: duplicate code `64` (first defined at a.tsv:2)"
        );
    }

    #[test]
    fn fold_name_unifies_case_hyphens_and_spaces() {
        assert_eq!(fold_name("Siborong-Borong"), "siborong borong");
        assert_eq!(fold_name("  Kutai   Kartanegara "), "kutai kartanegara");
        assert_eq!(fold_name("Soka\u{2019}an"), "soka'an");
        assert_eq!(fold_name("İstanbul"), "i\u{307}stanbul");
        for name in [
            "Kota  Baru",
            " Kota",
            "Kota ",
            "",
            "Tanjung\tPinang",
            "A\u{b}B",
            "Sa`bani",
        ] {
            assert_eq!(
                with_folded(name, str::to_string),
                fold_name(name),
                "{name:?}"
            );
        }
        assert_eq!(
            with_folded("Kutai Kartanegara", str::to_string),
            "kutai kartanegara"
        );
    }

    #[test]
    fn count_rejects_non_numbers() {
        assert_eq!(count("x", 1, "n", "12").unwrap(), 12);
        assert!(count("x", 1, "n", "-1").is_err());
        assert!(count("x", 1, "n", "one").is_err());
    }
}
