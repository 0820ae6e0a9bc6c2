//! The person's recovery plan: one versioned JSON document holding their
//! settings, every finished triage, session and check-in. Later versions of the document are
//! refused rather than half-read; older ones are migrated forward here.

use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

use crate::progress::{Clearance, DailyCheckIn, ReturnChecklist, ReturnCriteria, WeeklyCheckIn};
use crate::routine::Routine;
use crate::level::TriageLevel;
use crate::session::{
    judge, CheckIn, CheckInDecision, SessionEnd, SessionMachine, Status, StopCause, WarningSigns,
    SPREADING_REASON,
};
use crate::settings::Settings;
use crate::time::Timestamp;
use crate::triage::questionnaire_v1::AnswersV1;
use crate::triage::{Answers, PainScore, TriageOutcome};

pub const PLAN_FORMAT: &str = "spinewise-plan";
/// Version 1: settings and triage history. Version 2 adds guided sessions.
/// Version 3 adds daily and weekly check-ins and the return checklist.
/// Version 4 marks each triage with the questionnaire it was answered in
/// (older records are the first questionnaire's), and adds clearances, the
/// daily check-in's emergency signs, the weekly stiffness score, and why a
/// session stopped.
/// Each version only added fields whose default is the migration.
pub const PLAN_VERSION: u64 = 4;

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

/// The questionnaire the app asks now. Version 1 was Spinewise 0.1's; version
/// 2 asks nerve signs on their own, chest and belly symptoms, how the pain
/// began, and age in the guidelines' bands (docs/red-flags.md).
pub const QUESTIONNAIRE: u32 = 2;

/// The answers of one finished triage, in the questionnaire they were given to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordedAnswers {
    Current(Answers),
    /// Spinewise 0.1's questionnaire: kept as given, never re-assessed; the
    /// outcome stored beside it is what the person was shown.
    Questionnaire1(AnswersV1),
}

impl RecordedAnswers {
    /// The current questionnaire's answers; `None` for an older one.
    pub fn current(&self) -> Option<&Answers> {
        match self {
            RecordedAnswers::Current(answers) => Some(answers),
            RecordedAnswers::Questionnaire1(_) => None,
        }
    }

    pub fn questionnaire(&self) -> u32 {
        match self {
            RecordedAnswers::Current(_) => QUESTIONNAIRE,
            RecordedAnswers::Questionnaire1(_) => 1,
        }
    }
}

/// Why the pain check after a stopped session was refused.
#[derive(Clone, Debug, Error, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum EndCheckError {
    #[error("there is no session you stopped to answer for")]
    NoStoppedSession,
    #[error("you have already said how your back was after that session")]
    AlreadyAnswered,
}

/// One finished triage as it was shown to the person.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "TriageRecordDocument", into = "TriageRecordDocument")]
pub struct TriageRecord {
    pub completed_at: Timestamp,
    pub answers: RecordedAnswers,
    pub outcome: TriageOutcome,
}

impl TriageRecord {
    pub fn new(completed_at: Timestamp, answers: Answers, outcome: TriageOutcome) -> Self {
        TriageRecord {
            completed_at,
            answers: RecordedAnswers::Current(answers),
            outcome,
        }
    }
}

/// A triage record as written: plans before version 4 carry no
/// `questionnaire`, and their answers are the first questionnaire's.
#[derive(Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct TriageRecordDocument {
    completed_at: Timestamp,
    #[serde(default = "first_questionnaire")]
    questionnaire: u32,
    answers: Value,
    outcome: TriageOutcome,
}

fn first_questionnaire() -> u32 {
    1
}

impl TryFrom<TriageRecordDocument> for TriageRecord {
    type Error = String;

    fn try_from(doc: TriageRecordDocument) -> Result<Self, Self::Error> {
        let answers = match doc.questionnaire {
            1 => RecordedAnswers::Questionnaire1(
                serde_json::from_value(doc.answers)
                    .map_err(|e| format!("answers of questionnaire 1: {e}"))?,
            ),
            QUESTIONNAIRE => RecordedAnswers::Current(
                Answers::from_value(doc.answers).map_err(|e| format!("answers: {e}"))?,
            ),
            other => return Err(format!("unknown questionnaire version {other}")),
        };
        Ok(TriageRecord {
            completed_at: doc.completed_at,
            answers,
            outcome: doc.outcome,
        })
    }
}

impl From<TriageRecord> for TriageRecordDocument {
    fn from(record: TriageRecord) -> Self {
        let questionnaire = record.answers.questionnaire();
        let answers = match record.answers {
            RecordedAnswers::Current(a) => serde_json::to_value(a),
            RecordedAnswers::Questionnaire1(a) => serde_json::to_value(a),
        }
        .expect("answers always serialise");
        TriageRecordDocument {
            completed_at: record.completed_at,
            questionnaire,
            answers,
            outcome: record.outcome,
        }
    }
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
}

/// Keeps `entries` in day order with one entry per day: a second check-in on
/// the same day replaces the first (the person corrected it).
fn put_by_day<T>(entries: &mut Vec<T>, entry: T, day: impl Fn(&T) -> crate::time::Day) {
    match entries.binary_search_by_key(&day(&entry), &day) {
        Ok(same_day) => entries[same_day] = entry,
        Err(position) => entries.insert(position, entry),
    }
}

/// What a pain check-in during a session led to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckInAction {
    Continue,
    SwapGentler,
    StopSession,
    WarningSign,
}

impl From<&CheckInDecision> for CheckInAction {
    fn from(decision: &CheckInDecision) -> Self {
        match decision {
            CheckInDecision::Continue { .. } => CheckInAction::Continue,
            CheckInDecision::SwapGentler { .. } => CheckInAction::SwapGentler,
            CheckInDecision::StopSession { .. } => CheckInAction::StopSession,
            CheckInDecision::WarningSign { .. } => CheckInAction::WarningSign,
        }
    }
}

/// A pain check-in as recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CheckInEntry {
    pub exercise: String,
    pub pain: PainScore,
    pub spreading_down_leg: bool,
    pub warning_sign: bool,
    pub action: CheckInAction,
}

/// How a session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionEnded {
    Completed,
    StoppedByPerson,
    StoppedForPain,
    WarningSign,
}

/// The pain check a person answers after stopping a session themselves: the
/// pain may be why they stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EndCheck {
    pub pain: PainScore,
    pub spreading_down_leg: bool,
}

/// One guided session: what was done, how the pain went, how it ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SessionRecord {
    pub routine: String,
    pub routine_name: String,
    pub started_at: Timestamp,
    pub ended_at: Timestamp,
    pub start_pain: PainScore,
    pub work_steps_completed: u32,
    pub work_steps_total: u32,
    pub check_ins: Vec<CheckInEntry>,
    pub ended: SessionEnded,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Why a check-in stopped it (plans before version 4 do not say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stop_cause: Option<StopCause>,
    /// After a session the person stopped: how the pain was then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_check: Option<EndCheck>,
}

impl SessionRecord {
    /// How the session ended, in words for the history: the stop reason when
    /// there is one.
    pub fn how_it_ended(&self) -> String {
        if let Some(reason) = &self.reason {
            return reason.clone();
        }
        match self.ended {
            SessionEnded::Completed => "Completed".into(),
            SessionEnded::StoppedByPerson => "You stopped it".into(),
            SessionEnded::StoppedForPain => "Stopped for pain".into(),
            SessionEnded::WarningSign => "Stopped for a warning sign".into(),
        }
    }

    /// Why the pain rule stopped this session, from a check-in or from the
    /// check after the person stopped it; `None` when pain did not stop it.
    /// Sessions from plans before version 4 stopped for pain without saying
    /// why: they count as a stop for pain above the limit.
    pub fn pain_stop(&self) -> Option<StopCause> {
        match (self.ended, self.end_check) {
            (SessionEnded::StoppedForPain, _) => {
                Some(self.stop_cause.unwrap_or(StopCause::PainAboveLimit))
            }
            (SessionEnded::StoppedByPerson, Some(check)) => {
                let at_end = CheckIn {
                    pain: check.pain,
                    spreading_down_leg: check.spreading_down_leg,
                    warning_signs: WarningSigns::default(),
                };
                match judge(self.start_pain, &at_end) {
                    CheckInDecision::StopSession { cause, .. } => Some(cause),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// What the end of the session asks of the person: the aftercare for a
    /// stop for pain, a new check for spreading leg symptoms (a nerve sign,
    /// where rest is the wrong advice), or a gentle cool-down.
    pub fn after(&self) -> AfterSession {
        let pain_now = self.end_check.map(|c| c.pain.value());
        match self.pain_stop() {
            Some(StopCause::SpreadingDownLeg) => AfterSession {
                message: SPREADING_REASON.to_owned(),
                aftercare: Vec::new(),
                check_again: true,
                ask_pain: false,
            },
            Some(_) => AfterSession {
                message: self.reason.clone().unwrap_or_else(|| {
                    format!(
                        "Your pain is {} out of 10, above where exercise helps: stop for today.",
                        pain_now.unwrap_or_default()
                    )
                }),
                aftercare: TriageLevel::Stop.steps().to_vec(),
                check_again: false,
                ask_pain: false,
            },
            None => AfterSession {
                message: match (self.ended, pain_now) {
                    (SessionEnded::Completed, _) => "Well done: you finished the routine.".to_owned(),
                    (SessionEnded::StoppedByPerson, Some(pain)) => format!(
                        "Your pain is {pain} out of 10: stopping early was fine. Come back to it when you are ready."
                    ),
                    (SessionEnded::StoppedByPerson, None) => {
                        "You stopped the session. How is your back now?".to_owned()
                    }
                    _ => String::new(),
                },
                // Until the person says how the pain is, no advice: it may be
                // why they stopped.
                aftercare: if self.ended == SessionEnded::StoppedByPerson && self.end_check.is_none() {
                    Vec::new()
                } else {
                    vec![COOL_DOWN]
                },
                check_again: false,
                ask_pain: self.ended == SessionEnded::StoppedByPerson && self.end_check.is_none(),
            },
        }
    }

    pub fn new(
        routine: &Routine,
        machine: &SessionMachine,
        start_pain: PainScore,
        started_at: Timestamp,
        ended_at: Timestamp,
    ) -> Self {
        let (ended, reason, stop_cause) = match machine.status() {
            Status::Finished { end } => match end {
                SessionEnd::Completed => (SessionEnded::Completed, None, None),
                SessionEnd::StoppedByPerson => (SessionEnded::StoppedByPerson, None, None),
                SessionEnd::StoppedForPain { reason, cause } => {
                    (SessionEnded::StoppedForPain, Some(reason.clone()), Some(*cause))
                }
                SessionEnd::WarningSign { .. } => (SessionEnded::WarningSign, None, None),
            },
            _ => (SessionEnded::StoppedByPerson, None, None),
        };
        SessionRecord {
            routine: routine.id.to_owned(),
            routine_name: routine.name.to_owned(),
            started_at,
            ended_at,
            start_pain,
            work_steps_completed: u32::try_from(machine.completed_work_steps()).unwrap_or(u32::MAX),
            work_steps_total: u32::try_from(machine.work_step_count()).unwrap_or(u32::MAX),
            check_ins: machine
                .check_ins()
                .iter()
                .map(|c| CheckInEntry {
                    exercise: c.exercise.to_owned(),
                    pain: c.check_in.pain,
                    spreading_down_leg: c.check_in.spreading_down_leg,
                    warning_sign: c.check_in.warning_signs.any(),
                    action: CheckInAction::from(&c.decision),
                })
                .collect(),
            ended,
            reason,
            stop_cause,
            end_check: None,
        }
    }
}

/// After a session that ended well: stay gently on the move.
const COOL_DOWN: &str =
    "Keep moving gently for the rest of the day: an easy walk helps more than sitting still.";

/// What the end of a session shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct AfterSession {
    pub message: String,
    pub aftercare: Vec<&'static str>,
    /// Spreading leg symptoms: offer a new check rather than rest.
    pub check_again: bool,
    /// The person stopped it: ask how the pain is, since it may be why.
    pub ask_pain: bool,
}

/// What a plan holds, in counts: shown before an import replaces a plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PlanSummary {
    pub triages: usize,
    pub sessions: usize,
    pub daily_check_ins: usize,
    pub weekly_check_ins: usize,
    pub last_triage: Option<Timestamp>,
    pub first_check_in: Option<crate::time::Day>,
    pub last_check_in: Option<crate::time::Day>,
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
        let session = self.sessions.last_mut().ok_or(EndCheckError::NoStoppedSession)?;
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
    use crate::triage;
    use serde_json::json;

    fn finished_triage() -> TriageRecord {
        let answers = Answers::from_value(json!({"bladder_bowel": true})).unwrap();
        let outcome = triage::assess(&answers).unwrap();
        TriageRecord::new(Timestamp::from_unix_seconds(1_795_542_556), answers, outcome)
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
            (b"{\"format\": \"spinewise-plan\", \"version\": 7}", |e| {
                *e == PlanError::TooNew { found: 7 }
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
        let v1 = include_bytes!("../tests/fixtures/plan-v1.json");
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
