//! The arithmetic (tabular) Islamic calendar, shared by the lexicon (which dates the Islamic
//! holidays in years its isbat list does not cover) and the resolver (months of the Islamic
//! calendar: `Ramadan 1447 H`, `1 Syawal 1447 H`).

use jiff::civil::Date;
use jiff::ToSpan;

/// Day `day` of month `month` of year `year` in the arithmetic (tabular) Islamic calendar of
/// Reingold & Dershowitz, *Calendrical Calculations* (`fixed-from-islamic`: 30-year cycles with
/// leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26 and 29; civil epoch 16 July 622 Julian).
pub(super) fn islamic_date(year: i32, month: u8, day: u8) -> Option<Date> {
    let (y, m, d) = (i64::from(year), i64::from(month), i64::from(day));
    let fixed = d
        + 29 * (m - 1)
        + (6 * m - 1).div_euclid(11)
        + (y - 1) * 354
        + (3 + 11 * y).div_euclid(30)
        + 227_014;
    // fixed day 730 120 is 1 January 2000
    Date::new(2000, 1, 1)
        .ok()?
        .checked_add((fixed - 730_120).days())
        .ok()
}

/// The first and last day of month `month` of Islamic year `year`.
pub(super) fn islamic_month(year: i32, month: u8) -> Option<(Date, Date)> {
    if !(1300..=1600).contains(&year) || !(1..=12).contains(&month) {
        return None;
    }
    let first = islamic_date(year, month, 1)?;
    let next = if month == 12 {
        islamic_date(year + 1, 1, 1)?
    } else {
        islamic_date(year, month + 1, 1)?
    };
    Some((first, next.yesterday().ok()?))
}

/// Day `day` of month `month` of Islamic year `year`, when the month has that day.
pub(super) fn islamic_day(year: i32, month: u8, day: u8) -> Option<Date> {
    let (first, last) = islamic_month(year, month)?;
    let d = first
        .checked_add(i64::from(day.checked_sub(1)?).days())
        .ok()?;
    (d <= last).then_some(d)
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn days_of_islamic_months() {
        // 1 Syawal 1447 follows the last day of Ramadan 1447 (19 March 2026)
        assert_eq!(islamic_day(1447, 10, 1), Some(date(2026, 3, 20)));
        assert_eq!(islamic_day(1447, 9, 30), Some(date(2026, 3, 19)));
        // Ramadan 1447 has 30 days, Syawal 29 in the arithmetic calendar
        assert_eq!(islamic_day(1447, 10, 30), None);
        assert_eq!(islamic_day(1447, 10, 0), None);
        assert_eq!(islamic_day(1447, 13, 1), None);
        assert_eq!(islamic_day(1200, 1, 1), None);
    }
}
