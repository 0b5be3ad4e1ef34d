//! Lexicons: plain UTF-8 text files in `lexicons/`, embedded as defaults and replaceable or
//! extendable by users.

pub(crate) mod fields;
pub mod format;
pub mod geography;
pub mod matcher;
pub mod places;

use std::path::Path;

use crate::error::{Error, Result};

/// Which lexicon a text is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum LexiconKind {
    /// Abbreviations written with periods (`dll.`, `Jl.`, `S.Sos.`): `lexicons/abbreviations.tsv`.
    Abbreviations,
    /// Provinces, regencies, cities and districts with Kemendagri codes (generated):
    /// `lexicons/regions.tsv`, loaded by [`places::Regions`].
    Regions,
    /// Villages (desa, kelurahan), generated; off by default: `lexicons/villages.tsv`,
    /// loaded by [`places::Villages`].
    Villages,
    /// News names of regions from the region data (generated): `lexicons/region_aliases.tsv`,
    /// loaded by [`places::RegionAliases`].
    RegionAliases,
    /// More news names of regions, curated by hand (towns, abbreviations):
    /// `lexicons/region_aliases_curated.tsv`, loaded by [`places::RegionAliases`].
    RegionAliasesCurated,
    /// Words that make place names ambiguous: `lexicons/place_ambiguity.tsv`, loaded by
    /// [`places::AmbiguousWords`].
    PlaceAmbiguity,
    /// Countries in their Indonesian names with ISO codes: `lexicons/countries.tsv`, loaded by
    /// [`geography::Countries`].
    Countries,
    /// Islands, regions, seas, rivers, lakes and mountains: `lexicons/geo_names.tsv`, loaded by
    /// [`geography::GeoNames`].
    GeoNames,
    /// Indonesian root words (and lemmas of irregular forms) for the stemmer:
    /// `lexicons/roots.tsv`.
    Roots,
    /// Indonesian stopwords, ignored by topics and keyphrases: `lexicons/stopwords.tsv`.
    Stopwords,
    /// Topic labels defined by weighted terms and phrases: `lexicons/topics.tsv`.
    Topics,
    /// Month, weekday, relative-time, time-zone and interval words for dates:
    /// `lexicons/dates.tsv`.
    Dates,
}

impl LexiconKind {
    /// The file name of the built-in lexicon in `lexicons/`.
    pub fn file_name(self) -> &'static str {
        match self {
            LexiconKind::Abbreviations => "abbreviations.tsv",
            LexiconKind::Regions => "regions.tsv",
            LexiconKind::Villages => "villages.tsv",
            LexiconKind::RegionAliases => "region_aliases.tsv",
            LexiconKind::RegionAliasesCurated => "region_aliases_curated.tsv",
            LexiconKind::PlaceAmbiguity => "place_ambiguity.tsv",
            LexiconKind::Countries => "countries.tsv",
            LexiconKind::GeoNames => "geo_names.tsv",
            LexiconKind::Roots => "roots.tsv",
            LexiconKind::Stopwords => "stopwords.tsv",
            LexiconKind::Topics => "topics.tsv",
            LexiconKind::Dates => "dates.tsv",
        }
    }

    fn builtin_text(self) -> &'static str {
        match self {
            LexiconKind::Abbreviations => include_str!("../../lexicons/abbreviations.tsv"),
            LexiconKind::Regions => include_str!("../../lexicons/regions.tsv"),
            LexiconKind::Villages => include_str!("../../lexicons/villages.tsv"),
            LexiconKind::RegionAliases => include_str!("../../lexicons/region_aliases.tsv"),
            LexiconKind::RegionAliasesCurated => {
                include_str!("../../lexicons/region_aliases_curated.tsv")
            }
            LexiconKind::PlaceAmbiguity => include_str!("../../lexicons/place_ambiguity.tsv"),
            LexiconKind::Countries => include_str!("../../lexicons/countries.tsv"),
            LexiconKind::GeoNames => include_str!("../../lexicons/geo_names.tsv"),
            LexiconKind::Roots => include_str!("../../lexicons/roots.tsv"),
            LexiconKind::Stopwords => include_str!("../../lexicons/stopwords.tsv"),
            LexiconKind::Topics => include_str!("../../lexicons/topics.tsv"),
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
