//! # warta
//!
//! Structured extraction from Bahasa Indonesia news text and government press releases.
//!
//! ```
//! let extractor = warta::Extractor::builder()
//!     .reference_date("2021-06-17")
//!     .build()?;
//! let doc = extractor.extract("SAMARINDA – Gubernur Kaltim H Isran Noor membuka rapat.");
//! assert!(!doc.sentences.is_empty());
//! println!("{}", serde_json::to_string(&doc).unwrap());
//! # Ok::<(), warta::Error>(())
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

pub mod document;
mod error;
mod extractor;
pub mod lexicon;
pub mod recognize;
mod resolve;
pub mod text;
pub mod topics;

pub use document::{Document, Entity, EntityData, EntityKind};
pub use error::{Error, Result};
pub use extractor::{parse_date, Extractor, ExtractorBuilder};
pub use lexicon::{LexiconKind, LexiconText};
