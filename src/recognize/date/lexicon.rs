//! The date vocabulary (`lexicons/dates.tsv`) compiled for lookup over atoms.
//!
//! Every form is cut into pieces exactly as text is (see [`super::atoms`]): letter runs,
//! digit runs and single punctuation characters. A form matches where its pieces follow each
//! other in the atom list, whatever the tokenizer made of them (`s.d.` as one token or four).

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use jiff::civil::Date;

use crate::error::{Error, Result};
use crate::lexicon::format;
use crate::lexicon::LexiconText;

use super::atoms::{pieces, Piece};
use super::hijri;

/// The columns of `dates.tsv`.
pub(super) const COLUMNS: [&str; 4] = ["form", "kind", "value", "detail"];

/// A calendar unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    Day,
    Week,
    Month,
    Year,
}

/// Which way a direction word points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Direction {
    /// `lalu`, `silam`: before the reference date.
    Past,
    /// `depan`, `mendatang`: the coming one.
    Next,
    /// `lagi`: N units after the reference date.
    Later,
    /// `ini`: the one containing the reference date.
    Current,
    /// `berjalan`: the unit of time under way (`tahun berjalan`, `bulan berjalan`); only after
    /// a bare unit, since after a month or a count it is the verb (`Juli berjalan lancar`,
    /// `setahun berjalan`).
    Running,
    /// `kemudian`, `setelahnya`: N units after the day the text last narrated (anaphoric).
    After,
    /// `sebelumnya`: N units before the day the text last narrated (anaphoric).
    Before,
}

/// Spelled-number suffixes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Suffix {
    /// `belas`: adds ten.
    Teen,
    /// `puluh`: multiplies by ten.
    Tens,
}

/// Words of spelled clock times.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum TimeWord {
    /// `lewat`: minutes past.
    Past,
    /// `kurang`: minutes to.
    To,
    /// `menit`.
    Minute,
    /// `setengah delapan` = 7:30.
    Half,
}

/// What a holiday's form asks of the text around it (the `detail` of a `holiday` line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum HolidayForm {
    /// Nothing: `Natal`, `Idul Fitri`, in any case.
    Any,
    /// `cap`: every word capitalised as written (`Hari Ibu`, not `hari ibu-ibu`;
    /// `May Day`, not the English `may day`).
    Capitalised,
    /// `after`: only right after a conjunction that follows another holiday (`Galungan dan
    /// Kuningan`; a bare `Kuningan` is a regency).
    AfterHoliday,
    /// `counted`: only after an anniversary head and its count (`HUT ke-81 Kemerdekaan RI`,
    /// `HUT ke-80 RI`; a bare `Kemerdekaan RI` or `RI` is no day).
    Counted,
}

/// What a lexicon form means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Meaning {
    Month {
        month: u8,
        bare: bool,
    },
    Weekday(u8),
    RelativeDay {
        offset: i32,
        part: Option<u16>,
    },
    Unit {
        unit: Unit,
        count: Option<u32>,
    },
    Direction(Direction),
    PartOfDay(u16),
    Zone(i16),
    Connector,
    Now,
    YearContext {
        include: bool,
    },
    MonthContext {
        include: bool,
    },
    TimeIntro,
    DayIntro,
    /// A word after which a bare year or month name is read as a date (`pada`); `true` for
    /// one that looks back (`sejak`: a month without a year is the latest one).
    Prep(bool),
    Conj,
    /// `antara`: a `dan` after the clock that follows joins the ends of an interval
    /// (`antara pukul 01.00 dan 04.00 WITA`).
    Between,
    Code,
    /// A word that makes what follows recur (`setiap Senin`); `keeps_holidays` when a holiday
    /// after it is still that day (`salat Jumat` recurs, `salat Idul Fitri 1447 H` does not).
    Generic {
        keeps_holidays: bool,
    },
    NamePrefix,
    Quantifier,
    Vague,
    /// After a count of units, the stretch of time they make up to the reference date
    /// (`terakhir`: `dua pekan terakhir`, `true`) or from it (`ke depan`: `tiga hari ke
    /// depan`, `false`).
    Stretch(bool),
    /// `keesokan harinya`: days after the day the text last narrated.
    AnaphoricDay(i32),
    /// `triwulan`, `semester`: a part of the year, by its length in months.
    Period(u8),
    /// `pertama`, `II`: an ordinal after a period or week word.
    Ordinal(u8),
    /// `dasarian`: a part of a month read with an ordinal, by its length in days (the last
    /// part runs to the month's end).
    MonthPart(u8),
    /// `akhir pekan`: the Saturday and Sunday of a week.
    Weekend,
    /// `H` in `H-7 Lebaran`: the day of a holiday.
    HolidayDay,
    /// `paling lambat`, `wajib`: a count of days before or after something that follows is
    /// a rule, not a date.
    Rule,
    /// A verb of saying (`ujar`, `katanya`): a date right after its clause dates the
    /// statement, not the events told.
    Report,
    Future,
    Number(u32),
    NumberSuffix(Suffix),
    TimeWord(TimeWord),
    /// A holiday by its key (see [`DateLexicon::holidays`]), and what its form asks of the
    /// text.
    Holiday {
        id: u16,
        form: HolidayForm,
    },
    /// A word before a count of units that makes a stretch ahead a length of time, not a
    /// date (`hingga`, `dalam`: `dalam dua hari ke depan`).
    Duration,
    /// An event noun after which a year is a date (`gempa 2018`).
    Event,
    /// A word after which a bare year is a date only where it closes its clause (`sekitar
    /// 2057.`, `seperti 2019,`): before a noun the number is an amount (`sekitar 2000 orang`).
    YearCue,
    /// `ganjil`, `genap` after `semester`: a half of the school year (1: July to December,
    /// 2: January to June).
    Term(u8),
    /// `yang sama` after a unit: the day, week, month or year the text last narrated (`pada
    /// pekan yang sama`).
    Same,
    /// A phrase between two dates that says they are one day in two calendars (`1 Rajab 1448
    /// H, bertepatan dengan 10 Desember 2026`).
    SameDay,
    /// A word before a holiday's name that makes it the evening before the holiday (`malam
    /// Natal`: 24 December, `malam Tahun Baru`: 31 December).
    Eve,
    /// A word between a count of days or weeks and a holiday's name that places the count
    /// after (`true`: `dua hari setelah Lebaran`) or before it (`tiga hari sebelum Natal`).
    HolidaySide(bool),
    /// A month of the Islamic calendar, by its number (`Ramadan` = 9); `bare` when the name
    /// may stand alone (`Ramadan`; `Muharram`, `Rajab` and `Safar` are also given names, read only with
    /// a day or a year: `27 Rajab 1447 H`).
    HijriMonth {
        month: u8,
        bare: bool,
    },
    /// The era mark after a year of the Islamic calendar (`H`, `Hijriah`).
    HijriEra,
    /// The era mark after a Gregorian year given beside an Islamic one (`1447 H/2026 M`).
    GregorianEra,
    /// The mark of a year of the Saka era (`Tahun Baru Saka 1948`), by the years to add to
    /// it for the Gregorian year its new year falls in (78).
    SakaEra(i16),
    /// The mark written after a year of a holiday's own era (`Imlek 2577 Kongzili`; the
    /// holiday's `holiday_era` line gives the years to add).
    EraAfter,
    /// The `an` of a decade (`1980-an`).
    Decade,
    /// A word that names the beginning or end of a unit of time (`awal`, `akhir`).
    Edge,
    /// `ke` before the count of a holiday's anniversary (`HUT RI ke-80`).
    Anniversary,
    /// A word that opens an anniversary counted before the holiday's name (`HUT ke-81
    /// Kemerdekaan RI`, `Dirgahayu ke-80 RI`).
    AnniversaryHead,
}

impl Meaning {
    /// Whether an expression can begin with this meaning. The others only continue one, or
    /// give context to the word after them (`pada`, `dan`, `Nomor`).
    pub fn starts(&self) -> bool {
        !matches!(
            self,
            Meaning::Direction(_)
                | Meaning::PartOfDay(_)
                | Meaning::Zone(_)
                | Meaning::Connector
                | Meaning::Now
                | Meaning::Prep(_)
                | Meaning::Conj
                | Meaning::Between
                | Meaning::Duration
                | Meaning::Event
                | Meaning::YearCue
                | Meaning::SameDay
                | Meaning::Same
                | Meaning::Term(_)
                | Meaning::Eve
                | Meaning::HolidaySide(_)
                | Meaning::HijriEra
                | Meaning::GregorianEra
                | Meaning::SakaEra(_)
                | Meaning::EraAfter
                | Meaning::Decade
                | Meaning::Edge
                | Meaning::Anniversary
                | Meaning::Future
                | Meaning::Ordinal(_)
                | Meaning::Report
                | Meaning::Rule
                | Meaning::Stretch(_)
                | Meaning::NumberSuffix(_)
                | Meaning::TimeWord(TimeWord::Past | TimeWord::To | TimeWord::Minute)
                | Meaning::MonthContext { .. }
        )
    }
}

/// A part of the day: the label reported, and the clock hours it moves 12 hours later
/// (`pukul 7 malam` = 19:00).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct PartOfDay {
    pub label: String,
    pub pm_hours: Option<(u8, u8)>,
}

/// A lexicon form with its meaning.
#[derive(Clone, Debug)]
pub(super) struct Phrase {
    pub pieces: Vec<PhrasePiece>,
    pub meaning: Meaning,
}

/// A phrase as the atoms are matched against it (see [`DateLexicon::candidates`]).
#[derive(Clone, Copy, Debug)]
pub(super) struct Candidate {
    pub meaning: Meaning,
    /// [`Meaning::starts`].
    pub starts: bool,
    /// The pieces after the first: `rest[rest_from..rest_from + rest_len]` of the lexicon.
    rest_from: u32,
    rest_len: u32,
}

/// One piece of a form: a vocabulary word or a punctuation character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum PhrasePiece {
    Word(u32),
    Punct(char),
}

impl PhrasePiece {
    /// An order of the pieces, to group candidates by their second piece.
    fn key(self) -> (bool, u32) {
        match self {
            PhrasePiece::Word(w) => (false, w),
            PhrasePiece::Punct(c) => (true, u32::from(c)),
        }
    }
}

/// The candidates of the phrases that start with one word or punctuation character (see
/// [`DateLexicon::word_candidates`]): those of two pieces or more, grouped by their second
/// piece (`groups[from..to]` of the lexicon), then those of one piece (`cands[from..to]`).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct CandRange {
    groups: (u32, u32),
    singles: (u32, u32),
}

/// A tiny multiplicative hasher for short lowercase words (FxHash's mixing step).
#[derive(Default)]
pub(super) struct WordHasher(u64);

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
}

type WordMap<V> = HashMap<Box<[u8]>, V, BuildHasherDefault<WordHasher>>;

/// The compiled date vocabulary.
#[derive(Clone, Debug, Default)]
pub(super) struct DateLexicon {
    /// Lowercase word → vocabulary id.
    vocab: WordMap<u32>,
    /// Vocabulary id → lowercase word.
    words: Vec<Box<[u8]>>,
    /// Vocabulary id → whether a date can begin with it: 0 no, 1 yes, 2 yes and it is a
    /// weekday (see [`DateLexicon::anchor_ascii`]).
    anchors: Vec<u8>,
    /// One bit per first three letters (see [`head_bit`]) of the words that can begin a
    /// date.
    anchor_heads: Vec<u64>,
    /// A coarser, cheaper filter in front of `anchor_heads`: one bit per low five bits of
    /// the first three bytes (see [`quick_key`]), set for every key a token passing
    /// `anchor_heads` can have.
    quick_heads: Vec<u64>,
    /// Some word that can begin a date has letters beyond ASCII.
    non_ascii_anchors: bool,
    /// Longest vocabulary word, in chars.
    pub max_word_chars: usize,
    /// The ASCII vocabulary words in an open-addressing table keyed by [`ascii_hash`], at
    /// most a quarter full: a word that is not there usually meets an empty slot at once.
    ascii_table: Vec<(u64, u32)>,
    ascii_mask: usize,
    /// The shift that turns a hash into a slot (its top bits).
    ascii_shift: u32,
    /// Phrases starting with each vocabulary word, longest first.
    by_word: Vec<Vec<u32>>,
    /// Phrases starting with a punctuation character, longest first.
    by_punct: Vec<(char, Vec<u32>)>,
    /// The phrases of `by_word`, then of `by_punct`, in their order, as the atoms are matched
    /// against them (one flat table: no look-up of the phrase, then of its pieces).
    cands: Vec<Candidate>,
    /// The pieces after the first of each of `cands`, back to back.
    rest: Vec<PhrasePiece>,
    /// The candidates of two pieces or more that start with one word or punctuation
    /// character and go on with one piece: that piece and their range in `cands` (in the
    /// order of the phrases, longest first), sorted by [`PhrasePiece::key`] within the groups
    /// of a [`CandRange`].
    groups: Vec<(PhrasePiece, u32, u32)>,
    /// The candidates of each vocabulary word.
    word_cands: Vec<CandRange>,
    /// The candidates of each punctuation character that begins a phrase.
    punct_cands: Vec<(char, CandRange)>,
    /// One bit per ASCII character that begins a phrase.
    ascii_punct_starts: u128,
    pub phrases: Vec<Phrase>,
    pub parts: Vec<PartOfDay>,
    /// Holiday keys and their dates, sorted.
    pub holidays: Vec<(String, Vec<Date>)>,
    /// The holidays that are the first day of a month of the Islamic calendar (`holiday_hijri`
    /// `MM-01`: Idul Fitri is 1 Syawal), by month: their announced dates begin those months
    /// where the ministry's isbat departs from the arithmetic calendar.
    pub month_starts: Vec<(u8, u16)>,
    /// The holidays that fall on the same day every year (`holiday_fixed`).
    pub fixed: Vec<u16>,
    /// The holidays counted in anniversaries, with the year their count starts from
    /// (`holiday_since`: Hari Kemerdekaan 1945, so `HUT RI ke-80` is 2025's).
    pub since: Vec<(u16, i32)>,
    /// The holidays that have an era of their own, with the years to add to one of its years
    /// for the Gregorian year the holiday falls in (`holiday_era`: Imlek 2577 Kongzili is
    /// 2026's, -551).
    pub eras: Vec<(u16, i16)>,
    /// The holidays of the Islamic calendar with their month and day (`holiday_hijri`: Tahun
    /// Baru Islam is 1 Muharram), so that the day written after the name is the holiday's.
    pub hijri_days: Vec<(u16, u8, u8)>,
}

impl DateLexicon {
    /// Compiles one or more `dates.tsv` texts (later ones extend earlier ones).
    pub fn from_lexicons(lexicons: &[LexiconText]) -> Result<DateLexicon> {
        let mut lex = DateLexicon::default();
        let mut seen: HashMap<(String, String, String, String), ()> = HashMap::new();
        // Holiday keys named by `holiday` lines, with the line that first named them.
        let mut holiday_refs: Vec<(String, String, usize)> = Vec::new();
        for lexicon in lexicons {
            let source = lexicon.source.as_str();
            for rec in format::parse(source, &lexicon.text, &COLUMNS, 2)? {
                let (form, kind, value, detail) = (rec.get(0), rec.get(1), rec.get(2), rec.opt(3));
                let err = |reason: String| Error::lexicon(source, rec.line, reason);
                let key = (
                    form.to_lowercase(),
                    kind.to_string(),
                    value.to_string(),
                    detail.unwrap_or("").to_string(),
                );
                if seen.insert(key, ()).is_some() {
                    continue;
                }
                if kind == "holiday_date" {
                    let date = parse_iso_date(value)
                        .ok_or_else(|| err(format!("`{value}` is not a date YYYY-MM-DD")))?;
                    no_detail(detail, kind).map_err(err)?;
                    let id = lex.holiday_id(form);
                    lex.holidays[id as usize].1.push(date);
                    continue;
                }
                if kind == "holiday_fixed" {
                    // the same day every year: listed for the years news dates fall in
                    // (checked once as a day of a leap year, then built from its numbers)
                    let Some(first) = parse_iso_date(&format!("2000-{value}")) else {
                        return Err(err(format!("`{value}` is not a day of the year MM-DD")));
                    };
                    no_detail(detail, kind).map_err(err)?;
                    let id = lex.holiday_id(form);
                    lex.fixed.push(id);
                    let dates = &mut lex.holidays[id as usize].1;
                    let (m, d) = (first.month(), first.day());
                    dates.extend((FIXED_HOLIDAY_YEARS).filter_map(|y| Date::new(y, m, d).ok()));
                    continue;
                }
                if kind == "holiday_since" {
                    let year = value
                        .parse::<i32>()
                        .ok()
                        .filter(|y| (1800..=2100).contains(y))
                        .ok_or_else(|| err(format!("`{value}` is not a year 1800-2100")))?;
                    no_detail(detail, kind).map_err(err)?;
                    let id = lex.holiday_id(form);
                    lex.since.push((id, year));
                    continue;
                }
                if kind == "holiday_era" {
                    let offset = value
                        .parse::<i16>()
                        .ok()
                        .filter(|o| (-2000..=2000).contains(o))
                        .ok_or_else(|| {
                            err(format!("`{value}` is not a count of years -2000..2000"))
                        })?;
                    no_detail(detail, kind).map_err(err)?;
                    let id = lex.holiday_id(form);
                    lex.eras.push((id, offset));
                    continue;
                }
                if kind == "holiday_hijri" {
                    // a day of the Islamic calendar: dated by the arithmetic calendar where
                    // no holiday_date line gives the announced day (see below)
                    let md = value
                        .split_once('-')
                        .and_then(|(m, d)| Some((m.parse::<u8>().ok()?, d.parse::<u8>().ok()?)))
                        .filter(|&(m, d)| hijri::islamic_day(1447, m, d).is_some());
                    let Some((m, d)) = md else {
                        return Err(err(format!(
                            "`{value}` is not a day of the Islamic year MM-DD"
                        )));
                    };
                    no_detail(detail, kind).map_err(err)?;
                    let id = lex.holiday_id(form);
                    lex.hijri_days.push((id, m, d));
                    continue;
                }
                let meaning = lex
                    .meaning(kind, value, detail)
                    .map_err(|reason| err(format!("{reason} (kind `{kind}`)")))?;
                if let Meaning::Holiday { id, .. } = meaning {
                    holiday_refs.push((
                        lex.holidays[id as usize].0.clone(),
                        source.into(),
                        rec.line,
                    ));
                }
                let form_pieces = pieces(form);
                if form_pieces.is_empty() {
                    return Err(err(format!(
                        "form `{form}` has no letters, digits or punctuation"
                    )));
                }
                let mut phrase_pieces = Vec::with_capacity(form_pieces.len());
                for p in form_pieces {
                    match p {
                        Piece::Letters(w) => {
                            let w = w.to_lowercase();
                            lex.max_word_chars = lex.max_word_chars.max(w.chars().count());
                            let next = lex.vocab.len() as u32;
                            let w = w.into_bytes().into_boxed_slice();
                            let id = *lex.vocab.entry(w.clone()).or_insert(next);
                            if id == next {
                                lex.by_word.push(Vec::new());
                                lex.words.push(w);
                            }
                            phrase_pieces.push(PhrasePiece::Word(id));
                        }
                        Piece::Digits(_) => {
                            return Err(err(format!("form `{form}` contains digits")));
                        }
                        Piece::Punct(c) => phrase_pieces.push(PhrasePiece::Punct(c)),
                    }
                }
                let id = lex.phrases.len() as u32;
                match phrase_pieces[0] {
                    PhrasePiece::Word(w) => lex.by_word[w as usize].push(id),
                    PhrasePiece::Punct(c) => match lex.by_punct.iter_mut().find(|(k, _)| *k == c) {
                        Some((_, v)) => v.push(id),
                        None => lex.by_punct.push((c, vec![id])),
                    },
                }
                lex.phrases.push(Phrase {
                    pieces: phrase_pieces,
                    meaning,
                });
            }
        }
        for &(id, m, d) in &lex.hijri_days {
            if d == 1 {
                lex.month_starts.push((m, id));
            }
            let dates = &mut lex.holidays[id as usize].1;
            let listed = dates.len();
            for h in HIJRI_HOLIDAY_YEARS {
                let Some(day) = hijri::islamic_day(h, m, d) else {
                    continue;
                };
                // an announced day (the ministry's isbat may differ from the arithmetic
                // calendar by a day or two) takes the place of the computed one
                let announced = dates[..listed].iter().any(|a| {
                    a.until(day)
                        .is_ok_and(|s| s.get_days().abs() <= HIJRI_TOLERANCE_DAYS)
                });
                if !announced {
                    dates.push(day);
                }
            }
        }
        for (key, source, line) in holiday_refs {
            if lex
                .holidays
                .iter()
                .any(|(k, dates)| *k == key && dates.is_empty())
            {
                return Err(Error::lexicon(
                    &source,
                    line,
                    format!("holiday `{key}` has no holiday_date line"),
                ));
            }
        }
        for (_, dates) in &mut lex.holidays {
            dates.sort();
            dates.dedup();
        }
        let size = (lex.vocab.len() * 4).next_power_of_two().max(64);
        lex.ascii_table = vec![(0, EMPTY); size];
        lex.ascii_mask = size - 1;
        lex.ascii_shift = 64 - size.trailing_zeros();
        // in id order, so that the table does not depend on the map's iteration order
        for (id, w) in lex.words.iter().enumerate() {
            if w.is_empty() || !w.iter().all(u8::is_ascii_alphabetic) {
                continue;
            }
            let h = ascii_hash(w);
            let mut k = lex.ascii_slot(h);
            while lex.ascii_table[k].1 != EMPTY {
                k = (k + 1) & lex.ascii_mask;
            }
            lex.ascii_table[k] = (h, id as u32);
        }
        let phrases = &lex.phrases;
        let longest_first = |v: &mut Vec<u32>| {
            v.sort_by_key(|&p| std::cmp::Reverse(phrases[p as usize].pieces.len()))
        };
        lex.by_word.iter_mut().for_each(longest_first);
        lex.anchors = vec![0; lex.words.len()];
        for p in &lex.phrases {
            let PhrasePiece::Word(w) = p.pieces[0] else {
                continue;
            };
            let a = match p.meaning {
                Meaning::Weekday(_) => 2,
                // context for what follows, never a date by themselves
                Meaning::Code
                | Meaning::Generic { .. }
                | Meaning::NamePrefix
                | Meaning::Quantifier
                | Meaning::Vague => 0,
                // frequent words that begin a date only before a word that anchors itself
                // (`akhir pekan lalu`: `pekan`); `H` also begins `H-7`, whose token does not
                // split, but is mostly the honorific (Haji): read when a holiday, a number or
                // a weekday is near
                Meaning::Weekend | Meaning::HolidayDay => 0,
                m if m.starts() => 1,
                _ => 0,
            };
            lex.anchors[w as usize] = lex.anchors[w as usize].max(a);
        }
        lex.anchor_heads = vec![0; HEAD_BITS.div_ceil(64)];
        for (id, word) in lex.words.iter().enumerate() {
            if lex.anchors[id] == 0 {
                continue;
            }
            match head_bit(word) {
                Some(b) => lex.anchor_heads[b / 64] |= 1 << (b % 64),
                None => lex.non_ascii_anchors = true,
            }
        }
        // a token passes `anchor_heads` when its first letters are those of an anchor word
        // (up to three); where that word has fewer than three ASCII letters, the token's next
        // byte is not a letter, and may be anything
        lex.quick_heads = vec![0; QUICK_BITS.div_ceil(64)];
        for b in 0..HEAD_BITS {
            if lex.anchor_heads[b / 64] & (1 << (b % 64)) == 0 {
                continue;
            }
            let (a, second, third) = (b / (27 * 27), b / 27 % 27, b % 27);
            let any = |x: usize| if x == 0 { 0..32 } else { x..x + 1 };
            for y in any(second) {
                for z in any(if second == 0 { 0 } else { third }) {
                    let k = quick_index(a, y, z);
                    lex.quick_heads[k / 64] |= 1 << (k % 64);
                }
            }
        }
        lex.by_punct.iter_mut().for_each(|(_, v)| longest_first(v));
        let (by_word, by_punct) = (
            std::mem::take(&mut lex.by_word),
            std::mem::take(&mut lex.by_punct),
        );
        let mut longer = Vec::new();
        lex.word_cands = by_word
            .iter()
            .map(|v| lex.add_candidates(v, &mut longer))
            .collect();
        lex.punct_cands = by_punct
            .iter()
            .map(|(c, v)| (*c, lex.add_candidates(v, &mut longer)))
            .collect();
        (lex.by_word, lex.by_punct) = (by_word, by_punct);
        for (c, _) in &lex.by_punct {
            if c.is_ascii() {
                lex.ascii_punct_starts |= 1 << u32::from(*c);
            }
        }
        Ok(lex)
    }

    /// The vocabulary id of a lowercase word.
    #[inline]
    pub fn word_id(&self, lowercase: &str) -> Option<u32> {
        self.vocab.get(lowercase.as_bytes()).copied()
    }

    /// The vocabulary id of the ASCII letter run `word`, in any case, whose [`ascii_hash`]
    /// is `hash`.
    #[inline(always)]
    pub fn word_id_hashed(&self, hash: u64, word: &[u8]) -> Option<u32> {
        let mut k = self.ascii_slot(hash);
        loop {
            let &(h, id) = self.ascii_table.get(k)?;
            if id == EMPTY {
                return None;
            }
            // the table's words are lowercase ASCII letters, `word` ASCII letters
            if h == hash
                && self.words.get(id as usize).is_some_and(|w| {
                    w.len() == word.len() && w.iter().zip(word).all(|(&a, &b)| a == b | 0x20)
                })
            {
                return Some(id);
            }
            k = (k + 1) & self.ascii_mask;
        }
    }

    #[inline]
    fn ascii_slot(&self, hash: u64) -> usize {
        // `checked_shr`: the empty lexicon has no table (and a shift of 64)
        hash.checked_shr(self.ascii_shift).unwrap_or(0) as usize
    }

    /// A quicker and coarser [`may_anchor`](Self::may_anchor): false means that is false
    /// too.
    #[inline]
    pub fn may_anchor_quick(&self, token: &[u8]) -> bool {
        let k = quick_key(token);
        self.quick_heads
            .get(k / 64)
            .is_some_and(|w| w & (1 << (k % 64)) != 0)
    }

    /// Whether a token starting with an ASCII letter may start with a word that can begin
    /// a date: a test of its first three letters (false means surely not).
    #[inline]
    pub fn may_anchor(&self, token: &[u8]) -> bool {
        head_bit(token).is_some_and(|b| self.anchor_heads[b / 64] & (1 << (b % 64)) != 0)
    }

    /// Some word that can begin a date has letters beyond ASCII: [`may_anchor`] cannot
    /// judge tokens that have such letters.
    ///
    /// [`may_anchor`]: Self::may_anchor
    #[inline]
    pub fn has_non_ascii_anchors(&self) -> bool {
        self.non_ascii_anchors
    }

    /// Whether the ASCII word `word` (whose [`ascii_hash`] is `hash`) can begin a date:
    /// `Some(true)` for a weekday, `Some(false)` for another such word, `None` if it cannot.
    #[inline]
    pub fn anchor_hashed(&self, hash: u64, word: &[u8]) -> Option<bool> {
        self.anchor_of(self.word_id_hashed(hash, word)?)
    }

    /// Whether vocabulary word `id` can begin a date: `Some(true)` for a weekday,
    /// `Some(false)` for another such word, `None` if it cannot.
    #[inline]
    pub fn anchor_of(&self, id: u32) -> Option<bool> {
        match self.anchors.get(id as usize)? {
            2 => Some(true),
            1 => Some(false),
            _ => None,
        }
    }

    /// The words of the vocabulary that are ASCII letters only (the ones a token's letters
    /// are looked up among by hash), with their ids.
    pub fn ascii_words(&self) -> impl Iterator<Item = (u32, &str)> + '_ {
        self.words.iter().enumerate().filter_map(|(id, w)| {
            let w = std::str::from_utf8(w).ok()?;
            (!w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic())).then_some((id as u32, w))
        })
    }

    /// Appends the phrases `ids` (longest first) to the candidates, those of two pieces or
    /// more grouped by their second piece (in their order within a group), then those of one
    /// piece; their range there. (`longer`: a buffer, so that the lexicon's build allocates
    /// no list a word.)
    fn add_candidates(&mut self, ids: &[u32], longer: &mut Vec<(PhrasePiece, u32)>) -> CandRange {
        let second = |p: u32| self.phrases[p as usize].pieces.get(1).copied();
        longer.clear();
        longer.extend(ids.iter().filter_map(|&p| Some((second(p)?, p))));
        // (a stable sort: each group keeps the phrases' order)
        longer.sort_by_key(|&(piece, _)| piece.key());
        let groups_from = self.groups.len() as u32;
        for &(piece, p) in longer.iter() {
            let at = self.cands.len() as u32;
            // (a group of this range: not the last of the range before)
            let ours = self.groups.len() as u32 > groups_from;
            match self.groups.last_mut() {
                Some((last, _, to)) if ours && *last == piece => *to = at + 1,
                _ => self.groups.push((piece, at, at + 1)),
            }
            self.push_candidate(p);
        }
        let singles_from = self.cands.len() as u32;
        for &p in ids {
            if self.phrases[p as usize].pieces.len() < 2 {
                self.push_candidate(p);
            }
        }
        CandRange {
            groups: (groups_from, self.groups.len() as u32),
            singles: (singles_from, self.cands.len() as u32),
        }
    }

    /// Appends phrase `p` to the candidates.
    fn push_candidate(&mut self, p: u32) {
        let phrase = &self.phrases[p as usize];
        let rest = phrase.pieces.get(1..).unwrap_or_default();
        self.cands.push(Candidate {
            meaning: phrase.meaning,
            starts: phrase.meaning.starts(),
            rest_from: self.rest.len() as u32,
            rest_len: rest.len() as u32,
        });
        self.rest.extend_from_slice(rest);
    }

    /// The candidates of the phrases that start with vocabulary word `id`.
    #[inline]
    pub fn word_candidates(&self, id: u32) -> CandRange {
        self.word_cands
            .get(id as usize)
            .copied()
            .unwrap_or_default()
    }

    /// The candidates of the phrases that start with punctuation `c`.
    #[inline]
    pub fn punct_candidates(&self, c: char) -> CandRange {
        self.punct_cands
            .iter()
            .find(|(k, _)| *k == c)
            .map_or_else(CandRange::default, |&(_, r)| r)
    }

    /// Of the candidates `r`, those that may match where `next()` is the piece after the
    /// first (`None`: an atom that is no piece of any phrase, or none; asked only when some
    /// phrase of `r` has two pieces or more): the ones of two pieces or
    /// more whose second piece is `next`, longest first, and the ones of one piece. (These
    /// are all of `r` that can match there, in the order of the phrases: the longer ones come
    /// first, and those of one group share their second piece.)
    #[inline]
    pub fn candidates(
        &self,
        r: CandRange,
        next: impl FnOnce() -> Option<PhrasePiece>,
    ) -> (&[Candidate], &[Candidate]) {
        let slice = |(from, to): (u32, u32)| {
            self.cands
                .get(from as usize..to as usize)
                .unwrap_or_default()
        };
        // (most words begin no phrase of two pieces: no group to look for)
        let longer = (r.groups.0 < r.groups.1)
            .then(next)
            .flatten()
            .and_then(|next| {
                let groups = self.groups.get(r.groups.0 as usize..r.groups.1 as usize)?;
                let k = groups
                    .binary_search_by_key(&next.key(), |&(piece, _, _)| piece.key())
                    .ok()?;
                groups.get(k).map(|&(_, from, to)| (from, to))
            });
        (longer.map_or(&[][..], slice), slice(r.singles))
    }

    /// The pieces of candidate `c` after its first.
    #[inline]
    pub fn rest_of(&self, c: &Candidate) -> &[PhrasePiece] {
        let from = c.rest_from as usize;
        self.rest
            .get(from..from + c.rest_len as usize)
            .unwrap_or_default()
    }

    /// Phrases that start with vocabulary word `id`, longest first.
    #[cfg(test)]
    #[inline]
    pub fn phrases_from_word(&self, id: u32) -> &[u32] {
        &self.by_word[id as usize]
    }

    /// The second pieces of the groups of candidates `r` (see [`CandRange`]).
    #[cfg(test)]
    pub fn second_pieces(&self, r: CandRange) -> Vec<PhrasePiece> {
        self.groups[r.groups.0 as usize..r.groups.1 as usize]
            .iter()
            .map(|&(piece, _, _)| piece)
            .collect()
    }

    /// Whether some phrase starts with punctuation `c` (a quick test, false for most).
    #[inline]
    pub fn punct_may_start(&self, c: char) -> bool {
        if c.is_ascii() {
            self.ascii_punct_starts & (1 << u32::from(c)) != 0
        } else {
            self.by_punct.iter().any(|(k, _)| *k == c)
        }
    }

    fn holiday_id(&mut self, key: &str) -> u16 {
        let key = key.to_lowercase();
        match self.holidays.iter().position(|(k, _)| *k == key) {
            Some(i) => i as u16,
            None => {
                self.holidays.push((key, Vec::new()));
                (self.holidays.len() - 1) as u16
            }
        }
    }

    fn part_id(&mut self, label: &str) -> u16 {
        match self.parts.iter().position(|p| p.label == label) {
            Some(i) => i as u16,
            None => {
                self.parts.push(PartOfDay {
                    label: label.to_string(),
                    pm_hours: None,
                });
                (self.parts.len() - 1) as u16
            }
        }
    }

    fn meaning(
        &mut self,
        kind: &str,
        value: &str,
        detail: Option<&str>,
    ) -> std::result::Result<Meaning, String> {
        let need = |v: &str| {
            if v.is_empty() {
                Err("field `value` is empty".to_string())
            } else {
                Ok(())
            }
        };
        let int = |v: &str, lo: i64, hi: i64| -> std::result::Result<i64, String> {
            match v.parse::<i64>() {
                Ok(n) if (lo..=hi).contains(&n) => Ok(n),
                _ => Err(format!("value `{v}` is not a whole number in {lo}..={hi}")),
            }
        };
        let include = |v: &str| match v {
            "include" => Ok(true),
            "exclude" => Ok(false),
            _ => Err(format!("value `{v}` must be `include` or `exclude`")),
        };
        let m = match kind {
            "month" => {
                let bare = bare_detail(detail)?;
                return Ok(Meaning::Month {
                    month: int(value, 1, 12)? as u8,
                    bare,
                });
            }
            "weekday" => Meaning::Weekday(int(value, 1, 7)? as u8),
            "relative_day" => {
                let offset = int(value, -30, 30)? as i32;
                let part = detail.map(|d| self.part_id(d));
                return Ok(Meaning::RelativeDay { offset, part });
            }
            "unit" => {
                let unit = match value {
                    "day" => Unit::Day,
                    "week" => Unit::Week,
                    "month" => Unit::Month,
                    "year" => Unit::Year,
                    _ => return Err(format!("value `{value}` must be day, week, month or year")),
                };
                let count = match detail {
                    None => None,
                    Some(d) => Some(int(d, 1, 1000)? as u32),
                };
                return Ok(Meaning::Unit { unit, count });
            }
            "direction" => Meaning::Direction(match value {
                "past" => Direction::Past,
                "next" => Direction::Next,
                "later" => Direction::Later,
                "current" => Direction::Current,
                "running" => Direction::Running,
                "after" => Direction::After,
                "before" => Direction::Before,
                _ => {
                    return Err(format!(
                    "value `{value}` must be past, next, later, current, running, after or before"
                ))
                }
            }),
            "part_of_day" => {
                need(value)?;
                let pm_hours = match detail {
                    None => None,
                    Some(d) => {
                        let (a, b) = d
                            .split_once('-')
                            .ok_or_else(|| format!("detail `{d}` must be hours H-H"))?;
                        let (a, b) = (int(a, 0, 12)? as u8, int(b, 0, 12)? as u8);
                        if a > b {
                            return Err(format!("detail `{d}`: first hour after the second"));
                        }
                        Some((a, b))
                    }
                };
                let id = self.part_id(value);
                let part = &mut self.parts[id as usize];
                if part.pm_hours.is_some() && pm_hours.is_some() && part.pm_hours != pm_hours {
                    return Err(format!(
                        "part of day `{value}` given two different hour ranges"
                    ));
                }
                part.pm_hours = part.pm_hours.or(pm_hours);
                return Ok(Meaning::PartOfDay(id));
            }
            "zone" => Meaning::Zone(
                parse_offset(value)
                    .ok_or_else(|| format!("value `{value}` is not a UTC offset +HH:MM"))?,
            ),
            "connector" => Meaning::Connector,
            "now" => Meaning::Now,
            "year_context" => Meaning::YearContext {
                include: include(value)?,
            },
            "month_context" => Meaning::MonthContext {
                include: include(value)?,
            },
            "time_intro" => Meaning::TimeIntro,
            "day_intro" => Meaning::DayIntro,
            "prep" => Meaning::Prep(match value {
                "" => false,
                "past" => true,
                _ => return Err(format!("value `{value}` must be empty or `past`")),
            }),
            "duration" => Meaning::Duration,
            "event" => Meaning::Event,
            "year_cue" => Meaning::YearCue,
            "eve" => Meaning::Eve,
            "same_day" => Meaning::SameDay,
            "same" => Meaning::Same,
            "term" => Meaning::Term(match value {
                "odd" => 1,
                "even" => 2,
                _ => return Err(format!("value `{value}` must be odd or even")),
            }),
            "holiday_side" => Meaning::HolidaySide(match value {
                "before" => false,
                "after" => true,
                _ => return Err(format!("value `{value}` must be before or after")),
            }),
            "hijri_month" => {
                let bare = bare_detail(detail)?;
                return Ok(Meaning::HijriMonth {
                    month: int(value, 1, 12)? as u8,
                    bare,
                });
            }
            "saka_era" => Meaning::SakaEra(int(value, 0, 1000)? as i16),
            "era_after" => Meaning::EraAfter,
            "hijri_era" => Meaning::HijriEra,
            "gregorian_era" => Meaning::GregorianEra,
            "decade" => Meaning::Decade,
            "edge" => Meaning::Edge,
            "conj" => Meaning::Conj,
            "between" => Meaning::Between,
            "code" => Meaning::Code,
            "generic" => Meaning::Generic {
                keeps_holidays: match value {
                    "" => false,
                    "holiday" => true,
                    _ => return Err(format!("value `{value}` must be empty or `holiday`")),
                },
            },
            "name" => Meaning::NamePrefix,
            "quantifier" => Meaning::Quantifier,
            "stretch" => Meaning::Stretch(match value {
                "past" => true,
                "ahead" => false,
                _ => return Err(format!("value `{value}` must be past or ahead")),
            }),
            "vague" => Meaning::Vague,
            "anaphoric_day" => Meaning::AnaphoricDay(int(value, -30, 30)? as i32),
            "period" => Meaning::Period(match int(value, 1, 12)? {
                n @ (1 | 2 | 3 | 4 | 6 | 12) => n as u8,
                _ => {
                    return Err(format!(
                        "value `{value}` must divide the year (1, 2, 3, 4, 6, 12)"
                    ))
                }
            }),
            "ordinal" => Meaning::Ordinal(int(value, 1, 12)? as u8),
            "month_part" => Meaning::MonthPart(int(value, 1, 15)? as u8),
            "weekend" => Meaning::Weekend,
            "report" => Meaning::Report,
            "holiday_day" => Meaning::HolidayDay,
            "anniversary" => Meaning::Anniversary,
            "anniversary_head" => Meaning::AnniversaryHead,
            "rule" => Meaning::Rule,
            "tense" => match value {
                "future" => Meaning::Future,
                _ => return Err(format!("value `{value}` must be `future`")),
            },
            "number" => Meaning::Number(int(value, 0, 1000)? as u32),
            "number_suffix" => Meaning::NumberSuffix(match value {
                "teen" => Suffix::Teen,
                "tens" => Suffix::Tens,
                _ => return Err(format!("value `{value}` must be teen or tens")),
            }),
            "time_word" => Meaning::TimeWord(match value {
                "past" => TimeWord::Past,
                "to" => TimeWord::To,
                "minute" => TimeWord::Minute,
                "half" => TimeWord::Half,
                _ => return Err(format!("value `{value}` must be past, to, minute or half")),
            }),
            "holiday" => {
                need(value)?;
                let form = match detail {
                    None => HolidayForm::Any,
                    Some("cap") => HolidayForm::Capitalised,
                    Some("after") => HolidayForm::AfterHoliday,
                    Some("counted") => HolidayForm::Counted,
                    Some(d) => {
                        return Err(format!(
                            "detail `{d}` must be empty, `cap`, `after` or `counted`"
                        ))
                    }
                };
                return Ok(Meaning::Holiday {
                    id: self.holiday_id(value),
                    form,
                });
            }
            _ => return Err(format!("unknown kind `{kind}`")),
        };
        no_detail(detail, kind)?;
        Ok(m)
    }
}

const EMPTY: u32 = u32::MAX;

/// The lookup key of an ASCII letter run, case-folded: its length and its first two and last
/// two letters, mixed. Cheap to compute (no per-letter arithmetic); the table entry found is
/// confirmed by comparing the whole word.
/// One step of [`ascii_hash`]: folds in the ASCII letter `b`, in either case.
#[inline(always)]
pub(super) fn hash_step(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ u64::from(b | 0x20)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// The hash of an ASCII letter run, the same for every capitalisation (FxHash's mixing step
/// over the lowercase bytes); the atom reader computes it while it scans the letters.
#[inline]
pub(super) fn ascii_hash(w: &[u8]) -> u64 {
    w.iter().fold(0, |h, &b| hash_step(h, b))
}

const HEAD_BITS: usize = 27 * 27 * 27;
const QUICK_BITS: usize = 32 * 32 * 32;

#[inline]
fn quick_index(a: usize, b: usize, c: usize) -> usize {
    (a & 31) << 10 | (b & 31) << 5 | (c & 31)
}

/// The key of [`DateLexicon::may_anchor_quick`]: the low five bits of the first three bytes
/// (0 for a missing one). For a letter these are its place in the alphabet, in either case.
#[inline]
fn quick_key(t: &[u8]) -> usize {
    let at = |i: usize| usize::from(t.get(i).copied().unwrap_or(0));
    quick_index(at(0), at(1), at(2))
}

/// The head-filter bit of a token or word: its first three bytes, case-folded, where a byte
/// after the first that is not an ASCII letter (and every byte after it) counts as none — so
/// a token and the letter run it starts with have the same bit. `None` when the first byte
/// is not an ASCII letter.
#[inline]
fn head_bit(w: &[u8]) -> Option<usize> {
    let letter = |b: u8| {
        let l = b | 0x20;
        (b.is_ascii_alphabetic()).then(|| usize::from(l - b'a') + 1)
    };
    let a = letter(*w.first()?)?;
    let b = w.get(1).and_then(|&c| letter(c));
    let c = b.and(w.get(2).and_then(|&c| letter(c)));
    Some((a * 27 + b.unwrap_or(0)) * 27 + c.unwrap_or(0))
}

/// The detail of a month name: `bare` when it may stand alone.
fn bare_detail(detail: Option<&str>) -> std::result::Result<bool, String> {
    match detail {
        None => Ok(false),
        Some("bare") => Ok(true),
        Some(d) => Err(format!("detail `{d}` must be empty or `bare`")),
    }
}

fn no_detail(detail: Option<&str>, kind: &str) -> std::result::Result<(), String> {
    match detail {
        Some(d) => Err(format!("kind `{kind}` takes no detail, found `{d}`")),
        None => Ok(()),
    }
}

/// `+HH:MM` or `-HH:MM` as minutes east of UTC.
fn parse_offset(s: &str) -> Option<i16> {
    let b = s.as_bytes();
    if b.len() != 6 || b[3] != b':' {
        return None;
    }
    let sign = match b[0] {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let h: i16 = s.get(1..3)?.parse().ok()?;
    let m: i16 = s.get(4..6)?.parse().ok()?;
    (h <= 14 && m < 60 && s[1..3].bytes().all(|c| c.is_ascii_digit()))
        .then_some(sign * (h * 60 + m))
}

/// A strict `YYYY-MM-DD`.
/// The Islamic years a `holiday_hijri` day is computed for (1945-2101).
const HIJRI_HOLIDAY_YEARS: std::ops::RangeInclusive<i32> = 1364..=1525;

/// How far (in days) an announced `holiday_date` may lie from the arithmetic calendar's day
/// and still be the same holiday.
pub(super) const HIJRI_TOLERANCE_DAYS: i32 = 3;

/// The years a `holiday_fixed` day is listed for.
const FIXED_HOLIDAY_YEARS: std::ops::RangeInclusive<i16> = 1945..=2100;

fn parse_iso_date(s: &str) -> Option<Date> {
    crate::extractor::parse_date(s).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lex(body: &str) -> Result<DateLexicon> {
        DateLexicon::from_lexicons(&[LexiconText::new(
            "t.tsv",
            format!("# test\nform\tkind\tvalue\tdetail\n{body}"),
        )])
    }

    #[test]
    fn builtin_lexicon_compiles() {
        let l =
            DateLexicon::from_lexicons(&[LexiconText::builtin(crate::lexicon::LexiconKind::Dates)])
                .unwrap();
        assert!(l.word_id("nopember").is_some());
        assert!(
            l.word_id("jum").is_some(),
            "Jum'at is cut at the apostrophe"
        );
        let idul = l.holidays.iter().find(|(k, _)| k == "idul_fitri").unwrap();
        assert!(idul.1.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let e = lex("juni\tmonth\t13\t\n").unwrap_err().to_string();
        assert_eq!(
            e,
            "t.tsv:3: value `13` is not a whole number in 1..=12 (kind `month`)"
        );
        let e = lex("x\tcolour\tred\t\n").unwrap_err().to_string();
        assert!(e.starts_with("t.tsv:3: unknown kind `colour`"), "{e}");
        let e = lex("wib\tzone\t7\t\n").unwrap_err().to_string();
        assert!(e.contains("UTC offset"), "{e}");
        let e = lex("idul_fitri\tholiday_date\t2023-02-30\t\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("t.tsv:3:") && e.contains("not a date"), "{e}");
        let e = lex("ahad\tweekday\t7\tbare\n").unwrap_err().to_string();
        assert!(e.contains("takes no detail"), "{e}");
        let e = lex("x1\tconnector\tinterval\t\n").unwrap_err().to_string();
        assert!(e.contains("contains digits"), "{e}");
    }

    #[test]
    fn islamic_holidays_are_dated_where_no_announced_day_is_near() {
        let l = lex(concat!(
            "maulid\tholiday\tmaulid\t\n",
            "maulid\tholiday_hijri\t03-12\t\n",
            "maulid\tholiday_date\t2025-09-05\t\n",
        ))
        .unwrap();
        let (_, dates) = l.holidays.iter().find(|(k, _)| k == "maulid").unwrap();
        let d = |y, m, d| jiff::civil::date(y, m, d);
        // 12 Rabiul Awal 1447 is 4 September 2025 in the arithmetic calendar: the announced
        // day a day later replaces it; 1448 keeps the computed day
        assert!(dates.contains(&d(2025, 9, 5)));
        assert!(!dates.contains(&d(2025, 9, 4)));
        assert!(dates.contains(&d(2026, 8, 26)));
        let e = lex("maulid\tholiday_hijri\t13-12\t\n")
            .unwrap_err()
            .to_string();
        assert_eq!(e, "t.tsv:3: `13-12` is not a day of the Islamic year MM-DD");
    }

    #[test]
    fn holiday_forms_say_what_they_ask_of_the_text() {
        let l = lex(concat!(
            "hari ibu\tholiday\thari_ibu\tcap\n",
            "kuningan\tholiday\tkuningan\tafter\n",
            "natal\tholiday\tnatal\t\n",
            "hari_ibu\tholiday_fixed\t12-22\t\n",
            "kuningan\tholiday_date\t2025-11-29\t\n",
            "natal\tholiday_fixed\t12-25\t\n",
            "kemerdekaan ri\tholiday\tmerdeka\tcounted\n",
            "merdeka\tholiday_fixed\t08-17\t\n",
        ))
        .unwrap();
        let form = |w: &str| {
            let id = l.word_id(w).unwrap();
            match l.phrases[l.phrases_from_word(id)[0] as usize].meaning {
                Meaning::Holiday { form, .. } => form,
                m => panic!("{w}: {m:?}"),
            }
        };
        assert_eq!(form("hari"), HolidayForm::Capitalised);
        assert_eq!(form("kuningan"), HolidayForm::AfterHoliday);
        assert_eq!(form("kemerdekaan"), HolidayForm::Counted);
        assert_eq!(form("natal"), HolidayForm::Any);
        // the fixed ones are known as such, and listed for every year
        let id = |k: &str| l.holidays.iter().position(|(key, _)| key == k).unwrap() as u16;
        assert!(l.fixed.contains(&id("hari_ibu")) && l.fixed.contains(&id("natal")));
        assert!(!l.fixed.contains(&id("kuningan")));
        let ibu = &l.holidays[id("hari_ibu") as usize].1;
        assert!(ibu.contains(&jiff::civil::date(2030, 12, 22)));
        let e = lex("hari ibu\tholiday\thari_ibu\tbold\nhari_ibu\tholiday_fixed\t12-22\t\n")
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "t.tsv:3: detail `bold` must be empty, `cap`, `after` or `counted` (kind `holiday`)"
        );
    }

    #[test]
    fn anniversaries_count_from_a_year() {
        let l = lex(concat!(
            "hut ri\tholiday\tmerdeka\tcap\n",
            "merdeka\tholiday_fixed\t08-17\t\n",
            "merdeka\tholiday_since\t1945\t\n",
        ))
        .unwrap();
        assert_eq!(l.since, vec![(0, 1945)]);
        let e = lex("merdeka\tholiday_since\t45\t\n")
            .unwrap_err()
            .to_string();
        assert_eq!(e, "t.tsv:3: `45` is not a year 1800-2100");
    }

    #[test]
    fn holidays_may_have_an_era_of_their_own() {
        let l = lex(concat!(
            "imlek\tholiday\timlek\t\n",
            "imlek\tholiday_date\t2026-02-17\t\n",
            "imlek\tholiday_era\t-551\t\n",
            "kongzili\tera_after\t\t\n",
        ))
        .unwrap();
        assert_eq!(l.eras, vec![(0, -551)]);
        let e = lex("imlek\tholiday_era\tdua\t\n").unwrap_err().to_string();
        assert_eq!(e, "t.tsv:3: `dua` is not a count of years -2000..2000");
    }

    #[test]
    fn first_days_of_islamic_months_are_known_by_month() {
        let l = lex(concat!(
            "awal_ramadan\tholiday_hijri\t09-01\t\n",
            "awal_ramadan\tholiday_date\t2026-02-19\t\n",
            "maulid\tholiday_hijri\t03-12\t\n",
        ))
        .unwrap();
        let ramadan = l
            .holidays
            .iter()
            .position(|(k, _)| k == "awal_ramadan")
            .unwrap();
        assert_eq!(l.month_starts, vec![(9, ramadan as u16)]);
        // the announced day replaces the arithmetic calendar's (2026-02-18)
        let dates = &l.holidays[ramadan].1;
        assert!(dates.contains(&jiff::civil::date(2026, 2, 19)));
        assert!(!dates.contains(&jiff::civil::date(2026, 2, 18)));
    }

    #[test]
    fn builtin_isbat_months_last_29_or_30_days() {
        let l =
            DateLexicon::from_lexicons(&[LexiconText::builtin(crate::lexicon::LexiconKind::Dates)])
                .unwrap();
        let dates = |k: &str| &l.holidays.iter().find(|(key, _)| key == k).unwrap().1;
        let (ramadan, syawal) = (dates("awal_ramadan"), dates("idul_fitri"));
        for y in 2010..=2026 {
            let in_year = |v: &Vec<Date>| *v.iter().find(|d| i32::from(d.year()) == y).unwrap();
            let days = in_year(ramadan).until(in_year(syawal)).unwrap().get_days();
            assert!((29..=30).contains(&days), "{y}: {days}");
        }
        // the easter-based days keep their distance from Paskah
        let (paskah, pentakosta) = (dates("paskah"), dates("pentakosta"));
        assert_eq!(paskah.len(), pentakosta.len());
        for (a, b) in paskah.iter().zip(pentakosta) {
            assert_eq!(a.until(*b).unwrap().get_days(), 49, "{a}");
        }
    }

    #[test]
    fn holiday_without_dates_is_an_error() {
        let e = lex("natal\tholiday\tchristmas\t\n")
            .unwrap_err()
            .to_string();
        assert_eq!(e, "t.tsv:3: holiday `christmas` has no holiday_date line");
    }

    #[test]
    fn candidates_are_the_phrases_by_their_first_piece() {
        let l =
            DateLexicon::from_lexicons(&[LexiconText::builtin(crate::lexicon::LexiconKind::Dates)])
                .unwrap();
        let same = |cands: &[Candidate], ids: &[u32]| {
            assert_eq!(cands.len(), ids.len());
            for (c, &p) in cands.iter().zip(ids) {
                let phrase = &l.phrases[p as usize];
                assert_eq!(c.meaning, phrase.meaning);
                assert_eq!(c.starts, phrase.meaning.starts());
                assert_eq!(l.rest_of(c), &phrase.pieces[1..]);
            }
        };
        // Where the second piece is `next`, the candidates are the phrases of two pieces or
        // more that go on with it, then those of one piece, in the phrases' order (longest
        // first).
        let check = |r: CandRange, ids: &[u32]| {
            let second = |p: u32| l.phrases[p as usize].pieces.get(1).copied();
            let mut nexts: Vec<Option<PhrasePiece>> = ids.iter().map(|&p| second(p)).collect();
            nexts.extend([None, Some(PhrasePiece::Punct('\u{0}'))]);
            for next in nexts {
                let (longer, singles) = l.candidates(r, || next);
                let want: Vec<u32> = ids
                    .iter()
                    .copied()
                    .filter(|&p| next.is_some() && second(p) == next)
                    .collect();
                same(longer, &want);
                let want: Vec<u32> = ids
                    .iter()
                    .copied()
                    .filter(|&p| second(p).is_none())
                    .collect();
                same(singles, &want);
            }
            let mut pieces = l.second_pieces(r);
            let n = pieces.len();
            pieces.dedup();
            assert_eq!(pieces.len(), n, "one group a second piece");
        };
        for id in 0..l.words.len() as u32 {
            check(l.word_candidates(id), l.phrases_from_word(id));
        }
        assert!(!l.by_punct.is_empty());
        for (c, ids) in &l.by_punct {
            check(l.punct_candidates(*c), ids);
        }
        // and nothing for what begins no phrase
        for r in [l.word_candidates(u32::MAX), l.punct_candidates('\u{0}')] {
            let (longer, singles) = l.candidates(r, || Some(PhrasePiece::Word(0)));
            assert!(longer.is_empty() && singles.is_empty());
        }
        assert!(l.cands.iter().any(|c| c.rest_len > 0));
        // a word that begins many phrases has them in groups
        assert!(l.groups.windows(2).any(|g| g[0].2 == g[1].1));
    }

    #[test]
    fn phrases_are_indexed_longest_first() {
        let l =
            lex("sampai\tconnector\tinterval\t\nsampai dengan\tconnector\tinterval\t\n").unwrap();
        let id = l.word_id("sampai").unwrap();
        let ps = l.phrases_from_word(id);
        assert_eq!(ps.len(), 2);
        assert_eq!(l.phrases[ps[0] as usize].pieces.len(), 2);
    }

    #[test]
    fn the_quick_head_filter_lets_through_all_the_exact_one_does() {
        let l =
            DateLexicon::from_lexicons(&[LexiconText::builtin(crate::lexicon::LexiconKind::Dates)])
                .unwrap();
        let mut tokens: Vec<Vec<u8>> = Vec::new();
        for w in &l.words {
            for cut in 1..=w.len().min(4) {
                for tail in ["", ".", "n", "-", "7", "\u{e9}", "'s", "(", "ZZ"] {
                    let mut t = w[..cut].to_vec();
                    t.extend_from_slice(tail.as_bytes());
                    tokens.push(t.to_ascii_uppercase());
                    tokens.push(t);
                }
            }
        }
        for a in b'A'..=b'z' {
            for b in [b'a', b'k', b'Z', b'.', b' ', 0xc3] {
                tokens.push(vec![a, b]);
                tokens.push(vec![a, b, b'u', b'x']);
            }
        }
        let mut passed = 0;
        for t in &tokens {
            if !t[0].is_ascii_alphabetic() {
                continue;
            }
            if l.may_anchor(t) {
                passed += 1;
                assert!(l.may_anchor_quick(t), "{:?}", String::from_utf8_lossy(t));
            }
        }
        assert!(passed > 100, "{passed}");
        assert!(!l.may_anchor_quick(b"warga"));
    }

    #[test]
    fn offsets_parse() {
        assert_eq!(parse_offset("+07:00"), Some(420));
        assert_eq!(parse_offset("-03:30"), Some(-210));
        assert_eq!(parse_offset("+7:00"), None);
        assert_eq!(parse_offset("+15:00"), None);
    }
}
