//! The person's recovery plan: one versioned JSON document holding their
//! settings and every finished triage. Later versions of the document are
//! refused rather than half-read; older ones are migrated forward here.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use crate::settings::Settings;
use crate::time::Timestamp;
use crate::triage::{Answers, TriageOutcome};

pub const PLAN_FORMAT: &str = "spinewise-plan";
pub const PLAN_VERSION: u64 = 1;

/// Why a plan document cannot be read. The text is shown to the person, so it
/// says what is wrong in plain words.
#[derive(Clone, Debug, Error, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum PlanError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is not valid JSON ({detail})")]
    NotJson { detail: String },
    #[error("the file is not a Spinewise plan")]
    NotAPlan,
    #[error("the file was written by a newer version of Spinewise (plan version {found}; this version reads up to {PLAN_VERSION})")]
    TooNew { found: u64 },
    #[error("the file has an unknown plan version ({found})")]
    UnknownVersion { found: String },
    #[error("part of the file is damaged: {detail}")]
    Invalid { detail: String },
}

/// One finished triage as it was shown to the person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TriageRecord {
    pub completed_at: Timestamp,
    pub answers: Answers,
    pub outcome: TriageOutcome,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecoveryPlan {
    #[serde(default)]
    pub settings: Settings,
    /// Oldest first.
    #[serde(default)]
    pub triage_history: Vec<TriageRecord>,
}

#[derive(Serialize)]
struct Envelope<'a> {
    format: &'static str,
    version: u64,
    #[serde(flatten)]
    plan: &'a RecoveryPlan,
}

impl RecoveryPlan {
    pub fn last_triage(&self) -> Option<&TriageRecord> {
        self.triage_history.last()
    }

    pub fn record_triage(&mut self, record: TriageRecord) {
        self.triage_history.push(record);
    }

    /// The document as written to disk: pretty, so a person or a clinician can read it.
    pub fn to_json(&self) -> String {
        let envelope = Envelope {
            format: PLAN_FORMAT,
            version: PLAN_VERSION,
            plan: self,
        };
        serde_json::to_string_pretty(&envelope).expect("a plan always serialises")
    }

    pub fn from_json(bytes: &[u8]) -> Result<Self, PlanError> {
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Err(PlanError::Empty);
        }
        let value: Value = serde_json::from_slice(bytes).map_err(|e| PlanError::NotJson {
            detail: e.to_string(),
        })?;
        let Value::Object(mut fields) = value else {
            return Err(PlanError::NotAPlan);
        };
        if fields.remove("format") != Some(Value::from(PLAN_FORMAT)) {
            return Err(PlanError::NotAPlan);
        }
        let version = match fields.remove("version") {
            Some(Value::Number(n)) if n.as_u64().is_some() => n.as_u64().unwrap_or_default(),
            other => {
                return Err(PlanError::UnknownVersion {
                    found: other.map_or_else(|| "missing".to_owned(), |v| v.to_string()),
                })
            }
        };
        match version {
            PLAN_VERSION => {}
            v if v > PLAN_VERSION => return Err(PlanError::TooNew { found: v }),
            v => {
                return Err(PlanError::UnknownVersion {
                    found: v.to_string(),
                })
            }
        }
        serde_path_to_error::deserialize(Value::Object(fields)).map_err(|e| {
            let path = e.path().to_string();
            PlanError::Invalid {
                detail: format!("{path}: {}", e.into_inner()),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::EmergencyNumber;
    use crate::triage;
    use serde_json::json;

    fn finished_triage() -> TriageRecord {
        let answers = Answers::from_value(json!({"bladder_bowel": true})).unwrap();
        let outcome = triage::assess(&answers).unwrap();
        TriageRecord {
            completed_at: Timestamp::from_unix_seconds(1_795_542_556),
            answers,
            outcome,
        }
    }

    #[test]
    fn round_trips_with_its_format_and_version() {
        let mut plan = RecoveryPlan::default();
        plan.settings.emergency_number = Some(EmergencyNumber::parse("999").unwrap());
        plan.record_triage(finished_triage());
        let text = plan.to_json();
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["format"], "spinewise-plan");
        assert_eq!(value["version"], 1);
        assert_eq!(
            value["triage_history"][0]["completed_at"],
            "2026-11-24T17:49:16Z"
        );
        assert_eq!(RecoveryPlan::from_json(text.as_bytes()).unwrap(), plan);
    }

    #[test]
    fn says_what_is_wrong_with_a_damaged_document() {
        let cases: [(&[u8], fn(&PlanError) -> bool); 8] = [
            (b"", |e| *e == PlanError::Empty),
            (b"  \n", |e| *e == PlanError::Empty),
            (b"{\"format\": \"spinewise-plan\", \"vers", |e| {
                matches!(e, PlanError::NotJson { .. })
            }),
            (b"[1,2,3]", |e| *e == PlanError::NotAPlan),
            (b"{\"format\": \"other\", \"version\": 1}", |e| {
                *e == PlanError::NotAPlan
            }),
            (b"{\"format\": \"spinewise-plan\", \"version\": 7}", |e| {
                *e == PlanError::TooNew { found: 7 }
            }),
            (
                b"{\"format\": \"spinewise-plan\", \"version\": \"1\"}",
                |e| matches!(e, PlanError::UnknownVersion { .. }),
            ),
            (
                b"{\"format\": \"spinewise-plan\", \"version\": 1, \"triage_history\": 5}",
                |e| matches!(e, PlanError::Invalid { detail } if detail.contains("triage_history")),
            ),
        ];
        for (bytes, expected) in cases {
            let err = RecoveryPlan::from_json(bytes).unwrap_err();
            assert!(
                expected(&err),
                "{:?} gave {err:?}",
                String::from_utf8_lossy(bytes)
            );
        }
    }

    #[test]
    fn an_empty_plan_is_valid() {
        let plan =
            RecoveryPlan::from_json(br#"{"format": "spinewise-plan", "version": 1}"#).unwrap();
        assert_eq!(plan, RecoveryPlan::default());
    }
}
