//! The per-document view the acronym and organisation recognisers share: what the shared
//! dictionary found at each token (places, titles, ranks, honorifics, acronyms, organisation
//! heads and names), which tokens other recognisers own (dates, people's names), and the
//! layout of the text (lines, credit lines, datelines).

use std::cell::Cell;

use crate::lexicon::acronyms::AcronymCase;
use crate::lexicon::titles::{Complement, TitleCategory};
use crate::recognize::gazetteer::{Entry, Scan, WordClass};
use crate::recognize::organization::{OrgRecognizer, SERVICE_PREFIX};
use crate::recognize::people::PeopleRecognizer;
use crate::recognize::place::PlaceRecognizer;
pub(crate) use crate::text::facts::is_caps;
use crate::text::facts::{self, CAPITAL, CAPS, GLUED, LINE_END, WORD};
use crate::text::hash::FoldHashSet;
use crate::text::{Span, Token, TokenKind};

use super::table::{written_as, AcronymTable, Origin};

/// The recognisers whose lexicons the view reads.
pub(crate) struct Readers<'r> {
    /// The acronym readings.
    pub table: &'r AcronymTable,
    /// Titles, ranks, honorifics, word lists.
    pub people: &'r PeopleRecognizer,
    /// Organisation forms.
    pub orgs: &'r OrgRecognizer,
    /// Administrative prefix words.
    pub places: &'r PlaceRecognizer,
}

/// A lexicon match starting at a token: where it ends and the record it names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct At {
    /// One past its last token.
    pub end: usize,
    /// The record (index into the lexicon of its kind).
    pub index: u32,
}

/// Per-token facts of one document.
pub(crate) struct DocView<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    /// The dictionary matches and the tokens' words.
    scan: &'a Scan<'a>,
    /// End of the longest place match starting at each token (the token itself when none).
    pub place_end: Vec<usize>,
    /// Tokens inside a place match.
    pub in_place: Vec<bool>,
    /// End of the longest name of the place lexicons starting at each token, whether or not
    /// the place recogniser took it for a place there (the token itself when none).
    pub lexicon_place_end: Vec<usize>,
    /// End of the longest title match starting at each token.
    pub title_end: Vec<usize>,
    /// Tokens right after a title whose complement is a sub-unit (`Kanit`, `Kabid`).
    pub after_unit_title: Vec<bool>,
    /// Administrative prefix words of `place_context.tsv` (`Kabupaten`, `Kab.`, `Desa`).
    pub admin_prefix: Vec<bool>,
    /// Tokens inside a rank proper (`AKBP`, `Kombes Pol`), not its service word (`TNI`).
    pub in_rank: Vec<bool>,
    /// Tokens inside an honorific (`HM`, `Dr.`).
    pub in_honorific: Vec<bool>,
    /// The longest acronym reading written as its lexicon allows, at each token (its first
    /// reading in table order).
    pub acronym: Vec<Option<At>>,
    /// The same, among readings written without spaces (`TNI-AL`, not `DPR RI`): an acronym
    /// of the text is one word.
    pub acronym_compact: Vec<Option<At>>,
    /// The longest organisation head at each token.
    pub org_head: Vec<Option<At>>,
    /// The longest national institution name at each token.
    pub institution: Vec<Option<At>>,
    /// The longest national institution short form at each token.
    pub institution_acronym: Vec<Option<At>>,
    /// The longest regional body name at each token.
    pub regional: Vec<Option<At>>,
    /// The longest regional body short form at each token.
    pub regional_acronym: Vec<Option<At>>,
    /// Tokens inside a span another recogniser owns (dates).
    pub taken: Vec<bool>,
    /// Tokens of a person's name, as the people recogniser found them.
    pub name: Vec<bool>,
    /// Tokens of a credit segment: the trailing `(sul/humasprov kaltim)`, `MC Kalsel/usu.`,
    /// `AYD/HAL` of a paragraph.
    pub credit: Vec<bool>,
    /// Tokens of a dateline (`Mataram (ANTARA) -`, `TERNATE, BRN –`): before a dash near the
    /// start of a line.
    pub dateline: Vec<bool>,
    /// Tokens of the news outlet's name in a dateline (`LAMPUNG POST` of `PRINGSEWU, LAMPUNG
    /// POST –`; [`crate::text::dateline::outlet`]), empty when there is none.
    pub outlet: std::ops::Range<usize>,
    /// Tokens of a line in title case (a headline: `Pemprov Kaltim Dorong UMKM Naik Kelas`):
    /// three words or more, every word of four letters or more capitalised.
    pub title_case: Vec<bool>,
    /// The text of each token.
    words: Vec<&'a str>,
    /// Per-token facts (those of [`crate::text::facts`], and [`ACRONYM`]).
    facts: Vec<u8>,
    /// Tokens where an organisation head, an institution or a regional body (name or short
    /// form) starts, in text order.
    pub org_starts: Vec<usize>,
    /// The short forms of regional services the lexicons do not list (`Diskominfotik`), and
    /// listed ones with a unit's suffix glued on (`Diskominfo-SP`), as token ranges in text
    /// order (see [`OrgRecognizer::agency_blend`]). Most texts have none.
    pub blends: Vec<std::ops::Range<usize>>,
    /// Per token, the furthest end of the acronym, organisation head, institution and
    /// regional body matches (names and short forms) starting there (0 when none).
    match_end: Vec<usize>,
}

/// Fact: an acronym reading starts at the token ([`DocView::acronym`] is set there); the
/// others are the shared ones of [`crate::text::facts`].
const ACRONYM: u8 = facts::FREE;

/// Records the longest match of one kind starting at a token.
fn keep_longest(slot: &mut Option<At>, end: usize, index: u32) {
    if slot.map_or(true, |a| end > a.end) {
        *slot = Some(At { end, index });
    }
}

/// Calls `f` with `s` in lower case (`str::to_lowercase`), without allocating for short
/// ASCII words.
pub(crate) fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    f(&crate::text::case::lower(s))
}

/// Whether a form with the derived case of a lexicon without case rules is written as `w`.
pub(crate) fn derived_written_as(form: &str, w: &str) -> bool {
    let case = if form.chars().any(char::is_lowercase) {
        AcronymCase::Any
    } else {
        AcronymCase::Exact
    };
    written_as(form, w, case)
}

/// Whether `s` has four characters or more (`chars().count() >= 4`), counting only when the
/// bytes do not say.
#[inline]
fn at_least_4_chars(s: &str) -> bool {
    s.len() >= 4 && (s.is_ascii() || s.chars().count() >= 4)
}

/// The text and the facts of each token, written into `words` and `facts`: the facts the
/// scan read with the tokens' words, or (for a scan of other tokens) found anew.
fn token_facts<'a>(
    text: &'a str,
    tokens: &[Token],
    scan: &Scan<'_>,
    words: &mut Vec<&'a str>,
    facts: &mut Vec<u8>,
) {
    words.clear();
    words.extend(tokens.iter().map(|t| t.text(text)));
    if scan.facts().len() == tokens.len() {
        facts.clear();
        facts.extend_from_slice(scan.facts());
    } else {
        facts::fill(text, tokens, facts);
    }
}

/// The per-document buffers of the view, kept between the documents one thread reads so
/// that a document does not allocate them anew.
#[derive(Default)]
struct Buffers {
    /// `place_end`, `lexicon_place_end`, `title_end`, `match_end`.
    ends: [Vec<usize>; 4],
    /// `in_place`, `after_unit_title`, `admin_prefix`, `in_rank`, `in_honorific`, `taken`,
    /// `name`, `credit`, `dateline`, `title_case`.
    flags: [Vec<bool>; 10],
    /// `acronym`, `acronym_compact`, `org_head`, `institution`, `institution_acronym`,
    /// `regional`, `regional_acronym`.
    ats: [Vec<Option<At>>; 7],
    /// The token texts (empty between documents).
    words: Vec<&'static str>,
    facts: Vec<u8>,
    org_starts: Vec<usize>,
}

/// Most capitals of a unit's suffix glued to a service's short form (`Diskominfo-SP`).
const UNIT_SUFFIX: usize = 4;

thread_local! {
    /// This thread's view buffers, taken while a view lives.
    static BUFFERS: Cell<Buffers> = Cell::new(Buffers::default());
}

impl Drop for DocView<'_> {
    fn drop(&mut self) {
        use std::mem::take;
        let mut words = take(&mut self.words);
        words.clear();
        // The same allocation, given back without the document's lifetime.
        let words: Vec<&'static str> = words.into_iter().map(|_| "").collect();
        let b = Buffers {
            ends: [
                take(&mut self.place_end),
                take(&mut self.lexicon_place_end),
                take(&mut self.title_end),
                take(&mut self.match_end),
            ],
            flags: [
                take(&mut self.in_place),
                take(&mut self.after_unit_title),
                take(&mut self.admin_prefix),
                take(&mut self.in_rank),
                take(&mut self.in_honorific),
                take(&mut self.taken),
                take(&mut self.name),
                take(&mut self.credit),
                take(&mut self.dateline),
                take(&mut self.title_case),
            ],
            ats: [
                take(&mut self.acronym),
                take(&mut self.acronym_compact),
                take(&mut self.org_head),
                take(&mut self.institution),
                take(&mut self.institution_acronym),
                take(&mut self.regional),
                take(&mut self.regional_acronym),
            ],
            words,
            facts: take(&mut self.facts),
            org_starts: take(&mut self.org_starts),
        };
        // A thread being torn down has no buffers to keep.
        // A very long document's buffers are let go rather than held by the thread.
        if self.tokens.len() <= crate::recognize::KEPT_BUFFER_TOKENS {
            let _ = BUFFERS.try_with(|c| c.set(b));
        }
    }
}

/// Empties `v` and fills it with `n` copies of `x`, keeping its allocation.
fn reset<T: Clone>(mut v: Vec<T>, n: usize, x: T) -> Vec<T> {
    v.clear();
    v.resize(n, x);
    v
}

/// Empties `v` and fills it with `0..n`, keeping its allocation.
fn identity(mut v: Vec<usize>, n: usize) -> Vec<usize> {
    v.clear();
    v.extend(0..n);
    v
}

impl<'a> DocView<'a> {
    /// Reads the scan; `taken_spans` are the spans other recognisers own (dates), `places`
    /// the spans of the places the place recogniser found, in text order. A place name
    /// found once is a place wherever the text repeats it (`Rutan Tanah Grogot`, the credit
    /// `humasprov kaltim`).
    pub fn new(
        text: &'a str,
        tokens: &'a [Token],
        scan: &'a Scan<'a>,
        lex: &Readers<'_>,
        taken_spans: &[Span],
        places: impl Iterator<Item = Span>,
    ) -> DocView<'a> {
        let (table, people, orgs) = (lex.table, lex.people, lex.orgs);
        let n = tokens.len();
        let b = BUFFERS.try_with(Cell::take).unwrap_or_default();
        let [place_end, lexicon_place_end, title_end, match_end] = b.ends;
        let [in_place, after_unit_title, admin_prefix, in_rank, in_honorific, mut taken, name, credit, dateline, title_case] =
            b.flags;
        let [acronym, acronym_compact, org_head, institution, institution_acronym, regional, regional_acronym] =
            b.ats;
        let (mut words, mut facts): (Vec<&'a str>, _) = (b.words, b.facts);
        token_facts(text, tokens, scan, &mut words, &mut facts);
        crate::recognize::tokens_in_spans_into(tokens, taken_spans, &mut taken);
        let mut org_starts = b.org_starts;
        org_starts.clear();
        let mut v = DocView {
            text,
            tokens,
            scan,
            place_end: identity(place_end, n),
            in_place: reset(in_place, n, false),
            lexicon_place_end: identity(lexicon_place_end, n),
            title_end: identity(title_end, n),
            after_unit_title: reset(after_unit_title, n, false),
            admin_prefix: reset(admin_prefix, n, false),
            in_rank: reset(in_rank, n, false),
            in_honorific: reset(in_honorific, n, false),
            acronym: reset(acronym, n, None),
            acronym_compact: reset(acronym_compact, n, None),
            org_head: reset(org_head, n, None),
            institution: reset(institution, n, None),
            institution_acronym: reset(institution_acronym, n, None),
            regional: reset(regional, n, None),
            regional_acronym: reset(regional_acronym, n, None),
            taken,
            name: reset(name, n, false),
            credit: reset(credit, n, false),
            dateline: reset(dateline, n, false),
            // (set below, with the lines)
            outlet: 0..0,
            title_case: reset(title_case, n, false),
            words,
            facts,
            org_starts,
            blends: Vec::new(),
            match_end: reset(match_end, n, 0),
        };
        let lines = v.lines();
        v.mark_lines(&lines);
        v.outlet = crate::text::dateline::first_outlet(text, tokens, lines.iter().cloned());
        // Titles followed by a unit's name, marked once the longest title at each start is
        // known (`Direktur Utama BPJS Kesehatan`: `Direktur` alone would take a unit name).
        let mut unit_titles: Vec<(usize, usize)> = Vec::new();
        for (m, entries) in &scan.matches {
            let (s, e) = (m.tokens.start, m.tokens.end.min(n));
            if s >= e {
                continue;
            }
            let written = &text[tokens[s].span.start..tokens[e - 1].span.end];
            // The first acronym reading in table order that is written as its lexicon allows.
            let mut reading: Option<u32> = None;
            for entry in entries {
                match *entry {
                    Entry::Region(_)
                    | Entry::RegionAlias(_)
                    | Entry::Country(_)
                    | Entry::Geo(_) => v.lexicon_place_end[s] = v.lexicon_place_end[s].max(e),
                    Entry::PlaceWord(_) => {
                        if lex.places.is_admin_prefix(*entry) && e == s + 1 {
                            v.admin_prefix[s] = true;
                        }
                    }
                    Entry::Title(i) => {
                        let title = people.title(i);
                        // An occupation is no position inside a body's name: the names of
                        // associations carry it (`Perhimpunan Dokter Spesialis Anak …`).
                        if title.is_some_and(|t| t.category == TitleCategory::Functional) {
                            continue;
                        }
                        v.title_end[s] = v.title_end[s].max(e);
                        let unit = title.is_some_and(|t| t.complement == Complement::Unit);
                        if unit && e < n {
                            unit_titles.push((s, e));
                        }
                    }
                    Entry::Rank(i) => {
                        if people.is_true_rank(i) {
                            v.in_rank[s..e].fill(true);
                        }
                    }
                    // An honorific goes before a name: `Haji` in `Badan Pengelola Keuangan
                    // Haji (BPKH)` or `ibu hamil` is a word of the text.
                    Entry::Honorific(_) => {
                        let j = if e < n && tokens[e].text(text) == "." {
                            e + 1
                        } else {
                            e
                        };
                        if j < n && crate::text::case::is_capitalised(tokens[j].text(text)) {
                            v.in_honorific[s..e].fill(true);
                        }
                    }
                    Entry::TitleModifier(_) => {}
                    Entry::Acronym(i) => {
                        let r = table.get(i);
                        // Only `acronyms.tsv` lists forms written in lower case (`laka`);
                        // titles and names are written with a capital (`kasat` is a word).
                        let capital = r.origin == Origin::Acronyms
                            || written.chars().next().is_some_and(char::is_uppercase);
                        if reading.map_or(true, |x| i < x)
                            && capital
                            && written_as(&r.form, written, r.case)
                        {
                            reading = Some(i);
                        }
                    }
                    Entry::OrgHead(i)
                    | Entry::Institution(i)
                    | Entry::InstitutionAcronym(i)
                    | Entry::RegionalBody(i)
                    | Entry::RegionalBodyAcronym(i) => {
                        let ok = orgs
                            .form_of(*entry)
                            .is_some_and(|f| derived_written_as(f, written));
                        // Names are proper nouns: written with a capital.
                        let capital = written.chars().next().is_some_and(char::is_uppercase);
                        if !ok || !capital {
                            continue;
                        }
                        // A short form that is also a word (`Antara`, `Mandiri`) opening a
                        // sentence or in a headline is the word (`Antara lain …`).
                        let short = matches!(
                            *entry,
                            Entry::InstitutionAcronym(_) | Entry::RegionalBodyAcronym(_)
                        );
                        let opens_sentence = s == 0 || {
                            let gap = &text[tokens[s - 1].span.end..tokens[s].span.start];
                            gap.contains('\n')
                                || matches!(tokens[s - 1].text(text), "." | "!" | "?" | "\"" | "“")
                        };
                        if short
                            && (opens_sentence || v.title_case[s])
                            && !is_caps(written)
                            && with_lower(written, |l| people.is_listed_word_lower(l))
                        {
                            continue;
                        }
                        let slot = match *entry {
                            Entry::OrgHead(_) => &mut v.org_head[s],
                            Entry::Institution(_) => &mut v.institution[s],
                            Entry::InstitutionAcronym(_) => &mut v.institution_acronym[s],
                            Entry::RegionalBody(_) => &mut v.regional[s],
                            _ => &mut v.regional_acronym[s],
                        };
                        if slot.map_or(true, |a| e > a.end) {
                            *slot = Some(At { end: e, index: i });
                        }
                        v.org_starts.push(s);
                        v.match_end[s] = v.match_end[s].max(e);
                    }
                }
            }
            if let Some(i) = reading {
                keep_longest(&mut v.acronym[s], e, i);
                v.facts[s] |= ACRONYM;
                v.match_end[s] = v.match_end[s].max(e);
                if (s..e - 1).all(|k| tokens[k].span.end == tokens[k + 1].span.start) {
                    keep_longest(&mut v.acronym_compact[s], e, i);
                }
            }
        }
        v.mark_blends(lex);
        for (s, e) in unit_titles {
            if v.title_end[s] == e {
                v.after_unit_title[e] = true;
            }
        }
        v.org_starts.sort_unstable();
        v.org_starts.dedup();
        // Places: the token ranges of the place recogniser's mentions.
        let places: Vec<Span> = places.collect();
        let mut k = 0;
        for p in &places {
            // The first token from `k` on that does not start before the place (places are
            // few, tokens many: a search, not a walk).
            k += tokens[k..].partition_point(|t| t.span.start < p.start);
            let s = k;
            let mut e = s;
            while e < n && tokens[e].span.end <= p.end {
                e += 1;
            }
            if e > s && tokens[s].span.start == p.start {
                v.place_end[s] = v.place_end[s].max(e);
                v.in_place[s..e].fill(true);
            }
        }
        // Their repetitions, as the dictionary found them: matches of the same key as a
        // place found.
        if !places.is_empty() {
            let is_place_match = |entries: &[Entry]| {
                entries.iter().any(|x| {
                    matches!(
                        x,
                        Entry::Region(_)
                            | Entry::RegionAlias(_)
                            | Entry::Country(_)
                            | Entry::Geo(_)
                    )
                })
            };
            let found_keys: FoldHashSet<usize> = scan
                .matches
                .iter()
                .filter(|(m, entries)| {
                    let (s, e) = (m.tokens.start, m.tokens.end);
                    e <= n && s < e && v.place_end[s] == e && is_place_match(entries)
                })
                .map(|(m, _)| m.key)
                .collect();
            for (m, entries) in &scan.matches {
                let (s, e) = (m.tokens.start, m.tokens.end.min(n));
                if s < e
                    && v.place_end[s] < e
                    && is_place_match(entries)
                    && found_keys.contains(&m.key)
                {
                    v.place_end[s] = e;
                    v.in_place[s..e].fill(true);
                }
            }
        }
        v.mark_credits(&lines);
        v
    }

    /// Finds the short forms of services the lexicons do not list, and those with a unit's
    /// suffix (`blends`): each opens an organisation and is an acronym, and no person's
    /// name.
    fn mark_blends(&mut self, lex: &Readers<'_>) {
        let (people, orgs) = (lex.people, lex.orgs);
        let is_word = |l: &str| people.is_dictionary_lower(l) || people.is_given_name_lower(l);
        // The prefix opens with a capital: only capitalised words are read (one byte each).
        debug_assert!(SERVICE_PREFIX.starts_with(|c: char| c.is_ascii_uppercase()));
        let mut next = 0;
        loop {
            // A capitalised word of the service prefix (most words are none).
            let s = facts::find(&self.facts, next, WORD | CAPITAL);
            if s >= self.facts.len() {
                break;
            }
            next = s + 1;
            let t = self.tok(s);
            if !t.starts_with(SERVICE_PREFIX) {
                continue;
            }
            let listed = self.org_head[s].is_some()
                || self.regional_acronym[s].is_some()
                || self.institution_acronym[s].is_some()
                || self.acronym[s].is_some();
            let blend = !listed && orgs.agency_blend(t, is_word);
            if !blend && !orgs.service_short_form(t, is_word) {
                continue;
            }
            let end = self.unit_suffix_end(s).unwrap_or(s + 1);
            if blend || end > s + 1 {
                self.blends.push(s..end);
                self.org_starts.push(s);
                self.match_end[s] = self.match_end[s].max(end);
                self.facts[s] |= ACRONYM;
            }
        }
    }

    /// The end of a unit's suffix glued by a hyphen to the word at `i` (`-SP` in
    /// `Diskominfo-SP`: statistics and cryptography), if there is one: a word of a few
    /// capitals.
    fn unit_suffix_end(&self, i: usize) -> Option<usize> {
        let suffix = self.words.get(i + 2)?;
        let short = (1..=UNIT_SUFFIX).contains(&suffix.len())
            && suffix.bytes().all(|b| b.is_ascii_uppercase());
        (self.tok(i + 1) == "-" && self.glued(i) && self.glued(i + 1) && short).then_some(i + 3)
    }

    /// Where the name a text gives in Indonesian for a body the lexicons name in another
    /// language (`expansion`: no content word of it is an Indonesian word) starts before the
    /// bracket at `p`: `Organisasi Kesehatan Dunia (WHO)`, where the lexicon has `World Health
    /// Organization`. The capitalised Indonesian words right before the bracket, as many as
    /// the expansion's content words (fewer when fewer come), two at least. Such a name does
    /// not spell its short form, so the text's words are its only test.
    pub fn translated_name_before(
        &self,
        p: usize,
        expansion: &str,
        people: &PeopleRecognizer,
    ) -> Option<usize> {
        // Derived words too (`kesehatan`).
        let is_word = |w: &str| {
            with_lower(w, |l| {
                people.is_plain_word_lower(l) || people.is_common_lower(l)
            })
        };
        // What the text shows of a token before the bracket, before any look-up.
        let may_fit = |j: usize| {
            self.is_word(j)
                && !self.line_ends_after(j)
                && self.is_capitalised(j)
                && !self.name[j]
                && !super::define::is_function_word(self.tok(j))
        };
        // Two words are needed, each fitting: most brackets have none right before them,
        // settled without reading the expansion's words.
        if p < 2 || !may_fit(p - 1) || !may_fit(p - 2) {
            return None;
        }
        let mut content = 0;
        for w in expansion.split_whitespace() {
            if super::define::is_function_word(w) {
                continue;
            }
            if is_word(w) {
                return None;
            }
            content += 1;
        }
        let (mut k, mut words) = (p, 0);
        while k > 0 && words < content {
            let j = k - 1;
            if !(may_fit(j) && is_word(self.tok(j))) {
                break;
            }
            k = j;
            words += 1;
        }
        (words >= 2).then_some(k)
    }

    /// The end of the service's short form starting at `i` of `blends`, or `i`.
    pub fn blend_end(&self, i: usize) -> usize {
        if self.blends.is_empty() {
            return i;
        }
        self.blends
            .binary_search_by_key(&i, |r| r.start)
            .map_or(i, |k| self.blends[k].end)
    }

    /// Marks the tokens of the people recogniser's name mentions. A mention that is one
    /// place name (`Riau`) is taken for the place.
    pub fn set_names(&mut self, spans: impl Iterator<Item = Span>) {
        self.name.fill(false);
        for s in spans {
            let first = crate::recognize::first_ending_after(self.tokens, s.start);
            let one_place = self
                .tokens
                .get(first)
                .is_some_and(|t| t.span == s && self.in_place[first]);
            if !one_place {
                crate::recognize::mark_overlapping(self.tokens, s, &mut self.name);
            }
        }
    }

    /// Per token, the furthest end of the acronym, organisation head, institution and
    /// regional body matches (names and short forms) starting there (0 when none).
    pub fn match_ends(&self) -> &[usize] {
        &self.match_end
    }

    /// The text of token `i`.
    pub fn tok(&self, i: usize) -> &'a str {
        self.words[i]
    }

    /// The text from token `r.start` to token `r.end - 1`.
    pub fn slice(&self, r: std::ops::Range<usize>) -> &'a str {
        &self.text[self.tokens[r.start].span.start..self.tokens[r.end - 1].span.end]
    }

    /// The span from token `r.start` to token `r.end - 1`.
    pub fn span(&self, r: std::ops::Range<usize>) -> Span {
        self.tokens[r.start]
            .span
            .cover(&self.tokens[r.end - 1].span)
    }

    /// Whether token `i` exists and has all the facts `f`.
    fn has(&self, i: usize, f: u8) -> bool {
        self.facts.get(i).is_some_and(|&x| x & f == f)
    }

    /// No whitespace between token `i` and the next.
    pub fn glued(&self, i: usize) -> bool {
        self.has(i, GLUED)
    }

    /// A line break between token `i` and the next (or `i` is the last token).
    pub fn line_ends_after(&self, i: usize) -> bool {
        self.facts.get(i).map_or(true, |&x| x & LINE_END != 0)
    }

    /// Token `i` is a word.
    pub fn is_word(&self, i: usize) -> bool {
        self.has(i, WORD)
    }

    /// Token `i` starts with a capital.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.has(i, CAPITAL)
    }

    /// Token `i` is in capitals ([`is_caps`]).
    pub fn is_caps(&self, i: usize) -> bool {
        self.has(i, CAPS)
    }

    /// Token `i` is a word in capitals.
    pub fn is_caps_word(&self, i: usize) -> bool {
        self.has(i, CAPS | WORD)
    }

    /// Whether the lower-case form of token `i` is in `class`, as the scan's vocabulary says
    /// (`None`: it cannot tell; ask the lexicon).
    pub fn word_is(&self, i: usize, class: WordClass) -> Option<bool> {
        self.scan.is(i, class)
    }

    /// The first token from `from` on (or the number of tokens) where an acronym reading
    /// starts, or that is a word in capitals, or (with `firsts`, the set of ASCII bytes
    /// `b` as bits `1 << b`) a word whose first byte, lower-cased, is in `firsts` or is no
    /// ASCII: where an acronym may open. One pass over the facts.
    pub fn next_acronym_candidate(&self, from: usize, firsts: Option<u128>) -> usize {
        let rest = self.facts.get(from..).unwrap_or_default();
        let found = match firsts {
            None => rest
                .iter()
                .position(|&f| f & ACRONYM != 0 || f & (CAPS | WORD) == CAPS | WORD),
            Some(firsts) => rest.iter().zip(&self.words[from..]).position(|(&f, w)| {
                f & ACRONYM != 0
                    || f & (CAPS | WORD) == CAPS | WORD
                    || (f & WORD != 0
                        && w.as_bytes().first().is_some_and(|&b| {
                            !b.is_ascii() || firsts & 1 << b.to_ascii_lowercase() != 0
                        }))
            }),
        };
        from + found.unwrap_or(rest.len())
    }

    /// The tokens that are words in capitals, in text order (one pass over the facts).
    pub fn caps_words(&self) -> impl Iterator<Item = usize> + '_ {
        let first = facts::find(&self.facts, 0, CAPS | WORD);
        std::iter::successors(Some(first), |&i| {
            Some(facts::find(&self.facts, i + 1, CAPS | WORD))
        })
        .take_while(|&i| i < self.facts.len())
    }

    /// The tokens written `s`, in text order.
    pub fn positions_of<'s>(&'s self, s: &'s str) -> impl Iterator<Item = usize> + 's {
        self.words
            .iter()
            .enumerate()
            .filter(move |&(_, &w)| w == s)
            .map(|(i, _)| i)
    }

    /// Token `i` is `s`, ignoring ASCII case.
    pub fn is(&self, i: usize, s: &str) -> bool {
        i < self.tokens.len() && self.tok(i).eq_ignore_ascii_case(s)
    }

    /// The lines of the text, as token ranges.
    fn lines(&self) -> Vec<std::ops::Range<usize>> {
        let mut out = Vec::new();
        let mut start = 0;
        // Every token has its facts; the last ends a line.
        while start < self.facts.len() {
            let end = facts::find(&self.facts, start, LINE_END) + 1;
            out.push(start..end);
            start = end;
        }
        out
    }

    /// Headlines in title case and datelines: what the layout alone shows.
    fn mark_lines(&mut self, lines: &[std::ops::Range<usize>]) {
        for line in lines.iter().cloned() {
            // The words, and whether every word of four letters or more is capitalised
            // (headlines keep prepositions in lower case: `untuk`, `dengan`), in one pass.
            let (mut words, mut long_capitalised) = (0, true);
            // The first long word in lower case settles it (most lines are sentences).
            for (k, &f) in (line.clone()).zip(&self.facts[line.clone()]) {
                if f & WORD != 0 {
                    words += 1;
                    if f & CAPITAL == 0
                        && at_least_4_chars(self.tok(k))
                        && !super::define::is_function_word(self.tok(k))
                    {
                        long_capitalised = false;
                        break;
                    }
                }
            }
            if words >= 3 && long_capitalised {
                self.title_case[line.clone()].fill(true);
            }
            // Dateline: a dash among the first 6 tokens of a line, after a capitalised word;
            // or among the first 10 right after an agency's credit in brackets, which may
            // follow the province (`SAMBAS, Kalimantan Barat (ANTARA) -`).
            let limit = (line.start + 11).min(line.end);
            if let Some(d) = (line.start + 1..limit).find(|&k| {
                matches!(self.tok(k), "-" | "–" | "—" | "--" | "---")
                    && !(self.glued(k - 1) && self.glued(k) && self.is_word(k + 1))
                    && (k < line.start + 7 || self.tok(k - 1) == ")")
            }) {
                if self.is_capitalised(line.start) {
                    self.dateline[line.start..d].fill(true);
                }
            }
        }
    }

    /// Credit segments: a trailing segment of at most 8 tokens, after the line's last
    /// sentence, bracketed or with a slash, made of initials, short forms and places:
    /// `(sul/humasprov kaltim)`, `MC Kalsel/usu.`. Needs the acronyms and places.
    fn mark_credits(&mut self, lines: &[std::ops::Range<usize>]) {
        for line in lines.iter().cloned() {
            let mut end = line.end;
            if end > line.start && self.tok(end - 1) == "." {
                end -= 1;
            }
            let mut s = end;
            while s > line.start && end - s < 8 {
                let t = self.tok(s - 1);
                if matches!(t, "." | "!" | "?" | "\"" | "“" | "”")
                    || self.tokens[s - 1].kind == TokenKind::Number
                {
                    break;
                }
                s -= 1;
            }
            if s >= end {
                continue;
            }
            let seg = s..end;
            let bracketed = self.tok(seg.start) == "(" && self.tok(seg.end - 1) == ")";
            let slash = seg.clone().any(|k| self.tok(k) == "/");
            let short_words = seg.clone().filter(|&k| self.is_word(k)).all(|k| {
                let t = self.tok(k);
                t.chars().count() <= 4
                    || self.is_caps(k)
                    || self.acronym[k].is_some()
                    || self.in_place[k]
                    || self.lexicon_place_end[k] > k
            });
            let whole_line = s == line.start;
            let closes =
                whole_line || matches!(self.tok(s - 1), "." | "!" | "?" | "\"" | "”" | ")");
            if short_words
                && closes
                && (bracketed && (slash || seg.len() <= 5)
                    || slash && (whole_line || seg.len() <= 6))
            {
                self.credit[seg].fill(true);
            }
        }
    }
}

/// A document view built with the built-in lexicons, for unit tests.
#[cfg(test)]
pub(crate) mod testing {
    use std::sync::OnceLock;

    use super::DocView;
    use crate::recognize::acronym::AcronymRecognizer;
    use crate::recognize::organization::OrgRecognizer;
    use crate::recognize::people::{PeopleRecognizer, TokenMarks};
    use crate::Extractor;

    /// The parts a test may call, beside the view.
    pub(crate) struct Parts<'a> {
        pub people: &'a PeopleRecognizer,
        pub acronyms: &'a AcronymRecognizer,
        pub orgs: &'a OrgRecognizer,
    }

    /// Calls `f` with the view of `text` (people's names marked) and the recognisers.
    pub(crate) fn with_view<R>(text: &str, f: impl FnOnce(&DocView<'_>, &Parts<'_>) -> R) -> R {
        static EX: OnceLock<Extractor> = OnceLock::new();
        let ex = EX.get_or_init(|| Extractor::builder().build().unwrap());
        let (tokenizer, gazetteer, people, places, acronyms, orgs) = ex.parts();
        let analysis = tokenizer.analyze(text);
        let scan = gazetteer.scan(text, &analysis.tokens);
        let mut found_places = Vec::new();
        places.recognize(
            text,
            &analysis.tokens,
            &analysis.sentences,
            &scan,
            &mut found_places,
        );
        let mut place_spans: Vec<_> = found_places
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| m.span))
            .collect();
        place_spans.sort_unstable_by_key(|s| s.start);
        let readers = super::Readers {
            table: acronyms.table(),
            people,
            orgs,
            places,
        };
        let mut view = DocView::new(
            text,
            &analysis.tokens,
            &scan,
            &readers,
            &[],
            place_spans.into_iter(),
        );
        let not_name = acronyms.not_name(&view, people);
        let found = people.recognize(
            text,
            &analysis.tokens,
            &analysis.sentences,
            &scan,
            TokenMarks {
                taken: &view.taken,
                not_name: &not_name,
                admin_prefix: &view.admin_prefix,
            },
        );
        view.set_names(found.iter().flat_map(|e| e.mentions.iter().map(|m| m.span)));
        let parts = Parts {
            people,
            acronyms,
            orgs,
        };
        f(&view, &parts)
    }

    /// The texts of the tokens flagged in `flags`, runs of neighbours joined by spaces.
    pub(crate) fn flagged(v: &DocView<'_>, flags: &[bool]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut prev = false;
        for (i, &f) in flags.iter().enumerate() {
            if f {
                if prev {
                    let last = out.last_mut().unwrap();
                    last.push(' ');
                    last.push_str(v.tok(i));
                } else {
                    out.push(v.tok(i).to_string());
                }
            }
            prev = f;
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{flagged, with_view};

    #[test]
    fn credit_segments() {
        let text =
            "Warga senang. (sul/humasprov kaltim)\nIa pulang. MC Kalsel/usu.\nRapat usai.\nAYD/HAL";
        with_view(text, |v, _| {
            assert_eq!(
                flagged(v, &v.credit),
                vec!["( sul / humasprov kaltim )", "MC Kalsel / usu", "AYD / HAL"]
            );
        });
        // A slash inside a sentence is no credit.
        with_view("Kegiatan TNI/Polri berlangsung lancar kemarin.", |v, _| {
            assert!(flagged(v, &v.credit).is_empty());
        });
    }

    #[test]
    fn acronym_candidates() {
        with_view("Rapat BPBD dengan tenda dan warga Kota.", |v, _| {
            let all = |firsts: Option<u128>| {
                let mut out = Vec::new();
                let mut i = v.next_acronym_candidate(0, firsts);
                while i < v.tokens.len() {
                    out.push(v.tok(i));
                    i = v.next_acronym_candidate(i + 1, firsts);
                }
                out
            };
            assert_eq!(all(None), ["BPBD"]);
            // Words opening like a defined short form (`tenda`, `Kota`), any case.
            let firsts = 1u128 << b't' | 1 << b'k';
            assert_eq!(all(Some(firsts)), ["BPBD", "tenda", "Kota"]);
        });
    }

    #[test]
    fn translated_names_before_a_bracket() {
        let expansion = "World Health Organization";
        with_view(
            "Ia bertemu Organisasi Kesehatan Dunia (WHO) kemarin.",
            |v, parts| {
                let p = v.positions_of("(").next().unwrap();
                assert_eq!(
                    v.translated_name_before(p, expansion, parts.people),
                    Some(2)
                );
                // An expansion with an Indonesian word is no foreign name.
                let local = "Badan Kesehatan Dunia";
                assert_eq!(v.translated_name_before(p, local, parts.people), None);
            },
        );
        // Fewer than two capitalised words right before the bracket.
        for text in [
            "Ia bertemu pejabat dunia (WHO) kemarin.",
            "(WHO) kemarin.",
            "Dunia (WHO) kemarin.",
        ] {
            with_view(text, |v, parts| {
                let p = v.positions_of("(").next().unwrap();
                assert_eq!(v.translated_name_before(p, expansion, parts.people), None);
            });
        }
    }

    #[test]
    fn datelines() {
        with_view("Mataram (ANTARA) - Tim SAR mencari korban.", |v, _| {
            assert_eq!(flagged(v, &v.dateline), vec!["Mataram ( ANTARA )"]);
        });
        with_view(
            "SAMBAS, Kalimantan Barat (ANTARA) - Tim SAR mencari korban.",
            |v, _| {
                assert_eq!(
                    flagged(v, &v.dateline),
                    vec!["SAMBAS , Kalimantan Barat ( ANTARA )"]
                );
            },
        );
        with_view("Prajurit TNI-AL hadir di sana.", |v, _| {
            assert!(flagged(v, &v.dateline).is_empty());
        });
    }

    #[test]
    fn short_forms_that_are_words() {
        // In a title-case headline and at a sentence start, `Mandiri` and `Antara` are words;
        // within a sentence, the bank.
        let text =
            "Warga Hidup Mandiri Bersama Tetangga\nAntara lain dari Bank Mandiri dan Mandiri.";
        with_view(text, |v, _| {
            assert!(v.title_case[0] && !v.title_case[6]);
            let n = v.tokens.len();
            assert_eq!(
                (v.tok(2), v.tok(5), v.tok(n - 2)),
                ("Mandiri", "Antara", "Mandiri")
            );
            assert!(v.institution_acronym[2].is_none());
            assert!(v.institution_acronym[5].is_none());
            assert!(v.institution_acronym[n - 2].is_some());
        });
    }

    #[test]
    fn scan_facts_per_token() {
        with_view(
            "Kapolres Gresik AKBP Wahyu dan HM Yadi ke Kabupaten Karo.",
            |v, _| {
                assert_eq!(flagged(v, &v.in_rank), vec!["AKBP"]);
                assert_eq!(flagged(v, &v.in_honorific), vec!["HM"]);
                assert!(v.in_place[1], "Gresik");
                assert!(v.title_end[0] > 0, "Kapolres");
                assert!(v.acronym[0].is_some() && v.acronym_compact[0].is_some());
                assert!(flagged(v, &v.name).contains(&"Wahyu".to_string()));
            },
        );
    }
}
