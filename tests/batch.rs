//! `complaint render` over many cases: the good ones all rendered, each bad one named.

use std::path::Path;

use crate::support::{DATE, Env, example_path};

/// The text outputs of one case, in the order `files_in` lists them.
const TEXT_OUTPUTS: [&str; 4] = ["brief.txt", "letter.txt", "message.txt", "opener.txt"];

/// A folder of two good cases, one bad one (a missing field), one broken one (JSON syntax)
/// and a sub-folder with a good case whose name collides with the first.
fn mixed_folder(env: &Env) -> String {
    env.write(
        "cases/anna.json",
        std::fs::read(example_path("en")).unwrap(),
    );
    env.write(
        "cases/petrova.json",
        std::fs::read(example_path("ru")).unwrap(),
    );
    env.write("cases/missing.json", "{\n  \"schema_version\": 1\n}\n");
    env.write("cases/broken.json", "{\n  \"schema_version\": 1,\n}\n");
    env.write("cases/notes.txt", "not a case");
    env.write(
        "cases/more/anna.json",
        std::fs::read(example_path("en")).unwrap(),
    );
    env.path("cases").to_string_lossy().into_owned()
}

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .map(|d| {
            d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn good_cases_are_all_rendered_and_each_bad_one_is_named() {
    let env = Env::new();
    let cases = mixed_folder(&env);
    let run = env
        .run(&[
            "render",
            &cases,
            "--out-dir",
            "out",
            "--format",
            "text,pdf",
            "--date",
            DATE,
        ])
        .expect_code(65);
    assert_eq!(files_in(&env.path("out")), ["anna", "petrova"]);
    for name in ["anna", "petrova"] {
        assert_eq!(
            files_in(&env.path(&format!("out/{name}"))),
            [
                "brief.txt",
                "letter.pdf",
                "letter.txt",
                "message.txt",
                "opener.txt"
            ]
        );
    }
    assert!(env.read("out/petrova/letter.txt").contains("ПРЕТЕНЗИЯ"));
    assert!(
        std::fs::read(env.path("out/anna/letter.pdf"))
            .unwrap()
            .starts_with(b"%PDF")
    );
    // Each failure with its file, position and field.
    assert!(
        run.stderr
            .contains("missing.json: consumer: required field is missing"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("broken.json:3:1: JSON syntax error"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("rendered 2 cases into out, 2 failed"),
        "{}",
        run.stderr
    );
    // The sub-folder is not read without --recursive.
    assert!(!env.path("out/anna-2").exists());
}

#[test]
fn recursive_takes_sub_folders_and_keeps_names_unique() {
    let env = Env::new();
    let cases = mixed_folder(&env);
    env.run(&[
        "render",
        &cases,
        "--recursive",
        "--out-dir",
        "out",
        "--date",
        DATE,
    ])
    .expect_code(65);
    assert_eq!(files_in(&env.path("out")), ["anna", "anna-2", "petrova"]);
    assert_eq!(files_in(&env.path("out/anna-2")), TEXT_OUTPUTS);
}

#[test]
fn existing_outputs_are_kept_unless_forced_and_a_refused_run_writes_nothing() {
    let env = Env::new();
    let a = env.write("in/a.json", std::fs::read(example_path("en")).unwrap());
    let b = env.write("in/b.json", std::fs::read(example_path("ru")).unwrap());
    env.run(&["render", &a, "--out-dir", "out", "--date", DATE])
        .ok();
    std::fs::write(env.path("out/a/letter.txt"), "edited by hand").unwrap();
    std::fs::write(env.path("out/a/notes.md"), "mine").unwrap();

    // b would be new, but a's outputs exist: the whole run is refused before any write.
    let run = env
        .run(&["render", &a, &b, "--out-dir", "out", "--date", DATE])
        .expect_code(74);
    assert!(
        run.stderr
            .contains("already exists (and 3 more outputs); nothing was written"),
        "{}",
        run.stderr
    );
    assert_eq!(env.read("out/a/letter.txt"), "edited by hand");
    assert!(!env.path("out/b").exists());

    env.run(&[
        "render",
        &a,
        &b,
        "--out-dir",
        "out",
        "--force",
        "--date",
        DATE,
    ])
    .ok();
    assert!(env.read("out/a/letter.txt").contains("Dear Sir or Madam"));
    assert!(env.path("out/b/letter.txt").exists());
    // What else the folder held is kept, and no temporary folder or file is left behind.
    assert_eq!(env.read("out/a/notes.md"), "mine");
    let mut held = TEXT_OUTPUTS.to_vec();
    held.push("notes.md");
    held.sort();
    assert_eq!(files_in(&env.path("out/a")), held);
    assert_eq!(files_in(&env.path("out")), ["a", "b"]);
}

#[test]
fn fail_fast_stops_at_the_first_failure() {
    let env = Env::new();
    env.write("in/1-bad.json", "{}");
    for i in 2..=6 {
        env.write(
            &format!("in/{i}-good.json"),
            std::fs::read(example_path("en")).unwrap(),
        );
    }
    let dir = env.path("in");
    let run = env
        .run(&[
            "render",
            dir.to_str().unwrap(),
            "--out-dir",
            "out",
            "--fail-fast",
            "--jobs",
            "1",
            "--date",
            DATE,
        ])
        .expect_code(65);
    assert!(
        run.stderr.contains("1 failed, 5 not started (--fail-fast)"),
        "{}",
        run.stderr
    );
    assert!(!env.path("out/2-good").exists());
}

#[test]
fn standard_input_is_a_case_named_stdin() {
    let env = Env::new();
    let json = std::fs::read(example_path("en")).unwrap();
    env.run_with_stdin(&["render", "-", "--out-dir", "out", "--date", DATE], &json)
        .ok();
    assert!(
        env.read("out/stdin/opener.txt")
            .starts_with("I was charged twice")
    );
}

#[test]
fn an_empty_folder_is_a_usage_error() {
    let env = Env::new();
    std::fs::create_dir_all(env.path("empty")).unwrap();
    let run = env
        .run(&[
            "render",
            env.path("empty").to_str().unwrap(),
            "--out-dir",
            "out",
        ])
        .expect_code(2);
    assert!(run.stderr.contains("no case files found"), "{}", run.stderr);
}

#[test]
fn a_broken_template_fails_the_case_with_status_1_and_writes_none_of_it() {
    let env = Env::new();
    let a = env.write("in/a.json", std::fs::read(example_path("en")).unwrap());
    env.write("tpl/en/brief.txt", "{{ no_such_value }}");
    let tpl = env.path("tpl");
    let run = env
        .run(&[
            "render",
            &a,
            "--out-dir",
            "out",
            "--templates",
            tpl.to_str().unwrap(),
            "--date",
            DATE,
        ])
        .expect_code(1);
    assert!(run.stderr.contains("en/brief.txt"), "{}", run.stderr);
    assert!(files_in(&env.path("out/a")).is_empty(), "nothing half done");
}

/// The batch words each case as the single commands do: its opener is the written view's
/// facts with the texts as they are said, worked out once for all four renderings, and must
/// say exactly what `complaint opener` says (no identifier, address or long number).
#[test]
fn every_fixture_renders_in_the_batch_as_the_single_commands_render_it() {
    let env = Env::new();
    let dir = crate::support::fixture_path("");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    for name in &names {
        env.write(&format!("cases/{name}"), crate::support::fixture(name));
    }
    let cases = env.path("cases").to_string_lossy().into_owned();
    env.run(&["render", &cases, "--out-dir", "out", "--date", DATE])
        .ok();
    for name in &names {
        let case = env
            .path(&format!("cases/{name}"))
            .to_string_lossy()
            .into_owned();
        let folder = name.trim_end_matches(".json");
        for what in ["opener", "brief", "message", "letter"] {
            let single = env.run(&[what, &case, "--date", DATE]).ok().stdout;
            let batch = env.read(&format!("out/{folder}/{what}.txt"));
            assert_eq!(batch, single, "{name}: {what}");
        }
    }
}
