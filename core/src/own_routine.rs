//! Routines the person builds, or receives from their physiotherapist: the
//! library's exercises in their own order, each with its own dose. They
//! travel as a small, versioned file (`docs/routine-file.md`, with its JSON
//! schema) that a clinician can write once and hand out; a file that is too
//! large, malformed, of an unknown version or out of bounds is refused with
//! the reason and changes nothing.
//!
//! Safety still applies: an exercise cautioned for the person's kind of
//! pain is kept only with a deliberate "my physiotherapist prescribed this",
//! and an exercise to rethink is not in the library at all, so it cannot be
//! added. When routines run (and whether they may) is the plan's decision,
//! as for the ready routines.

use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;

use crate::exercise::{
    exercise, minutes_of_doses, Category, Dose, Exercise, ExerciseId, EXERCISES,
};
use crate::pain::PainKind;

mod own_exercise;
pub use own_exercise::{
    ExerciseRef, ItemExercise, OwnExercise, Photo, MAX_PHOTOS_PER_ROUTINE, MAX_STEPS,
    OWN_STARTING_DOSES,
};

pub const ROUTINE_FORMAT: &str = "spinewise-routine";
/// The newest version this Spinewise reads and writes. Version 1 holds
/// library exercises only; version 2 adds exercises of one's own, with
/// their photos. A routine of library exercises is still written as
/// version 1, so an older Spinewise reads it.
pub const ROUTINE_FILE_VERSION: u64 = 2;
/// A routine file of library exercises is a few kilobytes; with its photos
/// (at most [`MAX_PHOTOS_PER_ROUTINE`], each within the photo bound, in
/// base64) it stays under this, which refuses anything that cannot be one.
pub const MAX_ROUTINE_FILE_BYTES: usize = 1536 * 1024;
pub const MAX_NAME: usize = 60;
pub const MAX_NOTE: usize = 280;
pub const MAX_ITEMS: usize = 20;
/// More than anyone keeps; a bound so the plan cannot grow without end.
pub const MAX_OWN_ROUTINES: usize = 30;
/// What an own routine's id starts with: no ready routine's id does.
pub const OWN_ID_PREFIX: &str = "own:";

/// One exercise of an own routine, with its dose.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct OwnItem {
    /// A library exercise's id, or an exercise of one's own written out.
    pub exercise: ItemExercise,
    pub dose: Dose,
    /// The person (or their physiotherapist) keeps an exercise cautioned
    /// for their kind of pain on purpose.
    #[serde(default)]
    pub prescribed: bool,
    /// The physiotherapist's words for this exercise, shown with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// A routine of the person's own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct OwnRoutine {
    pub name: String,
    /// Who wrote it, when it came from a file ("Physio Jo Smith").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    pub items: Vec<OwnItem>,
    /// The kind of pain the routine was last checked and kept for. A
    /// prescription despite a caution holds for that kind only: after a
    /// check that finds another kind, the person looks again. Never read
    /// from or written to a routine file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked_for: Option<PainKind>,
}

/// An own routine as the window shows it: the routine itself (to edit or
/// export), each exercise's name, dose in words and caution, and why it waits.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct OwnRoutineView {
    pub id: String,
    pub routine: OwnRoutine,
    pub minutes: u32,
    /// One per item of the routine, in its order.
    pub items: Vec<OwnItemView>,
    /// Why it cannot run now, if it cannot.
    pub waits: Option<String>,
    /// The kind of pain it was checked for, which its session respects.
    #[serde(skip)]
    #[ts(skip)]
    pub pain_kind: PainKind,
}

/// An exercise at a dose, for a person with this kind of pain.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct OwnItemView {
    /// The library exercise; none for one of the person's own.
    pub exercise: Option<ExerciseId>,
    pub name: String,
    pub dose: Dose,
    pub dose_text: String,
    /// Why it is not for this kind of pain, unless prescribed.
    pub caution: Option<&'static str>,
    /// One of the person's own: its photo, as an image source.
    pub photo: Option<String>,
}

fn item_view(what: &ItemExercise, dose: Dose, kind: PainKind) -> OwnItemView {
    match what {
        ItemExercise::Library(id) => {
            let e = exercise(*id);
            OwnItemView {
                exercise: Some(*id),
                name: e.name.to_owned(),
                dose,
                dose_text: Exercise { dose, ..*e }.dose_text(),
                caution: e.caution_for(kind),
                photo: None,
            }
        }
        ItemExercise::Own(own) => OwnItemView {
            exercise: None,
            name: own.title().to_owned(),
            dose,
            dose_text: dose.describe(),
            caution: Some(OWN_NOT_CHECKED),
            photo: own.photo.as_ref().map(Photo::data_url),
        },
    }
}

/// Said of every exercise of the person's own, where a library exercise's
/// caution would be: kept only on the physiotherapist's word.
pub const OWN_NOT_CHECKED: &str = "Spinewise has not checked this exercise, so it cannot say whether it suits your kind of pain. Keep it only if your physiotherapist gave it to you.";

/// What a routine can be built from: every library exercise at its standard
/// dose, with its caution for this kind of pain.
pub fn choices(kind: PainKind) -> Vec<OwnItemView> {
    EXERCISES
        .iter()
        .map(|e| item_view(&ItemExercise::Library(e.id), e.dose, kind))
        .collect()
}

/// Why a routine, or a routine file, is refused. The text is shown to the
/// person as it is.
#[derive(Clone, Debug, Error, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum OwnRoutineError {
    #[error("the file is too large to be a Spinewise routine (over {} KiB)", MAX_ROUTINE_FILE_BYTES / 1024)]
    TooLarge,
    #[error("the file is not a Spinewise routine ({detail})")]
    NotARoutine { detail: String },
    #[error(
        "the routine file is version {found}; this Spinewise reads version {ROUTINE_FILE_VERSION}"
    )]
    UnknownVersion { found: String },
    #[error("the routine needs a name of 1 to {MAX_NAME} characters, without line breaks")]
    BadName,
    #[error("a note or author is over {MAX_NOTE} characters, or has control characters")]
    BadText {
        /// The exercise whose note it is; none for the author.
        item: Option<usize>,
    },
    #[error("a routine holds 1 to {MAX_ITEMS} exercises")]
    ItemCount,
    #[error(
        "the routine would take about {minutes} minutes; keep it to {} at the most, rests included",
        bounds::MAX_ROUTINE_MINUTES
    )]
    TooLong { minutes: u32 },
    #[error("the dose of {name} is out of bounds: {why}")]
    BadDose {
        item: usize,
        name: String,
        why: String,
    },
    #[error("an exercise of your own needs a name of 1 to {MAX_NAME} characters, and 1 to {MAX_STEPS} steps of up to {MAX_NOTE} characters each, without line breaks or control characters")]
    BadOwnExercise { item: usize },
    #[error("the photo of {name} cannot be kept: {why}")]
    BadPhoto {
        item: usize,
        name: String,
        why: String,
    },
    #[error("a routine holds up to {MAX_PHOTOS_PER_ROUTINE} photos")]
    TooManyPhotos,
    #[error("{name} is an exercise Spinewise has not checked: keep it only if your physiotherapist gave it to you, and tick that they did")]
    OwnNotPrescribed { item: usize, name: String },
    #[error("{} is done for a length of time, not in holds or repetitions (or the other way round)", exercise_name(*exercise))]
    WrongKindOfDose { item: usize, exercise: ExerciseId },
    #[error("you already have a routine called \"{name}\": choose another name, or replace it")]
    NameTaken { name: String },
    #[error("you can keep up to {MAX_OWN_ROUTINES} routines of your own: delete one first")]
    TooMany,
    #[error("there is no routine of yours called \"{name}\"")]
    NoSuchRoutine { name: String },
    #[error("{} carries a caution for your kind of pain: remove it, or keep it only if your physiotherapist prescribed it for you, and tick that they did", exercise_name(*exercise))]
    CautionedNotPrescribed { item: usize, exercise: ExerciseId },
    #[error("{} carries a caution for the kind of pain your last check found, and was kept for another kind: look at it again, then remove it or tick that your physiotherapist prescribed it for you now", exercise_name(*exercise))]
    PrescribedForAnotherKind { item: usize, exercise: ExerciseId },
}

impl OwnRoutineError {
    /// Where in the routine the fault is, as a JSON pointer (`/name`,
    /// `/items/2`): the builder shows the message beside that field.
    pub fn field(&self) -> Option<String> {
        use OwnRoutineError as E;
        match self {
            E::BadName | E::NameTaken { .. } => Some("/name".to_owned()),
            E::BadText { item: None } => Some("/from".to_owned()),
            E::BadText { item: Some(item) }
            | E::BadDose { item, .. }
            | E::BadOwnExercise { item }
            | E::BadPhoto { item, .. }
            | E::OwnNotPrescribed { item, .. }
            | E::WrongKindOfDose { item, .. }
            | E::CautionedNotPrescribed { item, .. }
            | E::PrescribedForAnotherKind { item, .. } => Some(format!("/items/{item}")),
            E::TooLarge
            | E::NotARoutine { .. }
            | E::UnknownVersion { .. }
            | E::ItemCount
            | E::TooManyPhotos
            | E::TooLong { .. }
            | E::TooMany
            | E::NoSuchRoutine { .. } => None,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            OwnRoutineError::TooLarge => "too_large",
            OwnRoutineError::NotARoutine { .. } => "not_a_routine",
            OwnRoutineError::UnknownVersion { .. } => "unknown_version",
            OwnRoutineError::BadName => "bad_name",
            OwnRoutineError::BadText { .. } => "bad_text",
            OwnRoutineError::ItemCount => "item_count",
            OwnRoutineError::TooLong { .. } => "too_long",
            OwnRoutineError::BadDose { .. } => "bad_dose",
            OwnRoutineError::BadOwnExercise { .. } => "bad_own_exercise",
            OwnRoutineError::BadPhoto { .. } => "bad_photo",
            OwnRoutineError::TooManyPhotos => "too_many_photos",
            OwnRoutineError::OwnNotPrescribed { .. } => "own_not_prescribed",
            OwnRoutineError::WrongKindOfDose { .. } => "wrong_kind_of_dose",
            OwnRoutineError::CautionedNotPrescribed { .. } => "cautioned_not_prescribed",
            OwnRoutineError::PrescribedForAnotherKind { .. } => "prescribed_for_another_kind",
            OwnRoutineError::NameTaken { .. } => "name_taken",
            OwnRoutineError::TooMany => "too_many",
            OwnRoutineError::NoSuchRoutine { .. } => "no_such_routine",
        }
    }
}

/// Why a routine's JSON does not fit, in the person's words rather than the
/// parser's.
fn in_words(e: &serde_json::Error) -> String {
    let text = e.to_string();
    if text.contains("unknown variant") && text.contains("modified_plank") {
        "it names an exercise that is not in Spinewise's library".to_owned()
    } else if let Some(field) = text
        .strip_prefix("unknown field `")
        .and_then(|rest| rest.split('`').next())
    {
        format!("it has a field a routine file does not have: {field}")
    } else if text.starts_with("missing field") {
        format!(
            "something a routine needs is missing ({})",
            text.replace('`', "")
        )
    } else {
        format!(
            "a value is not what a routine holds ({})",
            text.replace('`', "")
        )
    }
}

fn exercise_name(id: ExerciseId) -> &'static str {
    exercise(id).name
}

/// An exercise of one's own: its name, steps and photo within bounds.
fn check_own_exercise(item: usize, own: &OwnExercise) -> Result<(), OwnRoutineError> {
    let name = own.title();
    let words_fit = !name.is_empty()
        && plain_text(name, MAX_NAME)
        && (1..=MAX_STEPS).contains(&own.steps.len())
        && own
            .steps
            .iter()
            .all(|s| !s.trim().is_empty() && plain_text(s, MAX_NOTE));
    if !words_fit {
        return Err(OwnRoutineError::BadOwnExercise { item });
    }
    if let Some(photo) = &own.photo {
        photo.check().map_err(|e| OwnRoutineError::BadPhoto {
            item,
            name: name.to_owned(),
            why: e.to_string(),
        })?;
    }
    Ok(())
}

fn plain_text(text: &str, max: usize) -> bool {
    text.chars().count() <= max && !text.chars().any(char::is_control)
}

/// The bounds a dose keeps: wide enough for a physiotherapist's programme in
/// recovery, narrow enough that no routine (built or read from a file) can
/// make a session that overloads a back that is still healing.
pub mod bounds {
    use std::ops::RangeInclusive;

    /// Seconds of a stretch or position held.
    pub const HOLD_SECONDS: RangeInclusive<u32> = 5..=120;
    /// A hold that loads the trunk (a plank, a wall sit) is kept shorter.
    pub const TRUNK_HOLD_MAX_SECONDS: u32 = 60;
    pub const REPS: RangeInclusive<u32> = 1..=30;
    /// Slow repetitions: no faster than two seconds each.
    pub const SECONDS_PER_REP: RangeInclusive<u32> = 2..=10;
    pub const SETS: RangeInclusive<u32> = 1..=5;
    pub const MAX_REST_SECONDS: u32 = 180;
    pub const MINUTES: RangeInclusive<u32> = 1..=30;
    /// A whole routine, rests included.
    pub const MAX_ROUTINE_MINUTES: u32 = 60;
}

fn check_dose(item: usize, what: &ItemExercise, dose: Dose) -> Result<(), OwnRoutineError> {
    use bounds::*;
    let name = what.name().to_owned();
    let bad = |why: String| {
        Err(OwnRoutineError::BadDose {
            item,
            name: name.clone(),
            why,
        })
    };
    // Each exercise is done its own way: a plank is held, a bird-dog is
    // repeated, a walk lasts minutes. The session paces it that way. One of
    // the person's own is done the way its dose says.
    let library = what.library().map(exercise);
    if let Some(e) = library {
        if std::mem::discriminant(&dose) != std::mem::discriminant(&e.dose) {
            return Err(OwnRoutineError::WrongKindOfDose {
                item,
                exercise: e.id,
            });
        }
    }
    let (sets, rest) = (dose.sets(), dose.rest_seconds());
    if !SETS.contains(&sets) || rest > MAX_REST_SECONDS {
        return bad(format!(
            "{} to {} sets, with up to {MAX_REST_SECONDS} seconds' rest",
            SETS.start(),
            SETS.end()
        ));
    }
    match dose {
        Dose::Hold { seconds, .. } => {
            let max = if library.is_some_and(|e| e.category == Category::CoreStability) {
                TRUNK_HOLD_MAX_SECONDS
            } else {
                *HOLD_SECONDS.end()
            };
            if !(*HOLD_SECONDS.start()..=max).contains(&seconds) {
                return bad(format!(
                    "a hold of this exercise lasts {} to {max} seconds",
                    HOLD_SECONDS.start()
                ));
            }
        }
        Dose::Reps {
            reps,
            seconds_per_rep,
            ..
        } => {
            if !REPS.contains(&reps) || !SECONDS_PER_REP.contains(&seconds_per_rep) {
                return bad(format!(
                    "{} to {} slow repetitions of {} to {} seconds each",
                    REPS.start(),
                    REPS.end(),
                    SECONDS_PER_REP.start(),
                    SECONDS_PER_REP.end()
                ));
            }
        }
        Dose::Continuous { minutes } => {
            if !MINUTES.contains(&minutes) {
                return bad(format!("{} to {} minutes", MINUTES.start(), MINUTES.end()));
            }
        }
    }
    Ok(())
}

/// A lighter dose of a routine's own, for after a setback (a session stopped
/// for pain, or pain that had not settled by the next morning, which steps
/// the exercise back on its ladder): one set fewer, or with one set, half
/// the hold, repetitions or minutes.
pub fn eased(dose: Dose) -> Dose {
    let half = |n: u32, least: u32| (n / 2).max(least);
    match dose {
        Dose::Hold {
            seconds,
            sets,
            rest_seconds,
        } => match sets {
            1 => Dose::Hold {
                seconds: half(seconds, *bounds::HOLD_SECONDS.start()),
                sets,
                rest_seconds,
            },
            _ => Dose::Hold {
                seconds,
                sets: sets - 1,
                rest_seconds,
            },
        },
        Dose::Reps {
            reps,
            seconds_per_rep,
            sets,
            rest_seconds,
        } => match sets {
            1 => Dose::Reps {
                reps: half(reps, 1),
                seconds_per_rep,
                sets,
                rest_seconds,
            },
            _ => Dose::Reps {
                reps,
                seconds_per_rep,
                sets: sets - 1,
                rest_seconds,
            },
        },
        Dose::Continuous { minutes } => Dose::Continuous {
            minutes: half(minutes, 1),
        },
    }
}

impl OwnRoutine {
    /// Checks what any routine must be, whoever it is for: its name and
    /// words, the number of exercises, each dose and the total time. A file
    /// that fails this is refused as soon as it is read.
    pub fn check_shape(&self) -> Result<(), OwnRoutineError> {
        let name = self.name.trim();
        if name.is_empty() || !plain_text(name, MAX_NAME) {
            return Err(OwnRoutineError::BadName);
        }
        if self
            .from
            .as_deref()
            .is_some_and(|f| !plain_text(f, MAX_NOTE))
        {
            return Err(OwnRoutineError::BadText { item: None });
        }
        if self.items.is_empty() || self.items.len() > MAX_ITEMS {
            return Err(OwnRoutineError::ItemCount);
        }
        let mut photos = 0;
        for (index, item) in self.items.iter().enumerate() {
            if item
                .note
                .as_deref()
                .is_some_and(|n| !plain_text(n, MAX_NOTE))
            {
                return Err(OwnRoutineError::BadText { item: Some(index) });
            }
            if let ItemExercise::Own(own) = &item.exercise {
                check_own_exercise(index, own)?;
                photos += usize::from(own.photo.is_some());
                if photos > MAX_PHOTOS_PER_ROUTINE {
                    return Err(OwnRoutineError::TooManyPhotos);
                }
            }
            check_dose(index, &item.exercise, item.dose)?;
        }
        // Only once every dose is within bounds can the sum not overflow.
        let minutes = minutes_of_doses(&self.items.iter().map(|i| i.dose).collect::<Vec<_>>());
        if minutes > bounds::MAX_ROUTINE_MINUTES {
            return Err(OwnRoutineError::TooLong { minutes });
        }
        Ok(())
    }

    /// Checks the routine for a person with this kind of pain: its shape,
    /// and that every exercise cautioned for the kind is prescribed, for
    /// this kind.
    pub fn check(&self, kind: PainKind) -> Result<(), OwnRoutineError> {
        self.check_shape()?;
        for (index, item) in self.items.iter().enumerate() {
            let id = match &item.exercise {
                ItemExercise::Library(id) => *id,
                // Spinewise has not checked it: kept on the physiotherapist's
                // word alone, whatever the kind of pain.
                ItemExercise::Own(own) if !item.prescribed => {
                    return Err(OwnRoutineError::OwnNotPrescribed {
                        item: index,
                        name: own.title().to_owned(),
                    })
                }
                ItemExercise::Own(_) => continue,
            };
            if exercise(id).is_cautioned_for(kind) {
                if !item.prescribed {
                    return Err(OwnRoutineError::CautionedNotPrescribed {
                        item: index,
                        exercise: id,
                    });
                }
                // Kept for another kind, or never looked at for one (a file
                // just read, a plan written before kinds were kept).
                if self.checked_for != Some(kind) {
                    return Err(OwnRoutineError::PrescribedForAnotherKind {
                        item: index,
                        exercise: id,
                    });
                }
            }
        }
        Ok(())
    }

    /// The id a session and the window know it by: unique, since names are.
    pub fn id(&self) -> String {
        format!("{OWN_ID_PREFIX}{}", self.name.trim())
    }

    /// Names are unique whatever their case or surrounding spaces, so an
    /// imported "Jo's routine" replaces "jo's routine " only when asked.
    pub fn has_name(&self, name: &str) -> bool {
        self.name.trim().to_lowercase() == name.trim().to_lowercase()
    }

    /// The routine as the window and the printed plan show it. `waits` says
    /// why it cannot run now; a routine that no longer passes the check for
    /// the person's kind of pain (a new check found another kind) waits too.
    pub fn view(&self, kind: PainKind, waits: Option<String>) -> OwnRoutineView {
        let waits = waits.or_else(|| {
            self.check(kind)
                .err()
                .map(|e| format!("It needs a look before it runs: {e}."))
        });
        OwnRoutineView {
            id: self.id(),
            minutes: minutes_of_doses(&self.items.iter().map(|i| i.dose).collect::<Vec<_>>()),
            items: self
                .items
                .iter()
                .map(|i| item_view(&i.exercise, i.dose, kind))
                .collect(),
            routine: self.to_review(kind),
            waits,
            pain_kind: kind,
        }
    }

    /// The routine as the builder shows it for this kind of pain: a
    /// prescription given for another kind is not ticked, so the person
    /// answers it again.
    fn to_review(&self, kind: PainKind) -> OwnRoutine {
        let mut routine = self.clone();
        if self.checked_for != Some(kind) {
            for item in &mut routine.items {
                if item
                    .exercise
                    .library()
                    .is_some_and(|id| exercise(id).is_cautioned_for(kind))
                {
                    item.prescribed = false;
                }
            }
        }
        routine
    }

    /// The routine as a file to hand on.
    pub fn to_file(&self) -> String {
        let routine = OwnRoutine {
            checked_for: None,
            ..self.clone()
        };
        let version = if self.has_own_exercises() {
            ROUTINE_FILE_VERSION
        } else {
            1
        };
        let file = serde_json::json!({
            "format": ROUTINE_FORMAT,
            "version": version,
            "routine": routine,
        });
        serde_json::to_string_pretty(&file).expect("a routine always serialises")
    }

    /// Reads a routine file, refusing what it cannot be, or a routine out
    /// of bounds. The routine is not yet checked for the person's kind of
    /// pain: [`OwnRoutine::check`] does that, once the person has seen what
    /// it holds.
    pub fn from_file(bytes: &[u8]) -> Result<Self, OwnRoutineError> {
        if bytes.len() > MAX_ROUTINE_FILE_BYTES {
            return Err(OwnRoutineError::TooLarge);
        }
        let not = |detail: String| OwnRoutineError::NotARoutine { detail };
        let value: serde_json::Value = serde_json::from_slice(bytes)
            .map_err(|_| not("it is not valid JSON: it may be cut short or damaged".into()))?;
        if value.get("format").and_then(serde_json::Value::as_str) != Some(ROUTINE_FORMAT) {
            return Err(not("it does not say it is one".into()));
        }
        let version = value.get("version").and_then(serde_json::Value::as_u64);
        match value.get("version") {
            Some(_) if version.is_some_and(|v| (1..=ROUTINE_FILE_VERSION).contains(&v)) => {}
            other => {
                return Err(OwnRoutineError::UnknownVersion {
                    found: other.map_or_else(|| "missing".to_owned(), ToString::to_string),
                })
            }
        }
        let routine = value
            .get("routine")
            .ok_or_else(|| not("it holds no routine".into()))?;
        let routine: OwnRoutine =
            serde_json::from_value(routine.clone()).map_err(|e| not(in_words(&e)))?;
        if routine.checked_for.is_some() {
            return Err(not(
                "it has a field a routine file does not have: checked_for".into(),
            ));
        }
        if version == Some(1) && routine.has_own_exercises() {
            return Err(not(
                "a version 1 file holds only the library's exercises".into()
            ));
        }
        routine.check_shape()?;
        Ok(routine)
    }

    /// Whether it holds an exercise of the person's own.
    pub fn has_own_exercises(&self) -> bool {
        self.items
            .iter()
            .any(|i| matches!(i.exercise, ItemExercise::Own(_)))
    }

    /// Reads a routine file for the person to see before anything is kept
    /// ([`OwnRoutine::from_file`]'s refusals), with every "prescribed"
    /// cleared: the file's word is not the person's, so a cautioned exercise
    /// is kept only once they tick it themselves, seeing the caution. Which
    /// exercises the file says were prescribed is kept aside to show.
    pub fn review_file(bytes: &[u8]) -> Result<RoutineFromFile, OwnRoutineError> {
        let mut routine = OwnRoutine::from_file(bytes)?;
        let file_says_prescribed = routine
            .items
            .iter_mut()
            .enumerate()
            .filter_map(|(n, item)| std::mem::take(&mut item.prescribed).then_some(n))
            .collect();
        Ok(RoutineFromFile {
            routine,
            file_says_prescribed,
        })
    }
}

/// A routine read from a file, as the builder first shows it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct RoutineFromFile {
    /// The routine, nothing ticked as prescribed.
    pub routine: OwnRoutine,
    /// The places in `routine.items` of the exercises the file says a
    /// physiotherapist prescribed.
    pub file_says_prescribed: Vec<usize>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn physio_routine() -> OwnRoutine {
        OwnRoutine {
            name: "Jo's back routine".into(),
            from: Some("Physio Jo Smith".into()),
            items: vec![
                OwnItem {
                    exercise: ExerciseId::GluteBridge.into(),
                    dose: Dose::Reps {
                        reps: 12,
                        seconds_per_rep: 4,
                        sets: 3,
                        rest_seconds: 30,
                    },
                    prescribed: false,
                    note: Some("Squeeze at the top".into()),
                },
                OwnItem {
                    exercise: ExerciseId::HamstringStretch.into(),
                    dose: Dose::Hold {
                        seconds: 20,
                        sets: 2,
                        rest_seconds: 10,
                    },
                    prescribed: false,
                    note: None,
                },
            ],
            checked_for: None,
        }
    }

    #[test]
    fn a_routine_file_round_trips_and_says_what_it_is() {
        let routine = physio_routine();
        let file = routine.to_file();
        assert!(file.contains("\"format\": \"spinewise-routine\""));
        assert_eq!(OwnRoutine::from_file(file.as_bytes()), Ok(routine));
    }

    #[test]
    fn a_file_s_prescription_is_shown_but_never_ticked_for_the_person() {
        let mut routine = physio_routine();
        routine.items[1].prescribed = true;
        let read = OwnRoutine::review_file(routine.to_file().as_bytes()).unwrap();
        assert_eq!(read.file_says_prescribed, vec![1]);
        assert!(read.routine.items.iter().all(|i| !i.prescribed));
        // Everything else is the file's.
        routine.items[1].prescribed = false;
        assert_eq!(read.routine, routine);
        // As read, the cautioned stretch is refused where it is cautioned.
        assert_eq!(
            read.routine.check(PainKind::Sciatica).unwrap_err().code(),
            "cautioned_not_prescribed"
        );
    }

    #[test]
    fn a_refusal_names_the_field_it_is_about() {
        let field = |change: fn(&mut OwnRoutine), kind| {
            let mut routine = physio_routine();
            change(&mut routine);
            routine.check(kind).unwrap_err().field()
        };
        let muscular = PainKind::Muscular;
        assert_eq!(
            field(|r| r.name = " ".into(), muscular).as_deref(),
            Some("/name")
        );
        assert_eq!(
            field(|r| r.from = Some("\u{7}".into()), muscular).as_deref(),
            Some("/from")
        );
        assert_eq!(
            field(
                |r| r.items[1].note = Some("x".repeat(MAX_NOTE + 1)),
                muscular
            )
            .as_deref(),
            Some("/items/1")
        );
        assert_eq!(
            field(
                |r| r.items[1].dose = Dose::Hold {
                    seconds: 20,
                    sets: 9,
                    rest_seconds: 10
                },
                muscular
            )
            .as_deref(),
            Some("/items/1")
        );
        assert_eq!(
            field(
                |r| r.items[0].dose = Dose::Continuous { minutes: 5 },
                muscular
            )
            .as_deref(),
            Some("/items/0")
        );
        assert_eq!(
            field(|_| {}, PainKind::Sciatica).as_deref(),
            Some("/items/1")
        );
        assert_eq!(field(|r| r.items.clear(), muscular), None);
    }

    #[test]
    fn a_cautioned_exercise_needs_a_deliberate_prescription() {
        let mut routine = physio_routine();
        assert_eq!(routine.check(PainKind::Muscular), Ok(()));
        // The hamstring stretch is cautioned for sciatica.
        assert_eq!(
            routine.check(PainKind::Sciatica),
            Err(OwnRoutineError::CautionedNotPrescribed {
                item: 1,
                exercise: ExerciseId::HamstringStretch
            })
        );
        routine.items[1].prescribed = true;
        // Ticked, but not yet kept for this kind (a file just read): asked again.
        assert_eq!(
            routine.check(PainKind::Sciatica).unwrap_err().code(),
            "prescribed_for_another_kind"
        );
        routine.checked_for = Some(PainKind::Sciatica);
        assert_eq!(routine.check(PainKind::Sciatica), Ok(()));
        // Kept for sciatica, then a check finds disc pain: asked again.
        assert_eq!(
            routine.check(PainKind::Unclear).unwrap_err().code(),
            "prescribed_for_another_kind"
        );
    }

    #[test]
    fn hostile_files_are_refused_with_the_reason() {
        let good = physio_routine().to_file();
        let cases: Vec<(Vec<u8>, &str)> = vec![
            (vec![b' '; MAX_ROUTINE_FILE_BYTES + 1], "too_large"),
            (b"not json".to_vec(), "not_a_routine"),
            (b"[]".to_vec(), "not_a_routine"),
            (
                good.replace("spinewise-routine", "spinewise-plan")
                    .into_bytes(),
                "not_a_routine",
            ),
            (
                good.replace("\"version\": 1", "\"version\": 3")
                    .into_bytes(),
                "unknown_version",
            ),
            (
                good.replace("\"version\": 1", "\"version\": \"1\"")
                    .into_bytes(),
                "unknown_version",
            ),
            (
                good.replace("glute_bridge", "deadlift").into_bytes(),
                "not_a_routine",
            ),
            (
                good.replace("\"reps\": 12", "\"reps\": -1").into_bytes(),
                "not_a_routine",
            ),
            (
                good.replace("\"name\"", "\"nom\"").into_bytes(),
                "not_a_routine",
            ),
            (
                format!("{}{}", "[".repeat(5000), "]".repeat(5000)).into_bytes(),
                "not_a_routine",
            ),
        ];
        for (bytes, code) in cases {
            let err = OwnRoutine::from_file(&bytes).unwrap_err();
            assert_eq!(err.code(), code, "{err}");
            assert!(err.to_string().len() > 20, "{err}");
        }
        // Well formed, but out of bounds: refused as soon as it is read.
        for (from, to, code) in [
            ("\"reps\": 12", "\"reps\": 500", "bad_dose"),
            ("\"seconds\": 20", "\"seconds\": 2", "bad_dose"),
            ("Jo's back routine", "", "bad_name"),
            ("Squeeze at the top", "line\\u0007break", "bad_text"),
        ] {
            let err = OwnRoutine::from_file(good.replace(from, to).as_bytes()).unwrap_err();
            assert_eq!(err.code(), code, "{to}");
        }
        // A plank is held, not repeated; and a trunk hold is kept shorter
        // than a stretch.
        let mut plank_repeated = physio_routine();
        plank_repeated.items[0].exercise = ExerciseId::ModifiedPlank.into();
        assert_eq!(
            plank_repeated.check(PainKind::Muscular).unwrap_err().code(),
            "wrong_kind_of_dose"
        );
        let hold = |exercise: ExerciseId, seconds| OwnItem {
            exercise: exercise.into(),
            dose: Dose::Hold {
                seconds,
                sets: 2,
                rest_seconds: 10,
            },
            prescribed: true,
            note: None,
        };
        let mut long_holds = physio_routine();
        long_holds.items = vec![hold(ExerciseId::HamstringStretch, 90)];
        assert_eq!(long_holds.check(PainKind::Muscular), Ok(()));
        long_holds.items = vec![hold(ExerciseId::ModifiedPlank, 90)];
        assert_eq!(
            long_holds.check(PainKind::Muscular).unwrap_err().code(),
            "bad_dose"
        );
        // Twenty exercises within their bounds can still make a routine too long.
        let mut marathon = physio_routine();
        marathon.items = vec![hold(ExerciseId::HamstringStretch, 120); 20];
        assert_eq!(
            marathon.check(PainKind::Muscular).unwrap_err().code(),
            "too_long"
        );
        let mut walking_in_holds = physio_routine();
        walking_in_holds.items[0].exercise = ExerciseId::Walking.into();
        assert_eq!(
            walking_in_holds
                .check(PainKind::Muscular)
                .unwrap_err()
                .code(),
            "wrong_kind_of_dose"
        );
    }

    fn clam(photo: Option<Photo>) -> OwnItem {
        OwnItem {
            exercise: ItemExercise::Own(OwnExercise {
                name: "Side-lying clam".into(),
                steps: vec!["Lie on your side.".into(), "Lift the top knee.".into()],
                photo,
            }),
            dose: Dose::Reps {
                reps: 10,
                seconds_per_rep: 3,
                sets: 2,
                rest_seconds: 30,
            },
            prescribed: true,
            note: None,
        }
    }

    const PNG: &[u8] = include_bytes!("../tests/fixtures/photos/photo.png");

    #[test]
    fn an_exercise_of_one_s_own_travels_in_version_2_and_a_library_routine_stays_version_1() {
        let library = physio_routine();
        assert!(library.to_file().contains("\"version\": 1"));
        let mut own = physio_routine();
        own.items = vec![clam(Some(Photo::from_bytes(PNG).unwrap()))];
        let file = own.to_file();
        assert!(file.contains("\"version\": 2"));
        assert_eq!(OwnRoutine::from_file(file.as_bytes()), Ok(own.clone()));
        // Kept on the physiotherapist's word, for every kind of pain; not
        // without it.
        for kind in PainKind::ALL {
            assert_eq!(own.check(kind), Ok(()), "{kind:?}");
        }
        own.items[0].prescribed = false;
        assert_eq!(
            own.check(PainKind::Muscular).unwrap_err().code(),
            "own_not_prescribed"
        );
        own.items[0].prescribed = true;
        // A version 1 file cannot hold one.
        let as_v1 = file.replace("\"version\": 2", "\"version\": 1");
        assert_eq!(
            OwnRoutine::from_file(as_v1.as_bytes()).unwrap_err().code(),
            "not_a_routine"
        );
    }

    #[test]
    fn an_exercise_of_one_s_own_is_refused_beside_its_field_when_it_does_not_fit() {
        let refused = |change: &dyn Fn(&mut OwnExercise)| {
            let mut routine = physio_routine();
            let mut item = clam(None);
            if let ItemExercise::Own(own) = &mut item.exercise {
                change(own);
            }
            routine.items.insert(1, item);
            routine.check_shape().unwrap_err()
        };
        for change in [
            &(|o: &mut OwnExercise| o.name = "  ".into()) as &dyn Fn(&mut OwnExercise),
            &|o| o.name = "x".repeat(MAX_NAME + 1),
            &|o| o.steps.clear(),
            &|o| o.steps = vec!["step".into(); MAX_STEPS + 1],
            &|o| o.steps[0] = "two\nlines".into(),
            &|o| o.steps[1] = " ".into(),
        ] {
            let err = refused(change);
            assert_eq!(err.code(), "bad_own_exercise", "{err}");
            assert_eq!(err.field().as_deref(), Some("/items/1"));
        }
        // A photo that is not what it says, or not a photo.
        for photo in [
            Photo {
                kind: crate::photo::PhotoKind::Jpeg,
                base64: crate::photo::to_base64(PNG),
            },
            Photo {
                kind: crate::photo::PhotoKind::Png,
                base64: crate::photo::to_base64(&PNG[..100]),
            },
            Photo {
                kind: crate::photo::PhotoKind::Png,
                base64: "not base64".into(),
            },
        ] {
            let err = refused(&|o| o.photo = Some(photo.clone()));
            assert_eq!(err.code(), "bad_photo", "{err}");
            assert!(err
                .to_string()
                .starts_with("the photo of Side-lying clam cannot be kept"));
        }
        // At most four photos in a routine.
        let mut many = physio_routine();
        many.items = vec![clam(Some(Photo::from_bytes(PNG).unwrap())); MAX_PHOTOS_PER_ROUTINE + 1];
        assert_eq!(many.check_shape().unwrap_err().code(), "too_many_photos");
        many.items.pop();
        assert_eq!(many.check_shape(), Ok(()));
    }
}

#[cfg(test)]
mod easing {
    use super::*;

    #[test]
    fn every_starting_dose_of_an_own_exercise_is_within_bounds() {
        let own = ItemExercise::Own(OwnExercise {
            name: "Clam".into(),
            steps: vec!["Lift the knee.".into()],
            photo: None,
        });
        for dose in OWN_STARTING_DOSES {
            assert_eq!(check_dose(0, &own, dose), Ok(()), "{dose:?}");
        }
    }

    #[test]
    fn an_eased_dose_is_lighter_and_still_within_bounds() {
        let two_sets = Dose::Reps {
            reps: 12,
            seconds_per_rep: 4,
            sets: 2,
            rest_seconds: 30,
        };
        assert_eq!(eased(two_sets).sets(), 1);
        let one_set = eased(two_sets);
        assert_eq!(
            eased(one_set).set_seconds(),
            24,
            "then half the repetitions"
        );
        let short_hold = Dose::Hold {
            seconds: 6,
            sets: 1,
            rest_seconds: 0,
        };
        assert_eq!(
            eased(short_hold).set_seconds(),
            5,
            "never below the shortest hold"
        );
        assert_eq!(
            eased(Dose::Continuous { minutes: 1 }),
            Dose::Continuous { minutes: 1 }
        );
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        /// Any bytes: a routine or a reason, never a panic; a routine it
        /// reads is written back as the same routine.
        #[test]
        fn any_file_is_a_routine_or_a_reason(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
            if let Ok(routine) = OwnRoutine::from_file(&bytes) {
                prop_assert_eq!(OwnRoutine::from_file(routine.to_file().as_bytes()), Ok(routine));
            }
        }

        /// A version 2 file whose photo is any bytes: read exactly when the
        /// photo check accepts them, so no file brings in what the check
        /// would refuse.
        #[test]
        fn any_photo_in_a_file_is_read_only_if_the_photo_check_accepts_it(
            bytes in prop::collection::vec(any::<u8>(), 0..512),
            png in any::<bool>(),
        ) {
            let mut bytes = bytes;
            if png {
                // From a real photo, cut and changed: deeper into the walk.
                let real = include_bytes!("../tests/fixtures/photos/photo.png");
                let at = bytes.len().min(real.len());
                bytes = [&real[..real.len() - at], &bytes[..]].concat();
            }
            let file = serde_json::json!({
                "format": ROUTINE_FORMAT, "version": 2,
                "routine": { "name": "Mine", "items": [
                    { "exercise": { "name": "Clam", "steps": ["Lift the knee."],
                        "photo": { "kind": "png", "base64": crate::photo::to_base64(&bytes) } },
                      "dose": { "type": "continuous", "minutes": 5 } },
                ] }
            });
            let read = OwnRoutine::from_file(file.to_string().as_bytes());
            let accepted = crate::photo::inspect(&bytes)
                .is_ok_and(|f| f.kind == crate::photo::PhotoKind::Png);
            prop_assert_eq!(read.is_ok(), accepted);
        }

        /// A well-formed file with any numbers in its doses: read only if
        /// within bounds, and then it passes the check; never in between.
        #[test]
        fn any_dose_is_kept_within_bounds_or_refused(
            reps in any::<u32>(), seconds in any::<u32>(), sets in any::<u32>(), rest in any::<u32>()
        ) {
            let file = serde_json::json!({
                "format": ROUTINE_FORMAT, "version": 1,
                "routine": { "name": "Mine", "items": [
                    { "exercise": "bird_dog", "dose": { "type": "reps", "reps": reps,
                      "seconds_per_rep": seconds, "sets": sets, "rest_seconds": rest } },
                ] }
            });
            let read = OwnRoutine::from_file(file.to_string().as_bytes());
            let within = bounds::REPS.contains(&reps) && bounds::SECONDS_PER_REP.contains(&seconds)
                && bounds::SETS.contains(&sets) && rest <= bounds::MAX_REST_SECONDS;
            prop_assert_eq!(read.is_ok(), within);
            if let Ok(routine) = read {
                prop_assert_eq!(routine.check(PainKind::Muscular), Ok(()));
            }
        }
    }
}
