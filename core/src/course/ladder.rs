//! Where the person stands on each exercise's ladder, replayed from the
//! plan: the pain-monitoring model (clinical notes, section 2; Silbernagel
//! et al. 2007) moves them along it.
//!
//! - Two sessions of an exercise in the safe zone (0-2) that had settled by
//!   the next morning offer the next rung up; the person may decline.
//! - The acceptable zone (3-5) that settled holds the rung.
//! - Pain that had not settled by the next morning, or a session stopped
//!   for pain during the exercise, steps back one rung at once.
//!
//! The harder rung is offered only in the return to training: before it,
//! the plan rebuilds at the standard dose at most.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;

use super::{Course, PhaseId};
use crate::exercise::{exercise, rung, ExerciseId, Rung, RungView};
use crate::own_routine::OWN_ID_PREFIX;
use crate::pain::{PainScore, PainZone};
use crate::plan::{RecoveryPlan, RungDecision, SessionEnded, SessionRecord, Settled};
use crate::time::{Day, Timestamp};

/// Easy sessions in a row, each settled by the next morning, that offer the next rung.
pub const EASY_SESSIONS_TO_MOVE_UP: u32 = 2;

/// Where the person stands on one exercise's ladder, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Standing {
    pub exercise: ExerciseId,
    pub rung: RungView,
    /// Why the rung last changed; `None` while it never has.
    pub why: Option<String>,
    /// Easy, settled sessions at this rung since it last changed or an
    /// offer was declined.
    pub easy_sessions: u32,
    /// A setback (a stop for pain, a morning not settled) that easy sessions
    /// have not yet answered: own routines run the exercise lighter.
    pub setback: bool,
}

/// An offer of the next rung up, with the reason in the person's words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct RungOffer {
    pub exercise: ExerciseId,
    pub from: RungView,
    pub to: RungView,
    pub why: String,
}

/// Every exercise's standing (only those that ever moved or were done
/// differ from the standard rung) and the offers open now.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, TS)]
pub struct Ladder {
    pub standings: Vec<Standing>,
    pub offers: Vec<RungOffer>,
}

#[derive(Clone, Debug, Error, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum LadderError {
    #[error("there is no offer to move {exercise} to the {} version now", rung.label())]
    NoOffer { exercise: ExerciseId, rung: Rung },
}

impl LadderError {
    pub fn code(&self) -> &'static str {
        match self {
            LadderError::NoOffer { .. } => "no_offer",
        }
    }
}

#[derive(Clone, Default)]
struct Place {
    rung: Rung,
    why: Option<String>,
    easy: u32,
    /// A setback not yet followed by enough easy, settled sessions (of any
    /// routine) or a move up: a routine of the person's own runs the
    /// exercise lighter meanwhile.
    setback: bool,
    easy_since_setback: u32,
}

impl Ladder {
    /// Whether a setback of this exercise still stands.
    pub fn setback(&self, id: ExerciseId) -> bool {
        self.standings.iter().any(|s| s.exercise == id && s.setback)
    }

    /// The rung to run for an exercise.
    pub fn rung_of(&self, id: ExerciseId) -> Rung {
        self.standings
            .iter()
            .find(|s| s.exercise == id)
            .map_or(Rung::Standard, |s| s.rung.rung)
    }

    /// The open offer for an exercise, if it is the one to `to`.
    pub fn offer(&self, id: ExerciseId, to: Rung) -> Result<&RungOffer, LadderError> {
        self.offers
            .iter()
            .find(|o| o.exercise == id && o.to.rung == to)
            .ok_or(LadderError::NoOffer {
                exercise: id,
                rung: to,
            })
    }
}

/// The person's answer to an offer, as the window sends it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct RungAnswer {
    pub exercise: ExerciseId,
    pub to: Rung,
    pub accepted: bool,
}

/// Records the answer to an open offer. An answer to an offer the plan does
/// not make now (stale, or made up) is refused and changes nothing.
pub fn decide(
    plan: &mut RecoveryPlan,
    answer: RungAnswer,
    at: Timestamp,
) -> Result<(), LadderError> {
    let course = super::follow(plan);
    follow(plan, &course).offer(answer.exercise, answer.to)?;
    plan.rung_decisions.push(RungDecision {
        exercise: answer.exercise,
        to: answer.to,
        accepted: answer.accepted,
        decided_at: at,
    });
    Ok(())
}

enum Event<'a> {
    Session(&'a SessionRecord),
    Decision(&'a RungDecision),
}

/// The ladder as the plan's sessions, next mornings and decisions leave it,
/// with the offers the course allows now: none while its routines wait (a
/// warning sign, pain that has not settled), else those of its phase.
pub fn follow(plan: &RecoveryPlan, course: &Course) -> Ladder {
    let mut events: Vec<(Timestamp, Event<'_>)> = plan
        .sessions
        .iter()
        .map(|s| (s.ended_at, Event::Session(s)))
        .chain(
            plan.rung_decisions
                .iter()
                .map(|d| (d.decided_at, Event::Decision(d))),
        )
        .collect();
    events.sort_by_key(|(at, _)| *at);
    let mut places: BTreeMap<ExerciseId, Place> = BTreeMap::new();
    for (_, event) in events {
        match event {
            Event::Session(s) => session(&mut places, s, next_morning(plan, s.local_day())),
            Event::Decision(d) => {
                let place = places.entry(d.exercise).or_default();
                place.easy = 0;
                if d.accepted {
                    place.setback = false;
                    place.rung = d.to;
                    place.why = Some(format!(
                        "You moved up to this version on {}.",
                        d.decided_at.utc_day()
                    ));
                }
            }
        }
    }
    let highest = match course.phase {
        _ if course.routines_paused.is_some() => Rung::Easier,
        PhaseId::ReturnToTraining => Rung::Harder,
        PhaseId::Rebuild => Rung::Standard,
        PhaseId::Start | PhaseId::GetChecked | PhaseId::FirstDays => Rung::Easier,
    };
    let mut ladder = Ladder::default();
    for (id, place) in places {
        let e = exercise(id);
        let here = rung(e, place.rung);
        if place.easy >= EASY_SESSIONS_TO_MOVE_UP {
            if let Some(up) = place.rung.up().filter(|up| *up <= highest) {
                let to = rung(e, up);
                ladder.offers.push(RungOffer {
                    exercise: id,
                    why: format!(
                        "{} easy sessions of {}, settled by the next morning: ready for {}?",
                        in_words(place.easy),
                        here.name,
                        to.name
                    ),
                    from: here.clone(),
                    to,
                });
            }
        }
        ladder.standings.push(Standing {
            exercise: id,
            rung: here,
            why: place.why,
            easy_sessions: place.easy,
            setback: place.setback,
        });
    }
    ladder
}

fn in_words(n: u32) -> String {
    match n {
        2 => "Two".into(),
        3 => "Three".into(),
        4 => "Four".into(),
        n => n.to_string(),
    }
}

/// How the back was the morning after `day`: `None` until the person says.
fn next_morning(plan: &RecoveryPlan, day: Day) -> Option<Settled> {
    let next = day.plus_days(1);
    plan.daily_check_ins
        .iter()
        .find(|c| c.day == next)
        .map(|c| c.settled)
}

/// What one session says of each exercise done in it.
fn session(places: &mut BTreeMap<ExerciseId, Place>, s: &SessionRecord, morning: Option<Settled>) {
    if s.ended == SessionEnded::WarningSign {
        // A warning sign is for the triage, not the ladder.
        return;
    }
    // Each exercise with its highest pain, in the order done.
    let mut done: Vec<(ExerciseId, PainScore)> = Vec::new();
    for entry in &s.check_ins {
        let Some(id) = ExerciseId::parse(&entry.exercise) else {
            continue;
        };
        match done.iter_mut().find(|(d, _)| *d == id) {
            Some((_, pain)) => *pain = (*pain).max(entry.pain),
            None => done.push((id, entry.pain)),
        }
    }
    // After a check-in at 3-5 the rest of the session ran eased (another
    // movement, a gentler exercise, a lighter dose): an easy check-in there
    // says nothing of the person's own rung.
    let eased: Vec<ExerciseId> = s
        .check_ins
        .iter()
        .position(|c| c.pain.zone() != PainZone::Safe)
        .map(|first| &s.check_ins[first + 1..])
        .unwrap_or_default()
        .iter()
        .filter_map(|c| ExerciseId::parse(&c.exercise))
        .collect();
    if s.pain_stop().is_some() {
        // Stopped for pain: the exercise under way at the stop steps back
        // (recorded since plan version 9; before, the last one checked in).
        let under_way = s
            .stopped_during
            .as_deref()
            .and_then(ExerciseId::parse)
            .or(done.last().map(|&(id, _)| id));
        if let Some(id) = under_way {
            step_back(
                places.entry(id).or_default(),
                exercise(id).name,
                "the session was stopped for pain",
            );
        }
        return;
    }
    match morning {
        None => {}
        Some(Settled::No) => {
            for (id, _) in done {
                step_back(
                    places.entry(id).or_default(),
                    exercise(id).name,
                    "the pain had not settled by the next morning",
                );
            }
        }
        Some(Settled::Yes | Settled::NoPainYesterday) => {
            // A routine of the person's own runs at its own doses, not the
            // ladder's: its easy sessions earn no rung (though they answer a
            // setback), and a harder one breaks a run of easy sessions.
            let own = s.routine.starts_with(OWN_ID_PREFIX);
            for (id, pain) in done {
                let place = places.entry(id).or_default();
                match pain.zone() {
                    PainZone::Safe if eased.contains(&id) => {}
                    PainZone::Safe => {
                        if !own {
                            place.easy += 1;
                        }
                        place.easy_since_setback += 1;
                        if place.easy_since_setback >= EASY_SESSIONS_TO_MOVE_UP {
                            place.setback = false;
                        }
                    }
                    PainZone::Acceptable | PainZone::Stop => {
                        place.easy = 0;
                        place.easy_since_setback = 0;
                    }
                }
            }
        }
    }
}

fn step_back(place: &mut Place, name: &str, cause: &str) {
    place.easy = 0;
    place.setback = true;
    place.easy_since_setback = 0;
    if let Some(down) = place.rung.down() {
        place.rung = down;
        place.why = Some(format!(
            "After {name}, {cause}: it has gone back to an easier version."
        ));
    }
}
