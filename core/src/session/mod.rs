//! Guided sessions: the steps of a routine, the clock that runs them, and the
//! pain check-ins that decide when to stop.

mod check_in;
mod engine;
mod machine;
mod pace;

pub use pace::{pace, Pace};

pub use check_in::{
    judge, CheckIn, CheckInDecision, SignWords, StopCause, WarningSigns, SHARP_OR_UNEASED,
    SPREADING_REASON, STOP_ON_RISE, WARNING_SIGNS,
};
pub use engine::{run, Control, TICK};
pub use machine::{
    movements, steps_for, steps_with_doses, CheckInRecord, LeftOutToday, SessionEnd,
    SessionMachine, SessionSnapshot, Status, Step, StepKind, Swap, GET_READY_NEW_MOVEMENT_SECONDS,
    GET_READY_SECONDS,
};

#[cfg(test)]
mod tests;
