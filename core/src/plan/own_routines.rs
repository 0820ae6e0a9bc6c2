//! Keeping the person's own routines in the plan: each is checked for their
//! kind of pain before it is kept, names are unique, and a refusal changes
//! nothing.

use super::RecoveryPlan;
use crate::own_routine::{OwnRoutine, OwnRoutineError, MAX_OWN_ROUTINES};
use crate::pain::PainKind;

impl RecoveryPlan {
    /// The kind of pain an own routine is checked for: the last check's, or
    /// (before any check) the unclear kind, for which every caution counts.
    pub fn own_routine_kind(&self) -> PainKind {
        self.last_triage()
            .map_or(PainKind::Unclear, |t| t.outcome.pain_kind.kind)
    }

    pub fn own_routine(&self, name: &str) -> Option<&OwnRoutine> {
        self.own_routines.iter().find(|r| r.has_name(name))
    }

    /// Keeps `routine`, in place of the one called `replacing` if given (an
    /// edit, or an import the person agreed should replace theirs).
    pub fn save_own_routine(
        &mut self,
        mut routine: OwnRoutine,
        replacing: Option<&str>,
    ) -> Result<(), OwnRoutineError> {
        // Saving is looking at it: its prescriptions now hold for this kind.
        let kind = self.own_routine_kind();
        routine.checked_for = Some(kind);
        routine.check(kind)?;
        routine.name = routine.name.trim().to_owned();
        let replaced = match replacing {
            Some(old) => Some(
                self.own_routines
                    .iter()
                    .position(|r| r.has_name(old))
                    .ok_or_else(|| OwnRoutineError::NoSuchRoutine {
                        name: old.trim().to_owned(),
                    })?,
            ),
            None => None,
        };
        let clash = self
            .own_routines
            .iter()
            .enumerate()
            .find(|(i, r)| Some(*i) != replaced && r.has_name(&routine.name));
        if let Some((_, theirs)) = clash {
            // Named as the person wrote it before, which is what they will recognise.
            return Err(OwnRoutineError::NameTaken {
                name: theirs.name.clone(),
            });
        }
        match replaced {
            Some(i) => self.own_routines[i] = routine,
            None if self.own_routines.len() >= MAX_OWN_ROUTINES => {
                return Err(OwnRoutineError::TooMany)
            }
            None => self.own_routines.push(routine),
        }
        Ok(())
    }

    pub fn delete_own_routine(&mut self, name: &str) -> Result<OwnRoutine, OwnRoutineError> {
        let i = self
            .own_routines
            .iter()
            .position(|r| r.has_name(name))
            .ok_or_else(|| OwnRoutineError::NoSuchRoutine {
                name: name.trim().to_owned(),
            })?;
        Ok(self.own_routines.remove(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::ExerciseId;
    use crate::own_routine::OwnItem;

    fn named(name: &str, exercise: ExerciseId) -> OwnRoutine {
        OwnRoutine {
            name: name.into(),
            from: None,
            items: vec![OwnItem {
                exercise: exercise.into(),
                dose: crate::exercise::exercise(exercise).dose,
                prescribed: false,
                note: None,
            }],
            checked_for: None,
        }
    }

    #[test]
    fn names_are_unique_and_an_edit_replaces_in_place() {
        let mut plan = RecoveryPlan::default();
        plan.save_own_routine(named(" Morning ", ExerciseId::BirdDog), None)
            .unwrap();
        plan.save_own_routine(named("Evening", ExerciseId::Walking), None)
            .unwrap();
        assert_eq!(plan.own_routines[0].name, "Morning", "kept trimmed");
        let before = plan.clone();
        assert_eq!(
            plan.save_own_routine(named("morning", ExerciseId::Walking), None)
                .unwrap_err()
                .code(),
            "name_taken"
        );
        // Renaming an edit onto another routine's name is refused too.
        assert_eq!(
            plan.save_own_routine(named("EVENING", ExerciseId::BirdDog), Some("Morning"))
                .unwrap_err()
                .code(),
            "name_taken"
        );
        assert_eq!(plan, before, "a refusal changes nothing");
        plan.save_own_routine(
            named("Morning, longer", ExerciseId::BirdDog),
            Some("morning"),
        )
        .unwrap();
        let names: Vec<_> = plan.own_routines.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["Morning, longer", "Evening"]);
        assert_eq!(plan.delete_own_routine("evening").unwrap().name, "Evening");
        assert_eq!(
            plan.delete_own_routine("Evening").unwrap_err().code(),
            "no_such_routine"
        );
    }

    #[test]
    fn before_any_check_every_caution_counts() {
        let mut plan = RecoveryPlan::default();
        // The hamstring stretch carries a caution (for sciatica).
        let stretch = named("Stretch", ExerciseId::HamstringStretch);
        assert_eq!(
            plan.save_own_routine(stretch.clone(), None)
                .unwrap_err()
                .code(),
            "cautioned_not_prescribed"
        );
        let mut prescribed = stretch;
        prescribed.items[0].prescribed = true;
        plan.save_own_routine(prescribed, None).unwrap();
    }

    #[test]
    fn there_is_a_limit() {
        let mut plan = RecoveryPlan::default();
        for i in 0..MAX_OWN_ROUTINES {
            plan.save_own_routine(named(&format!("R{i}"), ExerciseId::BirdDog), None)
                .unwrap();
        }
        assert_eq!(
            plan.save_own_routine(named("One more", ExerciseId::BirdDog), None)
                .unwrap_err()
                .code(),
            "too_many"
        );
        // Replacing one is still allowed at the limit.
        plan.save_own_routine(named("R0 again", ExerciseId::BirdDog), Some("R0"))
            .unwrap();
    }
}
