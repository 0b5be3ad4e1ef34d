//! Topics and key phrases.
//!
//! * [`Stemmer`]: reduces Indonesian words to their roots, so that lexicon terms match every
//!   derived form (`perdagangan`, `berdagang`, `pedagang` all reduce to `dagang`).
//! * [`Stopwords`]: function words and news filler to leave out.
//! * [`DocWords`]: one document's words from the tokenizer, each distinct form stemmed once;
//!   [`WordReader`] reads them remembering forms across documents.
//! * [`TopicScorer`]: labels a document from a taxonomy of weighted terms matched on stems
//!   (the built-in one has the twenty labels of the gold schema; users may supply their own).
//! * [`KeyphraseExtractor`]: ranks candidate phrases YAKE-style over stems.

pub mod keyphrase;
pub mod stem;
pub mod topic;
pub mod words;

pub use keyphrase::{KeyphraseExtractor, NameWords};
pub use stem::Stemmer;
pub use topic::{Stopwords, TopicScorer};
pub use words::{DocWords, WordReader};
