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
use crate::text::hash::{FoldHashMap, FoldHashSet};
use crate::text::Tokenizer;
use crate::topics::stem::Stemmer;
use crate::topics::topic::Stopwords;
use crate::topics::words::{Case, DocWords, Form, BREAK};

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
                        LexiconKind::Titles => add(&mut words, form.split(' ').take(1)),
                        LexiconKind::PlaceContext => {
                            if matches!(rec.get(1), "prefix" | "title") {
                                add(&mut words, [form]);
                            }
                        }
                        LexiconKind::RegionAliases | LexiconKind::RegionAliasesCurated => {
                            if !form.contains(' ') {
                                add(&mut words, [form]);
                            }
                        }
                        _ => add(&mut words, form.split(' ')),
                    }
                    Ok(())
                })?;
            }
        }
        Ok(NameWords {
            words: Arc::new(words),
        })
    }

    /// Whether `word` (any case, periods ignored) is a name word.
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(&*crate::text::case::lower(word))
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
fn add<'a>(words: &mut FoldHashSet<Box<str>>, forms: impl IntoIterator<Item = &'a str>) {
    for form in forms {
        let word: String = form
            .chars()
            .filter(|&c| c != '.')
            .flat_map(char::to_lowercase)
            .collect();
        if word.chars().nth(1).is_some() {
            words.insert(word.into_boxed_str());
        }
    }
}

/// Per-term statistics. A term is the stem of non-stopword forms, or one stopword form.
#[derive(Clone, Copy, Debug, Default)]
struct TermStats {
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
    /// Median of the distinct sentences (filled in a second pass).
    median_lo: u32,
    median_hi: u32,
    seen: u32,
    left_distinct: u32,
    left_total: u32,
    right_distinct: u32,
    right_total: u32,
    stop: bool,
}

/// A candidate phrase: its terms, how often it occurs, its score.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    terms: [u32; MAX_WORDS],
    len: u8,
    /// The slots of its first and last occurrences.
    first: u32,
    last: u32,
    tf: u32,
    /// Occurrences in running text (not in a headline or dateline).
    body: u32,
    h: f64,
}

impl Candidate {
    fn terms(&self) -> &[u32] {
        &self.terms[..usize::from(self.len)]
    }
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
        // The buffers of this thread's previous document, taken out while in use.
        let mut scratch = SCRATCH.with(|s| s.take());
        let phrases = self.extract_with(doc, &mut scratch);
        scratch.trim();
        SCRATCH.with(|s| s.replace(scratch));
        phrases
    }

    /// [`extract`](Self::extract) with these buffers.
    fn extract_with(&self, doc: &DocWords<'_>, s: &mut Scratch) -> Vec<Keyphrase> {
        s.name_forms.clear();
        s.name_forms.resize(doc.forms.len(), 0);
        s.terms(doc, &self.names);
        s.verb_stems.clear();
        s.verb_stems.resize(doc.stems.len(), false);
        for f in doc.forms.iter().filter(|f| f.verb) {
            s.verb_stems[f.stem as usize] = true;
        }
        slot_terms(doc, &s.term_of, &s.verb_stems, &mut s.slots);
        s.candidates();
        if s.candidates.is_empty() {
            return Vec::new();
        }
        let view = TermView {
            stats: &s.stats,
            h: &s.h,
            names: &s.names,
            edges: &s.edges,
        };
        view.score_all(&mut s.candidates);
        let chosen = self.choose(doc, s);
        let forms = best_forms(
            doc,
            &s.stats,
            &s.slots,
            &s.candidates,
            &chosen,
            &mut s.leads,
            &mut s.variants,
        );
        let candidates = &s.candidates;
        if chosen.is_empty() {
            return Vec::new();
        }
        let best = candidates[chosen[0] as usize].h.max(f64::MIN_POSITIVE);
        chosen
            .iter()
            .zip(forms)
            .map(|(&i, text)| Keyphrase {
                text,
                // Four decimals: enough to rank, and exact through JSON.
                score: ((best / candidates[i as usize].h.max(f64::MIN_POSITIVE)).clamp(0.0, 1.0)
                    * 1e4)
                    .round()
                    / 1e4,
            })
            .collect()
    }

    /// The best candidates, best first, leaving out those redundant with a better one.
    #[inline(never)]
    fn choose(&self, doc: &DocWords<'_>, s: &mut Scratch) -> Vec<u32> {
        let (candidates, stats, index) = (&s.candidates, &s.stats, &s.index);
        let (order, name_forms) = (&mut s.order, &mut s.name_forms);
        let has_body = candidates.iter().any(|c| c.body > 0);
        order.clear();
        order.extend(
            candidates
                .iter()
                .enumerate()
                .map(|(i, c)| (u128::from(score_key(c.h)) << 32) | i as u128),
        );
        // Sorted chunk by chunk, as redundant candidates are skipped. Far down the list
        // every candidate is redundant or poor: look at the best few hundred only.
        let limit = (self.max_phrases * 30).min(order.len());
        let chunk = self.max_phrases * 4;
        let mut sorted = 0;
        let mut chosen: Vec<u32> = Vec::with_capacity(self.max_phrases);
        // The terms of the chosen candidates, as a set of bits (term modulo 64): a
        // candidate sharing none of them is redundant with none.
        let mut chosen_bits = 0u64;
        for k in 0..limit {
            if k == sorted {
                let rest = &mut order[k..];
                let n = chunk.min(rest.len());
                if n < rest.len() {
                    rest.select_nth_unstable(n);
                }
                rest[..n].sort_unstable();
                sorted += n;
            }
            let i = order[k] as u32;
            if chosen.len() >= self.max_phrases {
                break;
            }
            let candidate = &candidates[i as usize];
            let c = candidate.terms();
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
                && chosen.iter().any(|&j| {
                    let d = candidates[j as usize].terms();
                    term_bits(d) & bits != 0 && redundant(d, c, stats, index)
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
                chosen_bits |= bits;
            }
        }
        chosen
    }

    /// Whether form `form` of `doc` is a name word, looked up once per document.
    fn is_name(&self, doc: &DocWords<'_>, form: u32, cache: &mut [u8]) -> bool {
        is_name_form(&self.names, doc, form, cache)
    }
}

/// Whether form `form` of `doc` is one of `names`, looked up once per document (`cache`
/// holds 0 for not looked up yet, 1 for yes, 2 for no).
fn is_name_form(names: &NameWords, doc: &DocWords<'_>, form: u32, cache: &mut [u8]) -> bool {
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
/// stems), each with statistics.
#[derive(Default)]
struct Scratch {
    /// The term of each form.
    term_of: Vec<u32>,
    stats: Vec<TermStats>,
    /// Ordered pairs of terms written next to each other ([`pair`] keys), as met.
    pairs: Vec<u64>,
    /// The distinct pairs with how often, sorted by key.
    edges: Vec<(u64, u32)>,
    /// YAKE's word score `H` of each term, over the median of the document's.
    h: Vec<f64>,
    /// The finite scores, as [`score_key`]s.
    finite: Vec<u64>,
    /// The name penalty factor of each term, `1 + NAME_PENALTY × name share`.
    names: Vec<f64>,
    slots: Vec<SlotTerm>,
    /// The one-word candidate of each term, and longer candidates by their terms.
    single: Vec<u32>,
    index: FoldHashMap<u128, u32>,
    /// Candidates in order of first occurrence, then length.
    candidates: Vec<Candidate>,
    /// Candidates by score ([`score_key`]) above their index.
    order: Vec<u128>,
    leads: Vec<bool>,
    variants: Vec<(usize, [u32; MAX_WORDS], u32)>,
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
        if self.slots.capacity() > Self::KEEP || self.index.capacity() > Self::KEEP {
            *self = Scratch::default();
        }
    }

    /// Fills the terms, their statistics, adjacent pairs and scores.
    #[inline(never)]
    fn terms(&mut self, doc: &DocWords<'_>, names: &NameWords) {
        let nstems = doc.stems.len();
        let mut stops = 0;
        self.term_of.clear();
        self.term_of.extend(doc.forms.iter().map(|f| {
            if f.stop {
                stops += 1;
                (nstems + stops - 1) as u32
            } else {
                f.stem
            }
        }));
        let term_of = &self.term_of;
        let stats = &mut self.stats;
        stats.clear();
        stats.resize(nstems + stops, TermStats::default());
        self.pairs.clear();
        let mut prev: Option<u32> = None;
        for slot in &doc.slots {
            let Some(form) = doc.form_of(slot) else {
                prev = None;
                continue;
            };
            let t = term_of[slot.form as usize];
            let st = &mut stats[t as usize];
            st.tf += 1;
            st.stop = form.stop;
            match form.case {
                // Two-letter capitals (`RI`, `PT`, `AL`) are too general to reward, and
                // capitals that name a place, title or degree (`NTB`, `IPU`) are no acronyms.
                Case::Acronym => {
                    st.acronyms += u32::from(
                        slot.informative
                            && form.surface.len() > 2
                            && !is_name_form(names, doc, slot.form, &mut self.name_forms),
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
            if let Some(p) = prev {
                self.pairs.push(pair(p, t));
            }
            prev = Some(t);
        }
        // The median of each term's distinct sentences. A headline or dateline gives no
        // position of its own: a term written only there stands in the middle of the
        // document (a dateline's place, a headline's verb).
        let middle = doc.sentences / 2;
        for slot in &doc.slots {
            let Some(&t) = term_of.get(slot.form as usize) else {
                continue;
            };
            let st = &mut stats[t as usize];
            if st.body == 0 {
                (st.median_lo, st.median_hi) = (middle, middle);
                continue;
            }
            if st.seen > 0 && st.last_sentence == slot.sentence {
                continue;
            }
            let k = st.seen;
            st.seen += 1;
            st.last_sentence = slot.sentence;
            if k == (st.sentences - 1) / 2 {
                st.median_lo = slot.sentence;
            }
            if k == st.sentences / 2 {
                st.median_hi = slot.sentence;
            }
        }
        self.pairs.sort_unstable();
        self.edges.clear();
        for &ab in &self.pairs {
            match self.edges.last_mut() {
                Some((last, n)) if *last == ab => *n += 1,
                _ => self.edges.push((ab, 1)),
            }
        }
        for &(ab, n) in &self.edges {
            let (a, b) = ((ab >> 32) as usize, ab as u32 as usize);
            stats[a].right_distinct += 1;
            stats[a].right_total += n;
            stats[b].left_distinct += 1;
            stats[b].left_total += n;
        }

        word_scores(stats, doc.sentences.max(1), &mut self.h);
        self.finite.clear();
        // The median of the words of running text (those only in a headline or dateline
        // would shift it with the layout of the document).
        self.finite.extend(
            self.h
                .iter()
                .zip(stats.iter())
                .filter(|(x, s)| x.is_finite() && s.body > 0)
                .map(|(&x, _)| score_key(x)),
        );
        if !self.finite.is_empty() {
            let mid = self.finite.len() / 2;
            let median = score_of_key(*self.finite.select_nth_unstable(mid).1);
            if median > 0.0 {
                self.h.iter_mut().for_each(|x| *x /= median);
            }
        }
        self.names.clear();
        self.names
            .extend(stats.iter().map(|s| 1.0 + NAME_PENALTY * name_share(s)));
    }

    /// Fills the candidates (without scores) from the slots.
    #[inline(never)]
    fn candidates(&mut self) {
        const NONE: u32 = u32::MAX;
        self.single.clear();
        self.single.resize(self.stats.len(), NONE);
        self.index.clear();
        self.candidates.clear();
        let (single, index, candidates) = (&mut self.single, &mut self.index, &mut self.candidates);
        let slots = &self.slots;
        for_each_ngram(slots, |ngram| {
            let next = candidates.len() as u32;
            let id = if ngram.len == 1 {
                match single.get_mut(ngram.terms[0] as usize) {
                    Some(id) if *id == NONE => {
                        *id = next;
                        next
                    }
                    Some(id) => *id,
                    None => return,
                }
            } else {
                let key = ngram
                    .terms
                    .iter()
                    .take(usize::from(ngram.len))
                    .fold(0u128, |k, &t| (k << 32) | u128::from(t + 1));
                *index.entry(key).or_insert(next)
            };
            if id == next {
                candidates.push(Candidate {
                    terms: ngram.terms,
                    len: ngram.len,
                    first: ngram.start as u32,
                    last: 0,
                    tf: 0,
                    body: 0,
                    h: 0.0,
                });
            }
            let c = &mut candidates[id as usize];
            c.tf += 1;
            c.body += u32::from(!slots[ngram.start].heading);
            c.last = ngram.start as u32;
        });
    }
}

/// What phrase scores are computed from.
struct TermView<'s> {
    stats: &'s [TermStats],
    h: &'s [f64],
    names: &'s [f64],
    edges: &'s [(u64, u32)],
}

impl TermView<'_> {
    #[inline(never)]
    fn score_all(&self, candidates: &mut [Candidate]) {
        for c in candidates {
            c.h = self.phrase_score(c);
        }
    }

    /// How often term `a` is written right before term `b`.
    fn edge(&self, a: u32, b: u32) -> u32 {
        let key = pair(a, b);
        self.edges
            .binary_search_by_key(&key, |&(k, _)| k)
            .map_or(0, |i| self.edges[i].1)
    }

    /// YAKE's phrase score (lower is better), with stopwords inside weighted by how
    /// strongly they bind their neighbours.
    fn phrase_score(&self, c: &Candidate) -> f64 {
        let terms = c.terms();
        let mut product = 1.0;
        let mut sum = 0.0;
        let mut names = 1.0;
        for (k, &t) in terms.iter().enumerate() {
            let i = t as usize;
            if !self.stats[i].stop {
                product *= self.h[i];
                sum += self.h[i];
                names *= self.names[i];
                continue;
            }
            let bond = |a: u32, b: u32, by: u32| {
                f64::from(self.edge(a, b)) / f64::from(self.stats[by as usize].tf.max(1))
            };
            let left = k
                .checked_sub(1)
                .map_or(0.0, |p| bond(terms[p], t, terms[p]));
            let right = terms.get(k + 1).map_or(0.0, |&n| bond(t, n, n));
            let p = left * right;
            product *= 2.0 - p;
            sum -= 1.0 - p;
        }
        names * product / ((sum + 1.0).max(0.1) * f64::from(c.tf))
    }
}

/// One occurrence of a candidate phrase.
struct Ngram {
    start: usize,
    terms: [u32; MAX_WORDS],
    len: u8,
}

/// What a slot is to candidate phrases: its term, or [`BREAK`] for breaks and verbs (which
/// no phrase spans), and whether a phrase may start or end there.
#[derive(Clone, Copy)]
struct SlotTerm {
    term: u32,
    starts: bool,
    ends: bool,
    /// In a headline or dateline.
    heading: bool,
}

/// The [`SlotTerm`] of every slot, into `out`. In a headline, a bare root whose verb form
/// the document uses (`Gelar` for `menggelar`, `Tinjau`, `Perkuat`) is a verb too.
#[inline(never)]
fn slot_terms(doc: &DocWords<'_>, term_of: &[u32], verb_stems: &[bool], out: &mut Vec<SlotTerm>) {
    out.clear();
    out.extend(doc.slots.iter().map(|s| match doc.form_of(s) {
        Some(f) if !(f.verb || s.heading && headline_verb(doc, f, verb_stems)) => SlotTerm {
            term: term_of[s.form as usize],
            starts: !f.stop && !f.modifier,
            ends: !f.stop,
            heading: s.heading,
        },
        _ => SlotTerm {
            term: BREAK,
            starts: false,
            ends: false,
            heading: s.heading,
        },
    }));
}

/// Whether headline word `f` is a bare verb: its stem is that of a verb form of the
/// document, and it is written as the stem, or as `per-` and the stem.
fn headline_verb(doc: &DocWords<'_>, f: &Form<'_>, verb_stems: &[bool]) -> bool {
    if !verb_stems.get(f.stem as usize).is_some_and(|&v| v) {
        return false;
    }
    let stem = doc.stems.get(f.stem as usize).map_or("", |s| s);
    let w = f.surface;
    w.eq_ignore_ascii_case(stem)
        || w.len() == stem.len() + 3
            && w.is_char_boundary(3)
            && w[..3].eq_ignore_ascii_case("per")
            && w[3..].eq_ignore_ascii_case(stem)
}

/// Calls `f` on every candidate occurrence: n-grams of up to [`MAX_WORDS`] words between
/// breaks and verbs, starting with a word that is neither a stopword nor a `ber-`/`ter-`
/// form, and ending with a word that is not a stopword.
fn for_each_ngram(slots: &[SlotTerm], mut f: impl FnMut(&Ngram)) {
    for (start, first) in slots.iter().enumerate() {
        if !first.starts {
            continue;
        }
        let mut ngram = Ngram {
            start,
            terms: [0; MAX_WORDS],
            len: 0,
        };
        for (n, slot) in slots[start..].iter().take(MAX_WORDS).enumerate() {
            if slot.term == BREAK {
                break;
            }
            ngram.terms[n] = slot.term;
            if slot.ends {
                ngram.len = (n + 1) as u8;
                f(&ngram);
            }
        }
    }
}

/// YAKE's word score `H` of every term (lower is better; stopwords get none), over the
/// median of the document's content words.
#[inline(never)]
fn word_scores(stats: &[TermStats], sentences: u32, out: &mut Vec<f64>) {
    let content = || stats.iter().filter(|s| !s.stop && s.tf > 0);
    // The count, sum and largest frequency in one pass (summed in term order, as always).
    let (mut count, mut total, mut max_tf) = (0usize, 0.0f64, 1u32);
    for s in stats {
        max_tf = max_tf.max(s.tf);
        if !s.stop && s.tf > 0 {
            count += 1;
            total += f64::from(s.tf);
        }
    }
    let n = count.max(1) as f64;
    let mean = total / n;
    let std = (content()
        .map(|s| (f64::from(s.tf) - mean).powi(2))
        .sum::<f64>()
        / n)
        .sqrt();
    let max_tf = f64::from(max_tf);
    out.clear();
    out.extend(stats.iter().map(|s| {
        if s.stop || s.tf == 0 {
            return f64::INFINITY;
        }
        let tf = f64::from(s.tf);
        let ratio = |distinct: u32, total: u32| {
            if total == 0 {
                0.0
            } else {
                f64::from(distinct) / f64::from(total)
            }
        };
        let relatedness = (0.5 + ratio(s.left_distinct, s.left_total) * tf / max_tf)
            + (0.5 + ratio(s.right_distinct, s.right_total) * tf / max_tf);
        let frequency = tf / (mean + std).max(f64::MIN_POSITIVE);
        let spread = f64::from(s.sentences) / f64::from(sentences);
        let casing = match s.acronyms {
            0 => 0.0,
            n => f64::from(n) / (1.0 + tf.ln()),
        };
        let position = position_weight(s.median_lo + s.median_hi);
        position * relatedness / (casing + frequency / relatedness + spread / relatedness)
    }));
}

/// YAKE's position weight `ln(ln(3 + median))` of a word whose median sentence is
/// `twice_median / 2`; tabulated for the first sentences.
fn position_weight(twice_median: u32) -> f64 {
    const TABLE: usize = 256;
    static WEIGHTS: std::sync::OnceLock<[f64; TABLE]> = std::sync::OnceLock::new();
    let weight = |m: u32| (3.0 + f64::from(m) / 2.0).ln().ln();
    match WEIGHTS
        .get_or_init(|| std::array::from_fn(|m| weight(m as u32)))
        .get(twice_median as usize)
    {
        Some(&w) => w,
        None => weight(twice_median),
    }
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

/// The form in which each chosen candidate is most often written in running text (the first
/// on a tie; headings and sentence starts only if there is no other), in one pass over the
/// slots; `leads` (a flag per term) and `variants` are buffers.
#[inline(never)]
fn best_forms(
    doc: &DocWords<'_>,
    stats: &[TermStats],
    slots: &[SlotTerm],
    candidates: &[Candidate],
    chosen: &[u32],
    leads: &mut Vec<bool>,
    variants: &mut Vec<(usize, [u32; MAX_WORDS], u32)>,
) -> Vec<String> {
    // The terms some chosen candidate starts with, and the slots its occurrences lie in.
    leads.clear();
    let (mut from, mut to) = (usize::MAX, 0);
    for &c in chosen {
        let c = &candidates[c as usize];
        let lead = c.terms[0] as usize;
        if leads.len() <= lead {
            leads.resize(lead + 1, false);
        }
        leads[lead] = true;
        from = from.min(c.first as usize);
        to = to.max(c.last as usize + 1);
    }
    // Each chosen candidate's variants (form sequences) with their counts, in text order.
    variants.clear();
    for start in from..to {
        let Some(slot) = slots.get(start) else {
            break;
        };
        if !slot.starts || !leads.get(slot.term as usize).is_some_and(|&l| l) {
            continue;
        }
        for (k, &c) in chosen.iter().enumerate() {
            let terms = candidates[c as usize].terms();
            let Some(window) = slots.get(start..start + terms.len()) else {
                continue;
            };
            if window.iter().zip(terms).any(|(s, &t)| s.term != t) {
                continue;
            }
            let mut forms = [0u32; MAX_WORDS];
            for (n, f) in forms.iter_mut().zip(&doc.slots[start..start + terms.len()]) {
                *n = f.form;
            }
            // Written in a headline or dateline or at the start of a sentence, a form
            // says little of how the phrase is written in running text: it is taken only
            // if the text has no other.
            let n = u32::from(!doc.slots[start].heading && !doc.slots[start].initial);
            match variants.iter_mut().find(|(i, f, _)| *i == k && *f == forms) {
                Some((_, _, m)) => *m += n,
                None => variants.push((k, forms, n)),
            }
        }
    }
    chosen
        .iter()
        .enumerate()
        .map(|(k, &c)| {
            let terms = candidates[c as usize].terms();
            // The most frequent; on a tie, the first written (variants are in text order).
            let mut best: Option<&[u32; MAX_WORDS]> = None;
            let mut most = 0;
            for (_, forms, n) in variants.iter().filter(|v| v.0 == k) {
                if best.is_none() || *n > most {
                    best = Some(forms);
                    most = *n;
                }
            }
            let mut text = String::new();
            if let Some(forms) = best {
                let forms = &forms[..terms.len()];
                // Written only at sentence starts (or in headings) with the first word
                // capitalised and the rest in lower case, a phrase whose first word the
                // text writes in lower case elsewhere is shown so (`hujan deras`).
                let case = |f: u32| doc.forms[f as usize].case;
                if most == 0
                    && case(forms[0]) == Case::Capitalised
                    && forms[1..].iter().all(|&f| case(f) == Case::Lower)
                    && stats[terms[0] as usize].lower > 0
                {
                    text = doc.forms[forms[0] as usize].surface.to_lowercase();
                }
                let len = forms.iter().map(|&f| doc.forms[f as usize].surface.len());
                text.reserve(len.sum::<usize>() + forms.len());
                for &f in &forms[usize::from(!text.is_empty())..] {
                    if !text.is_empty() {
                        text.push(' ');
                    }
                    text.push_str(doc.forms[f as usize].surface);
                }
            }
            text
        })
        .collect()
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
fn pair(a: u32, b: u32) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// Whether two phrases say much the same: more than half the content words of the
/// shorter one are in the other (`ekonomi kerakyatan` and `pembangunan ekonomi
/// kerakyatan`; not `ekonomi wilayah` and `ekonomi kerakyatan`), or one ends with what the
/// other starts with (`pelatihan pemasaran` and `pemasaran digital`: pieces of one phrase).
fn redundant(a: &[u32], b: &[u32], stats: &[TermStats], index: &FoldHashMap<u128, u32>) -> bool {
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
                x.len() + y.len() - k > MAX_WORDS
                    || index.contains_key(
                        &joined.fold(0u128, |key, &t| (key << 32) | u128::from(t + 1)),
                    )
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
    fn empty_input_has_no_phrases() {
        assert!(extract("").is_empty());
        assert!(extract("yang dan, di 2021.").is_empty());
        let none = KeyphraseExtractor::builtin().clone().max_phrases(0);
        assert!(none.extract_text(&Tokenizer::builtin(), TEXT).is_empty());
    }
}
