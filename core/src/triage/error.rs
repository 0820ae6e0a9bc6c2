//! What can be wrong with a set of triage answers.

use serde::Serialize;
use thiserror::Error;

use super::question::QuestionId;

/// Every way a triage input can be refused. Serialised with a stable `code`
/// so the UI and the CLI can tell them apart, and a `message` for people.
#[derive(Clone, Debug, Error, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum TriageError {
    #[error("a pain score must be a whole number from 0 to 10, not {value}")]
    PainOutOfRange { value: i64 },
    #[error("the answers could not be read: {detail}")]
    Malformed { detail: String },
    #[error("`{question}` is not asked here: it is only asked {condition}")]
    NotAsked {
        question: QuestionId,
        condition: &'static str,
    },
    #[error("the triage is not finished: `{next}` still needs an answer")]
    Incomplete { next: QuestionId },
}

impl From<crate::pain::PainOutOfRange> for TriageError {
    fn from(err: crate::pain::PainOutOfRange) -> Self {
        TriageError::PainOutOfRange { value: err.value }
    }
}

impl TriageError {
    /// The stable code the window and the CLI branch on (the serialised tag).
    pub fn code(&self) -> &'static str {
        match self {
            TriageError::PainOutOfRange { .. } => "pain_out_of_range",
            TriageError::Malformed { .. } => "malformed",
            TriageError::NotAsked { .. } => "not_asked",
            TriageError::Incomplete { .. } => "incomplete",
        }
    }

    /// Wraps a parse failure, naming the field it happened in.
    pub(crate) fn from_serde(err: serde_path_to_error::Error<serde_json::Error>) -> Self {
        let path = err.path().to_string();
        let inner = err.into_inner().to_string();
        let detail = if path.is_empty() || path == "." {
            inner
        } else {
            format!("{path}: {inner}")
        };
        TriageError::Malformed { detail }
    }
}
