//! Keeps docs/triage.md and the program in agreement: the worked example is
//! run through the real CLI, the questions and rules tables are printed from
//! the code (SPINEWISE_UPDATE_DOCS=1 rewrites them), and every level and
//! source the program knows is documented.

mod support;

use serde_json::Value;
use spinewise_core::source::Source;
use spinewise_core::triage::rules::RULES;
use spinewise_core::triage::{AnswerKind, QUESTIONS};
use spinewise_core::TriageLevel;
use support::{cli, holds};

fn doc() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/triage.md"))
        .expect("docs/triage.md exists")
}

/// The JSON block that follows a marker comment.
fn json_after(doc: &str, marker: &str) -> Value {
    let start = doc
        .find(marker)
        .unwrap_or_else(|| panic!("marker {marker} missing"));
    let rest = &doc[start..];
    let open = rest
        .find("```json\n")
        .expect("a json block follows the marker")
        + "```json\n".len();
    let close = rest[open..].find("```").expect("the block is closed");
    serde_json::from_str(&rest[open..open + close])
        .unwrap_or_else(|e| panic!("block after {marker}: {e}"))
}

#[test]
fn the_documented_example_is_what_the_cli_prints() {
    let doc = doc();
    let answers = json_after(&doc, "<!-- example-answers -->");
    let expected = json_after(&doc, "<!-- example-outcome -->");
    let run = cli(&["triage"], answers.to_string().as_bytes());
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let actual: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(
        actual, expected,
        "docs/triage.md's example outcome is out of date; the CLI now prints:\n{}",
        run.stdout
    );
}

/// The table row (a line starting with `|`) that names `id` in backticks.
fn row<'a>(doc: &'a str, id: &str) -> Option<&'a str> {
    let needle = format!("`{id}`");
    doc.lines()
        .find(|line| line.starts_with('|') && line.contains(&needle))
}

#[test]
fn every_level_and_source_is_documented() {
    let doc = doc();
    for level in TriageLevel::ALL {
        assert!(row(&doc, level.id()).is_some(), "level `{}`", level.id());
    }
    for source in Source::ALL {
        assert!(row(&doc, source.id()).is_some(), "source `{}`", source.id());
    }
}

/// The number of questions the calmest person answers, walked through the
/// questionnaire the app uses; docs/triage.md states it.
#[test]
fn the_documented_length_for_a_calm_person_is_what_they_answer() {
    let calm = support::calm_answers();
    let mut doc_answers = serde_json::Map::new();
    let mut asked = 0;
    loop {
        let answers =
            spinewise_core::triage::Answers::from_value(Value::Object(doc_answers.clone()))
                .unwrap();
        match spinewise_core::triage::next_step(&answers).unwrap() {
            spinewise_core::triage::TriageStep::Complete { ended_early } => {
                assert!(!ended_early);
                break;
            }
            spinewise_core::triage::TriageStep::Ask { question, .. } => {
                let answer = calm
                    .get(question.key)
                    .unwrap_or_else(|| panic!("calm.json does not answer `{}`", question.key));
                doc_answers.insert(question.key.to_owned(), answer.clone());
                asked += 1;
            }
        }
    }
    assert_eq!(
        asked,
        calm.as_object().unwrap().len(),
        "calm.json answers only what is asked"
    );
    let documented = format!("<!-- calm-count -->{asked}<!-- /calm-count -->");
    assert!(
        doc().contains(&documented),
        "docs/triage.md should say a calm person answers {asked} questions"
    );
}

#[test]
fn docs_red_flags_prints_the_coverage_table_the_core_holds() {
    let page =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/red-flags.md"))
            .expect("docs/red-flags.md exists");
    let table = spinewise_core::triage::coverage::markdown();
    assert!(
        page.contains(&table),
        "docs/red-flags.md's table is out of date; regenerate it with\n  \
         cargo run -q -p spinewise-core --bin spinewise-cli -- coverage --markdown\nIt is now:\n{table}"
    );
}

/// The questions table as docs/triage.md prints it: every question in the
/// order asked, its answer and when it is asked.
fn questions_markdown() -> String {
    let mut out = String::from(
        "| # | field | section | question | answer | asked when |\n|---|---|---|---|---|---|\n",
    );
    for (n, q) in QUESTIONS.iter().enumerate() {
        let answer = match q.kind {
            AnswerKind::YesNo => "`true` / `false`".to_owned(),
            AnswerKind::Scale { min, max, .. } => format!("whole number {min}-{max}"),
            AnswerKind::Choice { options } => options
                .iter()
                .map(|o| format!("`{}`", o.id))
                .collect::<Vec<_>>()
                .join(" / "),
        };
        let when = spinewise_core::triage::asked_when(q.id)
            .map_or("always", |w| w.strip_prefix("when ").unwrap_or(w));
        out.push_str(&format!(
            "| {} | `{}` | {} | {} | {answer} | {when} |\n",
            n + 1,
            q.key,
            q.section.title(),
            q.prompt
        ));
    }
    out
}

/// The rules table as docs/triage.md prints it, in the order they are held.
fn rules_markdown() -> String {
    let mut out =
        String::from("| rule | level | red flag | finding | source |\n|---|---|---|---|---|\n");
    for rule in RULES {
        out.push_str(&format!(
            "| `{}` | `{}` | {} | {} | `{}` |\n",
            rule.id,
            rule.level.id(),
            if rule.red_flag { "yes" } else { "no" },
            rule.finding,
            rule.source.id()
        ));
    }
    out
}

#[test]
fn the_questions_and_rules_tables_are_the_code_s() {
    holds("triage.md", "questions", &questions_markdown());
    holds("triage.md", "rules", &rules_markdown());
}
