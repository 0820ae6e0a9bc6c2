//! The result of a finished triage: the level, the reasons that led there, the
//! likely kind of pain and what to do next.

use serde::{Deserialize, Serialize};

use super::answers::Answers;
use super::error::TriageError;
use super::flow::{self, TriageStep};
use super::kind::{self, PainKindAssessment};
use super::rules::{self, Rule};
use crate::level::{TriageLevel, IF_AN_EMERGENCY_SIGN_APPEARS, NOT_A_DIAGNOSIS};
use crate::pain::PainKind;
use crate::source::Source;
use ts_rs::TS;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Reason {
    pub rule: String,
    pub finding: String,
    pub level: TriageLevel,
    pub red_flag: bool,
    pub source: Source,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct TriageOutcome {
    pub level: TriageLevel,
    pub title: String,
    pub summary: String,
    /// When to see a professional, in words.
    pub see_a_professional: String,
    /// The answers that led here, most urgent first.
    pub reasons: Vec<Reason>,
    pub pain_kind: PainKindAssessment,
    pub next_steps: Vec<String>,
    /// The questionnaire stopped at an emergency sign.
    pub ended_early: bool,
    pub not_a_diagnosis: String,
}

impl Reason {
    fn from_rule(rule: &Rule) -> Self {
        Reason {
            rule: rule.id.to_owned(),
            finding: rule.finding.to_owned(),
            level: rule.level,
            red_flag: rule.red_flag,
            source: rule.source,
        }
    }
}

/// Assesses a finished set of answers. Refuses answers that are inconsistent
/// or that stop before the questionnaire would, unless an emergency sign was
/// given: that needs no further answers.
pub fn assess(answers: &Answers) -> Result<TriageOutcome, TriageError> {
    let ended_early = match flow::next_step(answers)? {
        TriageStep::Ask { question, .. } => {
            return Err(TriageError::Incomplete { next: question.id })
        }
        TriageStep::Complete { ended_early } => ended_early,
    };
    let hits = rules::applying(answers);
    let level = rules::level(answers);
    let pain_kind = if ended_early {
        // The emergency comes first; guessing the kind of pain would only distract.
        PainKindAssessment {
            kind: PainKind::Unclear,
            label: PainKind::Unclear.label().to_owned(),
            description: "Not assessed: a sign that needs care comes first.".to_owned(),
            cues: Vec::new(),
        }
    } else if level >= TriageLevel::Urgent {
        // Beside "see a doctor within a day or two", a kind's comforting
        // description ("gone within a day or two") would reassure where the
        // result must not. The kind is kept: it chooses exercises later, if
        // a professional clears the person.
        let guess = kind::classify(answers);
        PainKindAssessment {
            description: "Only a first guess: the warning signs above come first, and a doctor's check will say more. It helps choose exercises once you have been seen.".to_owned(),
            ..guess
        }
    } else {
        kind::classify(answers)
    };

    // When the only findings that send the person to a professional are
    // ones for which exercise is the treatment, the result says so: "pause
    // your training" beside "keep moving" would contradict itself.
    let exercise_is_treatment = level == TriageLevel::Soon
        && hits
            .iter()
            .filter(|r| r.level >= TriageLevel::Soon)
            .all(|r| rules::eased_by_exercise(r.id, hits.iter().map(|h| h.id)));
    // An emergency is about the signs that need care now: findings below a
    // professional's level (pain in a session, an unclear kind of pain) and
    // their advice would only dilute what the staff need to hear.
    let counts = |r: &Rule| level < TriageLevel::Emergency || r.level >= TriageLevel::Soon;

    let mut next_steps: Vec<String> = Vec::new();
    let mut add = |step: &str| {
        if !next_steps.iter().any(|s| s == step) {
            next_steps.push(step.to_owned());
        }
    };
    if exercise_is_treatment {
        EXERCISE_AS_TREATMENT.steps.iter().for_each(|s| add(s));
    } else {
        level.steps().iter().for_each(|s| add(s));
    }
    // A result one notch above `stop` (book a check-up within days) asks the
    // person to stop only the exercise that brings symptoms on. When a
    // `stop` finding applies too (pain above 5, say), today's session must
    // end as well, so its steps join the list; from `urgent` up the result
    // already stops all training until the person is seen.
    let also_stop = level > TriageLevel::Stop
        && level < TriageLevel::Urgent
        && hits.iter().any(|r| r.level == TriageLevel::Stop);
    if also_stop {
        TriageLevel::Stop.steps().iter().for_each(|s| add(s));
    }
    hits.iter()
        .filter(|r| counts(r))
        .flat_map(|r| r.advice.iter())
        .filter(|s| {
            level < TriageLevel::Emergency || !rules::WHEN_IT_BECOMES_AN_EMERGENCY.contains(s)
        })
        .for_each(|s| add(s));
    // Self-care advice for the kind of pain only makes sense while self-care is the plan.
    if level <= TriageLevel::Soon {
        pain_kind.kind.advice().iter().for_each(|s| add(s));
    }

    // Reassuring findings (pain in the safe zone, ordinary soreness) explain
    // a calm result, and findings that ask only to ease the load explain a
    // result that lets the person exercise; beside a result that stops
    // training until a professional has looked, they would only mislead.
    let reasons = hits
        .into_iter()
        .filter(|r| counts(r))
        .filter(|r| level < TriageLevel::Soon || r.level >= TriageLevel::Stop)
        .map(Reason::from_rule)
        .collect();
    let words = if exercise_is_treatment {
        EXERCISE_AS_TREATMENT
    } else {
        LevelWords {
            title: level.title(),
            summary: level.summary(),
            how_soon: level.how_soon(),
            steps: &[],
        }
    };
    Ok(TriageOutcome {
        level,
        title: words.title.to_owned(),
        summary: words.summary.to_owned(),
        see_a_professional: words.how_soon.to_owned(),
        reasons,
        pain_kind,
        next_steps,
        ended_early,
        not_a_diagnosis: NOT_A_DIAGNOSIS.to_owned(),
    })
}

/// What a result says when it is not simply its level's words.
struct LevelWords {
    title: &'static str,
    summary: &'static str,
    how_soon: &'static str,
    steps: &'static [&'static str],
}

/// A `soon` result whose only reason to see a professional is one that
/// exercise helps (inflammatory back pain, `rules::EXERCISE_HELPS`): book
/// the appointment, and keep moving meanwhile (clinical notes, section 1).
const EXERCISE_AS_TREATMENT: LevelWords = LevelWords {
    title: "Keep moving, and book a check-up in the coming weeks",
    summary: "Your answers point to a pattern a doctor should look into, one that treatment \
              helps. Regular exercise helps it too, so keep moving while you wait.",
    how_soon: "within a few weeks",
    steps: &[
        "Keep exercising: regular, gentle exercise helps this kind of back pain, and your plan keeps its routines open.",
        "Book an appointment with a doctor within the next few weeks.",
        IF_AN_EMERGENCY_SIGN_APPEARS,
    ],
};
