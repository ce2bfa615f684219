//! Every kind of bad case file: a clear message naming file, line:column and field, exit 65,
//! and never a panic or a debug dump.

use crate::support::{Env, Run};

const GOOD: &str = r#"{
  "schema_version": 1,
  "consumer": { "name": "Sam Carter" },
  "company": { "name": "Brightline Energy" },
  "event": { "summary": "Overcharged", "date": "2026-10-03" },
  "goal": { "summary": "Refund the difference" }
}
"#;

/// Runs `opener` and `validate` on `contents`; both must exit 65 and print `expected`.
#[track_caller]
fn rejects(contents: impl AsRef<[u8]>, expected: &[&str]) -> Run {
    let env = Env::new();
    let path = env.write("case.json", contents);
    let opener = env.run(&["opener", &path]).expect_code(65);
    for e in expected {
        let line = format!("{path}{e}");
        assert!(
            opener.stderr.contains(&line),
            "opener: expected {line:?} in\n{}",
            opener.stderr
        );
    }
    assert!(
        opener.stdout.is_empty(),
        "nothing is rendered from a bad case"
    );
    assert_clean(&opener.stderr);
    let validate = env.run(&["validate", &path]).expect_code(65);
    for e in expected {
        assert!(
            validate.stdout.contains(&format!("{path}{e}")),
            "validate: {e:?} in\n{}",
            validate.stdout
        );
    }
    assert!(
        validate
            .stderr
            .contains("1 case checked: 0 valid, 1 invalid"),
        "{}",
        validate.stderr
    );
    opener
}

/// No panic message, no Rust debug formatting.
fn assert_clean(stderr: &str) {
    for bad in [
        "panicked",
        "RUST_BACKTRACE",
        "Error {",
        "Some(",
        "line: ",
        "kind: Io",
        "Category",
    ] {
        assert!(!stderr.contains(bad), "stderr has {bad:?}:\n{stderr}");
    }
}

#[test]
fn a_good_case_is_valid() {
    let env = Env::new();
    let path = env.write("case.json", GOOD);
    let run = env.run(&["validate", &path]).ok();
    assert_eq!(run.stderr, "1 case checked: 1 valid\n");
    // Advice on a valid case is a warning, never a problem.
    assert!(
        run.stdout
            .lines()
            .all(|l| l.starts_with(&format!("{path}: warning: "))),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains(&format!("{path}: warning: identifiers: vague: ")),
        "{}",
        run.stdout
    );
}

#[test]
fn syntax_error() {
    let bad = GOOD.replace("\"Overcharged\",", "\"Overcharged\"");
    rejects(
        bad,
        &[":5:39: JSON syntax error: a comma or a closing `}` is expected here"],
    );
}

#[test]
fn trailing_comma() {
    let bad = GOOD.replace(
        "\"Refund the difference\" }",
        "\"Refund the difference\", }",
    );
    rejects(
        bad,
        &[":6:49: JSON syntax error: a comma before `}` has nothing after it; remove it"],
    );
}

#[test]
fn wrong_type() {
    let bad = GOOD.replace("\"Sam Carter\"", "42");
    rejects(
        bad,
        &[":3:25: consumer.name: expected text in quotes, found integer `42`"],
    );
}

#[test]
fn missing_required_fields() {
    let bad = GOOD.replace(
        "\"summary\": \"Refund the difference\"",
        "\"kind\": \"refund\"",
    );
    rejects(bad, &[":6:30: goal.summary: required field is missing"]);
    let bad = GOOD.replace("  \"company\": { \"name\": \"Brightline Energy\" },\n", "");
    rejects(bad, &[": company: required field is missing"]);
}

#[test]
fn empty_required_text() {
    let bad = GOOD.replace("\"Sam Carter\"", "\"  \"");
    rejects(bad, &[":3:25: consumer.name: must not be empty"]);
}

#[test]
fn unknown_fields_suggest_the_right_name() {
    let bad = GOOD.replace(
        "\"schema_version\": 1,",
        "\"schema_version\": 1,\n  \"fallbak\": \"Credit\",",
    );
    rejects(
        bad,
        &[":3:3: unknown field `fallbak`, did you mean `fallback`?"],
    );
    let bad = GOOD.replace("\"date\": \"2026-10-03\"", "\"dat\": \"2026-10-03\"");
    rejects(
        bad,
        &[":5:40: event: unknown field `dat`, did you mean `date`?"],
    );
}

#[test]
fn bad_enum_value_suggests_the_right_one() {
    let bad = GOOD.replace(
        "{ \"summary\": \"Refund the difference\"",
        "{ \"kind\": \"refnd\", \"summary\": \"Refund\"",
    );
    rejects(
        bad,
        &[
            ":6:21: goal.kind: `refnd` is not one of: refund, replacement, repair, cancellation, compensation, correction, other; did you mean `refund`?",
        ],
    );
}

#[test]
fn invalid_date() {
    let bad = GOOD.replace("2026-10-03", "2026-13-40");
    rejects(
        bad,
        &[":5:48: event.date: \"2026-13-40\" is not a valid date (YYYY-MM-DD)"],
    );
}

#[test]
fn money_as_a_number_is_refused_with_a_hint_to_quote_it() {
    let bad = GOOD.replace(
        "\"Refund the difference\"",
        "\"Refund the difference\", \"amount\": { \"value\": 12.5, \"currency\": \"EUR\" }",
    );
    rejects(
        bad,
        &[":6:70: goal.amount.value: amounts are written in quotes, as text: \"12.5\", not 12.5"],
    );
}

#[test]
fn bad_currency_and_amount_text() {
    let bad = GOOD.replace(
        "\"Refund the difference\"",
        "\"Refund the difference\", \"amount\": { \"value\": \"12,50\", \"currency\": \"eur\" }",
    );
    let run = rejects(
        bad,
        &[
            ":6:70: goal.amount.value: \"12,50\" is not an amount: use a dot as the decimal separator",
        ],
    );
    // One problem per section: the currency is reported once the value is fixed.
    assert_eq!(
        run.stderr.matches("goal.amount").count(),
        1,
        "{}",
        run.stderr
    );
}

#[test]
fn unsupported_schema_version() {
    let bad = GOOD.replace("\"schema_version\": 1", "\"schema_version\": 2");
    rejects(
        bad,
        &[
            ":2:21: schema_version: version 2 is not supported: this version of complaint reads format 1",
        ],
    );
}

#[test]
fn empty_file() {
    rejects("", &[": the file is empty"]);
    rejects("  \n\n", &[": the file is empty"]);
}

#[test]
fn not_utf8() {
    let mut bad = GOOD.as_bytes().to_vec();
    let at = GOOD.find("Sam").unwrap();
    bad[at] = 0xFF;
    rejects(bad, &[":3:26: the file is not UTF-8 text (byte 0xFF here)"]);
}

#[test]
fn top_level_not_an_object() {
    rejects(
        "[1, 2, 3]\n",
        &[":1:1: the file holds an array; a case is a JSON object"],
    );
    rejects("\"case\"", &[":1:1: the file holds a string"]);
}

#[test]
fn several_problems_are_all_reported_in_file_order() {
    let bad = GOOD
        .replace(
            "\"Sam Carter\"",
            "\"Sam Carter\", \"emial\": \"sam@example.org\"",
        )
        .replace("2026-10-03", "03.10.2026")
        .replace(
            "\"summary\": \"Refund the difference\"",
            "\"summary\": \"\"",
        );
    let run = rejects(
        bad,
        &[
            ":3:39: consumer: unknown field `emial`, did you mean `email`?",
            ":5:48: event.date: \"03.10.2026\" is not a valid date (YYYY-MM-DD)",
            ":6:24: goal.summary: must not be empty",
        ],
    );
    assert!(
        run.stderr.contains("hint: fix the fields named above"),
        "{}",
        run.stderr
    );
    let first = run.stderr.find("emial").unwrap();
    let last = run.stderr.find("must not be empty").unwrap();
    assert!(first < last);
}

#[test]
fn missing_file_is_an_io_error() {
    let env = Env::new();
    let run = env.run(&["opener", "no-such-case.json"]).expect_code(74);
    assert!(
        run.stderr.contains("cannot read no-such-case.json"),
        "{}",
        run.stderr
    );
}

#[test]
fn validate_checks_every_file_and_sums_up() {
    let env = Env::new();
    let good = env.write("good.json", GOOD);
    let bad = env.write("bad.json", GOOD.replace("2026-10-03", "yesterday"));
    let run = env.run(&["validate", &good, &bad, &good]).expect_code(65);
    let problems: Vec<&str> = run
        .stdout
        .lines()
        .filter(|l| !l.contains(": warning: "))
        .collect();
    assert_eq!(problems.len(), 1, "{}", run.stdout);
    assert!(
        run.stdout.starts_with(&format!("{bad}:5:48: event.date")),
        "{}",
        run.stdout
    );
    assert_eq!(
        run.stderr.lines().last(),
        Some("3 cases checked: 2 valid, 1 invalid")
    );
    let run = env
        .run(&["validate", &good, "missing.json"])
        .expect_code(74);
    assert!(run.stdout.contains("cannot read missing.json"));
    assert!(run.stderr.contains("1 unreadable"));
}

#[test]
fn stdin_is_named_in_messages() {
    let env = Env::new();
    let run = env.run_with_stdin(&["brief", "-"], b"{}").expect_code(65);
    assert!(
        run.stderr
            .contains("<stdin>: consumer: required field is missing"),
        "{}",
        run.stderr
    );
}
