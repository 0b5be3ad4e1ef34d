//! Token-aligned dictionary matching: every lexicon entry that starts and ends on token
//! boundaries, found in one pass over a folded view of the text.
//!
//! The folded view joins the tokens' texts with single spaces (a newline where the original
//! has a line break between them, so entries never match across lines), with curly
//! apostrophes and backticks folded to `'`. Lexicon entries are tokenized with the same
//! tokenizer and folded the same way, so `Kepala  Dinas` (two spaces) matches the entry
//! `Kepala Dinas`, and `Sa’bani` matches `Sa'bani`. The view and the keys are ASCII-lowercased,
//! so matching is ASCII case-insensitive; recognisers check the case of the original tokens
//! where it matters.
//!
//! Tokens never contain whitespace, so a key matches the folded view on token boundaries
//! exactly when its folded tokens equal a run of the text's folded tokens with the same
//! separators. The dictionary is therefore a trie over token words: each folded token of the
//! text is looked up once in the vocabulary of the keys, and from every token the trie is
//! walked as far as the words and separators allow, reporting every key passed on the way.

use std::ops::Range;

use crate::error::{Error, Result};
use crate::text::fxhash::FxHashMap;
use crate::text::{Token, Tokenizer};

/// The token-aligned folded view of one text (see the module docs).
#[derive(Debug, Default, Clone)]
pub struct FoldedText {
    text: String,
    /// Folded byte offset where each token starts.
    starts: Vec<usize>,
}

impl FoldedText {
    /// Folds `text`, given its tokens.
    pub fn new(text: &str, tokens: &[Token]) -> FoldedText {
        let mut folded = FoldedText::default();
        folded.fold(text, tokens);
        folded
    }

    /// Folds `text` into this view, reusing its memory.
    fn fold(&mut self, text: &str, tokens: &[Token]) {
        let folded = &mut self.text;
        folded.clear();
        folded.reserve(text.len() + tokens.len());
        self.starts.clear();
        self.starts.reserve(tokens.len());
        let mut prev_end = None;
        for t in tokens {
            if let Some(pe) = prev_end {
                // Tokens of another text give a garbled view, never a panic.
                let gap = text.get(pe..t.span.start).unwrap_or_default();
                folded.push(if gap.as_bytes().contains(&b'\n') {
                    '\n'
                } else {
                    ' '
                });
            }
            self.starts.push(folded.len());
            fold_into(t.text(text), folded);
            prev_end = Some(t.span.end);
        }
    }

    /// The folded string.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Number of tokens.
    fn len(&self) -> usize {
        self.starts.len()
    }

    /// The folded text of token `i` (which exists).
    #[inline]
    fn token(&self, i: usize) -> &str {
        let start = self.starts[i];
        let end = self.starts.get(i + 1).map_or(self.text.len(), |&s| s - 1);
        self.text.get(start..end).unwrap_or_default()
    }

    /// True when a line break separates token `i` (which exists, `i > 0`) from the one before.
    #[inline]
    fn newline_before(&self, i: usize) -> bool {
        self.text.as_bytes()[self.starts[i] - 1] == b'\n'
    }
}

/// Appends `s` to `out`, ASCII-lowercased, with apostrophe variants folded to `'`.
fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() && !s.contains('`') {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        out.push(match c {
            '\u{2019}' | '\u{2018}' | '`' | '\u{02BC}' | '\u{00B4}' => '\'',
            c => c.to_ascii_lowercase(),
        });
    }
}

/// One lexicon entry found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictMatch {
    /// Index range of the matched tokens.
    pub tokens: Range<usize>,
    /// The matched key (index into [`Dictionary::payloads`]).
    pub key: usize,
}

/// No word, state or key.
const NONE: u32 = u32::MAX;

/// A compiled dictionary of multi-token keys, each with one or more payloads.
#[derive(Debug, Clone)]
pub struct Dictionary<P> {
    /// Folded token → word id, for the words of the keys.
    words: FxHashMap<Box<str>, u32>,
    /// The trie state after each word from the root ([`NONE`] when no key starts with it).
    root: Vec<u32>,
    /// `(state << 32) | label` → next state, the label being `word * 2 + newline`.
    edges: FxHashMap<u64, u32>,
    /// The key ending at each state, or [`NONE`].
    state_key: Vec<u32>,
    /// Payloads of all keys, key by key.
    payloads: Vec<P>,
    /// Where the payloads of each key start in `payloads` (one more than the keys).
    offsets: Vec<u32>,
}

/// Collects entries for a [`Dictionary`].
#[derive(Debug)]
pub struct DictionaryBuilder<'a, P> {
    tokenizer: &'a Tokenizer,
    /// Scratch: the tokens of the surface being added.
    tokens: Vec<Token>,
    /// Scratch: one folded token.
    folded: String,
    words: FxHashMap<Box<str>, u32>,
    root: Vec<u32>,
    edges: FxHashMap<u64, u32>,
    state_key: Vec<u32>,
    /// Number of keys so far.
    keys: u32,
    /// `(key, payload)` in the order added.
    entries: Vec<(u32, P)>,
}

/// The edge label of `word` after a space or, when `newline`, a line break.
#[inline]
fn edge(state: u32, word: u32, newline: bool) -> u64 {
    (u64::from(state) << 32) | (u64::from(word) << 1) | u64::from(newline)
}

impl<'a, P> DictionaryBuilder<'a, P> {
    /// A builder that normalises keys with `tokenizer`.
    pub fn new(tokenizer: &'a Tokenizer) -> Self {
        DictionaryBuilder {
            tokenizer,
            tokens: Vec::new(),
            folded: String::new(),
            words: FxHashMap::default(),
            root: Vec::new(),
            edges: FxHashMap::default(),
            state_key: Vec::new(),
            keys: 0,
            entries: Vec::new(),
        }
    }

    /// Adds `surface` with `payload`. Surfaces that fold to the same key share one key with
    /// several payloads. Empty surfaces are ignored.
    pub fn add(&mut self, surface: &str, payload: P) {
        self.tokens.clear();
        self.tokenizer.tokenize_into(surface, &mut self.tokens);
        if self.tokens.is_empty() {
            return;
        }
        let mut state = NONE;
        let mut prev_end = None;
        for i in 0..self.tokens.len() {
            let t = self.tokens[i];
            self.folded.clear();
            fold_into(t.text(surface), &mut self.folded);
            let word = match self.words.get(self.folded.as_str()) {
                Some(&w) => w,
                None => {
                    let w = self.root.len() as u32;
                    self.words.insert(self.folded.as_str().into(), w);
                    self.root.push(NONE);
                    w
                }
            };
            let next = self.state_key.len() as u32;
            state = match prev_end {
                None => {
                    let s = &mut self.root[word as usize];
                    if *s == NONE {
                        *s = next;
                    }
                    *s
                }
                Some(pe) => {
                    let gap = surface.get(pe..t.span.start).unwrap_or_default();
                    *self
                        .edges
                        .entry(edge(state, word, gap.contains('\n')))
                        .or_insert(next)
                }
            };
            if state == next {
                self.state_key.push(NONE);
            }
            prev_end = Some(t.span.end);
        }
        let key = &mut self.state_key[state as usize];
        if *key == NONE {
            *key = self.keys;
            self.keys += 1;
        }
        self.entries.push((*key, payload));
    }

    /// Compiles the dictionary. Fails only when the keys are too many to number.
    pub fn build(mut self) -> Result<Dictionary<P>> {
        if self.state_key.len() >= NONE as usize || self.entries.len() >= NONE as usize {
            return Err(Error::Build("too many dictionary keys".to_string()));
        }
        let mut offsets = vec![0u32; self.keys as usize + 1];
        for (k, _) in &self.entries {
            offsets[*k as usize + 1] += 1;
        }
        for i in 1..offsets.len() {
            offsets[i] += offsets[i - 1];
        }
        // A stable sort by key keeps each key's payloads in the order added.
        self.entries.sort_by_key(|(k, _)| *k);
        Ok(Dictionary {
            words: self.words,
            root: self.root,
            edges: self.edges,
            state_key: self.state_key,
            payloads: self.entries.into_iter().map(|(_, p)| p).collect(),
            offsets,
        })
    }
}

impl<P> Dictionary<P> {
    /// Number of distinct keys.
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// True when there are no keys.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The payloads of key `key` (none for a key this dictionary does not have).
    pub fn payloads(&self, key: usize) -> &[P] {
        match (self.offsets.get(key), self.offsets.get(key.wrapping_add(1))) {
            (Some(&s), Some(&e)) => &self.payloads[s as usize..e as usize],
            _ => &[],
        }
    }

    /// Every key occurrence that starts and ends on token boundaries, overlapping ones
    /// included, sorted by first token then by length (longest first).
    pub fn find(&self, folded: &FoldedText) -> Vec<DictMatch> {
        let mut out = Vec::new();
        let mut words = Vec::new();
        self.find_each(folded, &mut words, |m| out.push(m));
        out
    }

    /// Calls `found` with every match, in the order of [`find`](Self::find); `words` is
    /// scratch memory.
    pub(crate) fn find_each(
        &self,
        folded: &FoldedText,
        words: &mut Vec<u32>,
        mut found: impl FnMut(DictMatch),
    ) {
        let n = folded.len();
        words.clear();
        words.extend((0..n).map(|i| self.words.get(folded.token(i)).copied().unwrap_or(NONE)));
        // Matches from one token, shortest first, reported longest first.
        let mut run: Vec<DictMatch> = Vec::new();
        for i in 0..n {
            let w = words[i];
            if w == NONE {
                continue;
            }
            let mut state = self.root[w as usize];
            let mut j = i;
            while state != NONE {
                let key = self.state_key[state as usize];
                if key != NONE {
                    run.push(DictMatch {
                        tokens: i..j + 1,
                        key: key as usize,
                    });
                }
                j += 1;
                if j >= n || words[j] == NONE {
                    break;
                }
                let label = edge(state, words[j], folded.newline_before(j));
                state = self.edges.get(&label).copied().unwrap_or(NONE);
            }
            while let Some(m) = run.pop() {
                found(m);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dict(entries: &[(&str, u32)]) -> (Tokenizer, Dictionary<u32>) {
        let tok = Tokenizer::builtin();
        let mut b = DictionaryBuilder::new(&tok);
        for (s, p) in entries {
            b.add(s, *p);
        }
        let d = b.build().unwrap();
        (tok, d)
    }

    fn found(entries: &[(&str, u32)], text: &str) -> Vec<(String, Vec<u32>)> {
        let (tok, d) = dict(entries);
        let tokens = tok.analyze(text).tokens;
        let folded = FoldedText::new(text, &tokens);
        d.find(&folded)
            .into_iter()
            .map(|m| {
                let span = tokens[m.tokens.start]
                    .span
                    .cover(&tokens[m.tokens.end - 1].span);
                (text[span.range()].to_string(), d.payloads(m.key).to_vec())
            })
            .collect()
    }

    #[test]
    fn matches_on_token_boundaries_only() {
        let got = found(&[("Kaltim", 1)], "Kaltimpost dan Kaltim.");
        assert_eq!(got, vec![("Kaltim".to_string(), vec![1])]);
    }

    #[test]
    fn overlapping_and_nested_keys_are_all_reported_longest_first() {
        let got = found(
            &[("Kalimantan", 1), ("Kalimantan Timur", 2), ("Timur", 3)],
            "di Kalimantan  Timur",
        );
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, vec!["Kalimantan  Timur", "Kalimantan", "Timur"]);
    }

    #[test]
    fn case_insensitive_and_apostrophes_folded() {
        let got = found(&[("Sa'bani", 7)], "kata SA’BANI");
        assert_eq!(got, vec![("SA’BANI".to_string(), vec![7])]);
    }

    #[test]
    fn same_key_collects_payloads() {
        let got = found(&[("Baru", 1), ("baru", 2)], "Baru");
        assert_eq!(got, vec![("Baru".to_string(), vec![1, 2])]);
    }

    #[test]
    fn no_match_across_lines() {
        let got = found(&[("Samarinda Kaltim", 1)], "Samarinda\nKaltim");
        assert!(got.is_empty());
    }
}
