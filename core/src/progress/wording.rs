//! The words of the check-in forms. Kept with the rules that read the answers,
//! so the questions and their meaning cannot drift apart. The PEG and
//! Patient-Specific Functional Scale items are paraphrased, not quoted.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Question {
    pub id: &'static str,
    pub text: &'static str,
    pub help: &'static str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct CheckInWording {
    pub daily_intro: &'static str,
    pub pain_now: Question,
    pub exercised: Question,
    pub pain_during: Question,
    pub pain_after: Question,
    pub settled: Question,
    pub settled_choices: [Choice; 3],
    pub warning_sign: Question,
    pub warning_signs: [&'static str; 6],
    pub weekly_intro: &'static str,
    pub peg: [Question; 3],
    pub activities: Question,
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
    warning_sign: Question {
        id: "warning_sign",
        text: "Since your last check-in, have you noticed any of these warning signs?",
        help: "If you have, Spinewise takes you straight to the full check.",
    },
    warning_signs: [
        "Trouble passing urine, or controlling your bladder or bowels",
        "Numbness between your legs, around your buttocks or genitals",
        "Pain, numbness or tingling in both legs",
        "A leg that is getting weaker",
        "Fever or feeling unwell along with the back pain",
        "Pain that wakes you at night or is not eased by rest",
    ],
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
    activities: Question {
        id: "activities",
        text: "Up to five activities your back makes hard, and how well you can do each today",
        help: "0 means you cannot do it, 10 means as well as before your back trouble. Keep the same activities from week to week so the scores compare.",
    },
};
