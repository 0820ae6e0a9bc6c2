//! The exercise library: the back-friendly exercises with their instructions,
//! doses and cautions, and the exercises to rethink while in pain with their
//! safer swaps. All of it is data here; the UI only renders it.

mod catalogue;
mod drawings;
pub mod figure;
mod id;
mod ladder;
mod rethink;
mod tempo;
mod variation;

pub use catalogue::EXERCISES;
pub use drawings::drawing;
pub use id::ExerciseId;
pub use ladder::{ladder, rung, Rung, RungView};
pub use rethink::{RethinkExercise, RETHINK};
pub use tempo::{own_tempo, tempo, Beat, Motion, Sides, Tempo};
pub use variation::{variation, Variation, VARIATIONS};

use serde::{Deserialize, Serialize};

use crate::pain::{PainKind, PainZone};
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    CoreStability,
    Mobility,
    LowImpactCardio,
}

impl Category {
    pub const ALL: [Category; 3] = [
        Category::CoreStability,
        Category::Mobility,
        Category::LowImpactCardio,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Category::CoreStability => "Core stability",
            Category::Mobility => "Mobility and flexibility",
            Category::LowImpactCardio => "Low-impact cardio and gentle movement",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Equipment {
    Mat,
    Wall,
    BandOrTowel,
    Pool,
    EllipticalMachine,
    StationaryBike,
    ResistanceBand,
}

impl Equipment {
    pub fn label(self) -> &'static str {
        match self {
            Equipment::Mat => "Mat",
            Equipment::Wall => "Wall",
            Equipment::BandOrTowel => "Band or towel",
            Equipment::Pool => "Pool",
            Equipment::EllipticalMachine => "Elliptical machine",
            Equipment::StationaryBike => "Stationary bike",
            Equipment::ResistanceBand => "Resistance band",
        }
    }
}

/// How much of an exercise one session asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Dose {
    /// Hold a position for `seconds`, `sets` times, resting between.
    Hold {
        seconds: u32,
        sets: u32,
        rest_seconds: u32,
    },
    /// `reps` slow repetitions of about `seconds_per_rep` each, `sets` times.
    Reps {
        reps: u32,
        seconds_per_rep: u32,
        sets: u32,
        rest_seconds: u32,
    },
    /// Keep going steadily for `minutes`.
    Continuous { minutes: u32 },
}

impl Dose {
    /// Work time of one set, in seconds: what the session timer counts down.
    pub fn set_seconds(self) -> u32 {
        match self {
            Dose::Hold { seconds, .. } => seconds,
            Dose::Reps {
                reps,
                seconds_per_rep,
                ..
            } => reps * seconds_per_rep,
            Dose::Continuous { minutes } => minutes * 60,
        }
    }

    pub fn sets(self) -> u32 {
        match self {
            Dose::Hold { sets, .. } | Dose::Reps { sets, .. } => sets,
            Dose::Continuous { .. } => 1,
        }
    }

    pub fn rest_seconds(self) -> u32 {
        match self {
            Dose::Hold { rest_seconds, .. } | Dose::Reps { rest_seconds, .. } => rest_seconds,
            Dose::Continuous { .. } => 0,
        }
    }

    pub fn describe(self) -> String {
        // Rest only exists between sets; a single set has none to mention.
        let sets_and_rest = |n: u32, rest: u32| match n {
            1 => "once".to_owned(),
            n => format!("{n} sets, {rest} seconds' rest between"),
        };
        match self {
            Dose::Hold {
                seconds,
                sets,
                rest_seconds,
            } => format!(
                "Hold {seconds} seconds, {}",
                sets_and_rest(sets, rest_seconds)
            ),
            Dose::Reps {
                reps,
                sets,
                rest_seconds,
                ..
            } => {
                let repetitions = if reps == 1 {
                    "repetition"
                } else {
                    "repetitions"
                };
                format!(
                    "{reps} slow {repetitions}, {}",
                    sets_and_rest(sets, rest_seconds)
                )
            }
            Dose::Continuous { minutes: 1 } => "1 minute at an easy, steady pace".to_owned(),
            Dose::Continuous { minutes } => format!("{minutes} minutes at an easy, steady pace"),
        }
    }
}

/// Total minutes of a list of doses, rests included, rounded up.
pub fn minutes_of_doses(doses: &[Dose]) -> u32 {
    let seconds: u32 = doses
        .iter()
        .map(|d| d.sets() * d.set_seconds() + d.sets().saturating_sub(1) * d.rest_seconds())
        .sum();
    seconds.div_ceil(60)
}

/// A caution for one kind of pain. Routines never include an exercise that
/// carries a caution for the person's kind of pain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Caution {
    pub pain_kind: PainKind,
    pub note: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Exercise {
    pub id: ExerciseId,
    pub name: &'static str,
    pub category: Category,
    pub purpose: &'static str,
    pub steps: &'static [&'static str],
    pub cues: &'static [&'static str],
    pub dose: Dose,
    pub easier: &'static str,
    pub harder: &'static str,
    pub cautions: &'static [Caution],
    pub equipment: &'static [Equipment],
    /// A gentler library exercise to switch to when this one hurts (3-5 out of 10).
    pub gentler: Option<ExerciseId>,
}

/// An exercise's drawing as the window shows it: the moving figure and the
/// key poses side by side (for reduced motion, the library and paper), both
/// in `ui/illustrations/`, and what each key pose shows, for screen readers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct FigureView {
    pub moving: String,
    pub still: String,
    pub captions: Vec<&'static str>,
}

/// The drawing of an exercise, as files and captions.
pub fn figure_view(id: ExerciseId) -> FigureView {
    figure_view_at(id, Rung::Standard)
}

/// The drawing of one rung of an exercise: its own where the rung moves
/// differently (`<id>-<rung>.svg`), the exercise's otherwise.
pub fn figure_view_at(id: ExerciseId, rung: Rung) -> FigureView {
    let file = match variation(id, rung) {
        Some(_) => format!("{id}-{}", rung.label()),
        None => id.to_string(),
    };
    FigureView {
        moving: format!("{file}.svg"),
        still: format!("{file}-poses.svg"),
        captions: drawing_at(id, rung)
            .poses
            .iter()
            .map(|p| p.caption)
            .collect(),
    }
}

/// The key poses of one rung of an exercise.
pub fn drawing_at(id: ExerciseId, rung: Rung) -> figure::Drawing {
    variation(id, rung).map_or_else(|| drawing(id), |v| (v.drawing)())
}

/// The pace of one rung of an exercise.
pub fn tempo_at(id: ExerciseId, rung: Rung) -> Tempo {
    variation(id, rung)
        .and_then(|v| v.tempo)
        .unwrap_or_else(|| tempo(id))
}

impl Exercise {
    /// Why this exercise is not for this kind of pain, if it is not. While
    /// the kind is unclear, every caution counts: the cautious reading.
    pub fn caution_for(&self, kind: PainKind) -> Option<&'static str> {
        match kind {
            PainKind::Unclear => (!self.cautions.is_empty()).then_some(UNCLEAR_CAUTION),
            kind => self
                .cautions
                .iter()
                .find(|c| c.pain_kind == kind)
                .map(|c| c.note),
        }
    }

    pub fn is_cautioned_for(&self, kind: PainKind) -> bool {
        self.caution_for(kind).is_some()
    }

    /// The dose in words, with how the sides are used: "each side" for a
    /// stretch held on one side then the other, "alternate sides" for
    /// repetitions that take turns.
    pub fn dose_text(&self) -> String {
        match (self.dose, tempo(self.id).sides) {
            (
                Dose::Hold {
                    seconds,
                    sets,
                    rest_seconds,
                },
                Sides::EachSet { .. },
            ) => {
                let rounds = match sets / 2 {
                    1 => String::new(),
                    n => format!(", {n} times"),
                };
                format!("Hold {seconds} seconds on one side, then {seconds} on the other{rounds}, {rest_seconds} seconds to switch")
            }
            (dose @ Dose::Reps { .. }, Sides::Alternate { .. }) => {
                format!("{}, alternating sides", dose.describe())
            }
            (dose, _) => dose.describe(),
        }
    }
}

/// Every exercise against every kind of pain: its caution, or "-" where there
/// is none. `docs/sessions.md` prints this table, and routines leave out
/// every exercise with a caution for the person's kind.
pub fn cautions_markdown() -> String {
    let mut out = String::from("| exercise |");
    for kind in PainKind::ALL {
        out.push_str(&format!(" {} |", kind.label()));
    }
    out.push_str("\n|---|");
    out.push_str(&"---|".repeat(PainKind::ALL.len()));
    out.push('\n');
    for e in EXERCISES.iter() {
        out.push_str(&format!("| {} |", e.name));
        for kind in PainKind::ALL {
            let cell = e.caution_for(kind).unwrap_or("-").replace('|', "\\|");
            out.push_str(&format!(" {cell} |"));
        }
        out.push('\n');
    }
    out
}

/// Said of an exercise left out because the kind of pain is not clear yet.
pub const UNCLEAR_CAUTION: &str = "Left out while the kind of pain is unclear: it can aggravate \
some kinds of back pain. It returns once a new check makes the kind clearer.";

/// The library's entry for an exercise. Every id has one (a test holds the
/// catalogue to the ids).
pub fn exercise(id: ExerciseId) -> &'static Exercise {
    EXERCISES
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| unreachable!("{id} is in the catalogue"))
}

/// The exercise an id sent as text names, if it names one.
pub fn exercise_named(text: &str) -> Option<&'static Exercise> {
    ExerciseId::parse(text).map(exercise)
}

/// Library search: every word of `query` must appear in the name, purpose or
/// category; filters narrow further. An empty query matches everything.
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct LibraryFilter {
    #[serde(default)]
    pub query: String,
    #[serde(default)]
    pub category: Option<Category>,
    /// Leave out exercises cautioned for this kind of pain.
    #[serde(default)]
    pub suitable_for: Option<PainKind>,
    /// Only exercises that use this piece of equipment.
    #[serde(default)]
    pub equipment: Option<Equipment>,
}

pub fn search(filter: &LibraryFilter) -> Vec<&'static Exercise> {
    let words: Vec<String> = filter
        .query
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    EXERCISES
        .iter()
        .filter(|e| {
            let haystack =
                format!("{} {} {}", e.name, e.purpose, e.category.label()).to_lowercase();
            words.iter().all(|w| haystack.contains(w.as_str()))
        })
        .filter(|e| filter.category.is_none_or(|c| e.category == c))
        .filter(|e| filter.suitable_for.is_none_or(|k| !e.is_cautioned_for(k)))
        .filter(|e| filter.equipment.is_none_or(|q| e.equipment.contains(&q)))
        .collect()
}

/// What a session does with an exercise at pain 3 to 5, for its page: the
/// words, and the gentler exercise they end with, if the session would
/// switch to one. As a session eases: one rung down its own movements
/// first; an easiest movement stays, smaller and slower; otherwise its
/// gentler exercise, or the same one lighter.
pub fn gentler_when(e: &Exercise) -> (String, Option<&'static Exercise>) {
    let (lowest, highest) = PainZone::Acceptable.scores();
    let hurts = format!("If it hurts ({lowest} to {highest} out of 10) in a session");
    let gentler = e.gentler.map(exercise);
    match (variation(e.id, Rung::Easier), gentler) {
        (Some(v), _) if v.lightest => (
            format!(
                "{hurts}, Spinewise moves you down to {}, its easiest version, and asks you to make it smaller and slower.",
                rung(e, Rung::Easier).name
            ),
            None,
        ),
        (Some(_), Some(g)) => (
            format!(
                "{hurts}, Spinewise first moves you down to {}, its easier version; if that still hurts, to ",
                rung(e, Rung::Easier).name
            ),
            Some(g),
        ),
        (None, Some(g)) => (format!("{hurts}, Spinewise switches you to "), Some(g)),
        (_, None) => (
            format!("{hurts}, Spinewise makes it lighter: fewer sets, or a shorter hold or walk."),
            None,
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn every_exercise_the_article_names_is_in_the_library() {
        let ids: HashSet<&str> = EXERCISES.iter().map(|e| e.id.as_str()).collect();
        for id in [
            "modified_plank",
            "bird_dog",
            "dead_bug",
            "glute_bridge",
            "wall_sit",
            "cat_cow",
            "childs_pose",
            "hip_flexor_lunge",
            "hamstring_stretch",
            "walking",
            "brisk_walking",
            "swimming",
            "elliptical",
            "stationary_bike",
            "modified_yoga_pilates",
            "resistance_band_work",
        ] {
            assert!(ids.contains(id), "{id} is missing");
        }
        assert_eq!(ids.len(), EXERCISES.len(), "ids are unique");
    }

    #[test]
    fn every_exercise_is_complete() {
        for e in &EXERCISES {
            assert!(e.steps.len() >= 3, "{}: steps", e.id);
            assert!(!e.cues.is_empty(), "{}: cues", e.id);
            assert!(e.dose.set_seconds() >= 10, "{}: dose", e.id);
            assert!(
                !e.easier.is_empty() && !e.harder.is_empty(),
                "{}: versions",
                e.id
            );
            if let Some(gentler) = e.gentler {
                assert_ne!(gentler, e.id, "{}: its own gentler version", e.id);
            }
        }
    }

    #[test]
    fn every_id_has_exactly_one_entry_in_the_catalogue() {
        for id in ExerciseId::ALL {
            assert_eq!(EXERCISES.iter().filter(|e| e.id == id).count(), 1, "{id}");
        }
        assert_eq!(EXERCISES.len(), ExerciseId::ALL.len());
    }

    #[test]
    fn doses_read_naturally() {
        assert_eq!(
            Dose::Reps {
                reps: 8,
                seconds_per_rep: 5,
                sets: 1,
                rest_seconds: 0
            }
            .describe(),
            "8 slow repetitions, once"
        );
        assert_eq!(
            Dose::Hold {
                seconds: 30,
                sets: 2,
                rest_seconds: 10
            }
            .describe(),
            "Hold 30 seconds, 2 sets, 10 seconds' rest between"
        );
        // One of anything is singular (an easing can bring a dose down to one).
        assert_eq!(
            Dose::Reps {
                reps: 1,
                seconds_per_rep: 5,
                sets: 1,
                rest_seconds: 0
            }
            .describe(),
            "1 slow repetition, once"
        );
        assert_eq!(
            Dose::Continuous { minutes: 1 }.describe(),
            "1 minute at an easy, steady pace"
        );
    }

    #[test]
    fn search_matches_words_and_filters() {
        let names = |f: LibraryFilter| search(&f).iter().map(|e| e.id.as_str()).collect::<Vec<_>>();
        assert_eq!(
            names(LibraryFilter {
                query: "BIRD".into(),
                ..Default::default()
            }),
            ["bird_dog"]
        );
        assert!(names(LibraryFilter {
            query: "nothing like this".into(),
            ..Default::default()
        })
        .is_empty());
        let mobility = names(LibraryFilter {
            category: Some(Category::Mobility),
            ..Default::default()
        });
        assert_eq!(
            mobility,
            [
                "cat_cow",
                "childs_pose",
                "hip_flexor_lunge",
                "hamstring_stretch"
            ]
        );
        let sciatica = names(LibraryFilter {
            suitable_for: Some(PainKind::Sciatica),
            ..Default::default()
        });
        assert!(!sciatica.contains(&"hamstring_stretch"));
        let pool = names(LibraryFilter {
            equipment: Some(Equipment::Pool),
            ..Default::default()
        });
        assert_eq!(pool, ["swimming"]);
    }
}
