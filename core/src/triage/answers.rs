//! A person's answers to the triage questions, as one typed document.
//!
//! The field names are the question ids of `docs/triage.md`; an answer that
//! has not been given is absent. Parsing is strict: an unknown field, an
//! unknown option or an out-of-range score is refused with a message that
//! names it, so a typo never silently turns into "no".

use serde::{Deserialize, Serialize};

use super::error::TriageError;
use super::question::QuestionId;

/// A pain score on the 0-10 numeric rating scale (0 none, 10 worst imaginable).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub struct PainScore(u8);

impl PainScore {
    pub const MAX: u8 = 10;

    pub fn new(value: u8) -> Result<Self, TriageError> {
        Self::try_from(i64::from(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

impl TryFrom<i64> for PainScore {
    type Error = TriageError;

    fn try_from(value: i64) -> Result<Self, Self::Error> {
        match u8::try_from(value) {
            Ok(score) if score <= Self::MAX => Ok(PainScore(score)),
            _ => Err(TriageError::PainOutOfRange { value }),
        }
    }
}

impl From<PainScore> for u8 {
    fn from(score: PainScore) -> u8 {
        score.0
    }
}

/// Where pain, numbness or tingling reaches beyond the back.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegSpread {
    Neither,
    OneLeg,
    BothLegs,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AgeBand {
    #[serde(rename = "under_45")]
    Under45,
    #[serde(rename = "45_to_50")]
    From45To50,
    #[serde(rename = "over_50")]
    Over50,
}

/// How the pain behaves as the body warms up during exercise.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WarmUp {
    Eases,
    StaysTheSame,
    Worsens,
}

/// What the pain feels like, in the words of the four kinds the article describes.
/// Declared from least to most concerning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PainCharacter {
    SorenessBothSides,
    Stiffness,
    NotSure,
    DeepCentral,
    DownTheLeg,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Duration {
    Today,
    UnderAWeek,
    OneToSixWeeks,
    SixWeeksToThreeMonths,
    OverThreeMonths,
}

impl Duration {
    pub fn longer_than_a_week(self) -> bool {
        self >= Duration::OneToSixWeeks
    }
}

/// Every answer the triage can collect. `None` means "not answered (yet)".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Answers {
    // Emergency signs: asked first, and any "yes" ends the questionnaire.
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

    // Other warning signs.
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

    // One leg only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub below_knee: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leg_numbness: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub leg_weakness: Option<bool>,

    // The pain itself.
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

impl Answers {
    /// Parses answers from a JSON value (what the UI sends over IPC).
    pub fn from_value(value: serde_json::Value) -> Result<Self, TriageError> {
        if !value.is_object() {
            return Err(TriageError::Malformed {
                detail: "the answers must be a JSON object of question ids and answers".into(),
            });
        }
        serde_path_to_error::deserialize(value).map_err(TriageError::from_serde)
    }

    /// Parses an answers document from JSON text (what the CLI reads).
    pub fn from_json_str(text: &str) -> Result<Self, TriageError> {
        let value: serde_json::Value =
            serde_json::from_str(text).map_err(|e| TriageError::Malformed {
                detail: format!("not valid JSON ({e})"),
            })?;
        Self::from_value(value)
    }

    pub fn is_answered(&self, id: QuestionId) -> bool {
        use QuestionId as Q;
        match id {
            Q::BladderBowel => self.bladder_bowel.is_some(),
            Q::SaddleNumbness => self.saddle_numbness.is_some(),
            Q::SexualFunction => self.sexual_function.is_some(),
            Q::LegSpread => self.leg_spread.is_some(),
            Q::WeaknessWorsening => self.weakness_worsening.is_some(),
            Q::SeriousTrauma => self.serious_trauma.is_some(),
            Q::FeverOrUnwell => self.fever_or_unwell.is_some(),
            Q::InfectionRisk => self.infection_risk.is_some(),
            Q::CancerHistory => self.cancer_history.is_some(),
            Q::WeightLoss => self.weight_loss.is_some(),
            Q::NightPain => self.night_pain.is_some(),
            Q::RestDoesNotHelp => self.rest_does_not_help.is_some(),
            Q::BackShapeChange => self.back_shape_change.is_some(),
            Q::UpperBackPain => self.upper_back_pain.is_some(),
            Q::AgeBand => self.age_band.is_some(),
            Q::MinorFall => self.minor_fall.is_some(),
            Q::BoneFragility => self.bone_fragility.is_some(),
            Q::BelowKnee => self.below_knee.is_some(),
            Q::LegNumbness => self.leg_numbness.is_some(),
            Q::LegWeakness => self.leg_weakness.is_some(),
            Q::PainDuringExercise => self.pain_during_exercise.is_some(),
            Q::WarmUp => self.warm_up.is_some(),
            Q::PainCharacter => self.pain_character.is_some(),
            Q::Duration => self.duration.is_some(),
            Q::LingeredNextMorning => self.lingered_next_morning.is_some(),
            Q::RisingWeekOnWeek => self.rising_week_on_week.is_some(),
            Q::AlreadyChecked => self.already_checked.is_some(),
            Q::MorningStiffness => self.morning_stiffness.is_some(),
            Q::BetterWithMovement => self.better_with_movement.is_some(),
        }
    }

    /// Whether a yes/no question was answered "yes". Unanswered counts as no.
    pub(crate) fn yes(answer: Option<bool>) -> bool {
        answer == Some(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn parses_a_partial_document() {
        let answers = Answers::from_value(json!({
            "bladder_bowel": false,
            "leg_spread": "one_leg",
            "pain_during_exercise": 4,
            "age_band": "45_to_50"
        }))
        .unwrap();
        assert_eq!(answers.leg_spread, Some(LegSpread::OneLeg));
        assert_eq!(answers.pain_during_exercise.map(PainScore::value), Some(4));
        assert_eq!(answers.age_band, Some(AgeBand::From45To50));
        assert!(answers.is_answered(QuestionId::BladderBowel));
        assert!(!answers.is_answered(QuestionId::SaddleNumbness));
    }

    #[test]
    fn refuses_out_of_range_pain_with_a_clear_message() {
        for bad in [json!(11), json!(-1), json!(300)] {
            let err = Answers::from_value(json!({ "pain_during_exercise": bad })).unwrap_err();
            assert!(err.to_string().contains("from 0 to 10"), "{err}");
        }
        let err = Answers::from_value(json!({ "pain_during_exercise": 3.5 })).unwrap_err();
        assert!(
            err.to_string().contains("pain_during_exercise") && err.to_string().contains("3.5"),
            "{err}"
        );
    }

    #[test]
    fn refuses_unknown_questions_and_options_by_name() {
        let err = Answers::from_value(json!({ "sore_toe": true })).unwrap_err();
        assert!(err.to_string().contains("sore_toe"), "{err}");
        let err = Answers::from_value(json!({ "leg_spread": "sideways" })).unwrap_err();
        assert!(err.to_string().contains("sideways"), "{err}");
        let err = Answers::from_value(json!({ "night_pain": "yes" })).unwrap_err();
        assert!(err.to_string().contains("boolean"), "{err}");
        let err = Answers::from_value(json!([1, 2])).unwrap_err();
        assert!(matches!(err, TriageError::Malformed { .. }));
    }

    #[test]
    fn round_trips_through_json() {
        let answers = Answers {
            leg_spread: Some(LegSpread::BothLegs),
            pain_during_exercise: Some(PainScore::new(7).unwrap()),
            duration: Some(Duration::OverThreeMonths),
            ..Answers::default()
        };
        let value = serde_json::to_value(&answers).unwrap();
        assert_eq!(
            value,
            json!({"leg_spread": "both_legs", "pain_during_exercise": 7, "duration": "over_three_months"})
        );
        assert_eq!(Answers::from_value(value).unwrap(), answers);
    }
}
