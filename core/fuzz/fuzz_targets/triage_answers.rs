//! Any text as a triage answers document: it is refused with a reason or
//! assessed, never a panic. An assessed outcome is at least as urgent as the
//! sources ask for every sign in it (the oracle the safety tests use, written
//! independently of the rule table, so a lowered rule level is caught), and
//! any red flag gives at least `soon`.
#![no_main]

#[path = "../../tests/support/red_flag_oracle.rs"]
mod oracle;

use libfuzzer_sys::fuzz_target;
use spinewise_core::triage::{self, Answers};
use spinewise_core::TriageLevel;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let Ok(answers) = Answers::from_json_str(text) else { return };
    let _ = triage::next_step(&answers);
    if let Ok(outcome) = triage::assess(&answers) {
        serde_json::to_string(&outcome).expect("an outcome serialises");
        let minimum = oracle::minimum(&answers);
        assert!(outcome.level >= minimum, "{:?} is below the sources' {minimum:?}", outcome.level);
        if oracle::any_red_flag(&answers) || outcome.reasons.iter().any(|r| r.red_flag) {
            assert!(outcome.level >= TriageLevel::Soon, "a red flag gave {:?}", outcome.level);
        }
    }
});
