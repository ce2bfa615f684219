//! The formal letter laid out on paper, as a PDF.
//!
//! The same [`Block`]s as the plain-text letter ([`letter::to_text`]) are set in DejaVu Sans
//! (embedded, subset by printpdf) with printpdf's low-level `Op` API, which draws text where it
//! is told and nothing more. So everything a typesetter does is done here, in three steps:
//!
//! 1. **Lines.** Each paragraph is wrapped by the real glyph advances of the face in use (see
//!    `Shaper`); a character the font lacks is drawn as `?` and reported once. Every line
//!    becomes a `LaidLine`: logical text, reading direction, position, face and size. Lines
//!    stand against the margin where the letter's lines begin (the right one in Hebrew), placed
//!    by their measured width.
//! 2. **Pages.** The lines and the spaces between them form a flow of `Row`s; rows that must
//!    stay together (a heading ending in `:` and what follows it, the first and last two lines
//!    of a paragraph, the signature and the line before it) are glued, and `paginate` breaks
//!    the flow into pages. A letter that fits on one page has no page number, so it may run
//!    down to the bottom margin; otherwise room is kept for the number.
//! 3. **Paper.** Each evidence image gets a page of its own under its enclosure heading; the
//!    page numbers are filled in once the number of pages is known; and `draw` turns it all
//!    into PDF operations. Right-to-left text is put in drawing order only there, line by
//!    line, by `visual_order` (the Unicode bidirectional algorithm).
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

use unicode_bidi::{BidiClass, BidiInfo, Level, bidi_class};

use crate::letter::{self, Align, Block, Direction, Kind};

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
    /// The page for a letter written in `direction`.
    fn geometry(self, direction: Direction) -> Geometry {
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
    /// The letter's direction: which margin its lines begin at.
    direction: Direction,
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

    /// The left and right edges of the column a block aligned `align` (resolved, see
    /// [`Align::resolve`]) is set in, `widest` being the width of its widest line: an `End`
    /// block is only that wide, against the margin where lines end.
    fn column(&self, align: Align, widest: f32) -> (f32, f32) {
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
    fn line_x(&self, (left, right): (f32, f32), align: Align, width: f32, indent: f32) -> f32 {
        match (align, self.direction) {
            (Align::Center, _) => left + (right - left - width) / 2.0,
            (_, Direction::Ltr) => left + indent,
            (_, Direction::Rtl) => right - indent - width,
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
    /// The language of the text, as a BCP 47 tag (`en`, `ru`, `he`).
    pub lang: String,
    /// The direction the letter is written in: lines begin at the right margin in a
    /// right-to-left letter.
    pub direction: Direction,
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
    let geometry = paper.geometry(meta.direction);
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

/// Deflates every stream not compressed yet. lopdf's own `compress` uses the slowest
/// level (9), which took half the time of a one-page letter; level 3 makes the same letter
/// in 2.3 ms instead of 3.0 ms, at 35.5 KB instead of 34.9 KB.
fn compress(doc: &mut lopdf::Document) {
    use std::io::Write;
    for object in doc.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if stream.dict.get(b"Filter").is_ok() {
            continue;
        }
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(3));
        let compressed = encoder
            .write_all(&stream.content)
            .and_then(|()| encoder.finish());
        if let Ok(compressed) = compressed
            && compressed.len() + 19 < stream.content.len()
        {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(compressed);
        }
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
    /// `.notdef`, the empty box). Direction marks have no width: they steer the order of the
    /// text and are not drawn.
    fn em_advance(&mut self, weight: Weight, c: char) -> Option<f32> {
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
/// `text` is in logical (reading) order, as wrapped; [`visual_order`] is the one place that
/// turns it into drawing order, and `x` was computed from the measured `width`.
#[derive(Debug, Clone, PartialEq)]
struct LaidLine {
    /// The left end of the line.
    x: f32,
    /// The baseline (from the top of its row until the row is placed on a page).
    y: f32,
    text: String,
    /// Whether the line's paragraph reads right to left (see [`reads_right_to_left`]).
    rtl: bool,
    weight: Weight,
    size: f32,
    width: f32,
}

/// Whether a paragraph of a letter written in `direction` reads right to left, which decides
/// where its neutral characters (spaces, punctuation, digits between words) go.
///
/// In a right-to-left letter every paragraph with a right-to-left letter in it does, even one
/// that begins with a Latin name ("HOT חייבה אותי פעמיים"), so the first-strong-character rule
/// of plain text would get it wrong; a paragraph with no Hebrew at all (an e-mail address, a
/// phone number "+972 54-123-4567") reads left to right, or its "+" and its dots would move to
/// the other end. In a left-to-right letter only a paragraph written wholly in a right-to-left
/// script does. Where a line stands is not decided here but by the letter's direction, so an
/// e-mail address in a Hebrew sender block still stands against the right margin.
fn reads_right_to_left(text: &str, direction: Direction) -> bool {
    let (mut rtl, mut ltr) = (false, false);
    for c in text.chars() {
        match bidi_class(c) {
            BidiClass::R | BidiClass::AL => rtl = true,
            BidiClass::L => ltr = true,
            _ => {}
        }
    }
    rtl && (direction == Direction::Rtl || !ltr)
}

/// The characters that only steer the bidirectional algorithm (marks, embeddings, overrides,
/// isolates). They are measured as nothing and never drawn.
fn is_direction_mark(c: char) -> bool {
    matches!(
        c,
        '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'
    )
}

/// The glyph a character is drawn with in right-to-left text: brackets and the like turn round,
/// so "(כולל מע״מ)" opens on the right (rule L4 of the bidirectional algorithm; the common
/// pairs of the Bidi_Mirroring_Glyph property).
fn mirrored(c: char) -> Option<char> {
    const PAIRS: [(char, char); 8] = [
        ('(', ')'),
        ('[', ']'),
        ('{', '}'),
        ('<', '>'),
        ('«', '»'),
        ('‹', '›'),
        ('≤', '≥'),
        ('⁅', '⁆'),
    ];
    PAIRS.iter().find_map(|&(a, b)| {
        if c == a {
            Some(b)
        } else if c == b {
            Some(a)
        } else {
            None
        }
    })
}

/// A piece of a line in drawing order.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stretch<'a> {
    /// What is drawn, left to right.
    text: Cow<'a, str>,
    /// What the drawn text stands for when that differs (a mirrored bracket), so text
    /// extraction reads the character as written.
    actual: Option<char>,
}

/// The order in which a line's characters are drawn, left to right: the one place that turns
/// logical order into visual order.
///
/// Each already-wrapped line goes through the Unicode bidirectional algorithm with its
/// paragraph's direction ([`unicode_bidi::BidiInfo`]): runs of the other direction are
/// reversed in place, so "הזמנה A-12345 חויבה" draws its Hebrew words reversed and right to
/// left while "A-12345", digits, e-mail addresses and amounts keep their order. Within a
/// reversed run a letter keeps its combining marks after it (rule L3), brackets are mirrored
/// (rule L4) and direction marks are dropped.
///
/// Text extractors read right-to-left text back from the glyphs' positions (poppler's
/// `pdftotext` reverses the right-to-left runs it finds), so glyphs drawn in visual order come
/// back in logical order. The mirrored brackets are the exception: each is drawn in a
/// marked-content span whose `/ActualText` is the bracket as written.
fn visual_order(line: &LaidLine) -> Vec<Stretch<'_>> {
    let text = line.text.as_str();
    let plain = !line.rtl
        && text.chars().all(|c| {
            !is_direction_mark(c) && !matches!(bidi_class(c), BidiClass::R | BidiClass::AL)
        });
    if plain {
        return vec![Stretch {
            text: Cow::Borrowed(text),
            actual: None,
        }];
    }
    let level = if line.rtl { Level::rtl() } else { Level::ltr() };
    let info = BidiInfo::new(text, Some(level));
    let mut stretches: Vec<Stretch> = Vec::new();
    let mut drawn = String::new();
    fn flush(drawn: &mut String, stretches: &mut Vec<Stretch>) {
        if !drawn.is_empty() {
            stretches.push(Stretch {
                text: Cow::Owned(std::mem::take(drawn)),
                actual: None,
            });
        }
    }
    for para in &info.paragraphs {
        let (levels, runs) = info.visual_runs(para, para.range.clone());
        for run in runs {
            let rtl = levels[run.start].is_rtl();
            let run = &text[run];
            if !rtl {
                drawn.extend(run.chars().filter(|&c| !is_direction_mark(c)));
                continue;
            }
            // Clusters (a letter and the marks that follow it), last first.
            let mut clusters: Vec<&str> = Vec::new();
            let mut start = 0;
            for (i, c) in run.char_indices().skip(1) {
                if bidi_class(c) != BidiClass::NSM {
                    clusters.push(&run[start..i]);
                    start = i;
                }
            }
            clusters.push(&run[start..]);
            for cluster in clusters.into_iter().rev() {
                for c in cluster.chars().filter(|&c| !is_direction_mark(c)) {
                    match mirrored(c) {
                        Some(m) => {
                            flush(&mut drawn, &mut stretches);
                            stretches.push(Stretch {
                                text: Cow::Owned(m.to_string()),
                                actual: Some(c),
                            });
                        }
                        None => drawn.push(c),
                    }
                }
            }
        }
    }
    flush(&mut drawn, &mut stretches);
    stretches
}

/// `/Span << /ActualText (...) >>`: the marked-content properties that tell text extraction
/// what a drawn stretch stands for (a text string: UTF-16BE with its byte-order mark).
fn actual_text(c: char) -> printpdf::DictItem {
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
        let wrapped = shaper.wrap(style, &text, column_width, column_width - hang);
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

/// The letter's body blocks (everything but the footer and enclosure headings), on pages.
fn lay_out_letter(
    blocks: &[Block],
    shaper: &mut Shaper,
    geometry: &Geometry,
) -> Vec<Vec<LaidLine>> {
    let mut rows: Vec<Row> = Vec::new();
    for block in blocks.iter().filter(|b| !b.kind.is_paper_only()) {
        if block.kind == Kind::Signature {
            keep_closing_together(&mut rows);
        }
        if let Some(previous) = rows.last_mut() {
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
    fit_one_page(&mut rows, geometry);
    paginate(rows, geometry)
}

/// The signature never stands alone at the head of a page: the last two lines of the text
/// before it (the closing words, or the last enclosures) come along with it.
fn keep_closing_together(rows: &mut [Row]) {
    let mut lines = 0;
    for row in rows.iter_mut().rev() {
        row.glued = true;
        if row.line.is_some() {
            lines += 1;
            if lines == 2 {
                break;
            }
        }
    }
}

/// A letter that would spill a little onto a second page is fitted on one: the spaces
/// between blocks and paragraphs and the room to sign shrink (to half at most) when that
/// is enough, so a short letter never ends with its signature alone on page 2.
fn fit_one_page(rows: &mut [Row], geometry: &Geometry) {
    const LEAST: f32 = 0.5;
    let page = geometry.bottom - geometry.top;
    let lines: f32 = rows
        .iter()
        .filter(|r| r.line.is_some())
        .map(|r| r.height)
        .sum();
    let spaces: f32 = rows
        .iter()
        .filter(|r| r.line.is_none())
        .map(|r| r.height)
        .sum();
    if lines + spaces <= page || spaces <= 0.0 {
        return;
    }
    let scale = (page - lines - EPSILON) / spaces;
    if scale >= LEAST {
        rows.iter_mut()
            .filter(|r| r.line.is_none())
            .for_each(|r| r.height *= scale);
    }
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
                for stretch in visual_order(line) {
                    let show = Op::ShowText {
                        items: vec![TextItem::Text(stretch.text.into_owned())],
                    };
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
            direction: Direction::Ltr,
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
        laid_in(template, paper, Direction::Ltr)
    }

    fn laid_in(
        template: &str,
        paper: Paper,
        direction: Direction,
    ) -> (Vec<Vec<LaidLine>>, Geometry) {
        let fonts = Fonts::embedded();
        let geometry = paper.geometry(direction);
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
        let geometry = Paper::A4.geometry(Direction::Ltr);
        let mut shaper = Shaper::new(&fonts);
        let heading = enclosure_heading(&[], &evidence[0]);
        assert_eq!(heading, ["1. The bill"]);
        let id = XObjectId::new();
        let page = lay_out_enclosure(&heading, id, (40.0, 20.0), &mut shaper, &geometry);
        let image = page.image.unwrap();
        assert!((image.width - 60.0).abs() < 0.01 && (image.height - 30.0).abs() < 0.01);
        assert!(image.y > page.lines[0].y);
    }

    // ---------------------------------------------------------------------------------
    // Right to left.

    /// A Hebrew word as it is drawn: its letters left to right, so last first.
    fn rev(word: &str) -> String {
        word.chars().rev().collect()
    }

    fn line(text: &str, rtl: bool) -> LaidLine {
        LaidLine {
            x: 0.0,
            y: 0.0,
            text: text.into(),
            rtl,
            weight: Weight::Regular,
            size: BODY_SIZE,
            width: 0.0,
        }
    }

    /// What is drawn, left to right, and the characters drawn mirrored with what they stand for.
    fn drawn(text: &str, rtl: bool) -> (String, Vec<(String, char)>) {
        let line = line(text, rtl);
        let stretches = visual_order(&line);
        let text = stretches.iter().map(|s| s.text.as_ref()).collect();
        let mirrored = stretches
            .iter()
            .filter_map(|s| s.actual.map(|c| (s.text.to_string(), c)))
            .collect();
        (text, mirrored)
    }

    #[test]
    fn hebrew_lines_are_drawn_in_visual_order_with_latin_and_digits_kept() {
        let (text, mirrored) = drawn("הזמנה A-12345 חויבה פעמיים ב-3 באוקטובר", true);
        assert_eq!(
            text,
            format!(
                "{} 3-{} {} {} A-12345 {}",
                rev("באוקטובר"),
                rev("ב"),
                rev("פעמיים"),
                rev("חויבה"),
                rev("הזמנה")
            )
        );
        assert!(mirrored.is_empty());

        // An e-mail address keeps its order; the colon after the Hebrew word stays with it,
        // and the full stop that ends the sentence goes to the left end.
        let (text, _) = drawn("לפרטים: dana.cohen@example.co.il.", true);
        assert_eq!(
            text,
            format!(".dana.cohen@example.co.il :{}", rev("לפרטים"))
        );

        // A date and an amount in shekels.
        let (text, _) = drawn("עד ליום 6 בדצמבר 2026 סך של 1,290.00\u{a0}ש״ח", true);
        assert_eq!(
            text,
            format!(
                "{}\u{a0}1,290.00 {} {} 2026 {} 6 {} {}",
                rev("ש״ח"),
                rev("של"),
                rev("סך"),
                rev("בדצמבר"),
                rev("ליום"),
                rev("עד")
            )
        );
        // A sign before the number stays before it.
        let (text, _) = drawn("סך של ₪1,290.00", true);
        assert_eq!(text, format!("₪1,290.00 {} {}", rev("של"), rev("סך")));
    }

    #[test]
    fn brackets_in_hebrew_turn_round_and_say_what_they_stand_for() {
        let (text, mirrored) = drawn("סך של 129.90 ש״ח (כולל מע״מ).", true);
        assert_eq!(
            text,
            format!(
                ".({} {}) {} 129.90 {} {}",
                rev("מע״מ"),
                rev("כולל"),
                rev("ש״ח"),
                rev("של"),
                rev("סך")
            )
        );
        // The "(" drawn at the left end is the ")" that closes the remark, and the other way.
        assert_eq!(mirrored, [("(".into(), ')'), (")".into(), '(')]);

        // A list item: the number on the right with its full stop to its left, a file name
        // in brackets at the end of the line.
        let (text, mirrored) = drawn("1. חשבונית (קובץ bill-10.pdf).", true);
        assert_eq!(
            text,
            format!(".(bill-10.pdf {}) {} .1", rev("קובץ"), rev("חשבונית"))
        );
        assert_eq!(mirrored.len(), 2);

        // Brackets in a left-to-right run stay as they are.
        let (text, mirrored) = drawn("ראו f(x) בנספח", true);
        assert_eq!(text, format!("{} f(x) {}", rev("בנספח"), rev("ראו")));
        assert!(mirrored.is_empty());
    }

    #[test]
    fn left_to_right_lines_are_left_alone() {
        for text in [
            "dana.cohen@example.co.il",
            "+972 54-123-4567",
            "Page (1) of 2",
        ] {
            let line = line(text, false);
            let stretches = visual_order(&line);
            assert_eq!(stretches.len(), 1);
            assert!(matches!(stretches[0].text, Cow::Borrowed(t) if t == text));
        }
        // A Hebrew name inside an English sentence is reversed in place.
        let (text, _) = drawn("Customer שלום כהן (new)", false);
        assert_eq!(
            text,
            format!("Customer {} {} (new)", rev("כהן"), rev("שלום"))
        );
    }

    #[test]
    fn direction_marks_steer_and_vanish_and_points_stay_on_their_letters() {
        // RLM and LRM are zero-width: measured as nothing, never drawn. An LRM before "+972"
        // keeps the "+" with the number in a Hebrew line.
        let (text, _) = drawn("טלפון: \u{200E}+972 54-123-4567\u{200F}", true);
        assert_eq!(text, format!("+972 54-123-4567 :{}", rev("טלפון")));
        let fonts = Fonts::embedded();
        let mut shaper = Shaper::new(&fonts);
        let style = Style::of(Kind::Text);
        assert_eq!(
            shaper.drawable(Weight::Regular, "\u{2067}א\u{2069}"),
            "\u{2067}א\u{2069}"
        );
        assert!(shaper.warnings.is_empty());
        assert_eq!(shaper.width(style, "\u{200F}א"), shaper.width(style, "א"));

        // "שָׁלוֹם" with its points: each letter keeps its marks after it.
        let (text, _) = drawn("ש\u{5c1}\u{5b8}לו\u{5b9}ם", true);
        assert_eq!(text, "םו\u{5b9}לש\u{5c1}\u{5b8}");
    }

    #[test]
    fn paragraphs_read_right_to_left_by_the_letter_and_their_letters() {
        let rtl = |t| reads_right_to_left(t, Direction::Rtl);
        let ltr = |t| reads_right_to_left(t, Direction::Ltr);
        assert!(rtl("שלום רב,"));
        assert!(rtl("HOT חייבה אותי פעמיים"));
        assert!(!rtl("dana.cohen@example.co.il"));
        assert!(!rtl("+972 54-123-4567"));
        assert!(!rtl(""));
        assert!(ltr("שלום רב"));
        assert!(!ltr("Dear Dana, שלום"));
        assert!(!ltr("Anna Petrova"));
    }

    #[test]
    fn a_hebrew_letter_stands_against_the_right_margin() {
        let long = "מילה ".repeat(40);
        let template = format!(
            "@@ date end\n22 בנובמבר 2026\n@@ sender\nדנה כהן\ndana.cohen@example.co.il\n\
             @@ subject center\nהנדון: תלונה\n@@ text\n1. {long}\n\
             @@ recipient right\nמגה-טל, {long}\n@@ signature end\nבכבוד רב,\n\nדנה כהן\n"
        );
        let (pages, geometry) = laid_in(&template, Paper::A4, Direction::Rtl);
        let lines = &pages[0];
        let find = |text: &str| lines.iter().find(|l| l.text == text).unwrap();
        let near = |a: f32, b: f32| (a - b).abs() < 0.01;

        // The date against the left margin; the sender's lines end at the right margin, the
        // e-mail address too, though it reads left to right.
        let date = find("22 בנובמבר 2026");
        assert!(near(date.x, geometry.left) && date.rtl);
        let name = find("דנה כהן");
        assert!(near(name.x + name.width, geometry.right) && name.rtl);
        let email = find("dana.cohen@example.co.il");
        assert!(near(email.x + email.width, geometry.right) && !email.rtl);

        // Centred.
        let subject = find("הנדון: תלונה");
        let centre = subject.x + subject.width / 2.0;
        assert!(near(centre, (geometry.left + geometry.right) / 2.0));

        // The list item's number on the right; its other lines hang under its text.
        let item: Vec<_> = lines.iter().filter(|l| l.text.contains("מילה")).collect();
        assert!(item[0].text.starts_with("1. "));
        assert!(near(item[0].x + item[0].width, geometry.right));
        let fonts = Fonts::embedded();
        let mut shaper = Shaper::new(&fonts);
        let hang = shaper.width(Style::of(Kind::Text), "1. ");
        assert!(item[1].x + item[1].width < geometry.right - hang + 0.01);
        assert!(near(item[1].x + item[1].width, geometry.right - hang));

        // The right-hand column: lines end at the right margin and stay in the right half.
        let first = lines
            .iter()
            .position(|l| l.text.starts_with("מגה-טל"))
            .unwrap();
        let column: Vec<_> = lines[first..]
            .iter()
            .filter(|l| l.text.contains("מילה"))
            .collect();
        assert!(column.len() >= 2);
        for l in column {
            assert!(l.x >= geometry.width / 2.0 - 0.01, "{l:?}");
            assert!(near(l.x + l.width, geometry.right), "{l:?}");
        }

        // The signature against the left margin, its lines beginning together on the right.
        let greeting = find("בכבוד רב,");
        let signed: Vec<_> = lines
            .iter()
            .filter(|l| l.y > greeting.y && l.text == "דנה כהן")
            .collect();
        let [signed] = signed.as_slice() else {
            panic!("{lines:?}")
        };
        assert!(near(greeting.x, geometry.left));
        assert!(near(signed.x + signed.width, greeting.x + greeting.width));
    }

    #[test]
    fn a_hebrew_pdf_draws_visual_order_and_marks_mirrored_brackets() {
        let out = render(
            &letter::parse(
                "@@ text\nשלום רב,\nהזמנה A-12345 (חשבונית) חויבה פעמיים.\n\
                 @@ footer\nעמוד {page} מתוך {pages}\n",
            ),
            &Fonts::embedded(),
            Paper::A4,
            &Meta {
                lang: "he".into(),
                direction: Direction::Rtl,
                ..meta()
            },
            &[],
        );
        assert!(out.warnings.is_empty(), "{:?}", out.warnings);
        let doc = Document::load_mem(&out.bytes).unwrap();
        // lopdf reads the glyphs in the order they are drawn.
        let text = page_text(&doc, 1);
        assert!(text.contains(&format!("בר {}", rev("שלום"))), "{text:?}");
        assert!(text.contains("A-12345"), "{text:?}");
        assert!(text.contains(&rev("חשבונית")), "{text:?}");
        // Two brackets, each in a span that says what it stands for.
        let page = *doc.get_pages().values().next().unwrap();
        let content = doc.get_page_content(page);
        let content = lopdf::content::Content::decode(&content).unwrap();
        let spans: Vec<String> = content
            .operations
            .iter()
            .filter(|op| op.operator == "BDC")
            .map(|op| {
                let dict = op.operands[1].as_dict().unwrap();
                lopdf::decode_text_string(dict.get(b"ActualText").unwrap()).unwrap()
            })
            .collect();
        assert_eq!(spans, [")", "("]);
        let ends = content
            .operations
            .iter()
            .filter(|op| op.operator == "EMC")
            .count();
        assert_eq!(ends, 2);
    }
}
