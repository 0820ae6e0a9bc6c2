//! The rungs that are a different movement, not only a different dose: the
//! catalogue's "easier" and "harder" versions that change how the body
//! moves (a plank against a wall, a bridge that lifts only a little, cat-cow
//! on a chair). Each has its own name, steps and key poses
//! (`drawings::rungs`), and its own sides where it uses them differently.
//!
//! A movement rung keeps the standard dose: one thing changes at a time, so
//! the person meets the new movement at a dose they already know.

use super::drawings::rungs;
use super::figure::Drawing;
use super::tempo::{Beat, Motion, Sides, Tempo};
use super::{ExerciseId as Id, Rung};

/// A rung of an exercise's ladder that moves differently from the standard.
#[derive(Clone, Copy, Debug)]
pub struct Variation {
    pub exercise: Id,
    pub rung: Rung,
    pub name: &'static str,
    pub steps: &'static [&'static str],
    /// What matters while doing it, where the exercise's own cues do not fit.
    pub cues: Option<&'static [&'static str]>,
    /// The pace when the movement's beats or sides are not the standard's.
    pub tempo: Option<Tempo>,
    /// Its key poses.
    pub drawing: fn() -> Drawing,
    /// The lightest movement of its kind: pain at 3-5 makes it smaller
    /// rather than swapping it for another exercise, which would load more.
    pub lightest: bool,
}

const HOLD: &[Beat] = &[Beat {
    cue: "Hold, and keep breathing",
    motion: Motion::Still,
    parts: 1,
}];

pub static VARIATIONS: [Variation; 11] = [
    Variation {
        exercise: Id::ModifiedPlank,
        rung: Rung::Easier,
        name: "Wall plank",
        drawing: rungs::wall_plank,
        lightest: false,
        steps: &[
            "In shoes, or barefoot on a floor that does not slip, stand facing a wall, about one long step away from it.",
            "Lean in and rest your forearms flat on the wall, elbows level with your shoulders.",
            "Keep your body in one straight, gently slanting line from heels to head; move your feet further back only if it feels easy.",
            "Tighten your stomach lightly and hold, breathing steadily, then push away from the wall to stand.",
        ],
        cues: None,
        tempo: None,
    },
    Variation {
        exercise: Id::ModifiedPlank,
        rung: Rung::Harder,
        name: "Forearm plank on the toes",
        drawing: rungs::toe_plank,
        lightest: false,
        steps: &[
            "Start as for the modified plank, on your forearms and knees.",
            "Tighten your stomach gently, then straighten one leg back onto the toes, then the other.",
            "Hold your body in one line from head to heels; hips neither sagging nor raised.",
            "Lower your knees to the mat to finish, or as soon as your back starts to sag.",
        ],
        cues: Some(&[
            "You should feel it in your stomach, not your lower back: if your back aches or sags, knees down.",
            "Do not let your hips sag or rise into a peak.",
            "Breathe out slowly through the effort; never hold your breath.",
        ]),
        tempo: None,
    },
    Variation {
        exercise: Id::BirdDog,
        rung: Rung::Easier,
        name: "Bird-dog, leg only",
        drawing: rungs::bird_dog_leg_only,
        lightest: false,
        steps: &[
            "Kneel on all fours, hands under shoulders and knees under hips.",
            "Keeping both hands down, slide one leg back along the mat and lift it no higher than your hip.",
            "Keep your hips level, not tipping to one side; pause for two seconds, then bring the knee back under the hip.",
            "Change legs each time.",
        ],
        cues: None,
        tempo: Some(Tempo {
            beats: &[
                Beat {
                    cue: "Leg back",
                    motion: Motion::Out,
                    parts: 1,
                },
                Beat {
                    cue: "Hold it steady",
                    motion: Motion::Still,
                    parts: 2,
                },
                Beat {
                    cue: "Knee back under the hip",
                    motion: Motion::Back,
                    parts: 1,
                },
            ],
            sides: Sides::Alternate {
                first: "Left leg",
                second: "Right leg",
            },
        }),
    },
    Variation {
        exercise: Id::DeadBug,
        rung: Rung::Easier,
        name: "Heel slides",
        drawing: rungs::heel_slides,
        lightest: true,
        steps: &[
            "Lie on your back with knees bent and feet flat, arms resting by your sides.",
            "Press your lower back gently towards the floor.",
            "Slowly slide one heel along the floor, only as far as your lower back stays in light contact with it.",
            "Slide it back, then do the other leg.",
        ],
        cues: Some(&[
            "Keep your lower back in light contact with the floor throughout.",
            "Move slowly: two seconds out, a short pause, two seconds back.",
            "Breathe out slowly through the effort; never hold your breath.",
        ]),
        tempo: Some(Tempo {
            beats: &[
                Beat {
                    cue: "Slide the heel away",
                    motion: Motion::Out,
                    parts: 2,
                },
                Beat {
                    cue: "Hold, back flat",
                    motion: Motion::Still,
                    parts: 1,
                },
                Beat {
                    cue: "Slide it back",
                    motion: Motion::Back,
                    parts: 2,
                },
            ],
            sides: Sides::Alternate {
                first: "Left heel",
                second: "Right heel",
            },
        }),
    },
    Variation {
        exercise: Id::GluteBridge,
        rung: Rung::Easier,
        name: "Small bridge",
        drawing: rungs::small_bridge,
        lightest: false,
        steps: &[
            "Lie on your back with knees bent and feet flat, hip-width apart.",
            "Squeeze your buttocks and lift your hips only a few centimetres off the floor.",
            "Pause for a moment.",
            "Lower slowly back down.",
        ],
        cues: None,
        tempo: None,
    },
    Variation {
        exercise: Id::WallSit,
        rung: Rung::Easier,
        name: "Shallow wall sit",
        drawing: rungs::shallow_wall_sit,
        lightest: false,
        steps: &[
            "Stand with your back against a wall and your feet a short step in front.",
            "Slide down only a little, until your knees are slightly bent.",
            "Hold, with your back flat on the wall and your weight through your heels.",
            "Slide back up to stand.",
        ],
        cues: None,
        tempo: None,
    },
    Variation {
        exercise: Id::CatCow,
        rung: Rung::Easier,
        name: "Seated cat-cow",
        drawing: rungs::seated_cat_cow,
        lightest: false,
        steps: &[
            "Sit tall near the front of a steady chair, away from its back, feet flat, hands resting on your thighs.",
            "Breathing out, round your back gently and let your head follow a little, without tucking your chin hard.",
            "Breathing in, tip your pelvis forward so the small of your back hollows a little, chest up, chin level.",
            "Flow slowly between the two, within an easy range.",
        ],
        cues: None,
        tempo: Some(Tempo {
            beats: &[
                Beat {
                    cue: "Round, breathing out",
                    motion: Motion::Out,
                    parts: 1,
                },
                Beat {
                    cue: "Pelvis forward, breathing in",
                    motion: Motion::Back,
                    parts: 1,
                },
            ],
            sides: Sides::Together,
        }),
    },
    Variation {
        exercise: Id::ChildsPose,
        rung: Rung::Easier,
        name: "Supported child's pose",
        drawing: rungs::supported_childs_pose,
        lightest: true,
        steps: &[
            "Kneel on a folded towel, with a firm cushion or a low stool in front of you.",
            "Sit back part of the way towards your heels, keeping your hips higher than in the full pose.",
            "Lean forward and rest your forearms and head on the cushion.",
            "Breathe slowly into your back; to finish, push up from the cushion slowly.",
        ],
        cues: Some(&[
            "Only fold as far as is comfortable; the cushion takes your weight.",
            "Relax your shoulders.",
        ]),
        tempo: None,
    },
    Variation {
        exercise: Id::HipFlexorLunge,
        rung: Rung::Easier,
        name: "Standing hip-flexor stretch",
        drawing: rungs::standing_hip_flexor,
        lightest: false,
        steps: &[
            "Stand behind a heavy chair, or at a worktop, and hold it with both hands.",
            "Step one foot back into a short stride, back heel lifted, both feet pointing forward.",
            "Tuck your tailbone under and bend the front knee a little until the front of the back hip stretches.",
            "Hold, then change legs.",
        ],
        cues: Some(&[
            "Stay upright: do not lean back to feel more.",
            "A gentle stretch, never pain.",
        ]),
        tempo: Some(Tempo {
            beats: HOLD,
            sides: Sides::EachSet {
                first: "Left foot back",
                second: "Right foot back",
            },
        }),
    },
    Variation {
        exercise: Id::HamstringStretch,
        rung: Rung::Easier,
        name: "Hamstring stretch, knee soft",
        drawing: rungs::soft_knee_hamstring,
        lightest: false,
        steps: &[
            "Lie on your back with both knees bent.",
            "Loop a band or towel around one foot and raise that leg, keeping a slight bend in the knee.",
            "Hold the leg only as high as gives a mild stretch behind the thigh.",
            "Hold, then change legs.",
        ],
        cues: None,
        tempo: None,
    },
    Variation {
        exercise: Id::Swimming,
        rung: Rung::Easier,
        name: "Walking in the water",
        drawing: rungs::water_walking,
        lightest: true,
        steps: &[
            "Get in by the steps, holding the rail, at the shallow end.",
            "Where the water reaches your chest and your feet are firmly on the floor, walk slowly forward, standing tall, arms moving through the water.",
            "Keep off the slope into deeper water; turn and walk back, and rest at the side whenever you need to.",
        ],
        cues: Some(&[
            "Walk at an easy pace; the water does the work.",
            "Stop and rest at the side if your back starts to ache.",
        ]),
        tempo: None,
    },
];

/// The movement of this rung of this exercise, if it is not the standard one.
pub fn variation(exercise: Id, rung: Rung) -> Option<&'static Variation> {
    VARIATIONS
        .iter()
        .find(|v| v.exercise == exercise && v.rung == rung)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::{exercise, Dose};

    #[test]
    fn a_movement_of_its_own_is_paced_on_whole_milliseconds_and_moves() {
        for v in &VARIATIONS {
            let Some(tempo) = v.tempo else { continue };
            if let Dose::Reps {
                seconds_per_rep, ..
            } = exercise(v.exercise).dose
            {
                let parts: u32 = tempo.beats.iter().map(|b| b.parts).sum();
                assert!(tempo.beats.len() >= 2, "{}", v.name);
                assert_eq!(seconds_per_rep * 1000 % parts, 0, "{}", v.name);
            }
        }
    }

    #[test]
    fn each_rung_has_at_most_one_movement_of_its_own() {
        for (n, v) in VARIATIONS.iter().enumerate() {
            assert!(
                VARIATIONS[n + 1..]
                    .iter()
                    .all(|w| (w.exercise, w.rung) != (v.exercise, v.rung)),
                "{}",
                v.name
            );
        }
    }
}
