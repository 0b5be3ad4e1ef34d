//! Dates and times: finds calendar expressions in Indonesian news text and normalises them to
//! ISO 8601.
//!
//! What is read (the vocabulary is `lexicons/dates.tsv`; the shapes are here):
//!
//! * full dates in every common order and separator: `17 Juni 2021`, `17/6/2021`,
//!   `17-06-2021`, `17.06.2021`, `2021-06-17`, `02/09/25`, month abbreviations (`17 Agt.
//!   2021`), old spellings (`Nopember`) and English months; `Juni 2021`; `tanggal 17`;
//! * a weekday with its date: `Kamis (17/6/2021)`, `Selasa pagi (15/10)`, `Senin, 26 Agustus
//!   2024`; a weekday that contradicts its date is flagged (`weekday_mismatch`, value null);
//! * relative expressions: `hari ini`, `kemarin`, `besok`, `lusa`, `tadi pagi`, `3 hari lalu`,
//!   `57 tahun silam`, `pekan depan`, `bulan lalu`, `tahun ini`, `Jumat pagi besok`, `Senin
//!   lalu`, a weekday alone (`..., kata dia, Senin.`: the day the text dates for that
//!   weekday within a week of the reference, as `Minggu (7/6)` … `ditutup Minggu malam`,
//!   else the latest one), `Kamis besok` (the coming Thursday), `Januari ini`, `Mei
//!   mendatang`, `Lebaran`, `akhir tahun`, `empat bulan pertama tahun ini`, `pekan terakhir
//!   Juli`, `dua bulan ke depan`, `Rabu pekan lalu` (that day of last week); `Ramadan`
//!   (`Ramadan 1447 H`: the span of the month in the arithmetic Islamic calendar), `1 Syawal
//!   1447 H`; holidays (`Idul Fitri 1447 H`, `Maulid Nabi`, `Nyepi`, `Tahun Baru Saka
//!   1948`: the Islamic ones by the arithmetic calendar where their isbat list ends), `H-7
//!   Lebaran`, `H-5 hingga H-3 Idul Fitri`;
//! * intervals: `17-19 September 2025`, `Kamis hingga Jumat (20/3-21/3)`, `Kamis hingga
//!   Jumat` alone (placed as its first weekday alone; `Senin hingga Jumat` alone is the
//!   working week, no date), `27 hingga 29 Agustus 2024`, `31 Januari hingga 1
//!   Februari 2024`, `Januari hingga Maret 2024`, `2019-2023`, `periode 2009 – 2018`, `tahun
//!   2015 sampai dengan sekarang tahun 2019`, `pukul 08.00 hingga 16.00 WITA`;
//! * clock times: `pukul 10.00`, `19:30 WITA`, `pukul tujuh malam`, `pukul sepuluh lewat tiga
//!   puluh menit`, with WIB/WITA/WIT as `+07:00`/`+08:00`/`+09:00`;
//! * years in context: `tahun 2021`, `Tahun Anggaran 2025`, `TA 2021`, `APBD 2022`, `pada 2017
//!   dan 2018` — but not amounts, counts or identifiers (`Rp 2.021`, `2021 orang`, `Nomor 12
//!   Tahun 2018`, `Kpts. 191/11/2023`, `2/3 dari`, `COVID-19`, a year after a programme name).
//!
//! A date written without its year takes the year that puts it nearest the reference date
//! (`Senin (31/12)` read on 2 January is the previous 31 December); relative expressions are
//! counted from the reference date; without one their value is null but they are still
//! reported. The reference date is the caller's, or else the first full date of the text's
//! opening (see [`DateRecognizer::infer_reference_date`]).
//!
//! The recogniser is one pass over the tokens. Tokens near an *anchor* (a token with a digit,
//! or a word that can begin a date: a month, a weekday, `pukul`, `tahun`, `besok`...) are cut
//! into letter runs, digit runs and punctuation ("atoms", so that it does not matter how the
//! tokenizer grouped `17/6/2021` or `s.d.`); the rest of the text is skipped after a
//! three-letter filter. Words are looked up in an open-addressing table, and a small grammar
//! reads expressions left to right from the atoms that can start one.

mod atoms;
mod grammar;
mod hijri;
mod lexicon;
mod resolve;

use jiff::civil::Date;

use crate::document::DateValue;
use crate::error::Result;
use crate::lexicon::{LexiconKind, LexiconText};
use crate::recognize::gazetteer::{GazetteerBuilder, Scan};
use crate::text::{Span, Token};

use atoms::{anchor_classes, Atoms, TokenWords, NO_DATE_WORD};
use grammar::{Expr, ExprKind, Parser};
use lexicon::DateLexicon;

/// The most expressions whose buffer a thread keeps for the next text (a long news text
/// has a few hundred).
const MAX_KEPT_EXPRS: usize = 1 << 12;

/// Most days from a holiday to another named after it ([`holidays_named_together`]).
const HOLIDAY_SEASON_DAYS: i32 = 366;

thread_local! {
    /// Atom, expression and match buffers reused from one text to the next on each thread.
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::new(Scratch::default());
}

/// The buffers of one reading: the atoms of the text, the expressions read from them and
/// the dates found (with the expression each was read from) before they are returned.
#[derive(Default)]
struct Scratch {
    atoms: Atoms,
    exprs: Vec<Expr>,
    found: Vec<(usize, DateMatch)>,
}

/// The buffers [`DateRecognizer::with_atoms`] lends: the expressions and the dates found.
struct Bufs<'a> {
    exprs: &'a mut Vec<Expr>,
    found: &'a mut Vec<(usize, DateMatch)>,
}

/// One date or time expression found in a text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// The whole expression (`Kamis (17/6/2021)`, `17-19 September 2025`, `pukul 10.00 WITA`).
    pub span: Span,
    /// Its normalised value.
    pub value: DateValue,
    /// Read as a date from the words around it, where alone its words would be another
    /// thing (`Kuningan` after `Galungan dan`: the holy day, not the regency): no place may
    /// claim them.
    pub in_context: bool,
}

/// The dates of one text and the reference date they were resolved against.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateAnalysis {
    /// The expressions, in text order.
    pub matches: Vec<DateMatch>,
    /// The reference date used, if any.
    pub reference: Option<Date>,
    /// When the reference date was inferred from the text: the span of the date it was read
    /// from (`None` when the caller gave it, or there is none).
    pub inferred_from: Option<Span>,
}

/// Finds and normalises dates; built once from the date lexicon, then shared freely.
#[derive(Clone, Debug)]
pub struct DateRecognizer {
    lex: DateLexicon,
    /// The id in `lex` of each word of the shared vocabulary that is a word of the date
    /// lexicon ([`NO_DATE_WORD`] where none; empty until [`register`](Self::register)).
    by_word: Vec<u32>,
    /// The [`anchor_classes`] of the words of `by_word`.
    anchors_by_word: Vec<u8>,
}

impl DateRecognizer {
    /// Builds a recogniser from `dates.tsv`-format lexicons (later texts extend earlier ones).
    /// Fails with the file and line of the first unusable line.
    pub fn from_lexicons(lexicons: &[LexiconText]) -> Result<DateRecognizer> {
        Ok(DateRecognizer {
            lex: DateLexicon::from_lexicons(lexicons)?,
            by_word: Vec::new(),
            anchors_by_word: Vec::new(),
        })
    }

    /// The recogniser with the built-in lexicon.
    pub fn builtin() -> DateRecognizer {
        // The built-in lexicon is checked by the test suite; it cannot fail at run time.
        DateRecognizer::from_lexicons(&[LexiconText::builtin(LexiconKind::Dates)])
            .expect("the built-in date lexicon is valid")
    }

    /// The date expressions of `text` (whose tokens are `tokens`), resolved against
    /// `reference`; with `None`, relative expressions and dates without a year get a null
    /// value.
    pub fn recognize(
        &self,
        text: &str,
        tokens: &[Token],
        reference: Option<Date>,
    ) -> Vec<DateMatch> {
        self.with_atoms(text, tokens, None, false, |atoms, bufs| {
            Parser::new(atoms, &self.lex).parse_into(bufs.exprs);
            self.matches(text, atoms, bufs.exprs, reference, bufs.found)
        })
    }

    /// The reference date `text` gives itself, with the span it was read from: the first
    /// full date (day, month and year written) among its first 200 words, preferring one
    /// written with an agreeing weekday — the dateline form `Kamis (17/6/2021)` or `SENIN, 3
    /// OKTOBER 2016`.
    pub fn infer_reference_date(&self, text: &str, tokens: &[Token]) -> Option<(Date, Span)> {
        self.with_atoms(text, tokens, None, true, |atoms, bufs| {
            let exprs = &mut *bufs.exprs;
            Parser::new(atoms, &self.lex).parse_into(exprs);
            resolve::infer_reference(exprs, atoms).map(|(d, i)| (d, span_of(atoms, &exprs[i])))
        })
    }

    /// [`recognize`](Self::recognize) with the reference date inferred from the text when
    /// `reference` is `None`, in one pass.
    pub fn analyze(&self, text: &str, tokens: &[Token], reference: Option<Date>) -> DateAnalysis {
        self.with_atoms(text, tokens, None, reference.is_none(), |atoms, bufs| {
            self.analyze_atoms(text, atoms, bufs, reference)
        })
    }

    /// Adds the words of the date lexicon that are ASCII letters only to the vocabulary of
    /// the shared dictionary, so that [`analyze_scan`](Self::analyze_scan) knows them by the
    /// word ids of a scan. (Registered first, the words get the first ids, and the table
    /// from ids to date words stays small.)
    pub(crate) fn register(&mut self, g: &mut GazetteerBuilder<'_>) {
        self.by_word.clear();
        for (date_id, w) in self.lex.ascii_words() {
            if let Some(id) = g.word(w) {
                let id = id as usize;
                if id >= self.by_word.len() {
                    self.by_word.resize(id + 1, NO_DATE_WORD);
                }
                self.by_word[id] = date_id;
            }
        }
        self.anchors_by_word = anchor_classes(&self.by_word, &self.lex);
    }

    /// [`analyze`](Self::analyze) reading the words of the tokens off `scan`, made by the
    /// gazetteer this recogniser was [registered](Self::register) with.
    pub(crate) fn analyze_scan(
        &self,
        text: &str,
        tokens: &[Token],
        scan: &Scan<'_>,
        reference: Option<Date>,
    ) -> DateAnalysis {
        let words = (scan.words().len() == tokens.len() && scan.facts().len() == tokens.len())
            .then_some(TokenWords {
                ids: scan.words(),
                date_ids: &self.by_word,
                facts: scan.facts(),
                anchors: &self.anchors_by_word,
            });
        self.with_atoms(text, tokens, words, reference.is_none(), |atoms, bufs| {
            self.analyze_atoms(text, atoms, bufs, reference)
        })
    }

    /// Runs `f` on the atoms of `text`, read into this thread's buffers, with a buffer for
    /// the expressions (`words`: the tokens' words, when known; `lead`: the opening is
    /// needed, to infer a reference date).
    fn with_atoms<R>(
        &self,
        text: &str,
        tokens: &[Token],
        words: Option<TokenWords<'_>>,
        lead: bool,
        f: impl FnOnce(&Atoms, Bufs<'_>) -> R,
    ) -> R {
        // taken out for the call: a nested call would find an empty set and still work
        let mut scratch = SCRATCH.with(|s| s.take());
        let Scratch {
            atoms,
            exprs,
            found,
        } = &mut scratch;
        atoms.fill(text, tokens, &self.lex, words, false, lead);
        let r = f(atoms, Bufs { exprs, found });
        // the buffers of an unusually long text are not kept for the thread's lifetime
        if !atoms.is_large()
            && exprs.capacity() <= MAX_KEPT_EXPRS
            && found.capacity() <= MAX_KEPT_EXPRS
        {
            SCRATCH.with(|s| s.replace(scratch));
        }
        r
    }

    fn analyze_atoms(
        &self,
        text: &str,
        atoms: &Atoms,
        bufs: Bufs<'_>,
        reference: Option<Date>,
    ) -> DateAnalysis {
        Parser::new(atoms, &self.lex).parse_into(bufs.exprs);
        let exprs = &bufs.exprs[..];
        let (reference, inferred_from) = match reference {
            Some(r) => (Some(r), None),
            None => match resolve::infer_reference(exprs, atoms) {
                Some((d, i)) => (Some(d), Some(span_of(atoms, &exprs[i]))),
                None => (None, None),
            },
        };
        DateAnalysis {
            matches: self.matches(text, atoms, exprs, reference, bufs.found),
            reference,
            inferred_from,
        }
    }

    /// The dates of the expressions `exprs`, resolved against `reference` (`out`: a buffer,
    /// left empty, so that the only allocation is the list returned, of its exact size).
    fn matches(
        &self,
        text: &str,
        atoms: &Atoms,
        exprs: &[Expr],
        reference: Option<Date>,
        out: &mut Vec<(usize, DateMatch)>,
    ) -> Vec<DateMatch> {
        out.clear();
        out.extend(
            exprs
                .iter()
                .enumerate()
                .filter(|(_, e)| e.kind != ExprKind::NotADate)
                .filter_map(|(i, e)| {
                    let m = DateMatch {
                        span: span_of(atoms, e),
                        value: resolve::resolve(e, reference, &self.lex)?,
                        in_context: e.in_context,
                    };
                    Some((i, m))
                }),
        );
        if let Some(r) = reference {
            same_week_dates(exprs, out, r);
        }
        anaphora(atoms, exprs, out);
        sentence_years(text, exprs, out);
        let parser = Parser::new(atoms, &self.lex);
        holidays_named_together(&parser, &self.lex, exprs, out);
        stated_hijri_days(&parser, exprs, out);
        join_intervals(&parser, exprs, out);
        out.drain(..).map(|(_, m)| m).collect()
    }
}

/// The day a resolved day-grain value names.
fn day_of(v: &DateValue) -> Option<Date> {
    if v.grain != crate::document::DateGrain::Day || v.weekday_mismatch {
        return None;
    }
    iso_day(v.value.as_deref()?)
}

/// The civil date a resolved value starts with (`2024-05-13`, `2024-05-13T09:00`).
///
/// Resolution writes days as `YYYY-MM-DD`, so those digits are read in place; anything else
/// falls back to the full ISO 8601 parser, which reads that form the same way.
fn iso_day(value: &str) -> Option<Date> {
    let s = value.get(..10)?;
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b[r].iter().try_fold(0i16, |n, &c| {
            c.is_ascii_digit().then(|| n * 10 + i16::from(c - b'0'))
        })
    };
    if b[4] == b'-' && b[7] == b'-' {
        if let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) {
            // two-digit month and day fit in i8
            return Date::new(y, m as i8, d as i8).ok();
        }
    }
    s.parse::<Date>().ok()
}

/// A bare month takes the year of a relative year named before it in its sentence (`Tahun
/// lalu benih terlambat, jadi kami tanam akhir Desember`: 2025-12 on a reference date in
/// 2026). Only a relative year: a year written out before a month is often a plan's or a
/// budget's (`RKPD 2027 dibahas pada Maret`), not the month's.
fn sentence_years(text: &str, exprs: &[Expr], out: &mut [(usize, DateMatch)]) {
    for k in 1..out.len() {
        let (before, rest) = out.split_at_mut(k);
        let (_, prev) = &before[k - 1];
        let (i, m) = &mut rest[0];
        let e = &exprs[*i];
        let ExprKind::Point(p) = e.kind else {
            continue;
        };
        let Some(month) = p.month else {
            continue;
        };
        if p.year.is_some() || p.day.is_some() || p.clock.is_some() || e.dir.is_some() {
            continue;
        }
        let relative_year =
            prev.value.relative && prev.value.grain == crate::document::DateGrain::Year;
        let Some(year) = prev
            .value
            .value
            .as_deref()
            .filter(|v| relative_year && v.len() == 4 && v.bytes().all(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        let between = text.get(prev.span.end..m.span.start).unwrap_or(".");
        if between.contains(['.', '!', '?', '\n', '"']) {
            continue;
        }
        m.value.value = Some(format!("{year}-{month:02}"));
    }
}

/// Dates counted from what the text narrates rather than from the reference date.
///
/// `keesokan harinya`, `sehari setelahnya`, `sepekan kemudian`, `dua hari sebelumnya` count
/// from the last day the text dated before them: a written day, a relative day, or an
/// earlier `keesokan harinya` (the story moving on), but not a day counted backwards (an
/// aside) nor the date of a statement (`ujar Rudi di Padang, Senin (13/5/2024)`); with no
/// such day they keep the reference date's count. A bare `H+5` counts from the holiday
/// named last, and is no date when none was. One with a written day set beside it after a
/// comma (`Sehari sebelumnya, Sabtu (18/10), ...`) names that day; one right after a
/// holiday's name (`Kuningan sepuluh hari kemudian`) says when that holiday falls and counts
/// from the day narrated before it.
fn anaphora(atoms: &Atoms, exprs: &[Expr], out: &mut Vec<(usize, DateMatch)>) {
    use grammar::Rel;
    let mut narrated: Option<Date> = None;
    let mut holiday: Option<Date> = None;
    // where the last named holiday ends, and the day narrated before it
    let mut named: Option<(usize, Option<Date>)> = None;
    let mut undated = false;
    for k in 0..out.len() {
        // (read before out[k] changes; out[k + 1] has not changed yet)
        let apposed = apposed_day(atoms, exprs, out, k);
        let (i, m) = &mut out[k];
        let e = &exprs[*i];
        match e.kind {
            ExprKind::Relative(Rel::Anaphoric { .. }) if apposed.is_some() => {
                if let Some(v) = apposed {
                    m.value = v;
                }
            }
            ExprKind::Relative(Rel::Anaphoric { unit, n }) => {
                // `Kuningan sepuluh hari kemudian`: right after a holiday's name, the count
                // says when that holiday falls, from the day narrated before it
                let anchor = match named {
                    Some((end, before)) if end == e.start => before,
                    _ => narrated,
                };
                if let Some(anchor) = anchor {
                    let (value, day) = resolve::anaphoric(anchor, unit, n);
                    m.value.value = value;
                    if n > 0 {
                        narrated = day.or(narrated);
                    }
                }
            }
            ExprKind::Relative(Rel::Holiday {
                id, days, to: None, ..
            }) => {
                let day = match id {
                    Some(_) => day_of(&m.value),
                    None => holiday
                        .and_then(|h| h.checked_add(jiff::ToSpan::days(i64::from(days))).ok()),
                };
                if id.is_some() {
                    named = Some((e.end, narrated));
                    holiday =
                        day.and_then(|d| d.checked_sub(jiff::ToSpan::days(i64::from(days))).ok());
                } else {
                    m.value.value = day.map(|d| d.to_string());
                    undated |= day.is_none();
                }
                narrated = day.or(narrated);
            }
            _ if !e.statement => narrated = day_of(&m.value).or(narrated),
            _ => {}
        }
    }
    if undated {
        out.retain(|(i, m)| {
            !(m.value.value.is_none()
                && matches!(
                    exprs[*i].kind,
                    ExprKind::Relative(Rel::Holiday { id: None, .. })
                ))
        });
    }
}

/// A holiday named with another before it (`Natal dan Tahun Baru`, `Idul Fitri dan Idul
/// Adha`) and no year of its own is the first of its days on or after the other's, within a
/// year: the season the text speaks of (in August, the coming Christmas and the New Year after
/// it, not the past January's).
fn holidays_named_together(
    parser: &Parser<'_>,
    lex: &DateLexicon,
    exprs: &[Expr],
    out: &mut [(usize, DateMatch)],
) {
    use grammar::{HolidayYear, Rel};
    for k in 1..out.len() {
        let (before, after) = out.split_at_mut(k);
        let ((i, first), (j, second)) = (&before[k - 1], &mut after[0]);
        let (a, b) = (&exprs[*i], &exprs[*j]);
        let ExprKind::Relative(Rel::Holiday { id: Some(_), .. }) = a.kind else {
            continue;
        };
        let ExprKind::Relative(Rel::Holiday {
            id: Some(id),
            year: HolidayYear::Nearest,
            days: 0,
            to: None,
        }) = b.kind
        else {
            continue;
        };
        if b.dir.is_some() || !parser.conjoined(a.consumed, b.start) {
            continue;
        }
        let (Some(from), Some(own)) = (day_of(&first.value), day_of(&second.value)) else {
            continue;
        };
        if own >= from {
            continue;
        }
        let next = resolve::holiday_dates(lex, id)
            .filter(|&d| d >= from && (d - from).get_days() <= HOLIDAY_SEASON_DAYS)
            .min();
        if let Some(d) = next {
            second.value.value = Some(d.to_string());
        }
    }
}

/// The value of the written day set beside anaphoric date `out[k]` after a comma
/// (`Sehari sebelumnya, Sabtu (18/10)`), if there is one.
fn apposed_day(
    atoms: &Atoms,
    exprs: &[Expr],
    out: &[(usize, DateMatch)],
    k: usize,
) -> Option<DateValue> {
    use grammar::Rel;
    let (e, (j, next)) = (&exprs[out[k].0], out.get(k + 1)?);
    if !matches!(e.kind, ExprKind::Relative(Rel::Anaphoric { .. })) {
        return None;
    }
    let next_expr = &exprs[*j];
    let comma = matches!(
        atoms.atoms.get(e.end).map(|a| a.kind),
        Some(atoms::AtomKind::Punct(','))
    );
    let written = !matches!(next_expr.kind, ExprKind::Relative(_));
    (comma && next_expr.start == e.end + 1 && written && day_of(&next.value).is_some())
        .then(|| next.value.clone())
}

/// Most days by which a Hijri day stated beside its Gregorian one may differ from the
/// arithmetic calendar ([`stated_hijri_days`]): a sighting moves a month's start by a day or
/// two.
const MAX_HIJRI_SHIFT: i64 = 2;

/// A day of the Islamic calendar tied to a written Gregorian day (`1 Rajab 1448 H, bertepatan
/// dengan Kamis (10/12/2026)`, either first) is that day: the text states the sighting's
/// calendar, which may begin a month a day or two away from the arithmetic one. Every other
/// reading of the Islamic calendar in the text (its months and days, `Rajab 1448 H`, the
/// headline's `1 Rajab 1448 H`) moves by the same days, as the text follows one calendar.
fn stated_hijri_days(parser: &Parser<'_>, exprs: &[Expr], out: &mut [(usize, DateMatch)]) {
    use grammar::Rel;
    let hijri = |i: usize| matches!(exprs[i].kind, ExprKind::Relative(Rel::HijriMonth { .. }));
    let hijri_day = |i: usize| {
        matches!(
            exprs[i].kind,
            ExprKind::Relative(Rel::HijriMonth { day: Some(_), .. })
        )
    };
    let written_day = |i: usize| matches!(exprs[i].kind, ExprKind::Point(p) if p.day.is_some());
    let shift = out.windows(2).find_map(|w| {
        let ((i, a), (j, b)) = (&w[0], &w[1]);
        if !parser.same_day(exprs[*i].consumed, exprs[*j].start) {
            return None;
        }
        let (h, g) = if hijri_day(*i) && written_day(*j) {
            (a, b)
        } else if written_day(*i) && hijri_day(*j) {
            (b, a)
        } else {
            return None;
        };
        let days = (day_of(&g.value)? - day_of(&h.value)?).get_days();
        (days != 0 && i64::from(days).abs() <= MAX_HIJRI_SHIFT).then_some(days)
    });
    let Some(days) = shift else {
        return;
    };
    for (i, m) in out.iter_mut() {
        if !hijri(*i) {
            continue;
        }
        let Some(v) = m.value.value.as_deref() else {
            continue;
        };
        let moved = v
            .split('/')
            .map(|part| {
                let d = (part.len() == 10).then(|| iso_day(part)).flatten()?;
                d.checked_add(jiff::ToSpan::days(i64::from(days)))
                    .ok()
                    .map(|d| d.to_string())
            })
            .collect::<Option<Vec<_>>>();
        if let Some(parts) = moved {
            m.value.value = Some(parts.join("/"));
        }
    }
}

/// Two dates of one grain read apart but joined by an interval connector are the ends of one
/// interval: `Jumat (18/4/2025) hingga Minggu (20/4/2025)`, `Senin (1/12/2025) malam hingga
/// Selasa (2/12/2025) pagi`, `besok hingga Jumat (3/10)`, `sejak Senin hingga hari ini`
/// (ends the grammar reads as one expression, `17-19 September`, never get here). The
/// interval must go forward; its ends may be days or months, not times. A day counted from
/// the story opens none: `diperpanjang sepekan kemudian hingga 24 Maret` is when the
/// extension came and how long it runs; nor does a holiday after a dash (the dateline's).
fn join_intervals(parser: &Parser<'_>, exprs: &[Expr], out: &mut Vec<(usize, DateMatch)>) {
    use crate::document::DateGrain;
    let mut k = 0;
    while k + 1 < out.len() {
        let (i, j) = (out[k].0, out[k + 1].0);
        let (a, b) = (&out[k].1.value, &out[k + 1].1.value);
        let joined = a.grain == b.grain
            && matches!(a.grain, DateGrain::Day | DateGrain::Month)
            && !a.weekday_mismatch
            && !b.weekday_mismatch
            && !matches!(
                exprs[i].kind,
                ExprKind::Relative(grammar::Rel::Anaphoric { .. })
            )
            && parser.connects(exprs[i].consumed, exprs[j].start)
            // `Kamis (10/12/2026) - Malam Natal ...`: a dash before a holiday's name is the
            // dateline's, not a range's
            && !(matches!(
                exprs[j].kind,
                ExprKind::Relative(grammar::Rel::Holiday { .. })
            ) && parser.dash_at(exprs[i].consumed))
            && match (a.value.as_deref(), b.value.as_deref()) {
                // ISO dates of one grain compare as strings
                (Some(x), Some(y)) => x.len() == y.len() && x < y,
                _ => false,
            };
        if !joined {
            k += 1;
            continue;
        }
        let (_, second) = out.remove(k + 1);
        let first = &mut out[k].1;
        first.span = first.span.cover(&second.span);
        let v = &mut first.value;
        v.value = Some(format!(
            "{}/{}",
            v.value.as_deref().unwrap_or_default(),
            second.value.value.as_deref().unwrap_or_default()
        ));
        v.grain = DateGrain::Interval;
        v.relative |= second.value.relative;
        v.part_of_day = None;
    }
}

/// A weekday alone (`ditutup Minggu malam`) is the day the text dates for that weekday
/// (`Minggu (7/6)`) when that day lies within a week of the reference date: the report
/// speaks of one week. The nearest dated mention before it wins, else the first after.
fn same_week_dates(exprs: &[Expr], out: &mut [(usize, DateMatch)], r: Date) {
    use grammar::{Rel, WeekdayDir};
    let mut dated: Vec<(usize, u8, Date)> = Vec::new();
    for (i, m) in out.iter() {
        let e = &exprs[*i];
        let (Some(wd), ExprKind::Point(_)) = (e.weekday, e.kind) else {
            continue;
        };
        let v = &m.value;
        if v.grain != crate::document::DateGrain::Day || v.weekday_mismatch {
            continue;
        }
        let Some(d) = v.value.as_deref().and_then(iso_day) else {
            continue;
        };
        if (d - r).get_days().abs() <= 6 {
            dated.push((*i, wd, d));
        }
    }
    if dated.is_empty() {
        return;
    }
    for (i, m) in out.iter_mut() {
        let ExprKind::Relative(Rel::Weekday { weekday, dir }) = exprs[*i].kind else {
            continue;
        };
        if !matches!(dir, WeekdayDir::BarePast | WeekdayDir::BareFuture) {
            continue;
        }
        let same = dated.iter().filter(|(_, wd, _)| *wd == weekday);
        let before = same.clone().rfind(|(j, _, _)| j < i);
        if let Some((_, _, d)) = before.or_else(|| same.clone().next()) {
            m.value.value = Some(d.to_string());
        }
    }
}

impl DateRecognizer {}

fn span_of(atoms: &Atoms, e: &Expr) -> Span {
    let a = &atoms.atoms;
    a[e.start]
        .span
        .cover(&a[e.end.saturating_sub(1).max(e.start)].span)
}

#[cfg(test)]
mod tests;
