//! Indonesian administrative regions with their Kemendagri codes, villages, the names news
//! uses for regions, and the words that make a place name ambiguous.
//!
//! Four lexicons, generated or curated (see each file's `#` header):
//!
//! * [`LexiconKind::Regions`] (`regions.tsv`, generated): the 38 provinces, 514 regencies and
//!   cities and 7,285 districts, each with its code, parent, homonym count, kabupaten/kota twin
//!   and [`Ambiguity`] flags.
//! * [`LexiconKind::Villages`] (`villages.tsv`, generated): the 83,762 villages. Village names
//!   repeat all over the country and many are ordinary words: accept a village only in
//!   context. The extractor loads it by default into a compact table (`VillageTable`), not
//!   into its automaton.
//! * [`LexiconKind::RegionAliases`] (`region_aliases.tsv`, generated) and
//!   [`LexiconKind::RegionAliasesCurated`] (`region_aliases_curated.tsv`, by hand): news names
//!   (`Kaltim`, `Kukar`, `Jaksel`, former spellings, towns standing for their regency).
//! * [`LexiconKind::PlaceAmbiguity`] (`place_ambiguity.tsv`, by hand): word classes that the
//!   generator used for the flags, for names users add.
//!
//! Names are looked up by [`fold_name`]: case-insensitive, hyphen = space.
//!
//! ```
//! use warta::lexicon::places::{AdminLevel, RegionAliases, Regions};
//!
//! let regions = Regions::builtin()?;
//! let balikpapan = regions.get("64.71").unwrap();
//! assert_eq!(balikpapan.name, "Balikpapan");
//! assert_eq!(balikpapan.level, AdminLevel::City);
//! assert_eq!(regions.get(balikpapan.parent.as_deref().unwrap()).unwrap().name, "Kalimantan Timur");
//!
//! let aliases = RegionAliases::builtin(&regions)?;
//! assert!(aliases.named("Kaltim").any(|a| a.code == "64"));
//! # Ok::<(), warta::Error>(())
//! ```

use crate::document::PlaceLevel;
use crate::error::{Error, Result};
use crate::lexicon::fields::{self, with_folded, Seen};
use crate::lexicon::{LexiconKind, LexiconText};
use crate::text::hash::FoldHashMap;

pub use crate::lexicon::fields::fold_name;

/// The administrative level of a [`Region`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AdminLevel {
    /// Provinsi: code `NN`.
    Province,
    /// Kabupaten: code `NN.NN` with the second part 01–69.
    Regency,
    /// Kota: code `NN.NN` with the second part 70–99.
    City,
    /// Kecamatan (distrik in Papua, kapanewon/kemantren in Yogyakarta): code `NN.NN.NN`.
    District,
}

impl AdminLevel {
    const TABLE: [(&'static str, AdminLevel); 4] = [
        ("province", AdminLevel::Province),
        ("regency", AdminLevel::Regency),
        ("city", AdminLevel::City),
        ("district", AdminLevel::District),
    ];

    /// The level as written in the lexicon.
    pub fn as_str(self) -> &'static str {
        match self {
            AdminLevel::Province => "province",
            AdminLevel::Regency => "regency",
            AdminLevel::City => "city",
            AdminLevel::District => "district",
        }
    }

    /// The output model's level.
    pub fn place_level(self) -> PlaceLevel {
        match self {
            AdminLevel::Province => PlaceLevel::Province,
            AdminLevel::Regency => PlaceLevel::Regency,
            AdminLevel::City => PlaceLevel::City,
            AdminLevel::District => PlaceLevel::District,
        }
    }

    /// The levels a parent of this level may have.
    fn parent_levels(self) -> &'static [AdminLevel] {
        match self {
            AdminLevel::Province => &[],
            AdminLevel::Regency | AdminLevel::City => &[AdminLevel::Province],
            AdminLevel::District => &[AdminLevel::Regency, AdminLevel::City],
        }
    }
}

/// Why a lexicon name may not mean what the lexicon says where it occurs (a place name that
/// is also an ordinary word, an honorific that is also a given name): a set of flags.
///
/// A recogniser should demand place context (a `Kabupaten`/`Kecamatan`/`Desa` prefix, `di`,
/// `ke`, `dari`, a dateline, a title such as `Bupati`) for a name whose flags
/// [`need context`](Ambiguity::needs_context).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Ambiguity(u8);

impl Ambiguity {
    /// No flag.
    pub const NONE: Ambiguity = Ambiguity(0);
    /// The name is a frequent ordinary word (`Baru`, `Kota`, `Batu`).
    pub const COMMON_WORD: Ambiguity = Ambiguity(1);
    /// A multi-word name made of frequent words (`Kota Baru`, `Tanah Merah`).
    pub const COMMON_PHRASE: Ambiguity = Ambiguity(1 << 1);
    /// In the dictionary, but rare in running text (`Sawang`, `Pandan`).
    pub const DICTIONARY_WORD: Ambiguity = Ambiguity(1 << 2);
    /// A common given name or surname (`Bambang`, `Purba`, `Bima`).
    pub const PERSONAL_NAME: Ambiguity = Ambiguity(1 << 3);
    /// Also an abbreviation of something else (`Karo` = Kepala Biro).
    pub const ABBREVIATION: Ambiguity = Ambiguity(1 << 4);
    /// Also the name of a language or people (`Inggris`, `Jepang`, `Arab`).
    pub const DEMONYM: Ambiguity = Ambiguity(1 << 5);
    /// A single capital letter that may be a name's initial (`H.`, `R.`, `T.`).
    pub const INITIAL: Ambiguity = Ambiguity(1 << 6);

    const TABLE: [(&'static str, Ambiguity); 7] = [
        ("common_word", Ambiguity::COMMON_WORD),
        ("common_phrase", Ambiguity::COMMON_PHRASE),
        ("dictionary_word", Ambiguity::DICTIONARY_WORD),
        ("personal_name", Ambiguity::PERSONAL_NAME),
        ("abbreviation", Ambiguity::ABBREVIATION),
        ("demonym", Ambiguity::DEMONYM),
        ("initial", Ambiguity::INITIAL),
    ];

    /// Parses a comma-separated flag list (empty: no flag).
    pub(crate) fn parse(source: &str, line: usize, value: &str) -> Result<Ambiguity> {
        let mut out = Ambiguity::NONE;
        for flag in fields::list(source, line, "ambiguity", value)? {
            out = out.union(fields::keyword(
                source,
                line,
                "ambiguity flag",
                flag,
                &Ambiguity::TABLE,
            )?);
        }
        Ok(out)
    }

    /// Both sets of flags.
    pub const fn union(self, other: Ambiguity) -> Ambiguity {
        Ambiguity(self.0 | other.0)
    }

    /// True when every flag of `other` is set.
    pub const fn contains(self, other: Ambiguity) -> bool {
        self.0 & other.0 == other.0
    }

    /// True when some flag of `other` is set.
    pub const fn intersects(self, other: Ambiguity) -> bool {
        self.0 & other.0 != 0
    }

    /// These flags without those of `other`.
    pub const fn difference(self, other: Ambiguity) -> Ambiguity {
        Ambiguity(self.0 & !other.0)
    }

    /// True when no flag is set.
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// True when a flag other than [`DICTIONARY_WORD`](Self::DICTIONARY_WORD) is set: the name
    /// should count as a place only in place context.
    pub const fn needs_context(self) -> bool {
        self.0 & !Ambiguity::DICTIONARY_WORD.0 != 0
    }

    /// The flag names, in lexicon order.
    pub fn names(self) -> impl Iterator<Item = &'static str> {
        Ambiguity::TABLE
            .into_iter()
            .filter(move |(_, f)| self.contains(*f))
            .map(|(n, _)| n)
    }
}

/// One province, regency, city or district.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Region {
    /// Kemendagri code, dotted (`64`, `64.71`, `64.71.01`).
    pub code: String,
    /// Level.
    pub level: AdminLevel,
    /// Name without the Provinsi/Kabupaten/Kota/Kecamatan prefix.
    pub name: String,
    /// Parent code; `None` for provinces.
    pub parent: Option<String>,
    /// For regencies and cities: the full decree name (`Kabupaten Bogor`, `Kota Bogor`).
    pub official_name: Option<String>,
    /// How many provinces, regencies, cities and districts share this name (1 = unique).
    pub same_name: u32,
    /// Codes of other provinces, regencies and cities with the same name
    /// (Kabupaten Bogor 32.01 ↔ Kota Bogor 32.71).
    pub twins: Vec<String>,
    /// Ambiguity flags.
    pub ambiguity: Ambiguity,
}

/// All regions of one or more `regions.tsv` texts, indexed by code and by folded name.
#[derive(Clone, Debug, Default)]
pub struct Regions {
    regions: Vec<Region>,
    by_code: FoldHashMap<String, usize>,
    by_name: FoldHashMap<String, Vec<usize>>,
    by_official_name: FoldHashMap<String, usize>,
}

const REGION_COLUMNS: [&str; 8] = [
    "code",
    "level",
    "name",
    "parent",
    "official_name",
    "same_name",
    "twin",
    "ambiguity",
];

impl Regions {
    /// Loads the built-in `regions.tsv`.
    pub fn builtin() -> Result<Regions> {
        Regions::load(&[LexiconText::builtin(LexiconKind::Regions)])
    }

    /// Loads and validates `texts` (the built-in text and any extensions) as one lexicon:
    /// codes must be well-formed for their level and unique, every parent must exist at the
    /// level above and be the code's own prefix, and every twin must exist.
    pub fn load(texts: &[LexiconText]) -> Result<Regions> {
        let mut out = Regions::default();
        let mut seen = Seen::new("code");
        let mut lines = Vec::new();
        fields::for_each_record(texts, &REGION_COLUMNS, 3, |source, rec| {
            let code = rec.get(0);
            let level = fields::keyword(source, rec.line, "level", rec.get(1), &AdminLevel::TABLE)?;
            check_code(source, rec.line, code, Some(level))?;
            seen.insert(code, source, rec.line)?;
            let name = rec.get(2);
            fields::plain_text(source, rec.line, "name", name)?;
            let parent = rec.opt(3);
            match (level, parent) {
                (AdminLevel::Province, Some(p)) => {
                    return Err(Error::lexicon(
                        source,
                        rec.line,
                        format!("province `{code}` cannot have a parent (found `{p}`)"),
                    ))
                }
                (AdminLevel::Province, None) => {}
                (_, None) => {
                    return Err(Error::lexicon(
                        source,
                        rec.line,
                        format!("{} `{code}` needs a parent code", level.as_str()),
                    ))
                }
                (_, Some(p)) => {
                    if code.rsplit_once('.').map(|(head, _)| head) != Some(p) {
                        return Err(Error::lexicon(
                            source,
                            rec.line,
                            format!("parent `{p}` is not the prefix of code `{code}`"),
                        ));
                    }
                }
            }
            let same_name = match rec.opt(5) {
                Some(v) => fields::count(source, rec.line, "same_name", v)?,
                None => 1,
            };
            let twins = fields::list(source, rec.line, "twin", rec.get(6))?
                .into_iter()
                .map(str::to_string)
                .collect();
            let region = Region {
                code: code.to_string(),
                level,
                name: name.to_string(),
                parent: parent.map(str::to_string),
                official_name: rec.opt(4).map(str::to_string),
                same_name,
                twins,
                ambiguity: Ambiguity::parse(source, rec.line, rec.get(7))?,
            };
            lines.push((source, rec.line));
            if let Some(official) = &region.official_name {
                out.by_official_name
                    .insert(fold_name(official), out.regions.len());
            }
            out.by_code.insert(region.code.clone(), out.regions.len());
            push_named(&mut out.by_name, name, out.regions.len());
            out.regions.push(region);
            Ok(())
        })?;
        for (region, (source, line)) in out.regions.iter().zip(&lines) {
            if let Some(p) = &region.parent {
                let parent = out.get(p).ok_or_else(|| {
                    Error::lexicon(source, *line, format!("parent code `{p}` does not exist"))
                })?;
                if !region.level.parent_levels().contains(&parent.level) {
                    return Err(Error::lexicon(
                        source,
                        *line,
                        format!(
                            "parent `{p}` is a {}, not a valid parent of a {}",
                            parent.level.as_str(),
                            region.level.as_str()
                        ),
                    ));
                }
            }
            for t in &region.twins {
                match out.get(t) {
                    Some(twin) if twin.level != AdminLevel::District => {}
                    Some(_) => {
                        return Err(Error::lexicon(
                            source,
                            *line,
                            format!("twin `{t}` is a district"),
                        ))
                    }
                    None => {
                        return Err(Error::lexicon(
                            source,
                            *line,
                            format!("twin code `{t}` does not exist"),
                        ))
                    }
                }
            }
        }
        Ok(out)
    }

    /// The region with this code.
    pub fn get(&self, code: &str) -> Option<&Region> {
        self.by_code.get(code).map(|&i| &self.regions[i])
    }

    /// The position of the region with this code in [`iter`](Self::iter)'s order.
    pub(crate) fn index_of(&self, code: &str) -> Option<usize> {
        self.by_code.get(code).copied()
    }

    /// True when the code exists.
    pub fn contains(&self, code: &str) -> bool {
        self.by_code.contains_key(code)
    }

    /// Every region whose name folds like `name` (all levels, in code order).
    pub fn named<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a Region> + 'a {
        with_folded(name, |k| self.by_name.get(k))
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .map(|&i| &self.regions[i])
    }

    /// The regency or city whose full decree name folds like `name` (`Kota Bogor`,
    /// `Kabupaten Bogor`, `Kota Administrasi Jakarta Selatan`): the prefix settles which of a
    /// kabupaten/kota pair is meant.
    pub fn by_official_name(&self, name: &str) -> Option<&Region> {
        with_folded(name, |k| self.by_official_name.get(k)).map(|&i| &self.regions[i])
    }

    /// The parent of `region`.
    pub fn parent(&self, region: &Region) -> Option<&Region> {
        region.parent.as_deref().and_then(|p| self.get(p))
    }

    /// The province a code belongs to (the region itself for a province).
    pub fn province_of(&self, code: &str) -> Option<&Region> {
        self.get(code.split('.').next().unwrap_or(code))
    }

    /// All regions, in lexicon order (code order for the built-in lexicon).
    pub fn iter(&self) -> impl Iterator<Item = &Region> {
        self.regions.iter()
    }

    /// Number of regions.
    pub fn len(&self) -> usize {
        self.regions.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.regions.is_empty()
    }

    /// Number of regions of one level.
    pub fn count(&self, level: AdminLevel) -> usize {
        self.regions.iter().filter(|r| r.level == level).count()
    }
}

/// Adds index `i` to the indices of the names folding like `name`.
fn push_named(map: &mut FoldHashMap<String, Vec<usize>>, name: &str, i: usize) {
    with_folded(name, |k| match map.get_mut(k) {
        Some(ids) => ids.push(i),
        None => {
            map.insert(k.to_string(), vec![i]);
        }
    });
}

/// Checks the shape of a code: `NN` province, `NN.NN` regency (01–69) or city (70–99),
/// `NN.NN.NN` district, `NN.NN.NN.NNNN` village (`level` `None`).
fn check_code(source: &str, line: usize, code: &str, level: Option<AdminLevel>) -> Result<()> {
    let shape = match level {
        Some(AdminLevel::Province) => "NN",
        Some(AdminLevel::Regency) | Some(AdminLevel::City) => "NN.NN",
        Some(AdminLevel::District) => "NN.NN.NN",
        None => "NN.NN.NN.NNNN",
    };
    // The shape read byte by byte: a dot where `shape` has one, a digit elsewhere.
    let (bytes, pattern) = (code.as_bytes(), shape.as_bytes());
    let mut well_formed = bytes.len() == pattern.len() && !code.starts_with("00");
    if well_formed {
        for k in 0..bytes.len() {
            let b = bytes[k];
            well_formed &= if pattern[k] == b'.' {
                b == b'.'
            } else {
                b.is_ascii_digit()
            };
        }
    }
    let what = level.map_or("village", AdminLevel::as_str);
    if !well_formed {
        return Err(Error::lexicon(
            source,
            line,
            format!("bad code format `{code}` for a {what} (expected {shape})"),
        ));
    }
    if let Some(level @ (AdminLevel::Regency | AdminLevel::City)) = level {
        // Well formed: the regency's two digits follow the province's and a dot.
        let n: u32 = code.get(3..5).and_then(|p| p.parse().ok()).unwrap_or(0);
        let ok = match level {
            AdminLevel::Regency => (1..=69).contains(&n),
            _ => (70..=99).contains(&n),
        };
        if !ok {
            return Err(Error::lexicon(
                source,
                line,
                format!(
                    "code `{code}` does not fit a {what}: regencies are NN.01-NN.69, cities NN.70-NN.99"
                ),
            ));
        }
    }
    Ok(())
}

/// Whether a village is a desa or a kelurahan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VillageType {
    /// Desa (gampong, nagari, kampung, desa adat): codes `…2xxx` and `…3xxx`.
    Desa,
    /// Kelurahan (urban village): codes `…1xxx`.
    Kelurahan,
}

/// One village.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Village {
    /// Kemendagri code, `NN.NN.NN.NNNN`.
    pub code: String,
    /// Desa or kelurahan.
    pub kind: VillageType,
    /// Name without the Desa/Kelurahan prefix.
    pub name: String,
    /// How many villages in the country share this name.
    pub same_name: u32,
    /// Ambiguity flags.
    pub ambiguity: Ambiguity,
}

impl Village {
    /// The code of the district the village is in.
    pub fn district_code(&self) -> &str {
        self.code.rsplit_once('.').map_or("", |(d, _)| d)
    }
}

/// All villages of one or more `villages.tsv` texts, indexed by code and by folded name
/// (the extractor reads the same texts into its compact `VillageTable`).
#[derive(Clone, Debug, Default)]
pub struct Villages {
    villages: Vec<Village>,
    by_code: FoldHashMap<String, usize>,
    by_name: FoldHashMap<String, Vec<usize>>,
}

const VILLAGE_COLUMNS: [&str; 5] = ["code", "type", "name", "same_name", "ambiguity"];

impl Villages {
    /// Loads the built-in `villages.tsv`, checked against `regions`.
    pub fn builtin(regions: &Regions) -> Result<Villages> {
        Villages::load(&[LexiconText::builtin(LexiconKind::Villages)], regions)
    }

    /// Loads and validates `texts`: codes well-formed and unique, the district (the code's
    /// prefix) present in `regions`, and the type agreeing with the code (1xxx kelurahan,
    /// 2xxx and 3xxx desa).
    pub fn load(texts: &[LexiconText], regions: &Regions) -> Result<Villages> {
        let mut out = Villages::default();
        let mut seen = Seen::new("code");
        fields::for_each_record(texts, &VILLAGE_COLUMNS, 3, |source, rec| {
            let v = VillageRecord::read(source, rec)?;
            let (code, name, kind, same_name) = (v.code, v.name, v.kind, v.same_name);
            match regions.get(v.district()) {
                Some(r) if r.level == AdminLevel::District => {}
                _ => return Err(v.no_district(source, rec.line)),
            }
            seen.insert(code, source, rec.line)?;
            out.by_code.insert(code.to_string(), out.villages.len());
            push_named(&mut out.by_name, name, out.villages.len());
            out.villages.push(Village {
                code: code.to_string(),
                kind,
                name: name.to_string(),
                same_name,
                ambiguity: v.ambiguity,
            });
            Ok(())
        })?;
        Ok(out)
    }

    /// The village with this code.
    pub fn get(&self, code: &str) -> Option<&Village> {
        self.by_code.get(code).map(|&i| &self.villages[i])
    }

    /// Every village whose name folds like `name`.
    pub fn named<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a Village> + 'a {
        with_folded(name, |k| self.by_name.get(k))
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .map(|&i| &self.villages[i])
    }

    /// All villages, in lexicon order.
    pub fn iter(&self) -> impl Iterator<Item = &Village> {
        self.villages.iter()
    }

    /// Number of villages.
    pub fn len(&self) -> usize {
        self.villages.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.villages.is_empty()
    }
}

/// One line of `villages.tsv`, checked on its own (the district's existence and the code's
/// uniqueness are the loaders' checks).
struct VillageRecord<'t> {
    code: &'t str,
    kind: VillageType,
    name: &'t str,
    same_name: u32,
    ambiguity: Ambiguity,
}

impl<'t> VillageRecord<'t> {
    /// Reads and checks record `rec` of `source`: the code well-formed, the type agreeing
    /// with it (1xxx kelurahan, 2xxx and 3xxx desa), the name plain text.
    fn read(source: &str, rec: &crate::lexicon::format::Record<'t>) -> Result<VillageRecord<'t>> {
        let code = rec.get(0);
        check_code(source, rec.line, code, None)?;
        let kind = match rec.get(1) {
            "desa" => VillageType::Desa,
            "kelurahan" => VillageType::Kelurahan,
            // the error, naming the choices
            other => fields::keyword(
                source,
                rec.line,
                "type",
                other,
                &[
                    ("desa", VillageType::Desa),
                    ("kelurahan", VillageType::Kelurahan),
                ],
            )?,
        };
        // Well formed: the serial is the last four digits.
        let expected = match code.as_bytes().get(9) {
            Some(b'1') => Some(VillageType::Kelurahan),
            Some(b'2' | b'3') => Some(VillageType::Desa),
            _ => None,
        };
        if expected != Some(kind) {
            return Err(Error::lexicon(
                source,
                rec.line,
                format!(
                    "type `{}` contradicts code `{code}` (1xxx kelurahan, 2xxx/3xxx desa)",
                    rec.get(1)
                ),
            ));
        }
        let name = rec.get(2);
        // Printable ASCII has no control character: the check by characters is for the rest.
        if !name.bytes().all(|b| (b' '..b'\x7f').contains(&b)) {
            fields::plain_text(source, rec.line, "name", name)?;
        }
        let same_name = match rec.opt(3) {
            Some(v) => fields::count(source, rec.line, "same_name", v)?,
            None => 1,
        };
        let ambiguity = match rec.get(4) {
            "" => Ambiguity::NONE,
            flags => Ambiguity::parse(source, rec.line, flags)?,
        };
        Ok(VillageRecord {
            code,
            kind,
            name,
            same_name,
            ambiguity,
        })
    }

    /// The code of the district the village is in (`NN.NN.NN`).
    fn district(&self) -> &'t str {
        // Well formed: the district is the code before the serial's dot.
        self.code.get(..8).unwrap_or("")
    }

    /// The error of a village whose district is not in the regions.
    fn no_district(&self, source: &str, line: usize) -> Error {
        Error::lexicon(
            source,
            line,
            format!(
                "parent district `{}` of village `{}` does not exist",
                self.district(),
                self.code
            ),
        )
    }
}

/// The key of a name: a hash of its letters and digits, folded to lower case, with one mark
/// for each run of other characters between them (`Sungai Raya`, `sungai-raya` and
/// `SUNGAI  RAYA` share a key). Fed piece by piece, so that a run of tokens in a text gets
/// the key of the name it spells without being copied.
#[derive(Clone, Copy, Debug)]
pub(crate) struct NameKey {
    hash: u64,
    /// A separator is pending: the next letter or digit starts a new word.
    gap: bool,
    /// A letter or digit has been fed.
    any: bool,
}

/// The multiplier of [`NameKey`]'s mixing (the one of FxHash).
const KEY_MUL: u64 = 0x51_7c_c1_b7_27_22_0a_95;
/// What [`NameKey`] mixes in for a separator: no character has this value.
const KEY_GAP: u32 = 0x11_0000;

impl Default for NameKey {
    fn default() -> Self {
        NameKey::new()
    }
}

impl NameKey {
    /// The key of nothing yet.
    pub(crate) const fn new() -> NameKey {
        NameKey {
            hash: 0,
            gap: false,
            any: false,
        }
    }

    #[inline(always)]
    fn mix(&mut self, x: u32) {
        self.hash = mixed(self.hash, x);
    }

    #[inline(always)]
    fn alnum(&mut self, c: u32) {
        if self.gap && self.any {
            self.mix(KEY_GAP);
        }
        self.gap = false;
        self.any = true;
        self.mix(c);
    }

    /// Feeds `s`.
    #[inline]
    pub(crate) fn push(&mut self, s: &str) {
        // The state in locals, each byte classified by one table look-up.
        let NameKey {
            mut hash,
            mut gap,
            mut any,
        } = *self;
        for (k, &b) in s.as_bytes().iter().enumerate() {
            match ALNUM[usize::from(b)] {
                SEPARATOR => gap = true,
                NON_ASCII => {
                    *self = NameKey { hash, gap, any };
                    // Every byte before is ASCII: `k` is a character boundary.
                    self.push_chars(s.get(k..).unwrap_or(""));
                    return;
                }
                c => {
                    if gap && any {
                        hash = mixed(hash, KEY_GAP);
                    }
                    gap = false;
                    any = true;
                    hash = mixed(hash, u32::from(c));
                }
            }
        }
        *self = NameKey { hash, gap, any };
    }

    /// Feeds `s` character by character.
    fn push_chars(&mut self, s: &str) {
        for c in s.chars() {
            if c.is_alphanumeric() {
                for l in c.to_lowercase() {
                    self.alnum(l as u32);
                }
            } else {
                self.gap = true;
            }
        }
    }

    /// Marks a separator (the space between two tokens).
    #[inline]
    pub(crate) fn gap(&mut self) {
        self.gap = true;
    }

    /// The key of what was fed; `None` when no letter or digit was.
    #[inline]
    pub(crate) fn finish(&self) -> Option<u64> {
        self.any.then(|| {
            let h = self.hash;
            (h ^ (h >> 29)).wrapping_mul(KEY_MUL) ^ (h >> 32)
        })
    }

    /// The key of `name`.
    pub(crate) fn of(name: &str) -> Option<u64> {
        let mut k = NameKey::new();
        k.push(name);
        k.finish()
    }

    /// The keys of `name` and of its [`head`](Self::head), in one pass over an ASCII name.
    fn of_with_head(name: &str) -> (Option<u64>, Option<u64>) {
        if !name.is_ascii() {
            return (NameKey::of(name), NameKey::head(name));
        }
        let mut k = NameKey::new();
        let mut head = None;
        for &b in name.as_bytes() {
            match ascii_alnum(b) {
                Some(c) => k.alnum(c),
                None => {
                    if k.any && head.is_none() {
                        head = k.finish();
                    }
                    k.gap = true;
                }
            }
        }
        let key = k.finish();
        (key, head.or(key))
    }

    /// The key of the first run of letters and digits of `s`.
    pub(crate) fn head(s: &str) -> Option<u64> {
        // The ASCII bytes in a plain loop (no gap is ever marked inside one run), each
        // classified by one table look-up; the rest by characters.
        let (mut hash, mut any) = (0u64, false);
        for (i, &b) in s.as_bytes().iter().enumerate() {
            match ALNUM[usize::from(b)] {
                SEPARATOR if any => break,
                SEPARATOR => {}
                NON_ASCII => {
                    let mut k = NameKey {
                        hash,
                        gap: false,
                        any,
                    };
                    // Every byte before is ASCII: `i` is a character boundary.
                    for c in s.get(i..).unwrap_or("").chars() {
                        if c.is_alphanumeric() {
                            for l in c.to_lowercase() {
                                k.alnum(l as u32);
                            }
                        } else if k.any {
                            break;
                        }
                    }
                    return k.finish();
                }
                c => {
                    hash = mixed(hash, u32::from(c));
                    any = true;
                }
            }
        }
        NameKey {
            hash,
            gap: false,
            any,
        }
        .finish()
    }
}

/// The hash `h` with `x` mixed in.
#[inline(always)]
fn mixed(h: u64, x: u32) -> u64 {
    (h.rotate_left(5) ^ u64::from(x)).wrapping_mul(KEY_MUL)
}

/// [`ALNUM`] of an ASCII byte that is no letter or digit.
const SEPARATOR: u8 = 0;
/// [`ALNUM`] of a byte beyond ASCII (fed character by character).
const NON_ASCII: u8 = 0x80;

/// What each byte feeds a [`NameKey`]: an ASCII letter's lower case or a digit; otherwise
/// [`SEPARATOR`], or [`NON_ASCII`] for a byte of a character beyond ASCII.
const ALNUM: [u8; 256] = {
    let mut t = [SEPARATOR; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if !c.is_ascii() {
            NON_ASCII
        } else if c.is_ascii_alphabetic() {
            c.to_ascii_lowercase()
        } else if c.is_ascii_digit() {
            c
        } else {
            SEPARATOR
        };
        b += 1;
    }
    t
};

/// What an ASCII byte feeds a [`NameKey`]: a letter's lower case or a digit; `None` for a
/// separator.
#[inline]
fn ascii_alnum(b: u8) -> Option<u32> {
    match ALNUM[usize::from(b)] {
        SEPARATOR | NON_ASCII => None,
        c => Some(u32::from(c)),
    }
}

/// One village of a [`VillageTable`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct VillageEntry {
    /// Index of its district in the [`Regions`] it was checked against.
    pub district: u32,
    /// Where its name starts in the table's names.
    name_start: u32,
    /// Its name's length in bytes.
    name_len: u16,
    /// Ambiguity flags.
    pub ambiguity: Ambiguity,
}

/// Bits of a key that pick its bucket in a [`VillageTable`].
const VILLAGE_BUCKET_BITS: u32 = 16;

/// The villages in a compact form for the recogniser: codes and names each in one string,
/// and the villages grouped by the [`NameKey`] of their names in a bucketed table, so that
/// the 83,762 villages load in a few milliseconds and a run of tokens is looked up without
/// copying it. (Equal keys are taken for equal names: two of the villages' few tens of
/// thousands of names sharing a 64-bit key is vanishingly unlikely.)
#[derive(Clone, Debug, Default)]
pub(crate) struct VillageTable {
    /// Every code, [`CODE_LEN`] bytes each, in village order.
    codes: String,
    /// Every name, one after another.
    names: String,
    villages: Vec<VillageEntry>,
    /// Where each bucket starts in `slots`, and the end of the last one.
    buckets: Vec<u32>,
    /// Keys and villages, bucket after bucket.
    slots: Vec<(u64, u32)>,
    /// One bit per [`HEAD_BITS`]-bit hash of the [`NameKey::head`] of every name: a token
    /// whose bit is clear starts no village name.
    heads: Vec<u64>,
}

/// Bits of a first word's key that pick its bit in [`VillageTable::heads`] (2^20 bits for
/// some 40,000 first words: one token in twenty-five passes by chance).
const HEAD_BITS: u32 = 20;

/// The length of a village code, `NN.NN.NN.NNNN`.
const CODE_LEN: usize = 13;

impl VillageTable {
    /// Loads `texts` with the checks of [`Villages::load`].
    pub(crate) fn load(texts: &[LexiconText], regions: &Regions) -> Result<VillageTable> {
        let mut out = VillageTable::default();
        let total: usize = texts.iter().map(|t| t.text.len()).sum();
        // Each line has a code, a name and a few short fields.
        out.codes.reserve(total / 3);
        out.names.reserve(total / 3);
        out.villages.reserve(total / 40);
        let mut keys: Vec<u64> = Vec::with_capacity(total / 40);
        out.heads = vec![0; (1 << HEAD_BITS) / 64];
        // Codes come in ascending order in the generated lexicon: each one is then new. When
        // one does not, the full check with its duplicate set runs.
        let mut last_code = String::new();
        let mut ascending = true;
        // The district of the village before (they come grouped by district).
        let mut last_district: (String, u32) = (String::new(), 0);
        fields::for_each_record(texts, &VILLAGE_COLUMNS, 3, |source, rec| {
            let v = VillageRecord::read(source, rec)?;
            let district = v.district();
            if district != last_district.0 {
                let at = regions
                    .index_of(district)
                    .filter(|&i| regions.regions[i].level == AdminLevel::District)
                    .ok_or_else(|| v.no_district(source, rec.line))?;
                last_district.0.clear();
                last_district.0.push_str(district);
                last_district.1 = at as u32;
            }
            if ascending && v.code <= last_code.as_str() {
                ascending = false;
            }
            last_code.clear();
            last_code.push_str(v.code);
            let (Ok(name_start), Ok(name_len)) =
                (u32::try_from(out.names.len()), u16::try_from(v.name.len()))
            else {
                return Err(Error::lexicon(source, rec.line, "too many villages"));
            };
            debug_assert_eq!(v.code.len(), CODE_LEN);
            out.codes.push_str(v.code);
            out.names.push_str(v.name);
            let (key, head) = NameKey::of_with_head(v.name);
            keys.push(key.unwrap_or(0));
            if let Some(h) = head {
                let bit = (h >> (64 - HEAD_BITS)) as usize;
                out.heads[bit / 64] |= 1 << (bit % 64);
            }
            out.villages.push(VillageEntry {
                district: last_district.1,
                name_start,
                name_len,
                ambiguity: v.ambiguity,
            });
            Ok(())
        })?;
        if !ascending {
            // The full check names the duplicate's lines.
            Villages::load(texts, regions)?;
        }
        // Bucket the villages by their keys' top bits (a counting sort).
        let shift = 64 - VILLAGE_BUCKET_BITS;
        let mut starts = vec![0u32; (1 << VILLAGE_BUCKET_BITS) + 1];
        for &k in &keys {
            starts[(k >> shift) as usize + 1] += 1;
        }
        for b in 1..starts.len() {
            starts[b] += starts[b - 1];
        }
        let mut fill = starts.clone();
        out.slots = vec![(0, 0); keys.len()];
        for (i, &k) in keys.iter().enumerate() {
            let b = (k >> shift) as usize;
            out.slots[fill[b] as usize] = (k, i as u32);
            fill[b] += 1;
        }
        out.buckets = starts;
        Ok(out)
    }

    /// The villages whose names have key `key`, in lexicon order.
    #[inline]
    pub(crate) fn named(&self, key: u64) -> impl Iterator<Item = u32> + '_ {
        let b = (key >> (64 - VILLAGE_BUCKET_BITS)) as usize;
        let range = match (self.buckets.get(b), self.buckets.get(b + 1)) {
            (Some(&s), Some(&e)) => s as usize..e as usize,
            _ => 0..0,
        };
        self.slots[range]
            .iter()
            .filter(move |(k, _)| *k == key)
            .map(|&(_, v)| v)
    }

    /// Whether some village name may start with a word of [`NameKey::head`] `head` (false:
    /// none does).
    #[inline]
    pub(crate) fn may_start(&self, head: u64) -> bool {
        let bit = (head >> (64 - HEAD_BITS)) as usize;
        self.heads
            .get(bit / 64)
            .is_some_and(|w| w >> (bit % 64) & 1 == 1)
    }

    /// Whether some village has a name of key `key`.
    #[inline]
    pub(crate) fn has(&self, key: u64) -> bool {
        self.named(key).next().is_some()
    }

    /// Village `i`.
    #[inline]
    pub(crate) fn get(&self, i: u32) -> &VillageEntry {
        &self.villages[i as usize]
    }

    /// The name of village `i`.
    pub(crate) fn name(&self, i: u32) -> &str {
        let v = &self.villages[i as usize];
        let start = v.name_start as usize;
        &self.names[start..start + usize::from(v.name_len)]
    }

    /// The code of village `i`.
    pub(crate) fn code(&self, i: u32) -> &str {
        let start = i as usize * CODE_LEN;
        &self.codes[start..start + CODE_LEN]
    }
}

/// What kind of name a [`RegionAlias`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AliasKind {
    /// A news abbreviation (`Kaltim`, `Kukar`, `PPU`).
    Abbreviation,
    /// Another spelling (`Sumatra Utara`, `Pekan Baru`).
    Spelling,
    /// The English name (`East Kalimantan`).
    English,
    /// A shortened official name (`Meranti` for Kepulauan Meranti).
    ShortName,
    /// An old official name (`Irian Jaya`, `Ujung Pandang`).
    OldName,
    /// A spelling used by an earlier region-code decree (`Gunung Putri`).
    FormerName,
    /// A nickname (`Bumi Etam`, `Kota Pahlawan`).
    Nickname,
    /// An informal everyday name (`Solo`, `Jogja`).
    Informal,
    /// An expanded decree abbreviation (`Gunung Bintang Awai`).
    Expansion,
    /// A name enacted but not yet in the code decree (`Daerah Khusus Jakarta`).
    NewName,
    /// A variant used in the decree data itself.
    OfficialVariant,
    /// A town that news uses for the region it lies in (`Purwokerto` for Banyumas): the code
    /// is the region's, and the town is not the region itself.
    Town,
}

impl AliasKind {
    const TABLE: [(&'static str, AliasKind); 12] = [
        ("abbr", AliasKind::Abbreviation),
        ("spelling", AliasKind::Spelling),
        ("english", AliasKind::English),
        ("short_name", AliasKind::ShortName),
        ("old_name", AliasKind::OldName),
        ("former_name", AliasKind::FormerName),
        ("nickname", AliasKind::Nickname),
        ("informal", AliasKind::Informal),
        ("expansion", AliasKind::Expansion),
        ("new_name", AliasKind::NewName),
        ("official_variant", AliasKind::OfficialVariant),
        ("town", AliasKind::Town),
    ];
}

/// One news name of a region.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionAlias {
    /// The name as news writes it.
    pub alias: String,
    /// The code of the region it names. An alias naming several regions has one record each.
    pub code: String,
    /// What kind of name it is.
    pub kind: AliasKind,
    /// The expansion or an explanation.
    pub note: Option<String>,
    /// Ambiguity flags.
    pub ambiguity: Ambiguity,
    /// How the row was verified (`search`, `data`, `knowledge`, `rule`).
    pub checked: Option<String>,
}

/// Region aliases, indexed by folded alias.
#[derive(Clone, Debug, Default)]
pub struct RegionAliases {
    aliases: Vec<RegionAlias>,
    by_name: FoldHashMap<String, Vec<usize>>,
}

pub(crate) const ALIAS_COLUMNS: [&str; 6] =
    ["alias", "code", "kind", "note", "ambiguity", "checked"];

impl RegionAliases {
    /// Loads the built-in generated and curated alias lexicons, checked against `regions`.
    pub fn builtin(regions: &Regions) -> Result<RegionAliases> {
        RegionAliases::load(
            &[
                LexiconText::builtin(LexiconKind::RegionAliases),
                LexiconText::builtin(LexiconKind::RegionAliasesCurated),
            ],
            regions,
        )
    }

    /// Loads and validates `texts`: every code must exist in `regions`, and an alias may name
    /// a code only once.
    pub fn load(texts: &[LexiconText], regions: &Regions) -> Result<RegionAliases> {
        let mut out = RegionAliases::default();
        let mut seen = Seen::new("alias");
        fields::for_each_record(texts, &ALIAS_COLUMNS, 3, |source, rec| {
            let alias = rec.get(0);
            fields::plain_text(source, rec.line, "alias", alias)?;
            let code = rec.get(1);
            if !regions.contains(code) {
                return Err(Error::lexicon(
                    source,
                    rec.line,
                    format!("alias `{alias}` points at code `{code}`, which does not exist"),
                ));
            }
            let kind = fields::keyword(source, rec.line, "kind", rec.get(2), &AliasKind::TABLE)?;
            seen.insert(format!("{alias} -> {code}"), source, rec.line)?;
            push_named(&mut out.by_name, alias, out.aliases.len());
            out.aliases.push(RegionAlias {
                alias: alias.to_string(),
                code: code.to_string(),
                kind,
                note: rec.opt(3).map(str::to_string),
                ambiguity: Ambiguity::parse(source, rec.line, rec.get(4))?,
                checked: rec.opt(5).map(str::to_string),
            });
            Ok(())
        })?;
        Ok(out)
    }

    /// Every alias record whose alias folds like `name`.
    pub fn named<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a RegionAlias> + 'a {
        with_folded(name, |k| self.by_name.get(k))
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .map(|&i| &self.aliases[i])
    }

    /// All aliases, in lexicon order.
    pub fn iter(&self) -> impl Iterator<Item = &RegionAlias> {
        self.aliases.iter()
    }

    /// Number of alias records.
    pub fn len(&self) -> usize {
        self.aliases.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.aliases.is_empty()
    }
}

/// The class of a word in `place_ambiguity.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WordClass {
    /// An ordinary word.
    CommonWord,
    /// A given name or surname.
    PersonalName,
    /// An abbreviation of something that is not a place.
    Abbreviation,
    /// The place reading dominates even though a dictionary lists the word.
    NotAmbiguous,
}

/// The curated word classes that make place names ambiguous, by folded word.
#[derive(Clone, Debug, Default)]
pub struct AmbiguousWords {
    words: FoldHashMap<String, WordClass>,
}

impl AmbiguousWords {
    /// Loads the built-in `place_ambiguity.tsv`.
    pub fn builtin() -> Result<AmbiguousWords> {
        AmbiguousWords::load(&[LexiconText::builtin(LexiconKind::PlaceAmbiguity)])
    }

    /// Loads `texts`; a word may be listed once.
    pub fn load(texts: &[LexiconText]) -> Result<AmbiguousWords> {
        let mut out = AmbiguousWords::default();
        let mut seen = Seen::new("word");
        fields::for_each_record(texts, &["word", "class", "note"], 2, |source, rec| {
            let class = fields::keyword(
                source,
                rec.line,
                "class",
                rec.get(1),
                &[
                    ("common_word", WordClass::CommonWord),
                    ("personal_name", WordClass::PersonalName),
                    ("abbreviation", WordClass::Abbreviation),
                    ("not_ambiguous", WordClass::NotAmbiguous),
                ],
            )?;
            let key = fold_name(rec.get(0));
            seen.insert(key.clone(), source, rec.line)?;
            out.words.insert(key, class);
            Ok(())
        })?;
        Ok(out)
    }

    /// The class of `word`, if listed.
    pub fn class(&self, word: &str) -> Option<WordClass> {
        with_folded(word, |k| self.words.get(k).copied())
    }

    /// The ambiguity flags the list gives a whole name (as the generator computes them,
    /// without the dictionary and corpus statistics).
    pub fn flags(&self, name: &str) -> Ambiguity {
        match self.class(name) {
            Some(WordClass::CommonWord) => Ambiguity::COMMON_WORD,
            Some(WordClass::PersonalName) => Ambiguity::PERSONAL_NAME,
            Some(WordClass::Abbreviation) => Ambiguity::ABBREVIATION,
            Some(WordClass::NotAmbiguous) | None => Ambiguity::NONE,
        }
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "code\tlevel\tname\tparent\tofficial_name\tsame_name\ttwin\tambiguity\n";

    fn regions(body: &str) -> Result<Regions> {
        Regions::load(&[LexiconText::new("t.tsv", format!("# test\n{HEAD}{body}"))])
    }

    fn err(r: Result<impl std::fmt::Debug>) -> String {
        r.unwrap_err().to_string()
    }

    #[test]
    fn builtin_counts_match_the_decree() {
        let r = Regions::builtin().unwrap();
        assert_eq!(r.count(AdminLevel::Province), 38);
        assert_eq!(r.count(AdminLevel::Regency), 416);
        assert_eq!(r.count(AdminLevel::City), 98);
        assert_eq!(
            r.count(AdminLevel::Regency) + r.count(AdminLevel::City),
            514
        );
        assert_eq!(r.count(AdminLevel::District), 7285);
    }

    #[test]
    fn builtin_parents_exist_at_the_level_above() {
        let r = Regions::builtin().unwrap();
        for region in r.iter() {
            match region.level {
                AdminLevel::Province => assert!(region.parent.is_none()),
                level => {
                    let p = r.parent(region).expect("parent exists");
                    assert!(level.parent_levels().contains(&p.level), "{}", region.code);
                    assert!(region.code.starts_with(&p.code));
                }
            }
        }
        assert_eq!(r.province_of("64.09.04").unwrap().name, "Kalimantan Timur");
    }

    #[test]
    fn builtin_marks_twins_and_homonyms() {
        let r = Regions::builtin().unwrap();
        let bogor: Vec<&str> = r.named("bogor").map(|x| x.code.as_str()).collect();
        assert_eq!(bogor, ["32.01", "32.71"]);
        assert_eq!(r.get("32.01").unwrap().twins, ["32.71"]);
        assert_eq!(
            r.get("32.71").unwrap().official_name.as_deref(),
            Some("Kota Bogor")
        );
        assert_eq!(r.by_official_name("kota bogor").unwrap().code, "32.71");
        assert_eq!(r.by_official_name("Kabupaten Bogor").unwrap().code, "32.01");
        let jambi = r.get("15").unwrap();
        assert_eq!(jambi.twins, ["15.71"]);
        // District names repeat: every region's same_name equals the number of regions that
        // share its folded name.
        for region in r.iter() {
            assert_eq!(
                region.same_name as usize,
                r.named(&region.name).count(),
                "{}",
                region.code
            );
        }
        assert!(r.iter().any(|x| x.same_name >= 5));
    }

    #[test]
    fn builtin_flags_common_words() {
        let r = Regions::builtin().unwrap();
        let kota: Vec<&Region> = r.named("Kota").collect();
        assert!(!kota.is_empty());
        assert!(kota.iter().all(|x| x.ambiguity.needs_context()));
        let samarinda = r.get("64.72").unwrap();
        assert_eq!(samarinda.name, "Samarinda");
        assert!(samarinda.ambiguity.is_empty());
        assert!(r
            .named("Bambang")
            .all(|x| x.ambiguity.contains(Ambiguity::PERSONAL_NAME)));
    }

    #[test]
    fn unknown_level_names_file_and_line() {
        let e = err(regions("64\tprovinsi\tKalimantan Timur\t\t\t1\t\t\n"));
        assert!(e.starts_with("t.tsv:3: unknown level `provinsi`"), "{e}");
    }

    #[test]
    fn bad_code_format_is_rejected() {
        let e = err(regions("6\tprovince\tX\t\t\t1\t\t\n"));
        assert_eq!(
            e,
            "t.tsv:3: bad code format `6` for a province (expected NN)"
        );
        let e = err(regions(
            "64\tprovince\tX\t\t\t1\t\t\n64.1\tregency\tY\t64\t\t1\t\t\n",
        ));
        assert!(e.starts_with("t.tsv:4: bad code format `64.1`"), "{e}");
        let e = err(regions(
            "64\tprovince\tX\t\t\t1\t\t\n64.71\tregency\tY\t64\t\t1\t\t\n",
        ));
        assert!(e.contains("does not fit a regency"), "{e}");
    }

    #[test]
    fn duplicate_code_is_rejected() {
        let e = err(regions(
            "64\tprovince\tX\t\t\t1\t\t\n64\tprovince\tY\t\t\t1\t\t\n",
        ));
        assert_eq!(e, "t.tsv:4: duplicate code `64` (first defined at t.tsv:3)");
    }

    #[test]
    fn missing_or_wrong_parent_is_rejected() {
        let e = err(regions("64.71\tcity\tBalikpapan\t64\t\t1\t\t\n"));
        assert_eq!(e, "t.tsv:3: parent code `64` does not exist");
        let e = err(regions(
            "64\tprovince\tX\t\t\t1\t\t\n64.71\tcity\tY\t65\t\t1\t\t\n",
        ));
        assert!(e.contains("parent `65` is not the prefix"), "{e}");
        let e = err(regions("64.71\tcity\tY\t\t\t1\t\t\n"));
        assert_eq!(e, "t.tsv:3: city `64.71` needs a parent code");
    }

    #[test]
    fn unknown_twin_and_flag_are_rejected() {
        let e = err(regions("64\tprovince\tX\t\t\t1\t64.71\t\n"));
        assert_eq!(e, "t.tsv:3: twin code `64.71` does not exist");
        let e = err(regions("64\tprovince\tX\t\t\t1\t\tcommon\n"));
        assert!(
            e.starts_with("t.tsv:3: unknown ambiguity flag `common`"),
            "{e}"
        );
    }

    #[test]
    fn an_extension_can_add_children_of_builtin_regions() {
        let ext = LexiconText::new(
            "ext.tsv",
            format!("{HEAD}64.71.99\tdistrict\tContoh Baru\t64.71\t\t1\t\t\n"),
        );
        let r = Regions::load(&[LexiconText::builtin(LexiconKind::Regions), ext]).unwrap();
        assert_eq!(r.get("64.71.99").unwrap().name, "Contoh Baru");
        let dup = LexiconText::new(
            "dup.tsv",
            format!("{HEAD}64.71\tcity\tBalikpapan\t64\t\t1\t\t\n"),
        );
        let e = err(Regions::load(&[
            LexiconText::builtin(LexiconKind::Regions),
            dup,
        ]));
        assert!(
            e.starts_with(
                "dup.tsv:2: duplicate code `64.71` (first defined at builtin:regions.tsv:"
            ),
            "{e}"
        );
    }

    #[test]
    fn builtin_villages_are_complete_and_typed() {
        let r = Regions::builtin().unwrap();
        let v = Villages::builtin(&r).unwrap();
        assert_eq!(v.len(), 83_762);
        let kel = v
            .iter()
            .filter(|x| x.kind == VillageType::Kelurahan)
            .count();
        assert_eq!(kel, 8_496);
        assert!(v.named("Sidomulyo").count() > 50);
        let any = v.iter().next().unwrap();
        assert!(r.get(any.district_code()).is_some());
    }

    #[test]
    fn name_keys_fold_case_and_separators() {
        let k = NameKey::of("Sungai Raya").unwrap();
        assert_eq!(NameKey::of("sungai-raya"), Some(k));
        assert_eq!(NameKey::of("SUNGAI  RAYA"), Some(k));
        assert_ne!(NameKey::of("SungaiRaya"), Some(k));
        assert_ne!(NameKey::of("Sungai Raya Dua"), Some(k));
        assert_eq!(NameKey::of("Éra Baru"), NameKey::of("éra baru"));
        assert_eq!(NameKey::of(" - "), None);
        for name in [
            "Sungai Raya",
            "Ba'u Dua",
            "Jatiluwih",
            "Éra Baru",
            "12 Ilir",
            " Kuta",
        ] {
            let (key, head) = NameKey::of_with_head(name);
            assert_eq!(key, NameKey::of(name), "{name}");
            assert_eq!(head, NameKey::head(name), "{name}");
        }
        assert_eq!(NameKey::head("Ba'u Dua"), NameKey::of("ba"));
        // The head is the key of the first run of letters and digits, however it is written.
        for (s, first) in [
            ("--Kuta-Baru", "kuta"),
            ("KUTA2 Baru", "kuta2"),
            ("Kutaé Baru", "kutaé"),
            ("Éra-Baru", "éra"),
            ("Kuta\u{2019}s", "kuta"),
            (" Kuta", "kuta"),
        ] {
            assert_eq!(NameKey::head(s), NameKey::of(first), "{s}");
        }
        assert_eq!(NameKey::head(" - "), None);
        assert_eq!(NameKey::head(""), None);
        // Fed piece by piece, with the gap between two tokens.
        let mut pieces = NameKey::new();
        pieces.push("Sungai");
        pieces.gap();
        pieces.push("Raya");
        assert_eq!(pieces.finish(), Some(k));
    }

    #[test]
    fn the_village_table_finds_every_namesake() {
        let r = Regions::builtin().unwrap();
        let t = VillageTable::load(&[LexiconText::builtin(LexiconKind::Villages)], &r).unwrap();
        let v = Villages::builtin(&r).unwrap();
        for name in [
            "Sidomulyo",
            "Jatiluwih",
            "Tanjung Palas Hilir",
            "Sawang Ba'u",
            "Kute Lang-Lang",
        ] {
            let mut codes: Vec<&str> = t
                .named(NameKey::of(name).unwrap())
                .map(|i| t.code(i))
                .collect();
            codes.sort_unstable();
            let mut want: Vec<&str> = v.named(name).map(|x| x.code.as_str()).collect();
            want.sort_unstable();
            assert_eq!(codes, want, "{name}");
        }
        let i = t.named(NameKey::of("jatiluwih").unwrap()).next().unwrap();
        assert_eq!(t.name(i), "Jatiluwih");
        assert_eq!(
            r.iter().nth(t.get(i).district as usize).unwrap().name,
            "Penebel"
        );
        assert!(!t.has(NameKey::of("Balikpapan Kota Lama").unwrap()));
    }

    #[test]
    fn the_village_table_checks_like_the_full_loader() {
        let r = Regions::builtin().unwrap();
        let head = "code\ttype\tname\tsame_name\tambiguity\n";
        let load = |body: &str| {
            VillageTable::load(&[LexiconText::new("v.tsv", format!("{head}{body}"))], &r)
                .map(|_| ())
                .map_err(|e| e.to_string())
        };
        assert!(load("64.71.01.1001\tkelurahan\tContoh\t1\t\n").is_ok());
        assert_eq!(
            load("64.71.01.1001\tkelurahan\tContoh\t1\t\n64.71.01.1001\tkelurahan\tLain\t1\t\n")
                .unwrap_err(),
            "v.tsv:3: duplicate code `64.71.01.1001` (first defined at v.tsv:2)"
        );
        assert_eq!(
            load("64.71.09.1001\tkelurahan\tContoh\t1\t\n").unwrap_err(),
            "v.tsv:2: parent district `64.71.09` of village `64.71.09.1001` does not exist"
        );
        assert!(load("64.71.01.101\tkelurahan\tContoh\t1\t\n")
            .unwrap_err()
            .contains("bad code format"));
        assert!(load("64.71.01.2001\tkelurahan\tContoh\t1\t\n")
            .unwrap_err()
            .contains("contradicts"));
    }

    #[test]
    fn village_errors_name_the_line() {
        let r = regions("64\tprovince\tX\t\t\t1\t\t\n64.71\tcity\tY\t64\t\t1\t\t\n64.71.01\tdistrict\tZ\t64.71\t\t1\t\t\n").unwrap();
        let head = "code\ttype\tname\tsame_name\tambiguity\n";
        let load =
            |body: &str| Villages::load(&[LexiconText::new("v.tsv", format!("{head}{body}"))], &r);
        assert!(load("64.71.01.1001\tkelurahan\tA\t1\t\n").is_ok());
        assert_eq!(
            err(load("64.71.01.2001\tkelurahan\tA\t1\t\n")),
            "v.tsv:2: type `kelurahan` contradicts code `64.71.01.2001` (1xxx kelurahan, 2xxx/3xxx desa)"
        );
        assert_eq!(
            err(load("64.71.02.2001\tdesa\tA\t1\t\n")),
            "v.tsv:2: parent district `64.71.02` of village `64.71.02.2001` does not exist"
        );
        assert!(err(load("64.71.01.201\tdesa\tA\t1\t\n")).contains("bad code format"));
    }

    #[test]
    fn builtin_aliases_point_at_existing_codes() {
        let r = Regions::builtin().unwrap();
        let a = RegionAliases::builtin(&r).unwrap();
        assert!(a.len() > 500);
        for alias in a.iter() {
            assert!(r.contains(&alias.code), "{}", alias.alias);
        }
        let codes = |name: &str| -> Vec<String> { a.named(name).map(|x| x.code.clone()).collect() };
        assert_eq!(codes("Kaltim"), ["64"]);
        assert_eq!(codes("kukar"), ["64.02"]);
        assert_eq!(codes("Jaksel"), ["31.74"]);
        assert_eq!(codes("PPU"), ["64.09"]);
        assert!(codes("Mura").len() == 2);
        assert!(codes("IKN").is_empty(), "IKN is not a region");
    }

    #[test]
    fn alias_errors_name_the_line() {
        let r = regions("64\tprovince\tKalimantan Timur\t\t\t1\t\t\n").unwrap();
        let head = "alias\tcode\tkind\tnote\tambiguity\tchecked\n";
        let load = |body: &str| {
            RegionAliases::load(&[LexiconText::new("a.tsv", format!("{head}{body}"))], &r)
        };
        assert!(load("Kaltim\t64\tabbr\t\t\t\n").is_ok());
        assert_eq!(
            err(load("Kaltara\t65\tabbr\t\t\t\n")),
            "a.tsv:2: alias `Kaltara` points at code `65`, which does not exist"
        );
        assert!(err(load("Kaltim\t64\tabbreviation\t\t\t\n")).starts_with("a.tsv:2: unknown kind"));
        assert_eq!(
            err(load("Kaltim\t64\tabbr\t\t\t\nKaltim\t64\tinformal\t\t\t\n")),
            "a.tsv:3: duplicate alias `Kaltim -> 64` (first defined at a.tsv:2)"
        );
    }

    #[test]
    fn ambiguous_words_load() {
        let w = AmbiguousWords::builtin().unwrap();
        assert_eq!(w.class("baru"), Some(WordClass::CommonWord));
        assert_eq!(w.class("Bambang"), Some(WordClass::PersonalName));
        assert_eq!(w.class("Bandung"), Some(WordClass::NotAmbiguous));
        assert!(w.flags("Karo").contains(Ambiguity::ABBREVIATION));
        assert!(w.flags("Samarinda").is_empty());
    }

    #[test]
    fn ambiguity_flags_round_trip() {
        let a = Ambiguity::parse("x", 1, "common_word,personal_name").unwrap();
        assert_eq!(
            a.names().collect::<Vec<_>>(),
            ["common_word", "personal_name"]
        );
        assert!(a.needs_context());
        assert!(!Ambiguity::DICTIONARY_WORD.needs_context());
        assert!(Ambiguity::parse("x", 1, "").unwrap().is_empty());
    }
}
