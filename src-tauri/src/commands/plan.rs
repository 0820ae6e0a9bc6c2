//! The recovery plan screen, printing and saving it as a standalone page.

use spinewise_core::print;
use spinewise_core::recovery::{self, PlanView};
use spinewise_core::summary::{self, Period};
use spinewise_core::time::Timestamp;
use tauri::{AppHandle, Manager, Runtime, State, WebviewUrl, WebviewWindowBuilder};

use super::data::{write_new_file, Saved};
use crate::error::CommandError;
use crate::state::AppState;

/// The custom scheme the print window loads the plan from.
pub const PRINT_SCHEME: &str = "spinewise-print";
pub const PRINT_WINDOW: &str = "print";

#[tauri::command]
pub fn plan_view(state: State<'_, AppState>) -> PlanView {
    recovery::build_for_region(&state.plan(), Timestamp::now(), state.regional_number())
}

/// The standalone plan document, as printed and saved.
pub fn plan_document(state: &AppState) -> String {
    print::render(
        &recovery::build_for_region(&state.plan(), Timestamp::now(), state.regional_number()),
        state.paper(),
    )
}

fn print_url() -> tauri::Url {
    // Custom schemes are served from a different origin on each platform.
    let url = if cfg!(windows) {
        format!("http://{PRINT_SCHEME}.localhost/plan")
    } else {
        format!("{PRINT_SCHEME}://localhost/plan")
    };
    url.parse().expect("a valid URL")
}

/// Opens the plan in its own window, then the system print dialog for it.
/// Printing the top-level document of a window of its own is what works on
/// every platform (an iframe does not print on macOS); the window has no
/// capability, so its page can call nothing.
#[tauri::command]
pub fn plan_print<R: Runtime>(app: AppHandle<R>) -> Result<(), CommandError> {
    // Printing again while the print window is open brings it forward and
    // asks again: closing it first would race its own closing (its label is
    // still taken until the close completes).
    if let Some(existing) = app.get_webview_window(PRINT_WINDOW) {
        let _ = existing.unminimize();
        let _ = existing.set_focus();
        let _ = existing.eval("location.reload()");
        return Ok(());
    }
    // As tall as a page reads well, but never taller than the screen.
    let height = app
        .primary_monitor()
        .ok()
        .flatten()
        .map(|m| m.size().to_logical::<f64>(m.scale_factor()).height - 80.0)
        .map_or(900.0, |room: f64| room.clamp(400.0, 900.0));
    WebviewWindowBuilder::new(&app, PRINT_WINDOW, WebviewUrl::CustomProtocol(print_url()))
        .title("Spinewise: print your plan")
        .inner_size(820.0, height)
        .on_page_load(|window, payload| {
            if payload.event() == tauri::webview::PageLoadEvent::Finished {
                open_print_dialog(&window);
            }
        })
        .build()
        .map_err(|e| CommandError::Window {
            what: "print",
            detail: e.to_string(),
        })?;
    Ok(())
}

#[cfg(target_os = "macos")]
fn open_print_dialog<R: Runtime>(window: &tauri::WebviewWindow<R>) {
    // WKWebView ignores the page's window.print(); the native call works.
    let _ = window.print();
}

#[cfg(not(target_os = "macos"))]
fn open_print_dialog<R: Runtime>(window: &tauri::WebviewWindow<R>) {
    let _ = window.eval("window.print()");
}

/// Saves the printable plan as a standalone HTML file in the person's
/// Documents folder (or the data folder without one), for any browser to print.
#[tauri::command]
pub fn plan_save_html(state: State<'_, AppState>) -> Result<Saved, CommandError> {
    let path = write_new_file(
        &state,
        "Spinewise plan",
        "html",
        plan_document(&state).as_bytes(),
    )?;
    Ok(Saved {
        path: path.display().to_string(),
    })
}

/// Saves a summary for a physiotherapist or doctor, of the period the
/// person chose ("30", "90" or "all" days), as a standalone HTML file in
/// Documents that any browser prints.
#[tauri::command]
pub fn summary_save_html(
    period: String,
    state: State<'_, AppState>,
) -> Result<Saved, CommandError> {
    let period = Period::parse(&period).ok_or(CommandError::Invalid {
        what: "period",
        detail: format!("a number of days from 1 to 3660, or all, not `{period}`"),
    })?;
    let html = summary::render(&state.plan(), Timestamp::now(), period, state.paper());
    let path = write_new_file(&state, "Spinewise summary", "html", html.as_bytes())?;
    Ok(Saved {
        path: path.display().to_string(),
    })
}
