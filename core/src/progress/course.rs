//! How the plan moves with the person's check-ins. The last triage sets the
//! starting phase; every check-in recorded after it is then replayed in order
//! through three rules from the pain-monitoring model (Thomeé 1997;
//! Silbernagel et al. 2007) and the seed article:
//!
//! - the **zone rule**: pain above 5 out of 10, now or with exercise, steps
//!   back a phase;
//! - the **next-morning rule**: pain that has not settled by the next morning
//!   holds the plan where it is; two such mornings in a row step it back;
//! - the **week-on-week rule**: a weekly PEG score a point or more above the
//!   previous week's steps back; two rises in a row, or pain at 3 or more for
//!   over a week, mean seeing a professional.
//!
//! Moving forward: after the first 48 hours with pain at 5 or below, to the
//! rebuild; from the rebuild, once the three return criteria are ticked (after
//! any setback). Replaying instead of storing the phase keeps every change
//! explainable and lets a new triage start the course afresh.

use serde::Serialize;

use super::entries::{DailyCheckIn, ReturnChecklist, Settled, WeeklyCheckIn};
use crate::level::TriageLevel;
use crate::plan::RecoveryPlan;
use crate::recovery::PhaseId;
use crate::time::{Day, Timestamp};

/// Pain above this, out of 10, is the high-risk zone.
pub const HIGH_PAIN_ABOVE: u8 = 5;
/// Pain at or above this is outside the safe zone (0-2).
pub const OUTSIDE_SAFE_FROM: u8 = 3;
/// A weekly score this many tenths above the last one counts as a rise.
pub const WEEKLY_RISE_TENTHS: u16 = 10;

/// What follows from the latest check-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Within the limits: carry on with the phase.
    KeepGoing,
    /// The plan moved on to the next phase.
    MoveOn,
    /// Stay where you are and add nothing.
    Hold,
    /// Back to the previous phase.
    StepBack,
    /// Stop progressing and get examined.
    SeeProfessional,
    /// A warning sign: answer the triage again now.
    GoToTriage,
}

impl Step {
    pub fn title(self) -> &'static str {
        match self {
            Step::KeepGoing => "Carry on",
            Step::MoveOn => "Your plan has moved on",
            Step::Hold => "Hold where you are",
            Step::StepBack => "Your plan has gone back a step",
            Step::SeeProfessional => "Time to see a professional",
            Step::GoToTriage => "Check your back pain now",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verdict {
    pub step: Step,
    pub title: &'static str,
    pub day: Day,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PhaseChange {
    pub day: Day,
    pub from: PhaseId,
    pub to: PhaseId,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Course {
    pub phase: PhaseId,
    /// Why the plan is at this phase, in the person's terms.
    pub why: String,
    /// Every change since the last triage, oldest first.
    pub changes: Vec<PhaseChange>,
    /// What the most recent check-in means.
    pub latest: Option<Verdict>,
    /// Whether the return checklist counts: all ticked, and not before a setback.
    pub return_criteria_met: bool,
    /// The checklist was last changed before the latest setback (or triage),
    /// so its ticks no longer count.
    pub return_ticks_stale: bool,
}

/// The phase a triage result starts the course in.
pub fn starting_phase(level: TriageLevel) -> PhaseId {
    match level {
        TriageLevel::Emergency | TriageLevel::Urgent | TriageLevel::Soon => PhaseId::GetChecked,
        TriageLevel::Stop => PhaseId::FirstDays,
        TriageLevel::Modify => PhaseId::Rebuild,
        TriageLevel::Continue => PhaseId::ReturnToTraining,
    }
}

fn one_back(phase: PhaseId) -> PhaseId {
    match phase {
        PhaseId::ReturnToTraining => PhaseId::Rebuild,
        PhaseId::Rebuild | PhaseId::FirstDays => PhaseId::FirstDays,
        other => other,
    }
}

enum Event<'a> {
    Daily(&'a DailyCheckIn),
    Weekly(&'a WeeklyCheckIn),
    /// The person changed the return checklist.
    Checklist(&'a ReturnChecklist),
}

struct Walk {
    phase: PhaseId,
    why: String,
    changes: Vec<PhaseChange>,
    latest: Option<Verdict>,
    unsettled_mornings: u32,
    /// The first day of an unbroken run of check-ins with pain at 3 or more.
    lasting_pain_since: Option<Day>,
    last_peg: Option<u16>,
    peg_rises: u32,
    last_setback: Option<Timestamp>,
    /// A warning sign reported since the last triage: it stands until the
    /// person answers the triage again, whatever they record after it.
    warning: Option<Verdict>,
}

impl Walk {
    fn verdict(&mut self, step: Step, day: Day, message: String) {
        self.latest = Some(Verdict {
            step,
            title: step.title(),
            day,
            message,
        });
    }

    fn move_to(&mut self, to: PhaseId, day: Day, step: Step, reason: String, at: Timestamp) {
        if matches!(step, Step::StepBack | Step::SeeProfessional) {
            self.last_setback = Some(at);
        }
        if to != self.phase {
            self.changes.push(PhaseChange {
                day,
                from: self.phase,
                to,
                reason: reason.clone(),
            });
            self.phase = to;
            self.why = reason.clone();
        }
        self.verdict(step, day, reason);
    }

    /// Back one phase: return to training, rebuild, first days.
    fn step_back(&mut self, day: Day, reason: String, at: Timestamp) {
        self.move_to(one_back(self.phase), day, Step::StepBack, reason, at);
    }

    /// Nothing moves the plan once it waits for an examination or for a new
    /// triage after a warning sign.
    fn settled_course(&self) -> bool {
        self.warning.is_some() || matches!(self.phase, PhaseId::Start | PhaseId::GetChecked)
    }

    fn daily(&mut self, c: &DailyCheckIn, triage_day: Day) {
        if c.warning_sign {
            self.verdict(
                Step::GoToTriage,
                c.day,
                "You reported a warning sign. Stop exercising and answer the check again now: it decides how soon you need care.".into(),
            );
            self.warning = self.latest.clone();
            return;
        }
        if self.settled_course() {
            self.verdict(
                Step::Hold,
                c.day,
                "Your plan waits for an examination. After you have seen a professional, run a new check.".into(),
            );
            return;
        }
        let worst = c.worst_pain().value();
        self.lasting_pain_since = if c.pain_now.value() >= OUTSIDE_SAFE_FROM {
            self.lasting_pain_since.or(Some(c.day))
        } else {
            None
        };
        if let Some(since) = self.lasting_pain_since {
            if since.days_until(c.day) > 7 {
                self.move_to(
                    PhaseId::GetChecked,
                    c.day,
                    Step::SeeProfessional,
                    format!("Your pain has stayed at 3 or more out of 10 since {since}, more than a week. See a doctor or physiotherapist before you build up again."),
                    c.recorded_at,
                );
                return;
            }
        }
        if worst > HIGH_PAIN_ABOVE {
            self.unsettled_mornings = 0;
            self.step_back(c.day, format!("Your pain reached {worst} out of 10, above the limit of 5. Ease off: the plan has gone back a step."), c.recorded_at);
            return;
        }
        if c.settled == Settled::No {
            self.unsettled_mornings += 1;
            if self.unsettled_mornings >= 2 {
                self.unsettled_mornings = 0;
                self.step_back(c.day, "Your pain has not settled by the morning two days running. The plan has gone back a step to let your back calm down.".into(), c.recorded_at);
            } else {
                self.verdict(
                    Step::Hold,
                    c.day,
                    "Yesterday's pain had not settled by this morning. Hold: repeat what you did, or less, and add nothing new until it settles.".into(),
                );
            }
            return;
        }
        self.unsettled_mornings = 0;
        if self.phase == PhaseId::FirstDays && triage_day.days_until(c.day) >= 2 {
            self.move_to(
                PhaseId::Rebuild,
                c.day,
                Step::MoveOn,
                format!("The first 48 hours are behind you and your pain is {worst} out of 10 at most. Time to start rebuilding."),
                c.recorded_at,
            );
            return;
        }
        self.verdict(
            Step::KeepGoing,
            c.day,
            format!("Your pain is {worst} out of 10 at most and settled overnight: carry on with this phase."),
        );
    }

    fn weekly(&mut self, w: &WeeklyCheckIn) {
        let score = w.peg.score_tenths();
        let previous = self.last_peg.replace(score);
        if self.settled_course() {
            return;
        }
        let Some(previous) = previous else {
            self.verdict(
                Step::KeepGoing,
                w.day,
                format!(
                    "Your first weekly score is {}. Next week's is compared with it.",
                    tenths(score)
                ),
            );
            return;
        };
        if score >= previous + WEEKLY_RISE_TENTHS {
            self.peg_rises += 1;
            if self.peg_rises >= 2 {
                self.move_to(
                    PhaseId::GetChecked,
                    w.day,
                    Step::SeeProfessional,
                    format!("Your weekly score has risen two weeks running, now {} from {}. See a doctor or physiotherapist before you build up again.", tenths(score), tenths(previous)),
                    w.recorded_at,
                );
            } else {
                self.step_back(w.day, format!("Your weekly score rose from {} to {}: pain should not build from week to week. The plan has gone back a step.", tenths(previous), tenths(score)), w.recorded_at);
            }
        } else {
            self.peg_rises = 0;
            self.verdict(
                Step::KeepGoing,
                w.day,
                format!(
                    "Your weekly score is {}, last time {}: no rise, so carry on.",
                    tenths(score),
                    tenths(previous)
                ),
            );
        }
    }
}

/// A score in tenths as the person reads it: "5.3 out of 10".
pub fn tenths(score: u16) -> String {
    format!("{}.{} out of 10", score / 10, score % 10)
}

/// Replays the check-ins since the last triage.
pub fn follow(plan: &RecoveryPlan) -> Course {
    let Some(triage) = plan.last_triage() else {
        return Course {
            phase: PhaseId::Start,
            why: "You have not checked your back pain yet: the plan starts from your first check."
                .into(),
            changes: Vec::new(),
            latest: None,
            return_criteria_met: false,
            return_ticks_stale: false,
        };
    };
    let since = triage.completed_at;
    let mut walk = Walk {
        phase: starting_phase(triage.outcome.level),
        why: format!(
            "Your last check said: {}.",
            triage.outcome.title.to_lowercase()
        ),
        changes: Vec::new(),
        latest: None,
        unsettled_mornings: 0,
        lasting_pain_since: None,
        last_peg: None,
        peg_rises: 0,
        last_setback: None,
        warning: None,
    };
    // Times are milliseconds; entries sharing one (whole seconds in older
    // files) keep this order, as the sort below is stable: the checklist,
    // then the weekly scores, then the daily check-in.
    let mut events: Vec<(Timestamp, Event)> = plan
        .return_checklist
        .iter()
        .filter(|c| c.updated_at >= since)
        .map(|c| (c.updated_at, Event::Checklist(c)))
        .chain(
            plan.weekly_check_ins
                .iter()
                .filter(|w| w.recorded_at >= since)
                .map(|w| (w.recorded_at, Event::Weekly(w))),
        )
        .chain(
            plan.daily_check_ins
                .iter()
                .filter(|c| c.recorded_at >= since)
                .map(|c| (c.recorded_at, Event::Daily(c))),
        )
        .collect();
    events.sort_by_key(|(at, _)| *at);
    // Ticks made before the latest setback (or triage) do not count: the
    // back has to earn them again. Whatever carries the triage's own time
    // was recorded after it (older files hold whole seconds only).
    let mut checklist: Option<&ReturnChecklist> = None;
    let ticked_since_setback = |walk: &Walk, c: &ReturnChecklist| {
        c.updated_at >= since && walk.last_setback.is_none_or(|s| c.updated_at > s)
    };
    let counts = |walk: &Walk, checklist: Option<&ReturnChecklist>| {
        checklist.is_some_and(|c| c.criteria.all_met() && ticked_since_setback(walk, c))
    };
    for (at, event) in events {
        match event {
            Event::Daily(c) => walk.daily(c, since.utc_day()),
            Event::Weekly(w) => walk.weekly(w),
            Event::Checklist(c) => checklist = Some(c),
        }
        if walk.phase == PhaseId::Rebuild && !walk.settled_course() && counts(&walk, checklist) {
            walk.move_to(
                PhaseId::ReturnToTraining,
                at.utc_day(),
                Step::MoveOn,
                "You have ticked all three return criteria: you can start bringing your usual training back, gradually.".into(),
                at,
            );
        }
    }
    let return_criteria_met = counts(&walk, checklist);
    let return_ticks_stale = plan
        .return_checklist
        .last()
        .is_some_and(|c| !ticked_since_setback(&walk, c));
    Course {
        phase: walk.phase,
        why: walk.why,
        changes: walk.changes,
        latest: walk.warning.clone().or(walk.latest),
        return_criteria_met,
        return_ticks_stale,
    }
}
