//! Token-aligned dictionary matching: one pass of one Aho–Corasick automaton over a folded
//! view of the text, reporting every lexicon entry that starts and ends on token boundaries.
//!
//! The folded view joins the tokens' texts with single spaces (a newline where the original
//! has a line break between them, so entries never match across lines), with curly
//! apostrophes and backticks folded to `'`. Lexicon entries are tokenized with the same
//! tokenizer and joined the same way, so `Kepala  Dinas` (two spaces) matches the entry
//! `Kepala Dinas`, and `Sa’bani` matches `Sa'bani`. The view and the keys are ASCII-lowercased,
//! so matching is ASCII case-insensitive without doubling the automaton's transitions;
//! recognisers check the case of the original tokens where it matters.

use std::collections::HashMap;
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use crate::error::{Error, Result};
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
        let mut folded = String::with_capacity(text.len() + tokens.len());
        let mut starts = Vec::with_capacity(tokens.len());
        let mut prev_end = None;
        for t in tokens {
            if let Some(pe) = prev_end {
                // Tokens of another text give a garbled view, never a panic.
                let gap = text.get(pe..t.span.start).unwrap_or_default();
                folded.push(if gap.contains('\n') { '\n' } else { ' ' });
            }
            starts.push(folded.len());
            fold_into(t.text(text), &mut folded);
            prev_end = Some(t.span.end);
        }
        FoldedText {
            text: folded,
            starts,
        }
    }

    /// The folded string.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Index of the token starting at folded offset `at`, if one does.
    fn token_starting_at(&self, at: usize) -> Option<usize> {
        self.starts.binary_search(&at).ok()
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

/// A compiled dictionary of multi-token keys, each with one or more payloads.
#[derive(Debug, Clone)]
pub struct Dictionary<P> {
    automaton: AhoCorasick,
    payloads: Vec<Vec<P>>,
    /// Token count of each key.
    lengths: Vec<usize>,
}

/// Collects entries for a [`Dictionary`].
#[derive(Debug)]
pub struct DictionaryBuilder<'a, P> {
    tokenizer: &'a Tokenizer,
    keys: HashMap<String, usize>,
    patterns: Vec<String>,
    payloads: Vec<Vec<P>>,
    lengths: Vec<usize>,
}

impl<'a, P> DictionaryBuilder<'a, P> {
    /// A builder that normalises keys with `tokenizer`.
    pub fn new(tokenizer: &'a Tokenizer) -> Self {
        DictionaryBuilder {
            tokenizer,
            keys: HashMap::new(),
            patterns: Vec::new(),
            payloads: Vec::new(),
            lengths: Vec::new(),
        }
    }

    /// Adds `surface` with `payload`. Surfaces that fold to the same key share one key with
    /// several payloads. Empty surfaces are ignored.
    pub fn add(&mut self, surface: &str, payload: P) {
        let tokens = self.tokenizer.analyze(surface).tokens;
        if tokens.is_empty() {
            return;
        }
        let folded = FoldedText::new(surface, &tokens).text.to_ascii_lowercase();
        let next = self.patterns.len();
        let id = *self.keys.entry(folded.clone()).or_insert(next);
        if id == next {
            self.patterns.push(folded);
            self.payloads.push(Vec::new());
            self.lengths.push(tokens.len());
        }
        self.payloads[id].push(payload);
    }

    /// Compiles the automaton. Fails only when the keys are too many for any automaton.
    pub fn build(self) -> Result<Dictionary<P>> {
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&self.patterns)
            .or_else(|_| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::Standard)
                    .build(&self.patterns)
            })
            .map_err(|e| Error::Build(e.to_string()))?;
        Ok(Dictionary {
            automaton,
            payloads: self.payloads,
            lengths: self.lengths,
        })
    }
}

impl<P> Dictionary<P> {
    /// Number of distinct keys.
    pub fn len(&self) -> usize {
        self.payloads.len()
    }

    /// True when there are no keys.
    pub fn is_empty(&self) -> bool {
        self.payloads.is_empty()
    }

    /// The payloads of key `key` (none for a key this dictionary does not have).
    pub fn payloads(&self, key: usize) -> &[P] {
        self.payloads.get(key).map_or(&[], Vec::as_slice)
    }

    /// Every key occurrence that starts and ends on token boundaries, overlapping ones
    /// included, sorted by first token then by length (longest first).
    pub fn find(&self, folded: &FoldedText) -> Vec<DictMatch> {
        let hay = folded.text.as_bytes();
        let mut out = Vec::new();
        for m in self.automaton.find_overlapping_iter(&folded.text) {
            let (s, e) = (m.start(), m.end());
            let ends_on_boundary = e == hay.len() || hay[e] == b' ' || hay[e] == b'\n';
            if !ends_on_boundary {
                continue;
            }
            let Some(first) = folded.token_starting_at(s) else {
                continue;
            };
            let key = m.pattern().as_usize();
            out.push(DictMatch {
                tokens: first..first + self.lengths[key],
                key,
            });
        }
        out.sort_by(|a, b| {
            a.tokens
                .start
                .cmp(&b.tokens.start)
                .then(b.tokens.end.cmp(&a.tokens.end))
        });
        out
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
