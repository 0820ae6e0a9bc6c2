//! The plan's raw history as CSV, one file per kind (daily check-ins,
//! sessions, weekly scores), for people and clinicians who want their own
//! charts. RFC 4180: comma-separated, CRLF line ends, fields quoted when
//! they hold a comma, a quote or a line break.
//!
//! A spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` as a
//! formula, and the activity names are the person's own typing: such a
//! cell is written with a leading apostrophe, so it stays text.

use crate::plan::{DailyCheckIn, RecoveryPlan, SessionRecord, Settled, WeeklyCheckIn};
use crate::session::WARNING_SIGNS;
use crate::triage::LATER_SIGNS;

/// One CSV file: its name (without the extension) and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CsvFile {
    pub name: &'static str,
    pub text: String,
}

/// Every CSV file of the plan, in the order a person would open them.
pub fn history(plan: &RecoveryPlan) -> Vec<CsvFile> {
    vec![
        CsvFile {
            name: "check-ins",
            text: table(
                &[
                    "day",
                    "recorded_at",
                    "pain_now",
                    "pain_during_exercise",
                    "pain_after_exercise",
                    "settled_by_morning",
                    "signs_that_need_care_today",
                    "other_warning_signs",
                ],
                plan.daily_check_ins.iter().map(daily_row),
            ),
        },
        CsvFile {
            name: "sessions",
            text: table(
                &[
                    "day",
                    "started_at",
                    "ended_at",
                    "routine",
                    "start_pain",
                    "highest_pain_at_a_check_in",
                    "sets_done",
                    "sets_in_routine",
                    "how_it_ended",
                    "pain_after_stopping",
                ],
                plan.sessions.iter().map(session_row),
            ),
        },
        CsvFile {
            name: "weekly-scores",
            text: table(
                &[
                    "day",
                    "recorded_at",
                    "peg_pain",
                    "peg_enjoyment",
                    "peg_activity",
                    "peg_score",
                    "stiffness",
                    "own_activities",
                ],
                plan.weekly_check_ins.iter().map(weekly_row),
            ),
        },
    ]
}

fn daily_row(c: &DailyCheckIn) -> Vec<String> {
    let emergency = WARNING_SIGNS
        .iter()
        .filter(|s| {
            serde_json::to_value(c.emergency_signs)
                .ok()
                .and_then(|v| v.get(s.id).and_then(serde_json::Value::as_bool))
                .unwrap_or(false)
        })
        .map(|s| s.id)
        .collect::<Vec<_>>()
        .join("; ");
    let other = LATER_SIGNS
        .iter()
        .filter(|s| c.other_signs.is_ticked(s.id))
        .map(|s| s.id)
        .collect::<Vec<_>>();
    // Plans before version 7 say only that there was another sign.
    let other = if other.is_empty() && c.warning_sign {
        "a warning sign (not named)".to_owned()
    } else {
        other.join("; ")
    };
    vec![
        c.day.to_string(),
        c.recorded_at.to_string(),
        c.pain_now.value().to_string(),
        c.exercise
            .map_or(String::new(), |e| e.during.value().to_string()),
        c.exercise
            .map_or(String::new(), |e| e.after.value().to_string()),
        match c.settled {
            Settled::Yes => "yes",
            Settled::No => "no",
            Settled::NoPainYesterday => "no pain the day before",
        }
        .to_owned(),
        emergency,
        other,
    ]
}

fn session_row(s: &SessionRecord) -> Vec<String> {
    let highest = s.check_ins.iter().map(|c| c.pain.value()).max();
    vec![
        s.local_day().to_string(),
        s.started_at.to_string(),
        s.ended_at.to_string(),
        s.routine_name.clone(),
        s.start_pain.value().to_string(),
        highest.map_or(String::new(), |p| p.to_string()),
        s.work_steps_completed.to_string(),
        s.work_steps_total.to_string(),
        s.how_it_ended(),
        s.end_check
            .map_or(String::new(), |c| c.pain.value().to_string()),
    ]
}

fn weekly_row(w: &WeeklyCheckIn) -> Vec<String> {
    let tenths = w.peg.score_tenths();
    vec![
        w.day.to_string(),
        w.recorded_at.to_string(),
        w.peg.pain.value().to_string(),
        w.peg.enjoyment.value().to_string(),
        w.peg.activity.value().to_string(),
        format!("{}.{}", tenths / 10, tenths % 10),
        w.stiffness.map_or(String::new(), |s| s.value().to_string()),
        w.activities
            .iter()
            .map(|a| format!("{}: {}", a.name, a.score.value()))
            .collect::<Vec<_>>()
            .join("; "),
    ]
}

fn table(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = String::new();
    line(&mut out, header.iter().map(|h| (*h).to_owned()));
    for row in rows {
        line(&mut out, row.into_iter());
    }
    out
}

fn line(out: &mut String, fields: impl Iterator<Item = String>) {
    let fields: Vec<String> = fields.map(|f| cell(&f)).collect();
    out.push_str(&fields.join(","));
    out.push_str("\r\n");
}

/// One field: kept as text by a spreadsheet, quoted where CSV needs it.
fn cell(field: &str) -> String {
    let field = if field.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{field}")
    } else {
        field.to_owned()
    };
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{ActivityScore, Peg, Rating};
    use crate::test_support::{calm_answers, daily_check_in, plan_after};
    use crate::time::Timestamp;

    fn rating(v: i64) -> Rating {
        Rating::try_from(v).unwrap()
    }

    #[test]
    fn each_kind_of_record_is_one_file_with_a_header_and_a_row_each() {
        let at = Timestamp::from_unix_seconds(1_794_042_000);
        let mut plan = plan_after(calm_answers(2), at);
        plan.record_daily(daily_check_in(at, 3, Some((4, 2)), Settled::Yes));
        plan.record_weekly(WeeklyCheckIn {
            day: at.utc_day(),
            recorded_at: at,
            peg: Peg {
                pain: rating(4),
                enjoyment: rating(3),
                activity: rating(5),
            },
            stiffness: Some(rating(2)),
            activities: vec![
                ActivityScore {
                    name: "=HYPERLINK(\"x\")".into(),
                    score: rating(2),
                },
                ActivityScore {
                    name: "Gardening, \"heavy\" bits".into(),
                    score: rating(6),
                },
            ],
        });
        let files = history(&plan);
        let names: Vec<_> = files.iter().map(|f| f.name).collect();
        assert_eq!(names, ["check-ins", "sessions", "weekly-scores"]);
        let daily: Vec<&str> = files[0].text.split("\r\n").collect();
        assert_eq!(
            daily[1],
            format!("{},{at},3,4,2,yes,,", at.utc_day()),
            "{daily:?}"
        );
        assert_eq!(
            files[1].text.split("\r\n").count(),
            2,
            "a header and no session"
        );
        let weekly = files[2].text.split("\r\n").nth(1).unwrap().to_owned();
        assert!(weekly.contains(",4,3,5,4.0,2,"), "{weekly}");
        // A cell that would start a formula stays text; a comma or quote
        // in a name is quoted.
        assert!(
            weekly.ends_with(r#""'=HYPERLINK(""x""): 2; Gardening, ""heavy"" bits: 6""#),
            "{weekly}"
        );
    }

    #[test]
    fn a_cell_is_quoted_only_where_csv_needs_it_and_never_runs_as_a_formula() {
        assert_eq!(cell("plain"), "plain");
        assert_eq!(cell("a,b"), "\"a,b\"");
        assert_eq!(cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(cell("two\nlines"), "\"two\nlines\"");
        for formula in ["=1+1", "+1", "-1", "@SUM(A1)"] {
            assert!(cell(formula).starts_with('\''), "{formula}");
        }
    }
}
