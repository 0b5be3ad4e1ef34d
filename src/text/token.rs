//! Tokens, spans and sentences: the units every recogniser works on.

use serde::{Deserialize, Serialize};

/// A half-open range `[start, end)` of the original text, in UTF-8 bytes and in Unicode
/// scalar values (chars).
///
/// `&text[span.start..span.end]` is always valid for the text the span was produced from:
/// byte offsets fall on char boundaries. Char offsets are what JSON consumers (Python,
/// JavaScript) index strings with.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
    /// First char of the span.
    pub char_start: usize,
    /// One past the last char of the span.
    pub char_end: usize,
}

impl Span {
    /// A span over ASCII text, where char offsets are byte offsets (for tests).
    #[cfg(test)]
    pub(crate) fn ascii(start: usize, end: usize) -> Span {
        Span {
            start,
            end,
            char_start: start,
            char_end: end,
        }
    }

    /// The byte range of the span, for slicing the original text.
    #[inline]
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers nothing.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }

    /// The smallest span covering both `self` and `other`.
    #[inline]
    pub fn cover(&self, other: &Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
            char_start: self.char_start.min(other.char_start),
            char_end: self.char_end.max(other.char_end),
        }
    }
}

/// What a token is. The tokenizer decides this from the surface form alone; recognisers
/// decide what it means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum TokenKind {
    /// A word: letters, possibly with inner hyphens (`kupu-kupu`, `se-Kaltim`), apostrophes
    /// (`Mas'ud`, `Sa’bani`) or digits (`COVID-19`).
    Word,
    /// An abbreviation written with periods, from the abbreviation lexicon (`dll.`, `Jl.`,
    /// `S.Sos.`, `s.d.`), or a dotted initialism.
    Abbreviation,
    /// A single capital letter followed by a period, as in personal initials (`M. Yusuf`).
    Initial,
    /// A number in Indonesian notation: `2021`, `1.250.000`, `1,25`, `12,5`.
    Number,
    /// An ordinal written with `ke-`: `ke-64`.
    Ordinal,
    /// A clock time written with a period or colon: `10.00`, `09.30`, `19:30`.
    Time,
    /// A numeric date: `17/6/2021`, `17-6-2021`, `11/10`, `2021-06-17`.
    Date,
    /// A web address.
    Url,
    /// An e-mail address.
    Email,
    /// A `@mention`.
    Mention,
    /// A `#hashtag`.
    Hashtag,
    /// Punctuation: `. , ; : ! ? " ' ( ) [ ] – —` and the like.
    Punctuation,
    /// Any other symbol: `% / + = & * ° Rp$`-style signs, emoji.
    Symbol,
}

/// One token of the original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Token {
    /// Where the token is (flattened into `start`, `end`, `char_start`, `char_end` in JSON).
    #[serde(flatten)]
    pub span: Span,
    /// What the tokenizer took it for.
    pub kind: TokenKind,
}

impl Token {
    /// The token's surface text in `text`, which must be the text it was produced from (the
    /// empty string when its span does not fit `text`).
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.span.range()).unwrap_or_default()
    }
}

/// One sentence (or news-layout segment: headline, dateline, photo credit).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Sentence {
    /// From the first byte of its first token to the last byte of its last token.
    pub span: Span,
    /// Index range of its tokens in the token list.
    pub tokens: std::ops::Range<usize>,
}
