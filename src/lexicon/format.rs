//! The plain-text lexicon format shared by every lexicon.
//!
//! A lexicon is UTF-8 text. Lines starting with `#` are comments (each file opens with a
//! header saying where its facts come from); blank lines are ignored. The first other line
//! is the column header, which must name exactly the columns the lexicon kind expects, in
//! order. Every further line is one record: fields separated by one tab, as many as the
//! header has. Empty optional fields are allowed; empty required fields are not.

use crate::error::{Error, Result};

/// One parsed record: its 1-based line number and its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record<'a> {
    /// 1-based line number in the source.
    pub line: usize,
    /// The fields, as many as the header names.
    pub fields: Vec<&'a str>,
}

impl<'a> Record<'a> {
    /// Field `i`, already checked to exist.
    #[inline]
    pub fn get(&self, i: usize) -> &'a str {
        self.fields[i]
    }

    /// Field `i`, or `None` when empty.
    #[inline]
    pub fn opt(&self, i: usize) -> Option<&'a str> {
        Some(self.fields[i]).filter(|s| !s.is_empty())
    }
}

/// Parses `text` (named `source` in errors) as a lexicon with exactly the columns `columns`,
/// of which the first `required` must be non-empty on every line.
pub fn parse<'a>(
    source: &str,
    text: &'a str,
    columns: &[&str],
    required: usize,
) -> Result<Vec<Record<'a>>> {
    let mut records = Vec::new();
    for_each(source, text, columns, required, |rec| {
        records.push(rec.clone());
        Ok(())
    })?;
    Ok(records)
}

/// Like [`parse`], but calls `row` with each record in turn instead of collecting them (one
/// record's memory serves every line; the fields borrow from `text`).
pub(crate) fn for_each<'a>(
    source: &str,
    text: &'a str,
    columns: &[&str],
    required: usize,
    mut row: impl FnMut(&Record<'a>) -> Result<()>,
) -> Result<()> {
    let mut rec = Record {
        line: 0,
        fields: Vec::with_capacity(columns.len()),
    };
    let mut header_seen = false;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let raw = if line == 1 {
            raw.strip_prefix('\u{feff}').unwrap_or(raw)
        } else {
            raw
        };
        if raw.starts_with('#') || raw.trim().is_empty() {
            continue;
        }
        rec.line = line;
        rec.fields.clear();
        // Split at the tabs, byte by byte (a tab is one byte and never inside a character).
        let mut from = 0;
        for (k, &b) in raw.as_bytes().iter().enumerate() {
            if b == b'\t' {
                rec.fields.push(&raw[from..k]);
                from = k + 1;
            }
        }
        rec.fields.push(&raw[from..]);
        let fields = &rec.fields;
        if !header_seen {
            if fields != columns {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!(
                        "header must be `{}` (tab-separated), found `{}`",
                        columns.join("\\t"),
                        raw.replace('\t', "\\t")
                    ),
                ));
            }
            header_seen = true;
            continue;
        }
        if fields.len() != columns.len() {
            return Err(Error::lexicon(
                source,
                line,
                format!(
                    "expected {} tab-separated fields ({}), found {}",
                    columns.len(),
                    columns.join(", "),
                    fields.len()
                ),
            ));
        }
        for (j, f) in fields.iter().enumerate() {
            if !has_outer_space(f) {
                if j < required && f.is_empty() {
                    return Err(Error::lexicon(
                        source,
                        line,
                        format!("field `{}` is empty", columns[j]),
                    ));
                }
                continue;
            }
            if j < required && f.trim().is_empty() {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("field `{}` is empty", columns[j]),
                ));
            }
            return Err(Error::lexicon(
                source,
                line,
                format!("field `{}` has leading or trailing spaces", columns[j]),
            ));
        }
        row(&rec)?;
    }
    if !header_seen {
        return Err(Error::lexicon(
            source,
            1,
            format!("no header line `{}`", columns.join("\\t")),
        ));
    }
    Ok(())
}

/// True when `f` starts or ends with white space (`f.trim() != f`), looking at its first and
/// last bytes when they are ASCII.
#[inline]
fn has_outer_space(f: &str) -> bool {
    match (f.as_bytes().first(), f.as_bytes().last()) {
        (None, _) | (_, None) => false,
        (Some(&a), Some(&b)) if a < 0x80 && b < 0x80 => {
            char::from(a).is_whitespace() || char::from(b).is_whitespace()
        }
        _ => f.trim() != f,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_records_with_comments_and_blank_lines() {
        let text = "# source: test\n\nform\tkind\nJl.\tplace\n\n# more\ndll.\t\n";
        let recs = parse("t.tsv", text, &["form", "kind"], 1).unwrap();
        assert_eq!(recs.len(), 2);
        assert_eq!(recs[0].line, 4);
        assert_eq!(recs[0].fields, vec!["Jl.", "place"]);
        assert_eq!(recs[1].opt(1), None);
    }

    #[test]
    fn wrong_column_count_names_file_and_line() {
        let text = "form\tkind\nJl.\tplace\textra\n";
        let err = parse("x.tsv", text, &["form", "kind"], 1).unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.tsv:2: expected 2 tab-separated fields (form, kind), found 3"
        );
    }

    #[test]
    fn wrong_header_is_an_error() {
        let err = parse("x.tsv", "a\tb\n", &["form", "kind"], 1).unwrap_err();
        assert!(err.to_string().starts_with("x.tsv:1: header must be"));
    }

    #[test]
    fn empty_required_field_is_an_error() {
        let err = parse("x.tsv", "form\tkind\n\tplace\n", &["form", "kind"], 1).unwrap_err();
        assert_eq!(err.to_string(), "x.tsv:2: field `form` is empty");
    }

    #[test]
    fn missing_header_is_an_error() {
        assert!(parse("x.tsv", "# only comments\n", &["form"], 1).is_err());
    }
}
