//! The person's own routines: built in the window, or read from a file their
//! physiotherapist wrote and checked in the same builder before it is kept;
//! exported to hand on. The core checks every routine; a refusal changes
//! nothing on disk.

use serde::Serialize;
use serde_json::Value;
use spinewise_core::exercise::Dose;
use spinewise_core::own_routine::{
    self, OwnItemView, OwnRoutine, OwnRoutineView, Photo, RoutineFromFile,
};
use tauri::State;
use ts_rs::TS;

use super::data::{write_new_file, Saved};
use crate::error::CommandError;
use crate::state::AppState;

/// The routines screen's own part and the builder's choices.
#[derive(Debug, Serialize, TS)]
pub struct OwnRoutinesView {
    pub routines: Vec<OwnRoutineView>,
    /// Every library exercise at its standard dose, with its caution for the
    /// person's kind of pain.
    pub choices: Vec<OwnItemView>,
    /// Whose kind of pain the cautions are for, in words.
    pub checked_for: String,
    /// Said of every exercise of the person's own, where a library
    /// exercise's caution would be.
    pub own_caution: &'static str,
    /// Where a new exercise of the person's own starts, one dose for each
    /// way it can be done (slow repetitions first).
    pub own_doses: Vec<Dose>,
}

fn view(state: &AppState) -> OwnRoutinesView {
    let kind = state.plan().own_routine_kind();
    OwnRoutinesView {
        routines: state.routine_offer().own,
        choices: own_routine::choices(kind),
        own_caution: own_routine::OWN_NOT_CHECKED,
        own_doses: own_routine::OWN_STARTING_DOSES.to_vec(),
        checked_for: match state.plan().last_triage() {
            Some(t) => format!(
                "Cautions are for your kind of pain from your last check: {}.",
                t.outcome.pain_kind.label.to_lowercase()
            ),
            None => "You have not checked your back pain yet, so every exercise's caution counts."
                .to_owned(),
        },
    }
}

#[tauri::command]
pub fn own_routines(state: State<'_, AppState>) -> OwnRoutinesView {
    view(&state)
}

/// Keeps a routine, in place of the one called `replacing` if given.
#[tauri::command]
pub fn own_routine_save(
    routine: Value,
    replacing: Option<String>,
    state: State<'_, AppState>,
) -> Result<OwnRoutinesView, CommandError> {
    let routine: OwnRoutine =
        serde_json::from_value(routine).map_err(|e| CommandError::invalid("routine", e))?;
    state.try_change_plan(|plan| plan.save_own_routine(routine, replacing.as_deref()))?;
    Ok(view(&state))
}

#[tauri::command]
pub fn own_routine_delete(
    name: String,
    state: State<'_, AppState>,
) -> Result<OwnRoutinesView, CommandError> {
    state.try_change_plan(|plan| plan.delete_own_routine(&name))?;
    Ok(view(&state))
}

/// Writes the routine as a routine file in Documents, to hand on.
#[tauri::command]
pub fn own_routine_export(name: String, state: State<'_, AppState>) -> Result<Saved, CommandError> {
    let routine = state
        .plan()
        .own_routine(&name)
        .cloned()
        .ok_or(own_routine::OwnRoutineError::NoSuchRoutine { name })?;
    let stem = format!("Spinewise routine {}", file_safe(&routine.name));
    let file = routine.to_file();
    let path = write_new_file(&state, &stem, "json", file.as_bytes())?;
    Ok(Saved {
        path: path.display().to_string(),
    })
}

/// Reads a routine file for the builder to show before anything is kept:
/// nothing ticked as prescribed, and which exercises the file says were.
/// Nothing is changed.
#[tauri::command]
pub fn own_routine_read(contents: String) -> Result<RoutineFromFile, CommandError> {
    Ok(OwnRoutine::review_file(contents.as_bytes())?)
}

/// A routine's name as part of a file name on every system: letters,
/// digits, spaces and a few marks; anything else (a slash, a colon) is a dash.
fn file_safe(name: &str) -> String {
    name.trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, ' ' | '-' | '_' | '\'' | ',') {
                c
            } else {
                '-'
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn file_names_are_safe_everywhere() {
        assert_eq!(super::file_safe(" Jo's a/b: c "), "Jo's a-b- c");
        assert_eq!(super::file_safe("..\\x"), "---x");
    }
}

/// A photo the person chose for an exercise of their own, as the window read
/// it (base64): checked before the builder shows it. Nothing is kept until
/// the routine is saved, when it is copied into the plan in the data folder.
/// A camera's original is read whole, so that a refusal for its size alone
/// (`photo_too_large`) says the window may offer a smaller copy instead.
/// Async, so reading megabytes never holds up the window's thread.
#[tauri::command(async)]
pub fn own_photo_read(contents: String) -> Result<Photo, CommandError> {
    use spinewise_core::photo;
    let bytes = photo::from_base64(&contents, photo::MAX_CHOSEN_BYTES)?;
    Ok(Photo::from_bytes(&bytes)?)
}
