//! Candidates in one text: dictionary matches with their context, names announced by a
//! prefix or feature word, the dateline's name, the rules that accept or reject them, and
//! the longest-match choice among overlapping ones.

use std::ops::Range;

use crate::document::PlaceLevel;
use crate::lexicon::places::{Ambiguity, WordClass};
use crate::recognize::gazetteer::{Scan, WordClass as ScanClass};

use super::context::{is_all_caps, is_all_caps_token, is_capitalised, Role};
use super::senses::{case_ok, SenseKind};
use super::{
    Candidate, Choice, Ctx, Doc, Output, MAX_OPEN_NAME, MAX_STREET_NAME, NO_KEY, SE, STREET_REACH,
};
use crate::text::{facts, TokenKind};

/// The facts of a word whose first character is a capital.
pub(super) const CAPITALISED_WORD: u8 = facts::WORD | facts::CAPITAL;

/// Most items a list after a prefixed name may add.
const MAX_LIST: usize = 8;

/// Most capitalised words (its rank: `Raya`, `Agung`, `Jami`) between a place of worship's
/// word and the building's own name.
const MAX_BUILDING_RANK: usize = 2;

impl Doc<'_> {
    fn word_text(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }

    fn role_at(&self, i: usize) -> Option<Role> {
        self.layout.word(i).map(|w| self.rec.words.get(w).role)
    }

    /// True when token `i` is a capitalised word.
    pub(super) fn capitalised_word(&self, i: usize) -> bool {
        // Read from the token's facts: a word whose first character is a capital.
        self.facts[i] & CAPITALISED_WORD == CAPITALISED_WORD
    }

    /// Candidates from the dictionary matches `named` (indices of the scan's matches that
    /// have a place reading), with the senses written in the right case.
    pub(super) fn lexicon_candidates(&mut self, scan: &Scan, named: &[usize]) {
        let senses = &self.rec.senses;
        for &k in named {
            let (m, entries) = &scan.matches[k];
            let ids = entries.iter().filter_map(|&e| senses.of(e));
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
            let mut ctx = if skip > 0 {
                // `se-Kaltim` says it is a place, whatever stands before it.
                Ctx {
                    locative: true,
                    ..Ctx::default()
                }
            } else {
                self.context(m.tokens.clone())
            };
            // A place opening a national institution's name or short form, before more
            // capitalised words of it, is a word of that name (`Krakatau Steel`, `Jawa Pos`).
            let (s, e) = (m.tokens.start, m.tokens.end);
            ctx.blocked |= e < self.tokens.len()
                && self.capitalised_word(e)
                && self
                    .scratch
                    .brands
                    .iter()
                    .any(|b| b.start == s && b.end > e);
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
    pub(super) fn context(&self, name: Range<usize>) -> Ctx {
        let start = name.start;
        let mut ctx = Ctx {
            dateline: self.layout.in_dateline(start),
            blocked: self.layout.inside_outlet(&name),
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
                // A capitalised locative or building word inside a name (`Balai Wilayah
                // Sungai Sumatera II`, `Kantor Wilayah`, `PT Angkasa Pura Indonesia`) is part
                // of that name: what follows is no place of its own.
                Role::Locative | Role::Generic | Role::Building
                    if prev > 0
                        && is_capitalised(self.word_text(prev))
                        && !self.layout.starts_sentence(prev)
                        && self.layout.same_line(prev - 1, start)
                        && self.layout.word(prev - 1).is_none()
                        && self.capitalised_word(prev - 1) =>
                {
                    ctx.after_name = true;
                }
                Role::Locative | Role::Facility => {
                    let run_goes_on = name.end < self.tokens.len()
                        && self.layout.same_line(start, name.end)
                        && self.capitalised_word(name.end);
                    ctx.locative = !run_goes_on && !self.layout.in_headline(start);
                    ctx.facility = ctx.locative && w.role == Role::Facility;
                }
                Role::Name | Role::People => ctx.blocked = true,
                // A word of the name before (`Pengadilan Negeri Ambon`), as any word that is
                // no context word.
                Role::NounPrefix => ctx.after_name = self.capitalised_word(prev),
                Role::Feature
                | Role::Generic
                | Role::Building
                | Role::Coordination
                | Role::National => {}
            },
            None => ctx.after_name = self.capitalised_word(prev),
        }
        ctx.building = self.after_building(start);
        // A street or vessel word a few capitalised words back: `Jalan Jenderal Sudirman`.
        let mut i = prev;
        for _ in 0..STREET_REACH {
            let t = &self.tokens[i];
            let name_like = matches!(
                t.kind,
                TokenKind::Word | TokenKind::Abbreviation | TokenKind::Initial
            ) && self.facts[i] & facts::CAPITAL != 0;
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

    /// Whether the name at `start` follows a place of worship's word that heads a name, with
    /// at most [`MAX_BUILDING_RANK`] capitalised words between them (`Masjid Raya
    /// Baiturrahman`, `Vihara Dharma Ratna`): the building's own name.
    fn after_building(&self, start: usize) -> bool {
        let mut i = start;
        for _ in 0..=MAX_BUILDING_RANK {
            if i == 0 || !self.layout.same_line(i - 1, start) {
                return false;
            }
            i -= 1;
            match self.role_at(i) {
                // The word heads the name: not a word of another name (`PT Angkasa Pura`).
                Some(Role::Building) => {
                    return i == 0
                        || self.layout.starts_sentence(i)
                        || !self.layout.same_line(i - 1, i)
                        || !self.capitalised_word(i - 1);
                }
                None if self.capitalised_word(i) => {}
                _ => return false,
            }
        }
        false
    }

    /// True when token `i` may be part of a name after a prefix or feature word: a
    /// capitalised word that is no context word but a feature, nor a rank.
    fn name_token(&self, i: usize) -> bool {
        self.capitalised_word(i)
            && matches!(self.role_at(i), None | Some(Role::Feature))
            && self.scan.is(i, ScanClass::Rank) != Some(true)
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

    /// True when the capitalised words `rest` after a village's name that a village word
    /// introduced may be a person's name rather than more of the village's: when they open
    /// with a given name or are two words or more (`Kepala Desa Pringgasela Selatan Lalu
    /// Ahmad`). A single other word after a known village's name is the rest of a longer name
    /// the lexicon spells otherwise or not at all (`Desa Tenganan Pegringsingan`, not the
    /// village Tenganan and a word); a one-word name after a title's village (`Kepala Desa
    /// Sukamaju Suparman`) is the people recogniser's, whose name drops the place.
    fn name_may_follow(&self, rest: Range<usize>) -> bool {
        rest.len() > 1 || self.scan.is(rest.start, ScanClass::GivenName) == Some(true)
    }

    /// Names no lexicon has, announced by a district or village prefix or a feature word.
    pub(super) fn open_candidates(&mut self) {
        // Only context words open names: the layout lists them.
        let mut k = 0;
        while let Some(i) = self.layout.word_token(k) {
            k += 1;
            let Some(w) = self.layout.word(i) else {
                continue;
            };
            let word = self.rec.words.get(w);
            let level = match (word.role, word.level) {
                (Role::Prefix, Some(l @ (PlaceLevel::District | PlaceLevel::Village))) => l,
                (Role::NounPrefix, Some(l @ (PlaceLevel::District | PlaceLevel::Village)))
                    if is_capitalised(self.word_text(i))
                        && (i == 0
                            || self.layout.starts_sentence(i)
                            || !self.capitalised_word(i - 1)) =>
                {
                    l
                }
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
                // A Roman numeral after a feature name numbers an office's region (`Balai
                // Wilayah Sungai Nusa Tenggara I`), it is no part of the place; nor is a
                // short form after it (`APBD Kabupaten Pulau Morotai TA 2026`).
                let mut end = end;
                while end > i + 2
                    && (is_roman_numeral(self.word_text(end - 1))
                        || self.word_text(end - 1).len() >= 2
                            && is_all_caps_token(self.facts[end - 1], self.word_text(end - 1)))
                {
                    end -= 1;
                }
                let ctx = self.context(i..end);
                if !is_capitalised(self.word_text(i)) || ctx.after_name || ctx.blocked {
                    continue;
                }
                self.push_open(i..end, Some(level), ctx);
                self.open_list(i, end, level, ctx);
            } else {
                // A village word inside a cooperative's or street's name (`Koperasi Desa
                // Merah Putih`, `Jalan Desa`) opens no village.
                // (Also the second of two village words joined by a slash: `Koperasi
                // Desa/Kelurahan Merah Putih`.)
                let first = if i >= 2
                    && self.word_text(i - 1) == "/"
                    && self.role_at(i - 2) == Some(Role::Prefix)
                {
                    i - 2
                } else {
                    i
                };
                if first > 0
                    && self.layout.same_line(first - 1, i)
                    && self.role_at(first - 1) == Some(Role::Name)
                {
                    continue;
                }
                let ctx = Ctx {
                    prefix: Some(Some(level)),
                    ..Ctx::default()
                };
                // The village's name, not the person's name after it.
                let end = match level {
                    PlaceLevel::Village => super::villages::village_head_end(
                        self.rec.villages.as_ref(),
                        self.text,
                        self.tokens,
                        i + 1..end,
                    )
                    .filter(|&head| self.name_may_follow(head..end))
                    .unwrap_or(end),
                    _ => end,
                };
                self.push_open(i + 1..end, Some(level), ctx);
                self.open_list(i, end, level, ctx);
            }
        }
    }

    /// The other items of a list the name before `end` opens (`Kelurahan Cipinang, Rawa
    /// Terate dan Jatinegara Kaum`, `Pulau Lepar dan Pongok`): names of the same level, when
    /// the list closes with a conjunction and nothing capitalised follows its last item (not
    /// `Desa Sukamaju, Budi Santoso, mengatakan`). `line` is the prefix or feature word.
    fn open_list(&mut self, line: usize, end: usize, level: PlaceLevel, ctx: Ctx) {
        let n = self.tokens.len();
        let (mut k, mut items, mut closed) = (end, 0, false);
        let start = self.cands.len();
        while k < n && items < MAX_LIST && self.layout.same_line(line, k) {
            let sep = self.word_text(k);
            if !self.rec.words.is_coordination(sep) {
                break;
            }
            let mut s = k + 1;
            let mut conj = sep != ",";
            if !conj
                && s < n
                && self.word_text(s) != ","
                && self.rec.words.is_coordination(self.word_text(s))
            {
                s += 1;
                conj = true;
            }
            let e = self.name_run(line, s);
            if e == s {
                break;
            }
            let ctx = Ctx {
                inherited: true,
                ..ctx
            };
            self.push_open(s..e, Some(level), ctx);
            items += 1;
            k = e;
            if conj {
                closed = true;
                break;
            }
        }
        let open_end = k < n && self.layout.same_line(line, k) && self.capitalised_word(k);
        if !closed || open_end {
            self.cands.truncate(start);
        }
    }

    /// The dateline's first name (`Tana Paser –`) when no lexicon has it.
    pub(super) fn dateline_candidate(&mut self) {
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

    /// In an address, the area between the street and a known place (`Jalan Dr. Soetomo,
    /// Pasar Baru, Jakarta Pusat`): a place no lexicon need have.
    pub(super) fn address_candidates(&mut self) {
        let n = self.tokens.len();
        let mut found = Vec::new();
        // A street word is a context word: the layout lists them.
        for i in self.layout.word_tokens() {
            if self.role_at(i) != Some(Role::Name) || !is_capitalised(self.word_text(i)) {
                continue;
            }
            // The street's own name and number, up to the comma.
            let mut j = i + 1;
            while j < n
                && j - i <= MAX_STREET_NAME
                && self.layout.same_line(i, j)
                && self.word_text(j) != ","
                && (matches!(
                    self.tokens[j].kind,
                    TokenKind::Abbreviation | TokenKind::Initial | TokenKind::Number
                ) || self.capitalised_word(j))
            {
                j += 1;
            }
            if j == i + 1 || j >= n || self.word_text(j) != "," {
                continue;
            }
            let end = self.name_run(j, j + 1);
            let known_next = end + 1 < n
                && self.word_text(end) == ","
                && self.layout.same_line(j, end + 1)
                && self.cands.iter().any(|c| {
                    c.tokens.start == end + 1 && c.key != NO_KEY && c.output == Output::Place
                });
            if end > j + 1 && known_next {
                found.push(j + 1..end);
            }
        }
        for tokens in found {
            // A lexicon name there (a district, a village) is read in the address's context;
            // else the area is a place of its own.
            let mut known = false;
            for c in self.cands.iter_mut() {
                if c.key != NO_KEY && c.tokens == tokens {
                    c.ctx.locative = true;
                    c.ctx.address = true;
                    known = true;
                }
            }
            let covered = self.cands.iter().any(|c| {
                c.key != NO_KEY && c.tokens.start <= tokens.start && tokens.end <= c.tokens.end
            });
            if !known && !covered {
                let ctx = Ctx {
                    locative: true,
                    address: true,
                    ..Ctx::default()
                };
                self.push_open(tokens, None, ctx);
            }
        }
    }

    /// Applies the level a prefix or title gives and the ambiguity rules; marks districts
    /// that need the document's support and polity names; empties the readings of rejected
    /// candidates.
    pub(super) fn accept(&mut self) {
        let senses = &self.rec.senses;
        let (text, tokens, layout) = (self.text, self.tokens, &self.layout);
        // Surface forms the text introduces with a prefix or a title (`Desa Tasik Serai`,
        // `Bupati Batang`): their other mentions need no context of their own.
        let mut introducing = std::mem::take(&mut self.scratch.introducing);
        introducing.clear();
        introducing.extend(self.cands.iter().map(|c| {
            let fits = match c.ctx.prefix.or(c.ctx.title) {
                Some(Some(level)) => self.pool[c.all.clone()].iter().any(
                    |ch| matches!(ch, Choice::Sense(id) if senses.get(*id).level == Some(level)),
                ),
                Some(None) => true,
                None => false,
            };
            c.key != NO_KEY && !c.ctx.blocked && fits
        }));
        let mut introductions = std::mem::take(&mut self.scratch.introductions);
        introductions.clear();
        for (c, &yes) in self.cands.iter().zip(&introducing) {
            if yes {
                *introductions.entry(c.key).or_default() += 1;
            }
        }
        let mut introduced = std::mem::take(&mut self.scratch.introduced);
        introduced.clear();
        introduced.extend(
            self.cands
                .iter()
                .zip(&introducing)
                .map(|(c, &own)| introductions.get(&c.key).copied().unwrap_or(0) > u32::from(own)),
        );
        self.scratch.introducing = introducing;
        self.scratch.introductions = introductions;
        // The surface forms written somewhere with context of their own.
        let mut placed = std::mem::take(&mut self.scratch.placed);
        placed.clear();
        placed.extend(
            (self.cands.iter())
                .filter(|c| {
                    c.key != NO_KEY
                        && !c.ctx.blocked
                        && (c.ctx.prefix.is_some()
                            || c.ctx.title.is_some()
                            || c.ctx.locative
                            || c.ctx.dateline)
                })
                .map(|c| c.key),
        );
        // The spans and levels of the open list items (`open_list`).
        let listed: Vec<(Range<usize>, Option<PlaceLevel>)> = self
            .cands
            .iter()
            .filter(|c| c.key == NO_KEY && c.ctx.inherited)
            .map(|c| {
                let level = match self.pool.get(c.choices.start) {
                    Some(Choice::Open(l)) => *l,
                    _ => None,
                };
                (c.tokens.clone(), level)
            })
            .collect();
        let mut list_provinces = std::mem::take(&mut self.scratch.listed);
        let mut anchored = std::mem::take(&mut self.scratch.anchored);
        let mut in_list = std::mem::take(&mut self.scratch.in_list);
        self.list_provinces(&mut list_provinces, &mut anchored, &mut in_list);
        self.scratch.anchored = anchored;
        self.scratch.in_list = in_list;
        let senses = &self.rec.senses;
        // The last accepted place with context of its own: its end, context and region.
        let mut last: Option<(usize, Ctx, Option<u32>)> = None;
        let words = &self.rec.words;
        // A capitalised word right after tokens `r`, on their line.
        let word_follows = |r: &Range<usize>| {
            r.end < tokens.len()
                && layout.same_line(r.start, r.end)
                && tokens[r.end].kind == TokenKind::Word
                && is_capitalised(tokens[r.end].text(text))
        };
        for ((c, &introduced), &list_province) in
            self.cands.iter_mut().zip(&introduced).zip(&list_provinces)
        {
            if c.ctx.blocked {
                c.choices.end = c.choices.start;
                continue;
            }
            if c.all.is_empty() {
                continue;
            }
            // A list item inherits the context of the item before it: `Kota Bogor, Depok dan
            // Bekasi`, `ke Bitung, Biak, dan Tual`; in an address going up the hierarchy
            // (`kecamatan Sumberjaya, Majalengka`) the place only, not the level. A word
            // followed by a capitalised word is no item but the start of another name
            // (`Kota Gorontalo, Ibu Nurhayati`).
            let own =
                c.ctx.prefix.is_some() || c.ctx.title.is_some() || c.ctx.locative || c.ctx.dateline;
            if let (false, Some((end, head, head_region))) = (own, last) {
                let s = c.tokens.start;
                let name_follows = word_follows(&c.tokens);
                if s >= 2
                    && end == s - 1
                    && layout.same_line(end, s)
                    && !layout.starts_sentence(s)
                    && words.is_coordination(tokens[s - 1].text(text))
                    && !name_follows
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
            // A list item after a village or district word (`Desa Kuta, Sengkol dan
            // Sukadana`) with no reading of that level and no context of its own: the open
            // candidate of the list reads it.
            let own_context = c.ctx.prefix.is_some() && !c.ctx.inherited || c.ctx.title.is_some();
            let item_level = listed
                .iter()
                .find(|(r, _)| *r == c.tokens)
                .and_then(|(_, l)| *l);
            if let (false, Some(l @ (PlaceLevel::District | PlaceLevel::Village))) =
                (own_context, item_level)
            {
                let fits = self.pool[c.choices.clone()].iter().any(|ch| match ch {
                    Choice::Sense(id) => senses.get(*id).level == Some(l),
                    Choice::Open(level) => *level == Some(l),
                });
                if !fits {
                    c.choices.end = c.choices.start;
                    continue;
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
            // A title naming the level of the reading (`Bupati Samosir`) is as good as a prefix.
            let mut title_fits = false;
            if let Some(Some(level)) = c.ctx.prefix.or(c.ctx.title) {
                let fits = self.pool[c.choices.clone()]
                    .iter()
                    .any(|ch| level_of(ch) == Some(level));
                if fits {
                    retain(self.pool, &mut c.choices, |ch| level_of(ch) == Some(level));
                    c.narrowed = true;
                    title_fits = title && !c.ctx.inherited;
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
            let strong = prefix || title_fits || c.ctx.dateline;
            // A name introduced elsewhere, unless it opens a sentence (`Kota Batu` … `Batu bara
            // dan timah …`) or heads a longer village name outside a headline (`Distrik Prafi`
            // … `Prafi Mulya`).
            let heads_name = {
                let (s, e) = (c.tokens.start, c.tokens.end);
                introduced
                    && word_follows(&c.tokens)
                    && !layout.in_headline(s)
                    && layout.word(e).is_none()
                    && super::villages::heads_village(
                        self.rec.villages.as_ref(),
                        text,
                        tokens,
                        layout,
                        s..e,
                    )
            };
            let introduced = introduced && !layout.starts_sentence(c.tokens.start) && !heads_name;
            let medium = strong || title || introduced;
            let weak = medium || c.ctx.locative || loose;
            let word_flags = Ambiguity::COMMON_WORD
                .union(Ambiguity::COMMON_PHRASE)
                .union(Ambiguity::ABBREVIATION);
            let after_name = c.ctx.after_name;
            retain(self.pool, &mut c.choices, |ch| {
                let Choice::Sense(id) = ch else { return true };
                let s = senses.get(*id);
                if s.lenient_head && after_name {
                    return false;
                }
                // a regency or city listed among unambiguous ones of its province
                // (`Toba, Samosir, Simalungun, Karo dan Dairi`)
                let in_list = list_province.is_some_and(|p| list_parent(senses, s) == Some(p));
                if s.flags.contains(Ambiguity::PERSONAL_NAME) {
                    strong || in_list
                } else if s.flags.intersects(word_flags) {
                    weak || in_list
                } else {
                    true
                }
            });
            let choices = &self.pool[c.choices.clone()];
            // A state's formal name (`Republik Indonesia`), and the country's own name ending
            // a national body's (`Bank Indonesia`, `Palang Merah Indonesia`).
            let national = || {
                c.ctx.after_name
                    && c.tokens.len() == 1
                    && words.is_national(tokens[c.tokens.start].text(text))
            };
            if !choices.is_empty()
                && (choices
                    .iter()
                    .all(|ch| matches!(ch, Choice::Sense(id) if senses.get(*id).polity))
                    || national())
            {
                c.output = Output::Blocker;
            }
            // Districts named with no context need the document's support.
            let local = |ch: &Choice| match ch {
                Choice::Sense(id) => {
                    let s = senses.get(*id);
                    s.level == Some(PlaceLevel::District)
                        && matches!(s.kind, SenseKind::Region | SenseKind::Alias)
                }
                Choice::Open(_) => false,
            };
            let choices = &self.pool[c.choices.clone()];
            let district_only = !choices.is_empty() && choices.iter().all(local);
            // A district's name after a place of worship's word is the building's own name
            // (`Masjid Raya Baiturrahman`); a region's places the building.
            if district_only && c.ctx.building {
                c.choices.end = c.choices.start;
                continue;
            }
            // after a facility word alone a district still needs its region named; so does one
            // whose name is a phrase of ordinary words, after a locative alone (`sekitar Pasar
            // Minggu`: a market of that name anywhere)
            let facility_only = c.ctx.facility && !medium && !c.ctx.inherited;
            let wordish_only = !medium
                && !c.ctx.inherited
                && !c.ctx.address
                && choices.iter().all(|ch| {
                    matches!(ch, Choice::Sense(id) if senses.get(*id).flags.contains(Ambiguity::COMMON_PHRASE))
                });
            if district_only && (!weak || facility_only || wordish_only) {
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
                c.needs_support = if after_word || layout.starts_sentence(start) {
                    3
                } else {
                    2
                };
            }
            // A region whose name is also an ordinary word the lexicon reads as the place
            // (`Medan`, terrain), opening a sentence with no context: a place of its province
            // must be named, or the name written elsewhere with context.
            if c.needs_support == 0
                && !weak
                && c.tokens.len() == 1
                && layout.starts_sentence(c.tokens.start)
                && !placed.contains(&c.key)
                && self.rec.ambiguous.class(tokens[c.tokens.start].text(text))
                    == Some(WordClass::NotAmbiguous)
            {
                c.needs_support = 1;
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
        self.scratch.introduced = introduced;
        self.scratch.listed = list_provinces;
        self.scratch.placed = placed;
    }

    /// For each candidate, the province of the unambiguous regencies and cities listed right
    /// next to it (`Simalungun, Karo, Dairi`: a `,`, `dan`, `serta` or `, dan` between them,
    /// on one line), when they name one province; `None` elsewhere, and for a name a
    /// capitalised word follows. A regency or city of that province named by an ambiguous
    /// word is read in such a list with no other context (`Karo`, also the abbreviation of
    /// Kepala Biro; `Samosir`, also a surname). Districts likewise, by the regency or city of
    /// the unambiguous districts listed next to them (`Landasan Ulin, Liang Anggang, Cempaka
    /// dan Banjarbaru Utara`: `Cempaka`, also a flower, is Banjarbaru's district); such a
    /// district still needs the document's support like any bare district.
    /// `anchored` and `listed` are scratch.
    fn list_provinces(
        &self,
        out: &mut Vec<Option<u32>>,
        anchored: &mut Vec<(Range<usize>, u32)>,
        listed: &mut Vec<bool>,
    ) {
        let senses = &self.rec.senses;
        let (text, tokens, layout) = (self.text, self.tokens, &self.layout);
        let ambiguous = Ambiguity::PERSONAL_NAME
            .union(Ambiguity::COMMON_WORD)
            .union(Ambiguity::COMMON_PHRASE)
            .union(Ambiguity::ABBREVIATION);
        // The province of a candidate whose regency and city readings are all unambiguous
        // and of one province; for a name with no such reading, the regency or city of its
        // district readings when they are all unambiguous and of one regency or city (`Landasan
        // Ulin, Liang Anggang, Cempaka`: a district named by a word among its neighbours).
        // The two kinds of parent are regions of different levels, so their ids never meet.
        let anchor = |c: &Candidate| -> Option<u32> {
            if c.key == NO_KEY || c.ctx.blocked {
                return None;
            }
            let parent_of = |levels: &[PlaceLevel]| -> Option<Option<u32>> {
                let mut parent = None;
                for ch in &self.pool[c.all.clone()] {
                    let Choice::Sense(id) = ch else { continue };
                    let s = senses.get(*id);
                    if !s.level.is_some_and(|l| levels.contains(&l)) {
                        continue;
                    }
                    let p = list_parent(senses, s)?;
                    if s.flags.intersects(ambiguous) || parent.is_some_and(|q| q != p) {
                        return None;
                    }
                    parent = Some(p);
                }
                Some(parent)
            };
            match parent_of(&[PlaceLevel::Regency, PlaceLevel::City])? {
                Some(p) => Some(p),
                None => parent_of(&[PlaceLevel::District])?,
            }
        };
        let joined = |end: usize, start: usize| {
            end < start
                && start - end <= 2
                && layout.same_line(end, start)
                && (end..start).all(|i| self.rec.words.is_coordination(tokens[i].text(text)))
        };
        // Only a candidate with a coordination word right before or after it is joined to
        // another (and that one too): `joined` needs one between them.
        let coordination_at =
            |i: usize| i < tokens.len() && self.rec.words.is_coordination(tokens[i].text(text));
        let in_list = |c: &Candidate| {
            c.tokens.start > 0 && coordination_at(c.tokens.start - 1)
                || coordination_at(c.tokens.end)
        };
        // Each candidate's test, made once.
        listed.clear();
        listed.extend(self.cands.iter().map(in_list));
        // The anchors, each with its province, in candidate order: the first one joined to
        // a candidate gives its province.
        anchored.clear();
        anchored.extend(
            (self.cands.iter().zip(listed.iter()))
                .filter(|(_, &listed)| listed)
                .filter_map(|(c, _)| Some((c.tokens.clone(), anchor(c)?))),
        );
        out.clear();
        out.extend(self.cands.iter().zip(listed.iter()).map(|(c, &listed)| {
            if c.key == NO_KEY || c.ctx.blocked || anchored.is_empty() || !listed {
                return None;
            }
            let (start, end) = (c.tokens.start, c.tokens.end);
            // not the head of a longer name (`Karo Hukum Setda Sumut`: the head of a bureau)
            if end < tokens.len() && layout.same_line(start, end) && self.capitalised_word(end) {
                return None;
            }
            anchored
                .iter()
                .find(|(n, _)| joined(n.end, start) || joined(end, n.start))
                .map(|&(_, p)| p)
        }));
    }

    /// Finds the other mentions of names the text introduced with a prefix or feature word
    /// (`Desa Tasik Serai` … `BPD Tasik Serai`).
    pub(super) fn repeat_open_names(&mut self) {
        // One model mention per distinct name (case-insensitive).
        let mut names = std::mem::take(&mut self.scratch.names);
        names.clear();
        for c in self.cands.iter() {
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
            self.scratch.names = names;
            return;
        }
        let mut taken = std::mem::take(&mut self.scratch.taken);
        taken.clear();
        taken.resize(self.tokens.len(), false);
        for c in self.cands.iter() {
            if c.key == NO_KEY {
                taken[c.tokens.clone()].iter_mut().for_each(|t| *t = true);
            }
        }
        // The byte lengths of the names' first words: a word of another length starts none.
        let mut heads = std::mem::take(&mut self.scratch.heads);
        heads.clear();
        heads.extend(names.iter().map(|(n, _)| self.word_text(n.start).len()));
        // The same as bits (lengths from 63 on share the last one).
        let bit = |len: usize| 1u64 << len.min(63);
        let lengths = heads.iter().fold(0, |m, &len| m | bit(len));
        let n = self.tokens.len();
        let mut i = 0;
        while i < n {
            // A name starts on a capitalised word: the tokens' facts lead from one to the
            // next, eight tokens at a time.
            i = facts::find(self.facts, i, CAPITALISED_WORD);
            if i >= n {
                break;
            }
            // The length of the token's span next (its text is that long, or empty when the
            // span does not fit the text, which starts no name either).
            let span = &self.tokens[i].span;
            let len = span.end.saturating_sub(span.start);
            if lengths & bit(len) == 0
                || len >= 63 && !heads.contains(&len)
                || taken[i]
                || self.word_text(i).len() != len
            {
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
            // A lexicon name read there too (`Kecamatan Way Halim`) is not found again as the
            // head of a longer name (`Way Halim Permai`, a village).
            let heads = tokens.end < self.tokens.len()
                && self.layout.same_line(i, tokens.end)
                && !self.layout.in_headline(i)
                && self.capitalised_word(tokens.end)
                && (self.cands.iter())
                    .any(|d| d.key != NO_KEY && d.tokens == name && !d.choices.is_empty());
            if heads {
                i += 1;
                continue;
            }
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
        self.scratch.names = names;
        self.scratch.taken = taken;
        self.scratch.heads = heads;
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
    pub(super) fn resolve_overlaps(&mut self) -> Vec<usize> {
        let mut keyed = std::mem::take(&mut self.scratch.order);
        keyed.clear();
        // The index last: the order of a stable sort, without its buffer. The prefix word
        // before a name counts with it: `Kota Padang Panjang` is the city Padang Panjang, not
        // the district `Kota Padang` and a word; and on a tie a name the prefix narrowed wins:
        // `Kota Padang` is the city Padang, not the district Kota Padang of Rejang Lebong (a
        // lexicon name only: an open feature name, `Tanjung Selor` after `Kota`, does not win).
        // Each key is made once (the index makes them all differ: any sort gives one order).
        keyed.extend(
            (self.cands.iter().enumerate())
                .filter(|(_, c)| !c.choices.is_empty())
                .map(|(i, c)| {
                    let prefixed = c.tokens.start > 0
                        && self.role_at(c.tokens.start - 1) == Some(Role::Prefix);
                    OverlapKey {
                        len: std::cmp::Reverse(c.tokens.len() + usize::from(prefixed)),
                        not_narrowed: !(prefixed && c.narrowed && c.key != NO_KEY),
                        open: c.all.is_empty(),
                        start: c.tokens.start,
                        index: i,
                    }
                }),
        );
        keyed.sort_unstable();
        let mut taken = std::mem::take(&mut self.scratch.taken);
        taken.clear();
        taken.resize(self.tokens.len(), false);
        let mut kept = std::mem::take(&mut self.scratch.kept);
        kept.clear();
        for &OverlapKey { index: i, .. } in &keyed {
            let r = self.cands[i].tokens.clone();
            if taken[r.clone()].iter().any(|&t| t) {
                continue;
            }
            taken[r].iter_mut().for_each(|t| *t = true);
            kept.push(i);
        }
        self.scratch.order = keyed;
        self.scratch.taken = taken;
        // Kept candidates do not overlap: their starts differ.
        kept.sort_unstable_by_key(|&i| self.cands[i].tokens.start);
        kept
    }
}

/// The order of the overlapping candidates (`resolve_overlaps`), fields compared in turn:
/// longest first (a prefix before the name counting with it), a lexicon name a prefix
/// narrowed first, a lexicon name before an open one, earliest first, then by index.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct OverlapKey {
    len: std::cmp::Reverse<usize>,
    not_narrowed: bool,
    open: bool,
    start: usize,
    index: usize,
}

/// The region a list of places of the level of `s` shares: the province of a regency or
/// city, the regency or city of a district (see [`Doc::list_provinces`]); `None` for the
/// other levels.
fn list_parent(senses: &super::senses::Senses, s: &super::senses::Sense) -> Option<u32> {
    let r = s.region?;
    match s.level? {
        PlaceLevel::Regency | PlaceLevel::City => Some(senses.province(r)),
        PlaceLevel::District => senses.region(r).parent,
        _ => None,
    }
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
/// `I`, `II`, `IV`, `XII`: a Roman numeral in capitals.
fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty() && word.len() <= 5 && word.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helpers() {
        assert!(is_camel_case("MuriaNewsCom"));
        assert!(!is_camel_case("SAMARINDA"));
        assert!(!is_camel_case("Samarinda"));
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
        assert!(Ambiguity::COMMON_WORD
            .union(Ambiguity::DEMONYM)
            .intersects(Ambiguity::DEMONYM));
        assert!(!Ambiguity::COMMON_WORD.intersects(Ambiguity::DEMONYM));
        assert_eq!(
            Ambiguity::COMMON_WORD
                .union(Ambiguity::DEMONYM)
                .difference(Ambiguity::COMMON_WORD),
            Ambiguity::DEMONYM
        );
    }
}
