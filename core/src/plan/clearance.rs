//! A professional's clearance: the person records that they were examined
//! for the signs of their last check and may exercise.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::check_ins::{parse, CheckInError};
use super::TriageRecord;
use crate::level::TriageLevel;
use crate::time::{Day, Timestamp};
use ts_rs::TS;

/// A professional examined the person for the signs their last check found
/// and said they can exercise. Recorded on purpose, never by default: it opens
/// gentle routines for those signs only, and any sign not in `cleared` still
/// escalates. Emergency signs are never cleared this way.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clearance {
    pub recorded_at: Timestamp,
    pub examined_on: Day,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub examined_by: Option<String>,
    /// The ids of the rules whose signs the professional saw.
    pub cleared: Vec<String>,
}

pub const MAX_EXAMINER: usize = 80;

/// What the person fills in to record a clearance.
#[derive(Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct ClearanceAnswers {
    pub confirmed: bool,
    pub examined_on: Day,
    #[serde(default)]
    pub examined_by: Option<String>,
}

impl Clearance {
    /// The signs of a triage that a professional can clear: those that send
    /// the person to one, below an emergency.
    pub fn clearable(triage: &TriageRecord) -> Vec<String> {
        triage
            .outcome
            .reasons
            .iter()
            .filter(|r| r.level >= TriageLevel::Soon && r.level < TriageLevel::Emergency)
            .map(|r| r.rule.clone())
            .collect()
    }

    pub fn from_answers(
        answers: Value,
        now: Timestamp,
        last_triage: Option<&TriageRecord>,
    ) -> Result<Self, CheckInError> {
        let a: ClearanceAnswers = parse(answers)?;
        let triage = last_triage.ok_or(CheckInError::NothingToClear {
            reason: "there is no check to be cleared for yet: check your back pain first",
        })?;
        match triage.outcome.level {
            TriageLevel::Emergency => {
                return Err(CheckInError::NothingToClear {
                    reason: "an emergency sign is not cleared here: once you have had emergency care, check your back pain again",
                })
            }
            level if level < TriageLevel::Soon => {
                return Err(CheckInError::NothingToClear {
                    reason: "your last check did not ask you to see a professional, so there is nothing to clear",
                })
            }
            _ => {}
        }
        if !a.confirmed {
            return Err(CheckInError::ClearanceNotConfirmed);
        }
        let today = now.utc_day();
        // "Today" may be a day ahead of UTC in the person's time zone.
        if a.examined_on.days_until(today) < -1 || a.examined_on.days_until(today) > 366 {
            return Err(CheckInError::ExaminedOnOutOfRange { day: a.examined_on });
        }
        // An examination before this pain began did not see its signs. The
        // check's own "how long" answer says when it began at the earliest
        // (a day's grace for the person's time zone).
        let began_at_earliest = triage
            .answers
            .current()
            .and_then(|answers| answers.duration)
            .and_then(|d| d.at_most_days())
            .map(|days| triage.completed_at.utc_day().plus_days(-days - 1));
        if began_at_earliest.is_some_and(|earliest| a.examined_on < earliest) {
            return Err(CheckInError::ExaminedBeforeThePain { day: a.examined_on });
        }
        // The check itself said no professional had examined this pain yet:
        // an examination before it is not the one that cleared it.
        let said_not_examined = triage
            .answers
            .current()
            .is_some_and(|answers| answers.already_checked == Some(false));
        let checked_on = triage.completed_at.utc_day();
        if said_not_examined && a.examined_on < checked_on.plus_days(-1) {
            return Err(CheckInError::ExaminedBeforeTheCheck {
                day: a.examined_on,
                checked_on,
            });
        }
        let examined_by = match a.examined_by.map(|s| s.trim().to_owned()) {
            Some(name) if name.is_empty() => None,
            Some(name)
                if name.chars().count() > MAX_EXAMINER || name.chars().any(char::is_control) =>
            {
                return Err(CheckInError::BadExaminer)
            }
            other => other,
        };
        Ok(Clearance {
            recorded_at: now,
            examined_on: a.examined_on,
            examined_by,
            cleared: Clearance::clearable(triage),
        })
    }

    /// Whether this clearance covers a triage: every sign in it that would
    /// send the person to a professional was among those cleared, none is an
    /// emergency, and it is the same episode of pain: the check it was
    /// recorded after, or a later one whose pain, by its own account, began
    /// before the examination. New pain after an examination is a new
    /// episode, and a new episode is checked afresh.
    pub fn covers(&self, triage: &TriageRecord) -> bool {
        let same_episode = triage.completed_at <= self.recorded_at
            || triage
                .answers
                .current()
                .and_then(|a| a.duration)
                .is_some_and(|d| {
                    let since_examined = self.examined_on.days_until(triage.completed_at.utc_day());
                    d.at_most_days().is_none_or(|most| most >= since_examined)
                });
        same_episode
            && triage.outcome.level < TriageLevel::Emergency
            && triage.outcome.level >= TriageLevel::Soon
            && Clearance::clearable(triage)
                .iter()
                .all(|rule| self.cleared.contains(rule))
    }
}
