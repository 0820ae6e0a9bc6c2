//! The person's recovery plan: one versioned JSON document holding their
//! settings, every finished triage, session and check-in. Later versions of
//! the document are refused rather than half-read; older ones are migrated
//! forward here. This is the data the rules read; it holds no rule of its
//! own beyond checking what is stored.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;
use ts_rs::TS;

mod check_ins;
mod clearance;
mod own_routines;
mod session_record;
mod triage_record;

pub use check_ins::{
    ActivityScore, CheckInError, DailyAnswers, DailyCheckIn, ExercisePain, Peg, Rating,
    ReturnChecklist, ReturnCriteria, Settled, WeeklyAnswers, WeeklyCheckIn, MAX_ACTIVITIES,
    MAX_ACTIVITY_NAME, RETURN_CRITERIA,
};
pub use clearance::{Clearance, ClearanceAnswers};
pub use session_record::{
    AfterSession, CheckInAction, CheckInEntry, EndCheck, EndCheckError, LeftOutEntry, SessionEnded,
    SessionRecord,
};
pub use triage_record::{
    RecordedAnswers, TriageRecord, FEVER_COUNTS_FOR_DAYS, PAST_FEVER_COUNTS_FOR_DAYS, QUESTIONNAIRE,
};

use crate::exercise::{ExerciseId, Rung};
use crate::own_routine::OwnRoutine;
use crate::settings::Settings;
use crate::time::{Day, Timestamp};
use crate::triage::LaterSigns;

pub const PLAN_FORMAT: &str = "spinewise-plan";
/// Version 1: settings and triage history. Version 2 adds guided sessions.
/// Version 3 adds daily and weekly check-ins and the return checklist.
/// Version 4 marks each triage with the questionnaire it was answered in
/// (older records are the first questionnaire's), and adds clearances, the
/// daily check-in's emergency signs, the weekly stiffness score, and why a
/// session stopped. Version 5 adds a session's own calendar day. Version 6
/// adds the reminders the person turned on (all off before). Version 7 adds
/// which other warning signs a daily check-in reported. Version 8 adds the
/// person's answers to offers of an exercise's next rung, and a later sign:
/// a spinal procedure or treated infection since the check. Version 9 adds
/// the person's own routines. Version 10 adds the exercises a session left
/// out while the pain was up.
/// Each version only added fields whose default is the migration.
pub const PLAN_VERSION: u64 = 10;

/// Far above what decades of daily use write (two years of check-ins are
/// about half a megabyte), and small enough to read safely.
pub const MAX_PLAN_BYTES: usize = 32 * 1024 * 1024;

/// Why a plan document cannot be read. The text is shown to the person, so it
/// says what is wrong in plain words.
#[derive(Clone, Debug, Error, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum PlanError {
    #[error("the file is empty")]
    Empty,
    #[error("the file is too large to be a Spinewise plan (over {} MiB)", MAX_PLAN_BYTES / (1024 * 1024))]
    TooLarge,
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

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecoveryPlan {
    #[serde(default)]
    pub settings: Settings,
    /// Oldest first.
    #[serde(default)]
    pub triage_history: Vec<TriageRecord>,
    /// Oldest first.
    #[serde(default)]
    pub sessions: Vec<SessionRecord>,
    /// In day order, one per day.
    #[serde(default)]
    pub daily_check_ins: Vec<DailyCheckIn>,
    /// In day order, one per day.
    #[serde(default)]
    pub weekly_check_ins: Vec<WeeklyCheckIn>,
    /// Every change of the return checklist, oldest first.
    #[serde(default)]
    pub return_checklist: Vec<ReturnChecklist>,
    /// Every time the person recorded that a professional cleared them to
    /// exercise, oldest first.
    #[serde(default)]
    pub clearances: Vec<Clearance>,
    /// Every answer to an offer of an exercise's next rung, oldest first.
    #[serde(default)]
    pub rung_decisions: Vec<RungDecision>,
    /// Routines the person built or imported, in the order they were added.
    #[serde(default)]
    pub own_routines: Vec<OwnRoutine>,
}

/// The person's answer to an offer of an exercise's next rung (the rule that
/// makes offers is `course::ladder`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RungDecision {
    pub exercise: ExerciseId,
    pub to: Rung,
    pub accepted: bool,
    pub decided_at: Timestamp,
}

/// Keeps `entries` in day order with one entry per day: a second check-in on
/// the same day replaces the first (the person corrected it).
fn put_by_day<T>(entries: &mut Vec<T>, entry: T, day: impl Fn(&T) -> Day) {
    match entries.binary_search_by_key(&day(&entry), &day) {
        Ok(same_day) => entries[same_day] = entry,
        Err(position) => entries.insert(position, entry),
    }
}

/// What a plan holds, in counts: shown before an import replaces a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct PlanSummary {
    pub triages: usize,
    pub sessions: usize,
    pub daily_check_ins: usize,
    pub weekly_check_ins: usize,
    pub last_triage: Option<Timestamp>,
    pub first_check_in: Option<Day>,
    pub last_check_in: Option<Day>,
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

    /// The exercises of this routine that hurt in a session of it (the pain
    /// up by 2 or more, or up to 5, or the session stopped during it, for
    /// pain or a sign, by a check-in or by the check after the person
    /// stopped it), and have not been done calmly in one since, as the
    /// sessions key them (`cat_cow`, `own-2`): each session of the routine
    /// says so before they come again, until a calm check-in on them
    /// answers it.
    pub fn hurt_in_routine(&self, routine_id: &str) -> Vec<String> {
        let mut decided: Vec<&str> = Vec::new();
        let mut hurt = Vec::new();
        for session in self
            .sessions
            .iter()
            .rev()
            .filter(|s| s.routine == routine_id)
        {
            // Within one session, the hurt comes after any calm check-in on it.
            let stopped = session.stopped_during.as_deref().filter(|_| {
                session.pain_stop().is_some() || session.ended == SessionEnded::WarningSign
            });
            let hurt_here = session
                .left_out
                .iter()
                .filter(|l| l.hurt())
                .map(|l| l.exercise.as_str())
                .chain(stopped);
            for key in hurt_here {
                if !decided.contains(&key) {
                    decided.push(key);
                    hurt.push(key.to_owned());
                }
            }
            for calm in session
                .check_ins
                .iter()
                .filter(|c| c.action == CheckInAction::Continue)
            {
                if !decided.contains(&calm.exercise.as_str()) {
                    decided.push(&calm.exercise);
                }
            }
        }
        hurt
    }

    /// The emergency triage that `signs`, reported at `at`, amount to with
    /// the last check's answers and every sign reported since it: a sign
    /// stands until the check is answered again, so a fever in Monday's
    /// check-in and numbness in Wednesday's are judged together (a second
    /// check-in the same day adds to the first: the form asks for what is
    /// new). A fever reported within [`FEVER_COUNTS_FOR_DAYS`] counts even
    /// from before the last check, whose question asks only about today.
    pub fn escalation(&self, signs: LaterSigns, at: Timestamp) -> Option<TriageRecord> {
        let last = self.last_triage()?;
        let reports = self
            .signs_since(last.completed_at)
            .chain(self.fevers_within(at))
            .chain([(at, signs)]);
        last.escalated_by(reports, at)
    }

    /// The later warning signs reported after `since`, each with when: in
    /// daily check-ins and in sessions.
    pub fn signs_since(
        &self,
        since: Timestamp,
    ) -> impl Iterator<Item = (Timestamp, LaterSigns)> + '_ {
        let daily = self
            .daily_check_ins
            .iter()
            .filter(move |c| c.recorded_at > since)
            .map(|c| (c.recorded_at, c.other_signs));
        let sessions = self
            .sessions
            .iter()
            .filter(move |s| s.ended_at > since)
            .map(|s| (s.ended_at, s.later_signs()));
        daily.chain(sessions).filter(|(_, signs)| signs.any())
    }

    /// Every fever reported, at a check or in a check-in, that still counts
    /// at `at`: as a fever within [`FEVER_COUNTS_FOR_DAYS`], then as a recent
    /// infection until [`PAST_FEVER_COUNTS_FOR_DAYS`] (the judgement ages it).
    pub fn fevers_within(
        &self,
        at: Timestamp,
    ) -> impl Iterator<Item = (Timestamp, LaterSigns)> + '_ {
        let fever = LaterSigns {
            fever: true,
            ..LaterSigns::default()
        };
        self.fevers()
            .filter(move |when| {
                *when <= at && when.utc_day().days_until(at.utc_day()) <= PAST_FEVER_COUNTS_FOR_DAYS
            })
            .map(move |when| (when, fever))
    }

    /// When each fever was reported, at a check or in a check-in.
    pub fn fevers(&self) -> impl Iterator<Item = Timestamp> + '_ {
        let at_checks = self
            .triage_history
            .iter()
            .filter(|t| {
                t.answers
                    .current()
                    .is_some_and(|a| a.fever_or_unwell == Some(true))
            })
            .map(|t| t.completed_at);
        let in_check_ins = self
            .daily_check_ins
            .iter()
            .filter(|c| c.other_signs.fever)
            .map(|c| c.recorded_at);
        at_checks.chain(in_check_ins)
    }

    pub fn record_triage(&mut self, record: TriageRecord) {
        self.triage_history.push(record);
    }

    pub fn summary(&self) -> PlanSummary {
        PlanSummary {
            triages: self.triage_history.len(),
            sessions: self.sessions.len(),
            daily_check_ins: self.daily_check_ins.len(),
            weekly_check_ins: self.weekly_check_ins.len(),
            last_triage: self.last_triage().map(|t| t.completed_at),
            first_check_in: self.daily_check_ins.first().map(|c| c.day),
            last_check_in: self.daily_check_ins.last().map(|c| c.day),
        }
    }

    pub fn record_daily(&mut self, check_in: DailyCheckIn) {
        put_by_day(&mut self.daily_check_ins, check_in, |c| c.day);
    }

    pub fn record_weekly(&mut self, check_in: WeeklyCheckIn) {
        put_by_day(&mut self.weekly_check_ins, check_in, |c| c.day);
    }

    /// Records how the pain was after the person stopped their latest
    /// session. Refused for any other session, or a second time.
    pub fn record_end_check(&mut self, check: EndCheck) -> Result<&SessionRecord, EndCheckError> {
        let session = self
            .sessions
            .last_mut()
            .ok_or(EndCheckError::NoStoppedSession)?;
        if session.ended != SessionEnded::StoppedByPerson {
            return Err(EndCheckError::NoStoppedSession);
        }
        if session.end_check.is_some() {
            return Err(EndCheckError::AlreadyAnswered);
        }
        session.end_check = Some(check);
        Ok(session)
    }

    pub fn record_clearance(&mut self, clearance: Clearance) {
        self.clearances.push(clearance);
    }

    /// The clearance that covers the last triage, if any: the latest one that
    /// cleared every sign the last triage found.
    pub fn clearance(&self) -> Option<&Clearance> {
        let triage = self.last_triage()?;
        self.clearances.iter().rev().find(|c| c.covers(triage))
    }

    pub fn record_return_checklist(&mut self, checklist: ReturnChecklist) {
        self.return_checklist.push(checklist);
    }

    /// The checklist as last ticked.
    pub fn return_criteria(&self) -> ReturnCriteria {
        self.return_checklist
            .last()
            .map(|c| c.criteria)
            .unwrap_or_default()
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
        if bytes.len() > MAX_PLAN_BYTES {
            return Err(PlanError::TooLarge);
        }
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
            // Older versions lack only fields that default to empty.
            1..=PLAN_VERSION => {}
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
    use crate::triage::{self, Answers};
    use serde_json::json;

    fn finished_triage() -> TriageRecord {
        let answers = Answers::from_value(json!({"bladder_bowel": true})).unwrap();
        let outcome = triage::assess(&answers).unwrap();
        TriageRecord::new(
            Timestamp::from_unix_seconds(1_795_542_556),
            answers,
            outcome,
        )
    }

    #[test]
    fn round_trips_with_its_format_and_version() {
        let mut plan = RecoveryPlan::default();
        plan.settings.emergency_number = Some(EmergencyNumber::parse("999").unwrap());
        plan.record_triage(finished_triage());
        let text = plan.to_json();
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["format"], "spinewise-plan");
        assert_eq!(value["version"], PLAN_VERSION);
        assert_eq!(
            value["triage_history"][0]["completed_at"],
            "2026-11-24T17:49:16Z"
        );
        assert_eq!(RecoveryPlan::from_json(text.as_bytes()).unwrap(), plan);
    }

    #[test]
    fn says_what_is_wrong_with_a_damaged_document() {
        type Expect = fn(&PlanError) -> bool;
        let cases: [(&[u8], Expect); 8] = [
            (b"", |e| *e == PlanError::Empty),
            (b"  \n", |e| *e == PlanError::Empty),
            (b"{\"format\": \"spinewise-plan\", \"vers", |e| {
                matches!(e, PlanError::NotJson { .. })
            }),
            (b"[1,2,3]", |e| *e == PlanError::NotAPlan),
            (b"{\"format\": \"other\", \"version\": 1}", |e| {
                *e == PlanError::NotAPlan
            }),
            (b"{\"format\": \"spinewise-plan\", \"version\": 99}", |e| {
                *e == PlanError::TooNew { found: 99 }
            }),
            (
                b"{\"format\": \"spinewise-plan\", \"version\": \"1\"}",
                |e| matches!(e, PlanError::UnknownVersion { .. }),
            ),
            (
                b"{\"format\": \"spinewise-plan\", \"version\": 2, \"triage_history\": 5}",
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
    fn a_version_1_plan_migrates_forward_unchanged() {
        let v1 = include_bytes!("../../tests/fixtures/plan-v1.json");
        let plan = RecoveryPlan::from_json(v1).unwrap();
        assert_eq!(plan.triage_history.len(), 1);
        assert_eq!(
            plan.triage_history[0].outcome.level,
            crate::TriageLevel::Emergency
        );
        assert_eq!(
            plan.settings.emergency_number.as_ref().unwrap().as_str(),
            "999"
        );
        assert!(plan.sessions.is_empty());
        let rewritten: Value = serde_json::from_str(&plan.to_json()).unwrap();
        assert_eq!(rewritten["version"], PLAN_VERSION);
    }

    #[test]
    fn an_empty_plan_is_valid() {
        let plan =
            RecoveryPlan::from_json(br#"{"format": "spinewise-plan", "version": 1}"#).unwrap();
        assert_eq!(plan, RecoveryPlan::default());
    }
}
