//! The schedule across days, time zones and daylight-saving changes, and the
//! gate: no reminder offers exercise the plan does not allow, over every
//! triage level and every phase the plan can reach from it.

use std::collections::BTreeSet;

use jiff::tz::TimeZone;
use proptest::prelude::*;
use serde_json::{Map, Value};

use super::*;
use crate::course::{self, PhaseId, Step};
use crate::level::TriageLevel;
use crate::plan::{
    Clearance, DailyCheckIn, RecoveryPlan, ReturnChecklist, ReturnCriteria, SessionEnded,
    SessionRecord, Settled, TriageRecord,
};
use crate::session::{StopCause, WarningSigns};
use crate::settings::{BreakReminder, ClockTime, ReminderSettings, RoutineReminder, Weekday};
use crate::time::{Day, Timestamp};
use crate::triage::{self, Answers, PainScore, TriageStep};

fn zone(name: &str) -> TimeZone {
    TimeZone::get(name).unwrap()
}

/// An instant written as the person's clock shows it in `zone`.
fn local(zone_name: &str, text: &str) -> Timestamp {
    let civil: jiff::civil::DateTime = text.parse().unwrap();
    Timestamp::from_jiff(civil.to_zoned(zone(zone_name)).unwrap().timestamp())
}

fn utc(text: &str) -> Timestamp {
    Timestamp::parse(text).unwrap()
}

fn time(text: &str) -> ClockTime {
    ClockTime::parse(text).unwrap()
}

fn check_in_at(text: &str) -> ReminderSettings {
    ReminderSettings {
        check_in: Some(time(text)),
        ..Default::default()
    }
}

fn workday_breaks(every: u16, from: &str, until: &str) -> ReminderSettings {
    ReminderSettings {
        breaks: Some(BreakReminder {
            every_minutes: every,
            from: time(from),
            until: time(until),
            days: Weekday::WORKDAYS.to_vec(),
        }),
        ..Default::default()
    }
}

/// Each due time of one kind in turn, the timer settling each as it fires.
fn fire(
    settings: &ReminderSettings,
    since: Timestamp,
    zone: &TimeZone,
    count: usize,
) -> Vec<String> {
    let mut marks = Marks::default();
    let mut out = Vec::new();
    for _ in 0..count {
        let Some(due) = next_due(settings, &marks, since, zone).first().copied() else {
            break;
        };
        marks.settle(due.kind, due.at);
        out.push(due.at.to_string());
    }
    out
}

#[test]
fn nothing_is_due_until_a_reminder_is_turned_on() {
    let since = utc("2026-11-23T08:00:00Z");
    assert!(next_due(
        &ReminderSettings::default(),
        &Marks::default(),
        since,
        &zone("UTC")
    )
    .is_empty());
}

#[test]
fn the_daily_check_in_comes_at_the_same_clock_time_each_day() {
    let london = zone("Europe/London");
    // Monday 08:00: today's 07:30 has passed, so the first is Tuesday's.
    let since = local("Europe/London", "2026-11-23T08:00");
    assert_eq!(
        fire(&check_in_at("07:30"), since, &london, 3),
        [
            "2026-11-24T07:30:00Z",
            "2026-11-25T07:30:00Z",
            "2026-11-26T07:30:00Z"
        ]
    );
    // The same setting in Tokyo is nine hours earlier in UTC.
    let tokyo = zone("Asia/Tokyo");
    let since = local("Asia/Tokyo", "2026-11-23T08:00");
    assert_eq!(
        fire(&check_in_at("07:30"), since, &tokyo, 1),
        ["2026-11-23T22:30:00Z"]
    );
}

#[test]
fn across_the_spring_change_the_clock_time_holds_and_a_skipped_time_comes_after_it() {
    let london = zone("Europe/London");
    // The clocks go forward at 01:00 GMT on 28 March 2027.
    let since = local("Europe/London", "2027-03-26T12:00");
    assert_eq!(
        fire(&check_in_at("07:30"), since, &london, 3),
        // 07:30 GMT, then 07:30 BST (06:30 UTC) from the day of the change.
        [
            "2027-03-27T07:30:00Z",
            "2027-03-28T06:30:00Z",
            "2027-03-29T06:30:00Z"
        ]
    );
    // 01:30 does not exist that night: it comes an hour on, at 02:30 BST, once.
    assert_eq!(
        fire(&check_in_at("01:30"), since, &london, 3),
        [
            "2027-03-27T01:30:00Z",
            "2027-03-28T01:30:00Z",
            "2027-03-29T00:30:00Z"
        ]
    );
}

#[test]
fn across_the_autumn_change_a_time_that_happens_twice_fires_once() {
    let new_york = zone("America/New_York");
    // The clocks go back at 02:00 EDT on 1 November 2026: 01:30 happens twice.
    let since = local("America/New_York", "2026-10-31T12:00");
    assert_eq!(
        fire(&check_in_at("01:30"), since, &new_york, 3),
        [
            "2026-11-01T05:30:00Z",
            "2026-11-02T06:30:00Z",
            "2026-11-03T06:30:00Z"
        ]
    );
}

#[test]
fn a_zone_with_a_half_hour_change_is_followed_too() {
    // Lord Howe Island moves its clocks by 30 minutes, at 02:00 on 4 October 2026.
    let lord_howe = zone("Australia/Lord_Howe");
    let since = local("Australia/Lord_Howe", "2026-10-02T12:00");
    assert_eq!(
        fire(&check_in_at("07:00"), since, &lord_howe, 2),
        // 07:00 at UTC+10:30 on the 3rd, then at UTC+11 on the 4th.
        ["2026-10-02T20:30:00Z", "2026-10-03T20:00:00Z"]
    );
}

#[test]
fn routines_come_on_the_chosen_days_only() {
    let settings = ReminderSettings {
        routines: Some(RoutineReminder {
            days: vec![Weekday::Monday, Weekday::Thursday],
            at: time("18:00"),
        }),
        ..Default::default()
    };
    // Monday 19:00, after Monday's reminder.
    let since = utc("2026-11-23T19:00:00Z");
    assert_eq!(
        fire(&settings, since, &zone("UTC"), 3),
        [
            "2026-11-26T18:00:00Z",
            "2026-11-30T18:00:00Z",
            "2026-12-03T18:00:00Z"
        ]
    );
}

#[test]
fn breaks_come_a_gap_apart_inside_the_working_hours_of_working_days() {
    let settings = workday_breaks(30, "09:00", "10:30");
    // Friday 08:00: the day's first break is one gap after work starts.
    let since = utc("2026-11-27T08:00:00Z");
    assert_eq!(
        fire(&settings, since, &zone("UTC"), 4),
        [
            "2026-11-27T09:30:00Z",
            "2026-11-27T10:00:00Z",
            "2026-11-27T10:30:00Z",
            // Not at the weekend: Monday's first.
            "2026-11-30T09:30:00Z",
        ]
    );
}

#[test]
fn a_break_is_a_gap_after_the_last_one_was_done_not_after_it_was_due() {
    let settings = workday_breaks(30, "09:00", "17:00");
    let london = zone("UTC");
    let since = utc("2026-11-23T09:00:00Z");
    let mut marks = Marks::default();
    // The 09:30 break was done at 09:41.
    marks.settle(ReminderKind::Break, utc("2026-11-23T09:41:00Z"));
    assert_eq!(
        next_due(&settings, &marks, since, &london)[0].at,
        utc("2026-11-23T10:11:00Z")
    );
    // Snoozed at 10:11 for ten minutes.
    marks.snooze(ReminderKind::Break, utc("2026-11-23T10:11:00Z"), 10);
    assert_eq!(
        next_due(&settings, &marks, since, &london)[0].at,
        utc("2026-11-23T10:21:00Z")
    );
    // Done then: the snooze is over and the gap counts again.
    marks.settle(ReminderKind::Break, utc("2026-11-23T10:21:00Z"));
    assert_eq!(
        next_due(&settings, &marks, since, &london)[0].at,
        utc("2026-11-23T10:51:00Z")
    );
}

#[test]
fn breaks_are_real_minutes_apart_across_a_change_of_the_clocks() {
    let mut settings = workday_breaks(30, "00:00", "04:00");
    if let Some(b) = settings.breaks.as_mut() {
        b.days = Weekday::ALL.to_vec();
    }
    let london = zone("Europe/London");
    let since = local("Europe/London", "2027-03-27T23:59");
    assert_eq!(
        fire(&settings, since, &london, 4),
        // 00:30 and 01:00 GMT; then 02:30 and 03:00 BST, each 30 minutes on.
        [
            "2027-03-28T00:30:00Z",
            "2027-03-28T01:00:00Z",
            "2027-03-28T01:30:00Z",
            "2027-03-28T02:00:00Z"
        ]
    );
}

#[test]
fn a_pause_holds_every_reminder_until_it_ends_and_a_snooze_does_not_break_it() {
    let mut settings = check_in_at("07:30");
    settings.breaks = workday_breaks(30, "09:00", "17:00").breaks;
    settings.paused_until = Some(utc("2026-11-24T12:00:00Z"));
    let since = utc("2026-11-23T08:00:00Z");
    let utc_zone = zone("UTC");
    let mut marks = Marks::default();
    let due = next_due(&settings, &marks, since, &utc_zone);
    assert_eq!(
        due,
        [
            Due {
                kind: ReminderKind::Break,
                at: utc("2026-11-24T12:30:00Z")
            },
            Due {
                kind: ReminderKind::CheckIn,
                at: utc("2026-11-25T07:30:00Z")
            },
        ]
    );
    marks.snooze(ReminderKind::CheckIn, utc("2026-11-23T08:00:00Z"), 10);
    let due = next_due(&settings, &marks, since, &utc_zone);
    assert_eq!(
        due[0].at,
        utc("2026-11-24T12:00:00Z"),
        "the snooze ends with the pause"
    );
}

#[test]
fn a_pause_for_today_ends_at_the_person_s_midnight() {
    let now = local("America/New_York", "2026-11-23T15:00");
    let new_york = zone("America/New_York");
    assert_eq!(
        pause_until(Pause::Today, now, &new_york),
        Some(utc("2026-11-24T05:00:00Z"))
    );
    assert_eq!(
        pause_until(Pause::Hour, now, &new_york),
        Some(now.plus_minutes(60))
    );
    assert_eq!(pause_until(Pause::Resume, now, &new_york), None);
}

#[test]
fn due_times_read_as_the_person_s_clock_and_week() {
    let london = zone("Europe/London");
    let now = local("Europe/London", "2026-11-23T23:00"); // a Monday
    let at = |text| when(local("Europe/London", text), now, &london);
    assert_eq!(at("2026-11-23T23:30"), "today at 23:30");
    assert_eq!(at("2026-11-24T07:05"), "tomorrow at 07:05");
    assert_eq!(at("2026-11-26T18:00"), "Thursday at 18:00");
}

#[test]
fn a_reminder_the_computer_slept_through_is_dropped_after_an_hour() {
    let due = utc("2026-11-23T07:30:00Z");
    assert!(should_show(due, utc("2026-11-23T07:30:00Z")));
    assert!(should_show(due, utc("2026-11-23T08:30:00Z")));
    assert!(!should_show(due, utc("2026-11-23T08:30:01Z")));
}

proptest! {
    /// Whatever the settings and the moment, each reminder falls after the
    /// start, a check-in or routine at its clock time on a chosen day (or just
    /// after a skipped hour), and each break inside a working window, at
    /// least a whole gap after the last.
    #[test]
    fn every_due_time_keeps_to_its_settings(
        start in 1_767_225_600i64..1_830_297_600,
        zone_index in 0usize..5,
        check_hour in 0u8..24, check_minute in 0u8..60,
        days in proptest::sample::subsequence(Weekday::ALL.to_vec(), 1..=7),
        every in 15u16..=180,
        from_hour in 0u8..20,
    ) {
        let hours_open = 4;
        let names = ["UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata"];
        let tz = zone(names[zone_index]);
        let settings = ReminderSettings {
            check_in: Some(ClockTime::new(check_hour, check_minute).unwrap()),
            breaks: Some(BreakReminder {
                every_minutes: every,
                from: ClockTime::new(from_hour, 0).unwrap(),
                until: ClockTime::new(from_hour + hours_open, 0).unwrap(),
                days: days.clone(),
            }),
            ..Default::default()
        };
        settings.check().unwrap();
        let since = Timestamp::from_unix_seconds(start);
        let mut marks = Marks::default();
        let mut last_break = since;
        for _ in 0..12 {
            let due = next_due(&settings, &marks, since, &tz);
            prop_assert_eq!(due.len(), 2);
            let first = due[0];
            prop_assert!(first.at > since);
            let clock = tz.to_datetime(first.at.to_jiff().unwrap());
            match first.kind {
                ReminderKind::CheckIn => {
                    let wanted = u16::from(check_hour) * 60 + u16::from(check_minute);
                    let got = u16::from(clock.hour().unsigned_abs()) * 60 + u16::from(clock.minute().unsigned_abs());
                    // Only a skipped hour moves it, and never by more than an hour.
                    prop_assert!(got >= wanted && got <= wanted + 60, "{} at {}", wanted, clock);
                }
                ReminderKind::Break => {
                    prop_assert!(days.contains(&Weekday::from_jiff(clock.weekday())));
                    let minutes = i64::from(clock.hour()) * 60 + i64::from(clock.minute());
                    prop_assert!(minutes > i64::from(from_hour) * 60 - 60, "{}", clock);
                    prop_assert!(minutes <= i64::from(from_hour + hours_open) * 60 + 60, "{}", clock);
                    let gap = (first.at.unix_seconds() - last_break.unix_seconds()) / 60;
                    prop_assert!(gap >= i64::from(every), "{} minutes", gap);
                    last_break = first.at;
                }
                ReminderKind::Routine => unreachable!("no routine reminder was set"),
            }
            marks.settle(first.kind, first.at);
        }
    }
}

// ---- The gate -------------------------------------------------------------

/// Every clinical vignette's answers, walked through the questions in order.
fn vignette_answers() -> Vec<(String, Answers)> {
    let suite: Value =
        serde_json::from_str(include_str!("../../tests/cases/triage/vignettes.json")).unwrap();
    let defaults = suite["defaults"].as_object().unwrap();
    suite["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|case| {
            let given = case["answers"].as_object().unwrap();
            let mut doc = Map::new();
            loop {
                let answers = Answers::from_value(Value::Object(doc.clone())).unwrap();
                match triage::next_step(&answers).unwrap() {
                    TriageStep::Complete { .. } => {
                        return (case["id"].as_str().unwrap().to_owned(), answers)
                    }
                    TriageStep::Ask { question, .. } => {
                        let key = question.key;
                        let value = given.get(key).or_else(|| defaults.get(key)).unwrap();
                        doc.insert(key.to_owned(), value.clone());
                    }
                }
            }
        })
        .collect()
}

const DAY: i64 = 86_400;
/// 2026-11-02T09:00:00Z, a Monday.
const START: i64 = 1_794_042_000;

fn at(day: i64) -> Timestamp {
    Timestamp::from_unix_seconds(START + day * DAY + 3_600)
}

fn pain(value: u8) -> PainScore {
    PainScore::new(value).unwrap()
}

/// What can happen after a triage, one day at a time.
#[derive(Clone, Copy, Debug)]
enum Event {
    Daily {
        now: u8,
        exercise: Option<(u8, u8)>,
        settled: Settled,
        warning: bool,
        emergency: bool,
    },
    Ticked,
    Cleared,
    StoppedForPain,
    Completed,
}

fn apply(plan: &mut RecoveryPlan, day: i64, event: Event) {
    match event {
        Event::Daily {
            now,
            exercise,
            settled,
            warning,
            emergency,
        } => plan.record_daily(DailyCheckIn {
            warning_sign: warning,
            emergency_signs: WarningSigns {
                bladder_bowel: emergency,
                ..Default::default()
            },
            ..crate::test_support::daily_check_in(at(day), now, exercise, settled)
        }),
        Event::Ticked => plan.record_return_checklist(ReturnChecklist {
            criteria: ReturnCriteria {
                daily_activities_pain_free: true,
                full_range_without_discomfort: true,
                no_painkillers_needed: true,
            },
            updated_at: at(day),
        }),
        Event::Cleared => {
            let Some(triage) = plan.last_triage() else {
                return;
            };
            let cleared = Clearance::clearable(triage);
            plan.record_clearance(Clearance {
                recorded_at: at(day),
                examined_on: at(day).utc_day(),
                examined_by: None,
                cleared,
            });
        }
        Event::StoppedForPain | Event::Completed => {
            let stopped = matches!(event, Event::StoppedForPain);
            plan.sessions.push(SessionRecord {
                routine: "gentle_mobility".into(),
                routine_name: "Gentle 10-minute mobility".into(),
                started_at: at(day),
                ended_at: at(day),
                start_pain: pain(2),
                work_steps_completed: 2,
                work_steps_total: 5,
                check_ins: Vec::new(),
                ended: if stopped {
                    SessionEnded::StoppedForPain
                } else {
                    SessionEnded::Completed
                },
                reason: stopped.then(|| "pain above 5".into()),
                stop_cause: stopped.then_some(StopCause::PainAboveLimit),
                end_check: None,
                stopped_during: None,
                left_out: Vec::new(),
                day: Some(at(day).utc_day()),
            })
        }
    }
}

fn calm_day(now: u8) -> Event {
    Event::Daily {
        now,
        exercise: None,
        settled: Settled::Yes,
        warning: false,
        emergency: false,
    }
}

/// The stories a plan goes through after its triage: moving on, returning,
/// a stopped session, a step back, a warning sign, an emergency sign, a
/// clearance.
fn scripts() -> Vec<Vec<Event>> {
    let calm = || vec![calm_day(2), calm_day(1)];
    let with = |tail: &[Event]| {
        let mut all = calm();
        all.extend_from_slice(tail);
        all
    };
    vec![
        Vec::new(),
        calm(),
        with(&[Event::Ticked]),
        with(&[Event::Ticked, Event::Completed]),
        with(&[Event::Ticked, Event::StoppedForPain]),
        with(&[Event::StoppedForPain]),
        with(&[calm_day(8)]),
        with(&[Event::Daily {
            now: 2,
            exercise: None,
            settled: Settled::Yes,
            warning: true,
            emergency: false,
        }]),
        with(&[Event::Daily {
            now: 2,
            exercise: None,
            settled: Settled::Yes,
            warning: false,
            emergency: true,
        }]),
        vec![Event::Cleared],
        vec![Event::Cleared, calm_day(1), calm_day(1), Event::Ticked],
        vec![Event::Cleared, Event::StoppedForPain],
    ]
}

/// The gate in the words, read from the plan rather than from the
/// code under test: exercise only when the plan rebuilds or returns, nothing
/// holds routines back, no warning stands, and the last result is not an
/// emergency; and only exercises of a routine the plan offers now, none
/// cautioned for the person's kind of pain.
fn exercise_allowed(plan: &RecoveryPlan) -> bool {
    let course = course::follow(plan);
    let Some(last) = plan.last_triage() else {
        return false;
    };
    matches!(course.phase, PhaseId::Rebuild | PhaseId::ReturnToTraining)
        && course.routines_paused.is_none()
        && !course.latest.as_ref().is_some_and(|v| {
            matches!(
                v.step,
                Step::GoToTriage | Step::GetEmergencyCare | Step::SeeProfessional
            )
        })
        && last.outcome.level != TriageLevel::Emergency
}

#[test]
fn no_reminder_ever_offers_exercise_against_the_plan_over_every_level_and_phase() {
    let today = at(40).utc_day();
    let mut seen: BTreeSet<(TriageLevel, PhaseId, bool)> = BTreeSet::new();
    let mut offered = 0;
    for (id, answers) in vignette_answers() {
        let outcome = triage::assess(&answers).unwrap();
        let level = outcome.level;
        let pain_kind = outcome.pain_kind.kind;
        for script in scripts() {
            let mut plan = RecoveryPlan::default();
            plan.record_triage(TriageRecord::new(at(0), answers.clone(), outcome.clone()));
            for (day, event) in script.iter().enumerate() {
                apply(&mut plan, day as i64 + 1, *event);
            }
            let phase = course::follow(&plan).phase;
            let allowed = exercise_allowed(&plan);
            seen.insert((level, phase, allowed));
            for kind in ReminderKind::ALL {
                let Some(reminder) = reminder(&plan, kind, today) else {
                    continue;
                };
                let what = format!("{id}, {script:?}, {kind:?}: {reminder:?}");
                assert!(
                    !reminder.title.is_empty() && !reminder.body.is_empty(),
                    "{what}"
                );
                match &reminder.routine {
                    Some(routine) => {
                        offered += 1;
                        assert!(allowed, "offers exercise against the plan: {what}");
                        assert_eq!(reminder.opens, Opens::Session, "{what}");
                        let offer = course::routine_offer(&plan, &course::follow(&plan));
                        assert!(
                            offer.routines.contains(routine),
                            "not a routine the plan offers: {what}"
                        );
                        for e in &routine.exercises {
                            assert!(e.caution_for(pain_kind).is_none(), "{what}");
                        }
                    }
                    None => {
                        assert_ne!(reminder.opens, Opens::Session, "{what}");
                        if allowed && kind == ReminderKind::Break {
                            // Allowed, yet no break routine: only when the
                            // person's pain rules out all of its exercises.
                            assert!(
                                course::routine_offer(&plan, &course::follow(&plan))
                                    .find(BREAK_ROUTINE)
                                    .is_none(),
                                "withholds an allowed break: {what}"
                            );
                        }
                    }
                }
                if level == TriageLevel::Emergency && phase == PhaseId::GetChecked {
                    assert!(reminder.title.contains("emergency"), "{what}");
                }
            }
        }
    }
    assert!(
        offered > 100,
        "the gate must also let allowed exercise through ({offered})"
    );
    // Every level, and each phase it can reach, was tried.
    let pairs: BTreeSet<(TriageLevel, PhaseId)> = seen.iter().map(|(l, p, _)| (*l, *p)).collect();
    for level in TriageLevel::ALL {
        assert!(
            pairs.iter().any(|(l, _)| *l == level),
            "{level:?} never tried"
        );
    }
    for pair in [
        (TriageLevel::Emergency, PhaseId::GetChecked),
        (TriageLevel::Urgent, PhaseId::GetChecked),
        (TriageLevel::Urgent, PhaseId::Rebuild),
        (TriageLevel::Soon, PhaseId::GetChecked),
        (TriageLevel::Soon, PhaseId::ReturnToTraining),
        (TriageLevel::Stop, PhaseId::FirstDays),
        (TriageLevel::Stop, PhaseId::Rebuild),
        (TriageLevel::Stop, PhaseId::ReturnToTraining),
        (TriageLevel::Modify, PhaseId::FirstDays),
        (TriageLevel::Modify, PhaseId::Rebuild),
        (TriageLevel::Continue, PhaseId::ReturnToTraining),
    ] {
        assert!(pairs.contains(&pair), "{pair:?} never reached");
    }
}

#[test]
fn a_stop_result_offers_no_exercise_and_says_what_the_plan_asks() {
    let plan = crate::test_support::plan_after(crate::test_support::calm_answers(8), at(0));
    assert_eq!(plan.last_triage().unwrap().outcome.level, TriageLevel::Stop);
    let today = at(0).utc_day();
    let brk = reminder(&plan, ReminderKind::Break, today).unwrap();
    assert!(brk.routine.is_none());
    assert!(brk.body.contains("training waits"), "{}", brk.body);
    assert!(brk.body.contains("first days"), "{}", brk.body);
    let routine = reminder(&plan, ReminderKind::Routine, today).unwrap();
    assert!(routine.routine.is_none());
    assert_eq!(routine.opens, Opens::Plan);
}

#[test]
fn a_calm_plan_offers_the_two_minute_break_and_the_day_s_check_in_once() {
    let mut plan = crate::test_support::plan_after(crate::test_support::calm_answers(1), at(0));
    let today: Day = at(1).utc_day();
    let brk = reminder(&plan, ReminderKind::Break, today).unwrap();
    assert_eq!(brk.opens, Opens::Session);
    assert_eq!(brk.routine.as_ref().unwrap().id, BREAK_ROUTINE);
    assert!(reminder(&plan, ReminderKind::CheckIn, today).is_some());
    apply(&mut plan, 1, calm_day(1));
    assert!(
        reminder(&plan, ReminderKind::CheckIn, today).is_none(),
        "already checked in today"
    );
    assert!(reminder(&plan, ReminderKind::Routine, today).is_some());
    // A movement break is not the day's routine.
    plan.sessions.push(SessionRecord {
        routine: BREAK_ROUTINE.into(),
        ..plan_session(1)
    });
    assert!(reminder(&plan, ReminderKind::Routine, today).is_some());
    apply(&mut plan, 1, Event::Completed);
    assert!(
        reminder(&plan, ReminderKind::Routine, today).is_none(),
        "a session is already done today"
    );
}

fn plan_session(day: i64) -> SessionRecord {
    let mut plan = RecoveryPlan::default();
    apply(&mut plan, day, Event::Completed);
    plan.sessions.remove(0)
}

#[test]
fn an_emergency_is_said_by_the_daily_reminders_and_not_every_break() {
    let mut answers = crate::test_support::calm_answers(1);
    answers["bladder_bowel"] = true.into();
    let plan = crate::test_support::plan_after(answers, at(0));
    assert_eq!(
        plan.last_triage().unwrap().outcome.level,
        TriageLevel::Emergency
    );
    let today = at(1).utc_day();
    assert!(reminder(&plan, ReminderKind::Break, today).is_none());
    for kind in [ReminderKind::CheckIn, ReminderKind::Routine] {
        let r = reminder(&plan, kind, today).unwrap();
        assert!(
            r.title.contains("emergency care") && r.routine.is_none(),
            "{r:?}"
        );
    }
}

#[test]
fn a_sciatica_break_is_a_walk_not_a_forward_fold() {
    let mut seen = 0;
    for (id, answers) in vignette_answers() {
        let outcome = triage::assess(&answers).unwrap();
        if outcome.pain_kind.kind != crate::pain::PainKind::Sciatica {
            continue;
        }
        let mut plan = RecoveryPlan::default();
        plan.record_triage(TriageRecord::new(at(0), answers, outcome));
        apply(&mut plan, 1, Event::Cleared);
        if let Some(r) = reminder(&plan, ReminderKind::Break, at(2).utc_day()) {
            seen += 1;
            assert!(r.routine.is_none(), "{id}: {r:?}");
        }
    }
    assert!(seen > 0, "no sciatica vignette was tried");
}

#[test]
fn without_a_triage_every_reminder_asks_for_one() {
    for kind in ReminderKind::ALL {
        let r = reminder(&RecoveryPlan::default(), kind, at(0).utc_day()).unwrap();
        assert_eq!(r.opens, Opens::Triage);
        assert!(r.routine.is_none());
    }
}
