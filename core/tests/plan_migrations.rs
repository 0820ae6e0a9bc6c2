//! Every version of the plan document ever written reads into today's plan
//! with nothing lost, and is rewritten as the current version.

use serde_json::Value;
use spinewise_core::exercise::Rung;
use spinewise_core::plan::Settled;
use spinewise_core::plan::{RecordedAnswers, RecoveryPlan, SessionEnded, PLAN_VERSION};
use spinewise_core::session::StopCause;
use spinewise_core::settings::ReminderSettings;
use spinewise_core::TriageLevel;

const FIXTURES: [(u64, &[u8]); 10] = [
    (1, include_bytes!("fixtures/plan-v1.json")),
    (2, include_bytes!("fixtures/plan-v2.json")),
    (3, include_bytes!("fixtures/plan-v3.json")),
    (4, include_bytes!("fixtures/plan-v4.json")),
    (5, include_bytes!("fixtures/plan-v5.json")),
    (6, include_bytes!("fixtures/plan-v6.json")),
    (7, include_bytes!("fixtures/plan-v7.json")),
    (8, include_bytes!("fixtures/plan-v8.json")),
    (9, include_bytes!("fixtures/plan-v9.json")),
    (10, include_bytes!("fixtures/plan-v10.json")),
];

#[test]
fn there_is_a_fixture_for_every_version() {
    let versions: Vec<u64> = FIXTURES.iter().map(|(v, _)| *v).collect();
    assert_eq!(versions, (1..=PLAN_VERSION).collect::<Vec<_>>());
    for (version, bytes) in FIXTURES {
        let value: Value = serde_json::from_slice(bytes).unwrap();
        assert_eq!(
            value["version"], version,
            "fixture {version} says its own version"
        );
    }
}

#[test]
fn each_version_keeps_what_it_held() {
    for (version, bytes) in FIXTURES {
        let plan = RecoveryPlan::from_json(bytes).unwrap_or_else(|e| panic!("v{version}: {e}"));
        // Every version holds the settings and the triage.
        assert_eq!(
            plan.settings.emergency_number.as_ref().unwrap().as_str(),
            "999"
        );
        assert_eq!(plan.triage_history.len(), 1);
        assert_eq!(plan.triage_history[0].outcome.level, TriageLevel::Emergency);
        // Version 4 marks the questionnaire; earlier triages were the first one's,
        // and their answers are kept as they were given.
        let answers = &plan.triage_history[0].answers;
        match answers {
            RecordedAnswers::Questionnaire1(v1) => {
                assert!(version < 4, "v{version}");
                assert_eq!(v1.bladder_bowel, Some(true));
            }
            RecordedAnswers::Current(current) => {
                assert!(version >= 4, "v{version}");
                assert_eq!(current.bladder_bowel, Some(true));
            }
        }
        // Version 2 added sessions.
        // (Version 10's second session shows what it added.)
        assert_eq!(
            plan.sessions.len(),
            usize::from(version >= 2) + usize::from(version >= 10),
            "v{version}"
        );
        if version >= 2 {
            assert_eq!(plan.sessions[0].ended, SessionEnded::StoppedForPain);
            assert_eq!(plan.sessions[0].check_ins[0].pain.value(), 6);
            assert_eq!(
                plan.sessions[0].how_it_ended(),
                "Pain above 5 out of 10: stop for today."
            );
            let mut by_person = plan.sessions[0].clone();
            by_person.reason = None;
            by_person.ended = SessionEnded::StoppedByPerson;
            assert_eq!(by_person.how_it_ended(), "You stopped it");
        }
        // Version 3 added check-ins and the return checklist.
        if version >= 3 {
            assert_eq!(plan.daily_check_ins.len(), 2);
            assert_eq!(plan.daily_check_ins[0].settled, Settled::No);
            assert_eq!(plan.weekly_check_ins[0].peg.score_tenths(), 40);
            assert_eq!(
                plan.weekly_check_ins[0].activities[1].name,
                "Sitting through a film"
            );
            assert!(!plan.return_criteria().full_range_without_discomfort);
        } else {
            assert!(plan.daily_check_ins.is_empty() && plan.return_checklist.is_empty());
        }
        // Version 4 added why a session stopped, the weekly stiffness score and clearances.
        if version >= 4 {
            assert_eq!(plan.sessions[0].stop_cause, Some(StopCause::PainAboveLimit));
            assert_eq!(
                plan.weekly_check_ins[0].stiffness.map(|s| s.value()),
                Some(3)
            );
            assert_eq!(plan.clearances[0].examined_by.as_deref(), Some("Dr Mensah"));
        } else {
            assert!(plan.clearances.is_empty());
            assert!(plan.weekly_check_ins.iter().all(|w| w.stiffness.is_none()));
            assert!(plan.sessions.iter().all(|s| s.stop_cause.is_none()));
        }
        // Version 5 added a session's own calendar day and two signs that
        // need care today (a serious accident, sudden severe pain).
        if version >= 5 {
            assert!(plan.sessions.last().unwrap().day.is_some());
            assert!(
                plan.daily_check_ins
                    .last()
                    .unwrap()
                    .emergency_signs
                    .serious_trauma
            );
        } else {
            assert!(plan.sessions.iter().all(|s| s.day.is_none()));
            assert!(plan
                .daily_check_ins
                .iter()
                .all(|c| !c.emergency_signs.serious_trauma));
        }
        // Version 6 added the reminders, all off in older plans.
        let reminders = &plan.settings.reminders;
        if version >= 6 {
            assert_eq!(
                reminders.check_in.map(String::from).as_deref(),
                Some("07:30")
            );
            assert_eq!(reminders.breaks.as_ref().unwrap().every_minutes, 30);
            assert!(reminders.offered && reminders.keep_running);
        } else {
            assert_eq!(*reminders, ReminderSettings::default(), "v{version}");
        }
        // Version 7 says which other warning sign a daily check-in reported;
        // older check-ins with one say only that there was one.
        let first = &plan.daily_check_ins.first();
        if version >= 7 {
            assert!(first.is_some_and(|c| c.warning_sign && c.other_signs.fever));
        } else {
            assert!(plan.daily_check_ins.iter().all(|c| !c.other_signs.any()));
        }
        // Version 8 keeps the answers to offers of an exercise's next rung.
        if version >= 8 {
            let answers: Vec<_> = plan
                .rung_decisions
                .iter()
                .map(|d| (d.exercise.to_string(), d.to, d.accepted))
                .collect();
            assert_eq!(
                answers,
                [
                    ("glute_bridge".to_owned(), Rung::Harder, true),
                    ("bird_dog".to_owned(), Rung::Standard, false)
                ]
            );
        } else {
            assert!(plan.rung_decisions.is_empty());
        }
        // Version 9 keeps the person's own routines, with their doses and
        // the prescription of a cautioned exercise.
        if version >= 9 {
            let routine = &plan.own_routines[0];
            assert_eq!(routine.name, "Jo's morning routine");
            assert_eq!(routine.items.len(), 2);
            assert!(routine.items[1].prescribed);
            assert_eq!(routine.items[0].dose.sets(), 3);
        } else {
            assert!(plan.own_routines.is_empty());
        }
        // Version 10 keeps the exercises a session left out while the pain was up.
        if version >= 10 {
            let left = &plan.sessions[1].left_out[0];
            assert_eq!(left.exercise, "hamstring_stretch");
            assert_eq!(left.hurt_at.map(|p| p.value()), Some(4));
        } else {
            assert!(plan.sessions.iter().all(|s| s.left_out.is_empty()));
        }
    }
}

#[test]
fn each_version_is_rewritten_as_the_current_one_and_reads_back_the_same() {
    for (version, bytes) in FIXTURES {
        let plan = RecoveryPlan::from_json(bytes).unwrap();
        let rewritten = plan.to_json();
        let value: Value = serde_json::from_str(&rewritten).unwrap();
        assert_eq!(value["version"], PLAN_VERSION, "v{version}");
        assert_eq!(
            RecoveryPlan::from_json(rewritten.as_bytes()).unwrap(),
            plan,
            "v{version}"
        );
    }
}

#[test]
fn the_current_version_round_trips_its_fixture_field_for_field() {
    let (_, bytes) = FIXTURES[FIXTURES.len() - 1];
    let original: Value = serde_json::from_slice(bytes).unwrap();
    let rewritten: Value =
        serde_json::from_str(&RecoveryPlan::from_json(bytes).unwrap().to_json()).unwrap();
    assert_eq!(rewritten, original);
}
