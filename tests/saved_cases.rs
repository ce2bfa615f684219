//! Saved cases: `list`, `log`, and `prepare` refusing to run without a terminal.

use std::time::{Duration, Instant};

use crate::support::{DATE, Env, example_path};

fn save_example(env: &Env, name: &str) -> std::path::PathBuf {
    let path = env.path(&format!("data/cases/{name}.json"));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::copy(example_path("en"), &path).unwrap();
    path
}

#[test]
fn list_shows_saved_cases() {
    let env = Env::new();
    let run = env.run(&["list"]).ok();
    assert!(run.stdout.is_empty());
    assert!(run.stderr.contains("no saved cases yet"), "{}", run.stderr);

    save_example(&env, "megatel");
    env.write("data/cases/broken.json", "{");
    let out = env.run(&["list"]).ok().stdout;
    let lines: Vec<&str> = out.lines().collect();
    assert!(
        lines[0].starts_with("NAME") && lines[0].contains("CONTACTS"),
        "{out}"
    );
    let megatel = lines
        .iter()
        .find(|l| l.starts_with("megatel"))
        .expect("megatel listed");
    assert!(
        megatel.contains("MegaTel Ltd") && megatel.contains("Double charge on the October bill"),
        "{megatel}"
    );
    assert!(megatel.trim_end().ends_with(" 1"), "one contact: {megatel}");
    let broken = lines
        .iter()
        .find(|l| l.starts_with("broken"))
        .expect("broken listed");
    assert!(broken.contains("complaint validate broken"), "{broken}");
}

#[test]
fn log_appends_a_contact_and_keeps_the_case_valid_and_private() {
    let env = Env::new();
    let path = save_example(&env, "megatel");
    let run = env
        .run(&[
            "log",
            "megatel",
            "--date",
            "2026-11-20",
            "--channel",
            "chat",
            "--reference",
            "CH-7",
            "--operator",
            "Ola",
            "--summary",
            "Said the refund is on its way",
        ])
        .ok();
    assert!(
        run.stderr.contains("added contact 2 of 2 to megatel"),
        "{}",
        run.stderr
    );
    let text = std::fs::read_to_string(&path).unwrap();
    let case: serde_json::Value = serde_json::from_str(&text).unwrap();
    let contacts = case["contacts"].as_array().unwrap();
    assert_eq!(contacts.len(), 2);
    assert_eq!(contacts[1]["reference"], "CH-7");
    assert_eq!(contacts[1]["channel"], "chat");
    assert_eq!(
        contacts[0]["reference"], "INC-99812",
        "the earlier contact is kept"
    );
    env.run(&["validate", path.to_str().unwrap()]).ok();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&path).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let names: Vec<_> = std::fs::read_dir(path.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "no temporary file left: {names:?}");
    // The brief shows it in the timeline.
    let brief = env.run(&["brief", "megatel", "--date", DATE]).ok().stdout;
    assert!(
        brief.contains("20 November 2026  Chat, ref. CH-7, with Ola"),
        "{brief}"
    );
}

#[test]
fn log_without_a_terminal_uses_the_flags_and_today() {
    let env = Env::new();
    let path = save_example(&env, "megatel");
    env.run(&["log", "megatel", "--channel", "phone", "--date", DATE])
        .ok();
    let case: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(
        case["contacts"][1],
        serde_json::json!({ "date": DATE, "channel": "phone" })
    );
}

#[test]
fn log_refuses_a_bad_case_and_changes_nothing() {
    let env = Env::new();
    let path = env.write("bad.json", "{ \"schema_version\": 1 }");
    env.run(&["log", &path, "--channel", "phone"])
        .expect_code(65);
    assert_eq!(env.read("bad.json"), "{ \"schema_version\": 1 }");
}

#[test]
fn prepare_without_a_terminal_refuses_at_once() {
    let env = Env::new();
    // Standard input stays open and silent, as a pipe nobody writes to: a command that
    // waited for input would never end. The guard kills it after a minute.
    let mut child = env
        .command(&["prepare"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let stdin = child.stdin.take();
    let guard = Instant::now() + Duration::from_secs(60);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > guard {
            child.kill().unwrap();
            panic!("it waited for input instead of refusing");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    let run = crate::support::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
    .expect_code(2);
    assert!(run.stderr.contains("needs a terminal"), "{}", run.stderr);
    assert!(
        run.stderr.contains("complaint example > case.json"),
        "{}",
        run.stderr
    );
    assert!(!env.path("data/draft.json").exists());
}

#[test]
fn log_without_a_terminal_and_without_flags_refuses_and_keeps_the_file() {
    let env = Env::new();
    let path = save_example(&env, "megatel");
    let before = std::fs::read(&path).unwrap();
    let run = env.run(&["log", "megatel"]).expect_code(2);
    assert!(run.stderr.contains("--channel"), "{}", run.stderr);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn log_keeps_the_fields_in_the_format_order() {
    let env = Env::new();
    let path = save_example(&env, "megatel");
    env.run(&["log", "megatel", "--channel", "chat", "--date", DATE])
        .ok();
    let text = std::fs::read_to_string(&path).unwrap();
    let at = |key: &str| text.find(&format!("\"{key}\"")).unwrap();
    assert!(
        at("schema_version") < at("consumer") && at("consumer") < at("contacts"),
        "{text}"
    );
}
