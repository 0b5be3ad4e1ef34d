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
        if !self.insert_at(start, self.text.len()) {
            self.text.truncate(start);
        }
    }

    /// Adds the word at `start..end` of `text` (in lower case already), unless the set has
    /// it. Returns whether it was added.
    fn insert_at(&mut self, start: usize, end: usize) -> bool {
        // Room first, so that the slot the look-up ends on is where a new word goes (the
        // table's size decides no answer: it only spreads the words).
        if (self.words.len() + 1) * 2 > self.slots.len() {
            self.rehash((self.slots.len() * 2).max(16));
        }
        match self.find(&self.text.as_bytes()[start..end]) {
            Ok(_) => false,
            Err(slot) => {
                self.words.push((start, end));
                self.slots[slot] = self.words.len() as u32;
                true
            }
        }
    }

    /// Adds in lower case the words of `text`, a lexicon of the one column `header` (see
    /// [`crate::lexicon::format`]), when it is plainly one: each line a comment, blank, or
    /// one field without tabs or outer spaces, the header first, no line ending in `\r`.
    /// Returns false on any other text, having added some of its words in their order:
    /// the shared reader then reads it all (it adds the same words in the same order, the
    /// ones added here once, and tells what is wrong, if anything). The shared reader
    /// splits each record into fields; a one-column list (dictionary words, given names)
    /// needs no fields, and is read here line by line.
    ///
    /// The whole text is copied once with its ASCII letters in lower case, and its ASCII
    /// words are kept where they are in that copy (the comments and the words the set has
    /// already stay in it, unused), instead of being copied and lower-cased one by one.
    pub(super) fn insert_column(&mut self, text: &str, header: &str) -> bool {
        let bytes = text.as_bytes();
        let base = self.text.len();
        self.text.push_str(text);
        self.text[base..].make_ascii_lowercase();
        let all_ascii = text.is_ascii();
        let mut header_seen = false;
        let mut pos = 0;
        while pos < bytes.len() {
            let rest = &bytes[pos..];
            let len = rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len());
            let (mut line, mut line_start) = (&text[pos..pos + len], pos);
            if pos == 0 {
                if let Some(rest) = line.strip_prefix('\u{feff}') {
                    (line, line_start) = (rest, '\u{feff}'.len_utf8());
                }
            }
            pos += len + 1;
            let (Some(&first), Some(&last)) = (line.as_bytes().first(), line.as_bytes().last())
            else {
                continue;
            };
            if first == b'#' {
                continue;
            }
            if last == b'\r' {
                return false;
            }
            let plain = |b: u8| b.is_ascii() && !char::from(b).is_whitespace();
            if !(plain(first) && plain(last)) {
                let trimmed = line.trim();
                if trimmed.is_empty() {
                    continue;
                }
                if trimmed.len() != line.len() {
                    return false;
                }
            }
            if !header_seen {
                if line != header {
                    return false;
                }
                header_seen = true;
                continue;
            }
            if line.as_bytes().contains(&b'\t') {
                return false;
            }
            if all_ascii || line.is_ascii() {
                let start = base + line_start;
                self.insert_at(start, start + line.len());
            } else {
                self.insert_lowercase(line);
            }
        }
        header_seen
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

/// The first and last bytes of a set of lower-case words, as bits: a word whose first and
/// last bytes are ASCII is in the set only when its pair of them (in lower case) is here, which
/// is told without lower-casing and hashing it (most words ending in `-nya` end no title).
#[derive(Clone, Debug, Default)]
pub(super) struct EndBytes([u64; 16]);

impl EndBytes {
    /// The pairs of `words`, lower-case forms (as `str::to_lowercase` gives them).
    pub(super) fn new<'w>(words: impl Iterator<Item = &'w str>) -> EndBytes {
        let mut ends = EndBytes::default();
        for w in words {
            if let Some(bit) = EndBytes::bit(w) {
                ends.0[bit / 64] |= 1 << (bit % 64);
            }
        }
        ends
    }

    /// The bit of `w`'s first and last bytes in lower case; `None` when either is beyond
    /// ASCII (or `w` is empty).
    fn bit(w: &str) -> Option<usize> {
        let (&first, &last) = (w.as_bytes().first()?, w.as_bytes().last()?);
        (first.is_ascii() && last.is_ascii()).then(|| {
            usize::from(first.to_ascii_lowercase() & 31) << 5
                | usize::from(last.to_ascii_lowercase() & 31)
        })
    }

    /// Whether the lower-case form of `w` may be one of the words: always when its first or
    /// last byte is beyond ASCII (an ASCII character's lower-case form is the ASCII one, so
    /// such a word's form has the ends read here).
    pub(super) fn may_hold(&self, w: &str) -> bool {
        EndBytes::bit(w).map_or(true, |bit| self.0[bit / 64] >> (bit % 64) & 1 == 1)
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

    /// The words the shared reader gives for `text` (`None`: an error), added to `set`.
    fn read_shared(mut set: WordSet, text: &str) -> Option<Vec<String>> {
        crate::lexicon::format::for_each("test", text, &["word"], 1, |rec| {
            set.insert_lowercase(rec.get(0));
            Ok(())
        })
        .ok()?;
        Some(set.iter().map(String::from).collect())
    }

    #[test]
    fn column_reader_agrees_with_the_shared_reader() {
        let plain = [
            "# a list\nword\nBudi\nsumber\n\n  \nDaya\nbudi\n# end",
            "\u{feff}word\nÉcole\nKata Dasar\nx",
            "#\n\nword\n\u{a0}\nsatu\n",
            // A byte-order mark after the first line is a character of the word.
            "word\nsatu\n\u{feff}dua\n",
            "word",
        ];
        let other = [
            "word\r\nsatu\r\ndua\r\n",
            "word\nsatu\tdua\n",
            "word\nsatu\n dua\n",
            "word\nsatu\ndua\u{a0}\n",
            "kata\nsatu\n",
            "word\tclass\nsatu\n",
            "# only comments\n",
            "",
            "satu\nword\n",
            "word\nsatu\ndua\r",
        ];
        for (text, fast) in plain
            .iter()
            .map(|t| (t, true))
            .chain(other.iter().map(|t| (t, false)))
        {
            let mut set = WordSet::with_capacity(4);
            let read = set.insert_column(text, "word");
            assert_eq!(read, fast, "{text:?}");
            let got = if read {
                Some(set.iter().map(String::from).collect())
            } else {
                read_shared(set, text)
            };
            assert_eq!(got, read_shared(WordSet::default(), text), "{text:?}");
        }
    }

    #[test]
    fn empty_set_contains_nothing() {
        let set = WordSet::default();
        assert!(!set.contains("") && !set.contains("budi"));
    }

    #[test]
    fn end_bytes_hold_every_word_and_stop_most_others() {
        let words = ["bicara", "eksekutif", "ketua", "énergie", "a"];
        let ends = EndBytes::new(words.iter().copied());
        for w in words
            .iter()
            .chain(&["BICARA", "Ketua", "kota", "Énergie", "A", ""])
        {
            let listed = words.contains(&&*w.to_lowercase());
            assert!(!listed || ends.may_hold(w), "{w}");
        }
        for w in ["lain", "diri", "pihak", "warga"] {
            assert!(!ends.may_hold(w), "{w}");
        }
    }
}
