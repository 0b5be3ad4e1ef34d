//! The tokenizer: one left-to-right pass over the bytes of the text.
//!
//! At each non-space character the scanner picks the longest reading that fits, in this
//! order: web address with a scheme, e-mail address, host name ending in a listed domain
//! suffix, abbreviation from the lexicon, dotted initialism (`A.S.`), personal initial (`H.`),
//! then a word (with its inner hyphens and apostrophes) or a number (with its Indonesian
//! separators, or as a time or date). Look-ahead is bounded or cached, so the pass is linear
//! in the length of the text; nothing is allocated per token.

use super::abbrev::{AbbreviationClass, AbbreviationInfo, Abbreviations, Entry};
use super::chars::{
    ascii_class, char_at, count_chars, flag, is_regional_indicator, Class, BYTE_FLAGS,
};
use super::sentence;
use super::token::{Sentence, Span, Token, TokenKind};
use super::words::FunctionWords;
use crate::error::{Error, Result};
use crate::lexicon::{LexiconKind, LexiconText};

/// Tokens and sentences of one text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Analysis {
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Sentences in text order; their token ranges index `tokens`.
    pub sentences: Vec<Sentence>,
}

impl Analysis {
    /// Empties both lists, keeping their memory for the next text.
    pub fn clear(&mut self) {
        self.tokens.clear();
        self.sentences.clear();
    }
}

/// Tokenizer and sentence splitter for Indonesian news text, built once from an abbreviation
/// lexicon.
///
/// ```
/// use warta::text::{Tokenizer, TokenKind};
///
/// let tok = Tokenizer::builtin();
/// let text = "Kepala Dinas, Drs. H. Budi, M.Si. membuka rapat di Jl. Gajah Mada No. 2 dll. \
///             Anggaran Rp1,25 triliun.";
/// let a = tok.analyze(text);
/// let words: Vec<&str> = a.tokens.iter().map(|t| t.text(text)).collect();
/// assert_eq!(&words[3..7], ["Drs.", "H.", "Budi", ","]);
/// assert!(words.contains(&"M.Si."));
/// assert_eq!(a.tokens[7].kind, TokenKind::Abbreviation);
/// assert_eq!(a.sentences.len(), 2);
/// ```
#[derive(Clone, Debug)]
pub struct Tokenizer {
    abbreviations: Abbreviations,
    words: FunctionWords,
}

impl Tokenizer {
    /// Builds a tokenizer from abbreviation lexicons (the columns are described in
    /// `lexicons/abbreviations.tsv`); later lexicons add to earlier ones. Fails on a malformed
    /// line, naming its source and line number.
    pub fn from_lexicons(lexicons: &[LexiconText]) -> Result<Tokenizer> {
        Ok(Tokenizer {
            abbreviations: Abbreviations::from_lexicons(lexicons)?,
            words: FunctionWords::builtin(),
        })
    }

    /// The tokenizer with the built-in abbreviation lexicon.
    pub fn builtin() -> Tokenizer {
        Tokenizer::from_lexicons(&[LexiconText::builtin(LexiconKind::Abbreviations)])
            .expect("the built-in abbreviation lexicon is valid (checked by a unit test)")
    }

    /// Tokenizes and splits `text` into sentences.
    pub fn analyze(&self, text: &str) -> Analysis {
        let mut analysis = Analysis::default();
        self.analyze_into(text, &mut analysis);
        analysis
    }

    /// Like [`analyze`](Self::analyze), reusing the memory of `out` (which is cleared first).
    pub fn analyze_into(&self, text: &str, out: &mut Analysis) {
        out.clear();
        self.tokenize_into(text, &mut out.tokens);
        sentence::split(self, text, &out.tokens, &mut out.sentences);
    }

    /// The tokens of `text`, in order.
    pub fn tokenize(&self, text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        self.tokenize_into(text, &mut tokens);
        tokens
    }

    /// Appends the tokens of `text` to `out`.
    pub fn tokenize_into(&self, text: &str, out: &mut Vec<Token>) {
        // News text runs at about one token per 5–6 bytes; a little over that avoids a
        // late doubling of a large vector.
        out.reserve(text.len() / 5 + 8);
        Scanner {
            text,
            b: text.as_bytes(),
            lex: &self.abbreviations,
            no_host_before: 0,
            no_email_before: 0,
        }
        .run(out);
    }

    /// The sentences of `text` given its `tokens` (as produced by [`tokenize`](Self::tokenize)
    /// on the same text). Fails with [`Error::InvalidArgument`] when the tokens cannot be
    /// the text's: out of order, overlapping, past its end or not on char boundaries.
    pub fn split_sentences(&self, text: &str, tokens: &[Token]) -> Result<Vec<Sentence>> {
        let mut out = Vec::new();
        self.split_sentences_into(text, tokens, &mut out)?;
        Ok(out)
    }

    /// Appends the sentences of `text` to `out`; see [`split_sentences`](Self::split_sentences).
    pub fn split_sentences_into(
        &self,
        text: &str,
        tokens: &[Token],
        out: &mut Vec<Sentence>,
    ) -> Result<()> {
        check_tokens(text, tokens)?;
        sentence::split(self, text, tokens, out);
        Ok(())
    }

    /// What the abbreviation lexicon says about `form` (written with its final period, like
    /// `dll.` or `S.Sos.`; a currency word like `Rp` without one).
    pub fn abbreviation(&self, form: &str) -> Option<AbbreviationInfo> {
        self.abbreviations.lookup(form)
    }

    pub(crate) fn abbreviations(&self) -> &Abbreviations {
        &self.abbreviations
    }

    pub(crate) fn function_words(&self) -> &FunctionWords {
        &self.words
    }
}

/// Longest look-ahead, in bytes, for readings that may be rejected after scanning (codes,
/// abbreviations): keeps the pass linear.
const CODE_WINDOW: usize = 64;

/// Whether the byte may appear in the local part of an e-mail address (one table look-up).
#[inline]
fn is_email_local(b: u8) -> bool {
    BYTE_FLAGS[usize::from(b)] & flag::EMAIL_LOCAL != 0
}

/// Whether the byte may appear in a host-name label.
#[inline]
fn is_host_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-'
}

struct Scanner<'a> {
    text: &'a str,
    b: &'a [u8],
    lex: &'a Abbreviations,
    /// No host name starts before this byte (cached failure).
    no_host_before: usize,
    /// No e-mail address starts before this byte (cached failure).
    no_email_before: usize,
}

impl Scanner<'_> {
    fn run(&mut self, out: &mut Vec<Token>) {
        let len = self.b.len();
        let mut pos = 0;
        let mut cpos = 0;
        while pos < len {
            let byte = self.b[pos];
            let f = BYTE_FLAGS[usize::from(byte)];
            if f & flag::SPACE != 0 {
                pos += 1;
                cpos += 1;
                continue;
            }
            // The common cases first, decided from the bytes alone: a plain ASCII word or
            // number, an ASCII punctuation mark. Their tokens are ASCII: one char per byte.
            let plain = if f & flag::LETTER != 0 {
                self.plain_word(pos)
            } else if f & flag::DIGIT != 0 {
                self.plain_number(pos)
            } else if f & flag::PUNCT != 0 {
                self.plain_punct(pos, byte)
            } else {
                None
            };
            if let Some((end, kind)) = plain {
                let n = end - pos;
                push_token(out, pos..end, cpos, n, kind);
                pos = end;
                cpos += n;
                // The space after most words, without another round of the loop.
                if self.b.get(pos) == Some(&b' ') {
                    pos += 1;
                    cpos += 1;
                }
                continue;
            }
            let (c, cls) = char_at(self.text, pos);
            if cls == Class::Space {
                pos += c.len_utf8();
                cpos += 1;
                continue;
            }
            let (end, kind) = self.token(pos, c, cls);
            let end = if end <= pos { pos + c.len_utf8() } else { end };
            // Only a character of two bytes or more can be a combining mark.
            let end = if self.b.get(end).is_some_and(|&x| x >= 0x80) {
                self.extend(end)
            } else {
                end
            };
            let n = count_chars(&self.b[pos..end]);
            push_token(out, pos..end, cpos, n, kind);
            pos = end;
            cpos += n;
        }
    }

    /// A word of ASCII letters (and digits after them) starting at `start` that ends in an
    /// ASCII byte after which nothing can continue or change it (a space, a comma, a
    /// closing bracket…), or in a period that only an abbreviation could take: the reading
    /// [`word`](Self::word) gives, found without looking the word up anywhere except among
    /// the abbreviations before such a period and, for a short capitalised word, among the
    /// currency words. `None` when the word needs the full analysis. The token is ASCII and
    /// no combining mark follows it.
    #[inline]
    fn plain_word(&self, start: usize) -> Option<(usize, TokenKind)> {
        let b = self.b;
        let mut i = ascii_letters_end(b, start + 1);
        let letters_end = i;
        let mut next = b
            .get(i)
            .map_or(flag::WORD_END, |&c| BYTE_FLAGS[usize::from(c)]);
        while next & (flag::LETTER | flag::DIGIT) != 0 {
            i += 1;
            next = b
                .get(i)
                .map_or(flag::WORD_END, |&c| BYTE_FLAGS[usize::from(c)]);
        }
        if next & flag::WORD_END == 0 {
            // A period that ends the run and is not followed by anything that could carry
            // on an e-mail address, a host name or a dotted abbreviation (`kata.` before a
            // space, a quote, a bracket): only an abbreviation or an initial can take the
            // period; no other reading applies.
            let period_ends = b[i] == b'.'
                && b.get(i + 1).map_or(true, |&a| {
                    a < 0x80
                        && BYTE_FLAGS[usize::from(a)] & (flag::LETTER | flag::DIGIT) == 0
                        && !matches!(a, b'.' | b'_' | b'%' | b'+' | b'-')
                });
            if !period_ends {
                return None;
            }
            if letters_end == i {
                // What `abbreviation` finds here: the letters listed with a period, or a
                // capital initial.
                if let Some(entry) = self.lex.get(&self.text[start..i]) {
                    if entry.dotted {
                        return Some((i + 1, entry_kind(entry)));
                    }
                }
                if i - start == 1 && b[start].is_ascii_uppercase() {
                    return Some((i + 1, TokenKind::Initial));
                }
            }
        }
        // A currency word glued to its amount: Rp1,2 -> Rp | 1,2.
        if letters_end - start <= 4
            && b[start].is_ascii_uppercase()
            && self.lex.is_currency(&self.text[start..letters_end])
        {
            return Some((letters_end, TokenKind::Symbol));
        }
        Some((i, TokenKind::Word))
    }

    /// A run of ASCII digits starting at `start` followed by nothing that would make it more
    /// than a plain number (a separator, a letter, a combining mark), or `None`.
    #[inline]
    fn plain_number(&self, start: usize) -> Option<(usize, TokenKind)> {
        let i = self.digits(start);
        if i < self.b.len() && BYTE_FLAGS[usize::from(self.b[i])] & flag::NUMBER_END == 0 {
            return None;
        }
        Some((i, TokenKind::Number))
    }

    /// ASCII punctuation `byte` at `pos`, as [`punct`](Self::punct) reads it, unless a
    /// combining mark follows (then `None`).
    #[inline]
    fn plain_punct(&self, pos: usize, byte: u8) -> Option<(usize, TokenKind)> {
        let end = self.punct(pos, char::from(byte));
        if end < self.b.len() && self.b[end] >= 0x80 {
            return None;
        }
        Some((end, TokenKind::Punctuation))
    }

    /// The character at `i` and its class, or `None` at the end.
    #[inline]
    fn at(&self, i: usize) -> Option<(char, Class)> {
        if i < self.b.len() {
            Some(char_at(self.text, i))
        } else {
            None
        }
    }

    #[inline]
    fn class_at(&self, i: usize) -> Option<Class> {
        self.at(i).map(|(_, c)| c)
    }

    /// Skips combining marks, joiners and variation selectors after `i`.
    fn extend(&self, mut i: usize) -> usize {
        while i < self.b.len() && self.b[i] >= 0x80 {
            let (c, cls) = char_at(self.text, i);
            if cls != Class::Extend {
                break;
            }
            i += c.len_utf8();
        }
        i
    }

    fn token(&mut self, pos: usize, c: char, cls: Class) -> (usize, TokenKind) {
        match cls {
            Class::Punct => (self.punct(pos, c), TokenKind::Punctuation),
            Class::Symbol => self.symbol(pos, c),
            Class::Digit => self.number(pos),
            Class::Upper | Class::Lower | Class::Letter | Class::Extend => self.word(pos),
            Class::Space => (pos + c.len_utf8(), TokenKind::Symbol),
        }
    }

    /// End of the run of letters, digits and marks starting at `i`.
    #[inline]
    fn alnum(&self, i: usize) -> usize {
        // Most words are ASCII letters: past them eight bytes at a time.
        let mut i = ascii_letters_end(self.b, i);
        let len = self.b.len();
        while i < len {
            let b = self.b[i];
            if b < 0x80 {
                if b.is_ascii_alphanumeric() {
                    i += 1;
                    continue;
                }
                break;
            }
            let (c, cls) = char_at(self.text, i);
            if !cls.is_wordish() {
                break;
            }
            i += c.len_utf8();
        }
        i
    }

    #[inline]
    fn digits(&self, mut i: usize) -> usize {
        while i < self.b.len() && self.b[i].is_ascii_digit() {
            i += 1;
        }
        i
    }

    fn punct(&self, pos: usize, c: char) -> usize {
        let run = |byte: u8| {
            let mut i = pos;
            while i < self.b.len() && self.b[i] == byte {
                i += 1;
            }
            i
        };
        match c {
            // An ellipsis written with periods, a double hyphen, TeX-style quotes.
            '.' | '-' => run(c as u8),
            '`' | '\'' => {
                if self.b.get(pos + 1) == Some(&(c as u8)) {
                    pos + 2
                } else {
                    pos + 1
                }
            }
            _ => pos + c.len_utf8(),
        }
    }

    fn symbol(&mut self, pos: usize, c: char) -> (usize, TokenKind) {
        let len = self.b.len();
        let next = pos + c.len_utf8();
        let handle_byte = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
        match c {
            '@' if next < len && handle_byte(self.b[next]) => {
                let mut i = next;
                loop {
                    while i < len && handle_byte(self.b[i]) {
                        i += 1;
                    }
                    if i + 1 < len && self.b[i] == b'.' && handle_byte(self.b[i + 1]) {
                        i += 1;
                        continue;
                    }
                    break;
                }
                (i, TokenKind::Mention)
            }
            '#' if next < len
                && (self.b[next] == b'_'
                    || self
                        .class_at(next)
                        .is_some_and(|c| c.is_letter() || c == Class::Digit)) =>
            {
                let mut i = next;
                loop {
                    i = self.alnum(i);
                    if i < len && self.b[i] == b'_' {
                        i += 1;
                        continue;
                    }
                    break;
                }
                (i, TokenKind::Hashtag)
            }
            '&' => {
                // An HTML character reference left in scraped text: `&amp;`, `&nbsp;`, `&#8211;`.
                let mut i = next;
                let numeric = self.b.get(i) == Some(&b'#');
                if numeric {
                    i += 1;
                }
                let body = i;
                while i < len && i - body < 10 && self.b[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                let ok = i - body >= 2
                    && self.b.get(i) == Some(&b';')
                    && (numeric || self.b[body].is_ascii_alphabetic());
                if !ok {
                    return (next, TokenKind::Symbol);
                }
                let end = i + 1;
                if &self.b[body..end] == b"amp;" {
                    // Escaped twice: `&amp;nbsp;` is `&amp;nbsp` and `;`.
                    if let Some(e) = self.escaped_reference(end) {
                        return (e, TokenKind::Symbol);
                    }
                }
                (end, TokenKind::Symbol)
            }
            _ => {
                // Emoji: flags (pairs of regional indicators) and ZWJ sequences stay whole.
                let mut i = next;
                if is_regional_indicator(c) {
                    if let Some((c2, _)) = self.at(i) {
                        if is_regional_indicator(c2) {
                            i += c2.len_utf8();
                        }
                    }
                }
                loop {
                    let e = self.extend(i);
                    if e > i && self.text[..e].ends_with('\u{200D}') {
                        if let Some((c2, Class::Symbol)) = self.at(e) {
                            if !c2.is_ascii() {
                                i = e + c2.len_utf8();
                                continue;
                            }
                        }
                    }
                    i = e;
                    break;
                }
                (i, TokenKind::Symbol)
            }
        }
    }

    /// The end of the character reference name after `&amp;` at `i` (`nbsp`, `#8211`):
    /// lower-case letters or `#` and digits, two to eight, not followed by a letter or digit.
    /// Its own `;` is left out, as UD GSD does (`&amp;nbsp` `;`).
    fn escaped_reference(&self, i: usize) -> Option<usize> {
        let numeric = self.b.get(i) == Some(&b'#');
        let body = if numeric { i + 1 } else { i };
        let mut j = body;
        while j < self.b.len()
            && j - body < 8
            && (if numeric {
                self.b[j].is_ascii_digit()
            } else {
                self.b[j].is_ascii_lowercase()
            })
        {
            j += 1;
        }
        if j - body < 2 {
            return None;
        }
        match self.b.get(j) {
            Some(b) if b.is_ascii_alphanumeric() => None,
            _ => Some(j),
        }
    }

    /// A token starting with a letter (or a stray combining mark).
    fn word(&mut self, start: usize) -> (usize, TokenKind) {
        let len = self.b.len();
        let starts_with_letter = self.class_at(start).is_some_and(Class::is_letter);
        let ascii_start = self.b[start].is_ascii_alphanumeric();
        let mut i = self.alnum(start);

        if i < len {
            let nb = self.b[i];
            if nb == b'.' && starts_with_letter {
                if let Some(r) = self.abbreviation(start) {
                    return r;
                }
            }
            if nb == b'.'
                && ascii_start
                && start >= self.no_host_before
                && self.b.get(i + 1).is_some_and(u8::is_ascii_alphanumeric)
            {
                if let Some(e) = self.host(start) {
                    return (e, TokenKind::Url);
                }
            }
            if nb == b':' {
                if let Some(e) = self.scheme_url(start, i) {
                    return (e, TokenKind::Url);
                }
            }
            if ascii_start
                && matches!(nb, b'.' | b'_' | b'-' | b'+' | b'%' | b'@')
                && start >= self.no_email_before
            {
                if let Some(e) = self.email(start) {
                    return (e, TokenKind::Email);
                }
            }
            if nb == b'/' {
                if let Some(e) = self.code(start) {
                    return (e, TokenKind::Word);
                }
            }
        }

        // A currency word glued to its amount: Rp1,2 -> Rp | 1,2.
        if self.b[start].is_ascii_uppercase() {
            let letters_end = start
                + self.b[start..i]
                    .iter()
                    .take_while(|b| b.is_ascii_alphabetic())
                    .count();
            let word = &self.text[start..letters_end];
            if word.len() <= 4
                && (letters_end == i || self.b[letters_end].is_ascii_digit())
                && self.lex.is_currency(word)
            {
                return (letters_end, TokenKind::Symbol);
            }
        }

        // Joiners: hyphens (reduplication, prefixes), apostrophes (Mas'ud), ampersands (R&D).
        let mut piece_start = start;
        let mut joined_hyphen = false;
        while i < len {
            let Some((c, _)) = self.at(i) else { break };
            match c {
                '-' | '\u{2010}' | '\u{2011}' => {
                    let j = i + c.len_utf8();
                    let after = self.at(j);
                    if !after.is_some_and(|(_, k)| k.is_letter() || k == Class::Digit) {
                        // A suspended hyphen stays with a word in lower case: `pra- dan
                        // pascabencana`, the rating `idA-`.
                        let ends = after.map_or(true, |(ch, k)| {
                            k == Class::Space || matches!(ch, ',' | ';' | ')' | '"' | '\'')
                        });
                        if ends && self.b[start].is_ascii_lowercase() {
                            i = j;
                        }
                        break;
                    }
                    let k = self.alnum(j);
                    if !hyphen_joins(&self.text[piece_start..i], &self.text[j..k]) {
                        break;
                    }
                    piece_start = j;
                    joined_hyphen = true;
                    i = k;
                }
                '\'' | '\u{2019}' | '\u{2018}' => {
                    let j = i + c.len_utf8();
                    let before_letter = self.text[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|p| p.is_alphabetic());
                    if !before_letter || !self.class_at(j).is_some_and(Class::is_letter) {
                        break;
                    }
                    i = self.alnum(j);
                }
                '&' => {
                    let upper_before = i > start && self.b[i - 1].is_ascii_uppercase();
                    let upper_after = self.b.get(i + 1).is_some_and(u8::is_ascii_uppercase);
                    if !(upper_before && upper_after) {
                        break;
                    }
                    i = self.alnum(i + 1);
                }
                '_' => {
                    if !self.class_at(i + 1).is_some_and(Class::is_wordish) {
                        break;
                    }
                    i = self.alnum(i + 1);
                }
                _ => break,
            }
        }
        if joined_hyphen && i < len && self.b[i] == b'/' {
            if let Some(e) = self.code(start) {
                return (e, TokenKind::Word);
            }
        }
        let kind = if is_ordinal(&self.text[start..i]) {
            TokenKind::Ordinal
        } else {
            TokenKind::Word
        };
        (i, kind)
    }

    /// An abbreviation, dotted initialism or initial starting at `start` (a letter followed,
    /// within its run of letters, by a period).
    fn abbreviation(&self, start: usize) -> Option<(usize, TokenKind)> {
        let len = self.b.len();
        let limit = (start + self.lex.max_key_len().max(16) + 2).min(len);
        let mut dots = [0usize; 12];
        let mut nd = 0;
        let mut i = start;
        while i < limit {
            let b = self.b[i];
            if b < 0x80 {
                if BYTE_FLAGS[usize::from(b)] & flag::LETTER != 0 {
                    i += 1;
                    continue;
                }
                if b != b'.' {
                    break;
                }
            }
            let (c, cls) = char_at(self.text, i);
            if cls.is_letter() || cls == Class::Extend {
                i += c.len_utf8();
            } else if c == '.' && nd < dots.len() {
                dots[nd] = i;
                nd += 1;
                i += 1;
            } else {
                break;
            }
        }
        let truncated = i >= limit && limit < len;
        let r_end = i;
        // The longest listed form that ends at one of the periods.
        for &d in dots[..nd].iter().rev() {
            if d == start {
                continue;
            }
            let Some(entry) = self.lex.get(&self.text[start..d]) else {
                continue;
            };
            if !entry.dotted {
                continue;
            }
            let after = d + 1;
            let ok = match self.class_at(after) {
                None => true,
                Some(cls) => {
                    !cls.is_wordish()
                        || (!entry.info.sentence_final
                            && matches!(cls, Class::Upper | Class::Digit))
                }
            };
            if ok {
                return Some((after, entry_kind(entry)));
            }
        }
        // A listed form written without its final period: "Budi, M.Si, mengatakan".
        if nd > 0 && !truncated && self.b[r_end - 1] != b'.' {
            if let Some(entry) = self.lex.get(&self.text[start..r_end]) {
                if entry.dotted
                    && entry.info.class != AbbreviationClass::Currency
                    && !self.class_at(r_end).is_some_and(Class::is_wordish)
                {
                    return Some((r_end, TokenKind::Abbreviation));
                }
            }
        }
        // Single letters, each followed by a period: A.S., B.J., s.d.
        let mut j = start;
        let mut n = 0;
        let first_upper = self.class_at(start) == Some(Class::Upper);
        while let Some((c, cls)) = self.at(j) {
            if !cls.is_letter() {
                break;
            }
            let after = j + c.len_utf8();
            if self.b.get(after) == Some(&b'.') {
                n += 1;
                j = after + 1;
                if n >= 8 {
                    break;
                }
            } else {
                break;
            }
        }
        let next_ok = |k: usize| {
            self.class_at(k)
                .map_or(true, |c| !c.is_wordish() || c == Class::Upper)
        };
        if n >= 2 && next_ok(j) {
            return Some((j, TokenKind::Abbreviation));
        }
        if n >= 1 && first_upper {
            let (c, _) = char_at(self.text, start);
            let end = start + c.len_utf8() + 1;
            if next_ok(end) {
                return Some((end, TokenKind::Initial));
            }
        }
        None
    }

    /// A host name (`kaltimprov.go.id`, `KOMPAS.com`) ending in a listed domain suffix, with
    /// an optional path.
    fn host(&mut self, start: usize) -> Option<usize> {
        let len = self.b.len();
        let mut starts = [0usize; 8];
        let mut labels = 0usize;
        let mut i = start;
        loop {
            let ls = i;
            while i < len && is_host_byte(self.b[i]) {
                i += 1;
            }
            if i == ls {
                break;
            }
            starts[labels % starts.len()] = ls;
            labels += 1;
            if i + 1 < len && self.b[i] == b'.' && self.b[i + 1].is_ascii_alphanumeric() {
                i += 1;
            } else {
                break;
            }
        }
        let end = i;
        let fail = |s: &mut Self| {
            s.no_host_before = end;
            None
        };
        if labels < 2 {
            return fail(self);
        }
        if let Some((c, cls)) = self.at(end) {
            if cls.is_wordish() || c == '@' {
                return fail(self);
            }
        }
        let kept = labels.min(starts.len());
        let mut found = false;
        for back in (1..kept).rev() {
            let idx = (labels - back) % starts.len();
            if self.lex.is_domain_suffix(&self.text[starts[idx]..end]) {
                found = true;
                break;
            }
        }
        if !found {
            return fail(self);
        }
        if end < len && (self.b[end] == b'/' || self.b[end] == b':') {
            let tail = self.url_tail(end);
            if tail > end + 1 {
                return Some(tail);
            }
        }
        Some(end)
    }

    /// A web address with a scheme: `http://…`, `https://…`, `ftp://…`; `colon` is the byte
    /// after the scheme word.
    fn scheme_url(&self, start: usize, colon: usize) -> Option<usize> {
        let scheme = &self.text[start..colon];
        let known = ["http", "https", "ftp"]
            .iter()
            .any(|s| s.eq_ignore_ascii_case(scheme));
        if !known || !self.text[colon..].starts_with("://") {
            return None;
        }
        let body = colon + 3;
        let end = self.url_tail(body);
        (end > body).then_some(end)
    }

    /// The end of a URL whose body starts at `i`: up to whitespace or a quote, without
    /// trailing sentence punctuation (a closing parenthesis stays when the URL opened one).
    fn url_tail(&self, mut i: usize) -> usize {
        let start = i;
        let len = self.b.len();
        while i < len {
            let b = self.b[i];
            if b < 0x80 {
                if ascii_class(b) == Class::Space || matches!(b, b'<' | b'>' | b'"' | b'`') {
                    break;
                }
                i += 1;
            } else {
                let (c, cls) = char_at(self.text, i);
                if cls == Class::Space || matches!(cls, Class::Punct) {
                    break;
                }
                i += c.len_utf8();
            }
        }
        let mut opens = self.b[start..i].iter().filter(|&&b| b == b'(').count();
        let mut closes = self.b[start..i].iter().filter(|&&b| b == b')').count();
        while i > start {
            let b = self.b[i - 1];
            let strip = match b {
                b'.' | b',' | b';' | b':' | b'!' | b'?' | b'\'' | b']' | b'}' => true,
                b')' => closes > opens,
                _ => false,
            };
            if !strip {
                break;
            }
            if b == b')' {
                closes -= 1;
            } else if b == b'(' {
                opens -= 1;
            }
            i -= 1;
        }
        i
    }

    /// An e-mail address starting at `start`.
    fn email(&mut self, start: usize) -> Option<usize> {
        let len = self.b.len();
        let mut i = start;
        while i < len && is_email_local(self.b[i]) {
            i += 1;
        }
        let at = i;
        let fail = |s: &mut Self| {
            s.no_email_before = at;
            None
        };
        if at >= len || self.b[at] != b'@' || self.b[at - 1] == b'.' {
            return fail(self);
        }
        let mut j = at + 1;
        let mut labels = 0;
        let mut last_start = j;
        loop {
            let ls = j;
            while j < len && is_host_byte(self.b[j]) {
                j += 1;
            }
            if j == ls {
                break;
            }
            labels += 1;
            last_start = ls;
            if j + 1 < len && self.b[j] == b'.' && self.b[j + 1].is_ascii_alphanumeric() {
                j += 1;
            } else {
                break;
            }
        }
        let tld = &self.b[last_start..j];
        if labels < 2 || tld.len() < 2 || !tld.iter().all(u8::is_ascii_alphabetic) {
            return fail(self);
        }
        if self.class_at(j).is_some_and(Class::is_wordish) {
            return fail(self);
        }
        Some(j)
    }

    /// A reference code with slashes (`34/PMK.011/2007`, `800/123/BKD/2021`, `II/2007`) or a
    /// slashed pair of single letters (`s/d`, `a/n`), starting at `start`.
    fn code(&self, start: usize) -> Option<usize> {
        let len = self.b.len();
        let limit = (start + CODE_WINDOW).min(len);
        let mut i = start;
        let mut has_digit = false;
        while i < limit {
            let b = self.b[i];
            if b.is_ascii_digit() {
                has_digit = true;
            } else if !(b.is_ascii_alphabetic() || matches!(b, b'.' | b'/' | b'-' | b'_')) {
                break;
            }
            i += 1;
        }
        if i == limit && limit < len && self.b[limit].is_ascii_alphanumeric() {
            return None;
        }
        if self.class_at(i).is_some_and(Class::is_wordish) {
            return None;
        }
        let mut end = i;
        while end > start && !self.b[end - 1].is_ascii_alphanumeric() {
            end -= 1;
        }
        if !has_digit {
            // Without a digit only a slashed pair of single letters is a code.
            let r = &self.b[start..end];
            let pair = r.len() == 3
                && r[0].is_ascii_alphabetic()
                && r[1] == b'/'
                && r[2].is_ascii_alphabetic();
            return pair.then_some(end);
        }
        let run = &self.b[start..end];
        let shape = CodeShape::of(run);
        if shape.segments < 2 || shape.empty_segment {
            return None;
        }
        if shape.segments == 2 && shape.single_letters {
            return Some(end);
        }
        if !(shape.has_letter && has_digit) {
            return None;
        }
        let lead = run.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        if lead > 0 && self.lex.is_currency(&self.text[start..start + lead]) {
            return None;
        }
        if shape.segments >= 3 {
            return Some(end);
        }
        (shape.mixed || shape.roman_year).then_some(end)
    }

    /// A token starting with a digit: a number (`1.250.000`, `1,25`), a time (`09.30`,
    /// `19:30`), a date (`17/6/2021`, `17-6-2021`, `2021-06-17`, `11/10`), a decade (`1990-an`)
    /// or an alphanumeric word (`5G`, `H2O`).
    fn number(&mut self, start: usize) -> (usize, TokenKind) {
        let len = self.b.len();
        let mut i = self.digits(start);
        let first_len = i - start;
        let mut groups = 1;
        let mut first_sep = 0u8;
        let mut last_len = 0;
        while i + 1 < len && matches!(self.b[i], b'.' | b',') && self.b[i + 1].is_ascii_digit() {
            if first_sep == 0 {
                first_sep = self.b[i];
            }
            let g = i + 1;
            i = self.digits(g);
            last_len = i - g;
            groups += 1;
        }
        if groups == 1 && i < len {
            let next_digit = self.b.get(i + 1).is_some_and(u8::is_ascii_digit);
            match self.b[i] {
                b':' if next_digit => {
                    let mut j = self.digits(i + 1);
                    let valid = first_len <= 2
                        && j - (i + 1) == 2
                        && num(&self.b[start..i]) <= 24
                        && num(&self.b[i + 1..j]) <= 59;
                    if valid
                        && self.b.get(j) == Some(&b':')
                        && self.b.get(j + 1).is_some_and(u8::is_ascii_digit)
                    {
                        let k = self.digits(j + 1);
                        if k - (j + 1) == 2 {
                            j = k;
                        }
                    }
                    if !valid
                        && self.b.get(j) == Some(&b'-')
                        && self.b.get(j + 1).is_some_and(u8::is_ascii_digit)
                    {
                        // A chapter and verse range: `19:4-6`.
                        j = self.digits(j + 1);
                    }
                    if !self.class_at(j).is_some_and(Class::is_wordish) {
                        let kind = if valid {
                            TokenKind::Time
                        } else {
                            TokenKind::Number
                        };
                        return (j, kind);
                    }
                }
                b'/' if next_digit => {
                    if let Some(e) = self.date(start, b'/') {
                        return (e, TokenKind::Date);
                    }
                    if let Some(e) = self.code(start) {
                        return (e, TokenKind::Word);
                    }
                }
                b'/' => {
                    if let Some(e) = self.code(start) {
                        return (e, TokenKind::Word);
                    }
                }
                b'-' if next_digit => {
                    if let Some(e) = self.date(start, b'-') {
                        return (e, TokenKind::Date);
                    }
                    if first_len >= 3 && self.b[start] == b'0' {
                        // A telephone number: 0541-733333, 0812-3456-7890.
                        let mut j = i;
                        while j + 1 < len && self.b[j] == b'-' && self.b[j + 1].is_ascii_digit() {
                            j = self.digits(j + 1);
                        }
                        return (j, TokenKind::Number);
                    }
                }
                b'-' if self.class_at(i + 1).is_some_and(Class::is_letter) => {
                    // A year before a capitalised word ends there: `Oktober 2025-Maret 2026`
                    // is a range of months, no word of its own.
                    if first_len == 4
                        && self.b[i + 1].is_ascii_uppercase()
                        && self.b.get(i + 2).is_some_and(u8::is_ascii_lowercase)
                    {
                        return (i, TokenKind::Number);
                    }
                    // 1990-an, 03-Oct
                    return (self.alnum(i + 1), TokenKind::Word);
                }
                _ => {
                    if self.class_at(i).is_some_and(Class::is_letter) {
                        return self.word(start);
                    }
                }
            }
        }
        let kind = if groups == 2
            && first_sep == b'.'
            && first_len <= 2
            && last_len == 2
            && num(&self.b[start..start + first_len]) <= 24
            && num(&self.b[i - 2..i]) <= 59
        {
            TokenKind::Time
        } else if groups == 3 && first_sep == b'.' && self.dotted_date(start, i) {
            TokenKind::Date
        } else {
            TokenKind::Number
        };
        (i, kind)
    }

    /// `17.06.2021`: day, month and four-digit year separated by periods, in `start..end`.
    fn dotted_date(&self, start: usize, end: usize) -> bool {
        let mut parts = self.text[start..end].split('.');
        let (Some(d), Some(m), Some(y)) = (parts.next(), parts.next(), parts.next()) else {
            return false;
        };
        d.len() <= 2
            && (1..=31).contains(&num(d.as_bytes()))
            && m.len() == 2
            && (1..=12).contains(&num(m.as_bytes()))
            && y.len() == 4
            && d.bytes()
                .chain(m.bytes())
                .chain(y.bytes())
                .all(|b| b.is_ascii_digit())
    }

    /// A numeric date starting at `start` with separator `sep`: `d/m`, `d/m/y`, `d-m-y`,
    /// `y-m-d`.
    fn date(&self, start: usize, sep: u8) -> Option<usize> {
        let mut parts = [(0usize, 0usize); 3];
        let mut n = 0;
        let mut i = start;
        loop {
            let e = self.digits(i);
            if e == i {
                return None;
            }
            parts[n] = (i, e);
            n += 1;
            if n < 3 && e + 1 < self.b.len() && self.b[e] == sep && self.b[e + 1].is_ascii_digit() {
                i = e + 1;
            } else {
                i = e;
                break;
            }
        }
        if self.class_at(i).is_some_and(Class::is_wordish)
            || (self.b.get(i) == Some(&sep) && self.b.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            return None;
        }
        let len = |k: usize| parts[k].1 - parts[k].0;
        let val = |k: usize| num(&self.b[parts[k].0..parts[k].1]);
        let day = |k: usize| len(k) <= 2 && (1..=31).contains(&val(k));
        let month = |k: usize| len(k) <= 2 && (1..=12).contains(&val(k));
        let ok = match (sep, n) {
            (b'/', 2) => day(0) && month(1),
            (_, 3) if len(0) == 4 => month(1) && day(2),
            (_, 3) => day(0) && month(1) && (len(2) == 4 || len(2) == 2),
            _ => false,
        };
        ok.then_some(i)
    }
}

/// The end of the run of ASCII letters in `b` starting at `i`, eight bytes at a time where
/// it can.
#[inline]
fn ascii_letters_end(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        // Folded to lower case (ASCII bytes only, so no byte carries into the next), a
        // letter is in `a..=z`: at least 0x61 and below 0x7B.
        let y = (x | (ONES * 0x20)) & !HIGH;
        let at_least_a = y + ONES * (0x80 - 0x61);
        let at_least_brace = y + ONES * (0x80 - 0x7B);
        let letters = at_least_a & !at_least_brace & !x & HIGH;
        let others = !letters & HIGH;
        if others != 0 {
            return i + (others.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && BYTE_FLAGS[usize::from(b[i])] & flag::LETTER != 0 {
        i += 1;
    }
    i
}

/// What [`Scanner::code`] asks of a run of ASCII letters, digits and `. / - _` (a code
/// candidate such as `800/123/BKD/2021` or `II/2007`), found in one pass over its bytes
/// instead of splitting it at its slashes again for each question.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct CodeShape {
    /// Pieces between slashes.
    segments: usize,
    /// Some piece between slashes is empty (`a//b`).
    empty_segment: bool,
    /// Every piece between slashes is one ASCII letter (`s/d`, `a/n`).
    single_letters: bool,
    /// The run has an ASCII letter.
    has_letter: bool,
    /// Some piece between slashes is split by `.` or `-` into parts of which one is all
    /// letters (or empty) and one has a digit (`PMK.011`).
    mixed: bool,
    /// The first piece is a Roman numeral (`I`–`XXXV`-style, at most four of `IVX`) and the
    /// second is all digits (`II/2007`).
    roman_year: bool,
}

impl CodeShape {
    /// The shape of `run`.
    fn of(run: &[u8]) -> CodeShape {
        let mut shape = CodeShape {
            segments: 0,
            single_letters: true,
            ..CodeShape::default()
        };
        // The piece between slashes being read, and the part of it between `.` and `-`.
        let (mut len, mut first_letter) = (0usize, false);
        let (mut separated, mut digit, mut roman, mut digits_only) = (false, false, true, true);
        let (mut part_letters, mut any_part_letters) = (true, false);
        let mut first_roman = false;
        // A slash after the last byte ends the last piece.
        for &b in run.iter().chain(std::iter::once(&b'/')) {
            match b {
                b'/' => {
                    any_part_letters |= part_letters;
                    shape.empty_segment |= len == 0;
                    shape.single_letters &= len == 1 && first_letter;
                    shape.mixed |= separated && any_part_letters && digit;
                    match shape.segments {
                        0 => first_roman = len > 0 && len <= 4 && roman,
                        1 => shape.roman_year = first_roman && digits_only,
                        _ => {}
                    }
                    shape.segments += 1;
                    (len, first_letter) = (0, false);
                    (separated, digit, roman, digits_only) = (false, false, true, true);
                    (part_letters, any_part_letters) = (true, false);
                    continue;
                }
                b'.' | b'-' => {
                    separated = true;
                    any_part_letters |= part_letters;
                    part_letters = true;
                }
                _ if b.is_ascii_alphabetic() => {
                    shape.has_letter = true;
                    first_letter |= len == 0;
                }
                _ => {
                    part_letters = false;
                    digit |= b.is_ascii_digit();
                }
            }
            roman &= matches!(b, b'I' | b'V' | b'X');
            digits_only &= b.is_ascii_digit();
            len += 1;
        }
        shape
    }
}

/// The token kind of a lexicon entry.
fn entry_kind(entry: &Entry) -> TokenKind {
    if entry.info.class == AbbreviationClass::Currency {
        TokenKind::Symbol
    } else {
        TokenKind::Abbreviation
    }
}

/// The value of a short run of ASCII digits (saturating).
fn num(digits: &[u8]) -> u32 {
    digits.iter().fold(0u32, |acc, d| {
        acc.saturating_mul(10)
            .saturating_add(u32::from(d.wrapping_sub(b'0')))
    })
}

/// `ke-64`: the ordinal prefix, a hyphen and digits.
fn is_ordinal(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() > 3 && b[..3].eq_ignore_ascii_case(b"ke-") && b[3..].iter().all(u8::is_ascii_digit)
}

/// Whether a hyphen between pieces `a` and `b` joins them into one word.
///
/// It does for reduplication (`kupu-kupu`, `sehari-hari`, `Sayur-Mayur`), prefixes
/// (`se-Kaltim`, `di-PHK`, `e-KTP`, `ke-64`), numbers after letters (`COVID-19`), single
/// letters (`APBN-P`), mixed-case pieces (`SARS-CoV-2`) and compounds in lower case
/// (`non-tunai`). It does not between two numbers (`5-10`, a range) or between two names —
/// capitalised or all-capital pieces that are not a reduplication (`Januari-Maret`,
/// `Jakarta-Bandung`, `RI-Jepang`, `Bapepam-LK`, `TNI-AD`): a range, a relation or a pair of
/// names.
pub(crate) fn hyphen_joins(a: &str, b: &str) -> bool {
    let Some(b0) = b.chars().next() else {
        return false;
    };
    if a.is_empty() {
        return false;
    }
    if b0.is_ascii_digit() {
        // 5-10 is a range; COVID-19, ke-64, Kep-176 are one word.
        return !a.bytes().all(|x| x.is_ascii_digit());
    }
    let (Some(a_shape), Some(_)) = (name_shape(a), name_shape(b)) else {
        return true;
    };
    if a_shape == NameShape::Title && a.chars().count() == 2 {
        // Al-Qur'an, El-Nino, As-Salam
        return true;
    }
    reduplication_like(a, b)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NameShape {
    /// `Jakarta`: a capital, then lower case.
    Title,
    /// `TNI`: capitals only.
    Caps,
}

/// The shape of a piece of at least two letters that looks like a name.
fn name_shape(p: &str) -> Option<NameShape> {
    if p.is_ascii() {
        // The same tests on bytes: for ASCII the Unicode case and letter tests are the ASCII
        // ones.
        let (first, rest) = p.as_bytes().split_first()?;
        if !first.is_ascii_uppercase() || rest.is_empty() {
            return None;
        }
        return if rest.iter().all(u8::is_ascii_lowercase) {
            Some(NameShape::Title)
        } else if rest.iter().all(u8::is_ascii_uppercase) {
            Some(NameShape::Caps)
        } else {
            None
        };
    }
    let mut chars = p.chars();
    let first = chars.next()?;
    if !first.is_uppercase() {
        return None;
    }
    let rest = chars.as_str();
    if rest.is_empty() || !rest.chars().all(char::is_alphabetic) {
        return None;
    }
    if rest.chars().all(char::is_lowercase) {
        Some(NameShape::Title)
    } else if rest.chars().all(char::is_uppercase) {
        Some(NameShape::Caps)
    } else {
        None
    }
}

/// `Kupu-Kupu`, `Sehari-Hari`, `Bahu-Membahu`, `Sayur-Mayur`: one piece contains the other,
/// or they share a prefix or suffix of three letters or more (ASCII case-insensitive).
fn reduplication_like(a: &str, b: &str) -> bool {
    const MAX: usize = 48;
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() > MAX || b.len() > MAX {
        return false;
    }
    let lower = |x: &[u8], buf: &mut [u8; MAX]| {
        for (d, s) in buf.iter_mut().zip(x) {
            *d = s.to_ascii_lowercase();
        }
    };
    let (mut la, mut lb) = ([0u8; MAX], [0u8; MAX]);
    lower(a, &mut la);
    lower(b, &mut lb);
    let (a, b) = (&la[..a.len()], &lb[..b.len()]);
    let contains = |h: &[u8], n: &[u8]| n.len() <= h.len() && h.windows(n.len()).any(|w| w == n);
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    contains(a, b) || contains(b, a) || prefix >= 3 || suffix >= 3
}

/// Checks that `tokens` can be tokens of `text`: in order, disjoint, non-empty, inside it, on
/// char boundaries.
fn check_tokens(text: &str, tokens: &[Token]) -> Result<()> {
    let mut prev_end = 0;
    for (i, t) in tokens.iter().enumerate() {
        let s = t.span;
        if s.start < prev_end
            || s.start >= s.end
            || !text.is_char_boundary(s.start)
            || !text.is_char_boundary(s.end)
        {
            return Err(Error::InvalidArgument(format!(
                "token {i} ({}..{}) is not a token of this {}-byte text",
                s.start,
                s.end,
                text.len()
            )));
        }
        prev_end = s.end;
    }
    Ok(())
}

/// Appends the token at bytes `bytes`, `n` chars long from char `char_start`.
#[inline(always)]
fn push_token(
    out: &mut Vec<Token>,
    bytes: std::ops::Range<usize>,
    char_start: usize,
    n: usize,
    kind: TokenKind,
) {
    out.push(Token {
        span: Span {
            start: bytes.start,
            end: bytes.end,
            char_start,
            char_end: char_start + n,
        },
        kind,
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        let t = Tokenizer::builtin();
        t.tokenize(text).iter().map(|k| k.text(text)).collect()
    }

    fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
        let t = Tokenizer::builtin();
        t.tokenize(text)
            .iter()
            .map(|k| (k.text(text), k.kind))
            .collect()
    }

    #[test]
    fn hyphen_rules() {
        assert!(hyphen_joins("kupu", "kupu"));
        assert!(hyphen_joins("se", "Kaltim"));
        assert!(hyphen_joins("di", "PHK"));
        assert!(hyphen_joins("ke", "64"));
        assert!(hyphen_joins("COVID", "19"));
        assert!(hyphen_joins("Kupu", "Kupu"));
        assert!(hyphen_joins("Sehari", "Hari"));
        assert!(hyphen_joins("Bahu", "Membahu"));
        assert!(hyphen_joins("Al", "Quran"));
        assert!(hyphen_joins("APBN", "P"));
        assert!(hyphen_joins("SARS", "CoV"));
        assert!(hyphen_joins("e", "KTP"));
        assert!(!hyphen_joins("Bapepam", "LK"));
        assert!(!hyphen_joins("TNI", "AD"));
        assert!(!hyphen_joins("5", "10"));
        assert!(!hyphen_joins("Januari", "Maret"));
        assert!(!hyphen_joins("Jakarta", "Bandung"));
        assert!(!hyphen_joins("RI", "Jepang"));
    }

    #[test]
    fn words_numbers_and_punctuation() {
        assert_eq!(
            toks("Gubernur, (H. Isran Noor) hadir."),
            ["Gubernur", ",", "(", "H.", "Isran", "Noor", ")", "hadir", "."]
        );
        assert_eq!(toks("Rp1,2 triliun"), ["Rp", "1,2", "triliun"]);
        assert_eq!(toks("12,5%"), ["12,5", "%"]);
        assert_eq!(toks("pukul 09.30 WITA"), ["pukul", "09.30", "WITA"]);
        assert_eq!(toks("2019-2023"), ["2019", "-", "2023"]);
        assert_eq!(toks("tahun 2007."), ["tahun", "2007", "."]);
        assert_eq!(toks("akhir.Kemudian"), ["akhir", ".", "Kemudian"]);
        assert_eq!(toks("1990-an"), ["1990-an"]);
        // A year before a capitalised word is a token of its own (a range of months).
        assert_eq!(
            toks("Oktober 2025-Maret 2026"),
            ["Oktober", "2025", "-", "Maret", "2026"]
        );
        assert_eq!(toks("03-Oct"), ["03-Oct"]);
        assert_eq!(toks("H2O 5G"), ["H2O", "5G"]);
    }

    #[test]
    fn token_kinds() {
        assert_eq!(
            kinds("ke-64 10.00 17/6/2021 1.250.000 dll."),
            [
                ("ke-64", TokenKind::Ordinal),
                ("10.00", TokenKind::Time),
                ("17/6/2021", TokenKind::Date),
                ("1.250.000", TokenKind::Number),
                ("dll.", TokenKind::Abbreviation),
            ]
        );
        assert_eq!(
            kinds("Rp 5 M. Yusuf"),
            [
                ("Rp", TokenKind::Symbol),
                ("5", TokenKind::Number),
                ("M.", TokenKind::Initial),
                ("Yusuf", TokenKind::Word),
            ]
        );
    }

    #[test]
    fn phone_numbers_and_dotted_dates() {
        assert_eq!(
            kinds("0812-3456-7890 17.06.2021 1.250.000"),
            [
                ("0812-3456-7890", TokenKind::Number),
                ("17.06.2021", TokenKind::Date),
                ("1.250.000", TokenKind::Number),
            ]
        );
        assert_eq!(toks("08-10"), ["08", "-", "10"]);
    }

    #[test]
    fn codes_and_slashes() {
        assert_eq!(
            toks("PMK 34/PMK.011/2007."),
            ["PMK", "34/PMK.011/2007", "."]
        );
        assert_eq!(toks("triwulan II/2007"), ["triwulan", "II/2007"]);
        assert_eq!(toks("1 s/d 5"), ["1", "s/d", "5"]);
        assert_eq!(toks("DPR/MPR"), ["DPR", "/", "MPR"]);
        assert_eq!(toks("Rp10.000/kg"), ["Rp", "10.000", "/", "kg"]);
        assert_eq!(toks("4/2007"), ["4", "/", "2007"]);
    }

    /// Every fast-path reading is the one the full analysis gives at the same place.
    #[test]
    fn plain_readings_agree_with_the_full_analysis() {
        let t = Tokenizer::builtin();
        let pieces = [
            "kata", "Rp", "RP", "USD", "Usd", "Kota", "dll", "Jl", "M", "Si", "H", "s", "d", "ke",
            "kupu", "COVID", "go", "id", "com", "12", "2021", "0812", "9", ".", "..", ",", "-",
            "/", ":", "'", "’", "@", "_", "&", "%", "+", "(", ")", "\"", " ", "\n", "é", "\u{301}",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..6 {
                let r = crate::text::xorshift(&mut seed);
                text.push_str(pieces[(r % pieces.len() as u64) as usize]);
            }
            let mut s = Scanner {
                text: &text,
                b: text.as_bytes(),
                lex: &t.abbreviations,
                no_host_before: 0,
                no_email_before: 0,
            };
            for pos in 0..text.len() {
                let byte = text.as_bytes()[pos];
                let full = |s: &mut Scanner| {
                    let (c, cls) = char_at(&text, pos);
                    let (end, kind) = s.token(pos, c, cls);
                    (s.extend(end), kind)
                };
                let plain = if byte.is_ascii_alphabetic() {
                    s.plain_word(pos)
                } else if byte.is_ascii_digit() {
                    s.plain_number(pos)
                } else if byte.is_ascii_punctuation() && ascii_class(byte) == Class::Punct {
                    s.plain_punct(pos, byte)
                } else {
                    None
                };
                if let Some(p) = plain {
                    assert_eq!(p, full(&mut s), "{text:?} at {pos}");
                    assert!(text[pos..p.0].is_ascii(), "{text:?} at {pos}");
                }
            }
        }
    }

    /// The one-pass shape of a code candidate answers what splitting it at its slashes
    /// (and its pieces at `.` and `-`) answers.
    #[test]
    fn code_shape_agrees_with_splitting() {
        // Roman numerals as used for quarters and semesters (`II/2007`).
        let is_roman =
            |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b"IVX".contains(&b));
        let by_splitting = |run: &str| {
            let segs = || run.split('/');
            let mut two = segs();
            CodeShape {
                segments: segs().count(),
                empty_segment: segs().any(str::is_empty),
                single_letters: segs()
                    .all(|s| s.len() == 1 && s.as_bytes()[0].is_ascii_alphabetic()),
                has_letter: run.bytes().any(|b| b.is_ascii_alphabetic()),
                mixed: segs().any(|s| {
                    let pieces = || s.split(['.', '-']);
                    pieces().count() > 1
                        && pieces().any(|p| p.bytes().all(|b| b.is_ascii_alphabetic()))
                        && pieces().any(|p| p.bytes().any(|b| b.is_ascii_digit()))
                }),
                roman_year: matches!(
                    (two.next(), two.next()),
                    (Some(a), Some(b)) if is_roman(a) && b.bytes().all(|x| x.is_ascii_digit())
                ),
            }
        };
        const ALPHABET: &[u8] = b"IVXa1/.-_/0Kz";
        let mut seed = 0x1f83_d9ab_fb41_bd6bu64;
        for _ in 0..50_000 {
            let len = (crate::text::xorshift(&mut seed) % 12) as usize;
            let run: String = (0..len)
                .map(|_| {
                    let r = crate::text::xorshift(&mut seed) as usize;
                    char::from(ALPHABET[r % ALPHABET.len()])
                })
                .collect();
            assert_eq!(CodeShape::of(run.as_bytes()), by_splitting(&run), "{run:?}");
        }
        for run in [
            "800/123/BKD/2021",
            "34/PMK.011/2007",
            "II/2007",
            "s/d",
            "a//b",
            "",
        ] {
            assert_eq!(CodeShape::of(run.as_bytes()), by_splitting(run), "{run:?}");
        }
    }

    #[test]
    fn name_shapes_of_ascii_and_other_pieces() {
        assert!(name_shape("Jakarta") == Some(NameShape::Title));
        assert!(name_shape("TNI") == Some(NameShape::Caps));
        assert!(name_shape("Él") == Some(NameShape::Title));
        assert!(name_shape("ÉTAT") == Some(NameShape::Caps));
        for p in ["", "J", "jakarta", "SARSCoV", "TNI2", "Ja-ka", "Cö1"] {
            assert!(name_shape(p).is_none(), "{p:?}");
        }
    }

    #[test]
    fn email_local_bytes_by_table() {
        for b in 0..=255u8 {
            let expect = b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'%' | b'+' | b'-');
            assert_eq!(is_email_local(b), expect, "{b:#x}");
        }
    }

    #[test]
    fn ascii_letter_runs_eight_bytes_at_a_time() {
        let mut all = String::new();
        for b in 0u8..0x80 {
            all.push(char::from(b));
        }
        all.push_str("é高");
        for (i, _) in all.char_indices() {
            let text = format!("abcdefghijKLMNOPQRstuvwxyz{}", &all[i..]);
            let b = text.as_bytes();
            for start in 0..b.len() {
                let slow = start
                    + b[start..]
                        .iter()
                        .take_while(|c| c.is_ascii_alphabetic())
                        .count();
                assert_eq!(ascii_letters_end(b, start), slow, "{text:?} from {start}");
            }
        }
    }

    #[test]
    fn linear_on_pathological_runs() {
        let t = Tokenizer::builtin();
        for unit in [
            "a.", "a.b", "ab.", "a-", "A-B", "1.", "1/", "a@", "x.co", "A.", "Rp1",
        ] {
            let text = unit.repeat(20_000);
            let start = std::time::Instant::now();
            let toks = t.tokenize(&text);
            assert!(!toks.is_empty());
            assert!(
                start.elapsed().as_secs_f64() < 2.0,
                "{unit:?} took {:?}",
                start.elapsed()
            );
        }
    }
}
