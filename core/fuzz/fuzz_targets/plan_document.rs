//! Any bytes as a plan file: the parser answers with a plan or an error,
//! never a panic, and a plan it accepts survives being written and read back.
#![no_main]

use libfuzzer_sys::fuzz_target;
use spinewise_core::plan::RecoveryPlan;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(plan) = RecoveryPlan::from_json(bytes) {
        let written = plan.to_json();
        let again = RecoveryPlan::from_json(written.as_bytes()).expect("a plan it wrote reads back");
        assert_eq!(again, plan);
    }
});
