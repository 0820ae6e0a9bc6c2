//! The daily companion: the reminder timer, desktop notifications, the tray
//! and the app staying resident with its window closed. The core decides
//! when a reminder is due and what it says; this only sleeps, shows and
//! opens windows.

pub mod notification;
pub mod timer;
pub mod tray;
pub mod window;

use std::sync::{Mutex, MutexGuard};

use serde::{Deserialize, Serialize};
use spinewise_core::reminders::{self, Due, Marks, Opens, Reminder, ReminderKind};
use spinewise_core::settings::ReminderSettings;
use spinewise_core::time::Timestamp;
use tokio::sync::Notify;
use ts_rs::TS;

/// How long a snoozed reminder waits.
pub const SNOOZE_MINUTES: i64 = 10;

/// The person's answer to a reminder, from the window or the notification.
#[derive(Clone, Copy, Debug, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ReminderAnswer {
    /// The person went to do it.
    Done,
    /// Again in ten minutes.
    Snooze,
    /// Not this time: the next one on the schedule.
    Skip,
}

/// What the timer and the commands share while the app runs.
pub struct Companion {
    /// When the timer started counting: reminders missed while the app was
    /// closed are not shown late.
    since: Timestamp,
    marks: Mutex<Marks>,
    /// The reminder last shown and not yet answered, so that a window opened
    /// later (or reopened after being closed) can show it.
    current: Mutex<Option<Reminder>>,
    /// The screen the window showed when it was closed, to reopen on it.
    last_route: Mutex<Option<String>>,
    /// Wakes the timer when the settings change or a reminder is answered.
    wake: Notify,
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Companion {
    pub fn new(since: Timestamp) -> Self {
        Companion {
            since,
            marks: Mutex::new(Marks::default()),
            current: Mutex::new(None),
            last_route: Mutex::new(None),
            wake: Notify::new(),
        }
    }

    pub fn next_due(&self, settings: &ReminderSettings, zone: &jiff::tz::TimeZone) -> Vec<Due> {
        reminders::next_due(settings, &lock(&self.marks), self.since, zone)
    }

    /// The reminder of `kind` was shown, done or skipped at `at`.
    pub fn settle(&self, kind: ReminderKind, at: Timestamp) {
        lock(&self.marks).settle(kind, at);
    }

    pub fn snooze(&self, kind: ReminderKind, now: Timestamp) {
        lock(&self.marks).snooze(kind, now, SNOOZE_MINUTES);
    }

    /// Acts on the person's answer to the reminder of `kind` at `now`: the
    /// schedule moves on (or comes back in ten minutes), and the reminder is
    /// no longer waiting to be shown.
    pub fn answer(&self, kind: ReminderKind, answer: ReminderAnswer, now: Timestamp) {
        match answer {
            ReminderAnswer::Done | ReminderAnswer::Skip => self.settle(kind, now),
            ReminderAnswer::Snooze => self.snooze(kind, now),
        }
        let mut current = lock(&self.current);
        if current.as_ref().is_some_and(|r| r.kind == kind) {
            *current = None;
        }
        drop(current);
        self.wake();
    }

    pub fn current(&self) -> Option<Reminder> {
        lock(&self.current).clone()
    }

    pub fn set_current(&self, reminder: Option<Reminder>) {
        *lock(&self.current) = reminder;
    }

    pub fn last_route(&self) -> Option<String> {
        lock(&self.last_route).clone()
    }

    pub fn set_last_route(&self, route: Option<String>) {
        *lock(&self.last_route) = route;
    }

    /// Asks the timer to look at the schedule again now.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    async fn woken(&self) {
        self.wake.notified().await;
    }
}

/// A reminder as the window shows it: what it says, and where its button goes.
#[derive(Clone, Debug, Serialize, TS)]
pub struct ReminderShown {
    pub reminder: Reminder,
    /// The window's address (after `#`) of the screen it opens.
    pub route: String,
}

impl ReminderShown {
    pub fn of(reminder: Reminder) -> Self {
        ReminderShown {
            route: route(&reminder),
            reminder,
        }
    }
}

/// The window's address (after `#`) of the screen a reminder opens.
pub fn route(reminder: &Reminder) -> String {
    match reminder.opens {
        Opens::Home => "home".into(),
        Opens::Triage => "triage".into(),
        Opens::CheckIn => "check-in".into(),
        Opens::Routines => "routines".into(),
        Opens::Session => match &reminder.routine {
            Some(routine) => format!("routines/{}", routine.id),
            None => "routines".into(),
        },
        Opens::Plan => "plan".into(),
    }
}
