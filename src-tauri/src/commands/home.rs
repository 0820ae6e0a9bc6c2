use serde::Serialize;
use spinewise_core::course;
use spinewise_core::routine::Instead;
use spinewise_core::settings::EmergencyNumberView;
use spinewise_core::store::StoreNotice;
use spinewise_core::{EMERGENCY_REMINDER, NOT_A_DIAGNOSIS};
use tauri::State;

use super::TriageResultView;
use crate::state::AppState;
use ts_rs::TS;

#[derive(Debug, Serialize, TS)]
pub struct HomeView {
    pub last_result: Option<TriageResultView>,
    /// What happened to the plan file at start-up, if the person should know.
    pub notice: Option<StoreNotice>,
    /// The number to call, and whether the person has confirmed it: until
    /// they have, home asks them to.
    pub emergency_number: EmergencyNumberView,
    pub emergency_reminder: &'static str,
    pub not_a_diagnosis: &'static str,
    /// Offer reminders, once: there is a plan, it is not waiting for
    /// emergency care, and the person has not answered the offer yet.
    pub offer_reminders: bool,
    /// Why the plan is holding the routines now (a warning sign waiting for a
    /// new check, a stopped session's pain waiting to settle), and the step
    /// that moves it on: home says it beside the last result, so no screen
    /// says "carry on" while another says "hold".
    pub plan_hold: Option<String>,
    pub instead: Option<Instead>,
}

#[tauri::command]
pub fn home(state: State<'_, AppState>) -> HomeView {
    let last = state.plan().last_triage().cloned();
    let course = course::follow(&state.plan());
    let offer_reminders = !state.plan().settings.reminders.offered
        && last
            .as_ref()
            .is_some_and(|t| t.outcome.level != spinewise_core::TriageLevel::Emergency);
    HomeView {
        offer_reminders,
        plan_hold: course.routines_paused,
        instead: course.instead,
        last_result: last.map(|record| TriageResultView::new(&record, &state)),
        notice: state.notice().cloned(),
        emergency_number: state.emergency_number(),
        emergency_reminder: EMERGENCY_REMINDER,
        not_a_diagnosis: NOT_A_DIAGNOSIS,
    }
}
