//! What surrounds a place name: the words of `place_context.tsv` (administrative prefixes,
//! feature words, titles, locatives, name, generic and people words) and the layout of the text
//! (lines, title-case headlines, the dateline).

use std::ops::Range;

use crate::document::PlaceLevel;
use crate::error::{Error, Result};
use crate::lexicon::fields::{self, Seen};
use crate::lexicon::LexiconText;
pub(crate) use crate::text::case::is_capitalised;
use crate::text::dateline::DATELINE_LINES;
use crate::text::{facts, Sentence, Token, TokenKind};

/// What a context word says about the name after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Role {
    /// An administrative unit word (`Kabupaten`, `Kota`, `Desa`): not part of the name.
    Prefix,
    /// A village word that is also a noun inside names (`Negeri`, the Maluku village, as
    /// against `Pengadilan Negeri`, `SMA Negeri`, `luar negeri`): it opens a name no lexicon
    /// has only when written with a capital after no capitalised word (`di Negeri Hatusua`),
    /// and says nothing of a lexicon name after it.
    NounPrefix,
    /// A geographic feature word (`Pantai`, `Gunung`, `Pulau`): part of the name.
    Feature,
    /// An office named after its region (`Bupati`, `Pemkot`, `Polres`).
    Title,
    /// A locative word (`di`, `ke`, `dari`).
    Locative,
    /// A facility named after its place (`Bandara Mulia`, `Terminal Mengwi`): context like a
    /// locative, except that a district so named still needs its region in the document
    /// (`Terminal Purabaya` in Sidoarjo is no district of Sukabumi).
    Facility,
    /// A street, housing or vessel word (`Jalan`, `Jl.`, `KRI`): the name after it is not a
    /// place.
    Name,
    /// A word that makes a village word a programme (`Kampung KB`, `Desa Wisata`).
    Generic,
    /// A place of worship's word (`Masjid`, `Vihara`, `Pura`): like [`Role::Generic`], and
    /// the building's own name follows it, after its rank words (`Masjid Raya
    /// Baiturrahman`): a district's name there is no place, a region's places the building
    /// (`Masjid Agung Sleman`).
    Building,
    /// A language or people word (`bahasa`, `suku`): the name after it is not a place.
    People,
    /// A word joining list items (`,`, `dan`): a place after it inherits the context of the
    /// place before it.
    Coordination,
    /// The country's own name, which ends the names of its national bodies (`Bank Indonesia`,
    /// `PT Pos Indonesia`): right after a capitalised word that is no context word it is part
    /// of that name, no place. Matched on candidates only (not registered in the shared
    /// dictionary).
    National,
}

impl Role {
    const TABLE: [(&'static str, Role); 12] = [
        ("prefix", Role::Prefix),
        ("noun_prefix", Role::NounPrefix),
        ("feature", Role::Feature),
        ("title", Role::Title),
        ("locative", Role::Locative),
        ("facility", Role::Facility),
        ("name", Role::Name),
        ("generic", Role::Generic),
        ("building", Role::Building),
        ("people", Role::People),
        ("coordination", Role::Coordination),
        ("national", Role::National),
    ];
}

/// One word of `place_context.tsv`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ContextWord {
    /// The word as written in the lexicon.
    pub word: String,
    /// What it says.
    pub role: Role,
    /// The level of the place it announces, if it says.
    pub level: Option<PlaceLevel>,
}

/// The place context words.
#[derive(Clone, Debug, Default)]
pub(crate) struct PlaceWords {
    words: Vec<ContextWord>,
    /// The coordination words (a handful among all the words), as bytes.
    coordination: Vec<Box<[u8]>>,
    /// The length of the longest coordination word.
    coordination_len: usize,
    /// The first bytes of the coordination words, in both cases, one bit each: most tokens
    /// are told apart by theirs.
    coordination_first: [u64; 4],
    /// The national words (`Indonesia`), as bytes.
    national: Vec<Box<[u8]>>,
}

const ADMIN_LEVELS: [(&str, PlaceLevel); 5] = [
    ("province", PlaceLevel::Province),
    ("regency", PlaceLevel::Regency),
    ("city", PlaceLevel::City),
    ("district", PlaceLevel::District),
    ("village", PlaceLevel::Village),
];

const FEATURE_LEVELS: [(&str, PlaceLevel); 2] = [
    ("island", PlaceLevel::Island),
    ("region", PlaceLevel::Region),
];

/// The columns of `place_context.tsv`.
pub(crate) const PLACE_CONTEXT_COLUMNS: [&str; 4] = ["word", "role", "level", "note"];

impl PlaceWords {
    /// Loads and validates `texts`: one token per word, a word listed once, a level only where
    /// the role takes one (required for features).
    pub fn load(texts: &[LexiconText]) -> Result<PlaceWords> {
        let mut out = PlaceWords::default();
        let mut seen = Seen::new("word");
        fields::for_each_record(texts, &PLACE_CONTEXT_COLUMNS, 2, |source, rec| {
            let word = rec.get(0);
            fields::plain_text(source, rec.line, "word", word)?;
            if word.contains(char::is_whitespace) {
                return Err(Error::lexicon(
                    source,
                    rec.line,
                    format!("word `{word}` must be a single token"),
                ));
            }
            let role = fields::keyword(source, rec.line, "role", rec.get(1), &Role::TABLE)?;
            let level =
                match (role, rec.opt(2)) {
                    (Role::Prefix | Role::NounPrefix | Role::Title, Some(l)) => Some(
                        fields::keyword(source, rec.line, "level", l, &ADMIN_LEVELS)?,
                    ),
                    (Role::Feature, Some(l)) => Some(fields::keyword(
                        source,
                        rec.line,
                        "level",
                        l,
                        &FEATURE_LEVELS,
                    )?),
                    (Role::Feature, None) => {
                        return Err(Error::lexicon(
                            source,
                            rec.line,
                            format!("feature `{word}` needs a level (island or region)"),
                        ))
                    }
                    (Role::Prefix | Role::NounPrefix | Role::Title, None) => None,
                    (_, Some(l)) => {
                        return Err(Error::lexicon(
                            source,
                            rec.line,
                            format!("a {} word takes no level (found `{l}`)", rec.get(1)),
                        ))
                    }
                    (_, None) => None,
                };
            seen.insert(word.to_lowercase(), source, rec.line)?;
            if out.words.len() >= usize::from(NO_WORD) {
                return Err(Error::lexicon(
                    source,
                    rec.line,
                    format!("more than {NO_WORD} context words"),
                ));
            }
            if role == Role::Coordination {
                out.coordination.push(word.as_bytes().into());
                out.coordination_len = out.coordination_len.max(word.len());
                if let Some(&b) = word.as_bytes().first() {
                    for b in [b.to_ascii_lowercase(), b.to_ascii_uppercase()] {
                        out.coordination_first[usize::from(b / 64)] |= 1 << (b % 64);
                    }
                }
            }
            if role == Role::National {
                out.national.push(word.as_bytes().into());
            }
            out.words.push(ContextWord {
                word: word.to_string(),
                role,
                level,
            });
            Ok(())
        })?;
        Ok(out)
    }

    /// The word with index `i`.
    pub fn get(&self, i: usize) -> &ContextWord {
        &self.words[i]
    }

    /// True when `word` is a coordination word.
    #[inline]
    pub fn is_coordination(&self, word: &str) -> bool {
        let first_may = match word.as_bytes().first() {
            Some(&b) => self.coordination_first[usize::from(b / 64)] >> (b % 64) & 1 == 1,
            None => true,
        };
        first_may
            && word.len() <= self.coordination_len
            && (self.coordination.iter()).any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    }

    /// True when `word` is a national word (`Indonesia`, in any case).
    pub fn is_national(&self, word: &str) -> bool {
        (self.national.iter()).any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
    }

    /// All words, in lexicon order (index order).
    pub fn iter(&self) -> impl Iterator<Item = &ContextWord> {
        self.words.iter()
    }
}

/// Marks "no context word" in [`Layout::word_at`].
pub(crate) const NO_WORD: u16 = u16::MAX;

/// One line of the text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Line {
    /// Its tokens.
    pub tokens: Range<usize>,
    /// True for a title-case or all-caps headline: most words capitalised.
    pub headline: bool,
}

/// The layout of one text, computed once per text from its tokens.
#[derive(Clone, Debug, Default)]
pub(crate) struct Layout {
    /// Line index of each token.
    line_of: Vec<u32>,
    /// The lines.
    lines: Vec<Line>,
    /// Tokens of the dateline (`SAMARINDA –`, `Mataram (ANTARA) -`), if any.
    dateline: Range<usize>,
    /// Tokens of the news outlet's name in a dateline (`LOMBOK POST` of `DOMPU, LOMBOK POST
    /// –`), if any ([`crate::text::dateline::outlet`]).
    outlet: Range<usize>,
    /// Context word index of each token, or [`NO_WORD`].
    pub word_at: Vec<u16>,
    /// The tokens that are context words, in text order.
    word_tokens: Vec<usize>,
    /// True for each token that starts a sentence.
    sentence_start: Vec<bool>,
}

/// How many tokens a dateline may have before its dash.
const DATELINE_TOKENS: usize = 8;

impl Layout {
    /// The layout of `text` with its `sentences`, whose context words are at `words` (token
    /// index, word index).
    #[cfg(test)]
    pub fn new(
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        words: impl Iterator<Item = (usize, u16)>,
    ) -> Layout {
        let mut token_facts = Vec::new();
        facts::fill(text, tokens, &mut token_facts);
        let mut layout = Layout::default();
        layout.fill(text, tokens, &token_facts, sentences, words);
        layout
    }

    /// Makes this the layout of `text` with its `sentences` and context `words`, in the memory
    /// of the layout of a text before. `token_facts` are the facts of the tokens
    /// ([`crate::text::facts`]).
    pub fn fill(
        &mut self,
        text: &str,
        tokens: &[Token],
        token_facts: &[u8],
        sentences: &[Sentence],
        words: impl Iterator<Item = (usize, u16)>,
    ) {
        let Layout {
            line_of,
            lines,
            dateline: dateline_at,
            outlet,
            word_at,
            word_tokens,
            sentence_start,
        } = self;
        line_of.clear();
        line_of.reserve(tokens.len());
        lines.clear();
        // A line starts at the first token and after every token with a line break after
        // it: the tokens' facts lead from one such token to the next, eight tokens at a time,
        // so tokens are not visited one by one. (The last token ends its line too.)
        if !tokens.is_empty() {
            let n = tokens.len();
            let mut start = 0;
            while start < n {
                let last = facts::find(token_facts, start, facts::LINE_END)
                    .max(start)
                    .min(n - 1);
                lines.push(Line {
                    tokens: start..last + 1,
                    headline: false,
                });
                line_of.resize(last + 1, (lines.len() - 1) as u32);
                start = last + 1;
            }
        }
        for line in lines.iter_mut() {
            line.headline = is_headline(
                text,
                &tokens[line.tokens.clone()],
                &token_facts[line.tokens.clone()],
            );
        }
        word_at.clear();
        word_at.resize(tokens.len(), NO_WORD);
        word_tokens.clear();
        for (i, w) in words {
            if let Some(slot) = word_at.get_mut(i) {
                *slot = w;
                // (the words come in text order; a token may come more than once)
                if word_tokens.last() != Some(&i) {
                    word_tokens.push(i);
                }
            }
        }
        *dateline_at = (lines.iter())
            .take(DATELINE_LINES)
            .find_map(|l| dateline(text, tokens, l.tokens.clone()))
            .unwrap_or(0..0);
        *outlet = crate::text::dateline::first_outlet(
            text,
            tokens,
            lines.iter().map(|l| l.tokens.clone()),
        );
        sentence_start.clear();
        sentence_start.resize(tokens.len(), false);
        for s in sentences {
            if let Some(slot) = sentence_start.get_mut(s.tokens.start) {
                *slot = true;
            }
        }
    }

    /// True when token `i` starts a sentence (or a line).
    pub fn starts_sentence(&self, i: usize) -> bool {
        self.sentence_start.get(i).copied().unwrap_or(false)
            || i == 0
            || self.line_of.get(i) != self.line_of.get(i - 1)
    }

    /// True when tokens `a` and `b` are on the same line.
    pub fn same_line(&self, a: usize, b: usize) -> bool {
        self.line_of.get(a) == self.line_of.get(b)
    }

    /// True when token `i` is on a headline line.
    pub fn in_headline(&self, i: usize) -> bool {
        self.line_of
            .get(i)
            .is_some_and(|&l| self.lines[l as usize].headline)
    }

    /// True when token `i` is in the dateline.
    pub fn in_dateline(&self, i: usize) -> bool {
        self.dateline.contains(&i)
    }

    /// True when `name` lies in the dateline's outlet name without being all of it: `LOMBOK`
    /// of `DOMPU, LOMBOK POST –` (an outlet that is a place's name alone, `KUPANG, NTT –`, is
    /// still that place).
    pub fn inside_outlet(&self, name: &Range<usize>) -> bool {
        self.outlet.start <= name.start && name.end <= self.outlet.end && *name != self.outlet
    }

    /// The tokens that are context words, in text order.
    pub fn word_tokens(&self) -> impl Iterator<Item = usize> + '_ {
        self.word_tokens.iter().copied()
    }

    /// The `k`th token that is a context word, if there are so many.
    pub fn word_token(&self, k: usize) -> Option<usize> {
        self.word_tokens.get(k).copied()
    }

    /// The context word at token `i`, if any.
    pub fn word(&self, i: usize) -> Option<usize> {
        self.word_at
            .get(i)
            .filter(|&&w| w != NO_WORD)
            .map(|&w| w as usize)
    }
}

/// True when `word` has a letter and no lower-case letter.
pub(crate) fn is_all_caps(word: &str) -> bool {
    word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase)
}

/// [`is_all_caps`] of a token's text `word` with facts `f` ([`crate::text::facts`]): read
/// from the facts for a word of ASCII letters (two or more capitals and no lower-case letter
/// is [`facts::CAPS`]), from the bytes for other ASCII, by characters only beyond ASCII.
pub(crate) fn is_all_caps_token(f: u8, word: &str) -> bool {
    if f & facts::LETTERS != 0 && word.len() >= 2 {
        f & facts::CAPS != 0
    } else if f & facts::ASCII != 0 {
        let b = word.as_bytes();
        b.iter().any(u8::is_ascii_alphabetic) && !b.iter().any(u8::is_ascii_lowercase)
    } else {
        is_all_caps(word)
    }
}

/// Most tokens a headline line has.
const HEADLINE_TOKENS: usize = 25;

/// A line is a headline when it is short, does not end with a period, and has at least four
/// words of which at most one in five starts in lower case (title case or all caps). The
/// words and their case are read from the tokens' facts `token_facts`.
fn is_headline(text: &str, tokens: &[Token], token_facts: &[u8]) -> bool {
    if tokens.len() > HEADLINE_TOKENS || tokens.last().is_some_and(|t| t.text(text) == ".") {
        return false;
    }
    let mut words = 0;
    let mut lower = 0;
    for &f in token_facts {
        if f & facts::WORD == 0 {
            continue;
        }
        words += 1;
        if f & facts::CAPITAL == 0 {
            lower += 1;
        }
    }
    words >= 4 && lower * 5 <= words
}

/// The dateline tokens of a line: the line opens with capitalised words, web addresses,
/// commas, brackets (an agency's name, a date: `Padang, Rabu (19/11/2025) -`) and numbers
/// after a comma (`Padang, 19 November 2025 -`), and then a dash, within
/// [`DATELINE_TOKENS`] tokens, followed by a capitalised word or a quotation mark. The
/// range ends before the comma that opens a date, so the date's words are not the
/// dateline's place words (`Juli` in `Bantul, 10 Juli 2025 —` is a month, though a district
/// of Bireuen has its name).
fn dateline(text: &str, tokens: &[Token], line: Range<usize>) -> Option<Range<usize>> {
    let mut words = 0;
    // Whether every word so far is in capitals (`JAKARTA-Polri …` may be a dateline with a
    // hyphen for its dash; `Sinergi TNI-Polri` is a compound's).
    let mut all_caps = true;
    let mut depth = 0u32;
    let mut after_comma = false;
    let mut last_comma = None;
    let mut date_from = None;
    for i in line.clone().take(DATELINE_TOKENS + 1) {
        let t = &tokens[i];
        let s = t.text(text);
        if date_from.is_none() && matches!(t.kind, TokenKind::Number | TokenKind::Date) {
            date_from = last_comma;
        }
        match t.kind {
            TokenKind::Punctuation if matches!(s, "-" | "--" | "–" | "—" | "---") => {
                let next_token = tokens.get(i + 1).filter(|_| i + 1 < line.end)?;
                let hyphen = i > line.start
                    && tokens[i - 1].span.end == t.span.start
                    && t.span.end == next_token.span.start;
                if hyphen && !all_caps {
                    return None;
                }
                let next = next_token.text(text);
                let opens = is_capitalised(next) || next.starts_with(['"', '“', '\'']);
                let end = date_from.unwrap_or(i);
                return (words > 0 && depth == 0 && opens).then_some(line.start..end);
            }
            TokenKind::Punctuation if s == "(" => depth += 1,
            TokenKind::Punctuation if s == ")" => depth = depth.checked_sub(1)?,
            TokenKind::Punctuation if s == "," => {
                after_comma = true;
                if depth == 0 {
                    last_comma = Some(i);
                }
            }
            TokenKind::Punctuation if s == "/" => {}
            TokenKind::Url => {}
            _ if depth > 0 && t.kind != TokenKind::Punctuation => {}
            TokenKind::Number | TokenKind::Date if after_comma && words > 0 => {}
            TokenKind::Word | TokenKind::Abbreviation if is_capitalised(s) => {
                words += 1;
                all_caps &= is_all_caps(s);
            }
            _ => return None,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::LexiconKind;
    use crate::text::Tokenizer;

    fn layout(text: &str) -> (Vec<Token>, Layout) {
        let a = Tokenizer::builtin().analyze(text);
        let l = Layout::new(text, &a.tokens, &a.sentences, std::iter::empty());
        (a.tokens, l)
    }

    #[test]
    fn builtin_words_load() {
        let w = PlaceWords::load(&[LexiconText::builtin(LexiconKind::PlaceContext)]).unwrap();
        let kab = w.iter().find(|x| x.word == "Kabupaten").unwrap();
        assert_eq!(
            (kab.role, kab.level),
            (Role::Prefix, Some(PlaceLevel::Regency))
        );
        let pantai = w.iter().find(|x| x.word == "Pantai").unwrap();
        assert_eq!(pantai.role, Role::Feature);
        assert!(w.iter().any(|x| x.word == "di" && x.role == Role::Locative));
        assert!(w.is_coordination(",") && w.is_coordination("Dan"));
        assert!(w.is_coordination("SERTA") && w.is_coordination("maupun"));
        assert!(!w.is_coordination("di") && !w.is_coordination("dana"));
        assert!(!w.is_coordination("") && !w.is_coordination("Ádan"));
    }

    #[test]
    fn bad_rows_are_rejected_with_their_line() {
        let load = |body: &str| {
            PlaceWords::load(&[LexiconText::new(
                "c.tsv",
                format!("word\trole\tlevel\tnote\n{body}"),
            )])
            .map(|_| ())
            .unwrap_err()
            .to_string()
        };
        assert_eq!(
            load("Pantai\tfeature\t\t\n"),
            "c.tsv:2: feature `Pantai` needs a level (island or region)"
        );
        assert_eq!(
            load("di\tlocative\tcity\t\n"),
            "c.tsv:2: a locative word takes no level (found `city`)"
        );
        assert!(load("Kota\tprefix\ttown\t\n").starts_with("c.tsv:2: unknown level `town`"));
        assert_eq!(
            load("Wali Kota\ttitle\tcity\t\n"),
            "c.tsv:2: word `Wali Kota` must be a single token"
        );
        assert!(load("Kota\tprefix\tcity\t\nkota\tprefix\tcity\t\n")
            .starts_with("c.tsv:3: duplicate word `kota`"));
    }

    #[test]
    fn datelines_are_found_in_their_forms() {
        for (text, first) in [
            ("SAMARINDA – Gubernur membuka rapat.", "SAMARINDA"),
            ("Mataram (ANTARA) - Tim SAR mencari.", "Mataram"),
            (
                "Judul berita hari ini\n\nTenggarong, kukar.id -- Bupati hadir.",
                "Tenggarong",
            ),
            ("PORTAL.CO.ID, BONTANG -- Wali Kota hadir.", "PORTAL.CO.ID"),
            (
                "Judul\n\nBukittinggi, Kamis (4/12/2025) - Wali Kota hadir.",
                "Bukittinggi",
            ),
            ("Solok, 4 Desember 2025 – Bupati hadir.", "Solok"),
            ("JAKARTA-Pemerintah menambah anggaran.", "JAKARTA"),
        ] {
            let (tokens, l) = layout(text);
            let first_in = tokens.iter().position(|t| t.text(text) == first).unwrap();
            assert!(l.in_dateline(first_in), "{text}");
        }
        // The date after the place is no part of the dateline's place words.
        for text in [
            "Bantul, 10 Juli 2025 — Dinas menyiapkan sekolah.",
            "Bantul, Kamis (10/7/2025) - Dinas menyiapkan sekolah.",
        ] {
            let (tokens, l) = layout(text);
            assert!(l.in_dateline(0), "{text}");
            let after = tokens.iter().position(|t| t.text(text) == ",").unwrap();
            assert!((after..tokens.len()).all(|i| !l.in_dateline(i)), "{text}");
        }
        let (_, l) = layout("Rapat dimulai pukul 10.00 - 12.00 di kantor.");
        assert!(!l.in_dateline(0));
        let (_, l) = layout("Tahun 2025 - Pemerintah menambah anggaran.");
        assert!(!l.in_dateline(0), "a number needs a comma before it");
        let (_, l) = layout("Rapat warga Bontang – kata dia – senang.");
        assert!(!l.in_dateline(0), "a lower-case word breaks the dateline");
        let (_, l) = layout("Sinergi TNI-Polri Amankan Pemilu\n\nWarga senang.");
        assert!(!l.in_dateline(0), "a hyphen inside a compound is no dash");
        let (_, l) = layout("Bontang - yang dikenal sebagai kota taman.");
        assert!(
            !l.in_dateline(0),
            "the text after the dash opens in lower case"
        );
    }

    #[test]
    fn headlines_and_lines() {
        let text = "Wali Kota Resmikan Pasar Baru Di Bontang\nwarga senang dengan pasar itu";
        let (tokens, l) = layout(text);
        assert!(l.in_headline(0));
        let last = tokens.len() - 1;
        assert!(!l.in_headline(last));
        assert!(!l.same_line(0, last));
        assert!(l.same_line(0, 3));
        assert!(l.starts_sentence(0) && l.starts_sentence(7) && !l.starts_sentence(3));
        let text = "Warga Desa Sukamaju, Kecamatan Tenggarong Seberang, Kabupaten Kutai \
                    Kartanegara, berkumpul di Balai Desa.";
        let (_, l) = layout(text);
        assert!(!l.in_headline(0), "a sentence full of names is no headline");
    }

    #[test]
    fn lines_break_where_the_text_has_a_line_break_between_tokens() {
        for text in [
            "\nJudul  Satu\r\nbaris dua,\n\n\nbaris\ttiga \n panjang sekali kalimatnya \
             untuk lewat delapan byte\nx\ny\n",
            "satu",
            "\n\nsatu\n",
            "a b c d e f g h i j k l m n o p q r s t u v w x y z\na b c d e f g h i\nj",
            "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n",
        ] {
            let a = Tokenizer::builtin().analyze(text);
            let l = Layout::new(text, &a.tokens, &a.sentences, std::iter::empty());
            // The plain reading: a token starts a line after a gap with a line break.
            let mut line = 0;
            for (i, t) in a.tokens.iter().enumerate() {
                if i > 0 && text[a.tokens[i - 1].span.end..t.span.start].contains('\n') {
                    line += 1;
                }
                assert_eq!(l.line_of[i], line, "{:?} in {text:?}", t.text(text));
                assert!(l.lines[line as usize].tokens.contains(&i));
            }
            assert_eq!(l.line_of.len(), a.tokens.len());
            assert_eq!(l.lines.len(), line as usize + 1, "{text:?}");
        }
        assert!(Layout::new("", &[], &[], std::iter::empty())
            .lines
            .is_empty());
    }

    #[test]
    fn capitalisation() {
        assert!(is_capitalised("Samarinda"));
        assert!(is_capitalised("SAMARINDA"));
        assert!(!is_capitalised("samarinda"));
        assert!(!is_capitalised("2021"));
        assert!(is_all_caps("NTB"));
        assert!(!is_all_caps("Ntb"));
        assert!(!is_all_caps("2021"));
    }

    #[test]
    fn all_caps_from_the_facts_is_all_caps() {
        let mut seed = 0x9e37_79b9_7f4a_7c15;
        let mut words: Vec<String> = (0..20_000)
            .map(|_| crate::text::random_ascii_word(&mut seed))
            .collect();
        words.extend(
            [
                "A", "NTB", "Ntb", "A-1", "2021", "ÉTÉ", "Été", "ÖZ", "Ö", "東京", "Kota2", "K2",
            ]
            .map(String::from),
        );
        for w in &words {
            let f = facts::of_text(w);
            assert_eq!(is_all_caps_token(f, w), is_all_caps(w), "{w:?}");
        }
    }
}
