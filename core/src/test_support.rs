//! Plans the unit tests start from: a complete, calm triage with a chosen
//! pain during exercise (1-2 gives `continue`, 3-5 `modify`, above 5 `stop`).

use serde_json::{json, Value};

use crate::plan::{DailyCheckIn, ExercisePain, RecoveryPlan, Settled, TriageRecord};
use crate::time::Timestamp;
use crate::triage::{assess, Answers, PainScore};

/// The calmest complete triage (every test reads the same file), with the
/// pain during exercise set.
pub fn calm_answers(pain_during_exercise: u8) -> Value {
    let mut answers: Value =
        serde_json::from_str(include_str!("../tests/cases/triage/calm.json")).unwrap();
    answers["pain_during_exercise"] = json!(pain_during_exercise);
    answers
}

/// A plan whose only triage, answered with `answers`, finished `at`.
pub fn plan_after(answers: Value, at: Timestamp) -> RecoveryPlan {
    let answers = Answers::from_value(answers).unwrap();
    let outcome = assess(&answers).unwrap();
    let mut plan = RecoveryPlan::default();
    plan.record_triage(TriageRecord::new(at, answers, outcome));
    plan
}

/// A daily check-in recorded `at`, on that UTC day, with no warning sign.
pub fn daily_check_in(
    at: Timestamp,
    pain_now: u8,
    exercise: Option<(u8, u8)>,
    settled: Settled,
) -> DailyCheckIn {
    let pain = |value| PainScore::new(value).unwrap();
    DailyCheckIn {
        day: at.utc_day(),
        recorded_at: at,
        pain_now: pain(pain_now),
        exercise: exercise.map(|(during, after)| ExercisePain {
            during: pain(during),
            after: pain(after),
        }),
        settled,
        warning_sign: false,
        emergency_signs: Default::default(),
        other_signs: Default::default(),
    }
}
