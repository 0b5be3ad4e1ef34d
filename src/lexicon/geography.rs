//! Countries and geographic names beyond the administrative regions: islands, island groups,
//! wider regions, seas, straits, rivers, lakes and mountains.
//!
//! * [`LexiconKind::Countries`] (`countries.tsv`): every UN member state (and the observer
//!   states and a few territories) in its Indonesian name, with ISO 3166-1 alpha-2 codes,
//!   short forms (`AS`, `Korsel`, `UEA`) and variants (`China`, `Perancis`).
//! * [`LexiconKind::GeoNames`] (`geo_names.tsv`): `Kalimantan`, `Jawa`, `Nusa Tenggara`,
//!   `Nusantara`, `IKN`, `Asia Tenggara`, `Selat Makassar`, `Sungai Mahakam`, … with the
//!   Kemendagri codes of the provinces or regencies they lie in.
//!
//! ```
//! use warta::lexicon::geography::{Countries, GeoKind, GeoNames};
//! use warta::lexicon::places::Regions;
//!
//! let countries = Countries::builtin()?;
//! let us = countries.named("AS").next().unwrap();
//! assert_eq!((us.canonical.as_str(), us.iso2.as_str()), ("Amerika Serikat", "US"));
//!
//! let geo = GeoNames::builtin(&Regions::builtin()?)?;
//! let kalimantan = geo.named("Borneo").next().unwrap();
//! assert_eq!(kalimantan.canonical, "Kalimantan");
//! assert_eq!(kalimantan.kind, GeoKind::Island);
//! # Ok::<(), warta::Error>(())
//! ```

use crate::document::PlaceLevel;
use crate::error::{Error, Result};
use crate::lexicon::fields::{self, fold_name, with_folded, Seen};
use crate::lexicon::places::{Ambiguity, Regions};
use crate::lexicon::{LexiconKind, LexiconText};
use crate::text::hash::FoldHashMap;

/// What kind of name a [`CountryName`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CountryNameKind {
    /// The standard Indonesian name (`Amerika Serikat`, `Tiongkok`).
    Official,
    /// An abbreviation or short form (`AS`, `Korsel`, `UEA`, `Saudi`).
    Short,
    /// Another spelling or name (`China`, `Perancis`, `Turkiye`).
    Variant,
    /// The formal state name (`Republik Rakyat Tiongkok`).
    Full,
    /// An English name used in Indonesian text.
    English,
    /// An old name (`Burma`, `Swaziland`).
    Former,
    /// A nickname (`Negeri Sakura`, `Negeri Jiran`).
    Nickname,
}

impl CountryNameKind {
    const TABLE: [(&'static str, CountryNameKind); 7] = [
        ("official", CountryNameKind::Official),
        ("short", CountryNameKind::Short),
        ("variant", CountryNameKind::Variant),
        ("full", CountryNameKind::Full),
        ("english", CountryNameKind::English),
        ("former", CountryNameKind::Former),
        ("nickname", CountryNameKind::Nickname),
    ];
}

/// One name of one country.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountryName {
    /// The name as written.
    pub name: String,
    /// The standard Indonesian name of the country.
    pub canonical: String,
    /// ISO 3166-1 alpha-2 code (`XK` for Kosovo is user-assigned).
    pub iso2: String,
    /// What kind of name it is.
    pub kind: CountryNameKind,
    /// True for UN member states.
    pub un_member: bool,
    /// Ambiguity flags (`demonym` for `Inggris`, `Jepang`: also a language or people).
    pub ambiguity: Ambiguity,
    /// Remarks.
    pub note: Option<String>,
}

/// Country names, indexed by folded name and by ISO code.
#[derive(Clone, Debug, Default)]
pub struct Countries {
    names: Vec<CountryName>,
    by_name: FoldHashMap<String, Vec<usize>>,
    official: FoldHashMap<String, usize>,
}

const COUNTRY_COLUMNS: [&str; 7] = [
    "name",
    "canonical",
    "iso2",
    "kind",
    "un_member",
    "ambiguity",
    "note",
];

impl Countries {
    /// Loads the built-in `countries.tsv`.
    pub fn builtin() -> Result<Countries> {
        Countries::load(&[LexiconText::builtin(LexiconKind::Countries)])
    }

    /// Loads and validates `texts`: ISO codes are two capital letters, each code has exactly one
    /// `official` row whose name is the canonical name of all its rows, `un_member` agrees
    /// across a country's rows, and a name names a country once.
    pub fn load(texts: &[LexiconText]) -> Result<Countries> {
        let mut out = Countries::default();
        let mut seen = Seen::new("country name");
        let mut lines = Vec::new();
        fields::for_each_record(texts, &COUNTRY_COLUMNS, 5, |source, rec| {
            let name = rec.get(0);
            fields::plain_text(source, rec.line, "name", name)?;
            let iso2 = rec.get(2);
            if iso2.len() != 2 || !iso2.bytes().all(|b| b.is_ascii_uppercase()) {
                return Err(Error::lexicon(
                    source,
                    rec.line,
                    format!("bad ISO 3166-1 alpha-2 code `{iso2}` (expected two capital letters)"),
                ));
            }
            let kind = fields::keyword(
                source,
                rec.line,
                "kind",
                rec.get(3),
                &CountryNameKind::TABLE,
            )?;
            let un_member = fields::yes_no(source, rec.line, "un_member", rec.get(4))?;
            seen.insert(format!("{} -> {iso2}", fold_name(name)), source, rec.line)?;
            if kind == CountryNameKind::Official {
                if name != rec.get(1) {
                    return Err(Error::lexicon(
                        source,
                        rec.line,
                        format!(
                            "official name `{name}` differs from its canonical `{}`",
                            rec.get(1)
                        ),
                    ));
                }
                if out
                    .official
                    .insert(iso2.to_string(), out.names.len())
                    .is_some()
                {
                    return Err(Error::lexicon(
                        source,
                        rec.line,
                        format!("second official name for `{iso2}`"),
                    ));
                }
            }
            lines.push((source, rec.line));
            with_folded(name, |k| match out.by_name.get_mut(k) {
                Some(ids) => ids.push(out.names.len()),
                None => {
                    out.by_name.insert(k.to_string(), vec![out.names.len()]);
                }
            });
            out.names.push(CountryName {
                name: name.to_string(),
                canonical: rec.get(1).to_string(),
                iso2: iso2.to_string(),
                kind,
                un_member,
                ambiguity: Ambiguity::parse(source, rec.line, rec.get(5))?,
                note: rec.opt(6).map(str::to_string),
            });
            Ok(())
        })?;
        for (n, (source, line)) in out.names.iter().zip(&lines) {
            let official = out.official(&n.iso2).ok_or_else(|| {
                Error::lexicon(
                    source,
                    *line,
                    format!("`{}` has no official row for `{}`", n.name, n.iso2),
                )
            })?;
            if official.canonical != n.canonical {
                return Err(Error::lexicon(
                    source,
                    *line,
                    format!(
                        "canonical `{}` is not the official name `{}` of `{}`",
                        n.canonical, official.canonical, n.iso2
                    ),
                ));
            }
            if official.un_member != n.un_member {
                return Err(Error::lexicon(
                    source,
                    *line,
                    format!("un_member disagrees with the official row of `{}`", n.iso2),
                ));
            }
        }
        Ok(out)
    }

    /// Every name record whose name folds like `name`.
    pub fn named<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a CountryName> + 'a {
        with_folded(name, |k| self.by_name.get(k))
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .map(|&i| &self.names[i])
    }

    /// The official row of an ISO code.
    pub fn official(&self, iso2: &str) -> Option<&CountryName> {
        self.official.get(iso2).map(|&i| &self.names[i])
    }

    /// The official rows, one per country, in lexicon order.
    pub fn countries(&self) -> impl Iterator<Item = &CountryName> {
        self.names
            .iter()
            .filter(|n| n.kind == CountryNameKind::Official)
    }

    /// All name records.
    pub fn iter(&self) -> impl Iterator<Item = &CountryName> {
        self.names.iter()
    }

    /// Number of name records.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// What a [`GeoName`] names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GeoKind {
    /// An island (`Kalimantan`, `Lombok`).
    Island,
    /// An island group (`Nusa Tenggara`, `Kepulauan Seribu`).
    IslandGroup,
    /// A wider region (`Asia Tenggara`, `Jabodetabek`, `Pantura`).
    Region,
    /// The capital area Ibu Kota Nusantara, which is not a Kemendagri region.
    CapitalArea,
    /// A peninsula.
    Peninsula,
    /// A continent.
    Continent,
    /// A sea or ocean.
    Sea,
    /// A strait.
    Strait,
    /// A bay.
    Bay,
    /// A river.
    River,
    /// A lake.
    Lake,
    /// A mountain, volcano or range.
    Mountain,
    /// A city or town abroad (`Perth`, `Kuala Lumpur`), which has no Kemendagri code.
    City,
    /// A named area that is no region of its own (`Puncak` in Bogor, `Canggu`, `Lapago`).
    Area,
}

impl GeoKind {
    const TABLE: [(&'static str, GeoKind); 14] = [
        ("island", GeoKind::Island),
        ("island_group", GeoKind::IslandGroup),
        ("region", GeoKind::Region),
        ("capital_area", GeoKind::CapitalArea),
        ("peninsula", GeoKind::Peninsula),
        ("continent", GeoKind::Continent),
        ("sea", GeoKind::Sea),
        ("strait", GeoKind::Strait),
        ("bay", GeoKind::Bay),
        ("river", GeoKind::River),
        ("lake", GeoKind::Lake),
        ("mountain", GeoKind::Mountain),
        ("city", GeoKind::City),
        ("area", GeoKind::Area),
    ];

    /// The output model's level: [`PlaceLevel::Island`] for islands and island groups,
    /// [`PlaceLevel::City`] for cities abroad, [`PlaceLevel::Region`] for the rest.
    pub fn place_level(self) -> PlaceLevel {
        match self {
            GeoKind::Island | GeoKind::IslandGroup => PlaceLevel::Island,
            GeoKind::City => PlaceLevel::City,
            _ => PlaceLevel::Region,
        }
    }
}

/// One geographic name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeoName {
    /// The name as written.
    pub name: String,
    /// The standard name (there is a record whose name is this).
    pub canonical: String,
    /// What it names.
    pub kind: GeoKind,
    /// Kemendagri codes of the provinces or regencies it lies in (empty abroad).
    pub codes: Vec<String>,
    /// Ambiguity flags.
    pub ambiguity: Ambiguity,
    /// Remarks.
    pub note: Option<String>,
}

/// Geographic names, indexed by folded name.
#[derive(Clone, Debug, Default)]
pub struct GeoNames {
    names: Vec<GeoName>,
    by_name: FoldHashMap<String, usize>,
}

const GEO_COLUMNS: [&str; 6] = ["name", "canonical", "kind", "codes", "ambiguity", "note"];

impl GeoNames {
    /// Loads the built-in `geo_names.tsv`, checked against `regions`.
    pub fn builtin(regions: &Regions) -> Result<GeoNames> {
        GeoNames::load(&[LexiconText::builtin(LexiconKind::GeoNames)], regions)
    }

    /// Loads and validates `texts`: a name is listed once, every code exists in `regions`,
    /// and every canonical name has its own record.
    pub fn load(texts: &[LexiconText], regions: &Regions) -> Result<GeoNames> {
        let mut out = GeoNames::default();
        let mut seen = Seen::new("name");
        let mut lines = Vec::new();
        fields::for_each_record(texts, &GEO_COLUMNS, 3, |source, rec| {
            let name = rec.get(0);
            fields::plain_text(source, rec.line, "name", name)?;
            let kind = fields::keyword(source, rec.line, "kind", rec.get(2), &GeoKind::TABLE)?;
            let codes = fields::list(source, rec.line, "codes", rec.get(3))?;
            for c in &codes {
                if !regions.contains(c) {
                    return Err(Error::lexicon(
                        source,
                        rec.line,
                        format!("region code `{c}` does not exist"),
                    ));
                }
            }
            let key = fold_name(name);
            seen.insert(key.clone(), source, rec.line)?;
            lines.push((source, rec.line));
            out.by_name.insert(key, out.names.len());
            out.names.push(GeoName {
                name: name.to_string(),
                canonical: rec.get(1).to_string(),
                kind,
                codes: codes.into_iter().map(str::to_string).collect(),
                ambiguity: Ambiguity::parse(source, rec.line, rec.get(4))?,
                note: rec.opt(5).map(str::to_string),
            });
            Ok(())
        })?;
        for (n, (source, line)) in out.names.iter().zip(&lines) {
            if !with_folded(&n.canonical, |k| out.by_name.contains_key(k)) {
                return Err(Error::lexicon(
                    source,
                    *line,
                    format!("canonical `{}` has no record of its own", n.canonical),
                ));
            }
        }
        Ok(out)
    }

    /// The record whose name folds like `name` (names are unique).
    pub fn named<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a GeoName> + 'a {
        with_folded(name, |k| self.by_name.get(k))
            .map(|&i| &self.names[i])
            .into_iter()
    }

    /// All records, in lexicon order.
    pub fn iter(&self) -> impl Iterator<Item = &GeoName> {
        self.names.iter()
    }

    /// Number of records.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHEAD: &str = "name\tcanonical\tiso2\tkind\tun_member\tambiguity\tnote\n";

    fn countries(body: &str) -> Result<Countries> {
        Countries::load(&[LexiconText::new("c.tsv", format!("{CHEAD}{body}"))])
    }

    #[test]
    fn builtin_has_every_un_member() {
        let c = Countries::builtin().unwrap();
        let members: Vec<&CountryName> = c.countries().filter(|n| n.un_member).collect();
        assert_eq!(members.len(), 193);
        let mut isos: Vec<&str> = members.iter().map(|n| n.iso2.as_str()).collect();
        isos.sort_unstable();
        isos.dedup();
        assert_eq!(isos.len(), 193);
        for (name, canonical) in [
            ("AS", "Amerika Serikat"),
            ("China", "Tiongkok"),
            ("Korsel", "Korea Selatan"),
            ("Arab Saudi", "Arab Saudi"),
            ("Belanda", "Belanda"),
            ("Jepang", "Jepang"),
            ("UEA", "Uni Emirat Arab"),
        ] {
            assert_eq!(c.named(name).next().unwrap().canonical, canonical, "{name}");
        }
        assert!(c
            .named("Inggris")
            .next()
            .unwrap()
            .ambiguity
            .contains(Ambiguity::DEMONYM));
        assert!(!c.official("PS").unwrap().un_member);
    }

    #[test]
    fn country_errors_name_the_line() {
        assert!(countries("Jepang\tJepang\tJP\tofficial\tyes\t\t\n").is_ok());
        let e = countries("Jepang\tJepang\tJPN\tofficial\tyes\t\t\n")
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "c.tsv:2: bad ISO 3166-1 alpha-2 code `JPN` (expected two capital letters)"
        );
        let e = countries("Nippon\tJepang\tJP\tvariant\tyes\t\t\n")
            .unwrap_err()
            .to_string();
        assert_eq!(e, "c.tsv:2: `Nippon` has no official row for `JP`");
        let e = countries(
            "Jepang\tJepang\tJP\tofficial\tyes\t\t\nNippon\tJapang\tJP\tvariant\tyes\t\t\n",
        )
        .unwrap_err()
        .to_string();
        assert_eq!(
            e,
            "c.tsv:3: canonical `Japang` is not the official name `Jepang` of `JP`"
        );
        let e = countries("Jepang\tJepang\tJP\tofficial\tmaybe\t\t\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("c.tsv:2: unknown un_member `maybe`"), "{e}");
        let e = countries(
            "Jepang\tJepang\tJP\tofficial\tyes\t\t\njepang\tJepang\tJP\tvariant\tyes\t\t\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("c.tsv:3: duplicate country name"), "{e}");
    }

    #[test]
    fn builtin_geo_names_resolve() {
        let r = Regions::builtin().unwrap();
        let g = GeoNames::builtin(&r).unwrap();
        for name in [
            "Kalimantan",
            "Jawa",
            "Sumatera",
            "Sulawesi",
            "Papua",
            "Bali",
            "Nusa Tenggara",
            "Maluku",
            "Nusantara",
            "IKN",
            "Asia Tenggara",
        ] {
            assert!(g.named(name).next().is_some(), "{name}");
        }
        let ikn = g.named("IKN").next().unwrap();
        assert_eq!(ikn.kind, GeoKind::CapitalArea);
        assert!(ikn.codes.iter().any(|c| c == "64.09"));
        assert_eq!(
            g.named("Samudera Hindia").next().unwrap().canonical,
            "Samudra Hindia"
        );
        assert_eq!(
            g.named("Lombok").next().unwrap().kind.place_level(),
            PlaceLevel::Island
        );
    }

    #[test]
    fn geo_errors_name_the_line() {
        let r = Regions::builtin().unwrap();
        let load = |body: &str| {
            GeoNames::load(
                &[LexiconText::new(
                    "g.tsv",
                    format!("name\tcanonical\tkind\tcodes\tambiguity\tnote\n{body}"),
                )],
                &r,
            )
        };
        assert!(load("Jawa\tJawa\tisland\t32,33\t\t\n").is_ok());
        assert_eq!(
            load("Jawa\tJawa\tisland\t32,39\t\t\n")
                .unwrap_err()
                .to_string(),
            "g.tsv:2: region code `39` does not exist"
        );
        assert!(load("Jawa\tJawa\tpulau\t\t\t\n")
            .unwrap_err()
            .to_string()
            .starts_with("g.tsv:2: unknown kind `pulau`"));
        assert_eq!(
            load("Java\tJawa\tisland\t\t\t\n").unwrap_err().to_string(),
            "g.tsv:2: canonical `Jawa` has no record of its own"
        );
    }
}
