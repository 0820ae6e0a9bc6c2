//! Shared by the integration tests: runs the real CLI binary, and holds the
//! tables the docs print to the code.
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

/// The table between `<!-- name -->` and `<!-- /name -->` in a doc equals `table`.
pub fn holds(doc: &str, name: &str, table: &str) {
    let path = format!("{}/../docs/{doc}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let open = format!("<!-- {name} -->\n");
    let close = format!("<!-- /{name} -->");
    let start = text
        .find(&open)
        .unwrap_or_else(|| panic!("{doc} lacks {open}"))
        + open.len();
    let end = text[start..]
        .find(&close)
        .unwrap_or_else(|| panic!("{doc} lacks {close}"))
        + start;
    if std::env::var_os("SPINEWISE_UPDATE_DOCS").is_some() {
        std::fs::write(&path, format!("{}{table}{}", &text[..start], &text[end..])).unwrap();
        return;
    }
    assert_eq!(
        &text[start..end],
        table,
        "{doc}'s {name} table is out of date; it is now:\n{table}"
    );
}
