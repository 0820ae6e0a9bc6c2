//! A summary written for a physiotherapist or doctor: one standalone HTML
//! document, plain and dated, for the period the person chooses. It holds
//! the last check's answers (every red-flag question, yes and no), the pain
//! chart with its zones, the weekly scores, the sessions done and how they
//! ended, what moved the plan, and where it stands now. The window saves it,
//! and `spinewise-cli summary-html PLAN` writes it.

use maud::{html, Markup, PreEscaped, DOCTYPE};
use serde_json::Value;

use crate::course::{self, ladder, PhaseId};
use crate::exercise::{exercise, Exercise, Rung};
use crate::level::NOT_A_DIAGNOSIS;
use crate::own_routine::ItemExercise;
use crate::plan::{RecoveryPlan, SessionRecord, TriageRecord};
use crate::print::Paper;
use crate::progress::chart;
use crate::time::{Day, Timestamp};
use crate::triage::{AnswerKind, Question, QUESTIONS};

/// The stretch of time the summary covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Period {
    /// The last so many days, today included.
    Days(u32),
    Everything,
}

impl Period {
    /// "30", "90" or "all"; any whole number of days from 1 to 3660.
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim() {
            "all" => Some(Period::Everything),
            days => days
                .parse::<u32>()
                .ok()
                .filter(|d| (1..=3660).contains(d))
                .map(Period::Days),
        }
    }

    fn first_day(self, today: Day) -> Option<Day> {
        match self {
            Period::Days(days) => Some(today.plus_days(1 - i64::from(days))),
            Period::Everything => None,
        }
    }
}

const STYLE: &str = "
  * { box-sizing: border-box; }
  body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 9pt; line-height: 1.35; color: #111; margin: 0; }
  h1 { font-size: 16pt; margin: 0 0 1mm; }
  h2 { font-size: 11.5pt; margin: 5mm 0 1.5mm; border-bottom: 1pt solid #1f6f64; padding-bottom: 0.5mm; break-after: avoid; page-break-after: avoid; }
  .meta { color: #444; margin: 0 0 2mm; }
  table { border-collapse: collapse; width: 100%; margin: 1mm 0 2mm; }
  th, td { text-align: left; vertical-align: top; padding: 0.4mm 1.5mm; border-bottom: 0.5pt solid #ccc; }
  th { font-weight: bold; background: #eef5f3; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  .yes { font-weight: bold; color: #a3161b; }
  figure { margin: 1mm 0; break-inside: avoid; page-break-inside: avoid; }
  figure svg { width: 100%; max-height: 52mm; }
  figcaption, .small { font-size: 8.5pt; color: #444; }
  footer { margin-top: 5mm; color: #444; font-size: 8.5pt; }
  @media screen { body { max-width: 190mm; margin: 8mm auto; padding: 0 6mm; } }
";

/// The summary as a printable HTML document.
pub fn render(plan: &RecoveryPlan, now: Timestamp, period: Period, paper: Paper) -> String {
    let today = now.utc_day();
    let first = period.first_day(today);
    let within = |day: Day| first.is_none_or(|f| day >= f) && day <= today;
    let course = course::follow(plan);
    let own_kind = plan.own_routine_kind();
    let daily: Vec<_> = plan
        .daily_check_ins
        .iter()
        .filter(|c| within(c.day))
        .cloned()
        .collect();
    let sessions: Vec<&SessionRecord> = plan
        .sessions
        .iter()
        .filter(|s| within(s.local_day()))
        .collect();
    let changes: Vec<_> = course.changes.iter().filter(|c| within(c.day)).collect();
    let ladder = ladder::follow(plan, &course);
    let covered = match first {
        Some(first) => format!("{first} to {today}"),
        None => format!("everything recorded, to {today}"),
    };
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { "Spinewise summary for a clinician" }
                style {
                    (PreEscaped(format!("@page {{ size: {}; margin: 12mm 12mm; }}", paper.css())))
                    (PreEscaped(STYLE))
                }
            }
            body {
                h1 { "Back pain: self-reported summary" }
                p.meta { "Written by Spinewise from the person's own answers on " (today) ". Period: " (covered) "." }
                h2 { "Now" }
                table {
                    tr { th { "Plan phase" } td { (phase_name(course.phase)) ". " (course.why) } }
                    @if let Some(t) = plan.last_triage() {
                        tr { th { "Last check" } td { (t.completed_at.utc_day()) ": " (t.outcome.title) " (see a professional " (t.outcome.see_a_professional) ")" } }
                        tr { th { "Kind of pain suggested" } td { (t.outcome.pain_kind.label) } }
                    }
                    @let moved: Vec<_> = ladder.standings.iter().filter(|s| s.rung.rung != Rung::Standard).collect();
                    @if !moved.is_empty() {
                        tr { th { "Exercise versions" } td {
                            @for (n, s) in moved.iter().enumerate() {
                                @if n > 0 { "; " }
                                (s.rung.name) " (" (s.rung.dose_text) ")"
                            }
                        } }
                    }
                    @for own in &plan.own_routines {
                        tr { th { "Own routine" } td {
                            strong { (own.name) }
                            @if let Some(from) = &own.from { " (from " (from) ")" }
                            ": "
                            @for (n, item) in own.items.iter().enumerate() {
                                @if n > 0 { "; " }
                                @match &item.exercise {
                                    ItemExercise::Library(id) => {
                                        (exercise(*id).name) ", " (Exercise { dose: item.dose, ..*exercise(*id) }.dose_text().to_lowercase())
                                        @if item.prescribed && exercise(*id).is_cautioned_for(own_kind) { " (kept despite a caution for this kind of pain: prescribed, the person says)" }
                                    }
                                    ItemExercise::Own(own) => {
                                        (own.title()) " (the person's own exercise), " (item.dose.describe().to_lowercase())
                                    }
                                }
                            }
                        } }
                    }
                }
                @if let Some(t) = plan.last_triage() { (answers(t)) }
                h2 { "Pain, daily check-ins" }
                @if daily.is_empty() {
                    p { "No daily check-in in this period." }
                } @else {
                    figure {
                        (PreEscaped(chart::pain_chart(&daily)))
                        figcaption { (chart::describe(&daily)) " Zones: 0-2 safe, 3-5 acceptable, above 5 stop (the pain-monitoring model)." }
                    }
                }
                (weekly(plan, &within))
                h2 { "Sessions" }
                @if sessions.is_empty() {
                    p { "No session in this period." }
                } @else {
                    p.small { (sessions.len()) " sessions; " (sessions.iter().filter(|s| s.pain_stop().is_some()).count()) " stopped for pain." }
                    table {
                        tr { th { "Day" } th { "Routine" } th { "Pain at start" } th { "Highest at a check-in" } th { "Sets" } th { "How it ended" } }
                        @for s in &sessions {
                            tr {
                                td { (s.local_day()) }
                                td { (s.routine_name) }
                                td { (s.start_pain.value()) }
                                td { (s.check_ins.iter().map(|c| c.pain.value()).max().map_or(String::from("-"), |p| p.to_string())) }
                                td { (s.work_steps_completed) " of " (s.work_steps_total) }
                                td { (s.how_it_ended()) }
                            }
                        }
                    }
                }
                h2 { "What moved the plan" }
                @if changes.is_empty() {
                    p { "No change of phase in this period." }
                } @else {
                    table {
                        tr { th { "Day" } th { "From" } th { "To" } th { "Why" } }
                        @for c in &changes {
                            tr { td { (c.day) } td { (phase_name(c.from)) } td { (phase_name(c.to)) } td { (c.reason) } }
                        }
                    }
                }
                footer {
                    p { (NOT_A_DIAGNOSIS) }
                    p { "The triage follows NICE NG59 and CKS (low back pain and sciatica), the NHS's urgent and emergency signs, GIRFT's national suspected cauda equina pathway and NICE NG234 (spinal metastases); the pain rules follow the pain-monitoring model. Each rule and its source are listed in Spinewise's documentation, which comes with the app's source code." }
                }
            }
        }
    }
    .into_string()
}

fn phase_name(phase: PhaseId) -> &'static str {
    match phase {
        PhaseId::Start => "Not started",
        PhaseId::GetChecked => "Waiting to be examined",
        PhaseId::FirstDays => "First 24-48 hours",
        PhaseId::Rebuild => "Rebuilding",
        PhaseId::ReturnToTraining => "Returning to training",
    }
}

/// Every question the last check asked, with its answer: the red-flag
/// questions come first, and a "yes" to one stands out.
fn answers(t: &TriageRecord) -> Markup {
    let Some(answers) = t.answers.current() else {
        return html! {
            h2 { "Answers at the last check" }
            p { "Answered in Spinewise 0.1's questionnaire; its result is above." }
        };
    };
    let value = serde_json::to_value(answers).unwrap_or(Value::Null);
    let rows: Vec<(&Question, String)> = QUESTIONS
        .iter()
        .filter_map(|q| {
            let v = value.get(q.key).filter(|v| !v.is_null())?;
            Some((q, in_words(q, v)))
        })
        .collect();
    html! {
        h2 { "Answers at the last check (" (t.completed_at.utc_day()) ")" }
        table {
            tr { th { "Question" } th { "Answer" } }
            @for (q, answer) in &rows {
                tr {
                    td { (q.prompt) }
                    @if answer == "Yes" { td.yes { (answer) } } @else { td { (answer) } }
                }
            }
        }
        p.small { "Reasons given: " (t.outcome.reasons.iter().map(|r| r.finding.as_str()).collect::<Vec<_>>().join(" ")) }
    }
}

fn in_words(q: &Question, v: &Value) -> String {
    match (q.kind, v) {
        (AnswerKind::YesNo, Value::Bool(b)) => if *b { "Yes" } else { "No" }.to_owned(),
        (AnswerKind::Scale { max, .. }, Value::Number(n)) => format!("{n} out of {max}"),
        (AnswerKind::Choice { options }, Value::String(id)) => options
            .iter()
            .find(|o| o.id == id)
            .map_or_else(|| id.clone(), |o| o.label.to_owned()),
        (_, other) => other.to_string(),
    }
}

fn weekly(plan: &RecoveryPlan, within: &dyn Fn(Day) -> bool) -> Markup {
    let rows: Vec<_> = plan
        .weekly_check_ins
        .iter()
        .filter(|w| within(w.day))
        .collect();
    html! {
        h2 { "Weekly scores" }
        @if rows.is_empty() {
            p { "No weekly score in this period." }
        } @else {
            table {
                tr { th { "Day" } th { "PEG pain" } th { "Enjoyment" } th { "Activity" } th { "PEG score" } th { "Stiffness" } th { "Own activities (0 = cannot, 10 = as before)" } }
                @for w in &rows {
                    tr {
                        td { (w.day) }
                        td { (w.peg.pain.value()) }
                        td { (w.peg.enjoyment.value()) }
                        td { (w.peg.activity.value()) }
                        td { (course::tenths(w.peg.score_tenths())) }
                        td { (w.stiffness.map_or(String::from("-"), |s| s.value().to_string())) }
                        td { (w.activities.iter().map(|a| format!("{}: {}", a.name, a.score.value())).collect::<Vec<_>>().join("; ")) }
                    }
                }
            }
            p.small { "PEG: the mean of three 0-10 items (Krebs et al. 2009). A change of 2 points is the smallest that people reliably notice (Ostelo et al. 2008), as the plan reads it." }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Settled;
    use crate::test_support::{calm_answers, daily_check_in, plan_after};

    const DAY: i64 = 86_400;
    const START: i64 = 1_794_042_000;

    fn at(day: i64) -> Timestamp {
        Timestamp::from_unix_seconds(START + day * DAY)
    }

    fn plan() -> RecoveryPlan {
        let mut answers = calm_answers(2);
        answers["cancer_history"] = serde_json::json!(true);
        answers["band_like_pain"] = serde_json::json!(false);
        let mut plan = plan_after(answers, at(0));
        for day in [1, 50, 60] {
            plan.record_daily(daily_check_in(at(day), 3, None, Settled::Yes));
        }
        plan
    }

    #[test]
    fn every_answer_of_the_last_check_is_listed_yes_and_no() {
        let plan = plan();
        let html = render(&plan, at(61), Period::Everything, Paper::A4);
        let answers = plan.last_triage().unwrap().answers.current().unwrap();
        for q in QUESTIONS.iter().filter(|q| answers.is_answered(q.id)) {
            let prompt = maud::html! { (q.prompt) }.into_string();
            assert!(html.contains(&prompt), "{}", q.key);
        }
        // The red-flag "yes" stands out; the "no"s are there too.
        assert!(html.contains("<td class=\"yes\">Yes</td>"));
        assert!(html.contains("<td>No</td>"));
        assert!(html.contains("Waiting to be examined"));
        assert!(html.contains("size: A4"));
        for loader in ["src=", "href=", "<script", "<link"] {
            assert!(
                !html.contains(loader),
                "the document loads nothing: {loader}"
            );
        }
    }

    #[test]
    fn the_period_chosen_is_the_period_shown() {
        let plan = plan();
        let month = render(&plan, at(61), Period::Days(30), Paper::Letter);
        assert!(month.contains(&format!(
            "Period: {} to {}",
            at(32).utc_day(),
            at(61).utc_day()
        )));
        // The check-in of day 1 is outside the last 30 days: two points in the chart.
        assert!(month.contains("<svg"));
        let all = render(&plan, at(61), Period::Everything, Paper::Letter);
        assert_ne!(
            chart::describe(&plan.daily_check_ins),
            chart::describe(&plan.daily_check_ins[1..])
        );
        assert!(
            all.contains(&maud::html! { (chart::describe(&plan.daily_check_ins)) }.into_string())
        );
        assert!(month.contains(
            &maud::html! { (chart::describe(&plan.daily_check_ins[1..])) }.into_string()
        ));
        assert_eq!(Period::parse("all"), Some(Period::Everything));
        assert_eq!(Period::parse("90"), Some(Period::Days(90)));
        for bad in ["0", "-3", "ninety", "99999", ""] {
            assert_eq!(Period::parse(bad), None, "{bad}");
        }
    }
}
