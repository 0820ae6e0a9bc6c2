//! The triage rules. Each rule is one finding with the level it calls for, the
//! advice it adds and its clinical source. The outcome's level is the most
//! urgent level of any rule that applies, so a red flag can never be
//! outweighed by reassuring answers elsewhere.

use super::answers::{
    AgeBand, Answers, Duration, LegSymptoms, Onset, PainCharacter, WarmUp, WeaknessSeverity,
};
use super::flow::began_before_45;
use crate::level::TriageLevel;
use crate::pain::PainZone;
use crate::source::Source;

pub struct Rule {
    pub id: &'static str,
    pub level: TriageLevel,
    /// One of the red-flag groups of the clinical notes, or a serious cause
    /// of back pain from outside the spine. A red flag never leads to a level
    /// below `Soon`.
    pub red_flag: bool,
    /// The reason shown to the person in their result, about them.
    pub finding: &'static str,
    /// The same sign worded for a list (the plan's red-flag box, the coverage
    /// table): neutral, not about anyone in particular.
    pub sign: &'static str,
    /// Steps this finding adds to the level's own.
    pub advice: &'static [&'static str],
    pub source: Source,
    pub applies: fn(&Answers) -> bool,
}

use Source as Src;
use TriageLevel as L;

fn yes(answer: Option<bool>) -> bool {
    Answers::yes(answer)
}

/// Fifty and over and pain lasting over a week both stop counting once a
/// professional has examined this episode and nothing has changed.
fn not_yet_examined(a: &Answers) -> bool {
    !yes(a.already_checked)
}

fn pain_in(a: &Answers, zone: PainZone) -> bool {
    a.pain_during_exercise.is_some_and(|p| p.zone() == zone)
}

fn in_a_leg(symptom: Option<LegSymptoms>) -> bool {
    symptom.is_some_and(|l| l != LegSymptoms::Neither)
}

fn in_both_legs(a: &Answers) -> bool {
    a.leg_symptoms == Some(LegSymptoms::BothLegs) || a.leg_weakness == Some(LegSymptoms::BothLegs)
}

/// Whether a possible fracture still needs a look: the sudden start is
/// recent (the pain began within six weeks, or not yet said how long; or it
/// suddenly got worse, when nobody asked), or nobody has examined it since.
/// A fall months ago that a doctor has examined, with nothing new since, is
/// not a reason to be seen again within days; the same fall never examined
/// is (NICE CKS: even strenuous lifting, with thin bones).
fn fracture_unexamined_or_recent(a: &Answers) -> bool {
    not_yet_examined(a)
        || a.duration.is_none_or(|d| d <= Duration::OneToSixWeeks)
        || a.onset == Some(Onset::SuddenlyWorse)
}

fn weakness_at_least(a: &Answers, at_least: WeaknessSeverity) -> bool {
    a.weakness_severity.is_some_and(|w| w >= at_least)
}

/// A sign that a nerve is affected: what NICE NG234 calls neurological
/// symptoms (radicular or band-like pain, limb weakness, numbness or
/// tingling, bladder or bowel change), and what makes a spinal infection an
/// emergency.
pub fn nerve_sign(a: &Answers) -> bool {
    in_a_leg(a.leg_symptoms)
        || in_a_leg(a.leg_weakness)
        || yes(a.below_knee)
        || yes(a.leg_numbness)
        || a.pain_character == Some(PainCharacter::DownTheLeg)
        || yes(a.band_like_pain)
        || yes(a.weakness_worsening)
        || yes(a.bladder_bowel)
        || yes(a.saddle_numbness)
}

/// A nerve sign that is a loss, not only pain: numbness or weakness.
fn nerve_deficit(a: &Answers) -> bool {
    yes(a.leg_numbness)
        || in_a_leg(a.leg_weakness)
        || yes(a.weakness_worsening)
        || in_both_legs(a)
        || yes(a.saddle_numbness)
        || yes(a.bladder_bowel)
}

/// Pain NICE NG234 calls suggestive of spinal metastases in someone who has
/// had cancer.
fn metastasis_pattern(a: &Answers) -> bool {
    yes(a.upper_back_pain)
        || yes(a.pain_at_rest_or_night)
        || yes(a.worse_with_straining)
        || yes(a.back_shape_change)
}

/// Findings that send a person to a professional without stopping exercise,
/// because exercise is part of the treatment: inflammatory back pain is
/// helped by regular exercise (clinical notes, section 1: a routine
/// appointment, exercise encouraged). The result and the plan keep the
/// person moving while the appointment is awaited.
pub const EXERCISE_HELPS: [&str; 1] = ["inflammatory_pattern"];

/// Whether a finding is one exercise helps, given every finding of the same
/// check. Inflammatory back pain has lasted over three months, so "pain of
/// more than a week, not yet examined" always comes with it: that finding
/// asks for the same appointment and is absorbed by it, or the person with
/// inflammatory pain would never be told to keep moving.
pub fn eased_by_exercise<'a>(rule: &str, mut all: impl Iterator<Item = &'a str>) -> bool {
    EXERCISE_HELPS.contains(&rule)
        || (rule == "persistent_over_a_week" && all.any(|r| EXERCISE_HELPS.contains(&r)))
}

/// What the pain-monitoring model asks when pain has not settled by the next
/// morning; the daily check-in's next-morning rule says the same.
pub const DO_LESS_NEXT_TIME: &str =
    "Next time, do less: fewer sets or a gentler version, so the pain settles overnight.";

/// Both diabetes rules can apply at once: one sentence, said once.
const TELL_THEM_ABOUT_DIABETES: &str =
    "Tell them about your diabetes, dialysis, line into a vein or heavy drinking: each makes an infection around the spine more likely.";

const LEG_ADVICE: &str = "Stop any movement that sends symptoms further down the leg.";

/// A nerve sign with a fever is an emergency (a spinal abscess): the person
/// waiting to be seen for the nerve sign must know it.
const FEVER_MEANS_EMERGENCY: &str =
    "If a fever comes with these symptoms, call your emergency number.";

/// After cancer or with a fever, a nerve sign turns a visit within days into
/// an emergency (NICE NG234; spinal infection): the person must know it
/// before they are seen, not only at the next check.
const NERVE_SIGN_MEANS_EMERGENCY: &str = "If pain, numbness, tingling or weakness spreads into a leg, or trouble with your bladder or bowels appears before you are seen, call your emergency number.";
const DEFICIT_MEANS_EMERGENCY: &str = "If numbness, weakness, a fever, or trouble with your bladder or bowels appears before you are seen, call your emergency number.";
const WORSE_WEAKNESS_MEANS_EMERGENCY: &str =
    "If the weakness starts getting worse, treat it as an emergency.";
const FEVER_OR_DEFICIT_MEANS_EMERGENCY: &str =
    "If numbness, weakness or a fever appears, get emergency care.";

/// Advice that says when a result becomes an emergency: beside an
/// emergency result it would only blur the message, so it is left out there.
pub(crate) const WHEN_IT_BECOMES_AN_EMERGENCY: [&str; 5] = [
    NERVE_SIGN_MEANS_EMERGENCY,
    FEVER_MEANS_EMERGENCY,
    DEFICIT_MEANS_EMERGENCY,
    WORSE_WEAKNESS_MEANS_EMERGENCY,
    FEVER_OR_DEFICIT_MEANS_EMERGENCY,
];

pub static RULES: &[Rule] = &[
    // Emergency: possible cauda equina syndrome, serious trauma, and causes
    // from outside the spine that cannot wait.
    Rule {
        id: "cauda_equina_bladder_bowel",
        level: L::Emergency,
        red_flag: true,
        finding: "New trouble passing urine, or loss of bladder or bowel control.",
        sign: "New trouble passing urine, or loss of bladder or bowel control",
        advice: &[],
        source: Src::GirftCaudaEquina,
        applies: |a| yes(a.bladder_bowel),
    },
    Rule {
        id: "cauda_equina_saddle_numbness",
        level: L::Emergency,
        red_flag: true,
        finding: "Numbness or tingling between the legs, around the buttocks or genitals.",
        sign: "Numbness or tingling between the legs, around the buttocks or genitals",
        advice: &[],
        source: Src::GirftCaudaEquina,
        applies: |a| yes(a.saddle_numbness),
    },
    Rule {
        id: "cauda_equina_sexual_function",
        level: L::Emergency,
        red_flag: true,
        finding: "A new change in sexual function that came with the back pain.",
        sign: "A new change in sexual function that came with the back pain",
        advice: &[],
        source: Src::GirftCaudaEquina,
        applies: |a| yes(a.sexual_function),
    },
    Rule {
        id: "cauda_equina_both_legs",
        level: L::Emergency,
        red_flag: true,
        finding: "Pain, numbness, tingling or weakness in both legs.",
        sign: "Pain, numbness, tingling, weakness or unsteadiness in both legs",
        advice: &[],
        source: Src::GirftCaudaEquina,
        applies: in_both_legs,
    },
    Rule {
        id: "weakness_worsening",
        level: L::Emergency,
        red_flag: true,
        finding: "Sudden weakness in an arm or leg, or leg weakness that is getting worse.",
        sign: "Sudden weakness in an arm or leg, or a leg that is getting weaker",
        advice: &[],
        source: Src::GirftCaudaEquina,
        applies: |a| {
            yes(a.weakness_worsening)
                || a.weakness_severity == Some(WeaknessSeverity::GettingWorse)
        },
    },
    Rule {
        id: "serious_trauma",
        level: L::Emergency,
        red_flag: true,
        finding: "The pain started after a serious accident.",
        sign: "Back pain that started after a serious accident",
        advice: &["Keep as still as you comfortably can until you have been checked."],
        source: Src::NhsBackPain,
        applies: |a| yes(a.serious_trauma),
    },
    Rule {
        id: "chest_symptoms",
        level: L::Emergency,
        red_flag: true,
        finding: "Chest pain, pressure or tightness, breathlessness, feeling faint, or cold, clammy skin along with the back pain.",
        sign: "Chest pain, breathlessness, feeling faint, or cold, clammy skin along with back pain",
        advice: &["Tell them you have chest symptoms with back pain: they will want to check your heart and blood vessels first."],
        source: Src::NhsBackPain,
        applies: |a| yes(a.chest_symptoms),
    },
    Rule {
        id: "sudden_severe_belly_pain",
        level: L::Emergency,
        red_flag: true,
        finding: "Belly or side pain with the back pain that came on suddenly and severely, or with a pulsing lump in the belly.",
        sign: "Back and belly pain that came on suddenly and severely, or with a pulsing lump in the belly",
        advice: &[],
        source: Src::NhsAbdominalEmergency,
        applies: |a| yes(a.belly_pain) && yes(a.belly_pain_severe),
    },
    Rule {
        id: "aortic_warning",
        level: L::Emergency,
        red_flag: true,
        finding: "Sudden back pain with faintness, dizziness or cold, clammy skin, a severe tearing pain, or a known aneurysm of the aorta.",
        sign: "Sudden back pain with faintness, dizziness or clammy skin, a severe tearing pain, or in someone told they have an aortic aneurysm",
        advice: &["Lie down while you wait for help, and tell them the pain came on suddenly."],
        source: Src::NhsAbdominalEmergency,
        applies: |a| yes(a.faint_or_tearing),
    },
    Rule {
        id: "cancer_with_nerve_sign",
        level: L::Emergency,
        red_flag: true,
        finding: "Cancer, now or in the past, together with a nerve sign (pain, numbness, tingling or weakness spreading from the spine).",
        sign: "Cancer, now or in the past, together with a nerve sign: pain, numbness, tingling or weakness spreading from the spine",
        advice: &["Tell them about your cancer: guidelines ask for the cancer team to be contacted straight away when nerve signs appear."],
        source: Src::NiceMscc,
        applies: |a| yes(a.cancer_history) && nerve_sign(a),
    },
    Rule {
        id: "infection_with_nerve_sign",
        level: L::Emergency,
        red_flag: true,
        finding: "Fever with a nerve sign, or a raised risk of infection with numbness or weakness.",
        sign: "Fever with a nerve sign (pain, numbness, tingling or weakness spreading from the spine), or a raised risk of infection with numbness or weakness",
        advice: &["Take your temperature if you can, and tell them about the fever or infection risk as well as the nerve symptoms."],
        source: Src::SpinalInfection,
        // With a fever, pain spreading from the spine is already the second
        // stage of a spinal abscess; without one, a risk factor calls for an
        // emergency once a nerve is losing function (clinical notes, section 8).
        applies: |a| (yes(a.fever_or_unwell) && nerve_sign(a)) || (yes(a.infection_risk) && nerve_deficit(a)),
    },
    Rule {
        id: "diabetes_with_nerve_deficit",
        level: L::Emergency,
        red_flag: true,
        finding: "Diabetes (or dialysis, a long-term line into a vein, or heavy drinking) together with numbness or weakness in the leg.",
        sign: "Diabetes, kidney dialysis, a long-term line into a vein or long-term heavy drinking, together with numbness or weakness spreading from the spine",
        advice: &[TELL_THEM_ABOUT_DIABETES],
        source: Src::SpinalInfection,
        applies: |a| yes(a.diabetes) && nerve_deficit(a),
    },
    // Urgent: possible infection, cancer or fracture, a leg that is clearly
    // weak, and pain that may come from an organ rather than the spine.
    Rule {
        id: "infection_fever",
        level: L::Urgent,
        red_flag: true,
        finding: "Fever or feeling generally unwell along with the back pain.",
        sign: "Fever or feeling generally unwell along with back pain",
        advice: &["Take your temperature and tell the doctor what it was.", NERVE_SIGN_MEANS_EMERGENCY],
        source: Src::NiceRedFlags,
        applies: |a| yes(a.fever_or_unwell),
    },
    Rule {
        id: "infection_risk",
        level: L::Urgent,
        red_flag: true,
        finding: "A recent infection, spinal procedure or weakened immune system.",
        sign: "A recent infection, spinal surgery or injection, injected drugs, or a weakened immune system",
        advice: &[DEFICIT_MEANS_EMERGENCY],
        source: Src::NiceRedFlags,
        applies: |a| yes(a.infection_risk),
    },
    Rule {
        id: "cancer_history",
        level: L::Urgent,
        red_flag: true,
        finding: "You have had cancer, now or in the past.",
        sign: "Cancer, now or in the past, treated or not",
        advice: &[
            "Tell the doctor about your cancer, even if it was long ago or is not being treated.",
            NERVE_SIGN_MEANS_EMERGENCY,
            // NICE NG234 names these too; Spinewise's questions cover the back only.
            "Neck pain, or numbness or weakness in an arm, after cancer needs a call to your doctor the same day.",
        ],
        source: Src::NiceRedFlags,
        applies: |a| yes(a.cancer_history),
    },
    Rule {
        id: "cancer_with_spinal_pain_pattern",
        level: L::Urgent,
        red_flag: true,
        finding: "Cancer, now or in the past, together with pain high in the back, at night or at rest, on straining, or with a change in the back's shape.",
        sign: "Cancer, now or in the past, together with upper-back pain, night or rest pain, pain on straining, or a change in the back's shape",
        advice: &["Say that you have had cancer when you call: after cancer, pain like this needs a scan soon, and the doctor may ask the cancer team for advice.", NERVE_SIGN_MEANS_EMERGENCY],
        source: Src::NiceMscc,
        applies: |a| yes(a.cancer_history) && metastasis_pattern(a),
    },
    Rule {
        id: "unexplained_weight_loss",
        level: L::Urgent,
        red_flag: true,
        finding: "Weight loss you cannot explain.",
        sign: "Weight loss without trying",
        advice: &[],
        source: Src::NiceRedFlags,
        applies: |a| yes(a.weight_loss),
    },
    Rule {
        id: "pain_at_rest_or_night",
        level: L::Urgent,
        red_flag: true,
        finding: "Pain that wakes you at night, gets worse lying down, or is not eased by any rest.",
        sign: "Pain that wakes you at night, worsens lying down, or is not eased by rest",
        advice: &[],
        source: Src::NiceRedFlags,
        applies: |a| yes(a.pain_at_rest_or_night),
    },
    Rule {
        id: "worse_with_straining",
        level: L::Urgent,
        red_flag: true,
        finding: "Pain that gets much worse when you cough, sneeze or strain.",
        sign: "Pain made much worse by coughing, sneezing or straining",
        advice: &[],
        source: Src::NhsBackPain,
        applies: |a| yes(a.worse_with_straining),
    },
    Rule {
        id: "back_shape_change",
        level: L::Urgent,
        red_flag: true,
        finding: "A lump, swelling, change in the shape of your back, or a very tender spot on the spine.",
        sign: "A lump, swelling, change in the back's shape, or a very tender spot on the spine",
        advice: &[],
        source: Src::NhsBackPain,
        applies: |a| yes(a.back_shape_change),
    },
    Rule {
        id: "upper_back_pain",
        level: L::Urgent,
        red_flag: true,
        finding: "Pain in the upper or middle back, between the base of the neck and the bottom of the ribs.",
        sign: "Pain in the upper or middle back (from the base of the neck to the bottom of the ribs)",
        advice: &[],
        source: Src::NhsBackPain,
        applies: |a| yes(a.upper_back_pain),
    },
    Rule {
        id: "belly_or_side_pain",
        level: L::Urgent,
        red_flag: true,
        finding: "Pain in the belly, side or groin along with the back pain.",
        sign: "Pain in the belly, side or groin along with back pain",
        advice: &["Mention any pain or burning when you pass urine, blood in it, or a change in your periods: these help tell kidney, bowel and pelvic causes apart."],
        source: Src::NiceCksDifferentials,
        applies: |a| yes(a.belly_pain),
    },
    Rule {
        id: "belly_pain_in_pregnancy",
        level: L::Urgent,
        red_flag: true,
        finding: "Belly or side pain with the back pain while you are, or could be, pregnant.",
        sign: "Back and belly pain in pregnancy, or when a pregnancy is possible",
        advice: &["Call your midwife or doctor today, not in a day or two, and say you could be pregnant: they decide how soon you need to be seen. If the pain becomes severe, or you bleed or feel faint, call your emergency number."],
        source: Src::NhsAbdominalEmergency,
        applies: |a| yes(a.belly_pain) && yes(a.pregnancy),
    },
    Rule {
        id: "fracture_sudden_from_50",
        level: L::Urgent,
        red_flag: true,
        finding: "The pain started suddenly, or in a way you cannot describe, and from 50 the bones of the spine break more easily.",
        sign: "Pain that starts suddenly (a strain, a minor fall, or no clear cause), or in a way the person cannot describe, at 50 or over",
        advice: &["Avoid lifting and bending until a doctor has ruled out a fracture."],
        source: Src::NiceRedFlags,
        // A fragile spine can break without a moment the person remembers,
        // so "I cannot say" counts, as it does for thin bones below 50.
        applies: |a| {
            a.onset.is_some_and(|o| o.maybe_sudden())
                && a.age_band == Some(AgeBand::FiftyOrOver)
                && fracture_unexamined_or_recent(a)
        },
    },
    Rule {
        id: "fracture_fragile_bones",
        level: L::Urgent,
        red_flag: true,
        finding: "The pain started suddenly, and your bones may be more fragile than most.",
        sign: "Pain that starts suddenly, or in a way the person cannot describe, with or without a fall, in thin bones (osteoporosis), after an earlier fracture from a minor fall, or with long-term steroid tablets or another bone-thinning medicine",
        advice: &["Avoid lifting and bending until a doctor has ruled out a fracture."],
        source: Src::NiceRedFlags,
        applies: |a| {
            a.onset.is_some_and(|o| o.maybe_sudden())
                && yes(a.bone_fragility)
                && fracture_unexamined_or_recent(a)
        },
    },
    Rule {
        id: "fracture_central_pain",
        level: L::Urgent,
        red_flag: true,
        finding: "Severe pain in the middle of the spine that only lying still eases.",
        sign: "Sudden severe pain in the middle of the spine, eased only by lying still",
        advice: &["Avoid lifting and bending until a doctor has ruled out a fracture."],
        source: Src::NiceRedFlags,
        applies: |a| yes(a.sudden_central_pain),
    },
    Rule {
        id: "leg_weakness_marked",
        level: L::Urgent,
        red_flag: true,
        finding: "A leg or foot that is clearly weak: it slaps, drags or gives way.",
        sign: "A clearly weak leg or foot (it slaps, drags or gives way), even without pain",
        advice: &[WORSE_WEAKNESS_MEANS_EMERGENCY],
        source: Src::GirftCaudaEquina,
        applies: |a| weakness_at_least(a, WeaknessSeverity::Clearly),
    },
    Rule {
        id: "infection_risk_with_nerve_pain",
        level: L::Urgent,
        red_flag: true,
        finding: "A raised risk of infection together with nerve pain spreading from the spine.",
        sign: "A raised risk of infection together with pain spreading from the spine, without numbness or weakness",
        advice: &[FEVER_OR_DEFICIT_MEANS_EMERGENCY],
        source: Src::SpinalInfection,
        applies: |a| yes(a.infection_risk) && nerve_sign(a),
    },
    Rule {
        id: "diabetes_with_nerve_pain",
        level: L::Urgent,
        red_flag: true,
        finding: "Diabetes (or dialysis, a long-term line into a vein, or heavy drinking) together with nerve pain spreading from the spine.",
        sign: "Diabetes, kidney dialysis, a long-term line into a vein or long-term heavy drinking, together with pain spreading from the spine into a leg or around the body",
        advice: &[TELL_THEM_ABOUT_DIABETES, FEVER_OR_DEFICIT_MEANS_EMERGENCY],
        source: Src::SpinalInfection,
        applies: |a| yes(a.diabetes) && nerve_sign(a),
    },
    // The clinical notes list new pain at 50 or over in the cancer group,
    // which asks to be seen within a day or two.
    Rule {
        id: "new_pain_from_50",
        level: L::Urgent,
        red_flag: true,
        finding: "Back pain at 50 or over that a doctor or physiotherapist has not yet examined needs a check before you train on it.",
        sign: "New back pain at 50 or over, not yet examined",
        advice: &[],
        source: Src::NiceRedFlags,
        applies: |a| a.age_band == Some(AgeBand::FiftyOrOver) && not_yet_examined(a),
    },
    // Soon: nerve-root signs, inflammatory back pain, an age the guidelines
    // do not cover, and pain that has lasted without being examined.
    Rule {
        id: "nerve_root_one_leg",
        level: L::Soon,
        red_flag: true,
        finding: "Pain, numbness or tingling spreading into one leg.",
        sign: "Pain, numbness or tingling spreading into one leg",
        advice: &[LEG_ADVICE, FEVER_MEANS_EMERGENCY],
        source: Src::NiceSciatica,
        applies: |a| a.leg_symptoms == Some(LegSymptoms::OneLeg),
    },
    Rule {
        id: "nerve_root_below_knee",
        level: L::Soon,
        red_flag: true,
        finding: "The leg symptoms reach below the knee.",
        sign: "Leg symptoms that reach below the knee",
        advice: &[LEG_ADVICE, FEVER_MEANS_EMERGENCY],
        source: Src::NiceSciatica,
        applies: |a| yes(a.below_knee),
    },
    Rule {
        id: "nerve_root_numbness",
        level: L::Soon,
        red_flag: true,
        finding: "Numbness or pins and needles in one leg.",
        sign: "Numbness or pins and needles in one leg or foot",
        advice: &[FEVER_MEANS_EMERGENCY],
        source: Src::NiceSciatica,
        applies: |a| yes(a.leg_numbness),
    },
    Rule {
        id: "nerve_root_weakness",
        level: L::Soon,
        red_flag: true,
        finding: "One leg or foot feels weaker than the other.",
        sign: "One leg or foot weaker than the other, with or without pain",
        advice: &[WORSE_WEAKNESS_MEANS_EMERGENCY, FEVER_MEANS_EMERGENCY],
        source: Src::NiceSciatica,
        applies: |a| a.leg_weakness == Some(LegSymptoms::OneLeg),
    },
    Rule {
        id: "pain_runs_down_leg",
        level: L::Soon,
        red_flag: true,
        finding: "The pain runs from your back down a leg.",
        sign: "Pain that runs from the back down a leg",
        advice: &[LEG_ADVICE, FEVER_MEANS_EMERGENCY],
        source: Src::SeedArticle,
        applies: |a| a.pain_character == Some(PainCharacter::DownTheLeg),
    },
    Rule {
        id: "thoracic_nerve_root",
        level: L::Soon,
        red_flag: true,
        finding: "Pain that wraps around the chest or belly like a band.",
        sign: "Pain, tingling or numbness wrapping around the chest or belly like a band",
        advice: &[FEVER_MEANS_EMERGENCY],
        source: Src::NiceMscc,
        applies: |a| yes(a.band_like_pain),
    },
    Rule {
        id: "inflammatory_pattern",
        level: L::Soon,
        red_flag: true,
        finding: "Long-lasting pain that began before 45, with long morning stiffness that movement eases: a pattern worth checking for inflammatory back pain.",
        sign: "Back pain for over three months that began before 45, with long morning stiffness that movement eases",
        advice: &["Ask about inflammatory back pain when you book."],
        source: Src::InflammatoryBackPain,
        applies: |a| {
            a.duration == Some(Duration::OverThreeMonths)
                && began_before_45(a)
                && yes(a.morning_stiffness)
                && yes(a.better_with_movement)
        },
    },
    Rule {
        id: "under_16",
        level: L::Soon,
        red_flag: true,
        finding: "You are under 16: this advice is written for adults, and back pain in children and teenagers should be checked by a doctor.",
        sign: "Back pain under the age of 16",
        advice: &["Tell a parent or carer, and have a doctor check the pain before training on it."],
        source: Src::NiceRedFlags,
        applies: |a| a.age_band == Some(AgeBand::Under16),
    },
    Rule {
        id: "persistent_over_a_week",
        level: L::Soon,
        red_flag: false,
        finding: "The pain has lasted more than a week and has not been examined.",
        sign: "Pain that lasts more than a week",
        advice: &[],
        source: Src::SeedArticle,
        applies: |a| a.duration.is_some_and(Duration::longer_than_a_week) && not_yet_examined(a),
    },
    Rule {
        id: "rising_week_on_week",
        level: L::Soon,
        red_flag: false,
        finding: "The pain or stiffness has been getting worse from week to week.",
        sign: "Pain or stiffness that gets worse from week to week",
        advice: &["Cut back to gentle movement until you have been seen."],
        source: Src::PainMonitoringModel,
        applies: |a| yes(a.rising_week_on_week),
    },
    // Stop: the pain-monitoring model's high-risk zone and the article's
    // signs that exercise is making things worse.
    Rule {
        id: "pain_high_risk_zone",
        level: L::Stop,
        red_flag: false,
        finding: "Pain above 5 out of 10 during exercise: the zone where loading should stop.",
        sign: "Pain above 5 out of 10 during exercise",
        advice: &[],
        source: Src::PainMonitoringModel,
        applies: |a| pain_in(a, PainZone::Stop),
    },
    Rule {
        id: "worsens_with_movement",
        level: L::Stop,
        red_flag: false,
        finding: "The pain gets worse as you keep moving instead of easing.",
        sign: "Pain that gets worse as you keep moving",
        advice: &[],
        source: Src::SeedArticle,
        applies: |a| a.warm_up == Some(WarmUp::Worsens),
    },
    Rule {
        id: "lingered_next_morning",
        level: L::Stop,
        red_flag: false,
        finding: "Pain from your last session had not settled by the next morning.",
        sign: "Pain from exercise that has not settled by the next morning",
        advice: &[DO_LESS_NEXT_TIME],
        source: Src::PainMonitoringModel,
        applies: |a| yes(a.lingered_next_morning),
    },
    // Modify: pain that allows movement if the load is adjusted.
    Rule {
        id: "pain_acceptable_zone",
        level: L::Modify,
        red_flag: false,
        finding: "Pain of 3 to 5 out of 10 during exercise: acceptable if you ease the load.",
        sign: "Pain of 3 to 5 out of 10 during exercise",
        advice: &[],
        source: Src::PainMonitoringModel,
        applies: |a| a.pain_during_exercise.is_some_and(|p| (3..=5).contains(&p.value())),
    },
    Rule {
        id: "disc_pattern",
        level: L::Modify,
        red_flag: false,
        finding: "Deep, central pain that is worse bending forward or sitting.",
        sign: "Deep, central pain, worse bending forward or sitting",
        advice: &["Avoid loaded forward bending (deadlifts, heavy squats, toe touches) and break up long spells of sitting."],
        source: Src::SeedArticle,
        applies: |a| a.pain_character == Some(PainCharacter::DeepCentral),
    },
    Rule {
        id: "unsure_what_kind",
        level: L::Modify,
        red_flag: false,
        finding: "You are not sure what kind of pain this is, so the gentler choice is the safer one.",
        sign: "Pain of an unclear kind",
        advice: &["Choose the easier version of each exercise until the pain is clearer."],
        source: Src::SeedArticle,
        applies: |a| a.pain_character == Some(PainCharacter::NotSure),
    },
    // Continue: reassuring findings, shown as reasons for carrying on.
    Rule {
        id: "pain_safe_zone",
        level: L::Continue,
        red_flag: false,
        finding: "Pain of 0 to 2 out of 10 during exercise: the safe zone.",
        sign: "Pain of 0 to 2 out of 10 during exercise",
        advice: &[],
        source: Src::PainMonitoringModel,
        applies: |a| pain_in(a, PainZone::Safe),
    },
    Rule {
        id: "eases_with_warm_up",
        level: L::Continue,
        red_flag: false,
        finding: "The pain eases as you warm up, which is a good sign.",
        sign: "Pain that eases as you warm up",
        advice: &[],
        source: Src::SeedArticle,
        applies: |a| a.warm_up == Some(WarmUp::Eases),
    },
    Rule {
        id: "ordinary_soreness",
        level: L::Continue,
        red_flag: false,
        finding: "An even ache on both sides a day after training is usually ordinary muscle soreness.",
        sign: "An even ache on both sides a day after training",
        advice: &[],
        source: Src::SeedArticle,
        applies: |a| a.pain_character == Some(PainCharacter::SorenessBothSides),
    },
];

/// The rule with this id.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}

/// The rules that apply to these answers, most urgent first.
pub fn applying(answers: &Answers) -> Vec<&'static Rule> {
    let mut hits: Vec<&'static Rule> = RULES.iter().filter(|r| (r.applies)(answers)).collect();
    // Stable: rules of equal level keep the order they are listed in.
    hits.sort_by_key(|hit| std::cmp::Reverse(hit.level));
    hits
}

/// The most urgent level any rule calls for; `Continue` when none does.
pub fn level(answers: &Answers) -> TriageLevel {
    RULES
        .iter()
        .filter(|r| (r.applies)(answers))
        .map(|r| r.level)
        .max()
        .unwrap_or(TriageLevel::Continue)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn rule_ids_are_unique() {
        let ids: HashSet<_> = RULES.iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), RULES.len());
    }

    #[test]
    fn no_answers_means_continue_with_no_reasons() {
        assert_eq!(level(&Answers::default()), TriageLevel::Continue);
        assert!(applying(&Answers::default()).is_empty());
    }
}
