//! A person's answers to the triage questions, as one typed document.
//!
//! The field names are the question ids of `docs/triage.md`; an answer that
//! has not been given is absent. Parsing is strict: an unknown field, an
//! unknown option or an out-of-range score is refused with a message that
//! names it, so a typo never silently turns into "no".

use serde::{Deserialize, Serialize};

use super::error::TriageError;
use super::question::QuestionId;
pub use crate::pain::PainScore;

/// Which legs a symptom is in: a nerve sign in one leg, a possible
/// emergency in both.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LegSymptoms {
    Neither,
    OneLeg,
    BothLegs,
}

/// Age in the bands the guidelines draw: NICE NG59 is written for people aged
/// 16 and over; onset before 45 opens the inflammatory screen (NICE NG65); 50
/// and over is a cancer and fracture flag (NICE CKS).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum AgeBand {
    #[serde(rename = "under_16")]
    Under16,
    #[serde(rename = "16_to_44")]
    From16To44,
    #[serde(rename = "45_to_49")]
    From45To49,
    #[serde(rename = "50_or_over")]
    FiftyOrOver,
}

/// How this episode of pain began. Declared from least to most concerning:
/// a sudden start with no clear cause is the one a fragile spine gives, and a
/// start the person cannot describe may have been sudden.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Onset {
    Gradually,
    /// Began gradually, then suddenly got much worse: a fragile spine can
    /// break on top of an ache it already had.
    SuddenlyWorse,
    NotSure,
    Strain,
    MinorFall,
    NoClearCause,
}

impl Onset {
    /// Not known to have been gradual: the cautious reading for a fragile spine.
    pub fn maybe_sudden(self) -> bool {
        self != Onset::Gradually
    }
}

/// How weak the weak leg is. Declared from least to most concerning.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WeaknessSeverity {
    Slightly,
    Clearly,
    GettingWorse,
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

    /// The longest this answer can mean, in days; `None` when it has no end.
    pub fn at_most_days(self) -> Option<i64> {
        match self {
            Duration::Today => Some(0),
            Duration::UnderAWeek => Some(6),
            Duration::OneToSixWeeks => Some(42),
            Duration::SixWeeksToThreeMonths => Some(92),
            Duration::OverThreeMonths => None,
        }
    }
}

/// Declares the answers document: one optional field per question, in the
/// order they are asked, and `is_answered` from the same list, so a question
/// without a field (or a field without a question) cannot compile.
macro_rules! answers_document {
    ($( $(#[$doc:meta])* $field:ident: $ty:ty => $id:ident, )*) => {
        /// Every answer the triage can collect. `None` means "not answered (yet)".
        #[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct Answers {
            $(
                $(#[$doc])*
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub $field: Option<$ty>,
            )*
        }

        impl Answers {
            pub fn is_answered(&self, id: QuestionId) -> bool {
                match id {
                    $( QuestionId::$id => self.$field.is_some(), )*
                }
            }

            /// Forgets the answer to this question.
            pub fn clear(&mut self, id: QuestionId) {
                match id {
                    $( QuestionId::$id => self.$field = None, )*
                }
            }
        }
    };
}

answers_document! {
    // Signs that need care today: any of them ends the questionnaire.
    bladder_bowel: bool => BladderBowel,
    saddle_numbness: bool => SaddleNumbness,
    sexual_function: bool => SexualFunction,
    leg_symptoms: LegSymptoms => LegSymptoms,
    leg_weakness: LegSymptoms => LegWeakness,
    weakness_worsening: bool => WeaknessWorsening,
    serious_trauma: bool => SeriousTrauma,
    chest_symptoms: bool => ChestSymptoms,

    // Other warning signs, and the facts that change what a sign means.
    fever_or_unwell: bool => FeverOrUnwell,
    infection_risk: bool => InfectionRisk,
    cancer_history: bool => CancerHistory,
    weight_loss: bool => WeightLoss,
    pain_at_rest_or_night: bool => PainAtRestOrNight,
    worse_with_straining: bool => WorseWithStraining,
    back_shape_change: bool => BackShapeChange,
    upper_back_pain: bool => UpperBackPain,
    belly_pain: bool => BellyPain,
    belly_pain_severe: bool => BellyPainSevere,
    pregnancy: bool => Pregnancy,
    band_like_pain: bool => BandLikePain,
    age_band: AgeBand => AgeBand,
    onset: Onset => Onset,
    faint_or_tearing: bool => FaintOrTearing,
    bone_fragility: bool => BoneFragility,
    sudden_central_pain: bool => SuddenCentralPain,

    // The affected leg.
    below_knee: bool => BelowKnee,
    leg_numbness: bool => LegNumbness,
    weakness_severity: WeaknessSeverity => WeaknessSeverity,

    // The pain itself.
    pain_during_exercise: PainScore => PainDuringExercise,
    warm_up: WarmUp => WarmUp,
    pain_character: PainCharacter => PainCharacter,
    duration: Duration => Duration,
    lingered_next_morning: bool => LingeredNextMorning,
    rising_week_on_week: bool => RisingWeekOnWeek,
    already_checked: bool => AlreadyChecked,
    onset_before_45: bool => OnsetBefore45,
    morning_stiffness: bool => MorningStiffness,
    better_with_movement: bool => BetterWithMovement,

    // Health that changes what a nerve sign means.
    diabetes: bool => Diabetes,
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
            "leg_symptoms": "one_leg",
            "pain_during_exercise": 4,
            "age_band": "45_to_49"
        }))
        .unwrap();
        assert_eq!(answers.leg_symptoms, Some(LegSymptoms::OneLeg));
        assert_eq!(answers.pain_during_exercise.map(PainScore::value), Some(4));
        assert_eq!(answers.age_band, Some(AgeBand::From45To49));
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
        let err = Answers::from_value(json!({ "leg_symptoms": "sideways" })).unwrap_err();
        assert!(err.to_string().contains("sideways"), "{err}");
        let err = Answers::from_value(json!({ "cancer_history": "yes" })).unwrap_err();
        assert!(err.to_string().contains("boolean"), "{err}");
        let err = Answers::from_value(json!([1, 2])).unwrap_err();
        assert!(matches!(err, TriageError::Malformed { .. }));
    }

    #[test]
    fn round_trips_through_json() {
        let answers = Answers {
            leg_symptoms: Some(LegSymptoms::BothLegs),
            pain_during_exercise: Some(PainScore::new(7).unwrap()),
            duration: Some(Duration::OverThreeMonths),
            ..Answers::default()
        };
        let value = serde_json::to_value(&answers).unwrap();
        assert_eq!(
            value,
            json!({"leg_symptoms": "both_legs", "pain_during_exercise": 7, "duration": "over_three_months"})
        );
        assert_eq!(Answers::from_value(value).unwrap(), answers);
    }
}
