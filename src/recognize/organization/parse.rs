//! Reading one organisation name from its head: the slots of its pattern, word by word.

use std::cell::RefCell;
use std::ops::Range;

use crate::lexicon::organizations::{
    Institution, OrgKind, OrgPattern, RegionalBody, RegionalBodyKind, SlotKind,
};
use crate::recognize::acronym::define::{is_function_word, spells};
use crate::recognize::acronym::view::{with_lower, DocView};
use crate::recognize::gazetteer::WordClass;
use crate::recognize::people::PeopleRecognizer;
use crate::text::TokenKind;

/// How deep organisations may nest (`Humas` + `Setda` + place).
const MAX_DEPTH: usize = 3;
/// Most tokens of a portfolio.
const MAX_PORTFOLIO: usize = 16;
/// Most words of a proper name after a head.
const MAX_NAME_WORDS: usize = 6;

/// What opens an organisation name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Head {
    /// A head of `org_patterns.tsv`.
    Pattern(u32),
    /// The full name of a national institution.
    Institution(u32),
    /// The short form of a national institution.
    InstitutionAcronym(u32),
    /// The name of a regional body.
    Regional(u32),
    /// The short form of a regional body.
    RegionalAcronym(u32),
    /// The short form of a regional service the lexicons do not list (`Diskominfotik`), or
    /// a listed one with a unit's suffix (`Diskominfo-SP`): see `DocView::blends`.
    Blend,
}

/// One organisation name read from the text.
#[derive(Clone, Debug)]
pub(super) struct Parse {
    /// All its tokens.
    pub tokens: Range<usize>,
    /// What opens it.
    pub head: Head,
    /// The head's tokens.
    pub head_tokens: Range<usize>,
    /// The tokens of a bracketed short form inside the name (without the brackets).
    pub bracket: Option<Range<usize>>,
    /// Organisations inside it that are listed too (`DPRD Provinsi Kalteng` in `Komisi III
    /// DPRD Provinsi Kalteng`).
    pub nested: Vec<Parse>,
    /// True when it fills the organisation slot of the name it is nested in (`Setda
    /// Provinsi Kaltim` in `Humas Setda Provinsi Kaltim`), not merely named inside it.
    pub in_slot: bool,
    /// The token of a sub-unit's short form read after the head (`UP3` in `PLN UP3 Sumba`).
    pub unit: Option<usize>,
}

/// A slot to read after a head.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Slot {
    Portfolio,
    Place,
    Name,
    Number,
    Org,
    /// A place, `RI`, or `Pusat`/`Daerah` after a national institution.
    Suffix,
    /// `dan UKM` after the short form of a regional body (`Disperindagkop dan UKM`).
    Continuation,
    /// A short form in brackets defining the name so far (see [`SlotKind::Defined`]).
    Defined,
    /// `di`/`pada` and where the unit sits (see [`SlotKind::Seat`]).
    Seat,
}

/// True when `form` abbreviates `canonical` (`Pemprov` → `Pemerintah Provinsi`), rather than
/// being its first words (`Rumah Tahanan` → `Rumah Tahanan Negara`).
pub(super) fn abbreviates(form: &str, canonical: &str) -> bool {
    let (f, c) = (
        form.split_whitespace().count(),
        canonical.split_whitespace().count(),
    );
    let prefix = f <= c
        && form
            .split_whitespace()
            .zip(canonical.split_whitespace())
            .all(|(a, b)| a.eq_ignore_ascii_case(b));
    !prefix && f <= c
}

/// Reads organisation names in one document.
pub(super) struct Parser<'p, 'a> {
    v: &'p DocView<'a>,
    people: &'p PeopleRecognizer,
    patterns: &'p [OrgPattern],
    /// Per pattern, whether its head abbreviates its canonical name ([`abbreviates`]).
    abbreviated: &'p [bool],
    institutions: &'p [Institution],
    regional: &'p [RegionalBody],
    /// Per token, whether another organisation starts there (0: not known yet, 1: no,
    /// 2: yes), so that nested names are read once per token.
    opens: RefCell<Vec<u8>>,
}

impl<'p, 'a> Parser<'p, 'a> {
    /// A parser of the names of one document; `opens` is a buffer for its notes per token
    /// (given back by [`into_buffer`](Self::into_buffer)).
    pub fn new(
        v: &'p DocView<'a>,
        people: &'p PeopleRecognizer,
        patterns: &'p [OrgPattern],
        abbreviated: &'p [bool],
        institutions: &'p [Institution],
        regional: &'p [RegionalBody],
        mut opens: Vec<u8>,
    ) -> Parser<'p, 'a> {
        opens.clear();
        opens.resize(v.tokens.len(), 0);
        Parser {
            v,
            people,
            patterns,
            abbreviated,
            institutions,
            regional,
            opens: RefCell::new(opens),
        }
    }

    /// The buffer given to [`new`](Self::new), for the next document.
    pub fn into_buffer(self) -> Vec<u8> {
        self.opens.into_inner()
    }

    /// The end of a place at `k` (with its prefix), or `k` when there is none.
    pub fn place_at(&self, k: usize) -> usize {
        if k > 0 && k < self.v.tokens.len() && self.breaks(k) {
            return k;
        }
        self.place(k)
    }

    /// The longest organisation name starting at token `i`.
    pub fn best_at(&self, i: usize) -> Option<Parse> {
        self.parse_at(i, 0)
    }

    fn parse_at(&self, i: usize, depth: usize) -> Option<Parse> {
        let v = self.v;
        if depth > MAX_DEPTH || i >= v.tokens.len() || v.name[i] || v.taken[i] || v.in_rank[i] {
            return None;
        }
        // Nothing opens a name here (most tokens).
        let blend = v.blend_end(i);
        if v.org_head[i].is_none() && !self.opens_named_body(i) && blend == i {
            return None;
        }
        // A head word inside a place name is part of that name (`Seram Bagian Barat`).
        if i > 0 && v.in_place[i] && v.in_place[i - 1] && v.place_end[i] == i {
            return None;
        }
        // The service after a rank (`Brigjen TNI`) is part of the rank.
        if i > 0 && v.in_rank[i - 1] {
            return None;
        }
        // A news agency's credit in a dateline: `Mataram (ANTARA) -`; not a unit of the
        // issuing government (`Bandar Lampung (Diskominfo) -`).
        if v.dateline[i] && i > 0 && v.tok(i - 1) == "(" && v.org_head[i].is_none() {
            return None;
        }
        // Heads that name a class of bodies (`SD`, `Puskesmas`, `PT`, `BUMD`) need what follows
        // them (`SMPN 7`, `PT Maluku Prima Makmur`); alone they name no one body (`siswi SD`).
        let class_end = v.org_head[i]
            .filter(|at| {
                matches!(
                    self.patterns[at.index as usize].kind,
                    OrgKind::Education | OrgKind::Health | OrgKind::Company | OrgKind::Community
                )
            })
            .or(v.regional_acronym[i].filter(|at| {
                matches!(
                    self.regional[at.index as usize].kind,
                    RegionalBodyKind::Enterprise | RegionalBodyKind::Community
                )
            }))
            .map(|at| at.end);
        // The longest name wins; on a tie, the longer head, then the earlier candidate.
        let mut best: Option<Parse> = None;
        let mut consider = |p: Option<Parse>| {
            let Some(p) = p else { return };
            // Nor does a reading that ends inside such a head (`Badan` + `Usaha Milik Daerah`).
            if class_end.is_some_and(|e| p.tokens.end <= e) {
                return;
            }
            let better = best.as_ref().map_or(true, |b| {
                (p.tokens.end, p.head_tokens.end) > (b.tokens.end, b.head_tokens.end)
            });
            if better {
                best = Some(p);
            }
        };
        // Full names first, then a pattern head (its canonical form is the lexicon's reading
        // of the head), then the short forms of regional bodies and institutions, which may
        // stand for several bodies (`BPD`).
        // A full name is written with capitals (`Pemerintah daerah` is a common noun).
        let capitalised = |r: Range<usize>| {
            r.filter(|&k| v.is_word(k) && !is_function_word(v.tok(k)))
                .all(|k| v.is_capitalised(k))
        };
        if let Some(at) = v.institution[i].filter(|at| capitalised(i..at.end)) {
            let head = Head::Institution(at.index);
            consider(self.slots(head, i..at.end, [(Slot::Suffix, true)], depth, true));
        }
        if let Some(at) = v.regional[i].filter(|at| capitalised(i..at.end)) {
            let head = Head::Regional(at.index);
            consider(self.slots(head, i..at.end, [(Slot::Place, true)], depth, true));
            // A unit of another body, named with it: `Satuan Lalu Lintas (Satlantas) Polres
            // Bogor`.
            consider(self.slots(head, i..at.end, [(Slot::Org, false)], depth, false));
        }
        // A title that opens with the same word (`Deputi`) is a position; an abbreviated head
        // of one word that is also a title is both (`Humas Polres X`: the unit, and the
        // title of its officer before a name).
        // A head of several words too (`Pemerintah daerah`); an abbreviated head of one word
        // may be written in lower case (`pemkab`), a full word may not (`jemaat`, `dinas`).
        let one_abbreviated = |at: &crate::recognize::acronym::view::At| {
            at.end == i + 1 && self.abbreviated[at.index as usize]
        };
        let head_ok = |at: &crate::recognize::acronym::view::At| {
            capitalised(i..at.end) || one_abbreviated(at)
        };
        if let Some(at) = v.org_head[i].filter(|at| {
            (v.title_end[i] < at.end || v.title_end[i] == at.end && one_abbreviated(at))
                && head_ok(at)
        }) {
            let p = &self.patterns[at.index as usize];
            let slots = self.pattern_slots(at.index as usize);
            // An abbreviated head of a public body stands alone (`Polres`, `Kejari`).
            let bare = self.abbreviated[at.index as usize]
                && matches!(
                    p.kind,
                    OrgKind::Government
                        | OrgKind::Legislature
                        | OrgKind::Police
                        | OrgKind::Military
                        | OrgKind::Judicial
                        | OrgKind::Election
                );
            consider(self.slots(Head::Pattern(at.index), i..at.end, slots, depth, bare));
        }
        if let Some(at) = v.institution_acronym[i] {
            let head = Head::InstitutionAcronym(at.index);
            consider(self.slots(head, i..at.end, [(Slot::Suffix, true)], depth, true));
        }
        if let Some(at) = v.regional_acronym[i] {
            let head = Head::RegionalAcronym(at.index);
            let slots = [(Slot::Continuation, true), (Slot::Place, true)];
            consider(self.slots(head, i..at.end, slots, depth, true));
        }
        // A service's short form stands alone, as a listed one does (`Diskominfo`).
        if blend > i {
            consider(self.slots(Head::Blend, i..blend, [(Slot::Place, true)], depth, true));
        }
        let mut p = best?;
        // A head alone in the name of a sub-unit after its title (`Kanit Regident Satlantas`)
        // is part of the position. A national institution is a body of its own
        // (`Direktur BPJS Kesehatan`).
        let institution = matches!(p.head, Head::Institution(_) | Head::InstitutionAcronym(_));
        if !institution && p.tokens.end == p.head_tokens.end && self.in_unit_name(i) {
            return None;
        }
        // A full-word head alone after a regulation's kind names the regulation (`Peraturan
        // Kejaksaan Nomor 15`), not the body.
        let full_word = matches!(p.head, Head::Pattern(h) if !self.abbreviated[h as usize]);
        if full_word && p.tokens.end == p.head_tokens.end && i > 0 && is_regulation_kind(v, i - 1) {
            return None;
        }
        self.add_inner_institutions(&mut p);
        Some(p)
    }

    /// Reads `slots` after the head; `bare` allows the head alone when a required slot is
    /// missing.
    fn slots(
        &self,
        head: Head,
        head_tokens: Range<usize>,
        slots: impl IntoIterator<Item = (Slot, bool)>,
        depth: usize,
        bare: bool,
    ) -> Option<Parse> {
        let mut pos = head_tokens.end;
        let mut bracket = None;
        let mut nested = Vec::new();
        let mut last_filled = None;
        // A place slot was left empty after an organisation's.
        let mut place_left = false;
        for (k, (slot, optional)) in slots.into_iter().enumerate() {
            // `Kantor KPU Sulbar`: an office (a head that is a plain word) followed by an
            // institution is the institution; `UPTD Puskesmas Sempaja` is a unit of its own.
            if k == 0 && slot == Slot::Portfolio && self.opens_named_body(pos) {
                let plain = match head {
                    Head::Pattern(h) => !self.abbreviated[h as usize],
                    _ => true,
                };
                if plain {
                    return None;
                }
            }
            if slot == Slot::Defined {
                match self.defined_at(head_tokens.start, pos) {
                    Some(e) => {
                        pos = e;
                        continue;
                    }
                    None if optional => continue,
                    None => return None,
                }
            }
            let (mut end, mut inner) = self.read(slot, pos, depth);
            // The organisation of the slot took a short form in brackets that is the whole
            // name's: `Kantor Wilayah Kementerian Hukum (Kanwil Kemenkum) Provinsi X`, where
            // the first word of the short form abbreviates the head. The organisation ends
            // before it; the name keeps it with what follows.
            if let Some(q) = inner.as_mut().filter(|_| bracket.is_none()) {
                if let Some(b) = q.bracket.clone().filter(|b| {
                    b.len() >= 2 && self.abbreviates_words(b.start, head_tokens.clone())
                }) {
                    let cut = b.start - 1;
                    q.tokens.end = cut;
                    q.bracket = None;
                    q.nested.retain(|r| r.tokens.end <= cut);
                    bracket = Some(b);
                }
            }
            if end == pos && bracket.is_none() {
                if let Some(b) = self.bracket_at(pos) {
                    let after = b.end + 1;
                    let (end2, inner2) = self.read(slot, after, depth);
                    if end2 > after {
                        bracket = Some(b);
                        end = end2;
                        inner = inner2;
                    }
                }
            }
            if end == pos {
                if optional {
                    place_left |= slot == Slot::Place && last_filled == Some(Slot::Org);
                    continue;
                }
                if bare && pos == head_tokens.end {
                    break;
                }
                return None;
            }
            pos = end;
            nested.extend(inner);
            last_filled = Some(slot);
        }
        // The place after a national institution in an office's organisation slot is the
        // office's (`Kanwil DJP Jateng I`: the institution is `DJP`).
        if place_left {
            if let Some(q) = nested.last_mut().filter(|q| {
                q.in_slot
                    && q.tokens.end == pos
                    && matches!(q.head, Head::Institution(_) | Head::InstitutionAcronym(_))
            }) {
                let h = q.head_tokens.end;
                let e = self.place(h);
                if e > h && self.office_numeral(e) == q.tokens.end {
                    q.tokens.end = h;
                    q.nested.retain(|r| r.tokens.end <= h);
                }
            }
        }
        // A sub-unit after an abbreviated head, named by its own short form and place: `PLN
        // UIW NTT`, `PLN UP3 Sumba`, `Dinkes P2KB Kota Kupang`.
        let mut unit = None;
        if pos == head_tokens.end && bracket.is_none() && self.abbreviated_head(head) {
            let e = self.unit_tail(pos);
            if e > pos {
                unit = Some(pos);
                pos = e;
                last_filled = Some(Slot::Place);
            }
        }
        // A name read up to `dan` goes on to a short form in brackets that spells it:
        // `Sekolah Tinggi Ilmu Kesehatan dan Keperawatan (STIKK)`, `Politeknik Pertanian dan
        // Peternakan (Politeknik PP) Sulawesi`.
        // So does one read up to a place that is a word of the name (`Badan Pekerja Harian
        // Sinode (BPHS)`, where `Harian` is a district too): the words before the brackets
        // are then the name's.
        if bracket.is_none()
            && matches!(
                last_filled,
                Some(Slot::Name | Slot::Portfolio | Slot::Place)
            )
        {
            let e = self.spelled_to_bracket(head_tokens.clone(), pos);
            if e > pos && last_filled == Some(Slot::Place) {
                last_filled = Some(Slot::Portfolio);
            }
            pos = e;
        }
        // Words may go on after a short form in brackets: `Rumah Sakit Umum Daerah (RSUD)
        // Abdoel Wahab Sjahranie`, a unit (`Badan Meteorologi, Klimatologi, dan Geofisika
        // (BMKG) Stasiun Meteorologi X`), or the unit's place (`Badan Penanggulangan Bencana
        // dan Pemadam Kebakaran (BPBPK) Kalteng`); not another organisation the text defines
        // with its own short form (`Badan Pekerja Majelis Sinode (BPMS) Gereja Masehi Injili
        // di Minahasa (GMIM)`).
        if bracket.is_none() && matches!(last_filled, Some(Slot::Name | Slot::Portfolio)) {
            if let Some(b) = self.bracket_at(pos) {
                let after = b.end + 1;
                if after < self.v.tokens.len() && !self.defined_name_at(after, depth) {
                    let (mut end, inner) =
                        self.read(last_filled.unwrap_or(Slot::Name), after, depth);
                    if end == after {
                        end = self.place(after);
                    }
                    if end > after {
                        bracket = Some(b);
                        pos = end;
                        nested.extend(inner);
                    }
                }
            }
        }
        // The number of a regional unit after its place: `BWS Sumatera II`. Not a Balinese
        // name's `I` (`Pemkab Badung I Wayan`).
        if last_filled == Some(Slot::Place) && pos < self.v.tokens.len() {
            let v = self.v;
            let t = v.tok(pos);
            let roman =
                !t.is_empty() && t.len() <= 4 && t.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
            if roman && !self.name_after(pos + 1) && !self.blocked(pos) && !self.breaks(pos) {
                pos += 1;
            }
            // A police unit of a city named like its regency: `Polresta Bogor Kota`.
            let police = matches!(head, Head::Pattern(h)
                if self.patterns[h as usize].kind == OrgKind::Police);
            if police
                && pos < v.tokens.len()
                && v.tok(pos) == "Kota"
                && !self.breaks(pos)
                && !(pos + 1 < v.tokens.len() && v.is_word(pos + 1) && v.is_capitalised(pos + 1))
            {
                pos += 1;
            }
        }
        // A name that ends with its place may go on with its short form and the place of
        // the unit: `Majelis Rakyat Papua (MRP) Papua Tengah`. The short form opens with the
        // head's letter.
        if bracket.is_none() && last_filled == Some(Slot::Place) {
            if let Some(b) = self.bracket_at(pos) {
                let first = |k: usize| {
                    self.v
                        .tok(k)
                        .chars()
                        .next()
                        .map(|c| c.to_lowercase().next())
                };
                let after = b.end + 1;
                let e = self.place(after);
                if e > after && first(b.start) == first(head_tokens.start) {
                    bracket = Some(b);
                    pos = e;
                }
            }
        }
        // A short form in brackets that is itself a head goes on with that head's slots:
        // `Perusahaan Umum Daerah (Perumda) Air Minum Kota Palu`.
        if bracket.is_none() {
            if let Some((b, e, inner)) = self.short_head_slots(head_tokens.start, pos, depth) {
                bracket = Some(b);
                pos = e;
                nested.extend(inner);
            }
        }
        pos = self.branch_tail(pos, &mut bracket);
        Some(Parse {
            tokens: head_tokens.start..pos,
            head,
            head_tokens,
            bracket,
            nested,
            in_slot: false,
            unit,
        })
    }

    /// Whether the word at `k` abbreviates the words of `long` (`Kanwil`: `Kantor
    /// Wilayah`; `BPD`: `Badan Pengurus Daerah`).
    pub(super) fn abbreviates_words(&self, k: usize, long: Range<usize>) -> bool {
        let v = self.v;
        let words: Vec<&str> = long.filter(|&j| v.is_word(j)).map(|j| v.tok(j)).collect();
        v.is_word(k) && spells(v.tok(k), &words)
    }

    /// Where a name from `start` defined by a short form in brackets ends when read up to
    /// `pos`: `pos`, or the end of a place between it and the brackets (`Organisasi Radio
    /// Amatir Republik Indonesia (ORARI)`). `None` when no such short form follows.
    fn defined_at(&self, start: usize, pos: usize) -> Option<usize> {
        let v = self.v;
        [pos, self.place(pos)].into_iter().find(|&e| {
            self.bracket_at(e).is_some_and(|b| {
                b.len() == 1
                    && v.acronym[b.start].is_none()
                    && self.abbreviates_words(b.start, start..e)
            })
        })
    }

    /// The slots of pattern `i`, as the parser reads them.
    fn pattern_slots(&self, i: usize) -> impl Iterator<Item = (Slot, bool)> + '_ {
        self.patterns[i].follows.iter().map(|s| {
            let kind = match s.kind {
                SlotKind::Portfolio => Slot::Portfolio,
                SlotKind::Place => Slot::Place,
                SlotKind::Name => Slot::Name,
                SlotKind::Number => Slot::Number,
                SlotKind::Org => Slot::Org,
                SlotKind::Defined => Slot::Defined,
                SlotKind::Seat => Slot::Seat,
            };
            (kind, s.optional)
        })
    }

    /// The end of a name read up to `pos` that goes on, over capitalised words joined by
    /// `dan`, `serta`, `di` or commas, to a short form in brackets spelling it from its start,
    /// or from after its head when the short form repeats the head (`Politeknik PP`); `pos`
    /// when there is none. The words may hold another organisation's head, which the short
    /// form shows to be words of this name (`Badan Penanggulangan Bencana dan Pemadam
    /// Kebakaran (BPBPK)`, `Badan Pekerja Majelis Sinode (BPMS)`), and the seat of the body
    /// (`Gereja Masehi Injili di Minahasa (GMIM)`).
    fn spelled_to_bracket(&self, head: Range<usize>, pos: usize) -> usize {
        let v = self.v;
        let n = v.tokens.len();
        // A name stops before more of it at a joining word or comma, or at another body's
        // head (most names end at a lower-case word).
        // So does a lower-case joiner inside a name (`Lembaga Penelitian dan Pengabdian
        // kepada Masyarakat (LPPM)`, `Komisi Nasional Anti Kekerasan terhadap Perempuan`):
        // the brackets that spell the words show they are the name's.
        // (The joiners have 2 to 8 letters: the length turns most words away before any
        // comparison.)
        let joint = |j: usize| {
            let t = v.tok(j);
            t == ","
                || (2..=8).contains(&t.len())
                    && ["dan", "serta", "di", "kepada", "untuk", "bagi", "terhadap"]
                        .iter()
                        .any(|w| t.eq_ignore_ascii_case(w))
        };
        let head_at = |j: usize| v.org_head[j].is_some() || self.opens_named_body(j);
        if pos >= n || !(joint(pos) || v.is_word(pos) && v.is_capitalised(pos) && head_at(pos)) {
            return pos;
        }
        let limit = (pos + MAX_PORTFOLIO).min(n);
        let mut j = pos;
        while j < limit && !self.breaks(j) && (v.is_word(j) && v.is_capitalised(j) || joint(j)) {
            j += 1;
        }
        // Something joined and more words, or another head, up to brackets; none of them
        // a person's.
        if j <= pos + usize::from(joint(pos)) || !v.is_word(j - 1) || j >= n || v.tok(j) != "(" {
            return pos;
        }
        if (pos..j).any(|k| self.blocked(k)) {
            return pos;
        }
        let Some(b) = self.bracket_at(j) else {
            return pos;
        };
        let spelled = if b.len() >= 2 && v.tok(b.start).eq_ignore_ascii_case(v.tok(head.start)) {
            b.len() == 2 && self.abbreviates_words(b.start + 1, head.end..j)
        } else {
            b.len() == 1 && self.abbreviates_words(b.start, head.start..j)
        };
        if spelled {
            j
        } else {
            pos
        }
    }

    /// A short form in brackets at `pos` that is a pattern head abbreviating the name from
    /// `start`, with that pattern's slots read after it: the bracket, the new end and the
    /// organisation of a slot. `None` when there is none or its slots read nothing.
    fn short_head_slots(
        &self,
        start: usize,
        pos: usize,
        depth: usize,
    ) -> Option<(Range<usize>, usize, Option<Parse>)> {
        let v = self.v;
        let b = self.bracket_at(pos)?;
        let at = v.org_head[b.start].filter(|at| at.end == b.end)?;
        if !self.abbreviates_words(b.start, start..pos) {
            return None;
        }
        let after = b.end + 1;
        let p = self.slots(
            Head::Pattern(at.index),
            after..after,
            self.pattern_slots(at.index as usize),
            depth + 1,
            false,
        )?;
        (p.tokens.end > after).then(|| (b, p.tokens.end, p.nested.into_iter().next()))
    }

    /// Lists national institutions named inside a name (`TNI` in `Pangkalan TNI Angkatan
    /// Laut`, `Hanura` in `Fraksi Hanura`), outside its bracket and nested names.
    fn add_inner_institutions(&self, p: &mut Parse) {
        let v = self.v;
        // A company's name is the company (`PT PLN`); a name is not its own part
        // (`Pertamina` in `PT Pertamina (Persero)`).
        let own = match p.head {
            Head::Pattern(h) if self.patterns[h as usize].kind == OrgKind::Company => return,
            Head::Institution(h) | Head::InstitutionAcronym(h) => {
                Some(self.institutions[h as usize].name.as_str())
            }
            _ => None,
        };
        let mut k = p.tokens.start + 1;
        while k < p.tokens.end {
            let inside_other = p.bracket.as_ref().is_some_and(|b| b.contains(&k))
                || p.nested.iter().any(|q| q.tokens.contains(&k));
            let at = v.institution[k].or(v.institution_acronym[k]);
            // A short form that is an ordinary word, written in lower case but its capital,
            // after another word of the name, is a word of it (`Antara` in `Embarkasi Antara
            // Gorontalo`, `Mandiri` in `Kelompok Tani Sumber Mandiri`); right after the head
            // it names the body (`Fraksi Demokrat`).
            // (Tested last: the dictionary look-up is the dear part.)
            let word_of_name = || {
                v.institution[k].is_none()
                    && k > p.head_tokens.end
                    && !v.is_caps(k)
                    && self.common(k)
            };
            match at {
                Some(at)
                    if !inside_other
                        && at.end <= p.tokens.end
                        && own != Some(self.institutions[at.index as usize].name.as_str())
                        && !word_of_name() =>
                {
                    let head = if v.institution[k].is_some() {
                        Head::Institution(at.index)
                    } else {
                        Head::InstitutionAcronym(at.index)
                    };
                    p.nested.push(Parse {
                        tokens: k..at.end,
                        head,
                        head_tokens: k..at.end,
                        bracket: None,
                        nested: Vec::new(),
                        in_slot: false,
                        unit: None,
                    });
                    k = at.end;
                }
                _ => k += 1,
            }
        }
    }

    /// Reads one slot from `k`: where it ends (`k` when it is not there) and the organisation
    /// it holds, if any.
    fn read(&self, slot: Slot, k: usize, depth: usize) -> (usize, Option<Parse>) {
        if k >= self.v.tokens.len() || self.breaks(k) {
            return (k, None);
        }
        match slot {
            Slot::Portfolio => {
                let e = self.portfolio(k, depth);
                // A portfolio stops at a number; a body opening it may read on over the
                // number and its place (`Komite SDN 24 Lubuk Buaya`): the slot is that body.
                if e > k && e < self.v.tokens.len() && is_numbering(self.v, e) {
                    if let Some(mut p) = self.parse_at(k, depth + 1).filter(|p| p.tokens.end > e) {
                        p.in_slot = true;
                        return (p.tokens.end, Some(p));
                    }
                }
                (e, None)
            }
            Slot::Place => (self.place(k), None),
            Slot::Suffix => {
                let v = self.v;
                let e = self.place(k);
                if e > k {
                    return (self.office_numeral(e), None);
                }
                // A regional unit of the institution: `Wilayah Jawa Timur`, `Regional 2
                // Banten`, `Cabang Surabaya`, `Wilayah X`, a station of the weather agency
                // (`BMKG Stasiun Majene`).
                if v.is_capitalised(k)
                    && ["Wilayah", "Regional", "Cabang", "Stasiun"]
                        .iter()
                        .any(|w| v.is(k, w))
                {
                    let j = if is_numbering(v, k + 1) { k + 2 } else { k + 1 };
                    let e = self.place(j);
                    if e > j {
                        return (e, None);
                    }
                    if j > k + 1 {
                        return (j, None);
                    }
                }
                let national =
                    self.v.is_capitalised(k) && (self.v.is(k, "Pusat") || self.v.is(k, "Daerah"));
                (if national { k + 1 } else { k }, None)
            }
            Slot::Name => (self.name(k), None),
            Slot::Number => (self.number(k), None),
            // Not a head whose name would be the place alone (`Dinas Pendidikan` + `Dayah
            // Aceh`): see `named_by_place`.
            Slot::Org if self.named_by_place(k, depth) => (k, None),
            Slot::Org => match self.parse_at(k, depth + 1) {
                Some(mut p) => {
                    p.in_slot = true;
                    (p.tokens.end, Some(p))
                }
                None => (k, None),
            },
            // Read by `slots` itself.
            Slot::Defined => (k, None),
            Slot::Seat => {
                let v = self.v;
                // Lower case: `Di` opening a headline clause is no seat.
                if !matches!(v.tok(k), "di" | "pada") || self.breaks(k + 1) {
                    return (k, None);
                }
                let e = self.place(k + 1);
                if e > k + 1 {
                    return (e, None);
                }
                match self.parse_at(k + 1, depth + 1) {
                    Some(mut p) if p.tokens.end > p.head_tokens.end => {
                        p.in_slot = true;
                        (p.tokens.end, Some(p))
                    }
                    _ => (k, None),
                }
            }
            Slot::Continuation => {
                let v = self.v;
                if (v.is(k, "dan") || v.tok(k) == "&" || v.is(k, "serta"))
                    && v.is_capitalised(k + 1)
                    && v.org_head[k + 1].is_none()
                    && !self.opens_org(k + 1, depth)
                {
                    let e = self.portfolio(k + 1, depth);
                    if e > k + 1 {
                        return (e, None);
                    }
                }
                (k, None)
            }
        }
    }

    /// The branch office a name may end with: `Cabang Grobogan`, `Perwakilan Sulawesi
    /// Selatan`, after its short form in brackets too (`Ikatan Dokter Indonesia (IDI) Cabang
    /// Grobogan`), or the place alone when the name read `Cabang` already. Returns the new
    /// end (`pos` when there is none).
    fn branch_tail(&self, pos: usize, bracket: &mut Option<Range<usize>>) -> usize {
        let v = self.v;
        let n = v.tokens.len();
        let branch =
            |k: usize| k < n && v.is_capitalised(k) && (v.is(k, "Cabang") || v.is(k, "Perwakilan"));
        if pos > 0 && branch(pos - 1) && !self.breaks(pos) {
            let e = self.place(pos);
            if e > pos {
                return e;
            }
        }
        let (b, at) = match bracket {
            None => match self.bracket_at(pos) {
                Some(b) => {
                    let after = b.end + 1;
                    (Some(b), after)
                }
                None => (None, pos),
            },
            Some(_) => (None, pos),
        };
        if branch(at) && !self.breaks(at) && !self.breaks(at + 1) {
            let e = self.place(at + 1);
            if e > at + 1 {
                if b.is_some() {
                    *bracket = b;
                }
                return e;
            }
        }
        pos
    }

    /// `( SHORT )`, `( SHORT Place )` or `( SHORT SHORT-SHORT )` at `k`: the tokens inside.
    fn bracket_at(&self, k: usize) -> Option<Range<usize>> {
        let v = self.v;
        let n = v.tokens.len();
        if k >= n || v.tok(k) != "(" {
            return None;
        }
        let close = (k + 2..n.min(k + 6)).find(|&j| v.tok(j) == ")")?;
        let s = k + 1;
        let t = v.tok(s);
        let short = v.is_word(s)
            && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && (v.is_caps(s)
                || t.chars().skip(1).any(char::is_uppercase)
                || v.acronym[s].is_some()
                || (close > s + 1 && v.org_head[s].is_some())
                || !(v.in_place[s] || self.common(s))
                // A blend the stemmer reads as a derived word (`Ditlantas`: `di-`), which
                // no dictionary lists.
                || (v.is_capitalised(s)
                    && !v.in_place[s]
                    && !with_lower(t, |l| self.people.is_dictionary_lower(l))));
        let rest_ok = (s + 1..close).all(|j| v.is_word(j) || v.tok(j) == "-");
        (short && rest_ok).then_some(s..close)
    }

    /// A national institution or regional body (name or short form) starts at `k`.
    fn opens_named_body(&self, k: usize) -> bool {
        let v = self.v;
        k < v.tokens.len()
            && (v.institution[k].is_some()
                || v.institution_acronym[k].is_some()
                || v.regional[k].is_some()
                || v.regional_acronym[k].is_some())
    }

    /// Token `i` continues the sub-unit name after a unit title: only capitalised words
    /// between them.
    fn in_unit_name(&self, i: usize) -> bool {
        let v = self.v;
        let mut k = i;
        while k > 0 && i - k < 4 {
            if v.after_unit_title[k] {
                return true;
            }
            k -= 1;
            if !(v.is_word(k) && v.is_capitalised(k)) || self.breaks(k + 1) {
                return false;
            }
        }
        false
    }

    /// A line break before token `k`: names do not run across lines.
    fn breaks(&self, k: usize) -> bool {
        k > 0 && self.v.line_ends_after(k - 1)
    }

    /// An ordinary word (lower-cased lookup).
    fn common(&self, k: usize) -> bool {
        with_lower(self.v.tok(k), |l| self.people.is_common_lower(l))
    }

    /// In a Title Case headline, a verb formed with an affix ends the name before it
    /// (`BUMDes Sumber Rejeki Kembangkan Wisata`, `Ditjen Bina Marga Percepat Preservasi`).
    fn headline_verb(&self, k: usize) -> bool {
        self.v.title_case[k] && with_lower(self.v.tok(k), |l| self.people.is_affixed_verb_lower(l))
    }

    /// In a Title Case headline, whether a word capitalised only by the headline ends a name
    /// at `k` (or keeps a slot from opening there), as lower case would in running text: in
    /// a portfolio a stopword (`Dinas Empat Tahun Penjara`), in a proper name an ordinary
    /// word after a word that is none or a place (`RSUD dr. Soetomo Buka Layanan`,
    /// `Pokdarwis Jatiluwih Kelola`, `Perumda Air Minum Kota Makassar Tambah`).
    fn headline_stop(&self, k: usize, proper: bool) -> bool {
        let v = self.v;
        if !v.title_case[k] || k == 0 || !v.is_word(k) || v.is_caps(k) {
            return false;
        }
        // A stopword may be a word of a proper name (`BUMDes Maju Bersama`), not of a
        // portfolio.
        if !proper && v.word_is(k, WordClass::Stopword) == Some(true) {
            return true;
        }
        // The head before the name's first word is no word of the name (`Perumda Air`).
        let head_before = v.org_head[k - 1].is_some_and(|at| at.end == k);
        proper
            && !head_before
            && v.is_word(k - 1)
            && !v.is_caps(k - 1)
            && (v.in_place[k - 1] || !self.common(k - 1))
            && self.common(k)
    }

    fn given_name(&self, k: usize) -> bool {
        // The scan's vocabulary knows the given names of most words.
        self.v
            .word_is(k, WordClass::GivenName)
            .unwrap_or_else(|| with_lower(self.v.tok(k), |l| self.people.is_given_name_lower(l)))
    }

    /// Token `k` stops any name: another recogniser's, a person's, a rank or honorific.
    fn blocked(&self, k: usize) -> bool {
        let v = self.v;
        v.taken[k] || v.name[k] || v.in_rank[k] || v.in_honorific[k]
    }

    /// Portfolio words from `k`: capitalised ordinary words, acronyms and the words joining
    /// them. Returns the end (`k` when there are none).
    fn portfolio(&self, k: usize, depth: usize) -> usize {
        let v = self.v;
        let n = v.tokens.len();
        let limit = (k + MAX_PORTFOLIO).min(n);
        let mut e = k;
        let mut good = k;
        // Whether a comma has listed items of the portfolio already.
        let mut listed = false;
        while e < limit {
            if self.blocked(e) || (e > k && self.breaks(e)) {
                break;
            }
            // A position opening the portfolio is not one (`Kantor Bupati`); within it, a
            // one-word position is a portfolio word (`Kantor Komunikasi Presiden`, `Biro
            // Administrasi Pimpinan`), a longer one starts a new phrase.
            if v.title_end[e] > e && (e == k || v.title_end[e] > e + 1) {
                break;
            }
            // A place or another organisation ends it; not a head whose name would be the
            // place alone, which is a portfolio word (`Dinas Pendidikan Dayah Aceh`).
            if self.place(e) > e
                || (e > k && self.opens_org(e, depth) && !self.named_by_place(e, depth))
            {
                break;
            }
            let t = v.tok(e);
            if e > k && (v.is(e, "dan") || v.is(e, "serta") || t == "&") && v.is_capitalised(e + 1)
            {
                // Another body's head after `dan` opens that body, even alone (`Polsek dan
                // Koramil setempat`).
                if v.org_head[e + 1].is_some() {
                    break;
                }
                e += 1;
                continue;
            }
            // A list's last item after a comma: `Pendidikan, Perpustakaan, dan Arsip`. With no
            // item listed before, the list is the text's, and the name one of its items
            // (`Polri, TNI, Dinas Perhubungan, dan Brigade Manguni`).
            if e > k
                && t == ","
                && listed
                && (v.is(e + 1, "dan") || v.is(e + 1, "serta"))
                && v.is_capitalised(e + 2)
                && v.org_head[e + 2].is_none()
                && !self.opens_named_body(e + 2)
            {
                e += 2;
                continue;
            }
            // A list: `Meteorologi, Klimatologi, dan Geofisika`, `Sosial, Pemberdayaan
            // Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana`.
            // (An item that opens a body's name and is no ordinary word is the text's list:
            // `Kantor Pertanahan, Samsat, dan BPJS Kesehatan`; `Koperasi` is a portfolio's
            // word too.)
            if e > k
                && t == ","
                && v.is_capitalised(e + 1)
                && (v.org_head[e + 1].is_none() || self.common(e + 1))
                && ((e + 2..limit.min(e + 7)).any(|j| v.is(j, "dan"))
                    || self.list_goes_on(e + 1, limit))
            {
                listed = true;
                e += 1;
                continue;
            }
            if !v.is_word(e)
                || !v.is_capitalised(e)
                || self.headline_stop(e, false)
                || e > k && self.headline_verb(e)
            {
                break;
            }
            // An office's class inside its portfolio: `Kantor Imigrasi Kelas I Khusus`.
            if e > k && v.is(e, "Kelas") && e + 1 < limit && is_numbering(v, e + 1) {
                e += 2;
                if e < limit && v.is(e, "Khusus") && v.is_capitalised(e) {
                    e += 1;
                }
                good = e;
                continue;
            }
            // Numbering belongs to number slots (`Komisi III`), not to a portfolio.
            if is_numbering(v, e) {
                break;
            }
            if v.is_caps(e) || t.chars().skip(1).any(char::is_uppercase) {
                // Two capitals before a name word are a person's initials (`AM Putranto`).
                let initials = t.chars().count() <= 2
                    && e + 1 < n
                    && v.is_capitalised(e + 1)
                    && !v.is_caps(e + 1)
                    && !self.common(e + 1);
                if initials {
                    break;
                }
                e += 1;
                good = e;
                continue;
            }
            // A given name that is also a word, before another word: `Lalu Lintas`.
            let word_first = || {
                with_lower(t, |l| self.people.is_dictionary_lower(l))
                    && e + 1 < limit
                    && v.is_word(e + 1)
                    && v.is_capitalised(e + 1)
                    && !self.given_name(e + 1)
                    && self.common(e + 1)
            };
            // An ordinary word is no given name (`is_common_lower`): a word that is no given
            // name goes on without the costlier look-up of ordinary words.
            if !self.given_name(e) || word_first() {
                e += 1;
                good = e;
                continue;
            }
            break;
        }
        good
    }

    /// Whether an organisation opens at `k` whose name a short form in brackets right after
    /// it spells (`Gereja Masehi Injili di Minahasa (GMIM)`): a name of its own.
    fn defined_name_at(&self, k: usize, depth: usize) -> bool {
        if !self.opens_org(k, depth) {
            return false;
        }
        self.parse_at(k, depth + 1).is_some_and(|p| {
            self.bracket_at(p.tokens.end)
                .is_some_and(|b| b.len() == 1 && self.abbreviates_words(b.start, p.tokens.clone()))
        })
    }

    /// Whether the organisation opening at `e` is a full-word head whose name slot read only
    /// a place (`Dayah Aceh`): inside a portfolio that head is a word of it, and the place
    /// the portfolio's name's (`Dinas Pendidikan Dayah Aceh`).
    fn named_by_place(&self, e: usize, depth: usize) -> bool {
        let Some(at) = self.v.org_head[e] else {
            return false;
        };
        let (h, end) = (at.index as usize, at.end);
        let named =
            !self.abbreviated[h] && matches!(self.pattern_slots(h).next(), Some((Slot::Name, _)));
        named
            && self.place(end) > end
            && self
                .parse_at(e, depth + 1)
                .is_some_and(|p| p.head_tokens.end == end && p.tokens.end == self.place(end))
    }

    /// Whether capitalised words and commas from `k` reach `dan` or `serta` before `limit`.
    fn list_goes_on(&self, k: usize, limit: usize) -> bool {
        let v = self.v;
        let mut j = k;
        while j < limit && !self.breaks(j) {
            if v.is(j, "dan") || v.is(j, "serta") {
                return j > k;
            }
            // Another name ends it.
            let head = v.org_head[j].is_some() || self.opens_named_body(j);
            if head || !(v.tok(j) == "," || v.is_word(j) && v.is_capitalised(j)) {
                return false;
            }
            j += 1;
        }
        false
    }

    /// A place at `k`, with an administrative prefix or not, or `RI`, `Republik Indonesia`.
    /// Returns its end (`k` when there is none).
    fn place(&self, k: usize) -> usize {
        let v = self.v;
        let n = v.tokens.len();
        if k >= n || self.blocked(k) {
            return k;
        }
        if v.tok(k) == "RI" {
            return k + 1;
        }
        if v.is(k, "Republik") && v.is(k + 1, "Indonesia") && v.is_capitalised(k) {
            return k + 2;
        }
        if v.admin_prefix[k] && k + 1 < n && v.is_capitalised(k + 1) && v.is_word(k + 1) {
            if v.place_end[k + 1] > k + 1 {
                return v.place_end[k + 1];
            }
            // An unknown village or district after its prefix: its capitalised words.
            let mut e = k + 1;
            while e < n
                && e < k + 4
                && !self.breaks(e)
                && v.is_word(e)
                && v.is_capitalised(e)
                && !v.is_caps(e)
                && !self.blocked(e)
                && !self.given_name(e)
            {
                e += 1;
            }
            return if e > k + 1 { e } else { k };
        }
        if v.is_capitalised(k) && v.place_end[k] > k {
            return v.place_end[k];
        }
        // In a name's place slot, a name of the place lexicons is the place even where the
        // place recogniser wants more context (`Rutan Kelas IIB Tenggarong`), unless it is
        // also an ordinary word or a given name (`DPD RI Awang Ferdian`).
        let e = v.lexicon_place_end[k];
        if e > k
            && v.is_capitalised(k)
            && (k..e).all(|j| {
                with_lower(v.tok(j), |lower| {
                    !self.people.is_listed_word_lower(lower)
                        && !self.people.is_given_name_lower(lower)
                }) && !v.name[j]
            })
        {
            return e;
        }
        k
    }

    /// The end of an office's Roman numeral after its place (`Kanwil DJP Jawa Tengah I`), or
    /// `e` when there is none. A capitalised word after it would make it a name's (`I Made`).
    fn office_numeral(&self, e: usize) -> usize {
        let v = self.v;
        let roman = is_numbering(v, e) && v.tokens[e].kind != TokenKind::Number;
        if roman && !self.name_after(e + 1) && !self.breaks(e) {
            e + 1
        } else {
            e
        }
    }

    /// Whether a capitalised word at `k` would make a Roman numeral before it a name's (`I
    /// Made`): not a headline's verb or ordinary word (`Kanwil DJP Jateng I Buka Layanan`).
    fn name_after(&self, k: usize) -> bool {
        let v = self.v;
        let capital = k < v.tokens.len() && v.is_word(k) && v.is_capitalised(k) && !self.breaks(k);
        capital
            && !(v.title_case[k]
                && (self.headline_verb(k) || self.common(k) && !self.given_name(k)))
    }

    /// Whether `head` abbreviates its name (`PLN`, `Dinkes`, `Polres`).
    fn abbreviated_head(&self, head: Head) -> bool {
        match head {
            Head::Pattern(h) => self.abbreviated[h as usize],
            Head::InstitutionAcronym(_) | Head::RegionalAcronym(_) => true,
            Head::Institution(_) | Head::Regional(_) | Head::Blend => false,
        }
    }

    /// The end of a sub-unit's short form and place from `k` (`UIW NTT`, `UP3 Makassar
    /// Selatan`, `P2KB Kota Kupang`), or `k` when there is none: a word in capitals that is no
    /// place, body, title or term the text defines, then a place.
    pub fn unit_tail(&self, k: usize) -> usize {
        let v = self.v;
        let n = v.tokens.len();
        if k + 1 >= n || self.breaks(k) || !v.is_caps_word(k) || self.blocked(k) {
            return k;
        }
        let short = v.tok(k).len() <= 6
            && !v.in_place[k]
            && v.lexicon_place_end[k] <= k
            && v.title_end[k] <= k
            && v.org_head[k].is_none()
            && !self.opens_named_body(k)
            && !self.breaks(k + 1);
        if !short {
            return k;
        }
        let e = self.place(k + 1);
        if e > k + 1 {
            e
        } else {
            k
        }
    }

    /// Capitalised proper-name words from `k`.
    fn name(&self, k: usize) -> usize {
        let v = self.v;
        let n = v.tokens.len();
        let mut e = k;
        // A small whole number inside a name, before more of it: `SMA Negeri 3 Madiun`.
        let inner_number = |e: usize| {
            let t = v.tok(e);
            v.tokens[e].kind == TokenKind::Number
                && t.len() <= 3
                && t.bytes().all(|b| b.is_ascii_digit())
                && v.is_word(e + 1)
                && v.is_capitalised(e + 1)
        };
        // A name after a doctor's or professor's title or another honorific: `RSUD dr.
        // Soetomo`, `RSUP Dr Sardjito`, `Universitas Sultan Ageng Tirtayasa`.
        let title_then_name = |e: usize| {
            if !is_name_title(v.tok(e)) && !v.in_honorific[e] {
                return None;
            }
            let next = if e + 1 < n && v.tok(e + 1) == "." && v.glued(e) {
                e + 2
            } else {
                e + 1
            };
            let word = |k: usize| v.is_word(k) || v.tokens[k].kind == TokenKind::Initial;
            (next < n && word(next) && v.is_capitalised(next) && !v.name[next]).then_some(next)
        };
        // A class's descriptor before a company's legal form names no company of its own
        // (`Badan Usaha Milik Negara PT Perikanan Indonesia`); a headline's verb opens no
        // name (`Ribuan Jemaat Diperkirakan Hadir`).
        if k < n && (self.company_form(k) || self.headline_verb(k)) {
            return k;
        }
        let mut good = k;
        while e < n && e < k + MAX_NAME_WORDS && !(e > k && self.breaks(e)) {
            // A place of several words inside the name is read whole, though a word of it
            // reads as an honorific (`Dayah Darussalam Labuhan Haji`).
            let place = self.place(e);
            if place > e + 1 && v.is_capitalised(e) {
                e = place;
                good = e;
                continue;
            }
            if let Some(next) = title_then_name(e) {
                e = next;
                continue;
            }
            let word = v.is_word(e) && v.is_capitalised(e) || e > k && inner_number(e);
            // A national institution's full name after the name is the parent body, no word
            // of it (`Stasiun Geofisika Ambon Badan Meteorologi, Klimatologi, dan Geofisika`).
            let institution = e > k && v.institution[e].is_some();
            if !word
                || institution
                || self.blocked(e)
                || self.headline_stop(e, true)
                || self.headline_only(k, e)
                || (e > k && (v.title_end[e] > e || self.headline_verb(e)))
            {
                break;
            }
            e += 1;
            good = e;
        }
        good
    }

    /// In a Title Case headline, whether the ordinary word at `e` is a word of the name
    /// opening at `k` by the headline's capitals alone: the text does not write the name's
    /// words up to it elsewhere (`Sinode GMIM Gelar Ibadah`, where the body writes `Sinode
    /// GMIM`; `BUMDes Serap Hasil Petani`).
    fn headline_only(&self, k: usize, e: usize) -> bool {
        let v = self.v;
        if !v.title_case[e] || v.is_caps(e) || !v.is_word(e) || !self.common(e) {
            return false;
        }
        let own = v.tokens[k].span.start;
        !v.text
            .match_indices(v.slice(k..e + 1))
            .any(|(at, _)| at != own)
    }

    /// Whether a company's legal form (`PT`, `CV`, `Perum`) opens at `k`.
    fn company_form(&self, k: usize) -> bool {
        self.v.org_head[k].is_some_and(|at| {
            self.abbreviated[at.index as usize]
                && self.patterns[at.index as usize].kind == OrgKind::Company
        })
    }

    /// A unit number from `k`: `III`, `1707/Merauke`, `Kelas IIb`, `2`.
    fn number(&self, k: usize) -> usize {
        let v = self.v;
        let n = v.tokens.len();
        let mut e = k;
        if v.is(e, "Kelas") && v.is_capitalised(e) && e + 1 < n && is_numbering(v, e + 1) {
            e += 1;
        }
        // A commission's letter: `Komisi B`. Not an initial (`A.`).
        let letter = e == k
            && e < n
            && matches!(v.tok(e), "A" | "B" | "C" | "D" | "E")
            && v.tokens[e].kind != TokenKind::Initial
            && !(e + 1 < n && v.tok(e + 1) == "." && v.glued(e));
        if letter {
            return e + 1;
        }
        if !is_numbering(v, e) {
            return k;
        }
        // A year is no unit's number (`SD dan SMP 2026`), unless a unit name follows it
        // (`Kodim 1908/Tegal`).
        let t = v.tok(e);
        let year = t.len() == 4
            && (t.starts_with("19") || t.starts_with("20"))
            && t.bytes().all(|b| b.is_ascii_digit());
        if year && !(e + 1 < n && v.tok(e + 1) == "/" && v.glued(e)) {
            return k;
        }
        e += 1;
        // A Koramil's number holds its Kodim's: `Koramil 1207-01/Sungai Ambawang`.
        if e + 2 < n
            && v.tok(e) == "-"
            && v.glued(e - 1)
            && v.glued(e)
            && is_numbering(v, e + 1)
            && v.tok(e + 2) == "/"
        {
            e += 2;
        }
        // 1707/Merauke, VI/Mulawarman, and a unit name of several words: 082/Citra Panca
        // Yudha Jaya, 091/Aji Surya Natakesuma.
        if e + 1 < n && v.tok(e) == "/" && v.glued(e - 1) && v.glued(e) && v.is_capitalised(e + 1) {
            e += 2;
            let first = e;
            while e < n
                && e < first + 4
                && v.is_word(e)
                && v.is_capitalised(e)
                && !v.is_caps(e)
                && !self.blocked(e)
                && !self.breaks(e)
                && v.title_end[e] <= e
                && v.org_head[e].is_none()
                && !self.opens_named_body(e)
                && v.place_end[e] <= e
                && !self.headline_stop(e, true)
                && !self.headline_verb(e)
            {
                e += 1;
            }
        }
        e
    }

    /// Another organisation (not a bare pattern head) starts at `e`.
    fn opens_org(&self, e: usize, depth: usize) -> bool {
        let v = self.v;
        if !(v.org_head[e].is_some() || self.opens_named_body(e)) {
            return false;
        }
        match self.opens.borrow().get(e) {
            Some(1) => return false,
            Some(2) => return true,
            _ => {}
        }
        let yes = self.parse_at(e, depth + 1).is_some_and(|p| {
            p.tokens.end > p.head_tokens.end || !matches!(p.head, Head::Pattern(_))
        });
        if let Some(slot) = self.opens.borrow_mut().get_mut(e) {
            *slot = if yes { 2 } else { 1 };
        }
        yes
    }
}

/// A title or honorific inside the name of a body named after a person (`RSUD dr. R.
/// Soedjati`, `RSUP Dr. Sardjito`, `RSUD H. Damanhuri`).
fn is_name_title(t: &str) -> bool {
    let t = t.strip_suffix('.').unwrap_or(t);
    matches!(
        t,
        "dr" | "Dr" | "DR" | "Prof" | "Ir" | "KH" | "R" | "RM" | "H" | "Hj" | "HM"
    )
}

/// A capitalised word naming a kind of regulation, which the issuing body's name may follow
/// (`Peraturan Kejaksaan`, `Keputusan Menteri`, `Instruksi Presiden`).
fn is_regulation_kind(v: &DocView<'_>, k: usize) -> bool {
    v.is_capitalised(k) && matches!(v.tok(k), "Peraturan" | "Keputusan" | "Instruksi")
}

/// A number or a Roman numeral with an optional class letter (`III`, `IIb`).
fn is_numbering(v: &DocView<'_>, i: usize) -> bool {
    if i >= v.tokens.len() {
        return false;
    }
    if v.tokens[i].kind == TokenKind::Number {
        return true;
    }
    let t = v.tok(i);
    let roman = t.trim_end_matches(['a', 'b', 'A', 'B']);
    !roman.is_empty()
        && roman.len() <= 5
        && roman.len() + 1 >= t.len()
        && roman.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::acronym::view::testing::{with_view, Parts};

    /// Calls `f` with the view of `text`, the recognisers and a parser over the view.
    fn with_parser<R>(
        text: &str,
        f: impl FnOnce(&DocView<'_>, &Parts<'_>, &Parser<'_, '_>) -> R,
    ) -> R {
        with_view(text, |v, parts| {
            let o = parts.orgs;
            let parser = Parser::new(
                v,
                parts.people,
                &o.patterns,
                &o.abbreviated,
                &o.institutions,
                &o.regional,
                Vec::new(),
            );
            f(v, parts, &parser)
        })
    }

    /// The text of the name read at the first token of `text`, its bracket and nested names.
    fn read(text: &str) -> Option<(String, Option<String>, Vec<String>)> {
        with_parser(text, |v, _, parser| {
            parser.best_at(0).map(|p| {
                (
                    v.slice(p.tokens.clone()).to_string(),
                    p.bracket.clone().map(|b| v.slice(b).to_string()),
                    p.nested
                        .iter()
                        .map(|q| v.slice(q.tokens.clone()).to_string())
                        .collect(),
                )
            })
        })
    }

    fn text_of(text: &str) -> Option<String> {
        read(text).map(|r| r.0)
    }

    #[test]
    fn portfolio_then_place() {
        assert_eq!(
            text_of("Dinas Pertanian dan Ketahanan Pangan Provinsi Kalimantan Selatan menanam."),
            Some("Dinas Pertanian dan Ketahanan Pangan Provinsi Kalimantan Selatan".into())
        );
        // A list with commas.
        assert_eq!(
            text_of("Badan Meteorologi, Klimatologi, dan Geofisika Samarinda memantau."),
            Some("Badan Meteorologi, Klimatologi, dan Geofisika Samarinda".into())
        );
        // A trailing `dan` is not part of it.
        assert_eq!(
            text_of("Dinas Pariwisata dan warga"),
            Some("Dinas Pariwisata".into())
        );
    }

    #[test]
    fn brackets_inside_and_closing() {
        assert_eq!(
            read("Rumah Tahanan (Rutan) Kelas IIB Tenggarong menyiapkan"),
            Some((
                "Rumah Tahanan (Rutan) Kelas IIB Tenggarong".into(),
                Some("Rutan".into()),
                vec![]
            ))
        );
        assert_eq!(
            read("Badan Penanggulangan Bencana Daerah (BPBD), polisi"),
            Some(("Badan Penanggulangan Bencana Daerah".into(), None, vec![]))
        );
        // A place in brackets is not a short form.
        assert_eq!(
            text_of("DPRD Provinsi Sulawesi Tengah (Sulteng) bersidang"),
            Some("DPRD Provinsi Sulawesi Tengah".into())
        );
    }

    #[test]
    fn numbers_and_nested_bodies() {
        assert_eq!(
            read("Komisi IV DPR RI meninjau"),
            Some(("Komisi IV DPR RI".into(), None, vec!["DPR RI".into()]))
        );
        assert_eq!(
            text_of("Kodim 0906/Kukar membantu"),
            Some("Kodim 0906/Kukar".into())
        );
        assert_eq!(
            read("Fraksi Golkar menolak"),
            Some(("Fraksi Golkar".into(), None, vec!["Golkar".into()]))
        );
    }

    #[test]
    fn heads_that_need_more() {
        // A required place is missing: a full-word head is nothing, an abbreviated public
        // body stands alone.
        assert_eq!(text_of("Pemerintah bersama warga"), None);
        assert_eq!(text_of("Polres menerima laporan"), Some("Polres".into()));
        assert_eq!(text_of("Komisi menerima laporan"), None);
        assert_eq!(text_of("SD itu direnovasi"), None);
        // An office of a named body is that body.
        assert_eq!(text_of("Kantor Bawaslu Kaltim"), None);
        // A position with the same first word.
        assert_eq!(text_of("Deputi Bidang Statistik Sosial BPS"), None);
    }

    #[test]
    fn numbering() {
        with_view("Kelas IIB 1707 XIV IIIa Kabupaten", |v, _| {
            let got: Vec<bool> = (0..v.tokens.len()).map(|i| is_numbering(v, i)).collect();
            assert_eq!(got, vec![false, true, true, true, true, false]);
        });
        assert!(abbreviates("Pemprov", "Pemerintah Provinsi"));
        assert!(!abbreviates("Dinas", "Dinas"));
        assert!(!abbreviates("Pemerintah Kota", "Pemkot"));
    }

    #[test]
    fn headline_words_end_names() {
        // A Title Case headline capitalises its verb and its other words.
        assert_eq!(
            text_of("RSUD Lambuang Tigo Buka Poli Anak untuk Warga Desa"),
            Some("RSUD Lambuang Tigo".into())
        );
        assert_eq!(
            text_of("Pokdarwis Sembuluh Kelola Parkir Wisata Bersama Warga"),
            Some("Pokdarwis Sembuluh".into())
        );
        assert_eq!(
            text_of("Mantan Pejabat Dinas Enam Tahun Penjara di Kota Itu"),
            None
        );
        with_parser(
            "Hakim Vonis Mantan Pejabat Dinas Enam Tahun Penjara di Kota Itu",
            |_, _, parser| assert!(parser.best_at(4).is_none()),
        );
        // In running text the same words are lower case; a name's own words stay.
        assert_eq!(
            text_of("RSUD Lambuang Tigo membuka poli anak."),
            Some("RSUD Lambuang Tigo".into())
        );
    }

    /// The vocabulary's answer for given names is the lexicon's, and no given name is an
    /// ordinary word (what lets the portfolio skip the look-up of ordinary words).
    #[test]
    fn given_names_by_the_vocabulary_are_no_ordinary_words() {
        let text = "Dinas Budi Agus SITI Kesehatan Lalu Lintas Énergi Dewi rapat, Ahmad dan Sri.";
        with_parser(text, |v, parts, parser| {
            let mut given = 0;
            for k in 0..v.tokens.len() {
                let lower = v.tok(k).to_lowercase();
                let is_given = parts.people.is_given_name_lower(&lower);
                assert_eq!(parser.given_name(k), is_given, "{}", v.tok(k));
                if is_given {
                    given += 1;
                    assert!(!parser.common(k), "{}", v.tok(k));
                }
            }
            assert!(given >= 4, "{given}");
        });
    }

    #[test]
    fn short_forms_inside_names() {
        // The short form abbreviates the whole name, not the organisation in its slot.
        assert_eq!(
            read(
                "Kantor Wilayah Kementerian Hukum (Kanwil Kemenkum) Provinsi Sulawesi Tengah rapat"
            ),
            Some((
                "Kantor Wilayah Kementerian Hukum (Kanwil Kemenkum) Provinsi Sulawesi Tengah"
                    .into(),
                Some("Kanwil Kemenkum".into()),
                vec!["Kementerian Hukum".into()]
            ))
        );
        assert_eq!(
            text_of(
                "Badan Pengurus Cabang Himpunan Pengusaha Muda Indonesia (BPC HIPMI) Palu melantik"
            ),
            Some("Badan Pengurus Cabang Himpunan Pengusaha Muda Indonesia (BPC HIPMI) Palu".into())
        );
        // A short form that is a head goes on with that head's slots.
        assert_eq!(
            read("Perusahaan Umum Daerah (Perumda) Air Minum Kota Palu menambah pipa"),
            Some((
                "Perusahaan Umum Daerah (Perumda) Air Minum Kota Palu".into(),
                Some("Perumda".into()),
                vec![]
            ))
        );
        // Words joined by `dan` up to a short form that spells them, from the head or after
        // a repeated head.
        assert_eq!(
            text_of("Politeknik Pertanian dan Peternakan (Politeknik PP) Sulawesi mengikuti lomba"),
            Some("Politeknik Pertanian dan Peternakan (Politeknik PP) Sulawesi".into())
        );
        assert_eq!(
            text_of("Yayasan Pendidikan dan Pelayanan Sosial (YPPS) untuk guru"),
            Some("Yayasan Pendidikan dan Pelayanan Sosial".into())
        );
        // Not when the short form spells something else.
        assert_eq!(
            text_of("Yayasan Pendidikan dan Pelayanan Sosial (BPS) untuk guru"),
            Some("Yayasan Pendidikan".into())
        );
    }

    #[test]
    fn long_portfolio_lists() {
        assert_eq!(
            text_of(
                "Dinas Sosial, Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana (Dinsos P3AP2KB) Sigi membagikan"
            ),
            Some(
                "Dinas Sosial, Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana (Dinsos P3AP2KB) Sigi"
                    .into()
            )
        );
        // A list does not run into the next organisation.
        assert_eq!(
            text_of(
                "Dinas Pertanian, Peternakan, Perikanan, Badan Pusat Statistik dan warga hadir"
            ),
            Some("Dinas Pertanian".into())
        );
    }

    #[test]
    fn words_that_are_also_names() {
        // `Lalu` is a Sasak given name and a word; a blend in brackets the stemmer reads as
        // a derived word is a short form.
        assert_eq!(
            read("Direktorat Lalu Lintas (Ditlantas) Polda Sulteng menyiapkan skema"),
            Some((
                "Direktorat Lalu Lintas (Ditlantas) Polda Sulteng".into(),
                Some("Ditlantas".into()),
                vec!["Polda Sulteng".into()]
            ))
        );
        // A given name after a portfolio ends it.
        assert_eq!(
            text_of("Dinas Pendidikan Lalu Muhammad Amin"),
            Some("Dinas Pendidikan".into())
        );
        // An honorific inside the name of a body named after a person.
        assert_eq!(
            text_of("UIN Sultan Amai Gorontalo menerima mahasiswa"),
            Some("UIN Sultan Amai Gorontalo".into())
        );
    }

    #[test]
    fn union_boards_and_courts() {
        assert_eq!(
            read(
                "Pimpinan Cabang Federasi Serikat Pekerja Kelapa Sawit (FSP KS-SPSI) Sigi menolak"
            ),
            Some((
                "Pimpinan Cabang Federasi Serikat Pekerja Kelapa Sawit (FSP KS-SPSI) Sigi".into(),
                None,
                vec!["Federasi Serikat Pekerja Kelapa Sawit (FSP KS-SPSI) Sigi".into()]
            ))
        );
        // The court with its seat, which is listed too.
        assert_eq!(
            read("Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri Palu"),
            Some((
                "Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri Palu".into(),
                Some("Tipikor".into()),
                vec!["Pengadilan Negeri Palu".into()]
            ))
        );
        assert_eq!(
            text_of("Pengadilan Tipikor menggelar sidang"),
            Some("Pengadilan Tipikor".into())
        );
    }

    #[test]
    fn heads_that_need_their_short_form() {
        assert_eq!(
            read("Masyarakat Peduli Sungai Palu (MPSP) Sulteng melapor"),
            Some((
                "Masyarakat Peduli Sungai Palu (MPSP) Sulteng".into(),
                Some("MPSP".into()),
                vec![]
            ))
        );
        assert_eq!(
            text_of("Organisasi Penyelam Sukarela Republik Indonesia (OPSRI) membantu"),
            Some("Organisasi Penyelam Sukarela Republik Indonesia".into())
        );
        // Without a short form, or with a term's, the word is a common noun.
        assert_eq!(text_of("Masyarakat Peduli Sungai menanam pohon"), None);
        assert_eq!(
            text_of("Masyarakat Peduli Sungai (MPS) menanam pohon"),
            Some("Masyarakat Peduli Sungai".into())
        );
        assert_eq!(
            text_of("Organisasi Perangkat Daerah (OPD) wajib melapor"),
            None
        );
        assert_eq!(
            text_of("Masyarakat Peduli Sungai (BPBD) menanam pohon"),
            None
        );
    }

    #[test]
    fn lettered_commissions_and_forest_units() {
        assert_eq!(
            read("Komisi C DPRD Kota Palu memanggil dinas"),
            Some((
                "Komisi C DPRD Kota Palu".into(),
                None,
                vec!["DPRD Kota Palu".into()]
            ))
        );
        // An initial is no commission's letter.
        assert_eq!(text_of("Komisi A. Rahman"), None);
        assert_eq!(
            text_of("Kesatuan Pengelolaan Hutan (KPH) Sigi menanam bibit"),
            Some("Kesatuan Pengelolaan Hutan (KPH) Sigi".into())
        );
        // A unit number after the place the bracket leads to.
        assert_eq!(
            text_of("Manggala Agni Daerah Operasi (Daops) Sumatera III memadamkan api"),
            Some("Manggala Agni Daerah Operasi (Daops) Sumatera III".into())
        );
        assert_eq!(
            text_of("Panitia Pemilihan Kecamatan (PPK) dilantik"),
            Some("Panitia Pemilihan Kecamatan".into())
        );
    }
}
