//! The ladder through IPC: easy sessions that settled earn an offer, the
//! answer is saved and read back after a restart, a session then runs the
//! new rung, and an answer to an offer not open is refused unsaved.

use serde_json::{json, Value};
use spinewise_core::time::{Day, Timestamp};

use super::{calm_answers, plan_file, start};

/// A completed session of one glute bridge set at pain 1 on `day`, and the
/// next morning's check-in saying the back had settled.
fn easy_session_and_morning(day: Day) -> (Value, Value) {
    let at = |d: Day, time: &str| format!("{d}T{time}Z");
    let session = json!({
        "routine": "core_stability", "routine_name": "Core stability",
        "started_at": at(day, "08:00:00"), "ended_at": at(day, "08:12:00"),
        "start_pain": 1, "work_steps_completed": 2, "work_steps_total": 2,
        "check_ins": [{ "exercise": "glute_bridge", "pain": 1, "spreading_down_leg": false,
                        "warning_sign": false, "action": "continue" }],
        "ended": "completed", "day": day.to_string()
    });
    let next = day.plus_days(1);
    let morning = json!({
        "day": next.to_string(), "recorded_at": at(next, "07:30:00"), "pain_now": 0,
        "exercise": null, "settled": "yes", "warning_sign": false
    });
    (session, morning)
}

#[test]
fn easy_settled_sessions_offer_the_next_rung_and_the_answer_is_kept() {
    let dir = tempfile::tempdir().unwrap();
    {
        let app = start(dir.path());
        app.invoke("triage_finish", json!({ "answers": calm_answers() }))
            .unwrap();
        let all = json!({ "criteria": { "daily_activities_pain_free": true,
            "full_range_without_discomfort": true, "no_painkillers_needed": true } });
        app.invoke("return_checklist_update", all).unwrap();
        let ladder = app.invoke("ladder", json!({})).unwrap();
        assert_eq!(ladder["offers"], json!([]));
    }
    // Two easy sessions last week, each settled by the next morning.
    let mut plan: Value = serde_json::from_slice(&plan_file(dir.path()).unwrap()).unwrap();
    let today = Timestamp::now().utc_day();
    for days_ago in [6, 4] {
        let (session, morning) = easy_session_and_morning(today.plus_days(-days_ago));
        plan["sessions"].as_array_mut().unwrap().push(session);
        plan["daily_check_ins"]
            .as_array_mut()
            .unwrap()
            .push(morning);
    }
    std::fs::write(dir.path().join("plan.json"), plan.to_string()).unwrap();

    let app = start(dir.path());
    let ladder = app.invoke("ladder", json!({})).unwrap();
    let offer = &ladder["offers"][0];
    assert_eq!(offer["exercise"], "glute_bridge");
    assert_eq!(offer["to"]["rung"], "harder");
    assert!(offer["why"]
        .as_str()
        .unwrap()
        .starts_with("Two easy sessions"));

    // An answer to an offer that is not open: refused, and the file unchanged.
    let before = plan_file(dir.path());
    for answer in [
        json!({ "exercise": "glute_bridge", "to": "easier", "accepted": true }),
        json!({ "exercise": "bird_dog", "to": "harder", "accepted": true }),
    ] {
        let err = app
            .invoke("ladder_decide", json!({ "answer": answer }))
            .unwrap_err();
        assert_eq!(err["code"], "no_offer", "{err}");
    }
    let err = app
        .invoke(
            "ladder_decide",
            json!({ "answer": { "exercise": "glute_bridge", "to": "top" } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "invalid", "{err}");
    assert_eq!(plan_file(dir.path()), before);

    let answer = json!({ "exercise": "glute_bridge", "to": "harder", "accepted": true });
    let after = app
        .invoke("ladder_decide", json!({ "answer": answer }))
        .unwrap();
    assert_eq!(after["offers"], json!([]));
    drop(app);

    // Kept: after a restart the exercise's page shows the rung.
    let app = start(dir.path());
    let detail = app
        .invoke("exercise_detail", json!({ "id": "glute_bridge" }))
        .unwrap();
    assert_eq!(detail["rung"], "harder");
    assert_eq!(
        detail["ladder"][2]["name"],
        "Glute bridge, more repetitions"
    );
    let saved: Value = serde_json::from_slice(&plan_file(dir.path()).unwrap()).unwrap();
    assert_eq!(saved["rung_decisions"][0]["accepted"], true);
}
