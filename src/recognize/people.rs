//! Officials and persons: people bound to a position, and other named people.
//!
//! Officials are anchored on a title from `titles.tsv` found by the shared dictionary pass and
//! read in the shapes news uses:
//!
//! * title first — `[modifier] TITLE [complement] [,] [honorifics/ranks] NAME [, degrees]`:
//!   `Wali Kota Balikpapan Rahmad Mas'ud`, `Plt. Kepala Dinas Kesehatan Kaltim dr. Jaya`,
//!   `Kapolres Gresik AKBP Wahyu S Bintoro SH SIK MSi`, `Sekda Kabupaten Jayapura, Drs. Yerry F Dien, M.Si`;
//! * name first — `NAME [, degrees], TITLE …` and `NAME selaku/sebagai TITLE …`.
//!
//! The complement after a title is read as the lexicon says: a portfolio belongs to the title
//! (`Menteri` + `Kelautan dan Perikanan`), an organisation or unit is the jurisdiction
//! (`Kepala Dinas` + `Perindustrian … Kaltim` → `Dinas Perindustrian … Kaltim`), and a place
//! is the jurisdiction of a regional post (`Gubernur Kaltim`). Where the complement ends and the
//! name begins is decided word by word: a place ends it; an honorific or rank starts the name;
//! a capitalised ordinary word (a root or a derived form of one, `Perdagangan`, `Statistik`)
//! continues the complement, while a given name or a word that is not an Indonesian word starts
//! the name.
//!
//! Later mentions are attached to the official they name: the full name again, a part of it
//! (`Roby`, `Edy Nasution`, `AKBP Wahyu`), a nickname taken from the start of a name word
//! (`Roby` for `Robyan`), a spelling without the apostrophe (`Dawai`), or `Pak Wali Kota` when
//! exactly one wali kota is in the document.
//!
//! Persons are named people with no position, and precision comes first: a name is a person
//! only with evidence — after a verb of saying (`kata Budi`), after a form of address
//! (`Ibu Aliyah`), before an age in brackets (`Budi (45)`), or before an apposition that
//! describes a person (`Supardi, warga …`).

mod facts;
mod words;

use facts::{Capitals, Lower};
use words::{EndBytes, WordSet};

use std::cell::Cell;
use std::ops::Range;

use crate::document::{Entity, EntityData, Mention, Official, Person};
use crate::error::Result;
use crate::lexicon::people::{
    abbreviation_key, Degrees, HonorificKind, Honorifics, RankKind, Ranks,
};
use crate::lexicon::places::Ambiguity;
use crate::lexicon::titles::{
    Complement, Jurisdiction, ModifierKind, Title, TitleCategory, TitleModifiers, Titles,
};
use crate::lexicon::vocab::WordClasses;
use crate::lexicon::{format, LexiconText};
use crate::recognize::gazetteer::{Entry, GazetteerBuilder, Scan, WordClass};
use crate::text::facts as text_facts;
use crate::text::hash::{FoldHashMap, FoldHashSet};
use crate::text::{Sentence, Span, Token, TokenKind};
use crate::topics::topic::STOPWORD_COLUMNS;
use crate::topics::Stemmer;

/// Most words of a body named after `dari` or `atau` between a title's jurisdiction and the
/// holder's name ([`Doc::body_after_link`]).
const MAX_LINKED_BODY_WORDS: usize = 8;

/// How many words a name may have.
const MAX_NAME_WORDS: usize = 6;
/// How many tokens a complement (portfolio, organisation, unit) may have.
const MAX_COMPLEMENT_TOKENS: usize = 24;

/// The lexicons the people recogniser reads, loaded once.
#[derive(Clone, Debug)]
pub(crate) struct PeopleRecognizer {
    titles: Titles,
    modifiers: TitleModifiers,
    honorifics: Honorifics,
    degrees: Degrees,
    ranks: Ranks,
    /// The lower-case abbreviation keys of the titles of nobility: an abbreviation whose key
    /// is none of them is no title of nobility.
    nobility_keys: FoldHashSet<Box<str>>,
    /// The degree forms written without periods or capitals after the first letter (`Ners`):
    /// the only degrees such a word can be.
    plain_degree_forms: Vec<Box<str>>,
    /// What the degrees' keys open with and how long they are, read before a key is built.
    degree_shape: KeyShape,
    /// For each rank row: a rank proper (not a service, corps or status word).
    true_rank: Vec<bool>,
    /// The one-word ranks proper, in lower case (`WordClass::Rank`).
    rank_words: FoldHashSet<Box<str>>,
    given_names: WordSet,
    words: WordSet,
    speech: FoldHashSet<Box<str>>,
    naming: FoldHashSet<Box<str>>,
    byline: FoldHashSet<Box<str>>,
    apposition: FoldHashSet<Box<str>>,
    /// Verbs that follow a name set off by commas (`…, Rudi Hartono, mengaku …`).
    report: FoldHashSet<Box<str>>,
    /// Words that introduce another name of the person just named (`yang akrab disapa Appi`).
    nickname: FoldHashSet<Box<str>>,
    /// Words that qualify a nickname cue (`akrab`, `biasa`, `karib`): `yang akrab disapa`,
    /// `sapaan akrabnya`.
    nickname_fillers: FoldHashSet<Box<str>>,
    /// Words between a nickname cue and the position it names (`sapaan akrab sang bupati`).
    nickname_articles: FoldHashSet<Box<str>>,
    /// Words after which capitals are a person's initials (`tersangka berinisial RS`).
    initials: FoldHashSet<Box<str>>,
    not_name: FoldHashSet<Box<str>>,
    title_blockers: FoldHashSet<Box<str>>,
    links: FoldHashSet<Box<str>>,
    /// Lower-case words inside a name (`binti`, `van`): `Rusmini binti Asnawi`.
    particles: FoldHashSet<Box<str>>,
    /// Words that open a company's name (`PT`, `Perum`): after a corporate title the words
    /// before one name the holder's function (`Senior Manager Corporate Communication PT …`).
    company_forms: FoldHashSet<Box<str>>,
    /// Words that set a second role held by virtue of the first after a position and its
    /// body (`selaku`, `sebagai`, `sekaligus`: person_cues.tsv, cue `ex_officio`).
    ex_officio: FoldHashSet<Box<str>>,
    /// The length in bytes of the longest particle.
    particle_len: usize,
    /// The last words of the titles, in lower case: a word that is one of them with `-nya`
    /// may end a title (`juru bicaranya`, `Direktur Eksekutifnya`).
    title_last_words: FoldHashSet<Box<str>>,
    /// The first and last bytes of `title_last_words`, read before a word is looked up.
    title_last_ends: EndBytes,
    /// The first words of the titles of two words or more that are no title alone, in lower
    /// case (`wali` of `Wali Kota`): after a form of address such a word names the holder
    /// (`kata Pak Wali`), not a person called so.
    title_first_words: FoldHashSet<Box<str>>,
    stemmer: Stemmer,
    /// The stopwords, in lower case (as `topics::Stopwords` reads them).
    stopwords: WordSet,
}

/// The lexicon texts the people recogniser is built from.
pub(crate) struct PeopleLexicons<'a> {
    pub titles: &'a [LexiconText],
    pub modifiers: &'a [LexiconText],
    pub honorifics: &'a [LexiconText],
    pub degrees: &'a [LexiconText],
    pub ranks: &'a [LexiconText],
    pub given_names: &'a [LexiconText],
    pub person_cues: &'a [LexiconText],
    pub words: &'a [LexiconText],
    pub roots: &'a [LexiconText],
    pub stopwords: &'a [LexiconText],
}

impl PeopleRecognizer {
    /// Loads and validates the lexicons.
    pub fn new(lex: &PeopleLexicons<'_>) -> Result<PeopleRecognizer> {
        let given_names = word_set(lex.given_names, &["name"])?;
        let words = word_set(lex.words, &["word"])?;
        let mut speech = FoldHashSet::default();
        let mut naming = FoldHashSet::default();
        let mut byline = FoldHashSet::default();
        let mut apposition = FoldHashSet::default();
        let mut report = FoldHashSet::default();
        let mut nickname = FoldHashSet::default();
        let mut nickname_fillers = FoldHashSet::default();
        let mut nickname_articles = FoldHashSet::default();
        let mut initials = FoldHashSet::default();
        let mut not_name = FoldHashSet::default();
        let mut title_blockers = FoldHashSet::default();
        let mut links = FoldHashSet::default();
        let mut particles = FoldHashSet::default();
        let mut company_forms = FoldHashSet::default();
        let mut ex_officio = FoldHashSet::default();
        for t in lex.person_cues {
            for rec in format::parse(&t.source, &t.text, &["form", "cue"], 2)? {
                let set = match rec.get(1) {
                    "speech" => &mut speech,
                    "naming" => &mut naming,
                    "byline" => &mut byline,
                    "apposition" => &mut apposition,
                    "report" => &mut report,
                    "nickname" => &mut nickname,
                    "nickname_filler" => &mut nickname_fillers,
                    "nickname_article" => &mut nickname_articles,
                    "initials" => &mut initials,
                    "not_name" => &mut not_name,
                    "title_blocker" => &mut title_blockers,
                    "link" => &mut links,
                    "particle" => &mut particles,
                    "company" => &mut company_forms,
                    "ex_officio" => &mut ex_officio,
                    other => {
                        return Err(crate::Error::Lexicon {
                            source: t.source.clone(),
                            line: rec.line,
                            reason: format!(
                                "unknown cue `{other}` (expected speech, naming, byline, \
                                 apposition, report, nickname, nickname_filler, \
                                 nickname_article, initials, not_name, title_blocker, link, \
                                 particle, company or ex_officio)"
                            ),
                        })
                    }
                };
                set.insert(lowercase(rec.get(0)));
            }
        }
        let ranks = Ranks::load(lex.ranks)?;
        let titles = Titles::load(lex.titles)?;
        let title_last_words: FoldHashSet<Box<str>> = titles
            .iter()
            .filter_map(|t| t.form.split_whitespace().last())
            .map(lowercase)
            .collect();
        let title_first_words = titles
            .iter()
            .filter_map(|t| t.form.split_once(' ').map(|(first, _)| first))
            .filter(|first| titles.get(first).is_none())
            .map(lowercase)
            .collect();
        let degrees = Degrees::load(lex.degrees)?;
        let degree_shape = KeyShape::new(degrees.iter().map(|d| abbreviation_key(&d.form, false)));
        let plain_degree_forms = degrees
            .iter()
            .map(|d| d.form.as_str())
            .filter(|f| !f.contains('.') && !f.chars().skip(1).any(char::is_uppercase))
            .map(Box::from)
            .collect();
        let honorifics = crate::lexicon::people::Honorifics::load(lex.honorifics)?;
        let nobility_keys = honorifics
            .iter()
            .filter(|h| h.kind == HonorificKind::Nobility)
            .map(|h| abbreviation_key(&h.form, false).into_boxed_str())
            .collect();
        Ok(PeopleRecognizer {
            titles,
            modifiers: TitleModifiers::load(lex.modifiers)?,
            honorifics,
            nobility_keys,
            degrees,
            plain_degree_forms,
            degree_shape,
            true_rank: ranks.iter().map(|r| r.kind == RankKind::Rank).collect(),
            rank_words: ranks
                .iter()
                .filter(|r| r.kind == RankKind::Rank && !r.form.contains(char::is_whitespace))
                .map(|r| lowercase(&r.form))
                .collect(),
            ranks,
            given_names,
            words,
            speech,
            naming,
            byline,
            apposition,
            report,
            nickname,
            nickname_fillers,
            nickname_articles,
            initials,
            not_name,
            title_blockers,
            links,
            particle_len: particles.iter().map(|p| p.len()).max().unwrap_or(0),
            particles,
            company_forms,
            ex_officio,
            title_last_ends: EndBytes::new(title_last_words.iter().map(|w| &**w)),
            title_last_words,
            title_first_words,
            stemmer: Stemmer::from_lexicons(lex.roots)?,
            stopwords: word_set(lex.stopwords, &STOPWORD_COLUMNS)?,
        })
    }

    /// An ordinary Indonesian word (dictionary entry, root, or a derived form of a root) that
    /// is not a common given name, given in lower case.
    pub(crate) fn is_common_lower(&self, lower: &str) -> bool {
        if self.given_names.contains(lower) {
            return false;
        }
        if self.words.contains(lower) || self.stemmer.is_root(lower) || self.is_stopword(lower) {
            return true;
        }
        let stem = self.stemmer.stem(lower);
        if stem != lower || self.words.contains(stem.as_ref()) {
            return true;
        }
        // Compounds written solid: sumberdaya = sumber + daya. Not a name ending in the
        // Arabic `-uddin` / `-udin` (of the faith: Sabarudin is no saba + rudin), nor in the
        // Malay `-syah` / `-sjah` (king: Firmansyah is no firman + syah).
        lower.is_ascii()
            && lower.len() >= 8
            && !["udin", "uddin", "syah", "sjah"]
                .iter()
                .any(|end| lower.ends_with(end))
            && (4..=lower.len() - 4)
                .any(|i| self.words.contains(&lower[..i]) && self.words.contains(&lower[i..]))
    }

    /// A dictionary word, root or stopword, given in lower case (no stemming).
    pub(crate) fn is_dictionary_lower(&self, lower: &str) -> bool {
        self.words.contains(lower) || self.stemmer.is_root(lower) || self.is_stopword(lower)
    }

    /// A particle inside a name (`binti`, `van`), as written: particles are short lower-case
    /// words, so most tokens are told apart without a look-up.
    #[inline]
    fn is_particle(&self, word: &str) -> bool {
        word.len() <= self.particle_len
            && !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
            && self.particles.contains(word)
    }

    /// A stopword, in any case.
    fn is_stopword(&self, word: &str) -> bool {
        self.stopwords.contains(&facts::lower(word))
    }

    /// Whether `lower`, a lower-case form, is in `class` (the look-up the vocabulary stands
    /// for, for tokens it cannot tell about).
    fn lower_is(&self, lower: &str, class: WordClass) -> bool {
        match class {
            // (`lower` is lower case already: no second lower-casing, which for a word beyond
            // ASCII reads every character.)
            WordClass::Stopword => self.stopwords.contains(lower),
            WordClass::GivenName => self.given_names.contains(lower),
            WordClass::SpeechCue => self.speech.contains(lower),
            WordClass::NamingCue => self.naming.contains(lower),
            WordClass::BylineCue => self.byline.contains(lower),
            WordClass::AppositionCue => self.apposition.contains(lower),
            WordClass::ReportCue => self.report.contains(lower),
            WordClass::NicknameCue => self.nickname.contains(lower),
            WordClass::NotNameCue => self.not_name.contains(lower),
            WordClass::TitleBlockerCue => self.title_blockers.contains(lower),
            WordClass::LinkCue => self.links.contains(lower),
            WordClass::InitialsCue => self.initials.contains(lower),
            WordClass::Rank => self.rank_words.contains(lower),
            WordClass::ExOfficio => self.ex_officio.contains(lower),
            WordClass::CompanyForm => self.company_forms.contains(lower),
            WordClass::Particle => self.particles.contains(lower),
        }
    }

    /// A dictionary word or root, given in lower case (no stemming, no stopword lists).
    pub(crate) fn is_plain_word_lower(&self, lower: &str) -> bool {
        self.words.contains(lower) || self.stemmer.is_root(lower)
    }

    /// A word of the words lexicon (Hunspell), given in lower case.
    pub(crate) fn is_listed_word_lower(&self, lower: &str) -> bool {
        self.words.contains(lower)
    }

    /// A word after which capitals are a person's initials (`berinisial`, `inisial`), as
    /// written: what the vocabulary's `WordClass::InitialsCue` tells where it knows the word.
    pub(crate) fn is_initials_cue(&self, word: &str) -> bool {
        self.initials.contains(&*facts::lower(word))
    }

    /// A verb formed from a known root with a verbal affix, given in lower case: `-kan` or
    /// `-i` (`kembangkan`, `setujui`), or `per-`, `me-`, `ber-`, `di-` without the noun
    /// suffix `-an` (`percepat`, `perkuat`). Headlines open with such verbs after their
    /// subject (`BUMDes Sumber Rejeki Kembangkan Wisata`).
    pub(crate) fn is_affixed_verb_lower(&self, lower: &str) -> bool {
        let noun = lower.ends_with("an") && !lower.ends_with("kan");
        if lower.len() < 6 || noun || self.given_names.contains(lower) {
            return false;
        }
        let verbal = lower.ends_with("kan")
            || lower.ends_with('i')
            || ["per", "me", "ber", "di"]
                .iter()
                .any(|p| lower.starts_with(p));
        if !verbal {
            return false;
        }
        let stem = self.stemmer.stem(lower);
        stem != lower && self.stemmer.is_root(&stem)
    }

    /// A common given name, given in lower case.
    pub(crate) fn is_given_name_lower(&self, lower: &str) -> bool {
        self.given_names.contains(lower)
    }

    /// Whether `w` is one degree, or several glued together (`S.Sos.M.AP`).
    pub(crate) fn is_degree_text(&self, w: &str) -> bool {
        // Degrees, even glued, are short; a long glued run is none (and stays linear).
        if w.len() > 32 {
            return false;
        }
        let d = |w: &str| self.degree_shape.may_match(w) && self.degrees.get(w).is_some();
        // (A degree's key has no periods: `S.Sos.` is looked up as `S.Sos` is.)
        if d(w) {
            return true;
        }
        // Split glued degrees at a period followed by a capital: S.Sos.M.AP → S.Sos. + M.AP
        let b = w.as_bytes();
        (1..b.len()).any(|i| {
            b[i - 1] == b'.'
                && b[i].is_ascii_uppercase()
                && w.is_char_boundary(i)
                && d(&w[..i])
                && self.is_degree_text(&w[i..])
        })
    }

    /// The titles lexicon.
    pub(crate) fn titles(&self) -> &Titles {
        &self.titles
    }

    /// Title row `i`.
    pub(crate) fn title(&self, i: u32) -> Option<&crate::lexicon::titles::Title> {
        self.titles.iter().nth(i as usize)
    }

    /// The title modifiers lexicon.
    pub(crate) fn modifiers(&self) -> &TitleModifiers {
        &self.modifiers
    }

    /// Whether rank row `i` is a rank proper (not a service, corps or status word).
    pub(crate) fn is_true_rank(&self, i: u32) -> bool {
        self.true_rank.get(i as usize).copied().unwrap_or(false)
    }

    /// Registers titles, modifiers, honorifics and ranks in the shared dictionary, and the
    /// words asked about token by token in its vocabulary.
    pub fn register(&self, g: &mut GazetteerBuilder<'_>) {
        let sets = [
            (&self.speech, WordClass::SpeechCue),
            (&self.naming, WordClass::NamingCue),
            (&self.byline, WordClass::BylineCue),
            (&self.apposition, WordClass::AppositionCue),
            (&self.report, WordClass::ReportCue),
            (&self.nickname, WordClass::NicknameCue),
            (&self.not_name, WordClass::NotNameCue),
            (&self.title_blockers, WordClass::TitleBlockerCue),
            (&self.links, WordClass::LinkCue),
            (&self.initials, WordClass::InitialsCue),
            (&self.ex_officio, WordClass::ExOfficio),
            (&self.company_forms, WordClass::CompanyForm),
            (&self.particles, WordClass::Particle),
        ];
        for (set, class) in sets {
            for w in set.iter() {
                g.add_word(w, class);
            }
        }
        for w in self.stopwords.iter() {
            g.add_word(w, WordClass::Stopword);
        }
        for w in self.given_names.iter() {
            g.add_word(w, WordClass::GivenName);
        }
        for w in self.rank_words.iter() {
            g.add_word(w, WordClass::Rank);
        }
        for (i, t) in self.titles.iter().enumerate() {
            g.add(&t.form, Entry::Title(i as u32));
        }
        for (i, m) in self.modifiers.iter().enumerate() {
            g.add(&m.form, Entry::TitleModifier(i as u32));
        }
        for (i, h) in self.honorifics.iter().enumerate() {
            g.add(&h.form, Entry::Honorific(i as u32));
            if let Some(bare) = h.form.strip_suffix('.') {
                g.add(bare, Entry::Honorific(i as u32));
            }
        }
        for (i, r) in self.ranks.iter().enumerate() {
            g.add(&r.form, Entry::Rank(i as u32));
        }
    }

    /// Finds officials and persons; `marks` are what the other recognisers know of each
    /// token.
    pub fn recognize(
        &self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        scan: &Scan,
        marks: TokenMarks<'_>,
    ) -> Vec<Entity> {
        if tokens.is_empty() {
            return Vec::new();
        }
        let mut bufs = BUFFERS.with(Cell::take);
        let mut claimed = std::mem::take(&mut bufs.claimed);
        reset(&mut claimed, tokens.len(), false);
        let mut doc = Doc::new(self, text, tokens, scan, marks, bufs);
        doc.mark_headlines(sentences);
        let mut people = People::default();
        let mut bare_titles = Vec::new();

        // Titles in text order, each read title first, else name first.
        for (t, occ) in doc.titles.iter().enumerate() {
            if claimed[occ.start] {
                continue;
            }
            if doc.headline[occ.title_start] {
                continue;
            }
            // `NAME selaku TITLE`: the name before is the holder.
            let name_before = occ.start > 0
                && (doc.is(occ.start - 1, "selaku") || doc.is(occ.start - 1, "sebagai"));
            let found = if name_before {
                doc.name_first(occ, &claimed)
                    .or_else(|| doc.title_first(occ))
            } else {
                doc.title_first(occ)
                    .or_else(|| doc.name_first(occ, &claimed))
            };
            // An occupation is a public position only in the body that employs it (`Peneliti
            // BRIN`, `Dosen Universitas …`); alone it describes a person (`penyuluh agama,
            // Hj. Syarifah`).
            let found = found.filter(|f| f.jurisdiction.is_some() || !doc.is_occupation(occ));
            let Some(mut f) = found else {
                bare_titles.push(occ.clone());
                continue;
            };
            doc.function_to_title(occ, &mut f);
            doc.unit_set_off_before(occ, &mut f);
            if f.covers().any(|i| claimed[i]) {
                continue;
            }
            for i in f.covers() {
                claimed[i] = true;
            }
            // Two positions, two names: `Wali Kota dan Wakil Wali Kota terpilih, A dan B`.
            // One position, two names: `Anggota Komisi IV, A dan B`.
            let paired = t > 0 && {
                let prev = &doc.titles[t - 1];
                prev.end + 1 == occ.start && doc.is(prev.end, "dan")
            };
            // One position, a list of names after `masing-masing`, `yakni`: `Wakil Ketua DPRD
            // masing-masing A, B dan C`.
            if let Some((names, end)) = doc.listed_names(&f) {
                if !(f.phrase.end..end).any(|i| claimed[i]) {
                    claimed[f.phrase.end..end].fill(true);
                    people.add_official(&doc, f.clone());
                    for (name, honorifics) in names {
                        let mut other = f.clone();
                        other.name = name;
                        other.honorifics = honorifics;
                        people.add_official(&doc, other);
                    }
                    continue;
                }
            }
            let second = doc.coordinated_name(f.phrase.end, paired);
            match second {
                Some((name, honorifics, end)) if !(f.phrase.end..end).any(|i| claimed[i]) => {
                    claimed[f.phrase.end..end].fill(true);
                    let mut first = f.clone();
                    let mut other = f.clone();
                    other.name = name;
                    other.honorifics = honorifics;
                    if paired {
                        let prev = &doc.titles[t - 1];
                        first.title = prev.start..prev.end;
                        first.modifier = prev.modifier.clone();
                        // The jurisdiction after the second title is both positions'
                        // (`Ketua dan Wakil Ketua DPRD Maros`), with the body the second
                        // title names for the first.
                        first.jurisdiction = doc.shared_jurisdiction(occ, &f);
                    }
                    people.add_official(&doc, first);
                    people.add_official(&doc, other);
                }
                _ => people.add_official(&doc, f),
            }
        }

        // Later mentions by name, persons with evidence.
        doc.later_mentions(&mut people, &mut claimed);
        doc.bare_title_mentions(&mut people, &bare_titles);
        people.fold_persons_into_officials();
        let out = people.into_entities(text);
        let mut bufs = doc.into_buffers();
        bufs.claimed = claimed;
        // A very long document's buffers are let go rather than held by the thread.
        if tokens.len() <= crate::recognize::KEPT_BUFFER_TOKENS {
            BUFFERS.with(|b| b.set(bufs));
        }
        out
    }
}

/// The per-document buffers of the people recogniser, kept between the documents one thread
/// reads so that a document does not allocate them anew.
#[derive(Default)]
struct Buffers {
    capitals: Capitals,
    place_end: Vec<usize>,
    alias_end: Vec<usize>,
    honorific_end: Vec<usize>,
    rank_end: Vec<usize>,
    rank_tail_end: Vec<usize>,
    title_end: Vec<usize>,
    title_at: Vec<u32>,
    modifier_end: Vec<usize>,
    prefix_end: Vec<bool>,
    taken_name: Vec<bool>,
    headline: Vec<bool>,
    name_token: Vec<bool>,
    names: Vec<u32>,
    name_words: Vec<u32>,
    given_name: Vec<Cell<u8>>,
    common_word: Vec<Cell<u8>>,
    degree: Vec<Cell<u8>>,
    titles: Vec<TitleOcc>,
    claimed: Vec<bool>,
    /// The tokens where a match was written into the per-token ends (see `Doc::into_buffers`).
    touched: Vec<usize>,
}

/// What the other recognisers know of each token, one flag per token in each list.
#[derive(Clone, Copy, Debug)]
pub struct TokenMarks<'a> {
    /// Tokens of spans other recognisers own (dates): no name overlaps them.
    pub taken: &'a [bool],
    /// Tokens that are no part of a name (acronyms, organisation words).
    pub not_name: &'a [bool],
    /// Administrative prefix words (`Kabupaten`, `Desa`, `Kapanewon`; `place_context.tsv`):
    /// no name opens with one.
    pub admin_prefix: &'a [bool],
}

thread_local! {
    /// This thread's buffers, taken while a document is read.
    static BUFFERS: Cell<Buffers> = Cell::new(Buffers::default());
}

/// Empties `v` and fills it with `n` copies of `x`, keeping its allocation.
fn reset<T: Clone>(v: &mut Vec<T>, n: usize, x: T) {
    v.clear();
    v.resize(n, x);
}

/// Makes `v`, whose every element is `x`, `n` long: only the elements it gains are written.
fn cleared<T: Clone>(v: &mut Vec<T>, n: usize, x: T) {
    v.truncate(n);
    v.resize(n, x);
}

/// The lower-case words of the first column of `texts`, whose columns are `columns`.
fn word_set(texts: &[LexiconText], columns: &[&str]) -> Result<WordSet> {
    // About one record a line: room for them all at once.
    let lines = texts.iter().map(|t| count_newlines(&t.text)).sum();
    let mut set = WordSet::with_capacity(lines);
    for t in texts {
        if let [header] = columns {
            if set.insert_column(&t.text, header) {
                continue;
            }
        }
        format::for_each(&t.source, &t.text, columns, 1, |rec| {
            set.insert_lowercase(rec.get(0));
            Ok(())
        })?;
    }
    Ok(set)
}

/// How many line feeds `s` has: counted in blocks of 255 bytes with a byte counter each,
/// which the compiler reads many bytes at a time (a word-sized counter a byte is several
/// times slower on a dictionary of 250 kB).
fn count_newlines(s: &str) -> usize {
    s.as_bytes()
        .chunks(255)
        .map(|block| {
            let n = block
                .iter()
                .fold(0u8, |n, &b| n.wrapping_add(u8::from(b == b'\n')));
            usize::from(n)
        })
        .sum()
}

/// `s` in lower case (as `str::to_lowercase` gives it), copied once.
fn lowercase(s: &str) -> Box<str> {
    if s.is_ascii() {
        let mut b: Box<str> = s.into();
        b.make_ascii_lowercase();
        b
    } else {
        s.to_lowercase().into_boxed_str()
    }
}

/// One title occurrence: `[modifier] title`.
#[derive(Clone, Debug)]
struct TitleOcc {
    /// First token (the modifier's, when there is one).
    start: usize,
    /// First token of the title proper.
    title_start: usize,
    /// One past the title's last token.
    end: usize,
    /// Index in `Titles`.
    title: usize,
    /// The modifier as written.
    modifier: Option<Range<usize>>,
}

/// A name with its honorifics and degrees (token ranges).
type NamedAt = (Range<usize>, Vec<Range<usize>>);

/// A recognised official mention, before grouping.
#[derive(Clone, Debug)]
struct FoundOfficial {
    /// Token range of the whole phrase (title, complement, name, degrees).
    phrase: Range<usize>,
    /// Token range of the title as it should be reported (modifier and portfolio included).
    title: Range<usize>,
    modifier: Option<Range<usize>>,
    jurisdiction: Option<Range<usize>>,
    name: Range<usize>,
    honorifics: Vec<Range<usize>>,
}

impl FoundOfficial {
    fn covers(&self) -> Range<usize> {
        self.phrase.clone()
    }
}

/// Per-document view: tokens, what the dictionary found at each token, word classes.
struct Doc<'a> {
    rec: &'a PeopleRecognizer,
    text: &'a str,
    tokens: &'a [Token],
    /// The dictionary matches and the word classes of the tokens.
    scan: &'a Scan<'a>,
    /// The capitalised tokens, with their lower-case forms and name keys.
    capitals: Capitals,
    /// Lexicon answers about single tokens, looked up at most once each.
    memo: Memo,
    /// For each token, the end of the longest place-like match starting there.
    place_end: Vec<usize>,
    /// For each token, the end of the longest news name of a region (Kaltim, Malut) or country
    /// starting there: never part of a person's name.
    alias_end: Vec<usize>,
    /// For each token, the end of the longest honorific match starting there.
    honorific_end: Vec<usize>,
    /// For each token, the end of the longest rank match starting there.
    rank_end: Vec<usize>,
    /// For each token, the end of the longest service, corps or status word after a rank.
    rank_tail_end: Vec<usize>,
    /// For each token, the end of the longest title match starting there.
    title_end: Vec<usize>,
    /// For each token (and the end of the text), whether an honorific or a rank ends right
    /// before it, starting at most three tokens before (see [`Doc::prefix_ends_at`]).
    prefix_end: Vec<bool>,
    /// Tokens inside a span another recogniser owns (the caller's flags).
    taken: &'a [bool],
    /// Tokens that are an administrative prefix word (`Kabupaten`, `Kapanewon`, `Gampong`).
    admin_prefix: &'a [bool],
    /// Tokens another recogniser knows are not name words (acronyms, organisation words).
    taken_name: Vec<bool>,
    /// Tokens of a headline written in Title Case, where capitals say nothing about names.
    headline: Vec<bool>,
    /// Tokens that could be part of a person's name (see [`Doc::could_be_name`]).
    name_token: Vec<bool>,
    /// The tokens of `name_token`, in order.
    names: Vec<u32>,
    /// The capitalised words and initials of `name_token` (no particles), in order.
    name_words: Vec<u32>,
    titles: Vec<TitleOcc>,
    /// For each token, the title of the longest title match starting there (read by `new`).
    title_at: Vec<u32>,
    /// For each token, the end of the longest title modifier starting there (read by `new`).
    modifier_end: Vec<usize>,
    /// Whether a rank proper starts at any token (`rank_end` is not all zero).
    any_rank: bool,
    /// The tokens where `new` wrote a per-token end or title: the only ones
    /// `into_buffers` clears, so that the next document need not clear them all.
    touched: Vec<usize>,
}

/// Per-token answers of the lexicons, filled in on first use (`None`: not asked yet).
struct Memo {
    given_name: Vec<Cell<u8>>,
    common_word: Vec<Cell<u8>>,
    degree: Vec<Cell<u8>>,
}

/// A memo cell not asked yet (then [`ANSWER_NO`] or [`ANSWER_YES`]): bytes, so that a
/// document's cells are cleared as one block.
const NOT_ASKED: u8 = 0;
const ANSWER_NO: u8 = 1;
const ANSWER_YES: u8 = 2;

/// The first letters and the greatest length of a lexicon's ASCII abbreviation keys (see
/// [`abbreviation_key`], case-insensitive): an ASCII form whose key opens with another letter
/// or is longer has none of those keys, which is told without building its key and hashing
/// it (most capitalised words asked whether they are degrees are names).
#[derive(Clone, Debug, Default)]
struct KeyShape {
    /// One bit per ASCII byte a key opens with.
    first: [u64; 2],
    /// The length of the longest ASCII key.
    max_len: usize,
}

impl KeyShape {
    fn new(keys: impl Iterator<Item = String>) -> KeyShape {
        let mut shape = KeyShape::default();
        for key in keys.filter(|k| k.is_ascii()) {
            if let Some(&b) = key.as_bytes().first() {
                shape.first[usize::from(b / 64)] |= 1 << (b % 64);
            }
            shape.max_len = shape.max_len.max(key.len());
        }
        shape
    }

    /// Whether the key of `form` may be one of the keys (always, where `form` is not ASCII or
    /// has an empty key).
    fn may_match(&self, form: &str) -> bool {
        if !form.is_ascii() {
            return true;
        }
        // The bytes `abbreviation_key` drops.
        let dropped =
            |b: u8| matches!(b, b'.' | b'-' | b'(' | b')') || char::from(b).is_whitespace();
        let Some(first) = form.bytes().find(|&b| !dropped(b)) else {
            return true;
        };
        let first = first.to_ascii_lowercase();
        // The key is no longer than the form: its letters are counted only past that bound.
        self.first[usize::from(first / 64)] >> (first % 64) & 1 == 1
            && (form.len() <= self.max_len
                || form.bytes().filter(|&b| !dropped(b)).count() <= self.max_len)
    }
}

/// Marks a token where no title starts in `Doc::title_at`.
const NO_TITLE: u32 = u32::MAX;

/// How many tokens an honorific or a rank spans at most where `Doc::prefix_ends_at` is asked
/// whether one ends right before a token.
const PREFIX_END_REACH: usize = 3;

/// The answer in `cell`, computed by `f` the first time.
#[inline]
fn remember(cell: &Cell<u8>, f: impl FnOnce() -> bool) -> bool {
    match cell.get() {
        ANSWER_NO => false,
        ANSWER_YES => true,
        _ => {
            let answer = f();
            cell.set(if answer { ANSWER_YES } else { ANSWER_NO });
            answer
        }
    }
}

impl<'a> Doc<'a> {
    fn new(
        rec: &'a PeopleRecognizer,
        text: &'a str,
        tokens: &'a [Token],
        scan: &'a Scan<'a>,
        marks: TokenMarks<'a>,
        b: Buffers,
    ) -> Doc<'a> {
        let n = tokens.len();
        let Buffers {
            mut capitals,
            mut place_end,
            mut alias_end,
            mut honorific_end,
            mut rank_end,
            mut rank_tail_end,
            mut title_end,
            mut title_at,
            mut modifier_end,
            mut prefix_end,
            mut taken_name,
            mut headline,
            name_token,
            names,
            name_words,
            mut given_name,
            mut common_word,
            mut degree,
            mut titles,
            claimed: _,
            mut touched,
        } = b;
        // The per-token ends come back cleared where the last document wrote them (see
        // `into_buffers`): only the tokens this document adds are written here.
        for v in [
            &mut place_end,
            &mut alias_end,
            &mut honorific_end,
            &mut rank_end,
            &mut rank_tail_end,
            &mut title_end,
            &mut modifier_end,
        ] {
            debug_assert!(v.iter().all(|&x| x == 0));
            cleared(v, n, 0);
        }
        debug_assert!(title_at.iter().all(|&x| x == NO_TITLE));
        cleared(&mut title_at, n, NO_TITLE);
        touched.clear();
        let mut any_rank = false;
        for v in [&mut given_name, &mut common_word, &mut degree] {
            reset(v, n, Cell::new(NOT_ASKED));
        }
        reset(&mut headline, n, false);
        titles.clear();
        capitals.fill(text, tokens, scan.facts());
        for (m, entries) in &scan.matches {
            let (s, e) = (m.tokens.start, m.tokens.end);
            // Whether an end or a title was written at `s` (most matches are acronyms and
            // bodies, which write none: their tokens need no clearing).
            let mut wrote = false;
            for entry in entries {
                wrote |= match *entry {
                    Entry::Region(_) | Entry::Geo(_) => {
                        place_end[s] = place_end[s].max(e);
                        true
                    }
                    Entry::RegionAlias(_) | Entry::Country(_) => {
                        place_end[s] = place_end[s].max(e);
                        alias_end[s] = alias_end[s].max(e);
                        true
                    }
                    Entry::Honorific(i) => {
                        let h = rec.honorifics.iter().nth(i as usize);
                        let written = &text[tokens[s].span.start..tokens[e - 1].span.end];
                        // Case-sensitive honorifics (Dr. / dr.) must match as written.
                        // Nobility titles (Andi, Teuku, Raden) are part of the name as written.
                        // (A row of any case whose key `written` has is the row
                        // `Honorifics::get` finds, or one it finds first: no look-up.)
                        let honorific = h.is_some_and(|h| h.kind != HonorificKind::Nobility)
                            && (h.is_some_and(|h| {
                                !h.case_sensitive && same_folded_key(written, &h.form)
                            }) || rec.honorifics.get(written).is_some());
                        if honorific {
                            honorific_end[s] = honorific_end[s].max(e);
                        }
                        honorific
                    }
                    Entry::Rank(i) => {
                        if rec.true_rank[i as usize] {
                            any_rank = true;
                            rank_end[s] = rank_end[s].max(e)
                        } else {
                            rank_tail_end[s] = rank_tail_end[s].max(e)
                        }
                        true
                    }
                    Entry::TitleModifier(_) => {
                        modifier_end[s] = modifier_end[s].max(e);
                        true
                    }
                    Entry::Title(i) => {
                        if e > title_end[s] {
                            title_end[s] = e;
                            title_at[s] = i;
                        }
                        true
                    }
                    Entry::PlaceWord(_)
                    | Entry::Acronym(_)
                    | Entry::OrgHead(_)
                    | Entry::Institution(_)
                    | Entry::InstitutionAcronym(_)
                    | Entry::RegionalBody(_)
                    | Entry::RegionalBodyAcronym(_) => false,
                };
            }
            if wrote {
                touched.push(s);
            }
        }
        // Where the honorifics and ranks end, read once for `prefix_ends_at` (their starts are
        // among the tokens touched).
        reset(&mut prefix_end, n + 1, false);
        for &s in &touched {
            for e in [honorific_end[s], rank_end[s]] {
                if e > s && e - s <= PREFIX_END_REACH {
                    prefix_end[e] = true;
                }
            }
        }
        // A title whose last word carries the possessive `-nya`: `melalui juru bicaranya,
        // Hj. Siti`, `Walhi melalui Direktur Eksekutifnya, Sunardi`.
        // The words of six bytes or more that end in `nya` were listed with the capitals.
        for &i in capitals.possessives() {
            let i = i as usize;
            let t = tokens[i].text(text);
            let Some(stem) = t.strip_suffix("nya") else {
                continue;
            };
            if stem.len() < 3
                || !rec.title_last_ends.may_hold(stem)
                || !rec.title_last_words.contains(&*facts::lower(stem))
            {
                continue;
            }
            for s in i.saturating_sub(2)..=i {
                if title_end[s] > i || (s..i).any(|j| tokens[j].kind != TokenKind::Word) {
                    continue;
                }
                let form = &text[tokens[s].span.start..tokens[i].span.end - "nya".len()];
                if let Some(at) = rec.titles.position(form) {
                    touched.push(s);
                    title_end[s] = i + 1;
                    title_at[s] = at as u32;
                    break;
                }
            }
        }
        taken_name.clear();
        taken_name.extend_from_slice(&marks.not_name[..n.min(marks.not_name.len())]);
        taken_name.resize(n, false);
        let mut doc = Doc {
            rec,
            text,
            tokens,
            scan,
            capitals,
            memo: Memo {
                given_name,
                common_word,
                degree,
            },
            place_end,
            alias_end,
            honorific_end,
            rank_end,
            rank_tail_end,
            title_end,
            title_at,
            modifier_end,
            prefix_end,
            taken: marks.taken,
            admin_prefix: marks.admin_prefix,
            taken_name,
            headline,
            name_token,
            names,
            name_words,
            titles,
            touched,
            any_rank,
        };
        let mut name_token = std::mem::take(&mut doc.name_token);
        let mut names = std::mem::take(&mut doc.names);
        let mut words = std::mem::take(&mut doc.name_words);
        reset(&mut name_token, n, false);
        words.clear();
        // Only initials and capitalised words can be name words: the others are not asked.
        // (Both lists are in token order; so is their merge.)
        let (capitalised, initials) =
            (doc.capitals.tokens(), doc.capitals.uncapitalised_initials());
        let (mut a, mut b) = (0, 0);
        while a < capitalised.len() || b < initials.len() {
            let i = if b == initials.len() || a < capitalised.len() && capitalised[a] < initials[b]
            {
                a += 1;
                capitalised[a - 1]
            } else {
                b += 1;
                initials[b - 1]
            } as usize;
            if matches!(
                tokens[i].kind,
                TokenKind::Initial | TokenKind::Word | TokenKind::Abbreviation
            ) && doc.could_be_name(i)
            {
                name_token[i] = true;
                words.push(i as u32);
            }
        }
        // An ordinary word opens a name after a verb of saying when a name word that is no
        // ordinary word follows it (`kata Berkat Zalukhu`, `menurut Damai Sitorus`).
        // Only a capitalised word right before a name word can: the words before the name
        // words are read, not every capitalised word (none marked here is another's next
        // word, which was a name word already).
        let before = words.len();
        for k in 0..before {
            let Some(i) = (words[k] as usize).checked_sub(1) else {
                continue;
            };
            if !name_token[i]
                && doc.is_capitalised(i)
                && doc.ordinary_word_opens_name(&name_token, i)
            {
                name_token[i] = true;
                words.push(i as u32);
            }
        }
        if words.len() > before {
            words.sort_unstable();
        }
        // A particle between name words is a name word (`Rusmini binti Asnawi`, `Marieke van
        // Dijk`): one or two of them, spaced, and a name word on each side. Only the tokens
        // right after a name word are read, and those after the particles marked.
        let mut next = 1;
        for &w in &words {
            let mut i = w as usize + 1;
            if i < next {
                continue;
            }
            let mut until = i;
            while i <= until && i < n {
                if let Some(k) = doc.particles_at(&name_token, i) {
                    name_token[i..k].fill(true);
                    until = until.max(k);
                }
                i += 1;
            }
            next = i;
        }
        // The name words in token order, particles among them: each is reached from the
        // word before it.
        names.clear();
        let mut next = 0;
        for &w in &words {
            let mut p = w as usize;
            if p < next {
                continue;
            }
            while p < n && name_token[p] {
                names.push(p as u32);
                p += 1;
            }
            next = p;
        }
        doc.name_token = name_token;
        doc.names = names;
        doc.name_words = words;
        // Title occurrences: capitalised, not nested in a longer title, with a modifier
        // before them when there is one.
        // The tokens a title starts at are among those `touched`, read in token order.
        doc.touched.sort_unstable();
        doc.touched.dedup();
        let mut covered_to = 0;
        for k in 0..doc.touched.len() {
            let i = doc.touched[k];
            let (t, e) = (doc.title_at[i], doc.title_end[i]);
            if t == NO_TITLE || i < covered_to {
                continue;
            }
            let t = t as usize;
            // Kantor Bupati, Keputusan Gubernur, Piala Presiden: not a person's position. A
            // title in lower case after a noun that describes a person qualifies that noun
            // (`pelatih kepala`).
            let qualifies = i > 0
                && !doc.is_capitalised(i)
                && !doc.is_capitalised(i - 1)
                && doc.word_is(i - 1, WordClass::AppositionCue);
            // A number before a title in lower case counts its holders (`40 anggota
            // Kelompok Tani …`): no one position.
            let counted =
                i > 0 && !doc.is_capitalised(i) && tokens[i - 1].kind == TokenKind::Number;
            let blocked = i > 0
                && (counted || doc.word_is(i - 1, WordClass::TitleBlockerCue))
                && !doc.honorific_after_comma(e);
            if qualifies || blocked {
                covered_to = e;
                continue;
            }
            let mut end = e;
            // Numbering belongs to the title: Wakil Ketua II, Asisten I; so does a letter
            // before a body or a comma (`Komisi B DPRD`, `Pansus A,`).
            let letter = end + 1 < n
                && doc.tok(end).len() == 1
                && doc.tok(end).as_bytes()[0].is_ascii_uppercase()
                && doc.is_word(end)
                && (doc.is_punct(end + 1, b',')
                    || doc.is_word(end + 1) && doc.is_all_caps(end + 1));
            // A roman number glued to a slash numbers the unit, not the title
            // (`Pangdam VI/Mulawarman`): the jurisdiction reads it.
            let unit_number = end + 1 < n && doc.glued(end) && doc.is_punct(end + 1, b'/');
            if letter || end < n && doc.is_roman(end) && !unit_number {
                end += 1;
            } else if let Some(g) = doc.grade_from(end) {
                // The grade of a functional position is the title's: Peneliti Ahli Madya.
                end = g;
            }
            // The function before an English position name is the title's: `Marketing
            // Manager`, `Communication Officer`.
            let i = doc.function_before(i, t, covered_to);
            let mut start = i;
            let mut modifier = None;
            // `Penjabat (Pj) Bupati`: the modifier's short form may follow it in brackets.
            let bracketed =
                i >= 3 && tokens[i - 1].text(text) == ")" && tokens[i - 3].text(text) == "(";
            let before = if bracketed { i - 3 } else { i };
            if let Some(m) = (before.saturating_sub(3)..before)
                .find(|&m| doc.modifier_end[m] == before && doc.grade_from(m).is_none())
            {
                start = m;
                modifier = Some(m..before);
            }
            doc.titles.push(TitleOcc {
                start,
                title_start: i,
                end,
                title: t,
                modifier,
            });
            covered_to = end;
        }
        doc
    }

    /// A word that opens a company's name (`PT`, `CV`, `Perum`: person_cues.tsv, cue
    /// `company`): a vocabulary class, told with the token's other classes.
    fn is_company_form(&self, i: usize) -> bool {
        self.word_is(i, WordClass::CompanyForm)
    }

    /// Where the title `t` at `i` starts with the words of its function before it: an English
    /// position name of a company (its last word no Indonesian word: `Manager`, `Officer`,
    /// `Director`) is written after its function (`Marketing Manager`, `Communication
    /// Officer`, `Finance Director`), up to three capitalised words that are no given name,
    /// place, acronym, honorific, rank or title, and none before `floor`.
    fn function_before(&self, i: usize, t: usize, floor: usize) -> usize {
        let english = self.rec.title(t as u32).is_some_and(|title| {
            title.category == TitleCategory::Corporate
                && title
                    .form
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| !self.rec.words.contains(&facts::lower(last)))
        });
        if !english || !self.is_capitalised(i) {
            return i;
        }
        let mut s = i;
        while s > floor && s + 3 > i {
            let w = s - 1;
            let function = self.is_word(w)
                && self.is_capitalised(w)
                && !self.is_all_caps(w)
                && !self.is_given_name(w)
                && !self.prefix_at(w)
                && self.place_end[w] <= w
                && self.title_end[w] <= w
                && !self.taken_name[w]
                && !self.is_taken(w);
            if !function {
                break;
            }
            s = w;
        }
        s
    }

    /// Whether the title of `occ` is an occupation (category `functional`: Peneliti, Dosen,
    /// Dokter Spesialis Anak).
    fn is_occupation(&self, occ: &TitleOcc) -> bool {
        self.rec
            .title(occ.title as u32)
            .is_some_and(|t| t.category == TitleCategory::Functional)
    }

    /// A grade of a functional position at `i` (`Ahli Madya`, `Terampil`; a modifier of kind
    /// grade): returns its end.
    fn grade_from(&self, i: usize) -> Option<usize> {
        let e = *self.modifier_end.get(i)?;
        (e > i
            && self
                .rec
                .modifiers
                .get(self.slice(&(i..e)))
                .is_some_and(|m| m.kind == ModifierKind::Grade))
        .then_some(e)
    }

    /// Gives the document's buffers back for the next document.
    fn into_buffers(mut self) -> Buffers {
        for &s in &self.touched {
            for v in [
                &mut self.place_end,
                &mut self.alias_end,
                &mut self.honorific_end,
                &mut self.rank_end,
                &mut self.rank_tail_end,
                &mut self.title_end,
                &mut self.modifier_end,
            ] {
                v[s] = 0;
            }
            self.title_at[s] = NO_TITLE;
        }
        self.touched.clear();
        Buffers {
            capitals: self.capitals,
            place_end: self.place_end,
            alias_end: self.alias_end,
            honorific_end: self.honorific_end,
            rank_end: self.rank_end,
            rank_tail_end: self.rank_tail_end,
            title_end: self.title_end,
            title_at: self.title_at,
            modifier_end: self.modifier_end,
            prefix_end: self.prefix_end,
            taken_name: self.taken_name,
            headline: self.headline,
            name_token: self.name_token,
            names: self.names,
            name_words: self.name_words,
            given_name: self.memo.given_name,
            common_word: self.memo.common_word,
            degree: self.memo.degree,
            titles: self.titles,
            claimed: Vec::new(),
            touched: self.touched,
        }
    }

    /// Marks the tokens of Title Case headlines: sentences of four words or more, nearly all
    /// capitalised and without final punctuation.
    fn mark_headlines(&mut self, sentences: &[Sentence]) {
        for s in sentences {
            let toks = s.tokens.clone();
            let last = toks.end.checked_sub(1).map(|i| self.tok(i));
            // An abbreviation's period closes it too (`…, S.E.`). Most sentences are closed:
            // their words are not counted.
            let closed = last.is_some_and(|t| {
                matches!(t, "." | "!" | "?" | "\"" | "”") || (t.len() > 1 && t.ends_with('.'))
            });
            if closed {
                continue;
            }
            let (mut words, mut caps) = (0, 0);
            for i in toks.clone() {
                if self.is_word(i) {
                    words += 1;
                    caps += usize::from(self.is_capitalised(i));
                }
            }
            if words >= 4 && caps * 10 >= words * 8 {
                for i in toks {
                    if i < self.headline.len() {
                        self.headline[i] = true;
                    }
                }
            }
        }
    }

    fn tok(&self, i: usize) -> &'a str {
        self.tokens[i].text(self.text)
    }

    /// The text of a token range; empty for an empty range.
    fn slice(&self, r: &Range<usize>) -> &'a str {
        if r.is_empty() {
            return "";
        }
        &self.text[self.tokens[r.start].span.start..self.tokens[r.end - 1].span.end]
    }

    /// The span of a token range (an empty range gives the empty span where it starts).
    fn span(&self, r: &Range<usize>) -> Span {
        if r.is_empty() {
            return self
                .tokens
                .get(r.start)
                .map_or_else(Span::default, |t| Span {
                    end: t.span.start,
                    char_end: t.span.char_start,
                    ..t.span
                });
        }
        self.tokens[r.start]
            .span
            .cover(&self.tokens[r.end - 1].span)
    }

    /// No whitespace between token `i` and the next.
    /// A line break stands right before token `i`: a name never runs over it (a headline's
    /// last words and the dateline's place are no name).
    fn new_line_at(&self, i: usize) -> bool {
        // The facts of the token before tell (a token before another is not the last one).
        let facts = self.scan.facts();
        if facts.len() == self.tokens.len() && i < facts.len() {
            return i > 0 && facts[i - 1] & text_facts::LINE_END != 0;
        }
        i > 0 && self.text[self.tokens[i - 1].span.end..self.tokens[i].span.start].contains('\n')
    }

    fn glued(&self, i: usize) -> bool {
        i + 1 < self.tokens.len() && self.tokens[i].span.end == self.tokens[i + 1].span.start
    }

    fn is_capitalised(&self, i: usize) -> bool {
        self.capitals.is_capitalised(i)
    }

    /// Token `i` is inside a span another recogniser owns.
    fn is_taken(&self, i: usize) -> bool {
        self.taken.get(i).copied().unwrap_or(false)
    }

    fn is_word(&self, i: usize) -> bool {
        self.tokens[i].kind == TokenKind::Word
    }

    fn is_all_caps(&self, i: usize) -> bool {
        self.capitals
            .all_caps(i)
            .unwrap_or_else(|| facts::is_all_caps(self.tok(i)))
    }

    fn is_roman(&self, i: usize) -> bool {
        facts::is_roman(self.tok(i))
    }

    /// Whether token `i` is the one ASCII character `b` (`,`, `(`): read off its span and one
    /// byte, without slicing the text.
    #[inline]
    fn is_punct(&self, i: usize, b: u8) -> bool {
        let t = &self.tokens[i];
        t.span.end == t.span.start + 1 && self.text.as_bytes().get(t.span.start) == Some(&b)
    }

    fn is(&self, i: usize, s: &str) -> bool {
        i < self.tokens.len() && self.tok(i).eq_ignore_ascii_case(s)
    }

    /// The name keys of the name words of `r` (name words are capitalised; tokens without
    /// letters have none).
    fn name_keys(&self, r: &Range<usize>) -> impl Iterator<Item = &str> + Clone + '_ {
        r.clone()
            .map(|i| self.capitals.key(i))
            .filter(|k| !k.is_empty())
    }

    /// Token `i` in lower case.
    fn lower(&self, i: usize) -> Lower<'_> {
        match self.capitals.lower(i) {
            Some(lower) => Lower::Same(lower),
            None => facts::lower(self.tok(i)),
        }
    }

    /// Whether the lower-case form of token `i` is in `class`: from the vocabulary when it
    /// can tell, else from the recogniser's own lexicon.
    #[inline]
    fn word_is(&self, i: usize, class: WordClass) -> bool {
        self.scan
            .is(i, class)
            .unwrap_or_else(|| self.rec.lower_is(&self.lower(i), class))
    }

    /// An ordinary Indonesian word (dictionary entry, root, or a derived form of a root) that
    /// is not a common given name: continues a position's complement.
    fn is_common_word(&self, i: usize) -> bool {
        remember(&self.memo.common_word[i], || {
            // A stopword that is no given name is one (`dan`, `di`, most of the words asked
            // about): the vocabulary tells both where it can, without the lexicons' look-ups
            // and the stemmer (`is_common_lower` asks the same in that order).
            if self.scan.is(i, WordClass::Stopword) == Some(true)
                && self.scan.is(i, WordClass::GivenName) == Some(false)
            {
                return true;
            }
            self.rec.is_common_lower(&self.lower(i))
        })
    }

    /// A frequent ordinary word (root, stopword, or an affixed form of a root) that is not a
    /// given name: cannot start a person's name.
    fn is_plain_word(&self, i: usize) -> bool {
        if self.is_given_name(i) {
            return false;
        }
        if self.word_is(i, WordClass::NotNameCue) || self.word_is(i, WordClass::Stopword) {
            return true;
        }
        let lower = self.lower(i);
        self.rec.stemmer.is_root(&lower) || self.rec.stemmer.stem(&lower) != *lower
    }

    fn is_given_name(&self, i: usize) -> bool {
        if let Some(yes) = self.scan.is(i, WordClass::GivenName) {
            return yes;
        }
        remember(&self.memo.given_name[i], || {
            self.rec.given_names.contains(&self.lower(i))
        })
    }

    /// An honorific or a rank starts at `i`.
    fn prefix_at(&self, i: usize) -> bool {
        i < self.tokens.len() && (self.honorific_end[i] > i || self.rank_end[i] > i)
    }

    /// Where the particles from token `i` end when they join the name words on each side
    /// (`binti` in `Rusmini binti Asnawi`), as `name_token` marks name words so far.
    fn particles_at(&self, name_token: &[bool], i: usize) -> Option<usize> {
        let n = self.tokens.len();
        if !name_token[i - 1] || self.tokens[i].kind != TokenKind::Word || self.glued(i - 1) {
            return None;
        }
        let mut k = i;
        while k < n && k < i + 2 && self.is_particle_at(k) {
            k += 1;
        }
        (k > i && k < n && name_token[k] && !self.glued(k - 1)).then_some(k)
    }

    /// Could token `i` be part of a person's name? (Read once per document.)
    fn is_name_token(&self, i: usize) -> bool {
        self.name_token[i]
    }

    /// Whether token `i` could be part of a person's name: an initial, or a capitalised word
    /// that is no acronym, stopword or title word, and that no other recogniser owns.
    fn could_be_name(&self, i: usize) -> bool {
        // (What other recognisers own is read before the shape, which may ask the lexicons.)
        if self.is_taken(i) || self.taken_name[i] {
            return false;
        }
        let kind = self.tokens[i].kind;
        // The facts of a capitalised token, read once (`None`: not capitalised).
        let facts = self.capitals.facts(i);
        let shaped = match kind {
            TokenKind::Initial => true,
            TokenKind::Word => facts.is_some_and(|f| {
                f & text_facts::LETTERS != 0 || !self.tok(i).bytes().any(|b| b.is_ascii_digit())
            }),
            TokenKind::Abbreviation => self.is_name_abbreviation(i),
            _ => false,
        };
        if !shaped {
            return false;
        }
        // A title word is not a name word, unless it is also a common name (Hakim) and follows
        // a name word. A king's title that is also a given name is a name word only before a
        // capitalised word, after a name word or when that word is no place (`Raja Juli
        // Antoni`; `Sultan Ternate` is the title, and so is `Sultan` alone: `menurut Sultan,`).
        let title_word = self.title_end[i] > i && {
            let after_name = i > 0
                && self.is_given_name(i)
                && self.title_end[i] == i + 1
                && self.is_capitalised(i - 1)
                && self.is_word(i - 1);
            let name_word = if self.title_needs_place(i) {
                i + 1 < self.tokens.len()
                    && self.is_word(i + 1)
                    && self.is_capitalised(i + 1)
                    && (after_name || self.place_from(i + 1).is_none())
            } else {
                after_name
            };
            !name_word
        };
        if title_word || kind != TokenKind::Word {
            return !title_word;
        }
        // The legal form that opens a company's name (`PT Sinar Jaya`) is no name word: a run
        // of capitals holding one names a company, or a position in it.
        if i + 1 < self.tokens.len() && self.is_capitalised(i + 1) && self.is_company_form(i) {
            return false;
        }
        // Acronyms are not names; one- or two-letter capitals are initials (F, AM).
        if facts.is_some_and(|f| f & text_facts::CAPS != 0) && self.tok(i).chars().count() > 2 {
            return false;
        }
        // Both classes from one look-up where the vocabulary tells them.
        let classes = self.scan.classes(i);
        match (
            classes.contains(WordClass::Stopword.set()),
            classes.contains(WordClass::GivenName.set()),
        ) {
            (Some(stop), Some(given)) => !stop || given,
            _ => !self.word_is(i, WordClass::Stopword) || self.is_given_name(i),
        }
    }

    /// Whether the capitalised ordinary word at `i`, no name word by [`Doc::could_be_name`],
    /// opens a name all the same: right after a verb of saying, and before a name word
    /// (`name_token`, as marked so far) that is no ordinary word, with a space between them
    /// (`kata Berkat Zalukhu`, `Menurut Damai Sitorus`). A title, an acronym, a company's legal
    /// form or a token another recogniser owns never opens one.
    fn ordinary_word_opens_name(&self, name_token: &[bool], i: usize) -> bool {
        let n = self.tokens.len();
        i > 0
            && i + 1 < n
            && name_token[i + 1]
            && self.tokens[i].kind == TokenKind::Word
            && self.tokens[i + 1].kind == TokenKind::Word
            && !self.glued(i)
            && self.word_is(i - 1, WordClass::SpeechCue)
            // (Capitalised, the verb may be a headline's: `Polres Ungkap Peredaran Sabu`.)
            && (!self.is_capitalised(i - 1) || self.is(i - 1, "menurut"))
            && !self.is_taken(i)
            && !self.taken_name[i]
            && self.title_end[i] <= i
            && self
                .capitals
                .facts(i)
                .is_some_and(|f| f & text_facts::LETTERS != 0 && f & text_facts::CAPS == 0)
            && !self.is_company_form(i)
            && !self.is_common_word(i + 1)
    }

    /// Whether a name with an honorific or rank, set off by commas, follows within the few
    /// tokens after `e` (the end of a title), in its sentence: the title is a person's even
    /// after a word that makes titles a document's or a building's (`instruksi Kepala Badan
    /// … (BPOM), Prof. Dr. Nama, yang …`).
    fn honorific_after_comma(&self, e: usize) -> bool {
        let n = self.tokens.len();
        let comma = |from: usize, to: usize| {
            (from..to.min(n)).find_map(|j| match self.tok(j) {
                "," => Some(true),
                "." | "!" | "?" | "\"" => Some(false),
                _ => None,
            })
        };
        let Some(c) = (e..(e + 14).min(n)).find(|&j| comma(j, j + 1).is_some()) else {
            return false;
        };
        // The name set off by commas on both sides, as an apposition is.
        self.tok(c) == "," && self.prefix_at(c + 1) && comma(c + 2, c + 12).unwrap_or(false)
    }

    /// A one-word title at `i` that is also a given name and belongs to a place (`Sultan`,
    /// `Raja`): a position only with the place of its kingdom right after it (`Sultan Ternate
    /// Hidayatullah Sjah`), a name word otherwise (`Sultan Bachtiar Najamudin`).
    fn title_needs_place(&self, i: usize) -> bool {
        self.title_end[i] == i + 1
            && self
                .rec
                .title(self.title_at[i])
                .is_some_and(|t| t.jurisdiction == Jurisdiction::Place)
            && self.is_given_name(i)
    }

    /// An abbreviated name word at `i`: a given name (`Muh.`, `Moch.`) or a title of nobility
    /// (`Dt.`, `Tb.`), which are part of the name as written.
    fn is_name_abbreviation(&self, i: usize) -> bool {
        let t = self.tok(i);
        let Some(bare) = t.strip_suffix('.') else {
            return false;
        };
        // Initials written together (`R.A.`, `M.T.`) that are no degree: `R.A. Denni`: capital
        // letters with a period between each two.
        let b = bare.as_bytes();
        if b.len() >= 3
            && b.len() % 2 == 1
            && b.iter().enumerate().all(|(j, &c)| {
                if j % 2 == 0 {
                    c.is_ascii_uppercase()
                } else {
                    c == b'.'
                }
            })
        {
            return !self.is_degree_text(t)
                && self
                    .rec
                    .honorifics
                    .get(t)
                    .map_or(true, |h| h.kind == HonorificKind::Nobility);
        }
        if bare.is_empty() {
            return false;
        }
        // An ASCII capitalised token's lower-case form was read with the capitals: the bare
        // form's is it without the period (not copied and lower-cased again).
        let ascii = self.capitals.facts(i).map(|f| f & text_facts::ASCII != 0);
        let lower = match (ascii, self.capitals.lower(i)) {
            (None, _) => return false,
            (Some(true), Some(lower)) => {
                if !b.iter().all(u8::is_ascii_alphabetic) {
                    return false;
                }
                Lower::Same(&lower[..bare.len()])
            }
            _ => {
                if !bare.chars().all(char::is_alphabetic) {
                    return false;
                }
                facts::lower(bare)
            }
        };
        // An ASCII abbreviation of letters has its lower-case form as its key: no title of
        // nobility has it unless one of their keys is it.
        let maybe_nobility = !bare.is_ascii() || self.rec.nobility_keys.contains(&*lower);
        self.rec.given_names.contains(&lower)
            || maybe_nobility
                && self
                    .rec
                    .honorifics
                    .get(t)
                    .is_some_and(|h| h.kind == HonorificKind::Nobility)
    }

    /// The adjacent-token chunk starting at `i` (tokens glued without spaces, stopping before a
    /// comma): `S.` + `IK` → `S.IK`. Returns its end.
    fn chunk_end(&self, i: usize) -> usize {
        let mut e = i + 1;
        // Degrees glue a few tokens at most (`S.Sos.M.AP`); a longer run is cut (linear time).
        while e < self.tokens.len() && e < i + 8 && self.glued(e - 1) && !self.is_punct(e, b',') {
            e += 1;
        }
        e
    }

    /// Degrees after a name: `, S.IP, MH`, `SH SIK MSi`, `SH., S.IK`, `S.Sos.M.AP`. Returns
    /// their token ranges and where they end.
    fn degrees_from(&self, mut k: usize) -> (Vec<Range<usize>>, usize) {
        let n = self.tokens.len();
        let mut out = Vec::new();
        loop {
            let mut j = k;
            if j < n && self.is_punct(j, b',') {
                j += 1;
            }
            let after_comma = j > k;
            if j >= n || !(self.is_degree_at(j) || after_comma && self.is_loose_degree_at(j)) {
                break;
            }
            let e = self.chunk_end(j);
            // A title written before names too (`dr.`, `Dr.`) opens the next name when one
            // follows it (`Budi Santoso, dr. Rina Wati`).
            if self.honorific_end[j] == e && e < n && self.is_name_token(e) {
                break;
            }
            out.push(j..e);
            k = e;
        }
        (out, k)
    }

    fn is_degree_text(&self, w: &str) -> bool {
        self.rec.is_degree_text(w)
    }

    /// A degree (or degrees glued together) in the chunk starting at `i`.
    fn is_degree_at(&self, i: usize) -> bool {
        remember(&self.memo.degree[i], || self.degree_chunk(i))
    }

    fn degree_chunk(&self, i: usize) -> bool {
        // A capitalised word of ASCII letters not glued to the next token, with no capital
        // after its first letter (most name words): a chunk of its own, and a plain one, as
        // its facts tell without reading the chunk (see below).
        const LETTER_WORD: u8 = text_facts::ASCII | text_facts::LETTERS;
        let plain_word = self.capitals.facts(i).is_some_and(|f| {
            f & (LETTER_WORD | text_facts::CAPS | text_facts::GLUED) == LETTER_WORD
                && !self.tok(i).bytes().skip(1).any(|b| b.is_ascii_uppercase())
        });
        if plain_word {
            let w = self.tok(i);
            return self.rec.plain_degree_forms.iter().any(|f| **f == *w)
                && w.len() >= 2
                && self.is_degree_text(w);
        }
        self.read_degree_chunk(i)
    }

    /// [`Doc::degree_chunk`], read off the chunk's text.
    fn read_degree_chunk(&self, i: usize) -> bool {
        let e = self.chunk_end(i);
        let w = self.slice(&(i..e));
        // A plain capitalised word alone (`Budi`) is a degree only as a plain form is written.
        if e == i + 1 && self.capitals.is_plain(i, self.tok(i)) {
            return self.rec.plain_degree_forms.iter().any(|f| **f == *w)
                && w.bytes().filter(u8::is_ascii_alphabetic).count() >= 2
                && self.is_degree_text(w);
        }
        // A one-letter chunk is an initial, not a degree. A word without periods or inner
        // capitals is a degree only as a form is written (`Ners`): those few forms are kept
        // apart when the recogniser is built, so a name word is not looked up.
        let (letters, inner_capital) = if w.is_ascii() {
            let b = w.as_bytes();
            (
                b.iter().filter(|c| c.is_ascii_alphabetic()).count(),
                b.iter().skip(1).any(u8::is_ascii_uppercase),
            )
        } else {
            (
                w.chars().filter(|c| c.is_alphabetic()).count(),
                w.chars().skip(1).any(char::is_uppercase),
            )
        };
        letters >= 2
            && (self.is_all_caps(i)
                || w.contains('.')
                || inner_capital
                || self.rec.plain_degree_forms.iter().any(|f| **f == *w))
            && self.is_degree_text(w)
    }

    /// A degree written without its capitals or periods (`Mkes`), closed by a comma or the end
    /// of the clause: only after a comma that follows a name.
    fn is_loose_degree_at(&self, i: usize) -> bool {
        let e = self.chunk_end(i);
        let closed = e >= self.tokens.len() || matches!(self.tok(e), "," | "." | ";" | ")");
        let w = self.slice(&(i..e));
        closed && w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && self.is_degree_text(w)
    }

    /// Honorifics and ranks before a name, from `k`. Returns their ranges and the end.
    fn prefixes_from(&self, mut k: usize) -> (Vec<Range<usize>>, usize) {
        let mut out = Vec::new();
        while k < self.tokens.len() {
            let e = self.honorific_end[k].max(self.rank_end[k]);
            if e <= k {
                break;
            }
            // After another honorific, one that is also a given name starts the name
            // (`Hj. Syarifah Suraidah`).
            if !out.is_empty() && self.personal_name_honorific(k) {
                break;
            }
            // A rank continues with its service, corps and status (Kolonel Laut (P), Brigjen TNI (Purn)).
            let mut end = e;
            while end < self.tokens.len()
                && self.rank_tail_end[end] > end
                && self.honorific_end[k] <= k
            {
                end = self.rank_tail_end[end];
            }
            out.push(k..end);
            k = end;
        }
        (out, k)
    }

    /// A title of nobility (honorifics.tsv, kind nobility: `Anak Agung`, `Andi`) opens the
    /// name `k..e` and leaves at least one name word after it.
    fn nobility_at(&self, k: usize, e: usize) -> bool {
        (k + 1..e.min(k + 3)).rev().any(|h| self.is_nobility(k..h))
    }

    /// Tokens `r` are a title of nobility (honorifics.tsv, kind nobility).
    fn is_nobility(&self, r: Range<usize>) -> bool {
        self.rec
            .honorifics
            .get(self.slice(&r))
            .is_some_and(|x| x.kind == HonorificKind::Nobility)
    }

    /// A title of nobility followed by a name word starts at `k` (`La Ode Amal`): unlike the
    /// other honorifics it is written as part of the name, so it is no prefix, but it opens a
    /// name all the same, and so it ends the name of a body or place before it.
    fn opens_nobility(&self, k: usize) -> bool {
        let n = self.tokens.len();
        self.is_word(k)
            && self.is_capitalised(k)
            && (k + 1..(k + 3).min(n)).any(|h| self.is_name_token(h) && self.is_nobility(k..h))
    }

    /// An honorific that is also a given name starts at `k` (`Syarifah`, `Gus`: flagged
    /// `personal_name` in honorifics.tsv). Read as an honorific only where it opens the
    /// prefixes; after another honorific or a rank it is the first word of the name.
    fn personal_name_honorific(&self, k: usize) -> bool {
        let e = self.honorific_end[k];
        e > k
            && self
                .rec
                .honorifics
                .get(self.slice(&(k..e)))
                .is_some_and(|h| h.ambiguity.contains(Ambiguity::PERSONAL_NAME))
    }

    /// An honorific or a rank of at most [`PREFIX_END_REACH`] tokens ends right before token
    /// `i`: read off `prefix_end`, which `new` filled.
    #[inline]
    fn prefix_ends_at(&self, i: usize) -> bool {
        self.prefix_end.get(i).copied().unwrap_or(false)
    }

    /// Whether token `k` is a name particle (`binti`, `van`): its length and first byte are
    /// read off its span before the text is sliced and the set asked (most tokens after a
    /// name word are capitalised or long).
    /// Then the vocabulary tells whether its lower-case form is one, and only a token it
    /// cannot tell about or whose form is one is read as written.
    #[inline]
    fn is_particle_at(&self, k: usize) -> bool {
        let span = &self.tokens[k].span;
        span.end - span.start <= self.rec.particle_len
            && !self
                .text
                .as_bytes()
                .get(span.start)
                .is_some_and(u8::is_ascii_uppercase)
            && self.scan.is(k, WordClass::Particle) != Some(false)
            && self.rec.is_particle(self.tok(k))
    }

    /// The name starting at `k`: name tokens, not a place on its own, at most
    /// `MAX_NAME_WORDS`, not ending on a degree. Returns its range.
    fn name_from(&self, k: usize, with_prefix: bool) -> Option<Range<usize>> {
        let n = self.tokens.len();
        let mut e = k;
        let mut words = 0;
        while e < n && words < MAX_NAME_WORDS && self.is_name_token(e) {
            if words > 0
                && (self.is_degree_at(e)
                    || self.prefix_at(e) && !self.address_ends_name(e)
                    || self.new_line_at(e))
            {
                break;
            }
            // Kaltim, Malut, Indonesia: a region's news name is never part of a person's name.
            if self.alias_end[e] > e && !self.is_given_name(e) {
                if words == 0 {
                    return None;
                }
                break;
            }
            e += 1;
            words += 1;
            // A double surname joined by a hyphen is one name word (`Rita Mantiri-Tamuntuan`).
            if e + 1 < n
                && self.is_punct(e, b'-')
                && self.glued(e - 1)
                && self.glued(e)
                && self.is_name_token(e + 1)
            {
                e += 2;
            }
        }
        // A name opens with a capitalised word or an initial, never with a particle
        // (`binti`), and never with the prefix of a region (`Kapanewon Depok`).
        if words == 0
            || self.tokens[k].kind == TokenKind::Word
                && (!self.is_capitalised(k) || self.is_admin_prefix(k))
        {
            return None;
        }
        let letters: usize = (k..e)
            .map(|i| self.tok(i).chars().filter(|c| c.is_alphabetic()).count())
            .sum();
        if letters < 3 {
            return None;
        }
        // A name that is only a place is a place.
        if self.place_end[k] >= e && !self.is_given_name(k) {
            return None;
        }
        // A name does not start with an ordinary word (Pimpinan, Nomor, Jalan), unless an
        // honorific or rank vouches for it, or the word opens a title of nobility, which is
        // written with the name (Anak Agung Gede Agung), or a verb of saying and a name word
        // that is no ordinary word vouch for it (`kata Berkat Zalukhu`).
        let vouched = || {
            with_prefix
                || self.nobility_at(k, e)
                || self.ordinary_word_opens_name(&self.name_token, k)
        };
        if self.tokens[k].kind == TokenKind::Word && self.is_plain_word(k) && !vouched() {
            return None;
        }
        if self.word_is(k, WordClass::NotNameCue) {
            return None;
        }
        if words == 1
            && !with_prefix
            && (self.tokens[k].kind != TokenKind::Word || self.is_common_word(k))
        {
            return None;
        }
        if !with_prefix
            && (k..e).all(|i| self.is_common_word(i) || self.tokens[i].kind != TokenKind::Word)
            && !self.nobility_at(k, e)
        {
            return None;
        }
        Some(k..e)
    }

    /// The honorific at `e`, after a name word, opens no name: it is the last word of the
    /// name before it (`Sri Juniarsih Mas meninjau`, `Theresia Nona, mengatakan`: forms of
    /// address that are also name words). A rank with its service after it is no such word
    /// (`Marsma TNI`).
    fn address_ends_name(&self, e: usize) -> bool {
        let n = self.tokens.len();
        self.prefix_at(e)
            && self.tokens[e].kind == TokenKind::Word
            && self.tok(e).len() >= 3
            && !(e + 1 < n && self.is_name_token(e + 1))
            && !(e + 1 < n && self.rank_end[e] > e && self.rank_tail_end[e + 1] > e + 1)
    }

    /// `( ACRONYM )` or `( ACRONYM Place )` at `k`: returns its end.
    fn bracketed_acronym(&self, k: usize) -> Option<usize> {
        let n = self.tokens.len();
        // `(Kasi Penkum)`: the short form of the title just written out; with its modifier,
        // whose dot would end a run of words (`(Pj. Sekda)`, `(Plt. Kadis)`).
        if k + 1 < n && self.is_punct(k, b'(') {
            let m = self.modifier_end[k + 1];
            let s = if m > k + 1 && m < n { m } else { k + 1 };
            let te = self.title_end[s];
            if te > s && te > k + 2 && te < n && self.is_punct(te, b')') {
                return Some(te + 1);
            }
        }
        // One word: capitalised and short, or a title's blend however long it is
        // (`(Wamendikdasmen)`).
        if k + 2 < n && self.is_punct(k, b'(') && self.is_punct(k + 2, b')') {
            let inner = self.tok(k + 1);
            if inner.chars().next().is_some_and(char::is_uppercase)
                && (inner.len() <= 12 || self.title_end[k + 1] == k + 2)
            {
                return Some(k + 3);
            }
        }
        // `(UID Sulselrabar)`, `(Dinsos P3A)`, `(FSP RTMM-SPSI)`: a short form of two or three
        // capitalised words, one of them shaped like an acronym (capitals, a digit, a capital
        // inside) or known as one (`(Kanwil Kemenag)`); or, with no given name among them,
        // the body's other name before its place (`Dinas Kebudayaan (Kundha Kabudayan)
        // Gunungkidul`).
        if k + 3 < n && self.is_punct(k, b'(') {
            let mut j = k + 1;
            let mut words = 0;
            let mut acronym = false;
            let mut given = false;
            while j < n && j < k + 7 && words < 3 {
                if self.is_word(j) && self.is_capitalised(j) && self.tok(j).len() <= 12 {
                    acronym |= self.is_all_caps(j) || self.is_short_form_shaped(j);
                    acronym |= self.taken_name[j];
                    given |= self.is_given_name(j);
                    words += 1;
                    j += 1;
                } else if self.is_punct(j, b'-') && j > k + 1 && self.glued(j - 1) && self.glued(j)
                {
                    j += 1;
                } else {
                    break;
                }
            }
            let closed = j < n && self.is_punct(j, b')');
            if words >= 2 && closed && (acronym || !given && self.place_from(j + 1).is_some()) {
                return Some(j + 1);
            }
        }
        None
    }

    /// A given name at `k` with a capitalised word after it that is no place, ordinary word or
    /// acronym: a name starts there even if the given name is also a place (`Jawa Tengah
    /// Bambang Hartono`: Bambang is a district of Mamasa).
    fn given_name_opens_name(&self, k: usize) -> bool {
        k + 1 < self.tokens.len()
            && self.is_given_name(k)
            && !self.is_admin_prefix(k)
            && self.is_word(k + 1)
            && self.is_capitalised(k + 1)
            && !self.is_all_caps(k + 1)
            && !self.is_common_word(k + 1)
            && self.place_from(k + 1).is_none()
    }

    /// A word with a digit or a capital after its first letter (`P3A`, `KemenKopUKM`).
    fn is_short_form_shaped(&self, i: usize) -> bool {
        let t = self.tok(i);
        t.bytes().any(|b| b.is_ascii_digit()) || t.chars().skip(1).any(char::is_uppercase)
    }

    /// An administrative prefix word of `place_context.tsv` (role `prefix`).
    fn is_admin_prefix(&self, k: usize) -> bool {
        self.admin_prefix.get(k).copied().unwrap_or(false)
    }

    /// A place at `k`, with an administrative prefix before it (Provinsi, Kabupaten, Kota,
    /// Kecamatan, Desa, Kelurahan): returns its end.
    fn place_from(&self, k: usize) -> Option<usize> {
        let n = self.tokens.len();
        if k >= n {
            return None;
        }
        if self.is_admin_prefix(k) && k + 1 < n && self.is_capitalised(k + 1) {
            if self.place_end[k + 1] > k + 1 {
                return Some(self.place_end[k + 1]);
            }
            // An unknown village or district after its prefix: its capitalised words.
            let mut e = k + 1;
            while e < n
                && e < k + 4
                && self.is_capitalised(e)
                && self.is_word(e)
                && !self.is_given_name(e)
                && !self.prefix_at(e)
                && !self.is_taken(e)
            {
                e += 1;
            }
            return (e > k + 1).then_some(e);
        }
        if self.is_capitalised(k) && self.place_end[k] > k {
            return Some(self.place_end[k]);
        }
        None
    }

    /// A one-word place at `k` that is also a dictionary word, followed by a capitalised word
    /// that is not one: the start of a name (`Moga Simatupang`; Moga is also a district).
    fn word_place_before_name(&self, k: usize) -> bool {
        self.place_from(k) == Some(k + 1)
            && self.rec.words.contains(&self.lower(k))
            && k + 1 < self.tokens.len()
            && self.is_word(k + 1)
            && self.is_capitalised(k + 1)
            && !self.is_all_caps(k + 1)
            && !self.prefix_at(k + 1)
            && !self.is_plain_word(k + 1)
    }

    /// A place `e..pe` inside the name of an organisation or unit that a position belongs to:
    /// every word of it an ordinary word, and the name going on after it with capitalised words
    /// that are all ordinary words, acronyms or organisation words, up to a place (`Dirjen Bina Marga Kementerian
    /// PUPR`: Bina and Marga are also places; `Ketua Panitia Natal Gereja Katedral Makassar`:
    /// so is Natal). In `Kepala Dinas Pariwisata Berau Asli Wijaya` a name follows the place.
    fn word_place_in_name(&self, e: usize, pe: usize) -> bool {
        if self.is_admin_prefix(e) || !(e..pe).all(|j| self.is_word(j) && self.is_common_word(j)) {
            return false;
        }
        let n = self.tokens.len();
        // The name's short form may stand right after it (`Pondok Pesantren (PAKPontren)
        // Kanwil Kemenag`).
        let start = self.bracketed_acronym(pe).unwrap_or(pe);
        let mut j = start;
        while j < n && j < start + 6 && self.is_word(j) && self.is_capitalised(j) {
            // A place further on ends the name there (`Panitia Natal Gereja Katedral
            // Makassar`).
            if j > start && self.place_from(j).is_some() {
                break;
            }
            let ordinary = self.is_all_caps(j) || self.is_common_word(j) || self.taken_name[j];
            if !ordinary || self.prefix_at(j) || self.is_given_name(j) || self.opens_nobility(j) {
                return false;
            }
            j += 1;
        }
        j > start
    }

    /// An unknown place of one or two words from `e` whose last word is an ordinary word,
    /// followed by a name of two or three words none of which is one: returns where the name
    /// starts (`Girian Bawah Frangky Rumengan`).
    fn place_then_name(&self, e: usize) -> Option<usize> {
        let n = self.tokens.len();
        let word =
            |j: usize| j < n && self.is_word(j) && self.is_capitalised(j) && !self.is_all_caps(j);
        let c = (e..e + 2).find(|&c| word(c) && self.is_common_word(c))?;
        // (A rank is no word of the village: `Danramil Sungai Ambawang Kapten Inf …`.)
        if !(e..=c).all(|j| word(j) && !self.prefix_at(j)) {
            return None;
        }
        let mut j = c + 1;
        while j < c + 4 && word(j) && !self.is_common_word(j) && !self.prefix_at(j) {
            j += 1;
        }
        let ends = j >= n || !word(j);
        (j >= c + 3 && ends).then_some(c + 1)
    }

    /// Whether the complement may go on from a word that does not look like one: a place, an
    /// honorific or a rank comes within a few capitalised words (`Kepala Dinas Pemberdayaan
    /// Masyarakat dan Gampong (DPMG) Aceh Timur`, `Kanit Regident Satlantas Iptu Arpan`).
    /// A short form in brackets counts as one word (`PLN Nusantara Power Unit Pembangkitan
    /// (UP) Pangkalan Susu`).
    fn complement_continues(&self, k: usize, limit: usize) -> bool {
        let mut j = k;
        let mut words = 0;
        while j < limit && words < 6 {
            words += 1;
            if self.prefix_at(j) || self.place_from(j).is_some() {
                return j > k || self.place_from(j).is_some();
            }
            if let Some(b) = self.bracketed_acronym(j).or_else(|| self.quoted_name(j)) {
                j = b;
                continue;
            }
            let t = self.tok(j);
            // (A unit's number too: `KAI Daop 6 Yogyakarta`.)
            if t == "dan"
                || (self.is_word(j) && self.is_capitalised(j) && !self.is_given_name(j))
                || self.tokens[j].kind == TokenKind::Number
            {
                j += 1;
                continue;
            }
            return false;
        }
        false
    }

    /// A place a few capitalised, non-name words after `k` (brackets, `dan` and a unit's
    /// number allowed).
    fn place_ahead(&self, k: usize, limit: usize) -> bool {
        let mut j = k;
        while j < limit && j < k + 6 {
            if j > k && self.place_from(j).is_some() {
                return true;
            }
            if let Some(b) = self.bracketed_acronym(j) {
                j = b;
                continue;
            }
            let ok = self.is(j, "dan")
                || self.tokens[j].kind == TokenKind::Number
                || (self.is_word(j)
                    && self.is_capitalised(j)
                    && !self.is_given_name(j)
                    && !self.prefix_at(j)
                    && !self.opens_nobility(j)
                    && (self.is_common_word(j) || self.is_all_caps(j)));
            if !ok {
                return false;
            }
            j += 1;
        }
        false
    }

    /// Reads the complement of a title from `k`: organisation/unit/portfolio words, a place.
    /// Returns its end (== k when there is none).
    fn complement_from(&self, k: usize, kind: Complement, place_title: bool) -> usize {
        let n = self.tokens.len();
        let limit = (k + MAX_COMPLEMENT_TOKENS).min(n);
        let mut e = k;
        while e < limit {
            // `Wakil Bupati Bambang Irawan`: a one-word place that is also a given name, right
            // after the title and before a name word, opens the holder's name.
            if e == k && self.place_from(e) == Some(e + 1) && self.given_name_opens_name(e) {
                break;
            }
            // An English body's name opens with its article (`The Indonesian Iron and Steel
            // Industry Association (IISIA), Nama`): its capitalised words run to the comma.
            if e == k && kind != Complement::None && self.tok(e) == "The" {
                if let Some(c) = self.capitals_to_comma(e + 1, 12) {
                    e = c;
                    break;
                }
            }
            let place = self
                .place_from(e)
                .filter(|&pe| place_title || !self.word_place_in_name(e, pe));
            if let Some(mut pe) = place {
                // A place-like word that opens a company's name after its form is the
                // company's (`PT Krakatau Steel (Persero) Tbk, Nama`): its name runs to the
                // comma.
                if e > k && self.is_company_form(e - 1) {
                    if let Some(c) = self.capitals_to_comma(e, 8) {
                        e = c;
                        break;
                    }
                }
                // Places and acronyms that follow a place belong with it (Bank Indonesia NTB,
                // BPS Kota Mataram, Dinas PU Provinsi Maluku).
                loop {
                    if let Some(b) = self.bracketed_acronym(pe) {
                        pe = b;
                    } else if pe < n
                        && self.is_roman(pe)
                        && !(pe + 1 < n && self.is_capitalised(pe + 1) && self.is_word(pe + 1))
                    {
                        // A numbered office of the place (`Kanwil DJP Jawa Tengah I,`), not
                        // the `I` that opens a Balinese name (`Bupati Gianyar I Made …`).
                        pe += 1;
                    } else if pe < n
                        && self.is_all_caps(pe)
                        && self.is_word(pe)
                        && !self.prefix_at(pe)
                    {
                        pe += 1;
                    } else if kind != Complement::None
                        && pe < n
                        && self.is_word(pe)
                        && self.is_capitalised(pe)
                        && !self.is_name_token(pe)
                        && !self.prefix_at(pe)
                        && self.title_end[pe] <= pe
                    {
                        // A word that is never a name's goes on with the body's unit at the
                        // place (`PT Angkasa Pura Indonesia Bandara Juanda`).
                        pe += 1;
                    } else if let Some(p2) =
                        (pe < n && !self.prefix_at(pe) && !self.given_name_opens_name(pe))
                            .then(|| self.place_from(pe))
                            .flatten()
                    {
                        pe = p2;
                    } else if place_title
                        && pe < n
                        && self.is(pe, "Kota")
                        && (pe + 1 == n || !self.is_capitalised(pe + 1) || self.prefix_at(pe + 1))
                    {
                        // The town of a regency as a police or army area (`Kapolsek Sintang
                        // Kota Iptu …`): `Kota` opens no city there.
                        pe += 1;
                    } else {
                        break;
                    }
                }
                e = pe;
                // A village named after its district, with an ordinary word after it, before
                // a name (Lurah Girian Bawah Frangky Rumengan: Girian is the district).
                if place_title && self.place_then_name(e) == Some(e + 1) {
                    e += 1;
                    break;
                }
                // An organisation named after a place-like word goes on to its real place
                // (Pangkalan TNI Angkatan Laut (Danlanal) Ternate), and a list of places
                // goes on (`Sulawesi Selatan, Tenggara dan Barat`, `Kalimantan Timur dan
                // Utara`).
                let joined = e + 1 < n
                    && self.is(e, "dan")
                    && self.is_capitalised(e + 1)
                    && self.is_common_word(e + 1);
                // So does a body's name that only holds a place-like word (`Balai Penyuluhan
                // Pertanian`, `Paguyuban Sosial Marga Tionghoa Indonesia`: Balai and Marga are
                // places) when more of its words, none a given name or a place, lead to its
                // place or its short form.
                if kind != Complement::None
                    && (self.place_ahead(e, limit)
                        || e < n
                            && self.is_word(e)
                            && !self.is_given_name(e)
                            && self.place_from(e).is_none()
                            && self.complement_continues(e, limit)
                        || joined
                        || e < n
                            && self.is_punct(e, b',')
                            && self.comma_list_continues(e, kind, limit))
                {
                    continue;
                }
                break;
            }
            // An honorific opens a name; one with no name after it is a word of the
            // complement (`Kepala Seksi Penyelenggaraan Haji dan Umrah`).
            let opens_name = || {
                let (_, after) = self.prefixes_from(e);
                after < n && (self.is_name_token(after) || self.is_punct(after, b','))
            };
            if self.prefix_at(e) && opens_name() || self.is_taken(e) || self.opens_nobility(e) {
                break;
            }
            if place_title {
                // A numbered unit and its place: Dandim 0621/Kabupaten Bogor.
                // A roman number too (`Pangdam VI/Mulawarman`).
                // A Koramil's number holds its Kodim's (`Danramil 1207-01/Sungai Ambawang`);
                // the unit's word may come before its number (`Babinsa Koramil 1313/Tilamuta`).
                let at = if e == k
                    && e + 1 < n
                    && self.is_word(e)
                    && self.is_capitalised(e)
                    && !self.prefix_at(e)
                    && self.tokens[e + 1].kind == TokenKind::Number
                {
                    e + 1
                } else {
                    e
                };
                let number =
                    e == k && (self.tokens[at].kind == TokenKind::Number || self.is_roman(at));
                let mut slash = at + 1;
                if number
                    && at + 3 < n
                    && self.is_punct(at + 1, b'-')
                    && self.tokens[at + 2].kind == TokenKind::Number
                    && self.glued(at)
                    && self.glued(at + 1)
                {
                    slash = at + 3;
                }
                if number && slash + 1 < n && self.is_punct(slash, b'/') {
                    if let Some(pe) = self.place_from(slash + 1) {
                        e = pe;
                        break;
                    }
                    // An unknown one written with the number (`Dandim 0420/Sarko`), with
                    // the further words of its name when the holder's rank follows them
                    // (`Danrem 045/Garuda Jaya Kolonel …`: the rank opens the holder).
                    if self.glued(slash - 1) && self.glued(slash) && self.is_capitalised(slash + 1)
                    {
                        e = slash + 2;
                        e = self.unit_words_to_rank(e).unwrap_or(e);
                        break;
                    }
                }
                // A unit named in words, closed by its commander's rank (`Pangdam Iskandar
                // Muda Mayjen TNI …`, `Kapolsek Muara Jawa AKP …`): the rank opens the holder.
                if e == k {
                    if let Some(r) = self.unit_words_to_rank(e) {
                        e = r;
                        break;
                    }
                }
                // A regional post takes a place. An unknown one: a capitalised ordinary word,
                // up to three capitalised words closed by a link or a comma (Kepala Desa Tasik
                // Serai yakni, …), or words before a given name.
                if e == k && self.is_capitalised(e) && self.is_word(e) && !self.is_all_caps(e) {
                    let mut j = e;
                    while j < n
                        && j < e + 3
                        && self.is_capitalised(j)
                        && self.is_word(j)
                        && !self.prefix_at(j)
                    {
                        j += 1;
                    }
                    // (A comma closes the place only before the holder's name: not in a
                    // list, `Kepala Desa Kambatatana Umbu Kaborang, serta …`.)
                    let name_after = |c: usize| {
                        let (_, after) = self.prefixes_from(c + 1);
                        after < n && self.is_name_token(after)
                    };
                    if j < n
                        && (self.is_punct(j, b',') && name_after(j)
                            || self.word_is(j, WordClass::LinkCue))
                    {
                        e = j;
                        break;
                    }
                    // Or one or two words that are no given names, before a given name or a
                    // title of nobility that opens a name of two words (Kepala Kampung Yoboi
                    // Robertus Ohee, Lurah Pancor Baiq Dewi Lestari).
                    let mut g = e;
                    while g < n
                        && g < e + 2
                        && self.is_capitalised(g)
                        && self.is_word(g)
                        && !self.prefix_at(g)
                        && !self.is_given_name(g)
                        && !(g > e && self.opens_nobility(g))
                    {
                        g += 1;
                    }
                    if g > e
                        && g + 1 < n
                        && (self.is_given_name(g) || self.opens_nobility(g))
                        && self.is_name_token(g)
                        && self.is_name_token(g + 1)
                        && self.is_word(g + 1)
                        && !self.is_all_caps(g + 1)
                        && !self.is_degree_at(g + 1)
                    {
                        e = g;
                        break;
                    }
                    // Or words ending in an ordinary word, before a name of two or three words
                    // that are none (Lurah Girian Bawah Frangky Rumengan, Aertembaga Satu).
                    if let Some(c) = self.place_then_name(e) {
                        e = c;
                        break;
                    }
                    if self.is_common_word(e) {
                        e += 1;
                        continue;
                    }
                }
                break;
            }
            if let Some(b) = self.bracketed_acronym(e) {
                // Right after the title it abbreviates the title (Kepala Staf Angkatan Darat
                // (Kasal)); later, the organisation, which then goes on only to its place or
                // an acronym: after `Tertib Niaga (PKTN)` a capitalised word opens the name
                // (`Moga Simatupang`).
                // An acronym or organisation word, or ordinary words up to a place, still
                // continue it (`(Penais) Kanwil Kemenag Jatim`, `PT PLN (Persero) Unit Induk
                // Distribusi Sulawesi Selatan`).
                let closes = e > k;
                e = b;
                if closes
                    && e < n
                    && self.is_word(e)
                    && self.is_capitalised(e)
                    && !self.is_all_caps(e)
                    && !self.taken_name[e]
                    && !(kind != Complement::None && self.place_ahead(e, limit))
                    && (self.place_from(e).is_none() || self.word_place_before_name(e))
                {
                    break;
                }
                continue;
            }
            let t = self.tok(e);
            // `dan`, and the prepositions of a body's name (`Lembaga Penelitian dan Pengabdian
            // kepada Masyarakat`, `Pusat Studi untuk Demokrasi`).
            let preposition = kind != Complement::None && (t == "kepada" || t == "untuk");
            if (t == "dan" || t == "&" || t == "/" || preposition)
                && e > k
                && e + 1 < n
                && self.is_capitalised(e + 1)
                && (self.is_common_word(e + 1)
                    || self.is_all_caps(e + 1)
                    || self.place_from(e + 1).is_some()
                    || self.complement_continues(e + 1, limit))
            {
                e += 1;
                continue;
            }
            // Unit numbers: Kodim 1707/Merauke, Danrem 152/Babullah, Komisi III.
            if e > k && (self.tokens[e].kind == TokenKind::Number || (t == "/" && e + 1 < n)) {
                e += 1;
                if e < n && self.is_punct(e, b'/') {
                    e += 1;
                }
                if e < n && self.is_capitalised(e) && self.is_word(e) && self.glued(e - 1) {
                    e += 1;
                }
                continue;
            }
            if let Some(end) = (t == "," && e > k && kind != Complement::None)
                .then(|| self.ampersand_list_end(e, limit))
                .flatten()
            {
                e = end;
                continue;
            }
            if let Some(end) = (t == "," && e > k && kind != Complement::None)
                .then(|| self.word_list_end(e, limit))
                .flatten()
            {
                e = end;
                continue;
            }
            if t == "," && e > k && self.comma_list_continues(e, kind, limit) {
                e += 1;
                continue;
            }
            // The serial comma before the last item: `Pendidikan Anak Usia Dini, Pendidikan
            // Dasar, dan Pendidikan Menengah`.
            if t == ","
                && e > k
                && kind != Complement::None
                && e + 2 < limit
                && self.is(e + 1, "dan")
                && self.is_capitalised(e + 2)
                && (self.is_common_word(e + 2) && self.title_end[e + 2] <= e + 2
                    || self.unit_title_ends_list(e + 2))
            {
                e += 2;
                continue;
            }
            // A name in quotes inside the body's name: `Paguyuban Lurah "Nayantaka" DIY`.
            if let Some(q) = self.quoted_name(e).filter(|_| e > k) {
                e = q;
                continue;
            }
            if t == "-" && e > k && self.glued(e - 1) && self.glued(e) {
                e += 1;
                continue;
            }
            if !self.is_word(e) {
                break;
            }
            if !self.is_capitalised(e) {
                // A lower-case unit right before a rank (Kanit laka Ipda Yossy).
                if e == k && kind == Complement::Unit && self.prefix_at(e + 1) {
                    e += 1;
                    continue;
                }
                break;
            }
            if self.is_all_caps(e)
                || self.is_roman(e)
                || t.chars().skip(1).any(char::is_uppercase)
                || self.taken_name[e]
            {
                // Acronyms and numbering: SAR, RI, UKM, II, IIb, KemenKopUKM, Hanura.
                e += 1;
                continue;
            }
            if e == k && kind != Complement::None && !self.is_given_name(e) {
                // The head of an organisation after Kepala/Ketua is always part of it (Rutan);
                // a given name starts the name (Wakil Ketua I Andi Hamzah).
                e += 1;
                continue;
            }
            if self.is_given_name(e) {
                break;
            }
            if !(self.is_common_word(e)
                || kind != Complement::None && self.complement_continues(e, limit))
            {
                break;
            }
            e += 1;
        }
        e
    }

    /// The comma at `e` inside a complement goes on to a list of capitalised words of any
    /// kind closed by `&`, which joins no names of people (`Communication, Relations &
    /// CSR`): returns the end of the list's last word.
    fn ampersand_list_end(&self, e: usize, limit: usize) -> Option<usize> {
        let n = self.tokens.len();
        if !(e + 1 < n
            && self.is_word(e + 1)
            && self.is_capitalised(e + 1)
            && self.title_end[e + 1] <= e + 1)
        {
            return None;
        }
        let amp = (e + 2..limit.min(e + 8))
            .take_while(|&j| {
                self.is(j, "&")
                    || self.is_punct(j, b',')
                    || self.is_word(j) && self.is_capitalised(j) && !self.prefix_at(j)
            })
            .find(|&j| self.is(j, "&"))?;
        (amp + 1 < limit && self.is_word(amp + 1) && self.is_capitalised(amp + 1))
            .then_some(amp + 2)
    }

    /// The comma at `e` after a capitalised ordinary word of a complement goes on to a list
    /// of one-word items, short forms and words of any kind but given names, closed by `dan`
    /// and a comma before a name (`Koordinator Divisi Pencegahan, Parmas, dan Humas, Nama`):
    /// a unit's portfolio. Returns that last comma. The name after it tells the list from
    /// names set off by commas (`Kepala Dinas Kesehatan, Hasibuan, dan Siregar, mengatakan`).
    fn word_list_end(&self, e: usize, limit: usize) -> Option<usize> {
        let n = self.tokens.len();
        if !(e > 0 && self.is_capitalised(e - 1) && self.is_common_word(e - 1)) {
            return None;
        }
        let item = |j: usize| {
            self.is_word(j)
                && self.is_capitalised(j)
                && !self.is_given_name(j)
                && !self.prefix_at(j)
                && (self.title_end[j] <= j || self.unit_title_ends_list(j))
                && self.place_from(j).is_none()
        };
        let end = limit.min(e + 12);
        let mut j = e + 1;
        let mut joined = false;
        while j < end {
            if !item(j) {
                return None;
            }
            j += 1;
            if joined {
                break;
            }
            let comma = j < end && self.is_punct(j, b',');
            if comma {
                j += 1;
            }
            if j < end && self.is(j, "dan") {
                joined = true;
                j += 1;
            } else if !comma {
                return None;
            }
        }
        if !(joined && j + 1 < n && self.is_punct(j, b',')) {
            return None;
        }
        let (prefixes, after) = self.prefixes_from(j + 1);
        (!prefixes.is_empty() || self.name_from(after, false).is_some_and(|nm| nm.len() >= 2))
            .then_some(j)
    }

    /// The comma at `e` inside a complement goes on to a list of capitalised ordinary words
    /// closed by `dan` (`Penerangan Agama Islam, Zakat dan Wakaf`; `Sosial, Pemberdayaan
    /// Perempuan, Perlindungan Anak, Pengendalian Penduduk dan Keluarga Berencana`).
    fn comma_list_continues(&self, e: usize, kind: Complement, limit: usize) -> bool {
        if !(kind != Complement::None
            && e + 1 < self.tokens.len()
            && self.title_end[e + 1] <= e + 1
            && self.is_capitalised(e + 1)
            && self.is_common_word(e + 1))
        {
            return false;
        }
        for j in e + 2..limit.min(e + 16) {
            let t = self.tok(j);
            if t == "dan" {
                return true;
            }
            let listed =
                t == "," || self.is_word(j) && self.is_capitalised(j) && self.is_common_word(j);
            if !listed {
                return j < e + 8 && (j + 1..limit.min(e + 8)).any(|x| self.tok(x) == "dan");
            }
        }
        false
    }

    /// The one-word title at `i`, the last item of a list of units before a comma, is the
    /// unit's name there, not a second position: `Koordinator Divisi Hukum, Data, dan Humas,
    /// Nama` (Humas, the public-relations unit, also titles its officer).
    fn unit_title_ends_list(&self, i: usize) -> bool {
        i + 1 < self.tokens.len()
            && self.title_end[i] == i + 1
            && self.is_word(i)
            && self.is_punct(i + 1, b',')
    }

    /// Words between a position and the name it introduces: a comma, `yakni`, a relative
    /// clause (`yang baru dilantik,`) or an origin (`asal Dapil Maluku,`). Returns where the
    /// name may start.
    fn link_from(&self, k: usize) -> usize {
        let n = self.tokens.len();
        if k >= n {
            return k;
        }
        if self.is_punct(k, b',') {
            let j = k + 1;
            if j < n && self.word_is(j, WordClass::LinkCue) {
                return if j + 1 < n && self.is_punct(j + 1, b',') {
                    j + 2
                } else {
                    j + 1
                };
            }
            return j;
        }
        if self.word_is(k, WordClass::LinkCue) {
            return if k + 1 < n && self.is_punct(k + 1, b',') {
                k + 2
            } else {
                k + 1
            };
        }
        // A short clause closed by a comma: yang baru dilantik, / asal Dapil Maluku, / terpilih,
        // Unless it is a relative clause (`yang …`), a verb in it makes it the sentence's
        // predicate, and the name after the comma someone else (`Kades Sidomulyo juga
        // menyebut warganya, Mujiyem`).
        if !self.is_capitalised(k) && self.is_word(k) {
            let relative = self.is(k, "yang");
            let mut j = k;
            while j < n
                && j < k + 6
                && self.is_word(j)
                && !self.prefix_at(j)
                && self.title_end[j] <= j
                && (relative || !self.is_predicate_verb(j))
            {
                j += 1;
            }
            if j < n && j > k && self.is_punct(j, b',') {
                return j + 1;
            }
        }
        k
    }

    /// Past the places at `j` (and, with `bodies`, the bodies: [`Doc::body_set_off`]) each
    /// set off by a comma before a name: `Kapanewon Depok, Sleman, Agus Santoso`. Returns
    /// where the name may start (`j` when nothing is set off there).
    fn past_set_off(&self, mut j: usize, bodies: bool) -> usize {
        let n = self.tokens.len();
        while j < n {
            let end = self
                .place_from(j)
                .or_else(|| bodies.then(|| self.body_set_off(j)).flatten());
            match end {
                Some(pe) if pe + 1 < n && self.is_punct(pe, b',') => j = pe + 1,
                _ => break,
            }
        }
        j
    }

    /// A body named between commas at `k`, before a name of two words or more set off by a
    /// comma: capitalised ordinary words, acronyms and places (`dan` and a short form in
    /// brackets allowed), no given name, no honorific. Returns the end of the body (its
    /// comma).
    fn body_set_off(&self, k: usize) -> Option<usize> {
        let n = self.tokens.len();
        let mut j = k;
        let mut words = 0;
        let mut acronym = false;
        while j < n && j < k + 8 {
            if j > k {
                if let Some(b) = self.bracketed_acronym(j) {
                    j = b;
                    acronym = true;
                    continue;
                }
                if self.is(j, "dan") {
                    j += 1;
                    continue;
                }
            }
            let caps = self.is_word(j) && self.is_all_caps(j);
            let ordinary = self.is_word(j)
                && self.is_capitalised(j)
                && (caps || self.is_common_word(j) || self.place_end[j] > j)
                && !self.is_given_name(j)
                && !self.prefix_at(j)
                && self.title_end[j] <= j;
            if !ordinary {
                break;
            }
            acronym |= caps;
            words += 1;
            j += 1;
        }
        if !(j < n && self.is_punct(j, b',') && (words >= 2 || acronym)) {
            return None;
        }
        let name = self.name_from(j + 1, false)?;
        (name.len() >= 2 && name.end < n && self.is_punct(name.end, b',')).then_some(j)
    }

    /// The link from `k` to `j` is a lone comma.
    fn set_off(&self, k: usize, j: usize) -> bool {
        j == k + 1 && self.is_punct(k, b',')
    }

    /// A lower-case verb that can be a clause's predicate: a verb of saying or reporting
    /// (person_cues.tsv), or an active verb (`me-`, `ber-` on a known root: `menyerahkan`).
    fn is_predicate_verb(&self, j: usize) -> bool {
        if self.is_capitalised(j) {
            return false;
        }
        if self.word_is(j, WordClass::SpeechCue) || self.word_is(j, WordClass::ReportCue) {
            return true;
        }
        let w = self.lower(j);
        // A `me-…-kan` word is a verb even on a root the stemmer does not know
        // (`memprakirakan`).
        let me = w.starts_with("me");
        (me || w.starts_with("ber"))
            && (me && w.ends_with("kan") && w.len() >= 8 || self.rec.stemmer.stem(&w) != *w)
    }

    /// A lower-case passive verb: `di-` on a known root (`diraih`, `diserahkan`).
    fn is_passive_verb(&self, j: usize) -> bool {
        if self.is_capitalised(j) || !self.is_word(j) {
            return false;
        }
        let w = self.lower(j);
        w.starts_with("di") && w.len() >= 5 && self.rec.stemmer.stem(&w) != *w
    }

    /// `TITLE [complement] [link] [prefixes] NAME [degrees]`.
    fn title_first(&self, occ: &TitleOcc) -> Option<FoundOfficial> {
        self.read_title_first(occ, true)
    }

    /// [`Doc::title_first`]; with `chain`, a second position after the first's jurisdiction
    /// may name the holder (see [`Doc::holder_after_second_title`]).
    fn read_title_first(&self, occ: &TitleOcc, chain: bool) -> Option<FoundOfficial> {
        let title = self.rec.titles.iter().nth(occ.title)?;
        let n = self.tokens.len();
        let place_title = title.jurisdiction == Jurisdiction::Place;
        let mut title_end = occ.end;
        // `Ketua RT 03/RW 05`, `Ketua TPS 12`: numbers after a title that ends in a short
        // form number its unit; they are neither title, jurisdiction nor name.
        let mut k = if self.is_all_caps(occ.end - 1) {
            self.unit_number_end(occ.end)
        } else {
            occ.end
        };
        // `Sekretaris DPRD (Sekwan) Kota Bengkulu`: the title's short form in brackets, then
        // its place.
        if title.complement == Complement::None && place_title {
            if let Some(b) = self.bracketed_acronym(k) {
                if self.place_from(b).is_some() {
                    k = b;
                }
            }
        }
        let mut juris_start = k;
        match title.complement {
            Complement::Portfolio => {
                // A listed title inside the deputy's holds its whole portfolio, a place-like
                // word too (`Wakil Menteri Energi dan Sumber Daya Mineral`: Sumber is a
                // place; `Menteri Energi dan Sumber Daya Mineral` is listed).
                let listed = (occ.title_start + 1..occ.end)
                    .map(|s| self.title_end[s])
                    .max()
                    .filter(|&t| t > k)
                    .unwrap_or(k);
                let e = self
                    .complement_from(listed, Complement::Portfolio, false)
                    .max(listed);
                // The portfolio is the title's; a place after it is the jurisdiction.
                let pe = (listed..e)
                    .find(|&j| self.place_from(j).is_some())
                    .unwrap_or(e);
                // The title's short form in brackets after the portfolio is neither
                // (`Wakil Menteri Sosial (Wamensos) Nama`).
                title_end = (k + 1..pe)
                    .find(|&j| self.is_punct(j, b'(') && self.bracketed_acronym(j) == Some(pe))
                    .unwrap_or(pe);
                juris_start = pe;
                k = self.complement_from(pe, Complement::None, false).max(pe);
            }
            // `Wakil Ketua I Zulfikar Aziz`: after a numbered title a given name and a name
            // word that is no ordinary word (neither an acronym, a place or a body's name)
            // open the name (`Kasubdit V Siber Ditreskrimsus` has no given name).
            _ if self.is_roman(occ.end - 1)
                && occ.end - 1 > occ.title_start
                && k + 1 < n
                && self.is_given_name(k)
                && !self.is_common_word(k + 1)
                && (k..k + 2).all(|j| {
                    self.is_name_token(j)
                        && self.is_word(j)
                        && !self.is_all_caps(j)
                        && !self.taken_name[j]
                        && self.place_from(j).is_none()
                }) => {}
            Complement::Organization | Complement::Unit | Complement::None => {
                k = self.complement_from(k, title.complement, place_title);
                // The organisation headed repeats the title's last word: Kepala Dinas +
                // Kesehatan → Dinas Kesehatan.
                if let Some(b) = self.embedded_body_start(title, occ).filter(|_| k > occ.end) {
                    juris_start = b;
                }
            }
        }
        // The title's short form in brackets right after it is no part of the jurisdiction:
        // `Jaksa Penuntut Umum (JPU) Kejaksaan Negeri Tapin`, `Menteri … (Mendikdasmen)`.
        if let Some(b) = self.bracketed_acronym(juris_start) {
            if b <= k && juris_start == title_end {
                juris_start = b;
            }
        }
        // `Dandim 1606 Letkol Inf Dedi`: the number of the unit the title heads, alone before
        // the holder's rank or honorific, is the jurisdiction.
        if k == occ.end
            && title.embedded.is_some()
            && k + 1 < n
            && self.tokens[k].kind == TokenKind::Number
            && self.prefix_at(k + 1)
        {
            k += 1;
        }
        // The rest of an unknown place before `yakni`: Kepala Desa Tasik Serai yakni, …

        if let Some(l) = (k..(k + 3).min(n)).find(|&l| self.word_is(l, WordClass::LinkCue)) {
            if l > k
                && (k..l).all(|x| self.is_word(x) && self.is_capitalised(x) && !self.prefix_at(x))
            {
                k = l;
            }
        }
        let mut jurisdiction = (k > occ.end && k > juris_start).then_some(juris_start..k);
        // The body a unit belongs to after `dari` (`Kepala Kantor … Yogyakarta dari Badan Gizi
        // Nasional (BGN), Nama`) or a company's other name after `atau` (`PT … (Persero) atau
        // InJourney Tourism Development Corporation (ITDC), Nama`) stands between the
        // jurisdiction, or a title with none (`Anggota Komisi V dari Fraksi Partai … (PKB),
        // Nama`), and the comma that sets the name off.
        if jurisdiction.is_some() || k == occ.end {
            if let Some(e) = self.body_after_link(k) {
                k = e;
            }
        }
        if self.title_needs_place(occ.title_start)
            && !jurisdiction
                .as_ref()
                .is_some_and(|r| self.place_from(r.start).is_some())
        {
            return None;
        }
        if let Some(juris) = jurisdiction.as_ref().filter(|_| chain) {
            if let Some(f) = self.holder_after_second_title(occ, title_end, juris, k) {
                return Some(f);
            }
        }
        let lowercase = !self.is_capitalised(occ.title_start);
        // A lower-case title with no body, then a lower-case word that is no link, describes
        // a person (`seorang anggota jemaat dari Kakas, Opa …`): no position.
        if lowercase
            && jurisdiction.is_none()
            && k < n
            && self.is_word(k)
            && !self.is_capitalised(k)
            && !self.is(k, "yang")
            && !self.word_is(k, WordClass::LinkCue)
        {
            return None;
        }
        let mut j = self.link_from(k);
        // Places that locate the jurisdiction, each set off by a comma, before the name:
        // `Lurah Caturtunggal, Kapanewon Depok, Sleman, Agus Santoso`.
        // So may the body the jurisdiction belongs to: `Kepala BPPW Sulawesi Tengah, Kementerian
        // Pekerjaan Umum, Ferdinand Kana Lo,`.
        if j > k && jurisdiction.is_some() {
            j = self.past_set_off(j, true);
        }
        let (mut prefixes, mut after) = self.prefixes_from(j);
        // A comma may stand between a rank and the name (Kolonel Laut (P), Whisnu K).
        if !prefixes.is_empty() && after < n && self.is_punct(after, b',') {
            after += 1;
        }
        // A body named after a person, the holder named after it with honorifics of their own:
        // `Direktur RSUD dr. Soetomo, Prof. Dr. dr. Cita Rosita`, `Direktur Utama RSUP Dr.
        // Sardjito dr. Eniarti`.
        if let Some(f) =
            self.holder_after_eponym(occ, title, (j, after), &prefixes, title_end, juris_start)
        {
            return Some(f);
        }
        // Words after the complement that are too little of a name alone; they may still end
        // the complement before a name set off by a comma (below).
        let mut weak = false;
        let mut name = match self.name_from(after, !prefixes.is_empty()) {
            Some(name) => name,
            // After a jurisdiction, two words or more ending in one that is no ordinary word
            // are a name even when the first is one (`Kepala Disdikbud Samarinda Asli
            // Nuryadin`); so are they set off by commas after it (`Anggota DPRD Kaltim,
            // Makmur Hasan, …`).
            // `Ketua RT 03, Darwis (58),`: a word set off before an age.
            None if self.aged_set_off(after) => after..after + 1,
            None if jurisdiction.is_some() && (j == k || self.set_off(k, j)) => {
                let name = self.name_from(after, true)?;
                let last = name.end - 1;
                weak = name.len() < 2
                    || self.is_common_word(last)
                    || self.tokens[last].kind != TokenKind::Word
                    || j > k && !(name.end < n && self.is_punct(name.end, b','));
                name
            }
            None => return None,
        };
        let after_body = jurisdiction.is_some() && title.jurisdiction == Jurisdiction::Organization;
        if let Some(p) = self.words_before_name(title, &name, &prefixes, (j == k, after_body)) {
            jurisdiction = Some(jurisdiction.map_or(occ.end, |r| r.start)..p);
            name = p..name.end;
            // A given name and a word after it are name enough.
            weak = false;
        }
        // `Anggota Fraksi Hanura, Jainal Abidin`: one unknown word right after the complement
        // (hyphenated words count as one: `BBKK Soekarno-Hatta`), then a comma and a name:
        // the word ends the complement.
        // So do more words when what follows them shows they name the body or the place:
        // its short form in brackets (`Badan Pembentukan Qanun (Banleg), Tgk. Saifuddin`), a
        // place after `di` (`Kepala Suku Dani di Kampung Wesaput, Yulianus Hubi`), or an
        // honorific or rank that opens the name after the comma (`Manajer Kebun Aek Nabara
        // Selatan, Ir. Hotman Simbolon`).
        let one_word = name.len() == 1 || name.len() == 3 && self.is_punct(name.start + 1, b'-');
        let mut close = self.complement_tail(name.end);
        // Words read as a name that are ordinary words name a unit, whose serial list may go
        // on (`Anggota KPU Kaltara Divisi Perencanaan, Data, dan Informasi, Nama,`).
        if close == name.end && name.clone().all(|i| self.is_common_word(i)) {
            if let Some(e) = self.serial_list_end(close) {
                close = e;
            }
        }
        // Where the jurisdiction ends: with the short form in brackets, not with the place
        // after `di`.
        let mut juris_end = if self.is(name.end, "di") {
            name.end
        } else {
            close
        };
        // A name set off by commas is the subject of its clause when a verb follows it
        // (`Ketua Kelompok Tani Sauyunan Saluyu, Sutarno, mengatakan`, `Koordinator Tim Rescue
        // Wilayah III, Haryono, menuturkan`); then places set off by commas may stand
        // before it too (`Prakirawan Stasiun Meteorologi Juwata, Tarakan, Dewi Lestari,
        // memprakirakan`).
        let speaks = |name2: &Range<usize>| {
            name2.end + 1 < n
                && self.is_punct(name2.end, b',')
                && self.title_end[name2.start] <= name2.start
                && self.is_predicate_verb(name2.end + 1)
        };
        if !(close < n && self.is_punct(close, b',')) {
            // `Pembina Pusat Kajian Antikorupsi Universitas Lambung Mangkurat, Dr. Daddy`: more
            // capitalised words up to a comma, and an honorific or rank opening the name.
            if let Some(far) = self.capitals_to_comma(name.end, 6) {
                if far + 1 < n
                    && (!self.prefixes_from(far + 1).0.is_empty()
                        || self.name_from(far + 1, false).is_some_and(|nm| speaks(&nm)))
                {
                    close = far;
                    juris_end = far;
                }
            }
        }
        if prefixes.is_empty()
            && j == k
            && close + 1 < n
            && self.is_punct(close, b',')
            && title.jurisdiction != Jurisdiction::None
        {
            // The body the unit belongs to may stand between (`PLBN Motaain, Badan Nasional
            // Pengelola Perbatasan (BNPP), Rikardus Seran,`).
            let from2 = match self.body_set_off(close + 1).filter(|_| one_word) {
                Some(be) => be + 1,
                None => close + 1,
            };
            let (pre2, after2) = self.prefixes_from(from2);
            // Or the words read as a name hold an ordinary word or an acronym, and a name of
            // two words or more set off by commas follows (`Kepala Kantor … (KPPBC) Tipe
            // Madya Pabean C Entikong, Fajar Prasetyo,`).
            let org_tail = || {
                name.len() >= 2
                    && name
                        .clone()
                        .any(|i| self.is_all_caps(i) || self.is_common_word(i))
                    && self.title_end[after2] <= after2
            };
            let tail_shown = one_word || close > name.end || !pre2.is_empty();
            let mut name2 = self
                .name_from(after2, !pre2.is_empty())
                .filter(|nm| tail_shown || org_tail() || speaks(nm));
            let mut pre2 = pre2;
            if name2.is_none() {
                let placed = self.past_set_off(from2, false);
                if placed > from2 {
                    let (pre3, after3) = self.prefixes_from(placed);
                    name2 = self.name_from(after3, !pre3.is_empty()).filter(speaks);
                    pre2 = pre3;
                }
            }
            if let Some(name2) = name2 {
                let set_off = name2.end < n && self.is_punct(name2.end, b',');
                // One word that is no ordinary word, set off by commas before a verb.
                let lone_subject = name2.len() == 1
                    && speaks(&name2)
                    && self.tokens[name2.start].kind == TokenKind::Word
                    && !self.is_all_caps(name2.start)
                    && !self.is_common_word(name2.start);
                // One word set off by commas after one unknown word that ends an
                // organisation's name is the name: `General Manager PLN UID Sulselrabar,
                // Edyansyah,`.
                let lone = name2.len() == 1
                    && one_word
                    && name.len() == 1
                    && !self.is_given_name(name.start)
                    && name.start > 0
                    && self.is_all_caps(name.start - 1)
                    && set_off
                    && self.tokens[name2.start].kind == TokenKind::Word
                    && !self.is_all_caps(name2.start);
                // Shown by the organisation's words alone, the name must be set off too.
                if (tail_shown || set_off)
                    && (name2.len() >= 2 || !pre2.is_empty() || lone || lone_subject)
                {
                    // The body that repeats the title's last word starts with it (`Pengurus
                    // Vihara Dharma Ratna, Nama`: Vihara Dharma Ratna) here too.
                    let from = match self.embedded_body_start(title, occ) {
                        Some(b) if juris_start == occ.end => b,
                        _ => juris_start,
                    };
                    let jurisdiction = Some(from..juris_end);
                    let (degrees, end) = self.degrees_from(name2.end);
                    let mut honorifics = pre2;
                    honorifics.extend(degrees);
                    return Some(FoundOfficial {
                        phrase: occ.start..end,
                        title: occ.start..title_end,
                        modifier: occ.modifier.clone(),
                        jurisdiction,
                        name: name2,
                        honorifics,
                    });
                }
            }
        }
        if weak {
            return None;
        }
        // A lower-case title needs more than one word of evidence.
        if lowercase && jurisdiction.is_none() && name.len() < 2 && prefixes.is_empty() {
            return None;
        }
        let (degrees, end) = self.degrees_from(name.end);
        prefixes.extend(degrees);
        Some(FoundOfficial {
            phrase: occ.start..end,
            title: occ.start..title_end,
            modifier: occ.modifier.clone(),
            jurisdiction,
            name,
            honorifics: prefixes,
        })
    }

    /// A commander's unit written before the title and set off by a comma is the
    /// jurisdiction the title lacks: `Dari Kodim 0906/Kutai Kartanegara, Dandim Letkol …`
    /// (the unit is the title's `embedded` body; its number and place are the jurisdiction,
    /// as they are after `Dandim`).
    fn unit_set_off_before(&self, occ: &TitleOcc, f: &mut FoundOfficial) {
        const MAX_UNIT_TOKENS: usize = 6;
        if f.jurisdiction.is_some() || occ.start < 3 || !self.is_punct(occ.start - 1, b',') {
            return;
        }
        let Some(title) = self.rec.titles.iter().nth(occ.title) else {
            return;
        };
        let Some(emb) = title.embedded.as_deref() else {
            return;
        };
        if title.jurisdiction != Jurisdiction::Place {
            return;
        }
        let c = occ.start - 1;
        let unit = (c.saturating_sub(MAX_UNIT_TOKENS)..c - 1)
            .rev()
            .find(|&u| self.is(u, emb) && self.complement_from(u + 1, Complement::None, true) == c);
        if let Some(u) = unit {
            f.jurisdiction = Some(u + 1..c);
        }
    }

    /// The holder named after a second position that follows the jurisdiction of the first
    /// (`occ`, its title ending at `title_end`, its jurisdiction `juris` ending at `k`): a
    /// post within the body (`Anggota Bawaslu Kalsel Koordinator Divisi Hukum Nama`), or a
    /// role held ex officio after `selaku`, `sebagai` or `sekaligus` (`Sekda Provinsi Jambi
    /// selaku Ketua Harian TPID, Nama`). The first position is the one held, with its
    /// jurisdiction; the second is read for its holder only.
    fn holder_after_second_title(
        &self,
        occ: &TitleOcc,
        title_end: usize,
        juris: &Range<usize>,
        k: usize,
    ) -> Option<FoundOfficial> {
        let n = self.tokens.len();
        let at = if k < n && self.is_word(k) && self.word_is(k, WordClass::ExOfficio) {
            k + 1
        } else {
            k
        };
        if at >= n || !self.is_capitalised(at) {
            return None;
        }
        let i = self.titles.partition_point(|t| t.start < at);
        let next = self.titles.get(i).filter(|t| t.start == at)?;
        // A police or military command after a civil position is another person's
        // (`Bupati Sanggau Kapolres Sanggau AKBP Suparno`, a list without commas): the name
        // holds the command, which is read on its own.
        let armed = |t: usize| {
            self.rec.title(t as u32).is_some_and(|t| {
                matches!(t.category, TitleCategory::Police | TitleCategory::Military)
            })
        };
        if armed(next.title) && !armed(occ.title) {
            return None;
        }
        let second = self.read_title_first(next, false)?;
        Some(FoundOfficial {
            phrase: occ.start..second.phrase.end,
            title: occ.start..title_end,
            modifier: occ.modifier.clone(),
            jurisdiction: Some(juris.clone()),
            name: second.name,
            honorifics: second.honorifics,
        })
    }

    /// The organisation a title heads repeats its last word, which the title names as
    /// `embedded` (Kepala Dinas + Kesehatan: Dinas Kesehatan; Pengurus Vihara + Dharma Ratna),
    /// or its last words, whose initials `embedded` is (Direktur Rumah Sakit + Umum Daerah:
    /// RS, Rumah Sakit Umum Daerah): returns where the repeated words start.
    fn embedded_body_start(&self, title: &Title, occ: &TitleOcc) -> Option<usize> {
        if title.complement != Complement::Organization {
            return None;
        }
        let emb = title.embedded.as_deref()?;
        if self.is(occ.end - 1, emb) {
            return Some(occ.end - 1);
        }
        let m = emb.len();
        let b = occ
            .end
            .checked_sub(m)
            .filter(|&b| m >= 2 && b > occ.title_start)?;
        let initials = (b..occ.end)
            .zip(emb.bytes())
            .all(|(i, c)| self.is_word(i) && self.tok(i).as_bytes()[0].eq_ignore_ascii_case(&c));
        initials.then_some(b)
    }

    /// Where the name read at `name` really starts when its first words are the rest of the
    /// village's or the body's name: after the title of a village or district head (`Kepala
    /// Desa Oi Mbo Yohanes Deki`: village Oi Mbo) or after a body (`after_body`: `Direktur
    /// Utama PT Bank Kaltimtara Muhammad Yamin`). The names of villages and the regions of
    /// companies are words no lexicon has all of; a given name after one or more words that
    /// are no given names, with a word of the name after it, starts the name. Only with no
    /// honorific, rank or comma before the name (`adjacent`).
    fn words_before_name(
        &self,
        title: &crate::lexicon::titles::Title,
        name: &Range<usize>,
        prefixes: &[Range<usize>],
        (adjacent, after_body): (bool, bool),
    ) -> Option<usize> {
        use crate::lexicon::titles::JurisdictionLevel;
        let village = matches!(
            title.level,
            Some(JurisdictionLevel::Village | JurisdictionLevel::District)
        );
        if !prefixes.is_empty() || !adjacent || !(village || after_body) || name.len() < 3 {
            return None;
        }
        let p = (name.start + 1..name.end - 1).find(|&p| self.is_given_name(p))?;
        (name.start..p)
            .all(|i| {
                self.is_word(i)
                    && self.is_capitalised(i)
                    && !self.is_all_caps(i)
                    && !self.is_given_name(i)
                    && !self.nobility_at(i, name.end)
            })
            .then_some(p)
    }

    /// The jurisdiction of the first of two coordinated positions that share the holder's
    /// jurisdiction `f` found after the second (`occ`): the body the second title names
    /// and what follows it (`DPRD Maros` of `Ketua dan Wakil Ketua DPRD Maros`), else the
    /// jurisdiction itself.
    fn shared_jurisdiction(&self, occ: &TitleOcc, f: &FoundOfficial) -> Option<Range<usize>> {
        let juris = f.jurisdiction.clone()?;
        let embedded = self
            .rec
            .titles
            .iter()
            .nth(occ.title)
            .and_then(|t| t.embedded.as_deref())
            .is_some_and(|emb| occ.end == juris.start && self.is(occ.end - 1, emb));
        Some(if embedded {
            occ.end - 1..juris.end
        } else {
            juris
        })
    }

    /// After a corporate title, the capitalised words that stand between it and a company's
    /// name (`PT`, `Perum`: person_cues.tsv, cue `company`) name the holder's function and
    /// belong to the title: `Senior Manager Corporate Communication` of `PT Kereta Api
    /// Indonesia Daop 8`, `Area Manager Communication, Relations & CSR` of `PT Pertamina …`.
    fn function_to_title(&self, occ: &TitleOcc, f: &mut FoundOfficial) {
        let Some(juris) = f.jurisdiction.clone() else {
            return;
        };
        let corporate = self
            .rec
            .titles
            .iter()
            .nth(occ.title)
            .is_some_and(|t| t.category == TitleCategory::Corporate);
        if !corporate || f.title.end != juris.start {
            return;
        }
        let company = (juris.start + 1..juris.end)
            .find(|&p| self.is_word(p) && self.is_capitalised(p) && self.is_company_form(p));
        let Some(p) = company else {
            return;
        };
        let function = (juris.start..p).all(|i| {
            (self.is_word(i) && self.is_capitalised(i) && self.place_from(i).is_none())
                || self.is(i, "&")
                || self.is(i, "dan")
                || self.is_punct(i, b',')
        });
        if function {
            f.title.end = p;
            f.jurisdiction = Some(p..juris.end);
        }
    }

    /// The holder after a body named after a person. The honorifics `prefixes` from `j`, or a
    /// title of nobility at `j` (after the title and its complement, no comma between), and
    /// the name at `after` are the eponym of the body whose name ends right before them (an
    /// acronym or a capitalised word: `RSUD dr. Soetomo`, `Bandara Sultan Hasanuddin`) when
    /// the holder's name follows: opened by honorifics or a rank of its own, set off by a
    /// comma or not (`Direktur RSUD dr. Soetomo, Prof. Dr. dr. Cita Rosita`, `Danlanud Sultan
    /// Hasanuddin Marsma TNI Budi`). After a body of one or two words that is no place (the
    /// hospital, the airport), an honorific's eponym may also be followed by a name of two
    /// words or more set off by commas or before a verb (`RSUD Dr. Moewardi, Cahyono Hadi,`)
    /// or by a given name opening a name of two words (`RSUD dr. Soetomo Joni Wahyuhadi`).
    /// The eponym ends the jurisdiction. A title that ends with the body it heads
    /// (`Direktur RSUD`) leaves the body to the jurisdiction.
    fn holder_after_eponym(
        &self,
        occ: &TitleOcc,
        title: &crate::lexicon::titles::Title,
        (j, after): (usize, usize),
        prefixes: &[Range<usize>],
        title_end: usize,
        juris_start: usize,
    ) -> Option<FoundOfficial> {
        let n = self.tokens.len();
        let honorific_only = !prefixes.is_empty()
            && prefixes
                .iter()
                .all(|r| self.honorific_end[r.start] == r.end && self.rank_end[r.start] < r.end);
        let nobility = prefixes.is_empty() && j < n && self.opens_nobility(j);
        // (Or the body's short form in brackets: `Direktur Rumah Sakit Umum Daerah (RSUD) dr.
        // Soetomo, dr. Nama`.)
        let body_before = j > 0
            && (matches!(
                self.tokens[j - 1].kind,
                TokenKind::Word | TokenKind::Abbreviation
            ) && (self.is_capitalised(j - 1) || self.is_all_caps(j - 1))
                || self.is_punct(j - 1, b')')
                    && (j.saturating_sub(6)..j - 1).any(|p| self.bracketed_acronym(p) == Some(j)));
        if !(honorific_only || nobility) || !body_before {
            return None;
        }
        // `Direktur RSUD`: the body the title names is the jurisdiction's first word.
        let heads_body = title
            .embedded
            .as_deref()
            .is_some_and(|emb| juris_start == occ.end && self.is(occ.end - 1, emb));
        let short_body = honorific_only
            && (heads_body
                || j > juris_start
                    && j - juris_start <= 2
                    && (juris_start..j).all(|i| self.place_from(i).is_none()));
        let mut eponym = self.name_from(after, true)?;
        // The body's town may follow the person it is named after, before the comma (`RSUD
        // dr. Soetomo Surabaya, dr. Nama`).
        let seat = self
            .place_from(eponym.end)
            .filter(|&pe| pe < n && self.is_punct(pe, b','));
        let mut k = seat.unwrap_or(eponym.end);
        if k < n && self.is_punct(k, b',') {
            k += 1;
        }
        if k >= n || self.title_end[k] > k {
            return None;
        }
        let (mut honorifics, start) = self.prefixes_from(k);
        let name = if !honorifics.is_empty() {
            self.name_from(start, true)?
        } else if !short_body {
            return None;
        } else if seat.is_some() || k > eponym.end {
            // Set off by a comma: two words or more, then a comma or a verb.
            let name = self.name_from(k, false)?;
            let closed =
                name.end < n && (self.is_punct(name.end, b',') || self.is_predicate_verb(name.end));
            if name.len() < 2 || !closed {
                return None;
            }
            name
        } else {
            // Right after: a given name opening a name of two words or more.
            let p = (eponym.start + 1..eponym.end.saturating_sub(1))
                .find(|&p| self.is_given_name(p))?;
            if (eponym.start..p).any(|i| self.is_given_name(i)) {
                return None;
            }
            let name = p..eponym.end;
            eponym.end = p;
            name
        };
        let (degrees, end) = self.degrees_from(name.end);
        honorifics.extend(degrees);
        let (title_end, juris_start) = if heads_body {
            (occ.end - 1, occ.end - 1)
        } else {
            (title_end, juris_start)
        };
        Some(FoundOfficial {
            phrase: occ.start..end,
            title: occ.start..title_end,
            modifier: occ.modifier.clone(),
            jurisdiction: Some(juris_start..seat.unwrap_or(eponym.end)),
            name,
            honorifics,
        })
    }

    /// `"Nayantaka"`: one to three capitalised words in quotes at `k`; returns the end.
    fn quoted_name(&self, k: usize) -> Option<usize> {
        let n = self.tokens.len();
        if !(k < n && matches!(self.tok(k), "\"" | "“")) {
            return None;
        }
        let mut j = k + 1;
        while j < n && j < k + 4 && self.is_word(j) && self.is_capitalised(j) {
            j += 1;
        }
        (j > k + 1 && j < n && matches!(self.tok(j), "\"" | "”")).then_some(j + 1)
    }

    /// `dari` or `atau` at `k`, then up to eight capitalised words (no honorific, rank or
    /// name already read) and maybe their short form in brackets, closed by a comma with more
    /// after it: returns that comma.
    fn body_after_link(&self, k: usize) -> Option<usize> {
        let n = self.tokens.len();
        if !(k + 1 < n && (self.is(k, "dari") || self.is(k, "atau"))) {
            return None;
        }
        let mut e = k + 1;
        while e < n
            && e < k + 1 + MAX_LINKED_BODY_WORDS
            && self.is_word(e)
            && self.is_capitalised(e)
            && !self.prefix_at(e)
            && !self.is_taken(e)
        {
            e += 1;
        }
        if e == k + 1 {
            return None;
        }
        if let Some(b) = self.bracketed_acronym(e) {
            e = b;
        }
        (e + 1 < n && self.is_punct(e, b',')).then_some(e)
    }

    /// What may follow the last word of a complement before the comma that sets a name off:
    /// the body's short form in brackets (`(Banleg)`), or `di` and a place of up to three
    /// capitalised words (`di Kampung Wesaput`). Returns its end (`k` when there is none).
    fn complement_tail(&self, k: usize) -> usize {
        if let Some(b) = self.bracketed_acronym(k) {
            return b;
        }
        let n = self.tokens.len();
        if k + 1 < n && self.is(k, "di") {
            let mut e = k + 1;
            while e < n && e < k + 4 && self.is_word(e) && self.is_capitalised(e) {
                e += 1;
            }
            if e > k + 1 && e < n && self.is_punct(e, b',') {
                return e;
            }
        }
        k
    }

    /// Capitalised words from `k` (at most four) up to a rank: the rest of a numbered unit's
    /// name before its commander's rank (`045/Garuda Jaya Kolonel Inf …`). Returns the rank's
    /// start, or `None` when no rank closes the words.
    fn unit_words_to_rank(&self, k: usize) -> Option<usize> {
        let n = self.tokens.len();
        let mut j = k;
        while j < n && j < k + 4 && self.is_word(j) && self.is_capitalised(j) && !self.prefix_at(j)
        {
            j += 1;
        }
        (j > k && j < n && self.rank_end[j] > j).then_some(j)
    }

    /// `03`, `03/RW 05`, `005/002` at `k`: a unit's number, with more short forms and
    /// numbers joined by `/`. Returns its end (`k` when there is none).
    fn unit_number_end(&self, k: usize) -> usize {
        let n = self.tokens.len();
        let number = |j: usize| j < n && self.tokens[j].kind == TokenKind::Number;
        if !number(k) {
            return k;
        }
        let mut e = k + 1;
        loop {
            let mut j = e;
            if j < n && self.is_punct(j, b'/') {
                j += 1;
            }
            if j < n && self.is_word(j) && self.is_all_caps(j) {
                j += 1;
            }
            if j > e && number(j) {
                e = j + 1;
            } else {
                return e;
            }
        }
    }

    /// `, Data, dan Informasi,` at `k`: a list of capitalised ordinary words with commas
    /// and one `dan`, ending before a comma. Returns that comma.
    fn serial_list_end(&self, k: usize) -> Option<usize> {
        let n = self.tokens.len();
        if !(k < n && self.is_punct(k, b',')) {
            return None;
        }
        let mut and = false;
        let mut j = k + 1;
        while j < n && j < k + 16 {
            if self.is(j, "dan") && !and {
                and = true;
            } else if self.is_punct(j, b',') {
                if and && self.is_capitalised(j - 1) {
                    return Some(j);
                }
            } else if !(self.is_word(j)
                && self.is_capitalised(j)
                && self.is_common_word(j)
                && self.title_end[j] <= j)
            {
                return None;
            }
            j += 1;
        }
        None
    }

    /// Capitalised words (with `dan`, the joining words of an English name, and short forms
    /// in brackets) from `k` up to a comma, at most `max` tokens: returns the comma.
    fn capitals_to_comma(&self, k: usize, max: usize) -> Option<usize> {
        let n = self.tokens.len();
        let mut j = k;
        while j < n && j < k + max {
            if self.is_punct(j, b',') {
                return Some(j);
            }
            if let Some(b) = self.bracketed_acronym(j) {
                j = b;
                continue;
            }
            let ok = ["dan", "and", "of", "for", "&"]
                .iter()
                .any(|w| self.is(j, w))
                || self.is_word(j) && self.is_capitalised(j) && !self.prefix_at(j);
            if !ok {
                return None;
            }
            j += 1;
        }
        None
    }

    /// A second name coordinated with the first: `…, Abdullah Tuasikal dan Saadiah Uluputty`,
    /// `… Ahmad Fauzi serta Siti Rahmawati`.
    fn coordinated_name(
        &self,
        after: usize,
        paired: bool,
    ) -> Option<(Range<usize>, Vec<Range<usize>>, usize)> {
        let n = self.tokens.len();
        if after >= n || !matches!(self.tok(after), "dan" | "serta") {
            return None;
        }
        let (mut prefixes, start) = self.prefixes_from(after + 1);
        // With two positions named, the second name may be one ordinary-looking word.
        let name = self.name_from(start, paired || !prefixes.is_empty())?;
        let (degrees, end) = self.degrees_from(name.end);
        // Not the start of the next position (… dan Wakil Bupati X).
        if end < n && self.title_end[end] > end {
            return None;
        }
        prefixes.extend(degrees);
        Some((name, prefixes, end))
    }

    /// The further names of a list that a link word opens after a position (`Wakil Ketua
    /// masing-masing A, B dan C`; `yakni`): `, NAME` any number of times, then `[,] dan NAME`.
    /// Returns each further name with its honorifics and degrees, and where the list ends;
    /// `None` unless the list is closed by `dan NAME`.
    fn listed_names(&self, f: &FoundOfficial) -> Option<(Vec<NamedAt>, usize)> {
        let n = self.tokens.len();
        let opened = f.name.start > 0 && {
            let before = self.prefixes_start(f.name.start);
            before > 0 && self.word_is(before - 1, WordClass::LinkCue)
        };
        if !opened {
            return None;
        }
        let mut out = Vec::new();
        let mut k = f.phrase.end;
        while k < n && self.is_punct(k, b',') && out.len() < 12 {
            if self.is(k + 1, "dan") {
                k += 1;
                break;
            }
            let (mut pre, s) = self.prefixes_from(k + 1);
            let name = self.name_from(s, !pre.is_empty())?;
            if name.len() < 2 && pre.is_empty() {
                return None;
            }
            let (degrees, end) = self.degrees_from(name.end);
            pre.extend(degrees);
            out.push((name, pre));
            k = end;
        }
        if out.is_empty() {
            return None;
        }
        let (name, honorifics, end) = self.coordinated_name(k, true)?;
        out.push((name, honorifics));
        Some((out, end))
    }

    /// Where the honorifics and ranks before the name at `i` start (`i` when there are none).
    fn prefixes_start(&self, i: usize) -> usize {
        let mut s = i;
        while let Some(b) =
            (s.saturating_sub(4)..s).find(|&b| self.honorific_end[b] == s || self.rank_end[b] == s)
        {
            s = b;
        }
        s
    }

    /// `NAME [degrees], TITLE …` or `NAME selaku/sebagai TITLE …`.
    fn name_first(&self, occ: &TitleOcc, claimed: &[bool]) -> Option<FoundOfficial> {
        if occ.start < 2 {
            return None;
        }
        let link = occ.start - 1;
        let ok_link =
            self.is_punct(link, b',') || self.is(link, "selaku") || self.is(link, "sebagai");
        if !ok_link {
            return None;
        }
        // Walk back over degrees (`, M.Si`, `SE.,`) to the name's last token; a comma may
        // stand before `selaku`/`sebagai` (`Ir. Nama, M.T., sebagai Kepala Dinas`).
        let mut e = link;
        if !self.is_punct(link, b',') && self.is_punct(link - 1, b',') {
            e = link - 1;
        }
        let mut degrees = Vec::new();
        loop {
            // The chunk of glued tokens that ends right before `e` (`M.Si.` before `sebagai`
            // or before a comma).
            if e == 0 {
                break;
            }
            let mut s = e - 1;
            while s > 0 && (self.glued(s - 1) && !self.is_punct(s - 1, b',')) {
                s -= 1;
            }
            if self.is_punct(s, b',') || !self.is_degree_at(s) || self.chunk_end(s) != e {
                break;
            }
            degrees.push(s..e);
            e = s;
            if e > 0 && self.is_punct(e - 1, b',') {
                e -= 1;
            }
        }
        let name_end = e;
        let mut s = name_end;
        while s > 0 && name_end - s < MAX_NAME_WORDS && self.is_name_token(s - 1) && !claimed[s - 1]
        {
            s -= 1;
        }
        if s == name_end {
            return None;
        }
        // The name must start a clause: sentence start, a lower-case word, or punctuation that
        // opens one (not `/` or a number: Danrem 152/Babullah, Dandim …).
        if s > 0 {
            let p = self.tok(s - 1);
            let opens = if self.is_word(s - 1) {
                !self.is_capitalised(s - 1) || self.prefix_at(s - 1)
            } else {
                matches!(
                    p,
                    "," | "." | ":" | ";" | "(" | "\"" | "“" | "–" | "—" | "-" | "!" | "?"
                )
            };
            if !opens && self.honorific_end[s - 1] != s && self.rank_end[s - 1] != s {
                return None;
            }
        }
        // Honorifics and ranks before the name.
        let mut pre_start = s;
        let mut honorifics = Vec::new();
        for back in 1..=4 {
            if s < back {
                break;
            }
            let b = s - back;
            if self.honorific_end[b] == pre_start || self.rank_end[b] == pre_start {
                honorifics.insert(0, b..pre_start);
                pre_start = b;
            }
        }
        let name = self.name_from(s, !honorifics.is_empty())?;
        if name.end != name_end {
            return None;
        }
        let title = self.rec.titles.iter().nth(occ.title)?;
        let k = self.complement_from(
            occ.end,
            title.complement,
            title.jurisdiction == Jurisdiction::Place,
        );
        // A lower-case title after a name needs its organisation or place (Suryanto, anggota DPRD).
        if !self.is_capitalised(occ.title_start) && k == occ.end {
            return None;
        }
        let mut juris_start = occ.end;
        if let Some(b) = self.embedded_body_start(title, occ).filter(|_| k > occ.end) {
            juris_start = b;
        }
        let (title_end, jurisdiction) = if title.complement == Complement::Portfolio {
            (k, None)
        } else {
            (occ.end, (k > occ.end).then_some(juris_start..k))
        };
        honorifics.extend(degrees.into_iter().rev());
        Some(FoundOfficial {
            phrase: pre_start..k.max(occ.end),
            title: occ.start..title_end,
            modifier: occ.modifier.clone(),
            jurisdiction,
            name,
            honorifics,
        })
    }

    /// Later mentions: runs of name tokens that name an official already found, and persons
    /// with evidence.
    fn later_mentions<'d>(&'d self, people: &mut People<'d>, claimed: &mut [bool]) {
        let n = self.tokens.len();
        // Where the name of the person found last ends.
        let mut last_person_end = None;
        // Runs start at name tokens only: the next one at or after `i` is read off `names`.
        let mut names = self.names.iter().map(|&t| t as usize).peekable();
        let mut i = 0;
        loop {
            while names.next_if(|&t| t < i).is_some() {}
            let Some(&at) = names.peek() else {
                break;
            };
            i = at;
            if claimed[i] {
                i += 1;
                continue;
            }
            // Honorifics and ranks are not part of the run; they are read before it. A
            // given-name honorific after another one, or with no name after it, is a name
            // word (`Hj. Syarifah …`, `Syarifah mengaku`).
            let name_word = self.personal_name_honorific(i)
                && (self.prefix_ends_at(i) || !(i + 1 < n && self.is_name_token(i + 1)));
            if self.prefix_at(i) && !name_word {
                let (_, after) = self.prefixes_from(i);
                // A place that starts with the honorific's word and goes on over the name is
                // the place (`Ibu Selatan`, a district of Halmahera Barat).
                i = if self.place_end[i] > after {
                    self.place_end[i]
                } else {
                    after.max(i + 1)
                };
                continue;
            }
            let mut e = i;
            while e < n && e - i < MAX_NAME_WORDS && self.is_name_token(e) && !claimed[e] {
                if e > i
                    && (self.is_degree_at(e)
                        || self.prefix_at(e) && !self.address_ends_name(e)
                        || self.new_line_at(e))
                {
                    break;
                }
                e += 1;
            }
            // `Petani Tukiman (58) mengaku`: a noun that describes a person, capitalised to
            // open the sentence, before a name and its age, is no word of the name.
            if e > i + 1
                && self.age_at(e)
                && self.word_is(i, WordClass::AppositionCue)
                && !self.is_given_name(i)
            {
                i += 1;
                continue;
            }
            let run = i..e;
            // `Raja Ohorella`: a king's title that is also a given name, before the name of a
            // known official, addresses that official.
            if run.len() >= 2 && self.title_needs_place(i) {
                let rest = i + 1..e;
                if let Some(p) = people.official_named_by(self, &rest) {
                    people.add_mention(self, p, rest, true);
                    claimed[run].fill(true);
                    i = e;
                    continue;
                }
            }
            let prefixed = self.prefix_ends_at(i);
            // A nickname cue after the run, read once for the three rules that ask.
            let cue = self.nickname_cue_after(run.end);
            let holder = self
                .nickname_holder(people, i)
                .or_else(|| {
                    let k = cue?;
                    self.nickname_of_title(people, k).map(|p| (p, true))
                })
                .or_else(|| self.nickname_of_named(people, &run, cue?))
                .or_else(|| self.nickname_of_last(people, &run, cue?));
            // Whether the run may name anyone known, read once for both look-ups.
            let known = holder.is_none() && people.signatures.may_name(self, &run);
            if let Some((p, official)) = holder {
                people.add_nickname(self, p, official, run.clone());
                for c in run.clone() {
                    claimed[c] = true;
                }
            } else if let Some(p) = known
                .then(|| people.official_named_by(self, &run))
                .flatten()
            {
                people.add_mention(self, p, run.clone(), true);
                for c in run.clone() {
                    claimed[c] = true;
                }
            } else if let Some(p) = known.then(|| people.person_named_by(self, &run)).flatten() {
                people.add_mention(self, p, run.clone(), false);
                for c in run.clone() {
                    claimed[c] = true;
                }
            } else if let Some(a) = (run.len() == 1 && prefixed)
                .then(|| self.addressed_title_word(i))
                .flatten()
            {
                // `kata Pak Wali`: the holder of the one title that opens with the word.
                let word = facts::lower(self.tok(i));
                let mut holders = people.officials.iter().enumerate().filter(|(_, o)| {
                    o.title_bare
                        .split_whitespace()
                        .next()
                        .is_some_and(|w| *facts::lower(w) == *word)
                });
                if let (Some((o, _)), None) = (holders.next(), holders.next()) {
                    people.officials[o].mentions.push(self.span(&(a..e)));
                }
                claimed[i] = true;
            } else if let Some(rank) = self.rank_before(i) {
                // A police or military rank is a public position: Kombes Pol Arif Budi Winova.
                if let Some(name) = self.name_from(run.start, true) {
                    people.add_official(
                        self,
                        FoundOfficial {
                            phrase: rank.start..name.end,
                            title: rank.clone(),
                            modifier: None,
                            jurisdiction: None,
                            name: name.clone(),
                            honorifics: vec![rank],
                        },
                    );
                    for c in name {
                        claimed[c] = true;
                    }
                }
            } else if run.len() == 1 && prefixed && self.is_plain_word(i) {
                // `Ibu Hamil`, `Bapak Tani`: a form of address before one ordinary word
                // (no given name) names a group of people, no one person.
            } else if self.has_evidence(&run, prefixed, last_person_end) {
                let vouched = prefixed || run.len() == 1 && self.aged_set_off(run.start);
                if let Some(name) = self.name_from(run.start, vouched) {
                    people.add_person(self, name.clone(), self.address_before(run.start));
                    last_person_end = Some(name.end);
                    for c in name {
                        claimed[c] = true;
                    }
                }
            }
            i = e.max(i + 1);
        }
    }

    /// Where the form of address before token `i` starts, when `i` is the first word of a
    /// title that is no title alone (`Pak Wali`, `Bu Wali`).
    fn addressed_title_word(&self, i: usize) -> Option<usize> {
        if !self
            .rec
            .title_first_words
            .contains(&*facts::lower(self.tok(i)))
        {
            return None;
        }
        self.form_of_address_before(i).map(|a| a.start)
    }

    /// `PERSON dan NAME`, `PERSON, NAME`: a name of two words or more coordinated with the
    /// person whose name ended at `person_end` (`yakni Rizky Aditya Pratama dan Nadia Putri
    /// Kusuma`).
    fn coordinated_with(&self, run: &Range<usize>, person_end: Option<usize>) -> bool {
        let Some(p) = person_end else {
            return false;
        };
        let s = run.start;
        if run.len() < 2 || s < 2 || !self.is_word(s) || self.is_all_caps(s) {
            return false;
        }
        let joined = |j: usize| self.is(j, "dan") || self.is(j, "serta") || self.is_punct(j, b',');
        joined(s - 1) && (p == s - 1 || p == s - 2 && self.is_punct(s - 2, b',') && joined(s - 1))
    }

    /// A nickname cue follows token `e`: `[,] [yang] [filler] disapa`, `, sapaan
    /// akrabnya` (fillers: the `nickname_filler` cues, `akrab`, `biasa`).
    fn nickname_follows(&self, e: usize) -> bool {
        let n = self.tokens.len();
        let mut k = e;
        if k < n && self.is_punct(k, b',') {
            k += 1;
        }
        if k < n && self.is(k, "yang") {
            k += 1;
        }
        let cue = |k: usize| k < n && self.word_is(k, WordClass::NicknameCue);
        // The cue is at `k` or, past a filler, at `k + 1`: the fillers (a look-up of the
        // word's lower-case form) are asked only where one of the two is a cue.
        let (here, next) = (cue(k), cue(k + 1));
        if !(here || next) {
            return false;
        }
        if k < n && self.rec.nickname_fillers.contains(&*self.lower(k)) {
            next
        } else {
            here
        }
    }

    /// The person a name at token `i` is another name of: `Munafri Arifuddin yang akrab
    /// disapa Appi`, `…, sapaan akrabnya Appi`. The holder is the official or person named
    /// last before, in the same sentence. Returns the index and whether it is an official.
    fn nickname_holder(&self, people: &People<'_>, i: usize) -> Option<(usize, bool)> {
        // No one named yet: no holder (read before the cues).
        if people.officials.is_empty() && people.persons.is_empty() {
            return None;
        }
        // The cues: `disapa`, `dipanggil`, `sapaan`, …
        let cue = |k: usize| self.word_is(k, WordClass::NicknameCue);
        let filler = |k: usize| self.rec.nickname_fillers.contains(&*self.lower(k));
        // `disapa Mbak Ros`: an address form may come between.
        let i = self.address_before(i).map_or(i, |a| a.start);
        // `disapa "Bang Ronny"`: the nickname in quotes.
        let i = if i >= 1 && matches!(self.tok(i - 1), "\"" | "\u{201c}") {
            i - 1
        } else {
            i
        };
        let introduced = (i >= 1 && cue(i - 1)) || (i >= 2 && cue(i - 2) && filler(i - 1));
        if !introduced {
            return None;
        }
        let at = self.tokens[i].span.start;
        let (end, who, official) = last_named_before(people, at)?;
        let between = &self.text[end..at];
        let near = between.len() <= 80 && !between.contains(['.', '!', '?', '\n', '"']);
        if near || referred_back(between) {
            return Some((who, official));
        }
        // `Wagub yang akrab disapa Dinda`: a title right before the cue names the one
        // official who holds it, wherever the name was.
        let mut c = i - 1;
        while c > 0 && (filler(c - 1) || cue(c - 1) || self.is(c - 1, "yang")) {
            c -= 1;
        }
        self.official_titled_before(people, c).map(|p| (p, true))
    }

    /// The one official whose title is the title ending right before token `e` (as written,
    /// or spelled out: `Wagub` is a `Wakil Gubernur`).
    fn official_titled_before(&self, people: &People<'_>, e: usize) -> Option<usize> {
        let s = (e.saturating_sub(4)..e)
            .find(|&s| self.title_end[s] == e && self.title_at[s] != NO_TITLE)?;
        let title = self.rec.title(self.title_at[s])?;
        let keys = [title_key(&title.form), title_key(&title.canonical)];
        only_official(people, |o| {
            keys.contains(&title_key(&o.title_bare))
                || self
                    .rec
                    .titles
                    .get(&o.title_bare)
                    .is_some_and(|t| keys.contains(&title_key(&t.canonical)))
        })
    }

    /// `, sapaan akrab` at `e`: a comma, a nickname cue and its fillers. Returns the token
    /// after them.
    fn nickname_cue_after(&self, e: usize) -> Option<usize> {
        let n = self.tokens.len();
        if !(e + 1 < n && self.is_punct(e, b',') && self.word_is(e + 1, WordClass::NicknameCue)) {
            return None;
        }
        let mut k = e + 2;
        while k < n && self.rec.nickname_fillers.contains(&*self.lower(k)) {
            k += 1;
        }
        Some(k)
    }

    /// `kata Aam, sapaan akrab Abdul Muhari`: a name, then a comma, a nickname cue and the
    /// name of an official or person already known; the first name is that one's nickname.
    /// Returns the index and whether it is an official.
    ///
    /// `k` is the token after the cue (see [`Doc::nickname_cue_after`]).
    fn nickname_of_named(
        &self,
        people: &People<'_>,
        run: &Range<usize>,
        k: usize,
    ) -> Option<(usize, bool)> {
        let n = self.tokens.len();
        let mut e = k;
        while e < n && e - k < MAX_NAME_WORDS && self.is_name_token(e) {
            e += 1;
        }
        if e == k
            || people.official_named_by(self, run).is_some()
            || people.person_named_by(self, run).is_some()
        {
            return None;
        }
        let named = k..e;
        people
            .official_named_by(self, &named)
            .map(|p| (p, true))
            .or_else(|| people.person_named_by(self, &named).map(|p| (p, false)))
    }

    /// `… Rusdy Mastura menyambut langkah tersebut. Menurut Cudy, sapaan akrabnya, …`: a
    /// name of one word, then a comma and a nickname cue with no name after it. The name is
    /// the nickname of the official or person named last before it, in the same paragraph.
    ///
    /// `k` is the token after the cue (see [`Doc::nickname_cue_after`]).
    fn nickname_of_last(
        &self,
        people: &People<'_>,
        run: &Range<usize>,
        k: usize,
    ) -> Option<(usize, bool)> {
        let n = self.tokens.len();
        // One word or two (`Abu Zul, panggilan akrabnya, …`).
        if run.len() > 2 {
            return None;
        }
        // `Siti, sapaan akrabnya Ros`, `Dedy, sapaan akrab sang bupati`, `Ruhaya, sapaan
        // karib Kadis DP3A`: other shapes; and a name already known is no nickname.
        if k < n
            && (self.is_capitalised(k)
                || self.is_name_token(k)
                || self.rec.nickname_articles.contains(&*self.lower(k)))
            || people.official_named_by(self, run).is_some()
            || people.person_named_by(self, run).is_some()
        {
            return None;
        }
        let at = self.tokens[run.start].span.start;
        let (end, who, official) = last_named_before(people, at)?;
        let between = &self.text[end..at];
        (between.len() <= 200 && !between.contains('\n')).then_some((who, official))
    }

    /// The official a name is the nickname of when the text says so after it by the
    /// position: `Dedy, sapaan akrab sang bupati` names the one official whose title is
    /// `Bupati`.
    ///
    /// `k` is the token after the cue that follows the name (see
    /// [`Doc::nickname_cue_after`]).
    fn nickname_of_title(&self, people: &People<'_>, mut k: usize) -> Option<usize> {
        let n = self.tokens.len();
        while k < n && {
            let w = self.lower(k);
            self.rec.nickname_fillers.contains(&*w) || self.rec.nickname_articles.contains(&*w)
        } {
            k += 1;
        }
        // The title's letters, over up to four words.
        let mut key = String::new();
        let mut keys = Vec::new();
        for j in k..(k + 4).min(n) {
            if !self.is_word(j) {
                break;
            }
            key.extend(folded(self.tok(j)));
            keys.push(key.clone());
        }
        only_official(people, |o| keys.contains(&title_key(&o.title_bare)))
    }

    /// A rank (with its service, corps and status) ending right before token `i`.
    fn rank_before(&self, i: usize) -> Option<Range<usize>> {
        if !self.any_rank {
            return None;
        }
        (1..=5).find_map(|b| {
            let s = i.checked_sub(b)?;
            if self.rank_end[s] <= s {
                return None;
            }
            let (pre, end) = self.prefixes_from(s);
            // Jalan Ipda Tut Harsoso is a street; Direktorat Jenderal Pajak is a body.
            let street = s > 0
                && (self.word_is(s - 1, WordClass::NotNameCue)
                    || self.word_is(s - 1, WordClass::TitleBlockerCue));
            // Direktur Jenderal: the rank's word ends a title.
            let in_title = (s.saturating_sub(3)..=s).any(|t| self.title_end[t] > s);
            (end == i && !pre.is_empty() && !street && !in_title).then_some(s..i)
        })
    }

    /// The address honorific (`Ibu`, `Pak`) right before token `i`, if any.
    fn address_before(&self, i: usize) -> Option<Range<usize>> {
        (1..=2).find_map(|b| {
            let s = i.checked_sub(b)?;
            (self.honorific_end[s] == i).then_some(s..i)
        })
    }

    /// The form of address (honorifics.tsv, kind address: `Ibu`, `Pak`) right before token
    /// `i`, if any.
    fn form_of_address_before(&self, i: usize) -> Option<Range<usize>> {
        self.address_before(i).filter(|a| {
            self.rec
                .honorifics
                .get(self.slice(a))
                .is_some_and(|h| h.kind == HonorificKind::Address)
        })
    }

    /// Evidence that `run` names a person ([`Doc::person_evidence`]), or a name coordinated
    /// with the person whose name ended at `person_end` ([`Doc::coordinated_with`]): their
    /// rules run only where [`Doc::may_have_evidence`] lets them.
    fn has_evidence(&self, run: &Range<usize>, prefixed: bool, person_end: Option<usize>) -> bool {
        let evidence =
            || self.person_evidence(run, prefixed) || self.coordinated_with(run, person_end);
        let may = self.may_have_evidence(run, prefixed);
        debug_assert!(may || !evidence(), "evidence missed at {run:?}");
        may && evidence()
    }

    /// Whether [`Doc::person_evidence`] or [`Doc::coordinated_with`] may hold for `run`:
    /// each of their rules needs a prefix before the name (`prefixed`) or one of a few
    /// tokens right around it, which are all this reads. Before the name: a cue word of
    /// saying or naming; for a name of two words or more also a comma, colon or bracket,
    /// `oleh`, a passive verb, `dan`, `serta`, a link word, or an apposition noun up to
    /// three words before. After it: a comma or bracket that closes a name set off by a
    /// comma before it, a comma before an apposition noun, an age in brackets; for a name
    /// of two words or more also a comma before a degree, a verb of reporting, or a
    /// nickname cue. Most runs of capitals (bodies, places, the first words of sentences)
    /// have none of them, and are let go with these few tests instead of the rules. A word
    /// whose classes the vocabulary cannot tell counts as a cue, a word beyond ASCII before
    /// the name as a passive verb.
    fn may_have_evidence(&self, run: &Range<usize>, prefixed: bool) -> bool {
        if prefixed {
            return true;
        }
        let (s, e) = (run.start, run.end);
        let n = self.tokens.len();
        let long = run.len() >= 2;
        let any = |i: usize, classes: WordClasses| self.scan.is_any(i, classes) != Some(false);
        let apposition = WordClass::AppositionCue.set();
        if s > 0 {
            let p = s - 1;
            let cues = WordClass::SpeechCue.set() | WordClass::NamingCue.set();
            // A colon also before one word: `Editor: Kusnadi` (see `Doc::byline_name`).
            if any(p, cues) || self.is_punct(p, b':') {
                return true;
            }
            if long {
                if any(p, WordClass::LinkCue.set() | apposition)
                    || self.is_punct(p, b',')
                    || self.is_punct(p, b':')
                    || self.is_punct(p, b'(')
                    || s > 1 && any(s - 2, apposition)
                    || s > 2 && any(s - 3, apposition)
                {
                    return true;
                }
                // `oleh`, a passive verb (`di…`, five letters or more), `dan`, `serta` (each
                // word compared only at its length).
                let t = self.tok(p);
                let b = t.as_bytes();
                let passive = b.len() >= 5
                    && b[0].eq_ignore_ascii_case(&b'd')
                    && b[1].eq_ignore_ascii_case(&b'i');
                let word = match b.len() {
                    3 => t.eq_ignore_ascii_case("dan"),
                    4 => t.eq_ignore_ascii_case("oleh"),
                    5 => t.eq_ignore_ascii_case("serta"),
                    _ => false,
                };
                if !t.is_ascii() || passive || word {
                    return true;
                }
            }
        }
        if e >= n {
            return false;
        }
        let comma = self.is_punct(e, b',');
        let bracket = self.is_punct(e, b'(');
        if comma || bracket {
            // A name set off by commas (or a comma and a bracket).
            let ps = self.prefixes_start(s);
            if ps > 0 && self.is_punct(ps - 1, b',') {
                return true;
            }
        }
        if comma
            && e + 1 < n
            && (any(e + 1, apposition)
                || long && (self.is_degree_at(e + 1) || self.is_loose_degree_at(e + 1)))
        {
            return true;
        }
        bracket && self.age_at(e)
            || long && (any(e, WordClass::ReportCue.set()) || self.nickname_follows(e))
    }

    /// Evidence that a name run is a person.
    #[inline(never)]
    fn person_evidence(&self, run: &Range<usize>, prefixed: bool) -> bool {
        let (s, e) = (run.start, run.end);
        let n = self.tokens.len();
        if self.place_end[s] >= e && !self.is_given_name(s) {
            return false;
        }
        if prefixed && self.form_of_address_before(s).is_some() {
            return true;
        }
        // International Union for Conservation of Nature: a lower-case word that is no
        // Indonesian word (nor a name particle) before more capitals goes on with a foreign
        // body's name, not a person's.
        if e + 1 < n
            && self.is_word(e)
            && !self.is_capitalised(e)
            && self.is_capitalised(e + 1)
            && !self.is_particle_at(e)
            && !self.is_common_word(e)
        {
            return false;
        }
        if s > 0 && self.word_is(s - 1, WordClass::SpeechCue) {
            return true;
        }
        // Diraih Nur Aisyah Putri, diserahkan oleh Rudi Hartono: the agent of a passive verb,
        // with a given name in a name of two words or more.
        if run.len() >= 2
            && s > 0
            && (self.is(s - 1, "oleh") || self.is_passive_verb(s - 1))
            && run.clone().any(|j| self.is_given_name(j))
        {
            return true;
        }
        // Warga bernama Daeng Sikki: a naming verb, and a given name in the run or a noun that
        // describes a person right before the verb (`kapal bernama …` names a thing).
        if s > 0
            && self.word_is(s - 1, WordClass::NamingCue)
            && (run.clone().any(|j| self.is_given_name(j))
                || (2..=3).any(|b| {
                    s > b && self.is_word(s - b) && self.word_is(s - b, WordClass::AppositionCue)
                }))
        {
            return true;
        }
        // Ustaz Muhammad Faiz, Hj. Syarifah Aminah: a religious, pilgrimage, academic or
        // professional title before the name.
        if prefixed && self.titled_name(run) {
            return true;
        }
        // The evidence of the clause around a name (the next three rules) needs a name of two
        // words that does not open with capitals (`anak perusahaan, yaitu PT Pamapersada`).
        let described = run.len() >= 2 && self.is_word(s) && !self.is_all_caps(s);
        // pelatih kepala Yosef Yoku Kambu: a noun that describes a person, then the name.
        if described && self.described_right_before(run) {
            return true;
        }
        // Dua mahasiswa terlibat …, yakni Rizky Aditya Pratama …: a link word after a clause
        // that holds an apposition noun.
        if described
            && s > 0
            && self.word_is(s - 1, WordClass::LinkCue)
            && self.apposition_before(s - 1)
        {
            return true;
        }
        // Atlet atletik asal Biak, Yulianti Rumbiak, …: a name set off by commas after a
        // phrase that describes an ordinary person.
        if described && self.described_before(run) {
            return true;
        }
        // Warga Tembilahan, Syafrizal, mengaku …: one name word that is no ordinary word, set
        // off by commas after such a phrase and before a verb of reporting or `yang`.
        // (The lexicon question comes after the cheap tests of the tokens around.)
        if run.len() == 1
            && self.is_word(s)
            && !self.is_all_caps(s)
            && e + 1 < n
            && self.is_punct(e, b',')
            && (self.word_is(e + 1, WordClass::ReportCue) || self.is(e + 1, "yang"))
            && !self.is_common_word(s)
            && self.described_before(run)
        {
            return true;
        }
        // `Laporan Wartawan Tribun, Rizki Fadillah`, `Pewarta: Rizki Fadillah`: the name that
        // ends a byline line.
        // One word after its cue and a colon is a whole byline line too (`Editor: Kusnadi`),
        // unless it is an ordinary word or a short form (`Editor: Redaksi`, `Foto: ANTARA`).
        let lone_byline = || {
            s >= 2
                && self.is_punct(s - 1, b':')
                && self.is_word(s)
                && !self.is_all_caps(s)
                && self.word_is(s - 2, WordClass::BylineCue)
                && !self.is_common_word(s)
        };
        if (run.len() >= 2 || lone_byline()) && self.byline_name(run) {
            return true;
        }
        // (Name) closing a paragraph: a byline.
        if s > 0 && self.is_punct(s - 1, b'(') && e < n && self.is_punct(e, b')') && run.len() >= 2
        {
            let after = self.tokens[e].span.end;
            let rest = &self.text[after..];
            let line_end = rest.find('\n').unwrap_or(rest.len());
            if rest[..line_end].trim().is_empty() {
                return true;
            }
        }
        // Name (45): an age in brackets.
        if self.age_at(e) {
            return true;
        }
        // Taufik Rahman Harahap, S.STP., M.Si.: academic degrees after a name of two words or
        // more, one of them written with periods (a bare `SE` may be a circular, `Surat
        // Edaran`).
        // The name opens there: no capitalised word right before it (`Fransiska Dari Paula
        // Nino, S.H.` is one name the run does not hold).
        let opens = |ps: usize| ps == 0 || !(self.is_word(ps - 1) && self.is_capitalised(ps - 1));
        if run.len() >= 2
            && e + 1 < n
            && self.is_punct(e, b',')
            && !self.is_all_caps(s)
            && opens(self.prefixes_start(s))
        {
            let (degrees, _) = self.degrees_from(e);
            if degrees.iter().any(|d| self.slice(d).contains('.')) {
                return true;
            }
        }
        // Name, warga …: an apposition describing an ordinary person.
        if e + 1 < n && self.is_punct(e, b',') && self.word_is(e + 1, WordClass::AppositionCue) {
            return true;
        }
        // Rudi Hartono mengatakan …: a name of two words or more with a given name in it,
        // opening its clause, right before a verb of reporting. (`Dinas Kesehatan
        // mengatakan` holds no given name.)
        if run.len() >= 2
            && e < n
            && self.word_is(e, WordClass::ReportCue)
            && !self.is_all_caps(s)
            && (s == 0 || !self.is_word(s - 1) || !self.is_capitalised(s - 1))
            && self.prefixes_start(s) == s
            && run.clone().all(|j| self.is_word(j) && !self.is_all_caps(j))
            && run.clone().any(|j| self.is_given_name(j))
            && !self.is_common_word(e - 1)
        {
            return true;
        }
        // Siti Rohmah, sapaan akrabnya …: the text gives the name a nickname.
        if run.len() >= 2 && self.nickname_follows(e) {
            return true;
        }
        // …, Rudi Hartono, mengaku …: a name of two words or more set off by commas before a
        // verb of reporting, a relative clause set off too between them (`…, Rudi Hartono,
        // yang turut hadir, mengatakan …`).
        // (Where the prefixes start is asked after the tokens after the name.)
        run.len() >= 2
            && e + 1 < n
            && self.is_punct(e, b',')
            && {
                let v = self.past_relative_clause(e + 1);
                v < n && self.word_is(v, WordClass::ReportCue)
            }
            && {
                let ps = self.prefixes_start(s);
                ps > 0 && self.is_punct(ps - 1, b',')
            }
    }

    /// A relative clause of a few words at `k` closed by a comma (`yang turut hadir,`):
    /// returns the token after its comma, else `k`.
    fn past_relative_clause(&self, k: usize) -> usize {
        const MAX_CLAUSE_WORDS: usize = 8;
        if !self.is(k, "yang") {
            return k;
        }
        let n = self.tokens.len();
        let mut j = k + 1;
        while j < n && j <= k + MAX_CLAUSE_WORDS && self.is_word(j) {
            j += 1;
        }
        if j > k + 1 && j + 1 < n && self.is_punct(j, b',') {
            j + 1
        } else {
            k
        }
    }

    /// The name `run` ends its line after a comma or colon, and one of the line's first two
    /// words opens a byline (person_cues.tsv, cue `byline`).
    fn byline_name(&self, run: &Range<usize>) -> bool {
        let (s, e) = (run.start, run.end);
        if s == 0 || !(self.is_punct(s - 1, b',') || self.is_punct(s - 1, b':')) {
            return false;
        }
        let end = self.tokens[e - 1].span.end;
        let rest = &self.text[end..];
        let line_end = rest.find('\n').unwrap_or(rest.len());
        if !rest[..line_end].trim().is_empty() {
            return false;
        }
        let start = self.tokens[s].span.start;
        let line_start = self.text[..start].rfind('\n').map_or(0, |p| p + 1);
        let mut f = s;
        while f > 0 && s - f < 12 && self.tokens[f - 1].span.start >= line_start {
            f -= 1;
        }
        if f > 0 && self.tokens[f - 1].span.start >= line_start {
            return false;
        }
        (f..(f + 2).min(s)).any(|j| self.is_word(j) && self.word_is(j, WordClass::BylineCue))
    }

    /// An age in brackets at `e`: `(45)`, a number of one to three digits.
    fn age_at(&self, e: usize) -> bool {
        e + 2 < self.tokens.len()
            && self.is_punct(e, b'(')
            && self.is_punct(e + 2, b')')
            && self.tokens[e + 1].kind == TokenKind::Number
            && self.tok(e + 1).len() <= 3
            && self.tok(e + 1).bytes().all(|b| b.is_ascii_digit())
    }

    /// `, Darwis (58),`: one capitalised word set off by a comma before an age in brackets
    /// and a comma after it names a person even when it is also a listed word or an affixed
    /// form (`Parulian`), though not a root (`Ayat (2)`).
    fn aged_set_off(&self, k: usize) -> bool {
        k > 0
            && k + 4 < self.tokens.len()
            && self.is_punct(k - 1, b',')
            && self.is_word(k)
            && self.is_capitalised(k)
            && !self.is_all_caps(k)
            && self.age_at(k + 1)
            && self.is_punct(k + 4, b',')
            && !self.word_is(k, WordClass::Stopword)
            && !self.word_is(k, WordClass::NotNameCue)
            && self.title_end[k] <= k
            && !self.rec.stemmer.is_root(&self.lower(k))
    }

    /// The name `run` follows honorifics that only a person bears (pilgrimage, religious,
    /// academic, professional, honorary titles and forms of address; no rank), and they do
    /// not continue the name of a place or building (`RSUD dr. Soetomo`, `Jalan KH. Ahmad
    /// Dahlan`). After a pilgrimage title or one that may be an initial (`H.`, `HM`) the name
    /// needs two words.
    fn titled_name(&self, run: &Range<usize>) -> bool {
        let s = run.start;
        // Initials and capitals alone are too little of a name (`H. E. AE`).
        if !run
            .clone()
            .any(|j| self.is_word(j) && !self.is_all_caps(j) && self.tok(j).len() >= 3)
        {
            return false;
        }
        let start = self.prefixes_start(s);
        if start == s {
            return false;
        }
        if start > 0 {
            let p = start - 1;
            let named = match self.tokens[p].kind {
                TokenKind::Word => self.is_capitalised(p) || self.word_is(p, WordClass::NotNameCue),
                TokenKind::Abbreviation | TokenKind::Initial => true,
                _ => false,
            };
            if named {
                return false;
            }
        }
        let mut k = start;
        while k < s {
            let e = self.honorific_end[k];
            if e <= k {
                return false;
            }
            let Some(h) = self.rec.honorifics.get(self.slice(&(k..e))) else {
                return false;
            };
            // A pilgrimage title also opens company names (`HM Sampoerna`), and `H.` may be an
            // initial: one name word after them is too little.
            let short_ok =
                h.kind != HonorificKind::Hajj && !h.ambiguity.contains(Ambiguity::INITIAL);
            if h.kind == HonorificKind::Nobility || run.len() < 2 && !short_ok {
                return false;
            }
            k = e;
        }
        true
    }

    /// An apposition noun (person_cues.tsv), at most two lower-case words before the name
    /// (`atlet Nurul Akmal`, `pelatih kepala Yosef Yoku Kambu`). Such nouns also come before
    /// the names of things (`pemenang Annual Report Award`): a word of the name must be a
    /// known given name.
    fn described_right_before(&self, run: &Range<usize>) -> bool {
        let s = run.start;
        // (The words before the name are read before the name's words are looked up.)
        (1..=3).any(|b| {
            s >= b
                && (s - b + 1..s).all(|j| self.is_word(j) && !self.is_capitalised(j))
                && !self.is_capitalised(s - b)
                && self.word_is(s - b, WordClass::AppositionCue)
        }) && run.clone().any(|j| self.is_given_name(j))
    }

    /// An apposition noun (person_cues.tsv) among the ten words before token `p` (a comma
    /// right before `p` skipped), within the clause.
    fn apposition_before(&self, p: usize) -> bool {
        let mut j = p;
        if j > 0 && self.is_punct(j - 1, b',') {
            j -= 1;
        }
        let stop = j.saturating_sub(10);
        while j > stop {
            j -= 1;
            if !matches!(self.tokens[j].kind, TokenKind::Word | TokenKind::Number) {
                return false;
            }
            if self.word_is(j, WordClass::AppositionCue) {
                return true;
            }
        }
        false
    }

    /// `…, [honorifics] NAME,` or `…, NAME (`: the name set off after a phrase of the same
    /// clause that holds an apposition noun (person_cues.tsv: `Atlet atletik asal Biak, Yulianti Rumbiak,
    /// menjadi andalan`; `Salah satu peserta, Rahmat Hidayat, guru …`).
    fn described_before(&self, run: &Range<usize>) -> bool {
        // Honorifics between the comma and the name: `…, H. Suparman, …`.
        let (s, e) = (self.prefixes_start(run.start), run.end);
        let n = self.tokens.len();
        let closed = e < n && matches!(self.tok(e), "," | "(");
        if !closed || s < 2 || !self.is_punct(s - 1, b',') {
            return false;
        }
        let mut j = s - 1;
        while j > 0 && s - 1 - j < 12 {
            let p = j - 1;
            // Places set off by commas may locate the person (`Warga Kelurahan Sempaja,
            // Kecamatan Samarinda Utara, Haerudin,`).
            if p > 0
                && self.is_punct(p, b',')
                && self.is_capitalised(j)
                && (j..(j + 2).min(s)).any(|x| self.place_end[x] > x)
            {
                j = p;
                continue;
            }
            // A hyphen inside a word goes on with the phrase (`Sopir travel rute Pidie-Banda
            // Aceh, Zulfikar,`).
            let hyphen = p > 0 && self.is_punct(p, b'-') && self.glued(p - 1) && self.glued(p);
            if !(hyphen || matches!(self.tokens[p].kind, TokenKind::Word | TokenKind::Number)) {
                break;
            }
            if self.word_is(p, WordClass::AppositionCue) {
                return true;
            }
            j = p;
        }
        false
    }

    /// `Pak Wali Kota` with no name, when exactly one official holds that title.
    fn bare_title_mentions(&self, people: &mut People<'_>, bare: &[TitleOcc]) {
        for occ in bare {
            let Some(address) = self.form_of_address_before(occ.start) else {
                continue;
            };
            let key = title_key(self.slice(&(occ.title_start..occ.end)));
            let holders: Vec<usize> = people
                .officials
                .iter()
                .enumerate()
                .filter(|(_, o)| title_key(&o.title_bare) == key)
                .map(|(i, _)| i)
                .collect();
            if let [only] = holders[..] {
                let span = self.span(&(address.start..occ.end));
                people.officials[only].mentions.push(span);
            }
        }
    }
}

/// The official or person whose mention ends last before byte `at`: where that mention ends,
/// the index, and whether it is an official.
fn last_named_before(people: &People<'_>, at: usize) -> Option<(usize, usize, bool)> {
    let last = |spans: &[Span]| spans.iter().filter(|s| s.end <= at).map(|s| s.end).max();
    let officials = people
        .officials
        .iter()
        .enumerate()
        .filter_map(|(k, o)| Some((last(&o.mentions)?, k, true)));
    let persons = people
        .persons
        .iter()
        .enumerate()
        .filter_map(|(k, p)| Some((last(&p.mentions)?, k, false)));
    officials.chain(persons).max_by_key(|m| m.0)
}

/// `between` (the text from a name to a nickname cue's name) runs into the next sentence,
/// which opens with a noun or pronoun for the one just named and names no one else before
/// the cue: `… kata Hironimus. Tokoh yang akrab disapa "Bang Ronny" itu …`. One sentence end,
/// no new line, at most 160 bytes, and no capitalised word but the sentence's first.
fn referred_back(between: &str) -> bool {
    if between.len() > 160 || between.contains('\n') {
        return false;
    }
    let ends = between.matches(['.', '!', '?']).count();
    let Some(p) = between.rfind(['.', '!', '?']) else {
        return false;
    };
    let capitalised = |w: &str| {
        w.trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(char::is_uppercase)
    };
    let mut after = between[p + 1..].split_whitespace();
    ends == 1
        && !between[..p].split_whitespace().any(capitalised)
        && after.next().is_some_and(capitalised)
        && !after.any(capitalised)
}

/// Whether ASCII `a` and `b` have the same abbreviation key ignoring case (periods, hyphens,
/// brackets and spaces dropped, as `abbreviation_key` drops them); false when either is not
/// ASCII.
fn same_folded_key(a: &str, b: &str) -> bool {
    let kept = |c: &u8| !matches!(c, b'.' | b'-' | b'(' | b')') && !char::from(*c).is_whitespace();
    a.is_ascii()
        && b.is_ascii()
        && a.bytes()
            .filter(kept)
            .map(|c| c.to_ascii_lowercase())
            .eq(b.bytes().filter(kept).map(|c| c.to_ascii_lowercase()))
}

/// The index of the one official `pred` holds for, if exactly one does.
fn only_official(people: &People<'_>, pred: impl Fn(&OfficialAcc<'_>) -> bool) -> Option<usize> {
    let mut holders = people.officials.iter().enumerate().filter(|(_, o)| pred(o));
    match (holders.next(), holders.next()) {
        (Some((i, _)), None) => Some(i),
        _ => None,
    }
}

/// A title folded for comparison: lower-case letters only.
fn title_key(s: &str) -> String {
    folded(s).collect()
}

/// The letters of `s` in lower case (`Dawa’i` → `dawai`).
fn folded(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
}

/// Whether two names are written the same but for case and punctuation (`Dawa’i` = `DAWAI`).
fn same_key(a: &str, b: &str) -> bool {
    folded(a).eq(folded(b))
}

#[derive(Debug)]
struct OfficialAcc<'d> {
    name: String,
    /// The name keys of the name's words (see [`TokenFacts::key`]).
    keys: Vec<&'d str>,
    honorifics: Vec<String>,
    title: String,
    title_bare: String,
    modifier: Option<String>,
    jurisdiction: Option<String>,
    aliases: Vec<String>,
    /// Keys of nicknames the text gives (`yang akrab disapa Appi`).
    nickname_keys: Vec<&'d str>,
    mentions: Vec<Span>,
}

#[derive(Debug)]
struct PersonAcc<'d> {
    name: String,
    keys: Vec<&'d str>,
    honorifics: Vec<String>,
    aliases: Vec<String>,
    /// Keys of nicknames the text gives.
    nickname_keys: Vec<&'d str>,
    mentions: Vec<Span>,
}

/// People found so far in one document; name keys borrow from the document's token facts.
#[derive(Debug, Default)]
struct People<'d> {
    officials: Vec<OfficialAcc<'d>>,
    persons: Vec<PersonAcc<'d>>,
    by_name: FoldHashMap<String, usize>,
    /// The signatures of every name key and nickname key given to anyone so far.
    signatures: Signatures,
}

/// A set of key signatures (a key's first two bytes, or its one byte), as bits: a key names a
/// name word only when the word is the key or starts with it, so both have one signature; a
/// key whose signature is not in the set names no one, and no one's names need be read.
#[derive(Debug, Default)]
struct Signatures([u64; 4]);

impl Signatures {
    /// The bit of `key`'s signature ([`facts::key_signature`]).
    fn bit(key: &str) -> usize {
        usize::from(facts::key_signature(key))
    }

    fn insert(&mut self, key: &str) {
        let bit = Signatures::bit(key);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    fn contains_bit(&self, bit: u8) -> bool {
        let bit = usize::from(bit);
        self.0[bit / 64] & 1 << (bit % 64) != 0
    }

    /// Whether every one of the name keys of `run` may name someone: read off the
    /// signatures of the tokens' keys, found with the capitals (the same as the keys'
    /// own: `Capitals::key_signature`).
    fn may_name(&self, doc: &Doc<'_>, run: &Range<usize>) -> bool {
        run.clone().all(|i| {
            doc.capitals
                .key_signature(i)
                .map_or(true, |b| self.contains_bit(b))
        })
    }
}

impl<'d> People<'d> {
    fn add_official(&mut self, doc: &'d Doc<'_>, f: FoundOfficial) {
        let keys: Vec<&'d str> = doc.name_keys(&f.name).collect();
        let full = keys.join(" ");
        let span = doc.span(&f.name);
        if let Some(&i) = self.by_name.get(&full) {
            let o = &mut self.officials[i];
            o.mentions.push(span);
            return;
        }
        // A known official named by a part of this name (Wagub Edy Nasution, then Wakil
        // Gubernur Edy Afrizal Natar Nasution): the longer name is the name.
        if let Some(i) = self
            .officials
            .iter()
            .position(|o| o.keys.len() < keys.len() && keys_name(o.keys.iter().copied(), &keys))
        {
            let written = doc.slice(&f.name).to_string();
            let o = &mut self.officials[i];
            let old = std::mem::replace(&mut o.name, written);
            self.by_name.remove(&o.keys.join(" "));
            for k in &keys {
                self.signatures.insert(k);
            }
            o.keys = keys;
            o.aliases.retain(|a| !same_key(a, &o.name));
            if !o.aliases.contains(&old) {
                o.aliases.push(old);
            }
            o.mentions.push(span);
            if o.honorifics.is_empty() {
                o.honorifics = f
                    .honorifics
                    .iter()
                    .map(|r| doc.slice(r).to_string())
                    .collect();
            }
            self.by_name.insert(full, i);
            return;
        }
        // A name that is a part of a known official's name is that official (a second title).
        if let Some(i) = self.official_with_keys(keys.iter().copied(), span.start) {
            let o = &mut self.officials[i];
            o.mentions.push(span);
            let written = doc.slice(&f.name);
            if !o.aliases.iter().any(|a| a == written) && !same_key(written, &o.name) {
                o.aliases.push(written.to_string());
            }
            return;
        }
        // The title without the modifier; `Penjabat (Pj) Bupati` is titled `Penjabat Bupati`.
        let mut bare_start = f.title.start + f.modifier.as_ref().map_or(0, |m| m.len());
        let bracketed =
            f.modifier.is_some() && bare_start + 3 <= f.title.end && doc.tok(bare_start) == "(";
        if bracketed {
            bare_start += 3;
        }
        let mut title_bare = doc.slice(&(bare_start..f.title.end));
        // `juru bicaranya` is titled `juru bicara`.
        let possessive = title_bare
            .strip_suffix("nya")
            .filter(|b| doc.rec.titles.get(b).is_some());
        if let Some(b) = possessive {
            title_bare = b;
        }
        let mut title = match &f.modifier {
            Some(m) if bracketed => format!("{} {title_bare}", doc.slice(m)),
            _ => doc.slice(&f.title).to_string(),
        };
        if possessive.is_some() && !bracketed {
            title.truncate(title.len() - "nya".len());
        }
        self.by_name.insert(full, self.officials.len());
        for k in &keys {
            self.signatures.insert(k);
        }
        self.officials.push(OfficialAcc {
            name: doc.slice(&f.name).to_string(),
            keys,
            honorifics: f
                .honorifics
                .iter()
                .map(|r| doc.slice(r).to_string())
                .collect(),
            title,
            title_bare: title_bare.to_string(),
            modifier: f.modifier.as_ref().map(|m| doc.slice(m).to_string()),
            jurisdiction: f.jurisdiction.as_ref().map(|j| doc.slice(j).to_string()),
            aliases: Vec::new(),
            nickname_keys: Vec::new(),
            mentions: vec![span],
        });
    }

    fn add_person(&mut self, doc: &'d Doc<'_>, name: Range<usize>, address: Option<Range<usize>>) {
        let keys: Vec<&'d str> = doc.name_keys(&name).collect();
        for k in &keys {
            self.signatures.insert(k);
        }
        self.persons.push(PersonAcc {
            name: doc.slice(&name).to_string(),
            keys,
            honorifics: address.iter().map(|a| doc.slice(a).to_string()).collect(),
            aliases: Vec::new(),
            nickname_keys: Vec::new(),
            mentions: vec![doc.span(&name)],
        });
    }

    /// An official whose name words include every word of `keys` (a word may also be the
    /// start of a name word, for nicknames: Roby ← Robyan). Of several, the one named last
    /// before byte `at`; when none is named before it, the one named first after it.
    fn official_with_keys<'k>(
        &self,
        keys: impl Iterator<Item = &'k str> + Clone,
        at: usize,
    ) -> Option<usize> {
        let mut best: Option<((bool, i64), usize)> = None;
        for (i, o) in self.officials.iter().enumerate() {
            if keys_name(keys.clone(), &o.keys) || nicknamed(keys.clone(), &o.nickname_keys) {
                let before = o.mentions.iter().map(|s| s.start).filter(|&s| s < at).max();
                let rank = match before {
                    Some(b) => (true, b as i64),
                    None => {
                        let first = o.mentions.iter().map(|s| s.start).min().unwrap_or(at);
                        (false, -(first as i64))
                    }
                };
                if best.map_or(true, |(r, _)| rank > r) {
                    best = Some((rank, i));
                }
            }
        }
        best.map(|(_, i)| i)
    }

    fn official_named_by(&self, doc: &Doc<'_>, run: &Range<usize>) -> Option<usize> {
        if !self.signatures.may_name(doc, run) {
            return None;
        }
        self.official_with_keys(doc.name_keys(run), doc.span(run).start)
    }

    fn person_named_by(&self, doc: &Doc<'_>, run: &Range<usize>) -> Option<usize> {
        if !self.signatures.may_name(doc, run) {
            return None;
        }
        self.persons.iter().position(|p| {
            keys_name(doc.name_keys(run), &p.keys)
                || nicknamed(doc.name_keys(run), &p.nickname_keys)
        })
    }

    /// Another name of a known official or person (`Appi`): a mention, an alias, and a key
    /// later mentions are matched by.
    fn add_nickname(&mut self, doc: &'d Doc<'_>, who: usize, official: bool, run: Range<usize>) {
        let keys = if official {
            &mut self.officials[who].nickname_keys
        } else {
            &mut self.persons[who].nickname_keys
        };
        for k in doc.name_keys(&run) {
            if !keys.contains(&k) {
                keys.push(k);
            }
            self.signatures.insert(k);
        }
        self.add_mention(doc, who, run, official);
    }

    fn add_mention(&mut self, doc: &Doc<'_>, who: usize, run: Range<usize>, official: bool) {
        let written = doc.slice(&run);
        let span = doc.span(&run);
        let (name, aliases, mentions) = if official {
            let o = &mut self.officials[who];
            (&o.name, &mut o.aliases, &mut o.mentions)
        } else {
            let p = &mut self.persons[who];
            (&p.name, &mut p.aliases, &mut p.mentions)
        };
        mentions.push(span);
        if !same_key(written, name) && !aliases.iter().any(|a| a == written) {
            aliases.push(written.to_string());
        }
    }

    /// A person named in full before, and an official named by one word of that name
    /// afterwards (`… Taufik Rahman Harahap, S.STP., …` then `Kepala BKPSDM yang baru, Taufik,`):
    /// one person, the official, with the full name. Only when the word names no one else.
    fn fold_persons_into_officials(&mut self) {
        if self.persons.is_empty() {
            return;
        }
        let mut folded = vec![false; self.persons.len()];
        for o in 0..self.officials.len() {
            let official = &self.officials[o];
            let [key] = official.keys[..] else {
                continue;
            };
            let first = official.mentions.iter().map(|s| s.start).min();
            let named = |keys: &[&str]| keys_name(std::iter::once(key), keys);
            let mut holders = self.persons.iter().enumerate().filter(|(p, person)| {
                !folded[*p]
                    && person.keys.len() >= 2
                    && named(&person.keys)
                    && person.mentions.iter().map(|s| s.start).min() < first
            });
            let (Some((p, _)), None) = (holders.next(), holders.next()) else {
                continue;
            };
            let others = self
                .officials
                .iter()
                .enumerate()
                .any(|(i, other)| i != o && named(&other.keys));
            if others {
                continue;
            }
            folded[p] = true;
            let person = &self.persons[p];
            let (name, keys) = (person.name.clone(), person.keys.clone());
            let (aliases, mentions) = (person.aliases.clone(), person.mentions.clone());
            let official = &mut self.officials[o];
            let short = std::mem::replace(&mut official.name, name);
            official.keys = keys;
            for alias in std::iter::once(short).chain(aliases) {
                if !official.aliases.contains(&alias) {
                    official.aliases.push(alias);
                }
            }
            official.mentions.extend(mentions);
        }
        let mut p = 0;
        self.persons.retain(|_| {
            p += 1;
            !folded[p - 1]
        });
    }

    fn into_entities(self, text: &str) -> Vec<Entity> {
        let mut out = Vec::with_capacity(self.officials.len() + self.persons.len());
        let make = |data: EntityData, mut spans: Vec<Span>| {
            spans.sort();
            spans.dedup();
            let first = spans[0];
            Entity {
                data,
                text: text[first.range()].to_string(),
                span: first,
                mentions: spans
                    .iter()
                    .map(|s| Mention {
                        text: text[s.range()].to_string(),
                        span: *s,
                    })
                    .collect(),
            }
        };
        for o in self.officials {
            let data = EntityData::Official(Official {
                name: o.name,
                honorifics: o.honorifics,
                title: o.title,
                modifier: o.modifier,
                jurisdiction: o.jurisdiction,
                jurisdiction_entity: None,
                aliases: o.aliases,
            });
            out.push(make(data, o.mentions));
        }
        for p in self.persons {
            let data = EntityData::Person(Person {
                name: p.name,
                honorifics: p.honorifics,
                aliases: p.aliases,
            });
            out.push(make(data, p.mentions));
        }
        out
    }
}

/// Whether the words `keys` name the person whose name words are `name`: there is a key,
/// and each key is one of the name's words, or the start (4 letters at least) of one.
/// Every key is one of the nicknames the text gave (matched whole, not by prefix).
fn nicknamed<'k>(keys: impl Iterator<Item = &'k str>, nicknames: &[&str]) -> bool {
    let mut any = false;
    let all = keys.into_iter().all(|k| {
        any = true;
        nicknames.contains(&k)
    });
    any && all && !nicknames.is_empty()
}

fn keys_name<'k>(keys: impl Iterator<Item = &'k str>, name: &[&str]) -> bool {
    let mut any = false;
    let all = keys.into_iter().all(|k| {
        any = true;
        name.iter()
            .any(|w| *w == k || (k.len() >= 4 && w.len() > k.len() && w.starts_with(k)))
    });
    any && all
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vocabulary_classes_agree_with_the_lexicons() {
        let ex = crate::Extractor::builder().build().unwrap();
        let (tokenizer, gazetteer, people, ..) = ex.parts();
        // Every word of every class, as written in the lexicons' case and in others, among
        // words of no class and tokens the vocabulary cannot tell about.
        let mut text = String::from("Budi YANG disapa ÉCOLE Jum’at \u{212A}ata kata Sa`ad Kab. ");
        let sets = [
            &people.speech,
            &people.naming,
            &people.byline,
            &people.apposition,
            &people.report,
            &people.nickname,
            &people.not_name,
            &people.title_blockers,
            &people.links,
            &people.rank_words,
            &people.ex_officio,
            &people.company_forms,
            &people.particles,
        ];
        let words = sets
            .iter()
            .flat_map(|s| s.iter().map(|w| &**w))
            .chain(people.stopwords.iter())
            .chain(people.given_names.iter().take(2000));
        for w in words {
            let upper = w.to_uppercase();
            text.push_str(&format!("{w} {upper} "));
        }
        let tokens = tokenizer.analyze(&text).tokens;
        let scan = gazetteer.scan(&text, &tokens);
        let classes = [
            WordClass::Stopword,
            WordClass::GivenName,
            WordClass::SpeechCue,
            WordClass::NamingCue,
            WordClass::BylineCue,
            WordClass::AppositionCue,
            WordClass::ReportCue,
            WordClass::NicknameCue,
            WordClass::NotNameCue,
            WordClass::TitleBlockerCue,
            WordClass::LinkCue,
            WordClass::Rank,
            WordClass::ExOfficio,
            WordClass::CompanyForm,
            WordClass::Particle,
        ];
        let mut told = 0;
        for (i, t) in tokens.iter().enumerate() {
            let lower = facts::lower(t.text(&text));
            for class in classes {
                let expected = people.lower_is(&lower, class);
                match scan.is(i, class) {
                    Some(got) => {
                        told += 1;
                        assert_eq!(got, expected, "{:?} {class:?}", t.text(&text));
                    }
                    None => assert!(!t.text(&text).is_ascii() || lower.contains('\'')),
                }
            }
        }
        assert!(told > 1000, "{told}");
    }

    /// Runs `f` on the people recogniser's reading of `text` as extractor `ex` builds it,
    /// with no token taken by another recogniser, marked as no name or after an
    /// administrative prefix.
    fn with_doc<R>(ex: &crate::Extractor, text: &str, f: impl FnOnce(&Doc<'_>) -> R) -> R {
        let (tokenizer, gazetteer, people, ..) = ex.parts();
        let tokens = tokenizer.analyze(text).tokens;
        let scan = gazetteer.scan(text, &tokens);
        let none = vec![false; tokens.len()];
        let marks = TokenMarks {
            taken: &none,
            not_name: &none,
            admin_prefix: &none,
        };
        f(&Doc::new(
            people,
            text,
            &tokens,
            &scan,
            marks,
            Buffers::default(),
        ))
    }

    #[test]
    fn grades_kings_titles_and_short_forms_in_brackets() {
        let ex = crate::Extractor::builder().build().unwrap();
        let text = "Peneliti Ahli Madya BRIN hadir. Sultan Ternate dan Sultan Bachtiar datang. \
                    Dinas Kebudayaan (Kundha Kabudayan) Gunungkidul dan (Budi Santoso) ikut.";
        with_doc(&ex, text, |doc| {
            let all = |w: &str| -> Vec<usize> {
                (0..doc.tokens.len()).filter(|&i| doc.tok(i) == w).collect()
            };
            let at = |w: &str| all(w)[0];
            // The grade after a functional position is the title's.
            assert_eq!(doc.grade_from(at("Ahli")), Some(at("Madya") + 1));
            assert_eq!(doc.grade_from(at("BRIN")), None);
            let occ = doc.titles.iter().find(|o| o.title_start == at("Peneliti"));
            assert_eq!(occ.map(|o| o.end), Some(at("Madya") + 1));
            // Sultan is a title before its kingdom's place, a name word before a name.
            let sultan = all("Sultan");
            assert!(sultan.iter().all(|&i| doc.title_needs_place(i)));
            assert!(!doc.is_name_token(sultan[0]));
            assert!(doc.is_name_token(sultan[1]));
            // Another name of a body before its place is its short form; names of people
            // in brackets are none.
            let open = all("(");
            assert_eq!(doc.bracketed_acronym(open[0]), Some(all(")")[0] + 1));
            assert_eq!(doc.bracketed_acronym(open[1]), None);
        });
    }

    #[test]
    fn name_abbreviations_are_read_off_their_bare_forms() {
        let ex = crate::Extractor::builder().build().unwrap();
        let text = "Hadir R.A. Denni, Muh. Arif, MUH. Yusuf, Dt. Rajo, Tb. Hasan, Kab. Bogor, \
                    Jl. Merdeka, S.H. dan Kec. Kota serta É. Lamy.";
        with_doc(&ex, text, |doc| {
            // The reading before the capitals' lower-case forms were read: the bare form
            // lower-cased anew, initials split at their periods.
            let expected = |i: usize| {
                let t = doc.tok(i);
                let Some(bare) = t.strip_suffix('.') else {
                    return false;
                };
                let nobility = || {
                    doc.rec
                        .honorifics
                        .get(t)
                        .is_some_and(|h| h.kind == HonorificKind::Nobility)
                };
                if bare.len() >= 3
                    && bare
                        .split('.')
                        .all(|p| p.len() == 1 && p.bytes().all(|b| b.is_ascii_uppercase()))
                {
                    return !doc.is_degree_text(t)
                        && (doc.rec.honorifics.get(t).is_none() || nobility());
                }
                if !doc.is_capitalised(i)
                    || bare.is_empty()
                    || !bare.chars().all(char::is_alphabetic)
                {
                    return false;
                }
                doc.rec.given_names.contains(&facts::lower(bare)) || nobility()
            };
            let mut told = Vec::new();
            for i in 0..doc.tokens.len() {
                assert_eq!(doc.is_name_abbreviation(i), expected(i), "{}", doc.tok(i));
                if doc.is_name_abbreviation(i) {
                    told.push(doc.tok(i));
                }
            }
            assert_eq!(told, ["R.A.", "Muh.", "MUH.", "Dt.", "Tb."]);
        });
    }

    #[test]
    fn prefix_ends_and_particles_agree_with_their_definitions() {
        let ex = crate::Extractor::builder().build().unwrap();
        let people = ex.parts().2;
        let text = "Kata Bapak H. Budi bin Ahmad kepada Kombes Pol Arif Wibowo, Ibu Siti van \
                    Dijk dan Dr. Rina binti Yusuf. Van Basten datang. BIN";
        with_doc(&ex, text, |doc| {
            let n = doc.tokens.len();
            let mut ends = 0;
            for i in 0..=n {
                let expected = (1..=PREFIX_END_REACH)
                    .any(|b| i >= b && (doc.honorific_end[i - b] == i || doc.rank_end[i - b] == i));
                assert_eq!(doc.prefix_ends_at(i), expected, "{i}");
                ends += usize::from(expected);
            }
            assert!(ends >= 3, "{ends}");
            let particles: Vec<&str> = (0..n)
                .filter(|&k| {
                    let expected = people.is_particle(doc.tok(k));
                    assert_eq!(doc.is_particle_at(k), expected, "{}", doc.tok(k));
                    expected
                })
                .map(|k| doc.tok(k))
                .collect();
            assert_eq!(particles, ["bin", "van", "binti"]);
        });
    }

    #[test]
    fn evidence_is_looked_for_only_where_a_rule_may_find_it() {
        let ex = crate::Extractor::builder().build().unwrap();
        let text = "Rapat di Kantor Camat Sukamaju dihadiri warga Desa Sukamaju. Kata Budi \
                    Santoso, warga Desa Sukamaju, Rina Wati (45) dan Agus Salim mengatakan hal \
                    itu kepada Ibu Siti. Pewarta: Dedi Kurniawan\nTim Penggerak PKK, Andi \
                    Saputra, S.H., diserahkan oleh Joko Widodo yang akrab disapa Jokowi. \
                    Pelatih kepala Yosef Kambu, Nurul Akmal, mengaku senang di Jayapura.";
        with_doc(&ex, text, |doc| {
            let n = doc.tokens.len();
            let (mut kept, mut let_go) = (Vec::new(), 0);
            for s in 0..n {
                for e in s + 1..=(s + MAX_NAME_WORDS).min(n) {
                    if !doc.is_name_token(e - 1) {
                        break;
                    }
                    let run = s..e;
                    for prefixed in [false, true] {
                        if doc.may_have_evidence(&run, prefixed) {
                            // (Every run after an honorific or a rank is read.)
                            if !prefixed {
                                kept.push(doc.slice(&run));
                            }
                            continue;
                        }
                        let_go += 1;
                        assert!(!doc.person_evidence(&run, prefixed), "{}", doc.slice(&run));
                        for before in [s.checked_sub(1), s.checked_sub(2)] {
                            assert!(!doc.coordinated_with(&run, before), "{}", doc.slice(&run));
                        }
                    }
                }
            }
            for name in [
                "Budi Santoso",
                "Rina Wati",
                "Agus Salim",
                "Dedi Kurniawan",
                "Andi Saputra",
                "Joko Widodo",
                "Yosef Kambu",
                "Nurul Akmal",
            ] {
                assert!(kept.contains(&name), "{name}: {kept:?}");
            }
            assert!(!kept.contains(&"Jayapura"), "{kept:?}");
            assert!(let_go >= 10, "{let_go}");
        });
    }

    #[test]
    fn plain_words_are_told_degrees_as_their_chunks_are() {
        let ex = crate::Extractor::builder().build().unwrap();
        let text = "Budi Santoso Ners, Rina MSi, Joko S.Sos.M.AP dan Ani SH MH Kes Ners-ku Se \
                    Dewi Se, Sp.PD Ners";
        with_doc(&ex, text, |doc| {
            let mut degrees = Vec::new();
            for i in 0..doc.tokens.len() {
                let read = doc.read_degree_chunk(i);
                assert_eq!(doc.degree_chunk(i), read, "{}", doc.tok(i));
                if read {
                    degrees.push(doc.tok(i));
                }
            }
            assert!(
                degrees.contains(&"Ners") && degrees.contains(&"MSi"),
                "{degrees:?}"
            );
            assert!(
                !degrees.contains(&"Budi") && !degrees.contains(&"Santoso"),
                "{degrees:?}"
            );
        });
    }

    #[test]
    fn common_words_agree_with_the_lexicons() {
        let ex = crate::Extractor::builder().build().unwrap();
        let people = ex.parts().2;
        let mut text = String::from(
            "Dan di Kota Budi DAN Yang yang membangun Pembangunan sumberdaya Santoso ÉCOLE ",
        );
        for w in people
            .stopwords
            .iter()
            .chain(people.given_names.iter().take(300))
        {
            text.push_str(&format!("{w} {} ", w.to_uppercase()));
        }
        with_doc(&ex, &text, |doc| {
            let mut common = 0;
            for i in 0..doc.tokens.len() {
                let expected = people.is_common_lower(&facts::lower(doc.tok(i)));
                assert_eq!(doc.is_common_word(i), expected, "{}", doc.tok(i));
                common += usize::from(expected);
            }
            assert!(common > 100 && common < doc.tokens.len(), "{common}");
        });
    }

    #[test]
    fn solid_compounds_are_common_words_and_names_in_uddin_are_not() {
        let ex = crate::Extractor::builder().build().unwrap();
        let people = ex.parts().2;
        assert!(people.is_common_lower("sumberdaya"));
        for name in ["sabarudin", "sabaruddin", "firmansyah", "irwansyah"] {
            assert!(!people.is_common_lower(name), "{name}");
        }
    }

    #[test]
    fn key_shapes_pass_every_key_and_stop_others() {
        let degrees = Degrees::builtin().unwrap();
        let shape = KeyShape::new(degrees.iter().map(|d| abbreviation_key(&d.form, false)));
        for d in degrees.iter() {
            let f = &d.form;
            for w in [
                f.clone(),
                f.to_uppercase(),
                f.to_lowercase(),
                format!("{f}."),
                f.replace('.', ""),
            ] {
                assert!(shape.may_match(&w), "{w}");
            }
        }
        assert!(!shape.may_match("Gunawan") && !shape.may_match("Rahmawati"));
        assert!(!shape.may_match("Sumarsono"), "longer than any key");
        assert!(shape.may_match("É") && shape.may_match("") && shape.may_match("S.Sos"));
        // Whatever it stops, the lexicon does not hold.
        let words = "Budi Santoso Hj Wati Eko Gunawan Tri Yuli Ketua SH MH SE MM Ners Apt dr drg";
        for w in words.split(' ') {
            assert!(shape.may_match(w) || degrees.get(w).is_none(), "{w}");
        }
    }

    #[test]
    fn keys_name_accepts_parts_and_nicknames() {
        let name = ["yadi", "robyan", "noor"];
        assert!(keys_name(["roby"].into_iter(), &name));
        assert!(keys_name(["yadi", "noor"].into_iter(), &name));
        assert!(!keys_name(["rob"].into_iter(), &name));
        assert!(!keys_name(["budi"].into_iter(), &name));
        assert!(!keys_name([].into_iter(), &name));
    }

    #[test]
    fn referred_back_allows_one_sentence_end_and_its_first_word() {
        assert!(referred_back(". Tokoh yang akrab disapa "));
        assert!(referred_back(" di balai desa. Pria yang biasa dipanggil "));
        assert!(!referred_back(" Dalam. Tokoh yang akrab disapa "));
        assert!(!referred_back(". Menurut Yohanes yang akrab disapa "));
        assert!(!referred_back(". Ia hadir. Tokoh yang akrab disapa "));
        assert!(!referred_back(".\nTokoh yang akrab disapa "));
        assert!(!referred_back(" yang akrab disapa "));
    }

    #[test]
    fn count_newlines_counts_every_line_feed() {
        for n in [0, 1, 254, 255, 256, 600] {
            let text: String = (0..n)
                .map(|i| if i % 3 == 0 { "é\n" } else { "\n" })
                .collect();
            assert_eq!(count_newlines(&text), n, "{n}");
            let words = format!("kata{text}akhir");
            assert_eq!(count_newlines(&words), words.matches('\n').count());
        }
        assert_eq!(count_newlines(&"\n".repeat(1000)), 1000);
    }

    #[test]
    fn same_folded_key_agrees_with_abbreviation_keys() {
        let forms = [
            "H.", "h", "K.H.", "KH", "kh.", "Dr.", "dr", "(Pj)", "Pj", "a b", "a\u{b}b", "ab",
            "Ba-pak", "bapak", "Bapa", "É.", "é", "", ".",
        ];
        for a in forms {
            for b in forms {
                let keys = abbreviation_key(a, false) == abbreviation_key(b, false);
                let ascii = a.is_ascii() && b.is_ascii();
                assert_eq!(same_folded_key(a, b), ascii && keys, "{a:?} {b:?}");
            }
        }
    }

    #[test]
    fn same_key_ignores_apostrophes_and_case() {
        assert!(same_key("Dawa’i", "DAWAI"));
        assert!(!same_key("Dawai", "Dawam"));
    }
}
