//! Photos of a person's own exercises: a picture their physiotherapist took
//! of them in position, or a scan of a handout. A photo comes from a file
//! the person picks, or inside a routine file someone else wrote, so it is
//! read as hostile: before it is kept, copied or shown, its structure is
//! walked here, without decoding a pixel, and anything that is not a small,
//! whole PNG or JPEG of sensible dimensions is refused with the reason.
//!
//! The window's image decoder (WebKit's) then only ever sees files that
//! passed this walk: a truncated file, a chunk that claims more bytes than
//! there are, a header whose checksum fails, or a picture of a hundred
//! thousand pixels a side never reach it.
//!
//! A photo the person picks is often a camera's original, megabytes and
//! thousands of pixels a side: more than is kept. It is walked all the
//! same, and only a sound one is refused as [`PhotoError::TooLarge`]; that
//! refusal alone lets the window draw a smaller copy, which comes back here
//! to be checked like any other photo.

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use thiserror::Error;
use ts_rs::TS;

/// A phone photo saved for the web, or a scanned page, fits; a camera's
/// original does not, and is kept as a smaller copy.
pub const MAX_PHOTO_BYTES: usize = 256 * 1024;
/// Each side, in pixels: a photo larger than a good screen shows nothing
/// more, and its decoded size (4 bytes a pixel) stays within 64 MiB.
pub const MAX_SIDE: u32 = 4096;
/// Each side, in pixels: smaller than an icon shows nothing at all.
pub const MIN_SIDE: u32 = 16;
/// The largest file the person picks that is walked at all: a camera's
/// original fits with room to spare.
pub const MAX_CHOSEN_BYTES: usize = 32 * 1024 * 1024;
/// Each side, in pixels, of a photo the window may decode to draw a smaller
/// copy: a phone camera's widest fits.
pub const MAX_COPIED_SIDE: u32 = 10_000;
/// The pixels of a photo the window may decode to draw a smaller copy: a
/// phone's 48 megapixels fit (about 200 MiB decoded, for a moment); a
/// picture made to exhaust the decoder's memory does not.
pub const MAX_COPIED_PIXELS: u64 = 50_000_000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PhotoKind {
    Png,
    Jpeg,
}

impl PhotoKind {
    pub fn media_type(self) -> &'static str {
        match self {
            PhotoKind::Png => "image/png",
            PhotoKind::Jpeg => "image/jpeg",
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            PhotoKind::Png => "png",
            PhotoKind::Jpeg => "jpg",
        }
    }
}

/// What the walk found: the kind of file and its size in pixels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, TS)]
pub struct PhotoFacts {
    pub kind: PhotoKind,
    pub width: u32,
    pub height: u32,
}

/// Why a photo is refused. The text is shown to the person as it is.
#[derive(Clone, Debug, Error, PartialEq, Eq, Serialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum PhotoError {
    /// A sound photo, only larger than is kept: a smaller copy of it would
    /// do. Its code is the photo's own (`photo_too_large`), as the window
    /// draws a copy on it and on nothing else.
    #[serde(rename = "photo_too_large")]
    #[error("the photo is {}, {width} by {height} pixels; Spinewise keeps photos of up to {} and {MAX_SIDE} pixels a side", amount(*bytes), amount(MAX_PHOTO_BYTES))]
    TooLarge {
        bytes: usize,
        width: u32,
        height: u32,
    },
    /// More bytes than are read at all: nothing of it was walked.
    #[error("the photo is {}; Spinewise reads photos of up to {}", amount(*bytes), amount(*most))]
    TooLargeToRead { bytes: usize, most: usize },
    #[error("the file is not a photo Spinewise can show: choose a PNG or JPEG file")]
    NotAPhoto,
    #[error("the photo is damaged or cut short ({detail}): choose another copy")]
    Damaged { detail: &'static str },
    /// Too small to show, or too large to draw a copy of.
    #[error("the photo is {width} by {height} pixels; Spinewise takes photos of at least {MIN_SIDE} pixels a side, and at most {MAX_COPIED_SIDE} pixels a side and {} megapixels", MAX_COPIED_PIXELS / 1_000_000)]
    BadSize { width: u32, height: u32 },
    #[error("the photo's text in the routine file is not base64")]
    NotBase64,
}

impl PhotoError {
    pub fn code(&self) -> &'static str {
        match self {
            PhotoError::TooLarge { .. } => "photo_too_large",
            PhotoError::TooLargeToRead { .. } => "too_large_to_read",
            PhotoError::NotAPhoto => "not_a_photo",
            PhotoError::Damaged { .. } => "damaged",
            PhotoError::BadSize { .. } => "bad_size",
            PhotoError::NotBase64 => "not_base64",
        }
    }
}

/// A size as a person reads it: KiB below a MiB, MiB to the tenth above
/// (rounded up, so a size over a bound never reads as the bound).
fn amount(bytes: usize) -> String {
    const MIB: usize = 1024 * 1024;
    if bytes < MIB {
        return format!("{} KiB", bytes.div_ceil(1024));
    }
    let tenths = (bytes * 10).div_ceil(MIB);
    match tenths % 10 {
        0 => format!("{} MiB", tenths / 10),
        tenth => format!("{}.{tenth} MiB", tenths / 10),
    }
}

/// Walks a file's structure and says what it is, or why it is refused.
pub fn inspect(bytes: &[u8]) -> Result<PhotoFacts, PhotoError> {
    picture(bytes).map(|(facts, _)| facts)
}

/// Walks a file's structure and says what it is, with the picture itself:
/// the file without what a phone may append after a JPEG's end (a motion
/// video, a depth map, its own notes), which no decoder reads and nothing
/// keeps. The structure is walked before the size is weighed, so a refusal
/// for size alone ([`PhotoError::TooLarge`]) is only ever of a sound photo,
/// and the size weighed is the picture's.
pub fn picture(bytes: &[u8]) -> Result<(PhotoFacts, &[u8]), PhotoError> {
    if bytes.len() > MAX_CHOSEN_BYTES {
        return Err(too_large_to_read(bytes.len(), MAX_CHOSEN_BYTES));
    }
    let (facts, length) = if bytes.starts_with(PNG_SIGNATURE) {
        png(bytes)?
    } else if bytes.starts_with(&[0xFF, 0xD8]) {
        jpeg(bytes)?
    } else {
        return Err(PhotoError::NotAPhoto);
    };
    let picture = &bytes[..length];
    let (width, height) = (facts.width, facts.height);
    let within = |n: u32, most: u32| (MIN_SIDE..=most).contains(&n);
    if !within(width, MAX_COPIED_SIDE)
        || !within(height, MAX_COPIED_SIDE)
        || u64::from(width) * u64::from(height) > MAX_COPIED_PIXELS
    {
        return Err(PhotoError::BadSize { width, height });
    }
    if picture.len() > MAX_PHOTO_BYTES || width > MAX_SIDE || height > MAX_SIDE {
        return Err(PhotoError::TooLarge {
            bytes: picture.len(),
            width,
            height,
        });
    }
    Ok((facts, picture))
}

fn too_large_to_read(bytes: usize, most: usize) -> PhotoError {
    PhotoError::TooLargeToRead { bytes, most }
}

/// A photo as routine files carry it: standard base64, padded.
pub fn to_base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A photo's bytes from base64 text: `most` bytes at most
/// ([`MAX_PHOTO_BYTES`] for a photo kept or carried in a routine file,
/// [`MAX_CHOSEN_BYTES`] for a file the person picks). The text's length is
/// bounded before a byte is decoded, so one enormous string costs nothing.
pub fn from_base64(text: &str, most: usize) -> Result<Vec<u8>, PhotoError> {
    if text.len() > most.div_ceil(3) * 4 {
        return Err(too_large_to_read(text.len() / 4 * 3, most));
    }
    base64::engine::general_purpose::STANDARD
        .decode(text)
        .map_err(|_| PhotoError::NotBase64)
}

/// The photo as the window shows it, inline: the page's content policy
/// allows images from the app and from `data:` only, never the network.
pub fn data_url(kind: PhotoKind, bytes: &[u8]) -> String {
    format!("data:{};base64,{}", kind.media_type(), to_base64(bytes))
}

const PNG_SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

fn damaged(detail: &'static str) -> PhotoError {
    PhotoError::Damaged { detail }
}

fn be_u32(b: &[u8]) -> u32 {
    u32::from_be_bytes([b[0], b[1], b[2], b[3]])
}

/// A PNG is its signature, then chunks (length, type, data, CRC) from the
/// header (IHDR) to the end (IEND), with the image data (IDAT) between.
/// Every chunk's length and checksum is checked, and nothing may follow
/// the end.
fn png(bytes: &[u8]) -> Result<(PhotoFacts, usize), PhotoError> {
    let mut rest = &bytes[PNG_SIGNATURE.len()..];
    let mut size = None;
    let mut has_data = false;
    loop {
        if rest.len() < 12 {
            return Err(damaged("it ends before its last part"));
        }
        let length = be_u32(rest) as usize;
        if length > rest.len() - 12 {
            return Err(damaged("a part claims more bytes than the file holds"));
        }
        let kind = &rest[4..8];
        if !kind.iter().all(u8::is_ascii_alphabetic) {
            return Err(damaged("a part has no proper name"));
        }
        let data = &rest[8..8 + length];
        let crc = be_u32(&rest[8 + length..]);
        if crc32fast::hash(&rest[4..8 + length]) != crc {
            return Err(damaged("a part's checksum does not match"));
        }
        rest = &rest[12 + length..];
        match (kind, size) {
            (b"IHDR", None) => size = Some(png_header(data)?),
            (_, None) => return Err(damaged("it does not start with a header")),
            (b"IHDR", Some(_)) => return Err(damaged("it has two headers")),
            (b"IDAT", Some(_)) => has_data = true,
            (b"IEND", Some((width, height))) => {
                if !has_data {
                    return Err(damaged("it holds no picture"));
                }
                if !rest.is_empty() {
                    return Err(damaged("there is more after its end"));
                }
                return Ok((
                    PhotoFacts {
                        kind: PhotoKind::Png,
                        width,
                        height,
                    },
                    bytes.len(),
                ));
            }
            // Palettes, colour profiles, text: the decoder's business.
            _ => {}
        }
    }
}

fn png_header(data: &[u8]) -> Result<(u32, u32), PhotoError> {
    if data.len() != 13 {
        return Err(damaged("its header is the wrong size"));
    }
    let (width, height) = (be_u32(data), be_u32(&data[4..]));
    let (depth, colour) = (data[8], data[9]);
    let depth_fits = match colour {
        0 => matches!(depth, 1 | 2 | 4 | 8 | 16),
        3 => matches!(depth, 1 | 2 | 4 | 8),
        2 | 4 | 6 => matches!(depth, 8 | 16),
        _ => false,
    };
    // Compression and filter method 0 are the only ones; interlacing is
    // none (0) or Adam7 (1).
    if !depth_fits || data[10] != 0 || data[11] != 0 || data[12] > 1 {
        return Err(damaged("its header describes no kind of PNG"));
    }
    Ok((width, height))
}

/// A JPEG is a start marker, then segments (marker, length, data), with a
/// frame header (one of the SOF markers, which gives the size) before the
/// first scan (SOS). Each scan's compressed data is walked to the marker
/// after it: only a stuffed byte (FF 00) or a restart marker may break it.
/// More tables and scans may follow (a progressive file), up to the end
/// marker. A decoder stops there, so what a phone appends after it (more
/// pictures, a motion video, its own notes) is left out of the picture.
fn jpeg(bytes: &[u8]) -> Result<(PhotoFacts, usize), PhotoError> {
    let mut at = 2;
    let mut size = None;
    let mut scanned = false;
    loop {
        // Any number of 0xFF may pad before a marker.
        while bytes.get(at) == Some(&0xFF) && bytes.get(at + 1) == Some(&0xFF) {
            at += 1;
        }
        let (Some(&0xFF), Some(&marker)) = (bytes.get(at), bytes.get(at + 1)) else {
            return Err(damaged("a part does not start where it should"));
        };
        at += 2;
        match marker {
            // Markers that stand alone, without a length.
            0x01 | 0xD0..=0xD7 => continue,
            0xD9 if scanned => {
                let Some((width, height)) = size else {
                    return Err(damaged("its picture comes before its frame header"));
                };
                let facts = PhotoFacts {
                    kind: PhotoKind::Jpeg,
                    width,
                    height,
                };
                return Ok((facts, at));
            }
            0xD8 | 0xD9 | 0x00 => return Err(damaged("it ends or restarts before its picture")),
            _ => {}
        }
        let Some(length) = bytes
            .get(at..at + 2)
            .map(|b| usize::from(u16::from_be_bytes([b[0], b[1]])))
        else {
            return Err(damaged("it ends inside a part"));
        };
        if length < 2 || at + length > bytes.len() {
            return Err(damaged("a part claims more bytes than the file holds"));
        }
        let data = &bytes[at + 2..at + length];
        at += length;
        match marker {
            // Start of frame, in any coding (not DHT C4, JPG C8, DAC CC).
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => {
                if size.is_some() {
                    return Err(damaged("it has two frames"));
                }
                if data.len() < 6 {
                    return Err(damaged("its frame header is cut short"));
                }
                let height = u32::from(u16::from_be_bytes([data[1], data[2]]));
                let width = u32::from(u16::from_be_bytes([data[3], data[4]]));
                let components = usize::from(data[5]);
                if components == 0 || data.len() != 6 + 3 * components {
                    return Err(damaged("its frame header is the wrong size"));
                }
                size = Some((width, height));
            }
            0xDA => {
                if size.is_none() {
                    return Err(damaged("its picture comes before its frame header"));
                }
                scanned = true;
                at = after_scan(bytes, at)?;
            }
            _ => {}
        }
    }
}

/// Where a scan's compressed data ends: at the first 0xFF that is neither a
/// stuffed byte (FF 00) nor a restart marker (FF D0 to FF D7, which fill
/// bytes may pad), and so begins the next marker.
fn after_scan(bytes: &[u8], mut at: usize) -> Result<usize, PhotoError> {
    loop {
        let Some(offset) = bytes[at..].iter().position(|&b| b == 0xFF) else {
            return Err(damaged("it does not end where a JPEG ends"));
        };
        at += offset;
        let fill = bytes[at..].iter().take_while(|&&b| b == 0xFF).count();
        match bytes.get(at + fill) {
            None => return Err(damaged("it does not end where a JPEG ends")),
            Some(0x00) if fill == 1 => at += 2,
            Some(0xD0..=0xD7) => at += fill + 1,
            Some(_) => return Ok(at),
        }
    }
}

#[cfg(test)]
mod tests;
