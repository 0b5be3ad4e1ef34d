//! Acronyms with their expansions (`acronyms.tsv`) and the all-capital words that are not
//! acronyms (`acronym_stoplist.tsv`).
//!
//! A form may have several expansions; the first row is the default reading. Forms marked
//! [`AcronymCase::Exact`] match only as written or in an all-capital word (`PAN`, `BOS`, short
//! forms); the others match in any case (`Pemprov`, `pemprov`, `PEMPROV`).
//!
//! Title abbreviations (`Kadis`), title modifiers (`Plt`), institutions, regional bodies and
//! place abbreviations (`NTB`, `Kaltim`) are acronyms too; they live in their own lexicons (see
//! [`crate::lexicon::titles`], [`crate::lexicon::organizations`] and
//! [`crate::lexicon::places`]) and agree with this one where both list a form.
//!
//! ```
//! use warta::lexicon::acronyms::{AcronymStoplist, Acronyms};
//!
//! let acronyms = Acronyms::builtin()?;
//! assert_eq!(
//!     acronyms.get("UMKM").unwrap().expansion,
//!     "Usaha Mikro, Kecil, dan Menengah"
//! );
//! assert_eq!(acronyms.get("pemprov").unwrap().expansion, "Pemerintah Provinsi");
//! assert!(acronyms.expansions("PBB").count() >= 2);
//!
//! let stop = AcronymStoplist::builtin()?;
//! assert!(stop.contains("DAN") && stop.contains("XIV") && !stop.contains("UMKM"));
//! # Ok::<(), warta::Error>(())
//! ```

use std::collections::{HashMap, HashSet};

use crate::error::{Error, Result};
use crate::lexicon::fields::{self, fold_name, Seen};
use crate::lexicon::{LexiconKind, LexiconText};

/// The categories an acronym may have, as written in the lexicon.
pub const ACRONYM_CATEGORIES: [&str; 23] = [
    "government",
    "finance",
    "planning",
    "law",
    "legislature",
    "election",
    "economy",
    "social",
    "health",
    "education",
    "agriculture",
    "environment",
    "energy",
    "infrastructure",
    "transport",
    "security",
    "religion",
    "event",
    "technology",
    "credit",
    "time",
    "organization",
    "general",
];

/// How an acronym's case is matched.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AcronymCase {
    /// In any case.
    Any,
    /// Only as written, or in an all-capital word.
    Exact,
}

/// One reading of an acronym.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Acronym {
    /// The form as usually written.
    pub form: String,
    /// The official expansion.
    pub expansion: String,
    /// One of [`ACRONYM_CATEGORIES`].
    pub category: &'static str,
    /// How the case is matched.
    pub case: AcronymCase,
    /// Other readings and remarks.
    pub note: Option<String>,
}

impl Acronym {
    /// True when `written` is this acronym under its case rule.
    pub fn matches(&self, written: &str) -> bool {
        match self.case {
            AcronymCase::Any => fold_name(written) == fold_name(&self.form),
            AcronymCase::Exact => {
                written == self.form
                    || (is_all_capitals(written) && written == self.form.to_uppercase())
            }
        }
    }
}

/// True when `s` has a letter and no lower-case letter.
fn is_all_capitals(s: &str) -> bool {
    s.chars().any(char::is_alphabetic) && !s.chars().any(char::is_lowercase)
}

/// Acronyms, indexed by folded form; readings keep lexicon order.
#[derive(Clone, Debug, Default)]
pub struct Acronyms {
    acronyms: Vec<Acronym>,
    by_form: HashMap<String, Vec<usize>>,
}

impl Acronyms {
    /// Loads the built-in `acronyms.tsv`.
    pub fn builtin() -> Result<Acronyms> {
        Acronyms::load(&[LexiconText::builtin(LexiconKind::Acronyms)])
    }

    /// Loads and validates `texts`: a (form, expansion) pair once, known categories and case
    /// rules, and one case rule for all readings of a form.
    pub fn load(texts: &[LexiconText]) -> Result<Acronyms> {
        let mut out = Acronyms::default();
        let mut seen = Seen::new("acronym reading");
        let columns = ["form", "expansion", "category", "case", "note"];
        fields::for_each_record(texts, &columns, 4, |source, rec| {
            let line = rec.line;
            let form = rec.get(0);
            fields::plain_text(source, line, "form", form)?;
            if form.contains(' ') && form.split(' ').any(str::is_empty) {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("form `{form}` has doubled spaces"),
                ));
            }
            let category = *ACRONYM_CATEGORIES
                .iter()
                .find(|c| **c == rec.get(2))
                .ok_or_else(|| {
                    Error::lexicon(
                        source,
                        line,
                        format!(
                            "unknown category `{}` (expected one of: {})",
                            rec.get(2),
                            ACRONYM_CATEGORIES.join(", ")
                        ),
                    )
                })?;
            let case = fields::keyword(
                source,
                line,
                "case",
                rec.get(3),
                &[("any", AcronymCase::Any), ("exact", AcronymCase::Exact)],
            )?;
            let expansion = rec.get(1);
            let key = fold_name(form);
            seen.insert(format!("{form} = {}", fold_name(expansion)), source, line)?;
            let readings = out.by_form.entry(key).or_default();
            if let Some(&first) = readings.first() {
                let first = &out.acronyms[first];
                if first.case != case || (case == AcronymCase::Exact && first.form != form) {
                    return Err(Error::lexicon(
                        source,
                        line,
                        format!(
                            "`{form}` disagrees with its earlier reading `{}` on the case rule",
                            first.form
                        ),
                    ));
                }
            }
            readings.push(out.acronyms.len());
            out.acronyms.push(Acronym {
                form: form.to_string(),
                expansion: expansion.to_string(),
                category,
                case,
                note: rec.opt(4).map(str::to_string),
            });
            Ok(())
        })?;
        Ok(out)
    }

    /// Every reading of `written` (under each reading's case rule), default first.
    pub fn expansions<'a>(&'a self, written: &'a str) -> impl Iterator<Item = &'a Acronym> + 'a {
        self.by_form
            .get(&fold_name(written))
            .map(Vec::as_slice)
            .unwrap_or(&[])
            .iter()
            .map(|&i| &self.acronyms[i])
            .filter(move |a| a.matches(written))
    }

    /// The default reading of `written`.
    pub fn get(&self, written: &str) -> Option<&Acronym> {
        self.by_form
            .get(&fold_name(written))?
            .iter()
            .map(|&i| &self.acronyms[i])
            .find(|a| a.matches(written))
    }

    /// All readings, in lexicon order.
    pub fn iter(&self) -> impl Iterator<Item = &Acronym> {
        self.acronyms.iter()
    }

    /// Number of distinct forms (case-insensitive).
    pub fn form_count(&self) -> usize {
        self.by_form.len()
    }

    /// Number of readings.
    pub fn len(&self) -> usize {
        self.acronyms.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.acronyms.is_empty()
    }
}

/// Why a capital word is on the stoplist.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StopReason {
    /// An Indonesian function word (`DAN`, `DI`, `YANG`).
    FunctionWord,
    /// A headline or rubric word (`BERITA`, `FOTO`, `BANJIR`).
    HeadlineWord,
    /// A Roman numeral (`III`, `XIV`).
    RomanNumeral,
    /// A day, month or time word.
    CalendarWord,
    /// A measurement unit (`HA`, `KG`).
    Unit,
    /// A currency symbol or code (`RP`, `USD`).
    Currency,
    /// An English word (`THE`, `NEWS`).
    EnglishWord,
    /// An interjection (`OK`, `WOW`).
    Interjection,
}

/// All-capital words that are not acronyms.
#[derive(Clone, Debug, Default)]
pub struct AcronymStoplist {
    /// The stop words' bytes (upper case): looked up by the bytes of a token upper-cased on
    /// the stack, with no UTF-8 check.
    words: crate::text::hash::FoldHashMap<Box<[u8]>, StopReason>,
}

impl AcronymStoplist {
    /// Loads the built-in `acronym_stoplist.tsv`.
    pub fn builtin() -> Result<AcronymStoplist> {
        AcronymStoplist::load(&[LexiconText::builtin(LexiconKind::AcronymStoplist)])
    }

    /// Loads and validates `texts`: forms in capitals, each once.
    pub fn load(texts: &[LexiconText]) -> Result<AcronymStoplist> {
        let mut out = AcronymStoplist::default();
        let mut seen = HashSet::new();
        fields::for_each_record(texts, &["form", "reason", "note"], 2, |source, rec| {
            let line = rec.line;
            let form = rec.get(0);
            if !is_all_capitals(form) || form.contains(' ') {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("stop word `{form}` must be one word in capitals"),
                ));
            }
            let reason = fields::keyword(
                source,
                line,
                "reason",
                rec.get(1),
                &[
                    ("function_word", StopReason::FunctionWord),
                    ("headline_word", StopReason::HeadlineWord),
                    ("roman_numeral", StopReason::RomanNumeral),
                    ("calendar_word", StopReason::CalendarWord),
                    ("unit", StopReason::Unit),
                    ("currency", StopReason::Currency),
                    ("english_word", StopReason::EnglishWord),
                    ("interjection", StopReason::Interjection),
                ],
            )?;
            if !seen.insert(form.to_string()) {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("duplicate stop word `{form}`"),
                ));
            }
            out.words.insert(form.as_bytes().into(), reason);
            Ok(())
        })?;
        Ok(out)
    }

    /// True when the token, upper-cased, is a stop word.
    pub fn contains(&self, token: &str) -> bool {
        self.reason(token).is_some()
    }

    /// Why the token, upper-cased, is a stop word.
    pub fn reason(&self, token: &str) -> Option<StopReason> {
        // Short ASCII tokens (most) are upper-cased on the stack, as `to_uppercase` would.
        const INLINE: usize = 32;
        if token.is_ascii() && token.len() <= INLINE {
            let mut buf = [0u8; INLINE];
            let upper = &mut buf[..token.len()];
            upper.copy_from_slice(token.as_bytes());
            upper.make_ascii_uppercase();
            return self.words.get(&*upper).copied();
        }
        self.words.get(token.to_uppercase().as_bytes()).copied()
    }

    /// Number of stop words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when there is none.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// What a word before a short form asks of its readings ([`AcronymContext`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ContextReading {
    /// The reading whose expansion opens with `Partai` (`Fraksi PKB`).
    Party,
}

/// Words before a short form that choose its reading (`acronym_context.tsv`).
#[derive(Clone, Debug, Default)]
pub struct AcronymContext {
    words: Vec<(String, ContextReading)>,
}

impl AcronymContext {
    /// Loads the built-in `acronym_context.tsv`.
    pub fn builtin() -> Result<AcronymContext> {
        AcronymContext::load(&[LexiconText::builtin(LexiconKind::AcronymContext)])
    }

    /// Loads and validates `texts`: one word each, each once.
    pub fn load(texts: &[LexiconText]) -> Result<AcronymContext> {
        let mut out = AcronymContext::default();
        let mut seen = HashSet::new();
        fields::for_each_record(texts, &["word", "reading", "note"], 2, |source, rec| {
            let line = rec.line;
            let word = rec.get(0);
            if word.is_empty() || word.contains(char::is_whitespace) {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("context word `{word}` must be one word"),
                ));
            }
            let reading = fields::keyword(
                source,
                line,
                "reading",
                rec.get(1),
                &[("party", ContextReading::Party)],
            )?;
            if !seen.insert(word.to_ascii_lowercase()) {
                return Err(Error::lexicon(
                    source,
                    line,
                    format!("duplicate context word `{word}`"),
                ));
            }
            out.words.push((word.to_string(), reading));
            Ok(())
        })?;
        Ok(out)
    }

    /// What the word `w` (compared ignoring ASCII case) asks of the short form after it.
    pub fn reading_after(&self, w: &str) -> Option<ContextReading> {
        self.words
            .iter()
            .find(|(word, _)| word.eq_ignore_ascii_case(w))
            .map(|&(_, r)| r)
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
    use crate::lexicon::organizations::{Institutions, RegionalBodies};
    use crate::lexicon::titles::{TitleModifiers, Titles};

    fn load(body: &str) -> Result<Acronyms> {
        Acronyms::load(&[LexiconText::new(
            "a.tsv",
            format!("form\texpansion\tcategory\tcase\tnote\n{body}"),
        )])
    }

    #[test]
    fn builtin_has_at_least_500_acronyms() {
        let a = Acronyms::builtin().unwrap();
        assert!(a.form_count() >= 500, "{}", a.form_count());
    }

    #[test]
    fn builtin_covers_the_issue_list() {
        let a = Acronyms::builtin().unwrap();
        for form in [
            "UMKM",
            "UKM",
            "BPUM",
            "KUR",
            "PKH",
            "BLT",
            "BPJS",
            "APBD",
            "APBN",
            "OPD",
            "DPRD",
            "Setda",
            "Pemprov",
            "Disperindagkop",
            "Diskominfo",
            "BPBD",
            "BNPB",
            "SNI",
            "BPSK",
            "RPJMD",
            "RKPD",
            "SILPA",
            "PAD",
            "DAK",
            "DAU",
            "Musrenbang",
            "Pilkada",
            "ASN",
            "PNS",
            "PPPK",
            "TPID",
            "Posyandu",
            "Puskesmas",
            "Bansos",
            "Jamkesda",
            "perindagkop",
            "indagkop",
            "humasprov",
            "prokopim",
            "diskominfo",
            "ist",
            "MC",
        ] {
            assert!(a.get(form).is_some(), "{form}");
        }
        assert_eq!(
            a.get("UMKM").unwrap().expansion,
            "Usaha Mikro, Kecil, dan Menengah"
        );
        assert_eq!(a.get("IKN"), None, "IKN is a place (geo_names.tsv)");
    }

    #[test]
    fn case_rules_apply() {
        let a = Acronyms::builtin().unwrap();
        assert!(a.get("PAN").is_some());
        assert!(a.get("pan").is_none(), "pan is a word");
        assert!(a.get("bos").is_none());
        assert!(a.get("BOS").is_some());
        assert!(
            a.get("SEMBAKO").is_some(),
            "any-case forms match in capitals"
        );
        let silpa: Vec<&str> = a
            .expansions("Silpa")
            .map(|x| x.expansion.as_str())
            .collect();
        assert_eq!(silpa[0], "Sisa Lebih Pembiayaan Anggaran");
        assert_eq!(silpa.len(), 3);
        assert!(a.get("MTs").is_some() && a.get("MTS").is_some());
    }

    #[test]
    fn acronym_errors_name_the_line() {
        assert!(load("UMKM\tUsaha Mikro, Kecil, dan Menengah\teconomy\tany\t\n").is_ok());
        let e = load("UMKM\tX\tekonomi\tany\t\n").unwrap_err().to_string();
        assert!(e.starts_with("a.tsv:2: unknown category `ekonomi`"), "{e}");
        let e = load(
            "PT\tPerseroan Terbatas\teconomy\texact\t\nPT\tperseroan terbatas\teconomy\texact\t\n",
        )
        .unwrap_err()
        .to_string();
        assert_eq!(
            e,
            "a.tsv:3: duplicate acronym reading `PT = perseroan terbatas` (first defined at a.tsv:2)"
        );
        let e = load(
            "PT\tPerseroan Terbatas\teconomy\texact\t\nPT\tPerguruan Tinggi\teducation\tany\t\n",
        )
        .unwrap_err()
        .to_string();
        assert_eq!(
            e,
            "a.tsv:3: `PT` disagrees with its earlier reading `PT` on the case rule"
        );
    }

    #[test]
    fn stoplist_is_disjoint_from_every_acronym_source() {
        let stop = AcronymStoplist::builtin().unwrap();
        assert!(stop.len() > 200);
        for numeral in ["I", "II", "IV", "IX", "XIV", "XX"] {
            assert_eq!(stop.reason(numeral), Some(StopReason::RomanNumeral));
        }
        assert!(stop.contains("yang"));
        let a = Acronyms::builtin().unwrap();
        for x in a.iter() {
            assert!(!stop.contains(&x.form), "{}", x.form);
        }
        for t in Titles::builtin().unwrap().abbreviations() {
            assert!(!stop.contains(&t.form), "{}", t.form);
        }
        for i in Institutions::builtin().unwrap().iter() {
            if let Some(acr) = &i.acronym {
                assert!(!stop.contains(acr), "{acr}");
            }
        }
    }

    /// A stop word is found in any case, on the stack or not (long or non-ASCII tokens).
    #[test]
    fn stop_words_are_found_in_any_case() {
        let stop = AcronymStoplist::load(&[LexiconText::new(
            "s.tsv",
            "form\treason\tnote\nXIV\troman_numeral\t\nÉTÉ\tfunction_word\t\n\
             ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJ\tfunction_word\t\n",
        )])
        .unwrap();
        assert_eq!(stop.reason("xIv"), Some(StopReason::RomanNumeral));
        assert_eq!(stop.reason("été"), Some(StopReason::FunctionWord));
        assert!(stop.contains("abcdefghijklmnopqrstuvwxyzABCDEFGHIJ"));
        assert!(!stop.contains("XV"));
        assert!(!stop.contains(""));
    }

    #[test]
    fn stoplist_rejects_lower_case() {
        let e = AcronymStoplist::load(&[LexiconText::new(
            "s.tsv",
            "form\treason\tnote\ndan\tfunction_word\t\n",
        )])
        .unwrap_err()
        .to_string();
        assert_eq!(e, "s.tsv:2: stop word `dan` must be one word in capitals");
    }

    /// Where another lexicon gives a form an expansion and this lexicon lists the same form,
    /// one of this lexicon's readings is that expansion.
    #[test]
    fn expansions_agree_across_lexicons() {
        let a = Acronyms::builtin().unwrap();
        let norm = |s: &str| fold_name(&s.replace(',', ""));
        let mut pairs: Vec<(String, String)> = Vec::new();
        for i in Institutions::builtin().unwrap().iter() {
            if let Some(acr) = &i.acronym {
                pairs.push((acr.clone(), i.name.clone()));
            }
        }
        for b in RegionalBodies::builtin().unwrap().iter() {
            if let Some(acr) = &b.acronym {
                pairs.push((acr.clone(), b.name.clone()));
            }
        }
        for t in Titles::builtin().unwrap().abbreviations() {
            pairs.push((t.form.clone(), t.canonical.clone()));
        }
        for m in TitleModifiers::builtin().unwrap().iter() {
            pairs.push((m.form.clone(), m.canonical.clone()));
        }
        let mut checked = 0;
        let mut disagreements = Vec::new();
        for (form, expansion) in &pairs {
            // A name that contains the form itself (Partai NasDem, Gerakan Pramuka) is not an
            // expansion of it.
            if norm(expansion).split(' ').any(|w| w == norm(form)) {
                continue;
            }
            let readings: Vec<&Acronym> = a.expansions(form).collect();
            if readings.is_empty() {
                continue;
            }
            checked += 1;
            // The reading may be the other lexicon's name or a part of it (Golkar = Golongan
            // Karya, the party's name is Partai Golongan Karya).
            let agrees = readings.iter().any(|r| {
                let (x, y) = (norm(expansion), norm(&r.expansion));
                x == y || x.contains(&y) || y.contains(&x)
            });
            if !agrees {
                disagreements.push(format!("{form}: {expansion}"));
            }
        }
        assert!(checked >= 100, "{checked}");
        assert!(disagreements.is_empty(), "{disagreements:#?}");
    }
    #[test]
    fn context_words() {
        let c = AcronymContext::builtin().unwrap();
        assert_eq!(c.reading_after("fraksi"), Some(ContextReading::Party));
        assert_eq!(c.reading_after("DPW"), Some(ContextReading::Party));
        assert_eq!(c.reading_after("Bank"), None);
        let bad = |body: &str| {
            AcronymContext::load(&[LexiconText::new(
                "c.tsv",
                format!("# test\nword\treading\tnote\n{body}"),
            )])
        };
        assert!(
            bad("Fraksi\tparty\t\nfraksi\tparty\t\n").is_err(),
            "duplicate"
        );
        assert!(bad("Fraksi\tother\t\n").is_err(), "unknown reading");
        assert!(bad("Dewan Pimpinan\tparty\t\n").is_err(), "two words");
        assert_eq!(bad("Fraksi\tparty\t\n").unwrap().len(), 1);
    }
}
