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

/// A character of a token as folded: ASCII-lowercased, apostrophe variants as `'`.
#[inline]
fn fold_char(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '`' | '\u{02BC}' | '\u{00B4}' => '\'',
        c => c.to_ascii_lowercase(),
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

/// Replaces the content of `out` with the bytes of `s` folded as [`fold_into`] does.
#[inline]
fn fold_token(s: &str, out: &mut Vec<u8>) {
    out.clear();
    if s.is_ascii() {
        out.extend(s.bytes().map(|b| match b {
            b'`' => b'\'',
            b => b.to_ascii_lowercase(),
        }));
    } else {
        let mut buf = [0u8; 4];
        for c in s.chars() {
            out.extend_from_slice(fold_char(c).encode_utf8(&mut buf).as_bytes());
        }
    }
}

/// Bytes of a token folded and hashed in one pass by [`fold_hash_short`].
const SHORT: usize = 32;

/// Eight copies of byte `b`.
const fn lanes(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// Eight bytes of ASCII folded as [`fold_char`] does: `A`–`Z` lowercased, `` ` `` as `'`.
/// Every byte must be below 0x80 (zero bytes stay zero).
#[inline]
fn fold_lanes(x: u64) -> u64 {
    const HIGH: u64 = lanes(0x80);
    const LOW7: u64 = lanes(0x7f);
    // High bit of each byte at or past `A`, and at or past `[` (no byte carries: all < 0x80).
    let upper = (x.wrapping_add(lanes(0x80 - b'A')) ^ x.wrapping_add(lanes(0x80 - b'['))) & HIGH;
    let x = x | (upper >> 2);
    // High bit of each byte that is a backtick (exact: no borrow between bytes).
    let t = x ^ lanes(b'`');
    let tick = !(((t & LOW7).wrapping_add(LOW7)) | t) & HIGH;
    x ^ ((tick >> 7) * u64::from(b'`' ^ b'\''))
}

/// Folds the `len` bytes of `text` from `start` into `buf` when they are ASCII and at most
/// [`SHORT`] of them, giving the folded bytes (as [`fold_token`] would), their
/// [`word_hash`] and their [`head`]; `None` otherwise (also when they are not in `text`).
/// Each eight bytes are read at once where the text goes on that far.
#[inline]
fn fold_hash_short<'b>(
    text: &[u8],
    start: usize,
    len: usize,
    buf: &'b mut [u8; SHORT],
) -> Option<(&'b [u8], u64, u64)> {
    match start.checked_add(len) {
        Some(end) if len <= SHORT && end <= text.len() => {}
        _ => return None,
    }
    let mut h = (len as u64).wrapping_mul(SEED);
    let mut high = 0u64;
    let mut first = 0u64;
    let mut k = 0;
    while k < len {
        let at = start + k;
        let n = (len - k).min(8);
        let x = match text.get(at..at + 8) {
            Some(c) => {
                let mut w = [0u8; 8];
                w.copy_from_slice(c);
                // The token's bytes only (`n` is 1 to 8).
                u64::from_le_bytes(w) & (u64::MAX >> (64 - 8 * n))
            }
            // The last bytes of the text.
            None => text[at..at + n]
                .iter()
                .enumerate()
                .fold(0u64, |x, (i, &b)| x | u64::from(b) << (8 * i)),
        };
        high |= x;
        let f = fold_lanes(x & lanes(0x7f));
        if k == 0 {
            first = f;
        }
        buf[k..k + 8].copy_from_slice(&f.to_le_bytes());
        h = (h.rotate_left(5) ^ f).wrapping_mul(SEED);
        k += 8;
    }
    if high & lanes(0x80) != 0 {
        return None;
    }
    Some((&buf[..len], h, first))
}

/// The first eight bytes of `word` as a little-endian word, zero-padded: all of a word of
/// eight bytes or less, so that such words compare as one number.
#[inline]
fn head(word: &[u8]) -> u64 {
    word.iter()
        .take(8)
        .enumerate()
        .fold(0u64, |x, (i, &b)| x | u64::from(b) << (8 * i))
}

/// The seed of [`word_hash`].
const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The Fx hash of a folded word (rustc's multiply-rotate hash). Unseeded is safe here: the
/// table holds lexicon words only, so no input text can lengthen its probe chains.
#[inline]
fn word_hash(bytes: &[u8]) -> u64 {
    let mut h = (bytes.len() as u64).wrapping_mul(SEED);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(SEED);
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(SEED);
    }
    h
}

/// The first slot to probe for hash `h` in a table of `size` slots (a power of two): the top
/// bits, which a multiplicative hash mixes best.
#[inline]
fn home(h: u64, size: usize) -> usize {
    (h >> (64 - size.trailing_zeros())) as usize
}

/// The words of the keys, numbered in order of first appearance: an open-addressing table
/// over one byte buffer, so a lookup costs one hash and usually one comparison.
#[derive(Debug, Clone, Default)]
struct Vocabulary {
    /// Word ids by hash slot ([`NONE`] when free); the length is a power of two.
    slots: Vec<u32>,
    /// All words, back to back.
    bytes: Vec<u8>,
    /// Where each word ends in `bytes` (it starts where the one before ends).
    ends: Vec<u32>,
    /// The lower half of each word's hash and, above it, its length: most words that are
    /// not the one looked up differ here.
    tags: Vec<u64>,
    /// The [`head`] of each word: the whole word when it has eight bytes or less.
    heads: Vec<u64>,
}

impl Vocabulary {
    /// Number of words.
    fn len(&self) -> usize {
        self.ends.len()
    }

    /// The bytes of word `w`.
    #[inline]
    fn word(&self, w: usize) -> &[u8] {
        let start = if w == 0 { 0 } else { self.ends[w - 1] as usize };
        &self.bytes[start..self.ends[w] as usize]
    }

    /// The [`tags`](Self::tags) entry of a word of hash `h` and length `len`.
    #[inline(always)]
    fn tag(h: u64, len: usize) -> u64 {
        (h & u64::from(u32::MAX)) | ((len as u64) << 32)
    }

    /// The slot holding `word` (of hash `h` and [`head`] `first`), or the free slot where it
    /// belongs.
    #[inline(always)]
    fn slot(&self, word: &[u8], h: u64, first: u64) -> usize {
        let mask = self.slots.len() - 1;
        let tag = Self::tag(h, word.len());
        let mut i = home(h, self.slots.len());
        loop {
            let w = self.slots[i];
            if w == NONE {
                return i;
            }
            let w = w as usize;
            if self.tags[w] == tag
                && self.heads[w] == first
                && (word.len() <= 8 || self.word(w) == word)
            {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// The id of `word`, if it is one.
    #[inline]
    fn get(&self, word: &[u8]) -> u32 {
        self.get_hashed(word, word_hash(word), head(word))
    }

    /// The id of `word` of [`word_hash`] `h` and [`head`] `first`, if it is one.
    #[inline(always)]
    fn get_hashed(&self, word: &[u8], h: u64, first: u64) -> u32 {
        if self.slots.is_empty() {
            return NONE;
        }
        self.slots[self.slot(word, h, first)]
    }

    /// The id of `word`, added if new.
    fn insert(&mut self, word: &[u8]) -> u32 {
        if self.slots.len() < 2 * (self.len() + 1) {
            self.grow();
        }
        let (h, first) = (word_hash(word), head(word));
        let i = self.slot(word, h, first);
        if self.slots[i] == NONE {
            self.slots[i] = self.len() as u32;
            self.bytes.extend_from_slice(word);
            self.ends.push(self.bytes.len() as u32);
            self.tags.push(Self::tag(h, word.len()));
            self.heads.push(first);
        }
        self.slots[i]
    }

    /// Doubles the table (at least 64 slots).
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        self.slots = vec![NONE; size];
        for w in 0..self.len() {
            let h = word_hash(self.word(w));
            let mut i = home(h, size);
            while self.slots[i] != NONE {
                i = (i + 1) & (size - 1);
            }
            self.slots[i] = w as u32;
        }
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
    /// The words of the keys.
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
            let t = &self.tokens[i];
            fold_token(t.text(surface), &mut self.folded);
            let word = self.words.insert(&self.folded);
            if word as usize == self.root.len() {
                self.root.push(NONE);
            }
            let next = self.state_key.len() as u32;
            state = if i == 0 {
                let s = &mut self.root[word as usize];
                if *s == NONE {
                    *s = next;
                }
                *s
            } else {
                let newline = line_break_between(surface, &self.tokens[i - 1], t);
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
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    /// The word id of each token.
    words: Vec<u32>,
    /// One folded token.
    folded: Vec<u8>,
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

    /// Every key occurrence that starts and ends on token boundaries, overlapping ones
    /// included, sorted by first token then by length (longest first).
    pub fn find(&self, folded: &FoldedText) -> Vec<DictMatch> {
        let mut out = Vec::new();
        let mut scratch = Scratch::default();
        scratch
            .words
            .extend((0..folded.len()).map(|i| self.words.get(folded.token(i).as_bytes())));
        self.walk(
            &scratch.words,
            |j| folded.newline_before(j),
            &mut scratch.run,
            |m| out.push(m),
        );
        out
    }

    /// Calls `found` with every key occurrence in `tokens` of `text`, in the order of
    /// [`find`](Self::find) (the same matches as `find` on the text's [`FoldedText`]).
    pub(crate) fn find_tokens(
        &self,
        text: &str,
        tokens: &[Token],
        scratch: &mut Scratch,
        found: impl FnMut(DictMatch),
    ) {
        let Scratch { words, folded, run } = scratch;
        words.clear();
        words.reserve(tokens.len());
        let mut buf = [0u8; SHORT];
        let bytes = text.as_bytes();
        for t in tokens {
            // Bytes first (no char boundary checks): most tokens are short ASCII words.
            let len = t.span.end.saturating_sub(t.span.start);
            let word = match fold_hash_short(bytes, t.span.start, len, &mut buf) {
                Some((f, h, first)) => self.words.get_hashed(f, h, first),
                None => {
                    fold_token(t.text(text), folded);
                    self.words.get(folded)
                }
            };
            words.push(word);
        }
        self.walk(
            words,
            |j| line_break_between(text, &tokens[j - 1], &tokens[j]),
            run,
            found,
        );
    }

    /// Walks the trie from every token whose word starts a key.
    fn walk(
        &self,
        words: &[u32],
        newline_before: impl Fn(usize) -> bool,
        run: &mut Vec<DictMatch>,
        mut found: impl FnMut(DictMatch),
    ) {
        let n = words.len();
        for i in 0..n {
            let w = words[i];
            if w == NONE {
                continue;
            }
            let mut state = self.root[w as usize];
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

    #[test]
    fn the_one_pass_fold_and_hash_agree_with_the_plain_ones() {
        // Every ASCII byte, the neighbours of `A`, `Z` and the backtick among them, at every
        // position of words up to the limit and past it.
        let all: Vec<u8> = (1u8..0x80).collect();
        let mut words: Vec<Vec<u8>> = all.chunks(7).map(<[u8]>::to_vec).collect();
        words.extend(all.chunks(13).map(<[u8]>::to_vec));
        for len in 0..=SHORT + 1 {
            words.push(
                b"@AZ[`az{Kab."
                    .iter()
                    .cycle()
                    .skip(len)
                    .take(len)
                    .copied()
                    .collect(),
            );
        }
        words.push("Sa\u{2019}bani".as_bytes().to_vec());
        words.push("ÄCEH".as_bytes().to_vec());
        let mut buf = [0u8; SHORT];
        // A range past the text (tokens of another text) is no word, never a panic.
        assert!(fold_hash_short(b"abc", 2, 5, &mut buf).is_none());
        assert!(fold_hash_short(b"abc", usize::MAX, 2, &mut buf).is_none());
        let mut folded = Vec::new();
        for w in &words {
            let s = std::str::from_utf8(w).unwrap();
            fold_token(s, &mut folded);
            // Alone (read byte by byte at the end of the text) and followed by more text
            // (read eight bytes at a time).
            let longer = [&w[..], b" dan seterusnya"].concat();
            for text in [&w[..], &longer[..]] {
                match fold_hash_short(text, 0, w.len(), &mut buf) {
                    Some((f, h, first)) => {
                        assert_eq!(f, &folded[..], "{s:?}");
                        assert_eq!(h, word_hash(&folded), "{s:?}");
                        assert_eq!(first, head(&folded), "{s:?}");
                    }
                    None => assert!(!s.is_ascii() || s.len() > SHORT, "{s:?}"),
                }
            }
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
