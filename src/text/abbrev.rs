//! The abbreviation lexicon (`lexicons/abbreviations.tsv`): abbreviations written with
//! periods, currency words and internet domain suffixes, compiled into hash maps that are
//! probed with slices of the text, without allocating.

use super::hash::{FoldHashMap, FoldHashSet, KeyFilter};

use crate::error::{Error, Result};
use crate::lexicon::format;
use crate::lexicon::LexiconText;

/// The columns of an abbreviation lexicon.
pub(crate) const COLUMNS: [&str; 4] = ["form", "class", "sentence_final", "expansion"];

/// What kind of abbreviation an entry is (the `class` column).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum AbbreviationClass {
    /// Running-text abbreviations: `dll.`, `dsb.`, `a.n.`, `s.d.`, `tgl.`.
    General,
    /// References and contact details: `No.`, `Hlm.`, `Telp.`, `NIP.`.
    Reference,
    /// Religious formulas: `a.s.`, `swt.`.
    Religious,
    /// Latin and English: `etc.`, `vs.`, `a.m.`.
    Latin,
    /// Honorifics and titles before a name: `Dr.`, `H.`, `Hj.`, `Ir.`, `Prof.`.
    Title,
    /// Acting positions: `Plt.`, `Plh.`, `Pj.`.
    Position,
    /// Academic and professional degrees after a name: `S.Sos.`, `M.Si.`, `Ph.D.`.
    Degree,
    /// Military and police ranks and corps: `Kol.`, `Inf.`, `Kombes.`.
    Rank,
    /// Address parts: `Jl.`, `Kab.`, `Kec.`, `Prov.`.
    Address,
    /// Month names: `Jan.`, `Agt.`.
    Month,
    /// Company forms: `PT.`, `Tbk.`, `Ltd.`.
    Organization,
    /// Currency words (`Rp`, `Rp.`, `USD`): split from a number written right after them.
    Currency,
    /// Internet domain suffixes (`.com`, `.go.id`): a word ending in one is a host name.
    Domain,
}

impl AbbreviationClass {
    fn parse(s: &str) -> Option<AbbreviationClass> {
        Some(match s {
            "general" => AbbreviationClass::General,
            "reference" => AbbreviationClass::Reference,
            "religious" => AbbreviationClass::Religious,
            "latin" => AbbreviationClass::Latin,
            "title" => AbbreviationClass::Title,
            "position" => AbbreviationClass::Position,
            "degree" => AbbreviationClass::Degree,
            "rank" => AbbreviationClass::Rank,
            "address" => AbbreviationClass::Address,
            "month" => AbbreviationClass::Month,
            "organization" => AbbreviationClass::Organization,
            "currency" => AbbreviationClass::Currency,
            "domain" => AbbreviationClass::Domain,
            _ => return None,
        })
    }
}

/// What the lexicon knows about one abbreviation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AbbreviationInfo {
    /// Its class.
    pub class: AbbreviationClass,
    /// Whether it may end a sentence (`dll.`, degrees) or is always followed by more of the
    /// same sentence (`Jl.`, `Dr.`).
    pub sentence_final: bool,
}

/// One key of the map: the form without its final period.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Entry {
    pub(crate) info: AbbreviationInfo,
    /// The form is listed with a final period (`Rp.`, `dll.`).
    pub(crate) dotted: bool,
    /// The form is listed without a final period (`Rp`, a currency word).
    pub(crate) bare: bool,
    /// The key is the form as listed (not a generated case variant).
    exact: bool,
}

/// The compiled abbreviation lexicon.
#[derive(Clone, Debug, Default)]
pub(crate) struct Abbreviations {
    /// Keyed by the form without its final period, in its listed case, ALL CAPS and
    /// first-letter-capitalised variants.
    map: FoldHashMap<Box<str>, Entry>,
    /// Domain suffixes, lower case, without the leading period (`go.id`, `com`).
    domains: FoldHashSet<Box<str>>,
    /// Longest key in bytes, to bound look-ahead.
    max_key_len: usize,
    /// Longest domain suffix in bytes.
    max_domain_len: usize,
    /// The currency words listed without a period of at most four bytes (`Rp`, `USD`, their
    /// case variants), [`pack`]ed and sorted: the tokenizer asks about every short
    /// capitalised word, and a binary search over a few integers is cheaper than hashing.
    short_currencies: Vec<u64>,
    /// The [`currency_bit`]s of `short_currencies`.
    short_currency_bits: u128,
    /// The keys of `map`: most words before a period are not abbreviations.
    filter: KeyFilter,
}

/// Longest currency word kept in [`Abbreviations::short_currencies`], in bytes.
const SHORT_CURRENCY: usize = 4;

/// A quick "not a short currency word" for a word of at most [`SHORT_CURRENCY`] bytes:
/// the bit of its first two bytes in a 128-bit set (see [`Abbreviations::short_currencies`]).
#[inline]
fn currency_bit(word: &[u8]) -> u128 {
    let a = u32::from(word.first().copied().unwrap_or(0));
    let b = u32::from(word.get(1).copied().unwrap_or(0));
    1u128 << ((a * 5 + b) & 127)
}

/// A word of at most [`SHORT_CURRENCY`] bytes as one integer: its bytes and its length.
#[inline]
fn pack(word: &[u8]) -> u64 {
    let mut buf = [0u8; 8];
    buf[..word.len()].copy_from_slice(word);
    buf[7] = word.len() as u8;
    u64::from_le_bytes(buf)
}

impl Abbreviations {
    /// Compiles one or more abbreviation lexicons; later ones add to (and override entries
    /// of) earlier ones.
    pub(crate) fn from_lexicons(lexicons: &[LexiconText]) -> Result<Abbreviations> {
        let mut lex = Abbreviations::default();
        let mut variants: Vec<(String, Entry)> = Vec::new();
        for text in lexicons {
            let records = format::parse(&text.source, &text.text, &COLUMNS, 3)?;
            for rec in records {
                let form = rec.get(0);
                let err = |reason: String| Error::lexicon(&text.source, rec.line, reason);
                let class = AbbreviationClass::parse(rec.get(1)).ok_or_else(|| {
                    err(format!(
                        "unknown class `{}` (general, reference, religious, latin, title, \
                         position, degree, rank, address, month, organization, currency, domain)",
                        rec.get(1)
                    ))
                })?;
                let sentence_final = match rec.get(2) {
                    "yes" => true,
                    "no" => false,
                    other => {
                        return Err(err(format!(
                            "sentence_final must be `yes` or `no`, found `{other}`"
                        )))
                    }
                };
                if class == AbbreviationClass::Domain {
                    let suffix = form.strip_prefix('.').unwrap_or("");
                    if suffix.is_empty()
                        || !suffix
                            .split('.')
                            .all(|l| !l.is_empty() && l.bytes().all(|b| b.is_ascii_alphanumeric()))
                    {
                        return Err(err(format!(
                            "domain suffix `{form}` must look like `.com` or `.go.id`"
                        )));
                    }
                    let suffix = suffix.to_ascii_lowercase();
                    lex.max_domain_len = lex.max_domain_len.max(suffix.len());
                    lex.domains.insert(suffix.into_boxed_str());
                    continue;
                }
                if !form.chars().all(|c| c == '.' || c.is_alphabetic())
                    || !form.chars().any(char::is_alphabetic)
                    || form.starts_with('.')
                    || form.contains("..")
                {
                    return Err(err(format!(
                        "form `{form}` must be letters and periods (like `dll.` or `S.Sos.`)"
                    )));
                }
                let dotted = form.ends_with('.');
                if !dotted && class != AbbreviationClass::Currency {
                    return Err(err(format!(
                        "form `{form}` must end with a period (only currency words may not)"
                    )));
                }
                let key = form.strip_suffix('.').unwrap_or(form);
                let entry = Entry {
                    info: AbbreviationInfo {
                        class,
                        sentence_final,
                    },
                    dotted,
                    bare: !dotted,
                    exact: true,
                };
                lex.insert(key.to_string(), entry);
                let upper = key.to_uppercase();
                let mut cap = String::with_capacity(key.len());
                let mut chars = key.chars();
                if let Some(first) = chars.next() {
                    cap.extend(first.to_uppercase());
                    cap.push_str(chars.as_str());
                }
                // An all-capital spelling of three letters or more (`KEL.`, `KAB.`) is as
                // likely an acronym ending its sentence as the abbreviation.
                let acronym_like = !key.contains('.') && key.chars().count() >= 3;
                // Running-text abbreviations are often typed in lower case (`telp.`, `jl.`,
                // `kab.`); titles, ranks and degrees are not, and lower-casing them would
                // collide with words (`gen.`, `sen.`).
                let lower = if lowercase_variant(class) && key.chars().count() >= 2 {
                    key.to_lowercase()
                } else {
                    key.to_string()
                };
                for (v, caps) in [(upper, true), (cap, false), (lower, false)] {
                    if v != key {
                        let mut info = entry.info;
                        if caps && acronym_like {
                            info.sentence_final = true;
                        }
                        variants.push((
                            v,
                            Entry {
                                exact: false,
                                info,
                                ..entry
                            },
                        ));
                    }
                }
            }
        }
        for (key, entry) in variants {
            match lex.map.get_mut(key.as_str()) {
                Some(existing) if existing.exact => {}
                Some(existing) => merge(existing, entry),
                None => {
                    lex.max_key_len = lex.max_key_len.max(key.len());
                    lex.map.insert(key.into_boxed_str(), entry);
                }
            }
        }
        lex.short_currencies = lex
            .map
            .iter()
            .filter(|(k, e)| k.len() <= SHORT_CURRENCY && is_bare_currency(e))
            .map(|(k, _)| pack(k.as_bytes()))
            .collect();
        lex.short_currencies.sort_unstable();
        lex.short_currency_bits = lex
            .map
            .iter()
            .filter(|(k, e)| k.len() <= SHORT_CURRENCY && is_bare_currency(e))
            .fold(0, |bits, (k, _)| bits | currency_bit(k.as_bytes()));
        lex.filter = KeyFilter::new(lex.map.keys().map(|k| k.as_bytes()), same_byte);
        Ok(lex)
    }

    fn insert(&mut self, key: String, entry: Entry) {
        self.max_key_len = self.max_key_len.max(key.len());
        match self.map.get_mut(key.as_str()) {
            Some(existing) if existing.exact => merge(existing, entry),
            _ => {
                self.map.insert(key.into_boxed_str(), entry);
            }
        }
    }

    /// The entry whose form without its final period is exactly `key`, for keys that are
    /// mostly not listed (words of the text before a period): the filter turns most away.
    #[inline]
    pub(crate) fn get(&self, key: &str) -> Option<&Entry> {
        if key.len() > self.max_key_len || !self.filter.may_contain(key.as_bytes(), same_byte) {
            return None;
        }
        self.map.get(key)
    }

    /// [`get`](Self::get) without the filter, for keys that are mostly listed.
    #[inline]
    fn entry(&self, key: &str) -> Option<&Entry> {
        if key.len() > self.max_key_len {
            return None;
        }
        self.map.get(key)
    }

    /// The abbreviation written `form` (with its final period), if listed. The sentence
    /// splitter asks about tokens the tokenizer took for abbreviations, so no filter first.
    pub(crate) fn lookup(&self, form: &str) -> Option<AbbreviationInfo> {
        match form.strip_suffix('.') {
            Some(key) => self.entry(key).filter(|e| e.dotted).map(|e| e.info),
            None => self.entry(form).filter(|e| e.bare).map(|e| e.info),
        }
    }

    /// True when `word` is a currency word listed without a period (`Rp`, `USD`).
    #[inline]
    pub(crate) fn is_currency(&self, word: &str) -> bool {
        if word.len() <= SHORT_CURRENCY {
            return self.short_currency_bits & currency_bit(word.as_bytes()) != 0
                && self
                    .short_currencies
                    .binary_search(&pack(word.as_bytes()))
                    .is_ok();
        }
        self.entry(word).is_some_and(is_bare_currency)
    }

    /// Longest key in bytes.
    #[inline]
    pub(crate) fn max_key_len(&self) -> usize {
        self.max_key_len
    }

    /// True when `suffix` (labels joined by periods, any case, no leading period) is a listed
    /// domain suffix.
    pub(crate) fn is_domain_suffix(&self, suffix: &str) -> bool {
        if suffix.len() > self.max_domain_len {
            return false;
        }
        let mut buf = [0u8; 64];
        let bytes = suffix.as_bytes();
        if bytes.len() > buf.len() {
            return false;
        }
        for (d, s) in buf.iter_mut().zip(bytes) {
            *d = s.to_ascii_lowercase();
        }
        match std::str::from_utf8(&buf[..bytes.len()]) {
            Ok(lower) => self.domains.contains(lower),
            Err(_) => false,
        }
    }

    /// Number of entries (keys, with case variants) and domain suffixes.
    #[cfg(test)]
    pub(crate) fn len(&self) -> (usize, usize) {
        (self.map.len(), self.domains.len())
    }
}

/// Keys are compared as they are written.
fn same_byte(b: u8) -> u8 {
    b
}

/// The entry is a currency word listed without a period.
fn is_bare_currency(e: &Entry) -> bool {
    e.bare && e.info.class == AbbreviationClass::Currency
}

/// Classes whose forms also match in lower case.
fn lowercase_variant(class: AbbreviationClass) -> bool {
    matches!(
        class,
        AbbreviationClass::General
            | AbbreviationClass::Reference
            | AbbreviationClass::Address
            | AbbreviationClass::Month
            | AbbreviationClass::Position
    )
}

/// Two listings of the same key (`Rp` and `Rp.`): keep both spellings; a later listing's
/// class and sentence role win.
fn merge(existing: &mut Entry, new: Entry) {
    existing.dotted |= new.dotted;
    existing.bare |= new.bare;
    existing.info = new.info;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LexiconKind;

    fn lex(text: &str) -> Result<Abbreviations> {
        Abbreviations::from_lexicons(&[LexiconText::new("t.tsv", text)])
    }

    #[test]
    fn builtin_lexicon_compiles_and_is_rich() {
        let lex = Abbreviations::from_lexicons(&[LexiconText::builtin(LexiconKind::Abbreviations)])
            .unwrap();
        let (keys, domains) = lex.len();
        assert!(keys > 400, "{keys}");
        assert!(domains > 20, "{domains}");
        for form in [
            "dll.", "dsb.", "dkk.", "yth.", "No.", "Jl.", "Kab.", "Kec.", "Prov.", "H.", "Hj.",
            "Dr.", "Ir.", "Drs.", "Prof.", "S.Sos.", "M.Si.", "S.H.", "M.H.", "Pj.", "Plt.",
            "Plh.", "s.d.", "a.n.", "S.Pd.", "M.Pd.", "S.E.", "M.M.", "S.T.", "S.Kom.", "S.I.Kom.",
            "Ph.D.", "Kol.", "Kombes.",
        ] {
            assert!(lex.lookup(form).is_some(), "{form} missing");
        }
        assert!(lex.lookup("dll.").unwrap().sentence_final);
        assert!(!lex.lookup("Jl.").unwrap().sentence_final);
        assert!(lex.is_domain_suffix("go.id"));
        assert!(lex.is_domain_suffix("COM"));
        assert!(lex.is_currency("Rp"));
        assert_eq!(
            lex.lookup("Rp.").unwrap().class,
            AbbreviationClass::Currency
        );
    }

    #[test]
    fn case_variants_are_generated_but_exact_forms_win() {
        let lex = lex("form\tclass\tsentence_final\texpansion\n\
                       Jl.\taddress\tno\tjalan\n\
                       dr.\ttitle\tno\tdokter\n\
                       Dr.\ttitle\tno\tdoktor\n\
                       dll.\tgeneral\tyes\t\n")
        .unwrap();
        assert!(lex.lookup("JL.").is_some());
        assert!(lex.lookup("Dll.").is_some());
        assert!(lex.lookup("DLL.").is_some());
        assert!(lex.lookup("jl.").is_some());
        assert!(lex.lookup("DR.").is_some());
        assert!(lex.lookup("dR.").is_none());
        assert!(lex.lookup("dr.").is_some());
        assert!(lex.lookup("Dll").is_none());
    }

    #[test]
    fn short_and_long_currency_words() {
        let lex = lex("form\tclass\tsentence_final\texpansion\n\
                       Rp\tcurrency\tno\t\n\
                       Rp.\tcurrency\tno\t\n\
                       USD\tcurrency\tno\t\n\
                       Ringgit\tcurrency\tno\t\n\
                       Kab.\taddress\tno\t\n")
        .unwrap();
        for word in ["Rp", "RP", "USD", "Ringgit", "RINGGIT"] {
            assert!(lex.is_currency(word), "{word}");
        }
        for word in ["rp", "R", "Rpx", "US", "Usd", "Kab", "", "Rp.", "ringgit"] {
            assert!(!lex.is_currency(word), "{word}");
        }
    }

    #[test]
    fn bad_lines_name_file_and_line() {
        let head = "form\tclass\tsentence_final\texpansion\n";
        let e = lex(&format!("{head}dll.\tgeneral\tmaybe\t\n")).unwrap_err();
        assert_eq!(
            e.to_string(),
            "t.tsv:2: sentence_final must be `yes` or `no`, found `maybe`"
        );
        let e = lex(&format!("{head}dll.\tgenral\tyes\t\n")).unwrap_err();
        assert!(e.to_string().starts_with("t.tsv:2: unknown class `genral`"));
        let e = lex(&format!("{head}dll\tgeneral\tyes\t\n")).unwrap_err();
        assert!(e.to_string().contains("must end with a period"), "{e}");
        let e = lex(&format!("{head}d-l.\tgeneral\tyes\t\n")).unwrap_err();
        assert!(e.to_string().contains("letters and periods"), "{e}");
        let e = lex(&format!("{head}com\tdomain\tno\t\n")).unwrap_err();
        assert!(e.to_string().contains("domain suffix"), "{e}");
    }

    #[test]
    fn later_lexicons_extend_earlier_ones() {
        let a = LexiconText::new(
            "a",
            "form\tclass\tsentence_final\texpansion\nRp\tcurrency\tno\t\n",
        );
        let b = LexiconText::new(
            "b",
            "form\tclass\tsentence_final\texpansion\nRp.\tcurrency\tno\t\n",
        );
        let lex = Abbreviations::from_lexicons(&[a, b]).unwrap();
        let e = lex.get("Rp").unwrap();
        assert!(e.dotted && e.bare);
    }
}
