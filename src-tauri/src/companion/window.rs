//! The main window's life: made at start (unless Spinewise starts in the
//! background at login), closed to the tray when the person keeps Spinewise
//! running, and made again, on the screen it showed, when they come back.
//! Closing destroys the webview, so the resident app costs little memory.

use spinewise_core::plan::RecoveryPlan;
use tauri::{
    AppHandle, Emitter, Manager, Runtime, WebviewUrl, WebviewWindow, WebviewWindowBuilder,
};

use super::Companion;
use crate::menu::NAVIGATE_EVENT;

pub const MAIN: &str = "main";

/// The argument the login item starts Spinewise with: no window, only the
/// reminders, when the person keeps Spinewise running.
pub const BACKGROUND_ARG: &str = "--background";

/// Whether closing the window leaves Spinewise running: the person asked for
/// it, and a reminder is on to be kept running for.
pub fn stays_resident(plan: &RecoveryPlan) -> bool {
    let reminders = &plan.settings.reminders;
    reminders.keep_running && reminders.any_on()
}

/// Makes the main window from its declaration in tauri.conf.json, showing
/// `route` (the part of the address after `#`) if given.
pub fn create<R: Runtime>(
    app: &AppHandle<R>,
    route: Option<&str>,
) -> tauri::Result<WebviewWindow<R>> {
    let mut config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN)
        .cloned()
        .expect("tauri.conf.json declares the main window");
    if let Some(route) = route {
        config.url = WebviewUrl::App(format!("index.html#{route}").into());
    }
    let builder = WebviewWindowBuilder::from_config(app, &config)?;
    // On Linux and Windows the menu bar belongs to a window, and the app-wide
    // one goes with the first window it was given: a window made again gets
    // a menu of its own. (macOS has one menu bar for the app.)
    #[cfg(not(target_os = "macos"))]
    let builder = builder.menu(crate::menu::build(app)?);
    builder.build()
}

/// Brings the main window forward on `route`, making it again (on the screen
/// it last showed, unless `route` says otherwise) if it was closed.
pub fn open<R: Runtime>(app: &AppHandle<R>, route: Option<&str>) {
    if let Some(window) = app.get_webview_window(MAIN) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
        if let Some(route) = route {
            let _ = app.emit_to(MAIN, NAVIGATE_EVENT, route);
        }
        return;
    }
    let route = route
        .map(str::to_owned)
        .or_else(|| app.state::<Companion>().last_route());
    match create(app, route.as_deref()) {
        Ok(window) => {
            let _ = window.set_focus();
        }
        Err(err) => eprintln!("Spinewise could not open its window: {err}"),
    }
}

/// Keeps the screen the window shows as it closes, to reopen on it.
pub fn remember_route<R: Runtime>(window: &tauri::Window<R>) {
    let Some(webview) = window.app_handle().get_webview_window(window.label()) else {
        return;
    };
    if let Ok(url) = webview.url() {
        let route = url.fragment().filter(|f| !f.is_empty()).map(str::to_owned);
        window
            .app_handle()
            .state::<Companion>()
            .set_last_route(route);
    }
}
