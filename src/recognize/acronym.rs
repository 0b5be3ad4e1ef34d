//! Acronyms and abbreviations: every acronym of the lexicons found in the text, every unknown
//! all-capital word that is not an ordinary word, and every short form the text defines.
//!
//! Sources, in order of trust:
//!
//! 1. definitions in the text itself — `Bantuan Produktif Usaha Mikro (BPUM)` and
//!    `Silpa (Sisa Lebih Penggunaan Anggaran)` (see [`define`]), and the full form of an
//!    organisation the text also names by its acronym (`Dinas Perindustrian Perdagangan
//!    Koperasi dan UKM Kaltim` … `Disperindagkop dan UKM Kaltim`): `source: text`;
//! 2. the acronym lexicons ([`table`]): `source: lexicon`, the default reading first;
//! 3. otherwise an all-capital word of two letters or more is an acronym with no known
//!    expansion (`source: unknown`), unless it is on the stoplist (`DAN`, `XIV`, `RP`), a
//!    place (`SAMARINDA` in a dateline), an ordinary word in capitals (`HAL`), a degree after a
//!    name (`SH`), a rank or honorific (`AKBP`, `HM`), or a reporter's initials in a credit
//!    line (`AYD/HAL`).
//!
//! A lexicon acronym written in lower case counts when it is not an ordinary word too
//! (`perindagkop`, `laka`; not `balita`, which has become a word).

pub(crate) mod define;
pub(crate) mod landmarks;
pub(crate) mod table;
pub(crate) mod view;

use std::ops::Range;
use std::sync::OnceLock;

use crate::document::{Acronym, Entity, EntityData, ExpansionSource};
use crate::error::Result;
use crate::lexicon::acronyms::{AcronymContext, AcronymStoplist, Acronyms, ContextReading};
use crate::lexicon::organizations::{Institutions, OrgPatterns, RegionalBodies};
use crate::lexicon::places::{RegionAliases, Regions};
use crate::recognize::gazetteer::{Entry, GazetteerBuilder, WordClass};
use crate::recognize::people::PeopleRecognizer;
use crate::text::hash::FoldHashMap;
use crate::text::{TokenKind, Tokenizer};

use define::{is_function_word, spells, Speller, MAX_WORDS};
use landmarks::Landmarks;
use table::{AcronymTable, Origin, Sources};
use view::{with_lower, DocView};

/// The acronym recogniser: the reading table and the stoplist, loaded once.
#[derive(Clone, Debug)]
pub(crate) struct AcronymRecognizer {
    table: AcronymTable,
    /// Readings by lower-cased form.
    by_form: FoldHashMap<String, Vec<u32>>,
    stoplist: AcronymStoplist,
    /// Words before a short form that choose its reading (`Fraksi` before a party).
    context: AcronymContext,
    /// Short forms of bodies made of a head word and an acronym (`dinas pupr`, lower-cased)
    /// with the body's full name (`Dinas Pekerjaan Umum dan Penataan Ruang`): what the
    /// acronym stands for inside them (see [`AcronymRecognizer::expansion_in_body`]).
    body_forms: FoldHashMap<String, BodyForm>,
    /// Per reading, whether its form as the lexicon writes it is a degree
    /// (`PeopleRecognizer::is_degree_text`), found on first use: the same short forms come
    /// back in every document, and each answer costs look-ups.
    degree_form: Vec<OnceLock<bool>>,
    /// Per reading, the words before its form that could change its reading or expansion,
    /// as ranges into `cue_words` (see [`Cues`]): an ASCII mention written as the form (in
    /// any case) after none of them needs neither look-up.
    cues: Vec<Cues>,
    /// The words the ranges of `cues` index.
    cue_words: Vec<String>,
}

/// What could make [`AcronymRecognizer::reading_in_context`] or
/// [`AcronymRecognizer::expansion_in_body`] give more than the default for a reading: ranges
/// into `cue_words`.
#[derive(Clone, Debug)]
struct Cues {
    /// The first words of the expansions of the other readings of the form (lower-cased
    /// alike), which the word before it may name (compared ignoring ASCII case; `Partai`
    /// after a party word).
    context: Range<u32>,
    /// The head words (lower case) of the bodies' short forms whose second word is the form.
    heads: Range<u32>,
}

/// The full name of a body whose short form is a head word and an acronym (see
/// [`AcronymRecognizer::body_forms`]).
#[derive(Clone, Debug)]
struct BodyForm {
    /// The body's full name (`Dinas Pekerjaan Umum dan Penataan Ruang`).
    name: String,
    /// Whether the name's words after the first spell the acronym as the text first wrote it
    /// (`define::spells`), with that spelling: the same bodies come back in every document,
    /// written alike, and each answer costs a spelling search.
    spelled: OnceLock<(String, bool)>,
}

/// The lexicons the acronym recogniser reads besides the people recogniser's titles.
pub(crate) struct AcronymLexicons<'a> {
    pub acronyms: &'a Acronyms,
    pub stoplist: AcronymStoplist,
    pub context: AcronymContext,
    pub regional: &'a RegionalBodies,
    pub institutions: &'a Institutions,
    pub patterns: &'a OrgPatterns,
    pub regions: &'a Regions,
    pub aliases: &'a RegionAliases,
}

/// Most occurrences the occurrence buffer keeps from one text to the next.
const KEEP_FOUND: usize = 1 << 10;

thread_local! {
    /// This thread's buffer of occurrences, reused from one text to the next.
    static FOUND: std::cell::Cell<Vec<Occurrence>> = const { std::cell::Cell::new(Vec::new()) };
    /// This thread's buffer for the letters of long forms ([`Speller`]).
    static SPELLER_CHARS: std::cell::Cell<Vec<char>> = const { std::cell::Cell::new(Vec::new()) };
    /// This thread's landmark lists, reused from one text to the next.
    static LANDMARKS: std::cell::Cell<Landmarks> = std::cell::Cell::new(Landmarks::default());
}

/// One acronym occurrence.
#[derive(Clone, Debug)]
struct Occurrence {
    tokens: Range<usize>,
    reading: Option<u32>,
}

/// Whether the two tokens before token `p` are capitalised words on its line, neither a
/// person's name nor a function word: what [`DocView::translated_name_before`] needs at least
/// (a translated name has two words or more) before it looks any word up, told from the
/// tokens' facts alone.
fn two_name_words_before(v: &DocView<'_>, p: usize) -> bool {
    let fits = |j: usize| {
        v.is_word(j)
            && !v.line_ends_after(j)
            && v.is_capitalised(j)
            && !v.name[j]
            && !is_function_word(v.tok(j))
    };
    p >= 2 && fits(p - 1) && fits(p - 2)
}

/// Token `i` is a word of a news outlet's name in the dateline (`PRINGSEWU, LAMPUNG POST –`,
/// `BATAM, BATAMPOS –`), no acronym: a name of two words or more, or one word of six
/// letters or more. A short one alone stays an acronym (`TERNATE, BRN –`).
fn outlet_word(v: &DocView<'_>, i: usize) -> bool {
    v.outlet.contains(&i) && (v.outlet.len() > 1 || v.tok(i).chars().count() >= 6)
}

/// A Roman numeral, well formed or not (`IIX`), or with a class letter (`IIA`, `IIB`: a
/// prison or office class): not an acronym.
fn is_class_numeral(t: &str) -> bool {
    let roman = t.strip_suffix(['A', 'B']).unwrap_or(t);
    !roman.is_empty() && roman.bytes().all(|b| b"IVX".contains(&b))
}

/// Capitals with a digit from 2 to 9 that repeats the letter before it (`UP3`, `P2KB`,
/// `BP3MI`; see [`define`]): an initialism, where other words with digits are models, plates
/// or magnitudes (`H5N1`, `A320`, `M6`).
fn letter_multiplied(t: &str) -> bool {
    let b = t.as_bytes();
    b.iter().any(u8::is_ascii_digit)
        && b.iter().filter(|c| c.is_ascii_uppercase()).count() >= 2
        && b.iter().enumerate().all(|(k, &c)| {
            c.is_ascii_uppercase()
                || (matches!(c, b'2'..=b'9')
                    && k > 0
                    && b[k - 1].is_ascii_uppercase()
                    && !b.get(k + 1).is_some_and(u8::is_ascii_digit))
        })
}

impl AcronymRecognizer {
    /// Builds the reading table from the lexicons and the people recogniser's titles.
    pub fn new(lex: AcronymLexicons<'_>, people: &PeopleRecognizer) -> Result<AcronymRecognizer> {
        let table = AcronymTable::new(
            &Sources {
                acronyms: lex.acronyms,
                titles: people.titles(),
                modifiers: people.modifiers(),
                regional: lex.regional,
                institutions: lex.institutions,
                patterns: lex.patterns,
                regions: lex.regions,
                aliases: lex.aliases,
            },
            |w| people.is_dictionary_lower(w),
        );
        let mut by_form: FoldHashMap<String, Vec<u32>> = FoldHashMap::default();
        for (i, r) in table.iter() {
            by_form.entry(r.form.to_lowercase()).or_default().push(i);
        }
        let degree_form = table.iter().map(|_| OnceLock::new()).collect();
        let mut body_forms: FoldHashMap<String, BodyForm> = FoldHashMap::default();
        let bodies = lex
            .regional
            .iter()
            .map(|r| (&r.name, &r.acronym))
            .chain(lex.institutions.iter().map(|r| (&r.name, &r.acronym)));
        for (name, acronym) in bodies {
            let Some(short) = acronym else { continue };
            if short.split(' ').count() == 2 {
                body_forms
                    .entry(short.to_lowercase())
                    .or_insert_with(|| BodyForm {
                        name: name.clone(),
                        spelled: OnceLock::new(),
                    });
            }
        }
        // Heads of the bodies' short forms by their second word.
        let mut heads_of: FoldHashMap<&str, Vec<&str>> = FoldHashMap::default();
        for k in body_forms.keys() {
            if let Some((head, short)) = k.split_once(' ') {
                heads_of.entry(short).or_default().push(head);
            }
        }
        let mut cue_words: Vec<String> = Vec::new();
        let mut cues = Vec::new();
        for (_, r) in table.iter() {
            let lower = r.form.to_lowercase();
            let start = cue_words.len() as u32;
            for &k in by_form.get(&lower).map_or(&[][..], Vec::as_slice) {
                let x = table.get(k);
                if !x.expansion.contains(r.expansion.as_str()) {
                    let first = x.expansion.split(' ').next().unwrap_or("");
                    cue_words.push(first.to_string());
                }
            }
            let context = start..cue_words.len() as u32;
            let start = cue_words.len() as u32;
            for head in heads_of.get(lower.as_str()).into_iter().flatten() {
                cue_words.push(head.to_string());
            }
            cues.push(Cues {
                context,
                heads: start..cue_words.len() as u32,
            });
        }
        drop(heads_of);
        Ok(AcronymRecognizer {
            body_forms,
            degree_form,
            cues,
            cue_words,
            table,
            by_form,
            stoplist: lex.stoplist,
            context: lex.context,
        })
    }

    /// The reading table.
    pub fn table(&self) -> &AcronymTable {
        &self.table
    }

    /// Registers every reading's form (and its dotted spelling where the tokenizer keeps one,
    /// `Kpts.`) in the shared dictionary.
    pub fn register(&self, g: &mut GazetteerBuilder<'_>, tokenizer: &Tokenizer) {
        for (i, r) in self.table.iter() {
            g.add(&r.form, Entry::Acronym(i));
            if !r.form.ends_with('.') && !r.form.contains(' ') {
                let dotted = format!("{}.", r.form);
                let t = tokenizer.analyze(&dotted).tokens;
                if t.len() == 1 && t[0].kind == TokenKind::Abbreviation {
                    g.add(&dotted, Entry::Acronym(i));
                }
            }
        }
    }

    /// Tokens the people recogniser must not take for name words: acronyms and organisation
    /// words of three letters or more that are not also common given names.
    // Once per document: kept out of line so that profiles show its cost.
    #[inline(never)]
    pub fn not_name(&self, v: &DocView<'_>, people: &PeopleRecognizer) -> Vec<bool> {
        let n = v.tokens.len();
        let mut out = vec![false; n];
        let ends = v.match_ends();
        // One pass: the furthest end of the matches starting at or before each token. Outside
        // every match, the next token where one starts is searched for (most tokens are in
        // none).
        let (mut cover, mut i) = (0, 0);
        while i < n {
            if i >= cover {
                match ends[i..].iter().position(|&e| e != 0) {
                    Some(k) => i += k,
                    None => break,
                }
            }
            // A given name inside a name that started before it (`Kejaksaan Agung`) is a
            // word of that name.
            let inside = i < cover;
            cover = cover.max(ends[i]);
            if i < cover {
                out[i] = self.covered_not_name(v, i, inside, people);
            }
            i += 1;
        }
        out
    }

    /// Whether token `i`, covered by a match, is no name word (see [`not_name`]); `inside`:
    /// the match started before it.
    ///
    /// [`not_name`]: Self::not_name
    fn covered_not_name(
        &self,
        v: &DocView<'_>,
        i: usize,
        inside: bool,
        people: &PeopleRecognizer,
    ) -> bool {
        let t = v.tok(i);
        // Three letters take three bytes.
        if t.len() < 3 {
            return false;
        }
        // ASCII letters are what `char::is_alphabetic` takes there.
        let letters = if t.is_ascii() {
            t.bytes().filter(u8::is_ascii_alphabetic).count()
        } else {
            t.chars().filter(|c| c.is_alphabetic()).count()
        };
        letters >= 3
            && (inside
                || !v
                    .word_is(i, WordClass::GivenName)
                    .unwrap_or_else(|| with_lower(t, |l| people.is_given_name_lower(l))))
            && (inside || !self.lower_blend_in_name(v, i, people))
    }

    /// Token `i` is a blend the lexicon writes in lower case (`laka`), here written with a
    /// capital right after a capitalised name word on its line (`Melkiades Laka Lena`): a
    /// word of that name, not the blend. Only the blend's own match may start there, and the
    /// word before may be no title, acronym, rank, honorific, place or dictionary word
    /// (`Kanit Laka`, `Unit Laka` keep the blend).
    fn lower_blend_in_name(&self, v: &DocView<'_>, i: usize, people: &PeopleRecognizer) -> bool {
        let lower_form = v.acronym[i].is_some_and(|a| {
            let form = &self.table.get(a.index).form;
            a.end == i + 1 && !form.chars().any(char::is_uppercase)
        });
        if !(lower_form
            && v.match_ends()[i] == i + 1
            && i > 0
            && v.is_word(i)
            && v.is_capitalised(i)
            && !v.is_caps(i))
        {
            return false;
        }
        let p = i - 1;
        let t = v.tok(p);
        v.is_word(p)
            && v.is_capitalised(p)
            && !v.is_caps(p)
            && !v.line_ends_after(p)
            && v.match_ends()[p] == 0
            && v.title_end[p] == p
            && v.place_end[p] == p
            && !v.in_rank[p]
            && !v.in_honorific[p]
            && !v.taken[p]
            && with_lower(t, |l| {
                people.is_given_name_lower(l) || !people.is_dictionary_lower(l)
            })
    }

    /// The readings of `form` (any case) whose case rule accepts it.
    fn readings_of(&self, form: &str) -> Option<u32> {
        let list = with_lower(form, |l| self.by_form.get(l))?;
        list.iter().copied().find(|&i| {
            let r = self.table.get(i);
            table::written_as(&r.form, form, r.case)
        })
    }

    /// Finds the acronyms of one document and appends them to `out`. `links` are short forms with the full forms the
    /// organisation recogniser found for them in the text.
    // Once per document: kept out of line so that profiles show its cost.
    #[inline(never)]
    pub fn recognize(
        &self,
        v: &DocView<'_>,
        people: &PeopleRecognizer,
        links: &[(String, String)],
        out: &mut Vec<Entity>,
    ) {
        let n = v.tokens.len();
        // This thread's landmark lists, taken while in use.
        let mut marks = LANDMARKS.take();
        marks.find(v);
        let mut defs = self.definitions(v, &marks, people);
        // Short forms of two words the text defines in brackets (`PU CKPP`; few texts have
        // one), not the organisations' linked short forms, which are read as names.
        let pairs: Vec<String> = defs.keys().filter(|k| k.contains(' ')).cloned().collect();
        for (short, long) in links {
            defs.entry(short.to_lowercase())
                .or_insert_with(|| long.clone());
        }
        // The first bytes of the ASCII short forms defined: an ASCII word starting with none
        // of them is none of them, and needs no lookup.
        let firsts = defs
            .keys()
            .filter_map(|k| k.as_bytes().first())
            .filter(|b| b.is_ascii())
            .fold(0u128, |m, &b| m | 1 << b);
        // A defined short form, any case (lowered char by char, as the keys were compared).
        let mut lower = String::new();
        let mut defined_form = |t: &str| {
            if defs.is_empty() {
                return false;
            }
            if t.is_ascii() {
                let first = t.as_bytes().first().map_or(0, u8::to_ascii_lowercase);
                return firsts & 1 << first != 0 && with_lower(t, |l| defs.contains_key(l));
            }
            lower.clear();
            lower.extend(t.chars().flat_map(char::to_lowercase));
            defs.contains_key(lower.as_str())
        };
        let defined_pair = |t: &str| with_lower(t, |l| pairs.iter().any(|k| k == l));
        let caps_runs = self.caps_runs(v, &marks.caps, people);
        // This thread's buffer of occurrences, taken while in use.
        let mut found = FOUND.take();
        found.clear();
        let mut i = 0;
        loop {
            // Only a lexicon match, a word in capitals or (when the text defines short forms)
            // a word opening like one of them can be an acronym (most tokens are none).
            i = v.next_acronym_candidate(i, (!defs.is_empty()).then_some(firsts));
            if i >= n {
                break;
            }
            // A short form of two words the text defines (`PU CKPP`).
            if !pairs.is_empty() && v.is_word(i + 1) && defined_pair(v.slice(i..i + 2)) {
                found.push(Occurrence {
                    tokens: i..i + 2,
                    reading: None,
                });
                i += 2;
                continue;
            }
            // A service's short form the lexicons do not list, or a listed one with a unit's
            // suffix (`Diskominfo-SP`): one acronym, its expansion unknown.
            let blend = v.blend_end(i);
            if blend > i && !self.excluded(v, i, people) {
                found.push(Occurrence {
                    tokens: i..blend,
                    reading: None,
                });
                i = blend;
                continue;
            }
            if let Some(occ) = self.lexicon_at(v, i, people) {
                i = occ.tokens.end;
                found.push(occ);
                continue;
            }
            if let Some(occ) = self.composite_at(v, i) {
                i = occ.tokens.end;
                found.push(occ);
                continue;
            }
            // A short form the text defines counts even where it has become a word
            // (`Pos komando (posko)`).
            let defined = v.is_word(i) && !v.name[i] && defined_form(v.tok(i));
            if defined || self.unknown_at(v, i, people, &caps_runs) {
                found.push(Occurrence {
                    tokens: i..i + 1,
                    reading: None,
                });
            }
            i += 1;
        }
        let initials = self.initials(v, &marks, people);
        if !initials.is_empty() {
            found.retain(|occ| !initials[occ.tokens.start]);
        }
        let mut pair = String::new();
        // One entity per form as written (any case); its expansion is its first mention's.
        // A full stop the tokenizer kept on a lexicon form written without one (`SPT.` at
        // the end of a sentence) is the sentence's, not the form's.
        crate::resolve::one_per_form(
            v.text,
            &mut found,
            |occ| {
                let mut span = v.span(occ.tokens.clone());
                let i = occ.tokens.start;
                let sentence_ends = || {
                    v.line_ends_after(i)
                        || v.tok(i + 1).starts_with(['"', '\u{201c}', '\''])
                        || v.tok(i + 1).chars().next().is_some_and(char::is_uppercase)
                };
                let stop = occ.tokens.len() == 1
                    && v.tok(i).len() > 2
                    && v.tok(i).ends_with('.')
                    && sentence_ends()
                    && occ.reading.is_some_and(|r| {
                        let r = self.table.get(r);
                        r.origin == Origin::Acronyms && !r.form.ends_with('.')
                    });
                if stop {
                    span.end -= 1;
                    span.char_end -= 1;
                }
                (span, "")
            },
            |occ| {
                let written = v.slice(occ.tokens.clone());
                let defined = if defs.is_empty() {
                    None
                } else {
                    with_lower(written, |l| defs.get(l))
                };
                let (expansion, source) = match defined {
                    Some(long) => (
                        Some(without_legal_form(long, written).to_string()),
                        ExpansionSource::Text,
                    ),
                    None => match occ.reading {
                        Some(r) => {
                            let r = self.reading_in_context(v, occ.tokens.start, r);
                            let in_body =
                                self.expansion_in_body(v, occ.tokens.clone(), Some(r), &mut pair);
                            let e = in_body.unwrap_or(&self.table.get(r).expansion);
                            (
                                Some(without_legal_form(e, written).to_string()),
                                ExpansionSource::Lexicon,
                            )
                        }
                        None => (None, ExpansionSource::Unknown),
                    },
                };
                EntityData::Acronym(Acronym { expansion, source })
            },
            out,
        );
        // A buffer a long text grew is let go.
        if found.capacity() <= KEEP_FOUND {
            FOUND.set(found);
        }
        if marks.caps.capacity() <= KEEP_FOUND {
            LANDMARKS.set(marks);
        }
    }

    /// Whether token `t` is the form of reading `r` in some case, both ASCII (so that their
    /// lower-case forms are equal and a look-up by the token finds the form's readings).
    fn plain_form(&self, t: &str, r: u32) -> bool {
        let form = &self.table.get(r).form;
        t.is_ascii() && form.is_ascii() && t.eq_ignore_ascii_case(form)
    }

    /// The words of `range` in `cue_words`.
    fn cue_words(&self, range: &Range<u32>) -> &[String] {
        self.cue_words
            .get(range.start as usize..range.end as usize)
            .unwrap_or_default()
    }

    /// The reading of the short form at `i` that the word before it asks for, else `r` (the
    /// default): the one whose expansion opens with that word (`Bank BPD` = Bank Pembangunan
    /// Daerah, `pajak PBB` = Pajak Bumi dan Bangunan), or a party after `Fraksi` or a party
    /// board (`Fraksi PKB` = Partai Kebangkitan Bangsa, not Pajak Kendaraan Bermotor: the words
    /// of `acronym_context.tsv`).
    fn reading_in_context(&self, v: &DocView<'_>, i: usize, r: u32) -> u32 {
        if i == 0 || !v.is_word(i - 1) {
            return r;
        }
        let prev = v.tok(i - 1);
        let party = self.context.reading_after(prev) == Some(ContextReading::Party);
        // No other reading of the form opens with the word before it (most mentions).
        if self.plain_form(v.tok(i), r) {
            let firsts = self.cue_words(&self.cues[r as usize].context);
            let asked = |f: &String| {
                if party {
                    f == "Partai"
                } else {
                    f.eq_ignore_ascii_case(prev)
                }
            };
            if !firsts.iter().any(asked) {
                return r;
            }
        }
        let Some(list) = with_lower(v.tok(i), |l| self.by_form.get(l)) else {
            return r;
        };
        if list.len() < 2 {
            return r;
        }
        let written = v.tok(i);
        let default = &self.table.get(r).expansion;
        list.iter()
            .copied()
            .filter(|&k| {
                let x = self.table.get(k);
                // Another reading, not the default with more words (`Partai Hati Nurani
                // Rakyat` for `Hanura` = Hati Nurani Rakyat).
                table::written_as(&x.form, written, x.case)
                    && !x.expansion.contains(default.as_str())
            })
            .find(|&k| {
                let first = self.table.get(k).expansion.split(' ').next().unwrap_or("");
                if party {
                    first == "Partai"
                } else {
                    first.eq_ignore_ascii_case(prev)
                }
            })
            .unwrap_or(r)
    }

    /// The expansion the one-token short form at `tokens` takes inside the short form of a
    /// body that the word before it opens (`Dinas PUPR` = Dinas Pekerjaan Umum dan Penataan
    /// Ruang, so PUPR there is Pekerjaan Umum dan Penataan Ruang, not the former ministry's
    /// Pekerjaan Umum dan Perumahan Rakyat), when the rest of the body's name spells it.
    /// `pair` is a buffer.
    fn expansion_in_body(
        &self,
        v: &DocView<'_>,
        tokens: Range<usize>,
        reading: Option<u32>,
        pair: &mut String,
    ) -> Option<&str> {
        let i = tokens.start;
        if tokens.len() != 1 || i == 0 || !v.is_word(i - 1) || !v.is_capitalised(i - 1) {
            return None;
        }
        // A body's short form has one space: its second word is the token, lower-cased, and
        // its first the word before it (most mentions have no such body).
        let head = v.tok(i - 1);
        if head.is_ascii()
            && reading.is_some_and(|r| {
                self.plain_form(v.tok(i), r)
                    && !self
                        .cue_words(&self.cues[r as usize].heads)
                        .iter()
                        .any(|h| head.eq_ignore_ascii_case(h))
            })
        {
            return None;
        }
        let (head, short) = (v.tok(i - 1), v.tok(i));
        pair.clear();
        pair.push_str(head);
        pair.push(' ');
        pair.push_str(short);
        let body = with_lower(pair, |l| self.body_forms.get(l))?;
        let (first, rest) = body.name.split_once(' ')?;
        if !first.eq_ignore_ascii_case(head) {
            return None;
        }
        let spelled = match body.spelled.get() {
            Some((written, yes)) if written == short => *yes,
            _ => {
                let words: Vec<&str> = rest.split_whitespace().collect();
                let yes = spells(short, &words);
                // Another thread may have answered first; both answers are for their own
                // spelling.
                let _ = body.spelled.set((short.to_string(), yes));
                yes
            }
        };
        spelled.then_some(rest)
    }

    /// The tokens that are a person's initials: capital words after a cue (`berinisial`,
    /// person_cues.tsv), and those of a list going on from them (`berinisial RS (34) dan JP
    /// (27)`, `AH, BT dan CK`), before an age or after an honorific, and the same words
    /// wherever else they are written, unless the lexicons read them. Empty when the text has
    /// none.
    fn initials(&self, v: &DocView<'_>, marks: &Landmarks, people: &PeopleRecognizer) -> Vec<bool> {
        let n = v.tokens.len();
        let mut out = Vec::new();
        // Without a cue, two or three capitals before an age in brackets are a person's
        // initials: `AL (27) dan JP (30)`; so are capitals after an honorific, before a name
        // word (`RSUD dr. TC Hillers`, a body named after a person). Only words in capitals
        // are looked at.
        for &i in &marks.caps {
            if initials_after_honorific(v, i) {
                if out.is_empty() {
                    out = vec![false; n];
                }
                out[i] = true;
            }
            if i + 3 >= n {
                continue;
            }
            let t = v.tok(i);
            let age = v.tok(i + 2);
            if (2..=3).contains(&t.len())
                && v.tok(i + 1) == "("
                && v.tok(i + 3) == ")"
                && (1..=2).contains(&age.len())
                && age.bytes().all(|b| b.is_ascii_digit())
            {
                if out.is_empty() {
                    out = vec![false; n];
                }
                out[i] = true;
            }
        }
        // A cue marks nothing unless a word in capitals follows it: only the words before
        // one are looked up.
        for i in marks.caps.iter().filter_map(|j| j.checked_sub(1)) {
            // A nickname in capitals is the person's too (`yang akrab disapa ASR`).
            let cue = v.is_word(i)
                && (v
                    .word_is(i, WordClass::InitialsCue)
                    .unwrap_or_else(|| people.is_initials_cue(v.tok(i)))
                    || v.word_is(i, WordClass::NicknameCue) == Some(true));
            if !cue {
                continue;
            }
            if out.is_empty() {
                out = vec![false; n];
            }
            let mut j = i + 1;
            while j < n && v.is_caps_word(j) {
                out[j] = true;
                j += 1;
                // An age in brackets: RS (34).
                if j + 2 < n && v.tok(j) == "(" && v.tok(j + 2) == ")" {
                    j += 3;
                }
                // The person's role: `RS selaku direktur operasional, AW selaku …`.
                if j < n && (v.is(j, "selaku") || v.is(j, "sebagai")) {
                    if let Some(c) = (j + 1..(j + 12).min(n))
                        .take_while(|&c| v.is_word(c) && !v.is_capitalised(c) || v.tok(c) == ",")
                        .find(|&c| v.tok(c) == "," || v.is(c, "dan"))
                    {
                        j = c;
                    }
                }
                // The list goes on: `, JP`, `dan JP`, `, dan JP`.
                let before = j;
                if j < n && v.tok(j) == "," {
                    j += 1;
                }
                if j < n && (v.is(j, "dan") || v.is(j, "serta")) {
                    j += 1;
                }
                if j == before {
                    break;
                }
            }
        }
        // Initials once named are the person's wherever they recur (`Selain HS, penyidik`),
        // unless the lexicon reads them (`di sebuah RS swasta` is a hospital) where they do
        // not open a clause before a lower-case word, as a subject does (`RS mengaku …`).
        if !out.is_empty() {
            let named: Vec<&str> = (0..n).filter(|&i| out[i]).map(|i| v.tok(i)).collect();
            let subject = |i: usize| {
                let opens = i == 0 || matches!(v.tok(i - 1), "." | "," | "\"" | "“" | ":");
                opens && i + 1 < n && v.is_word(i + 1) && !v.is_capitalised(i + 1)
            };
            for &i in &marks.caps {
                let t = v.tok(i);
                if !out[i] && named.contains(&t) && (self.readings_of(t).is_none() || subject(i)) {
                    out[i] = true;
                }
            }
        }
        out
    }

    /// Whether token `i` may be an acronym at all: not a person's name word, rank, honorific
    /// or degree, not a bracketed news-agency credit in a dateline.
    fn excluded(&self, v: &DocView<'_>, i: usize, people: &PeopleRecognizer) -> bool {
        (v.dateline[i] && i > 0 && v.tok(i - 1) == "(") || self.excluded_word(v, i, people)
    }

    /// [`excluded`](Self::excluded) but for the dateline's bracket, which may hold a
    /// government unit of the acronym lexicon as well as a news agency (`Kota Bogor, (Humas)
    /// -`).
    fn excluded_word(&self, v: &DocView<'_>, i: usize, people: &PeopleRecognizer) -> bool {
        v.name[i] || v.in_rank[i] || v.in_honorific[i] || self.degree_after_name(v, i, people)
    }

    /// A lexicon acronym at `i`.
    fn lexicon_at(
        &self,
        v: &DocView<'_>,
        i: usize,
        people: &PeopleRecognizer,
    ) -> Option<Occurrence> {
        // A reading with a space is one acronym only when its first word is none on its
        // own (`Satpol PP`, not `PP` = Peraturan Pemerintah after an unread `Satpol`); `DPR RI`
        // is two. Only the acronym lexicon's own readings and the institutions' short forms
        // that are one acronym (`BPH Migas`): an institution's short form with a space is
        // mostly a name (`Ombudsman RI`).
        let at = v.acronym_compact[i].or_else(|| {
            v.acronym[i].filter(|a| {
                let r = self.table.get(a.index);
                a.end > i + 1 && (r.origin == Origin::Acronyms || r.joined)
            })
        })?;
        let unit = matches!(
            self.table.get(at.index).origin,
            Origin::Acronyms | Origin::RegionalBody
        );
        if (i..at.end).any(|k| {
            if unit {
                self.excluded_word(v, k, people)
            } else {
                self.excluded(v, k, people)
            }
        }) {
            return None;
        }
        let written = v.slice(i..at.end);
        // A lexicalised acronym written as a word (balita, humas).
        if written.chars().all(|c| !c.is_uppercase())
            && with_lower(written, |l| people.is_plain_word_lower(l))
        {
            return None;
        }
        // Kabupaten Karo: a place; an abbreviation of the place's name stays one (`Provinsi
        // NTT`).
        if i > 0 && v.in_place[i] && v.admin_prefix[i - 1] && !self.place_abbreviation(written) {
            return None;
        }
        // `dari Karo dan Batubara`: a place, though `Karo` abbreviates a title too. The title
        // goes on with what it heads (`Karo Humas`, `Kadis Kominfo`).
        if v.in_place[i]
            && self.table.get(at.index).origin == Origin::Title
            && !(at.end < v.tokens.len() && v.is_capitalised(at.end))
        {
            return None;
        }
        Some(Occurrence {
            tokens: i..at.end,
            reading: Some(at.index),
        })
    }

    /// Whether `written` is an all-capital abbreviation of a place's name (`NTT`).
    fn place_abbreviation(&self, written: &str) -> bool {
        with_lower(written, |l| self.by_form.get(l)).is_some_and(|list| {
            list.iter()
                .any(|&k| self.table.get(k).origin == Origin::Place)
        })
    }

    /// `X-Y` glued, both in capitals (`TNI-AU`), with the readings of both parts when known.
    fn composite_at(&self, v: &DocView<'_>, i: usize) -> Option<Occurrence> {
        if !v.is_caps_word(i)
            || !v.glued(i)
            || i + 2 >= v.tokens.len()
            || v.tok(i + 1) != "-"
            || !v.glued(i + 1)
            || !v.is_word(i + 2)
            || !(v.is_caps(i + 2) || v.acronym[i + 2].is_some_and(|a| a.end == i + 3))
            || v.name[i]
            || self.stoplist.contains(v.tok(i))
        {
            return None;
        }
        Some(Occurrence {
            tokens: i..i + 3,
            reading: self.readings_of(v.slice(i..i + 3)),
        })
    }

    /// An unknown all-capital word at `i` (see the module docs).
    fn unknown_at(
        &self,
        v: &DocView<'_>,
        i: usize,
        people: &PeopleRecognizer,
        caps_runs: &[bool],
    ) -> bool {
        if !v.is_caps_word(i) {
            return false;
        }
        let t = v.tok(i);
        !caps_runs[i]
            && !v.in_place[i]
            && !v.credit[i]
            && (t.chars().all(|c| c.is_alphabetic() || c == '-') || letter_multiplied(t))
            && t.chars().count() <= 12
            && !is_class_numeral(t)
            && !self.stoplist.contains(t)
            && !self.excluded(v, i, people)
            && !with_lower(t, |l| people.is_common_lower(l))
            && !outlet_word(v, i)
    }

    /// Tokens of runs of capital words that are a headline (`PEMBAHASAN APBD DAN BANTUAN UMKM
    /// DIKEBUT`: three words or more, two of them ordinary words) or a person's name in
    /// capitals (`BUDI SANTOSO`: a run with a given name); unknown capital words there are not
    /// acronyms. One pass over `caps`, the words in capitals in text order
    /// ([`Landmarks::caps`]).
    fn caps_runs(&self, v: &DocView<'_>, caps: &[usize], people: &PeopleRecognizer) -> Vec<bool> {
        let n = v.tokens.len();
        let mut out = vec![false; n];
        let mut c = 0;
        while let Some(&s) = caps.get(c) {
            // The run goes on over the next words in capitals on the same line.
            let mut e = s + 1;
            c += 1;
            while caps.get(c) == Some(&e) && !v.line_ends_after(e - 1) {
                e += 1;
                c += 1;
            }
            // Ordinary words only count in a run of three or more; a given name is never an
            // ordinary word (`is_common_lower`), so it is looked up first.
            let long = e - s >= 3;
            let (mut ordinary, mut given) = (0, false);
            for k in s..e {
                if given || (long && ordinary >= 2) {
                    break;
                }
                let t = v.tok(k);
                if self.stoplist.contains(t) {
                    ordinary += 1;
                    continue;
                }
                // The scan's vocabulary knows the given names of ASCII words.
                match v.word_is(k, WordClass::GivenName) {
                    Some(true) => given = v.acronym[k].is_none(),
                    Some(false) if !long => {}
                    _ => with_lower(t, |lower| {
                        if people.is_given_name_lower(lower) {
                            given = v.acronym[k].is_none();
                        } else if long && people.is_common_lower(lower) {
                            ordinary += 1;
                        }
                    }),
                }
            }
            if (long && ordinary >= 2) || given {
                out[s..e].fill(true);
            }
        }
        out
    }

    /// Whether tokens `c` are written as degrees (`PeopleRecognizer::is_degree_text`; `people`
    /// is the recogniser the table was built with). A lexicon acronym written as its form
    /// is answered once per reading.
    fn is_degree_chunk(&self, v: &DocView<'_>, c: Range<usize>, people: &PeopleRecognizer) -> bool {
        let text = v.slice(c.clone());
        let reading = [v.acronym[c.start], v.acronym_compact[c.start]]
            .into_iter()
            .flatten()
            .find(|a| a.end == c.end && self.table.get(a.index).form == text);
        match reading {
            Some(a) => {
                *self.degree_form[a.index as usize].get_or_init(|| people.is_degree_text(text))
            }
            None => people.is_degree_text(text),
        }
    }

    /// Token `i` is in a chunk of degrees after a name (`Sigit Prabowo SH`, `Fajri ST MT`,
    /// `Adlinsyah, S.Sos.M.AP`).
    fn degree_after_name(&self, v: &DocView<'_>, i: usize, people: &PeopleRecognizer) -> bool {
        // A chunk of glued tokens, at most 8 (`S.Sos.M.AP` is 5).
        let chunk = |k: usize| {
            let (mut s, mut e) = (k, k + 1);
            while s > 0 && k - s < 8 && v.glued(s - 1) && v.tok(s - 1) != "," {
                s -= 1;
            }
            while e < v.tokens.len() && e - k < 8 && v.glued(e - 1) && v.tok(e) != "," {
                e += 1;
            }
            s..e
        };
        let c = chunk(i);
        if !self.is_degree_chunk(v, c.clone(), people) {
            return false;
        }
        // Walk back over commas and other degrees to the name.
        let mut k = c.start;
        for _ in 0..6 {
            if k == 0 {
                return false;
            }
            k -= 1;
            if v.tok(k) == "," {
                continue;
            }
            if v.name[k] {
                return true;
            }
            let prev = chunk(k);
            if self.is_degree_chunk(v, prev.clone(), people) {
                k = prev.start;
                continue;
            }
            // An unrecognised name: a capitalised word that is not in capitals.
            return v.is_word(k) && v.is_capitalised(k) && !v.is_caps(k);
        }
        false
    }

    /// Token `i` could be a short form being defined.
    fn short_form_like(&self, v: &DocView<'_>, i: usize, people: &PeopleRecognizer) -> bool {
        if !v.is_word(i) || v.name[i] {
            return false;
        }
        let t = v.tok(i);
        // Two letters at least: counting stops at the second.
        if t.chars().filter(|c| c.is_alphabetic()).nth(1).is_none() {
            return false;
        }
        if v.in_place[i] && !v.is_caps(i) {
            return false;
        }
        v.is_caps(i)
            || t.chars().skip(1).any(char::is_uppercase)
            || v.acronym[i].is_some()
            || !with_lower(t, |l| {
                people.is_dictionary_lower(l) || people.is_given_name_lower(l)
            })
    }

    /// Definitions in the text: lower-cased short form → long form as written. `marks` are
    /// the text's landmarks: its brackets and the words after `atau`.
    fn definitions(
        &self,
        v: &DocView<'_>,
        marks: &Landmarks,
        people: &PeopleRecognizer,
    ) -> FoldHashMap<String, String> {
        let n = v.tokens.len();
        let mut out: FoldHashMap<String, String> = FoldHashMap::default();
        // The speller's buffer, for every long form of the text.
        let mut chars = SPELLER_CHARS.take();
        for &p in &marks.opens {
            let Some(q) =
                (p + 1..n.min(p + MAX_WORDS + 4)).find(|&k| matches!(v.tok(k), ")" | "("))
            else {
                continue;
            };
            if v.tok(q) != ")" || q == p + 1 {
                continue;
            }
            let inner = p + 1..q;
            // A credit (`(hms/ant)`) defines nothing.
            if inner.clone().any(|k| v.tok(k) == "/") {
                continue;
            }
            // Long form (SHORT …): the short form opens the brackets; a word alone in them
            // may be a blend that has become a word (`Pos komando (posko)`), which the long
            // form must spell syllable by syllable.
            let s = inner.start;
            // Long form (A B): two short forms, each spelled by its part of the long form
            // (`Badan Pengurus Daerah Himpunan Pengusaha Muda Indonesia (BPD HIPMI)`).
            if inner.len() == 2 {
                if let Some(k) = self.long_form_of_pair(v, p, people) {
                    let long = v.slice(k..p).trim_end_matches(',').to_string();
                    out.entry(v.slice(s..s + 2).to_lowercase()).or_insert(long);
                    continue;
                }
                if let Some((a, b)) = self.pair_long_forms(v, p, people, &mut chars) {
                    if let Some(a) = a {
                        out.entry(v.tok(s).to_lowercase()).or_insert(a);
                    }
                    if let Some(b) = b {
                        out.entry(v.tok(s + 1).to_lowercase()).or_insert(b);
                    }
                    continue;
                }
            }
            let lone_word = inner.len() == 1
                && v.is_word(s)
                && !v.name[s]
                && v.tok(s).chars().all(char::is_lowercase);
            if inner.len() <= 4 && (self.short_form_like(v, s, people) || lone_word) {
                // Two parts glued by a hyphen are one short form (`TP-PKK`).
                let composite = inner.len() >= 3
                    && v.glued(s)
                    && v.tok(s + 1) == "-"
                    && v.glued(s + 1)
                    && v.is_word(s + 2);
                let short = if composite {
                    v.slice(s..s + 3)
                } else {
                    v.tok(s)
                };
                if let Some(k) = self
                    .long_form_before(v, p, short, &mut chars)
                    .map(|k| self.lexicon_head_before(v, k, p, short))
                    .or_else(|| self.lexicon_long_form_before(v, p, short))
                    .or_else(|| {
                        if !two_name_words_before(v, p) {
                            return None;
                        }
                        let r = self.readings_of(short)?;
                        v.translated_name_before(p, &self.table.get(r).expansion, people)
                    })
                {
                    let long = v.slice(k..p).trim_end_matches(',').to_string();
                    out.entry(short.to_lowercase()).or_insert(long);
                    continue;
                }
            }
            // SHORT (Long Form): a word before the brackets, words within.
            if p > 0 && self.short_form_like(v, p - 1, people) && inner.len() >= 2 {
                let words: Vec<&str> = inner
                    .clone()
                    .filter(|&k| v.tok(k) != ",")
                    .map(|k| v.tok(k))
                    .collect();
                let all_words = inner.clone().all(|k| v.is_word(k) || v.tok(k) == ",");
                if all_words
                    && words.len() >= 2
                    && !is_function_word(words[0])
                    && spells(v.tok(p - 1), &words)
                {
                    out.entry(v.tok(p - 1).to_lowercase())
                        .or_insert_with(|| v.slice(inner.clone()).to_string());
                }
            }
        }
        // Long form atau SHORT: an initialism in capitals right after `atau`, spelled by the
        // words before it (`kekurangan energi kronis atau KEK`), two of them at least; or a
        // blend written with a capital, of no dictionary, after a long form of capitalised
        // words (`Gerakan Makan Ikan Bersama atau Gemarikan`).
        for &i in &marks.after_atau {
            let caps = v.is_caps_word(i);
            let blend = !caps
                && v.is_capitalised(i)
                && !v.in_place[i]
                && self.short_form_like(v, i, people);
            if !caps && !blend {
                continue;
            }
            let short = v.tok(i);
            if let Some(k) = self.long_form_before(v, i - 1, short, &mut chars) {
                let content = (k..i - 1)
                    .filter(|&j| v.is_word(j) && !is_function_word(v.tok(j)))
                    .count();
                let proper = || {
                    (k..i - 1)
                        .all(|j| !v.is_word(j) || is_function_word(v.tok(j)) || v.is_capitalised(j))
                };
                if content >= 2 && (caps || proper()) {
                    let long = v.slice(k..i - 1).trim_end_matches(',').to_string();
                    out.entry(short.to_lowercase()).or_insert(long);
                }
            }
        }
        // A buffer a long text grew is let go.
        if chars.capacity() <= KEEP_FOUND {
            SPELLER_CHARS.set(chars);
        }
        out
    }

    /// The start of the long form `k..p` of `short` taken back over the words before it that
    /// open the lexicon's expansion of `short`, one or two: the head of a name the shortest
    /// spelling leaves out (`Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP)`, where
    /// `Kesyahbandaran` gives both K and S; `Pos Pengamatan Gunung Api (PGA)`); `k` when the
    /// text's words before it are not those.
    fn lexicon_head_before(&self, v: &DocView<'_>, k: usize, p: usize, short: &str) -> usize {
        let Some(r) = self.readings_of(short) else {
            return k;
        };
        let expansion = &self.table.get(r).expansion;
        let run = (k..p).filter(|&j| v.is_word(j)).map(|j| v.tok(j));
        let e: Vec<&str> = expansion.split_whitespace().collect();
        let found = run.clone().count();
        if e.len() <= found || e.len() > found + 2 {
            return k;
        }
        let extra = e.len() - found;
        let same = |a: &str, b: &str| a.trim_matches(',').eq_ignore_ascii_case(b);
        if !e[extra..].iter().zip(run).all(|(x, w)| same(x, w)) {
            return k;
        }
        // The words before `k`, on its line, capitalised as a name's head is.
        if k < extra {
            return k;
        }
        let start = k - extra;
        let head_ok = (start..k).all(|j| {
            v.is_word(j)
                && v.is_capitalised(j)
                && !v.line_ends_after(j)
                && same(e[j - start], v.tok(j))
        });
        if head_ok {
            start
        } else {
            k
        }
    }

    /// Where the long form of a short form of two words in the brackets at `p` starts: the
    /// first a lexicon short form whose expansion opens the long form, the second an unknown
    /// word in capitals standing for the rest (`Dinas Pekerjaan Umum Pengairan, Cipta Karya
    /// dan Tata Ruang (PU CKPP)`: `PU` is Pekerjaan Umum). Regional services abbreviate their
    /// merged portfolios loosely, so the rest need not spell the second word. The nearest
    /// such start, with a content word after the expansion.
    fn long_form_of_pair(
        &self,
        v: &DocView<'_>,
        p: usize,
        people: &PeopleRecognizer,
    ) -> Option<usize> {
        let (a, b) = (p + 1, p + 2);
        if !v.is_caps_word(a) || !v.is_caps_word(b) || v.in_place[b] || v.name[b] {
            return None;
        }
        if self.readings_of(v.tok(b)).is_some() || !self.short_form_like(v, b, people) {
            return None;
        }
        let r = self.readings_of(v.tok(a))?;
        let expansion: Vec<&str> = self.table.get(r).expansion.split_whitespace().collect();
        let first = p.saturating_sub(MAX_WORDS);
        (first..p).rev().find(|&k| {
            let e = k + expansion.len();
            e < p
                && expansion
                    .iter()
                    .enumerate()
                    .all(|(j, w)| v.is_word(k + j) && v.tok(k + j).eq_ignore_ascii_case(w))
                && (e..p).any(|j| v.is_word(j) && !is_function_word(v.tok(j)))
                && (k..p).all(|j| !v.line_ends_after(j) || j + 1 == p)
        })
    }

    /// Where a long form that does not spell `short` starts before token `p`, when it is a
    /// lexicon expansion of `short` worded the text's way: it opens and closes with the
    /// expansion's first and last words, one's words are the other's with some left out, and
    /// a short form in capitals among them stands for its own expansion (`Badan Perencanaan
    /// Pembangunan, Riset dan Inovasi Daerah (Bappeda)`, `Jaksa Agung Muda Tindak Pidana Umum
    /// (Jampidum)` against the lexicon's `… Muda Bidang Tindak …`, `Sekretaris DPRD (Sekwan)`).
    /// The nearest such start; a few more words than the expansion's at most.
    fn lexicon_long_form_before(&self, v: &DocView<'_>, p: usize, short: &str) -> Option<usize> {
        let list = with_lower(short, |l| self.by_form.get(l))?;
        let norm = |w: &str| w.trim_matches(',').to_lowercase();
        // The text's words before the brackets, nearest first, each with its words once
        // expanded.
        let mut words: Vec<(usize, Vec<String>)> = Vec::new();
        let mut k = p;
        while k > 0 && words.len() < MAX_WORDS {
            let j = k - 1;
            k = j;
            let t = v.tok(j);
            if t == "," {
                continue;
            }
            if !v.is_word(j) || v.line_ends_after(j) {
                break;
            }
            let expanded = match (v.is_caps(j), self.readings_of(t)) {
                (true, Some(r)) => self
                    .table
                    .get(r)
                    .expansion
                    .split_whitespace()
                    .map(norm)
                    .collect(),
                _ => vec![norm(t)],
            };
            words.push((j, expanded));
        }
        // Whether `a` is `b` with some words left out; `a`'s function words need not be
        // `b`'s (`Kerja Sama Pemerintah dan Badan Usaha` for the lexicon's `… dengan …`).
        let within = |a: &[String], b: &[String]| {
            let mut rest = b.iter();
            a.iter()
                .filter(|w| !is_function_word(w))
                .all(|w| rest.any(|x| x == w))
        };
        for &r in list {
            let x = self.table.get(r);
            if !table::written_as(&x.form, short, x.case) {
                continue;
            }
            let e: Vec<String> = x.expansion.split_whitespace().map(norm).collect();
            if e.len() < 2 {
                continue;
            }
            let mut run: Vec<String> = Vec::new();
            for (j, expanded) in &words {
                run.splice(0..0, expanded.iter().cloned());
                if run.len() > e.len() + 4 {
                    break;
                }
                if run.first() == e.first()
                    && run.last() == e.last()
                    && (within(&run, &e) || within(&e, &run))
                {
                    return Some(*j);
                }
            }
        }
        None
    }

    /// The long forms of the two short forms in the brackets opening at `p`, `Long A Long B
    /// (A B)`: the second's long form ends right before the brackets, the first's right before
    /// that (function words and commas between them belong to neither). A first word that is
    /// the word before the second's long form is no short form but the name's own word
    /// (`Politeknik Kelautan dan Perikanan (Politeknik KP)`): only the second is defined then.
    fn pair_long_forms(
        &self,
        v: &DocView<'_>,
        p: usize,
        people: &PeopleRecognizer,
        chars: &mut Vec<char>,
    ) -> Option<(Option<String>, Option<String>)> {
        let (a, b) = (p + 1, p + 2);
        if !v.is_word(a) || !v.is_word(b) || p == 0 || v.in_place[a] {
            return None;
        }
        // The second is the last word cut short (`Kepala Seksi Intelijen (Kasi Intel)`), or
        // the abbreviation of a place named right before the brackets (`Unit Induk Wilayah
        // Nusa Tenggara Timur (UIW NTT)`): only the first is a short form, spelled by the
        // words before that word or place.
        let (last, second) = (v.tok(p - 1), v.tok(b));
        let cut = second.len() >= 3
            && last.len() > second.len()
            && v.is_word(p - 1)
            && last.is_char_boundary(second.len())
            && last[..second.len()].eq_ignore_ascii_case(second);
        let place = v.in_place[b] && v.in_place[p - 1] && v.is_caps(b);
        if cut || place {
            let mut end = p - 1;
            while place && end > 0 && v.in_place[end - 1] && v.is_word(end - 1) {
                end -= 1;
            }
            if !self.short_form_like(v, a, people) {
                return None;
            }
            let ka = self.long_form_before(v, end, v.tok(a), chars)?;
            return Some((Some(v.slice(ka..end).to_string()), None));
        }
        if !self.short_form_like(v, b, people) {
            return None;
        }
        // One short form with a space (`Kemendes PDT`), or a place blend (`UID Sulselrabar`:
        // a place is no acronym). A title of two short forms is two (`Kasi Pidum`).
        let one_form = with_lower(v.slice(a..b + 1), |l| self.by_form.get(l)).is_some_and(|list| {
            list.iter()
                .any(|&k| self.table.get(k).origin != Origin::Title)
        });
        if v.in_place[b] || one_form {
            return None;
        }
        let kb = self.long_form_before(v, p, v.tok(b), chars)?;
        // A long form that is a place makes a place blend (`Sulawesi Selatan, Tenggara dan
        // Barat (UID Sulselrabar)`).
        if v.in_place[kb] {
            return None;
        }
        let long_b = v.slice(kb..p).trim_end_matches(',').to_string();
        let mut end = kb;
        while end > 0 && (v.tok(end - 1) == "," || is_function_word(v.tok(end - 1))) {
            end -= 1;
        }
        if end == 0 || v.line_ends_after(end - 1) {
            return None;
        }
        if v.tok(end - 1).eq_ignore_ascii_case(v.tok(a)) {
            return Some((None, Some(long_b)));
        }
        if !self.short_form_like(v, a, people) {
            return None;
        }
        let ka = self.long_form_before(v, end, v.tok(a), chars)?;
        // A word both could take goes to the second when the first is spelled without it
        // (`Kepala Seksi Tindak Pidana Umum (Kasi Pidum)`: Kepala Seksi, Tindak Pidana Umum).
        if end - ka > 2 && !is_function_word(v.tok(end - 1)) {
            if let Some(k) = self.long_form_before(v, end - 1, v.tok(a), chars) {
                let long_b = v.slice(end - 1..p).trim_end_matches(',').to_string();
                return Some((Some(v.slice(k..end - 1).to_string()), Some(long_b)));
            }
        }
        Some((Some(v.slice(ka..end).to_string()), Some(long_b)))
    }

    /// The shortest run of words ending right before token `p` that spells `short`; returns
    /// its first token. `chars` is a buffer, reused from one call to the next.
    fn long_form_before(
        &self,
        v: &DocView<'_>,
        p: usize,
        short: &str,
        chars: &mut Vec<char>,
    ) -> Option<usize> {
        // Every content word of a long form gives a letter: more of them than letters spell
        // nothing, and words are only added.
        let mut sp = Speller::new(short, std::mem::take(chars))?;
        let found = Self::shortest_spelling(v, p, &mut sp);
        *chars = sp.into_buffer();
        found
    }

    /// [`long_form_before`](Self::long_form_before) with the speller of the short form.
    fn shortest_spelling(v: &DocView<'_>, p: usize, sp: &mut Speller) -> Option<usize> {
        let letters = sp.letters();
        // An initialism's words each give their first letter.
        let initialism = sp.initialism();
        let mut content = 0;
        let mut words = 0;
        let mut k = p;
        // The shortest run that spells; an initialism goes on to a run with a word for each
        // letter if there is one (`Survei Status Gizi Indonesia (SSGI)`, where `Status` alone
        // gives both s).
        let mut found = None;
        while k > 0 && words < MAX_WORDS {
            let j = k - 1;
            let t = v.tok(j);
            if t == "," || t == "&" {
                if words == 0 {
                    return None;
                }
                k = j;
                continue;
            }
            if !v.is_word(j) || v.line_ends_after(j) {
                break;
            }
            sp.push_front(t);
            words += 1;
            k = j;
            if !is_function_word(t) {
                content += 1;
                if content > letters.len() + sp.extra_words() {
                    break;
                }
                // The first word gives the first letter, or (initials in another order) one.
                let initial = sp.first_initial();
                if initialism && !initial.is_some_and(|c| letters.contains(&c)) {
                    break;
                }
                // Past a run that spells, only a run spelling in order counts (`meminta
                // Badan Usaha Milik Negara` has the initials of BUMN in another order).
                let in_order = found.is_none() || initial == Some(letters.first());
                if in_order && initial.is_some_and(|c| letters.contains(&c)) && sp.spells() {
                    found = Some(j);
                    if !initialism || content == letters.len() {
                        break;
                    }
                }
            }
        }
        found
    }
}

/// `expansion` without a company's legal form (`PT Bank Rakyat Indonesia (Persero) Tbk` →
/// `Bank Rakyat Indonesia` for `BRI`), unless the short form spells it (`PTPN` = PT Perkebunan
/// Nusantara).
fn without_legal_form<'e>(expansion: &'e str, short: &str) -> &'e str {
    let mut e = expansion.trim();
    if !short.starts_with("PT") {
        if let Some(rest) = e.strip_prefix("PT ") {
            e = rest;
        }
    }
    for suffix in [" Tbk", " Tbk.", " (Persero)"] {
        if let Some(rest) = e.strip_suffix(suffix) {
            e = rest;
        }
    }
    e.trim_end()
}

/// Capitals right after an honorific and before a name word are a person's initials, also
/// where no person is found because they name a body after one (`RSUD dr. TC Hillers`).
fn initials_after_honorific(v: &DocView<'_>, i: usize) -> bool {
    i > 0
        && v.in_honorific[i - 1]
        && v.is_caps_word(i)
        && v.is_word(i + 1)
        && v.is_capitalised(i + 1)
        && !v.is_caps(i + 1)
}

#[cfg(test)]
mod tests {
    use super::view::testing::with_view;
    use super::*;

    /// Definitions found in `text`, sorted.
    fn defs(text: &str) -> Vec<(String, String)> {
        with_view(text, |v, p| {
            let mut marks = Landmarks::default();
            marks.find(v);
            let mut d: Vec<_> = p
                .acronyms
                .definitions(v, &marks, p.people)
                .into_iter()
                .collect();
            d.sort();
            d
        })
    }

    fn pair(a: &str, b: &str) -> (String, String) {
        (a.to_string(), b.to_string())
    }

    #[test]
    fn a_definition_takes_the_head_the_lexicon_expansion_opens_with() {
        // `Kesyahbandaran` gives both K and S: the shortest spelling leaves out `Kantor`,
        // which the lexicon's expansion opens with.
        assert_eq!(
            defs("Kantor Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Bitung menutup pelayaran."),
            vec![pair("ksop", "Kantor Kesyahbandaran dan Otoritas Pelabuhan")]
        );
        // Not a word the expansion does not open with.
        assert_eq!(
            defs("Ketua Kesyahbandaran dan Otoritas Pelabuhan (KSOP) Bitung menutup pelayaran."),
            vec![pair("ksop", "Kesyahbandaran dan Otoritas Pelabuhan")]
        );
    }

    #[test]
    fn definitions_in_both_orders() {
        assert_eq!(
            defs(
                "Program Bantuan Langsung Tunai (BLT) dan SiLPA (Sisa Lebih Perhitungan Anggaran)."
            ),
            vec![
                pair("blt", "Bantuan Langsung Tunai"),
                pair("silpa", "Sisa Lebih Perhitungan Anggaran")
            ]
        );
        // The short form may carry more words in its brackets.
        assert_eq!(
            defs("Program Pelatihan Kerja Dasar (PKD Mandiri) dibuka."),
            vec![pair("pkd", "Pelatihan Kerja Dasar")]
        );
        // Lower-case long forms, commas in the long form.
        assert_eq!(
            defs("usaha mikro, kecil, dan menengah (UMKM) tumbuh."),
            vec![pair("umkm", "usaha mikro, kecil, dan menengah")]
        );
    }

    #[test]
    fn a_lexicon_expansion_worded_the_texts_way_is_the_texts_definition() {
        // More words than the lexicon's (Badan Perencanaan Pembangunan Daerah), fewer
        // (Jaksa Agung Muda Bidang Tindak Pidana Umum), a short form standing for its words.
        assert_eq!(
            defs("Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah (Bappeda) Kota Solok."),
            vec![pair("bappeda", "Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah")]
        );
        assert_eq!(
            defs("Ia melapor kepada Jaksa Agung Muda Tindak Pidana Umum (Jampidum) kemarin."),
            vec![pair("jampidum", "Jaksa Agung Muda Tindak Pidana Umum")]
        );
        assert_eq!(
            defs("Menurut Sekretaris DPRD (Sekwan) Kota Solok, rapat ditunda."),
            vec![pair("sekwan", "Sekretaris DPRD")]
        );
        // Another function word than the lexicon's (`dengan`).
        assert_eq!(
            defs("Skema Kerja Sama Pemerintah dan Badan Usaha (KPBU) dipakai."),
            vec![pair("kpbu", "Kerja Sama Pemerintah dan Badan Usaha")]
        );
        // Words that do not open and close as the expansion does define nothing.
        assert!(defs("Rapat Badan Anggaran Perencanaan (Bappeda) ditunda.").is_empty());
    }

    #[test]
    fn no_definition_without_the_letters_or_across_lines() {
        assert!(defs("Gubernur Kaltim (Isran Noor) hadir.").is_empty());
        assert!(defs("Kota Samarinda (Kaltim) cerah.").is_empty());
        assert!(defs("Editor: HM Yusuf\n(hms/ant)").is_empty());
        assert!(defs("anak balita (stunting) turun.").is_empty());
    }

    #[test]
    fn degrees_after_names_are_not_acronyms() {
        with_view(
            "Kepala Bappeda Kahal Fajri ST MT dan Sigit, SH, MH hadir.",
            |v, p| {
                let degree: Vec<&str> = (0..v.tokens.len())
                    .filter(|&i| p.acronyms.degree_after_name(v, i, p.people))
                    .map(|i| v.tok(i))
                    .collect();
                assert_eq!(degree, vec!["ST", "MT", "SH", "MH"]);
            },
        );
    }

    #[test]
    fn unknown_capitals() {
        with_view(
            "BANJIR RENDAM DESA DI KUTAI. Aplikasi SIPDKD milik BUDI dipakai.",
            |v, p| {
                let mut marks = Landmarks::default();
                marks.find(v);
                let runs = p.acronyms.caps_runs(v, &marks.caps, p.people);
                let unknown: Vec<&str> = (0..v.tokens.len())
                    .filter(|&i| p.acronyms.unknown_at(v, i, p.people, &runs))
                    .map(|i| v.tok(i))
                    .collect();
                assert_eq!(unknown, vec!["SIPDKD"]);
            },
        );
    }

    /// Indexed look-ups against the direct reading they replace: tokens under any match
    /// (one running end, not a walk over every match), the pruned search for a long form
    /// (not every run of words), defined short forms by key (not by comparing every key).
    #[test]
    fn indexed_lookups_agree_with_direct_reading() {
        let text = "Kepala Dinas Kesehatan (Dinkes) Provinsi Kaltim dan Pemprov Kaltim bersama \
                    BPBD, Badan Penanggulangan Bencana Daerah (BPBD) dan Satpol PP Kota \
                    Samarinda, usaha mikro, kecil, dan menengah (UMKM) serta Rakor (Rapat \
                    Koordinasi) di Kantor Gubernur. Program Bantuan Langsung Tunai (BLT).";
        with_view(text, |v, p| {
            let n = v.tokens.len();
            let mut direct = vec![false; n];
            for i in 0..n {
                let ends = [
                    v.acronym[i],
                    v.org_head[i],
                    v.institution[i],
                    v.institution_acronym[i],
                    v.regional[i],
                    v.regional_acronym[i],
                ];
                for at in ends.into_iter().flatten() {
                    for (k, flag) in direct.iter_mut().enumerate().take(at.end).skip(i) {
                        let t = v.tok(k);
                        let letters = t.chars().filter(|c| c.is_alphabetic()).count();
                        *flag |= letters >= 3 && !p.people.is_given_name_lower(&t.to_lowercase());
                    }
                }
            }
            assert_eq!(p.acronyms.not_name(v, p.people), direct);
            assert!(direct.iter().any(|&f| f));

            // Every run of words before each bracket, shortest first.
            let direct_long_form = |q: usize, short: &str| {
                let mut words: Vec<&str> = Vec::new();
                let mut k = q;
                while k > 0 && words.len() < MAX_WORDS {
                    let j = k - 1;
                    let t = v.tok(j);
                    if t == "," || t == "&" {
                        if words.is_empty() {
                            return None;
                        }
                        k = j;
                        continue;
                    }
                    if !v.is_word(j) || v.line_ends_after(j) {
                        break;
                    }
                    words.insert(0, t);
                    k = j;
                    if !is_function_word(t) && spells(short, &words) {
                        return Some(j);
                    }
                }
                None
            };
            let mut found = 0;
            for q in (0..n).filter(|&q| v.tok(q) == "(") {
                for short in ["Dinkes", "BPBD", "UMKM", "BLT", "Rakor", "XYZ", "bpbd"] {
                    let got = p.acronyms.long_form_before(v, q, short, &mut Vec::new());
                    assert_eq!(got, direct_long_form(q, short), "{short} before {q}");
                    found += usize::from(got.is_some());
                }
            }
            assert!(found >= 4, "{found}");
        });
        let defined: Vec<(String, String)> = defs("Rapat Koordinasi (Rakor) dan RAKOR lagi.");
        assert_eq!(defined, vec![pair("rakor", "Rapat Koordinasi")]);
    }

    /// The expansion inside a body's short form is the same whether the spelling test is
    /// made or remembered, for each way of writing the acronym.
    #[test]
    fn remembered_body_spellings_agree_with_the_spelling_test() {
        let capitalised = |w: &str| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        };
        with_view("", |_, p| {
            let mut keys: Vec<&String> = p.acronyms.body_forms.keys().collect();
            keys.sort();
            let mut spelled = 0;
            for key in keys.into_iter().take(40) {
                let (head, short) = key.split_once(' ').unwrap();
                let head = capitalised(head);
                let forms = [short.to_uppercase(), capitalised(short), short.to_string()];
                let text = forms
                    .iter()
                    .map(|f| format!("{head} {f}"))
                    .collect::<Vec<_>>()
                    .join(" , ");
                let name = &p.acronyms.body_forms[key].name;
                let rest = name.split_once(' ').map_or("", |(_, r)| r);
                let words: Vec<&str> = rest.split_whitespace().collect();
                with_view(&text, |v, p| {
                    for i in 1..v.tokens.len() {
                        if v.tok(i - 1) != head || v.tok(i) == "," {
                            continue;
                        }
                        let direct = name
                            .split_once(' ')
                            .filter(|(first, _)| first.eq_ignore_ascii_case(&head))
                            .and_then(|_| spells(v.tok(i), &words).then_some(rest));
                        for _ in 0..2 {
                            let got =
                                p.acronyms
                                    .expansion_in_body(v, i..i + 1, None, &mut String::new());
                            assert_eq!(got, direct, "{text}");
                        }
                        spelled += usize::from(direct.is_some());
                    }
                });
            }
            assert!(spelled > 0);
        });
    }

    /// Where two name words do not come before a bracket, no expansion has a translated name
    /// there; where they do, a foreign one may (`Organisasi Kesehatan Dunia (X)`).
    #[test]
    fn translated_names_need_two_name_words_before_the_bracket() {
        let text = "Kata Organisasi Kesehatan Dunia (X) dan kata (Y), lalu Dunia (Z) serta\nBadan \
                    Dunia (W) dan Budi Santoso (V) atau Kesehatan dan Dunia (U).";
        with_view(text, |v, p| {
            let foreign = "World Health Organization";
            let (mut with, mut without) = (0, 0);
            for q in (0..v.tokens.len()).filter(|&q| v.tok(q) == "(") {
                let found = v.translated_name_before(q, foreign, p.people);
                if two_name_words_before(v, q) {
                    with += usize::from(found.is_some());
                } else {
                    without += 1;
                    for (_, r) in p.acronyms.table().iter().take(500) {
                        assert_eq!(v.translated_name_before(q, &r.expansion, p.people), None);
                    }
                    assert_eq!(found, None, "{q}");
                }
            }
            assert!(with >= 1 && without >= 3, "{with} {without}");
        });
    }

    #[test]
    fn multiplied_letters() {
        for t in ["UP3", "P2KB", "BP3MI", "KP3", "P3AP2KB"] {
            assert!(letter_multiplied(t), "{t}");
        }
        for t in ["H5N1", "A320", "M6", "P1", "UP", "P3a", "3T", "G20"] {
            assert!(!letter_multiplied(t), "{t}");
        }
    }

    #[test]
    fn class_numerals() {
        assert!(is_class_numeral("IIA"));
        assert!(is_class_numeral("IIIB"));
        assert!(is_class_numeral("IIX"));
        assert!(!is_class_numeral("BPA"));
    }
}
