//! The output model: what [`Extractor::extract`](crate::Extractor::extract) returns.
//!
//! Every type here is `Serialize + Deserialize`; the JSON shape is the crate's stable contract
//! and is documented field by field in the README. Offsets are given twice: `start`/`end` in
//! UTF-8 bytes of the original text (for Rust `&str` slicing) and `char_start`/`char_end` in
//! Unicode scalar values (for Python and JavaScript consumers).

use serde::{Deserialize, Serialize};

use crate::text::{Span, Token};

/// The structured reading of one news text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Document {
    /// Length of the input text.
    pub length: TextLength,
    /// The date relative expressions were resolved against, and where it came from.
    pub reference_date: Option<ReferenceDate>,
    /// Sentences and news-layout segments (headline, dateline, credits), in text order.
    pub sentences: Vec<Span>,
    /// Tokens, in text order; present only when asked for
    /// ([`ExtractorBuilder::tokens`](crate::ExtractorBuilder::tokens)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<Token>>,
    /// Entities, sorted by the position of their first mention.
    pub entities: Vec<Entity>,
    /// Topic labels with normalised scores, best first.
    pub topics: Vec<Topic>,
    /// Key phrases with scores, best first.
    pub keyphrases: Vec<Keyphrase>,
}

impl Document {
    /// Entities of one kind, in text order.
    pub fn entities_of(&self, kind: EntityKind) -> impl Iterator<Item = &Entity> {
        self.entities.iter().filter(move |e| e.kind() == kind)
    }
}

/// Length of a text in bytes and in chars.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextLength {
    /// UTF-8 bytes.
    pub bytes: usize,
    /// Unicode scalar values.
    pub chars: usize,
}

/// The reference date of a document: "today" for `kemarin`, `besok`, `Jumat lalu`, and the
/// year of dates written without one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct ReferenceDate {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Where the date came from.
    pub source: ReferenceDateSource,
    /// For a date inferred from the text: the span it was read from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub span: Option<Span>,
}

/// Where a [`ReferenceDate`] came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ReferenceDateSource {
    /// Given by the caller (API or `--reference-date`).
    Caller,
    /// Inferred from a full date in the document's dateline or first sentence.
    Document,
}

/// The kind of an [`Entity`], as written in the JSON `kind` field.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityKind {
    /// A person named together with a public position.
    Official,
    /// A named person with no position stated.
    Person,
    /// A geographic name.
    Place,
    /// An institution or company.
    Organization,
    /// A calendar expression.
    Date,
    /// An abbreviation or acronym.
    Acronym,
}

/// One entity: its kind-specific data, the text and span of its first mention, and the spans
/// of all its mentions.
///
/// Officials and persons are one entity per person per document (all the ways the text names
/// them are in `mentions`). Places, organisations and acronyms are one entity per distinct
/// surface form, with every occurrence of that form in `mentions`. Dates are one entity per
/// mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Entity {
    /// Kind and kind-specific fields (`kind` in JSON).
    #[serde(flatten)]
    pub data: EntityData,
    /// The text of the first mention, exactly as written.
    pub text: String,
    /// The span of the first mention.
    #[serde(flatten)]
    pub span: Span,
    /// Every mention, the first included, in text order.
    pub mentions: Vec<Mention>,
}

impl Entity {
    /// The entity's kind.
    pub fn kind(&self) -> EntityKind {
        match self.data {
            EntityData::Official(_) => EntityKind::Official,
            EntityData::Person(_) => EntityKind::Person,
            EntityData::Place(_) => EntityKind::Place,
            EntityData::Organization(_) => EntityKind::Organization,
            EntityData::Date(_) => EntityKind::Date,
            EntityData::Acronym(_) => EntityKind::Acronym,
        }
    }
}

/// One place in the text where an entity is named.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// The mention as written.
    pub text: String,
    /// Where it is.
    #[serde(flatten)]
    pub span: Span,
}

/// Kind-specific fields of an [`Entity`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum EntityData {
    /// See [`Official`].
    Official(Official),
    /// See [`Person`].
    Person(Person),
    /// See [`Place`].
    Place(Place),
    /// See [`Organization`].
    Organization(Organization),
    /// See [`DateValue`].
    Date(DateValue),
    /// See [`Acronym`].
    Acronym(Acronym),
}

/// A person bound to a public position.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Official {
    /// The name as written, without honorifics, ranks or degrees.
    pub name: String,
    /// Honorifics, ranks and degrees as written (`H`, `Dr.`, `Irjen Pol`, `S.Sos`).
    pub honorifics: Vec<String>,
    /// The position's head noun phrase (`Wali Kota`, `Kepala Dinas`, `Gubernur`).
    pub title: String,
    /// A modifier of the position: `Plt`, `Pj`, `Plh`, `mantan`, `eks`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modifier: Option<String>,
    /// The place or organisation the position belongs to, as written.
    pub jurisdiction: Option<String>,
    /// Index in [`Document::entities`] of the place or organisation entity named by
    /// `jurisdiction`, when the text names it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jurisdiction_entity: Option<usize>,
    /// Other ways the text names the same person (`Roby`, `Pak Wali Kota`).
    pub aliases: Vec<String>,
}

/// A named person with no position stated.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Person {
    /// The name as written, without honorifics or degrees.
    pub name: String,
    /// Honorifics and degrees as written.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub honorifics: Vec<String>,
    /// Other ways the text names the same person.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// The administrative or geographic level of a place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum PlaceLevel {
    /// A country.
    Country,
    /// A province (provinsi).
    Province,
    /// A regency (kabupaten).
    Regency,
    /// A city (kota).
    City,
    /// A district (kecamatan, distrik).
    District,
    /// A village (desa, kelurahan).
    Village,
    /// An island or island group.
    Island,
    /// A wider region (Kalimantan, Nusantara, Asia Tenggara).
    Region,
}

/// A geographic name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Place {
    /// Canonical name (`Kalimantan Timur` for `Kaltim`).
    pub name: String,
    /// Official Kemendagri region code (`64`, `64.71`, `64.71.01`), or null when the place has
    /// none or the text does not say which of several it is.
    pub code: Option<String>,
    /// Level, when known.
    pub level: Option<PlaceLevel>,
    /// When the name is ambiguous and the document does not settle it: every candidate.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<PlaceCandidate>,
}

/// One reading of an ambiguous place name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlaceCandidate {
    /// Canonical name.
    pub name: String,
    /// Official region code.
    pub code: String,
    /// Level.
    pub level: PlaceLevel,
}

/// An institution or company.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Organization {
    /// Canonical name (the full form when the text or the lexicon gives it).
    pub name: String,
    /// The acronym form, when the text or the lexicon links one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acronym: Option<String>,
}

/// How precise a date value is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DateGrain {
    /// `2021-06-17`
    Day,
    /// `2021-06`
    Month,
    /// `2021`
    Year,
    /// `T10:00+08:00` or `2021-06-17T10:00+08:00`
    Time,
    /// `A/B`
    Interval,
}

/// A calendar expression.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DateValue {
    /// ISO 8601 value, or null when it cannot be determined (a relative expression without a
    /// reference date).
    pub value: Option<String>,
    /// Precision of the value.
    pub grain: DateGrain,
    /// True when the value was computed from the reference date (`besok`, `Jumat lalu`,
    /// a date without a year).
    pub relative: bool,
    /// Part of the day stated with it (`pagi`, `siang`, `sore`, `malam`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_of_day: Option<String>,
    /// True when a stated weekday contradicts the date (`Kamis (18/6/2021)`).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub weekday_mismatch: bool,
}

/// Where an acronym's expansion came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum ExpansionSource {
    /// Defined in the text itself (`Bantuan Produktif Usaha Mikro (BPUM)`).
    Text,
    /// From the acronym lexicon.
    Lexicon,
    /// Unknown: `expansion` is null.
    Unknown,
}

/// An abbreviation or acronym.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Acronym {
    /// The expansion, or null when unknown.
    pub expansion: Option<String>,
    /// Where the expansion came from.
    pub source: ExpansionSource,
}

/// A topic label with its normalised score and the terms that triggered it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Topic {
    /// A label from the topic taxonomy (`umkm-koperasi`).
    pub label: String,
    /// Score in `[0, 1]`; a document's scores sum to at most 1.
    pub score: f64,
    /// The terms that contributed, strongest first.
    pub terms: Vec<String>,
}

/// A key phrase of the document.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Keyphrase {
    /// The phrase as most often written.
    pub text: String,
    /// Relevance score in `[0, 1]`, higher is better.
    pub score: f64,
}
