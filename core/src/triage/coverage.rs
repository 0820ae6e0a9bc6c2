//! The red-flag coverage table: every red flag and every serious cause of
//! back pain that the published pathways name, with the questions that let a
//! person say it and the rules that act on it. It answers the question a
//! triage must keep asking after every change: which presentation still
//! cannot be said? A test holds it to the questions and rules (every row has
//! both; every rule at `soon` or above is in a row; every source listed in
//! [`COVERED_SOURCES`] has rows), and the vignettes show each row reaching
//! its level through `assess`. `docs/red-flags.md` prints it.

use serde::Serialize;

use super::question::QuestionId;
use crate::level::TriageLevel;
use crate::source::Source;

/// The families of serious causes the rows fall into.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    CaudaEquina,
    Trauma,
    OutsideTheSpine,
    Cancer,
    Infection,
    Fracture,
    NerveRoot,
    Inflammatory,
    AgeAndCourse,
}

impl Group {
    pub fn title(self) -> &'static str {
        match self {
            Group::CaudaEquina => "Cauda equina syndrome",
            Group::Trauma => "Serious trauma",
            Group::OutsideTheSpine => "Causes outside the spine",
            Group::Cancer => "Cancer and spinal metastases",
            Group::Infection => "Spinal infection",
            Group::Fracture => "Fracture",
            Group::NerveRoot => "Nerve root (radiculopathy)",
            Group::Inflammatory => "Inflammatory back pain",
            Group::AgeAndCourse => "Age and course",
        }
    }
}

#[derive(Clone, Copy, Debug, Serialize)]
pub struct CoverageRow {
    pub id: &'static str,
    pub group: Group,
    /// The sign as the sources describe it, in plain words.
    pub sign: &'static str,
    /// The level the sources ask for: the rules must reach at least this.
    pub level: TriageLevel,
    pub sources: &'static [Source],
    /// Where in those sources the sign appears.
    pub source_detail: &'static str,
    /// The questions whose answers say it.
    pub questions: &'static [QuestionId],
    /// The rules that act on it.
    pub rules: &'static [&'static str],
}

/// Every source the table must draw rows from.
pub const COVERED_SOURCES: [Source; 8] = [
    Source::GirftCaudaEquina,
    Source::NiceRedFlags,
    Source::NiceCksDifferentials,
    Source::NhsBackPain,
    Source::NiceMscc,
    Source::SpinalInfection,
    Source::InflammatoryBackPain,
    Source::NiceSciatica,
];

use Group as G;
use QuestionId as Q;
use Source as S;
use TriageLevel as L;

#[expect(
    clippy::too_many_arguments,
    reason = "one argument per column keeps the coverage table readable as a table"
)]
const fn row(
    id: &'static str,
    group: Group,
    sign: &'static str,
    level: TriageLevel,
    sources: &'static [Source],
    source_detail: &'static str,
    questions: &'static [QuestionId],
    rules: &'static [&'static str],
) -> CoverageRow {
    CoverageRow {
        id,
        group,
        sign,
        level,
        sources,
        source_detail,
        questions,
        rules,
    }
}

pub static COVERAGE: &[CoverageRow] = &[
    row("ces_bladder", G::CaudaEquina,
        "New difficulty passing urine, a weak stream, not feeling the bladder fill, or leaking urine",
        L::Emergency, &[S::GirftCaudaEquina, S::NhsBackPain, S::NiceRedFlags],
        "GIRFT symptom card; NHS call 999 (difficulty peeing); CKS cauda equina (retention, incontinence)",
        &[Q::BladderBowel], &["cauda_equina_bladder_bowel"]),
    row("ces_bowel", G::CaudaEquina,
        "New loss of bowel control",
        L::Emergency, &[S::GirftCaudaEquina, S::NhsBackPain, S::NiceRedFlags],
        "GIRFT symptom card; NHS call 999; CKS cauda equina (faecal incontinence)",
        &[Q::BladderBowel], &["cauda_equina_bladder_bowel"]),
    row("ces_saddle", G::CaudaEquina,
        "Numbness or tingling in the saddle area (genitals, buttocks, back passage)",
        L::Emergency, &[S::GirftCaudaEquina, S::NhsBackPain, S::NiceRedFlags],
        "GIRFT symptom card; NHS call 999; CKS cauda equina (saddle anaesthesia)",
        &[Q::SaddleNumbness], &["cauda_equina_saddle_numbness"]),
    row("ces_sexual", G::CaudaEquina,
        "New sexual dysfunction (loss of genital sensation, of erection or ejaculation)",
        L::Emergency, &[S::GirftCaudaEquina, S::NhsBackPain],
        "GIRFT symptom card; NHS call 999 (new inability to gain or keep an erection)",
        &[Q::SexualFunction], &["cauda_equina_sexual_function"]),
    row("ces_both_legs", G::CaudaEquina,
        "Pain, numbness, tingling or weakness in both legs, or in one leg and then the other (alternating), whether or not it is described as spreading pain",
        L::Emergency, &[S::GirftCaudaEquina, S::NhsBackPain, S::NiceRedFlags],
        "GIRFT (bilateral or alternating radicular symptoms); NHS call 999; CKS (bilateral neurological deficit)",
        &[Q::LegSymptoms, Q::LegWeakness], &["cauda_equina_both_legs"]),
    row("progressive_weakness", G::CaudaEquina,
        "Leg weakness that is getting worse, or sudden weakness in a limb",
        L::Emergency, &[S::GirftCaudaEquina, S::NiceRedFlags, S::SeedArticle],
        "GIRFT (progressive neurological deficit); CKS (progressive deficit); seed article (sudden weakness in the limbs)",
        &[Q::WeaknessWorsening, Q::WeaknessSeverity], &["weakness_worsening"]),
    row("serious_trauma", G::Trauma,
        "Back pain after a serious accident: a fall from height, a road accident, a heavy blow",
        L::Emergency, &[S::NhsBackPain, S::NiceRedFlags],
        "NHS call 999 (after a serious accident); NG59 rec. 1.1.1 (trauma); CKS fracture (major trauma)",
        &[Q::SeriousTrauma], &["serious_trauma"]),
    row("chest_symptoms", G::OutsideTheSpine,
        "Chest pain, breathlessness, feeling faint, or cold, clammy skin with back pain (heart attack, aortic dissection)",
        L::Emergency, &[S::NhsBackPain],
        "NHS call 999 (back pain with chest pain); clinical notes section 8",
        &[Q::ChestSymptoms], &["chest_symptoms"]),
    row("sudden_severe_belly_pain", G::OutsideTheSpine,
        "Sudden severe back and belly pain, or a pulsing lump in the belly (aortic aneurysm)",
        L::Emergency, &[S::NhsAbdominalEmergency, S::NiceCksDifferentials],
        "NHS aortic aneurysm (call 999); CKS differential (abdominal aortic aneurysm); a pulsing feeling is asked with belly pain at every check",
        &[Q::BellyPain, Q::BellyPainSevere], &["sudden_severe_belly_pain"]),
    row("aortic_warning", G::OutsideTheSpine,
        "Sudden back pain with faintness, dizziness, sweating or clammy skin, or a severe tearing pain (burst aneurysm, aortic dissection)",
        L::Emergency, &[S::NhsAbdominalEmergency],
        "NHS aortic aneurysm (sudden severe pain in the tummy or lower back, dizziness, clammy skin: call 999); feeling faint and clammy skin are asked with the chest symptoms at every check, a tearing pain after any start not known to be gradual",
        &[Q::ChestSymptoms, Q::Onset, Q::FaintOrTearing], &["chest_symptoms", "aortic_warning"]),
    row("belly_pain_in_pregnancy", G::OutsideTheSpine,
        "Belly pain with back pain in pregnancy, or when a pregnancy is possible (ectopic pregnancy, pregnancy complications)",
        L::Urgent, &[S::NhsAbdominalEmergency],
        "NHS ectopic pregnancy (tummy pain when you could be pregnant: get checked the same day)",
        &[Q::BellyPain, Q::Pregnancy], &["belly_pain_in_pregnancy"]),
    row("organ_pain", G::OutsideTheSpine,
        "Pain in the belly, side or groin with back pain (kidney stone or infection, pancreatitis, peptic ulcer, pelvic disease)",
        L::Urgent, &[S::NiceCksDifferentials],
        "CKS differential diagnosis: causes outside the spine",
        &[Q::BellyPain], &["belly_or_side_pain"]),
    row("cancer_history", G::Cancer,
        "Cancer now or in the past, treated or not",
        L::Urgent, &[S::NiceRedFlags, S::NiceMscc],
        "NG59 rec. 1.1.1 (cancer); CKS cancer (past history); NG234 (spinal pain after cancer)",
        &[Q::CancerHistory], &["cancer_history"]),
    row("cancer_with_nerve_sign", G::Cancer,
        "Cancer, now or in the past, with any nerve sign: radicular or band-like pain, limb weakness, numbness or tingling, bladder or bowel change",
        L::Emergency, &[S::NiceMscc],
        "NG234: neurological symptoms or signs after cancer, contact the MSCC team immediately",
        &[Q::CancerHistory, Q::LegSymptoms, Q::LegWeakness, Q::BelowKnee, Q::LegNumbness, Q::WeaknessSeverity, Q::BandLikePain, Q::PainCharacter],
        &["cancer_with_nerve_sign"]),
    row("cancer_with_spinal_pain", G::Cancer,
        "Cancer, now or in the past, with spinal pain suggestive of metastases: thoracic, at night, unremitting, on straining, with local tenderness",
        L::Urgent, &[S::NiceMscc],
        "NG234 and clinical notes section 8: spinal pain suggestive of metastases after cancer needs urgent imaging (within a week)",
        &[Q::CancerHistory, Q::UpperBackPain, Q::PainAtRestOrNight, Q::WorseWithStraining, Q::BackShapeChange],
        &["cancer_with_spinal_pain_pattern"]),
    row("weight_loss", G::Cancer,
        "Unexplained weight loss",
        L::Urgent, &[S::NiceRedFlags, S::NhsBackPain],
        "CKS cancer; NHS urgent (lost weight without trying)",
        &[Q::WeightLoss], &["unexplained_weight_loss"]),
    row("night_or_rest_pain", G::Cancer,
        "Pain at night, worse lying down, or unremitting whatever the rest",
        L::Urgent, &[S::NiceRedFlags, S::NhsBackPain, S::SeedArticle],
        "CKS cancer (night pain, pain that remains when lying); NHS urgent (not eased by rest, worse at night); seed article (stop at once)",
        &[Q::PainAtRestOrNight], &["pain_at_rest_or_night"]),
    row("straining", G::Cancer,
        "Pain made worse by coughing, sneezing or straining at stool",
        L::Urgent, &[S::NhsBackPain, S::NiceRedFlags, S::NiceMscc],
        "NHS urgent; CKS cancer (pain aggravated by straining); NG234",
        &[Q::WorseWithStraining], &["worse_with_straining"]),
    row("thoracic_pain", G::Cancer,
        "Pain in the upper or middle back (thoracic pain), from the base of the neck to the bottom of the ribs",
        L::Urgent, &[S::NhsBackPain, S::NiceRedFlags, S::NiceMscc],
        "NHS urgent; CKS cancer (thoracic pain); NG234 (thoracic spinal pain)",
        &[Q::UpperBackPain], &["upper_back_pain"]),
    row("lump_or_tenderness", G::Cancer,
        "A lump, swelling or change in the back's shape, or a spot on the spine very tender to press",
        L::Urgent, &[S::NhsBackPain, S::NiceRedFlags],
        "NHS urgent (lump, change of shape); CKS (structural deformity, localised tenderness)",
        &[Q::BackShapeChange], &["back_shape_change"]),
    row("new_pain_from_50", G::Cancer,
        "New back pain at 50 or over",
        L::Urgent, &[S::NiceRedFlags],
        "CKS cancer (age 50 years or more); clinical notes (cancer group, within a day or two)",
        &[Q::AgeBand, Q::AlreadyChecked], &["new_pain_from_50"]),
    row("fever", G::Infection,
        "Fever, or feeling unwell, with back pain",
        L::Urgent, &[S::NiceRedFlags, S::NhsBackPain],
        "CKS infection (fever); NHS urgent (high temperature)",
        &[Q::FeverOrUnwell], &["infection_fever"]),
    row("infection_risk", G::Infection,
        "Recent infection (urine, skin), spinal surgery or injection, injected drugs, tuberculosis, HIV or a weakened immune system",
        L::Urgent, &[S::NiceRedFlags],
        "NG59 rec. 1.1.1 (infection); CKS infection risk factors",
        &[Q::InfectionRisk], &["infection_risk"]),
    row("infection_with_nerve_sign", G::Infection,
        "Fever with any nerve sign, or an infection risk with numbness or weakness (possible spinal abscess)",
        L::Emergency, &[S::SpinalInfection],
        "Spinal epidural abscess: back pain, fever, radicular pain, then a neurological deficit; clinical notes section 8 (a risk factor with a new deficit)",
        &[Q::FeverOrUnwell, Q::InfectionRisk, Q::LegSymptoms, Q::LegWeakness, Q::BelowKnee, Q::LegNumbness, Q::WeaknessSeverity, Q::BandLikePain, Q::PainCharacter],
        &["infection_with_nerve_sign"]),
    row("infection_risk_with_nerve_pain", G::Infection,
        "An infection risk with nerve pain only (no fever, no numbness or weakness)",
        L::Urgent, &[S::SpinalInfection, S::NiceRedFlags],
        "CKS infection risk factors; seen within a day or two, sooner if a deficit or fever appears",
        &[Q::InfectionRisk, Q::LegSymptoms, Q::BandLikePain, Q::PainCharacter], &["infection_risk_with_nerve_pain"]),
    row("diabetes_with_nerve_deficit", G::Infection,
        "Diabetes, kidney dialysis, a long-term line into a vein or long-term heavy drinking, with new numbness or weakness",
        L::Emergency, &[S::SpinalInfection, S::NiceRedFlags],
        "Clinical notes section 8 (diabetes as a risk factor with a new deficit); CKS infection (diabetes); Darouiche 2006 (alcoholism, dialysis and vascular access as risk factors for spinal epidural abscess, read like diabetes: nothing alone)",
        &[Q::Diabetes, Q::LegNumbness, Q::LegWeakness], &["diabetes_with_nerve_deficit"]),
    row("diabetes_with_nerve_pain", G::Infection,
        "Diabetes, dialysis, a long-term line or long-term heavy drinking, with nerve pain only (no numbness or weakness yet)",
        L::Urgent, &[S::SpinalInfection],
        "Cautious reading of the infection risk factors: seen within a day or two, sooner if a deficit or fever appears",
        &[Q::Diabetes, Q::LegSymptoms, Q::BandLikePain, Q::PainCharacter], &["diabetes_with_nerve_pain"]),
    row("fracture_fragile_bones", G::Fracture,
        "Pain that starts suddenly (after a minor fall, a strain, or nothing at all, or on top of an old ache) or in a way the person cannot describe, with osteoporosis, an earlier fracture from a minor fall as an adult, or long-term steroids or another bone-thinning medicine: begun within six weeks or suddenly worse, or not yet examined",
        L::Urgent, &[S::NiceRedFlags],
        "CKS fracture (minor trauma or even strenuous lifting in osteoporosis or corticosteroid use; an earlier fragility fracture and other bone-thinning medicines are read as osteoporosis risk, the cautious reading)",
        &[Q::Onset, Q::BoneFragility, Q::Duration], &["fracture_fragile_bones"]),
    row("fracture_from_50", G::Fracture,
        "Sudden pain after a minor fall or strain, or with no clear cause, or a start the person cannot describe, at 50 or over: begun within six weeks or suddenly worse, or not yet examined",
        L::Urgent, &[S::NiceRedFlags],
        "Clinical notes: fracture risk over about 50-65 (the cautious end is used)",
        &[Q::AgeBand, Q::Onset, Q::Duration], &["fracture_sudden_from_50"]),
    row("fracture_central_pain", G::Fracture,
        "Sudden severe central spinal pain, relieved by lying down",
        L::Urgent, &[S::NiceRedFlags],
        "CKS fracture (sudden onset of severe central spinal pain relieved by lying down)",
        &[Q::Onset, Q::SuddenCentralPain], &["fracture_central_pain"]),
    row("one_leg", G::NerveRoot,
        "Pain, numbness or tingling spreading into one leg",
        L::Soon, &[S::NiceSciatica],
        "NG59 sciatica; clinical notes section 1 (nerve root)",
        &[Q::LegSymptoms], &["nerve_root_one_leg"]),
    row("below_knee", G::NerveRoot,
        "Leg pain running below the knee",
        L::Soon, &[S::NiceSciatica],
        "Clinical notes section 1 (pain running down one leg below the knee)",
        &[Q::BelowKnee], &["nerve_root_below_knee"]),
    row("one_leg_numbness", G::NerveRoot,
        "Numbness or pins and needles in one leg",
        L::Soon, &[S::NiceSciatica],
        "Clinical notes section 1",
        &[Q::LegNumbness], &["nerve_root_numbness"]),
    row("one_leg_weakness", G::NerveRoot,
        "Weakness in one leg that is not getting worse, with or without leg pain",
        L::Soon, &[S::NiceSciatica],
        "Clinical notes sections 1 and 8 (weakness is a sign of its own)",
        &[Q::LegWeakness], &["nerve_root_weakness"]),
    row("one_leg_marked_weakness", G::NerveRoot,
        "Marked weakness in one leg: a foot that drops or slaps, a knee that gives way",
        L::Urgent, &[S::GirftCaudaEquina],
        "Clinical notes section 8 (prompt assessment, sooner if marked)",
        &[Q::LegWeakness, Q::WeaknessSeverity], &["leg_weakness_marked"]),
    row("pain_down_the_leg", G::NerveRoot,
        "Pain that runs from the back down a leg",
        L::Soon, &[S::SeedArticle, S::NiceSciatica],
        "Seed article (sciatica; see a professional for pain that radiates down a leg)",
        &[Q::PainCharacter], &["pain_runs_down_leg"]),
    row("band_like_pain", G::NerveRoot,
        "Pain, tingling or numbness wrapping around the chest or belly like a band",
        L::Soon, &[S::NiceMscc],
        "NG234 (band-like radicular pain as a neurological symptom)",
        &[Q::UpperBackPain, Q::BellyPain, Q::CancerHistory, Q::BandLikePain], &["thoracic_nerve_root"]),
    row("inflammatory", G::Inflammatory,
        "Back pain for over three months that began before 45, with long morning stiffness, better with movement than rest",
        L::Soon, &[S::InflammatoryBackPain],
        "NG65 (began before 45, lasted over 3 months); NG59 rec. 1.1.1 (inflammatory disease)",
        &[Q::Duration, Q::AgeBand, Q::OnsetBefore45, Q::MorningStiffness, Q::BetterWithMovement],
        &["inflammatory_pattern"]),
    row("under_16", G::AgeAndCourse,
        "Back pain under 16, outside the age the guidelines are written for",
        L::Soon, &[S::NiceRedFlags],
        "NG59 covers people aged 16 and over",
        &[Q::AgeBand], &["under_16"]),
    row("not_improving", G::AgeAndCourse,
        "Pain that has not improved after a week (the seed article) or four to six weeks (CKS) and has not been examined",
        L::Soon, &[S::SeedArticle, S::NiceRedFlags],
        "Seed article (pain lasting more than a week); CKS cancer (no improvement after 4-6 weeks)",
        &[Q::Duration, Q::AlreadyChecked], &["persistent_over_a_week"]),
    row("rising_week_on_week", G::AgeAndCourse,
        "Pain or stiffness that rises from week to week",
        L::Soon, &[S::PainMonitoringModel],
        "Pain-monitoring model: pain and stiffness must not increase from week to week",
        &[Q::RisingWeekOnWeek], &["rising_week_on_week"]),
];

fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The table as Markdown, the way `docs/red-flags.md` shows it.
pub fn markdown() -> String {
    let mut out = String::from(
        "| row | group | sign | level | sources | where | questions | rules |\n|---|---|---|---|---|---|---|---|\n",
    );
    for r in COVERAGE {
        let sources: Vec<String> = r.sources.iter().map(|s| format!("`{}`", s.id())).collect();
        let questions: Vec<String> = r
            .questions
            .iter()
            .map(|q| format!("`{}`", q.as_str()))
            .collect();
        let rules: Vec<String> = r.rules.iter().map(|id| format!("`{id}`")).collect();
        out.push_str(&format!(
            "| `{}` | {} | {} | `{}` | {} | {} | {} | {} |\n",
            r.id,
            r.group.title(),
            cell(r.sign),
            r.level.id(),
            sources.join(", "),
            cell(r.source_detail),
            questions.join(", "),
            rules.join(", "),
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::triage::rules::{rule, RULES};
    use std::collections::HashSet;

    const NERVE_QUESTIONS: &[QuestionId] = &[
        Q::LegSymptoms,
        Q::LegWeakness,
        Q::BelowKnee,
        Q::LegNumbness,
        Q::WeaknessSeverity,
        Q::BandLikePain,
        Q::PainCharacter,
    ];

    #[test]
    fn every_row_can_be_said_and_is_acted_on() {
        let ids: HashSet<_> = COVERAGE.iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), COVERAGE.len(), "row ids are unique");
        for r in COVERAGE {
            assert!(!r.questions.is_empty(), "{}: no question says it", r.id);
            assert!(!r.rules.is_empty(), "{}: no rule acts on it", r.id);
            assert!(!r.sources.is_empty(), "{}: no source", r.id);
            for id in r.rules {
                let found = rule(id).unwrap_or_else(|| panic!("{}: no rule `{id}`", r.id));
                assert!(
                    found.level >= r.level,
                    "{}: rule `{id}` gives {:?}, the sources ask for {:?}",
                    r.id,
                    found.level,
                    r.level
                );
            }
        }
    }

    #[test]
    fn every_rule_that_sends_to_a_professional_is_in_the_table() {
        let listed: HashSet<&str> = COVERAGE
            .iter()
            .flat_map(|r| r.rules.iter().copied())
            .collect();
        for r in RULES
            .iter()
            .filter(|r| r.red_flag || r.level >= TriageLevel::Soon)
        {
            assert!(listed.contains(r.id), "rule `{}` is in no row", r.id);
        }
    }

    #[test]
    fn every_source_the_pathways_name_has_rows() {
        for source in COVERED_SOURCES {
            assert!(
                COVERAGE.iter().any(|r| r.sources.contains(&source)),
                "no row cites `{}`",
                source.id()
            );
        }
    }

    #[test]
    fn nerve_combinations_list_every_nerve_question() {
        for id in ["cancer_with_nerve_sign", "infection_with_nerve_sign"] {
            let r = COVERAGE.iter().find(|r| r.id == id).unwrap();
            for q in NERVE_QUESTIONS {
                assert!(r.questions.contains(q), "{id} lacks {q}");
            }
        }
    }
}
