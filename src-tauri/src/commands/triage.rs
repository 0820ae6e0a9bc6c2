use serde_json::Value;
use spinewise_core::plan::TriageRecord;
use spinewise_core::time::Timestamp;
use spinewise_core::triage::{self, Answers, TriageStep};
use tauri::State;

use super::TriageResultView;
use crate::error::CommandError;
use crate::state::AppState;

/// The next question for the answers given so far, or that the triage is complete.
#[tauri::command]
pub fn triage_next(answers: Value) -> Result<TriageStep, CommandError> {
    Ok(triage::next_step(&Answers::from_value(answers)?)?)
}

/// Assesses a finished triage and saves it, dated, to the plan.
#[tauri::command]
pub fn triage_finish(
    answers: Value,
    state: State<'_, AppState>,
) -> Result<TriageResultView, CommandError> {
    let answers = Answers::from_value(answers)?;
    let outcome = triage::assess(&answers)?;
    let record = TriageRecord::new(Timestamp::now(), answers, outcome);
    state.change_plan(|plan| plan.record_triage(record.clone()))?;
    Ok(TriageResultView::new(&record, &state))
}
