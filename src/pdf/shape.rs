//! Text measured in a face: advances per character, and characters the face lacks.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use super::bidi::is_direction_mark;
use super::fonts::{Fonts, Style, Weight};
use super::geometry::EPSILON;

/// Measures text in one of the two faces, remembering each character's advance, and replaces
/// characters the font lacks with `?`, with one warning per character.
pub(super) struct Shaper<'a> {
    pub(super) fonts: &'a Fonts,
    /// Each character's advance in ems, or `None` if the face has no glyph for it.
    pub(super) advances: HashMap<(Weight, char), Option<f32>>,
    pub(super) reported: HashSet<char>,
    pub(super) warnings: Vec<String>,
}

/// What a character the font lacks is drawn as.
pub(super) const REPLACEMENT: char = '?';

impl<'a> Shaper<'a> {
    pub(super) fn new(fonts: &'a Fonts) -> Shaper<'a> {
        Shaper {
            fonts,
            advances: HashMap::new(),
            reported: HashSet::new(),
            warnings: Vec::new(),
        }
    }

    /// The advance of `c` in ems, or `None` if the face has no glyph for it (glyph 0 is
    /// `.notdef`, the empty box). Direction marks have no width: they steer the order of the
    /// text and are not drawn.
    pub(super) fn em_advance(&mut self, weight: Weight, c: char) -> Option<f32> {
        if is_direction_mark(c) {
            return Some(0.0);
        }
        let face = self.fonts.face(weight);
        *self.advances.entry((weight, c)).or_insert_with(|| {
            let id = face
                .font
                .lookup_glyph_index(u32::from(c))
                .filter(|&g| g != 0)?;
            Some(f32::from(face.font.get_horizontal_advance(id)) / face.units_per_em)
        })
    }

    /// `text` with tabs made spaces and every other character the face cannot draw replaced
    /// by [`REPLACEMENT`].
    pub(super) fn drawable<'t>(&mut self, weight: Weight, text: &'t str) -> Cow<'t, str> {
        if text.chars().all(|c| self.em_advance(weight, c).is_some()) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if c == '\t' {
                out.push(' ');
                continue;
            }
            if self.em_advance(weight, c).is_some() {
                out.push(c);
                continue;
            }
            if self.reported.insert(c) {
                self.warnings.push(format!(
                    "the font has no glyph for {c:?} (U+{:04X}); it is shown as '{REPLACEMENT}'",
                    u32::from(c)
                ));
            }
            out.push(REPLACEMENT);
        }
        Cow::Owned(out)
    }

    /// The advance of a drawable character, in points.
    pub(super) fn advance(&mut self, style: Style, c: char) -> f32 {
        self.em_advance(style.weight, c).unwrap_or(0.0) * style.size
    }

    /// The width of drawable text, in points (no kerning: printpdf draws none either).
    pub(super) fn width(&mut self, style: Style, text: &str) -> f32 {
        text.chars().map(|c| self.advance(style, c)).sum()
    }

    /// Breaks a drawable paragraph into lines no wider than `first` (the first line) and
    /// `rest` (the others), with their widths. Lines break at spaces; a word longer than a
    /// whole line (a URL, an IBAN) breaks at the character where it no longer fits.
    pub(super) fn wrap(
        &mut self,
        style: Style,
        text: &str,
        first: f32,
        rest: f32,
    ) -> Vec<(String, f32)> {
        let space = self.advance(style, ' ');
        let mut lines = Vec::new();
        let mut line = String::new();
        let mut width = 0.0;
        let mut room = first;
        for word in text.split(' ').filter(|w| !w.is_empty()) {
            let word_width = self.width(style, word);
            if !line.is_empty() {
                if width + space + word_width <= room + EPSILON {
                    line.push(' ');
                    line.push_str(word);
                    width += space + word_width;
                    continue;
                }
                lines.push((std::mem::take(&mut line), width));
                (width, room) = (0.0, rest);
            }
            if word_width <= room + EPSILON {
                line.push_str(word);
                width = word_width;
                continue;
            }
            for c in word.chars() {
                let advance = self.advance(style, c);
                // At least one character per line, however narrow the column.
                if width + advance > room + EPSILON && !line.is_empty() {
                    lines.push((std::mem::take(&mut line), width));
                    (width, room) = (0.0, rest);
                }
                line.push(c);
                width += advance;
            }
        }
        if !line.is_empty() || lines.is_empty() {
            lines.push((line, width));
        }
        lines
    }
}
