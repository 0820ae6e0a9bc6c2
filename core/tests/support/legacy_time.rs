// The hand-written core/src/time.rs as it was before jiff, copied verbatim:
// the oracle `time_legacy.rs` holds the new module to. Never edit it.

//! UTC timestamps as RFC 3339 text ("2026-11-24T17:49:16Z", or with
//! milliseconds, "2026-11-24T17:49:16.250Z"), the form the plan file stores.
//! Small enough not to need a date library. Milliseconds matter because a
//! person can tick a box and save a check-in within one second, and the plan
//! is replayed in the order things happened.

use std::fmt;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

/// Milliseconds since the Unix epoch, UTC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
/// Crosses the IPC as its RFC 3339 text.
#[ts(type = "string")]
pub struct Timestamp(i64);

impl Timestamp {
    pub fn from_unix_seconds(seconds: i64) -> Self {
        Timestamp(seconds.saturating_mul(1000))
    }

    pub fn from_unix_millis(millis: i64) -> Self {
        Timestamp(millis)
    }

    pub fn now() -> Self {
        let millis = match SystemTime::now().duration_since(UNIX_EPOCH) {
            Ok(after) => after.as_millis() as i64,
            Err(before) => -(before.duration().as_millis() as i64),
        };
        Timestamp(millis)
    }

    /// Whole seconds, rounded down.
    pub fn unix_seconds(self) -> i64 {
        self.0.div_euclid(1000)
    }

    pub fn unix_millis(self) -> i64 {
        self.0
    }

    pub fn parse(text: &str) -> Option<Self> {
        // The optional ".mmm" comes between the seconds and the Z.
        let (text, millis) = match text.len() {
            24 if text.as_bytes()[19] == b'.' && text.ends_with('Z') => {
                let digits = &text[20..23];
                if !digits.bytes().all(|c| c.is_ascii_digit()) {
                    return None;
                }
                (&*format!("{}Z", &text[..19]), digits.parse::<i64>().ok()?)
            }
            _ => (text, 0),
        };
        let b = text.as_bytes();
        if b.len() != 20
            || b[4] != b'-'
            || b[7] != b'-'
            || b[10] != b'T'
            || b[13] != b':'
            || b[16] != b':'
            || b[19] != b'Z'
        {
            return None;
        }
        let num = |range: std::ops::Range<usize>| -> Option<i64> {
            let part = text.get(range)?;
            part.bytes()
                .all(|c| c.is_ascii_digit())
                .then(|| part.parse().ok())?
        };
        let (year, month, day) = (num(0..4)?, num(5..7)?, num(8..10)?);
        let (hour, minute, second) = (num(11..13)?, num(14..16)?, num(17..19)?);
        if !(1..=12).contains(&month)
            || day < 1
            || day > days_in_month(year, month)
            || hour > 23
            || minute > 59
            || second > 59
        {
            return None;
        }
        Some(Timestamp(
            (days_from_civil(year, month, day) * 86_400 + hour * 3600 + minute * 60 + second)
                * 1000
                + millis,
        ))
    }
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let seconds = self.unix_seconds();
        let (days, secs) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
        let (year, month, day) = civil_from_days(days);
        write!(
            f,
            "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}",
            secs / 3600,
            secs % 3600 / 60,
            secs % 60
        )?;
        // Whole seconds print as before, so older files read back identically.
        match self.0.rem_euclid(1000) {
            0 => f.write_str("Z"),
            millis => write!(f, ".{millis:03}Z"),
        }
    }
}

impl Timestamp {
    /// The UTC calendar day this instant falls on.
    pub fn utc_day(self) -> Day {
        Day(self.unix_seconds().div_euclid(86_400))
    }
}

/// A calendar day ("2026-11-24") in the person's own time zone, as their
/// computer reports it: daily check-ins are kept one per day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, TS)]
/// Crosses the IPC as "YYYY-MM-DD".
#[ts(type = "string")]
pub struct Day(i64);

impl Day {
    pub fn from_days_since_epoch(days: i64) -> Self {
        Day(days)
    }

    pub fn days_since_epoch(self) -> i64 {
        self.0
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

    pub fn plus_days(self, days: i64) -> Day {
        Day(self.0 + days)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = civil_from_days(self.0);
        write!(f, "{year:04}-{month:02}-{day:02}")
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
        ] {
            assert_eq!(Timestamp::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn days_parse_print_and_count() {
        let day = Day::parse("2026-11-24").unwrap();
        assert_eq!(day.to_string(), "2026-11-24");
        assert_eq!(Timestamp::from_unix_seconds(1_795_542_556).utc_day(), day);
        assert_eq!(day.days_until(Day::parse("2026-12-01").unwrap()), 7);
        assert_eq!(day.plus_days(-24).to_string(), "2026-10-31");
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
    fn round_trips_every_day_for_four_centuries() {
        for day in (-1_000i64..146_097).step_by(7) {
            let t =
                Timestamp::from_unix_millis((day * 86_400 + 3_661) * 1000 + day.rem_euclid(1000));
            assert_eq!(Timestamp::parse(&t.to_string()), Some(t));
        }
    }
}
