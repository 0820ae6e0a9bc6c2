//! The library's exercises by name in code, so that a routine, a swap or a
//! gentler version naming an exercise that does not exist is a compile error.
//! On the wire (the plan file, the IPC) each is the snake_case text it always
//! was.

use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ExerciseId {
    ModifiedPlank,
    BirdDog,
    DeadBug,
    GluteBridge,
    WallSit,
    CatCow,
    ChildsPose,
    HipFlexorLunge,
    HamstringStretch,
    Walking,
    BriskWalking,
    Swimming,
    Elliptical,
    StationaryBike,
    ModifiedYogaPilates,
    ResistanceBandWork,
}

impl ExerciseId {
    pub const ALL: [ExerciseId; 16] = [
        ExerciseId::ModifiedPlank,
        ExerciseId::BirdDog,
        ExerciseId::DeadBug,
        ExerciseId::GluteBridge,
        ExerciseId::WallSit,
        ExerciseId::CatCow,
        ExerciseId::ChildsPose,
        ExerciseId::HipFlexorLunge,
        ExerciseId::HamstringStretch,
        ExerciseId::Walking,
        ExerciseId::BriskWalking,
        ExerciseId::Swimming,
        ExerciseId::Elliptical,
        ExerciseId::StationaryBike,
        ExerciseId::ModifiedYogaPilates,
        ExerciseId::ResistanceBandWork,
    ];

    /// The id as the plan file and the window write it.
    pub fn as_str(self) -> &'static str {
        match self {
            ExerciseId::ModifiedPlank => "modified_plank",
            ExerciseId::BirdDog => "bird_dog",
            ExerciseId::DeadBug => "dead_bug",
            ExerciseId::GluteBridge => "glute_bridge",
            ExerciseId::WallSit => "wall_sit",
            ExerciseId::CatCow => "cat_cow",
            ExerciseId::ChildsPose => "childs_pose",
            ExerciseId::HipFlexorLunge => "hip_flexor_lunge",
            ExerciseId::HamstringStretch => "hamstring_stretch",
            ExerciseId::Walking => "walking",
            ExerciseId::BriskWalking => "brisk_walking",
            ExerciseId::Swimming => "swimming",
            ExerciseId::Elliptical => "elliptical",
            ExerciseId::StationaryBike => "stationary_bike",
            ExerciseId::ModifiedYogaPilates => "modified_yoga_pilates",
            ExerciseId::ResistanceBandWork => "resistance_band_work",
        }
    }

    /// An id sent as text (the window asking for an exercise), if it is one.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|id| id.as_str() == text)
    }
}

impl fmt::Display for ExerciseId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_text_is_the_serialised_id_and_reads_back() {
        for id in ExerciseId::ALL {
            assert_eq!(serde_json::to_value(id).unwrap(), id.as_str());
            assert_eq!(ExerciseId::parse(id.as_str()), Some(id));
        }
        assert_eq!(ExerciseId::parse("juggling"), None);
    }
}
