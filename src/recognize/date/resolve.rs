//! Resolution: turns parsed expressions into ISO 8601 values against a reference date, and
//! infers the reference date from the text when the caller gives none. All calendar
//! arithmetic is jiff's.

use jiff::civil::{Date, Weekday};
use jiff::ToSpan;

use crate::document::{DateGrain, DateValue};

use super::atoms::Atoms;
use super::grammar::{Clock, Expr, ExprKind, HolidayYear, Point, Rel, WeekdayDir, Year};
use super::hijri::islamic_month;
use super::lexicon::{DateLexicon, Direction, Unit, HIJRI_TOLERANCE_DAYS};

/// Resolves `expr` against `reference`. `None` means the expression is not a date after all
/// (an impossible day such as 29 February 2023 reached through borrowing).
pub(super) fn resolve(
    expr: &Expr,
    reference: Option<Date>,
    lex: &DateLexicon,
) -> Option<DateValue> {
    let mut out = match expr.kind {
        ExprKind::NotADate => return None,
        ExprKind::Point(p) => point(&p, reference, expr.dir)?,
        ExprKind::Interval(s, t) => interval(&s, &t, reference, expr.dir)?,
        ExprKind::Relative(r) => relative(r, reference, lex, expr.dir),
    };
    if let (Some(wd), Some(day)) = (expr.weekday, out.day) {
        if day.weekday().to_monday_one_offset() != wd as i8 {
            out.mismatch = true;
            out.value = None;
        }
    }
    Some(DateValue {
        value: out.value,
        grain: out.grain,
        relative: out.relative,
        part_of_day: expr
            .part
            .and_then(|p| lex.parts.get(p as usize))
            .map(|p| p.label.clone()),
        weekday_mismatch: out.mismatch,
    })
}

/// A resolved value before it becomes a [`DateValue`].
struct Out {
    value: Option<String>,
    grain: DateGrain,
    relative: bool,
    mismatch: bool,
    /// The single day the value names, for the weekday check.
    day: Option<Date>,
}

impl Out {
    fn new(value: Option<String>, grain: DateGrain, relative: bool) -> Out {
        Out {
            value,
            grain,
            relative,
            mismatch: false,
            day: None,
        }
    }
}

/// A point's fields completed: what is known after resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Cal {
    Day(Date),
    Month(i32, u8),
    Year(i32),
    Clock(Option<Date>, Clock),
    /// Known to be a date of this grain, but not which (no reference date).
    Unknown(DateGrain),
}

// The values are written digit by digit rather than with `format!`: there is one or two per
// expression, and the formatting machinery cost more than all the rest of their resolution.

/// Appends `v` in decimal, zero-padded to `width` digits (`format!("{v:0width$}")`).
fn push_padded(s: &mut String, v: u32, width: usize) {
    let mut buf = [0u8; 10];
    let mut i = buf.len();
    let mut n = v;
    loop {
        i -= 1;
        buf[i] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for _ in buf.len() - i..width {
        s.push('0');
    }
    s.extend(buf[i..].iter().map(|&b| char::from(b)));
}

/// Appends `YYYY-MM-DD`; false (and nothing appended) outside years 1–9999.
fn push_date(s: &mut String, d: Date) -> bool {
    if !(1..=9999).contains(&d.year()) {
        return false;
    }
    push_padded(s, d.year().unsigned_abs().into(), 4);
    s.push('-');
    push_padded(s, d.month().unsigned_abs().into(), 2);
    s.push('-');
    push_padded(s, d.day().unsigned_abs().into(), 2);
    true
}

/// Appends `Thh:mm` and the zone, if any (`+08:00`).
fn push_clock(s: &mut String, c: Clock) {
    s.push('T');
    push_padded(s, c.hour.into(), 2);
    s.push(':');
    push_padded(s, c.minute.into(), 2);
    if let Some(z) = c.zone {
        s.push(if z < 0 { '-' } else { '+' });
        let z = z.unsigned_abs();
        push_padded(s, (z / 60).into(), 2);
        s.push(':');
        push_padded(s, (z % 60).into(), 2);
    }
}

/// Appends the value of `c`; false when it has none (and then `s` may hold part of it).
fn push_cal(s: &mut String, c: Cal) -> bool {
    match c {
        Cal::Day(d) => push_date(s, d),
        Cal::Month(y, m) if (1..=9999).contains(&y) => {
            push_padded(s, y.unsigned_abs(), 4);
            s.push('-');
            push_padded(s, m.into(), 2);
            true
        }
        Cal::Year(y) if (1..=9999).contains(&y) => {
            push_padded(s, y.unsigned_abs(), 4);
            true
        }
        Cal::Month(..) | Cal::Year(_) | Cal::Unknown(_) => false,
        Cal::Clock(d, c) => {
            if let Some(d) = d {
                if !push_date(s, d) {
                    return false;
                }
            }
            push_clock(s, c);
            true
        }
    }
}

fn fmt_date(d: Date) -> Option<String> {
    let mut s = String::with_capacity(10);
    push_date(&mut s, d).then_some(s)
}

#[cfg(test)]
fn fmt_clock(c: Clock) -> String {
    let mut s = String::with_capacity(12);
    push_clock(&mut s, c);
    s
}

fn fmt_cal(c: Cal) -> Option<String> {
    let mut s = String::with_capacity(24);
    push_cal(&mut s, c).then_some(s)
}

/// `start/end`, when both have a value.
fn fmt_span(start: Cal, end: Cal) -> Option<String> {
    let mut s = String::with_capacity(48);
    (push_cal(&mut s, start) && {
        s.push('/');
        push_cal(&mut s, end)
    })
    .then_some(s)
}

fn grain_of(c: Cal) -> DateGrain {
    match c {
        Cal::Day(_) => DateGrain::Day,
        Cal::Month(..) => DateGrain::Month,
        Cal::Year(_) => DateGrain::Year,
        Cal::Clock(..) => DateGrain::Time,
        Cal::Unknown(g) => g,
    }
}

fn date(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(i16::try_from(y).ok()?, m as i8, d as i8).ok()
}

fn days_between(a: Date, b: Date) -> Option<i64> {
    a.until(b).ok().map(|s| i64::from(s.get_days()))
}

/// The century of a two-digit year: the one nearest the reference year (or this century
/// below 70 without one).
fn full_year(y: Year, reference: Option<Date>) -> i32 {
    if !y.two_digit {
        return y.value;
    }
    match reference {
        Some(r) => {
            let ry = i32::from(r.year());
            let base = ry - ry.rem_euclid(100);
            [base - 100, base, base + 100]
                .into_iter()
                .map(|c| c + y.value)
                .min_by_key(|c| (c - ry).abs())
                .unwrap_or(2000 + y.value)
        }
        None if y.value < 70 => 2000 + y.value,
        None => 1900 + y.value,
    }
}

/// Among `candidates`, the one a date written without its year means: the latest on or
/// before the reference after `lalu`, the earliest on or after it after `mendatang`/`depan`,
/// else the nearest.
fn pick(
    reference: Date,
    candidates: impl Iterator<Item = Date>,
    dir: Option<Direction>,
) -> Option<Date> {
    let mut best: Option<(i64, Date)> = None;
    for d in candidates {
        let Some(delta) = days_between(reference, d) else {
            continue;
        };
        let score = match dir {
            Some(Direction::Past) if delta > 0 => continue,
            Some(Direction::Next | Direction::Later) if delta < 0 => continue,
            _ => delta.abs(),
        };
        if best.map_or(true, |(b, _)| score < b) {
            best = Some((score, d));
        }
    }
    best.map(|(_, d)| d)
}

/// The day `month-day` in the year before, of, or after the reference's: see [`pick`].
fn nearest_day(reference: Date, month: u8, day: u8, dir: Option<Direction>) -> Option<Date> {
    let ry = i32::from(reference.year());
    pick(
        reference,
        (ry - 1..=ry + 1).filter_map(|y| date(y, month, day)),
        dir,
    )
}

/// Day `day` of the month before, of, or after the reference's: see [`pick`].
fn nearest_day_of_month(reference: Date, day: u8, dir: Option<Direction>) -> Option<Date> {
    let first = reference.first_of_month();
    let candidates = [-1i32, 0, 1]
        .into_iter()
        .filter_map(move |k| first.checked_add(k.months()).ok())
        .filter_map(move |m| date(i32::from(m.year()), m.month() as u8, day));
    pick(reference, candidates, dir)
}

/// The year that puts `month` nearest the reference month; with a direction, the latest
/// on or before it (`Past`: `sejak Januari`) or the earliest on or after it.
fn nearest_month(reference: Date, month: u8, dir: Option<Direction>) -> i32 {
    let ry = i32::from(reference.year());
    let r = ry * 12 + i32::from(reference.month());
    (ry - 1..=ry + 1)
        .filter(|y| {
            let delta = y * 12 + i32::from(month) - r;
            match dir {
                Some(Direction::Past) => delta <= 0,
                Some(Direction::Next | Direction::Later) => delta >= 0,
                _ => true,
            }
        })
        .min_by_key(|y| (y * 12 + i32::from(month) - r).abs())
        .unwrap_or(ry)
}

/// Completes a point's fields. `Err(())` drops it (an impossible day).
fn cal(p: &Point, reference: Option<Date>, dir: Option<Direction>) -> Result<(Cal, bool), ()> {
    let year = p.year.map(|y| full_year(y, reference));
    let relative = p.year.is_none() && (p.month.is_some() || p.day.is_some());
    let c = match (year, p.month, p.day) {
        (Some(y), Some(m), Some(d)) => Cal::Day(date(y, m, d).ok_or(())?),
        (None, Some(m), Some(d)) => match reference {
            Some(r) => Cal::Day(nearest_day(r, m, d, dir).ok_or(())?),
            None => Cal::Unknown(DateGrain::Day),
        },
        (None, None, Some(d)) => match reference {
            Some(r) => Cal::Day(nearest_day_of_month(r, d, dir).ok_or(())?),
            None => Cal::Unknown(DateGrain::Day),
        },
        (Some(y), Some(m), None) => Cal::Month(y, m),
        (None, Some(m), None) => match reference {
            Some(r) => Cal::Month(nearest_month(r, m, dir), m),
            None => Cal::Unknown(DateGrain::Month),
        },
        (Some(y), None, _) => Cal::Year(y),
        (None, None, None) => match p.clock {
            Some(c) => return Ok((Cal::Clock(None, c), false)),
            None => return Err(()),
        },
    };
    let c = match (c, p.clock) {
        (Cal::Day(d), Some(clock)) => Cal::Clock(Some(d), clock),
        (Cal::Unknown(_), Some(_)) => Cal::Unknown(DateGrain::Time),
        (c, _) => c,
    };
    Ok((c, relative))
}

fn point(p: &Point, reference: Option<Date>, dir: Option<Direction>) -> Option<Out> {
    let (c, relative) = cal(p, reference, dir).ok()?;
    let mut out = Out::new(fmt_cal(c), grain_of(c), relative);
    out.day = match c {
        Cal::Day(d) | Cal::Clock(Some(d), _) => Some(d),
        _ => None,
    };
    Some(out)
}

fn interval(s: &Point, t: &Point, reference: Option<Date>, dir: Option<Direction>) -> Option<Out> {
    let (end, end_rel) = cal(t, reference, dir).ok()?;
    let mut s = *s;
    // A start without a year takes the end's, one year earlier when it would come after it
    // (30 Desember hingga 2 Januari).
    if s.year.is_none() && (s.month.is_some() || s.day.is_some()) {
        let end_year = match end {
            Cal::Day(d) | Cal::Clock(Some(d), _) => Some(i32::from(d.year())),
            Cal::Month(y, _) => Some(y),
            _ => None,
        };
        if let Some(y) = end_year {
            s.year = Some(Year {
                value: y,
                two_digit: false,
            });
            let key = |p: &Point| (p.month.unwrap_or(0), p.day.unwrap_or(0));
            let t_key = match end {
                Cal::Day(d) | Cal::Clock(Some(d), _) => (d.month() as u8, d.day() as u8),
                Cal::Month(_, m) => (m, 0),
                _ => (0, 0),
            };
            if key(&s) > t_key {
                s.year = Some(Year {
                    value: y - 1,
                    two_digit: false,
                });
            }
        }
    }
    let (start, start_rel) = cal(&s, reference, None).ok()?;
    let value = fmt_span(start, end);
    Some(Out::new(value, DateGrain::Interval, start_rel || end_rel))
}

fn weekday(n: u8) -> Option<Weekday> {
    Weekday::from_monday_one_offset(n as i8).ok()
}

/// The day weekday `wd` (Monday = 1) read with `dir` names, seen from `r`.
fn weekday_day(r: Date, wd: u8, dir: WeekdayDir) -> Option<Date> {
    weekday(wd).and_then(|w| {
        let same = r.weekday() == w;
        match dir {
            WeekdayDir::Stated(Direction::Past | Direction::Before) => r.nth_weekday(-1, w).ok(),
            // `Jumat depan`: the Friday of next week.
            WeekdayDir::Stated(Direction::Next | Direction::Later | Direction::After) => {
                monday_of(r)?.checked_add(i64::from(wd + 6).days()).ok()
            }
            WeekdayDir::Stated(Direction::Current | Direction::Running) => {
                monday_of(r)?.checked_add(i64::from(wd - 1).days()).ok()
            }
            WeekdayDir::BarePast if same => Some(r),
            WeekdayDir::BarePast => r.nth_weekday(-1, w).ok(),
            WeekdayDir::BareFuture if same => Some(r),
            WeekdayDir::BareFuture => r.nth_weekday(1, w).ok(),
            WeekdayDir::Coming => r.nth_weekday(1, w).ok(),
            WeekdayDir::Gone => r.nth_weekday(-1, w).ok(),
            WeekdayDir::OfWeek(n) => monday_of(r)?
                .checked_add(i64::from(7 * i32::from(n) + i32::from(wd) - 1).days())
                .ok(),
        }
    })
}

/// The Monday of the week containing `d`.
fn monday_of(d: Date) -> Option<Date> {
    d.tomorrow().ok()?.nth_weekday(-1, Weekday::Monday).ok()
}

/// The value of `n` units after `anchor` (before, when negative): a day, a week, a month or a
/// year; and the day, for a day. Serves the relative dates (`3 hari lalu`, from the
/// reference date) and the anaphoric ones (`pekan yang sama`, from the day last narrated).
pub(super) fn anaphoric(anchor: Date, unit: Unit, n: i32) -> (Option<String>, Option<Date>) {
    match unit {
        Unit::Day => {
            let d = anchor.checked_add(i64::from(n).days()).ok();
            (d.and_then(fmt_date), d)
        }
        // `pekan yang sama`: the week (Monday to Sunday) of the day, `n` weeks on
        Unit::Week => {
            let v = anchor
                .checked_add(i64::from(n).weeks())
                .ok()
                .and_then(monday_of)
                .and_then(|mon| Some((mon, mon.checked_add(6.days()).ok()?)))
                .and_then(|(a, b)| fmt_span(Cal::Day(a), Cal::Day(b)));
            (v, None)
        }
        Unit::Month => {
            let m = anchor
                .first_of_month()
                .checked_add(i64::from(n).months())
                .ok();
            let v = m.and_then(|m| fmt_cal(Cal::Month(i32::from(m.year()), m.month() as u8)));
            (v, None)
        }
        Unit::Year => (fmt_cal(Cal::Year(i32::from(anchor.year()) + n)), None),
    }
}

/// How near (in days) another year's day of a fixed holiday must be to the reference date to
/// be meant rather than the reference year's.
const FIXED_HOLIDAY_SEASON_DAYS: i64 = 92;

/// The date of holiday `id` in `year` (see [`HolidayYear`]), `days` after it.
fn holiday_day(
    lex: &DateLexicon,
    id: u16,
    year: HolidayYear,
    days: i16,
    reference: Option<Date>,
    dir: Option<Direction>,
) -> Option<Date> {
    let in_year = |y: i32| holiday_dates(lex, id).find(|d| i32::from(d.year()) == y);
    let base = match year {
        // Natal lalu, Lebaran mendatang: the latest before or the first after the reference
        // date, within a year
        HolidayYear::Nearest if matches!(dir, Some(Direction::Past | Direction::Next)) => {
            let r = reference?;
            let near = holiday_dates(lex, id)
                .filter(|&d| days_between(r, d).is_some_and(|n| n.abs() <= 366));
            pick(r, near, dir)
        }
        // the one within that Islamic year
        HolidayYear::Hijri(h) => {
            let (first, _) = islamic_month(h, 1)?;
            let (_, last) = islamic_month(h, 12)?;
            holiday_dates(lex, id).find(|d| (first..=last).contains(d))
        }
        HolidayYear::Written(y) => in_year(y),
        HolidayYear::Offset(n) => in_year(i32::from(reference?.year()) + n),
        // a day of the year without its year: the reference date's year's (as the schema
        // places `Senin (11/10)`), unless another year's falls within a season of the
        // reference date and nearer (`Tahun Baru` said in December: the coming one)
        HolidayYear::Nearest if lex.fixed.contains(&id) => {
            let r = reference?;
            let ry = i32::from(r.year());
            let own = in_year(ry)?;
            let dist = |d: Date| days_between(r, d).map(i64::abs);
            [ry - 1, ry + 1]
                .into_iter()
                .filter_map(in_year)
                .filter(|&d| dist(d) < dist(own) && dist(d) <= Some(FIXED_HOLIDAY_SEASON_DAYS))
                .min_by_key(|&d| dist(d))
                .or(Some(own))
        }
        HolidayYear::Nearest => {
            let r = reference?;
            holiday_dates(lex, id)
                .filter_map(|d| Some((days_between(r, d)?.abs(), d)))
                .filter(|(dist, _)| *dist <= 366)
                .min()
                .map(|(_, d)| d)
        }
    }?;
    base.checked_add(i64::from(days).days()).ok()
}

/// `dir` is the direction word after the expression, if any (`Natal lalu`).
fn relative(rel: Rel, reference: Option<Date>, lex: &DateLexicon, dir: Option<Direction>) -> Out {
    let grain = match rel {
        Rel::Days(_) | Rel::Weekday { .. } | Rel::Holiday { .. } => DateGrain::Day,
        Rel::Weeks(_)
        | Rel::Weekdays { .. }
        | Rel::Period { .. }
        | Rel::Term { .. }
        | Rel::MonthSpan { .. }
        | Rel::HijriMonth { .. }
        | Rel::Weekend(_)
        | Rel::Stretch { .. } => DateGrain::Interval,
        Rel::Months(_) | Rel::Month { .. } | Rel::MonthOfYear { .. } => DateGrain::Month,
        Rel::Years(_) => DateGrain::Year,
        Rel::Anaphoric { unit, .. } => match unit {
            Unit::Day => DateGrain::Day,
            Unit::Week => DateGrain::Interval,
            Unit::Month => DateGrain::Month,
            Unit::Year => DateGrain::Year,
        },
    };
    if let Rel::Holiday { id, year, days, to } = rel {
        // a bare `H+5` is dated by the document (see `date::anaphora`)
        let d = id.and_then(|id| holiday_day(lex, id, year, days, reference, dir));
        let written =
            matches!(year, HolidayYear::Written(_) | HolidayYear::Hijri(_)) && id.is_some();
        // `H-5 hingga H-3 Lebaran`: the days from one count to the other
        if let Some(to) = to {
            let end = d.and_then(|d| d.checked_add(i64::from(to - days).days()).ok());
            let span = d
                .zip(end)
                .and_then(|(a, b)| fmt_span(Cal::Day(a), Cal::Day(b)));
            return Out::new(span, DateGrain::Interval, !written);
        }
        let mut out = Out::new(d.and_then(fmt_date), grain, !written);
        out.day = d;
        return out;
    }
    if let Rel::HijriMonth { month, year, day } = rel {
        let span = hijri_month_of(lex, month, year, reference);
        let relative = !matches!(year, HolidayYear::Hijri(_));
        // `1 Syawal 1447 H`: one day of the month
        if let Some(day) = day {
            let d = span.and_then(|(a, b)| {
                let d = a.checked_add(i64::from(day - 1).days()).ok()?;
                (d <= b).then_some(d)
            });
            let mut out = Out::new(d.and_then(fmt_date), DateGrain::Day, relative);
            out.day = d;
            return out;
        }
        let span = span.and_then(|(a, b)| fmt_span(Cal::Day(a), Cal::Day(b)));
        return Out::new(span, grain, relative);
    }
    let Some(r) = reference else {
        return Out::new(None, grain, true);
    };
    let (value, day) = match rel {
        Rel::Days(n) => anaphoric(r, Unit::Day, n),
        Rel::Weeks(n) => anaphoric(r, Unit::Week, n),
        Rel::Months(n) => anaphoric(r, Unit::Month, n),
        Rel::Years(n) => anaphoric(r, Unit::Year, n),
        Rel::Weekday { weekday: wd, dir } => {
            let d = weekday_day(r, wd, dir);
            (d.and_then(fmt_date), d)
        }
        // `Kamis hingga Jumat`: from the first day, read as a weekday alone, to the next
        // such last day
        Rel::Weekdays { first, last, dir } => {
            let a = weekday_day(r, first, dir);
            let b = a.and_then(|a| {
                let n = (i64::from(last) - i64::from(first)).rem_euclid(7);
                a.checked_add(n.days()).ok()
            });
            let v = a
                .zip(b)
                .and_then(|(a, b)| fmt_span(Cal::Day(a), Cal::Day(b)));
            (v, None)
        }
        Rel::Month { month, dir } => {
            let ry = i32::from(r.year());
            let rm = r.month() as u8;
            let y = match dir {
                Direction::Past | Direction::Before if month < rm => ry,
                Direction::Past | Direction::Before => ry - 1,
                Direction::Next | Direction::Later | Direction::After if month > rm => ry,
                Direction::Next | Direction::Later | Direction::After => ry + 1,
                Direction::Current | Direction::Running => ry,
            };
            (fmt_cal(Cal::Month(y, month)), None)
        }
        Rel::MonthOfYear { month, years } => (
            fmt_cal(Cal::Month(i32::from(r.year()) + years, month)),
            None,
        ),
        // handled above
        Rel::Holiday { .. } | Rel::HijriMonth { .. } => (None, None),
        Rel::MonthSpan { first, last, years } => {
            let y = i32::from(r.year()) + years;
            (fmt_span(Cal::Month(y, first), Cal::Month(y, last)), None)
        }
        Rel::Weekend(n) => {
            let v = r
                .checked_add(i64::from(n).weeks())
                .ok()
                .and_then(monday_of)
                .and_then(|mon| {
                    let sat = mon.checked_add(5.days()).ok()?;
                    Some((sat, sat.checked_add(1.days()).ok()?))
                })
                .and_then(|(a, b)| fmt_span(Cal::Day(a), Cal::Day(b)));
            (v, None)
        }
        Rel::Stretch { unit, n } => (stretch(r, unit, n), None),
        // counted from the reference date until the document names a day (`date::anaphora`)
        Rel::Anaphoric { unit, n } => anaphoric(r, unit, n),
        Rel::Period {
            months,
            index,
            years,
        } => {
            let last = index * months;
            let first = last + 1 - months;
            let ry = i32::from(r.year());
            let y = match years {
                Some(n) => ry + n,
                // this year's, unless it has not begun and last year's ended within three
                // months (`triwulan IV` read in January: the one just ended)
                None => {
                    let begun = date(ry, first, 1).is_some_and(|s| r >= s);
                    let ended_lately = date(ry - 1, last, 1)
                        .and_then(|d| days_between(d.last_of_month(), r))
                        .is_some_and(|n| n <= 92);
                    if !begun && ended_lately {
                        ry - 1
                    } else {
                        ry
                    }
                }
            };
            (fmt_span(Cal::Month(y, first), Cal::Month(y, last)), None)
        }
        Rel::Term { half, years } => {
            // the school year begins in July; `lalu` is the latest such half ended before
            // the reference date, `depan` the first to begin after it
            let ry = i32::from(r.year());
            let start = if r.month() >= 7 { ry } else { ry - 1 };
            let (mut y, first) = if half == 1 {
                (start, 7)
            } else {
                (start + 1, 1)
            };
            let month = i32::from(r.year()) * 12 + i32::from(r.month());
            let (from, to) = (y * 12 + i32::from(first), y * 12 + i32::from(first) + 5);
            if years < 0 && to >= month {
                y -= 1;
            } else if years > 0 && from <= month {
                y += 1;
            }
            (
                fmt_span(Cal::Month(y, first), Cal::Month(y, first + 5)),
                None,
            )
        }
    };
    let mut out = Out::new(value, grain, true);
    out.day = day;
    out
}

/// The interval of `n` units up to the reference date `r` (`n` < 0) or from it. Days back
/// count whole days before the reference date (`sepekan terakhir` read on 8 July: 1–8 July);
/// days ahead start the day after it (`tiga hari ke depan` read on 26 February: 27 February–1
/// March); months back include the reference date's (`tiga bulan terakhir` read in July:
/// May–July), months ahead run from the reference date to the same day `n` months on (`empat
/// bulan ke depan` read on 3 November: 3 November–3 March); years include the reference
/// date's (`tiga tahun terakhir` read in 2025: 2023–2025).
fn stretch(r: Date, unit: Unit, n: i32) -> Option<String> {
    let back = n < 0;
    let n = i64::from(n.unsigned_abs());
    if n == 0 {
        return None;
    }
    match unit {
        Unit::Day | Unit::Week => {
            let n = if unit == Unit::Week { 7 * n } else { n };
            let (a, b) = if back {
                (r.checked_sub(n.days()).ok()?, r)
            } else {
                (r.tomorrow().ok()?, r.checked_add(n.days()).ok()?)
            };
            fmt_span(Cal::Day(a), Cal::Day(b))
        }
        Unit::Month if !back => fmt_span(Cal::Day(r), Cal::Day(r.checked_add(n.months()).ok()?)),
        Unit::Month => {
            let m = r.first_of_month();
            let other = m.checked_sub((n - 1).months()).ok()?;
            fmt_span(
                Cal::Month(i32::from(other.year()), other.month() as u8),
                Cal::Month(i32::from(m.year()), m.month() as u8),
            )
        }
        Unit::Year => {
            let y = i32::from(r.year());
            let other = if back {
                y - (n as i32 - 1)
            } else {
                y + (n as i32 - 1)
            };
            let (a, b) = if back { (other, y) } else { (y, other) };
            fmt_span(Cal::Year(a), Cal::Year(b))
        }
    }
}

/// The span of Islamic month `month`: of the Islamic year written, of the one that begins in
/// a Gregorian year (`Ramadan 2026`, `Ramadan tahun ini`), or the one nearest the reference
/// date (0 days when it falls inside); see [`announced_month`].
fn hijri_month_of(
    lex: &DateLexicon,
    month: u8,
    year: HolidayYear,
    reference: Option<Date>,
) -> Option<(Date, Date)> {
    let islamic_month = |hy: i32, month: u8| announced_month(lex, hy, month);
    // the Islamic year in progress at the start of Gregorian year `gy`, roughly
    let around = |gy: i32| (gy - 622) * 33 / 32..=(gy - 622) * 33 / 32 + 2;
    let in_year = |gy: i32| {
        around(gy)
            .filter_map(|hy| islamic_month(hy, month))
            .find(|(a, _)| i32::from(a.year()) == gy)
    };
    match year {
        HolidayYear::Hijri(hy) => islamic_month(hy, month),
        HolidayYear::Written(gy) => in_year(gy),
        HolidayYear::Offset(n) => in_year(i32::from(reference?.year()) + n),
        HolidayYear::Nearest => {
            let r = reference?;
            let ry = i32::from(r.year());
            around(ry - 1)
                .chain(around(ry + 1))
                .filter_map(|hy| islamic_month(hy, month))
                .filter_map(|(a, b)| {
                    let dist = if r < a {
                        days_between(r, a)?
                    } else if r > b {
                        days_between(b, r)?
                    } else {
                        0
                    };
                    Some((dist, a, b))
                })
                .filter(|(dist, _, _)| *dist <= 366)
                .min()
                .map(|(_, a, b)| (a, b))
        }
    }
}

/// The span of Islamic month `month` of year `hy`: the arithmetic calendar's, begun and
/// ended where the lexicon lists the announced first day of it and of the month after
/// (`DateLexicon::month_starts`: 1 Ramadan 1447 was fixed for 2026-02-19 where the arithmetic
/// calendar has 2026-02-18; Idul Fitri, 1 Syawal, ends Ramadan).
fn announced_month(lex: &DateLexicon, hy: i32, month: u8) -> Option<(Date, Date)> {
    let (a, b) = islamic_month(hy, month)?;
    // the listed first day of the month `month` that the arithmetic one begins on `day`
    let start = |month: u8, day: Date| {
        lex.month_starts
            .iter()
            .filter(|&&(m, _)| m == month)
            .flat_map(|&(_, id)| holiday_dates(lex, id))
            .find(|d| {
                days_between(day, *d).is_some_and(|n| n.abs() <= i64::from(HIJRI_TOLERANCE_DAYS))
            })
    };
    let a = start(month, a).unwrap_or(a);
    let next = if month == 12 { 1 } else { month + 1 };
    let b = b
        .checked_add(1.days())
        .ok()
        .and_then(|after| start(next, after))
        .and_then(|d| d.checked_sub(1.days()).ok())
        .unwrap_or(b);
    (a <= b).then_some((a, b))
}

pub(super) fn holiday_dates(lex: &DateLexicon, id: u16) -> impl Iterator<Item = Date> + '_ {
    lex.holidays
        .get(id as usize)
        .into_iter()
        .flat_map(|(_, dates)| dates.iter().copied())
}

/// The reference date a text gives itself: the first full date (day, month and year
/// written) among its first [`LEAD_WORDS`](super::atoms::LEAD_WORDS) words, preferring one written with its weekday
/// (the dateline form `Kamis (17/6/2021)`) whose weekday agrees. Returns the date and the
/// index of the expression it came from.
pub(super) fn infer_reference(exprs: &[Expr], atoms: &Atoms) -> Option<(Date, usize)> {
    let cutoff = atoms.lead_end;
    let mut first = None;
    for (idx, e) in exprs.iter().enumerate() {
        if e.start >= cutoff {
            break;
        }
        let ExprKind::Point(p) = e.kind else {
            continue;
        };
        let (Some(y), Some(m), Some(d)) = (p.year, p.month, p.day) else {
            continue;
        };
        let Some(day) = date(full_year(y, None), m, d) else {
            continue;
        };
        match e.weekday {
            Some(wd) if day.weekday().to_monday_one_offset() == wd as i8 => {
                return Some((day, idx));
            }
            Some(_) => {}
            None => {
                first = first.or(Some((day, idx)));
            }
        }
    }
    first
}

#[cfg(test)]
mod tests {
    use super::super::hijri::islamic_date;
    use super::*;
    use jiff::civil::date as d;

    #[test]
    fn padded_numbers_are_written_as_format_writes_them() {
        for v in [0, 7, 10, 99, 1234, 20_210, u32::MAX] {
            for width in 0..=12 {
                let mut s = String::from("x");
                push_padded(&mut s, v, width);
                assert_eq!(s, format!("x{v:0width$}"), "{v} {width}");
            }
        }
    }

    #[test]
    fn nearest_day_rolls_over_year_ends() {
        assert_eq!(
            nearest_day(d(2022, 1, 2), 12, 31, None),
            Some(d(2021, 12, 31))
        );
        assert_eq!(
            nearest_day(d(2021, 12, 30), 1, 3, None),
            Some(d(2022, 1, 3))
        );
        assert_eq!(
            nearest_day(d(2021, 6, 17), 6, 11, None),
            Some(d(2021, 6, 11))
        );
        // 29 February only exists in leap years: the nearest one is taken.
        assert_eq!(
            nearest_day(d(2024, 3, 1), 2, 29, None),
            Some(d(2024, 2, 29))
        );
        assert_eq!(
            nearest_day(d(2023, 3, 1), 2, 29, None),
            Some(d(2024, 2, 29))
        );
    }

    #[test]
    fn a_direction_word_picks_the_side() {
        let past = Some(Direction::Past);
        let next = Some(Direction::Next);
        // 17 Agustus read on 1 September: nearest and `lalu` agree, `mendatang` is next year
        assert_eq!(
            nearest_day(d(2021, 9, 1), 8, 17, None),
            Some(d(2021, 8, 17))
        );
        assert_eq!(
            nearest_day(d(2021, 9, 1), 8, 17, past),
            Some(d(2021, 8, 17))
        );
        assert_eq!(
            nearest_day(d(2021, 9, 1), 8, 17, next),
            Some(d(2022, 8, 17))
        );
        // the reference day itself is on both sides
        assert_eq!(
            nearest_day(d(2021, 8, 17), 8, 17, next),
            Some(d(2021, 8, 17))
        );
        assert_eq!(
            nearest_day_of_month(d(2021, 6, 20), 25, past),
            Some(d(2021, 5, 25))
        );
    }

    #[test]
    fn nearest_day_of_month_crosses_months() {
        assert_eq!(
            nearest_day_of_month(d(2021, 6, 2), 30, None),
            Some(d(2021, 5, 30))
        );
        assert_eq!(
            nearest_day_of_month(d(2021, 6, 20), 17, None),
            Some(d(2021, 6, 17))
        );
        assert_eq!(
            nearest_day_of_month(d(2021, 12, 29), 2, None),
            Some(d(2022, 1, 2))
        );
        // 31 is skipped in months without one.
        assert_eq!(
            nearest_day_of_month(d(2021, 4, 10), 31, None),
            Some(d(2021, 3, 31))
        );
    }

    #[test]
    fn islamic_months_follow_the_arithmetic_calendar() {
        // 1 Muharram 1 AH is 16 July 622 (Julian) = 19 July 622 (proleptic Gregorian)
        assert_eq!(islamic_date(1, 1, 1), date(622, 7, 19));
        // Ramadan 1446 and 1447, and the days around them
        assert_eq!(
            islamic_month(1446, 9),
            Some((d(2025, 3, 1), d(2025, 3, 30)))
        );
        assert_eq!(
            islamic_month(1447, 9),
            Some((d(2026, 2, 18), d(2026, 3, 19)))
        );
        // the last month of a leap year (1447 is one: 11 * 1447 + 14 = 15931, 15931 % 30 = 1)
        // ends the day before the next year's first
        let (_, last) = islamic_month(1447, 12).unwrap();
        assert_eq!(last.tomorrow().ok(), islamic_date(1448, 1, 1));
        assert_eq!(islamic_month(1200, 9), None);
        // without a year: the one nearest the reference date, or the one it falls in
        let none = DateLexicon::default();
        let near = |r| hijri_month_of(&none, 9, HolidayYear::Nearest, Some(r));
        assert_eq!(near(d(2026, 2, 2)), islamic_month(1447, 9));
        assert_eq!(near(d(2025, 3, 15)), islamic_month(1446, 9));
        assert_eq!(near(d(2025, 5, 1)), islamic_month(1446, 9));
        assert_eq!(near(d(2025, 12, 1)), islamic_month(1447, 9));
        // a Gregorian year: the one that begins in it
        let written = hijri_month_of(&none, 9, HolidayYear::Written(2027), None);
        assert_eq!(written.map(|(a, _)| (a.year(), a.month())), Some((2027, 2)));
        assert_eq!(hijri_month_of(&none, 9, HolidayYear::Nearest, None), None);
    }

    #[test]
    fn announced_first_days_begin_and_end_islamic_months() {
        let lex = DateLexicon::from_lexicons(&[crate::lexicon::LexiconText::new(
            "t.tsv",
            [
                "# test\nform\tkind\tvalue\tdetail",
                "awal_ramadan\tholiday_hijri\t09-01\t",
                "awal_ramadan\tholiday_date\t2026-02-19\t",
                "idul_fitri\tholiday_hijri\t10-01\t",
                "idul_fitri\tholiday_date\t2025-03-31\t",
                "maulid\tholiday_hijri\t03-12\t",
                "maulid\tholiday_date\t2025-09-06\t\n",
            ]
            .join("\n"),
        )])
        .unwrap();
        // 1447: begun a day after the arithmetic calendar, ended by its Syawal (computed)
        assert_eq!(
            announced_month(&lex, 1447, 9),
            Some((d(2026, 2, 19), d(2026, 3, 19)))
        );
        assert_eq!(
            announced_month(&lex, 1447, 10).map(|(a, _)| a),
            islamic_month(1447, 10).map(|(a, _)| a)
        );
        // 1446: nothing listed for Ramadan; Idul Fitri's listed day ends it
        assert_eq!(
            announced_month(&lex, 1446, 9),
            Some((d(2025, 3, 1), d(2025, 3, 30)))
        );
        // a holiday on another day than the first moves no month
        assert_eq!(announced_month(&lex, 1447, 3), islamic_month(1447, 3));
        let near = hijri_month_of(&lex, 9, HolidayYear::Nearest, Some(d(2026, 1, 10)));
        assert_eq!(near, Some((d(2026, 2, 19), d(2026, 3, 19))));
    }

    #[test]
    fn nearest_month_and_two_digit_years() {
        assert_eq!(nearest_month(d(2023, 10, 16), 11, None), 2023);
        assert_eq!(nearest_month(d(2023, 1, 5), 12, None), 2022);
        assert_eq!(nearest_month(d(2023, 12, 5), 1, None), 2024);
        // looking back (`sejak Februari` in November) or ahead
        assert_eq!(
            nearest_month(d(2023, 11, 16), 2, Some(Direction::Past)),
            2023
        );
        assert_eq!(
            nearest_month(d(2023, 11, 16), 11, Some(Direction::Past)),
            2023
        );
        assert_eq!(
            nearest_month(d(2023, 11, 16), 12, Some(Direction::Past)),
            2022
        );
        assert_eq!(
            nearest_month(d(2023, 11, 16), 3, Some(Direction::Next)),
            2024
        );
        let yy = |v| Year {
            value: v,
            two_digit: true,
        };
        assert_eq!(full_year(yy(25), Some(d(2025, 9, 2))), 2025);
        assert_eq!(full_year(yy(99), Some(d(2001, 1, 1))), 1999);
        assert_eq!(full_year(yy(25), None), 2025);
        assert_eq!(full_year(yy(85), None), 1985);
    }

    #[test]
    fn clocks_format_with_offsets() {
        let c = |hour, minute, zone| Clock { hour, minute, zone };
        for v in [
            0,
            1,
            9,
            10,
            59,
            99,
            100,
            255,
            999,
            1000,
            2021,
            9999,
            12345,
            u32::MAX,
        ] {
            for width in [0, 1, 2, 4] {
                let mut s = String::from("x");
                push_padded(&mut s, v, width);
                assert_eq!(s, format!("x{v:0width$}"));
            }
        }
        assert_eq!(fmt_cal(Cal::Month(987, 3)).as_deref(), Some("0987-03"));
        assert_eq!(fmt_cal(Cal::Year(10_000)), None);
        assert_eq!(
            fmt_span(Cal::Year(2019), Cal::Month(2023, 12)).as_deref(),
            Some("2019/2023-12")
        );
        assert_eq!(
            fmt_span(Cal::Year(2019), Cal::Unknown(DateGrain::Day)),
            None
        );
        assert_eq!(fmt_clock(c(10, 0, Some(480))), "T10:00+08:00");
        assert_eq!(fmt_clock(c(9, 5, None)), "T09:05");
        assert_eq!(fmt_clock(c(23, 59, Some(-210))), "T23:59-03:30");
    }
}
