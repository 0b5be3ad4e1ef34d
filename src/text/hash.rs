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

#[cfg(test)]
mod tests {
    use super::*;

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
