//! The shared dictionary: every lexicon surface form of every recogniser in one automaton, so
//! that one pass over the text finds the candidates of all of them.
//!
//! Each recogniser registers its surface forms with an [`Entry`] naming its own lexicon and
//! record; at extraction time [`Gazetteer::scan`] runs the one pass and each recogniser picks
//! the matches whose entries are its own.

use crate::error::Result;
use crate::lexicon::matcher::{DictMatch, Dictionary, DictionaryBuilder, Scratch};
use crate::text::{Token, Tokenizer};

/// What a dictionary key stands for: a lexicon and the index of a record in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Entry {
    /// A province, regency, city or district (index into `Regions`).
    Region(u32),
    /// A news name of a region (index into `RegionAliases`).
    RegionAlias(u32),
    /// A country name (index into `Countries`).
    Country(u32),
    /// An island, region, sea, river or mountain (index into `GeoNames`).
    Geo(u32),
    /// A title or position (index into `Titles`).
    Title(u32),
    /// A modifier of a title: Plt., Pj., mantan (index into `TitleModifiers`).
    TitleModifier(u32),
    /// An honorific before a name (index into `Honorifics`).
    Honorific(u32),
    /// A police or military rank, or its service, corps or status word (index into `Ranks`).
    Rank(u32),
    /// A village (index into `Villages`, when the extractor loads them).
    Village(u32),
    /// A word around place names: prefix, feature, title, locative (index into the place
    /// recogniser's context words).
    PlaceWord(u32),
    /// An acronym or abbreviation of any acronym source (index into the acronym recogniser's
    /// reading table).
    Acronym(u32),
    /// A head word that opens organisation names (index into `OrgPatterns`).
    OrgHead(u32),
    /// The full name of a national institution (index into `Institutions`).
    Institution(u32),
    /// The short form of a national institution (index into `Institutions`).
    InstitutionAcronym(u32),
    /// The name of a regional body without its place (index into `RegionalBodies`).
    RegionalBody(u32),
    /// The short form of a regional body (index into `RegionalBodies`).
    RegionalBodyAcronym(u32),
}

/// Collects the surface forms of every recogniser.
pub(crate) struct GazetteerBuilder<'a> {
    dict: DictionaryBuilder<'a, Entry>,
}

impl<'a> GazetteerBuilder<'a> {
    /// A builder normalising keys with `tokenizer`.
    pub fn new(tokenizer: &'a Tokenizer) -> Self {
        GazetteerBuilder {
            dict: DictionaryBuilder::new(tokenizer),
        }
    }

    /// Registers `surface` for `entry`.
    pub fn add(&mut self, surface: &str, entry: Entry) {
        self.dict.add(surface, entry);
    }

    /// Compiles the automaton.
    pub fn build(self) -> Result<Gazetteer> {
        Ok(Gazetteer {
            dict: self.dict.build()?,
        })
    }
}

/// The compiled shared dictionary.
#[derive(Debug, Clone)]
pub(crate) struct Gazetteer {
    dict: Dictionary<Entry>,
}

/// The result of one pass: every match, in token order (longest first among matches starting
/// on the same token), with the entries of its key borrowed from the gazetteer.
#[derive(Debug, Default)]
pub(crate) struct Scan<'g> {
    /// Matches with their entries.
    pub matches: Vec<(DictMatch, Entries<'g>)>,
}

/// The entries of one matched key.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Entries<'g>(&'g [Entry]);

impl std::ops::Deref for Entries<'_> {
    type Target = [Entry];

    fn deref(&self) -> &[Entry] {
        self.0
    }
}

impl<'g> IntoIterator for &Entries<'g> {
    type Item = &'g Entry;
    type IntoIter = std::slice::Iter<'g, Entry>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'g> Scan<'g> {
    /// The matches having at least one entry accepted by `pick`, each with an iterator over
    /// its picked entries (nothing is allocated).
    pub fn picked<'s, T: 's>(
        &'s self,
        pick: impl Fn(Entry) -> Option<T> + Copy + 's,
    ) -> impl Iterator<Item = (&'s DictMatch, impl Iterator<Item = T> + 's)> + 's {
        self.matches
            .iter()
            .filter(move |(_, entries)| entries.iter().any(|e| pick(*e).is_some()))
            .map(move |(m, entries)| (m, entries.0.iter().filter_map(move |e| pick(*e))))
    }
}

impl Gazetteer {
    /// Runs the one pass over `text`.
    pub fn scan(&self, text: &str, tokens: &[Token]) -> Scan<'_> {
        let mut scan = Scan::default();
        if self.dict.is_empty() {
            return scan;
        }
        let mut scratch = Scratch::default();
        scan.matches.reserve(tokens.len() / 2);
        self.dict.find_tokens(text, tokens, &mut scratch, |m| {
            let entries = Entries(self.dict.payloads(m.key));
            scan.matches.push((m, entries));
        });
        scan
    }
}
