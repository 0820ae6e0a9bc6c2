//! Arbitrary and hostile input thrown at the real CLI binary: whatever comes
//! in, it never panics, prints either an answer or a reason (never both), and
//! a plan file it is pointed at is byte-for-byte the same afterwards.

mod support;

use std::fs;

use proptest::prelude::*;
use support::cli;

/// Exit statuses the CLI documents: 0 answered, 1 could not write,
/// 2 bad input, 64 bad usage. A panic would be 101.
const DOCUMENTED: [i32; 4] = [0, 1, 2, 64];

/// Bytes that look like answers often enough to get past the JSON parser:
/// real question ids and answer words mixed with noise.
fn answers_like() -> impl Strategy<Value = Vec<u8>> {
    let known = prop::sample::select(vec![
        "bladder_bowel",
        "leg_symptoms",
        "pain_during_exercise",
        "age_band",
        "duration",
        "warm_up",
    ]);
    let key = prop_oneof![known.prop_map(String::from), "[a-z_]{1,12}", ".{0,8}"];
    let value = prop_oneof![
        Just("true".to_owned()),
        Just("null".to_owned()),
        Just("\"below_knee\"".to_owned()),
        any::<i64>().prop_map(|n| n.to_string()),
        any::<f64>().prop_map(|n| format!("{n:?}")),
        ".{0,12}".prop_map(|s| serde_json::to_string(&s).unwrap()),
        Just("[[[[]]]]".to_owned()),
        Just("{\"a\": 1}".to_owned()),
    ];
    let document = prop::collection::vec((key, value), 0..8).prop_map(|pairs| {
        let body: Vec<String> = pairs
            .iter()
            .map(|(k, v)| format!("{}: {v}", serde_json::to_string(k).unwrap()))
            .collect();
        format!("{{{}}}", body.join(", ")).into_bytes()
    });
    prop_oneof![document, prop::collection::vec(any::<u8>(), 0..512)]
}

fn check(code: Option<i32>, stdout: &str, stderr: &str) -> Result<(), TestCaseError> {
    let code = code.expect("the CLI exits, it is not killed");
    prop_assert!(DOCUMENTED.contains(&code), "status {code}: {stderr}");
    if code == 0 {
        prop_assert!(!stdout.is_empty() && stderr.is_empty());
    } else {
        prop_assert!(
            stdout.is_empty(),
            "no answer is printed with a refusal: {stdout}"
        );
        prop_assert!(
            stderr.starts_with("spinewise-cli: ") && stderr.trim().len() > 20,
            "a reason: {stderr}"
        );
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn any_answers_on_stdin_get_an_answer_or_a_reason(input in answers_like(), command in prop_oneof![Just("triage"), Just("next")]) {
        let run = cli(&[command], &input);
        check(run.code, &run.stdout, &run.stderr)?;
    }

    #[test]
    fn any_arguments_get_an_answer_or_a_reason(args in prop::collection::vec(prop_oneof![
        Just("triage".to_owned()), Just("plan-html".to_owned()), Just("--paper".to_owned()), Just("letter".to_owned()),
        Just("summary-html".to_owned()), Just("--days".to_owned()),
        Just("/nonexistent/plan.json".to_owned()), "[ -~]{0,16}",
    ], 0..5)) {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let run = cli(&args, b"{}");
        check(run.code, &run.stdout, &run.stderr)?;
    }

    #[test]
    fn printing_any_plan_file_leaves_it_as_it_was(bytes in answers_like()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        fs::write(&path, &bytes).unwrap();
        let run = cli(&["plan-html", path.to_str().unwrap()], b"");
        check(run.code, &run.stdout, &run.stderr)?;
        prop_assert_eq!(fs::read(&path).unwrap(), bytes);
        prop_assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "nothing written beside it");
    }
}
