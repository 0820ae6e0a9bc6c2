//! The whole plan in and out: export to a file, import one back after the
//! person has seen what it holds, and reset. Replacing the plan always keeps
//! a copy of the old one beside it first.

use std::path::PathBuf;

use serde::Serialize;
use spinewise_core::plan::{PlanSummary, RecoveryPlan};
use spinewise_core::store;
use spinewise_core::time::Timestamp;
use tauri::State;

use crate::error::CommandError;
use crate::state::AppState;
use ts_rs::TS;

/// The person's Documents folder, or the data folder on a system without one.
pub fn documents_folder(state: &AppState) -> PathBuf {
    directories::UserDirs::new()
        .and_then(|dirs| dirs.document_dir().map(PathBuf::from))
        .filter(|dir| dir.is_dir())
        .unwrap_or_else(|| state.store().dir().to_owned())
}

/// "Spinewise plan 2026-11-24.json", or "... (2).json" if that is taken:
/// a save never overwrites an earlier file.
pub fn write_new_file(
    state: &AppState,
    stem: &str,
    extension: &str,
    bytes: &[u8],
) -> Result<PathBuf, CommandError> {
    let date = Timestamp::now().utc_day();
    let name = |n: u32| match n {
        1 => format!("{stem} {date}.{extension}"),
        n => format!("{stem} {date} ({n}).{extension}"),
    };
    // Without a Documents folder this is the data folder, which does not
    // exist until the plan is first saved: the store makes it.
    Ok(store::write_new_file(
        &documents_folder(state),
        name,
        bytes,
    )?)
}

#[derive(Debug, Serialize, TS)]
pub struct Saved {
    pub path: String,
}

/// Writes the whole plan, as stored, to a new file in Documents.
#[tauri::command]
pub fn plan_export(state: State<'_, AppState>) -> Result<Saved, CommandError> {
    export(&state)
}

/// The files written, each with its full path.
#[derive(Debug, Serialize, TS)]
pub struct SavedFiles {
    pub paths: Vec<String>,
}

/// Writes the plan's raw history as CSV files in Documents, one per kind
/// (check-ins, sessions, weekly scores), for the person's own charts or a
/// clinician's.
#[tauri::command]
pub fn history_csv_save(state: State<'_, AppState>) -> Result<SavedFiles, CommandError> {
    let files = spinewise_core::export::history(&state.plan());
    let mut paths = Vec::new();
    for file in files {
        let stem = format!("Spinewise {}", file.name);
        let path = write_new_file(&state, &stem, "csv", file.text.as_bytes())?;
        paths.push(path.display().to_string());
    }
    Ok(SavedFiles { paths })
}

/// The export itself, shared with the menu's Export item.
pub fn export(state: &AppState) -> Result<Saved, CommandError> {
    let json = state.plan().to_json();
    let path = write_new_file(state, "Spinewise plan", "json", json.as_bytes())?;
    Ok(Saved {
        path: path.display().to_string(),
    })
}

fn read_import(contents: &str) -> Result<RecoveryPlan, CommandError> {
    RecoveryPlan::from_json(contents.as_bytes()).map_err(|e| CommandError::Import {
        detail: e.to_string(),
    })
}

/// What a file holds, so the person can confirm before it replaces their plan.
/// Nothing is changed.
#[tauri::command]
pub fn plan_import_check(contents: String) -> Result<PlanSummary, CommandError> {
    Ok(read_import(&contents)?.summary())
}

#[derive(Debug, Serialize, TS)]
pub struct Replaced {
    /// Where the plan that was replaced has been kept.
    pub previous_kept_at: String,
    pub summary: PlanSummary,
}

/// Replaces the plan with the file's, after keeping the current one aside.
#[tauri::command]
pub fn plan_import(contents: String, state: State<'_, AppState>) -> Result<Replaced, CommandError> {
    let imported = read_import(&contents)?;
    replace(&state, imported, "import")
}

/// Starts a new, empty plan; the emergency number the person chose is kept.
#[tauri::command]
pub fn plan_reset(state: State<'_, AppState>) -> Result<Replaced, CommandError> {
    let fresh = RecoveryPlan {
        settings: state.plan().settings.clone(),
        ..RecoveryPlan::default()
    };
    replace(&state, fresh, "reset")
}

fn replace(state: &AppState, next: RecoveryPlan, why: &str) -> Result<Replaced, CommandError> {
    if state.session().is_some() {
        return Err(CommandError::SessionRunning);
    }
    let kept = state.store().keep_copy(&state.plan(), why)?;
    let summary = next.summary();
    state.change_plan(|plan| *plan = next)?;
    Ok(Replaced {
        previous_kept_at: kept.display().to_string(),
        summary,
    })
}
