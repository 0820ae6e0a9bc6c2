// The only door to the backend. Every decision comes back from a Rust command;
// errors arrive as { code, message } and are passed on unchanged.

function invoke(command, args = {}) {
  const tauri = window.__TAURI__;
  if (!tauri?.core?.invoke) {
    return Promise.reject({ code: 'no_backend', message: 'Spinewise must be opened as the desktop app.' });
  }
  return tauri.core.invoke(command, args).catch((error) => {
    throw typeof error === 'object' && error !== null && 'message' in error
      ? error
      : { code: 'error', message: String(error) };
  });
}

export const api = {
  home: () => invoke('home'),
  triageNext: (answers) => invoke('triage_next', { answers }),
  triageFinish: (answers) => invoke('triage_finish', { answers }),
  settings: () => invoke('settings_get'),
  updateSettings: (emergencyNumber) => invoke('settings_update', { emergencyNumber }),
  library: (filter) => invoke('library', { filter }),
  exercise: (id) => invoke('exercise_detail', { id }),
  routines: () => invoke('routines'),
  startSession: (routineId, startPain) => invoke('session_start', { routineId, startPain }),
  controlSession: (control) => invoke('session_control', { control }),
  endCheck: (check) => invoke('session_end_check', { check }),
  plan: () => invoke('plan_view'),
  printPlan: () => invoke('plan_print'),
  savePlan: () => invoke('plan_save_html'),
  progress: () => invoke('progress_view'),
  checkInDaily: (answers) => invoke('check_in_daily', { answers }),
  checkInWeekly: (answers) => invoke('check_in_weekly', { answers }),
  updateChecklist: (criteria) => invoke('return_checklist_update', { criteria }),
  recordClearance: (answers) => invoke('clearance_record', { answers }),
  exportPlan: () => invoke('plan_export'),
  checkImport: (contents) => invoke('plan_import_check', { contents }),
  importPlan: (contents) => invoke('plan_import', { contents }),
  resetPlan: () => invoke('plan_reset'),
  help: () => invoke('help'),
  about: () => invoke('about'),
  openDataFolder: () => invoke('data_folder_open'),
};

/// Listens to an event the backend pushes; resolves to a function that stops listening.
export function listen(event, handler) {
  return window.__TAURI__.event.listen(event, (message) => handler(message.payload));
}
