//! The extractor: built once from lexicons, then cheap to call from many threads.

use std::cell::Cell;
use std::path::Path;

use crate::document::{
    Document, Entity, EntityData, Mention, ReferenceDate, ReferenceDateSource, TextLength,
};
use crate::error::{Error, Result};
use crate::lexicon::acronyms::{AcronymContext, AcronymStoplist, Acronyms};
use crate::lexicon::organizations::{Institutions, OrgPatterns, RegionalBodies};
use crate::lexicon::places::{RegionAliases, Regions};
use crate::lexicon::{LexiconKind, LexiconText};
use crate::recognize::acronym::view::{DocView, Readers};
use crate::recognize::acronym::{AcronymLexicons, AcronymRecognizer};
use crate::recognize::date::{DateAnalysis, DateRecognizer};
use crate::recognize::gazetteer::{Gazetteer, GazetteerBuilder};
use crate::recognize::organization::OrgRecognizer;
use crate::recognize::people::{PeopleLexicons, PeopleRecognizer, TokenMarks};
use crate::recognize::place::{PlaceLexicons, PlaceRecognizer};
use crate::text::{Analysis, Span, Tokenizer};
use crate::topics::{KeyphraseExtractor, NameWords, Stemmer, Stopwords, TopicScorer, WordReader};

/// Configures and builds an [`Extractor`]. Obtain one with [`Extractor::builder`].
#[derive(Clone, Debug)]
pub struct ExtractorBuilder {
    reference_date: Option<String>,
    tokens: bool,
    villages: bool,
    topics: bool,
    keyphrases: bool,
    dates: bool,
    lexicons: Vec<(LexiconKind, LexiconChange)>,
}

impl Default for ExtractorBuilder {
    fn default() -> Self {
        ExtractorBuilder {
            reference_date: None,
            tokens: false,
            villages: true,
            topics: true,
            keyphrases: true,
            dates: true,
            lexicons: Vec::new(),
        }
    }
}

#[derive(Clone, Debug)]
enum LexiconChange {
    Extend(LexiconText),
    Replace(LexiconText),
}

impl ExtractorBuilder {
    /// The reference date (`YYYY-MM-DD`) for every document this extractor reads, unless a
    /// call to [`Extractor::extract_with`] gives another. Without one, each document's is
    /// inferred from its own text where possible.
    pub fn reference_date(mut self, date: &str) -> Self {
        self.reference_date = Some(date.to_string());
        self
    }

    /// Whether [`Document::tokens`] is filled (off by default).
    pub fn tokens(mut self, yes: bool) -> Self {
        self.tokens = yes;
        self
    }

    /// Whether the village lexicon (83,762 desa and kelurahan) is loaded (on by default).
    /// With it, a village named after `Desa`/`Kelurahan`/`Kampung` or in an address gets its
    /// code when the document says which of its namesakes it is, and a village named bare
    /// counts when the document names its district or regency (and, for a name that is an
    /// ordinary word, a locative word stands before it). Turning it off makes
    /// [`build`](Self::build) faster (the lexicon is about half of its work) and the
    /// extractor smaller (by about 3 MB).
    pub fn villages(mut self, yes: bool) -> Self {
        self.villages = yes;
        self
    }

    /// Whether [`Document::topics`] is filled (on by default). The taxonomy is
    /// [`LexiconKind::Topics`], matched on stems ([`LexiconKind::Roots`]) without
    /// [`LexiconKind::Stopwords`].
    pub fn topics(mut self, yes: bool) -> Self {
        self.topics = yes;
        self
    }

    /// Whether [`Document::keyphrases`] is filled (on by default).
    pub fn keyphrases(mut self, yes: bool) -> Self {
        self.keyphrases = yes;
        self
    }

    /// Whether date and time entities are recognised (on by default). Without them a reference
    /// date is still reported when the caller gives one, but never inferred from the text.
    pub fn dates(mut self, yes: bool) -> Self {
        self.dates = yes;
        self
    }

    /// Adds the entries of `lexicon` to the built-in lexicon of `kind`.
    pub fn extend_lexicon(mut self, kind: LexiconKind, lexicon: LexiconText) -> Self {
        self.lexicons.push((kind, LexiconChange::Extend(lexicon)));
        self
    }

    /// Uses `lexicon` instead of the built-in lexicon of `kind`.
    pub fn replace_lexicon(mut self, kind: LexiconKind, lexicon: LexiconText) -> Self {
        self.lexicons.push((kind, LexiconChange::Replace(lexicon)));
        self
    }

    /// Like [`extend_lexicon`](Self::extend_lexicon) with a file read now.
    pub fn extend_lexicon_file(self, kind: LexiconKind, path: impl AsRef<Path>) -> Result<Self> {
        Ok(self.extend_lexicon(kind, LexiconText::from_file(path)?))
    }

    /// Like [`replace_lexicon`](Self::replace_lexicon) with a file read now.
    pub fn replace_lexicon_file(self, kind: LexiconKind, path: impl AsRef<Path>) -> Result<Self> {
        Ok(self.replace_lexicon(kind, LexiconText::from_file(path)?))
    }

    /// The lexicon texts of `kind`: the built-in one unless replaced, then the extensions.
    fn lexicon_texts(&self, kind: LexiconKind) -> Vec<LexiconText> {
        let mut texts = vec![LexiconText::builtin(kind)];
        for (k, change) in &self.lexicons {
            if *k != kind {
                continue;
            }
            match change {
                LexiconChange::Extend(t) => texts.push(t.clone()),
                LexiconChange::Replace(t) => {
                    texts.clear();
                    texts.push(t.clone());
                }
            }
        }
        texts
    }

    /// Compiles the lexicons into an [`Extractor`]. Fails on a malformed lexicon line (with
    /// its file and line) or a malformed reference date.
    pub fn build(self) -> Result<Extractor> {
        let reference_date = self.reference_date.as_deref().map(parse_date).transpose()?;
        let tokenizer = Tokenizer::from_lexicons(&self.lexicon_texts(LexiconKind::Abbreviations))?;
        // Regions and their aliases are read once, for the places and the acronyms.
        let place_lexicons = PlaceLexicons {
            regions: self.lexicon_texts(LexiconKind::Regions),
            aliases: [
                self.lexicon_texts(LexiconKind::RegionAliases),
                self.lexicon_texts(LexiconKind::RegionAliasesCurated),
            ]
            .concat(),
            countries: self.lexicon_texts(LexiconKind::Countries),
            geo: self.lexicon_texts(LexiconKind::GeoNames),
            ambiguity: self.lexicon_texts(LexiconKind::PlaceAmbiguity),
            context: self.lexicon_texts(LexiconKind::PlaceContext),
            villages: self
                .villages
                .then(|| self.lexicon_texts(LexiconKind::Villages)),
        };
        let regions = Regions::load(&place_lexicons.regions)?;
        let aliases = RegionAliases::load(&place_lexicons.aliases, &regions)?;
        let places = PlaceRecognizer::with_regions(&place_lexicons, &regions, &aliases)?;
        let people = PeopleRecognizer::new(&PeopleLexicons {
            titles: &self.lexicon_texts(LexiconKind::Titles),
            modifiers: &self.lexicon_texts(LexiconKind::TitleModifiers),
            honorifics: &self.lexicon_texts(LexiconKind::Honorifics),
            degrees: &self.lexicon_texts(LexiconKind::Degrees),
            ranks: &self.lexicon_texts(LexiconKind::Ranks),
            given_names: &self.lexicon_texts(LexiconKind::GivenNames),
            person_cues: &self.lexicon_texts(LexiconKind::PersonCues),
            words: &self.lexicon_texts(LexiconKind::Words),
            roots: &self.lexicon_texts(LexiconKind::Roots),
            stopwords: &self.lexicon_texts(LexiconKind::Stopwords),
        })?;
        let patterns = OrgPatterns::load(&self.lexicon_texts(LexiconKind::OrgPatterns))?;
        let institutions = Institutions::load(&self.lexicon_texts(LexiconKind::Institutions))?;
        let regional = RegionalBodies::load(&self.lexicon_texts(LexiconKind::RegionalBodies))?;
        let acronyms = {
            AcronymRecognizer::new(
                AcronymLexicons {
                    acronyms: &Acronyms::load(&self.lexicon_texts(LexiconKind::Acronyms))?,
                    stoplist: AcronymStoplist::load(
                        &self.lexicon_texts(LexiconKind::AcronymStoplist),
                    )?,
                    context: AcronymContext::load(
                        &self.lexicon_texts(LexiconKind::AcronymContext),
                    )?,
                    regional: &regional,
                    institutions: &institutions,
                    patterns: &patterns,
                    regions: &regions,
                    aliases: &aliases,
                },
                &people,
            )?
        };
        let orgs = OrgRecognizer::new(&patterns, &institutions, &regional);
        let mut dates = DateRecognizer::from_lexicons(&self.lexicon_texts(LexiconKind::Dates))?;
        let mut gazetteer = GazetteerBuilder::new(&tokenizer);
        dates.register(&mut gazetteer);
        people.register(&mut gazetteer);
        places.register(&mut gazetteer);
        acronyms.register(&mut gazetteer, &tokenizer);
        orgs.register(&mut gazetteer);
        let gazetteer = gazetteer.build()?;
        let topics = self.topic_models()?;
        Ok(Extractor {
            topics,
            gazetteer,
            places,
            tokenizer,
            dates,
            dates_on: self.dates,
            people,
            acronyms,
            orgs,
            reference_date,
            tokens: self.tokens,
        })
    }
}

impl ExtractorBuilder {
    /// The topic scorer and keyphrase extractor asked for, and the word reader for both
    /// (one stemmer and stopword list).
    fn topic_models(&self) -> Result<TopicModels> {
        if !self.topics && !self.keyphrases {
            return Ok(None);
        }
        let stemmer = Stemmer::from_lexicons(&self.lexicon_texts(LexiconKind::Roots))?;
        let stopwords = Stopwords::from_lexicons(&self.lexicon_texts(LexiconKind::Stopwords))?;
        let topics = self
            .topics
            .then(|| {
                TopicScorer::new(
                    &self.lexicon_texts(LexiconKind::Topics),
                    stemmer.clone(),
                    stopwords.clone(),
                )
            })
            .transpose()?;
        let keyphrases = self
            .keyphrases
            .then(|| {
                let names = NameWords::from_lexicons(|kind| self.lexicon_texts(kind))?;
                Ok::<_, crate::error::Error>(
                    KeyphraseExtractor::new(stemmer.clone(), stopwords.clone()).name_words(names),
                )
            })
            .transpose()?;
        let mut reader = WordReader::new(stemmer, stopwords);
        if let Some(scorer) = &topics {
            reader = reader.for_topics(scorer);
        }
        if let Some(k) = &keyphrases {
            reader = reader.for_names(k.names());
        }
        Ok(Some((reader, topics, keyphrases)))
    }
}

/// The word reader, topic scorer and keyphrase extractor of an [`Extractor`]; `None` when
/// neither topics nor key phrases are asked for.
type TopicModels = Option<(WordReader, Option<TopicScorer>, Option<KeyphraseExtractor>)>;

#[cfg(test)]
impl Extractor {
    /// The compiled parts, for the recognisers' unit tests.
    pub(crate) fn parts(
        &self,
    ) -> (
        &Tokenizer,
        &Gazetteer,
        &PeopleRecognizer,
        &PlaceRecognizer,
        &AcronymRecognizer,
        &OrgRecognizer,
    ) {
        (
            &self.tokenizer,
            &self.gazetteer,
            &self.people,
            &self.places,
            &self.acronyms,
            &self.orgs,
        )
    }
}

/// Parses a `YYYY-MM-DD` date.
pub fn parse_date(s: &str) -> Result<jiff::civil::Date> {
    let bad = || Error::InvalidArgument(format!("`{s}` is not a date of the form YYYY-MM-DD"));
    if s.len() != 10 || s.as_bytes()[4] != b'-' || s.as_bytes()[7] != b'-' {
        return Err(bad());
    }
    s.parse::<jiff::civil::Date>().map_err(|_| bad())
}

/// Most spans the span buffers keep from one text to the next.
const KEEP_SPANS: usize = 1 << 10;
/// Most entities the entity buffer keeps from one text to the next.
const KEEP_ENTITIES: usize = 1 << 8;
/// Most tokens the token buffer keeps from one text to the next (a long article's).
const KEEP_TOKENS: usize = 1 << 13;

thread_local! {
    /// This thread's buffers, reused from one text to the next.
    static BUFFERS: Cell<Buffers> = Cell::new(Buffers::default());
}

/// The lists [`Extractor::extract_with`] makes for one text besides the document's own, kept
/// with their memory from one text to the next.
#[derive(Default)]
struct Buffers {
    /// The tokens and sentences.
    analysis: Analysis,
    /// The spans of the dates and of the places' mentions, in text order.
    date_spans: Vec<Span>,
    place_spans: Vec<Span>,
    /// The places, organisations, acronyms and dates, before they join the document's
    /// entities.
    named: Vec<Entity>,
    /// The spans of the officials' and persons' mentions, sorted.
    names: Vec<Span>,
}

/// Reads Indonesian news text into a [`Document`].
///
/// Immutable once built, `Send + Sync`: share one behind an `Arc` or a `static` and call
/// [`extract`](Self::extract) from as many threads as you like.
#[derive(Clone, Debug)]
pub struct Extractor {
    tokenizer: Tokenizer,
    gazetteer: Gazetteer,
    dates: DateRecognizer,
    dates_on: bool,
    people: PeopleRecognizer,
    places: PlaceRecognizer,
    topics: TopicModels,
    acronyms: AcronymRecognizer,
    orgs: OrgRecognizer,
    reference_date: Option<jiff::civil::Date>,
    tokens: bool,
}

impl Extractor {
    /// A builder with the built-in lexicons.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder::default()
    }

    /// The tokenizer and sentence splitter this extractor uses.
    pub fn tokenizer(&self) -> &Tokenizer {
        &self.tokenizer
    }

    /// Reads `text` with the builder's reference date (or one inferred from the text).
    pub fn extract(&self, text: &str) -> Document {
        self.extract_with(text, self.reference_date)
    }

    /// Reads `text` with the given reference date; `None` means infer it from the text.
    pub fn extract_with(&self, text: &str, reference_date: Option<jiff::civil::Date>) -> Document {
        // This thread's buffers: the tokens and sentences, the spans of the dates and of the
        // places' mentions (in text order), and the places, organisations and acronyms.
        let Buffers {
            mut analysis,
            mut date_spans,
            mut place_spans,
            mut named,
            mut names,
        } = BUFFERS.take();
        self.tokenizer.analyze_into(text, &mut analysis);
        let scan = self.gazetteer.scan(text, &analysis.tokens);
        let dates = if self.dates_on {
            self.dates
                .analyze_scan(text, &analysis.tokens, &scan, reference_date)
        } else {
            DateAnalysis {
                matches: Vec::new(),
                reference: reference_date,
                inferred_from: None,
            }
        };
        let reference_date = dates.reference.map(|d| ReferenceDate {
            date: d.to_string(),
            source: match dates.inferred_from {
                Some(_) => ReferenceDateSource::Document,
                None => ReferenceDateSource::Caller,
            },
            span: dates.inferred_from,
        });
        date_spans.clear();
        date_spans.extend(dates.matches.iter().map(|m| m.span));
        named.clear();
        self.places.recognize(
            text,
            &analysis.tokens,
            &analysis.sentences,
            &scan,
            &mut named,
        );
        // A place inside a date is the date's (`Hari Raya Kuningan`; `date_spans` are the
        // matches' spans, in their order).
        crate::resolve::drop_places_inside_dates(&mut named, &date_spans, |k| {
            dates.matches[k].in_context
        });
        place_spans.clear();
        place_spans.extend(named.iter().flat_map(|e| e.mentions.iter().map(|m| m.span)));
        place_spans.sort_unstable_by_key(|s| s.start);
        let readers = Readers {
            table: self.acronyms.table(),
            people: &self.people,
            orgs: &self.orgs,
            places: &self.places,
        };
        let mut view = DocView::new(
            text,
            &analysis.tokens,
            &scan,
            &readers,
            &date_spans,
            place_spans.iter().copied(),
        );
        let not_name = self.acronyms.not_name(&view, &self.people);
        let people = self.people.recognize(
            text,
            &analysis.tokens,
            &analysis.sentences,
            &scan,
            TokenMarks {
                taken: &view.taken,
                not_name: &not_name,
                admin_prefix: &view.admin_prefix,
            },
        );
        // A place read up to the end of its run of capitals gives the name after it back.
        crate::resolve::name_spans(&people, &mut names);
        crate::resolve::cut_places_at_names(text, &mut named, &names);
        view.set_names(
            people
                .iter()
                .flat_map(|e| e.mentions.iter().map(|m| m.span)),
        );
        // A surname that is also a district's name is the name's.
        crate::resolve::drop_places_inside_names(&mut named, &names);
        let links = self
            .orgs
            .recognize(&view, &self.people, self.acronyms.table(), &mut named);
        self.acronyms
            .recognize(&view, &self.people, &links, &mut named);
        // The view gives its buffers back to this thread for the next document.
        drop(view);
        named.reserve(dates.matches.len());
        for m in dates.matches {
            let mention = Mention {
                text: text[m.span.range()].to_string(),
                span: m.span,
            };
            named.push(Entity {
                data: EntityData::Date(m.value),
                text: mention.text.clone(),
                span: m.span,
                mentions: vec![mention],
            });
        }
        let (topics, keyphrases) = self.topics_and_keyphrases(text, &analysis);
        let doc = Document {
            length: TextLength {
                bytes: text.len(),
                chars: analysis
                    .tokens
                    .last()
                    .map(|t| t.span.char_end + text[t.span.end..].chars().count())
                    .unwrap_or_else(|| text.chars().count()),
            },
            reference_date,
            sentences: analysis.sentences.iter().map(|s| s.span).collect(),
            tokens: self.tokens.then(|| std::mem::take(&mut analysis.tokens)),
            entities: crate::resolve::assemble(people, &mut named),
            topics,
            keyphrases,
        };
        // Buffers a long text grew are let go.
        if analysis.tokens.capacity() <= KEEP_TOKENS
            && date_spans.capacity().max(place_spans.capacity()) <= KEEP_SPANS
            && named.capacity() <= KEEP_ENTITIES
            && names.capacity() <= KEEP_SPANS
        {
            BUFFERS.set(Buffers {
                analysis,
                date_spans,
                place_spans,
                named,
                names,
            });
        }
        doc
    }

    /// Topics and key phrases of `text`, each empty when switched off.
    fn topics_and_keyphrases(
        &self,
        text: &str,
        analysis: &crate::text::Analysis,
    ) -> (Vec<crate::document::Topic>, Vec<crate::document::Keyphrase>) {
        let Some((reader, topics, keyphrases)) = &self.topics else {
            return (Vec::new(), Vec::new());
        };
        let words = reader.read(text, analysis);
        (
            topics.as_ref().map_or_else(Vec::new, |t| t.score(&words)),
            keyphrases
                .as_ref()
                .map_or_else(Vec::new, |k| k.extract(&words)),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extractor_is_send_and_sync() {
        fn check<T: Send + Sync>() {}
        check::<Extractor>();
    }

    #[test]
    fn bad_reference_date_is_an_error() {
        let err = Extractor::builder()
            .reference_date("17/6/2021")
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
        assert!(Extractor::builder()
            .reference_date("2021-02-30")
            .build()
            .is_err());
    }

    #[test]
    fn caller_reference_date_is_reported() {
        let ex = Extractor::builder()
            .reference_date("2021-06-17")
            .build()
            .unwrap();
        let doc = ex.extract("Halo.");
        let rd = doc.reference_date.unwrap();
        assert_eq!(rd.date, "2021-06-17");
        assert_eq!(rd.source, ReferenceDateSource::Caller);
    }

    #[test]
    fn length_counts_bytes_and_chars() {
        let ex = Extractor::builder().build().unwrap();
        let doc = ex.extract("Sa’bani tiba. ");
        assert_eq!(doc.length.bytes, 16);
        assert_eq!(doc.length.chars, 14);
    }
}
