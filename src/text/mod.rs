//! Text analysis: tokens and sentences of Indonesian news text, with byte and char spans into
//! the original text.

mod token;
mod tokenizer;

pub use token::{Sentence, Span, Token, TokenKind};
pub use tokenizer::{Analysis, Tokenizer};
