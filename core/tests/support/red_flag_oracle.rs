//! What the sources ask for, written here again on purpose, independently of
//! `core/src/triage/rules.rs`: for each sign, the least urgent level the
//! sources allow. The safety tests and the fuzzer check every outcome against
//! it, so a rule whose level is lowered, or a rule deleted, fails them even
//! though the rule table still agrees with itself. Shared with `core/fuzz`
//! (included by path), so it may use only the public API.

use spinewise_core::triage::{
    AgeBand, Answers, Duration, LegSymptoms, Onset, PainCharacter, WarmUp, WeaknessSeverity,
};
use spinewise_core::TriageLevel;

pub struct Expectation {
    pub name: &'static str,
    pub holds: fn(&Answers) -> bool,
    pub at_least: TriageLevel,
    /// A red flag of the clinical notes (or a serious cause outside the spine).
    pub red_flag: bool,
}

fn yes(answer: Option<bool>) -> bool {
    answer == Some(true)
}

/// Not known to have begun gradually.
fn maybe_sudden(a: &Answers) -> bool {
    a.onset.is_some_and(|o| o != Onset::Gradually)
}

fn within_six_weeks(a: &Answers) -> bool {
    !matches!(
        a.duration,
        Some(Duration::SixWeeksToThreeMonths | Duration::OverThreeMonths)
    )
}

fn any_leg(symptom: Option<LegSymptoms>) -> bool {
    matches!(symptom, Some(LegSymptoms::OneLeg | LegSymptoms::BothLegs))
}

fn both_legs(a: &Answers) -> bool {
    a.leg_symptoms == Some(LegSymptoms::BothLegs) || a.leg_weakness == Some(LegSymptoms::BothLegs)
}

/// NICE NG234's neurological symptoms, and what turns a spinal infection into
/// an emergency: radicular or band-like pain, numbness, tingling, weakness.
fn nerve_sign(a: &Answers) -> bool {
    any_leg(a.leg_symptoms)
        || any_leg(a.leg_weakness)
        || yes(a.below_knee)
        || yes(a.leg_numbness)
        || a.pain_character == Some(PainCharacter::DownTheLeg)
        || yes(a.band_like_pain)
        || yes(a.weakness_worsening)
}

/// A loss of function, not only pain.
fn deficit(a: &Answers) -> bool {
    yes(a.leg_numbness) || any_leg(a.leg_weakness) || yes(a.weakness_worsening) || both_legs(a)
}

const fn flag(
    name: &'static str,
    holds: fn(&Answers) -> bool,
    at_least: TriageLevel,
) -> Expectation {
    Expectation {
        name,
        holds,
        at_least,
        red_flag: true,
    }
}

const fn sign(
    name: &'static str,
    holds: fn(&Answers) -> bool,
    at_least: TriageLevel,
) -> Expectation {
    Expectation {
        name,
        holds,
        at_least,
        red_flag: false,
    }
}

use TriageLevel as L;

pub static EXPECTATIONS: &[Expectation] = &[
    // GIRFT cauda equina pathway; NHS "call 999".
    flag(
        "bladder or bowel change",
        |a| yes(a.bladder_bowel),
        L::Emergency,
    ),
    flag("saddle numbness", |a| yes(a.saddle_numbness), L::Emergency),
    flag(
        "new sexual dysfunction",
        |a| yes(a.sexual_function),
        L::Emergency,
    ),
    flag("symptoms in both legs", both_legs, L::Emergency),
    flag(
        "weakness getting worse",
        |a| {
            yes(a.weakness_worsening) || a.weakness_severity == Some(WeaknessSeverity::GettingWorse)
        },
        L::Emergency,
    ),
    flag("serious trauma", |a| yes(a.serious_trauma), L::Emergency),
    flag(
        "chest pain, breathlessness or faintness",
        |a| yes(a.chest_symptoms),
        L::Emergency,
    ),
    flag(
        "sudden severe belly pain",
        |a| yes(a.belly_pain) && yes(a.belly_pain_severe),
        L::Emergency,
    ),
    flag(
        "sudden pain with faintness or tearing",
        |a| yes(a.faint_or_tearing),
        L::Emergency,
    ),
    // NICE NG234; spinal abscess.
    flag(
        "cancer with a nerve sign",
        |a| yes(a.cancer_history) && nerve_sign(a),
        L::Emergency,
    ),
    flag(
        "fever with a nerve sign",
        |a| yes(a.fever_or_unwell) && nerve_sign(a),
        L::Emergency,
    ),
    flag(
        "infection risk with numbness or weakness",
        |a| yes(a.infection_risk) && deficit(a),
        L::Emergency,
    ),
    flag(
        "infection risk with nerve pain",
        |a| yes(a.infection_risk) && nerve_sign(a),
        L::Urgent,
    ),
    flag(
        "diabetes with numbness or weakness",
        |a| yes(a.diabetes) && deficit(a),
        L::Emergency,
    ),
    // NICE CKS red flags; NHS urgent list; NG234 within 24 hours.
    flag(
        "fever or feeling unwell",
        |a| yes(a.fever_or_unwell),
        L::Urgent,
    ),
    flag("infection risk", |a| yes(a.infection_risk), L::Urgent),
    flag("past cancer", |a| yes(a.cancer_history), L::Urgent),
    flag("weight loss", |a| yes(a.weight_loss), L::Urgent),
    flag(
        "pain at rest or at night",
        |a| yes(a.pain_at_rest_or_night),
        L::Urgent,
    ),
    flag(
        "pain on straining",
        |a| yes(a.worse_with_straining),
        L::Urgent,
    ),
    flag(
        "lump or change of shape",
        |a| yes(a.back_shape_change),
        L::Urgent,
    ),
    flag(
        "pain in the upper or middle back",
        |a| yes(a.upper_back_pain),
        L::Urgent,
    ),
    flag(
        "belly, side or groin pain",
        |a| yes(a.belly_pain),
        L::Urgent,
    ),
    flag(
        "belly pain in pregnancy",
        |a| yes(a.belly_pain) && yes(a.pregnancy),
        L::Urgent,
    ),
    // A fracture is a new pain (NICE CKS: sudden onset): a start more than
    // six weeks ago is not one; pain of unstated length counts.
    flag(
        "fragile bones and a recent start not known to be gradual",
        |a| yes(a.bone_fragility) && maybe_sudden(a) && within_six_weeks(a),
        L::Urgent,
    ),
    flag(
        // A start the person cannot describe may have been sudden: a fragile
        // spine can break without a moment they remember.
        "50 or over and a recent start not known to be gradual",
        |a| a.age_band == Some(AgeBand::FiftyOrOver) && maybe_sudden(a) && within_six_weeks(a),
        L::Urgent,
    ),
    flag(
        "severe central pain eased by lying",
        |a| yes(a.sudden_central_pain),
        L::Urgent,
    ),
    flag(
        "a clearly weak leg",
        |a| {
            a.weakness_severity
                .is_some_and(|w| w >= WeaknessSeverity::Clearly)
        },
        L::Urgent,
    ),
    // Clinical notes, cancer group: age over 50 with new pain.
    flag(
        "new pain at 50 or over",
        |a| a.age_band == Some(AgeBand::FiftyOrOver) && !yes(a.already_checked),
        L::Urgent,
    ),
    flag(
        "diabetes with a nerve sign",
        |a| yes(a.diabetes) && nerve_sign(a),
        L::Urgent,
    ),
    // Nerve root, inflammatory back pain, age: within days.
    flag(
        "one leg",
        |a| a.leg_symptoms == Some(LegSymptoms::OneLeg),
        L::Soon,
    ),
    flag(
        "a weak leg",
        |a| a.leg_weakness == Some(LegSymptoms::OneLeg),
        L::Soon,
    ),
    flag("below the knee", |a| yes(a.below_knee), L::Soon),
    flag("numbness in one leg", |a| yes(a.leg_numbness), L::Soon),
    flag(
        "pain down the leg",
        |a| a.pain_character == Some(PainCharacter::DownTheLeg),
        L::Soon,
    ),
    flag("band-like pain", |a| yes(a.band_like_pain), L::Soon),
    flag(
        "inflammatory pattern",
        |a| {
            a.duration == Some(Duration::OverThreeMonths)
                && (a.age_band == Some(AgeBand::From16To44) || yes(a.onset_before_45))
                && yes(a.morning_stiffness)
                && yes(a.better_with_movement)
        },
        L::Soon,
    ),
    flag(
        "under 16",
        |a| a.age_band == Some(AgeBand::Under16),
        L::Soon,
    ),
    // The seed article and the pain-monitoring model.
    sign(
        "over a week, not examined",
        |a| a.duration.is_some_and(|d| d >= Duration::OneToSixWeeks) && !yes(a.already_checked),
        L::Soon,
    ),
    sign(
        "rising week on week",
        |a| yes(a.rising_week_on_week),
        L::Soon,
    ),
    sign(
        "pain above 5",
        |a| a.pain_during_exercise.is_some_and(|p| p.value() > 5),
        L::Stop,
    ),
    sign(
        "worse as you keep moving",
        |a| a.warm_up == Some(WarmUp::Worsens),
        L::Stop,
    ),
    sign(
        "not settled by the morning",
        |a| yes(a.lingered_next_morning),
        L::Stop,
    ),
    sign(
        "pain 3 to 5",
        |a| {
            a.pain_during_exercise
                .is_some_and(|p| (3..=5).contains(&p.value()))
        },
        L::Modify,
    ),
    sign(
        "deep central pain",
        |a| a.pain_character == Some(PainCharacter::DeepCentral),
        L::Modify,
    ),
    sign(
        "unsure of the kind",
        |a| a.pain_character == Some(PainCharacter::NotSure),
        L::Modify,
    ),
];

/// The least urgent level these answers allow, by the sources.
pub fn minimum(a: &Answers) -> TriageLevel {
    EXPECTATIONS
        .iter()
        .filter(|e| (e.holds)(a))
        .map(|e| e.at_least)
        .max()
        .unwrap_or(TriageLevel::Continue)
}

/// Whether any red flag holds.
pub fn any_red_flag(a: &Answers) -> bool {
    EXPECTATIONS.iter().any(|e| e.red_flag && (e.holds)(a))
}
