//! Guided triage: the questions, the answers document, which question comes
//! next, the rules, and the outcome.

mod answers;
pub mod coverage;
mod error;
mod flow;
mod kind;
mod later;
mod outcome;
mod question;
pub mod questionnaire_v1;
pub mod rules;

pub use answers::{
    AgeBand, Answers, Duration, LegSymptoms, Onset, PainCharacter, PainScore, WarmUp,
    WeaknessSeverity,
};
pub use error::TriageError;
pub use flow::{
    asked_when, check_consistent, has_emergency_sign, is_asked, next_step, Progress, TriageStep,
};
pub use kind::{classify, PainKindAssessment};
pub use later::{drop_unasked, LaterSigns, SignWords, LATER_SIGNS};
pub use outcome::{assess, Reason, TriageOutcome};
pub use question::{question, AnswerKind, ChoiceOption, Question, QuestionId, Section, QUESTIONS};
