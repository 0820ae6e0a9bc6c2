use serde::Serialize;
use serde_json::Value;
use spinewise_core::exercise::{
    self, Category, Equipment, Exercise, LibraryFilter, RethinkExercise, RETHINK,
};
use spinewise_core::pain::PainKind;

use crate::error::CommandError;

#[derive(Debug, Serialize)]
pub struct Choice {
    pub id: Value,
    pub label: &'static str,
}

#[derive(Debug, Serialize)]
pub struct LibraryView {
    pub exercises: Vec<&'static Exercise>,
    pub rethink: &'static [RethinkExercise],
    pub categories: Vec<Choice>,
    pub pain_kinds: Vec<Choice>,
    pub equipment: Vec<Choice>,
}

fn choice<T: Serialize>(value: T, label: &'static str) -> Choice {
    Choice {
        id: serde_json::to_value(value).unwrap_or_default(),
        label,
    }
}

/// The library, narrowed by a search and filters.
#[tauri::command]
pub fn library(filter: Value) -> Result<LibraryView, CommandError> {
    let filter: LibraryFilter =
        serde_json::from_value(filter).map_err(|e| CommandError::invalid("library filter", e))?;
    let equipment = [
        Equipment::Mat,
        Equipment::Wall,
        Equipment::BandOrTowel,
        Equipment::ResistanceBand,
        Equipment::Pool,
        Equipment::EllipticalMachine,
        Equipment::StationaryBike,
    ];
    Ok(LibraryView {
        exercises: exercise::search(&filter),
        rethink: &RETHINK,
        categories: Category::ALL.iter().map(|c| choice(c, c.label())).collect(),
        pain_kinds: PainKind::ALL
            .iter()
            .filter(|k| **k != PainKind::Unclear)
            .map(|k| choice(k, k.label()))
            .collect(),
        equipment: equipment.iter().map(|e| choice(e, e.label())).collect(),
    })
}

#[derive(Debug, Serialize)]
pub struct ExerciseView {
    pub exercise: &'static Exercise,
    pub dose: String,
    pub gentler: Option<&'static Exercise>,
    /// Exercises to rethink that this one stands in for.
    pub replaces: Vec<&'static RethinkExercise>,
}

#[tauri::command]
pub fn exercise_detail(id: String) -> Result<ExerciseView, CommandError> {
    let found = exercise::exercise(&id).ok_or(CommandError::UnknownExercise { id })?;
    Ok(ExerciseView {
        exercise: found,
        dose: found.dose.describe(),
        gentler: found.gentler.and_then(exercise::exercise),
        replaces: RETHINK
            .iter()
            .filter(|r| r.swaps.contains(&found.id))
            .collect(),
    })
}
