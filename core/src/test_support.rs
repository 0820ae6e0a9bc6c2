//! Plans the unit tests start from: a complete, calm triage with a chosen
//! pain during exercise (1-2 gives `continue`, 3-5 `modify`, above 5 `stop`).

use serde_json::{json, Value};

use crate::plan::{RecoveryPlan, TriageRecord};
use crate::time::Timestamp;
use crate::triage::{assess, Answers};

pub fn calm_answers(pain_during_exercise: u8) -> Value {
    json!({
        "bladder_bowel": false, "saddle_numbness": false, "sexual_function": false,
        "leg_spread": "neither", "weakness_worsening": false, "serious_trauma": false,
        "fever_or_unwell": false, "infection_risk": false, "cancer_history": false,
        "weight_loss": false, "night_pain": false, "rest_does_not_help": false,
        "back_shape_change": false, "upper_back_pain": false, "age_band": "under_45",
        "minor_fall": false, "pain_during_exercise": pain_during_exercise, "warm_up": "eases",
        "pain_character": "soreness_both_sides", "duration": "today"
    })
}

/// A plan whose only triage, answered with `answers`, finished `at`.
pub fn plan_after(answers: Value, at: Timestamp) -> RecoveryPlan {
    let answers = Answers::from_value(answers).unwrap();
    let outcome = assess(&answers).unwrap();
    let mut plan = RecoveryPlan::default();
    plan.record_triage(TriageRecord {
        completed_at: at,
        answers,
        outcome,
    });
    plan
}
