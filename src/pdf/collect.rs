//! The letter's blocks as a flow of rows: lines of text and the spaces between them.

use super::Evidence;
use super::bidi::reads_right_to_left;
use super::fonts::{Style, Weight};
use super::geometry::{BLANK_LINE, Geometry, SIGNING_ROOM};
use super::lines;
use super::shape::Shaper;
use crate::letter::{self, Align, Block, Kind};

/// One line of text placed on a page.
///
/// `text` is in logical (reading) order, as wrapped; [`visual_order`] is the one place that
/// turns it into drawing order, and `x` was computed from the measured `width`.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct LaidLine {
    /// The left end of the line.
    pub(super) x: f32,
    /// The baseline (from the top of its row until the row is placed on a page).
    pub(super) y: f32,
    pub(super) text: String,
    /// Whether the line's paragraph reads right to left (see [`reads_right_to_left`]).
    pub(super) rtl: bool,
    pub(super) weight: Weight,
    pub(super) size: f32,
    pub(super) width: f32,
}

/// One step down the page: a line of text or a vertical space.
#[derive(Debug, Clone)]
pub(super) struct Row {
    pub(super) height: f32,
    pub(super) line: Option<LaidLine>,
    /// No page break between this row and the next.
    pub(super) glued: bool,
}

impl Row {
    pub(super) fn space(height: f32, glued: bool) -> Row {
        Row {
            height,
            line: None,
            glued,
        }
    }
}

/// The lines of a block as rows: wrapped, aligned and glued where a page must not break.
pub(super) fn block_rows(block: &Block, shaper: &mut Shaper, geometry: &Geometry) -> Vec<Row> {
    let style = Style::of(block.kind);
    let align = block.align.resolve(geometry.direction);
    let (column_left, column_right) = geometry.column(align, geometry.right - geometry.left);
    let column_width = column_right - column_left;
    // Each line's indent from where lines begin; the x is set once the widest line is known.
    let mut indents = Vec::new();
    let baseline = style.baseline(shaper.fonts);
    let mut rows: Vec<Row> = Vec::new();
    for raw in &block.lines {
        if raw.is_empty() {
            let height = if block.kind == Kind::Signature {
                SIGNING_ROOM
            } else {
                style.line_height() * BLANK_LINE
            };
            // A space after a row that keeps with the next keeps with the next too.
            let glued = rows.last().is_some_and(|r| r.glued);
            rows.push(Row::space(height, glued));
            continue;
        }
        let text = shaper.drawable(style.weight, raw);
        let rtl = reads_right_to_left(&text, geometry.direction);
        // A list item's wrapped lines hang under the text after its marker.
        let hang = match (align, letter::list_item(&text)) {
            (Align::Center | Align::End, _) | (_, None) => 0.0,
            (_, Some((marker, _))) => shaper.width(style, marker) + shaper.advance(style, ' '),
        };
        let wrapped = lines::wrap(shaper, style, &text, column_width, column_width - hang);
        let count = wrapped.len();
        for (i, (text, width)) in wrapped.into_iter().enumerate() {
            indents.push(if i > 0 { hang } else { 0.0 });
            // No lone first line at the foot of a page, no lone last line at the head of
            // the next, and no heading ending in ':' without what it introduces.
            let last = i + 1 == count;
            let glued =
                (count > 1 && (i == 0 || i + 2 == count)) || (last && letter::keeps_with_next(raw));
            rows.push(Row {
                height: style.line_height(),
                line: Some(LaidLine {
                    x: 0.0,
                    y: baseline,
                    text,
                    rtl,
                    weight: style.weight,
                    size: style.size,
                    width,
                }),
                glued,
            });
        }
    }
    let widest = rows
        .iter()
        .filter_map(|r| r.line.as_ref())
        .map(|l| l.width)
        .fold(0.0, f32::max);
    let column = geometry.column(align, widest);
    let lines = rows.iter_mut().filter_map(|r| r.line.as_mut());
    for (line, indent) in lines.zip(indents) {
        line.x = geometry.line_x(column, align, line.width, indent);
    }
    // The signature stays in one piece, and the title and subject stay with what follows.
    match block.kind {
        Kind::Signature => {
            let n = rows.len();
            rows.iter_mut()
                .take(n.saturating_sub(1))
                .for_each(|r| r.glued = true);
        }
        Kind::Title | Kind::Subject => {
            if let Some(last) = rows.last_mut() {
                last.glued = true;
            }
        }
        _ => {}
    }
    rows
}

/// The lines of the paper-only blocks of one kind, in order.
pub(super) fn paper_lines(blocks: &[Block], kind: Kind) -> Vec<String> {
    blocks
        .iter()
        .filter(|b| b.kind == kind)
        .flat_map(|b| b.lines.iter().cloned())
        .collect()
}

/// The heading over an evidence image, from the template's enclosure block.
pub(super) fn enclosure_heading(template: &[String], item: &Evidence) -> Vec<String> {
    if template.is_empty() {
        return vec![format!("{}. {}", item.number, item.description)];
    }
    template
        .iter()
        .map(|line| {
            // The number first, so a description that mentions "{number}" stays as typed.
            line.replace("{number}", &item.number.to_string())
                .replace("{description}", &item.description)
                .trim_end()
                .to_owned()
        })
        .collect()
}
