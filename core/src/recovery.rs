//! The recovery plan as the person reads and prints it: which phase they are
//! in and why, what each phase asks of them, the red-flag box, when to see a
//! professional, and habits for the long term. Built from the stored plan
//! (last triage, sessions, check-ins); every sentence is data here. Where the
//! person is comes from [`crate::course::follow`].

use serde::Serialize;

use crate::course::{
    ladder, routine_offer, ChangeSinceStart, Ladder, PhaseChange, PhaseId, Verdict,
};
use crate::level::{TriageLevel, NOT_A_DIAGNOSIS};
use crate::own_routine::OwnRoutineView;
use crate::plan::Clearance;
use crate::plan::{RecoveryPlan, SessionRecord};
use crate::progress::aim::WeeklyAim;
use crate::progress::{self, ChecklistView, WeeklyRow};
use crate::routine::{Instead, Routine};
use crate::settings::RegionalNumber;
use crate::time::Timestamp;
use crate::triage::rules::{self, RULES};
use ts_rs::TS;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct Phase {
    pub id: PhaseId,
    pub title: &'static str,
    pub summary: &'static str,
    pub steps: &'static [&'static str],
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct RedFlagGroup {
    pub how_soon: &'static str,
    pub signs: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct LastResult {
    pub completed_at: Timestamp,
    pub level: TriageLevel,
    pub title: String,
    pub pain_kind: String,
}

/// The plan's headings: the same on screen and on paper.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
pub struct PlanHeadings {
    pub title: &'static str,
    pub red_flags: &'static str,
    pub progress: &'static str,
    pub phases: &'static str,
    pub routines: &'static str,
    pub own_routines: &'static str,
    pub see_a_professional: &'static str,
    pub habits: &'static str,
}

pub const HEADINGS: PlanHeadings = PlanHeadings {
    title: "Your recovery plan",
    red_flags: "Stop and get help if you notice",
    progress: "Your progress",
    phases: "Your phases",
    routines: "Your routines",
    own_routines: "Your own routines",
    see_a_professional: "When to see a professional",
    habits: "Habits for the long term",
};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct PlanView {
    pub headings: PlanHeadings,
    pub generated_at: Timestamp,
    pub last_result: Option<LastResult>,
    pub current: PhaseId,
    /// Why the plan is at this phase, in the person's terms.
    pub why: String,
    /// How check-ins have moved the plan since the last triage, oldest first.
    pub changes: Vec<PhaseChange>,
    /// What the latest check-in means.
    pub latest_verdict: Option<Verdict>,
    pub chart_svg: String,
    pub chart_summary: String,
    pub change_since_start: Option<ChangeSinceStart>,
    pub latest_weekly: Option<WeeklyRow>,
    /// Sessions and breaks this week, against the weekly aim.
    pub aim: WeeklyAim,
    pub checklist: ChecklistView,
    pub phases: Vec<Phase>,
    pub routines: Vec<Routine>,
    /// Where the person stands on each exercise's ladder: a routine runs
    /// each exercise at the person's version.
    pub ladder: Ladder,
    /// Why there are no routines now, or fewer than usual.
    pub routines_note: Option<String>,
    /// The person's own routines at their doses, each with why it waits if
    /// it does; none while an emergency result waits for care.
    pub own_routines: Vec<OwnRoutineView>,
    /// A professional cleared the person to exercise for these signs.
    pub clearance: Option<ClearanceView>,
    /// The signs a clearance recorded now would cover; empty when there is
    /// nothing a clearance could open (no check sent the person to a
    /// professional, or the check found an emergency).
    pub clearable_signs: Vec<&'static str>,
    pub red_flags: Vec<RedFlagGroup>,
    /// The step that moves the plan on while it waits (see `Course::instead`).
    pub instead: Option<Instead>,
    /// The number to call in an emergency; `None` when the person has not
    /// given one and their region's is not known.
    pub emergency_number: Option<String>,
    pub see_a_professional: Vec<&'static str>,
    pub habits: &'static [&'static str],
    pub sessions_done: usize,
    pub last_session: Option<SessionRecord>,
    pub not_a_diagnosis: &'static str,
}

const GET_CHECKED: Phase = Phase {
    id: PhaseId::GetChecked,
    title: "Get checked first",
    summary:
        "Your last check found a sign that a professional should assess before you train again.",
    steps: &[
        "Book a doctor or physiotherapist within the next few days.",
        GET_CHECKED_MEANWHILE,
        GET_CHECKED_AFTER,
    ],
};

const GET_CHECKED_MEANWHILE: &str = "Until then, keep to gentle everyday movement and avoid the exercises that bring the symptoms on. If a sign in the box below appears, act on it as its heading says.";
const GET_CHECKED_AFTER: &str = "After you have been examined, run a new check. If the professional said you can exercise, record that in your plan: gentle routines then open for the signs they saw, and any new sign still sends you back.";

/// An urgent result waits for a doctor within a day or two, not an
/// appointment in the coming days: the plan says so in the same words.
const GET_CHECKED_URGENTLY: Phase = Phase {
    id: PhaseId::GetChecked,
    title: "Get checked first, within a day or two",
    summary: "Your last check found a warning sign that a doctor needs to look at within a day or two, before you train again.",
    steps: &[
        "Call your doctor's surgery or an urgent care service today, and ask to be seen within a day or two.",
        GET_CHECKED_MEANWHILE,
        GET_CHECKED_AFTER,
    ],
};

/// After an emergency result the plan waits too, but its words are the
/// emergency's: care now, not an appointment.
const GET_EMERGENCY_CARE: Phase = Phase {
    id: PhaseId::GetChecked,
    title: "Get emergency care first",
    summary: "Your last check found a sign that needs emergency care. Exercise waits until you have been seen.",
    steps: &[
        "If you have not had emergency care yet, call your emergency number or go to an emergency department now.",
        "After you have been seen, check your back pain again: the plan starts afresh from that check.",
    ],
};

const FIRST_DAYS: Phase = Phase {
    id: PhaseId::FirstDays,
    title: "The first 24 to 48 hours",
    summary: "Calm the flare-up down while staying gently on the move.",
    steps: &[
        "Stop the exercise that brought the pain on, and any heavy lifting, jumping or twisting under load.",
        "Stay lightly active: short, easy walks several times a day. Bed rest tends to slow recovery.",
        "Use a heat wrap or warm pack for comfort: it has the best evidence of the home remedies.",
        "A cold pack in the first two days is an optional alternative if it feels better; the evidence for cold is thin, so go by comfort.",
        "The gentle routines your plan offers (when it offers any) can be tried, with the same pain rule as every session: up to 2 out of 10 carry on, 3 to 5 switch to a gentler version, above 5, or a rise of 2 from where you started once pain reaches 3, stop for today, and symptoms spreading down a leg stop the session.",
    ],
};

const REBUILD: Phase = Phase {
    id: PhaseId::Rebuild,
    title: "Rebuild",
    summary: "Build strength and mobility back with gentle routines, a little at a time.",
    steps: &[
        "Do a routine most days: gentle mobility daily, and core stability every other day once moving is comfortable.",
        "Keep pain during exercise at 5 out of 10 or below, and make sure it settles by the next morning.",
        "If pain creeps up from week to week, ease off and get checked.",
        "Keep the exercises to rethink on hold, using their safer swaps instead.",
    ],
};

const RETURN: Phase = Phase {
    id: PhaseId::ReturnToTraining,
    title: "Return to training",
    summary: "Bring your usual training back gradually once your back is ready.",
    steps: &[
        "You are ready when daily activities are pain-free, you move through your full range without discomfort, and you need no painkillers to get through the day.",
        "Warm up with the \"Return-to-training warm-up\" routine before each session.",
        "Bring back avoided lifts one at a time, starting light, and add load only while form stays clean and the back is quiet the next morning.",
        "Keep one or two core-stability and mobility sessions a week for good.",
    ],
};

/// Said after the signs that are not red flags but still need a professional:
/// every red flag is in the box, with how soon it needs care.
const ANY_SIGN_IN_THE_BOX: &str =
    "Any sign in the box of signs that mean stop and get help, as soon as its heading says.";

const HABITS: [&str; 5] = [
    "Workspace: a chair that supports your lower back (or a lumbar cushion), screen at eye level, and a break to stand and move every half hour.",
    "Sleep: on your side with a pillow between your knees, or on your back with one under them, on a mattress that keeps your spine level.",
    "Mobility: a few minutes of the gentle mobility your routines offer most days, like brushing your teeth.",
    "Footwear: comfortable, supportive shoes for walking and training.",
    "Training: lift with clean form, build load gradually, and swap heavy barbell work for bands or lighter weights if your back keeps flaring.",
];

/// Red-flag rules about who the person is rather than what they notice
/// (past cancer, a raised risk of infection, age): the box lists what to
/// watch for, and these are in it through the signs they make urgent
/// ("cancer, now or in the past, together with a nerve sign").
const TRAITS: [&str; 4] = [
    "cancer_history",
    "infection_risk",
    "new_pain_from_50",
    "under_16",
];

/// Red flags whose result asks something other than their level's words:
/// they get a group of their own, headed as their result is, so the box
/// never says "within a day or two" where the result says "today", or
/// "pause your training" where it says "keep moving".
const OWN_GROUP: [(&str, &str); 2] = [
    (
        "belly_pain_in_pregnancy",
        "Call your midwife or doctor today",
    ),
    (
        "inflammatory_pattern",
        "Keep moving, and book a check-up in the coming weeks",
    ),
];

fn red_flag_box() -> Vec<RedFlagGroup> {
    let own = |id: &str| OWN_GROUP.iter().any(|(rule, _)| *rule == id);
    let by_level = [
        TriageLevel::Emergency,
        TriageLevel::Urgent,
        TriageLevel::Soon,
    ]
    .into_iter()
    .map(|level| RedFlagGroup {
        how_soon: level.title(),
        signs: RULES
            .iter()
            .filter(|r| r.red_flag && r.level == level && !TRAITS.contains(&r.id) && !own(r.id))
            .map(|r| r.sign)
            .collect(),
    });
    let mut groups: Vec<RedFlagGroup> = by_level.collect();
    for (rule, how_soon) in OWN_GROUP {
        let sign = RULES
            .iter()
            .find(|r| r.id == rule)
            .map(|r| r.sign)
            .expect("each rule with its own group exists");
        // Today is sooner than a day or two: that group goes after the emergency.
        let at = if rule == "belly_pain_in_pregnancy" {
            1
        } else {
            groups.len()
        };
        groups.insert(
            at,
            RedFlagGroup {
                how_soon,
                signs: vec![sign],
            },
        );
    }
    groups
}

/// When to see a professional, from the rules: the signs that send a person
/// to one without being red flags (pain that lasts, pain that builds week on
/// week), then every red flag, which the box lists by urgency.
fn see_a_professional() -> Vec<&'static str> {
    RULES
        .iter()
        .filter(|r| !r.red_flag && r.level >= TriageLevel::Soon)
        .map(|r| r.sign)
        .chain([ANY_SIGN_IN_THE_BOX])
        .collect()
}

/// A clearance as the plan shows and prints it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ClearanceView {
    pub examined_on: crate::time::Day,
    pub examined_by: Option<String>,
    pub signs: Vec<&'static str>,
}

fn rule_signs(ids: &[String]) -> Vec<&'static str> {
    ids.iter()
        .filter_map(|id| rules::rule(id))
        .map(|r| r.sign)
        .collect()
}

fn clearable_signs(plan: &RecoveryPlan) -> Vec<&'static str> {
    match plan.last_triage() {
        Some(triage)
            if plan.clearance().is_none()
                && (TriageLevel::Soon..TriageLevel::Emergency).contains(&triage.outcome.level) =>
        {
            rule_signs(&Clearance::clearable(triage))
        }
        _ => Vec::new(),
    }
}

fn clearance_view(plan: &RecoveryPlan) -> Option<ClearanceView> {
    plan.clearance().map(|c| ClearanceView {
        examined_on: c.examined_on,
        examined_by: c.examined_by.clone(),
        signs: rule_signs(&c.cleared),
    })
}

pub fn build(plan: &RecoveryPlan, now: Timestamp) -> PlanView {
    build_for_region(plan, now, None)
}

/// The plan as the person reads it, with their region's ambulance number
/// until they have set their own.
pub fn build_for_region(
    plan: &RecoveryPlan,
    now: Timestamp,
    regional: Option<&RegionalNumber>,
) -> PlanView {
    let progress = progress::view(plan, now);
    let course = progress.course;
    let current = course.phase;
    let last = plan.last_triage();
    let offer = routine_offer(plan, &course);
    let ladder = ladder::follow(plan, &course);
    let waiting_on =
        |level| current == PhaseId::GetChecked && last.is_some_and(|t| t.outcome.level == level);
    // After an emergency result the plan shows only that: the phases after
    // it talk of routines, which would play the emergency down.
    let phases = match current {
        _ if waiting_on(TriageLevel::Emergency) => vec![GET_EMERGENCY_CARE],
        _ if waiting_on(TriageLevel::Urgent) => {
            vec![GET_CHECKED_URGENTLY, FIRST_DAYS, REBUILD, RETURN]
        }
        PhaseId::GetChecked => vec![GET_CHECKED, FIRST_DAYS, REBUILD, RETURN],
        _ => vec![FIRST_DAYS, REBUILD, RETURN],
    };
    PlanView {
        headings: HEADINGS,
        generated_at: now,
        last_result: last.map(|t| LastResult {
            completed_at: t.completed_at,
            level: t.outcome.level,
            title: t.outcome.title.clone(),
            pain_kind: t.outcome.pain_kind.label.clone(),
        }),
        current,
        why: course.why,
        changes: course.changes,
        latest_verdict: course.latest,
        chart_svg: progress.chart_svg,
        chart_summary: progress.chart_summary,
        change_since_start: progress.change_since_start,
        latest_weekly: progress.weekly.into_iter().next(),
        aim: progress.aim,
        checklist: progress.checklist,
        phases,
        routines: offer.routines,
        ladder,
        routines_note: offer.note,
        own_routines: if waiting_on(TriageLevel::Emergency) {
            Vec::new()
        } else {
            offer.own
        },
        clearance: clearance_view(plan),
        clearable_signs: clearable_signs(plan),
        red_flags: red_flag_box(),
        instead: course.instead,
        emergency_number: plan.settings.emergency_number(regional).map(str::to_owned),
        see_a_professional: see_a_professional(),
        habits: &HABITS,
        sessions_done: plan.sessions.len(),
        last_session: plan.sessions.last().cloned(),
        not_a_diagnosis: NOT_A_DIAGNOSIS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::calm_answers;
    use serde_json::json;

    fn plan_after(answers: serde_json::Value) -> RecoveryPlan {
        crate::test_support::plan_after(answers, Timestamp::from_unix_seconds(0))
    }

    fn calm() -> serde_json::Value {
        calm_answers(1)
    }

    #[test]
    fn the_phase_follows_the_last_result() {
        let now = Timestamp::from_unix_seconds(100);
        assert_eq!(build(&RecoveryPlan::default(), now).current, PhaseId::Start);
        // A calm result rebuilds until the three signs of being ready are ticked.
        assert_eq!(build(&plan_after(calm()), now).current, PhaseId::Rebuild);
        let mut stop = calm();
        stop["pain_during_exercise"] = json!(7);
        assert_eq!(build(&plan_after(stop), now).current, PhaseId::FirstDays);
        let mut modify = calm();
        modify["pain_during_exercise"] = json!(4);
        assert_eq!(build(&plan_after(modify), now).current, PhaseId::Rebuild);
        let view = build(&plan_after(json!({"bladder_bowel": true})), now);
        assert_eq!(view.current, PhaseId::GetChecked);
        // After an emergency the waiting phase speaks of emergency care, not an appointment.
        assert_eq!(view.phases[0].title, "Get emergency care first");
        // and only of that: the later phases speak of routines, which would
        // play the emergency down.
        assert_eq!(view.phases.len(), 1);
        let mut cancer = calm();
        cancer["cancer_history"] = json!(true);
        cancer["band_like_pain"] = json!(false);
        let urgent = build(&plan_after(cancer), now);
        assert_eq!(urgent.current, PhaseId::GetChecked);
        assert!(
            urgent.phases.len() > 1,
            "an appointment still shows the road after it"
        );
        assert!(view
            .routines_note
            .as_deref()
            .unwrap()
            .contains("emergency care"));
        assert!(view.routines.is_empty(), "no routine until examined");
        assert!(view.why.contains("emergency care"));
    }

    #[test]
    fn the_red_flag_box_lists_every_red_flag_rule_by_urgency() {
        let groups = red_flag_box();
        let listed: usize = groups.iter().map(|g| g.signs.len()).sum();
        // Every red flag but the traits, which are in it through the signs
        // they make urgent.
        assert_eq!(
            listed,
            RULES.iter().filter(|r| r.red_flag).count() - TRAITS.len()
        );
        for sign in groups.iter().flat_map(|g| &g.signs) {
            assert_ne!(*sign, "Cancer, now or in the past, treated or not");
        }
        assert!(groups[0].signs.iter().any(|s| s.starts_with("Cancer")));
        assert!(groups[0].signs.iter().any(|s| s.contains("bladder")));
        // Signs in a list describe a sign, not the person reading it.
        for sign in groups.iter().flat_map(|g| &g.signs) {
            assert!(!sign.contains("You ") && !sign.ends_with('.'), "{sign}");
        }
        // Each sign is headed as its own result is: pregnancy today, right
        // after the emergency; the inflammatory pattern "keep moving".
        let heading_of = |words: &str| {
            groups
                .iter()
                .find(|g| g.signs.iter().any(|s| s.contains(words)))
                .map(|g| g.how_soon)
                .unwrap()
        };
        assert_eq!(heading_of("pregnancy"), "Call your midwife or doctor today");
        assert_eq!(groups[1].how_soon, "Call your midwife or doctor today");
        assert!(heading_of("morning stiffness").starts_with("Keep moving"));
    }

    #[test]
    fn seeing_a_professional_follows_the_rules_and_never_softens_an_emergency() {
        let list = see_a_professional();
        assert!(list.iter().any(|s| s.contains("more than a week")));
        // Symptoms in both legs are an emergency: only the box may name them.
        assert!(list.iter().all(|s| !s.contains("both legs")));
        assert_eq!(list.last(), Some(&ANY_SIGN_IN_THE_BOX));
    }

    #[test]
    fn heat_is_the_evidence_backed_choice_and_cold_optional() {
        let text = FIRST_DAYS.steps.join(" ");
        assert!(text.contains("heat") && text.contains("best evidence"));
        assert!(text.contains("cold") && text.contains("optional"));
        assert!(text.contains("Bed rest"));
        let criteria = RETURN.steps[0];
        assert!(
            criteria.contains("pain-free")
                && criteria.contains("full range")
                && criteria.contains("painkillers")
        );
    }
}
