//! Export, import and reset through IPC: nothing is replaced without a copy
//! of the old plan kept, and a bad file changes nothing.

use std::fs;

use serde_json::{json, Value};

use super::{calm_answers, plan_file, start};

fn kept_copies(dir: &std::path::Path, why: &str) -> Vec<std::path::PathBuf> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with(&format!("plan.before-{why}-"))
        })
        .collect()
}

#[test]
fn export_then_import_restores_the_plan_after_a_check_and_keeps_the_one_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    app.invoke("triage_finish", json!({ "answers": calm_answers() }))
        .unwrap();
    let exported = app.invoke("plan_export", json!({})).unwrap();
    let exported_path = std::path::PathBuf::from(exported["path"].as_str().unwrap());
    let contents = fs::read_to_string(&exported_path).unwrap();
    fs::remove_file(&exported_path).unwrap();
    assert_eq!(contents.as_bytes(), plan_file(dir.path()).unwrap());

    let reset = app.invoke("plan_reset", json!({})).unwrap();
    assert_eq!(reset["summary"]["triages"], 0);
    assert_eq!(kept_copies(dir.path(), "reset").len(), 1);
    assert_eq!(
        app.invoke("home", json!({})).unwrap()["last_result"],
        Value::Null
    );

    let check = app
        .invoke("plan_import_check", json!({ "contents": contents }))
        .unwrap();
    assert_eq!(check["triages"], 1);
    // Checking changes nothing.
    assert_eq!(
        app.invoke("home", json!({})).unwrap()["last_result"],
        Value::Null
    );

    let imported = app
        .invoke("plan_import", json!({ "contents": contents }))
        .unwrap();
    assert_eq!(imported["summary"]["triages"], 1);
    assert_eq!(kept_copies(dir.path(), "import").len(), 1);
    assert_eq!(
        app.invoke("home", json!({})).unwrap()["last_result"]["outcome"]["level"],
        "continue"
    );
    assert_eq!(plan_file(dir.path()).unwrap(), contents.as_bytes());
}

#[test]
fn a_bad_import_is_refused_with_the_reason_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    app.invoke("triage_finish", json!({ "answers": calm_answers() }))
        .unwrap();
    let before = plan_file(dir.path()).unwrap();
    for (contents, reason) in [
        ("", "empty"),
        ("hello", "not valid JSON"),
        (
            r#"{"format": "spinewise-plan", "version": 99}"#,
            "newer version",
        ),
        (
            r#"{"format": "spinewise-plan", "version": 3, "sessions": {}}"#,
            "sessions",
        ),
        (r#"{"name": "someone else's file"}"#, "not a Spinewise plan"),
    ] {
        for cmd in ["plan_import_check", "plan_import"] {
            let err = app
                .invoke(cmd, json!({ "contents": contents }))
                .unwrap_err();
            let message = err["message"].as_str().unwrap();
            assert!(
                message.contains(reason) && message.contains("has not been changed"),
                "{cmd} {contents}: {message}"
            );
        }
    }
    assert_eq!(plan_file(dir.path()).unwrap(), before);
    assert!(kept_copies(dir.path(), "import").is_empty());
}

#[test]
fn export_on_a_first_run_writes_even_before_the_data_folder_exists() {
    // Found through the menu: with no Documents folder the export goes to the
    // data folder, which is only made when the plan is first saved.
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("not made yet");
    let app = start(&data);
    let exported = app.invoke("plan_export", json!({})).unwrap();
    let path = std::path::PathBuf::from(exported["path"].as_str().unwrap());
    let contents = fs::read_to_string(&path).unwrap();
    fs::remove_file(&path).unwrap();
    assert!(contents.contains("\"version\""));
}

#[test]
fn the_history_is_saved_as_one_csv_file_per_kind() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    app.invoke("triage_finish", json!({ "answers": calm_answers() }))
        .unwrap();
    let day = spinewise_core::time::Timestamp::now().utc_day().to_string();
    let answers = json!({ "answers": {
        "day": day, "pain_now": 3, "exercise": null, "settled": "yes",
        "emergency_signs": {}, "warning_sign": false
    }});
    app.invoke("check_in_daily", answers).unwrap();
    let plan_before = plan_file(dir.path());
    let saved = app.invoke("history_csv_save", json!({})).unwrap();
    let paths: Vec<std::path::PathBuf> = saved["paths"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().into())
        .collect();
    assert_eq!(paths.len(), 3);
    let texts: Vec<String> = paths
        .iter()
        .map(|p| fs::read_to_string(p).unwrap())
        .collect();
    for path in &paths {
        fs::remove_file(path).unwrap();
    }
    assert!(paths[0].to_string_lossy().contains("Spinewise check-ins"));
    assert!(texts[0].starts_with("day,recorded_at,pain_now,"));
    assert!(
        texts[0]
            .lines()
            .nth(1)
            .unwrap()
            .starts_with(&format!("{day},")),
        "{}",
        texts[0]
    );
    assert!(texts[1].starts_with("day,started_at,"));
    assert!(texts[2].starts_with("day,recorded_at,peg_pain,"));
    // Saving the history changes nothing in the plan.
    assert_eq!(plan_file(dir.path()), plan_before);
}

#[test]
fn a_summary_for_a_clinician_is_saved_for_the_chosen_period_and_a_bad_period_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    app.invoke("triage_finish", json!({ "answers": calm_answers() }))
        .unwrap();
    for bad in ["ninety", "0", ""] {
        let err = app
            .invoke("summary_save_html", json!({ "period": bad }))
            .unwrap_err();
        assert_eq!(err["code"], "invalid", "{bad}: {err}");
    }
    let saved = app
        .invoke("summary_save_html", json!({ "period": "30" }))
        .unwrap();
    let path = std::path::PathBuf::from(saved["path"].as_str().unwrap());
    let html = fs::read_to_string(&path).unwrap();
    fs::remove_file(&path).unwrap();
    assert!(path.to_string_lossy().contains("Spinewise summary"));
    assert!(html.contains("Back pain: self-reported summary"));
    assert!(html.contains("Answers at the last check"));
}
