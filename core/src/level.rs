//! The six triage levels and what each one asks the person to do.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The signs that cannot wait, in brief: every list that tells a person
/// when to stop waiting and call (a result's steps, the home screen) says
/// the same, from the same words.
macro_rules! emergency_signs_in_brief {
    () => {
        "trouble passing urine or controlling your bladder or bowels, numbness between \
         your legs, a new change in sexual function, symptoms in both legs, a leg getting \
         weaker, chest pain, feeling faint, a sudden tearing pain, sudden severe belly pain \
         or a pulsing lump in the belly, a serious accident, or a fever with symptoms \
         spreading from your back"
    };
}

/// How urgently the person should act. Declared least urgent first, so that
/// `Ord` reads naturally: a more urgent level compares greater.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum TriageLevel {
    Continue,
    Modify,
    Stop,
    Soon,
    Urgent,
    Emergency,
}

impl TriageLevel {
    /// Most urgent first, the order the docs and the UI list them in.
    pub const ALL: [TriageLevel; 6] = [
        TriageLevel::Emergency,
        TriageLevel::Urgent,
        TriageLevel::Soon,
        TriageLevel::Stop,
        TriageLevel::Modify,
        TriageLevel::Continue,
    ];

    pub fn id(self) -> &'static str {
        match self {
            TriageLevel::Emergency => "emergency",
            TriageLevel::Urgent => "urgent",
            TriageLevel::Soon => "soon",
            TriageLevel::Stop => "stop",
            TriageLevel::Modify => "modify",
            TriageLevel::Continue => "continue",
        }
    }

    /// Short heading shown at the top of a result.
    pub fn title(self) -> &'static str {
        match self {
            TriageLevel::Emergency => "Stop now and get emergency care",
            TriageLevel::Urgent => "Stop, and see a doctor within a day or two",
            TriageLevel::Soon => "Pause your training, and book a check-up within days",
            TriageLevel::Stop => "Stop training for today and start gentle aftercare",
            TriageLevel::Modify => "Keep moving, but swap the exercise that aggravates it",
            TriageLevel::Continue => "Carry on, with care",
        }
    }

    /// One or two sentences on what the level means for the person.
    pub fn summary(self) -> &'static str {
        match self {
            TriageLevel::Emergency => {
                "One of your answers is a sign that needs emergency care now. Do not wait to see \
                 if it passes."
            }
            TriageLevel::Urgent => {
                "Your answers include a warning sign that a doctor needs to look at within a day \
                 or two, before you train again. If anything gets worse in the meantime, or an \
                 emergency sign appears, get help sooner."
            }
            TriageLevel::Soon => {
                "Your answers point to something a doctor or physiotherapist should assess in the \
                 next few days. Meanwhile, avoid the movements that bring the symptoms on."
            }
            TriageLevel::Stop => {
                "Your back needs a lighter day. Stopping today gives it time to settle; most \
                 flare-ups like this settle with the right care."
            }
            TriageLevel::Modify => {
                "Moving is still good for you, as long as you choose gentler exercises and keep \
                 an eye on the pain."
            }
            TriageLevel::Continue => {
                "Nothing in your answers says you need to stop. Keep your movements controlled and \
                 check in again if anything changes."
            }
        }
    }

    /// When a red flag is behind the level, a professional must be seen within this time.
    pub fn how_soon(self) -> &'static str {
        match self {
            TriageLevel::Emergency => "now, today",
            TriageLevel::Urgent => "within a day or two",
            TriageLevel::Soon => "within a few days",
            TriageLevel::Stop => {
                "if it has not eased after a week, or at once if a warning sign appears"
            }
            TriageLevel::Modify => {
                "if it keeps getting worse, or at once if a warning sign appears"
            }
            TriageLevel::Continue => "only if something changes",
        }
    }

    /// The steps that belong to every outcome at this level, before the ones a
    /// particular answer adds.
    pub fn steps(self) -> &'static [&'static str] {
        match self {
            TriageLevel::Emergency => &[
                "Stop exercising now.",
                "Call your local emergency number, or have someone take you to an emergency department now. Do not drive yourself.",
                "Tell them which of the signs below you have; they are what the staff need to hear.",
            ],
            TriageLevel::Urgent => &[
                "Stop training until you have been checked.",
                "Call your doctor's surgery or an urgent care service today and ask to be seen within a day or two.",
                IF_AN_EMERGENCY_SIGN_APPEARS,
            ],
            TriageLevel::Soon => &[
                "Pause your usual training until you have been examined, and stop anything that brings the symptoms on.",
                "Book an appointment with a doctor or physiotherapist within the next few days.",
                "Gentle walking and everyday activity are fine if they do not make the symptoms spread or worsen.",
                IF_AN_EMERGENCY_SIGN_APPEARS,
            ],
            TriageLevel::Stop => &[
                "Stop exercising for today; do not push through the pain.",
                "For the next day or two, stay lightly active: short easy walks are better than bed rest.",
                "A heat wrap or warm pack is the comfort measure with the best evidence; a cold pack is an optional alternative if it feels better.",
                "Check in again tomorrow morning: if the pain has not settled, your plan asks you to do less; if a warning sign appears, check your back pain again at once.",
            ],
            TriageLevel::Modify => &[
                "Swap the exercise that hurts for a gentler one that keeps your spine in a neutral position.",
                "Keep your pain at 5 out of 10 or below while you move, and slow down if it climbs.",
                "Pain after exercise should settle by the next morning; if it does not, ease off further.",
            ],
            TriageLevel::Continue => &[
                "Carry on with slow, controlled movements and a proper warm-up.",
                "Stop and check in again if pain rises above 5 out of 10, reaches 3 or more and is 2 or more above where you started, or starts to spread.",
            ],
        }
    }
}

/// Said on every result that waits for a professional.
pub(crate) const IF_AN_EMERGENCY_SIGN_APPEARS: &str = concat!(
    "If an emergency sign appears (",
    emergency_signs_in_brief!(),
    "), call your emergency number at once."
);

/// Shown on every result: this is guidance, not a diagnosis.
pub const NOT_A_DIAGNOSIS: &str =
    "Spinewise gives self-care guidance from your answers. It is not a \
diagnosis and does not replace a doctor or physiotherapist. If you are worried, or something feels \
seriously wrong, get medical help whatever this app says.";

/// Shown on the home screen beside the emergency number, so the signs that
/// cannot wait for a triage are always in view.
pub const EMERGENCY_REMINDER: &str = concat!(
    "With back pain, these cannot wait: ",
    emergency_signs_in_brief!(),
    ". Get emergency care at once."
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_order_from_least_to_most_urgent() {
        let mut sorted = TriageLevel::ALL;
        sorted.sort();
        assert_eq!(sorted.first(), Some(&TriageLevel::Continue));
        assert_eq!(sorted.last(), Some(&TriageLevel::Emergency));
        assert!(TriageLevel::Soon > TriageLevel::Stop);
    }

    #[test]
    fn ids_match_serde_names() {
        for level in TriageLevel::ALL {
            assert_eq!(serde_json::to_value(level).unwrap(), level.id());
        }
    }
}
