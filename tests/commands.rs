//! The commands around the renderings: demo, example, schema, letter -o, templates.

use crate::support::{DATE, Env, example_path};

#[test]
fn demo_writes_every_rendering_into_a_folder() {
    let env = Env::new();
    let run = env.run(&["demo", "--date", DATE]).ok();
    // What the demo did is a summary: standard error.
    assert!(run.stderr.contains("complaint-demo/"), "{}", run.stderr);
    for name in [
        "case.json",
        "opener.txt",
        "brief.txt",
        "message.txt",
        "letter.txt",
    ] {
        let bytes = std::fs::read(env.path(&format!("complaint-demo/{name}"))).unwrap();
        assert!(bytes.len() > 100, "{name} is nearly empty");
        assert!(run.stderr.contains(name), "{name} not listed");
    }
    assert!(
        env.read("complaint-demo/letter.txt")
            .contains("Anna Petrova")
    );
    // The PDF is a letter: read back, it says what the text letter says.
    let doc = lopdf::Document::load(env.path("complaint-demo/letter.pdf")).unwrap();
    let text = crate::support::plain(&doc.extract_text(&[1]).unwrap());
    for phrase in ["Anna Petrova", "MegaTel", "A-12345", "22 November 2026"] {
        assert!(text.contains(phrase), "the PDF lacks {phrase:?}:\n{text}");
    }
    if crate::pdf::poppler() {
        let path = env.path("complaint-demo/letter.pdf");
        let text = crate::pdf::run_tool("pdftotext", &[path.to_str().unwrap(), "-"]);
        assert!(
            text.contains("Anna Petrova") && text.contains("A-12345"),
            "{text}"
        );
    }
    // The demo's case is a valid case, and the demo runs again over its own folder.
    env.run(&["validate", "complaint-demo/case.json"]).ok();
    env.run(&["demo", "--lang", "ru", "--date", DATE]).ok();
    assert!(env.read("complaint-demo/letter.txt").contains("ПРЕТЕНЗИЯ"));
}

#[test]
fn the_examples_are_valid_and_match_the_files() {
    let env = Env::new();
    for lang in ["en", "ru"] {
        let example = env.run(&["example", "--lang", lang]).ok().stdout;
        assert_eq!(
            example,
            std::fs::read_to_string(example_path(lang)).unwrap()
        );
        env.run_with_stdin(&["validate", "-"], example.as_bytes())
            .ok();
    }
}

#[test]
fn schema_describes_the_case_file() {
    let env = Env::new();
    let schema: serde_json::Value =
        serde_json::from_str(&env.run(&["schema"]).ok().stdout).unwrap();
    let required: Vec<&str> = schema["required"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    for field in ["schema_version", "consumer", "company", "event", "goal"] {
        assert!(
            required.contains(&field),
            "{field} not required: {required:?}"
        );
    }
    assert_eq!(schema["additionalProperties"], false);
    let text = schema.to_string();
    for kind in ["switch_provider", "compensation", "messenger"] {
        assert!(text.contains(kind), "schema lacks {kind}");
    }
}

#[test]
fn letter_to_a_file_never_overwrites_without_force() {
    let env = Env::new();
    let case = example_path("en");
    let out = env.path("letter.txt");
    let out = out.to_str().unwrap();
    env.run(&["letter", &case, "-o", out, "--date", DATE]).ok();
    assert!(env.read("letter.txt").contains("Yours faithfully"));

    std::fs::write(env.path("letter.txt"), "my own edits").unwrap();
    let run = env
        .run(&["letter", &case, "-o", out, "--date", DATE])
        .expect_code(74);
    assert!(
        run.stderr
            .contains("already exists; nothing was written: add --force to replace it"),
        "{}",
        run.stderr
    );
    assert_eq!(env.read("letter.txt"), "my own edits");

    env.run(&["letter", &case, "-o", out, "--force", "--date", DATE])
        .ok();
    assert!(env.read("letter.txt").contains("Yours faithfully"));
    // No temporary files left beside it.
    let names: Vec<_> = std::fs::read_dir(env.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["letter.txt"], "{names:?}");
}

#[test]
fn an_own_opener_gets_every_text_it_names_said_aloud() {
    // The opener's view holds only the texts its template names: one that names the details
    // and the contacts gets them, cleaned for speech (no reference numbers), in `opener` and
    // in `render` alike.
    let env = Env::new();
    env.write(
        "tpl/en/opener.txt",
        "{{ event.details }}|{% for c in contacts %}{{ c.operator }}: {{ c.reference }}{% endfor %}",
    );
    let tpl = env.path("tpl");
    let tpl = tpl.to_str().unwrap();
    let said = env
        .run(&["opener", &example_path("en"), "--templates", tpl])
        .ok()
        .stdout;
    assert!(
        said.starts_with("On 3 October two identical charges of"),
        "{said}"
    );
    assert!(said.contains("|Sam:"), "{said}");
    assert!(!said.contains("INC-99812"), "{said}");
    env.run(&[
        "render",
        &example_path("en"),
        "--out-dir",
        "out",
        "--templates",
        tpl,
        "--date",
        DATE,
    ])
    .ok();
    assert_eq!(env.read("out/case.en/opener.txt"), said);
}

#[test]
fn templates_can_be_overridden_file_by_file() {
    let env = Env::new();
    env.write(
        "tpl/en/opener.txt",
        "Hello {{ company.name }}, about {{ event.summary }}.",
    );
    env.write("tpl/en/breif.txt", "typo");
    let tpl = env.path("tpl");
    let tpl = tpl.to_str().unwrap();
    let run = env
        .run(&["opener", &example_path("en"), "--templates", tpl])
        .ok();
    assert_eq!(
        run.stdout,
        "Hello MegaTel Ltd, about I was charged twice for the October subscription.\n"
    );
    assert!(
        run.stderr
            .contains("template en/breif.txt replaces no built-in template"),
        "{}",
        run.stderr
    );
    // Templates not overridden are the built-in ones.
    let brief = env
        .run(&["brief", &example_path("en"), "--templates", tpl])
        .ok()
        .stdout;
    assert!(brief.starts_with("CALL SHEET"));

    env.write("broken/en/brief.txt", "{% if %}");
    let broken = env.path("broken");
    let run = env
        .run(&[
            "brief",
            &example_path("en"),
            "--templates",
            broken.to_str().unwrap(),
        ])
        .expect_code(1);
    assert!(run.stderr.contains("en/brief.txt"), "{}", run.stderr);
    assert!(run.stderr.contains("complaint: hint:"), "{}", run.stderr);

    let run = env
        .run(&["brief", &example_path("en"), "--templates", "nowhere"])
        .expect_code(74);
    assert!(
        run.stderr.contains("cannot read templates from nowhere"),
        "{}",
        run.stderr
    );
}

#[test]
fn usage_errors_exit_2() {
    let env = Env::new();
    let run = env
        .run(&["letter", &example_path("en"), "--date", "22.11.2026"])
        .expect_code(2);
    assert!(run.stderr.contains("YYYY-MM-DD"), "{}", run.stderr);
    let run = env.run(&["oppener"]).expect_code(2);
    assert!(run.stderr.contains("opener"), "{}", run.stderr);
}

#[test]
fn saved_cases_are_found_by_name() {
    let env = Env::new();
    env.write(
        "data/cases/megatel.json",
        std::fs::read(example_path("en")).unwrap(),
    );
    let out = env.run(&["opener", "megatel"]).ok().stdout;
    assert!(out.starts_with("I was charged twice"), "{out}");
}
