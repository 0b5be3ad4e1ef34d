//! Key phrases of a document: unsupervised, in the manner of YAKE (Campos et al., 2020),
//! over stems.
//!
//! **Candidates** are the n-grams of one to [`MAX_WORDS`] word tokens that do not cross
//! punctuation, numbers or other non-word tokens, sentence boundaries or `me(N)-`/`di-`
//! verb forms (key phrases are noun phrases), and that neither start nor end with a
//! stopword (stopwords inside are allowed: `bahan kebutuhan pokok`, `koperasi dan UKM`).
//! Candidates with the same stem sequence are one phrase (`pelaku usaha`, `Pelaku
//! Usahanya`), shown as most often written.
//!
//! **Words** (stems of non-stopwords) are scored with YAKE's statistics: position (the
//! median sentence they occur in: the lead of a news text carries its subject), frequency
//! (against the mean and deviation of the document), spread (the share of sentences they
//! occur in), relatedness to context (how many different words stand next to them: a word
//! that stands next to anything is general), and casing. YAKE rewards every capitalised
//! word; here only acronyms of three letters or more are rewarded (`UKM`, `BPUM`), and
//! words written capitalised
//! inside sentences (names of people, places and offices, which the entity recognisers
//! report) are penalised. A word's score `H` is lower for better words.
//!
//! **Phrases** score `∏H / ((1 + ΣH) · tf)` over their words, a stopword inside counting by
//! how strongly it binds its neighbours (YAKE's `bi` weighting). The best ten that do not
//! contain or lie inside a better one are returned, with score `H_best / H` in `(0, 1]`.

use std::collections::HashMap;

use crate::document::Keyphrase;
use crate::lexicon::{LexiconKind, LexiconText};
use crate::text::Tokenizer;
use crate::topics::stem::{Fx, Stemmer};
use crate::topics::topic::Stopwords;
use crate::topics::words::{Case, DocWords, BREAK};

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
    max_phrases: usize,
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
        })
    }

    /// An extractor with this stemmer and stopword list.
    pub fn new(stemmer: Stemmer, stopwords: Stopwords) -> KeyphraseExtractor {
        KeyphraseExtractor {
            stemmer,
            stopwords,
            max_phrases: 10,
        }
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
        // Terms: stems of content forms first, then one term per stopword form.
        let nstems = doc.stems.len();
        let term_of: Vec<u32> = doc
            .forms
            .iter()
            .enumerate()
            .map(|(i, f)| if f.stop { (nstems + i) as u32 } else { f.stem })
            .collect();
        let term = |form: u32| term_of[form as usize] as usize;
        let mut stats = vec![TermStats::default(); nstems + doc.forms.len()];
        let mut edges: HashMap<u64, u32, Fx> =
            HashMap::with_capacity_and_hasher(doc.slots.len(), Fx::default());
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
                // Two-letter capitals (`RI`, `PT`, `AL`) are too general to reward.
                Case::Acronym => {
                    st.acronyms += u32::from(slot.informative && form.surface.len() > 2)
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
            if let Some(p) = prev {
                *edges.entry(pair(p, t)).or_default() += 1;
            }
            prev = Some(t);
        }
        // The median of each term's distinct sentences.
        for st in &mut stats {
            st.seen = 0;
        }
        for slot in &doc.slots {
            if slot.form == BREAK {
                continue;
            }
            let st = &mut stats[term(slot.form)];
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
        for (&ab, &n) in &edges {
            let (a, b) = ((ab >> 32) as usize, ab as u32 as usize);
            stats[a].right_distinct += 1;
            stats[a].right_total += n;
            stats[b].left_distinct += 1;
            stats[b].left_total += n;
        }

        let mut h = word_scores(&stats, doc.sentences.max(1));
        let mut finite: Vec<f64> = h.iter().copied().filter(|x| x.is_finite()).collect();
        if !finite.is_empty() {
            let mid = finite.len() / 2;
            let median = *finite.select_nth_unstable_by(mid, f64::total_cmp).1;
            if median > 0.0 {
                h.iter_mut().for_each(|x| *x /= median);
            }
        }

        // Candidates: n-grams inside runs of words without verbs.
        let mut index: HashMap<u128, u32, Fx> =
            HashMap::with_capacity_and_hasher(doc.slots.len() * 2, Fx::default());
        let mut candidates: Vec<Candidate> = Vec::with_capacity(doc.slots.len() * 2);
        let slots = slot_terms(doc, &term_of);
        for_each_ngram(&slots, |ngram| {
            let key = ngram
                .terms
                .iter()
                .take(usize::from(ngram.len))
                .fold(0u128, |k, &t| (k << 32) | u128::from(t + 1));
            let id = *index.entry(key).or_insert_with(|| {
                candidates.push(Candidate {
                    terms: ngram.terms,
                    len: ngram.len,
                    first: ngram.start as u32,
                    last: 0,
                    tf: 0,
                    h: 0.0,
                });
                (candidates.len() - 1) as u32
            });
            let c = &mut candidates[id as usize];
            c.tf += 1;
            c.last = ngram.start as u32;
        });
        if candidates.is_empty() {
            return Vec::new();
        }
        for c in &mut candidates {
            c.h = phrase_score(c, &stats, &h, &edges);
        }
        // Best first.
        let mut order: Vec<(f64, u32)> = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| (c.h, i as u32))
            .collect();
        let by_score = |a: &(f64, u32), b: &(f64, u32)| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1));
        // Sorted chunk by chunk, as redundant candidates are skipped. Far down the list
        // every candidate is redundant or poor: look at the best few hundred only.
        let limit = (self.max_phrases * 30).min(order.len());
        let chunk = self.max_phrases * 4;
        let mut sorted = 0;
        let mut chosen: Vec<u32> = Vec::with_capacity(self.max_phrases);
        for k in 0..limit {
            if k == sorted {
                let rest = &mut order[k..];
                let n = chunk.min(rest.len());
                if n < rest.len() {
                    rest.select_nth_unstable_by(n, by_score);
                }
                rest[..n].sort_unstable_by(by_score);
                sorted += n;
            }
            let i = order[k].1;
            if chosen.len() >= self.max_phrases {
                break;
            }
            let terms = candidates[i as usize].terms();
            let overlaps = chosen.iter().any(|&j| {
                let other = candidates[j as usize].terms();
                redundant(other, terms, &stats)
            });
            if !overlaps {
                chosen.push(i);
            }
        }
        let forms = best_forms(doc, &slots, &candidates, &chosen);
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
}

/// The [`SlotTerm`] of every slot.
fn slot_terms(doc: &DocWords<'_>, term_of: &[u32]) -> Vec<SlotTerm> {
    doc.slots
        .iter()
        .map(|s| match doc.form_of(s) {
            Some(f) if !f.verb => SlotTerm {
                term: term_of[s.form as usize],
                starts: !f.stop && !f.modifier,
                ends: !f.stop,
            },
            _ => SlotTerm {
                term: BREAK,
                starts: false,
                ends: false,
            },
        })
        .collect()
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
fn word_scores(stats: &[TermStats], sentences: u32) -> Vec<f64> {
    let content: Vec<f64> = stats
        .iter()
        .filter(|s| !s.stop && s.tf > 0)
        .map(|s| f64::from(s.tf))
        .collect();
    let n = content.len().max(1) as f64;
    let mean = content.iter().sum::<f64>() / n;
    let std = (content.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / n).sqrt();
    let max_tf = f64::from(stats.iter().map(|s| s.tf).max().unwrap_or(1).max(1));
    stats
        .iter()
        .map(|s| {
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
        })
        .collect()
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

/// YAKE's phrase score (lower is better), with stopwords inside weighted by how strongly
/// they bind their neighbours.
fn phrase_score(
    c: &Candidate,
    stats: &[TermStats],
    h: &[f64],
    edges: &HashMap<u64, u32, Fx>,
) -> f64 {
    let terms = c.terms();
    let mut product = 1.0;
    let mut sum = 0.0;
    let mut names = 1.0;
    for (k, &t) in terms.iter().enumerate() {
        let s = &stats[t as usize];
        if !s.stop {
            product *= h[t as usize];
            sum += h[t as usize];
            names *= 1.0 + NAME_PENALTY * name_share(s);
            continue;
        }
        let bond = |a: u32, b: u32, by: u32| {
            let n = edges.get(&pair(a, b)).copied().unwrap_or(0);
            f64::from(n) / f64::from(stats[by as usize].tf.max(1))
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

/// The form in which each chosen candidate is most often written (the first on a tie).
fn best_forms(
    doc: &DocWords<'_>,
    slots: &[SlotTerm],
    candidates: &[Candidate],
    chosen: &[u32],
) -> Vec<String> {
    let mut variants: Vec<([u32; MAX_WORDS], u32)> = Vec::new();
    chosen
        .iter()
        .map(|&c| {
            let candidate = &candidates[c as usize];
            let terms = candidate.terms();
            variants.clear();
            let span = candidate.first as usize..=candidate.last as usize;
            for start in span {
                if slots[start].term != terms[0] || !slots[start].starts {
                    continue;
                }
                let Some(window) = slots.get(start..start + terms.len()) else {
                    break;
                };
                if window.iter().zip(terms).any(|(s, &t)| s.term != t) {
                    continue;
                }
                let mut forms = [0u32; MAX_WORDS];
                for (n, f) in forms.iter_mut().zip(&doc.slots[start..start + terms.len()]) {
                    *n = f.form;
                }
                match variants.iter_mut().find(|(f, _)| *f == forms) {
                    Some((_, n)) => *n += 1,
                    None => variants.push((forms, 1)),
                }
            }
            // The most frequent; on a tie, the first written (variants are in text order).
            let mut best: Option<&([u32; MAX_WORDS], u32)> = None;
            for v in &variants {
                if best.map_or(true, |b| v.1 > b.1) {
                    best = Some(v);
                }
            }
            let mut text = String::new();
            if let Some((forms, _)) = best {
                for &f in &forms[..terms.len()] {
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

/// The key of an ordered pair of terms.
fn pair(a: u32, b: u32) -> u64 {
    (u64::from(a) << 32) | u64::from(b)
}

/// Whether two phrases say much the same: more than half the content words of the
/// shorter one are in the other (`ekonomi kerakyatan` and `pembangunan ekonomi
/// kerakyatan`; not `ekonomi wilayah` and `ekonomi kerakyatan`), or one ends with what the
/// other starts with (`pelatihan pemasaran` and `pemasaran digital`: pieces of one phrase).
fn redundant(a: &[u32], b: &[u32], stats: &[TermStats]) -> bool {
    let chained =
        |x: &[u32], y: &[u32]| (1..x.len().min(y.len())).any(|k| x[x.len() - k..] == y[..k]);
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
    fn empty_input_has_no_phrases() {
        assert!(extract("").is_empty());
        assert!(extract("yang dan, di 2021.").is_empty());
        let none = KeyphraseExtractor::builtin().clone().max_phrases(0);
        assert!(none.extract_text(&Tokenizer::builtin(), TEXT).is_empty());
    }
}
