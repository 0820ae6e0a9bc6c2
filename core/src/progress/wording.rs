//! The words of the check-in forms. Kept with the rules that read the answers,
//! so the questions and their meaning cannot drift apart. The PEG and
//! Patient-Specific Functional Scale items are paraphrased, not quoted.

use serde::Serialize;

use crate::plan::{MAX_ACTIVITIES, MAX_ACTIVITY_NAME};
use crate::session::{SignWords, WARNING_SIGNS};
use crate::triage::LATER_SIGNS;
use ts_rs::TS;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(rename = "CheckInChoice")]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[ts(rename = "CheckInQuestion")]
pub struct Question {
    pub id: &'static str,
    pub text: &'static str,
    pub help: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
pub struct CheckInWording {
    pub daily_intro: &'static str,
    pub pain_now: Question,
    pub exercised: Question,
    pub pain_during: Question,
    pub pain_after: Question,
    pub settled: Question,
    pub settled_choices: [Choice; 3],
    /// Signs that need care today: ticking one ends the check-in with the
    /// emergency result.
    pub emergency_sign: Question,
    pub emergency_signs: [SignWords; 9],
    /// Other warning signs: answering yes leads to a new triage, or to the
    /// emergency result when the sign is one with what the last check found.
    pub warning_sign: Question,
    pub other_signs: [SignWords; 13],
    pub weekly_intro: &'static str,
    pub peg: [Question; 3],
    pub stiffness: Question,
    pub activities: Question,
    /// How many activities the weekly check-in takes.
    pub max_activities: usize,
    /// How long an activity's name can be.
    pub max_activity_name: usize,
}

pub const WORDING: CheckInWording = CheckInWording {
    daily_intro: "A minute a day: how your back is now, and how it took yesterday's exercise.",
    pain_now: Question {
        id: "pain_now",
        text: "How much does your back hurt right now?",
        help: "0 is no pain at all, 10 the worst pain you can imagine.",
    },
    exercised: Question {
        id: "exercised",
        text: "Have you exercised since your last check-in?",
        help: "Any session, routine or training counts.",
    },
    pain_during: Question {
        id: "pain_during",
        text: "How much did it hurt during the exercise, at the worst moment?",
        help: "Up to 2 is safe, 3 to 5 is acceptable, above 5 means the load was too much.",
    },
    pain_after: Question {
        id: "pain_after",
        text: "And in the hours after the exercise?",
        help: "Pain after exercise may reach 5, as long as it settles by the next morning.",
    },
    settled: Question {
        id: "settled",
        text: "Had yesterday's pain settled by the time you got up this morning?",
        help: "Back to how it was before the exercise, or better.",
    },
    settled_choices: [
        Choice { value: "yes", label: "Yes, it had settled" },
        Choice { value: "no", label: "No, it was still worse" },
        Choice { value: "no_pain_yesterday", label: "There was no pain yesterday" },
    ],
    emergency_sign: Question {
        id: "emergency_sign",
        text: "Since your last check-in, have you noticed any of these?",
        help: "These need care today. Answer this first: if you say yes and tick the sign, Spinewise shows you the number to call at once, without the other questions.",
    },
    emergency_signs: WARNING_SIGNS,
    warning_sign: Question {
        id: "warning_sign",
        text: "Since your last check-in, have you noticed any of these other warning signs for the first time?",
        help: "If you have, tick each one. Spinewise says why it matters and takes you to a new check, which decides how soon you need care; with what your last check found, some of them need emergency care at once.",
    },
    other_signs: LATER_SIGNS,
    weekly_intro: "Once a week: three scores for the past week, and how you manage the activities that matter to you.",
    peg: [
        Question {
            id: "pain",
            text: "Your pain on average over the past week",
            help: "0 is no pain, 10 the worst you can imagine.",
        },
        Question {
            id: "enjoyment",
            text: "How much pain got in the way of enjoying life this past week",
            help: "0 is not at all, 10 is completely.",
        },
        Question {
            id: "activity",
            text: "How much pain got in the way of your everyday activity this past week",
            help: "0 is not at all, 10 is completely.",
        },
    ],
    stiffness: Question {
        id: "stiffness",
        text: "How stiff your back has been on average this past week",
        help: "0 is not stiff at all, 10 as stiff as you can imagine. Stiffness, like pain, should not build from week to week.",
    },
    activities: Question {
        id: "activities",
        text: "Up to five activities your back makes hard, and how well you can do each today",
        help: "0 means you cannot do it, 10 means as well as before your back trouble. Keep the same activities from week to week so the scores compare.",
    },
    max_activities: MAX_ACTIVITIES,
    max_activity_name: MAX_ACTIVITY_NAME,
};
