//! The command-line program through its real binary: bad input is refused
//! with a clear message and a distinct exit status, and prints no outcome.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::Value;

fn cli(args: &[&str], stdin: &[u8]) -> (Option<i32>, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_spinewise-cli"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the CLI starts");
    // A large input may be refused before it is all read; a broken pipe then is expected.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    let out = child.wait_with_output().unwrap();
    (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn an_emergency_sign_alone_is_a_complete_document() {
    let (code, stdout, _) = cli(&["triage"], br#"{"saddle_numbness": true}"#);
    assert_eq!(code, Some(0));
    let outcome: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(outcome["level"], "emergency");
    assert_eq!(outcome["ended_early"], true);
}

#[test]
fn next_walks_the_questionnaire() {
    let (code, stdout, _) = cli(&["next"], b"{}");
    assert_eq!(code, Some(0));
    let step: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(step["question"]["id"], "bladder_bowel");
}

#[test]
fn bad_input_is_refused_with_status_2_and_a_reason() {
    let cases: [(&[u8], &str); 7] = [
        (b"", "not valid JSON"),
        (b"{\"pain_during_exercise\": 12}", "from 0 to 10"),
        (b"{\"pain_during_exercise\": \"high\"}", "pain_during_exercise"),
        (b"{\"leg_spread\": \"sideways\"}", "sideways"),
        (b"{\"sore_toe\": true}", "sore_toe"),
        (b"{\"bladder_bowel\": false}", "saddle_numbness"),
        (b"\xff\xfe{}", "UTF-8"),
    ];
    for (input, reason) in cases {
        let (code, stdout, stderr) = cli(&["triage"], input);
        assert_eq!(code, Some(2), "{}", String::from_utf8_lossy(input));
        assert!(stdout.is_empty(), "no outcome is printed for refused input");
        assert!(stderr.contains(reason), "{stderr} should mention {reason}");
    }
}

#[test]
fn an_oversized_document_is_refused() {
    let huge = format!("{{\"note\": \"{}\"}}", "x".repeat(2 << 20));
    let (code, _, stderr) = cli(&["triage"], huge.as_bytes());
    assert_eq!(code, Some(2));
    assert!(stderr.contains("larger than 1 MiB"), "{stderr}");
}

#[test]
fn wrong_usage_prints_usage_with_status_64() {
    let (code, _, stderr) = cli(&["diagnose"], b"");
    assert_eq!(code, Some(64));
    assert!(stderr.contains("usage: spinewise-cli"));
}
