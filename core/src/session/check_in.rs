//! The pain check-in during a session, and the pain-monitoring rule that
//! decides what happens next (clinical notes section 2; docs/sessions.md).

use serde::{Deserialize, Serialize};

use crate::pain::PainZone;
pub use crate::triage::SignWords;
use crate::triage::{self, Answers, LegSymptoms, Onset, PainScore, TriageOutcome};
use ts_rs::TS;

/// The emergency signs a check-in asks about, during a session and in the
/// daily check-in: the emergency questions of the triage that can appear
/// while a person exercises, so a "yes" leads to exactly the triage result it
/// warrants.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct WarningSigns {
    #[serde(default)]
    pub bladder_bowel: bool,
    #[serde(default)]
    pub saddle_numbness: bool,
    #[serde(default)]
    pub sexual_function: bool,
    #[serde(default)]
    pub weakness_worsening: bool,
    #[serde(default)]
    pub both_legs: bool,
    #[serde(default)]
    pub chest_symptoms: bool,
    /// From plan version 5.
    #[serde(default)]
    pub serious_trauma: bool,
    /// Sudden severe pain with faintness, clamminess or a tearing feeling
    /// (the aortic warning); from plan version 5.
    #[serde(default)]
    pub sudden_severe_pain: bool,
    /// Sudden severe belly pain, or a lump in the belly that pulses (an
    /// aortic aneurysm); from plan version 7.
    #[serde(default)]
    pub pulsing_belly: bool,
}

const fn sign(id: &'static str, label: &'static str) -> SignWords {
    SignWords { id, label }
}

/// The words of every sign, in the order a check-in lists them.
pub const WARNING_SIGNS: [SignWords; 9] = [
    sign(
        "bladder_bowel",
        "New trouble passing urine, or with bladder or bowel control",
    ),
    sign(
        "saddle_numbness",
        "Numbness between the legs or around the buttocks",
    ),
    sign(
        "sexual_function",
        "A new loss of sensation in the genitals, or of erection",
    ),
    sign(
        "weakness_worsening",
        "An arm or leg that has become weak, suddenly or since you last checked, or a leg getting weaker (not tired or sore muscles after training)",
    ),
    sign(
        "both_legs",
        "Pain, numbness, tingling or weakness in both legs, including the other leg when one already had symptoms",
    ),
    sign(
        "chest_symptoms",
        "Chest pain or tightness, breathlessness, feeling faint, or cold, clammy skin (not simply out of breath from hard exercise)",
    ),
    sign(
        "serious_trauma",
        "A serious accident: a fall from a height, a road accident or a heavy blow to the back",
    ),
    sign(
        "sudden_severe_pain",
        "Sudden, severe pain in the back or belly with faintness, clammy skin or a tearing feeling",
    ),
    sign(
        "pulsing_belly",
        "Sudden, severe belly pain, or a lump in the belly that pulses",
    ),
];

impl WarningSigns {
    pub fn any(self) -> bool {
        self.bladder_bowel
            || self.saddle_numbness
            || self.sexual_function
            || self.weakness_worsening
            || self.both_legs
            || self.chest_symptoms
            || self.serious_trauma
            || self.sudden_severe_pain
            || self.pulsing_belly
    }

    /// For `skip_serializing_if`: a record without signs stays as it was written.
    pub fn none(&self) -> bool {
        !self.any()
    }

    /// The triage answers these signs amount to.
    pub fn as_answers(self) -> Answers {
        Answers {
            bladder_bowel: Some(self.bladder_bowel),
            saddle_numbness: Some(self.saddle_numbness),
            sexual_function: Some(self.sexual_function),
            weakness_worsening: Some(self.weakness_worsening),
            leg_symptoms: Some(if self.both_legs {
                LegSymptoms::BothLegs
            } else {
                LegSymptoms::Neither
            }),
            chest_symptoms: Some(self.chest_symptoms),
            serious_trauma: Some(self.serious_trauma),
            // The triage asks about faintness or a tearing pain only after a
            // sudden start, so the sign says both.
            onset: self.sudden_severe_pain.then_some(Onset::NoClearCause),
            faint_or_tearing: self.sudden_severe_pain.then_some(true),
            belly_pain: self.pulsing_belly.then_some(true),
            belly_pain_severe: self.pulsing_belly.then_some(true),
            ..Answers::default()
        }
    }

    /// What is known with these signs added: `base` (the last check's
    /// answers) with each ticked sign as its triage question's answer, so
    /// that the emergency triage they become keeps what the check knew (past
    /// cancer, diabetes, a raised risk of infection) for every later
    /// judgement. Answers the signs make unasked are dropped.
    pub fn over(self, base: &Answers) -> Answers {
        let mut a = base.clone();
        let signs = self.as_answers();
        let set = |field: &mut Option<bool>, on: bool| {
            if on {
                *field = Some(true);
            } else if field.is_none() {
                *field = Some(false);
            }
        };
        set(&mut a.bladder_bowel, self.bladder_bowel);
        set(&mut a.saddle_numbness, self.saddle_numbness);
        set(&mut a.sexual_function, self.sexual_function);
        set(&mut a.weakness_worsening, self.weakness_worsening);
        set(&mut a.chest_symptoms, self.chest_symptoms);
        set(&mut a.serious_trauma, self.serious_trauma);
        if self.both_legs || a.leg_symptoms.is_none() {
            a.leg_symptoms = signs.leg_symptoms;
        }
        if self.sudden_severe_pain {
            if a.onset.is_none_or(|o| !o.maybe_sudden()) {
                a.onset = Some(Onset::SuddenlyWorse);
            }
            a.faint_or_tearing = Some(true);
        }
        if self.pulsing_belly {
            a.belly_pain = Some(true);
            a.belly_pain_severe = Some(true);
        }
        // An examination before the sign did not see it.
        if a.already_checked == Some(true) {
            a.already_checked = Some(false);
        }
        triage::drop_unasked(&mut a);
        a
    }

    /// The emergency triage these signs warrant, or `None` without a sign.
    pub fn emergency_outcome(self) -> Option<TriageOutcome> {
        self.any().then(|| {
            triage::assess(&self.as_answers())
                .expect("a warning sign completes the triage on its own")
        })
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct CheckIn {
    pub pain: PainScore,
    /// Are symptoms spreading down a leg?
    pub spreading_down_leg: bool,
    /// Numbness or pins and needles in a leg or foot: a nerve losing
    /// function, which with a raised risk of infection or after cancer is an
    /// emergency, where pain alone may not be.
    #[serde(default)]
    pub leg_numbness: bool,
    #[serde(default)]
    pub warning_signs: WarningSigns,
}

/// Why a check-in ended a session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum StopCause {
    /// Pain above 5 out of 10: the pain-monitoring model's high-risk zone.
    PainAboveLimit,
    /// Pain 2 or more points above where the session started.
    PainRose,
    /// Symptoms spreading down a leg: a nerve-root sign, not only too much load.
    SpreadingDownLeg,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum CheckInDecision {
    /// 0-2 and no rise: carry on.
    Continue { reason: String },
    /// 3-5: carry on with the exercise swapped for a gentler one.
    SwapGentler { reason: String },
    /// Above 5, a rise of 2 or more since the start, or spreading leg symptoms.
    StopSession { reason: String, cause: StopCause },
    /// A warning sign: the session ends with the triage result it warrants.
    WarningSign { outcome: Box<TriageOutcome> },
}

pub use crate::pain::STOP_ON_RISE;

/// What a stop for spreading leg symptoms tells the person: a nerve sign
/// needs a new check, not rest (staying active is the advice for back pain).
pub const SPREADING_REASON: &str = "Symptoms spreading down your leg, or numbness or pins and \
needles in it, can be a sign that a nerve is irritated. The session has stopped: check your back pain again now, and the check tells you how soon to be seen.";

/// The article's sign to stop and be checked: sharp, stabbing pain that rest
/// does not ease. Every stop for pain says it, in its aftercare.
pub const SHARP_OR_UNEASED: &str = "If the pain is sharp or stabbing and does not ease when you rest or change position, check your back pain again today.";

pub fn judge(start: PainScore, now: &CheckIn) -> CheckInDecision {
    let pain = now.pain.value();
    if let Some(outcome) = now.warning_signs.emergency_outcome() {
        return CheckInDecision::WarningSign {
            outcome: Box::new(outcome),
        };
    }
    if now.spreading_down_leg || now.leg_numbness {
        return CheckInDecision::StopSession {
            reason: SPREADING_REASON.into(),
            cause: StopCause::SpreadingDownLeg,
        };
    }
    let zone = now.pain.zone();
    if zone == PainZone::Stop {
        return CheckInDecision::StopSession {
            reason: format!(
                "Your pain is {pain} out of 10. Above {} is too much to exercise through: stop exercising for today.",
                PainZone::ACCEPTABLE_UP_TO,
            ),
            cause: StopCause::PainAboveLimit,
        };
    }
    // The rise counts once the pain has left the safe zone: 0 to 2 is safe
    // by the pain-monitoring model, however it got there.
    let rise = pain.saturating_sub(start.value());
    if rise >= STOP_ON_RISE && zone != PainZone::Safe {
        return CheckInDecision::StopSession {
            reason: format!(
                "Your pain has risen by {rise} points since you started (from {} to {pain}): stop for today.",
                start.value()
            ),
            cause: StopCause::PainRose,
        };
    }
    if zone == PainZone::Acceptable {
        return CheckInDecision::SwapGentler {
            reason: format!(
                "Your pain is {pain} out of 10: acceptable, but take it more gently from here."
            ),
        };
    }
    CheckInDecision::Continue {
        reason: format!("Your pain is {pain} out of 10: in the safe zone. Carry on."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::level::TriageLevel;

    fn check(pain: u8, spreading: bool) -> CheckIn {
        CheckIn {
            pain: PainScore::new(pain).unwrap(),
            spreading_down_leg: spreading,
            leg_numbness: false,
            warning_signs: WarningSigns::default(),
        }
    }

    fn action(start: u8, now: CheckIn) -> &'static str {
        match judge(PainScore::new(start).unwrap(), &now) {
            CheckInDecision::Continue { .. } => "continue",
            CheckInDecision::SwapGentler { .. } => "swap",
            CheckInDecision::StopSession { .. } => "stop",
            CheckInDecision::WarningSign { .. } => "warning",
        }
    }

    #[test]
    fn the_pain_thresholds_at_their_boundaries() {
        assert_eq!(action(0, check(0, false)), "continue");
        assert_eq!(action(2, check(2, false)), "continue");
        assert_eq!(action(2, check(3, false)), "swap");
        assert_eq!(action(5, check(5, false)), "swap");
        assert_eq!(action(5, check(6, false)), "stop");
        assert_eq!(action(6, check(6, false)), "stop");
        assert_eq!(action(0, check(10, false)), "stop");
    }

    #[test]
    fn a_rise_of_two_from_the_start_stops_once_out_of_the_safe_zone() {
        assert_eq!(action(0, check(1, false)), "continue");
        // 0 to 2 is safe by the model, however it got there.
        assert_eq!(action(0, check(2, false)), "continue");
        assert_eq!(action(1, check(3, false)), "stop");
        assert_eq!(action(3, check(4, false)), "swap");
        assert_eq!(action(3, check(5, false)), "stop");
        // Pain that falls is no reason to stop.
        assert_eq!(action(5, check(1, false)), "continue");
    }

    #[test]
    fn pain_above_five_stops_in_plain_words() {
        for pain in 6..=10 {
            let CheckInDecision::StopSession { reason, .. } =
                judge(PainScore::new(2).unwrap(), &check(pain, false))
            else {
                panic!("{pain} must stop");
            };
            assert!(reason.contains("stop exercising for today"), "{reason}");
        }
    }

    #[test]
    fn spreading_leg_symptoms_stop_at_any_score_as_a_nerve_sign() {
        for pain in 0..=10 {
            let decision = judge(PainScore::new(pain).unwrap(), &check(pain, true));
            let CheckInDecision::StopSession { reason, cause } = decision else {
                panic!("{pain}: {decision:?}");
            };
            assert_eq!(cause, StopCause::SpreadingDownLeg);
            // A nerve sign asks for a new check, never for rest.
            assert!(reason.contains("check your back pain again now") && !reason.contains("rest"));
        }
    }

    #[test]
    fn every_warning_sign_has_words_for_the_check_in() {
        let all = serde_json::to_value(WarningSigns::default()).unwrap();
        let ids: Vec<&str> = WARNING_SIGNS.iter().map(|s| s.id).collect();
        let fields: Vec<&str> = all
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        assert_eq!(ids.len(), fields.len());
        for id in ids {
            assert!(fields.contains(&id), "{id}");
        }
    }

    #[test]
    fn any_warning_sign_gives_the_emergency_triage_result_whatever_the_pain() {
        // Every sign a check-in shows, one at a time, by the id it sends.
        let signs: Vec<WarningSigns> = WARNING_SIGNS
            .iter()
            .map(|w| serde_json::from_value(serde_json::json!({ w.id: true })).unwrap())
            .collect();
        assert!(
            signs.iter().all(|s| s.any()),
            "every id is a field of WarningSigns"
        );
        for warning_signs in signs {
            for pain in [0, 4, 9] {
                let now = CheckIn {
                    warning_signs,
                    ..check(pain, false)
                };
                let CheckInDecision::WarningSign { outcome } =
                    judge(PainScore::new(0).unwrap(), &now)
                else {
                    panic!("{warning_signs:?} at {pain}");
                };
                assert_eq!(outcome.level, TriageLevel::Emergency);
                assert_eq!(
                    outcome
                        .reasons
                        .iter()
                        .filter(|r| r.level == TriageLevel::Emergency)
                        .count(),
                    1,
                    "only the sign given is reported: {:?}",
                    outcome.reasons
                );
            }
        }
    }
}
