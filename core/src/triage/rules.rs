//! The triage rules. Each rule is one finding with the level it calls for, the
//! advice it adds and its clinical source. The outcome's level is the most
//! urgent level of any rule that applies, so a red flag can never be
//! outweighed by reassuring answers elsewhere.

use super::answers::{AgeBand, Answers, Duration, LegSpread, PainCharacter, WarmUp};
use crate::level::TriageLevel;
use crate::source::Source;

pub struct Rule {
    pub id: &'static str,
    pub level: TriageLevel,
    /// One of the red-flag groups of the clinical notes. A red flag never
    /// leads to a level below `Soon`.
    pub red_flag: bool,
    /// The reason shown to the person, in their terms.
    pub finding: &'static str,
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

/// Age over 50 and pain lasting over a week both stop counting once a
/// professional has examined this episode and nothing has changed.
fn not_yet_examined(a: &Answers) -> bool {
    !yes(a.already_checked)
}

fn pain_above(a: &Answers, threshold: u8) -> bool {
    a.pain_during_exercise
        .is_some_and(|p| p.value() > threshold)
}

pub static RULES: &[Rule] = &[
    // Emergency: possible cauda equina syndrome and serious trauma.
    Rule {
        id: "cauda_equina_bladder_bowel",
        level: L::Emergency,
        red_flag: true,
        finding: "New trouble passing urine, or loss of bladder or bowel control.",
        advice: &[],
        source: Src::GirftCaudaEquina,
        applies: |a| yes(a.bladder_bowel),
    },
    Rule {
        id: "cauda_equina_saddle_numbness",
        level: L::Emergency,
        red_flag: true,
        finding: "Numbness or tingling between the legs, around the buttocks or genitals.",
        advice: &[],
        source: Src::GirftCaudaEquina,
        applies: |a| yes(a.saddle_numbness),
    },
    Rule {
        id: "cauda_equina_sexual_function",
        level: L::Emergency,
        red_flag: true,
        finding: "A new change in sexual function that came with the back pain.",
        advice: &[],
        source: Src::GirftCaudaEquina,
        applies: |a| yes(a.sexual_function),
    },
    Rule {
        id: "cauda_equina_both_legs",
        level: L::Emergency,
        red_flag: true,
        finding: "Pain, numbness or tingling spreading into both legs.",
        advice: &[],
        source: Src::GirftCaudaEquina,
        applies: |a| a.leg_spread == Some(LegSpread::BothLegs),
    },
    Rule {
        id: "weakness_worsening",
        level: L::Emergency,
        red_flag: true,
        finding: "Sudden weakness in an arm or leg, or leg weakness that is getting worse.",
        advice: &[],
        source: Src::GirftCaudaEquina,
        applies: |a| yes(a.weakness_worsening),
    },
    Rule {
        id: "serious_trauma",
        level: L::Emergency,
        red_flag: true,
        finding: "The pain started after a serious accident.",
        advice: &["Keep as still as you comfortably can until you have been checked."],
        source: Src::NhsBackPain,
        applies: |a| yes(a.serious_trauma),
    },
    // Urgent: possible infection, cancer or fracture.
    Rule {
        id: "infection_fever",
        level: L::Urgent,
        red_flag: true,
        finding: "Fever or feeling generally unwell along with the back pain.",
        advice: &["Take your temperature and tell the doctor what it was."],
        source: Src::NiceRedFlags,
        applies: |a| yes(a.fever_or_unwell),
    },
    Rule {
        id: "infection_risk",
        level: L::Urgent,
        red_flag: true,
        finding: "A recent infection, spinal procedure or weakened immune system.",
        advice: &[],
        source: Src::NiceRedFlags,
        applies: |a| yes(a.infection_risk),
    },
    Rule {
        id: "cancer_history",
        level: L::Urgent,
        red_flag: true,
        finding: "You have been treated for cancer in the past.",
        advice: &["Tell the doctor about your past cancer treatment, even if it was long ago."],
        source: Src::NiceRedFlags,
        applies: |a| yes(a.cancer_history),
    },
    Rule {
        id: "unexplained_weight_loss",
        level: L::Urgent,
        red_flag: true,
        finding: "Weight loss you cannot explain.",
        advice: &[],
        source: Src::NiceRedFlags,
        applies: |a| yes(a.weight_loss),
    },
    Rule {
        id: "night_pain",
        level: L::Urgent,
        red_flag: true,
        finding: "Pain that wakes you at night or gets worse lying down.",
        advice: &[],
        source: Src::NiceRedFlags,
        applies: |a| yes(a.night_pain),
    },
    Rule {
        id: "rest_does_not_help",
        level: L::Urgent,
        red_flag: true,
        finding: "Constant or stabbing pain that rest does not ease.",
        advice: &[],
        source: Src::NiceRedFlags,
        applies: |a| yes(a.rest_does_not_help),
    },
    Rule {
        id: "back_shape_change",
        level: L::Urgent,
        red_flag: true,
        finding: "A lump, swelling or change in the shape of your back.",
        advice: &[],
        source: Src::NhsBackPain,
        applies: |a| yes(a.back_shape_change),
    },
    Rule {
        id: "upper_back_pain",
        level: L::Urgent,
        red_flag: true,
        finding: "Pain high in the back, between the shoulder blades.",
        advice: &[],
        source: Src::NhsBackPain,
        applies: |a| yes(a.upper_back_pain),
    },
    Rule {
        id: "fracture_risk",
        level: L::Urgent,
        red_flag: true,
        finding: "The pain began with a fall or strain, and your bones may be more fragile than most.",
        advice: &["Avoid lifting and bending until a doctor has ruled out a fracture."],
        source: Src::NiceRedFlags,
        applies: |a| {
            yes(a.minor_fall) && (yes(a.bone_fragility) || a.age_band == Some(AgeBand::Over50))
        },
    },
    // Soon: nerve-root signs, inflammatory back pain, and pain that is new
    // to a professional when age or persistence makes that wise.
    Rule {
        id: "nerve_root_one_leg",
        level: L::Soon,
        red_flag: true,
        finding: "Pain, numbness or tingling spreading into one leg.",
        advice: &["Stop any movement that sends symptoms further down the leg."],
        source: Src::NiceSciatica,
        applies: |a| a.leg_spread == Some(LegSpread::OneLeg),
    },
    Rule {
        id: "nerve_root_below_knee",
        level: L::Soon,
        red_flag: true,
        finding: "The leg symptoms reach below the knee.",
        advice: &["Stop any movement that sends symptoms further down the leg."],
        source: Src::NiceSciatica,
        applies: |a| yes(a.below_knee),
    },
    Rule {
        id: "nerve_root_numbness",
        level: L::Soon,
        red_flag: true,
        finding: "Numbness or pins and needles in one leg.",
        advice: &[],
        source: Src::NiceSciatica,
        applies: |a| yes(a.leg_numbness),
    },
    Rule {
        id: "nerve_root_weakness",
        level: L::Soon,
        red_flag: true,
        finding: "One leg or foot feels weaker than the other.",
        advice: &["If the weakness starts getting worse, treat it as an emergency."],
        source: Src::NiceSciatica,
        applies: |a| yes(a.leg_weakness),
    },
    Rule {
        id: "pain_runs_down_leg",
        level: L::Soon,
        red_flag: true,
        finding: "The pain runs from your back down a leg.",
        advice: &["Stop any movement that sends symptoms further down the leg."],
        source: Src::SeedArticle,
        applies: |a| a.pain_character == Some(PainCharacter::DownTheLeg),
    },
    Rule {
        id: "inflammatory_pattern",
        level: L::Soon,
        red_flag: true,
        finding: "Long-lasting pain with long morning stiffness that movement eases: a pattern worth checking for inflammatory back pain.",
        advice: &["Ask about inflammatory back pain when you book; regular exercise helps this kind of pain, so keep moving."],
        source: Src::InflammatoryBackPain,
        applies: |a| {
            a.duration == Some(Duration::OverThreeMonths)
                && a.age_band == Some(AgeBand::Under45)
                && yes(a.morning_stiffness)
                && yes(a.better_with_movement)
        },
    },
    Rule {
        id: "new_pain_over_50",
        level: L::Soon,
        red_flag: true,
        finding: "New back pain over the age of 50 is worth having examined.",
        advice: &[],
        source: Src::NiceRedFlags,
        applies: |a| a.age_band == Some(AgeBand::Over50) && not_yet_examined(a),
    },
    Rule {
        id: "persistent_over_a_week",
        level: L::Soon,
        red_flag: false,
        finding: "The pain has lasted more than a week and has not been examined.",
        advice: &[],
        source: Src::SeedArticle,
        applies: |a| a.duration.is_some_and(Duration::longer_than_a_week) && not_yet_examined(a),
    },
    Rule {
        id: "rising_week_on_week",
        level: L::Soon,
        red_flag: false,
        finding: "The pain or stiffness has been getting worse from week to week.",
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
        advice: &[],
        source: Src::PainMonitoringModel,
        applies: |a| pain_above(a, 5),
    },
    Rule {
        id: "worsens_with_movement",
        level: L::Stop,
        red_flag: false,
        finding: "The pain gets worse as you keep moving instead of easing.",
        advice: &[],
        source: Src::SeedArticle,
        applies: |a| a.warm_up == Some(WarmUp::Worsens),
    },
    Rule {
        id: "lingered_next_morning",
        level: L::Stop,
        red_flag: false,
        finding: "Pain from your last session had not settled by the next morning.",
        advice: &["Next time, do less: fewer sets or a gentler version, so the pain settles overnight."],
        source: Src::PainMonitoringModel,
        applies: |a| yes(a.lingered_next_morning),
    },
    // Modify: pain that allows movement if the load is adjusted.
    Rule {
        id: "pain_acceptable_zone",
        level: L::Modify,
        red_flag: false,
        finding: "Pain of 3 to 5 out of 10 during exercise: acceptable if you ease the load.",
        advice: &[],
        source: Src::PainMonitoringModel,
        applies: |a| a.pain_during_exercise.is_some_and(|p| (3..=5).contains(&p.value())),
    },
    Rule {
        id: "disc_pattern",
        level: L::Modify,
        red_flag: false,
        finding: "Deep, central pain that is worse bending forward or sitting.",
        advice: &["Avoid loaded forward bending (deadlifts, heavy squats, toe touches) and break up long spells of sitting."],
        source: Src::SeedArticle,
        applies: |a| a.pain_character == Some(PainCharacter::DeepCentral),
    },
    Rule {
        id: "unsure_what_kind",
        level: L::Modify,
        red_flag: false,
        finding: "You are not sure what kind of pain this is, so the gentler choice is the safer one.",
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
        advice: &[],
        source: Src::PainMonitoringModel,
        applies: |a| a.pain_during_exercise.is_some_and(|p| p.value() <= 2),
    },
    Rule {
        id: "eases_with_warm_up",
        level: L::Continue,
        red_flag: false,
        finding: "The pain eases as you warm up, which is a good sign.",
        advice: &[],
        source: Src::SeedArticle,
        applies: |a| a.warm_up == Some(WarmUp::Eases),
    },
    Rule {
        id: "ordinary_soreness",
        level: L::Continue,
        red_flag: false,
        finding: "An even ache on both sides a day after training is usually ordinary muscle soreness.",
        advice: &[],
        source: Src::SeedArticle,
        applies: |a| a.pain_character == Some(PainCharacter::SorenessBothSides),
    },
];

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
