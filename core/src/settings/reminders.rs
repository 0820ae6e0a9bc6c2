//! What the person asked to be reminded of, and when. Everything is off until
//! they turn it on: a reminder nobody asked for is noise, and a health app
//! that nags is soon uninstalled.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::SettingsError;
use crate::time::Timestamp;

/// A time on the person's own clock, "HH:MM" (24-hour).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(try_from = "String", into = "String")]
#[ts(type = "string")]
pub struct ClockTime {
    hour: u8,
    minute: u8,
}

impl ClockTime {
    pub const fn new(hour: u8, minute: u8) -> Option<Self> {
        if hour < 24 && minute < 60 {
            Some(ClockTime { hour, minute })
        } else {
            None
        }
    }

    pub fn hour(self) -> u8 {
        self.hour
    }

    pub fn minute(self) -> u8 {
        self.minute
    }

    pub fn parse(text: &str) -> Result<Self, SettingsError> {
        let bad = || SettingsError::NotATime {
            value: text.to_owned(),
        };
        let (hour, minute) = text.trim().split_once(':').ok_or_else(bad)?;
        let digits = |part: &str| {
            (matches!(part.len(), 1 | 2) && part.bytes().all(|b| b.is_ascii_digit()))
                .then(|| part.parse::<u8>().ok())
                .flatten()
        };
        match (digits(hour), digits(minute)) {
            (Some(h), Some(m)) if minute.len() == 2 => ClockTime::new(h, m).ok_or_else(bad),
            _ => Err(bad()),
        }
    }

    /// Minutes since midnight, for comparing times within one day.
    pub fn minutes(self) -> u16 {
        u16::from(self.hour) * 60 + u16::from(self.minute)
    }
}

impl TryFrom<String> for ClockTime {
    type Error = SettingsError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        ClockTime::parse(&text)
    }
}

impl From<ClockTime> for String {
    fn from(time: ClockTime) -> String {
        format!("{:02}:{:02}", time.hour, time.minute)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];
    pub const WORKDAYS: [Weekday; 5] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Weekday::Monday => "Monday",
            Weekday::Tuesday => "Tuesday",
            Weekday::Wednesday => "Wednesday",
            Weekday::Thursday => "Thursday",
            Weekday::Friday => "Friday",
            Weekday::Saturday => "Saturday",
            Weekday::Sunday => "Sunday",
        }
    }

    pub fn from_jiff(day: jiff::civil::Weekday) -> Self {
        Weekday::ALL[usize::from(day.to_monday_zero_offset().unsigned_abs())]
    }
}

/// Routines on chosen days, at one time.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RoutineReminder {
    pub days: Vec<Weekday>,
    pub at: ClockTime,
}

/// Movement breaks while working: one every `every_minutes` between `from`
/// and `until` on the chosen days (the seed's "stand up and move every half
/// hour").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct BreakReminder {
    pub every_minutes: u16,
    pub from: ClockTime,
    pub until: ClockTime,
    pub days: Vec<Weekday>,
}

/// The shortest and longest gap between movement breaks: more often than
/// every quarter hour interrupts more than it helps, and less often than
/// every three hours is no longer a break from sitting.
pub const BREAK_MINUTES: std::ops::RangeInclusive<u16> = 15..=180;
/// Sessions a week the person may aim for: the most is two a day.
pub const WEEKLY_TARGET: std::ops::RangeInclusive<u8> = 1..=14;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ReminderSettings {
    /// The daily check-in, at this time.
    #[serde(default)]
    pub check_in: Option<ClockTime>,
    #[serde(default)]
    pub routines: Option<RoutineReminder>,
    #[serde(default)]
    pub breaks: Option<BreakReminder>,
    /// Every reminder waits until then ("pause for an hour", "for today").
    #[serde(default)]
    pub paused_until: Option<Timestamp>,
    /// Sessions and breaks a week the person aims for; progress counts
    /// towards it instead of keeping a streak that a missed day breaks.
    #[serde(default)]
    pub weekly_target: Option<u8>,
    /// Reminders were offered once after the first plan, whatever the answer:
    /// the offer is not repeated.
    #[serde(default)]
    pub offered: bool,
    /// With reminders on, closing the window keeps Spinewise in the tray.
    /// Off, closing quits as before.
    #[serde(default)]
    pub keep_running: bool,
}

impl ReminderSettings {
    /// Whether any reminder is on, so that the app has a reason to stay.
    pub fn any_on(&self) -> bool {
        self.check_in.is_some() || self.routines.is_some() || self.breaks.is_some()
    }

    /// Refuses settings no schedule can follow, each with its reason.
    pub fn check(&self) -> Result<(), SettingsError> {
        if let Some(routines) = &self.routines {
            check_days(&routines.days, "routines")?;
        }
        if let Some(breaks) = &self.breaks {
            check_days(&breaks.days, "movement breaks")?;
            if !BREAK_MINUTES.contains(&breaks.every_minutes) {
                return Err(SettingsError::BreakGap {
                    minutes: breaks.every_minutes,
                });
            }
            if breaks.until.minutes() < breaks.from.minutes() + breaks.every_minutes {
                return Err(SettingsError::BreakWindow {
                    from: breaks.from.into(),
                    until: breaks.until.into(),
                    minutes: breaks.every_minutes,
                });
            }
        }
        if let Some(target) = self.weekly_target {
            if !WEEKLY_TARGET.contains(&target) {
                return Err(SettingsError::WeeklyTarget { target });
            }
        }
        Ok(())
    }
}

fn check_days(days: &[Weekday], reminder: &'static str) -> Result<(), SettingsError> {
    let mut sorted = days.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    if days.is_empty() || sorted.len() != days.len() {
        return Err(SettingsError::NoDays { reminder });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn clock_times_read_as_people_write_them() {
        assert_eq!(
            ClockTime::parse("7:30").unwrap(),
            ClockTime::new(7, 30).unwrap()
        );
        assert_eq!(String::from(ClockTime::parse(" 09:05 ").unwrap()), "09:05");
        assert_eq!(ClockTime::parse("23:59").unwrap().minutes(), 23 * 60 + 59);
        for bad in [
            "24:00", "12:60", "12", "12:5", "-1:00", "+1:00", "noon", "", "1:2:3", "123:00",
        ] {
            assert!(
                matches!(ClockTime::parse(bad), Err(SettingsError::NotATime { .. })),
                "{bad}"
            );
        }
    }

    #[test]
    fn everything_is_off_until_turned_on() {
        let settings: ReminderSettings = serde_json::from_value(json!({})).unwrap();
        assert_eq!(settings, ReminderSettings::default());
        assert!(!settings.any_on() && !settings.keep_running && !settings.offered);
        settings.check().unwrap();
    }

    #[test]
    fn settings_no_schedule_can_follow_are_refused() {
        let breaks = |every, from: &str, until: &str, days: &[Weekday]| ReminderSettings {
            breaks: Some(BreakReminder {
                every_minutes: every,
                from: ClockTime::parse(from).unwrap(),
                until: ClockTime::parse(until).unwrap(),
                days: days.to_vec(),
            }),
            ..Default::default()
        };
        breaks(30, "09:00", "17:00", &Weekday::WORKDAYS)
            .check()
            .unwrap();
        assert!(matches!(
            breaks(5, "09:00", "17:00", &Weekday::WORKDAYS).check(),
            Err(SettingsError::BreakGap { minutes: 5 })
        ));
        assert!(matches!(
            breaks(30, "17:00", "09:00", &Weekday::WORKDAYS).check(),
            Err(SettingsError::BreakWindow { .. })
        ));
        assert!(matches!(
            breaks(30, "09:00", "09:20", &Weekday::WORKDAYS).check(),
            Err(SettingsError::BreakWindow { .. })
        ));
        assert!(matches!(
            breaks(30, "09:00", "17:00", &[]).check(),
            Err(SettingsError::NoDays { .. })
        ));
        assert!(matches!(
            breaks(30, "09:00", "17:00", &[Weekday::Monday, Weekday::Monday]).check(),
            Err(SettingsError::NoDays { .. })
        ));
        let target = |target| ReminderSettings {
            weekly_target: Some(target),
            ..Default::default()
        };
        target(3).check().unwrap();
        assert!(matches!(
            target(0).check(),
            Err(SettingsError::WeeklyTarget { .. })
        ));
        assert!(matches!(
            target(15).check(),
            Err(SettingsError::WeeklyTarget { .. })
        ));
    }

    #[test]
    fn weekdays_follow_jiff_s() {
        let monday = jiff::civil::date(2026, 11, 23).weekday();
        assert_eq!(Weekday::from_jiff(monday), Weekday::Monday);
        let sunday = jiff::civil::date(2026, 11, 29).weekday();
        assert_eq!(Weekday::from_jiff(sunday), Weekday::Sunday);
    }
}
