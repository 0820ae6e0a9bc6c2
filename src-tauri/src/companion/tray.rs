//! The tray icon, shown while a reminder is on. On GNOME a tray icon needs
//! the AppIndicator extension, and without the AppIndicator library there is
//! none at all: Spinewise then works without it (reminders still fire, and
//! starting Spinewise again opens the window).

use std::panic::{catch_unwind, AssertUnwindSafe};

use jiff::tz::TimeZone;
use spinewise_core::reminders::{self, Pause, ReminderKind};
use spinewise_core::store::StoreError;
use spinewise_core::time::Timestamp;
use tauri::menu::{Menu, MenuItem, PredefinedMenuItem};
use tauri::tray::{TrayIcon, TrayIconBuilder};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use super::{route, window, Companion};
use crate::state::AppState;

pub const TRAY: &str = "spinewise";

/// Shows the tray icon when `wanted`, takes it away when not; returns
/// whether it is shown. Must run on the main thread.
pub fn sync<R: Runtime>(app: &AppHandle<R>, wanted: bool) -> bool {
    let shown = app.tray_by_id(TRAY).is_some();
    if wanted == shown {
        return shown;
    }
    if !wanted {
        let _ = app.remove_tray_by_id(TRAY);
        return false;
    }
    // The AppIndicator library is loaded on first use, and its loader panics
    // when the desktop lacks it: that must cost the tray, not the app.
    match catch_unwind(AssertUnwindSafe(|| build(app))) {
        Ok(Ok(_)) => true,
        Ok(Err(err)) => {
            eprintln!("Spinewise could not show its tray icon: {err}");
            false
        }
        Err(_) => {
            eprintln!("Spinewise shows no tray icon: this desktop has no AppIndicator library");
            false
        }
    }
}

fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<TrayIcon<R>> {
    let item = |id: &str, label: &str| MenuItem::with_id(app, id, label, true, None::<&str>);
    let menu = Menu::with_items(
        app,
        &[
            &item("tray-break", "Start a movement break")?,
            &item("tray-check-in", "Daily check-in")?,
            &item("tray-open", "Open Spinewise")?,
            &PredefinedMenuItem::separator(app)?,
            &item("tray-pause-hour", "Pause reminders for an hour")?,
            &item("tray-pause-today", "Pause reminders for today")?,
            &item("tray-resume", "Resume reminders")?,
            &PredefinedMenuItem::separator(app)?,
            &item("tray-quit", "Quit Spinewise")?,
        ],
    )?;
    let mut builder = TrayIconBuilder::with_id(TRAY)
        .tooltip("Spinewise")
        .menu(&menu)
        .on_menu_event(|app, event| handle(app, event.id().as_ref()));
    if let Some(icon) = app.default_window_icon() {
        builder = builder.icon(icon.clone());
    }
    builder.build(app)
}

fn handle<R: Runtime>(app: &AppHandle<R>, id: &str) {
    match id {
        "tray-break" => {
            // What a break would offer now: the two-minute routine, or what
            // the plan asks instead.
            let zone = TimeZone::system();
            let plan = app.state::<AppState>().plan().clone();
            let today = Timestamp::now().day_in(&zone);
            let target = reminders::reminder(&plan, ReminderKind::Break, today).map(|r| route(&r));
            window::open(app, target.as_deref());
        }
        "tray-check-in" => window::open(app, Some("check-in")),
        "tray-open" => window::open(app, None),
        "tray-pause-hour" => pause_from_tray(app, Pause::Hour),
        "tray-pause-today" => pause_from_tray(app, Pause::Today),
        "tray-resume" => pause_from_tray(app, Pause::Resume),
        "tray-quit" => app.exit(0),
        _ => {}
    }
}

/// The tray has no place for an error: the window says it if it can.
fn pause_from_tray<R: Runtime>(app: &AppHandle<R>, choice: Pause) {
    if let Err(err) = pause(app, choice) {
        let message = format!("Spinewise could not pause its reminders: {err}");
        eprintln!("{message}");
        let _ = app.emit_to(window::MAIN, crate::menu::NOTICE_EVENT, message);
    }
}

/// Pauses or resumes every reminder, saved like any other setting.
pub fn pause<R: Runtime>(app: &AppHandle<R>, pause: Pause) -> Result<(), StoreError> {
    let until = reminders::pause_until(pause, Timestamp::now(), &TimeZone::system());
    app.state::<AppState>()
        .change_plan(|plan| plan.settings.reminders.paused_until = until)?;
    app.state::<Companion>().wake();
    Ok(())
}
