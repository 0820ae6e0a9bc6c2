//! Every kind of damaged plan file we could think of: each is moved aside
//! byte for byte, the person is told why in plain words, the backup comes back
//! when it is good, and nothing is ever silently replaced.

use std::fs;
use std::path::Path;

use spinewise_core::plan::{RecoveryPlan, MAX_PLAN_BYTES};
use spinewise_core::settings::EmergencyNumber;
use spinewise_core::store::PlanStore;

const GOOD_V3: &[u8] = include_bytes!("fixtures/plan-v3.json");

/// (what it is, the bytes, words the notice must use)
fn corpus() -> Vec<(String, Vec<u8>, &'static str)> {
    let mut cases: Vec<(String, Vec<u8>, &'static str)> = vec![
        ("empty".into(), Vec::new(), "empty"),
        ("only whitespace".into(), b" \n\t\n".to_vec(), "empty"),
        ("not JSON".into(), b"plan: yes\nlevel: fine\n".to_vec(), "not valid JSON"),
        ("random bytes".into(), (0..4096u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect(), "not valid JSON"),
        ("invalid UTF-8 inside a string".into(), b"{\"format\": \"spinewise-plan\", \"version\": 3, \"settings\": {\"emergency_number\": \"9\xff9\"}}".to_vec(), "not valid JSON"),
        ("a UTF-16 file".into(), "{\"format\": \"spinewise-plan\"}".encode_utf16().flat_map(u16::to_le_bytes).collect(), "not valid JSON"),
        ("a JSON array".into(), b"[1, 2, 3]".to_vec(), "not a Spinewise plan"),
        ("null".into(), b"null".to_vec(), "not a Spinewise plan"),
        ("another app's file".into(), br#"{"format": "other-app", "version": 3}"#.to_vec(), "not a Spinewise plan"),
        ("no format".into(), br#"{"version": 3}"#.to_vec(), "not a Spinewise plan"),
        ("no version".into(), br#"{"format": "spinewise-plan"}"#.to_vec(), "unknown plan version (missing)"),
        ("version 0".into(), br#"{"format": "spinewise-plan", "version": 0}"#.to_vec(), "unknown plan version (0)"),
        ("negative version".into(), br#"{"format": "spinewise-plan", "version": -1}"#.to_vec(), "unknown plan version (-1)"),
        ("fractional version".into(), br#"{"format": "spinewise-plan", "version": 2.5}"#.to_vec(), "unknown plan version (2.5)"),
        ("version as text".into(), br#"{"format": "spinewise-plan", "version": "3"}"#.to_vec(), "unknown plan version"),
        ("a newer version".into(), br#"{"format": "spinewise-plan", "version": 4, "plans": []}"#.to_vec(), "newer version"),
        ("wrong type: history is a number".into(), br#"{"format": "spinewise-plan", "version": 3, "triage_history": 5}"#.to_vec(), "triage_history"),
        ("wrong type: pain is text".into(), br#"{"format": "spinewise-plan", "version": 3, "daily_check_ins": [{"day": "2026-11-21", "recorded_at": "2026-11-21T07:30:00Z", "pain_now": "four", "exercise": null, "settled": "no", "warning_sign": false}]}"#.to_vec(), "daily_check_ins[0].pain_now"),
        ("out of range: pain 11".into(), br#"{"format": "spinewise-plan", "version": 3, "daily_check_ins": [{"day": "2026-11-21", "recorded_at": "2026-11-21T07:30:00Z", "pain_now": 11, "exercise": null, "settled": "no", "warning_sign": false}]}"#.to_vec(), "pain_now"),
        ("impossible date".into(), br#"{"format": "spinewise-plan", "version": 3, "weekly_check_ins": [{"day": "2026-02-30", "recorded_at": "2026-11-21T07:30:00Z", "peg": {"pain": 1, "enjoyment": 1, "activity": 1}, "activities": []}]}"#.to_vec(), "weekly_check_ins[0].day"),
        ("unknown field".into(), br#"{"format": "spinewise-plan", "version": 3, "settings": {"emergency_number": "999", "theme": "dark"}}"#.to_vec(), "theme"),
        ("bad emergency number".into(), br#"{"format": "spinewise-plan", "version": 3, "settings": {"emergency_number": "call mum"}}"#.to_vec(), "settings.emergency_number"),
        ("deeply nested".into(), format!("{{\"format\": \"spinewise-plan\", \"version\": 3, \"settings\": {}{}}}", "[".repeat(100_000), "]".repeat(100_000)).into_bytes(), "not valid JSON"),
    ];
    let mut huge = b"{\"format\": \"spinewise-plan\", \"version\": 3, \"padding\": \"".to_vec();
    huge.resize(MAX_PLAN_BYTES + 10, b'x');
    cases.push(("huge".into(), huge, "too large"));
    // Truncated at many points: every prefix of a real plan is damaged.
    let step = GOOD_V3.len() / 40;
    for cut in (1..GOOD_V3.len() - 1).step_by(step) {
        cases.push((
            format!("truncated at byte {cut}"),
            GOOD_V3[..cut].to_vec(),
            "not valid JSON",
        ));
    }
    cases
}

fn good_plan(number: &str) -> RecoveryPlan {
    let mut plan = RecoveryPlan::from_json(GOOD_V3).unwrap();
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
        assert!(notice.message.contains(words), "{what}: {}", notice.message);
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
            notice.message.contains(words) && notice.message.contains("no usable backup"),
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
