//! Titles and positions of officials (`titles.tsv`) and the modifiers that make a position
//! acting, interim or former (`title_modifiers.tsv`).
//!
//! A title says how the words after it are read ([`Complement`]), what kind of jurisdiction it
//! expects ([`Jurisdiction`], [`JurisdictionLevel`]) and which organisation an abbreviated form
//! already contains (`Kapolda` → `Polda`). See the header of `lexicons/titles.tsv` for the
//! decisions behind the columns.
//!
//! ```
//! use warta::lexicon::titles::{Complement, Jurisdiction, JurisdictionLevel, Titles};
//!
//! let titles = Titles::builtin()?;
//! let kapolda = titles.get("Kapolda").unwrap();
//! assert_eq!(kapolda.canonical, "Kepala Kepolisian Daerah");
//! assert_eq!(kapolda.jurisdiction, Jurisdiction::Place);
//! assert_eq!(kapolda.level, Some(JurisdictionLevel::Province));
//! assert_eq!(kapolda.embedded.as_deref(), Some("Polda"));
//! assert_eq!(titles.get("Menteri").unwrap().complement, Complement::Portfolio);
//! # Ok::<(), warta::Error>(())
//! ```

use std::collections::HashMap;

use crate::error::{Error, Result};
use crate::lexicon::fields::{self, fold_name, Seen};
use crate::lexicon::{LexiconKind, LexiconText};

/// The field a title belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TitleCategory {
    /// President, vice-president, national agencies.
    National,
    /// Ministers and ministry officials.
    Ministerial,
    /// Regional government: governors, regents, mayors, their services, districts, villages.
    Regional,
    /// Legislatures (DPR, DPRD, DPD, MPR) and their bodies.
    Legislative,
    /// Courts, prosecution, prisons.
    Judicial,
    /// Election bodies.
    Election,
    /// Police (Polri).
    Police,
    /// Armed forces (TNI).
    Military,
    /// Diplomats.
    Diplomatic,
    /// Universities and schools.
    Education,
    /// Hospitals and health centres.
    Health,
    /// Companies.
    Corporate,
    /// Parties and associations.
    Organization,
    /// Neighbourhood and community bodies.
    Community,
    /// Religious bodies.
    Religious,
    /// Generic heads and members (Kepala, Ketua, Anggota).
    Generic,
    /// Occupations held in a public body: the functional positions of the civil service and
    /// professions (Peneliti, Penyuluh Pertanian, Dosen, Dokter Spesialis Anak). The names of
    /// their associations carry them too (Perhimpunan Dokter Spesialis Anak Indonesia).
    Functional,
}

impl TitleCategory {
    const TABLE: [(&'static str, TitleCategory); 17] = [
        ("national", TitleCategory::National),
        ("ministerial", TitleCategory::Ministerial),
        ("regional", TitleCategory::Regional),
        ("legislative", TitleCategory::Legislative),
        ("judicial", TitleCategory::Judicial),
        ("election", TitleCategory::Election),
        ("police", TitleCategory::Police),
        ("military", TitleCategory::Military),
        ("diplomatic", TitleCategory::Diplomatic),
        ("education", TitleCategory::Education),
        ("health", TitleCategory::Health),
        ("corporate", TitleCategory::Corporate),
        ("organization", TitleCategory::Organization),
        ("community", TitleCategory::Community),
        ("religious", TitleCategory::Religious),
        ("generic", TitleCategory::Generic),
        ("functional", TitleCategory::Functional),
    ];
}

/// How the words right after a title are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Complement {
    /// The title is complete; a following place or organisation is the jurisdiction.
    None,
    /// Following portfolio words belong to the title (`Menteri Dalam Negeri`).
    Portfolio,
    /// Following words name the organisation headed (`Kepala Dinas Kesehatan` →
    /// `Dinas Kesehatan`).
    Organization,
    /// Following words name a sub-unit (`Kabid Perikanan Budidaya`).
    Unit,
}

/// What a position belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Jurisdiction {
    /// Nothing named after the title (the country is implied).
    None,
    /// A place (`Gubernur Kaltim`).
    Place,
    /// An organisation (`Kepala Dinas Kesehatan`, `Rektor Universitas Mulawarman`).
    Organization,
}

/// The level of a place jurisdiction.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum JurisdictionLevel {
    /// The country (RI).
    National,
    /// A province.
    Province,
    /// A regency (kabupaten).
    Regency,
    /// A city (kota).
    City,
    /// A regency or a city.
    RegencyOrCity,
    /// A district (kecamatan).
    District,
    /// A village (desa, kelurahan) or smaller.
    Village,
    /// A foreign country.
    Country,
    /// Any level.
    Any,
}

impl JurisdictionLevel {
    const TABLE: [(&'static str, JurisdictionLevel); 9] = [
        ("national", JurisdictionLevel::National),
        ("province", JurisdictionLevel::Province),
        ("regency", JurisdictionLevel::Regency),
        ("city", JurisdictionLevel::City),
        ("regency_or_city", JurisdictionLevel::RegencyOrCity),
        ("district", JurisdictionLevel::District),
        ("village", JurisdictionLevel::Village),
        ("country", JurisdictionLevel::Country),
        ("any", JurisdictionLevel::Any),
    ];
}

/// One title.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title {
    /// The title as written.
    pub form: String,
    /// The spelled-out official form.
    pub canonical: String,
    /// The field it belongs to.
    pub category: TitleCategory,
    /// How the following words are read.
    pub complement: Complement,
    /// What the position belongs to.
    pub jurisdiction: Jurisdiction,
    /// For place jurisdictions (and national posts), the expected level.
    pub level: Option<JurisdictionLevel>,
    /// The organisation the form contains or abbreviates (`Polda` for `Kapolda`).
    pub embedded: Option<String>,
    /// True when the form is an abbreviation or blend.
    pub abbreviation: bool,
    /// Remarks.
    pub note: Option<String>,
}

/// The columns of `title_modifiers.tsv`.
pub(crate) const MODIFIER_COLUMNS: [&str; 5] = ["form", "canonical", "kind", "position", "note"];

/// Titles, indexed by folded form.
#[derive(Clone, Debug, Default)]
pub struct Titles {
    titles: Vec<Title>,
    by_form: HashMap<String, usize>,
}

/// The columns of `titles.tsv`.
pub(crate) const TITLE_COLUMNS: [&str; 9] = [
    "form",
    "canonical",
    "category",
    "complement",
    "jurisdiction",
    "level",
    "embedded",
    "abbreviation",
    "note",
];

impl Titles {
    /// Loads the built-in `titles.tsv`.
    pub fn builtin() -> Result<Titles> {
        Titles::load(&[LexiconText::builtin(LexiconKind::Titles)])
    }

    /// Loads and validates `texts`: each form once (case-insensitively), known keywords, a
    /// level for every place jurisdiction and none for organisation jurisdictions, and an
    /// abbreviation's canonical form different from the form.
    pub fn load(texts: &[LexiconText]) -> Result<Titles> {
        let mut out = Titles::default();
        let mut seen = Seen::new("title");
        fields::for_each_record(texts, &TITLE_COLUMNS, 5, |source, rec| {
            let line = rec.line;
            let form = rec.get(0);
            fields::plain_text(source, line, "form", form)?;
            let category =
                fields::keyword(source, line, "category", rec.get(2), &TitleCategory::TABLE)?;
            let complement = fields::keyword(
                source,
                line,
                "complement",
                rec.get(3),
                &[
                    ("none", Complement::None),
                    ("portfolio", Complement::Portfolio),
                    ("organization", Complement::Organization),
                    ("unit", Complement::Unit),
                ],
            )?;
            let jurisdiction = fields::keyword(
                source,
                line,
                "jurisdiction",
                rec.get(4),
                &[
                    ("none", Jurisdiction::None),
                    ("place", Jurisdiction::Place),
                    ("organization", Jurisdiction::Organization),
                ],
            )?;
            let level = match rec.opt(5) {
                Some(v) => Some(fields::keyword(
                    source,
                    line,
                    "level",
                    v,
                    &JurisdictionLevel::TABLE,
                )?),
                None => None,
            };
            match (jurisdiction, level) {
                (Jurisdiction::Place, None) => {
                    return Err(Error::lexicon(
                        source,
                        line,
                        format!("`{form}` has a place jurisdiction but no level"),
                    ))
                }
                (Jurisdiction::Organization, Some(_)) => {
                    return Err(Error::lexicon(
                        source,
                        line,
                        format!("`{form}` has an organisation jurisdiction and a level"),
                    ))
                }
                _ => {}
            }
            let abbreviation = fields::yes_no(source, line, "abbreviation", rec.get(7))?;
            let canonical = rec.get(1);
            if abbreviation && canonical == form {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("abbreviation `{form}` needs a spelled-out canonical form"),
                ));
            }
            let key = fold_name(form);
            seen.insert(key.clone(), source, line)?;
            out.by_form.insert(key, out.titles.len());
            out.titles.push(Title {
                form: form.to_string(),
                canonical: canonical.to_string(),
                category,
                complement,
                jurisdiction,
                level,
                embedded: rec.opt(6).map(str::to_string),
                abbreviation,
                note: rec.opt(8).map(str::to_string),
            });
            Ok(())
        })?;
        Ok(out)
    }

    /// The title written `form` (case-insensitive).
    pub fn get(&self, form: &str) -> Option<&Title> {
        self.position(form).map(|i| &self.titles[i])
    }

    /// The index in lexicon order of the title written `form` (case-insensitive).
    pub(crate) fn position(&self, form: &str) -> Option<usize> {
        self.by_form.get(&fold_name(form)).copied()
    }

    /// The abbreviated forms (`Kadis`, `Kapolda`, `Mendagri`): acronyms whose expansion is
    /// the canonical form.
    pub fn abbreviations(&self) -> impl Iterator<Item = &Title> {
        self.titles.iter().filter(|t| t.abbreviation)
    }

    /// All titles, in lexicon order.
    pub fn iter(&self) -> impl Iterator<Item = &Title> {
        self.titles.iter()
    }

    /// Number of titles.
    pub fn len(&self) -> usize {
        self.titles.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.titles.is_empty()
    }
}

/// What a modifier does to a position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ModifierKind {
    /// Plt (Pelaksana Tugas): fills a vacant or long-absent post.
    Acting,
    /// Plh (Pelaksana Harian): stands in while the holder is briefly away.
    Daily,
    /// Pj, Pjs (Penjabat, Penjabat Sementara): appointed to a regional head's post.
    Interim,
    /// mantan, eks: no longer holds the post.
    Former,
    /// terpilih: elected, not yet in office.
    Elect,
    /// calon: a candidate, not an office holder.
    Candidate,
    /// nonaktif: suspended.
    Suspended,
    /// definitif: confirmed in the post.
    Definitive,
    /// Ahli Madya, Terampil: the grade of a functional position, written after it and part of
    /// the title as reported (`Peneliti Ahli Madya`).
    Grade,
}

/// Where a modifier stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ModifierPosition {
    /// Before the title (`Plt. Kepala Dinas`).
    Before,
    /// After the title (`Bupati terpilih`).
    After,
}

/// One title modifier.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleModifier {
    /// As written.
    pub form: String,
    /// Spelled out.
    pub canonical: String,
    /// What it does.
    pub kind: ModifierKind,
    /// Where it stands.
    pub position: ModifierPosition,
    /// Remarks.
    pub note: Option<String>,
}

/// Title modifiers, indexed by folded form.
#[derive(Clone, Debug, Default)]
pub struct TitleModifiers {
    modifiers: Vec<TitleModifier>,
    by_form: HashMap<String, usize>,
}

impl TitleModifiers {
    /// Loads the built-in `title_modifiers.tsv`.
    pub fn builtin() -> Result<TitleModifiers> {
        TitleModifiers::load(&[LexiconText::builtin(LexiconKind::TitleModifiers)])
    }

    /// Loads and validates `texts`: each form once, known kinds and positions.
    pub fn load(texts: &[LexiconText]) -> Result<TitleModifiers> {
        let mut out = TitleModifiers::default();
        let mut seen = Seen::new("modifier");
        fields::for_each_record(texts, &MODIFIER_COLUMNS, 4, |source, rec| {
            let line = rec.line;
            let kind = fields::keyword(
                source,
                line,
                "kind",
                rec.get(2),
                &[
                    ("acting", ModifierKind::Acting),
                    ("daily", ModifierKind::Daily),
                    ("interim", ModifierKind::Interim),
                    ("former", ModifierKind::Former),
                    ("elect", ModifierKind::Elect),
                    ("candidate", ModifierKind::Candidate),
                    ("suspended", ModifierKind::Suspended),
                    ("definitive", ModifierKind::Definitive),
                    ("grade", ModifierKind::Grade),
                ],
            )?;
            let position = fields::keyword(
                source,
                line,
                "position",
                rec.get(3),
                &[
                    ("before", ModifierPosition::Before),
                    ("after", ModifierPosition::After),
                ],
            )?;
            let form = rec.get(0);
            let key = fold_name(form);
            seen.insert(key.clone(), source, line)?;
            out.by_form.insert(key, out.modifiers.len());
            out.modifiers.push(TitleModifier {
                form: form.to_string(),
                canonical: rec.get(1).to_string(),
                kind,
                position,
                note: rec.opt(4).map(str::to_string),
            });
            Ok(())
        })?;
        Ok(out)
    }

    /// The modifier written `form` (case-insensitive).
    pub fn get(&self, form: &str) -> Option<&TitleModifier> {
        self.by_form
            .get(&fold_name(form))
            .map(|&i| &self.modifiers[i])
    }

    /// All modifiers.
    pub fn iter(&self) -> impl Iterator<Item = &TitleModifier> {
        self.modifiers.iter()
    }

    /// Number of modifiers.
    pub fn len(&self) -> usize {
        self.modifiers.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.modifiers.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "form\tcanonical\tcategory\tcomplement\tjurisdiction\tlevel\tembedded\tabbreviation\tnote\n";

    fn load(body: &str) -> Result<Titles> {
        Titles::load(&[LexiconText::new("t.tsv", format!("{HEAD}{body}"))])
    }

    #[test]
    fn builtin_has_at_least_300_titles() {
        let t = Titles::builtin().unwrap();
        assert!(t.len() >= 300, "{}", t.len());
        assert!(t.abbreviations().count() >= 100);
    }

    #[test]
    fn builtin_covers_the_issue_list() {
        let t = Titles::builtin().unwrap();
        for form in [
            "Presiden",
            "Wakil Presiden",
            "Menteri",
            "Menko",
            "Wamen",
            "Kepala Badan",
            "Kepala Staf",
            "Jaksa Agung",
            "Ketua MPR",
            "Ketua DPR",
            "Ketua DPD",
            "Ketua MA",
            "Ketua MK",
            "Ketua KPK",
            "Ketua BPK",
            "Ketua KPU",
            "Ketua Bawaslu",
            "Gubernur BI",
            "Duta Besar",
            "Gubernur",
            "Wagub",
            "Bupati",
            "Wabup",
            "Wali Kota",
            "Walikota",
            "Wawali",
            "Sekda",
            "Sekdaprov",
            "Sekkab",
            "Sekkot",
            "Asisten",
            "Staf Ahli",
            "Kadis",
            "Karo",
            "Kabag",
            "Kabid",
            "Kasi",
            "Kepala UPTD",
            "Camat",
            "Lurah",
            "Kades",
            "Kepala Kantor",
            "Direktur",
            "Dirut",
            "Sekdis",
            "Inspektur",
            "Anggota DPRD",
            "Ketua Komisi",
            "Ketua Fraksi",
            "Ketua Pansus",
            "Ketua Banggar",
            "Kapolri",
            "Wakapolri",
            "Kapolda",
            "Wakapolda",
            "Kapolres",
            "Kapolresta",
            "Kapolsek",
            "Kabid Humas",
            "Panglima TNI",
            "KSAD",
            "KSAL",
            "KSAU",
            "Pangdam",
            "Danrem",
            "Dandim",
            "Danramil",
            "Danlanal",
            "Danlanud",
            "Kajati",
            "Kajari",
            "Kasi Intel",
            "Ketua Pengadilan",
            "Rektor",
            "Dekan",
            "Kepala Sekolah",
            "Ketua Umum",
            "Ketua Harian",
            "Direktur Utama",
            "Ketua RT",
            "Ketua RW",
        ] {
            assert!(t.get(form).is_some(), "{form}");
        }
        assert_eq!(t.get("kadis").unwrap().canonical, "Kepala Dinas");
        assert_eq!(t.get("Wagub").unwrap().canonical, "Wakil Gubernur");
        assert_eq!(t.get("Walikota").unwrap().canonical, "Wali Kota");
        let kadis = t.get("Kepala Dinas").unwrap();
        assert_eq!(kadis.complement, Complement::Organization);
        assert_eq!(kadis.jurisdiction, Jurisdiction::Organization);
        let camat = t.get("Camat").unwrap();
        assert_eq!(camat.level, Some(JurisdictionLevel::District));
    }

    #[test]
    fn builtin_abbreviations_agree_with_their_spelled_out_titles() {
        let t = Titles::builtin().unwrap();
        let mut checked = 0;
        for a in t.abbreviations() {
            assert_ne!(a.form, a.canonical);
            if let Some(full) = t.get(&a.canonical) {
                assert_eq!(a.jurisdiction, full.jurisdiction, "{}", a.form);
                assert_eq!(a.level, full.level, "{}", a.form);
                checked += 1;
            }
        }
        assert!(checked >= 50, "{checked}");
        let kapolres = t.get("Kapolres").unwrap();
        assert_eq!(kapolres.level, Some(JurisdictionLevel::RegencyOrCity));
        assert_eq!(kapolres.embedded.as_deref(), Some("Polres"));
    }

    #[test]
    fn title_errors_name_the_line() {
        assert!(load("Gubernur\tGubernur\tregional\tnone\tplace\tprovince\t\tno\t\n").is_ok());
        let e = load("Gubernur\tGubernur\tregional\tnone\tplace\t\t\tno\t\n")
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "t.tsv:2: `Gubernur` has a place jurisdiction but no level"
        );
        let e = load("Gubernur\tGubernur\tregional\tnone\tplace\tprovinsi\t\tno\t\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("t.tsv:2: unknown level `provinsi`"), "{e}");
        let e = load("Kadis\tKadis\tregional\torganization\torganization\t\tDinas\tyes\t\n")
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "t.tsv:2: abbreviation `Kadis` needs a spelled-out canonical form"
        );
        let e = load(
            "Camat\tCamat\tregional\tnone\tplace\tdistrict\t\tno\t\ncamat\tCamat\tregional\tnone\tplace\tdistrict\t\tno\t\n",
        )
        .unwrap_err()
        .to_string();
        assert_eq!(
            e,
            "t.tsv:3: duplicate title `camat` (first defined at t.tsv:2)"
        );
    }

    #[test]
    fn modifiers_load_and_validate() {
        let m = TitleModifiers::builtin().unwrap();
        for (form, kind) in [
            ("Plt.", ModifierKind::Acting),
            ("Plt", ModifierKind::Acting),
            ("Plh", ModifierKind::Daily),
            ("Pj.", ModifierKind::Interim),
            ("Pjs", ModifierKind::Interim),
            ("mantan", ModifierKind::Former),
            ("Eks", ModifierKind::Former),
            ("Ahli Madya", ModifierKind::Grade),
            ("terampil", ModifierKind::Grade),
        ] {
            assert_eq!(m.get(form).unwrap().kind, kind, "{form}");
        }
        assert_eq!(m.get("terpilih").unwrap().position, ModifierPosition::After);
        let bad = TitleModifiers::load(&[LexiconText::new(
            "m.tsv",
            "form\tcanonical\tkind\tposition\tnote\nPlt\tPelaksana Tugas\tacting\tbefore the title\t\n",
        )]);
        assert!(bad
            .unwrap_err()
            .to_string()
            .starts_with("m.tsv:2: unknown position"));
    }
}
