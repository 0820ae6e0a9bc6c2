//! The recovery plan as one standalone HTML document, laid out for paper: the
//! app prints it, saves it for any browser to print, and the CLI writes it.
//! Everything is inside the file (styles and drawings), so it prints the same
//! anywhere and needs no network.

use maud::{display, html, Markup, PreEscaped, DOCTYPE};

use crate::exercise::figure::strip_svg;
use crate::exercise::{rung, Rung, RungView};
use crate::own_routine::{ItemExercise, OwnExercise};
use crate::recovery::PlanView;
use crate::routine::PRESCRIBED_DESPITE_CAUTION_ON_PAPER;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paper {
    A4,
    Letter,
}

impl Paper {
    pub fn parse(text: &str) -> Option<Self> {
        match text.to_ascii_lowercase().as_str() {
            "a4" => Some(Paper::A4),
            "letter" => Some(Paper::Letter),
            _ => None,
        }
    }

    /// US Letter where it is the norm (the US, Canada, Mexico and the
    /// Philippines), A4 everywhere else.
    pub fn for_locale(locale: &str) -> Self {
        match crate::settings::region_of(locale).as_deref() {
            Some("US" | "CA" | "MX" | "PH") => Paper::Letter,
            _ => Paper::A4,
        }
    }

    pub(crate) fn css(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "letter",
        }
    }
}

/// The key poses of an exercise at the person's version of it, side by
/// side and still: paper shows the movement as its poses, drawn by the same
/// code as the window's; a rung that moves differently as its own movement.
fn drawing(at: &RungView) -> String {
    strip_svg(&crate::exercise::drawing_at(at.exercise, at.rung), &at.name)
}

const STYLE: &str = "
  * { box-sizing: border-box; }
  body { font-family: 'DejaVu Sans', Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.45; color: #111; margin: 0; }
  h1 { font-size: 20pt; margin: 0 0 2mm; }
  h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1.5pt solid #1f6f64; padding-bottom: 1mm; break-after: avoid; page-break-after: avoid; }
  h3 { font-size: 11pt; margin: 3mm 0 1mm; break-after: avoid; page-break-after: avoid; }
  p, li { orphans: 3; widows: 3; }
  ul, ol { margin: 1mm 0 2mm; padding-left: 6mm; }
  .meta { color: #444; margin: 0 0 3mm; }
  .note { border-left: 3pt solid #1f6f64; padding: 1mm 3mm; margin: 3mm 0; }
  .red-flags { border: 2pt solid #a3161b; border-radius: 3mm; padding: 2mm 4mm; margin: 4mm 0; break-inside: avoid; page-break-inside: avoid; }
  .red-flags h2 { color: #a3161b; border-color: #a3161b; margin-top: 1mm; }
  .red-flags .emergency-number { font-size: 12pt; margin: 1mm 0 2mm; }
  .red-flags ul { columns: 2; column-gap: 7mm; font-size: 9.5pt; }
  .red-flags li { break-inside: avoid; page-break-inside: avoid; }
  .phase { break-inside: avoid; page-break-inside: avoid; margin-bottom: 3mm; }
  .phase.current { border: 1.5pt solid #1f6f64; border-radius: 3mm; padding: 1mm 4mm; }
  .badge { display: inline-block; font-size: 8.5pt; font-weight: bold; color: #fff; background: #1f6f64; border-radius: 2mm; padding: 0 2mm; margin-left: 2mm; }
  .routine { break-inside: avoid; page-break-inside: avoid; margin-bottom: 3mm; }
  .exercises { display: grid; grid-template-columns: repeat(4, 1fr); gap: 2mm; }
  .exercise { break-inside: avoid; page-break-inside: avoid; border: 0.75pt solid #bbb; border-radius: 2mm; padding: 1mm 2mm; }
  .exercise .photo { display: block; max-width: 100%; max-height: 40mm; margin: 1mm 0; }
  .exercise svg { width: 100%; height: auto; background: #eef5f3; border-radius: 1.5mm; }
  .exercise p { margin: 0.5mm 0; font-size: 9pt; }
  .exercise .steps { font-size: 8pt; margin: 0.5mm 0; padding-left: 4mm; }
  .progress figure { margin: 2mm 0; break-inside: avoid; page-break-inside: avoid; }
  .progress svg { width: 100%; max-height: 75mm; }
  .progress figcaption { font-size: 9pt; color: #444; }
  .checklist { list-style: none; padding-left: 0; }
  .checklist .box { font-size: 13pt; }
  footer { margin-top: 6mm; color: #444; font-size: 9pt; }
  @media screen { body { max-width: 190mm; margin: 8mm auto; padding: 0 6mm; } }
";

/// The whole plan as a printable HTML document.
pub fn render(view: &PlanView, paper: Paper) -> String {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { "Spinewise recovery plan" }
                // A style element holds CSS, which HTML escaping would break:
                // both parts are the core's own constants.
                style {
                    (PreEscaped(format!("@page {{ size: {}; margin: 15mm 14mm; }}", paper.css())))
                    (PreEscaped(STYLE))
                }
            }
            body {
                (opening(view))
                (red_flags(view))
                (progress(view))
                (phases(view))
                (routines(view))
                (own_routines(view))
                section {
                    h2 { (view.headings.see_a_professional) }
                    (bullets(&view.see_a_professional))
                }
                section {
                    h2 { (view.headings.habits) }
                    (bullets(view.habits))
                }
                footer {
                    p { "Sessions recorded: " (view.sessions_done) "." }
                    p { (view.not_a_diagnosis) }
                }
            }
        }
    }
    .into_string()
}

fn bullets(items: impl IntoIterator<Item = impl AsRef<str>>) -> Markup {
    html! {
        ul {
            @for item in items {
                li { (item.as_ref()) }
            }
        }
    }
}

/// The title, the last check, why the plan is where it is, and any clearance.
fn opening(view: &PlanView) -> Markup {
    html! {
        h1 { (view.headings.title) }
        p.meta {
            "Made by Spinewise on " (display(view.generated_at.utc_day())) "."
            @if let Some(last) = &view.last_result {
                " Last check: " (display(last.completed_at.utc_day()))
                " (" (last.title) "). Likely kind of pain: " (last.pain_kind) "."
            }
        }
        p.note { (view.why) }
        @if let Some(clearance) = &view.clearance {
            p.note.clearance {
                strong {
                    "Cleared to exercise"
                    @if let Some(name) = &clearance.examined_by {
                        " by " (name)
                    }
                    " on " (display(clearance.examined_on))
                }
                ", for: " (clearance.signs.join("; "))
                ". A new sign still means stopping and checking again."
            }
        }
    }
}

fn red_flags(view: &PlanView) -> Markup {
    let number = view
        .emergency_number
        .as_deref()
        .unwrap_or("your local emergency number");
    html! {
        section.red-flags {
            h2 { (view.headings.red_flags) }
            p.emergency-number { "In an emergency, call " strong { (number) } "." }
            @for group in &view.red_flags {
                h3 { (group.how_soon) }
                (bullets(&group.signs))
            }
        }
    }
}

/// The check-ins: the chart, the change since the start, how the plan moved,
/// the latest weekly score and the return checklist.
fn progress(view: &PlanView) -> Markup {
    html! {
        section.progress {
            h2 { (view.headings.progress) }
            figure.chart {
                // The chart is the core's own SVG: its text is escaped and it loads nothing.
                (PreEscaped(&view.chart_svg))
                figcaption { (view.chart_summary) }
            }
            @if let Some(change) = &view.change_since_start {
                p { strong { "Since you started:" } " " (change.message) }
            }
            @if let Some(verdict) = &view.latest_verdict {
                p {
                    strong { "Latest check-in (" (display(verdict.day)) "):" }
                    " " (verdict.message)
                }
            }
            @if let Some(weekly) = &view.latest_weekly {
                p {
                    strong { "Weekly score (" (display(weekly.day)) "):" }
                    " " (weekly.peg_score) "."
                    @for activity in &weekly.activities {
                        " " (activity.name) ": " (activity.score.value()) " out of 10."
                    }
                }
            }
            @if !view.changes.is_empty() {
                h3 { "How your plan has moved" }
                ul {
                    @for change in view.changes.iter().rev().take(10) {
                        li { (display(change.day)) ": " (change.reason) }
                    }
                }
            }
            p { strong { "Sessions and breaks:" } " " (view.aim.summary) }
            h3 { "Ready to return to training?" }
            ul.checklist {
                @for item in &view.checklist.items {
                    li {
                        span.box { (if item.ticked { "☑" } else { "☐" }) }
                        " " (item.label)
                    }
                }
            }
            p { (view.checklist.message) }
        }
    }
}

fn phases(view: &PlanView) -> Markup {
    html! {
        section {
            h2 { (view.headings.phases) }
            @for phase in &view.phases {
                @let current = phase.id == view.current;
                div.phase.current[current] {
                    h3 {
                        (phase.title)
                        @if current {
                            span.badge { "You are here" }
                        }
                    }
                    p { (phase.summary) }
                    (bullets(phase.steps))
                }
            }
        }
    }
}

fn routines(view: &PlanView) -> Markup {
    html! {
        @if !view.routines.is_empty() {
            section {
                h2 { (view.headings.routines) }
                @for routine in &view.routines {
                    div.routine {
                        h3 { (routine.name) " (about " (routine.minutes) " min)" }
                        p { (routine.purpose) }
                        div.exercises {
                            @for e in &routine.exercises {
                                (exercise(&rung(e, view.ladder.rung_of(e.id))))
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The person's own routines, each exercise at the dose they (or their
/// physiotherapist) set, with its note, and why a routine waits if it does.
fn own_routines(view: &PlanView) -> Markup {
    html! {
        @if !view.own_routines.is_empty() {
            section {
                h2 { (view.headings.own_routines) }
                @for own in &view.own_routines {
                    div.routine {
                        h3 {
                            (own.routine.name) " (about " (own.minutes) " min)"
                        }
                        @if let Some(from) = &own.routine.from {
                            p { "From " (from) "." }
                        }
                        @if let Some(waits) = &own.waits {
                            p { strong { (waits) } }
                        }
                        div.exercises {
                            @for (item, shown) in own.routine.items.iter().zip(&own.items) {
                                @let how = own_item_words(item.note.as_deref(), item.prescribed && shown.caution.is_some());
                                @match &item.exercise {
                                    ItemExercise::Library(id) => {
                                        @let at = RungView {
                                            how,
                                            dose: item.dose,
                                            dose_text: shown.dose_text.clone(),
                                            ..rung(crate::exercise::exercise(*id), Rung::Standard)
                                        };
                                        (exercise(&at))
                                    }
                                    ItemExercise::Own(own) => (own_exercise(own, how.as_deref(), &shown.dose_text)),
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// What the printed plan says under an own routine's exercise: its note,
/// and that it was kept on purpose despite a caution.
fn own_item_words(note: Option<&str>, prescribed_despite_caution: bool) -> Option<String> {
    let note = note.map(|n| format!("Note: {n}"));
    // The session's own words for it: paper says what to watch for too.
    let prescribed =
        prescribed_despite_caution.then(|| PRESCRIBED_DESPITE_CAUTION_ON_PAPER.to_owned());
    match (note, prescribed) {
        (Some(n), Some(p)) => Some(format!("{n} {p}")),
        (n, p) => n.or(p),
    }
}

/// An exercise of the person's own: its photo, name, note, dose and steps,
/// in their words.
fn own_exercise(own: &OwnExercise, how: Option<&str>, dose_text: &str) -> Markup {
    html! {
        div.exercise {
            @if let Some(photo) = &own.photo {
                img.photo src=(photo.data_url()) alt=(format!("Photo of {}", own.title()));
            }
            p { strong { (own.title()) } }
            @if let Some(how) = how {
                p { em { (how) } }
            }
            p { (dose_text) }
            ol.steps { @for step in &own.steps { li { (step) } } }
        }
    }
}

/// An exercise at the person's version of it: its name and dose, and how it
/// differs from the standard one.
fn exercise(at: &RungView) -> Markup {
    html! {
        div.exercise {
            // The key poses, as the window's library shows them.
            (PreEscaped(drawing(at)))
            p { strong { (at.name) } }
            @if let Some(how) = &at.how {
                p { em { (how) } }
            }
            p { (at.dose_text) }
            // A version that moves differently: how to do it, which the
            // person may not have read before.
            @if at.own_movement {
                ol.steps { @for step in &at.steps { li { (step) } } }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exercise::EXERCISES;
    use crate::plan::RecoveryPlan;
    use crate::recovery::build;
    use crate::time::Timestamp;

    #[test]
    fn every_exercise_is_printed_as_its_key_poses() {
        for e in &EXERCISES {
            for r in Rung::ALL {
                let svg = drawing(&rung(e, r));
                let poses = crate::exercise::drawing_at(e.id, r).poses;
                assert!(svg.starts_with("<svg"), "{}", e.id);
                // No movement on paper: every key pose is drawn, still.
                assert!(!svg.contains("@keyframes"), "{}", e.id);
                for key in poses {
                    assert!(
                        svg.contains(&format!("<title>{}</title>", key.caption)),
                        "{}",
                        e.id
                    );
                }
            }
        }
    }

    #[test]
    fn paper_follows_the_region() {
        assert_eq!(Paper::for_locale("en_US.UTF-8"), Paper::Letter);
        assert_eq!(Paper::for_locale("en-GB"), Paper::A4);
        assert_eq!(Paper::for_locale(""), Paper::A4);
    }

    #[test]
    fn the_persons_own_routines_are_printed_at_their_doses() {
        let plan: RecoveryPlan =
            RecoveryPlan::from_json(include_bytes!("../tests/fixtures/plan-v9.json")).unwrap();
        let view = build(&plan, Timestamp::from_unix_seconds(1_795_542_556));
        // The fixture's last check is an emergency: nothing of routines is printed.
        assert!(view.own_routines.is_empty());
        let mut calm = plan.clone();
        calm.triage_history = crate::test_support::plan_after(
            crate::test_support::calm_answers(4),
            Timestamp::from_unix_seconds(1_795_542_000),
        )
        .triage_history;
        calm.daily_check_ins.clear();
        calm.sessions.clear();
        let html = render(
            &build(&calm, Timestamp::from_unix_seconds(1_795_542_556)),
            Paper::A4,
        );
        assert!(html.contains("Your own routines"), "{html}");
        assert!(html.contains("Jo&#39;s morning routine") || html.contains("Jo's morning routine"));
        assert!(html.contains("12 slow repetitions, 3 sets, 30 seconds' rest between"));
        assert!(html.contains("Note: Squeeze at the top"));
    }

    #[test]
    fn text_is_escaped() {
        let mut view = build(
            &RecoveryPlan::default(),
            Timestamp::from_unix_seconds(1_795_542_556),
        );
        view.why = "<b>\"A&B\"</b>'".into();
        let html = render(&view, Paper::A4);
        assert!(html.contains("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;'"));
        assert!(!html.contains("<b>"));
    }

    #[test]
    fn each_exercise_is_printed_at_the_persons_version_of_it() {
        use crate::exercise::{ExerciseId, Rung};
        use crate::plan::RungDecision;
        use crate::test_support::{calm_answers, plan_after};
        let at = Timestamp::from_unix_seconds(1_795_542_556);
        let mut plan = plan_after(calm_answers(1), at);
        let printed = |plan: &RecoveryPlan| render(&build(plan, at), Paper::A4);
        assert!(printed(&plan).contains("<strong>Glute bridge</strong>"));
        plan.rung_decisions.push(RungDecision {
            exercise: ExerciseId::GluteBridge,
            to: Rung::Harder,
            accepted: true,
            decided_at: at,
        });
        let html = printed(&plan);
        assert!(html.contains("<strong>Glute bridge, more repetitions</strong>"));
        assert!(html.contains("Once that is easy too: Hold the top for five seconds"));
        assert!(html.contains("12 slow repetitions"));
        // A version that moves differently is printed as that movement: its
        // name and its own key poses, not the standard exercise's.
        let seated = crate::exercise::drawing_at(ExerciseId::CatCow, Rung::Easier);
        assert!(!html.contains(seated.poses[0].caption));
        plan.rung_decisions.push(RungDecision {
            exercise: ExerciseId::CatCow,
            to: Rung::Easier,
            accepted: true,
            decided_at: at,
        });
        let html = printed(&plan);
        assert!(html.contains("<strong>Seated cat-cow</strong>"));
        assert!(html.contains(seated.poses[0].caption));
        assert!(html.contains("Sit tall near the front of a steady chair"));
    }

    #[test]
    fn the_document_holds_every_section_and_sets_the_paper() {
        let view = build(
            &RecoveryPlan::default(),
            Timestamp::from_unix_seconds(1_795_542_556),
        );
        let a4 = render(&view, Paper::A4);
        for part in [
            "Your recovery plan",
            "Stop and get help",
            "Your phases",
            "When to see a professional",
            "Habits for the long term",
            "not a",
        ] {
            assert!(a4.contains(part), "{part}");
        }
        assert!(a4.contains("size: A4"));
        assert!(render(&view, Paper::Letter).contains("size: letter"));
        for loader in ["src=", "href=", "url(", "<link", "<script"] {
            assert!(
                !a4.contains(loader),
                "the document loads nothing: found {loader}"
            );
        }
    }
}
