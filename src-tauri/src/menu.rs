//! The native menu: the usual items in the usual places, with the shortcuts
//! from the core's table, so the Help screen lists exactly what the menu
//! answers to. Print, Export and Quit are done here; Help and About ask the
//! window to show those screens.

use spinewise_core::help::MenuAction;
use tauri::menu::{Menu, MenuEvent, MenuItem, PredefinedMenuItem, Submenu};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::commands;
use crate::state::AppState;

/// The window's event for a screen to show: `"help"`, `"about"` or
/// `"settings/summary"`.
pub const NAVIGATE_EVENT: &str = "navigate";
/// The window's event for a sentence to show and announce.
pub const NOTICE_EVENT: &str = "notice";

pub fn build<R: Runtime>(app: &AppHandle<R>) -> tauri::Result<Menu<R>> {
    let item = |action: MenuAction| {
        MenuItem::with_id(app, action.id(), action.label(), true, action.accelerator())
    };
    let separator = || PredefinedMenuItem::separator(app);

    #[cfg(target_os = "macos")]
    {
        // macOS: the app menu holds About and Quit; Edit makes Cmd+C/V work in text fields.
        let app_menu = Submenu::with_items(
            app,
            "Spinewise",
            true,
            &[
                &item(MenuAction::About)?,
                &separator()?,
                &PredefinedMenuItem::services(app, None)?,
                &separator()?,
                &PredefinedMenuItem::hide(app, None)?,
                &PredefinedMenuItem::hide_others(app, None)?,
                &PredefinedMenuItem::show_all(app, None)?,
                &separator()?,
                &item(MenuAction::Quit)?,
            ],
        )?;
        let file = Submenu::with_items(
            app,
            "File",
            true,
            &[
                &item(MenuAction::Print)?,
                &item(MenuAction::Export)?,
                &item(MenuAction::Summary)?,
            ],
        )?;
        let edit = Submenu::with_items(
            app,
            "Edit",
            true,
            &[
                &PredefinedMenuItem::undo(app, None)?,
                &PredefinedMenuItem::redo(app, None)?,
                &separator()?,
                &PredefinedMenuItem::cut(app, None)?,
                &PredefinedMenuItem::copy(app, None)?,
                &PredefinedMenuItem::paste(app, None)?,
                &PredefinedMenuItem::select_all(app, None)?,
            ],
        )?;
        let window = Submenu::with_items(
            app,
            "Window",
            true,
            &[
                &PredefinedMenuItem::minimize(app, None)?,
                &PredefinedMenuItem::maximize(app, None)?,
            ],
        )?;
        let help = Submenu::with_items(app, "Help", true, &[&item(MenuAction::Help)?])?;
        Menu::with_items(app, &[&app_menu, &file, &edit, &window, &help])
    }

    #[cfg(not(target_os = "macos"))]
    {
        // "&" marks the letter Alt opens the menu with.
        let file = Submenu::with_items(
            app,
            "&File",
            true,
            &[
                &item(MenuAction::Print)?,
                &item(MenuAction::Export)?,
                &item(MenuAction::Summary)?,
                &separator()?,
                &item(MenuAction::Quit)?,
            ],
        )?;
        let help = Submenu::with_items(
            app,
            "&Help",
            true,
            &[
                &item(MenuAction::Help)?,
                &separator()?,
                &item(MenuAction::About)?,
            ],
        )?;
        Menu::with_items(app, &[&file, &help])
    }
}

pub fn handle<R: Runtime>(app: &AppHandle<R>, event: MenuEvent) {
    let Some(action) = MenuAction::from_id(event.id().as_ref()) else {
        return;
    };
    match action {
        MenuAction::Print => {
            if let Err(e) = commands::plan::plan_print(app.clone()) {
                notify(app, &e.to_string());
            }
        }
        MenuAction::Export => match commands::data::export(&app.state::<AppState>()) {
            Ok(saved) => notify(app, &format!("Your plan has been saved as {}.", saved.path)),
            Err(e) => notify(app, &e.to_string()),
        },
        // The period is the person's to choose: Settings, at the summary.
        MenuAction::Summary => {
            let _ = app.emit_to("main", NAVIGATE_EVENT, "settings/summary");
        }
        MenuAction::Help | MenuAction::About => {
            let _ = app.emit_to("main", NAVIGATE_EVENT, action.id());
        }
        // Every change is saved as it is made, so there is nothing to ask.
        MenuAction::Quit => app.exit(0),
    }
}

fn notify<R: Runtime>(app: &AppHandle<R>, message: &str) {
    let mut sentence = message.to_owned();
    if let Some(first) = sentence.get(..1) {
        sentence.replace_range(..1, &first.to_uppercase());
    }
    let _ = app.emit_to("main", NOTICE_EVENT, sentence);
}
