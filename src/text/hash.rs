//! The hash maps of the crate: std's `HashMap`/`HashSet` with foldhash's fast hasher.
//!
//! Many keys come from the input text (entity surface forms, words of a document), so the
//! hasher must not be one an attacker can precompute collisions for: foldhash seeds each map
//! from a per-process random value, and is several times faster than std's SipHash on the
//! short keys warta looks up (words, abbreviations, names).

use std::collections::{HashMap, HashSet};

/// The hasher state of every map in the crate.
pub(crate) type FastState = foldhash::fast::RandomState;
/// A `HashMap` with the fast, seeded hasher.
pub(crate) type FoldHashMap<K, V> = HashMap<K, V, FastState>;
/// A `HashSet` with the fast, seeded hasher.
pub(crate) type FoldHashSet<K> = HashSet<K, FastState>;

/// A one-hash Bloom filter over the keys of a small, fixed lexicon: answers "certainly not a
/// key" for most words in a few instructions per byte, before a real map lookup. It decides
/// nothing on its own (a word that passes is still looked up), so collisions cost time only.
#[derive(Clone, Debug, Default)]
pub(crate) struct KeyFilter {
    bits: Vec<u64>,
}

impl KeyFilter {
    /// Bits of the filter: with about a thousand keys, a few words in a hundred pass it.
    const BITS: u32 = 1 << 14;

    /// The filter of `keys`, compared as bytes with `fold` applied to each byte.
    pub(crate) fn new<'k>(keys: impl Iterator<Item = &'k [u8]>, fold: fn(u8) -> u8) -> KeyFilter {
        let mut bits = vec![0u64; (Self::BITS / 64) as usize];
        for key in keys {
            let h = Self::slot(key, fold);
            bits[h / 64] |= 1 << (h % 64);
        }
        KeyFilter { bits }
    }

    /// False when `key` (folded with the same `fold` as the keys) is certainly not a key.
    #[inline]
    pub(crate) fn may_contain(&self, key: &[u8], fold: fn(u8) -> u8) -> bool {
        let h = Self::slot(key, fold);
        self.bits
            .get(h / 64)
            .is_some_and(|w| w >> (h % 64) & 1 != 0)
    }

    /// FNV-1a over the folded bytes, reduced to a bit index.
    #[inline]
    fn slot(key: &[u8], fold: fn(u8) -> u8) -> usize {
        let mut h: u32 = 0x811C_9DC5;
        for &b in key {
            h = (h ^ u32::from(fold(b))).wrapping_mul(0x0100_0193);
        }
        (h >> (32 - Self::BITS.trailing_zeros())) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_filter_passes_every_key_and_rejects_most_others() {
        let keys = ["dll", "Jl", "S.Sos", "M.Si", "kab", "Ph.D"];
        let same = |b: u8| b;
        let f = KeyFilter::new(keys.iter().map(|k| k.as_bytes()), same);
        for k in keys {
            assert!(f.may_contain(k.as_bytes(), same), "{k}");
        }
        let others = [
            "kata",
            "rumah",
            "Jakarta",
            "pemerintah",
            "dan",
            "yang",
            "di",
            "ke",
        ];
        let passed = others
            .iter()
            .filter(|w| f.may_contain(w.as_bytes(), same))
            .count();
        assert!(passed <= 1, "{passed}");
        let lower = |b: u8| b.to_ascii_lowercase();
        let f = KeyFilter::new(keys.iter().map(|k| k.as_bytes()), lower);
        assert!(f.may_contain(b"DLL", lower) && f.may_contain(b"s.sos", lower));
        assert!(!KeyFilter::default().may_contain(b"dll", same));
    }

    #[test]
    fn maps_work_with_str_keys() {
        let mut m: FoldHashMap<Box<str>, u32> = FoldHashMap::default();
        m.insert("dll".into(), 1);
        m.insert("S.Sos".into(), 2);
        assert_eq!(m.get("dll"), Some(&1));
        assert_eq!(m.get("S.Sos"), Some(&2));
        assert_eq!(m.get("dl"), None);
    }

    #[test]
    fn two_maps_hash_differently() {
        use std::hash::BuildHasher;
        let (a, b) = (FastState::default(), FastState::default());
        let differ = ["Kaltim", "Balikpapan", "UMKM", "x"]
            .iter()
            .any(|k| a.hash_one(k) != b.hash_one(k));
        assert!(
            differ,
            "maps must be seeded, not share one fixed hash function"
        );
    }
}
