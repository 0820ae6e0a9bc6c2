//! Arbitrary and hostile arguments thrown at every command the window may
//! call, through Tauri's real IPC path on the mock runtime: nothing panics,
//! every refusal says why, and a refused call leaves the plan file and its
//! backup byte-for-byte as they were.

use std::fs;
use std::path::Path;

use proptest::prelude::*;
use serde_json::{json, Map, Value};

use super::{calm_answers, granted_commands, start, TestApp};

/// Commands left out, each because a call that is accepted acts outside the
/// plan file: opening the file manager or a print window, writing into the
/// person's Documents folder, or starting a new plan (which takes no input to
/// be hostile with). Their bad-input cases are tested one by one elsewhere.
const ACTS_OUTSIDE: [&str; 5] = [
    "data_folder_open",
    "plan_print",
    "plan_save_html",
    "plan_export",
    "plan_reset",
];

/// The commands under test: every granted one but those above.
fn commands_under_test() -> Vec<String> {
    granted_commands()
        .into_iter()
        .filter(|c| !ACTS_OUTSIDE.contains(&c.as_str()))
        .collect()
}

/// Any JSON at all, leaning towards what breaks parsers: huge and negative
/// numbers, control characters and odd Unicode, deep nesting.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        Just(json!(u64::MAX)),
        ".{0,24}".prop_map(Value::from),
        "[a-z_]{1,16}".prop_map(Value::from),
    ];
    leaf.prop_recursive(4, 32, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            prop::collection::btree_map("[a-z_]{1,16}|.{0,6}", inner, 0..6)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// The argument names the commands take (as the window sends them), mixed
/// with names no command knows.
fn arguments() -> impl Strategy<Value = Value> {
    let name = prop_oneof![
        prop::sample::select(vec![
            "answers",
            "filter",
            "id",
            "routineId",
            "startPain",
            "control",
            "criteria",
            "emergencyNumber",
            "contents",
        ])
        .prop_map(String::from),
        "[a-zA-Z_]{1,12}",
    ];
    prop::collection::vec((name, any_json()), 0..5)
        .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>()))
}

fn files(dir: &Path) -> (Option<Vec<u8>>, Option<Vec<u8>>) {
    (
        fs::read(dir.join("plan.json")).ok(),
        fs::read(dir.join("plan.backup.json")).ok(),
    )
}

/// A refusal, as the window receives it: a `{ code, message }` from
/// Spinewise, or Tauri's own sentence for arguments of the wrong shape.
fn reason(err: &Value) -> String {
    match err {
        Value::String(s) => s.clone(),
        other => format!(
            "{}: {}",
            other["code"].as_str().unwrap_or(""),
            other["message"].as_str().unwrap_or("")
        ),
    }
}

fn app_with_a_plan(dir: &Path) -> TestApp {
    let app = start(dir);
    app.invoke("triage_finish", json!({ "answers": calm_answers() }))
        .unwrap();
    app
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn any_arguments_to_any_command_are_answered_or_refused_with_a_reason_and_a_refusal_changes_nothing(
        picks in prop::collection::vec((any::<prop::sample::Index>(), arguments()), 1..8)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let app = app_with_a_plan(dir.path());
        let commands = commands_under_test();
        for (pick, args) in picks {
            let cmd = pick.get(&commands);
            let before = files(dir.path());
            match app.invoke(cmd, args.clone()) {
                Ok(_) => {}
                Err(err) => {
                    let why = reason(&err);
                    prop_assert!(why.len() > 12 && !why.starts_with(':'), "{cmd} {args}: unclear refusal {err}");
                    prop_assert!(files(dir.path()) == before, "{cmd} {args}: refused ({why}) but the plan changed");
                }
            }
            // Stop any session a lucky call started, so the next one can start.
            let _ = app.invoke("session_control", json!({ "control": "stop" }));
        }
    }

    #[test]
    fn answers_that_are_not_a_document_are_refused_by_every_command_that_takes_one(
        answers in prop_oneof![
            any_json().prop_filter("not an object", |v| !v.is_object()),
            prop::collection::btree_map("x_[a-z]{1,8}", any_json(), 1..4)
                .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    ) {
        let dir = tempfile::tempdir().unwrap();
        let app = app_with_a_plan(dir.path());
        let before = files(dir.path());
        for (cmd, name) in [
            ("triage_next", "answers"), ("triage_finish", "answers"), ("check_in_daily", "answers"),
            ("check_in_weekly", "answers"), ("return_checklist_update", "criteria"),
            ("plan_import_check", "contents"), ("plan_import", "contents"),
        ] {
            let err = app.invoke(cmd, json!({ name: answers })).expect_err(cmd);
            prop_assert!(reason(&err).len() > 12, "{cmd}: {err}");
        }
        prop_assert!(files(dir.path()) == before);
    }
}
