//! The place recogniser: provinces, regencies, cities, districts, villages, countries,
//! islands, seas, rivers and mountains, with Kemendagri codes where the place has one.
//!
//! # Candidates
//!
//! The recogniser reads the shared [`Scan`]: every lexicon surface form of a region, region
//! alias, country or geographic name, and every context word of `place_context.tsv`. It adds
//! names that no lexicon has when the text says they are places: a capitalised name after a
//! district or village word (`Desa Sukamaju`, `kelurahan Karang Anyar`) and after a feature
//! word (`Pantai Ketapang`, `Gunung Merah`).
//!
//! # Acceptance
//!
//! * Case: a name must be capitalised as the lexicon writes it (`NTB`, `Kalimantan Timur`);
//!   all-caps text (datelines, headlines) passes. A lexicon name on a lower-case word is not
//!   a place.
//! * Ambiguity: a name flagged as a common word or phrase or an abbreviation needs context: an
//!   administrative prefix (`Kabupaten Batang`), a title (`Bupati Batang`), the dateline, or a
//!   locative word outside a headline (`di Batang`). A name flagged as a personal name needs a
//!   prefix or the dateline. After a street word (`Jalan Ahmad Yani`) or a language or people
//!   word (`bahasa Inggris`) a name is not a place.
//! * Districts: there are 7,285 of them and their names repeat and double as village, person
//!   and company names, so a district name with no context counts only when the document
//!   names a region around it or near it (its regency, its province, another place in its
//!   province).
//! * Overlaps: the longest candidate wins (`Kalimantan Timur` over `Kalimantan` and `Timur`;
//!   `Jakarta Pusat` over `Jakarta`); a place inside an organisation's or an official's name
//!   still counts (`Dinas Kesehatan Kaltim`, `Wali Kota Balikpapan`).
//!
//! # Readings
//!
//! A prefix or a title picks the level (`Kota Bogor` 32.71, `Kabupaten Bogor` 32.01,
//! `Bupati Bogor` 32.01). A bare name takes the reading a prefixed mention of the same name in
//! the document settled, else the reading the other places of the document support (a
//! district whose regency or province is named), else the highest level (a city over its
//! homonymous districts). When several readings remain equally good the code is null and
//! they are listed as candidates.
//!
//! # Output
//!
//! The entity's text and span cover the name as written, without the administrative prefix
//! (`Kota Balikpapan` gives `Balikpapan`); a feature word that is part of the name stays
//! (`Pantai Ketapang`, `Pulau Jawa`). A town that is not a region itself (`Purwokerto`) keeps
//! its own name, with the code of the regency it lies in and no level. Countries and
//! geographic names have no Kemendagri code.

mod context;
mod senses;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::document::{Entity, EntityData, Mention, Place, PlaceCandidate, PlaceLevel};
use crate::error::Result;
use crate::lexicon::geography::{Countries, GeoNames};
use crate::lexicon::places::{Ambiguity, AmbiguousWords, RegionAliases, Regions, Villages};
use crate::lexicon::LexiconText;
use crate::recognize::gazetteer::{Entry, GazetteerBuilder, Scan};
use crate::text::{Sentence, Token, TokenKind};

use context::{is_all_caps, is_capitalised, Layout, PlaceWords, Role};
use senses::{case_ok, Lexicons, SenseKind, Senses};

/// The texts of the place lexicons, each the built-in text unless replaced, then extensions.
#[derive(Clone, Debug, Default)]
pub(crate) struct PlaceLexicons {
    /// `regions.tsv`.
    pub regions: Vec<LexiconText>,
    /// `region_aliases.tsv` and `region_aliases_curated.tsv`.
    pub aliases: Vec<LexiconText>,
    /// `countries.tsv`.
    pub countries: Vec<LexiconText>,
    /// `geo_names.tsv`.
    pub geo: Vec<LexiconText>,
    /// `place_ambiguity.tsv`.
    pub ambiguity: Vec<LexiconText>,
    /// `place_context.tsv`.
    pub context: Vec<LexiconText>,
    /// `villages.tsv`, when villages are wanted (off by default).
    pub villages: Option<Vec<LexiconText>>,
}

/// The place recogniser, built once from the lexicons.
#[derive(Clone, Debug)]
pub(crate) struct PlaceRecognizer {
    senses: Senses,
    words: PlaceWords,
}

/// Most capitalised words a name after a prefix or feature word may have.
const MAX_OPEN_NAME: usize = 3;
/// The prefix `se-` (`se-Kaltim`: all over Kaltim).
const SE: &str = "se-";
/// The key of a candidate that is not a dictionary match.
const NO_KEY: usize = usize::MAX;
/// Most candidates listed for an unresolved name (a village name shared by dozens of
/// villages lists none).
const MAX_CANDIDATES: usize = 10;
/// How far back a street word may stand before a name (`Jalan Jenderal Ahmad Yani`).
const STREET_REACH: usize = 4;

/// One reading of a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Choice {
    /// A lexicon sense.
    Sense(u32),
    /// A name no lexicon has, of this level if known.
    Open(Option<PlaceLevel>),
}

/// What the words around a name say.
#[derive(Clone, Copy, Debug, Default)]
struct Ctx {
    /// An administrative prefix, with its level.
    prefix: Option<Option<PlaceLevel>>,
    /// A title, with its level.
    title: Option<Option<PlaceLevel>>,
    /// A locative word before a name that ends its run of capitalised words, outside a
    /// headline (`di Batang,` but not `di Balai Kota`).
    locative: bool,
    /// In the dateline.
    dateline: bool,
    /// After a name or people word (`Jalan`, `KRI`, `bahasa`).
    blocked: bool,
    /// Right after a capitalised word that is no context word (`Akbar Tanjung`).
    after_name: bool,
    /// The prefix, title or locative comes from the list item before (`Kota Bogor, Depok`).
    inherited: bool,
}

/// What a kept candidate gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Output {
    /// A place.
    Place,
    /// Nothing, but it hides the shorter names inside it (`Republik Indonesia`).
    Blocker,
    /// A name written in the wrong case after its first word (`Aceh timur`): a place if the
    /// document writes the same name correctly elsewhere, else a blocker.
    Sloppy,
}

/// A place candidate in one text.
#[derive(Clone, Debug)]
struct Candidate {
    /// The name's tokens.
    tokens: Range<usize>,
    /// Its readings, in the document's choice pool.
    choices: Range<usize>,
    /// All lexicon senses of the surface form before any filtering; empty for open names.
    all: Range<usize>,
    /// The dictionary key of the surface form (the same for every mention written alike,
    /// whatever the case), or [`NO_KEY`] for open names.
    key: usize,
    /// Context.
    ctx: Ctx,
    /// For a district with no context: the support it needs from the document's other places
    /// (see [`Doc::support`]); 0 when it needs none.
    needs_support: u8,
    /// True when a prefix or title narrowed the readings.
    narrowed: bool,
    /// What it gives.
    output: Output,
    /// Bytes of the first token before the name (3 for the `se-` of `se-Kaltim`).
    skip: usize,
}

impl PlaceRecognizer {
    /// Loads the lexicons. Fails on a malformed line, naming its source and line.
    pub fn from_lexicons(lex: &PlaceLexicons) -> Result<PlaceRecognizer> {
        let regions = Regions::load(&lex.regions)?;
        let aliases = RegionAliases::load(&lex.aliases, &regions)?;
        let countries = Countries::load(&lex.countries)?;
        let geo = GeoNames::load(&lex.geo, &regions)?;
        let ambiguous = AmbiguousWords::load(&lex.ambiguity)?;
        let words = PlaceWords::load(&lex.context)?;
        let villages = match &lex.villages {
            Some(texts) => Some(Villages::load(texts, &regions)?),
            None => None,
        };
        let senses = Senses::build(Lexicons {
            regions: &regions,
            aliases: &aliases,
            countries: &countries,
            geo: &geo,
            villages: villages.as_ref(),
            words: &ambiguous,
            context: &words,
        });
        Ok(PlaceRecognizer { senses, words })
    }

    /// Registers every place surface form and context word in the shared dictionary.
    ///
    /// Regions above the district level, countries and geographic names are registered with
    /// `se-` too (`se-Kaltim`, `se-Indonesia`: all over the place), and so are prefixes
    /// (`se-Kabupaten Paser`).
    pub fn register(&self, gazetteer: &mut GazetteerBuilder<'_>) {
        for (surface, entry) in self.senses.entries() {
            gazetteer.add(surface, entry);
            let wide = self.senses.of(entry).is_some_and(|id| {
                !matches!(
                    self.senses.get(id).level,
                    Some(PlaceLevel::District | PlaceLevel::Village)
                )
            });
            if wide {
                gazetteer.add(&format!("{SE}{surface}"), entry);
            }
        }
        for (i, w) in self.words.iter().enumerate() {
            match w.role {
                Role::Coordination => {}
                Role::Prefix => {
                    gazetteer.add(&w.word, Entry::PlaceWord(i as u32));
                    gazetteer.add(&format!("{SE}{}", w.word), Entry::PlaceWord(i as u32));
                }
                _ => gazetteer.add(&w.word, Entry::PlaceWord(i as u32)),
            }
        }
    }

    /// The places of `text`, one entity per mention (the resolver merges them).
    pub fn recognize(
        &self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        scan: &Scan,
    ) -> Vec<Entity> {
        let words = scan
            .picked(|e| match e {
                Entry::PlaceWord(w) => Some(w as u16),
                _ => None,
            })
            .filter_map(|(m, mut w)| Some((m.tokens.start, w.next()?)));
        let layout = Layout::new(text, tokens, sentences, words);
        let mut doc = Doc {
            rec: self,
            text,
            tokens,
            layout,
            pool: Vec::new(),
            cands: Vec::new(),
        };
        doc.lexicon_candidates(scan);
        doc.open_candidates();
        doc.dateline_candidate();
        doc.accept();
        doc.repeat_open_names();
        let kept = doc.resolve_overlaps();
        doc.entities(kept)
    }
}

/// The work on one text.
struct Doc<'a> {
    rec: &'a PlaceRecognizer,
    text: &'a str,
    tokens: &'a [Token],
    layout: Layout,
    /// Readings of all candidates.
    pool: Vec<Choice>,
    cands: Vec<Candidate>,
}

impl Doc<'_> {
    fn word_text(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }

    fn role_at(&self, i: usize) -> Option<Role> {
        self.layout.word(i).map(|w| self.rec.words.get(w).role)
    }

    /// True when token `i` is a capitalised word.
    fn capitalised_word(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        t.kind == TokenKind::Word && is_capitalised(t.text(self.text))
    }

    /// Candidates from the dictionary matches, with the senses written in the right case.
    fn lexicon_candidates(&mut self, scan: &Scan) {
        let senses = &self.rec.senses;
        for (m, ids) in scan.picked(|e| senses.of(e)) {
            let all_start = self.pool.len();
            self.pool.extend(ids.map(Choice::Sense));
            let all = all_start..self.pool.len();
            let toks = &self.tokens[m.tokens.clone()];
            let first = toks[0].text(self.text);
            let se = first.len() > SE.len()
                && first
                    .get(..SE.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(SE));
            let skip = if se { SE.len() } else { 0 };
            let start = self.pool.len();
            for k in all.clone() {
                let Choice::Sense(id) = self.pool[k] else {
                    continue;
                };
                if case_ok(senses.get(id), self.text, toks, skip) {
                    self.pool.push(Choice::Sense(id));
                }
            }
            let mut output = Output::Place;
            if self.pool.len() == start {
                // `Aceh timur`: keep it as a sloppy candidate when only the later words fail.
                if toks.len() < 2 || !is_capitalised(&first[skip..]) {
                    continue;
                }
                self.pool.extend_from_within(all.clone());
                output = Output::Sloppy;
            }
            let ctx = if skip > 0 {
                // `se-Kaltim` says it is a place, whatever stands before it.
                Ctx {
                    locative: true,
                    ..Ctx::default()
                }
            } else {
                self.context(m.tokens.clone())
            };
            self.cands.push(Candidate {
                tokens: m.tokens.clone(),
                choices: start..self.pool.len(),
                all,
                key: m.key,
                ctx,
                needs_support: 0,
                narrowed: false,
                output,
                skip,
            });
        }
    }

    /// What the words around `name` say.
    fn context(&self, name: Range<usize>) -> Ctx {
        let start = name.start;
        let mut ctx = Ctx {
            dateline: self.layout.in_dateline(start),
            ..Ctx::default()
        };
        if start == 0 || self.layout.starts_sentence(start) {
            return ctx;
        }
        let prev = start - 1;
        match self.layout.word(prev).map(|w| self.rec.words.get(w)) {
            Some(w) => match w.role {
                Role::Prefix => ctx.prefix = Some(w.level),
                Role::Title => ctx.title = Some(w.level),
                Role::Locative => {
                    let run_goes_on = name.end < self.tokens.len()
                        && self.layout.same_line(start, name.end)
                        && self.capitalised_word(name.end);
                    ctx.locative = !run_goes_on && !self.layout.in_headline(start);
                }
                Role::Name | Role::People => ctx.blocked = true,
                Role::Feature | Role::Generic | Role::Coordination => {}
            },
            None => ctx.after_name = self.capitalised_word(prev),
        }
        // A street or vessel word a few capitalised words back: `Jalan Jenderal Sudirman`.
        let mut i = prev;
        for _ in 0..STREET_REACH {
            let t = &self.tokens[i];
            let name_like = matches!(
                t.kind,
                TokenKind::Word | TokenKind::Abbreviation | TokenKind::Initial
            ) && is_capitalised(t.text(self.text));
            if !name_like || !self.layout.same_line(i, start) {
                break;
            }
            if self.role_at(i) == Some(Role::Name) {
                ctx.blocked = true;
                break;
            }
            if self.layout.word(i).is_some() || i == 0 {
                break;
            }
            i -= 1;
        }
        ctx
    }

    /// True when token `i` may be part of a name after a prefix or feature word.
    fn name_token(&self, i: usize) -> bool {
        self.capitalised_word(i) && matches!(self.role_at(i), None | Some(Role::Feature))
    }

    /// The end of the run of name tokens from `from` on the line of token `line`, at most
    /// [`MAX_OPEN_NAME`] long.
    fn name_run(&self, line: usize, from: usize) -> usize {
        let mut end = from;
        while end < self.tokens.len()
            && end - from < MAX_OPEN_NAME
            && self.layout.same_line(line, end)
            && !(end > line && self.layout.starts_sentence(end))
            && self.name_token(end)
        {
            end += 1;
        }
        end
    }

    fn push_open(&mut self, tokens: Range<usize>, level: Option<PlaceLevel>, ctx: Ctx) {
        let at = self.pool.len();
        self.pool.push(Choice::Open(level));
        self.cands.push(Candidate {
            tokens,
            choices: at..at + 1,
            all: at..at,
            key: NO_KEY,
            ctx,
            needs_support: 0,
            narrowed: true,
            output: Output::Place,
            skip: 0,
        });
    }

    /// Names no lexicon has, announced by a district or village prefix or a feature word.
    fn open_candidates(&mut self) {
        for i in 0..self.tokens.len() {
            let Some(w) = self.layout.word(i) else {
                continue;
            };
            let word = self.rec.words.get(w);
            let level = match (word.role, word.level) {
                (Role::Prefix, Some(l @ (PlaceLevel::District | PlaceLevel::Village))) => l,
                (Role::Feature, Some(l)) => l,
                _ => continue,
            };
            if self.layout.in_headline(i) {
                continue;
            }
            let end = self.name_run(i, i + 1);
            if end == i + 1 {
                continue;
            }
            if word.role == Role::Feature {
                let ctx = self.context(i..end);
                if !is_capitalised(self.word_text(i)) || ctx.after_name || ctx.blocked {
                    continue;
                }
                self.push_open(i..end, Some(level), ctx);
            } else {
                let ctx = Ctx {
                    prefix: Some(Some(level)),
                    ..Ctx::default()
                };
                self.push_open(i + 1..end, Some(level), ctx);
            }
        }
    }

    /// The dateline's first name (`Tana Paser –`) when no lexicon has it.
    fn dateline_candidate(&mut self) {
        let Some(first) = (0..self.tokens.len()).find(|&i| self.layout.in_dateline(i)) else {
            return;
        };
        let end = self.name_run(first, first);
        if end == first
            || end < self.tokens.len() && self.capitalised_word(end)
            || (first..end).any(|i| is_camel_case(self.word_text(i)))
            || self.word_text(first).chars().count() < 3
        {
            return;
        }
        let covered = self
            .cands
            .iter()
            .any(|c| c.tokens.start <= first && end <= c.tokens.end);
        if !covered {
            let ctx = Ctx {
                dateline: true,
                ..Ctx::default()
            };
            self.push_open(first..end, None, ctx);
        }
    }

    /// Applies the level a prefix or title gives and the ambiguity rules; marks districts
    /// that need the document's support and polity names; empties the readings of rejected
    /// candidates.
    fn accept(&mut self) {
        let senses = &self.rec.senses;
        let (text, tokens, layout) = (self.text, self.tokens, &self.layout);
        // Surface forms the text introduces with a prefix or a title (`Desa Tasik Serai`,
        // `Bupati Batang`): their other mentions need no context of their own.
        let introducing: Vec<bool> = self
            .cands
            .iter()
            .map(|c| {
                let fits = match c.ctx.prefix.or(c.ctx.title) {
                    Some(Some(level)) => self.pool[c.all.clone()].iter().any(
                        |ch| matches!(ch, Choice::Sense(id) if senses.get(*id).level == Some(level)),
                    ),
                    Some(None) => true,
                    None => false,
                };
                c.key != NO_KEY && !c.ctx.blocked && fits
            })
            .collect();
        let mut introductions: HashMap<usize, u32> = HashMap::new();
        for (c, &yes) in self.cands.iter().zip(&introducing) {
            if yes {
                *introductions.entry(c.key).or_default() += 1;
            }
        }
        let introduced: Vec<bool> = self
            .cands
            .iter()
            .zip(&introducing)
            .map(|(c, &own)| introductions.get(&c.key).copied().unwrap_or(0) > u32::from(own))
            .collect();
        // The last accepted place with context of its own: its end, context and region.
        let mut last: Option<(usize, Ctx, Option<u32>)> = None;
        let words = &self.rec.words;
        for (c, introduced) in self.cands.iter_mut().zip(introduced) {
            if c.ctx.blocked {
                c.choices.end = c.choices.start;
                continue;
            }
            if c.all.is_empty() {
                continue;
            }
            // A list item inherits the context of the item before it: `Kota Bogor, Depok dan
            // Bekasi`, `ke Bitung, Biak, dan Tual`; in an address going up the hierarchy
            // (`kecamatan Sumberjaya, Majalengka`) the place only, not the level.
            let own =
                c.ctx.prefix.is_some() || c.ctx.title.is_some() || c.ctx.locative || c.ctx.dateline;
            if let (false, Some((end, head, head_region))) = (own, last) {
                let s = c.tokens.start;
                if s >= 2
                    && end == s - 1
                    && layout.same_line(end, s)
                    && !layout.starts_sentence(s)
                    && words.is_coordination(tokens[s - 1].text(text))
                {
                    let address = head_region.is_some_and(|h| {
                        self.pool[c.choices.clone()].iter().any(|ch| {
                            matches!(ch, Choice::Sense(id)
                                if senses.get(*id).region.is_some_and(|r| r != h && senses.contains(r, h)))
                        })
                    });
                    if !address {
                        c.ctx.prefix = head.prefix;
                        c.ctx.title = head.title;
                    }
                    c.ctx.locative = true;
                    c.ctx.inherited = true;
                }
            }
            // A lone context word (`Kota`, `Pulau`) is not a place unless a prefix says so.
            if c.tokens.len() == 1
                && self.layout.word(c.tokens.start).is_some()
                && (c.ctx.prefix.is_none() || c.ctx.inherited)
            {
                c.choices.end = c.choices.start;
                continue;
            }
            let level_of = |ch: &Choice| match ch {
                Choice::Sense(id) => senses.get(*id).level,
                Choice::Open(l) => *l,
            };
            let mut prefix = c.ctx.prefix.is_some();
            let mut title = c.ctx.title.is_some();
            let mut loose = false;
            if let Some(Some(level)) = c.ctx.prefix.or(c.ctx.title) {
                let fits = self.pool[c.choices.clone()]
                    .iter()
                    .any(|ch| level_of(ch) == Some(level));
                if fits {
                    retain(&mut self.pool, &mut c.choices, |ch| {
                        level_of(ch) == Some(level)
                    });
                    c.narrowed = true;
                } else if c.ctx.prefix.is_some()
                    && !c.ctx.inherited
                    && matches!(level, PlaceLevel::District | PlaceLevel::Village)
                {
                    // `Desa Pringgabaya`: the open candidate of the prefix reads it.
                    c.choices.end = c.choices.start;
                    continue;
                } else {
                    // `Kota Tanjung Selor`: a loose word, evidence of a place but not of a
                    // level.
                    loose = true;
                    prefix = false;
                    title = false;
                }
            }
            let strong = prefix || c.ctx.dateline;
            let medium = strong || title || introduced;
            let weak = medium || c.ctx.locative || loose;
            let word_flags = Ambiguity::COMMON_WORD
                .union(Ambiguity::COMMON_PHRASE)
                .union(Ambiguity::ABBREVIATION);
            let after_name = c.ctx.after_name;
            retain(&mut self.pool, &mut c.choices, |ch| {
                let Choice::Sense(id) = ch else { return true };
                let s = senses.get(*id);
                if s.lenient_head && after_name {
                    return false;
                }
                if s.flags.contains(Ambiguity::PERSONAL_NAME) {
                    strong
                } else if has_any(s.flags, word_flags) {
                    weak
                } else {
                    true
                }
            });
            let choices = &self.pool[c.choices.clone()];
            if !choices.is_empty()
                && choices
                    .iter()
                    .all(|ch| matches!(ch, Choice::Sense(id) if senses.get(*id).polity))
            {
                c.output = Output::Blocker;
            }
            // Districts and villages named with no context need the document's support.
            let local = |ch: &Choice| match ch {
                Choice::Sense(id) => {
                    let s = senses.get(*id);
                    matches!(s.level, Some(PlaceLevel::District | PlaceLevel::Village))
                        && matches!(
                            s.kind,
                            SenseKind::Region | SenseKind::Alias | SenseKind::Village
                        )
                }
                Choice::Open(_) => false,
            };
            // A village is named with its prefix (`Desa Sukamaju`) or its district: with no
            // prefix, the other readings win, or the document must name its district.
            let village_named =
                introduced || prefix && c.ctx.prefix == Some(Some(PlaceLevel::Village));
            let is_village = |ch: &Choice| matches!(ch, Choice::Sense(id) if senses.get(*id).kind == SenseKind::Village);
            let villages_only = !choices.is_empty() && choices.iter().all(is_village);
            if !village_named && !villages_only {
                retain(&mut self.pool, &mut c.choices, |ch| !is_village(ch));
            }
            let choices = &self.pool[c.choices.clone()];
            let district_only = !choices.is_empty() && choices.iter().all(local);
            if district_only && (!weak || villages_only && !village_named) {
                // A district name with no context: not the head of a longer name (`Sebulu
                // Ilir`), and with more support after another name word (`Labuhan Bajo`) or
                // at the start of a sentence, where any word is capitalised.
                let (start, end) = (c.tokens.start, c.tokens.end);
                let name_at = |i: usize| {
                    layout.same_line(i, start)
                        && layout.word(i).is_none()
                        && tokens[i].kind == TokenKind::Word
                        && is_capitalised(tokens[i].text(text))
                };
                if end < tokens.len() && name_at(end) {
                    c.choices.end = c.choices.start;
                    continue;
                }
                let after_word =
                    start > 0 && name_at(start - 1) && !is_all_caps(tokens[start - 1].text(text));
                c.needs_support = if after_word || villages_only || layout.starts_sentence(start) {
                    3
                } else {
                    2
                };
            }
            let has_context =
                c.ctx.prefix.is_some() || c.ctx.title.is_some() || c.ctx.locative || c.ctx.dateline;
            if !c.choices.is_empty() && c.needs_support == 0 && has_context {
                let mut regions = self.pool[c.choices.clone()]
                    .iter()
                    .filter_map(|ch| match ch {
                        Choice::Sense(id) => senses.get(*id).region,
                        Choice::Open(_) => None,
                    });
                let region = match (regions.next(), regions.next()) {
                    (Some(r), None) => Some(r),
                    _ => None,
                };
                last = Some((c.tokens.end, c.ctx, region));
            }
        }
    }

    /// Finds the other mentions of names the text introduced with a prefix or feature word
    /// (`Desa Tasik Serai` … `BPD Tasik Serai`).
    fn repeat_open_names(&mut self) {
        // One model mention per distinct name (case-insensitive).
        let mut names: Vec<(Range<usize>, Choice)> = Vec::new();
        for c in &self.cands {
            if c.key != NO_KEY || c.choices.is_empty() {
                continue;
            }
            let seen = names
                .iter()
                .any(|(n, _)| self.same_words(n.clone(), c.tokens.start));
            if !seen && !c.tokens.is_empty() {
                names.push((c.tokens.clone(), self.pool[c.choices.start]));
            }
        }
        if names.is_empty() {
            return;
        }
        let mut taken = vec![false; self.tokens.len()];
        for c in &self.cands {
            if c.key == NO_KEY {
                taken[c.tokens.clone()].iter_mut().for_each(|t| *t = true);
            }
        }
        let mut i = 0;
        while i < self.tokens.len() {
            if taken[i] || !self.capitalised_word(i) {
                i += 1;
                continue;
            }
            let found = names.iter().find(|(name, _)| {
                let (len, end) = (name.len(), i + name.len());
                end <= self.tokens.len()
                    && self.same_words(name.clone(), i)
                    && (i..end).all(|j| self.capitalised_word(j) && self.layout.same_line(i, j))
                    // A one-word name must stand alone, not inside a longer name.
                    && (len > 1
                        || (end == self.tokens.len() || !self.capitalised_word(end))
                            && (i == 0
                                || !self.capitalised_word(i - 1)
                                || self.layout.word(i - 1).is_some()))
            });
            let Some((name, choice)) = found.cloned() else {
                i += 1;
                continue;
            };
            let tokens = i..i + name.len();
            let ctx = self.context(tokens.clone());
            if !ctx.blocked {
                let at = self.pool.len();
                self.pool.push(choice);
                self.cands.push(Candidate {
                    tokens: tokens.clone(),
                    choices: at..at + 1,
                    all: at..at,
                    key: NO_KEY,
                    ctx,
                    needs_support: 0,
                    narrowed: true,
                    output: Output::Place,
                    skip: 0,
                });
            }
            i = tokens.end;
        }
    }

    /// True when the tokens from `at` are written like the tokens of `name`
    /// (case-insensitive).
    fn same_words(&self, name: Range<usize>, at: usize) -> bool {
        !name.is_empty()
            && at + name.len() <= self.tokens.len()
            && name.enumerate().all(|(d, k)| {
                self.word_text(k)
                    .eq_ignore_ascii_case(self.word_text(at + d))
            })
    }

    /// Keeps the longest candidates, a lexicon candidate before an open one of the same span;
    /// returns the kept candidates in text order.
    fn resolve_overlaps(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.cands.len())
            .filter(|&i| !self.cands[i].choices.is_empty())
            .collect();
        order.sort_by_key(|&i| {
            let c = &self.cands[i];
            (
                std::cmp::Reverse(c.tokens.len()),
                c.all.is_empty(),
                c.tokens.start,
            )
        });
        let mut taken = vec![false; self.tokens.len()];
        let mut kept = Vec::new();
        for i in order {
            let r = self.cands[i].tokens.clone();
            if taken[r.clone()].iter().any(|&t| t) {
                continue;
            }
            taken[r].iter_mut().for_each(|t| *t = true);
            kept.push(i);
        }
        kept.sort_by_key(|&i| self.cands[i].tokens.start);
        kept
    }

    /// The entities of the kept candidates, their readings chosen with the document's help.
    fn entities(&self, kept: Vec<usize>) -> Vec<Entity> {
        let senses = &self.rec.senses;
        // Regions named unambiguously: the anchors that support other readings.
        let mut mentioned: Vec<u32> = Vec::new();
        for &i in &kept {
            let c = &self.cands[i];
            if c.needs_support > 0 || c.output != Output::Place {
                continue;
            }
            let mut regions = self.pool[c.choices.clone()]
                .iter()
                .filter_map(|ch| match ch {
                    Choice::Sense(id) => senses.get(*id).region,
                    Choice::Open(_) => None,
                });
            if let (Some(r), None) = (regions.next(), regions.next()) {
                if !mentioned.contains(&r) {
                    mentioned.push(r);
                }
            }
        }
        // Surface forms written in the right case, and the readings prefixed mentions settle.
        let mut well_written: HashSet<usize> = HashSet::new();
        let mut settled: HashMap<usize, Option<u32>> = HashMap::new();
        for &i in &kept {
            let c = &self.cands[i];
            if c.key == NO_KEY || c.output != Output::Place {
                continue;
            }
            well_written.insert(c.key);
            if let (true, [Choice::Sense(id)]) = (c.narrowed, &self.pool[c.choices.clone()]) {
                settled
                    .entry(c.key)
                    .and_modify(|s| {
                        if *s != Some(*id) {
                            *s = None;
                        }
                    })
                    .or_insert(Some(*id));
            }
        }
        let mut out = Vec::with_capacity(kept.len());
        for &i in &kept {
            let c = &self.cands[i];
            match c.output {
                Output::Place => {}
                Output::Blocker => continue,
                Output::Sloppy => {
                    if !well_written.contains(&c.key) {
                        continue;
                    }
                }
            }
            let choices = &self.pool[c.choices.clone()];
            if c.needs_support > 0
                && !choices.iter().any(|ch| match ch {
                    Choice::Sense(id) => self.support(*id, &mentioned).best >= c.needs_support,
                    Choice::Open(_) => false,
                })
            {
                continue;
            }
            let decision = self.choose(c, &settled, &mentioned);
            out.push(self.entity(c, decision));
        }
        out
    }

    /// How strongly the regions in `mentioned` support sense `id`. Each named region counts
    /// 3 when it is the sense's parent (for a village: its district), 2 when it is another
    /// ancestor or a descendant, 1 when it lies in the same province.
    fn support(&self, id: u32, mentioned: &[u32]) -> Support {
        let senses = &self.rec.senses;
        let s = senses.get(id);
        let relation = |r: u32, m: u32, village: bool| -> u8 {
            if village && m == r || !village && senses.region(r).parent == Some(m) {
                3
            } else if m != r && (senses.contains(m, r) || !village && senses.contains(r, m)) {
                2
            } else if m != r && senses.province(m) == senses.province(r) {
                1
            } else {
                0
            }
        };
        let of = |r: u32, village: bool, cap: u8| {
            mentioned.iter().fold(Support::default(), |acc, &m| {
                let w = relation(r, m, village).min(cap);
                Support {
                    best: acc.best.max(w),
                    total: acc.total.saturating_add(u16::from(w)),
                }
            })
        };
        match (s.kind, s.region) {
            (SenseKind::Village, Some(d)) => of(d, true, 3),
            (_, Some(r)) => of(r, false, 3),
            (SenseKind::Geo, None) => s
                .within
                .iter()
                .map(|&r| of(r, false, 2))
                .max()
                .unwrap_or_default(),
            _ => Support::default(),
        }
    }

    /// Picks the reading of candidate `c`.
    fn choose(
        &self,
        c: &Candidate,
        settled: &HashMap<usize, Option<u32>>,
        mentioned: &[u32],
    ) -> Decision {
        let senses = &self.rec.senses;
        let choices = &self.pool[c.choices.clone()];
        let ids: Vec<u32> = choices
            .iter()
            .filter_map(|ch| match ch {
                Choice::Sense(id) => Some(*id),
                Choice::Open(_) => None,
            })
            .collect();
        if ids.is_empty() {
            let level = match choices.first() {
                Some(Choice::Open(l)) => *l,
                _ => None,
            };
            return Decision::Open(level);
        }
        if ids.len() == 1 {
            return Decision::One(ids[0]);
        }
        // A prefixed mention of the same surface form elsewhere settled it.
        if let Some(Some(id)) = settled.get(&c.key) {
            if !c.narrowed && ids.contains(id) {
                return Decision::One(*id);
            }
        }
        // A region of its own (province, regency, city, town) over an island or country of
        // the same name (`Maluku`, `Bintan`).
        let mut ids = ids;
        if ids.iter().any(|&id| rank(senses.get(id)) >= REGION_RANK) {
            ids.retain(|&id| !matches!(senses.get(id).kind, SenseKind::Geo | SenseKind::Country));
        }
        // The strongest support by the document's other places, then the highest rank
        // (regions over countries over geographic names over districts over villages), then
        // the most support.
        let keyed: Vec<(u32, (u8, u8, u16))> = ids
            .iter()
            .map(|&id| {
                let s = self.support(id, mentioned);
                (id, (s.best, rank(senses.get(id)), s.total))
            })
            .collect();
        let top = keyed.iter().map(|(_, k)| *k).max().unwrap_or_default();
        let mut best: Vec<u32> = keyed
            .into_iter()
            .filter(|(_, k)| *k == top)
            .map(|(id, _)| id)
            .collect();
        // Two names of one region (an alias and the decree name) are one reading; two regions
        // stay ambiguous (Kota and Kabupaten Bogor; the province and the city of Jambi).
        best.sort_by_key(|id| senses.get(*id).region.map_or(u32::MAX - *id, |r| r));
        best.dedup_by_key(|id| senses.get(*id).region.map_or(u32::MAX - *id, |r| r));
        if best.len() == 1 {
            Decision::One(best[0])
        } else {
            Decision::Ambiguous(best)
        }
    }

    /// The entity of candidate `c` read as `decision`.
    fn entity(&self, c: &Candidate, decision: Decision) -> Entity {
        let senses = &self.rec.senses;
        let mut span = self.tokens[c.tokens.start]
            .span
            .cover(&self.tokens[c.tokens.end - 1].span);
        // `se-` is ASCII: as many chars as bytes.
        span.start += c.skip;
        span.char_start += c.skip;
        let written = &self.text[span.range()];
        let place = match decision {
            Decision::One(id) => {
                let s = senses.get(id);
                Place {
                    name: s.name.to_string(),
                    code: senses.code(s).map(str::to_string),
                    level: s.level,
                    candidates: Vec::new(),
                }
            }
            Decision::Open(level) => Place {
                name: collapse_spaces(written),
                code: None,
                level,
                candidates: Vec::new(),
            },
            Decision::Ambiguous(ids) => {
                let mut candidates: Vec<PlaceCandidate> = ids
                    .iter()
                    .filter_map(|&id| {
                        let s = senses.get(id);
                        let r = senses.region(s.region?);
                        let village = s.kind == SenseKind::Village;
                        Some(PlaceCandidate {
                            name: if village { &*s.name } else { &*r.name }.to_string(),
                            code: senses.code(s)?.to_string(),
                            level: s.level.unwrap_or(r.level),
                        })
                    })
                    .collect();
                if candidates.len() > MAX_CANDIDATES {
                    candidates.clear();
                }
                candidates.sort_by(|a, b| a.code.cmp(&b.code));
                candidates.dedup_by(|a, b| a.code == b.code);
                let first = senses.get(ids[0]);
                let same_name = ids.iter().all(|&id| senses.get(id).name == first.name);
                let same_level = ids.iter().all(|&id| senses.get(id).level == first.level);
                Place {
                    name: if same_name {
                        first.name.to_string()
                    } else {
                        collapse_spaces(written)
                    },
                    code: None,
                    level: if same_level { first.level } else { None },
                    candidates,
                }
            }
        };
        let mention = Mention {
            text: written.to_string(),
            span,
        };
        Entity {
            data: EntityData::Place(place),
            text: mention.text.clone(),
            span,
            mentions: vec![mention],
        }
    }
}

/// How much the document's other places support a reading (see [`Doc::support`]).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
struct Support {
    /// The strongest relation: 3 parent, 2 other ancestor or descendant, 1 same province.
    best: u8,
    /// The sum of all relations.
    total: u16,
}

/// The reading chosen for a candidate.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Decision {
    /// One lexicon sense.
    One(u32),
    /// A name no lexicon has.
    Open(Option<PlaceLevel>),
    /// Several senses, equally good.
    Ambiguous(Vec<u32>),
}

/// The rank of provinces, regencies, cities and towns.
const REGION_RANK: u8 = 4;

/// How a bare name's readings rank.
fn rank(s: &senses::Sense) -> u8 {
    match (s.kind, s.level) {
        (SenseKind::Country, _) => 3,
        (SenseKind::Geo, _) => 2,
        (_, Some(PlaceLevel::District)) => 1,
        (_, Some(PlaceLevel::Village)) => 0,
        _ => REGION_RANK,
    }
}

/// True when `flags` has any flag of `any`.
fn has_any(flags: Ambiguity, any: Ambiguity) -> bool {
    [
        Ambiguity::COMMON_WORD,
        Ambiguity::COMMON_PHRASE,
        Ambiguity::DICTIONARY_WORD,
        Ambiguity::PERSONAL_NAME,
        Ambiguity::ABBREVIATION,
        Ambiguity::DEMONYM,
    ]
    .into_iter()
    .any(|f| any.contains(f) && flags.contains(f))
}

/// Keeps the choices of `range` in `pool` that pass `keep`, shrinking the range in place.
fn retain(pool: &mut [Choice], range: &mut Range<usize>, keep: impl Fn(&Choice) -> bool) {
    let mut w = range.start;
    for r in range.clone() {
        if keep(&pool[r]) {
            pool[w] = pool[r];
            w += 1;
        }
    }
    range.end = w;
}

/// True for a word with a capital after a small letter (`MuriaNewsCom`): a brand, not a
/// place name.
fn is_camel_case(word: &str) -> bool {
    let mut lower = false;
    for c in word.chars() {
        if c.is_uppercase() && lower {
            return true;
        }
        lower = c.is_lowercase();
    }
    false
}

/// `s` with each run of white space as one space.
fn collapse_spaces(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use super::*;
    use crate::lexicon::{LexiconKind, LexiconText};
    use crate::recognize::gazetteer::Gazetteer;
    use crate::text::Tokenizer;

    fn setup() -> &'static (Tokenizer, PlaceRecognizer, Gazetteer) {
        static SETUP: OnceLock<(Tokenizer, PlaceRecognizer, Gazetteer)> = OnceLock::new();
        SETUP.get_or_init(|| {
            let b = |k| vec![LexiconText::builtin(k)];
            let rec = PlaceRecognizer::from_lexicons(&PlaceLexicons {
                regions: b(LexiconKind::Regions),
                aliases: [
                    b(LexiconKind::RegionAliases),
                    b(LexiconKind::RegionAliasesCurated),
                ]
                .concat(),
                countries: b(LexiconKind::Countries),
                geo: b(LexiconKind::GeoNames),
                ambiguity: b(LexiconKind::PlaceAmbiguity),
                context: b(LexiconKind::PlaceContext),
                villages: None,
            })
            .unwrap();
            let tok = Tokenizer::builtin();
            let mut g = GazetteerBuilder::new(&tok);
            rec.register(&mut g);
            let g = g.build().unwrap();
            (tok, rec, g)
        })
    }

    /// (text, code) of every place mention of `text`.
    fn run(text: &str) -> Vec<(String, Option<String>)> {
        let (tok, rec, g) = setup();
        let a = tok.analyze(text);
        let scan = g.scan(text, &a.tokens);
        rec.recognize(text, &a.tokens, &a.sentences, &scan)
            .into_iter()
            .map(|e| match e.data {
                EntityData::Place(p) => (e.text, p.code),
                _ => unreachable!("places only"),
            })
            .collect()
    }

    fn texts(text: &str) -> Vec<String> {
        run(text).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn a_lone_context_word_is_no_place() {
        assert!(texts("Mereka kembali ke Kota setelah rapat.").is_empty());
        assert!(texts("Warga menyeberang ke Pulau dengan perahu.").is_empty());
    }

    #[test]
    fn a_polity_name_hides_the_country_inside_it() {
        assert!(texts("Kita menjaga Negara Kesatuan Republik Indonesia bersama.").is_empty());
        assert_eq!(texts("Investor datang ke Indonesia."), ["Indonesia"]);
    }

    #[test]
    fn a_miscased_name_counts_only_when_written_well_elsewhere() {
        assert!(texts("Angka stunting di Aceh timur turun.").is_empty());
        assert_eq!(
            texts("Pemkab Aceh Timur bekerja keras. Angka stunting di Aceh timur turun."),
            ["Aceh Timur", "Aceh timur"]
        );
    }

    #[test]
    fn a_name_introduced_by_a_village_word_is_found_again() {
        assert_eq!(
            texts("Warga Desa Tasik Contoh menerima bantuan. Ketua BPD Tasik Contoh Budi hadir."),
            ["Tasik Contoh", "Tasik Contoh"]
        );
    }

    #[test]
    fn programme_words_make_no_village() {
        assert!(texts("Program Kampung KB dan Desa Wisata berjalan baik.").is_empty());
        assert!(texts("Sistem informasi berbasis Kampung Adat diluncurkan.").is_empty());
    }

    #[test]
    fn a_feature_name_after_another_name_is_part_of_it() {
        assert_eq!(
            texts("Menteri meninjau PT Peduli Laut Maluku di Ambon."),
            ["Maluku", "Ambon"]
        );
        assert_eq!(texts("Nelayan melaut di Laut Maluku."), ["Laut Maluku"]);
    }

    #[test]
    fn a_locative_covers_only_a_name_that_ends_there() {
        // `Balai` is a district flagged as a common word; `di Balai Kota` is the city hall.
        assert_eq!(
            texts("Rapat digelar di Balai Kota Samarinda."),
            ["Samarinda"]
        );
    }

    #[test]
    fn a_bare_district_needs_its_region_in_the_document() {
        assert!(texts("Korban berasal dari keluarga Terara yang tinggal di sana.").is_empty());
        assert_eq!(
            run("Korban berasal dari keluarga Terara, Lombok Timur."),
            [
                ("Terara".to_string(), Some("52.03.03".to_string())),
                ("Lombok Timur".to_string(), Some("52.03".to_string())),
            ]
        );
        // At the start of a sentence a capitalised word proves little: the province is not
        // enough, the regency is.
        assert_eq!(
            texts("Warga NTB berkumpul. Terara menjadi lokasi acara."),
            ["NTB"]
        );
        assert_eq!(
            texts("Warga Lombok Timur berkumpul. Terara menjadi lokasi acara."),
            ["Lombok Timur", "Terara"]
        );
    }

    #[test]
    fn a_headline_locative_is_no_context() {
        assert!(texts("Petani Panen Raya Di Batang Hari Ini").is_empty());
        assert_eq!(texts("Petani panen raya di Batang, Senin."), ["Batang"]);
    }

    #[test]
    fn helpers() {
        assert!(is_camel_case("MuriaNewsCom"));
        assert!(!is_camel_case("SAMARINDA"));
        assert!(!is_camel_case("Samarinda"));
        assert_eq!(collapse_spaces(" Tana \n Contoh "), "Tana Contoh");
        let mut pool = [
            Choice::Open(None),
            Choice::Sense(1),
            Choice::Sense(2),
            Choice::Sense(3),
        ];
        let mut r = 1..4;
        retain(&mut pool, &mut r, |c| *c != Choice::Sense(2));
        assert_eq!(r, 1..3);
        assert_eq!(pool[1..3], [Choice::Sense(1), Choice::Sense(3)]);
        assert!(has_any(
            Ambiguity::COMMON_WORD.union(Ambiguity::DEMONYM),
            Ambiguity::DEMONYM
        ));
        assert!(!has_any(Ambiguity::COMMON_WORD, Ambiguity::DEMONYM));
    }
}
