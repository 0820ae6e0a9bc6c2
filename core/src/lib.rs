//! Spinewise's functional core: every decision the app makes, with no GUI
//! dependency, so that each rule is unit-tested in milliseconds and reviewed
//! in one place.
//!
//! - [`triage`]: the questions, the answers document and the rules that turn
//!   answers into one of six levels.
//! - [`pain`]: the likely kind of back pain behind the answers.
//! - [`exercise`]: the exercise library and the exercises to rethink.
//! - [`routine`]: ready routines chosen from the last triage.
//! - [`session`]: guided sessions, their clock and the pain check-ins.
//! - [`progress`]: daily and weekly check-ins and the rules that move the plan.
//! - [`recovery`]: the recovery plan as the person reads it; [`print`]: as paper.
//! - [`plan`]: the person's recovery plan document, versioned.
//! - [`reminders`]: when each reminder is due, and what the plan lets it offer.
//! - [`store`]: keeping that document safe on disk.
//! - [`help`]: the Help and About screens' words and the keyboard shortcuts.

pub mod course;
pub mod exercise;
pub mod export;
pub mod help;
pub mod level;
pub mod own_routine;
pub mod pain;
pub mod photo;
pub mod plan;
pub mod print;
pub mod progress;
pub mod recovery;
pub mod reminders;
pub mod routine;
pub mod session;
pub mod settings;
pub mod source;
pub mod store;
pub mod summary;
pub mod time;
pub mod triage;
pub mod words;

#[cfg(test)]
mod test_support;

pub use level::{TriageLevel, EMERGENCY_REMINDER, NOT_A_DIAGNOSIS};
