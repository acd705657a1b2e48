//! Time as people in Sweden read it. Värn stores UTC (`2026-11-30T01:41:19Z`); pages and
//! exports show Swedish local time ("30 nov 2026 kl. 02.41"). Stockholm is UTC+1, and
//! UTC+2 from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of
//! October (the EU rule since 1996), written here rather than pulling in a time-zone
//! database for one zone. Pure.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};

use crate::i18n;

/// The last Sunday of a month at 01:00 UTC.
fn last_sunday_0100(year: i32, month: u32) -> Option<NaiveDateTime> {
    let first_next = if month == 12 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)?
    } else {
        NaiveDate::from_ymd_opt(year, month + 1, 1)?
    };
    let mut day = first_next - Duration::days(1);
    while day.weekday() != Weekday::Sun {
        day -= Duration::days(1);
    }
    day.and_hms_opt(1, 0, 0)
}

/// Stockholm's local time at a UTC instant.
pub fn stockholm(utc: NaiveDateTime) -> NaiveDateTime {
    let year = utc.year();
    let summer = match (last_sunday_0100(year, 3), last_sunday_0100(year, 10)) {
        (Some(start), Some(end)) => utc >= start && utc < end,
        _ => false,
    };
    utc + Duration::hours(if summer { 2 } else { 1 })
}

/// Reads a stored UTC time (`YYYY-MM-DDTHH:MM:SSZ`, or without the `Z`, or with a space).
pub fn parse_stored(stored: &str) -> Option<NaiveDateTime> {
    let t = stored.trim().trim_end_matches('Z').replace(' ', "T");
    NaiveDateTime::parse_from_str(&t, "%Y-%m-%dT%H:%M:%S")
        .or_else(|_| NaiveDateTime::parse_from_str(&t, "%Y-%m-%dT%H:%M"))
        .ok()
}

fn month(m: u32) -> &'static str {
    let names = i18n::sv().t("time.months");
    names
        .split_whitespace()
        .nth(m.saturating_sub(1) as usize)
        .unwrap_or("")
}

/// A stored UTC time as Swedes write it: "30 nov 2026 kl. 02.41". Text that is not a stored
/// time is shown as it is.
pub fn swedish(stored: &str) -> String {
    match parse_stored(stored) {
        Some(utc) => {
            let t = stockholm(utc);
            i18n::sv().f(
                "time.datetime",
                &[
                    ("day", &t.day().to_string()),
                    ("month", month(t.month())),
                    ("year", &t.year().to_string()),
                    ("time", &t.format("%H.%M").to_string()),
                ],
            )
        }
        None => stored.to_string(),
    }
}

/// A stored UTC time as local time for a file: "2026-11-30 02:41".
pub fn local_iso(stored: &str) -> String {
    match parse_stored(stored) {
        Some(utc) => stockholm(utc).format("%Y-%m-%d %H:%M").to_string(),
        None => stored.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        parse_stored(s).expect("time")
    }

    #[test]
    fn winter_is_one_hour_and_summer_two() {
        assert_eq!(
            stockholm(at("2026-11-30T01:41:19Z")),
            at("2026-11-30T02:41:19")
        );
        assert_eq!(
            stockholm(at("2026-07-01T12:00:00Z")),
            at("2026-07-01T14:00:00")
        );
    }

    #[test]
    fn the_clock_changes_on_the_last_sundays_at_one_utc() {
        // 2026: summer time from 29 March, winter time from 25 October.
        assert_eq!(
            stockholm(at("2026-03-29T00:59:59Z")),
            at("2026-03-29T01:59:59")
        );
        assert_eq!(
            stockholm(at("2026-03-29T01:00:00Z")),
            at("2026-03-29T03:00:00")
        );
        assert_eq!(
            stockholm(at("2026-10-25T00:59:59Z")),
            at("2026-10-25T02:59:59")
        );
        assert_eq!(
            stockholm(at("2026-10-25T01:00:00Z")),
            at("2026-10-25T02:00:00")
        );
        // 2027: 28 March and 31 October.
        assert_eq!(
            stockholm(at("2027-03-28T01:00:00Z")),
            at("2027-03-28T03:00:00")
        );
        assert_eq!(
            stockholm(at("2027-10-31T00:30:00Z")),
            at("2027-10-31T02:30:00")
        );
    }

    #[test]
    fn times_read_as_swedes_write_them() {
        assert_eq!(swedish("2026-11-30T01:41:19Z"), "30 nov 2026 kl. 02.41");
        assert_eq!(swedish("2026-06-05T21:05:00Z"), "5 juni 2026 kl. 23.05");
        assert_eq!(swedish("inte en tid"), "inte en tid");
        assert_eq!(local_iso("2026-11-30T01:41:19Z"), "2026-11-30 02:41");
    }
}
