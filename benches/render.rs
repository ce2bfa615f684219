//! Rendering speed, measured in-process with the templates and fonts already loaded, as a
//! batch run would have them. The whole-command figures (process start included) come from
//! `bench/commands.sh`, which uses hyperfine.
//!
//! Run: `cargo bench --bench render`

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};

use complaint::app::example;
use complaint::case::Language;
use complaint::letter;
use complaint::load;
use complaint::locale;
use complaint::pdf::{self, Fonts, Meta, Paper};
use complaint::render::{Options, Renderer, Rendering};

fn benches(c: &mut Criterion) {
    let renderer = Renderer::new(None).expect("the built-in templates parse");
    let fonts = Fonts::embedded();
    let options = Options {
        date: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        lang: None,
        redact: false,
        sheets: Default::default(),
        law_on: None,
    };
    for lang in Language::ALL {
        let json = example(lang);
        let code = lang.code();
        c.bench_function(&format!("load/{code}"), |b| {
            b.iter(|| load::parse("example", json.as_bytes()).unwrap())
        });
        let case = load::parse("example", json.as_bytes()).unwrap();
        c.bench_function(&format!("text/all-four/{code}"), |b| {
            b.iter(|| {
                for what in Rendering::ALL {
                    renderer.render(what, &case, &options).unwrap();
                }
            })
        });
        // What `render` does for a case's text: every rendering from two shared views.
        c.bench_function(&format!("text/render-batch/{code}"), |b| {
            b.iter(|| {
                let all = renderer.all(&case, &options, true).unwrap();
                letter::to_text(&all.letter, locale::direction(lang))
            })
        });
        let blocks = renderer.letter(&case, &options).unwrap();
        let meta = Meta {
            title: "Complaint".into(),
            author: case.consumer.name.to_string(),
            subject: "Complaint".into(),
            date: options.date,
            lang: code.into(),
            direction: locale::direction(lang),
        };
        c.bench_function(&format!("pdf/one-page-letter/{code}"), |b| {
            b.iter(|| pdf::render(&blocks, &fonts, Paper::A4, &meta, &[]))
        });
    }
    c.bench_function("pdf/parse-fonts", |b| b.iter(Fonts::embedded));
}

criterion_group!(render, benches);
criterion_main!(render);
