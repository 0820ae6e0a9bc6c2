//! Every error a command can return, serialised for the UI as
//! `{ "code": "...", "message": "..." }`: a stable code to branch on and a
//! sentence to show.

use serde::ser::{Serialize, SerializeStruct, Serializer};
use spinewise_core::plan::EndCheckError;
use spinewise_core::plan::CheckInError;
use spinewise_core::settings::SettingsError;
use spinewise_core::store::StoreError;
use spinewise_core::triage::TriageError;
use thiserror::Error;

#[derive(Debug, Error)]
pub enum CommandError {
    #[error(transparent)]
    Triage(#[from] TriageError),
    #[error(transparent)]
    Settings(#[from] SettingsError),
    #[error(transparent)]
    CheckIn(#[from] CheckInError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    EndCheck(#[from] EndCheckError),
    #[error("there is no exercise called `{id}` in the library")]
    UnknownExercise { id: String },
    #[error("the routine `{id}` is not one your last check allows")]
    UnknownRoutine { id: String },
    #[error("{detail}")]
    Invalid { detail: String },
    #[error("{reason} A session is not a good idea right now.")]
    TooMuchPainToStart { reason: String },
    #[error("a session is already running; stop it before starting another")]
    SessionRunning,
    #[error("no session is running")]
    NoSession,
}

impl CommandError {
    /// A request whose JSON does not fit, named for the person reading the message.
    pub fn invalid(what: &str, err: serde_json::Error) -> Self {
        CommandError::Invalid {
            detail: format!("the {what} could not be read: {err}"),
        }
    }
}

impl CommandError {
    pub fn code(&self) -> String {
        let tagged = match self {
            CommandError::Triage(e) => serde_json::to_value(e),
            CommandError::Settings(e) => serde_json::to_value(e),
            CommandError::CheckIn(e) => serde_json::to_value(e),
            CommandError::EndCheck(e) => serde_json::to_value(e),
            CommandError::Store(_) => return "storage".to_owned(),
            CommandError::UnknownExercise { .. } => return "unknown_exercise".to_owned(),
            CommandError::UnknownRoutine { .. } => return "unknown_routine".to_owned(),
            CommandError::Invalid { .. } => return "invalid".to_owned(),
            CommandError::TooMuchPainToStart { .. } => return "too_much_pain".to_owned(),
            CommandError::SessionRunning => return "session_running".to_owned(),
            CommandError::NoSession => return "no_session".to_owned(),
        };
        tagged
            .ok()
            .and_then(|v| v["code"].as_str().map(str::to_owned))
            .unwrap_or_else(|| "error".to_owned())
    }
}

impl Serialize for CommandError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut out = serializer.serialize_struct("CommandError", 2)?;
        out.serialize_field("code", &self.code())?;
        out.serialize_field("message", &self.to_string())?;
        out.end()
    }
}
