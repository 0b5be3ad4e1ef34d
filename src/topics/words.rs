//! One document's words, read once for the topic scorer and the keyphrase extractor.
//!
//! [`DocWords`] takes the tokenizer's tokens and sentences and keeps, for each distinct
//! word form of the document, its lowercase form, its stem, whether it is a stopword or a
//! `me(N)-`/`di-` verb form and how it is capitalised; and, in text order, one slot per
//! word token with a break wherever a non-word token (punctuation, number, date, symbol,
//! abbreviation, URL…) or a sentence boundary stands, and which words stand in a headline
//! or dateline rather than in running text. Each distinct form is stemmed once per
//! document, and building it allocates per distinct form, never per token.

use std::sync::{Arc, RwLock};

use std::hash::BuildHasher;

use crate::text::hash::{FastState, FoldHashMap};
use crate::text::{Analysis, Sentence, Token, TokenKind};
use crate::topics::keyphrase::NameWords;
use crate::topics::stem::Stemmer;
use crate::topics::topic::{Stopwords, TopicKeys, TopicScorer, NO_KEY};

/// The slot form of a break.
pub(crate) const BREAK: u32 = u32::MAX;

/// How a word form is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    /// Starts with a lowercase letter.
    Lower,
    /// Starts with a capital and is not all capitals.
    Capitalised,
    /// Two or more letters, all capitals (`UKM`, `COVID-19`).
    Acronym,
    /// Starts with something else (a digit).
    Other,
}

/// One distinct word form of a document (case-sensitive).
#[derive(Clone, Debug)]
pub(crate) struct Form<'t> {
    /// As written.
    pub(crate) surface: &'t str,
    /// Its stem's number in the document (an index into [`DocWords::stems`] when they
    /// are kept).
    pub(crate) stem: u32,
    /// A stopword, or a single character.
    pub(crate) stop: bool,
    /// A verb form: with `me(N)-` or `di-` (`menggelar`, `diikuti`), or a bare verb with
    /// `-kan` or `-i` (`Pastikan`, `Atasi`, as in headlines).
    pub(crate) verb: bool,
    /// A form with `ber-` or `ter-` (`berlanjut`, `terpilih`, `berkelanjutan`): a verb or
    /// an adjective, which may end a noun phrase but does not start one.
    pub(crate) modifier: bool,
    /// Capitalisation.
    pub(crate) case: Case,
    /// Written as its stem, or as `per-` and its stem (any case): a bare root.
    pub(crate) bare: bool,
    /// One of the [`DocWords::names`] (false without them).
    pub(crate) name: bool,
}

/// One word token of the document, or a break ([`BREAK`] as `form`).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Slot {
    /// Index into [`DocWords::forms`], or [`BREAK`].
    pub(crate) form: u32,
    /// Index of its sentence.
    pub(crate) sentence: u32,
    /// Whether its capitalisation says something: false for the first word of a sentence or
    /// of a quotation or bracket, and for every word of a headline (a sentence in title case
    /// or all capitals) or a dateline.
    pub(crate) informative: bool,
    /// The first word of a sentence or of a quotation or bracket.
    pub(crate) initial: bool,
    /// A word of a headline or of a dateline (the place in capitals a press release opens
    /// with: `TANJUNG SELOR –`), not of running text.
    pub(crate) heading: bool,
}

/// The words of one document, prepared for [`TopicScorer`](crate::topics::TopicScorer) and
/// [`KeyphraseExtractor`](crate::topics::KeyphraseExtractor).
///
/// ```
/// use warta::text::Tokenizer;
/// use warta::topics::{DocWords, Stemmer, Stopwords};
/// let text = "Pedagang pasar berdagang. Perdagangan naik.";
/// let analysis = Tokenizer::builtin().analyze(text);
/// let words = DocWords::new(text, &analysis, Stemmer::builtin(), Stopwords::builtin());
/// assert_eq!(words.word_count(), 5);
/// assert_eq!(words.distinct_stems(), 3); // dagang, pasar, naik
/// ```
#[derive(Clone, Debug, Default)]
pub struct DocWords<'t> {
    pub(crate) forms: Vec<Form<'t>>,
    /// The text of each stem, kept only for documents read without a [`WordReader`]
    /// (whose stems stay in its memory).
    pub(crate) stems: Vec<Arc<str>>,
    /// How many distinct stems there are.
    pub(crate) stem_count: u32,
    pub(crate) slots: Vec<Slot>,
    pub(crate) sentences: u32,
    /// The topic keys the forms' `topic` ids are in, if read for a topic scorer.
    pub(crate) topic_keys: Option<Arc<TopicKeys>>,
    /// With `topic_keys`: the keys of each word that is not a stopword, in order, a run of
    /// words without keys standing as one entry.
    pub(crate) topic_seq: Vec<[u32; 2]>,
    /// The name words the forms' `name` flags tell, if read for them.
    pub(crate) names: Option<NameWords>,
}

/// Most slots (and as many forms) whose lists [`DocWords`] gives back to its thread when
/// dropped (a longer document's are let go).
const KEEP_SLOTS: usize = 1 << 13;

/// The lists of a dropped [`DocWords`], kept (empty) by each thread for the next document
/// it reads, so that reading a document allocates no list once the thread has read one as
/// long.
#[derive(Default)]
struct DocBuffers {
    forms: Vec<Form<'static>>,
    slots: Vec<Slot>,
    topic_seq: Vec<[u32; 2]>,
}

thread_local! {
    /// Each thread's lists of the last document dropped.
    static DOC_BUFFERS: std::cell::Cell<DocBuffers> = std::cell::Cell::new(DocBuffers::default());
}

impl Drop for DocWords<'_> {
    fn drop(&mut self) {
        if self.slots.capacity() > KEEP_SLOTS || self.forms.capacity() > KEEP_SLOTS {
            return;
        }
        let mut forms = std::mem::take(&mut self.forms);
        forms.clear();
        // An empty list of forms borrows nothing: re-typed in place, keeping its memory
        // (the element types have one layout, so the collect reuses the allocation).
        let forms: Vec<Form<'static>> = forms
            .into_iter()
            .map(|f| Form { surface: "", ..f })
            .collect();
        let mut slots = std::mem::take(&mut self.slots);
        slots.clear();
        let mut topic_seq = std::mem::take(&mut self.topic_seq);
        topic_seq.clear();
        DOC_BUFFERS.set(DocBuffers {
            forms,
            slots,
            topic_seq,
        });
    }
}

/// What a word form is, independently of any document.
#[derive(Clone, Copy, Debug)]
struct FormInfo {
    /// Id of its stem: in [`Memory::stems`], or past them in a document's fresh stems.
    stem: u32,
    stop: bool,
    verb: bool,
    modifier: bool,
    case: Case,
    bare: bool,
    name: bool,
    topic: [u32; 2],
}

/// Word forms already analysed, each with an id (its rank of insertion), and their
/// stems, interned.
#[derive(Debug, Default)]
struct Memory {
    forms: FormTable,
    stems: Vec<Arc<str>>,
    stem_ids: FoldHashMap<Arc<str>, u32>,
}

/// Word forms with their analyses, by id (rank of insertion), found by their bytes: an
/// open-addressing table whose entries hold a form's length, its first sixteen bytes as
/// two numbers (see [`key`]) and its analysis, so that a lookup touches one entry and
/// compares nothing else for most words; longer forms keep the rest of their bytes in an
/// arena.
#[derive(Debug)]
struct FormTable {
    /// Random seeds of the hash (the words come from the input text).
    seeds: [u64; 3],
    /// A power of two in size, at most half full.
    entries: Vec<FormEntry>,
    /// The bytes of longer forms past their first sixteen, one after the other.
    tails: Vec<u8>,
    /// The hash of each form, by id.
    hashes: Vec<u64>,
}

impl Default for FormTable {
    fn default() -> Self {
        let state = FastState::default();
        FormTable {
            seeds: [1u64, 2, 3].map(|k| state.hash_one(k) | 1),
            entries: Vec::new(),
            tails: Vec::new(),
            hashes: Vec::new(),
        }
    }
}

/// An entry of the [`FormTable`].
#[derive(Clone, Copy, Debug)]
struct FormEntry {
    /// [`key`] of the form.
    key: [u64; 2],
    len: u32,
    /// `1 +` the form's id, or 0 for a free entry.
    id: u32,
    /// Where the bytes past the first sixteen start in the arena.
    tail: u32,
    /// The form's analysis.
    info: FormInfo,
}

impl FormEntry {
    /// A free entry.
    const FREE: FormEntry = FormEntry {
        key: [0; 2],
        len: 0,
        id: 0,
        tail: 0,
        info: FormInfo {
            stem: 0,
            stop: false,
            verb: false,
            modifier: false,
            case: Case::Other,
            bare: false,
            name: false,
            topic: [NO_KEY; 2],
        },
    };
}

/// Up to eight bytes as a little-endian number, zero-padded.
#[inline(always)]
fn le_padded(bytes: &[u8]) -> u64 {
    match bytes.first_chunk::<8>() {
        Some(b) => u64::from_le_bytes(*b),
        None => bytes
            .iter()
            .rev()
            .fold(0u64, |x, &b| (x << 8) | u64::from(b)),
    }
}

/// The first sixteen bytes of `word` as two little-endian numbers, zero-padded: which no
/// other word of its length has.
#[inline(always)]
fn key(word: &[u8]) -> [u64; 2] {
    let (head, rest) = word.split_at(word.len().min(8));
    [
        le_padded(head),
        le_padded(rest.get(..rest.len().min(8)).unwrap_or_default()),
    ]
}

/// The [`key`] of the `len` bytes of `bytes` from `start` (`1 ..= 16` of them, with
/// enough bytes after them to read sixteen at once), read as two numbers with the bytes
/// past the word masked off; `None` otherwise.
#[inline(always)]
fn key_at(bytes: &[u8], start: usize, len: usize) -> Option<[u64; 2]> {
    let window = bytes.get(start..start.checked_add(16)?)?;
    let (lo, hi) = window.split_first_chunk::<8>()?;
    let (lo, hi) = (u64::from_le_bytes(*lo), le_padded(hi));
    match len {
        1..=8 => Some([lo & (u64::MAX >> (64 - 8 * len)), 0]),
        9..=16 => Some([lo, hi & (u64::MAX >> (128 - 8 * len))]),
        _ => None,
    }
}

/// The high and low halves of the product of `a` and `b`, folded.
#[inline(always)]
fn fold_mul(a: u64, b: u64) -> u64 {
    let p = u128::from(a) * u128::from(b);
    (p as u64) ^ ((p >> 64) as u64)
}

impl FormTable {
    /// How many forms there are.
    fn len(&self) -> usize {
        self.hashes.len()
    }

    /// The id and analysis of the form written as the `len` bytes of `bytes` from `start`,
    /// if it is one of the forms (read at once when the word has sixteen bytes or less and
    /// sixteen bytes follow `start`).
    #[inline(always)]
    fn get_at(&self, bytes: &[u8], start: usize, len: usize) -> Option<(u32, &FormInfo)> {
        if self.entries.is_empty() {
            return None;
        }
        let Some(key) = key_at(bytes, start, len) else {
            let word = bytes.get(start..start.checked_add(len)?)?;
            return self.find(word, key(word));
        };
        let mask = self.entries.len() - 1;
        let [s0, s1, _] = self.seeds;
        let mut i = fold_mul(key[0] ^ s0, key[1] ^ s1 ^ (len as u64).rotate_right(8)) as usize;
        loop {
            i &= mask;
            let e = self.entries.get(i)?;
            let id = e.id.checked_sub(1)?;
            if e.key == key && e.len as usize == len {
                return Some((id, &e.info));
            }
            i += 1;
        }
    }

    /// The id and analysis of `word`, if it is one of the forms.
    #[inline(always)]
    fn get(&self, word: &str) -> Option<(u32, &FormInfo)> {
        if self.entries.is_empty() {
            return None;
        }
        let word = word.as_bytes();
        self.find(word, key(word))
    }

    /// [`get`](Self::get) for `word` of [`key`] `key` (the table not empty).
    #[inline(always)]
    fn find(&self, word: &[u8], key: [u64; 2]) -> Option<(u32, &FormInfo)> {
        let len = word.len();
        let mask = self.entries.len().checked_sub(1)?;
        let mut i = self.hash(word, key) as usize & mask;
        loop {
            let e = self.entries.get(i)?;
            let id = e.id.checked_sub(1)?;
            if e.key == key
                && e.len as usize == len
                && (len <= 16 || {
                    let tail = e.tail as usize;
                    self.tails.get(tail..tail + len - 16) == word.get(16..)
                })
            {
                return Some((id, &e.info));
            }
            i = (i + 1) & mask;
        }
    }

    /// The hash of `word`, whose [`key`] is `key`.
    #[inline(always)]
    fn hash(&self, word: &[u8], key: [u64; 2]) -> u64 {
        let [s0, s1, s2] = self.seeds;
        let mut h = fold_mul(
            key[0] ^ s0,
            key[1] ^ s1 ^ (word.len() as u64).rotate_right(8),
        );
        if let Some(rest) = word.get(16..).filter(|t| !t.is_empty()) {
            for chunk in rest.chunks(8) {
                let mut b = [0u8; 8];
                b[..chunk.len()].copy_from_slice(chunk);
                h = fold_mul(h ^ u64::from_le_bytes(b), s2);
            }
        }
        h
    }

    /// Adds `word` (not one of the forms yet) with its analysis, under the next id.
    fn insert(&mut self, word: &str, info: FormInfo) {
        let word = word.as_bytes();
        let tail = self.tails.len();
        let (Ok(len), Ok(tail32)) = (u32::try_from(word.len()), u32::try_from(tail)) else {
            return;
        };
        if 2 * (self.len() + 1) > self.entries.len() {
            // Grown by placing every form again from its hash.
            let size = (2 * (self.len() + 1)).next_power_of_two().max(1024);
            let old = std::mem::replace(&mut self.entries, vec![FormEntry::FREE; size]);
            for e in old.into_iter().filter(|e| e.id != 0) {
                let hash = self.hashes[(e.id - 1) as usize];
                Self::place(&mut self.entries, hash, e);
            }
        }
        let hash = self.hash(word, key(word));
        self.tails
            .extend_from_slice(word.get(16..).unwrap_or_default());
        self.hashes.push(hash);
        let entry = FormEntry {
            key: key(word),
            len,
            id: self.hashes.len() as u32,
            tail: tail32,
            info,
        };
        Self::place(&mut self.entries, hash, entry);
    }

    /// Puts `entry` in the first free entry from the place of `hash`.
    fn place(entries: &mut [FormEntry], hash: u64, entry: FormEntry) {
        let mask = entries.len() - 1;
        let mut i = hash as usize & mask;
        while entries[i].id != 0 {
            i = (i + 1) & mask;
        }
        entries[i] = entry;
    }
}

impl Memory {
    /// Interns `stem`, returning its id.
    fn intern(&mut self, stem: &str) -> u32 {
        if let Some(&id) = self.stem_ids.get(stem) {
            return id;
        }
        let id = self.stems.len() as u32;
        let stem: Arc<str> = Arc::from(stem);
        self.stems.push(stem.clone());
        self.stem_ids.insert(stem, id);
        id
    }
}

thread_local! {
    /// Each thread's [`Local`] index, reused from one document to the next.
    static LOCAL: std::cell::RefCell<Local> = std::cell::RefCell::new(Local::default());
}

/// The document ids of memory (or fresh) form and stem ids, by those ids: a slot holds
/// `(generation, document id)` and counts only if its generation is the current one, so
/// the index needs no clearing between documents. Kept per thread.
#[derive(Default)]
struct Local {
    generation: u32,
    forms: Vec<(u32, u32)>,
    stems: Vec<(u32, u32)>,
}

impl Local {
    /// This thread's index, with a new generation.
    fn take() -> Local {
        let mut local = LOCAL.with(|l| l.take());
        local.generation = local.generation.wrapping_add(1);
        if local.generation == 0 {
            local.forms.clear();
            local.stems.clear();
            local.generation = 1;
        }
        local
    }

    /// Gives the index back to this thread.
    fn put_back(self) {
        LOCAL.with(|l| l.replace(self));
    }

    /// The slot of id `id`, grown as needed.
    #[inline]
    fn slot(index: &mut Vec<(u32, u32)>, id: u32) -> &mut (u32, u32) {
        let i = id as usize;
        if i >= index.len() {
            index.resize((i + 1).next_power_of_two().max(256), (0, 0));
        }
        &mut index[i]
    }
}

/// Interns forms and stems while a [`DocWords`] is built.
struct Builder<'a, 't> {
    stemmer: &'a Stemmer,
    stopwords: &'a Stopwords,
    /// The topic keys to look forms up in, if any.
    topic_keys: Option<&'a Arc<TopicKeys>>,
    /// The name words to mark forms with, if any.
    names: Option<&'a NameWords>,
    /// Analyses of earlier documents (read-locked), if any.
    memory: Option<&'a Memory>,
    /// How many forms and stems `memory` has: ids at or past these are fresh.
    known_forms: u32,
    known_stems: u32,
    /// Forms `memory` lacks, analysed for this document, with ids from `known_forms` on.
    fresh: FoldHashMap<&'t str, (u32, FormInfo)>,
    /// Stems `memory` lacks, with ids from `known_stems` on.
    fresh_stems: Vec<Arc<str>>,
    fresh_stem_ids: FoldHashMap<Arc<str>, u32>,
    /// Document form and stem ids by memory (or fresh) id.
    local: Local,
    out: DocWords<'t>,
}

impl<'a, 't> Builder<'a, 't> {
    fn new(
        stemmer: &'a Stemmer,
        stopwords: &'a Stopwords,
        memory: Option<&'a Memory>,
        capacity: usize,
    ) -> Self {
        let distinct = capacity / 2 + 8;
        // The lists of the thread's last document, if any (empty).
        let DocBuffers {
            mut forms,
            mut slots,
            topic_seq,
        } = DOC_BUFFERS.take();
        forms.reserve(distinct);
        slots.reserve(capacity + capacity / 4);
        Builder {
            stemmer,
            stopwords,
            topic_keys: None,
            names: None,
            memory,
            known_forms: memory.map_or(0, |m| m.forms.len() as u32),
            known_stems: memory.map_or(0, |m| m.stems.len() as u32),
            fresh: FoldHashMap::default(),
            fresh_stems: Vec::new(),
            fresh_stem_ids: FoldHashMap::default(),
            local: Local::take(),
            out: DocWords {
                forms,
                stems: match memory {
                    None => Vec::with_capacity(distinct),
                    Some(_) => Vec::new(),
                },
                stem_count: 0,
                slots,
                sentences: 0,
                topic_keys: None,
                topic_seq,
                names: None,
            },
        }
    }

    /// The form id of `word` and its analysis, interning it (and its stem) on first
    /// sight.
    #[inline]
    fn form(&mut self, word: &'t str) -> (u32, FormInfo) {
        let (id, info) = match self.memory.and_then(|m| m.forms.get(word)) {
            Some((id, &info)) => (id, info),
            None => self.fresh_form(word),
        };
        match self.place(id, info, || Some(word)) {
            Some(form) => (form, info),
            // Not reached: the word is given.
            None => (BREAK, info),
        }
    }

    /// [`form`](Self::form) for a word the memory lacks (rare once the memory has seen a
    /// few documents): kept out of the loop over the tokens, whose registers it would take.
    #[cold]
    #[inline(never)]
    fn unknown_form(&mut self, word: &'t str) -> (u32, FormInfo) {
        self.form(word)
    }

    /// The document form id of the form of memory (or fresh) id `id` and analysis `info`,
    /// added to the document's forms as `word` gives it on first sight; `None` when that
    /// is needed and `word` gives none.
    #[inline(always)]
    fn place(
        &mut self,
        id: u32,
        info: FormInfo,
        word: impl FnOnce() -> Option<&'t str>,
    ) -> Option<u32> {
        let next = self.out.forms.len() as u32;
        let generation = self.local.generation;
        let slot = Local::slot(&mut self.local.forms, id);
        if slot.0 == generation {
            return Some(slot.1);
        }
        let word = word()?;
        *slot = (generation, next);
        let next_stem = self.out.stem_count;
        let slot = Local::slot(&mut self.local.stems, info.stem);
        let stem = match slot.0 == generation {
            true => slot.1,
            false => {
                *slot = (generation, next_stem);
                self.out.stem_count += 1;
                // Only fresh stems are kept (without a memory, every stem is fresh).
                if self.memory.is_none() {
                    let stem = info.stem.checked_sub(self.known_stems);
                    let stem = stem.and_then(|fresh| self.fresh_stems.get(fresh as usize));
                    self.out
                        .stems
                        .push(stem.cloned().unwrap_or_else(|| Arc::from("")));
                }
                next_stem
            }
        };
        self.out.forms.push(Form {
            surface: word,
            stem,
            stop: info.stop,
            verb: info.verb,
            modifier: info.modifier,
            case: info.case,
            bare: info.bare,
            name: info.name,
        });
        Some(next)
    }

    /// The analysis of a form the memory lacks, computed once per document.
    #[inline(never)]
    fn fresh_form(&mut self, word: &'t str) -> (u32, FormInfo) {
        if let Some(&fresh) = self.fresh.get(word) {
            return fresh;
        }
        let stem = self.stemmer.stem(word);
        let verb = is_verb(word, &stem);
        let stem_id = match self.memory.and_then(|m| m.stem_ids.get(&*stem)) {
            Some(&id) => id,
            None => match self.fresh_stem_ids.get(&*stem) {
                Some(&id) => id,
                None => {
                    let id = self.known_stems + self.fresh_stems.len() as u32;
                    let s: Arc<str> = Arc::from(&*stem);
                    self.fresh_stems.push(s.clone());
                    self.fresh_stem_ids.insert(s, id);
                    id
                }
            },
        };
        let stop = word.chars().nth(1).is_none() || self.stopwords.contains(word);
        let info = FormInfo {
            stem: stem_id,
            stop,
            verb,
            modifier: !verb && is_modifier(word, &stem),
            case: case_of(word),
            bare: is_bare(word, &stem),
            name: self.names.is_some_and(|n| n.contains(word)),
            topic: self
                .topic_keys
                .map_or([NO_KEY; 2], |k| k.of(word, &stem, stop)),
        };
        let id = self.known_forms + self.fresh.len() as u32;
        self.fresh.insert(word, (id, info));
        (id, info)
    }

    /// Reads the sentences of a document.
    fn document(&mut self, text: &'t str, tokens: &[Token], sentences: &[Sentence]) {
        let mut next = 0;
        for s in sentences {
            let range = s.tokens.start.min(tokens.len())..s.tokens.end.min(tokens.len());
            if range.start > next {
                self.sentence(text, &tokens[next..range.start]);
            }
            if range.start >= next {
                self.sentence(text, &tokens[range.clone()]);
                next = range.end;
            }
        }
        if next < tokens.len() {
            self.sentence(text, &tokens[next..]);
        }
    }

    fn push_break(&mut self) {
        if self.out.slots.last().is_some_and(|s| s.form != BREAK) {
            let sentence = self.out.sentences;
            self.out.slots.push(Slot {
                form: BREAK,
                sentence,
                informative: false,
                initial: false,
                heading: false,
            });
        }
    }

    /// Adds one sentence's tokens as slots, then a break.
    fn sentence(&mut self, text: &'t str, tokens: &[Token]) {
        let start = self.out.slots.len();
        let sentence = self.out.sentences;
        // Whether the previous token leaves the next word's capital uninformative: the
        // start, and punctuation other than a comma (not an abbreviation or initial, as in
        // `Drs. H. Zainal`, nor a number).
        let mut opening = true;
        // For a headline: its content words, and those capitalised.
        let (mut content, mut capital) = (0u32, 0u32);
        let keys = self.topic_keys.is_some();
        let bytes = text.as_bytes();
        for t in tokens {
            if t.kind != TokenKind::Word {
                self.push_break();
                opening = t.kind == TokenKind::Punctuation
                    && (t.span.end.wrapping_sub(t.span.start) != 1
                        || bytes.get(t.span.start) != Some(&b','));
                continue;
            }
            // Found in the memory by its bytes, the word's text is needed only on its first
            // sight in the document (a form matching the bytes is text, so the span falls
            // on character boundaries).
            let (start, len) = (t.span.start, t.span.end.saturating_sub(t.span.start));
            let known = match self.memory {
                Some(m) if len > 0 => m.forms.get_at(bytes, start, len),
                _ => None,
            };
            let (form, f) = match known {
                Some((id, &info)) => match self.place(id, info, || text.get(t.span.range())) {
                    Some(form) => (form, info),
                    None => continue,
                },
                None => {
                    let Some(word) = text.get(t.span.range()) else {
                        continue;
                    };
                    self.unknown_form(word)
                }
            };
            if !f.stop {
                content += 1;
                capital += u32::from(matches!(f.case, Case::Capitalised | Case::Acronym));
                // A run of words without keys matches no term, as one such word does: it
                // stands as one entry.
                if keys
                    && (f.topic != [NO_KEY; 2] || self.out.topic_seq.last() != Some(&[NO_KEY; 2]))
                {
                    self.out.topic_seq.push(f.topic);
                }
            }
            self.out.slots.push(Slot {
                form,
                sentence,
                informative: !opening,
                initial: opening,
                heading: false,
            });
            opening = false;
        }
        let dateline = dateline_words(text, tokens);
        for s in self.out.slots[start..].iter_mut().take(dateline) {
            s.informative = false;
            s.heading = true;
        }
        // A headline: at least two content words and seven in ten of them capitalised.
        if content >= 2 && capital * 10 >= content * 7 {
            for s in &mut self.out.slots[start..] {
                s.informative = false;
                s.heading = s.form != BREAK;
            }
        }
        self.push_break();
        self.out.sentences += 1;
    }
}

impl<'t> DocWords<'t> {
    /// The words of `text` from its tokenizer analysis (see
    /// [`Tokenizer::analyze`](crate::text::Tokenizer::analyze)), stemmed with `stemmer`,
    /// with `stopwords` marked.
    pub fn new(
        text: &'t str,
        analysis: &Analysis,
        stemmer: &Stemmer,
        stopwords: &Stopwords,
    ) -> DocWords<'t> {
        DocWords::from_parts(
            text,
            &analysis.tokens,
            &analysis.sentences,
            stemmer,
            stopwords,
        )
    }

    /// Like [`new`](Self::new) with the tokens and sentences given apart. Tokens that no
    /// sentence covers are read as one more sentence each run.
    pub fn from_parts(
        text: &'t str,
        tokens: &[Token],
        sentences: &[Sentence],
        stemmer: &Stemmer,
        stopwords: &Stopwords,
    ) -> DocWords<'t> {
        let mut b = Builder::new(stemmer, stopwords, None, tokens.len());
        b.document(text, tokens, sentences);
        b.local.put_back();
        b.out
    }

    /// A document given only as its words in order, all in one sentence (no punctuation,
    /// no breaks): enough for topics, poor for key phrases.
    pub fn from_words<I>(words: I, stemmer: &Stemmer, stopwords: &Stopwords) -> DocWords<'t>
    where
        I: IntoIterator<Item = &'t str>,
    {
        let words = words.into_iter();
        let mut b = Builder::new(stemmer, stopwords, None, words.size_hint().0);
        for w in words {
            let (form, _) = b.form(w);
            b.out.slots.push(Slot {
                form,
                sentence: 0,
                informative: false,
                initial: false,
                heading: false,
            });
        }
        b.out.sentences = u32::from(!b.out.slots.is_empty());
        b.local.put_back();
        b.out
    }

    /// How many word tokens the document has.
    pub fn word_count(&self) -> usize {
        self.slots.iter().filter(|s| s.form != BREAK).count()
    }

    /// How many distinct stems its words have.
    pub fn distinct_stems(&self) -> usize {
        self.stem_count as usize
    }

    /// The form of a slot, `None` for a break.
    #[inline]
    pub(crate) fn form_of(&self, slot: &Slot) -> Option<&Form<'t>> {
        self.forms.get(slot.form as usize)
    }
}

/// Reads documents into [`DocWords`] with one stemmer and stopword list, remembering the
/// analysis (stem, stopword, verb) of every word form it meets, so that a form is stemmed
/// once for all documents rather than once per document. `Send + Sync`: documents read on
/// several threads share what each learns. The memory is bounded ([`WordReader::CAPACITY`]
/// forms); past it, new forms are analysed per document.
///
/// ```
/// use warta::text::Tokenizer;
/// use warta::topics::{Stemmer, Stopwords, WordReader};
/// let reader = WordReader::new(Stemmer::builtin().clone(), Stopwords::builtin().clone());
/// let text = "Pedagang pasar berdagang.";
/// let words = reader.read(text, &Tokenizer::builtin().analyze(text));
/// assert_eq!(words.distinct_stems(), 2);
/// assert_eq!(reader.cached_forms(), 3);
/// ```
#[derive(Debug)]
pub struct WordReader {
    stemmer: Stemmer,
    stopwords: Stopwords,
    /// The topic keys every form is looked up in, when made for a topic scorer.
    topic_keys: Option<Arc<TopicKeys>>,
    /// The name words every form is looked up in, when made for a keyphrase extractor.
    names: Option<NameWords>,
    memory: RwLock<Memory>,
}

impl Clone for WordReader {
    fn clone(&self) -> Self {
        WordReader {
            topic_keys: self.topic_keys.clone(),
            names: self.names.clone(),
            ..WordReader::new(self.stemmer.clone(), self.stopwords.clone())
        }
    }
}

impl WordReader {
    /// How many word forms a reader remembers at most.
    pub const CAPACITY: usize = 1 << 18;

    /// A reader with this stemmer and stopword list and nothing remembered yet.
    pub fn new(stemmer: Stemmer, stopwords: Stopwords) -> WordReader {
        WordReader {
            stemmer,
            stopwords,
            topic_keys: None,
            names: None,
            memory: RwLock::new(Memory::default()),
        }
    }

    /// This reader, made for `scorer`: it looks each word form up in the scorer's
    /// taxonomy once for all documents, so that scoring a document it read costs no lookup.
    /// (Documents read so still score the same with any other scorer.) Forget what was
    /// remembered.
    ///
    /// ```
    /// use warta::text::Tokenizer;
    /// use warta::topics::{Stemmer, Stopwords, TopicScorer, WordReader};
    /// let scorer = TopicScorer::builtin();
    /// let reader = WordReader::new(Stemmer::builtin().clone(), Stopwords::builtin().clone())
    ///     .for_topics(scorer);
    /// let text = "Para petani menerima bantuan pupuk dan benih padi.";
    /// let topics = scorer.score(&reader.read(text, &Tokenizer::builtin().analyze(text)));
    /// assert_eq!(topics[0].label, "pertanian-perikanan");
    /// ```
    pub fn for_topics(self, scorer: &TopicScorer) -> WordReader {
        WordReader {
            topic_keys: Some(scorer.keys().clone()),
            names: self.names,
            ..WordReader::new(self.stemmer, self.stopwords)
        }
    }

    /// This reader, made for a keyphrase extractor with name words `names` (see
    /// [`KeyphraseExtractor::names`](crate::topics::KeyphraseExtractor::names)): it looks
    /// each word form up in them once for all documents, so that extracting the key phrases
    /// of a document it read costs no lookup. (Documents read so still give the same key
    /// phrases with any other extractor.) Forget what was remembered.
    pub fn for_names(self, names: &NameWords) -> WordReader {
        WordReader {
            topic_keys: self.topic_keys,
            names: Some(names.clone()),
            ..WordReader::new(self.stemmer, self.stopwords)
        }
    }

    /// The stemmer.
    pub fn stemmer(&self) -> &Stemmer {
        &self.stemmer
    }

    /// The stopwords.
    pub fn stopwords(&self) -> &Stopwords {
        &self.stopwords
    }

    /// How many word forms are remembered.
    pub fn cached_forms(&self) -> usize {
        self.memory
            .read()
            .map_or_else(|e| e.into_inner().forms.len(), |m| m.forms.len())
    }

    /// The words of `text` from its tokenizer analysis, as [`DocWords::new`] reads them.
    pub fn read<'t>(&self, text: &'t str, analysis: &Analysis) -> DocWords<'t> {
        // A poisoned lock only means another thread panicked while inserting: the memory
        // itself is still valid (forms are inserted only once their stem is).
        let memory = self.memory.read().unwrap_or_else(|e| e.into_inner());
        let mut b = Builder::new(
            &self.stemmer,
            &self.stopwords,
            Some(&memory),
            analysis.tokens.len(),
        );
        b.topic_keys = self.topic_keys.as_ref();
        b.out.topic_keys = self.topic_keys.clone();
        b.names = self.names.as_ref();
        b.out.names = self.names.clone();
        if b.topic_keys.is_some() {
            b.out.topic_seq.reserve(analysis.tokens.len() / 2);
        }
        b.document(text, &analysis.tokens, &analysis.sentences);
        let Builder {
            fresh,
            fresh_stems,
            known_stems,
            out,
            local,
            ..
        } = b;
        local.put_back();
        let room = Self::CAPACITY.saturating_sub(memory.forms.len());
        drop(memory);
        if !fresh.is_empty() && room > 0 {
            let mut memory = self.memory.write().unwrap_or_else(|e| e.into_inner());
            for (word, (_, mut info)) in fresh.into_iter().take(room) {
                if memory.forms.get(word).is_some() {
                    continue;
                }
                if let Some(i) = info.stem.checked_sub(known_stems) {
                    info.stem = memory.intern(fresh_stems.get(i as usize).map_or("", |s| s));
                }
                memory.forms.insert(word, info);
            }
        }
        out
    }
}

/// How many words a dateline at the start of these tokens has: words all in capitals
/// (`TANJUNG SELOR`, `MATARAM`) followed, within a few tokens, by a dash (`MATARAM –`,
/// `JAKARTA, 5/3 –`, `SEMARANG (ANTARA) -`).
fn dateline_words(text: &str, tokens: &[Token]) -> usize {
    let words = tokens
        .iter()
        .take_while(|t| t.kind == TokenKind::Word && text.get(t.span.range()).is_some_and(is_caps))
        .count();
    let dash =
        |t: &Token| t.kind == TokenKind::Punctuation && matches!(t.text(text), "–" | "—" | "-");
    let next_is_word = tokens
        .get(words)
        .map_or(true, |t| t.kind == TokenKind::Word);
    if words > 0 && !next_is_word && tokens[words..].iter().take(8).any(dash) {
        words
    } else {
        0
    }
}

/// Whether `word` is written in capitals ([`Case::Acronym`]): told at once for most words,
/// whose second byte is a lowercase letter.
fn is_caps(word: &str) -> bool {
    !word.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase) && case_of(word) == Case::Acronym
}

/// How `word` is capitalised.
fn case_of(word: &str) -> Case {
    let mut letters = word.chars().filter(|c| c.is_alphabetic());
    let Some(first) = word.chars().next() else {
        return Case::Other;
    };
    if first.is_lowercase() {
        return Case::Lower;
    }
    if !first.is_uppercase() {
        return Case::Other;
    }
    let all_caps = letters.clone().nth(1).is_some() && letters.all(|c| !c.is_lowercase());
    if all_caps {
        Case::Acronym
    } else {
        Case::Capitalised
    }
}

/// Whether `word` (any case, with stem `stem`) is a verb form with `me(N)-` or `di-`
/// (`menggelar`, `diikuti`), not a word that merely starts so (`dinas`, `menteri`), or a
/// bare verb with `-kan` or `-i` on its root (`pastikan`, `atasi`; not `tindakan`,
/// `koperasi`).
fn is_verb(word: &str, stem: &str) -> bool {
    if word.len() <= 4 || !word.is_ascii() || word.eq_ignore_ascii_case(stem) {
        return false;
    }
    let starts = |p: &str| word[..p.len()].eq_ignore_ascii_case(p);
    let root_then = |suffix: &str| {
        word.len() == stem.len() + suffix.len()
            && word[..stem.len()].eq_ignore_ascii_case(stem)
            && word[stem.len()..].eq_ignore_ascii_case(suffix)
    };
    starts("me") || starts("di") || root_then("kan") || root_then("i")
}

/// Whether `word` (any case, with stem `stem`) is written as its stem, or as `per-` and its
/// stem (`Gelar`, `Perkuat`): a bare root, which a headline may use as a verb.
fn is_bare(word: &str, stem: &str) -> bool {
    word.eq_ignore_ascii_case(stem)
        || word.len() == stem.len() + 3
            && word.is_char_boundary(3)
            && word[..3].eq_ignore_ascii_case("per")
            && word[3..].eq_ignore_ascii_case(stem)
}

/// Whether `word` (any case, with stem `stem`) is a form with `ber-` or `ter-` (`berharap`,
/// `tercatat`), not a root that starts so (`bersih`, `terang`).
fn is_modifier(word: &str, stem: &str) -> bool {
    word.len() > 5
        && word.is_ascii()
        && !word.eq_ignore_ascii_case(stem)
        && (word[..3].eq_ignore_ascii_case("ber") || word[..3].eq_ignore_ascii_case("ter"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Tokenizer;

    fn words(text: &str) -> DocWords<'_> {
        let a = Tokenizer::builtin().analyze(text);
        DocWords::new(text, &a, Stemmer::builtin(), Stopwords::builtin())
    }

    fn surfaces<'a>(w: &'a DocWords<'_>) -> Vec<&'a str> {
        w.slots
            .iter()
            .map(|s| w.form_of(s).map_or("|", |f| f.surface))
            .collect()
    }

    #[test]
    fn breaks_stand_at_non_words_and_sentence_ends() {
        let w = words("Harga cabai naik 12,5% di pasar. Petani senang.");
        assert_eq!(
            surfaces(&w),
            ["Harga", "cabai", "naik", "|", "di", "pasar", "|", "Petani", "senang", "|"]
        );
        assert_eq!(w.sentences, 2);
    }

    #[test]
    fn forms_are_stemmed_once_and_share_stems() {
        let w = words("Pedagang berdagang. pedagang Pedagang perdagangan");
        assert_eq!(w.forms.len(), 4);
        assert_eq!(w.stems.len(), 1);
        assert_eq!(&*w.stems[0], "dagang");
        assert!(w.forms.iter().all(|f| !f.verb && !f.stop));
    }

    #[test]
    fn capitals_are_informative_only_inside_running_sentences() {
        let w = words("Bangun Sinergi Ekonomi Kerakyatan\n\nGubernur Kaltim membuka rapat UKM.");
        let info: Vec<(&str, bool)> = w
            .slots
            .iter()
            .filter_map(|s| w.form_of(s).map(|f| (f.surface, s.informative)))
            .collect();
        assert!(info[..4].iter().all(|&(_, i)| !i), "{info:?}");
        assert_eq!(info[4], ("Gubernur", false));
        assert_eq!(info[5], ("Kaltim", true));
        let ukm = w.forms.iter().find(|f| f.surface == "UKM").unwrap();
        assert_eq!(ukm.case, Case::Acronym);
        let form = |s: &str| w.forms.iter().find(|f| f.surface == s).unwrap();
        assert!(form("membuka").verb);
        let w = words("Pastikan koperasi berkelanjutan, atasi tindakan dinas.");
        let form = |s: &str| w.forms.iter().find(|f| f.surface == s).unwrap();
        assert!(form("Pastikan").verb && form("atasi").verb);
        assert!(!form("koperasi").verb && !form("tindakan").verb && !form("dinas").verb);
        assert!(form("berkelanjutan").modifier && !form("berkelanjutan").verb);
    }

    #[test]
    fn headlines_and_datelines_are_headings() {
        // Written for this test.
        let w = words(
            "Bupati Resmikan Pasar Ikan\n\nMUARA TEWEH – Bupati Drs. H. Nadalsyah meresmikan \
             pasar ikan. BPBD Barito Utara menyiapkan perahu karet - dua unit.",
        );
        let info: Vec<(&str, bool, bool)> = w
            .slots
            .iter()
            .filter_map(|s| w.form_of(s).map(|f| (f.surface, s.heading, s.informative)))
            .collect();
        // The headline and the dateline are headings, nothing after them.
        assert!(info[..4].iter().all(|&(_, h, _)| h), "{info:?}");
        assert_eq!(info[4], ("MUARA", true, false));
        assert_eq!(info[5], ("TEWEH", true, false));
        assert_eq!(info[6], ("Bupati", false, false));
        // After an honorific, a capital says something (a name).
        assert_eq!(info[7], ("Nadalsyah", false, true));
        // Capitals followed by a word are no dateline.
        let bpbd = info.iter().find(|x| x.0 == "BPBD").unwrap();
        assert!(!bpbd.1, "{info:?}");
    }

    #[test]
    fn form_tables_find_what_they_hold() {
        let info = |stem: u32| FormInfo {
            stem,
            stop: false,
            verb: false,
            modifier: false,
            case: Case::Lower,
            bare: false,
            name: false,
            topic: [NO_KEY; 2],
        };
        // Words of every length up to 20, some sharing their first eight bytes or their
        // first and last four, and a few not ASCII.
        let mut words: Vec<String> = Vec::new();
        for n in 1..=20 {
            for c in ["a", "b", "z"] {
                words.push(c.repeat(n));
                words.push(format!("{}{}", "m".repeat(n.saturating_sub(1)), c));
            }
        }
        words.extend(
            [
                "abcXdefg",
                "abcYdefg",
                "abcdefghij",
                "abcdefghik",
                "pergi",
                "péri",
                "é",
            ]
            .map(String::from),
        );
        for k in 0..3000 {
            words.push(format!("kata{k}"));
        }
        words.sort();
        words.dedup();
        let mut table = FormTable::default();
        for (i, w) in words.iter().enumerate() {
            assert!(table.get(w).is_none(), "{w}");
            table.insert(w, info(i as u32));
        }
        assert_eq!(table.len(), words.len());
        for (i, w) in words.iter().enumerate() {
            let (id, found) = table.get(w).unwrap_or_else(|| panic!("{w}"));
            assert_eq!((id, found.stem), (i as u32, i as u32), "{w}");
        }
        // Read in place from a text, with and without sixteen bytes after each word.
        let text = words.join(" ");
        let mut start = 0;
        for (i, w) in words.iter().enumerate() {
            for bytes in [text.as_bytes(), &text.as_bytes()[..start + w.len()]] {
                let (id, _) = table
                    .get_at(bytes, start, w.len())
                    .unwrap_or_else(|| panic!("{w}"));
                assert_eq!(id, i as u32, "{w}");
            }
            start += w.len() + 1;
        }
        assert!(table.get_at(b"abcZdefg and more bytes", 0, 8).is_none());
        assert!(table.get_at(b"aaa", 1, 3).is_none());
        for absent in [
            "",
            "abcZdefg",
            "abcdefghil",
            "kata3000",
            "mmmmmmmmmmmmmmmmmmmmc",
            "e",
        ] {
            assert!(table.get(absent).is_none(), "{absent}");
        }
    }

    #[test]
    fn heads_tell_short_words_of_one_length_apart() {
        let letters = [b'a', b'\xa9', b'b', b'\xc3'];
        for n in 1..=16usize {
            // Every word of four letters up to four bytes, of two letters longer.
            let base: usize = if n <= 4 { 4 } else { 2 };
            let mut seen = std::collections::HashSet::new();
            for k in 0..base.pow(n as u32) {
                let word: Vec<u8> = (0..n)
                    .map(|i| letters[k / base.pow(i as u32) % base])
                    .collect();
                assert!(seen.insert(key(&word)), "{word:?}");
            }
        }
    }

    #[test]
    fn readers_keep_no_stem_texts_but_count_them() {
        let reader = WordReader::new(Stemmer::builtin().clone(), Stopwords::builtin().clone());
        let text = "Pedagang berdagang di pasar. Perkuat pasar!";
        let read = reader.read(text, &Tokenizer::builtin().analyze(text));
        let alone = words(text);
        assert!(read.stems.is_empty());
        assert_eq!(read.distinct_stems(), alone.distinct_stems());
        let bare: Vec<&str> = read
            .forms
            .iter()
            .filter(|f| f.bare)
            .map(|f| f.surface)
            .collect();
        assert_eq!(bare, ["di", "pasar", "Perkuat"]);
    }

    #[test]
    fn capitals_are_told_as_their_case_says() {
        for w in [
            "MATARAM", "Mataram", "mataram", "UKM", "Ukm", "U", "A1", "COVID-19", "ÉTAT", "État",
            "ÉtAT", "1A", "Bb", "bB", "-A", "", "ÖZ", "Öz",
        ] {
            assert_eq!(is_caps(w), case_of(w) == Case::Acronym, "{w}");
        }
    }

    #[test]
    fn words_alone_make_one_sentence() {
        let stem = Stemmer::builtin();
        let w = DocWords::from_words(["para", "petani"], stem, Stopwords::builtin());
        assert_eq!(w.word_count(), 2);
        assert_eq!(w.sentences, 1);
        assert!(w.forms[0].stop && !w.forms[1].stop);
        let empty = DocWords::from_words([], stem, Stopwords::builtin());
        assert_eq!((empty.word_count(), empty.sentences), (0, 0));
    }
}
