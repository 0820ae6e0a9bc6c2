//! Which routines the plan allows now: none while a warning waits, else those
//! of the current phase for the person's kind of pain.

use super::{Course, PhaseId};
use crate::level::TriageLevel;
use crate::pain::PainKind;
use crate::plan::RecoveryPlan;
use crate::routine::{self, Instead, RoutineOffer};

/// What routines are chosen from: the level the current phase stands for and
/// the last triage's pain kind. Routines follow the phase, so a step back to
/// the first days offers only the gentlest and being sent for an examination
/// offers none.
fn routine_basis(plan: &RecoveryPlan, phase: PhaseId) -> Option<(TriageLevel, PainKind)> {
    let level = match phase {
        PhaseId::Start => return None,
        PhaseId::GetChecked => TriageLevel::Soon,
        PhaseId::FirstDays => TriageLevel::Stop,
        PhaseId::Rebuild => TriageLevel::Modify,
        PhaseId::ReturnToTraining => TriageLevel::Continue,
    };
    plan.last_triage()
        .map(|t| (level, t.outcome.pain_kind.kind))
}

/// Why the daily and weekly check-ins wait, if they do: after an emergency
/// result, until a new check, since nothing a check-in says can move a plan
/// that waits for emergency care (and asking would play it down).
pub fn check_ins_wait(plan: &RecoveryPlan, course: &Course) -> Option<&'static str> {
    let emergency = plan
        .last_triage()
        .is_some_and(|t| t.outcome.level == TriageLevel::Emergency);
    (emergency && course.phase == PhaseId::GetChecked).then_some(
        "Your last check found a sign that needs emergency care. Check-ins wait until you have been seen and have checked your back pain again.",
    )
}

/// The routines the plan allows now: none while a warning sign waits for a
/// new check or a stopped session's pain has not settled, else those of the
/// current phase for the person's kind of pain.
pub fn routine_offer(plan: &RecoveryPlan, course: &Course) -> RoutineOffer {
    let mut offer = ready_routines(plan, course);
    let waits = own_routines_wait(&offer, course.phase);
    let kind = plan.own_routine_kind();
    offer.own = plan
        .own_routines
        .iter()
        .map(|r| r.view(kind, waits.clone()))
        .collect();
    offer
}

/// Why the person's own routines cannot run now: whenever the ready routines
/// cannot, and in the first days, when the plan says to stop training and
/// offers only the gentlest mobility (a routine of one's own may hold
/// anything the library has).
fn own_routines_wait(offer: &RoutineOffer, phase: PhaseId) -> Option<String> {
    if offer.routines.is_empty() {
        return Some(offer.note.clone().unwrap_or_else(|| {
            "Your own routines wait until your plan offers routines again.".to_owned()
        }));
    }
    (phase == PhaseId::FirstDays).then(|| {
        "Your last check said to stop training for now: your own routines wait until the first days are over. The gentle mobility routines are there meanwhile.".to_owned()
    })
}

fn ready_routines(plan: &RecoveryPlan, course: &Course) -> RoutineOffer {
    if let (Some(why), Some(instead)) = (&course.routines_paused, course.instead) {
        return RoutineOffer::none(why.clone(), instead);
    }
    let emergency = plan
        .last_triage()
        .is_some_and(|t| t.outcome.level == TriageLevel::Emergency);
    if emergency && course.phase == PhaseId::GetChecked {
        return RoutineOffer::none(
            "Your last check found a sign that needs emergency care. Routines return once you have been seen and have checked your back pain again.",
            Instead::CheckBackPain,
        );
    }
    routine::offer(routine_basis(plan, course.phase))
}
