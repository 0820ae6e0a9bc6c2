//! The course: where the person is in the plan and why. It reads the plan's
//! records and decides; it shows nothing (views build on it).
//!
//! How the plan moves with the person's check-ins and sessions. The last
//! triage sets the starting phase (or, when a professional has cleared its
//! signs, the phase its other findings call for); everything recorded after it
//! is then replayed in order through these rules, from the pain-monitoring
//! model (Thomeé 1997; Silbernagel et al. 2007) and the seed article:
//!
//! - the **zone rule**: pain above 5 out of 10, now or with exercise, steps
//!   back a phase;
//! - the **next-morning rule**: pain that has not settled by the next morning
//!   means doing less next time; two such mornings in a row step back;
//! - the **week-on-week rule**: pain and stiffness must not build from week
//!   to week. A weekly PEG score a point above last week's, or above the best
//!   week's, steps back, as does stiffness two points up; two rises in a row,
//!   or a score two points (the smallest change that matters) above the first,
//!   mean seeing a professional; so does pain at 3 or more for over a week;
//! - the **session rule**: a session stopped for pain holds the routines until
//!   a later morning's check-in says the pain settled; one stopped for
//!   symptoms spreading down a leg (a nerve sign) asks for a new check;
//! - **warning signs**: a sign that needs care today, or any other warning
//!   sign, stops the plan until the person answers the triage again.
//!
//! Moving forward: after the first 48 hours with pain at 5 or below, to the
//! rebuild; from the rebuild, once the three return criteria are ticked (after
//! any setback). Replaying instead of storing the phase keeps every change
//! explainable and lets a new triage start the course afresh.

pub mod change;
pub mod ladder;
mod routines;

pub use change::{ChangeSinceStart, Direction};
pub use ladder::{Ladder, LadderError, RungAnswer, RungOffer, Standing};
pub use routines::{check_ins_wait, routine_offer};

use serde::Serialize;

use crate::level::TriageLevel;
use crate::pain::PainZone;
use crate::plan::{
    DailyCheckIn, RecoveryPlan, ReturnChecklist, SessionRecord, Settled, TriageRecord,
    WeeklyCheckIn, PAST_FEVER_COUNTS_FOR_DAYS,
};
use crate::routine::Instead;
use crate::session::StopCause;
use crate::time::{Day, Timestamp};
use crate::triage::rules::{eased_by_exercise, DO_LESS_NEXT_TIME, EXERCISE_HELPS};
use crate::triage::Duration;
use crate::triage::{LaterSigns, LATER_SIGNS};
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PhaseId {
    /// No triage yet.
    Start,
    /// The last triage asked for a professional: nothing else until then.
    GetChecked,
    /// The first 24-48 hours after a flare-up.
    FirstDays,
    /// Rebuilding with gentle routines.
    Rebuild,
    /// Graded return to normal training.
    ReturnToTraining,
}

/// A weekly score this many tenths above last week's, or the best week's, counts as a rise.
pub const WEEKLY_RISE_TENTHS: u16 = 10;
/// A weekly score this many tenths above the first one is a change that
/// matters (Ostelo et al. 2008: 2 points on a 0-10 scale).
pub const WEEKLY_CREEP_TENTHS: u16 = 20;
/// Stiffness this many points above last week's, or the best week's, counts as a rise.
pub const STIFFNESS_RISE: u8 = 2;

/// What follows from the latest check-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "CourseStep")]
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
    /// A sign that needs care today.
    GetEmergencyCare,
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
            Step::GetEmergencyCare => "Get emergency care now",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Verdict {
    pub step: Step,
    pub title: &'static str,
    pub day: Day,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct PhaseChange {
    pub day: Day,
    pub from: PhaseId,
    pub to: PhaseId,
    pub reason: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
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
    /// Why no routine may be started now, whatever the phase: a warning sign
    /// waiting for a new check, or a session stopped for pain whose pain has
    /// not yet settled overnight.
    pub routines_paused: Option<String>,
    /// The step that moves the plan on when it waits: a new check after a
    /// warning sign, a morning check-in after a stop for pain, the plan's
    /// appointment or clearance while it waits for an examination.
    pub instead: Option<Instead>,
}

/// The phase a triage result starts the course in. `continue` starts in the
/// rebuild, not the return to training: the seed's three signs of being ready
/// must be ticked first.
pub fn starting_phase(level: TriageLevel) -> PhaseId {
    match level {
        TriageLevel::Emergency | TriageLevel::Urgent | TriageLevel::Soon => PhaseId::GetChecked,
        TriageLevel::Stop => PhaseId::FirstDays,
        TriageLevel::Modify | TriageLevel::Continue => PhaseId::Rebuild,
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
    Session(&'a SessionRecord),
}

/// The weekly scores since the last triage, as the week-on-week rule reads them.
#[derive(Default)]
struct Weeks {
    first: Option<u16>,
    last: Option<u16>,
    best: Option<u16>,
    last_stiffness: Option<u8>,
    best_stiffness: Option<u8>,
    rises: u32,
}

struct Walk {
    phase: PhaseId,
    why: String,
    changes: Vec<PhaseChange>,
    latest: Option<Verdict>,
    unsettled_mornings: u32,
    /// The first day of an unbroken run of check-ins with pain at 3 or more.
    lasting_pain_since: Option<Day>,
    weeks: Weeks,
    last_setback: Option<Timestamp>,
    /// A warning sign reported since the last triage: it stands until the
    /// person answers the triage again, whatever they record after it.
    warning: Option<Verdict>,
    /// The day a session stopped for pain; routines wait for a later morning
    /// on which the pain had settled.
    pain_hold_since: Option<Day>,
    /// The last triage, to judge a later warning sign with.
    last_triage: TriageRecord,
    /// The later warning signs reported since it: judged together.
    reported: Vec<(Timestamp, LaterSigns)>,
    /// Every fever the plan holds, before the last triage too (its fever
    /// question asks only about the day it was answered): one reported in
    /// the days before a check-in counts with it.
    plan_fevers: Vec<Timestamp>,
    last_level: TriageLevel,
}

/// A fever, as a later sign.
const FEVER: LaterSigns = LaterSigns {
    fever: true,
    night_or_rest_pain: false,
    leg_pain: false,
    leg_numbness: false,
    upper_or_middle_back: false,
    band_like_pain: false,
    belly_pain: false,
    worse_with_straining: false,
    weight_loss: false,
    lump_or_tender_spot: false,
    sudden_central_pain: false,
    fall_or_knock: false,
    new_infection_risk: false,
};

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
        if matches!(step, Step::StepBack | Step::SeeProfessional | Step::Hold) {
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

    /// Back one phase: return to training, rebuild, first days. In the first
    /// days there is no step further back, and the person is told so.
    fn step_back(&mut self, day: Day, cause: &str, at: Timestamp) {
        let back = one_back(self.phase);
        if back == self.phase {
            self.move_to(
                back,
                day,
                Step::Hold,
                format!("{cause} You are already at the gentlest part of the plan: keep to easy walks and gentle mobility until it eases."),
                at,
            );
        } else {
            self.move_to(
                back,
                day,
                Step::StepBack,
                format!("{cause} The plan has gone back a step."),
                at,
            );
        }
    }

    fn warn(&mut self, step: Step, day: Day, message: String) {
        self.verdict(step, day, message);
        self.warning = self.latest.clone();
    }

    /// Whether pain that lasts is what the last check already knew and a
    /// professional has looked at: long-standing pain examined with nothing
    /// new since, or an inflammatory pattern for which exercise is the
    /// treatment. A week of it at 3 or more is then no reason to stop and be
    /// seen again; the other rules (above 5, unsettled mornings) still act.
    fn lasting_pain_is_known(&self) -> bool {
        let examined_long_standing = self.last_triage.answers.current().is_some_and(|a| {
            a.duration == Some(Duration::OverThreeMonths) && a.already_checked == Some(true)
        });
        let examined = self
            .last_triage
            .answers
            .current()
            .is_some_and(|a| a.already_checked == Some(true));
        let inflammatory = examined
            && self
                .last_triage
                .outcome
                .reasons
                .iter()
                .any(|r| EXERCISE_HELPS.contains(&r.rule.as_str()));
        examined_long_standing || inflammatory
    }

    /// Nothing moves the plan once it waits for an examination or for a new
    /// triage after a warning sign.
    fn settled_course(&self) -> bool {
        self.warning.is_some() || matches!(self.phase, PhaseId::Start | PhaseId::GetChecked)
    }

    fn daily(&mut self, c: &DailyCheckIn, triage_day: Day) {
        if c.emergency_signs.any() {
            // Recording the check-in also records the emergency triage it
            // warrants, just after it; this is only met in a plan without it.
            self.warn(
                Step::GetEmergencyCare,
                c.day,
                "You reported a sign that needs care today. Call your emergency number or go to an emergency department now.".into(),
            );
            return;
        }
        if c.warning_sign {
            // Which sign, in the words the person ticked; and, until the new
            // check is done, the least it needs, so that a person who does
            // not answer it still knows.
            let which: Vec<&str> = LATER_SIGNS
                .iter()
                .filter(|words| c.other_signs.is_ticked(words.id))
                .map(|words| words.label)
                .collect();
            let which = if which.is_empty() {
                "You reported a warning sign.".to_owned()
            } else {
                format!("You reported: {}.", which.join("; "))
            };
            if c.other_signs.any() {
                self.reported.push((c.recorded_at, c.other_signs));
            }
            let at_least = self
                .last_triage
                .with_reports(
                    self.reported.iter().copied().chain(
                        self.plan_fevers
                            .iter()
                            .filter(|when| {
                                **when <= c.recorded_at
                                    && when.utc_day().days_until(c.recorded_at.utc_day())
                                        <= PAST_FEVER_COUNTS_FOR_DAYS
                            })
                            .map(|when| (*when, FEVER)),
                    ),
                    c.recorded_at,
                )
                .filter(|_| c.other_signs.any())
                .map(|(known, signs)| signs.at_least_with(&known))
                .filter(|level| *level >= TriageLevel::Soon)
                .map_or_else(String::new, |level| {
                    let who = if level >= TriageLevel::Urgent {
                        "a doctor"
                    } else {
                        "a doctor or physiotherapist"
                    };
                    format!(" That needs {who} {} at the least.", level.how_soon())
                });
            self.warn(
                Step::GoToTriage,
                c.day,
                format!("{which}{at_least} Stop exercising and answer the check again now: it decides how soon you need care."),
            );
            return;
        }
        if self.settled_course() && self.last_level == TriageLevel::Emergency {
            self.verdict(
                Step::GetEmergencyCare,
                c.day,
                "Your last check found a sign that needs emergency care. If you have not been seen yet, call your emergency number or go to an emergency department now; once you have been seen, check your back pain again.".into(),
            );
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
        let worst = c.worst_pain();
        self.lasting_pain_since = if c.pain_now.zone() > PainZone::Safe {
            self.lasting_pain_since.or(Some(c.day))
        } else {
            None
        };
        if let Some(since) = self
            .lasting_pain_since
            .filter(|_| !self.lasting_pain_is_known())
        {
            if since.days_until(c.day) > 7 {
                self.pain_hold_since = None;
                self.move_to(
                    PhaseId::GetChecked,
                    c.day,
                    Step::SeeProfessional,
                    format!(
                        "Your pain has stayed at {} or more out of 10 since {since}, more than a week. See a doctor or physiotherapist before you build up again.",
                        PainZone::SAFE_UP_TO + 1
                    ),
                    c.recorded_at,
                );
                return;
            }
        }
        if worst.zone() == PainZone::Stop {
            self.unsettled_mornings = 0;
            self.step_back(
                c.day,
                &format!(
                    "Your pain reached {} out of 10, above the limit of {}. Ease off.",
                    worst.value(),
                    PainZone::ACCEPTABLE_UP_TO
                ),
                c.recorded_at,
            );
            return;
        }
        if c.settled == Settled::No {
            self.unsettled_mornings += 1;
            if self.unsettled_mornings >= 2 {
                self.unsettled_mornings = 0;
                self.step_back(
                    c.day,
                    "Your pain has not settled by the morning two days running. Let your back calm down.",
                    c.recorded_at,
                );
            } else {
                self.move_to(
                    self.phase,
                    c.day,
                    Step::Hold,
                    format!("Yesterday's pain had not settled by this morning. {DO_LESS_NEXT_TIME} Add nothing new until it settles."),
                    c.recorded_at,
                );
            }
            return;
        }
        self.unsettled_mornings = 0;
        let worst = worst.value();
        let held_since = self.pain_hold_since.filter(|since| c.day > *since);
        if held_since.is_some() {
            self.pain_hold_since = None;
        }
        // Not while a stopped session's pain is still waiting to settle: the
        // routines of the next phase would be held anyway.
        if self.phase == PhaseId::FirstDays
            && triage_day.days_until(c.day) >= 2
            && self.pain_hold_since.is_none()
        {
            self.move_to(
                PhaseId::Rebuild,
                c.day,
                Step::MoveOn,
                format!("The first 48 hours are behind you and your pain is {worst} out of 10 at most. Time to start rebuilding."),
                c.recorded_at,
            );
            return;
        }
        // Still waiting for the pain of a stopped session to settle: the
        // routines stay held, and the verdict says so rather than "carry on".
        let (step, message) = match (held_since, self.pain_hold_since) {
            (Some(since), _) => (Step::KeepGoing, format!("Your pain settled overnight after the session you stopped on {since}: your routines are open again. Start gently.")),
            (None, Some(since)) => (Step::Hold, format!("Your pain is {worst} out of 10 at most. Routines wait until a morning after {since} on which the pain has settled.")),
            (None, None) => (Step::KeepGoing, format!("Your pain is {worst} out of 10 at most and settled overnight: carry on with this phase.")),
        };
        self.verdict(step, c.day, message);
    }

    fn weekly(&mut self, w: &WeeklyCheckIn) {
        let score = w.peg.score_tenths();
        let stiffness = w.stiffness.map(|s| s.value());
        let weeks = &mut self.weeks;
        let first = *weeks.first.get_or_insert(score);
        let previous = weeks.last.replace(score);
        let best = weeks
            .best
            .replace(weeks.best.map_or(score, |b| b.min(score)));
        let previous_stiffness = weeks.last_stiffness;
        if stiffness.is_some() {
            weeks.last_stiffness = stiffness;
        }
        let best_stiffness = weeks.best_stiffness;
        if let Some(s) = stiffness {
            weeks.best_stiffness = Some(best_stiffness.map_or(s, |b| b.min(s)));
        }
        if self.settled_course() {
            return;
        }
        let (Some(previous), Some(best)) = (previous, best) else {
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
        let pain_rose = score >= previous + WEEKLY_RISE_TENTHS;
        let stiffness_rose = stiffness
            .zip(previous_stiffness)
            .is_some_and(|(now, before)| now >= before + STIFFNESS_RISE);
        if pain_rose || stiffness_rose {
            self.weeks.rises += 1;
        } else {
            self.weeks.rises = 0;
        }
        let see_professional = |reason: String, walk: &mut Walk| {
            walk.pain_hold_since = None;
            walk.move_to(
                PhaseId::GetChecked,
                w.day,
                Step::SeeProfessional,
                format!("{reason} See a doctor or physiotherapist before you build up again."),
                w.recorded_at,
            );
        };
        if self.weeks.rises >= 2 {
            return see_professional(
                format!(
                    "Your pain or stiffness has risen two weeks running: your weekly score is now {}, from {}.",
                    tenths(score),
                    tenths(previous)
                ),
                self,
            );
        }
        if score >= first + WEEKLY_CREEP_TENTHS {
            return see_professional(
                format!(
                    "Your weekly score has crept up from {} when you started to {}: a change that matters, and pain should not build from week to week.",
                    tenths(first),
                    tenths(score)
                ),
                self,
            );
        }
        if pain_rose {
            return self.step_back(
                w.day,
                &format!(
                    "Your weekly score rose from {} to {}: pain should not build from week to week.",
                    tenths(previous),
                    tenths(score)
                ),
                w.recorded_at,
            );
        }
        if score >= best + WEEKLY_RISE_TENTHS {
            return self.step_back(
                w.day,
                &format!(
                    "Your weekly score has crept up from {} in your best week to {}: pain should not build from week to week.",
                    tenths(best),
                    tenths(score)
                ),
                w.recorded_at,
            );
        }
        if let Some(s) = stiffness {
            // A rise on last week (counted above), or a creep above the best week.
            let above = [previous_stiffness, best_stiffness]
                .into_iter()
                .flatten()
                .filter(|earlier| s >= earlier + STIFFNESS_RISE)
                .min();
            if let Some(earlier) = above {
                return self.step_back(
                    w.day,
                    &format!("Your stiffness has risen from {earlier} to {s} out of 10: stiffness, like pain, should not build from week to week."),
                    w.recorded_at,
                );
            }
        }
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

    fn session(&mut self, s: &SessionRecord) {
        if self.settled_course() {
            return;
        }
        let day = s.local_day();
        match s.pain_stop() {
            Some(StopCause::SpreadingDownLeg) => self.warn(
                Step::GoToTriage,
                day,
                "Symptoms spread down your leg during the session: that is a sign a nerve is irritated, and it changes what is safe. Answer the check again now: it tells you how soon to be seen.".into(),
            ),
            Some(StopCause::PainAboveLimit | StopCause::PainRose) => {
                self.pain_hold_since = Some(day);
                self.move_to(
                    self.phase,
                    day,
                    Step::Hold,
                    "Your session stopped because of pain. No routines until a check-in on a later morning says the pain has settled; stay lightly active meanwhile.".into(),
                    s.ended_at,
                );
            }
            None => {}
        }
    }

    fn routines_paused(&self) -> Option<String> {
        if self.warning.is_some() {
            return Some(
                "You reported a warning sign: answer the check again before you exercise.".into(),
            );
        }
        self.pain_hold_since.map(|since| {
            format!("Your session on {since} stopped because of pain. Routines are open again once a check-in on a later morning says the pain has settled.")
        })
    }
}

/// A score in tenths as the person reads it: "5.3 out of 10".
pub fn tenths(score: u16) -> String {
    format!("{}.{} out of 10", score / 10, score % 10)
}

/// Replays the check-ins and sessions since the last triage.
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
            routines_paused: None,
            instead: Some(Instead::CheckBackPain),
        };
    };
    let since = triage.completed_at;
    // The level the plan starts from: the check's own, less the signs a
    // professional has cleared, with a finding for which exercise is the
    // treatment counted as "keep moving" while the appointment is awaited.
    let clearance = plan.clearance();
    let counted = |rule: &str, level: TriageLevel| {
        if clearance.is_some_and(|c| c.cleared.iter().any(|id| id == rule)) {
            None
        } else if eased_by_exercise(rule, triage.outcome.reasons.iter().map(|r| r.rule.as_str())) {
            Some(level.min(TriageLevel::Modify))
        } else {
            Some(level)
        }
    };
    let plan_level = triage
        .outcome
        .reasons
        .iter()
        .filter_map(|r| counted(&r.rule, r.level))
        .max()
        .unwrap_or(TriageLevel::Continue);
    let (level, why) = match clearance {
        Some(clearance) => {
            let level = plan_level;
            let by = clearance
                .examined_by
                .as_deref()
                .map_or_else(String::new, |name| format!(" ({name})"));
            (
                level,
                format!(
                    "A professional{by} examined you on {} and said you can exercise: gentle routines are open. A new sign still means checking again.",
                    clearance.examined_on
                ),
            )
        }
        None if triage.outcome.level == TriageLevel::Continue => (
            TriageLevel::Continue,
            "Your last check found nothing that stops you exercising. Rebuild for now, and tick the three signs of being ready: when all three are true, the plan moves on to the return to training.".into(),
        ),
        None if plan_level < triage.outcome.level => (
            plan_level,
            "Your last check asks you to book an appointment to look into inflammatory back pain. Regular exercise helps this kind of pain, so your routines stay open while you wait.".into(),
        ),
        None => (
            triage.outcome.level,
            format!(
                "Your last check said: {}.",
                triage.outcome.title.to_lowercase()
            ),
        ),
    };
    let mut walk = Walk {
        phase: starting_phase(level),
        why,
        changes: Vec::new(),
        latest: None,
        unsettled_mornings: 0,
        lasting_pain_since: None,
        weeks: Weeks::default(),
        last_setback: None,
        warning: None,
        pain_hold_since: None,
        last_triage: triage.clone(),
        reported: Vec::new(),
        plan_fevers: plan.fevers().collect(),
        last_level: triage.outcome.level,
    };
    // Times are milliseconds; entries sharing one (whole seconds in older
    // files) keep this order, as the sort below is stable: the checklist,
    // then the weekly scores, then the daily check-in, then sessions.
    let mut events: Vec<(Timestamp, Event<'_>)> = plan
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
        .chain(
            plan.sessions
                .iter()
                .filter(|s| s.ended_at >= since)
                .map(|s| (s.ended_at, Event::Session(s))),
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
            Event::Session(s) => walk.session(s),
        }
        if walk.phase == PhaseId::Rebuild
            && !walk.settled_course()
            && walk.pain_hold_since.is_none()
            && counts(&walk, checklist)
        {
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
    let routines_paused = walk.routines_paused();
    let instead = if walk.warning.is_some() {
        Some(Instead::CheckBackPain)
    } else if walk.pain_hold_since.is_some() {
        Some(Instead::DailyCheckIn)
    } else if walk.phase == PhaseId::GetChecked {
        Some(Instead::Plan)
    } else {
        None
    };
    Course {
        instead,
        // Where the plan stands, as the person reads it first: a hold on the
        // routines outweighs what the phase began with.
        why: routines_paused.clone().unwrap_or(walk.why),
        routines_paused,
        phase: walk.phase,
        changes: walk.changes,
        latest: walk.warning.clone().or(walk.latest),
        return_criteria_met,
        return_ticks_stale,
    }
}

#[cfg(test)]
mod tests;
