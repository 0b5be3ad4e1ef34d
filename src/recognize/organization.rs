//! Organisations: institutions, offices, units and companies, read as their longest correct
//! span and linked to their acronym form.
//!
//! A name opens with a head from `org_patterns.tsv` (`Dinas`, `Pemprov`, `Polres`, `PT`), or is
//! the name or short form of a national institution (`Badan Pusat Statistik`, `BPS`) or of a
//! regional body (`Dinas Kesehatan`, `Disperindagkop`). After the head come the slots the
//! pattern lists, each read word by word (see [`parse`]): portfolio words (`Perindustrian
//! Perdagangan Koperasi dan UKM`), a place (`Provinsi Kalimantan Selatan`, `RI`), a proper
//! name (`PT Maluku Prima Makmur`), a unit number (`Kodim 1707/Merauke`, `Kelas IIb`), or
//! another organisation (`Komisi III` + `DPRD Provinsi Kalteng`), which is listed too. A
//! bracketed short form inside the name stays in it when the name goes on after it
//! (`Pemerintah Kota (Pemkot) Yogyakarta`); one that closes the name is not part of it, and is
//! not listed as an organisation of its own there (`Badan Penanggulangan Bencana Daerah
//! (BPBD)`).
//!
//! A bare abbreviated head of a public body stands alone (`Polres`, `Pemkab`, `DPRD`); a bare
//! full word (`Dinas`, `Kantor`) or a school or company form (`SD`, `PT`) does not. `Kantor`
//! followed by an institution is that institution (`Kantor KPU Sulbar` → `KPU Sulbar`).
//! Credit lines name the issuing office in lower case (`(sul/humasprov kaltim)`,
//! `(prokopim)`, `MC Kalsel/usu.`): there a lexicon acronym whose expansion is a proper name
//! opens an organisation.
//!
//! `name` is the full form: as written when the text spells it out, else the lexicon's
//! expansion of the short form followed by the rest as written (`Pemprov Kaltim` → `Pemerintah
//! Provinsi Kaltim`). When the text names one organisation both ways (`Dinas Perindustrian
//! Perdagangan Koperasi dan UKM Kaltim`, `Disperindagkop dan UKM Kaltim`), each carries the
//! other's form, and the acronym recogniser learns the short form's expansion from the text.

mod parse;

use std::cell::Cell;
use std::ops::Range;

use crate::document::{Entity, EntityData, Organization};
use crate::lexicon::organizations::{
    Institution, Institutions, OrgKind, OrgPattern, OrgPatterns, RegionalBodies, RegionalBody,
};
use crate::recognize::acronym::define::{Speller, MAX_WORDS};
use crate::recognize::acronym::table::AcronymTable;
use crate::recognize::acronym::view::{with_lower, DocView};
use crate::recognize::gazetteer::{Entry, GazetteerBuilder};
use crate::recognize::people::PeopleRecognizer;
use crate::text::facts;
use crate::text::hash::FoldHashMap;

use parse::{Head, Parse, Parser};

/// The organisation recogniser: the three organisation lexicons.
#[derive(Clone, Debug)]
pub(crate) struct OrgRecognizer {
    patterns: Vec<OrgPattern>,
    /// Per pattern, whether its head abbreviates its canonical name (`Pemprov`).
    abbreviated: Vec<bool>,
    institutions: Vec<Institution>,
    regional: Vec<RegionalBody>,
    /// The portfolio parts of the lexicons' short forms of a `Dinas` (`kominfo` of
    /// `Diskominfo`, `dukcapil` of `Disdukcapil`), lower case: what an agency blend the
    /// lexicons do not list is made of (see [`OrgRecognizer::agency_blend`]).
    blend_parts: Vec<String>,
    /// The head nouns that close a name written in English (`Center`, `Association`:
    /// org_patterns.tsv rows that `closes`), as written.
    closing_heads: WordSet,
}

/// The prefix of a regional service's short form (`Dis-` for `Dinas`).
pub(crate) const SERVICE_PREFIX: &str = "Dis";

/// Fewest letters a blend's portfolio part shares with a known one (`kom` of `kominfo`).
const BLEND_SHARED: usize = 3;

/// Most letters a blend's portfolio part may have beyond the known one it shares a start
/// with (`kominfo` + `tik`).
const BLEND_EXTRA: usize = 4;

/// Most tokens a text may have for the recogniser's buffers (some per token) to be kept.
const KEEP_TOKENS: usize = 1 << 14;

/// Most words of an English name before its head.
const MAX_ENGLISH_WORDS: usize = 8;

/// Most bytes the name buffer keeps from one name to the next.
const KEEP_NAME: usize = 1 << 10;

thread_local! {
    /// This thread's buffers, reused from one text to the next.
    static BUFFERS: Cell<Buffers> = Cell::new(Buffers::default());
    /// This thread's buffer for writing a name, reused from one name to the next.
    static NAME: Cell<String> = const { Cell::new(String::new()) };
}

/// The lists [`OrgRecognizer::recognize`] makes for one text, kept with their memory from one
/// text to the next.
#[derive(Default)]
struct Buffers {
    /// The parser's notes per token.
    opens: Vec<u8>,
    /// The names read, whether each is listed, the bracketed short forms after their names,
    /// and where each parse listed is in `found`.
    parses: Vec<Parse>,
    keep: Vec<bool>,
    bracket_links: Vec<(usize, usize)>,
    index_of_parse: Vec<Option<usize>>,
    /// The organisations found.
    found: Vec<Found>,
    link_keys: LinkKeys,
}

/// One organisation found, before merging.
struct Found {
    tokens: Range<usize>,
    name: String,
    acronym: Option<String>,
    /// For a short form: its head and the words after it.
    short: Option<Short>,
}

/// Where a short form's head (`Disperindagkop`) and the words after it (`dan UKM Kaltim`)
/// are, read as text only when the short form links to a full form ([`link_forms`]).
#[derive(Clone, Debug, PartialEq, Eq)]
struct Short {
    /// The head's tokens.
    head: Range<usize>,
    /// The tokens after the head, without `bracket`.
    rest: Range<usize>,
    /// A bracketed short form inside the name (without its brackets).
    bracket: Option<Range<usize>>,
}

impl OrgRecognizer {
    /// Takes the lexicons.
    pub fn new(
        patterns: &OrgPatterns,
        institutions: &Institutions,
        regional: &RegionalBodies,
    ) -> OrgRecognizer {
        OrgRecognizer {
            patterns: patterns.iter().cloned().collect(),
            abbreviated: patterns
                .iter()
                .map(|p| parse::abbreviates(&p.head, &p.canonical))
                .collect(),
            institutions: institutions.iter().cloned().collect(),
            regional: regional.iter().cloned().collect(),
            blend_parts: blend_parts(patterns, regional),
            closing_heads: WordSet::new(patterns.closing_heads()),
        }
    }

    /// Whether `word` is the short form of a regional service (`Dinas`) that the lexicons do
    /// not list, read from its parts: the prefix `Dis` and a portfolio part that opens like
    /// one of a listed service (`Diskominfotik`: `kominfo` + `tik`, the persandian and
    /// statistics added to a communication service; `Diskominsa`: `komin` + `sa`). Regions
    /// name their merged services each their own way, so no list holds them all; a word of
    /// the dictionary (`Dispensasi`) is none. `is_word` answers for a lower-cased word.
    pub fn agency_blend(&self, word: &str, is_word: impl Fn(&str) -> bool) -> bool {
        let Some(part) = word.strip_prefix(SERVICE_PREFIX) else {
            return false;
        };
        if part.len() < BLEND_SHARED || !part.bytes().all(|b| b.is_ascii_lowercase()) {
            return false;
        }
        let opens_like = |known: &String| {
            let shared = known
                .bytes()
                .zip(part.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            shared >= BLEND_SHARED && part.len() <= known.len() + BLEND_EXTRA
        };
        self.blend_parts.iter().any(opens_like) && !is_word(&word.to_ascii_lowercase())
    }

    /// Whether `word` is the short form of a regional service, listed or a blend
    /// ([`agency_blend`](Self::agency_blend)): what a unit's suffix may be glued to
    /// (`Diskominfo-SP`).
    pub fn service_short_form(&self, word: &str, is_word: impl Fn(&str) -> bool) -> bool {
        let lower = word.to_ascii_lowercase();
        let listed = lower
            .strip_prefix(&SERVICE_PREFIX.to_ascii_lowercase())
            .is_some_and(|part| self.blend_parts.iter().any(|k| k == part));
        listed || self.agency_blend(word, is_word)
    }

    /// Registers heads, institution names and short forms, regional body names and short
    /// forms in the shared dictionary.
    /// News joins two capitalised short forms with a hyphen or a space alike (`Pangkalan TNI
    /// AL`, `Pangkalan TNI-AL`): both spellings are registered.
    pub fn register(&self, g: &mut GazetteerBuilder<'_>) {
        let mut add = |form: &str, e: Entry| {
            g.add(form, e);
            if let Some(h) = hyphenated(form) {
                g.add(&h, e);
            }
        };
        for (i, p) in self.patterns.iter().enumerate() {
            add(&p.head, Entry::OrgHead(i as u32));
        }
        for (i, r) in self.institutions.iter().enumerate() {
            add(&r.name, Entry::Institution(i as u32));
            if let Some(a) = &r.acronym {
                add(a, Entry::InstitutionAcronym(i as u32));
            }
        }
        for (i, r) in self.regional.iter().enumerate() {
            add(&r.name, Entry::RegionalBody(i as u32));
            if let Some(a) = &r.acronym {
                add(a, Entry::RegionalBodyAcronym(i as u32));
            }
        }
    }

    /// The lexicon form of an organisation entry (for case checks).
    pub fn form_of(&self, e: Entry) -> Option<&str> {
        match e {
            Entry::OrgHead(i) => self.patterns.get(i as usize).map(|p| p.head.as_str()),
            Entry::Institution(i) => self.institutions.get(i as usize).map(|r| r.name.as_str()),
            Entry::InstitutionAcronym(i) => self
                .institutions
                .get(i as usize)
                .and_then(|r| r.acronym.as_deref()),
            Entry::RegionalBody(i) => self.regional.get(i as usize).map(|r| r.name.as_str()),
            Entry::RegionalBodyAcronym(i) => self
                .regional
                .get(i as usize)
                .and_then(|r| r.acronym.as_deref()),
            _ => None,
        }
    }

    /// Finds the organisations of one document and appends them to `out`. Returns the short
    /// forms whose full form the text gives (`Disperindagkop` → `Dinas Perindustrian
    /// Perdagangan Koperasi`).
    pub fn recognize(
        &self,
        v: &DocView<'_>,
        people: &PeopleRecognizer,
        table: &AcronymTable,
        out: &mut Vec<Entity>,
    ) -> Vec<(String, String)> {
        // This thread's buffers, taken while in use.
        let Buffers {
            opens,
            mut parses,
            mut keep,
            mut bracket_links,
            mut found,
            mut index_of_parse,
            mut link_keys,
        } = BUFFERS.take();
        parses.clear();
        keep.clear();
        bracket_links.clear();
        found.clear();
        index_of_parse.clear();
        let parser = Parser::new(
            v,
            people,
            &self.patterns,
            &self.abbreviated,
            &self.institutions,
            &self.regional,
            opens,
        );
        let n = v.tokens.len();
        let mut covered = 0;
        // Only where an organisation head or a named body starts can a name start.
        for &i in &v.org_starts {
            if i < covered {
                continue;
            }
            if let Some(p) = parser.best_at(i) {
                covered = p.tokens.end;
                parses.push(p);
            }
        }
        // A short form in brackets right after the name it abbreviates is not listed there.
        keep.resize(parses.len(), true);
        for k in 1..parses.len() {
            let (prev, p) = (&parses[k - 1], &parses[k]);
            let s = p.tokens.start;
            if s >= 1
                && prev.tokens.end == s - 1
                && v.tok(s - 1) == "("
                && p.tokens.end < n
                && v.tok(p.tokens.end) == ")"
            {
                keep[k] = false;
                bracket_links.push((k - 1, k));
            }
        }
        drop_common_noun_short_forms(v, &parses, &mut keep);
        index_of_parse.resize(parses.len(), None);
        for (k, p) in parses.iter().enumerate() {
            if keep[k] {
                index_of_parse[k] = Some(found.len());
            }
            self.collect(v, p, keep[k], &mut found);
        }
        for &(full, short) in &bracket_links {
            if let Some(f) = index_of_parse[full] {
                found[f].acronym = Some(v.slice(parses[short].tokens.clone()).to_string());
            }
        }
        self.translated_names(v, people, &parses, &index_of_parse, &mut found);
        self.defined_short_forms(v, &parser, &parses, &keep, &mut found);
        sub_units_alone(v, &parser, &parses, &mut found);
        self.credit_lines(v, table, &mut found);
        english_names(v, people, &self.closing_heads, &mut found);
        let links = link_forms(
            &mut found,
            |short| {
                (
                    v.slice(short.head.clone()),
                    words_without(v, short.rest.clone(), short.bracket.clone()),
                )
            },
            &mut link_keys,
        );
        // One entity per form as written (any case), with its first mention's names.
        crate::resolve::one_per_form(
            v.text,
            &mut found,
            |f| (v.span(f.tokens.clone()), ""),
            |f| {
                EntityData::Organization(Organization {
                    name: f.name,
                    acronym: f.acronym,
                })
            },
            out,
        );
        // Buffers a long text grew are let go.
        if n <= KEEP_TOKENS {
            parses.clear();
            BUFFERS.set(Buffers {
                opens: parser.into_buffer(),
                parses,
                keep,
                bracket_links,
                found,
                index_of_parse,
                link_keys,
            });
        }
        links
    }

    /// Adds a parse (when listed) and its nested organisations.
    fn collect(&self, v: &DocView<'_>, p: &Parse, listed: bool, out: &mut Vec<Found>) {
        if listed {
            out.push(self.found(v, p));
        }
        for inner in &p.nested {
            self.collect(v, inner, true, out);
        }
    }

    /// The expansion of a short-form head, if it is one. A company's legal form (`PT`, `CV`)
    /// is written short in its name and stays so.
    fn expansion(&self, head: Head) -> Option<&str> {
        match head {
            Head::Pattern(i) => {
                let p = &self.patterns[i as usize];
                (self.abbreviated[i as usize] && p.kind != OrgKind::Company)
                    .then_some(p.canonical.as_str())
            }
            Head::InstitutionAcronym(i) => Some(self.institutions[i as usize].name.as_str()),
            Head::RegionalAcronym(i) => Some(self.regional[i as usize].name.as_str()),
            Head::Institution(_) | Head::Regional(_) | Head::Blend => None,
        }
    }

    /// The lexicon short form of a full-name head.
    fn lexicon_acronym(&self, head: Head) -> Option<&str> {
        match head {
            Head::Institution(i) => self.institutions[i as usize].acronym.as_deref(),
            Head::Regional(i) => self.regional[i as usize].acronym.as_deref(),
            _ => None,
        }
    }

    /// A company named by an institution's short form is that institution (`PT PLN`): the
    /// institution, when parse `p` is one.
    fn company_institution(&self, v: &DocView<'_>, p: &Parse) -> Option<u32> {
        if !matches!(p.head, Head::Pattern(_)) || !p.nested.is_empty() {
            return None;
        }
        let at = v
            .institution_acronym
            .get(p.head_tokens.end)
            .copied()
            .flatten()?;
        (at.end == p.tokens.end).then_some(at.index)
    }

    /// The name of a parse: its full form (see the module docs), written in this thread's
    /// buffer, then copied once.
    fn name(&self, v: &DocView<'_>, p: &Parse) -> String {
        let mut buf = NAME.take();
        buf.clear();
        self.name_into(v, p, &mut buf);
        let name = String::from(buf.as_str());
        if buf.capacity() <= KEEP_NAME {
            NAME.set(buf);
        }
        name
    }

    /// Appends the name of parse `p` to `out`.
    fn name_into(&self, v: &DocView<'_>, p: &Parse, out: &mut String) {
        // Organisations in its slots are spelled out in its name (`Humas Setda Provinsi
        // Kaltim` → `Hubungan Masyarakat Sekretariat Daerah Provinsi Kaltim`); without them,
        // the words are as written.
        let slotted = p.nested.iter().any(|c| c.in_slot);
        let after_head = p.head_tokens.end..p.tokens.end;
        match self.expansion(p.head) {
            Some(exp) => {
                out.push_str(exp);
                if slotted {
                    self.spelled_out(v, p, after_head, out, true);
                } else if words(v, after_head.clone(), p.bracket.clone()).any(|w| !w.is_empty()) {
                    out.push(' ');
                    out.extend(words(v, after_head, p.bracket.clone()));
                }
            }
            None => match self.company_institution(v, p) {
                Some(i) => out.push_str(&self.institutions[i as usize].name),
                None if slotted => self.spelled_out(v, p, p.tokens.clone(), out, false),
                None => out.extend(words(v, p.tokens.clone(), p.bracket.clone())),
            },
        }
    }

    /// Name and acronym of a parse.
    fn found(&self, v: &DocView<'_>, p: &Parse) -> Found {
        let name = self.name(v, p);
        let after_head = p.head_tokens.end..p.tokens.end;
        let written = || Some(v.slice(p.tokens.clone()).to_string());
        if self.expansion(p.head).is_some() {
            return Found {
                tokens: p.tokens.clone(),
                name,
                acronym: written(),
                short: Some(Short {
                    head: p.head_tokens.clone(),
                    rest: after_head,
                    bracket: p.bracket.clone(),
                }),
            };
        }
        if self.company_institution(v, p).is_some() {
            return Found {
                tokens: p.tokens.clone(),
                name,
                acronym: written(),
                short: None,
            };
        }
        let acronym = match &p.bracket {
            Some(b) => Some(join_words(
                v.slice(b.clone()),
                v,
                b.end + 1..p.tokens.end,
                None,
            )),
            None => match self.lexicon_acronym(p.head) {
                Some(a) => Some(join_words(a, v, after_head, None)),
                // A name whose slotted organisations were spelled out: the name as written.
                None if p.nested.iter().any(|c| c.in_slot)
                    && !words_eq(v, p.tokens.clone(), p.bracket.clone(), &name) =>
                {
                    written()
                }
                None => None,
            },
        };
        Found {
            tokens: p.tokens.clone(),
            name,
            acronym,
            short: None,
        }
    }

    /// Appends to `out` the words of tokens `r` of parse `p`, without its bracketed short
    /// form, with the organisations of its slots by their full names: a space before each
    /// piece but the first, and before the first too when `space_first`.
    fn spelled_out(
        &self,
        v: &DocView<'_>,
        p: &Parse,
        r: Range<usize>,
        out: &mut String,
        space_first: bool,
    ) {
        let mut space = space_first;
        let mut k = r.start;
        while k < r.end {
            let child = p
                .nested
                .iter()
                .find(|c| c.in_slot && c.tokens.start == k && c.tokens.end <= r.end);
            k = match child {
                Some(c) => {
                    let start = out.len();
                    if space {
                        out.push(' ');
                    }
                    let piece = out.len();
                    self.name_into(v, c, out);
                    if out.len() == piece {
                        out.truncate(start);
                    } else {
                        space = true;
                    }
                    c.tokens.end
                }
                None => {
                    let mut e = k;
                    while e < r.end && !p.nested.iter().any(|c| c.in_slot && c.tokens.start == e) {
                        e += 1;
                    }
                    if words(v, k..e, p.bracket.clone()).any(|w| !w.is_empty()) {
                        if space {
                            out.push(' ');
                        }
                        out.extend(words(v, k..e, p.bracket.clone()));
                        space = true;
                    }
                    e
                }
            };
        }
    }

    /// A national institution's short form in brackets after its name in Indonesian, where
    /// the lexicon names it in another language (`Organisasi Kesehatan Dunia (WHO)`; see
    /// `DocView::translated_name_before`): the organisation is the name the text gives, its
    /// acronym the short form. `listed` gives where each parse listed is in `found`.
    fn translated_names(
        &self,
        v: &DocView<'_>,
        people: &PeopleRecognizer,
        parses: &[Parse],
        listed: &[Option<usize>],
        found: &mut [Found],
    ) {
        let n = v.tokens.len();
        let mut covered_to = 0;
        for (p, &f) in parses.iter().zip(listed) {
            let (s, e) = (p.tokens.start, p.tokens.end);
            let bracketed = s > 0 && e < n && v.tok(s - 1) == "(" && v.tok(e) == ")";
            let institution = match p.head {
                Head::InstitutionAcronym(i) if e == s + 1 && bracketed => Some(i),
                _ => None,
            };
            let start = institution.zip(f).and_then(|(i, f)| {
                let name = &self.institutions[i as usize].name;
                let k = v.translated_name_before(s - 1, name, people)?;
                (k >= covered_to).then_some((k, f))
            });
            if let Some((k, f)) = start {
                let short = v.tok(s).to_string();
                found[f] = Found {
                    tokens: k..s - 1,
                    name: words_without(v, k..s - 1, None),
                    acronym: Some(short),
                    short: None,
                };
            }
            covered_to = covered_to.max(e);
        }
    }

    /// Organisations of credit segments: `humasprov kaltim`, `prokopim`, `MC Kalsel`.
    fn credit_lines(&self, v: &DocView<'_>, table: &AcronymTable, out: &mut Vec<Found>) {
        let n = v.tokens.len();
        // Tokens inside an organisation found before, marked when first needed. The pieces
        // added here lie after the tokens still to read.
        let mut covered: Option<Vec<bool>> = None;
        let mut i = 0;
        while i < n {
            // Most tokens are in no credit segment: the next one that is is searched for.
            match v.credit[i..].iter().position(|&c| c) {
                Some(k) => i += k,
                None => break,
            }
            if !v.is_word(i) {
                i += 1;
                continue;
            }
            // A piece: words up to a slash, bracket or the end of the segment.
            let mut e = i;
            while e < n && v.credit[e] && v.is_word(e) {
                e += 1;
            }
            let proper = v.acronym[i]
                .filter(|a| a.end <= e)
                .map(|a| (a.end, table.get(a.index)));
            if let Some((head_end, r)) = proper.filter(|(_, r)| r.proper) {
                let covered = covered.get_or_insert_with(|| {
                    let mut c = vec![false; n];
                    for f in out.iter() {
                        c[f.tokens.start.min(n)..f.tokens.end.min(n)].fill(true);
                    }
                    c
                });
                if !covered[i] {
                    out.push(Found {
                        tokens: i..e,
                        name: join_words(&r.expansion, v, head_end..e, None),
                        acronym: Some(v.slice(i..e).to_string()),
                        short: Some(Short {
                            head: i..head_end,
                            rest: head_end..e,
                            bracket: None,
                        }),
                    });
                }
            }
            i = e.max(i + 1);
        }
    }

    /// The other mentions of a short form the text gives for an organisation it names, alone
    /// or with a place, where no other name was read: a short form in brackets inside the
    /// name (`Dinas Lingkungan Hidup dan Kehutanan (DLHK) Provinsi NTT` … `Kepala DLHK NTT`)
    /// or closing it (`Gereja Masehi Injili di Minahasa (GMIM)` … `jemaat GMIM`), or the
    /// lexicon's short form of a regional body the text spells out (`Masyarakat Peduli Api`
    /// … `MPA akan dilatih`), which alone would name a class of bodies. The name is the
    /// long form with the mention's place.
    fn defined_short_forms(
        &self,
        v: &DocView<'_>,
        parser: &Parser<'_, '_>,
        parses: &[Parse],
        keep: &[bool],
        found: &mut Vec<Found>,
    ) {
        let n = v.tokens.len();
        let defs: Vec<(&str, String, usize)> = parses
            .iter()
            .zip(keep)
            .filter(|(_, &k)| k)
            .filter_map(|(p, _)| {
                if let Some(b) = p.bracket.clone() {
                    // One word, after at least two words of the long form.
                    if b.len() != 1 || b.start < p.tokens.start + 3 {
                        return None;
                    }
                    let long = words_without(v, p.tokens.start..b.start - 1, None);
                    return Some((v.tok(b.start), long, b.start));
                }
                let e = p.tokens.end;
                // One word in brackets right after the name, spelling it, and no name of
                // its own (`(Dinkes)` is read as one).
                let closing = e + 2 < n
                    && v.tok(e) == "("
                    && v.tok(e + 2) == ")"
                    && v.is_word(e + 1)
                    && parses.iter().all(|q| q.tokens.start != e + 1)
                    && parser.abbreviates_words(e + 1, p.tokens.clone());
                if closing {
                    return Some((
                        v.tok(e + 1),
                        words_without(v, p.tokens.clone(), None),
                        e + 1,
                    ));
                }
                let Head::Regional(r) = p.head else {
                    return None;
                };
                let short = self.regional[r as usize].acronym.as_deref()?;
                // Not the short form in brackets right after the name.
                let at = if e + 1 < n && v.tok(e) == "(" {
                    e + 1
                } else {
                    usize::MAX
                };
                (!short.contains(' ')).then(|| {
                    let long = words_without(v, p.head_tokens.clone(), None);
                    (short, long, at)
                })
            })
            .collect();
        if defs.is_empty() {
            return;
        }
        let mut covered = vec![false; n];
        for f in found.iter() {
            covered[f.tokens.clone()].fill(true);
        }
        let mut i = 0;
        while i < n {
            // Not a definition's own bracket, of any mention of the name.
            let def = defs.iter().find(|(short, _, _)| v.tok(i) == *short);
            let def = def.filter(|_| defs.iter().all(|&(_, _, at)| at != i));
            let Some((_, long, _)) = def else {
                i += 1;
                continue;
            };
            // A position written like a short form is no organisation (`Danlanal Ternate`).
            if covered[i] || v.name[i] || v.taken[i] || v.credit[i] || v.title_end[i] > i {
                i += 1;
                continue;
            }
            let end = parser.place_at(i + 1);
            if covered[i..end].iter().any(|&c| c) {
                i += 1;
                continue;
            }
            found.push(Found {
                tokens: i..end,
                name: join_words(long, v, i + 1..end, None),
                acronym: Some(v.slice(i..end).to_string()),
                short: None,
            });
            i = end;
        }
    }
}

/// The portfolio parts of the short forms of services (`Dinas …`) that patterns and regional
/// bodies list (`Diskominfo` → `kominfo`), lower case, each once.
fn blend_parts(patterns: &OrgPatterns, regional: &RegionalBodies) -> Vec<String> {
    let service = |short: &str, name: &str| {
        let part = short.strip_prefix(SERVICE_PREFIX)?;
        let one_word = part.len() >= BLEND_SHARED && part.bytes().all(|b| b.is_ascii_lowercase());
        (one_word && name.starts_with("Dinas ")).then(|| part.to_string())
    };
    let mut parts: Vec<String> = patterns
        .iter()
        .filter_map(|p| service(&p.head, &p.canonical))
        .chain(
            regional
                .iter()
                .filter_map(|r| service(r.acronym.as_deref()?, &r.name)),
        )
        .collect();
    parts.sort_unstable();
    parts.dedup();
    parts
}

/// A few words, as written, tested against every token: the lengths and first bytes they have
/// are kept as bits, which turn away almost every token before any word is compared (a
/// comparison per token and word adds up over a text).
#[derive(Clone, Debug, Default)]
struct WordSet {
    words: Vec<Box<str>>,
    /// Bit `l` (under 64): a word has `l` bytes.
    lengths: u64,
    /// Bit `b`: a word starts with byte `b`.
    firsts: [u64; 4],
    /// Every word starts with a capital letter (as [`facts::CAPITAL`] tells of a token), so
    /// a token without that fact is none of them.
    capitalised: bool,
}

impl WordSet {
    fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordSet {
        let mut set = WordSet {
            capitalised: true,
            ..WordSet::default()
        };
        for w in words {
            set.capitalised &= facts::of_text(w) & facts::CAPITAL != 0;
            set.lengths |= 1u64.checked_shl(w.len() as u32).unwrap_or(0);
            if let Some(&b) = w.as_bytes().first() {
                set.firsts[usize::from(b >> 6)] |= 1 << (b & 63);
            }
            set.words.push(w.into());
        }
        set
    }

    fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Whether token `t` of `v` is one of the words: its facts first, then its text.
    fn at(&self, v: &DocView<'_>, t: usize) -> bool {
        (v.is_capitalised(t) || !self.capitalised) && self.contains(v.tok(t))
    }

    /// Whether `w` is one of the words, written the same.
    fn contains(&self, w: &str) -> bool {
        // Words of 64 bytes or more have no bit: they are compared.
        let length_may = w.len() >= 64 || self.lengths >> w.len() & 1 == 1;
        let first_may = match w.as_bytes().first() {
            Some(&b) => self.firsts[usize::from(b >> 6)] >> (b & 63) & 1 == 1,
            None => true,
        };
        length_may && first_may && self.words.iter().any(|h| **h == *w)
    }
}

/// Organisations named in English with their head noun last (one of `heads`: `Center`,
/// `Association`; org_patterns.tsv rows that `closes`), where no
/// other name was read: read back from the head over capitalised words that are places or no
/// words of the Indonesian dictionary, nor heads of its names, and the joining `of`, `and`, `for`,
/// `the`, up to the article `The` that opens the name (`Executive Director The Indonesian
/// Iron and Steel Industry Association`), with at least one word before the head. A short
/// form in brackets right after it is its acronym.
fn english_names(
    v: &DocView<'_>,
    people: &PeopleRecognizer,
    heads: &WordSet,
    found: &mut Vec<Found>,
) {
    if heads.is_empty() {
        return;
    }
    let n = v.tokens.len();
    for t in 1..n {
        if !v.is_word(t) || !heads.at(v, t) {
            continue;
        }
        let mut start = t;
        let mut k = t;
        while k > 0 && t - k < MAX_ENGLISH_WORDS {
            let j = k - 1;
            if !v.is_word(j) || v.line_ends_after(j) || v.name[j] || v.taken[j] {
                break;
            }
            let w = v.tok(j);
            if w == "The" {
                start = j;
                break;
            }
            let joint = matches!(w, "of" | "and" | "for" | "the");
            // A place names the body too (`Jakarta Convention Center`).
            let english = v.is_capitalised(j)
                && v.org_head[j].is_none()
                && (v.in_place[j] || !with_lower(w, |l| people.is_dictionary_lower(l)));
            if !(joint || english) {
                break;
            }
            k = j;
            if english {
                start = j;
            }
        }
        if start == t {
            continue;
        }
        // A name read inside it is a word of it (`Krakatau Steel` of `Krakatau Steel Training
        // Center`); one running out of it keeps its words.
        let span = start..t + 1;
        let crosses = |f: &Found| {
            f.tokens.start < span.end
                && span.start < f.tokens.end
                && !(span.start <= f.tokens.start && f.tokens.end <= span.end)
        };
        if found.iter().any(crosses) {
            continue;
        }
        found.retain(|f| !(span.start <= f.tokens.start && f.tokens.end <= span.end));
        let short = t + 3 < n && v.tok(t + 1) == "(" && v.tok(t + 3) == ")" && v.is_caps(t + 2);
        found.push(Found {
            tokens: start..t + 1,
            name: words_without(v, start..t + 1, None),
            acronym: short.then(|| v.tok(t + 2).to_string()),
            short: None,
        });
    }
}

/// The other mentions of a sub-unit the text names after its parent (`PLN UP3 Sumba` …
/// `Manajer UP3 Sumba`): its short form and a place, where no other name was read. The name
/// is as written.
fn sub_units_alone(
    v: &DocView<'_>,
    parser: &Parser<'_, '_>,
    parses: &[Parse],
    found: &mut Vec<Found>,
) {
    if parses.iter().all(|p| p.unit.is_none()) {
        return;
    }
    let units: Vec<usize> = parses.iter().filter_map(|p| p.unit).collect();
    let n = v.tokens.len();
    let mut covered = vec![false; n];
    for f in found.iter() {
        covered[f.tokens.start.min(n)..f.tokens.end.min(n)].fill(true);
    }
    let mut i = 0;
    while i < n {
        // Not a bracketed short form of a name spelled out (`… Kalimantan Barat (UID Kalbar)`).
        let bracketed = i > 0 && v.tok(i - 1) == "(";
        let known =
            !(covered[i] || bracketed) && units.iter().any(|&u| u != i && v.tok(u) == v.tok(i));
        let end = if known { parser.unit_tail(i) } else { i };
        if end <= i || covered[i..end].iter().any(|&c| c) {
            i += 1;
            continue;
        }
        found.push(Found {
            tokens: i..end,
            name: words_without(v, i..end, None),
            acronym: None,
            short: None,
        });
        i = end;
    }
}

/// Unkeeps the bare short forms that are no organisation here: one the text defines right
/// before it with words that are no organisation's name (`Pajak Bumi dan Bangunan (PBB)`, not
/// the United Nations; `pekerja migran Indonesia (PMI)`), wherever it comes; and one glued to
/// another short form by a hyphen, which makes a term (`KUA-PPAS`, not the Kantor Urusan
/// Agama).
fn drop_common_noun_short_forms(v: &DocView<'_>, parses: &[Parse], keep: &mut [bool]) {
    let n = v.tokens.len();
    let bare = |p: &Parse| p.tokens.len() == 1 && p.nested.is_empty();
    let mut defined: Vec<&str> = Vec::new();
    // The speller's buffer, for every bracket.
    let mut chars = Vec::new();
    for (k, p) in parses.iter().enumerate() {
        let s = p.tokens.start;
        if keep[k] && inside_defined_term(v, p) {
            keep[k] = false;
            continue;
        }
        if !keep[k] || !bare(p) {
            continue;
        }
        let e = p.tokens.end;
        // Glued into a hyphenated term.
        let glued_term = (e + 1 < n && v.tok(e) == "-" && v.glued(s) && v.glued(e))
            || (s >= 2 && v.tok(s - 1) == "-" && v.glued(s - 2) && v.glued(s - 1));
        if glued_term {
            keep[k] = false;
            continue;
        }
        if s >= 2 && e < n && v.tok(s - 1) == "(" && v.tok(e) == ")" {
            // The words before the bracket, back to the sentence's punctuation.
            let Some(mut sp) = Speller::new(v.tok(s), std::mem::take(&mut chars)) else {
                continue;
            };
            let mut words = 0;
            let mut j = s - 1;
            while j > 0 && words < MAX_WORDS && v.is_word(j - 1) && !v.line_ends_after(j - 1) {
                j -= 1;
                sp.push_front(v.tok(j));
                words += 1;
                // A long form that could open an organisation's name is left to the parser.
                if sp.spells() && v.org_starts.binary_search(&j).is_err() {
                    keep[k] = false;
                    defined.push(v.tok(s));
                    break;
                }
            }
            chars = sp.into_buffer();
        }
    }
    if defined.is_empty() {
        return;
    }
    for (k, p) in parses.iter().enumerate() {
        if keep[k] && bare(p) && defined.contains(&v.slice(p.tokens.clone())) {
            keep[k] = false;
        }
    }
}

/// Whether the name `p` ends the long form of a term the text defines, which opens before
/// it with words that could not open an organisation (`Rencana Kerja Pemerintah Daerah
/// (RKPD)`: a plan, not the regional government).
fn inside_defined_term(v: &DocView<'_>, p: &Parse) -> bool {
    let (s, e) = (p.tokens.start, p.tokens.end);
    let n = v.tokens.len();
    if s == 0 || e + 2 >= n || v.tok(e) != "(" || v.tok(e + 2) != ")" || !v.is_word(e + 1) {
        return false;
    }
    let short = v.tok(e + 1);
    // Nothing spells a word of fewer than two letters.
    let Some(mut sp) = Speller::new(short, Vec::new()) else {
        return false;
    };
    let mut words = 0;
    for k in (s..e).rev().filter(|&k| v.is_word(k)) {
        sp.push_front(v.tok(k));
        words += 1;
    }
    let mut j = s;
    while j > 0 && words < MAX_WORDS && v.is_word(j - 1) && !v.line_ends_after(j - 1) {
        j -= 1;
        if !v.is_capitalised(j) {
            return false;
        }
        sp.push_front(v.tok(j));
        words += 1;
        if sp.spells() {
            return v.org_starts.binary_search(&j).is_err();
        }
    }
    false
}

/// `form` with a hyphen between each two neighbouring words in capitals (`TNI AL` →
/// `TNI-AL`), when it has such a pair.
fn hyphenated(form: &str) -> Option<String> {
    let words: Vec<&str> = form.split(' ').collect();
    let caps = |w: &str| w.chars().all(|c| c.is_ascii_uppercase()) && w.len() >= 2;
    if !words.windows(2).any(|p| caps(p[0]) && caps(p[1])) {
        return None;
    }
    let mut out = String::with_capacity(form.len());
    for (k, w) in words.iter().enumerate() {
        if k > 0 {
            out.push(if caps(words[k - 1]) && caps(w) {
                '-'
            } else {
                ' '
            });
        }
        out.push_str(w);
    }
    Some(out)
}

/// The pieces of the text of tokens `r`, without the bracketed tokens `bracket` and their
/// brackets: each token, after a space unless it is the first or glued to the one before.
fn words<'v, 'a>(
    v: &'v DocView<'a>,
    r: Range<usize>,
    bracket: Option<Range<usize>>,
) -> impl Iterator<Item = &'a str> + 'v {
    let skip = bracket.map(|b| b.start.saturating_sub(1)..b.end + 1);
    let mut prev: Option<usize> = None;
    r.filter(move |k| !skip.as_ref().is_some_and(|s| s.contains(k)))
        .flat_map(move |k| {
            let space = prev.is_some_and(|p| !(p + 1 == k && v.glued(p)));
            prev = Some(k);
            [if space { " " } else { "" }, v.tok(k)]
        })
}

/// The text of tokens `r`, without the bracketed tokens `bracket` and their brackets, words
/// joined by single spaces (glued tokens stay glued).
fn words_without(v: &DocView<'_>, r: Range<usize>, bracket: Option<Range<usize>>) -> String {
    let len: usize = words(v, r.clone(), bracket.clone()).map(str::len).sum();
    let mut out = String::with_capacity(len);
    out.extend(words(v, r, bracket));
    out
}

/// `head`, then a space and the words of tokens `r` (as [`words_without`] writes them) when
/// there are any, in one allocation.
fn join_words(
    head: &str,
    v: &DocView<'_>,
    r: Range<usize>,
    bracket: Option<Range<usize>>,
) -> String {
    let len: usize = words(v, r.clone(), bracket.clone()).map(str::len).sum();
    if len == 0 {
        return head.to_string();
    }
    let mut out = String::with_capacity(head.len() + 1 + len);
    out.push_str(head);
    out.push(' ');
    out.extend(words(v, r, bracket));
    out
}

/// Whether `s` is the text [`words_without`] writes for the same arguments.
fn words_eq(v: &DocView<'_>, r: Range<usize>, bracket: Option<Range<usize>>, s: &str) -> bool {
    let mut rest = s;
    for w in words(v, r, bracket) {
        match rest.strip_prefix(w) {
            Some(after) => rest = after,
            None => return false,
        }
    }
    rest.is_empty()
}

/// Appends to `out` a name folded for comparing full and short forms: lower case, words
/// only, without `dan`, `serta` and punctuation.
fn link_key(s: &str, out: &mut String) {
    let base = out.len();
    if s.is_ascii() {
        // ASCII letters and digits are what `char::is_alphanumeric` takes there; the words
        // are found byte by byte, `dan` and `serta` dropped before they are copied.
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && b[i].is_ascii_alphanumeric() {
                i += 1;
            }
            let w = &b[start..i];
            if w.eq_ignore_ascii_case(b"dan") || w.eq_ignore_ascii_case(b"serta") {
                continue;
            }
            if out.len() > base {
                out.push(' ');
            }
            let word = out.len();
            out.push_str(s.get(start..i).unwrap_or_default());
            out[word..].make_ascii_lowercase();
        }
        return;
    }
    for w in s.split(|c: char| !c.is_alphanumeric()) {
        if w.is_empty() {
            continue;
        }
        let start = out.len();
        if start > base {
            out.push(' ');
        }
        let word = out.len();
        out.push_str(&w.to_lowercase());
        if matches!(&out[word..], "dan" | "serta") {
            out.truncate(start);
        }
    }
}

/// The first word of the [`link_key`] of an ASCII name, as written (`None` for a name beyond
/// ASCII): its first run of letters and digits that is not `dan` or `serta` (empty when it
/// has none).
fn first_key_word(s: &str) -> Option<&str> {
    if !s.is_ascii() {
        return None;
    }
    let first = s.split(|c: char| !c.is_ascii_alphanumeric()).find(|w| {
        !w.is_empty() && !w.eq_ignore_ascii_case("dan") && !w.eq_ignore_ascii_case("serta")
    });
    Some(first.unwrap_or(""))
}

/// The buffers of [`link_forms`], kept from one text to the next.
#[derive(Default)]
struct LinkKeys {
    /// The keys of the full forms, one after the other, with where each is and its form.
    keys: String,
    full: Vec<(Range<usize>, usize)>,
    /// The keys of the short forms with an acronym, one after the other, with where each is
    /// and its form.
    key: String,
    shorts: Vec<(Range<usize>, usize)>,
}

/// Links each short form to a full form the text gives for it: the full form's acronym is the
/// short form as written, the short form's name the full form as written. Returns the short
/// heads with their expansions as the text spells them.
fn link_forms<'w>(
    found: &mut [Found],
    words: impl Fn(&Short) -> (&'w str, String),
    buffers: &mut LinkKeys,
) -> Vec<(String, String)> {
    let mut links = Vec::new();
    // Only short forms with an acronym take a full form's name.
    if !found
        .iter()
        .any(|f| f.short.is_some() && f.acronym.is_some())
    {
        return links;
    }
    let LinkKeys {
        keys,
        full,
        key,
        shorts,
    } = buffers;
    // The keys of the short forms with an acronym, one after the other in `key`.
    key.clear();
    shorts.clear();
    for (i, f) in found.iter().enumerate() {
        if f.short.is_some() && f.acronym.is_some() {
            let start = key.len();
            link_key(&f.name, key);
            shorts.push((start..key.len(), i));
        }
    }
    // The keys of the full forms, one after the other in `keys`: of those whose key may be a
    // short form's (it opens with the same word; most have none to match).
    let may_match = |name: &str| {
        first_key_word(name).map_or(true, |w| {
            shorts.iter().any(|(r, _)| {
                let k = &key[r.clone()];
                k.split(' ').next().unwrap_or(k).eq_ignore_ascii_case(w)
            })
        })
    };
    keys.clear();
    full.clear();
    for (i, f) in found.iter().enumerate() {
        if f.short.is_none() && may_match(&f.name) {
            let start = keys.len();
            link_key(&f.name, keys);
            full.push((start..keys.len(), i));
        }
    }
    let mut by_key: FoldHashMap<&str, usize> = FoldHashMap::default();
    for (r, i) in full.iter() {
        by_key.entry(&keys[r.clone()]).or_insert(*i);
    }
    for (r, i) in shorts.iter() {
        let i = *i;
        let Some(&full) = by_key.get(&key[r.clone()]) else {
            continue;
        };
        let Some(short) = &found[i].short else {
            continue;
        };
        let (head_text, rest) = words(short);
        let full_name = &found[full].name;
        // The short head's own expansion: the full form without the shared rest.
        let expansion = if rest.is_empty() {
            Some(full_name.as_str())
        } else {
            full_name
                .len()
                .checked_sub(rest.len())
                .filter(|&k| {
                    full_name
                        .get(k..)
                        .is_some_and(|t| t.eq_ignore_ascii_case(&rest))
                })
                .and_then(|k| full_name.get(..k))
                .map(str::trim)
        };
        if let Some(exp) = expansion.filter(|e| !e.is_empty()) {
            links.push((head_text.to_string(), exp.to_string()));
        }
        found[i].name = found[full].name.clone();
        if found[full].acronym.is_none() {
            found[full].acronym = found[i].acronym.clone();
        }
    }
    links
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_sets_match_whole_words_as_written() {
        let long = "L".repeat(70);
        let heads = WordSet::new(["Center", "Centre", "Academy", "", long.as_str()]);
        for w in ["Centre", "Academy", "", long.as_str()] {
            assert!(heads.contains(w), "{w}");
        }
        for w in ["center", "Cente", "Centers", "Centra", "Dcademy", "L"] {
            assert!(!heads.contains(w), "{w}");
        }
        assert!(!heads.contains(&"L".repeat(71)) && !heads.contains(&"L".repeat(64)));
        // (an empty word has no capital)
        assert!(!heads.capitalised && WordSet::new(["Center", "Academy"]).capitalised);
        assert!(!WordSet::new(["Center", "center"]).capitalised);
        assert!(WordSet::new(["Élan"]).capitalised && !WordSet::new(["élan"]).capitalised);
        let none = WordSet::new([]);
        assert!(none.is_empty() && !none.contains("Center") && !none.contains(""));
    }

    #[test]
    fn hyphenated_spellings() {
        assert_eq!(
            hyphenated("Pangkalan TNI AL").as_deref(),
            Some("Pangkalan TNI-AL")
        );
        assert_eq!(hyphenated("Satpol PP"), None);
        assert_eq!(hyphenated("DPR RI").as_deref(), Some("DPR-RI"));
    }

    #[test]
    fn short_and_full_forms_link() {
        // Short forms' heads and rests by where they are: `Disperindagkop` (tokens 20..21)
        // `dan UKM Kota Bontang` (21..25), `Polres` (30..31) `Bontang` (31..32).
        let short_at = |head: Range<usize>| Short {
            rest: head.end..head.end + if head.start == 20 { 4 } else { 1 },
            head,
            bracket: None,
        };
        let words = |s: &Short| match s.head.start {
            20 => ("Disperindagkop", "dan UKM Kota Bontang".to_string()),
            _ => ("Polres", "Bontang".to_string()),
        };
        let full = Found {
            tokens: 0..9,
            name: "Dinas Perindustrian Perdagangan Koperasi dan UKM Kota Bontang".into(),
            acronym: None,
            short: None,
        };
        let short = Found {
            tokens: 20..25,
            name: "Dinas Perindustrian, Perdagangan, dan Koperasi dan UKM Kota Bontang".into(),
            acronym: Some("Disperindagkop dan UKM Kota Bontang".into()),
            short: Some(short_at(20..21)),
        };
        let other = Found {
            tokens: 30..32,
            name: "Kepolisian Resor Bontang".into(),
            acronym: Some("Polres Bontang".into()),
            short: Some(short_at(30..31)),
        };
        let mut found = vec![full, short, other];
        let links = link_forms(&mut found, words, &mut LinkKeys::default());
        assert_eq!(
            links,
            vec![(
                "Disperindagkop".to_string(),
                "Dinas Perindustrian Perdagangan Koperasi".to_string()
            )]
        );
        assert_eq!(
            found[0].acronym.as_deref(),
            Some("Disperindagkop dan UKM Kota Bontang")
        );
        assert_eq!(found[1].name, found[0].name);
        assert_eq!(found[2].name, "Kepolisian Resor Bontang");
    }

    fn key(s: &str) -> String {
        let mut out = "x".to_string();
        link_key(s, &mut out);
        out.split_off(1)
    }

    #[test]
    fn link_keys_of_ascii_names_agree_with_the_char_reading() {
        // The char reading of an ASCII name: the same name with a non-ASCII letter appended
        // as a word of its own, which is then cut off.
        for s in [
            "Dinas Perindustrian, Perdagangan, dan Koperasi",
            "  DAN serta  ",
            "Badan Pusat Statistik (BPS) Kota Samarinda 2025",
            "Dandim-0901/Samarinda dan",
            "",
        ] {
            let mut ascii = String::from("x");
            link_key(s, &mut ascii);
            let mut chars = String::from("x");
            link_key(&format!("{s} \u{e9}"), &mut chars);
            let chars = chars
                .strip_suffix("\u{e9}")
                .map(|c| c.strip_suffix(' ').unwrap_or(c))
                .unwrap();
            assert_eq!(ascii, chars, "{s:?}");
        }
    }

    #[test]
    fn first_key_words() {
        for s in [
            "Dinas Perindustrian dan Koperasi",
            "dan, Serta (Dinas) Kota",
            " ,- ",
            "",
            "SERTA 2025 Kota",
        ] {
            let k = key(s);
            assert_eq!(
                first_key_word(s).map(str::to_ascii_lowercase).as_deref(),
                k.split(' ').next(),
                "{s:?}"
            );
        }
        assert_eq!(first_key_word("Énergi Kota"), None);
    }

    #[test]
    fn link_keys_ignore_commas_and_dan() {
        assert_eq!(
            key("Dinas Perindustrian, Perdagangan, dan Koperasi dan UKM Kaltim"),
            key("Dinas Perindustrian Perdagangan Koperasi dan UKM Kaltim")
        );
        assert_eq!(key("Dinas DAN Serta (Énergi) Kota"), "dinas énergi kota");
        assert_eq!(key("dan, serta"), "");
        assert_eq!(key("Dan Kota"), "kota");
    }
}
