//! Any bytes as a routine file (the file a physiotherapist hands out): the
//! reader answers with a routine or a reason, never a panic; a routine it
//! reads is written back as the same routine, and checking it never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use spinewise_core::own_routine::OwnRoutine;
use spinewise_core::pain::PainKind;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(routine) = OwnRoutine::from_file(bytes) {
        let again = OwnRoutine::from_file(routine.to_file().as_bytes())
            .expect("a routine it wrote reads back");
        assert_eq!(again, routine);
        for kind in PainKind::ALL {
            let _ = routine.check(kind);
        }
    }
});
