//! Each exercise as a ladder of three rungs: an easier dose, the exercise
//! as the library describes it, and a harder dose, each with its own name,
//! so a session can run it and a screen can say which it is. The rule that moves a person
//! along the ladder is in `course::ladder`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Dose, Exercise};

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
    pub rung: Rung,
    pub name: String,
    /// Other ways to change the exercise, beyond the dose; `None` for the standard.
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

/// One rung of an exercise. For now the rungs differ by their dose, and
/// each says so in its name; the catalogue's other ways to make the
/// exercise easier or harder are given as its `how`.
pub fn rung(e: &Exercise, rung: Rung) -> RungView {
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
        rung,
        name,
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
    fn every_ladder_climbs_in_load_and_keeps_the_sides_even() {
        for e in &EXERCISES {
            let [easier, standard, harder] =
                [Rung::Easier, Rung::Standard, Rung::Harder].map(|r| rung(e, r).dose);
            let load = |d: Dose| d.sets() * d.set_seconds();
            assert!(load(easier) < load(standard), "{}", e.id);
            assert!(load(standard) < load(harder), "{}", e.id);
            assert_eq!(standard, e.dose);
            for dose in [easier, harder] {
                if let Dose::Reps { reps, .. } = dose {
                    assert!(reps >= 4, "{}: at least four repetitions", e.id);
                    if let Sides::Alternate { .. } = tempo(e.id).sides {
                        assert_eq!(reps % 2, 0, "{}: as many turns on each side", e.id);
                    }
                }
            }
            let names: Vec<_> = ladder(e).into_iter().map(|r| r.name).collect();
            assert_eq!(names.len(), 3);
            assert!(names[0] != names[1] && names[1] != names[2], "{}", e.id);
        }
    }
}
