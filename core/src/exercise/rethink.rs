//! Exercises to set aside while the back is sore, why, what to do instead, and
//! when to bring them back.

use serde::Serialize;
use ts_rs::TS;

use super::ExerciseId;
use ExerciseId as Id;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
pub struct RethinkExercise {
    pub id: &'static str,
    pub name: &'static str,
    /// How it loads a sore back.
    pub why: &'static str,
    /// Library exercises to do instead.
    pub swaps: &'static [ExerciseId],
    pub bring_back_when: &'static [&'static str],
}

/// The return-to-training criteria every avoided exercise waits for.
const RETURN_CRITERIA: [&str; 3] = [
    "Your everyday activities are pain-free.",
    "You can move through your full range without discomfort.",
    "You no longer need painkillers to get through the day.",
];

pub static RETHINK: [RethinkExercise; 6] = [
    RethinkExercise {
        id: "deadlift",
        name: "Deadlifts",
        why: "Lifting a heavy load from the floor bends the spine under weight; with tired or poor form the lower back takes the strain the hips should.",
        swaps: &[Id::GluteBridge, Id::BirdDog],
        bring_back_when: &[
            RETURN_CRITERIA[0], RETURN_CRITERIA[1], RETURN_CRITERIA[2],
            "Start with a light kettlebell or dumbbell from a raised height, and add weight only while form stays clean and the back stays quiet the next morning.",
        ],
    },
    RethinkExercise {
        id: "squat",
        name: "Squats with a loaded bar",
        why: "A bar on the back presses down through the spine, and losing form at the bottom rounds the lower back under load.",
        swaps: &[Id::WallSit, Id::GluteBridge],
        bring_back_when: &[
            RETURN_CRITERIA[0], RETURN_CRITERIA[1], RETURN_CRITERIA[2],
            "Return with bodyweight squats to a chair, then light goblet squats, before loading a bar.",
        ],
    },
    RethinkExercise {
        id: "running",
        name: "Running",
        why: "Every stride lands with several times your body weight, and the jolt travels up through the spine.",
        swaps: &[Id::Walking, Id::BriskWalking, Id::Elliptical, Id::StationaryBike],
        bring_back_when: &[
            RETURN_CRITERIA[0], RETURN_CRITERIA[1], RETURN_CRITERIA[2],
            "Brisk walking for 30 minutes causes no pain; then try walk-run intervals on soft, level ground.",
        ],
    },
    RethinkExercise {
        id: "jump_squat",
        name: "Jump squats",
        why: "Explosive take-offs and hard landings load the spine suddenly, with little time to brace.",
        swaps: &[Id::WallSit, Id::GluteBridge],
        bring_back_when: &[
            RETURN_CRITERIA[0], RETURN_CRITERIA[1], RETURN_CRITERIA[2],
            "Plain squats and running feel easy first; start with small, soft hops.",
        ],
    },
    RethinkExercise {
        id: "leg_press",
        name: "Leg press machine",
        why: "At the bottom of the press the pelvis tucks under and the lower back rounds while pressed into the seat under a heavy load.",
        swaps: &[Id::WallSit, Id::GluteBridge],
        bring_back_when: &[
            RETURN_CRITERIA[0], RETURN_CRITERIA[1], RETURN_CRITERIA[2],
            "Use a light weight and a shorter range that keeps your lower back on the pad.",
        ],
    },
    RethinkExercise {
        id: "russian_twist",
        name: "Russian twists and other loaded twists",
        why: "Twisting while sitting bent, often holding a weight, combines the two positions a sore back tolerates least.",
        swaps: &[Id::DeadBug, Id::ModifiedPlank],
        bring_back_when: &[
            RETURN_CRITERIA[0], RETURN_CRITERIA[1], RETURN_CRITERIA[2],
            "Start without a weight, with feet on the floor and a small range; many people are better off leaving them out for good.",
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_exercise_to_rethink_the_article_names_is_listed() {
        let ids: Vec<&str> = RETHINK.iter().map(|r| r.id).collect();
        assert_eq!(
            ids,
            [
                "deadlift",
                "squat",
                "running",
                "jump_squat",
                "leg_press",
                "russian_twist"
            ]
        );
    }

    #[test]
    fn every_swap_is_a_library_exercise_and_criteria_include_the_three_return_rules() {
        for r in &RETHINK {
            assert!(!r.swaps.is_empty(), "{}", r.id);
            for rule in RETURN_CRITERIA {
                assert!(r.bring_back_when.contains(&rule), "{}", r.id);
            }
        }
    }

    #[test]
    fn the_article_swaps_hold() {
        let swaps = |id: &str| {
            let r = RETHINK.iter().find(|r| r.id == id).unwrap();
            r.swaps.iter().map(|s| s.as_str()).collect::<Vec<_>>()
        };
        assert!(swaps("squat").contains(&"wall_sit"));
        assert!(
            swaps("deadlift").contains(&"glute_bridge") && swaps("deadlift").contains(&"bird_dog")
        );
        assert!(swaps("running").contains(&"walking") && swaps("running").contains(&"elliptical"));
        assert!(
            swaps("russian_twist").contains(&"dead_bug")
                && swaps("russian_twist").contains(&"modified_plank")
        );
    }
}
