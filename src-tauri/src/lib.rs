//! Spinewise's shell: wires the core's decisions to the window. It holds the
//! plan in memory, saves it through the core's store, and decides nothing.

mod commands;
mod companion;
mod error;
#[cfg(test)]
mod ipc_types;
mod menu;
mod state;

use spinewise_core::time::Timestamp;
use tauri::{Builder, Manager, RunEvent, Runtime, WindowEvent};
use tauri_plugin_autostart::MacosLauncher;
use tauri_plugin_window_state::StateFlags;

use companion::{timer, tray, window, Companion};

pub use error::CommandError;
pub use state::{data_dir, AppState, DATA_DIR_ENV};

/// Registers state and commands; shared by `run` and the mock-runtime tests so
/// they exercise exactly what the app ships.
pub fn app_builder<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    builder
        .manage(state)
        .manage(Companion::new(Timestamp::now()))
        .register_uri_scheme_protocol(commands::plan::PRINT_SCHEME, |ctx, _request| {
            let html = commands::plan::plan_document(&ctx.app_handle().state::<AppState>());
            tauri::http::Response::builder()
                .header("Content-Type", "text/html; charset=utf-8")
                // The printed page runs no script and loads nothing.
                .header(
                    "Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; img-src data:",
                )
                .body(html.into_bytes())
                .expect("a valid response")
        })
        .invoke_handler(tauri::generate_handler![
            commands::triage::triage_next,
            commands::triage::triage_finish,
            commands::home::home,
            commands::library::library,
            commands::library::exercise_detail,
            commands::session::routines,
            commands::ladder::ladder,
            commands::ladder::ladder_decide,
            commands::own_routines::own_routines,
            commands::own_routines::own_routine_save,
            commands::own_routines::own_routine_delete,
            commands::own_routines::own_routine_export,
            commands::own_routines::own_routine_read,
            commands::own_routines::own_photo_read,
            commands::session::session_start,
            commands::session::session_control,
            commands::session::session_end_check,
            commands::plan::plan_view,
            commands::plan::plan_print,
            commands::plan::plan_save_html,
            commands::plan::summary_save_html,
            commands::progress::check_in_daily,
            commands::progress::check_in_weekly,
            commands::progress::return_checklist_update,
            commands::progress::progress_view,
            commands::progress::clearance_record,
            commands::data::plan_export,
            commands::data::history_csv_save,
            commands::data::plan_import_check,
            commands::data::plan_import,
            commands::data::plan_reset,
            commands::settings::settings_get,
            commands::settings::settings_update,
            commands::help::help,
            commands::help::about,
            commands::help::data_folder_open,
            commands::progress::warning_signs_report,
            commands::reminders::reminders_get,
            commands::reminders::reminders_update,
            commands::reminders::reminders_offered,
            commands::reminders::reminders_pause,
            commands::reminders::reminder_now,
            commands::reminders::reminder_current,
            commands::reminders::reminder_answer,
            commands::reminders::app_quit,
        ])
}

pub fn run() {
    let dir = data_dir();
    // Checked before anything else starts: a second copy only brings the
    // first one forward, so two windows never write the same plan.
    let single_instance = tauri_plugin_single_instance::Builder::new()
        .dbus_id(instance_id(&dir))
        // The window may have been closed to the tray: it opens again.
        .callback(|app, _args, _cwd| window::open(app, None))
        .build();
    let window_state = tauri_plugin_window_state::Builder::new()
        .with_state_flags(StateFlags::SIZE | StateFlags::POSITION | StateFlags::MAXIMIZED)
        // The print window is made afresh each time, at its own size.
        .with_denylist(&[commands::plan::PRINT_WINDOW])
        .build();
    let state = AppState::open(dir, &sys_locale::get_locale().unwrap_or_default());
    let autostart = tauri_plugin_autostart::init(
        MacosLauncher::LaunchAgent,
        Some(vec![window::BACKGROUND_ARG]),
    );
    let app = app_builder(Builder::default().plugin(single_instance), state)
        .plugin(window_state)
        .plugin(autostart)
        .menu(menu::build)
        .on_menu_event(menu::handle)
        .setup(|app| {
            let handle = app.handle();
            let resident = window::stays_resident(&handle.state::<AppState>().plan());
            // Started at login with Spinewise kept running: reminders only,
            // no window until the person asks for one.
            let background = std::env::args().any(|a| a == window::BACKGROUND_ARG);
            if !(background && resident) {
                window::create(handle, None)?;
            }
            let any_on = handle
                .state::<AppState>()
                .plan()
                .settings
                .reminders
                .any_on();
            tray::sync(handle, any_on);
            timer::spawn(handle.clone());
            Ok(())
        })
        .on_window_event(|window, event| {
            if window.label() == window::MAIN && matches!(event, WindowEvent::CloseRequested { .. })
            {
                window::remember_route(window);
            }
        })
        .build(tauri::generate_context!())
        .expect("Spinewise could not start its window");
    app.run(|app, event| {
        // The last window closing asks to exit (with no code); Quit asks
        // with one. Only the first is refused, and only when the person keeps
        // Spinewise running for their reminders.
        if let RunEvent::ExitRequested {
            code: None, api, ..
        } = event
        {
            if window::stays_resident(&app.state::<AppState>().plan()) {
                api.prevent_exit();
            }
        }
    });
}

/// One running copy per plan folder: the usual one for everyone, and one of
/// its own for a folder set with `SPINEWISE_DATA_DIR` (tests, portable use).
fn instance_id(dir: &std::path::Path) -> String {
    const ID: &str = "app.spinewise.desktop";
    if std::env::var_os(DATA_DIR_ENV).is_none() {
        return ID.to_owned();
    }
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    dir.hash(&mut hasher);
    format!("{ID}.folder{:016x}", hasher.finish())
}
