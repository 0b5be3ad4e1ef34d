//! Topics and their groundwork: the Indonesian stemmer ([`Stemmer`]) that lets lexicon
//! terms match every derived form of a word (`perdagangan`, `berdagang`, `pedagang` all
//! reduce to `dagang`).

pub mod stem;

pub use stem::Stemmer;
