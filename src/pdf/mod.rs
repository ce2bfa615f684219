//! The formal letter laid out on paper, as a PDF.
//!
//! The same [`Block`]s as the plain-text letter ([`letter::to_text`]) are set in DejaVu Sans
//! (embedded, subset by [`embed`]) with printpdf's low-level `Op` API, which draws text where it
//! is told and nothing more. So everything a typesetter does is done here, one module per
//! step, in the order the data flows:
//!
//! 1. [`collect`]: each block's lines become paragraphs in a face and size, with their
//!    reading direction; a character the font lacks is drawn as `?` and reported once.
//! 2. [`bidi`]: which paragraphs read right to left, and (when drawing) each line's characters
//!    in drawing order, by the Unicode bidirectional algorithm.
//! 3. [`shape`]: text measured as it is drawn, kerned by rustybuzz.
//! 4. [`lines`]: paragraphs broken into lines where UAX #14 allows, each a `LaidLine` placed
//!    against the margin where the letter's lines begin (the right one in Hebrew).
//! 5. [`paginate`]: the lines and the spaces between them form a flow of `Row`s; rows that
//!    must stay together (a heading ending in `:` and what follows it, the first and last two
//!    lines of a paragraph, the signature and the line before it) are glued, and the flow is
//!    broken into pages. A letter of one page has no page number, so it may run down to the
//!    bottom margin; otherwise its pages are numbered "N of M", counting the letter's pages
//!    only. Each evidence image gets a page of its own under its enclosure heading.
//! 6. [`draw`]: the pages as PDF operations, and the document as bytes.
//!
//! [`fonts`] and [`geometry`] hold the faces and the page's measures all steps share.
//!
//! Positions are in PDF points (1/72 inch) measured from the page's top-left corner, and flip
//! to PDF's bottom-left origin only when drawn.

mod append;
mod bidi;
mod collect;
mod draw;
mod embed;
mod fonts;
mod geometry;
mod images;
mod lines;
mod paginate;
mod shape;

use chrono::NaiveDate;
use printpdf::PdfDocument;

pub use append::append;
pub use fonts::Fonts;
pub use geometry::Paper;

use collect::{enclosure_heading, paper_lines};
use draw::draw;
use paginate::{PageContent, lay_out_enclosure, lay_out_footer, lay_out_letter};
use shape::Shaper;

use crate::letter::{Block, Direction, Kind};

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
/// numbers the letter's pages if there are two or more. Never fails: what cannot be drawn is reported
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
        match images::decode(&item.bytes) {
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

    // A letter of one page gets no page number, so it may use the number's room.
    let single = lay_out_letter(blocks, &mut shaper, &geometry.without_footer());
    let letter = if single.len() == 1 {
        single
    } else {
        lay_out_letter(blocks, &mut shaper, &geometry)
    };
    // "Page N of M" counts the letter's pages; an enclosure page is labelled by its heading.
    let letter_pages = letter.len();
    let mut pages: Vec<PageContent> = letter
        .into_iter()
        .map(|lines| PageContent { lines, image: None })
        .collect();
    if letter_pages >= 2 {
        let footer = paper_lines(blocks, Kind::Footer);
        for (i, page) in pages.iter_mut().enumerate() {
            let lines: Vec<String> = footer
                .iter()
                .map(|l| {
                    l.replace("{page}", &(i + 1).to_string())
                        .replace("{pages}", &letter_pages.to_string())
                })
                .collect();
            page.lines
                .extend(lay_out_footer(&lines, &mut shaper, &geometry));
        }
    }
    pages.append(&mut enclosures);
    let total = pages.len();

    let mut warnings = shaper.warnings;
    warnings.append(&mut image_warnings);
    let bytes = draw(&mut doc, fonts, &pages, &geometry, meta, &mut warnings);
    Output {
        bytes,
        warnings,
        pages: total,
    }
}
#[cfg(test)]
mod tests {
    use super::*;
    use crate::letter;
    use collect::LaidLine;
    use fonts::{Style, Weight};
    use geometry::{BODY_SIZE, EPSILON, Geometry, SIDE_MARGIN, SIGNING_ROOM, TOP_MARGIN};
    use printpdf::XObjectId;

    /// A Hebrew word as it is drawn: its letters left to right, so last first.
    fn rev(word: &str) -> String {
        word.chars().rev().collect()
    }
    use lopdf::{Document, Object};
    use printpdf::{OutputImageFormat, RawImage, RawImageData, RawImageFormat};

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
        // The letter is one page, so it has no number; the enclosure is labelled by its
        // heading, not numbered as a page of the letter.
        let text = page_text(&doc, 2);
        assert!(text.contains("Enclosure 1: The bill"), "{text:?}");
        assert!(!text.contains("Page"), "{text:?}");
        assert!(!page_text(&doc, 1).contains("Page"));

        // A letter of two pages and an enclosure: "Page 2 of 2", and the third page is the
        // enclosure's.
        let mut template = String::from("@@ text\n");
        template.push_str(&"A line of the letter that fills the page.\n".repeat(70));
        template.push_str("@@ footer\nPage {page} of {pages}\n@@ enclosure\nEnclosure {number}\n");
        let (out, doc) = render_text(&template, &evidence[..1]);
        assert_eq!(out.pages, 3);
        assert!(page_text(&doc, 1).contains("Page 1 of 2"));
        assert!(page_text(&doc, 2).contains("Page 2 of 2"));
        let text = page_text(&doc, 3);
        assert!(
            text.contains("Enclosure 1") && !text.contains("Page"),
            "{text:?}"
        );

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
