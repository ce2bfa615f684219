//! The flow of rows broken into pages, enclosure pages and page numbers.

use printpdf::XObjectId;

use super::collect::{LaidLine, Row, block_rows};
use super::fonts::Style;
use super::geometry::{BLOCK_GAP, EPSILON, Geometry, MAX_UPSCALE, TITLE_GAP};
use super::shape::Shaper;
use crate::letter::{Align, Block, Kind};

/// The letter's body blocks (everything but the footer and enclosure headings), on pages.
pub(super) fn lay_out_letter(
    blocks: &[Block],
    shaper: &mut Shaper,
    geometry: &Geometry,
) -> Vec<Vec<LaidLine>> {
    let mut rows: Vec<Row> = Vec::new();
    for block in blocks.iter().filter(|b| !b.kind.is_paper_only()) {
        if let Some(previous) = rows.last_mut() {
            // The signature never stands alone at the head of a page: the line before it
            // comes along.
            previous.glued |= block.kind == Kind::Signature;
            let glued = previous.glued;
            // The title stands a little apart from the addresses above it.
            let gap = match block.kind {
                Kind::Title => TITLE_GAP,
                _ => BLOCK_GAP,
            };
            rows.push(Row::space(gap, glued));
        }
        rows.extend(block_rows(block, shaper, geometry));
    }
    paginate(rows, geometry)
}

/// Breaks the flow into pages. A run of glued rows moves to the next page whole if it does
/// not fit at the foot of this one (unless it is longer than a page); a space at the head of
/// a page is dropped.
pub(super) fn paginate(rows: Vec<Row>, geometry: &Geometry) -> Vec<Vec<LaidLine>> {
    let mut pages: Vec<Vec<LaidLine>> = vec![Vec::new()];
    let mut y = geometry.top;
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let mut run = Vec::new();
        for row in rows.by_ref() {
            let glued = row.glued;
            run.push(row);
            if !glued {
                break;
            }
        }
        let page_is_empty = pages.last().is_none_or(Vec::is_empty);
        let height: f32 = run
            .iter()
            .skip_while(|r| page_is_empty && r.line.is_none())
            .map(|r| r.height)
            .sum();
        let page_height = geometry.bottom - geometry.top;
        if !page_is_empty && y + height > geometry.bottom + EPSILON && height <= page_height {
            pages.push(Vec::new());
            y = geometry.top;
        }
        for row in run {
            let page_is_empty = pages.last().is_none_or(Vec::is_empty);
            match row.line {
                None if page_is_empty => {}
                None => y += row.height,
                Some(mut line) => {
                    if !page_is_empty && y + row.height > geometry.bottom + EPSILON {
                        pages.push(Vec::new());
                        y = geometry.top;
                    }
                    line.y += y;
                    y += row.height;
                    if let Some(page) = pages.last_mut() {
                        page.push(line);
                    }
                }
            }
        }
    }
    pages
}
/// A page: its lines, and the image on an enclosure page.
pub(super) struct PageContent {
    pub(super) lines: Vec<LaidLine>,
    pub(super) image: Option<PlacedImage>,
}

/// An image and the box it fills, in points from the page's top-left corner.
pub(super) struct PlacedImage {
    pub(super) id: XObjectId,
    pub(super) pixels: (f32, f32),
    pub(super) x: f32,
    pub(super) y: f32,
    pub(super) width: f32,
    pub(super) height: f32,
}

/// An enclosure page: the bold heading at the top, then the image, as large as fits the
/// rest of the page (keeping its proportions, and at most [`MAX_UPSCALE`] times its size
/// at 96 pixels per inch), centred.
pub(super) fn lay_out_enclosure(
    heading: &[String],
    id: XObjectId,
    pixels: (f32, f32),
    shaper: &mut Shaper,
    geometry: &Geometry,
) -> PageContent {
    let block = Block {
        kind: Kind::Enclosure,
        align: Align::Start,
        lines: heading.to_vec(),
    };
    let mut lines = Vec::new();
    let mut y = geometry.top;
    for row in block_rows(&block, shaper, geometry) {
        if let Some(mut line) = row.line {
            line.y += y;
            lines.push(line);
        }
        y += row.height;
    }
    let top = y + BLOCK_GAP;
    let (room_width, room_height) = (geometry.right - geometry.left, geometry.bottom - top);
    // The image's size at 96 pixels per inch, in points.
    let natural = (pixels.0 * 72.0 / 96.0, pixels.1 * 72.0 / 96.0);
    let scale = (room_width / natural.0)
        .min(room_height / natural.1)
        .clamp(0.0, MAX_UPSCALE);
    let (width, height) = (natural.0 * scale, natural.1 * scale);
    PageContent {
        lines,
        image: Some(PlacedImage {
            id,
            pixels,
            x: geometry.left + (room_width - width) / 2.0,
            y: top,
            width,
            height,
        }),
    }
}

/// The page number lines, centred, the last one on the bottom margin.
pub(super) fn lay_out_footer(
    lines: &[String],
    shaper: &mut Shaper,
    geometry: &Geometry,
) -> Vec<LaidLine> {
    let block = Block {
        kind: Kind::Footer,
        align: Align::Center,
        lines: lines.to_vec(),
    };
    let rows = block_rows(&block, shaper, geometry);
    let style = Style::of(Kind::Footer);
    let height: f32 = rows.iter().map(|r| r.height).sum();
    let mut y =
        geometry.footer_baseline - height + style.line_height() - style.baseline(shaper.fonts);
    let mut laid = Vec::new();
    for row in rows {
        if let Some(mut line) = row.line {
            line.y += y;
            laid.push(line);
        }
        y += row.height;
    }
    laid
}
