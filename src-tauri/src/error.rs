//! Every error a command can return, serialised for the UI as
//! `{ "code": "...", "message": "..." }`: a stable code to branch on and a
//! sentence to show.

use serde::ser::{Serialize, SerializeStruct, Serializer};
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
    Store(#[from] StoreError),
}

impl CommandError {
    pub fn code(&self) -> String {
        let tagged = match self {
            CommandError::Triage(e) => serde_json::to_value(e),
            CommandError::Settings(e) => serde_json::to_value(e),
            CommandError::Store(_) => return "storage".to_owned(),
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
