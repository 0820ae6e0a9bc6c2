//! Every damaged plan file in the shared corpus, met the way the app meets
//! it: the app starts on it (the real state and commands, on the mock
//! runtime), the home screen tells the person what happened and where the
//! file was kept, the file is set aside byte for byte, and the app carries on
//! from the backup and saves without touching the kept copy.

use std::fs;

use serde_json::json;
use spinewise_core::plan::RecoveryPlan;
use spinewise_core::settings::EmergencyNumber;
use spinewise_core::store::PlanStore;

use super::damaged_plans::{corpus, GOOD_PLAN};
use super::{calm_answers, start};

fn plan_with_number(number: &str) -> RecoveryPlan {
    let mut plan = RecoveryPlan::from_json(GOOD_PLAN).unwrap();
    plan.settings.emergency_number = Some(EmergencyNumber::parse(number).unwrap());
    plan
}

#[test]
fn the_app_starts_on_every_damaged_file_tells_the_person_and_keeps_the_file() {
    let corpus = corpus();
    assert!(corpus.len() > 50, "{} cases", corpus.len());
    for (what, bytes, words) in corpus {
        let dir = tempfile::tempdir().unwrap();
        let store = PlanStore::new(dir.path());
        store.save(&plan_with_number("999")).unwrap();
        store.save(&plan_with_number("112")).unwrap();
        fs::write(store.plan_path(), &bytes).unwrap();

        let app = start(dir.path());
        let home = app.invoke("home", json!({})).unwrap();
        let message = home["notice"]["message"]
            .as_str()
            .unwrap_or_else(|| panic!("{what}: no notice on home"));
        assert!(
            message.contains(&words) && message.contains("backup"),
            "{what}: {message}"
        );
        let aside = home["notice"]["set_aside"].as_str().unwrap();
        assert!(
            message.contains(aside),
            "{what}: the person is told where it is"
        );
        assert!(
            fs::read(aside).unwrap() == bytes,
            "{what}: kept byte for byte"
        );

        // The app carries on from the backup, and saving leaves the kept copy alone.
        let settings = app.invoke("settings_get", json!({})).unwrap();
        assert_eq!(settings["emergency_number"]["number"], "999", "{what}");
        app.invoke("triage_finish", json!({ "answers": calm_answers() }))
            .unwrap();
        assert!(
            fs::read(aside).unwrap() == bytes,
            "{what}: still there after a save"
        );
        assert!(
            RecoveryPlan::from_json(&fs::read(store.plan_path()).unwrap()).is_ok(),
            "{what}"
        );
    }
}
