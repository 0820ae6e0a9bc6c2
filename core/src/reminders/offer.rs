//! What a reminder says when it fires. The plan decides: exercise is offered
//! only in the phases that rebuild or return to training, and only while
//! nothing holds routines back; otherwise the reminder says what the plan
//! asks instead. An emergency outranks every reminder's own purpose.

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
            "Spinewise chooses what to suggest from your answers, and you have not answered its questions yet.",
            Opens::Triage,
        ));
    };
    if last.outcome.level == TriageLevel::Emergency && course.phase == PhaseId::GetChecked {
        return Some(Reminder::new(
            kind,
            "Your last check needs emergency care",
            "If you have not been seen yet, get emergency care now. Reminders offer no exercise until you have been seen and have checked your back pain again.",
            Opens::Home,
        ));
    }
    let warning = course
        .latest
        .as_ref()
        .is_some_and(|v| matches!(v.step, Step::GoToTriage | Step::GetEmergencyCare));
    if warning {
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
            let done = plan.sessions.iter().any(|s| s.local_day() == today);
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
                    "Stand up, or walk a few easy steps if that is comfortable, but no exercises for now. {}",
                    instead.body
                ),
                instead.opens,
            ),
            None => {
                let routine = course::routine_offer(plan, &course).find(BREAK_ROUTINE);
                let body = match &routine {
                    Some(r) => format!("Stand up for {}: {} minutes, guided.", r.name.to_lowercase(), r.minutes),
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
    opens: Opens,
}

/// Why the plan allows no exercise now, and what it asks instead; `None`
/// when routines may be done.
fn exercise_barred(plan: &RecoveryPlan, course: &course::Course) -> Option<Instead> {
    if let Some(why) = &course.routines_paused {
        return Some(Instead {
            title: "Rest from routines for now",
            body: why.clone(),
            opens: Opens::Plan,
        });
    }
    match course.phase {
        PhaseId::Rebuild | PhaseId::ReturnToTraining => {
            let offer = course::routine_offer(plan, course);
            offer.routines.is_empty().then(|| Instead {
                title: "No routine for now",
                body: offer.note.unwrap_or_default(),
                opens: Opens::Plan,
            })
        }
        PhaseId::FirstDays => Some(Instead {
            title: "Go gently today",
            body: "Your plan is in its first days after a flare-up. Keep moving gently, with short walks and changes of position, and leave out what brought the pain on.".to_owned(),
            opens: Opens::Plan,
        }),
        PhaseId::GetChecked | PhaseId::Start => Some(Instead {
            title: "Book your appointment",
            body: "Your plan asks you to see a professional before you exercise. If you have not booked yet, book today.".to_owned(),
            opens: Opens::Plan,
        }),
    }
}
