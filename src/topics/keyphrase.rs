//! Key phrases of a document: RAKE-style candidate phrases (runs of content words between
//! stopwords and punctuation) grouped by their stems and ranked.
//!
//! Candidates are maximal runs of words that are not stopwords, cut at punctuation, numbers
//! and other non-words and at verb forms with `me(N)-` or `di-` (key phrases are noun
//! phrases), and at most [`MAX_WORDS`] long (a longer run is cut into pieces of that
//! length). Phrases whose words have the same stems are one phrase (`pelaku usaha`,
//! `para pelaku usahanya`); it is shown as most often written. A word scores its
//! degree over its frequency (words that occur inside longer phrases count more), a phrase
//! the sum of its words' scores times `1 + ln(occurrences)`, with a boost for phrases that
//! appear early (the lead of a news text carries its subject) and a penalty for capitalised
//! words (names and titles are the entity recognisers' business). Phrases contained in a
//! better-ranked phrase are dropped. Scores are relative to the best phrase, in `(0, 1]`.

use std::collections::HashMap;

use crate::document::Keyphrase;
use crate::lexicon::{LexiconKind, LexiconText};
use crate::topics::stem::Stemmer;
use crate::topics::topic::Stopwords;

/// The longest candidate phrase, in words.
pub const MAX_WORDS: usize = 3;

/// Extracts key phrases from a document's tokens. Immutable, `Send + Sync`.
///
/// ```
/// use warta::topics::{simple_tokens, KeyphraseExtractor};
/// let text = "Pelatihan pengemasan produk digelar bagi pelaku usaha. Pelatihan pengemasan \
///             produk diikuti 40 pelaku usaha dari tiga kecamatan.";
/// let phrases = KeyphraseExtractor::builtin().extract(simple_tokens(text));
/// assert_eq!(phrases[0].text, "Pelatihan pengemasan produk");
/// ```
#[derive(Clone, Debug)]
pub struct KeyphraseExtractor {
    stemmer: Stemmer,
    stopwords: Stopwords,
    max_phrases: usize,
}

struct Candidate<'w> {
    /// Surface forms and how often each was written.
    forms: Vec<(Vec<&'w str>, u32)>,
    stems: Vec<String>,
    count: u32,
    first: usize,
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

    /// The key phrases of a document given as its tokens in order: words and punctuation
    /// (a token without a letter ends a phrase). Best first.
    pub fn extract<'w, I>(&self, tokens: I) -> Vec<Keyphrase>
    where
        I: IntoIterator<Item = &'w str>,
    {
        let mut candidates: Vec<Candidate<'w>> = Vec::new();
        let mut index: HashMap<Vec<String>, usize> = HashMap::new();
        let mut run: Vec<&'w str> = Vec::new();
        let mut position = 0usize;
        let mut flush = |run: &mut Vec<&'w str>, position: usize| {
            for piece in run.chunks(MAX_WORDS) {
                let stems: Vec<String> = piece
                    .iter()
                    .map(|w| self.stemmer.stem(w).into_owned())
                    .collect();
                let id = *index.entry(stems.clone()).or_insert_with(|| {
                    candidates.push(Candidate {
                        forms: Vec::new(),
                        stems,
                        count: 0,
                        first: position,
                    });
                    candidates.len() - 1
                });
                let c = &mut candidates[id];
                c.count += 1;
                match c.forms.iter_mut().find(|(f, _)| f.as_slice() == piece) {
                    Some((_, n)) => *n += 1,
                    None => c.forms.push((piece.to_vec(), 1)),
                }
            }
            run.clear();
        };
        for token in tokens {
            let word = token.chars().any(char::is_alphabetic)
                && token.chars().count() > 1
                && !self.stopwords.contains(token)
                && !self.is_verb(token);
            if word {
                run.push(token);
            } else {
                flush(&mut run, position);
            }
            position += 1;
        }
        flush(&mut run, position);
        if candidates.is_empty() {
            return Vec::new();
        }

        // RAKE word scores: degree over frequency, per stem.
        let mut freq: HashMap<&str, f64> = HashMap::new();
        let mut degree: HashMap<&str, f64> = HashMap::new();
        for c in &candidates {
            for s in &c.stems {
                *freq.entry(s).or_default() += f64::from(c.count);
                *degree.entry(s).or_default() += f64::from(c.count) * c.stems.len() as f64;
            }
        }
        let mut scored: Vec<(f64, usize)> = candidates
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let words: f64 = c
                    .stems
                    .iter()
                    .map(|s| degree[s.as_str()] / freq[s.as_str()])
                    .sum();
                let early = 1.0 + 1.0 / (1.0 + c.first as f64 / 50.0);
                // Capitalised runs are mostly names and titles, which the entity
                // recognisers report; key phrases favour common nouns.
                let (capitalised, total) = c.forms.iter().fold((0u32, 0u32), |(k, n), (f, m)| {
                    let caps = f
                        .iter()
                        .filter(|w| w.starts_with(char::is_uppercase))
                        .count();
                    (k + caps as u32 * m, n + f.len() as u32 * m)
                });
                let names = 1.0 - 0.7 * f64::from(capitalised) / f64::from(total.max(1));
                (words * (1.0 + f64::from(c.count).ln()) * early * names, i)
            })
            .collect();
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));

        let mut chosen: Vec<(f64, usize)> = Vec::new();
        for &(score, i) in &scored {
            if chosen.len() >= self.max_phrases {
                break;
            }
            let stems = &candidates[i].stems;
            let inside = chosen
                .iter()
                .any(|&(_, j)| contains(&candidates[j].stems, stems));
            if !inside {
                chosen.push((score, i));
            }
        }
        let best = chosen.first().map_or(1.0, |c| c.0).max(f64::MIN_POSITIVE);
        chosen
            .into_iter()
            .map(|(score, i)| {
                let c = &candidates[i];
                // The most frequent form; on a tie, the first written.
                let mut form: Option<&(Vec<&str>, u32)> = None;
                for f in &c.forms {
                    if form.map_or(true, |best| f.1 > best.1) {
                        form = Some(f);
                    }
                }
                let form = form.map(|(f, _)| f.join(" ")).unwrap_or_default();
                Keyphrase {
                    text: form,
                    score: score / best,
                }
            })
            .collect()
    }
}

impl KeyphraseExtractor {
    /// Whether `word` is a verb form with `me(N)-` or `di-` (`menggelar`, `diikuti`): key
    /// phrases are noun phrases, so such verbs end a candidate like stopwords do.
    fn is_verb(&self, word: &str) -> bool {
        let b = word.as_bytes();
        let prefixed = b.len() > 4
            && (b[..2].eq_ignore_ascii_case(b"me") || b[..2].eq_ignore_ascii_case(b"di"));
        prefixed && !self.stemmer.stem(word).eq_ignore_ascii_case(word)
    }
}

/// Whether `needle` is a contiguous part of `hay`.
fn contains(hay: &[String], needle: &[String]) -> bool {
    needle.len() <= hay.len() && hay.windows(needle.len()).any(|w| w == needle)
}

/// A stand-in tokenizer until the crate's tokenizer feeds keyphrases: the words of
/// [`simple_words`](crate::topics::simple_words) and, between them, each punctuation mark
/// or symbol as a token of its own.
pub fn simple_tokens(text: &str) -> impl Iterator<Item = &str> {
    let is_word_char = |c: char| c.is_alphanumeric() || c == '-' || c == '\'';
    let mut rest = text;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches(char::is_whitespace);
        let first = rest.chars().next()?;
        let len = if is_word_char(first) {
            rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len())
        } else {
            first.len_utf8()
        };
        let (token, tail) = rest.split_at(len);
        rest = tail;
        Some(token)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // A text written for this test.
    const TEXT: &str = "Dinas Koperasi menggelar pelatihan pemasaran digital bagi pelaku usaha \
        mikro di Balai Desa. Pelatihan pemasaran digital itu diikuti 35 pelaku usaha mikro. \
        Menurut kepala dinas, pemasaran digital membantu pelaku usaha menjangkau pembeli.";

    #[test]
    fn repeated_content_phrases_rank_first() {
        let phrases = KeyphraseExtractor::builtin().extract(simple_tokens(TEXT));
        let texts: Vec<&str> = phrases.iter().map(|p| p.text.as_str()).collect();
        assert!(
            texts[..3].contains(&"pelatihan pemasaran digital"),
            "{texts:?}"
        );
        assert!(texts.contains(&"pelaku usaha mikro"), "{texts:?}");
        assert!((phrases[0].score - 1.0).abs() < 1e-9);
        assert!(phrases.windows(2).all(|w| w[0].score >= w[1].score));
        // No stopword starts or ends a phrase, no phrase inside a better one.
        assert!(!texts
            .iter()
            .any(|t| t.starts_with("di ") || t.ends_with(" itu")));
        assert!(!texts.contains(&"pemasaran digital"), "{texts:?}");
    }

    #[test]
    fn empty_input_has_no_phrases() {
        assert!(KeyphraseExtractor::builtin()
            .extract(simple_tokens(""))
            .is_empty());
        assert!(KeyphraseExtractor::builtin()
            .extract(simple_tokens("yang dan, di 2021."))
            .is_empty());
    }

    #[test]
    fn tokens_keep_punctuation_apart() {
        let t: Vec<&str> = simple_tokens("Kaltim, (2021) kupu-kupu.").collect();
        assert_eq!(t, vec!["Kaltim", ",", "(", "2021", ")", "kupu-kupu", "."]);
    }
}
