//! Keeps docs/triage.md and the program in agreement: the worked example is
//! run through the real CLI, and every field, option, level, rule and source
//! the program knows is documented, each rule with its source.

mod support;

use serde_json::Value;
use spinewise_core::source::Source;
use spinewise_core::triage::rules::RULES;
use spinewise_core::triage::{AnswerKind, QUESTIONS};
use spinewise_core::TriageLevel;
use support::cli;

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
fn every_field_and_option_is_documented() {
    let doc = doc();
    for q in &QUESTIONS {
        let line = row(&doc, q.key).unwrap_or_else(|| panic!("question `{}` has no row", q.key));
        assert!(
            line.contains(q.prompt),
            "the row for `{}` does not show its current wording",
            q.key
        );
        if let AnswerKind::Choice { options } = q.kind {
            for option in options {
                assert!(
                    line.contains(&format!("`{}`", option.id)),
                    "option `{}` of `{}` is undocumented",
                    option.id,
                    q.key
                );
            }
        }
    }
}

#[test]
fn every_rule_is_documented_with_its_level_and_source() {
    let doc = doc();
    for rule in RULES {
        // Rule rows begin with the id; a question may share it (`weakness_worsening`).
        let start = format!("| `{}` |", rule.id);
        let line = doc
            .lines()
            .find(|l| l.starts_with(&start))
            .unwrap_or_else(|| panic!("rule `{}` has no row", rule.id));
        assert!(
            line.contains(&format!("`{}`", rule.level.id())),
            "rule `{}`: level",
            rule.id
        );
        assert!(
            line.contains(&format!("`{}`", rule.source.id())),
            "rule `{}`: source",
            rule.id
        );
        assert!(line.contains(rule.finding), "rule `{}`: finding", rule.id);
    }
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

#[test]
fn every_follow_up_says_when_it_is_asked() {
    let doc = doc();
    for q in &QUESTIONS {
        let line = row(&doc, q.key).unwrap();
        let when = spinewise_core::triage::asked_when(q.id)
            .map_or("always", |w| w.strip_prefix("when ").unwrap_or(w));
        assert!(line.contains(when), "`{}`: asked {when}", q.key);
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
