//! Check-ins through IPC: recorded, moving the plan and the routines offered,
//! and every bad answer refused without touching the plan file.

use serde_json::{json, Value};
use spinewise_core::time::Timestamp;

use super::{calm_answers, plan_file, start, TestApp};

fn today() -> String {
    Timestamp::now().utc_day().to_string()
}

fn daily(pain_now: u8, during: u8, settled: &str) -> Value {
    json!({ "answers": {
        "day": today(), "pain_now": pain_now, "exercise": { "during": during, "after": during },
        "settled": settled, "emergency_signs": {}, "warning_sign": false
    }})
}

#[test]
fn a_daily_check_in_above_five_steps_the_plan_back_and_narrows_the_routines() {
    let dir = tempfile::tempdir().unwrap();
    {
        let app = start(dir.path());
        app.invoke("triage_finish", json!({ "answers": calm_answers() }))
            .unwrap();
        let before = app.invoke("routines", json!({})).unwrap()["routines"]
            .as_array()
            .unwrap()
            .len();

        let calm = app.invoke("check_in_daily", daily(1, 2, "yes")).unwrap();
        assert_eq!(calm["verdict"]["step"], "keep_going");
        assert_eq!(calm["phase_changed"], false);

        // The same day again replaces the first answer.
        let sore = app.invoke("check_in_daily", daily(3, 7, "no")).unwrap();
        assert_eq!(sore["verdict"]["step"], "step_back");
        assert_eq!(sore["phase"], "first_days");
        assert_eq!(sore["phase_changed"], true);
        assert!(sore["verdict"]["message"]
            .as_str()
            .unwrap()
            .contains("7 out of 10"));
        let after = app.invoke("routines", json!({})).unwrap()["routines"]
            .as_array()
            .unwrap()
            .len();
        assert!(
            after < before,
            "{after} routines after a step back, {before} before"
        );
    }
    let saved: Value = serde_json::from_slice(&plan_file(dir.path()).unwrap()).unwrap();
    assert_eq!(saved["daily_check_ins"].as_array().unwrap().len(), 1);
    assert_eq!(saved["daily_check_ins"][0]["pain_now"], 3);

    let restarted = start(dir.path());
    let view = restarted.invoke("progress_view", json!({})).unwrap();
    assert_eq!(view["course"]["phase"], "first_days");
    assert_eq!(view["course"]["changes"][0]["to"], "first_days");
    assert!(view["chart_svg"].as_str().unwrap().starts_with("<svg"));
    let plan = restarted.invoke("plan_view", json!({})).unwrap();
    assert_eq!(plan["current"], "first_days");
    assert!(plan["why"]
        .as_str()
        .unwrap()
        .contains("above the limit of 5"));
}

#[test]
fn a_warning_sign_in_a_check_in_sends_the_person_to_the_triage() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    app.invoke("triage_finish", json!({ "answers": calm_answers() }))
        .unwrap();
    let answers = json!({ "answers": {
        "day": today(), "pain_now": 2, "exercise": null, "settled": "yes",
        "emergency_signs": {}, "warning_sign": true, "other_signs": { "night_or_rest_pain": true }
    }});
    let result = app.invoke("check_in_daily", answers).unwrap();
    assert_eq!(result["verdict"]["step"], "go_to_triage");
    assert!(
        result["verdict"]["message"]
            .as_str()
            .unwrap()
            .contains("within a day or two at the least"),
        "night pain needs a doctor within a day or two: {result}"
    );
    assert!(result["triage_result"].is_null());
    // Routines wait for the new check.
    let offer = app.invoke("routines", json!({})).unwrap();
    assert!(offer["routines"].as_array().unwrap().is_empty());
    assert!(offer["note"].as_str().unwrap().contains("warning sign"));
}

#[test]
fn a_sign_that_needs_care_today_in_a_check_in_gives_the_emergency_result_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    app.invoke("triage_finish", json!({ "answers": calm_answers() }))
        .unwrap();
    let answers = json!({ "answers": {
        "day": today(), "pain_now": 2, "exercise": null, "settled": "yes",
        "emergency_signs": { "bladder_bowel": true }, "warning_sign": false
    }});
    let result = app.invoke("check_in_daily", answers).unwrap();
    assert_eq!(result["triage_result"]["outcome"]["level"], "emergency");
    assert_eq!(result["triage_result"]["emergency_number"], "999");
    // Saved together: the check-in and the emergency triage it led to.
    let saved: Value = serde_json::from_slice(&plan_file(dir.path()).unwrap()).unwrap();
    assert_eq!(
        saved["daily_check_ins"][0]["emergency_signs"]["bladder_bowel"],
        true
    );
    assert_eq!(saved["triage_history"].as_array().unwrap().len(), 2);
    let home = app.invoke("home", json!({})).unwrap();
    assert_eq!(home["last_result"]["outcome"]["level"], "emergency");
    let plan = app.invoke("plan_view", json!({})).unwrap();
    assert_eq!(plan["current"], "get_checked");
}

#[test]
fn weekly_scores_and_the_checklist_are_recorded() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    let mut answers = calm_answers();
    answers["pain_during_exercise"] = json!(4);
    let result = app
        .invoke("triage_finish", json!({ "answers": answers }))
        .unwrap();
    assert_eq!(result["outcome"]["level"], "modify");

    let weekly = app
        .invoke(
            "check_in_weekly",
            json!({ "answers": { "day": today(), "peg": { "pain": 4, "enjoyment": 3, "activity": 5 },
                                 "stiffness": 2, "activities": [{ "name": "Gardening", "score": 6 }] } }),
        )
        .unwrap();
    assert!(weekly["verdict"]["message"]
        .as_str()
        .unwrap()
        .contains("4.0 out of 10"));

    let all = json!({ "daily_activities_pain_free": true, "full_range_without_discomfort": true,
                      "no_painkillers_needed": true });
    let view = app
        .invoke("return_checklist_update", json!({ "criteria": all }))
        .unwrap();
    assert_eq!(view["checklist"]["met"], true);
    assert_eq!(view["course"]["phase"], "return_to_training");
    assert_eq!(view["weekly"][0]["activities"][0]["name"], "Gardening");
    assert_eq!(view["weekly_due"], false);
}

#[test]
fn bad_check_ins_are_refused_clearly_and_leave_the_plan_file_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    app.invoke("triage_finish", json!({ "answers": calm_answers() }))
        .unwrap();
    let before = plan_file(dir.path()).unwrap();
    let cases = [
        (
            "check_in_daily",
            json!({ "answers": { "day": today(), "pain_now": 12, "exercise": null, "settled": "yes", "emergency_signs": {}, "warning_sign": false } }),
            "pain_now",
        ),
        (
            "check_in_daily",
            json!({ "answers": { "day": "1999-01-01", "pain_now": 2, "exercise": null, "settled": "yes", "emergency_signs": {}, "warning_sign": false } }),
            "not today",
        ),
        (
            "check_in_daily",
            json!({ "answers": "pain: 2" }),
            "could not be read",
        ),
        ("check_in_daily", json!({}), "answers"),
        (
            "check_in_weekly",
            json!({ "answers": { "day": today(), "peg": { "pain": 4, "enjoyment": 3 }, "stiffness": 2, "activities": [] } }),
            "activity",
        ),
        (
            "check_in_weekly",
            json!({ "answers": { "day": today(), "peg": { "pain": 4, "enjoyment": 3, "activity": 3 }, "stiffness": 2, "activities": [{ "name": "", "score": 3 }] } }),
            "name",
        ),
        (
            "return_checklist_update",
            json!({ "criteria": { "daily_activities_pain_free": "yes" } }),
            "daily_activities_pain_free",
        ),
        (
            "clearance_record",
            json!({ "answers": { "confirmed": true, "examined_on": today() } }),
            "nothing to clear",
        ),
        (
            "clearance_record",
            json!({ "answers": { "examined_on": today() } }),
            "confirmed",
        ),
    ];
    for (cmd, args, named) in cases {
        let err = app.invoke(cmd, args.clone()).unwrap_err();
        let message = err["message"]
            .as_str()
            .unwrap_or_else(|| err.as_str().unwrap_or_default());
        assert!(message.contains(named), "{cmd} {args}: {err}");
        assert_eq!(plan_file(dir.path()).unwrap(), before, "{cmd} {args}");
    }
}

#[test]
fn a_sign_reported_on_its_own_gives_the_emergency_result_at_once_and_holds_the_routines() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    app.invoke("triage_finish", json!({ "answers": calm_answers() }))
        .unwrap();
    let before = plan_file(dir.path()).unwrap();
    // Nothing ticked, or a sign that is not one: refused, nothing saved.
    let err = app
        .invoke("warning_signs_report", json!({ "signs": {} }))
        .unwrap_err();
    assert_eq!(err["code"], "no_sign");
    let err = app
        .invoke(
            "warning_signs_report",
            json!({ "signs": { "fever": true } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "invalid");
    assert_eq!(plan_file(dir.path()).unwrap(), before);

    let result = app
        .invoke(
            "warning_signs_report",
            json!({ "signs": { "bladder_bowel": true } }),
        )
        .unwrap();
    assert_eq!(result["outcome"]["level"], "emergency");
    let saved: Value = serde_json::from_slice(&plan_file(dir.path()).unwrap()).unwrap();
    assert_eq!(saved["triage_history"].as_array().unwrap().len(), 2);
    let home = app.invoke("home", json!({})).unwrap();
    assert_eq!(home["last_result"]["outcome"]["level"], "emergency");
    let offer = app.invoke("routines", json!({})).unwrap();
    assert!(offer["routines"].as_array().unwrap().is_empty());
}

/// A triage of someone treated for cancer, cleared by a professional since,
/// so that routines are open again.
fn cleared_after_cancer(app: &TestApp) {
    let mut answers = calm_answers();
    answers["cancer_history"] = json!(true);
    answers["band_like_pain"] = json!(false);
    let result = app
        .invoke("triage_finish", json!({ "answers": answers }))
        .unwrap();
    assert_eq!(result["outcome"]["level"], "urgent");
    app.invoke(
        "clearance_record",
        json!({ "answers": { "confirmed": true, "examined_on": today() } }),
    )
    .unwrap();
    let offer = app.invoke("routines", json!({})).unwrap();
    assert!(!offer["routines"].as_array().unwrap().is_empty());
}

#[test]
fn after_cancer_a_new_nerve_sign_in_a_check_in_gives_the_emergency_result_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    cleared_after_cancer(&app);
    let answers = json!({ "answers": {
        "day": today(), "pain_now": 3, "exercise": null, "settled": "yes",
        "emergency_signs": {}, "warning_sign": true,
        "other_signs": { "leg_numbness": true }
    }});
    let result = app.invoke("check_in_daily", answers).unwrap();
    assert_eq!(result["triage_result"]["outcome"]["level"], "emergency");
    let reasons = result["triage_result"]["outcome"]["reasons"].to_string();
    assert!(reasons.contains("cancer_with_nerve_sign"), "{reasons}");
    let saved: Value = serde_json::from_slice(&plan_file(dir.path()).unwrap()).unwrap();
    assert_eq!(saved["triage_history"].as_array().unwrap().len(), 2);
    assert_eq!(
        saved["daily_check_ins"][0]["other_signs"]["leg_numbness"],
        true
    );
}

#[test]
fn after_cancer_a_session_stopped_with_symptoms_down_the_leg_gives_the_emergency_result() {
    let dir = tempfile::tempdir().unwrap();
    let app = start(dir.path());
    cleared_after_cancer(&app);
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
    super::wait_for_sessions(dir.path(), 1);
    let result = app
        .invoke(
            "session_end_check",
            json!({ "check": { "pain": 3, "spreading_down_leg": true } }),
        )
        .unwrap();
    assert_eq!(result["triage_result"]["outcome"]["level"], "emergency");
    let saved: Value = serde_json::from_slice(&plan_file(dir.path()).unwrap()).unwrap();
    assert_eq!(saved["triage_history"].as_array().unwrap().len(), 2);
    assert_eq!(saved["triage_history"][1]["outcome"]["level"], "emergency");
}
