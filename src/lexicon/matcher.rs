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

use super::vocab::{fold_char, TextWords, Vocabulary, WordClasses, WordId};
use crate::error::{Error, Result};
use crate::text::facts as text_facts;
use crate::text::hash::FoldHashMap;
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

/// Appends `s` to `out`, folded (see [`fold_char`]).
fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() && !s.contains('`') {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    out.extend(s.chars().map(fold_char));
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
    /// The words of the keys, and the single words recognisers ask about.
    words: Vocabulary,
    /// The trie state after each word from the root ([`NONE`] when no key starts with it).
    root: Vec<u32>,
    /// `(state << 32) | label` → next state, the label being `word * 2 + newline`.
    edges: FoldHashMap<u64, u32>,
    /// The key ending at each state, or [`NONE`].
    state_key: Vec<u32>,
    /// Whether any edge leaves each state (most states end their keys).
    branches: Vec<bool>,
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
    folded: Vec<u8>,
    words: Vocabulary,
    root: Vec<u32>,
    edges: FoldHashMap<u64, u32>,
    state_key: Vec<u32>,
    /// Number of keys so far.
    keys: u32,
    /// `(key, payload)` in the order added.
    entries: Vec<(u32, P)>,
}

/// The edge from `state` on `word` after a space or, when `newline`, a line break.
#[inline]
fn edge(state: u32, word: u32, newline: bool) -> u64 {
    (u64::from(state) << 32) | (u64::from(word) << 1) | u64::from(newline)
}

/// True when `gap` (the text between two tokens) has a line break. Gaps are short: a
/// plain loop costs less than a call to `memchr`.
#[inline]
pub(crate) fn has_line_break(gap: &[u8]) -> bool {
    for &b in gap {
        if b == b'\n' {
            return true;
        }
    }
    false
}

/// True when the text between two tokens has a line break (false for tokens of another text).
#[inline]
fn line_break_between(text: &str, before: &Token, after: &Token) -> bool {
    text.as_bytes()
        .get(before.span.end..after.span.start)
        .is_some_and(has_line_break)
}

impl<'a, P> DictionaryBuilder<'a, P> {
    /// A builder that normalises keys with `tokenizer`.
    pub fn new(tokenizer: &'a Tokenizer) -> Self {
        DictionaryBuilder {
            tokenizer,
            tokens: Vec::new(),
            folded: Vec::new(),
            words: Vocabulary::default(),
            root: Vec::new(),
            edges: FoldHashMap::default(),
            state_key: Vec::new(),
            keys: 0,
            entries: Vec::new(),
        }
    }

    /// Gives every word a trie root (none yet: [`NONE`]).
    fn grow_root(&mut self) {
        self.root.resize(self.words.len(), NONE);
    }

    /// Puts the single word `word`, a lower-case form a recogniser asks about token by
    /// token, in `classes` (see [`Vocabulary::add_classes`]), and gives its id; it starts no
    /// key.
    pub(crate) fn add_word(&mut self, word: &str, classes: WordClasses) -> Option<WordId> {
        let id = self.words.add_classes(word, classes);
        self.grow_root();
        id
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
        for i in 0..self.tokens.len() {
            let t = self.tokens[i];
            let word = self.words.insert_token(t.text(surface), &mut self.folded);
            self.grow_root();
            let next = self.state_key.len() as u32;
            state = if i == 0 {
                let s = &mut self.root[word as usize];
                if *s == NONE {
                    *s = next;
                }
                *s
            } else {
                let newline = line_break_between(surface, &self.tokens[i - 1], &t);
                *self.edges.entry(edge(state, word, newline)).or_insert(next)
            };
            if state == next {
                self.state_key.push(NONE);
            }
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
        if self.state_key.len() >= NONE as usize
            || self.entries.len() >= NONE as usize
            || self.words.len() >= (NONE >> 1) as usize
        {
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
        let mut branches = vec![false; self.state_key.len()];
        for label in self.edges.keys() {
            branches[(label >> 32) as usize] = true;
        }
        Ok(Dictionary {
            words: self.words,
            root: self.root,
            edges: self.edges,
            state_key: self.state_key,
            branches,
            payloads: self.entries.into_iter().map(|(_, p)| p).collect(),
            offsets,
        })
    }
}

/// Reusable memory for [`Dictionary::find_tokens`].
#[cfg(test)]
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    /// The words of the text.
    words: TextWords,
    /// The matches starting on one token.
    run: Vec<DictMatch>,
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

    /// The vocabulary: the words of the keys and the single words added with
    /// [`DictionaryBuilder::add_word`].
    pub(crate) fn vocabulary(&self) -> &Vocabulary {
        &self.words
    }

    /// Every key occurrence that starts and ends on token boundaries, overlapping ones
    /// included, sorted by first token then by length (longest first).
    pub fn find(&self, folded: &FoldedText) -> Vec<DictMatch> {
        let mut out = Vec::new();
        let mut scratch = Vec::new();
        let words: Vec<WordId> = (0..folded.len())
            .map(|i| self.words.lookup(folded.token(i), &mut scratch))
            .collect();
        self.walk(
            &words,
            |j| folded.newline_before(j),
            &mut Vec::new(),
            |m| out.push(m),
        );
        out
    }

    /// Calls `found` with every key occurrence in `tokens` of `text`, in the order of
    /// [`find`](Self::find) (the same matches as `find` on the text's [`FoldedText`]).
    #[cfg(test)]
    pub(crate) fn find_tokens(
        &self,
        text: &str,
        tokens: &[Token],
        scratch: &mut Scratch,
        found: impl FnMut(DictMatch),
    ) {
        self.words.read(text, tokens, &mut scratch.words);
        self.find_words(text, tokens, &scratch.words, &mut scratch.run, found);
    }

    /// Calls `found` with every key occurrence in `tokens` of `text`, in the order of
    /// [`find`](Self::find) (the same matches as `find` on the text's [`FoldedText`]), given
    /// the words of the text ([`Vocabulary::read`] on [`vocabulary`](Self::vocabulary));
    /// `run` is scratch.
    pub(crate) fn find_words(
        &self,
        text: &str,
        tokens: &[Token],
        words: &TextWords,
        run: &mut Vec<DictMatch>,
        found: impl FnMut(DictMatch),
    ) {
        if self.is_empty() {
            return;
        }
        // The facts of each token say whether a line break follows it: what
        // `line_break_between` would find in the gap, read off one byte (see
        // `facts::layout`). Words read for other tokens than these have no such facts.
        let facts = words.facts();
        if facts.len() == tokens.len() {
            self.walk(
                words.ids(),
                |j| facts[j - 1] & text_facts::LINE_END != 0,
                run,
                found,
            );
        } else {
            self.walk(
                words.ids(),
                |j| line_break_between(text, &tokens[j - 1], &tokens[j]),
                run,
                found,
            );
        }
    }

    /// Walks the trie from every token whose word starts a key.
    fn walk(
        &self,
        words: &[WordId],
        newline_before: impl Fn(usize) -> bool,
        run: &mut Vec<DictMatch>,
        mut found: impl FnMut(DictMatch),
    ) {
        let n = words.len();
        for i in 0..n {
            // Most tokens start no key: no word (`NONE` is past the roots), or a word that
            // only continues keys or is asked about alone.
            let Some(&root) = self.root.get(words[i] as usize) else {
                continue;
            };
            if root == NONE {
                continue;
            }
            if !self.branches[root as usize] {
                // A key of one word that no longer key extends: its one match.
                let key = self.state_key[root as usize];
                if key != NONE {
                    found(DictMatch {
                        tokens: i..i + 1,
                        key: key as usize,
                    });
                }
                continue;
            }
            let mut state = root;
            let mut j = i;
            // Matches from one token come shortest first; they are reported longest first.
            run.clear();
            while state != NONE {
                let key = self.state_key[state as usize];
                if key != NONE {
                    run.push(DictMatch {
                        tokens: i..j + 1,
                        key: key as usize,
                    });
                }
                j += 1;
                if j >= n || words[j] == NONE || !self.branches[state as usize] {
                    break;
                }
                let label = edge(state, words[j], newline_before(j));
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

    #[test]
    fn a_longer_key_needs_every_word_and_a_prefix_need_not_be_a_key() {
        let got = found(
            &[("Kota Baru Timur", 1), ("Baru", 2)],
            "Kota Baru Barat dan Kota Baru Timur",
        );
        let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, vec!["Baru", "Kota Baru Timur", "Baru"]);
    }

    #[test]
    fn many_keys_grow_the_vocabulary_and_keep_their_payloads() {
        let names: Vec<String> = (0..5000)
            .map(|i| format!("Desa{i} Contoh{}", i % 7))
            .collect();
        let entries: Vec<(&str, u32)> = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.as_str(), i as u32))
            .collect();
        let got = found(&entries, "di DESA4321 contoh2 dan Desa17 Contoh3.");
        assert_eq!(
            got,
            vec![
                ("DESA4321 contoh2".to_string(), vec![4321]),
                ("Desa17 Contoh3".to_string(), vec![17]),
            ]
        );
    }

    /// On random texts of key words, other words, spaces and line breaks, the token path
    /// (line breaks read off the tokens' facts, one-word keys reported at once) finds what
    /// the folded view finds.
    #[test]
    fn the_token_path_agrees_with_the_folded_view_on_random_texts() {
        let (tok, d) = dict(&[
            ("Kota", 1),
            ("Kota Baru", 2),
            ("Kota Baru Timur", 3),
            ("Baru", 4),
            ("Timur\nLaut", 5),
            ("Laut", 6),
            ("se-Kaltim", 7),
        ]);
        let pieces = [
            "Kota",
            "KOTA",
            "Baru",
            "baru",
            "Timur",
            "Laut",
            "se-Kaltim",
            "dan",
            ",",
            "Kaltim",
        ];
        let gaps = [" ", "  ", "\n", " \n ", "\n\n", ""];
        let mut seed = 0x0bad_5eed_1234_5678u64;
        for _ in 0..3000 {
            let mut text = String::new();
            for _ in 0..8 {
                let r = crate::text::xorshift(&mut seed) as usize;
                text.push_str(pieces[r % pieces.len()]);
                text.push_str(gaps[(r >> 8) % gaps.len()]);
            }
            let tokens = tok.analyze(&text).tokens;
            let folded = d.find(&FoldedText::new(&text, &tokens));
            let mut direct = Vec::new();
            d.find_tokens(&text, &tokens, &mut Scratch::default(), |m| direct.push(m));
            assert_eq!(folded, direct, "{text:?}");
        }
    }

    #[test]
    fn the_token_path_finds_what_the_folded_view_finds() {
        let (tok, d) = dict(&[
            ("Kalimantan", 1),
            ("Kalimantan Timur", 2),
            ("Sa'bani", 3),
            ("se-Kaltim", 4),
            ("Kab. Paser", 5),
        ]);
        let text =
            "Di KALIMANTAN Timur, se-Kaltim,\nKalimantan\nTimur; Sa`bani dan Sa\u{2019}bani \
                    di Kab. Paser dan Ä Kalimantan";
        let tokens = tok.analyze(text).tokens;
        let folded = d.find(&FoldedText::new(text, &tokens));
        let mut direct = Vec::new();
        d.find_tokens(text, &tokens, &mut Scratch::default(), |m| direct.push(m));
        assert_eq!(folded, direct);
        let keys: Vec<u32> = direct.iter().map(|m| d.payloads(m.key)[0]).collect();
        // (The tokenizer splits `Sa`bani` at the backtick.)
        assert_eq!(keys, vec![2, 1, 4, 1, 3, 5, 1]);
    }
}
