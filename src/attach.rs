//! The attachments' images for the PDF: read only from inside the case's folder, only from
//! regular files, and within a pixel budget per document, larger images scaled down first.
//!
//! An image costs memory by its pixels, not its file size: a 400 KB PNG of 10000 × 10000
//! pixels decodes to 300 MB. So the size in pixels is read from the file's header before
//! anything is decoded.

use std::collections::BTreeMap;
use std::io::Cursor;
use std::path::{Component, Path};

use crate::case::Case;
use crate::pdf::Evidence;
use crate::t;

/// The largest image file read.
pub const MAX_FILE_BYTES: u64 = 20 * 1024 * 1024;
/// The largest image decoded at all (about 150 MB while it is scaled down).
pub const MAX_DECODED_PIXELS: u64 = 40_000_000;
/// Each image is scaled down to at most this many pixels (a full A4 page at 200 dpi).
pub const PAGE_PIXELS: u64 = 4_000_000;
/// The pixels of all the images of one document together.
pub const DOCUMENT_PIXELS: u64 = 10 * PAGE_PIXELS;

/// What was found, and what to tell the person about the rest.
#[derive(Default)]
pub struct Found {
    pub images: Vec<Evidence>,
    /// The PDF attachments, each with how the warnings name it, to append after the images.
    pub pdfs: Vec<(String, Vec<u8>)>,
    pub notes: Vec<String>,
    pub warnings: Vec<String>,
}

/// The PNG and JPEG attachments of `case`, relative to `base`, ready to embed, and its PDF
/// attachments, read under the same rules, to append.
pub fn images(case: &Case, base: &Path) -> Found {
    let mut found = Found::default();
    let mut budget = DOCUMENT_PIXELS;
    for (i, a) in case.attachments.iter().enumerate() {
        let number = i + 1;
        let Some(rel) = &a.path else { continue };
        let ext = Path::new(rel)
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        if !matches!(ext.as_str(), "png" | "jpg" | "jpeg" | "pdf") {
            found.notes.push(crate::t!(
                "enclosure-not-image",
                number = number,
                path = rel.as_str()
            ));
            continue;
        }
        let read = read(base, rel);
        let read = if ext == "pdf" {
            match read {
                Ok(bytes) => {
                    found
                        .pdfs
                        .push((format!("enclosure {number} ({rel})"), bytes));
                    continue;
                }
                Err(why) => Err(why),
            }
        } else {
            read.and_then(|bytes| fit(bytes, &mut budget))
        };
        let why_not = match read {
            Ok(bytes) => {
                found.images.push(Evidence {
                    number,
                    description: a.description.clone().unwrap_or_else(|| rel.clone()),
                    bytes,
                });
                continue;
            }
            Err(why) => why,
        };
        found.warnings.push(crate::t!(
            "enclosure-unreadable",
            number = number,
            path = base.join(rel).display().to_string(),
            reason = why_not
        ));
    }
    found
}

/// The pages of each PDF attachment that can be read from inside `base`, by enclosure
/// number, so the letter's list of enclosures can say how many pages each has.
pub fn pdf_sheets(case: &Case, base: &Path) -> BTreeMap<usize, u32> {
    let mut sheets = BTreeMap::new();
    for (i, a) in case.attachments.iter().enumerate() {
        let Some(rel) = &a.path else { continue };
        let pdf = Path::new(rel)
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("pdf"));
        if !pdf {
            continue;
        }
        let pages = read(base, rel)
            .ok()
            .and_then(|bytes| lopdf::Document::load_mem(&bytes).ok())
            .and_then(|doc| u32::try_from(doc.get_pages().len()).ok())
            .filter(|&n| n > 0);
        if let Some(n) = pages {
            sheets.insert(i + 1, n);
        }
    }
    sheets
}

/// The file's bytes, if it is a regular file inside `base` of a sensible size.
fn read(base: &Path, rel: &str) -> Result<Vec<u8>, String> {
    // A case file named without a folder (`case.json`) has its attachments beside it.
    let base = if base.as_os_str().is_empty() {
        Path::new(".")
    } else {
        base
    };
    let outside = t!("attach-outside");
    let relative = Path::new(rel);
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return Err(outside);
    }
    let path = base.join(relative);
    let reason = |e: std::io::Error| crate::error::reason(&e);
    let real = std::fs::canonicalize(&path).map_err(reason)?;
    let real_base = std::fs::canonicalize(base).map_err(reason)?;
    if !real.starts_with(&real_base) {
        return Err(outside);
    }
    let meta = std::fs::metadata(&real).map_err(reason)?;
    if !meta.is_file() {
        return Err(t!("attach-not-a-file"));
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(t!("attach-too-big", limit = MAX_FILE_BYTES / (1024 * 1024)));
    }
    std::fs::read(&real).map_err(reason)
}

/// The image within the budget: as it is when small enough, else scaled down (to PNG);
/// refused when it is too large to decode or the budget is spent.
fn fit(bytes: Vec<u8>, budget: &mut u64) -> Result<Vec<u8>, String> {
    let unreadable = |_: image::ImageError| t!("attach-not-an-image");
    let reader = || {
        image::ImageReader::new(Cursor::new(&bytes))
            .with_guessed_format()
            .map_err(|e| crate::error::reason(&e))
    };
    let (width, height) = reader()?.into_dimensions().map_err(unreadable)?;
    let pixels = u64::from(width) * u64::from(height);
    if pixels > MAX_DECODED_PIXELS {
        return Err(t!(
            "attach-too-many-pixels",
            width = width,
            height = height,
            limit = MAX_DECODED_PIXELS / 1_000_000
        ));
    }
    let shown = pixels.min(PAGE_PIXELS);
    if shown > *budget {
        return Err(t!("attach-budget"));
    }
    *budget -= shown;
    if pixels <= PAGE_PIXELS {
        return Ok(bytes);
    }
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(width);
    limits.max_image_height = Some(height);
    let mut reader = reader()?;
    reader.limits(limits);
    let image = reader.decode().map_err(unreadable)?;
    let scale = (PAGE_PIXELS as f64 / pixels as f64).sqrt();
    let (w, h) = (
        ((f64::from(width) * scale) as u32).max(1),
        ((f64::from(height) * scale) as u32).max(1),
    );
    let small = image.thumbnail(w, h);
    drop(image);
    let mut out = Cursor::new(Vec::new());
    small
        .to_rgb8()
        .write_to(&mut out, image::ImageFormat::Png)
        .map_err(unreadable)?;
    Ok(out.into_inner())
}
