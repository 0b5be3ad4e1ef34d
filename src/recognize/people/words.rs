//! A set of words kept end to end in one buffer: the large word lists of the people
//! recogniser (dictionary words, given names) are built without one allocation per word.

use std::hash::BuildHasher;

use crate::text::hash::FastState;

/// A set of strings stored end to end in one buffer and found through an open-addressing
/// table (linear probing, at most half full) of their indices.
#[derive(Clone, Debug, Default)]
pub(super) struct WordSet {
    text: String,
    /// Byte range of each word in `text`.
    words: Vec<(usize, usize)>,
    /// One more than the index in `words` of the word in each slot, 0 for an empty slot; a
    /// power of two long (or empty).
    slots: Vec<u32>,
    state: FastState,
}

impl WordSet {
    /// An empty set with room for about `n` words.
    pub(super) fn with_capacity(n: usize) -> WordSet {
        let mut set = WordSet::default();
        set.words.reserve(n);
        set.rehash((2 * n).next_power_of_two().max(16));
        set
    }

    /// Adds `word` in lower case (as `str::to_lowercase` gives it).
    pub(super) fn insert_lowercase(&mut self, word: &str) {
        let start = self.text.len();
        if word.is_ascii() {
            self.text.push_str(word);
            self.text[start..].make_ascii_lowercase();
        } else {
            self.text.push_str(&word.to_lowercase());
        }
        let end = self.text.len();
        if self.find(&self.text.as_bytes()[start..end]).is_ok() {
            self.text.truncate(start);
            return;
        }
        if (self.words.len() + 1) * 2 > self.slots.len() {
            self.rehash((self.slots.len() * 2).max(16));
        }
        self.words.push((start, end));
        let index = self.words.len() as u32;
        if let Err(slot) = self.find(&self.text.as_bytes()[start..end]) {
            self.slots[slot] = index;
        }
    }

    /// Whether `word` (as given: no case folding) is in the set.
    #[inline]
    pub(super) fn contains(&self, word: &str) -> bool {
        self.find(word.as_bytes()).is_ok()
    }

    /// The words, in the order added.
    pub(super) fn iter(&self) -> impl Iterator<Item = &str> + '_ {
        self.words.iter().map(|&(a, b)| &self.text[a..b])
    }

    /// How many words the set has.
    #[cfg(test)]
    pub(super) fn len(&self) -> usize {
        self.words.len()
    }

    /// The slot holding `word` (`Ok`), or the empty slot where it would go (`Err`).
    #[inline]
    fn find(&self, word: &[u8]) -> Result<usize, usize> {
        if self.slots.is_empty() {
            return Err(0);
        }
        let mask = self.slots.len() - 1;
        let mut i = self.state.hash_one(word) as usize & mask;
        // At most half the slots are taken: an empty one ends every probe.
        loop {
            let s = self.slots[i];
            if s == 0 {
                return Err(i);
            }
            let (a, b) = self.words[s as usize - 1];
            if self.text.as_bytes().get(a..b) == Some(word) {
                return Ok(i);
            }
            i = (i + 1) & mask;
        }
    }

    /// Rebuilds the table with `len` slots (a power of two).
    fn rehash(&mut self, len: usize) {
        self.slots.clear();
        self.slots.resize(len, 0);
        for k in 0..self.words.len() {
            let (a, b) = self.words[k];
            if let Err(slot) = self.find(&self.text.as_bytes()[a..b]) {
                self.slots[slot] = k as u32 + 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn holds_lower_case_words_once() {
        let mut set = WordSet::with_capacity(2);
        for w in ["Budi", "budi", "ÉCOLE", "sumber", "DAYA", "a", ""] {
            set.insert_lowercase(w);
        }
        assert_eq!(set.len(), 6);
        for w in ["budi", "école", "sumber", "daya", "a", ""] {
            assert!(set.contains(w), "{w}");
        }
        for w in ["Budi", "bud", "budii", "ÉCOLE", "sumberdaya"] {
            assert!(!set.contains(w), "{w}");
        }
        let words: Vec<&str> = set.iter().collect();
        assert_eq!(words, ["budi", "école", "sumber", "daya", "a", ""]);
    }

    #[test]
    fn grows_past_its_first_table() {
        let mut set = WordSet::with_capacity(1);
        let words: Vec<String> = (0..5000).map(|i| format!("kata{i}")).collect();
        for w in &words {
            set.insert_lowercase(w);
        }
        assert_eq!(set.len(), words.len());
        assert!(words.iter().all(|w| set.contains(w)));
        assert!(!set.contains("kata5000") && !set.contains("kata"));
    }

    #[test]
    fn empty_set_contains_nothing() {
        let set = WordSet::default();
        assert!(!set.contains("") && !set.contains("budi"));
    }
}
