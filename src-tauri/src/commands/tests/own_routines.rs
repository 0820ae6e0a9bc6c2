//! Routines of one's own through IPC: built and kept, started as a session
//! at their own doses, exported to a file, read and kept again in a fresh
//! data folder; a hostile file or a routine the core refuses changes nothing.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use serde_json::{json, Value};

use super::{calm_answers, start, TestApp};

fn jos_routine() -> Value {
    json!({
        "name": "Jo's routine",
        "from": "Physio Jo Smith",
        "items": [
            { "exercise": "glute_bridge", "prescribed": false, "note": "Squeeze at the top",
              "dose": { "type": "reps", "reps": 12, "seconds_per_rep": 4, "sets": 3, "rest_seconds": 30 } },
            { "exercise": "bird_dog", "prescribed": false,
              "dose": { "type": "reps", "reps": 6, "seconds_per_rep": 5, "sets": 1, "rest_seconds": 0 } },
        ]
    })
}

fn checked_app(dir: &Path) -> TestApp {
    let app = start(dir);
    app.invoke("triage_finish", json!({ "answers": calm_answers() }))
        .unwrap();
    app
}

fn stop_session(app: &TestApp) {
    app.invoke(
        "session_control",
        json!({ "control": { "action": "stop" } }),
    )
    .unwrap();
}

/// Exports the routine `name` to Documents and returns the file's path and
/// text, removing the file so that the tests leave nothing behind.
fn exported(app: &TestApp, name: &str) -> (std::path::PathBuf, String) {
    let saved = app
        .invoke("own_routine_export", json!({ "name": name }))
        .unwrap();
    let path = std::path::PathBuf::from(saved["path"].as_str().unwrap());
    let contents = fs::read_to_string(&path).unwrap();
    fs::remove_file(&path).unwrap();
    (path, contents)
}

/// Every file in the data folder with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fs::read_dir(dir)
        .unwrap()
        .flatten()
        .filter(|e| e.path().is_file())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

#[test]
fn a_routine_is_kept_run_at_its_doses_exported_and_read_into_a_fresh_plan() {
    let dir = tempfile::tempdir().unwrap();
    let app = checked_app(dir.path());
    let view = app
        .invoke("own_routine_save", json!({ "routine": jos_routine() }))
        .unwrap();
    let own = &view["routines"][0];
    assert_eq!(own["id"], "own:Jo's routine");
    assert_eq!(own["waits"], Value::Null);
    assert_eq!(
        own["items"][0]["dose_text"],
        "12 slow repetitions, 3 sets, 30 seconds' rest between"
    );
    assert_eq!(view["choices"].as_array().unwrap().len(), 16);

    // The routines screen lists it, and a session runs it at its own dose.
    let offer = app.invoke("routines", json!({})).unwrap();
    assert_eq!(offer["own"][0]["routine"]["name"], "Jo's routine");
    let started = app
        .invoke(
            "session_start",
            json!({ "routineId": "own:Jo's routine", "startPain": 1 }),
        )
        .unwrap();
    let step = &started["snapshot"]["step"];
    assert_eq!(step["exercise"], "glute_bridge");
    assert_eq!(step["dose"]["reps"], 12);
    assert_eq!(step["sets"], 3);
    stop_session(&app);

    // Exported as a routine file in Documents.
    let (path, contents) = exported(&app, "jo's routine");
    assert!(path
        .file_name()
        .unwrap()
        .to_string_lossy()
        .starts_with("Spinewise routine Jo's routine "));
    assert!(contents.contains("\"format\": \"spinewise-routine\""));
    drop(app);

    // A fresh data folder: read the file, keep it, and it runs there too.
    let fresh = tempfile::tempdir().unwrap();
    let app = checked_app(fresh.path());
    let read = app
        .invoke("own_routine_read", json!({ "contents": contents }))
        .unwrap();
    assert_eq!(read["routine"], jos_routine());
    assert_eq!(read["file_says_prescribed"], json!([]));
    // A file that says an exercise was prescribed: shown, never ticked.
    let mut claiming: Value = serde_json::from_str(&contents).unwrap();
    claiming["routine"]["items"][1]["prescribed"] = json!(true);
    let claimed = app
        .invoke(
            "own_routine_read",
            json!({ "contents": claiming.to_string() }),
        )
        .unwrap();
    assert_eq!(claimed["file_says_prescribed"], json!([1]));
    assert_eq!(claimed["routine"], jos_routine());
    app.invoke("own_routine_save", json!({ "routine": read["routine"] }))
        .unwrap();
    // A second import of the same routine is refused, unless it replaces.
    let again = app
        .invoke("own_routine_save", json!({ "routine": jos_routine() }))
        .unwrap_err();
    assert_eq!(again["code"], "name_taken", "{again}");
    app.invoke(
        "own_routine_save",
        json!({ "routine": jos_routine(), "replacing": "Jo's routine" }),
    )
    .unwrap();
    let started = app
        .invoke(
            "session_start",
            json!({ "routineId": "own:Jo's routine", "startPain": 0 }),
        )
        .unwrap();
    assert_eq!(started["snapshot"]["step"]["dose"]["reps"], 12);
    stop_session(&app);
    let view = app
        .invoke("own_routine_delete", json!({ "name": "Jo's routine" }))
        .unwrap();
    assert_eq!(view["routines"], json!([]));
}

#[test]
fn hostile_routine_files_and_refused_routines_change_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let app = checked_app(dir.path());
    app.invoke("own_routine_save", json!({ "routine": jos_routine() }))
        .unwrap();
    let before = files(dir.path());
    let good = json!({ "format": "spinewise-routine", "version": 1, "routine": jos_routine() })
        .to_string();
    let png = include_bytes!("../../../../core/tests/fixtures/photos/photo.png");
    let own_exercise = |photo: Value| {
        let mut routine = jos_routine();
        routine["items"][0]["exercise"] = json!({
            "name": "Side-lying clam",
            "steps": ["Lie on your side, knees bent.", "Lift the top knee, feet together."],
            "photo": photo,
        });
        json!({ "format": "spinewise-routine", "version": 2, "routine": routine }).to_string()
    };
    let photo =
        |bytes: &[u8]| json!({ "kind": "png", "base64": spinewise_core::photo::to_base64(bytes) });
    let over = spinewise_core::own_routine::MAX_ROUTINE_FILE_BYTES + 1;
    for (contents, code) in [
        (" ".repeat(over), "too_large"),
        ("{".repeat(over), "too_large"),
        // Photos: cut short, not a PNG at all, said to be a JPEG, or huge.
        (own_exercise(photo(&png[..png.len() / 2])), "bad_photo"),
        (own_exercise(photo(b"<svg onload=alert(1)>")), "bad_photo"),
        (
            own_exercise(
                json!({ "kind": "jpeg", "base64": spinewise_core::photo::to_base64(png) }),
            ),
            "bad_photo",
        ),
        (
            own_exercise(json!({ "kind": "png", "base64": "A".repeat(400 * 1024) })),
            "bad_photo",
        ),
        (
            own_exercise(json!({ "kind": "gif", "base64": "R0lG" })),
            "not_a_routine",
        ),
        // An exercise of one's own in a version 1 file.
        (
            own_exercise(photo(png)).replace("\"version\":2", "\"version\":1"),
            "not_a_routine",
        ),
        ("[".repeat(5_000), "not_a_routine"),
        ("not json".to_owned(), "not_a_routine"),
        (
            good.replace("\"version\":1", "\"version\":7"),
            "unknown_version",
        ),
        (good.replace("glute_bridge", "deadlift"), "not_a_routine"),
        (
            good.replace("\"reps\":12", "\"reps\":\"twelve\""),
            "not_a_routine",
        ),
        (
            good.replace("\"name\"", "\"script\":\"x\",\"name\""),
            "not_a_routine",
        ),
    ] {
        let err = app
            .invoke("own_routine_read", json!({ "contents": contents }))
            .unwrap_err();
        assert_eq!(err["code"], code, "{err}");
        assert!(err["message"].as_str().unwrap().len() > 20, "{err}");
    }
    // Read, but refused when kept: out of bounds, an empty name, a routine of
    // nothing, a cautioned exercise not prescribed (before any check every
    // caution counts, and the calm check's pain kind cautions none of these;
    // the hamstring stretch is cautioned for sciatica, so it is refused only
    // where it is cautioned, which the core's tests cover).
    let mut refused = Vec::new();
    // Each names the field it is about, for the builder to say it there.
    for (pointer, value, code, field) in [
        (
            "/items/0/dose/reps",
            json!(500),
            "bad_dose",
            json!("/items/0"),
        ),
        (
            "/items/1/dose/seconds_per_rep",
            json!(0),
            "bad_dose",
            json!("/items/1"),
        ),
        ("/name", json!("   "), "bad_name", json!("/name")),
        ("/name", json!("a\u{7}b"), "bad_name", json!("/name")),
        ("/items", json!([]), "item_count", Value::Null),
        ("/from", json!("x".repeat(400)), "bad_text", json!("/from")),
        ("/name", json!("Jo's routine"), "name_taken", json!("/name")),
    ] {
        let mut routine = jos_routine();
        if pointer == "/name" && code == "name_taken" {
            routine["name"] = value;
        } else {
            *routine.pointer_mut(pointer).unwrap() = value;
        }
        let err = app
            .invoke("own_routine_save", json!({ "routine": routine }))
            .unwrap_err();
        refused.push(((code, field), (err["code"].clone(), err["field"].clone())));
    }
    for ((code, field), got) in &refused {
        assert_eq!(&(json!(code), field.clone()), got);
    }
    let err = app
        .invoke("own_routine_delete", json!({ "name": "Someone else's" }))
        .unwrap_err();
    assert_eq!(err["code"], "no_such_routine");
    let err = app
        .invoke(
            "session_start",
            json!({ "routineId": "own:Someone else's", "startPain": 1 }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "unknown_routine");
    assert_eq!(
        files(dir.path()),
        before,
        "the data folder is byte-identical"
    );
}

#[test]
fn an_exercise_of_one_s_own_with_its_photo_is_kept_run_exported_and_read_again() {
    let png = include_bytes!("../../../../core/tests/fixtures/photos/photo.png");
    let photo = json!({ "kind": "png", "base64": spinewise_core::photo::to_base64(png) });
    let mut routine = jos_routine();
    routine["items"][0]["exercise"] = json!({
        "name": "Side-lying clam",
        "steps": ["Lie on your side, knees bent.", "Lift the top knee, feet together."],
        "photo": photo,
    });
    let dir = tempfile::tempdir().unwrap();
    let app = checked_app(dir.path());
    // Spinewise has not checked it: kept only with the person's tick.
    let unticked = app
        .invoke("own_routine_save", json!({ "routine": routine }))
        .unwrap_err();
    assert_eq!(unticked["code"], "own_not_prescribed");
    assert_eq!(unticked["field"], "/items/0");
    drop(app);
    routine["items"][0]["prescribed"] = json!(true);
    let app = checked_app(dir.path());
    let view = app
        .invoke("own_routine_save", json!({ "routine": routine }))
        .unwrap();
    let item = &view["routines"][0]["items"][0];
    assert_eq!(item["name"], "Side-lying clam");
    assert_eq!(item["exercise"], Value::Null);
    assert!(item["photo"]
        .as_str()
        .unwrap()
        .starts_with("data:image/png;base64,iVBORw0KGgo"));

    // Its session runs it at its dose, with its words and photo, and the
    // note written for it.
    let started = app
        .invoke(
            "session_start",
            json!({ "routineId": "own:Jo's routine", "startPain": 1 }),
        )
        .unwrap();
    let step = &started["snapshot"]["step"];
    assert_eq!(step["exercise"], "own-0");
    assert_eq!(step["name"], "Side-lying clam");
    assert_eq!(step["dose"]["reps"], 12);
    let own = &started["own_exercises"]["own-0"];
    assert_eq!(own["steps"][1], "Lift the top knee, feet together.");
    assert!(own["photo"].as_str().unwrap().starts_with("data:image/png"));
    assert_eq!(started["notes"]["own-0"], "Squeeze at the top");
    assert!(started["cautions"]["own-0"]
        .as_str()
        .unwrap()
        .starts_with("Spinewise has not checked this exercise"));
    stop_session(&app);

    // The file is version 2 and carries the photo; a fresh plan reads it
    // whole.
    let (_, contents) = exported(&app, "Jo's routine");
    let file: Value = serde_json::from_str(&contents).unwrap();
    assert_eq!(file["version"], 2);
    drop(app);
    let fresh = tempfile::tempdir().unwrap();
    let app = checked_app(fresh.path());
    let read = app
        .invoke("own_routine_read", json!({ "contents": contents }))
        .unwrap();
    // The file's word is shown, never ticked for the person.
    assert_eq!(read["file_says_prescribed"], json!([0]));
    routine["items"][0]["prescribed"] = json!(false);
    assert_eq!(read["routine"], routine);
}

/// A photo the person picks, through IPC: a camera's original is read whole
/// and refused for its size alone only when it is sound (the one refusal
/// the window answers with a smaller copy), a damaged one as damaged, and
/// one past what is read, unread. Nothing is written.
#[test]
fn a_chosen_photo_is_refused_for_its_size_only_when_it_is_sound() {
    let jpeg = include_bytes!("../../../../core/tests/fixtures/photos/photo.jpg");
    // The fixture with 320 KiB of comments after its start: still whole.
    let mut big = jpeg[..2].to_vec();
    for _ in 0..5 {
        big.extend_from_slice(&[0xFF, 0xFE, 0xFF, 0xFF]);
        big.extend(std::iter::repeat_n(b'a', 0xFFFF - 2));
    }
    big.extend_from_slice(&jpeg[2..]);
    let dir = tempfile::tempdir().unwrap();
    let app = checked_app(dir.path());
    let before = files(dir.path());
    let read = |bytes: &[u8]| {
        app.invoke(
            "own_photo_read",
            json!({ "contents": spinewise_core::photo::to_base64(bytes) }),
        )
    };
    assert_eq!(read(jpeg).unwrap()["kind"], "jpeg");
    // What a phone appends after the picture (a motion photo's video) is
    // not kept.
    let motion = [&jpeg[..], &[0x42; 300 * 1024]].concat();
    assert_eq!(
        read(&motion).unwrap()["base64"],
        spinewise_core::photo::to_base64(jpeg)
    );
    let err = read(&big).unwrap_err();
    assert_eq!(err["code"], "photo_too_large", "{err}");
    assert_eq!(
        err["message"],
        "the photo is 321 KiB, 64 by 48 pixels; Spinewise keeps photos of up to 256 KiB \
         and 4096 pixels a side"
    );
    let err = read(&big[..big.len() - 2]).unwrap_err();
    assert_eq!(err["code"], "damaged", "{err}");
    let err = app
        .invoke(
            "own_photo_read",
            json!({ "contents": "A".repeat(44 * 1024 * 1024) }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "too_large_to_read", "{err}");
    assert_eq!(files(dir.path()), before);
}
