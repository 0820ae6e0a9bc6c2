//! Pain at 3-5 at a check-in: the session goes on, lighter, never heavier.
//!
//! The exercise the check-in is about is eased for the rest of the session
//! the way a physiotherapist regresses an exercise: first one rung down the
//! same exercise (the plank on the toes to the modified plank, an exercise to
//! its own easier movement), then its gentler exercise, then the same
//! movement lighter. One cautioned for the person's kind of pain, kept only
//! because it was prescribed, is left for today instead. Once an exercise
//! has been done and its check-in is at 3-5, the exercises still to come run
//! a step easier too, once a session. Every eased dose is the target's own
//! dose, no more than was left: a timer never contradicts the advice, and a
//! gentler exercise never comes at ninety repetitions.
//!
//! While the pain is up (above where the session started or the last
//! check-in found it, or at the top of the acceptable range), no exercise
//! cautioned for the person's kind of pain is done: those still to come are
//! left out too, whichever exercise raised the pain.

use tokio::time::Instant;

use super::{
    exercise_steps, LeftOutToday, Movement, SessionEnd, SessionMachine, Status, Step, StepKind,
    Swap, GET_READY_NEW_MOVEMENT_SECONDS, GET_READY_SECONDS,
};
use crate::exercise::{exercise, rung, variation, Dose, Exercise, Rung};
use crate::own_routine::{eased, ExerciseRef};
use crate::pain::{PainZone, STOP_ON_RISE};
use crate::triage::PainScore;
use crate::words::{in_a_list, lower_first};

/// Less time than this left of an exercise is not worth a new movement and
/// its get-ready: the person finishes it gently, or skips it.
pub const NOT_WORTH_EASING_SECONDS: u32 = 15;

/// How one exercise is eased.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Easing {
    /// Another movement of the same exercise.
    StepDown(Rung),
    /// Its gentler exercise, at this rung.
    Gentler(&'static Exercise, Rung),
    /// The same movement at a lighter dose.
    Lighter,
    /// Cautioned for the person's kind of pain: left for today.
    LeaveOut,
    /// Already as light as it goes.
    AsLightAsItGoes,
}

impl SessionMachine {
    /// A check-in at 3-5 about `affected`: eases it, and, once it is done,
    /// what is still to come.
    pub(super) fn ease(&mut self, affected: ExerciseRef, pain: PainScore, now: Instant) {
        let doing = self.current().clone();
        let up = self.pain_up(pain);
        let rose = up.is_some();
        let marked = up.as_ref().is_some_and(|u| u.marked);
        // Every change says why: the pain the person just gave.
        let said = format!("Your pain is {}", pain.value());
        // The eased movement has not been tried yet: a pain no higher than
        // the one that eased it, before it starts, is that pain, already
        // answered. (Not for an exercise cautioned for the pain kind: a rise
        // there acts.)
        if self
            .easing_ready
            .is_some_and(|(ready, eased_at)| ready == self.index && pain <= eased_at)
            && doing.kind == StepKind::GetReady
            && !self.cautioned(affected)
        {
            self.message = Some(format!(
                "{said}. Start {} gently; if the pain rises, press Check in or Stop.",
                doing.name
            ));
            return;
        }
        let also_left_out = if rose {
            self.leave_out_cautioned_later(affected)
        } else {
            Vec::new()
        };
        // How the pain is up matters where it decides what is left out.
        let said = match up {
            Some(up) if self.cautioned(affected) || !also_left_out.is_empty() => {
                format!("{said}, {}", up.how)
            }
            _ => said,
        };
        // A check-in after a set that is not the exercise's last (every ten
        // minutes of a long walk, say) finds it still under way.
        let done = self.status == Status::AwaitingCheckIn
            && self
                .steps
                .get(self.index + 1)
                .is_none_or(|next| next.kind == StepKind::GetReady);
        let answer = Answer {
            said: &said,
            pain,
            rose,
            hurt_at: marked.then_some(pain),
        };
        if done {
            self.ease_after_done(affected, &doing, &answer);
        } else {
            self.ease_under_way(affected, &doing, &answer, now);
        }
        if !also_left_out.is_empty() {
            let also = format!(
                "With your pain where it is, Spinewise also leaves out {} for the rest of today's session: kept only because your physiotherapist gave {}.",
                in_a_list(&also_left_out),
                if also_left_out.len() == 1 { "it" } else { "them" }
            );
            self.message = Some(match self.message.take() {
                Some(text) => format!("{text} {also}"),
                None => format!("{said}. {also}"),
            });
        }
    }

    /// How the pain is up, if it is: above the lower of where the session
    /// started and where the last check-in found it, or at the top of the
    /// acceptable range. A rise from a calm check-in counts even when the
    /// session started higher.
    fn pain_up(&self, pain: PainScore) -> Option<PainUp> {
        let (now, start) = (pain.value(), self.start_pain.value());
        // The check-in being answered is already recorded: the one before it.
        let last = self
            .check_ins
            .iter()
            .rev()
            .nth(1)
            .map(|c| c.check_in.pain.value());
        let at_top = now >= PainZone::ACCEPTABLE_UP_TO;
        // Up by 2 (the smallest change that matters), or up to the top.
        let from = |was: u8| now >= was + STOP_ON_RISE || (at_top && now > was);
        match last {
            Some(last) if last < start && now > last => Some(PainUp {
                how: format!("up from {last} at your last check-in"),
                marked: from(last),
            }),
            _ if now > start => Some(PainUp {
                how: format!("up from {start} when you started this session"),
                marked: from(start),
            }),
            // At 5 without a rise: nothing is blamed, but nothing kept only
            // because it was prescribed is done this high.
            _ if at_top => Some(PainUp {
                how: "the top of the range in which exercise can go on".to_owned(),
                marked: false,
            }),
            _ => None,
        }
    }

    /// While the pain is up, the exercises still to come that are cautioned
    /// for the person's kind of pain are left out too, whichever exercise
    /// raised it. Returns their names.
    fn leave_out_cautioned_later(&mut self, affected: ExerciseRef) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        let mut at = occurrence_end(&self.steps, self.index);
        while at < self.steps.len() {
            let end = occurrence_end(&self.steps, at);
            let step = &self.steps[at];
            if step.exercise != affected && self.cautioned(step.exercise) {
                if !names.contains(&step.name) {
                    names.push(step.name.clone());
                }
                self.note_left_out(step.exercise, None);
                self.steps.drain(at..end);
            } else {
                at = end;
            }
        }
        names
    }

    /// Kept for the end of the session and the plan: what was left out
    /// today, and the pain it was taken out at if it hurt.
    fn note_left_out(&mut self, id: ExerciseRef, hurt_at: Option<PainScore>) {
        let name = self.name_of(id);
        match self.left_out.iter_mut().find(|l| l.exercise == id) {
            Some(noted) => noted.hurt_at = noted.hurt_at.or(hurt_at),
            None => self.left_out.push(LeftOutToday {
                exercise: id,
                name,
                hurt_at,
                stopped: false,
            }),
        }
    }

    /// The session stops during an exercise kept only because it was
    /// prescribed: it hurt, whatever the score.
    pub(super) fn note_stopped_during(&mut self, id: ExerciseRef) {
        self.note_left_out(id, None);
        if let Some(noted) = self.left_out.iter_mut().find(|l| l.exercise == id) {
            noted.stopped = true;
        }
    }

    /// The name the session gives an exercise: its first step's.
    fn name_of(&self, id: ExerciseRef) -> String {
        self.steps
            .iter()
            .find(|s| s.exercise == id)
            .map_or_else(String::new, |s| s.name.clone())
    }

    /// Whether the exercise is kept only because a physiotherapist gave it:
    /// one cautioned for the person's kind of pain, or one of their own,
    /// which Spinewise has not checked. Either is never changed into another
    /// movement; while the pain is up it is left out.
    pub(super) fn cautioned(&self, id: ExerciseRef) -> bool {
        match id {
            ExerciseRef::Library(id) => self
                .pain_kind
                .is_some_and(|kind| exercise(id).is_cautioned_for(kind)),
            ExerciseRef::Own(_) => true,
        }
    }

    /// The first step still to do: the one under way, or, at a check-in,
    /// the one after it.
    fn resume_at(&self) -> usize {
        self.index + usize::from(self.status == Status::AwaitingCheckIn)
    }

    /// The exercise under way (or getting ready) eased for the rest of the session.
    fn ease_under_way(
        &mut self,
        affected: ExerciseRef,
        doing: &Step,
        answer: &Answer<'_>,
        now: Instant,
    ) {
        let Answer {
            said,
            pain,
            rose,
            hurt_at,
        } = *answer;
        let original = doing.name.clone();
        let easing = self.easing_for(affected, doing.rung, doing.dose, rose);
        let text = match easing {
            Easing::LeaveOut => {
                let how = match (self.tried(affected), hurt_at) {
                    (false, _) => Taken::BeforeItBegan,
                    (true, Some(_)) => Taken::ItHurt,
                    (true, None) => Taken::ALittle,
                };
                let hurt_at = hurt_at.filter(|_| how == Taken::ItHurt);
                self.leave_out(affected, hurt_at, now);
                left_out_said(&original, said, how, affected.library().is_none())
            }
            Easing::AsLightAsItGoes if self.cautioned(affected) => format!(
                "{said}, no higher than it has been this session: carry on with {original} gently, as your physiotherapist showed you, and press Check in if it rises."
            ),
            Easing::AsLightAsItGoes => format!(
                "{said}: {original} is already the easiest version. Make the movement smaller and slower; if the pain rises, press Check in, or Skip or Stop."
            ),
            easing => match self.reschedule(affected, easing, pain, now) {
                None => format!(
                    "{said}: {original} is nearly done. Finish it gently, or press Skip; if it comes again later in this session, it comes easier."
                ),
                Some(to) => {
                    if let Easing::Gentler(gentler, _) = easing {
                        self.swaps.push(Swap {
                            from: affected,
                            to: gentler.id,
                        });
                    }
                    match easing {
                        Easing::Lighter => format!(
                            "{said}: {original} is made lighter for the rest of this session, {} now.",
                            lower_first(&to.dose.describe())
                        ),
                        _ => format!(
                            "{said}: {original} is switched to {} for the rest of this session.",
                            to.name
                        ),
                    }
                }
            },
        };
        self.message = Some(text);
    }

    /// Whether any of the exercise's work has been done in the occurrence
    /// under way: a pain before it started is not its doing (nor one after
    /// an earlier, calm occurrence of it).
    fn tried(&self, id: ExerciseRef) -> bool {
        let current = self.current();
        let start = occurrence_start(&self.steps, self.index);
        current.exercise == id
            && (current.kind != StepKind::GetReady
                || self.steps[start..self.index]
                    .iter()
                    .any(|s| s.kind == StepKind::Work))
    }

    /// An exercise just done, its check-in at 3-5: it is eased wherever it
    /// comes again, and what is still to come runs a step easier (once).
    fn ease_after_done(&mut self, affected: ExerciseRef, done: &Step, answer: &Answer<'_>) {
        let Answer {
            said,
            pain,
            rose,
            hurt_at,
        } = *answer;
        let later = self.index + 1;
        let whole_rest = !self.rest_eased;
        self.rest_eased = true;
        let mut changed = false;
        let mut at = later;
        while at < self.steps.len() {
            let step = self.steps[at].clone();
            let end = occurrence_end(&self.steps, at);
            let easing = if step.exercise == affected {
                self.easing_for(affected, step.rung, step.dose, rose)
            } else if whole_rest {
                self.step_easier(&step)
            } else {
                Easing::AsLightAsItGoes
            };
            if let Easing::Gentler(gentler, _) = easing {
                self.swaps.push(Swap {
                    from: affected,
                    to: gentler.id,
                });
            }
            let new = match easing {
                Easing::LeaveOut => Vec::new(),
                easing => occurrence_steps(&self.steps[at..end], easing, 0, 0)
                    .unwrap_or_else(|| self.steps[at..end].to_vec()),
            };
            if new.is_empty() {
                self.note_left_out(step.exercise, hurt_at);
            }
            changed |= new.as_slice() != &self.steps[at..end];
            let len = new.len();
            self.steps.splice(at..end, new);
            at += len;
        }
        // Back from what comes next never returns to what hurt.
        self.back_floor = later.min(self.steps.len().saturating_sub(1));
        // The exercise just done, cautioned, hurt: said first, whatever else
        // changed.
        let taken = (self.cautioned(affected) && rose).then(|| {
            let how = if hurt_at.is_some() {
                Taken::ItHurt
            } else {
                Taken::ALittle
            };
            self.note_left_out(affected, hurt_at);
            left_out_said(&done.name, said, how, affected.library().is_none())
        });
        if later >= self.steps.len() {
            // The session ends here: its end screen says what to watch for.
            self.message = taken;
            return;
        }
        // The next exercise has not been tried yet: a pain before it starts
        // is the one just answered.
        self.easing_ready = Some((later, pain));
        let kept: Vec<String> = self.steps[later..]
            .iter()
            .filter(|s| s.kind == StepKind::GetReady && self.cautioned(s.exercise))
            .map(|s| s.name.clone())
            .collect();
        let rest = if whole_rest && changed && kept.is_empty() {
            "the rest of this session is made a step easier.".to_owned()
        } else if whole_rest && changed {
            format!(
                "the rest of this session is made a step easier, except {}, kept as your physiotherapist prescribed it.",
                in_a_list(&kept)
            )
        } else {
            "go gently with the rest of this session, and check in again if it rises.".to_owned()
        };
        self.message = Some(match taken {
            Some(taken) => format!("{taken} Then {rest}"),
            None => format!("{said}: {rest}"),
        });
    }

    /// How to ease `affected`, done at `at` with `dose`, for this person.
    fn easing_for(&self, affected: ExerciseRef, at: Rung, dose: Dose, rose: bool) -> Easing {
        // A prescribed exercise cautioned for the pain kind is never turned
        // into another movement the physiotherapist did not choose: left for
        // today if the pain rose, otherwise kept as prescribed.
        if self.cautioned(affected) {
            return if rose {
                Easing::LeaveOut
            } else {
                Easing::AsLightAsItGoes
            };
        }
        if let Some(step) = step_down(affected, at) {
            return step;
        }
        if lightest(affected, at) {
            return Easing::AsLightAsItGoes;
        }
        if let Some(gentler) = self.gentler_for(affected) {
            let level = if at == Rung::Easier {
                Rung::Easier
            } else {
                Rung::Standard
            };
            let theirs = self.rungs.get(&gentler.id).copied().unwrap_or_default();
            return Easing::Gentler(gentler, level.min(theirs));
        }
        if eased(dose) != dose {
            Easing::Lighter
        } else {
            Easing::AsLightAsItGoes
        }
    }

    /// One step easier for an exercise that did not hurt: down its own
    /// movements, or lighter; never another exercise, never left out.
    fn step_easier(&self, step: &Step) -> Easing {
        if self.cautioned(step.exercise) {
            // As prescribed: not another movement.
            return Easing::AsLightAsItGoes;
        }
        if let Some(down) = step_down(step.exercise, step.rung) {
            return down;
        }
        if lightest(step.exercise, step.rung) || eased(step.dose) == step.dose {
            Easing::AsLightAsItGoes
        } else {
            Easing::Lighter
        }
    }

    /// Rewrites what is left of `affected` in the session: the occurrence
    /// under way from its step now (with a get-ready for the new movement),
    /// and any later occurrence whole; Back never returns to what hurt.
    /// Returns the step now under way (its movement's name and dose); none
    /// when too little is left of the occurrence under way to change it
    /// (later ones still are).
    fn reschedule(
        &mut self,
        affected: ExerciseRef,
        easing: Easing,
        pain: PainScore,
        now: Instant,
    ) -> Option<Step> {
        let from = self.resume_at();
        let start = occurrence_start(&self.steps, self.index);
        let end = occurrence_end(&self.steps, self.index);
        let done_sets = self.steps[start..from]
            .iter()
            .filter(|s| s.kind == StepKind::Work)
            .count();
        // Time already spent in the set under way counts as done.
        let elapsed = if from == self.index && self.current().kind == StepKind::Work {
            u32::try_from(self.step_elapsed(now).as_secs()).unwrap_or(u32::MAX)
        } else {
            0
        };
        let remaining = occurrence_steps(&self.steps[start..end], easing, done_sets, elapsed);
        let shown = remaining.as_ref().map(|r| r[0].clone());
        let mut at = match remaining {
            Some(remaining) => {
                let at = from + remaining.len();
                self.steps.splice(from..end, remaining);
                self.easing_ready = Some((from, pain));
                self.back_floor = from;
                at
            }
            None => end,
        };
        while at < self.steps.len() {
            let end = occurrence_end(&self.steps, at);
            if self.steps[at].exercise == affected {
                let new = occurrence_steps(&self.steps[at..end], easing, 0, 0)
                    .unwrap_or_else(|| self.steps[at..end].to_vec());
                let len = new.len();
                self.steps.splice(at..end, new);
                at += len;
            } else {
                at = end;
            }
        }
        let shown = shown?;
        if self.status != Status::AwaitingCheckIn {
            self.step_started = now;
            if self.status == Status::Paused {
                self.paused_at = Some(now);
            }
        }
        Some(shown)
    }

    /// Takes the rest of `affected` out of the session: the step under way
    /// becomes whatever comes next, or the session ends.
    pub(super) fn leave_out(
        &mut self,
        affected: ExerciseRef,
        hurt_at: Option<PainScore>,
        now: Instant,
    ) {
        self.note_left_out(affected, hurt_at);
        let from = self.resume_at();
        let mut kept = self.steps[..from].to_vec();
        let mut at = occurrence_end(&self.steps, self.index);
        while at < self.steps.len() {
            let end = occurrence_end(&self.steps, at);
            if self.steps[at].exercise != affected {
                kept.extend_from_slice(&self.steps[at..end]);
            }
            at = end;
        }
        if self.status == Status::AwaitingCheckIn {
            // Going on from the check-in finds what is left, or the end.
            self.steps = kept;
            return;
        }
        if kept.len() == from {
            // Nothing else to do: the session ends here.
            self.steps.truncate(from + 1);
            self.status = Status::Finished {
                end: SessionEnd::Completed,
            };
            self.paused_at = Some(now);
            return;
        }
        self.steps = kept;
        self.back_floor = from;
        self.step_started = now;
        if self.status == Status::Paused {
            self.paused_at = Some(now);
        }
    }
}

/// Whether `at` is the lightest movement of a library exercise.
fn lightest(id: ExerciseRef, at: Rung) -> bool {
    id.library()
        .and_then(|id| variation(id, at))
        .is_some_and(|v| v.lightest)
}

/// One rung down the same library exercise, if it has one to go to from `at`.
fn step_down(id: ExerciseRef, at: Rung) -> Option<Easing> {
    let id = id.library()?;
    match at {
        Rung::Harder if variation(id, Rung::Harder).is_some() => {
            Some(Easing::StepDown(Rung::Standard))
        }
        Rung::Easier => None,
        _ => variation(id, Rung::Easier).map(|v| Easing::StepDown(v.rung)),
    }
}

/// Where the run of steps of the exercise at `at` begins: its get-ready.
fn occurrence_start(steps: &[Step], at: usize) -> usize {
    let mut start = at;
    while start > 0
        && steps[start - 1].exercise == steps[at].exercise
        && steps[start].kind != StepKind::GetReady
    {
        start -= 1;
    }
    start
}

/// Where the run of steps of the exercise at `at` ends: the next get-ready.
fn occurrence_end(steps: &[Step], at: usize) -> usize {
    at + 1
        + steps[at + 1..]
            .iter()
            .take_while(|s| s.kind != StepKind::GetReady)
            .count()
}

/// The steps of one occurrence, eased, from where it stands (`done` sets
/// done, `elapsed` seconds into the one under way): a get-ready for the new
/// movement, then no more sets, and no more time, than were left of it.
/// None when what is left cannot hold the eased dose whole (less than a
/// minute of a walk, less than one repetition), or is hardly worth a change:
/// a timer cut short would contradict the dose the screen gives.
fn occurrence_steps(
    occurrence: &[Step],
    easing: Easing,
    done: usize,
    elapsed: u32,
) -> Option<Vec<Step>> {
    let first = &occurrence[0];
    let work: Vec<&Step> = occurrence
        .iter()
        .filter(|s| s.kind == StepKind::Work)
        .collect();
    let sets_left = work.len().saturating_sub(done).max(1);
    let seconds_left = work
        .iter()
        .skip(done)
        .map(|s| s.seconds)
        .sum::<u32>()
        .saturating_sub(elapsed);
    if seconds_left < NOT_WORTH_EASING_SECONDS {
        return None;
    }
    let left = match first.dose {
        Dose::Continuous { .. } => Dose::Continuous {
            minutes: seconds_left.div_ceil(60),
        },
        dose => dose,
    };
    // Another movement, or another exercise, needs time to read and get
    // into position (from standing to the floor, say); the same one lighter
    // does not.
    let moved = |exercise: ExerciseRef, name: String, rung: Rung, dose: Dose| Movement {
        exercise,
        name,
        dose,
        rung,
        get_ready: GET_READY_NEW_MOVEMENT_SECONDS,
    };
    let movement = match easing {
        Easing::StepDown(rung_to) => {
            // Only a library exercise has movements to step down to.
            let e = exercise(first.exercise.library()?);
            let to = rung(e, rung_to);
            let dose = within(lighter_of(left, to.dose), sets_left, seconds_left);
            moved(first.exercise, to.name, rung_to, dose)
        }
        // The same movement lighter keeps the name the person knows it by.
        // Not yet begun, it keeps the time it had: a movement of its own (a
        // wall plank after a floor exercise) still needs its 30 s.
        Easing::Lighter => Movement {
            get_ready: match first.kind {
                StepKind::GetReady if done == 0 && elapsed == 0 => {
                    first.seconds.max(GET_READY_SECONDS)
                }
                _ => GET_READY_SECONDS,
            },
            ..moved(
                first.exercise,
                first.name.clone(),
                first.rung,
                eased(within(left, sets_left, seconds_left)),
            )
        },
        Easing::Gentler(e, rung_to) => {
            let to = rung(e, rung_to);
            let dose = within(to.dose, sets_left, seconds_left);
            moved(e.id.into(), to.name, rung_to, dose)
        }
        Easing::LeaveOut | Easing::AsLightAsItGoes => return Some(occurrence.to_vec()),
    };
    let steps = exercise_steps(&movement);
    // Whole minutes, and a repetition at the least, can round up past the
    // time that was left: then the dose does not fit.
    let work: u32 = steps
        .iter()
        .filter(|s| s.kind == StepKind::Work)
        .map(|s| s.seconds)
        .sum();
    if work > seconds_left {
        return None;
    }
    Some(steps)
}

/// What is said when an exercise cautioned for the pain kind is left out:
/// "it hurt" only of one the person has done.
fn left_out_said(name: &str, said: &str, how: Taken, own: bool) -> String {
    let why = if own {
        format!("{said}. {name} is an exercise Spinewise has not checked, so Spinewise")
    } else {
        format!("{said}. {name} is usually left out for your kind of pain, so Spinewise")
    };
    match how {
        Taken::ItHurt => format!("{why} has taken it out of today's session. Do not do it again until you have spoken with your physiotherapist, and tell them it hurt."),
        Taken::ALittle => format!("{why} has taken it out for the rest of today's session. If it hurts again next time, tell your physiotherapist."),
        Taken::BeforeItBegan => format!("{why} leaves it out for the rest of today's session. It comes again next time."),
    }
}

/// Why a cautioned exercise was taken out, which decides what is said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Taken {
    /// Done, and the pain rose by 2 or more, or reached 5.
    ItHurt,
    /// Done, and the pain rose by a point.
    ALittle,
    /// Not begun: the pain was up before it.
    BeforeItBegan,
}

/// A check-in at 3-5 as the easing reads it.
#[derive(Clone, Copy)]
struct Answer<'a> {
    /// "Your pain is 4", and how it is up where that decides.
    said: &'a str,
    pain: PainScore,
    /// Up on the session so far.
    rose: bool,
    /// The pain, when it is up enough to say an exercise done hurt.
    hurt_at: Option<PainScore>,
}

/// How the pain given at a check-in is up on the session so far.
struct PainUp {
    /// In words: "up from 2 at your last check-in".
    how: String,
    /// Up by 2 or more (the smallest change that matters to a person), or
    /// at the top of the acceptable range: enough to say an exercise hurt.
    marked: bool,
}

/// The lighter of two doses of one kind, part by part; `other` when the kinds differ.
fn lighter_of(dose: Dose, other: Dose) -> Dose {
    match (dose, other) {
        (
            Dose::Hold {
                seconds,
                sets,
                rest_seconds,
            },
            Dose::Hold {
                seconds: s2,
                sets: n2,
                ..
            },
        ) => Dose::Hold {
            seconds: seconds.min(s2),
            sets: sets.min(n2),
            rest_seconds,
        },
        (
            Dose::Reps {
                reps,
                seconds_per_rep: _,
                sets,
                rest_seconds,
            },
            Dose::Reps {
                reps: r2,
                sets: n2,
                seconds_per_rep: p2,
                ..
            },
        ) => Dose::Reps {
            // The new movement's own pace.
            reps: reps.min(r2),
            seconds_per_rep: p2,
            sets: sets.min(n2),
            rest_seconds,
        },
        (Dose::Continuous { minutes }, Dose::Continuous { minutes: m2 }) => Dose::Continuous {
            minutes: minutes.min(m2),
        },
        (_, other) => other,
    }
}

/// A gentler exercise's own dose, with no more sets, and no more time in
/// each, than were left of the one it replaces (a walk no longer than what
/// was left of it).
fn within(dose: Dose, sets_left: usize, seconds_left: u32) -> Dose {
    let sets_left = u32::try_from(sets_left).unwrap_or(u32::MAX).max(1);
    let per_set = (seconds_left / sets_left).max(1);
    match dose {
        Dose::Hold {
            seconds,
            sets,
            rest_seconds,
        } => Dose::Hold {
            seconds: seconds.min(per_set).max(1),
            sets: sets.min(sets_left),
            rest_seconds,
        },
        Dose::Reps {
            reps,
            seconds_per_rep,
            sets,
            rest_seconds,
        } => Dose::Reps {
            reps: reps.min(per_set / seconds_per_rep).max(1),
            seconds_per_rep,
            sets: sets.min(sets_left),
            rest_seconds,
        },
        Dose::Continuous { minutes } => Dose::Continuous {
            minutes: minutes.min(seconds_left / 60).max(1),
        },
    }
}

#[cfg(test)]
mod tests;
