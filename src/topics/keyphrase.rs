//! Key phrases of a document: unsupervised, in the manner of YAKE (Campos et al., 2020),
//! over stems.
//!
//! **Candidates** are the n-grams of one to [`MAX_WORDS`] word tokens that do not cross
//! punctuation, numbers or other non-word tokens, sentence boundaries or verb forms (key
//! phrases are noun phrases): `me(N)-`/`di-` forms, and in a headline a bare root the text
//! uses as a verb (`Gelar` beside `menggelar`, `Tinjau` beside `meninjau`); and that
//! neither start nor end with a stopword (stopwords inside are allowed: `bahan kebutuhan
//! pokok`, `koperasi dan UKM`). Candidates with the same stem sequence are one phrase
//! (`pelaku usaha`, `Pelaku Usahanya`), shown as most often written in running text (a
//! headline, a dateline or a sentence start says little of how a phrase is written).
//!
//! **Words** (stems of non-stopwords) are scored with YAKE's statistics: position (the
//! median sentence they occur in: the lead of a news text carries its subject; a word
//! written only in a headline or in the dateline, `TANJUNG SELOR –`, gets no lead of its
//! own and stands in the middle), frequency (against the mean and deviation of the
//! document), spread (the share of sentences they occur in), relatedness to context (how
//! many different words stand next to them: a word that stands next to anything is
//! general), and casing. YAKE rewards every capitalised word; here only acronyms of three
//! letters or more are rewarded (`UKM`, `BPUM`), not capitals that are [`NameWords`]
//! (`NTB`), and words written capitalised inside sentences (names of people, places and
//! offices, which the entity recognisers report) are penalised. A word's score `H` is
//! lower for better words, over the median of the words of running text.
//!
//! **Phrases** score `∏H / ((1 + ΣH) · tf)` over their words, a stopword inside counting by
//! how strongly it binds its neighbours (YAKE's `bi` weighting). The best ten are
//! returned, with score `H_best / H` in `(0, 1]`, leaving out a phrase that
//! - contains or lies inside a better one, or continues it (`pelatihan pemasaran` after
//!   `pemasaran digital`) where the text writes them joined;
//! - says only who or where: made only of [`NameWords`] (titles, honorifics, degrees, given
//!   names, region aliases: `Pj Bupati`, `Pemprov NTB`), or one word never written in lower
//!   case and no acronym (a name: `Zainal`);
//! - of several words, is written only in a headline (cut where title case allows, not
//!   where the text does).

use std::cell::RefCell;
use std::sync::Arc;

use crate::document::Keyphrase;
use crate::error::Result;
use crate::lexicon::{format, LexiconKind, LexiconText};
use crate::text::hash::{FoldHashSet, KeyFilter};
use crate::text::Tokenizer;
use crate::topics::stem::Stemmer;
use crate::topics::topic::Stopwords;
use crate::topics::words::{Case, DocWords, Form, Slot, BREAK};

/// The longest candidate phrase, in words.
pub const MAX_WORDS: usize = 4;

/// How much a word always written capitalised inside sentences is penalised: the score of
/// a phrase is multiplied by `1 + NAME_PENALTY` for each such word in it.
const NAME_PENALTY: f64 = 12.0;

/// Extracts key phrases from a document. Immutable, `Send + Sync`.
///
/// ```
/// use warta::text::Tokenizer;
/// use warta::topics::KeyphraseExtractor;
/// let text = "Pelatihan pengemasan produk digelar bagi pelaku usaha. Pelatihan pengemasan \
///             produk diikuti 40 pelaku usaha dari tiga kecamatan.";
/// let phrases = KeyphraseExtractor::builtin().extract_text(&Tokenizer::builtin(), text);
/// assert_eq!(phrases[0].text, "Pelatihan pengemasan produk");
/// assert!(phrases.iter().all(|p| (0.0..=1.0).contains(&p.score)));
/// ```
#[derive(Clone, Debug)]
pub struct KeyphraseExtractor {
    stemmer: Stemmer,
    stopwords: Stopwords,
    names: NameWords,
    max_phrases: usize,
}

/// Words that say who or where, not what: title words (`Bupati`, `Kepala`), title
/// modifiers (`Pj`, `Penjabat`), honorifics, degrees (`IPU`), given names (`Zainal`),
/// region aliases (`NTB`, `Jateng`) and administrative words (`Kabupaten`, `Pemprov`),
/// lower-cased, without periods. None of them is a key phrase alone, and none written in
/// capitals counts as an acronym.
#[derive(Clone, Debug, Default)]
pub struct NameWords {
    words: Arc<FoldHashSet<Box<str>>>,
    /// Most ASCII words that are none are known so by this filter, without a lookup.
    filter: Arc<KeyFilter>,
}

impl NameWords {
    /// The lexicons name words are read from, each with its columns and the column of the
    /// words: every word of a form from the first column of titles, title modifiers,
    /// honorifics and degrees; given names; single-word region aliases; and the
    /// administrative prefixes and titles of the place context lexicon.
    pub const LEXICONS: [LexiconKind; 8] = [
        LexiconKind::Titles,
        LexiconKind::TitleModifiers,
        LexiconKind::Honorifics,
        LexiconKind::Degrees,
        LexiconKind::GivenNames,
        LexiconKind::RegionAliases,
        LexiconKind::RegionAliasesCurated,
        LexiconKind::PlaceContext,
    ];

    /// The name words of the built-in lexicons.
    pub fn builtin() -> &'static NameWords {
        static BUILTIN: std::sync::OnceLock<NameWords> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(|| {
            NameWords::from_lexicons(|kind| vec![LexiconText::builtin(kind)])
                .unwrap_or_else(|e| panic!("a built-in name lexicon is malformed: {e}"))
        })
    }

    /// The name words of the lexicons `texts` gives for each of [`LEXICONS`](Self::LEXICONS).
    pub fn from_lexicons(texts: impl Fn(LexiconKind) -> Vec<LexiconText>) -> Result<NameWords> {
        let mut words = FoldHashSet::default();
        let mut buf = String::new();
        for kind in Self::LEXICONS {
            // The columns each lexicon's own loader reads.
            let columns: &[&str] = match kind {
                LexiconKind::Titles => &crate::lexicon::titles::TITLE_COLUMNS,
                LexiconKind::TitleModifiers => &crate::lexicon::titles::MODIFIER_COLUMNS,
                LexiconKind::Honorifics => &crate::lexicon::people::HONORIFIC_COLUMNS,
                LexiconKind::Degrees => &crate::lexicon::people::DEGREE_COLUMNS,
                LexiconKind::GivenNames => &["name"],
                LexiconKind::PlaceContext => &crate::recognize::place::PLACE_CONTEXT_COLUMNS,
                _ => &crate::lexicon::places::ALIAS_COLUMNS,
            };
            for lex in texts(kind) {
                format::for_each(&lex.source, &lex.text, columns, 1, |rec| {
                    let form = rec.get(0);
                    match kind {
                        // Titles: the first word (`Kepala` of `Kepala Dinas`); modifiers,
                        // honorifics and degrees: every word.
                        LexiconKind::Titles => add(&mut words, &mut buf, form.split(' ').take(1)),
                        // The grades of functional positions (`Ahli Pertama`, `Terampil`)
                        // are ordinary words that say what, not who.
                        LexiconKind::TitleModifiers if rec.get(2) == "grade" => {}
                        LexiconKind::PlaceContext => {
                            if matches!(rec.get(1), "prefix" | "title") {
                                add(&mut words, &mut buf, [form]);
                            }
                        }
                        LexiconKind::RegionAliases | LexiconKind::RegionAliasesCurated => {
                            if !form.contains(' ') {
                                add(&mut words, &mut buf, [form]);
                            }
                        }
                        _ => add(&mut words, &mut buf, form.split(' ')),
                    }
                    Ok(())
                })?;
            }
        }
        let filter = KeyFilter::new(words.iter().map(|w| w.as_bytes()), |b| b);
        Ok(NameWords {
            words: Arc::new(words),
            filter: Arc::new(filter),
        })
    }

    /// Whether `word` (any case, periods ignored) is a name word.
    pub fn contains(&self, word: &str) -> bool {
        // The words are kept in lower case, which for an ASCII word is its bytes folded so.
        if word.is_ascii()
            && !self
                .filter
                .may_contain(word.as_bytes(), |b| b.to_ascii_lowercase())
        {
            return false;
        }
        self.words.contains(&*crate::text::case::lower(word))
    }

    /// Whether `self` and `other` are the same name words (clones of one another).
    pub(crate) fn same(&self, other: &NameWords) -> bool {
        Arc::ptr_eq(&self.words, &other.words)
    }

    /// How many name words there are.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// Adds `forms` to `words`, lower-cased and without periods (`S.Sos.` as `ssos`: as the
/// tokenizer reads it, a word of letters).
fn add<'a>(
    words: &mut FoldHashSet<Box<str>>,
    buf: &mut String,
    forms: impl IntoIterator<Item = &'a str>,
) {
    for form in forms {
        buf.clear();
        if form.is_ascii() {
            buf.extend(
                form.bytes()
                    .filter(|&b| b != b'.')
                    .map(|b| char::from(b.to_ascii_lowercase())),
            );
        } else {
            buf.extend(
                form.chars()
                    .filter(|&c| c != '.')
                    .flat_map(char::to_lowercase),
            );
        }
        if buf.chars().nth(1).is_some() && !words.contains(buf.as_str()) {
            words.insert(buf.as_str().into());
        }
    }
}

/// Per-term statistics. A term is the stem of non-stopword forms, or one stopword form.
/// Of a stopword term only `generation`, `tf`, `stop` and the `first_left` pair are kept
/// (its other fields hold whatever an earlier document left): nothing else of a stopword is
/// ever read.
#[derive(Clone, Copy, Debug, Default)]
struct TermStats {
    /// The document they were counted for (see [`Scratch::generation`]): older ones are
    /// stale.
    generation: u32,
    tf: u32,
    acronyms: u32,
    /// Capitalised occurrences, sentence starts left out.
    capitalised: u32,
    /// Capitalised occurrences inside running sentences.
    capitalised_informative: u32,
    lower: u32,
    /// Occurrences in running text (not in a headline or dateline).
    body: u32,
    /// Distinct sentences, and the last one counted.
    sentences: u32,
    last_sentence: u32,
    left_distinct: u32,
    left_total: u32,
    right_distinct: u32,
    right_total: u32,
    /// The slots of its first and (so far) last occurrences, and the sentence of the
    /// first.
    first_slot: u32,
    first_sentence: u32,
    last_slot: u32,
    /// The term before its first occurrence ([`NONE`] at a break), and how often that pair
    /// is written: the pair of a term's first occurrence is new, so it is counted here
    /// rather than looked up in the [`PairTable`] (most terms of a news text occur once).
    first_left: u32,
    first_left_count: u32,
    stop: bool,
}

impl KeyphraseExtractor {
    /// The extractor over the built-in stemmer and stopwords, built once per process.
    pub fn builtin() -> &'static KeyphraseExtractor {
        static BUILTIN: std::sync::OnceLock<KeyphraseExtractor> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(|| {
            let stopwords =
                Stopwords::from_lexicons(&[LexiconText::builtin(LexiconKind::Stopwords)])
                    .unwrap_or_else(|e| panic!("the built-in stopword lexicon is malformed: {e}"));
            KeyphraseExtractor::new(Stemmer::builtin().clone(), stopwords)
                .name_words(NameWords::builtin().clone())
        })
    }

    /// An extractor with this stemmer and stopword list.
    pub fn new(stemmer: Stemmer, stopwords: Stopwords) -> KeyphraseExtractor {
        KeyphraseExtractor {
            stemmer,
            stopwords,
            names: NameWords::default(),
            max_phrases: 10,
        }
    }

    /// Uses these [`NameWords`] (none by default): no one of them is a key phrase alone.
    pub fn name_words(mut self, names: NameWords) -> Self {
        self.names = names;
        self
    }

    /// The name words, none of which is a key phrase alone.
    pub fn names(&self) -> &NameWords {
        &self.names
    }

    /// Returns at most `n` phrases (default 10).
    pub fn max_phrases(mut self, n: usize) -> Self {
        self.max_phrases = n;
        self
    }

    /// The stemmer words are reduced with.
    pub fn stemmer(&self) -> &Stemmer {
        &self.stemmer
    }

    /// The stopwords no phrase starts or ends with.
    pub fn stopwords(&self) -> &Stopwords {
        &self.stopwords
    }

    /// Tokenizes `text` with `tokenizer` and extracts its key phrases, as
    /// [`extract`](Self::extract) does.
    pub fn extract_text(&self, tokenizer: &Tokenizer, text: &str) -> Vec<Keyphrase> {
        let analysis = tokenizer.analyze(text);
        self.extract(&DocWords::new(
            text,
            &analysis,
            &self.stemmer,
            &self.stopwords,
        ))
    }

    /// The key phrases of a document, best first. Its words should have been read with
    /// this extractor's [`stemmer`](Self::stemmer) and [`stopwords`](Self::stopwords).
    pub fn extract(&self, doc: &DocWords<'_>) -> Vec<Keyphrase> {
        if self.max_phrases == 0 {
            return Vec::new();
        }
        // The buffers of this thread's previous document (fresh ones should they be in use).
        SCRATCH.with(|s| match s.try_borrow_mut() {
            Ok(mut scratch) => {
                let phrases = self.extract_with(doc, &mut scratch);
                scratch.trim();
                phrases
            }
            Err(_) => self.extract_with(doc, &mut Scratch::default()),
        })
    }

    /// [`extract`](Self::extract) with these buffers.
    fn extract_with(&self, doc: &DocWords<'_>, s: &mut Scratch) -> Vec<Keyphrase> {
        s.name_forms.clear();
        s.name_forms.resize(doc.forms.len(), 0);
        s.terms(doc, &self.names);
        s.candidates();
        if s.trie.candidate_nodes.is_empty() {
            return Vec::new();
        }
        let mut chosen = std::mem::take(&mut s.chosen);
        self.choose(doc, s, &mut chosen);
        let phrases = self.phrases(doc, s, &chosen);
        s.chosen = chosen;
        phrases
    }

    /// The key phrases of the chosen candidates (nodes), shown as written.
    fn phrases(&self, doc: &DocWords<'_>, s: &mut Scratch, chosen: &[u32]) -> Vec<Keyphrase> {
        let Some(&first) = chosen.first() else {
            return Vec::new();
        };
        let best = s.trie.nodes[first as usize].h().max(f64::MIN_POSITIVE);
        let mut phrases = Vec::with_capacity(chosen.len());
        for &c in chosen {
            let text = best_form(doc, s, c);
            let h = s.trie.nodes[c as usize].h();
            phrases.push(Keyphrase {
                text,
                // Four decimals: enough to rank, and exact through JSON.
                score: ((best / h.max(f64::MIN_POSITIVE)).clamp(0.0, 1.0) * 1e4).round() / 1e4,
            });
        }
        phrases
    }

    /// The best candidates (their nodes), best first, leaving out those redundant with a
    /// better one, into `chosen`.
    #[inline(never)]
    fn choose(&self, doc: &DocWords<'_>, s: &mut Scratch, chosen: &mut Vec<u32>) {
        let (trie, stats) = (&s.trie, &s.stats);
        let nodes = &trie.nodes;
        let (keys, name_forms) = (&mut s.keys, &mut s.name_forms);
        let has_body = trie.has_body;
        keys.clear();
        keys.extend(
            trie.candidate_nodes
                .iter()
                .map(|&i| nodes.get(i as usize).map_or(u64::MAX, |n| score_key(n.h()))),
        );
        // Far down the list every candidate is redundant or poor: look at the best few
        // hundred only.
        let limit = self.max_phrases.saturating_mul(30).min(keys.len());
        let mut ranking = Ranking::new(keys, &trie.candidate_nodes, &mut s.batch, &mut s.sample);
        chosen.clear();
        let chosen_terms = &mut s.chosen_terms;
        chosen_terms.clear();
        // The terms of the chosen candidates, as a set of bits (term modulo 64): a
        // candidate sharing none of them is redundant with none.
        let mut chosen_bits = 0u64;
        for _ in 0..limit {
            let Some(key) = ranking.next(self.max_phrases.saturating_mul(4)) else {
                break;
            };
            if chosen.len() >= self.max_phrases {
                break;
            }
            let i = key as u32;
            let candidate = &nodes[i as usize];
            let (terms, len) = trie.terms(i);
            let c = &terms[..len];
            // A phrase must say what, not only who or where. One word alone is written in
            // lower case somewhere or is an acronym (not a name only ever capitalised:
            // `Zainal`).
            if let [t] = c {
                let st = &stats[*t as usize];
                if st.lower == 0 && st.acronyms == 0 {
                    continue;
                }
            }
            // A phrase of several words written only in a headline is cut as the
            // headline's title case allows (`Bangun Sinergi Ekonomi`), not as the text
            // writes it: its words count by their use in running text.
            if c.len() > 1 && candidate.body == 0 && has_body {
                continue;
            }
            let bits = term_bits(c);
            let overlaps = bits & chosen_bits != 0
                && chosen_terms.iter().any(|&(ref d, n, d_bits)| {
                    d_bits & bits != 0 && redundant(&d[..n], c, stats, trie)
                });
            if overlaps {
                continue;
            }
            // Not only name words (`Pj Bupati`, `Pemprov NTB`, `Kepala`); looked up last,
            // for the few candidates left.
            let first = candidate.first as usize;
            let words = doc.slots.get(first..first + c.len()).unwrap_or_default();
            if !words.iter().all(|w| self.is_name(doc, w.form, name_forms)) {
                chosen.push(i);
                chosen_terms.push((terms, len, bits));
                chosen_bits |= bits;
            }
        }
    }

    /// Whether form `form` of `doc` is a name word, looked up once per document.
    fn is_name(&self, doc: &DocWords<'_>, form: u32, cache: &mut [u8]) -> bool {
        is_name_form(&self.names, doc, form, cache)
    }
}

/// Candidates in order of score, then number (a `(score key << 32) | node` each), taken a
/// batch at a time: those up to a score estimated from a sample to leave about as many as
/// are asked for, sorted; then, if more are wanted, all the others.
struct Ranking<'a> {
    /// The [`score_key`] of each candidate, and its node.
    keys: &'a [u64],
    nodes: &'a [u32],
    /// The batch being taken, sorted, and how far.
    batch: &'a mut Vec<u128>,
    next: usize,
    /// The highest score key of the batches taken so far, if any.
    upto: Option<u64>,
    sample: &'a mut Vec<u64>,
}

impl<'a> Ranking<'a> {
    fn new(
        keys: &'a [u64],
        nodes: &'a [u32],
        batch: &'a mut Vec<u128>,
        sample: &'a mut Vec<u64>,
    ) -> Ranking<'a> {
        batch.clear();
        Ranking {
            keys,
            nodes,
            batch,
            next: 0,
            upto: None,
            sample,
        }
    }

    /// The next candidate's key, in order; batches are made for about `want` candidates.
    fn next(&mut self, want: usize) -> Option<u128> {
        if self.next == self.batch.len() {
            self.fill(want);
            self.next = 0;
        }
        let key = *self.batch.get(self.next)?;
        self.next += 1;
        Some(key)
    }

    /// Makes the next batch: the candidates above the batches taken so far, up to a score
    /// that leaves about `want` of them (all of them after the first batch).
    fn fill(&mut self, want: usize) {
        const SAMPLE: usize = 32;
        let n = self.keys.len();
        let until = match self.upto {
            // Few candidates (or a second batch): all the rest.
            _ if n <= want.saturating_mul(2) || self.upto.is_some() => u64::MAX,
            _ => {
                self.sample.clear();
                self.sample
                    .extend((0..SAMPLE).map(|k| self.keys[k * n / SAMPLE]));
                let rank = want.saturating_mul(SAMPLE).div_ceil(n).min(SAMPLE - 1);
                *self.sample.select_nth_unstable(rank).1
            }
        };
        self.batch.clear();
        for (&k, &node) in self.keys.iter().zip(self.nodes) {
            if k <= until && self.upto.map_or(true, |u| k > u) {
                self.batch.push((u128::from(k) << 32) | u128::from(node));
            }
        }
        self.batch.sort_unstable();
        self.upto = Some(until);
    }
}

/// Whether form `form` of `doc` is one of `names`, looked up once per document (`cache`
/// holds 0 for not looked up yet, 1 for yes, 2 for no).
fn is_name_form(names: &NameWords, doc: &DocWords<'_>, form: u32, cache: &mut [u8]) -> bool {
    // Read for these name words, the form says.
    if doc.names.as_ref().is_some_and(|n| n.same(names)) {
        return doc.forms.get(form as usize).is_some_and(|f| f.name);
    }
    let Some(known) = cache.get_mut(form as usize) else {
        return false;
    };
    if *known == 0 {
        let surface = doc.forms.get(form as usize).map_or("", |f| f.surface);
        *known = if names.contains(surface) { 1 } else { 2 };
    }
    *known == 1
}

thread_local! {
    /// Each thread's buffers, reused from one document to the next.
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// The working buffers of one extraction. A document's terms are the stems of its
/// non-stopword forms (numbered as the stems) and its stopword forms (numbered after the
/// stems by their form number, so that a slot's term needs no table of its own), each
/// with statistics.
#[derive(Default)]
struct Scratch {
    /// The number of the current document, so that per-term and per-pair entries of
    /// earlier ones need no clearing.
    generation: u32,
    stats: Vec<TermStats>,
    /// How many terms the current document has (`stats` may hold more entries).
    nterms: usize,
    /// Ordered pairs of terms written next to each other, with how often.
    pairs: PairTable,
    /// YAKE's word score `H` of each term, over the median of the document's.
    h: Vec<f64>,
    /// The finite scores, as [`score_key`]s.
    finite: Vec<u64>,
    /// The name penalty factor of each term, `1 + NAME_PENALTY × name share`.
    names: Vec<f64>,
    slots: Vec<SlotTerm>,
    /// The slots a phrase may start at.
    starts: Vec<u32>,
    /// The slot of the next occurrence of each slot's term ([`NONE`] after the last).
    next_same: Vec<u32>,
    /// The candidates and the phrases they start with.
    trie: Trie,
    /// The [`score_key`] of each candidate.
    keys: Vec<u64>,
    /// The candidates being looked at, in order, and a sample of scores.
    batch: Vec<u128>,
    sample: Vec<u64>,
    /// The chosen candidates, and their terms (with how many, and their [`term_bits`]).
    chosen: Vec<u32>,
    chosen_terms: Vec<([u32; MAX_WORDS], usize, u64)>,
    /// A chosen candidate's variants (form sequences) with their counts, in text order.
    variants: Vec<([u32; MAX_WORDS], u32)>,
    /// Whether each form is a name word: 0 not looked up yet, 1 yes, 2 no.
    name_forms: Vec<u8>,
    /// Whether each stem is the stem of a verb form of the document.
    verb_stems: Vec<bool>,
}

impl Scratch {
    /// Buffers grown past this many elements by a long document are let go.
    const KEEP: usize = 1 << 14;

    /// Lets go of buffers a long document grew.
    fn trim(&mut self) {
        if self.slots.capacity() > Self::KEEP || self.trie.nodes.capacity() > Self::KEEP {
            *self = Scratch::default();
        }
    }

    /// Fills the terms, their statistics, adjacent pairs and scores, and the slots as
    /// candidate phrases see them.
    #[inline(never)]
    fn terms(&mut self, doc: &DocWords<'_>, names: &NameWords) {
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            // Stale entries could pass for current ones: forget them.
            self.stats.clear();
            self.pairs.entries.clear();
            self.generation = 1;
        }
        let generation = self.generation;
        let nstems = doc.stem_count as usize;
        self.verb_stems.clear();
        self.verb_stems.resize(nstems, false);
        for f in doc.forms.iter().filter(|f| f.verb) {
            if let Some(v) = self.verb_stems.get_mut(f.stem as usize) {
                *v = true;
            }
        }
        // A stopword form is a term of its own, numbered after the stems by its form.
        let nterms = nstems + doc.forms.len();
        let verb_stems = &self.verb_stems;
        let stats = &mut self.stats;
        // Entries are reset when first counted (no clearing of the whole table, which keeps
        // the length of the longest document's: entries past this one's are not read).
        if stats.len() < nterms {
            stats.resize(nterms, TermStats::default());
        }
        // This document's entries, as a slice whose length stays in a register.
        let stats = &mut stats[..nterms];
        self.nterms = nterms;
        self.pairs.reset(doc.slots.len(), generation);
        // No next occurrence until one is met.
        let n = doc.slots.len();
        self.slots.clear();
        self.slots.reserve(n);
        self.next_same.clear();
        self.next_same.resize(n, NONE);
        self.starts.clear();
        self.starts.reserve(n);
        let (next_same, starts, pairs) = (&mut self.next_same, &mut self.starts, &mut self.pairs);
        let (name_forms, out) = (&mut self.name_forms, &mut self.slots);
        // The count and frequency sum of content terms, and the largest frequency of all.
        let (mut content_terms, mut content_tf, mut max_tf) = (0usize, 0u64, 1u32);
        let (mut prev, mut prev_stop) = (NONE, false);
        for (i, slot) in doc.slots.iter().enumerate() {
            let Some(f) = doc.forms.get(slot.form as usize) else {
                prev = NONE;
                out.push(SlotTerm {
                    heading: slot.heading,
                    ..SlotTerm::BREAK
                });
                continue;
            };
            let ft = FormTerm {
                term: match f.stop {
                    true => (nstems as u32).saturating_add(slot.form),
                    false => f.stem,
                },
                stop: f.stop,
                starts: !f.stop && !f.modifier,
                verb: f.verb,
                case: f.case,
            };
            let t = ft.term;
            let st = &mut stats[t as usize];
            if st.generation != generation {
                if ft.stop {
                    // Of a stopword only the frequency and first pair are ever read (see
                    // [`TermStats`]).
                    (st.generation, st.tf, st.stop) = (generation, 0, true);
                    (st.first_left, st.first_left_count) = (prev, 1);
                } else {
                    *st = TermStats {
                        generation,
                        first_slot: i as u32,
                        first_sentence: slot.sentence,
                        first_left: prev,
                        first_left_count: 1,
                        stop: false,
                        ..TermStats::default()
                    };
                    content_terms += 1;
                }
            } else if !ft.stop {
                if let Some(next) = next_same.get_mut(st.last_slot as usize) {
                    *next = i as u32;
                }
            }
            st.tf += 1;
            max_tf = max_tf.max(st.tf);
            // What a stopword's statistics would say is never asked (nor where it occurs
            // next: only a phrase's first word, never a stopword, is followed so).
            if !ft.stop {
                st.last_slot = i as u32;
                content_tf += 1;
                match ft.case {
                    // Two-letter capitals (`RI`, `PT`, `AL`) are too general to reward, and
                    // capitals that name a place, title or degree (`NTB`, `IPU`) are no
                    // acronyms.
                    Case::Acronym => {
                        st.acronyms += u32::from(
                            slot.informative
                                && f.surface.len() > 2
                                && !is_name_form(names, doc, slot.form, name_forms),
                        )
                    }
                    Case::Capitalised => {
                        st.capitalised += u32::from(!slot.initial);
                        st.capitalised_informative += u32::from(slot.informative);
                    }
                    Case::Lower => st.lower += 1,
                    Case::Other => {}
                }
                if st.sentences == 0 || st.last_sentence != slot.sentence {
                    st.sentences += 1;
                    st.last_sentence = slot.sentence;
                }
                st.body += u32::from(!slot.heading);
            }
            let (mut pair, mut on_term) = (NONE, false);
            if prev != NONE {
                // The pair of the term's first occurrence (new then) is counted on the term,
                // any other in the table.
                let st = &mut stats[t as usize];
                let new = if st.tf == 1 {
                    on_term = true;
                    true
                } else if st.first_left == prev {
                    st.first_left_count += 1;
                    on_term = true;
                    false
                } else {
                    let (entry, new) = pairs.add(pair_key(prev, t));
                    pair = entry;
                    new
                };
                let distinct = u32::from(new);
                if !prev_stop {
                    let p = &mut stats[prev as usize];
                    p.right_distinct += distinct;
                    p.right_total += 1;
                }
                if !ft.stop {
                    let st = &mut stats[t as usize];
                    st.left_distinct += distinct;
                    st.left_total += 1;
                }
            }
            (prev, prev_stop) = (t, ft.stop);
            // Verbs, and in a headline bare roots the text uses as verbs, are breaks.
            let verb = ft.verb || slot.heading && headline_verb(f, verb_stems);
            if verb {
                out.push(SlotTerm {
                    heading: slot.heading,
                    ..SlotTerm::BREAK
                });
            } else {
                if ft.starts {
                    starts.push(i as u32);
                }
                out.push(SlotTerm {
                    term: t,
                    pair,
                    on_term,
                    starts: ft.starts,
                    ends: !ft.stop,
                    heading: slot.heading,
                });
            }
        }
        // Only stems (numbered first) are content terms: stopwords get no score. Stems no
        // word of this document counted (stems of stopword forms only: their entries are
        // stale) count nothing.
        let stems = &stats[..nstems.min(stats.len())];
        let frequencies = Frequencies::new(stems, generation, content_terms, content_tf, max_tf);
        let weights = position_weights();
        let sentences = f64::from(doc.sentences.max(1));
        let middle = doc.sentences / 2;
        // Stems of no word of the document keep an infinite score and, as
        // `1 + NAME_PENALTY × name_share` of nothing, a name factor of 1.
        self.h.clear();
        self.h.resize(stems.len(), f64::INFINITY);
        self.names.clear();
        self.names.resize(stems.len(), 1.0);
        self.finite.clear();
        let outs = self.h.iter_mut().zip(self.names.iter_mut());
        for (st, (h_out, names_out)) in stems.iter().zip(outs) {
            if st.generation != generation {
                continue;
            }
            let h = match st.tf {
                0 => f64::INFINITY,
                _ => {
                    let twice_median = match st.body {
                        // A headline or dateline gives no position of its own: a term
                        // written only there stands in the middle of the document (a
                        // dateline's place, a headline's verb).
                        0 => 2 * middle,
                        _ => median_sentences(st, &doc.slots, &self.next_same),
                    };
                    word_score(st, &frequencies, sentences, weights, twice_median)
                }
            };
            // The median of the words of running text (those only in a headline or
            // dateline would shift it with the layout of the document).
            if h.is_finite() && st.body > 0 {
                self.finite.push(score_key(h));
            }
            *h_out = h;
            *names_out = 1.0 + NAME_PENALTY * name_share(st);
        }
        if !self.finite.is_empty() {
            let mid = self.finite.len() / 2;
            let median = score_of_key(*self.finite.select_nth_unstable(mid).1);
            if median > 0.0 {
                self.h.iter_mut().for_each(|x| *x /= median);
            }
        }
    }

    /// Fills the trie of candidates, with their occurrences and scores, from the slots:
    /// n-grams of up to [`MAX_WORDS`] words between breaks and verbs, starting with a
    /// word that is neither a stopword nor a `ber-`/`ter-` form, and ending with a word
    /// that is not a stopword.
    #[inline(never)]
    fn candidates(&mut self) {
        let view = TermView {
            stats: &self.stats,
            h: &self.h,
            names: &self.names,
            pairs: &self.pairs,
        };
        let (trie, slots) = (&mut self.trie, &self.slots);
        trie.clear(self.nterms);
        for &start in &self.starts {
            let start = start as usize;
            let Some(first) = slots.get(start) else {
                continue;
            };
            let mut node = trie.root(first.term, &view);
            trie.occurs(node, start as u32, first.heading);
            // The words after it up to the last that may end a phrase: stopwords past it
            // (before a break or the longest phrase's end) would make nodes of no
            // candidate.
            let window = slots.get(start + 1..).unwrap_or_default();
            let window = window.get(..MAX_WORDS - 1).unwrap_or(window);
            let mut len = 0;
            for (k, slot) in window.iter().enumerate() {
                if slot.term == BREAK {
                    break;
                }
                if slot.ends {
                    len = k + 1;
                }
            }
            for slot in &window[..len] {
                node = trie.child(node, slot, &view);
                if slot.ends {
                    trie.occurs(node, start as u32, first.heading);
                }
            }
        }
    }
}

/// No node, slot or pair.
const NONE: u32 = u32::MAX;

/// What phrase scores are computed from.
struct TermView<'s> {
    stats: &'s [TermStats],
    h: &'s [f64],
    names: &'s [f64],
    pairs: &'s PairTable,
}

impl TermView<'_> {
    /// How strongly a stopword binds in the pair of `slot` and the slot before it, over
    /// the frequency of term `by`.
    #[inline]
    fn bond(&self, slot: &SlotTerm, by: u32) -> f64 {
        f64::from(self.pair_count(slot)) / f64::from(self.stats[by as usize].tf.max(1))
    }

    /// How often the pair of `slot` and the slot before it is written.
    #[inline]
    fn pair_count(&self, slot: &SlotTerm) -> u32 {
        match slot.on_term {
            true => self
                .stats
                .get(slot.term as usize)
                .map_or(0, |s| s.first_left_count),
            false => self.pairs.count(slot.pair),
        }
    }
}

/// The ordered pairs of terms written next to each other in a document, with how often:
/// an open-addressing table of [`pair_key`]s whose entries of earlier documents (older
/// generations) count as free, so that it needs no clearing. A document uses only the
/// first entries, as many as it needs (a power of two), so that a short document after a
/// long one probes a table that stays in cache.
#[derive(Default)]
struct PairTable {
    entries: Vec<PairEntry>,
    generation: u32,
    /// `log2` of the size of the part of the table the document uses.
    bits: u32,
}

/// An entry of the [`PairTable`].
#[derive(Clone, Copy, Default)]
struct PairEntry {
    key: u64,
    generation: u32,
    count: u32,
}

impl PairTable {
    /// Empties the table for the document of generation `generation` (never 0), sized
    /// for `n` pairs.
    fn reset(&mut self, n: usize, generation: u32) {
        let size = (2 * n).next_power_of_two().max(16);
        if self.entries.len() < size {
            self.entries.clear();
            self.entries.resize(size, PairEntry::default());
        }
        self.bits = size.trailing_zeros();
        self.generation = generation;
    }

    /// Counts one occurrence of `key`: its entry, and whether it is new.
    #[inline]
    fn add(&mut self, key: u64) -> (u32, bool) {
        let mask = (1usize << self.bits) - 1;
        let mut i = (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - self.bits)) as usize;
        loop {
            let e = &mut self.entries[i];
            if e.generation != self.generation {
                *e = PairEntry {
                    key,
                    generation: self.generation,
                    count: 1,
                };
                return (i as u32, true);
            }
            if e.key == key {
                e.count += 1;
                return (i as u32, false);
            }
            i = (i + 1) & mask;
        }
    }

    /// How often the pair of entry `entry` is written.
    #[inline]
    fn count(&self, entry: u32) -> u32 {
        self.entries.get(entry as usize).map_or(0, |e| e.count)
    }
}

/// The phrases candidates start with (term sequences of up to [`MAX_WORDS`]), as a trie.
/// A node ending with a word that is no stopword is a candidate (numbered as the nodes,
/// which keeps them in order of first occurrence, then length); its node carries YAKE's
/// phrase score computed word by word: `∏H`, `ΣH` and the name penalty of its words, a
/// stopword inside weighted by how strongly it binds its neighbours (YAKE's `bi`
/// weighting) once the word after it is known.
#[derive(Default)]
struct Trie {
    nodes: Vec<Node>,
    /// The node of each one-term phrase, by term.
    roots: Vec<u32>,
    /// The nodes that are candidates, in order.
    candidate_nodes: Vec<u32>,
    /// Whether some candidate occurs in running text (not in a headline or dateline).
    has_body: bool,
}

/// A phrase of the [`Trie`].
#[derive(Clone, Copy)]
struct Node {
    term: u32,
    parent: u32,
    /// The first of its children, and its next sibling.
    child: u32,
    sibling: u32,
    /// Occurrences (none for a phrase that is no candidate), and those in running text
    /// (not in a headline or dateline).
    tf: u32,
    body: u32,
    /// The slot of its first occurrence.
    first: u32,
    product: f64,
    sum: f64,
    names: f64,
    /// For a phrase ending with a stopword: that stopword's bond to the word before it
    /// (its bond to the word after is applied in the children).
    left: f64,
    /// Whether its last term is a stopword.
    stop: bool,
}

impl Trie {
    /// Empties the trie for a document of `terms` terms.
    fn clear(&mut self, terms: usize) {
        self.nodes.clear();
        self.roots.clear();
        self.roots.resize(terms, NONE);
        self.candidate_nodes.clear();
        self.has_body = false;
    }

    /// The node of the one-term phrase `term` (a word that is no stopword), added if new.
    #[inline]
    fn root(&mut self, term: u32, view: &TermView<'_>) -> u32 {
        let i = term as usize;
        match self.roots[i] {
            NONE => {
                let id = self.nodes.len() as u32;
                self.roots[i] = id;
                // As in `∏H`, `ΣH` over the words in order, from 1 and 0.
                let (mut product, mut sum, mut names) = (1.0, 0.0, 1.0);
                product *= view.h[i];
                sum += view.h[i];
                names *= view.names[i];
                self.push(term, NONE, NONE, [product, sum, names, 0.0], false);
                id
            }
            id => id,
        }
    }

    /// The node of the phrase of `parent` followed by the term of `slot`, added if new.
    #[inline]
    fn child(&mut self, parent: u32, slot: &SlotTerm, view: &TermView<'_>) -> u32 {
        let term = slot.term;
        let mut at = self.nodes[parent as usize].child;
        while let Some(node) = self.nodes.get(at as usize) {
            if node.term == term {
                return at;
            }
            at = node.sibling;
        }
        let p = self.nodes[parent as usize];
        let id = self.nodes.len() as u32;
        let (mut product, mut sum, mut names, mut left) = (p.product, p.sum, p.names, 0.0);
        if p.stop {
            let right = view.bond(slot, term);
            let b = p.left * right;
            product *= 2.0 - b;
            sum -= 1.0 - b;
        }
        let i = term as usize;
        // A slot ends a phrase where its term is no stopword.
        let stop = !slot.ends;
        if !stop {
            product *= view.h[i];
            sum += view.h[i];
            names *= view.names[i];
        } else {
            left = view.bond(slot, p.term);
        }
        self.push(term, parent, p.child, [product, sum, names, left], stop);
        self.nodes[parent as usize].child = id;
        id
    }

    /// Adds a node of `term` under `parent` before `sibling`, with its `[product, sum,
    /// names, left]` and whether `term` is a stopword.
    #[inline]
    fn push(&mut self, term: u32, parent: u32, sibling: u32, scores: [f64; 4], stop: bool) {
        let [product, sum, names, left] = scores;
        self.nodes.push(Node {
            term,
            parent,
            child: NONE,
            sibling,
            tf: 0,
            body: 0,
            first: 0,
            product,
            sum,
            names,
            left,
            stop,
        });
    }

    /// Counts an occurrence of candidate `node` starting at slot `start`.
    #[inline]
    fn occurs(&mut self, node: u32, start: u32, heading: bool) {
        let n = &mut self.nodes[node as usize];
        if n.tf == 0 {
            n.first = start;
            self.candidate_nodes.push(node);
        }
        n.tf += 1;
        n.body += u32::from(!heading);
        self.has_body |= !heading;
    }

    /// The terms of the phrase of `node`, and how many.
    fn terms(&self, node: u32) -> ([u32; MAX_WORDS], usize) {
        let mut terms = [0; MAX_WORDS];
        let mut len = 0;
        let mut at = node;
        while let Some(n) = self.nodes.get(at as usize) {
            if len == MAX_WORDS {
                break;
            }
            terms[len] = n.term;
            len += 1;
            at = n.parent;
        }
        terms[..len].reverse();
        (terms, len)
    }

    /// Whether the phrase of `terms` is a candidate.
    fn is_candidate(&self, terms: &[u32]) -> bool {
        let mut node = NONE;
        for &t in terms {
            let mut at = match node {
                NONE => self.roots.get(t as usize).copied().unwrap_or(NONE),
                p => self.nodes[p as usize].child,
            };
            while at != NONE && self.nodes[at as usize].term != t {
                at = self.nodes[at as usize].sibling;
            }
            if at == NONE {
                return false;
            }
            node = at;
        }
        self.nodes.get(node as usize).is_some_and(|n| n.tf > 0)
    }
}

impl Node {
    /// YAKE's phrase score of a candidate (lower is better).
    fn h(&self) -> f64 {
        self.names * self.product / ((self.sum + 1.0).max(0.1) * f64::from(self.tf))
    }
}

/// A form as keyphrase statistics see it.
#[derive(Clone, Copy)]
struct FormTerm {
    term: u32,
    stop: bool,
    /// A phrase may start with it: no stopword, no `ber-`/`ter-` form.
    starts: bool,
    /// A verb: no phrase spans it.
    verb: bool,
    case: Case,
}

/// What a slot is to candidate phrases: its term, or [`BREAK`] for breaks and verbs (which
/// no phrase spans), and whether a phrase may start or end there.
#[derive(Clone, Copy)]
struct SlotTerm {
    term: u32,
    /// The [`PairTable`] entry of its term after the previous slot's, or [`NONE`] (at a
    /// break, or with `on_term`).
    pair: u32,
    /// Whether that pair is counted on its term ([`TermStats::first_left_count`]) rather
    /// than in the table.
    on_term: bool,
    starts: bool,
    ends: bool,
    /// In a headline or dateline.
    heading: bool,
}

impl SlotTerm {
    /// A break (outside a headline or dateline).
    const BREAK: SlotTerm = SlotTerm {
        term: BREAK,
        pair: NONE,
        on_term: false,
        starts: false,
        ends: false,
        heading: false,
    };
}

/// Whether headline word `f` is a bare verb: its stem is that of a verb form of the
/// document, and it is written as the stem, or as `per-` and the stem.
fn headline_verb(f: &Form<'_>, verb_stems: &[bool]) -> bool {
    f.bare && verb_stems.get(f.stem as usize).is_some_and(|&v| v)
}

/// The frequency statistics of a document's content terms.
struct Frequencies {
    /// Their mean plus standard deviation.
    spread: f64,
    /// The largest frequency of any term.
    max_tf: f64,
}

impl Frequencies {
    /// From the `count` content terms of `stats` (those counted for document
    /// `generation`) and the sum `total` of their frequencies; `max_tf` is the largest
    /// frequency of all terms (at least 1).
    fn new(
        stats: &[TermStats],
        generation: u32,
        count: usize,
        total: u64,
        max_tf: u32,
    ) -> Frequencies {
        let n = count.max(1) as f64;
        // An exact sum of integers, as if summed term by term.
        let mean = total as f64 / n;
        let std = (stats
            .iter()
            // Counted for this document: a content term (stems are), counted at least once.
            .filter(|s| s.generation == generation)
            .map(|s| (f64::from(s.tf) - mean).powi(2))
            .sum::<f64>()
            / n)
            .sqrt();
        Frequencies {
            spread: mean + std,
            max_tf: f64::from(max_tf),
        }
    }
}

/// YAKE's word score `H` of a content term (lower is better), before it is taken over the
/// median of the document's: from its position (`twice_median`, see
/// [`median_sentences`]), relatedness to context, frequency, spread over the `sentences`
/// of the document, and casing.
#[inline]
fn word_score(
    s: &TermStats,
    f: &Frequencies,
    sentences: f64,
    weights: &[f64; POSITION_WEIGHTS],
    twice_median: u32,
) -> f64 {
    let tf = f64::from(s.tf);
    let max_tf = f.max_tf;
    // Without neighbours (no total) there are no distinct ones either: the ratio is 0.
    let ratio = |distinct: u32, total: u32| f64::from(distinct) / f64::from(total.max(1));
    let relatedness = (0.5 + ratio(s.left_distinct, s.left_total) * tf / max_tf)
        + (0.5 + ratio(s.right_distinct, s.right_total) * tf / max_tf);
    let frequency = tf / f.spread.max(f64::MIN_POSITIVE);
    let spread = f64::from(s.sentences) / sentences;
    let casing = match s.acronyms {
        0 => 0.0,
        n => f64::from(n) / (1.0 + tf.ln()),
    };
    let position = match weights.get(twice_median as usize) {
        Some(&w) => w,
        None => position_weight(twice_median),
    };
    position * relatedness / (casing + frequency / relatedness + spread / relatedness)
}

/// Twice the median of the distinct sentences a term occurs in (the sum of the two middle
/// ones), from its occurrences in order (its first slot, then `next_same`).
fn median_sentences(s: &TermStats, slots: &[Slot], next_same: &[u32]) -> u32 {
    // One or two sentences: the first and the last.
    match s.sentences {
        1 => return 2 * s.first_sentence,
        2 => return s.first_sentence + s.last_sentence,
        _ => {}
    }
    let (lo_k, hi_k) = ((s.sentences - 1) / 2, s.sentences / 2);
    let (mut k, mut last, mut lo) = (0, 0, 0);
    let mut at = s.first_slot;
    while let Some(slot) = slots.get(at as usize) {
        if k == 0 || slot.sentence != last {
            if k == lo_k {
                lo = slot.sentence;
            }
            if k == hi_k {
                return lo + slot.sentence;
            }
            k += 1;
            last = slot.sentence;
        }
        at = next_same.get(at as usize).copied().unwrap_or(NONE);
    }
    lo
}

/// How many position weights are tabulated.
const POSITION_WEIGHTS: usize = 256;

/// YAKE's position weight `ln(ln(3 + median))` of a word whose median sentence is
/// `twice_median / 2`.
fn position_weight(twice_median: u32) -> f64 {
    (3.0 + f64::from(twice_median) / 2.0).ln().ln()
}

/// The [`position_weight`]s of the first sentences, by twice the median.
fn position_weights() -> &'static [f64; POSITION_WEIGHTS] {
    static WEIGHTS: std::sync::OnceLock<[f64; POSITION_WEIGHTS]> = std::sync::OnceLock::new();
    WEIGHTS.get_or_init(|| std::array::from_fn(|m| position_weight(m as u32)))
}

/// The share of a word's occurrences that mark it as a name: written capitalised inside a
/// sentence, or, for a word never written in lower case, capitalised anywhere but at the
/// start of a sentence (in headlines too).
fn name_share(s: &TermStats) -> f64 {
    let tf = f64::from(s.tf.max(1));
    if s.lower > 0 {
        f64::from(s.capitalised_informative) / tf
    } else {
        f64::from(s.capitalised) / tf
    }
}

/// The form in which candidate `node` is most often written in running text (the first on
/// a tie; headings and sentence starts only if there is no other).
#[inline(never)]
fn best_form(doc: &DocWords<'_>, s: &mut Scratch, node: u32) -> String {
    let (terms, len) = s.trie.terms(node);
    let terms = &terms[..len];
    let (slots, variants) = (&s.slots, &mut s.variants);
    // Its variants (form sequences) with their counts, in text order: at the occurrences
    // of its first term where a phrase may start and the rest follows.
    variants.clear();
    let mut start = s.trie.nodes[node as usize].first;
    while start != NONE {
        let at = start as usize;
        start = s.next_same.get(at).copied().unwrap_or(NONE);
        let Some(window) = slots.get(at..at + len) else {
            continue;
        };
        if !window[0].starts || window.iter().zip(terms).any(|(s, &t)| s.term != t) {
            continue;
        }
        let mut forms = [0u32; MAX_WORDS];
        for (n, f) in forms.iter_mut().zip(&doc.slots[at..at + len]) {
            *n = f.form;
        }
        // Written in a headline or dateline or at the start of a sentence, a form says
        // little of how the phrase is written in running text: it is taken only if the
        // text has no other.
        let n = u32::from(!doc.slots[at].heading && !doc.slots[at].initial);
        match variants.iter_mut().find(|(f, _)| *f == forms) {
            Some((_, m)) => *m += n,
            None => variants.push((forms, n)),
        }
    }
    // The most frequent; on a tie, the first written (variants are in text order).
    let mut best: Option<&[u32; MAX_WORDS]> = None;
    let mut most = 0;
    for (forms, n) in variants.iter() {
        if best.is_none() || *n > most {
            best = Some(forms);
            most = *n;
        }
    }
    let mut text = String::new();
    if let Some(forms) = best {
        let forms = &forms[..len];
        let len = forms.iter().map(|&f| doc.forms[f as usize].surface.len());
        let capacity = len.sum::<usize>() + forms.len();
        // Written only at sentence starts (or in headings) with the first word
        // capitalised and the rest in lower case, a phrase whose first word the text
        // writes in lower case elsewhere is shown so (`hujan deras`).
        let case = |f: u32| doc.forms[f as usize].case;
        if most == 0
            && case(forms[0]) == Case::Capitalised
            && forms[1..].iter().all(|&f| case(f) == Case::Lower)
            && s.stats[terms[0] as usize].lower > 0
        {
            text = doc.forms[forms[0] as usize].surface.to_lowercase();
            text.reserve(capacity);
        } else {
            // Allocated once, at its length.
            text = String::with_capacity(capacity);
        }
        for &f in &forms[usize::from(!text.is_empty())..] {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(doc.forms[f as usize].surface);
        }
    }
    text
}

/// A key ordering scores as [`f64::total_cmp`] does.
fn score_key(h: f64) -> u64 {
    let bits = h.to_bits();
    // Negative scores (sign bit set) count down; all of them below the positive ones.
    (bits ^ (((bits as i64) >> 63) as u64 >> 1)) ^ (1 << 63)
}

/// The score of a [`score_key`].
fn score_of_key(key: u64) -> f64 {
    let bits = key ^ (1 << 63);
    f64::from_bits(bits ^ (((bits as i64) >> 63) as u64 >> 1))
}

/// The terms of a phrase as a set of bits, each term at its number modulo 64.
fn term_bits(terms: &[u32]) -> u64 {
    terms.iter().fold(0, |bits, &t| bits | 1 << (t % 64))
}

/// The key of an ordered pair of terms.
fn pair_key(a: u32, b: u32) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// Whether two phrases say much the same: more than half the content words of the
/// shorter one are in the other (`ekonomi kerakyatan` and `pembangunan ekonomi
/// kerakyatan`; not `ekonomi wilayah` and `ekonomi kerakyatan`), or one ends with what the
/// other starts with (`pelatihan pemasaran` and `pemasaran digital`: pieces of one phrase).
fn redundant(a: &[u32], b: &[u32], stats: &[TermStats], trie: &Trie) -> bool {
    // Phrases without a word in common are neither chained nor sharing.
    if !a.iter().any(|t| b.contains(t)) {
        return false;
    }
    // Chained only if the joined phrase is written (or too long to be a candidate):
    // `operasi pasar` and `pasar murah` are two phrases when no `operasi pasar murah` is.
    let chained = |x: &[u32], y: &[u32]| {
        (1..x.len().min(y.len())).any(|k| {
            x[x.len() - k..] == y[..k] && {
                let joined = x.iter().chain(&y[k..]);
                let mut terms = [0; MAX_WORDS];
                x.len() + y.len() - k > MAX_WORDS || {
                    for (slot, &t) in terms.iter_mut().zip(joined) {
                        *slot = t;
                    }
                    trie.is_candidate(&terms[..x.len() + y.len() - k])
                }
            }
        })
    };
    if chained(a, b) || chained(b, a) {
        return true;
    }
    let content = |p: &[u32]| p.iter().filter(|&&t| !stats[t as usize].stop).count();
    let shared = a
        .iter()
        .enumerate()
        .filter(|&(k, t)| !stats[*t as usize].stop && !a[..k].contains(t) && b.contains(t))
        .count();
    2 * shared > content(a).min(content(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_read_for_name_words_give_the_same_phrases() {
        // Written for this test.
        let text = "Pj Bupati Zainal membuka pelatihan UMKM. Pelatihan UMKM diikuti pelaku \
                    usaha dari Kabupaten Lombok. Pj Bupati berharap pelaku usaha naik kelas.";
        let analysis = Tokenizer::builtin().analyze(text);
        let builtin = KeyphraseExtractor::builtin();
        let reader =
            crate::topics::WordReader::new(Stemmer::builtin().clone(), builtin.stopwords().clone())
                .for_names(builtin.names());
        let read = reader.read(text, &analysis);
        let marked: Vec<&str> = read
            .forms
            .iter()
            .filter(|f| f.name)
            .map(|f| f.surface)
            .collect();
        assert!(
            marked.contains(&"Bupati") && marked.contains(&"Zainal"),
            "{marked:?}"
        );
        assert!(!marked.contains(&"pelatihan"), "{marked:?}");
        let alone = DocWords::new(text, &analysis, Stemmer::builtin(), builtin.stopwords());
        assert!(alone.forms.iter().all(|f| !f.name));
        let phrases = builtin.extract(&read);
        assert!(!phrases.is_empty());
        assert_eq!(phrases, builtin.extract(&alone));
        // An extractor with other name words looks them up itself.
        let plain =
            KeyphraseExtractor::new(Stemmer::builtin().clone(), builtin.stopwords().clone());
        assert_eq!(plain.extract(&read), plain.extract(&alone));
    }

    // A text written for this test.
    const TEXT: &str = "Dinas Koperasi menggelar pelatihan pemasaran digital bagi pelaku usaha \
        mikro di Balai Desa. Pelatihan pemasaran digital itu diikuti 35 pelaku usaha mikro. \
        Menurut kepala dinas, pemasaran digital membantu pelaku usaha menjangkau pembeli.";

    fn extract(text: &str) -> Vec<Keyphrase> {
        KeyphraseExtractor::builtin().extract_text(&Tokenizer::builtin(), text)
    }

    #[test]
    fn repeated_content_phrases_rank_first() {
        let phrases = extract(TEXT);
        let texts: Vec<&str> = phrases.iter().map(|p| p.text.as_str()).collect();
        assert!(
            texts[..3].iter().any(|t| t.contains("pemasaran digital")),
            "{texts:?}"
        );
        assert!(
            texts[..3].iter().any(|t| t.contains("pelaku usaha")),
            "{texts:?}"
        );
        assert!((phrases[0].score - 1.0).abs() < 1e-9);
        assert!(phrases.windows(2).all(|w| w[0].score >= w[1].score));
        // No stopword or verb starts or ends a phrase; no phrase lies inside another.
        for t in &texts {
            let words: Vec<&str> = t.split(' ').collect();
            for w in [words[0], words[words.len() - 1]] {
                assert!(!Stopwords::builtin().contains(w), "{texts:?}");
                assert!(
                    !["menggelar", "diikuti", "membantu"].contains(&w),
                    "{texts:?}"
                );
            }
        }
        for (i, a) in texts.iter().enumerate() {
            for b in &texts[i + 1..] {
                let (a, b) = (a.to_lowercase(), b.to_lowercase());
                assert!(!a.contains(&b) && !b.contains(&a), "{texts:?}");
            }
        }
    }

    #[test]
    fn candidates_stop_at_punctuation_sentences_and_verbs() {
        let phrases = extract("Harga beras, minyak goreng. Gula pasir menggelar stok pangan.");
        for p in &phrases {
            assert!(p.text.split(' ').count() <= MAX_WORDS, "{p:?}");
            assert!(
                ![
                    "beras minyak",
                    "goreng Gula",
                    "pasir menggelar",
                    "menggelar"
                ]
                .iter()
                .any(|bad| p.text.contains(bad)),
                "{p:?}"
            );
        }
        assert!(phrases.iter().any(|p| p.text == "minyak goreng"));
    }

    #[test]
    fn variants_with_the_same_stems_are_one_phrase() {
        let phrases = extract(
            "Pelatihan pengemasan digelar bagi pelaku usaha. Para pelaku usaha antusias. \
             Pelaku usahanya datang dari tiga desa.",
        );
        let usaha: Vec<&Keyphrase> = phrases
            .iter()
            .filter(|p| p.text.to_lowercase().contains("usaha"))
            .collect();
        assert_eq!(usaha.len(), 1, "{phrases:?}");
        assert_eq!(usaha[0].text, "pelaku usaha");
        assert!(phrases[..2].contains(usaha[0]), "{phrases:?}");
    }

    #[test]
    fn name_words_come_from_the_people_and_place_lexicons() {
        let names = NameWords::builtin();
        for w in [
            "Bupati",
            "Kepala",
            "Pj",
            "PENJABAT",
            "MBA",
            "Zainal",
            "NTB",
            "Kabupaten",
        ] {
            assert!(names.contains(w), "{w}");
        }
        for w in ["pasar", "irigasi", "UKM", "posyandu", "Kesehatan"] {
            assert!(!names.contains(w), "{w}");
        }
    }

    #[test]
    fn one_word_phrases_say_what() {
        // Written for this test: the official's name is only ever capitalised, the
        // province only in capitals.
        let phrases = extract(
            "Gubernur NTB Kunjungi Sentra Tenun\n\nMATARAM – Gubernur NTB, Dr. H. Zulkieflimansyah, \
             mengunjungi sentra tenun songket. Zulkieflimansyah membeli kain tenun. \
             Perajin tenun songket berharap harga benang turun. Gubernur NTB meminta \
             perajin tenun mendaftarkan motif tenun.",
        );
        let texts: Vec<String> = phrases.iter().map(|p| p.text.to_lowercase()).collect();
        assert!(texts.iter().any(|t| t.contains("tenun")), "{texts:?}");
        for bad in [
            "gubernur",
            "ntb",
            "zulkieflimansyah",
            "mataram",
            "gubernur ntb",
        ] {
            assert!(!texts.iter().any(|t| t == bad), "{texts:?}");
        }
    }

    #[test]
    fn phrases_are_shown_as_running_text_writes_them() {
        // Written for this test: `Hujan deras` only opens sentences, `hujan` is written
        // in lower case too; `Bantuan Pangan` is capitalised only in the headline.
        let phrases = extract(
            "Bantuan Pangan untuk Korban Banjir\n\nHujan deras merendam dua desa. Warga \
             menerima bantuan pangan. Hujan deras turun sejak malam. Bantuan pangan dibagikan \
             di posko. Warga berharap hujan reda.",
        );
        let texts: Vec<&str> = phrases.iter().map(|p| p.text.as_str()).collect();
        assert!(texts.contains(&"hujan deras"), "{texts:?}");
        assert!(texts.contains(&"bantuan pangan"), "{texts:?}");
    }

    #[test]
    fn score_keys_order_as_total_cmp() {
        let xs = [
            f64::NEG_INFINITY,
            -2.5,
            -0.0,
            0.0,
            f64::MIN_POSITIVE,
            0.3,
            1.0,
            7e10,
            f64::INFINITY,
            f64::NAN,
        ];
        for a in xs {
            for b in xs {
                assert_eq!(score_key(a).cmp(&score_key(b)), a.total_cmp(&b), "{a} {b}");
                assert_eq!(score_of_key(score_key(a)).to_bits(), a.to_bits());
            }
        }
    }

    #[test]
    fn pair_tables_count_per_document_without_clearing() {
        let mut t = PairTable::default();
        t.reset(4, 1);
        let (a, new_a) = t.add(pair_key(1, 2));
        let (b, new_b) = t.add(pair_key(2, 1));
        let (a2, new_a2) = t.add(pair_key(1, 2));
        assert!(new_a && new_b && !new_a2 && a == a2 && a != b);
        assert_eq!((t.count(a), t.count(b)), (2, 1));
        assert_eq!(t.count(NONE), 0);
        // The next document's pairs start from nothing, in the same entries.
        t.reset(4, 2);
        let (c, new_c) = t.add(pair_key(1, 2));
        assert!(new_c);
        assert_eq!(t.count(c), 1);
        // Many pairs: the table grows and keeps every count.
        t.reset(500, 3);
        for round in 1..=3u32 {
            for k in 0..500u32 {
                let (e, new) = t.add(pair_key(k, k * 7 + 1));
                assert_eq!(new, round == 1);
                assert_eq!(t.count(e), round);
            }
        }
    }

    /// YAKE's phrase score as the trie computes it word by word, computed at once.
    fn phrase_score(terms: &[u32], view: &TermView<'_>, bonds: &[(u32, u32, u32)], tf: u32) -> f64 {
        let edge = |a: u32, b: u32| {
            bonds
                .iter()
                .find(|&&(x, y, _)| (x, y) == (a, b))
                .map_or(0, |&(_, _, n)| n)
        };
        let (mut product, mut sum, mut names) = (1.0, 0.0, 1.0);
        for (k, &t) in terms.iter().enumerate() {
            let i = t as usize;
            if !view.stats[i].stop {
                product *= view.h[i];
                sum += view.h[i];
                names *= view.names[i];
                continue;
            }
            let bond = |a: u32, b: u32, by: u32| {
                f64::from(edge(a, b)) / f64::from(view.stats[by as usize].tf.max(1))
            };
            let left = k
                .checked_sub(1)
                .map_or(0.0, |p| bond(terms[p], t, terms[p]));
            let right = terms.get(k + 1).map_or(0.0, |&n| bond(t, n, n));
            let p = left * right;
            product *= 2.0 - p;
            sum -= 1.0 - p;
        }
        names * product / ((sum + 1.0).max(0.1) * f64::from(tf))
    }

    #[test]
    fn pairs_count_as_a_plain_count_does() {
        // Written for this test: repeated pairs, stopwords, breaks, a word twice in a row.
        let texts = [
            "Harga beras naik. Harga beras di pasar naik lagi, kata pedagang beras.",
            "Pasar murah di desa. Pasar murah di kota dan pasar murah di desa lagi; \
             warga warga antre di pasar, di desa, di kota.",
        ];
        let builtin = KeyphraseExtractor::builtin();
        let mut s = Scratch::default();
        for text in texts {
            let analysis = Tokenizer::builtin().analyze(text);
            let doc = DocWords::new(text, &analysis, Stemmer::builtin(), builtin.stopwords());
            s.name_forms.clear();
            s.name_forms.resize(doc.forms.len(), 0);
            s.terms(&doc, builtin.names());
            let view = TermView {
                stats: &s.stats,
                h: &s.h,
                names: &s.names,
                pairs: &s.pairs,
            };
            // The terms of the slots, as the slots read them (verbs are breaks there).
            let term = |i: usize| {
                let f = doc.form_of(&doc.slots[i])?;
                Some(match f.stop {
                    true => doc.stem_count + doc.slots[i].form,
                    false => f.stem,
                })
            };
            let pairs: Vec<(u32, u32)> = (1..doc.slots.len())
                .filter_map(|i| Some((term(i - 1)?, term(i)?)))
                .collect();
            assert!(pairs.len() > 8);
            for i in 1..doc.slots.len() {
                let (Some(a), Some(b)) = (term(i - 1), term(i)) else {
                    continue;
                };
                if s.slots[i].term == BREAK {
                    continue;
                }
                let n = pairs.iter().filter(|&&p| p == (a, b)).count() as u32;
                assert_eq!(view.pair_count(&s.slots[i]), n, "{text}: slot {i}");
            }
            for (t, st) in s.stats[..doc.stem_count as usize].iter().enumerate() {
                let t = t as u32;
                let distinct = |side: fn(&(u32, u32)) -> (u32, u32)| {
                    let mut seen: Vec<(u32, u32)> = pairs.iter().map(side).collect();
                    seen.retain(|&(x, _)| x == t);
                    let total = seen.len() as u32;
                    seen.sort_unstable();
                    seen.dedup();
                    (seen.len() as u32, total)
                };
                if st.generation != s.generation {
                    continue;
                }
                let left = distinct(|&(a, b)| (b, a));
                let right = distinct(|&(a, b)| (a, b));
                assert_eq!((st.left_distinct, st.left_total), left, "{text}: term {t}");
                assert_eq!(
                    (st.right_distinct, st.right_total),
                    right,
                    "{text}: term {t}"
                );
            }
        }
    }

    #[test]
    fn tries_hold_no_phrase_ending_with_a_stopword_that_nothing_continues() {
        // Written for this test: stopwords before breaks, at the end of the longest
        // phrases, and inside phrases.
        let text = "Bantuan pangan bagi warga desa di kecamatan dan kota. Harga beras dan \
                    minyak goreng naik di pasar, kata pedagang beras dan gula di kota itu.";
        let builtin = KeyphraseExtractor::builtin();
        let analysis = Tokenizer::builtin().analyze(text);
        let doc = DocWords::new(text, &analysis, Stemmer::builtin(), builtin.stopwords());
        let mut s = Scratch::default();
        s.name_forms.resize(doc.forms.len(), 0);
        s.terms(&doc, builtin.names());
        s.candidates();
        let nodes = &s.trie.nodes;
        assert!(nodes.iter().any(|n| n.stop), "no stopword inside a phrase");
        for n in nodes.iter().filter(|n| n.stop) {
            assert_ne!(n.child, NONE);
        }
        // Every prefix of a candidate is still in the trie.
        assert!(s
            .trie
            .is_candidate(&s.trie.terms(s.trie.candidate_nodes[0]).0[..1]));
    }

    #[test]
    fn tries_score_phrases_word_by_word_as_at_once() {
        // Terms 0, 1 and 3 are words, 2 and 4 stopwords.
        let tfs = [3, 1, 5, 2, 4];
        let stats: Vec<TermStats> = tfs
            .iter()
            .enumerate()
            .map(|(i, &tf)| TermStats {
                tf,
                stop: i == 2 || i == 4,
                ..TermStats::default()
            })
            .collect();
        let h = [0.7, 1.3, f64::INFINITY, 0.45, f64::INFINITY];
        let names = [1.0, 13.0, 1.0, 4.5, 1.0];
        // How often each pair is written, as the slots below write them.
        let bonds = [
            (0, 2, 2),
            (2, 3, 1),
            (3, 4, 1),
            (4, 1, 1),
            (2, 1, 1),
            (1, 2, 1),
        ];
        let mut pairs = PairTable::default();
        pairs.reset(16, 1);
        let mut entries = Vec::new();
        for &(a, b, n) in &bonds {
            let mut e = NONE;
            for _ in 0..n {
                e = pairs.add(pair_key(a, b)).0;
            }
            entries.push(((a, b), e));
        }
        let entry = |a: u32, b: u32| {
            entries
                .iter()
                .find(|(p, _)| *p == (a, b))
                .map_or(NONE, |x| x.1)
        };
        let view = TermView {
            stats: &stats,
            h: &h,
            names: &names,
            pairs: &pairs,
        };
        let mut trie = Trie::default();
        trie.clear(stats.len());
        let phrases: [&[u32]; 5] = [&[0], &[0, 2, 3], &[0, 2, 3, 4], &[3, 4, 1], &[1, 2, 1]];
        for terms in phrases {
            let mut node = trie.root(terms[0], &view);
            for w in terms.windows(2) {
                let slot = SlotTerm {
                    term: w[1],
                    pair: entry(w[0], w[1]),
                    on_term: false,
                    starts: false,
                    ends: !stats[w[1] as usize].stop,
                    heading: false,
                };
                node = trie.child(node, &slot, &view);
            }
            if stats[*terms.last().unwrap() as usize].stop {
                continue;
            }
            trie.occurs(node, 0, false);
            trie.occurs(node, 7, true);
            let n = trie.nodes[node as usize];
            assert_eq!((n.tf, n.body, n.first), (2, 1, 0));
            let (found, len) = trie.terms(node);
            assert_eq!(&found[..len], terms);
            assert!(trie.is_candidate(terms));
            let expected = phrase_score(terms, &view, &bonds, 2);
            assert_eq!(n.h().to_bits(), expected.to_bits(), "{terms:?}");
        }
        // A prefix ending with a stopword is in the trie but no candidate.
        assert!(!trie.is_candidate(&[0, 2]));
        assert!(!trie.is_candidate(&[3, 0]));
        assert_eq!(trie.candidate_nodes.len(), 4);
    }

    #[test]
    fn rankings_give_candidates_in_order() {
        // Keys from a small generator, with many ties.
        let mut x = 0x2545_f491_u64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % 97
        };
        for n in [0usize, 1, 5, 40, 81, 155, 300, 1000] {
            let keys: Vec<u64> = (0..n).map(|_| next()).collect();
            let nodes: Vec<u32> = (0..n as u32).map(|i| i * 3 + 1).collect();
            let mut expected: Vec<u128> = keys
                .iter()
                .zip(&nodes)
                .map(|(&k, &i)| (u128::from(k) << 32) | u128::from(i))
                .collect();
            expected.sort_unstable();
            let (mut batch, mut sample) = (Vec::new(), Vec::new());
            let mut ranking = Ranking::new(&keys, &nodes, &mut batch, &mut sample);
            let got: Vec<u128> = std::iter::from_fn(|| ranking.next(40)).collect();
            assert_eq!(got, expected, "{n}");
        }
    }

    #[test]
    fn empty_input_has_no_phrases() {
        assert!(extract("").is_empty());
        assert!(extract("yang dan, di 2021.").is_empty());
        let none = KeyphraseExtractor::builtin().clone().max_phrases(0);
        assert!(none.extract_text(&Tokenizer::builtin(), TEXT).is_empty());
    }
}
