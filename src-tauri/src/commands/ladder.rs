//! Each exercise's ladder: where the person stands, the offers of the next
//! rung that their sessions have earned, and their answer to one.

use serde_json::Value;
use spinewise_core::course::{self, Ladder, RungAnswer};
use spinewise_core::time::Timestamp;
use tauri::State;

use crate::error::CommandError;
use crate::state::AppState;

#[tauri::command]
pub fn ladder(state: State<'_, AppState>) -> Ladder {
    state.ladder()
}

/// Records the answer to an offer of the next rung and returns the ladder
/// it leaves. An answer to an offer not open now is refused, unsaved.
#[tauri::command]
pub fn ladder_decide(answer: Value, state: State<'_, AppState>) -> Result<Ladder, CommandError> {
    let answer: RungAnswer =
        serde_json::from_value(answer).map_err(|e| CommandError::invalid("answer", e))?;
    state.try_change_plan(|plan| course::ladder::decide(plan, answer, Timestamp::now()))?;
    Ok(state.ladder())
}
