//! Daily and weekly check-ins, the return checklist and the progress screen.

use serde::Serialize;
use serde_json::Value;
use spinewise_core::course::{self, PhaseId, Verdict};
use spinewise_core::plan::{
    Clearance, DailyCheckIn, RecoveryPlan, ReturnChecklist, TriageRecord, WeeklyCheckIn,
};
use spinewise_core::progress::{self, ProgressView};
use spinewise_core::session::WarningSigns;
use spinewise_core::time::Timestamp;
use tauri::State;

use super::TriageResultView;
use crate::error::CommandError;
use crate::state::AppState;
use ts_rs::TS;

/// What a check-in led to, for the screen shown right after it.
#[derive(Debug, Serialize, TS)]
pub struct CheckInResult {
    pub verdict: Option<Verdict>,
    pub phase: PhaseId,
    pub phase_changed: bool,
    /// A sign that needs care today: the emergency result it warrants,
    /// shown at once with the number to call.
    pub triage_result: Option<TriageResultView>,
}

fn record(
    state: &AppState,
    change: impl FnOnce(&mut RecoveryPlan),
) -> Result<CheckInResult, CommandError> {
    let before = course::follow(&state.plan()).phase;
    let course = state.change_plan(|plan| {
        change(plan);
        course::follow(plan)
    })?;
    Ok(CheckInResult {
        phase_changed: course.phase != before,
        phase: course.phase,
        verdict: course.latest,
        triage_result: None,
    })
}

/// Records the daily check-in. A sign that needs care today also records
/// the emergency triage it warrants, in the same save, and returns it.
#[tauri::command]
pub fn check_in_daily(
    answers: Value,
    state: State<'_, AppState>,
) -> Result<CheckInResult, CommandError> {
    let check_in = DailyCheckIn::from_answers(answers, Timestamp::now())?;
    let emergency = check_in.emergency_triage(&state.plan());
    let mut result = record(&state, |plan| {
        plan.record_daily(check_in);
        if let Some(triage) = &emergency {
            plan.record_triage(triage.clone());
        }
    })?;
    result.triage_result = emergency.map(|t| TriageResultView::new(&t, &state));
    Ok(result)
}

/// Signs that need care today, reported on their own: first in the daily
/// check-in, or after a session the person stopped. The emergency result
/// they warrant is recorded and returned at once, without waiting for any
/// other answer, so nothing stands between the sign and the number to call.
#[tauri::command]
pub fn warning_signs_report(
    signs: Value,
    state: State<'_, AppState>,
) -> Result<TriageResultView, CommandError> {
    // Only an object of ticks: serde would also read a list of booleans as
    // the fields in order, which no window sends.
    let signs: WarningSigns = match signs {
        Value::Object(_) => serde_json::from_value(signs),
        _ => Err(serde::de::Error::custom(
            "expected the signs as an object of ticks",
        )),
    }
    .map_err(|e| CommandError::invalid("warning signs", e))?;
    let triage =
        TriageRecord::from_warning_signs(signs, Timestamp::now(), state.plan().last_triage())
            .ok_or(CommandError::NoSign)?;
    state.change_plan(|plan| plan.record_triage(triage.clone()))?;
    Ok(TriageResultView::new(&triage, &state))
}

/// Records that a professional examined the person for the signs of their
/// last check and said they can exercise. The person must tick that it is
/// so; the signs it covers come from the check, never from the window.
#[tauri::command]
pub fn clearance_record(
    answers: Value,
    state: State<'_, AppState>,
) -> Result<ProgressView, CommandError> {
    let clearance = {
        let plan = state.plan();
        Clearance::from_answers(answers, Timestamp::now(), plan.last_triage())?
    };
    state.change_plan(|plan| plan.record_clearance(clearance))?;
    Ok(progress_view(state))
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
