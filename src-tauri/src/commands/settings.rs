use serde::Serialize;
use spinewise_core::settings::{EmergencyNumber, EmergencyNumberView};
use tauri::State;

use crate::error::CommandError;
use crate::state::AppState;
use ts_rs::TS;

#[derive(Debug, Serialize, TS)]
pub struct SettingsView {
    pub emergency_number: EmergencyNumberView,
    /// Where the plan is kept, shown so the person can find and back it up.
    pub data_dir: String,
}

fn view(state: &AppState) -> SettingsView {
    SettingsView {
        emergency_number: state.emergency_number(),
        data_dir: state.store().dir().display().to_string(),
    }
}

#[tauri::command]
pub fn settings_get(state: State<'_, AppState>) -> SettingsView {
    view(&state)
}

/// Sets the emergency number (confirming the region's is setting it too); an
/// empty or missing one goes back to the region's, unconfirmed.
#[tauri::command]
pub fn settings_update(
    emergency_number: Option<String>,
    state: State<'_, AppState>,
) -> Result<SettingsView, CommandError> {
    let chosen = match emergency_number.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(text) => Some(EmergencyNumber::parse(text)?),
    };
    state.change_plan(|plan| plan.settings.emergency_number = chosen)?;
    Ok(view(&state))
}
