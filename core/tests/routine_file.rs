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
    let routine = OwnRoutine::from_file(EXAMPLE.as_bytes()).unwrap();
    assert_eq!(routine.items.len(), 4);
    // The hamstring stretch is prescribed, so it stands even with sciatica.
    for kind in PainKind::ALL {
        assert_eq!(routine.check(kind), Ok(()), "{kind:?}");
    }
}

#[test]
fn the_schema_names_exactly_the_library_s_exercises() {
    let schema: Value = serde_json::from_str(&doc("routine-file.schema.json")).unwrap();
    let listed: Vec<String> = schema["$defs"]["item"]["properties"]["exercise"]["enum"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect();
    let library: Vec<String> = ExerciseId::ALL.iter().map(ToString::to_string).collect();
    assert_eq!(listed, library);
    assert_eq!(schema["properties"]["format"]["const"], "spinewise-routine");
}
