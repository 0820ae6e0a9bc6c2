//! UTC timestamps as RFC 3339 text ("2026-11-24T17:49:16Z", or with
//! milliseconds, "2026-11-24T17:49:16.250Z"), the form the plan file stores,
//! and calendar days ("2026-11-24"). Milliseconds matter because a person can
//! tick a box and save a check-in within one second, and the plan is replayed
//! in the order things happened.
//!
//! The calendar is jiff's: reminders need the person's local time, time zones
//! and daylight-saving changes, which no hand-written day arithmetic should
//! attempt. The text stays ours, though: files already on disk were written in
//! exactly this form, so it is checked byte by byte here rather than left to
//! jiff's more forgiving RFC 3339 parser (which also takes offsets, lowercase
//! letters and up to nine fractional digits), and
//! `core/tests/time_legacy.rs` holds it to the hand-written version it
//! replaced.
//!
//! Both types stay plain integers, with jiff doing the conversions: they are
//! built from any integer without failing, and `jiff::Timestamp` ends on
//! 9999-12-30 (it leaves room for any offset), a day short of the last
//! instant the plan's text can hold.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::SignedDuration;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

/// The Unix epoch as UTC wall-clock time, the origin of both types' integers.
const EPOCH: DateTime = DateTime::constant(1970, 1, 1, 0, 0, 0, 0);

// ts-rs copies both types' doc comments into ui/js/ipc/, where a change must be regenerated.
/// Milliseconds since the Unix epoch, UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
/// Crosses the IPC as its RFC 3339 text.
#[ts(type = "string")]
pub struct Timestamp(i64);

impl Timestamp {
    pub fn from_unix_seconds(seconds: i64) -> Self {
        Timestamp::from_unix_millis(seconds.saturating_mul(1000))
    }

    /// Instants beyond the years -9999..=9999 that jiff's calendar covers are
    /// held at the nearest end, so that every value has a text: no clock or
    /// file brings one, and the hand-written calendar printed them as text its
    /// own parser refused anyway.
    pub fn from_unix_millis(millis: i64) -> Self {
        Timestamp(millis.clamp(
            millis_since_epoch(DateTime::MIN),
            millis_since_epoch(DateTime::MAX),
        ))
    }

    pub fn now() -> Self {
        // Not `jiff::Timestamp::now()`, which panics on a clock set beyond
        // jiff's range; a wrong clock is the person's to fix, not a crash.
        let millis = match SystemTime::now().duration_since(UNIX_EPOCH) {
            Ok(after) => after.as_millis() as i64,
            Err(before) => -(before.duration().as_millis() as i64),
        };
        Timestamp::from_unix_millis(millis)
    }

    /// Whole seconds, rounded down.
    pub fn unix_seconds(self) -> i64 {
        self.0.div_euclid(1000)
    }

    pub fn unix_millis(self) -> i64 {
        self.0
    }

    /// Reads exactly "YYYY-MM-DDTHH:MM:SSZ" or "YYYY-MM-DDTHH:MM:SS.mmmZ",
    /// the two forms `Display` writes, and only real dates and times.
    pub fn parse(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        let millis = match b.len() {
            20 => 0,
            24 if b[19] == b'.' => number(text, 20..23)?,
            _ => return None,
        };
        if b[4] != b'-'
            || b[7] != b'-'
            || b[10] != b'T'
            || b[13] != b':'
            || b[16] != b':'
            || b[b.len() - 1] != b'Z'
        {
            return None;
        }
        let small = |range| i8::try_from(number(text, range)?).ok();
        // jiff refuses what no calendar has: 2026-02-29, month 13, hour 24, second 60.
        let at = DateTime::new(
            number(text, 0..4)?,
            small(5..7)?,
            small(8..10)?,
            small(11..13)?,
            small(14..16)?,
            small(17..19)?,
            i32::from(millis) * 1_000_000,
        )
        .ok()?;
        Some(Timestamp(millis_since_epoch(at)))
    }

    /// The UTC calendar day this instant falls on.
    pub fn utc_day(self) -> Day {
        Day(self.unix_seconds().div_euclid(86_400))
    }

    /// The calendar day this instant falls on in `zone`, daylight saving
    /// included.
    pub fn day_in(self, zone: &TimeZone) -> Day {
        match jiff::Timestamp::from_millisecond(self.0) {
            Ok(at) => Day::from_date(zone.to_datetime(at).date()),
            // jiff's instants stop about a day short of both ends of its calendar.
            Err(_) => self.utc_day(),
        }
    }

    /// The same instant as jiff's; `None` in the day at either end of the
    /// calendar that jiff's instants leave out.
    pub fn to_jiff(self) -> Option<jiff::Timestamp> {
        jiff::Timestamp::from_millisecond(self.0).ok()
    }

    /// jiff's instant to the millisecond (reminders never need finer).
    pub fn from_jiff(at: jiff::Timestamp) -> Self {
        Timestamp(at.as_millisecond())
    }

    /// This instant plus some minutes (negative goes back).
    pub fn plus_minutes(self, minutes: i64) -> Self {
        Timestamp::from_unix_millis(self.0.saturating_add(minutes.saturating_mul(60_000)))
    }

    /// UTC wall-clock time. Always exact: the constructors keep the value
    /// within jiff's calendar.
    fn utc(self) -> DateTime {
        EPOCH.saturating_add(SignedDuration::from_millis(self.0))
    }
}

/// Digits only: `str::parse` alone would also take a sign.
fn number(text: &str, range: std::ops::Range<usize>) -> Option<i16> {
    let part = text.get(range)?;
    if !part.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    part.parse().ok()
}

fn millis_since_epoch(at: DateTime) -> i64 {
    // Within jiff's ±9999 years this is about 3.2e14, far inside an i64.
    at.duration_since(EPOCH).as_millis() as i64
}

/// The date as the plan writes it. By hand rather than with jiff's printer,
/// which writes years before 0 with six digits: this is the form earlier
/// versions wrote.
fn write_date(f: &mut fmt::Formatter<'_>, date: Date) -> fmt::Result {
    write!(
        f,
        "{:04}-{:02}-{:02}",
        date.year(),
        date.month(),
        date.day()
    )
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = self.utc();
        write_date(f, at.date())?;
        write!(f, "T{:02}:{:02}:{:02}", at.hour(), at.minute(), at.second())?;
        // Whole seconds print as before, so older files read back identically.
        match at.millisecond() {
            0 => f.write_str("Z"),
            millis => write!(f, ".{millis:03}Z"),
        }
    }
}

/// A calendar day ("2026-11-24") in the person's own time zone, as their
/// computer reports it: daily check-ins are kept one per day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
/// Crosses the IPC as "YYYY-MM-DD".
#[ts(type = "string")]
pub struct Day(i64);

impl Day {
    /// Days beyond the years -9999..=9999 are held at the nearest end, as
    /// timestamps are.
    pub fn from_days_since_epoch(days: i64) -> Self {
        Day(days.clamp(Day::from_date(Date::MIN).0, Day::from_date(Date::MAX).0))
    }

    pub fn days_since_epoch(self) -> i64 {
        self.0
    }

    /// Today on this computer's clock, in its time zone.
    pub fn today_local() -> Self {
        Timestamp::now().day_in(&TimeZone::system())
    }

    pub fn parse(text: &str) -> Option<Self> {
        // A day is the date part of a timestamp: reuse its validation.
        if text.len() != 10 {
            return None;
        }
        Timestamp::parse(&format!("{text}T00:00:00Z")).map(Timestamp::utc_day)
    }

    /// Whole days from `self` to `later` (negative if `later` is earlier).
    pub fn days_until(self, later: Day) -> i64 {
        later.0 - self.0
    }

    /// The Monday of this day's week (weeks run Monday to Sunday).
    pub fn week_start(self) -> Day {
        let back = self.date().weekday().to_monday_zero_offset();
        self.plus_days(-i64::from(back))
    }

    pub fn plus_days(self, days: i64) -> Day {
        Day::from_days_since_epoch(self.0.saturating_add(days))
    }

    fn from_date(date: Date) -> Self {
        // Civil days are always 24 hours: no time zone is involved.
        Day(date.duration_since(EPOCH.date()).as_hours() / 24)
    }

    fn date(self) -> Date {
        EPOCH
            .date()
            .saturating_add(SignedDuration::from_hours(self.0 * 24))
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_date(f, self.date())
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Day::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("`{text}` is not a date like 2026-11-24"))
        })
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Timestamp::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "`{text}` is not a UTC time like 2026-11-24T17:49:16Z"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_and_parses_known_instants() {
        let cases = [
            (0, "1970-01-01T00:00:00Z"),
            (951_782_400, "2000-02-29T00:00:00Z"),
            (1_795_542_556, "2026-11-24T17:49:16Z"),
        ];
        for (seconds, text) in cases {
            assert_eq!(Timestamp::from_unix_seconds(seconds).to_string(), text);
            assert_eq!(
                Timestamp::parse(text),
                Some(Timestamp::from_unix_seconds(seconds))
            );
        }
    }

    #[test]
    fn keeps_milliseconds_when_there_are_some() {
        let t = Timestamp::parse("2026-11-24T17:49:16.250Z").unwrap();
        assert_eq!(t.unix_millis(), 1_795_542_556_250);
        assert_eq!(t.to_string(), "2026-11-24T17:49:16.250Z");
        assert_eq!(t.unix_seconds(), 1_795_542_556);
        assert!(t > Timestamp::from_unix_seconds(1_795_542_556));
        assert_eq!(
            Timestamp::from_unix_millis(-1).to_string(),
            "1969-12-31T23:59:59.999Z"
        );
    }

    #[test]
    fn refuses_impossible_dates() {
        for bad in [
            "2026-02-29T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-11-24 17:49:16Z",
            "2026-11-24T24:00:00Z",
            "soon",
            "+026-11-24T17:49:16Z",
            "2026-11-24T17:49:16.25Z",
            "2026-11-24T17:49:16.2500Z",
            "2026-11-24T17:49:16.x50Z",
            "2026-11-24T17:49:16,250Z",
            // jiff's own parser takes these; the plan file never held them.
            "2026-11-24t17:49:16z",
            "2026-11-24T17:49:16+00:00",
            "2026-11-24T17:49:16.250000Z",
            "2026-11-24T17:49:60Z",
        ] {
            assert_eq!(Timestamp::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn covers_every_four_digit_year() {
        for text in [
            "0000-01-01T00:00:00Z",
            "0000-02-29T12:00:00Z",
            "9999-12-31T23:59:59.999Z",
        ] {
            assert_eq!(Timestamp::parse(text).unwrap().to_string(), text);
        }
        assert_eq!(
            Timestamp::parse("9999-12-31T23:59:59.999Z")
                .unwrap()
                .utc_day()
                .to_string(),
            "9999-12-31"
        );
    }

    #[test]
    fn holds_instants_beyond_the_calendar_at_its_ends() {
        assert_eq!(
            Timestamp::from_unix_millis(i64::MAX).to_string(),
            "9999-12-31T23:59:59.999Z"
        );
        assert_eq!(
            Timestamp::from_unix_seconds(i64::MIN).to_string(),
            "-9999-01-01T00:00:00Z"
        );
        assert_eq!(
            Day::from_days_since_epoch(i64::MAX)
                .plus_days(1)
                .to_string(),
            "9999-12-31"
        );
        assert_eq!(
            Day::from_days_since_epoch(i64::MIN).to_string(),
            "-9999-01-01"
        );
    }

    #[test]
    fn days_parse_print_and_count() {
        let day = Day::parse("2026-11-24").unwrap();
        assert_eq!(day.to_string(), "2026-11-24");
        assert_eq!(Timestamp::from_unix_seconds(1_795_542_556).utc_day(), day);
        assert_eq!(day.days_until(Day::parse("2026-12-01").unwrap()), 7);
        assert_eq!(day.plus_days(-24).to_string(), "2026-10-31");
        assert_eq!(Day::from_days_since_epoch(0).to_string(), "1970-01-01");
        for bad in [
            "2026-02-29",
            "2026-11-24T00:00:00Z",
            "24/11/2026",
            "",
            "2026-1-01",
        ] {
            assert_eq!(Day::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_local_day_follows_the_zone_and_its_daylight_saving() {
        // New York's rules: UTC-5 in winter, UTC-4 from March to November.
        let new_york = TimeZone::posix("EST5EDT,M3.2.0,M11.1.0").unwrap();
        let day_in = |text, zone: &TimeZone| Timestamp::parse(text).unwrap().day_in(zone);
        // 04:30 UTC is 23:30 the evening before in winter...
        assert_eq!(
            day_in("2026-01-15T04:30:00Z", &new_york),
            Day::parse("2026-01-14").unwrap()
        );
        // ...and 00:30 the same day in summer.
        assert_eq!(
            day_in("2026-07-01T04:30:00Z", &new_york),
            Day::parse("2026-07-01").unwrap()
        );
        let auckland = TimeZone::fixed(jiff::tz::offset(13));
        assert_eq!(
            day_in("2026-11-24T11:00:00Z", &auckland),
            Day::parse("2026-11-25").unwrap()
        );
        assert_eq!(
            day_in("9999-12-31T23:00:00Z", &auckland),
            Day::parse("9999-12-31").unwrap()
        );
    }

    #[test]
    fn today_local_is_within_a_day_of_today_in_utc() {
        // Every zone on Earth is within 14 hours of UTC.
        let drift = Timestamp::now().utc_day().days_until(Day::today_local());
        assert!(drift.abs() <= 1, "{drift}");
    }

    #[test]
    fn round_trips_every_day_for_four_centuries() {
        for day in (-1_000i64..146_097).step_by(7) {
            let t =
                Timestamp::from_unix_millis((day * 86_400 + 3_661) * 1000 + day.rem_euclid(1000));
            assert_eq!(Timestamp::parse(&t.to_string()), Some(t));
        }
    }
}
