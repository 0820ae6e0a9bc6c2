//! Shared by the integration tests: runs the real CLI binary.
#![allow(dead_code)] // each test binary uses only part of it

use std::io::Write;
use std::process::{Command, Stdio};

pub struct CliRun {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

pub fn cli(args: &[&str], stdin: &[u8]) -> CliRun {
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
    CliRun {
        code: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The calmest complete triage, shared with the unit and end-to-end tests.
pub fn calm_answers() -> serde_json::Value {
    serde_json::from_str(include_str!("../cases/triage/calm.json")).expect("calm.json is JSON")
}
