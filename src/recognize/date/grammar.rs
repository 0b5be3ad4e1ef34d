//! The date grammar: one left-to-right pass over the atoms that finds calendar expressions
//! and reads their fields, without resolving them against a reference date yet.
//!
//! Expressions are tried at each atom that can start one (a number, a lexicon word, `(`), the
//! longest reading wins, and the scan resumes after it. Nothing here needs the reference date,
//! so the same parse serves to infer it and then to resolve everything against it.

use std::cell::Cell;

use super::atoms::{AtomKind, Atoms, Hit, BARRIER};
use super::lexicon::{DateLexicon, Direction, HolidayForm, Meaning, Suffix, TimeWord, Unit};

/// A year as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Year {
    pub value: i32,
    /// Written with two digits (`02/09/25`): the century is chosen at resolution.
    pub two_digit: bool,
}

/// A clock time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Clock {
    pub hour: u8,
    pub minute: u8,
    /// Minutes east of UTC, when a zone is stated.
    pub zone: Option<i16>,
}

/// The fields of a calendar point as written; missing ones come from the reference date or,
/// in an interval, from the other end.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Point {
    pub year: Option<Year>,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub clock: Option<Clock>,
}

/// How a weekday without a date is placed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum WeekdayDir {
    /// With a direction word: `Senin lalu`, `Jumat depan`, `Kamis ini`.
    Stated(Direction),
    /// Alone in a report: the latest such day on or before the reference date.
    BarePast,
    /// Alone after a future marker (`akan digelar Sabtu`): the next one on or after it.
    BareFuture,
    /// With `besok` or `lusa` that do not fall on it (`Kamis besok` said on a Tuesday: the
    /// coming Thursday): the next one after the reference date.
    Coming,
    /// With `kemarin` that does not fall on it: the latest one before the reference date.
    Gone,
    /// With a week word and its direction (`Rabu pekan lalu`, `Jumat pekan ini`, `Senin
    /// minggu depan`): that day of the week `n` weeks from the reference date's (weeks run
    /// Monday to Sunday, as `pekan ini` does).
    OfWeek(i8),
}

/// Which year a holiday is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum HolidayYear {
    /// Written: `Idul Fitri 2024`.
    Written(i32),
    /// Counted from the reference date's year: `Idul Fitri tahun ini` (0), `tahun lalu` (-1).
    Offset(i32),
    /// Not said: the one nearest the reference date.
    Nearest,
    /// A year of the Islamic calendar: `Ramadan 1447 H`.
    Hijri(i32),
}

/// An expression read relative to the reference date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Rel {
    Days(i32),
    Weeks(i32),
    Months(i32),
    Years(i32),
    Weekday {
        weekday: u8,
        dir: WeekdayDir,
    },
    Month {
        month: u8,
        dir: Direction,
    },
    /// A month of the reference date's year plus `years`: `September tahun ini` (0), `Maret
    /// tahun lalu` (-1).
    MonthOfYear {
        month: u8,
        years: i32,
    },
    /// A holiday, `days` after it (`H-7 Lebaran`: -7). Without `id` (a bare `H+5`) it is the
    /// holiday the text named last.
    Holiday {
        id: Option<u16>,
        year: HolidayYear,
        days: i16,
        /// The count the span ends at (`H-5 hingga H-3 Lebaran`: -3), for a span of days.
        to: Option<i16>,
    },
    /// `n` units after (or before, when negative) the day the text last narrated: `keesokan
    /// harinya`, `sepekan kemudian`, `dua hari sebelumnya` (weeks are counted in days).
    Anaphoric {
        unit: Unit,
        n: i32,
    },
    /// The `n` units up to the reference date (`n` negative: `sepekan terakhir`) or from it
    /// (`tiga hari ke depan`).
    Stretch {
        unit: Unit,
        n: i32,
    },
    /// The Saturday and Sunday of the week `n` weeks from the reference date's: `akhir
    /// pekan lalu` (-1).
    Weekend(i32),
    /// Months `first..=last` of the reference date's year plus `years`: `empat bulan pertama
    /// tahun ini` (1-4, 0).
    MonthSpan {
        first: u8,
        last: u8,
        years: i32,
    },
    /// Month `month` of the Islamic calendar, as the span of its days: `Ramadan 1447 H`,
    /// `Ramadan` (the one nearest the reference date).
    HijriMonth {
        month: u8,
        year: HolidayYear,
        /// One day of it (`1 Syawal 1447 H`) rather than the whole month.
        day: Option<u8>,
    },
    /// The days from weekday `first` to the next weekday `last`, the first placed as a
    /// weekday alone (`Kamis hingga Jumat`).
    Weekdays {
        first: u8,
        last: u8,
        dir: WeekdayDir,
    },
    /// Part `index` (from 1) of `months` months of the reference date's year plus `years`
    /// (`semester pertama tahun ini`), or, with no year said, of the reference date's year
    /// (of the year before when that part has not begun and last year's ended within three
    /// months: `triwulan IV` read in January is the one just ended).
    Period {
        months: u8,
        index: u8,
        years: Option<i32>,
    },
    /// Half `half` of the school year (July to June) the reference date is in: `semester
    /// ganjil` (1: July to December), `semester genap` (2: January to June); with `years`
    /// -1 the latest one ended (`semester genap lalu`), with 1 the next one to begin.
    Term {
        half: u8,
        years: i32,
    },
}

/// What an expression says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum ExprKind {
    Point(Point),
    Interval(Point, Point),
    Relative(Rel),
    /// Read but not a date (`setiap Senin`, `Nomor 12 Tahun 2018`): skipped.
    NotADate,
}

/// One expression: its extent (atoms `start..end`), what it consumed (`..consumed`, which
/// includes trailing words kept out of the text such as `pagi tadi`) and its reading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Expr {
    pub start: usize,
    pub end: usize,
    pub consumed: usize,
    pub kind: ExprKind,
    /// A stated weekday (checked against the date at resolution).
    pub weekday: Option<u8>,
    /// A stated part of the day (index into the lexicon's parts).
    pub part: Option<u16>,
    /// A direction word after a date without a year (`17 Agustus mendatang`, `2 Juli lalu`):
    /// which side of the reference date to place it on.
    pub dir: Option<Direction>,
    /// The date of a statement (`ujar Rudi di Padang, Senin (13/5/2024)`), not of the events
    /// told: no anchor for anaphoric dates.
    pub statement: bool,
    /// Read as a date from the words around it, where alone it would be another thing
    /// (`Kuningan` after `Galungan dan`: the holy day, not the regency).
    pub in_context: bool,
}

impl Expr {
    fn new(start: usize, end: usize, kind: ExprKind) -> Expr {
        Expr {
            start,
            end,
            consumed: end,
            kind,
            weekday: None,
            part: None,
            dir: None,
            statement: false,
            in_context: false,
        }
    }
}

/// A direction that counts from the reference date (`lalu`, `depan`, `ini`), not from the
/// narrated day or by an amount (`lagi`, `kemudian`, `sebelumnya`).
#[inline]
fn deictic(d: Direction) -> bool {
    matches!(d, Direction::Past | Direction::Next | Direction::Current)
}

/// What [`Parser::trailing`] consumed.
#[derive(Clone, Copy, Debug)]
struct Trailing {
    end: usize,
    part: Option<u16>,
    dir: Option<Direction>,
}

/// A run of adjacent numbers and separators: `17/6/2021`, `09.00–12.00`, `2019-2023`.
#[derive(Clone, Copy, Debug)]
struct Run {
    end: usize,
    n: usize,
    nums: [(u32, u8); 6],
    seps: [char; 5],
}

const MAX_RUN: usize = 6;

#[inline]
fn is_sep(c: char) -> bool {
    matches!(c, '/' | '-' | '.' | ':' | ',' | '–' | '—')
}

#[inline]
fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—')
}

/// Most words of a holiday's name ([`Parser::holiday_dated_at`]: `Hari Raya Trisuci Waisak`).
const MAX_HOLIDAY_WORDS: usize = 6;

#[inline]
fn plausible_year(y: u32) -> bool {
    (1900..=2100).contains(&y)
}

/// True when `year-month-day` is a real date; a missing year allows 29 February.
pub(super) fn valid_day(year: Option<i32>, month: u8, day: u8) -> bool {
    let y = year.unwrap_or(2000);
    i16::try_from(y).is_ok_and(|y| jiff::civil::Date::new(y, month as i8, day as i8).is_ok())
}

/// The grammar over one text's atoms.
pub(super) struct Parser<'a> {
    a: &'a Atoms,
    lex: &'a DateLexicon,
    /// The last run read, by its first atom: the readings tried at one number ask for it
    /// many times.
    last_run: Cell<Option<(usize, Option<Run>)>>,
}

impl<'a> Parser<'a> {
    pub fn new(a: &'a Atoms, lex: &'a DateLexicon) -> Parser<'a> {
        Parser {
            a,
            lex,
            last_run: Cell::new(None),
        }
    }

    /// All expressions of the text, in order, the skipped ones included.
    #[cfg(test)]
    pub fn parse(&self) -> Vec<Expr> {
        let mut out = Vec::new();
        self.parse_into(&mut out);
        out
    }

    /// [`parse`](Self::parse) into `out` (emptied first), so that a caller reading many texts
    /// reuses one buffer.
    pub fn parse_into(&self, out: &mut Vec<Expr>) {
        out.clear();
        let mut i = 0;
        // the atoms an expression may begin at (numbers and `starts`), the rest passed over
        let begins = &self.a.begins;
        let mut b = 0;
        loop {
            while begins.get(b).is_some_and(|&k| (k as usize) < i) {
                b += 1;
            }
            let Some(&k) = begins.get(b) else {
                break;
            };
            i = k as usize;
            // most numbers begin nothing: a number has no lexicon hits of its own, so none of
            // the tests below the first (`parse_at`'s) would read it
            if matches!(self.kind(i), Some(AtomKind::Num { .. })) && self.number_reads_nothing(i) {
                i += 1;
                continue;
            }
            let not_a_date =
                |m: &Meaning| matches!(m, Meaning::Generic { .. } | Meaning::NamePrefix);
            if self.has(i, not_a_date) {
                let mut j = self.end_of(i, not_a_date).unwrap_or(i + 1);
                // setiap hari pukul 08.00: the day word is passed over; but `Panitia Hari
                // Pahlawan` names its holiday
                let holiday = |m: &Meaning| matches!(m, Meaning::Holiday { .. });
                if let Some(e) = self.find(j, |m| {
                    matches!(
                        m,
                        Meaning::Unit {
                            unit: Unit::Day,
                            count: None
                        }
                    )
                }) {
                    if !self.has(j, holiday) {
                        j = e;
                    }
                }
                if let Some(mut e) = self.parse_at(j, out.last()) {
                    // setiap hari pukul 08.00: the day recurs, the time of day is a time
                    // alone.
                    let clock_only = |p: &Point| {
                        p.clock.is_some()
                            && p.day.is_none()
                            && p.month.is_none()
                            && p.year.is_none()
                    };
                    let time_alone = match &e.kind {
                        ExprKind::Point(p) => clock_only(p),
                        ExprKind::Interval(a, b) => clock_only(a) && clock_only(b),
                        _ => false,
                    };
                    // salat Idul Fitri 1447 H: the holiday's prayer, on the holiday
                    let holiday =
                        matches!(e.kind, ExprKind::Relative(Rel::Holiday { id: Some(_), .. }))
                            && self.has(i, |m| {
                                matches!(
                                    m,
                                    Meaning::Generic {
                                        keeps_holidays: true
                                    }
                                )
                            });
                    if (time_alone || holiday) && e.start == j {
                        out.push(Expr::new(i, j, ExprKind::NotADate));
                        i = e.consumed.max(j + 1);
                        out.push(e);
                        continue;
                    }
                    let shape = std::mem::discriminant(&e.kind);
                    let recurring = self.has(i, |m| matches!(m, Meaning::Generic { .. }));
                    e.kind = ExprKind::NotADate;
                    e.start = i;
                    i = e.consumed.max(i + 1);
                    out.push(e);
                    // setiap Jumat dan Minggu: the days of its shape joined to a recurring
                    // one recur too (not `setiap Jumat, Selasa (4/3/2025)`); a name's date
                    // takes none (`Jalan 17 Agustus, Senin (3/11/2025)`)
                    while let Some(k) = self
                        .find(i, |m| matches!(m, Meaning::Conj))
                        .filter(|_| recurring)
                    {
                        let Some(mut next) = self
                            .parse_at(k, out.last())
                            .filter(|x| std::mem::discriminant(&x.kind) == shape)
                        else {
                            break;
                        };
                        next.kind = ExprKind::NotADate;
                        next.start = k;
                        i = next.consumed.max(k + 1);
                        out.push(next);
                    }
                    continue;
                }
            }
            // keesokan harinya: the longest phrase here is an unplaceable one
            if let Some(h) = self.a.hits(i).first() {
                if h.meaning == Meaning::Vague {
                    out.push(Expr::new(i, h.end, ExprKind::NotADate));
                    i = h.end;
                    continue;
                }
            }
            // Gedung Olah Raga 27 September: a day and month (no year) after the capitalised
            // words of a name that a name word opens are part of the name.
            if self.named_before(i) {
                let yearless = |e: &Expr| match e.kind {
                    ExprKind::Point(p) => p.year.is_none() && p.day.is_some(),
                    _ => false,
                };
                if let Some(mut e) = self.parse_at(i, out.last()).filter(yearless) {
                    e.kind = ExprKind::NotADate;
                    i = e.consumed.max(i + 1);
                    out.push(e);
                    continue;
                }
            }
            if let Some(skip) = self.code_extent(i) {
                out.push(Expr::new(i, skip, ExprKind::NotADate));
                i = skip;
                continue;
            }
            match self.parse_at(i, out.last()) {
                Some(mut e) => {
                    if self.recurs_after_range(&e, out) {
                        e.kind = ExprKind::NotADate;
                    }
                    i = e.consumed.max(i + 1);
                    out.push(e);
                }
                None => i += 1,
            }
        }
    }

    /// Whether `e`, a weekday alone after a conjunction, continues a list of opening hours
    /// that a recurring range of weekdays began in the same sentence (`Senin-Jumat pukul
    /// 08.00-16.00 dan Sabtu pukul 08.00-12.00`): then it recurs too. Only times of day may
    /// stand between.
    fn recurs_after_range(&self, e: &Expr, out: &[Expr]) -> bool {
        let bare = matches!(
            e.kind,
            ExprKind::Relative(Rel::Weekday {
                dir: WeekdayDir::BarePast | WeekdayDir::BareFuture,
                ..
            })
        );
        if !bare
            || e.start == 0
            || self.find(e.start - 1, |m| matches!(m, Meaning::Conj)) != Some(e.start)
        {
            return false;
        }
        let clock_only = |p: &Point| {
            p.clock.is_some() && p.day.is_none() && p.month.is_none() && p.year.is_none()
        };
        // no sentence or line ends in the atoms `from..to`
        let open = |from: usize, to: usize| {
            (from..to.min(self.a.atoms.len())).all(|k| {
                let a = &self.a.atoms[k];
                !a.newline && !matches!(a.kind, AtomKind::Punct('.' | '!' | '?' | ';' | BARRIER))
            })
        };
        let mut to = e.start - 1;
        for x in out.iter().rev().take(4) {
            if !open(x.consumed, to) {
                return false;
            }
            match x.kind {
                ExprKind::Point(p) if clock_only(&p) => {}
                ExprKind::Interval(a, b) if clock_only(&a) && clock_only(&b) => {}
                ExprKind::NotADate => {
                    return self.has(x.start, |m| matches!(m, Meaning::Weekday(_)))
                        && open(x.start + 1, x.consumed);
                }
                _ => return false,
            }
            to = x.start;
        }
        false
    }

    // ---- small helpers -------------------------------------------------------------------

    #[inline]
    fn kind(&self, i: usize) -> Option<AtomKind> {
        self.a.atoms.get(i).map(|a| a.kind)
    }

    #[inline]
    fn gap(&self, i: usize) -> bool {
        self.a.atoms.get(i).map_or(true, |a| a.gap)
    }

    #[inline]
    fn punct(&self, i: usize, c: char) -> bool {
        self.kind(i) == Some(AtomKind::Punct(c))
    }

    /// The longest lexicon hit at `i` whose meaning satisfies `pred`.
    #[inline]
    fn hit(&self, i: usize, pred: impl Fn(&Meaning) -> bool) -> Option<(Meaning, usize)> {
        self.a
            .hits(i)
            .iter()
            .find(|h| pred(&h.meaning))
            .map(|h| (h.meaning, h.end))
    }

    #[inline]
    fn has(&self, i: usize, pred: impl Fn(&Meaning) -> bool) -> bool {
        self.hit(i, pred).is_some()
    }

    #[inline]
    fn find(&self, i: usize, pred: impl Fn(&Meaning) -> bool) -> Option<usize> {
        self.hit(i, pred).map(|(_, e)| e)
    }

    #[inline]
    fn end_of(&self, i: usize, pred: impl Fn(&Meaning) -> bool) -> Option<usize> {
        self.find(i, pred)
    }

    /// True when the atoms `from..to` are one interval connector (`hingga`, `sampai dengan`,
    /// `–`), maybe with a preposition-like word after it (`hingga pertengahan`), and nothing
    /// else: two dates read apart there are the ends of one interval.
    pub(super) fn connects(&self, from: usize, to: usize) -> bool {
        if from >= to {
            return false;
        }
        match self.find(from, |m| matches!(m, Meaning::Connector)) {
            Some(k) if k == to => true,
            Some(k) => self.find(k, |m| matches!(m, Meaning::Prep(_))) == Some(to),
            None => false,
        }
    }

    /// True when the atoms `from..to` say that the dates read before and after them are one
    /// day (`, bertepatan dengan`, `yang bertepatan dengan`) and nothing else.
    pub(super) fn same_day(&self, from: usize, to: usize) -> bool {
        let from = if self.punct(from, ',') {
            from + 1
        } else {
            from
        };
        from < to && self.find(from, |m| matches!(m, Meaning::SameDay)) == Some(to)
    }

    /// Whether atom `i` is a dash.
    pub(super) fn dash_at(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(AtomKind::Punct(c)) if is_dash(c))
    }

    /// True when the atoms `from..to` are one conjunction (`dan`, `serta`) and nothing else:
    /// the dates read apart there are named together (`Natal dan Tahun Baru`).
    pub(super) fn conjoined(&self, from: usize, to: usize) -> bool {
        from < to && self.find(from, |m| matches!(m, Meaning::Conj)) == Some(to)
    }

    /// A word with no date meaning, capitalised: likely a name (`Jumat Berkah`).
    fn is_capitalised_other(&self, i: usize) -> bool {
        matches!(self.kind(i), Some(AtomKind::Word { cap: true, .. })) && self.a.hits(i).is_empty()
    }

    fn is_capitalised(&self, i: usize) -> bool {
        matches!(
            self.kind(i),
            Some(AtomKind::Word { cap: true, .. } | AtomKind::Word { upper: true, .. })
        )
    }

    /// One to three capitalised words that are no date words right before `i`, opened by a
    /// name word (`Gedung Olah Raga` before `27 September`).
    fn named_before(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 && i - j < 3 && self.is_capitalised_other(j - 1) {
            j -= 1;
        }
        j < i && j > 0 && self.find(j - 1, |m| matches!(m, Meaning::NamePrefix)) == Some(j)
    }

    /// Whether the clause ends at `i`: the text ends, or a punctuation mark that joins no
    /// numbers follows (not `/`, a dash or `%`).
    fn closes_clause(&self, i: usize) -> bool {
        match self.kind(i) {
            None => true,
            Some(AtomKind::Punct(c)) => !(is_dash(c) || c == '/' || c == '%'),
            Some(_) => false,
        }
    }

    /// A single-word preposition-like context word right before `i`.
    fn prep_before(&self, i: usize) -> bool {
        i > 0 && self.find(i - 1, |m| matches!(m, Meaning::Prep(_))) == Some(i)
    }

    /// `i - 1` is a conjunction right after the previous expression, which satisfies `pred`.
    fn coordinated(&self, i: usize, prev: Option<&Expr>, pred: impl Fn(&Expr) -> bool) -> bool {
        i > 0 && self.conjoined(i - 1, i) && prev.is_some_and(|p| p.consumed == i - 1 && pred(p))
    }

    // ---- numbers -------------------------------------------------------------------------

    /// The run of adjacent numbers and separators starting at `i`, if `i` starts one and it
    /// is not glued to letters (`COVID-19`, `1707/Merauke`, `9ktober`).
    #[inline]
    fn run(&self, i: usize) -> Option<Run> {
        // what is not a number starts no run (the first test of `read_run`)
        if !matches!(self.kind(i), Some(AtomKind::Num { .. })) {
            return None;
        }
        if let Some((k, r)) = self.last_run.get() {
            if k == i {
                return r;
            }
        }
        let r = self.read_run(i);
        self.last_run.set(Some((i, r)));
        r
    }

    #[inline(never)]
    fn read_run(&self, i: usize) -> Option<Run> {
        let atoms = &self.a.atoms;
        let AtomKind::Num { value, digits } = atoms.get(i)?.kind else {
            return None;
        };
        if !atoms[i].gap && i > 0 {
            match atoms[i - 1].kind {
                AtomKind::Word { .. } | AtomKind::Num { .. } => return None,
                // `COVID-19` is a name; `28 Juli-8 Agustus` and `18 Desember 2026–4 Januari
                // 2027` two dates
                AtomKind::Punct(c)
                    if is_sep(c)
                        && i >= 2
                        && !atoms[i - 1].gap
                        && !matches!(atoms[i - 2].kind, AtomKind::Punct(_))
                        && !(is_dash(c)
                            && (self.has(i - 2, |m| matches!(m, Meaning::Month { .. }))
                                || matches!(
                                    atoms[i - 2].kind,
                                    AtomKind::Num { digits: 4, .. }
                                ) && digits <= 2
                                    && self
                                        .has(i + 1, |m| matches!(m, Meaning::Month { .. })))) =>
                {
                    return None
                }
                _ => {}
            }
        }
        let mut run = Run {
            end: i + 1,
            n: 1,
            nums: [(value, digits); MAX_RUN],
            seps: [' '; MAX_RUN - 1],
        };
        let mut j = i;
        while let (Some(s), Some(m)) = (atoms.get(j + 1), atoms.get(j + 2)) {
            match (s.kind, m.kind) {
                // A dash between a year and the day of a month joins two dates, not one run:
                // `18 Desember 2026–4 Januari 2027`.
                (AtomKind::Punct(c), AtomKind::Num { digits: 1..=2, .. })
                    if is_dash(c)
                        && run.n == 1
                        && run.nums[0].1 == 4
                        && self.has(j + 3, |m| matches!(m, Meaning::Month { .. })) =>
                {
                    break
                }
                (AtomKind::Punct(c), AtomKind::Num { value, digits })
                    if is_sep(c) && !s.gap && !m.gap =>
                {
                    if run.n == MAX_RUN {
                        return None;
                    }
                    run.seps[run.n - 1] = c;
                    run.nums[run.n] = (value, digits);
                    run.n += 1;
                    j += 2;
                }
                _ => break,
            }
        }
        run.end = j + 1;
        let glued = |k: usize| atoms.get(k).filter(|a| !a.gap).map(|a| a.kind);
        // `1990-an`; not a year before the month that ends a range (`Oktober 2025-Maret 2026`)
        if run.n == 1
            && glued(run.end) == Some(AtomKind::Punct('-'))
            && matches!(glued(run.end + 1), Some(AtomKind::Word { .. }))
            && !self.has(run.end + 1, |m| matches!(m, Meaning::Month { .. }))
        {
            return None;
        }
        if let Some(next) = atoms.get(run.end).filter(|a| !a.gap) {
            match next.kind {
                AtomKind::Word { .. } | AtomKind::Num { .. } => return None,
                AtomKind::Punct('/')
                    if matches!(
                        atoms.get(run.end + 1).filter(|a| !a.gap).map(|a| a.kind),
                        Some(AtomKind::Word { .. })
                    ) =>
                {
                    return None
                }
                _ => {}
            }
        }
        Some(run)
    }

    /// A plain number (one run element).
    fn plain(&self, i: usize) -> Option<(u32, u8, usize)> {
        let r = self.run(i)?;
        (r.n == 1).then_some((r.nums[0].0, r.nums[0].1, r.end))
    }

    /// A four-digit year 1900–2100 standing alone.
    fn year(&self, i: usize) -> Option<(i32, usize)> {
        let (v, d, end) = self.plain(i)?;
        (d == 4 && plausible_year(v)).then_some((v as i32, end))
    }

    /// A day of the month standing alone.
    fn day(&self, i: usize) -> Option<(u8, usize)> {
        let (v, d, end) = self.plain(i)?;
        (d <= 2 && (1..=31).contains(&v)).then_some((v as u8, end))
    }

    /// A number in digits or words (`57`, `dua`, `tiga puluh`, `lima belas`).
    fn count(&self, i: usize) -> Option<(u32, usize)> {
        if let Some((v, d, end)) = self.plain(i) {
            return (d <= 3).then_some((v, end));
        }
        let (m, mut end) = self.hit(i, |m| matches!(m, Meaning::Number(_)))?;
        let Meaning::Number(mut v) = m else {
            return None;
        };
        if let Some((Meaning::NumberSuffix(s), e)) =
            self.hit(end, |m| matches!(m, Meaning::NumberSuffix(_)))
        {
            end = e;
            match s {
                Suffix::Teen => v += 10,
                Suffix::Tens => {
                    v *= 10;
                    if let Some((Meaning::Number(u), e)) =
                        self.hit(end, |m| matches!(m, Meaning::Number(u) if *u < 10))
                    {
                        v += u;
                        end = e;
                    }
                }
            }
        }
        Some((v, end))
    }

    /// A numeric date run: D/M/Y, D-M-Y, D.M.Y (four-digit year), Y-M-D, D/M/YY, or D/M
    /// (when `allow_dm`). Returns the point and its end.
    fn numeric_date(&self, i: usize, allow_dm: bool) -> Option<(Point, usize)> {
        let r = self.run(i)?;
        let (d, m, y) = match r.n {
            3 if r.seps[0] == r.seps[1] && matches!(r.seps[0], '/' | '-' | '.') => {
                let [a, b, c, ..] = r.nums;
                if a.1 == 4 && r.seps[0] != '.' {
                    if b.1 > 2 || c.1 > 2 || !plausible_year(a.0) {
                        return None;
                    }
                    (
                        c.0,
                        b.0,
                        Year {
                            value: a.0 as i32,
                            two_digit: false,
                        },
                    )
                } else {
                    if a.1 > 2 || b.1 > 2 {
                        return None;
                    }
                    let year = match c.1 {
                        4 if plausible_year(c.0) => Year {
                            value: c.0 as i32,
                            two_digit: false,
                        },
                        2 if r.seps[0] != '.' => Year {
                            value: c.0 as i32,
                            two_digit: true,
                        },
                        _ => return None,
                    };
                    (a.0, b.0, year)
                }
            }
            2 if allow_dm && r.seps[0] == '/' && r.nums[0].1 <= 2 && r.nums[1].1 <= 2 => {
                let p = Point {
                    day: Some(r.nums[0].0 as u8),
                    month: Some(r.nums[1].0 as u8),
                    ..Point::default()
                };
                return (valid_day(None, r.nums[1].0 as u8, r.nums[0].0 as u8) && r.nums[1].0 >= 1)
                    .then_some((p, r.end));
            }
            _ => return None,
        };
        if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return None;
        }
        let full = if y.two_digit { None } else { Some(y.value) };
        if !valid_day(full, m as u8, d as u8) {
            return None;
        }
        Some((
            Point {
                year: Some(y),
                month: Some(m as u8),
                day: Some(d as u8),
                clock: None,
            },
            r.end,
        ))
    }

    /// A numeric day range: `15-16/6/2021`, `30/6-2/7/2025`, `20/3/2025-21/3/2025`, or
    /// without a year (`15-16/6`, `20/3-21/3`) when `allow_no_year`.
    fn numeric_day_range(&self, i: usize, allow_no_year: bool) -> Option<(Point, Point, usize)> {
        let r = self.run(i)?;
        if let Some((s, t)) = two_numeric_dates(&r, allow_no_year) {
            return Some((s, t, r.end));
        }
        if !(r.n == 3 || r.n == 4)
            || !is_dash(r.seps[0])
            || r.seps[1..r.n - 1].iter().any(|&c| c != '/')
        {
            return None;
        }
        let [(d1, l1), (d2, l2), (m, lm), (y, ly), ..] = r.nums;
        let year = if r.n == 4 {
            match ly {
                4 if plausible_year(y) => Some(Year {
                    value: y as i32,
                    two_digit: false,
                }),
                2 => Some(Year {
                    value: y as i32,
                    two_digit: true,
                }),
                _ => return None,
            }
        } else if allow_no_year {
            None
        } else {
            return None;
        };
        if l1 > 2 || l2 > 2 || lm > 2 || d1 >= d2 || !(1..=12).contains(&m) || d1 == 0 {
            return None;
        }
        let full = year.filter(|y| !y.two_digit).map(|y| y.value);
        if !valid_day(full, m as u8, d2 as u8) {
            return None;
        }
        let s = Point {
            year,
            month: Some(m as u8),
            day: Some(d1 as u8),
            clock: None,
        };
        Some((
            s,
            Point {
                day: Some(d2 as u8),
                ..s
            },
            r.end,
        ))
    }

    /// After a day number: `dan 18 Juni 2021`, `, 6, dan 7 Mei` — the month and year of the
    /// written date that ends the list.
    fn coordinated_days(&self, mut k: usize) -> Option<Point> {
        for _ in 0..8 {
            k = self.find(k, |m| matches!(m, Meaning::Conj))?;
            if let Some(c) = self.find(k, |m| matches!(m, Meaning::Conj)) {
                k = c; // `, dan`
            }
            if let Some((p, _)) = self.written_date(k) {
                return Some(p);
            }
            k = self.day(k)?.1;
        }
        None
    }

    /// After a month name: `dan Februari 2024`, `, Februari, dan Maret 2024` — the year of
    /// the month that ends the list.
    fn coordinated_months(&self, mut k: usize) -> Option<Year> {
        for _ in 0..12 {
            k = self.find(k, |m| matches!(m, Meaning::Conj))?;
            if let Some(c) = self.find(k, |m| matches!(m, Meaning::Conj)) {
                k = c;
            }
            let (p, _, e) = self.month_year(k)?;
            if p.year.is_some() {
                return p.year;
            }
            k = e;
        }
        None
    }

    /// `Juni 17, 2021`: the English order.
    fn month_day_year(&self, i: usize) -> Option<(Point, usize)> {
        let (m, _, e) = self.month(i)?;
        let (d, mut e) = self.day(e)?;
        if self.punct(e, ',') {
            e += 1;
        }
        let (y, e) = self.year(e)?;
        valid_day(Some(y), m, d).then_some((
            Point {
                year: Some(Year {
                    value: y,
                    two_digit: false,
                }),
                month: Some(m),
                day: Some(d),
                clock: None,
            },
            e,
        ))
    }

    /// A month name (with an optional abbreviation period): `(month, bare allowed, end)`.
    fn month(&self, i: usize) -> Option<(u8, bool, usize)> {
        let (m, mut end) = self.hit(i, |m| matches!(m, Meaning::Month { .. }))?;
        let Meaning::Month { month, bare } = m else {
            return None;
        };
        if !bare && self.punct(end, '.') && !self.gap(end) {
            end += 1;
        }
        Some((month, bare, end))
    }

    /// A written date starting with a day: `17 Juni 2021`, `17 Jun`, `3 OKTOBER 2016`.
    fn written_date(&self, i: usize) -> Option<(Point, usize)> {
        let (d, e) = self.day(i)?;
        let (m, _, e) = self.month(e)?;
        let (year, e) = match self.year(e) {
            Some((y, e)) => (
                Some(Year {
                    value: y,
                    two_digit: false,
                }),
                e,
            ),
            None => (None, e),
        };
        if !valid_day(year.map(|y| y.value), m, d) {
            return None;
        }
        Some((
            Point {
                year,
                month: Some(m),
                day: Some(d),
                clock: None,
            },
            e,
        ))
    }

    /// A month with an optional year: `Juni 2021`, `Juni`.
    fn month_year(&self, i: usize) -> Option<(Point, bool, usize)> {
        let (m, bare, e) = self.month(i)?;
        let (year, e) = match self.year(e) {
            Some((y, e)) => (
                Some(Year {
                    value: y,
                    two_digit: false,
                }),
                e,
            ),
            None => (None, e),
        };
        Some((
            Point {
                year,
                month: Some(m),
                ..Point::default()
            },
            bare,
            e,
        ))
    }

    /// Any dated point that can end an interval: a written or numeric date, a month with or
    /// without a year, a year (after an optional year-context word).
    fn interval_end(&self, i: usize) -> Option<(Point, usize)> {
        if let Some(r) = self.written_date(i).or_else(|| self.numeric_date(i, false)) {
            return Some(r);
        }
        if let Some((p, _, e)) = self.month_year(i) {
            return Some((p, e));
        }
        let j = self
            .find(i, |m| matches!(m, Meaning::YearContext { .. }))
            .unwrap_or(i);
        self.year(j).map(|(y, e)| {
            (
                Point {
                    year: Some(Year {
                        value: y,
                        two_digit: false,
                    }),
                    ..Point::default()
                },
                e,
            )
        })
    }

    /// After `start` ending at `e`: `hingga|sampai|-|s.d. [sekarang] END`, merged into an
    /// interval when the two ends have compatible fields.
    fn continue_interval(&self, start: Point, e: usize) -> Option<(Point, Point, usize)> {
        let mut k = self.find(e, |m| matches!(m, Meaning::Connector))?;
        if let Some(n) = self.find(k, |m| matches!(m, Meaning::Now)) {
            k = n;
        }
        let (end, e2) = self.interval_end(k)?;
        let mut start = start;
        let had_month = start.month.is_some();
        let had_year = start.year.is_some();
        let (s, t) = (&mut start, &end);
        let ok = match (
            s.day.is_some(),
            s.month.is_some(),
            t.day.is_some(),
            t.month.is_some(),
        ) {
            // 27 hingga 29 Agustus 2024
            (true, false, true, true) => {
                s.month = t.month;
                s.year.is_none()
            }
            // 1 Februari hingga 31 Maret 2018; Januari hingga Maret 2024
            (true, true, true, true) | (false, true, false, true) => {
                s.year.is_some() == t.year.is_some() || s.year.is_none()
            }
            // 2019 hingga 2023
            (false, false, false, false) => s.year.is_some() && t.year.is_some(),
            _ => false,
        };
        if !ok {
            return None;
        }
        if !had_year {
            start.year = end.year;
        }
        // The interval must go forward; a start that took the end's year may take the year
        // before instead (30 Desember hingga 2 Januari 2022).
        let key = |p: &Point| {
            (
                p.year.map_or(0, |y| y.value),
                p.month.unwrap_or(0),
                p.day.unwrap_or(0),
            )
        };
        if key(&start) >= key(&end) {
            match start.year {
                Some(y) if !had_year && had_month && start.month != end.month => {
                    start.year = Some(Year {
                        value: y.value - 1,
                        two_digit: y.two_digit,
                    });
                }
                _ if start.year.is_none() && start.month != end.month => {}
                _ => return None,
            }
        }
        if let (Some(m), Some(d)) = (start.month, start.day) {
            let year = start.year.filter(|y| !y.two_digit).map(|y| y.value);
            if !valid_day(year, m, d) {
                return None;
            }
        }
        Some((start, end, e2))
    }

    /// A bare clock time after `i` (`10.00`, `19:30`), with its zone: attaches to a date
    /// written right before it (`17/06/2021 10.00 WIB`).
    fn attached_clock(&self, i: usize) -> Option<(Clock, usize)> {
        if !self.gap(i) {
            return None;
        }
        let r = self.run(i)?;
        let (hour, minute) = run_clock(&r, 0)?;
        if r.n != 2 {
            return None;
        }
        let (zone, e) = self.zone(r.end);
        Some((Clock { hour, minute, zone }, e))
    }

    fn zone(&self, i: usize) -> (Option<i16>, usize) {
        match self.hit(i, |m| matches!(m, Meaning::Zone(_))) {
            Some((Meaning::Zone(z), e)) => (Some(z), e),
            _ => (None, i),
        }
    }

    /// Words after a date that belong to it but stay out of its text: a part of the day
    /// (`pagi`, `pagi tadi`) and a direction (`lalu`, `ini`, `mendatang`). Returns the end, the
    /// part and the direction, if any.
    fn trailing(&self, mut i: usize) -> Trailing {
        let mut t = Trailing {
            end: i,
            part: None,
            dir: None,
        };
        for _ in 0..2 {
            match self.hit(i, |m| {
                matches!(
                    m,
                    Meaning::PartOfDay(_)
                        | Meaning::RelativeDay {
                            offset: 0,
                            part: Some(_)
                        }
                        | Meaning::Direction(_)
                )
            }) {
                Some((Meaning::PartOfDay(p), e)) => {
                    t.part = t.part.or(Some(p));
                    i = e;
                }
                Some((Meaning::RelativeDay { part: p, .. }, e)) => {
                    t.part = t.part.or(p);
                    i = e;
                }
                Some((Meaning::Direction(d), e)) if deictic(d) => {
                    t.dir = t.dir.or(Some(d));
                    i = e;
                }
                _ => break,
            }
        }
        t.end = i;
        t
    }

    /// [`trailing`](Self::trailing) applied to `x`.
    fn with_trailing(&self, mut x: Expr) -> Expr {
        let t = self.trailing(x.end);
        x.consumed = t.end;
        x.part = x.part.or(t.part);
        x.dir = t.dir;
        x
    }

    // ---- expressions ---------------------------------------------------------------------

    /// The expression starting at atom `i`, if any.
    fn parse_at(&self, i: usize, prev: Option<&Expr>) -> Option<Expr> {
        let atom = self.a.atoms.get(i)?;
        match atom.kind {
            AtomKind::Num { .. } if self.number_reads_nothing(i) => None,
            AtomKind::Num { .. } => self
                .hijri_day_expr(i)
                .or_else(|| self.hijri_and_gregorian_year_expr(i))
                .or_else(|| self.time_expr(i))
                .or_else(|| self.count_unit_expr(i))
                .or_else(|| self.number_date_expr(i, prev)),
            AtomKind::Word { .. } if atom.starts => {
                // each reading of a word needs a phrase of its kind at `i` (its first test):
                // the ones whose kind is not there are passed over
                let has = heads(self.a.hits(i));
                let to = |kinds: u32| has & kinds != 0;
                None.or_else(|| {
                    to(head::UNIT | head::MONTH_PART)
                        .then(|| self.week_of_month_expr(i))
                        .flatten()
                })
                .or_else(|| to(head::WEEKEND).then(|| self.weekend_expr(i)).flatten())
                .or_else(|| {
                    let mut e = to(head::WEEKDAY).then(|| self.weekday_expr(i))??;
                    e.statement = self.dates_statement(i);
                    Some(e)
                })
                .or_else(|| {
                    to(head::HOLIDAY_DAY)
                        .then(|| self.holiday_offset_expr(i))
                        .flatten()
                })
                .or_else(|| {
                    to(head::HOLIDAY)
                        .then(|| {
                            self.counted_holiday_expr(i)
                                .or_else(|| self.holiday_expr(i, prev))
                        })
                        .flatten()
                })
                .or_else(|| to(head::PERIOD).then(|| self.period_expr(i)).flatten())
                .or_else(|| {
                    to(head::ANAPHORIC_DAY)
                        .then(|| self.anaphoric_day_expr(i))
                        .flatten()
                })
                // (a clock after no `pukul` begins with a number)
                .or_else(|| to(head::TIME_INTRO).then(|| self.time_expr(i)).flatten())
                .or_else(|| {
                    to(head::RELATIVE_DAY)
                        .then(|| self.relative_day_expr(i))
                        .flatten()
                })
                .or_else(|| {
                    to(head::QUANTIFIER | head::NUMBER | head::UNIT)
                        .then(|| self.count_unit_expr(i))
                        .flatten()
                })
                .or_else(|| {
                    to(head::UNIT)
                        .then(|| self.unit_direction_expr(i))
                        .flatten()
                })
                .or_else(|| {
                    to(head::YEAR_CONTEXT)
                        .then(|| self.year_context_expr(i))
                        .flatten()
                })
                .or_else(|| {
                    to(head::DAY_INTRO)
                        .then(|| self.day_intro_expr(i))
                        .flatten()
                })
                .or_else(|| to(head::MONTH).then(|| self.month_expr(i, prev)).flatten())
                .or_else(|| {
                    to(head::HIJRI_MONTH)
                        .then(|| self.hijri_month_expr(i))
                        .flatten()
                })
                .or_else(|| {
                    to(head::UNIT)
                        .then(|| self.unit_edge_expr(i, prev))
                        .flatten()
                })
            }
            _ => None,
        }
    }

    /// Whether the number at `i` surely begins no expression, by a cheap test that most numbers
    /// of news text meet (amounts, counts, the inner numbers of `1.250.000`): it starts no run
    /// (every reading of a number reads its run), or its run is followed by no lexicon word
    /// and is
    ///
    /// * one number that is no year after a lexicon word (a month, a unit or a connector
    ///   after it begins every reading of one number; a year alone needs a preposition or a
    ///   conjunction before it), or
    /// * two numbers, not two years (`2019-2023`) nor after `(` (`(17/6)`): a clock or a day
    ///   and month then needs a zone, a part of the day, a month or a connector after it.
    ///
    /// Numbers carry no lexicon hits of their own.
    #[inline]
    fn number_reads_nothing(&self, i: usize) -> bool {
        // a lexicon word before it, or an event phrase of two words (`banjir besar 2021`)
        let after_word = || {
            i > 0 && !self.a.hits(i - 1).is_empty()
                || (2..=4).any(|b| i >= b && self.has(i - b, |m| matches!(m, Meaning::Event)))
        };
        // Most numbers stand apart from what follows: their run, if they start one, is that
        // number alone and ends at `i + 1`, so the test needs no run read.
        if let (true, Some(AtomKind::Num { value, digits })) = (self.gap(i + 1), self.kind(i)) {
            if self.a.hits(i + 1).is_empty()
                && !(digits == 4 && plausible_year(value) && after_word())
            {
                return true;
            }
        }
        let Some(r) = self.run(i) else {
            // a decade is no run, and reads itself (`pada 1990-an`)
            return self.decade(i).is_none();
        };
        if !self.a.hits(r.end).is_empty() {
            return false;
        }
        let (v, d) = r.nums[0];
        match r.n {
            1 => !(d == 4 && plausible_year(v) && after_word()),
            2 => {
                let years = d == 4 && r.nums[1].1 == 4;
                let paren = i > 0 && self.punct(i - 1, '(');
                !years && !paren
            }
            _ => false,
        }
    }

    /// `Nomor 12 Tahun 2018`, `Kpts. 191/11/2023`, `No. 5/2021`: identifiers, not dates.
    fn code_extent(&self, i: usize) -> Option<usize> {
        let mut k = self.find(i, |m| matches!(m, Meaning::Code))?;
        while self.punct(k, '.') || self.punct(k, ':') {
            k += 1;
        }
        let r = self.run(k)?;
        let mut end = r.end;
        if let Some(y) = self.find(end, |m| matches!(m, Meaning::YearContext { .. })) {
            if let Some((_, e)) = self.year(y) {
                end = e;
            }
        }
        Some(end)
    }

    /// `Kamis (17/6/2021)`, `Senin, 26 Agustus 2024`, `Selasa pagi (15/10)`, `Jumat pagi
    /// besok`, `Senin lalu`, and a weekday alone.
    fn weekday_expr(&self, i: usize) -> Option<Expr> {
        let (m, mut j) = self.hit(i, |m| matches!(m, Meaning::Weekday(_)))?;
        let Meaning::Weekday(weekday) = m else {
            return None;
        };
        let week_unit = self.has(i, |m| {
            matches!(
                m,
                Meaning::Unit {
                    unit: Unit::Week,
                    ..
                }
            )
        });
        // `minggu depan`: a week; but `rampung Minggu lalu`, capitalised after a word in
        // lower case, is the Sunday
        let sunday = matches!(
            self.kind(i),
            Some(AtomKind::Word {
                cap: true,
                upper: false,
                ..
            })
        ) && i > 0
            && matches!(self.kind(i - 1), Some(AtomKind::Word { cap: false, .. }));
        if week_unit && !sunday && self.has(j, |m| matches!(m, Meaning::Direction(_))) {
            return None;
        }
        let mut part = None;
        for _ in 0..2 {
            match self.hit(j, |m| matches!(m, Meaning::PartOfDay(_))) {
                Some((Meaning::PartOfDay(p), e)) => {
                    part = part.or(Some(p));
                    j = e;
                }
                _ => break,
            }
        }
        let k = if self.punct(j, ',') { j + 1 } else { j };
        let with = |mut e: Expr| {
            e.weekday = Some(weekday);
            e.part = e.part.or(part);
            Some(e)
        };
        // Kamis (17/6/2021), Kamis (17 Juni 2021), Minggu (19-20/6)
        if self.punct(k, '(') {
            if let Some((p, e)) = self
                .numeric_date(k + 1, true)
                .or_else(|| self.written_date(k + 1))
            {
                if self.punct(e, ')') {
                    let mut x = self.finish_point(i, e + 1, p);
                    // Senin (1/12) pekan depan: the week word restates the date's week and
                    // is part of its text, not a second date
                    if x.end == e + 1 && x.consumed == e + 1 {
                        if let Some((_, w)) = self.unit_offset(e + 1, Unit::Week) {
                            x.end = w;
                            x.consumed = w;
                        }
                    }
                    return with(x);
                }
            }
            if let Some((s, t, e)) = self.numeric_day_range(k + 1, true) {
                if self.punct(e, ')') {
                    let x = self.with_trailing(Expr::new(i, e + 1, ExprKind::Interval(s, t)));
                    return Some(Expr {
                        part: x.part.or(part),
                        ..x
                    });
                }
            }
        }
        // Senin, 26 Agustus 2024; Senin 12/3/2024; Kamis, November 28, 2024
        if let Some((p, e)) = self
            .written_date(k)
            .or_else(|| self.numeric_date(k, true))
            .or_else(|| self.month_day_year(k))
        {
            return with(self.finish_point(i, e, p));
        }
        if k != j {
            // a comma but no date: the weekday alone (with its part of the day)
            return self.bare_weekday(i, j, weekday, part);
        }
        // Rabu pekan lalu, Jumat pekan ini, Senin minggu depan
        if let Some((n, e)) = self.unit_offset(j, Unit::Week) {
            let dir = WeekdayDir::OfWeek(n as i8);
            return with(Expr::new(
                i,
                e,
                ExprKind::Relative(Rel::Weekday { weekday, dir }),
            ));
        }
        // Senin lalu, Jumat depan, Kamis ini, Senin kemarin
        if let Some((Meaning::Direction(dir), e)) =
            self.hit(j, |m| matches!(m, Meaning::Direction(_)))
        {
            if deictic(dir) {
                let dir = WeekdayDir::Stated(dir);
                let x = Expr::new(i, e, ExprKind::Relative(Rel::Weekday { weekday, dir }));
                return with(x);
            }
        }
        // Jumat pagi besok; Kamis besok said on a Tuesday is the coming Thursday (news uses
        // `besok` for any day ahead).
        if let Some((Meaning::RelativeDay { offset, part: p }, e)) =
            self.hit(j, |m| matches!(m, Meaning::RelativeDay { .. }))
        {
            let rel = match offset {
                1.. => Rel::Weekday {
                    weekday,
                    dir: WeekdayDir::Coming,
                },
                ..=-1 => Rel::Weekday {
                    weekday,
                    dir: WeekdayDir::Gone,
                },
                0 => Rel::Days(0),
            };
            let mut x = Expr::new(i, e, ExprKind::Relative(rel));
            x.part = p;
            return with(x);
        }
        // Selasa-Rabu (15-16/6/2021), Kamis hingga Jumat (20/3-21/3) are an interval, and
        // so are days of a week said (Senin hingga Rabu pekan depan)
        if let Some(c) = self.find(i + 1, |m| matches!(m, Meaning::Connector)) {
            if let Some((Meaning::Weekday(last), e)) =
                self.hit(c, |m| matches!(m, Meaning::Weekday(_)))
            {
                if self.punct(e, '(') {
                    let range = self.numeric_day_range(e + 1, true);
                    if let Some((s, t, e2)) = range.filter(|r| self.punct(r.2, ')')) {
                        let x = self.with_trailing(Expr::new(i, e2 + 1, ExprKind::Interval(s, t)));
                        return Some(x);
                    }
                }
                // Senin hingga Rabu pekan depan: those days of that week
                if let Some((n, e2)) = self.unit_offset(e, Unit::Week) {
                    let dir = WeekdayDir::OfWeek(n as i8);
                    let rel = Rel::Weekdays {
                        first: weekday,
                        last,
                        dir,
                    };
                    return Some(Expr::new(i, e2, ExprKind::Relative(rel)));
                }
                // Senin-Jumat, Senin hingga Sabtu alone are the working week, office hours
                // rather than a date; other spans alone (Kamis hingga Jumat) are days near
                // the reference date, placed as the first weekday alone would be
                let alone = (weekday != 1)
                    .then(|| self.bare_weekday(i, i + 1, weekday, None))
                    .flatten();
                if let Some(mut x) = alone {
                    if let ExprKind::Relative(Rel::Weekday { dir, .. }) = x.kind {
                        let first = weekday;
                        x.kind = ExprKind::Relative(Rel::Weekdays { first, last, dir });
                        x.end = e;
                        x.consumed = e;
                        x.weekday = None;
                        return Some(x);
                    }
                }
                return Some(Expr::new(i, e, ExprKind::NotADate));
            }
        }
        self.bare_weekday(i, j, weekday, part)
    }

    fn bare_weekday(&self, i: usize, j: usize, weekday: u8, part: Option<u16>) -> Option<Expr> {
        // `Jumat Berkah` is a name; a capitalised word on the next line is not part of it
        // (a headline ending `Memuncak Sabtu`)
        let next_line = self.a.atoms.get(j).is_some_and(|a| a.newline);
        if !self.is_capitalised(i) || self.is_capitalised_other(j) && !next_line {
            return None;
        }
        // `akan ... Sabtu`: a future marker earlier in the clause points forward.
        let atoms = &self.a.atoms;
        let mut future = false;
        let mut k = i;
        while k > 0 && i - k < 12 {
            k -= 1;
            if matches!(
                atoms[k].kind,
                AtomKind::Punct('.' | '!' | '?' | ';' | BARRIER)
            ) || atoms[k + 1].newline
            {
                break;
            }
            if self.has(k, |m| matches!(m, Meaning::Future)) {
                future = true;
                break;
            }
        }
        let dir = if future {
            WeekdayDir::BareFuture
        } else {
            WeekdayDir::BarePast
        };
        // The part of the day right after a weekday written alone is part of its text
        // (`Selasa pagi`); after a date in brackets it is not (`Kamis (5/9/2024) malam`).
        let end = if part.is_some() { j.max(i + 1) } else { i + 1 };
        let mut e = Expr::new(i, end, ExprKind::Relative(Rel::Weekday { weekday, dir }));
        e.consumed = j.max(i + 1);
        e.weekday = Some(weekday);
        e.part = part;
        Some(e)
    }

    /// A dated point from `start` to `end`, with an attached clock, a following interval end
    /// and trailing words.
    fn finish_point(&self, start: usize, end: usize, p: Point) -> Expr {
        let mut p = p;
        let mut end = end;
        if p.day.is_some() {
            if let Some((c, e)) = self.attached_clock(end) {
                p.clock = Some(c);
                end = e;
            }
        }
        let mut x = Expr::new(start, end, ExprKind::Point(p));
        if p.clock.is_none() {
            if let Some((s, t, e)) = self.continue_interval(p, end) {
                x = Expr::new(start, e, ExprKind::Interval(s, t));
            }
        }
        self.with_trailing(x)
    }

    /// Dates that start with a number: numeric dates, written dates, day and year ranges,
    /// years after a preposition.
    fn number_date_expr(&self, i: usize, prev: Option<&Expr>) -> Option<Expr> {
        let paren = i > 0 && self.punct(i - 1, '(');
        if let Some((p, e)) = self.numeric_date(i, paren).or_else(|| self.written_date(i)) {
            return Some(self.since(i, self.finish_point(i, e, p)));
        }
        // 15-16/6/2021, (15-16/6)
        if let Some((s, t, e)) = self.numeric_day_range(i, paren) {
            let x = self.with_trailing(Expr::new(i, e, ExprKind::Interval(s, t)));
            return Some(x);
        }
        // 17 dan 18 Juni 2021; 5, 6, dan 7 Mei: the first days take the last one's month
        if let Some((d, e)) = self.day(i) {
            if let Some(p) = self.coordinated_days(e) {
                if valid_day(p.year.map(|y| y.value), p.month?, d) {
                    let p = Point { day: Some(d), ..p };
                    let x = self.with_trailing(Expr::new(i, e, ExprKind::Point(p)));
                    return Some(x);
                }
            }
        }
        // 29 Februari 2023: an impossible day, and no month reading either
        if let Some((_, e)) = self.day(i) {
            if let Some((_, _, e)) = self.month(e) {
                let e = self.year(e).map_or(e, |(_, e)| e);
                return Some(Expr::new(i, e, ExprKind::NotADate));
            }
        }
        // pada 1990-an, era 1980-an: a decade is one in any context (`tahun 1990-an` reads
        // the year context first)
        let apart = i == 0 || self.gap(i) || matches!(self.kind(i - 1), Some(AtomKind::Punct(_)));
        if let Some(x) = apart.then(|| self.decade_expr(i, i)).flatten() {
            return Some(x);
        }
        let r = self.run(i)?;
        // 17-19 September 2025
        if r.n == 2 && is_dash(r.seps[0]) && r.nums[0].1 <= 2 && r.nums[1].1 <= 2 {
            let (d1, d2) = (r.nums[0].0, r.nums[1].0);
            if let Some((m, _, e)) = self.month(r.end) {
                let (year, e) = match self.year(e) {
                    Some((y, e)) => (
                        Some(Year {
                            value: y,
                            two_digit: false,
                        }),
                        e,
                    ),
                    None => (None, e),
                };
                let y = year.map(|y| y.value);
                if (1..d2).contains(&d1) && valid_day(y, m, d1 as u8) && valid_day(y, m, d2 as u8) {
                    let s = Point {
                        year,
                        month: Some(m),
                        day: Some(d1 as u8),
                        clock: None,
                    };
                    let t = Point {
                        day: Some(d2 as u8),
                        ..s
                    };
                    let x = self.with_trailing(Expr::new(i, e, ExprKind::Interval(s, t)));
                    return Some(x);
                }
            }
        }
        // 2019-2023, 2019/2020
        if r.n == 2 && r.nums[0].1 == 4 && r.nums[1].1 == 4 {
            let (a, b) = (r.nums[0].0, r.nums[1].0);
            let ok = plausible_year(a)
                && plausible_year(b)
                && if is_dash(r.seps[0]) {
                    a < b && b - a <= 100
                } else {
                    r.seps[0] == '/' && b == a + 1
                };
            if ok {
                let (a, b) = (year_point(a as i32), year_point(b as i32));
                let x = self.with_trailing(Expr::new(i, r.end, ExprKind::Interval(a, b)));
                return Some(x);
            }
        }
        // 27 hingga 29 Agustus 2024
        if let Some((d, e)) = self.day(i) {
            let start = Point {
                day: Some(d),
                ..Point::default()
            };
            if let Some((s, t, e2)) = self.continue_interval(start, e) {
                if s.day.is_some()
                    && s.month.is_some()
                    && valid_day(s.year.map(|y| y.value), s.month?, d)
                {
                    let x = self.with_trailing(Expr::new(i, e2, ExprKind::Interval(s, t)));
                    return Some(x);
                }
            }
        }
        // pada 2017 dan 2018; di 2018 ini; 2019 – 2023
        if let Some((y, e)) = self.year(i) {
            if let Some((s, t, e2)) = self.continue_interval(year_point(y), e) {
                let x = self.with_trailing(Expr::new(i, e2, ExprKind::Interval(s, t)));
                return Some(x);
            }
            let is_year = |p: &Expr| {
                matches!(
                    p.kind,
                    ExprKind::Point(Point {
                        year: Some(_),
                        month: None,
                        ..
                    })
                )
            };
            let event = self.event_before(i);
            // sekitar 2057., seperti 2019: a year where the number closes its clause
            let cue = i > 0
                && self.find(i - 1, |m| matches!(m, Meaning::YearCue)) == Some(i)
                && self.closes_clause(e);
            if self.prep_before(i) || event || cue || self.coordinated(i, prev, is_year) {
                return Some(self.finish_point(i, e, year_point(y)));
            }
        }
        None
    }

    /// `tanggal 17`, `tanggal 17 Juni`, `tgl. 17/6/2021`.
    fn day_intro_expr(&self, i: usize) -> Option<Expr> {
        let mut k = self.find(i, |m| matches!(m, Meaning::DayIntro))?;
        if self.punct(k, '.') && !self.gap(k) {
            k += 1;
        }
        if let Some((p, e)) = self.numeric_date(k, true).or_else(|| self.written_date(k)) {
            return Some(self.finish_point(i, e, p));
        }
        // tanggal 1-31 Agustus 2017, tanggal 15-16/6
        if let Some(x) = self.number_date_expr(k, None) {
            if matches!(x.kind, ExprKind::Interval(..)) {
                return Some(Expr { start: i, ..x });
            }
        }
        let (d, e) = self.day(k)?;
        let p = Point {
            day: Some(d),
            ..Point::default()
        };
        Some(self.finish_point(i, e, p))
    }

    /// `Juni 2021`, `Januari hingga Maret 2024`, and a month name alone where the context
    /// makes it a date: `pada November`, `bulan April`, `Januari ini`, `Mei mendatang`.
    fn month_expr(&self, i: usize, prev: Option<&Expr>) -> Option<Expr> {
        if let Some((p, e)) = self.month_day_year(i) {
            return Some(self.finish_point(i, e, p));
        }
        let (p, bare, e) = self.month_year(i)?;
        if p.year.is_some() {
            return Some(self.finish_point(i, e, p));
        }
        // Januari dan Februari 2024
        if let Some(year) = self.coordinated_months(e) {
            let x = self.with_trailing(Expr::new(
                i,
                e,
                ExprKind::Point(Point {
                    year: Some(year),
                    ..p
                }),
            ));
            return Some(x);
        }
        if let Some((s, t, e2)) = self.continue_interval(p, e) {
            let x = self.with_trailing(Expr::new(i, e2, ExprKind::Interval(s, t)));
            return Some(x);
        }
        let month = p.month?;
        let after_context =
            i > 0 && self.find(i - 1, |m| matches!(m, Meaning::MonthContext { .. })) == Some(i);
        if !bare || !(self.is_capitalised(i) || after_context) {
            return None;
        }
        if let Some((Meaning::Direction(dir), e2)) =
            self.hit(e, |m| matches!(m, Meaning::Direction(_)))
        {
            if deictic(dir) {
                let x = Expr::new(i, e2, ExprKind::Relative(Rel::Month { month, dir }));
                return Some(x);
            }
        }
        // September tahun ini, Maret tahun lalu, Januari tahun depan
        let year_unit = |m: &Meaning| {
            matches!(
                m,
                Meaning::Unit {
                    unit: Unit::Year,
                    count: None
                }
            )
        };
        if let Some(k) = self.find(e, year_unit) {
            if let Some((Meaning::Direction(dir), e2)) =
                self.hit(k, |m| matches!(m, Meaning::Direction(_)))
            {
                let years = match dir {
                    Direction::Past => Some(-1),
                    Direction::Next => Some(1),
                    Direction::Current => Some(0),
                    _ => None,
                };
                if let Some(years) = years {
                    let x = Expr::new(i, e2, ExprKind::Relative(Rel::MonthOfYear { month, years }));
                    return Some(x);
                }
            }
        }
        let is_month = |x: &Expr| match x.kind {
            ExprKind::Point(p) => p.month.is_some() && p.day.is_none(),
            ExprKind::Relative(Rel::Month { .. }) => true,
            _ => false,
        };
        let context = after_context || self.prep_before(i) || self.coordinated(i, prev, is_month);
        // (a capitalised word after it is a name's, `November Sitorus`; not on the next line)
        let newline = self.a.atoms.get(e).is_some_and(|a| a.newline);
        if !context || (!after_context && self.is_capitalised_other(e) && !newline) {
            return None;
        }
        let x = self.with_trailing(Expr::new(i, e, ExprKind::Point(p)));
        Some(self.since(i, x))
    }

    /// `x`, read after a word that looks back (`sejak Januari`, `sejak 17 Agustus`): a point
    /// without a year and without a direction of its own is placed on or before the reference
    /// date.
    fn since(&self, i: usize, mut x: Expr) -> Expr {
        let yearless = matches!(x.kind, ExprKind::Point(Point { year: None, .. }));
        if yearless
            && x.dir.is_none()
            && i > 0
            && self.find(i - 1, |m| matches!(m, Meaning::Prep(true))) == Some(i)
        {
            x.dir = Some(Direction::Past);
        }
        x
    }

    /// `Ramadan`, `Ramadan 1447 H`, `Ramadan 1446 Hijriah`, `Ramadan tahun ini`: a month of
    /// the Islamic calendar (not in a name: `Yusuf Ramadhan`, `Ramadhan Hamid`); a month that
    /// is also a given name (`Rajab`, `Safar`) only with an Islamic year (`Rajab 1447 H`).
    fn hijri_month_expr(&self, i: usize) -> Option<Expr> {
        let (month, bare, e) = self.hijri_month(i)?;
        let upper = matches!(self.kind(i), Some(AtomKind::Word { upper: true, .. }));
        let newline = |k: usize| self.a.atoms.get(k).is_some_and(|a| a.newline);
        let name_before = i > 0 && self.is_capitalised_other(i - 1) && !newline(i);
        let name_after = self.is_capitalised_other(e) && !newline(e);
        if !upper && (name_before || name_after) {
            return None;
        }
        let (year, end) = self.holiday_year(e, None);
        if !bare && !matches!(year, HolidayYear::Hijri(_)) {
            return None;
        }
        let rel = Rel::HijriMonth {
            month,
            year,
            day: None,
        };
        Some(Expr::new(i, end, ExprKind::Relative(rel)))
    }

    /// `1448 H/2027 M`: a year of the Islamic calendar written with its era and the
    /// Gregorian year it mostly falls in, which is the date (no context word needed: both
    /// eras are written).
    fn hijri_and_gregorian_year_expr(&self, i: usize) -> Option<Expr> {
        let (_, gregorian, e) = self.hijri_year(i, true)?;
        let g = gregorian?;
        if !self.has(e - 1, |m| matches!(m, Meaning::GregorianEra)) {
            return None;
        }
        Some(self.with_trailing(Expr::new(i, e, ExprKind::Point(year_point(g)))))
    }

    /// `1 Syawal 1447 H`, `12 Rabiul Awal`, `10 Zulhijah 1447 Hijriah`: a day of a month of
    /// the Islamic calendar.
    fn hijri_day_expr(&self, i: usize) -> Option<Expr> {
        let (day, k) = self.day(i)?;
        let (month, _, e) = self.hijri_month(k)?;
        let (year, end) = self.holiday_year(e, None);
        let rel = Rel::HijriMonth {
            month,
            year,
            day: Some(day),
        };
        Some(Expr::new(i, end, ExprKind::Relative(rel)))
    }

    /// The month of the Islamic calendar named at `i`: its number, whether it may stand
    /// alone, and the end.
    fn hijri_month(&self, i: usize) -> Option<(u8, bool, usize)> {
        match self.hit(i, |m| matches!(m, Meaning::HijriMonth { .. }))? {
            (Meaning::HijriMonth { month, bare }, e) => Some((month, bare, e)),
            _ => None,
        }
    }

    /// A year of the Islamic calendar at `k` (`1447`, `1447 H`, `1447 Hijriah/2026 Masehi`,
    /// the era mark required when `era` is set): the year, the Gregorian year written beside
    /// it, and the end.
    fn hijri_year(&self, k: usize, era: bool) -> Option<(i32, Option<i32>, usize)> {
        let Some(AtomKind::Num { value, digits: 4 }) = self.kind(k) else {
            return None;
        };
        if !(1300..=1600).contains(&value) || self.plain(k).is_none() {
            return None;
        }
        let e = match self.find(k + 1, |m| matches!(m, Meaning::HijriEra)) {
            Some(e) => e,
            None if era => return None,
            None => k + 1,
        };
        // `/2026 M`, `/2026 Masehi`
        if self.punct(e, '/') {
            if let Some(AtomKind::Num {
                value: g,
                digits: 4,
            }) = self.kind(e + 1)
            {
                let glued_on = self.a.atoms.get(e + 2).is_some_and(|a| {
                    !a.gap && matches!(a.kind, AtomKind::Word { .. } | AtomKind::Num { .. })
                });
                if plausible_year(g) && !glued_on {
                    let end = self
                        .find(e + 2, |m| matches!(m, Meaning::GregorianEra))
                        .unwrap_or(e + 2);
                    return Some((value as i32, Some(g as i32), end));
                }
            }
        }
        Some((value as i32, None, e))
    }

    /// `sejak awal tahun.`, `menjelang akhir tahun,`, `hingga akhir bulan.`: the beginning or
    /// end of the reference date's year or month, written with a bare `tahun` or `bulan` after
    /// a preposition-like word and closing its clause (when a word follows, the unit mostly
    /// heads a longer phrase: `awal tahun ajaran`, `akhir tahun turut`).
    fn unit_edge_expr(&self, i: usize, prev: Option<&Expr>) -> Option<Expr> {
        let (m, e) = self.hit(i, |m| {
            matches!(
                m,
                Meaning::Unit {
                    unit: Unit::Year | Unit::Month,
                    count: None
                }
            )
        })?;
        let rel = match m {
            Meaning::Unit {
                unit: Unit::Month, ..
            } => Rel::Months(0),
            _ => Rel::Years(0),
        };
        if i < 2 || self.is_capitalised(i) || prev.is_some_and(|p| p.consumed >= i) {
            return None;
        }
        if self.find(i - 1, |m| matches!(m, Meaning::Edge)) != Some(i)
            || self.find(i - 2, |m| matches!(m, Meaning::Prep(_))) != Some(i - 1)
        {
            return None;
        }
        let closes = match self.a.atoms.get(e) {
            None => true,
            Some(a) => matches!(
                a.kind,
                AtomKind::Punct(
                    '.' | ',' | ';' | ':' | '!' | '?' | '"' | ')' | '\u{201d}' | '\u{2019}'
                )
            ),
        };
        closes.then(|| Expr::new(i - 1, e, ExprKind::Relative(rel)))
    }

    /// `tahun 2021`, `Tahun Anggaran 2025`, `TA 2021`, `APBD 2022`, `periode 2017-2022`,
    /// `tahun 2015 sampai dengan sekarang tahun 2019`.
    fn year_context_expr(&self, i: usize) -> Option<Expr> {
        let (m, mut k) = self.hit(i, |m| matches!(m, Meaning::YearContext { .. }))?;
        let Meaning::YearContext { include } = m else {
            return None;
        };
        // Rencana Kerja Pemerintah Daerah (RKPD) 2027: the short form defined in brackets
        if !include && self.punct(k, ')') && !self.gap(k) && self.year(k + 1).is_some() {
            k += 1;
        }
        // APBD Malut 2025, APBD Kota Samarinda 2024: the budget's region comes between
        if !include && self.run(k).is_none() {
            let mut j = k;
            while j - k < 3 && self.is_capitalised_other(j) {
                j += 1;
            }
            if j > k && self.year(j).is_some() {
                k = j;
            }
        }
        let start = if include { i } else { k };
        // tahun 1447 Hijriah/2026 Masehi: the Gregorian year
        if let Some((_, Some(g), e)) = self.hijri_year(k, true) {
            let p = year_point(g);
            return Some(self.with_trailing(Expr::new(start, e, ExprKind::Point(p))));
        }
        // tahun 1980-an: the decade
        let Some(r) = self.run(k) else {
            return self.decade_expr(start, k);
        };
        if r.n == 2 && r.nums[0].1 == 4 && r.nums[1].1 == 4 {
            // periode 2017-2022, TA 2019/2020: the range reading of number_date_expr
            let mut x = self.number_date_expr(k, None)?;
            x.start = start;
            return Some(x);
        }
        let (y, e) = self.year(k)?;
        // tahun anggaran 2022 dan 2023: two years in a row under one context word are a span
        if let Some((y2, e2)) = self
            .find(e, |m| matches!(m, Meaning::Conj))
            .and_then(|c| self.year(c))
            .filter(|&(y2, _)| y2 == y + 1)
        {
            let kind = ExprKind::Interval(year_point(y), year_point(y2));
            return Some(self.with_trailing(Expr::new(start, e2, kind)));
        }
        Some(self.finish_point(start, e, year_point(y)))
    }

    /// The decade at `k` (`1980-an`) as the interval of its ten years, the expression
    /// starting at `start` (`tahun 1980-an` or the decade alone).
    fn decade_expr(&self, start: usize, k: usize) -> Option<Expr> {
        let (y, e) = self.decade(k)?;
        let kind = ExprKind::Interval(year_point(y as i32), year_point(y as i32 + 9));
        Some(self.with_trailing(Expr::new(start, e, kind)))
    }

    /// A decade at `k` (`1980-an`): its first year and the end.
    fn decade(&self, k: usize) -> Option<(u32, usize)> {
        let Some(AtomKind::Num { value, digits: 4 }) = self.kind(k) else {
            return None;
        };
        if value % 10 != 0 || !plausible_year(value) || !self.punct(k + 1, '-') || self.gap(k + 1) {
            return None;
        }
        if self.gap(k + 2) || self.find(k + 2, |m| matches!(m, Meaning::Decade)) != Some(k + 3) {
            return None;
        }
        let glued_on = self.a.atoms.get(k + 3).is_some_and(|a| {
            !a.gap && matches!(a.kind, AtomKind::Word { .. } | AtomKind::Num { .. })
        });
        (!glued_on).then_some((value, k + 3))
    }

    /// `pukul 10.00 WIB`, `pukul 08.00 hingga 16.00 WITA`, `09.00–12.00 WIB`, `pukul tujuh
    /// malam`, `pukul sepuluh lewat tiga puluh menit`.
    fn time_expr(&self, i: usize) -> Option<Expr> {
        let intro = self.find(i, |m| matches!(m, Meaning::TimeIntro));
        if intro.is_some() && i > 0 && self.count(i - 1).is_some() {
            return None; // 2 jam 15 menit: a duration
        }
        let k = intro.unwrap_or(i);
        let (start, end, e) = self.clock_phrase(k, intro.is_some())?;
        if let Some(end) = end {
            // a range within one run: 09.00–12.00
            let (s, t, e) = zone_both(start, end, e, self);
            if intro.is_none() && t.zone.is_none() {
                return None;
            }
            return Some(Expr::new(
                i,
                e,
                ExprKind::Interval(clock_point(s), clock_point(t)),
            ));
        }
        // pukul 08.00 hingga 16.00 WITA; antara pukul 01.00 dan 04.00 WITA
        let between = i > 0 && self.find(i - 1, |m| matches!(m, Meaning::Between)) == Some(i);
        let connector = self
            .find(e, |m| matches!(m, Meaning::Connector))
            .or_else(|| {
                between
                    .then(|| self.find(e, |m| matches!(m, Meaning::Conj)))
                    .flatten()
            });
        if let Some(c) = connector {
            let c2 = self
                .find(c, |m| matches!(m, Meaning::TimeIntro))
                .unwrap_or(c);
            if let Some((t, None, e2)) = self.clock_phrase(c2, true) {
                let (s, t, e2) = zone_both(start, t, e2, self);
                if intro.is_some() || t.zone.is_some() {
                    return Some(Expr::new(
                        i,
                        e2,
                        ExprKind::Interval(clock_point(s), clock_point(t)),
                    ));
                }
            }
        }
        if intro.is_none() && start.zone.is_none() {
            return None;
        }
        Some(Expr::new(i, e, ExprKind::Point(clock_point(start))))
    }

    /// A clock at `i` with its part of the day and zone: `10.00`, `19:30 WITA`, `7 malam`,
    /// and, after `pukul`, a bare hour or spelled time. A run `09.00–12.00` gives both ends.
    fn clock_phrase(&self, i: usize, introduced: bool) -> Option<(Clock, Option<Clock>, usize)> {
        let (mut hour, minute, mut e, second) = if let Some(r) = self.run(i) {
            if let Some((h, m)) = run_clock(&r, 0).filter(|_| r.n == 2) {
                (h, m, r.end, None)
            } else if r.n == 4 && is_dash(r.seps[1]) {
                let (h, m) = run_clock(&r, 0)?;
                let (h2, m2) = run_clock(&r, 2)?;
                (h, m, r.end, Some((h2, m2)))
            } else if introduced && r.n == 1 && r.nums[0].1 <= 2 && r.nums[0].0 <= 24 {
                (r.nums[0].0 as u8, 0, r.end, None)
            } else {
                return None;
            }
        } else if introduced {
            let (h, m, e) = self.spelled_clock(i)?;
            (h, m, e, None)
        } else {
            return None;
        };
        let mut second = second.map(|(hour, minute)| Clock {
            hour,
            minute,
            zone: None,
        });
        if let Some((Meaning::PartOfDay(p), pe)) =
            self.hit(e, |m| matches!(m, Meaning::PartOfDay(_)))
        {
            let shift = |h: u8| match self.lex.parts[p as usize].pm_hours {
                Some((a, b)) if (a..=b).contains(&h) => h + 12,
                _ => h,
            };
            match &mut second {
                Some(c) => c.hour = shift(c.hour),
                None => hour = shift(hour),
            }
            e = pe;
        }
        let (zone, e) = self.zone(e);
        if let Some(c) = &mut second {
            c.zone = zone;
        }
        let first = Clock {
            hour,
            minute,
            zone: if second.is_some() { None } else { zone },
        };
        Some((first, second, e))
    }

    /// `sepuluh`, `sepuluh lewat tiga puluh menit`, `delapan kurang seperempat`,
    /// `setengah delapan`.
    fn spelled_clock(&self, i: usize) -> Option<(u8, u8, usize)> {
        if let Some(k) = self.find(i, |m| matches!(m, Meaning::TimeWord(TimeWord::Half))) {
            let (h, e) = self.count(k)?;
            return (1..=24).contains(&h).then_some(((h - 1) as u8, 30, e));
        }
        if self.plain(i).is_some() {
            return None;
        }
        let (h, mut e) = self.count(i)?;
        if h > 24 {
            return None;
        }
        let mut hour = h as u8;
        let mut minute = 0u8;
        if let Some((Meaning::TimeWord(w @ (TimeWord::Past | TimeWord::To)), k)) = self
            .hit(e, |m| {
                matches!(m, Meaning::TimeWord(TimeWord::Past | TimeWord::To))
            })
        {
            if let Some((m, k2)) = self.count(k).filter(|(m, _)| (1..60).contains(m)) {
                e = self
                    .find(k2, |m| matches!(m, Meaning::TimeWord(TimeWord::Minute)))
                    .unwrap_or(k2);
                if w == TimeWord::Past {
                    minute = m as u8;
                } else {
                    hour = hour.checked_sub(1)?;
                    minute = 60 - m as u8;
                }
            }
        }
        Some((hour, minute, e))
    }

    /// `hari ini`, `kemarin`, `besok`, `lusa`, `tadi pagi`.
    fn relative_day_expr(&self, i: usize) -> Option<Expr> {
        let (m, e) = self.hit(i, |m| matches!(m, Meaning::RelativeDay { .. }))?;
        let Meaning::RelativeDay { offset, part } = m else {
            return None;
        };
        // kemarin (16/6), hari ini (17/6/2021): the written date says which day
        if self.punct(e, '(') {
            if let Some((p, e2)) = self
                .numeric_date(e + 1, true)
                .or_else(|| self.written_date(e + 1))
            {
                if self.punct(e2, ')') {
                    let mut x = self.with_trailing(Expr::new(i, e2 + 1, ExprKind::Point(p)));
                    x.part = x.part.or(part);
                    return Some(x);
                }
            }
        }
        let mut x = self.with_trailing(Expr::new(i, e, ExprKind::Relative(Rel::Days(offset))));
        x.part = part.or(x.part);
        x.dir = None;
        Some(x)
    }

    /// `3 hari lalu`, `dua pekan lalu`, `57 tahun silam`, `setahun lalu`, `2 bulan lagi`.
    fn count_unit_expr(&self, i: usize) -> Option<Expr> {
        // beberapa tahun lalu: a vague amount, no date
        if let Some(k) = self.find(i, |m| matches!(m, Meaning::Quantifier)) {
            let u = self.find(k, |m| matches!(m, Meaning::Unit { count: None, .. }))?;
            let e = self.find(u, |m| matches!(m, Meaning::Direction(_)))?;
            return Some(Expr::new(i, e, ExprKind::NotADate));
        }
        let (n, unit, k) = match self.count(i) {
            Some((n, k)) => {
                let (m, k) = self.hit(k, |m| matches!(m, Meaning::Unit { count: None, .. }))?;
                let Meaning::Unit { unit, .. } = m else {
                    return None;
                };
                (n, unit, k)
            }
            None => {
                let (m, k) = self.hit(i, |m| matches!(m, Meaning::Unit { count: Some(_), .. }))?;
                let Meaning::Unit { unit, count } = m else {
                    return None;
                };
                (count?, unit, k)
            }
        };
        if unit == Unit::Month {
            if let Some(x) = self.months_of_year(i, n, k) {
                return Some(x);
            }
        }
        let n = n.min(10_000) as i32;
        // `dua pekan terakhir`, `tiga hari ke depan`: the stretch up to or from the
        // reference date; but `hingga tiga bulan ke depan` is how long something lasts.
        if let Some((Meaning::Stretch(past), e)) = self.hit(k, |m| matches!(m, Meaning::Stretch(_)))
        {
            // `5 – 10 tahun ke depan`: a range of counts is no placeable stretch either
            let ranged = i >= 2
                && self.find(i - 1, |m| matches!(m, Meaning::Connector)) == Some(i)
                && self.count(i - 2).is_some_and(|(_, e)| e == i - 1);
            if !past && (ranged || self.duration_before(i)) {
                return Some(Expr::new(i, e, ExprKind::NotADate));
            }
            let n = if past { -n } else { n };
            return Some(Expr::new(
                i,
                e,
                ExprKind::Relative(Rel::Stretch { unit, n }),
            ));
        }
        if let Some(x) = self.count_around_holiday(i, n, unit, k) {
            return Some(x);
        }
        let (Meaning::Direction(dir), e) = self.hit(k, |m| matches!(m, Meaning::Direction(_)))?
        else {
            return None;
        };
        // sepekan kemudian, dua hari sebelumnya: from the narrated day; but `paling lambat
        // 14 hari sebelumnya` is a rule
        if let Direction::After | Direction::Before = dir {
            if self.after_rule(i) {
                return Some(Expr::new(i, e, ExprKind::NotADate));
            }
            let n = if dir == Direction::Before { -n } else { n };
            let (unit, n) = match unit {
                Unit::Week => (Unit::Day, 7 * n),
                u => (u, n),
            };
            return Some(Expr::new(
                i,
                e,
                ExprKind::Relative(Rel::Anaphoric { unit, n }),
            ));
        }
        let n = match dir {
            Direction::Past => -n,
            Direction::Later => n,
            _ => return None,
        };
        let rel = match unit {
            Unit::Day => Rel::Days(n),
            Unit::Week => Rel::Days(7 * n),
            Unit::Month => Rel::Months(n),
            Unit::Year => Rel::Years(n),
        };
        Some(Expr::new(i, e, ExprKind::Relative(rel)))
    }

    /// `tiga hari sebelum Natal`, `dua pekan setelah Lebaran`: `n` days or weeks (the count
    /// from `i`, its unit ending at `k`) before or after a holiday named right after, as a
    /// day counted from it like `H-3 Natal`.
    fn count_around_holiday(&self, i: usize, n: i32, unit: Unit, k: usize) -> Option<Expr> {
        let days = match unit {
            Unit::Day => n,
            Unit::Week => 7 * n,
            Unit::Month | Unit::Year => return None,
        };
        let (Meaning::HolidaySide(after), h) =
            self.hit(k, |m| matches!(m, Meaning::HolidaySide(_)))?
        else {
            return None;
        };
        let days = i16::try_from(days)
            .ok()
            .filter(|&d| (1..=90).contains(&d))?;
        let x = self.holiday_expr(h, None)?;
        let ExprKind::Relative(Rel::Holiday {
            id: Some(id),
            year,
            days: 0,
            to: None,
        }) = x.kind
        else {
            return None;
        };
        let rel = Rel::Holiday {
            id: Some(id),
            year,
            days: if after { days } else { -days },
            to: None,
        };
        Some(Expr::new(i, x.end, ExprKind::Relative(rel)))
    }

    /// An event noun or phrase right before `i` (`likuefaksi 2018`, `gempa bumi 2018`), or
    /// a capitalised one opening a name of up to three more capitalised words (`Operasi
    /// Ketupat Jaya 2025`, `PON XXII 2028`: the year of the named event), its short form in
    /// brackets among them (`Pekan Olahraga Nasional (PON) XXII 2028`).
    fn event_before(&self, i: usize) -> bool {
        let event = |k: usize| self.find(k, |m| matches!(m, Meaning::Event));
        let named = |k: usize| self.is_capitalised(k) || self.punct(k, ')');
        (1..=2).any(|b| i >= b && event(i - b) == Some(i))
            || (2..=4).any(|b| {
                i >= b
                    && self.is_capitalised(i - b)
                    && event(i - b).is_some_and(|e| e < i && (e..i).all(named))
            })
    }

    /// A duration word (`hingga`, `dalam`, `sampai dengan`) right before `i`.
    fn duration_before(&self, i: usize) -> bool {
        (1..=2).any(|b| i >= b && self.find(i - b, |m| matches!(m, Meaning::Duration)) == Some(i))
    }

    /// After `n` months ending at `k`: `pertama` or `terakhir` and a year (`empat bulan
    /// pertama tahun ini`, `enam bulan pertama 2025`, `tiga bulan terakhir tahun lalu`): the
    /// first or last `n` months of that year.
    fn months_of_year(&self, i: usize, n: u32, k: usize) -> Option<Expr> {
        let n = u8::try_from(n).ok().filter(|n| (1..=12).contains(n))?;
        let (first, last, e) = match self.hit(k, |m| {
            matches!(m, Meaning::Ordinal(1) | Meaning::Stretch(true))
        })? {
            (Meaning::Ordinal(_), e) => (1, n, e),
            (_, e) => (13 - n, 12, e),
        };
        let y = self
            .find(e, |m| matches!(m, Meaning::YearContext { include: true }))
            .unwrap_or(e);
        if let Some((y, e2)) = self.year(y) {
            let point = |month: u8| Point {
                year: Some(Year {
                    value: y,
                    two_digit: false,
                }),
                month: Some(month),
                ..Point::default()
            };
            let kind = ExprKind::Interval(point(first), point(last));
            return Some(Expr::new(i, e2, kind));
        }
        let (years, e2) = self.unit_offset(e, Unit::Year)?;
        let rel = Rel::MonthSpan { first, last, years };
        Some(Expr::new(i, e2, ExprKind::Relative(rel)))
    }

    /// `pekan depan`, `minggu lalu`, `bulan ini`, `tahun depan`, `tahun ini`.
    fn unit_direction_expr(&self, i: usize) -> Option<Expr> {
        let (m, k) = self.hit(i, |m| matches!(m, Meaning::Unit { count: None, .. }))?;
        let Meaning::Unit { unit, .. } = m else {
            return None;
        };
        if i > 0 && !self.gap(i) && self.punct(i - 1, '-') {
            return None; // tahun-tahun mendatang
        }
        // pada hari yang sama, pekan yang sama: the day (week, month, year) the text narrates
        if let Some(e) = self.find(k, |m| matches!(m, Meaning::Same)) {
            return Some(Expr::new(
                i,
                e,
                ExprKind::Relative(Rel::Anaphoric { unit, n: 0 }),
            ));
        }
        let (Meaning::Direction(dir), e) = self.hit(k, |m| matches!(m, Meaning::Direction(_)))?
        else {
            return None;
        };
        // `tahun sebelumnya`, `pekan berikutnya`: a comparison more often than a date
        let n = match dir {
            Direction::Past => -1,
            Direction::Next => 1,
            Direction::Current => 0,
            // `tahun berjalan`, but not `satu tahun berjalan` (a time gone by)
            Direction::Running if i == 0 || self.count(i - 1).is_none() => 0,
            Direction::Running | Direction::Later | Direction::After | Direction::Before => {
                return None
            }
        };
        let rel = match unit {
            Unit::Day => return None,
            Unit::Week => Rel::Weeks(n),
            Unit::Month => Rel::Months(n),
            Unit::Year => Rel::Years(n),
        };
        Some(Expr::new(i, e, ExprKind::Relative(rel)))
    }

    /// `Lebaran`, `Idul Fitri 2024`, `Idul Fitri tahun 2024`, `Idul Fitri tahun ini`, `Hari
    /// Pahlawan`; with the day written right after it when that is the holiday's own (`Hari
    /// Pahlawan 10 November 2025`, `Natal Kamis (25/12/2025)`): one date, the written one.
    /// `prev` is the expression read last (`Galungan dan Kuningan`: see [`HolidayForm`]).
    fn holiday_expr(&self, i: usize, prev: Option<&Expr>) -> Option<Expr> {
        let (m, e) = self.hit(i, |m| matches!(m, Meaning::Holiday { .. }))?;
        let Meaning::Holiday { id, form } = m else {
            return None;
        };
        let fits = match form {
            HolidayForm::Any => true,
            HolidayForm::Capitalised => (i..e).all(|k| {
                !matches!(self.kind(k), Some(AtomKind::Word { .. })) || self.is_capitalised(k)
            }),
            HolidayForm::AfterHoliday => prev.is_some_and(|x| {
                self.conjoined(x.consumed, i)
                    && (matches!(x.kind, ExprKind::Relative(Rel::Holiday { id: Some(_), .. }))
                        || self.holiday_dated_at(x.start))
            }),
            HolidayForm::Counted => false,
        };
        // `dua Hari Guru honorer mogok`: a count of days, not the holiday
        let day_unit = |m: &Meaning| {
            matches!(
                m,
                Meaning::Unit {
                    unit: Unit::Day,
                    ..
                }
            )
        };
        let counted = i > 0
            && self.has(i, day_unit)
            && (matches!(self.kind(i - 1), Some(AtomKind::Num { .. }))
                || self.has(i - 1, |m| {
                    matches!(m, Meaning::Number(_) | Meaning::Quantifier)
                }));
        if !fits || counted {
            return None;
        }
        // malam Natal, malam Tahun Baru: the evening before the holiday (a word of its own,
        // not the part of the day of a date read before it)
        let eve = (i > 0
            && self.find(i - 1, |m| matches!(m, Meaning::Eve)) == Some(i)
            && !prev.is_some_and(|p| p.consumed >= i))
        .then(|| self.hit(i - 1, |m| matches!(m, Meaning::PartOfDay(_))));
        let (mut year, mut e) = self.holiday_year(e, Some(id));
        // HUT RI ke-80: the anniversary's year, unless a year follows (ke-61 tahun 2025)
        if year == HolidayYear::Nearest {
            if let Some((y, e2)) = self.anniversary(id, e) {
                (year, e) = self.anniversary_year(id, y, e2);
            }
        }
        let mut dir = None;
        if year == HolidayYear::Nearest && eve.is_none() {
            if let Some(x) = self.own_day_after(id, e) {
                return Some(Expr { start: i, ..x });
            }
            // Hari Kemerdekaan, 17 Agustus 2025 / 17 Agustus mendatang: the day after the
            // comma places the holiday too
            if let Some(x) = self
                .punct(e, ',')
                .then(|| self.own_day_after(id, e + 1))
                .flatten()
            {
                match x.kind {
                    ExprKind::Point(Point { year: Some(y), .. }) if !y.two_digit => {
                        year = HolidayYear::Written(y.value)
                    }
                    _ => dir = x.dir,
                }
            }
        }
        let mut x = Expr::new(
            i,
            e,
            ExprKind::Relative(Rel::Holiday {
                id: Some(id),
                year,
                days: if eve.is_some() { -1 } else { 0 },
                to: None,
            }),
        );
        if let Some(part) = eve {
            x.start = i - 1;
            x.part = part.and_then(|(m, _)| match m {
                Meaning::PartOfDay(p) => Some(p),
                _ => None,
            });
        }
        // Natal lalu, Hari Pahlawan mendatang: the side of the reference date
        if year == HolidayYear::Nearest && dir.is_none() {
            x = self.with_trailing(x);
        } else {
            x.dir = dir;
        }
        x.in_context = form == HolidayForm::AfterHoliday;
        Some(x)
    }

    /// `ke-80`, `ke 80` at `e` after holiday `id` counted since a year: the year of that
    /// anniversary, and the end.
    fn anniversary(&self, id: u16, e: usize) -> Option<(i32, usize)> {
        let since = self.counted_since(id)?;
        let (count, end) = self.anniversary_count(e)?;
        Some((since + count, end))
    }

    /// The year of holiday `id`'s anniversary that falls in `year`, read up to `e`, unless a
    /// year written after it says which (`HUT RI ke-61 tahun 2025`); and the end.
    fn anniversary_year(&self, id: u16, year: i32, e: usize) -> (HolidayYear, usize) {
        match self.holiday_year(e, Some(id)) {
            (HolidayYear::Nearest, _) => (HolidayYear::Written(year), e),
            later => later,
        }
    }

    /// The year holiday `id`'s anniversaries count from (`holiday_since`).
    fn counted_since(&self, id: u16) -> Option<i32> {
        self.lex
            .since
            .iter()
            .find(|(k, _)| *k == id)
            .map(|&(_, since)| since)
    }

    /// `ke-80`, `ke 80` at `e`: the count of an anniversary, and the end.
    fn anniversary_count(&self, e: usize) -> Option<(i32, usize)> {
        let mut k = self.find(e, |m| matches!(m, Meaning::Anniversary))?;
        if self.punct(k, '-') {
            k += 1;
        }
        // the count glued to `ke-` is no run of numbers (that reading drops `COVID-19`)
        let Some(AtomKind::Num { value, digits }) = self.kind(k) else {
            return None;
        };
        let alone = self.gap(k + 1)
            || !matches!(
                self.kind(k + 1),
                Some(AtomKind::Num { .. } | AtomKind::Word { .. })
            );
        (alone && digits <= 3 && (1..=300).contains(&value)).then_some((value as i32, k + 1))
    }

    /// Whether the date at `start` is set right after a holiday's name, with or without a
    /// preposition (`Galungan pada Rabu (17/6/2026)`), so that the holiday is that date's.
    fn holiday_dated_at(&self, start: usize) -> bool {
        let holiday_ends = |end: usize| {
            (end.saturating_sub(MAX_HOLIDAY_WORDS)..end).any(|k| {
                self.hit(k, |m| {
                    matches!(m, Meaning::Holiday { form, .. } if *form != HolidayForm::AfterHoliday
                        && *form != HolidayForm::Counted)
                })
                .is_some_and(|(_, e)| e == end)
            })
        };
        let prep = start > 0 && self.has(start - 1, |m| matches!(m, Meaning::Prep(_)));
        holiday_ends(start) || (prep && holiday_ends(start - 1))
    }

    /// `HUT ke-81 Kemerdekaan RI`, `Dirgahayu ke-80 RI`: an anniversary head, its count and
    /// a holiday counted since a year (a `counted` form or any other), with the year of that
    /// anniversary unless a year follows.
    fn counted_holiday_expr(&self, i: usize) -> Option<Expr> {
        let (_, e) = self.hit(i, |m| matches!(m, Meaning::AnniversaryHead))?;
        let (count, h) = self.anniversary_count(e)?;
        let (Meaning::Holiday { id, .. }, e) =
            self.hit(h, |m| matches!(m, Meaning::Holiday { .. }))?
        else {
            return None;
        };
        let since = self.counted_since(id)?;
        let (year, end) = self.anniversary_year(id, since + count, e);
        let rel = Rel::Holiday {
            id: Some(id),
            year,
            days: 0,
            to: None,
        };
        Some(Expr::new(i, end, ExprKind::Relative(rel)))
    }

    /// A day and month written at `e` (with a year or a weekday or not) that holiday `id`
    /// falls on: `10 November 2025` after `Hari Pahlawan`, not `11 November`; or its day of
    /// the Islamic calendar (`1 Muharram 1448 H` after `Tahun Baru Islam`).
    fn own_day_after(&self, id: u16, e: usize) -> Option<Expr> {
        if !self.gap(e)
            || !matches!(
                self.kind(e),
                Some(AtomKind::Num { .. } | AtomKind::Word { .. })
            )
        {
            return None;
        }
        let x = self.parse_at(e, None)?;
        // `Tahun Baru Islam 1 Muharram 1448 H`: the holiday's day of the Islamic calendar
        if let ExprKind::Relative(Rel::HijriMonth {
            month,
            day: Some(day),
            ..
        }) = x.kind
        {
            let own = self
                .lex
                .hijri_days
                .iter()
                .any(|&(k, m, d)| k == id && m == month && d == day);
            return own.then_some(x);
        }
        let ExprKind::Point(Point {
            year,
            month: Some(month),
            day: Some(day),
            ..
        }) = x.kind
        else {
            return None;
        };
        let year = year.filter(|y| !y.two_digit).map(|y| y.value);
        let dates = &self.lex.holidays.get(id as usize)?.1;
        dates
            .iter()
            .any(|d| {
                d.month() as u8 == month
                    && d.day() as u8 == day
                    && year.map_or(true, |y| i32::from(d.year()) == y)
            })
            .then_some(x)
    }

    /// The year after a holiday's name (holiday `id`, if one is named), and the end of what
    /// was read.
    fn holiday_year(&self, e: usize, id: Option<u16>) -> (HolidayYear, usize) {
        // Imlek 2577 Kongzili, Tahun Baru Imlek 2577: a year of the holiday's own era, where
        // it is no Gregorian year the holiday could fall in
        let era = id.and_then(|id| self.lex.eras.iter().find(|(k, _)| *k == id));
        if let Some(&(_, offset)) = era {
            let y = self
                .find(e, |m| matches!(m, Meaning::YearContext { include: true }))
                .unwrap_or(e);
            if let Some((v, 4, e2)) = self.plain(y) {
                let g = i64::from(v) + i64::from(offset);
                if !plausible_year(v) && u32::try_from(g).is_ok_and(plausible_year) {
                    let end = self
                        .hit(e2, |m| matches!(m, Meaning::EraAfter))
                        .map_or(e2, |(_, k)| k);
                    return (HolidayYear::Written(g as i32), end);
                }
            }
        }
        // Nyepi Tahun Baru Saka 1948, and Tahun Baru Saka 1948 (a name ending in the era
        // word): a year of the Saka era
        let saka = |m: &Meaning| matches!(m, Meaning::SakaEra(_));
        let era = self.hit(e, saka).or_else(|| {
            self.hit(e.checked_sub(1)?, saka)
                .filter(|&(_, end)| end == e)
        });
        if let Some((Meaning::SakaEra(offset), k)) = era {
            if let Some((v, e2)) = self.year(k) {
                return (HolidayYear::Written(v + i32::from(offset)), e2);
            }
        }
        // Idul Fitri 1446 H, Idul Adha 1445 H/2024 M
        if let Some((h, _, e2)) = self.hijri_year(e, false) {
            return (HolidayYear::Hijri(h), e2);
        }
        let y = self
            .find(e, |m| matches!(m, Meaning::YearContext { include: true }))
            .unwrap_or(e);
        if let Some((v, e2)) = self.year(y) {
            return (HolidayYear::Written(v), e2);
        }
        match self.unit_offset(e, Unit::Year) {
            Some((n, e2)) => (HolidayYear::Offset(n), e2),
            None => (HolidayYear::Nearest, e),
        }
    }

    /// A unit and its direction at `i` (`tahun ini`, `tahun lalu`, `pekan depan`): how many
    /// such units from the reference date's (-1, 0, 1), and the end.
    fn unit_offset(&self, i: usize, unit: Unit) -> Option<(i32, usize)> {
        let k = self.find(
            i,
            |m| matches!(m, Meaning::Unit { unit: u, count: None } if *u == unit),
        )?;
        match self.hit(k, |m| matches!(m, Meaning::Direction(_)))? {
            (Meaning::Direction(Direction::Past), e) => Some((-1, e)),
            (Meaning::Direction(Direction::Next), e) => Some((1, e)),
            (Meaning::Direction(Direction::Current), e) => Some((0, e)),
            _ => None,
        }
    }

    /// `H-7 Lebaran`, `H+3 Idul Adha 2025`, `H-5 hingga H-3 Idul Fitri` (a span of days),
    /// and a bare `H+5` (counted from the holiday the text named last) where no word of its
    /// own follows (not `H-1 keberangkatan`, the day before a departure).
    fn holiday_offset_expr(&self, i: usize) -> Option<Expr> {
        let (days, e) = self.holiday_count(i)?;
        // the count (or span of counts) before the holiday named at `h`
        let before_holiday = |h: usize, to: Option<i16>| {
            let x = self.holiday_expr(h, None)?;
            let ExprKind::Relative(Rel::Holiday { id, year, .. }) = x.kind else {
                return None;
            };
            let rel = Rel::Holiday { id, year, days, to };
            Some(Expr::new(i, x.end, ExprKind::Relative(rel)))
        };
        if let Some(x) = before_holiday(e, None) {
            return Some(x);
        }
        // H-5 hingga H-3 Lebaran: a span of days, the holiday named after the second count
        if let Some(c) = self.find(e, |m| matches!(m, Meaning::Connector)) {
            if let Some((to, e2)) = self.holiday_count(c).filter(|&(to, _)| to >= days) {
                if let Some(x) = before_holiday(e2, Some(to)) {
                    return Some(x);
                }
            }
        }
        let own_word =
            matches!(self.kind(e), Some(AtomKind::Word { .. })) && self.a.hits(e).is_empty();
        if own_word {
            return None;
        }
        let rel = Rel::Holiday {
            id: None,
            year: HolidayYear::Nearest,
            days,
            to: None,
        };
        Some(Expr::new(i, e, ExprKind::Relative(rel)))
    }

    /// The count of days of `H-7`, `H+3` at `i`, and its end.
    fn holiday_count(&self, i: usize) -> Option<(i16, usize)> {
        let k = self.find(i, |m| matches!(m, Meaning::HolidayDay))?;
        let sign = match self.kind(k) {
            Some(AtomKind::Punct('+')) => 1,
            Some(AtomKind::Punct(c)) if is_dash(c) => -1,
            _ => return None,
        };
        let Some(AtomKind::Num { value, digits }) = self.kind(k + 1) else {
            return None;
        };
        if self.gap(k) || self.gap(k + 1) || digits > 2 || value > 90 {
            return None;
        }
        let e = k + 2;
        if self.a.atoms.get(e).is_some_and(|a| {
            !a.gap && matches!(a.kind, AtomKind::Word { .. } | AtomKind::Num { .. })
        }) {
            return None;
        }
        Some((sign * value as i16, e))
    }

    /// A rule word (`paling lambat`, `wajib`) among the few words of the clause before `i`.
    fn after_rule(&self, i: usize) -> bool {
        let atoms = &self.a.atoms;
        let mut k = i;
        while k > 0 && i - k < 4 {
            k -= 1;
            if matches!(
                atoms[k].kind,
                AtomKind::Punct('.' | '!' | '?' | ';' | ',' | BARRIER)
            ) || atoms[k + 1].newline
            {
                return false;
            }
            if self.has(k, |m| matches!(m, Meaning::Rule)) {
                return true;
            }
        }
        false
    }

    /// `keesokan harinya`, `hari berikutnya`.
    fn anaphoric_day_expr(&self, i: usize) -> Option<Expr> {
        let (Meaning::AnaphoricDay(n), e) =
            self.hit(i, |m| matches!(m, Meaning::AnaphoricDay(_)))?
        else {
            return None;
        };
        let rel = Rel::Anaphoric { unit: Unit::Day, n };
        Some(Expr::new(i, e, ExprKind::Relative(rel)))
    }

    /// An ordinal at `i` (`pertama`, `II`, `3`): its value and end.
    fn ordinal(&self, i: usize) -> Option<(u8, usize)> {
        if let Some((Meaning::Ordinal(n), e)) = self.hit(i, |m| matches!(m, Meaning::Ordinal(_))) {
            return Some((n, e));
        }
        let (v, d, e) = self.plain(i)?;
        (d <= 2 && (1..=12).contains(&v)).then_some((v as u8, e))
    }

    /// A four-digit year glued to what precedes it by `-` or `/` (`triwulan III-2025`).
    fn glued_year(&self, i: usize) -> Option<(i32, usize)> {
        if !(self.punct(i, '-') || self.punct(i, '/')) || self.gap(i) || self.gap(i + 1) {
            return None;
        }
        let Some(AtomKind::Num { value, digits: 4 }) = self.kind(i + 1) else {
            return None;
        };
        let glued_on = self.a.atoms.get(i + 2).is_some_and(|a| {
            !a.gap && matches!(a.kind, AtomKind::Word { .. } | AtomKind::Num { .. })
        });
        (plausible_year(value) && !glued_on).then_some((value as i32, i + 2))
    }

    /// `triwulan II 2025`, `semester pertama`, `kuartal III-2025`, `semester I tahun ini`: a
    /// part of a year, as the interval of its months (not after a word of study: `mahasiswa
    /// semester pertama`).
    fn period_expr(&self, i: usize) -> Option<Expr> {
        let (Meaning::Period(months), k) = self.hit(i, |m| matches!(m, Meaning::Period(_)))? else {
            return None;
        };
        if i > 0 && self.find(i - 1, |m| matches!(m, Meaning::Generic { .. })) == Some(i) {
            return None;
        }
        // semester genap: a half of the school year
        if let Some((Meaning::Term(half), e)) = self.hit(k, |m| matches!(m, Meaning::Term(_))) {
            let (years, e) = match self.hit(e, |m| matches!(m, Meaning::Direction(_))) {
                Some((Meaning::Direction(Direction::Past), e)) => (-1, e),
                Some((Meaning::Direction(Direction::Next), e)) => (1, e),
                Some((Meaning::Direction(Direction::Current), e)) => (0, e),
                _ => (0, e),
            };
            let rel = Rel::Term { half, years };
            return (months == 6).then(|| Expr::new(i, e, ExprKind::Relative(rel)));
        }
        let (index, e) = self.ordinal(k)?;
        if index == 0 || u16::from(index) * u16::from(months) > 12 {
            return None;
        }
        let (first, last) = ((index - 1) * months + 1, index * months);
        let written = self.glued_year(e).or_else(|| {
            let y = self
                .find(e, |m| matches!(m, Meaning::YearContext { include: true }))
                .unwrap_or(e);
            self.year(y)
        });
        let point = |year: Option<i32>, month: u8| Point {
            year: year.map(|value| Year {
                value,
                two_digit: false,
            }),
            month: Some(month),
            ..Point::default()
        };
        if let Some((y, e2)) = written {
            let kind = ExprKind::Interval(point(Some(y), first), point(Some(y), last));
            return Some(Expr::new(i, e2, kind));
        }
        let (years, e) = match self.unit_offset(e, Unit::Year) {
            Some((n, e2)) => (Some(n), e2),
            None => (None, e),
        };
        let rel = Rel::Period {
            months,
            index,
            years,
        };
        Some(Expr::new(i, e, ExprKind::Relative(rel)))
    }

    /// `minggu ketiga Oktober`, `pekan pertama Juni 2025`: days 1-7, 8-14, 15-21, 22-28 or
    /// 29 to the month's end; `dasarian III Maret 2025`: days 1-10, 11-20, 21 to the end.
    fn week_of_month_expr(&self, i: usize) -> Option<Expr> {
        let (len, k) = match self.hit(i, |m| {
            matches!(
                m,
                Meaning::Unit {
                    unit: Unit::Week,
                    count: None
                } | Meaning::MonthPart(_)
            )
        })? {
            (Meaning::MonthPart(d), k) => (d, k),
            (_, k) => (7, k),
        };
        // weeks: four full ones and a fifth to the end; ten-day parts: three, the last longer
        let parts = if len == 7 { 5 } else { (31 / len).max(1) };
        // `pekan terakhir Juli`: the last seven days; `dasarian terakhir`: the last part
        let (n, e, final_week) = match self.hit(k, |m| {
            matches!(m, Meaning::Ordinal(_) | Meaning::Stretch(true))
        }) {
            Some((Meaning::Ordinal(n), e)) => (n, e, false),
            Some((_, e)) => (parts, e, len == 7),
            _ => return None,
        };
        if n == 0 || n > parts {
            return None;
        }
        let (p, _, e2) = self.month_year(e)?;
        let month = p.month?;
        let year = p.year.map(|y| y.value);
        // the last part of a month in parts of ten days runs to its end
        let to = if len != 7 && n == parts || final_week {
            31
        } else {
            (n * len).min(31)
        };
        let first = if final_week {
            (1..=to).rev().find(|&d| valid_day(year, month, d))? - 6
        } else {
            (n - 1) * len + 1
        };
        let last = (first..=to).rev().find(|&d| valid_day(year, month, d))?;
        if !valid_day(year, month, first) {
            return None;
        }
        let s = Point {
            day: Some(first),
            ..p
        };
        let t = Point {
            day: Some(last),
            ..p
        };
        Some(self.with_trailing(Expr::new(i, e2, ExprKind::Interval(s, t))))
    }

    /// `akhir pekan lalu`, `akhir pekan ini`, `akhir minggu depan`: a weekend.
    fn weekend_expr(&self, i: usize) -> Option<Expr> {
        let k = self.find(i, |m| matches!(m, Meaning::Weekend))?;
        let n = match self.hit(k, |m| matches!(m, Meaning::Direction(_)))? {
            (Meaning::Direction(Direction::Past), _) => -1,
            (Meaning::Direction(Direction::Next), _) => 1,
            (Meaning::Direction(Direction::Current), _) => 0,
            _ => return None,
        };
        let (_, e) = self.hit(k, |m| matches!(m, Meaning::Direction(_)))?;
        Some(Expr::new(i, e, ExprKind::Relative(Rel::Weekend(n))))
    }

    /// Whether the weekday date at `i` dates a statement: it follows a comma that closes the
    /// clause of a verb of saying (`ujar Rudi di Padang, Senin`, `katanya, Jumat`), not a
    /// clause the verb introduces (`mengatakan, banjir terjadi di Padang, Sabtu`).
    fn dates_statement(&self, i: usize) -> bool {
        if i < 2 || !self.punct(i - 1, ',') {
            return false;
        }
        let atoms = &self.a.atoms;
        let mut k = i - 1;
        while k > 0 && i - k <= 12 {
            k -= 1;
            if matches!(
                atoms[k].kind,
                AtomKind::Punct('.' | '!' | '?' | ';' | '"' | '\u{201c}' | '\u{201d}' | BARRIER)
            ) || atoms[k + 1].newline
            {
                return false;
            }
            if let Some(e) = self.find(k, |m| matches!(m, Meaning::Report)) {
                return e == i - 1 || !self.punct(e, ',');
            }
        }
        false
    }
}

/// The clock of run elements `k` and `k + 1` joined by `.` or `:` (`10.00`, `19:30`).
/// The two dates of a run `D/M-D/M`, `D/M-D/M/Y` or `D/M/Y-D/M/Y` (the first takes the
/// second's year; without a year only when `allow_no_year`), the first before the second.
fn two_numeric_dates(r: &Run, allow_no_year: bool) -> Option<(Point, Point)> {
    let seps = &r.seps[..r.n.checked_sub(1)?];
    let dash = seps.iter().position(|&c| is_dash(c))?;
    if seps.iter().enumerate().any(|(k, &c)| k != dash && c != '/') {
        return None;
    }
    let point = |nums: &[(u32, u8)]| -> Option<Point> {
        let (&(d, ld), &(m, lm)) = (nums.first()?, nums.get(1)?);
        let year = match nums.get(2) {
            None => None,
            Some(&(y, 4)) if plausible_year(y) => Some(Year {
                value: y as i32,
                two_digit: false,
            }),
            Some(&(y, 2)) => Some(Year {
                value: y as i32,
                two_digit: true,
            }),
            Some(_) => return None,
        };
        if nums.len() > 3 || ld > 2 || lm > 2 || !(1..=12).contains(&m) {
            return None;
        }
        let full = year.filter(|y| !y.two_digit).map(|y| y.value);
        valid_day(full, m as u8, d as u8).then_some(Point {
            year,
            month: Some(m as u8),
            day: Some(d as u8),
            clock: None,
        })
    };
    let mut s = point(&r.nums[..=dash])?;
    let t = point(&r.nums[dash + 1..r.n])?;
    if s.year.is_none() {
        s.year = t.year;
    }
    if s.year.is_none() && !allow_no_year || s.year.is_some() && t.year.is_none() {
        return None;
    }
    let key = |p: &Point| (p.year.map(|y| y.value), p.month, p.day);
    (key(&s) < key(&t)).then_some((s, t))
}

fn run_clock(r: &Run, k: usize) -> Option<(u8, u8)> {
    if k + 1 >= r.n || !matches!(r.seps[k], '.' | ':') {
        return None;
    }
    let (h, hd) = r.nums[k];
    let (m, md) = r.nums[k + 1];
    (hd <= 2 && md == 2 && h <= 24 && m <= 59 && (h < 24 || m == 0)).then_some((h as u8, m as u8))
}

/// A year as a point without a month or day.
fn year_point(value: i32) -> Point {
    Point {
        year: Some(Year {
            value,
            two_digit: false,
        }),
        ..Point::default()
    }
}

/// A clock as a point without a date.
fn clock_point(c: Clock) -> Point {
    Point {
        clock: Some(c),
        ..Point::default()
    }
}

/// A zone stated once at the end of a time range applies to both ends.
fn zone_both(start: Clock, end: Clock, e: usize, p: &Parser<'_>) -> (Clock, Clock, usize) {
    let (mut s, mut t, mut e) = (start, end, e);
    if t.zone.is_none() {
        let (z, e2) = p.zone(e);
        t.zone = z;
        e = e2;
    }
    if s.zone.is_none() {
        s.zone = t.zone;
    }
    if t.zone.is_none() {
        t.zone = s.zone;
    }
    (s, t, e)
}

/// Bits for the kinds of phrase a reading of a word begins with (see [`heads`]).
mod head {
    pub const UNIT: u32 = 1;
    pub const MONTH_PART: u32 = 1 << 1;
    pub const WEEKEND: u32 = 1 << 2;
    pub const WEEKDAY: u32 = 1 << 3;
    pub const HOLIDAY_DAY: u32 = 1 << 4;
    pub const HOLIDAY: u32 = 1 << 5;
    pub const PERIOD: u32 = 1 << 6;
    pub const ANAPHORIC_DAY: u32 = 1 << 7;
    pub const TIME_INTRO: u32 = 1 << 8;
    pub const RELATIVE_DAY: u32 = 1 << 9;
    pub const QUANTIFIER: u32 = 1 << 10;
    pub const NUMBER: u32 = 1 << 11;
    pub const YEAR_CONTEXT: u32 = 1 << 12;
    pub const DAY_INTRO: u32 = 1 << 13;
    pub const MONTH: u32 = 1 << 14;
    pub const HIJRI_MONTH: u32 = 1 << 15;
}

/// The [`head`] bits of the meanings of `hits` (the phrases at one atom), so that
/// [`Parser::parse_at`] tries only the readings whose first phrase is there.
#[inline]
fn heads(hits: &[Hit]) -> u32 {
    hits.iter().fold(0, |bits, h| {
        bits | match h.meaning {
            Meaning::Unit { .. } => head::UNIT,
            Meaning::MonthPart(_) => head::MONTH_PART,
            Meaning::Weekend => head::WEEKEND,
            Meaning::Weekday(_) => head::WEEKDAY,
            Meaning::HolidayDay => head::HOLIDAY_DAY,
            Meaning::Holiday { .. } | Meaning::AnniversaryHead => head::HOLIDAY,
            Meaning::Period(_) => head::PERIOD,
            Meaning::AnaphoricDay(_) => head::ANAPHORIC_DAY,
            Meaning::TimeIntro => head::TIME_INTRO,
            Meaning::RelativeDay { .. } => head::RELATIVE_DAY,
            Meaning::Quantifier => head::QUANTIFIER,
            Meaning::Number(_) => head::NUMBER,
            Meaning::YearContext { .. } => head::YEAR_CONTEXT,
            Meaning::DayIntro => head::DAY_INTRO,
            Meaning::Month { .. } => head::MONTH,
            Meaning::HijriMonth { .. } => head::HIJRI_MONTH,
            _ => 0,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::{LexiconKind, LexiconText};
    use crate::text::Tokenizer;

    #[test]
    fn numbers_turned_away_early_have_no_reading() {
        let lex = DateLexicon::from_lexicons(&[LexiconText::builtin(LexiconKind::Dates)]).unwrap();
        let texts = [
            "Dana Rp 1.250.000 untuk 15 persen warga, 3 hari lalu, pada 2017 dan 2018.",
            "Pukul 10.00 WIB, lalu 19:30 WITA; (17/6) dan 17/6/2021, 2019-2023, 2019/2020.",
            "Sebanyak 2.021 orang, COVID-19, ke-64, 1990-an, 17-19 September 2025, 12,5 ton.",
            "Tanggal 27 hingga 29 Agustus 2024; 5, 6, dan 7 Mei; 09.00-12.00 WITA; 2 jam 15 menit.",
            "Nomor 12 Tahun 2018, (15-16/6), tahun 2015 sampai dengan 2019, 57 tahun silam, 10 10.",
        ];
        let mut seen = 0;
        for text in texts {
            let tokens = Tokenizer::builtin().analyze(text).tokens;
            let atoms = Atoms::new_full(text, &tokens, &lex);
            let p = Parser::new(&atoms, &lex);
            for i in 0..atoms.atoms.len() {
                if !matches!(p.kind(i), Some(AtomKind::Num { .. })) || !p.number_reads_nothing(i) {
                    continue;
                }
                seen += 1;
                let prev = Expr::new(0, i.saturating_sub(1), ExprKind::Point(Point::default()));
                for prev in [None, Some(&prev)] {
                    assert_eq!(p.time_expr(i), None, "{text:?} at {i}");
                    assert_eq!(p.count_unit_expr(i), None, "{text:?} at {i}");
                    assert_eq!(p.number_date_expr(i, prev), None, "{text:?} at {i}");
                }
            }
        }
        assert!(seen > 10, "{seen}");
    }
}
