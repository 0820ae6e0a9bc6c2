//! The clinical vignettes (`cases/triage/vignettes.json`): short cases
//! written from the sources, each run through the same `next_step` and
//! `assess` the app uses, and through the real CLI. Under-triage (a level
//! below what the source asks for) must be zero; agreement and over-triage
//! are reported in docs/triage.md, which this test keeps true. Every row of
//! the red-flag coverage table must be shown reachable by at least one case.

mod support;

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::{Map, Value};
use spinewise_core::triage::coverage::COVERAGE;
use spinewise_core::triage::{self, Answers, TriageOutcome, TriageStep};
use spinewise_core::TriageLevel;
use support::cli;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Suite {
    #[allow(dead_code)]
    about: String,
    defaults: Map<String, Value>,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    id: String,
    story: String,
    source: String,
    covers: Vec<String>,
    answers: Map<String, Value>,
    expected: TriageLevel,
    acceptable: Vec<TriageLevel>,
    #[serde(default)]
    next_steps_include: Vec<String>,
}

fn suite() -> Suite {
    serde_json::from_str(include_str!("cases/triage/vignettes.json"))
        .expect("vignettes.json is well formed")
}

/// The person's answers: the case's own, and the calm default for every
/// other question the walk asks.
fn walk(case: &Case, defaults: &Map<String, Value>) -> Map<String, Value> {
    let mut doc = Map::new();
    loop {
        let answers = Answers::from_value(Value::Object(doc.clone()))
            .unwrap_or_else(|e| panic!("{}: {e}", case.id));
        match triage::next_step(&answers).unwrap_or_else(|e| panic!("{}: {e}", case.id)) {
            TriageStep::Complete { .. } => return doc,
            TriageStep::Ask { question, .. } => {
                let key = question.key;
                let value = case
                    .answers
                    .get(key)
                    .or_else(|| defaults.get(key))
                    .unwrap_or_else(|| panic!("no default answer for `{key}`"));
                doc.insert(key.to_owned(), value.clone());
            }
        }
    }
}

struct Run<'a> {
    case: &'a Case,
    outcome: TriageOutcome,
}

fn run_all(suite: &Suite) -> Vec<Run<'_>> {
    suite
        .cases
        .iter()
        .map(|case| {
            let doc = walk(case, &suite.defaults);
            // A case that gives an answer the walk never asked tells a
            // different story from the one the app hears.
            let unasked: Vec<&String> = case
                .answers
                .keys()
                .filter(|k| !doc.contains_key(k.as_str()))
                .collect();
            let outcome = triage::assess(&Answers::from_value(Value::Object(doc.clone())).unwrap())
                .unwrap_or_else(|e| panic!("{}: {e}", case.id));
            assert!(
                unasked.is_empty() || outcome.ended_early,
                "{}: answers {unasked:?} are never asked",
                case.id
            );
            Run { case, outcome }
        })
        .collect()
}

#[test]
fn the_suite_is_large_and_every_case_is_sourced() {
    let suite = suite();
    assert!(suite.cases.len() >= 60, "{} cases", suite.cases.len());
    let mut ids: Vec<&str> = suite.cases.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), suite.cases.len(), "case ids are unique");
    for case in &suite.cases {
        assert!(
            case.story.len() > 20 && !case.source.is_empty(),
            "{}",
            case.id
        );
        assert!(case.acceptable.contains(&case.expected), "{}", case.id);
        assert!(
            case.acceptable.iter().all(|l| *l >= case.expected),
            "{}: a level below the expected one is never acceptable",
            case.id
        );
    }
}

#[test]
fn no_case_is_under_triaged_and_every_case_is_acceptable() {
    let suite = suite();
    for run in run_all(&suite) {
        let case = run.case;
        assert!(
            run.outcome.level >= case.expected,
            "UNDER-TRIAGE {}: {:?}, the source asks for {:?} ({})",
            case.id,
            run.outcome.level,
            case.expected,
            case.story
        );
        assert!(
            case.acceptable.contains(&run.outcome.level),
            "{}: {:?} is not among {:?}",
            case.id,
            run.outcome.level,
            case.acceptable
        );
        for step in &case.next_steps_include {
            assert!(
                run.outcome.next_steps.contains(step),
                "{}: the next steps lack {step:?}: {:?}",
                case.id,
                run.outcome.next_steps
            );
        }
    }
}

#[test]
fn every_row_of_the_coverage_table_is_reached_by_a_case() {
    let suite = suite();
    let runs = run_all(&suite);
    for row in COVERAGE {
        let reaching: Vec<&str> = runs
            .iter()
            .filter(|r| r.case.covers.iter().any(|c| c == row.id))
            .filter(|r| r.outcome.level >= row.level)
            .filter(|r| {
                r.outcome
                    .reasons
                    .iter()
                    .any(|reason| row.rules.contains(&reason.rule.as_str()))
            })
            .map(|r| r.case.id.as_str())
            .collect();
        assert!(
            !reaching.is_empty(),
            "no vignette says `{}` and reaches {:?} through its rule",
            row.id,
            row.level
        );
    }
    for run in &runs {
        for covered in &run.case.covers {
            assert!(
                COVERAGE.iter().any(|r| r.id == covered),
                "{} covers an unknown row `{covered}`",
                run.case.id
            );
        }
    }
}

#[test]
fn the_cli_gives_every_case_the_same_level() {
    let suite = suite();
    for case in &suite.cases {
        let doc = walk(case, &suite.defaults);
        let run = cli(&["triage"], Value::Object(doc).to_string().as_bytes());
        assert_eq!(run.code, Some(0), "{}: {}", case.id, run.stderr);
        let outcome: Value = serde_json::from_str(&run.stdout).unwrap();
        let level: TriageLevel = serde_json::from_value(outcome["level"].clone()).unwrap();
        assert!(
            level >= case.expected,
            "{} through the CLI: {level:?}",
            case.id
        );
    }
}

/// The agreement figures as docs/triage.md prints them.
fn report(runs: &[Run<'_>]) -> String {
    let mut by_level: BTreeMap<TriageLevel, (usize, usize, usize)> = BTreeMap::new();
    for run in runs {
        let entry = by_level.entry(run.case.expected).or_default();
        entry.0 += 1;
        if run.outcome.level == run.case.expected {
            entry.1 += 1;
        } else if run.outcome.level > run.case.expected {
            entry.2 += 1;
        }
    }
    let total = runs.len();
    let agree = runs
        .iter()
        .filter(|r| r.outcome.level == r.case.expected)
        .count();
    let over = runs
        .iter()
        .filter(|r| r.outcome.level > r.case.expected)
        .count();
    let under = runs
        .iter()
        .filter(|r| r.outcome.level < r.case.expected)
        .count();
    let mut out = format!(
        "{total} cases: {agree} at exactly the level the source asks for, {over} more cautious, {under} under-triaged.\n\n\
         | the source asks for | cases | same level | more cautious |\n|---|---|---|---|\n"
    );
    for level in TriageLevel::ALL {
        if let Some((cases, same, more)) = by_level.get(&level) {
            out.push_str(&format!(
                "| `{}` | {cases} | {same} | {more} |\n",
                level.id()
            ));
        }
    }
    for run in runs.iter().filter(|r| r.outcome.level != r.case.expected) {
        out.push_str(&format!(
            "\nMore cautious than the source: `{}` gives `{}` where the source asks for `{}`.",
            run.case.id,
            run.outcome.level.id(),
            run.case.expected.id()
        ));
    }
    out.push('\n');
    out
}

/// Set to rewrite the report in docs/triage.md instead of failing on a difference.
const UPDATE_DOCS: &str = "SPINEWISE_UPDATE_DOCS";

#[test]
fn docs_report_the_agreement_as_measured() {
    let suite = suite();
    let measured = report(&run_all(&suite));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/triage.md");
    let doc = std::fs::read_to_string(path).unwrap();
    let start = doc
        .find("<!-- vignette-report -->\n")
        .expect("docs/triage.md has the vignette report marker")
        + "<!-- vignette-report -->\n".len();
    let end = doc[start..]
        .find("<!-- /vignette-report -->")
        .expect("the report is closed")
        + start;
    if std::env::var_os(UPDATE_DOCS).is_some() {
        std::fs::write(path, format!("{}{measured}{}", &doc[..start], &doc[end..])).unwrap();
        return;
    }
    assert_eq!(
        &doc[start..end],
        measured,
        "docs/triage.md's vignette report is out of date (run the test with {UPDATE_DOCS}=1 to rewrite it); it is now:\n{measured}"
    );
}

/// With SPINEWISE_FUZZ_SEEDS set to a folder, writes every case's complete
/// answers there, one file each: scripts/fuzz.sh starts the triage fuzzer
/// from them, so it begins at every sign and combination the suite knows.
#[test]
fn write_fuzz_seeds_when_asked() {
    let Some(folder) = std::env::var_os("SPINEWISE_FUZZ_SEEDS") else {
        return;
    };
    let suite = suite();
    std::fs::create_dir_all(&folder).unwrap();
    for case in &suite.cases {
        let doc = walk(case, &suite.defaults);
        let path = std::path::Path::new(&folder).join(format!("{}.json", case.id));
        std::fs::write(path, Value::Object(doc).to_string()).unwrap();
    }
}
