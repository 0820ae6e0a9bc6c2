//! The daily companion's decisions: when each reminder the person turned on
//! is next due ([`schedule`]), and what it may say when it fires ([`offer`]).
//! The plan decides the second: a reminder never offers exercise that the
//! plan does not allow today, and says what the plan asks instead.
//!
//! Both are pure functions of the plan, the settings, what the timer last
//! did and the time now, so the shell's timer only sleeps, asks and shows.

mod offer;
mod schedule;

pub use offer::{reminder, Opens, Reminder, BREAK_ROUTINE};
pub use schedule::{
    next_due, pause_until, should_show, when, Due, Marks, Pause, ReminderKind, LATE_LIMIT_MINUTES,
};

#[cfg(test)]
mod tests;
