//! Any bytes as a photo of one's own exercise (a file the person picks, or
//! one carried inside a routine file): the check answers with what the photo
//! is or why it is refused, never a panic, and what it accepts is a PNG or
//! JPEG of the bounded size, with sides in bounds.
#![no_main]

use libfuzzer_sys::fuzz_target;
use spinewise_core::photo::{inspect, PhotoKind, MAX_PHOTO_BYTES, MAX_SIDE, MIN_SIDE};

fuzz_target!(|bytes: &[u8]| {
    if let Ok(facts) = inspect(bytes) {
        assert!(bytes.len() <= MAX_PHOTO_BYTES);
        assert!((MIN_SIDE..=MAX_SIDE).contains(&facts.width));
        assert!((MIN_SIDE..=MAX_SIDE).contains(&facts.height));
        match facts.kind {
            PhotoKind::Png => assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n")),
            PhotoKind::Jpeg => assert!(bytes.starts_with(&[0xFF, 0xD8]) && bytes.ends_with(&[0xFF, 0xD9])),
        }
    }
});
