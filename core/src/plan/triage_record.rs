//! One finished triage as the plan keeps it: when, the answers in the
//! questionnaire they were given to, and the outcome the person was shown.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::session::WarningSigns;
use crate::time::Timestamp;
use crate::triage::questionnaire_v1::AnswersV1;
use crate::triage::{Answers, LaterSigns, TriageOutcome};

/// The questionnaire the app asks now. Version 1 was Spinewise 0.1's; version
/// 2 asks nerve signs on their own, chest and belly symptoms, how the pain
/// began, and age in the guidelines' bands (docs/red-flags.md).
pub const QUESTIONNAIRE: u32 = 2;

/// How long a fever reported at a check still counts for signs reported
/// after it: about the time a spinal infection takes to show itself, and
/// longer than the day or two the person was asked to be seen within.
pub const FEVER_COUNTS_FOR_DAYS: i64 = 14;

/// How long a fever that has passed still counts as a recent infection: the
/// infection-risk question asks about a recent one, and after about three
/// months a past fever says nothing of the spine.
pub const PAST_FEVER_COUNTS_FOR_DAYS: i64 = 90;

/// What a fever reported at `reported` still means at `at`.
enum FeverNow {
    Fever,
    RecentInfection,
    Nothing,
}

fn fever_now(reported: Timestamp, at: Timestamp) -> FeverNow {
    match reported.utc_day().days_until(at.utc_day()) {
        days if days <= FEVER_COUNTS_FOR_DAYS => FeverNow::Fever,
        days if days <= PAST_FEVER_COUNTS_FOR_DAYS => FeverNow::RecentInfection,
        _ => FeverNow::Nothing,
    }
}

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

    /// The emergency triage that signs needing care today amount to, when
    /// any is ticked: how a check-in or a session's end reports them at
    /// once, without waiting for the rest of its answers.
    /// What the last check knew is kept in it (`last`, as it bears on `at`).
    pub fn from_warning_signs(
        signs: WarningSigns,
        at: Timestamp,
        last: Option<&TriageRecord>,
    ) -> Option<Self> {
        if !signs.any() {
            return None;
        }
        let base = last.and_then(|t| t.answers_at(at)).unwrap_or_default();
        let answers = signs.over(&base);
        let outcome = crate::triage::assess(&answers)
            .expect("a sign that needs care today completes the triage on its own");
        Some(TriageRecord::new(at, answers, outcome))
    }

    /// The last check's answers as they bear on signs reported at `at`. A
    /// fever is a sign of the days it is felt: one from more than
    /// [`FEVER_COUNTS_FOR_DAYS`] before no longer counts as a fever, but for
    /// up to [`PAST_FEVER_COUNTS_FOR_DAYS`] it stays a recent infection, a
    /// raised risk, as the triage's own question would count it. `None` for
    /// a questionnaire whose answers cannot be added to.
    pub fn answers_at(&self, at: Timestamp) -> Option<Answers> {
        let mut known = self.answers.current()?.clone();
        if known.fever_or_unwell == Some(true) {
            match fever_now(self.completed_at, at) {
                FeverNow::Fever => {}
                FeverNow::RecentInfection => {
                    known.fever_or_unwell = Some(false);
                    known.infection_risk = Some(true);
                }
                FeverNow::Nothing => known.fever_or_unwell = Some(false),
            }
        }
        Some(known)
    }

    /// The emergency triage that the signs reported since this check amount
    /// to together with its answers (NICE NG234: a nerve sign after cancer;
    /// a spinal abscess: a fever on one day and numbness on another), dated
    /// `at`; `None` when they are not an emergency, or when this check was
    /// answered in a questionnaire whose answers cannot be added to. Each
    /// report is a time and its signs; a fever in one that is older than
    /// [`FEVER_COUNTS_FOR_DAYS`] counts as a recent infection.
    pub fn escalated_by(
        &self,
        reports: impl IntoIterator<Item = (Timestamp, LaterSigns)>,
        at: Timestamp,
    ) -> Option<Self> {
        let (known, signs) = self.with_reports(reports, at)?;
        let (answers, outcome) = signs.emergency_with(&known)?;
        Some(TriageRecord::new(at, answers, outcome))
    }

    /// What is known at `at` ([`Self::answers_at`]) and every sign of the
    /// reports together, an old fever among them counted as a recent
    /// infection.
    pub fn with_reports(
        &self,
        reports: impl IntoIterator<Item = (Timestamp, LaterSigns)>,
        at: Timestamp,
    ) -> Option<(Answers, LaterSigns)> {
        let mut known = self.answers_at(at)?;
        let mut signs = LaterSigns::default();
        for (reported_at, mut reported) in reports {
            if reported.fever {
                match fever_now(reported_at, at) {
                    FeverNow::Fever => {}
                    FeverNow::RecentInfection => {
                        reported.fever = false;
                        known.infection_risk = Some(true);
                    }
                    FeverNow::Nothing => reported.fever = false,
                }
            }
            signs = signs.with(reported);
        }
        Some((known, signs))
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
