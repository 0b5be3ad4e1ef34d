//! The vocabulary: every word the lexicons ask about, numbered once when the extractor is
//! built, with the classes each word is in; and the words of one text, each token looked up
//! once.
//!
//! Words are kept *folded*: ASCII letters lower-cased, curly apostrophes and backticks as `'`
//! (see [`fold_char`]). The shared dictionary ([`Dictionary`](super::matcher::Dictionary))
//! numbers the words of its keys here; recognisers add the single words they ask about per
//! token (stopwords, given names, cue words, date words), each with its classes
//! ([`WordClasses`], whose bits the gazetteer names; none for a recogniser that keeps the
//! word ids instead). [`Vocabulary::read`] then gives every token of a text its word id in
//! one pass, and a recogniser reads the token's classes off its id
//! ([`Vocabulary::classes`]), or its own facts from a table indexed by id, instead of
//! lower-casing the token and probing a table of its own.
//!
//! A class says what the token's *lower-case form* (`str::to_lowercase`) is. Class words are
//! lower-case ASCII, so the classes a token's fold finds are those of its lower-case form
//! when the token is ASCII and the word has no apostrophe (a backtick folds to one). For any
//! other token (rare in news text), and for words with an apostrophe, the classes are
//! [`WordClasses::UNKNOWN`] and the recogniser asks its own lexicon by string, as it would
//! without the vocabulary.

use crate::text::facts;
use crate::text::{Token, TokenKind};

/// The number of a word in the vocabulary.
pub(crate) type WordId = u32;

/// No word: the token's fold is not in the vocabulary.
pub(crate) const NO_WORD: WordId = u32::MAX;

/// The classes of a word: one bit each, named by the gazetteer (`WordClass`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct WordClasses(u32);

impl WordClasses {
    /// In no class.
    pub(crate) const NONE: WordClasses = WordClasses(0);
    /// Not known from the vocabulary: the token's lower-case form may differ from its fold.
    pub(crate) const UNKNOWN: WordClasses = WordClasses(1 << 31);
    /// How many classes there can be.
    pub(crate) const MAX: u32 = 31;

    /// The class numbered `i` (below [`MAX`](Self::MAX)).
    #[inline]
    pub(crate) const fn class(i: u32) -> WordClasses {
        assert!(i < Self::MAX);
        WordClasses(1 << i)
    }

    /// Whether the classes are known (not [`UNKNOWN`](Self::UNKNOWN)).
    #[inline]
    pub(crate) fn is_known(self) -> bool {
        self.0 & Self::UNKNOWN.0 == 0
    }

    /// Whether the word is in every class of `other` (`None` when the classes are not
    /// known).
    #[inline]
    pub(crate) fn contains(self, other: WordClasses) -> Option<bool> {
        self.is_known().then_some(self.0 & other.0 == other.0)
    }

    /// Whether the word is in any class of `other` (`None` when the classes are not known).
    #[inline]
    pub(crate) fn intersects(self, other: WordClasses) -> Option<bool> {
        self.is_known().then_some(self.0 & other.0 != 0)
    }
}

impl std::ops::BitOr for WordClasses {
    type Output = WordClasses;

    fn bitor(self, other: WordClasses) -> WordClasses {
        WordClasses(self.0 | other.0)
    }
}

/// A character of a token as folded: ASCII-lowercased, apostrophe variants as `'`.
#[inline]
pub(crate) fn fold_char(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '`' | '\u{02BC}' | '\u{00B4}' => '\'',
        c => c.to_ascii_lowercase(),
    }
}

/// Replaces the content of `out` with the bytes of `s` folded (see [`fold_char`]).
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
    fold_upper(x).0
}

/// [`fold_lanes`] of `x`, and the high bit of each byte of `x` that is a capital `A`–`Z`
/// (found on the way, and what the token's facts need: [`facts::ascii8_folded`]).
#[inline(always)]
fn fold_upper(x: u64) -> (u64, u64) {
    const HIGH: u64 = lanes(0x80);
    const LOW7: u64 = lanes(0x7f);
    // High bit of each byte at or past `A`, and at or past `[` (no byte carries: all < 0x80).
    let upper = (x.wrapping_add(lanes(0x80 - b'A')) ^ x.wrapping_add(lanes(0x80 - b'['))) & HIGH;
    let x = x | (upper >> 2);
    // High bit of each byte that is a backtick (exact: no borrow between bytes).
    let t = x ^ lanes(b'`');
    let tick = !(((t & LOW7).wrapping_add(LOW7)) | t) & HIGH;
    (x ^ ((tick >> 7) * u64::from(b'`' ^ b'\'')), upper)
}

/// A token folded and hashed by [`fold_hash_short`].
struct Short<'b> {
    /// The folded bytes.
    folded: &'b [u8],
    /// Their [`word_hash`].
    hash: u64,
    /// Their [`head`].
    head: u64,
}

/// Folds the `len` bytes of `text` from `start` into `buf` when they are ASCII and at most
/// [`SHORT`] of them (as [`fold_token`] would), hashing them on the way; `None` otherwise
/// (also when they are not in `text`). Each eight bytes are read at once where the text goes
/// on that far.
#[inline]
fn fold_hash_short<'b>(
    text: &[u8],
    start: usize,
    len: usize,
    buf: &'b mut [u8; SHORT],
) -> Option<Short<'b>> {
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
    Some(Short {
        folded: &buf[..len],
        hash: h,
        head: first,
    })
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

/// A slot of the [`Vocabulary`]'s table: a word's id with what tells most words apart, so
/// that a lookup reads one entry (not the id, then the word's facts elsewhere).
#[derive(Clone, Copy, Debug)]
struct Slot {
    /// The lower half of the word's hash and, above it, its length: most words that are
    /// not the one looked up differ here.
    tag: u64,
    /// The [`head`] of the word: the whole word when it has eight bytes or less.
    head: u64,
    /// Bytes 8 to 16 of the word as [`head`] reads them (zero for a word of eight bytes
    /// or less): with the head, the whole word when it has sixteen bytes or less.
    tail: u64,
    /// The word's id, [`NO_WORD`] for a free slot.
    id: WordId,
}

impl Slot {
    /// A free slot.
    const FREE: Slot = Slot {
        tag: 0,
        head: 0,
        tail: 0,
        id: NO_WORD,
    };
}

/// The folded words, numbered in order of first appearance, with their classes: an
/// open-addressing table over one byte buffer, so a lookup costs one hash and usually one
/// comparison.
#[derive(Debug, Clone, Default)]
pub(crate) struct Vocabulary {
    /// The words by hash slot; the length is a power of two.
    slots: Vec<Slot>,
    /// All words, back to back.
    bytes: Vec<u8>,
    /// Where each word ends in `bytes` (it starts where the one before ends).
    ends: Vec<u32>,
    /// The classes of each word.
    classes: Vec<WordClasses>,
    /// The id of the fold of each ASCII byte, as a token of that one byte ([`NO_WORD`] where
    /// none): a third of the tokens of a news text are one byte (punctuation, a digit), told
    /// so without a hash. Empty while the vocabulary is.
    single: Vec<WordId>,
}

impl Vocabulary {
    /// Number of words.
    pub(crate) fn len(&self) -> usize {
        self.ends.len()
    }

    /// The bytes of word `w`.
    #[inline]
    fn word(&self, w: usize) -> &[u8] {
        let start = if w == 0 { 0 } else { self.ends[w - 1] as usize };
        &self.bytes[start..self.ends[w] as usize]
    }

    /// The [`Slot::tag`] of a word of hash `h` and length `len`.
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
            let s = &self.slots[i];
            if s.id == NO_WORD {
                return i;
            }
            if s.tag == tag
                && s.head == first
                && (word.len() <= 8 || self.word(s.id as usize) == word)
            {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /// The id of the folded word of `len` bytes (one to sixteen) whose [`head`] is `first`,
    /// whose bytes from the eighth on, read as [`head`] reads them, are `rest` (zero for a
    /// word of eight bytes or less: then the head is the whole word) and whose
    /// [`word_hash`] is `h`, or [`NO_WORD`]; `shift` places the hash in the table (see
    /// [`home`]), which is not empty.
    #[inline(always)]
    fn short_id(&self, first: u64, rest: u64, h: u64, len: usize, shift: u32) -> WordId {
        let mask = self.slots.len() - 1;
        let tag = Self::tag(h, len);
        let mut i = (h >> shift) as usize;
        loop {
            let s = &self.slots[i & mask];
            if s.id == NO_WORD {
                return NO_WORD;
            }
            // Equal tags (length), heads and tails are equal words of this length.
            if s.tag == tag && s.head == first && s.tail == rest {
                return s.id;
            }
            i += 1;
        }
    }

    /// The id of the folded word `word`, or [`NO_WORD`].
    #[inline]
    fn get(&self, word: &[u8]) -> WordId {
        self.get_hashed(word, word_hash(word), head(word))
    }

    /// The id of `word` of [`word_hash`] `h` and [`head`] `first`, or [`NO_WORD`].
    #[inline(always)]
    fn get_hashed(&self, word: &[u8], h: u64, first: u64) -> WordId {
        if self.slots.is_empty() {
            return NO_WORD;
        }
        self.slots[self.slot(word, h, first)].id
    }

    /// The id of the folded word `word`, added if new (in no class).
    fn insert(&mut self, word: &[u8]) -> WordId {
        if self.slots.len() < 2 * (self.len() + 1) {
            self.grow();
        }
        let (h, first) = (word_hash(word), head(word));
        let i = self.slot(word, h, first);
        if self.slots[i].id == NO_WORD {
            let id = self.len() as WordId;
            self.slots[i] = Self::slot_of(word, h, id);
            self.bytes.extend_from_slice(word);
            self.ends.push(self.bytes.len() as u32);
            self.classes.push(WordClasses::NONE);
            if let [b] = *word {
                self.add_single(b, id);
            }
        }
        self.slots[i].id
    }

    /// The table slot of `word`, of hash `h` and id `id`.
    fn slot_of(word: &[u8], h: u64, id: WordId) -> Slot {
        Slot {
            tag: Self::tag(h, word.len()),
            head: head(word),
            tail: head(word.get(8..).unwrap_or_default()),
            id,
        }
    }

    /// Notes `id` as the word of every one-byte token that folds to the byte `folded`.
    fn add_single(&mut self, folded: u8, id: WordId) {
        if self.single.is_empty() {
            self.single = vec![NO_WORD; 128];
        }
        for (b, single) in (0u8..).zip(self.single.iter_mut()) {
            if fold_lanes(u64::from(b)) == u64::from(folded) {
                *single = id;
            }
        }
    }

    /// Doubles the table (at least 64 slots).
    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        let old = std::mem::replace(&mut self.slots, vec![Slot::FREE; size]);
        // Each slot moves whole: only its place is new.
        for slot in old.into_iter().filter(|s| s.id != NO_WORD) {
            let mut i = home(word_hash(self.word(slot.id as usize)), size);
            while self.slots[i].id != NO_WORD {
                i = (i + 1) & (size - 1);
            }
            self.slots[i] = slot;
        }
    }

    /// The id of the token text `s` folded, added if new; `folded` is scratch.
    pub(crate) fn insert_token(&mut self, s: &str, folded: &mut Vec<u8>) -> WordId {
        fold_token(s, folded);
        self.insert(folded)
    }

    /// Puts `word`, a lower-case form (as `str::to_lowercase` gives it) a recogniser asks
    /// about, in `classes`, and gives its id.
    ///
    /// Only a form of ASCII characters is added: the lower-case form of a token that is not
    /// ASCII is never told from the vocabulary, and no other token has a lower-case form
    /// beyond ASCII. A form with an ASCII capital or a backtick is no token's lower-case form
    /// that the vocabulary is asked about (an ASCII token's lower-case form has neither; a
    /// backtick folds to `'`), so it is left out too. A form with an apostrophe is the fold
    /// of tokens with a backtick or a curly apostrophe, whose lower-case forms differ from
    /// it: its classes are [`UNKNOWN`](WordClasses::UNKNOWN), and the recogniser asks its
    /// own lexicon about the tokens that fold to it.
    pub(crate) fn add_classes(&mut self, word: &str, classes: WordClasses) -> Option<WordId> {
        let lower = word.is_ascii() && !word.bytes().any(|b| b == b'`' || b.is_ascii_uppercase());
        if !lower || !classes.is_known() {
            return None;
        }
        let id = self.insert(word.as_bytes());
        let c = &mut self.classes[id as usize];
        *c = if word.contains('\'') {
            WordClasses::UNKNOWN
        } else {
            *c | classes
        };
        Some(id)
    }

    /// The id of `s` (a token's text, or any string) folded, or [`NO_WORD`]; `folded` is
    /// scratch.
    pub(crate) fn lookup(&self, s: &str, folded: &mut Vec<u8>) -> WordId {
        fold_token(s, folded);
        self.get(folded)
    }

    /// Reads the words of `tokens` of `text` into `out`: each token's word id, one look-up
    /// each, which tokens are not ASCII (their classes are not told by their ids), and each
    /// token's [`facts`] (read from the bytes the look-up loads).
    #[inline(never)]
    pub(crate) fn read(&self, text: &str, tokens: &[Token], out: &mut TextWords) {
        let TextWords {
            ids,
            inexact,
            facts,
        } = out;
        ids.clear();
        inexact.clear();
        inexact.resize(tokens.len().div_ceil(64), 0);
        ids.resize(tokens.len(), NO_WORD);
        if self.slots.is_empty() {
            facts::fill(text, tokens, facts);
            return;
        }
        facts.clear();
        facts.resize(tokens.len(), 0);
        let mut buf = [0u8; SHORT];
        let mut folded = Vec::new();
        let bytes = text.as_bytes();
        let shift = 64 - self.slots.len().trailing_zeros();
        for (i, ((t, out), fact)) in tokens
            .iter()
            .zip(ids.iter_mut())
            .zip(facts.iter_mut())
            .enumerate()
        {
            let (id, shape) = match self.read_ascii8(bytes, t, shift) {
                Some(read) => read,
                None => self.read_token(text, t, shift, &mut buf, &mut folded, (i, inexact)),
            };
            *out = id;
            // (`WORD` is the lowest bit.)
            let word = u8::from(t.kind == TokenKind::Word);
            let next = tokens.get(i + 1).map(|n| n.span.start);
            *fact = shape | word | facts::layout(bytes, t.span.end, next);
        }
    }

    /// [`read_token`](Self::read_token) of a token `t` of one to eight ASCII bytes of
    /// `bytes` that are followed by enough text to read eight bytes at once (most tokens),
    /// with fewer tests; `None` for any other token.
    #[inline(always)]
    fn read_ascii8(&self, bytes: &[u8], t: &Token, shift: u32) -> Option<(WordId, u8)> {
        let start = t.span.start;
        let len = t.span.end.wrapping_sub(start);
        if len.wrapping_sub(1) >= 8 {
            return None;
        }
        let chunk = bytes.get(start..)?.first_chunk::<8>()?;
        // The token's bytes only (`len` is 1 to 8).
        let x = u64::from_le_bytes(*chunk) & (u64::MAX >> (64 - 8 * len));
        if x & lanes(0x80) != 0 {
            return None;
        }
        if len == 1 {
            // No one-byte word at all when `single` is empty.
            let id = self.single.get(x as usize).copied().unwrap_or(NO_WORD);
            return Some((id, facts::single(x as u8)));
        }
        let (f, upper) = fold_upper(x);
        let h = ((len as u64).wrapping_mul(SEED).rotate_left(5) ^ f).wrapping_mul(SEED);
        let shape = facts::ascii8_folded(f, upper, len);
        Some((self.short_id(f, 0, h, len, shift), shape))
    }

    /// The word id of token `t` of `text` and the facts of its text alone
    /// ([`facts::of_text`]), for the tokens [`read_ascii8`](Self::read_ascii8) does not read
    /// (longer, beyond ASCII, at the end of the text); `shift` places a hash in the table
    /// (see [`home`]), which is not empty; `buf` and `folded` are scratch. A token beyond ASCII (read the slow way: the
    /// fast ways read ASCII only) is marked in `inexact`, where `t` is token `i`.
    #[inline(always)]
    fn read_token(
        &self,
        text: &str,
        t: &Token,
        shift: u32,
        buf: &mut [u8; SHORT],
        folded: &mut Vec<u8>,
        (i, inexact): (usize, &mut [u64]),
    ) -> (WordId, u8) {
        let bytes = text.as_bytes();
        // Bytes first (no char boundary checks): most tokens are short ASCII words.
        let len = t.span.end.saturating_sub(t.span.start);
        // A token of one ASCII byte (punctuation, a digit): its fold's id at once.
        if len == 1 {
            if let Some((&id, b)) = bytes
                .get(t.span.start)
                .and_then(|&b| Some((self.single.get(usize::from(b))?, b)))
            {
                return (id, facts::single(b));
            }
        }
        // Then a word of nine to sixteen ASCII bytes, read as two numbers.
        let sixteen = (t.span.start.checked_add(16))
            .filter(|_| (9..=16).contains(&len))
            .and_then(|end| bytes.get(t.span.start..end));
        if let Some(c) = sixteen {
            let (mut lo, mut hi) = ([0u8; 8], [0u8; 8]);
            lo.copy_from_slice(&c[..8]);
            hi.copy_from_slice(&c[8..]);
            let lo = u64::from_le_bytes(lo);
            let hi = u64::from_le_bytes(hi) & (u64::MAX >> (128 - 8 * len));
            if (lo | hi) & lanes(0x80) == 0 {
                let ((f, upper_lo), (g, upper_hi)) = (fold_upper(lo), fold_upper(hi));
                let h = ((len as u64).wrapping_mul(SEED).rotate_left(5) ^ f).wrapping_mul(SEED);
                let h = (h.rotate_left(5) ^ g).wrapping_mul(SEED);
                let shape = facts::ascii16_folded((f, g), (upper_lo, upper_hi), len);
                return (self.short_id(f, g, h, len, shift), shape);
            }
        }
        let s = t.text(text);
        let shape = facts::of_text(s);
        if shape & facts::ASCII == 0 {
            if let Some(b) = inexact.get_mut(i / 64) {
                *b |= 1 << (i % 64);
            }
        }
        let id = match fold_hash_short(bytes, t.span.start, len, buf) {
            Some(s) => self.slots[self.slot(s.folded, s.hash, s.head)].id,
            None => {
                fold_token(s, folded);
                self.get(folded)
            }
        };
        (id, shape)
    }

    /// The classes of the lower-case form of token `i` of `words` (read by
    /// [`read`](Self::read) from this vocabulary): [`WordClasses::UNKNOWN`] when its id
    /// cannot tell, or there is no such token.
    #[inline]
    pub(crate) fn classes(&self, words: &TextWords, i: usize) -> WordClasses {
        let known = words
            .inexact
            .get(i / 64)
            .is_some_and(|b| b >> (i % 64) & 1 == 0);
        match words.ids.get(i) {
            Some(&id) if known => self
                .classes
                .get(id as usize)
                .copied()
                .unwrap_or(WordClasses::NONE),
            _ => WordClasses::UNKNOWN,
        }
    }
}

/// The words of one text, as [`Vocabulary::read`] found them: per token, its word id, and
/// whether the id tells its classes.
#[derive(Debug, Default)]
pub(crate) struct TextWords {
    ids: Vec<WordId>,
    /// One bit per token: it is not ASCII, so its lower-case form may not be its fold.
    inexact: Vec<u64>,
    /// The [`facts`] of each token.
    facts: Vec<u8>,
}

impl TextWords {
    /// The word id of each token ([`NO_WORD`] where none).
    #[inline]
    pub(crate) fn ids(&self) -> &[WordId] {
        &self.ids
    }

    /// The [`facts`] of each token.
    #[inline]
    pub(crate) fn facts(&self) -> &[u8] {
        &self.facts
    }

    /// How many tokens the lists hold memory for.
    pub(crate) fn capacity(&self) -> usize {
        self.ids.capacity()
    }

    /// The word id of token `i` ([`NO_WORD`] when none, or no such token).
    #[cfg(test)]
    pub(crate) fn id(&self, i: usize) -> WordId {
        self.ids.get(i).copied().unwrap_or(NO_WORD)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Tokenizer;

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
                    Some(f) => {
                        assert_eq!(f.folded, &folded[..], "{s:?}");
                        assert_eq!(f.hash, word_hash(&folded), "{s:?}");
                        assert_eq!(f.head, head(&folded), "{s:?}");
                    }
                    None => assert!(!s.is_ascii() || s.len() > SHORT, "{s:?}"),
                }
            }
        }
    }

    #[test]
    fn facts_from_the_fold_agree_with_the_text() {
        // Random ASCII tokens of one to sixteen bytes, capitals, letters' neighbours and the
        // backtick among them: the facts read off the fold are those of the text.
        let mut seed = 0x1234_5678_9abc_def1;
        for _ in 0..20_000 {
            let s = crate::text::random_ascii_word(&mut seed);
            let len = s.len();
            let mut w = [0u8; 16];
            w[..len].copy_from_slice(s.as_bytes());
            let lo = u64::from_le_bytes(w[..8].try_into().unwrap());
            let hi = u64::from_le_bytes(w[8..].try_into().unwrap());
            let ((f, upper_lo), (g, upper_hi)) = (fold_upper(lo), fold_upper(hi));
            // The fold and the capitals are those of the bytes one by one.
            let (mut folded, mut upper) = ([0u8; 16], [0u8; 16]);
            for (i, c) in s.chars().enumerate() {
                folded[i] = fold_char(c) as u8;
                upper[i] = if c.is_ascii_uppercase() { 0x80 } else { 0 };
            }
            assert_eq!([f.to_le_bytes(), g.to_le_bytes()].concat(), folded, "{s:?}");
            let capitals = [upper_lo.to_le_bytes(), upper_hi.to_le_bytes()].concat();
            assert_eq!(capitals, upper, "{s:?}");
            let fast = if len <= 8 {
                facts::ascii8_folded(f, upper_lo, len)
            } else {
                facts::ascii16_folded((f, g), (upper_lo, upper_hi), len)
            };
            assert_eq!(fast, facts::of_text(&s), "{s:?}");
        }
    }

    #[test]
    fn read_finds_words_of_every_length_as_lookup_does() {
        // Words of one to twenty letters, each added; the text writes them in capitals and
        // adds words of each length that are not in the vocabulary, so that the fast paths
        // (up to eight bytes, up to sixteen) and the slow one (longer words, the end of the
        // text) are all taken, with words that share a head.
        let mut v = Vocabulary::default();
        let mut scratch = Vec::new();
        let mut text = String::new();
        for len in 1..=20 {
            let word: String = "abcdefghijklmnopqrstu".chars().take(len).collect();
            v.insert_token(&word, &mut scratch);
            let other: String = "abcdefghijklmnopqrstu".chars().skip(1).take(len).collect();
            text.push_str(&word.to_uppercase());
            text.push(' ');
            text.push_str(&other);
            text.push(' ');
        }
        text.push_str("abcdefghi abcd");
        let tokens = Tokenizer::builtin().analyze(&text).tokens;
        let mut words = TextWords::default();
        v.read(&text, &tokens, &mut words);
        for (i, t) in tokens.iter().enumerate() {
            let s = t.text(&text);
            assert_eq!(words.id(i), v.lookup(s, &mut scratch), "{s:?}");
        }
        assert_ne!(
            words.id(tokens.len() - 1),
            NO_WORD,
            "a word at the end of the text"
        );
    }

    #[test]
    fn read_finds_the_facts_the_tokens_have_one_by_one() {
        // Every fast path and the slow one (one byte, up to eight, up to sixteen, longer,
        // beyond ASCII, the end of the text), with a vocabulary and without one.
        let mut v = Vocabulary::default();
        let mut scratch = Vec::new();
        for w in ["a", ",", "dprd", "kaltim"] {
            v.insert_token(w, &mut scratch);
        }
        let texts = [
            "DPRD Kaltim: rapat A , TNI-AL\nSÉPTEMBER Séptember  ÉÉ\n\n(17/6/2021) ",
            "KEMENTERIANKESEHATAN Kementerian-Kesehatan KEMENTERIAN kementerianpendidikan x",
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghIJKLMNOP a.b. Z",
            "",
        ];
        let mut words = TextWords::default();
        let mut expected = Vec::new();
        for text in texts {
            let tokens = Tokenizer::builtin().analyze(text).tokens;
            crate::text::facts::fill(text, &tokens, &mut expected);
            for vocabulary in [&v, &Vocabulary::default()] {
                vocabulary.read(text, &tokens, &mut words);
                assert_eq!(words.facts(), &expected[..], "{text:?}");
                // The tokens beyond ASCII (read the slow way) are the inexact ones, where
                // the vocabulary is not empty.
                let marked: Vec<bool> = (0..tokens.len())
                    .map(|i| words.inexact[i / 64] >> (i % 64) & 1 == 1)
                    .collect();
                let beyond: Vec<bool> = tokens
                    .iter()
                    .map(|t| !vocabulary.slots.is_empty() && !t.text(text).is_ascii())
                    .collect();
                assert_eq!(marked, beyond, "{text:?}");
            }
        }
    }

    #[test]
    fn one_byte_tokens_get_the_ids_of_their_folds() {
        // Some one-byte words (a letter, punctuation, a digit, the apostrophe a backtick
        // folds to) and tokens of every ASCII byte: each read as looked up, those of a
        // one-byte word at the end of the text too.
        let mut v = Vocabulary::default();
        let mut scratch = Vec::new();
        for w in ["a", ",", ".", "7", "'", "kab."] {
            v.insert_token(w, &mut scratch);
        }
        let mut text: String = (33u8..127).map(|b| format!("{} ", char::from(b))).collect();
        text.push('A');
        let tokens = Tokenizer::builtin().analyze(&text).tokens;
        let mut words = TextWords::default();
        v.read(&text, &tokens, &mut words);
        let mut found = 0;
        for (i, t) in tokens.iter().enumerate() {
            let s = t.text(&text);
            let id = v.lookup(s, &mut scratch);
            assert_eq!(words.id(i), id, "{s:?}");
            found += usize::from(id != NO_WORD);
        }
        // `a`, `A` twice, `,`, `.`, `7`, `'` and the backtick.
        assert_eq!(found, 8);
        assert_eq!(words.id(tokens.len() - 1), v.lookup("a", &mut scratch));
    }

    const STOP: WordClasses = WordClasses::class(0);
    const NAME: WordClasses = WordClasses::class(1);

    #[test]
    fn words_are_numbered_once_and_keep_their_classes() {
        let mut v = Vocabulary::default();
        let mut scratch = Vec::new();
        let kab = v.insert_token("Kab.", &mut scratch);
        assert_eq!(v.insert_token("KAB.", &mut scratch), kab);
        assert_eq!(v.add_classes("yang", STOP), v.add_classes("yang", NAME));
        assert_eq!(v.add_classes("kab.", NAME), Some(kab));
        // Not lower-case forms that are their own fold: never asked through the vocabulary.
        assert_eq!(v.add_classes("école", NAME), None);
        assert_eq!(v.add_classes("Budi", NAME), None);
        assert_eq!(v.add_classes("a`b", NAME), None);
        let jumat = v.add_classes("jum'at", NAME).unwrap();
        assert_eq!(v.classes[jumat as usize], WordClasses::UNKNOWN);
        assert_eq!(
            v.lookup("YANG", &mut scratch),
            v.add_classes("yang", NONE_CLASSES).unwrap()
        );
        assert_eq!(v.lookup("tidak", &mut scratch), NO_WORD);
        assert_eq!(v.len(), 3);
        // Many words grow the table and keep their ids.
        let ids: Vec<WordId> = (0..3000)
            .map(|i| v.insert_token(&format!("kata{i}"), &mut scratch))
            .collect();
        for (i, id) in ids.iter().enumerate() {
            assert_eq!(v.lookup(&format!("Kata{i}"), &mut scratch), *id);
        }
    }

    const NONE_CLASSES: WordClasses = WordClasses::NONE;

    #[test]
    fn classes_intersect_where_they_share_one() {
        let both = STOP | NAME;
        assert_eq!(both.intersects(STOP), Some(true));
        assert_eq!(NAME.intersects(both), Some(true));
        assert_eq!(STOP.intersects(NAME), Some(false));
        assert_eq!(NONE_CLASSES.intersects(both), Some(false));
        assert_eq!(WordClasses::UNKNOWN.intersects(both), None);
    }

    #[test]
    fn tokens_get_their_ids_and_exact_classes() {
        let mut v = Vocabulary::default();
        v.add_classes("yang", STOP);
        v.add_classes("budi", NAME);
        v.add_classes("sa'bani", NAME);
        v.add_classes("kata", STOP);
        let mut scratch = Vec::new();
        let kab = v.insert_token("Kab.", &mut scratch);
        let text = "Budi YANG kab. Sa'bani Sa\u{2019}bani ÉCOLE \u{212A}ata itu \
                    Pemberdayaanmasyarakatdesakabupaten Kata";
        let tokens = Tokenizer::builtin().analyze(text).tokens;
        let mut words = TextWords::default();
        v.read(text, &tokens, &mut words);
        let classes: Vec<WordClasses> = (0..tokens.len()).map(|i| v.classes(&words, i)).collect();
        assert_eq!(
            classes,
            vec![
                NAME,
                STOP,
                NONE_CLASSES,
                // A word with an apostrophe is asked by string: `Sa’bani` folds to it too.
                WordClasses::UNKNOWN,
                WordClasses::UNKNOWN,
                WordClasses::UNKNOWN,
                // The Kelvin sign lower-cases to an ASCII `k`.
                WordClasses::UNKNOWN,
                NONE_CLASSES,
                NONE_CLASSES,
                STOP,
            ]
        );
        assert_eq!(words.id(2), kab);
        assert_eq!(words.id(3), words.id(4), "one fold, one word");
        assert_eq!(words.id(7), NO_WORD);
        assert_eq!(v.classes(&words, 99), WordClasses::UNKNOWN);
        assert_eq!(STOP.contains(STOP), Some(true));
        assert_eq!((STOP | NAME).contains(NAME), Some(true));
        assert_eq!(NONE_CLASSES.contains(NAME), Some(false));
        assert_eq!(WordClasses::UNKNOWN.contains(STOP), None);
    }
}
