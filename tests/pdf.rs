//! The letter as PDF, read back with a Rust PDF reader in every run, and with poppler's
//! tools where they are installed (always in CI, where `COMPLAINT_REQUIRE_POPPLER` is set).

use std::process::Command;

use lopdf::{Document, Object};

use crate::support::{DATE, Env, example_json, example_path, page_size, plain, unwrapped};

/// Renders `case` to `name` as PDF and loads it back.
pub(crate) fn letter_pdf(env: &Env, case: &str, name: &str, extra: &[&str]) -> (Vec<u8>, Document) {
    let out = env.path(name);
    let out = out.to_str().unwrap();
    let mut args = vec!["letter", case, "--format", "pdf", "-o", out, "--date", DATE];
    args.extend_from_slice(extra);
    env.run(&args).ok();
    let bytes = std::fs::read(out).unwrap();
    let doc = Document::load_mem(&bytes).expect("a PDF lopdf can read");
    (bytes, doc)
}

/// All the text of a PDF, page after page, by lopdf.
pub(crate) fn text_of(doc: &Document) -> String {
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    doc.extract_text(&pages).expect("text can be extracted")
}

fn info(doc: &Document, key: &[u8]) -> String {
    let info = doc
        .trailer
        .get(b"Info")
        .and_then(|o| o.as_reference())
        .unwrap();
    let dict = doc.get_dictionary(info).unwrap();
    let obj = dict.get(key).unwrap();
    lopdf::decode_text_string(obj).unwrap()
}

/// Every font is embedded (FontFile2) and subset (a `ABCDEF+` prefix on its name).
pub(crate) fn assert_fonts_embedded_and_subset(doc: &Document) {
    let mut fonts = 0;
    for object in doc.objects.values() {
        let Ok(dict) = object.as_dict() else { continue };
        if dict.get(b"Type").and_then(Object::as_name).ok() != Some(b"FontDescriptor".as_slice()) {
            continue;
        }
        fonts += 1;
        let name =
            String::from_utf8_lossy(dict.get(b"FontName").unwrap().as_name().unwrap()).into_owned();
        let prefix = name.split('+').next().unwrap();
        assert!(
            name.contains('+')
                && prefix.len() == 6
                && prefix.chars().all(|c| c.is_ascii_uppercase()),
            "font {name} is not a subset"
        );
        assert!(dict.has(b"FontFile2"), "font {name} is not embedded");
    }
    assert!(
        fonts >= 2,
        "expected the regular and bold faces, found {fonts}"
    );
}

/// Whether poppler's tools can be used; panics when CI requires them and they are missing.
pub(crate) fn poppler() -> bool {
    let present = Command::new("pdftotext").arg("-v").output().is_ok();
    if !present && std::env::var_os("COMPLAINT_REQUIRE_POPPLER").is_some() {
        panic!("COMPLAINT_REQUIRE_POPPLER is set but pdftotext is not installed");
    }
    present
}

pub(crate) fn run_tool(tool: &str, args: &[&str]) -> String {
    let out = Command::new(tool).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{tool} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn english_letter_as_pdf() {
    let env = Env::new();
    let (bytes, doc) = letter_pdf(&env, &example_path("en"), "letter.pdf", &[]);
    assert_eq!(doc.get_pages().len(), 1);
    assert!(
        bytes.len() <= 60 * 1024,
        "the one-page letter is {} bytes",
        bytes.len()
    );
    let text = plain(&text_of(&doc));
    for expected in [
        "Anna Petrova",
        "MegaTel Ltd",
        "A-12345",
        "77-001234",
        "22 November 2026",
        "within 14 days of receiving this letter",
        "Dear Sir or Madam",
        "Yours faithfully",
    ] {
        assert!(
            text.contains(expected),
            "PDF text lacks {expected:?}:\n{text}"
        );
    }
    assert!(text.find("Dear Sir").unwrap() < text.find("Yours faithfully").unwrap());
    assert!(
        !text.contains("Page 1 of"),
        "a one-page letter has no page numbers"
    );
    assert_eq!(info(&doc, b"Author"), "Anna Petrova");
    assert!(info(&doc, b"Title").contains("Double charge on the October bill"));
    assert_fonts_embedded_and_subset(&doc);
}

#[test]
fn russian_letter_as_pdf() {
    let env = Env::new();
    let (_, doc) = letter_pdf(&env, &example_path("ru"), "letter.pdf", &[]);
    let text = plain(&text_of(&doc));
    for expected in [
        "ПРЕТЕНЗИЯ",
        "Петрова Анна Сергеевна",
        "ООО «МегаТел»",
        "Зарегистрировать претензию",
        "Приложения:",
    ] {
        assert!(
            text.contains(expected),
            "PDF text lacks {expected:?}:\n{text}"
        );
    }
    assert!(info(&doc, b"Title").starts_with("ПРЕТЕНЗИЯ о возврате денежных средств"));
}

#[test]
fn poppler_reads_the_letters() {
    if !poppler() {
        eprintln!("skipped: poppler-utils is not installed");
        return;
    }
    let env = Env::new();
    for (lang, words) in [
        (
            "en",
            [
                "Anna Petrova",
                "A-12345",
                "14 days of receiving",
                "Enclosures:",
            ],
        ),
        (
            "ru",
            [
                "ПРЕТЕНЗИЯ",
                "Петрова Анна Сергеевна",
                "со дня регистрации сообщить",
                "Приложения:",
            ],
        ),
    ] {
        let name = format!("{lang}.pdf");
        letter_pdf(&env, &example_path(lang), &name, &[]);
        let path = env.path(&name);
        let path = path.to_str().unwrap();
        let text = unwrapped(&run_tool("pdftotext", &[path, "-"]));
        for w in words {
            assert!(text.contains(w), "pdftotext {lang}: lacks {w:?}:\n{text}");
        }
        let info = run_tool("pdfinfo", &[path]);
        let pages = info
            .lines()
            .find(|l| l.starts_with("Pages:"))
            .unwrap_or_default();
        // The Russian claim carries the law's closing paragraph (court, penalty, the 50 %
        // fine) and where to answer, which takes it to a second page.
        let want = if lang == "ru" { "2" } else { "1" };
        assert_eq!(pages.split_whitespace().nth(1), Some(want), "{info}");
        assert!(info.contains("Author:"), "{info}");
        let fonts = run_tool("pdffonts", &[path]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(rows.len() >= 2, "{fonts}");
        for row in rows {
            // name type encoding emb sub uni object ID
            let cols: Vec<&str> = row.split_whitespace().collect();
            let (emb, sub) = (cols[cols.len() - 5], cols[cols.len() - 4]);
            assert_eq!((emb, sub), ("yes", "yes"), "{fonts}");
        }
    }
}

#[test]
fn a_long_letter_spans_pages_with_page_numbers() {
    let env = Env::new();
    let mut case: serde_json::Value = example_json("en");
    let paragraph = "The charge was taken again the following week, and again the week after, \
                     and each time the support line told me it would be reversed within days. ";
    case["event"]["details"] = (0..40)
        .map(|i| format!("{i}. {}", paragraph.repeat(2)))
        .collect::<Vec<_>>()
        .join("\n")
        .into();
    let path = env.write("long.json", case.to_string());
    let (_, doc) = letter_pdf(&env, &path, "long.pdf", &[]);
    let pages = doc.get_pages();
    assert!(pages.len() >= 2, "{} pages", pages.len());
    for n in pages.keys() {
        let text = doc.extract_text(&[*n]).unwrap();
        let footer = format!("Page {n} of {}", pages.len());
        assert!(text.contains(&footer), "page {n} lacks {footer:?}:\n{text}");
    }
    // Nothing is lost across the page breaks.
    let text = unwrapped(&text_of(&doc));
    assert!(text.contains("39. The charge was taken again"), "{text}");
    assert!(text.contains("Yours faithfully"));
}

#[test]
fn us_letter_paper() {
    let env = Env::new();
    let (_, doc) = letter_pdf(
        &env,
        &example_path("en"),
        "letter.pdf",
        &["--paper", "letter"],
    );
    let size = page_size(&doc);
    assert!(
        (size.0 - 612.0).abs() < 1.0 && (size.1 - 792.0).abs() < 1.0,
        "{size:?}"
    );
}

#[test]
fn attachments_are_embedded_as_pages() {
    let env = Env::new();
    std::fs::create_dir_all(env.path("evidence")).unwrap();
    let img = image::RgbImage::from_fn(300, 200, |x, y| {
        image::Rgb([(x % 256) as u8, (y % 256) as u8, 128])
    });
    img.save(env.path("evidence/screenshot.png")).unwrap();
    img.save(env.path("evidence/photo.jpg")).unwrap();
    env.write("evidence/receipt.pdf", "%PDF-1.4 not really");
    let mut case: serde_json::Value = example_json("en");
    case["attachments"] = serde_json::json!([
        { "path": "evidence/screenshot.png", "description": "Screenshot of the app" },
        { "path": "evidence/receipt.pdf", "description": "Receipt" },
        { "path": "evidence/photo.jpg", "description": "Photo of the bill" },
        { "path": "evidence/missing.png", "description": "Lost photo" }
    ]);
    let path = env.write("case.json", case.to_string());

    let out = env.path("letter.pdf");
    let run = env
        .run(&[
            "letter",
            &path,
            "--format",
            "pdf",
            "--embed-attachments",
            "-o",
            out.to_str().unwrap(),
            "--date",
            DATE,
        ])
        .ok();
    assert!(
        run.stderr.contains("warning: enclosure 4:") && run.stderr.contains("missing.png"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("enclosure 2 (evidence/receipt.pdf) could not be read as a PDF"),
        "{}",
        run.stderr
    );

    let doc = Document::load(&out).unwrap();
    let pages = doc.get_pages();
    assert_eq!(pages.len(), 3, "one letter page and two image pages");
    let images = doc
        .objects
        .values()
        .filter(|o| {
            o.as_stream().is_ok_and(|s| {
                s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Image".as_slice())
            })
        })
        .count();
    assert_eq!(images, 2);
    let page2 = doc.extract_text(&[2]).unwrap();
    assert!(
        page2.contains("Enclosure 1: Screenshot of the app"),
        "{page2}"
    );
    let page3 = doc.extract_text(&[3]).unwrap();
    assert!(page3.contains("Enclosure 3: Photo of the bill"), "{page3}");
    // The letter still lists all four.
    assert!(plain(&doc.extract_text(&[1]).unwrap()).contains("4. Lost photo (1 page)."));
}

#[test]
fn a_character_the_font_lacks_is_a_warning_not_a_crash() {
    let env = Env::new();
    let mut case: serde_json::Value = example_json("en");
    case["event"]["details"] = "The box said 漢字 on it.".into();
    let path = env.write("case.json", case.to_string());
    let (_, doc) = letter_pdf(&env, &path, "letter.pdf", &[]);
    assert!(text_of(&doc).contains("The box said"));
    let out = env.path("again.pdf");
    let run = env
        .run(&[
            "letter",
            &path,
            "--format",
            "pdf",
            "-o",
            out.to_str().unwrap(),
        ])
        .ok();
    assert!(
        run.stderr.contains("warning:") && run.stderr.contains("U+6F22"),
        "{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.matches("U+6F22").count(),
        1,
        "one warning per character: {}",
        run.stderr
    );
}

#[test]
fn pdf_goes_to_stdout_when_it_is_not_a_terminal() {
    let run = std::process::Command::new(env!("CARGO_BIN_EXE_complaint"))
        .args([
            "letter",
            &example_path("en"),
            "--format",
            "pdf",
            "--date",
            DATE,
        ])
        .output()
        .unwrap();
    assert!(run.status.success());
    assert!(run.stdout.starts_with(b"%PDF-"));
}

/// The boxes of the words poppler reads from a PDF, as (word, width in points).
fn word_widths(path: &str) -> Vec<(String, f32)> {
    let html = run_tool("pdftotext", &["-bbox", path, "-"]);
    html.lines()
        .filter_map(|line| {
            let attr = |name: &str| -> Option<f32> {
                let from = line.find(&format!("{name}=\""))? + name.len() + 2;
                line[from..].split('"').next()?.parse().ok()
            };
            let word = line.split('>').nth(1)?.split('<').next()?;
            Some((word.to_owned(), attr("xMax")? - attr("xMin")?))
        })
        .collect()
}

#[test]
fn kerning_sets_av_to_and_tu_tighter_than_their_letters_apart() {
    if !poppler() {
        eprintln!("skipped: poppler-utils is not installed");
        return;
    }
    let env = Env::new();
    let mut case: serde_json::Value = example_json("en");
    case["event"]["details"] = "Pairs: A V AV T o To Т у Ту and more.".into();
    let path = env.write("case.json", case.to_string());
    letter_pdf(&env, &path, "kerned.pdf", &[]);
    let pdf = env.path("kerned.pdf");
    let words = word_widths(pdf.to_str().unwrap());
    let width = |w: &str| {
        words
            .iter()
            .find(|(word, _)| word == w)
            .map(|(_, width)| *width)
            .unwrap_or_else(|| panic!("no word {w:?} in {words:?}"))
    };
    for (pair, a, b) in [("AV", "A", "V"), ("To", "T", "o"), ("Ту", "Т", "у")] {
        let apart = width(a) + width(b);
        assert!(
            width(pair) < apart - 0.3,
            "{pair}: {} wide, its letters {apart}",
            width(pair)
        );
    }
}

#[test]
fn a_phone_photo_on_its_side_is_embedded_upright() {
    let env = Env::new();
    std::fs::create_dir_all(env.path("evidence")).unwrap();
    // Stored 300 × 200, with EXIF orientation 6 ("turn 90° clockwise to view"), as a phone
    // held upright writes it.
    let img = image::RgbImage::from_fn(300, 200, |x, _| image::Rgb([(x % 256) as u8, 0, 0]));
    let mut jpeg = Vec::new();
    img.write_to(
        &mut std::io::Cursor::new(&mut jpeg),
        image::ImageFormat::Jpeg,
    )
    .unwrap();
    let tiff = [
        b'I', b'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 0, 0, 0, 0,
    ];
    let mut photo = vec![0xFF, 0xD8, 0xFF, 0xE1, 0, (tiff.len() + 8) as u8];
    photo.extend_from_slice(b"Exif\0\0");
    photo.extend_from_slice(&tiff);
    photo.extend_from_slice(&jpeg[2..]);
    env.write("evidence/receipt.jpg", &photo);
    let mut case: serde_json::Value = example_json("en");
    case["attachments"] =
        serde_json::json!([{ "path": "evidence/receipt.jpg", "description": "Receipt" }]);
    let path = env.write("case.json", case.to_string());
    let (_, doc) = letter_pdf(&env, &path, "letter.pdf", &["--embed-attachments"]);
    let sizes: Vec<(i64, i64)> = doc
        .objects
        .values()
        .filter_map(|o| o.as_stream().ok())
        .filter(|s| {
            s.dict.get(b"Subtype").and_then(Object::as_name).ok() == Some(b"Image".as_slice())
        })
        .map(|s| {
            let get = |k: &[u8]| s.dict.get(k).and_then(Object::as_i64).unwrap();
            (get(b"Width"), get(b"Height"))
        })
        .collect();
    assert_eq!(sizes, [(200, 300)], "the photo stands upright");
    // The letter is one page, so unnumbered; the photo's page is labelled as an enclosure.
    let text = doc.extract_text(&[2]).unwrap();
    assert!(text.contains("Receipt") && !text.contains("Page"), "{text}");
}
