//! What stands around a person's name: honorifics before it (`H.`, `Hj.`, `Dr.`, `dr.`,
//! `Prof.`, `Bapak`, `Teuku`), degrees after it (`S.Sos.`, `M.Si.`, `Sp.PD`), and police and
//! military ranks (`Irjen Pol`, `AKBP`, `Kolonel Laut (P)`).
//!
//! Honorifics and degrees are looked up by [`abbreviation_key`]: periods, spaces, hyphens and
//! parentheses removed, so `S.Sos`, `S.Sos.` and `SSos` are one degree. Honorifics marked
//! case-sensitive keep their case (`Dr.` doctorate vs `dr.` medical doctor).
//!
//! ```
//! use warta::lexicon::people::{Degrees, Honorifics, RankKind, Ranks};
//!
//! let degrees = Degrees::builtin()?;
//! assert_eq!(degrees.get("MSi").unwrap().expansion, "Magister Sains");
//! assert_eq!(degrees.get("S.Sos").unwrap().form, "S.Sos.");
//!
//! let honorifics = Honorifics::builtin()?;
//! assert_eq!(honorifics.get("dr").unwrap().canonical, "dokter");
//! assert_eq!(honorifics.get("Dr.").unwrap().canonical, "Doktor");
//!
//! let ranks = Ranks::builtin()?;
//! let akbp = ranks.get("AKBP").unwrap();
//! assert_eq!(akbp.canonical, "Ajun Komisaris Besar Polisi");
//! assert_eq!(ranks.get("(Purn)").unwrap().kind, RankKind::Status);
//! # Ok::<(), warta::Error>(())
//! ```

use crate::text::hash::FoldHashMap;

use crate::error::{Error, Result};
use crate::lexicon::fields::{self, fold_name, Seen};
use crate::lexicon::places::Ambiguity;
use crate::lexicon::{LexiconKind, LexiconText};

/// The lookup key of an honorific or degree: the form without periods, spaces, hyphens and
/// parentheses; lower-cased unless `case_sensitive`.
pub fn abbreviation_key(form: &str, case_sensitive: bool) -> String {
    let mut out = String::with_capacity(form.len());
    for c in form.chars() {
        if matches!(c, '.' | '-' | '(' | ')') || c.is_whitespace() {
            continue;
        }
        if case_sensitive {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Calls `f` with the [`abbreviation_key`] of `form`, built on the stack when `form` is short
/// ASCII (the usual case) so that probing allocates nothing.
fn with_abbreviation_key<R>(form: &str, case_sensitive: bool, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    if !form.is_ascii() || form.len() > buf.len() {
        return f(&abbreviation_key(form, case_sensitive));
    }
    let mut n = 0;
    for &b in form.as_bytes() {
        if matches!(b, b'.' | b'-' | b'(' | b')') || char::from(b).is_whitespace() {
            continue;
        }
        buf[n] = if case_sensitive {
            b
        } else {
            b.to_ascii_lowercase()
        };
        n += 1;
    }
    // ASCII bytes of an ASCII string: always UTF-8.
    f(std::str::from_utf8(&buf[..n]).unwrap_or_default())
}

/// What kind of honorific.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HonorificKind {
    /// Made the hajj: H., Hj., HM.
    Hajj,
    /// Religious: KH., Habib, Ustaz, Gus, Pendeta.
    Religious,
    /// Academic: Prof., Dr., Drs., Ir.
    Academic,
    /// Professional: dr., drg.
    Professional,
    /// Honorary: Dr. (H.C.).
    Honorary,
    /// Nobility: Raden, Teuku, Cut, Andi, Anak Agung.
    Nobility,
    /// Forms of address: Bapak, Ibu, Tuan, Nyonya.
    Address,
}

/// Whom an honorific is used for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Men.
    Male,
    /// Women.
    Female,
    /// Anyone.
    Any,
}

/// One honorific written before a name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Honorific {
    /// The usual written form.
    pub form: String,
    /// Spelled out.
    pub canonical: String,
    /// What kind.
    pub kind: HonorificKind,
    /// Whom it is used for.
    pub gender: Gender,
    /// True when the case distinguishes it (`Dr.` vs `dr.`).
    pub case_sensitive: bool,
    /// Ambiguity flags (`personal_name` for Andi, `initial` for R., `common_word` for Ibu).
    pub ambiguity: Ambiguity,
    /// Remarks.
    pub note: Option<String>,
}

/// The columns of `honorifics.tsv`.
pub(crate) const HONORIFIC_COLUMNS: [&str; 7] = [
    "form",
    "canonical",
    "kind",
    "gender",
    "case_sensitive",
    "ambiguity",
    "note",
];

/// The columns of `degrees.tsv`.
pub(crate) const DEGREE_COLUMNS: [&str; 4] = ["form", "expansion", "level", "note"];

/// Honorifics, indexed by [`abbreviation_key`].
#[derive(Clone, Debug, Default)]
pub struct Honorifics {
    honorifics: Vec<Honorific>,
    exact: FoldHashMap<String, usize>,
    folded: FoldHashMap<String, usize>,
}

impl Honorifics {
    /// Loads the built-in `honorifics.tsv`.
    pub fn builtin() -> Result<Honorifics> {
        Honorifics::load(&[LexiconText::builtin(LexiconKind::Honorifics)])
    }

    /// Loads and validates `texts`: each key once, known kinds and genders.
    pub fn load(texts: &[LexiconText]) -> Result<Honorifics> {
        let mut out = Honorifics::default();
        let mut seen = Seen::new("honorific key");
        fields::for_each_record(texts, &HONORIFIC_COLUMNS, 5, |source, rec| {
            let line = rec.line;
            let form = rec.get(0);
            fields::plain_text(source, line, "form", form)?;
            let kind = fields::keyword(
                source,
                line,
                "kind",
                rec.get(2),
                &[
                    ("hajj", HonorificKind::Hajj),
                    ("religious", HonorificKind::Religious),
                    ("academic", HonorificKind::Academic),
                    ("professional", HonorificKind::Professional),
                    ("honorary", HonorificKind::Honorary),
                    ("nobility", HonorificKind::Nobility),
                    ("address", HonorificKind::Address),
                ],
            )?;
            let gender = fields::keyword(
                source,
                line,
                "gender",
                rec.get(3),
                &[
                    ("male", Gender::Male),
                    ("female", Gender::Female),
                    ("any", Gender::Any),
                ],
            )?;
            let case_sensitive = fields::yes_no(source, line, "case_sensitive", rec.get(4))?;
            let key = abbreviation_key(form, case_sensitive);
            if key.is_empty() {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("`{form}` has no letters"),
                ));
            }
            seen.insert(
                format!(
                    "{key} ({})",
                    if case_sensitive { "exact" } else { "any case" }
                ),
                source,
                line,
            )?;
            let index = out.honorifics.len();
            if case_sensitive {
                out.exact.insert(key, index);
            } else {
                out.folded.insert(key, index);
            }
            out.honorifics.push(Honorific {
                form: form.to_string(),
                canonical: rec.get(1).to_string(),
                kind,
                gender,
                case_sensitive,
                ambiguity: Ambiguity::parse(source, line, rec.get(5))?,
                note: rec.opt(6).map(str::to_string),
            });
            Ok(())
        })?;
        Ok(out)
    }

    /// The honorific `written` stands for: a case-sensitive row matching exactly first, then
    /// any row ignoring case. Periods and spaces do not matter (`H`, `H.`, `K.H.`, `KH`).
    pub fn get(&self, written: &str) -> Option<&Honorific> {
        with_abbreviation_key(written, true, |key| self.exact.get(key).copied())
            .or_else(|| with_abbreviation_key(written, false, |key| self.folded.get(key).copied()))
            .map(|i| &self.honorifics[i])
    }

    /// All honorifics, in lexicon order.
    pub fn iter(&self) -> impl Iterator<Item = &Honorific> {
        self.honorifics.iter()
    }

    /// Number of honorifics.
    pub fn len(&self) -> usize {
        self.honorifics.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.honorifics.is_empty()
    }
}

/// The level of a degree.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DegreeLevel {
    /// D1–D3 (Ahli Pratama, Ahli Muda, Ahli Madya).
    Diploma,
    /// D4 and S1 (Sarjana, Sarjana Terapan).
    Bachelor,
    /// Professional titles (Ners, Apoteker, Akuntan).
    Professional,
    /// S2 (Magister, Master).
    Master,
    /// S3 (Ph.D.).
    Doctor,
    /// Medical and dental specialists (Sp.A, Sp.PD).
    Specialist,
    /// Professional certifications (CA, CPA).
    Certification,
}

/// One degree written after a name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Degree {
    /// The official written form.
    pub form: String,
    /// Spelled out.
    pub expansion: String,
    /// The level.
    pub level: DegreeLevel,
    /// Remarks.
    pub note: Option<String>,
}

/// Degrees, indexed by [`abbreviation_key`] (case-insensitive).
#[derive(Clone, Debug, Default)]
pub struct Degrees {
    degrees: Vec<Degree>,
    by_key: FoldHashMap<String, usize>,
}

impl Degrees {
    /// Loads the built-in `degrees.tsv`.
    pub fn builtin() -> Result<Degrees> {
        Degrees::load(&[LexiconText::builtin(LexiconKind::Degrees)])
    }

    /// Loads and validates `texts`: each key once, known levels.
    pub fn load(texts: &[LexiconText]) -> Result<Degrees> {
        let mut out = Degrees::default();
        let mut seen = Seen::new("degree key");
        fields::for_each_record(texts, &DEGREE_COLUMNS, 3, |source, rec| {
            let line = rec.line;
            let form = rec.get(0);
            fields::plain_text(source, line, "form", form)?;
            let level = fields::keyword(
                source,
                line,
                "level",
                rec.get(2),
                &[
                    ("diploma", DegreeLevel::Diploma),
                    ("bachelor", DegreeLevel::Bachelor),
                    ("professional", DegreeLevel::Professional),
                    ("master", DegreeLevel::Master),
                    ("doctor", DegreeLevel::Doctor),
                    ("specialist", DegreeLevel::Specialist),
                    ("certification", DegreeLevel::Certification),
                ],
            )?;
            let key = abbreviation_key(form, false);
            if key.is_empty() {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("`{form}` has no letters"),
                ));
            }
            seen.insert(key.clone(), source, line)?;
            out.by_key.insert(key, out.degrees.len());
            out.degrees.push(Degree {
                form: form.to_string(),
                expansion: rec.get(1).to_string(),
                level,
                note: rec.opt(3).map(str::to_string),
            });
            Ok(())
        })?;
        Ok(out)
    }

    /// The degree `written` stands for, with or without periods (`SE`, `S.E.`, `S. E.`).
    pub fn get(&self, written: &str) -> Option<&Degree> {
        with_abbreviation_key(written, false, |key| self.by_key.get(key).copied())
            .map(|i| &self.degrees[i])
    }

    /// All degrees, in lexicon order.
    pub fn iter(&self) -> impl Iterator<Item = &Degree> {
        self.degrees.iter()
    }

    /// Number of degrees.
    pub fn len(&self) -> usize {
        self.degrees.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.degrees.is_empty()
    }
}

/// What a [`Rank`] row is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RankKind {
    /// A rank (`AKBP`, `Kolonel`).
    Rank,
    /// A service word after a rank (`TNI`, `Pol`, `Laut`, `Marinir`).
    Service,
    /// A corps after a rank (`Inf`, `Pnb`, `(P)`).
    Corps,
    /// A status after a rank (`(Purn)`).
    Status,
}

/// The service a rank belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Service {
    /// Police (Polri).
    Polri,
    /// All three armed forces.
    Tni,
    /// Army (TNI AD).
    TniAd,
    /// Navy and marines (TNI AL).
    TniAl,
    /// Air force (TNI AU).
    TniAu,
}

/// The tier of a rank.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RankTier {
    /// Enlisted.
    Tamtama,
    /// Non-commissioned officers.
    Bintara,
    /// Company-grade officers.
    PerwiraPertama,
    /// Field-grade officers.
    PerwiraMenengah,
    /// Generals and flag officers.
    PerwiraTinggi,
}

/// One rank, or a word written with ranks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rank {
    /// As written.
    pub form: String,
    /// Spelled out.
    pub canonical: String,
    /// Rank, service word, corps or status.
    pub kind: RankKind,
    /// The service.
    pub service: Service,
    /// For ranks: the tier.
    pub tier: Option<RankTier>,
    /// For ranks: seniority, 1 (lowest) to 22; equal grades are equivalent across services.
    pub grade: Option<u8>,
    /// Remarks.
    pub note: Option<String>,
}

/// Ranks, indexed by folded form.
#[derive(Clone, Debug, Default)]
pub struct Ranks {
    ranks: Vec<Rank>,
    by_form: FoldHashMap<String, usize>,
}

impl Ranks {
    /// Loads the built-in `ranks.tsv`.
    pub fn builtin() -> Result<Ranks> {
        Ranks::load(&[LexiconText::builtin(LexiconKind::Ranks)])
    }

    /// Loads and validates `texts`: each form once, known keywords, a tier and a grade
    /// (1–22) for every rank and none for the other kinds.
    pub fn load(texts: &[LexiconText]) -> Result<Ranks> {
        let mut out = Ranks::default();
        let mut seen = Seen::new("rank");
        let columns = [
            "form",
            "canonical",
            "kind",
            "service",
            "tier",
            "grade",
            "note",
        ];
        fields::for_each_record(texts, &columns, 4, |source, rec| {
            let line = rec.line;
            let form = rec.get(0);
            fields::plain_text(source, line, "form", form)?;
            let kind = fields::keyword(
                source,
                line,
                "kind",
                rec.get(2),
                &[
                    ("rank", RankKind::Rank),
                    ("service", RankKind::Service),
                    ("corps", RankKind::Corps),
                    ("status", RankKind::Status),
                ],
            )?;
            let service = fields::keyword(
                source,
                line,
                "service",
                rec.get(3),
                &[
                    ("polri", Service::Polri),
                    ("tni", Service::Tni),
                    ("tni_ad", Service::TniAd),
                    ("tni_al", Service::TniAl),
                    ("tni_au", Service::TniAu),
                ],
            )?;
            let tier = match rec.opt(4) {
                Some(v) => Some(fields::keyword(
                    source,
                    line,
                    "tier",
                    v,
                    &[
                        ("tamtama", RankTier::Tamtama),
                        ("bintara", RankTier::Bintara),
                        ("perwira_pertama", RankTier::PerwiraPertama),
                        ("perwira_menengah", RankTier::PerwiraMenengah),
                        ("perwira_tinggi", RankTier::PerwiraTinggi),
                    ],
                )?),
                None => None,
            };
            let grade = match rec.opt(5) {
                Some(v) => match fields::count(source, line, "grade", v)? {
                    g @ 1..=22 => Some(g as u8),
                    g => {
                        return Err(Error::lexicon(
                            source,
                            line,
                            format!("grade {g} is outside 1-22"),
                        ))
                    }
                },
                None => None,
            };
            let is_rank = kind == RankKind::Rank;
            if is_rank != tier.is_some() || is_rank != grade.is_some() {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("`{form}`: a rank needs a tier and a grade, other kinds have neither"),
                ));
            }
            let key = fold_name(form);
            seen.insert(key.clone(), source, line)?;
            out.by_form.insert(key, out.ranks.len());
            out.ranks.push(Rank {
                form: form.to_string(),
                canonical: rec.get(1).to_string(),
                kind,
                service,
                tier,
                grade,
                note: rec.opt(6).map(str::to_string),
            });
            Ok(())
        })?;
        Ok(out)
    }

    /// The row written `form` (case-insensitive).
    pub fn get(&self, form: &str) -> Option<&Rank> {
        self.by_form.get(&fold_name(form)).map(|&i| &self.ranks[i])
    }

    /// All rows, in lexicon order.
    pub fn iter(&self) -> impl Iterator<Item = &Rank> {
        self.ranks.iter()
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.ranks.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.ranks.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviation_keys_ignore_punctuation() {
        assert_eq!(abbreviation_key("S.Sos.", false), "ssos");
        assert_eq!(abbreviation_key("S. Sos", false), "ssos");
        assert_eq!(abbreviation_key("Sp.THT-KL", false), "spthtkl");
        assert_eq!(abbreviation_key("S.Tr.(Han)", false), "strhan");
        assert_eq!(abbreviation_key("Dr.", true), "Dr");
        for (form, case_sensitive) in [("S. Sos", false), ("Dr.", true), ("H.\u{0B}M", false)] {
            let key = with_abbreviation_key(form, case_sensitive, str::to_string);
            assert_eq!(key, abbreviation_key(form, case_sensitive));
        }
    }

    #[test]
    fn builtin_honorifics_cover_the_issue_list() {
        let h = Honorifics::builtin().unwrap();
        for w in [
            "H", "H.", "Hj", "HM", "KH", "K.H.", "Dr", "Drs", "Dra", "Ir", "Prof", "Prof.", "dr",
            "drg", "Bapak", "Pak", "Ibu", "Bu", "Tuan", "Nyonya", "Ny.", "Habib", "Ustaz", "Gus",
            "Raden", "R.", "Andi", "Teuku", "Cut", "Tengku",
        ] {
            assert!(h.get(w).is_some(), "{w}");
        }
        assert_eq!(h.get("dr.").unwrap().kind, HonorificKind::Professional);
        assert_eq!(h.get("Dr").unwrap().kind, HonorificKind::Academic);
        assert!(h.get("dR").is_none());
        assert!(h
            .get("Andi")
            .unwrap()
            .ambiguity
            .contains(Ambiguity::PERSONAL_NAME));
        assert_eq!(h.get("Hj.").unwrap().gender, Gender::Female);
    }

    #[test]
    fn builtin_degrees_match_with_and_without_periods() {
        let d = Degrees::builtin().unwrap();
        for w in [
            "S.Sos", "M.Si", "S.H.", "M.H.", "S.E.", "M.M.", "S.T.", "S.Pd.", "M.Pd.", "Ph.D",
            "MBA", "S.Kom", "S.I.Kom", "M.Kes", "S.Ked", "Sp.A", "Sp.PD", "M.A.P", "M.AP", "SE",
            "MM", "SH", "MH", "MSi", "ST", "MT", "Ak", "CA", "Apt", "Ners", "Lc", "MA", "SSTP",
            "S.IK", "SIK", "S.IP", "Mkes", "MAP",
        ] {
            assert!(d.get(w).is_some(), "{w}");
        }
        assert_eq!(
            d.get("MAP").unwrap().expansion,
            "Magister Administrasi Publik"
        );
        assert_eq!(d.get("sppd").unwrap().level, DegreeLevel::Specialist);
        assert!(d.len() >= 150);
    }

    #[test]
    fn builtin_ranks_are_ordered() {
        let r = Ranks::builtin().unwrap();
        for w in [
            "Irjen Pol",
            "Kombes Pol",
            "AKBP",
            "AKP",
            "Iptu",
            "Ipda",
            "Aiptu",
            "Bripka",
            "Brigjen Pol",
            "Komjen Pol",
            "Jenderal TNI",
            "Letjen",
            "Mayjen",
            "Brigjen",
            "Kolonel",
            "Letkol",
            "Mayor",
            "Kapten",
            "Lettu",
            "Letda",
            "Serka",
            "Laksamana",
            "Laksda",
            "Laksma",
            "Marsekal",
            "Marsda",
            "Marsma",
            "Inf",
            "Kav",
            "Arh",
            "Czi",
            "Caj",
            "Laut",
            "(P)",
            "Pnb",
            "TNI",
            "Pol",
            "(Purn)",
        ] {
            assert!(r.get(w).is_some(), "{w}");
        }
        let grade = |w: &str| r.get(w).unwrap().grade.unwrap();
        assert!(grade("Irjen Pol") > grade("Brigjen Pol"));
        assert!(grade("AKBP") > grade("AKP"));
        assert_eq!(grade("Laksda"), grade("Mayjen"));
        assert_eq!(grade("Marsma"), grade("Brigjen Pol"));
        assert_eq!(r.get("kombes pol").unwrap().service, Service::Polri);
        assert_eq!(r.get("AKBP").unwrap().tier, Some(RankTier::PerwiraMenengah));
    }

    #[test]
    fn people_lexicon_errors_name_the_line() {
        let e = Degrees::load(&[LexiconText::new(
            "d.tsv",
            "form\texpansion\tlevel\tnote\nS.E.\tSarjana Ekonomi\tbachelor\t\nSE\tSarjana Ekonomi\tbachelor\t\n",
        )])
        .unwrap_err()
        .to_string();
        assert_eq!(
            e,
            "d.tsv:3: duplicate degree key `se` (first defined at d.tsv:2)"
        );
        let e = Ranks::load(&[LexiconText::new(
            "r.tsv",
            "form\tcanonical\tkind\tservice\ttier\tgrade\tnote\nAKBP\tAjun Komisaris Besar Polisi\trank\tpolri\tperwira_menengah\t\t\n",
        )])
        .unwrap_err()
        .to_string();
        assert_eq!(
            e,
            "r.tsv:2: `AKBP`: a rank needs a tier and a grade, other kinds have neither"
        );
        let e = Ranks::load(&[LexiconText::new(
            "r.tsv",
            "form\tcanonical\tkind\tservice\ttier\tgrade\tnote\nAKBP\tX\trank\tpolisi\tperwira_menengah\t17\t\n",
        )])
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("r.tsv:2: unknown service `polisi`"), "{e}");
        let e = Honorifics::load(&[LexiconText::new(
            "h.tsv",
            "form\tcanonical\tkind\tgender\tcase_sensitive\tambiguity\tnote\nH.\tHaji\thajj\tman\tno\t\t\n",
        )])
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("h.tsv:2: unknown gender `man`"), "{e}");
    }
}
