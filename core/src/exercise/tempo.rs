//! How each exercise is paced: the beats of one repetition ("lift… hold…
//! lower") and how it uses the two sides of the body. A session's pace
//! (`session::pace`) reads this with its own clock; the drawings move one
//! cycle per repetition to match.

use super::ExerciseId;
use serde::Serialize;
use ts_rs::TS;

/// What the body does during a beat: each sounds its own short tone, so
/// the person can follow with their eyes closed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Motion {
    /// Moving away from the start: lifting, reaching, rounding.
    Out,
    /// Still: holding a position.
    Still,
    /// Moving back to the start.
    Back,
}

/// One beat of a repetition: its cue, and its share of the repetition's time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Beat {
    pub cue: &'static str,
    pub motion: Motion,
    /// Parts of the repetition; a repetition's parts add up to its length.
    pub parts: u32,
}

/// How an exercise uses the two sides of the body.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sides {
    /// Both sides at once, or no side to speak of.
    Together,
    /// One side each repetition, in turn (an arm and the opposite leg).
    Alternate {
        first: &'static str,
        second: &'static str,
    },
    /// One set on one side, the next on the other: a stretch held on each side.
    EachSet {
        first: &'static str,
        second: &'static str,
    },
}

/// The beats of one repetition (a hold is one still beat) and the sides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tempo {
    pub beats: &'static [Beat],
    pub sides: Sides,
}

const fn beat(cue: &'static str, motion: Motion, parts: u32) -> Beat {
    Beat { cue, motion, parts }
}

const HOLD: &[Beat] = &[beat("Hold, and keep breathing", Motion::Still, 1)];
const TOGETHER_HOLD: Tempo = Tempo {
    beats: HOLD,
    sides: Sides::Together,
};
const STEADY: Tempo = Tempo {
    beats: &[beat("Keep a steady, easy pace", Motion::Still, 1)],
    sides: Sides::Together,
};

const OWN_REPETITION: &[Beat] = &[
    beat("Move slowly, as you were shown", Motion::Out, 1),
    beat("And slowly back", Motion::Back, 1),
];

/// The pace of an exercise of the person's own, by its dose: its steps are
/// theirs, so the cues say only when to move and when to hold.
pub fn own_tempo(dose: super::Dose) -> Tempo {
    match dose {
        super::Dose::Hold { .. } => TOGETHER_HOLD,
        super::Dose::Reps { .. } => Tempo {
            beats: OWN_REPETITION,
            sides: Sides::Together,
        },
        super::Dose::Continuous { .. } => STEADY,
    }
}

/// The pace of each exercise. Repetitions last the dose's seconds per
/// repetition; the parts share that out (a slow lowering takes longer than
/// the lift, as the steps say).
pub fn tempo(id: ExerciseId) -> Tempo {
    use ExerciseId as Id;
    use Motion::{Back, Out, Still};
    match id {
        Id::ModifiedPlank | Id::WallSit | Id::ChildsPose => TOGETHER_HOLD,
        Id::BirdDog => Tempo {
            beats: &[
                Beat {
                    cue: "Reach out",
                    motion: Out,
                    parts: 1,
                },
                Beat {
                    cue: "Hold it steady",
                    motion: Still,
                    parts: 2,
                },
                Beat {
                    cue: "Back to the start",
                    motion: Back,
                    parts: 1,
                },
            ],
            sides: Sides::Alternate {
                first: "Right arm, left leg",
                second: "Left arm, right leg",
            },
        },
        Id::DeadBug => Tempo {
            beats: &[
                Beat {
                    cue: "Lower slowly",
                    motion: Out,
                    parts: 2,
                },
                Beat {
                    cue: "Hold, back flat",
                    motion: Still,
                    parts: 1,
                },
                Beat {
                    cue: "Bring them back",
                    motion: Back,
                    parts: 2,
                },
            ],
            sides: Sides::Alternate {
                first: "Right arm, left leg",
                second: "Left arm, right leg",
            },
        },
        Id::GluteBridge => Tempo {
            beats: &[
                Beat {
                    cue: "Lift the hips",
                    motion: Out,
                    parts: 1,
                },
                Beat {
                    cue: "Hold at the top",
                    motion: Still,
                    parts: 1,
                },
                Beat {
                    cue: "Lower slowly",
                    motion: Back,
                    parts: 2,
                },
            ],
            sides: Sides::Together,
        },
        Id::CatCow => Tempo {
            beats: &[
                Beat {
                    cue: "Round the back up",
                    motion: Out,
                    parts: 1,
                },
                Beat {
                    cue: "Let the back dip",
                    motion: Back,
                    parts: 1,
                },
            ],
            sides: Sides::Together,
        },
        Id::ResistanceBandWork => Tempo {
            beats: &[
                Beat {
                    cue: "Pull, elbows back",
                    motion: Out,
                    parts: 1,
                },
                Beat {
                    cue: "Squeeze",
                    motion: Still,
                    parts: 1,
                },
                Beat {
                    cue: "Let it back slowly",
                    motion: Back,
                    parts: 1,
                },
            ],
            sides: Sides::Together,
        },
        Id::HipFlexorLunge => Tempo {
            beats: HOLD,
            sides: Sides::EachSet {
                first: "Left knee down",
                second: "Right knee down",
            },
        },
        Id::HamstringStretch => Tempo {
            beats: HOLD,
            sides: Sides::EachSet {
                first: "Left leg up",
                second: "Right leg up",
            },
        },
        Id::Walking
        | Id::BriskWalking
        | Id::Swimming
        | Id::Elliptical
        | Id::StationaryBike
        | Id::ModifiedYogaPilates => STEADY,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::{Dose, EXERCISES};

    #[test]
    fn every_repetition_has_beats_that_fit_a_whole_number_of_tenths() {
        for e in &EXERCISES {
            let t = tempo(e.id);
            assert!(!t.beats.is_empty(), "{}", e.id);
            if let Dose::Reps {
                seconds_per_rep, ..
            } = e.dose
            {
                let parts: u32 = t.beats.iter().map(|b| b.parts).sum();
                assert!(t.beats.len() >= 2, "{}: a repetition moves", e.id);
                assert_eq!(
                    seconds_per_rep * 1000 % parts,
                    0,
                    "{}: beats fall on whole milliseconds",
                    e.id
                );
            }
        }
    }

    #[test]
    fn the_dose_says_how_the_sides_are_used() {
        use crate::exercise::exercise;
        assert_eq!(
            exercise(ExerciseId::HipFlexorLunge).dose_text(),
            "Hold 30 seconds on one side, then 30 on the other, 10 seconds to switch"
        );
        assert!(exercise(ExerciseId::BirdDog)
            .dose_text()
            .ends_with(", alternating sides"));
        assert_eq!(
            exercise(ExerciseId::GluteBridge).dose_text(),
            exercise(ExerciseId::GluteBridge).dose.describe()
        );
    }

    #[test]
    fn a_stretch_held_on_each_side_has_one_set_per_side() {
        for e in &EXERCISES {
            if let Sides::EachSet { .. } = tempo(e.id).sides {
                assert_eq!(e.dose.sets() % 2, 0, "{}: as many sets on each side", e.id);
            }
        }
    }
}
