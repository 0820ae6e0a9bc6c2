//! Warning signs that appear after a check: what the daily check-in asks
//! about beyond the signs that need care today, each one a triage answer.
//!
//! A sign on its own sends the person back to the triage. Some signs are an
//! emergency only together with what the last check found (NICE NG234: a nerve
//! sign after cancer; a spinal abscess: a nerve sign with a fever, or numbness
//! or weakness with a raised risk of infection). Waiting for the person to
//! answer the whole triage again would put a questionnaire between them and
//! the number to call, so the sign is added to the last check's answers here
//! and judged by the same rules at once.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::answers::{Answers, LegSymptoms, Onset};
use super::flow::is_asked;
use super::outcome::{assess, TriageOutcome};
use super::question::QUESTIONS;
use super::rules;
use crate::level::TriageLevel;

/// A sign's id (a field of its signs document) and the words a check-in
/// shows beside its tick box.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
pub struct SignWords {
    pub id: &'static str,
    pub label: &'static str,
}

const fn sign(id: &'static str, label: &'static str) -> SignWords {
    SignWords { id, label }
}

/// The warning signs a daily check-in asks about after the emergency ones.
/// Each is ticked on its own, so that the app knows which sign it is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
pub struct LaterSigns {
    pub fever: bool,
    pub night_or_rest_pain: bool,
    /// Pain spreading into one leg.
    pub leg_pain: bool,
    /// Numbness or pins and needles in one leg: a nerve losing function,
    /// not only irritated. (New weakness is a sign that needs care today.)
    pub leg_numbness: bool,
    pub upper_or_middle_back: bool,
    pub band_like_pain: bool,
    pub belly_pain: bool,
    pub worse_with_straining: bool,
    pub weight_loss: bool,
    pub lump_or_tender_spot: bool,
    /// Severe pain on the spine itself, eased only by lying still: the
    /// pattern of a small fracture.
    pub sudden_central_pain: bool,
    pub fall_or_knock: bool,
    /// A spinal injection or operation, or an infection treated with
    /// antibiotics, since the check: a raised risk of a spinal infection
    /// that begins after the triage asked about it.
    pub new_infection_risk: bool,
}

/// The words of every later sign, in the order a check-in lists them.
pub const LATER_SIGNS: [SignWords; 13] = [
    sign(
        "fever",
        "A fever, or feeling generally unwell, along with the back pain",
    ),
    sign(
        "night_or_rest_pain",
        "Pain that wakes you at night or is not eased by any rest",
    ),
    sign(
        "leg_pain",
        "Pain spreading into one leg (if the other leg already had symptoms, that is both legs: see the list above)",
    ),
    sign("leg_numbness", "Numbness or pins and needles in one leg or foot"),
    sign(
        "upper_or_middle_back",
        "New pain in the upper or middle back, from the base of the neck to the bottom of the ribs",
    ),
    sign(
        "band_like_pain",
        "Pain, tingling or numbness wrapping round the chest or belly like a band",
    ),
    sign("belly_pain", "Pain in the belly, side or groin"),
    sign(
        "worse_with_straining",
        "Pain that is much worse when you cough, sneeze or strain",
    ),
    sign("weight_loss", "Weight loss without trying"),
    sign(
        "lump_or_tender_spot",
        "A lump or a change in the shape of your back, or one spot on the spine that is very sore to press",
    ),
    sign(
        "sudden_central_pain",
        "Sudden, severe pain right on the spine that only lying still eases",
    ),
    sign(
        "fall_or_knock",
        "A fall or knock (a serious accident is in the list above)",
    ),
    sign(
        "new_infection_risk",
        "A spinal injection or operation, or an infection treated with antibiotics, since your last check",
    ),
];

impl LaterSigns {
    pub fn any(self) -> bool {
        self != LaterSigns::default()
    }

    /// Whether the sign with this id (one of [`LATER_SIGNS`]) is ticked.
    pub fn is_ticked(self, id: &str) -> bool {
        serde_json::to_value(self)
            .ok()
            .and_then(|v| v.get(id).and_then(serde_json::Value::as_bool))
            .unwrap_or(false)
    }

    /// Every sign ticked in either.
    pub fn with(self, other: LaterSigns) -> LaterSigns {
        LaterSigns {
            fever: self.fever || other.fever,
            night_or_rest_pain: self.night_or_rest_pain || other.night_or_rest_pain,
            leg_pain: self.leg_pain || other.leg_pain,
            leg_numbness: self.leg_numbness || other.leg_numbness,
            upper_or_middle_back: self.upper_or_middle_back || other.upper_or_middle_back,
            band_like_pain: self.band_like_pain || other.band_like_pain,
            belly_pain: self.belly_pain || other.belly_pain,
            worse_with_straining: self.worse_with_straining || other.worse_with_straining,
            weight_loss: self.weight_loss || other.weight_loss,
            lump_or_tender_spot: self.lump_or_tender_spot || other.lump_or_tender_spot,
            sudden_central_pain: self.sudden_central_pain || other.sudden_central_pain,
            fall_or_knock: self.fall_or_knock || other.fall_or_knock,
            new_infection_risk: self.new_infection_risk || other.new_infection_risk,
        }
    }

    /// For `skip_serializing_if`: a record without signs stays as it was written.
    pub fn none(&self) -> bool {
        !self.any()
    }

    /// The last check's answers with these signs added, each as the answer
    /// its triage question would have had. Follow-up answers that the new
    /// answers no longer ask are dropped, so the result is a consistent
    /// (if unfinished) answers document. A fall and a sudden central pain
    /// change how the pain *began*: a pain that began gradually is read as
    /// one that then got suddenly worse, or began with a minor fall, so that
    /// the fracture rules can see them; the new triage asks again.
    pub fn added_to(self, base: &Answers) -> Answers {
        let mut a = base.clone();
        let set = |field: &mut Option<bool>, on: bool| {
            if on {
                *field = Some(true);
            }
        };
        set(&mut a.fever_or_unwell, self.fever);
        set(&mut a.pain_at_rest_or_night, self.night_or_rest_pain);
        set(&mut a.upper_back_pain, self.upper_or_middle_back);
        set(&mut a.band_like_pain, self.band_like_pain);
        set(&mut a.belly_pain, self.belly_pain);
        set(&mut a.worse_with_straining, self.worse_with_straining);
        set(&mut a.weight_loss, self.weight_loss);
        set(&mut a.back_shape_change, self.lump_or_tender_spot);
        set(&mut a.infection_risk, self.new_infection_risk);
        if (self.leg_pain || self.leg_numbness)
            && a.leg_symptoms.is_none_or(|l| l == LegSymptoms::Neither)
        {
            a.leg_symptoms = Some(LegSymptoms::OneLeg);
        }
        if self.leg_numbness && a.leg_symptoms == Some(LegSymptoms::OneLeg) {
            a.leg_numbness = Some(true);
        }
        let known_gradual = a.onset.is_none_or(|o| o == Onset::Gradually);
        if self.sudden_central_pain {
            if known_gradual {
                a.onset = Some(Onset::SuddenlyWorse);
            }
            a.sudden_central_pain = Some(true);
        } else if self.fall_or_knock && known_gradual {
            a.onset = Some(Onset::MinorFall);
        }
        // An examination before the sign did not see it: the rules that
        // stand down once pain has been examined (a fracture after a fall,
        // new pain from 50) stand again.
        if self.any() && a.already_checked == Some(true) {
            a.already_checked = Some(false);
        }
        drop_unasked(&mut a);
        a
    }

    /// The emergency these signs amount to with what the last check found,
    /// with the answers behind it; `None` when they are not an emergency.
    pub fn emergency_with(self, base: &Answers) -> Option<(Answers, TriageOutcome)> {
        if !self.any() {
            return None;
        }
        let answers = self.added_to(base);
        if rules::level(&answers) < TriageLevel::Emergency {
            return None;
        }
        let outcome = assess(&answers)
            .expect("answers at an emergency level complete the triage on their own");
        Some((answers, outcome))
    }

    /// The least urgent level the new signs call for with what the last
    /// check found: the most urgent rule they bring in that did not apply
    /// before (a finding already seen, perhaps already cleared, says nothing
    /// new). A new triage may find more, never less.
    pub fn at_least_with(self, base: &Answers) -> TriageLevel {
        let before = rules::applying(base);
        rules::applying(&self.added_to(base))
            .into_iter()
            .filter(|rule| !before.iter().any(|old| old.id == rule.id))
            .map(|rule| rule.level)
            .max()
            .unwrap_or(TriageLevel::Continue)
    }
}

/// Clears every answer to a question the other answers no longer ask, until
/// none is left: the triage refuses such answers, and a reviewer would
/// misread them.
pub fn drop_unasked(a: &mut Answers) {
    loop {
        let unasked = QUESTIONS
            .iter()
            .find(|q| a.is_answered(q.id) && !is_asked(q.id, a));
        match unasked {
            Some(q) => a.clear(q.id),
            None => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::triage::{check_consistent, next_step, TriageStep};
    use serde_json::json;

    fn answers(value: serde_json::Value) -> Answers {
        Answers::from_value(value).unwrap()
    }

    /// A calm check of someone treated for cancer, cleared later: urgent on
    /// its own, with no nerve sign.
    fn after_cancer() -> Answers {
        answers(json!({
            "bladder_bowel": false, "saddle_numbness": false, "sexual_function": false,
            "leg_symptoms": "neither", "leg_weakness": "neither", "weakness_worsening": false,
            "serious_trauma": false, "chest_symptoms": false, "fever_or_unwell": false,
            "infection_risk": false, "cancer_history": true, "weight_loss": false,
            "pain_at_rest_or_night": false, "worse_with_straining": false,
            "back_shape_change": false, "upper_back_pain": false, "belly_pain": false,
            "band_like_pain": false, "age_band": "50_or_over", "onset": "gradually",
            "pain_during_exercise": 2, "warm_up": "eases", "pain_character": "stiffness",
            "duration": "one_to_six_weeks", "lingered_next_morning": false,
            "rising_week_on_week": false, "already_checked": true, "diabetes": false
        }))
    }

    /// The same check without the cancer, so without the band question it opens.
    fn calm() -> Answers {
        let mut calm = after_cancer();
        calm.cancer_history = Some(false);
        calm.band_like_pain = None;
        check_consistent(&calm).unwrap();
        calm
    }

    #[test]
    fn every_sign_has_words_and_a_field() {
        for words in LATER_SIGNS {
            let signs: LaterSigns = serde_json::from_value(json!({ words.id: true }))
                .unwrap_or_else(|e| panic!("{}: {e}", words.id));
            assert!(signs.any(), "{}", words.id);
        }
        let all = LATER_SIGNS
            .iter()
            .map(|w| (w.id.to_owned(), json!(true)))
            .collect::<serde_json::Map<_, _>>();
        let signs: LaterSigns = serde_json::from_value(all.into()).unwrap();
        assert_eq!(
            serde_json::to_value(signs)
                .unwrap()
                .as_object()
                .unwrap()
                .len(),
            LATER_SIGNS.len(),
            "every field has words"
        );
    }

    #[test]
    fn after_cancer_a_new_nerve_sign_is_an_emergency_at_once() {
        for signs in [
            LaterSigns {
                leg_pain: true,
                ..LaterSigns::default()
            },
            LaterSigns {
                leg_numbness: true,
                ..LaterSigns::default()
            },
            LaterSigns {
                band_like_pain: true,
                ..LaterSigns::default()
            },
        ] {
            let (merged, outcome) = signs.emergency_with(&after_cancer()).expect("emergency");
            assert_eq!(outcome.level, TriageLevel::Emergency, "{signs:?}");
            assert!(outcome
                .reasons
                .iter()
                .any(|r| r.rule == "cancer_with_nerve_sign"));
            // "If a nerve sign appears, call…" has happened: it is not repeated.
            assert!(
                !outcome
                    .next_steps
                    .iter()
                    .any(|s| s.starts_with("If pain, numbness")),
                "{:?}",
                outcome.next_steps
            );
            assert_eq!(
                next_step(&merged).unwrap(),
                TriageStep::Complete { ended_early: true }
            );
        }
    }

    #[test]
    fn an_urgent_result_after_cancer_says_when_it_becomes_an_emergency() {
        let outcome = assess(&after_cancer()).unwrap();
        assert_eq!(outcome.level, TriageLevel::Urgent);
        assert!(
            outcome
                .next_steps
                .iter()
                .any(|s| s.starts_with("If pain, numbness")),
            "{:?}",
            outcome.next_steps
        );
    }

    #[test]
    fn a_new_fever_with_an_old_nerve_sign_is_an_emergency() {
        let mut sciatica = calm();
        sciatica.leg_symptoms = Some(LegSymptoms::OneLeg);
        sciatica.below_knee = Some(true);
        sciatica.leg_numbness = Some(false);
        sciatica.diabetes = Some(false);
        check_consistent(&sciatica).unwrap();
        let fever = LaterSigns {
            fever: true,
            ..LaterSigns::default()
        };
        let (_, outcome) = fever.emergency_with(&sciatica).expect("emergency");
        assert!(outcome
            .reasons
            .iter()
            .any(|r| r.rule == "infection_with_nerve_sign"));
    }

    #[test]
    fn a_sign_that_is_not_an_emergency_gives_the_level_it_needs_at_least() {
        let calm = calm();
        let leg = LaterSigns {
            leg_pain: true,
            ..LaterSigns::default()
        };
        assert_eq!(leg.emergency_with(&calm), None);
        // At 50 or over a sign since the examination is new pain from 50,
        // as the new check would find once asked "examined, nothing new since?".
        assert_eq!(leg.at_least_with(&calm), TriageLevel::Urgent);
        let mut younger = calm.clone();
        younger.age_band = Some(crate::triage::AgeBand::From16To44);
        assert_eq!(leg.at_least_with(&younger), TriageLevel::Soon);
        let fever = LaterSigns {
            fever: true,
            ..LaterSigns::default()
        };
        assert_eq!(fever.at_least_with(&calm), TriageLevel::Urgent);
        // A fall or a sudden central pain changes how the pain began: the
        // fracture rules see it (urgent at 50 or over, as here).
        let fall = LaterSigns {
            fall_or_knock: true,
            ..LaterSigns::default()
        };
        assert_eq!(fall.added_to(&calm).onset, Some(Onset::MinorFall));
        assert_eq!(fall.at_least_with(&calm), TriageLevel::Urgent);
        let central = LaterSigns {
            sudden_central_pain: true,
            ..LaterSigns::default()
        };
        assert_eq!(central.at_least_with(&calm), TriageLevel::Urgent);
    }

    #[test]
    fn a_fall_after_an_examination_is_judged_as_the_new_event_it_is() {
        // An ache from a strain two years ago, examined, at 50 or over: the
        // fracture rules stand down. A fall since is something the
        // examination did not see, and they must act on it.
        let mut old = calm();
        old.onset = Some(Onset::Strain);
        old.duration = Some(crate::triage::Duration::OverThreeMonths);
        old.faint_or_tearing = Some(false);
        old.sudden_central_pain = Some(false);
        old.onset_before_45 = Some(false);
        check_consistent(&old).unwrap();
        assert!(rules::level(&old) < TriageLevel::Urgent);
        for later in [
            LaterSigns {
                fall_or_knock: true,
                ..LaterSigns::default()
            },
            LaterSigns {
                sudden_central_pain: true,
                ..LaterSigns::default()
            },
        ] {
            let added = later.added_to(&old);
            assert_eq!(added.already_checked, Some(false), "{later:?}");
            assert_eq!(later.at_least_with(&old), TriageLevel::Urgent, "{later:?}");
        }
    }

    #[test]
    fn every_sign_ticked_on_its_own_is_kept_whatever_the_check_found() {
        // A sign the answers dropped as "not asked" would be a sign said and
        // not heard.
        for base in [calm(), after_cancer()] {
            for words in LATER_SIGNS {
                let signs: LaterSigns = serde_json::from_value(json!({ words.id: true })).unwrap();
                let added = signs.added_to(&base);
                assert_ne!(added, base, "{} is lost", words.id);
                check_consistent(&added).unwrap_or_else(|e| panic!("{}: {e}", words.id));
            }
        }
    }

    #[test]
    fn the_answers_with_signs_added_stay_consistent() {
        // Upper-back pain opens the band question, belly pain its follow-ups,
        // a leg sign the leg follow-ups: none is answered, none is refused.
        let base = after_cancer();
        let all = LaterSigns {
            fever: true,
            night_or_rest_pain: true,
            leg_pain: true,
            leg_numbness: true,
            upper_or_middle_back: true,
            band_like_pain: true,
            belly_pain: true,
            worse_with_straining: true,
            weight_loss: true,
            lump_or_tender_spot: true,
            sudden_central_pain: true,
            fall_or_knock: true,
            new_infection_risk: true,
        };
        check_consistent(&all.added_to(&base)).unwrap();
    }

    #[test]
    fn a_spinal_injection_since_the_check_makes_new_numbness_an_emergency() {
        // Clinical notes, section 8: a recent spinal procedure and a nerve
        // losing function is a surgical emergency, fever or not.
        let calm = calm();
        let numb = LaterSigns {
            leg_numbness: true,
            ..LaterSigns::default()
        };
        assert_eq!(numb.emergency_with(&calm), None);
        let both = LaterSigns {
            new_infection_risk: true,
            ..numb
        };
        let (_, outcome) = both.emergency_with(&calm).expect("an emergency");
        assert!(outcome
            .reasons
            .iter()
            .any(|r| r.rule == "infection_with_nerve_sign"));
    }
}
