//! The change in pain since the first check-in, in terms a person can weigh:
//! a drop of 2 points on the 0-10 scale, or of 30% from the start, is the
//! smallest change people reliably notice (Ostelo et al., Spine 2008).

use serde::Serialize;

use crate::plan::DailyCheckIn;
use crate::time::Day;
use ts_rs::TS;

pub const POINTS_THAT_MATTER: u8 = 2;
pub const PERCENT_THAT_MATTERS: u32 = 30;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Better,
    Worse,
    NoClearChange,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, TS)]
pub struct ChangeSinceStart {
    pub first_day: Day,
    pub first: u8,
    pub latest_day: Day,
    pub latest: u8,
    pub direction: Direction,
    /// Whether the change is large enough to matter (2 points or 30%).
    pub matters: bool,
    pub message: String,
}

fn matters(from: u8, to: u8) -> bool {
    let diff = from.abs_diff(to);
    let base = u32::from(from.max(1));
    diff >= POINTS_THAT_MATTER || (diff > 0 && u32::from(diff) * 100 >= PERCENT_THAT_MATTERS * base)
}

fn points(n: u8) -> String {
    if n == 1 {
        "1 point".into()
    } else {
        format!("{n} points")
    }
}

/// Compares the first and the latest daily check-in (they are kept in day order).
pub fn since_start(check_ins: &[DailyCheckIn]) -> Option<ChangeSinceStart> {
    let (first, latest) = (check_ins.first()?, check_ins.last()?);
    if check_ins.len() < 2 {
        return None;
    }
    let (from, to) = (first.pain_now.value(), latest.pain_now.value());
    let big = matters(from, to);
    let direction = match (to.cmp(&from), big) {
        (std::cmp::Ordering::Less, true) => Direction::Better,
        (std::cmp::Ordering::Greater, true) => Direction::Worse,
        _ => Direction::NoClearChange,
    };
    let percent = if from > 0 {
        u32::from(from.abs_diff(to)) * 100 / u32::from(from)
    } else {
        0
    };
    let message = match direction {
        Direction::Better => format!(
            "Your pain is {} lower than at your first check-in ({from} to {to}, {percent}% less). That is a change that matters.",
            points(from - to)
        ),
        Direction::Worse => format!(
            "Your pain is {} higher than at your first check-in ({from} to {to}). That is a real rise: ease off, and if it keeps climbing, get checked.",
            points(to - from)
        ),
        Direction::NoClearChange if from == to => format!(
            "Your pain is the same as at your first check-in ({from} out of 10). A drop of 2 points, or 30%, is the smallest most people notice."
        ),
        Direction::NoClearChange => format!(
            "Your pain has moved from {from} to {to} since your first check-in. A change of 2 points, or 30%, is the smallest most people notice, so this is not a clear change yet."
        ),
    };
    Some(ChangeSinceStart {
        first_day: first.day,
        first: from,
        latest_day: latest.day,
        latest: to,
        direction,
        matters: big,
        message,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_points_or_thirty_percent_is_a_change_that_matters() {
        // (from, to, matters)
        let cases = [
            (6, 4, true),  // 2 points
            (6, 5, false), // 1 point, 17%
            (3, 2, true),  // 1 point, 33%
            (4, 3, false), // 1 point, 25%
            (10, 8, true),
            (2, 1, true), // 50%
            (1, 0, true), // all of it
            (0, 1, true), // from nothing, any rise is relative to 1
            (5, 5, false),
            (7, 9, true),
        ];
        for (from, to, expected) in cases {
            assert_eq!(matters(from, to), expected, "{from} -> {to}");
        }
    }
}
