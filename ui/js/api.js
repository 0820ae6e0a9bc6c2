// @ts-check
// The only door to the backend. Every decision comes back from a Rust command;
// errors arrive as { code, message, field } and are passed on unchanged. The types
// are the Rust types, generated into ./ipc/ (see src-tauri/src/ipc_types.rs).

/**
 * @import { AboutView } from './ipc/AboutView'
 * @import { EndCheckResult } from './ipc/EndCheckResult'
 * @import { CheckInResult } from './ipc/CheckInResult'
 * @import { ClearanceAnswers } from './ipc/ClearanceAnswers'
 * @import { Control } from './ipc/Control'
 * @import { DailyAnswers } from './ipc/DailyAnswers'
 * @import { EndCheck } from './ipc/EndCheck'
 * @import { ErrorReply } from './ipc/ErrorReply'
 * @import { EventPayloads } from './ipc/events.js'
 * @import { ExerciseView } from './ipc/ExerciseView'
 * @import { HelpView } from './ipc/HelpView'
 * @import { HomeView } from './ipc/HomeView'
 * @import { Ladder } from './ipc/Ladder'
 * @import { LibraryFilter } from './ipc/LibraryFilter'
 * @import { LibraryView } from './ipc/LibraryView'
 * @import { OwnRoutine } from './ipc/OwnRoutine'
 * @import { Photo } from './ipc/Photo'
 * @import { RoutineFromFile } from './ipc/RoutineFromFile'
 * @import { OwnRoutinesView } from './ipc/OwnRoutinesView'
 * @import { PlanSummary } from './ipc/PlanSummary'
 * @import { PlanView } from './ipc/PlanView'
 * @import { ProgressView } from './ipc/ProgressView'
 * @import { Pause } from './ipc/Pause'
 * @import { ReminderAnswer } from './ipc/ReminderAnswer'
 * @import { ReminderKind } from './ipc/ReminderKind'
 * @import { ReminderSettings } from './ipc/ReminderSettings'
 * @import { ReminderShown } from './ipc/ReminderShown'
 * @import { RemindersView } from './ipc/RemindersView'
 * @import { Replaced } from './ipc/Replaced'
 * @import { RungAnswer } from './ipc/RungAnswer'
 * @import { ReturnCriteria } from './ipc/ReturnCriteria'
 * @import { RoutineOffer } from './ipc/RoutineOffer'
 * @import { Saved } from './ipc/Saved'
 * @import { SavedFiles } from './ipc/SavedFiles'
 * @import { SessionStarted } from './ipc/SessionStarted'
 * @import { SettingsView } from './ipc/SettingsView'
 * @import { TriageResultView } from './ipc/TriageResultView'
 * @import { TriageStep } from './ipc/TriageStep'
 * @import { WarningSigns } from './ipc/WarningSigns'
 * @import { WeeklyAnswers } from './ipc/WeeklyAnswers'
 */

/** The triage's answers so far, by question id. */
/** @typedef {Record<string, unknown>} TriageAnswers */

/**
 * @template T
 * @param {string} command
 * @param {Record<string, unknown>} [args]
 * @returns {Promise<T>}
 */
function invoke(command, args = {}) {
  const tauri = window.__TAURI__;
  if (!tauri?.core?.invoke) {
    /** @type {ErrorReply} */
    const noBackend = { code: 'no_backend', message: 'Spinewise must be opened as the desktop app.', field: null };
    return Promise.reject(noBackend);
  }
  return /** @type {Promise<T>} */ (
    tauri.core.invoke(command, args).catch((error) => {
      throw typeof error === 'object' && error !== null && 'message' in error
        ? error
        : { code: 'error', message: String(error), field: null };
    })
  );
}

export const api = {
  /** @returns {Promise<HomeView>} */
  home: () => invoke('home'),
  /** @param {TriageAnswers} answers @returns {Promise<TriageStep>} */
  triageNext: (answers) => invoke('triage_next', { answers }),
  /** @param {TriageAnswers} answers @returns {Promise<TriageResultView>} */
  triageFinish: (answers) => invoke('triage_finish', { answers }),
  /** @returns {Promise<SettingsView>} */
  settings: () => invoke('settings_get'),
  /** @param {string | null} emergencyNumber @returns {Promise<SettingsView>} */
  updateSettings: (emergencyNumber) => invoke('settings_update', { emergencyNumber }),
  /** @param {Partial<LibraryFilter>} filter @returns {Promise<LibraryView>} */
  library: (filter) => invoke('library', { filter }),
  /** @param {string} id @returns {Promise<ExerciseView>} */
  exercise: (id) => invoke('exercise_detail', { id }),
  /** @returns {Promise<RoutineOffer>} */
  routines: () => invoke('routines'),
  /** @returns {Promise<Ladder>} */
  ladder: () => invoke('ladder'),
  /** @param {RungAnswer} answer @returns {Promise<Ladder>} */
  decideRung: (answer) => invoke('ladder_decide', { answer }),
  /** @returns {Promise<OwnRoutinesView>} */
  ownRoutines: () => invoke('own_routines'),
  /** @param {OwnRoutine} routine @param {string | null} replacing @returns {Promise<OwnRoutinesView>} */
  saveOwnRoutine: (routine, replacing) => invoke('own_routine_save', { routine, replacing }),
  /** @param {string} name @returns {Promise<OwnRoutinesView>} */
  deleteOwnRoutine: (name) => invoke('own_routine_delete', { name }),
  /** @param {string} name @returns {Promise<Saved>} */
  exportOwnRoutine: (name) => invoke('own_routine_export', { name }),
  /** @param {string} contents @returns {Promise<RoutineFromFile>} */
  readOwnRoutine: (contents) => invoke('own_routine_read', { contents }),
  /** @param {string} contents a photo's bytes in base64 @returns {Promise<Photo>} */
  readPhoto: (contents) => invoke('own_photo_read', { contents }),
  /** @param {string} routineId @param {number} startPain @returns {Promise<SessionStarted>} */
  startSession: (routineId, startPain) => invoke('session_start', { routineId, startPain }),
  /** @param {Control} control @returns {Promise<void>} */
  controlSession: (control) => invoke('session_control', { control }),
  /** @param {EndCheck} check @returns {Promise<EndCheckResult>} */
  endCheck: (check) => invoke('session_end_check', { check }),
  /** @returns {Promise<PlanView>} */
  plan: () => invoke('plan_view'),
  /** @returns {Promise<void>} */
  printPlan: () => invoke('plan_print'),
  /** @returns {Promise<Saved>} */
  savePlan: () => invoke('plan_save_html'),
  /** @returns {Promise<ProgressView>} */
  progress: () => invoke('progress_view'),
  /** @param {DailyAnswers} answers @returns {Promise<CheckInResult>} */
  checkInDaily: (answers) => invoke('check_in_daily', { answers }),
  /** @param {WeeklyAnswers} answers @returns {Promise<CheckInResult>} */
  checkInWeekly: (answers) => invoke('check_in_weekly', { answers }),
  /** @param {ReturnCriteria} criteria @returns {Promise<ProgressView>} */
  updateChecklist: (criteria) => invoke('return_checklist_update', { criteria }),
  /** @param {WarningSigns} signs @returns {Promise<TriageResultView>} */
  reportWarningSigns: (signs) => invoke('warning_signs_report', { signs }),
  /** @param {ClearanceAnswers} answers @returns {Promise<ProgressView>} */
  recordClearance: (answers) => invoke('clearance_record', { answers }),
  /** @returns {Promise<Saved>} */
  exportPlan: () => invoke('plan_export'),
  /** @returns {Promise<SavedFiles>} */
  saveHistoryCsv: () => invoke('history_csv_save'),
  /** @param {string} period days, or "all" @returns {Promise<Saved>} */
  saveSummary: (period) => invoke('summary_save_html', { period }),
  /** @param {string} contents @returns {Promise<PlanSummary>} */
  checkImport: (contents) => invoke('plan_import_check', { contents }),
  /** @param {string} contents @returns {Promise<Replaced>} */
  importPlan: (contents) => invoke('plan_import', { contents }),
  /** @returns {Promise<Replaced>} */
  resetPlan: () => invoke('plan_reset'),
  /** @returns {Promise<HelpView>} */
  help: () => invoke('help'),
  /** @returns {Promise<AboutView>} */
  about: () => invoke('about'),
  /** @returns {Promise<void>} */
  openDataFolder: () => invoke('data_folder_open'),
  /** @returns {Promise<RemindersView>} */
  reminders: () => invoke('reminders_get'),
  /** @param {ReminderSettings} settings @param {boolean} startAtLogin @returns {Promise<RemindersView>} */
  updateReminders: (settings, startAtLogin) => invoke('reminders_update', { settings, startAtLogin }),
  /** @returns {Promise<void>} */
  remindersOffered: () => invoke('reminders_offered'),
  /** @param {Pause} pause @returns {Promise<RemindersView>} */
  pauseReminders: (pause) => invoke('reminders_pause', { pause }),
  /** @param {ReminderKind} kind @returns {Promise<ReminderShown | null>} */
  reminderNow: (kind) => invoke('reminder_now', { kind }),
  /** @returns {Promise<ReminderShown | null>} */
  currentReminder: () => invoke('reminder_current'),
  /** @param {ReminderKind} kind @param {ReminderAnswer} answer @returns {Promise<void>} */
  answerReminder: (kind, answer) => invoke('reminder_answer', { kind, answer }),
  /** @returns {Promise<void>} */
  quit: () => invoke('app_quit'),
};

/**
 * Listens to an event the backend pushes; resolves to a function that stops listening.
 * @template {keyof EventPayloads} K
 * @param {K} event
 * @param {(payload: EventPayloads[K]) => void} handler
 * @returns {Promise<() => void>}
 */
export function listen(event, handler) {
  const tauri = window.__TAURI__;
  if (!tauri) return Promise.resolve(() => {});
  return tauri.event.listen(event, (/** @type {{ payload: EventPayloads[K] }} */ message) => handler(message.payload));
}
