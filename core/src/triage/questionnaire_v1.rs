//! The answers of the first questionnaire (Spinewise 0.1), kept so that a plan
//! saved then still loads with every answer intact. These answers are never
//! asked again and never re-assessed: the outcome stored beside them is what
//! the person was shown, and the plan reads that.

use serde::{Deserialize, Serialize};

use super::answers::{Duration, PainCharacter, PainScore, WarmUp};

/// Where pain, numbness or tingling reached beyond the back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegSpread {
    Neither,
    OneLeg,
    BothLegs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum AgeBand {
    #[serde(rename = "under_45")]
    Under45,
    #[serde(rename = "45_to_50")]
    From45To50,
    #[serde(rename = "over_50")]
    Over50,
}

/// Every answer the first questionnaire could collect, field for field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswersV1 {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bladder_bowel: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub saddle_numbness: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sexual_function: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leg_spread: Option<LegSpread>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weakness_worsening: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub serious_trauma: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fever_or_unwell: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub infection_risk: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cancer_history: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_loss: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub night_pain: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rest_does_not_help: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub back_shape_change: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upper_back_pain: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub age_band: Option<AgeBand>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minor_fall: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bone_fragility: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub below_knee: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leg_numbness: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leg_weakness: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_during_exercise: Option<PainScore>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warm_up: Option<WarmUp>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pain_character: Option<PainCharacter>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub duration: Option<Duration>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lingered_next_morning: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rising_week_on_week: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub already_checked: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub morning_stiffness: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub better_with_movement: Option<bool>,
}
