//! Every error a command can return, serialised for the UI as
//! `{ "code": "...", "message": "..." }`: a stable code to branch on and a
//! sentence to show.

use serde::{Serialize, Serializer};
use spinewise_core::course::LadderError;
use spinewise_core::own_routine::OwnRoutineError;
use spinewise_core::photo::PhotoError;
use spinewise_core::plan::CheckInError;
use spinewise_core::plan::EndCheckError;
use spinewise_core::settings::SettingsError;
use spinewise_core::store::StoreError;
use spinewise_core::triage::TriageError;
use thiserror::Error;
use ts_rs::TS;

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
    #[error(transparent)]
    Ladder(#[from] LadderError),
    #[error(transparent)]
    OwnRoutine(#[from] OwnRoutineError),
    #[error(transparent)]
    Photo(#[from] PhotoError),
    #[error("there is no exercise called `{id}` in the library")]
    UnknownExercise { id: String },
    #[error("the routine `{id}` is not one your last check allows")]
    UnknownRoutine { id: String },
    /// A request whose JSON does not fit the command.
    #[error("the {what} could not be read: {detail}")]
    Invalid { what: &'static str, detail: String },
    /// A file offered for import that is not a plan Spinewise can read.
    #[error("This file cannot be imported because {detail}. Your plan has not been changed.")]
    Import { detail: String },
    /// A window (the print window) that the system would not open.
    #[error("the {what} window could not open: {detail}")]
    Window { what: &'static str, detail: String },
    /// A folder the system's file manager would not show.
    #[error("the folder {folder} could not be opened ({detail}). You can find it with your file manager.")]
    Folder { folder: String, detail: String },
    #[error("{reason} A session is not a good idea right now.")]
    TooMuchPainToStart { reason: String },
    #[error("a session is already running; stop it before starting another")]
    SessionRunning,
    #[error("no session is running")]
    NoSession,
    #[error("tick the sign you have noticed, so Spinewise can tell you what to do")]
    NoSign,
    /// The system would not add or remove the login item.
    #[error("Spinewise could not change whether it starts at login ({detail}). Your other settings were not saved either; try again.")]
    Autostart { detail: String },
}

impl CommandError {
    /// A request whose JSON does not fit, named for the person reading the message.
    pub fn invalid(what: &'static str, err: serde_json::Error) -> Self {
        CommandError::Invalid {
            what,
            detail: err.to_string(),
        }
    }

    /// The stable code the window branches on.
    pub fn code(&self) -> &'static str {
        match self {
            CommandError::Triage(e) => e.code(),
            CommandError::Settings(e) => e.code(),
            CommandError::CheckIn(e) => e.code(),
            CommandError::EndCheck(e) => e.code(),
            CommandError::Ladder(e) => e.code(),
            CommandError::OwnRoutine(e) => e.code(),
            CommandError::Photo(e) => e.code(),
            CommandError::Store(e) => e.code(),
            CommandError::UnknownExercise { .. } => "unknown_exercise",
            CommandError::UnknownRoutine { .. } => "unknown_routine",
            CommandError::Invalid { .. } => "invalid",
            CommandError::Import { .. } => "import",
            CommandError::Window { .. } => "window",
            CommandError::Folder { .. } => "folder",
            CommandError::TooMuchPainToStart { .. } => "too_much_pain",
            CommandError::SessionRunning => "session_running",
            CommandError::NoSession => "no_session",
            CommandError::NoSign => "no_sign",
            CommandError::Autostart { .. } => "autostart",
        }
    }
}

/// What the window receives when a command fails.
#[derive(Serialize, TS)]
pub struct ErrorReply {
    pub code: String,
    pub message: String,
    /// The field of the request the fault is in, as a JSON pointer into the
    /// value sent (`/name`, `/items/2`), when it is one field: the window
    /// shows the message beside it.
    pub field: Option<String>,
}

impl Serialize for CommandError {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        ErrorReply {
            code: self.code().to_owned(),
            message: self.to_string(),
            field: match self {
                CommandError::OwnRoutine(e) => e.field(),
                _ => None,
            },
        }
        .serialize(serializer)
    }
}
