//! The triage's safety properties, proven over every combination of the flag
//! answers and over thousands of generated answer sets, through the public
//! path the app uses (`next_step` to walk the questionnaire, `assess` to
//! finish it).
//!
//! Every outcome is checked against `support/red_flag_oracle.rs`, the sources'
//! minimum level for each sign written independently of the rule table, so a
//! rule whose level is lowered (or that is deleted) fails these tests. The
//! answer sets are spread over every level on purpose: a property checked only
//! from `continue`, or only where everything is already `urgent`, cannot fail.

#[path = "support/red_flag_oracle.rs"]
mod oracle;

use std::collections::BTreeMap;

use proptest::prelude::*;
use serde_json::{json, Map, Value};
use spinewise_core::triage::{
    self, AnswerKind, Answers, Question, QuestionId, Section, TriageStep, QUESTIONS,
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

fn outcome_of(doc: &Doc) -> triage::TriageOutcome {
    triage::assess(&parse(doc)).expect("complete documents assess")
}

fn level_of(doc: &Doc) -> TriageLevel {
    outcome_of(doc).level
}

fn least_concerning(q: &Question) -> Value {
    values_by_concern(q).remove(0)
}

/// The oracle's verdict on a finished document, with the reason when it fails.
fn meets_the_sources(doc: &Doc) -> Result<(), String> {
    let answers = parse(doc);
    let outcome = outcome_of(doc);
    let minimum = oracle::minimum(&answers);
    if outcome.level < minimum {
        let missed: Vec<&str> = oracle::EXPECTATIONS
            .iter()
            .filter(|e| (e.holds)(&answers) && outcome.level < e.at_least)
            .map(|e| e.name)
            .collect();
        return Err(format!(
            "{:?} is below {minimum:?} for {missed:?}: {doc:?}",
            outcome.level
        ));
    }
    if oracle::any_red_flag(&answers) && outcome.level < TriageLevel::Soon {
        return Err(format!("a red flag gave {:?}: {doc:?}", outcome.level));
    }
    Ok(())
}

/// A small deterministic generator, so every run walks the same documents.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        self.next() as usize % n
    }

    /// True `percent` times in a hundred.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// A walk where each yes/no warning answer is "yes" `flag_percent` times in a
/// hundred. Emergency signs are rarer (a third as often), so that walks reach
/// the later questions; a leg is affected twice as often, and each follow-up
/// about it is a toss-up, so that nerve signs and their combinations are met;
/// every other answer is picked at random.
fn random_walk(seed: u64, flag_percent: u64) -> Doc {
    let mut rng = Lcg(seed);
    complete(Doc::new(), |q| {
        let values = values_by_concern(q);
        match q.kind {
            AnswerKind::YesNo if q.id == QuestionId::AlreadyChecked => values[rng.below(2)].clone(),
            AnswerKind::YesNo if q.section == Section::EmergencySigns => {
                json!(rng.chance(flag_percent / 3))
            }
            AnswerKind::YesNo if matches!(q.section, Section::YourLeg | Section::YourHealth) => {
                json!(rng.chance(50))
            }
            AnswerKind::YesNo => json!(rng.chance(flag_percent)),
            AnswerKind::Choice { .. }
                if matches!(q.id, QuestionId::LegSymptoms | QuestionId::LegWeakness) =>
            {
                if rng.chance(2 * flag_percent) {
                    json!("one_leg")
                } else if rng.chance(flag_percent / 3) {
                    json!("both_legs")
                } else {
                    json!("neither")
                }
            }
            _ => values[rng.below(values.len())].clone(),
        }
    })
}

/// A walk with every sign of the emergency and warning sections answered
/// "no", the legs clear and an adult's age: what is left is pain, movement,
/// onset and the course, which is where `continue`, `modify`, `stop` and
/// `soon` are decided. Each of those answers is the calmest one more often
/// than not, so that calm results are as common as worrying ones.
fn flag_free_walk(seed: u64) -> Doc {
    let mut rng = Lcg(seed);
    complete(Doc::new(), |q| {
        let values = values_by_concern(q);
        let flag_section = matches!(q.section, Section::EmergencySigns | Section::WarningSigns);
        match q.kind {
            AnswerKind::YesNo if flag_section => json!(false),
            AnswerKind::Choice { .. }
                if matches!(q.id, QuestionId::LegSymptoms | QuestionId::LegWeakness) =>
            {
                values[0].clone()
            }
            AnswerKind::Choice { .. } if q.id == QuestionId::AgeBand => {
                json!(["16_to_44", "45_to_49"][rng.below(2)])
            }
            AnswerKind::Choice { .. } if q.id == QuestionId::Onset => json!("gradually"),
            // Pain in one of its three zones, equally often.
            AnswerKind::Scale { .. } => {
                json!([rng.below(3), 3 + rng.below(3), 6 + rng.below(5)][rng.below(3)])
            }
            _ if rng.chance(55) => values[0].clone(),
            _ => values[rng.below(values.len())].clone(),
        }
    })
}

/// Complete answer sets with no emergency, six at each of the five other
/// levels, so that a lowered rule at any level changes what one of them gives.
fn backgrounds() -> Vec<Doc> {
    let mut by_level: BTreeMap<TriageLevel, Vec<Doc>> = BTreeMap::new();
    let wanted = [
        TriageLevel::Continue,
        TriageLevel::Modify,
        TriageLevel::Stop,
        TriageLevel::Soon,
        TriageLevel::Urgent,
    ];
    for seed in 0..20_000u64 {
        let doc = if seed % 2 == 0 {
            flag_free_walk(seed)
        } else {
            random_walk(seed, 4)
        };
        let level = level_of(&doc);
        let bucket = by_level.entry(level).or_default();
        if level != TriageLevel::Emergency && bucket.len() < 6 {
            bucket.push(doc);
        }
        if wanted
            .iter()
            .all(|l| by_level.get(l).is_some_and(|b| b.len() == 6))
        {
            break;
        }
    }
    for level in wanted {
        assert_eq!(
            by_level.get(&level).map_or(0, Vec::len),
            6,
            "no background found at {level:?}"
        );
    }
    by_level.into_values().flatten().collect()
}

const EMERGENCY_YES_NO: [&str; 6] = [
    "bladder_bowel",
    "saddle_numbness",
    "sexual_function",
    "weakness_worsening",
    "serious_trauma",
    "chest_symptoms",
];

/// The urgent red flags of the clinical notes and the NHS list that are a
/// single "yes".
const URGENT_YES_NO: [&str; 9] = [
    "fever_or_unwell",
    "infection_risk",
    "cancer_history",
    "weight_loss",
    "pain_at_rest_or_night",
    "worse_with_straining",
    "back_shape_change",
    "upper_back_pain",
    "belly_pain",
];

#[test]
fn backgrounds_cover_every_level_below_emergency() {
    let backgrounds = backgrounds();
    assert_eq!(backgrounds.len(), 30);
    for doc in &backgrounds {
        meets_the_sources(doc).unwrap();
    }
}

#[test]
fn every_combination_of_emergency_signs_gives_emergency_over_backgrounds_at_every_level() {
    let backgrounds = backgrounds();
    let mut checked = 0;
    const LEGS: [&str; 3] = ["neither", "one_leg", "both_legs"];
    for mask in 0u32..(1 << EMERGENCY_YES_NO.len()) {
        for (leg, weak) in LEGS.iter().flat_map(|l| LEGS.iter().map(move |w| (*l, *w))) {
            let has_sign = mask != 0 || leg == "both_legs" || weak == "both_legs";
            for background in &backgrounds {
                let mut d = background.clone();
                for (i, key) in EMERGENCY_YES_NO.iter().enumerate() {
                    d.insert((*key).into(), json!(mask & (1 << i) != 0));
                }
                d.insert("leg_symptoms".into(), json!(leg));
                d.insert("leg_weakness".into(), json!(weak));
                let d = complete(d, least_concerning);
                let outcome = outcome_of(&d);
                meets_the_sources(&d).unwrap();
                if has_sign {
                    assert_eq!(outcome.level, TriageLevel::Emergency, "{d:?}");
                    assert!(outcome.ended_early);
                } else if oracle::minimum(&parse(&d)) < TriageLevel::Emergency {
                    // Without a sign (or a combination the sources call an
                    // emergency, such as past cancer with a leg symptom), never
                    // an emergency.
                    assert!(outcome.level < TriageLevel::Emergency, "{d:?}");
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, 64 * 9 * 30);
}

#[test]
fn the_questionnaire_stops_at_the_first_emergency_sign() {
    for key in EMERGENCY_YES_NO {
        let mut answered = Doc::new();
        // Everything before the sign is answered "no"; nothing after it is asked.
        for q in QUESTIONS.iter().take_while(|q| q.key != key) {
            answered.insert(q.key.to_owned(), least_concerning(q));
        }
        answered.insert(key.to_owned(), json!(true));
        let asked = complete(answered, |q| {
            panic!("asked {} after the emergency sign {key}", q.key)
        });
        assert_eq!(level_of(&asked), TriageLevel::Emergency);
    }
    let mut answered = 0;
    let finished = complete(Doc::new(), |q| {
        answered += 1;
        if q.key == "leg_symptoms" {
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
fn a_combination_the_sources_call_an_emergency_ends_the_questionnaire_where_it_completes() {
    // One leg, then past cancer: nothing is asked after the cancer question.
    let mut asked_after = Vec::new();
    let doc = complete(Doc::new(), |q| {
        if !asked_after.is_empty() || q.key == "cancer_history" {
            asked_after.push(q.key);
        }
        match q.key {
            "leg_symptoms" => json!("one_leg"),
            "cancer_history" => json!(true),
            _ => least_concerning(q),
        }
    });
    assert_eq!(asked_after, ["cancer_history"]);
    assert_eq!(level_of(&doc), TriageLevel::Emergency);
}

#[test]
fn every_combination_of_urgent_flags_gives_at_least_urgent_over_every_background() {
    let backgrounds = backgrounds();
    for mask in 1u32..(1 << URGENT_YES_NO.len()) {
        for background in &backgrounds {
            let mut d = background.clone();
            for (i, key) in URGENT_YES_NO.iter().enumerate() {
                if mask & (1 << i) != 0 {
                    d.insert((*key).into(), json!(true));
                }
            }
            let d = complete(d, least_concerning);
            let level = level_of(&d);
            assert!(level >= TriageLevel::Urgent, "mask {mask:#b}: {level:?}");
            meets_the_sources(&d).unwrap();
        }
    }
}

/// Thousands of walks, half without flags and half with flags from rare to
/// common: every outcome meets the sources' minimum, and every sign of the
/// oracle is met many times, so none of its checks is idle.
#[test]
fn every_outcome_meets_the_sources_minimum_and_every_sign_is_exercised() {
    let mut met: BTreeMap<&str, usize> = BTreeMap::new();
    for seed in 0..12_000u64 {
        let flag_percent = [2, 5, 10, 25, 50][(seed % 5) as usize];
        let doc = if seed % 2 == 0 {
            flag_free_walk(seed.wrapping_mul(7919))
        } else {
            random_walk(seed.wrapping_mul(7919), flag_percent)
        };
        meets_the_sources(&doc).unwrap();
        let answers = parse(&doc);
        for e in oracle::EXPECTATIONS.iter().filter(|e| (e.holds)(&answers)) {
            *met.entry(e.name).or_default() += 1;
        }
    }
    for e in oracle::EXPECTATIONS {
        let times = met.get(e.name).copied().unwrap_or(0);
        assert!(times >= 5, "`{}` held in only {times} walks", e.name);
    }
}

/// Raises one answer of `base` to every more worrying value, one at a time;
/// the level must never drop, and every raised outcome meets the sources.
/// Questions the raise opens are answered with their least worrying value,
/// the hardest case for the property.
fn assert_no_raise_lowers_the_level(base: &Doc) {
    let before = level_of(base);
    for q in QUESTIONS.iter().filter(|q| q.id != QuestionId::AgeBand) {
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
            meets_the_sources(&raised).unwrap();
        }
    }
}

#[test]
fn flag_free_bases_spread_over_the_self_care_levels() {
    let mut count: BTreeMap<TriageLevel, usize> = BTreeMap::new();
    for seed in 0..400u64 {
        *count.entry(level_of(&flag_free_walk(seed))).or_default() += 1;
    }
    // Without red flags the levels are decided by pain, movement and time:
    // each of them must be a real share of the bases, or raising answers from
    // them proves nothing about that level.
    for level in [
        TriageLevel::Continue,
        TriageLevel::Modify,
        TriageLevel::Stop,
        TriageLevel::Soon,
    ] {
        let n = count.get(&level).copied().unwrap_or(0);
        assert!(n >= 20, "{level:?}: {n} of 400 ({count:?})");
    }
}

#[test]
fn a_more_worrying_answer_never_lowers_the_level_from_backgrounds_at_every_level() {
    for base in backgrounds() {
        assert_no_raise_lowers_the_level(&base);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn a_more_worrying_answer_never_lowers_the_level_from_a_flag_free_base(seed in any::<u64>()) {
        assert_no_raise_lowers_the_level(&flag_free_walk(seed));
    }

    #[test]
    fn every_walk_ends_in_an_outcome_with_reasons_and_steps(seed in any::<u64>(), flags in 0u64..60) {
        let d = random_walk(seed, flags);
        let outcome = outcome_of(&d);
        prop_assert!(!outcome.next_steps.is_empty());
        prop_assert!(!outcome.not_a_diagnosis.is_empty());
        if outcome.level > TriageLevel::Continue {
            // Every level above continue is explained by at least one finding at that level.
            prop_assert!(outcome.reasons.iter().any(|r| r.level == outcome.level));
        }
        let red_flag = outcome.reasons.iter().any(|r| r.red_flag);
        prop_assert!(!red_flag || outcome.level >= TriageLevel::Soon);
        prop_assert!(meets_the_sources(&d).is_ok(), "{}", meets_the_sources(&d).unwrap_err());
    }

    #[test]
    fn an_incomplete_walk_is_refused_and_names_the_next_question(seed in any::<u64>(), flags in 0u64..30, cut in 0usize..36) {
        let full = random_walk(seed, flags);
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
