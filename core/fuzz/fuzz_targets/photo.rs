//! Any bytes as a photo of one's own exercise (a file the person picks, or
//! one carried inside a routine file): the check answers with what the photo
//! is or why it is refused, never a panic, and what it accepts is a PNG or
//! JPEG of the bounded size (what a phone appends after a JPEG's end left
//! out), with sides in bounds. A refusal for size alone (which lets the
//! window draw a smaller copy) is of a photo walked to its end, whose sides
//! and pixels a copy can be drawn from. (The fuzzer's inputs are small: it
//! reaches that refusal through the sides.)
#![no_main]

use libfuzzer_sys::fuzz_target;
use spinewise_core::photo::{
    inspect, picture, PhotoError, PhotoKind, MAX_COPIED_PIXELS, MAX_COPIED_SIDE, MAX_PHOTO_BYTES,
    MAX_SIDE, MIN_SIDE,
};

fuzz_target!(|bytes: &[u8]| {
    match picture(bytes) {
        Ok((facts, picture)) => {
            assert!(picture.len() <= MAX_PHOTO_BYTES);
            assert!((MIN_SIDE..=MAX_SIDE).contains(&facts.width));
            assert!((MIN_SIDE..=MAX_SIDE).contains(&facts.height));
            assert!(bytes.starts_with(picture));
            match facts.kind {
                PhotoKind::Png => {
                    assert!(picture == bytes && bytes.starts_with(b"\x89PNG\r\n\x1a\n"))
                }
                PhotoKind::Jpeg => {
                    assert!(picture.starts_with(&[0xFF, 0xD8]) && picture.ends_with(&[0xFF, 0xD9]))
                }
            }
            // The picture alone is the same photo.
            assert_eq!(inspect(picture), Ok(facts));
        }
        Err(PhotoError::TooLarge {
            bytes: length,
            width,
            height,
        }) => {
            assert!((MIN_SIDE..=MAX_COPIED_SIDE).contains(&width));
            assert!((MIN_SIDE..=MAX_COPIED_SIDE).contains(&height));
            assert!(u64::from(width) * u64::from(height) <= MAX_COPIED_PIXELS);
            assert!(length > MAX_PHOTO_BYTES || width > MAX_SIDE || height > MAX_SIDE);
            // Walked to the picture's end: a byte shorter, it is damaged.
            assert!(matches!(
                inspect(&bytes[..length - 1]),
                Err(PhotoError::Damaged { .. })
            ));
        }
        Err(_) => {}
    }
});
