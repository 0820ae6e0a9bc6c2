//! Pain as the app measures and names it: the 0-10 score, its three zones
//! (the pain-monitoring model's safe, acceptable and stop), and the likely
//! kinds of back pain the seed article describes, with their advice. Every
//! rule that reads a pain score uses these zones.

use serde::{Deserialize, Serialize};

use thiserror::Error;
use ts_rs::TS;

/// A pain score on the 0-10 numeric rating scale (0 none, 10 worst imaginable).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(try_from = "i64", into = "u8")]
#[ts(type = "number")]
pub struct PainScore(u8);

impl PainScore {
    pub const MAX: u8 = 10;

    pub fn new(value: u8) -> Result<Self, PainOutOfRange> {
        Self::try_from(i64::from(value))
    }

    pub fn value(self) -> u8 {
        self.0
    }
}

impl PainScore {
    /// The zone this score falls in.
    pub fn zone(self) -> PainZone {
        PainZone::of(self)
    }
}

impl TryFrom<i64> for PainScore {
    type Error = PainOutOfRange;

    fn try_from(value: i64) -> Result<Self, Self::Error> {
        match u8::try_from(value) {
            Ok(score) if score <= Self::MAX => Ok(PainScore(score)),
            _ => Err(PainOutOfRange { value }),
        }
    }
}

impl From<PainScore> for u8 {
    fn from(score: PainScore) -> u8 {
        score.0
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PainKind {
    Muscular,
    JointStiffness,
    DiscRelated,
    Sciatica,
    Unclear,
}

impl PainKind {
    pub const ALL: [PainKind; 5] = [
        PainKind::Muscular,
        PainKind::JointStiffness,
        PainKind::DiscRelated,
        PainKind::Sciatica,
        PainKind::Unclear,
    ];

    pub fn label(self) -> &'static str {
        match self {
            PainKind::Muscular => "Muscle soreness",
            PainKind::JointStiffness => "Joint pain or stiffness",
            PainKind::DiscRelated => "Possibly disc-related",
            PainKind::Sciatica => "Sciatica-like (nerve) pain",
            PainKind::Unclear => "Not clear yet",
        }
    }

    pub fn description(self) -> &'static str {
        match self {
            PainKind::Muscular => "Usually felt evenly on both sides and gone within a day or two.",
            PainKind::JointStiffness => {
                "Often linked to overuse or to how the spine moves. Mobility work and avoiding \
                 the painful end of a movement usually help."
            }
            PainKind::DiscRelated => {
                "Typically deep and central, and worse when you bend forward, sit for long or \
                 cough. Loaded bending tends to aggravate it."
            }
            PainKind::Sciatica => {
                "Pain, numbness, tingling or weakness that can come from an irritated nerve, \
                 often running from the back down a leg, sometimes to the foot. Movements that \
                 send it further down the leg are the ones to stop."
            }
            PainKind::Unclear => {
                "Your answers do not point clearly to one kind. When unsure, treat the pain with \
                 more caution rather than less."
            }
        }
    }

    /// Self-care advice for this kind, offered when the level allows self-care.
    pub fn advice(self) -> &'static [&'static str] {
        match self {
            PainKind::Muscular => &["Keep moving gently: walking and light stretching of the hips and hamstrings help soreness fade."],
            PainKind::JointStiffness => &["Favour gentle mobility such as walking and child's pose, moving only within a comfortable range and away from arching the back."],
            PainKind::DiscRelated => &["Favour exercises that keep the spine neutral, such as bird-dogs and glute bridges, over forward bends."],
            PainKind::Sciatica => &["Walking on the flat is usually tolerated."],
            PainKind::Unclear => &[],
        }
    }
}

/// A rise of this much since the start of a session ends it: Spinewise's own
/// rule beside the pain-monitoring model's zones (which have none), because
/// 2 points is the smallest change in pain that matters (Ostelo et al. 2008).
pub const STOP_ON_RISE: u8 = 2;

/// A number that is not a pain score.
#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
#[error("a pain score must be a whole number from 0 to 10, not {value}")]
pub struct PainOutOfRange {
    pub value: i64,
}

/// The pain-monitoring model's zones (Thomeé 1997; Silbernagel et al. 2007).
/// Some clinics draw the first line at 3; every version agrees that above 5
/// is where the load stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PainZone {
    /// 0 to 2: carry on.
    Safe,
    /// 3 to 5: acceptable with an eased load.
    Acceptable,
    /// Above 5: stop loading.
    Stop,
}

impl PainZone {
    /// The highest score of the safe zone.
    pub const SAFE_UP_TO: u8 = 2;
    /// The highest score of the acceptable zone: above it, stop.
    pub const ACCEPTABLE_UP_TO: u8 = 5;

    pub const ALL: [PainZone; 3] = [PainZone::Safe, PainZone::Acceptable, PainZone::Stop];

    pub fn of(score: PainScore) -> Self {
        match score.value() {
            v if v <= Self::SAFE_UP_TO => PainZone::Safe,
            v if v <= Self::ACCEPTABLE_UP_TO => PainZone::Acceptable,
            _ => PainZone::Stop,
        }
    }

    /// The lowest and highest score in the zone.
    pub fn scores(self) -> (u8, u8) {
        match self {
            PainZone::Safe => (0, Self::SAFE_UP_TO),
            PainZone::Acceptable => (Self::SAFE_UP_TO + 1, Self::ACCEPTABLE_UP_TO),
            PainZone::Stop => (Self::ACCEPTABLE_UP_TO + 1, PainScore::MAX),
        }
    }

    /// The zone's scores, as the chart and the forms write them.
    pub fn range(self) -> &'static str {
        match self {
            PainZone::Safe => "0-2",
            PainZone::Acceptable => "3-5",
            PainZone::Stop => "above 5",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            PainZone::Safe => "safe",
            PainZone::Acceptable => "acceptable",
            PainZone::Stop => "stop",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_zones_meet_at_2_and_5() {
        let zone = |v| PainScore::new(v).unwrap().zone();
        assert_eq!(zone(0), PainZone::Safe);
        assert_eq!(zone(2), PainZone::Safe);
        assert_eq!(zone(3), PainZone::Acceptable);
        assert_eq!(zone(5), PainZone::Acceptable);
        assert_eq!(zone(6), PainZone::Stop);
        assert_eq!(zone(10), PainZone::Stop);
    }

    #[test]
    fn each_zone_holds_exactly_its_scores() {
        for value in 0..=PainScore::MAX {
            let score = PainScore::new(value).unwrap();
            for zone in PainZone::ALL {
                let (lowest, highest) = zone.scores();
                assert_eq!(
                    (lowest..=highest).contains(&value),
                    score.zone() == zone,
                    "{value} in {zone:?}"
                );
            }
        }
    }
}
