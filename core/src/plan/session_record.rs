//! One guided session as the plan keeps it, and what its end asks of the
//! person.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use crate::level::TriageLevel;
use crate::pain::{PainScore, PainZone};
use crate::routine::Routine;
use crate::session::{
    CheckInDecision, SessionEnd, SessionMachine, Status, StopCause, SHARP_OR_UNEASED,
    SPREADING_REASON, STOP_ON_RISE,
};
use crate::time::{Day, Timestamp};
use crate::triage::LaterSigns;
use crate::words::{in_a_list, lower_first};
use ts_rs::TS;

/// Why the pain check after a stopped session was refused.
#[derive(Clone, Debug, Error, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum EndCheckError {
    #[error("there is no session you stopped to answer for")]
    NoStoppedSession,
    #[error("you have already said how your back was after that session")]
    AlreadyAnswered,
}

impl EndCheckError {
    /// The stable code the window branches on (the serialised tag).
    pub fn code(&self) -> &'static str {
        match self {
            EndCheckError::NoStoppedSession => "no_stopped_session",
            EndCheckError::AlreadyAnswered => "already_answered",
        }
    }
}

/// Said after a stop for pain: the fracture pattern (NICE CKS) that a
/// session can bring on, above all at 50 or over or with thin bones.
const SUDDEN_SPINE_PAIN: &str = "If the pain came on suddenly and sits right on the spine, or only lying still eases it, check your back pain again today: that pattern needs a doctor's look, above all at 50 or over or with thin bones.";

/// What a pain check-in during a session led to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CheckInEntry {
    pub exercise: String,
    pub pain: PainScore,
    pub spreading_down_leg: bool,
    /// Numbness or pins and needles in a leg; absent before plan version 8.
    #[serde(default, skip_serializing_if = "is_false")]
    pub leg_numbness: bool,
    pub warning_sign: bool,
    pub action: CheckInAction,
}

fn is_false(value: &bool) -> bool {
    !value
}

/// An exercise a session took out: one kept in a routine of the person's
/// own only because a physiotherapist gave it (cautioned for their kind of
/// pain, or one of their own that Spinewise has not checked).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct LeftOutEntry {
    /// A library exercise's id, or `own-<item>` for one of the person's own.
    pub exercise: String,
    /// As the session named it.
    pub name: String,
    /// The pain it was taken out at, when it hurt during it (up by 2 or
    /// more, or up to 5); absent when it was left out before it began, after
    /// a smaller rise, or by the person's choice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hurt_at: Option<PainScore>,
    /// The session stopped during it (for pain, leg symptoms or a warning
    /// sign): it hurt, whatever the score.
    #[serde(default, skip_serializing_if = "is_false")]
    pub stopped: bool,
}

impl LeftOutEntry {
    /// Whether it hurt: what the next session of the routine recalls.
    pub fn hurt(&self) -> bool {
        self.hurt_at.is_some() || self.stopped
    }

    /// Why it is kept only with a physiotherapist's word, within a sentence.
    fn why(&self) -> &'static str {
        if crate::exercise::ExerciseId::parse(&self.exercise).is_some() {
            "it is usually left out for your kind of pain"
        } else {
            "it is an exercise Spinewise has not checked"
        }
    }
}

/// How a session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum SessionEnded {
    Completed,
    StoppedByPerson,
    StoppedForPain,
    WarningSign,
}

impl SessionEnded {
    /// The heading of the screen a session ends on.
    pub fn title(self) -> &'static str {
        match self {
            SessionEnded::Completed => "Session complete",
            SessionEnded::StoppedForPain => "Stop for today",
            SessionEnded::StoppedByPerson => "Session stopped",
            SessionEnded::WarningSign => "Session ended",
        }
    }
}

/// The pain check a person answers after stopping a session themselves: the
/// pain may be why they stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct EndCheck {
    pub pain: PainScore,
    pub spreading_down_leg: bool,
    /// Part of a leg or foot numb, or with pins and needles: a nerve sign,
    /// as in a session's check-in.
    #[serde(default)]
    pub leg_numbness: bool,
}

/// One guided session: what was done, how the pain went, how it ended.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
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
    /// The exercise under way when a session ended before its last step
    /// (plans before version 9 do not say).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stopped_during: Option<String>,
    /// Exercises cautioned for the person's kind of pain that the session
    /// took out (plans before version 10 do not say): the end screen names
    /// them, and the next session of the routine recalls one that hurt.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub left_out: Vec<LeftOutEntry>,
    /// The person's own calendar day when it ended, which the next
    /// morning's check-in is counted from (their day, like the check-ins'
    /// days). Plans before version 5 do not say: their UTC day stands in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub day: Option<Day>,
}

impl SessionRecord {
    /// How the session ended, in words for the history: the stop reason when
    /// there is one.
    /// The day it ended, in the person's calendar where the record says.
    pub fn local_day(&self) -> Day {
        self.day.unwrap_or_else(|| self.ended_at.utc_day())
    }

    pub fn how_it_ended(&self) -> String {
        if let Some(reason) = &self.reason {
            return reason.clone();
        }
        // Stopped by the person, and the pain they gave then stopped the plan too.
        if let Some((_, reason)) = self.end_check_stop() {
            return format!("You stopped it. {reason}");
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
        match self.ended {
            SessionEnded::StoppedForPain => {
                Some(self.stop_cause.unwrap_or(StopCause::PainAboveLimit))
            }
            _ => self.end_check_stop().map(|(cause, _)| cause),
        }
    }

    /// What the check after the person stopped means, as a cause and its
    /// reason in words: the session's own rule, as if the person had checked
    /// in just before stopping. A jump of two points that made them press
    /// Stop is the same jump a check-in would have stopped the session for,
    /// so it holds the routines the same way. Below that, pain after
    /// exercise may reach 5 as long as it settles by the next morning.
    fn end_check_stop(&self) -> Option<(StopCause, String)> {
        let check = self
            .end_check
            .filter(|_| self.ended == SessionEnded::StoppedByPerson)?;
        if check.spreading_down_leg || check.leg_numbness {
            return Some((StopCause::SpreadingDownLeg, SPREADING_REASON.to_owned()));
        }
        let (pain, start) = (check.pain.value(), self.start_pain.value());
        if check.pain.zone() == PainZone::Stop {
            return Some((
                StopCause::PainAboveLimit,
                format!(
                    "Your pain is {pain} out of 10, above {}: stop for today.",
                    PainZone::ACCEPTABLE_UP_TO
                ),
            ));
        }
        (pain >= start + STOP_ON_RISE && check.pain.zone() != PainZone::Safe).then(|| {
            (
                StopCause::PainRose,
                format!("Your pain has risen by {} points since you started (from {start} to {pain}): stop for today.", pain - start),
            )
        })
    }

    /// The warning signs this session reported beyond its own pain rule:
    /// symptoms spreading down a leg, in a check-in or after the person
    /// stopped it. With what the last check found they may be an emergency.
    pub fn later_signs(&self) -> LaterSigns {
        LaterSigns {
            leg_pain: self.pain_stop() == Some(StopCause::SpreadingDownLeg),
            leg_numbness: self.check_ins.iter().any(|c| c.leg_numbness)
                || self.end_check.is_some_and(|c| c.leg_numbness),
            ..LaterSigns::default()
        }
    }

    /// What the end of the session asks of the person: the aftercare for a
    /// stop for pain, a new check for spreading leg symptoms (a nerve sign,
    /// where rest is the wrong advice), or a gentle cool-down.
    pub fn after(&self) -> AfterSession {
        let mut after = self.after_the_end();
        // A completed session names them in its first sentence.
        if self.ended != SessionEnded::Completed {
            if let Some(words) = self.left_out_words() {
                after.message = format!("{} {words}", after.message).trim().to_owned();
            }
        }
        after
    }

    fn after_the_end(&self) -> AfterSession {
        let pain_now = self.end_check.map(|c| c.pain.value());
        match self.pain_stop() {
            Some(StopCause::SpreadingDownLeg) => AfterSession {
                message: SPREADING_REASON.to_owned(),
                aftercare: Vec::new(),
                check_again: true,
                ask_pain: false,
            },
            Some(_) => AfterSession {
                message: self
                    .reason
                    .clone()
                    .or_else(|| self.end_check_stop().map(|(_, reason)| reason))
                    .unwrap_or_else(|| {
                        format!(
                            "Your pain was above {} out of 10: stop for today.",
                            PainZone::ACCEPTABLE_UP_TO
                        )
                    }),
                // The session has already ended: the aftercare starts after
                // "stop exercising for today". A sudden pain on the spine itself
                // can be a small fracture, which rest and heat do not answer.
                aftercare: TriageLevel::Stop.steps()[1..]
                    .iter()
                    .copied()
                    .chain([SHARP_OR_UNEASED, SUDDEN_SPINE_PAIN])
                    .collect(),
                check_again: false,
                ask_pain: false,
            },
            None => AfterSession {
                message: match (self.ended, pain_now) {
                    (SessionEnded::Completed, _) => {
                        let start = self.start_pain.value();
                        let finished = match (self.left_out_names().as_slice(), self.left_out_words()) {
                            ([], _) | (_, None) => "You finished the routine.".to_owned(),
                            (names, Some(words)) => format!(
                                "You finished the routine, without {}. {words}",
                                in_a_list(names)
                            ),
                        };
                        match self.check_ins.iter().map(|c| c.pain.value()).max() {
                            // Pain in the range to watch: the same rule as a stop by the person.
                            Some(highest) if highest > PainZone::SAFE_UP_TO && highest > start => format!(
                                "{finished} Your pain rose to {highest} out of 10 at its highest (from {start} at the start). That is all right after exercise if it has settled by tomorrow morning: tell Spinewise how it is then, in the Daily check-in on Home. If it has not settled, the plan takes it easier."
                            ),
                            Some(highest) if highest > PainZone::SAFE_UP_TO => format!(
                                "{finished} Your pain was up to {highest} out of 10, no higher than when you started. Tell Spinewise how it is tomorrow morning, in the Daily check-in on Home."
                            ),
                            _ => format!("Well done: {}", lower_first(&finished)),
                        }
                    }
                    (SessionEnded::StoppedByPerson, Some(pain)) if pain > PainZone::SAFE_UP_TO => format!(
                        "Your pain is {pain} out of 10. Pain after exercise can reach {} as long as it has settled by tomorrow morning: tell Spinewise how it is then, in the Daily check-in on Home.",
                        PainZone::ACCEPTABLE_UP_TO
                    ),
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

    /// The names of the exercises this session left out.
    pub fn left_out_names(&self) -> Vec<String> {
        self.left_out.iter().map(|l| l.name.clone()).collect()
    }

    /// What the end of the session says of the exercises it left out: one
    /// that hurt is not to be done again before the physiotherapist has
    /// seen it; one left out before it began, or after a smaller rise,
    /// comes again next time.
    fn left_out_words(&self) -> Option<String> {
        let mut said = Vec::new();
        for l in &self.left_out {
            let (name, why) = (&l.name, l.why());
            let again = "so do not do it again until you have spoken with your physiotherapist.";
            said.push(match (l.stopped, l.hurt_at) {
                (true, _) => format!("The session stopped during {name}: {why}, {again}"),
                (false, Some(pain)) => format!(
                    "Spinewise took {name} out when your pain reached {} during it: {why}, {again}",
                    pain.value()
                ),
                (false, None) => format!(
                    "{name} was left out for the rest of the session; Spinewise asks about it again next time."
                ),
            });
        }
        (!said.is_empty()).then(|| said.join(" "))
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
                SessionEnd::StoppedForPain { reason, cause } => (
                    SessionEnded::StoppedForPain,
                    Some(reason.clone()),
                    Some(*cause),
                ),
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
                    exercise: c.exercise.to_string(),
                    pain: c.check_in.pain,
                    spreading_down_leg: c.check_in.spreading_down_leg,
                    leg_numbness: c.check_in.leg_numbness,
                    warning_sign: c.check_in.warning_signs.any(),
                    action: CheckInAction::from(&c.decision),
                })
                .collect(),
            ended,
            reason,
            stop_cause,
            end_check: None,
            stopped_during: (ended != SessionEnded::Completed)
                .then(|| machine.exercise_under_way().to_string()),
            left_out: machine
                .left_out()
                .iter()
                .map(|l| LeftOutEntry {
                    exercise: l.exercise.to_string(),
                    name: l.name.clone(),
                    hurt_at: l.hurt_at,
                    stopped: l.stopped,
                })
                .collect(),
            day: None,
        }
    }
}

/// After a session that ended well: stay gently on the move.
const COOL_DOWN: &str =
    "Keep moving gently for the rest of the day: an easy walk helps more than sitting still.";

/// What the end of a session shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct AfterSession {
    pub message: String,
    pub aftercare: Vec<&'static str>,
    /// Spreading leg symptoms: offer a new check rather than rest.
    pub check_again: bool,
    /// The person stopped it: ask how the pain is, since it may be why.
    pub ask_pain: bool,
}
