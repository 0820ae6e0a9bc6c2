//! What the Progress screen shows: the course, the change since the start,
//! the pain chart, the history and what is due. A view: it decides nothing
//! (the course does) and nothing in the core below it imports it.

pub mod aim;
pub mod chart;
pub mod wording;

use serde::Serialize;

use crate::course::{self, follow, ChangeSinceStart, Course};
use crate::plan::{ActivityScore, DailyCheckIn, RETURN_CRITERIA};
use crate::plan::{RecoveryPlan, SessionRecord};
use crate::time::{Day, Timestamp};
use ts_rs::TS;

/// How many rows of history the progress screen lists; the chart shows all.
const RECENT: usize = 30;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct WeeklyRow {
    pub day: Day,
    pub peg_score: String,
    pub peg_score_tenths: u16,
    pub activities: Vec<ActivityScore>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct SessionRow {
    #[serde(flatten)]
    pub record: SessionRecord,
    pub how_it_ended: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ChecklistItem {
    pub id: &'static str,
    pub label: &'static str,
    pub ticked: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ChecklistView {
    pub items: Vec<ChecklistItem>,
    pub met: bool,
    pub message: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ProgressView {
    pub course: Course,
    pub change_since_start: Option<ChangeSinceStart>,
    pub chart_svg: String,
    pub chart_summary: String,
    /// Latest first.
    pub daily: Vec<DailyCheckIn>,
    pub daily_total: usize,
    /// Latest first.
    pub weekly: Vec<WeeklyRow>,
    /// Latest first.
    pub sessions: Vec<SessionRow>,
    pub sessions_total: usize,
    pub checklist: ChecklistView,
    /// No weekly score in the last seven days.
    pub weekly_due: bool,
    /// Why the check-ins wait (after an emergency result), if they do.
    pub check_ins_wait: Option<&'static str>,
    /// The activities last scored, to score again.
    pub last_activities: Vec<String>,
    /// Sessions and breaks each week, against the weekly aim.
    pub aim: aim::WeeklyAim,
    pub wording: wording::CheckInWording,
}

fn checklist_view(plan: &RecoveryPlan, course: &Course) -> ChecklistView {
    let c = plan.return_criteria();
    let stale = course.return_ticks_stale;
    let ticks = [
        c.daily_activities_pain_free,
        c.full_range_without_discomfort,
        c.no_painkillers_needed,
    ];
    ChecklistView {
        items: RETURN_CRITERIA
            .iter()
            .zip(ticks)
            .map(|(&(id, label), ticked)| ChecklistItem {
                id,
                label,
                ticked: ticked && !stale,
            })
            .collect(),
        met: course.return_criteria_met,
        message: if course.return_criteria_met {
            "All three are true: you are ready to bring your usual training back, a little at a time."
        } else if stale && c.all_met() {
            "Your ticks were made before your latest setback or check, so they no longer count. Tick each one again when it is true again."
        } else {
            "Tick each one when it is true for you. When all three are, your plan moves on to the return to training."
        },
    }
}

pub fn view(plan: &RecoveryPlan, now: Timestamp) -> ProgressView {
    let course = follow(plan);
    let latest_first = |n: usize| plan.daily_check_ins.iter().rev().take(n).cloned().collect();
    ProgressView {
        check_ins_wait: course::check_ins_wait(plan, &course),
        change_since_start: course::change::since_start(&plan.daily_check_ins),
        chart_svg: chart::pain_chart(&plan.daily_check_ins),
        chart_summary: chart::describe(&plan.daily_check_ins),
        daily: latest_first(RECENT),
        daily_total: plan.daily_check_ins.len(),
        weekly: plan
            .weekly_check_ins
            .iter()
            .rev()
            .take(RECENT)
            .map(|w| WeeklyRow {
                day: w.day,
                peg_score: course::tenths(w.peg.score_tenths()),
                peg_score_tenths: w.peg.score_tenths(),
                activities: w.activities.clone(),
            })
            .collect(),
        sessions: plan
            .sessions
            .iter()
            .rev()
            .take(RECENT)
            .map(|record| SessionRow {
                how_it_ended: record.how_it_ended(),
                record: record.clone(),
            })
            .collect(),
        sessions_total: plan.sessions.len(),
        checklist: checklist_view(plan, &course),
        weekly_due: plan
            .weekly_check_ins
            .last()
            .is_none_or(|w| w.day.days_until(now.utc_day()) >= 7),
        last_activities: plan
            .weekly_check_ins
            .last()
            .map(|w| w.activities.iter().map(|a| a.name.clone()).collect())
            .unwrap_or_default(),
        wording: wording::WORDING,
        aim: aim::weekly_aim(plan, now.utc_day()),
        course,
    }
}
