//! Each exercise as a ladder of three rungs: an easier version, the exercise
//! as the library describes it, and a harder version, each with its own
//! name, steps and drawing, so a session can run it and a screen can say and
//! show which it is. A rung is either a different movement (`variation`: a
//! wall plank below the modified plank) at the standard dose, or the same
//! movement at a lighter or heavier dose. The rule that moves a person along
//! the ladder is in `course::ladder`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{figure_view_at, variation, Dose, Exercise, ExerciseId, FigureView};

/// A rung of an exercise's ladder, from easiest.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS,
)]
#[serde(rename_all = "snake_case")]
pub enum Rung {
    Easier,
    #[default]
    Standard,
    Harder,
}

impl Rung {
    pub const ALL: [Rung; 3] = [Rung::Easier, Rung::Standard, Rung::Harder];

    pub fn up(self) -> Option<Rung> {
        match self {
            Rung::Easier => Some(Rung::Standard),
            Rung::Standard => Some(Rung::Harder),
            Rung::Harder => None,
        }
    }

    pub fn down(self) -> Option<Rung> {
        match self {
            Rung::Easier => None,
            Rung::Standard => Some(Rung::Easier),
            Rung::Harder => Some(Rung::Standard),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Rung::Easier => "easier",
            Rung::Standard => "standard",
            Rung::Harder => "harder",
        }
    }
}

/// One rung as a session runs it and a screen shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct RungView {
    pub exercise: ExerciseId,
    pub rung: Rung,
    pub name: String,
    /// Whether this rung is a movement of its own rather than a change of dose.
    pub own_movement: bool,
    /// How to do it: the rung's own steps, or the exercise's.
    pub steps: Vec<&'static str>,
    /// What matters while doing it: the rung's own, or the exercise's.
    pub cues: Vec<&'static str>,
    pub figure: FigureView,
    /// Other ways to change the exercise, beyond the dose, or for a movement
    /// of its own that its dose is the standard's; `None` for the standard.
    pub how: Option<String>,
    pub dose: Dose,
    pub dose_text: String,
}

/// The dose of a rung: a lighter or heavier version of the standard one,
/// changed by one thing at a time (the hold, the count, or the minutes).
fn dose(standard: Dose, rung: Rung) -> Dose {
    match (standard, rung) {
        (dose, Rung::Standard) => dose,
        (
            Dose::Hold {
                seconds,
                sets,
                rest_seconds,
            },
            rung,
        ) => Dose::Hold {
            seconds: if rung == Rung::Easier {
                (seconds / 2).max(10)
            } else {
                seconds + 10
            },
            sets,
            rest_seconds,
        },
        (
            Dose::Reps {
                reps,
                seconds_per_rep,
                sets,
                rest_seconds,
            },
            rung,
        ) => Dose::Reps {
            // Repetitions that take turns keep an even count, a turn each side.
            reps: if rung == Rung::Easier {
                reps - 2
            } else {
                reps + 2
            },
            seconds_per_rep,
            sets,
            rest_seconds,
        },
        (Dose::Continuous { minutes }, Rung::Easier) => Dose::Continuous {
            minutes: (minutes / 2).max(3),
        },
        (Dose::Continuous { minutes }, _) => Dose::Continuous {
            minutes: (minutes * 2).min(30),
        },
    }
}

/// Said of a movement of its own, whose dose reads the same as the standard's.
const SAME_DOSE: &str =
    "Same time and count as the usual version; only the movement changes. Too much? Do fewer, or hold for less.";

/// One rung of an exercise. A rung that moves differently says so with its
/// own name and steps at the standard dose; a rung of dose says what changes
/// in its name and gives the catalogue's other ways to change the exercise
/// as its `how`.
pub fn rung(e: &Exercise, rung: Rung) -> RungView {
    let figure = figure_view_at(e.id, rung);
    if let Some(v) = variation(e.id, rung) {
        return RungView {
            exercise: e.id,
            rung,
            name: v.name.to_owned(),
            own_movement: true,
            steps: v.steps.to_vec(),
            cues: v.cues.unwrap_or(e.cues).to_vec(),
            figure,
            how: Some(SAME_DOSE.to_owned()),
            dose: e.dose,
            dose_text: e.dose_text(),
        };
    }
    let change = |easier| match (e.dose, easier) {
        (Dose::Hold { .. }, true) => "shorter hold",
        (Dose::Hold { .. }, false) => "longer hold",
        (Dose::Reps { .. }, true) => "fewer repetitions",
        (Dose::Reps { .. }, false) => "more repetitions",
        (Dose::Continuous { .. }, true) => "shorter",
        (Dose::Continuous { .. }, false) => "longer",
    };
    let (name, how) = match rung {
        Rung::Easier => (
            format!("{}, {}", e.name, change(true)),
            Some(format!("To make it easier still: {}", e.easier)),
        ),
        Rung::Standard => (e.name.to_owned(), None),
        Rung::Harder => (
            format!("{}, {}", e.name, change(false)),
            Some(format!("Once that is easy too: {}", e.harder)),
        ),
    };
    let dose = dose(e.dose, rung);
    let shown = Exercise { dose, ..*e };
    RungView {
        exercise: e.id,
        rung,
        name,
        own_movement: false,
        steps: e.steps.to_vec(),
        cues: e.cues.to_vec(),
        figure,
        how,
        dose,
        dose_text: shown.dose_text(),
    }
}

/// Every rung of an exercise, easiest first.
pub fn ladder(e: &Exercise) -> Vec<RungView> {
    Rung::ALL.iter().map(|&r| rung(e, r)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::{tempo, Sides, EXERCISES};

    #[test]
    fn every_ladder_climbs_by_dose_or_by_movement_and_keeps_the_sides_even() {
        for e in &EXERCISES {
            let rungs = ladder(e);
            let load = |d: Dose| d.sets() * d.set_seconds();
            for pair in rungs.windows(2) {
                let [lower, higher] = pair else {
                    unreachable!()
                };
                if lower.own_movement || higher.own_movement {
                    // One change at a time: a new movement comes at a dose
                    // the person already knows.
                    assert_eq!(lower.dose, higher.dose, "{} {:?}", e.id, higher.rung);
                } else {
                    assert!(load(lower.dose) < load(higher.dose), "{}", e.id);
                }
            }
            assert_eq!(rungs[1].dose, e.dose);
            for r in [&rungs[0], &rungs[2]] {
                if let Dose::Reps { reps, .. } = r.dose {
                    assert!(reps >= 4, "{}: at least four repetitions", e.id);
                    if let Sides::Alternate { .. } = tempo(e.id).sides {
                        assert_eq!(reps % 2, 0, "{}: as many turns on each side", e.id);
                    }
                }
            }
            let names: Vec<_> = rungs.iter().map(|r| r.name.as_str()).collect();
            assert!(names[0] != names[1] && names[1] != names[2], "{}", e.id);
            for r in &rungs {
                assert!(r.steps.len() >= 3, "{} {:?}: steps", e.id, r.rung);
            }
        }
    }

    #[test]
    fn a_rung_that_moves_differently_has_its_own_name_steps_and_drawing() {
        use crate::exercise::{exercise, VARIATIONS};
        for v in &VARIATIONS {
            let e = exercise(v.exercise);
            assert_ne!(v.rung, Rung::Standard, "{}", e.id);
            let r = rung(e, v.rung);
            assert!(r.own_movement);
            assert_eq!(r.name, v.name);
            assert_ne!(r.steps, e.steps, "{}", v.name);
            assert_ne!(r.figure, rung(e, Rung::Standard).figure, "{}", v.name);
            // Its sides, if it names them, are of the same kind as the
            // exercise's: the dose's words and the set counts still fit.
            let own = crate::exercise::tempo_at(e.id, v.rung).sides;
            assert_eq!(
                std::mem::discriminant(&own),
                std::mem::discriminant(&tempo(e.id).sides),
                "{}",
                v.name
            );
        }
    }
}
