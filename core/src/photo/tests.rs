use super::*;
use proptest::prelude::*;

const PNG: &[u8] = include_bytes!("../../tests/fixtures/photos/photo.png");
const INTERLACED_PNG: &[u8] = include_bytes!("../../tests/fixtures/photos/interlaced.png");
const JPEG: &[u8] = include_bytes!("../../tests/fixtures/photos/photo.jpg");
const PROGRESSIVE_JPEG: &[u8] = include_bytes!("../../tests/fixtures/photos/progressive.jpg");
/// As a phone stores a portrait: wider than it is shown, with a note in its
/// camera data (EXIF) to turn it, and more pixels a side than are kept.
const CAMERA_JPEG: &[u8] = include_bytes!("../../tests/fixtures/photos/camera-sideways.jpg");
const FIXTURES: [(&str, &[u8]); 4] = [
    ("photo.png", PNG),
    ("interlaced.png", INTERLACED_PNG),
    ("photo.jpg", JPEG),
    ("progressive.jpg", PROGRESSIVE_JPEG),
];

fn chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    let crc = crc32fast::hash(&out[4..]);
    out.extend_from_slice(&crc.to_be_bytes());
    out
}

/// A PNG whose structure is whole, of any size: the walk never decodes the
/// image data, so a few bytes of it do.
fn png_of(width: u32, height: u32, extra: &[Vec<u8>]) -> Vec<u8> {
    let mut header = width.to_be_bytes().to_vec();
    header.extend_from_slice(&height.to_be_bytes());
    header.extend_from_slice(&[8, 6, 0, 0, 0]);
    let mut out = PNG_SIGNATURE.to_vec();
    out.extend(chunk(b"IHDR", &header));
    for c in extra {
        out.extend_from_slice(c);
    }
    out.extend(chunk(b"IDAT", &[0x78, 0x9C, 0x03, 0x00]));
    out.extend(chunk(b"IEND", &[]));
    out
}

/// The fixture JPEG with another size written into its frame header.
fn jpeg_of(width: u16, height: u16) -> Vec<u8> {
    let mut out = JPEG.to_vec();
    let sof = out
        .windows(2)
        .position(|w| w == [0xFF, 0xC0])
        .expect("the fixture is a baseline JPEG");
    out[sof + 5..sof + 7].copy_from_slice(&height.to_be_bytes());
    out[sof + 7..sof + 9].copy_from_slice(&width.to_be_bytes());
    out
}

#[test]
fn the_fixtures_are_read_with_their_size() {
    for (name, bytes) in FIXTURES {
        let facts = inspect(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!((facts.width, facts.height), (64, 48), "{name}");
        let kind = if name.ends_with(".png") {
            PhotoKind::Png
        } else {
            PhotoKind::Jpeg
        };
        assert_eq!(facts.kind, kind, "{name}");
    }
}

#[test]
fn every_file_cut_short_is_refused() {
    for (name, bytes) in FIXTURES {
        for end in 0..bytes.len() {
            assert!(
                inspect(&bytes[..end]).is_err(),
                "{name} cut at {end} of {} bytes was accepted",
                bytes.len()
            );
        }
    }
}

#[test]
fn every_byte_of_a_png_changed_is_refused() {
    // The checksums cover every byte but the signature and the lengths, and
    // a length changed breaks the walk: no single change slips through.
    for at in 0..PNG.len() {
        for flip in [0x01, 0x80, 0xFF] {
            let mut bytes = PNG.to_vec();
            bytes[at] ^= flip;
            assert!(
                inspect(&bytes).is_err(),
                "byte {at} xor {flip:#x} was accepted"
            );
        }
    }
}

#[test]
fn more_after_a_png_s_end_is_refused_and_after_a_jpeg_s_left_out() {
    for (name, bytes) in FIXTURES {
        let mut longer = bytes.to_vec();
        longer.extend_from_slice(b"<script>");
        if name.ends_with(".png") {
            assert!(inspect(&longer).is_err(), "{name} with a tail");
        } else {
            // A decoder stops at a JPEG's end, and so does the picture kept.
            let (_, picture) = picture(&longer).unwrap();
            assert_eq!(picture, bytes, "{name} with a tail");
        }
    }
    // What a phone appends (a motion video, say) is not weighed as the
    // picture: a small photo with a large tail is kept, without it.
    let motion_photo = [JPEG, &vec![0x42; 2 * MAX_PHOTO_BYTES]].concat();
    assert_eq!(picture(&motion_photo).unwrap().1, JPEG);
}

#[test]
fn a_png_out_of_order_is_refused() {
    let idat = chunk(b"IDAT", &[0]);
    let ihdr = &png_of(64, 48, &[])[8..33];
    let mut idat_first = PNG_SIGNATURE.to_vec();
    idat_first.extend(&idat);
    idat_first.extend_from_slice(ihdr);
    idat_first.extend(chunk(b"IEND", &[]));
    assert_eq!(
        inspect(&idat_first),
        Err(damaged("it does not start with a header"))
    );

    let two_headers = png_of(64, 48, &[ihdr.to_vec()]);
    assert_eq!(inspect(&two_headers), Err(damaged("it has two headers")));

    let mut no_data = PNG_SIGNATURE.to_vec();
    no_data.extend_from_slice(ihdr);
    no_data.extend(chunk(b"IEND", &[]));
    assert_eq!(inspect(&no_data), Err(damaged("it holds no picture")));
}

#[test]
fn a_png_header_of_no_kind_is_refused() {
    // Colour type 3 (a palette) at 16 bits does not exist.
    let mut header = 64u32.to_be_bytes().to_vec();
    header.extend_from_slice(&48u32.to_be_bytes());
    header.extend_from_slice(&[16, 3, 0, 0, 0]);
    let mut bytes = PNG_SIGNATURE.to_vec();
    bytes.extend(chunk(b"IHDR", &header));
    bytes.extend(chunk(b"IDAT", &[0]));
    bytes.extend(chunk(b"IEND", &[]));
    assert_eq!(
        inspect(&bytes),
        Err(damaged("its header describes no kind of PNG"))
    );
}

#[test]
fn a_jpeg_out_of_order_is_refused() {
    // The scan before the frame header: the header's bytes taken out.
    let sof = JPEG.windows(2).position(|w| w == [0xFF, 0xC0]).unwrap();
    let length = usize::from(u16::from_be_bytes([JPEG[sof + 2], JPEG[sof + 3]]));
    let mut no_frame = JPEG[..sof].to_vec();
    no_frame.extend_from_slice(&JPEG[sof + 2 + length..]);
    assert_eq!(
        inspect(&no_frame),
        Err(damaged("its picture comes before its frame header"))
    );

    let mut ends_early = JPEG[..sof].to_vec();
    ends_early.extend_from_slice(&[0xFF, 0xD9]);
    assert_eq!(
        inspect(&ends_early),
        Err(damaged("it ends or restarts before its picture"))
    );
}

#[test]
fn a_sound_photo_over_the_bound_is_refused_for_its_size_and_a_damaged_one_as_damaged() {
    let padding = chunk(b"tEXt", &vec![b'a'; MAX_PHOTO_BYTES]);
    let big = png_of(64, 48, &[padding]);
    // The window copies only what is refused for its size: a large file is
    // walked whole, so a damaged one is never called merely too large.
    let mut damaged_big = big.clone();
    let last_byte_of_padding = damaged_big.len() - 12 - 16 - 5;
    damaged_big[last_byte_of_padding] ^= 1;
    assert_eq!(
        inspect(&damaged_big),
        Err(damaged("a part's checksum does not match"))
    );
    assert_eq!(
        inspect(&big[..big.len() - 1]),
        Err(damaged("it ends before its last part"))
    );
    // Whole, it is refused for its size alone, with its sides.
    assert_eq!(
        inspect(&big),
        Err(PhotoError::TooLarge {
            bytes: big.len(),
            width: 64,
            height: 48,
        })
    );
    // Just within the bound, the same structure is a photo.
    let room = MAX_PHOTO_BYTES - png_of(64, 48, &[chunk(b"tEXt", &[])]).len();
    let fits = png_of(64, 48, &[chunk(b"tEXt", &vec![b'a'; room])]);
    assert_eq!(fits.len(), MAX_PHOTO_BYTES);
    assert!(inspect(&fits).is_ok());
}

#[test]
fn a_file_over_what_is_read_is_refused_unread() {
    let huge = vec![0; MAX_CHOSEN_BYTES + 1];
    assert_eq!(
        inspect(&huge),
        Err(PhotoError::TooLargeToRead {
            bytes: MAX_CHOSEN_BYTES + 1,
            most: MAX_CHOSEN_BYTES,
        })
    );
    // A sound photo of exactly what is read is walked, and refused for its
    // size alone.
    let header = png_of(64, 48, &[chunk(b"tEXt", &[])]).len();
    let exactly = png_of(
        64,
        48,
        &[chunk(b"tEXt", &vec![b'a'; MAX_CHOSEN_BYTES - header])],
    );
    assert_eq!(exactly.len(), MAX_CHOSEN_BYTES);
    assert!(matches!(
        inspect(&exactly),
        Err(PhotoError::TooLarge { bytes, .. }) if bytes == MAX_CHOSEN_BYTES
    ));
    assert_eq!(
        PhotoError::TooLargeToRead {
            bytes: MAX_CHOSEN_BYTES + 1,
            most: MAX_CHOSEN_BYTES
        }
        .to_string(),
        "the photo is 32.1 MiB; Spinewise reads photos of up to 32 MiB"
    );
}

#[test]
fn the_sides_are_weighed_at_their_edges() {
    let at = |width, height| inspect(&png_of(width, height, &[]));
    let too_large = |width, height| {
        let bytes = png_of(width, height, &[]).len();
        Err(PhotoError::TooLarge {
            bytes,
            width,
            height,
        })
    };
    let bad = |width, height| Err(PhotoError::BadSize { width, height });
    assert!(at(MAX_SIDE, MIN_SIDE).is_ok());
    assert_eq!(
        at(MAX_SIDE + 1, MIN_SIDE),
        too_large(MAX_SIDE + 1, MIN_SIDE)
    );
    assert_eq!(
        at(MIN_SIDE, MAX_SIDE + 1),
        too_large(MIN_SIDE, MAX_SIDE + 1)
    );
    assert_eq!(at(MAX_COPIED_SIDE, 4000), too_large(MAX_COPIED_SIDE, 4000));
    assert_eq!(at(MAX_COPIED_SIDE + 1, 16), bad(MAX_COPIED_SIDE + 1, 16));
    assert_eq!(at(16, MAX_COPIED_SIDE + 1), bad(16, MAX_COPIED_SIDE + 1));
    assert_eq!(at(MIN_SIDE - 1, 64), bad(MIN_SIDE - 1, 64));
    // Pixels: 10,000 by 5,000 is 50 megapixels, and one row more is over.
    assert_eq!(at(10_000, 5_000), too_large(10_000, 5_000));
    assert_eq!(at(10_000, 5_001), bad(10_000, 5_001));
}

#[test]
fn a_jpeg_is_walked_through_its_scans_to_its_end() {
    let sos = JPEG
        .windows(2)
        .position(|w| w == [0xFF, 0xDA])
        .expect("the fixture has a scan");
    let length = usize::from(u16::from_be_bytes([JPEG[sos + 2], JPEG[sos + 3]]));
    let data = sos + 2 + length;
    // A marker that is no marker, inside the compressed data.
    let mut stray = JPEG.to_vec();
    stray.splice(data..data, [0xFF, 0x02]);
    assert!(
        matches!(inspect(&stray), Err(PhotoError::Damaged { .. })),
        "{:?}",
        inspect(&stray)
    );
    // The end marker in the middle ends the picture: what follows is left out.
    let mut early_end = JPEG[..data].to_vec();
    early_end.extend_from_slice(&[0xFF, 0xD9]);
    let ended = early_end.clone();
    early_end.extend_from_slice(b"anything at all");
    assert_eq!(picture(&early_end).unwrap().1, ended);
    // A stuffed byte and a restart marker, with or without fill bytes
    // before it, are part of the data.
    let mut stuffed = JPEG.to_vec();
    stuffed.splice(data..data, [0xFF, 0x00, 0xFF, 0xD3, 0xFF, 0xFF, 0xD4]);
    assert!(inspect(&stuffed).is_ok());
    // Without its end marker, the data runs out.
    assert_eq!(
        inspect(&JPEG[..JPEG.len() - 2]),
        Err(damaged("it does not end where a JPEG ends"))
    );
    // A camera's photo, with its camera data, walked and refused for its
    // sides alone: a smaller copy of it would do.
    assert_eq!(
        inspect(CAMERA_JPEG),
        Err(PhotoError::TooLarge {
            bytes: CAMERA_JPEG.len(),
            width: 4200,
            height: 300,
        })
    );
    // A second picture appended after the end, as phones append a depth
    // or gain map, is the decoder's to ignore.
    assert!(inspect(&[JPEG, JPEG].concat()).is_ok());
}

#[test]
fn what_is_neither_png_nor_jpeg_is_refused() {
    for bytes in [
        &b""[..],
        b"GIF89a",
        b"<svg xmlns='http://www.w3.org/2000/svg'/>",
        b"BM",
        b"RIFF\0\0\0\0WEBPVP8 ",
    ] {
        assert_eq!(inspect(bytes), Err(PhotoError::NotAPhoto), "{bytes:?}");
    }
}

#[test]
fn base64_bounds_the_text_before_decoding() {
    for most in [MAX_PHOTO_BYTES, MAX_CHOSEN_BYTES] {
        assert_eq!(from_base64(&to_base64(PNG), most).unwrap(), PNG);
        assert_eq!(from_base64("not base64!", most), Err(PhotoError::NotBase64));
        let just_over = "A".repeat(most.div_ceil(3) * 4 + 4);
        assert!(matches!(
            from_base64(&just_over, most),
            Err(PhotoError::TooLargeToRead { most: said, .. }) if said == most
        ));
        let largest = to_base64(&vec![0; most]);
        assert_eq!(from_base64(&largest, most).unwrap().len(), most);
    }
}

#[test]
fn a_data_url_names_its_kind() {
    assert!(data_url(PhotoKind::Jpeg, JPEG).starts_with("data:image/jpeg;base64,/9j/"));
    assert!(data_url(PhotoKind::Png, PNG).starts_with("data:image/png;base64,iVBORw0KGgo"));
}

fn accepted_size(width: u32, height: u32) -> bool {
    (MIN_SIDE..=MAX_SIDE).contains(&width) && (MIN_SIDE..=MAX_SIDE).contains(&height)
}

/// What the walk must say of a whole photo of these sides: kept, too large
/// (a smaller copy would do), or a size no copy can mend.
fn expected(
    bytes: &[u8],
    kind: PhotoKind,
    width: u32,
    height: u32,
) -> Result<PhotoFacts, PhotoError> {
    let copyable = |n: u32| (MIN_SIDE..=MAX_COPIED_SIDE).contains(&n);
    let pixels = u64::from(width) * u64::from(height);
    if accepted_size(width, height) {
        Ok(PhotoFacts {
            kind,
            width,
            height,
        })
    } else if copyable(width) && copyable(height) && pixels <= MAX_COPIED_PIXELS {
        Err(PhotoError::TooLarge {
            bytes: bytes.len(),
            width,
            height,
        })
    } else {
        Err(PhotoError::BadSize { width, height })
    }
}

proptest! {
    #[test]
    fn any_bytes_are_read_or_refused_never_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = inspect(&bytes);
    }

    #[test]
    fn any_bytes_after_a_signature_are_read_or_refused(
        png in any::<bool>(),
        tail in prop::collection::vec(any::<u8>(), 0..2048),
    ) {
        let mut bytes = if png { PNG_SIGNATURE.to_vec() } else { vec![0xFF, 0xD8] };
        bytes.extend(tail);
        if let Ok(facts) = inspect(&bytes) {
            prop_assert!(accepted_size(facts.width, facts.height));
        }
    }

    #[test]
    fn a_png_is_accepted_exactly_when_its_sides_are_in_bounds_and_else_said_why(
        width in 0u32..20_000,
        height in 0u32..20_000,
    ) {
        let bytes = png_of(width, height, &[]);
        prop_assert_eq!(inspect(&bytes), expected(&bytes, PhotoKind::Png, width, height));
    }

    #[test]
    fn a_jpeg_is_accepted_exactly_when_its_sides_are_in_bounds_and_else_said_why(
        width in any::<u16>(),
        height in any::<u16>(),
    ) {
        let (w, h) = (u32::from(width), u32::from(height));
        let bytes = jpeg_of(width, height);
        prop_assert_eq!(inspect(&bytes), expected(&bytes, PhotoKind::Jpeg, w, h));
    }
}
