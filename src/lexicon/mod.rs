//! Lexicons: plain UTF-8 text files in `lexicons/`, embedded as defaults and replaceable or
//! extendable by users.

pub mod format;

use std::path::Path;

use crate::error::{Error, Result};

/// Which lexicon a text is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LexiconKind {
    /// Abbreviations written with periods (`dll.`, `Jl.`, `S.Sos.`): `lexicons/abbreviations.tsv`.
    Abbreviations,
    /// Month, weekday, relative-time, time-zone and interval words for dates:
    /// `lexicons/dates.tsv`.
    Dates,
}

impl LexiconKind {
    /// The file name of the built-in lexicon in `lexicons/`.
    pub fn file_name(self) -> &'static str {
        match self {
            LexiconKind::Abbreviations => "abbreviations.tsv",
            LexiconKind::Dates => "dates.tsv",
        }
    }

    fn builtin_text(self) -> &'static str {
        match self {
            LexiconKind::Abbreviations => include_str!("../../lexicons/abbreviations.tsv"),
            LexiconKind::Dates => include_str!("../../lexicons/dates.tsv"),
        }
    }
}

/// The text of one lexicon and the name errors call it by.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconText {
    /// A file path, or `builtin:FILE` for an embedded default.
    pub source: String,
    /// The lexicon's content.
    pub text: String,
}

impl LexiconText {
    /// A lexicon given as a string; `source` names it in error messages.
    pub fn new(source: impl Into<String>, text: impl Into<String>) -> LexiconText {
        LexiconText {
            source: source.into(),
            text: text.into(),
        }
    }

    /// Reads a lexicon file (UTF-8).
    pub fn from_file(path: impl AsRef<Path>) -> Result<LexiconText> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|error| Error::Io {
            path: path.to_path_buf(),
            error,
        })?;
        let text = String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
            source: path.display().to_string(),
            offset: e.utf8_error().valid_up_to(),
        })?;
        Ok(LexiconText::new(path.display().to_string(), text))
    }

    /// The built-in lexicon of `kind`.
    pub fn builtin(kind: LexiconKind) -> LexiconText {
        LexiconText::new(format!("builtin:{}", kind.file_name()), kind.builtin_text())
    }
}
