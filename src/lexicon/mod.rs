//! Lexicons: plain UTF-8 text files in `lexicons/`, embedded as defaults and replaceable or
//! extendable by users.

pub mod acronyms;
pub(crate) mod fields;
pub mod format;
pub mod geography;
pub mod matcher;
pub mod organizations;
pub mod people;
pub mod places;
pub mod titles;
pub(crate) mod vocab;

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
    /// Words around place names (administrative prefixes, feature words, titles, locatives):
    /// `lexicons/place_context.tsv`, read by the place recogniser.
    PlaceContext,
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
    /// Titles and positions of officials: `lexicons/titles.tsv`, loaded by
    /// [`titles::Titles`].
    Titles,
    /// Modifiers of positions (Plt., Pj., mantan): `lexicons/title_modifiers.tsv`, loaded by
    /// [`titles::TitleModifiers`].
    TitleModifiers,
    /// Honorifics before names (H., Hj., Dr., dr., Bapak, Teuku): `lexicons/honorifics.tsv`,
    /// loaded by [`people::Honorifics`].
    Honorifics,
    /// Degrees after names (S.Sos., M.Si., Sp.PD): `lexicons/degrees.tsv`, loaded by
    /// [`people::Degrees`].
    Degrees,
    /// Police and military ranks (Irjen Pol, AKBP, Kolonel Laut (P)): `lexicons/ranks.tsv`,
    /// loaded by [`people::Ranks`].
    Ranks,
    /// Head words that open organisation names and what may follow them:
    /// `lexicons/org_patterns.tsv`, loaded by [`organizations::OrgPatterns`].
    OrgPatterns,
    /// National institutions with acronyms: `lexicons/institutions.tsv`, loaded by
    /// [`organizations::Institutions`].
    Institutions,
    /// Regional bodies that take a place after them (Dinkes, Bappeda, Polres):
    /// `lexicons/regional_bodies.tsv`, loaded by [`organizations::RegionalBodies`].
    RegionalBodies,
    /// Acronyms with expansions: `lexicons/acronyms.tsv`, loaded by [`acronyms::Acronyms`].
    Acronyms,
    /// All-capital words that are not acronyms: `lexicons/acronym_stoplist.tsv`, loaded by
    /// [`acronyms::AcronymStoplist`].
    AcronymStoplist,
    /// Words before a short form that choose its reading (`Fraksi PKB`: the party):
    /// `lexicons/acronym_context.tsv`, loaded by [`acronyms::AcronymContext`].
    AcronymContext,
    /// Given names that are also ordinary words (Sakti, Budi, Wahyu): `lexicons/given_names.tsv`.
    GivenNames,
    /// Ordinary Indonesian words (generated from the Hunspell dictionary, MPL-2.0):
    /// `lexicons/words.tsv`.
    Words,
    /// Words that show a name is a person's (verbs of saying, apposition nouns) and words that
    /// block a name or a position: `lexicons/person_cues.tsv`.
    PersonCues,
}

impl LexiconKind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [LexiconKind] = &[
        LexiconKind::Abbreviations,
        LexiconKind::Regions,
        LexiconKind::Villages,
        LexiconKind::RegionAliases,
        LexiconKind::RegionAliasesCurated,
        LexiconKind::PlaceAmbiguity,
        LexiconKind::PlaceContext,
        LexiconKind::Countries,
        LexiconKind::GeoNames,
        LexiconKind::Titles,
        LexiconKind::TitleModifiers,
        LexiconKind::Honorifics,
        LexiconKind::Degrees,
        LexiconKind::Ranks,
        LexiconKind::OrgPatterns,
        LexiconKind::Institutions,
        LexiconKind::RegionalBodies,
        LexiconKind::Acronyms,
        LexiconKind::AcronymStoplist,
        LexiconKind::AcronymContext,
        LexiconKind::Roots,
        LexiconKind::Stopwords,
        LexiconKind::Topics,
        LexiconKind::Dates,
        LexiconKind::GivenNames,
        LexiconKind::Words,
        LexiconKind::PersonCues,
    ];

    /// The file name of the built-in lexicon in `lexicons/`.
    pub fn file_name(self) -> &'static str {
        match self {
            LexiconKind::Abbreviations => "abbreviations.tsv",
            LexiconKind::Regions => "regions.tsv",
            LexiconKind::Villages => "villages.tsv",
            LexiconKind::RegionAliases => "region_aliases.tsv",
            LexiconKind::RegionAliasesCurated => "region_aliases_curated.tsv",
            LexiconKind::PlaceAmbiguity => "place_ambiguity.tsv",
            LexiconKind::PlaceContext => "place_context.tsv",
            LexiconKind::Countries => "countries.tsv",
            LexiconKind::GeoNames => "geo_names.tsv",
            LexiconKind::Roots => "roots.tsv",
            LexiconKind::Stopwords => "stopwords.tsv",
            LexiconKind::Topics => "topics.tsv",
            LexiconKind::Dates => "dates.tsv",
            LexiconKind::GivenNames => "given_names.tsv",
            LexiconKind::Words => "words.tsv",
            LexiconKind::PersonCues => "person_cues.tsv",
            LexiconKind::Titles => "titles.tsv",
            LexiconKind::TitleModifiers => "title_modifiers.tsv",
            LexiconKind::Honorifics => "honorifics.tsv",
            LexiconKind::Degrees => "degrees.tsv",
            LexiconKind::Ranks => "ranks.tsv",
            LexiconKind::OrgPatterns => "org_patterns.tsv",
            LexiconKind::Institutions => "institutions.tsv",
            LexiconKind::RegionalBodies => "regional_bodies.tsv",
            LexiconKind::Acronyms => "acronyms.tsv",
            LexiconKind::AcronymStoplist => "acronym_stoplist.tsv",
            LexiconKind::AcronymContext => "acronym_context.tsv",
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
            LexiconKind::PlaceContext => include_str!("../../lexicons/place_context.tsv"),
            LexiconKind::Countries => include_str!("../../lexicons/countries.tsv"),
            LexiconKind::GeoNames => include_str!("../../lexicons/geo_names.tsv"),
            LexiconKind::Roots => include_str!("../../lexicons/roots.tsv"),
            LexiconKind::Stopwords => include_str!("../../lexicons/stopwords.tsv"),
            LexiconKind::Topics => include_str!("../../lexicons/topics.tsv"),
            LexiconKind::Dates => include_str!("../../lexicons/dates.tsv"),
            LexiconKind::GivenNames => include_str!("../../lexicons/given_names.tsv"),
            LexiconKind::Words => include_str!("../../lexicons/words.tsv"),
            LexiconKind::PersonCues => include_str!("../../lexicons/person_cues.tsv"),
            LexiconKind::Titles => include_str!("../../lexicons/titles.tsv"),
            LexiconKind::TitleModifiers => include_str!("../../lexicons/title_modifiers.tsv"),
            LexiconKind::Honorifics => include_str!("../../lexicons/honorifics.tsv"),
            LexiconKind::Degrees => include_str!("../../lexicons/degrees.tsv"),
            LexiconKind::Ranks => include_str!("../../lexicons/ranks.tsv"),
            LexiconKind::OrgPatterns => include_str!("../../lexicons/org_patterns.tsv"),
            LexiconKind::Institutions => include_str!("../../lexicons/institutions.tsv"),
            LexiconKind::RegionalBodies => include_str!("../../lexicons/regional_bodies.tsv"),
            LexiconKind::Acronyms => include_str!("../../lexicons/acronyms.tsv"),
            LexiconKind::AcronymStoplist => include_str!("../../lexicons/acronym_stoplist.tsv"),
            LexiconKind::AcronymContext => include_str!("../../lexicons/acronym_context.tsv"),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_builtin_lexicon_opens_with_provenance() {
        for &kind in LexiconKind::ALL {
            let text = LexiconText::builtin(kind);
            assert_eq!(text.source, format!("builtin:{}", kind.file_name()));
            assert!(
                text.text.starts_with("# "),
                "{} lacks its '#' provenance header",
                kind.file_name()
            );
            let header: Vec<&str> = text
                .text
                .lines()
                .take_while(|l| l.starts_with('#'))
                .collect();
            let header = header.join("\n");
            assert!(
                header.contains("GENERATED by tools/")
                    || header.contains("by hand")
                    || header.contains("hand-written"),
                "{} does not say where its facts come from",
                kind.file_name()
            );
        }
    }
}
