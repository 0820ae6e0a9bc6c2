//! Spinewise's shell: wires the core's decisions to the window. It holds the
//! plan in memory, saves it through the core's store, and decides nothing.

mod commands;
mod error;
mod state;

use tauri::{Builder, Manager, Runtime};

pub use error::CommandError;
pub use state::{data_dir, AppState, DATA_DIR_ENV};

/// Registers state and commands; shared by `run` and the mock-runtime tests so
/// they exercise exactly what the app ships.
pub fn app_builder<R: Runtime>(builder: Builder<R>, state: AppState) -> Builder<R> {
    builder
        .manage(state)
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
            commands::session::session_start,
            commands::session::session_control,
            commands::plan::plan_view,
            commands::plan::plan_print,
            commands::plan::plan_save_html,
            commands::progress::check_in_daily,
            commands::progress::check_in_weekly,
            commands::progress::return_checklist_update,
            commands::progress::progress_view,
            commands::data::plan_export,
            commands::data::plan_import_check,
            commands::data::plan_import,
            commands::data::plan_reset,
            commands::settings::settings_get,
            commands::settings::settings_update,
        ])
}

pub fn run() {
    let state = AppState::open(data_dir(), &sys_locale::get_locale().unwrap_or_default());
    app_builder(tauri::Builder::default(), state)
        .run(tauri::generate_context!())
        .expect("Spinewise could not start its window");
}
