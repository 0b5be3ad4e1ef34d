//! Every acronym reading of every lexicon that lists acronyms, in one table: `acronyms.tsv`
//! first (its default-first order kept), then the abbreviated titles and title modifiers, the
//! short forms of regional bodies and national institutions, the abbreviated organisation
//! heads, and the all-capital place abbreviations (`NTB`, `DKI`).
//!
//! Syllable blends of place names (`Kaltim`, `Sulteng`) are places, not acronyms: the team's
//! gold lists them as places only, so only all-capital place abbreviations are read here.

use crate::lexicon::acronyms::{AcronymCase, Acronyms};
use crate::lexicon::organizations::{Institutions, OrgPatterns, RegionalBodies};
use crate::lexicon::places::{AliasKind, RegionAliases, Regions};
use crate::lexicon::titles::{TitleModifiers, Titles};

/// Which lexicon a reading comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Origin {
    /// `acronyms.tsv`.
    Acronyms,
    /// An abbreviated title (`Kadis`, `Sekda`).
    Title,
    /// An abbreviated title modifier (`Plt`, `Pj.`).
    Modifier,
    /// The short form of a regional body (`Dinkes`).
    RegionalBody,
    /// The short form of a national institution (`BPS`).
    Institution,
    /// An abbreviated organisation head (`Pemprov`, `Polres`).
    OrgHead,
    /// An all-capital place abbreviation (`NTB`).
    Place,
}

/// One reading of an acronym.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Reading {
    /// The form as the lexicon writes it.
    pub form: String,
    /// Its expansion.
    pub expansion: String,
    /// How its case is matched.
    pub case: AcronymCase,
    /// Where it comes from.
    pub origin: Origin,
    /// True when the expansion names an organisation or office (a proper name, written with
    /// a capital: `Media Center`, not `istimewa`).
    pub proper: bool,
    /// A form with a space that is one acronym as a whole: an institution's short form whose
    /// first word is in capitals and no acronym on its own (`BPH Migas`, `MIND ID`; not `DPR
    /// RI`, two acronyms, nor `Ombudsman RI`, a name). The acronym lexicon's own spaced forms
    /// are read whole anyway (`Satpol PP`).
    pub joined: bool,
}

/// The lexicons the table is built from.
pub(crate) struct Sources<'a> {
    pub acronyms: &'a Acronyms,
    pub titles: &'a Titles,
    pub modifiers: &'a TitleModifiers,
    pub regional: &'a RegionalBodies,
    pub institutions: &'a Institutions,
    pub patterns: &'a OrgPatterns,
    pub regions: &'a Regions,
    pub aliases: &'a RegionAliases,
}

/// All readings, in priority order.
#[derive(Clone, Debug, Default)]
pub(crate) struct AcronymTable {
    readings: Vec<Reading>,
}

/// The case rule of a form from a lexicon without one: all-capital forms match as written
/// or in capitals, others in any case.
fn derived_case(form: &str) -> AcronymCase {
    if form.chars().any(char::is_lowercase) {
        AcronymCase::Any
    } else {
        AcronymCase::Exact
    }
}

/// True when `form` abbreviates `canonical` (`Pj` → `Penjabat`), rather than being a spelling
/// of it (`non-aktif` → `nonaktif`) or the same words.
fn abbreviates(form: &str, canonical: &str) -> bool {
    let words = |s: &str| s.split_whitespace().count();
    words(canonical) > words(form) || form.chars().count() + 3 <= canonical.chars().count()
}

impl AcronymTable {
    /// Builds the table. `is_plain_word` says whether a lower-case word is an ordinary word: a
    /// multi-word form opening with one (`Dinas PU`, `Pangkalan TNI AL`) is not an acronym as
    /// a whole.
    pub fn new(src: &Sources<'_>, is_plain_word: impl Fn(&str) -> bool) -> AcronymTable {
        let mut out = AcronymTable::default();
        let opens_with_word = |form: &str| {
            let mut words = form.split_whitespace();
            let first = words.next().unwrap_or("");
            words.next().is_some()
                && first.chars().next().is_some_and(char::is_uppercase)
                && first.chars().skip(1).all(char::is_lowercase)
                && is_plain_word(&first.to_lowercase())
        };
        let proper = |e: &str| e.chars().next().is_some_and(char::is_uppercase);
        for a in src.acronyms.iter() {
            out.push(
                &a.form,
                &a.expansion,
                a.case,
                Origin::Acronyms,
                proper(&a.expansion),
            );
        }
        for t in src.titles.abbreviations() {
            out.push(
                &t.form,
                &t.canonical,
                derived_case(&t.form),
                Origin::Title,
                false,
            );
        }
        for m in src.modifiers.iter() {
            if abbreviates(&m.form, &m.canonical) {
                out.push(
                    &m.form,
                    &m.canonical,
                    derived_case(&m.form),
                    Origin::Modifier,
                    false,
                );
            }
        }
        // A name that contains the form itself (`PT Pertamina (Persero)` for `Pertamina`) does
        // not expand it.
        let contains = |name: &str, form: &str| {
            name.split(|c: char| !c.is_alphanumeric())
                .any(|w| w.eq_ignore_ascii_case(form))
        };
        for b in src.regional.iter() {
            if let Some(acr) = b
                .acronym
                .as_deref()
                .filter(|a| !opens_with_word(a) && !contains(&b.name, a))
            {
                out.push(acr, &b.name, derived_case(acr), Origin::RegionalBody, true);
            }
        }
        for i in src.institutions.iter() {
            if let Some(acr) = i
                .acronym
                .as_deref()
                .filter(|a| !opens_with_word(a) && !contains(&i.name, a))
            {
                out.push(acr, &i.name, derived_case(acr), Origin::Institution, true);
            }
        }
        for p in src.patterns.iter() {
            if abbreviates(&p.head, &p.canonical) && !opens_with_word(&p.head) {
                out.push(
                    &p.head,
                    &p.canonical,
                    derived_case(&p.head),
                    Origin::OrgHead,
                    true,
                );
            }
        }
        out.join_spaced_institution_forms();
        for a in src.aliases.iter() {
            let caps = a.alias.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !a
                    .alias
                    .chars()
                    .any(|c| c.is_lowercase() || c.is_whitespace());
            if a.kind == AliasKind::Abbreviation && caps {
                if let Some(r) = src.regions.get(&a.code) {
                    out.push(&a.alias, &r.name, AcronymCase::Exact, Origin::Place, true);
                }
            }
        }
        out
    }

    fn push(&mut self, form: &str, expansion: &str, case: AcronymCase, origin: Origin, p: bool) {
        self.readings.push(Reading {
            form: form.to_string(),
            expansion: expansion.to_string(),
            case,
            origin,
            proper: p,
            joined: false,
        });
    }

    /// Marks the institutions' spaced short forms that are one acronym ([`Reading::joined`]),
    /// against the one-word forms read so far.
    fn join_spaced_institution_forms(&mut self) {
        let single: std::collections::HashSet<String> = self
            .readings
            .iter()
            .filter(|r| !r.form.contains(' '))
            .map(|r| r.form.to_uppercase())
            .collect();
        for r in &mut self.readings {
            if r.origin != Origin::Institution {
                continue;
            }
            let Some((first, _)) = r.form.split_once(' ') else {
                continue;
            };
            r.joined = first.len() >= 2
                && first.bytes().all(|b| b.is_ascii_uppercase())
                && !single.contains(first);
        }
    }

    /// Reading `i`.
    pub fn get(&self, i: u32) -> &Reading {
        &self.readings[i as usize]
    }

    /// All readings with their indices.
    pub fn iter(&self) -> impl Iterator<Item = (u32, &Reading)> {
        self.readings.iter().enumerate().map(|(i, r)| (i as u32, r))
    }
}

/// The characters of `s` word by word, each word followed by one space; words split at
/// whitespace and hyphens.
fn word_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    s.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .flat_map(|w| w.chars().chain([' ']))
}

/// Whether `written` (whitespace as in the text) is `form` under `case`: as written, or for
/// exact forms also in capitals; any-case forms in any case. Whitespace runs and hyphens
/// between words compare equal (`TNI AL`, `TNI-AL`).
pub(crate) fn written_as(form: &str, written: &str, case: AcronymCase) -> bool {
    // `Kpts.` is the dotted spelling of `Kpts`.
    let written = match written.strip_suffix('.') {
        Some(w) if !form.ends_with('.') => w,
        _ => written,
    };
    // As the lexicon writes it (most matches): the same words under any case rule.
    if written == form {
        return true;
    }
    if form.is_ascii() && written.is_ascii() {
        ascii_written_as(form.as_bytes(), written.as_bytes(), case)
    } else {
        chars_written_as(form, written, case)
    }
}

/// [`written_as`] after the dotted spelling, char by char.
fn chars_written_as(form: &str, written: &str, case: AcronymCase) -> bool {
    let same = |upper: bool| {
        let mut f = word_chars(form);
        let mut w = word_chars(written);
        loop {
            match (f.next(), w.next()) {
                (None, None) => return true,
                (Some(a), Some(b)) => {
                    let ok = match case {
                        AcronymCase::Any => a.to_lowercase().eq(b.to_lowercase()),
                        AcronymCase::Exact if upper => a.to_uppercase().eq(std::iter::once(b)),
                        AcronymCase::Exact => a == b,
                    };
                    if !ok {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    };
    match case {
        AcronymCase::Any => same(false),
        AcronymCase::Exact => {
            same(false)
                || (written.chars().any(char::is_alphabetic)
                    && !written.chars().any(char::is_lowercase)
                    && same(true))
        }
    }
}

/// A byte that separates words for [`word_chars`]: `char::is_whitespace` on ASCII (tab, line
/// feed, vertical tab, form feed, return, space) or a hyphen.
fn is_separator(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ' | b'-')
}

/// Whether ASCII `form` and `written` have the same words ([`word_chars`]), their bytes
/// compared by `eq` (which never matches a separator with a letter).
fn same_ascii_words(form: &[u8], written: &[u8], eq: fn(u8, u8) -> bool) -> bool {
    let (mut i, mut j) = (0, 0);
    loop {
        while i < form.len() && is_separator(form[i]) {
            i += 1;
        }
        while j < written.len() && is_separator(written[j]) {
            j += 1;
        }
        let (f_done, w_done) = (i >= form.len(), j >= written.len());
        if f_done || w_done {
            return f_done && w_done;
        }
        while i < form.len() && j < written.len() && !is_separator(form[i]) {
            if is_separator(written[j]) || !eq(form[i], written[j]) {
                return false;
            }
            i += 1;
            j += 1;
        }
        // Both words end here.
        let f_end = i >= form.len() || is_separator(form[i]);
        let w_end = j >= written.len() || is_separator(written[j]);
        if !(f_end && w_end) {
            return false;
        }
    }
}

/// [`written_as`] for ASCII text, byte by byte.
fn ascii_written_as(form: &[u8], written: &[u8], case: AcronymCase) -> bool {
    let same = |eq: fn(u8, u8) -> bool| same_ascii_words(form, written, eq);
    match case {
        AcronymCase::Any => same(|a, b| a.eq_ignore_ascii_case(&b)),
        AcronymCase::Exact => {
            same(|a, b| a == b)
                || (written.iter().any(u8::is_ascii_alphabetic)
                    && !written.iter().any(u8::is_ascii_lowercase)
                    && same(|a, b| a.to_ascii_uppercase() == b))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_rules() {
        assert!(written_as("PAN", "PAN", AcronymCase::Exact));
        assert!(!written_as("PAN", "Pan", AcronymCase::Exact));
        assert!(written_as("MTs", "MTS", AcronymCase::Exact));
        assert!(written_as("MTs", "MTs", AcronymCase::Exact));
        assert!(!written_as("MTs", "Mts", AcronymCase::Exact));
        assert!(written_as("Pemprov", "PEMPROV", AcronymCase::Any));
        assert!(written_as("Pemprov", "pemprov", AcronymCase::Any));
        assert!(written_as("Satpol PP", "Satpol  PP", AcronymCase::Any));
        assert!(!written_as("Satpol PP", "SatpolPP", AcronymCase::Any));
        assert!(written_as("TNI-AL", "TNI-AL", AcronymCase::Exact));
        assert!(written_as(
            "Pangkalan TNI AL",
            "Pangkalan TNI-Al",
            AcronymCase::Any
        ));
        assert!(written_as("Kpts", "Kpts.", AcronymCase::Any));
        assert!(!written_as("Plt.", "Plt", AcronymCase::Any));
    }

    #[test]
    fn ascii_path_agrees_with_chars() {
        let forms = [
            "PAN",
            "MTs",
            "Satpol PP",
            "TNI-AL",
            "Pangkalan TNI AL",
            "Kpts",
            "a-b",
        ];
        let written = [
            "PAN",
            "pan",
            "Pan",
            "MTS",
            "MTs",
            "Mts",
            "SATPOL PP",
            "Satpol\u{b}PP",
            "TNI AL",
            "TNI--AL",
            "Pangkalan TNI-Al",
            "KPTS",
            "-a b-",
            "123",
            "",
        ];
        for f in forms {
            for w in written {
                for case in [AcronymCase::Any, AcronymCase::Exact] {
                    assert_eq!(
                        ascii_written_as(f.as_bytes(), w.as_bytes(), case),
                        chars_written_as(f, w, case),
                        "{f:?} {w:?} {case:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn abbreviation_test() {
        assert!(abbreviates("Pj", "Penjabat"));
        assert!(abbreviates("Plt.", "Pelaksana Tugas"));
        assert!(!abbreviates("non-aktif", "nonaktif"));
        assert!(!abbreviates("mantan", "mantan"));
        assert!(!abbreviates("Dinas", "Dinas"));
    }

    #[test]
    fn builtin_table_reads_every_source() {
        let regions = Regions::builtin().unwrap();
        let aliases = RegionAliases::builtin(&regions).unwrap();
        let t = AcronymTable::new(
            &Sources {
                acronyms: &Acronyms::builtin().unwrap(),
                titles: &Titles::builtin().unwrap(),
                modifiers: &TitleModifiers::builtin().unwrap(),
                regional: &RegionalBodies::builtin().unwrap(),
                institutions: &Institutions::builtin().unwrap(),
                patterns: &OrgPatterns::builtin().unwrap(),
                regions: &regions,
                aliases: &aliases,
            },
            |w| w == "dinas" || w == "pangkalan",
        );
        let find = |form: &str, origin: Origin| {
            t.iter()
                .find(|(_, r)| r.form == form && r.origin == origin)
                .map(|(_, r)| r.expansion.clone())
        };
        assert_eq!(
            find("Kadis", Origin::Title).as_deref(),
            Some("Kepala Dinas")
        );
        assert_eq!(find("Pj.", Origin::Modifier).as_deref(), Some("Penjabat"));
        assert_eq!(
            find("NTB", Origin::Place).as_deref(),
            Some("Nusa Tenggara Barat")
        );
        assert_eq!(find("Kaltim", Origin::Place), None, "blends are places");
        assert_eq!(find("Dinas PU", Origin::RegionalBody), None);
        assert!(find("Dinkes", Origin::RegionalBody).is_some());
        assert!(find("BPS", Origin::Institution).is_some());
        assert!(find("Polres", Origin::OrgHead).is_some());
        assert_eq!(find("mantan", Origin::Modifier), None);
        // acronyms.tsv comes first.
        let first = t.iter().next().unwrap().1;
        assert_eq!(first.origin, Origin::Acronyms);
        assert!(t.iter().count() > 1000);
    }
}
