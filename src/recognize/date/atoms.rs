//! Atoms: tokens cut into letter runs, digit runs and single punctuation characters.
//!
//! The date grammar reads atoms rather than tokens so that it does not depend on how the
//! tokenizer groups characters: `17/6/2021` is the same five atoms whether it arrived as one
//! `Date` token or five, and `s.d.` is `s . d .` either way. Each atom knows whether text
//! (whitespace) separates it from the previous one, so `17-19` and `17 - 19` stay apart.

use crate::lexicon::vocab::WordId;
use crate::text::facts;
use crate::text::{Span, Token};

use super::lexicon::{hash_step, DateLexicon, Meaning, PhrasePiece};

/// Marks a vocabulary word that is no word of the date lexicon in [`TokenWords`].
pub(super) const NO_DATE_WORD: u32 = u32::MAX;

/// The words of the tokens as the shared vocabulary found them, and which of them are words
/// of the date lexicon: a token of ASCII letters only is then known without hashing it again.
#[derive(Clone, Copy, Debug)]
pub(super) struct TokenWords<'a> {
    /// The vocabulary id of each token.
    pub ids: &'a [WordId],
    /// The date lexicon's id of each vocabulary word ([`NO_DATE_WORD`] where none; words past
    /// the end are none).
    pub date_ids: &'a [u32],
    /// The [`facts`] of each token, as the vocabulary read them with the words.
    pub facts: &'a [u8],
    /// The [`anchor_classes`] of each vocabulary word (words past the end are none).
    pub anchors: &'a [u8],
}

/// [`anchor_classes`]: the word is no word that can begin a date.
const NOT_ANCHOR: u8 = 0;
/// [`anchor_classes`]: a word that can begin a date, not a weekday.
const ANCHOR: u8 = 1;
/// [`anchor_classes`]: a weekday.
const WEEKDAY: u8 = 2;

/// What each vocabulary word is to the window pass of [`Atoms::fill`], one byte a word
/// (`date_ids`: the date lexicon's id of each vocabulary word, as in [`TokenWords`]): a
/// weekday, another word that can begin a date, or neither — so that a token of ASCII
/// letters is judged with one look-up instead of two.
pub(super) fn anchor_classes(date_ids: &[u32], lex: &DateLexicon) -> Vec<u8> {
    date_ids
        .iter()
        .map(
            |&d| match (d != NO_DATE_WORD).then(|| lex.anchor_of(d)).flatten() {
                Some(true) => WEEKDAY,
                Some(false) => ANCHOR,
                None => NOT_ANCHOR,
            },
        )
        .collect()
}

impl TokenWords<'_> {
    /// The date lexicon's id of token `k`, given that it is all ASCII letters (`None`: it is
    /// no date word).
    #[inline]
    fn date_word(&self, k: usize) -> Option<u32> {
        let id = *self.ids.get(k)?;
        self.date_ids
            .get(id as usize)
            .copied()
            .filter(|&d| d != NO_DATE_WORD)
    }

    /// The facts of token `k` (none when there is no such token).
    #[inline]
    fn facts(&self, k: usize) -> u8 {
        self.facts.get(k).copied().unwrap_or(0)
    }

    /// Whether token `k` is ASCII letters only.
    #[inline]
    fn is_letters(&self, k: usize) -> bool {
        self.facts(k) & facts::LETTERS != 0
    }

    /// [`anchor`] of token `k` when it is ASCII letters only (its word says at once);
    /// `None` for other tokens, which are read.
    #[inline(always)]
    fn letters_anchor(&self, k: usize) -> Option<Option<bool>> {
        if !self.is_letters(k) {
            return None;
        }
        let class = match self.ids.get(k) {
            Some(&id) => self.anchors.get(id as usize).copied().unwrap_or(NOT_ANCHOR),
            None => NOT_ANCHOR,
        };
        Some(match class {
            WEEKDAY => Some(true),
            ANCHOR => Some(false),
            _ => None,
        })
    }
}

/// What an atom is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum AtomKind {
    /// ASCII digits: their value (saturating) and how many there are.
    Num { value: u32, digits: u8 },
    /// Letters: the vocabulary id of the lowercase form, if any, and its capitalisation.
    Word {
        id: Option<u32>,
        cap: bool,
        upper: bool,
    },
    /// One punctuation or symbol character (curly apostrophes and hyphen variants folded).
    Punct(char),
}

/// One atom with its place in the text.
#[derive(Clone, Copy, Debug)]
pub(super) struct Atom {
    pub kind: AtomKind,
    pub span: Span,
    /// Text separates this atom from the previous one.
    pub gap: bool,
    /// A line break separates this atom from the previous one.
    pub newline: bool,
    /// Lexicon matches starting here: `hits[hit_start..hit_start + hit_len]`.
    pub hit_start: u32,
    pub hit_len: u16,
    /// Some phrase starting here can begin an expression (a month, a weekday, `pukul`,
    /// `tahun`...), as opposed to words that only continue one (`lalu`, `WIB`, `dan`).
    pub starts: bool,
}

/// A lexicon phrase matched at an atom: its meaning and the atom after its end.
#[derive(Clone, Copy, Debug)]
pub(super) struct Hit {
    pub meaning: Meaning,
    pub end: usize,
}

/// The atoms of one text and the lexicon matches on them.
///
/// The buffers are kept between texts by [`Atoms::fill`], so that a reader reused for many
/// texts stops allocating once it has met the longest.
#[derive(Debug, Default)]
pub(super) struct Atoms {
    pub atoms: Vec<Atom>,
    pub hits: Vec<Hit>,
    /// The first atom after the first [`LEAD_WORDS`] words (the opening a reference date
    /// may be read from).
    pub lead_end: usize,
    /// The token ranges read (scratch).
    windows: Vec<(usize, usize)>,
    /// The atoms a lexicon phrase may start at: words of the vocabulary, punctuation that
    /// begins a phrase (scratch).
    phrase_starts: Vec<u32>,
    /// The number atoms (scratch).
    nums: Vec<u32>,
    /// The atoms an expression may begin at, in order: the numbers, and the atoms where a
    /// phrase starts that can begin one ([`Atom::starts`]).
    pub begins: Vec<u32>,
    /// A lowercase word (scratch).
    lower: String,
}

/// Where the reading of the windows of [`Atoms::fill`] stands.
#[derive(Default)]
struct ReadAt {
    /// The end of the last token read.
    prev_end: usize,
    /// Tokens were skipped since: a barrier comes before the next token read.
    skipped: bool,
}

/// The atom standing for skipped tokens: no phrase or rule reads across it.
pub(super) const BARRIER: char = '\u{0}';

/// Tokens read before an anchor: the context words the grammar looks back at (`pada`,
/// `Nomor`, `setiap`, `(`).
const BEFORE: usize = 4;
/// Tokens read before a weekday: the clause a future marker (`akan`) may come from.
const BEFORE_WEEKDAY: usize = 12;
/// Tokens read after an anchor: the rest of the expression.
const AFTER: usize = 8;

/// Whether a token anchors a window: `Some(true)` for a weekday, `Some(false)` for a number
/// or another word that can begin a date, `None` otherwise.
///
/// A token that starts with a digit anchors. One that starts with a letter anchors when its
/// first letter run is such a word; most words are turned away by their first three letters
/// alone. (Digits later in a word never begin a date: a number glued to letters is no date.)
/// Other tokens are read in full. Words with letters beyond ASCII anchor to be safe.
///
/// `b` are the bytes of the token `span` of `text`; a token whose span is not on char
/// boundaries is no token, and does not anchor (see [`token_bytes`]).
///
/// With `words`, a token of ASCII letters only is looked up by its word id (token `k`).
#[inline]
fn anchor(
    text: &str,
    span: Span,
    b: &[u8],
    lex: &DateLexicon,
    words: Option<(&TokenWords<'_>, usize)>,
) -> Option<bool> {
    let a = anchor_bytes(text, span, b, lex, words)?;
    // (checked last: most tokens are turned away before)
    token_bytes(text.as_bytes(), span)?;
    Some(a)
}

/// [`anchor`] before the span is checked.
#[inline(always)]
fn anchor_bytes(
    text: &str,
    span: Span,
    b: &[u8],
    lex: &DateLexicon,
    words: Option<(&TokenWords<'_>, usize)>,
) -> Option<bool> {
    match BYTE_CLASS[usize::from(*b.first()?)] {
        DIGIT => Some(false),
        // (A token of ASCII letters only, as the vocabulary read it, is judged before by
        // its word's class: `TokenWords::letters_anchor`.)
        LETTER => {
            // (the span's chars and bytes differ in number exactly when it is not ASCII)
            if lex.has_non_ascii_anchors() && span.char_end.wrapping_sub(span.char_start) != b.len()
            {
                return Some(true);
            }
            if !lex.may_anchor_quick(b) {
                return None;
            }
            if let Some((words, k)) = words {
                if letter_end_at(text.as_bytes(), span.start, span.end) == span.end {
                    return lex.anchor_of(words.date_word(k)?);
                }
            }
            let (end, h) = letter_run(b, 0, 0);
            if end < b.len() && b[end] >= 0x80 {
                return lex.may_anchor(b).then_some(true);
            }
            // a word turned away by `may_anchor` is no anchor word either
            lex.anchor_hashed(h, &b[..end])
        }
        // a lone comma or period
        PUNCT if b.len() == 1 => None,
        _ => anchor_scan(text.get(span.range())?, lex),
    }
}

/// The bytes of the token at `span`, when the span is a slice of the text `bytes` on char
/// boundaries (what `text.get(span.range())` accepts); tokens that are not are no tokens.
#[inline]
fn token_bytes(bytes: &[u8], span: Span) -> Option<&[u8]> {
    let b = bytes.get(span.start..span.end)?;
    let boundary = |i: usize| bytes.get(i).map_or(true, |&c| (c as i8) >= -0x40);
    (boundary(span.start) && boundary(span.end)).then_some(b)
}

/// The byte of a token `b` of one ASCII byte that is no letter (a third of the tokens of a
/// news text: punctuation, a digit), read by [`Atoms::push_byte`].
#[inline(always)]
fn lone_byte(b: &[u8]) -> Option<u8> {
    match *b {
        [c] if c < 0x80 && BYTE_CLASS[usize::from(c)] != LETTER => Some(c),
        _ => None,
    }
}

/// The end of the run of ASCII letters of `b` from `i`, and `h` extended with its
/// [`hash_step`]s.
#[inline(always)]
fn letter_run(b: &[u8], mut i: usize, mut h: u64) -> (usize, u64) {
    while let Some(&c) = b.get(i) {
        if !c.is_ascii_alphabetic() {
            break;
        }
        h = hash_step(h, c);
        i += 1;
    }
    (i, h)
}

/// Eight copies of byte `b`.
const fn lanes(b: u8) -> u64 {
    u64::from_le_bytes([b; 8])
}

/// The end of the run of ASCII letters of `bytes[i..end]` (`end` at most `bytes.len()`),
/// read eight bytes at a time where `bytes` goes on that far (the bytes past `end` are read
/// but never counted).
#[inline(always)]
fn letter_end_at(bytes: &[u8], mut i: usize, end: usize) -> usize {
    while i < end {
        let Some(w) = bytes.get(i..).and_then(<[u8]>::first_chunk::<8>) else {
            break;
        };
        let x = u64::from_le_bytes(*w);
        // per byte: lowercased, a letter when it is ASCII and `a`..=`z`
        let y = x | lanes(0x20);
        let low = y & lanes(0x7f);
        let from_a = low.wrapping_add(lanes(0x80 - b'a'));
        let past_z = low.wrapping_add(lanes(0x80 - b'z' - 1));
        let letters = from_a & !past_z & !y & lanes(0x80);
        let others = !letters & lanes(0x80);
        if others != 0 {
            return (i + (others.trailing_zeros() / 8) as usize).min(end);
        }
        i += 8;
    }
    while i < end && bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    i.min(end)
}

/// [`anchor`] for a token that does not start with an ASCII letter or digit: every run.
fn anchor_scan(t: &str, lex: &DateLexicon) -> Option<bool> {
    let b = t.as_bytes();
    let mut found = None;
    let mut i = 0;
    while i < b.len() {
        match BYTE_CLASS[usize::from(b[i])] {
            DIGIT => return Some(false),
            LETTER => {
                let from = i;
                let mut h = 0;
                while i < b.len() && BYTE_CLASS[usize::from(b[i])] == LETTER {
                    h = hash_step(h, b[i]);
                    i += 1;
                }
                if i < b.len() && b[i] >= 0x80 {
                    return Some(true);
                }
                match lex.anchor_hashed(h, &b[from..i]) {
                    Some(true) => return Some(true),
                    Some(false) => found = Some(false),
                    None => {}
                }
            }
            NON_ASCII => {
                let c = t[i..].chars().next()?;
                if !is_general_punctuation(c) && c.is_alphabetic() {
                    return Some(true);
                }
                i += c.len_utf8();
            }
            _ => i += 1,
        }
    }
    found
}

/// The token that is word [`LEAD_WORDS`]` + 1` (a word starts with a letter), if any.
fn lead_token(text: &str, tokens: &[Token]) -> usize {
    let mut words = 0;
    for (k, tok) in tokens.iter().enumerate() {
        let Some(t) = text.get(tok.span.range()) else {
            continue;
        };
        let word = match t.as_bytes().first() {
            Some(&c) if c < 0x80 => c.is_ascii_alphabetic(),
            Some(_) => t.chars().next().is_some_and(char::is_alphabetic),
            None => false,
        };
        if word {
            words += 1;
            if words == LEAD_WORDS + 1 {
                return k;
            }
        }
    }
    usize::MAX
}

/// How many words from the start of a text a reference date may be read from.
pub(super) const LEAD_WORDS: usize = 200;

/// A piece of a lexicon form (the same cut as text atoms).
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Piece<'a> {
    Letters(&'a str),
    Digits(&'a str),
    Punct(char),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Class {
    Letter,
    Digit,
    Space,
    Punct,
}

/// U+2000–U+203F: spaces, dashes, quotation marks, bullets — no letters (so the Unicode
/// tables need not be asked about the commonest non-ASCII characters of news text).
#[inline]
fn is_general_punctuation(c: char) -> bool {
    ('\u{2000}'..='\u{203f}').contains(&c)
}

#[inline]
fn class(c: char) -> Class {
    if c.is_ascii_digit() {
        Class::Digit
    } else if !is_general_punctuation(c) && c.is_alphabetic() {
        Class::Letter
    } else if c.is_whitespace() {
        Class::Space
    } else {
        Class::Punct
    }
}

const SPACE: u8 = 0;
const DIGIT: u8 = 1;
const LETTER: u8 = 2;
const PUNCT: u8 = 3;
const NON_ASCII: u8 = 4;

/// The class of each byte: ASCII whitespace, digits, letters, other ASCII, non-ASCII.
static BYTE_CLASS: [u8; 256] = {
    let mut t = [NON_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() || c == 0x0b {
            SPACE
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c.is_ascii_alphabetic() {
            LETTER
        } else {
            PUNCT
        };
        b += 1;
    }
    t
};

/// Folds punctuation variants: curly apostrophes to `'`, hyphen variants to `-`.
#[inline]
fn fold_punct(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '`' | '\u{00b4}' => '\'',
        '\u{2010}' | '\u{2011}' | '\u{2212}' => '-',
        _ => c,
    }
}

/// Cuts `s` into pieces: letter runs, digit runs, punctuation characters; whitespace dropped.
pub(super) fn pieces(s: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        match class(c) {
            Class::Space => {}
            Class::Punct => out.push(Piece::Punct(fold_punct(c))),
            k => {
                let mut end = i + c.len_utf8();
                while let Some(&(j, d)) = iter.peek() {
                    if class(d) != k {
                        break;
                    }
                    end = j + d.len_utf8();
                    iter.next();
                }
                out.push(if k == Class::Letter {
                    Piece::Letters(&s[i..end])
                } else {
                    Piece::Digits(&s[i..end])
                });
            }
        }
    }
    out
}

impl Atoms {
    /// Cuts the tokens of `text` that can matter into atoms and finds the lexicon's phrases
    /// on them (see [`fill`](Self::fill)).
    #[cfg(test)]
    pub fn new(text: &str, tokens: &[Token], lex: &DateLexicon) -> Atoms {
        let mut this = Atoms::default();
        this.fill(text, tokens, lex, None, false, true);
        this
    }

    /// Every token cut into atoms (the reference the sparse reading is tested against).
    #[cfg(test)]
    pub fn new_full(text: &str, tokens: &[Token], lex: &DateLexicon) -> Atoms {
        let mut this = Atoms::default();
        this.fill(text, tokens, lex, None, true, true);
        this
    }

    /// Replaces the contents with the atoms of `text`, keeping the buffers.
    ///
    /// Only tokens near an anchor are read (all of them when `full`): a token with a digit,
    /// or a word that can begin a date (a month, a weekday, `pukul`, `tahun`, `besok`...),
    /// with [`BEFORE`] tokens before it ([`BEFORE_WEEKDAY`] before a weekday) and [`AFTER`]
    /// after it. The tokens in between are skipped, and a barrier atom marks each gap so that
    /// nothing reads across it.
    ///
    /// [`lead_end`](Self::lead_end) is found only when `lead` is set (it is needed to infer
    /// a reference date); otherwise it is the number of atoms.
    ///
    /// `words`, when given, are the words of `tokens` in the shared vocabulary: a token of
    /// ASCII letters only is then looked up by its id rather than hashed again.
    pub fn fill(
        &mut self,
        text: &str,
        tokens: &[Token],
        lex: &DateLexicon,
        words: Option<TokenWords<'_>>,
        full: bool,
        lead: bool,
    ) {
        self.atoms.clear();
        self.hits.clear();
        self.windows.clear();
        self.phrase_starts.clear();
        self.nums.clear();
        self.begins.clear();
        self.lead_end = usize::MAX;
        let lead_token = if lead {
            lead_token(text, tokens)
        } else {
            usize::MAX
        };
        let bytes = text.as_bytes();
        for (k, tok) in tokens.iter().enumerate() {
            if full {
                break;
            }
            let a = match words.as_ref().and_then(|w| w.letters_anchor(k)) {
                Some(a) => a,
                None => match bytes.get(tok.span.start..tok.span.end) {
                    Some(b) => anchor(text, tok.span, b, lex, words.as_ref().map(|w| (w, k))),
                    None => None,
                },
            };
            let Some(weekday) = a else {
                continue;
            };
            let before = if weekday { BEFORE_WEEKDAY } else { BEFORE };
            let (mut from, to) = (k.saturating_sub(before), (k + AFTER + 1).min(tokens.len()));
            // windows end in token order, so a new one can only swallow the last ones
            while let Some(&(f, t)) = self.windows.last() {
                if t < from {
                    break;
                }
                from = from.min(f);
                self.windows.pop();
            }
            self.windows.push((from, to));
        }
        if full && !tokens.is_empty() {
            self.windows.push((0, tokens.len()));
        }
        let windows = std::mem::take(&mut self.windows);
        let mut at = ReadAt::default();
        let mut read_to = 0;
        for &(from, to) in &windows {
            // a barrier stands for skipped tokens (tokens whose span does not fit the text
            // are no tokens at all)
            at.skipped = tokens[read_to..from]
                .iter()
                .any(|t| token_bytes(bytes, t.span).is_some());
            if lead_token < from && self.lead_end == usize::MAX {
                self.lead_end = self.atoms.len();
            }
            for (k, tok) in (from..to).zip(&tokens[from..to]) {
                let span = tok.span;
                if let Some(w) = words.as_ref().filter(|w| w.is_letters(k)) {
                    // the commonest token, ASCII letters only, as the vocabulary read it
                    let (gap, newline) = self.open_token(&mut at, bytes, span, k == lead_token);
                    self.push_known_letters(w, k, span, gap, newline);
                    continue;
                }
                let Some(b) = bytes.get(span.start..span.end) else {
                    continue;
                };
                // ASCII letters only: being ASCII, the token starts and ends on char
                // boundaries
                let letters = words.is_none()
                    && b.first().is_some_and(u8::is_ascii_alphabetic)
                    && letter_end_at(bytes, span.start, span.end) == span.end;
                if !letters && token_bytes(bytes, span).is_none() {
                    continue;
                }
                let (gap, newline) = self.open_token(&mut at, bytes, span, k == lead_token);
                let word = words.as_ref().map(|w| (w, k));
                if letters {
                    self.push_letters(b, span, gap, newline, lex);
                } else if let Some(c) = lone_byte(b) {
                    self.push_byte(c, span, gap, newline, lex);
                } else {
                    self.push_token(text, b, span, gap, newline, lex, word);
                }
            }
            read_to = to;
        }
        self.windows = windows;
        self.lead_end = self.lead_end.min(self.atoms.len());
        self.find_phrases(lex);
    }

    /// Notes that a token at `span` of the text `bytes` is read next (`lead`: it is the
    /// [`lead_token`]), after a barrier when tokens were skipped before it; whether text and
    /// a line break separate it from the token read before.
    #[inline(always)]
    fn open_token(
        &mut self,
        at: &mut ReadAt,
        bytes: &[u8],
        span: Span,
        lead: bool,
    ) -> (bool, bool) {
        if lead {
            self.lead_end = self.atoms.len();
        }
        let (start, char_start) = (span.start, span.char_start);
        if at.skipped {
            at.skipped = false;
            self.push(
                AtomKind::Punct(BARRIER),
                start,
                start,
                char_start,
                char_start,
                true,
                true,
            );
            at.prev_end = start;
        }
        let prev_end = at.prev_end;
        let gap = start > prev_end || self.atoms.is_empty();
        let newline = start > prev_end
            && match &bytes[prev_end.min(start)..start] {
                [c] => *c == b'\n',
                g => g.contains(&b'\n'),
            };
        at.prev_end = span.end;
        (gap, newline)
    }

    /// [`push_letters`](Self::push_letters) for token `k` of `words`, ASCII letters only (at
    /// `span`): its word, case and shape are known from the vocabulary's reading.
    #[inline(always)]
    fn push_known_letters(
        &mut self,
        words: &TokenWords<'_>,
        k: usize,
        span: Span,
        gap: bool,
        newline: bool,
    ) {
        let id = words.date_word(k);
        if id.is_some() {
            self.phrase_starts.push(self.atoms.len() as u32);
        }
        let f = words.facts(k);
        // (for ASCII letters: the first is a capital, all are, two or more)
        let kind = AtomKind::Word {
            id,
            cap: f & facts::CAPITAL != 0,
            upper: f & facts::CAPS != 0,
        };
        let len = span.end.wrapping_sub(span.start);
        self.push(
            kind,
            span.start,
            span.end,
            span.char_start,
            span.char_start + len,
            gap,
            newline,
        );
    }

    /// Cuts one token (`b`, at `span` of `text`) into atoms: bytes while they are ASCII,
    /// chars from the first that is not. `words`: the vocabulary's words and the token's
    /// index, when known.
    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn push_token(
        &mut self,
        text: &str,
        b: &[u8],
        span: Span,
        mut gap: bool,
        mut newline: bool,
        lex: &DateLexicon,
        words: Option<(&TokenWords<'_>, usize)>,
    ) {
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            let from = i;
            i += 1;
            let kind = match BYTE_CLASS[usize::from(c)] {
                SPACE => {
                    gap = true;
                    newline |= c == b'\n';
                    continue;
                }
                DIGIT => {
                    self.nums.push(self.atoms.len() as u32);
                    let mut value = u32::from(c - b'0');
                    while i < b.len() && BYTE_CLASS[usize::from(b[i])] == DIGIT {
                        value = value
                            .saturating_mul(10)
                            .saturating_add(u32::from(b[i] - b'0'));
                        i += 1;
                    }
                    AtomKind::Num {
                        value,
                        digits: (i - from).min(255) as u8,
                    }
                }
                LETTER => {
                    i = letter_end_at(text.as_bytes(), span.start + i, span.start + b.len())
                        - span.start;
                    if i < b.len() && b[i] >= 0x80 {
                        // a word that goes on with non-ASCII letters: read it as chars
                        i = from;
                        break;
                    }
                    let w = &b[from..i];
                    let id = match words {
                        // the whole token: the vocabulary has looked it up
                        Some((words, k)) if from == 0 && i == b.len() => words.date_word(k),
                        _ => lex.word_id_hashed(letter_run(w, 0, 0).1, w),
                    };
                    if id.is_some() {
                        self.phrase_starts.push(self.atoms.len() as u32);
                    }
                    let cap = c.is_ascii_uppercase();
                    AtomKind::Word {
                        id,
                        cap,
                        upper: cap && w.len() > 1 && !w.iter().any(u8::is_ascii_lowercase),
                    }
                }
                PUNCT => {
                    let p = fold_punct(char::from(c));
                    if lex.punct_may_start(p) {
                        self.phrase_starts.push(self.atoms.len() as u32);
                    }
                    AtomKind::Punct(p)
                }
                _ => {
                    i = from;
                    break;
                }
            };
            self.push(
                kind,
                span.start + from,
                span.start + i,
                span.char_start + from,
                span.char_start + i,
                gap,
                newline,
            );
            gap = false;
            newline = false;
        }
        if i < b.len() {
            // `i` follows ASCII bytes only, so it is a char boundary and `i` chars precede it.
            if let Some(tok) = text.get(span.range()) {
                self.push_chars(tok, i, span, gap, newline, lex);
            }
        }
    }

    /// [`push_token`](Self::push_token) for a token of one ASCII byte `c` that is no letter
    /// (see [`lone_byte`]), at `span`.
    #[inline(always)]
    fn push_byte(&mut self, c: u8, span: Span, gap: bool, newline: bool, lex: &DateLexicon) {
        let kind = match BYTE_CLASS[usize::from(c)] {
            DIGIT => {
                self.nums.push(self.atoms.len() as u32);
                AtomKind::Num {
                    value: u32::from(c - b'0'),
                    digits: 1,
                }
            }
            // whitespace makes no atom
            SPACE => return,
            _ => {
                let p = fold_punct(char::from(c));
                if lex.punct_may_start(p) {
                    self.phrase_starts.push(self.atoms.len() as u32);
                }
                AtomKind::Punct(p)
            }
        };
        let (start, char_start) = (span.start, span.char_start);
        self.push(
            kind,
            start,
            start + 1,
            char_start,
            char_start + 1,
            gap,
            newline,
        );
    }

    /// [`push_token`](Self::push_token) for the commonest token, ASCII letters only (`b`, at
    /// `span`, not empty), when the vocabulary has not read it
    /// ([`push_known_letters`](Self::push_known_letters) when it has): one word atom.
    #[inline(always)]
    fn push_letters(&mut self, b: &[u8], span: Span, gap: bool, newline: bool, lex: &DateLexicon) {
        let c = b.first().copied().unwrap_or_default();
        let cap = c.is_ascii_uppercase();
        let id = lex.word_id_hashed(letter_run(b, 0, 0).1, b);
        // letters in capitals, two or more, are a word in capitals
        let upper = cap && b.len() > 1 && !b.iter().any(u8::is_ascii_lowercase);
        if id.is_some() {
            self.phrase_starts.push(self.atoms.len() as u32);
        }
        let kind = AtomKind::Word { id, cap, upper };
        self.push(
            kind,
            span.start,
            span.end,
            span.char_start,
            span.char_start + b.len(),
            gap,
            newline,
        );
    }

    /// The slow path: atoms of `tok[from..]` read char by char.
    #[cold]
    #[inline(never)]
    fn push_chars(
        &mut self,
        tok: &str,
        from: usize,
        span: Span,
        mut gap: bool,
        mut newline: bool,
        lex: &DateLexicon,
    ) {
        let mut chars = span.char_start + from;
        let mut iter = tok[from..]
            .char_indices()
            .map(|(j, c)| (j + from, c))
            .peekable();
        while let Some((i, c)) = iter.next() {
            let k = class(c);
            let start = span.start + i;
            let char_start = chars;
            chars += 1;
            let mut end = start + c.len_utf8();
            if k == Class::Space {
                gap = true;
                newline |= c == '\n';
                continue;
            }
            if k == Class::Letter || k == Class::Digit {
                while let Some(&(j, d)) = iter.peek() {
                    if class(d) != k {
                        break;
                    }
                    end = span.start + j + d.len_utf8();
                    chars += 1;
                    iter.next();
                }
            }
            let piece = &tok[start - span.start..end - span.start];
            let kind = match k {
                Class::Digit => {
                    self.nums.push(self.atoms.len() as u32);
                    let mut value: u32 = 0;
                    for b in piece.bytes() {
                        value = value.saturating_mul(10).saturating_add(u32::from(b - b'0'));
                    }
                    AtomKind::Num {
                        value,
                        digits: piece.len().min(255) as u8,
                    }
                }
                Class::Letter => {
                    let kind =
                        word_kind(piece, end - start, chars - char_start, lex, &mut self.lower);
                    if matches!(kind, AtomKind::Word { id: Some(_), .. }) {
                        self.phrase_starts.push(self.atoms.len() as u32);
                    }
                    kind
                }
                _ => {
                    let p = fold_punct(c);
                    if lex.punct_may_start(p) {
                        self.phrase_starts.push(self.atoms.len() as u32);
                    }
                    AtomKind::Punct(p)
                }
            };
            self.push(kind, start, end, char_start, chars, gap, newline);
            gap = false;
            newline = false;
        }
    }

    #[allow(clippy::too_many_arguments)]
    #[inline]
    fn push(
        &mut self,
        kind: AtomKind,
        start: usize,
        end: usize,
        char_start: usize,
        char_end: usize,
        gap: bool,
        newline: bool,
    ) {
        self.atoms.push(Atom {
            kind,
            span: Span {
                start,
                end,
                char_start,
                char_end,
            },
            gap,
            newline,
            hit_start: 0,
            hit_len: 0,
            starts: false,
        });
    }

    /// Records, for every atom, the lexicon phrases that start there (longest first).
    fn find_phrases(&mut self, lex: &DateLexicon) {
        for &i in &self.phrase_starts {
            let i = i as usize;
            let range = match self.atoms[i].kind {
                AtomKind::Word { id: Some(id), .. } => lex.word_candidates(id),
                AtomKind::Punct(c) => lex.punct_candidates(c),
                _ => continue,
            };
            // the piece the next atom can be: only the phrases that go on with it may match
            let next = || {
                self.atoms.get(i + 1).and_then(|a| match a.kind {
                    AtomKind::Word { id: Some(id), .. } => Some(PhrasePiece::Word(id)),
                    AtomKind::Punct(c) => Some(PhrasePiece::Punct(c)),
                    _ => None,
                })
            };
            let (longer, singles) = lex.candidates(range, next);
            let hit_start = self.hits.len();
            let mut starts = false;
            for c in longer {
                let rest = lex.rest_of(c);
                let end = i + 1 + rest.len();
                // (the first piece is the atom's, which chose the candidates)
                let Some(next) = self.atoms.get(i + 1..end) else {
                    continue;
                };
                let ok = rest
                    .iter()
                    .zip(next)
                    .all(|(piece, atom)| match (piece, atom.kind) {
                        (PhrasePiece::Word(w), AtomKind::Word { id: Some(id), .. }) => *w == id,
                        (PhrasePiece::Punct(c), AtomKind::Punct(d)) => *c == d,
                        _ => false,
                    });
                if ok {
                    self.hits.push(Hit {
                        meaning: c.meaning,
                        end,
                    });
                    starts |= c.starts;
                }
            }
            // phrases of one piece: the atom's, which chose the candidates
            for c in singles {
                self.hits.push(Hit {
                    meaning: c.meaning,
                    end: i + 1,
                });
                starts |= c.starts;
            }
            let a = &mut self.atoms[i];
            a.starts = starts;
            a.hit_start = hit_start as u32;
            a.hit_len = (self.hits.len() - hit_start).min(u16::MAX as usize) as u16;
        }
        // both lists are in atom order, and no number starts a phrase
        let (mut n, atoms) = (0, &self.atoms);
        for &p in &self.phrase_starts {
            if !atoms[p as usize].starts {
                continue;
            }
            while self.nums.get(n).is_some_and(|&k| k < p) {
                self.begins.push(self.nums[n]);
                n += 1;
            }
            self.begins.push(p);
        }
        self.begins.extend_from_slice(&self.nums[n..]);
    }

    /// The buffers hold more than a long news text needs (about 64,000 atoms, 3.5 MB).
    pub fn is_large(&self) -> bool {
        self.atoms.capacity() > 1 << 16 || self.hits.capacity() > 1 << 16
    }

    /// The lexicon phrases starting at atom `i`, longest first.
    #[inline]
    pub fn hits(&self, i: usize) -> &[Hit] {
        match self.atoms.get(i) {
            Some(a) => {
                let s = a.hit_start as usize;
                &self.hits[s..s + a.hit_len as usize]
            }
            None => &[],
        }
    }
}

/// Classifies a letter run: looks its lowercase form up in the vocabulary (no allocation once
/// `lower` has grown to the longest word).
fn word_kind(
    piece: &str,
    bytes: usize,
    nchars: usize,
    lex: &DateLexicon,
    lower: &mut String,
) -> AtomKind {
    let mut first = true;
    let mut cap = false;
    let mut upper = true;
    for c in piece.chars() {
        let u = c.is_uppercase();
        if first {
            cap = u;
            first = false;
        }
        upper &= u;
    }
    let id = if nchars <= lex.max_word_chars && bytes <= 4 * lex.max_word_chars {
        lower.clear();
        if piece.is_ascii() {
            lower.push_str(piece);
            lower.make_ascii_lowercase();
        } else {
            lower.extend(piece.chars().flat_map(char::to_lowercase));
        }
        lex.word_id(lower)
    } else {
        None
    };
    AtomKind::Word {
        id,
        cap,
        upper: upper && nchars > 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{LexiconKind, LexiconText};
    use crate::text::Tokenizer;

    fn builtin() -> DateLexicon {
        DateLexicon::from_lexicons(&[LexiconText::builtin(LexiconKind::Dates)]).unwrap()
    }

    fn dump(a: &Atoms) -> String {
        format!("{:?} {:?} {}", a.atoms, a.hits, a.lead_end)
    }

    #[test]
    fn refilled_atoms_equal_fresh_ones() {
        let lex = builtin();
        let long = "Rapat digelar Kamis (17/6/2021) pukul 10.00 WIB di kantor bupati, \
                    dan dilanjutkan pada 27 hingga 29 Agustus 2024. "
            .repeat(30);
        let short = "Warga datang SENIN pagi, kata dia.";
        let mut reused = Atoms::default();
        for text in [long.as_str(), short, "", long.as_str()] {
            let tokens = Tokenizer::builtin().analyze(text).tokens;
            reused.fill(text, &tokens, &lex, None, false, true);
            assert_eq!(
                dump(&reused),
                dump(&Atoms::new(text, &tokens, &lex)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn atoms_read_with_the_vocabulary_equal_atoms_read_without() {
        use crate::lexicon::vocab::{TextWords, Vocabulary, WordClasses};
        let lex = builtin();
        // The date words and others, in a vocabulary of the shared kind.
        let mut vocab = Vocabulary::default();
        let mut scratch = Vec::new();
        for w in ["rapat", "kantor", "dan"] {
            vocab.insert_token(w, &mut scratch);
        }
        let mut date_ids = Vec::new();
        for (date_id, w) in lex.ascii_words() {
            let id = vocab.add_classes(w, WordClasses::NONE).unwrap() as usize;
            date_ids.resize(date_ids.len().max(id + 1), NO_DATE_WORD);
            date_ids[id] = date_id;
        }
        let texts = [
            "Rapat digelar KAMIS (17/6/2021) pukul 10.00 WIB, dan Jum'at 18 juni lalu.",
            "Senin-Selasa, 3-4 Agustus 2024; JUNI2021 di kantor; Séptember, Jum\u{2019}at.",
            "Besok pagi atau lusa; tiga hari lalu; s.d. 5 Mei; e-KTP 2021; Kamisan Rabu.",
            "",
        ];
        let anchors = anchor_classes(&date_ids, &lex);
        let mut words = TextWords::default();
        for text in texts {
            let tokens = Tokenizer::builtin().analyze(text).tokens;
            vocab.read(text, &tokens, &mut words);
            let known = TokenWords {
                ids: words.ids(),
                date_ids: &date_ids,
                facts: words.facts(),
                anchors: &anchors,
            };
            for full in [false, true] {
                let mut plain = Atoms::default();
                plain.fill(text, &tokens, &lex, None, full, true);
                let mut read = Atoms::default();
                read.fill(text, &tokens, &lex, Some(known), full, true);
                assert_eq!(dump(&read), dump(&plain), "{text:?}");
            }
        }
    }

    #[test]
    fn anchor_classes_say_what_the_lexicon_says() {
        let lex = builtin();
        let mut date_ids = vec![NO_DATE_WORD; 3];
        date_ids.extend(lex.ascii_words().map(|(id, _)| id));
        date_ids.push(NO_DATE_WORD);
        let classes = anchor_classes(&date_ids, &lex);
        assert_eq!(classes.len(), date_ids.len());
        for (&d, &c) in date_ids.iter().zip(&classes) {
            let expected = if d == NO_DATE_WORD {
                None
            } else {
                lex.anchor_of(d)
            };
            let got = match c {
                WEEKDAY => Some(true),
                ANCHOR => Some(false),
                _ => None,
            };
            assert_eq!(got, expected, "{d}");
        }
        // the table knows weekdays, other anchors and plain date words apart
        assert!(classes.contains(&WEEKDAY) && classes.contains(&ANCHOR));
        assert!(classes.contains(&NOT_ANCHOR));
    }

    #[test]
    fn letter_runs_read_eight_bytes_at_a_time_end_where_byte_by_byte_ones_do() {
        let text =
            "@AZ[`az{Kab.Séptember17/6 abcdefghijklmnopq\u{7f}x\u{80}ZZZZZZZZZZ-ke-64 jum'at";
        let b = text.as_bytes();
        for i in 0..=b.len() {
            for end in i..=b.len() {
                let mut slow = i;
                while slow < end && b[slow].is_ascii_alphabetic() {
                    slow += 1;
                }
                assert_eq!(letter_end_at(b, i, end), slow, "{i}..{end}");
            }
        }
        assert_eq!(letter_end_at(b"abc", 2, 2), 2);
    }

    #[test]
    fn begins_are_the_numbers_and_the_atoms_that_start_an_expression() {
        let lex = builtin();
        for text in [
            "Rapat Kamis (17/6/2021) pukul 10.00 WIB, dan 27 hingga 29 Agustus 2024 lalu.",
            "Séptember 2021 s.d. 5 Mei; 3 hari lalu; Rp 1.250.000; ke-64 – 2019-2023",
            "",
        ] {
            let tokens = Tokenizer::builtin().analyze(text).tokens;
            for a in [
                Atoms::new(text, &tokens, &lex),
                Atoms::new_full(text, &tokens, &lex),
            ] {
                let expected: Vec<u32> = (0..a.atoms.len() as u32)
                    .filter(|&i| {
                        let x = &a.atoms[i as usize];
                        x.starts || matches!(x.kind, AtomKind::Num { .. })
                    })
                    .collect();
                assert_eq!(a.begins, expected, "{text:?}");
            }
        }
    }

    #[test]
    fn numbers_have_no_hits_and_one_piece_phrases_end_after_their_atom() {
        // (the parser passes over a number that reads nothing before it looks for hits)
        let lex = builtin();
        for text in [
            "Pada 17 - 19 Juni 2021, dan 3 hari lalu; 2019-2023, H-7 Lebaran, s.d. 5 Mei.",
            "pukul 10.00 WIB hingga 12.00, Rp 1.250.000, 2 , 3 dan 4 tahun",
        ] {
            let tokens = Tokenizer::builtin().analyze(text).tokens;
            let a = Atoms::new_full(text, &tokens, &lex);
            let mut hits = 0;
            for (i, atom) in a.atoms.iter().enumerate() {
                if matches!(atom.kind, AtomKind::Num { .. }) {
                    assert!(a.hits(i).is_empty(), "{text:?} {i}");
                }
                for h in a.hits(i) {
                    assert!(h.end > i && h.end <= a.atoms.len(), "{text:?} {i}");
                    hits += 1;
                }
            }
            assert!(hits > 5, "{text:?}");
            // `dan`, `hari`, `lalu`: one-piece phrases end right after their atom
            let dan = a
                .atoms
                .iter()
                .position(|x| {
                    matches!(x.kind, AtomKind::Word { id: Some(_), .. })
                        && &text[x.span.range()] == "dan"
                })
                .unwrap();
            assert!(a.hits(dan).iter().any(|h| h.end == dan + 1), "{text:?}");
        }
    }

    #[test]
    fn general_punctuation_has_no_letters() {
        for c in '\u{2000}'..='\u{203f}' {
            assert!(is_general_punctuation(c));
            assert!(!c.is_alphabetic() && !c.is_ascii_digit(), "{c:?}");
        }
        assert!(!is_general_punctuation('\u{2070}'));
        assert_eq!(class('\u{2003}'), Class::Space);
        assert_eq!(class('\u{2013}'), Class::Punct);
    }

    #[test]
    fn words_are_found_in_any_case() {
        let lex = builtin();
        let text = "JUNI juni Juni jUnI junii";
        let tokens = Tokenizer::builtin().analyze(text).tokens;
        let a = Atoms::new_full(text, &tokens, &lex);
        let ids: Vec<_> = a
            .atoms
            .iter()
            .map(|x| match x.kind {
                AtomKind::Word { id, .. } => id,
                _ => None,
            })
            .collect();
        assert!(ids[0].is_some());
        assert!(ids[..4].iter().all(|&id| id == ids[0]), "{ids:?}");
        assert_eq!(ids[4], None);
    }

    #[test]
    fn pieces_cut_letters_digits_and_punctuation() {
        assert_eq!(
            pieces("s.d."),
            vec![
                Piece::Letters("s"),
                Piece::Punct('.'),
                Piece::Letters("d"),
                Piece::Punct('.')
            ]
        );
        assert_eq!(
            pieces("Jum’at 17/6"),
            vec![
                Piece::Letters("Jum"),
                Piece::Punct('\''),
                Piece::Letters("at"),
                Piece::Digits("17"),
                Piece::Punct('/'),
                Piece::Digits("6")
            ]
        );
    }
}
