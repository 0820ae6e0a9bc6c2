//! The reminder timer: one task that sleeps until the next reminder the core
//! says is due, shows it, and sleeps again. It polls nothing: it wakes when a
//! reminder is due, when the settings change, and at most every ten minutes
//! to look at the wall clock again (a suspended computer's monotonic clock
//! stands still, so a sleep alone would fire late after a resume).

use std::time::Duration;

use jiff::tz::TimeZone;
use spinewise_core::reminders::{self, Reminder, ReminderKind};
use spinewise_core::time::Timestamp;
use tauri::{AppHandle, Emitter, Manager, Runtime};

use super::{notification, window, Companion, ReminderShown};
use crate::state::AppState;

/// The window's event for a reminder to show in the page too.
pub const REMINDER_EVENT: &str = "reminder";

/// The longest the timer sleeps without looking at the wall clock again.
const LONGEST_SLEEP: Duration = Duration::from_secs(600);

pub fn spawn<R: Runtime>(app: AppHandle<R>) {
    tauri::async_runtime::spawn(async move { run(app).await });
}

async fn run<R: Runtime>(app: AppHandle<R>) {
    loop {
        let companion = app.state::<Companion>();
        let zone = TimeZone::system();
        let now = Timestamp::now();
        let settings = app.state::<AppState>().plan().settings.reminders.clone();
        let due = companion.next_due(&settings, &zone);
        if let Some(first) = due.first().filter(|d| d.at <= now) {
            companion.settle(first.kind, first.at);
            if reminders::should_show(first.at, now) {
                show_kind(&app, first.kind, now, &zone);
            }
            continue;
        }
        let sleep = due.first().map_or(LONGEST_SLEEP, |d| {
            let millis = (d.at.unix_millis() - now.unix_millis()).max(0) as u64;
            Duration::from_millis(millis).min(LONGEST_SLEEP)
        });
        tokio::select! {
            () = tokio::time::sleep(sleep) => {}
            () = companion.woken() => {}
        }
    }
}

/// Shows the reminder of `kind` as the plan has it now, if it has anything
/// to say. Returns what was shown.
pub fn show_kind<R: Runtime>(
    app: &AppHandle<R>,
    kind: ReminderKind,
    now: Timestamp,
    zone: &TimeZone,
) -> Option<Reminder> {
    let reminder = {
        let plan = app.state::<AppState>().plan().clone();
        reminders::reminder(&plan, kind, now.day_in(zone))?
    };
    show(app, &reminder);
    Some(reminder)
}

fn show<R: Runtime>(app: &AppHandle<R>, reminder: &Reminder) {
    app.state::<Companion>().set_current(Some(reminder.clone()));
    if app.get_webview_window(window::MAIN).is_some() {
        let _ = app.emit_to(
            window::MAIN,
            REMINDER_EVENT,
            ReminderShown::of(reminder.clone()),
        );
    }
    notification::show(app, reminder);
}
