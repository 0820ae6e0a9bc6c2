//! Every kind of damaged plan file we could think of: each is moved aside
//! byte for byte, the person is told why in plain words, the backup comes back
//! when it is good, and nothing is ever silently replaced.

use std::fs;
use std::path::Path;

use spinewise_core::plan::RecoveryPlan;
use spinewise_core::settings::EmergencyNumber;
use spinewise_core::store::PlanStore;

#[path = "support/damaged_plans.rs"]
mod damaged_plans;
use damaged_plans::{corpus, GOOD_PLAN};

fn good_plan(number: &str) -> RecoveryPlan {
    let mut plan = RecoveryPlan::from_json(GOOD_PLAN).unwrap();
    plan.settings.emergency_number = Some(EmergencyNumber::parse(number).unwrap());
    plan
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_corpus_holds_every_kind_of_damage() {
    let corpus = corpus();
    let find = |name: &str| {
        corpus
            .iter()
            .find(|(what, ..)| what == name)
            .unwrap_or_else(|| panic!("no {name}"))
    };
    assert!(
        find("huge").1.len() > spinewise_core::plan::MAX_PLAN_BYTES,
        "the huge case is over the limit"
    );
    assert!(
        corpus
            .iter()
            .filter(|(what, ..)| what.starts_with("truncated"))
            .count()
            >= 40
    );
    assert_eq!(
        find("invalid UTF-8 inside a string")
            .1
            .iter()
            .filter(|&&b| b == 0xff)
            .count(),
        1
    );
}

#[test]
fn every_damaged_file_is_set_aside_and_the_backup_restored() {
    for (what, bytes, words) in corpus() {
        let dir = tempfile::tempdir().unwrap();
        let store = PlanStore::new(dir.path());
        store.save(&good_plan("999")).unwrap();
        store.save(&good_plan("112")).unwrap();
        fs::write(store.plan_path(), &bytes).unwrap();

        let loaded = store.load().unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(
            loaded.plan,
            good_plan("999"),
            "{what}: the backup is restored"
        );
        let notice = loaded
            .notice
            .unwrap_or_else(|| panic!("{what}: the person is told"));
        assert!(
            notice.message.contains(&words),
            "{what}: {}",
            notice.message
        );
        assert!(
            notice.message.contains("backup copy has been restored"),
            "{what}: {}",
            notice.message
        );
        let aside = notice.set_aside.unwrap();
        assert!(
            fs::read(&aside).unwrap() == bytes,
            "{what}: kept byte for byte"
        );
        assert!(aside
            .file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("plan.damaged-"));
        // The restored plan is what is on disk now, and a later save keeps the damaged copy.
        store.save(&good_plan("911")).unwrap();
        assert!(aside.exists(), "{what}");
        assert_eq!(
            names_in(dir.path()).len(),
            3,
            "{what}: plan, backup, damaged copy"
        );
    }
}

#[test]
fn every_damaged_file_without_a_backup_starts_an_empty_plan_and_says_so() {
    for (what, bytes, words) in corpus() {
        let dir = tempfile::tempdir().unwrap();
        let store = PlanStore::new(dir.path());
        fs::write(store.plan_path(), &bytes).unwrap();
        let loaded = store.load().unwrap();
        assert_eq!(loaded.plan, RecoveryPlan::default(), "{what}");
        let notice = loaded.notice.unwrap();
        assert!(
            notice.message.contains(&words) && notice.message.contains("no usable backup"),
            "{what}: {}",
            notice.message
        );
        assert!(
            fs::read(notice.set_aside.unwrap()).unwrap() == bytes,
            "{what}"
        );
    }
}

#[test]
fn a_damaged_backup_never_replaces_a_good_plan_nor_is_kept_as_one() {
    let dir = tempfile::tempdir().unwrap();
    let store = PlanStore::new(dir.path());
    store.save(&good_plan("999")).unwrap();
    fs::write(store.backup_path(), b"{\"format\": \"spinewise-pl").unwrap();
    let loaded = store.load().unwrap();
    assert_eq!((loaded.plan, loaded.notice), (good_plan("999"), None));
    // Saving over a good plan makes that plan the backup, replacing the damaged one.
    store.save(&good_plan("112")).unwrap();
    let backup = RecoveryPlan::from_json(&fs::read(store.backup_path()).unwrap()).unwrap();
    assert_eq!(backup, good_plan("999"));
}

#[test]
fn a_damaged_plan_and_a_damaged_backup_are_both_kept() {
    let dir = tempfile::tempdir().unwrap();
    let store = PlanStore::new(dir.path());
    fs::write(store.plan_path(), b"{").unwrap();
    fs::write(store.backup_path(), b"}").unwrap();
    let loaded = store.load().unwrap();
    assert_eq!(loaded.plan, RecoveryPlan::default());
    assert!(loaded.notice.unwrap().message.contains("no usable backup"));
    // The damaged backup stays until a good plan is saved over the new one.
    assert_eq!(fs::read(store.backup_path()).unwrap(), b"}");
}
