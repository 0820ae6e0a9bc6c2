//! Any text as a triage answers document: it is refused with a reason or
//! assessed, never a panic; and when any answer is a red flag, the outcome is
//! at least as urgent as that flag's rule, whatever else was answered.
#![no_main]

use libfuzzer_sys::fuzz_target;
use spinewise_core::triage::rules::RULES;
use spinewise_core::triage::{self, Answers};

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else { return };
    let Ok(answers) = Answers::from_json_str(text) else { return };
    let _ = triage::next_step(&answers);
    if let Ok(outcome) = triage::assess(&answers) {
        serde_json::to_string(&outcome).expect("an outcome serialises");
        for rule in RULES.iter().filter(|r| r.red_flag && (r.applies)(&answers)) {
            assert!(outcome.level >= rule.level, "{} outweighed: {:?}", rule.id, outcome.level);
        }
    }
});
