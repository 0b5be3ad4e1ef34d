//! The readings a place surface form can have, built once from the place lexicons: one
//! [`Sense`] per region, region alias, country name and geographic name, indexed in the order
//! of the lexicons so that a gazetteer [`Entry`] names its sense directly.

use crate::document::PlaceLevel;
use crate::lexicon::geography::{Countries, CountryNameKind, GeoNames};
use crate::lexicon::places::{
    AliasKind, Ambiguity, AmbiguousWords, RegionAliases, Regions, WordClass,
};
use crate::recognize::gazetteer::Entry;
use crate::text::hash::FoldHashMap;
use crate::text::Token;

use super::context::{is_all_caps, is_capitalised, PlaceWords, Role};

/// The loaded place lexicons a [`Senses`] table is built from.
#[derive(Clone, Copy)]
pub(crate) struct Lexicons<'a> {
    /// Provinces, regencies, cities, districts.
    pub regions: &'a Regions,
    /// News names of regions.
    pub aliases: &'a RegionAliases,
    /// Countries.
    pub countries: &'a Countries,
    /// Geographic names.
    pub geo: &'a GeoNames,
    /// The user's word classes.
    pub words: &'a AmbiguousWords,
    /// Context words.
    pub context: &'a PlaceWords,
}

/// A region, as the recogniser needs it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct RegionInfo {
    /// Kemendagri code.
    pub code: Box<str>,
    /// Name without prefix.
    pub name: Box<str>,
    /// Level.
    pub level: PlaceLevel,
    /// The parent region.
    pub parent: Option<u32>,
    /// Provinces, regencies and cities of the same name (Kabupaten/Kota Bogor).
    pub twins: Box<[u32]>,
}

/// What a sense is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SenseKind {
    /// A region under its decree name.
    Region,
    /// A region under another name (`Kaltim`).
    Alias,
    /// A town that is not a region itself; `region` is the region it lies in.
    Town,
    /// A country.
    Country,
    /// An island, sea, river, mountain or wider region.
    Geo,
}

/// One reading of a surface form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Sense {
    /// What it is.
    pub kind: SenseKind,
    /// The canonical name (a town's own name for [`SenseKind::Town`]).
    pub name: Box<str>,
    /// The surface form as the lexicon writes it, for the case check.
    pub surface: Box<str>,
    /// The region it denotes (or, for a town, lies in).
    pub region: Option<u32>,
    /// Level, when known.
    pub level: Option<PlaceLevel>,
    /// Ambiguity flags, with the user's word classes applied.
    pub flags: Ambiguity,
    /// For geographic names: the regions it lies in.
    pub within: Box<[u32]>,
    /// True when the first word is a feature word (`Laut`, `Sungai`) that may be written in
    /// lower case (`laut Arafuru`).
    pub lenient_head: bool,
    /// True for a state's formal name or its initialism (`Republik Indonesia`, `RI`, `NKRI`):
    /// the polity, not a place.
    pub polity: bool,
    /// A region's former decree name (`Cibinong` for the Cianjur district now `Cubinong`):
    /// a current name of the same spelling goes first.
    pub former: bool,
    /// The capitals `surface` asks for, word by word.
    pub case: CaseNeeds,
}

/// The capitals a surface form asks for (see [`case_ok`]), read once from the lexicon form.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct CaseNeeds {
    /// Number of words (pieces between single spaces); 0 for a form of more than 64 words,
    /// which is read again at each check.
    words: u8,
    /// The words written in capitals (two or more characters, all upper-case), one bit each.
    caps: u64,
    /// The other words that start with a capital.
    capital: u64,
}

impl CaseNeeds {
    /// What `surface` asks for.
    fn of(surface: &str) -> CaseNeeds {
        let mut needs = CaseNeeds::default();
        for (k, w) in surface.split(' ').enumerate() {
            if k >= 64 {
                return CaseNeeds::default();
            }
            if is_caps_word(w) {
                needs.caps |= 1 << k;
            } else if is_capitalised(w) {
                needs.capital |= 1 << k;
            }
            needs.words = k as u8 + 1;
        }
        needs
    }
}

/// True for a lexicon word written in capitals: two or more characters, all upper-case.
fn is_caps_word(w: &str) -> bool {
    if w.is_ascii() {
        return w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase());
    }
    w.chars().count() >= 2 && w.chars().all(char::is_uppercase)
}

/// Every sense, with the regions they point at.
#[derive(Clone, Debug, Default)]
pub(crate) struct Senses {
    /// The regions, in lexicon order.
    pub regions: Vec<RegionInfo>,
    senses: Vec<Sense>,
    /// Where the aliases, countries and geographic names start in `senses`.
    offsets: [usize; 3],
}

impl Senses {
    /// Builds the table. Every code the lexicons name has been checked by their loaders.
    pub fn build(lex: Lexicons<'_>) -> Senses {
        let Lexicons {
            regions,
            aliases,
            countries,
            geo,
            words,
            context,
        } = lex;
        let index: FoldHashMap<&str, u32> = regions
            .iter()
            .enumerate()
            .map(|(i, r)| (r.code.as_str(), i as u32))
            .collect();
        let at = |code: &str| index.get(code).copied();
        let mut out = Senses {
            regions: regions
                .iter()
                .map(|r| RegionInfo {
                    code: r.code.as_str().into(),
                    name: r.name.as_str().into(),
                    level: r.level.place_level(),
                    parent: r.parent.as_deref().and_then(at),
                    twins: r.twins.iter().filter_map(|t| at(t)).collect(),
                })
                .collect(),
            ..Senses::default()
        };
        let features: Vec<String> = context
            .iter()
            .filter(|w| w.role == Role::Feature)
            .map(|w| w.word.to_lowercase())
            .collect();
        let lenient = |surface: &str| {
            let head = surface.split(' ').next().unwrap_or("").to_lowercase();
            surface.contains(' ') && features.contains(&head)
        };
        for (i, r) in regions.iter().enumerate() {
            out.senses.push(Sense {
                kind: SenseKind::Region,
                name: r.name.as_str().into(),
                surface: r.name.as_str().into(),
                region: Some(i as u32),
                level: Some(r.level.place_level()),
                flags: with_words(r.ambiguity, words, &r.name),
                within: Box::new([]),
                lenient_head: false,
                polity: false,
                former: false,
                case: CaseNeeds::default(),
            });
        }
        out.offsets[0] = out.senses.len();
        for a in aliases.iter() {
            let region = at(&a.code);
            let info = region.map(|r| &out.regions[r as usize]);
            let town = a.kind == AliasKind::Town;
            out.senses.push(Sense {
                kind: if town {
                    SenseKind::Town
                } else {
                    SenseKind::Alias
                },
                name: if town {
                    a.alias.as_str().into()
                } else {
                    info.map_or_else(|| a.alias.as_str().into(), |r| r.name.clone())
                },
                surface: a.alias.as_str().into(),
                region,
                level: if town { None } else { info.map(|r| r.level) },
                flags: with_words(a.ambiguity, words, &a.alias),
                within: Box::new([]),
                lenient_head: false,
                polity: false,
                former: a.kind == AliasKind::FormerName,
                case: CaseNeeds::default(),
            });
        }
        out.offsets[1] = out.senses.len();
        for c in countries.iter() {
            let polity = c.kind == CountryNameKind::Full
                || (c.kind == CountryNameKind::Short
                    && countries.iter().any(|f| {
                        f.iso2 == c.iso2
                            && f.kind == CountryNameKind::Full
                            && initials(&f.name) == c.name
                    }));
            out.senses.push(Sense {
                kind: SenseKind::Country,
                name: c.canonical.as_str().into(),
                surface: c.name.as_str().into(),
                region: None,
                level: Some(PlaceLevel::Country),
                flags: with_words(c.ambiguity, words, &c.name),
                within: Box::new([]),
                lenient_head: false,
                polity,
                former: false,
                case: CaseNeeds::default(),
            });
        }
        out.offsets[2] = out.senses.len();
        for g in geo.iter() {
            out.senses.push(Sense {
                kind: SenseKind::Geo,
                name: g.canonical.as_str().into(),
                surface: g.name.as_str().into(),
                region: None,
                level: Some(g.kind.place_level()),
                flags: with_words(g.ambiguity, words, &g.name),
                within: g.codes.iter().filter_map(|c| at(c)).collect(),
                lenient_head: lenient(&g.name),
                polity: false,
                former: false,
                case: CaseNeeds::default(),
            });
        }
        for sense in &mut out.senses {
            sense.case = CaseNeeds::of(&sense.surface);
        }
        out
    }

    /// The code of sense `s`: its region's.
    pub fn code<'a>(&'a self, s: &'a Sense) -> Option<&'a str> {
        s.region.map(|r| &*self.regions[r as usize].code)
    }

    /// The sense id of a gazetteer entry, if it is a place entry.
    pub fn of(&self, entry: Entry) -> Option<u32> {
        let id = match entry {
            Entry::Region(i) => i as usize,
            Entry::RegionAlias(i) => self.offsets[0] + i as usize,
            Entry::Country(i) => self.offsets[1] + i as usize,
            Entry::Geo(i) => self.offsets[2] + i as usize,
            _ => return None,
        };
        (id < self.senses.len()).then_some(id as u32)
    }

    /// Every surface form with its gazetteer entry.
    pub fn entries(&self) -> impl Iterator<Item = (&str, Entry)> {
        let [a, c, g] = self.offsets;
        self.senses.iter().enumerate().map(move |(i, s)| {
            let entry = if i < a {
                Entry::Region(i as u32)
            } else if i < c {
                Entry::RegionAlias((i - a) as u32)
            } else if i < g {
                Entry::Country((i - c) as u32)
            } else {
                Entry::Geo((i - g) as u32)
            };
            (&*s.surface, entry)
        })
    }

    /// The sense with id `id`.
    pub fn get(&self, id: u32) -> &Sense {
        &self.senses[id as usize]
    }

    /// The region with index `i`.
    pub fn region(&self, i: u32) -> &RegionInfo {
        &self.regions[i as usize]
    }

    /// True when `ancestor` is `region` or contains it.
    pub fn contains(&self, ancestor: u32, region: u32) -> bool {
        let mut r = Some(region);
        while let Some(x) = r {
            if x == ancestor {
                return true;
            }
            r = self.regions[x as usize].parent;
        }
        false
    }

    /// The province of a region.
    pub fn province(&self, region: u32) -> u32 {
        let mut r = region;
        while let Some(p) = self.regions[r as usize].parent {
            r = p;
        }
        r
    }
}

/// True when the matched `tokens` of `text` are written with the capitals `sense` needs:
/// every word the lexicon capitalises starts with a capital, and an all-caps abbreviation
/// (`NTB`, `AS`) is written in capitals. All-caps text passes the first test. The first
/// `skip` bytes of the first token (`se-` of `se-Kaltim`) are not part of the name.
pub(crate) fn case_ok(sense: &Sense, text: &str, tokens: &[Token], skip: usize) -> bool {
    let written_at = |k: usize| {
        let t = tokens[k].text(text);
        if k == 0 {
            t.get(skip..).unwrap_or(t)
        } else {
            t
        }
    };
    let needs = sense.case;
    if needs.words == 0 {
        // A form too long for the bits: read it again.
        let words = sense.surface.split(' ');
        if words.clone().count() != tokens.len() {
            return !tokens.is_empty() && is_capitalised(written_at(0));
        }
        for (k, w) in words.enumerate() {
            let written = written_at(k);
            if is_caps_word(w) {
                if !is_all_caps(written) {
                    return false;
                }
            } else if is_capitalised(w)
                && !is_capitalised(written)
                && !(k == 0 && sense.lenient_head)
            {
                return false;
            }
        }
        return true;
    }
    if usize::from(needs.words) != tokens.len() {
        return !tokens.is_empty() && is_capitalised(written_at(0));
    }
    for k in 0..tokens.len() {
        let bit = 1u64 << k;
        if needs.caps & bit != 0 {
            if !is_all_caps(written_at(k)) {
                return false;
            }
        } else if needs.capital & bit != 0
            && !(k == 0 && sense.lenient_head)
            && !is_capitalised(written_at(k))
        {
            return false;
        }
    }
    true
}

/// The initials of a name's words: `Negara Kesatuan Republik Indonesia` gives `NKRI`.
fn initials(name: &str) -> String {
    name.split_whitespace()
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

/// `flags` with the user's word class of `name` applied: `not_ambiguous` clears the word
/// flags, the other classes add theirs.
fn with_words(flags: Ambiguity, words: &AmbiguousWords, name: &str) -> Ambiguity {
    match words.class(name) {
        Some(WordClass::NotAmbiguous) => flags.difference(
            Ambiguity::COMMON_WORD
                .union(Ambiguity::COMMON_PHRASE)
                .union(Ambiguity::DICTIONARY_WORD),
        ),
        Some(_) => flags.union(words.flags(name)),
        None => flags,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{LexiconKind, LexiconText};
    use crate::text::Tokenizer;

    fn senses() -> Senses {
        let regions = Regions::builtin().unwrap();
        let aliases = RegionAliases::builtin(&regions).unwrap();
        let countries = Countries::builtin().unwrap();
        let geo = GeoNames::builtin(&regions).unwrap();
        let words = AmbiguousWords::builtin().unwrap();
        let context = PlaceWords::load(&[LexiconText::builtin(LexiconKind::PlaceContext)]).unwrap();
        Senses::build(Lexicons {
            regions: &regions,
            aliases: &aliases,
            countries: &countries,
            geo: &geo,
            words: &words,
            context: &context,
        })
    }

    fn find<'a>(s: &'a Senses, surface: &str, kind: SenseKind) -> &'a Sense {
        s.entries()
            .filter(|(f, _)| *f == surface)
            .map(|(_, e)| s.get(s.of(e).unwrap()))
            .find(|x| x.kind == kind)
            .unwrap()
    }

    #[test]
    fn entries_round_trip_to_their_senses() {
        let s = senses();
        for (surface, e) in s.entries() {
            assert_eq!(&*s.get(s.of(e).unwrap()).surface, surface);
        }
        let kaltim = find(&s, "Kaltim", SenseKind::Alias);
        assert_eq!(&*kaltim.name, "Kalimantan Timur");
        assert_eq!(&*s.region(kaltim.region.unwrap()).code, "64");
        let purwokerto = find(&s, "Purwokerto", SenseKind::Town);
        assert_eq!(&*purwokerto.name, "Purwokerto");
        assert_eq!(purwokerto.level, None);
        for (name, polity) in [
            ("RI", true),
            ("NKRI", true),
            ("Republik Indonesia", true),
            ("Indonesia", false),
            ("AS", false),
            ("RRT", true),
        ] {
            assert_eq!(find(&s, name, SenseKind::Country).polity, polity, "{name}");
        }
        let bogor = find(&s, "Bogor", SenseKind::Region);
        assert_eq!(s.region(bogor.region.unwrap()).twins.len(), 1);
    }

    #[test]
    fn regions_know_their_ancestors() {
        let s = senses();
        let samarinda = find(&s, "Samarinda", SenseKind::Region).region.unwrap();
        let kaltim = find(&s, "Kalimantan Timur", SenseKind::Region)
            .region
            .unwrap();
        assert!(s.contains(kaltim, samarinda));
        assert!(!s.contains(samarinda, kaltim));
        assert_eq!(s.province(samarinda), kaltim);
    }

    #[test]
    fn case_check_follows_the_lexicon_form() {
        let s = senses();
        let tok = Tokenizer::builtin();
        let check = |sense: &Sense, text: &str| case_ok(sense, text, &tok.tokenize(text), 0);
        let kaltim = find(&s, "Kalimantan Timur", SenseKind::Region);
        assert!(check(kaltim, "Kalimantan Timur"));
        assert!(check(kaltim, "KALIMANTAN TIMUR"));
        assert!(!check(kaltim, "Kalimantan timur"));
        let us = find(&s, "AS", SenseKind::Country);
        assert!(check(us, "AS"));
        assert!(!check(us, "As"));
        let arafuru = find(&s, "Laut Arafuru", SenseKind::Geo);
        assert!(check(arafuru, "laut Arafuru"));
        let text = "se-Kalimantan Timur";
        assert!(case_ok(kaltim, text, &tok.tokenize(text), 3));
        let text = "se-kalimantan Timur";
        assert!(!case_ok(kaltim, text, &tok.tokenize(text), 3));
        assert!(!check(arafuru, "laut arafuru"));
    }

    #[test]
    fn the_case_bits_judge_as_the_lexicon_form_read_again() {
        let s = senses();
        let tok = Tokenizer::builtin();
        let mut checked = 0;
        for (surface, e) in s.entries().step_by(7) {
            let sense = s.get(s.of(e).unwrap());
            let mut again = sense.clone();
            again.case = CaseNeeds::default();
            for text in [
                surface.to_string(),
                surface.to_lowercase(),
                surface.to_uppercase(),
                format!("{} x", surface.to_lowercase()),
            ] {
                let tokens = tok.tokenize(&text);
                assert_eq!(
                    case_ok(sense, &text, &tokens, 0),
                    case_ok(&again, &text, &tokens, 0),
                    "{surface:?} written {text:?}"
                );
                checked += 1;
            }
        }
        assert!(checked > 1000);
        let long = vec!["Kota"; 70].join(" ");
        assert_eq!(CaseNeeds::of(&long), CaseNeeds::default());
    }

    #[test]
    fn user_word_classes_change_flags() {
        let words = AmbiguousWords::load(&[LexiconText::new(
            "w.tsv",
            "word\tclass\tnote\nPadang\tnot_ambiguous\t\nBontang\tpersonal_name\t\n",
        )])
        .unwrap();
        let padang = with_words(Ambiguity::COMMON_WORD, &words, "Padang");
        assert!(padang.is_empty());
        let bontang = with_words(Ambiguity::NONE, &words, "Bontang");
        assert!(bontang.contains(Ambiguity::PERSONAL_NAME));
        assert_eq!(
            with_words(Ambiguity::DEMONYM, &words, "Jepang"),
            Ambiguity::DEMONYM
        );
    }
}
