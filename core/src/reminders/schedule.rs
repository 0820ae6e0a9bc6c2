//! When each reminder is next due. The calendar is jiff's: a check-in set for
//! 07:30 comes at 07:30 on the person's clock on the day the clocks change
//! too, and a break every 30 minutes is 30 real minutes apart even across the
//! change.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::settings::{BreakReminder, ClockTime, ReminderSettings, Weekday};
use crate::time::Timestamp;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReminderKind {
    CheckIn,
    Routine,
    Break,
}

impl ReminderKind {
    pub const ALL: [ReminderKind; 3] = [
        ReminderKind::CheckIn,
        ReminderKind::Routine,
        ReminderKind::Break,
    ];

    fn index(self) -> usize {
        self as usize
    }
}

/// What the timer remembers between reminders. It lives in the running app,
/// not in the plan: after a restart, reminders simply count from the start.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marks {
    /// When each kind last fired, was done or was skipped: the next one comes
    /// after it.
    last: [Option<Timestamp>; 3],
    /// A snoozed reminder comes back then instead.
    snoozed: [Option<Timestamp>; 3],
}

impl Marks {
    /// The reminder fired, was done or was skipped at `at`: the next one is
    /// the next on the schedule, and a snooze is over.
    pub fn settle(&mut self, kind: ReminderKind, at: Timestamp) {
        self.last[kind.index()] = Some(at);
        self.snoozed[kind.index()] = None;
    }

    /// The reminder comes back `minutes` after `now`.
    pub fn snooze(&mut self, kind: ReminderKind, now: Timestamp, minutes: i64) {
        self.last[kind.index()] = Some(now);
        self.snoozed[kind.index()] = Some(now.plus_minutes(minutes));
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Due {
    pub kind: ReminderKind,
    pub at: Timestamp,
}

/// A reminder this late (the computer slept through it) is dropped rather
/// than shown: "time for your 07:30 check-in" at noon is noise.
pub const LATE_LIMIT_MINUTES: i64 = 60;

/// Whether a reminder due `at` is still worth showing `now`.
pub fn should_show(at: Timestamp, now: Timestamp) -> bool {
    now.plus_minutes(-LATE_LIMIT_MINUTES) <= at
}

/// The next time each reminder that is on is due, soonest first. `since` is
/// when the timer started counting (the app's start): nothing before it is
/// due, so a reminder missed while the app was closed is not shown late.
pub fn next_due(
    settings: &ReminderSettings,
    marks: &Marks,
    since: Timestamp,
    zone: &TimeZone,
) -> Vec<Due> {
    let mut due: Vec<Due> = ReminderKind::ALL
        .into_iter()
        .filter_map(|kind| {
            let mut after = since.max(marks.last[kind.index()].unwrap_or(since));
            if let Some(paused) = settings.paused_until {
                after = after.max(paused);
            }
            let scheduled = match kind {
                ReminderKind::CheckIn => settings
                    .check_in
                    .and_then(|at| next_time(after, at, &Weekday::ALL, zone)),
                ReminderKind::Routine => settings
                    .routines
                    .as_ref()
                    .and_then(|r| next_time(after, r.at, &r.days, zone)),
                ReminderKind::Break => settings
                    .breaks
                    .as_ref()
                    .and_then(|b| next_break(after, b, zone)),
            }?;
            let at = match marks.snoozed[kind.index()] {
                // A pause outlasting the snooze wins: the person asked for quiet.
                Some(snoozed) => snoozed.max(settings.paused_until.unwrap_or(snoozed)),
                None => scheduled,
            };
            Some(Due { kind, at })
        })
        .collect();
    due.sort_by_key(|d| (d.at, d.kind));
    due
}

/// How long the person asks for quiet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Pause {
    /// For the next hour.
    Hour,
    /// Until the person's next midnight.
    Today,
    /// Reminders come again now.
    Resume,
}

/// The end of a pause chosen `now` in `zone`; `None` ends any pause.
pub fn pause_until(pause: Pause, now: Timestamp, zone: &TimeZone) -> Option<Timestamp> {
    match pause {
        Pause::Hour => Some(now.plus_minutes(60)),
        Pause::Today => {
            let tomorrow = local_date(now, zone)?.tomorrow().ok()?;
            instant(tomorrow, ClockTime::new(0, 0)?, zone)
        }
        Pause::Resume => None,
    }
}

/// When a reminder is due, as the person reads it: "today at 07:30",
/// "tomorrow at 07:30", or the weekday within a week.
pub fn when(at: Timestamp, now: Timestamp, zone: &TimeZone) -> String {
    let (Some(at_jiff), Some(_)) = (at.to_jiff(), now.to_jiff()) else {
        return at.to_string();
    };
    let clock = zone.to_datetime(at_jiff);
    let time = format!("{:02}:{:02}", clock.hour(), clock.minute());
    match now.day_in(zone).days_until(at.day_in(zone)) {
        0 => format!("today at {time}"),
        1 => format!("tomorrow at {time}"),
        _ => format!("{} at {time}", Weekday::from_jiff(clock.weekday()).name()),
    }
}

/// The local date `at` falls on in `zone`.
fn local_date(at: Timestamp, zone: &TimeZone) -> Option<Date> {
    Some(zone.to_datetime(at.to_jiff()?).date())
}

/// `time` on `date` in `zone`. A time the clocks skip (02:30 on the night
/// they go forward) comes at the same distance after the change, as jiff's
/// "compatible" rule has it; a time that happens twice comes the first time.
fn instant(date: Date, time: ClockTime, zone: &TimeZone) -> Option<Timestamp> {
    let civil = date.at(time.hour() as i8, time.minute() as i8, 0, 0);
    let zoned = civil.to_zoned(zone.clone()).ok()?;
    Some(Timestamp::from_jiff(zoned.timestamp()))
}

fn next_time(
    after: Timestamp,
    time: ClockTime,
    days: &[Weekday],
    zone: &TimeZone,
) -> Option<Timestamp> {
    let start = local_date(after, zone)?;
    // Eight days: today's time may have passed and a weekly day be a week on.
    (0..8)
        .filter_map(|offset| start.checked_add(jiff::Span::new().days(offset)).ok())
        .filter(|date| days.contains(&Weekday::from_jiff(date.weekday())))
        .filter_map(|date| instant(date, time, zone))
        .find(|&at| at > after)
}

/// The first break a whole gap after `after` that falls inside a working
/// window: a working day's first break comes one gap after it starts.
fn next_break(after: Timestamp, breaks: &BreakReminder, zone: &TimeZone) -> Option<Timestamp> {
    let gap = i64::from(breaks.every_minutes);
    let candidate = after.plus_minutes(gap);
    let start = local_date(after, zone)?;
    (0..8)
        .filter_map(|offset| start.checked_add(jiff::Span::new().days(offset)).ok())
        .filter(|date| breaks.days.contains(&Weekday::from_jiff(date.weekday())))
        .find_map(|date| {
            let opens = instant(date, breaks.from, zone)?;
            let closes = instant(date, breaks.until, zone)?;
            let first = candidate.max(opens.plus_minutes(gap));
            (first <= closes).then_some(first)
        })
}
