//! Any bytes through the loader; every case that loads through every rendering, the
//! redacted brief, the letter's blocks and the PDF layout. A panic anywhere is a finding.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;

use complaint::load;
use complaint::pdf::{self, Fonts, Meta, Paper};
use complaint::render::{Options, Renderer, Rendering};

fn shared() -> &'static (Renderer, Fonts) {
    static SHARED: OnceLock<(Renderer, Fonts)> = OnceLock::new();
    SHARED.get_or_init(|| (Renderer::new(None).expect("built-in templates"), Fonts::embedded()))
}

fuzz_target!(|data: &[u8]| {
    let Ok(case) = load::parse("fuzz.json", data) else {
        return;
    };
    let (renderer, fonts) = shared();
    let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("a date");
    let options = Options { date, lang: None, redact: false, sheets: Default::default() };
    for what in Rendering::ALL {
        renderer.render(what, &case, &options).expect("a valid case renders");
    }
    let redacted = Options { redact: true, ..options.clone() };
    renderer.render(Rendering::Brief, &case, &redacted).expect("the redacted brief renders");
    let blocks = renderer.letter(&case, &options).expect("the letter's blocks");
    let meta = Meta {
        title: "fuzz".into(),
        author: "fuzz".into(),
        subject: "fuzz".into(),
        date,
        lang: case.language().code().into(),
        direction: complaint::locale::direction(case.language()),
    };
    let out = pdf::render(&blocks, fonts, Paper::A4, &meta, &[]);
    assert!(out.bytes.starts_with(b"%PDF"));
});
