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
    let mut header_seen = false;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let raw = if line == 1 {
            raw.strip_prefix('\u{feff}').unwrap_or(raw)
        } else {
            raw
        };
        if raw.trim().is_empty() || raw.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = raw.split('\t').collect();
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
            if j < required && f.trim().is_empty() {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("field `{}` is empty", columns[j]),
                ));
            }
            if f.trim() != *f {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("field `{}` has leading or trailing spaces", columns[j]),
                ));
            }
        }
        records.push(Record { line, fields });
    }
    if !header_seen {
        return Err(Error::lexicon(
            source,
            1,
            format!("no header line `{}`", columns.join("\\t")),
        ));
    }
    Ok(records)
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
