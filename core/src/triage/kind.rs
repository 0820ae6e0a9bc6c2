//! The likely kind of back pain behind a set of answers, from the cues the
//! article describes. A best guess to pick suitable advice, never a diagnosis.

use serde::{Deserialize, Serialize};

use super::answers::{Answers, LegSymptoms, PainCharacter, WarmUp};
use crate::pain::PainKind;
use ts_rs::TS;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PainKindAssessment {
    pub kind: PainKind,
    pub label: String,
    pub description: String,
    /// The answers that point to this kind, in plain words.
    pub cues: Vec<String>,
}

/// The most likely kind of pain, with the cues behind it. Nerve signs take
/// precedence over the person's own description, because they change the advice most.
pub fn classify(answers: &Answers) -> PainKindAssessment {
    let mut cues: Vec<&str> = Vec::new();
    let one_leg = answers.leg_symptoms == Some(LegSymptoms::OneLeg)
        || answers.leg_weakness == Some(LegSymptoms::OneLeg);
    let kind = match answers.pain_character {
        _ if one_leg => PainKind::Sciatica,
        Some(PainCharacter::DownTheLeg) => PainKind::Sciatica,
        Some(PainCharacter::DeepCentral) => {
            cues.push("Deep pain in the middle of the back.");
            cues.push("Worse bending forward or sitting.");
            PainKind::DiscRelated
        }
        Some(PainCharacter::Stiffness) => {
            cues.push("Stiffness, or pain in one spot when you move.");
            if Answers::yes(answers.morning_stiffness) {
                cues.push("Long stiffness in the morning.");
            }
            PainKind::JointStiffness
        }
        Some(PainCharacter::SorenessBothSides) => {
            cues.push("An even ache on both sides.");
            cues.push("It came on a day or so after training.");
            if answers.warm_up == Some(WarmUp::Eases) {
                cues.push("It eases as you warm up.");
            }
            PainKind::Muscular
        }
        Some(PainCharacter::NotSure) => {
            cues.push("You were not sure how to describe the pain.");
            PainKind::Unclear
        }
        None => {
            cues.push("The questions about the pain itself were not reached.");
            PainKind::Unclear
        }
    };
    if kind == PainKind::Sciatica {
        if answers.leg_symptoms == Some(LegSymptoms::OneLeg) {
            cues.push("Symptoms spread into one leg.");
        }
        if answers.pain_character == Some(PainCharacter::DownTheLeg) {
            cues.push("You describe pain running from your back down a leg.");
        }
        if Answers::yes(answers.below_knee) {
            cues.push("They reach below the knee.");
        }
        if Answers::yes(answers.leg_numbness) {
            cues.push("There is numbness or pins and needles in the leg.");
        }
        if answers.leg_weakness == Some(LegSymptoms::OneLeg) {
            cues.push("One leg or foot feels weak.");
        }
    }
    PainKindAssessment {
        kind,
        label: kind.label().to_owned(),
        description: kind.description().to_owned(),
        cues: cues.into_iter().map(str::to_owned).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pain::PainKind;
    use serde_json::json;

    fn kind_of(value: serde_json::Value) -> PainKindAssessment {
        classify(&Answers::from_value(value).unwrap())
    }

    #[test]
    fn each_character_maps_to_its_kind() {
        let cases = [
            ("soreness_both_sides", PainKind::Muscular),
            ("stiffness", PainKind::JointStiffness),
            ("deep_central", PainKind::DiscRelated),
            ("down_the_leg", PainKind::Sciatica),
            ("not_sure", PainKind::Unclear),
        ];
        for (character, kind) in cases {
            let assessment =
                kind_of(json!({"leg_symptoms": "neither", "pain_character": character}));
            assert_eq!(assessment.kind, kind, "{character}");
            assert!(!assessment.cues.is_empty());
        }
    }

    #[test]
    fn a_leg_sign_outranks_the_description() {
        let assessment = kind_of(json!({
            "leg_symptoms": "one_leg", "below_knee": true, "pain_character": "soreness_both_sides"
        }));
        assert_eq!(assessment.kind, PainKind::Sciatica);
        assert!(assessment.cues.iter().any(|c| c.contains("below the knee")));
    }
}
