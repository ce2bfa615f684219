//! The formal letter laid out on paper, as a PDF.
//!
//! The same [`Block`]s as the plain-text letter ([`letter::to_text`]) are set in DejaVu Sans
//! (embedded, subset by printpdf) with printpdf's low-level `Op` API, which draws text where it
//! is told and nothing more. So everything a typesetter does is done here, in three steps:
//!
//! 1. **Lines.** Each paragraph is wrapped by the real glyph advances of the face in use (see
//!    `Shaper`); a character the font lacks is drawn as `?` and reported once. Every line
//!    becomes a `LaidLine`: logical text, position, face and size.
//! 2. **Pages.** The lines and the spaces between them form a flow of `Row`s; rows that must
//!    stay together (a heading ending in `:` and what follows it, the first and last two lines
//!    of a paragraph, the signature and the line before it) are glued, and `paginate` breaks
//!    the flow into pages. A letter that fits on one page has no page number, so it may run
//!    down to the bottom margin; otherwise room is kept for the number.
//! 3. **Paper.** Each evidence image gets a page of its own under its enclosure heading; the
//!    page numbers are filled in once the number of pages is known; and `draw` turns it all
//!    into PDF operations.
//!
//! Positions are in PDF points (1/72 inch) measured from the page's top-left corner, and flip
//! to PDF's bottom-left origin only when drawn.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use chrono::{NaiveDate, NaiveTime};
use printpdf::{
    FontId, ImageCompression, ImageOptimizationOptions, Mm, OffsetDateTime, Op, ParsedFont,
    PdfDocument, PdfFontHandle, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Pt, RawImage,
    TextItem, TextMatrix, XObjectId, XObjectTransform,
};

use crate::letter::{self, Align, Block, Kind};

/// Points per millimetre.
const MM: f32 = 72.0 / 25.4;
/// Left and right margins.
const SIDE_MARGIN: f32 = 25.0 * MM;
const TOP_MARGIN: f32 = 20.0 * MM;
/// The page number sits on the bottom margin; the text stops this much higher.
const BOTTOM_MARGIN: f32 = 20.0 * MM;
const FOOTER_ROOM: f32 = 8.0 * MM;

/// Type sizes in points, and the line height as a multiple of the size.
const BODY_SIZE: f32 = 10.5;
const TITLE_SIZE: f32 = 14.0;
const FOOTER_SIZE: f32 = 8.5;
const LINE_HEIGHT: f32 = 1.35;
/// A blank line in a block, as a fraction of the block's line height.
const BLANK_LINE: f32 = 0.6;
/// Between two blocks, and between an enclosure heading and its image.
const BLOCK_GAP: f32 = 4.0 * MM;
/// Above the title.
const TITLE_GAP: f32 = 8.0 * MM;
/// A blank line in the signature block: room to sign by hand.
const SIGNING_ROOM: f32 = 18.0 * MM;
/// An image is drawn at most this many times its size at 96 pixels per inch.
const MAX_UPSCALE: f32 = 2.0;
/// Slack for comparing widths and heights computed in floating point.
const EPSILON: f32 = 0.01;

const REGULAR_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
const BOLD_TTF: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// The sheet size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paper {
    /// 210 × 297 mm.
    A4,
    /// US Letter, 8.5 × 11 in (215.9 × 279.4 mm).
    Letter,
}

impl Paper {
    fn geometry(self) -> Geometry {
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
        }
    }
}

/// Where things go on a page, in points from its top-left corner.
#[derive(Debug, Clone, Copy)]
struct Geometry {
    width: f32,
    height: f32,
    /// The left and right margins, as x positions.
    left: f32,
    right: f32,
    /// The first and last y the text may use.
    top: f32,
    bottom: f32,
    /// The baseline of the page number's last line.
    footer_baseline: f32,
}

impl Geometry {
    /// The same page with the text running down to the bottom margin: for a letter of one
    /// page, which has no page number.
    fn without_footer(self) -> Geometry {
        Geometry {
            bottom: self.height - BOTTOM_MARGIN,
            ..self
        }
    }

    /// The x and width of the column a block is set in.
    fn column(&self, align: Align) -> (f32, f32) {
        match align {
            // The Russian addressee block: the right half of the page, up to the margin.
            Align::Right => (self.width / 2.0, self.right - self.width / 2.0),
            Align::Left | Align::Center => (self.left, self.right - self.left),
        }
    }
}

/// The regular and bold faces of DejaVu Sans, parsed once and reused for every letter.
pub struct Fonts {
    regular: Face,
    bold: Face,
}

/// One parsed face and the vertical metrics the layout needs, in ems.
struct Face {
    font: ParsedFont,
    units_per_em: f32,
    ascent: f32,
    descent: f32,
}

impl Face {
    fn parse(bytes: &[u8], name: &str) -> Face {
        let mut warnings = Vec::new();
        let font = ParsedFont::from_bytes(bytes, 0, &mut warnings)
            .unwrap_or_else(|| panic!("the font committed at fonts/{name} does not parse"));
        let metrics = font.pdf_font_metrics;
        let units_per_em = f32::from(metrics.units_per_em.max(1));
        Face {
            units_per_em,
            ascent: f32::from(metrics.ascender) / units_per_em,
            descent: -f32::from(metrics.descender) / units_per_em,
            font,
        }
    }
}

impl Fonts {
    /// Parses the two faces embedded in the binary (about 5 ms: do it once per process).
    pub fn embedded() -> Fonts {
        Fonts {
            regular: Face::parse(REGULAR_TTF, "DejaVuSans.ttf"),
            bold: Face::parse(BOLD_TTF, "DejaVuSans-Bold.ttf"),
        }
    }

    fn face(&self, weight: Weight) -> &Face {
        match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        }
    }
}

/// The document information the PDF carries besides its pages.
#[derive(Debug, Clone)]
pub struct Meta {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// The creation date (midnight UTC).
    pub date: NaiveDate,
    /// The language of the text, as a BCP 47 tag (`en`, `ru`).
    pub lang: String,
}

/// An image to append on a page of its own, under its enclosure heading.
#[derive(Debug, Clone)]
pub struct Evidence {
    pub number: usize,
    pub description: String,
    /// A PNG or JPEG file.
    pub bytes: Vec<u8>,
}

/// The finished PDF.
#[derive(Debug, Clone)]
pub struct Output {
    pub bytes: Vec<u8>,
    /// Missing glyphs (once per character) and images left out, for the user to see.
    pub warnings: Vec<String>,
    pub pages: usize,
}

/// Lays the letter out on `paper`, appends each evidence image on a page of its own, and
/// numbers the pages if there are two or more. Never fails: what cannot be drawn is reported
/// in [`Output::warnings`].
pub fn render(
    blocks: &[Block],
    fonts: &Fonts,
    paper: Paper,
    meta: &Meta,
    evidence: &[Evidence],
) -> Output {
    let geometry = paper.geometry();
    let mut shaper = Shaper::new(fonts);
    let mut doc = PdfDocument::new(&meta.title); // the title goes into the document information
    let mut image_warnings = Vec::new();

    // The images first: with any, the document has two pages or more.
    let enclosure = paper_lines(blocks, Kind::Enclosure);
    let mut enclosures = Vec::new();
    for item in evidence {
        let mut decode_warnings = Vec::new();
        match RawImage::decode_from_bytes(&item.bytes, &mut decode_warnings) {
            Ok(image) if image.width > 0 && image.height > 0 => {
                let heading = enclosure_heading(&enclosure, item);
                let size = (image.width as f32, image.height as f32);
                let id = doc.add_image(&image);
                enclosures.push(lay_out_enclosure(
                    &heading,
                    id,
                    size,
                    &mut shaper,
                    &geometry,
                ));
            }
            Ok(_) => image_warnings.push(format!(
                "enclosure {}: the image is empty; it is left out",
                item.number
            )),
            Err(e) => image_warnings.push(format!(
                "enclosure {}: the image could not be read ({e}); it is left out",
                item.number
            )),
        }
    }

    // A letter alone on one page gets no page number, so it may use the number's room.
    let single = enclosures
        .is_empty()
        .then(|| lay_out_letter(blocks, &mut shaper, &geometry.without_footer()))
        .filter(|pages| pages.len() == 1);
    let letter = single.unwrap_or_else(|| lay_out_letter(blocks, &mut shaper, &geometry));
    let mut pages: Vec<PageContent> = letter
        .into_iter()
        .map(|lines| PageContent { lines, image: None })
        .collect();
    pages.append(&mut enclosures);

    let total = pages.len();
    if total >= 2 {
        let footer = paper_lines(blocks, Kind::Footer);
        for (i, page) in pages.iter_mut().enumerate() {
            let lines: Vec<String> = footer
                .iter()
                .map(|l| {
                    l.replace("{page}", &(i + 1).to_string())
                        .replace("{pages}", &total.to_string())
                })
                .collect();
            page.lines
                .extend(lay_out_footer(&lines, &mut shaper, &geometry));
        }
    }

    let mut warnings = shaper.warnings;
    warnings.append(&mut image_warnings);
    let bytes = draw(&mut doc, fonts, &pages, &geometry, meta, &mut warnings);
    Output {
        bytes,
        warnings,
        pages: total,
    }
}

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Weight {
    Regular,
    Bold,
}

/// Measures text in one of the two faces, remembering each character's advance, and replaces
/// characters the font lacks with `?`, with one warning per character.
struct Shaper<'a> {
    fonts: &'a Fonts,
    /// Each character's advance in ems, or `None` if the face has no glyph for it.
    advances: HashMap<(Weight, char), Option<f32>>,
    reported: HashSet<char>,
    warnings: Vec<String>,
}

/// What a character the font lacks is drawn as.
const REPLACEMENT: char = '?';

impl<'a> Shaper<'a> {
    fn new(fonts: &'a Fonts) -> Shaper<'a> {
        Shaper {
            fonts,
            advances: HashMap::new(),
            reported: HashSet::new(),
            warnings: Vec::new(),
        }
    }

    /// The advance of `c` in ems, or `None` if the face has no glyph for it (glyph 0 is
    /// `.notdef`, the empty box).
    fn em_advance(&mut self, weight: Weight, c: char) -> Option<f32> {
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
    fn drawable<'t>(&mut self, weight: Weight, text: &'t str) -> Cow<'t, str> {
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
    fn advance(&mut self, style: Style, c: char) -> f32 {
        self.em_advance(style.weight, c).unwrap_or(0.0) * style.size
    }

    /// The width of drawable text, in points (no kerning: printpdf draws none either).
    fn width(&mut self, style: Style, text: &str) -> f32 {
        text.chars().map(|c| self.advance(style, c)).sum()
    }

    /// Breaks a drawable paragraph into lines no wider than `first` (the first line) and
    /// `rest` (the others), with their widths. Lines break at spaces; a word longer than a
    /// whole line (a URL, an IBAN) breaks at the character where it no longer fits.
    fn wrap(&mut self, style: Style, text: &str, first: f32, rest: f32) -> Vec<(String, f32)> {
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

/// A face at a size.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Style {
    weight: Weight,
    size: f32,
}

impl Style {
    fn of(kind: Kind) -> Style {
        let weight = if kind.is_bold() {
            Weight::Bold
        } else {
            Weight::Regular
        };
        let size = match kind {
            Kind::Title => TITLE_SIZE,
            Kind::Footer => FOOTER_SIZE,
            _ => BODY_SIZE,
        };
        Style { weight, size }
    }

    fn line_height(self) -> f32 {
        self.size * LINE_HEIGHT
    }

    /// From the top of a line's box to its baseline: the glyphs' ascent and descent centred
    /// in the line height.
    fn baseline(self, fonts: &Fonts) -> f32 {
        let face = fonts.face(self.weight);
        let (ascent, descent) = (face.ascent * self.size, face.descent * self.size);
        (self.line_height() - ascent - descent) / 2.0 + ascent
    }
}

/// One line of text placed on a page.
///
/// `text` is in logical (reading) order; [`visual_order`] is the one place that turns it into
/// drawing order, and `x` was computed from the measured `width`, so right-to-left paragraphs
/// can be added by changing those two places only.
#[derive(Debug, Clone, PartialEq)]
struct LaidLine {
    /// The left end of the line.
    x: f32,
    /// The baseline (from the top of its row until the row is placed on a page).
    y: f32,
    text: String,
    weight: Weight,
    size: f32,
    width: f32,
}

/// The order in which a line's characters are drawn, left to right. Every line is
/// left-to-right today, so this is the identity; right-to-left text will reorder each
/// already-wrapped line here (e.g. `unicode_bidi::BidiInfo::reorder_line`).
fn visual_order(line: &LaidLine) -> Cow<'_, str> {
    Cow::Borrowed(&line.text)
}

/// One step down the page: a line of text or a vertical space.
#[derive(Debug, Clone)]
struct Row {
    height: f32,
    line: Option<LaidLine>,
    /// No page break between this row and the next.
    glued: bool,
}

impl Row {
    fn space(height: f32, glued: bool) -> Row {
        Row {
            height,
            line: None,
            glued,
        }
    }
}

/// The lines of a block as rows: wrapped, aligned and glued where a page must not break.
fn block_rows(block: &Block, shaper: &mut Shaper, geometry: &Geometry) -> Vec<Row> {
    let style = Style::of(block.kind);
    let (column_x, column_width) = geometry.column(block.align);
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
        // A list item's wrapped lines hang under the text after its marker.
        let hang = match (block.align, letter::list_item(&text)) {
            (Align::Center, _) | (_, None) => 0.0,
            (_, Some((marker, _))) => shaper.width(style, marker) + shaper.advance(style, ' '),
        };
        let wrapped = shaper.wrap(style, &text, column_width, column_width - hang);
        let count = wrapped.len();
        for (i, (text, width)) in wrapped.into_iter().enumerate() {
            let x = match block.align {
                Align::Center => geometry.left + (column_width - width) / 2.0,
                Align::Left | Align::Right if i > 0 => column_x + hang,
                Align::Left | Align::Right => column_x,
            };
            // No lone first line at the foot of a page, no lone last line at the head of
            // the next, and no heading ending in ':' without what it introduces.
            let last = i + 1 == count;
            let glued =
                (count > 1 && (i == 0 || i + 2 == count)) || (last && letter::keeps_with_next(raw));
            rows.push(Row {
                height: style.line_height(),
                line: Some(LaidLine {
                    x,
                    y: baseline,
                    text,
                    weight: style.weight,
                    size: style.size,
                    width,
                }),
                glued,
            });
        }
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

/// The letter's body blocks (everything but the footer and enclosure headings), on pages.
fn lay_out_letter(
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
fn paginate(rows: Vec<Row>, geometry: &Geometry) -> Vec<Vec<LaidLine>> {
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

/// The lines of the paper-only blocks of one kind, in order.
fn paper_lines(blocks: &[Block], kind: Kind) -> Vec<String> {
    blocks
        .iter()
        .filter(|b| b.kind == kind)
        .flat_map(|b| b.lines.iter().cloned())
        .collect()
}

/// The heading over an evidence image, from the template's enclosure block.
fn enclosure_heading(template: &[String], item: &Evidence) -> Vec<String> {
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

/// A page: its lines, and the image on an enclosure page.
struct PageContent {
    lines: Vec<LaidLine>,
    image: Option<PlacedImage>,
}

/// An image and the box it fills, in points from the page's top-left corner.
struct PlacedImage {
    id: XObjectId,
    pixels: (f32, f32),
    x: f32,
    y: f32,
    width: f32,
    height: f32,
}

/// An enclosure page: the bold heading at the top, then the image, as large as fits the
/// rest of the page (keeping its proportions, and at most [`MAX_UPSCALE`] times its size
/// at 96 pixels per inch), centred.
fn lay_out_enclosure(
    heading: &[String],
    id: XObjectId,
    pixels: (f32, f32),
    shaper: &mut Shaper,
    geometry: &Geometry,
) -> PageContent {
    let block = Block {
        kind: Kind::Enclosure,
        align: Align::Left,
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
fn lay_out_footer(lines: &[String], shaper: &mut Shaper, geometry: &Geometry) -> Vec<LaidLine> {
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

/// Turns the pages into PDF operations and the document into bytes.
fn draw(
    doc: &mut PdfDocument,
    fonts: &Fonts,
    pages: &[PageContent],
    geometry: &Geometry,
    meta: &Meta,
    warnings: &mut Vec<String>,
) -> Vec<u8> {
    let regular = doc.add_font(&fonts.regular.font);
    let bold = doc.add_font(&fonts.bold.font);
    let font_id = |weight: Weight| -> FontId {
        match weight {
            Weight::Regular => regular.clone(),
            Weight::Bold => bold.clone(),
        }
    };
    let height = geometry.height;
    let pdf_pages = pages
        .iter()
        .map(|page| {
            let mut ops = vec![Op::StartTextSection];
            let mut current: Option<(Weight, f32)> = None;
            for line in page.lines.iter().filter(|l| !l.text.is_empty()) {
                if current != Some((line.weight, line.size)) {
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(font_id(line.weight)),
                        size: Pt(line.size),
                    });
                    current = Some((line.weight, line.size));
                }
                ops.push(Op::SetTextMatrix {
                    matrix: TextMatrix::Translate(Pt(line.x), Pt(height - line.y)),
                });
                ops.push(Op::ShowText {
                    items: vec![TextItem::Text(visual_order(line).into_owned())],
                });
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
        ..PdfSaveOptions::default()
    };
    let mut pdf_warnings = Vec::new();
    // printpdf writes no /Lang, so the document goes through lopdf to add it.
    let mut lopdf_doc = doc.to_lopdf_document(&options, &mut pdf_warnings);
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
    lopdf_doc.compress();
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

#[cfg(test)]
mod tests {
    use super::*;
    use lopdf::{Document, Object};
    use printpdf::{OutputImageFormat, RawImageData, RawImageFormat};

    fn meta() -> Meta {
        Meta {
            title: "Претензия".into(),
            author: "Anna Petrova".into(),
            subject: "Double charge".into(),
            date: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
            lang: "ru".into(),
        }
    }

    fn render_text(template: &str, evidence: &[Evidence]) -> (Output, Document) {
        let out = render(
            &letter::parse(template),
            &Fonts::embedded(),
            Paper::A4,
            &meta(),
            evidence,
        );
        let doc = Document::load_mem(&out.bytes).expect("lopdf reads the PDF");
        assert_eq!(doc.get_pages().len(), out.pages);
        (out, doc)
    }

    /// The text of one page, by lopdf (it decodes the fonts' ToUnicode maps).
    fn page_text(doc: &Document, page: u32) -> String {
        doc.extract_text(&[page]).expect("text can be extracted")
    }

    /// The letter's lines as laid out on pages, for checks on positions.
    fn laid(template: &str, paper: Paper) -> (Vec<Vec<LaidLine>>, Geometry) {
        let fonts = Fonts::embedded();
        let geometry = paper.geometry();
        let mut shaper = Shaper::new(&fonts);
        let pages = lay_out_letter(&letter::parse(template), &mut shaper, &geometry);
        (pages, geometry)
    }

    fn png(width: u32, height: u32) -> Vec<u8> {
        let pixels = (0..width * height * 3).map(|i| (i % 251) as u8).collect();
        let image = RawImage {
            pixels: RawImageData::U8(pixels),
            width: width as usize,
            height: height as usize,
            data_format: RawImageFormat::RGB8,
            tag: Vec::new(),
        };
        image.encode_to_bytes(&[OutputImageFormat::Png]).unwrap().0
    }

    #[test]
    fn a_short_letter_is_one_page_with_its_text_metadata_and_subset_fonts() {
        let (out, doc) = render_text(
            "@@ sender\nAnna Petrova\n@@ title center\nПРЕТЕНЗИЯ\n@@ text\nПривет, мир\n\
             @@ footer\nPage {page} of {pages}\n",
            &[],
        );
        assert_eq!(out.pages, 1);
        assert!(out.warnings.is_empty(), "{:?}", out.warnings);
        let text = page_text(&doc, 1);
        for expected in ["Anna Petrova", "ПРЕТЕНЗИЯ", "Привет, мир"] {
            assert!(text.contains(expected), "{expected:?} not in {text:?}");
        }
        assert!(
            !text.contains("Page"),
            "a one-page letter has no page number"
        );

        let info = doc
            .trailer
            .get(b"Info")
            .and_then(Object::as_reference)
            .unwrap();
        let info = doc.get_dictionary(info).unwrap();
        let field = |key: &[u8]| lopdf::decode_text_string(info.get(key).unwrap()).unwrap();
        assert_eq!(field(b"Title"), "Претензия");
        assert_eq!(field(b"Author"), "Anna Petrova");
        assert_eq!(field(b"Subject"), "Double charge");
        assert!(field(b"CreationDate").starts_with("D:20261122"));
        let lang = doc.catalog().unwrap().get(b"Lang").unwrap();
        assert_eq!(lopdf::decode_text_string(lang).unwrap(), "ru");

        let mut faces = Vec::new();
        for object in doc.objects.values() {
            let Ok(dict) = object.as_dict() else { continue };
            if dict.get(b"Type").and_then(Object::as_name).ok() == Some(b"FontDescriptor") {
                let name = dict.get(b"FontName").unwrap().as_name().unwrap();
                let name = String::from_utf8_lossy(name).into_owned();
                let (prefix, _) = name.split_once('+').expect("a subset prefix");
                assert!(prefix.len() == 6 && prefix.bytes().all(|b| b.is_ascii_uppercase()));
                assert!(dict.has(b"FontFile2"), "{name} is not embedded");
                faces.push(name);
            }
        }
        // By the name after the random subset prefix.
        faces.sort_by(|a, b| a.split('+').nth(1).cmp(&b.split('+').nth(1)));
        assert_eq!(faces.len(), 2, "{faces:?}");
        assert!(faces[0].ends_with("+DejaVuSans") && faces[1].ends_with("+DejaVuSans-Bold"));
    }

    #[test]
    fn a_long_letter_breaks_into_numbered_pages() {
        let mut template = String::from("@@ text\n");
        for i in 1..=120 {
            template.push_str(&format!(
                "Paragraph {i} says what happened in some detail.\n\n"
            ));
        }
        template.push_str("@@ footer\nPage {page} of {pages}\n");
        let (out, doc) = render_text(&template, &[]);
        assert!(out.pages >= 2, "{} pages", out.pages);
        let n = out.pages;
        assert!(page_text(&doc, 1).contains(&format!("Page 1 of {n}")));
        let last = page_text(&doc, n as u32);
        assert!(last.contains(&format!("Page {n} of {n}")));
        assert!(last.contains("Paragraph 120 says"));
    }

    #[test]
    fn a_missing_glyph_is_a_question_mark_and_one_warning() {
        let (out, doc) = render_text(
            "@@ title center\nИск 漢\n@@ text\n漢 and 漢 again, and ☃ which the font has\n",
            &[],
        );
        assert_eq!(
            out.warnings,
            ["the font has no glyph for '漢' (U+6F22); it is shown as '?'"]
        );
        let text = page_text(&doc, 1);
        assert!(text.contains("? and ? again, and ☃"), "{text:?}");
    }

    #[test]
    fn an_endless_word_breaks_inside_the_margins() {
        let word = "x".repeat(5000);
        let template = format!("@@ recipient right\nIBAN {word}\n@@ text\nSee {word}.\n");
        let (pages, geometry) = laid(&template, Paper::A4);
        let lines: Vec<&LaidLine> = pages.iter().flatten().collect();
        assert!(lines.len() > 50, "{} lines", lines.len());
        for line in lines {
            assert!(line.x >= geometry.left - EPSILON, "{line:?}");
            assert!(line.x + line.width <= geometry.right + EPSILON, "{line:?}");
            assert!(line.y <= geometry.bottom + EPSILON, "{line:?}");
        }
        let (out, _) = render_text(&template, &[]);
        assert!(out.pages >= 2);
    }

    #[test]
    fn blocks_stand_in_their_columns_and_list_items_hang() {
        let long = "word ".repeat(40);
        let template = format!(
            "@@ recipient right\nMegaTel Ltd, {long}\n@@ title center\nCOMPLAINT\n\
             @@ text\n1. {long}\n"
        );
        let (pages, geometry) = laid(&template, Paper::Letter);
        let lines = &pages[0];
        let middle = geometry.width / 2.0;
        let right: Vec<_> = lines.iter().filter(|l| l.x >= middle).collect();
        assert!(
            right.len() >= 2,
            "the addressee block wraps in the right half"
        );
        assert!(
            right
                .iter()
                .all(|l| l.x == middle && l.x + l.width <= geometry.right)
        );

        let title = lines.iter().find(|l| l.text == "COMPLAINT").unwrap();
        assert_eq!(title.weight, Weight::Bold);
        let centre = title.x + title.width / 2.0;
        assert!((centre - (geometry.left + geometry.right) / 2.0).abs() < 0.1);

        let item: Vec<_> = lines.iter().filter(|l| l.y > title.y).collect();
        assert!(item.len() >= 2 && item[0].text.starts_with("1. word"));
        assert_eq!(item[0].x, geometry.left);
        let fonts = Fonts::embedded();
        let mut shaper = Shaper::new(&fonts);
        let hang = shaper.width(Style::of(Kind::Text), "1. ");
        assert!(
            item[1..]
                .iter()
                .all(|l| (l.x - geometry.left - hang).abs() < 0.01)
        );
    }

    #[test]
    fn a_heading_never_ends_a_page_and_the_signature_leaves_room() {
        // Push "Enclosures:" to every position near the foot of the first page.
        for filler in 40..60 {
            let mut template = String::from("@@ text\n");
            for i in 0..filler {
                template.push_str(&format!("Line {i}\n"));
            }
            template.push_str("Enclosures:\n1. The bill.\n");
            let (pages, _) = laid(&template, Paper::A4);
            for page in &pages[..pages.len() - 1] {
                let last = page.last().unwrap();
                assert!(!last.text.ends_with(':'), "page ends with {:?}", last.text);
            }
        }
        let (pages, _) = laid(
            "@@ signature\nYours faithfully,\n\nAnna Petrova\n",
            Paper::A4,
        );
        let [greeting, name] = pages[0].as_slice() else {
            panic!("{pages:?}")
        };
        assert!(name.y - greeting.y >= SIGNING_ROOM);
    }

    #[test]
    fn no_paragraph_leaves_its_first_line_alone_at_the_foot_of_a_page() {
        let mut template = String::from("@@ text\n");
        for i in 0..40 {
            let words = "and then some more words ".repeat(4 + i % 5);
            template.push_str(&format!("Paragraph {i} {words}\n\n"));
        }
        let (pages, _) = laid(&template, Paper::A4);
        assert!(pages.len() >= 2);
        for page in &pages[..pages.len() - 1] {
            let last = page.last().unwrap();
            assert!(!last.text.starts_with("Paragraph"), "{:?}", last.text);
        }
        for page in &pages[1..] {
            let first = &page[0];
            assert!(first.x == SIDE_MARGIN && first.y < TOP_MARGIN + BODY_SIZE * 1.5);
        }
    }

    #[test]
    fn odd_text_and_an_empty_letter_do_not_panic() {
        let (out, doc) = render_text("", &[]);
        assert_eq!((out.pages, doc.get_pages().len()), (1, 1));
        let (out, _) = render_text(
            "@@ recipient right\n- \u{7}\tTab and bell\n@@ title center\n😀😀😀\n\
             @@ text\nשלום עולם, й (и\u{306}), \u{200B}\u{FEFF}, 1\u{a0}290,00\u{a0}руб.\n",
            &[],
        );
        assert_eq!(out.pages, 1);
        assert!(
            out.warnings.iter().any(|w| w.contains("U+0007")),
            "{:?}",
            out.warnings
        );
        assert!(
            !out.warnings.iter().any(|w| w.contains("U+0009")),
            "a tab is a space"
        );
    }

    #[test]
    fn evidence_gets_a_page_and_a_broken_image_a_warning() {
        let evidence = [
            Evidence {
                number: 1,
                description: "The bill".into(),
                bytes: png(40, 20),
            },
            Evidence {
                number: 2,
                description: "Broken".into(),
                bytes: b"not an image".to_vec(),
            },
        ];
        let (out, doc) = render_text(
            "@@ text\nSee the enclosures.\n@@ footer\nPage {page} of {pages}\n\
             @@ enclosure\nEnclosure {number}: {description}\n",
            &evidence,
        );
        assert_eq!(out.pages, 2);
        assert_eq!(out.warnings.len(), 1, "{:?}", out.warnings);
        assert!(out.warnings[0].starts_with("enclosure 2: "));
        let text = page_text(&doc, 2);
        assert!(text.contains("Enclosure 1: The bill"), "{text:?}");
        assert!(text.contains("Page 2 of 2"), "{text:?}");

        // Without an enclosure block, the heading is "number. description". The 40 px image
        // is drawn at twice its size at 96 dpi, not blown up to the width of the page.
        let fonts = Fonts::embedded();
        let geometry = Paper::A4.geometry();
        let mut shaper = Shaper::new(&fonts);
        let heading = enclosure_heading(&[], &evidence[0]);
        assert_eq!(heading, ["1. The bill"]);
        let id = XObjectId::new();
        let page = lay_out_enclosure(&heading, id, (40.0, 20.0), &mut shaper, &geometry);
        let image = page.image.unwrap();
        assert!((image.width - 60.0).abs() < 0.01 && (image.height - 30.0).abs() < 0.01);
        assert!(image.y > page.lines[0].y);
    }
}
