//! The routine file as documented: the example in docs/routine-file.md is
//! the fixture the tests read, it reads and passes its checks, and the JSON
//! Schema names exactly the library's exercises.

use serde_json::Value;
use spinewise_core::exercise::ExerciseId;
use spinewise_core::own_routine::OwnRoutine;
use spinewise_core::pain::PainKind;

const EXAMPLE: &str = include_str!("fixtures/routines/physio-example.json");

fn doc(name: &str) -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/").to_owned() + name)
        .unwrap()
}

#[test]
fn the_documented_example_is_the_fixture_and_it_reads() {
    assert!(
        doc("routine-file.md").contains(EXAMPLE.trim_end()),
        "docs/routine-file.md's example is not core/tests/fixtures/routines/physio-example.json"
    );
    let mut routine = OwnRoutine::from_file(EXAMPLE.as_bytes()).unwrap();
    assert_eq!(routine.items.len(), 4);
    // The hamstring stretch is prescribed, so it stands even with sciatica,
    // once the person has kept it for their kind of pain.
    for kind in PainKind::ALL {
        routine.checked_for = Some(kind);
        assert_eq!(routine.check(kind), Ok(()), "{kind:?}");
    }
}

#[test]
fn the_schema_names_exactly_the_library_s_exercises() {
    let schema: Value = serde_json::from_str(&doc("routine-file.schema.json")).unwrap();
    let listed: Vec<String> = schema["$defs"]["library_exercise"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    let library: Vec<String> = ExerciseId::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(listed, library);
    assert_eq!(schema["properties"]["format"]["const"], "spinewise-routine");
}

/// The schema's numbers are the code's bounds, so a clinician's editor
/// refuses what Spinewise refuses.
#[test]
fn the_schema_s_bounds_are_the_code_s() {
    use spinewise_core::own_routine::bounds::*;
    let schema: Value = serde_json::from_str(&doc("routine-file.schema.json")).unwrap();
    let dose = &schema["$defs"]["item"]["properties"]["dose"]["oneOf"];
    let range = |kind: usize, field: &str| {
        let f = &dose[kind]["properties"][field];
        (
            f["minimum"].as_u64().unwrap() as u32,
            f["maximum"].as_u64().unwrap() as u32,
        )
    };
    assert_eq!(
        range(0, "seconds"),
        (*HOLD_SECONDS.start(), *HOLD_SECONDS.end())
    );
    for kind in [0, 1] {
        assert_eq!(range(kind, "sets"), (*SETS.start(), *SETS.end()));
        assert_eq!(range(kind, "rest_seconds"), (0, MAX_REST_SECONDS));
    }
    assert_eq!(range(1, "reps"), (*REPS.start(), *REPS.end()));
    assert_eq!(
        range(1, "seconds_per_rep"),
        (*SECONDS_PER_REP.start(), *SECONDS_PER_REP.end())
    );
    assert_eq!(range(2, "minutes"), (*MINUTES.start(), *MINUTES.end()));
}

/// An exercise of one's own, in the schema as in the code: its name, its
/// steps and its photo's bound.
#[test]
fn the_schema_s_own_exercise_is_the_code_s() {
    use spinewise_core::own_routine::{MAX_NAME, MAX_NOTE, MAX_STEPS, ROUTINE_FILE_VERSION};
    use spinewise_core::photo::MAX_PHOTO_BYTES;
    let schema: Value = serde_json::from_str(&doc("routine-file.schema.json")).unwrap();
    let own = &schema["$defs"]["own_exercise"]["properties"];
    assert_eq!(own["name"]["maxLength"], MAX_NAME);
    assert_eq!(own["steps"]["maxItems"], MAX_STEPS);
    assert_eq!(own["steps"]["items"]["maxLength"], MAX_NOTE);
    assert_eq!(
        own["photo"]["properties"]["base64"]["maxLength"],
        MAX_PHOTO_BYTES.div_ceil(3) * 4
    );
    assert_eq!(
        schema["properties"]["version"]["enum"],
        serde_json::json!([1, ROUTINE_FILE_VERSION])
    );
}

#[test]
fn the_documented_own_exercise_example_is_the_fixture_and_it_reads() {
    let example = include_str!("fixtures/routines/own-exercise-example.json");
    assert!(
        doc("routine-file.md").contains(example.trim_end()),
        "docs/routine-file.md's second example is not core/tests/fixtures/routines/own-exercise-example.json"
    );
    let routine = OwnRoutine::from_file(example.as_bytes()).unwrap();
    assert!(routine.has_own_exercises());
    assert_eq!(routine.check(PainKind::Unclear), Ok(()));
    // Written back, it is version 2 again, and reads the same.
    assert!(routine.to_file().contains("\"version\": 2"));
    assert_eq!(
        OwnRoutine::from_file(routine.to_file().as_bytes()),
        Ok(routine)
    );
}
