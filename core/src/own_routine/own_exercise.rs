//! Exercises of one's own: the ones a physiotherapist gave that the library
//! does not hold, with a name, the steps in the person's (or the
//! physiotherapist's) words, and a photo. They carry no caution the app
//! knows of and have no easier movement or gentler swap: a session treats
//! them as kept on the physiotherapist's word, leaves one out while the
//! pain is up, and runs one that hurt lighter until a calm check-in on it.

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use ts_rs::TS;

use crate::exercise::{Dose, ExerciseId};
use crate::photo::{self, PhotoError, PhotoFacts, PhotoKind};

pub const MAX_STEPS: usize = 8;
/// A routine holds at most this many photos, so that a routine file, and
/// the plan that keeps its routines, stay small.
pub const MAX_PHOTOS_PER_ROUTINE: usize = 4;

/// Where a new exercise of one's own starts, for each way it can be done
/// (slow repetitions first): modest numbers, within the routine's bounds,
/// that the person sets to their physiotherapist's.
pub const OWN_STARTING_DOSES: [Dose; 3] = [
    Dose::Reps {
        reps: 8,
        seconds_per_rep: 4,
        sets: 2,
        rest_seconds: 30,
    },
    Dose::Hold {
        seconds: 20,
        sets: 2,
        rest_seconds: 15,
    },
    Dose::Continuous { minutes: 5 },
];

/// An exercise that is not in the library.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct OwnExercise {
    pub name: String,
    /// How to do it, one instruction each.
    pub steps: Vec<String>,
    /// A photo of it, kept inside the plan (and a routine file) so that it is
    /// saved, backed up, exported and imported with them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub photo: Option<Photo>,
}

/// A photo as the plan and routine files carry it: its kind and its bytes
/// in base64. Checked ([`Photo::check`]) before it is kept or shown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct Photo {
    pub kind: PhotoKind,
    pub base64: String,
}

impl Photo {
    /// A photo from a file's bytes, once they pass the photo check: the
    /// picture alone, without what a phone appended after it.
    pub fn from_bytes(bytes: &[u8]) -> Result<Photo, PhotoError> {
        let (facts, picture) = photo::picture(bytes)?;
        Ok(Photo {
            kind: facts.kind,
            base64: photo::to_base64(picture),
        })
    }

    /// Decodes and walks the photo: what it holds must be what it says.
    pub fn check(&self) -> Result<PhotoFacts, PhotoError> {
        let facts = photo::inspect(&photo::from_base64(&self.base64, photo::MAX_PHOTO_BYTES)?)?;
        if facts.kind != self.kind {
            return Err(PhotoError::NotAPhoto);
        }
        Ok(facts)
    }

    /// The photo as an image source the window can show.
    pub fn data_url(&self) -> String {
        format!("data:{};base64,{}", self.kind.media_type(), self.base64)
    }
}

/// What an item of a routine is: an exercise of the library, named by its
/// id (as in version 1 files), or one of the person's own, written out.
#[derive(Clone, Debug, PartialEq, Eq, TS)]
#[ts(untagged)]
pub enum ItemExercise {
    Library(ExerciseId),
    Own(OwnExercise),
}

impl OwnExercise {
    /// Its name as shown: without the spaces typed around it.
    pub fn title(&self) -> &str {
        self.name.trim()
    }
}

impl ItemExercise {
    pub fn library(&self) -> Option<ExerciseId> {
        match self {
            ItemExercise::Library(id) => Some(*id),
            ItemExercise::Own(_) => None,
        }
    }

    /// The library exercise's name, or the title of one's own.
    pub fn name(&self) -> &str {
        match self {
            ItemExercise::Library(id) => crate::exercise::exercise(*id).name,
            ItemExercise::Own(own) => own.title(),
        }
    }
}

impl From<ExerciseId> for ItemExercise {
    fn from(id: ExerciseId) -> Self {
        ItemExercise::Library(id)
    }
}

impl Serialize for ItemExercise {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ItemExercise::Library(id) => id.serialize(serializer),
            ItemExercise::Own(own) => own.serialize(serializer),
        }
    }
}

/// A string names a library exercise, an object is one of the person's
/// own; each is read by its own rules, so a refusal says what is wrong
/// (an unknown exercise, an unknown field) rather than "matched no variant".
impl<'de> Deserialize<'de> for ItemExercise {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        match value {
            serde_json::Value::String(_) => ExerciseId::deserialize(value)
                .map(ItemExercise::Library)
                .map_err(D::Error::custom),
            serde_json::Value::Object(_) => OwnExercise::deserialize(value)
                .map(ItemExercise::Own)
                .map_err(D::Error::custom),
            _ => Err(D::Error::custom(
                "an exercise is a library exercise's id or an exercise of one's own",
            )),
        }
    }
}

/// Which exercise a session step runs: the library's, or the routine's own
/// exercise at this place in its items. Sent to the window as text ("cat_cow",
/// "own-2"), the key of what it shows for the step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, TS)]
#[ts(type = "string")]
pub enum ExerciseRef {
    Library(ExerciseId),
    Own(usize),
}

impl ExerciseRef {
    pub fn library(self) -> Option<ExerciseId> {
        match self {
            ExerciseRef::Library(id) => Some(id),
            ExerciseRef::Own(_) => None,
        }
    }
}

impl From<ExerciseId> for ExerciseRef {
    fn from(id: ExerciseId) -> Self {
        ExerciseRef::Library(id)
    }
}

impl std::fmt::Display for ExerciseRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExerciseRef::Library(id) => id.fmt(f),
            ExerciseRef::Own(item) => write!(f, "own-{item}"),
        }
    }
}

impl Serialize for ExerciseRef {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A step's exercise against a library id, as tests and the ladder ask it.
impl PartialEq<ExerciseId> for ExerciseRef {
    fn eq(&self, other: &ExerciseId) -> bool {
        *self == ExerciseRef::Library(*other)
    }
}
