//! Topic labels for a document from a taxonomy of weighted terms matched on stems.
//!
//! A taxonomy (`lexicons/topics.tsv`, columns `label`, `term`, `weight`) defines each label
//! by terms: single words or phrases. Each word of a term is reduced with the
//! [`Stemmer`], so one entry `perdagangan` counts `berdagang`, `pedagang` and
//! `diperdagangkan` alike; a word written `=word` matches that exact lowercase form only
//! (for words whose stem is too general: `=pemilih`, stem `pilih`). Stopwords are dropped
//! from the document and from the terms before matching, so `usaha mikro kecil dan
//! menengah` matches the phrase `usaha mikro kecil menengah`.
//!
//! Scoring: at each word the longest term that starts there matches and its words are
//! consumed. A term found `n` times adds `weight × (1 + ln n)` to its label, so repetition
//! helps with diminishing returns. Scores are shares of the document's total, so they lie in
//! `[0, 1]` and sum to at most 1; the best labels are returned (at most
//! [`max_labels`](TopicScorer::max_labels), each at least
//! [`min_relative`](TopicScorer::min_relative) of the best score), each with the terms that
//! triggered it, strongest first.

use std::cell::RefCell;
use std::sync::Arc;

use crate::document::Topic;
use crate::error::{Error, Result};
use crate::lexicon::{format, LexiconKind, LexiconText};
use crate::text::hash::{FoldHashMap, FoldHashSet};
use crate::text::Tokenizer;
use crate::topics::stem::{only_builtin, Stemmer};
use crate::topics::words::DocWords;

/// The columns of `lexicons/topics.tsv`.
pub const TOPIC_COLUMNS: [&str; 3] = ["label", "term", "weight"];
/// The columns of `lexicons/stopwords.tsv`.
pub const STOPWORD_COLUMNS: [&str; 2] = ["word", "class"];

/// The longest phrase a taxonomy may hold, in non-stopwords.
const MAX_PHRASE: usize = 8;

/// No key: a word whose stem or form no term uses.
pub(crate) const NO_KEY: u32 = u32::MAX;

#[derive(Clone, Debug)]
struct Term {
    /// Where the ids of its words' keys are, and how many (stems and exact forms share one
    /// id space), while the taxonomy is read.
    keys: (u32, u32),
    label: usize,
    weight: f64,
    text: Box<str>,
    /// The same for terms of the same text (`=pemilih` and `pemilih`).
    text_id: u32,
}

/// A term as a match may start with it: its id, how many keys it has and where they
/// start in [`TopicScorer::flat_keys`].
#[derive(Clone, Copy, Debug)]
struct Start {
    id: u32,
    len: u32,
    keys: u32,
}

/// A set of stopwords: lowercase surface forms.
#[derive(Clone, Debug, Default)]
pub struct Stopwords {
    // Shared: clones (one per topic model and recogniser) cost a reference count.
    words: Arc<FoldHashSet<Box<str>>>,
}

impl Stopwords {
    /// The built-in list (`lexicons/stopwords.tsv`), parsed once per process.
    pub fn builtin() -> &'static Stopwords {
        static BUILTIN: std::sync::OnceLock<Stopwords> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(|| {
            Stopwords::parse(&[LexiconText::builtin(LexiconKind::Stopwords)])
                .unwrap_or_else(|e| panic!("the built-in stopword lexicon is malformed: {e}"))
        })
    }

    /// The union of the given stopword lexicons (columns `word`, `class`). The built-in
    /// lexicon alone gives the [`builtin`](Self::builtin) list, parsed once per process.
    pub fn from_lexicons(lexicons: &[LexiconText]) -> Result<Stopwords> {
        if only_builtin(lexicons, LexiconKind::Stopwords) {
            return Ok(Stopwords::builtin().clone());
        }
        Stopwords::parse(lexicons)
    }

    /// [`from_lexicons`](Self::from_lexicons), parsing.
    fn parse(lexicons: &[LexiconText]) -> Result<Stopwords> {
        let mut words = FoldHashSet::default();
        for lex in lexicons {
            format::for_each(&lex.source, &lex.text, &STOPWORD_COLUMNS, 1, |rec| {
                let word = crate::text::case::lower(rec.get(0));
                if !words.contains(&*word) {
                    words.insert(Box::from(&*word));
                }
                Ok(())
            })?;
        }
        Ok(Stopwords {
            words: Arc::new(words),
        })
    }

    /// Whether `word` (any case) is a stopword.
    pub fn contains(&self, word: &str) -> bool {
        self.words.contains(&*crate::text::case::lower(word))
    }

    /// How many stopwords there are.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// Whether the list is empty.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// What a taxonomy's terms are made of: key ids of stems and of exact forms. A
/// [`WordReader`](crate::topics::WordReader) made for a scorer
/// ([`for_topics`](crate::topics::WordReader::for_topics)) looks each word form up once
/// for all documents, and the scorer then reads the keys off the document's forms.
#[derive(Debug, Default)]
pub(crate) struct TopicKeys {
    /// Key ids of the stems terms use (or [`NO_KEY`]), and whether some exact form that
    /// terms use has that stem (only the forms of such stems need an exact lookup).
    stems: FoldHashMap<Box<str>, (u32, bool)>,
    exact: FoldHashMap<Box<str>, u32>,
}

impl TopicKeys {
    /// The key ids `[exact, stem]` of the form `word` with stem `stem` ([`NO_KEY`] where
    /// none); a stopword form has no exact key.
    pub(crate) fn of(&self, word: &str, stem: &str, stop: bool) -> [u32; 2] {
        let (key, exact) = self.stems.get(stem).copied().unwrap_or((NO_KEY, false));
        let exact = match exact && !stop {
            true => self.exact_key(word),
            false => NO_KEY,
        };
        [exact, key]
    }

    /// The key id of the exact form `word` (any case), or [`NO_KEY`].
    fn exact_key(&self, word: &str) -> u32 {
        let mut buf = [0u8; 48];
        let key = match buf.get_mut(..word.len()) {
            Some(lower) if word.is_ascii() => {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                self.exact
                    .get(std::str::from_utf8(lower).unwrap_or_default())
            }
            _ => self.exact.get(word.to_lowercase().as_str()),
        };
        key.copied().unwrap_or(NO_KEY)
    }
}

/// Scores documents against a topic taxonomy. Immutable, `Send + Sync`.
///
/// ```
/// use warta::text::Tokenizer;
/// use warta::topics::TopicScorer;
/// let scorer = TopicScorer::builtin();
/// let text = "Para petani di desa itu memanen padi dan menerima bantuan pupuk serta benih.";
/// let topics = scorer.score_text(&Tokenizer::builtin(), text);
/// assert_eq!(topics[0].label, "pertanian-perikanan");
/// assert!(topics[0].terms.iter().any(|t| t == "pupuk"));
/// ```
#[derive(Clone, Debug)]
pub struct TopicScorer {
    labels: Vec<Box<str>>,
    terms: Vec<Term>,
    /// The key ids of stems and exact forms (shared with the readers made for it).
    keys: Arc<TopicKeys>,
    /// The range of `starts` of the terms beginning with each key id.
    first: Vec<(u32, u32)>,
    /// The terms by their first key (as `by_first` orders them).
    starts: Vec<Start>,
    /// The keys of every term, one after the other (`Start::keys` indexes them).
    flat_keys: Vec<u32>,
    stemmer: Stemmer,
    stopwords: Stopwords,
    max_labels: usize,
    min_relative: f64,
}

impl TopicScorer {
    /// The scorer over the built-in taxonomy, stemmer and stopwords, built once per process.
    pub fn builtin() -> &'static TopicScorer {
        static BUILTIN: std::sync::OnceLock<TopicScorer> = std::sync::OnceLock::new();
        BUILTIN.get_or_init(|| {
            TopicScorer::new(
                &[LexiconText::builtin(LexiconKind::Topics)],
                Stemmer::builtin().clone(),
                Stopwords::builtin().clone(),
            )
            .unwrap_or_else(|e| panic!("the built-in topic lexicon is malformed: {e}"))
        })
    }

    /// A scorer over the union of the given taxonomies (columns `label`, `term`, `weight`).
    /// Fails on a malformed line: a weight that is not a positive number, or a term with
    /// no word left once stopwords are dropped, or longer than eight words.
    pub fn new(
        taxonomies: &[LexiconText],
        stemmer: Stemmer,
        stopwords: Stopwords,
    ) -> Result<TopicScorer> {
        let mut taxonomy = TopicKeys::default();
        let mut scorer = TopicScorer {
            labels: Vec::new(),
            terms: Vec::new(),
            keys: Arc::default(),
            first: Vec::new(),
            starts: Vec::new(),
            flat_keys: Vec::new(),
            stemmer,
            stopwords,
            max_labels: 3,
            min_relative: 0.25,
        };
        // The keys of every term, one after the other (`Term::keys` indexes them), and how
        // many key ids there are.
        let mut term_keys: Vec<u32> = Vec::new();
        let mut key_count = 0u32;
        for lex in taxonomies {
            // The key of each plain word met so far (`None` for a stopword).
            let mut words: FoldHashMap<&str, Option<u32>> = FoldHashMap::default();
            format::for_each(&lex.source, &lex.text, &TOPIC_COLUMNS, 3, |rec| {
                let bad = |reason: String| Error::lexicon(&lex.source, rec.line, reason);
                let label = rec.get(0);
                let weight: f64 = rec
                    .get(2)
                    .parse()
                    .ok()
                    .filter(|w: &f64| w.is_finite() && *w > 0.0)
                    .ok_or_else(|| {
                        bad(format!("weight `{}` is not a positive number", rec.get(2)))
                    })?;
                let text = rec.get(1);
                let from = term_keys.len();
                for w in text.split_whitespace() {
                    let next = key_count;
                    let id = match w.strip_prefix('=') {
                        Some(exact) if !exact.is_empty() => {
                            let stem = scorer.stemmer.stem(exact);
                            match taxonomy.stems.get_mut(&*stem) {
                                Some(entry) => entry.1 = true,
                                None => {
                                    taxonomy.stems.insert(stem.into(), (NO_KEY, true));
                                }
                            }
                            *taxonomy
                                .exact
                                .entry(exact.to_lowercase().into_boxed_str())
                                .or_insert(next)
                        }
                        _ => {
                            let known = match words.get(w) {
                                Some(&known) => known,
                                None if scorer.stopwords.contains(w) => None,
                                None => {
                                    let stem = scorer.stemmer.stem(w);
                                    let id = match taxonomy.stems.get_mut(&*stem) {
                                        Some(entry) => {
                                            if entry.0 == NO_KEY {
                                                entry.0 = next;
                                            }
                                            entry.0
                                        }
                                        None => {
                                            taxonomy.stems.insert(stem.into(), (next, false));
                                            next
                                        }
                                    };
                                    Some(id)
                                }
                            };
                            words.insert(w, known);
                            match known {
                                Some(id) => id,
                                None => continue,
                            }
                        }
                    };
                    if id == next {
                        key_count += 1;
                    }
                    term_keys.push(id);
                }
                let len = term_keys.len() - from;
                if len == 0 {
                    return Err(bad(format!("term `{text}` has only stopwords")));
                }
                if len > MAX_PHRASE {
                    return Err(bad(format!(
                        "term `{text}` is longer than {MAX_PHRASE} words"
                    )));
                }
                let label = match scorer.labels.iter().position(|l| &**l == label) {
                    Some(i) => i,
                    None => {
                        scorer.labels.push(label.into());
                        scorer.labels.len() - 1
                    }
                };
                // Shown without the `=` marks.
                let shown: Box<str> = match text.contains('=') {
                    true => text.replace('=', "").into_boxed_str(),
                    false => Box::from(text),
                };
                scorer.terms.push(Term {
                    keys: (from as u32, len as u32),
                    label,
                    weight,
                    text: shown,
                    text_id: 0,
                });
                Ok(())
            })?;
        }
        scorer.keys = Arc::new(taxonomy);
        // Terms of the same text share an id.
        let mut texts: FoldHashMap<&str, u32> = FoldHashMap::default();
        let ids: Vec<u32> = scorer
            .terms
            .iter()
            .map(|t| {
                let next = texts.len() as u32;
                *texts.entry(&*t.text).or_insert(next)
            })
            .collect();
        drop(texts);
        for (t, id) in scorer.terms.iter_mut().zip(ids) {
            t.text_id = id;
        }
        // The terms by their first key, longest first (so the first match at a word is the
        // longest), in taxonomy order on a tie; flattened, so that a word's candidate terms
        // and their keys lie side by side.
        let keys_of = |t: &Term| {
            let (from, len) = (t.keys.0 as usize, t.keys.1 as usize);
            &term_keys[from..from + len]
        };
        let mut order: Vec<(u32, std::cmp::Reverse<u32>, u32)> = scorer
            .terms
            .iter()
            .enumerate()
            .map(|(id, t)| (keys_of(t)[0], std::cmp::Reverse(t.keys.1), id as u32))
            .collect();
        order.sort_unstable();
        let mut next = order.iter().peekable();
        for key in 0..key_count {
            let from = scorer.starts.len() as u32;
            while let Some(&(_, _, id)) = next.next_if(|&&(k, _, _)| k == key) {
                let keys = keys_of(&scorer.terms[id as usize]);
                scorer.starts.push(Start {
                    id,
                    len: keys.len() as u32,
                    keys: scorer.flat_keys.len() as u32,
                });
                scorer.flat_keys.extend_from_slice(keys);
            }
            scorer.first.push((from, scorer.starts.len() as u32));
        }
        Ok(scorer)
    }

    /// Returns at most `n` labels per document (default 3).
    pub fn max_labels(mut self, n: usize) -> Self {
        self.max_labels = n;
        self
    }

    /// Returns only labels scoring at least `ratio` times the best label (default 0.25).
    pub fn min_relative(mut self, ratio: f64) -> Self {
        self.min_relative = ratio;
        self
    }

    /// The taxonomy's labels, in the order they first appear.
    pub fn labels(&self) -> impl Iterator<Item = &str> {
        self.labels.iter().map(|l| &**l)
    }

    /// How many terms the taxonomy has.
    pub fn term_count(&self) -> usize {
        self.terms.len()
    }

    /// The stemmer terms and words are reduced with.
    pub fn stemmer(&self) -> &Stemmer {
        &self.stemmer
    }

    /// The stopwords left out of documents and terms.
    pub fn stopwords(&self) -> &Stopwords {
        &self.stopwords
    }

    /// Scores a document given as its words in order (word tokens only: punctuation and
    /// spaces left out), as [`score`](Self::score) does.
    pub fn score_words<'w, I>(&self, words: I) -> Vec<Topic>
    where
        I: IntoIterator<Item = &'w str>,
    {
        self.score(&DocWords::from_words(words, &self.stemmer, &self.stopwords))
    }

    /// Tokenizes `text` with `tokenizer` and scores it, as [`score`](Self::score) does.
    pub fn score_text(&self, tokenizer: &Tokenizer, text: &str) -> Vec<Topic> {
        let analysis = tokenizer.analyze(text);
        self.score(&DocWords::new(
            text,
            &analysis,
            &self.stemmer,
            &self.stopwords,
        ))
    }

    /// Scores a document. Its words should have been stemmed with this scorer's
    /// [`stemmer`](Self::stemmer) and [`stopwords`](Self::stopwords). Best label first;
    /// empty when no term matched.
    pub fn score(&self, doc: &DocWords<'_>) -> Vec<Topic> {
        // The buffers of this thread's previous document (fresh ones should they be in use).
        SCRATCH.with(|s| match s.try_borrow_mut() {
            Ok(mut scratch) => {
                let topics = self.score_with(doc, &mut scratch);
                scratch.trim();
                topics
            }
            Err(_) => self.score_with(doc, &mut Scratch::default()),
        })
    }

    /// The key ids of the scorer shared with readers.
    pub(crate) fn keys(&self) -> &Arc<TopicKeys> {
        &self.keys
    }

    /// [`score`](Self::score) with these buffers.
    fn score_with(&self, doc: &DocWords<'_>, s: &mut Scratch) -> Vec<Topic> {
        // (exact key, stem key) of each word that is not a stopword; punctuation and
        // sentence ends do not interrupt a phrase (`usaha mikro, kecil, dan menengah`).
        let seq: &[[u32; 2]] = if doc
            .topic_keys
            .as_ref()
            .is_some_and(|k| Arc::ptr_eq(k, &self.keys))
        {
            // Read by a reader made for this scorer: the keys are listed already.
            &doc.topic_seq
        } else {
            // The keys of each distinct form, looked up once per document.
            s.keys.clear();
            s.keys.extend(doc.forms.iter().map(|f| {
                match doc.stems.get(f.stem as usize) {
                    Some(stem) => self.keys.of(f.surface, stem, f.stop),
                    // Read by a reader, which keeps no stems: stemmed again (with this
                    // scorer's stemmer, the one the words should have been read with).
                    None => self
                        .keys
                        .of(f.surface, &self.stemmer.stem(f.surface), f.stop),
                }
            }));
            s.seq.clear();
            for sl in &doc.slots {
                if let (Some(f), Some(&k)) = (doc.form_of(sl), s.keys.get(sl.form as usize)) {
                    if !f.stop {
                        s.seq.push(k);
                    }
                }
            }
            &s.seq
        };
        // How often each term is found (an entry per term, counting only if of this
        // document's generation), and the terms found, in order of first match.
        s.generation = s.generation.wrapping_add(1);
        if s.generation == 0 || s.counts.len() != self.terms.len() {
            s.counts.clear();
            s.counts.resize(self.terms.len(), (0, 0));
            s.generation = 1;
        }
        let generation = s.generation;
        s.hits.clear();
        let mut i = 0;
        while let Some(&[exact, stem]) = seq.get(i) {
            if exact == NO_KEY && stem == NO_KEY {
                i += 1;
                continue;
            }
            match self.match_at(seq, i) {
                Some((id, len)) => {
                    if let Some(c) = s.counts.get_mut(id as usize) {
                        if c.0 != generation {
                            *c = (generation, 0);
                            s.hits.push(id);
                        }
                        c.1 += 1;
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
        if s.hits.is_empty() {
            return Vec::new();
        }
        // Each term's contribution, in term order, and the sum of each label's.
        s.hits.sort_unstable();
        s.label_scores.clear();
        s.label_scores.resize(self.labels.len(), 0.0);
        s.contributions.clear();
        for &id in &s.hits {
            let t = &self.terms[id as usize];
            let n = s.counts[id as usize].1;
            let contribution = t.weight * repetition(n);
            s.label_scores[t.label] += contribution;
            s.contributions.push(descending(contribution, id));
        }
        let total: f64 = s.label_scores.iter().sum();
        if total <= 0.0 {
            return Vec::new();
        }
        // Best label first (label order on a tie), as keys: the share descending above
        // the label.
        s.ranked.clear();
        s.ranked.extend(
            s.label_scores
                .iter()
                .enumerate()
                .filter(|(_, s)| **s > 0.0)
                .map(|(l, s)| descending(s / total, l as u32)),
        );
        s.ranked.sort_unstable();
        let share = |key: u128| f64::from_bits(!(key >> 32) as u64);
        let best = share(s.ranked[0]);
        let labels = s
            .ranked
            .iter()
            .take(self.max_labels)
            .map(|&key| (key as u32 as usize, share(key)))
            .filter(|&(_, score)| score >= best * self.min_relative);
        // The terms of the labels shown, strongest first (term order on a tie), as keys
        // likewise; the other labels' are not sorted.
        s.shown.clear();
        s.shown.resize(self.labels.len(), false);
        for (l, _) in labels.clone() {
            if let Some(shown) = s.shown.get_mut(l) {
                *shown = true;
            }
        }
        let (shown, terms) = (&s.shown, &self.terms);
        s.contributions.retain(|&key| {
            terms
                .get(key as u32 as usize)
                .is_some_and(|t| shown.get(t.label).is_some_and(|&b| b))
        });
        s.contributions.sort_unstable();
        let mut topics = Vec::with_capacity(labels.clone().count());
        for (l, score) in labels {
            // The label's terms, each text once.
            s.texts.clear();
            for &key in &s.contributions {
                let id = key as u32;
                let t = &self.terms[id as usize];
                if t.label == l && !s.texts.iter().any(|&(x, _)| x == t.text_id) {
                    s.texts.push((t.text_id, id));
                }
            }
            let mut terms: Vec<String> = Vec::with_capacity(s.texts.len());
            for &(_, id) in &s.texts {
                // `String::from(&str)`: `to_string` on a `Box<str>` formats.
                terms.push(String::from(&*self.terms[id as usize].text));
            }
            topics.push(Topic {
                label: String::from(&*self.labels[l]),
                // Four decimals (rounded down, so the sum stays at most 1): enough to
                // rank, and exact through JSON.
                score: (score * 1e4).floor() / 1e4,
                terms,
            });
        }
        topics
    }

    /// The longest term matching at `seq[i]`: its id and length.
    fn match_at(&self, seq: &[[u32; 2]], i: usize) -> Option<(u32, usize)> {
        let rest = seq.get(i..).unwrap_or_default();
        let [exact, stem] = *rest.first()?;
        let (mut best, mut best_len) = (None, 0);
        for key in [exact, stem] {
            let Some(&(from, to)) = self.first.get(key as usize) else {
                continue;
            };
            // Longest first: past a match, or past the words left, no shorter one is
            // tried.
            for start in self
                .starts
                .get(from as usize..to as usize)
                .unwrap_or_default()
            {
                let len = start.len as usize;
                if len <= best_len {
                    break;
                }
                if len > rest.len() {
                    continue;
                }
                // A term of one word is its first key: it matches.
                if len == 1 {
                    (best, best_len) = (Some(start.id), len);
                    break;
                }
                let from = start.keys as usize;
                let keys = self.flat_keys.get(from..from + len).unwrap_or_default();
                if keys.iter().zip(rest).all(|(&k, &[e, s])| k == e || k == s) {
                    (best, best_len) = (Some(start.id), len);
                    break;
                }
            }
        }
        best.map(|id| (id, best_len))
    }
}

/// A key ordering positive scores `x` descending, then `id` ascending (`x` is recovered as
/// `f64::from_bits(!(key >> 32) as u64)`).
fn descending(x: f64, id: u32) -> u128 {
    // The bits of positive floats order as the floats do.
    (u128::from(!x.to_bits()) << 32) | u128::from(id)
}

/// The weight of a term found `n` times: `1 + ln n`, tabulated for the first counts.
fn repetition(n: u32) -> f64 {
    const TABLE: usize = 64;
    static WEIGHTS: std::sync::OnceLock<[f64; TABLE]> = std::sync::OnceLock::new();
    let weight = |n: u32| 1.0 + f64::from(n).ln();
    match WEIGHTS
        .get_or_init(|| std::array::from_fn(|n| weight(n as u32)))
        .get(n as usize)
    {
        Some(&w) => w,
        None => weight(n),
    }
}

thread_local! {
    /// Each thread's buffers, reused from one document to the next.
    static SCRATCH: RefCell<Scratch> = RefCell::new(Scratch::default());
}

/// The working buffers of one scoring.
#[derive(Default)]
struct Scratch {
    /// The number of the current document (see `counts`).
    generation: u32,
    /// How often each term was found: `(generation, count)`.
    counts: Vec<(u32, u32)>,
    /// The labels found, with their shares, as [`descending`] keys.
    ranked: Vec<u128>,
    /// One label's terms, each text once: `(text id, term)`.
    texts: Vec<(u32, u32)>,
    /// The keys of each form (when the document's forms do not carry them).
    keys: Vec<[u32; 2]>,
    /// The keys of the document's words, stopwords left out (when the document does
    /// not list them).
    seq: Vec<[u32; 2]>,
    /// The terms matched, each once.
    hits: Vec<u32>,
    label_scores: Vec<f64>,
    /// Each matched term's contribution, as [`descending`] keys.
    contributions: Vec<u128>,
    /// Whether each label is shown.
    shown: Vec<bool>,
}

impl Scratch {
    /// Buffers grown past this many elements by a long document are let go.
    const KEEP: usize = 1 << 14;

    /// Lets go of buffers a long document grew.
    fn trim(&mut self) {
        if self.seq.capacity() > Self::KEEP || self.keys.capacity() > Self::KEEP {
            *self = Scratch::default();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scorer(taxonomy: &str) -> TopicScorer {
        TopicScorer::new(
            &[LexiconText::new(
                "t.tsv",
                format!("label\tterm\tweight\n{taxonomy}"),
            )],
            Stemmer::builtin().clone(),
            Stopwords::builtin().clone(),
        )
        .unwrap()
    }

    #[test]
    fn terms_match_on_stems() {
        let s = scorer("dagang\tperdagangan\t2\ntani\tpetani\t1\n");
        let topics = s.score_text(
            &Tokenizer::builtin(),
            "Pedagang pasar berdagang; para petani",
        );
        assert_eq!(topics[0].label, "dagang");
        assert_eq!(topics[0].terms, vec!["perdagangan"]);
        // Shares rounded down to four decimals.
        let sum: f64 = topics.iter().map(|t| t.score).sum();
        assert!(sum <= 1.0 && sum > 1.0 - 2e-4, "{sum}");
    }

    #[test]
    fn exact_words_do_not_match_other_forms() {
        let s = scorer("pemilu\t=pemilih\t3\n");
        assert!(s
            .score_text(&Tokenizer::builtin(), "warga memilih jalan lain")
            .is_empty());
        assert_eq!(
            s.score_text(&Tokenizer::builtin(), "daftar pemilih tetap")[0].label,
            "pemilu"
        );
    }

    #[test]
    fn phrases_skip_stopwords_and_longest_wins() {
        let s = scorer("umkm\tusaha mikro kecil menengah\t3\nekonomi\tusaha\t1\n");
        let topics = s.score_text(
            &Tokenizer::builtin(),
            "pelaku usaha mikro, kecil, dan menengah",
        );
        assert_eq!(topics.len(), 1);
        assert_eq!(topics[0].label, "umkm");
    }

    #[test]
    fn repetition_has_diminishing_returns() {
        let s = scorer("a\tbanjir\t1\nb\tgempa\t2\n");
        // four mentions of a weight-1 term (1 + ln 4 = 2.39) beat one of weight 2.
        let topics = s.score_text(&Tokenizer::builtin(), "banjir banjir banjir banjir gempa");
        assert_eq!(topics[0].label, "a");
        assert!(topics[0].score < 0.6);
    }

    #[test]
    fn malformed_taxonomy_lines_are_errors() {
        let t = |text: &str| {
            TopicScorer::new(
                &[LexiconText::new(
                    "t.tsv",
                    format!("label\tterm\tweight\n{text}"),
                )],
                Stemmer::builtin().clone(),
                Stopwords::builtin().clone(),
            )
        };
        assert!(t("a\tbanjir\t-1\n")
            .unwrap_err()
            .to_string()
            .starts_with("t.tsv:2:"));
        assert!(t("a\tbanjir\tx\n").is_err());
        assert!(t("a\tdan yang\t1\n").is_err());
        assert!(t("a\tbanjir\t1\n").is_ok());
    }

    #[test]
    fn builtin_taxonomy_has_the_schema_labels() {
        let s = TopicScorer::builtin();
        let labels: Vec<&str> = s.labels().collect();
        for l in [
            "pemerintahan",
            "politik-pemilu",
            "ekonomi",
            "umkm-koperasi",
            "perdagangan-industri",
            "keuangan-anggaran",
            "pertanian-perikanan",
            "energi-pertambangan",
            "lingkungan-kehutanan",
            "infrastruktur-transportasi",
            "kesehatan",
            "pendidikan",
            "sosial-kesejahteraan",
            "hukum-keamanan",
            "pariwisata-budaya",
            "agama",
            "olahraga-pemuda",
            "teknologi-informasi",
            "bencana",
            "ikn",
        ] {
            assert!(labels.contains(&l), "missing {l}");
        }
        assert_eq!(labels.len(), 20);
        assert!(s.term_count() >= 20 * 24);
        assert!(Stopwords::builtin().len() >= 600);
    }

    #[test]
    fn empty_and_unmatched_documents_have_no_topics() {
        let s = TopicScorer::builtin();
        assert!(s.score_words(std::iter::empty()).is_empty());
        assert!(s
            .score_text(&Tokenizer::builtin(), "yang dan di ke dari")
            .is_empty());
    }

    #[test]
    fn descending_keys_order_as_shares_compared() {
        let xs = [1e-300, 0.1, 0.25, 0.25, 0.3, 1.0, 2.5, 7e10, f64::INFINITY];
        for (i, &a) in xs.iter().enumerate() {
            for (j, &b) in xs.iter().enumerate() {
                let (i, j) = (i as u32, j as u32);
                let by_comparison = b.total_cmp(&a).then(i.cmp(&j));
                assert_eq!(descending(a, i).cmp(&descending(b, j)), by_comparison);
                assert_eq!(f64::from_bits(!(descending(a, i) >> 32) as u64), a);
            }
        }
    }

    #[test]
    fn documents_read_for_another_scorer_score_the_same() {
        // Written for this test.
        let text = "Para petani menerima bantuan pupuk dan benih padi. Pedagang pasar \
                    berharap harga beras turun menjelang panen.";
        let analysis = Tokenizer::builtin().analyze(text);
        let builtin = TopicScorer::builtin();
        let other = scorer("tani\tpetani\t1\ndagang\tperdagangan\t2\n");
        let reader = crate::topics::WordReader::new(
            Stemmer::builtin().clone(),
            Stopwords::builtin().clone(),
        )
        .for_topics(builtin);
        let read = reader.read(text, &analysis);
        for s in [builtin, &other] {
            let alone = DocWords::new(text, &analysis, Stemmer::builtin(), Stopwords::builtin());
            assert_eq!(s.score(&read), s.score(&alone));
            assert!(!s.score(&read).is_empty());
        }
        // Repetition weights are the same tabulated or not.
        for n in 1..100 {
            assert_eq!(repetition(n).to_bits(), (1.0 + f64::from(n).ln()).to_bits());
        }
    }

    #[test]
    fn builtin_lexicons_alone_give_the_builtin_models() {
        let roots = [LexiconText::builtin(LexiconKind::Roots)];
        let stemmer = Stemmer::from_lexicons(&roots).unwrap();
        assert_eq!(stemmer.root_count(), Stemmer::builtin().root_count());
        let extra = LexiconText::new("x.tsv", "word\tlemma\tsource\nzzkata\t\ttest\n");
        let more = Stemmer::from_lexicons(&[roots[0].clone(), extra]).unwrap();
        assert_eq!(more.root_count(), stemmer.root_count() + 1);
        let stop = [LexiconText::builtin(LexiconKind::Stopwords)];
        assert_eq!(
            Stopwords::from_lexicons(&stop).unwrap().len(),
            Stopwords::builtin().len()
        );
        let renamed = LexiconText::new("mine.tsv", stop[0].text.clone());
        assert!(!only_builtin(&[renamed], LexiconKind::Stopwords));
    }

    #[test]
    fn stopwords_ignore_case() {
        let sw = Stopwords::builtin();
        assert!(sw.contains("yang") && sw.contains("Yang") && sw.contains("YANG"));
        assert!(!sw.contains("Pertanian") && !sw.contains("Ýang"));
        assert!(!sw.contains(&"YANG".repeat(10)));
    }
}
