//! Keeping count, kindly: sessions done each week against the weekly aim the
//! person set, and movement breaks beside them. Weeks, not a streak: a missed
//! day costs nothing, and a week is never called a failure. While the plan
//! holds routines back, the aim waits rather than asking for sessions.

use serde::Serialize;
use ts_rs::TS;

use crate::course;
use crate::plan::{RecoveryPlan, SessionEnded};
use crate::reminders::BREAK_ROUTINE;
use crate::time::Day;

/// How many weeks the count shows, this one included.
pub const WEEKS_SHOWN: usize = 4;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct WeekCount {
    /// The week's Monday.
    pub starts: Day,
    /// Sessions done to the end that week (breaks not counted).
    pub sessions: u32,
    /// Movement breaks done to the end that week.
    pub breaks: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct WeeklyAim {
    /// Sessions a week.
    pub target: Option<u8>,
    /// This week first.
    pub weeks: Vec<WeekCount>,
    /// This week in a sentence.
    pub summary: String,
}

fn counted(count: u32, one: &str, many: &str) -> String {
    match count {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

pub fn weekly_aim(plan: &RecoveryPlan, today: Day) -> WeeklyAim {
    let this_week = today.week_start();
    let done_in = |starts: Day, breaks: bool| {
        let count = plan
            .sessions
            .iter()
            .filter(|s| s.ended == SessionEnded::Completed)
            .filter(|s| (s.routine == BREAK_ROUTINE) == breaks)
            .filter(|s| s.local_day().week_start() == starts)
            .count();
        u32::try_from(count).unwrap_or(u32::MAX)
    };
    // Weeks from before the person started are not shown as empty ones.
    let first_week = plan
        .triage_history
        .first()
        .map(|t| t.completed_at.utc_day())
        .into_iter()
        .chain(plan.sessions.first().map(|s| s.local_day()))
        .min()
        .map_or(this_week, Day::week_start);
    let weeks: Vec<WeekCount> = (0..WEEKS_SHOWN as i64)
        .take_while(|back| back == &0 || this_week.plus_days(-7 * back) >= first_week)
        .map(|back| {
            let starts = this_week.plus_days(-7 * back);
            WeekCount {
                starts,
                sessions: done_in(starts, false),
                breaks: done_in(starts, true),
            }
        })
        .collect();
    let (sessions, breaks) = (weeks[0].sessions, weeks[0].breaks);
    let breaks_text = counted(breaks, "movement break", "movement breaks");
    let target = plan.settings.reminders.weekly_target;
    let held = course::routine_offer(plan, &course::follow(plan))
        .routines
        .is_empty();
    let summary = match target {
        Some(_) if held && plan.last_triage().is_some() => format!(
            "This week: {} and {breaks_text}. Your plan holds routines back for now, so your weekly aim waits.",
            counted(sessions, "session", "sessions")
        ),
        Some(aim) if sessions >= u32::from(aim) => format!(
            "This week: {} and {breaks_text}, your aim of {aim} reached.",
            counted(sessions, "session", "sessions")
        ),
        Some(aim) => format!(
            "This week: {sessions} of the {} you aim for, and {breaks_text}.",
            counted(u32::from(aim), "session", "sessions")
        ),
        None => format!(
            "This week: {} and {breaks_text}. You can set a weekly aim in Settings.",
            counted(sessions, "session", "sessions")
        ),
    };
    WeeklyAim {
        target,
        weeks,
        summary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::SessionRecord;
    use crate::time::Timestamp;
    use crate::triage::PainScore;

    fn session_on(day: &str, routine: &str) -> SessionRecord {
        let day = Day::parse(day).unwrap();
        let at = Timestamp::parse(&format!("{day}T12:00:00Z")).unwrap();
        SessionRecord {
            routine: routine.into(),
            routine_name: routine.into(),
            started_at: at,
            ended_at: at,
            start_pain: PainScore::new(1).unwrap(),
            work_steps_completed: 2,
            work_steps_total: 2,
            check_ins: Vec::new(),
            ended: SessionEnded::Completed,
            reason: None,
            stop_cause: None,
            end_check: None,
            stopped_during: None,
            left_out: Vec::new(),
            day: Some(day),
        }
    }

    #[test]
    fn weeks_run_monday_to_sunday_on_the_person_s_calendar() {
        // 2026-11-25 is a Wednesday.
        let wednesday = Day::parse("2026-11-25").unwrap();
        assert_eq!(wednesday.week_start().to_string(), "2026-11-23");
        assert_eq!(
            Day::parse("2026-11-23").unwrap().week_start().to_string(),
            "2026-11-23"
        );
        assert_eq!(
            Day::parse("2026-11-29").unwrap().week_start().to_string(),
            "2026-11-23"
        );
    }

    #[test]
    fn counts_each_week_against_the_aim_without_a_streak() {
        let mut plan = crate::test_support::plan_after(
            crate::test_support::calm_answers(1),
            Timestamp::parse("2026-10-20T09:00:00Z").unwrap(),
        );
        for day in [
            "2026-11-23",
            "2026-11-24",
            "2026-11-16",
            "2026-11-02",
            "2026-10-26",
        ] {
            plan.sessions.push(session_on(day, "core_stability"));
        }
        plan.sessions.push(session_on("2026-11-24", BREAK_ROUTINE));
        let mut stopped = session_on("2026-11-25", "core_stability");
        stopped.ended = SessionEnded::StoppedByPerson;
        plan.sessions.push(stopped);
        let today = Day::parse("2026-11-25").unwrap();
        let aim = weekly_aim(&plan, today);
        let counts: Vec<(u32, u32)> = aim.weeks.iter().map(|w| (w.sessions, w.breaks)).collect();
        // This week (the stopped one not counted), last week, the week
        // before (none: nothing is said of it), three weeks ago.
        assert_eq!(counts, [(2, 1), (1, 0), (0, 0), (1, 0)]);
        // A person who started last week sees two weeks, not four.
        let mut newcomer = crate::test_support::plan_after(
            crate::test_support::calm_answers(1),
            Timestamp::parse("2026-11-18T09:00:00Z").unwrap(),
        );
        newcomer
            .sessions
            .push(session_on("2026-11-24", "core_stability"));
        assert_eq!(weekly_aim(&newcomer, today).weeks.len(), 2);
        assert_eq!(
            aim.summary,
            "This week: 2 sessions and 1 movement break. You can set a weekly aim in Settings."
        );
        plan.settings.reminders.weekly_target = Some(3);
        assert_eq!(
            weekly_aim(&plan, today).summary,
            "This week: 2 of the 3 sessions you aim for, and 1 movement break."
        );
        plan.settings.reminders.weekly_target = Some(2);
        assert_eq!(
            weekly_aim(&plan, today).summary,
            "This week: 2 sessions and 1 movement break, your aim of 2 reached."
        );
    }

    #[test]
    fn the_aim_waits_while_the_plan_holds_routines_back() {
        let mut answers = crate::test_support::calm_answers(1);
        answers["bladder_bowel"] = true.into();
        let mut plan = crate::test_support::plan_after(
            answers,
            Timestamp::parse("2026-11-24T09:00:00Z").unwrap(),
        );
        plan.settings.reminders.weekly_target = Some(3);
        let summary = weekly_aim(&plan, Day::parse("2026-11-25").unwrap()).summary;
        assert!(summary.contains("your weekly aim waits"), "{summary}");
        assert!(!summary.contains("of the 3"), "{summary}");
    }
}
