//! Keeping count, kindly: sessions and movement breaks done each week against
//! the weekly aim the person set. Weeks, not a streak: a missed day costs
//! nothing, and a week is never called a failure.

use serde::Serialize;
use ts_rs::TS;

use crate::plan::RecoveryPlan;
use crate::time::Day;

/// How many weeks the count shows, this one included.
pub const WEEKS_SHOWN: usize = 4;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct WeekCount {
    /// The week's Monday.
    pub starts: Day,
    /// Sessions and breaks recorded that week, however they ended.
    pub done: u32,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct WeeklyAim {
    pub target: Option<u8>,
    /// This week first.
    pub weeks: Vec<WeekCount>,
    /// This week in a sentence.
    pub summary: String,
}

fn sessions(count: u32) -> String {
    match count {
        1 => "1 session or break".to_owned(),
        n => format!("{n} sessions and breaks"),
    }
}

pub fn weekly_aim(plan: &RecoveryPlan, today: Day) -> WeeklyAim {
    let this_week = today.week_start();
    let weeks: Vec<WeekCount> = (0..WEEKS_SHOWN as i64)
        .map(|back| {
            let starts = this_week.plus_days(-7 * back);
            let done = plan
                .sessions
                .iter()
                .filter(|s| s.local_day().week_start() == starts)
                .count();
            WeekCount {
                starts,
                done: u32::try_from(done).unwrap_or(u32::MAX),
            }
        })
        .collect();
    let done = weeks[0].done;
    let target = plan.settings.reminders.weekly_target;
    let summary = match target {
        Some(aim) if done >= u32::from(aim) => {
            format!("This week: {}, your aim of {aim} reached.", sessions(done))
        }
        Some(aim) => format!(
            "This week: {done} of the {} you aim for.",
            sessions(u32::from(aim))
        ),
        None => format!(
            "This week: {}. You can set a weekly aim in Settings.",
            sessions(done)
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
    use crate::plan::{SessionEnded, SessionRecord};
    use crate::time::Timestamp;
    use crate::triage::PainScore;

    fn session_on(day: &str) -> SessionRecord {
        let day = Day::parse(day).unwrap();
        let at = Timestamp::parse(&format!("{day}T12:00:00Z")).unwrap();
        SessionRecord {
            routine: "two_minute_reset".into(),
            routine_name: "Two-minute mobility break".into(),
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
        let mut plan = RecoveryPlan::default();
        for day in [
            "2026-11-23",
            "2026-11-24",
            "2026-11-16",
            "2026-11-02",
            "2026-10-26",
        ] {
            plan.sessions.push(session_on(day));
        }
        let today = Day::parse("2026-11-25").unwrap();
        let aim = weekly_aim(&plan, today);
        let counts: Vec<u32> = aim.weeks.iter().map(|w| w.done).collect();
        // This week, last week, the week before (none: nothing is said of it), three weeks ago.
        assert_eq!(counts, [2, 1, 0, 1]);
        assert_eq!(
            aim.summary,
            "This week: 2 sessions and breaks. You can set a weekly aim in Settings."
        );
        plan.settings.reminders.weekly_target = Some(3);
        assert_eq!(
            weekly_aim(&plan, today).summary,
            "This week: 2 of the 3 sessions and breaks you aim for."
        );
        plan.settings.reminders.weekly_target = Some(2);
        assert_eq!(
            weekly_aim(&plan, today).summary,
            "This week: 2 sessions and breaks, your aim of 2 reached."
        );
        plan.settings.reminders.weekly_target = Some(1);
        plan.sessions.clear();
        assert_eq!(
            weekly_aim(&plan, today).summary,
            "This week: 0 of the 1 session or break you aim for."
        );
    }
}
