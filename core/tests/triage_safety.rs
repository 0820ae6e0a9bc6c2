//! The triage's safety properties, proven over every combination of the flag
//! answers and over random answer sets, through the public path the app uses
//! (`next_step` to walk the questionnaire, `assess` to finish it).
//!
//! The red flags are listed here from the clinical notes, independently of the
//! rule table, so a rule whose level is lowered by mistake fails these tests.

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use spinewise_core::triage::{
    self, AnswerKind, Answers, Question, QuestionId, TriageStep, QUESTIONS,
};
use spinewise_core::TriageLevel;

type Doc = Map<String, Value>;

/// Every answer a question accepts, least concerning first.
fn values_by_concern(q: &Question) -> Vec<Value> {
    match q.kind {
        // Having been examined already is the reassuring answer.
        AnswerKind::YesNo if q.id == QuestionId::AlreadyChecked => vec![json!(true), json!(false)],
        AnswerKind::YesNo => vec![json!(false), json!(true)],
        AnswerKind::Scale { min, max, .. } => (min..=max).map(|v| json!(v)).collect(),
        // The catalogue lists options least concerning first.
        AnswerKind::Choice { options } => options.iter().map(|o| json!(o.id)).collect(),
    }
}

fn parse(doc: &Doc) -> Answers {
    Answers::from_value(Value::Object(doc.clone())).expect("test documents are well formed")
}

/// Drops answers to questions the rest of the document no longer asks, as the
/// app does when a person goes back and changes an earlier answer.
fn prune(doc: &mut Doc) {
    loop {
        let answers = parse(doc);
        let stale: Vec<String> = QUESTIONS
            .iter()
            .filter(|q| answers.is_answered(q.id) && !triage::is_asked(q.id, &answers))
            .map(|q| q.key.to_owned())
            .collect();
        if stale.is_empty() {
            return;
        }
        stale.iter().for_each(|k| {
            doc.remove(k);
        });
    }
}

/// Walks the questionnaire from `doc`, answering each new question with `fill`.
fn complete(mut doc: Doc, mut fill: impl FnMut(&Question) -> Value) -> Doc {
    prune(&mut doc);
    loop {
        match triage::next_step(&parse(&doc)).expect("walk stays consistent") {
            TriageStep::Ask { question, .. } => {
                doc.insert(question.key.to_owned(), fill(question));
            }
            TriageStep::Complete { .. } => return doc,
        }
    }
}

fn level_of(doc: &Doc) -> TriageLevel {
    triage::assess(&parse(doc))
        .expect("complete documents assess")
        .level
}

fn least_concerning(q: &Question) -> Value {
    values_by_concern(q).remove(0)
}

fn doc(value: Value) -> Doc {
    value.as_object().expect("object").clone()
}

const EMERGENCY_YES_NO: [&str; 5] = [
    "bladder_bowel",
    "saddle_numbness",
    "sexual_function",
    "weakness_worsening",
    "serious_trauma",
];

/// The urgent red flags of the clinical notes that are a single "yes".
const URGENT_YES_NO: [&str; 8] = [
    "fever_or_unwell",
    "infection_risk",
    "cancer_history",
    "weight_loss",
    "night_pain",
    "rest_does_not_help",
    "back_shape_change",
    "upper_back_pain",
];

/// Backgrounds: complete answer sets with no emergency sign, from the most
/// reassuring to the most worrying non-emergency answers.
fn backgrounds() -> Vec<Doc> {
    let calm = complete(Doc::new(), least_concerning);
    let worried = complete(Doc::new(), |q| {
        if EMERGENCY_YES_NO.contains(&q.key) {
            json!(false)
        } else if q.key == "leg_spread" {
            json!("one_leg")
        } else {
            values_by_concern(q).pop().unwrap()
        }
    });
    let mut mixed = Vec::new();
    for seed in 0..24u64 {
        let mut state = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        mixed.push(complete(Doc::new(), |q| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            if EMERGENCY_YES_NO.contains(&q.key) {
                return json!(false);
            }
            let mut values = values_by_concern(q);
            if q.key == "leg_spread" {
                values.pop(); // both legs is an emergency sign
            }
            values.swap_remove((state >> 33) as usize % values.len())
        }));
    }
    [vec![calm, worried], mixed].concat()
}

#[test]
fn every_combination_of_emergency_signs_gives_emergency_whatever_else_is_answered() {
    let backgrounds = backgrounds();
    let mut checked = 0;
    for mask in 0u32..(1 << EMERGENCY_YES_NO.len()) {
        for leg in ["neither", "one_leg", "both_legs"] {
            let has_sign = mask != 0 || leg == "both_legs";
            for background in &backgrounds {
                let mut d = background.clone();
                for (i, key) in EMERGENCY_YES_NO.iter().enumerate() {
                    d.insert((*key).into(), json!(mask & (1 << i) != 0));
                }
                d.insert("leg_spread".into(), json!(leg));
                let d = complete(d, least_concerning);
                let outcome = triage::assess(&parse(&d)).unwrap();
                if has_sign {
                    assert_eq!(outcome.level, TriageLevel::Emergency, "{d:?}");
                    assert!(outcome.ended_early);
                } else {
                    assert!(outcome.level < TriageLevel::Emergency, "{d:?}");
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 32 * 3 * backgrounds.len());
}

#[test]
fn the_questionnaire_stops_at_the_first_emergency_sign() {
    for key in EMERGENCY_YES_NO {
        let asked = complete(doc(json!({ key: true })), |q| {
            panic!("asked {} after an emergency sign", q.key)
        });
        assert_eq!(level_of(&asked), TriageLevel::Emergency);
    }
    let mut answered = 0;
    let finished = complete(Doc::new(), |q| {
        answered += 1;
        if q.key == "leg_spread" {
            json!("both_legs")
        } else {
            json!(false)
        }
    });
    assert_eq!(level_of(&finished), TriageLevel::Emergency);
    assert_eq!(
        answered, 4,
        "bladder, saddle, sexual function, then legs: nothing after"
    );
}

#[test]
fn every_combination_of_urgent_flags_gives_at_least_urgent() {
    let backgrounds = backgrounds();
    for mask in 1u32..(1 << URGENT_YES_NO.len()) {
        for background in &backgrounds {
            let mut d = background.clone();
            for (i, key) in URGENT_YES_NO.iter().enumerate() {
                if mask & (1 << i) != 0 {
                    d.insert((*key).into(), json!(true));
                }
            }
            let level = level_of(&complete(d, least_concerning));
            assert!(level >= TriageLevel::Urgent, "mask {mask:#b}: {level:?}");
        }
    }
}

/// The red flags that are more than one answer, and the nerve-root and
/// inflammatory groups, each laid over every background.
#[test]
fn no_red_flag_ever_gives_modify_or_continue() {
    let flags: Vec<(&str, Value, TriageLevel)> = vec![
        (
            "fracture: minor fall with thin bones",
            json!({"age_band": "under_45", "minor_fall": true, "bone_fragility": true}),
            TriageLevel::Urgent,
        ),
        (
            "fracture: minor fall over 50",
            json!({"age_band": "over_50", "minor_fall": true}),
            TriageLevel::Urgent,
        ),
        (
            "nerve root: one leg",
            json!({"leg_spread": "one_leg"}),
            TriageLevel::Soon,
        ),
        (
            "nerve root: below the knee",
            json!({"leg_spread": "one_leg", "below_knee": true}),
            TriageLevel::Soon,
        ),
        (
            "nerve root: numbness",
            json!({"leg_spread": "one_leg", "leg_numbness": true}),
            TriageLevel::Soon,
        ),
        (
            "nerve root: stable weakness",
            json!({"leg_spread": "one_leg", "leg_weakness": true}),
            TriageLevel::Soon,
        ),
        (
            "nerve root: pain down the leg",
            json!({"pain_character": "down_the_leg"}),
            TriageLevel::Soon,
        ),
        (
            "inflammatory pattern",
            json!({"age_band": "under_45", "duration": "over_three_months", "morning_stiffness": true, "better_with_movement": true, "already_checked": true}),
            TriageLevel::Soon,
        ),
        (
            "new pain over 50",
            json!({"age_band": "over_50", "already_checked": false}),
            TriageLevel::Soon,
        ),
    ];
    let backgrounds = backgrounds();
    for (name, flag, at_least) in &flags {
        let mut seen = 0;
        for background in &backgrounds {
            let mut d = background.clone();
            d.extend(flag.as_object().unwrap().clone());
            let d = complete(d, least_concerning);
            // The flag must survive pruning for the case to count.
            if flag
                .as_object()
                .unwrap()
                .iter()
                .all(|(k, v)| d.get(k) == Some(v))
            {
                let level = level_of(&d);
                assert!(level >= *at_least, "{name}: {level:?} for {d:?}");
                assert!(level > TriageLevel::Stop, "{name}");
                seen += 1;
            }
        }
        assert!(seen > 0, "{name} was never exercised");
    }
}

/// Answers that are not symptoms and so carry no "more worrying" direction.
fn has_concern_order(q: &Question) -> bool {
    q.id != QuestionId::AgeBand
}

/// Raises one answer of `base` to every more worrying value, one at a time;
/// the level must never drop. Questions the raise opens are answered with
/// their least worrying value, the hardest case for the property.
fn assert_no_raise_lowers_the_level(base: &Doc) {
    let before = level_of(base);
    for q in QUESTIONS.iter().filter(|q| has_concern_order(q)) {
        let Some(current) = base.get(q.key) else {
            continue;
        };
        let values = values_by_concern(q);
        let rank = values.iter().position(|v| v == current).unwrap();
        for higher in &values[rank + 1..] {
            let mut raised = base.clone();
            raised.insert(q.key.to_owned(), higher.clone());
            let raised = complete(raised, least_concerning);
            let after = level_of(&raised);
            assert!(
                after >= before,
                "{} {current} -> {higher} lowered {before:?} to {after:?}\n{base:?}",
                q.key
            );
        }
    }
}

#[test]
fn a_more_worrying_answer_never_lowers_the_level_from_the_calmest_answers() {
    assert_no_raise_lowers_the_level(&complete(Doc::new(), least_concerning));
}

/// A random answer for each question, chosen by index into its values.
fn random_doc(picks: &[usize]) -> Doc {
    let mut next = picks.iter().cycle();
    complete(Doc::new(), |q| {
        let values = values_by_concern(q);
        values[next.next().unwrap() % values.len()].clone()
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn a_more_worrying_answer_never_lowers_the_level(picks in prop::collection::vec(0usize..11, 29)) {
        assert_no_raise_lowers_the_level(&random_doc(&picks));
    }

    #[test]
    fn every_walk_ends_in_an_outcome_with_reasons_and_steps(picks in prop::collection::vec(0usize..11, 29)) {
        let d = random_doc(&picks);
        let outcome = triage::assess(&parse(&d)).unwrap();
        prop_assert!(!outcome.next_steps.is_empty());
        prop_assert!(!outcome.not_a_diagnosis.is_empty());
        if outcome.level > TriageLevel::Continue {
            // Every level above continue is explained by at least one finding at that level.
            prop_assert!(outcome.reasons.iter().any(|r| r.level == outcome.level));
        }
        let red_flag = outcome.reasons.iter().any(|r| r.red_flag);
        prop_assert!(!red_flag || outcome.level >= TriageLevel::Soon);
    }

    #[test]
    fn an_incomplete_walk_is_refused_and_names_the_next_question(picks in prop::collection::vec(0usize..11, 29), cut in 0usize..29) {
        let full = random_doc(&picks);
        let mut partial = Doc::new();
        // Replay the walk's answers in question order, stopping `cut` answers in.
        for q in QUESTIONS.iter().filter(|q| full.contains_key(q.key)).take(cut) {
            partial.insert(q.key.to_owned(), full[q.key].clone());
        }
        let answers = parse(&partial);
        match triage::next_step(&answers).unwrap() {
            TriageStep::Ask { question, .. } => {
                let err = triage::assess(&answers).unwrap_err();
                prop_assert_eq!(err, triage::TriageError::Incomplete { next: question.id });
            }
            TriageStep::Complete { .. } => {
                prop_assert!(triage::assess(&answers).is_ok());
            }
        }
    }
}
