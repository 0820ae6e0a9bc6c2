//! Daily and weekly check-ins, the return checklist and the progress screen.

use serde::Serialize;
use serde_json::Value;
use spinewise_core::progress::{
    self, DailyCheckIn, ProgressView, ReturnChecklist, Verdict, WeeklyCheckIn,
};
use spinewise_core::recovery::PhaseId;
use spinewise_core::time::Timestamp;
use tauri::State;

use crate::error::CommandError;
use crate::state::AppState;

/// What a check-in led to, for the screen shown right after it.
#[derive(Debug, Serialize)]
pub struct CheckInResult {
    pub verdict: Option<Verdict>,
    pub phase: PhaseId,
    pub phase_changed: bool,
}

fn record(
    state: &AppState,
    change: impl FnOnce(&mut spinewise_core::plan::RecoveryPlan),
) -> Result<CheckInResult, CommandError> {
    let before = progress::follow(&state.plan()).phase;
    let course = state.change_plan(|plan| {
        change(plan);
        progress::follow(plan)
    })?;
    Ok(CheckInResult {
        phase_changed: course.phase != before,
        phase: course.phase,
        verdict: course.latest,
    })
}

#[tauri::command]
pub fn check_in_daily(
    answers: Value,
    state: State<'_, AppState>,
) -> Result<CheckInResult, CommandError> {
    let check_in = DailyCheckIn::from_answers(answers, Timestamp::now())?;
    record(&state, |plan| plan.record_daily(check_in))
}

#[tauri::command]
pub fn check_in_weekly(
    answers: Value,
    state: State<'_, AppState>,
) -> Result<CheckInResult, CommandError> {
    let check_in = WeeklyCheckIn::from_answers(answers, Timestamp::now())?;
    record(&state, |plan| plan.record_weekly(check_in))
}

#[tauri::command]
pub fn return_checklist_update(
    criteria: Value,
    state: State<'_, AppState>,
) -> Result<ProgressView, CommandError> {
    let checklist = ReturnChecklist::from_answers(criteria, Timestamp::now())?;
    state.change_plan(|plan| plan.record_return_checklist(checklist))?;
    Ok(progress_view(state))
}

#[tauri::command]
pub fn progress_view(state: State<'_, AppState>) -> ProgressView {
    progress::view(&state.plan(), Timestamp::now())
}
