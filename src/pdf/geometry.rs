//! The sheet, its margins and the type sizes: where things go on a page.

use crate::letter::{Align, Direction};

/// Points per millimetre.
pub(super) const MM: f32 = 72.0 / 25.4;
/// Left and right margins.
pub(super) const SIDE_MARGIN: f32 = 25.0 * MM;
pub(super) const TOP_MARGIN: f32 = 20.0 * MM;
/// The page number sits on the bottom margin; the text stops this much higher.
pub(super) const BOTTOM_MARGIN: f32 = 20.0 * MM;
pub(super) const FOOTER_ROOM: f32 = 8.0 * MM;

/// Type sizes in points, and the line height as a multiple of the size.
pub(super) const BODY_SIZE: f32 = 10.5;
pub(super) const TITLE_SIZE: f32 = 14.0;
pub(super) const FOOTER_SIZE: f32 = 8.5;
pub(super) const LINE_HEIGHT: f32 = 1.35;
/// A blank line in a block, as a fraction of the block's line height.
pub(super) const BLANK_LINE: f32 = 0.6;
/// Between two blocks, and between an enclosure heading and its image.
pub(super) const BLOCK_GAP: f32 = 4.0 * MM;
/// Above the title.
pub(super) const TITLE_GAP: f32 = 8.0 * MM;
/// A blank line in the signature block: room to sign by hand.
pub(super) const SIGNING_ROOM: f32 = 18.0 * MM;
/// An image is drawn at most this many times its size at 96 pixels per inch.
pub(super) const MAX_UPSCALE: f32 = 2.0;
/// Slack for comparing widths and heights computed in floating point.
pub(super) const EPSILON: f32 = 0.01;

/// The sheet size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// 210 × 297 mm.
    A4,
    /// US Letter, 8.5 × 11 in (215.9 × 279.4 mm).
    Letter,
}

impl Paper {
    /// The page for a letter written in `direction`.
    pub(super) fn geometry(self, direction: Direction) -> Geometry {
        let (width, height) = match self {
            Paper::A4 => (210.0, 297.0),
            Paper::Letter => (215.9, 279.4),
        };
        let (width, height) = (width * MM, height * MM);
        Geometry {
            width,
            height,
            left: SIDE_MARGIN,
            right: width - SIDE_MARGIN,
            top: TOP_MARGIN,
            bottom: height - BOTTOM_MARGIN - FOOTER_ROOM,
            footer_baseline: height - BOTTOM_MARGIN,
            direction,
        }
    }
}

/// Where things go on a page, in points from its top-left corner.
#[derive(Debug, Clone, Copy)]
pub(super) struct Geometry {
    pub(super) width: f32,
    pub(super) height: f32,
    /// The left and right margins, as x positions.
    pub(super) left: f32,
    pub(super) right: f32,
    /// The first and last y the text may use.
    pub(super) top: f32,
    pub(super) bottom: f32,
    /// The baseline of the page number's last line.
    pub(super) footer_baseline: f32,
    /// The letter's direction: which margin its lines begin at.
    pub(super) direction: Direction,
}

impl Geometry {
    /// The same page with the text running down to the bottom margin: for a letter of one
    /// page, which has no page number.
    pub(super) fn without_footer(self) -> Geometry {
        Geometry {
            bottom: self.height - BOTTOM_MARGIN,
            ..self
        }
    }

    /// The left and right edges of the column a block aligned `align` (resolved, see
    /// [`Align::resolve`]) is set in, `widest` being the width of its widest line: an `End`
    /// block is only that wide, against the margin where lines end.
    pub(super) fn column(&self, align: Align, widest: f32) -> (f32, f32) {
        match (align, self.direction) {
            // The Russian addressee block: the right half of the page, up to the margin.
            (Align::Right, _) => (self.width / 2.0, self.right),
            (Align::End, Direction::Ltr) => (self.right - widest, self.right),
            (Align::End, Direction::Rtl) => (self.left, self.left + widest),
            _ => (self.left, self.right),
        }
    }

    /// The x of the left end of a line `width` wide in the column `(left, right)`: against the
    /// side where lines begin, `indent` in from it (a list item's continuation lines), or
    /// centred.
    pub(super) fn line_x(
        &self,
        (left, right): (f32, f32),
        align: Align,
        width: f32,
        indent: f32,
    ) -> f32 {
        match (align, self.direction) {
            (Align::Center, _) => left + (right - left - width) / 2.0,
            (_, Direction::Ltr) => left + indent,
            (_, Direction::Rtl) => right - indent - width,
        }
    }
}
