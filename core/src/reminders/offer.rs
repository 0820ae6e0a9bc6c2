//! What a reminder says when it fires. The plan decides: exercise is offered
//! only in the phases that rebuild or return to training, and only while
//! nothing holds routines back; otherwise the reminder says what the plan
//! asks instead. An emergency outranks every reminder's own purpose.

use crate::words::lower_first;
use serde::Serialize;
use ts_rs::TS;

use super::ReminderKind;
use crate::course::{self, PhaseId, Step};
use crate::level::TriageLevel;
use crate::plan::RecoveryPlan;
use crate::routine::Routine;
use crate::time::Day;

/// The routine a movement break starts: the library's two-minute mobility
/// break, as made for the person's kind of pain.
pub const BREAK_ROUTINE: &str = "two_minute_reset";

/// The screen a reminder opens when the person clicks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Opens {
    Home,
    Triage,
    CheckIn,
    Routines,
    /// Starts `routine` as a guided session.
    Session,
    Plan,
}

impl Opens {
    /// The words on the button (and the notification's action) that opens it.
    pub fn action(self) -> &'static str {
        match self {
            Opens::Home => "Open Spinewise",
            Opens::Triage => "Check your back pain",
            Opens::CheckIn => "Check in now",
            Opens::Routines => "See your routines",
            Opens::Session => "Start the break",
            Opens::Plan => "See your plan",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Reminder {
    pub kind: ReminderKind,
    pub title: String,
    pub body: String,
    pub opens: Opens,
    /// The words of the button that opens it.
    pub action: &'static str,
    /// The routine the reminder offers; `None` whenever the plan allows no
    /// exercise now.
    pub routine: Option<Routine>,
}

impl Reminder {
    fn new(kind: ReminderKind, title: &str, body: impl Into<String>, opens: Opens) -> Self {
        Reminder {
            kind,
            title: title.to_owned(),
            body: body.into(),
            opens,
            action: opens.action(),
            routine: None,
        }
    }
}

/// What the reminder of `kind` says today, or `None` when it has nothing to
/// add: the day's check-in is already done, or a session already was.
pub fn reminder(plan: &RecoveryPlan, kind: ReminderKind, today: Day) -> Option<Reminder> {
    let course = course::follow(plan);
    let Some(last) = plan.last_triage() else {
        return Some(Reminder::new(
            kind,
            "Check your back pain first",
            "Spinewise chooses what to suggest from your answers, and you have not answered its questions yet. Meanwhile, standing up and moving about now and then does a back good.",
            Opens::Triage,
        ));
    };
    if last.outcome.level == TriageLevel::Emergency && course.phase == PhaseId::GetChecked {
        // Said by the daily reminders, not every break: a message repeated
        // every half hour is soon ignored, and it must not be.
        if kind == ReminderKind::Break {
            return None;
        }
        return Some(Reminder::new(
            kind,
            "Your last check needs emergency care",
            "If you have not been seen yet, get emergency care now. Reminders offer no exercise until you have been seen and have checked your back pain again.",
            Opens::Home,
        ));
    }
    let latest = course.latest.as_ref().map(|v| v.step);
    if latest == Some(Step::GetEmergencyCare) {
        return Some(Reminder::new(
            kind,
            "You reported a sign that needs emergency care",
            "If you have not been seen yet, get emergency care now, then check your back pain again.",
            Opens::Triage,
        ));
    }
    if latest == Some(Step::GoToTriage) {
        return Some(Reminder::new(
            kind,
            "Check your back pain again",
            "You reported a warning sign. Answer the check again before any exercise: it decides how soon you need care.",
            Opens::Triage,
        ));
    }
    match kind {
        ReminderKind::CheckIn => {
            let done = plan.daily_check_ins.last().is_some_and(|c| c.day == today);
            (!done).then(|| {
                Reminder::new(
                    kind,
                    "Time for your daily check-in",
                    "A minute on how your back is today keeps your plan in step with it.",
                    Opens::CheckIn,
                )
            })
        }
        ReminderKind::Routine => {
            // A movement break is not the day's routine.
            let done = plan
                .sessions
                .iter()
                .any(|s| s.local_day() == today && s.routine != BREAK_ROUTINE);
            if done {
                return None;
            }
            Some(match exercise_barred(plan, &course) {
                Some(instead) => Reminder::new(kind, instead.title, instead.body, instead.opens),
                None => Reminder::new(
                    kind,
                    "Time for your routine",
                    "Your plan's routines are ready. Choose one and keep to the pain limits as you go.",
                    Opens::Routines,
                ),
            })
        }
        ReminderKind::Break => Some(match exercise_barred(plan, &course) {
            Some(instead) => Reminder::new(
                kind,
                "Time to change position",
                format!(
                    "Stand up and walk a few easy steps if that is comfortable. {}",
                    instead.while_moving
                ),
                instead.opens,
            ),
            None => {
                let routine = course::routine_offer(plan, &course).find(BREAK_ROUTINE);
                let body = match &routine {
                    Some(r) => format!(
                        "{} minute{} of gentle mobility on a mat, guided step by step.",
                        r.minutes,
                        if r.minutes == 1 { "" } else { "s" }
                    ),
                    // Every exercise of the break is cautioned for this kind of pain.
                    None => "Stand up and walk about for a minute or two.".to_owned(),
                };
                let opens = if routine.is_some() {
                    Opens::Session
                } else {
                    Opens::Home
                };
                Reminder {
                    routine,
                    ..Reminder::new(kind, "Time for a movement break", body, opens)
                }
            }
        }),
    }
}

struct Instead {
    title: &'static str,
    body: String,
    /// What a movement break says instead: moving about is never what the
    /// plan forbids, only training.
    while_moving: String,
    opens: Opens,
}

/// Why the plan allows no exercise now, and what it asks instead; `None`
/// when routines may be done.
fn exercise_barred(plan: &RecoveryPlan, course: &course::Course) -> Option<Instead> {
    if let Some(why) = &course.routines_paused {
        return Some(Instead {
            title: "Routines on hold until the pain settles",
            body: format!("{why} Your next daily check-in tells the plan how it has settled."),
            while_moving: format!("Routines are on hold: {}", lower_first(why)),
            opens: Opens::CheckIn,
        });
    }
    match course.phase {
        PhaseId::Rebuild | PhaseId::ReturnToTraining => {
            let offer = course::routine_offer(plan, course);
            offer.routines.is_empty().then(|| {
                let why = offer
                    .note
                    .unwrap_or_else(|| "Your plan offers no routine for now.".to_owned());
                Instead {
                    title: "No routine for now",
                    while_moving: why.clone(),
                    body: why,
                    opens: Opens::Plan,
                }
            })
        }
        PhaseId::FirstDays => Some(Instead {
            title: "Go gently today",
            body: "Your plan is in its first days after a flare-up: no training, but keep moving gently, with short walks and changes of position, and leave out what brought the pain on. The gentle routines on the Routines screen are there if they feel comfortable.".to_owned(),
            while_moving: "Your plan is in its first days after a flare-up: moving gently helps, training waits.".to_owned(),
            opens: Opens::Plan,
        }),
        PhaseId::GetChecked | PhaseId::Start
            if plan
                .last_triage()
                .is_some_and(|t| t.outcome.level == TriageLevel::Urgent) =>
        {
            Some(Instead {
                title: "See a doctor within a day or two",
                body: "Your last check found a warning sign that a doctor needs to see within a day or two. If you have not been seen yet, call your doctor's surgery or an urgent care service today.".to_owned(),
                while_moving: "Everyday movement is fine while you wait to be seen; avoid what brings the symptoms on.".to_owned(),
                opens: Opens::Plan,
            })
        }
        PhaseId::GetChecked | PhaseId::Start => Some(Instead {
            title: "Book your appointment",
            body: "Your plan asks you to see a professional before you train again. If you have not booked yet, book today.".to_owned(),
            while_moving: "Everyday movement is fine while you wait to be seen; avoid what brings the symptoms on.".to_owned(),
            opens: Opens::Plan,
        }),
    }
}
