//! PLACEHOLDER tokenizer (unicode word bounds) until the Indonesian tokenizer lands.

use unicode_segmentation::UnicodeSegmentation;

use super::token::{Sentence, Span, Token, TokenKind};
use crate::error::Result;

/// Tokens and sentences of one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences in text order; their token ranges index `tokens`.
    pub sentences: Vec<Sentence>,
}

/// Tokenizer and sentence splitter for Indonesian news text, built once from an abbreviation
/// lexicon.
#[derive(Clone, Debug)]
pub struct Tokenizer {}

impl Tokenizer {
    /// Builds a tokenizer from abbreviation lexicons.
    pub fn from_lexicons(_lexicons: &[crate::lexicon::LexiconText]) -> Result<Tokenizer> {
        Ok(Tokenizer {})
    }

    /// The tokenizer with the built-in abbreviation lexicon.
    pub fn builtin() -> Tokenizer {
        Tokenizer {}
    }

    /// Tokenizes and splits `text` into sentences.
    pub fn analyze(&self, text: &str) -> Analysis {
        let mut tokens = Vec::new();
        let mut chars = 0;
        let mut last = 0;
        for (i, w) in text.split_word_bound_indices() {
            chars += text[last..i].chars().count();
            last = i;
            let n = w.chars().count();
            if !w.trim().is_empty() {
                let kind = if w.chars().all(char::is_alphanumeric) {
                    TokenKind::Word
                } else {
                    TokenKind::Punctuation
                };
                tokens.push(Token {
                    span: Span {
                        start: i,
                        end: i + w.len(),
                        char_start: chars,
                        char_end: chars + n,
                    },
                    kind,
                });
            }
        }
        let mut sentences = Vec::new();
        let mut first = 0;
        for (i, t) in tokens.iter().enumerate() {
            let s = t.text(text);
            if s == "." || s == "!" || s == "?" || i + 1 == tokens.len() {
                sentences.push(Sentence {
                    span: tokens[first].span.cover(&t.span),
                    tokens: first..i + 1,
                });
                first = i + 1;
            }
        }
        Analysis { tokens, sentences }
    }
}
