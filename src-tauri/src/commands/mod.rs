//! The commands the window may call. Each one translates between IPC and the
//! core: it parses, asks the core, saves through the store, and returns a view.

pub mod data;
pub mod help;
pub mod home;
pub mod ladder;
pub mod library;
pub mod own_routines;
pub mod plan;
pub mod progress;
pub mod reminders;
pub mod session;
pub mod settings;
pub mod triage;

#[cfg(test)]
mod tests;

use serde::Serialize;
use spinewise_core::plan::TriageRecord;
use spinewise_core::time::Timestamp;
use spinewise_core::triage::TriageOutcome;

use crate::state::AppState;
use ts_rs::TS;

/// A finished triage as the result screen shows it.
#[derive(Clone, Debug, Serialize, TS)]
pub struct TriageResultView {
    pub completed_at: Timestamp,
    pub outcome: TriageOutcome,
    /// The number the emergency screen tells the person to call; `None`
    /// when none is known ("call your local emergency number").
    pub emergency_number: Option<String>,
    /// Whether the plan offers routines now: the result links to them only
    /// then, never to an empty routines screen.
    pub routines_open: bool,
}

impl TriageResultView {
    pub(crate) fn new(record: &TriageRecord, state: &AppState) -> Self {
        TriageResultView {
            completed_at: record.completed_at,
            outcome: record.outcome.clone(),
            emergency_number: state.emergency_number().number,
            routines_open: !state.routine_offer().routines.is_empty(),
        }
    }
}
