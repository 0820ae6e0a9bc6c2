//! The pace of the step under way, read off the session's own clock: which
//! repetition, which beat of it ("lift… hold… lower") and which side. It is
//! a function of the step and the time spent in it, so a paused session
//! holds its pace and a resumed one picks it up where it was.

use serde::Serialize;
use ts_rs::TS;

use super::machine::{Step, StepKind};
use crate::exercise::{own_tempo, tempo_at, Dose, Motion, Sides, Tempo};

/// The pace of the step's movement: the library's, or a plain one for an
/// exercise of the person's own.
fn tempo_of(step: &Step) -> Tempo {
    match step.exercise.library() {
        Some(id) => tempo_at(id, step.rung),
        None => own_tempo(step.dose),
    }
}

/// What the person should be doing this moment, shown large and, with sound
/// on, marked by a short tone whenever `beat` changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Pace {
    /// The words for this beat: "Lift the hips", "Hold, and keep breathing".
    pub cue: &'static str,
    pub motion: Motion,
    /// The repetition under way and how many in the set; `None` for a hold.
    pub rep: Option<u32>,
    pub reps: Option<u32>,
    /// Which side, for an exercise that uses one at a time.
    pub side: Option<&'static str>,
    /// Counts up through the step, one for each beat: a change is a new beat.
    pub beat: u32,
}

/// The pace `elapsed_ms` into `step`; `None` for a lead-in, for the steady
/// minutes of walking or cycling, and for a rest that is only a rest.
pub fn pace(step: &Step, elapsed_ms: u64) -> Option<Pace> {
    let tempo = tempo_of(step);
    match step.kind {
        StepKind::GetReady => None,
        // The rest between the two sides of a stretch is the time to switch.
        StepKind::Rest => match tempo.sides {
            Sides::EachSet { first, second } => Some(Pace {
                cue: "Switch sides",
                motion: Motion::Back,
                rep: None,
                reps: None,
                side: Some(if step.set % 2 == 1 { second } else { first }),
                beat: 0,
            }),
            _ => None,
        },
        StepKind::Work => match step.dose {
            Dose::Continuous { .. } => None,
            Dose::Hold { .. } => Some(Pace {
                cue: tempo.beats[0].cue,
                motion: tempo.beats[0].motion,
                rep: None,
                reps: None,
                side: match tempo.sides {
                    Sides::EachSet { first, second } => {
                        Some(if step.set % 2 == 1 { first } else { second })
                    }
                    _ => None,
                },
                beat: 0,
            }),
            Dose::Reps {
                reps,
                seconds_per_rep,
                ..
            } => {
                let rep_ms = u64::from(seconds_per_rep) * 1000;
                let index = (elapsed_ms / rep_ms).min(u64::from(reps.saturating_sub(1)));
                let into_rep = (elapsed_ms - index * rep_ms).min(rep_ms - 1);
                let parts: u32 = tempo.beats.iter().map(|b| b.parts).sum();
                let part_ms = rep_ms / u64::from(parts);
                let mut until = 0;
                let (n, beat) = tempo
                    .beats
                    .iter()
                    .enumerate()
                    .find(|(_, b)| {
                        until += u64::from(b.parts) * part_ms;
                        into_rep < until
                    })
                    .unwrap_or((tempo.beats.len() - 1, &tempo.beats[tempo.beats.len() - 1]));
                let index = u32::try_from(index).unwrap_or(u32::MAX);
                let beats = u32::try_from(tempo.beats.len()).unwrap_or(u32::MAX);
                Some(Pace {
                    cue: beat.cue,
                    motion: beat.motion,
                    rep: Some(index + 1),
                    reps: Some(reps),
                    side: match tempo.sides {
                        Sides::Alternate { first, second } => {
                            Some(if index % 2 == 0 { first } else { second })
                        }
                        _ => None,
                    },
                    beat: index * beats + u32::try_from(n).unwrap_or(0),
                })
            }
        },
    }
}

/// When, in ms into `step`, the beat after the one at `elapsed_ms` begins:
/// the session wakes then, so that the cue and its tone come on the beat,
/// not up to a tick late. `None` when the step has no beats to come.
pub fn next_beat_ms(step: &Step, elapsed_ms: u64) -> Option<u64> {
    let Dose::Reps {
        seconds_per_rep, ..
    } = step.dose
    else {
        return None;
    };
    if step.kind != StepKind::Work {
        return None;
    }
    let rep_ms = u64::from(seconds_per_rep) * 1000;
    let tempo = tempo_of(step);
    let parts: u32 = tempo.beats.iter().map(|b| b.parts).sum();
    let part_ms = rep_ms / u64::from(parts);
    let rep_start = elapsed_ms / rep_ms * rep_ms;
    let mut boundary = rep_start;
    for beat in tempo.beats {
        boundary += u64::from(beat.parts) * part_ms;
        if boundary > elapsed_ms {
            return Some(boundary);
        }
    }
    Some(rep_start + rep_ms)
}
