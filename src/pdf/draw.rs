//! The pages turned into PDF operations, and the document into bytes.

use std::cell::RefCell;

use chrono::NaiveTime;
use flate2::{Compress, Compression, FlushCompress, Status};
use printpdf::{
    DictItem, FontId, ImageCompression, ImageOptimizationOptions, Mm, OffsetDateTime, Op,
    PdfDocument, PdfFontHandle, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Pt, TextItem,
    TextMatrix, XObjectTransform,
};

use super::Meta;
use super::bidi::visual_order;
use super::embed::{Used, add_font};
use super::fonts::{Face, Fonts, Weight};
use super::geometry::{Geometry, MM};
use super::paginate::PageContent;
use super::shape::kerning;

/// `/Span << /ActualText (...) >>`: the marked-content properties that tell text extraction
/// what a drawn stretch stands for (a text string: UTF-16BE with its byte-order mark).
pub(super) fn actual_text(c: char) -> printpdf::DictItem {
    let mut data = vec![0xFE, 0xFF];
    let mut units = [0u16; 2];
    for unit in c.encode_utf16(&mut units) {
        data.extend_from_slice(&unit.to_be_bytes());
    }
    let map = [(
        "ActualText".to_owned(),
        printpdf::DictItem::String {
            data,
            literal: false,
        },
    )]
    .into_iter()
    .collect();
    printpdf::DictItem::Dict { map }
}

/// Drawable text as the items of one `TJ` operation: the characters, with the kerning
/// between them as adjustments (in thousandths of an em, where a positive number moves the
/// next glyph to the left).
pub(super) fn kerned(fonts: &Fonts, weight: Weight, text: &str) -> Vec<TextItem> {
    let mut items = Vec::new();
    let mut start = 0;
    for (end, ems) in kerning(fonts, weight, text) {
        items.push(TextItem::Text(text[start..end].to_owned()));
        items.push(TextItem::Offset(-ems * 1000.0));
        start = end;
    }
    if start < text.len() || items.is_empty() {
        items.push(TextItem::Text(text[start..].to_owned()));
    }
    items
}

/// `TJ` (or `Tj`, for text without kerning) with `items` as the two-byte codes of the
/// glyphs in `face` (see [`super::embed`]) and the adjustments between them.
fn show_text(items: &[TextItem], face: &Face, used: &mut Used) -> Op {
    let mut array: Vec<DictItem> = items
        .iter()
        .map(|item| match item {
            TextItem::Text(text) => DictItem::String {
                // Raw bytes: lopdf escapes what a literal string must, and writes them
                // in half the room of hexadecimal, in a fraction of the time.
                data: text.chars().flat_map(|c| used.code(face, c)).collect(),
                literal: true,
            },
            TextItem::Offset(ems) => DictItem::Real(*ems),
            TextItem::GlyphIds(_) => DictItem::Null,
        })
        .collect();
    match array.as_slice() {
        [DictItem::String { .. }] => Op::Unknown {
            key: "Tj".to_owned(),
            value: array,
        },
        _ => Op::Unknown {
            key: "TJ".to_owned(),
            value: vec![DictItem::Array(std::mem::take(&mut array))],
        },
    }
}

/// The font dictionary printpdf shares between the pages' resources.
fn font_resources(doc: &lopdf::Document) -> Option<lopdf::ObjectId> {
    let page = *doc.get_pages().values().next()?;
    let resources = doc.get_dictionary(page).ok()?.get(b"Resources").ok()?;
    let resources = doc.get_dictionary(resources.as_reference().ok()?).ok()?;
    resources.get(b"Font").ok()?.as_reference().ok()
}

/// Turns the pages into PDF operations and the document into bytes.
pub(super) fn draw(
    doc: &mut PdfDocument,
    fonts: &Fonts,
    pages: &[PageContent],
    geometry: &Geometry,
    meta: &Meta,
    warnings: &mut Vec<String>,
) -> Vec<u8> {
    // The faces are written by [`super::embed`], under these names in the pages' resources.
    const NAMES: [(Weight, &str, &str); 2] = [
        (Weight::Regular, "F1", "DejaVuSans"),
        (Weight::Bold, "F2", "DejaVuSans-Bold"),
    ];
    let mut used = [Used::default(), Used::default()];
    let height = geometry.height;
    let pdf_pages = pages
        .iter()
        .map(|page| {
            let mut ops = vec![Op::StartTextSection];
            let mut current: Option<(Weight, f32)> = None;
            for line in page.lines.iter().filter(|l| !l.text.is_empty()) {
                let index = usize::from(line.weight == Weight::Bold);
                if current != Some((line.weight, line.size)) {
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(FontId(NAMES[index].1.to_owned())),
                        size: Pt(line.size),
                    });
                    current = Some((line.weight, line.size));
                }
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(line.x), Pt(height - line.y)),
                });
                let face = fonts.face(line.weight);
                for stretch in visual_order(&line.text, line.rtl) {
                    let items = kerned(fonts, line.weight, &stretch.text);
                    let show = show_text(&items, face, &mut used[index]);
                    match stretch.actual {
                        None => ops.push(show),
                        Some(c) => ops.extend([
                            Op::BeginMarkedContentWithProperties {
                                tag: "Span".to_owned(),
                                properties: actual_text(c),
                            },
                            show,
                            Op::EndMarkedContent,
                        ]),
                    }
                }
            }
            ops.push(Op::EndTextSection);
            if let Some(image) = &page.image {
                // At 72 dpi one pixel is one point, so the scale is points per pixel.
                ops.push(Op::UseXobject {
                    id: image.id.clone(),
                    transform: XObjectTransform {
                        translate_x: Some(Pt(image.x)),
                        translate_y: Some(Pt(height - image.y - image.height)),
                        scale_x: Some(image.width / image.pixels.0),
                        scale_y: Some(image.height / image.pixels.1),
                        dpi: Some(72.0),
                        ..XObjectTransform::default()
                    },
                });
            }
            PdfPage::new(Mm(geometry.width / MM), Mm(height / MM), ops)
        })
        .collect();
    doc.with_pages(pdf_pages);

    let info = &mut doc.metadata.info;
    info.author = meta.author.clone();
    info.subject = meta.subject.clone();
    info.creator = concat!("complaint ", env!("CARGO_PKG_VERSION")).to_owned();
    info.producer = "printpdf".to_owned();
    let midnight = meta.date.and_time(NaiveTime::MIN).and_utc().timestamp();
    if let Ok(date) = OffsetDateTime::from_unix_timestamp(midnight) {
        info.creation_date = date;
        info.modification_date = date;
        info.metadata_date = date;
    }

    let options = PdfSaveOptions {
        // Screenshots of text stay sharp: never re-encode them as JPEG.
        image_optimization: Some(ImageOptimizationOptions {
            format: Some(ImageCompression::Flate),
            ..ImageOptimizationOptions::default()
        }),
        // The text is shown by operations printpdf passes through as they are.
        secure: false,
        ..PdfSaveOptions::default()
    };
    let mut pdf_warnings = Vec::new();
    // printpdf writes no /Lang, so the document goes through lopdf to add it.
    let mut lopdf_doc = doc.to_lopdf_document(&options, &mut pdf_warnings);
    if let Some(resources) = font_resources(&lopdf_doc) {
        for ((weight, name, font), used) in NAMES.iter().zip(&used) {
            if !used.is_empty() {
                let id = add_font(&mut lopdf_doc, fonts.face(*weight), font, used);
                if let Ok(dict) = lopdf_doc.get_dictionary_mut(resources) {
                    dict.set(*name, lopdf::Object::Reference(id));
                }
            }
        }
    }
    if !meta.lang.is_empty()
        && let Ok(catalog) = lopdf_doc.catalog_mut()
    {
        catalog.set("Lang", lopdf::Object::string_literal(meta.lang.as_str()));
    }
    // printpdf's document information claims PDF/X, which this file does not conform to.
    if let Ok(info) = lopdf_doc
        .trailer
        .get(b"Info")
        .and_then(lopdf::Object::as_reference)
        && let Ok(info) = lopdf_doc.get_dictionary_mut(info)
    {
        info.remove(b"GTS_PDFXVersion");
    }
    compress(&mut lopdf_doc);
    let mut bytes = Vec::new();
    if let Err(e) = lopdf_doc.save_to(&mut bytes) {
        warnings.push(format!("the PDF could not be written: {e}"));
    }
    warnings.extend(
        pdf_warnings
            .into_iter()
            .filter(|w| w.severity == PdfParseErrorSeverity::Error)
            .map(|w| format!("PDF writer: {}", w.msg)),
    );
    bytes
}

/// Deflates every stream not compressed yet. lopdf's own `compress` uses the slowest
/// level (9), which took half the time of a one-page letter; the fastest level (1) costs a
/// third of level 3 on a page's text, for some 300 bytes more a letter.
pub(super) fn compress(doc: &mut lopdf::Document) {
    for object in doc.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        if let Some(compressed) = deflate(&stream.content)
            && compressed.len() + 19 < stream.content.len()
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
    }
}

thread_local! {
    /// One deflate state per thread, reset between streams: setting one up clears some
    /// 300 KB of tables, which cost as much as compressing a page's text.
    static DEFLATE: RefCell<Compress> = RefCell::new(Compress::new(Compression::new(1), true));
}

/// `data` as a zlib stream, or `None` if deflate failed.
pub(super) fn deflate(data: &[u8]) -> Option<Vec<u8>> {
    DEFLATE.with(|state| {
        let mut state = state.borrow_mut();
        state.reset();
        let mut out = Vec::with_capacity(data.len() / 2 + 64);
        loop {
            let read = usize::try_from(state.total_in()).ok()?;
            let status = state
                .compress_vec(&data[read..], &mut out, FlushCompress::Finish)
                .ok()?;
            match status {
                Status::StreamEnd => return Some(out),
                _ => out.reserve(out.capacity().max(64)),
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn inflate(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::ZlibDecoder::new(data)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    #[test]
    fn the_reused_deflate_state_gives_whole_streams() {
        // Random-looking bytes barely compress, so the output outgrows its first buffer.
        let noise: Vec<u8> = (0..200_000u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
            .collect();
        let text = b"BT /F1 10.5 Tf (Dear Sir or Madam) Tj ET\n".repeat(500);
        for data in [&noise[..], &text[..], &[][..], &text[..]] {
            let compressed = deflate(data).unwrap();
            assert_eq!(inflate(&compressed), data);
        }
        assert!(deflate(&text).unwrap().len() < text.len() / 10);
    }

    #[test]
    fn kerned_text_keeps_every_character_between_its_adjustments() {
        let fonts = Fonts::embedded();
        let items = kerned(&fonts, Weight::Regular, "AVTo");
        let text: String = items
            .iter()
            .filter_map(|i| match i {
                TextItem::Text(t) => Some(t.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(text, "AVTo");
        // "A|V" and "T|o" close up: positive adjustments move the next glyph left.
        let moves: Vec<f32> = items
            .iter()
            .filter_map(|i| match i {
                TextItem::Offset(o) => Some(*o),
                _ => None,
            })
            .collect();
        assert!(
            moves.len() >= 2 && moves.iter().all(|&o| o > 0.0),
            "{moves:?}"
        );
        assert!(
            matches!(&kerned(&fonts, Weight::Regular, "mm")[..], [TextItem::Text(t)] if t == "mm")
        );
    }
}
