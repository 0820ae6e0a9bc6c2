//! Spinewise without a window: the triage rules on the command line, for
//! clinicians and testers to review (see docs/triage.md).
//!
//!   spinewise-cli triage      < answers.json   prints the outcome as JSON
//!   spinewise-cli next        < answers.json   prints the next question, or that it is complete
//!   spinewise-cli questions                    prints every question as JSON
//!   spinewise-cli rules                        prints every rule with its level and source
//!   spinewise-cli coverage [--markdown]        prints the red-flag coverage table
//!   spinewise-cli plan-html PLAN [--paper a4|letter]
//!                                              prints the recovery plan in PLAN as printable HTML

use std::io::{self, Read, Write};
use std::process::ExitCode;

use serde::Serialize;
use spinewise_core::plan::RecoveryPlan;
use spinewise_core::print::{self, Paper};
use spinewise_core::recovery;
use spinewise_core::settings;
use spinewise_core::source::Source;
use spinewise_core::summary::{self, Period};
use spinewise_core::time::Timestamp;
use spinewise_core::triage::coverage;
use spinewise_core::triage::rules::RULES;
use spinewise_core::triage::{self, Answers, Question, TriageError, QUESTIONS};
use spinewise_core::TriageLevel;

const USAGE: &str =
    "usage: spinewise-cli <triage|next|questions|rules|coverage|plan-html|summary-html>
  triage     read a triage answers document (JSON) on standard input, print the outcome as JSON
  next       read answers so far on standard input, print the next question (or that it is complete)
  questions  print every triage question as JSON
  rules      print every triage rule with its level, finding and clinical source as JSON
  coverage [--markdown]
             print every red flag the sources name, with the questions and rules that cover it
  plan-html PLAN [--paper a4|letter]
             print the recovery plan saved in the file PLAN as a standalone, printable HTML page
  summary-html PLAN [--days N|all] [--paper a4|letter]
             print a summary for a physiotherapist or doctor of the last N days (90 unless said)";

/// Far larger than any real answers document; refuses a runaway pipe early.
const MAX_INPUT_BYTES: u64 = 1 << 20;

/// Exit codes: 0 done, 2 the input was refused, 64 wrong usage.
const EXIT_BAD_INPUT: u8 = 2;
const EXIT_USAGE: u8 = 64;

fn read_answers() -> Result<Answers, TriageError> {
    let mut input = String::new();
    io::stdin()
        .take(MAX_INPUT_BYTES + 1)
        .read_to_string(&mut input)
        .map_err(|e| TriageError::Malformed {
            detail: format!("standard input is not readable UTF-8 text ({e})"),
        })?;
    if input.len() as u64 > MAX_INPUT_BYTES {
        return Err(TriageError::Malformed {
            detail: "the document is larger than 1 MiB".into(),
        });
    }
    Answers::from_json_str(&input)
}

fn print_json(value: &impl Serialize) -> ExitCode {
    let mut out = io::stdout().lock();
    let written = serde_json::to_writer_pretty(&mut out, value).is_ok() && writeln!(out).is_ok();
    if written {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn refuse(err: TriageError) -> ExitCode {
    eprintln!("spinewise-cli: {err}");
    ExitCode::from(EXIT_BAD_INPUT)
}

/// A rule as reviewers read it: everything but the code that tests it.
#[derive(Serialize)]
struct RuleView {
    id: &'static str,
    level: TriageLevel,
    red_flag: bool,
    finding: &'static str,
    sign: &'static str,
    advice: &'static [&'static str],
    source: Source,
    citation: &'static str,
}

/// A question as reviewers read it: its wording, answers, and when it is asked.
#[derive(Serialize)]
struct QuestionView {
    #[serde(flatten)]
    question: &'static Question,
    asked_when: Option<&'static str>,
}

fn questions() -> Vec<QuestionView> {
    QUESTIONS
        .iter()
        .map(|question| QuestionView {
            question,
            asked_when: triage::asked_when(question.id),
        })
        .collect()
}

fn rules() -> Vec<RuleView> {
    RULES
        .iter()
        .map(|r| RuleView {
            id: r.id,
            level: r.level,
            red_flag: r.red_flag,
            finding: r.finding,
            sign: r.sign,
            advice: r.advice,
            source: r.source,
            citation: r.source.citation(),
        })
        .collect()
}

/// Reads a plan file (never writes it), or says why it cannot.
fn read_plan(path: &str) -> Result<RecoveryPlan, ExitCode> {
    let bytes = std::fs::read(path).map_err(|err| {
        eprintln!("spinewise-cli: cannot read {path}: {err}");
        ExitCode::from(EXIT_BAD_INPUT)
    })?;
    RecoveryPlan::from_json(&bytes).map_err(|err| {
        eprintln!("spinewise-cli: {path} is not a readable plan: {err}");
        ExitCode::from(EXIT_BAD_INPUT)
    })
}

fn print_html(html: &str) -> ExitCode {
    if io::stdout().lock().write_all(html.as_bytes()).is_ok() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The summary for a clinician of the plan in the file at `path`.
/// `PLAN [--days N|all] [--paper a4|letter]`, options in any order: the
/// plan's path, the period (90 days unless given) and the paper (A4).
fn summary_arguments<'a>(args: &[&'a str]) -> Option<(&'a str, &'a str, &'a str)> {
    let (mut path, mut days, mut paper) = (None, None, None);
    let mut rest = args.iter();
    while let Some(&arg) = rest.next() {
        let slot = match arg {
            "--days" => &mut days,
            "--paper" => &mut paper,
            flag if flag.starts_with("--") => return None,
            _ => &mut path,
        };
        let value = if arg.starts_with("--") {
            *rest.next()?
        } else {
            arg
        };
        if slot.replace(value).is_some() {
            return None;
        }
    }
    Some((path?, days.unwrap_or("90"), paper.unwrap_or("a4")))
}

fn summary_html(path: &str, period: &str, paper: Paper) -> ExitCode {
    let Some(period) = Period::parse(period) else {
        eprintln!(
            "spinewise-cli: the period is a number of days from 1 to 3660, or all, not `{period}`"
        );
        return ExitCode::from(EXIT_USAGE);
    };
    match read_plan(path) {
        Ok(plan) => print_html(&summary::render(&plan, Timestamp::now(), period, paper)),
        Err(code) => code,
    }
}

/// Reads a plan file (never writes it) and prints it as HTML.
fn plan_html(path: &str, paper: Paper) -> ExitCode {
    match read_plan(path) {
        Ok(plan) => {
            // The region's ambulance number, until the plan holds the person's own.
            let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .find_map(|v| std::env::var(v).ok().filter(|l| !l.is_empty()))
                .unwrap_or_default();
            let view = recovery::build_for_region(
                &plan,
                Timestamp::now(),
                settings::regional_number(&locale),
            );
            print_html(&print::render(&view, paper))
        }
        Err(code) => code,
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["triage"] => match read_answers().and_then(|a| triage::assess(&a)) {
            Ok(outcome) => print_json(&outcome),
            Err(err) => refuse(err),
        },
        ["next"] => match read_answers().and_then(|a| triage::next_step(&a)) {
            Ok(step) => print_json(&step),
            Err(err) => refuse(err),
        },
        ["questions"] => print_json(&questions()),
        ["rules"] => print_json(&rules()),
        ["coverage"] => print_json(&coverage::COVERAGE),
        ["coverage", "--markdown"] => {
            print!("{}", coverage::markdown());
            ExitCode::SUCCESS
        }
        ["plan-html", path] => plan_html(path, Paper::A4),
        ["plan-html", path, "--paper", paper] | ["plan-html", "--paper", paper, path] => {
            match Paper::parse(paper) {
                Some(paper) => plan_html(path, paper),
                None => {
                    eprintln!("spinewise-cli: the paper is a4 or letter, not `{paper}`");
                    ExitCode::from(EXIT_USAGE)
                }
            }
        }
        ["summary-html", rest @ ..] => match summary_arguments(rest) {
            Some((path, days, paper)) => match Paper::parse(paper) {
                Some(paper) => summary_html(path, days, paper),
                None => {
                    eprintln!("spinewise-cli: the paper is a4 or letter, not `{paper}`");
                    ExitCode::from(EXIT_USAGE)
                }
            },
            None => {
                eprintln!("spinewise-cli: summary-html takes a plan file, and --days and --paper at most once each\n{USAGE}");
                ExitCode::from(EXIT_USAGE)
            }
        },
        ["-h" | "--help" | "help"] => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        [] => {
            eprintln!("spinewise-cli: say what to do\n{USAGE}");
            ExitCode::from(EXIT_USAGE)
        }
        [command, ..] => {
            eprintln!("spinewise-cli: {command:?} with these arguments is not a command it knows\n{USAGE}");
            ExitCode::from(EXIT_USAGE)
        }
    }
}
