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

    /// Appends the document as compact JSON to `out`: exactly the bytes
    /// `serde_json::to_writer(out, self)` writes, in a fraction of the time. Sentences,
    /// entities' texts and spans, and mentions (most of a document's JSON) are written
    /// straight into the buffer, with constant field names and plain decimal offsets, rather
    /// than through serde's calls per field and serde_json's escaping of every name; the
    /// rest goes through `serde_json`.
    pub fn write_json(&self, out: &mut Vec<u8>) -> serde_json::Result<()> {
        // About what the JSON takes, so the buffer grows once rather than doubling its way
        // up.
        let entities: usize = (self.entities.iter())
            .map(|e| 200 + e.mentions.iter().map(|m| 72 + m.text.len()).sum::<usize>())
            .sum();
        out.reserve(512 + 72 * self.sentences.len() + entities + 64 * self.keyphrases.len());
        out.extend_from_slice(b"{\"length\":");
        serde_json::to_writer(&mut *out, &self.length)?;
        out.extend_from_slice(b",\"reference_date\":");
        serde_json::to_writer(&mut *out, &self.reference_date)?;
        out.extend_from_slice(b",\"sentences\":[");
        for (i, s) in self.sentences.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.push(b'{');
            json::span_fields(out, s);
            out.push(b'}');
        }
        out.push(b']');
        if let Some(tokens) = &self.tokens {
            out.extend_from_slice(b",\"tokens\":");
            serde_json::to_writer(&mut *out, tokens)?;
        }
        out.extend_from_slice(b",\"entities\":[");
        for (i, e) in self.entities.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            json::entity(out, e)?;
        }
        out.extend_from_slice(b"],\"topics\":[");
        for (i, t) in self.topics.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            json::topic(out, t)?;
        }
        out.extend_from_slice(b"],\"keyphrases\":[");
        for (i, k) in self.keyphrases.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            json::keyphrase(out, k)?;
        }
        out.extend_from_slice(b"]}");
        Ok(())
    }
}

/// The direct JSON writing of [`Document::write_json`].
mod json {
    use super::{
        DateGrain, Entity, EntityData, ExpansionSource, Keyphrase, PlaceLevel, Span, Topic,
    };

    /// A topic: label, score and terms.
    pub(super) fn topic(out: &mut Vec<u8>, t: &Topic) -> serde_json::Result<()> {
        out.extend_from_slice(b"{\"label\":");
        string(out, &t.label)?;
        out.extend_from_slice(b",\"score\":");
        serde_json::to_writer(&mut *out, &t.score)?;
        out.extend_from_slice(b",\"terms\":");
        strings(out, &t.terms)?;
        out.push(b'}');
        Ok(())
    }

    /// A key phrase: text and score.
    pub(super) fn keyphrase(out: &mut Vec<u8>, k: &Keyphrase) -> serde_json::Result<()> {
        out.extend_from_slice(b"{\"text\":");
        string(out, &k.text)?;
        out.extend_from_slice(b",\"score\":");
        serde_json::to_writer(&mut *out, &k.score)?;
        out.push(b'}');
        Ok(())
    }

    /// `{"kind":…` and the fields of the kind, in declaration order, without the closing
    /// brace; skipped fields as the `skip_serializing_if` attributes say.
    fn data(out: &mut Vec<u8>, data: &EntityData) -> serde_json::Result<()> {
        match data {
            EntityData::Official(o) => {
                out.extend_from_slice(b"{\"kind\":\"official\",\"name\":");
                string(out, &o.name)?;
                out.extend_from_slice(b",\"honorifics\":");
                strings(out, &o.honorifics)?;
                out.extend_from_slice(b",\"title\":");
                string(out, &o.title)?;
                if let Some(m) = &o.modifier {
                    out.extend_from_slice(b",\"modifier\":");
                    string(out, m)?;
                }
                out.extend_from_slice(b",\"jurisdiction\":");
                optional(out, o.jurisdiction.as_deref())?;
                if let Some(i) = o.jurisdiction_entity {
                    out.extend_from_slice(b",\"jurisdiction_entity\":");
                    number(out, i);
                }
                out.extend_from_slice(b",\"aliases\":");
                strings(out, &o.aliases)?;
            }
            EntityData::Person(p) => {
                out.extend_from_slice(b"{\"kind\":\"person\",\"name\":");
                string(out, &p.name)?;
                if !p.honorifics.is_empty() {
                    out.extend_from_slice(b",\"honorifics\":");
                    strings(out, &p.honorifics)?;
                }
                if !p.aliases.is_empty() {
                    out.extend_from_slice(b",\"aliases\":");
                    strings(out, &p.aliases)?;
                }
            }
            EntityData::Place(p) => {
                out.extend_from_slice(b"{\"kind\":\"place\",\"name\":");
                string(out, &p.name)?;
                out.extend_from_slice(b",\"code\":");
                optional(out, p.code.as_deref())?;
                out.extend_from_slice(b",\"level\":");
                match p.level {
                    Some(level) => quoted(out, place_level(level)),
                    None => out.extend_from_slice(b"null"),
                }
                if !p.candidates.is_empty() {
                    out.extend_from_slice(b",\"candidates\":");
                    serde_json::to_writer(&mut *out, &p.candidates)?;
                }
            }
            EntityData::Organization(o) => {
                out.extend_from_slice(b"{\"kind\":\"organization\",\"name\":");
                string(out, &o.name)?;
                if let Some(a) = &o.acronym {
                    out.extend_from_slice(b",\"acronym\":");
                    string(out, a)?;
                }
            }
            EntityData::Date(d) => {
                out.extend_from_slice(b"{\"kind\":\"date\",\"value\":");
                optional(out, d.value.as_deref())?;
                out.extend_from_slice(b",\"grain\":");
                quoted(out, date_grain(d.grain));
                out.extend_from_slice(if d.relative {
                    b",\"relative\":true"
                } else {
                    b",\"relative\":false"
                });
                if let Some(p) = &d.part_of_day {
                    out.extend_from_slice(b",\"part_of_day\":");
                    string(out, p)?;
                }
                if d.weekday_mismatch {
                    out.extend_from_slice(b",\"weekday_mismatch\":true");
                }
            }
            EntityData::Acronym(a) => {
                out.extend_from_slice(b"{\"kind\":\"acronym\",\"expansion\":");
                optional(out, a.expansion.as_deref())?;
                out.extend_from_slice(b",\"source\":");
                quoted(out, expansion_source(a.source));
            }
        }
        Ok(())
    }

    /// The JSON name of a [`PlaceLevel`] (`rename_all = "snake_case"`).
    pub(super) fn place_level(l: PlaceLevel) -> &'static str {
        match l {
            PlaceLevel::Country => "country",
            PlaceLevel::Province => "province",
            PlaceLevel::Regency => "regency",
            PlaceLevel::City => "city",
            PlaceLevel::District => "district",
            PlaceLevel::Village => "village",
            PlaceLevel::Island => "island",
            PlaceLevel::Region => "region",
        }
    }

    /// The JSON name of a [`DateGrain`].
    pub(super) fn date_grain(g: DateGrain) -> &'static str {
        match g {
            DateGrain::Day => "day",
            DateGrain::Month => "month",
            DateGrain::Year => "year",
            DateGrain::Time => "time",
            DateGrain::Interval => "interval",
        }
    }

    /// The JSON name of an [`ExpansionSource`].
    pub(super) fn expansion_source(s: ExpansionSource) -> &'static str {
        match s {
            ExpansionSource::Text => "text",
            ExpansionSource::Lexicon => "lexicon",
            ExpansionSource::Unknown => "unknown",
        }
    }

    /// A name known to need no escaping, between quotes.
    fn quoted(out: &mut Vec<u8>, name: &str) {
        out.push(b'"');
        out.extend_from_slice(name.as_bytes());
        out.push(b'"');
    }

    /// A string or `null`.
    fn optional(out: &mut Vec<u8>, s: Option<&str>) -> serde_json::Result<()> {
        match s {
            Some(s) => string(out, s),
            None => {
                out.extend_from_slice(b"null");
                Ok(())
            }
        }
    }

    /// An array of strings.
    fn strings(out: &mut Vec<u8>, items: &[String]) -> serde_json::Result<()> {
        out.push(b'[');
        for (i, s) in items.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            string(out, s)?;
        }
        out.push(b']');
        Ok(())
    }

    /// An entity: `kind` and the kind's fields (as the flattened, internally tagged
    /// [`EntityData`] writes them), then text, span and mentions.
    pub(super) fn entity(out: &mut Vec<u8>, e: &Entity) -> serde_json::Result<()> {
        data(out, &e.data)?;
        out.extend_from_slice(b",\"text\":");
        string(out, &e.text)?;
        out.push(b',');
        span_fields(out, &e.span);
        out.extend_from_slice(b",\"mentions\":[");
        for (i, m) in e.mentions.iter().enumerate() {
            if i > 0 {
                out.push(b',');
            }
            out.extend_from_slice(b"{\"text\":");
            string(out, &m.text)?;
            out.push(b',');
            span_fields(out, &m.span);
            out.push(b'}');
        }
        out.extend_from_slice(b"]}");
        Ok(())
    }

    /// The four entries of a flattened span, without braces: keys and numbers appended as
    /// copies of sizes known at compile time (a number's four or eight bytes of digits, cut
    /// back to its length), which cost no call.
    pub(super) fn span_fields(out: &mut Vec<u8>, s: &Span) {
        // The keys and four numbers of up to twenty digits.
        out.reserve(128);
        out.extend_from_slice(b"\"start\":");
        push_decimal(out, s.start);
        out.extend_from_slice(b",\"end\":");
        push_decimal(out, s.end);
        out.extend_from_slice(b",\"char_start\":");
        push_decimal(out, s.char_start);
        out.extend_from_slice(b",\"char_end\":");
        push_decimal(out, s.char_end);
    }

    /// Appends `n` in decimal: below 10⁴ (most offsets in a news text) as the four bytes of
    /// [`four_digits`], below 10⁸ as the eight of [`eight_digits`], each cut back to the
    /// digits; else through [`number`].
    #[inline(always)]
    fn push_decimal(out: &mut Vec<u8>, n: usize) {
        if n < 10_000 {
            let (word, len) = four_digits(n as u32);
            out.extend_from_slice(&word.to_le_bytes());
            out.truncate(out.len() - (4 - len));
        } else if n < 100_000_000 {
            let (word, len) = eight_digits(n as u64);
            out.extend_from_slice(&word.to_le_bytes());
            out.truncate(out.len() - (8 - len));
        } else {
            number(out, n);
        }
    }

    /// A JSON string: copied between quotes when nothing in it needs escaping (no quote,
    /// backslash or control character), else escaped by `serde_json`.
    fn string(out: &mut Vec<u8>, s: &str) -> serde_json::Result<()> {
        if needs_escape(s.as_bytes()) {
            return serde_json::to_writer(&mut *out, s);
        }
        out.reserve(s.len() + 2);
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
        Ok(())
    }

    /// Whether `bytes` hold a quote, a backslash or a control character (below 0x20):
    /// told eight bytes at a time.
    pub(super) fn needs_escape(bytes: &[u8]) -> bool {
        const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
        const HIGH: u64 = u64::from_ne_bytes([0x80; 8]);
        // Whether a byte of `x` is zero; of `x ^ c`, equal to `c`'s; of `x - (n × ONES)`
        // with `!x`, below `n` (exact as a whole, whatever the other bytes).
        let special = |x: u64| {
            let quote = x ^ u64::from_ne_bytes([b'"'; 8]);
            let backslash = x ^ u64::from_ne_bytes([b'\\'; 8]);
            ((x.wrapping_sub(0x20 * ONES) & !x)
                | (quote.wrapping_sub(ONES) & !quote)
                | (backslash.wrapping_sub(ONES) & !backslash))
                & HIGH
                != 0
        };
        let word = |c: &[u8]| {
            let mut word = [0u8; 8];
            word.copy_from_slice(c);
            u64::from_ne_bytes(word)
        };
        let Some(last) = bytes.last_chunk::<8>() else {
            return bytes.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
        };
        // The bytes past the last whole chunk are read with the last eight bytes (some read
        // twice).
        bytes.chunks_exact(8).any(|c| special(word(c))) || special(u64::from_ne_bytes(*last))
    }

    /// A non-negative integer in decimal.
    pub(super) fn number(out: &mut Vec<u8>, n: usize) {
        let mut buf = [0u8; 28];
        let len = decimal(&mut buf, 0, n);
        out.extend_from_slice(buf.get(..len).unwrap_or_default());
    }

    /// The decimal digits of `0` to `99`, two by two.
    const PAIRS: &[u8; 200] = b"\
        0001020304050607080910111213141516171819\
        2021222324252627282930313233343536373839\
        4041424344454647484950515253545556575859\
        6061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899";

    /// Writes `n` in decimal into `buf` from `at`; returns where the digits end (`at` when
    /// they do not fit). A number of up to eight digits is written as the eight bytes of
    /// [`eight_digits`] (so `buf` needs eight bytes of room from `at`); a longer one two
    /// digits a step.
    #[inline(always)]
    fn decimal(buf: &mut [u8], at: usize, mut n: usize) -> usize {
        if n < 10_000 {
            if let Some(to) = buf.get_mut(at..at + 4) {
                let (word, len) = four_digits(n as u32);
                to.copy_from_slice(&word.to_le_bytes());
                return at + len;
            }
        }
        if n < 100_000_000 {
            if let Some(to) = buf.get_mut(at..at + 8) {
                let (word, len) = eight_digits(n as u64);
                to.copy_from_slice(&word.to_le_bytes());
                return at + len;
            }
        }
        let len = n.checked_ilog10().map_or(1, |l| l as usize + 1);
        let Some(digits) = buf.get_mut(at..at + len) else {
            return at;
        };
        let mut end = len;
        while n >= 100 {
            let pair = 2 * (n % 100);
            n /= 100;
            end -= 2;
            digits[end] = PAIRS[pair];
            digits[end + 1] = PAIRS[pair + 1];
        }
        if n >= 10 {
            digits[0] = PAIRS[2 * n];
            digits[1] = PAIRS[2 * n + 1];
        } else {
            digits[0] = b'0' + n as u8;
        }
        at + len
    }

    /// The decimal digits of `n` (below 10⁴, as most offsets in a news text are) as ASCII
    /// bytes, the first in the lowest byte, and how many: read from [`FOUR_DIGITS`], the
    /// count from the highest byte in use.
    #[inline(always)]
    pub(super) fn four_digits(n: u32) -> (u32, usize) {
        let word = FOUR_DIGITS
            .get(n as usize)
            .copied()
            .unwrap_or(u32::from(b'0'));
        (word, (39 - word.leading_zeros() as usize) / 8)
    }

    /// The digits of `0` to `9999` as [`four_digits`] gives them (built at compile time;
    /// 40 KB, read near where the last offset's digits were).
    static FOUR_DIGITS: [u32; 10_000] = {
        let mut table = [0u32; 10_000];
        let mut n = 0;
        while n < 10_000 {
            let mut word = 0u32;
            let mut rest = n as u32;
            // Digits from the last, each shifting the ones after it up a byte.
            loop {
                word = (word << 8) | (b'0' as u32 + rest % 10);
                rest /= 10;
                if rest == 0 {
                    break;
                }
            }
            table[n] = word;
            n += 1;
        }
        table
    };

    /// The decimal digits of `n` (below 10⁸) as ASCII bytes, the first in the lowest byte,
    /// and how many: all eight digits are made at once, two lanes of four, four of two,
    /// then eight of one (each lane's quotient by 100 or 10 as a product and a shift,
    /// exact in these ranges), and the leading zeros shifted out.
    #[inline(always)]
    pub(super) fn eight_digits(n: u64) -> (u64, usize) {
        let x = (n / 10_000) | ((n % 10_000) << 32);
        let q = ((x * 5243) >> 19) & 0x0000_007F_0000_007F;
        let x = q | ((x - q * 100) << 16);
        let q = ((x * 103) >> 10) & 0x000F_000F_000F_000F;
        let x = q | ((x - q * 10) << 8);
        let len = match n {
            0 => 1,
            _ => 8 - (x.trailing_zeros() / 8) as usize,
        };
        ((x + 0x3030_3030_3030_3030) >> (8 * (8 - len)), len)
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_and_escapes_are_written_as_serde_json_writes_them() {
        let mut numbers: Vec<usize> = (0..100_000).collect();
        let mut n = 1usize;
        while let Some(m) = n.checked_mul(10) {
            numbers.extend([n - 1, n, n + 1, m - 1]);
            n = m;
        }
        numbers.extend([99_999_999, 100_000_000, 123_456_789, usize::MAX]);
        for n in numbers {
            let mut mine = Vec::new();
            json::number(&mut mine, n);
            assert_eq!(mine, n.to_string().as_bytes(), "{n}");
        }
        // Every byte at every place of texts of up to 17 bytes.
        for len in 1..=17 {
            for at in 0..len {
                for b in 0..=255u8 {
                    let mut text = vec![b'a'; len];
                    text[at] = b;
                    let special = b < 0x20 || b == b'"' || b == b'\\';
                    assert_eq!(json::needs_escape(&text), special, "{text:?}");
                }
            }
        }
        for s in [
            "",
            "a",
            "abcdefgh",
            "abcdefg\"",
            "abcdefgh\\",
            "é\u{7f}x",
            "tab\there",
            "\u{1f}",
        ] {
            let special = s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\');
            assert_eq!(json::needs_escape(s.as_bytes()), special, "{s:?}");
            for k in 0..s.len() {
                let tail = &s.as_bytes()[k..];
                let special = tail.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\');
                assert_eq!(json::needs_escape(tail), special, "{s:?} from {k}");
            }
        }
    }

    fn same_as_serde_json(doc: &Document) {
        let mut mine = b"prefix".to_vec();
        doc.write_json(&mut mine).unwrap();
        let theirs = serde_json::to_vec(doc).unwrap();
        assert_eq!(
            String::from_utf8_lossy(&mine[6..]),
            String::from_utf8_lossy(&theirs)
        );
    }

    fn span(start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            char_start: start / 2,
            char_end: end.wrapping_mul(3),
        }
    }

    fn entity(data: EntityData, text: &str, mentions: usize) -> Entity {
        Entity {
            data,
            text: text.to_string(),
            span: span(7, 123_456),
            mentions: (0..mentions)
                .map(|i| Mention {
                    text: format!("{text}{i}"),
                    span: span(i, usize::MAX - i),
                })
                .collect(),
        }
    }

    #[test]
    fn written_json_is_serde_jsons_for_every_kind_and_option() {
        // Strings that need escaping, and some that only look like they might.
        let odd = "a\"b\\c\nd\te\u{1}f\u{1f}g\u{7f}h é/–’";
        let strings = |n: usize| (0..n).map(|i| format!("{odd}{i}")).collect::<Vec<_>>();
        let mut entities = Vec::new();
        for on in [false, true] {
            entities.push(entity(
                EntityData::Official(Official {
                    name: odd.into(),
                    honorifics: strings(usize::from(on) * 2),
                    title: "Wali Kota".into(),
                    modifier: on.then(|| "Plt".into()),
                    jurisdiction: on.then(|| odd.into()),
                    jurisdiction_entity: on.then_some(3),
                    aliases: strings(usize::from(on)),
                }),
                odd,
                usize::from(on) * 3,
            ));
            entities.push(entity(
                EntityData::Person(Person {
                    name: "Nama".into(),
                    honorifics: strings(usize::from(on)),
                    aliases: strings(usize::from(on) * 2),
                }),
                "Nama",
                1,
            ));
            entities.push(entity(
                EntityData::Place(Place {
                    name: "Bogor".into(),
                    code: on.then(|| "32.01".into()),
                    level: on.then_some(PlaceLevel::Regency),
                    candidates: if on {
                        vec![PlaceCandidate {
                            name: odd.into(),
                            code: "32.71".into(),
                            level: PlaceLevel::City,
                        }]
                    } else {
                        vec![]
                    },
                }),
                "Bogor",
                2,
            ));
            entities.push(entity(
                EntityData::Organization(Organization {
                    name: odd.into(),
                    acronym: on.then(|| "DPRD".into()),
                }),
                "DPRD",
                1,
            ));
            entities.push(entity(
                EntityData::Date(DateValue {
                    value: on.then(|| "2021-06-17".into()),
                    grain: DateGrain::Interval,
                    relative: on,
                    part_of_day: on.then(|| "pagi".into()),
                    weekday_mismatch: on,
                }),
                "besok",
                1,
            ));
            entities.push(entity(
                EntityData::Acronym(Acronym {
                    expansion: on.then(|| odd.into()),
                    source: ExpansionSource::Lexicon,
                }),
                "BPUM",
                1,
            ));
        }
        let doc = |with: bool| Document {
            length: TextLength {
                bytes: 0,
                chars: 10,
            },
            reference_date: with.then(|| ReferenceDate {
                date: "2021-06-17".into(),
                source: ReferenceDateSource::Document,
                span: Some(span(1, 2)),
            }),
            sentences: if with {
                vec![span(0, 9), span(10, 99)]
            } else {
                vec![]
            },
            tokens: None,
            entities: if with { entities.clone() } else { vec![] },
            topics: if with {
                vec![Topic {
                    label: "umkm-koperasi".into(),
                    score: 0.1 + 0.2,
                    terms: strings(2),
                }]
            } else {
                vec![]
            },
            keyphrases: if with {
                vec![Keyphrase {
                    text: odd.into(),
                    score: 1e-7,
                }]
            } else {
                vec![]
            },
        };
        same_as_serde_json(&doc(false));
        same_as_serde_json(&doc(true));
    }

    #[test]
    fn json_names_of_unit_variants_are_serdes() {
        use PlaceLevel::*;
        for l in [
            Country, Province, Regency, City, District, Village, Island, Region,
        ] {
            let name = format!("\"{}\"", json::place_level(l));
            assert_eq!(serde_json::to_string(&l).unwrap(), name);
        }
        for g in [
            DateGrain::Day,
            DateGrain::Month,
            DateGrain::Year,
            DateGrain::Time,
            DateGrain::Interval,
        ] {
            let name = format!("\"{}\"", json::date_grain(g));
            assert_eq!(serde_json::to_string(&g).unwrap(), name);
        }
        for s in [
            ExpansionSource::Text,
            ExpansionSource::Lexicon,
            ExpansionSource::Unknown,
        ] {
            let name = format!("\"{}\"", json::expansion_source(s));
            assert_eq!(serde_json::to_string(&s).unwrap(), name);
        }
    }

    #[test]
    fn written_json_of_extracted_documents_is_serde_jsons() {
        let texts = [
            "",
            "Halo.",
            "BALIKPAPAN, Kamis (17/6/2021) - Wali Kota Balikpapan H. Rahmad Mas'ud \
             meninjau UMKM di Kelurahan Gunung Samarinda bersama Dinas Koperasi dan UMKM \
             (DKUMKM) Kota Balikpapan. \"Kami mendukung,\" kata Rahmad.\n\nSenin lalu, \
             Gubernur Kaltim Isran Noor ke Samarinda pukul 10.00 WITA.",
        ];
        for tokens in [false, true] {
            let ex = crate::Extractor::builder().tokens(tokens).build().unwrap();
            for t in texts {
                same_as_serde_json(&ex.extract(t));
            }
        }
    }
}
