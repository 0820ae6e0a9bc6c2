//! Ready-made routines, chosen from the person's last triage. A routine never
//! includes an exercise cautioned for their kind of pain, and when the last
//! triage said to see a professional there is no routine at all.

use serde::Serialize;
use std::collections::BTreeMap;

use crate::exercise::{exercise, minutes_of_doses, Dose, Exercise, ExerciseId};
use crate::level::TriageLevel;
use crate::own_routine::{OwnItem, OwnRoutine, OwnRoutineView};
use crate::pain::{PainKind, PainZone, STOP_ON_RISE};
use ts_rs::TS;
use ExerciseId as Id;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct RoutineTemplate {
    pub id: &'static str,
    pub name: &'static str,
    pub purpose: &'static str,
    /// The least cautious triage level the routine suits: a `continue`
    /// routine is not offered after a `stop` result.
    pub suits_up_to: TriageLevel,
    pub exercises: &'static [ExerciseId],
}

pub static ROUTINES: [RoutineTemplate; 4] = [
    RoutineTemplate {
        id: "two_minute_reset",
        name: "Two-minute mobility break",
        purpose: "A short break from sitting: loosens the spine and hips in two minutes.",
        suits_up_to: TriageLevel::Stop,
        exercises: &[Id::CatCow, Id::ChildsPose],
    },
    RoutineTemplate {
        id: "gentle_mobility",
        name: "Gentle 10-minute mobility",
        purpose: "For the first days after a flare-up: keeps you moving gently instead of resting in bed.",
        suits_up_to: TriageLevel::Stop,
        exercises: &[Id::Walking, Id::CatCow, Id::ChildsPose, Id::HipFlexorLunge, Id::HamstringStretch],
    },
    RoutineTemplate {
        id: "core_stability",
        name: "Core stability",
        purpose: "Builds the endurance of the muscles that support the spine, once moving is comfortable.",
        suits_up_to: TriageLevel::Modify,
        exercises: &[Id::DeadBug, Id::BirdDog, Id::GluteBridge, Id::ModifiedPlank, Id::WallSit],
    },
    RoutineTemplate {
        id: "return_warm_up",
        name: "Return-to-training warm-up",
        purpose: "A warm-up before your usual training, for when the back is settled.",
        suits_up_to: TriageLevel::Continue,
        exercises: &[Id::BriskWalking, Id::CatCow, Id::GluteBridge, Id::BirdDog, Id::HipFlexorLunge],
    },
];

/// A routine made for this person: the template's exercises less those
/// cautioned for their kind of pain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Routine {
    /// A ready routine's id, or `own:` and the name for one of the person's own.
    pub id: String,
    pub name: String,
    pub purpose: String,
    /// The kind of pain it was made for: a session's swaps respect it too.
    pub pain_kind: PainKind,
    pub exercises: Vec<&'static Exercise>,
    /// Exercises of the template left out, and why.
    pub left_out: Vec<LeftOut>,
    pub minutes: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct LeftOut {
    pub exercise: ExerciseId,
    pub reason: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct RoutineOffer {
    pub routines: Vec<Routine>,
    /// Why there are no routines, or fewer than usual.
    pub note: Option<String>,
    /// Where to go when there is no routine to do: the step that opens them again.
    pub instead: Option<Instead>,
    /// What the pain asked before a session is for.
    pub start_pain_help: String,
    /// The person's own routines, each with why it waits if it cannot run now.
    pub own: Vec<OwnRoutineView>,
}

/// Shown while a prescribed exercise cautioned for the person's kind of pain runs.
pub const PRESCRIBED_DESPITE_CAUTION: &str = "This exercise is usually left out for your kind of pain. It is here because your physiotherapist prescribed it: do it as they showed you. If it makes your pain worse or sends symptoms down a leg, press Check in and say so, and tell your physiotherapist. To leave it out today, press Leave it out.";

/// The same on paper, where there is nothing to press.
pub const PRESCRIBED_DESPITE_CAUTION_ON_PAPER: &str = "Usually left out for your kind of pain; here because your physiotherapist prescribed it: do it as they showed you. If it makes your pain worse or sends symptoms down a leg, stop it, check your back pain again in Spinewise, and tell your physiotherapist.";

/// Shown while an exercise of the person's own runs: Spinewise has not
/// checked it, so it is kept, like a cautioned one, on the physiotherapist's
/// word alone.
pub const OWN_EXERCISE_WATCH: &str = "Spinewise has not checked this exercise: it is here because your physiotherapist gave it to you. Do it only as they showed you. If it raises your pain or sends symptoms down a leg, press Check in and say so, and tell your physiotherapist. To leave it out today, press Leave it out.";

/// Shown instead, before an exercise kept on a physiotherapist's word that
/// hurt in an earlier session of the same routine: it comes again, and the
/// person decides.
pub const HURT_BEFORE: &str = "In an earlier session of this routine this exercise hurt: your pain went up during it, or the session stopped during it (for pain, leg symptoms or a warning sign). Unless your physiotherapist has looked at it since, press Leave it out. If they have, do it gently as they showed you, and press Check in if it raises your pain or sends symptoms down a leg.";

/// Total minutes of a list of exercises, rests included, rounded up.
pub fn minutes_of(exercises: &[&Exercise]) -> u32 {
    minutes_of_doses(&exercises.iter().map(|e| e.dose).collect::<Vec<_>>())
}

impl Routine {
    /// A routine of the person's own as a session runs it, with each
    /// exercise at its own dose.
    pub fn own(own: &OwnRoutine, kind: PainKind) -> Routine {
        // The library's exercises among them: the window's words and drawings
        // for those; the person's own carry theirs.
        let exercises: Vec<_> = own
            .items
            .iter()
            .filter_map(|i| i.exercise.library())
            .map(exercise)
            .collect();
        let doses: Vec<Dose> = own.items.iter().map(|i| i.dose).collect();
        Routine {
            id: own.id(),
            name: own.name.trim().to_owned(),
            purpose: match &own.from {
                Some(from) => format!("Your routine from {from}."),
                None => "A routine of your own.".to_owned(),
            },
            pain_kind: kind,
            minutes: minutes_of_doses(&doses),
            exercises,
            left_out: Vec::new(),
        }
    }

    /// What a session says while an exercise cautioned for its kind of pain
    /// runs. A ready routine leaves those out; one of the person's own can
    /// keep one a physiotherapist prescribed. The caution's own words ("leave
    /// it out") would contradict the exercise on screen: this says what to
    /// watch for instead; or, for one that hurt in an earlier session of
    /// this routine (`hurt_before`, as sessions key exercises), what
    /// happened then. Keyed as the session's steps are.
    pub fn cautions(&self, hurt_before: &[String]) -> BTreeMap<String, &'static str> {
        self.exercises
            .iter()
            .filter(|e| e.is_cautioned_for(self.pain_kind))
            .map(|e| {
                let key = e.id.to_string();
                let said = if hurt_before.contains(&key) {
                    HURT_BEFORE
                } else {
                    PRESCRIBED_DESPITE_CAUTION
                };
                (key, said)
            })
            .collect()
    }

    /// What a session says while an exercise of the person's own runs (keyed
    /// `own-<item>`): what to watch for, or that it hurt before.
    pub fn own_caution(key: &str, hurt_before: &[String]) -> &'static str {
        if hurt_before.iter().any(|k| k == key) {
            HURT_BEFORE
        } else {
            OWN_EXERCISE_WATCH
        }
    }
}

pub fn build(template: &RoutineTemplate, pain_kind: PainKind) -> Routine {
    let mut exercises = Vec::new();
    let mut left_out = Vec::new();
    for &id in template.exercises {
        let e = exercise(id);
        match e.caution_for(pain_kind) {
            Some(reason) => left_out.push(LeftOut {
                exercise: e.id,
                reason,
            }),
            None => exercises.push(e),
        }
    }
    Routine {
        id: template.id.to_owned(),
        name: template.name.to_owned(),
        purpose: template.purpose.to_owned(),
        pain_kind,
        minutes: minutes_of(&exercises),
        exercises,
        left_out,
    }
}

/// The routines the person's last triage allows.
/// Where a person with no routine to do is sent instead: the step that
/// opens routines again.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Instead {
    /// A new check: there is none yet, or a warning sign waits for one.
    CheckBackPain,
    /// A daily check-in on a later morning: a stopped session's pain must settle.
    DailyCheckIn,
    /// The plan: an examination to book, or a clearance to record.
    Plan,
}

pub fn offer(last: Option<(TriageLevel, PainKind)>) -> RoutineOffer {
    let Some((level, pain_kind)) = last else {
        return RoutineOffer::none(
            "Check your back pain first: routines are chosen from your answers.",
            Instead::CheckBackPain,
        );
    };
    if level >= TriageLevel::Soon {
        return RoutineOffer::none(
            "Your last check said to get your back examined. Routines return once a professional has \
             seen you and a new check allows them, or once you record on your plan that they cleared \
             you to exercise.",
            Instead::Plan,
        );
    }
    let routines: Vec<Routine> = ROUTINES
        .iter()
        .filter(|t| level <= t.suits_up_to)
        .map(|t| build(t, pain_kind))
        .filter(|r| !r.exercises.is_empty())
        .collect();
    let note = (level == TriageLevel::Stop).then(|| {
        "Your last check said to stop training for now: only gentle mobility is offered for the next day or two."
            .to_owned()
    });
    RoutineOffer::new(routines, note)
}

impl RoutineOffer {
    pub fn new(routines: Vec<Routine>, note: Option<String>) -> Self {
        RoutineOffer {
            routines,
            instead: None,
            note,
            own: Vec::new(),
            start_pain_help: format!(
                "Spinewise compares your later check-ins with this number: the session ends if your pain goes above {}, or reaches {} or more and is {STOP_ON_RISE} or more above this number.",
                PainZone::ACCEPTABLE_UP_TO,
                PainZone::SAFE_UP_TO + 1,
            ),
        }
    }

    /// No routines now, and why.
    pub fn none(why: impl Into<String>, instead: Instead) -> Self {
        RoutineOffer {
            instead: Some(instead),
            ..Self::new(Vec::new(), Some(why.into()))
        }
    }

    pub fn find(self, id: &str) -> Option<Routine> {
        self.routines.into_iter().find(|r| r.id == id)
    }

    /// The routine a session would run for `id`, ready or the person's own
    /// (with its items: their doses and notes), if the plan lets it run now.
    pub fn to_run(self, id: &str) -> Option<(Routine, Option<Vec<OwnItem>>)> {
        if let Some(own) = self.own.iter().find(|o| o.id == id && o.waits.is_none()) {
            let routine = Routine::own(&own.routine, own.pain_kind);
            return Some((routine, Some(own.routine.items.clone())));
        }
        self.find(id).map(|r| (r, None))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALL_LEVELS: [TriageLevel; 6] = TriageLevel::ALL;

    #[test]
    fn no_routine_ever_contains_an_exercise_cautioned_for_the_pain_kind() {
        for level in ALL_LEVELS {
            for kind in PainKind::ALL {
                for routine in offer(Some((level, kind))).routines {
                    for e in &routine.exercises {
                        assert!(
                            !e.is_cautioned_for(kind),
                            "{} has {} for {kind:?}",
                            routine.id,
                            e.id
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn a_session_shows_the_caution_of_a_prescribed_exercise_and_a_ready_routine_has_none() {
        let file = include_str!("../tests/fixtures/routines/physio-example.json");
        let own = OwnRoutine::from_file(file.as_bytes()).unwrap();
        let routine = Routine::own(&own, PainKind::Sciatica);
        let cautions = routine.cautions(&[]);
        assert_eq!(cautions.keys().collect::<Vec<_>>(), ["hamstring_stretch"]);
        assert_eq!(cautions["hamstring_stretch"], PRESCRIBED_DESPITE_CAUTION);
        // It hurt before: the session says so before it comes again.
        let recalled = routine.cautions(&["hamstring_stretch".to_owned()]);
        assert_eq!(recalled["hamstring_stretch"], HURT_BEFORE);
        assert_eq!(Routine::own_caution("own-1", &[]), OWN_EXERCISE_WATCH);
        assert_eq!(
            Routine::own_caution("own-1", &["own-1".to_owned()]),
            HURT_BEFORE
        );
        for level in ALL_LEVELS {
            for kind in PainKind::ALL {
                for routine in offer(Some((level, kind))).routines {
                    let every: Vec<String> =
                        ExerciseId::ALL.iter().map(ToString::to_string).collect();
                    assert!(routine.cautions(&every).is_empty(), "{}", routine.id);
                }
            }
        }
    }

    #[test]
    fn a_result_that_needs_a_professional_offers_no_routine_and_says_why() {
        for level in [
            TriageLevel::Soon,
            TriageLevel::Urgent,
            TriageLevel::Emergency,
        ] {
            for kind in PainKind::ALL {
                let offer = offer(Some((level, kind)));
                assert!(offer.routines.is_empty());
                assert!(offer.note.unwrap().contains("examined"));
            }
        }
        assert!(offer(None).routines.is_empty());
    }

    #[test]
    fn routines_follow_the_level() {
        let ids = |level| {
            offer(Some((level, PainKind::Muscular)))
                .routines
                .iter()
                .map(|r| r.id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(TriageLevel::Stop),
            ["two_minute_reset", "gentle_mobility"]
        );
        assert_eq!(
            ids(TriageLevel::Modify),
            ["two_minute_reset", "gentle_mobility", "core_stability"]
        );
        assert_eq!(ids(TriageLevel::Continue).len(), 4);
    }

    #[test]
    fn a_cautioned_exercise_is_left_out_with_its_reason() {
        let routine = build(&ROUTINES[1], PainKind::Sciatica);
        assert!(routine
            .exercises
            .iter()
            .all(|e| e.id != Id::HamstringStretch));
        let hamstring = routine
            .left_out
            .iter()
            .find(|l| l.exercise == Id::HamstringStretch)
            .expect("the hamstring stretch is left out");
        assert!(hamstring.reason.contains("sciatic"));
    }

    #[test]
    fn the_gentle_routine_takes_about_ten_minutes_and_the_break_two() {
        assert!((8..=12).contains(&build(&ROUTINES[1], PainKind::Muscular).minutes));
        assert!(build(&ROUTINES[0], PainKind::Muscular).minutes <= 2);
    }
}
