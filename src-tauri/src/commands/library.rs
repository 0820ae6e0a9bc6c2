use serde::Serialize;
use serde_json::Value;
use spinewise_core::exercise::{
    self, Category, Equipment, Exercise, ExerciseId, LibraryFilter, RethinkExercise, RETHINK,
};
use spinewise_core::pain::PainKind;

use crate::error::CommandError;
use crate::state::AppState;
use tauri::State;
use ts_rs::TS;

#[derive(Debug, Serialize, TS)]
#[ts(rename = "FilterChoice")]
pub struct Choice {
    /// What the filter sends back: a category, equipment or pain kind id, or a flag.
    #[ts(type = "string | boolean")]
    pub id: Value,
    pub label: &'static str,
}

/// An exercise named in another's view, with the name to show.
#[derive(Debug, Serialize, TS)]
pub struct ExerciseLink {
    pub id: ExerciseId,
    pub name: &'static str,
}

fn link(id: ExerciseId) -> ExerciseLink {
    ExerciseLink {
        id,
        name: exercise::exercise(id).name,
    }
}

#[derive(Debug, Serialize, TS)]
pub struct RethinkView {
    #[serde(flatten)]
    pub exercise: &'static RethinkExercise,
    pub swap_links: Vec<ExerciseLink>,
}

#[derive(Debug, Serialize, TS)]
pub struct LibraryView {
    pub exercises: Vec<&'static Exercise>,
    pub rethink: Vec<RethinkView>,
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
        rethink: RETHINK
            .iter()
            .map(|r| RethinkView {
                exercise: r,
                swap_links: r.swaps.iter().copied().map(link).collect(),
            })
            .collect(),
        categories: Category::ALL.iter().map(|c| choice(c, c.label())).collect(),
        pain_kinds: PainKind::ALL
            .iter()
            .filter(|k| **k != PainKind::Unclear)
            .map(|k| choice(k, k.label()))
            .collect(),
        equipment: equipment.iter().map(|e| choice(e, e.label())).collect(),
    })
}

#[derive(Debug, Serialize, TS)]
pub struct CautionView {
    pub pain_kind: &'static str,
    pub note: &'static str,
}

#[derive(Debug, Serialize, TS)]
pub struct ExerciseView {
    pub exercise: &'static Exercise,
    pub category: &'static str,
    pub cautions: Vec<CautionView>,
    pub dose: String,
    /// The gentler exercise a session switches to at 3 to 5, if it would.
    pub gentler: Option<&'static Exercise>,
    /// What a session does at 3 to 5; when it switches, the words before
    /// the gentler exercise's name.
    pub gentler_when: String,
    /// Exercises to rethink that this one stands in for.
    pub replaces: Vec<&'static RethinkExercise>,
    pub figure: exercise::FigureView,
    /// The exercise's ladder, easiest first, and the rung the person is on.
    pub ladder: Vec<exercise::RungView>,
    pub rung: exercise::Rung,
}

#[tauri::command]
pub fn exercise_detail(
    id: String,
    state: State<'_, AppState>,
) -> Result<ExerciseView, CommandError> {
    let found = exercise::exercise_named(&id).ok_or(CommandError::UnknownExercise { id })?;
    // The gentler exercise is linked only where a session would switch to it.
    let (gentler_when, gentler) = exercise::gentler_when(found);
    Ok(ExerciseView {
        exercise: found,
        category: found.category.label(),
        cautions: found
            .cautions
            .iter()
            .map(|c| CautionView {
                pain_kind: c.pain_kind.label(),
                note: c.note,
            })
            .collect(),
        dose: found.dose_text(),
        gentler,
        gentler_when,
        replaces: RETHINK
            .iter()
            .filter(|r| r.swaps.contains(&found.id))
            .collect(),
        figure: exercise::figure_view(found.id),
        ladder: exercise::ladder(found),
        rung: state.ladder().rung_of(found.id),
    })
}
