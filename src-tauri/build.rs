/// Spinewise's own commands. Declaring them makes Tauri generate one
/// `allow-<command>` permission each, so a window may call only those its
/// capability grants (see capabilities/ and docs/security.md).
const COMMANDS: &[&str] = &[
    "triage_next",
    "triage_finish",
    "home",
    "settings_get",
    "settings_update",
    "library",
    "exercise_detail",
    "routines",
    "ladder",
    "ladder_decide",
    "own_routines",
    "own_routine_save",
    "own_routine_delete",
    "own_routine_export",
    "own_routine_read",
    "own_photo_read",
    "session_start",
    "session_control",
    "session_end_check",
    "plan_view",
    "plan_print",
    "plan_save_html",
    "summary_save_html",
    "check_in_daily",
    "check_in_weekly",
    "return_checklist_update",
    "progress_view",
    "clearance_record",
    "plan_export",
    "history_csv_save",
    "plan_import_check",
    "plan_import",
    "plan_reset",
    "help",
    "about",
    "data_folder_open",
    "warning_signs_report",
    "reminders_get",
    "reminders_update",
    "reminders_offered",
    "reminders_pause",
    "reminder_now",
    "reminder_current",
    "reminder_answer",
    "app_quit",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("failed to run the Tauri build script");
}
