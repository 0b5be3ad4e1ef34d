//! The sentence splitter: one pass over the tokens, deciding at each token whether a sentence
//! ends after it.
//!
//! A sentence ends
//! * after `.`, `!`, `?` or an ellipsis (with any closing quotes and brackets glued to it) when
//!   a sentence start follows: a capitalised or uncased word, a number, an opening quote or
//!   bracket, a dash or bullet. A lower-case word after `.`, `!` or `?` also starts a sentence
//!   (the writer forgot the capital) — except after a quotation (`"Siap?" tanya dia`), after an
//!   ellipsis, and after a short unlisted abbreviation (`5 jt. per bulan`; not an acronym in
//!   capitals: `oleh PLN. sedangkan`). A period inside
//!   brackets opened in the same sentence (`(Bl.) …`), a period after a short capitalised
//!   word before a number (`Nomor Kpts. 191/2023`) and a period before an initial that is
//!   followed by a lower-case word (`gelar Ph. D. dalam`) end nothing;
//! * after an abbreviation that may end a sentence (`dll.`, `dsb.`, degrees, `Tbk.`) when a
//!   capitalised word follows (not another abbreviation, not a bracket: `Tbk. (BBNI)`), but
//!   never after one that is always followed by more (`Jl.`, `No.`, `Dr.`, `H.`); after an
//!   initial (`M.`) or a dotted initialism (`A.S.`) only when a word that begins sentences
//!   follows (`Pada`, `Ia`, `Namun`, `Dikatakannya`) or the line ends there; a full stop
//!   glued after an abbreviation's closing bracket or quote (`(… annuum L.).`) counts as a
//!   full stop;
//! * at a blank line; at a line break, unless the next line starts in lower case (and the line
//!   is not a Title Case headline) or the line ends with a comma, an opening bracket, a title
//!   or a word that cannot end a sentence (`dan`, `di`, `yang`): headlines, region lines and
//!   photo credits stand alone;
//! * after a dateline at the start of a paragraph (`SAMARINDA –`, `Jakarta (ANTARA) -`,
//!   `Samarinda, Kamis (17/6/2021) –`, `Tana Paser –`, `MERAUKE-Pemerintah …`), the dash
//!   included; up to three capitalised words make a dateline without a mark (capitals, a
//!   number, a bracket) only when none has fewer than three letters (`Al - Hikmah` is a name);
//! * inside a line without punctuation, after a lower-case content word or a number and before
//!   a capitalised word that begins sentences (`… dipamerkan Pada akhir …`) or before a
//!   quotation that ends with a comma before its speech tag
//!   (`… pemenang "Faktor risiko …," kata …`): a headline run into its text. A quotation
//!   right after a verb of saying (`Ia menegaskan "Kami siap," …`) is what is said, unless
//!   the verb tags an earlier quotation of the same sentence.
//!
//! Look-ahead and look-behind are bounded (a dateline within 14 tokens, a quotation within
//! 200, an open bracket within 64, a headline back to its line start), so the pass is linear.

use super::abbrev::{AbbreviationClass, Abbreviations};
use super::token::{Sentence, Token, TokenKind};
use super::tokenizer::Tokenizer;
use super::words::FunctionWords;

/// Longest dateline, in tokens, before its dash.
const DATELINE_TOKENS: usize = 14;
/// How far a quotation's closing quote is looked for, in tokens.
const QUOTE_TOKENS: usize = 200;
/// Fewer bytes than news text has per sentence, to size the output once.
const BYTES_PER_SENTENCE: usize = 48;

/// Splits `tokens` of `text` into sentences, appended to `out`.
pub(crate) fn split(tok: &Tokenizer, text: &str, tokens: &[Token], out: &mut Vec<Sentence>) {
    if tokens.is_empty() {
        return;
    }
    // News sentences run at 60 bytes or more (90 typically): room for them all at once.
    out.reserve(text.len() / BYTES_PER_SENTENCE + 1);
    let s = Splitter {
        text,
        tokens,
        lex: tok.abbreviations(),
        words: tok.function_words(),
    };
    s.run(out, true);
}

/// What a token that may close a sentence is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Terminal {
    /// `.`, `!`, `?`, an ellipsis.
    Strong,
    /// A listed abbreviation; `true` when it may end a sentence.
    Abbreviation(bool),
    /// An initial or an unlisted dotted initialism.
    Initial,
}

struct Splitter<'a> {
    text: &'a str,
    tokens: &'a [Token],
    lex: &'a Abbreviations,
    words: &'a FunctionWords,
}

impl Splitter<'_> {
    /// Splits the tokens; `skip` passes plain tokens in [`skip_plain`](Self::skip_plain)'s
    /// tight loop (`false` only in tests: the loop must decide what the body would).
    #[inline(always)]
    fn run(&self, out: &mut Vec<Sentence>, skip: bool) {
        let n = self.tokens.len();
        let mut start = 0;
        let mut i = 0;
        let mut dateline_checked = usize::MAX;
        while i < n {
            if i == start && dateline_checked != start && self.paragraph_start(start) {
                dateline_checked = start;
                if let Some(d) = self.dateline(start) {
                    self.push(out, start, d);
                    start = d + 1;
                    i = d + 1;
                    continue;
                }
            }
            if skip {
                // Most tokens, a sentence's first one included once its dateline is ruled
                // out: past them in a tight loop (what the rest of the body would decide for
                // them).
                i = self.skip_plain(start, i);
            }
            if let Some(term) = self.terminal(i) {
                let last = self.absorb_closers(i);
                // `(Capsicum annuum L.).`: a full stop after an abbreviation's closing run
                // makes the run end like a full stop.
                let (term, stop) = match term {
                    Terminal::Strong => (term, i),
                    _ => match (i + 1..=last).rev().find(|&k| self.is_full_stop(k)) {
                        Some(k) => (Terminal::Strong, k),
                        None => (term, i),
                    },
                };
                let next = last + 1;
                if next >= n {
                    break;
                }
                let nl = self.newlines(last, next);
                let boundary = if nl >= 2 {
                    true
                } else {
                    match term {
                        Terminal::Strong => nl == 1 || self.after_strong(start, stop, last, next),
                        Terminal::Abbreviation(true) => {
                            (nl == 1 && !self.starts_lower(next))
                                || (self.starts_sentence(next)
                                    && !matches!(
                                        self.tokens[next].kind,
                                        TokenKind::Abbreviation | TokenKind::Initial
                                    )
                                    && !matches!(self.tok(next), "(" | "["))
                        }
                        Terminal::Abbreviation(false) => false,
                        Terminal::Initial => {
                            (nl == 1 && !self.starts_lower(next)) || self.is_starter_word(next)
                        }
                    }
                };
                if boundary {
                    self.push(out, start, last);
                    start = next;
                }
                i = next;
                continue;
            }
            let next = i + 1;
            if next < n && self.boundary_without_terminal(start, i, next) {
                self.push(out, start, i);
                start = next;
            }
            i = next;
        }
        if start < n {
            self.push(out, start, n - 1);
        }
    }

    fn push(&self, out: &mut Vec<Sentence>, first: usize, last: usize) {
        out.push(Sentence {
            span: self.tokens[first].span.cover(&self.tokens[last].span),
            tokens: first..last + 1,
        });
    }

    #[inline]
    fn tok(&self, i: usize) -> &str {
        self.tokens[i].text(self.text)
    }

    /// The bytes of token `i` (no char-boundary checks: for comparing with ASCII forms and
    /// looking at first bytes).
    #[inline]
    fn bytes(&self, i: usize) -> &[u8] {
        let s = self.tokens[i].span;
        self.text.as_bytes().get(s.start..s.end).unwrap_or_default()
    }

    #[inline(always)]
    fn first_char(&self, i: usize) -> char {
        match self.bytes(i).first() {
            Some(&b) if b < 0x80 => char::from(b),
            _ => self.first_char_decoded(i),
        }
    }

    /// [`first_char`](Self::first_char) of a token that does not start with an ASCII byte.
    #[cold]
    #[inline(never)]
    fn first_char_decoded(&self, i: usize) -> char {
        self.tok(i).chars().next().unwrap_or(' ')
    }

    /// No whitespace between tokens `a` and `a + 1`.
    #[inline]
    fn attached(&self, a: usize) -> bool {
        a + 1 < self.tokens.len() && self.tokens[a].span.end == self.tokens[a + 1].span.start
    }

    /// Line breaks between token `a` and token `b` (2 or more: a blank line or a paragraph
    /// or page separator).
    #[inline(always)]
    fn newlines(&self, a: usize, b: usize) -> usize {
        let (s, e) = (self.tokens[a].span.end, self.tokens[b].span.start);
        let bytes = &self.text.as_bytes()[s..e];
        match bytes {
            [] | [b' '] => 0,
            _ => line_breaks(bytes),
        }
    }

    /// Token `i` starts a paragraph: the first token, or the first after a line break.
    fn paragraph_start(&self, i: usize) -> bool {
        i == 0 || self.newlines(i - 1, i) > 0
    }

    #[inline]
    fn terminal(&self, i: usize) -> Option<Terminal> {
        // The kind first: words and numbers, most tokens, never end a sentence.
        let kind = self.tokens[i].kind;
        if !may_close(kind) {
            return None;
        }
        self.terminal_of(i, kind)
    }

    /// [`terminal`](Self::terminal) for a token of a kind that may close a sentence.
    #[inline]
    fn terminal_of(&self, i: usize, kind: TokenKind) -> Option<Terminal> {
        if kind == TokenKind::Punctuation {
            // ASCII punctuation is one byte except for runs (`...`, `--`, `''`).
            let strong = match self.bytes(i) {
                [b] => matches!(b, b'.' | b'!' | b'?'),
                [b, ..] if *b < 0x80 => self.bytes(i).starts_with(b".."),
                _ => matches!(
                    self.tok(i),
                    "…" | "‼" | "⁇" | "⁈" | "⁉" | "。" | "！" | "？" | "؟" | "।"
                ),
            };
            return strong.then_some(Terminal::Strong);
        }
        let t = self.tok(i);
        match kind {
            TokenKind::Abbreviation if t.ends_with('.') => Some(match self.lex.lookup(t) {
                Some(info) => Terminal::Abbreviation(info.sentence_final),
                None => Terminal::Initial,
            }),
            TokenKind::Initial => Some(Terminal::Initial),
            TokenKind::Symbol if t.ends_with('.') => self.lex.lookup(t).and_then(|info| {
                (info.class == AbbreviationClass::Currency)
                    .then_some(Terminal::Abbreviation(info.sentence_final))
            }),
            _ => None,
        }
    }

    /// Whether a sentence ends after `.`, `!`, `?` or an ellipsis at `i`, whose closing run
    /// ends at `last`, in the sentence that started at `start`; `next` follows.
    fn after_strong(&self, start: usize, i: usize, last: usize, next: usize) -> bool {
        let closers = i + 1..=last;
        if self.opens_inside(start, i) {
            // `(Bl.) RM Smith`, `(SSK. II)`: the period belongs to something inside brackets
            // opened within this sentence.
            return false;
        }
        let short_word_before = self.tok(i) == "."
            && i > 0
            && self.attached(i - 1)
            && self.tokens[i - 1].kind == TokenKind::Word
            && at_most_chars(self.tok(i - 1), 4)
            && self.tok(i - 1).chars().all(char::is_alphabetic);
        if short_word_before
            && self.first_char(i - 1).is_uppercase()
            && self.first_char(next).is_ascii_digit()
        {
            // An unlisted abbreviation before a number: `Nomor Kpts. 191/11/2023`.
            return false;
        }
        if self.tokens[next].kind == TokenKind::Initial
            && next + 1 < self.tokens.len()
            && self.tokens[next + 1].kind == TokenKind::Word
            && self.starts_lower(next + 1)
        {
            // `gelar Ph. D. dalam`: an initial before a lower-case word begins no name, so
            // it continues what the period interrupted.
            return false;
        }
        if self.starts_sentence(next) {
            return true;
        }
        if self.tokens[next].kind != TokenKind::Word || !self.starts_lower(next) {
            return false;
        }
        // A lower-case word follows. A speech tag after a quotation (`"Siap?" tanya dia`), an
        // ellipsis inside a sentence or an unlisted short abbreviation (`5 jt. per bulan`)
        // continue the sentence; otherwise the writer forgot the capital.
        let quoted = closers
            .into_iter()
            .any(|k| matches!(self.tok(k), "\"" | "'" | "''" | "”" | "’" | "»" | "›"));
        if quoted || !matches!(self.tok(i), "." | "!" | "?") {
            return false;
        }
        // `5 jt. per bulan`: an unlisted short abbreviation. An acronym or a Roman numeral in
        // capitals (`PLN.`, `II.`) is no abbreviation: its period ends the sentence.
        !(short_word_before && {
            let before = self.tok(i - 1);
            at_most_chars(before, 3) && !before.chars().all(char::is_uppercase)
        })
    }

    /// Token `k` is `.`, `!` or `?`.
    fn is_full_stop(&self, k: usize) -> bool {
        self.tokens[k].kind == TokenKind::Punctuation && matches!(self.tok(k), "." | "!" | "?")
    }

    /// An opening bracket between `start` (exclusive) and `i` is still open at `i`.
    fn opens_inside(&self, start: usize, i: usize) -> bool {
        let mut depth = 0usize;
        let lo = start.max(i.saturating_sub(64));
        let b = self.text.as_bytes();
        for t in self.tokens.get(lo + 1..i).unwrap_or_default().iter().rev() {
            // Brackets are one-byte tokens.
            if t.span.end != t.span.start + 1 {
                continue;
            }
            match b.get(t.span.start) {
                Some(b')' | b']') => depth += 1,
                Some(b'(' | b'[') if depth == 0 => return true,
                Some(b'(' | b'[') => depth -= 1,
                _ => {}
            }
        }
        false
    }

    /// The last token of the closing run that starts at terminal `i`: more terminal
    /// punctuation glued to it (`?!`, `...`), closing quotes and brackets.
    fn absorb_closers(&self, i: usize) -> usize {
        let n = self.tokens.len();
        let mut last = i;
        while last + 1 < n {
            let k = last + 1;
            let t = self.tok(k);
            let glued = self.attached(last);
            let closer = match t {
                "\"" | "'" | "''" => glued,
                "”" | "’" | "»" | "›" | ")" | "]" | "}" | "」" | "』" | "）" => {
                    glued || self.newlines(last, k) == 0
                }
                "." | "!" | "?" | "…" => glued,
                _ => false,
            };
            if !closer || self.tokens[k].kind != TokenKind::Punctuation {
                break;
            }
            last = k;
        }
        last
    }

    /// Token `k` begins with a lower-case letter.
    fn starts_lower(&self, k: usize) -> bool {
        self.first_char(k).is_lowercase()
    }

    /// Token `k` can begin a sentence.
    fn starts_sentence(&self, k: usize) -> bool {
        let c = self.first_char(k);
        match self.tokens[k].kind {
            TokenKind::Punctuation => match c {
                // A bracket after final punctuation opens a new segment, even in lower case:
                // the reporter's initials `(jay/her)`, a photo credit `(foto: ist)`.
                '(' | '[' | '（' => true,
                '"' | '“' | '‘' | '\'' | '«' | '‹' | '„' | '`' | '「' | '『' => {
                    // An opening quote, unless what it opens is in lower case.
                    !(self.attached(k) && k + 1 < self.tokens.len() && self.starts_lower(k + 1))
                }
                '-' | '–' | '—' | '•' | '·' | '*' | '‣' | '◦' => true,
                _ => false,
            },
            TokenKind::Word | TokenKind::Abbreviation | TokenKind::Initial => !c.is_lowercase(),
            _ => true,
        }
    }

    /// Token `k` is a capitalised function word that begins sentences (`Pada`, `Ia`) or a
    /// passive verb with `-nya` that only starts sentences (`Dikatakannya`, `Ditambahkannya`).
    fn is_starter_word(&self, k: usize) -> bool {
        if self.tokens[k].kind != TokenKind::Word || !self.first_char(k).is_uppercase() {
            return false;
        }
        let t = self.tok(k);
        self.words.role(t).is_some_and(|r| r.starts)
            || (t.len() >= 9
                && t.starts_with("Di")
                && t.ends_with("nya")
                && t.bytes().skip(1).all(|b| b.is_ascii_lowercase()))
    }

    /// Token `i` is a word that cannot end a sentence (`dan`, `di`, `yang`).
    fn is_linker(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word
            && self.words.role(self.tok(i)).is_some_and(|r| !r.ends)
    }

    /// The first token from `i` on (inside the sentence that started at `start`, whose
    /// dateline, if `i` is its start, has been looked for) that needs a closer look. A token is passed when the next one follows on the
    /// same line (glued to it or after one space) and the rest of [`run`](Self::run)'s body
    /// would decide "no boundary" for it: it is no terminal (no abbreviation or initial, no
    /// `.`, `!`, `?` or ellipsis, no symbol ending in a period), and no headline ends after
    /// it — it is not a word, number or date, or it is a word that does not start in lower
    /// case, or the next token is glued to it, or the next token starts with an ASCII byte
    /// that is neither a quote nor a capital letter, or [`headline_end`](Self::headline_end)
    /// says no. The last token always needs a closer look.
    #[inline]
    fn skip_plain(&self, start: usize, mut i: usize) -> usize {
        let b = self.text.as_bytes();
        let mut rest = self.tokens.get(i..).unwrap_or_default();
        while let [t, u, ..] = rest {
            let (end, next) = (t.span.end, u.span.start);
            let spaced = end != next;
            if spaced && !(end + 1 == next && b.get(end) == Some(&b' ')) {
                break;
            }
            let first = || b.get(t.span.start).copied().unwrap_or(0);
            let pass = match t.kind {
                // No headline ends after a word that does not start in lower case.
                TokenKind::Word => {
                    !spaced
                        || next_is_plain(b, next)
                        || {
                            let f = first();
                            f < 0x80 && !f.is_ascii_lowercase()
                        }
                        || !self.may_end_headline(start, i, u.kind)
                }
                TokenKind::Number | TokenKind::Date => {
                    !spaced || next_is_plain(b, next) || !self.may_end_headline(start, i, u.kind)
                }
                // ASCII punctuation is terminal only as `.`, `!`, `?` or a run of periods.
                TokenKind::Punctuation => {
                    let f = first();
                    f < 0x80 && !matches!(f, b'.' | b'!' | b'?')
                }
                TokenKind::Symbol => b.get(end.wrapping_sub(1)) != Some(&b'.'),
                TokenKind::Abbreviation | TokenKind::Initial => false,
                _ => true,
            };
            if !pass {
                break;
            }
            rest = &rest[1..];
            i += 1;
        }
        i
    }

    /// [`headline_end`](Self::headline_end) between `i` and `i + 1`, whose kind is `next`:
    /// only a word or a quotation mark (punctuation) can begin the text after a headline.
    #[inline]
    fn may_end_headline(&self, start: usize, i: usize, next: TokenKind) -> bool {
        matches!(next, TokenKind::Word | TokenKind::Punctuation)
            && self.headline_end(start, i, i + 1)
    }

    /// A boundary between `i` and `k = i + 1` where `i` is not sentence-final punctuation:
    /// blank lines, line breaks, headlines run into their text.
    #[inline]
    fn boundary_without_terminal(&self, start: usize, i: usize, k: usize) -> bool {
        let nl = self.newlines(i, k);
        if nl >= 2 {
            return true;
        }
        if nl == 1 {
            return !self.line_continues(i, k);
        }
        if self.tokens[i].span.end == self.tokens[k].span.start {
            return false;
        }
        self.headline_end(start, i, k)
    }

    /// The line ending with token `i` continues on the line starting with token `k`.
    fn line_continues(&self, i: usize, k: usize) -> bool {
        if self.starts_lower(k) {
            // A wrapped line, unless the line is a headline in Title Case (then the next
            // line is a photo credit like `ist` or the text).
            return !self.title_case_line(i);
        }
        if self.tokens[i].kind == TokenKind::Punctuation {
            return matches!(self.tok(i), "," | ";" | "(" | "[" | "/" | "&");
        }
        matches!(self.terminal(i), Some(Terminal::Abbreviation(false))) || self.is_linker(i)
    }

    /// The line that ends with token `i` is in Title Case: at least two content words (three
    /// letters or more, not function words), all capitalised.
    fn title_case_line(&self, i: usize) -> bool {
        let mut content = 0;
        let mut j = i;
        loop {
            if self.tokens[j].kind == TokenKind::Word
                && self.tok(j).chars().count() >= 3
                && self.words.role(self.tok(j)).is_none()
            {
                if !self.first_char(j).is_uppercase() {
                    return false;
                }
                content += 1;
            }
            if j == 0 || self.newlines(j - 1, j) > 0 {
                break;
            }
            j -= 1;
        }
        content >= 2
    }

    /// A headline (or any line without final punctuation) ends between `i` and `k` on the
    /// same line: `i` is a lower-case content word or a number and `k` starts a sentence
    /// unmistakably.
    fn headline_end(&self, start: usize, i: usize, k: usize) -> bool {
        // Cheap tests on `k` first: most word pairs stop here.
        // `"` or `“` (E2 80 9C).
        let quote = matches!(self.bytes(k), b"\"" | b"\xE2\x80\x9C");
        let n = self.tokens.len();
        if !quote {
            // A capitalised word followed by a lower-case word or a comma.
            let capital_word =
                self.tokens[k].kind == TokenKind::Word && self.first_char(k).is_uppercase();
            let follows = || {
                k + 1 < n
                    && (self.starts_lower(k + 1) && self.tokens[k + 1].kind == TokenKind::Word
                        || self.bytes(k + 1) == b",")
            };
            if !(capital_word && follows()) {
                return false;
            }
        }
        // `i` must end content: a lower-case word that is not a linker (looked up last), a
        // number or a date.
        let word_before = match self.tokens[i].kind {
            TokenKind::Word => true,
            TokenKind::Number | TokenKind::Date => false,
            _ => return false,
        };
        if word_before && !self.starts_lower(i) {
            return false;
        }
        if quote {
            if word_before && self.is_linker(i) {
                return false;
            }
            // `Ia menegaskan "Kami siap," …`: after a verb of saying the quotation is what is
            // said, unless that verb tags an earlier quotation of the same sentence
            // (`"…," katanya menjelaskan "Faktor …`).
            if self.is_speech_verb(i) && !self.quote_between(start, i) {
                return false;
            }
            return self.quotation_sentence(k);
        }
        // The lexicon first: few words begin sentences, and the case test reads every char.
        let title = || self.tok(k).chars().skip(1).any(char::is_lowercase);
        self.is_starter_word(k) && title() && !(word_before && self.is_linker(i))
    }

    /// Token `i` is a verb of saying (`mengatakan`, `kata`).
    fn is_speech_verb(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word
            && self.words.role(self.tok(i)).is_some_and(|r| r.speech)
    }

    /// A quotation mark among the tokens from `start` to before `i` (looking back at most
    /// [`QUOTE_TOKENS`]).
    fn quote_between(&self, start: usize, i: usize) -> bool {
        let lo = start.max(i.saturating_sub(QUOTE_TOKENS));
        (lo..i).any(|j| {
            self.tokens[j].kind == TokenKind::Punctuation
                && matches!(self.tok(j), "\"" | "“" | "”" | "''")
        })
    }

    /// Token `k` opens a quotation (`"` or `“` before a capitalised word) whose closing quote
    /// follows sentence punctuation: `"Kami siap," kata …`.
    fn quotation_sentence(&self, k: usize) -> bool {
        let open = self.tok(k);
        if !matches!(open, "\"" | "“") || !self.attached(k) {
            return false;
        }
        let n = self.tokens.len();
        if k + 1 >= n || !self.first_char(k + 1).is_uppercase() {
            return false;
        }
        let close = if open == "\"" { "\"" } else { "”" };
        let end = (k + 1 + QUOTE_TOKENS).min(n);
        for j in k + 2..end {
            if self.newlines(j - 1, j) > 0 {
                return false;
            }
            if self.tok(j) == close {
                // `"Kami siap," kata Budi`: the quotation ends with a comma before its speech
                // tag, so it is not the object of a verb before it.
                return self.tok(j - 1) == ",";
            }
        }
        false
    }

    /// The dash ending a dateline that starts at paragraph start `s`: capitalised words
    /// (a place in capitals, a news agency in brackets, a date) then a spaced dash.
    fn dateline(&self, s: usize) -> Option<usize> {
        let n = self.tokens.len();
        let mut words = 0;
        let mut marked = false;
        // A word of one or two letters (`Al -`, `Embraer E -`): a spaced hyphen in a name,
        // unless something else marks the dateline.
        let mut short_word = false;
        for j in s..(s + DATELINE_TOKENS).min(n) {
            if j > s && self.newlines(j - 1, j) > 0 {
                return None;
            }
            let t = self.tok(j);
            let kind = self.tokens[j].kind;
            if j > s && kind == TokenKind::Punctuation && super::dateline::is_dateline_dash(t) {
                // `SAMARINDA – …`, `PALU– …`, or glued to a place in capitals:
                // `MERAUKE-Pemerintah …`.
                let spaced = j + 1 < n && !(self.attached(j - 1) && self.attached(j));
                let caps_place = self.tokens[j - 1].kind == TokenKind::Word
                    && self
                        .tok(j - 1)
                        .chars()
                        .filter(|c| c.is_alphabetic())
                        .count()
                        >= 5
                    && !self.tok(j - 1).chars().any(char::is_lowercase);
                let spaced = spaced || caps_place;
                // The text after a dateline starts with a word or a quotation, not a number
                // (`Berharap 5 – 10 Tahun` is a range in a headline).
                let ok = spaced
                    && (marked || (words <= 3 && !short_word))
                    && j + 1 < n
                    && self.starts_sentence(j + 1)
                    && matches!(
                        self.tokens[j + 1].kind,
                        TokenKind::Word | TokenKind::Punctuation | TokenKind::Abbreviation
                    );
                return ok.then_some(j);
            }
            match kind {
                TokenKind::Word | TokenKind::Abbreviation => {
                    if !self.first_char(j).is_uppercase() {
                        return None;
                    }
                    let (letters, lower) = if t.is_ascii() {
                        let b = t.as_bytes();
                        (
                            b.iter().filter(|c| c.is_ascii_alphabetic()).count(),
                            b.iter().any(u8::is_ascii_lowercase),
                        )
                    } else {
                        (
                            t.chars().filter(|c| c.is_alphabetic()).count(),
                            t.chars().any(char::is_lowercase),
                        )
                    };
                    if letters >= 3 && !lower {
                        marked = true;
                    }
                    short_word |= letters < 3;
                    words += 1;
                }
                TokenKind::Url | TokenKind::Number | TokenKind::Date | TokenKind::Time => {
                    marked = true;
                }
                TokenKind::Punctuation if matches!(t, "," | "(" | ")" | "/") => {}
                _ => return None,
            }
        }
        None
    }
}

/// Whether `s` has at most `n` chars: told by its length in bytes alone unless it is
/// between `n` and `4 n` bytes long (a char has one to four).
#[inline]
fn at_most_chars(s: &str, n: usize) -> bool {
    s.len() <= n || (s.len() <= 4 * n && s.chars().count() <= n)
}

/// Tokens of this kind may close a sentence; words, numbers and the rest never do.
#[inline]
fn may_close(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Punctuation | TokenKind::Abbreviation | TokenKind::Initial | TokenKind::Symbol
    )
}

/// The token starting at byte `next` begins with an ASCII byte that is neither a quote nor a
/// capital letter: it begins no sentence and no headline ends before it.
#[inline]
fn next_is_plain(b: &[u8], next: usize) -> bool {
    b.get(next).is_some_and(|&c| PLAIN_FIRST[usize::from(c)])
}

/// Whether a token beginning with the byte is plain for [`next_is_plain`]: ASCII, neither a
/// quote nor a capital letter (one look-up in the splitter's tightest loop).
static PLAIN_FIRST: [bool; 256] = {
    let mut t = [false; 256];
    let mut c = 0;
    while c < 0x80 {
        t[c] = c as u8 != b'"' && !(c as u8).is_ascii_uppercase();
        c += 1;
    }
    t
};

/// Line breaks in a gap of whitespace: `\n`, `\r\n`, a lone `\r`, vertical tab, NEL and
/// U+2028 count one; form feed and U+2029 (paragraph separator) count two.
fn line_breaks(b: &[u8]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\n' | 0x0B => n += 1,
            b'\r' if b.get(i + 1) != Some(&b'\n') => n += 1,
            0x0C => n += 2,
            0xC2 if b.get(i + 1) == Some(&0x85) => n += 1,
            0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA8) => n += 1,
            0xE2 if b.get(i + 1) == Some(&0x80) && b.get(i + 2) == Some(&0xA9) => n += 2,
            _ => {}
        }
        i += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Analysis;

    fn sents(text: &str) -> Vec<&str> {
        let t = Tokenizer::builtin();
        t.analyze(text)
            .sentences
            .iter()
            .map(|s| &text[s.span.range()])
            .collect()
    }

    /// The tight loop of `skip_plain` passes only tokens after which the full body would end
    /// no sentence: on random texts, splitting with and without it gives the same sentences.
    #[test]
    fn skipping_plain_tokens_changes_no_boundary() {
        let t = Tokenizer::builtin();
        let pieces = [
            "kata",
            "Kata",
            "di",
            "dan",
            "yang",
            "Pada",
            "Ia",
            "Namun",
            "Dikatakannya",
            "mengatakan",
            "SAMARINDA",
            "Rp",
            "Rp.",
            "H.",
            "M.",
            "dll.",
            "Jl.",
            "S.Sos.",
            "12",
            "17/6",
            "2021",
            ".",
            "!",
            "?",
            "...",
            ",",
            ";",
            ":",
            "\"",
            "“",
            "”",
            "'",
            "(",
            ")",
            "-",
            "–",
            "%",
            "é",
            "Émile",
            "ist",
            " ",
            " ",
            " ",
            "  ",
            "\n",
            "\n\n",
            "\t",
        ];
        let mut seed = 0x9E37_79B9_7F4A_7C15u64;
        let mut analysis = Analysis::default();
        let mut slow = Vec::new();
        for _ in 0..20_000 {
            let mut text = String::new();
            for _ in 0..14 {
                let r = crate::text::xorshift(&mut seed);
                text.push_str(pieces[(r % pieces.len() as u64) as usize]);
                if seed >> 60 < 12 {
                    text.push(' ');
                }
            }
            t.analyze_into(&text, &mut analysis);
            slow.clear();
            Splitter {
                text: &text,
                tokens: &analysis.tokens,
                lex: t.abbreviations(),
                words: t.function_words(),
            }
            .run(&mut slow, false);
            assert_eq!(analysis.sentences, slow, "{text:?}");
        }
    }

    #[test]
    fn plain_first_bytes_by_table() {
        for c in 0..=255u8 {
            let plain = c < 0x80 && c != b'"' && !c.is_ascii_uppercase();
            assert_eq!(next_is_plain(&[b'x', c], 1), plain, "{c:#x}");
        }
        assert!(!next_is_plain(b"x", 1));
    }

    #[test]
    fn at_most_chars_agrees_with_counting() {
        for s in [
            "",
            "a",
            "abcd",
            "abcde",
            "éé",
            "ééé",
            "Kpts",
            "日本語の",
            "日本語の文",
            "a日",
        ] {
            for n in 0..6 {
                assert_eq!(at_most_chars(s, n), s.chars().count() <= n, "{s:?} {n}");
            }
        }
    }

    #[test]
    fn counts_line_breaks() {
        assert_eq!(line_breaks(" \n ".as_bytes()), 1);
        assert_eq!(line_breaks("\r\n\r\n".as_bytes()), 2);
        assert_eq!(line_breaks("\r".as_bytes()), 1);
        assert_eq!(line_breaks("\u{2029}".as_bytes()), 2);
        assert_eq!(line_breaks("\u{2028}".as_bytes()), 1);
        assert_eq!(line_breaks("  ".as_bytes()), 0);
    }

    #[test]
    fn basic_boundaries() {
        assert_eq!(
            sents("Ia datang. Kami pulang! \"Apa kabar?\" tanya dia. Ya."),
            [
                "Ia datang.",
                "Kami pulang!",
                "\"Apa kabar?\" tanya dia.",
                "Ya."
            ]
        );
        assert_eq!(
            sents("\"Kami siap.\" Kemudian ia pergi."),
            ["\"Kami siap.\"", "Kemudian ia pergi."]
        );
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(
            sents("Rapat di Jl. Merdeka No. 5 dihadiri Dr. Budi. Acara selesai."),
            [
                "Rapat di Jl. Merdeka No. 5 dihadiri Dr. Budi.",
                "Acara selesai."
            ]
        );
        assert_eq!(
            sents("Ada beras, gula dll. Harga naik."),
            ["Ada beras, gula dll.", "Harga naik."]
        );
        assert_eq!(
            sents("Hadir H. Isran Noor dan M. Yusuf. Ia menyapa."),
            ["Hadir H. Isran Noor dan M. Yusuf.", "Ia menyapa."]
        );
        assert_eq!(
            sents("Rumahnya di Blok A. Pada malam itu hujan."),
            ["Rumahnya di Blok A.", "Pada malam itu hujan."]
        );
    }

    #[test]
    fn news_layout() {
        assert_eq!(
            sents("Judul Berita Hari Ini\nSAMARINDA – Gubernur hadir.\n\nFoto: Humas"),
            [
                "Judul Berita Hari Ini",
                "SAMARINDA –",
                "Gubernur hadir.",
                "Foto: Humas"
            ]
        );
        assert_eq!(
            sents("Jakarta (ANTARA) - Presiden tiba."),
            ["Jakarta (ANTARA) -", "Presiden tiba."]
        );
        assert_eq!(
            sents("Warga menanam padi\ndi sawah mereka."),
            ["Warga menanam padi\ndi sawah mereka."]
        );
    }
}
