//! Which question comes next: only the questions the earlier answers make
//! relevant, and none at all once an emergency sign has been given.

use serde::Serialize;

use super::answers::{AgeBand, Answers, Duration, LegSymptoms};
use super::error::TriageError;
use super::question::{Question, QuestionId, QUESTIONS};
use super::rules;
use crate::level::TriageLevel;
use ts_rs::TS;

/// When a question that is not always asked is asked.
struct AskWhen {
    description: &'static str,
    holds: fn(&Answers) -> bool,
}

/// Long-lasting pain that began before 45 is what the inflammatory screen
/// looks at (NICE NG65): the age band says so below 45, a question above it.
pub(crate) fn began_before_45(a: &Answers) -> bool {
    a.age_band == Some(AgeBand::From16To44) || Answers::yes(a.onset_before_45)
}

/// "I cannot say" is read as possibly sudden: a fragile spine can break
/// without a moment the person remembers.
fn maybe_sudden() -> AskWhen {
    AskWhen {
        description: "when `onset` is anything but `gradually`",
        holds: |a| a.onset.is_some_and(|o| o.maybe_sudden()),
    }
}

fn ask_when(id: QuestionId) -> Option<AskWhen> {
    use QuestionId as Q;
    let one_leg = AskWhen {
        description: "when `leg_symptoms` is `one_leg`",
        holds: |a| a.leg_symptoms == Some(LegSymptoms::OneLeg),
    };
    let longer_than_a_week = AskWhen {
        description: "when `duration` is `one_to_six_weeks` or longer",
        holds: |a| a.duration.is_some_and(Duration::longer_than_a_week),
    };
    let inflammatory_screen = AskWhen {
        description: "when `duration` is `over_three_months` and the pain began before 45 (`age_band` is `16_to_44`, or `onset_before_45` is yes)",
        holds: |a| a.duration == Some(Duration::OverThreeMonths) && began_before_45(a),
    };
    match id {
        Q::BellyPainSevere | Q::Pregnancy => Some(AskWhen {
            description: "when `belly_pain` is yes",
            holds: |a| Answers::yes(a.belly_pain),
        }),
        // A band of pain around the body is a nerve sign of the upper and
        // middle back; after cancer it is one NICE NG234 names, and with a
        // fever or a risk of infection it is one a spinal abscess gives. A
        // band reported after the check (the daily check-in asks everyone)
        // is kept, whatever the check's other answers.
        Q::BandLikePain => Some(AskWhen {
            description: "when `upper_back_pain`, `belly_pain`, `cancer_history`, `fever_or_unwell` or `infection_risk` is yes (or the band was reported after the check)",
            holds: |a| {
                Answers::yes(a.upper_back_pain)
                    || Answers::yes(a.belly_pain)
                    || Answers::yes(a.cancer_history)
                    || Answers::yes(a.fever_or_unwell)
                    || Answers::yes(a.infection_risk)
                    || Answers::yes(a.band_like_pain)
            },
        }),
        // The aorta: a sudden start with faintness or a tearing pain cannot
        // wait, at any age (a dissection can come with a heavy lift).
        Q::FaintOrTearing => Some(maybe_sudden()),
        // From 50, a start not known to be gradual already counts as a
        // fracture risk, so the bone question would change nothing.
        Q::BoneFragility => Some(AskWhen {
            description: "when `onset` is anything but `gradually`, and `age_band` is not `50_or_over`",
            holds: |a| {
                a.onset.is_some_and(|o| o.maybe_sudden())
                    && a.age_band.is_some_and(|age| age != AgeBand::FiftyOrOver)
            },
        }),
        Q::SuddenCentralPain => Some(maybe_sudden()),
        Q::BelowKnee | Q::LegNumbness => Some(one_leg),
        Q::WeaknessSeverity => Some(AskWhen {
            description: "when `leg_weakness` is `one_leg`",
            holds: |a| a.leg_weakness == Some(LegSymptoms::OneLeg),
        }),
        // Pain that began today has had no next morning yet.
        Q::LingeredNextMorning => Some(AskWhen {
            description: "when `duration` is longer than `today`",
            holds: |a| a.duration.is_some_and(|d| d != Duration::Today),
        }),
        Q::RisingWeekOnWeek => Some(longer_than_a_week),
        // Both rules that send "new" pain to a professional (over a week, 50
        // and over) stand down once it has been examined, so ask whenever either could apply.
        Q::AlreadyChecked => Some(AskWhen {
            description:
                "when `duration` is `one_to_six_weeks` or longer, or `age_band` is `50_or_over`",
            holds: |a| {
                a.duration.is_some_and(Duration::longer_than_a_week)
                    || a.age_band == Some(AgeBand::FiftyOrOver)
            },
        }),
        // Under 45 the age band answers it; under 16 the guidelines do not apply.
        Q::OnsetBefore45 => Some(AskWhen {
            description: "when `duration` is `over_three_months` and `age_band` is `45_to_49` or `50_or_over`",
            holds: |a| {
                a.duration == Some(Duration::OverThreeMonths)
                    && matches!(a.age_band, Some(AgeBand::From45To49 | AgeBand::FiftyOrOver))
            },
        }),
        Q::MorningStiffness | Q::BetterWithMovement => Some(inflammatory_screen),
        _ => None,
    }
}

/// When a follow-up question is asked, in words; `None` for a question always asked.
pub fn asked_when(id: QuestionId) -> Option<&'static str> {
    ask_when(id).map(|when| when.description)
}

/// Whether the questionnaire asks this question, given the other answers.
pub fn is_asked(id: QuestionId, answers: &Answers) -> bool {
    ask_when(id).is_none_or(|when| (when.holds)(answers))
}

/// Refuses answers to questions the other answers make irrelevant: they would
/// be silently ignored otherwise, and a reviewer would misread the outcome.
pub fn check_consistent(answers: &Answers) -> Result<(), TriageError> {
    for q in &QUESTIONS {
        if answers.is_answered(q.id) {
            if let Some(when) = ask_when(q.id) {
                if !(when.holds)(answers) {
                    return Err(TriageError::NotAsked {
                        question: q.id,
                        condition: when.description,
                    });
                }
            }
        }
    }
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Progress {
    /// 1-based position of the question being asked.
    pub number: usize,
    /// How many questions the current answers lead to in total; it can change
    /// as answers open or close follow-up questions.
    pub total: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "step", rename_all = "snake_case")]
pub enum TriageStep {
    Ask {
        question: &'static Question,
        progress: Progress,
    },
    /// Nothing more to ask. `ended_early` when an emergency sign cut it short.
    Complete { ended_early: bool },
}

/// The emergency signs come first and end the questionnaire at once.
pub fn has_emergency_sign(answers: &Answers) -> bool {
    rules::level(answers) == TriageLevel::Emergency
}

pub fn next_step(answers: &Answers) -> Result<TriageStep, TriageError> {
    check_consistent(answers)?;
    if has_emergency_sign(answers) {
        return Ok(TriageStep::Complete { ended_early: true });
    }
    let asked: Vec<&'static Question> = QUESTIONS
        .iter()
        .filter(|q| is_asked(q.id, answers))
        .collect();
    let answered = asked.iter().filter(|q| answers.is_answered(q.id)).count();
    Ok(match asked.iter().find(|q| !answers.is_answered(q.id)) {
        Some(question) => TriageStep::Ask {
            question,
            progress: Progress {
                number: answered + 1,
                total: asked.len(),
            },
        },
        None => TriageStep::Complete { ended_early: false },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn answers(value: serde_json::Value) -> Answers {
        Answers::from_value(value).unwrap()
    }

    fn asked_id(step: TriageStep) -> QuestionId {
        match step {
            TriageStep::Ask { question, .. } => question.id,
            other => panic!("expected a question, got {other:?}"),
        }
    }

    #[test]
    fn starts_with_the_first_emergency_sign() {
        let step = next_step(&Answers::default()).unwrap();
        assert_eq!(asked_id(step), QuestionId::BladderBowel);
        let TriageStep::Ask { progress, .. } = step else {
            unreachable!()
        };
        assert_eq!(progress.number, 1);
    }

    #[test]
    fn an_emergency_sign_ends_the_questionnaire_at_once() {
        let step = next_step(&answers(json!({"bladder_bowel": true}))).unwrap();
        assert_eq!(step, TriageStep::Complete { ended_early: true });
        let step = next_step(&answers(json!({
            "bladder_bowel": false, "saddle_numbness": false, "sexual_function": false,
            "leg_symptoms": "both_legs"
        })))
        .unwrap();
        assert_eq!(step, TriageStep::Complete { ended_early: true });
    }

    #[test]
    fn a_combination_that_makes_an_emergency_ends_the_questionnaire_there() {
        // One leg is a nerve sign; with past cancer it is an emergency (NICE NG234).
        let step = next_step(&answers(json!({
            "bladder_bowel": false, "saddle_numbness": false, "sexual_function": false,
            "leg_symptoms": "one_leg", "leg_weakness": "neither", "weakness_worsening": false,
            "serious_trauma": false, "chest_symptoms": false, "fever_or_unwell": false,
            "infection_risk": false, "cancer_history": true
        })))
        .unwrap();
        assert_eq!(step, TriageStep::Complete { ended_early: true });
    }

    #[test]
    fn leg_questions_follow_only_one_leg_and_weakness_is_asked_on_its_own() {
        let one_leg = answers(json!({"leg_symptoms": "one_leg", "leg_weakness": "neither"}));
        assert!(is_asked(QuestionId::BelowKnee, &one_leg));
        assert!(!is_asked(QuestionId::WeaknessSeverity, &one_leg));

        // A weak foot with no pain at all opens the weakness follow-up.
        let weak_only = answers(json!({"leg_symptoms": "neither", "leg_weakness": "one_leg"}));
        assert!(!is_asked(QuestionId::BelowKnee, &weak_only));
        assert!(is_asked(QuestionId::WeaknessSeverity, &weak_only));

        let neither = answers(json!({"leg_symptoms": "neither", "leg_weakness": "neither"}));
        assert!(!is_asked(QuestionId::BelowKnee, &neither));
        // Diabetes is asked of everyone: a nerve sign may come after the check.
        assert!(is_asked(QuestionId::Diabetes, &neither));
    }

    #[test]
    fn fracture_follow_ups_need_a_start_not_known_to_be_gradual() {
        for onset in ["no_clear_cause", "not_sure", "suddenly_worse"] {
            let start = answers(json!({"onset": onset, "age_band": "16_to_44"}));
            assert!(is_asked(QuestionId::BoneFragility, &start), "{onset}");
            assert!(is_asked(QuestionId::SuddenCentralPain, &start), "{onset}");
        }
        let gradual = answers(json!({"onset": "gradually", "age_band": "16_to_44"}));
        assert!(!is_asked(QuestionId::BoneFragility, &gradual));
        assert!(!is_asked(QuestionId::SuddenCentralPain, &gradual));
        let over_50 = answers(json!({"onset": "minor_fall", "age_band": "50_or_over"}));
        assert!(!is_asked(QuestionId::BoneFragility, &over_50));
        assert!(is_asked(QuestionId::FaintOrTearing, &over_50));
        let young = answers(json!({"onset": "strain", "age_band": "16_to_44"}));
        assert!(is_asked(QuestionId::FaintOrTearing, &young));
        assert!(!is_asked(QuestionId::FaintOrTearing, &gradual));
    }

    #[test]
    fn the_inflammatory_screen_asks_when_the_pain_began_only_from_45() {
        let young = answers(json!({"age_band": "16_to_44", "duration": "over_three_months"}));
        assert!(!is_asked(QuestionId::OnsetBefore45, &young));
        assert!(is_asked(QuestionId::MorningStiffness, &young));
        let older = answers(json!({"age_band": "50_or_over", "duration": "over_three_months"}));
        assert!(is_asked(QuestionId::OnsetBefore45, &older));
        assert!(!is_asked(QuestionId::MorningStiffness, &older));
        let began_young = answers(
            json!({"age_band": "50_or_over", "duration": "over_three_months", "onset_before_45": true}),
        );
        assert!(is_asked(QuestionId::MorningStiffness, &began_young));
        let child = answers(json!({"age_band": "under_16", "duration": "over_three_months"}));
        assert!(!is_asked(QuestionId::OnsetBefore45, &child));
        assert!(!is_asked(QuestionId::MorningStiffness, &child));
    }

    #[test]
    fn refuses_an_answer_to_a_question_that_is_not_asked() {
        let err = next_step(&answers(
            json!({"leg_symptoms": "neither", "below_knee": true}),
        ))
        .unwrap_err();
        assert_eq!(
            err,
            TriageError::NotAsked {
                question: QuestionId::BelowKnee,
                condition: "when `leg_symptoms` is `one_leg`"
            }
        );
        assert!(err.to_string().contains("below_knee"));
    }

    #[test]
    fn progress_counts_only_the_questions_that_apply() {
        let step = next_step(&answers(json!({
            "bladder_bowel": false, "saddle_numbness": false, "sexual_function": false,
            "leg_symptoms": "neither"
        })))
        .unwrap();
        let TriageStep::Ask { progress, .. } = step else {
            panic!("{step:?}")
        };
        assert_eq!(progress.number, 5);
        // Every question, less the follow-ups nothing has opened yet: two belly,
        // band, three onset, three leg, three duration, onset before 45 and two
        // inflammatory.
        assert_eq!(progress.total, QUESTIONS.len() - 2 - 1 - 3 - 3 - 3 - 1 - 2);
    }
}
