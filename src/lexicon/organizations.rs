//! Organisation lexicons: the head words that open organisation names and what may follow them
//! (`org_patterns.tsv`), national institutions with their acronyms (`institutions.tsv`), and
//! regional bodies that take a place after them (`regional_bodies.tsv`).
//!
//! ```
//! use warta::lexicon::organizations::{Institutions, OrgPatterns, RegionalBodies, SlotKind};
//!
//! let patterns = OrgPatterns::builtin()?;
//! let dinas = patterns.get("Dinas").unwrap();
//! assert_eq!(dinas.follows[0].kind, SlotKind::Portfolio);
//! assert!(dinas.follows[1].optional);
//!
//! let institutions = Institutions::builtin()?;
//! let kemendagri = institutions.by_acronym("Kemendagri").next().unwrap();
//! assert_eq!(kemendagri.name, "Kementerian Dalam Negeri");
//!
//! let regional = RegionalBodies::builtin()?;
//! assert_eq!(regional.by_acronym("Dinkes").next().unwrap().name, "Dinas Kesehatan");
//! # Ok::<(), warta::Error>(())
//! ```

use std::collections::HashMap;

use crate::error::{Error, Result};
use crate::lexicon::fields::{self, fold_name, Seen};
use crate::lexicon::titles::JurisdictionLevel;
use crate::lexicon::{LexiconKind, LexiconText};

/// The `follows` value of a head that closes a name written in English before it.
const CLOSES: &str = "closes";

const LEVELS: [(&str, JurisdictionLevel); 8] = [
    ("national", JurisdictionLevel::National),
    ("province", JurisdictionLevel::Province),
    ("regency", JurisdictionLevel::Regency),
    ("city", JurisdictionLevel::City),
    ("regency_or_city", JurisdictionLevel::RegencyOrCity),
    ("district", JurisdictionLevel::District),
    ("village", JurisdictionLevel::Village),
    ("any", JurisdictionLevel::Any),
];

/// What may fill a slot after an organisation head.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SlotKind {
    /// A place name, optionally after Provinsi/Kabupaten/Kota/Kecamatan/Desa.
    Place,
    /// Capitalised portfolio words joined by commas, `dan`, `serta`, `&`.
    Portfolio,
    /// Capitalised proper-name words.
    Name,
    /// Numbers, Roman numerals, `Kelas`, slash-joined unit names (`1707/Merauke`).
    Number,
    /// Another organisation name.
    Org,
    /// `di` or `pada` and the place or organisation where the unit sits (`Balai POM di
    /// Kupang`, `Pengadilan Tipikor pada Pengadilan Negeri Serang`).
    Seat,
    /// No words: the name so far must be defined by a short form in brackets after it, which
    /// spells it and is no term of the acronym lexicon (`Masyarakat Anti Korupsi (MAKI)`,
    /// where `masyarakat` alone is the public); a place may come before the brackets.
    Defined,
}

/// One slot of an [`OrgPattern`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Slot {
    /// What fills it.
    pub kind: SlotKind,
    /// True when it may be left out.
    pub optional: bool,
}

/// The field an organisation belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OrgKind {
    /// Government bodies.
    Government,
    /// Legislatures and their bodies.
    Legislature,
    /// Police.
    Police,
    /// Armed forces.
    Military,
    /// Courts, prosecution, prisons.
    Judicial,
    /// Election bodies.
    Election,
    /// Community bodies and associations.
    Community,
    /// Companies and cooperatives.
    Company,
    /// Political parties.
    Party,
    /// Schools and universities.
    Education,
    /// Religious bodies.
    Religious,
    /// Hospitals and clinics.
    Health,
}

/// A head word that opens organisation names.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrgPattern {
    /// The opening word(s).
    pub head: String,
    /// Spelled out.
    pub canonical: String,
    /// The slots that may follow, in order.
    pub follows: Vec<Slot>,
    /// The level of the place slot.
    pub level: JurisdictionLevel,
    /// The field.
    pub kind: OrgKind,
    /// Examples and cautions.
    pub note: Option<String>,
}

impl OrgPattern {
    /// True when the head alone is a name (every slot optional).
    pub fn stands_alone(&self) -> bool {
        self.follows.iter().all(|s| s.optional)
    }
}

/// Organisation head patterns, indexed by folded head, and the head nouns that close a name
/// written in English (rows whose `follows` is `closes`).
#[derive(Clone, Debug, Default)]
pub struct OrgPatterns {
    patterns: Vec<OrgPattern>,
    by_head: HashMap<String, usize>,
    closing: Vec<String>,
}

impl OrgPatterns {
    /// Loads the built-in `org_patterns.tsv`.
    pub fn builtin() -> Result<OrgPatterns> {
        OrgPatterns::load(&[LexiconText::builtin(LexiconKind::OrgPatterns)])
    }

    /// Loads and validates `texts`: each head once, known slots, levels and kinds.
    pub fn load(texts: &[LexiconText]) -> Result<OrgPatterns> {
        let mut out = OrgPatterns::default();
        let mut seen = Seen::new("head");
        let columns = ["head", "canonical", "follows", "level", "kind", "note"];
        fields::for_each_record(texts, &columns, 5, |source, rec| {
            let line = rec.line;
            let head = rec.get(0);
            fields::plain_text(source, line, "head", head)?;
            let key = fold_name(head);
            let closes = rec.get(2) == CLOSES;
            if closes && head.contains(' ') {
                return Err(Error::Lexicon {
                    source: source.to_string(),
                    line,
                    reason: format!("a closing head is one word, not `{head}`"),
                });
            }
            let mut follows = Vec::new();
            for word in rec.get(2).split(' ').filter(|_| !closes) {
                let (name, optional) = match word.strip_suffix('?') {
                    Some(n) => (n, true),
                    None => (word, false),
                };
                let kind = fields::keyword(
                    source,
                    line,
                    "slot",
                    name,
                    &[
                        ("place", SlotKind::Place),
                        ("portfolio", SlotKind::Portfolio),
                        ("name", SlotKind::Name),
                        ("number", SlotKind::Number),
                        ("org", SlotKind::Org),
                        ("seat", SlotKind::Seat),
                        ("defined", SlotKind::Defined),
                    ],
                )?;
                follows.push(Slot { kind, optional });
            }
            let level = fields::keyword(source, line, "level", rec.get(3), &LEVELS)?;
            let kind = fields::keyword(
                source,
                line,
                "kind",
                rec.get(4),
                &[
                    ("government", OrgKind::Government),
                    ("legislature", OrgKind::Legislature),
                    ("police", OrgKind::Police),
                    ("military", OrgKind::Military),
                    ("judicial", OrgKind::Judicial),
                    ("election", OrgKind::Election),
                    ("community", OrgKind::Community),
                    ("company", OrgKind::Company),
                    ("party", OrgKind::Party),
                    ("education", OrgKind::Education),
                    ("religious", OrgKind::Religious),
                    ("health", OrgKind::Health),
                ],
            )?;
            seen.insert(key.clone(), source, line)?;
            if closes {
                // The words before it are the name (`… Training Center`); kind and level are
                // checked but not used yet.
                out.closing.push(head.to_string());
                return Ok(());
            }
            out.by_head.insert(key, out.patterns.len());
            out.patterns.push(OrgPattern {
                head: head.to_string(),
                canonical: rec.get(1).to_string(),
                follows,
                level,
                kind,
                note: rec.opt(5).map(str::to_string),
            });
            Ok(())
        })?;
        Ok(out)
    }

    /// The pattern whose head folds like `head`.
    pub fn get(&self, head: &str) -> Option<&OrgPattern> {
        self.by_head
            .get(&fold_name(head))
            .map(|&i| &self.patterns[i])
    }

    /// The head nouns that close an organisation's name written in English (`Center`,
    /// `Association`), as written, in lexicon order: rows whose `follows` is `closes`.
    pub fn closing_heads(&self) -> impl Iterator<Item = &str> {
        self.closing.iter().map(String::as_str)
    }

    /// All patterns that open a name, in lexicon order.
    pub fn iter(&self) -> impl Iterator<Item = &OrgPattern> {
        self.patterns.iter()
    }

    /// Number of patterns.
    pub fn len(&self) -> usize {
        self.patterns.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.patterns.is_empty()
    }
}

/// What kind of national institution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InstitutionKind {
    /// Kementerian Koordinator.
    CoordinatingMinistry,
    /// Kementerian.
    Ministry,
    /// Direktorat Jenderal of a ministry.
    Directorate,
    /// Offices around the president (KSP, Setkab).
    PresidentialOffice,
    /// Non-ministerial agencies (BPS, BNPB, BMKG).
    Agency,
    /// OJK, LPS.
    FinancialAuthority,
    /// Bank Indonesia.
    CentralBank,
    /// BPK and other state bodies.
    StateBody,
    /// MPR, DPR, DPD.
    Legislature,
    /// MA, MK.
    Court,
    /// KPK, KPU, Bawaslu, Ombudsman and other commissions.
    Commission,
    /// Kejaksaan.
    Prosecution,
    /// Polri and its national units.
    Police,
    /// TNI and its national commands.
    Military,
    /// BPJS, Taspen, Asabri.
    SocialSecurity,
    /// State-owned enterprises.
    StateEnterprise,
    /// Banks.
    Bank,
    /// News agencies and media.
    Media,
    /// Political parties.
    Party,
    /// Universities and academies.
    University,
    /// International bodies.
    International,
    /// Religious bodies.
    Religious,
    /// Associations.
    Association,
    /// Sports bodies.
    Sports,
}

/// Whether a name is in use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    /// In use.
    Current,
    /// Renamed or dissolved; news still uses the name.
    Former,
}

/// One (name, short form) of a national institution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Institution {
    /// The canonical full name.
    pub name: String,
    /// A short form, if any.
    pub acronym: Option<String>,
    /// What kind.
    pub kind: InstitutionKind,
    /// In use or former.
    pub status: Status,
    /// Remarks.
    pub note: Option<String>,
}

/// A record with a full name and maybe a short form, as [`NamedRecords`] indexes it.
pub trait Named {
    /// The full name.
    fn name(&self) -> &str;
    /// The short form, if any.
    fn acronym(&self) -> Option<&str>;
}

impl Named for Institution {
    fn name(&self) -> &str {
        &self.name
    }
    fn acronym(&self) -> Option<&str> {
        self.acronym.as_deref()
    }
}

impl Named for RegionalBody {
    fn name(&self) -> &str {
        &self.name
    }
    fn acronym(&self) -> Option<&str> {
        self.acronym.as_deref()
    }
}

/// Records in lexicon order, indexed by name and by acronym (exact acronym first, then
/// case-insensitive): [`Institutions`] and [`RegionalBodies`].
#[derive(Clone, Debug)]
pub struct NamedRecords<T> {
    records: Vec<T>,
    by_name: HashMap<String, Vec<usize>>,
    by_acronym_exact: HashMap<String, Vec<usize>>,
    by_acronym_folded: HashMap<String, Vec<usize>>,
}

impl<T> Default for NamedRecords<T> {
    fn default() -> Self {
        NamedRecords {
            records: Vec::new(),
            by_name: HashMap::new(),
            by_acronym_exact: HashMap::new(),
            by_acronym_folded: HashMap::new(),
        }
    }
}

impl<T: Named> NamedRecords<T> {
    /// Appends `record` and indexes it.
    fn push(&mut self, record: T) {
        let i = self.records.len();
        self.by_name
            .entry(fold_name(record.name()))
            .or_default()
            .push(i);
        if let Some(a) = record.acronym() {
            self.by_acronym_exact
                .entry(a.to_string())
                .or_default()
                .push(i);
            self.by_acronym_folded
                .entry(fold_name(a))
                .or_default()
                .push(i);
        }
        self.records.push(record);
    }

    /// Records whose full name folds like `name`.
    pub fn by_name<'a>(&'a self, name: &str) -> impl Iterator<Item = &'a T> + 'a {
        let found = self.by_name.get(&fold_name(name));
        self.pick(found)
    }

    /// Records whose acronym is `written` exactly, or else case-insensitively (`DJPb` and
    /// `DJPB` are different directorates).
    pub fn by_acronym<'a>(&'a self, written: &str) -> impl Iterator<Item = &'a T> + 'a {
        let found = self
            .by_acronym_exact
            .get(written)
            .or_else(|| self.by_acronym_folded.get(&fold_name(written)));
        self.pick(found)
    }

    fn pick<'a>(&'a self, found: Option<&'a Vec<usize>>) -> impl Iterator<Item = &'a T> + 'a {
        found
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .map(|&i| &self.records[i])
    }

    /// All records, in lexicon order.
    pub fn iter(&self) -> impl Iterator<Item = &T> {
        self.records.iter()
    }

    /// Number of records (one per name and short form).
    pub fn len(&self) -> usize {
        self.records.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.records.is_empty()
    }
}

/// National institutions.
pub type Institutions = NamedRecords<Institution>;

impl NamedRecords<Institution> {
    /// Loads the built-in `institutions.tsv`.
    pub fn builtin() -> Result<Institutions> {
        Institutions::load(&[LexiconText::builtin(LexiconKind::Institutions)])
    }

    /// Loads and validates `texts`: each (name, acronym) pair once, known kinds and statuses.
    pub fn load(texts: &[LexiconText]) -> Result<Institutions> {
        let mut out = Institutions::default();
        let mut seen = Seen::new("institution");
        let columns = ["name", "acronym", "kind", "status", "note"];
        fields::for_each_record(texts, &columns, 1, |source, rec| {
            let line = rec.line;
            let name = rec.get(0);
            fields::plain_text(source, line, "name", name)?;
            let acronym = rec.opt(1);
            let kind = fields::keyword(
                source,
                line,
                "kind",
                rec.get(2),
                &[
                    (
                        "coordinating_ministry",
                        InstitutionKind::CoordinatingMinistry,
                    ),
                    ("ministry", InstitutionKind::Ministry),
                    ("directorate", InstitutionKind::Directorate),
                    ("presidential_office", InstitutionKind::PresidentialOffice),
                    ("agency", InstitutionKind::Agency),
                    ("financial_authority", InstitutionKind::FinancialAuthority),
                    ("central_bank", InstitutionKind::CentralBank),
                    ("state_body", InstitutionKind::StateBody),
                    ("legislature", InstitutionKind::Legislature),
                    ("court", InstitutionKind::Court),
                    ("commission", InstitutionKind::Commission),
                    ("prosecution", InstitutionKind::Prosecution),
                    ("police", InstitutionKind::Police),
                    ("military", InstitutionKind::Military),
                    ("social_security", InstitutionKind::SocialSecurity),
                    ("state_enterprise", InstitutionKind::StateEnterprise),
                    ("bank", InstitutionKind::Bank),
                    ("media", InstitutionKind::Media),
                    ("party", InstitutionKind::Party),
                    ("university", InstitutionKind::University),
                    ("international", InstitutionKind::International),
                    ("religious", InstitutionKind::Religious),
                    ("association", InstitutionKind::Association),
                    ("sports", InstitutionKind::Sports),
                ],
            )?;
            let status = fields::keyword(
                source,
                line,
                "status",
                rec.get(3),
                &[("current", Status::Current), ("former", Status::Former)],
            )?;
            seen.insert(
                format!("{} / {}", fold_name(name), acronym.unwrap_or("")),
                source,
                line,
            )?;
            out.push(Institution {
                name: name.to_string(),
                acronym: acronym.map(str::to_string),
                kind,
                status,
                note: rec.opt(4).map(str::to_string),
            });
            Ok(())
        })?;
        Ok(out)
    }
}

/// What kind of regional body.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegionalBodyKind {
    /// Regional government services and offices.
    RegionalGovernment,
    /// Regional legislatures.
    Legislature,
    /// Regional police units.
    Police,
    /// Regional military units.
    Military,
    /// Courts, prosecution, prisons.
    Judicial,
    /// Regional offices of national bodies.
    VerticalOffice,
    /// Regional enterprises.
    Enterprise,
    /// Village bodies.
    Village,
    /// Community bodies.
    Community,
}

/// One (name, short form) of a regional body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegionalBody {
    /// The name without the place.
    pub name: String,
    /// A short form, if any.
    pub acronym: Option<String>,
    /// What kind.
    pub kind: RegionalBodyKind,
    /// The level of the place it serves.
    pub level: JurisdictionLevel,
    /// Remarks.
    pub note: Option<String>,
}

/// Regional bodies.
pub type RegionalBodies = NamedRecords<RegionalBody>;

impl NamedRecords<RegionalBody> {
    /// Loads the built-in `regional_bodies.tsv`.
    pub fn builtin() -> Result<RegionalBodies> {
        RegionalBodies::load(&[LexiconText::builtin(LexiconKind::RegionalBodies)])
    }

    /// Loads and validates `texts`: each (name, acronym) pair once, known kinds and levels.
    pub fn load(texts: &[LexiconText]) -> Result<RegionalBodies> {
        let mut out = RegionalBodies::default();
        let mut seen = Seen::new("regional body");
        let columns = ["name", "acronym", "kind", "level", "note"];
        fields::for_each_record(texts, &columns, 1, |source, rec| {
            let line = rec.line;
            let name = rec.get(0);
            fields::plain_text(source, line, "name", name)?;
            let acronym = rec.opt(1);
            let kind = fields::keyword(
                source,
                line,
                "kind",
                rec.get(2),
                &[
                    ("regional_government", RegionalBodyKind::RegionalGovernment),
                    ("legislature", RegionalBodyKind::Legislature),
                    ("police", RegionalBodyKind::Police),
                    ("military", RegionalBodyKind::Military),
                    ("judicial", RegionalBodyKind::Judicial),
                    ("vertical_office", RegionalBodyKind::VerticalOffice),
                    ("enterprise", RegionalBodyKind::Enterprise),
                    ("village", RegionalBodyKind::Village),
                    ("community", RegionalBodyKind::Community),
                ],
            )?;
            let level = fields::keyword(source, line, "level", rec.get(3), &LEVELS)?;
            if level == JurisdictionLevel::National {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("regional body `{name}` cannot have level national"),
                ));
            }
            seen.insert(
                format!("{} / {}", fold_name(name), acronym.unwrap_or("")),
                source,
                line,
            )?;
            out.push(RegionalBody {
                name: name.to_string(),
                acronym: acronym.map(str::to_string),
                kind,
                level,
                note: rec.opt(4).map(str::to_string),
            });
            Ok(())
        })?;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_patterns_cover_the_issue_list() {
        let p = OrgPatterns::builtin().unwrap();
        for head in [
            "Dinas",
            "Badan",
            "Biro",
            "Bagian",
            "Kementerian",
            "Pemprov",
            "Pemkab",
            "Pemkot",
            "DPRD",
            "Polda",
            "Polres",
            "Polresta",
            "Polsek",
            "Kodam",
            "Korem",
            "Kodim",
            "Koramil",
            "Setda",
            "Setdaprov",
            "Setdakab",
            "Setdakot",
            "PT",
            "CV",
            "Universitas",
            "RSUD",
        ] {
            assert!(p.get(head).is_some(), "{head}");
        }
        assert!(p.get("pemprov").unwrap().stands_alone());
        assert!(!p.get("Polda").unwrap().stands_alone());
        assert_eq!(
            p.get("Kodim").unwrap().follows[0],
            Slot {
                kind: SlotKind::Number,
                optional: false
            }
        );
        assert_eq!(p.get("Polsek").unwrap().level, JurisdictionLevel::District);
    }

    #[test]
    fn builtin_institutions_cover_ministries_agencies_and_enterprises() {
        let inst = Institutions::builtin().unwrap();
        let ministries = inst
            .iter()
            .filter(|i| {
                i.status == Status::Current
                    && matches!(
                        i.kind,
                        InstitutionKind::Ministry | InstitutionKind::CoordinatingMinistry
                    )
            })
            .map(|i| i.name.as_str())
            .collect::<std::collections::HashSet<_>>();
        // The 2024 cabinet: 7 coordinating ministries and 41 ministries, plus the 2025
        // Kementerian Haji dan Umrah.
        assert_eq!(ministries.len(), 49, "{ministries:?}");
        for (acr, name) in [
            ("Kemendagri", "Kementerian Dalam Negeri"),
            ("Kemenkeu", "Kementerian Keuangan"),
            ("Kementan", "Kementerian Pertanian"),
            (
                "KemenKopUKM",
                "Kementerian Koperasi dan Usaha Kecil dan Menengah",
            ),
            ("BPS", "Badan Pusat Statistik"),
            ("BNPB", "Badan Nasional Penanggulangan Bencana"),
            ("BMKG", "Badan Meteorologi, Klimatologi, dan Geofisika"),
            ("BRIN", "Badan Riset dan Inovasi Nasional"),
            ("LKPP", "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah"),
            ("PLN", "PT Perusahaan Listrik Negara (Persero)"),
            ("KPK", "Komisi Pemberantasan Korupsi"),
            ("Bawaslu", "Badan Pengawas Pemilihan Umum"),
            ("ANTARA", "Perum Lembaga Kantor Berita Nasional Antara"),
        ] {
            assert!(
                inst.by_acronym(acr).any(|i| i.name == name),
                "{acr} -> {name}"
            );
        }
        assert_eq!(
            inst.by_acronym("DJPb").next().unwrap().name,
            "Direktorat Jenderal Perbendaharaan"
        );
        assert_eq!(
            inst.by_acronym("DJPB").next().unwrap().name,
            "Direktorat Jenderal Perikanan Budidaya"
        );
        assert_eq!(inst.by_acronym("kemendagri").count(), 1);
        assert_eq!(inst.by_acronym("PBB").count(), 2);
    }

    #[test]
    fn builtin_regional_bodies_resolve() {
        let r = RegionalBodies::builtin().unwrap();
        for (acr, name) in [
            ("Dinkes", "Dinas Kesehatan"),
            ("Disdikbud", "Dinas Pendidikan dan Kebudayaan"),
            ("Diskominfo", "Dinas Komunikasi dan Informatika"),
            (
                "Disperindagkop",
                "Dinas Perindustrian, Perdagangan, dan Koperasi",
            ),
            (
                "DPMPTSP",
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
            ),
            ("Bappeda", "Badan Perencanaan Pembangunan Daerah"),
            ("BPBD", "Badan Penanggulangan Bencana Daerah"),
            ("BPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah"),
            ("Bapenda", "Badan Pendapatan Daerah"),
            ("Satpol PP", "Satuan Polisi Pamong Praja"),
        ] {
            assert!(r.by_acronym(acr).any(|b| b.name == name), "{acr}");
        }
        assert!(r.by_name("Inspektorat").next().is_some());
        assert_eq!(r.by_acronym("DKP").count(), 2);
    }

    #[test]
    fn closing_heads_are_kept_apart_from_opening_ones() {
        let p = OrgPatterns::builtin().unwrap();
        let closing: Vec<&str> = p.closing_heads().collect();
        assert!(closing.contains(&"Center") && closing.contains(&"Association"));
        assert!(p.get("Center").is_none());
        assert!(p.iter().all(|q| q.head != "Association"));
        let e = OrgPatterns::load(&[LexiconText::new(
            "p.tsv",
            "head\tcanonical\tfollows\tlevel\tkind\tnote\nTraining Center\tTraining Center\tcloses\tany\tcommunity\t\n",
        )])
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("p.tsv:2: a closing head is one word"), "{e}");
        let e = OrgPatterns::load(&[LexiconText::new(
            "p.tsv",
            "head\tcanonical\tfollows\tlevel\tkind\tnote\nCenter\tCenter\tcloses\tany\tclub\t\n",
        )])
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("p.tsv:2: unknown kind `club`"), "{e}");
    }

    #[test]
    fn organisation_errors_name_the_line() {
        let e = OrgPatterns::load(&[LexiconText::new(
            "p.tsv",
            "head\tcanonical\tfollows\tlevel\tkind\tnote\nDinas\tDinas\tportfolio place??\tany\tgovernment\t\n",
        )])
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("p.tsv:2: unknown slot `place?`"), "{e}");
        let e = Institutions::load(&[LexiconText::new(
            "i.tsv",
            "name\tacronym\tkind\tstatus\tnote\nBadan Pusat Statistik\tBPS\tagency\tcurrent\t\nBadan Pusat Statistik\tBPS\tagency\tformer\t\n",
        )])
        .unwrap_err()
        .to_string();
        assert_eq!(
            e,
            "i.tsv:3: duplicate institution `badan pusat statistik / BPS` (first defined at i.tsv:2)"
        );
        let e = RegionalBodies::load(&[LexiconText::new(
            "r.tsv",
            "name\tacronym\tkind\tlevel\tnote\nDinas Kesehatan\tDinkes\tdinas\tany\t\n",
        )])
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("r.tsv:2: unknown kind `dinas`"), "{e}");
    }
}
