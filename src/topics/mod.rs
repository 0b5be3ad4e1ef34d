//! Topics and their groundwork.
//!
//! * [`Stemmer`]: reduces Indonesian words to their roots, so that lexicon terms match every
//!   derived form (`perdagangan`, `berdagang`, `pedagang` all reduce to `dagang`).
//! * [`Stopwords`]: function words and news filler to leave out.
//! * [`TopicScorer`]: labels a document from a taxonomy of weighted terms matched on stems
//!   (the built-in one has the twenty labels of the gold schema; users may supply their own).
//! * [`KeyphraseExtractor`]: ranks the noun-phrase-like runs of content words.

pub mod keyphrase;
pub mod stem;
pub mod topic;

pub use keyphrase::{simple_tokens, KeyphraseExtractor};
pub use stem::Stemmer;
pub use topic::{simple_words, Stopwords, TopicScorer};
