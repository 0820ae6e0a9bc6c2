//! Which question comes next: only the questions the earlier answers make
//! relevant, and none at all once an emergency sign has been given.

use serde::Serialize;

use super::answers::{AgeBand, Answers, Duration, LegSpread};
use super::error::TriageError;
use super::question::{Question, QuestionId, QUESTIONS};
use super::rules;
use crate::level::TriageLevel;

/// When a question that is not always asked is asked.
struct AskWhen {
    description: &'static str,
    holds: fn(&Answers) -> bool,
}

fn ask_when(id: QuestionId) -> Option<AskWhen> {
    use QuestionId as Q;
    let one_leg = AskWhen {
        description: "when `leg_spread` is `one_leg`",
        holds: |a| a.leg_spread == Some(LegSpread::OneLeg),
    };
    let longer_than_a_week = AskWhen {
        description: "when `duration` is `one_to_six_weeks` or longer",
        holds: |a| a.duration.is_some_and(Duration::longer_than_a_week),
    };
    let inflammatory_screen = AskWhen {
        description: "when `duration` is `over_three_months` and `age_band` is `under_45`",
        holds: |a| {
            a.duration == Some(Duration::OverThreeMonths) && a.age_band == Some(AgeBand::Under45)
        },
    };
    match id {
        // Over 50, a minor fall already counts as a fracture risk, so the
        // bone question would change nothing.
        Q::BoneFragility => Some(AskWhen {
            description: "when `minor_fall` is yes and `age_band` is not `over_50`",
            holds: |a| {
                Answers::yes(a.minor_fall) && a.age_band.is_some_and(|age| age != AgeBand::Over50)
            },
        }),
        Q::BelowKnee | Q::LegNumbness | Q::LegWeakness => Some(one_leg),
        // Pain that began today has had no next morning yet.
        Q::LingeredNextMorning => Some(AskWhen {
            description: "when `duration` is longer than `today`",
            holds: |a| a.duration.is_some_and(|d| d != Duration::Today),
        }),
        Q::RisingWeekOnWeek => Some(longer_than_a_week),
        // Both rules that send "new" pain to a professional (over a week, over
        // 50) stand down once it has been examined, so ask whenever either could apply.
        Q::AlreadyChecked => Some(AskWhen {
            description:
                "when `duration` is `one_to_six_weeks` or longer, or `age_band` is `over_50`",
            holds: |a| {
                a.duration.is_some_and(Duration::longer_than_a_week)
                    || a.age_band == Some(AgeBand::Over50)
            },
        }),
        Q::MorningStiffness | Q::BetterWithMovement => Some(inflammatory_screen),
        _ => None,
    }
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// 1-based position of the question being asked.
    pub number: usize,
    /// How many questions the current answers lead to in total; it can change
    /// as answers open or close follow-up questions.
    pub total: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
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
            "leg_spread": "both_legs"
        })))
        .unwrap();
        assert_eq!(step, TriageStep::Complete { ended_early: true });
    }

    #[test]
    fn leg_questions_follow_only_one_leg() {
        let base = json!({
            "bladder_bowel": false, "saddle_numbness": false, "sexual_function": false,
            "weakness_worsening": false, "serious_trauma": false
        });
        let mut one_leg = base.clone();
        one_leg["leg_spread"] = json!("one_leg");
        assert!(is_asked(QuestionId::BelowKnee, &answers(one_leg)));
        let mut neither = base;
        neither["leg_spread"] = json!("neither");
        assert!(!is_asked(QuestionId::BelowKnee, &answers(neither)));
    }

    #[test]
    fn bone_question_is_skipped_over_50() {
        let over_50 = answers(json!({"minor_fall": true, "age_band": "over_50"}));
        assert!(!is_asked(QuestionId::BoneFragility, &over_50));
        let younger = answers(json!({"minor_fall": true, "age_band": "45_to_50"}));
        assert!(is_asked(QuestionId::BoneFragility, &younger));
    }

    #[test]
    fn refuses_an_answer_to_a_question_that_is_not_asked() {
        let err = next_step(&answers(
            json!({"leg_spread": "neither", "below_knee": true}),
        ))
        .unwrap_err();
        assert_eq!(
            err,
            TriageError::NotAsked {
                question: QuestionId::BelowKnee,
                condition: "when `leg_spread` is `one_leg`"
            }
        );
        assert!(err.to_string().contains("below_knee"));
    }

    #[test]
    fn progress_counts_only_the_questions_that_apply() {
        let step = next_step(&answers(json!({
            "bladder_bowel": false, "saddle_numbness": false, "sexual_function": false,
            "leg_spread": "neither"
        })))
        .unwrap();
        let TriageStep::Ask { progress, .. } = step else {
            panic!("{step:?}")
        };
        assert_eq!(progress.number, 5);
        // 29 questions, less: bone (no fall yet), three leg, three duration follow-ups, two inflammatory.
        assert_eq!(progress.total, 29 - 1 - 3 - 3 - 2);
    }
}
