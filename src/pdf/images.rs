//! Evidence images decoded for their page, and turned upright.
//!
//! A phone stores a photo as its sensor saw it and notes in the JPEG's EXIF data how to turn
//! it for viewing; a photo of a receipt taken with the phone held upright is stored lying on
//! its side. Viewers apply that note, PDF readers do not, so it is applied here.

use std::io::Cursor;

use printpdf::{RawImage, RawImageData};

/// A PNG or JPEG decoded, upright, or why it cannot be read.
pub(super) fn decode(bytes: &[u8]) -> Result<RawImage, String> {
    let mut warnings = Vec::new();
    let image = RawImage::decode_from_bytes(bytes, &mut warnings)?;
    Ok(match orientation(bytes) {
        Some(orientation) => upright(image, orientation),
        None => image,
    })
}

/// The EXIF orientation of a JPEG (2 to 8; 1 is upright already), if it has one.
fn orientation(bytes: &[u8]) -> Option<u32> {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return None;
    }
    let exif = exif::Reader::new()
        .read_from_container(&mut Cursor::new(bytes))
        .ok()?;
    let field = exif.get_field(exif::Tag::Orientation, exif::In::PRIMARY)?;
    field.value.get_uint(0).filter(|o| (2..=8).contains(o))
}

/// `image` turned and mirrored as EXIF `orientation` says, so that it reads upright.
/// Images whose pixels are not bytes (16-bit PNGs) are left as they are.
fn upright(image: RawImage, orientation: u32) -> RawImage {
    let (w, h) = (image.width, image.height);
    let RawImageData::U8(pixels) = &image.pixels else {
        return image;
    };
    if w == 0 || h == 0 || pixels.len() % (w * h) != 0 {
        return image;
    }
    let channels = pixels.len() / (w * h);
    // Orientations 5 to 8 turn the image a quarter: its width and height swap.
    let (width, height) = if orientation >= 5 { (h, w) } else { (w, h) };
    let mut out = Vec::with_capacity(pixels.len());
    for y in 0..height {
        for x in 0..width {
            // Where the pixel shown at (x, y) is stored.
            let (sx, sy) = match orientation {
                2 => (w - 1 - x, y),
                3 => (w - 1 - x, h - 1 - y),
                4 => (x, h - 1 - y),
                5 => (y, x),
                6 => (y, h - 1 - x),
                7 => (w - 1 - y, h - 1 - x),
                8 => (w - 1 - y, x),
                _ => (x, y),
            };
            let at = (sy * w + sx) * channels;
            out.extend_from_slice(&pixels[at..at + channels]);
        }
    }
    RawImage {
        pixels: RawImageData::U8(out),
        width,
        height,
        ..image
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use printpdf::{OutputImageFormat, RawImageFormat};

    /// A one-channel image of the given bytes.
    fn gray(width: usize, height: usize, pixels: Vec<u8>) -> RawImage {
        RawImage {
            pixels: RawImageData::U8(pixels),
            width,
            height,
            data_format: RawImageFormat::R8,
            tag: Vec::new(),
        }
    }

    fn pixels(image: &RawImage) -> &[u8] {
        match &image.pixels {
            RawImageData::U8(p) => p,
            _ => panic!("not bytes"),
        }
    }

    #[test]
    fn each_orientation_turns_the_pixels_upright() {
        // Stored:  0 1 2
        //          3 4 5
        let cases: [(u32, (usize, usize), [u8; 6]); 8] = [
            (1, (3, 2), [0, 1, 2, 3, 4, 5]),
            (2, (3, 2), [2, 1, 0, 5, 4, 3]),
            (3, (3, 2), [5, 4, 3, 2, 1, 0]),
            (4, (3, 2), [3, 4, 5, 0, 1, 2]),
            (5, (2, 3), [0, 3, 1, 4, 2, 5]),
            (6, (2, 3), [3, 0, 4, 1, 5, 2]),
            (7, (2, 3), [5, 2, 4, 1, 3, 0]),
            (8, (2, 3), [2, 5, 1, 4, 0, 3]),
        ];
        for (orientation, size, expected) in cases {
            let image = upright(gray(3, 2, (0..6).collect()), orientation);
            assert_eq!((image.width, image.height), size, "{orientation}");
            assert_eq!(pixels(&image), expected, "{orientation}");
        }
    }

    /// `jpeg` with an EXIF block saying `orientation`, as a phone writes it.
    fn with_orientation(jpeg: &[u8], orientation: u8) -> Vec<u8> {
        // A little-endian TIFF header and one IFD entry: Orientation (0x0112), SHORT, 1.
        let tiff = [
            b'I',
            b'I',
            42,
            0,
            8,
            0,
            0,
            0,
            1,
            0,
            0x12,
            0x01,
            3,
            0,
            1,
            0,
            0,
            0,
            orientation,
            0,
            0,
            0,
            0,
            0,
            0,
            0,
        ];
        let mut app1 = b"Exif\0\0".to_vec();
        app1.extend_from_slice(&tiff);
        let length = u16::try_from(app1.len() + 2).unwrap().to_be_bytes();
        let mut out = vec![0xFF, 0xD8, 0xFF, 0xE1, length[0], length[1]];
        out.extend_from_slice(&app1);
        out.extend_from_slice(&jpeg[2..]);
        out
    }

    #[test]
    fn a_phone_photo_stored_on_its_side_is_decoded_upright() {
        // 64 × 32, dark on the left and light on the right.
        let stored = gray(
            64,
            32,
            (0..64 * 32)
                .map(|i| if i % 64 < 32 { 0 } else { 255 })
                .collect(),
        );
        let (jpeg, _) = stored.encode_to_bytes(&[OutputImageFormat::Jpeg]).unwrap();
        assert_eq!(orientation(&jpeg), None);

        // "Turn 90° clockwise to view": the stored left side is the top.
        let image = decode(&with_orientation(&jpeg, 6)).unwrap();
        assert_eq!((image.width, image.height), (32, 64));
        let p = pixels(&image);
        let channels = p.len() / (32 * 64);
        let at = |x: usize, y: usize| p[(y * 32 + x) * channels];
        assert!(
            at(16, 8) < 64 && at(16, 56) > 192,
            "{} {}",
            at(16, 8),
            at(16, 56)
        );

        // Orientation 1, and a PNG, are left alone.
        assert_eq!(decode(&with_orientation(&jpeg, 1)).unwrap().width, 64);
        assert_eq!(orientation(b"\x89PNG\r\n\x1a\n"), None);
    }
}
