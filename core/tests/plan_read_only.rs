//! A plan folder the person cannot write to: saving fails with a clear
//! message, the plan on disk is unchanged and still loads. Permissions are
//! not enforced for root, so as root the test runs itself again as the
//! unprivileged `nobody` user (via `setpriv`, part of util-linux).

#![cfg(unix)]

use std::fs;
use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::process::Command;

use spinewise_core::plan::RecoveryPlan;
use spinewise_core::settings::EmergencyNumber;
use spinewise_core::store::PlanStore;

const TEST_NAME: &str = "a_read_only_folder_refuses_the_save_and_keeps_the_plan";
const NOBODY: &str = "65534";

fn plan_with_number(number: &str) -> RecoveryPlan {
    let mut plan = RecoveryPlan::default();
    plan.settings.emergency_number = Some(EmergencyNumber::parse(number).unwrap());
    plan
}

fn running_as_root() -> bool {
    let probe = tempfile::NamedTempFile::new().unwrap();
    probe.as_file().metadata().unwrap().uid() == 0
}

fn scenario() {
    let dir = tempfile::tempdir().unwrap();
    let store = PlanStore::new(dir.path());
    store.save(&plan_with_number("999")).unwrap();
    store.save(&plan_with_number("112")).unwrap();
    let plan_before = fs::read(store.plan_path()).unwrap();
    let backup_before = fs::read(store.backup_path()).unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();

    let message = store
        .save(&plan_with_number("911"))
        .unwrap_err()
        .to_string();
    assert!(
        message.contains("could not write") && message.contains("Permission denied"),
        "{message}"
    );
    assert_eq!(fs::read(store.plan_path()).unwrap(), plan_before);
    assert_eq!(fs::read(store.backup_path()).unwrap(), backup_before);
    let loaded = store.load().unwrap();
    assert_eq!(
        (loaded.plan, loaded.notice),
        (plan_with_number("112"), None)
    );

    // A read-only folder with a damaged plan: it cannot be moved aside, and
    // that is said rather than the file being overwritten.
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    fs::write(store.plan_path(), b"{damaged").unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
    let message = store.load().unwrap_err().to_string();
    assert!(message.contains("set aside the damaged plan"), "{message}");
    assert_eq!(fs::read(store.plan_path()).unwrap(), b"{damaged");
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
}

#[test]
fn a_read_only_folder_refuses_the_save_and_keeps_the_plan() {
    if !running_as_root() {
        scenario();
        return;
    }
    // Copy this test binary somewhere `nobody` can run it from, and run this
    // one test there as `nobody`.
    let exe = std::env::current_exe().unwrap();
    let place = tempfile::tempdir().unwrap();
    fs::set_permissions(place.path(), fs::Permissions::from_mode(0o755)).unwrap();
    let copy = place.path().join("plan_read_only");
    fs::copy(&exe, &copy).unwrap();
    fs::set_permissions(&copy, fs::Permissions::from_mode(0o755)).unwrap();
    let out = Command::new("setpriv")
        .args(["--reuid", NOBODY, "--regid", NOBODY, "--clear-groups", "--"])
        .arg(&copy)
        .args(["--exact", TEST_NAME, "--test-threads", "1"])
        .env("TMPDIR", "/tmp")
        .output()
        .expect("setpriv (util-linux) runs the test as an unprivileged user");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success() && stdout.contains("1 passed"),
        "as nobody:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
