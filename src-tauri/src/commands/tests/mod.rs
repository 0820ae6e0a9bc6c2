//! The commands through Tauri's IPC with the mock runtime and the app's real
//! context (its config and capabilities): real permission checks, real
//! argument parsing, real error serialisation, a real plan file in a
//! temporary folder.

use std::fs;
use std::path::Path;

use serde_json::{json, Value};
use tauri::ipc::{CallbackFn, InvokeBody};
use tauri::test::{get_ipc_response, mock_builder, MockRuntime, INVOKE_KEY};
use tauri::webview::InvokeRequest;
use tauri::{App, WebviewWindow, WebviewWindowBuilder};

use crate::{app_builder, AppState};

mod damaged;
#[path = "../../../../core/tests/support/damaged_plans.rs"]
mod damaged_plans;
mod data;
mod hostile;
mod ladder;
mod own_routines;
mod progress;
#[cfg(windows)]
mod windows;

pub(super) struct TestApp {
    app: App<MockRuntime>,
    window: WebviewWindow<MockRuntime>,
}

pub(super) fn start(dir: &Path) -> TestApp {
    start_in(dir, "en_GB.UTF-8")
}

/// The app as it starts on a computer whose language setting is `locale`.
pub(super) fn start_in(dir: &Path, locale: &str) -> TestApp {
    let app = app_builder(mock_builder(), AppState::open(dir.to_owned(), locale))
        .build(tauri::generate_context!())
        .expect("mock app builds");
    // Config windows open only once the event loop runs; this one carries the
    // same label, so the real capability for "main" applies to it.
    let window = WebviewWindowBuilder::new(&app, "main", Default::default())
        .build()
        .expect("the main window");
    TestApp { app, window }
}

impl TestApp {
    pub(super) fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        invoke(&self.window, cmd, args)
    }
}

/// The origin the embedded UI is served from: a custom scheme on Linux and
/// macOS, a `http://<scheme>.localhost` address on Windows (WebView2 serves
/// custom schemes that way). A call from anywhere else is not local, and the
/// capability refuses it; found by running these tests as Windows programs.
const UI_ORIGIN: &str = if cfg!(windows) {
    "http://tauri.localhost"
} else {
    "tauri://localhost"
};

pub(super) fn invoke(
    window: &WebviewWindow<MockRuntime>,
    cmd: &str,
    args: Value,
) -> Result<Value, Value> {
    get_ipc_response(
        window,
        InvokeRequest {
            cmd: cmd.into(),
            callback: CallbackFn(0),
            error: CallbackFn(1),
            url: UI_ORIGIN.parse().unwrap(),
            body: InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        },
    )
    .map(|body| body.deserialize::<Value>().expect("commands answer JSON"))
}

/// Every command the main window is granted, read from its capability.
pub(super) fn granted_commands() -> Vec<String> {
    let capability: Value =
        serde_json::from_str(include_str!("../../../../capabilities/main-window.json")).unwrap();
    capability["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| Some(p.as_str()?.strip_prefix("allow-")?.replace('-', "_")))
        .collect()
}

pub(super) fn plan_file(dir: &Path) -> Option<Vec<u8>> {
    fs::read(dir.join("plan.json")).ok()
}

/// A complete walk that ends in "continue": no warning sign, mild pain that
/// eases. The same file the core's and the real-window tests read.
pub(super) fn calm_answers() -> Value {
    serde_json::from_str(include_str!(
        "../../../../core/tests/cases/triage/calm.json"
    ))
    .expect("calm.json is JSON")
}

#[test]
fn triage_next_asks_the_first_emergency_sign() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let step = app.invoke("triage_next", json!({ "answers": {} })).unwrap();
    assert_eq!(step["step"], "ask");
    assert_eq!(step["question"]["id"], "bladder_bowel");
    assert_eq!(step["question"]["kind"]["type"], "yes_no");
    assert_eq!(step["progress"]["number"], 1);
}

#[test]
fn bad_answers_are_refused_with_a_code_and_a_message() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let err = app
        .invoke(
            "triage_next",
            json!({ "answers": { "pain_during_exercise": 11 } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "malformed");
    let message = err["message"].as_str().unwrap();
    assert!(
        message.contains("pain_during_exercise") && message.contains("0 to 10"),
        "{message}"
    );

    let err = app
        .invoke(
            "triage_next",
            json!({ "answers": { "leg_symptoms": "neither", "below_knee": true } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "not_asked");

    let err = app
        .invoke(
            "triage_finish",
            json!({ "answers": { "bladder_bowel": false } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "incomplete");
    assert!(err["message"].as_str().unwrap().contains("saddle_numbness"));
    assert_eq!(
        plan_file(dir.path()),
        None,
        "a refused triage writes nothing"
    );
}

#[test]
fn a_finished_triage_is_saved_and_shown_on_home_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    {
        let app = start(dir.path());
        let result = app
            .invoke("triage_finish", json!({ "answers": calm_answers() }))
            .unwrap();
        assert_eq!(result["outcome"]["level"], "continue");
        assert_eq!(result["outcome"]["pain_kind"]["kind"], "muscular");
        assert_eq!(result["emergency_number"], "999");
    }
    let saved: Value =
        serde_json::from_slice(&plan_file(dir.path()).expect("plan written")).unwrap();
    assert_eq!(saved["version"], spinewise_core::plan::PLAN_VERSION);
    assert_eq!(saved["triage_history"][0]["outcome"]["level"], "continue");

    let restarted = start(dir.path());
    let home = restarted.invoke("home", json!({})).unwrap();
    assert_eq!(home["last_result"]["outcome"]["level"], "continue");
    assert_eq!(home["notice"], Value::Null);
    assert!(home["not_a_diagnosis"]
        .as_str()
        .unwrap()
        .contains("not a diagnosis"));
}

#[test]
fn an_emergency_sign_finishes_at_once_and_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let step = app
        .invoke(
            "triage_next",
            json!({ "answers": { "bladder_bowel": true } }),
        )
        .unwrap();
    assert_eq!(step, json!({ "step": "complete", "ended_early": true }));
    let result = app
        .invoke(
            "triage_finish",
            json!({ "answers": { "bladder_bowel": true } }),
        )
        .unwrap();
    assert_eq!(result["outcome"]["level"], "emergency");
    assert_eq!(
        result["outcome"]["reasons"][0]["rule"],
        "cauda_equina_bladder_bowel"
    );
    let home = app.invoke("home", json!({})).unwrap();
    assert_eq!(home["last_result"]["outcome"]["level"], "emergency");
}

#[test]
fn the_emergency_number_is_a_validated_setting() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let settings = app.invoke("settings_get", json!({})).unwrap();
    // The region's ambulance number, shown but not yet confirmed.
    assert_eq!(settings["emergency_number"]["number"], "999");
    assert_eq!(settings["emergency_number"]["confirmed"], false);
    assert_eq!(settings["emergency_number"]["regional"]["region"], "GB");

    let err = app
        .invoke("settings_update", json!({ "emergencyNumber": "call mum" }))
        .unwrap_err();
    assert_eq!(err["code"], "invalid_characters");
    assert_eq!(
        plan_file(dir.path()),
        None,
        "a refused setting writes nothing"
    );

    let settings = app
        .invoke("settings_update", json!({ "emergencyNumber": "112" }))
        .unwrap();
    assert_eq!(settings["emergency_number"]["number"], "112");
    assert_eq!(settings["emergency_number"]["confirmed"], true);
    let before = plan_file(dir.path()).unwrap();
    app.invoke("settings_update", json!({ "emergencyNumber": "1" }))
        .unwrap_err();
    assert_eq!(plan_file(dir.path()).unwrap(), before);

    let restarted = start(dir.path());
    assert_eq!(
        restarted.invoke("home", json!({})).unwrap()["emergency_number"]["number"],
        "112"
    );
    let reset = restarted
        .invoke("settings_update", json!({ "emergencyNumber": "" }))
        .unwrap();
    assert_eq!(reset["emergency_number"]["number"], "999");
    assert_eq!(reset["emergency_number"]["confirmed"], false);
}

#[test]
fn a_region_without_a_known_number_gets_none_never_a_guess() {
    let dir = tempfile::tempdir().unwrap();
    let app = start_in(dir.path(), "en_KE.UTF-8");
    let home = app.invoke("home", json!({})).unwrap();
    assert!(home["emergency_number"]["number"].is_null());
    assert!(home["emergency_number"]["regional"].is_null());
    let result = app
        .invoke(
            "triage_finish",
            json!({ "answers": { "bladder_bowel": true } }),
        )
        .unwrap();
    assert!(result["emergency_number"].is_null());
    // Singapore's ambulance, not its police.
    let dir = tempfile::tempdir().unwrap();
    let sg = start_in(dir.path(), "en_SG.UTF-8");
    assert_eq!(
        sg.invoke("home", json!({})).unwrap()["emergency_number"]["number"],
        "995"
    );
}

#[test]
fn a_damaged_plan_is_reported_on_home_and_kept_aside() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("plan.json"), b"{ not json").unwrap();
    let app = start(dir.path());
    let home = app.invoke("home", json!({})).unwrap();
    let message = home["notice"]["message"].as_str().unwrap();
    assert!(message.contains("could not be read"), "{message}");
    let aside = home["notice"]["set_aside"].as_str().unwrap();
    assert_eq!(fs::read(aside).unwrap(), b"{ not json");
}

#[test]
fn a_window_without_the_capability_cannot_call_any_command() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let intruder = WebviewWindowBuilder::new(&app.app, "intruder", Default::default())
        .build()
        .unwrap();
    let commands = granted_commands();
    assert!(commands.len() >= 20, "{commands:?}");
    for cmd in &commands {
        let err = invoke(&intruder, cmd, json!({ "answers": {} })).unwrap_err();
        assert!(
            err.as_str().unwrap_or_default().contains("not allowed"),
            "{cmd}: {err}"
        );
    }
    // The granted window still works, and nothing was written.
    assert!(app.invoke("home", json!({})).is_ok());
    assert_eq!(plan_file(dir.path()), None);
}

#[test]
fn the_library_searches_and_filters_and_refuses_a_bad_filter() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let all = app.invoke("library", json!({ "filter": {} })).unwrap();
    assert_eq!(all["exercises"].as_array().unwrap().len(), 16);
    assert_eq!(all["rethink"].as_array().unwrap().len(), 6);
    assert_eq!(all["rethink"][0]["swap_links"][0]["name"], "Glute bridge");
    let found = app
        .invoke("library", json!({ "filter": { "query": "bridge" } }))
        .unwrap();
    assert_eq!(found["exercises"][0]["id"], "glute_bridge");
    let sciatica = app
        .invoke(
            "library",
            json!({ "filter": { "suitable_for": "sciatica" } }),
        )
        .unwrap();
    assert!(sciatica["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .all(|e| e["id"] != "hamstring_stretch"));
    let err = app
        .invoke("library", json!({ "filter": { "category": "juggling" } }))
        .unwrap_err();
    assert_eq!(err["code"], "invalid");
    assert!(err["message"].as_str().unwrap().contains("juggling"));
}

#[test]
fn an_exercise_shows_its_details_and_an_unknown_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let detail = app
        .invoke("exercise_detail", json!({ "id": "wall_sit" }))
        .unwrap();
    assert_eq!(detail["exercise"]["name"], "Wall sit");
    assert!(detail["dose"]
        .as_str()
        .unwrap()
        .starts_with("Hold 20 seconds"));
    assert!(detail["replaces"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["id"] == "squat"));
    let err = app
        .invoke("exercise_detail", json!({ "id": "handstand" }))
        .unwrap_err();
    assert_eq!(err["code"], "unknown_exercise");
}

#[test]
fn routines_follow_the_last_triage_and_sessions_refuse_bad_starts() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let none = app.invoke("routines", json!({})).unwrap();
    assert!(none["routines"].as_array().unwrap().is_empty());
    assert!(none["note"]
        .as_str()
        .unwrap()
        .contains("Check your back pain first"));

    app.invoke("triage_finish", json!({ "answers": calm_answers() }))
        .unwrap();
    // A calm result rebuilds first: the return-to-training warm-up waits for
    // the three signs of being ready.
    let offer = app.invoke("routines", json!({})).unwrap();
    assert_eq!(offer["routines"].as_array().unwrap().len(), 3);
    let before = plan_file(dir.path()).unwrap();

    let err = app
        .invoke(
            "session_start",
            json!({ "routineId": "two_minute_reset", "startPain": 7 }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "too_much_pain");
    assert!(err["message"].as_str().unwrap().contains("7 out of 10"));
    let err = app
        .invoke(
            "session_start",
            json!({ "routineId": "marathon", "startPain": 1 }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "unknown_routine");
    let err = app
        .invoke(
            "session_start",
            json!({ "routineId": "two_minute_reset", "startPain": 11 }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "invalid");
    let err = app
        .invoke(
            "session_control",
            json!({ "control": { "action": "pause" } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "no_session");
    let err = app
        .invoke(
            "session_control",
            json!({ "control": { "action": "dance" } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "invalid");
    assert_eq!(
        plan_file(dir.path()).unwrap(),
        before,
        "refused requests write nothing"
    );
}

#[test]
fn after_an_urgent_result_no_routine_is_offered() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let mut answers = calm_answers();
    answers["pain_at_rest_or_night"] = json!(true);
    app.invoke("triage_finish", json!({ "answers": answers }))
        .unwrap();
    let offer = app.invoke("routines", json!({})).unwrap();
    assert!(offer["routines"].as_array().unwrap().is_empty());
    assert!(offer["note"].as_str().unwrap().contains("examined"));
    let err = app
        .invoke(
            "session_start",
            json!({ "routineId": "two_minute_reset", "startPain": 1 }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "unknown_routine");
}

#[test]
fn help_lists_the_menu_shortcuts_and_about_names_the_version_and_every_source() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let help = app.invoke("help", json!({})).unwrap();
    let keys: Vec<&str> = help["shortcuts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["keys"].as_str().unwrap())
        .collect();
    let print = if cfg!(target_os = "macos") {
        "Cmd+P"
    } else {
        "Ctrl+P"
    };
    assert!(keys.contains(&print), "{keys:?}");
    assert!(!help["topics"].as_array().unwrap().is_empty());

    let about = app.invoke("about", json!({})).unwrap();
    assert_eq!(about["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(
        about["sources"].as_array().unwrap().len(),
        spinewise_core::source::Source::ALL.len()
    );
    assert_eq!(plan_file(dir.path()), None, "reading help writes nothing");
}

/// Waits (on real time, briefly) for the plan file to hold `sessions` sessions.
pub(super) fn wait_for_sessions(dir: &Path, sessions: usize) -> Value {
    for _ in 0..200 {
        if let Some(bytes) = plan_file(dir) {
            let plan: Value = serde_json::from_slice(&bytes).unwrap();
            if plan["sessions"].as_array().map_or(0, Vec::len) == sessions {
                return plan;
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("the session was not recorded");
}

#[test]
fn stopping_a_session_asks_how_the_pain_is_and_a_pain_stop_holds_the_routines() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    app.invoke("triage_finish", json!({ "answers": calm_answers() }))
        .unwrap();
    let err = app
        .invoke(
            "session_end_check",
            json!({ "check": { "pain": 2, "spreading_down_leg": false } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "no_stopped_session");

    app.invoke(
        "session_start",
        json!({ "routineId": "two_minute_reset", "startPain": 2 }),
    )
    .unwrap();
    app.invoke(
        "session_control",
        json!({ "control": { "action": "stop" } }),
    )
    .unwrap();
    let saved = wait_for_sessions(dir.path(), 1);
    assert_eq!(saved["sessions"][0]["ended"], "stopped_by_person");

    // Pain of 7 after stopping: the same rule as a check-in, and it acts.
    let after = app
        .invoke(
            "session_end_check",
            json!({ "check": { "pain": 7, "spreading_down_leg": false } }),
        )
        .unwrap();
    assert!(after["triage_result"].is_null());
    let after = &after["after"];
    assert!(!after["aftercare"].as_array().unwrap().is_empty());
    assert_eq!(after["check_again"], false);
    let offer = app.invoke("routines", json!({})).unwrap();
    assert!(offer["routines"].as_array().unwrap().is_empty(), "{offer}");
    assert!(offer["note"].as_str().unwrap().contains("settled"));
    let saved: Value = serde_json::from_slice(&plan_file(dir.path()).unwrap()).unwrap();
    assert_eq!(saved["sessions"][0]["end_check"]["pain"], 7);

    // Answered once only.
    let before = plan_file(dir.path()).unwrap();
    let err = app
        .invoke(
            "session_end_check",
            json!({ "check": { "pain": 1, "spreading_down_leg": false } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "already_answered");
    assert_eq!(plan_file(dir.path()).unwrap(), before);
}
