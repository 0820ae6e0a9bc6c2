//! A guided session as a state machine over monotonic instants. It never
//! reads a clock itself: every operation is given `now`, so tests can drive
//! it through any timeline, and the driver (`engine.rs`) gives it tokio's.
//!
//! Time is measured from each step's planned start, never by adding up
//! ticks: a step that ends at `start + duration` hands over to the next at
//! exactly that instant, however late the tick that noticed it, so the
//! session clock cannot drift.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Serialize;
use tokio::time::Instant;

use super::check_in::{judge, CheckIn, CheckInDecision, StopCause};
use super::pace::{next_beat_ms, pace, Pace};
use crate::exercise::{exercise, rung, Dose, Exercise, ExerciseId, Rung, RungView};
use crate::own_routine::{eased, ExerciseRef, ItemExercise, OwnItem};
use crate::pain::PainKind;
use crate::routine::Routine;
use crate::triage::PainScore;
use ts_rs::TS;

mod easing;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StepKind {
    /// A short lead-in before an exercise: read the instructions, get in position.
    GetReady,
    Work,
    Rest,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(rename = "SessionStep")]
pub struct Step {
    pub kind: StepKind,
    /// The library's exercise, or the routine's own at an item ("own-2").
    pub exercise: ExerciseRef,
    pub name: String,
    pub set: u32,
    pub sets: u32,
    pub seconds: u32,
    /// The last work step of an exercise: a pain check-in follows.
    pub check_in_after: bool,
    /// The dose this step runs: the rung of the exercise the person is on.
    pub dose: Dose,
    /// The rung whose movement the step runs (its drawing, steps and pace):
    /// the standard one for a routine of the person's own and for a swap.
    pub rung: Rung,
}

pub const GET_READY_SECONDS: u32 = 10;
/// A movement of its own (a wall plank in place of the modified plank) is
/// new to the person: longer to read its steps and get in position.
pub const GET_READY_NEW_MOVEMENT_SECONDS: u32 = 30;

/// The steps of a routine: for each exercise a lead-in, then its sets with
/// rests between, at the rung of its ladder the person is on.
pub fn steps_for(routine: &Routine, rung_of: impl Fn(ExerciseId) -> Rung) -> Vec<Step> {
    routine
        .exercises
        .iter()
        .flat_map(|e| exercise_steps(&Movement::of(&rung(e, rung_of(e.id)))))
        .collect()
}

/// The steps of a routine of the person's own: each exercise at the dose
/// they (or their physiotherapist) set, in their order; a library exercise
/// lighter while its setback still stands (`setback` says so; the ladder
/// keeps it until easy, settled sessions answer it). An exercise of their
/// own has no ladder: its setback is having hurt in an earlier session of
/// the routine (`hurt_before`, as sessions key exercises), until a calm
/// check-in on it answers that.
pub fn steps_with_doses(
    items: &[OwnItem],
    setback: impl Fn(ExerciseId) -> bool,
    hurt_before: &[String],
) -> Vec<Step> {
    items
        .iter()
        .enumerate()
        .flat_map(|(at, item)| {
            let movement = match &item.exercise {
                ItemExercise::Library(id) => {
                    let e = exercise(*id);
                    let own = if setback(e.id) {
                        RungView {
                            dose: eased(item.dose),
                            name: format!("{}, lighter for now", e.name),
                            ..rung(e, Rung::Standard)
                        }
                    } else {
                        RungView {
                            dose: item.dose,
                            ..rung(e, Rung::Standard)
                        }
                    };
                    Movement::of(&own)
                }
                // It hurt before (its setback): lighter until a calm check-in.
                ItemExercise::Own(own)
                    if hurt_before.contains(&ExerciseRef::Own(at).to_string()) =>
                {
                    Movement {
                        exercise: ExerciseRef::Own(at),
                        name: format!("{}, lighter for now", own.title()),
                        dose: eased(item.dose),
                        rung: Rung::Standard,
                        get_ready: GET_READY_SECONDS,
                    }
                }
                ItemExercise::Own(own) => Movement {
                    exercise: ExerciseRef::Own(at),
                    name: own.title().to_owned(),
                    dose: item.dose,
                    rung: Rung::Standard,
                    get_ready: GET_READY_SECONDS,
                },
            };
            exercise_steps(&movement)
        })
        .collect()
}

/// How to do each library movement the steps run, once each in their order:
/// the rung's name, steps and drawing (a rung of its own is drawn as
/// itself). An exercise of the person's own is shown from the routine.
pub fn movements(steps: &[Step]) -> Vec<RungView> {
    let mut shown: Vec<RungView> = Vec::new();
    for s in steps {
        let Some(id) = s.exercise.library() else {
            continue;
        };
        if !shown.iter().any(|r| r.exercise == id && r.rung == s.rung) {
            shown.push(rung(exercise(id), s.rung));
        }
    }
    shown
}

/// What one exercise's steps run: which exercise, under what name, at what
/// dose and movement, and how long to get ready for it.
struct Movement {
    exercise: ExerciseRef,
    name: String,
    dose: Dose,
    rung: Rung,
    get_ready: u32,
}

impl Movement {
    /// A library exercise at one of its rungs; a movement of its own gets
    /// longer to get ready for.
    fn of(at: &RungView) -> Movement {
        Movement {
            exercise: at.exercise.into(),
            name: at.name.clone(),
            dose: at.dose,
            rung: at.rung,
            get_ready: if at.own_movement {
                GET_READY_NEW_MOVEMENT_SECONDS
            } else {
                GET_READY_SECONDS
            },
        }
    }
}

/// However long an exercise's dose, the pain is asked at least this often.
pub const CHECK_IN_EVERY_SECONDS: u32 = 600;

fn exercise_steps(at: &Movement) -> Vec<Step> {
    let dose = at.dose;
    let sets = dose.sets();
    let step = |kind, set, seconds, check_in_after| Step {
        kind,
        exercise: at.exercise,
        name: at.name.clone(),
        set,
        sets,
        seconds,
        check_in_after,
        dose,
        rung: at.rung,
    };
    let mut steps = vec![step(StepKind::GetReady, 1, at.get_ready, false)];
    if let Dose::Continuous { .. } = dose {
        // A long walk or ride is done in blocks of ten minutes at most, each
        // followed by a check-in, so the pain is asked as it is for sets.
        let total = dose.set_seconds();
        let blocks = total.div_ceil(CHECK_IN_EVERY_SECONDS).max(1);
        for block in 1..=blocks {
            let seconds = total / blocks + u32::from(block <= total % blocks);
            steps.push(Step {
                sets: blocks,
                ..step(StepKind::Work, block, seconds, true)
            });
        }
        return steps;
    }
    let mut unasked = 0;
    for set in 1..=sets {
        // After the last set, and after every ten minutes of work in a long dose.
        unasked += dose.set_seconds();
        let ask = set == sets || unasked >= CHECK_IN_EVERY_SECONDS;
        if ask {
            unasked = 0;
        }
        steps.push(step(StepKind::Work, set, dose.set_seconds(), ask));
        if set < sets && dose.rest_seconds() > 0 {
            steps.push(step(StepKind::Rest, set, dose.rest_seconds(), false));
        }
    }
    steps
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "how", rename_all = "snake_case")]
pub enum SessionEnd {
    Completed,
    StoppedByPerson,
    StoppedForPain { reason: String, cause: StopCause },
    WarningSign { decision: CheckInDecision },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum Status {
    Running,
    Paused,
    AwaitingCheckIn,
    Finished { end: SessionEnd },
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CheckInRecord {
    /// The exercise just done or under way.
    pub exercise: ExerciseRef,
    pub check_in: CheckIn,
    pub decision: CheckInDecision,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Swap {
    pub from: ExerciseRef,
    pub to: ExerciseId,
}

/// What the UI shows, pushed several times a second.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct SessionSnapshot {
    pub status: Status,
    pub step_index: usize,
    pub step_count: usize,
    pub step: Step,
    pub next: Option<Step>,
    pub step_elapsed_ms: u64,
    pub step_remaining_ms: u64,
    pub session_elapsed_ms: u64,
    pub session_total_ms: u64,
    /// The latest thing the person should hear, such as a swap.
    pub message: Option<String>,
    /// Which repetition, beat and side, while the step runs or is paused.
    pub pace: Option<Pace>,
}

#[derive(Clone, Debug)]
pub struct SessionMachine {
    steps: Vec<Step>,
    index: usize,
    /// When the current step started, shifted forward by any pause.
    step_started: Instant,
    paused_at: Option<Instant>,
    status: Status,
    start_pain: PainScore,
    check_ins: Vec<CheckInRecord>,
    swaps: Vec<Swap>,
    completed_work_steps: usize,
    /// Said until the next check-in answers it.
    message: Option<String>,
    /// The person's kind of pain: a swap never brings in an exercise
    /// cautioned for it (the routine left those out for a reason).
    pain_kind: Option<PainKind>,
    /// The rung the person is on for each exercise they have moved on: a
    /// swap brings in a gentler exercise no higher than that.
    rungs: BTreeMap<ExerciseId, Rung>,
    /// The get-ready an easing put in (the eased movement not tried yet),
    /// and the pain that eased it.
    easing_ready: Option<(usize, PainScore)>,
    /// The first step Back may return to: never to a movement that hurt.
    back_floor: usize,
    /// Whether the steps still to come were already made a step easier.
    rest_eased: bool,
    /// Exercises cautioned for the person's kind of pain taken out today, in
    /// order: the end screen and the plan say so.
    left_out: Vec<LeftOutToday>,
}

/// An exercise kept only because a physiotherapist gave it (one cautioned
/// for the person's kind of pain, or one of their own that Spinewise has
/// not checked), taken out of a session.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct LeftOutToday {
    pub exercise: ExerciseRef,
    /// As the session named it.
    pub name: String,
    /// The pain it was taken out at when it hurt: done, and the pain up by 2
    /// or more from the lower of the start and the last check-in, or at 5
    /// and up. None when it was left out before it began, after a smaller
    /// rise, or by the person's choice.
    pub hurt_at: Option<PainScore>,
    /// The session stopped during it (for pain, spreading leg symptoms or a
    /// warning sign): it hurt, whatever the score.
    pub stopped: bool,
}

fn ms(d: Duration) -> u64 {
    u64::try_from(d.as_millis()).unwrap_or(u64::MAX)
}

impl SessionMachine {
    /// `steps` must not be empty.
    pub fn new(steps: Vec<Step>, start_pain: PainScore, now: Instant) -> Self {
        assert!(!steps.is_empty(), "a session needs at least one step");
        SessionMachine {
            steps,
            index: 0,
            step_started: now,
            paused_at: None,
            status: Status::Running,
            start_pain,
            check_ins: Vec::new(),
            swaps: Vec::new(),
            completed_work_steps: 0,
            message: None,
            pain_kind: None,
            rungs: BTreeMap::new(),
            easing_ready: None,
            back_floor: 0,
            rest_eased: false,
            left_out: Vec::new(),
        }
    }

    /// Swaps for a gentler exercise will skip any cautioned for this kind.
    pub fn for_pain_kind(mut self, kind: PainKind) -> Self {
        self.pain_kind = Some(kind);
        self
    }

    /// The person's rung on every exercise (their ladder), for swaps.
    pub fn on_rungs(mut self, rung_of: impl Fn(ExerciseId) -> Rung) -> Self {
        self.rungs = ExerciseId::ALL
            .iter()
            .map(|&id| (id, rung_of(id)))
            .collect();
        self
    }

    /// The first gentler version of an exercise that is not cautioned for
    /// the person's kind of pain, following each exercise's own gentler one,
    /// and that has not already been too much in this session: a swap back
    /// to an exercise the person was just told to leave would contradict it.
    pub(super) fn gentler_for(&self, affected: ExerciseRef) -> Option<&'static Exercise> {
        let too_much = |id: ExerciseId| {
            let id = ExerciseRef::Library(id);
            self.swaps.iter().any(|s| s.from == id)
                || self.check_ins.iter().any(|c| {
                    c.exercise == id && !matches!(c.decision, CheckInDecision::Continue { .. })
                })
        };
        // An exercise of the person's own has no gentler one the app knows.
        let mut next = exercise(affected.library()?).gentler.map(exercise);
        while let Some(candidate) = next {
            let allowed = self
                .pain_kind
                .is_none_or(|kind| !candidate.is_cautioned_for(kind));
            if allowed && !too_much(candidate.id) {
                return Some(candidate);
            }
            next = candidate.gentler.map(exercise);
        }
        None
    }

    pub fn status(&self) -> &Status {
        &self.status
    }

    pub fn is_finished(&self) -> bool {
        matches!(self.status, Status::Finished { .. })
    }

    pub fn check_ins(&self) -> &[CheckInRecord] {
        &self.check_ins
    }

    pub fn swaps(&self) -> &[Swap] {
        &self.swaps
    }

    /// What the person was last told, until a check-in answered it.
    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// Exercises cautioned for the kind of pain taken out of the session.
    pub fn left_out(&self) -> &[LeftOutToday] {
        &self.left_out
    }

    pub fn steps(&self) -> &[Step] {
        &self.steps
    }

    pub fn completed_work_steps(&self) -> usize {
        self.completed_work_steps
    }

    pub fn work_step_count(&self) -> usize {
        self.steps
            .iter()
            .filter(|s| s.kind == StepKind::Work)
            .count()
    }

    fn current(&self) -> &Step {
        &self.steps[self.index.min(self.steps.len() - 1)]
    }

    /// The exercise of the step under way (the last one, once finished).
    pub fn exercise_under_way(&self) -> ExerciseRef {
        self.current().exercise
    }

    fn duration(&self) -> Duration {
        Duration::from_secs(u64::from(self.current().seconds))
    }

    /// Time spent in the current step, not counting pauses or a pending check-in.
    pub fn step_elapsed(&self, now: Instant) -> Duration {
        let until = self.paused_at.unwrap_or(now);
        until
            .saturating_duration_since(self.step_started)
            .min(self.duration())
    }

    /// When the current step will end if nothing intervenes.
    pub fn step_deadline(&self) -> Option<Instant> {
        (self.status == Status::Running).then(|| self.step_started + self.duration())
    }

    /// The next moment the person must hear of: the step's end, or the
    /// start of the next beat of a repetition, whichever comes first.
    pub fn next_change(&self, now: Instant) -> Option<Instant> {
        let deadline = self.step_deadline()?;
        let beat = next_beat_ms(self.current(), ms(self.step_elapsed(now)))
            .map(|at| self.step_started + Duration::from_millis(at));
        Some(beat.map_or(deadline, |beat| beat.min(deadline)))
    }

    /// Moves past every step whose time is up.
    pub fn tick(&mut self, now: Instant) {
        while self.status == Status::Running && now >= self.step_started + self.duration() {
            let ended_at = self.step_started + self.duration();
            self.finish_step(ended_at);
        }
    }

    /// The current step is over at `at`: a check-in, the next step, or the end.
    fn finish_step(&mut self, at: Instant) {
        if self.current().kind == StepKind::Work {
            self.completed_work_steps += 1;
        }
        if self.current().check_in_after {
            self.status = Status::AwaitingCheckIn;
            self.paused_at = Some(at);
            self.step_started = at - self.duration();
            return;
        }
        self.advance(at);
    }

    fn advance(&mut self, at: Instant) {
        if self.index + 1 >= self.steps.len() {
            self.index = self.steps.len() - 1;
            self.status = Status::Finished {
                end: SessionEnd::Completed,
            };
            self.paused_at = Some(at);
            return;
        }
        self.index += 1;
        if self
            .easing_ready
            .is_some_and(|(ready, _)| ready < self.index)
        {
            // Once the eased movement is under way, a pain is about it.
            self.easing_ready = None;
        }
        self.step_started = at;
        self.paused_at = None;
        self.status = Status::Running;
    }

    pub fn pause(&mut self, now: Instant) {
        if self.status == Status::Running {
            self.tick(now);
        }
        if self.status == Status::Running {
            self.status = Status::Paused;
            self.paused_at = Some(now);
        }
    }

    pub fn resume(&mut self, now: Instant) {
        if self.status == Status::Paused {
            let paused_at = self.paused_at.take().unwrap_or(now);
            self.step_started += now.saturating_duration_since(paused_at);
            self.status = Status::Running;
        }
    }

    /// Ends the current step now, as if its time were up.
    pub fn skip(&mut self, now: Instant) {
        match self.status {
            Status::Running | Status::Paused => {
                let was_paused = self.status == Status::Paused;
                self.paused_at = None;
                self.status = Status::Running;
                self.finish_step(now);
                if was_paused && self.status == Status::Running {
                    self.status = Status::Paused;
                    self.paused_at = Some(now);
                }
            }
            Status::AwaitingCheckIn | Status::Finished { .. } => {}
        }
    }

    /// The person leaves the exercise under way out of today's session (one
    /// cautioned for their kind of pain, kept because it was prescribed):
    /// its rest is taken out, with no check-in, and nothing is blamed on it.
    pub fn leave_out_today(&mut self, now: Instant) {
        let affected = self.current().exercise;
        if self.is_finished() || self.status == Status::AwaitingCheckIn || !self.cautioned(affected)
        {
            return;
        }
        let name = self.current().name.clone();
        self.leave_out(affected, None, now);
        self.message = Some(format!(
            "{name} is left out of today's session, as you chose."
        ));
    }

    /// Goes back to the start of the previous step (or restarts the first).
    pub fn back(&mut self, now: Instant) {
        if self.is_finished() || self.status == Status::AwaitingCheckIn {
            return;
        }
        let previous = self.index.saturating_sub(1).max(self.back_floor);
        if self.steps[previous].kind == StepKind::Work && previous != self.index {
            self.completed_work_steps = self.completed_work_steps.saturating_sub(1);
        }
        self.index = previous;
        self.step_started = now;
        if self.status == Status::Paused {
            self.paused_at = Some(now);
        }
    }

    pub fn stop(&mut self, now: Instant) {
        if !self.is_finished() {
            self.tick(now);
            self.paused_at = Some(now);
            self.status = Status::Finished {
                end: SessionEnd::StoppedByPerson,
            };
        }
    }

    /// Applies a pain check-in, due after an exercise or given at any moment.
    pub fn check_in(&mut self, check_in: CheckIn, now: Instant) -> CheckInDecision {
        let decision = judge(self.start_pain, &check_in);
        if self.is_finished() {
            return decision;
        }
        let affected = self.current().exercise;
        self.check_ins.push(CheckInRecord {
            exercise: affected,
            check_in,
            decision: decision.clone(),
        });
        match &decision {
            // A session stopped during an exercise kept only because it was
            // prescribed: it hurt, and the next session of the routine says so.
            CheckInDecision::WarningSign { .. } | CheckInDecision::StopSession { .. }
                if self.cautioned(affected) =>
            {
                self.note_stopped_during(affected);
            }
            _ => {}
        }
        match &decision {
            CheckInDecision::WarningSign { .. } => {
                self.paused_at = Some(now);
                self.status = Status::Finished {
                    end: SessionEnd::WarningSign {
                        decision: decision.clone(),
                    },
                };
            }
            CheckInDecision::StopSession { reason, cause } => {
                self.paused_at = Some(now);
                self.status = Status::Finished {
                    end: SessionEnd::StoppedForPain {
                        reason: reason.clone(),
                        cause: *cause,
                    },
                };
            }
            CheckInDecision::SwapGentler { .. } => {
                self.ease(affected, check_in.pain, now);
                self.continue_after_check_in(now);
            }
            CheckInDecision::Continue { .. } => {
                self.message = None;
                // A calm check-in answers the pain that eased: a later one is
                // judged afresh.
                self.easing_ready = None;
                self.continue_after_check_in(now);
            }
        }
        decision
    }

    fn continue_after_check_in(&mut self, now: Instant) {
        if self.status == Status::AwaitingCheckIn {
            self.advance(now);
        }
    }

    pub fn snapshot(&self, now: Instant) -> SessionSnapshot {
        let step_elapsed = self.step_elapsed(now);
        let done_before: u64 = self.steps[..self.index]
            .iter()
            .map(|s| u64::from(s.seconds) * 1000)
            .sum();
        let total: u64 = self.steps.iter().map(|s| u64::from(s.seconds) * 1000).sum();
        let (step_elapsed, done_before) = match self.status {
            Status::Finished {
                end: SessionEnd::Completed,
            } => (self.duration(), done_before),
            _ => (step_elapsed, done_before),
        };
        SessionSnapshot {
            status: self.status.clone(),
            step_index: self.index,
            step_count: self.steps.len(),
            step: self.current().clone(),
            next: self.steps.get(self.index + 1).cloned(),
            step_elapsed_ms: ms(step_elapsed),
            step_remaining_ms: ms(self.duration().saturating_sub(step_elapsed)),
            session_elapsed_ms: done_before + ms(step_elapsed),
            session_total_ms: total,
            message: self.message.clone(),
            pace: matches!(self.status, Status::Running | Status::Paused)
                .then(|| pace(self.current(), ms(step_elapsed)))
                .flatten(),
        }
    }
}
