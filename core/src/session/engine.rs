//! Runs a session in real time on tokio: wakes at each step's end and each
//! beat of a repetition (or every quarter second, whichever is sooner),
//! applies the person's controls, and publishes a snapshot after every
//! change, several times a second.

use std::time::Duration;

use serde::Deserialize;
use tokio::sync::mpsc::UnboundedReceiver;
use tokio::time::{sleep_until, Instant};

use super::check_in::CheckIn;
use super::machine::{SessionMachine, SessionSnapshot};
use ts_rs::TS;

/// How often the UI hears from a running session.
pub const TICK: Duration = Duration::from_millis(250);

#[derive(Clone, Debug, PartialEq, Eq, Deserialize, TS)]
#[serde(tag = "action", rename_all = "snake_case")]
pub enum Control {
    Pause,
    Resume,
    Skip,
    Back,
    Stop,
    /// Leave the exercise under way out of today's session (one cautioned
    /// for the person's kind of pain, kept because it was prescribed).
    LeaveOut,
    CheckIn {
        check_in: CheckIn,
    },
}

fn apply(machine: &mut SessionMachine, control: Control, now: Instant) {
    match control {
        Control::Pause => machine.pause(now),
        Control::Resume => machine.resume(now),
        Control::Skip => machine.skip(now),
        Control::Back => machine.back(now),
        Control::Stop => machine.stop(now),
        Control::LeaveOut => machine.leave_out_today(now),
        Control::CheckIn { check_in } => {
            machine.check_in(check_in, now);
        }
    }
}

/// Drives `machine` until the session ends and returns it for the record.
/// If every sender of `controls` is dropped, the session stops.
pub async fn run(
    mut machine: SessionMachine,
    mut controls: UnboundedReceiver<Control>,
    mut publish: impl FnMut(SessionSnapshot),
) -> SessionMachine {
    loop {
        let now = Instant::now();
        machine.tick(now);
        publish(machine.snapshot(now));
        if machine.is_finished() {
            return machine;
        }
        let wake = machine
            .next_change(now)
            .map_or(now + TICK, |change| change.min(now + TICK));
        tokio::select! {
            control = controls.recv() => match control {
                Some(control) => apply(&mut machine, control, Instant::now()),
                None => machine.stop(Instant::now()),
            },
            () = sleep_until(wake) => {}
        }
    }
}
