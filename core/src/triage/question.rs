//! The triage questions: their ids, wording, help and answer kinds, in the
//! order they are asked. This table is the only place their text lives.

use std::fmt;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum QuestionId {
    BladderBowel,
    SaddleNumbness,
    SexualFunction,
    LegSymptoms,
    LegWeakness,
    WeaknessWorsening,
    SeriousTrauma,
    ChestSymptoms,
    FeverOrUnwell,
    InfectionRisk,
    CancerHistory,
    WeightLoss,
    PainAtRestOrNight,
    WorseWithStraining,
    BackShapeChange,
    UpperBackPain,
    BellyPain,
    BellyPainSevere,
    Pregnancy,
    BandLikePain,
    AgeBand,
    Onset,
    FaintOrTearing,
    BoneFragility,
    SuddenCentralPain,
    BelowKnee,
    LegNumbness,
    WeaknessSeverity,
    PainDuringExercise,
    WarmUp,
    PainCharacter,
    Duration,
    LingeredNextMorning,
    RisingWeekOnWeek,
    AlreadyChecked,
    #[serde(rename = "onset_before_45")]
    OnsetBefore45,
    MorningStiffness,
    BetterWithMovement,
    Diabetes,
}

impl QuestionId {
    pub fn as_str(self) -> &'static str {
        question(self).key
    }
}

impl fmt::Display for QuestionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The part of the questionnaire a question belongs to; shown above the
/// question, so it serialises with its title: `{"id": "...", "title": "..."}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, TS)]
#[ts(type = "{ id: string, title: string }")]
pub enum Section {
    EmergencySigns,
    WarningSigns,
    HowItBegan,
    YourLeg,
    YourPain,
    YourHealth,
}

impl Section {
    pub fn id(self) -> &'static str {
        match self {
            Section::EmergencySigns => "emergency_signs",
            Section::WarningSigns => "warning_signs",
            Section::HowItBegan => "how_it_began",
            Section::YourLeg => "your_leg",
            Section::YourPain => "your_pain",
            Section::YourHealth => "your_health",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Section::EmergencySigns => "Signs that need care today",
            Section::WarningSigns => "Other warning signs",
            Section::HowItBegan => "Your age and how the pain began",
            Section::YourLeg => "Your leg symptoms",
            Section::YourPain => "Your pain and how it has gone",
            Section::YourHealth => "Your health",
        }
    }
}

impl Serialize for Section {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Section", 2)?;
        out.serialize_field("id", self.id())?;
        out.serialize_field("title", self.title())?;
        out.end()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ChoiceOption {
    pub id: &'static str,
    pub label: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum AnswerKind {
    YesNo,
    Scale {
        min: u8,
        max: u8,
        min_label: &'static str,
        max_label: &'static str,
    },
    Choice {
        options: &'static [ChoiceOption],
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Question {
    pub id: QuestionId,
    /// The id as it appears in answer documents (equal to `id`'s serde name).
    #[serde(skip)]
    pub key: &'static str,
    pub section: Section,
    pub prompt: &'static str,
    pub help: &'static str,
    pub kind: AnswerKind,
}

const fn yes_no(
    id: QuestionId,
    key: &'static str,
    section: Section,
    prompt: &'static str,
    help: &'static str,
) -> Question {
    Question {
        id,
        key,
        section,
        prompt,
        help,
        kind: AnswerKind::YesNo,
    }
}

const fn choice(
    id: QuestionId,
    key: &'static str,
    section: Section,
    prompt: &'static str,
    help: &'static str,
    options: &'static [ChoiceOption],
) -> Question {
    Question {
        id,
        key,
        section,
        prompt,
        help,
        kind: AnswerKind::Choice { options },
    }
}

const fn option(id: &'static str, label: &'static str) -> ChoiceOption {
    ChoiceOption { id, label }
}

use QuestionId as Q;
use Section as S;

/// Every question, in the order the questionnaire asks them. The emergency
/// signs come first so that a person who has one is told at once; follow-ups
/// (see `flow.rs`) are asked only when an earlier answer makes them matter.
pub static QUESTIONS: [Question; 39] = [
    yes_no(Q::BladderBowel, "bladder_bowel", S::EmergencySigns,
        "Since the back pain began, have you had new trouble passing urine, or lost control of your bladder or bowels?",
        "This includes not being able to start peeing, a weaker stream, not feeling when your bladder is full or empty, not feeling urine or stool pass, or leaking urine or stool without meaning to."),
    yes_no(Q::SaddleNumbness, "saddle_numbness", S::EmergencySigns,
        "Is there numbness, tingling or a strange feeling between your legs, around your back passage, buttocks or genitals?",
        "Doctors call this the saddle area: the skin that would touch a bicycle saddle. Wiping after the toilet may feel different. Numbness only while you sit on a bike saddle, that goes soon after you get off, does not count."),
    yes_no(Q::SexualFunction, "sexual_function", S::EmergencySigns,
        "Have you noticed a new change in sexual function since the pain began, such as loss of sensation or of erection?",
        "Only answer yes if this is new and came with the back pain."),
    choice(Q::LegSymptoms, "leg_symptoms", S::EmergencySigns,
        "Since this back pain began, has pain, numbness or pins and needles spread into a leg or foot?",
        "Count pain that travels past the buttock into the thigh, calf or foot, and any part of a leg or foot that has gone numb or prickly, even without pain. An ache across the low back and buttocks, tired leg muscles after training, and numbness from a long-standing condition that has not changed do not count.",
        &[
            option("neither", "No"),
            option("one_leg", "Yes, in one leg"),
            option("both_legs", "Yes, in both legs, or in one leg and then the other"),
        ]),
    choice(Q::LegWeakness, "leg_weakness", S::EmergencySigns,
        "Does a leg or foot feel weak, heavy or unsteady (with or without pain)?",
        "For example a foot that slaps down or drags as you walk, a knee that gives way, being unable to stand on your heel or toes, or legs that make walking clumsy or hard. Legs that feel tired or heavy after a hard training session do not count.",
        &[
            option("neither", "No"),
            option("one_leg", "Yes, one leg"),
            option("both_legs", "Yes, both legs"),
        ]),
    yes_no(Q::WeaknessWorsening, "weakness_worsening", S::EmergencySigns,
        "Has an arm or leg suddenly become weak, or is weakness in a leg or foot getting worse?",
        "Answer yes for weakness that came on suddenly, or that is worse each day: a foot that drags more and more, a knee that gives way more often. Weakness that has stayed the same is asked about later."),
    yes_no(Q::SeriousTrauma, "serious_trauma", S::EmergencySigns,
        "Did the pain start after a serious accident, such as a fall from a height, a road accident or a heavy blow?",
        "A serious accident is one with a lot of force. Everyday slips and strains are asked about later."),
    yes_no(Q::ChestSymptoms, "chest_symptoms", S::EmergencySigns,
        "Along with the back pain, do you have any pain, pressure or tightness in your chest, or are you unusually breathless, faint, or cold and clammy?",
        "Back pain with any of these can come from the heart or the body's main blood vessel rather than the spine. Chest pain, pressure or tightness always counts, even if it comes on with exercise. Only ordinary puffing after hard exercise that settles as you rest does not count, nor does mild dizziness you already know comes from a medicine."),
    yes_no(Q::FeverOrUnwell, "fever_or_unwell", S::WarningSigns,
        "Do you have a fever, or do you feel generally unwell, alongside the back pain?",
        "For example a high temperature, shivering, sweats or feeling run down in a way that is not like you."),
    yes_no(Q::InfectionRisk, "infection_risk", S::WarningSigns,
        "Have you recently had an infection that needed antibiotics, or spinal surgery or a spinal injection; do you inject drugs; or is your immune system weakened?",
        "For example a urine, chest or skin infection; a cold or flu that cleared by itself does not count. A weakened immune system can come from medicines such as chemotherapy or long courses of steroid tablets, from HIV or from illness. Having had tuberculosis also counts here."),
    yes_no(Q::CancerHistory, "cancer_history", S::WarningSigns,
        "Have you ever had cancer, whether or not it was treated?",
        "Answer yes for cancer now or in the past: treated years ago, being treated, waiting for treatment, or being watched without treatment."),
    yes_no(Q::WeightLoss, "weight_loss", S::WarningSigns,
        "Have you lost weight recently without trying?",
        "Weight loss you were aiming for, through diet or training, does not count."),
    yes_no(Q::PainAtRestOrNight, "pain_at_rest_or_night", S::WarningSigns,
        "Does the pain wake you at night, get worse when you lie down, or stay the same however you rest?",
        "Answer yes if the pain disturbs your sleep, or if no position and no amount of rest brings any relief. Stiffness when you first get up is different and is asked about later if it matters."),
    yes_no(Q::WorseWithStraining, "worse_with_straining", S::WarningSigns,
        "Does the pain get much worse when you cough, sneeze or strain on the toilet?",
        "A sharp jolt of back pain each time you cough or strain counts."),
    yes_no(Q::BackShapeChange, "back_shape_change", S::WarningSigns,
        "Have you noticed a lump, swelling or a change in the shape of your back, or one spot on your spine that is very sore to press?",
        "Compare with how your back usually looks or feels to the touch."),
    yes_no(Q::UpperBackPain, "upper_back_pain", S::WarningSigns,
        "Is the pain in your upper or middle back, anywhere from the base of your neck down to the bottom of your ribs?",
        "This part of the spine, which holds the ribs, is less often strained by exercise than the low back, so pain there is worth having checked. Pain only low in the back, below the ribs, does not count."),
    yes_no(Q::BellyPain, "belly_pain", S::WarningSigns,
        "Along with the back pain, do you have pain in your belly, your side or your groin, or a pulsing feeling or lump in your belly?",
        "Pain there can come from the kidneys, the bowel, the pelvis or the body's main blood vessel rather than the spine. A stitch while running that stops when you stop does not count."),
    yes_no(Q::BellyPainSevere, "belly_pain_severe", S::WarningSigns,
        "Did it come on suddenly and severely, or can you feel a lump in your belly that pulses?",
        "Either of these together with back pain can come from the body's main blood vessel and needs help at once."),
    yes_no(Q::Pregnancy, "pregnancy", S::WarningSigns,
        "Are you pregnant, or could you be?",
        "Belly pain in pregnancy, or in a pregnancy not yet confirmed, needs a call to a midwife or doctor today."),
    yes_no(Q::BandLikePain, "band_like_pain", S::WarningSigns,
        "Does the pain wrap around your chest or belly like a band, on one or both sides?",
        "A band of pain, tingling or numbness around the body can come from a nerve leaving the upper or middle back."),
    choice(Q::AgeBand, "age_band", S::HowItBegan,
        "How old are you?",
        "Age changes which causes are more likely, so it changes the advice.",
        &[
            option("under_16", "Under 16"),
            option("16_to_44", "16 to 44"),
            option("45_to_49", "45 to 49"),
            option("50_or_over", "50 or over"),
        ]),
    choice(Q::Onset, "onset", S::HowItBegan,
        "How did this pain start?",
        "Serious accidents were asked about earlier; this is about everyday lifts, strains, slips and trips.",
        &[
            option("gradually", "Gradually"),
            option("suddenly_worse", "Gradually, then it suddenly got much worse"),
            option("not_sure", "I cannot say"),
            option("strain", "Suddenly, as I lifted, twisted or strained"),
            option("minor_fall", "Suddenly, with a slip, trip or minor fall"),
            option("no_clear_cause", "Suddenly, with no clear cause"),
        ]),
    yes_no(Q::FaintOrTearing, "faint_or_tearing", S::HowItBegan,
        "With the pain, do you feel faint or dizzy, or have cold, clammy skin, or is it a severe tearing pain, or has a doctor told you that you have an aneurysm of the aorta (a widened main blood vessel)?",
        "Sudden back pain with any of these can come from the body's main blood vessel, which needs help at once."),
    yes_no(Q::BoneFragility, "bone_fragility", S::HowItBegan,
        "Have you been told your bones are thin (osteoporosis), have you broken a bone in a minor fall as an adult, or have you taken steroid tablets for three months or more?",
        "Each of these makes bones easier to break, sometimes with no fall at all. Answer yes too if a doctor has told you that another medicine you take thins the bones."),
    yes_no(Q::SuddenCentralPain, "sudden_central_pain", S::HowItBegan,
        "Is the pain severe, right on the bones of your spine rather than to one side, and eased only by lying still?",
        "This pattern can come from a small break in one of the bones of the spine, which an X-ray or scan can show."),
    yes_no(Q::BelowKnee, "below_knee", S::YourLeg,
        "Does the pain, numbness or tingling in your leg reach below your knee?",
        "It may reach the calf, the ankle or the foot."),
    yes_no(Q::LegNumbness, "leg_numbness", S::YourLeg,
        "Since the back pain began, has any part of the leg with symptoms, or its foot, newly gone numb or got pins and needles, or has numbness you had before changed?",
        "Any part of the leg or foot that feels dull, dead or prickly. Numbness from a long-standing condition that has not changed does not count."),
    choice(Q::WeaknessSeverity, "weakness_severity", S::YourLeg,
        "How weak is the weak leg or foot?",
        "Compare it with the other leg. If it is getting weaker, choose the last answer even if you answered no earlier.",
        &[
            option("slightly", "A little weaker than the other, and not getting worse"),
            option("clearly", "Clearly weak but not getting worse: the foot slaps or drags, the knee gives way, or I cannot stand on that heel or toes"),
            option("getting_worse", "It is getting weaker"),
        ]),
    Question {
        id: Q::PainDuringExercise,
        key: "pain_during_exercise",
        section: S::YourPain,
        prompt: "How strong is the pain when you exercise, or when you last tried to?",
        help: "0 means no pain at all and 10 the worst pain you can imagine. Pick the number that fits the worst moment of your last session.",
        kind: AnswerKind::Scale { min: 0, max: 10, min_label: "No pain", max_label: "Worst imaginable" },
    },
    choice(Q::WarmUp, "warm_up", S::YourPain,
        "As you warm up and keep moving, what happens to the pain?",
        "Compare the first few minutes of exercise with how it feels after ten minutes or so.",
        &[
            option("eases", "It eases off"),
            option("stays_the_same", "It stays about the same"),
            option("worsens", "It gets worse"),
        ]),
    choice(Q::PainCharacter, "pain_character", S::YourPain,
        "Which of these describes the pain best?",
        "Pick the closest one. If none fits, choose \"I'm not sure\".",
        &[
            option("soreness_both_sides", "An even ache on both sides that came on a day or so after training"),
            option("stiffness", "Stiffness, or pain in one spot when I move, bend back or twist"),
            option("not_sure", "I'm not sure"),
            option("deep_central", "A deep pain in the centre of my low back, worse bending forward or sitting"),
            option("down_the_leg", "Pain that runs from my back down a leg"),
        ]),
    choice(Q::Duration, "duration", S::YourPain,
        "How long have you had this pain?",
        "Count from when this episode started, not from earlier episodes that cleared up.",
        &[
            option("today", "It started today"),
            option("under_a_week", "Less than a week"),
            option("one_to_six_weeks", "One to six weeks"),
            option("six_weeks_to_three_months", "Six weeks to three months"),
            option("over_three_months", "More than three months"),
        ]),
    yes_no(Q::LingeredNextMorning, "lingered_next_morning", S::YourPain,
        "After your last session, was the pain still worse than usual the next morning?",
        "Some soreness after exercise is fine as long as it has calmed down by the following morning."),
    yes_no(Q::RisingWeekOnWeek, "rising_week_on_week", S::YourPain,
        "Over the last few weeks, has the pain or stiffness been getting worse from one week to the next?",
        "Think of a typical day this week compared with a typical day a week or two ago."),
    yes_no(Q::AlreadyChecked, "already_checked", S::YourPain,
        "Has a doctor or physiotherapist examined you in person since this pain began, with nothing new since?",
        "A phone call or a message does not count. Answer no if new symptoms have appeared since you were examined."),
    yes_no(Q::OnsetBefore45, "onset_before_45", S::YourPain,
        "Did this back pain first begin before you were 45?",
        "Long-lasting back pain that began at a younger age can be an inflammatory kind that a doctor can treat."),
    yes_no(Q::MorningStiffness, "morning_stiffness", S::YourPain,
        "When you get up in the morning, does your back stay stiff for more than half an hour?",
        "Long morning stiffness in younger people can point to an inflammatory kind of back pain that a doctor can treat."),
    yes_no(Q::BetterWithMovement, "better_with_movement", S::YourPain,
        "Does your back feel better after moving about, and not better after resting?",
        "Inflammatory back pain typically improves with activity and does not improve with rest."),
    yes_no(Q::Diabetes, "diabetes", S::YourHealth,
        "Do you have diabetes, are you on kidney dialysis, do you have a long-term line or port into a vein, or do you drink heavily most days?",
        "Each makes an infection around the spine a little more likely. If nerve symptoms ever come with your back pain, it changes how soon you should be seen."),
];

/// The catalogue entry for a question id.
pub fn question(id: QuestionId) -> &'static Question {
    QUESTIONS
        .iter()
        .find(|q| q.id == id)
        .expect("every QuestionId has an entry in QUESTIONS (checked by a test)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::triage::Answers;
    use serde_json::json;
    use std::collections::HashSet;

    #[test]
    fn every_id_appears_once_and_keys_match_serde_names() {
        let ids: HashSet<_> = QUESTIONS.iter().map(|q| q.id).collect();
        assert_eq!(ids.len(), QUESTIONS.len());
        for q in &QUESTIONS {
            assert_eq!(serde_json::to_value(q.id).unwrap(), q.key);
        }
    }

    #[test]
    fn every_question_is_a_field_of_the_answers_document() {
        for q in &QUESTIONS {
            let sample = match q.kind {
                AnswerKind::YesNo => json!(true),
                AnswerKind::Scale { max, .. } => json!(max),
                AnswerKind::Choice { options } => json!(options[0].id),
            };
            let answers = Answers::from_value(json!({ q.key: sample })).unwrap();
            assert!(answers.is_answered(q.id), "{}", q.key);
        }
    }

    #[test]
    fn every_choice_option_is_accepted_by_the_answers_document() {
        for q in &QUESTIONS {
            if let AnswerKind::Choice { options } = q.kind {
                for option in options {
                    Answers::from_value(json!({ q.key: option.id }))
                        .unwrap_or_else(|e| panic!("{}={}: {e}", q.key, option.id));
                }
            }
        }
    }

    #[test]
    fn every_question_reads_as_a_question_and_has_help() {
        for q in &QUESTIONS {
            assert!(q.prompt.ends_with('?'), "{}", q.key);
            assert!(q.help.len() > 20, "{}", q.key);
        }
    }
}
