//! The shared dictionary: every lexicon surface form of every recogniser in one automaton, so
//! that one pass over the text finds the candidates of all of them.
//!
//! Each recogniser registers its surface forms with an [`Entry`] naming its own lexicon and
//! record; at extraction time [`Gazetteer::scan`] runs the one pass and each recogniser picks
//! the matches whose entries are its own.
//!
//! The same pass looks every token up in the vocabulary of the dictionary once
//! (`lexicon::vocab`). Recognisers also register the single words they ask about token by
//! token: with a [`WordClass`] (stopwords, given names, cue words), and the scan tells every
//! token the classes of its lower-case form ([`Scan::is`]); or bare, keeping the word ids
//! [`GazetteerBuilder::word`] gives them (the date words), and the scan gives every token its
//! word id ([`Scan::words`]).

use std::cell::Cell;

use crate::error::Result;
use crate::lexicon::matcher::{DictMatch, Dictionary, DictionaryBuilder};
use crate::lexicon::vocab::{TextWords, Vocabulary, WordClasses, WordId};
use crate::text::{Token, Tokenizer};

/// What a dictionary key stands for: a lexicon and the index of a record in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Entry {
    /// A province, regency, city or district (index into `Regions`).
    Region(u32),
    /// A news name of a region (index into `RegionAliases`).
    RegionAlias(u32),
    /// A country name (index into `Countries`).
    Country(u32),
    /// An island, region, sea, river or mountain (index into `GeoNames`).
    Geo(u32),
    /// A title or position (index into `Titles`).
    Title(u32),
    /// A modifier of a title: Plt., Pj., mantan (index into `TitleModifiers`).
    TitleModifier(u32),
    /// An honorific before a name (index into `Honorifics`).
    Honorific(u32),
    /// A police or military rank, or its service, corps or status word (index into `Ranks`).
    Rank(u32),
    /// A word around place names: prefix, feature, title, locative (index into the place
    /// recogniser's context words).
    PlaceWord(u32),
    /// An acronym or abbreviation of any acronym source (index into the acronym recogniser's
    /// reading table).
    Acronym(u32),
    /// A head word that opens organisation names (index into `OrgPatterns`).
    OrgHead(u32),
    /// The full name of a national institution (index into `Institutions`).
    Institution(u32),
    /// The short form of a national institution (index into `Institutions`).
    InstitutionAcronym(u32),
    /// The name of a regional body without its place (index into `RegionalBodies`).
    RegionalBody(u32),
    /// The short form of a regional body (index into `RegionalBodies`).
    RegionalBodyAcronym(u32),
}

/// A class of single words a recogniser asks about token by token, by the lower-case form of
/// the token (`str::to_lowercase`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum WordClass {
    /// A stopword (`lexicons/stopwords.tsv`), as the people recogniser reads it.
    Stopword,
    /// A common given name (`lexicons/given_names.tsv`).
    GivenName,
    /// A verb of saying before a name (`person_cues.tsv`, cue `speech`).
    SpeechCue,
    /// A word describing a person after a name and a comma (cue `apposition`).
    AppositionCue,
    /// A verb after a name set off by commas (cue `report`).
    ReportCue,
    /// A word introducing another name of the person (cue `nickname`).
    NicknameCue,
    /// A word that no name starts after (cue `not_name`).
    NotNameCue,
    /// A word before a title that makes it no position (cue `title_blocker`).
    TitleBlockerCue,
    /// A word linking a title to its complement (cue `link`).
    LinkCue,
    /// A word after which capitals are a person's initials (cue `initials`).
    InitialsCue,
    /// A word that introduces a name (cue `naming`: `bernama`).
    NamingCue,
    /// A word opening a byline line (cue `byline`: `Pewarta`, `Laporan Wartawan`).
    BylineCue,
    /// A police or military rank of one word (`ranks.tsv`, kind `rank`: `Kompol`, `Kapten`):
    /// it opens a person's name, and ends a place's (`Kapolsek Sungai Raya Kompol …`).
    Rank,
    /// A word setting a second role held by virtue of the first (cue `ex_officio`:
    /// `selaku`, `sebagai`, `sekaligus`).
    ExOfficio,
    /// A legal form that opens a company's name (cue `company`: `PT`, `CV`, `Perum`).
    CompanyForm,
    /// A particle inside a name (cue `particle`: `binti`, `van`).
    Particle,
}

impl WordClass {
    /// The class as a set of one.
    #[inline]
    pub(crate) const fn set(self) -> WordClasses {
        WordClasses::class(self as u32)
    }
}

/// Collects the surface forms of every recogniser.
pub(crate) struct GazetteerBuilder<'a> {
    dict: DictionaryBuilder<'a, Entry>,
}

impl<'a> GazetteerBuilder<'a> {
    /// A builder normalising keys with `tokenizer`.
    pub fn new(tokenizer: &'a Tokenizer) -> Self {
        GazetteerBuilder {
            dict: DictionaryBuilder::new(tokenizer),
        }
    }

    /// Registers `surface` for `entry`.
    pub fn add(&mut self, surface: &str, entry: Entry) {
        self.dict.add(surface, entry);
    }

    /// Registers the lower-case form `word` (as `str::to_lowercase` gives it) in `class`.
    pub fn add_word(&mut self, word: &str, class: WordClass) {
        self.dict.add_word(word, class.set());
    }

    /// Adds the lower-case form `word` to the vocabulary (in no class) and gives its id, which
    /// [`Scan::words`] gives the tokens that fold to it; `None` for a form no token's id can
    /// stand for (see `Vocabulary::add_classes`).
    pub fn word(&mut self, word: &str) -> Option<WordId> {
        self.dict.add_word(word, WordClasses::NONE)
    }

    /// Compiles the automaton.
    pub fn build(self) -> Result<Gazetteer> {
        Ok(Gazetteer {
            dict: self.dict.build()?,
        })
    }
}

/// The compiled shared dictionary.
#[derive(Debug, Clone)]
pub(crate) struct Gazetteer {
    dict: Dictionary<Entry>,
}

/// The result of one pass: every match, in token order (longest first among matches starting
/// on the same token), with the entries of its key borrowed from the gazetteer; and the word
/// of every token.
///
/// Its lists live in memory this thread reuses from one text to the next: dropping a scan
/// gives them back (see [`ScanBuffers`]).
#[derive(Debug, Default)]
pub(crate) struct Scan<'g> {
    /// Matches with their entries.
    pub matches: Vec<(DictMatch, Entries<'g>)>,
    /// The word id of every token.
    words: TextWords,
    /// The vocabulary the words are of (none for a scan made without the gazetteer).
    vocabulary: Option<&'g Vocabulary>,
    /// Scratch of the pass: the matches starting on one token.
    run: Vec<DictMatch>,
}

/// The lists of a [`Scan`], kept (empty) by each thread between texts, so that a text's scan
/// costs no allocation once the thread has read a text as long.
#[derive(Default)]
struct ScanBuffers {
    /// The matches' list, with no entries borrowed (it is empty).
    matches: Vec<(DictMatch, Entries<'static>)>,
    /// The words' lists.
    words: TextWords,
    /// The scratch of the pass.
    run: Vec<DictMatch>,
}

/// Most matches a kept buffer may hold (a longer text's lists are let go).
const KEEP_MATCHES: usize = 1 << 13;

thread_local! {
    /// Each thread's scan lists, reused from one text to the next.
    static SCAN_BUFFERS: Cell<ScanBuffers> = Cell::new(ScanBuffers::default());
}

impl Drop for Scan<'_> {
    fn drop(&mut self) {
        if self.matches.capacity() > KEEP_MATCHES || self.words.capacity() > 8 * KEEP_MATCHES {
            return;
        }
        let mut matches = std::mem::take(&mut self.matches);
        matches.clear();
        // An empty list of matches borrows nothing: re-typed in place, keeping its memory
        // (the element types have one layout, so the collect reuses the allocation).
        let matches: Vec<(DictMatch, Entries<'static>)> = matches
            .into_iter()
            .map(|(m, _)| (m, Entries::default()))
            .collect();
        let words = std::mem::take(&mut self.words);
        let run = std::mem::take(&mut self.run);
        SCAN_BUFFERS.set(ScanBuffers {
            matches,
            words,
            run,
        });
    }
}

/// The entries of one matched key.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Entries<'g>(&'g [Entry]);

impl std::ops::Deref for Entries<'_> {
    type Target = [Entry];

    fn deref(&self) -> &[Entry] {
        self.0
    }
}

impl<'g> IntoIterator for &Entries<'g> {
    type Item = &'g Entry;
    type IntoIter = std::slice::Iter<'g, Entry>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl<'g> Scan<'g> {
    /// The vocabulary id of each token, folded (`NO_WORD` where it is no word of the
    /// vocabulary); empty for a scan made without the gazetteer.
    #[inline]
    pub fn words(&self) -> &[WordId] {
        self.words.ids()
    }

    /// The facts of each token ([`crate::text::facts`]: case, shape, layout), read with
    /// its word.
    #[inline]
    pub fn facts(&self) -> &[u8] {
        self.words.facts()
    }

    /// Whether the lower-case form of token `i` is in `class`; `None` when the vocabulary
    /// cannot tell (a token with characters beyond ASCII, or no such token): the recogniser
    /// asks its own lexicon then.
    #[inline]
    pub fn is(&self, i: usize, class: WordClass) -> Option<bool> {
        self.classes(i).contains(class.set())
    }

    /// The classes of the lower-case form of token `i` ([`WordClasses::UNKNOWN`] when the
    /// vocabulary cannot tell, as for [`Scan::is`]): one look-up for several questions.
    #[inline]
    pub fn classes(&self, i: usize) -> WordClasses {
        self.vocabulary
            .map_or(WordClasses::UNKNOWN, |v| v.classes(&self.words, i))
    }

    /// Whether the lower-case form of token `i` is in any of `classes` (one look-up for
    /// several classes); `None` when the vocabulary cannot tell, as for [`Scan::is`].
    #[inline]
    pub fn is_any(&self, i: usize, classes: WordClasses) -> Option<bool> {
        self.classes(i).intersects(classes)
    }
}

impl Gazetteer {
    /// Runs the one pass over `text`. (Called once per text: kept out of line, where a
    /// profile sees its cost.)
    #[inline(never)]
    pub fn scan(&self, text: &str, tokens: &[Token]) -> Scan<'_> {
        let vocabulary = self.dict.vocabulary();
        // This thread's lists of the text before (empty), re-borrowed for this gazetteer.
        let ScanBuffers {
            mut matches,
            words,
            run,
        } = SCAN_BUFFERS.take();
        matches.clear();
        let mut scan = Scan {
            matches,
            words,
            vocabulary: Some(vocabulary),
            run,
        };
        vocabulary.read(text, tokens, &mut scan.words);
        if self.dict.is_empty() {
            return scan;
        }
        let matches = &mut scan.matches;
        self.dict
            .find_words(text, tokens, &scan.words, &mut scan.run, |m| {
                let entries = Entries(self.dict.payloads(m.key));
                matches.push((m, entries));
            });
        scan
    }
}
