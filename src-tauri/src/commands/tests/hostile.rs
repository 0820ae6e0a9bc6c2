//! Arbitrary and hostile arguments thrown at every command the window may
//! call, through Tauri's real IPC path on the mock runtime: nothing panics,
//! every refusal says why, and a refused call leaves every file in the data
//! folder byte-for-byte as it was. Besides shapeless JSON (mostly refused by
//! Tauri before the command runs), each command gets calls with its own
//! argument names and field names, valid or hostile value by value, so that
//! its own checks are what is tested.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use serde_json::{json, Map, Value};

use super::{calm_answers, granted_commands, start, TestApp};

/// Commands left out, each because a call that is accepted acts outside the
/// plan file: opening the file manager or a print window, writing into the
/// person's Documents folder, or starting a new plan (which takes no input to
/// be hostile with), showing a desktop notification, or quitting. Their
/// bad-input cases are tested one by one elsewhere.
const ACTS_OUTSIDE: [&str; 7] = [
    "data_folder_open",
    "plan_print",
    "plan_save_html",
    "plan_export",
    "plan_reset",
    "reminder_now",
    "app_quit",
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
            "check",
            "settings",
            "startAtLogin",
            "pause",
            "kind",
            "answer",
        ])
        .prop_map(String::from),
        "[a-zA-Z_]{1,12}",
    ];
    prop::collection::vec((name, any_json()), 0..5)
        .prop_map(|pairs| Value::Object(pairs.into_iter().collect::<Map<_, _>>()))
}

/// A value that is right for the field half the time, otherwise any text or
/// anything at all: so that calls get past the argument's shape and reach
/// the command's own checks.
fn sometimes(valid: Vec<Value>) -> impl Strategy<Value = Value> {
    prop_oneof![
        2 => prop::sample::select(valid),
        1 => ".{0,40}".prop_map(Value::from),
        1 => any_json(),
    ]
}

/// An object with the field names a command reads, each present or not, each
/// value valid or hostile, now and then with a field it does not know.
fn shaped(fields: Vec<(&'static str, Vec<Value>)>) -> impl Strategy<Value = Value> {
    let entries: Vec<_> = fields
        .into_iter()
        .map(|(name, valid)| (Just(name), prop::option::weighted(0.85, sometimes(valid))))
        .collect();
    (
        entries,
        prop::option::weighted(0.1, ("[a-z_]{1,10}", any_json())),
    )
        .prop_map(|(entries, extra)| {
            let mut object: Map<String, Value> = entries
                .into_iter()
                .filter_map(|(name, value)| value.map(|v| (name.to_owned(), v)))
                .collect();
            if let Some((name, value)) = extra {
                object.insert(name, value);
            }
            Value::Object(object)
        })
}

fn today() -> Value {
    json!(spinewise_core::time::Timestamp::now().utc_day().to_string())
}

fn scores() -> Vec<Value> {
    (0..=10)
        .map(|v| json!(v))
        .chain([json!(11), json!(-1), json!(2.5)])
        .collect()
}

fn yes_no() -> Vec<Value> {
    vec![json!(true), json!(false)]
}

/// The triage's own answers: every question id, with its real options.
fn triage_answers() -> impl Strategy<Value = Value> {
    let calm = calm_answers();
    let fields: Vec<(&'static str, Vec<Value>)> = spinewise_core::triage::QUESTIONS
        .iter()
        .map(|q| {
            let valid = match q.kind {
                spinewise_core::triage::AnswerKind::YesNo => yes_no(),
                spinewise_core::triage::AnswerKind::Scale { .. } => scores(),
                spinewise_core::triage::AnswerKind::Choice { options } => {
                    options.iter().map(|o| json!(o.id)).collect()
                }
            };
            (q.key, valid)
        })
        .collect();
    prop_oneof![Just(calm), shaped(fields)]
}

/// Well-shaped calls to every command: the argument names it takes, with
/// values that are valid or hostile field by field.
fn shaped_call(command: &str) -> BoxedStrategy<Value> {
    let one = |name: &'static str, value: BoxedStrategy<Value>| {
        value.prop_map(move |v| json!({ name: v })).boxed()
    };
    match command {
        "triage_next" | "triage_finish" => one("answers", triage_answers().boxed()),
        "check_in_daily" => one(
            "answers",
            shaped(vec![
                ("day", vec![today(), json!("2001-01-01"), json!("2026-02-30")]),
                ("pain_now", scores()),
                ("exercise", vec![Value::Null, json!({"during": 4, "after": 3}), json!({"during": 12, "after": 1})]),
                ("settled", vec![json!("yes"), json!("no"), json!("no_pain_yesterday"), json!("maybe")]),
                ("emergency_signs", vec![json!({}), json!({"chest_symptoms": true}), json!({"bladder_bowel": "yes"})]),
                ("warning_sign", yes_no()),
                ("other_signs", vec![json!({}), json!({"leg_pain": true}), json!({"fever": 1}), json!({"sore_toe": true})]),
            ])
            .boxed(),
        ),
        "check_in_weekly" => one(
            "answers",
            shaped(vec![
                ("day", vec![today(), json!("1999-12-31")]),
                ("peg", vec![json!({"pain": 4, "enjoyment": 3, "activity": 5}), json!({"pain": 40})]),
                ("stiffness", scores()),
                ("activities", vec![json!([]), json!([{"name": "Gardening", "score": 6}]), json!([{"name": "", "score": 6}])]),
            ])
            .boxed(),
        ),
        "clearance_record" => one(
            "answers",
            shaped(vec![
                ("confirmed", yes_no()),
                ("examined_on", vec![today(), json!("3000-01-01"), json!("yesterday")]),
                ("examined_by", vec![json!("Dr Mensah"), json!("x".repeat(200)), json!("a\nb")]),
            ])
            .boxed(),
        ),
        "return_checklist_update" => one(
            "criteria",
            shaped(vec![
                ("daily_activities_pain_free", yes_no()),
                ("full_range_without_discomfort", yes_no()),
                ("no_painkillers_needed", yes_no()),
            ])
            .boxed(),
        ),
        "settings_update" => one(
            "emergencyNumber",
            sometimes(vec![json!("999"), json!("+44 20 7946 0000"), json!(""), json!("call mum"), json!("1"), json!("1234567890123456")]).boxed(),
        ),
        "library" => one(
            "filter",
            shaped(vec![
                ("query", vec![json!("bridge"), json!("")]),
                ("category", vec![json!("mobility"), json!("yoga")]),
                ("suitable_for", vec![json!("sciatica"), json!("broken")]),
                ("equipment", vec![json!("mat"), json!("piano")]),
            ])
            .boxed(),
        ),
        "summary_save_html" => one(
            "period",
            sometimes(vec![json!("30"), json!("90"), json!("all"), json!("0"), json!("ninety")]).boxed(),
        ),
        "ladder_decide" => one(
            "answer",
            shaped(vec![
                ("exercise", vec![json!("glute_bridge"), json!("deadlift"), json!(3)]),
                ("to", vec![json!("harder"), json!("easier"), json!("top")]),
                ("accepted", yes_no()),
            ])
            .boxed(),
        ),
        "own_routine_save" => (
            shaped(vec![
                ("name", vec![json!("Mine"), json!(""), json!("x\u{7}")]),
                ("items", vec![
                    json!([{ "exercise": "bird_dog", "prescribed": false,
                             "dose": { "type": "reps", "reps": 6, "seconds_per_rep": 5, "sets": 1, "rest_seconds": 0 } }]),
                    json!([{ "exercise": "walking", "dose": { "type": "hold", "seconds": 5, "sets": 1, "rest_seconds": 0 } }]),
                    json!([]),
                ]),
            ]),
            sometimes(vec![json!(null), json!("Mine"), json!("Nobody's")]),
        )
            .prop_map(|(routine, replacing)| json!({ "routine": routine, "replacing": replacing }))
            .boxed(),
        "own_routine_read" => one(
            "contents",
            sometimes(vec![
                json!(include_str!("../../../../core/tests/fixtures/routines/physio-example.json")),
                json!("{\"format\": \"spinewise-routine\", \"version\": 2}"),
                json!("not json"),
            ])
            .boxed(),
        ),
        "own_photo_read" => one(
            "contents",
            sometimes(vec![
                json!(spinewise_core::photo::to_base64(include_bytes!(
                    "../../../../core/tests/fixtures/photos/photo.png"
                ))),
                json!(spinewise_core::photo::to_base64(b"<svg onload=alert(1)>")),
                json!("not base64!"),
            ])
            .boxed(),
        ),
        "own_routine_delete" | "own_routine_export" => one(
            "name",
            sometimes(vec![json!("Mine"), json!("Nobody's"), json!("../../etc")]).boxed(),
        ),
        "exercise_detail" => one("id", sometimes(vec![json!("bird_dog"), json!("cat_cow"), json!("deadlift"), json!("")]).boxed()),
        "session_start" => (
            sometimes(vec![json!("two_minute_reset"), json!("core_stability"), json!("marathon")]),
            sometimes(scores()),
        )
            .prop_map(|(routine, pain)| json!({ "routineId": routine, "startPain": pain }))
            .boxed(),
        "session_control" => one(
            "control",
            sometimes(vec![json!({"action": "pause"}), json!({"action": "stop"}), json!({"action": "dance"}),
                           json!({"action": "check_in", "check_in": {"pain": 2, "spreading_down_leg": false}})]).boxed(),
        ),
        "warning_signs_report" => one(
            "signs",
            shaped(vec![
                ("bladder_bowel", yes_no()),
                ("chest_symptoms", yes_no()),
                ("fever", yes_no()),
            ])
            .boxed(),
        ),
        "session_end_check" => one(
            "check",
            shaped(vec![("pain", scores()), ("spreading_down_leg", yes_no())]).boxed(),
        ),
        "plan_import_check" | "plan_import" => one(
            "contents",
            sometimes(vec![
                json!(include_str!("../../../../core/tests/fixtures/plan-v4.json")),
                json!(include_str!("../../../../core/tests/fixtures/plan-v1.json")),
                json!("{\"format\": \"spinewise-plan\", \"version\": 99}"),
                json!("{\"format\": \"spinewise-plan\", \"version\": 4, \"settings\": {\"emergency_number\": \"call mum\"}}"),
                json!("not json"),
            ])
            .boxed(),
        ),
        "reminders_update" => (
            shaped(vec![
                ("check_in", vec![json!("07:30"), json!(null), json!("25:00"), json!("noon")]),
                ("routines", vec![json!(null), json!({"days": ["monday"], "at": "18:00"}), json!({"days": [], "at": "18:00"})]),
                ("breaks", vec![
                    json!(null),
                    json!({"every_minutes": 30, "from": "09:00", "until": "17:00", "days": ["monday", "friday"]}),
                    json!({"every_minutes": 5, "from": "09:00", "until": "17:00", "days": ["monday"]}),
                    json!({"every_minutes": 30, "from": "17:00", "until": "09:00", "days": ["monday"]}),
                ]),
                ("paused_until", vec![json!(null), json!("2026-11-25T17:00:00Z"), json!("later")]),
                ("weekly_target", vec![json!(null), json!(3), json!(0), json!(99)]),
                ("offered", yes_no()),
                ("keep_running", yes_no()),
            ]),
            // Login items are the system's: the tests never ask for one. A
            // flag that is not a bool is refused by its type, before the
            // command: mostly a bool, so the settings are what is tested.
            prop_oneof![
                4 => Just(json!(false)),
                1 => sometimes(vec![json!(false)]),
            ],
        )
            .prop_map(|(settings, login)| json!({ "settings": settings, "startAtLogin": login }))
            .boxed(),
        // An unknown pause is refused by the argument's type, before the
        // command: mostly known ones, so that the command is what is tested.
        "reminders_pause" => one(
            "pause",
            prop_oneof![
                3 => prop::sample::select(vec![json!("hour"), json!("today"), json!("resume")]),
                1 => sometimes(vec![json!("forever")]),
            ]
            .boxed(),
        ),
        "reminder_answer" => (
            prop_oneof![
                4 => prop::sample::select(vec![json!("check_in"), json!("routine"), json!("break")]),
                1 => sometimes(vec![json!("nap")]),
            ],
            prop_oneof![
                4 => prop::sample::select(vec![json!("done"), json!("snooze"), json!("skip")]),
                1 => sometimes(vec![json!("never")]),
            ],
        )
            .prop_map(|(kind, answer)| json!({ "kind": kind, "answer": answer }))
            .boxed(),
        // Commands that take no arguments: anything at all.
        _ => arguments().boxed(),
    }
}

/// Every file in the data folder, by name, with its bytes: a refusal must
/// change none of them, add none and remove none (the backup, kept copies,
/// temporary files included).
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut all = BTreeMap::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().display().to_string();
                all.insert(name, fs::read(&path).unwrap_or_default());
            }
        }
    }
    all
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

/// Whether a call reached the command: answered, or refused by Spinewise
/// itself (an object with a code), not by Tauri's argument parsing (a string).
fn reached(result: &Result<Value, Value>) -> bool {
    !matches!(result, Err(Value::String(_)))
}

fn app_with_a_plan(dir: &Path) -> TestApp {
    let app = start(dir);
    app.invoke("triage_finish", json!({ "answers": calm_answers() }))
        .unwrap();
    app
}

/// Calls one command, then checks what a refusal must keep: a reason worth
/// reading, and every file in the data folder as it was.
fn call_and_check(
    app: &TestApp,
    dir: &Path,
    cmd: &str,
    args: &Value,
) -> Result<bool, TestCaseError> {
    let before = files(dir);
    let result = app.invoke(cmd, args.clone());
    if let Err(err) = &result {
        let why = reason(err);
        prop_assert!(
            why.len() > 12 && !why.starts_with(':'),
            "{cmd} {args}: unclear refusal {err}"
        );
        let after = files(dir);
        prop_assert!(
            after == before,
            "{cmd} {args}: refused ({why}) but the data folder changed: {:?} -> {:?}",
            before.keys().collect::<Vec<_>>(),
            after.keys().collect::<Vec<_>>()
        );
    }
    if cmd == "session_start" && result.is_ok() {
        stop_session(app, dir);
    }
    Ok(reached(&result))
}

/// Stops a session a lucky call started and waits until it is recorded: the
/// session is saved from its own task, and a save still under way would be
/// taken for a change made by the next call.
fn stop_session(app: &TestApp, dir: &Path) {
    let sessions = |dir: &Path| -> usize {
        fs::read(dir.join("plan.json"))
            .ok()
            .and_then(|bytes| serde_json::from_slice::<Value>(&bytes).ok())
            .and_then(|plan| plan["sessions"].as_array().map(Vec::len))
            .unwrap_or(0)
    };
    let before = sessions(dir);
    let _ = app.invoke(
        "session_control",
        json!({ "control": { "action": "stop" } }),
    );
    for _ in 0..400 {
        let settled =
            sessions(dir) > before && files(dir).keys().all(|name| !name.ends_with(".tmp"));
        if settled {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    panic!("the stopped session was not recorded");
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn any_arguments_to_any_command_are_answered_or_refused_with_a_reason_and_a_refusal_changes_nothing(
        picks in prop::collection::vec((any::<prop::sample::Index>(), arguments()), 1..6)
    ) {
        let dir = tempfile::tempdir().unwrap();
        let app = app_with_a_plan(dir.path());
        let commands = commands_under_test();
        for (pick, args) in picks {
            call_and_check(&app, dir.path(), pick.get(&commands).as_str(), &args)?;
        }
    }

    #[test]
    fn well_shaped_calls_with_hostile_values_reach_every_command_and_a_refusal_changes_nothing(
        calls in prop::collection::vec(
            prop::sample::select(commands_under_test())
                .prop_flat_map(|cmd| (shaped_call(&cmd), Just(cmd))),
            1..6,
        )
    ) {
        let dir = tempfile::tempdir().unwrap();
        let app = app_with_a_plan(dir.path());
        for (args, cmd) in calls {
            call_and_check(&app, dir.path(), &cmd, &args)?;
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
            ("clearance_record", "answers"), ("session_end_check", "check"),
            ("warning_signs_report", "signs"), ("ladder_decide", "answer"),
            ("plan_import_check", "contents"), ("plan_import", "contents"),
            ("own_routine_save", "routine"), ("own_routine_read", "contents"),
        ] {
            let err = app.invoke(cmd, json!({ name: answers })).expect_err(cmd);
            prop_assert!(reason(&err).len() > 12, "{cmd}: {err}");
        }
        prop_assert!(files(dir.path()) == before);
    }
}

/// The well-shaped calls get past Tauri's argument parsing: most of them are
/// answered or refused by Spinewise's own checks, for every command, so those
/// checks are what the property above tests.
#[test]
fn well_shaped_calls_mostly_reach_the_commands_own_checks() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_with_a_plan(dir.path());
    for cmd in commands_under_test() {
        // A runner of its own per command: what one command draws does not
        // depend on how many commands come before it.
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let mut reached_count = 0;
        for _ in 0..40 {
            let args = shaped_call(&cmd).new_tree(&mut runner).unwrap().current();
            let result = app.invoke(&cmd, args);
            if cmd == "session_start" && result.is_ok() {
                stop_session(&app, dir.path());
            }
            reached_count += usize::from(reached(&result));
        }
        assert!(
            reached_count >= 20,
            "{cmd}: only {reached_count} of 40 calls reached the command"
        );
    }
}
