//! The place recogniser: provinces, regencies, cities, districts, villages, countries,
//! islands, seas, rivers and mountains, with Kemendagri codes where the place has one.
//!
//! # Candidates
//!
//! The recogniser reads the shared [`Scan`]: every lexicon surface form of a region, region
//! alias, country or geographic name (regions above the district, countries and geographic
//! names also as `se-Kaltim`), and every context word of `place_context.tsv`. It adds names
//! that no lexicon has when the text says they are places: a capitalised name after a
//! district or village word (`Desa Sukamaju`, `kelurahan Karang Anyar`; not a programme,
//! `Kampung KB`), after a feature word (`Pantai Ketapang`, `Gunung Merah`), and the first
//! name of the dateline (`Tana Paser –`); a name so introduced counts again where the text
//! repeats it.
//!
//! # Acceptance
//!
//! * Case: a name must be capitalised as the lexicon writes it (`NTB`, `Kalimantan Timur`);
//!   all-caps text (datelines, headlines) passes. A lexicon name on a lower-case word is not
//!   a place; a name miscased after its first word (`Aceh timur`) counts only if the text
//!   also writes it well, and hides its head (`Aceh`) either way.
//! * Ambiguity: a name flagged as a common word or phrase or an abbreviation needs context: an
//!   administrative prefix (`Kabupaten Batang`), a title (`Bupati Batang`), the dateline, a
//!   locative word outside a headline before a name that ends there (`di Batang,`), the
//!   context of the list it is in (`ke Bitung, Biak, dan Tual`), or a prefixed mention of the
//!   same name elsewhere. A name flagged as a personal name needs a prefix or the dateline.
//!   After a street, vessel, language or people word (`Jalan Ahmad Yani`, `KRI Bontang`,
//!   `bahasa Inggris`) a name is not a place; nor is a state's formal name (`Republik
//!   Indonesia`, `RI`), which also hides the country inside it, nor the country's own name
//!   ending a national body's name (`Bank Indonesia`, `PT Pos Indonesia`).
//! * Districts and villages: district names repeat and double as village, person and company
//!   names, so a district named with no context counts only when the document names a region
//!   above it (its regency or province; its regency when the name opens a sentence or follows
//!   another capitalised word), and not when a capitalised word follows (`Sebulu Ilir`). A
//!   village from the optional village lexicon counts after its prefix or when the document
//!   names its district.
//! * Overlaps: the longest candidate wins (`Kalimantan Timur` over `Kalimantan` and `Timur`;
//!   `Jakarta Pusat` over `Jakarta`); a place inside an organisation's or an official's name
//!   still counts (`Dinas Kesehatan Kaltim`, `Wali Kota Balikpapan`).
//!
//! # Readings
//!
//! A prefix or a title picks the level (`Kota Bogor` 32.71, `Kabupaten Bogor` 32.01,
//! `Bupati Bogor` 32.01); list items share it (`Kota Bogor, Depok dan Bekasi`) unless the list
//! climbs an address (`kecamatan Sumberjaya, Majalengka`). A bare name takes the reading a
//! prefixed mention of the same name settled; else a region over an island or country of the
//! same name (`Maluku`); else the reading the document's other places support best (a
//! district whose regency is named), then the highest level (a city over its homonymous
//! districts). When several regions remain equally good the code is null and they are listed
//! as candidates.
//!
//! # Output
//!
//! One entity per surface form read alike: mentions written alike (case, spacing) with the
//! same code are one entity ([`one_per_form`](crate::resolve::one_per_form)). A mention's text
//! and span cover the name as written, without the administrative prefix
//! (`Kota Balikpapan` gives `Balikpapan`, `se-Kaltim` gives `Kaltim`); a feature word that is
//! part of the name stays (`Pantai Ketapang`, `Pulau Jawa`). A town that is not a region
//! itself (`Purwokerto`) keeps its own name, with the code of the regency it lies in and no
//! level. Countries and geographic names have no Kemendagri code.

mod candidates;
mod context;
pub(crate) use context::PLACE_CONTEXT_COLUMNS;
mod reading;
mod senses;
mod villages;

use std::cell::Cell;
use std::ops::Range;

use crate::document::{Entity, PlaceLevel};
use crate::error::Result;
use crate::lexicon::geography::{Countries, GeoNames};
use crate::lexicon::places::{AmbiguousWords, RegionAliases, Regions, VillageTable};
use crate::lexicon::LexiconText;
use crate::recognize::gazetteer::{Entry, GazetteerBuilder, Scan};
use crate::text::hash::{FoldHashMap, FoldHashSet};
use crate::text::{facts, Sentence, Token};

use context::{Layout, PlaceWords, Role};
use senses::{Lexicons, Senses};

/// The texts of the place lexicons, each the built-in text unless replaced, then extensions.
#[derive(Clone, Debug, Default)]
pub(crate) struct PlaceLexicons {
    /// `regions.tsv`.
    pub regions: Vec<LexiconText>,
    /// `region_aliases.tsv` and `region_aliases_curated.tsv`.
    pub aliases: Vec<LexiconText>,
    /// `countries.tsv`.
    pub countries: Vec<LexiconText>,
    /// `geo_names.tsv`.
    pub geo: Vec<LexiconText>,
    /// `place_ambiguity.tsv`.
    pub ambiguity: Vec<LexiconText>,
    /// `place_context.tsv`.
    pub context: Vec<LexiconText>,
    /// `villages.tsv`, when villages are wanted (off by default).
    pub villages: Option<Vec<LexiconText>>,
}

/// The place recogniser, built once from the lexicons.
#[derive(Clone, Debug)]
pub(crate) struct PlaceRecognizer {
    senses: Senses,
    words: PlaceWords,
    /// The user's word classes (`place_ambiguity.tsv`), for the village names.
    ambiguous: AmbiguousWords,
    /// The villages, when loaded.
    villages: Option<VillageTable>,
}

/// Most capitalised words a name after a prefix or feature word may have.
const MAX_OPEN_NAME: usize = 3;
/// The prefix `se-` (`se-Kaltim`: all over Kaltim).
const SE: &str = "se-";
/// The key of a candidate that is not a dictionary match.
const NO_KEY: usize = usize::MAX;
/// Most candidates listed for an unresolved name (a village name shared by dozens of
/// villages lists none).
const MAX_CANDIDATES: usize = 10;
/// Most tokens of a street's name and number in an address (`Jalan Dr. Soetomo No. 6`).
const MAX_STREET_NAME: usize = 8;
/// How far back a street word may stand before a name (`Jalan Jenderal Ahmad Yani`).
const STREET_REACH: usize = 4;

/// One reading of a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Choice {
    /// A lexicon sense.
    Sense(u32),
    /// A name no lexicon has, of this level if known.
    Open(Option<PlaceLevel>),
}

/// What the words around a name say.
#[derive(Clone, Copy, Debug, Default)]
struct Ctx {
    /// An administrative prefix, with its level.
    prefix: Option<Option<PlaceLevel>>,
    /// A title, with its level.
    title: Option<Option<PlaceLevel>>,
    /// A locative word before a name that ends its run of capitalised words, outside a
    /// headline (`di Batang,` but not `di Balai Kota`).
    locative: bool,
    /// The locative is a facility word (`Bandara`, `Terminal`): a district needs support.
    facility: bool,
    /// In the dateline.
    dateline: bool,
    /// After a name or people word (`Jalan`, `KRI`, `bahasa`), or opening a national
    /// institution's name (`Krakatau Steel`).
    blocked: bool,
    /// Right after a capitalised word that is no context word (`Akbar Tanjung`).
    after_name: bool,
    /// After a place of worship's word and its rank (`Masjid Raya Baiturrahman`): see
    /// `Role::Building`.
    building: bool,
    /// The prefix, title or locative comes from the list item before (`Kota Bogor, Depok`).
    inherited: bool,
    /// Between a street and a known place in an address (`Jalan …, Pasar Baru, Jakarta`).
    address: bool,
}

/// What a kept candidate gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Output {
    /// A place.
    Place,
    /// Nothing, but it hides the shorter names inside it (`Republik Indonesia`).
    Blocker,
    /// A name written in the wrong case after its first word (`Aceh timur`): a place if the
    /// document writes the same name correctly elsewhere, else a blocker.
    Sloppy,
}

/// A place candidate in one text.
#[derive(Clone, Debug)]
struct Candidate {
    /// The name's tokens.
    tokens: Range<usize>,
    /// Its readings, in the document's choice pool.
    choices: Range<usize>,
    /// All lexicon senses of the surface form before any filtering; empty for open names.
    all: Range<usize>,
    /// The dictionary key of the surface form (the same for every mention written alike,
    /// whatever the case), or [`NO_KEY`] for open names.
    key: usize,
    /// Context.
    ctx: Ctx,
    /// For a district or village named with no context: the support it needs from the
    /// document's other places (see [`Doc::support`]); 0 when it needs none.
    needs_support: u8,
    /// True when a prefix or title narrowed the readings.
    narrowed: bool,
    /// What it gives.
    output: Output,
    /// Bytes of the first token before the name (3 for the `se-` of `se-Kaltim`).
    skip: usize,
}

impl PlaceRecognizer {
    /// Loads the lexicons. Fails on a malformed line, naming its source and line. (The
    /// extractor uses [`with_regions`](Self::with_regions) to share the regions.)
    #[cfg(test)]
    pub fn from_lexicons(lex: &PlaceLexicons) -> Result<PlaceRecognizer> {
        let regions = Regions::load(&lex.regions)?;
        let aliases = RegionAliases::load(&lex.aliases, &regions)?;
        PlaceRecognizer::with_regions(lex, &regions, &aliases)
    }

    /// Like [`from_lexicons`](Self::from_lexicons), with the regions and their aliases
    /// already loaded (from `lex.regions` and `lex.aliases`, which are not read again), so a
    /// caller that needs them too loads them once.
    pub(crate) fn with_regions(
        lex: &PlaceLexicons,
        regions: &Regions,
        aliases: &RegionAliases,
    ) -> Result<PlaceRecognizer> {
        let countries = Countries::load(&lex.countries)?;
        let geo = GeoNames::load(&lex.geo, regions)?;
        let ambiguous = AmbiguousWords::load(&lex.ambiguity)?;
        let words = PlaceWords::load(&lex.context)?;
        let villages = match &lex.villages {
            Some(texts) => Some(VillageTable::load(texts, regions)?),
            None => None,
        };
        let senses = Senses::build(Lexicons {
            regions,
            aliases,
            countries: &countries,
            geo: &geo,
            words: &ambiguous,
            context: &words,
        });
        Ok(PlaceRecognizer {
            senses,
            words,
            ambiguous,
            villages,
        })
    }

    /// Registers every place surface form and context word in the shared dictionary.
    ///
    /// Regions above the district level, countries and geographic names are registered with
    /// `se-` too (`se-Kaltim`, `se-Indonesia`: all over the place), and so are prefixes
    /// (`se-Kabupaten Paser`).
    pub fn register(&self, gazetteer: &mut GazetteerBuilder<'_>) {
        // `se-` and the surface form (one buffer for all).
        let mut se = String::from(SE);
        fn with_se<'b>(se: &'b mut String, surface: &str) -> &'b str {
            se.truncate(SE.len());
            se.push_str(surface);
            se
        }
        for (surface, entry) in self.senses.entries() {
            gazetteer.add(surface, entry);
            let wide = self.senses.of(entry).is_some_and(|id| {
                !matches!(
                    self.senses.get(id).level,
                    Some(PlaceLevel::District | PlaceLevel::Village)
                )
            });
            if wide {
                gazetteer.add(with_se(&mut se, surface), entry);
            }
        }
        for (i, w) in self.words.iter().enumerate() {
            match w.role {
                Role::Coordination | Role::National => {}
                Role::Prefix => {
                    gazetteer.add(&w.word, Entry::PlaceWord(i as u32));
                    gazetteer.add(with_se(&mut se, &w.word), Entry::PlaceWord(i as u32));
                }
                _ => gazetteer.add(&w.word, Entry::PlaceWord(i as u32)),
            }
        }
    }

    /// Whether `entry` is an administrative prefix word (`Kabupaten`, `Kab.`, `Desa`), for
    /// the recognisers that read places after prefixes too (organisations).
    pub(crate) fn is_admin_prefix(&self, entry: Entry) -> bool {
        match entry {
            // The index comes from this recogniser's own registration.
            Entry::PlaceWord(i) => self.words.get(i as usize).role == Role::Prefix,
            _ => false,
        }
    }

    /// Appends to `out` the places of `text`, one entity per surface form read alike.
    pub fn recognize(
        &self,
        text: &str,
        tokens: &[Token],
        sentences: &[Sentence],
        scan: &Scan,
        out: &mut Vec<Entity>,
    ) {
        // The buffers of this thread's previous text, taken out while in use: one pointer
        // moved, where moving the buffers themselves in and out (of the thread's cell, into
        // the work and back) copied their kilobyte of list headers several times a text.
        let mut buffers = BUFFERS.take().unwrap_or_default();
        let Buffers {
            layout,
            pool,
            cands,
            scratch,
        } = &mut *buffers;
        // One pass over the shared matches: the context words (the first of each match), and
        // the matches with a place reading.
        let mut words = std::mem::take(&mut scratch.words);
        words.clear();
        let mut named = std::mem::take(&mut scratch.named);
        named.clear();
        scratch.brands.clear();
        for (k, (m, entries)) in scan.matches.iter().enumerate() {
            let mut word = None;
            let mut sense = false;
            let mut brand = false;
            for &e in entries {
                match e {
                    Entry::PlaceWord(w) => {
                        word = word.or(Some(w as u16));
                    }
                    Entry::Institution(_) | Entry::InstitutionAcronym(_) => brand = true,
                    e => sense = sense || self.senses.of(e).is_some(),
                }
            }
            if let Some(w) = word {
                words.push((m.tokens.start, w));
            }
            if sense {
                named.push(k);
            }
            if brand {
                scratch.brands.push(m.tokens.clone());
            }
        }
        // The facts of the tokens the scan read (found here when it read none: a scan made
        // without the gazetteer).
        let mut own_facts = Vec::new();
        let facts = if scan.facts().len() == tokens.len() {
            scan.facts()
        } else {
            facts::fill(text, tokens, &mut own_facts);
            &own_facts
        };
        layout.fill(text, tokens, facts, sentences, words.iter().copied());
        pool.clear();
        cands.clear();
        let mut doc = Doc {
            rec: self,
            text,
            tokens,
            facts,
            scan,
            layout,
            pool,
            cands,
            scratch,
        };
        doc.lexicon_candidates(scan, &named);
        doc.open_candidates();
        doc.dateline_candidate();
        doc.address_candidates();
        doc.accept();
        doc.repeat_open_names();
        let kept = doc.resolve_overlaps();
        doc.entities(&kept, scan, out);
        let scratch = doc.scratch;
        scratch.kept = kept;
        scratch.words = words;
        scratch.named = named;
        // Buffers a long text grew are let go.
        if buffers.pool.capacity() <= KEEP_BUFFER
            && buffers.cands.capacity() <= KEEP_BUFFER
            && tokens.len() <= KEEP_TOKENS
        {
            BUFFERS.set(Some(buffers));
        }
    }
}

/// Most elements a candidate buffer keeps from one text to the next.
const KEEP_BUFFER: usize = 1 << 12;
/// Most tokens a text may have for its buffers (the layout's, per token) to be kept.
const KEEP_TOKENS: usize = 1 << 14;

thread_local! {
    /// Each thread's buffers, reused from one text to the next.
    static BUFFERS: Cell<Option<Box<Buffers>>> = const { Cell::new(None) };
}

/// The buffers of the work on one text.
#[derive(Default)]
struct Buffers {
    layout: Layout,
    pool: Vec<Choice>,
    cands: Vec<Candidate>,
    scratch: Scratch,
}

/// The work on one text.
struct Doc<'a> {
    rec: &'a PlaceRecognizer,
    text: &'a str,
    tokens: &'a [Token],
    /// The facts of each token ([`crate::text::facts`]: case, shape, layout).
    facts: &'a [u8],
    /// The shared scan: the words' classes.
    scan: &'a Scan<'a>,
    layout: &'a mut Layout,
    /// Readings of all candidates.
    pool: &'a mut Vec<Choice>,
    cands: &'a mut Vec<Candidate>,
    /// Buffers of the steps' own lists, kept from one text to the next.
    scratch: &'a mut Scratch,
}

/// The lists the steps of [`PlaceRecognizer::recognize`] make for one text, kept (empty) with
/// their memory from one text to the next. A step takes the ones it needs and puts them back.
#[derive(Default)]
struct Scratch {
    /// The context words of the scan's matches (token, word), and the matches with a place
    /// reading (`recognize`).
    words: Vec<(usize, u16)>,
    named: Vec<usize>,
    /// The tokens of the national institutions' names and short forms the scan read
    /// (`recognize`, `lexicon_candidates`).
    brands: Vec<Range<usize>>,
    /// Per candidate (`accept`).
    introducing: Vec<bool>,
    introduced: Vec<bool>,
    /// The province of the regencies and cities listed next to each candidate (`accept`).
    listed: Vec<Option<u32>>,
    /// The candidates that anchor such a list, with their province, and whether each
    /// candidate has a coordination word next to it (`accept`).
    anchored: Vec<(Range<usize>, u32)>,
    in_list: Vec<bool>,
    /// Introductions per surface form (`accept`).
    introductions: FoldHashMap<usize, u32>,
    /// The surface forms written somewhere with context of their own (`accept`).
    placed: Vec<usize>,
    /// Per token (`repeat_open_names`, `resolve_overlaps`).
    taken: Vec<bool>,
    /// Names introduced, and their first words' lengths (`repeat_open_names`).
    names: Vec<(Range<usize>, Choice)>,
    heads: Vec<usize>,
    /// Candidates by length, and those kept (`resolve_overlaps`).
    order: Vec<candidates::OverlapKey>,
    kept: Vec<usize>,
    /// The readings' lists (`entities`).
    mentioned: Vec<reading::Mentioned>,
    well_written: FoldHashSet<usize>,
    settled: FoldHashMap<usize, Option<u32>>,
    found: Vec<(crate::text::Span, reading::Decision)>,
    /// The tokens of each of `found`, and the region it names if it names one (`entities`).
    found_at: Vec<(Range<usize>, Option<u32>)>,
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use super::*;
    use crate::document::EntityData;
    use crate::lexicon::{LexiconKind, LexiconText};
    use crate::recognize::gazetteer::Gazetteer;
    use crate::text::Tokenizer;

    fn setup() -> &'static (Tokenizer, PlaceRecognizer, Gazetteer) {
        static SETUP: OnceLock<(Tokenizer, PlaceRecognizer, Gazetteer)> = OnceLock::new();
        SETUP.get_or_init(|| {
            let b = |k| vec![LexiconText::builtin(k)];
            let rec = PlaceRecognizer::from_lexicons(&PlaceLexicons {
                regions: b(LexiconKind::Regions),
                aliases: [
                    b(LexiconKind::RegionAliases),
                    b(LexiconKind::RegionAliasesCurated),
                ]
                .concat(),
                countries: b(LexiconKind::Countries),
                geo: b(LexiconKind::GeoNames),
                ambiguity: b(LexiconKind::PlaceAmbiguity),
                context: b(LexiconKind::PlaceContext),
                villages: None,
            })
            .unwrap();
            let tok = Tokenizer::builtin();
            let mut g = GazetteerBuilder::new(&tok);
            rec.register(&mut g);
            let g = g.build().unwrap();
            (tok, rec, g)
        })
    }

    /// (text, code) of every place mention of `text`, in text order.
    fn run(text: &str) -> Vec<(String, Option<String>)> {
        let (tok, rec, g) = setup();
        let a = tok.analyze(text);
        let scan = g.scan(text, &a.tokens);
        let mut mentions: Vec<(usize, String, Option<String>)> = Vec::new();
        let mut places = Vec::new();
        rec.recognize(text, &a.tokens, &a.sentences, &scan, &mut places);
        for e in places {
            let EntityData::Place(p) = e.data else {
                unreachable!("places only")
            };
            assert_eq!(
                e.text, e.mentions[0].text,
                "the entity's text is its first mention's"
            );
            for m in e.mentions {
                mentions.push((m.span.start, m.text, p.code.clone()));
            }
        }
        mentions.sort_by_key(|m| m.0);
        mentions.into_iter().map(|(_, t, c)| (t, c)).collect()
    }

    fn texts(text: &str) -> Vec<String> {
        run(text).into_iter().map(|(t, _)| t).collect()
    }

    #[test]
    fn a_lone_context_word_is_no_place() {
        assert!(texts("Mereka kembali ke Kota setelah rapat.").is_empty());
        assert!(texts("Warga menyeberang ke Pulau dengan perahu.").is_empty());
    }

    #[test]
    fn a_polity_name_hides_the_country_inside_it() {
        assert!(texts("Kita menjaga Negara Kesatuan Republik Indonesia bersama.").is_empty());
        assert_eq!(texts("Investor datang ke Indonesia."), ["Indonesia"]);
    }

    #[test]
    fn the_country_ending_a_national_body_s_name_is_no_place() {
        assert!(texts("Petani menebus pupuk lewat PT Pupuk Indonesia di gudang.").is_empty());
        assert!(texts("Laporan Bank Indonesia mencatat kenaikan harga cabai.").is_empty());
        assert!(texts("Relawan Palang Merah Indonesia membagikan masker.").is_empty());
        // Elsewhere it is the country.
        assert_eq!(
            texts("Nelayan Indonesia menjual tuna ke pasar di Indonesia timur."),
            ["Indonesia"]
        );
        assert_eq!(texts("Indonesia menjadi tuan rumah."), ["Indonesia"]);
        assert_eq!(texts("Tenaga kerja asal Indonesia pulang."), ["Indonesia"]);
    }

    #[test]
    fn a_military_district_is_no_papuan_distrik() {
        assert!(texts("Pasukan Komando Distrik Militer 0201 membantu warga.").is_empty());
        assert_eq!(
            texts("Warga Distrik Abepura menerima bantuan."),
            ["Abepura"]
        );
    }

    #[test]
    fn a_district_named_by_a_phrase_of_words_needs_its_region_after_a_locative() {
        // Pasar Minggu is a district of Jakarta Selatan, and a market's name anywhere.
        assert!(texts("Pedagang cabai di sekitar Pasar Minggu mengeluh sepi.").is_empty());
        assert_eq!(
            run("Warga Jakarta Selatan berbelanja di Pasar Minggu."),
            [
                ("Jakarta Selatan".to_string(), Some("31.74".to_string())),
                ("Pasar Minggu".to_string(), Some("31.74.04".to_string())),
            ]
        );
    }

    #[test]
    fn a_seat_town_named_like_other_districts_takes_its_regency() {
        assert_eq!(
            run("Harga beras naik di Tanah Merah, Boven Digoel."),
            [
                ("Tanah Merah".to_string(), Some("93.02".to_string())),
                ("Boven Digoel".to_string(), Some("93.02".to_string())),
            ]
        );
    }

    #[test]
    fn a_city_named_by_a_word_opening_a_sentence_needs_its_province() {
        // `medan` is also terrain.
        assert_eq!(
            texts("Medan yang terjal menyulitkan tim. Warga Bogor ikut membantu."),
            ["Bogor"]
        );
        assert_eq!(
            texts("Medan menjadi tuan rumah. Warga Sumatera Utara menyambutnya."),
            ["Medan", "Sumatera Utara"]
        );
        assert_eq!(
            texts("Medan menjadi tuan rumah. Wali Kota Medan menyambut tamu."),
            ["Medan", "Medan"]
        );
    }

    #[test]
    fn a_balinese_river_word_opens_a_name() {
        assert_eq!(
            texts("Debit air Tukad Badung naik setelah hujan."),
            ["Tukad Badung"]
        );
    }

    #[test]
    fn small_inhabited_islands_are_places() {
        assert_eq!(
            texts("Kapal perintis singgah di Leti, Kisar dan Romang setiap bulan."),
            ["Leti", "Kisar", "Romang"]
        );
        // `sabu` is also a drug: written bare at the start of a sentence it is no island.
        assert!(texts("Sabu seberat dua gram disita petugas.").is_empty());
    }

    #[test]
    fn a_reservoir_or_dam_word_opens_a_name() {
        assert_eq!(
            texts("Petani berharap air Waduk Sumberlaras cukup sampai panen."),
            ["Waduk Sumberlaras"]
        );
        assert_eq!(
            texts("Debit air Bendungan Kalimurni turun tajam."),
            ["Bendungan Kalimurni"]
        );
    }

    #[test]
    fn a_dateline_with_its_date_gives_its_place() {
        assert_eq!(
            texts("Judul\n\nPadang, Rabu (19/11/2025) - Rapat digelar."),
            ["Padang"]
        );
        // `Juli` names a district of Bireuen too; in the dateline's date it is the month.
        assert_eq!(
            texts("Judul\n\nBantul, 10 Juli 2025 — Dinas menyiapkan sekolah."),
            ["Bantul"]
        );
    }

    #[test]
    fn a_miscased_name_counts_only_when_written_well_elsewhere() {
        assert!(texts("Angka stunting di Aceh timur turun.").is_empty());
        assert_eq!(
            texts("Pemkab Aceh Timur bekerja keras. Angka stunting di Aceh timur turun."),
            ["Aceh Timur", "Aceh timur"]
        );
    }

    #[test]
    fn a_name_introduced_by_a_village_word_is_found_again() {
        assert_eq!(
            texts("Warga Desa Tasik Contoh menerima bantuan. Ketua BPD Tasik Contoh Budi hadir."),
            ["Tasik Contoh", "Tasik Contoh"]
        );
    }

    #[test]
    fn programme_words_make_no_village() {
        assert!(texts("Program Kampung KB dan Desa Wisata berjalan baik.").is_empty());
        assert!(texts("Sistem informasi berbasis Kampung Adat diluncurkan.").is_empty());
    }

    #[test]
    fn a_feature_name_after_another_name_is_part_of_it() {
        assert_eq!(
            texts("Menteri meninjau PT Peduli Laut Maluku di Ambon."),
            ["Maluku", "Ambon"]
        );
        assert_eq!(texts("Nelayan melaut di Laut Maluku."), ["Laut Maluku"]);
    }

    #[test]
    fn a_locative_covers_only_a_name_that_ends_there() {
        // `Balai` is a district flagged as a common word; `di Balai Kota` is the city hall.
        assert_eq!(
            texts("Rapat digelar di Balai Kota Samarinda."),
            ["Samarinda"]
        );
    }

    #[test]
    fn a_bare_district_needs_its_region_in_the_document() {
        assert!(texts("Korban berasal dari keluarga Terara yang tinggal di sana.").is_empty());
        assert_eq!(
            run("Korban berasal dari keluarga Terara, Lombok Timur."),
            [
                ("Terara".to_string(), Some("52.03.03".to_string())),
                ("Lombok Timur".to_string(), Some("52.03".to_string())),
            ]
        );
        // At the start of a sentence a capitalised word proves little: the province is not
        // enough, the regency is.
        assert_eq!(
            texts("Warga NTB berkumpul. Terara menjadi lokasi acara."),
            ["NTB"]
        );
        assert_eq!(
            texts("Warga Lombok Timur berkumpul. Terara menjadi lokasi acara."),
            ["Lombok Timur", "Terara"]
        );
    }

    #[test]
    fn common_words_named_like_districts_are_no_places() {
        // Sambutan is a district of Samarinda, Harian one of Samosir, Juli one of Bireuen.
        assert_eq!(
            texts("Wali Kota Samarinda membaca Sambutan Gubernur di depan warga."),
            ["Samarinda"]
        );
        assert_eq!(
            texts("Harian Kompas mewawancarai Bupati Samosir pada 17 Juli di Bireuen."),
            ["Samosir", "Bireuen"]
        );
        assert_eq!(
            texts("Warga Kecamatan Sambutan menerima bantuan."),
            ["Sambutan"]
        );
    }

    #[test]
    fn a_district_beats_a_city_of_its_name_only_with_its_parent() {
        // Bandung is also a district of Tulungagung, Jawa Timur.
        assert_eq!(
            run("Dosen Institut Teknologi Bandung meneliti banjir di Jawa Timur."),
            [
                ("Bandung".to_string(), None),
                ("Jawa Timur".to_string(), Some("35".to_string())),
            ]
        );
        assert_eq!(
            run("Warga Bandung, Tulungagung, menanam padi."),
            [
                ("Bandung".to_string(), Some("35.04.17".to_string())),
                ("Tulungagung".to_string(), Some("35.04".to_string())),
            ]
        );
    }

    #[test]
    fn a_district_named_by_a_word_counts_among_its_sibling_districts() {
        // Cempaka (a flower) is a district of Banjarbaru, listed among four others.
        assert_eq!(
            run(
                "Pelatihan di Kota Banjarbaru diikuti warga Landasan Ulin, Liang Anggang, \
                 Cempaka, Banjarbaru Utara dan Banjarbaru Selatan."
            ),
            [
                ("Banjarbaru".to_string(), Some("63.72".to_string())),
                ("Landasan Ulin".to_string(), Some("63.72.02".to_string())),
                ("Liang Anggang".to_string(), Some("63.72.06".to_string())),
                ("Cempaka".to_string(), Some("63.72.03".to_string())),
                ("Banjarbaru Utara".to_string(), Some("63.72.04".to_string())),
                (
                    "Banjarbaru Selatan".to_string(),
                    Some("63.72.05".to_string())
                ),
            ]
        );
        // Among flowers it is a flower.
        assert_eq!(
            texts("Di Kota Banjarbaru pedagang menjual Mawar, Cempaka dan Melati."),
            ["Banjarbaru"]
        );
    }

    #[test]
    fn an_introduced_name_opening_a_sentence_proves_nothing() {
        assert_eq!(
            texts("Harga naik di Kota Batu. Batu bara tetap jadi andalan ekspor."),
            ["Batu"]
        );
    }

    #[test]
    fn a_headline_locative_is_no_context() {
        assert!(texts("Petani Panen Raya Di Batang Hari Ini").is_empty());
        assert_eq!(texts("Petani panen raya di Batang, Senin."), ["Batang"]);
    }

    #[test]
    fn odd_inputs_do_not_panic() {
        for text in [
            "",
            "Desa",
            "di Kecamatan",
            "SAMARINDA –",
            "– Samarinda",
            "se-",
            "se-é Kaltim",
            "Se-KALTIM se-kaltim sE-Kaltim",
            "Kota Kota Kota Kota",
            "Pantai Pantai Pantai\nPantai",
            "Desa Ä Ö Ü, Kelurahan 東京, Kampung 🙂 Baru",
            "Jalan Jalan Jalan Samarinda",
            "Aceh timur Aceh timur",
            ", dan , dan Bogor, Depok",
        ] {
            let _ = run(text);
        }
        assert_eq!(texts("se-é Kaltim"), ["Kaltim"]);
    }
}
