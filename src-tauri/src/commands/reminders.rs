//! The companion's commands: the reminder settings, pausing, a reminder shown
//! in the window and the person's answer to it, and quitting when closing the
//! window no longer does.

use jiff::tz::TimeZone;
use serde::Serialize;
use serde_json::Value;
use spinewise_core::reminders::{self, Pause, ReminderKind};
use spinewise_core::settings::{ReminderSettings, Weekday, BREAK_MINUTES, WEEKLY_TARGET};
use spinewise_core::time::Timestamp;
use tauri::{AppHandle, Manager, Runtime, State};
use tauri_plugin_autostart::AutoLaunchManager;
use ts_rs::TS;

use crate::companion::{timer, tray, Companion, ReminderAnswer, ReminderShown};
use crate::error::CommandError;
use crate::state::AppState;

#[derive(Debug, Serialize, TS)]
pub struct NextReminder {
    pub kind: ReminderKind,
    pub at: Timestamp,
    /// "tomorrow at 07:30", on the person's clock.
    pub when: String,
}

#[derive(Debug, Serialize, TS)]
pub struct RemindersView {
    pub settings: ReminderSettings,
    /// The next time each reminder that is on is due, soonest first.
    pub next: Vec<NextReminder>,
    /// "today at 15:00" while reminders are paused.
    pub paused_until: Option<String>,
    /// Spinewise starts when the person logs in.
    pub start_at_login: bool,
    /// The tray icon is shown (some desktops have no tray).
    pub tray: bool,
    /// The gap between breaks may be chosen from these minutes, inclusive.
    pub break_minutes: [u16; 2],
    pub weekly_target: [u8; 2],
    /// The days of the week, Monday first, with their names.
    pub days: Vec<DayName>,
}

#[derive(Debug, Serialize, TS)]
pub struct DayName {
    pub id: Weekday,
    pub name: &'static str,
}

/// The settings as the form sent them. A value that cannot be read is named
/// by the field the person sees, in their words, not serde's.
fn read_settings(value: Value) -> Result<ReminderSettings, CommandError> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        let what = match path.as_str() {
            "check_in" => "the daily check-in time",
            "routines.at" => "the routine time",
            "routines.days" | "breaks.days" => "the days",
            "breaks.from" => "the time breaks start",
            "breaks.until" => "the time breaks end",
            "breaks.every_minutes" => "the minutes between breaks",
            "weekly_target" => "the weekly aim",
            _ => "the reminder settings",
        };
        // A number that is not a whole one reads badly in serde's words.
        let detail = if inner.starts_with("invalid type") || inner.starts_with("invalid value") {
            "it must be a whole number".to_owned()
        } else {
            inner
        };
        CommandError::Invalid { what, detail }
    })
}

/// Whether Spinewise starts at login. The login item is the autostart
/// plugin's, which a build without it (the tests' mock app) does not have.
fn starts_at_login<R: Runtime>(app: &AppHandle<R>) -> bool {
    app.try_state::<AutoLaunchManager>()
        .is_some_and(|login| login.is_enabled().unwrap_or(false))
}

fn set_start_at_login<R: Runtime>(app: &AppHandle<R>, on: bool) -> Result<(), CommandError> {
    if starts_at_login(app) == on {
        return Ok(());
    }
    let failed = |detail: String| CommandError::Autostart { detail };
    let login = app
        .try_state::<AutoLaunchManager>()
        .ok_or_else(|| failed("this build cannot add login items".into()))?;
    let changed = if on { login.enable() } else { login.disable() };
    changed.map_err(|e| failed(e.to_string()))
}

fn view<R: Runtime>(app: &AppHandle<R>, state: &AppState, companion: &Companion) -> RemindersView {
    let zone = TimeZone::system();
    let now = Timestamp::now();
    let settings = state.plan().settings.reminders.clone();
    let next = companion
        .next_due(&settings, &zone)
        .into_iter()
        .map(|d| NextReminder {
            kind: d.kind,
            at: d.at,
            when: reminders::when(d.at, now, &zone),
        })
        .collect();
    RemindersView {
        paused_until: settings
            .paused_until
            .filter(|until| *until > now)
            .map(|until| reminders::when(until, now, &zone)),
        settings,
        next,
        start_at_login: starts_at_login(app),
        tray: app.tray_by_id(tray::TRAY).is_some(),
        break_minutes: [*BREAK_MINUTES.start(), *BREAK_MINUTES.end()],
        weekly_target: [*WEEKLY_TARGET.start(), *WEEKLY_TARGET.end()],
        days: Weekday::ALL
            .into_iter()
            .map(|id| DayName {
                id,
                name: id.name(),
            })
            .collect(),
    }
}

#[tauri::command]
pub fn reminders_get<R: Runtime>(
    app: AppHandle<R>,
    state: State<'_, AppState>,
    companion: State<'_, Companion>,
) -> RemindersView {
    view(&app, &state, &companion)
}

/// Saves the reminders as the person set them (checked first: a refused
/// setting changes nothing), starts or stops Spinewise at login, and shows
/// or hides the tray.
#[tauri::command]
pub fn reminders_update<R: Runtime>(
    settings: Value,
    start_at_login: bool,
    app: AppHandle<R>,
    state: State<'_, AppState>,
    companion: State<'_, Companion>,
) -> Result<RemindersView, CommandError> {
    let mut settings = read_settings(settings)?;
    settings.check()?;
    settings.offered = true;
    let was_at_login = starts_at_login(&app);
    set_start_at_login(&app, start_at_login)?;
    let tray_wanted = settings.any_on();
    if let Err(err) = state.change_plan(|plan| plan.settings.reminders = settings) {
        // Nothing was saved, so the login item goes back as it was too.
        let _ = set_start_at_login(&app, was_at_login);
        return Err(err.into());
    }
    tray::sync(&app, tray_wanted);
    companion.wake();
    Ok(view(&app, &state, &companion))
}

/// Records that reminders were offered after the first plan, so the offer
/// is not made again.
#[tauri::command]
pub fn reminders_offered(state: State<'_, AppState>) -> Result<(), CommandError> {
    state.change_plan(|plan| plan.settings.reminders.offered = true)?;
    Ok(())
}

#[tauri::command]
pub fn reminders_pause<R: Runtime>(
    pause: Pause,
    app: AppHandle<R>,
    state: State<'_, AppState>,
    companion: State<'_, Companion>,
) -> Result<RemindersView, CommandError> {
    tray::pause(&app, pause)?;
    Ok(view(&app, &state, &companion))
}

/// Shows the reminder of `kind` now, as the plan has it, in the window and as
/// a desktop notification: how the person checks that notifications reach
/// them. `None` when it has nothing to say today.
#[tauri::command]
pub fn reminder_now<R: Runtime>(kind: ReminderKind, app: AppHandle<R>) -> Option<ReminderShown> {
    let reminder = timer::show_kind(&app, kind, Timestamp::now(), &TimeZone::system())?;
    Some(ReminderShown::of(reminder))
}

/// The reminder shown and not yet answered, if any, as the plan has it now:
/// a check since it fired may have changed what it may offer.
#[tauri::command]
pub fn reminder_current(
    state: State<'_, AppState>,
    companion: State<'_, Companion>,
) -> Option<ReminderShown> {
    let kind = companion.current()?.kind;
    let today = Timestamp::now().day_in(&TimeZone::system());
    let fresh = reminders::reminder(&state.plan(), kind, today);
    companion.set_current(fresh.clone());
    fresh.map(ReminderShown::of)
}

#[tauri::command]
pub fn reminder_answer(
    kind: ReminderKind,
    answer: ReminderAnswer,
    companion: State<'_, Companion>,
) {
    companion.answer(kind, answer, Timestamp::now());
}

/// Quits Spinewise, reminders and all: with Spinewise kept running, closing
/// the window no longer does.
#[tauri::command]
pub fn app_quit<R: Runtime>(app: AppHandle<R>) {
    app.exit(0);
}
