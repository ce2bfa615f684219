//! `complaint prepare` driven through a pseudo-terminal, as a person types at it.

use std::time::Duration;

use expectrl::session::OsSession as Session;
use expectrl::{ControlCode, Expect};

use crate::support::{DATE, Env, example_path, unwrapped};

/// Starts `complaint ARGS` on a pseudo-terminal.
fn spawn(env: &Env, args: &[&str]) -> Session {
    let mut session = expectrl::Session::spawn(env.command(args)).expect("a pty");
    session.set_expect_timeout(Some(Duration::from_secs(20)));
    session
}

/// Waits for `prompt`, then types `answer` and Enter.
fn answer(s: &mut Session, prompt: &str, answer: &str) {
    s.expect(prompt)
        .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
    s.send_line(answer).unwrap();
}

/// Waits for a list, then moves `down` items and presses Enter.
fn pick(s: &mut Session, prompt: &str, down: usize) {
    s.expect(prompt)
        .unwrap_or_else(|e| panic!("waiting for {prompt:?}: {e}"));
    for _ in 0..down {
        s.send("\x1b[B").unwrap();
    }
    s.send("\r").unwrap();
}

/// The first half of the walk: company to the identifiers.
fn first_half(s: &mut Session) {
    answer(s, "Which company", "MegaTel Ltd");
    answer(s, "What happened, in one sentence?", "");
    answer(
        s,
        "What happened, in one sentence?",
        "I was charged twice for the October subscription",
    );
    answer(s, "The details", "Two identical charges on 3 October.");
    answer(s, "When did it happen?", "3.10.2026");
    answer(s, "write it as YYYY-MM-DD", "2026-10-03");
    answer(s, "How much money", "49.99 GBP");
    answer(s, "Is it a technical problem", "n");
    pick(s, "What do you want from them?", 0);
    answer(
        s,
        "What exactly should they do?",
        "Refund the duplicate charge to my card",
    );
    answer(s, "How much are you asking for?", "");
    pick(s, "What will you do if they do not resolve it?", 1);
    answer(s, "Say it in a sentence", "I will move to another provider");
    answer(s, "What else would you accept?", "A credit on my next bill");
    answer(s, "Order number", "A-12345");
}

/// The second half: from the contract number to the end.
fn second_half(s: &mut Session) {
    answer(s, "Contract or account number", "77-001234");
    answer(s, "Phone number on the account", "");
    answer(s, "Any other reference?", "");
    answer(s, "A file to attach", "evidence/bill.png");
    pick(s, "What now?", 1);
    answer(s, "What does it show?", "October bill");
    answer(s, "A file to attach", "");
    answer(s, "Have you contacted them about this before?", "y");
    answer(s, "When?", "2026-10-05");
    pick(s, "How?", 0);
    answer(s, "Reference or ticket number", "INC-99812");
    answer(s, "Who did you speak to?", "Sam");
    answer(s, "What was said or promised?", "Promised a call back");
    answer(s, "Another earlier contact?", "n");
    answer(s, "Your full name", "Anna Petrova");
    answer(s, "Your postal address", "");
    answer(s, "Your e-mail", "anna@example.org");
    answer(s, "Your phone", "");
    pick(s, "Which language", 0);
    pick(s, "Whose consumer law", 0);
    answer(s, "How many days", "");
    answer(s, "A short title", "Double charge");
    s.expect("Saved as").unwrap();
    s.expect("complaint letter").unwrap();
}

fn saved_case(env: &Env) -> String {
    let dir = env.path("data/cases");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    files[0].to_string_lossy().into_owned()
}

#[test]
fn a_whole_walk_saves_a_case_that_validates_and_renders() {
    let env = Env::new();
    let mut s = spawn(&env, &["prepare", "--date", DATE]);
    first_half(&mut s);
    second_half(&mut s);
    drop(s);

    let case = saved_case(&env);
    assert!(case.ends_with("megatel-ltd-2026-11-22.json"), "{case}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&case).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "the case file is private");
    }
    env.run(&["validate", &case]).ok();
    let letter = unwrapped(
        &env.run(&["letter", "megatel-ltd-2026-11-22", "--date", DATE])
            .ok()
            .stdout,
    );
    for expected in [
        "Anna Petrova",
        "A-12345",
        "77-001234",
        "INC-99812",
        "another provider",
    ] {
        assert!(
            letter.contains(expected),
            "letter lacks {expected:?}:\n{letter}"
        );
    }
    assert!(
        !env.path("data/draft.json").exists(),
        "the draft is gone once the case is saved"
    );
}

#[test]
fn an_interrupted_walk_resumes_with_every_earlier_answer() {
    let env = Env::new();
    let mut s = spawn(&env, &["prepare", "--date", DATE]);
    first_half(&mut s);
    s.expect("Contract or account number").unwrap();
    s.send(ControlCode::EndOfText).unwrap(); // Ctrl-C
    // Everything it printed after Ctrl-C, to its end: the message once.
    let said = s.expect(expectrl::Eof).unwrap();
    let mut bytes = said.before().to_vec();
    for m in said.matches() {
        bytes.extend_from_slice(m);
    }
    let said = String::from_utf8_lossy(&bytes).into_owned();
    assert!(said.contains("complaint prepare --resume"), "{said}");
    assert_eq!(said.matches("Stopped.").count(), 1, "{said}");
    drop(s);
    let draft = env.read("data/draft.json");
    assert!(
        draft.contains("A-12345") && draft.contains("MegaTel Ltd"),
        "{draft}"
    );

    let mut s = spawn(&env, &["prepare", "--resume", "--date", DATE]);
    second_half(&mut s);
    drop(s);
    let case = std::fs::read_to_string(saved_case(&env)).unwrap();
    for earlier in [
        "MegaTel Ltd",
        "I was charged twice",
        "2026-10-03",
        "49.99",
        "switch_provider",
        "A credit on my next bill",
        "A-12345",
    ] {
        assert!(
            case.contains(earlier),
            "lost {earlier:?} across the interruption:\n{case}"
        );
    }
}

/// A long answer wraps over several rows of the terminal; once answered, the screen shows
/// the question once, with the answer, and no leftover rows of the prompt above it.
#[test]
fn a_long_answer_leaves_one_line_for_its_question() {
    let env = Env::new();
    let (cols, rows) = (60, 40);
    let long = "They charged my card twice for the November membership and the app still shows both payments as taken";
    let mut s = spawn(&env, &["prepare", "--date", DATE]);
    s.get_process_mut().set_window_size(cols, rows).unwrap();
    // Everything drawn, up to the question after the long answer.
    let mut drawn = Vec::new();
    for (prompt, reply) in [
        ("Which company", Some("PureGym Ltd")),
        ("What happened, in one sentence?", Some(long)),
        ("The details", None),
    ] {
        let found = s.expect(prompt).unwrap();
        drawn.extend_from_slice(found.before());
        for m in found.matches() {
            drawn.extend_from_slice(m);
        }
        if let Some(reply) = reply {
            s.send_line(reply).unwrap();
        }
    }
    let size = |n| std::num::NonZeroU16::new(n).unwrap();
    let mut screen = vt100::Parser::new(size(rows), size(cols), 0);
    screen.process(&drawn);
    let text = screen.screen().contents();
    assert_eq!(
        text.matches("What happened, in one sentence?").count(),
        1,
        "{text}"
    );
    assert!(unwrapped(&text).contains("still shows both"), "{text}");
}

#[test]
fn an_unfinished_case_is_discarded_only_when_the_person_says_so() {
    let env = Env::new();
    let mut s = spawn(&env, &["prepare", "--date", DATE]);
    answer(&mut s, "Which company", "MegaTel Ltd");
    s.expect("What happened, in one sentence?").unwrap();
    s.send(ControlCode::EndOfText).unwrap();
    s.expect("complaint prepare --resume").unwrap();
    drop(s);

    // "No" to going on asks again before anything is thrown away; "no" to that keeps it.
    let mut s = spawn(&env, &["prepare", "--date", DATE]);
    answer(
        &mut s,
        "You have an unfinished case (MegaTel Ltd). Go on with it?",
        "n",
    );
    answer(&mut s, "Discard its answers and start a new case?", "n");
    s.expect("Go on with it?").unwrap();
    s.send(ControlCode::EndOfText).unwrap();
    let end = s.expect(expectrl::Eof).unwrap();
    let screen = String::from_utf8_lossy(end.before()).into_owned();
    assert!(!screen.contains("panicked"), "{screen}");
    drop(s);
    assert!(env.read("data/draft.json").contains("MegaTel Ltd"));

    // Only "yes, discard" starts afresh.
    let mut s = spawn(&env, &["prepare", "--date", DATE]);
    answer(&mut s, "Go on with it?", "n");
    answer(&mut s, "Discard its answers and start a new case?", "y");
    answer(&mut s, "Which company", "OtherCo");
    s.expect("What happened, in one sentence?").unwrap();
    s.send(ControlCode::EndOfText).unwrap();
    s.expect("complaint prepare --resume").unwrap();
    drop(s);
    let draft = env.read("data/draft.json");
    assert!(
        draft.contains("OtherCo") && !draft.contains("MegaTel"),
        "{draft}"
    );
}

#[test]
fn contacts_logged_during_an_edit_are_kept_and_other_changes_stop_the_save() {
    let env = Env::new();
    let path = env.write("mine.json", std::fs::read(example_path("en")).unwrap());
    let before: serde_json::Value = serde_json::from_str(&env.read("mine.json")).unwrap();
    let walk_through = |s: &mut Session, done: &str| {
        s.set_expect_timeout(Some(Duration::from_millis(400)));
        for _ in 0..120 {
            if s.expect(done).is_ok() {
                return;
            }
            s.send("\r").unwrap(); // every answer kept as it was
        }
        panic!("the walk did not end with {done:?}");
    };
    let mut s = spawn(&env, &["prepare", "--edit", &path, "--date", DATE]);
    s.expect("Which company").unwrap();
    env.run(&["log", &path, "--reference", "DURING-EDIT"]).ok();
    walk_through(&mut s, "Saved as");
    drop(s);
    let after: serde_json::Value = serde_json::from_str(&env.read("mine.json")).unwrap();
    let contacts = after["contacts"].as_array().unwrap();
    assert_eq!(
        contacts.len(),
        before["contacts"].as_array().unwrap().len() + 1
    );
    assert_eq!(contacts.last().unwrap()["reference"], "DURING-EDIT");

    // A change to anything else meanwhile is not overwritten: the save stops, answers kept.
    let mut s = spawn(&env, &["prepare", "--edit", &path, "--date", DATE]);
    s.expect("Which company").unwrap();
    let changed = env
        .read("mine.json")
        .replace("MegaTel Ltd", "MegaTel Group");
    std::fs::write(&path, &changed).unwrap();
    walk_through(&mut s, "was changed by another command");
    drop(s);
    assert_eq!(env.read("mine.json"), changed);
    assert!(env.path("data/draft.json").exists());
}
