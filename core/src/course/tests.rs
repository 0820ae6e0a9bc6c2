//! The course rules, one at a time, on plans built day by day.

use super::*;
use crate::exercise::{ExerciseId, Rung};
use crate::plan::{CheckInError, Clearance, Peg, Rating, ReturnCriteria};
use crate::plan::{EndCheck, SessionEnded, TriageRecord};
use crate::session::StopCause;
use crate::test_support::{calm_answers, plan_after};
use crate::triage::{Answers, PainScore};

const DAY: i64 = 86_400;
/// 2026-11-02T09:00:00Z, a Monday.
const START: i64 = 1_794_042_000;

/// A plan whose last triage was at START and gave the phase for that pain.
fn plan_after_triage(pain_during_exercise: u8) -> RecoveryPlan {
    plan_after(
        calm_answers(pain_during_exercise),
        Timestamp::from_unix_seconds(START),
    )
}

fn at(day: i64) -> Timestamp {
    Timestamp::from_unix_seconds(START + day * DAY + 3_600)
}

fn pain(value: u8) -> PainScore {
    PainScore::new(value).unwrap()
}

fn daily(day: i64, now: u8, exercise: Option<(u8, u8)>, settled: Settled) -> DailyCheckIn {
    crate::test_support::daily_check_in(at(day), now, exercise, settled)
}

fn weekly(day: i64, items: (i64, i64, i64)) -> WeeklyCheckIn {
    let r = |v| Rating::try_from(v).unwrap();
    WeeklyCheckIn {
        day: at(day).utc_day(),
        recorded_at: at(day),
        peg: Peg {
            pain: r(items.0),
            enjoyment: r(items.1),
            activity: r(items.2),
        },
        stiffness: None,
        activities: Vec::new(),
    }
}

const ALL_TICKED: ReturnCriteria = ReturnCriteria {
    daily_activities_pain_free: true,
    full_range_without_discomfort: true,
    no_painkillers_needed: true,
};

fn tick_all(plan: &mut RecoveryPlan, day: i64) {
    plan.record_return_checklist(ReturnChecklist {
        criteria: ALL_TICKED,
        updated_at: at(day),
    });
}

/// A calm triage, then all three return criteria ticked: the return to training.
fn returning() -> RecoveryPlan {
    let mut plan = plan_after_triage(1);
    tick_all(&mut plan, 0);
    assert_eq!(follow(&plan).phase, PhaseId::ReturnToTraining);
    plan
}

/// The phase changes, less the move into the return to training that
/// `returning()` starts with.
fn steps(course: &Course) -> Vec<(PhaseId, PhaseId)> {
    course
        .changes
        .iter()
        .map(|c| (c.from, c.to))
        .skip_while(|step| *step == (PhaseId::Rebuild, PhaseId::ReturnToTraining))
        .collect()
}

#[test]
fn without_check_ins_the_phase_is_the_triages() {
    assert_eq!(follow(&RecoveryPlan::default()).phase, PhaseId::Start);
    for (pain_during, phase) in [(4, PhaseId::Rebuild), (7, PhaseId::FirstDays)] {
        let course = follow(&plan_after_triage(pain_during));
        assert_eq!(course.phase, phase, "pain {pain_during}");
        assert!(course.changes.is_empty() && course.latest.is_none());
        assert!(course.why.starts_with("Your last check said"));
    }
}

#[test]
fn a_calm_result_waits_for_the_three_signs_of_being_ready_before_the_return() {
    let mut plan = plan_after_triage(1);
    let course = follow(&plan);
    assert_eq!(
        course.phase,
        PhaseId::Rebuild,
        "not straight back to training"
    );
    assert!(course.why.contains("three signs"), "{}", course.why);
    // Ticks from before the check do not count; ticks after it do.
    plan.record_return_checklist(ReturnChecklist {
        criteria: ALL_TICKED,
        updated_at: Timestamp::from_unix_seconds(START - DAY),
    });
    assert_eq!(follow(&plan).phase, PhaseId::Rebuild);
    tick_all(&mut plan, 1);
    assert_eq!(follow(&plan).phase, PhaseId::ReturnToTraining);
}

#[test]
fn the_first_days_end_after_48_hours_with_pain_at_five_or_below() {
    let mut plan = plan_after_triage(7);
    plan.record_daily(daily(1, 4, None, Settled::Yes));
    assert_eq!(
        follow(&plan).phase,
        PhaseId::FirstDays,
        "one day is too soon"
    );
    plan.record_daily(daily(2, 4, None, Settled::Yes));
    let course = follow(&plan);
    assert_eq!(course.phase, PhaseId::Rebuild);
    assert_eq!(course.latest.as_ref().unwrap().step, Step::MoveOn);
    assert!(course.why.contains("48 hours"));
}

#[test]
fn pain_above_five_now_during_or_after_exercise_steps_back() {
    for check_in in [
        daily(1, 6, None, Settled::Yes),
        daily(1, 2, Some((6, 2)), Settled::Yes),
        daily(1, 2, Some((4, 6)), Settled::Yes),
    ] {
        let mut plan = plan_after_triage(4);
        plan.record_daily(check_in.clone());
        let course = follow(&plan);
        assert_eq!(
            steps(&course),
            [(PhaseId::Rebuild, PhaseId::FirstDays)],
            "{check_in:?}"
        );
        assert_eq!(course.latest.unwrap().step, Step::StepBack);
    }
    // Exactly 5 is the edge of the acceptable zone: no step back.
    let mut plan = plan_after_triage(4);
    plan.record_daily(daily(1, 5, Some((5, 5)), Settled::Yes));
    assert_eq!(follow(&plan).phase, PhaseId::Rebuild);
}

#[test]
fn pain_not_settled_by_morning_holds_then_steps_back_on_the_second_morning() {
    let mut plan = returning();
    plan.record_daily(daily(1, 3, Some((4, 5)), Settled::No));
    let course = follow(&plan);
    assert_eq!(course.phase, PhaseId::ReturnToTraining);
    let verdict = course.latest.unwrap();
    assert_eq!(verdict.step, Step::Hold);
    // The same words as the triage's rule: do less next time, not "the same".
    assert!(
        verdict.message.contains(DO_LESS_NEXT_TIME),
        "{}",
        verdict.message
    );

    plan.record_daily(daily(2, 3, None, Settled::No));
    let course = follow(&plan);
    assert_eq!(
        steps(&course),
        [(PhaseId::ReturnToTraining, PhaseId::Rebuild)]
    );
    assert!(course.why.contains("two days running"));

    // A settled morning in between breaks the run.
    let mut plan = returning();
    plan.record_daily(daily(1, 3, None, Settled::No));
    plan.record_daily(daily(2, 2, None, Settled::Yes));
    plan.record_daily(daily(3, 3, None, Settled::No));
    assert_eq!(follow(&plan).phase, PhaseId::ReturnToTraining);
}

#[test]
fn a_weekly_score_that_rises_steps_back_and_two_rises_mean_seeing_a_professional() {
    let mut plan = returning();
    plan.record_weekly(weekly(1, (4, 4, 4)));
    assert_eq!(follow(&plan).latest.unwrap().step, Step::KeepGoing);
    // 4.0 to 4.7: under a point, not a rise.
    plan.record_weekly(weekly(8, (5, 5, 4)));
    assert_eq!(follow(&plan).phase, PhaseId::ReturnToTraining);
    // 4.7 to 5.7: a point up.
    plan.record_weekly(weekly(15, (6, 6, 5)));
    let course = follow(&plan);
    assert_eq!(
        steps(&course),
        [(PhaseId::ReturnToTraining, PhaseId::Rebuild)]
    );
    assert!(
        course
            .why
            .contains("rose from 4.7 out of 10 to 5.7 out of 10"),
        "{}",
        course.why
    );
    plan.record_weekly(weekly(22, (7, 7, 6)));
    let course = follow(&plan);
    assert_eq!(course.phase, PhaseId::GetChecked);
    assert_eq!(course.latest.unwrap().step, Step::SeeProfessional);
}

#[test]
fn pain_at_three_or_more_for_over_a_week_means_seeing_a_professional() {
    let mut plan = plan_after_triage(4);
    for day in 1..=8 {
        plan.record_daily(daily(day, 3, None, Settled::Yes));
    }
    assert_eq!(
        follow(&plan).phase,
        PhaseId::Rebuild,
        "a week exactly is not over a week"
    );
    plan.record_daily(daily(9, 4, None, Settled::Yes));
    let course = follow(&plan);
    assert_eq!(course.phase, PhaseId::GetChecked);
    assert!(course.why.contains("more than a week"));
    // Once sent for an examination, good days do not undo it: only a new triage does.
    plan.record_daily(daily(10, 0, None, Settled::Yes));
    assert_eq!(follow(&plan).phase, PhaseId::GetChecked);

    // A day in the safe zone breaks the run.
    let mut plan = plan_after_triage(4);
    for day in 1..=12 {
        plan.record_daily(daily(day, if day == 6 { 2 } else { 3 }, None, Settled::Yes));
    }
    assert_eq!(follow(&plan).phase, PhaseId::Rebuild);
}

#[test]
fn the_return_checklist_moves_the_rebuild_on_only_when_ticked_after_any_setback() {
    let mut plan = plan_after_triage(4);
    tick_all(&mut plan, 1);
    let course = follow(&plan);
    assert_eq!(
        course
            .changes
            .iter()
            .map(|c| (c.from, c.to))
            .collect::<Vec<_>>(),
        [(PhaseId::Rebuild, PhaseId::ReturnToTraining)]
    );
    assert!(course.return_criteria_met);

    // A setback after the ticks sends it back, and the ticks no longer count.
    plan.record_daily(daily(2, 7, None, Settled::Yes));
    let course = follow(&plan);
    assert_eq!(course.phase, PhaseId::Rebuild);
    assert!(!course.return_criteria_met && course.return_ticks_stale);
    let view = crate::progress::view(&plan, at(2));
    assert!(view.checklist.items.iter().all(|i| !i.ticked));

    // Ticked again: on to the return.
    tick_all(&mut plan, 3);
    assert_eq!(follow(&plan).phase, PhaseId::ReturnToTraining);

    // Two of three do not count.
    let mut plan = plan_after_triage(4);
    plan.record_return_checklist(ReturnChecklist {
        criteria: ReturnCriteria {
            no_painkillers_needed: false,
            ..ALL_TICKED
        },
        updated_at: at(1),
    });
    assert_eq!(follow(&plan).phase, PhaseId::Rebuild);

    // Ticks made before the latest triage belong to the previous episode.
    let mut plan = plan_after_triage(4);
    plan.record_return_checklist(ReturnChecklist {
        criteria: ALL_TICKED,
        updated_at: Timestamp::from_unix_seconds(START - DAY),
    });
    assert_eq!(follow(&plan).phase, PhaseId::Rebuild);
}

#[test]
fn a_warning_sign_sends_the_person_to_the_triage_whatever_else_they_said() {
    for phase_pain in [1, 4, 7] {
        for now in [0, 5, 10] {
            let mut plan = plan_after_triage(phase_pain);
            let mut check_in = daily(1, now, Some((now, now)), Settled::No);
            check_in.warning_sign = true;
            plan.record_daily(check_in);
            assert_eq!(follow(&plan).latest.unwrap().step, Step::GoToTriage);
        }
    }
}

#[test]
fn check_ins_before_the_last_triage_do_not_move_the_plan() {
    let mut plan = plan_after_triage(4);
    let mut early = daily(-1, 9, None, Settled::No);
    early.recorded_at = Timestamp::from_unix_seconds(START - 60);
    plan.record_daily(early);
    let course = follow(&plan);
    assert_eq!(course.phase, PhaseId::Rebuild);
    assert!(course.latest.is_none());
}

#[test]
fn a_second_check_in_on_the_same_day_replaces_the_first() {
    let mut plan = plan_after_triage(4);
    plan.record_daily(daily(3, 2, None, Settled::Yes));
    plan.record_daily(daily(1, 4, None, Settled::Yes));
    let mut corrected = daily(3, 7, None, Settled::Yes);
    corrected.recorded_at = Timestamp::from_unix_seconds(at(3).unix_seconds() + 60);
    plan.record_daily(corrected);
    let days: Vec<_> = plan
        .daily_check_ins
        .iter()
        .map(|c| (c.day, c.pain_now.value()))
        .collect();
    assert_eq!(days, [(at(1).utc_day(), 4), (at(3).utc_day(), 7)]);
}

#[test]
fn the_progress_view_reports_change_chart_and_what_is_due() {
    let mut plan = plan_after_triage(4);
    for (day, pain_now) in [(1, 6), (2, 5), (4, 4), (6, 3)] {
        plan.record_daily(daily(day, pain_now, None, Settled::Yes));
    }
    let view = crate::progress::view(&plan, at(6));
    let change = view.change_since_start.unwrap();
    assert_eq!(
        (change.first, change.latest, change.direction),
        (6, 3, Direction::Better)
    );
    assert!(change.message.contains("3 points lower") && change.message.contains("50% less"));
    assert_eq!(view.daily[0].pain_now.value(), 3, "latest first");
    assert!(view.weekly_due);
    assert_eq!(view.chart_svg.matches("<circle").count(), 4);
    assert!(
        view.chart_summary.contains("on 4 days")
            && view.chart_summary.contains("first 6, latest 3")
    );

    plan.record_weekly(weekly(6, (3, 3, 3)));
    assert!(!crate::progress::view(&plan, at(12)).weekly_due);
    assert!(crate::progress::view(&plan, at(13)).weekly_due);
}

#[test]
fn the_chart_is_well_formed_svg_with_the_three_zones() {
    let mut plan = plan_after_triage(4);
    let empty = crate::progress::chart::pain_chart(&plan.daily_check_ins);
    for day in 0..730 {
        plan.record_daily(daily(day, (day % 11) as u8, None, Settled::Yes));
    }
    for svg in [
        empty,
        crate::progress::chart::pain_chart(&plan.daily_check_ins),
    ] {
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        for zone in ["zone-safe", "zone-acceptable", "zone-high"] {
            assert_eq!(svg.matches(zone).count(), 1, "{zone}");
        }
        assert_eq!(svg.matches('<').count(), svg.matches('>').count());
        assert!(!svg.contains("<style") && !svg.contains("<script"));
    }
}

#[test]
fn a_warning_sign_stands_until_the_next_triage_whatever_is_recorded_after_it() {
    let mut plan = plan_after_triage(4);
    let mut warning = daily(1, 2, None, Settled::Yes);
    warning.warning_sign = true;
    plan.record_daily(warning);
    // Later good days, a weekly score and a full checklist: none of them
    // moves the plan on.
    tick_all(&mut plan, 2);
    plan.record_weekly(weekly(2, (1, 1, 1)));
    plan.record_daily(daily(2, 0, None, Settled::Yes));
    plan.record_daily(daily(3, 0, None, Settled::Yes));
    let course = follow(&plan);
    assert_eq!(course.latest.unwrap().step, Step::GoToTriage);
    assert_eq!(course.phase, PhaseId::Rebuild);
    assert!(course.changes.is_empty());
}

fn session(
    day: i64,
    ended: SessionEnded,
    cause: Option<StopCause>,
    end_check: Option<(u8, bool)>,
) -> SessionRecord {
    SessionRecord {
        routine: "gentle_mobility".into(),
        routine_name: "Gentle 10-minute mobility".into(),
        started_at: at(day),
        ended_at: Timestamp::from_unix_millis(at(day).unix_millis() + 600_000),
        start_pain: pain(2),
        work_steps_completed: 2,
        work_steps_total: 6,
        check_ins: Vec::new(),
        ended,
        reason: None,
        stop_cause: cause,
        end_check: end_check.map(|(p, spreading)| EndCheck {
            pain: pain(p),
            spreading_down_leg: spreading,
            leg_numbness: false,
        }),
        stopped_during: None,
        left_out: Vec::new(),
        day: None,
    }
}

#[test]
fn a_hold_counts_mornings_in_the_persons_own_calendar() {
    // Stopped for pain at 09:00 on their Tuesday in Sydney, which is still
    // Monday in UTC: a check-in that Tuesday evening is not a later morning.
    let mut plan = plan_after_triage(4);
    let mut stopped = session(
        1,
        SessionEnded::StoppedForPain,
        Some(StopCause::PainAboveLimit),
        None,
    );
    stopped.day = Some(at(2).utc_day());
    plan.sessions.push(stopped);
    plan.record_daily(daily(2, 1, None, Settled::Yes));
    assert!(
        routines_now(&plan).routines.is_empty(),
        "the same day in the person's calendar: still held"
    );
    plan.record_daily(daily(3, 1, None, Settled::Yes));
    assert!(
        !routines_now(&plan).routines.is_empty(),
        "the next morning lifts it"
    );
}

fn routines_now(plan: &RecoveryPlan) -> crate::routine::RoutineOffer {
    routine_offer(plan, &follow(plan))
}

#[test]
fn a_session_stopped_for_pain_holds_routines_until_a_later_morning_says_it_settled() {
    for (ended, cause, end_check) in [
        (
            SessionEnded::StoppedForPain,
            Some(StopCause::PainAboveLimit),
            None,
        ),
        (
            SessionEnded::StoppedForPain,
            Some(StopCause::PainRose),
            None,
        ),
        // Plans before version 4 did not say why.
        (SessionEnded::StoppedForPain, None, None),
        // Stopped by the person, who then said the pain was 7.
        (SessionEnded::StoppedByPerson, None, Some((7, false))),
    ] {
        let mut plan = plan_after_triage(4);
        assert!(!routines_now(&plan).routines.is_empty());
        plan.sessions.push(session(1, ended, cause, end_check));
        let course = follow(&plan);
        assert_eq!(
            course.latest.as_ref().unwrap().step,
            Step::Hold,
            "{ended:?}"
        );
        let offer = routines_now(&plan);
        assert!(
            offer.routines.is_empty(),
            "{ended:?}: the same routines must not be offered at once"
        );
        assert!(offer.note.unwrap().contains("settled"));
        // A check-in the same day does not lift it, and does not say "carry
        // on" while it holds; tomorrow's settled morning does.
        plan.record_daily(daily(1, 3, Some((4, 4)), Settled::NoPainYesterday));
        assert!(routines_now(&plan).routines.is_empty());
        let course = follow(&plan);
        assert_eq!(course.latest.unwrap().step, Step::Hold, "{ended:?}");
        assert!(
            course.why.contains("stopped because of pain"),
            "where the plan stands says the routines are held: {}",
            course.why
        );
        plan.record_daily(daily(2, 2, None, Settled::No));
        assert!(
            routines_now(&plan).routines.is_empty(),
            "not settled: still held"
        );
        plan.record_daily(daily(3, 1, None, Settled::Yes));
        let course = follow(&plan);
        assert!(course.routines_paused.is_none());
        assert!(course.latest.unwrap().message.contains("open again"));
        assert!(!routines_now(&plan).routines.is_empty());
    }
    // Pain after stopping is judged by the session's own rule, as if the
    // person had checked in just before: a rise of 2 since the start (here
    // from 2) holds the routines as a check-in would have; a rise of 1 is
    // pain after exercise, which may reach 5 if it settles by the morning;
    // above 5 stops the plan.
    let mut after_3 = plan_after_triage(4);
    let eased = session(1, SessionEnded::StoppedByPerson, None, Some((3, false)));
    let words = eased.after();
    assert!(
        words.message.contains("settled by tomorrow morning"),
        "{}",
        words.message
    );
    assert!(words.aftercare.iter().all(|s| !s.contains("heat")));
    after_3.sessions.push(eased);
    assert!(follow(&after_3).routines_paused.is_none());
    let mut after_4 = plan_after_triage(4);
    let risen = session(1, SessionEnded::StoppedByPerson, None, Some((4, false)));
    assert_eq!(risen.pain_stop(), Some(StopCause::PainRose));
    assert!(
        risen.after().message.contains("risen by 2 points"),
        "{}",
        risen.after().message
    );
    after_4.sessions.push(risen);
    assert!(follow(&after_4).routines_paused.is_some());
    let high = session(1, SessionEnded::StoppedByPerson, None, Some((7, false)));
    assert!(
        high.after().message.contains("7 out of 10, above 5"),
        "{}",
        high.after().message
    );
    let aftercare = high.after().aftercare;
    assert!(
        !aftercare.is_empty()
            && aftercare
                .iter()
                .all(|s| !s.starts_with("Stop exercising for today"))
    );
    // A session finished with a check-in in the range to watch says so,
    // as a stop would: it must settle by the morning. A calm one says well done.
    let mut watched = session(1, SessionEnded::Completed, None, None);
    let calm = watched.after().message;
    assert_eq!(calm, "Well done: you finished the routine.");
    watched.check_ins.push(crate::plan::CheckInEntry {
        exercise: "dead_bug".into(),
        pain: pain(5),
        spreading_down_leg: false,
        leg_numbness: false,
        warning_sign: false,
        action: crate::plan::CheckInAction::SwapGentler,
    });
    let words = watched.after().message;
    assert!(
        words.contains("rose to 5 out of 10 at its highest (from 2 at the start)"),
        "{words}"
    );
    assert!(words.contains("settled by tomorrow morning"), "{words}");
    watched.start_pain = pain(5);
    let words = watched.after().message;
    assert!(words.contains("no higher than when you started"), "{words}");
    // A session that left a cautioned exercise out says so at its end: the
    // heading says "complete", so the words must not say it was all done.
    watched.left_out = vec![crate::plan::LeftOutEntry {
        exercise: "hamstring_stretch".into(),
        name: "Hamstring stretch with a band".into(),
        hurt_at: Some(pain(5)),
        stopped: false,
    }];
    let words = watched.after().message;
    assert!(
        words.starts_with("You finished the routine, without Hamstring stretch with a band. Spinewise took Hamstring stretch with a band out when your pain reached 5 during it")
            && words.contains("do not do it again until you have spoken with your physiotherapist"),
        "{words}"
    );
    // Left out before it began: it comes again, nothing blamed.
    watched.left_out[0].hurt_at = None;
    let words = watched.after().message;
    assert!(
        words.contains("asks about it again next time") && !words.contains("do not do it again"),
        "{words}"
    );
    // Stopped during it: it hurt, whatever the score.
    watched.left_out[0].stopped = true;
    let words = watched.after().message;
    assert!(
        words.contains("The session stopped during Hamstring stretch with a band: it is usually left out for your kind of pain, so do not do it again"),
        "{words}"
    );
    // A completed session, or one stopped with calm pain, holds nothing.
    let mut plan = plan_after_triage(4);
    plan.sessions
        .push(session(1, SessionEnded::Completed, None, None));
    plan.sessions.push(session(
        2,
        SessionEnded::StoppedByPerson,
        None,
        Some((2, false)),
    ));
    assert!(follow(&plan).routines_paused.is_none());
}

#[test]
fn a_session_stopped_for_spreading_leg_symptoms_asks_for_a_new_check_not_rest() {
    for (ended, cause, end_check) in [
        (
            SessionEnded::StoppedForPain,
            Some(StopCause::SpreadingDownLeg),
            None,
        ),
        (SessionEnded::StoppedByPerson, None, Some((2, true))),
    ] {
        let mut plan = plan_after_triage(4);
        plan.sessions.push(session(1, ended, cause, end_check));
        // Whatever comes after, the plan waits for the new check.
        plan.record_daily(daily(2, 0, None, Settled::Yes));
        let course = follow(&plan);
        let verdict = course.latest.unwrap();
        assert_eq!(verdict.step, Step::GoToTriage);
        assert!(verdict.message.contains("nerve") && !verdict.message.contains("rest"));
        assert!(routines_now(&plan).routines.is_empty());
    }
}

#[test]
fn a_warning_sign_pauses_routines_until_the_next_check() {
    let mut plan = plan_after_triage(4);
    let mut warned = daily(1, 2, None, Settled::Yes);
    warned.warning_sign = true;
    plan.record_daily(warned);
    let offer = routines_now(&plan);
    assert!(offer.routines.is_empty());
    assert!(offer.note.unwrap().contains("warning sign"));
}

#[test]
fn an_emergency_sign_in_a_check_in_means_emergency_care() {
    let mut plan = plan_after_triage(4);
    let mut c = daily(1, 2, None, Settled::Yes);
    c.emergency_signs.chest_symptoms = true;
    plan.record_daily(c.clone());
    // Met only when the emergency triage it warrants was not recorded.
    assert_eq!(follow(&plan).latest.unwrap().step, Step::GetEmergencyCare);
    plan.record_triage(c.emergency_triage(&RecoveryPlan::default()).unwrap());
    let course = follow(&plan);
    assert_eq!(course.phase, PhaseId::GetChecked);
    assert!(course.why.contains("emergency care"));
    // Check-ins wait for a new check: nothing they say can move this plan.
    assert!(check_ins_wait(&plan, &course).is_some());
    assert!(check_ins_wait(&plan_after_triage(4), &follow(&plan_after_triage(4))).is_none());
    // A check-in the next day repeats the emergency, not "wait for an examination".
    plan.record_daily(daily(2, 3, None, Settled::Yes));
    let verdict = follow(&plan).latest.unwrap();
    assert_eq!(verdict.step, Step::GetEmergencyCare);
    assert!(
        verdict.message.contains("emergency number"),
        "{}",
        verdict.message
    );
}

#[test]
fn a_clearance_from_before_a_check_that_said_not_yet_examined_is_refused() {
    // The check (day 10) said the pain of three weeks had not been examined:
    // an examination on day 5 was not of it, though the pain had begun.
    let mut answers = calm_answers(2);
    answers["cancer_history"] = serde_json::json!(true);
    answers["band_like_pain"] = serde_json::json!(false);
    answers["duration"] = serde_json::json!("one_to_six_weeks");
    answers["lingered_next_morning"] = serde_json::json!(false);
    answers["rising_week_on_week"] = serde_json::json!(false);
    answers["already_checked"] = serde_json::json!(false);
    let plan = plan_after(answers, at(10));
    let err =
        Clearance::from_answers(clearance_answers(5), at(11), plan.last_triage()).unwrap_err();
    assert!(
        matches!(err, CheckInError::ExaminedBeforeTheCheck { .. }),
        "{err:?}"
    );
    Clearance::from_answers(clearance_answers(10), at(11), plan.last_triage()).unwrap();
}

#[test]
fn pain_creeping_up_slowly_from_week_to_week_is_caught() {
    // 0.8 a week: never a point above last week, but above the best week and
    // then two points above the start.
    let mut plan = returning();
    plan.record_weekly(weekly(1, (3, 3, 3)));
    plan.record_weekly(weekly(8, (4, 4, 3))); // 3.7
    assert_eq!(follow(&plan).latest.unwrap().step, Step::KeepGoing);
    plan.record_weekly(weekly(15, (5, 4, 4))); // 4.3: 1.3 above the best week
    let course = follow(&plan);
    assert_eq!(
        steps(&course),
        [(PhaseId::ReturnToTraining, PhaseId::Rebuild)]
    );
    assert!(course.why.contains("best week"), "{}", course.why);
    plan.record_weekly(weekly(22, (6, 5, 4))); // 5.0: two points above the start
    let course = follow(&plan);
    assert_eq!(course.phase, PhaseId::GetChecked);
    assert!(course.why.contains("when you started"), "{}", course.why);
}

#[test]
fn stiffness_that_builds_from_week_to_week_steps_back() {
    let mut plan = returning();
    let mut first = weekly(1, (3, 3, 3));
    first.stiffness = Some(Rating::try_from(2).unwrap());
    plan.record_weekly(first);
    let mut second = weekly(8, (3, 3, 3));
    second.stiffness = Some(Rating::try_from(4).unwrap());
    plan.record_weekly(second);
    let course = follow(&plan);
    assert_eq!(
        steps(&course),
        [(PhaseId::ReturnToTraining, PhaseId::Rebuild)]
    );
    assert!(course.why.contains("stiffness"), "{}", course.why);
}

#[test]
fn in_the_first_days_a_setback_holds_and_says_so_instead_of_claiming_a_step_back() {
    let mut plan = plan_after_triage(7);
    plan.record_daily(daily(1, 7, None, Settled::Yes));
    let course = follow(&plan);
    assert_eq!(course.phase, PhaseId::FirstDays);
    assert!(course.changes.is_empty());
    let verdict = course.latest.unwrap();
    assert_eq!(verdict.step, Step::Hold);
    assert!(
        !verdict.message.contains("gone back"),
        "{}",
        verdict.message
    );
    assert!(verdict.message.contains("gentlest"));
}

fn clearance_answers(day: i64) -> serde_json::Value {
    serde_json::json!({"confirmed": true, "examined_on": at(day).utc_day(), "examined_by": "Dr Okafor"})
}

fn plan_after_cancer_history(pain_during_exercise: u8) -> RecoveryPlan {
    let mut answers = calm_answers(pain_during_exercise);
    answers["cancer_history"] = serde_json::json!(true);
    answers["band_like_pain"] = serde_json::json!(false);
    plan_after(answers, Timestamp::from_unix_seconds(START))
}

#[test]
fn a_recorded_clearance_opens_gentle_routines_for_the_signs_seen_and_no_others() {
    let mut plan = plan_after_cancer_history(4);
    assert_eq!(follow(&plan).phase, PhaseId::GetChecked);
    assert!(routines_now(&plan).routines.is_empty());
    let clearance =
        Clearance::from_answers(clearance_answers(1), at(1), plan.last_triage()).unwrap();
    assert_eq!(clearance.cleared, ["cancer_history"]);
    plan.record_clearance(clearance);
    let course = follow(&plan);
    // The check's other finding (pain 4 out of 10) still sets the phase.
    assert_eq!(course.phase, PhaseId::Rebuild);
    assert!(course.why.contains("Dr Okafor"));
    assert!(!routines_now(&plan).routines.is_empty());
    let record_at = |plan: &mut RecoveryPlan, day: i64, doc: &serde_json::Value| {
        let answers = Answers::from_value(doc.clone()).unwrap();
        let outcome = crate::triage::assess(&answers).unwrap();
        plan.record_triage(TriageRecord::new(at(day), answers, outcome));
    };
    // A new check of the same episode (the pain began before the
    // examination) with the same sign stays cleared...
    let mut again = calm_answers(2);
    again["cancer_history"] = serde_json::json!(true);
    again["band_like_pain"] = serde_json::json!(false);
    again["duration"] = serde_json::json!("one_to_six_weeks");
    again["lingered_next_morning"] = serde_json::json!(false);
    again["rising_week_on_week"] = serde_json::json!(false);
    again["already_checked"] = serde_json::json!(true);
    record_at(&mut plan, 5, &again);
    assert!(plan.clearance().is_some());
    // ...but a new sign is not,
    let mut new_sign = again.clone();
    new_sign["pain_at_rest_or_night"] = serde_json::json!(true);
    record_at(&mut plan, 6, &new_sign);
    assert!(plan.clearance().is_none());
    assert_eq!(follow(&plan).phase, PhaseId::GetChecked);
    // ...nor a new episode: pain that began after the examination.
    let mut new_episode = calm_answers(2);
    new_episode["cancer_history"] = serde_json::json!(true);
    new_episode["band_like_pain"] = serde_json::json!(false);
    new_episode["duration"] = serde_json::json!("under_a_week");
    new_episode["lingered_next_morning"] = serde_json::json!(false);
    record_at(&mut plan, 40, &new_episode);
    assert!(
        plan.clearance().is_none(),
        "a new episode is checked afresh"
    );
    assert_eq!(follow(&plan).phase, PhaseId::GetChecked);
}

#[test]
fn a_clearance_is_never_given_by_accident_nor_for_an_emergency() {
    let plan = plan_after_cancer_history(2);
    let triage = plan.last_triage();
    let mut not_ticked = clearance_answers(1);
    not_ticked["confirmed"] = serde_json::json!(false);
    assert_eq!(
        Clearance::from_answers(not_ticked, at(1), triage).unwrap_err(),
        CheckInError::ClearanceNotConfirmed
    );
    let mut missing = clearance_answers(1);
    missing.as_object_mut().unwrap().remove("confirmed");
    assert!(Clearance::from_answers(missing, at(1), triage).is_err());
    assert!(matches!(
        Clearance::from_answers(clearance_answers(9), at(1), triage).unwrap_err(),
        CheckInError::ExaminedOnOutOfRange { .. }
    ));
    let mut long_name = clearance_answers(1);
    long_name["examined_by"] = serde_json::json!("x".repeat(81));
    assert_eq!(
        Clearance::from_answers(long_name, at(1), triage).unwrap_err(),
        CheckInError::BadExaminer
    );
    let emergency = plan_after(
        serde_json::json!({"bladder_bowel": true}),
        Timestamp::from_unix_seconds(START),
    );
    assert!(matches!(
        Clearance::from_answers(clearance_answers(1), at(1), emergency.last_triage()).unwrap_err(),
        CheckInError::NothingToClear { .. }
    ));
    let calm = plan_after_triage(1);
    assert!(Clearance::from_answers(clearance_answers(1), at(1), calm.last_triage()).is_err());
    assert!(Clearance::from_answers(clearance_answers(1), at(1), None).is_err());
}

#[test]
fn inflammatory_back_pain_books_an_appointment_but_keeps_routines_open() {
    // Examined or not: unexamined, "pain of over a week" comes with it and
    // asks for the same appointment, so it must not hide "keep moving".
    for examined in [true, false] {
        let mut answers = calm_answers(2);
        answers["duration"] = serde_json::json!("over_three_months");
        answers["lingered_next_morning"] = serde_json::json!(false);
        answers["rising_week_on_week"] = serde_json::json!(false);
        answers["already_checked"] = serde_json::json!(examined);
        answers["morning_stiffness"] = serde_json::json!(true);
        answers["better_with_movement"] = serde_json::json!(true);
        let plan = plan_after(answers, Timestamp::from_unix_seconds(START));
        let outcome = &plan.last_triage().unwrap().outcome;
        assert_eq!(outcome.level, TriageLevel::Soon);
        // The result says the same as the plan: keep moving, book within weeks,
        // never "pause your training".
        assert!(
            outcome.title.starts_with("Keep moving"),
            "examined {examined}: {}",
            outcome.title
        );
        assert_eq!(outcome.see_a_professional, "within a few weeks");
        assert!(
            outcome.next_steps.iter().all(|s| !s.contains("Pause")),
            "{:?}",
            outcome.next_steps
        );
        let course = follow(&plan);
        // Exercise is the treatment: the plan rebuilds while the appointment is awaited.
        assert_eq!(course.phase, PhaseId::Rebuild, "examined {examined}");
        assert!(course.why.contains("inflammatory"), "{}", course.why);
        assert!(!routines_now(&plan).routines.is_empty());
    }
}

#[test]
fn stiffness_rising_two_weeks_running_means_seeing_a_professional() {
    let mut plan = returning();
    for (day, stiffness) in [(1, 2), (8, 4), (15, 6)] {
        let mut w = weekly(day, (3, 3, 3));
        w.stiffness = Some(Rating::try_from(stiffness).unwrap());
        plan.record_weekly(w);
    }
    let course = follow(&plan);
    assert_eq!(course.phase, PhaseId::GetChecked);
    assert!(course.why.contains("two weeks running"), "{}", course.why);
}

#[test]
fn a_clearance_from_an_examination_before_the_pain_began_is_refused() {
    // The check (day 0) says the pain began today: an examination four
    // months before did not see it.
    let plan = plan_after_cancer_history(2);
    let err =
        Clearance::from_answers(clearance_answers(-120), at(1), plan.last_triage()).unwrap_err();
    assert!(
        matches!(err, CheckInError::ExaminedBeforeThePain { .. }),
        "{err:?}"
    );
    assert!(err.to_string().contains("before this pain began"), "{err}");
    // The day of the check itself, or the day before it (a time zone away), is fine.
    for day in [0, -1] {
        Clearance::from_answers(clearance_answers(day), at(1), plan.last_triage())
            .unwrap_or_else(|e| panic!("day {day}: {e}"));
    }
}

/// A daily check-in on `day` that reports other warning signs.
fn daily_with_signs(day: i64, signs: LaterSigns) -> DailyCheckIn {
    DailyCheckIn {
        warning_sign: true,
        other_signs: signs,
        ..daily(day, 2, None, Settled::Yes)
    }
}

#[test]
fn after_cancer_a_new_nerve_sign_in_a_check_in_is_an_emergency_not_a_new_questionnaire() {
    // NICE NG234: past cancer and a new nerve sign is discussed with the
    // cancer team at once; the plan must not wait for a full new triage.
    let mut plan = plan_after_cancer_history(2);
    plan.record_clearance(
        Clearance::from_answers(clearance_answers(0), at(1), plan.last_triage()).unwrap(),
    );
    assert_eq!(follow(&plan).phase, PhaseId::Rebuild);
    let check_in = daily_with_signs(
        3,
        LaterSigns {
            leg_numbness: true,
            ..Default::default()
        },
    );
    let triage = check_in
        .emergency_triage(&plan)
        .expect("an emergency with the past cancer");
    assert_eq!(triage.outcome.level, TriageLevel::Emergency);
    assert!(triage
        .outcome
        .reasons
        .iter()
        .any(|r| r.rule == "cancer_with_nerve_sign"));
    assert!(triage.completed_at > check_in.recorded_at);
    plan.record_daily(check_in);
    plan.record_triage(triage);
    assert_eq!(follow(&plan).phase, PhaseId::GetChecked);
    // Without the cancer the same sign is a new check, and the verdict says
    // how soon at the least.
    let mut calm = plan_after_triage(2);
    let check_in = daily_with_signs(
        1,
        LaterSigns {
            leg_pain: true,
            ..Default::default()
        },
    );
    assert!(check_in.emergency_triage(&calm).is_none());
    calm.record_daily(check_in);
    let verdict = follow(&calm).latest.unwrap();
    assert_eq!(verdict.step, Step::GoToTriage);
    assert!(
        verdict.message.contains("within a few days at the least"),
        "{}",
        verdict.message
    );
}

/// A plan whose calm check at START reported a fever (and so a band question).
fn plan_after_fever() -> RecoveryPlan {
    let mut answers = calm_answers(2);
    answers["fever_or_unwell"] = serde_json::json!(true);
    answers["band_like_pain"] = serde_json::json!(false);
    plan_after(answers, Timestamp::from_unix_seconds(START))
}

fn signs(change: impl FnOnce(&mut LaterSigns)) -> LaterSigns {
    let mut signs = LaterSigns::default();
    change(&mut signs);
    signs
}

#[test]
fn signs_reported_on_different_days_since_the_check_are_judged_together() {
    // A spinal abscess: a fever on Wednesday, numbness on Friday. Each on
    // its own sends the person back to the check; together they are an
    // emergency, and the person may not have answered the check in between.
    let mut plan = plan_after_triage(2);
    let fever = daily_with_signs(3, signs(|s| s.fever = true));
    assert!(fever.emergency_triage(&plan).is_none());
    plan.record_daily(fever);
    let numb = daily_with_signs(5, signs(|s| s.leg_numbness = true));
    let triage = numb
        .emergency_triage(&plan)
        .expect("a fever and then a nerve sign");
    assert!(
        triage
            .outcome
            .reasons
            .iter()
            .any(|r| r.rule == "infection_with_nerve_sign"),
        "{:?}",
        triage.outcome.reasons
    );
    // The same day answered again, ticking only what is new since the
    // morning: the morning's fever still counts.
    let evening = DailyCheckIn {
        recorded_at: Timestamp::from_unix_millis(at(3).unix_millis() + 3_600_000),
        ..daily_with_signs(3, signs(|s| s.leg_numbness = true))
    };
    assert!(evening.emergency_triage(&plan).is_some());
    // A new check in between asks about a fever today only: one within
    // FEVER_COUNTS_FOR_DAYS still counts. Other signs before it were asked
    // again there, and start afresh.
    let calm = plan_after_triage(2).last_triage().unwrap().clone();
    let mut checked_again = plan.clone();
    checked_again.record_triage(TriageRecord {
        completed_at: at(4),
        ..calm.clone()
    });
    assert!(numb.emergency_triage(&checked_again).is_some());
    let mut leg_then_checked = plan_after_triage(2);
    leg_then_checked.record_daily(daily_with_signs(3, signs(|s| s.leg_pain = true)));
    leg_then_checked.record_triage(TriageRecord {
        completed_at: at(4),
        ..calm
    });
    let band = daily_with_signs(5, signs(|s| s.band_like_pain = true));
    assert!(band.emergency_triage(&leg_then_checked).is_none());
}

#[test]
fn an_old_fever_counts_as_a_raised_risk_of_infection_in_every_judgement() {
    // Within FEVER_COUNTS_FOR_DAYS a nerve sign with the check's fever is an
    // emergency; after it the fever is a recent infection: pain down a leg
    // needs a doctor within a day or two, numbness is still an emergency.
    let plan = plan_after_fever();
    let leg = signs(|s| s.leg_pain = true);
    let numb = signs(|s| s.leg_numbness = true);
    assert!(daily_with_signs(5, leg).emergency_triage(&plan).is_some());
    let late = crate::plan::FEVER_COUNTS_FOR_DAYS + 6;
    assert!(daily_with_signs(late, leg)
        .emergency_triage(&plan)
        .is_none());
    assert!(daily_with_signs(late, numb)
        .emergency_triage(&plan)
        .is_some());
    // The plan's words say the same as the escalation: urgent at the least.
    let mut waiting = plan.clone();
    waiting.record_daily(daily_with_signs(late, leg));
    let verdict = follow(&waiting).latest.unwrap();
    assert_eq!(verdict.step, Step::GoToTriage);
    assert!(
        verdict
            .message
            .contains("a doctor within a day or two at the least"),
        "{}",
        verdict.message
    );
    // A fever from an old check-in counts the same way.
    let mut plan = plan_after_triage(2);
    plan.record_daily(daily_with_signs(1, signs(|s| s.fever = true)));
    assert!(daily_with_signs(late, leg)
        .emergency_triage(&plan)
        .is_none());
    assert!(daily_with_signs(late, numb)
        .emergency_triage(&plan)
        .is_some());
}

/// A completed session on `day` with one check-in per exercise at these pains.
fn session_of(day: i64, done: &[(ExerciseId, u8)]) -> SessionRecord {
    SessionRecord {
        check_ins: done
            .iter()
            .map(|&(id, p)| crate::plan::CheckInEntry {
                exercise: id.to_string(),
                pain: pain(p),
                spreading_down_leg: false,
                leg_numbness: false,
                warning_sign: false,
                action: crate::plan::CheckInAction::Continue,
            })
            .collect(),
        ..session(day, SessionEnded::Completed, None, None)
    }
}

fn ladder_of(plan: &RecoveryPlan) -> Ladder {
    ladder::follow(plan, &follow(plan))
}

fn rung_now(plan: &RecoveryPlan, id: ExerciseId) -> Rung {
    ladder_of(plan).rung_of(id)
}

#[test]
fn an_easy_check_in_after_the_session_was_eased_earns_no_rung() {
    // The dead bug at 3 made the rest of each session a step easier: the
    // glute bridge ran as a small bridge, so its 1s say nothing of the
    // standard bridge, and no rung is offered.
    let bridge = ExerciseId::GluteBridge;
    let mut plan = returning();
    plan.sessions
        .push(session_of(1, &[(ExerciseId::DeadBug, 3), (bridge, 1)]));
    plan.record_daily(daily(2, 0, None, Settled::Yes));
    plan.sessions
        .push(session_of(2, &[(ExerciseId::DeadBug, 3), (bridge, 1)]));
    plan.record_daily(daily(3, 0, None, Settled::Yes));
    assert!(ladder_of(&plan).offer(bridge, Rung::Harder).is_err());
    // Done before the easing, the same 1s do count.
    let mut plan = returning();
    plan.sessions
        .push(session_of(1, &[(bridge, 1), (ExerciseId::DeadBug, 3)]));
    plan.record_daily(daily(2, 0, None, Settled::Yes));
    plan.sessions
        .push(session_of(2, &[(bridge, 1), (ExerciseId::DeadBug, 3)]));
    plan.record_daily(daily(3, 0, None, Settled::Yes));
    assert!(ladder_of(&plan).offer(bridge, Rung::Harder).is_ok());
}

#[test]
fn two_easy_sessions_settled_by_the_next_morning_offer_the_next_rung() {
    let bridge = ExerciseId::GluteBridge;
    let mut plan = returning();
    plan.sessions.push(session_of(1, &[(bridge, 1)]));
    plan.record_daily(daily(2, 0, None, Settled::Yes));
    assert!(
        ladder_of(&plan).offers.is_empty(),
        "one easy session is not two"
    );
    plan.sessions.push(session_of(2, &[(bridge, 2)]));
    // Until the next morning says it settled, the second does not count.
    assert!(ladder_of(&plan).offers.is_empty());
    plan.record_daily(daily(3, 0, None, Settled::NoPainYesterday));
    let ladder = ladder_of(&plan);
    let offer = ladder.offer(bridge, Rung::Harder).expect("an offer");
    assert_eq!(offer.from.rung, Rung::Standard);
    assert!(
        offer.why.starts_with("Two easy sessions of Glute bridge")
            && offer
                .why
                .ends_with("ready for Glute bridge, more repetitions?"),
        "{}",
        offer.why
    );
    // Accepted: the rung moves, and the session runs its dose.
    ladder::decide(
        &mut plan,
        RungAnswer {
            exercise: bridge,
            to: Rung::Harder,
            accepted: true,
        },
        at(3),
    )
    .unwrap();
    assert_eq!(rung_now(&plan, bridge), Rung::Harder);
    assert!(ladder_of(&plan).offers.is_empty(), "the offer is answered");
    // The same answer again is stale: refused, and nothing is recorded.
    let before = plan.clone();
    let stale = ladder::decide(
        &mut plan,
        RungAnswer {
            exercise: bridge,
            to: Rung::Harder,
            accepted: true,
        },
        at(3),
    );
    assert!(matches!(stale, Err(LadderError::NoOffer { .. })));
    assert_eq!(plan, before);
}

#[test]
fn the_acceptable_zone_holds_the_rung_and_a_decline_waits_for_two_more() {
    let plank = ExerciseId::ModifiedPlank;
    let mut plan = returning();
    for (day, p) in [(1, 1), (2, 4), (3, 2)] {
        plan.sessions.push(session_of(day, &[(plank, p)]));
        plan.record_daily(daily(day + 1, 0, None, Settled::Yes));
    }
    // Easy, acceptable (3-5: holds, and the count starts again), easy.
    assert!(ladder_of(&plan).offers.is_empty());
    plan.sessions.push(session_of(4, &[(plank, 0)]));
    plan.record_daily(daily(5, 0, None, Settled::Yes));
    assert_eq!(ladder_of(&plan).offers.len(), 1);
    ladder::decide(
        &mut plan,
        RungAnswer {
            exercise: plank,
            to: Rung::Harder,
            accepted: false,
        },
        at(5),
    )
    .unwrap();
    assert_eq!(rung_now(&plan, plank), Rung::Standard, "declined: it stays");
    assert!(ladder_of(&plan).offers.is_empty());
    for day in [6, 7] {
        plan.sessions.push(session_of(day, &[(plank, 1)]));
        plan.record_daily(daily(day + 1, 0, None, Settled::Yes));
    }
    assert_eq!(
        ladder_of(&plan).offers.len(),
        1,
        "offered again after two more"
    );
}

#[test]
fn pain_unsettled_next_morning_or_a_stop_for_pain_steps_back_at_once() {
    let (bridge, dog) = (ExerciseId::GluteBridge, ExerciseId::BirdDog);
    let mut plan = plan_after_triage(1);
    assert_eq!(follow(&plan).phase, PhaseId::Rebuild);
    plan.sessions.push(session_of(1, &[(bridge, 2), (dog, 2)]));
    plan.record_daily(daily(2, 4, None, Settled::No));
    // Every exercise of that session goes back one rung, and says why.
    let ladder = ladder_of(&plan);
    assert_eq!(ladder.rung_of(bridge), Rung::Easier);
    assert_eq!(ladder.rung_of(dog), Rung::Easier);
    let why = ladder.standings[0].why.as_deref().unwrap();
    assert!(why.contains("had not settled by the next morning"), "{why}");
    // In the rebuild the way back up is to the standard rung, not beyond.
    for day in [3, 4] {
        plan.sessions.push(session_of(day, &[(bridge, 1)]));
        plan.record_daily(daily(day + 1, 0, None, Settled::Yes));
    }
    let ladder = ladder_of(&plan);
    assert_eq!(
        ladder.offer(bridge, Rung::Standard).unwrap().to.name,
        "Glute bridge"
    );
    assert!(
        ladder.offer(dog, Rung::Standard).is_err(),
        "no easy sessions of it"
    );
    // A stop for pain steps back the exercise under way at the stop only.
    let mut stopped = session_of(6, &[(dog, 2), (bridge, 6)]);
    stopped.ended = SessionEnded::StoppedForPain;
    stopped.stop_cause = Some(StopCause::PainAboveLimit);
    plan.sessions.push(stopped);
    let ladder = ladder_of(&plan);
    assert_eq!(
        ladder.rung_of(bridge),
        Rung::Easier,
        "already the easiest: it stays"
    );
    assert!(
        ladder.offers.is_empty(),
        "the stop ends the run of easy sessions"
    );
    assert_eq!(ladder.rung_of(dog), Rung::Easier);
}

#[test]
fn no_rung_is_offered_while_the_plan_waits_or_in_the_first_days() {
    let bridge = ExerciseId::GluteBridge;
    for plan in [plan_after_triage(7), plan_after_cancer_history(1)] {
        let mut plan = plan;
        for day in [1, 2, 3] {
            plan.sessions.push(session_of(day, &[(bridge, 1)]));
            plan.record_daily(daily(day + 1, 0, None, Settled::Yes));
        }
        assert!(
            ladder_of(&plan).offers.is_empty(),
            "{:?}",
            follow(&plan).phase
        );
    }
}

#[test]
fn an_emergency_from_a_check_in_keeps_what_the_last_check_knew() {
    // Past cancer at the check; chest symptoms in Monday's check-in give the
    // emergency result, which becomes the last triage. Numbness on Tuesday
    // is still a nerve sign after cancer: an emergency, not "a few days".
    let mut plan = plan_after_cancer_history(2);
    let chest = DailyCheckIn {
        emergency_signs: crate::session::WarningSigns {
            chest_symptoms: true,
            ..Default::default()
        },
        ..daily(1, 2, None, Settled::Yes)
    };
    let emergency = chest.emergency_triage(&plan).expect("chest symptoms");
    assert_eq!(emergency.outcome.level, TriageLevel::Emergency);
    assert_eq!(
        emergency.answers.current().unwrap().cancer_history,
        Some(true),
        "the result keeps the cancer"
    );
    plan.record_daily(chest);
    plan.record_triage(emergency);
    let numb = daily_with_signs(2, signs(|s| s.leg_numbness = true));
    let triage = numb
        .emergency_triage(&plan)
        .expect("a nerve sign after cancer");
    assert!(triage
        .outcome
        .reasons
        .iter()
        .any(|r| r.rule == "cancer_with_nerve_sign"));
}

#[test]
fn numbness_in_a_session_check_in_is_judged_as_numbness_with_what_the_check_knew() {
    // Diabetes at the check: pain spreading down a leg needs a doctor soon;
    // numbness is a nerve losing function, with diabetes an emergency.
    let mut answers = calm_answers(2);
    answers["diabetes"] = serde_json::json!(true);
    let plan = plan_after(answers, Timestamp::from_unix_seconds(START));
    let mut numb = session_of(1, &[(ExerciseId::BirdDog, 2)]);
    numb.check_ins[0].leg_numbness = true;
    numb.check_ins[0].action = crate::plan::CheckInAction::StopSession;
    numb.ended = SessionEnded::StoppedForPain;
    numb.stop_cause = Some(StopCause::SpreadingDownLeg);
    assert!(numb.later_signs().leg_numbness);
    let triage = plan
        .escalation(numb.later_signs(), numb.ended_at)
        .expect("numbness with diabetes");
    assert!(triage
        .outcome
        .reasons
        .iter()
        .any(|r| r.rule == "diabetes_with_nerve_deficit"));
    let mut pain_only = numb.clone();
    pain_only.check_ins[0].leg_numbness = false;
    assert!(plan
        .escalation(pain_only.later_signs(), pain_only.ended_at)
        .is_none());
}

#[test]
fn long_standing_pain_already_examined_is_not_sent_back_for_lasting_a_week() {
    // Pain for over three months, examined, nothing new since: a week at 3
    // or 4 is what the examination saw. The same week after a new, unexamined
    // pain still means seeing someone (the test above).
    let mut answers = calm_answers(4);
    answers["duration"] = serde_json::json!("over_three_months");
    answers["lingered_next_morning"] = serde_json::json!(false);
    answers["rising_week_on_week"] = serde_json::json!(false);
    answers["already_checked"] = serde_json::json!(true);
    answers["morning_stiffness"] = serde_json::json!(false);
    answers["better_with_movement"] = serde_json::json!(false);
    let mut plan = plan_after(answers, Timestamp::from_unix_seconds(START));
    let before = follow(&plan).phase;
    for day in 1..=9 {
        plan.record_daily(daily(day, 4, None, Settled::Yes));
    }
    assert_eq!(follow(&plan).phase, before);
    // Above 5 still eases off, examined or not.
    plan.record_daily(daily(10, 7, None, Settled::No));
    assert_ne!(follow(&plan).latest.unwrap().step, Step::KeepGoing);
}

#[test]
fn no_rung_is_offered_while_the_routines_wait_for_a_new_check() {
    // Two easy, settled sessions earn an offer; a warning sign in the next
    // morning's check-in holds the routines, and the offer with them.
    let bridge = ExerciseId::GluteBridge;
    let mut plan = returning();
    for day in [1, 2] {
        plan.sessions.push(session_of(day, &[(bridge, 1)]));
        plan.record_daily(daily(day + 1, 0, None, Settled::Yes));
    }
    assert_eq!(ladder_of(&plan).offers.len(), 1);
    plan.record_daily(daily_with_signs(4, signs(|s| s.night_or_rest_pain = true)));
    assert!(follow(&plan).routines_paused.is_some());
    assert!(ladder_of(&plan).offers.is_empty());
}

#[test]
fn a_fever_before_a_new_check_still_counts_as_a_recent_infection_after_14_days() {
    // A fever in a check-in on day 1; the new check the app asks for, on
    // day 2, finds no fever today. Numbness on day 21 is still numbness
    // after a recent infection: an emergency.
    let mut plan = plan_after_triage(2);
    plan.record_daily(daily_with_signs(1, signs(|s| s.fever = true)));
    let calm = plan.last_triage().unwrap().clone();
    plan.record_triage(TriageRecord {
        completed_at: at(2),
        ..calm
    });
    let numb = daily_with_signs(21, signs(|s| s.leg_numbness = true));
    assert!(numb.emergency_triage(&plan).is_some());
}

fn own_routine(name: &str, items: &[(ExerciseId, bool)]) -> crate::own_routine::OwnRoutine {
    crate::own_routine::OwnRoutine {
        name: name.into(),
        from: Some("Physio Jo".into()),
        items: items
            .iter()
            .map(|&(exercise, prescribed)| crate::own_routine::OwnItem {
                exercise: exercise.into(),
                dose: match crate::exercise::exercise(exercise).dose {
                    crate::exercise::Dose::Reps { .. } => crate::exercise::Dose::Reps {
                        reps: 6,
                        seconds_per_rep: 5,
                        sets: 2,
                        rest_seconds: 10,
                    },
                    _ => crate::exercise::Dose::Hold {
                        seconds: 15,
                        sets: 2,
                        rest_seconds: 10,
                    },
                },
                prescribed,
                note: None,
            })
            .collect(),
        checked_for: None,
    }
}

#[test]
fn own_routines_run_only_where_the_plan_allows_training_and_at_their_own_doses() {
    // Pain 4 during exercise: modify, the rebuild. Own routines run.
    let mut plan = plan_after_triage(4);
    assert_eq!(follow(&plan).phase, PhaseId::Rebuild);
    plan.save_own_routine(own_routine("Jo's", &[(ExerciseId::BirdDog, false)]), None)
        .unwrap();
    let offer = routines_now(&plan);
    assert_eq!(offer.own.len(), 1);
    assert_eq!(offer.own[0].waits, None);
    let (routine, items) = offer.to_run("own:Jo's").expect("runs in the rebuild");
    assert_eq!(routine.name, "Jo's");
    assert_eq!(
        items.unwrap().iter().map(|i| i.dose).collect::<Vec<_>>(),
        [crate::exercise::Dose::Reps {
            reps: 6,
            seconds_per_rep: 5,
            sets: 2,
            rest_seconds: 10
        }]
    );

    // Pain 7: stop training, the first days. Only gentle mobility; own
    // routines wait and cannot be started.
    let mut stopped = plan_after_triage(7);
    assert_eq!(follow(&stopped).phase, PhaseId::FirstDays);
    stopped.own_routines = plan.own_routines.clone();
    let offer = routines_now(&stopped);
    assert!(!offer.routines.is_empty(), "gentle mobility is offered");
    assert!(offer.own[0]
        .waits
        .as_deref()
        .unwrap()
        .contains("stop training"));
    assert!(offer.to_run("own:Jo's").is_none());

    // A warning sign pauses every routine, own ones too.
    plan.record_daily(DailyCheckIn {
        warning_sign: true,
        ..daily(1, 1, None, Settled::Yes)
    });
    let offer = routines_now(&plan);
    assert!(offer.routines.is_empty());
    assert!(offer.own[0].waits.is_some());
    assert!(offer.to_run("own:Jo's").is_none());
}

#[test]
fn an_own_routine_waits_when_a_new_check_finds_a_kind_of_pain_its_exercise_is_cautioned_for() {
    let mut plan = plan_after_triage(4);
    // Fine for muscular pain, kept without a prescription.
    plan.save_own_routine(
        own_routine("Stretches", &[(ExerciseId::HamstringStretch, false)]),
        None,
    )
    .unwrap();
    assert_eq!(routines_now(&plan).own[0].waits, None);
    // A check that found nerve pain down the leg: the stretch is cautioned.
    plan.triage_history[0].outcome.pain_kind.kind = crate::pain::PainKind::Sciatica;
    let offer = routines_now(&plan);
    let waits = offer.own[0].waits.as_deref().expect("it waits");
    assert!(waits.contains("prescribed"), "{waits}");
    assert!(offer.own[0].items[0].caution.is_some());
    assert!(offer.to_run("own:Stretches").is_none());
}

#[test]
fn numbness_said_after_stopping_a_session_is_a_nerve_sign_like_one_said_during_it() {
    // A fever at the check, weeks ago: now a recent infection. Pain down a
    // leg then needs a doctor within a day or two; numbness is an emergency
    // (a possible spinal abscess). The person presses Stop because a foot
    // went numb, and says so in the check after stopping.
    let plan = plan_after_fever();
    let day = crate::plan::FEVER_COUNTS_FOR_DAYS + 6;
    let end = |spreading: bool, numb: bool| {
        let mut s = session(
            day,
            SessionEnded::StoppedByPerson,
            None,
            Some((3, spreading)),
        );
        s.end_check.as_mut().unwrap().leg_numbness = numb;
        s
    };
    let quiet = end(false, false);
    assert!(plan.escalation(quiet.later_signs(), at(day)).is_none());
    assert!(
        plan.escalation(end(true, false).later_signs(), at(day))
            .is_none(),
        "leg pain with a past fever is urgent, not an emergency"
    );
    let numb = end(false, true);
    let escalated = plan
        .escalation(numb.later_signs(), at(day))
        .expect("numbness with a recent infection is an emergency");
    assert_eq!(escalated.outcome.level, TriageLevel::Emergency);
    // And the end screen does not call the stop "fine": it asks for a new check.
    assert_eq!(numb.pain_stop(), Some(StopCause::SpreadingDownLeg));
    assert!(numb.after().check_again);
}

#[test]
fn a_prescription_despite_a_caution_holds_for_the_kind_of_pain_it_was_given_for() {
    // Ticked while the kind of pain was unclear (every caution counts then)...
    let mut plan = plan_after_triage(4);
    plan.triage_history[0].outcome.pain_kind.kind = crate::pain::PainKind::Unclear;
    plan.save_own_routine(
        own_routine("Stretches", &[(ExerciseId::HamstringStretch, true)]),
        None,
    )
    .unwrap();
    assert_eq!(routines_now(&plan).own[0].waits, None);
    // ...then a check finds nerve pain down the leg, for which the stretch
    // carries its own caution: the routine waits for a new look, and the
    // builder shows the tick cleared so the person answers it again.
    plan.triage_history[0].outcome.pain_kind.kind = crate::pain::PainKind::Sciatica;
    let offer = routines_now(&plan);
    let waits = offer.own[0].waits.as_deref().expect("it waits");
    assert!(waits.contains("kept for another kind"), "{waits}");
    assert!(!offer.own[0].routine.items[0].prescribed);
    assert!(offer.clone().to_run("own:Stretches").is_none());
    // Looked at again and ticked for this kind: it runs.
    let mut again = offer.own[0].routine.clone();
    again.items[0].prescribed = true;
    plan.save_own_routine(again, Some("Stretches")).unwrap();
    assert!(routines_now(&plan).to_run("own:Stretches").is_some());
}

#[test]
fn an_own_routine_earns_no_rung_but_its_setbacks_step_the_exercise_back() {
    let bridge = ExerciseId::GluteBridge;
    let own = |day| SessionRecord {
        routine: "own:Jo's".into(),
        routine_name: "Jo's".into(),
        ..session_of(day, &[(bridge, 1)])
    };
    let mut plan = returning();
    plan.sessions.push(own(1));
    plan.record_daily(daily(2, 0, None, Settled::Yes));
    plan.sessions.push(own(2));
    plan.record_daily(daily(3, 0, None, Settled::Yes));
    assert!(
        ladder_of(&plan).offers.is_empty(),
        "its own doses are not the ladder's"
    );
    // A morning that had not settled after it steps the bridge back, so the
    // routine's own dose eases next time.
    plan.sessions.push(own(3));
    plan.record_daily(daily(4, 3, None, Settled::No));
    assert_eq!(rung_now(&plan, bridge), Rung::Easier);
}

#[test]
fn a_setback_falls_on_the_exercise_under_way_and_easy_sessions_of_any_routine_answer_it() {
    let (bridge, dog) = (ExerciseId::GluteBridge, ExerciseId::BirdDog);
    let mut plan = returning();
    // Stopped for pain during the bird-dog, whose check-in never came; the
    // bridge before it was easy.
    let mut stopped = session_of(1, &[(bridge, 1)]);
    stopped.ended = SessionEnded::StoppedForPain;
    stopped.stop_cause = Some(StopCause::PainAboveLimit);
    stopped.stopped_during = Some(dog.to_string());
    plan.sessions.push(stopped);
    let ladder = ladder_of(&plan);
    assert!(ladder.setback(dog), "the exercise under way steps back");
    assert!(!ladder.setback(bridge));
    assert_eq!(rung_now(&plan, bridge), Rung::Standard);
    // Two easy sessions of the person's own routine, each settled by the
    // next morning, answer the setback; they earn no rung.
    let own = |day| SessionRecord {
        routine: "own:Jo's".into(),
        routine_name: "Jo's".into(),
        ..session_of(day, &[(dog, 1)])
    };
    plan.record_daily(daily(2, 1, None, Settled::Yes));
    plan.sessions.push(own(3));
    plan.record_daily(daily(4, 0, None, Settled::Yes));
    assert!(ladder_of(&plan).setback(dog), "one easy session is not two");
    plan.sessions.push(own(5));
    plan.record_daily(daily(6, 0, None, Settled::Yes));
    let ladder = ladder_of(&plan);
    assert!(!ladder.setback(dog));
    assert_eq!(ladder.rung_of(dog), Rung::Easier, "no rung earned");
    assert!(ladder.offers.is_empty());
}

#[test]
fn an_exercise_that_hurt_is_recalled_in_each_session_of_its_routine_until_done_calmly() {
    use crate::plan::{CheckInAction, CheckInEntry, LeftOutEntry};
    let mut plan = plan_after_triage(4);
    let hurt = |mut s: SessionRecord, hurt_at: Option<u8>| {
        s.left_out = vec![LeftOutEntry {
            exercise: "cat_cow".into(),
            name: "Cat-cow".into(),
            hurt_at: hurt_at.map(pain),
            stopped: false,
        }];
        s
    };
    let calm = |mut s: SessionRecord| {
        s.check_ins = vec![CheckInEntry {
            exercise: "cat_cow".into(),
            pain: pain(1),
            spreading_down_leg: false,
            leg_numbness: false,
            warning_sign: false,
            action: CheckInAction::Continue,
        }];
        s
    };
    let routine = "gentle_mobility";
    plan.sessions.push(hurt(
        session(1, SessionEnded::Completed, None, None),
        Some(4),
    ));
    assert_eq!(plan.hurt_in_routine(routine), ["cat_cow"]);
    // Left out again by choice, or stopped before it: still recalled.
    plan.sessions
        .push(hurt(session(2, SessionEnded::Completed, None, None), None));
    plan.sessions
        .push(session(3, SessionEnded::StoppedByPerson, None, None));
    assert_eq!(plan.hurt_in_routine(routine), ["cat_cow"]);
    // Another routine's sessions say nothing of this one.
    assert!(plan.hurt_in_routine("core_stability").is_empty());
    // Done calmly since: no longer recalled.
    plan.sessions
        .push(calm(session(4, SessionEnded::Completed, None, None)));
    assert!(plan.hurt_in_routine(routine).is_empty());
    // Left out before it began (no hurt): nothing to recall.
    plan.sessions
        .push(hurt(session(5, SessionEnded::Completed, None, None), None));
    assert!(plan.hurt_in_routine(routine).is_empty());
    // Under way when a check-in, or the check after the person stopped,
    // stopped the session for pain: it hurt.
    for (ended, cause, end_check) in [
        (
            SessionEnded::StoppedForPain,
            Some(StopCause::PainRose),
            None,
        ),
        (SessionEnded::StoppedByPerson, None, Some((7, false))),
    ] {
        let mut stopped = session(6, ended, cause, end_check);
        stopped.stopped_during = Some("own-1".into());
        let mut plan = plan.clone();
        plan.sessions.push(stopped);
        assert_eq!(plan.hurt_in_routine(routine), ["own-1"], "{ended:?}");
    }
    // Stopped calmly by the person: nothing.
    let mut calm_stop = session(6, SessionEnded::StoppedByPerson, None, Some((1, false)));
    calm_stop.stopped_during = Some("own-1".into());
    plan.sessions.push(calm_stop);
    assert!(plan.hurt_in_routine(routine).is_empty());
}
