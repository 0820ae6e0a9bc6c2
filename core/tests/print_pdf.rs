//! The printed plan as a person gets it: the CLI writes the standalone HTML,
//! headless Chromium prints it to PDF on A4 and on US Letter, and the PDF's
//! text and page count are checked. Pages are also saved as PNGs in
//! target/print-artifacts/ to look at. Needs Chromium (`chromium`, or the
//! browser named by SPINEWISE_CHROMIUM) and `poppler-utils`: scripts/setup.sh
//! test installs them on Linux, where this test runs; the Windows and macOS
//! CI jobs have no poppler, so it is compiled for Linux only.
#![cfg(target_os = "linux")]

mod support;

use std::path::Path;
use std::process::Command;

use serde_json::json;
use spinewise_core::plan::{DailyCheckIn, WeeklyCheckIn};
use spinewise_core::plan::{RecoveryPlan, TriageRecord};
use spinewise_core::time::Timestamp;
use spinewise_core::triage::{assess, Answers};
use support::cli;

/// A plan after a "modify" result: three routines, the longest printout.
fn plan_with_routines() -> RecoveryPlan {
    let mut answers = support::calm_answers();
    answers["pain_during_exercise"] = json!(4);
    answers["duration"] = json!("under_a_week");
    answers["lingered_next_morning"] = json!(false);
    let answers = Answers::from_value(answers).unwrap();
    let outcome = assess(&answers).unwrap();
    let mut plan = RecoveryPlan::default();
    let triage_at = 1_795_542_556;
    plan.record_triage(TriageRecord::new(
        Timestamp::from_unix_seconds(triage_at),
        answers,
        outcome,
    ));
    // Two weeks of daily check-ins, pain easing from 5 to 1 within a week, and two weekly scores.
    for day in 1..=14i64 {
        let at = triage_at + day * 86_400;
        let check_in = json!({"day": Timestamp::from_unix_seconds(at).utc_day(), "pain_now": (5 - day / 2).max(1),
                              "exercise": {"during": 3, "after": 2}, "settled": "yes",
                              "emergency_signs": {}, "warning_sign": false});
        plan.record_daily(
            DailyCheckIn::from_answers(check_in, Timestamp::from_unix_seconds(at)).unwrap(),
        );
        if day % 7 == 0 {
            let weekly = json!({"day": Timestamp::from_unix_seconds(at).utc_day(),
                                "peg": {"pain": 5 - day / 7, "enjoyment": 4, "activity": 4}, "stiffness": 3,
                                "activities": [{"name": "Carrying shopping", "score": 3 + day / 7}]});
            plan.record_weekly(
                WeeklyCheckIn::from_answers(weekly, Timestamp::from_unix_seconds(at)).unwrap(),
            );
        }
    }
    // A routine of the person's own, from their physiotherapist.
    plan.save_own_routine(
        serde_json::from_value(json!({
            "name": "Jo's routine", "from": "Physio Jo Smith",
            "items": [{ "exercise": "bird_dog", "prescribed": false, "note": "Slowly",
                        "dose": { "type": "reps", "reps": 6, "seconds_per_rep": 5, "sets": 2, "rest_seconds": 20 } }]
        }))
        .unwrap(),
        None,
    )
    .unwrap();
    plan
}

fn run(program: &str, args: &[&str]) -> String {
    let out = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!("{program} is needed for this test (scripts/setup.sh test installs it): {e}")
        });
    assert!(
        out.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn print_to_pdf(html: &Path, pdf: &Path, profile: &Path) {
    let chromium = std::env::var("SPINEWISE_CHROMIUM").unwrap_or_else(|_| "chromium".into());
    run(
        &chromium,
        &[
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            &format!("--user-data-dir={}", profile.display()),
            "--no-pdf-header-footer",
            &format!("--print-to-pdf={}", pdf.display()),
            &format!("file://{}", html.display()),
        ],
    );
}

fn pages(pdf: &Path) -> usize {
    let info = run("pdfinfo", &[pdf.to_str().unwrap()]);
    let line = info
        .lines()
        .find(|l| l.starts_with("Pages:"))
        .expect("pdfinfo reports pages");
    line["Pages:".len()..].trim().parse().unwrap()
}

/// Page size in points, from pdfinfo.
fn page_size(pdf: &Path) -> (f64, f64) {
    let info = run("pdfinfo", &[pdf.to_str().unwrap()]);
    let line = info
        .lines()
        .find(|l| l.starts_with("Page size:"))
        .expect("pdfinfo reports the size");
    let numbers: Vec<f64> = line
        .split_whitespace()
        .filter_map(|w| w.parse().ok())
        .collect();
    (numbers[0], numbers[1])
}

const PAPERS: [(&str, (f64, f64)); 2] = [("a4", (595.0, 842.0)), ("letter", (612.0, 792.0))];

/// Prints what `spinewise-cli <command> PLAN ... --paper <paper>` writes to
/// PDF, checks the page size is the paper's, keeps pictures of the pages in
/// target/print-artifacts/ (named `<name>-<paper>-N.png`), and returns the
/// page count and the text.
fn print_on(
    dir: &Path,
    name: &str,
    args: &[&str],
    (paper, size): (&str, (f64, f64)),
) -> (usize, String) {
    let mut args = args.to_vec();
    args.extend(["--paper", paper]);
    let html = cli(&args, b"");
    assert_eq!(html.code, Some(0), "{}", html.stderr);
    let html_path = dir.join(format!("{name}-{paper}.html"));
    std::fs::write(&html_path, &html.stdout).unwrap();
    let pdf = dir.join(format!("{name}-{paper}.pdf"));
    print_to_pdf(
        &html_path,
        &pdf,
        &dir.join(format!("profile-{name}-{paper}")),
    );
    let (width, height) = page_size(&pdf);
    assert!(
        (width - size.0).abs() < 2.0 && (height - size.1).abs() < 2.0,
        "{name}, {paper}: {width} x {height}"
    );
    let artifacts = Path::new(env!("CARGO_MANIFEST_DIR")).join("../target/print-artifacts");
    std::fs::create_dir_all(&artifacts).unwrap();
    let prefix = artifacts.join(format!("{name}-{paper}"));
    run(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "60",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let text = run("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"]);
    (pages(&pdf), text)
}

#[test]
fn the_printed_plan_is_complete_on_a4_and_letter() {
    let dir = tempfile::tempdir().unwrap();
    let plan_path = dir.path().join("plan.json");
    std::fs::write(&plan_path, plan_with_routines().to_json()).unwrap();
    for paper in PAPERS {
        let (count, text) = print_on(
            dir.path(),
            "plan",
            &["plan-html", plan_path.to_str().unwrap()],
            paper,
        );
        assert!((2..=7).contains(&count), "{}: {count} pages", paper.0);
        // Every section made it onto paper, none cut off.
        for part in [
            "Your recovery plan",
            "Stop and get help if you notice",
            "Rebuild",
            "You are here",
            "The first 24 to 48 hours",
            "Return to training",
            "Core stability",
            "Glute bridge",
            "Your own routines",
            "Jo's routine",
            "Note: Slowly",
            "When to see a professional",
            "Habits for the long term",
            "Your progress",
            "pain now",
            "3-5 acceptable",
            "Pain now, out of 10, on 14 days",
            "Since you started",
            "Weekly score",
            "Carrying shopping: 5 out of 10",
            "Ready to return to training?",
            "not a",
        ] {
            assert!(
                text.contains(part),
                "{}: `{part}` is missing from the printed plan",
                paper.0
            );
        }
    }
}

/// The summary for a clinician prints on one or two pages of A4 and of US
/// Letter, with every section, for the whole period.
#[test]
fn the_summary_for_a_clinician_fits_two_pages_of_a4_and_letter() {
    let dir = tempfile::tempdir().unwrap();
    let plan_path = dir.path().join("plan.json");
    std::fs::write(&plan_path, plan_with_routines().to_json()).unwrap();
    for paper in PAPERS {
        let (count, text) = print_on(
            dir.path(),
            "summary",
            &["summary-html", plan_path.to_str().unwrap(), "--days", "all"],
            paper,
        );
        assert!((1..=2).contains(&count), "{}: {count} pages", paper.0);
        for part in [
            "Back pain: self-reported summary",
            "Answers at the last check",
            "Have you ever had cancer",
            "Pain, daily check-ins",
            "Weekly scores",
            "Carrying shopping: 4",
            "Sessions",
            "What moved the plan",
            "Own routine",
            "Jo's routine",
            "not a",
        ] {
            assert!(
                text.contains(part),
                "{}: `{part}` is missing from the summary",
                paper.0
            );
        }
    }
}
