//! Nothing lost, nothing leaked, no input crashes it.

use std::time::Duration;

use expectrl::Expect;
use proptest::prelude::*;

use complaint::load;
use complaint::pdf::{self, Fonts, Meta, Paper};
use complaint::render::{Options, Renderer, Rendering};

use crate::support::{DATE, Env, example_json, example_path, unwrapped};

// ---------------------------------------------------------------------------------------
// Property tests: every input ends in a rendering or a clean error.

/// How many cases each property runs: a few hundred normally; set
/// COMPLAINT_PROPTEST_CASES=10000 (or more) for a long run.
fn cases(normal: u32) -> ProptestConfig {
    let cases = std::env::var("COMPLAINT_PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(normal);
    ProptestConfig {
        cases,
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// Text meant to hurt: control characters, escapes, right-to-left marks, combining
/// characters, emoji, template syntax, card numbers, and plain random text.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\u{202E}".to_owned()),
        Just("\u{200F}שלום".to_owned()),
        Just("הזמנה A-12345 (כולל מע״מ) ₪129.90".to_owned()),
        Just("e\u{0301}\u{0308}".to_owned()),
        Just("😀👍🏽".to_owned()),
        Just("\0\u{7}\u{8}\r".to_owned()),
        Just("\x1b[2J\x1b[31m".to_owned()),
        Just("{{ x }}{% if y %}{# z #}".to_owned()),
        Just("4111 1111 1113 1234".to_owned()),
        Just("@@ title center".to_owned()),
        Just("\n\n1. ".to_owned()),
        Just("漢字".to_owned()),
        // Spaces and marks several bytes long, next to shouting: no-break space, line and
        // paragraph separators, combining marks, right-to-left text.
        Just("twice\u{a0}AGAIN!!".to_owned()),
        Just("\u{2028}why?!".to_owned()),
        Just("\u{2029}\u{3000}NOW‼".to_owned()),
        Just("a\u{0301}\u{0308}?!".to_owned()),
        Just("\u{05e9}\u{05dc}\u{05d5}\u{05dd}\u{a0}!!".to_owned()),
        Just("\u{200F}\u{202B}מה?!\u{202C}".to_owned()),
        "[a-zA-Z0-9 .,-]{0,40}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..8).prop_map(|parts| parts.concat())
}

fn non_empty_hostile() -> impl Strategy<Value = String> {
    hostile().prop_map(|s| {
        if s.trim().is_empty() {
            format!("x{s}")
        } else {
            s
        }
    })
}

/// A case file built from hostile text, with optional parts present or not.
fn case_json() -> impl Strategy<Value = serde_json::Value> {
    (
        (non_empty_hostile(), non_empty_hostile(), non_empty_hostile(), non_empty_hostile()),
        (prop::option::of(hostile()), prop::option::of(hostile()), prop::option::of(hostile())),
        (prop::option::of(hostile()), prop::option::of(non_empty_hostile()), prop::option::of(hostile())),
        (prop::sample::select(vec!["en", "ru", "he"]), 0usize..4, prop::option::of(1u32..=365)),
    )
        .prop_map(|((name, company, event, goal), (details, fallback, title), (order, consequence, env), (lang, contacts, days))| {
            let mut case = serde_json::json!({
                "schema_version": 1,
                "language": lang,
                "consumer": { "name": name, "address": details.clone().unwrap_or_default() },
                "company": { "name": company },
                "event": { "summary": event, "date": "2026-10-03",
                           "amount": { "value": "1290.5", "currency": "RUB" } },
                "goal": { "kind": "refund", "summary": goal,
                          "amount": { "value": "12", "currency": "EUR" } },
                "contacts": (0..contacts).map(|i| serde_json::json!({
                    "date": format!("2026-10-{:02}", i + 1), "channel": "phone",
                    "reference": order.clone().unwrap_or_default(), "summary": details.clone() })).collect::<Vec<_>>(),
                "attachments": [{ "path": env.clone().unwrap_or_else(|| "a.png".into()), "description": title.clone() }],
            });
            let map = case.as_object_mut().unwrap();
            for (key, value) in [("fallback", &fallback), ("title", &title)] {
                if let Some(v) = value {
                    map.insert(key.into(), v.clone().into());
                }
            }
            if let Some(o) = order {
                map.insert("identifiers".into(), serde_json::json!({ "order_number": o }));
            }
            if let Some(c) = consequence {
                map.insert("consequence".into(), serde_json::json!({ "kind": "court", "summary": c }));
            }
            if let Some(e) = env {
                map["event"]["environment"] = e.into();
            }
            if let Some(d) = days {
                map.insert("response_days".into(), d.into());
            }
            case
        })
}

fn options() -> Options {
    Options {
        date: chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        lang: None,
        redact: false,
        sheets: Default::default(),
        law_on: None,
    }
}

proptest! {
    #![proptest_config(cases(200))]

    /// A case that loads renders in every form, PDF included, and never panics.
    #[test]
    fn any_valid_case_renders_everywhere(json in case_json()) {
        thread_local! {
            static RENDERER: Renderer = Renderer::new(None).unwrap();
            static FONTS: Fonts = Fonts::embedded();
        }
        let bytes = serde_json::to_vec(&json).unwrap();
        match load::parse("prop.json", &bytes) {
            Err(invalid) => prop_assert!(!invalid.problems.is_empty()),
            Ok(case) => RENDERER.with(|r| FONTS.with(|fonts| {
                for finding in complaint::coach::check(&case) {
                    assert!(!finding.to_string().is_empty());
                }
                for what in Rendering::ALL {
                    let out = r.render(what, &case, &options()).expect("a valid case renders");
                    assert!(!out.trim().is_empty());
                }
                let redacted = Options { redact: true, ..options() };
                r.render(Rendering::Brief, &case, &redacted).expect("the redacted brief renders");
                let blocks = r.letter(&case, &options()).expect("the letter's blocks");
                let meta = Meta { title: "t".into(), author: "a".into(), subject: "s".into(),
                                  date: options().date, lang: case.language().code().into(),
                                  direction: complaint::locale::direction(case.language()) };
                let out = pdf::render(&blocks, fonts, Paper::A4, &meta, &[]);
                assert!(out.bytes.starts_with(b"%PDF"));
            })),
        }
    }

    /// Mutated case files load or fail with problems that say something; never a panic.
    #[test]
    fn mutated_files_fail_cleanly(edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..12)) {
        let mut bytes = std::fs::read(example_path("ru")).unwrap();
        for (at, byte, kind) in edits {
            let len = bytes.len();
            let i = at.index(len.max(1));
            match kind {
                0 if len > 0 => bytes[i.min(len - 1)] = byte,
                1 => bytes.insert(i.min(len), byte),
                _ if len > 0 => { bytes.remove(i.min(len - 1)); }
                _ => {}
            }
        }
        if let Err(invalid) = load::parse("mutated.json", &bytes) {
            prop_assert!(!invalid.problems.is_empty());
            for p in &invalid.problems {
                prop_assert!(!p.message.is_empty());
                prop_assert!(!p.message.contains("Error("), "a debug dump: {}", p.message);
            }
        }
    }

    /// Arbitrary bytes, too.
    #[test]
    fn arbitrary_bytes_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let _ = load::parse("noise.json", &bytes);
    }
}

#[test]
fn deep_nesting_is_a_clean_error() {
    let env = Env::new();
    for depth in [200, 100_000] {
        let deep = format!(
            "{{\"schema_version\": 1, \"title\": {}{}}}",
            "[".repeat(depth),
            "]".repeat(depth)
        );
        let path = env.write("deep.json", deep);
        let run = env.run(&["validate", &path]).expect_code(65);
        assert!(run.stdout.contains("deep.json:1:"), "{}", run.stdout);
        assert!(!run.stderr.contains("panicked"));
    }
}

#[test]
fn hostile_cases_through_the_binary_end_in_0_or_65() {
    let env = Env::new();
    let mut json: serde_json::Value = example_json("en");
    json["event"]["summary"] = "\u{202E}evil \x1b[2J\x1b[31m {{ x }} \0 😀 e\u{0301}".into();
    json["consumer"]["name"] = "\r\x07".into();
    let path = env.write("hostile.json", json.to_string());
    for what in ["opener", "brief", "message", "letter"] {
        let run = env.run(&[what, &path, "--date", DATE]);
        assert!(
            matches!(run.code, 0 | 65),
            "{what}: {}\n{}",
            run.code,
            run.stderr
        );
        assert!(!run.stderr.contains("panicked"));
    }
    let run = env.run(&[
        "letter", &path, "--format", "pdf", "-o", "h.pdf", "--date", DATE,
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
}

// ---------------------------------------------------------------------------------------
// Limits.

#[test]
fn a_file_over_10_mb_is_refused_at_once() {
    let env = Env::new();
    let path = env.write("big.json", format!("{}{{}}", " ".repeat(11 * 1024 * 1024)));
    let run = env.run(&["validate", &path]).expect_code(65);
    assert!(
        run.stdout
            .contains("the file is 11.0 MB, over the limit of 10 MB"),
        "{}",
        run.stdout
    );
    let big = std::fs::read(&path).unwrap();
    let run = env.run_with_stdin(&["opener", "-"], &big).expect_code(65);
    assert!(
        run.stderr
            .contains("<stdin>: the file is 10.0 MB, over the limit of 10 MB"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_field_over_100000_characters_is_refused_with_its_path() {
    let env = Env::new();
    let mut json: serde_json::Value = example_json("en");
    json["contacts"][0]["summary"] = "ж".repeat(100_001).into();
    let text = serde_json::to_string_pretty(&json).unwrap();
    let path = env.write("long.json", &text);
    let line = text.lines().position(|l| l.contains("жжж")).unwrap() + 1;
    let column = text.lines().nth(line - 1).unwrap().find('"').unwrap() + 1;
    let column = column + "\"summary\": ".len();
    let run = env.run(&["validate", &path]).expect_code(65);
    let expected = format!(
        ":{line}:{column}: contacts[0].summary: 100001 characters is over the limit of 100000 for one field"
    );
    assert!(run.stdout.contains(&expected), "{expected}\n{}", run.stdout);
    // Exactly at the limit is fine.
    json["contacts"][0]["summary"] = "ж".repeat(100_000).into();
    let path = env.write("edge.json", json.to_string());
    env.run(&["validate", &path]).ok();
}

// ---------------------------------------------------------------------------------------
// Terminal safety.

#[test]
fn escape_sequences_from_a_case_cannot_reach_the_terminal() {
    let env = Env::new();
    let mut json: serde_json::Value = example_json("en");
    json["event"]["summary"] = "Charged twice\x1b[2J\x1b]0;pwned\x07 \u{202E}gnp.exe".into();
    let path = env.write("escape.json", json.to_string());

    let mut session = expectrl::Session::spawn(env.command(&["opener", &path])).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    let found = session.expect("specialist who handles this?").unwrap();
    let screen = String::from_utf8_lossy(found.before()).into_owned();
    assert!(
        !screen.contains('\x1b') && !screen.contains('\x07') && !screen.contains('\u{202E}'),
        "{screen:?}"
    );
    assert!(
        screen.contains("Charged twice\u{241b}[2J\u{241b}]0;pwned\u{2407}"),
        "{screen:?}"
    );

    // Files and pipes keep the text as typed.
    let piped = env.run(&["opener", &path]).ok().stdout;
    assert!(piped.contains("\x1b[2J"));
    env.run(&["letter", &path, "-o", "letter.txt", "--date", DATE])
        .ok();
    assert!(env.read("letter.txt").contains("\x1b]0;pwned\x07"));

    // Error messages quote case text safely too.
    json["event"]["date"] = "\x1b[31m2026".into();
    let bad = env.write("bad.json", json.to_string());
    let mut session = expectrl::Session::spawn(env.command(&["opener", &bad])).unwrap();
    session.set_expect_timeout(Some(Duration::from_secs(10)));
    let found = session.expect("valid case").unwrap();
    let screen = String::from_utf8_lossy(found.before()).into_owned();
    assert!(screen.contains("\u{241b}[31m2026"), "{screen:?}");
}

// ---------------------------------------------------------------------------------------
// Files: private, atomic, never overwritten, failures named.

#[cfg(unix)]
fn mode(path: &std::path::Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[cfg(unix)]
#[test]
fn case_files_are_private_and_renderings_are_not() {
    let env = Env::new();
    env.run(&["demo", "--date", DATE]).ok();
    assert_eq!(mode(&env.path("complaint-demo/case.json")), 0o600);
    assert_eq!(mode(&env.path("complaint-demo/letter.txt")), 0o644);
    // A case rewritten by `log` ends up private whatever it was before.
    let path = env.write(
        "data/cases/c.json",
        std::fs::read(example_path("en")).unwrap(),
    );
    std::fs::set_permissions(&path, std::os::unix::fs::PermissionsExt::from_mode(0o644)).unwrap();
    env.run(&["log", "c", "--channel", "chat", "--date", DATE])
        .ok();
    assert_eq!(mode(std::path::Path::new(&path)), 0o600);
    // Batch output folders are private: they hold letters with addresses.
    env.run(&["render", &path, "--out-dir", "out", "--date", DATE])
        .ok();
    assert_eq!(mode(&env.path("out")), 0o700);
}

#[test]
fn a_failed_write_names_the_path_exits_74_and_keeps_the_old_content() {
    let env = Env::new();
    let case = example_path("en");
    // A folder that does not exist.
    let run = env
        .run(&["letter", &case, "-o", "no/such/folder/letter.txt"])
        .expect_code(74);
    assert!(
        run.stderr
            .contains("cannot write no/such/folder/letter.txt"),
        "{}",
        run.stderr
    );
    // A path under a file.
    env.write("plain.txt", "not a folder");
    let run = env
        .run(&["letter", &case, "-o", "plain.txt/letter.txt"])
        .expect_code(74);
    assert!(
        run.stderr.contains("plain.txt/letter.txt"),
        "{}",
        run.stderr
    );
    // A target that cannot be replaced (a folder with files in it): the old content stays,
    // and no temporary file is left beside it.
    env.write("target/keep.txt", "precious");
    let run = env
        .run(&["letter", &case, "-o", "target", "--force"])
        .expect_code(74);
    assert!(run.stderr.contains("cannot write target"), "{}", run.stderr);
    assert_eq!(env.read("target/keep.txt"), "precious");
    let leftovers: Vec<_> = std::fs::read_dir(env.path(""))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".complaint-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// A write that fails part way, for root too (a read-only folder stops no root): the
/// process may write files of at most 1 KB, and the signal that limit sends is ignored, so
/// the write itself fails (EFBIG), as on a full disk.
#[cfg(unix)]
#[test]
fn a_write_that_fails_part_way_is_an_io_error_with_the_case_intact() {
    use std::os::unix::process::CommandExt;
    let env = Env::new();
    let path = env.write("dir/case.json", std::fs::read(example_path("en")).unwrap());
    let before = std::fs::read(&path).unwrap();
    let mut cmd = env.command(&["log", &path, "--channel", "phone"]);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 1024,
                rlim_max: 1024,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            Ok(())
        });
    }
    let out = cmd.stdin(std::process::Stdio::null()).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(74), "{stderr}");
    assert!(
        stderr.contains("cannot write") && stderr.contains("dir/case.json"),
        "{stderr}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let names: Vec<_> = std::fs::read_dir(env.path("dir"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["case.json"], "no temporary file is left");
}

// ---------------------------------------------------------------------------------------
// Privacy.

#[test]
fn the_opener_never_carries_identifiers_or_personal_data() {
    let env = Env::new();
    let mut json: serde_json::Value = example_json("en");
    json["event"]["summary"] = "Order A-12345 for Anna Petrova was charged twice, call +44 7700 900123 or anna@example.org".into();
    json["goal"]["summary"] = "Refund order A-12345 to card 4111 1111 1111 1234".into();
    let path = env.write("leaky.json", json.to_string());
    let opener = env.render("opener", &path);
    for secret in [
        "A-12345",
        "Anna",
        "Petrova",
        "7700",
        "900123",
        "anna@example.org",
        "1234",
        "****",
    ] {
        assert!(
            !opener.contains(secret),
            "opener leaks {secret:?}: {opener}"
        );
    }
    assert!(opener.contains("was charged twice"), "{opener}");
}

#[test]
fn redacted_brief_masks_every_identifier_and_personal_detail() {
    let env = Env::new();
    let case = example_path("en");
    let brief = unwrapped(
        &env.run(&["brief", &case, "--redact", "--date", DATE])
            .ok()
            .stdout,
    );
    for secret in [
        "A-12345",
        "77-001234",
        "+44 7700 900123",
        "C-5521",
        "INC-99812",
        "Anna",
        "Petrova",
        "anna@example.org",
        "High Street",
        "Sam",
    ] {
        assert!(
            !brief.contains(secret),
            "redacted brief shows {secret:?}:\n{brief}"
        );
    }
    for masked in ["•-•••45", "••-••••34", "•-•••1", "with S."] {
        assert!(
            brief.contains(masked),
            "redacted brief lacks {masked:?}:\n{brief}"
        );
    }
    // What is not personal stays readable.
    assert!(
        brief.contains("MegaTel Ltd") && brief.contains("£49.99"),
        "{brief}"
    );
    let full = env.render("brief", &case);
    assert!(
        full.contains("A-12345"),
        "without --redact the brief is whole"
    );
}

#[test]
fn the_opener_keeps_to_two_sentences_when_the_summary_runs_on() {
    let env = Env::new();
    let mut json = example_json("en");
    json["event"]["summary"] = "I was charged twice for October. Then again in November. Nobody answers my e-mails. I am at my wits' end.".into();
    let path = env.write("long.json", json.to_string());
    let opener = env.render("opener", &path);
    assert!(crate::support::sentences(&opener) <= 2, "{opener}");
    assert!(
        opener.starts_with("I was charged twice for October. I would like you to"),
        "{opener}"
    );
}
