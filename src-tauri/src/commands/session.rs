use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;
use spinewise_core::exercise::RungView;
use spinewise_core::own_routine::{ExerciseRef, ItemExercise, OwnItem, Photo};
use spinewise_core::plan::{AfterSession, EndCheck, EndCheckError, SessionRecord, TriageRecord};
use spinewise_core::routine::{self, RoutineOffer};
use spinewise_core::session::{
    self, CheckIn, CheckInDecision, Control, SessionEnd, SessionMachine, Status, WarningSigns,
};
use spinewise_core::time::{Day, Timestamp};
use spinewise_core::triage::PainScore;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use tokio::sync::mpsc::unbounded_channel;

use super::TriageResultView;
use crate::error::CommandError;
use crate::state::AppState;
use ts_rs::TS;

/// Pushed several times a second while a session runs.
pub const SESSION_STATE_EVENT: &str = "session-state";
/// Pushed once, when a session has ended and been recorded.
pub const SESSION_ENDED_EVENT: &str = "session-ended";

/// The routines the plan allows now.
#[tauri::command]
pub fn routines(state: State<'_, AppState>) -> RoutineOffer {
    state.routine_offer()
}

/// How a session ended, as the end screen shows it.
#[derive(Clone, Debug, Serialize, TS)]
pub struct SessionEndedView {
    pub record: SessionRecord,
    /// The end screen's heading.
    pub title: &'static str,
    /// What the end asks of the person: aftercare, a new check, or how the
    /// pain is after they stopped.
    pub after: AfterSession,
    /// After a warning sign: the triage result it warrants.
    pub triage_result: Option<TriageResultView>,
    /// Set when the record could not be saved.
    pub save_error: Option<String>,
}

/// Starts a routine after a check of the pain right now. Too much pain to
/// start is refused with the reason, by the same rule as the check-ins.
#[tauri::command]
pub fn session_start<R: Runtime>(
    routine_id: String,
    start_pain: Value,
    app: AppHandle<R>,
    state: State<'_, AppState>,
) -> Result<SessionStarted, CommandError> {
    let start_pain: PainScore =
        serde_json::from_value(start_pain).map_err(|e| CommandError::invalid("pain score", e))?;
    let (routine, own_items) = state
        .routine_offer()
        .to_run(&routine_id)
        .ok_or(CommandError::UnknownRoutine { id: routine_id })?;
    let at_start = CheckIn {
        pain: start_pain,
        spreading_down_leg: false,
        leg_numbness: false,
        warning_signs: WarningSigns::default(),
    };
    if let CheckInDecision::StopSession { reason, .. } = session::judge(start_pain, &at_start) {
        return Err(CommandError::TooMuchPainToStart { reason });
    }
    let mut active = state.session();
    if active.as_ref().is_some_and(|tx| !tx.is_closed()) {
        return Err(CommandError::SessionRunning);
    }
    let (controls, rx) = unbounded_channel();
    *active = Some(controls);
    drop(active);

    let started_at = Timestamp::now();
    let ladder = state.ladder();
    // A routine of the person's own runs at its own doses, not their rungs.
    // What hurt in an earlier session of the routine: said again as it comes,
    // and an exercise of one's own runs lighter (it has no ladder to step back).
    let hurt = state.plan().hurt_in_routine(&routine.id);
    let steps = match &own_items {
        Some(items) => session::steps_with_doses(items, |id| ladder.setback(id), &hurt),
        None => session::steps_for(&routine, |id| ladder.rung_of(id)),
    };
    let own = own_items
        .as_deref()
        .map(|items| OwnExercisesView::of(items, &hurt))
        .unwrap_or_default();
    let mut cautions = routine.cautions(&hurt);
    cautions.extend(own.cautions);
    let movements = session::movements(&steps);
    let machine = SessionMachine::new(steps, start_pain, tokio::time::Instant::now())
        .for_pain_kind(routine.pain_kind)
        .on_rungs(|id| ladder.rung_of(id));
    let first = machine.snapshot(tokio::time::Instant::now());
    let routine_shown = routine.clone();
    tauri::async_runtime::spawn(async move {
        let emitter = app.clone();
        let machine = session::run(machine, rx, move |snapshot| {
            let _ = emitter.emit(SESSION_STATE_EVENT, &snapshot);
        })
        .await;
        let ended = record_session(&app, &routine, &machine, start_pain, started_at);
        let _ = app.emit(SESSION_ENDED_EVENT, &ended);
    });
    Ok(SessionStarted {
        routine: routine_shown,
        notes: own.notes,
        own_exercises: own.exercises,
        cautions,
        snapshot: first,
        warning_signs: &session::WARNING_SIGNS,
        movements,
    })
}

/// An exercise of the person's own as a session shows it.
#[derive(Serialize, TS)]
pub struct OwnExerciseView {
    pub name: String,
    pub steps: Vec<String>,
    /// The photo, as an image source (a `data:` URL: the page loads nothing else).
    pub photo: Option<String>,
}

/// What a routine of the person's own brings to its session, by the steps'
/// exercise: the notes, and the exercises of their own.
#[derive(Default)]
struct OwnExercisesView {
    notes: BTreeMap<String, String>,
    exercises: BTreeMap<String, OwnExerciseView>,
    cautions: BTreeMap<String, &'static str>,
}

impl OwnExercisesView {
    fn of(items: &[OwnItem], hurt: &[String]) -> Self {
        let mut view = OwnExercisesView::default();
        for (at, item) in items.iter().enumerate() {
            let key = match &item.exercise {
                ItemExercise::Library(id) => id.to_string(),
                ItemExercise::Own(own) => {
                    let key = ExerciseRef::Own(at).to_string();
                    view.cautions
                        .insert(key.clone(), routine::Routine::own_caution(&key, hurt));
                    view.exercises.insert(
                        key.clone(),
                        OwnExerciseView {
                            name: own.title().to_owned(),
                            steps: own.steps.clone(),
                            photo: own.photo.as_ref().map(Photo::data_url),
                        },
                    );
                    key
                }
            };
            if let Some(note) = &item.note {
                view.notes.insert(key, note.clone());
            }
        }
        view
    }
}

/// A session just started: its first snapshot, and the words of the signs
/// its check-ins ask about.
#[derive(Serialize, TS)]
pub struct SessionStarted {
    /// The routine as it runs: a ready one, or the person's own.
    pub routine: routine::Routine,
    /// The notes of a routine of the person's own, by the steps' exercise
    /// ("cat_cow", or "own-2" for an exercise of their own).
    pub notes: BTreeMap<String, String>,
    /// The exercises of the person's own that the routine holds, by the
    /// steps' exercise ("own-2"): their words and photo.
    pub own_exercises: BTreeMap<String, OwnExerciseView>,
    /// What to watch for while an exercise cautioned for the person's kind
    /// of pain runs (only a routine of their own can keep one, as
    /// prescribed), and whether the last session of the routine took it out.
    pub cautions: BTreeMap<String, &'static str>,
    pub snapshot: session::SessionSnapshot,
    pub warning_signs: &'static [session::SignWords],
    /// How to do each movement of the session: the rung of each exercise
    /// it runs, with its name, steps and drawing.
    pub movements: Vec<RungView>,
}

/// Saves the finished session (and, after a warning sign, the triage result it led to).
fn record_session<R: Runtime>(
    app: &AppHandle<R>,
    routine: &routine::Routine,
    machine: &SessionMachine,
    start_pain: PainScore,
    started_at: Timestamp,
) -> SessionEndedView {
    let state = app.state::<AppState>();
    *state.session() = None;
    let mut record = SessionRecord::new(routine, machine, start_pain, started_at, Timestamp::now());
    // The person's own day, which the next morning's check-in counts from.
    record.day = Some(Day::today_local());
    let warning = match machine.status() {
        Status::Finished {
            end:
                SessionEnd::WarningSign {
                    decision: CheckInDecision::WarningSign { outcome },
                },
        } => {
            let signs = machine
                .check_ins()
                .last()
                .map(|c| c.check_in.warning_signs)
                .unwrap_or_default();
            // The result keeps what the last check knew; without a sign
            // (never met) the session's own outcome is recorded.
            let now = Timestamp::now();
            let plan = state.plan();
            TriageRecord::from_warning_signs(signs, now, plan.last_triage()).or_else(|| {
                Some(TriageRecord::new(
                    now,
                    signs.as_answers(),
                    (**outcome).clone(),
                ))
            })
        }
        // Spreading leg symptoms after cancer or with a fever are an
        // emergency, not a new check (NICE NG234; spinal infection).
        _ => state
            .plan()
            .escalation(record.later_signs(), Timestamp::now()),
    };
    let saved = state.change_plan(|plan| {
        plan.sessions.push(record.clone());
        if let Some(triage) = &warning {
            plan.record_triage(triage.clone());
        }
    });
    SessionEndedView {
        after: record.after(),
        title: record.ended.title(),
        record,
        triage_result: warning.as_ref().map(|t| TriageResultView::new(t, &state)),
        save_error: saved.err().map(|e| e.to_string()),
    }
}

/// What the pain check after a stopped session led to.
#[derive(Serialize, TS)]
pub struct EndCheckResult {
    pub after: AfterSession,
    /// Symptoms spreading down a leg that are an emergency with what the
    /// last check found: the emergency result, shown at once.
    pub triage_result: Option<TriageResultView>,
}

/// How the back is after the person stopped their latest session: the pain
/// may be why they stopped, and the plan acts on it as on a check-in.
#[tauri::command]
pub fn session_end_check(
    check: Value,
    state: State<'_, AppState>,
) -> Result<EndCheckResult, CommandError> {
    let check: EndCheck =
        serde_json::from_value(check).map_err(|e| CommandError::invalid("pain check", e))?;
    let now = Timestamp::now();
    let (after, escalated) = state.try_change_plan(|plan| {
        let session = plan.record_end_check(check)?;
        let after = session.after();
        let signs = session.later_signs();
        let escalated = plan.escalation(signs, now);
        if let Some(triage) = &escalated {
            plan.record_triage(triage.clone());
        }
        Ok::<_, EndCheckError>((after, escalated))
    })?;
    Ok(EndCheckResult {
        after,
        triage_result: escalated.map(|t| TriageResultView::new(&t, &state)),
    })
}

/// Pause, resume, skip, back, stop, or a pain check-in.
#[tauri::command]
pub fn session_control(control: Value, state: State<'_, AppState>) -> Result<(), CommandError> {
    let control: Control =
        serde_json::from_value(control).map_err(|e| CommandError::invalid("session control", e))?;
    let active = state.session();
    let sender = active
        .as_ref()
        .filter(|tx| !tx.is_closed())
        .ok_or(CommandError::NoSession)?;
    sender.send(control).map_err(|_| CommandError::NoSession)
}
