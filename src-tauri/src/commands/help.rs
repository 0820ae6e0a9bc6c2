//! The Help and About screens, and opening the data folder.

use serde::Serialize;
use spinewise_core::help::{self, About, HelpTopic, SHORTCUTS};
use tauri::{AppHandle, Runtime, State};

use crate::error::CommandError;
use crate::state::AppState;
use ts_rs::TS;

#[derive(Debug, Serialize, TS)]
pub struct ShortcutView {
    /// As this system writes them: `Ctrl+P`, or `Cmd+P` on macOS.
    pub keys: String,
    pub does: &'static str,
}

#[derive(Debug, Serialize, TS)]
pub struct HelpView {
    pub topics: &'static [HelpTopic],
    pub shortcuts: Vec<ShortcutView>,
}

#[derive(Debug, Serialize, TS)]
pub struct AboutView {
    pub version: String,
    #[serde(flatten)]
    pub about: About,
}

#[tauri::command]
pub fn help() -> HelpView {
    HelpView {
        topics: help::TOPICS,
        shortcuts: SHORTCUTS
            .iter()
            .map(|shortcut| ShortcutView {
                keys: help::display_keys(shortcut.accelerator, cfg!(target_os = "macos")),
                does: shortcut.does,
            })
            .collect(),
    }
}

#[tauri::command]
pub fn about<R: Runtime>(app: AppHandle<R>) -> AboutView {
    AboutView {
        version: app.package_info().version.to_string(),
        about: help::about(),
    }
}

/// Opens the plan's folder in the system's file manager. Only this one
/// folder: the window cannot name a path, so this grants no file access.
#[tauri::command]
pub fn data_folder_open(state: State<'_, AppState>) -> Result<(), CommandError> {
    let dir = state.store().dir();
    // The folder exists once the plan is first saved; make it now so there is
    // something to open on a first run.
    std::fs::create_dir_all(dir)
        .and_then(|()| open::that_detached(dir))
        .map_err(|e| CommandError::Folder {
            folder: dir.display().to_string(),
            detail: e.to_string(),
        })
}
