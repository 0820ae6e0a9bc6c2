//! The command-line program through its real binary: bad input is refused
//! with a clear message and a distinct exit status, and prints no outcome.

mod support;

use serde_json::Value;
use support::cli;

#[test]
fn an_emergency_sign_alone_is_a_complete_document() {
    let run = cli(&["triage"], br#"{"saddle_numbness": true}"#);
    assert_eq!(run.code, Some(0));
    let outcome: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(outcome["level"], "emergency");
    assert_eq!(outcome["ended_early"], true);
}

#[test]
fn next_walks_the_questionnaire() {
    let run = cli(&["next"], b"{}");
    assert_eq!(run.code, Some(0));
    let step: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(step["question"]["id"], "bladder_bowel");
}

#[test]
fn bad_input_is_refused_with_status_2_and_a_reason() {
    let cases: [(&[u8], &str); 7] = [
        (b"", "not valid JSON"),
        (b"{\"pain_during_exercise\": 12}", "from 0 to 10"),
        (
            b"{\"pain_during_exercise\": \"high\"}",
            "pain_during_exercise",
        ),
        (b"{\"leg_symptoms\": \"sideways\"}", "sideways"),
        (b"{\"sore_toe\": true}", "sore_toe"),
        (b"{\"bladder_bowel\": false}", "saddle_numbness"),
        (b"\xff\xfe{}", "UTF-8"),
    ];
    for (input, reason) in cases {
        let run = cli(&["triage"], input);
        assert_eq!(run.code, Some(2), "{}", String::from_utf8_lossy(input));
        assert!(
            run.stdout.is_empty(),
            "no outcome is printed for refused input"
        );
        assert!(
            run.stderr.contains(reason),
            "{} should mention {reason}",
            run.stderr
        );
    }
}

#[test]
fn an_oversized_document_is_refused() {
    let huge = format!("{{\"note\": \"{}\"}}", "x".repeat(2 << 20));
    let run = cli(&["triage"], huge.as_bytes());
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("larger than 1 MiB"), "{}", run.stderr);
}

#[test]
fn wrong_usage_prints_usage_with_status_64() {
    let run = cli(&["diagnose"], b"");
    assert_eq!(run.code, Some(64));
    assert!(run.stderr.contains("usage: spinewise-cli"));
}
